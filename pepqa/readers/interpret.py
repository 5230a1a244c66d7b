"""Layout interpretation: a block stream (from any format) into the PEP model.

Why one interpreter: Word forms, ePEP PDF exports and narrative meeting records share their
*vocabulary* (headings, labels, table headers) even when their layouts differ. Everything
layout-specific is a synonym in ``data/labels.toml``; this module only knows the shapes:

- a heading (styled, bold, or a one-cell table row) that matches a part starts that part;
- "Label: value" paragraphs and 2- or 4-column label/value table rows fill single fields;
- a table whose header row matches ``[columns]`` is a table of targets, previous targets,
  PP+ spend lines, attendees, attainment or exclusions;
- in narrative records, "Target 1 (English): ..." followed by "Actions: ...", "Who: ..."
  lines is a target (the same column synonyms name the inline labels);
- free paragraphs under the pupil-voice heading are the voice; under aspirations, the
  aspirations.

Each value keeps its provenance. Every part in :data:`pepqa.model.PART_KEYS` ends up in
``pep.parts`` as found (True) or not (False).
"""
from __future__ import annotations

import re
from typing import Any, Optional

from ..labels import Labels, normalise
from ..model import (
    PART_KEYS, PEP, SECTION_KEYS, AttainmentRow, Attendee, Exclusion, PartStatus, PreviousTarget, Provenance, Role,
    Section, SpendLine, Target,
)
from ..values import (
    checked_option, key_stage_for, money_amounts, parse_bool, parse_date, parse_float, parse_int, parse_money,
    parse_percent, parse_year_group, phase_for,
)
from . import idioms, periods, tables
from .blocks import Cell, Document, Para, Table
from .concepts import parse_typed

TABLE_KINDS = tables.TABLE_KINDS
_KIND_PART = {"targets": "targets", "previous_targets": "previous_targets", "pp_spend": "pp_plus",
              "attendees": "attendees", "attainment": "attainment", "exclusions": "attendance"}
# Which part a single field's value shows was located.
_FIELD_PART = {"child": "child", "school": "school", "meeting_date": "meeting", "completed_date": "meeting",
               "next_pep_date": "meeting", "term": "meeting", "academic_year": "meeting",
               "attendance_percent": "attendance", "sen_status": "sen", "pupil_voice": "pupil_voice",
               "pp_requested": "pp_plus", "pp_impact_review": "pp_plus", "aspirations": "aspirations",
               "roni": "virtual_school"}
_SUBPART_OF_DT = {"attainment", "attendance", "sen", "previous_targets", "targets", "pp_plus", "aspirations"}
_LABEL_VALUE = re.compile(r"^\s*([^:\n]{1,70}?)\s*[:：]\s*(.*)$", re.S)
_NARR_TARGET = re.compile(
    r"^\s*(previous\s+)?target\s*(\d+)\s*(?:\(([^)]{1,60})\)|[-–—]\s*([^:]{1,40}?))?\s*[:.]\s*(.+)$", re.I | re.S)
_ATTENDEE_LINE = re.compile(
    r"^\s*(?:(apologies|absent|sent apologies|not present)\s*[:\-–—]\s*)?(.+?)(?:\s+[-–—]\s+|\s*\(|,\s+)(.+?)\)?\s*$", re.I)
_ACADEMIC_YEAR = re.compile(r"\b(20\d{2})\s*[-/–]\s*(?:20)?(\d{2})\b")


def _clean(text: str) -> Optional[str]:
    """A field value on one line: line breaks in a cell are wrapping (PDF) or layout (Word), not meaning."""
    t = re.sub(r"\s+", " ", text or "").strip()
    return t or None


