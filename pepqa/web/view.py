"""What the page shows a school for one PEP: what was read, the outlook, what is good, what to change.

Two audiences never mixed (see the brief's contract): the page speaks to a designated teacher, so
- findings about *reading the file* (RD codes; ``audience == "officer"`` once findings carry it) are
  not advice: they become the plain "what we could not read" list, from ``pep.parts`` and
  ``pep.read_notes``;
- text meant for QA officers is kept out of the main text: policy references ("(policy x.y = z)")
  are dropped, pepqa is not named, check codes and severity names appear only inside the small
  "details" disclosure, next to the check's ``explain`` text;
- findings that only the Virtual School can act on (its own QA sign-off, settings in pepqa.toml)
  are left out, as the letters leave them out.

Findings are grouped the way a PEP is written: pupil voice, last term's targets, the new targets
one by one, the PP+ lines, attendance and wellbeing, aspirations, then dates, people and sign-off.
Each place quotes the PEP's own words with the evidence marked, then each point: what is wrong,
why it matters (from the check's rationale, in plain words), and the suggested rewrite.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from ..findings import Finding, Severity
from ..model import PEP
from ..render.common import SECTION_LABELS, context_text, field_value, highlighted, sentences, strip_policy_refs
from ..render.engine import long_date, money

LEVELS = {  # severity -> (css class, words on the page)
    "must-fix": ("must", "Must change"),
    "should-fix": ("should", "Should change"),
    "advice": ("advice", "Worth considering"),
}

# (group id, heading, PEP sections in it), in the order a PEP is written and read.
GROUPS: list[tuple[str, str, tuple[str, ...]]] = [
    ("pupil-voice", "Pupil voice", ("pupil_voice",)),
    ("previous-targets", "Last term's targets", ("previous_targets",)),
    ("targets", "New targets", ("targets",)),
    ("pp-plus", "PP+ plan", ("pp_plus",)),
    ("wellbeing", "Attendance, progress and wellbeing",
     ("attendance", "attainment", "sen", "wellbeing", "sen_details", "part_time_timetable", "alternative_provision",
      "provision_review_date")),
    ("aspirations", "Aspirations and next steps", ("aspirations", "transition", "roni")),
    ("dates", "Dates, people and sign-off",
     ("meeting", "sections", "attendees", "social_worker", "designated_teacher", "virtual_school", "qa", "child",
      "school")),
]
OTHER = ("other", "Other points")

ITEM_WORDS = {"targets": "Target", "previous_targets": "Previous target", "pp_plus": "Spend line",
              "attendance": "Suspension or exclusion", "attainment": "Attainment row"}
FIELD_LABELS = {
    "pupil_voice.text": "The child's views", "pupil_voice.captured_how": "How the views were gathered",
    "pupil_voice.captured_by": "Who gathered the views", "pupil_voice.child_attended": "The child at the meeting",
    "pupil_voice.previous_text": "The child's views last time", "pupil_voice": "Pupil voice",
    "targets": "The targets as a whole", "previous_targets": "Last term's targets as a whole",
    "pp_spend": "The PP+ plan as a whole", "pp_requested": "The total PP+ requested",
    "pp_impact_review": "The impact of last term's PP+", "pp_plus": "The PP+ plan as a whole",
    "meeting_date": "The meeting date", "completed_date": "The date the PEP was completed",
    "next_pep_date": "The next PEP meeting", "attendees": "Who attended the meeting",
    "attendance_percent": "Attendance", "exclusions": "Suspensions and exclusions",
    "part_time_timetable": "Part-time timetable", "alternative_provision": "Alternative provision",
    "provision_review_date": "Review of the part-time timetable or alternative provision",
    "sen_status": "Special educational needs", "sen_details": "Special educational needs",
    "sdq_score": "Strengths and Difficulties Questionnaire score", "wellbeing": "Health and wellbeing",
    "attainment": "Attainment and progress", "aspirations": "Aspirations and careers", "transition": "Transition plan",
    "roni": "Risk of NEET indicator", "sections.social_worker": "Social worker sign-off",
    "sections.designated_teacher": "Designated teacher sign-off", "sections.pupil_voice": "Pupil voice sign-off",
    "sections.virtual_school": "Virtual School sign-off", "sections.qa": "Quality assurance sign-off",
    "child": "The child's details", "school": "The school's details",
}
PART_WORDS = {
    "child": "the child's details", "school": "the school's details", "meeting": "the meeting dates",
    "attendees": "who attended", "social_worker": "the social worker section",
    "designated_teacher": "the designated teacher section", "attainment": "attainment and progress",
    "attendance": "attendance and exclusions", "sen": "special educational needs", "pupil_voice": "the pupil voice",
    "previous_targets": "the review of last term's targets", "targets": "the new targets",
    "pp_plus": "the PP+ plan", "aspirations": "aspirations and careers", "virtual_school": "the Virtual School section",
    "qa": "the quality assurance section",
}
FORMATS = {"docx": "a Word document", "pdf": "a PDF", "json": "a pepqa JSON file"}
_YEAR = {-1: "Nursery", 0: "Reception"}

# Words meant for QA officers: settings, data files, check codes, pepqa itself.
_OFFICER = re.compile(r"pepqa|\.toml|labels file|vocab|\bpolicy\b|\b[a-z]+_[a-z_]+\b|\b[A-Z]{2}\d{3}\b|must-fix|should-fix",
                      re.I)
_CODE = re.compile(r"\b[A-Z]{2}\d{3}\b")


# -- audiences ------------------------------------------------------------------------------------
def audience(f: Finding) -> str:
    """'school' or 'officer'. Findings will carry it (contract); until then reading findings are the officer's."""
    a = getattr(f, "audience", None)
    if a in ("school", "officer"):
        return a
    return "officer" if f.code.startswith("RD") else "school"


