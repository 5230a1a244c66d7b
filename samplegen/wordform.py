"""A Liquidlogic / "plain Word form" style PEP, as a Virtual School receives it.

Why this layout: many authorities send PEPs as protected Word forms: Heading 1 sections A-E,
label/value tables of 2 and 4 columns, values held in content controls (``w:sdt``) or legacy
form fields (FORMTEXT), Yes/No answers as check boxes (Word 2010 ``w14`` and legacy
FORMCHECKBOX), and unfilled values left showing "Click here to enter text." / "Choose an item.".
These are exactly the things python-docx does not read, so the sample exercises the extractor.

``write(pep, path)`` returns the PEP a faithful reader should get back: a deep copy of the
input with anything the layout does not write set to None/empty, "as written" fields
(``role_text``, ``type_text``, ``cost_text``) set to the text written, and ``parts`` saying
which parts the layout has a heading for.

Layout notes
- A front page (personal details, education setting, meeting details, attendees) comes
  before Section A, as on Liquidlogic forms; section sign-offs ("Section completed",
  "Signed by", "Date signed") end each section A-E; in B and E they are a small table nested
  in the single cell of a one-cell table.
- One full-width shaded (merged) row opens the personal details table.
"""
from __future__ import annotations

import itertools
import random
import zlib
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from docx import Document as new_document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

from pepqa.labels import load_labels
from .content import expected_statuses
from pepqa.model import (
    PART_KEYS, PEP, SECTION_KEYS, OutcomeStatus, Phase, Role, SchoolType, Section, SENStatus, TargetTerm,
)
from pepqa.values import key_stage_for, parse_money, phase_for

TEXT_PLC = "Click here to enter text."
DATE_PLC = "Click here to enter a date."
CHOICE_PLC = "Choose an item."

# ---------------------------------------------------------------------------------------------
# Value formatting shared with samplegen.narrative

ROLE_TEXT = {
    Role.child: "Young person", Role.social_worker: "Social worker", Role.designated_teacher: "Designated teacher",
    Role.carer: "Foster carer", Role.parent: "Parent", Role.virtual_school: "Virtual School adviser",
    Role.senco: "SENCo", Role.iro: "Independent Reviewing Officer", Role.other: "Other",
}
SCHOOL_TYPE_TEXT = {
    SchoolType.mainstream: "Mainstream", SchoolType.special: "Special school",
    SchoolType.independent_special: "Independent special school", SchoolType.alternative_provision: "Alternative provision",
    SchoolType.early_years_setting: "Nursery", SchoolType.post16_provider: "Further education college",
}
STATUS_TEXT = {
    OutcomeStatus.achieved: "Achieved", OutcomeStatus.partly_achieved: "Partly achieved",
    OutcomeStatus.not_achieved: "Not achieved", OutcomeStatus.ongoing: "Ongoing",
}
TERM_TEXT = {TargetTerm.short: "Short term", TargetTerm.long: "Long term"}
SEN_OPTIONS = [(SENStatus.none, "None"), (SENStatus.sen_support, "SEN support"), (SENStatus.ehcp, "EHCP")]


def enum_text(v) -> str:
    """An enum's value (content factories may hold plain strings)."""
    return str(getattr(v, "value", v))


def blank(v) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def fmt_date(d: date | None, long: bool) -> str | None:
    if d is None:
        return None
    return f"{d.day} {d:%B %Y}" if long else f"{d:%d/%m/%Y}"


def fmt_year(n: int | None) -> str | None:
    if n is None:
        return None
    return "Nursery" if n < 0 else "Reception" if n == 0 else f"Year {n}"


def fmt_num(v: float | None) -> str | None:
    return None if v is None else f"{v:g}"


def fmt_money(v: float | None) -> str | None:
    return None if v is None else f"£{v:,.2f}"


def role_text(a) -> str:
    return a.role_text if not blank(a.role_text) else ROLE_TEXT[a.role]


def school_type_text(school) -> str | None:
    if not blank(school.type_text):
        return school.type_text
    return SCHOOL_TYPE_TEXT[school.type] if school.type is not None else None