class Interpreter:
    def __init__(self, doc: Document, labels: Labels):
        self.doc = doc
        self.labels = labels
        self.pep = PEP(source_file=doc.path, source_format=doc.format)
        self.part: Optional[str] = None  # the part we are in
        self.section: Optional[str] = None  # the signed section (A-E) we are in
        self.found: set[str] = set()  # parts with evidence they are in the file (a heading, a label, a table)
        self.filled: set[str] = set()  # parts content was read from
        self.unclaimed: dict[str, list[Provenance]] = {}  # parts -> text under them that nothing read
        self.voice: list[str] = []
        self.aspirations: list[str] = []
        self.pending: Optional[tuple[str, Any, int]] = None  # narrative target being filled: (kind, obj, index)
        self.table_count: dict[str, int] = {}
        self.name_parts: dict[str, str] = {}  # forename / surname read apart
        self.period: Optional[int] = None  # the term or meeting the text is under, where the form has several
        self.item_period: dict[tuple[str, int], Optional[int]] = {}  # (kind, index) -> period it was read under
        self.claims: list[tuple[Provenance, str, str]] = []  # what each block was read as, for `pepqa inspect`
        self.above: Optional[tuple] = None  # a label alone on the line above: (match, label as written)
        self.period_left: list[tuple[int, str, Provenance]] = []  # unread text under a term's or meeting's block
        self.left: list[tuple[Provenance, str, Optional[str], Optional[str]]] = []  # labels with a value not read

    # -- provenance -------------------------------------------------------------------------
    def _note(self, path: str, prov: Provenance, label: Optional[str] = None, match: Optional[str] = None,
              score: Optional[float] = None) -> None:
        upd: dict = {}
        if label:
            upd["label"] = label
        if match:
            upd["match"] = match
            upd["score"] = score
        p = prov.model_copy(update=upd) if upd else prov
        self.pep.provenance.setdefault(path, p)
        self.claims.append((prov, path, match or "exact"))

    # -- parts ----------------------------------------------------------------------------
    def _fill(self, part: Optional[str]) -> None:
        if part:
            self.found.add(part)
            self.filled.add(part)

    def _unclaimed(self, text: str, prov: Provenance) -> None:
        """Text under a part that nothing read: if it looks like content (not an instruction), the part was
        not read completely."""
        if ":" in text and self.labels.is_ignored(text.split(":", 1)[0]):
            return
        words = text.split()
        if ":" not in text and any(self.labels.is_ignored(" ".join(words[:k])) for k in range(1, min(5, len(words)))):
            return  # 'My age 4 years 8 months': a label the model does not hold, and its value
        if self.period is not None and self.part in ("targets", "pp_plus"):
            self.period_left.append((self.period, text, prov))
            return
        if self.part and _looks_like_content(text, self.labels, self.part):
            self.unclaimed.setdefault(self.part, []).append(prov)
        if ":" in text:
            label, value = text.split(":", 1)
            if label.strip() and value.strip() and len(label.split()) <= 10 and not self.labels.is_placeholder(value) \
                    and not _INSTRUCTION.match(label) and re.search(r"[A-Za-z]{2}", label):
                self.left.append((prov, label.strip(), self.labels.concepts.nearest(normalise(label)), self.part))
        near = self._nearest_part(text)
        if near and near != self.part and _looks_like_content(text, self.labels, None):
            self.unclaimed.setdefault(near, []).append(prov)

    def _nearest_part(self, text: str) -> Optional[str]:
        """The part of the field a 'label: value' left unread most resembles (its best concept, under the
        threshold): that part was not read completely either."""
        label = text.split(":", 1)[0] if ":" in text else text
        if len(label.split()) > 12:
            return None
        near = self.labels.concepts.nearest(normalise(label))
        if not near:
            return None
        head = near.split(".")[0]
        return _FIELD_PART.get(head, _FIELD_PART.get(near, head))

    def _enter(self, part: str, prov: Provenance, heading: str) -> None:
        self.part = part
        self.found.add(part)
        self.pending = None
        self.period = None
        if part in SECTION_KEYS:
            self.section = part
        elif part not in _SUBPART_OF_DT and part != "pupil_voice":
            self.section = None
        self._note(f"parts.{part}", prov, heading)

    def _heading_part(self, text: str, loose: bool = False) -> Optional[str]:
        if len(text) > 90 or "\n" in text.strip():
            return None
        return self.labels.match_part(text, loose)

    # -- single fields ----------------------------------------------------------------------
    def _field_for(self, label: str) -> Optional[str]:
        n = normalise(label)
        if not n or len(n) > 70:
            return None
        cands = [k for k, syns in self.labels.fields.items() if n in syns]
        if not cands:
            return None
        part = self.part or ""

        def rank(k: str) -> int:
            head = k.split(".")[0]
            if head == part or (part == "pupil_voice" and k.startswith("pupil_voice.")):
                return 0
            if k.startswith("section."):
                return 2 if self.section else 9
            if k.startswith("pupil_voice."):
                return 3  # voice-only labels ('completed by', 'views') elsewhere are weaker
            return 1

        best = min(cands, key=rank)
        return None if rank(best) == 9 else best

    def _field_match(self, label: str) -> Optional[tuple[str, str, Optional[float]]]:
        """(field, how, score) for a label: an exact synonym first, then the concept its words score as."""
        key = self._field_for(label)
        if key:
            return key, "exact", None
        n = normalise(label)
        if not n or len(n) > 90:
            return None
        m = self.labels.concepts.best(n)
        if m:
            return m.key, "concept", m.score
        return None

    def _is_label(self, label: str) -> bool:
        return self._field_match(label) is not None

    def set_match(self, fm: tuple[str, str, Optional[float]], raw: str, prov: Provenance, label: str) -> bool:
        """Set the field a matched label names. A concept match whose value does not parse as the concept's
        type is rejected (returns False) so the text can be read another way."""
        key, how, score = fm
        if how == "exact":
            return self.set_field(key, raw, prov, label)
        c = self.labels.concepts.by_key[key]
        typed = parse_typed(c.type, raw, c.latest)
        if typed is None:
            return False
        if key in ("child.forename", "child.surname"):
            self.found.add("child")
            self.filled.add("child")
            if key not in self.name_parts:
                self.name_parts[key] = typed
                self._note(key.replace("child.", "child.name_"), prov, label, how, score)
            return True
        text = typed.isoformat() if hasattr(typed, "isoformat") else str(typed)
        if c.type == "year_group":
            text = f"Year {typed}" if typed > 0 else ("Reception" if typed == 0 else "Nursery")
        return self.set_field(key, text, prov, label, how, score)

    def set_field(self, key: str, raw: str, prov: Provenance, label: str, how: Optional[str] = None,
                  score: Optional[float] = None) -> bool:
        """Set a single field from text; returns False if the label/value did not fit."""
        value = _clean(raw)
        pep = self.pep
        if key.startswith("section."):
            sec = self.section
            if not sec:
                return False
            s = pep.sections.setdefault(sec, Section())
            attr = key.split(".", 1)[1]
            if attr == "completed":
                v = parse_bool(value)
            elif attr == "signed_date":
                v = parse_date(value)
            else:
                v = value
            if getattr(s, attr) is None and v is not None:
                setattr(s, attr, v)
                self._note(f"sections.{sec}.{attr}", prov, label)
            self.found.add(sec)
            if v is not None:
                self.filled.add(sec)
            return True
        head = key.split(".")[0]
        part = _FIELD_PART.get(head, _FIELD_PART.get(key, head))
        self.found.add(part)
        if value is None:
            return True
        conv = self._convert(key, value)
        if conv is None:
            if key != "school.type":  # a value that does not parse as its type was not read
                self.unclaimed.setdefault(part, []).append(prov)
            return True
        self.filled.add(part)
        obj: Any = pep
        *path, attr = key.split(".")
        for p in path:
            obj = getattr(obj, p)
        if getattr(obj, attr) in (None, "", []):
            setattr(obj, attr, conv)
            self._note(key, prov, label, how, score)
        if key == "term":
            m = _ACADEMIC_YEAR.search(value)
            if m and not pep.academic_year:
                pep.academic_year = f"{m[1]}-{m[2]}"
                self._note("academic_year", prov, label)
        if key == "school.type" and not pep.school.type_text:
            pep.school.type_text = value
        return True

    def _convert(self, key: str, value: str) -> Any:
        L = self.labels
        if key in ("child.date_of_birth", "child.date_entered_care", "meeting_date", "completed_date",
                   "next_pep_date", "provision_review_date"):
            return parse_date(value)
        if key == "child.year_group":
            return parse_year_group(value)
        if key == "school.type":
            return L.match_value("school_type", value)
        if key == "term":
            return L.match_value("term", value.split()[0]) or L.match_value("term", value)
        if key == "academic_year":
            m = _ACADEMIC_YEAR.search(value)
            return f"{m[1]}-{m[2]}" if m else value
        if key == "attendance_percent":
            return parse_percent(value)
        if key in ("part_time_timetable", "pupil_voice.child_attended"):
            return parse_bool(value)
        if key == "sen_status":
            return L.match_value("sen_status", checked_option(value) or "")
        if key == "sdq_score":
            return parse_int(value)
        if key == "pp_requested":
            return parse_money(value)
        return value

    # -- paragraphs -----------------------------------------------------------------------
    def _take_above(self, text: str, prov: Provenance) -> bool:
        """The value under a label that stood alone on the line above ('Date of meeting' / '14/10/2025')."""
        above, self.above = self.above, None
        if not above or _LABEL_VALUE.match(text) or self._field_match(text):
            return False
        return self.set_match(above[0], text, prov, above[1])

    def _note_above(self, text: str) -> bool:
        """A label alone on its line, of a field whose value can be checked by its type: its value may follow."""
        fm = self._field_match(text) if len(text.split()) <= 8 and not text.endswith((".", "?")) else None
        if fm and fm[0] in _TYPED_ABOVE:
            self.above = (fm, text)
            return True
        return False

    def para(self, p: Para) -> None:
        text = p.text.strip()
        if not text:
            return
        heading_like = bool(p.heading_level or p.bold)
        if self.above and not heading_like and self._take_above(text, p.prov):
            return
        self.above = None
        m = _LABEL_VALUE.match(text)
        label_is_field = bool(m and self._field_for(m[1]))
        part = None
        # 'Attendance since September (%): 93.1' is a field, not a heading; a voice line that starts with a
        # part word ('Attendance is better now.') does not end the voice.
        valued = bool(m and m[2].strip()) or text.endswith((".", "!")) or bool(re.search(r"\d\s*%?\s*$", text))
        if not label_is_field and (heading_like or not valued):
            part = self._heading_part(text, loose=heading_like)
            if part and self.part == "pupil_voice" and not heading_like and normalise(text) not in \
                    self.labels.parts.get(part, ()):
                part = None
        if part and (heading_like or len(text.split()) <= 6):
            self._enter(part, p.prov, text)
            return
        if heading_like and periods.is_period_heading(text):
            self.period = periods.period_rank(text)
            return
        if p.heading_level and not label_is_field:
            self.part = None  # an unknown heading ends the current part
            self.pending = None
            return
        if self._narrative_item(text, p.prov):
            return
        if self._list_item(text, p.prov, m):
            return
        if self._idiom_pairs(text, p.prov):
            return
        if m:
            if self.pending and self._pending_field(m[1], m[2], p.prov):
                return
            fm = self._field_match(m[1])
            if fm and self.set_match(fm, m[2], p.prov, m[1].strip()):
                return
            if self.part == "attendees" and self._attendee_line(text, p.prov):
                return
        if self.part == "attendees" and self._attendee_line(text, p.prov):
            return
        if self.part not in ("pupil_voice", "aspirations") and self._sentence_field(text, p.prov):
            return
        if not m and not heading_like and self.part not in ("pupil_voice", "aspirations") and self._note_above(text):
            return
        if self.part == "pupil_voice" and m and m[2].strip() and self._voice_meta(m[1]):
            self.unclaimed.setdefault("pupil_voice", []).append(p.prov)  # about the voice, not the voice
            self._unclaimed(text, p.prov)
            return
        if self.part == "pupil_voice":
            self._voice_text(text, p.prov)
        elif self.part == "aspirations":
            self.aspirations.append(text)
            self._fill("aspirations")
            self._note("aspirations", p.prov, None)
        else:
            self._unclaimed(text, p.prov)

    def _idiom_pairs(self, text: str, prov: Provenance) -> bool:
        """Dotted leaders and several pairs run together on one line: each pair whose label names a field."""
        pairs: list[tuple[str, str]] = []
        if self.part != "pupil_voice" and idioms.LEADER.search(text):
            pairs = idioms.leader_pairs(text)
        if not pairs and text.count(":") >= 2:
            pairs = idioms.run_together(text, self._is_label)
        done = False
        for label, value in pairs:
            fm = self._field_match(label)
            if fm and self.set_match(fm, value, prov, label):
                done = True
            elif value:
                self._unclaimed(f"{label}: {value}", prov)
        return done

    def _sentence_field(self, text: str, prov: Provenance) -> bool:
        """'My setting is Kind Hands Nursery', 'I am in Year 8', 'Attendance this academic year (%) 95.0'."""
        if len(text) > 160 or _LABEL_VALUE.match(text):
            return False  # a 'Label: value' line whose label named nothing is not read another way
        fp = idioms.first_person(text)
        if fp:
            fm = self._field_match(fp[0])
            if fm and self.set_match(fm, fp[1], prov, fp[0]):
                return True

        def score(label: str, value: str) -> Optional[float]:
            fm = self._field_match(label)
            if not fm or not value[:1].isalnum() and value[:1] not in "£(":
                return None
            key, how, sc = fm
            c = self.labels.concepts.by_key.get(key)
            kind = c.type if c else ("date" if key.endswith("date") else "text")
            if kind in ("date", "percent", "money", "year_group") and not re.match(r"[\d£(]|(?:year|reception|nursery)", value, re.I):
                return None
            if parse_typed(kind, value, bool(c and c.latest)) is None:
                return None
            return (sc or 1.5) + 0.01 * len(label.split())

        done = False
        def same(a: str, b: str) -> bool:
            fa, fb = self._field_match(a), self._field_match(b)
            return bool(fa and fb and fa[0] == fb[0])

        for label, value in idioms.unmarked_all(text, score, same):
            fm = self._field_match(label)
            if fm and self.set_match(fm, value, prov, label):
                done = True
        return done

    def _narrative_item(self, text: str, prov: Provenance) -> bool:
        m = _NARR_TARGET.match(text)
        if not m or self.part not in ("targets", "previous_targets"):
            return False
        previous = bool(m[1]) or self.part == "previous_targets"
        area = _clean(m[3] or m[4] or "")
        body = _clean(m[5]) or ""
        if previous:
            t: Any = PreviousTarget(number=int(m[2]), area=area, text=body)
            self.pep.previous_targets.append(t)
            kind, idx = "previous_targets", len(self.pep.previous_targets) - 1
        else:
            t = Target(number=int(m[2]), area=area, text=body)
            self.pep.targets.append(t)
            kind, idx = "targets", len(self.pep.targets) - 1
        self._fill(kind)
        self._note(f"{kind}[{idx}]", prov, None)
        self._note(f"{kind}[{idx}].text", prov, None)
        self.pending = (kind, t, idx)
        return True

    def _list_item(self, text: str, prov: Provenance, m) -> bool:
        """Items in prose: a numbered or bulleted line under a targets heading ('1. (English) Maya will...')
        is a target; under a PP+ heading, a line with an amount ('Lexia licence - £45') is a spend line."""
        if self.part not in ("targets", "previous_targets", "pp_plus"):
            return False
        li = _LIST_ITEM.match(text)
        if self.part == "pp_plus":
            if m and self._field_match(m[1]):
                return False
            amounts = money_amounts(text)
            if not amounts or len(text.split()) < 3 or normalise(text).startswith("total") or _MUST.search(text):
                return False
            desc = _clean(li[3] if li else text) or text
            self.pep.pp_spend.append(SpendLine(description=desc, cost=amounts[-1], cost_text=None,
                                               number=int(li[1]) if li and li[1] else None))
            idx = len(self.pep.pp_spend) - 1
            self.item_period[("pp_spend", idx)] = self.period
            self._fill("pp_plus")
            self._note(f"pp_spend[{idx}]", prov, None, "prose", None)
            return True
        if not li or len((li[3] or "").split()) < 4 or (m and self._field_match(m[1])):
            return False
        number = int(li[1]) if li[1] else None
        area, body = _clean(li[2] or ""), _clean(li[3]) or ""
        kind = self.part
        obj: Any = (PreviousTarget if kind == "previous_targets" else Target)(number=number, area=area, text=body)
        items = getattr(self.pep, kind)
        items.append(obj)
        idx = len(items) - 1
        self.item_period[(kind, idx)] = self.period
        self._fill(kind)
        self._note(f"{kind}[{idx}]", prov, None, "prose", None)
        self._note(f"{kind}[{idx}].text", prov, None, "prose", None)
        self.pending = (kind, obj, idx)
        return True

    def _pending_field(self, label: str, value: str, prov: Provenance) -> bool:
        kind, obj, idx = self.pending
        col = tables.column_for(self.labels, label, kind)
        if not col or col in ("text", "number"):
            return False
        self._set_row_attr(kind, obj, col, value)
        self._note(f"{kind}[{idx}].{col}", prov, label)
        return True

    def _attendee_line(self, text: str, prov: Provenance) -> bool:
        if text.lstrip().startswith(("(", "[")) or _INSTRUCTION.match(text):
            return False  # '(name, role and contact details of all who attend)': the form's instruction
        m = _ATTENDEE_LINE.match(text)
        if not m:
            return False
        name, role_text = _clean(m[2]), _clean(m[3])
        role = self.labels.match_value("role", role_text or "") or "other"
        if not name or len(name.split()) > 5 or len((role_text or "").split()) > 8:
            return False
        self.pep.attendees.append(Attendee(name=name, role=Role(role), role_text=role_text, attended=not m[1]))
        self._fill("attendees")
        self._note(f"attendees[{len(self.pep.attendees) - 1}]", prov, None)
        return True

    # -- tables ---------------------------------------------------------------------------
    def table(self, t: Table) -> None:
        if not t.rows:
            return
        kind, colmap, header_row = self._table_kind(t)
        if kind:
            self._data_table(kind, colmap, t, header_row)
            return
        texts = t.texts()
        item = tables.transposed(self.labels, texts, self.part)
        if item:
            self._item_table(item[0], item[1], t)
            return
        cols = periods.period_columns(texts[0]) if len(texts) > 1 else None
        if cols:  # one column per meeting or term: the latest filled in is this PEP's
            for row in t.rows[1:]:
                idx = periods.latest_cell([c.text for c in row], cols)
                if idx is not None and row[0].text.strip():
                    self._label_value_row([row[0], row[idx]], latest=True)
            return
        if self._labels_above(t):
            return
        for row in t.rows:
            self._label_value_row(row)

    def _labels_above(self, t: Table) -> bool:
        """A row of labels with their values in the row below ('Date of this PEP | Date of Next PEP' over
        '14.10.25 | February 2026')."""
        if len(t.rows) < 2 or len(t.rows[0]) < 2:
            return False
        head, below = t.rows[0], t.rows[1]
        matches = [self._field_match(c.text) if c.text.strip() else None for c in head]
        if sum(1 for m in matches if m) < 2 or any(self._field_match(c.text) for c in below if c.text.strip()):
            return False
        for i, fm in enumerate(matches):
            if i < len(below) and below[i].text.strip():
                if not (fm and self.set_match(fm, below[i].text, below[i].prov, head[i].text.strip())):
                    self._unclaimed(f"{head[i].text}: {below[i].text}", below[i].prov)
        for row in t.rows[2:]:
            self._label_value_row(row)
        return True

    def _item_table(self, kind: str, rows: list[tuple[int, str, Optional[int]]], t: Table) -> None:
        """Items whose fields are the rows of a table: each column after the first is one item."""
        part = _KIND_PART[kind]
        self.found.add(part)
        used = {r for r, _, _ in rows}
        width = max(len(r) for r in t.rows)
        for j in range(1, width):
            cells = [t.rows[r][j] if j < len(t.rows[r]) else None for r in range(len(t.rows))]
            if j > 1 and all(c is None or c.text == t.rows[r][j - 1].text for r, c in enumerate(cells)):
                continue  # a merged cell repeated across the grid
            vals: dict[str, str] = {}
            number = None
            for r, col, num in rows:
                v = cells[r].text if cells[r] is not None else ""
                if col == "number":
                    number = parse_int(v)
                elif _clean(v):
                    vals[col] = v
                if num is not None and number is None and width == 2:
                    number = num
            obj = self._row_object(kind, vals)
            if obj is None:
                continue
            if number is not None and hasattr(obj, "number") and obj.number is None:
                obj.number = number
            items = getattr(self.pep, kind)
            items.append(obj)
            idx = len(items) - 1
            self.item_period[(kind, idx)] = self.period
            self._fill(part)
            self._note(f"{kind}[{idx}]", t.prov, None, "transposed", None)
            for r, col, _ in rows:
                if cells[r] is not None:
                    self._note(f"{kind}[{idx}].{col}", cells[r].prov, t.rows[r][0].text, "transposed", None)
            for r, c in enumerate(cells):
                if r not in used and c is not None and c.text.strip():
                    self._unclaimed(f"{t.rows[r][0].text}: {c.text}", c.prov)

    def _table_kind(self, t: Table) -> tuple[Optional[str], dict[int, str], int]:
        best: tuple[int, Optional[str], dict[int, str], int] = (0, None, {}, 0)
        texts = t.texts()
        for hr in range(min(3, len(t.rows))):
            header = texts[hr]
            if len(header) < 2:
                continue
            for kind in TABLE_KINDS:
                got = tables.header_map(self.labels, header, kind, texts[hr + 1:])
                if not got:
                    continue
                colmap, strength = got
                score = strength + (0.5 if _KIND_PART[kind] == self.part else 0) - hr
                if score > best[0]:
                    best = (score, kind, colmap, hr)
        return best[1], best[2], best[3]

    def _data_table(self, kind: str, colmap: dict[int, str], t: Table, header_row: int) -> None:
        part = _KIND_PART[kind]
        self.found.add(part)
        target_list = getattr(self.pep, kind)
        cost_col = None
        if kind == "targets":
            cost_col = next((i for i, c in enumerate(t.rows[header_row]) if i not in colmap
                             and tables.column_for(self.labels, c.text, "pp_spend") == "cost"), None)
        period = tables.header_period(t.texts()[header_row])
        period = period if period is not None else self.period
        for r, row in enumerate(t.rows[header_row + 1:], start=header_row + 1):
            vals = {colmap[i]: c.text for i, c in enumerate(row) if i in colmap and _clean(c.text)}
            if not vals:
                continue
            if len({c.text for c in row}) == 1 and len(row) > 1:
                continue  # a merged full-width row (sub-heading) inside the table
            obj = self._row_object(kind, vals)
            total = next((c for c in row if normalise(c.text).startswith("total")), None)
            if obj is None or (kind == "pp_spend" and total is not None):
                # A 'Total' row in a spend table fills the requested amount.
                if kind == "pp_spend" and total is not None:
                    money = [parse_money(c.text) for c in row if parse_money(c.text) is not None]
                    money = money or [m for c in row for m in money_amounts(c.text)]
                    if money and (self.pep.pp_requested is None or period is not None):
                        self.pep.pp_requested = money[-1]
                        self._fill("pp_plus")
                        self._note("pp_requested", total.prov, total.text)
                continue
            if kind == "pp_spend" and obj.cost is None and "£" in obj.description:
                obj.cost = parse_money(obj.description)  # 'Provision and cost' in one cell
            target_list.append(obj)
            self._fill(part)
            idx = len(target_list) - 1
            self.item_period[(kind, idx)] = period
            self._note(f"{kind}[{idx}]", row[0].prov.model_copy(update={"cell": None}))
            for i, c in enumerate(row):
                if i in colmap:
                    self._note(f"{kind}[{idx}].{colmap[i]}", c.prov, t.rows[header_row][i].text)
            if kind == "targets" and cost_col is not None and cost_col < len(row):
                self._target_cost(obj, idx, row, cost_col, colmap)

    def _target_cost(self, target: Target, idx: int, row: list[Cell], cost_col: int, colmap: dict[int, str]) -> None:
        """A cost in a target's row is a PP+ spend line linked to that target (its support, or the target)."""
        cell = row[cost_col]
        cost = parse_money(cell.text)
        if cost is None:
            return
        desc = target.actions or target.text
        self.pep.pp_spend.append(SpendLine(description=desc, cost=cost, cost_text=_clean(cell.text),
                                           target_ref=str(target.number or idx + 1)))
        n = len(self.pep.pp_spend) - 1
        self.item_period[("pp_spend", n)] = self.item_period.get(("targets", idx))
        self._fill("pp_plus")
        self._note(f"pp_spend[{n}]", cell.prov, None, "target row", None)

    def _row_object(self, kind: str, vals: dict[str, str]) -> Any:
        v = {k: _clean(x) for k, x in vals.items()}
        main = v.get("text") if kind in ("targets", "previous_targets") else None
        if main and _SLOT.match(main):
            return None  # 'Target 1' with nothing written beside it: an empty slot on the form, not a target
        if kind == "pp_spend" and (v.get("description") or "").lower().startswith("total"):
            return None
        if kind == "targets":
            if not v.get("text"):
                return None
            obj: Any = Target(text=v["text"])
        elif kind == "previous_targets":
            if not v.get("text"):
                return None
            obj = PreviousTarget(text=v["text"])
        elif kind == "pp_spend":
            if not v.get("description"):
                return None
            obj = SpendLine(description=v["description"])
        elif kind == "attendees":
            if not v.get("name"):
                return None
            obj = Attendee(name=v["name"])
        elif kind == "attainment":
            if not v.get("subject"):
                return None
            obj = AttainmentRow(subject=v["subject"])
        else:
            obj = Exclusion()
        for col, x in v.items():
            if x is not None and col not in ("text", "description", "name", "subject"):
                self._set_row_attr(kind, obj, col, x)
        return obj

    def _set_row_attr(self, kind: str, obj: Any, col: str, raw: str) -> None:
        x = _clean(raw)
        if x is None:
            return
        L = self.labels
        if col == "number":
            obj.number = parse_int(x)
        elif kind == "targets" and col == "term":
            obj.term = L.match_value("target_term", x)
        elif kind == "previous_targets" and col == "status":
            obj.status = L.match_value("outcome_status", x)
        elif kind == "pp_spend" and col == "cost":
            obj.cost_text = x
            obj.cost = parse_money(x)
        elif kind == "attendees" and col == "role":
            obj.role_text = x
            obj.role = Role(L.match_value("role", x) or "other")
        elif kind == "attendees" and col == "attended":
            obj.attended = parse_bool(x)
        elif kind == "exclusions" and col == "kind":
            low = x.lower()
            obj.kind = "permanent" if "perman" in low else "internal" if "internal" in low else "suspension"
        elif kind == "exclusions" and col == "date":
            obj.date = parse_date(x)
        elif kind == "exclusions" and col == "days":
            obj.days = parse_float(x)
        else:
            setattr(obj, col, x)

    def _label_value_row(self, row: list[Cell], latest: bool = False) -> None:
        texts = [c.text.strip() for c in row]
        distinct = [t for i, t in enumerate(texts) if t and t not in texts[:i]]
        if len(distinct) == 1 and self.above and not any(c.tables for c in row) and self._take_above(distinct[0], row[0].prov):
            return
        self.above = None
        for c in row:
            for nested in c.tables:
                self.table(nested)
        if len(distinct) == 1 and not any(c.tables for c in row):
            only = distinct[0]
            part = self._heading_part(only, loose=row[0].shaded)
            if part:
                self._enter(part, row[0].prov, only)
                if len(row) == 1:
                    self._note_above(only)  # 'Attendance this academic year (%)' over '93.5'
                return
            m = _LABEL_VALUE.match(only)
            if m and (fm := self._field_match(m[1])) and self.set_match(fm, m[2], row[0].prov, m[1].strip()):
                return
            if key := self._field_for(only):  # a label whose value cell is empty (or whose value is below)
                self.set_field(key, "", row[0].prov, only)
                if key in _TYPED_ABOVE and len(row) == 1:
                    self.above = ((key, "exact", None), only)
                return
            if len(row) == 1 and self._note_above(only):
                return
            if len(row) > 1 and texts[0] == only and not any(texts[1:]) and self.part in ("pupil_voice", "aspirations"):
                return  # a label (not known) beside an empty answer box: nothing was written
            if self.part == "pupil_voice":
                self._voice_text(only, row[0].prov)
            elif self.part == "aspirations":
                self.aspirations.append(only)
                self._fill("aspirations")
                self._note("aspirations", row[0].prov)
            else:
                self._unclaimed(only, row[0].prov)
            return
        i = 0
        while i < len(row) - 1:
            label_cell, value_cell = row[i], row[i + 1]
            fm = self._field_match(label_cell.text) if label_cell.text.strip() else None
            if fm and latest:
                fm = (fm[0], fm[1], fm[2])
            if fm and self._set_cell(fm, value_cell, label_cell.text.strip(), latest):
                i += 2
                continue
            if fm and fm[1] == "exact":
                i += 2
                continue
            if (self.part == "pupil_voice" and label_cell.text.strip() and value_cell.text.strip()
                    and not self._field_match(value_cell.text) and not self._voice_meta(label_cell.text)):
                self._voice_text(value_cell.text, value_cell.prov)  # a question and the child's answer
                i += 2
                continue
            if (self.part == "aspirations" and label_cell.text.strip() and len(value_cell.text.split()) >= 3
                    and not self._field_match(value_cell.text) and not self._voice_meta(label_cell.text)):
                self.aspirations.append(value_cell.text.strip())  # 'My hopes for the future | Kai wants to...'
                self._fill("aspirations")
                self._note("aspirations", value_cell.prov, label_cell.text.strip())
                i += 2
                continue
            if label_cell.text.strip() and value_cell.text.strip():
                self._unclaimed(f"{label_cell.text}: {value_cell.text}", label_cell.prov)
            i += 1

    def _set_cell(self, fm, cell: Cell, label: str, latest: bool) -> bool:
        """A value cell for a matched label; a value that is itself 'Label: value' for the same field
        ('Attendance | Attendance this academic year (%): 91.3 - two days missed') is read inside."""
        prov = cell.prov.model_copy(update={"match": "latest"}) if latest else cell.prov
        m = _LABEL_VALUE.match(cell.text.strip())
        if m:
            inner = self._field_match(m[1])
            if inner and inner[0] == fm[0] and self.set_match(inner, m[2], prov, m[1].strip()):
                return True
        return self.set_match(fm, cell.text, prov, label)

    def _voice_meta(self, label: str) -> bool:
        """A label about the voice (who wrote it down, how it was gathered, when), not a prompt the child
        answered: its value is not the child's words."""
        n = normalise(label)
        near = self.labels.concepts.nearest(n, floor=0.5)
        return bool(near and near.startswith("pupil_voice.")) or n.endswith(" by") or bool(
            re.search(r"\b(?:date|signed|signature|completed)\b", n))

    def _voice_text(self, text: str, prov: Provenance) -> None:
        """A piece of the child's voice: a term-by-term cell gives its latest term; prompts are dropped."""
        lat = periods.latest_line(text)
        if lat is not None:
            text = lat[1]
        lines = [x for x in text.split("\n") if x.strip() and not _is_prompt(x)]
        if not lines:
            return
        self.voice.append("\n".join(lines))
        self._fill("pupil_voice")
        self._note("pupil_voice.text", prov, None)

    # -- finish ---------------------------------------------------------------------------
    def run(self) -> PEP:
        for b in self.doc.blocks:
            if isinstance(b, Para):
                self.para(b)
            else:
                self.table(b)
        pep = self.pep
        if self.voice and not pep.pupil_voice.text:
            pep.pupil_voice.text = "\n".join(self.voice)
        if self.aspirations and not pep.aspirations:
            pep.aspirations = "\n".join(self.aspirations)
        self._latest_period_only()
        c = pep.child
        if not c.name and self.name_parts.get("child.forename"):
            c.name = " ".join(x for x in (self.name_parts.get("child.forename"), self.name_parts.get("child.surname")) if x)
            self._note("child.name", pep.provenance.get("child.name_forename") or Provenance(), "Forename + Surname",
                       "concept", None)
        if c.year_group is None and c.date_of_birth and (pep.meeting_date or pep.completed_date):
            c.year_group = _year_from_birth(c.date_of_birth, pep.meeting_date or pep.completed_date)
            if c.year_group is not None:
                self._note("child.year_group", pep.provenance.get("child.date_of_birth") or Provenance(),
                           "date of birth", "derived", None)
        if c.year_group is not None:
            c.key_stage = c.key_stage or key_stage_for(c.year_group)
            c.phase = c.phase or phase_for(c.year_group)
        if pep.school.type is None and pep.school.type_text:
            pep.school.type = self.labels.match_value("school_type", pep.school.type_text)
        if pep.pp_spend or pep.pp_requested is not None:
            self._fill("pp_plus")
        pep.parts = {k: self._status(k) for k in PART_KEYS}
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
        periods_seen = [t for t in self.item_period.values() if t is not None]
        last_seen = max(periods_seen) if periods_seen else None
        keep_period = self.period
        for period, text, prov in self.period_left:  # what was left under an older term is not this PEP's
            if last_seen is None or period >= last_seen:
                self.period = None
                self._unclaimed(text, prov)
        self.period = keep_period
        for kind in ("targets", "pp_spend"):
            items = getattr(self.pep, kind)
            tags = [self.item_period.get((kind, i)) for i in range(len(items))]
            ranked = {t for t in tags if t is not None}
            if len(ranked) < 2:
                continue
            last = max(ranked)
            keep = [i for i, t in enumerate(tags) if t == last or t is None]
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

    def _status(self, k: str) -> PartStatus:
        """read / partial / unread / empty / not_found, from what was read under the part and what was left."""
        left = bool(self.unclaimed.get(k))
        if k in self.filled:
            if not left and _core_missing(self.pep, k):
                return PartStatus.partial  # other fields read, the one every PEP records not: more likely missed
            return PartStatus.partial if left else PartStatus.read
        if k in self.found or left:
            return PartStatus.unread if left else PartStatus.empty
        return PartStatus.not_found


