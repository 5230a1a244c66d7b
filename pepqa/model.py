"""The one PEP model that every reader fills and every check reads.

Why one model: readers for Word forms, ePEP PDF exports, narrative meeting records
and JSON all land here, so no check ever needs to know which layout a PEP came from.

Conventions
- ``None`` means *not found / not stated*; an empty list means *found, and empty*.
  How well each part of the PEP was read is recorded in :attr:`PEP.parts` as a
  :class:`PartStatus`: a part counts as read only when content was read from it, never
  because its heading matched, so "the reader could not read the targets" never looks
  like "the PEP has no targets". Checks that report something *absent* run only on a
  part whose status is ``read`` or ``empty`` (:meth:`PEP.part_ok`).
- Every value a reader fills keeps its :class:`Provenance` in :attr:`PEP.provenance`,
  keyed by a dotted field path such as ``"child.name"``, ``"targets[1].text"`` or
  ``"pupil_voice.text"``; findings use it to point at the evidence.
- The JSON form of this model is versioned by :data:`SCHEMA_VERSION`; ``pepqa schema``
  prints its JSON Schema.
"""
from __future__ import annotations

import datetime as _dt
from datetime import date
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

SCHEMA_VERSION = "1.1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Provenance(_Model):
    """Where a value came from, precise enough for a person to find it again."""

    file: Optional[str] = None
    page: Optional[int] = Field(None, description="1-based PDF page")
    paragraph: Optional[int] = Field(None, description="0-based body block index (DOCX) or line index on the page (PDF)")
    table: Optional[int] = Field(None, description="0-based table index in document order")
    row: Optional[int] = None
    cell: Optional[int] = None
    label: Optional[str] = Field(None, description="the heading or field label the value was found under, as written")
    match: Optional[str] = Field(None, description="how the label was matched: exact (a listed synonym), concept "
                                                   "(scored by its words), prose (read from sentences or a list), "
                                                   "latest (one of several meetings' values), second look (unread text "
                                                   "elsewhere that looks like what a part was read as lacking)")
    score: Optional[float] = Field(None, description="the concept score of the label, where it was scored")

    def describe(self) -> str:
        """A short human pointer, e.g. 'page 3, table 2 row 4' or 'paragraph 17'."""
        bits = []
        if self.page is not None:
            bits.append(f"page {self.page}")
        if self.table is not None:
            t = f"table {self.table + 1}"
            if self.row is not None:
                t += f" row {self.row + 1}"
            if self.cell is not None:
                t += f" cell {self.cell + 1}"
            bits.append(t)
        elif self.paragraph is not None:
            bits.append(f"paragraph {self.paragraph + 1}" if self.page is None else f"line {self.paragraph + 1}")
        if self.label:
            bits.append(f"under '{self.label}'")
        return ", ".join(bits) or "location unknown"


class Phase(str, Enum):
    early_years = "early_years"
    primary = "primary"
    secondary = "secondary"
    post16 = "post16"


class SchoolType(str, Enum):
    mainstream = "mainstream"
    special = "special"
    independent_special = "independent_special"
    alternative_provision = "alternative_provision"
    early_years_setting = "early_years_setting"
    post16_provider = "post16_provider"


class SENStatus(str, Enum):
    none = "none"
    sen_support = "sen_support"
    ehcp = "ehcp"


class Term(str, Enum):
    autumn = "autumn"
    spring = "spring"
    summer = "summer"


class Role(str, Enum):
    child = "child"
    social_worker = "social_worker"
    designated_teacher = "designated_teacher"
    carer = "carer"
    parent = "parent"
    virtual_school = "virtual_school"
    senco = "senco"
    iro = "iro"
    other = "other"


class TargetTerm(str, Enum):
    short = "short"
    long = "long"


class OutcomeStatus(str, Enum):
    achieved = "achieved"
    partly_achieved = "partly_achieved"
    not_achieved = "not_achieved"
    ongoing = "ongoing"


class PartStatus(str, Enum):
    """How much of one part of the PEP the reader could read.

    - ``read``: content was read from it (and nothing under it was left that looked like an unread field);
    - ``empty``: it was found and holds nothing (a blank box, placeholders only): an absence there is real;
    - ``partial``: some content was read, and something under it that looked like a field or an item was not;
    - ``unread``: it was found (its heading or labels) but no content could be read from it;
    - ``not_found``: nothing of it was found in the file.
    Only ``read`` and ``empty`` are complete enough to say that something is missing.
    """

    read = "read"
    empty = "empty"
    partial = "partial"
    unread = "unread"
    not_found = "not_found"


