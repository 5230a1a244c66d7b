"""An "ePEP Online"-style PDF export of a PEP, for tests, benchmarks and demos.

``write(pep, path)`` lays the PEP out the way a web ePEP platform prints it: a running header
and an "OFFICIAL-SENSITIVE · Page N of M" footer on every page, fifteen numbered sections in
bold, single values as "Label: value" lines or ruled two-/four-column label/value tables,
ruled tables (header row repeated over page breaks) for attendees, attainment, exclusions,
previous targets, SMART targets and the PP+ spend, and realistic narrative paragraphs
(social worker, designated teacher, meeting discussion, virtual school) derived
deterministically from the PEP so that a full PEP runs to 8-15 pages.

It returns the PEP a faithful reader should get back from the file: a deep copy of the input
with anything not written set to ``None`` / empty, strings as written (whitespace collapsed,
characters outside the PDF base fonts' WinAnsi set transliterated), enums re-derived through
``labels.toml`` from the text actually written, ``parts`` set for every part key
(True when the layout has a heading for it) and no provenance.
"""
from __future__ import annotations

import random
import re
import unicodedata
import zlib
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from pepqa.labels import load_labels
from .content import expected_statuses
from pepqa.model import PART_KEYS, PEP, SECTION_KEYS, OutcomeStatus, Phase, Role, SchoolType, Section, Term
from pepqa.values import key_stage_for, parse_money, phase_for

HEADER_TEXT = "ePEP Online — Personal Education Plan"
FOOTER_TEXT = "OFFICIAL-SENSITIVE · Page {n} of {m}"

HEADINGS = {
    "child": "1. Child details",
    "meeting": "2. Meeting details",
    "attendees": "3. Attendees",
    "social_worker": "4. Social worker section",
    "designated_teacher": "5. Designated teacher section",
    "attainment": "6. Attainment and progress",
    "attendance": "7. Attendance and exclusions",
    "sen": "8. Special educational needs",
    "pupil_voice": "9. Pupil voice",
    "previous_targets": "10. Review of previous targets",
    "targets": "11. SMART targets",
    "pp_plus": "12. Pupil Premium Plus",
    "aspirations": "13. Aspirations and careers",
    "virtual_school": "14. Virtual school",
    "qa": "15. Quality assurance",
}
SCHOOL_SUBHEADING = "School details"

# Label wordings used for single values; every one must map back to its key via labels.toml
# (tests/test_pdf_extract.py checks this).
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "child.name": ("Name", "Child's name", "Full name", "Name of child"),
    "child.identifier": ("Child ID", "ePEP ID", "LCS ID", "Child reference"),
    "child.date_of_birth": ("Date of birth", "DOB"),
    "child.year_group": ("Year group", "NCY", "National curriculum year"),
    "child.key_stage": ("Key stage",),
    "child.legal_status": ("Legal status", "Care status"),
    "child.date_entered_care": ("Date entered care", "Date became looked after", "Date came into care"),
    "child.gender": ("Gender",),
    "child.ethnicity": ("Ethnicity",),
    "school.name": ("School name", "Name of school", "Name of setting"),
    "school.type": ("School type", "Type of school", "Type of setting"),
    "school.urn": ("URN", "DfE number", "School URN"),
    "term": ("Term", "PEP term"),
    "academic_year": ("Academic year",),
    "meeting_date": ("Date of PEP meeting", "Meeting date", "PEP meeting date"),
    "completed_date": ("Date completed", "Date submitted", "Date PEP completed"),
    "next_pep_date": ("Date of next PEP", "Next PEP date", "Next PEP meeting"),
    "attendance_percent": ("Attendance this year", "Current attendance", "Attendance percentage",
                           "Overall attendance"),
    "part_time_timetable": ("Is the child on a part-time timetable", "Part-time timetable", "Reduced timetable"),
    "alternative_provision": ("Alternative provision", "Alternative provision details",
                              "Details of alternative provision"),
    "provision_review_date": ("Timetable review date", "Provision review date", "AP review date"),
    "sen_status": ("SEN status", "SEND status", "SEN category"),
    "sen_details": ("Primary need", "SEN details", "Area of need"),
    "sdq_score": ("SDQ score", "Latest SDQ score", "SDQ total"),
    "wellbeing": ("Emotional wellbeing", "Emotional health and wellbeing", "Wellbeing"),
    "pupil_voice.captured_by": ("Captured by", "Views gathered by", "Views recorded by"),
    "pupil_voice.captured_how": ("How views were gathered", "How were the views gathered",
                                 "How views were captured"),
    "pupil_voice.child_attended": ("Did the child attend", "Did the child attend the meeting",
                                   "Did the young person attend"),
    "pupil_voice.previous_text": ("Views at last PEP", "Previous views"),
    "pp_requested": ("Total PP+ requested", "Total requested", "Amount requested"),
    "pp_impact_review": ("Impact of last term's PP+", "PP+ impact review", "Review of PP+ impact"),
    "aspirations": ("Aspirations", "Career aspirations", "Future aspirations"),
    "transition": ("Transition", "Transition plan", "Transition arrangements"),
    "roni": ("RONI score", "Risk of NEET indicator", "RONI"),
    "section.completed": ("Section completed",),
    "section.signed_by": ("Signed by", "Signed off by"),
    "section.signed_date": ("Date signed", "Date signed off"),
}