def _core_missing(pep: PEP, part: str) -> bool:
    """A document PEP always says whose plan it is and when the meeting was: when the reader read other details
    of the child or the meeting but not these, it missed them (a name in prose, a date in a strip it does not
    know) far more often than the PEP lacks them, so the part is partial and the officer, not the school, is told.
    (A JSON export states its fields, so this applies only to documents.)"""
    if part == "child":
        return not pep.child.name and not pep.child.identifier
    if part == "meeting":
        return pep.meeting_date is None
    return False


_INSTRUCTION = re.compile(
    r"^\s*(?:\(?\s*(?:please|to be completed|complete|record|list|describe|include|note|guidance|"
    r"this section|use this|tick|circle|delete as)\b|\[)", re.I)


_ITEM_PARTS = {"targets", "previous_targets", "pp_plus", "attendees", "attainment"}
_PROSE_ITEM_PARTS = {"targets", "previous_targets", "pp_plus"}  # where even plain sentences are the items
_ITEM_START = re.compile(r"^\s*(?:\d{1,2}\s*[.):]|[a-h]\s*[.)]|[•\-–*▪●]|(?:target|item|line)\s*\d)", re.I)
_VALUE_LIKE = re.compile(r"\d|£|%")
# Fields whose value under a lone label is accepted only when it parses as the field's type.
_TYPED_ABOVE = {"child.name", "child.date_of_birth", "child.year_group", "school.name", "meeting_date", "completed_date",
                "next_pep_date", "attendance_percent", "pp_requested", "child.forename", "child.surname"}