def school_findings(findings: list[Finding]) -> list[Finding]:
    """The findings a school is asked to act on (also what the downloaded letter is written from)."""
    out = []
    for f in findings:
        if audience(f) != "school":
            continue
        fld = f.location.field or ""
        # The Virtual School's own sign-off is not the school's to fix (the letters leave it out too).
        if f.severity is Severity.advice and fld.startswith(("sections.qa", "sections.virtual_school")):
            continue
        # A note about pepqa's own settings (e.g. deadlines for another year) is for the officer.
        if re.search(r"pepqa\.toml|labels file|policy's deadlines", f"{f.message} {f.suggestion or ''}"):
            continue
        out.append(f)
    return out


def plain(text: Optional[str]) -> str:
    """A check's message or suggestion in school words: no policy references, pepqa not named."""
    if not text:
        return ""
    t = strip_policy_refs(text)
    t = re.sub(r"\bpepqa (cannot|can't|could not|does not|did not)\b", r"we \1", t)
    t = re.sub(r"\bpepqa\b", "this check", t)
    return t


def why(rationale: str, limit: int = 320) -> str:
    """'Why it matters' from a check's rationale: its first sentences that carry no officer detail."""
    out: list[str] = []
    for s in sentences(strip_policy_refs(" ".join(rationale.split()))):
        if _OFFICER.search(s) or "(" in s and ")" not in s:
            continue
        if out and len(" ".join(out + [s])) > limit:
            break
        out.append(s)
        if len(out) == 2:
            break
    return " ".join(out)


# -- the parts of the view ------------------------------------------------------------------------
def part_status(value: Any) -> str:
    """'read' | 'empty' | 'partial' | 'unread' | 'not_found' from a bool (today) or a status (the contract)."""
    if isinstance(value, str):
        return str(getattr(value, "value", value))
    return "read" if value else "not_found"


