"""EM: English and maths targets (the subject matcher they share with ST, ST009 and PP+ is lib/subjects.py).

Walsall: "It is expected that each PEP have one English and maths target." Targets are recognised
from their area column or, where the area column is empty or unrecognised, from their text, with
the words that matched quoted back.
"""
from __future__ import annotations

from ..findings import Severity
from .lib.child import phase as _phase
from .lib.target_rewrite import rewrite
from .lib.subjects import area_subjects, attainment_row, names, off_subject, parse_grade, subject_matches, \
    target_subjects
from .lib.timeframes import fmt_date as _fmt_date
from .registry import Example, Hit, check

_LABEL = {"english": "English", "maths": "maths"}
_EY_LABEL = {"english": "Literacy", "maths": "Mathematics"}


def _classified(pep, ctx) -> list[tuple[int, object, list]]:
    key = "subjects.classified"
    hit = ctx.cache.get(key)
    if hit is not None and hit[0] is pep:
        return hit[1]
    sv, phase = ctx.vocab("subjects"), _phase(pep)
    res = [(i, t, target_subjects(t, sv, phase)) for i, t in enumerate(pep.targets)]
    ctx.cache[key] = (pep, res)
    return res


def _evidence(rows, pep, vocab: dict | None = None) -> str:
    bits = []
    for i, t, ms in rows:
        n = t.number or i + 1
        label = f"Target {n}" + (f" ({t.area})" if t.area else "")
        declared = area_subjects(t.area, vocab)[0] if vocab else set()
        off = off_subject(t.text, vocab) if vocab and declared else []
        if ms:
            words = ", ".join(sorted({f"'{w}'" for _, w, *_ in ms}))
            subs = " and ".join(sorted({_LABEL[s] for s, *_ in ms}))
            bits.append(f"{label}: {subs} ({words})")
        elif off:
            words = ", ".join(dict.fromkeys(f"'{w}'" for _, w, *_ in off))
            bits.append(f"{label}: filed under {t.area.strip()} but about {words}, not "
                        + " or ".join(sorted(_LABEL[s] for s in declared)))
        else:
            bits.append(f"{label}: neither English nor maths")
    return "; ".join(bits) or "no targets"


def _post16_need(pep, subject: str, ctx) -> tuple[bool, str]:
    """Post-16: is a target in ``subject`` required, and the sentence explaining why."""
    threshold = int(ctx.policy.get("targets.post16_grade_threshold"))
    name = pep.child.first_name or "The student"
    row = attainment_row(pep, subject, ctx.vocab("subjects"))
    label = _LABEL[subject]
    g = parse_grade(row.current) if row and row.current else None
    if g is None and row and row.progress and names(row.progress, ctx.vocab("subjects"), "passed_words"):
        return False, ""
    if g is None:
        written = f" (it says '{row.current}')" if row and row.current else ""
        return True, (f"{name}'s current {label} grade is not recorded in the attainment table{written}, so the PEP "
                      f"does not show whether {name} has reached grade {threshold}: {'an' if subject == 'english' else 'a'} {label} target is expected until "
                      f"{name} has.")
    if g >= threshold:
        return False, ""
    return True, (f"{name}'s current {label} grade is {g}, below grade {threshold}, so {label} remains required "
                  f"post-16.")


def _suggest(pep, ctx, subject: str) -> str:
    from ..model import Target

    phase = _phase(pep)
    area = _EY_LABEL[subject] if phase == "early_years" else {"english": "English", "maths": "Maths"}[subject]
    when = f"by the next PEP on {_fmt_date(pep.next_pep_date)}" if pep.next_pep_date else "by [the next PEP date]"
    t = Target(area=area, text=area)
    example = rewrite(pep, t, ctx.vocab("targets"), ctx.vocab("subjects"), when, subjects={subject})
    kind = f"an EYFS {area} target" if phase == "early_years" else f"an {area} target" if subject == "english" \
        else "a maths target"
    return f"Add {kind} with a measure, a date and who will deliver it, e.g. '{example}'"