_LIST_ITEM = re.compile(
    r"^\s*(?:(\d{1,2})\s*[.)]|[•\-–*▪●○◦])\s*(?:\(([^)]{1,40})\)\s*[:\-–]?\s*)?(.+)$", re.S)
_SLOT = re.compile(r"^\s*(?:target|next step|step|outcome|aim)\s*(?:no\.?\s*)?\d{0,2}\s*[:.]?\s*$", re.I)
_XREF = re.compile(r"^\s*(?:\([^)]*\)\s*$|see\b|refer to\b|as (?:above|below|per)\b|n/?a\s*$)", re.I)
_MUST = re.compile(r"\b(?:must|should|will not be agreed|is claimed by)\b", re.I)


def _looks_like_content(text: str, labels: Labels, part: Optional[str] = None) -> bool:
    """Text left under a part that looks like something the reader should have read.

    In a part made of items (targets, spend lines, attendees, attainment rows) any answer-like text counts:
    it is probably an item laid out in a way the reader does not know. Elsewhere only field-like text counts
    ("Label: value", or a short line holding a number, date, amount or yes/no): longer prose is the
    writer's commentary, which the model does not hold, not a field left unread. Instructions, prompts
    and placeholders never count."""
    t = text.strip()
    if not t or labels.is_placeholder(t) or not re.search(r"[A-Za-z0-9]", t):
        return False
    if _INSTRUCTION.match(t) or (t.endswith("?") and len(t) < 160):
        return False
    if ":" in t:
        label, value = t.split(":", 1)
        value = value.strip()
        if not value or labels.is_placeholder(value) or not re.search(r"[A-Za-z0-9]", value):
            return False
        if _XREF.match(value):
            return False  # 'Interventions: (must link to a next step)', 'see Pupil premium below'

        if part in _ITEM_PARTS or part in ("pupil_voice", "aspirations"):
            return True
        return len(label.split()) <= 8 and len(value.split()) <= 12
    if _MUST.search(t) and not _VALUE_LIKE.search(t):
        return False  # 'Each request must be linked to one of my next steps above.': the form's rule
    if part in _ITEM_PARTS and len(t.split()) <= 14 and not t.endswith(".") and labels.match_part(t, loose=True):
        return False  # a sub-heading ('New targets agreed at Meeting 2 (Review)')
    if part in _PROSE_ITEM_PARTS or (part in _ITEM_PARTS and _ITEM_START.match(t)):
        return True
    if part in ("pupil_voice", "aspirations") and len(t.split()) >= 4 and not _is_prompt(t):
        return True  # these parts ARE prose: an answer left unread means the part was not read
    # "Attendance this academic year (%) 95.0": a label and its value with no colon. A sentence (ending in a
    # full stop) that mentions a number is commentary.
    return len(t.split()) <= 10 and bool(_VALUE_LIKE.search(t)) and not t.endswith((".", "!"))


def _year_from_birth(dob, when) -> Optional[int]:
    """National curriculum year from the date of birth (England: the school year runs 1 September to 31
    August; a child starts Reception in the September after turning four). Nursery for younger children."""
    born_cohort = dob.year if dob.month >= 9 else dob.year - 1
    school_year = when.year if when.month >= 9 else when.year - 1
    ncy = school_year - born_cohort - 5
    if ncy < -1:
        return -1 if ncy >= -4 else None
    return ncy if ncy <= 14 else None


_PROMPT = re.compile(r"^\s*(?:what|how|who|why|when|where|which|is there|are there|do you|does|did|anything|tell us)\b", re.I)


def _is_prompt(text: str) -> bool:
    """A question or sentence starter printed on the form ('What I find hard', 'I like playing with...'),
    not the child's words."""
    t = text.strip()
    if t.endswith("?") or t.endswith(("...", "…")) and len(t.split()) <= 8:
        return True
    return len(t.split()) <= 8 and bool(_PROMPT.match(t)) and not t.endswith((".", "!", '"', "'"))


def interpret(doc: Document, labels: Labels) -> PEP:
    return Interpreter(doc, labels).run()
