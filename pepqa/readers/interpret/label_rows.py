"""Label/value table rows: a label cell beside its value (2- or 4-column forms), a one-cell row that is a
heading or a label whose value is below, and question/answer rows in the voice and aspirations parts."""
from __future__ import annotations

import re
from typing import Optional

from ...labels import normalise
from ...values import parse_date
from .. import periods, tables
from ..blocks import Cell, Para
from .patterns import _LABEL_VALUE, _QUOTE, _TYPED_ABOVE, _clean
from .wording import alt, pattern
from .voice import _FIRST_PERSON, _ME, _PROMPT, _is_prompt

_PERIOD_HEAD = re.compile(r"^\s*(?:this|last|previous|current|prior)\s+(?:academic\s+|school\s+)?(?:year|term)\b|"
                          r"\byear\s+to\s+date\b", re.I)
_DATE_KEYS = {"meeting_date", "completed_date", "next_pep_date"}
_PRICE_ONLY = re.compile(r"^\s*£\s*\d[\d,]*(?:\.\d{1,2})?\s*$")


# A label telling the form's user to enter or pick a value ('My school is a (please enter type of school)',
# 'Gender (select)'): a data field, whose answer is a fact, never the child's views, even under the voice heading.
_DATA_ENTRY = re.compile(r"\((?:please\s+)?(?:enter|select|choose|pick|delete|tick|circle)\b[^)]*\)", re.I)


_QUOTED = re.compile(r"^\s*[\"“]([^\"“”]{3,400})[\"”]\s*$", re.S)  # a cell that is one quotation


_SESSIONS_FIGURE = re.compile(r"(?i)^\s*(\d{1,3}(?:\.\d{1,2})?)\s?%\s+(?:of\s+(?:\w+\s+){0,2}(?:sessions|possible|days)|attendance"
                              r"|attended|(?:this|so\s+far)\b|since\b|year\s+to\s+date)")