def rng_for(pep: PEP, salt: str) -> random.Random:
    return random.Random(zlib.crc32(f"{salt}|{pep.child.name}|{pep.meeting_date}".encode()))


def none_blank(v):
    return None if blank(v) else v


# ---------------------------------------------------------------------------------------------
# Labels (each must match labels.toml [fields]; tests check it)

LABELS = {
    "child.name": ["Child's name", "Name of child", "Full name", "Young person's name", "Legal name"],
    "child.identifier": ["LCS ID", "Mosaic number", "Child ID", "UPN"],
    "child.date_of_birth": ["Date of birth", "DOB", "D.O.B"],
    "child.year_group": ["Year group", "NCY", "National curriculum year"],
    "child.key_stage": ["Key stage"],
    "child.legal_status": ["Legal status", "Care status", "Legal order"],
    "child.date_entered_care": ["Date entered care", "Date came into care", "Date became looked after"],
    "child.gender": ["Gender", "Sex"],
    "child.ethnicity": ["Ethnicity"],
    "school.name": ["Name of school", "School name", "Education provider", "Name of setting"],
    "school.type": ["Type of school", "School type", "Type of setting"],
    "school.urn": ["URN", "School URN", "DfE number"],
    "term": ["Term", "PEP term"],
    "academic_year": ["Academic year"],
    "meeting_date": ["Date of PEP meeting", "Meeting date", "Date of meeting", "PEP meeting date"],
    "completed_date": ["Date completed", "Date PEP completed", "Date submitted"],
    "next_pep_date": ["Date of next PEP", "Next PEP meeting", "Next PEP date"],
    "attendance_percent": ["Current attendance", "Attendance (%)", "Attendance this year", "Overall attendance"],
    "part_time_timetable": ["Is the child on a part-time timetable?", "Part-time timetable", "Reduced timetable"],
    "alternative_provision": ["Alternative provision details", "Details of alternative provision", "AP provider"],
    "provision_review_date": ["Timetable review date", "Provision review date"],
    "sen_status": ["SEN status", "SEND status"],
    "sen_details": ["Primary need", "Area of need", "SEN details"],
    "sdq_score": ["Latest SDQ score", "SDQ score", "SDQ total"],
    "wellbeing": ["Emotional wellbeing", "Emotional health and wellbeing"],
    "pupil_voice.text": ["Pupil's views (in their own words)"],
    "pupil_voice.child_attended": ["Did the child attend?", "Did the young person attend?"],
    "pupil_voice.captured_how": ["How views were gathered"],
    "pupil_voice.captured_by": ["Captured by", "Views recorded by"],
    "pupil_voice.previous_text": ["Views at last PEP", "Previous views"],
    "pp_requested": ["Total requested"],
    "pp_impact_review": ["Impact of last term's PP+"],
    "aspirations": ["Aspirations", "Career aspirations", "Future aspirations"],
    "transition": ["Transition plan", "Transition arrangements"],
    "roni": ["RONI score", "Risk of NEET indicator"],
    "section.completed": ["Section completed"],
    "section.signed_by": ["Signed by", "Signed off by"],
    "section.signed_date": ["Date signed", "Date signed off"],
}

HEADINGS = {
    "social_worker": "Section A – Social Worker Section",
    "designated_teacher": "Section B – Designated Teacher Section",
    "pupil_voice": "Section C – Young Person's Views",
    "virtual_school": "Section D – Virtual School",
    "qa": "Section E – Quality Assurance",
    "meeting": "Meeting details",
    "attendees": "Attendees",
    "child": "Personal details",
    "school": "Education setting",
    "attainment": "Attainment and progress",
    "attendance": "Attendance and exclusions",
    "sen": "Special educational needs",
    "previous_targets": "Review of previous targets",
    "targets": "SMART targets",
    "pp_plus": "Pupil Premium Plus (PP+) request",
    "aspirations": "Aspirations and careers",
}