# Table header wordings: (table, column) -> variants; each must map back through labels.toml.
COLUMN_LABELS: dict[str, tuple[str, ...]] = {
    "attendees.name": ("Name",),
    "attendees.role": ("Role", "Role / relationship"),
    "attendees.attended": ("Attended", "Present"),
    "attainment.subject": ("Subject",),
    "attainment.current": ("Current", "Working at", "Current attainment"),
    "attainment.expected": ("Expected", "End of year target", "Expected by end of year"),
    "attainment.progress": ("Progress", "On track?", "Progress since last PEP"),
    "exclusions.kind": ("Type",),
    "exclusions.date": ("Date",),
    "exclusions.days": ("Days", "Number of days"),
    "exclusions.reason": ("Reason",),
    "exclusions.support": ("Support planned", "Support put in place"),
    "previous_targets.number": ("No.",),
    "previous_targets.area": ("Area", "Subject"),
    "previous_targets.text": ("Target", "Previous target"),
    "previous_targets.outcome": ("Outcome and evidence", "Progress made", "Outcome"),
    "previous_targets.status": ("Status", "Achieved?"),
    "targets.number": ("No.",),
    "targets.area": ("Area",),
    "targets.text": ("Target",),
    "targets.actions": ("Actions",),
    "targets.success_criteria": ("Success criteria",),
    "targets.who": ("Who",),
    "targets.by_when": ("By when",),
    "targets.term": ("Term",),
    "pp_spend.description": ("Intervention",),
    "pp_spend.target_ref": ("Linked target",),
    "pp_spend.cost": ("Cost",),
    "pp_spend.intended_impact": ("Intended impact",),
}

ROLE_TEXT = {
    Role.child: "Young person", Role.social_worker: "Social worker", Role.designated_teacher: "Designated teacher",
    Role.carer: "Foster carer", Role.parent: "Parent", Role.virtual_school: "Virtual school adviser",
    Role.senco: "SENCo", Role.iro: "IRO", Role.other: "Other",
}
STATUS_TEXT = {"achieved": "Achieved", "partly_achieved": "Partly achieved", "not_achieved": "Not achieved",
               "ongoing": "Ongoing"}
SCHOOL_TYPE_TEXT = {"mainstream": "Mainstream academy", "special": "Special school",
                    "independent_special": "Independent special school", "alternative_provision": "Alternative provision",
                    "early_years_setting": "Early years setting", "post16_provider": "FE college"}
SEN_TEXT = {"none": "None", "sen_support": "SEN support", "ehcp": "EHCP"}

# --------------------------------------------------------------------------------------------
# text helpers

_WS = re.compile(r"\s+")
_ACADEMIC_YEAR = re.compile(r"\b(20\d{2})\s*[-/–]\s*(?:20)?(\d{2})\b")


_TRANSLIT = {"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i", "Ħ": "H", "ħ": "h", "Ŀ": "L", "ŀ": "l",
             "‐": "-", "‑": "-", "−": "-", "′": "'", "″": '"'}


def _winansi(ch: str) -> str:
    """``ch`` if the base fonts' WinAnsi encoding has it, else a plain-letter stand-in."""
    try:
        ch.encode("cp1252")
        return ch
    except UnicodeEncodeError:
        base = _TRANSLIT.get(ch) or unicodedata.normalize("NFKD", ch).encode("cp1252", "ignore").decode("cp1252")
        return base or "?"


def clean(text: str | None) -> str | None:
    """The text as it will read back: whitespace collapsed, only characters the base fonts draw."""
    if text is None:
        return None
    t = _WS.sub(" ", text).strip()
    if not t.isascii():
        t = "".join(_winansi(c) for c in t)
        t = _WS.sub(" ", t).strip()
    return t or None


def _paras(text: str | None) -> list[str]:
    if not text:
        return []
    return [p for p in (clean(x) for x in re.split(r"\n\s*\n|\n", text)) if p]


def _d(v: date | None, rng: random.Random | None = None) -> str | None:
    if v is None:
        return None
    if rng is not None and rng.random() < 0.2:
        return f"{v.day} {v.strftime('%B')} {v.year}"
    return v.strftime("%d/%m/%Y")


def _yn(v: bool | None) -> str | None:
    if v is None:
        return None
    return "[X] Yes [ ] No" if v else "[ ] Yes [X] No"


def _year_text(y: int | None) -> str | None:
    if y is None:
        return None
    return {-1: "Nursery", 0: "Reception"}.get(y, f"Year {y}")


def _num(v: float | None) -> str | None:
    if v is None:
        return None
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


# --------------------------------------------------------------------------------------------
# a small, fast text engine (platypus Paragraph is too slow for 1,000 samples a minute)

_REG, _BOLD = "Helvetica", "Helvetica-Bold"
_BODY_SIZE, _BODY_LEAD = 10.5, 14
_CELL_SIZE, _CELL_LEAD = 8.5, 10.5
_PAD = 4  # cell padding, left and right
_GRID = colors.HexColor("#7a7a7a")
_HEAD_BG = colors.HexColor("#dde6f0")
_LABEL_BG = colors.HexColor("#f1f1f1")
_MARGIN = 16 * mm
_FRAME_PAD = 6  # platypus Frame padding
_BODY_W = A4[0] - 2 * _MARGIN - 2 * _FRAME_PAD
_FIELD_W = 0.3 * (A4[0] - 2 * _MARGIN - 2 * _FRAME_PAD) - 2 * _PAD  # narrowest place a single value may go

_WIDTHS: dict[tuple[str, str], float] = {}


def _w(word: str, font: str) -> float:
    """Width of ``word`` at size 1 (cached: the same words recur across thousands of samples)."""
    k = (word, font)
    v = _WIDTHS.get(k)
    if v is None:
        if len(_WIDTHS) > 200_000:
            _WIDTHS.clear()
        v = _WIDTHS[k] = stringWidth(word, font, 1.0)
    return v