class LabelRowsMixin:
    def _label_value_row(self, row: list[Cell], latest: bool = False) -> None:
        texts = [c.text.strip() for c in row]
        distinct = [t for i, t in enumerate(texts) if t and t not in texts[:i]]
        if len(distinct) == 1 and not any(c.tables for c in row) and self._box_of_lines(distinct[0], row[0]):
            return  # several 'Label: value' lines in one box, not one value for the label above
        if len(distinct) == 1 and self.above and not any(c.tables for c in row) and self._take_above(distinct[0], row[0].prov):
            return
        self.above = None
        for c in row:
            for nested in c.tables:
                self.table(nested)
        if self._titled_row(row):
            return  # 'Target 1 – academic | Tyler will read ...', 'PP+ line 1 | Intervention: ...' (titled_rows.py)
        if len(distinct) == 1 and not any(c.tables for c in row):
            only = distinct[0]
            if self.slot and (self.slot[0] is not None or self._states_goal(only)) \
                    and self._item_heading_body(only, row[0].prov):
                return  # the row under 'Next step A: Communication and language': that item's text
            self.slot = None
            if self._item_heading(only, row[0].prov) or self._area_title(only, row[0].prov):
                return  # a one-cell title row of an item ('Target 2 - Maths', 'Physical development') over its text
            m = _LABEL_VALUE.match(only)
            if m and m[2].strip() and (fm := self._field_match(m[1])) \
                    and self.set_match(fm, m[2], row[0].prov, m[1].strip()):
                return  # 'Attendance this year: 88.9% (...)' is a field with its value, not a part's heading
            if m and len(m[1].split()) <= 4 and m[2].strip()[:1].islower() and "\n" not in only \
                    and (_PROMPT.match(m[2].strip()) or re.search(r"\([^()]*\)\s*$", m[2])) \
                    and (part := self._heading_part(m[1].strip(), loose=True)):
                # 'My voice: what I say, and how I show you ... (write the child's words in quotation marks)': a
                # box's title and what the box asks for, over the box
                self._enter(part, row[0].prov, only)
                return
            if re.search(r"\d\s?%|£\s?\d", only) and self._data_line(only, row[0].prov):
                return  # 'Attendance 88.4% (spring so far) - two lates': a data line, not the attendance heading
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
                self._aspiration(only, row[0].prov)
            elif self.part == "attendance" and (fig := _SESSIONS_FIGURE.match(only)):
                # '92% of funded sessions (30 hours offer) since September' in the attendance box: the figure
                self.set_field("attendance_percent", fig[1] + "%", row[0].prov, "attendance box", "derived")
            elif not self._data_line(only, row[0].prov):  # 'Attendance 97.8% - no suspensions - ...'
                self._unclaimed(only, row[0].prov)
            return
        if self.part in ("pupil_voice", "aspirations") and self._answer_row(row):
            return
        if not texts[0] and len(distinct) >= 2 and all(_PERIOD_HEAD.search(x) or periods.period_rank(x) is not None
                                                       for x in distinct):
            return  # '| This academic year (to date) | Last academic year': the columns' headings, not a value
        i = 0
        while i < len(row) - 1:
            label_cell, value_cell = row[i], row[i + 1]
            pair = _LABEL_VALUE.match(label_cell.text.strip())
            if pair and pair[2].strip() and (pm := self._field_match(pair[1])) and pm[0] in _TYPED_ABOVE \
                    and self._convert(pm[0], pair[2].strip()) is not None \
                    and self.set_match(pm, pair[2], label_cell.prov, pair[1].strip()):
                i += 1  # 'Current attendance (this academic year): 91.7% | ☐ Printout attached': a pair in one cell
                continue
            fm = self._field_match(label_cell.text) if label_cell.text.strip() else None
            if fm and fm[0] == "meeting_date" and len(row) > i + 2 and row[-1].text.strip() in ("☐", "[ ]"):
                # 'Progression review PEP | w/c 26/07/2027 | ☐' in a schedule whose held meetings are ticked: not held
                self.claims.append((value_cell.prov, "set aside: a meeting not yet held", "exact"))
                i += 2
                continue
            if not fm and label_cell.text.strip() and value_cell.text.strip():
                fm = self._typed_concept(label_cell.text, value_cell.text)  # 'Attendance (%) at date of meeting | 92.5%'
            if not fm and self._labelled_age(f"{label_cell.text.strip()}: {value_cell.text.strip()}", value_cell.prov):
                i += 2  # 'Age | 2 years 10 months' (prose_facts.py)
                continue
            if not fm and label_cell.text.strip() and self.labels.is_ignored(label_cell.text):
                self._room_year(label_cell.text, value_cell.text, value_cell.prov)
                i += 2  # 'Preferred name | Kacper | CareLink ID | ...': a label the model does not hold, and its value
                continue
            if self._joint_label(label_cell, value_cell):
                i += 2  # 'School and year | Hillside Primary, Year 4': two fields asked in one label
                continue
            if not fm and label_cell.text.strip() and re.search(r"\d\s?%|£\s?\d", value_cell.text) \
                    and self._data_line(value_cell.text, value_cell.prov):
                # 'Attendance and exclusions | Attendance YTD 91.3% (...). Exclusions - none': the value names its
                # own figures, as the same line alone in a box does. Why general: a box's label may be a topic
                # ('Attendance and exclusions') whose figures are labelled inside it, on any form.
                i += 2
                continue
            if not fm and self._state_and_date(label_cell, value_cell):
                i += 2  # 'PEP status | Complete' over 'Date status set | 30 October 2025'
                continue
            if not fm and value_cell.text.strip() and label_cell.text.strip() \
                    and self._status_date(value_cell.text, value_cell.prov, label_cell.text):
                i += 2  # 'PEP status | Submitted to VS on 21/11/2025': the state's word names the date, as in a line
                continue
            if i == 0 and not fm and self._logged_event(row):
                i += 2  # '02/02/2026 11:20 | Submitted to Virtual School | Mr P. Greaves': when, then what
                continue
            if fm and latest:
                fm = (fm[0], fm[1], fm[2])
            if fm and (j := self._later_value(fm, row, i)) is not None:
                i = j + 1  # 'Submitted | R. Castellano (DT) | 12/11/2025 09:41': what, who, then when
                continue
            if fm and self._set_cell(fm, value_cell, label_cell.text.strip(), latest):
                i += 2
                continue
            if fm and fm[1] == "exact":
                i += 2
                continue
            if (not fm or fm[1] != "exact") and self._period_percent(label_cell.text, value_cell.text, value_cell.prov):
                i += 2  # 'Spring term | 94.9%' with no attendance label (period_figures.py)
                continue
            if not fm and value_cell.text.strip() and self._sen_answer(label_cell.text, value_cell.text, value_cell.prov):
                i += 2  # 'EHCP in place? | Yes'
                continue
            if not fm and self._ncy_answer(label_cell.text, value_cell.text, value_cell.prov):
                i += 2  # 'Year of study | Year 1 of 2 (NCY 12)' (fields.py)
                continue
            if fm and not value_cell.text.strip() and not value_cell.tables and fm[0] in _TYPED_ABOVE:
                self.set_field(fm[0], "", label_cell.prov, label_cell.text.strip(), fm[1], fm[2])
                i += 2  # 'Attendance this year so far | (blank)': the form asks, the box is empty
                continue
            if self.part == "pupil_voice" and not fm and value_cell.text.strip() \
                    and not _FIRST_PERSON.search(_QUOTE.sub(" ", value_cell.text)) \
                    and self._quoted_voice(value_cell.text, value_cell.prov):
                i += 2  # '02-Oct, role play | Ruby-Mae fed the doll and said "Baby hungry."': the quoted words are hers
                continue
            if self.part == "pupil_voice" and not fm and _RECORD_LABEL.search(label_cell.text) \
                    and not _ME.search(label_cell.text + " " + value_cell.text):
                # 'Care plan summary | Living with foster carers ...' under 'About me': a record kept about the
                # child, not the child's words (the views may stand elsewhere: details_in_voice).
                self.details_in_voice.append(value_cell.prov)
                self._unclaimed(f"{label_cell.text.strip()}: {value_cell.text.strip()}", value_cell.prov)
                i += 2
                continue
            if self.part == "pupil_voice" and _QUOTED.match(label_cell.text) and value_cell.text.strip() \
                    and not _QUOTED.match(value_cell.text) and len(value_cell.text.split()) <= 8:
                # '"I can zip my coat now!" | Cloakroom, 3 March': the words in quotation marks are the child's,
                # the short cell beside them says where or when. Why general: on any form quotation marks
                # mark what the child said, and a note of the place is not the child's view.
                self._voice_text(_QUOTED.match(label_cell.text)[1], label_cell.prov)
                i += 2
                continue
            if self.part == "pupil_voice" and label_cell.text.strip() and not re.search(r"\d", label_cell.text) \
                    and not _QUOTE.search(value_cell.text) and self._other_writer(label_cell.text):
                i += 2  # 'Carer's comments | Carer sent apologies.' in the views' table: another's words, not the child's
                continue
            if (self.part == "pupil_voice" and label_cell.text.strip() and value_cell.text.strip()
                    and not self._field_match(value_cell.text) and not self._voice_meta(label_cell.text)
                    and not _DATA_ENTRY.search(label_cell.text)):
                self._voice_text(value_cell.text, value_cell.prov)  # a question and the child's answer
                i += 2
                continue
            if (self.part == "aspirations" and label_cell.text.strip() and len(value_cell.text.split()) >= 3
                    and not self._field_match(value_cell.text) and not self._voice_meta(label_cell.text)
                    and not _is_prompt(value_cell.text)):
                # 'My hopes for the future | Kai wants to...'
                self._aspiration(value_cell.text.strip(), value_cell.prov, label_cell.text.strip())
                i += 2
                continue
            if (len(row) == 2 and not fm and _PRICE_ONLY.match(value_cell.text)
                    and self._amount_item(label_cell.text, value_cell.text, value_cell.prov)):
                i += 2  # 'Outdoor waterproof suits for the pre-school | £130' under PP+
                continue
            if label_cell.text.strip() and value_cell.text.strip() and (i == 0 or re.search(r"[A-Za-z]{2}", label_cell.text)):
                # (a figure after a figure, 'Suspensions | 0 | 1 (2 days)', is no label and its value)
                self._unclaimed(f"{label_cell.text}: {value_cell.text}", label_cell.prov)
                if not fm and self.labels.is_ignored(label_cell.text):
                    i += 2  # 'In Care (LA) | Y - Kingsmere | ...': a label the model does not hold and its value
                    continue
            i += 1

    def _state_and_date(self, label_cell: Cell, value_cell: Cell) -> bool:
        """A status and, on the next row, the date it was set ('Status | Submitted' over 'Status date | 4 March
        2026'): the state's word names the date, as 'Submitted 04/03/2026' would in one cell.

        Why general: case-management exports on any platform record a state and when it changed, not a labelled
        completion date; a state before completion ('Draft', 'In progress') names no date, so nothing is read."""
        label, value = label_cell.text.strip(), value_cell.text.strip()
        held, self.state_held = self.state_held, None
        if not label or not value or not re.search(r"\bstatus\b", label, re.I):
            return False
        if held and re.search(r"\bdate\b", label, re.I):
            return self.set_match(held, value, value_cell.prov, label)
        m = self.labels.concepts.best(normalise(value)) if len(value.split()) <= 3 and not re.search(r"\d", value) else None
        if m and m.key in ("completed_date", "meeting_date"):
            self.state_held = (m.key, "concept", m.score)
            return True
        return False

    def _joint_label(self, label_cell: Cell, value_cell: Cell) -> bool:
        """A label asking two fields at once ('School and year', 'Name / Year group') over a value giving both, in
        the same order, split at a comma ('Hillside Primary, Year 4'): each half is its field's value.

        Why general: a form that saves space asks two things in one box on any authority's layout; the answer
        follows the question's order. Both halves must parse as their field's type, or nothing is taken."""
        label, value = label_cell.text.strip(), value_cell.text.strip()
        halves = [h.strip() for h in re.split(r"\s+(?:and|&)\s+|\s*/\s*", label, flags=re.I) if h.strip()]
        if len(halves) != 2 or not value or "\n" in value or self._field_for(label):
            return False
        keys = [self._field_for(h) for h in halves]
        if None in keys or keys[0] == keys[1] or any(k.startswith("section.") for k in keys):
            return False
        pieces = value.split(", ")
        if len(pieces) != 2 or any(self._convert(k, v) in (None, "") for k, v in zip(keys, pieces)):
            return False
        for k, v in zip(keys, pieces):
            self.set_field(k, v, value_cell.prov, label)
        return True

    def _box_of_lines(self, text: str, cell: Cell) -> bool:
        """A one-cell box holding several 'Label: value' lines (a print-out pasted from a school's system, a
        summary typed in a frame): each line is read as a paragraph of its own, as it would be outside the
        box. A box of prose (one label, or none) is left to the cell's own reading."""
        if self.part in ("pupil_voice", "aspirations"):
            return False  # the child's words in a box: the voice's own reading (quotes, prompts) takes the lines
        lines = [x.strip() for x in text.split("\n") if x.strip()]
        if len(lines) < 3 or sum(1 for x in lines if _LABEL_VALUE.match(x) and _LABEL_VALUE.match(x)[2].strip()) < 2:
            return False
        self.above = None
        for x in lines:
            self.para(Para(x, cell.prov))
        return True

    def _logged_event(self, row: list[Cell]) -> bool:
        """A row of a task history or audit log with the date first ('When | Event | By'): the event names the
        date field ('Submitted to Virtual School by designated teacher' is the completion), the date is the first
        cell. A state before completion or someone else's step names no field and is left (concepts' negatives)."""
        when, what = row[0].text.strip(), row[1].text.strip()
        if not when or not what or len(when.split()) > 3 or parse_date(when) is None or len(what.split()) > 12:
            return False
        em = self._field_match(what)
        if not em or em[0] not in _DATE_KEYS:
            return False
        return self.set_match(em, when.split()[0], row[0].prov, what)

    def _later_value(self, fm, row: list[Cell], i: int) -> Optional[int]:
        """A date field's label whose value is not the next cell but a later one: a row of an event, what
        happened, who did it, when ('Submitted | R. Castellano (DT) | 12/11/2025 09:41' in a status history;
        'Meeting held | Room 4 | 04/11/2025'). The cells between are short and no label; the date is taken
        from the first later cell that parses as one. Returns that cell's index, or None."""
        if fm[0] not in _DATE_KEYS or parse_date(row[i + 1].text.strip() or "-") is not None:
            return None
        for j in range(i + 2, min(len(row), i + 4)):
            between = [c.text.strip() for c in row[i + 1:j]]
            if not all(between) or any(len(b.split()) > 6 or self._field_match(b) or parse_date(b) for b in between):
                return None
            text = row[j].text.strip()
            if text and parse_date(text) is not None:
                return j if self.set_match(fm, text, row[j].prov, row[i].text.strip()) else None
        return None

    def _area_title(self, text: str, prov) -> bool:
        """A one-cell row under the targets naming only an area ('Personal, social and emotional development',
        'Next step: Mathematics'): when the row below states a goal, that is the area's target (named, not
        numbered, next steps in an early-years plan)."""
        if self.part != "targets" or self._field_match(text):
            return False
        t = pattern(self.labels, "title").match(text)
        area = _clean(t[2]) if t and not t[1] and t[2] else text.strip()
        if not area or len(area.split()) > 7 or re.search(r"\d|[.?!]$", area) or not area[:1].isupper() \
                or self._states_goal(area):
            return False
        self.slot = (None, area, prov, text)
        return True

    def _states_goal(self, text: str) -> bool:
        """'Alfie will use child scissors ...': a sentence holding a goal word ([prose] goal_words)."""
        return len(text.split()) >= 4 and bool(re.search(r"(?i)\b(?:" + alt(self._prose_words("goal_words")) + r")\b", text))

    def _card_goal(self, text: str) -> bool:
        """A target card's statement: a goal word ('Leo will move ...') or the child then 'to' ('Amara to settle ...')."""
        return self._states_goal(text) or bool(re.match(r"^[A-Z][\w'’-]*\s+to\s+[a-z]", text.strip()))

    def _closed_row(self, t, header_row: int, row: list) -> bool:
        """A row of a targets table whose Status cell says it is closed ('Closed - achieved June 2025'; [prose]
        closed_words): a target of an earlier plan kept on the record, not one of this PEP's (tables.closed_row)."""
        return tables.closed_row([c.text for c in t.rows[header_row]], [c.text for c in row],
                                 self._prose_words("closed_words"))

    def _answer_row(self, row: list[Cell]) -> bool:
        """A row of answers side by side under a row of prompts ('My hopes | My worries | When I grow up' over
        the child's three answers): every cell an answer (four words or more, a sentence, no label, no
        prompt); a label beside its answer ('My hopes for the future | Kai wants to...') is not such a row."""
        cells = [c for i, c in enumerate(row) if c.text.strip() and c.text not in [x.text for x in row[:i]]]
        if len(cells) < 2 or any(len(c.text.split()) < 4 or _is_prompt(c.text) or not re.search(r"[.!](?:\s|$)", c.text) or self._field_match(c.text)
                                 or _LABEL_VALUE.match(c.text) for c in cells):
            return False
        for c in cells:
            if self.part == "pupil_voice":
                self._voice_text(c.text, c.prov)
            else:
                self._aspiration(c.text.strip(), c.prov)
        return True

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


# A label naming a record kept about the child (care, legal, health, contact): its value is an adult's record,
# never the child's views, even under 'About me'.
_RECORD_LABEL = re.compile(r"\b(?:care\s+plan|legal\s+status|placement|placed|health|medical|allerg\w*|address|"
                           r"date\s+of\s+birth|dob|ethnicity|religion|first\s+language|immigration|contact\s+arrangements?|"
                           r"family\s+time|gp|dentist|upn|nhs)\b", re.I)
