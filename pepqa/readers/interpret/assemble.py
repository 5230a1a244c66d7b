"""Assembling the PEP: the interpreter walks the blocks once, then joins what was read (the voice, the
child's name from forename + surname, year group from the date of birth), keeps only the latest term's
items, sets each part's read status and validates the model once."""
from __future__ import annotations

import re
from typing import Any, Optional

from ...labels import Labels, normalise
from ...model import PART_KEYS, PEP, PartStatus, Provenance, Role
from ..concepts import parse_typed
from ...values import key_stage_for, phase_for
from .. import periods
from . import sign_off
from ..blocks import Document, Para
from .assignment import AssignmentMixin
from .checklists import ChecklistsMixin
from .columns import ColumnsMixin
from .wording import defined_acronyms
from .coverage import CoverageMixin
from .sections import PAST, SectionsMixin, titled_marks
from .fields import FieldsMixin
from .furniture import furniture_school
from .meetings import latest_meeting
from .paragraphs import ParagraphsMixin
from .period_tables import PeriodTablesMixin
from .review_tables import ReviewTablesMixin
from .row_spend import RowSpendMixin
from .second_look import SecondLookMixin
from .section_cells import SectionCellsMixin
from .status_log import StatusLogMixin
from .item_fields import ItemFieldsMixin
from .prose import ProseMixin
from .area_columns import AreaColumnsMixin
from .letters_to_child import LettersToChildMixin
from .spaced_rows import SpacedRowsMixin
from .titled_rows import TitledRowsMixin
from .spend_lists import SpendListsMixin
from .prose_items import ProseItemsMixin
from .item_tables import ItemTablesMixin
from .banded import BandedTablesMixin
from .label_rows import LabelRowsMixin
from .target_spend import TargetSpendMixin
from .voice import VoiceMixin
from .voice_tables import VoiceTablesMixin


