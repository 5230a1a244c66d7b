"""A row of labels with their values in the row below ('Date of this PEP | Date of Next PEP' over
'14.10.25 | February 2026'), told apart from label/value pairs side by side.

Why its own module: the choice between "labels over values" and "label beside value" is one decision with its own
evidence (which reading makes the values parse as their labels' types), shared by every kind of details table."""
from __future__ import annotations

import re

from ..blocks import Table
from ..concepts import parse_typed
from .patterns import _ACADEMIC_YEAR
from .period_tables import _cycle

# A stage, age or academic year in a label is part of its wording, not a value ('Post 16 Learning Advocate', 'Year 11
# options', 'Key Stage 4 results', 'Attendance 2026/27'): a label cell may hold it and still be a label.
_STAGE_NUMBER = re.compile(r"(?i)\b(?:post|pre|year|yr|key\s+stage|ks|age[ds]?|under|since)[\s-]*\d{1,2}\b|\b\d{1,2}\s*(?:\+|-\s*\d{1,2}\b)"
                           r"|" + _ACADEMIC_YEAR.pattern)  # 'Attendance (academic year 2026/27 to date)'


def _label_cell(text: str, words: int) -> bool:
    """A cell that can be a column's label: short, not a sentence, holding no value of its own (a date, figure)."""
    t = text.strip()
    return bool(t) and len(t.split()) <= words and not t.endswith(".") and not re.search(r"\d", _STAGE_NUMBER.sub(" ", t))


