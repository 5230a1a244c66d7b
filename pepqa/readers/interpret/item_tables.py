"""Tables of items: the kind a table is (its header row's columns scored against each kind), one row per
item, transposed tables (one column per item), labels over their values, and a cost in a target's row."""
from __future__ import annotations

import re

from typing import Any, Optional

from ...labels import normalise
from ...model import AttainmentRow, Attendee, Exclusion, PreviousTarget, Role, SpendLine, Target
from ...values import parse_bool, parse_date, parse_float, parse_int, parse_money
from .. import grid, question_rows, tables
from ..blocks import Cell, Para, Table
from ..concepts import parse_typed
from .wording import item_number, pattern
from .patterns import _LABEL_VALUE, TABLE_KINDS, _KIND_PART, _SLOT, _clean
from .row_spend import total_cell
from . import sign_off
from .voice import _FIRST_PERSON, _PROMPT
from .sections import PAST, mark_banner
from .figure_tables import FigureTablesMixin
from .item_spend import ItemSpendMixin
from .labels_above import LabelsAboveMixin
from .item_shapes import ItemShapesMixin, _dates_only, _is_title


# a section's completion meter on a platform's print ('Mandatory fields complete: 100%', 'Section complete',
# 'Required fields completed: 4 of 4')
_METER = re.compile(r"(?i)^(?:(?:mandatory|required|compulsory)\s+(?:fields|questions)\b|section\s+(?:complete|incomplete)\b"
                    r"|(?:fields|questions)\s+complete[d]?\b)")
# what an item's number cell holds: 'T1', 'NS2', 'A', '(ii)', 'Target 3'
_ITEM_NUMBER = re.compile(r"\(?(?:[A-Za-z]{0,3}\s?\d{1,2}|[A-Ha-h]|[ivx]{1,4})\)?\.?|(?:target|goal|step|outcome)\s+\w+", re.I)
# a cell that is a date and nothing else ('10 November 2026', 'Tuesday 13 October 2026', '10-Nov-2026', '13/10/2026')
_WHOLE_DATE = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d{1,2}(?:st|nd|rd|th)?[ -](?:jan|feb|mar|apr|may|jun|jul|"
                         r"aug|sep|oct|nov|dec)[a-z]*\.?[ -]\d{4}$|^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})$", re.I)
_DETAIL_COLS = {"success_criteria", "actions", "outcome", "intended_impact", "who"}
def _main_column_holds_items(kind: str, colmap: dict[int, str], rows: list[list[str]]) -> bool:
    """Tables compete by their columns *and* their content: a target or a spend line is a phrase, so a main
    column whose cells average fewer than three words ('Secure', '12y 0m') is not a column of items."""
    main = {"targets": "text", "previous_targets": "text", "pp_spend": "description"}.get(kind)
    col = next((i for i, c in colmap.items() if c == main), None) if main else None
    if col is None:
        return True
    cells = [r[col] for r in rows if col < len(r) and r[col].strip()]
    if cells and sum(len(c.split()) for c in cells) / len(cells) < 2.5:
        return False
    # a spend table's 'which target' column holds a number or a short name; sentences there ('Next step' over
    # 'Poppy-Mae will blend and read 10 CVC words ...') are the targets themselves, the spend beside them
    ref = next((i for i, c in colmap.items() if c == "target_ref"), None) if kind == "pp_spend" else None
    refs = [r[ref] for r in rows if ref is not None and ref < len(r) and r[ref].strip()]
    return not refs or sum(len(c.split()) for c in refs) / len(refs) < 8