def what_was_read(pep: PEP) -> dict[str, Any]:
    c, s = pep.child, pep.school
    statuses = {k: part_status(v) for k, v in pep.parts.items()}
    read = [PART_WORDS.get(k, k.replace("_", " ")) for k, v in statuses.items() if v in ("read", "empty")]
    partial = [PART_WORDS.get(k, k.replace("_", " ")) for k, v in statuses.items() if v == "partial"]
    missing = [PART_WORDS.get(k, k.replace("_", " ")) for k, v in statuses.items() if v in ("not_found", "unread")]
    notes = [_read_note(n) for n in pep.read_notes]
    if not c.name and not c.identifier:
        notes.append("We could not read the child's name or ID.")
    year = _YEAR.get(c.year_group, f"Year {c.year_group}") if c.year_group is not None else None
    facts = [
        ("File", f"{pep.source_file or 'the file'}, read as {FORMATS.get(pep.source_format or '', 'a PEP export')}"),
        ("Child", c.first_name or c.identifier or "Not found"),
        ("Year group", year or "Not found"),
        ("School", s.name or "Not found"),
        ("Term", " ".join(x for x in ((pep.term.value.capitalize() + " term") if pep.term else "",
                                     pep.academic_year or "") if x) or "Not found"),
        ("Meeting", long_date(pep.meeting_date) if pep.meeting_date else "Not found"),
        ("Targets", f"{len(pep.targets)} new, {len(pep.previous_targets)} from last term"),
        ("PP+ plan", f"{len(pep.pp_spend)} spend line{'s' if len(pep.pp_spend) != 1 else ''}"
         + (f", {money(pep.pp_requested)} requested" if pep.pp_requested is not None else "")),
        ("Pupil voice", f"{len((pep.pupil_voice.text or '').split())} words" if pep.pupil_voice.text else "Not found"),
    ]
    return {"facts": facts, "read": read, "partial": partial, "missing": missing, "notes": notes,
            "complete": not (missing or partial or notes)}


def _read_note(note: str) -> str:
    m = re.match(r"page (\d+) has no text layer", note)
    if m:
        return (f"Page {m[1]} is a picture of text (scanned?): we cannot read text in pictures, so nothing on that "
                "page was checked. Export the PEP again as a Word document or a text PDF.")
    return plain(note[0].upper() + note[1:]) + ("" if note.endswith(".") else ".")


def outlook(verdict, school: list[Finding]) -> dict[str, Any]:
    """The grade and PP+ decision as the Virtual School's policy would give them if the PEP were sent now."""
    n_must = sum(1 for f in school if f.severity is Severity.must_fix)
    n_should = sum(1 for f in school if f.severity is Severity.should_fix)
    n_adv = sum(1 for f in school if f.severity is Severity.advice)
    manual = getattr(verdict, "state", "graded") == "manual"
    g = verdict.grade
    label = g if verdict.mode == "rag" else g.capitalize()
    if manual:
        label = "Not graded"
        prov = getattr(verdict, "provisional", None)
        text = ("We could not read enough of this file to grade it: the Virtual School would read it by hand. "
                "Check the parts listed under “What we could not read” below, then check the file again.")
        if prov:
            text += f" From the parts we could read, it would be {prov}."
        css = "manual"
    elif g in ("Red", "review again"):
        text = (f"{_n(n_must, 'point')} must change before the Virtual School can approve this PEP. "
                "Most are quick to fix.")
        css = "red"
    elif g == "Amber":
        text = (f"The PEP meets the essentials. Working on the {_n(n_should, 'point')} marked “Should change” "
                "would lift it to Green.")
        css = "amber"
    else:
        text = ("The PEP meets the standard." + (" The points below would make it stronger still."
                                                 if n_should or n_adv else " Thank you."))
        css = "green"
    pp = verdict.pp_plus
    req = money(pp.requested) if pp.requested else None
    if manual or pp.recommendation not in ("release", "withhold"):
        pp_text = "The PP+ decision would be made by the Virtual School when it reads the PEP."
    elif not pp.funded:
        why_not = next((strip_policy_refs(r.message) for r in pp.reasons if r.code is None), "")
        pp_text = why_not or "PP+ is not paid through the PEP for this setting."
        pp_text += f" The {req} requested could not be released." if req else ""
    elif pp.recommendation == "release":
        if pp.allowed:
            pp_text = f"The Virtual School would release {money(pp.allowed)} of PP+ for this term"
            pp_text += f" ({req} was requested)." if req and pp.requested != pp.allowed else "."
        else:
            pp_text = ("No PP+ is requested in this PEP. If the child would benefit from extra support, add a costed "
                       "plan linked to the targets.")
    else:
        pp_text = (f"The {req} requested would be on hold until the points marked “Must change” are put right; "
                   f"then {money(pp.allowed)} could be released." if req else
                   "No PP+ amount is requested, and the points marked “Must change” would need to be put right "
                   "before any PP+ could be released.")
    notes = [] if manual else [plain(n) for n in pp.notes if "withhold_on" not in n and "withheld while" not in n]
    return {"grade": label, "css": css, "manual": manual, "text": text, "pp": pp_text,
            "pp_notes": [n for n in notes if n and not _CODE.search(n)],
            "counts": {"must": n_must, "should": n_should, "advice": n_adv},
            "count_line": _count_line(n_must, n_should, n_adv)}