def _missing(pep, ctx, subject: str):
    if not ctx.policy.get("targets.require_english_and_maths") or not pep.part_ok("targets"):
        return
    rows = _classified(pep, ctx)
    if any(s == subject for _, _, ms in rows for s, *_ in ms):
        return
    phase = _phase(pep)
    if (phase == "early_years" and subject == "english" and pep.child.year_group is not None
            and pep.child.year_group < 0 and ctx.policy.get("targets.nursery_prime_areas")
            and any(names(f"{t.area or ''} {t.text}", ctx.vocab("subjects"), "prime_area_words") for _, t, _ in rows)):
        return  # Nursery: the EYFS prime area of communication and language stands in for literacy (policy)
    why = ""
    if phase == "post16":
        need, why = _post16_need(pep, subject, ctx)
        if not need:
            return
        why = " " + why
    n = len(pep.targets)
    if phase == "early_years":
        area = _EY_LABEL[subject]
        head = (f"None of the {n} targets is in the EYFS area of {area}." if n > 1 else
                f"The only target is not in the EYFS area of {area}." if n == 1 else f"There is no {area} target.")
        if subject == "english" and any(names(t.area, ctx.vocab("subjects"), "communication_and_language")
                                        for _, t, _ in rows):
            head += " Communication and language is a separate prime area: it does not count as Literacy."
    else:
        label = "an English or literacy" if subject == "english" else "a maths or numeracy"
        head = (f"None of the {n} targets is {label} target." if n > 1 else
                f"The only target is not {label} target." if n == 1 else f"This PEP has no targets, so no {label[2:].lstrip()} target.")
        head += " Each PEP is expected to have one English and one maths target."
    yield Hit(head + why, section="targets", field="targets", evidence=_evidence(rows, pep, ctx.vocab("subjects")),
              suggestion=_suggest(pep, ctx, subject))


_SOURCE = ("seeds/walsall-pep-handbook.txt (Section B: 'It is expected that each PEP have one English and maths "
           "target'); seeds/coventry-virtual-school-pages.txt (literacy or numeracy interventions); domain.md 3")


@check(
    code="EM001", needs=('targets',), name="no-english-target", title="No English / literacy target",
    vocab=("subjects.english", "subjects.maths", "subjects.english_exclude", "subjects.maths_exclude",
           "subjects.english_areas", "subjects.maths_areas", "subjects.other_areas", "subjects.lesson_words",
           "subjects.off_subject", "subjects.weak_under_other_areas", "subjects.learning_areas", "subjects.eyfs_literacy",
           "subjects.prime_area_words", "subjects.communication_and_language", "subjects.passed_words",
           "targets.rewrites"),
    severity="must-fix", group="EM",
    rationale="""Each PEP is expected to have at least one English (literacy, reading, writing, phonics, spelling)
target. Early years plans use the EYFS area of Literacy (communication and language alone is not literacy,
except in Nursery where the policy lets the prime area stand in for it).
Post-16, English stays required while the student has not reached the authority's grade (grade 4 by default).
A target counts as English from its area column or, where that is empty, from words in its text.""",
    source=_SOURCE,
    good="A target under 'English' (or whose text is about reading, writing, phonics, spelling...), e.g. 'Maya will "
         "write a 300-word persuasive piece using three paragraphs by February half-term.'",
    bad=[Example({"targets[0].area": "Wellbeing",
                  "targets[0].text": "Maya will attend homework club twice a week until Christmas."}, "no English target"),
         Example({"child.phase": "early_years", "child.year_group": 0, "child.key_stage": "EYFS",
                  "targets[0].area": "Communication and language",
                  "targets[0].text": "Maya will use sentences of four words by Christmas."},
                 "early years: communication and language is not literacy")],
    ok=[Example({"targets[0].area": None}, "recognised from the text ('write')"),
        Example({"targets[0].area": "History",
                 "targets[0].text": "Maya will write PEEL paragraphs in 3 of her 4 history essays this term."},
                "filed under History, but plainly writing (paragraphs, essays): writing across the curriculum counts"),
        Example({"child.phase": "post16", "child.year_group": 12, "targets[0].area": "Course",
                 "targets[0].text": "Maya will submit her Unit 3 assignment by 12 December 2025.",
                 "attainment[0].current": "Grade 5"}, "post-16 with grade 5 English: not required"),
        Example({"child.phase": "early_years", "child.year_group": -1, "child.key_stage": "EYFS",
                 "targets[0].area": "Communication and language",
                 "targets[0].text": "Maya will use sentences of four words by Christmas."},
                "Nursery: communication and language stands in for literacy (policy targets.nursery_prime_areas)")],
)
def no_english_target(pep, ctx):
    yield from _missing(pep, ctx, "english")