def fit(text: str | None, width: float, size: float = _BODY_SIZE, font: str = _REG) -> str | None:
    """Break any word too wide for ``width`` into pieces (so nothing overflows a cell); the text as read back."""
    if not text:
        return text
    out = []
    for word in text.split(" "):
        if _w(word, font) * size <= width:
            out.append(word)
            continue
        piece = ""
        for ch in word:
            if piece and _w(piece + ch, font) * size > width:
                out.append(piece)
                piece = ""
            piece += ch
        out.append(piece)
    return " ".join(out)


def _wrap(tokens: list[tuple[str, str]], width: float, size: float) -> list[list[tuple[str, str]]]:
    """Greedy line breaking of (word, font) tokens; words are assumed to fit (see ``fit``)."""
    lines: list[list[tuple[str, str]]] = []
    line: list[tuple[str, str]] = []
    x = 0.0
    for tok in tokens:
        ww = _w(tok[0], tok[1]) * size
        if line:
            sp = _w(" ", tok[1]) * size
            if x + sp + ww > width:
                lines.append(line)
                line, x = [tok], ww
            else:
                line.append(tok)
                x += sp + ww
        else:
            line, x = [tok], ww
    if line:
        lines.append(line)
    return lines


def _cell_text(text: str | None, width: float, font: str = _REG) -> str:
    """A table cell's content as pre-wrapped lines (reportlab draws '\n'-separated strings fast)."""
    if not text:
        return ""
    lines = _wrap([(w, font) for w in text.split(" ")], width - 2 * _PAD, _CELL_SIZE)
    return "\n".join(" ".join(t for t, _ in ln) for ln in lines)