class Interpreter(AssignmentMixin, ColumnsMixin, CoverageMixin, SectionsMixin, FieldsMixin, ParagraphsMixin, ProseItemsMixin,
                  ProseMixin, ItemTablesMixin, TargetSpendMixin, LabelRowsMixin, VoiceMixin, PeriodTablesMixin,
                  RowSpendMixin, ChecklistsMixin, ReviewTablesMixin, VoiceTablesMixin, SecondLookMixin,
                  ItemFieldsMixin, SpendListsMixin, BandedTablesMixin, SectionCellsMixin,
                  StatusLogMixin, SpacedRowsMixin, TitledRowsMixin, AreaColumnsMixin,
                  LettersToChildMixin):
    """One pass over a document's blocks, with the state the mixins share."""

    def __init__(self, doc: Document, labels: Labels):
        self.doc = doc
        self.labels = labels
        self.pep = PEP(source_file=doc.path, source_format=doc.format)
        self.part: Optional[str] = None  # the part we are in
        self.section: Optional[str] = None  # the signed section (A-E) we are in
        self.part_heading = ""  # the heading that started the part we are in, as written
        self.state_held = None  # a status row's state naming a date field, for the date row below it (label_rows.py)
        self.also: set[str] = set()  # other parts the current heading names ('Targets and PP+', sections.py)
        self.signer: Optional[str] = None  # the role a sign-off heading names (sections.py)
        self.spaced_head: Optional[list] = None  # a spaced line of labels, over its values (spaced_rows.py)
        self.addressee: Optional[str] = None  # the first name a letter to the child opens with (letters_to_child.py)
        self.to_child: Optional[bool] = None  # the plan asks the child's details as 'Your name' (prose_facts.py)
        self.heading_dates: list = []  # (date, period) of the dated targets / PP+ headings seen (sections.py)
        self.found: set[str] = set()  # parts with evidence they are in the file (a heading, a label, a table)
        self.filled: set[str] = set()  # parts content was read from
        self.unclaimed: dict[str, list[Provenance]] = {}  # parts -> text under them that nothing read
        self.voice: list[str] = []
        self.aspirations: list[str] = []
        self.details_in_voice: list[Provenance] = []  # the child's details under the voice heading (prose_facts)
        self.lettered = False  # items were titled by letter ('Next step B'): a reference 'B' is the second
        self.pending: Optional[tuple[str, Any, int]] = None  # narrative target being filled: (kind, obj, index)
        self.slot: Optional[tuple] = None  # an item heading ('Target 1 - academic (English)') waiting for its text
        self.group_slot: Optional[tuple] = None  # 'Target 1 - Target:' waiting for its value (item_groups)
        self.group_held: dict = {}  # a group's item whose main field is not yet read (item_groups)
        self.ignored_section = False  # under a heading of a section the model does not hold ('Action log')
        self.past_section = False
        self.voice_none_said = False  # the voice's boxes were each read and each said there is nothing (voice.py)  # under a heading of earlier plans ('Previous PEPs on record'): history
        self.sub_col: Optional[str] = None  # a target's field whose value is the next paragraph ('How will we know?')
        self.item_styles: dict[str, set[str]] = {}
        self.candidates: dict[str, list[tuple]] = {}  # single field -> every reading offered (assignment.py)
        self.room_year: Optional[tuple[int, Provenance]] = None  # a class / room named by its year ('Pre-school room')
        self.age: Optional[tuple[int, int, Provenance]] = None  # (years, months, where) when the form gives an age  # kind -> how its items were read from prose
        self.table_count: dict[str, int] = {}
        self.name_parts: dict[str, str] = {}  # forename / surname read apart
        self.period: Optional[int] = None  # the term or meeting the text is under, where the form has several
        self.block_period: Optional[float] = None  # the meeting a heading naming only a period started (paragraphs.py)
        # A running record: two or more headings each naming only a meeting ('First review - September to December').
        self.running_record = len({periods.period_rank(b.text) for b in doc.blocks
                                   if isinstance(b, Para) and periods.is_period_heading(b.text.strip())}) >= 2
        self.item_period: dict[tuple[str, int], Optional[int]] = {}  # (kind, index) -> period it was read under
        self.claims: list[tuple[Provenance, str, str]] = []  # what each block was read as, for `pepqa inspect`
        self.above_widths: set[int] = set()  # widths of two-row tables read as labels over values (labels_above.py)
        self.col_above: dict = {}  # labels of a row of labels in columns, by left edge (columns.py)
        self.col_band = False
        self.col_item_set: set = set()  # (target index, field) set from columns: a wrapped line extends it
        self.above: Optional[tuple] = None  # a label alone on the line above: (match, label as written)
        self.prev_text: Optional[str] = None  # the paragraph before this one (an age's label above its value)
        self.period_left: list[tuple[int, str, Provenance]] = []  # unread text under a term's or meeting's block
        self.grid_now: Optional[float] = None  # the latest period filled in any term grid (period_tables.py)
        self.left: list[tuple[Provenance, str, Optional[str], Optional[str]]] = []  # labels with a value not read
        self.acronyms = defined_acronyms(_texts(doc.blocks[:40]))
        # Any case: a label set in small capitals may come out of a PDF in lower case ('petp meeting date').
        self._acr = re.compile(r"\b(" + "|".join(map(re.escape, self.acronyms)) + r")\b", re.I) if self.acronyms else None

    def _expand(self, text: str) -> str:
        """A label with the document's own acronyms written out ('Date of PPP meeting' in a post-16 plan that
        defines PPP as its Personal Progression Plan)."""
        if not self._acr or not text:
            return text
        return self._acr.sub(lambda m: self.acronyms.get(m[1].upper(), m[1]), text)

    def _quotes_in_boxes(self) -> None:
        """No voice read anywhere: a box of free text (a table cell alone on its row, an adult's observation)
        that quotes the child is read for the child's words, as a paragraph of prose is (prose.py)."""
        seen: set[str] = set()
        for b in self.read_blocks:
            if isinstance(b, Para):
                continue
            for row in b.rows:
                cells = {c.text for c in row}
                if len(cells) == 1 and row[0].text.strip() and row[0].text not in seen:
                    seen.add(row[0].text)
                    self._quoted_voice(row[0].text, row[0].prov)

    def run(self) -> PEP:
        self.read_blocks = latest_meeting(self.labels, self.doc.blocks)  # a log of meetings: the latest (meetings.py)
        self.read_blocks = titled_marks(self.read_blocks)  # 'Section D' over its title line (sections.py)
        for first in [b for b in self.doc.blocks[:4] if isinstance(b, Para)][:3]:
            if not (first.heading_level or first.bold) and len(first.text) <= 120:
                # the document's first lines, in any type, are its title ('... PEP report – Kai Brennan-Solis')
                self._title_name(first.text.strip(), first.prov)
        for b in self.read_blocks:
            if isinstance(b, Para):
                above = self.above
                self.para(b)
                if above and self.above is None and self._aside_pair(b.text, above):
                    self.above = above  # 'Date of last review: 17/06/2026' between a label and its box
                self.prev_text = b.text.strip() or self.prev_text
            else:
                self.prev_text = None
                self.col_above, self.col_band = {}, False
                self.spaced_head = None  # a spaced line of labels is over the next line, not over a table
                self.table(b)
        pep = self.pep
        if not self.voice and not pep.pupil_voice.text:
            self._quotes_in_boxes()  # the child's words quoted in an adult's observation
        if self.voice and not pep.pupil_voice.text:
            pep.pupil_voice.text = "\n".join(self.voice)
        if self.aspirations and not pep.aspirations:
            pep.aspirations = "\n".join(self.aspirations)
        if not pep.school.name and "school.name" not in self.candidates and self.doc.blocks \
                and (name := furniture_school(self.doc, self.labels)):
            self.set_field("school.name", name, self.doc.blocks[0].prov.model_copy(update={"match": "prose"}),
                           "running header or footer", "prose", None)
        if "completed_date" not in self.candidates and (signed := sign_off.swept_sign_off(self.labels, self.read_blocks)):
            # the school's sign-off said in words, where no form field or grid gave the completion date
            self.set_field("completed_date", signed[0], signed[1], "designated teacher's sign-off", "derived")
        self._assign_all()
        self._review_date_is_the_meeting()
        self._latest_period_only()
        c = pep.child
        fore, sur = self.name_parts.get("child.forename"), self.name_parts.get("child.surname")
        if c.name and fore and sur and normalise(c.name) == normalise(fore):
            c.name = None  # 'My name is Leo' in the child's booklet, 'Forename | Leo | Surname | Fairbanks' in the record
        elif c.name and fore and sur and len(c.name.split()) == 1 \
                and not set(normalise(c.name).split()) & set(normalise(f"{fore} {sur}").split()):
            # 'PEP' taken from a header row ('Pupil's name | PEP cycle ...'), beside 'Legal forename | Kayden' and
            # 'Legal surname | Morrow': one word sharing nothing with the child's own forename and surname is no name
            c.name = None
        kid = next((k for k, a in enumerate(pep.attendees) if a.role == Role.child and a.name
                    and len(a.name.split()) >= 2 and parse_typed("name", a.name, False)), None)
        if not c.name and not self.name_parts.get("child.forename") and kid is not None:
            # 'Child | Oscar Nwachukwu-Bell | ☒' in the list of who was invited: the child, named in full, where no
            # field names them (general: the attendees' table names the child on many forms)
            c.name = pep.attendees[kid].name
            self._note("child.name", pep.provenance.get(f"attendees[{kid}]") or Provenance(), "attendee: child",
                       "derived", None)
        if not c.name and self.name_parts.get("child.forename"):
            c.name = " ".join(x for x in (self.name_parts.get("child.forename"), self.name_parts.get("child.surname")) if x)
            self._note("child.name", pep.provenance.get("child.name_forename") or Provenance(), "Forename + Surname",
                       "concept", None)
        if c.year_group is None and self.room_year:
            # The room or class the child is in, named by its year ('Pre-school room (FS1)', 'Year 3 - Oak'): what
            # the setting says beats arithmetic on the birth date (a summer-born child may start school a year late).
            c.year_group = self.room_year[0]
            self._note("child.year_group", self.room_year[1], "room / class", "derived", None)
        if c.year_group is None and c.date_of_birth and (pep.meeting_date or pep.completed_date):
            c.year_group = _year_from_birth(c.date_of_birth, pep.meeting_date or pep.completed_date)
            if c.year_group is not None:
                self._note("child.year_group", pep.provenance.get("child.date_of_birth") or Provenance(),
                           "date of birth", "derived", None)
        when = pep.meeting_date or pep.completed_date
        if c.year_group is None and self.age and when:
            c.year_group = _year_from_age(self.age[0], self.age[1], when)
            if c.year_group is not None:
                self._note("child.year_group", self.age[2], "age", "derived", None)
        if c.year_group is not None:
            c.key_stage = c.key_stage or key_stage_for(c.year_group)
            c.phase = c.phase or phase_for(c.year_group)
        if pep.school.type is None and pep.school.type_text:
            pep.school.type = self.labels.match_value("school_type", pep.school.type_text)
        if self.lettered:
            _letter_refs(pep)
        if pep.pp_spend or pep.pp_requested is not None:
            self._fill("pp_plus")
        if self.details_in_voice and "pupil_voice" not in self.filled:
            # 'All about me' held only the child's name, age and setting: the views may stand under a heading the
            # reader does not know, so the voice is unread (the officer is told), never empty (the school blamed).
            self.unclaimed.setdefault("pupil_voice", []).extend(self.details_in_voice)
        pep.parts = {k: self._status(k) for k in PART_KEYS}
        self._second_look()
        for k, where in self.unclaimed.items():
            if k in pep.parts and pep.parts[k] in (PartStatus.partial, PartStatus.unread):
                self._note(f"unread.{k}", where[0])
        pep.read_notes = list(self.doc.notes)
        # Values were assigned piecemeal (no validation on assignment): validate once, so enums are enums.
        out = PEP.model_validate(pep.model_dump(warnings=False))
        out._unread_labels = [(label, near) for _, label, near, _ in self.left]
        return out

    def _latest_period_only(self) -> None:
        """Targets or spend lines read under several terms or meetings ('Autumn term (PEP 1)' then 'Spring
        term (PEP 2)'): only the latest period's are this PEP's."""
        periods_seen = [t for t in self.item_period.values() if t is not None and t != PAST]
        last_seen = max(periods_seen) if periods_seen else None
        keep_period = self.period
        for period, text, prov in self.period_left:  # what was left under an older term is not this PEP's
            if period != PAST and (last_seen is None or period >= last_seen):
                self.period = None
                self._unclaimed(text, prov)
        self.period = keep_period
        for kind in ("targets", "pp_spend"):
            items = getattr(self.pep, kind)
            tags = [self.item_period.get((kind, i)) for i in range(len(items))]
            ranked = {t for t in tags if t is not None and t != PAST}
            if len(ranked) < 2 and PAST not in tags:
                continue
            last = max(ranked) if len(ranked) >= 2 else None
            keep = [i for i, t in enumerate(tags) if t != PAST and (last is None or t == last or t is None)]
            if len(keep) == len(items):
                continue
            setattr(self.pep, kind, [items[i] for i in keep])
            moved = {}
            for new, old in enumerate(keep):
                for path, prov in list(self.pep.provenance.items()):
                    pre = f"{kind}[{old}]"
                    if path == pre or path.startswith(pre + "."):
                        moved[f"{kind}[{new}]" + path[len(pre):]] = prov
            for path in [p for p in self.pep.provenance if p.startswith(kind + "[")]:
                del self.pep.provenance[path]
            self.pep.provenance.update(moved)