LABEL_FILL = "E7E6E6"
HEADER_FILL = "D9E2F3"
BAND_FILL = "B4C6E7"


# ---------------------------------------------------------------------------------------------
# Raw XML pieces


class _Form:
    """Writes values into cells in a rotating mix of content controls, form fields and plain text."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._ids = itertools.count(rng.randint(100000, 900000))
        self._fields = itertools.count(1)
        self._modes = itertools.cycle(rng.sample(["sdt", "form", "plain"], 3))
        self._boxes = itertools.cycle(rng.sample(["w14", "legacy"], 2))

    def label(self, key: str) -> str:
        return self.rng.choice(LABELS[key])

    # -- text values ---------------------------------------------------------------------
    def value(self, cell, text: str | None, kind: str = "text", choices: list[str] | None = None,
              full_date: date | None = None):
        """Put ``text`` (None = unfilled) into a table cell."""
        p = cell.paragraphs[0]._p
        lines = [] if text is None else str(text).split("\n")
        if kind in ("date", "choice"):
            mode = "sdt"
        else:
            mode = next(self._modes)
            if mode == "plain" and len(lines) > 1:
                for i, line in enumerate(lines):
                    q = p if i == 0 else cell.add_paragraph()._p
                    q.append(_run(line))
                return
            if mode == "sdt" and len(lines) > 1 and self.rng.random() < 0.5:
                tc = cell._tc
                tc.insert(tc.index(p), self._block_sdt(lines))
                return
        if mode == "sdt":
            p.append(self._run_sdt(lines if text is not None else None, kind, choices, full_date))
        elif mode == "form":
            for el in self._formtext(lines if text is not None else None):
                p.append(el)
        else:
            p.append(_run(TEXT_PLC if text is None else text))

    def _sdt_pr(self, showing: bool, kind: str, choices, full_date) -> str:
        out = f'<w:sdtPr><w:id w:val="{next(self._ids)}"/>'
        out += '<w:placeholder><w:docPart w:val="DefaultPlaceholder_1081868574"/></w:placeholder>'
        if showing:
            out += "<w:showingPlcHdr/>"
        if kind == "date":
            fd = f' w:fullDate="{full_date.isoformat()}T00:00:00Z"' if full_date else ""
            out += (f'<w:date{fd}><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
                    '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        elif kind == "choice":
            items = "".join(f"<w:listItem w:displayText={quoteattr(c)} w:value={quoteattr(c)}/>" for c in choices or [])
            out += f'<w:dropDownList><w:listItem w:displayText="{CHOICE_PLC}" w:value=""/>{items}</w:dropDownList>'
        else:
            out += '<w:text w:multiLine="1"/>'
        return out + "</w:sdtPr>"

    def _run_sdt(self, lines, kind, choices, full_date):
        showing = lines is None
        if showing:
            plc = DATE_PLC if kind == "date" else CHOICE_PLC if kind == "choice" else TEXT_PLC
            content = _run_xml(plc, style="PlaceholderText")
        else:
            content = "".join(_run_xml(line, br_before=i > 0) for i, line in enumerate(lines))
        xml = (f"<w:sdt {nsdecls('w')}>{self._sdt_pr(showing, kind, choices, full_date)}"
               f"<w:sdtContent>{content}</w:sdtContent></w:sdt>")
        return parse_xml(xml)

    def _block_sdt(self, lines):
        paras = "".join(f"<w:p>{_run_xml(line)}</w:p>" for line in lines)
        return parse_xml(f"<w:sdt {nsdecls('w')}>{self._sdt_pr(False, 'text', None, None)}"
                         f"<w:sdtContent>{paras}</w:sdtContent></w:sdt>")

    def _formtext(self, lines):
        n = next(self._fields)
        begin = (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text{n}"/><w:enabled/>'
                 '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>')
        out = [parse_xml(begin),
               parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'),
               parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>')]
        if lines is None:
            shown = "\u2002" * 5 if self.rng.random() < 0.5 else TEXT_PLC
            out.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:noProof/></w:rPr>'
                                 f'<w:t xml:space="preserve">{escape(shown)}</w:t></w:r>'))
        else:
            for i, line in enumerate(lines):
                out.append(parse_xml(_run_xml(line, br_before=i > 0, decl=True, no_proof=True)))
        out.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
        return out

    # -- check boxes ---------------------------------------------------------------------
    def checks(self, cell, options: list[tuple[str, bool]]):
        """Check boxes before their labels, e.g. ☒ Yes ☐ No; one style per group."""
        p = cell.paragraphs[0]._p
        style = next(self._boxes)
        for i, (label, on) in enumerate(options):
            for el in (self._w14_box(on) if style == "w14" else self._legacy_box(on)):
                p.append(el)
            p.append(_run(f" {label}" + ("   " if i < len(options) - 1 else "")))

    def yes_no(self, cell, value: bool | None):
        self.checks(cell, [("Yes", value is True), ("No", value is False)])

    def _w14_box(self, on: bool):
        glyph = "☒" if on else "☐"
        xml = (f"<w:sdt {nsdecls('w', 'w14')}><w:sdtPr><w:id w:val=\"{next(self._ids)}\"/>"
               f"<w14:checkbox><w14:checked w14:val=\"{1 if on else 0}\"/>"
               '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
               '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
               '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
               f'w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
        return [parse_xml(xml)]

    def _legacy_box(self, on: bool):
        n = next(self._fields)
        # Word writes the state as w:default, overridden by w:checked once toggled: use both forms.
        state = ('<w:default w:val="1"/>' if self.rng.random() < 0.5 else '<w:default w:val="0"/><w:checked/>') if on \
            else ('<w:default w:val="0"/>' if self.rng.random() < 0.5 else '<w:default w:val="1"/><w:checked w:val="0"/>')
        out = [parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{n}"/>'
                         f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{state}</w:checkBox>'
                         '</w:ffData></w:fldChar></w:r>'),
               parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>')]
        if self.rng.random() < 0.5:
            out.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
        out.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
        return out


def _run_xml(text: str, style: str | None = None, br_before: bool = False, decl: bool = False,
             no_proof: bool = False, bold: bool = False) -> str:
    rpr = ""
    if style or no_proof or bold:
        rpr = "<w:rPr>" + (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if bold else "") + \
              ("<w:noProof/>" if no_proof else "") + "</w:rPr>"
    ns = f" {nsdecls('w')}" if decl else ""
    br = "<w:br/>" if br_before else ""
    return f'<w:r{ns}>{rpr}{br}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _run(text: str, bold: bool = False):
    return parse_xml(_run_xml(text, decl=True, bold=bold))


def _shade(cell, fill: str):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _label_cell(cell, text: str):
    cell.paragraphs[0]._p.append(_run(text, bold=True))
    _shade(cell, LABEL_FILL)


# ---------------------------------------------------------------------------------------------
# The writer


class _Writer:
    def __init__(self, pep: PEP, rng: random.Random):
        self.pep = pep
        self.rng = rng
        self.f = _Form(rng)
        self.doc = new_document()
        self._setup()

    def _setup(self):
        doc = self.doc
        normal = doc.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(10)
        st = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        sec = doc.sections[0]
        sec.header.paragraphs[0].text = "OFFICIAL – SENSITIVE (when complete)"
        sec.footer.paragraphs[0].text = "Personal Education Plan – confidential – do not forward"

    def date_text(self, d: date | None) -> str | None:
        return fmt_date(d, long=self.rng.random() < 0.5)

    def heading(self, key: str, level: int):
        self.doc.add_heading(HEADINGS[key], level)

    def table(self, cols: int):
        t = self.doc.add_table(rows=0, cols=cols)
        t.style = "Table Grid"
        return t

    # A label/value row writer: ("text", key, value) | ("date", key, date) | ("choice", key, value, choices)
    # | ("yesno", key, bool) | ("checks", key, [(label, on)]) | ("raw", label, value)
    def _put(self, label_cell, value_cell, item):
        kind, key = item[0], item[1]
        label = key if kind == "raw" else self.f.label(key)
        _label_cell(label_cell, label)
        if kind in ("text", "raw"):
            self.f.value(value_cell, none_blank(item[2]))
        elif kind == "date":
            d = item[2]
            if self.rng.random() < 0.6:
                self.f.value(value_cell, self.date_text(d), kind="date", full_date=d)
            else:
                self.f.value(value_cell, self.date_text(d))
        elif kind == "choice":
            self.f.value(value_cell, none_blank(item[2]), kind="choice", choices=item[3])
        elif kind == "yesno":
            self.f.yes_no(value_cell, item[2])
        elif kind == "checks":
            self.f.checks(value_cell, item[2])

    def kv2(self, items, table=None):
        t = table or self.table(2)
        for item in items:
            row = t.add_row()
            self._put(row.cells[0], row.cells[1], item)
        return t

    def kv4(self, items, band: str | None = None):
        t = self.table(4)
        if band:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[3])
            merged.paragraphs[0]._p.append(_run(band, bold=True))
            _shade(merged, BAND_FILL)
        for i in range(0, len(items), 2):
            row = t.add_row()
            self._put(row.cells[0], row.cells[1], items[i])
            if i + 1 < len(items):
                self._put(row.cells[2], row.cells[3], items[i + 1])
        return t

    def grid(self, headers: list[str], rows: list[list[str | None]]):
        t = self.table(len(headers))
        hdr = t.add_row()
        for c, h in zip(hdr.cells, headers):
            c.paragraphs[0]._p.append(_run(h, bold=True))
            _shade(c, HEADER_FILL)
        for values in rows:
            row = t.add_row()
            for c, v in zip(row.cells, values):
                if v is not None:
                    lines = str(v).split("\n")
                    c.paragraphs[0]._p.append(_run(lines[0]))
                    for line in lines[1:]:
                        c.add_paragraph(line)
        return t

    def signoff(self, key: str, nested: bool, table=None):
        s = self.pep.sections.get(key) or Section()
        items = [("yesno", "section.completed", s.completed), ("text", "section.signed_by", s.signed_by),
                 ("date", "section.signed_date", s.signed_date)]
        if not nested:
            return self.kv2(items, table)
        outer = self.table(1)
        cell = outer.add_row().cells[0]
        cell.paragraphs[0]._p.append(_run("Declaration: I confirm this section is complete and accurate.", bold=True))
        inner = cell.add_table(rows=0, cols=2)
        inner.style = "Table Grid"
        self.kv2(items, inner)
        return outer


def expected_copy(pep: PEP) -> PEP:
    """Deep copy with rows a reader cannot see (blank name/subject/text/description) dropped."""
    exp = pep.model_copy(deep=True)
    exp.attendees = [a for a in exp.attendees if not blank(a.name)]
    exp.attainment = [r for r in exp.attainment if not blank(r.subject)]
    exp.previous_targets = [t for t in exp.previous_targets if not blank(t.text)]
    exp.targets = [t for t in exp.targets if not blank(t.text)]
    exp.pp_spend = [s for s in exp.pp_spend if not blank(s.description)]
    return exp


def finish_expected(exp: PEP, path: Path, layout: str, headings: set[str]) -> PEP:
    """What the reader derives or reports: key stage and phase from the year group, blank text as None."""
    c = exp.child
    if c.year_group is not None:
        c.key_stage = none_blank(c.key_stage) or key_stage_for(c.year_group)
        c.phase = Phase(phase_for(c.year_group))
    else:
        c.phase = None
    if exp.school.type is None and exp.school.type_text:
        exp.school.type = load_labels().match_value("school_type", exp.school.type_text)
    for obj, fields in ((exp.child, ("name", "identifier", "key_stage", "legal_status", "gender", "ethnicity")),
                        (exp.school, ("name", "urn", "type_text")),
                        (exp, ("academic_year", "alternative_provision", "sen_details", "wellbeing", "pp_impact_review",
                               "aspirations", "transition", "roni")),
                        (exp.pupil_voice, ("text", "captured_how", "captured_by", "previous_text"))):
        for f in fields:
            setattr(obj, f, none_blank(getattr(obj, f)))
    for r in exp.attainment:
        r.current, r.expected, r.progress = none_blank(r.current), none_blank(r.expected), none_blank(r.progress)
    for e in exp.exclusions:
        e.reason, e.support = none_blank(e.reason), none_blank(e.support)
    for t in exp.previous_targets:
        t.area, t.outcome = none_blank(t.area), none_blank(t.outcome)
    for t in exp.targets:
        for f in ("area", "actions", "success_criteria", "who", "by_when"):
            setattr(t, f, none_blank(getattr(t, f)))
    for sl in exp.pp_spend:
        sl.target_ref, sl.intended_impact = none_blank(sl.target_ref), none_blank(sl.intended_impact)
        sl.cost_text = none_blank(sl.cost_text) or fmt_money(sl.cost)
        sl.cost = parse_money(sl.cost_text)  # the amount the written cost comes to
    exp.parts = {k: k in headings for k in PART_KEYS}
    exp.parts = expected_statuses(exp)
    exp.provenance = {}
    exp.read_notes = []
    exp.source_file, exp.source_format, exp.layout = str(path), "docx", layout
    return exp


def write(pep: PEP, path: Path) -> PEP:
    """Write ``pep`` as a Word-form PEP at ``path``; return the PEP a faithful reader gets back."""
    path = Path(path)
    exp = expected_copy(pep)
    rng = rng_for(pep, "wordform")
    w = _Writer(exp, rng)
    doc = w.doc
    c, s = exp.child, exp.school

    doc.add_heading("Personal Education Plan (PEP)", 0)
    doc.add_paragraph("This PEP is part of the child's care plan. Please complete every section electronically; "
                      "do not hand-write on printed copies.")

    # Front page: child, setting, meeting, attendees
    w.heading("child", 2)
    genders = ["Female", "Male", "Non-binary", "Prefer not to say"]
    w.kv4([("text", "child.name", c.name), ("text", "child.identifier", c.identifier),
           ("date", "child.date_of_birth", c.date_of_birth),
           ("choice", "child.year_group", fmt_year(c.year_group),
            ["Nursery", "Reception"] + [f"Year {n}" for n in range(1, 14)]),
           ("text", "child.key_stage", c.key_stage),
           ("choice", "child.gender", c.gender, genders + ([c.gender] if c.gender and c.gender not in genders else [])),
           ("text", "child.ethnicity", c.ethnicity)],
          band="To be completed by the child's social worker")
    w.heading("school", 2)
    exp.school.type_text = school_type_text(s)
    w.kv2([("text", "school.name", s.name), ("text", "school.type", exp.school.type_text),
           ("text", "school.urn", s.urn)])
    w.heading("meeting", 2)
    w.kv4([("choice", "term", enum_text(exp.term).capitalize() if exp.term else None, ["Autumn", "Spring", "Summer"]),
           ("text", "academic_year", exp.academic_year),
           ("date", "meeting_date", exp.meeting_date),
           ("date", "completed_date", exp.completed_date),
           ("date", "next_pep_date", exp.next_pep_date)])
    w.heading("attendees", 2)
    for a in exp.attendees:
        a.role_text = role_text(a)
    t = w.grid(["Name", "Role", "Attended?"],
               [[a.name, a.role_text, None if a.attended is None else ("Yes" if a.attended else "No")]
                for a in exp.attendees])
    for row, a in zip(t.rows[1:], exp.attendees):
        if a.attended is None:  # an unanswered drop-down
            w.f.value(row.cells[2], None, kind="choice", choices=["Yes", "No"])

    # Section A
    w.heading("social_worker", 1)
    t = w.kv2([("text", "child.legal_status", c.legal_status),
               ("date", "child.date_entered_care", c.date_entered_care)])
    w.signoff("social_worker", nested=False, table=t)

    # Section B
    w.heading("designated_teacher", 1)
    w.heading("attainment", 2)
    w.grid(["Subject", "Current", "Expected", "Progress"],
           [[r.subject, none_blank(r.current), none_blank(r.expected), none_blank(r.progress)] for r in exp.attainment])

    w.heading("attendance", 2)
    w.kv2([("text", "attendance_percent", None if exp.attendance_percent is None else f"{exp.attendance_percent:g}%"),
           ("yesno", "part_time_timetable", exp.part_time_timetable),
           ("text", "alternative_provision", exp.alternative_provision),
           ("date", "provision_review_date", exp.provision_review_date)])
    doc.add_paragraph("Suspensions and exclusions this academic year:")
    w.grid(["Type", "Date", "Days", "Reason", "Support planned"],
           [[e.kind.capitalize(), w.date_text(e.date), fmt_num(e.days), none_blank(e.reason), none_blank(e.support)]
            for e in exp.exclusions])

    w.heading("sen", 2)
    w.kv2([("checks", "sen_status", [(lab, exp.sen_status == st) for st, lab in SEN_OPTIONS]),
           ("text", "sen_details", exp.sen_details),
           ("text", "sdq_score", None if exp.sdq_score is None else str(exp.sdq_score)),
           ("text", "wellbeing", exp.wellbeing)])

    w.heading("previous_targets", 2)
    for i, t_ in enumerate(exp.previous_targets, 1):
        t_.number = t_.number if t_.number is not None else i
    w.grid(["No.", "Area", "Target", "Outcome", "Status"],
           [[str(t_.number), none_blank(t_.area), t_.text, none_blank(t_.outcome), STATUS_TEXT.get(t_.status)]
            for t_ in exp.previous_targets])

    w.heading("targets", 2)
    for i, t_ in enumerate(exp.targets, 1):
        t_.number = t_.number if t_.number is not None else i
    w.grid(["No.", "Area", "SMART target", "Actions / strategies", "Success criteria", "Who", "By when",
            "Short / long term"],
           [[str(t_.number), none_blank(t_.area), t_.text, none_blank(t_.actions), none_blank(t_.success_criteria),
             none_blank(t_.who), none_blank(t_.by_when), TERM_TEXT.get(t_.term)] for t_ in exp.targets])

    w.heading("pp_plus", 2)
    for sl in exp.pp_spend:
        sl.number = None  # no number column in this layout
    w.grid(["Intervention", "Linked target", "Cost", "Intended impact"],
           [[sl.description, none_blank(sl.target_ref), none_blank(sl.cost_text) or fmt_money(sl.cost),
             none_blank(sl.intended_impact)] for sl in exp.pp_spend])
    w.kv2([("text", "pp_requested", fmt_money(exp.pp_requested)),
           ("text", "pp_impact_review", exp.pp_impact_review)])

    w.heading("aspirations", 2)
    w.kv2([("text", "aspirations", exp.aspirations), ("text", "transition", exp.transition)])
    w.signoff("designated_teacher", nested=True)

    # Section C
    w.heading("pupil_voice", 1)
    v = exp.pupil_voice
    t = w.kv2([("text", "pupil_voice.text", v.text), ("yesno", "pupil_voice.child_attended", v.child_attended),
               ("text", "pupil_voice.captured_how", v.captured_how), ("text", "pupil_voice.captured_by", v.captured_by),
               ("text", "pupil_voice.previous_text", v.previous_text)])
    w.signoff("pupil_voice", nested=False, table=t)

    # Section D
    w.heading("virtual_school", 1)
    t = w.kv2([("text", "roni", exp.roni)])
    w.signoff("virtual_school", nested=False, table=t)

    # Section E
    w.heading("qa", 1)
    w.signoff("qa", nested=True)

    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))

    exp.sections = {k: (exp.sections.get(k) or Section()).model_copy(deep=True) for k in SECTION_KEYS}
    for sec in exp.sections.values():
        sec.signed_by = none_blank(sec.signed_by)
    return finish_expected(exp, path, "wordform", set(HEADINGS))