class _Text(Flowable):
    """Left-aligned wrapped text made of (word, font) tokens; splits across pages by lines."""

    def __init__(self, tokens, size=_BODY_SIZE, leading=_BODY_LEAD, space_before=0, space_after=6,
                 keep_with_next=0, color=None, lines=None):
        super().__init__()
        self.tokens, self.size, self.leading = tokens, size, leading
        self.spaceBefore, self.spaceAfter, self.keepWithNext = space_before, space_after, keep_with_next
        self.color = color
        self.lines = lines

    def wrap(self, aw, ah):
        if self.lines is None:
            self.lines = _wrap(self.tokens, aw, self.size)
        self.width = aw
        self.height = self.size + (len(self.lines) - 1) * self.leading + 0.3 * self.size
        return aw, self.height

    def split(self, aw, ah):
        if self.lines is None:
            self.wrap(aw, ah)
        n = int((ah - self.size - 0.3 * self.size) // self.leading) + 1
        if n < 1 or n >= len(self.lines):
            return []
        a = _Text(None, self.size, self.leading, self.spaceBefore, 0, 0, self.color, self.lines[:n])
        b = _Text(None, self.size, self.leading, 0, self.spaceAfter, self.keepWithNext, self.color, self.lines[n:])
        return [a, b]

    def draw(self):
        c = self.canv
        if self.color is not None:
            c.setFillColor(self.color)
        y = self.height - self.size
        for line in self.lines:
            x = 0.0
            run: list[str] = []
            font = line[0][1]
            for word, f in line:
                if f != font:
                    txt = " ".join(run) + " "
                    c.setFont(font, self.size)
                    c.drawString(x, y, txt)
                    x += _w(txt, font) * self.size if len(txt) < 40 else stringWidth(txt, font, self.size)
                    run, font = [], f
                run.append(word)
            c.setFont(font, self.size)
            c.drawString(x, y, " ".join(run))
            y -= self.leading


def _tokens(text: str, font: str = _REG) -> list[tuple[str, str]]:
    return [(w, font) for w in text.split(" ") if w]


class _NumberedCanvas(Canvas):
    """Defers page furniture to save() so every footer can say 'Page N of M'."""

    def __init__(self, *args, **kwargs):
        self._header_right = kwargs.pop("header_right", "")
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab API)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._furniture(total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _furniture(self, total: int) -> None:
        w, h = A4
        self.saveState()
        self.setFont("Helvetica", 8.5)
        self.setFillColor(colors.HexColor("#1f3a5f"))
        self.drawString(_MARGIN, h - 12 * mm, HEADER_TEXT)
        if self._header_right:
            self.drawRightString(w - _MARGIN, h - 12 * mm, self._header_right)
        self.setStrokeColor(colors.HexColor("#1f3a5f"))
        self.setLineWidth(0.6)
        self.line(_MARGIN, h - 13.8 * mm, w - _MARGIN, h - 13.8 * mm)
        self.setFillColor(colors.black)
        self.drawCentredString(w / 2, 10 * mm, FOOTER_TEXT.format(n=self._pageNumber, m=total))
        self.restoreState()


# --------------------------------------------------------------------------------------------
# narrative padding (deterministic, derived from the PEP; never carries a field value)

_SW_SENTENCES = (
    "{first} has lived with the current carers since the spring and the home is settled and stable.",
    "Family time with birth family takes place fortnightly at the family centre and {first} usually enjoys it.",
    "The care plan is for {first} to remain in long-term foster care with the current carers.",
    "There have been no changes of home or social worker since the last PEP meeting.",
    "The carers report that {first} has a good routine in the mornings and is ready for school on time.",
    "{first} attends a weekly youth club and has recently started swimming lessons at the leisure centre.",
    "The last health assessment was completed this term and no new health needs were identified.",
    "Dental and optician checks are up to date and were arranged by the carers.",
    "{first} has talked with me about friendships and says that most days are good days.",
    "I visit {first} every six weeks at home and we usually spend part of the visit talking about school.",
    "The independent reviewing officer has asked for this PEP to be shared before the next looked after review.",
    "The carers read with {first} most evenings and help with homework at the kitchen table.",
    "{first} sometimes finds changes to routine difficult and the carers prepare in advance for school trips.",
    "From a social care point of view the priority this term is stability at home and at {school}.",
    "I have no concerns about the support {first} receives at {school} and communication with the school is good.",
    "The carers would like more regular updates from school about homework and upcoming events.",
    "Life story work has started with the support of the family support worker and is going at {first}'s pace.",
    "{first} has told me that the favourite part of the week is the after-school club on a Thursday.",
    "Sleep has improved since the carers introduced a calmer bedtime routine with less screen time.",
    "{first} keeps in touch with an older sibling by video call every Sunday and this is important to {first}.",
    "Contact with the previous carers has continued at {first}'s request and is going well.",
    "The carers have attended training on supporting children who have experienced trauma.",
    "{first} can become worried before family time and the carers talk this through the evening before.",
    "Pocket money and independence skills are being built up gradually at home.",
    "I have shared the latest care plan with the designated teacher so that the school has current information.",
    "There are no court proceedings at present and the legal status is not expected to change.",
)
_DT_SENTENCES = (
    "{first} has settled well into {year} at {school} and has a good relationship with the class team.",
    "In English {first} is developing confidence with extended writing and now plans work before starting.",
    "In maths {first} is secure with number facts but still needs support with multi-step problems.",
    "Teachers report that {first} contributes well to class discussions when the topic is of interest.",
    "Behaviour in lessons is generally good and there have been fewer low-level incidents this term.",
    "{first} sometimes finds unstructured times such as lunchtime harder and a quiet space is available.",
    "{first} has a trusted adult in school who checks in at the start of each day.",
    "Homework is usually completed with support from the carers and is handed in on time.",
    "{first} works well in small groups and responds well to praise and clear routines.",
    "Reading at home has improved and {first} now reads to an adult at least four times a week.",
    "The class teacher has noticed better concentration in the mornings since the change to the timetable.",
    "{first} has taken part in the school council election and was proud to stand as a candidate.",
    "Friendships are developing and {first} now spends break times with a small group of peers.",
    "Staff use a visual timetable and advance warning of changes, which helps {first} to feel secure.",
    "Progress in foundation subjects is in line with expectations and art remains a particular strength.",
    "Emotional wellbeing is monitored weekly by the pastoral team and any concerns are shared with the carers.",
    "{first} has attended the homework club twice a week and this has helped with organisation.",
    "The school will continue to work closely with the carers and the social worker to keep {first} on track.",
    "Teachers have noticed that {first} asks for help more readily than at the start of the year.",
    "{first} finds written tasks tiring and benefits from sentence starters and a word bank.",
    "In science {first} enjoys practical work and recently explained an experiment clearly to the class.",
    "Reading comprehension is improving, particularly when {first} can talk about the text before writing.",
    "{first} has had two lunchtime detentions this term, both for falling out with peers, and these were resolved.",
    "A restorative conversation helped {first} to repair a friendship after a difficult week.",
    "The pastoral lead meets {first} every fortnight to review the wellbeing scale and set a small goal.",
    "{first} is learning to use a calm card when feeling overwhelmed and uses it appropriately.",
    "Times tables recall is improving through short daily practice using an online programme.",
    "Spelling remains an area for development and {first} practises weekly spellings with the carers.",
    "{first} has joined the school choir and performed in the autumn concert with confidence.",
    "The designated teacher has shared strategies with all staff who teach {first} this year.",
)
_MEETING_SENTENCES = (
    "The meeting opened with introductions and a reminder that the PEP belongs to {first}.",
    "Everyone agreed that {first} has made a positive start to the term.",
    "The carers shared that {first} has been talking more about school at home.",
    "Attendance, progress and the previous targets were reviewed before new targets were agreed.",
    "The group discussed how the Pupil Premium Plus funding can best support the new targets.",
    "{first}'s views were read out and used to shape the targets for the coming term.",
    "The social worker updated the meeting on the care plan and family time arrangements.",
    "It was agreed that the designated teacher will share a short progress update at half term.",
    "Actions from the last meeting were checked and all have been completed.",
    "The meeting closed with a summary of actions and the date of the next PEP meeting.",
)
_VS_SENTENCES = (
    "The virtual school has reviewed this PEP and thanks everyone for their contributions.",
    "The targets are specific and linked to the Pupil Premium Plus request.",
    "The virtual school adviser will follow up on progress at the next termly review.",
    "The school is reminded to record the impact of the funded interventions at the next PEP.",
    "{first}'s views are clearly recorded and have shaped the plan.",
    "Attendance will continue to be monitored through the virtual school's daily attendance service.",
)
_PROGRESS_SENTENCES = (
    "Progress since the last PEP has been steady in most subjects and strongest in the foundation subjects.",
    "{first} has responded well to feedback in English and now edits work using the class checklist.",
    "In maths, gaps in place value from earlier years are being closed through pre-teaching before lessons.",
    "Assessment in reading shows improved fluency although inference questions remain harder for {first}.",
    "Teachers report that {first}'s handwriting and presentation have improved since September.",
    "{first} is on track in most subjects and the school expects this to continue with the support in place.",
    "Where {first} is below the expected standard the gap has narrowed since the last assessment point.",
    "Work in books shows more independent writing and longer answers than at the last PEP meeting.",
    "Science and computing are relative strengths and {first} is working at the expected standard in both.",
    "The school will share the next assessment data with the virtual school after the spring assessment week.",
)
_HEALTH_SENTENCES = (
    "{first}'s annual health assessment has been completed and the health plan is up to date.",
    "The latest SDQ was completed by the carers and discussed with the designated teacher.",
    "{first} sees the school counsellor and says the sessions help with worries about home and family.",
    "There are no medical needs that affect learning and no medication is taken in school.",
    "The SENCo has reviewed the provision map and the current support remains appropriate.",
    "Staff are aware of {first}'s triggers and use a calm, consistent approach agreed with the carers.",
    "{first} has access to a quiet room and a named adult when feeling anxious.",
    "A referral to the educational psychologist has been discussed and will be reviewed at the next PEP.",
    "Sleep, eating and general health are reported by the carers to be good.",
)
_SECTION_INTRO = {
    "attainment": ("Attainment is reported against the school's assessment framework for {year}.",
                   "Teacher assessments were completed in the last two weeks and were moderated in school."),
    "attendance": ("Attendance figures are taken from the school register on the date of the meeting.",
                   "The virtual school monitors attendance daily and contacts the school when {first} is absent."),
    "sen": ("The SENCo has contributed to this section and the information is current.",
            "Health and wellbeing information is shared with the consent of the carers and the social worker."),
}


def _prose(rng: random.Random, bank: tuple[str, ...], n_paras: int, ctx: dict) -> list[str]:
    """Paragraphs of 4-7 sentences dealt from a shuffled bank (no sentence repeats until the bank runs out)."""
    pool: list[str] = []
    out = []
    for _ in range(n_paras):
        sentences = []
        for _ in range(rng.randint(4, 7)):
            if not pool:
                pool = rng.sample(bank, len(bank))
            sentences.append(pool.pop())
        out.append(" ".join(x.format(**ctx) for x in sentences))
    return out


# --------------------------------------------------------------------------------------------
# the writer


class _Builder:
    def __init__(self, rng: random.Random, width: float):
        self.rng = rng
        self.width = width  # table width
        self.story: list = []

    def label(self, key: str) -> str:
        return self.rng.choice(FIELD_LABELS[key])

    def col(self, key: str) -> str:
        return self.rng.choice(COLUMN_LABELS[key])

    def title(self, text: str) -> None:
        self.story.append(_Text(_tokens(text, _BOLD), 18, 22, 0, 6))

    def heading(self, text: str, sub: bool = False) -> None:
        if sub:
            self.story.append(_Text(_tokens(text, _BOLD), 12.5, 16, 10, 6, keep_with_next=1))
        else:
            self.story.append(_Text(_tokens(text, _BOLD), 13.5, 17, 14, 8, keep_with_next=1))

    def para(self, text: str, small: bool = False) -> None:
        if small:
            self.story.append(_Text(_tokens(text), 8.5, 11, 0, 10, color=colors.HexColor("#444444")))
        else:
            self.story.append(_Text(_tokens(text)))

    def line(self, label: str, value: str) -> None:
        self.story.append(_Text(_tokens(label + ":", _BOLD) + _tokens(value), space_after=4))

    def fields(self, items: list[tuple[str, str | None]], style: str | None = None) -> None:
        """Single values as 'Label: value' lines, a 2-column or a 4-column ruled table."""
        items = [(lab, val) for lab, val in items if val is not None]
        if not items:
            return
        style = style or self.rng.choice(("lines", "table2", "table2", "table4"))
        if style == "lines":
            for lab, val in items:
                self.line(lab, val)
            self.story.append(Spacer(1, 4))
            return
        w = self.width
        if style == "table4" and len(items) >= 2:
            cw = [w * 0.2, w * 0.3, w * 0.2, w * 0.3]
            rows = []
            for i in range(0, len(items), 2):
                pair = items[i:i + 2]
                row = []
                for lab, val in pair:
                    row += [_cell_text(lab, cw[0], _BOLD), _cell_text(val, cw[1])]
                rows.append(row + [""] * (4 - len(row)))
            bold = [("FONTNAME", (0, 0), (0, -1), _BOLD), ("FONTNAME", (2, 0), (2, -1), _BOLD),
                    ("BACKGROUND", (0, 0), (0, -1), _LABEL_BG), ("BACKGROUND", (2, 0), (2, -1), _LABEL_BG)]
        else:
            cw = [w * 0.34, w * 0.66]
            rows = [[_cell_text(lab, cw[0], _BOLD), _cell_text(val, cw[1])] for lab, val in items]
            bold = [("FONTNAME", (0, 0), (0, -1), _BOLD), ("BACKGROUND", (0, 0), (0, -1), _LABEL_BG)]
        t = Table(rows, colWidths=cw)
        t.setStyle(TableStyle(_TABLE_STYLE + bold))
        self.story.append(t)
        self.story.append(Spacer(1, 8))

    def table(self, header: list[str], rows: list[list[str | None]], widths: list[float]) -> list[list[str | None]]:
        """A ruled data table with its header repeated over page breaks; returns the cell texts as read back."""
        total = sum(widths)
        cw = [self.width * x / total for x in widths]
        fitted = [[fit(c, w - 2 * _PAD, _CELL_SIZE) for c, w in zip(r, cw)] for r in rows]
        data = [[_cell_text(h, w, _BOLD) for h, w in zip(header, cw)]]
        data += [[_cell_text(c, w) for c, w in zip(r, cw)] for r in fitted]
        t = Table(data, colWidths=cw, repeatRows=1)
        t.setStyle(TableStyle(_TABLE_STYLE + [("FONTNAME", (0, 0), (-1, 0), _BOLD),
                                              ("BACKGROUND", (0, 0), (-1, 0), _HEAD_BG)]))
        self.story.append(t)
        self.story.append(Spacer(1, 8))
        return fitted

    def signoff(self, exp: PEP, key: str, src: Section | None) -> None:
        """'Section completed / Signed by / Date signed' lines; records what was written in ``exp``."""
        if src is None:
            exp.sections.pop(key, None)
            return
        got = Section()
        items = []
        if src.completed is not None:
            val = ("Yes" if src.completed else "No") if self.rng.random() < 0.6 else _yn(src.completed)
            items.append((self.label("section.completed"), val))
            got.completed = src.completed
        name = _v(src.signed_by)
        if name:
            items.append((self.label("section.signed_by"), name))
            got.signed_by = name
        if src.signed_date is not None:
            items.append((self.label("section.signed_date"), _d(src.signed_date)))
            got.signed_date = src.signed_date
        if not items:
            exp.sections.pop(key, None)
            return
        for lab, val in items:
            self.line(lab, val)
        exp.sections[key] = got


_TABLE_STYLE = [("GRID", (0, 0), (-1, -1), 0.5, _GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), _REG), ("FONTSIZE", (0, 0), (-1, -1), _CELL_SIZE),
                ("LEADING", (0, 0), (-1, -1), _CELL_LEAD),
                ("LEFTPADDING", (0, 0), (-1, -1), _PAD), ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]