def _count_line(must: int, should: int, advice: int) -> str:
    """'2 points must change before you send it; 5 should change; 1 is worth considering.' (nothing said of zeros)"""
    if not (must or should or advice):
        return "We found nothing to change."
    bits = []
    head = (f"{must} point{'s' if must != 1 else ''} must change before you send it" if must
            else "Nothing has to change before you send it")
    if should:
        bits.append(f"{should} should change")
    if advice:
        bits.append(f"{advice} {'is' if advice == 1 else 'are'} worth considering")
    if not must and bits:
        bits[0] = f"{bits[0].split(' ', 1)[0]} point{'s' if (should or advice) != 1 else ''} " + bits[0].split(' ', 1)[1]
    return head + ("; " + "; ".join(bits) if bits else "") + "."


def _n(n: int, word: str) -> str:
    words = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine"}
    return f"{words.get(n, str(n))} {word}{'s' if n != 1 else ''}"


def _group_of(section: Optional[str]) -> tuple[str, str]:
    for gid, title, secs in GROUPS:
        if section in secs:
            return gid, title
    return OTHER


def _place(f: Finding) -> tuple[str, Any]:
    """Where in the PEP a finding points: (section, item number) or (section, field) when it has no item."""
    loc = f.location
    if loc.item is not None:
        return loc.section or "", loc.item
    fld = re.sub(r"\[\d+\]", "", loc.field or "")
    if (loc.section or "") == "sections" or fld.startswith("sections."):
        fld = ".".join(fld.split(".")[:2])
    elif loc.section in ("targets", "previous_targets", "pp_plus"):
        fld = fld.split(".")[0]
    return loc.section or "", fld or loc.section or ""


