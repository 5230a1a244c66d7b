"""Clean PEP documents: the parsed PEP laid out in one clear, consistent format (PDF and DOCX).

Whatever layout a PEP arrived in (Word form, ePEP export, meeting record, JSON), the clean PEP
shows it in the guidance's order: child and school; meeting and attendees; social worker;
designated teacher (attainment, attendance, SEN and wellbeing, previous targets, new SMART
targets, PP+); pupil voice; aspirations; Virtual School; quality assurance. Missing values read
"Not recorded", so a gap is visible rather than silently blank.

``redact=True`` removes names and identifiers: the child becomes initials, adults their role,
the child ID a pseudonym (or "[removed]" without a key), the date of birth and the date entered care
the year only; the quasi-identifiers a child could be picked out by (legal status, gender, ethnicity,
the school's name and URN) are removed; every name the PEP records is removed wherever it appears,
and names in free text by the rules in :mod:`pepqa.anonymise` (friends listed together go together).

Every clean PEP carries a protective marking at the head of each page: the source's marking when the
PEP model holds one (``protective_marking``), else OFFICIAL-SENSITIVE, since a PEP holds the child's
name, date of birth, ethnicity and legal status.

The PDF (HTML template ``pep.html.j2``) and the DOCX (Word template ``pep.docx``) are built from the
same section structure (:func:`pep_context`), so they never disagree.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from ..anonymise import initials, pseudonym
from ..model import PEP, Role
from .common import Redactor, term_label
from .engine import NOT_RECORDED, authority, engine, long_date, money, policy_logo, shown

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"
REMOVED = "[removed]"
_ROLE_LABEL = {r: r.value.replace("_", " ").capitalize() for r in Role}
_ROLE_LABEL.update({Role.senco: "SENCo", Role.iro: "IRO", Role.virtual_school: "Virtual School"})
_YEAR = {-1: "Nursery", 0: "Reception"}
_SECTION_ROLE = {"social_worker": "Social worker", "designated_teacher": "Designated teacher",
                 "pupil_voice": "Designated teacher", "virtual_school": "Virtual School", "qa": "Virtual School"}


def _fields(rows: list[tuple[str, Any]]) -> dict[str, Any]:
    return {"kind": "fields", "rows": [[k, shown(v)] for k, v in rows]}


def _table(headers: list[str], rows: list[list[Any]], empty: str, caption: str = "",
           widths: Optional[list[float]] = None) -> dict[str, Any]:
    return {"kind": "table", "headers": headers, "rows": [[shown(c) for c in r] for r in rows], "empty": empty,
            "caption": caption, "widths": widths}


def _text(label: str, text: Optional[str]) -> dict[str, Any]:
    return {"kind": "text", "label": label, "text": text or NOT_RECORDED}


def _sub(text: str) -> dict[str, Any]:
    return {"kind": "subheading", "text": text}


def pep_context(pep: PEP, redact: bool = False, key: Optional[bytes] = None, policy=None) -> dict[str, Any]:
    """The clean PEP as sections of blocks (fields, tables, text), JSON-ready and shared by PDF and DOCX."""
    red: Callable[[Optional[str]], Optional[str]] = Redactor(pep, "anonymise") if redact else (lambda t: t)
    c, s = pep.child, pep.school
    roles = {a.name: (a.role_text or _ROLE_LABEL[a.role]) for a in pep.attendees if a.name}

    def person(name: Optional[str], role: Optional[str] = None) -> Optional[str]:
        if not name:
            return None
        if not redact:
            return name
        return f"[{roles.get(name) or role or 'name removed'}]"

    if redact:
        child_name = initials(c.name) if c.name else None
        child_id = (pseudonym(pep, key) if key else REMOVED) if (c.identifier or c.name) else None
        dob = str(c.date_of_birth.year) + " (year only)" if c.date_of_birth else None
        entered = str(c.date_entered_care.year) + " (year only)" if c.date_entered_care else None
        quasi = {k: (REMOVED if v else None) for k, v in (("legal", c.legal_status), ("gender", c.gender),
                                                         ("ethnicity", c.ethnicity), ("school", s.name),
                                                         ("urn", s.urn))}
    else:
        child_name, child_id, dob = c.name, c.identifier, long_date(c.date_of_birth) if c.date_of_birth else None
        entered = c.date_entered_care
        quasi = {"legal": c.legal_status, "gender": c.gender, "ethnicity": c.ethnicity, "school": s.name,
                 "urn": s.urn}
    year = _YEAR.get(c.year_group, f"Year {c.year_group}") if c.year_group is not None else None

    def signoff(key_: str) -> dict[str, Any]:
        sec = pep.sections.get(key_)
        if sec is None:
            return _fields([("Section completed", None), ("Signed off by", None), ("Date signed", None)])
        return _fields([("Section completed", sec.completed),
                        ("Signed off by", person(sec.signed_by, _SECTION_ROLE.get(key_))), ("Date signed", sec.signed_date)])

    sections: list[dict[str, Any]] = []
    sections.append({"title": "Child and school", "blocks": [_fields([
        ("Child", child_name), ("Child ID", child_id), ("Date of birth", dob), ("Year group", year),
        ("Key stage", c.key_stage), ("Legal status", quasi["legal"]), ("Entered care", entered),
        ("Gender", quasi["gender"]), ("Ethnicity", quasi["ethnicity"]), ("School", quasi["school"]),
        ("School type", s.type_text or (s.type.value.replace("_", " ") if s.type else None)), ("URN", quasi["urn"]),
    ])]})
    att_rows = [[person(a.name, _ROLE_LABEL[a.role]) if not redact else "[removed]", a.role_text or _ROLE_LABEL[a.role],
                 {True: "Present", False: "Apologies / written contribution", None: None}[a.attended]]
                for a in pep.attendees]
    sections.append({"title": "Meeting and attendees", "blocks": [
        _fields([("Term", term_label(pep) if pep.term or pep.academic_year else None), ("Meeting date", pep.meeting_date),
                 ("Completed", pep.completed_date), ("Next PEP meeting", pep.next_pep_date)]),
        _table(["Name", "Role", "Attended"], att_rows, "No attendees recorded.", widths=[6.0, 5.5, 5.7]),
    ]})
    sections.append({"title": "Social worker (Section A)", "blocks": [signoff("social_worker")]})

    dt: list[dict[str, Any]] = [signoff("designated_teacher")]
    dt.append(_sub("Attainment and progress"))
    dt.append(_table(["Subject", "Current", "Expected", "Progress"],
                     [[r.subject, r.current, r.expected, r.progress] for r in pep.attainment],
                     "No attainment recorded.", widths=[3.8, 4.2, 4.2, 5.0]))
    dt.append(_sub("Attendance and exclusions"))
    dt.append(_fields([
        ("Attendance", f"{pep.attendance_percent:g}%" if pep.attendance_percent is not None else None),
        ("Part-time timetable", pep.part_time_timetable), ("Alternative provision", red(pep.alternative_provision)),
        ("Provision review date", pep.provision_review_date),
    ]))
    dt.append(_table(["Kind", "Date", "Days", "Reason", "Support planned"],
                     [[e.kind, e.date, f"{e.days:g}" if e.days is not None else None, red(e.reason), red(e.support)]
                      for e in pep.exclusions],
                     "No suspensions or exclusions recorded.", caption="Suspensions and exclusions",
                     widths=[2.4, 2.8, 1.4, 5.0, 5.6]))
    dt.append(_sub("SEN and wellbeing"))
    sen = {"none": "No SEN", "sen_support": "SEN support", "ehcp": "EHCP"}.get(pep.sen_status.value) \
        if pep.sen_status else None
    dt.append(_fields([("SEN status", sen), ("SEN needs and provision", red(pep.sen_details)),
                       ("SDQ score", pep.sdq_score), ("Health and wellbeing", red(pep.wellbeing))]))
    dt.append(_sub("Review of previous targets"))
    dt.append(_table(["#", "Area", "Target", "Outcome and evidence", "Status"],
                     [[p.number or i + 1, p.area, red(p.text), red(p.outcome),
                       p.status.value.replace("_", " ") if p.status else None]
                      for i, p in enumerate(pep.previous_targets)],
                     "No previous targets recorded.", widths=[0.8, 2.2, 5.4, 6.4, 2.4]))
    dt.append(_sub("New SMART targets"))
    dt.append(_table(["#", "Area", "Target", "Actions", "Success criteria", "Who", "By when"],
                     [[t.number or i + 1, (t.area or NOT_RECORDED) + (f" ({t.term.value} term)" if t.term else ""),
                       red(t.text), red(t.actions), red(t.success_criteria), red(t.who), t.by_when]
                      for i, t in enumerate(pep.targets)],
                     "No targets recorded.", widths=[0.7, 2.3, 3.8, 3.2, 3.2, 2.2, 2.0]))
    dt.append(_sub("Pupil Premium Plus (PP+)"))
    dt.append(_table(["#", "What it buys", "Target", "Cost", "Intended impact"],
                     [[sp.number or i + 1, red(sp.description), sp.target_ref,
                       (sp.cost_text if sp.cost_text else (money(sp.cost) if sp.cost is not None else None)),
                       red(sp.intended_impact)] for i, sp in enumerate(pep.pp_spend)],
                     "No PP+ spend recorded.", widths=[0.8, 5.0, 2.0, 3.6, 5.8]))
    dt.append(_fields([("Total PP+ requested", money(pep.pp_requested) if pep.pp_requested is not None else None),
                       ("Impact of last term's PP+", red(pep.pp_impact_review))]))
    if pep.transition or (c.year_group is not None and c.year_group in (0, 6, 7, 11, 12)):
        dt.append(_sub("Transition"))
        dt.append(_text("", red(pep.transition)))
    sections.append({"title": "Designated teacher (Section B)", "blocks": dt})

    pv = pep.pupil_voice
    sections.append({"title": "Pupil voice (Section C)", "blocks": [
        _text("In the child's words", red(pv.text)),
        _fields([("Child attended the meeting", pv.child_attended),
                 ("Views captured by", person(pv.captured_by) if not redact else (red(pv.captured_by) if pv.captured_by else None)),
                 ("How the views were gathered", red(pv.captured_how))]),
        signoff("pupil_voice"),
    ]})
    sections.append({"title": "Aspirations and careers", "blocks": [_text("", red(pep.aspirations))]})
    sections.append({"title": "Virtual School (Section D)", "blocks": [
        _fields([("Risk of NEET indicator (RONI)", red(pep.roni))]), signoff("virtual_school")]})
    sections.append({"title": "Quality assurance (Section E)", "blocks": [signoff("qa")]})

    who = child_name or "child not named"
    title = f"Personal Education Plan: {who}" + (f", {term_label(pep)}" if pep.term or pep.academic_year else "")
    sub = [(quasi["school"] if redact else s.name) or "School not recorded"]
    if year:
        sub.append(year)
    if not redact and pep.source_file:
        sub.append(f"read from {Path(pep.source_file).name}" + (f" ({pep.layout})" if pep.layout else ""))
    missing = [k.replace("_", " ") for k in pep.parts if not pep.part_ok(k)]
    notes = []
    if missing:
        notes.append("Parts that could not be read from the file: " + ", ".join(missing) + ".")
    return {
        "title": title, "subtitle": " · ".join(sub), "sections": sections, "read_notes": notes,
        "redaction_note": ("Redacted copy: the child is shown by initials, adults by their role and other names "
                           "removed; the child's ID is replaced, only the years of birth and of entering care are "
                           "shown, and legal status, gender, ethnicity, the school and its URN are removed.")
        if redact else None,
        "marking": getattr(pep, "protective_marking", None) or DEFAULT_MARKING,
        "authority": authority(policy),
    }


def render_pep(pep: PEP, out_dir: Path, stem: str, policy=None, redact: bool = False, key: Optional[bytes] = None,
               templates: Optional[Path] = None, formats=("pdf", "docx")) -> list[Path]:
    from .docx_out import write_pep_docx

    ctx = pep_context(pep, redact=redact, key=key, policy=policy)
    eng = engine(templates, policy_logo(policy))
    return eng.write_documents(out_dir, stem, "pep.html.j2", ctx, write_pep_docx, formats)