COMPLETE = (PartStatus.read, PartStatus.empty)


class Child(_Model):
    name: Optional[str] = None
    identifier: Optional[str] = Field(None, description="the authority's or platform's child ID (e.g. LCS/Mosaic number, UPN)")
    date_of_birth: Optional[date] = None
    year_group: Optional[int] = Field(None, description="-1 nursery, 0 Reception, 1..13 Year N")
    key_stage: Optional[str] = Field(None, description="EYFS, KS1, KS2, KS3, KS4, KS5")
    phase: Optional[Phase] = None
    legal_status: Optional[str] = Field(None, description="as written, e.g. 'Section 20', 'Full Care Order (s31)'")
    date_entered_care: Optional[date] = None
    gender: Optional[str] = None
    ethnicity: Optional[str] = None

    @property
    def first_name(self) -> Optional[str]:
        words = (self.name or "").split()
        return words[0] if words else None


class School(_Model):
    name: Optional[str] = None
    type: Optional[SchoolType] = None
    type_text: Optional[str] = Field(None, description="school type as written")
    urn: Optional[str] = None


class Attendee(_Model):
    name: Optional[str] = None
    role: Role = Role.other
    role_text: Optional[str] = Field(None, description="the role as written")
    attended: Optional[bool] = Field(None, description="True present, False sent apologies / contributed in writing")


class Section(_Model):
    """A signed section of the PEP (A social worker, B designated teacher, C pupil voice, D VS, E QA)."""

    completed: Optional[bool] = None
    signed_by: Optional[str] = None
    signed_date: Optional[date] = None


class AttainmentRow(_Model):
    subject: str
    current: Optional[str] = Field(None, description="current working-at level, grade, score or age")
    expected: Optional[str] = Field(None, description="expected / target by end of year")
    progress: Optional[str] = Field(None, description="progress judgement as written, e.g. 'on track', 'below'")


class Exclusion(_Model):
    kind: str = Field("suspension", description="suspension | permanent | internal")
    date: Optional[_dt.date] = None
    days: Optional[float] = None
    reason: Optional[str] = None
    support: Optional[str] = Field(None, description="support planned to avoid a repeat")


class PupilVoice(_Model):
    text: Optional[str] = None
    captured_by: Optional[str] = None
    captured_how: Optional[str] = Field(None, description="how views were gathered if not in person")
    child_attended: Optional[bool] = None
    previous_text: Optional[str] = Field(None, description="last PEP's voice, where the export carries it")


class PreviousTarget(_Model):
    number: Optional[int] = None
    area: Optional[str] = None
    text: str
    outcome: Optional[str] = Field(None, description="the reviewed outcome and evidence, as written")
    status: Optional[OutcomeStatus] = None


class Target(_Model):
    number: Optional[int] = None
    area: Optional[str] = Field(None, description="area / subject column as written")
    text: str
    actions: Optional[str] = None
    success_criteria: Optional[str] = None
    who: Optional[str] = None
    by_when: Optional[str] = None
    term: Optional[TargetTerm] = None
    unread: list[str] = Field(default_factory=list, description="labels of this target's own fields the reader "
                              "could not read ('Who will help', 'Steps'): what they hold is not judged missing")


class SpendLine(_Model):
    number: Optional[int] = None
    description: str
    cost: Optional[float] = Field(None, description="amount in pounds, if it could be read")
    cost_text: Optional[str] = Field(None, description="the cost cell as written, e.g. '£30/hr x 6 = £180'")
    target_ref: Optional[str] = Field(None, description="the target the line names, as written")
    intended_impact: Optional[str] = None