class LabelsAboveMixin:
    def _labels_above(self, t: Table) -> bool:
        """A row of labels with their values in the row below ('Date of this PEP | Date of Next PEP' over
        '14.10.25 | February 2026')."""
        top = 1 if len(t.rows) >= 3 and t.rows[0][0].text.strip() and not any(c.text.strip() for c in t.rows[0][1:]
                                                                            if c.text != t.rows[0][0].text) else 0
        if len(t.rows) < top + 2 or len(t.rows[top]) < 2:
            return False  # (a title row above the labels: 'PUPIL DETAILS' over 'Surname | Forename | NCY')
        head, below = t.rows[top], t.rows[top + 1]
        own, theirs = self._own_cycle(), _cycle(below[0].text) if below else None
        if own and theirs and theirs < own and len(t.rows) == top + 2:
            return True  # 'PEP cycle | Status | Meeting held' over 'Summer 2025/26 | ...': an earlier PEP's line (period_tables.py)
        matches = [self._field_match(c.text) if c.text.strip() else None for c in head]
        pairs = sum(1 for i, fm in enumerate(matches) if fm and i + 1 < len(head) and not matches[i + 1]
                    and head[i + 1].text.strip() and self._typed_label(fm, head[i + 1].text))
        # each label over a value of its type in the row below ('Child's name | Age (years, months) | School' over
        # 'Oscar Featherstonehaugh | 4 years 7 months | Hillbrow ...'): the row below decides, where a label
        # beside it would also pass for a value ('Age (years, months)' for a name)
        above = sum(1 for i, fm in enumerate(matches) if fm and i < len(below) and below[i].text.strip()
                    and self._pair_value(fm, below[i].text, self._field_match(below[i].text)))
        if pairs and pairs >= above:
            return False  # 'Attendance this year % | 93.5 | Attendance last year % | 90.1': pairs, not labels
        if len(head) >= 4 and len(head) % 2 == 0 and sum(
                1 for i in range(0, len(head) - 1, 2) if matches[i] and self._pair_value(matches[i], head[i + 1].text,
                                                                                         matches[i + 1])) >= max(2, above):
            return False  # 'Pupil | Harvey Quinlan | Year | Year 8': two pairs whose values parse as their fields
        # A banner of two rows ('Pupil's name | PEP cycle | PEP status' over 'Kayden Marsh | Autumn 2025/26 |
        # Submitted'), whose header cells are all short labels, needs only one of them known.
        banner = (len(t.rows) == top + 2 and len(head) >= 3 and len(below) == len(head)
                  and all(_label_cell(c.text, 6) for c in head)
                  # not 'Label | value | Label | value', unless the row below holds the labels' values
                  and not (all(matches[i] for i in range(0, len(head), 2)) and not above)
                  and not self._field_match(below[0].text))
        # A value that reads like a label of its own column's field ('Year 10' under 'NCY') is that field's value.
        below_labels = sum(1 for i, c in enumerate(below) if c.text.strip() and (bm := self._field_match(c.text))
                           and not (i < len(matches) and matches[i] and matches[i][0] == bm[0]))
        # A sign-off strip ('Signed off by DT (date) | Young person' over '13 November 2025 | I agree...'): one
        # label known is enough when it is a date or figure whose value below parses (or is left blank).
        typed = (len(t.rows) == top + 2 and not below_labels and len(below) == len(head)
                 and all(_label_cell(c.text, 8) for c in head)
                 and any(self._typed_label(fm, below[i].text) for i, fm in enumerate(matches) if fm))
        # The form's habit: where its detail boxes of this width were read as labels over values ('Student name |
        # NCY' over 'Kian Shorrock | 12'), the next such box is too, once one label's value below parses
        # ('College or Provider | Study course & level' over 'Malvern Hills Training Partnership | Level 1 ...').
        habit = (len(head) in self.above_widths and len(t.rows) == top + 2 and not below_labels
                 and len(below) == len(head) and above >= 1 and all(_label_cell(c.text, 8) for c in head))
        typed = typed or habit
        if sum(1 for m in matches if m) < (1 if banner or typed else 2) or (below_labels and not (banner and below_labels * 2 < len(below))):
            return False
        if sum(1 for m in matches if m) >= 2 and len(t.rows) == top + 2:
            self.above_widths.add(len(head))
        if top:
            title = t.rows[0][0].text.strip()
            part = self._heading_part(title, loose=True)
            if part:
                self._enter(part, t.rows[0][0].prov, title)
        for i, fm in enumerate(matches):
            if i < len(below) and below[i].text.strip():
                if typed and not (fm and self._typed_label(fm, below[i].text)) \
                        and self.labels.match_value("role", head[i].text) \
                        and parse_typed("name", below[i].text, False) is None:
                    continue  # 'Young person | I agree with this plan. Kieran': a signature, not a field
                if not (fm and self.set_match(fm, below[i].text, below[i].prov, head[i].text.strip())):
                    self._unclaimed(f"{head[i].text}: {below[i].text}", below[i].prov)
            elif fm and typed:
                self.set_field(fm[0], "", head[i].prov, head[i].text.strip())  # on the form, left blank
        rest, i = t.rows[top + 2:], 0
        while i < len(rest):
            # a box of label rows each over its values ('Forename | Surname' over 'Orla | McCandless', then
            # 'Date of birth | School year' over '14/03/2017 | Primary 6'): each pair of rows read as the first
            if i + 1 < len(rest) and len(rest[i]) >= 2 and self._labels_above(Table(rows=rest[i:i + 2], prov=t.prov)):
                i += 2
                continue
            self._label_value_row(rest[i])
            i += 1
        return True

    def _pair_value(self, fm, value: str, value_match) -> bool:
        """Is ``value``, beside a label of ``fm``'s field, that field's value: it parses as the field's type (a name, a
        year group, a date...) and is not another field's label ('Year 8' beside 'Year' reads as its own label)."""
        c = self.labels.concepts.by_key.get(fm[0])
        if not value.strip() or value_match and value_match[0] != fm[0]:
            return False
        if not c:
            # a field without a concept but with a typed reading ('PEP cycle | Autumn 2026/27': a term): its value
            # is one when it converts to something other than its own text
            conv = self._convert(fm[0], value.strip())
            return conv is not None and conv != value.strip()
        return parse_typed(c.type, value, c.latest) is not None

    def _typed_label(self, fm, value: str) -> bool:
        """A label of a date or figure whose value parses as one, or is blank."""
        c = self.labels.concepts.by_key.get(fm[0])
        if not c or c.type not in ("date", "percent", "money"):
            return False
        return not value.strip() or parse_typed(c.type, value, c.latest) is not None