@check(
    code="EM002", needs=('targets',), name="no-maths-target", title="No maths / numeracy target",
    vocab=("subjects.english", "subjects.maths", "subjects.english_exclude", "subjects.maths_exclude",
           "subjects.english_areas", "subjects.maths_areas", "subjects.other_areas", "subjects.lesson_words",
           "subjects.off_subject", "subjects.weak_under_other_areas", "subjects.learning_areas", "subjects.eyfs_maths", "subjects.passed_words",
           "targets.rewrites"),
    severity="must-fix", group="EM",
    rationale="""Each PEP is expected to have at least one maths (numeracy, number, times tables, fractions...)
target. Early years plans use the EYFS area of Mathematics. Post-16, maths stays required while the student has
not reached the authority's grade (grade 4 by default). A target set in maths lessons but about confidence or
behaviour (area 'Wellbeing') is not a maths target. The area column decides, except when the text is plainly about
something else: a target filed under 'Maths' whose text names no maths at all ('maths lesson' and 'maths
classroom' say where, not what) but does name behaviour, attendance or wellbeing ('time-out card', 'walk out',
'confidence'; subjects.toml off_subject) is a behaviour target, not a maths one. The other way round, a target filed under another area ('Wellbeing',
'History') whose text is plainly maths or English content ('times tables', 'PEEL paragraphs in her essays') counts;
words any subject uses ('read', 'write', 'count'; subjects.toml weak_under_other_areas) do not.""",
    source=_SOURCE,
    good="A target under 'Maths', e.g. 'Maya will add and subtract fractions with different denominators, scoring "
         "8 out of 10 on the unit test by 19 December 2025.'",
    bad=[Example({"targets[1].area": "Attendance",
                  "targets[1].text": "Maya will attend at least 96% of sessions each half term until Easter."},
                 "no maths target; the wellbeing target set in maths lessons does not count"),
         Example({"targets[1].text": "Maya will use her time-out card instead of walking out of her maths lesson, "
                                     "at most once a week, by February half-term."},
                 "filed under Maths, but about behaviour in maths lessons"),
         Example({"targets[1].text": "Maya will try to stay in maths."},
                 "filed under Maths, but about staying in the room ('stay in maths' says where)")],
    ok=[Example({"targets[1].area": "Numeracy"}, "'Numeracy' area"),
        Example({"targets[1].area": "Wellbeing",
                 "targets[1].text": "To build her confidence, Maya will learn her 7, 8 and 9 times tables to 25/30 "
                                    "in 3 minutes by Christmas."},
                "filed under Wellbeing, but plainly maths (times tables): the content counts"),
        Example({"targets[1].text": "Maya will use a number line in maths lessons to check her answers, without "
                                    "prompting, by Christmas, to build her confidence."},
                "set in maths lessons, about maths (a number line), so the 'Maths' area stands"),
        Example({"child.phase": "post16", "child.year_group": 12, "targets[1].area": "Careers",
                 "targets[1].text": "Maya will apply for two apprenticeships by March 2026.",
                 "attainment[1].current": "Grade 4"}, "post-16 with grade 4 maths: not required")],
)
def no_maths_target(pep, ctx):
    yield from _missing(pep, ctx, "maths")


