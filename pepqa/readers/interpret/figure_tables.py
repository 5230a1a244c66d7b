"""A table of figures by period ('Period | Possible sessions | Attended | ... | Attendance %', a row per academic
year or term): the latest period's row gives the figure (moved out of item_tables.py, which reads tables of items)."""
from __future__ import annotations

import re
from typing import Optional

from ...values import parse_date
from .. import periods
from ..blocks import Table
from .patterns import _PAST

_YEAR_SPAN = re.compile(r"\b(20\d{2})\s*[-/–]\s*(?:20)?\d{2}\b")
_NOW = re.compile(r"\b(?:to date|this|current|so far)\b", re.I)
_DATE_SPAN = re.compile(r"^\s*(.{6,20}?)\s+(?:to|until|-|–)\s+(.{6,20}?)\s*$", re.I)


def _span_year(text: str) -> Optional[int]:
    """The academic year (its first calendar year) of a row labelled by a span of dates ('01-Sep-2025 to
    17-Oct-2025', a register summary's period), else None."""
    m = _DATE_SPAN.match(text or "")
    a, b = (parse_date(m[1]), parse_date(m[2])) if m else (None, None)
    if not a or not b or b < a:
        return None
    return b.year if b.month >= 9 else b.year - 1


class FigureTablesMixin:
    def _figure_table(self, t: Table) -> bool:
        """A table of figures by period ('Period | Possible sessions | Attended | ... | Attendance %' with a row
        per academic year or term): a column whose header names a typed single field gives that field, from
        the latest period's row (the latest academic year, else a row saying 'to date' / 'this' / 'current',
        else the first)."""
        top = 1 if len(t.rows) > 2 and len({c.text for c in t.rows[0]}) == 1 else 0  # a title row above
        if len(t.rows) < top + 2 or len(t.rows[top]) < 3:
            return False
        head = [c.text for c in t.rows[top]]
        cols = []
        for j, h in enumerate(head[1:], start=1):
            fm = self._field_match(h) if h.strip() else None
            if fm is None and self.part == "attendance" and h.strip() in ("%", "% attendance", "(%)"):
                fm = ("attendance_percent", "concept", 1.0)  # 'Period | Possible sessions | Present | ... | %'
                # under the attendance heading: a bare per cent column is the attendance figure
            c = self.labels.concepts.by_key.get(fm[0]) if fm else None
            if fm and c and c.type == "percent":
                cols.append((j, fm))
        if not cols:
            return False
        rows = [r for r in t.rows[top + 1:] if r and r[0].text.strip()]
        if not rows or not all(periods.period_rank(r[0].text) is not None or _YEAR_SPAN.search(r[0].text)
                               or _NOW.search(r[0].text) or _span_year(r[0].text) or _PAST.search(r[0].text.lower())
                               for r in rows):
            return False
        rows = [r for r in rows if not _PAST.search(r[0].text.lower())]  # 'Previous academic year': history, not this year
        if not rows:
            return False

        def rank(r) -> tuple:
            # 'This year to date' is later than any year named by its dates: the current year's row, on any form
            y, x = _YEAR_SPAN.search(r[0].text), r[0].text
            return (bool(_NOW.search(x) and re.search(r"(?i)\byear\b", x)), int(y[1]) if y else (_span_year(x) or 0),
                    bool(_NOW.search(x)), periods.period_rank(x) or 0)
        best = max(rows, key=rank)
        done = False
        for j, fm in cols:
            if j < len(best) and best[j].text.strip():
                done = self.set_match(fm, best[j].text, best[j].prov, head[j].strip()) or done
        return done