def _place_label(section: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{ITEM_WORDS.get(section, 'Item')} {key}"
    return FIELD_LABELS.get(key) or FIELD_LABELS.get(section) or SECTION_LABELS.get(section) or \
        str(key).replace("_", " ").replace(".", ": ").capitalize()


def _first_sentence(msg: str) -> tuple[str, str]:
    parts = sentences(msg)
    return (parts[0], " ".join(parts[1:])) if len(parts) > 1 else (msg, "")


def _explain(code: str) -> dict[str, str]:
    from ..checks.registry import find_check

    c = find_check(code)
    if c is None:
        return {"code": code, "title": "", "rationale": "", "good": "", "source": ""}
    return {"code": c.code, "name": c.name, "title": c.title, "rationale": " ".join(c.rationale.split()),
            "good": " ".join(c.good.split()), "source": c.source}


def grouped(pep: PEP, findings: list[Finding]) -> list[dict[str, Any]]:
    """The school's findings by group and place, in the PEP's order, each place quoting the PEP."""
    from ..checks.registry import find_check

    places: dict[tuple[str, Any], list[Finding]] = {}
    for f in findings:
        places.setdefault(_place(f), []).append(f)
    order = {gid: i for i, (gid, _t, _s) in enumerate(GROUPS)}
    order[OTHER[0]] = len(GROUPS)
    sec_rank = {s: i for _g, _t, secs in GROUPS for i, s in enumerate(secs)}
    groups: dict[str, dict[str, Any]] = {}
    why_given: set[str] = set()
    own_words = " ".join(_strings(pep.model_dump(exclude={"provenance", "parts", "read_notes"}))).lower()
    for (section, key) in sorted(places, key=lambda k: (order[_group_of(k[0])[0]], sec_rank.get(k[0], 99),
                                                         isinstance(k[1], int), k[1] if isinstance(k[1], int) else 0,
                                                         str(k[1]))):
        fs = sorted(places[(section, key)], key=lambda f: (-f.severity.rank, f.code))
        gid, title = _group_of(section)
        # The quote: the text field most findings here point at, with each located piece of evidence marked.
        fields: dict[str, list[tuple[int, int]]] = {}
        for f in fs:
            if f.location.field and isinstance(field_value(pep, f.location.field), str):
                _t, span = context_text(pep, f)
                spans = fields.setdefault(f.location.field, [])
                if span:
                    spans.append(span)
        quote, quoted_field = None, None
        if fields:
            quoted_field = max(fields, key=lambda k: (len(fields[k]), k.endswith((".text", ".description")), -len(k)))
            text = field_value(pep, quoted_field)
            spans = [sp for sp in fields[quoted_field] if sp[1] - sp[0] < 0.9 * len(text)]
            quote = highlighted(text, spans, None, limit=420)
        qtext = "".join(s["t"] for s in quote or []).lower()
        firsts = [_first_sentence(plain(f.message))[0] for f in fs]
        shared = next((s for s in firsts if firsts.count(s) > 1), None)
        points, seen_sugg, seen_ev = [], set(), set()
        for f, first in zip(fs, firsts):
            msg = plain(f.message)
            text = _first_sentence(msg)[1] if shared and first == shared else msg
            ev = f.evidence
            probe = (ev or "").strip(" .…").lower()[:60]
            evidence = None if not ev or probe in qtext or ev in seen_ev else ev
            seen_ev.add(ev or "")
            # Evidence found in the PEP's own text is quoted and marked; a check's own summary of what it saw is not.
            quoted = bool(evidence) and evidence.strip(" .…").lower() in own_words
            check = find_check(f.code)
            w = why(check.rationale) if check is not None and f.code not in why_given else ""
            why_given.add(f.code)
            sugg = plain(f.suggestion) if f.suggestion else ""
            if sugg in seen_sugg:
                sugg = ""
            seen_sugg.add(sugg)
            css, words = LEVELS[f.severity.value]
            points.append({"level": css, "level_words": words, "title": check.title if check else f.name,
                           "text": text, "evidence": evidence, "quoted": quoted, "why": w, "suggestion": sugg,
                           "explain": _explain(f.code)})
        g = groups.setdefault(gid, {"id": gid, "title": title, "places": [],
                                     "counts": {"must": 0, "should": 0, "advice": 0}})
        for p in points:
            g["counts"][p["level"]] += 1
        n = len(g["places"]) + 1
        g["places"].append({"id": f"{gid}-{n}", "label": _place_label(section, key), "quote": quote,
                            "summary": shared, "points": points,
                            "worst": points[0]["level"] if points else "advice"})
    return sorted(groups.values(), key=lambda g: order[g["id"]])


def _strings(node: Any):
    """Every text value in a dumped PEP: what counts as "the PEP's own words"."""
    if isinstance(node, str):
        yield " ".join(node.split())
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


def build_view(pep: PEP, findings: list[Finding], verdict, policy) -> dict[str, Any]:
    """Everything the result page shows, JSON-ready (it is built in a worker process and sent back)."""
    from ..render.letters import letter_context

    school = school_findings(findings)
    letter = letter_context(pep, school, verdict, policy)  # None when the PEP needs reading by hand
    strengths = [s for s in (letter or {}).get("strengths", []) if s.get("key") != "thanks"]
    kinds = ["feedback.docx", "feedback.pdf"] if letter is not None else []
    return {
        "downloads": kinds + ["clean-pep.docx", "clean-pep.pdf"],
        "outlook": outlook(verdict, school),
        "read": what_was_read(pep),
        "strengths": strengths,
        "groups": grouped(pep, school),
        "child": pep.child.first_name or "the child",
    }