@check(
    code="EM003", needs=('targets',), name="no-writing-target", title="No writing target in KS1/KS2",
    vocab=("subjects.writing", "subjects.writing_areas", "subjects.writing_subjects", "subjects.writing_below",
           "subjects.english_areas", "subjects.maths_areas", "subjects.other_areas"),
    severity="should-fix", group="EM",
    rationale="""Some authorities require a writing target for every primary-age child in KS1 and KS2, because
writing is where children in care most often fall behind. Where the policy requires one
(targets.require_writing_ks1_ks2) a missing writing target is should-fix. Otherwise pepqa only gives advice, and
only when the PEP's own attainment data shows writing below the expected standard.""",
    source="domain.md 3 (some authorities also require a writing target in KS1/KS2)",
    good="A KS1/KS2 target about writing, e.g. 'Kai will use capital letters and full stops correctly in 4 of 5 "
         "sentences in his independent writing by Christmas.'",
    bad=[Example({"child.phase": "primary", "child.year_group": 4, "child.key_stage": "KS2",
                  "attainment[2]": {"subject": "Writing", "current": "WTS", "expected": "EXS", "progress": "Below"},
                  "targets[0].area": "Reading",
                  "targets[0].text": "Maya will read a Year 4 book aloud at 90 words per minute by Christmas."},
                 "writing is below expected and no target is about writing (advice unless the policy requires it)")],
    ok=[Example({"child.phase": "primary", "child.year_group": 4, "child.key_stage": "KS2"}, "the writing target"),
        Example({"child.phase": "primary", "child.year_group": 4, "child.key_stage": "KS2", "targets[0].area": "Reading",
                 "targets[0].text": "Maya will read a Year 4 book aloud at 90 words per minute by Christmas."},
                "no writing data showing a gap, and the policy does not require a writing target")],
)
def no_writing_target(pep, ctx):
    if not pep.part_ok("targets"):
        return
    required = bool(ctx.policy.get("targets.require_writing_ks1_ks2"))
    yg = pep.child.year_group
    ks = (pep.child.key_stage or "").upper().replace(" ", "")
    if not ((yg is not None and 1 <= yg <= 6) or (yg is None and ks in ("KS1", "KS2"))):
        return
    sv = ctx.vocab("subjects")
    gap = _writing_gap(pep, sv)
    if not required and not gap:
        return
    for t in pep.targets:
        if names(t.area, sv, "writing_areas"):
            return
        _, _, recognised = area_subjects(t.area, sv)
        subs, _, _ = area_subjects(t.area, sv)
        if (not recognised or "english" in subs) and subject_matches(t.text, sv, ("writing",)):
            return
    rows = _classified(pep, ctx)
    name = pep.child.first_name or "the child"
    said = f" The attainment data shows writing at '{gap.current}'" + (
        f" ({gap.progress})." if gap.progress else ".") if gap else ""
    msg = f"None of the {len(pep.targets)} targets is about writing." + said + (
        " This Virtual School expects a writing target in KS1 and KS2." if required else
        " A writing target would address the gap.")
    yield Hit(msg, section="targets", field="targets", evidence=_evidence(rows, pep, ctx.vocab("subjects")),
              suggestion=_suggest_writing(pep, name), severity=None if required else Severity.advice)


def _writing_gap(pep, sv: dict):
    """The attainment row for writing when it shows writing below the expected standard, else None."""
    for row in pep.attainment:
        if names(row.subject, sv, "writing_subjects"):
            if names(row.current, sv, "writing_below") or names(row.progress, sv, "writing_below"):
                return row
    return None


def _suggest_writing(pep, name: str) -> str:
    when = f"by the next PEP on {_fmt_date(pep.next_pep_date)}" if pep.next_pep_date else "by [the next PEP date]"
    yg = pep.child.year_group
    year = f"Year {yg}" if yg else "age-appropriate"
    return (f"Add a writing target, e.g. '{name} will write [N] sentences using capital letters and full stops in "
            f"{year} independent writing, in 4 of 5 pieces a week, {when}.'")