def _v(text: str | None) -> str | None:
    """A single value as it will read back (cleaned, no word too wide for the narrowest value cell)."""
    return fit(clean(text), _FIELD_W, _BODY_SIZE)


def _seed(pep: PEP) -> int:
    key = f"{pep.child.name}|{pep.child.identifier}|{pep.meeting_date}|{pep.school.name}|{len(pep.targets)}"
    return zlib.crc32(key.encode("utf-8"))


def write(pep: PEP, path: Path) -> PEP:
    """Write ``pep`` as an ePEP Online PDF export at ``path``; return what a faithful reader gets back."""
    labels = load_labels()
    rng = random.Random(_seed(pep))
    exp = pep.model_copy(deep=True)
    exp.provenance = {}
    exp.source_file = exp.source_format = exp.layout = None
    exp.parts = {k: False for k in PART_KEYS}

    b = _Builder(rng, A4[0] - 2 * _MARGIN - 2 * _FRAME_PAD)
    c, s = pep.child, pep.school
    first = clean(c.first_name) or "The child"
    ctx = {"first": first, "school": clean(s.name) or "school", "year": _year_text(c.year_group) or "this year"}

    def field(key: str, value: str | None) -> tuple[str, str | None]:
        return (b.label(key), value)

    def prose(bank: tuple[str, ...], n: int) -> None:
        for p in _prose(rng, bank, n, ctx):
            b.para(fit(clean(p), _BODY_W))

    b.title("Personal Education Plan")
    b.para(f"Exported from ePEP Online on {_d(pep.completed_date or pep.meeting_date or date(2025, 1, 1))}. "
           "This document contains personal information about a child in care; handle it securely.", small=True)

    # 1. Child details ------------------------------------------------------------------------
    b.heading(HEADINGS["child"])
    exp.parts["child"] = True
    ec = exp.child
    ec.name, ec.identifier, ec.gender, ec.ethnicity = _v(c.name), _v(c.identifier), _v(c.gender), _v(c.ethnicity)
    ec.legal_status = _v(c.legal_status)
    written_ks = _v(c.key_stage)
    # the reader derives key stage (if not written) and phase from the year group (pepqa.readers.interpret)
    ec.key_stage = written_ks or key_stage_for(c.year_group)
    ec.phase = Phase(phase_for(c.year_group)) if c.year_group is not None else None
    legal_in_sw = rng.random() < 0.5
    child_items = [
        field("child.name", ec.name), field("child.identifier", ec.identifier),
        field("child.date_of_birth", _d(c.date_of_birth, rng)), field("child.year_group", _year_text(c.year_group)),
        field("child.key_stage", written_ks), field("child.gender", ec.gender), field("child.ethnicity", ec.ethnicity),
    ]
    if not legal_in_sw:
        child_items.append(field("child.legal_status", ec.legal_status))
    child_items.append(field("child.date_entered_care", _d(c.date_entered_care, rng)))
    b.fields(child_items)

    b.heading(SCHOOL_SUBHEADING, sub=True)
    exp.parts["school"] = True
    es = exp.school
    es.name, es.urn = _v(s.name), _v(s.urn)
    es.type_text = _v(s.type_text) or (SCHOOL_TYPE_TEXT.get(s.type.value) if s.type else None)
    st = labels.match_value("school_type", es.type_text) if es.type_text else None
    es.type = SchoolType(st) if st else None
    b.fields([field("school.name", es.name), field("school.type", es.type_text), field("school.urn", es.urn)])

    # 2. Meeting details -----------------------------------------------------------------------
    b.heading(HEADINGS["meeting"])
    exp.parts["meeting"] = True
    term_text = None
    if pep.term is not None:
        term_text = pep.term.value.capitalize() + (" term" if rng.random() < 0.5 else "")
    exp.term = Term(labels.match_value("term", term_text)) if term_text else None
    exp.academic_year = _v(pep.academic_year)
    m = _ACADEMIC_YEAR.search(exp.academic_year or "")
    if m:
        exp.academic_year = f"{m[1]}-{m[2]}"
    b.fields([field("term", term_text), field("academic_year", exp.academic_year),
              field("meeting_date", _d(pep.meeting_date, rng)), field("completed_date", _d(pep.completed_date, rng)),
              field("next_pep_date", _d(pep.next_pep_date, rng))])
    prose(_MEETING_SENTENCES, rng.randint(2, 3))

    # 3. Attendees -----------------------------------------------------------------------------
    b.heading(HEADINGS["attendees"])
    exp.parts["attendees"] = True
    if pep.attendees:
        yes_no = rng.choice((("Yes", "No"), ("Yes", "Apologies"), ("Present", "Apologies")))
        rows = [[clean(a.name), clean(a.role_text) or ROLE_TEXT[a.role],
                 None if a.attended is None else yes_no[0] if a.attended else yes_no[1]] for a in pep.attendees]
        rows = b.table([b.col("attendees.name"), b.col("attendees.role"), b.col("attendees.attended")], rows,
                       [3, 3, 1.4])
        for (name, rt, _), ea in zip(rows, exp.attendees):
            ea.name, ea.role_text = name, rt
            ea.role = Role(labels.match_value("role", rt) or "other")
    else:
        b.para("No attendees have been recorded for this meeting.")

    # 4. Social worker section ----------------------------------------------------------------
    b.story.append(PageBreak())  # ePEP Online starts each contributor's section on a new page
    b.heading(HEADINGS["social_worker"])
    exp.parts["social_worker"] = True
    if legal_in_sw and ec.legal_status:
        b.line(b.label("child.legal_status"), ec.legal_status)
    prose(_SW_SENTENCES, rng.randint(6, 8))
    b.signoff(exp, "social_worker", pep.sections.get("social_worker"))

    # 5. Designated teacher section -----------------------------------------------------------
    b.story.append(PageBreak())
    b.heading(HEADINGS["designated_teacher"])
    exp.parts["designated_teacher"] = True
    prose(_DT_SENTENCES, rng.randint(7, 9))
    exp.alternative_provision, exp.transition = _v(pep.alternative_provision), _v(pep.transition)
    transition_here = rng.random() < 0.5
    items = [field("part_time_timetable", _yn(pep.part_time_timetable)),
             field("alternative_provision", exp.alternative_provision),
             field("provision_review_date", _d(pep.provision_review_date, rng))]
    if transition_here:
        items.append(field("transition", exp.transition))
    b.fields(items, "lines")
    b.signoff(exp, "designated_teacher", pep.sections.get("designated_teacher"))

    # 6. Attainment and progress --------------------------------------------------------------
    b.heading(HEADINGS["attainment"])
    exp.parts["attainment"] = True
    b.para(_SECTION_INTRO["attainment"][rng.randrange(2)].format(**ctx))
    prose(_PROGRESS_SENTENCES, rng.randint(2, 3))
    if pep.attainment:
        rows = [[clean(r.subject) or "Subject", clean(r.current), clean(r.expected), clean(r.progress)]
                for r in pep.attainment]
        rows = b.table([b.col("attainment.subject"), b.col("attainment.current"), b.col("attainment.expected"),
                        b.col("attainment.progress")], rows, [2.2, 2, 2, 2.4])
        for (sub, cur, expd, prog), er in zip(rows, exp.attainment):
            er.subject, er.current, er.expected, er.progress = sub, cur, expd, prog

    # 7. Attendance and exclusions ------------------------------------------------------------
    b.heading(HEADINGS["attendance"])
    exp.parts["attendance"] = True
    b.para(_SECTION_INTRO["attendance"][rng.randrange(2)].format(**ctx))
    att = None if pep.attendance_percent is None else f"{pep.attendance_percent:g}%"
    b.fields([field("attendance_percent", att)], "lines")
    if pep.exclusions:
        rows = [[clean(x.kind) or "suspension", _d(x.date), _num(x.days), clean(x.reason), clean(x.support)]
                for x in pep.exclusions]
        rows = b.table([b.col("exclusions.kind"), b.col("exclusions.date"), b.col("exclusions.days"),
                        b.col("exclusions.reason"), b.col("exclusions.support")], rows, [1.6, 1.6, 1, 3, 3.4])
        for (kind, _, _, reason, support), ex in zip(rows, exp.exclusions):
            low = kind.lower()
            ex.kind = "permanent" if "perman" in low else "internal" if "internal" in low else "suspension"
            ex.reason, ex.support = reason, support
    else:
        b.para("There have been no suspensions or exclusions this academic year.")

    # 8. Special educational needs ------------------------------------------------------------
    b.heading(HEADINGS["sen"])
    exp.parts["sen"] = True
    b.para(_SECTION_INTRO["sen"][rng.randrange(2)].format(**ctx))
    prose(_HEALTH_SENTENCES, rng.randint(2, 3))
    sen_text = None
    if pep.sen_status is not None:
        if rng.random() < 0.5:
            sen_text = " ".join(("[X] " if k == pep.sen_status.value else "[ ] ") + v for k, v in SEN_TEXT.items())
        else:
            sen_text = SEN_TEXT[pep.sen_status.value]
    exp.sen_details, exp.wellbeing = _v(pep.sen_details), _v(pep.wellbeing)
    b.fields([field("sen_status", sen_text), field("sen_details", exp.sen_details),
              field("sdq_score", None if pep.sdq_score is None else str(pep.sdq_score)),
              field("wellbeing", exp.wellbeing)], rng.choice(("lines", "table2")))

    # 9. Pupil voice ---------------------------------------------------------------------------
    b.story.append(PageBreak())
    b.heading(HEADINGS["pupil_voice"])
    exp.parts["pupil_voice"] = True
    pv, epv = pep.pupil_voice, exp.pupil_voice
    voice = [fit(p, _BODY_W) for p in _paras(pv.text)]
    for p in voice:
        b.para(p)
    epv.text = "\n".join(voice) or None
    epv.captured_by, epv.captured_how = _v(pv.captured_by), _v(pv.captured_how)
    epv.previous_text = _v(pv.previous_text)
    b.fields([field("pupil_voice.child_attended", _yn(pv.child_attended)),
              field("pupil_voice.captured_how", epv.captured_how),
              field("pupil_voice.captured_by", epv.captured_by),
              field("pupil_voice.previous_text", epv.previous_text)], "lines")
    b.signoff(exp, "pupil_voice", pep.sections.get("pupil_voice"))

    # 10. Review of previous targets ----------------------------------------------------------
    b.heading(HEADINGS["previous_targets"])
    exp.parts["previous_targets"] = True
    if pep.previous_targets:
        rows = [[str(t.number if t.number is not None else i), clean(t.area), clean(t.text) or "-",
                 clean(t.outcome), STATUS_TEXT[t.status.value] if t.status is not None else None]
                for i, t in enumerate(pep.previous_targets, 1)]
        rows = b.table([b.col("previous_targets.number"), b.col("previous_targets.area"),
                        b.col("previous_targets.text"), b.col("previous_targets.outcome"),
                        b.col("previous_targets.status")], rows, [0.8, 1.5, 4, 4, 1.5])
        for (num, area, text, outcome, st), et in zip(rows, exp.previous_targets):
            et.number, et.area, et.text, et.outcome = int(num), area, text, outcome
            status = labels.match_value("outcome_status", st) if st else None
            et.status = OutcomeStatus(status) if status else None
    else:
        b.para("There were no previous targets to review.")

    # 11. SMART targets -----------------------------------------------------------------------
    b.heading(HEADINGS["targets"])
    exp.parts["targets"] = True
    if pep.targets:
        rows = [[str(t.number if t.number is not None else i), clean(t.area), clean(t.text) or "-", clean(t.actions),
                 clean(t.success_criteria), clean(t.who), clean(t.by_when),
                 None if t.term is None else t.term.value.capitalize()] for i, t in enumerate(pep.targets, 1)]
        rows = b.table([b.col(f"targets.{k}") for k in ("number", "area", "text", "actions", "success_criteria",
                                                          "who", "by_when", "term")],
                       rows, [0.7, 1.9, 2.5, 2.5, 2.3, 1.5, 1.7, 1.0])
        for (num, area, text, actions, sc, who, by, _), et in zip(rows, exp.targets):
            et.number, et.area, et.text, et.actions = int(num), area, text, actions
            et.success_criteria, et.who, et.by_when = sc, who, by
    else:
        b.para("No new targets have been recorded yet.")

    # 12. Pupil Premium Plus ------------------------------------------------------------------
    b.heading(HEADINGS["pp_plus"])
    exp.parts["pp_plus"] = True
    exp.pp_impact_review = _v(pep.pp_impact_review)
    b.fields([field("pp_impact_review", exp.pp_impact_review)], "lines")
    if pep.pp_spend:
        rows = [[clean(x.description) or "-", clean(x.target_ref),
                 clean(x.cost_text) or (None if x.cost is None else f"£{x.cost:,.2f}"), clean(x.intended_impact)]
                for x in pep.pp_spend]
        rows = b.table([b.col("pp_spend.description"), b.col("pp_spend.target_ref"), b.col("pp_spend.cost"),
                        b.col("pp_spend.intended_impact")], rows, [4, 1.6, 2, 4])
        for (desc, ref, ct, impact), ex in zip(rows, exp.pp_spend):
            ex.number = None  # this layout has no number column
            ex.description, ex.target_ref, ex.intended_impact = desc, ref, impact
            ex.cost_text, ex.cost = ct, parse_money(ct)
    req = None if pep.pp_requested is None else f"£{pep.pp_requested:,.2f}"
    exp.pp_requested = parse_money(req)
    b.fields([field("pp_requested", req)], "lines")

    # 13. Aspirations and careers -------------------------------------------------------------
    b.heading(HEADINGS["aspirations"])
    exp.parts["aspirations"] = True
    exp.aspirations = _v(pep.aspirations)
    items = [field("aspirations", exp.aspirations)]
    if not transition_here:
        items.append(field("transition", exp.transition))
    b.fields(items, "lines")

    # 14. Virtual school ----------------------------------------------------------------------
    b.heading(HEADINGS["virtual_school"])
    exp.parts["virtual_school"] = True
    exp.roni = _v(pep.roni)
    b.fields([field("roni", exp.roni)], "lines")
    prose(_VS_SENTENCES, rng.randint(1, 2))
    b.signoff(exp, "virtual_school", pep.sections.get("virtual_school"))

    # 15. Quality assurance -------------------------------------------------------------------
    b.heading(HEADINGS["qa"])
    exp.parts["qa"] = True
    b.para("This PEP has been quality assured by the virtual school against the authority's PEP standards.")
    b.signoff(exp, "qa", pep.sections.get("qa"))
    for k in list(exp.sections):
        if k not in SECTION_KEYS:
            del exp.sections[k]

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN,
                            topMargin=22 * mm, bottomMargin=20 * mm, title="Personal Education Plan",
                            author="ePEP Online", invariant=1)
    right = f"Child ID {ec.identifier}" if ec.identifier else ""
    old_a85 = rl_config.useA85
    rl_config.useA85 = 0  # ASCII85 in pure Python costs a third of the time and is not needed
    try:
        doc.build(b.story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, header_right=right, **k))
    finally:
        rl_config.useA85 = old_a85
    exp.parts = expected_statuses(exp)
    return exp