def _texts(blocks):
    """The text of paragraphs and of table cells (a title row may define the plan's acronym)."""
    for b in blocks:
        if isinstance(b, Para):
            yield b.text
        else:
            for row in b.rows[:3]:
                for c in row:
                    yield c.text


_LETTER_REF = re.compile(r"^\s*(?:(?:next\s+)?step|target|outcome|priority)?\s*((?-i:[A-H]))\s*(?:[.:)]|\s[\-–—]\s.*)?\s*$",
                         re.I | re.S)  # 'B', 'Next step B', 'B - Mathematics'


def _letter_refs(pep: PEP) -> None:
    """Spend lines that name their target by letter ('B', 'Next step B') where the targets were lettered A, B,
    C: the reference is the target's number, so the links are checked like any other."""
    numbers = {t.number for t in pep.targets if t.number}
    for line in pep.pp_spend:
        m = _LETTER_REF.match(line.target_ref or "")
        if m and ord(m[1].upper()) - 64 in numbers:
            line.target_ref = str(ord(m[1].upper()) - 64)


def _year_from_birth(dob, when) -> Optional[int]:
    """National curriculum year from the date of birth (England: the school year runs 1 September to 31
    August; a child starts Reception in the September after turning four). Nursery for younger children."""
    born_cohort = dob.year if dob.month >= 9 else dob.year - 1
    school_year = when.year if when.month >= 9 else when.year - 1
    ncy = school_year - born_cohort - 5
    if ncy < -1:
        return -1 if ncy >= -4 else None
    return ncy if ncy <= 14 else None


def _year_from_age(years: int, months: int, when) -> Optional[int]:
    """National curriculum year from an age in years and months on the meeting date. The birthday lies within
    a month: when the earliest and latest birth dates that age allows fall in different school years, the
    year group is left unknown (not guessed)."""
    from datetime import date, timedelta

    def back(y: int, m: int) -> Optional[date]:
        total = when.year * 12 + (when.month - 1) - (y * 12 + m)
        yy, mm = divmod(total, 12)
        try:
            return date(yy, mm + 1, min(when.day, 28))
        except ValueError:
            return None
    latest, earliest = back(years, months), back(years, months + 1)
    if latest is None or earliest is None or months > 11:
        return None
    a, b = _year_from_birth(earliest + timedelta(days=1), when), _year_from_birth(latest, when)
    return a if a == b else None


def interpret(doc: Document, labels: Labels) -> PEP:
    return Interpreter(doc, labels).run()
