"""A typed narrative PEP meeting record in Word, as a social worker writes it.

Why this layout: many PEPs reach the Virtual School as plain typed notes, not forms: a title,
"Label: value" lines, a few headings, prose for the child's views, and targets written as
"Target 1 (English): ..." followed by "Actions: ...", "Who: ..." lines. There are no section
sign-offs, SDQ, RONI, identifiers or previous views: those come back as None.

``write(pep, path)`` returns the PEP a faithful reader should get back (see
:func:`samplegen.wordform.finish_expected`).
"""
from __future__ import annotations

import random
from pathlib import Path

from docx import Document as new_document
from docx.shared import Pt

from pepqa.model import PEP
from samplegen.wordform import (
    STATUS_TEXT, TERM_TEXT, blank, enum_text, expected_copy, finish_expected, fmt_date, fmt_money, fmt_num, fmt_year,
    none_blank, rng_for, role_text, school_type_text,
)

HEADINGS = {
    "child": "Child details",
    "school": "Education setting",
    "attendees": "Present at the meeting",
    "attainment": "Attainment and progress",
    "attendance": "Attendance",
    "sen": "Special educational needs",
    "pupil_voice": "My views",
    "previous_targets": "Review of previous targets",
    "targets": "Targets agreed",
    "pp_plus": "Pupil Premium Plus",
    "aspirations": "Aspirations",
}
TITLE = "PEP Meeting Record"  # also starts the 'meeting' part


class _Writer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.doc = new_document()
        normal = self.doc.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(11)
        self.long_dates = rng.random() < 0.7

    def date(self, d):
        return fmt_date(d, self.long_dates)

    def line(self, label: str, value) -> None:
        if not blank(value):
            self.doc.add_paragraph(f"{label}: {value}")

    def heading(self, key: str) -> None:
        self.doc.add_heading(HEADINGS[key], 1)

    def grid(self, headers, rows) -> None:
        t = self.doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            c.paragraphs[0].add_run(h).bold = True
        for values in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, values):
                if not blank(v):
                    c.text = str(v)


def _target_head(prefix: str, n: int, area: str | None, text: str) -> str:
    if area and "(" not in area and ")" not in area:
        return f"{prefix} {n} ({area}): {text}"
    if area and ":" not in area and len(area) <= 40:
        return f"{prefix} {n} – {area}: {text}"
    return f"{prefix} {n}: {text}"


def write(pep: PEP, path: Path) -> PEP:
    """Write ``pep`` as a narrative meeting record at ``path``; return the PEP a faithful reader gets back."""
    path = Path(path)
    exp = expected_copy(pep)
    rng = rng_for(pep, "narrative")
    w = _Writer(rng)
    doc = w.doc
    c, s = exp.child, exp.school

    doc.add_heading(TITLE, 0)
    w.line("Date of meeting", w.date(exp.meeting_date))
    if exp.term is not None:
        w.line("Term", enum_text(exp.term).capitalize() + (f" {exp.academic_year}" if not blank(exp.academic_year) else ""))
    else:
        w.line("Academic year", exp.academic_year)

    w.heading("child")
    w.line(rng.choice(["Child's name", "Name of young person", "Name"]), c.name)
    w.line("Date of birth", w.date(c.date_of_birth))
    w.line("Year group", fmt_year(c.year_group))
    w.line("Legal status", c.legal_status)
    w.line(rng.choice(["Date came into care", "Date entered care"]), w.date(c.date_entered_care))
    c.identifier = c.gender = c.ethnicity = None
    c.key_stage = None  # not written; the reader derives it from the year group

    w.heading("school")
    w.line("School", s.name)
    s.type_text = school_type_text(s)
    w.line("School type", s.type_text)
    s.urn = None

    w.heading("attendees")
    for a in exp.attendees:
        a.role_text = role_text(a)
        if a.attended is False:
            doc.add_paragraph(f"Apologies: {a.name} – {a.role_text}")
        else:
            doc.add_paragraph(f"{a.name} – {a.role_text}")
            a.attended = True  # listed as present

    w.heading("attainment")
    w.grid(["Subject", "Current", "Expected", "Progress"],
           [[r.subject, r.current, r.expected, r.progress] for r in exp.attainment])

    w.heading("attendance")
    w.line("Attendance", None if exp.attendance_percent is None else f"{exp.attendance_percent:g}%")
    if exp.part_time_timetable is not None:
        w.line("Part-time timetable", "Yes" if exp.part_time_timetable else "No")
    w.line("Alternative provision details", exp.alternative_provision)
    w.line("Timetable review date", w.date(exp.provision_review_date))
    if exp.exclusions:
        doc.add_paragraph("Suspensions this year are listed below.")
        w.grid(["Type", "Date", "Days", "Reason", "Support planned"],
               [[e.kind.capitalize(), w.date(e.date), fmt_num(e.days), e.reason, e.support] for e in exp.exclusions])

    w.heading("sen")
    sen_text = {"none": "None", "sen_support": "SEN support", "ehcp": "EHCP"}
    w.line("SEN status", sen_text[enum_text(exp.sen_status)] if exp.sen_status is not None else None)
    w.line("Primary need", exp.sen_details)
    w.line("Emotional wellbeing", exp.wellbeing)
    exp.sdq_score = None

    w.heading("pupil_voice")
    v = exp.pupil_voice
    for para in (v.text or "").split("\n"):
        if para.strip():
            doc.add_paragraph(para.strip())
    if v.child_attended is not None:
        w.line("Did the child attend", "Yes" if v.child_attended else "No")
    w.line("How views were gathered", v.captured_how)
    w.line("Views recorded by", v.captured_by)
    v.previous_text = None

    w.heading("previous_targets")
    for i, t in enumerate(exp.previous_targets, 1):
        t.number, t.area = i, None
        doc.add_paragraph(f"Previous target {i}: {t.text}")
        w.line("Outcome", t.outcome)
        w.line("Status", STATUS_TEXT.get(t.status))

    w.heading("targets")
    for i, t in enumerate(exp.targets, 1):
        t.number = i
        doc.add_paragraph(_target_head("Target", i, none_blank(t.area), t.text))
        w.line("Actions", t.actions)
        w.line("Success criteria", t.success_criteria)
        w.line("Who", t.who)
        w.line("By when", t.by_when)
        w.line("Short or long term", TERM_TEXT.get(t.term))

    w.heading("pp_plus")
    for sl in exp.pp_spend:
        sl.number = None
    if exp.pp_spend:
        w.grid(["Description", "Target", "Cost", "Impact"],
               [[sl.description, sl.target_ref, none_blank(sl.cost_text) or fmt_money(sl.cost), sl.intended_impact]
                for sl in exp.pp_spend])
    w.line("Total requested", fmt_money(exp.pp_requested))
    w.line("Impact of last term's PP+", exp.pp_impact_review)

    w.heading("aspirations")
    for para in (exp.aspirations or "").split("\n"):
        if para.strip():
            doc.add_paragraph(para.strip())
    w.line("Transition plan", exp.transition)
    w.line("Next PEP date", w.date(exp.next_pep_date))

    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))

    exp.sections = {}
    exp.completed_date = None
    exp.roni = None
    headings = set(HEADINGS) | {"meeting"}
    return finish_expected(exp, path, "narrative", headings)
