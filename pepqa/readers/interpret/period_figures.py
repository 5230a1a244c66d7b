"""Attendance given only per period, with no attendance label ('Autumn term 2025: 97.4%', 'Spring term to
6 March 2026: 94.9%', 'Whole year to date 2025/26: 96.2%').

Why: forms that list attendance as a run of term figures under a school heading name the period and not
the measure. In a PEP a bare percentage whose label names nothing but a period is an attendance figure.
A whole-year figure ('year to date', 'whole year', 'this academic year') outranks a term's; term figures
alone that disagree are left uncertain by the assignment (which term the form means is not guessed).
"""
from __future__ import annotations

import re

from ...model import Provenance
from .. import periods

_BARE_PERCENT = re.compile(r"^\s*\d{1,3}(?:\.\d+)?\s*%\s*\.?\s*$")
_YEAR_WIDE = re.compile(r"\b(?:(?:whole|full|this)\s+(?:school\s+|academic\s+)?year|year\s+to\s+date|ytd|"
                        r"academic\s+year|school\s+year)\b", re.I)
_BARE_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*$")
_SO_FAR = re.compile(r"\b(?:to\s+date|so\s+far|ytd|this|current)\b", re.I)
_MONTHS = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|" \
          r"nov(?:ember)?|dec(?:ember)?"
# What may sit in a period label beside the period itself: years, dates, 'to', 'so far', 'half'.
_FILLER = re.compile(r"\b(?:autumn|spring|summer|term|terms|half|whole|full|this|school|academic|year|to|date|so|far|"
                     r"ytd|from|the|of|until|up|" + _MONTHS + r"|\d{1,4}(?:st|nd|rd|th)?)\b|[\d/.\-–()]", re.I)


def period_percent_label(label: str) -> str | None:
    """'year' for a whole-year period label, 'term' for a term's, None for a label naming anything else."""
    t = (label or "").strip()
    if not t or len(t) > 60:
        return None
    wide = bool(_YEAR_WIDE.search(t))
    if not wide and periods.period_rank(t) is None:
        return None
    if re.search(r"[A-Za-z]{2,}", _FILLER.sub(" ", t)):
        return None  # 'Autumn reading age', 'Spring term maths': the label names a measure
    return "year" if wide else "term"


class PeriodFiguresMixin:
    def _period_percent(self, label: str, value: str, prov: Provenance) -> bool:
        """A bare percentage under a period-only label is an attendance candidate (see the module docstring).
        Under the attendance heading a bare figure is one too ('Attendance (%)' over '94.2')."""
        if not (_BARE_PERCENT.match(value or "") or self._bare_figure(value)):
            return False
        kind = period_percent_label(label)
        if kind is None:
            return False
        how = "concept" if kind == "year" else "prose"
        return self.set_field("attendance_percent", value, prov, label.strip(), how=how, score=0.0)

    def _bare_figure(self, value: str) -> bool:
        m = _BARE_NUMBER.match(value or "")
        return bool(m) and self.part == "attendance" and float(m[1]) <= 100

    def _period_row_figures(self, t) -> bool:
        """A row of period labels over a row of figures ('Autumn term | Spring term | Year to date | Suspensions'
        over '96.8% | 93.1% | 95.2% | 0'): each figure under a period-only label is read as above (the whole year
        outranks a term); the other columns are a label over its value. Below a title row or blank rows; needs
        two period labels in the header."""
        texts = t.texts()
        for hr in range(min(3, len(texts) - 1)):
            head, below = texts[hr], texts[hr + 1]
            kinds = [period_percent_label(h) if h.strip() else None for h in head]
            if sum(1 for k in kinds if k) < 2 or len(below) != len(head) \
                    or not any(k and (_BARE_PERCENT.match(below[j] or "") or self._bare_figure(below[j]))
                               or k and self._not_given(below[j] or "x") for j, k in enumerate(kinds)):
                continue
            if sum(1 for h, k in zip(head, kinds) if k == "year" and _SO_FAR.search(h)) == 1:
                # 'Year to date' beside '2025-26 (whole year)': the year so far is this PEP's; the other, a year
                # gone by (general: a form sets this year's running figure beside last year's total)
                kinds = [None if k == "year" and not _SO_FAR.search(h) else k for h, k in zip(head, kinds)]
                skip = {j for j, h in enumerate(head) if period_percent_label(h) == "year" and kinds[j] is None}
            else:
                skip = set()
            for row in t.rows[:hr]:
                title = next((c.text.strip() for c in row if c.text.strip()), "")
                part = self._heading_part(title, loose=True) if title and len({c.text for c in row}) == 1 else None
                if part:
                    self._enter(part, row[0].prov, title)
            self.found.add("attendance")
            for j, k in enumerate(kinds):
                cell = t.rows[hr + 1][j]
                if k and self._period_percent(head[j], cell.text, cell.prov):
                    continue
                if k and self._not_given(cell.text):
                    self.set_field("attendance_percent", "", cell.prov, head[j].strip())  # 'N/A': on the form, empty
                    continue
                if head[j].strip() and j not in skip:
                    self._label_value_row([t.rows[hr][j], cell])
            for row in t.rows[hr + 2:]:
                self._label_value_row(row)
            return True
        return False