class PEP(_Model):
    """A Personal Education Plan as read from one export."""

    schema_version: str = SCHEMA_VERSION
    source_file: Optional[str] = None
    source_format: Optional[str] = Field(None, description="docx | pdf | json")
    layout: Optional[str] = Field(None, description="layout the reader recognised, informative only")

    child: Child = Field(default_factory=Child)
    school: School = Field(default_factory=School)
    term: Optional[Term] = None
    academic_year: Optional[str] = Field(None, description="e.g. '2025-26'")
    meeting_date: Optional[date] = None
    completed_date: Optional[date] = Field(None, description="date the PEP was completed / submitted")
    next_pep_date: Optional[date] = None
    attendees: list[Attendee] = Field(default_factory=list)
    sections: dict[str, Section] = Field(default_factory=dict, description="keys: social_worker, designated_teacher, pupil_voice, virtual_school, qa")

    attainment: list[AttainmentRow] = Field(default_factory=list)
    attendance_percent: Optional[float] = None
    exclusions: list[Exclusion] = Field(default_factory=list)
    part_time_timetable: Optional[bool] = None
    alternative_provision: Optional[str] = Field(None, description="AP or part-time arrangement as written")
    provision_review_date: Optional[date] = Field(None, description="review date of part-time timetable / AP")
    sen_status: Optional[SENStatus] = None
    sen_details: Optional[str] = None
    sdq_score: Optional[int] = None
    wellbeing: Optional[str] = None

    pupil_voice: PupilVoice = Field(default_factory=PupilVoice)
    previous_targets: list[PreviousTarget] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    pp_spend: list[SpendLine] = Field(default_factory=list)
    pp_requested: Optional[float] = Field(None, description="total PP+ requested, as stated")
    pp_impact_review: Optional[str] = Field(None, description="review of last term's PP+ impact")
    aspirations: Optional[str] = None
    transition: Optional[str] = None
    roni: Optional[str] = Field(None, description="Risk of NEET indicator, as written")

    parts: dict[str, PartStatus] = Field(
        default_factory=dict,
        description="how much of each part the reader could read: read | empty | partial | unread | not_found "
                    "(schema 1.0 booleans are accepted: true = read, false = not_found)",
    )
    read_notes: list[str] = Field(default_factory=list, description="what the reader noticed about the file, e.g. a page with no text layer")
    provenance: dict[str, Provenance] = Field(default_factory=dict)
    # Labels the reader found with a value but could not place: (label as written, the field it most resembles
    # or None). Not part of the JSON form; `pepqa batch` gathers them into unread-labels.csv for the officer.
    _unread_labels: list = PrivateAttr(default_factory=list)

    @field_validator("parts", mode="before")
    @classmethod
    def _parts_from_bools(cls, v):
        """Schema 1.0 wrote parts as booleans (found / not found); they still load."""
        if isinstance(v, dict):
            return {k: ("read" if x is True else "not_found" if x is False else x) for k, x in v.items()}
        return v

    # -- helpers used by readers and checks ---------------------------------
    def part_ok(self, key: str) -> bool:
        """True when the part was read completely enough to judge that something in it is missing.

        A part the reader did not report on (a hand-written JSON PEP without ``parts``) counts as read."""
        status = self.parts.get(key)
        return status is None or status in COMPLETE

    def not_read(self, keys=None) -> list[str]:
        """The parts (of ``keys``, default all) that could not be read completely."""
        return [k for k in (keys or self.parts) if not self.part_ok(k)]

    def coverage(self) -> dict:
        """How much of the PEP was read: content parts read completely of those expected, which were not,
        and "full" or "partial"."""
        missing = self.not_read(CONTENT_PARTS)
        return {"read": len(CONTENT_PARTS) - len(missing), "expected": len(CONTENT_PARTS), "not_read": missing,
                "status": "partial" if missing else "full"}

    def where(self, path: str) -> Optional[Provenance]:
        """Provenance of a field path, falling back to its nearest parent path."""
        while path:
            if path in self.provenance:
                return self.provenance[path]
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return None

    def comparable(self) -> dict:
        """The parse without provenance or source details, for comparing to expected values."""
        return self.model_dump(mode="json", exclude={"provenance", "source_file", "layout", "source_format"})


PART_KEYS = (
    "child", "school", "meeting", "attendees", "social_worker", "designated_teacher", "attainment",
    "attendance", "sen", "pupil_voice", "previous_targets", "targets", "pp_plus", "aspirations",
    "virtual_school", "qa",
)
"""The parts a reader looks for; each reader sets ``pep.parts[key]`` for every one."""

CONTENT_PARTS = (
    "child", "school", "meeting", "attendees", "attainment", "attendance", "sen", "pupil_voice",
    "previous_targets", "targets", "pp_plus", "aspirations",
)
"""The parts whose content the checks judge: read coverage is counted over these. The signed sections
(social worker, designated teacher, Virtual School, QA) are containers some layouts have and others
(a narrative meeting record) never do, so a missing one is not a part left unread."""

ESSENTIAL_PARTS = ("child", "meeting", "pupil_voice", "targets", "pp_plus")
"""Without these a PEP cannot be judged: when one could not be read the verdict is 'needs reading by hand'."""

SECTION_KEYS = ("social_worker", "designated_teacher", "pupil_voice", "virtual_school", "qa")
