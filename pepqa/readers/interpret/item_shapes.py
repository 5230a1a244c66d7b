"""Shapes of a table that say its items are this PEP's targets, one per column or one per table: a first row titling
each column as a numbered item (' | Target 1 | Target 2'), an item's title with its area beside it ('My next step 1 |
Area of learning: Maths'), a Status column saying the items are new or live ('New', 'Set 01/10/2026; Active'), a
Review column of dates (when each will be reviewed). Moved out of item_tables.py, which reads the tables once their
shape is known.

Why general: every form tells its new targets from a review of old ones by the same few signs, whatever its labels:
what the status says, whether the review column holds outcomes or dates, and how the items are titled.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import tables
from ..blocks import Cell, Table
from .wording import alt, pattern


def _is_title(labels, text: str) -> bool:
    """A short item title with its number ('Target 1', 'My next step 2', 'Outcome T3')."""
    m = pattern(labels, "title").match(text.strip())
    return bool(m and m[1]) and len(text.split()) <= 6


_KIND_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # 'Target One (academic)': the kind of target after its title
_WHEN_ONLY = re.compile(r"^\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|"
                        r"sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:autumn|spring|summer)(?:\s+term)?\s+\d{4}"
                        # 'Next PEP', 'At the spring review': the meeting it will be reviewed at, still to come
                        r"|(?:at\s+)?(?:the\s+)?(?:next|autumn|spring|summer)\s+(?:pep|review|meeting)(?:\s+meeting)?)\s*$", re.I)


def _dates_only(colmap: dict[int, str], rows: list[list[str]]) -> bool:
    """A review's outcome column whose every filled cell is a date ('Review' over 'Mar 2026'): when the item is to
    be reviewed, so the items are not yet reviewed ones."""
    cols = [i for i, c in colmap.items() if c in ("outcome", "status")]
    cells = [r[i] for i in cols for r in rows if i < len(r) and r[i].strip()]
    return bool(cols) and bool(cells) and all(_WHEN_ONLY.match(c) for c in cells)


class ItemShapesMixin:
    def _area_in_title(self, t: Table) -> Optional[Table]:
        """'My next step 1 | Area of learning: Communication and Language' over the item's rows of one label and
        value each: the title row of one item, its area said beside the title (read as 'My next step 1:
        Communication and Language' would be)."""
        head = t.rows[0] if t.rows else []
        cells = list(dict.fromkeys(c.text.strip() for c in head))
        if len(t.rows) < 3 or len(cells) != 2 or not _is_title(self.labels, cells[0]) \
                or any(len({c.text for c in r}) > 2 for r in t.rows[1:]):
            return None
        label, sep, value = cells[1].partition(":")
        if not sep and len(cells[1].split()) <= 4 and cells[1][:1].isupper() \
                and not tables.column_for(self.labels, cells[1], "targets") \
                and not re.search(r"[\d☐☒☑✓✔]", cells[1]):
            # 'Target One (academic) | English': the area alone beside the title; the bracket is the kind of target
            name = _KIND_NOTE.sub("", cells[0])
            return Table(rows=[[Cell(text=f"{name}: {cells[1]}", prov=head[0].prov)] * len(head)] + t.rows[1:],
                         prov=t.prov)
        if not sep or not value.strip() or tables.column_for(self.labels, label, "targets") != "area":
            return None
        title = Cell(text=f"{cells[0]}: {value.strip()}", prov=head[0].prov)
        return Table(rows=[[title] * len(head)] + t.rows[1:], prov=t.prov)

    def _new_status(self, colmap: dict[int, str], rows: list[list[str]]) -> bool:
        """The Status column says its items are this PEP's: every filled cell opens with a word for a new item
        ([prose] new_words: 'New', 'Agreed'), or it is a register whose open items say so ('Set 01/10/2026;
        Active') and whose others were closed ('... Not met - broken down'). The table lists this PEP's targets
        (closed rows go to the earlier ones, tables.closed_row), whatever else its columns share with a review."""
        col = next((i for i, c in colmap.items() if c == "status"), None)
        cells = [r[col].strip() for r in rows if col is not None and col < len(r) and r[col].strip()]
        rx = re.compile(r"^\W*(?:" + alt(self._prose_words("new_words")) + r")\b", re.I)
        if cells and all(rx.match(c) for c in cells):
            return True
        live = re.compile(r"(?:^|[;:]\s*)(?:active|open|current|live)\s*$", re.I)
        closed_words = self._prose_words("closed_words")
        return bool(cells) and any(live.search(c) for c in cells) \
            and all(live.search(c) or tables.closed_status(c, closed_words) for c in cells)

    def _column_titles(self, texts: list[list[str]]) -> bool:
        """A first row that titles every column after an empty corner cell as a numbered item ('Target 1')."""
        head = texts[0] if texts else []
        return len(head) >= 3 and not head[0].strip() and len(set(head[1:])) == len(head) - 1 \
            and all(_is_title(self.labels, c) for c in head[1:])

