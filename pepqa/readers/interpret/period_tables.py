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

import re
from typing import Optional

from ..blocks import Cell, Para, Table
from .wording import alt
from .patterns import _ACADEMIC_YEAR
from ...values import parse_date
from .. import periods, tables

# Dates of one meeting: they never carry over to the next.
_PER_PERIOD = {"meeting_date", "completed_date", "next_pep_date"}


def _cycle(text: str) -> Optional[tuple[int, float]]:
    """(first year of the academic year, term) a period label names with its year ('Summer 2025/26' ->
    (2025, 3)); None without both."""
    m = _ACADEMIC_YEAR.search(text or "")
    rank = periods.period_rank(text)
    return (int(m[1]), rank) if m and rank is not None else None


# a column heading naming a meeting and the day it was held ('Review 3: 13 Oct 2026', 'PEP 2 - 11/03/2026')
_DATED_MEETING = re.compile(r"(?i)\b(?:review|meeting|pep)\s*\d{0,2}\s*(?:held\s+(?:on\s+)?)?[:\-–—(]?\s*"
                            r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\)?\s*$")

class PeriodTablesMixin:
    def _year_columns(self, t: Table) -> bool:
        """' | Last academic year 2025/26 | This academic year to date' over 'Attendance % | 93.1 | 96.4': each row's
        figure for this year is the one under this year's column; last year's beside it is set aside, and a blank
        under this year is blank (never last year's figure). False without exactly one this-year column and one
        last-year column in the header."""
        if len(t.rows) < 2:
            return False
        head = [c.text.strip() for c in t.rows[0]]
        this = [j for j, h in enumerate(head) if j and periods.THIS_YEAR_COL.search(h)]
        last = [j for j, h in enumerate(head) if j and periods.LAST_YEAR_COL.search(h)]
        if len(this) != 1 or len(last) != 1:
            return False
        j = this[0]
        for row in t.rows[1:]:
            if row and row[0].text.strip() and j < len(row):
                self._label_value_row([row[0], row[j]], latest=True)
        self.claims.append((t.rows[0][last[0]].prov, "set aside: last year's column", "exact"))
        return True

    def _dated_rows(self, t: Table, body: list) -> bool:
        """A summative record, a row per meeting with its date first ('Date of meeting | Type of PEP | Attendance %'
        over '18/09/2025 | Initial PEP | 89.0', ..., '08/10/2026 | Autumn review | 95.2'): the latest dated row is
        this PEP's, read label by label under the header; the older rows are history."""
        header = t.rows[0]
        fm = self._field_match(header[0].text) if header and header[0].text.strip() else None
        dates = [parse_date(r[0].text.strip()) for r in body]
        if not fm or fm[0] != "meeting_date" or None in dates or len(set(dates)) != len(dates):
            return False
        latest = body[max(range(len(body)), key=lambda k: dates[k])]
        for j, cell in enumerate(latest):
            if j < len(header) and header[j].text.strip() and cell.text.strip():
                self._label_value_row([header[j], cell], latest=True)
        self.claims.append((t.rows[0][0].prov, "set aside: earlier meetings' rows", "latest"))
        return True

    def _own_cycle(self) -> Optional[tuple[int, float]]:
        """The PEP's own term and academic year as read so far ('PEP cycle | Autumn 2026/27'), or None."""
        term, year = self.pep.term, self.pep.academic_year
        if not term or not year:
            return None
        rank = periods.period_rank(getattr(term, "value", str(term)))
        m = _ACADEMIC_YEAR.search(str(year))
        return (int(m[1]), rank) if m and rank is not None else None

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
        # 'This academic year | 95.6%' under the terms' rows: the year's own figure, not a period of its own
        year_rows = [r for r in body if periods.WHOLE_YEAR_ROW.match(r[0].text.strip())]
        body = [r for r in body if not any(r is y for y in year_rows)]
        ranks = [periods.period_rank(r[0].text) for r in body]
        if len(body) >= 2 and None in ranks:
            return self._dated_rows(t, body)
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
        own, last = self._own_cycle(), _cycle(latest[0].text)
        if own and last and last < own:
            # 'PEP cycle | Autumn 2026/27' at the top, then 'Other PEPs on record' with 'Summer 2025/26 | Complete |
            # 18-Jun-2026': every row is an earlier cycle than this PEP's own, so none of them is this PEP's meeting.
            # General: a log of past cycles is history however it is headed.
            return True
        # The date each row was held beats its ordinal: 'Third review (Year 6) | 08/07/2026' is older than 'First
        # review (Year 7) | 30/09/2026', a new year's first review (general: a record may run across years).
        held = [j for j, fm in fields.items() if fm[0] == "meeting_date"]
        if held:
            dates = [parse_date(r[held[0]].text) if held[0] < len(r) else None for r in filled]
            if all(dates) and len(set(dates)) == len(dates):
                latest = filled[max(range(len(filled)), key=lambda k: dates[k])]
        year = year_rows[-1] if len(year_rows) == 1 else None
        for j, fm in fields.items():
            if year is not None and fm[0] == "attendance_percent" and j < len(year) and year[j].text.strip():
                self._label_value_row([header[j], year[j]], latest=True)
                continue  # the year's attendance, beside each term's
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
        ranks = periods.header_ranks([c.text for c in t.rows[hr]])
        # the periods in time order, whichever way the form runs them ('Autumn 1 2026 | Summer 2026 | Spring 2026')
        cols = sorted(cols, key=lambda i: (ranks.get(i, 0), i))
        filled = [periods.latest_cell([c.text for c in r], cols) for r in body]
        latest = max((i for i in filled if i is not None), key=lambda i: (ranks.get(i, 0), i), default=None)
        if latest is not None:
            self.grid_now = max(self.grid_now or 0, ranks[latest] or 0)
        now = self.grid_now
        spent = self._period_spend(body, latest) if latest is not None else set()
        if spent:
            # the request's rows are read as spend lines; the grid's other rows ('Date of PEP meeting', the child's
            # words) are the same term's fields, read below
            keep = [k for k, r in enumerate(body) if id(r) not in spent]
            if not keep:
                return
            body, filled = [body[k] for k in keep], [filled[k] for k in keep]
        head = t.rows[hr][latest].text if latest is not None and latest < len(t.rows[hr]) else ""
        if _DATED_MEETING.search(head) and parse_date(_DATED_MEETING.search(head)[1]):
            # 'Theme | Review 1: 4 Feb 2026 | ... | Review 3: 13 Oct 2026': the latest review filled in is dated in
            # its heading, the day it was held (a weak reading: a 'Date of meeting' row says it better)
            self.set_field("meeting_date", _DATED_MEETING.search(head)[1], t.rows[hr][latest].prov,
                           "the latest review's column heading", "derived")
        for row, idx in zip(body, filled):
            fm = self._field_match(row[0].text)
            if not fm and idx is not None and row[0].text.strip():
                fm = self._typed_concept(row[0].text, row[idx].text)  # 'Attendance (%) at date of meeting | ... | 92.5%'
            if idx is None:  # a label with every period blank: the field is on the form, empty (not a heading)
                if fm and fm[1] == "exact":
                    self.set_field(fm[0], "", row[0].prov, row[0].text.strip())
                continue
            part = None if fm else self._row_part(row[0].text)
            voice = (fm[0] == "pupil_voice.text") if fm else (self.part == "pupil_voice" or part == "pupil_voice")
            if voice and now and (ranks[idx] or 0) < now:
                self.set_field("pupil_voice.text", "", row[0].prov, row[0].text.strip())
                self.claims.append((row[0].prov, "set aside: an earlier term's views", "latest"))
                continue  # the autumn meeting's words beside an empty spring cell: this PEP's voice is empty
            if fm and fm[0] == "provision_review_date" and idx == latest:
                # 'Date of review' down a grid of reviews ('Review 1 – Transition | Review 2 – Autumn'): the date
                # each review was held, the latest this PEP's meeting (not a timetable's review date)
                self.set_field("meeting_date", row[idx].text, row[idx].prov, row[0].text.strip(), "concept")
                continue
            if fm and fm[0] in _PER_PERIOD and idx != latest:
                # 'Date completed | 30-Sep-2025 | (blank)' when the spring column is the one filled: autumn's
                self.set_field(fm[0], "", row[0].prov, row[0].text.strip())
                continue
            if part:
                self._grid_part_row(part, row[0], row[idx])
                continue
            self._label_value_row([row[0], row[idx]], latest=True)

    def _row_part(self, label: str) -> Optional[str]:
        """The part a term grid's row label names when it names no field: the child's words ('What I think (my
        words)'), a target ('My English target'), the funding ('PP+ spend (say which target)')."""
        label = " ".join(label.split())  # a label wrapped in its cell ('What I think (my\nwords)')
        part = self._heading_part(label, loose=True)
        if part in ("pupil_voice", "targets", "pp_plus"):
            return part
        items = self._prose_words("item_words") or ["target"]
        if re.search(r"\b(?:" + alt(items) + r")s?\b", label, re.I) \
                and not self._past_period_heading(label):
            return "targets"
        return None

    def _grid_part_row(self, part: str, label: Cell, cell: Cell) -> None:
        """The latest term's cell of a row naming a part, read as that part's paragraphs (every rule for a
        part's lines applies: the child's words, a goal sentence, a priced line). A target row's label names its
        area ('My Maths target'). Why general: a year grid is a form's sections turned into rows."""
        self._enter(part, label.prov, label.text.strip())
        before = len(self.pep.targets)
        for line in _unwrapped(cell.text):
            self.para(Para(line, cell.prov))
        area = _AREA_WORDS.sub(" ", label.text).strip()
        if part == "targets" and area and len(area.split()) <= 2 and not _NOT_AREA.search(area):
            for t in self.pep.targets[before:]:
                t.area = t.area or area
        self.part = None

    def _period_spend(self, body: list, latest: int) -> set:
        """A PP+ request laid out down a termly grid ('Intervention | ... | ...', 'Cost | £40.00 | £210.00', 'Linked
        to target no. | 1 | 1', 'Second intervention | | ELSA ...'): the latest column's lines, each from its
        description row down to the next one. General: the spend table turned on its side, once per period.
        Returns the rows read so (by id), or an empty set when the grid holds no such request."""
        cols = [tables.column_for(self.labels, r[0].text, "pp_spend") for r in body]
        if self.part != "pp_plus" or cols.count("description") < 1 or sum(1 for c in cols if c) < 2:
            return set()
        groups: list[list] = []
        for r, col in zip(body, cols):
            if col == "description" or not groups:
                groups.append([])
            if col and latest < len(r):
                groups[-1].append((col, [r[0], r[latest]]))
        for g in groups:
            if any(row[1].text.strip() for _, row in g):
                self._item_table("pp_spend", [(k, col, None) for k, (col, _) in enumerate(g)],
                                 Table(rows=[row for _, row in g], prov=g[0][1][0].prov))
        return {id(r) for r, col in zip(body, cols) if col}


def _unwrapped(text: str) -> list[str]:
    """A cell's lines with the lines a narrow column wrapped joined again: a new line starts only at an item's
    mark (a bullet, a number, an amount: '£25 Times tables dice ...')."""
    out: list[str] = []
    for x in (y.strip() for y in (text or "").split("\n")):
        if not x:
            continue
        if out and not _ITEM_START.match(x) and not out[-1].endswith((".", "!", "?", ":")):
            out[-1] += " " + x
        else:
            out.append(x)
    return out


_ITEM_START = re.compile(r"^(?:[•\-–*▪●◦]|\d{1,2}[.)]\s|£\s?\d|[A-Z][a-z]*\s+\d{1,2}\s*[:\-–])")
# 'My English target' -> 'English': the words of a target row's label that are not the item's name.
_AREA_WORDS = re.compile(r"\b(?:my|our|the|his|her|their|this|term'?s?|new|targets?|goals?|next|steps?|outcomes?)\b|[():]", re.I)
_NOT_AREA = re.compile(r"\b(?:choice|own|other|personal|additional|extra|further|say|which)\b", re.I)
