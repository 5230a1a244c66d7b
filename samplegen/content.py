"""The fictional PEP content factory.

Why: every reader, check and benchmark needs PEPs whose truth is known. `make_case` builds one
realistic, entirely fictional PEP for academic year 2025-26 from a seed, a phase and a quality,
and records which deliberate flaws it carries, so tests can assert that checks find them.

Quality: ``good`` has no flaws; ``poor`` carries many (weak pupil voice, vague targets, a
missing maths or English target, ineligible or unlinked PP+ spend, late completion...);
``mixed`` carries one to three. Everything is drawn from one ``random.Random(seed)``: no global
state, so the same arguments always give the same PEP.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from pepqa.model import (
    PART_KEYS, PEP, Attendee, AttainmentRow, Child, Exclusion, PartStatus, PreviousTarget, PupilVoice, School,
    Section, SpendLine, Target,
)
from pepqa.values import key_stage_for, phase_for

PHASES = ("early_years", "primary", "secondary", "post16")
QUALITIES = ("good", "poor", "mixed")
LAYOUTS = ("wordform", "epep_pdf", "narrative")
ACADEMIC_YEAR = "2025-26"

# Flaws a generated PEP can carry; `Case.flaws` names them so tests/benchmarks know the truth.
VOICE_FLAWS = ("voice_missing", "voice_see_last", "voice_generic", "voice_third_person", "voice_copied")
FLAWS = VOICE_FLAWS + (
    "voice_not_captured", "targets_vague", "targets_no_who_when", "no_maths_target", "no_english_target",
    "too_few_targets", "prev_no_outcome", "pp_ineligible", "pp_unlinked", "pp_arithmetic", "pp_over_limit",
    "pp_independent_special", "pp_no_impact_review", "late_completion", "no_next_pep", "low_attendance_no_plan",
    "suspension_no_support", "part_time_no_review", "section_unsigned", "no_senco", "no_aspirations",
    "no_transition", "no_roni", "language_slips", "pp_post16",
)


@dataclass
class Case:
    """A generated PEP and the flaws deliberately put into it."""

    pep: PEP
    phase: str
    quality: str
    flaws: frozenset[str] = field(default_factory=frozenset)


def make_pep(seed: int, phase: str, quality: str) -> PEP:
    """One fictional PEP; same arguments, same PEP."""
    return make_case(seed, phase, quality).pep


# ------------------------------------------------------------------------------------------
# Name pools (fictional; first names and surnames chosen to be common, never a real case)
_PEOPLE = {
    "White British": (["Olivia", "Amelia", "Isla", "Lily", "Freya", "Chloe", "Ruby", "Ellie", "Poppy", "Megan"],
                      ["Jayden", "Harry", "Oliver", "Charlie", "Alfie", "Tyler", "Kai", "Mason", "Riley", "Callum"],
                      ["Smith", "Taylor", "Walker", "Wright", "Hughes", "Turner", "Cooper", "Barker", "Holmes", "Reid"]),
    "Black African": (["Amara", "Zainab", "Chiamaka", "Blessing", "Nia", "Adaeze"],
                      ["Kwame", "Tobi", "Emmanuel", "Chidi", "Samuel", "Daniel"],
                      ["Okafor", "Mensah", "Adeyemi", "Osei", "Boateng", "Eze"]),
    "Black Caribbean": (["Shanice", "Aaliyah", "Keisha", "Imani"], ["Jerome", "Tyrese", "Marcus", "Andre"],
                        ["Campbell", "Francis", "Clarke", "Grant"]),
    "Mixed White and Black Caribbean": (["Maya", "Leah", "Jada", "Kiera"], ["Reece", "Kyrie", "Jaylen", "Tristan"],
                                        ["Williams", "Johnson", "Richards", "Bennett"]),
    "Pakistani": (["Aisha", "Maryam", "Hafsa", "Zara"], ["Ayaan", "Hamza", "Ibrahim", "Yusuf"],
                  ["Khan", "Hussain", "Iqbal", "Akhtar", "Mahmood"]),
    "Bangladeshi": (["Tasnim", "Nusrat", "Ruma"], ["Rayhan", "Arif", "Sami"], ["Uddin", "Rahman", "Miah"]),
    "Indian": (["Priya", "Anaya", "Simran"], ["Arjun", "Rohan", "Harjit"], ["Patel", "Sharma", "Gill"]),
    "Any other White background": (["Zofia", "Natalia", "Maja", "Denisa"], ["Jakub", "Filip", "Kacper", "Marius"],
                                   ["Nowak", "Kowalczyk", "Zielinski", "Stoica"]),
    "Mixed White and Asian": (["Layla", "Sofia", "Jasmine"], ["Zayn", "Ethan", "Adam"], ["Shah", "Morgan", "Ali"]),
}
_UASC = (["Dilan", "Karwan", "Abdi", "Yonas", "Samir"], ["Ahmadi", "Rasul", "Tesfaye", "Hassan", "Mohammadi"])

_STAFF_FIRST = ["Sarah", "Helen", "Priya", "Joanne", "Grace", "Fatima", "Claire", "Rebecca", "Nadia", "Louise",
                "David", "James", "Tom", "Imran", "Mark", "Daniel", "Paul", "Kofi", "Adam", "Gareth"]
_STAFF_SURNAME = ["Khan", "Patel", "Lewis", "Doyle", "Okoro", "Begum", "Novak", "O'Neill", "Fletcher", "Ahmed",
                  "Griffiths", "Mensah", "Shaw", "Evans", "Bailey", "Chowdhury", "Murray", "Kaur", "Price", "Lowe",
                  "Hartley", "Osborne", "Nwosu", "Sutton", "Brennan", "Jackson"]
_PLACES = ["Oakfield", "Brookside", "Hillcrest", "Riverside", "Meadowbank", "Ashgrove", "Kingsway", "Elmhurst",
           "Fairfield", "Westbrook", "Highgate", "Stonebridge", "Larkrise", "Millbrook", "Thornbury", "Willowdene"]
_SAINTS = ["St Anne's", "St Mark's", "St Joseph's", "Holy Trinity", "St Peter's", "Christ Church"]

_LEGAL = ["Full Care Order (s31)", "Section 20 (voluntary)", "Interim Care Order", "Placement Order"]


@dataclass
class _Ctx:
    rng: random.Random
    phase: str
    quality: str
    flaws: set
    year: int
    stage: str  # ey | ks1 | ks2 | ks3 | ks4 | post16
    w: dict  # words for templates: first, he, his, him, He, His, staff titles ...
    meeting: date = date(2025, 10, 1)

    def f(self, text: str) -> str:
        return text.format(**self.w)

    def has(self, flaw: str) -> bool:
        return flaw in self.flaws


def _weekday(rng: random.Random, start: date, end: date) -> date:
    d = start + timedelta(days=rng.randrange((end - start).days + 1))
    if d.weekday() >= 5:
        monday = d + timedelta(days=7 - d.weekday())
        d = monday if monday <= end else d - timedelta(days=d.weekday() - 4)
    return d


def _dmy(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _money(x: float) -> str:
    return f"£{x:,.0f}" if x == int(x) else f"£{x:,.2f}"


# ------------------------------------------------------------------------------------------
def make_case(seed: int, phase: str, quality: str) -> Case:
    """Build a PEP plus the names of the flaws put into it."""
    if phase not in PHASES:
        raise ValueError(f"phase must be one of {PHASES}, not {phase!r}")
    if quality not in QUALITIES:
        raise ValueError(f"quality must be one of {QUALITIES}, not {quality!r}")
    rng = random.Random(seed)
    year = {"early_years": rng.choice([-1, 0, 0]), "primary": rng.randint(1, 6),
            "secondary": rng.randint(7, 11), "post16": rng.choice([12, 12, 13])}[phase]
    ks = key_stage_for(year)
    stage = {"EYFS": "ey", "KS5": "post16"}.get(ks, ks.lower())
    ctx = _Ctx(rng, phase, quality, set(), year, stage, {})

    child, carer_kind = _child(ctx)
    school = _school(ctx)
    sen_status, sen_details = _sen(ctx, school)
    ctx.flaws |= _choose_flaws(ctx, school, sen_status)
    if "pp_independent_special" in ctx.flaws:
        school = _independent_special(ctx)
        sen_status, sen_details = "ehcp", ctx.f("EHCP (issued 2023): autism spectrum condition and social, "
                                                "emotional and mental health needs; placed by the local authority.")
    _dates(ctx, child)

    pep = PEP(child=child, school=school, term="autumn" if ctx.meeting.month >= 9 else "spring",
              academic_year=ACADEMIC_YEAR, meeting_date=ctx.meeting, sen_status=sen_status, sen_details=sen_details)
    pep.completed_date = ctx.meeting + timedelta(days=rng.randint(24, 45) if ctx.has("late_completion")
                                                 else rng.randint(1, 12))
    if not ctx.has("no_next_pep"):
        pep.next_pep_date = (_weekday(rng, date(2026, 1, 19), date(2026, 3, 6)) if pep.term.value == "autumn"
                             else _weekday(rng, date(2026, 4, 20), date(2026, 6, 12)))
    pep.attendees, child_attended = _attendees(ctx, child, carer_kind, sen_status, school)
    pep.sections = _sections(ctx, pep)
    pep.attainment = _attainment(ctx)
    _attendance_and_inclusion(ctx, pep)
    pep.sdq_score, pep.wellbeing = _wellbeing(ctx, carer_kind)
    pep.pupil_voice = _voice(ctx, child_attended)
    pep.previous_targets = _previous_targets(ctx)
    pep.targets = _targets(ctx, pep)
    pep.pp_spend, pep.pp_requested, pep.pp_impact_review = _pp(ctx, pep)
    pep.aspirations = _aspirations(ctx)
    pep.transition = _transition(ctx, school)
    if stage in ("ks3", "ks4") and not ctx.has("no_roni"):
        pep.roni = _roni(ctx, pep)
    pep.parts = {k: PartStatus.read for k in PART_KEYS}
    return Case(pep=pep, phase=phase, quality=quality, flaws=frozenset(ctx.flaws))


# ------------------------------------------------------------------------------------------
def _choose_flaws(ctx: _Ctx, school: School, sen_status: str) -> set:
    rng = ctx.rng
    if ctx.quality == "good":
        return set()
    possible = ["targets_vague", "targets_no_who_when", "no_maths_target", "no_english_target", "too_few_targets",
                "prev_no_outcome", "pp_ineligible", "pp_unlinked", "pp_arithmetic", "pp_over_limit",
                "pp_no_impact_review", "late_completion", "no_next_pep", "low_attendance_no_plan",
                "section_unsigned", "language_slips", "voice_not_captured"]
    if sen_status != "none":
        possible.append("no_senco")
    if ctx.stage in ("ks3", "ks4", "post16"):
        possible += ["no_aspirations", "suspension_no_support"]
    if ctx.stage in ("ks3", "ks4"):
        possible += ["no_roni", "part_time_no_review"]
    if ctx.year in (0, 6, 7, 11, 12):
        possible.append("no_transition")
    if ctx.quality == "mixed":
        flaws = set(rng.sample(possible, rng.randint(1, 2)))
        if rng.random() < 0.35:
            flaws.add(rng.choice(VOICE_FLAWS[2:]))
        if ctx.phase == "post16" and any(f.startswith("pp_") for f in flaws):
            flaws.add("pp_post16")  # spend flaws need a PP+ request, which post-16 is not paid by default
        return flaws
    flaws = {rng.choice(VOICE_FLAWS), "voice_not_captured", "targets_vague", rng.choice(
        ["no_maths_target", "no_maths_target", "no_english_target", "targets_no_who_when"])}
    flaws |= set(rng.sample(possible, rng.randint(3, 6)))
    if ctx.phase in ("primary", "secondary") and rng.random() < 0.2:
        flaws.add("pp_independent_special")
    if ctx.phase == "post16":
        flaws.add("pp_post16")  # PP+ requested although the default policy does not fund post-16
    if "no_maths_target" in flaws and "no_english_target" in flaws:
        flaws.discard("no_english_target")
    return flaws


def _child(ctx: _Ctx) -> tuple[Child, str]:
    rng = ctx.rng
    female = rng.random() < 0.48
    if ctx.stage in ("ks4", "post16") and rng.random() < 0.3:
        female, ethnicity = False, rng.choice(["Any other ethnic group", "Black African", "Any other Asian background"])
        first, surname = rng.choice(_UASC[0]), rng.choice(_UASC[1])
        legal = "Section 20 (voluntary)"
    else:
        ethnicity = rng.choices(list(_PEOPLE), weights=[8, 2, 1, 2, 1, 1, 1, 1, 1])[0]
        fem, male, surnames = _PEOPLE[ethnicity]
        first, surname = rng.choice(fem if female else male), rng.choice(surnames)
        legal = rng.choice(_LEGAL if ctx.year <= 6 else _LEGAL[:3])
    y = ctx.year
    dob = date(2020 - y, 9, 1) + timedelta(days=rng.randrange(365))
    he, his, him = ("she", "her", "her") if female else ("he", "his", "him")
    staff = rng.sample(_STAFF_SURNAME, 13)
    titles = ["Mrs", "Ms", "Mr", "Miss"]
    names = [f"{rng.choice(titles)} {s}" for s in staff]
    carer_kind = ("Residential keyworker" if ctx.stage in ("ks4", "post16") and rng.random() < 0.35
                  else rng.choice(["Foster carer", "Foster carer", "Foster carer", "Kinship carer"]))
    carer_first = rng.choice(["Jo", "Karen", "Michelle", "Lisa", "Denise", "Steve", "Angela", "Bev", "Yasmin"])
    ctx.w = dict(first=first, he=he, his=his, him=him, He=he.capitalize(), His=his.capitalize(),
                 dt=names[0], sw=names[1], vs=names[2], senco=names[3], ta=names[4], teacher=names[5],
                 maths=names[6], mentor=names[7], keyperson=names[8], tutor=names[9], pa=names[10],
                 careers=names[11], carer=f"{carer_first} {surname if carer_kind == 'Kinship carer' else staff[12]}",
                 staff_full=[f"{rng.choice(_STAFF_FIRST)} {s}" for s in staff], carer_kind=carer_kind,
                 friend=rng.choice(["Leo", "Sam", "Ava", "Noah", "Mia", "Ali", "Ruby", "Zak", "Ella", "Kacper"]),
                 friend2=rng.choice(["Evie", "Theo", "Hana", "Josh", "Isaac", "Amira", "Ben", "Tia"]),
                 yr=max(y, 1), yr_next=min(max(y, 1) + 1, 6))
    if carer_kind == "Kinship carer":
        ctx.w["carer_rel"] = rng.choice(["grandmother", "aunt", "older sister"])
    child = Child(name=f"{first} {surname}", identifier=f"VS-{rng.randint(100000, 199999)}", date_of_birth=dob,
                  year_group=y, key_stage=key_stage_for(y), phase=phase_for(y), legal_status=legal,
                  gender="Female" if female else "Male", ethnicity=ethnicity)
    return child, carer_kind


def _school(ctx: _Ctx) -> School:
    rng, place = ctx.rng, ctx.rng.choice(_PLACES)
    urn = str(rng.randint(100000, 149999))
    special = ctx.stage in ("ks1", "ks2", "ks3", "ks4") and rng.random() < 0.12
    if ctx.year == -1:
        name, kind, text = rng.choice([
            (f"Little Acorns Day Nursery, {place}", "early_years_setting", "Day nursery (private early years setting)"),
            (f"{place} Nursery School", "early_years_setting", "Maintained nursery school"),
            (f"{place} Community Pre-school", "early_years_setting", "Pre-school (voluntary early years setting)")])
    elif ctx.year <= 6 and special:
        name, kind, text = f"{place} School", "special", "Special school (maintained)"
    elif ctx.year <= 6:
        name, kind, text = rng.choice([
            (f"{place} Primary School", "mainstream", "Community primary school (mainstream)"),
            (f"{place} Primary Academy", "mainstream", "Mainstream primary academy"),
            (f"{rng.choice(_SAINTS)} C of E Primary School", "mainstream", "Voluntary aided primary school")])
    elif ctx.year <= 11 and special:
        name, kind, text = f"{place} Park School", "special", "Maintained special school"
    elif ctx.year <= 11 and rng.random() < 0.08:
        name, kind, text = f"{place} Learning Centre", "alternative_provision", "Alternative provision (pupil referral unit)"
    elif ctx.year <= 11:
        name, kind, text = rng.choice([
            (f"{place} Academy", "mainstream", "Mainstream secondary academy"),
            (f"{place} High School", "mainstream", "Secondary school (mainstream)"),
            (f"{rng.choice(_SAINTS)} Catholic High School", "mainstream", "Voluntary aided secondary school")])
    else:
        name, kind, text = rng.choice([
            (f"{place} College", "post16_provider", "Further education college"),
            (f"{place} Sixth Form College", "post16_provider", "Sixth form college"),
            (f"{place} Skills and Training", "post16_provider", "Training provider (post-16)")])
    ctx.w["school"] = name
    ctx.w["college"] = f"{rng.choice(_PLACES)} College"
    return School(name=name, type=kind, type_text=text, urn=urn)


def _independent_special(ctx: _Ctx) -> School:
    place = ctx.rng.choice(_PLACES)
    name = f"{place} House School"
    ctx.w["school"] = name
    return School(name=name, type="independent_special", type_text="Independent special school",
                  urn=str(ctx.rng.randint(100000, 149999)))


def _sen(ctx: _Ctx, school: School) -> tuple[str, str | None]:
    rng = ctx.rng
    if school.type and school.type.value == "special":
        status = "ehcp"
    else:
        status = rng.choices(["none", "sen_support", "ehcp"], weights=[5, 3, 2])[0]
    if status == "none":
        return status, None
    if status == "sen_support":
        return status, ctx.f(rng.choice([
            "Speech, language and communication needs: small-group language sessions three times a week, "
            "advice from the speech and language therapist followed in class.",
            "Specific learning difficulty (dyslexic traits): coloured overlay, reading intervention, extra time in tests.",
            "Social, emotional and mental health needs: daily check-in with {mentor}, access to the nurture room.",
            "Attention difficulties (assessment pending): movement breaks, visual timetable, seat near the teacher."]))
    return status, ctx.f(rng.choice([
        "EHCP issued March 2023: autism spectrum condition; support at unstructured times and a quiet workspace; "
        "annual review due February 2026.",
        "EHCP issued June 2024: social, emotional and mental health needs; small teaching group and key adult {ta}.",
        "EHCP issued 2022: moderate learning difficulties and speech and language needs; "
        "speech and language therapy fortnightly."]))


def _dates(ctx: _Ctx, child: Child) -> None:
    rng = ctx.rng
    if rng.random() < 0.8:
        start, end = date(2025, 9, 15), date(2025, 11, 28)
        if ctx.quality == "good" and ctx.year in (0, 7, 11):
            end = date(2025, 10, 24)
    else:
        start, end = date(2026, 1, 12), date(2026, 3, 13)
    ctx.meeting = _weekday(rng, start, end)
    earliest = max(child.date_of_birth + timedelta(days=60), ctx.meeting - timedelta(days=365 * 9))
    latest = ctx.meeting - timedelta(days=30)
    if rng.random() < 0.15:  # new to care this year
        earliest = max(earliest, ctx.meeting - timedelta(days=120))
    child.date_entered_care = earliest + timedelta(days=rng.randrange(max((latest - earliest).days, 1)))
    ctx.w["new_to_care"] = (ctx.meeting - child.date_entered_care).days < 130
    ctx.w["care_since"] = child.date_entered_care.strftime("%B %Y")
    ctx.w["careers_date"] = _dmy(_weekday(rng, ctx.meeting + timedelta(days=7), ctx.meeting + timedelta(days=21)))
    ctx.w["college_school"] = f"{rng.choice(_PLACES)} Academy"


def _attendees(ctx: _Ctx, child: Child, carer_kind: str, sen: str, school: School) -> tuple[list[Attendee], bool]:
    rng, w = ctx.rng, ctx.w
    full = w["staff_full"]
    attended = {"ey": False, "ks1": rng.random() < 0.4, "ks2": rng.random() < 0.6}.get(ctx.stage, rng.random() < 0.75)
    if ctx.quality == "poor" or ctx.has("voice_not_captured"):
        attended = False
    people = [Attendee(name=full[1], role="social_worker", role_text="Social worker", attended=True),
              Attendee(name=full[0], role="designated_teacher", role_text="Designated teacher", attended=True),
              Attendee(name=w["carer"], role="carer", role_text=carer_kind, attended=rng.random() > 0.1)]
    if ctx.stage != "ey":
        people.insert(0, Attendee(name=child.name, role="child",
                                  role_text="Young person" if ctx.stage in ("ks4", "post16") else "Child",
                                  attended=attended))
    if ctx.stage == "ey":
        people.append(Attendee(name=full[8], role="other", role_text="Keyperson", attended=True))
    if sen != "none" and not ctx.has("no_senco"):
        people.append(Attendee(name=full[3], role="senco", role_text="SENCo", attended=rng.random() > 0.2))
    if ctx.year in (0, 7, 11) or w["new_to_care"] or ctx.quality != "good" and rng.random() < 0.3:
        people.append(Attendee(name=full[2], role="virtual_school", role_text="Virtual school adviser", attended=True))
    if ctx.stage == "post16":
        people.append(Attendee(name=full[10], role="social_worker", role_text="Personal adviser",
                               attended=rng.random() > 0.3))
    return people, attended


def _sections(ctx: _Ctx, pep: PEP) -> dict[str, Section]:
    rng, full = ctx.rng, ctx.w["staff_full"]
    m, done = pep.meeting_date, pep.completed_date
    secs = {
        "social_worker": Section(completed=True, signed_by=full[1], signed_date=m - timedelta(days=rng.randint(1, 6))),
        "designated_teacher": Section(completed=True, signed_by=full[0], signed_date=done),
        "pupil_voice": Section(completed=True, signed_by=full[0], signed_date=m - timedelta(days=rng.randint(0, 5))),
        "virtual_school": Section(completed=True, signed_by=full[2], signed_date=done),
        "qa": Section(completed=False, signed_by=None, signed_date=None),
    }
    if ctx.has("section_unsigned"):
        secs[rng.choice(["social_worker", "designated_teacher"])] = Section(completed=False)
    return secs


# ------------------------------------------------------------------------------------------
_EYFS_AREAS = ["Communication and language", "Physical development", "Personal, social and emotional development",
               "Literacy", "Mathematics", "Understanding the world", "Expressive arts and design"]
_OPTIONS = ["History", "Geography", "Art and design", "Computer science", "Food preparation and nutrition",
            "Religious studies", "Spanish", "Music", "Design and technology"]
_COURSES = ["Level 2 Diploma in Plumbing", "Level 1 Motor Vehicle Maintenance", "Level 2 Hair and Beauty",
            "Level 3 Health and Social Care", "Level 2 Sport and Fitness", "ESOL Entry 3 and Level 1 Construction",
            "Level 3 Extended Diploma in IT", "Level 2 Catering and Hospitality"]


def _attainment(ctx: _Ctx) -> list[AttainmentRow]:
    rng = ctx.rng
    low = ctx.quality == "poor" or rng.random() < 0.4
    rows: list[AttainmentRow] = []
    if ctx.stage == "ey":
        for area in _EYFS_AREAS:
            cur = "Emerging" if rng.random() < (0.55 if low else 0.25) else "Expected"
            rows.append(AttainmentRow(subject=area, current=cur, expected="Expected",
                                      progress="On track" if cur == "Expected" else rng.choice(
                                          ["Below, making steady progress", "Below"])))
        ctx.w["ey_low"] = [r.subject for r in rows if r.current == "Emerging"]
        return rows
    if ctx.stage in ("ks1", "ks2"):
        subjects = ["Reading", "Writing", "Maths"] + (["Science"] if rng.random() < 0.5 else [])
        for s in subjects:
            cur = rng.choices(["Working towards", "Expected standard", "Greater depth"],
                              weights=[6, 3, 0] if low else [3, 5, 1])[0]
            if ctx.year == 6 and s in ("Reading", "Maths") and rng.random() < 0.5:
                cur = f"{rng.randint(94, 108)} (scaled score, autumn practice paper)"
            behind = cur == "Working towards" or cur[:3].isdigit() and int(cur[:3]) < 100
            rows.append(AttainmentRow(subject=s, current=cur, expected="Expected standard", progress=rng.choice(
                ["Below", "Below, good progress since last PEP", "Well below"] if behind
                else ["On track", "Above"] if cur.startswith("Greater") else ["On track"])))
        if ctx.year == 1:
            rows.append(AttainmentRow(subject="Phonics", current=f"{rng.randint(12, 30)}/40 on practice check",
                                      expected="32/40 by June 2026", progress="Improving"))
        return rows
    if ctx.stage in ("ks3", "ks4"):
        core = ["English Language", "English Literature", "Maths", "Combined Science"] if ctx.stage == "ks4" else [
            "English", "Maths", "Science"]
        for s in core + rng.sample(_OPTIONS, 2):
            cur = rng.randint(1, 4) if low else rng.randint(3, 7)
            exp = min(cur + rng.choice([1, 1, 2]), 9)
            ctx.w.setdefault("grade_" + s.split()[0].lower(), cur)
            rows.append(AttainmentRow(subject=s, current=str(cur), expected=str(exp), progress=rng.choice(
                ["On track", "Above target"] if cur >= 5 else ["On track", "Below target"] if cur >= 3
                else ["Below target", "Well below target"])))
        return rows
    course = rng.choice(_COURSES)
    ctx.w["course"] = course
    eng_passed = ctx.quality != "poor" and rng.random() < 0.25
    ctx.w["eng_passed"] = eng_passed
    ctx.w["grade_maths"] = rng.choice([2, 3, 3])
    ctx.w["grade_english"] = 4 if eng_passed else rng.choice([2, 3, 3])
    rows.append(AttainmentRow(subject="GCSE Maths (resit)", current=str(ctx.w["grade_maths"]), expected="4",
                              progress=rng.choice(["On track", "Below, 6 marks from a grade 4 in the November mock"])))
    if not eng_passed:
        rows.append(AttainmentRow(subject="GCSE English Language (resit)", current=str(ctx.w["grade_english"]),
                                  expected="4", progress=rng.choice(["On track", "Below"])))
    rows.append(AttainmentRow(subject=course, current=rng.choice(["Pass", "Merit", "Working at Pass"]),
                              expected=rng.choice(["Merit", "Distinction"]), progress="On track"))
    return rows


def _attendance_and_inclusion(ctx: _Ctx, pep: PEP) -> None:
    rng, w = ctx.rng, ctx.w
    if ctx.has("low_attendance_no_plan"):
        att = round(rng.uniform(78, 89.9), 1)
    elif ctx.quality == "good" and rng.random() < 0.2:
        att = round(rng.uniform(91, 94.9), 1)
    else:
        att = round(rng.uniform(95, 99.8), 1)
    pep.attendance_percent = att
    w["att"] = att
    pep.part_time_timetable = False
    if ctx.stage in ("ks3", "ks4", "post16") and (ctx.has("suspension_no_support") or rng.random() < 0.15):
        n = rng.randint(1, 2)
        for i in range(n):
            d = _weekday(rng, max(date(2025, 9, 8), ctx.meeting - timedelta(days=70)), ctx.meeting - timedelta(days=3))
            support = None if ctx.has("suspension_no_support") else ctx.f(rng.choice([
                "Reintegration meeting with carer and social worker; daily check-in with {mentor}; "
                "time-out card agreed for when {he} feels overwhelmed.",
                "Reintegration meeting held; {he} now has a key adult ({mentor}) and a safe space at break and lunch; "
                "behaviour support plan reviewed half-termly.",
                "Restorative meeting with the pupil involved; six sessions of anger-management work with {mentor}."]))
            pep.exclusions.append(Exclusion(kind="suspension", date=d if _EXCLUSION_DATE_OK else None,
                                            days=rng.choice([0.5, 1.0, 1.0, 2.0, 3.0]),
                                            reason=rng.choice(["Physical assault against a pupil",
                                                               "Verbal abuse or threatening behaviour against an adult",
                                                               "Persistent disruptive behaviour", "Damage to property"]),
                                            support=support))
    if ctx.stage in ("ks3", "ks4") and (ctx.has("part_time_no_review") or rng.random() < 0.1):
        pep.part_time_timetable = True
        pep.alternative_provision = ctx.f(rng.choice([
            "Part-time timetable: mornings only (8:45 to 12:30) while {he} settles after a move of home; "
            "one extra afternoon to be added every two weeks.",
            "Attends {mentor}'s group at Horizon Skills Centre (alternative provision) every Wednesday for "
            "motor vehicle skills; four days in school.",
            "Reduced timetable of 4 days a week; Friday is spent at Phoenix Farm (alternative provision) "
            "for animal care."]))
        if not ctx.has("part_time_no_review"):
            pep.provision_review_date = _weekday(rng, ctx.meeting + timedelta(days=21), ctx.meeting + timedelta(days=42))


# pepqa.model's Exclusion.date annotation resolves to NoneType (the field name shadows datetime.date
# under `from __future__ import annotations`); until the model is fixed, leave suspension dates unset.
_EXCLUSION_DATE_OK = Exclusion.model_fields["date"].annotation is not type(None)


def _wellbeing(ctx: _Ctx, carer_kind: str) -> tuple[int | None, str]:
    rng = ctx.rng
    sdq = None if ctx.year == -1 or (ctx.quality == "poor" and rng.random() < 0.3) else rng.choice(
        [rng.randint(5, 13), rng.randint(14, 16), rng.randint(17, 26)])
    ctx.w["sdq"] = sdq
    home = {"Kinship carer": "with {his} " + ctx.w.get("carer_rel", "aunt") + ", {carer}",
            "Residential keyworker": "in a children's home, where {his} keyworker is {carer}"}.get(
        carer_kind, "with {his} foster carer, {carer}")
    if ctx.has("language_slips"):
        text = ctx.f(rng.choice([
            "{first} is LAC and had a placement move in August. Contact with mum is on Saturdays and there is "
            "challenging behaviour at the placement afterwards.",
            "LAC since {care_since}. {first} has settled in placement but contact with dad is inconsistent and "
            "{he} displays challenging behaviour in class when contact is cancelled.",
            "{first} absconded from placement twice in October and was reported missing. Contact with mum is "
            "supervised. Challenging behaviour noted at school."]))
    else:
        text = ctx.f("{first} lives " + home + ", and has lived there since {care_since}. " + rng.choice([
            "Family time with {his} mum is every other Saturday; Monday mornings can be hard afterwards, so {he} "
            "has a check-in with {mentor} before registration.",
            "{He} sees {his} brothers at family time once a month and looks forward to it; {he} can be tired and "
            "quiet the day after.",
            "{He} has regular phone calls with {his} dad and family time with {his} nan in the holidays."]))
    if sdq is not None:
        band = "close to average" if sdq <= 13 else "slightly raised" if sdq <= 16 else "high" if sdq <= 19 else "very high"
        text += f" Latest carer SDQ {sdq} ({band})."
        if sdq >= 17 and not ctx.has("language_slips") and ctx.quality != "poor":
            text += ctx.f(" Referred to the children in care mental health service this term; weekly "
                          "Drawing and Talking sessions with {mentor} in school meanwhile.")
    return sdq, text


# ------------------------------------------------------------------------------------------
_VOICE_GOOD = {
    "ey": [
        ["I like the mud kitchen and the big bikes.", "I like painting and I made a rocket for {keyperson}.",
         "I like the sand and the dinosaurs."],
        ["I can do my coat by myself now.", "I can count the cars, one, two, three, four, five!",
         "I like the story about the hungry caterpillar."],
        ["{friend} is my friend, we play dinosaurs.", "I play with {friend} and {friend2} in the home corner."],
        ["When I'm sad {keyperson} gives me a cuddle.", "I don't like it when it's noisy at tidy up time.",
         "I want {carer_first} to pick me up."],
        ["I want to be a fire fighter.", "When I'm big I'm going to big school like {friend}."],
    ],
    "primary": [
        ["I like science because {teacher} lets us do experiments.", "My favourite lesson is PE because we do gymnastics.",
         "I like art because I can draw what I want and nobody rushes me."],
        ["I find fractions hard but the times tables games on the laptop help.",
         "Reading is getting easier, I read the Dog Man books with {ta}.",
         "Writing is hard because my hand hurts, I like it when I can use the laptop."],
        ["My best friends are {friend} and {friend2} and we play football at lunch.",
         "I sit with {friend} at lunch and we are in the same reading group.",
         "Sometimes people say mean things at break but I tell {mentor} and it gets sorted."],
        ["I like it when {ta} reads with me in the library because it is quiet.",
         "It helps when {teacher} shows me the steps on my whiteboard.",
         "I want {carer_first} to come to the school play."],
        ["When I grow up I want to be a vet.", "I want to be a footballer or a YouTuber.",
         "I want to be a teacher like {teacher}."],
    ],
    "secondary": [
        ["I like PE and art, art is the one lesson where I can switch off.",
         "Science is my best subject because we do practicals and {teacher} explains it properly.",
         "I like computing, I want to learn to code games."],
        ["Maths is hard when the teacher goes too fast; the small group with {maths} helps because I can ask without "
         "everyone looking.", "English essays stress me out, the writing frames help me start.",
         "I am behind in maths because I missed a lot in Year 7, but tutoring is helping."],
        ["I get on with most people in my form; I sit with {friend} at lunch.",
         "I have a couple of good friends but I don't like big groups.",
         "I fell out with some people in my form but it is better now since we had a restorative meeting."],
        ["I would like someone to check in with me on Monday mornings.",
         "I want teachers to not ask me to read out loud in front of the class.",
         "{mentor} is the person I go to if something goes wrong, I want to keep seeing {mentor}."],
        ["I want to be a mechanic and go to college to do motor vehicle.",
         "I want to be a paramedic, I need a 4 in maths and English for the course.",
         "I want to go to sixth form and then university to study law."],
    ],
    "post16": [
        ["College is better than school because I get treated like an adult.",
         "I enjoy the practical side of my course the most.", "I like my course and my tutor {tutor} is supportive."],
        ["I struggle with the maths resit, I get the easy marks but not the long questions.",
         "My English is getting better but writing long answers is still hard.",
         "The maths resit class is big and noisy so I don't ask questions."],
        ["I have made two friends on my course and we go to the gym together.",
         "I don't really know anyone at college yet, it is a big place."],
        ["I would like my PA to help me sort my bank account and bus pass.",
         "It helps when {tutor} emails me reminders about deadlines.", "I want extra help to practise for my resits."],
        ["In two years I want to be on an apprenticeship.", "I want to get my own flat and a job as an electrician.",
         "I want to go to university to study nursing."],
    ],
}


def _voice(ctx: _Ctx, attended: bool) -> PupilVoice:
    rng, w = ctx.rng, ctx.w
    w["carer_first"] = w["carer"].split()[0]
    pools = _VOICE_GOOD["primary" if ctx.stage in ("ks1", "ks2") else
                        "secondary" if ctx.stage in ("ks3", "ks4") else ctx.stage]
    picks = [rng.randrange(len(topic)) for topic in pools]
    good_text = ctx.f(" ".join(topic[i] for topic, i in zip(pools, picks)))
    # last term's views: different words on every topic, so a good PEP never looks copied
    previous = ctx.f(" ".join(topic[(i + 1) % len(topic)] for topic, i in zip(pools, picks))) \
        if rng.random() < 0.5 else None
    if ctx.stage == "ey":
        how, by = ("Keyperson observations and talking with {first} during play, using {his} 'All about me' book",
                   "{keyperson} (keyperson)")
    elif attended:
        how, by = "In person at the meeting, and the 'My views' form beforehand", "{first}, with {dt}"
    else:
        how, by = rng.choice([
            ("1:1 conversation with {mentor} the week before the meeting", "{mentor} (learning mentor)"),
            ("'My views' form completed with {carer_first} at home", "{carer_first} ({carer_kind})"),
            ("Drawing and talking session with {ta}, and a voice note", "{ta}")])
    voice = PupilVoice(text=good_text, captured_by=ctx.f(by), captured_how=ctx.f(how), child_attended=attended,
                       previous_text=previous)
    flaw = next((f for f in VOICE_FLAWS if ctx.has(f)), None)
    if flaw == "voice_missing":
        voice.text = rng.choice(["No pupil views shared", "N/A", "Pupil didn't want to give their views", None])
    elif flaw == "voice_see_last":
        voice.text = "See last PEP"
    elif flaw == "voice_generic":
        voice.text = ctx.f(rng.choice(["{first} is happy at school and everything is fine.",
                                       "{first} says all is fine.", "{first} enjoys school and has lots of friends."]))
    elif flaw == "voice_third_person":
        voice.text = ctx.f(rng.choice([
            "{first} said {he} likes school and gets on with everyone. {He} finds maths hard. {He} wants to be a footballer.",
            "{first} enjoys PE and art. {He} has friends in {his} class. {He} would like to do well.",
            "{first} is settled and likes {his} teachers. {He} does not like homework."]))
    elif flaw == "voice_copied":
        voice.previous_text = voice.text
    if ctx.has("voice_not_captured") or flaw in ("voice_missing", "voice_see_last"):
        voice.child_attended, voice.captured_how = False, None
        voice.captured_by = None if rng.random() < 0.6 else ctx.f("{dt}")
    return voice


# ------------------------------------------------------------------------------------------
def _t(area, text, actions, success, who, by_when, term="short") -> dict:
    return dict(area=area, text=text, actions=actions, success_criteria=success, who=who, by_when=by_when, term=term)


def _english_target(ctx: _Ctx) -> dict:
    rng, r = ctx.rng, ctx.rng.randint
    s = ctx.stage
    if s == "ey":
        if ctx.year == 0:
            a = r(2, 4)
            return _t("Literacy", f"To blend and read CVC words such as 'sat', 'pin' and 'hop' in 8 out of 10 attempts "
                      f"by February half-term (currently {a}/10)",
                      ctx.f("Daily 10-minute phonics catch-up with {ta}; {carer_first} to share a decodable book "
                            "four evenings a week"), "Correctly blends 8/10 CVC words on the half-termly phonics check",
                      ctx.f("{ta}, class teacher, {carer_first}"), "13/02/2026")
        return _t("Communication and language",
                  ctx.f("To use sentences of four to five words to talk about what {he} is doing during play, "
                        "observed on five occasions by the spring PEP (currently two-word phrases)"),
                  ctx.f("{keyperson} to model and extend {his} language in play for 10 minutes daily; "
                        "Talk Boost early years group twice a week"),
                  "Five dated observations in the learning journal of four-to-five-word sentences",
                  ctx.f("{keyperson} (keyperson)"), "End of spring term 2026")
    if s in ("ks1", "ks2"):
        wpm = r(40, 70) if s == "ks2" else r(15, 35)
        words = {1: "Year 1 common exception words", 2: "Year 2 common exception words", 3: "Year 3/4 statutory words",
                 4: "Year 3/4 statutory words"}.get(ctx.year, "Year 5/6 statutory words")
        return rng.choice([
            _t("Reading", ctx.f(f"To read {wpm + 25} words per minute accurately on a Year {{yr}} text by "
                                f"February half-term (currently {wpm})"),
               ctx.f("1:1 reading with {ta} three times a week for 30 minutes; {carer_first} to hear {first} read "
                     "four nights a week and sign the reading record"),
               ctx.f(f"Running record on an unseen Year {{yr}} text shows {wpm + 25} wpm with 95% accuracy"),
               ctx.f("{ta} (teaching assistant), class teacher, {carer_first}"), "13/02/2026"),
            _t("Writing", ctx.f("To write a paragraph of at least five sentences using capital letters, full stops and "
                                "the conjunctions 'because' and 'so' independently by the next PEP"),
               ctx.f("Sentence-building group with {ta} twice a week; word mat and writing frame in class"),
               "Three independent pieces in the writing book meet all criteria, checked by the class teacher",
               ctx.f("{teacher} (class teacher), {ta}"), "06/03/2026"),
            _t("English: spelling", f"To spell 40 of the 50 {words} correctly by February "
                                    f"half-term (currently {r(15, 28)})",
               ctx.f("Five words a week practised with Spelling Shed at home with {carer_first} and in a "
                     "10-minute morning session with {ta}"),
               "Scores 40/50 on the statutory word list test", ctx.f("{ta}, {carer_first}"), "13/02/2026"),
        ])
    if s in ("ks3", "ks4"):
        g = ctx.w.get("grade_english", 3)
        ra = round(rng.uniform(8.5, 11.5), 1)
        return rng.choice([
            _t("English", f"To raise English Language from grade {g} to grade {g + 1} by the March mock exams by "
                          f"writing a structured, paragraphed response to Paper 1 Question 5",
               ctx.f("Weekly 1:1 English tuition with {tutor} (1 hour, Tuesdays after school); model answers "
                     "and a writing frame shared with {carer_first}"),
               f"Grade {g + 1} on the March mock Paper 1; Question 5 scores at least 20/40",
               ctx.f("{tutor} (tutor), English teacher"), "31/03/2026"),
            _t("Reading", f"To increase reading age from {ra} to {ra + 0.8:.1f} years by the next PEP "
                          f"(NGRT retest in February)",
               ctx.f("Lexia PowerUp three times a week in tutor time with {ta}; 20 minutes' reading at home "
                     "each evening"), f"NGRT reading age of {ra + 0.8:.1f} years or more in February",
               ctx.f("{ta}, {carer_first}"), "27/02/2026"),
        ])
    if ctx.w.get("eng_passed"):
        return _t("English", ctx.f("To submit all written assignments for {course} on time at Merit standard "
                                   "this term, using the college study-skills session weekly"),
                  ctx.f("Weekly study-skills session with {tutor}; assignment planner checked fortnightly by {pa}"),
                  "All term-one assignments submitted by the deadline and graded Merit or above",
                  ctx.f("{tutor}, {pa} (personal adviser)"), "27/03/2026")
    return _t("English", f"To achieve grade 4 in GCSE English Language in the June 2026 resit "
                         f"(November mock: grade {ctx.w.get('grade_english', 3)})",
              ctx.f("Weekly resit class plus a fortnightly 1:1 session with {tutor} on reading Questions 2 and 4"),
              "Grade 4 in the March mock; grade 4 in the June 2026 exam", ctx.f("{tutor} (English resit tutor)"),
              "June 2026", "long")


def _maths_target(ctx: _Ctx) -> dict:
    rng, r = ctx.rng, ctx.rng.randint
    s = ctx.stage
    if s == "ey":
        n = r(3, 5)
        return _t("Mathematics", ctx.f(f"To count up to 10 objects accurately, touching each one, in play by "
                                       f"the spring PEP (currently to {n})"),
                  ctx.f("Counting songs and number games with {keyperson} daily; {carer_first} to count stairs "
                        "and toys with {first} at home"),
                  "Counts 10 objects accurately on three separate observed occasions",
                  ctx.f("{keyperson}, {carer_first}"), "27/03/2026")
    if s in ("ks1", "ks2"):
        method = "using a number line" if s == "ks1" else "using the column method"
        tables = "2, 5 and 10" if s == "ks1" else "3, 4 and 8" if ctx.year <= 4 else "6, 7, 8 and 9"
        return rng.choice([
            _t("Maths", f"To recall the {tables} times tables in under 6 seconds per fact by February half-term "
                        f"(currently {r(8, 16)}/25 on the practice check)",
               ctx.f("Times Tables Rock Stars 10 minutes a day at home with {carer_first}; weekly small-group "
                     "session with {maths}"), "Scores 22/25 or more on the multiplication practice check",
               ctx.f("{maths}, {carer_first}"), "13/02/2026"),
            _t("Maths", f"To add and subtract two-digit numbers {method} with 8 out of 10 correct "
                        f"by the next PEP (currently {r(2, 5)}/10)",
               ctx.f("Small-group maths intervention with {maths} three times a week (20 minutes); "
                     "place-value resources sent home"), "8/10 on the end-of-unit check, without apparatus",
               ctx.f("{maths} (maths lead), class teacher"), "06/03/2026"),
            _t("Maths", f"To find 1/2, 1/4 and 3/4 of amounts up to 100 with 8 out of 10 correct by the spring PEP "
                        f"(currently {r(2, 4)}/10)", ctx.f("Pre-teaching with {ta} before each fractions lesson; "
                                                           "fraction wall on {his} desk"),
               "8/10 on the fractions assessment in March", ctx.f("{ta}, {teacher}"), "20/03/2026"),
        ])
    if s in ("ks3", "ks4"):
        g = ctx.w.get("grade_maths", 3)
        return rng.choice([
            _t("Maths", f"To move from grade {g} to grade {g + 1} in maths by the March mocks by securing "
                        f"algebra (currently {r(25, 40)}% on Foundation Paper 1)",
               ctx.f("1:1 maths tuition with {maths}, 1 hour a week for 10 weeks; Sparx Maths homework checked "
                     "weekly by {carer_first}"), f"Grade {g + 1} in the March mock; algebra topic test at least 70%",
               ctx.f("{maths} (maths tutor), {carer_first}"), "20/03/2026"),
            _t("Maths", f"To complete three Sparx Maths homeworks a week with 100% completion for six weeks "
                        f"(currently {r(30, 60)}%)", ctx.f("Homework club with {maths} Tuesdays and Thursdays; "
                                                           "{carer_first} to set a quiet homework time"),
               "Sparx completion report shows 100% for six consecutive weeks", ctx.f("{maths}, {carer_first}"),
               "13/02/2026"),
        ])
    return _t("Maths", f"To achieve grade 4 in GCSE Maths in the June 2026 resit (November mock: grade "
                       f"{ctx.w.get('grade_maths', 3)}, 6 marks below the boundary)",
              ctx.f("Resit class three hours a week plus 1:1 tuition with {tutor} for 1 hour a week for 10 weeks"),
              "Grade 4 in the March mock and in the June 2026 exam", ctx.f("{tutor} (maths resit tutor)"),
              "June 2026", "long")


def _other_targets(ctx: _Ctx, pep: PEP) -> list[dict]:
    rng, out = ctx.rng, []
    att = pep.attendance_percent or 100
    if att < 95 and not ctx.has("low_attendance_no_plan"):
        out.append(_t("Attendance", f"To raise attendance from {att}% to at least 95% by February half-term",
                      ctx.f("First-day calling; breakfast club place; {dt} and {carer_first} to review attendance "
                            "fortnightly"), "Attendance at 95% or above on the February attendance report",
                      ctx.f("{dt}, {carer_first}"), "13/02/2026"))
    if ctx.stage == "ey":
        out.append(_t("Personal, social and emotional development",
                      ctx.f("To separate from {carer_first} at the door and settle with {keyperson} within five "
                            "minutes on four mornings out of five by February half-term"),
                      ctx.f("Consistent greeting routine with {keyperson}; photo book of home and nursery"),
                      "Settling log shows four out of five mornings within five minutes for three weeks",
                      ctx.f("{keyperson}, {carer_first}"), "13/02/2026"))
        out.append(_t("Physical development", ctx.f("To use scissors to snip and cut along a straight line "
                                                    "independently by the end of the spring term"),
                      "Daily funky fingers activities and a cutting station in continuous provision",
                      "Observed cutting along a 10 cm line independently on two occasions",
                      ctx.f("{keyperson}"), "End of spring term 2026", "long"))
    else:
        out.append(rng.choice([
            _t("Wellbeing", ctx.f("To use {his} time-out card to go to the nurture room instead of leaving the "
                                  "classroom without permission, with no more than one incident a week by the next "
                                  "PEP (currently four)"),
               ctx.f("Time-out card; daily check-in with {mentor}; zones of regulation sessions weekly"),
               "Behaviour log shows one or fewer incidents a week for the last four weeks before the PEP",
               ctx.f("{mentor} (learning mentor)"), "06/03/2026"),
            _t("Friendships", ctx.f("To attend the Thursday lunchtime club every week this half-term to build "
                                    "friendships, naming two friends at the next PEP"),
               ctx.f("{mentor} to introduce {first} to the club lead and go with {him} for the first two weeks"),
               "Club register shows weekly attendance; names two friends when asked at the next PEP",
               ctx.f("{mentor}"), "13/02/2026"),
        ]))
        if ctx.stage in ("ks4", "post16") and ctx.has("no_transition"):
            out.append(_t("Careers", ctx.f("To complete a careers interview with {careers} and name two jobs "
                                           "{first} would like to find out about by 31 January 2026"),
                          ctx.f("{careers} to book the interview"), "Interview notes on file",
                          ctx.f("{careers} (careers adviser)"), "31/01/2026", "long"))
        elif ctx.stage in ("ks4", "post16"):
            out.append(_t("Careers", ctx.f("To complete a college taster day and a careers interview with {careers} "
                                           "and apply for two courses by 31 January 2026"),
                          ctx.f("{careers} to book the interview; {carer_first} to attend the college open evening "
                                "with {first}"), "Interview notes on file; two applications submitted",
                          ctx.f("{careers} (careers adviser), {carer_first}"), "31/01/2026", "long"))
        if ctx.stage in ("ks1", "ks2", "ks3"):
            out.append(_t("Reading", ctx.f("To reach the expected standard in reading by the end of the year "
                                           "(July 2026)"),
                          "Reading intervention continues; termly standardised reading test",
                          "Summer reading assessment at the expected standard", ctx.f("{teacher}, {ta}"),
                          "July 2026", "long"))
    return out


def _fillers(ctx: _Ctx) -> list[dict]:
    """Extra targets used when the plan needs more than the core ones."""
    if ctx.stage == "ey":
        return [_t("Understanding the world", ctx.f("To talk about the weather and the seasons on the daily walk, "
                                                     "using three new words a week, by the spring PEP"),
                   ctx.f("{keyperson} to introduce and photograph new words on the walk"),
                   "Learning journal records three new words a week for six weeks", ctx.f("{keyperson}"),
                   "27/03/2026")]
    return [
        _t("Independence", ctx.f("To pack {his} own bag and check {his} timetable each morning without reminders "
                                 "on four days out of five by the next PEP"),
           ctx.f("Visual checklist by the door agreed with {carer_first}"),
           "Carer's checklist shows four out of five days for four weeks", ctx.f("{carer_first}"), "06/03/2026"),
        _t("Enrichment", ctx.f("To join one after-school club of {his} choice and attend at least 8 of the 10 "
                               "sessions this term"), ctx.f("{mentor} to go through the clubs list with {first}"),
           "Club register shows 8 of 10 sessions", ctx.f("{mentor}, {carer_first}"), "27/03/2026", "long"),
    ]


_VAGUE = {
    "English": ["To make progress in English", "To read more at home", "To improve {his} writing"],
    "Maths": ["Continue to work hard in maths", "To improve maths", "To try harder with times tables"],
    "Other": ["To improve behaviour", "Try to be more confident", "To keep doing well", "To engage more in lessons",
              "To make better choices", "Continue to make progress"],
}


def _targets(ctx: _Ctx, pep: PEP) -> list[Target]:
    rng = ctx.rng
    eng, mat = _english_target(ctx), _maths_target(ctx)
    specs = []
    if not ctx.has("no_english_target"):
        specs.append(eng)
    if not ctx.has("no_maths_target"):
        specs.append(mat)
    others = _other_targets(ctx, pep)
    if ctx.stage != "ey" and ctx.has("no_english_target"):
        others = [o for o in others if o["area"] not in ("Reading", "Writing")]
    specs += others
    if ctx.stage == "ey" and ctx.has("no_maths_target"):
        specs = [s for s in specs if s["area"] != "Mathematics"]
    n = 2 if ctx.has("too_few_targets") else rng.randint(3, 5)
    fillers = _fillers(ctx)
    while len(specs) < n and fillers:
        specs.append(fillers.pop(0))
    specs = specs[:n]
    if ctx.has("targets_vague"):
        k = max(1, len(specs) - rng.randint(0, 1))
        vague = {kind: rng.sample(texts, len(texts)) for kind, texts in _VAGUE.items()}
        for s in specs[:k]:
            kind = ("English" if s is eng else "Maths" if s is mat else "Other")
            s.update(text=ctx.f(vague[kind].pop() if vague[kind] else _VAGUE[kind][0]), success_criteria=None,
                     actions=rng.choice([None, "Teachers to support", "Support in class", "Carer to encourage"]))
            if rng.random() < 0.5:
                s.update(who=None, by_when=None)
    if ctx.has("targets_no_who_when"):
        for s in specs:  # no one named and no time frame anywhere in the target, as in a weak PEP
            s.update(who=None, by_when=None, term=None, actions=None, text=_NO_WHEN.sub("", s["text"]).rstrip(" ,"))
    if ctx.has("language_slips") and specs and specs[-1]["actions"]:
        specs[-1]["actions"] += "; placement to manage challenging behaviour"
    if pep.term and pep.term.value == "spring":
        specs = [{k: _to_summer(v) for k, v in s.items()} for s in specs]
    return [Target(number=i + 1, **s) for i, s in enumerate(specs)]


_NO_WHEN = re.compile(r",?\s*\b(?:by|before|until|within|this|every week this|each week until)\b(?=[^,]*(?:PEP|term|"
                      r"half-term|20\d\d|Christmas|Easter|year|weeks?\b))[^,;]*$", re.I)

_SPRING_SHIFT = [("13/02/2026", "22/05/2026"), ("06/03/2026", "12/06/2026"), ("20/03/2026", "19/06/2026"),
                 ("27/02/2026", "05/06/2026"), ("31/03/2026", "30/06/2026"), ("27/03/2026", "10/07/2026"),
                 ("31/01/2026", "30/04/2026"), ("31 January 2026", "30 April 2026"),
                 ("February half-term", "May half-term"), ("the spring PEP", "the summer PEP"),
                 ("end of the spring term", "end of the summer term"), ("End of spring term", "End of summer term"),
                 ("March mock exams", "summer mock exams"), ("March mock", "summer mock"),
                 ("NGRT retest in February", "NGRT retest in June"), ("in February", "in June"),
                 ("in March", "in June"), ("the February attendance report", "the May attendance report"),
                 ("this half-term", "next half-term")]


def _to_summer(v):
    """Target dates written for an autumn PEP, moved on a term for a spring PEP."""
    if not isinstance(v, str):
        return v
    for a, b in _SPRING_SHIFT:
        v = v.replace(a, b)
    return v


_PREVIOUS = {
    "ey": [("Communication and language", "To join in with familiar songs and rhymes at group time",
            [("achieved", "Achieved: joins in every day and chooses songs at group time (keyperson observations)."),
             ("partly_achieved", "Partly achieved: joins in with the actions, not yet the words. Carried forward.")]),
           ("Mathematics", "To recognise numerals 0 to 5 in play",
            [("achieved", "Achieved: names numerals 0 to 5 in play and on the number line."),
             ("partly_achieved", "Partly achieved: secure to 3. New target set.")]),
           ("Personal, social and emotional development", "To take turns with a friend in a small-group game",
            [("achieved", "Achieved: takes turns in a game of four with adult support."),
             ("ongoing", "Ongoing: takes turns with one friend, not yet in a group.")])],
    "primary": [("English", "To read {his} reading book fluently, moving up one book band by this PEP",
                 [("achieved", "Achieved: moved up a book band this term; running record 96% accuracy."),
                  ("partly_achieved", "Partly achieved: reading more fluently, not yet ready to move band. "
                                      "Carried forward.")]),
                ("Maths", "To know number bonds to {bonds} and use them in addition",
                 [("achieved", "Achieved: full marks on the latest number bonds check."),
                  ("not_achieved", "Not achieved: {first} missed three weeks after the move of home; "
                                   "target carried forward.")]),
                ("Wellbeing", "To have a named adult in school and go to them when worried",
                 [("achieved", "Achieved: {first} goes to {mentor} at break most days and says it helps."),
                  ("ongoing", "Ongoing: key adult changed in September; {mentor} now in place.")])],
    "secondary": [("English", "To write structured analytical paragraphs, scoring at least 12/20 on the analysis "
                              "question in the next English assessment",
                   [("achieved", "Achieved: 14/20 on the latest assessment."),
                    ("partly_achieved", "Partly achieved: paragraphs are structured but the explanation is thin "
                                        "(10/20). Carried forward.")]),
                  ("Maths", "To complete weekly Sparx Maths homework with at least 80% completion",
                   [("achieved", "Achieved: 92% completion over the half-term (Sparx report)."),
                    ("not_achieved", "Not achieved: 45% completion after the move of home; homework club now "
                                     "offered.")]),
                  ("Wellbeing", "To have a named adult in school and go to them when worried",
                   [("achieved", "Achieved: {first} sees {mentor} at break most days and says it helps."),
                    ("ongoing", "Ongoing: key adult changed in September; {mentor} now in place.")])],
    "post16": [("English", "To attend every English resit lesson this term",
                [("achieved", "Achieved: 100% attendance at English resit lessons (college register)."),
                 ("partly_achieved", "Partly achieved: 80% attendance at resit lessons. Carried forward.")]),
               ("Maths", "To complete the maths diagnostic and attend the resit class every week",
                [("achieved", "Achieved: diagnostic done, gaps in ratio and algebra identified; 95% attendance."),
                 ("partly_achieved", "Partly achieved: diagnostic done, attendance at resit class 70%.")]),
               ("Independence", "To open a bank account and keep a weekly budget with {his} personal adviser",
                [("achieved", "Achieved: account opened; budget reviewed fortnightly with {pa}."),
                 ("ongoing", "Ongoing: account opened, budgeting not yet started.")])],
}


def _previous_targets(ctx: _Ctx) -> list[PreviousTarget]:
    rng = ctx.rng
    ctx.w["bonds"] = 10 if ctx.stage == "ks1" else 20
    key = {"ks1": "primary", "ks2": "primary", "ks3": "secondary", "ks4": "secondary"}.get(ctx.stage, ctx.stage)
    out = []
    for i, (area, text, outcomes) in enumerate(_PREVIOUS[key]):
        status, outcome = rng.choice(outcomes)
        pt = PreviousTarget(number=i + 1, area=area, text=ctx.f(text), outcome=ctx.f(outcome), status=status)
        if ctx.has("prev_no_outcome") and (i == 0 or rng.random() < 0.6):
            pt.outcome, pt.status = None, None
        out.append(pt)
    return out


# ------------------------------------------------------------------------------------------
def _cost(rng: random.Random, rates, hours: float) -> tuple[float, str]:
    rate = rng.choice(rates)
    weeks = rng.choice([6, 6, 8, 10])
    total = rate * hours * weeks
    if hours == 1:
        text = rng.choice([f"£{rate}/hr x {weeks} weeks = {_money(total)}",
                           f"£{rate} per hour x {weeks} weeks {_money(total)}"])
    else:
        text = f"£{rate} per hour x {hours:g} hours per week x {weeks} weeks = {_money(total)}"
    return total, text


def _pp(ctx: _Ctx, pep: PEP) -> tuple[list[SpendLine], float | None, str | None]:
    rng, lines = ctx.rng, []
    budget = 600.0
    if ctx.phase == "post16" and not ctx.has("pp_post16"):
        return [], None, None  # post-16 PP+ is not paid by default (domain.md 4: school-age PP+)
    for t in pep.targets[:3]:
        if t.area in ("Attendance", "Independence", "Careers") or len(lines) >= 2 and rng.random() < 0.5:
            continue
        area = (t.area or "").lower()
        hours = rng.choice([1, 1, 1.5])
        ctx.w["freq"] = "1 hour a week" if hours == 1 else "3 x 30 min/week"
        for _ in range(6):
            total, text = _cost(rng, (15, 20) if ctx.stage == "ey" else (20, 25, 30, 35), hours)
            if sum(line.cost for line in lines) + total <= budget:
                break
        else:
            continue
        impact = t.success_criteria or f"Progress towards Target {t.number}"
        if "math" in area:
            desc = rng.choice(["1:1 maths tuition with {maths}, {freq}", "Small-group maths intervention led by "
                               "{maths}, {freq}"] if ctx.stage != "ey" else ["Number games group with {keyperson}, "
                                                                              "{freq}"])
        elif "wellbeing" in area or "friend" in area or "personal" in area:
            desc = "Drawing and Talking sessions with {mentor}, {freq}"
            impact = t.success_criteria or "{first} can name and manage worries; fewer incidents logged"
        elif "physical" in area:
            desc, total, text = "Fine-motor resources (scissors, tweezers, dough kit) for nursery and home", 45.0, "£45"
        elif ctx.stage == "ey":
            desc = "Talk Boost language group with {keyperson}, {freq}"
        else:
            desc = rng.choice(["1:1 reading tuition with {ta}, {freq}", "1:1 English tuition with {tutor}, {freq}"])
        lines.append(SpendLine(description=ctx.f(desc), cost=total, cost_text=text, target_ref=f"Target {t.number}",
                               intended_impact=ctx.f(impact)))
    if not lines and pep.targets:
        lines.append(SpendLine(description="Revision guides and workbooks for English and maths", cost=36.0,
                               cost_text="£36", target_ref=f"Target {pep.targets[0].number}",
                               intended_impact="Independent practice at home for the targets set"))
    if ctx.has("pp_ineligible"):
        lines.append(rng.choice([
            SpendLine(description="School uniform", cost=60.0, cost_text="£60", target_ref=None,
                      intended_impact=ctx.f("So {first} looks the same as peers")),
            SpendLine(description="Taxi to school", cost=240.0, cost_text="£12 per day x 20 days = £240",
                      target_ref=None, intended_impact="Gets to school on time"),
            SpendLine(description="Year group trip to the theme park", cost=45.0, cost_text="£45", target_ref=None,
                      intended_impact="Reward for good behaviour"),
            SpendLine(description="Contribution to 1:1 TA support as set out in the EHCP", cost=400.0,
                      cost_text="£400", target_ref="Target 1", intended_impact="Support in lessons")]))
    if ctx.has("pp_unlinked"):
        lines.append(SpendLine(description="Interventions as needed", cost=300.0, cost_text="£300", target_ref=None,
                               intended_impact=None))
    if ctx.has("pp_arithmetic"):
        rate, weeks = rng.choice([(25, 8), (30, 8), (20, 10)])
        wrong = rate * weeks - rng.choice([40, 50, 60])
        lines.append(SpendLine(description=ctx.f("1:1 tuition with {tutor}"), cost=float(wrong),
                               cost_text=f"£{rate}/hr x {weeks} weeks = £{wrong}", target_ref="Target 1",
                               intended_impact="Better results"))
    if ctx.has("pp_over_limit") and sum(l.cost or 0 for l in lines) <= budget:
        lines.append(SpendLine(description=ctx.f("Full-term 1:1 tutoring with {tutor}, 2 hours a week"), cost=700.0,
                               cost_text="£35/hr x 2 hrs x 10 weeks = £700", target_ref="Target 2",
                               intended_impact="Catch up"))
    for i, l in enumerate(lines):
        l.number = i + 1
    total = float(sum(l.cost or 0 for l in lines))
    review = None
    if not ctx.has("pp_no_impact_review"):
        review = ctx.f(rng.choice([
            "Last term's PP+ funded 12 sessions of 1:1 reading with {ta}: reading age rose from 7.2 to 7.9 years "
            "and {first} now reads aloud in group work.",
            "Last term's PP+ paid for small-group maths with {maths}: number bonds check rose from 9/20 to 19/20.",
            "PP+ funded weekly sessions with {mentor}: incidents in the behaviour log fell from 6 to 2 a half-term; "
            "{first} says the sessions help.",
            "Last term's PP+ paid for the Talk Boost group: {first} now joins in at group time and uses "
            "three-word phrases (keyperson observations).",
            "Last term's PP+ funded resit tuition; {first} moved from grade 2 to grade 3 in maths in the November mock."]))
    return lines, total, review


def _aspirations(ctx: _Ctx) -> str | None:
    rng = ctx.rng
    if ctx.stage in ("ey", "ks1") or ctx.has("no_aspirations"):
        return None
    if ctx.stage == "ks2":
        return ctx.f(rng.choice(["{first} wants to be a vet and loves the school's animal club.",
                                 "{first} wants to be a footballer or a PE teacher.",
                                 "{first} would like to be a scientist; {he} enjoyed the STEM day."])) \
            if rng.random() < 0.6 else None
    return ctx.f(rng.choice([
        "{first} wants to be a paramedic and is looking at the Level 3 Health and Social Care course at {college}. "
        "Careers meeting with {careers} booked for {careers_date}.",
        "{first} wants to be a mechanic; {he} will apply for Level 2 Motor Vehicle at {college}. Work experience "
        "at a local garage is being arranged for the summer term.",
        "{first} wants to study law at university; {he} went to the university summer school taster and wants to "
        "take A levels in sixth form.",
        "{first} would like to become an electrician through an apprenticeship; careers adviser {careers} is "
        "helping {him} with applications.",
        "{first} wants to work with animals and is interested in the animal care course at {college}."]))


def _transition(ctx: _Ctx, school: School) -> str | None:
    if ctx.has("no_transition") or ctx.year not in (0, 6, 7, 11, 12, 13):
        return None
    return ctx.f({
        0: "Started Reception at {school} in September 2025 after two years at nursery; {ta} visited the nursery in "
           "July and {first}'s 'All about me' book was shared.",
        6: "Secondary application submitted by 31 October 2025: first preference {college_school}. Enhanced "
           "transition agreed: three extra visits in June and a DT-to-DT handover meeting.",
        7: "Moved to {school} in September 2025 from primary; enhanced transition included three extra visits; "
           "{first} has a key adult ({mentor}) and is settling well.",
        11: "Applying to {college} for September 2026; careers interview with {careers} this term; "
            "college taster day booked for February.",
        12: "Moved to {school} in September 2025; the personal adviser attends PEPs; 16-19 bursary in place and "
            "bus pass arranged.",
        13: "Planning for September 2026: applications to {college} for Level 3 and to two apprenticeships; "
            "pathway plan updated with {pa}.",
    }[ctx.year])


def _roni(ctx: _Ctx, pep: PEP) -> str:
    score = 1 + (2 if (pep.attendance_percent or 100) < 90 else 0) + (2 if pep.exclusions else 0) + \
        (1 if pep.sen_status and pep.sen_status.value != "none" else 0) + 1  # in care
    band = "Low risk" if score <= 3 else "Medium risk" if score <= 6 else "High risk"
    return f"{band} (score {score})"


def expected_statuses(pep: PEP) -> dict:
    """A generator says which parts it wrote (True) or left out (False); a part it wrote is read when it holds
    data, empty when it does not (a blank aspirations box), and one it left out is not found."""
    from pepqa.model import PartStatus
    from pepqa.readers.json_reader import content_status

    return {k: (content_status(pep, k) if v not in (False, PartStatus.not_found) else PartStatus.not_found)
            for k, v in pep.parts.items()}