class ItemTablesMixin(FigureTablesMixin, ItemSpendMixin, LabelsAboveMixin, ItemShapesMixin):
    def table(self, t: Table) -> None:
        t = grid.without_furniture(t)  # a spreadsheet's column letters and row numbers
        t = question_rows.plain_rows(t)  # '1.1 | Pupil's name | [SW pre-meeting] Tyler ...' (question_rows.py)
        if not t.rows:
            return
        if (banner := mark_banner(t)) is not None:
            self.para(banner)  # 'TAB 3 | My views [GREEN: ...]': a tab's heading (sections.py)
            return
        box = t.rows[0][0].text.strip() if len(t.rows) == 1 and len({c.text for c in t.rows[0]}) == 1 else ""
        if self.above and box and "\n" not in box and not self.labels.is_placeholder(box) \
                and not re.fullmatch(r"\[[^\]]*\]", box):
            # 'Name of child or young person' over a one-cell box holding 'Ellis Marchbanks-Reid': a label above its
            # answer box is a label above its value, as on a line of its own (paragraphs.py)
            if self._take_above(box, t.rows[0][0].prov):
                return
        self.above = None
        # a grid with a row per signer, or a sign-off along one row ('DT Signature | J. Marlow | Date Signed | ...')
        signed = sign_off.school_sign_off(self.labels, t) or sign_off.rows_sign_off(self.labels, t) \
            or sign_off.stacked_sign_off(self.labels, t)
        if signed:
            self.set_field("completed_date", signed[0], signed[1].prov, "designated teacher's signature date", "derived")
        if self._banded_table(t):
            return  # a long grid cut by title bands: each band a heading over a table of its own (banded.py)
        titled = self._area_in_title(t)
        if titled is not None and self._titled_item_table(titled):
            return  # 'My next step 1 | Area of learning: Maths' over the next step's rows
        if self.slot and self._slot_table(t):
            return  # 'Target 1 - English' over a table of its fields ('S - what exactly? | Ellis will ...')
        if self._section_banner(t):
            return  # 'Young Person's Views | Mandatory fields completed: 4 of 4': a section's banner, not a header row
        if self._status_log(t) or self._step_dates(t):
            return  # 'Status | Date | By' over 'Submitted | 24/10/2025 | DT': when the school completed it (status_log.py)
        if len(t.rows[0]) > 1 and not t.rows[0][-1].text.strip() and self._numbered_title_row(t.rows[0]) \
                and self._titled_item_table(t):
            return  # 'Target 1 | ' over 'Area | English', 'Target | ...': the title row is the item's name, not its text
        kind, colmap, header_row = self._table_kind(t)
        if kind == "pp_spend" and self._other_fund(" ".join(c.text for r in t.rows[:header_row + 1] for c in r)):
            return  # 'Personal Education Allowance (PEA) (not PP+) | Amount (£)': another fund's lines, not PP+
        if kind:
            before = len(self.pep.targets)
            self._data_table(kind, colmap, t, header_row)
            if kind == "targets" and header_row and len(self.pep.targets) == before + 1:
                self._statement_over_grid(t.rows[header_row - 1], before)
            return
        if self._section_cells(t):
            return  # 'Pupil voice\nWhat Kai told us: ...' in one cell, row after row: a document in a table (section_cells.py)
        if self._checklist_table(t):
            return  # 'Young person's views | GREEN | ...': a rating of the PEP's parts, not their content
        if self._scale_grid(t):
            return  # 'ELG | 1 / 2 / 3': a rating on the scale its header prints, attainment (checklists.py)
        if self.ignored_section and self.part is None and not any(
                self._field_match(c.text) for r in t.rows for c in r[:1] + t.rows[0] if c.text.strip()):
            return  # 'Action log' over 'No. | Action | Who | By when': a table the model does not hold
        texts = t.texts()
        ph = self._period_header(texts)
        # ' | Meeting 1 | Review' over 'Intervention | ... | ...': a column per meeting, not per item
        item = None if ph else tables.transposed(self.labels, texts, self.part)
        if not item and not ph and self._column_titles(texts):
            # ' | Target 1 | Target 2 | Target 3' over 'Target | ...', 'S Specific | ...': the titles vouch that each
            # column is one item, so the rows need not mostly name fields (a SMART letter per row)
            item = tables.transposed(self.labels, texts[1:], self.part, titled=True, states=self._card_goal)
            item = item and (item[0], [(r + 1, col, num) for r, col, num in item[1]])
        if item:
            self._item_table(item[0], item[1], t)
            return
        if not ph and self._titled_item_table(t):
            return  # (a grid with a column per review under its title is the periods' grid, read below)
        head = texts[0][0].strip() if texts[0] else ""
        if head and self.labels.is_ignored(head) and not any(r and r[0].strip() and self._field_match(r[0]) for r in texts) \
                and not any(c.strip() and self._field_match(c) for c in texts[0][1:]):
            # 'Agenda Items | Person responsible': a table of something the model does not hold. Not when another
            # label of its header row names a field ('Sessions possible | ... | Attendance' over the figures). Why
            # general: a row of labels is read label by label on any form, whatever its first label is (and so is a
            # single row of pairs: 'Designated Teacher | O. Pryce | Date PEP completed | 06/10/2026').
            return
        if not ph and self._area_columns(t):
            return  # ' | Communication and Language | ...' over 'Next steps | NS1: ...' (area_columns.py)
        if ph and len(t.rows) == 2 and all(c.text.strip() for c in t.rows[0]) and self._period_row_figures(t):
            return  # 'Autumn 1 | Spring 1 (to date) | Year to date' over bare figures: periods' attendance, no row labels
        if ph:  # one column per meeting or term: the latest filled in is this PEP's (period_tables.py)
            self._period_table(t, *ph)
            return
        if self._period_rows(t):
            return  # one row per meeting: the latest filled in is this PEP's (period_tables.py)
        if self._year_columns(t):
            return  # ' | Last academic year | This academic year to date': this year's column (period_tables.py)
        if self._views_side_by_side(t):
            return  # 'Pupil voice | Carer's views' over what each wrote: the child's column (voice_tables.py)
        if self._voice_columns(t):
            return  # 'Day | What happens | What I think about it': the child's words in one column
        if self._voice_titles_over_answers(t):
            return  # 'My worries | My hopes' over what the child wrote in each box (voice.py)
        if self._voice_rows(t):
            return  # 'Lily said | ...' over 'Carer said | ...': the child's row is the voice (voice.py)
        if self._sentence_starters(t):
            return  # 'My name is | Niamh and I am 9.': starters the child finished (voice_tables.py)
        if self._speaker_led_points(t):
            return  # 'Tayo: I am good at ...' among 'Carer: ...' points in the three questions' grid (voice_tables.py)
        if self._tagged_lines(t):
            return  # '• "I like the quiet room." (Ellis)' / '• Attendance this year: 97.9% (DT)' (voice.py)
        if self._period_row_figures(t):
            return  # 'Autumn term | Spring term | Year to date' over '96.8% | 93.1% | 95.2%' (period_figures.py)
        if self._labels_above(t):
            return
        if self._figure_table(t):
            return
        if self._banner(t) or self._details_table(t):
            return  # (a profile table under 'About me': the child's details, voice.py)
        rows = self._voice_prompt_over_answer(t.rows) if self.part in ("pupil_voice", "aspirations") else t.rows
        for row in rows:
            self._label_value_row(row)

    def _section_banner(self, t: Table) -> bool:
        """A one-row table naming a part, beside notes on it ('E. My next steps targets | Setting RAG: G'): the
        section's banner, which starts the part (never a table of items with no rows)."""
        if len(t.rows[0]) < 2 or len({c.text for c in t.rows[0]}) <= 1:
            return False
        first = t.rows[0][0].text.strip()
        rest = [c.text.strip() for c in t.rows[0][1:] if c.text.strip() and c.text != first]
        if first and rest and all(_METER.search(x) for x in rest) and len(first.split()) <= 8:
            # 'Pupil Voice | Mandatory fields complete: 100%' over the section's rows: a platform's section banner
            # with its completion meter. The title is a heading (the part it names starts, another part ends) and
            # the rows below are the section's own table. General: a meter says how much was filled in, never what.
            self.para(Para(first, t.rows[0][0].prov, heading_level=1, bold=True))
            if len(t.rows) > 1:
                self.table(Table(t.rows[1:], t.prov))
            return True
        part = self._heading_part(first, loose=True) if first else None
        fm = self._field_match(first)
        meta = all(_LABEL_VALUE.match(c.text) for c in t.rows[0][1:] if c.text.strip() and c.text != first)
        if len(t.rows) > 1:
            # the same banner as the first row of a longer table ('C. My voice | Setting RAG: G' over its rows):
            # the part starts, and the rows below are read under it
            if not (part and not fm and meta and any(c.text.strip() and c.text != first for c in t.rows[0][1:])):
                return False
            self._enter(part, t.rows[0][0].prov, first)
            self.table(Table(t.rows[1:], t.prov))
            return True
        if part and (not fm or meta) and (meta or part not in tables.TABLE_KINDS
                                          or not tables.header_map(self.labels, t.texts()[0], part, [])):
            self._enter(part, t.rows[0][0].prov, first)
            return True  # ('All about me | Comments': a part no table kind holds, its banner whatever the header)
        return False

    def _banner(self, t: Table) -> bool:
        """A one-row table holding one short title, in a shaded band or beside an empty marker cell ('| 1. Care
        arrangements'), is a section heading: it starts the part it names, and one the model has no part for
        ends the current part, as a heading paragraph does (paragraphs.py)."""
        row = t.rows[0]
        texts = [c.text.strip() for c in row]
        distinct = {x for x in texts if x}
        if len(t.rows) != 1 or len(distinct) != 1 or any(c.tables for c in row) or len(row) > 2:
            return False
        only = distinct.pop()
        cell = next(c for c in row if c.text.strip())
        marker = len(row) == 2 and not texts[0]
        # a trailing bracket is a note on the title ('3. Review of Autumn targets (at the spring PEP)'), not its length
        short = len(re.sub(r"\s*\([^()]*\)\s*$", "", only).split()) <= 8
        if not (marker or cell.shaded) or "\n" in only or not short or only.endswith((".", "!", "?", ":")) \
                or _FIRST_PERSON.search(only) or _LABEL_VALUE.match(only):
            return False
        self.para(Para(only, cell.prov, heading_level=1, bold=True))
        return True

    def _numbered_title_row(self, row) -> bool:
        """'Target 2' alone across a row, or beside blank cells ('Target 2 | '): a numbered item's title."""
        m = pattern(self.labels, "title").match(row[0].text.strip())
        lone = bool(row[0].text.strip()) and all(not c.text.strip() or c.text == row[0].text for c in row[1:])
        return lone and bool(m and m[1])

    def _titled_item_table(self, t: Table) -> bool:
        """One small table per item under a title row ('Target 1: English - reading' over 'Area of need |
        ...', 'Target | ...'): the title gives the item's number and area, the rows below its fields. A PDF
        table continued over a page may hold several such items one after another. Inside, a question on a
        row of its own over its answer ('Target - what do we want the child to achieve?' / 'Callum will...')
        is a label beside its value; rows about PP+ ('PPG/PEPSA provision', 'PPG/PEPSA cost') are the spend
        line of that item."""
        def single(row) -> bool:
            return len({c.text for c in row}) == 1 and bool(row[0].text.strip())

        numbered_title = self._numbered_title_row

        if len(t.rows) < 3 or not (single(t.rows[0]) or numbered_title(t.rows[0])):
            return False
        split = numbered_title(t.rows[0])
        if not split and sum(1 for r in t.rows if single(r)) >= 2:
            return False  # 'Group 1: Child's details', 'Group 6: Targets' ...: a questionnaire's groups, not one item
        groups: list[list] = []
        for row in t.rows:
            if not groups or (split and numbered_title(row)):
                groups.append([row])
            else:
                groups[-1].append(row)
        found = []
        for g in groups:
            body = [r for r in self._pair_stacked(g[1:]) if any(c.text.strip() for c in r)]  # (a page break's blank row)
            pp_rows = [r for r in body if len(r) >= 2 and self._pp_row(r[0].text)]
            rest = [r for r in body if not any(r is x for x in pp_rows)]
            if len(rest) < 2:
                return False
            item = tables.transposed(self.labels, [[c.text for c in r] for r in rest], self.part, titled=True,
                                     states=self._card_goal if numbered_title(g[0]) else None)
            if not item:
                return False
            found.append((g[0], rest, pp_rows, item))
        for title_row, rest, pp_rows, (kind, rows) in found:
            body = Table(rows=rest, prov=t.prov)
            before = len(getattr(self.pep, kind))
            self._item_table(kind, rows, body)
            title = pattern(self.labels, "title").match(title_row[0].text.strip())
            for obj in getattr(self.pep, kind)[before:]:
                if title and hasattr(obj, "number") and obj.number is None and title[1]:
                    obj.number = item_number(title[1])
                    self.lettered = self.lettered or title[1].isalpha()
                if title and hasattr(obj, "area") and not obj.area and _clean(title[2] or ""):
                    obj.area = _clean(title[2])
            new = getattr(self.pep, kind)[before:]
            if pp_rows and kind == "targets" and len(new) == 1:
                self._item_spend(new[0], pp_rows)
        return True

    def _slot_table(self, t: Table) -> bool:
        """An item's heading paragraph ('Target 2 - Maths') over a table of its fields, one label and value per
        row: the heading is the table's title row (read as _titled_item_table reads one)."""
        number, area, hprov, heading = self.slot
        self.slot = None
        if len(t.rows) < 2 or any(len({c.text for c in r}) > 2 or len(r) > 2 for r in t.rows):
            return False
        title = [Cell(text=heading, prov=hprov)]
        return self._titled_item_table(Table(rows=[title] + t.rows, prov=t.prov))

    def _pp_row(self, label: str) -> bool:
        """A row of a target's table about its funding: it names the fund ('PEPSA funding') or a cost ('Cost')."""
        return self._mentions_pp(label) or (tables.column_for(self.labels, label, "pp_spend") == "cost"
                                            and not tables.column_for(self.labels, label, "targets"))

    def _pair_stacked(self, rows: list) -> list:
        """Rows of one cell each, a question over its answer: one two-cell row per question."""
        return tables.pair_stacked(rows, lambda r, nxt: r[0].text.strip().endswith("?")
                                   and not nxt[0].text.strip().endswith("?"))

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
            several = self._priced_pieces(vals.get("description", "")) if kind == "pp_spend" else []
            if several:
                # one box listing the purchases, each priced: a line each; the row of costs is their total
                desc_row = next(r for r, col, _ in rows if col == "description")
                for line in several:
                    self._add_spend(line, cells[desc_row].prov, "transposed", t.rows[desc_row][0].text)
                total = parse_money(vals.get("cost", ""))
                if total is not None and self.pep.pp_requested is None \
                        and abs(total - sum(x.cost or 0 for x in several)) < 0.01:
                    self.set_field("pp_requested", vals["cost"], cells[next(r for r, col, _ in rows if col == "cost")].prov,
                                   "total of the purchases listed", "derived")
                continue
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
            paired = self._column_spend_pair(obj, t, cells, j) if kind == "targets" else set()
            for r, c in enumerate(cells):
                if r in paired or kind == "targets" and c is not None and self._column_spend(obj, t.rows[r][0].text, c, j):
                    continue
                if c is not None and not t.rows[r][0].text.strip() and _is_title(self.labels, c.text):
                    continue  # ' | Next step 1 | Next step 2': the columns' titles
                if r not in used and c is not None and c.text.strip() and not (kind == "targets" and tables.smart_row(t.rows[r][0].text)):
                    self._unclaimed(f"{t.rows[r][0].text}: {c.text}", c.prov)

    def _table_kind(self, t: Table) -> tuple[Optional[str], dict[int, str], int]:
        best: tuple[int, Optional[str], dict[int, str], int] = (0, None, {}, 0)
        texts = t.texts()
        for hr in range(min(3, len(t.rows))):
            header = texts[hr]
            if len(header) < 2 or any(_WHOLE_DATE.match(x.strip()) for x in header):
                continue  # ('Date of meeting | 10 November 2026 | Who came | ...': a date is a value, never a header)
            # Rows above the header that are a title or blank ('H. PP+ funding request *' over an empty row) cost
            # nothing, and a title naming the part says what the table holds, as a heading above it would.
            above = [r for r in texts[:hr] if any(x.strip() for x in r)]
            titles = [r for r in above if len({x for x in r if x.strip()}) == 1]
            penalty = len(above) - len(titles)
            title_part = self._heading_part(next(x for x in titles[-1] if x.strip()), loose=True) if titles else None
            for kind in TABLE_KINDS:
                got = tables.header_map(self.labels, header, kind, texts[hr + 1:])
                if not got:
                    continue
                colmap, strength = got
                if not _main_column_holds_items(kind, colmap, texts[hr + 1:]):
                    continue  # 'End of Year 8 target' over 'Secure', 'Secure+': grades, not targets
                if kind == "previous_targets" and (self._new_status(colmap, texts[hr + 1:])
                                                   or _dates_only(colmap, texts[hr + 1:])):
                    continue  # 'Target | Status' over '... | New', '... | Review' over 'Mar 2026': this PEP's targets,
                    # with the date each will be reviewed, not a review of old ones
                score = strength + (0.5 if _KIND_PART[kind] in (self.part, title_part) else 0) - penalty
                if score > best[0]:
                    best = (score, kind, colmap, hr)
        return best[1], best[2], best[3]

    def _data_table(self, kind: str, colmap: dict[int, str], t: Table, header_row: int) -> None:
        part = _KIND_PART[kind]
        self.found.add(part)
        target_list = getattr(self.pep, kind)
        # Funding in the rows of a targets table: a cost column with a column of what it buys beside it
        # (row_spend.py), else one funding column (target_spend.py), else a cost column alone (row_spend.py).
        spend_cols = self._spend_columns(t.rows[header_row], colmap, t.texts()[header_row + 1:]) \
            if kind == "targets" else {}
        cost_col = None
        if kind == "targets" and "description" not in spend_cols:
            cost_col = self._funding_col(t.rows[header_row], colmap)
            if cost_col is not None:
                spend_cols = {}
        voice_cols = [i for i, c in enumerate(t.rows[header_row]) if i not in colmap and i != cost_col
                      and i not in spend_cols.values() and kind in ("targets", "previous_targets", "attainment")
                      and self._voice_prompt(c.text)]  # 'Target | Progress | What I think about it'
        period = tables.header_period(t.texts()[header_row])
        period = period if period is not None else self.period
        for r, row in enumerate(t.rows[header_row + 1:], start=header_row + 1):
            if len({c.text for c in row}) == 1 and len(row) > 1:
                continue  # a merged full-width row (sub-heading) inside the table
            total = total_cell(row)
            if total is not None and kind in ("targets", "pp_spend"):
                self._total_row(row, total, period)  # a totals row is the amount requested, never an item
                continue
            vals = {colmap[i]: c.text for i, c in enumerate(row) if i in colmap and _clean(c.text)}
            num = next((c.text.strip() for i, c in enumerate(row) if colmap.get(i) == "number"), "")
            if kind in ("targets", "previous_targets") and len(num.split()) >= 2 and not re.search(r"\d", num) \
                    and _clean(num) and self._field_match(num) is None and not _ITEM_NUMBER.fullmatch(num.strip()):
                # 'Options being considered | Engineering, Art' under '# | Target | ...': a label and its value in
                # the grid's next section, not an item (an item's number cell holds its number)
                self._unclaimed(f"{num}: {vals.get('text', '')}", row[0].prov)
                continue
            obj = self._row_object(kind, vals) if vals else None
            if obj is None and cost_col is not None and self._untargeted_row(row, cost_col, colmap, period):
                continue  # '- | | Whole-class Lego therapy | £150' in a targets table: a line linked to no target
            total = next((c for c in row if normalise(c.text).startswith("total")), None)
            if obj is None or (kind == "pp_spend" and total is not None):
                if kind == "pp_spend" and total is not None:
                    self._total_row(row, total, period)  # 'Total PP+ requested this term | £470'
                elif spend_cols and not vals.get("text"):
                    self._row_spend(None, None, row, spend_cols)  # funding in a row with no target
                elif any(len(v.split()) >= 3 for k, v in vals.items() if k in _DETAIL_COLS):
                    # a row with its details written but its main cell empty: an item the reader could not
                    # read, not one the form lacks (the school is never told it has too few)
                    self.unclaimed.setdefault(part, []).append(row[0].prov)
                continue
            if kind == "pp_spend" and obj.cost is None and "£" in obj.description:
                obj.cost = parse_money(obj.description)  # 'Provision and cost' in one cell
            if kind == "pp_spend" and obj.cost is None and self._other_fund(obj.description):
                continue  # 'Spring allocation received from Virtual School' in a ledger: money in, not a thing bought
            target_list.append(obj)
            self._fill(part)
            idx = len(target_list) - 1
            self.item_period[(kind, idx)] = PAST if kind == "targets" and self._closed_row(t, header_row, row) else period
            self._note(f"{kind}[{idx}]", row[0].prov.model_copy(update={"cell": None}))
            for i, c in enumerate(row):
                if i in colmap:
                    self._note(f"{kind}[{idx}].{colmap[i]}", c.prov, t.rows[header_row][i].text)
            if spend_cols:
                self._row_spend(obj, idx, row, spend_cols)
            if kind == "targets" and cost_col is not None and cost_col < len(row):
                self._target_cost(obj, idx, row, cost_col, colmap)
            for i in voice_cols:
                if i < len(row) and row[i].text.strip() and not self.labels.is_placeholder(row[i].text.strip()):
                    self._voice_text(row[i].text, row[i].prov)
        if kind == "previous_targets":
            self._new_beside_old(t, header_row, colmap, period)  # '... | RAG | NEW target' (review_tables.py)

    def _row_object(self, kind: str, vals: dict[str, str]) -> Any:
        v = {k: _clean(x) for k, x in vals.items()}
        main = v.get("text") if kind in ("targets", "previous_targets") else None
        if main and (_SLOT.match(main) or kind == "targets" and self._no_new_item(main)):
            return None  # 'Target 1' with nothing beside it, 'N/A - met through the EHCP': no target (review_tables.py)
        if main and main.rstrip().endswith("?") and _PROMPT.match(main):
            return None  # 'What is the observable difference we are expecting to see?': the form's prompt
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
        named = re.search(r"\(([^()]*\b(?:target|next\s+step)\b[^()]*)\)", obj.description) if kind == "pp_spend" else None
        if named and not obj.target_ref:
            obj.target_ref = self._target_ref(named[1])  # '... with key person (next step 1)': the target it serves
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
