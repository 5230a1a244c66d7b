"""A table with one column per term or meeting ('Field | Autumn 2025 | Spring 2026 | Summer 2026'): fields as
rows, periods as columns. The PEP being judged is the latest period filled in.

Why its own shape: a form kept for the whole year (a spreadsheet, a termly tracker) has a header of periods,
often under a title row, and a row per field; each row gives its latest filled value. A value written once, in
an earlier column (the child's name, the college, attendance so far this year), still stands. But a date is one
meeting's: an older meeting's completion date beside a blank in the latest column is not this PEP's, whose is
blank as the form shows (the latest column is trusted for its blanks as for its values), rather than the older
meeting's passed off as this one's. So are the child's views: what the child said at the autumn meeting, beside
an empty spring cell, is not the spring PEP's voice, which is empty. The latest period is the latest filled in
any such grid of the document, so a voice grid of its own ('In my own words | autumn words | | ') under a meeting
grid whose spring column is filled is read for spring, and found empty. A figure for the year so far (attendance
this academic year) is not one meeting's: written once, in an earlier column, it still stands.
"""
from __future__ import annotations

from typing import Optional

from ..blocks import Table
from .. import periods

# Dates of one meeting: they never carry over to the next.
_PER_PERIOD = {"meeting_date", "completed_date", "next_pep_date"}


class PeriodTablesMixin:
    def _period_header(self, texts: list[list[str]]) -> Optional[tuple[int, list[int]]]:
        """(header row, period columns) when one of the first rows (below a title row or two) names a period
        in each of two or more columns."""
        for hr in range(min(3, len(texts) - 1)):
            cols = periods.period_columns(texts[hr])
            if cols:
                return hr, cols
        return None

    def _period_rows(self, t: Table) -> bool:
        """A record with one ROW per meeting or term under a header of field labels ('Meeting | Date of meeting |
        Completed by DT (date)' over 'PEP 1 | 08.10.25 | 15.10.25' and 'PEP 2 | 11.03.26 | 18.03.26'): the same
        grid turned on its side, read the same way, from the latest row filled in.

        Why general: a careful reader of any form's summary log takes the last meeting written in as this PEP's,
        whichever way round the form runs its periods; a blank later row ('PEP 3 (if held) | | ') is not held."""
        texts = t.texts()
        if len(texts) < 3 or len(texts[0]) < 2:
            return False
        body = [r for r in t.rows[1:] if r and r[0].text.strip()]
        ranks = [periods.period_rank(r[0].text) for r in body]
        if len(body) < 2 or None in ranks or len(set(ranks)) != len(ranks):
            return False
        header = t.rows[0]
        fields = {j: fm for j in range(1, len(header)) if (fm := self._field_match(header[j].text))}
        if not fields:
            return False
        filled = [r for r in body if any(c.text.strip() for c in r[1:])]
        if not filled:
            return False
        latest = max(filled, key=lambda r: periods.period_rank(r[0].text))
        for j, fm in fields.items():
            cell = latest[j] if j < len(latest) else None
            if cell is None or not cell.text.strip():
                if fm[0] in _PER_PERIOD:
                    self.set_field(fm[0], "", header[j].prov, header[j].text.strip())
                    continue  # the latest meeting's date left blank is blank, not an older meeting's
                older = [r[j] for r in filled if j < len(r) and r[j].text.strip()]
                if not older:
                    continue
                cell = older[-1]
            self._label_value_row([header[j], cell], latest=True)
        return True

    def _period_table(self, t: Table, hr: int, cols: list[int]) -> None:
        for row in t.rows[:hr]:  # a title row above the periods ('PERSONAL PROGRESSION PLAN - post-16')
            self._label_value_row(row)
        body = [r for r in t.rows[hr + 1:] if r and r[0].text.strip()]
        filled = [periods.latest_cell([c.text for c in r], cols) for r in body]
        latest = max((i for i in filled if i is not None), default=None)
        ranks = {i: periods.period_rank(t.rows[hr][i].text) for i in cols}
        if latest is not None:
            self.grid_now = max(self.grid_now or 0, ranks[latest] or 0)
        now = self.grid_now
        for row, idx in zip(body, filled):
            fm = self._field_match(row[0].text)
            if idx is None:  # a label with every period blank: the field is on the form, empty (not a heading)
                if fm and fm[1] == "exact":
                    self.set_field(fm[0], "", row[0].prov, row[0].text.strip())
                continue
            voice = (fm[0] == "pupil_voice.text") if fm else self.part == "pupil_voice"
            if voice and now and (ranks[idx] or 0) < now:
                self.set_field("pupil_voice.text", "", row[0].prov, row[0].text.strip())
                self.claims.append((row[0].prov, "set aside: an earlier term's views", "latest"))
                continue  # the autumn meeting's words beside an empty spring cell: this PEP's voice is empty
            if fm and fm[0] in _PER_PERIOD and idx != latest:
                # 'Date completed | 30-Sep-2025 | (blank)' when the spring column is the one filled: autumn's
                self.set_field(fm[0], "", row[0].prov, row[0].text.strip())
                continue
            self._label_value_row([row[0], row[idx]], latest=True)
