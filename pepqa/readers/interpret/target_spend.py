"""The funding in a table of targets: a column that holds what PP+ pays for each target.

Why apart: many forms have no spend table at all. The targets table carries one more column, named as a
cost ('Cost', '£') or by whatever the funding is called where the form was written ('PPG £', 'Pupil Premium
Plus', 'PEPSA', 'EYPP', 'PP+ request'). Each cell of it is a spend line linked to the target of its row:
an amount alone pays for the target's support ('How we will help'); words with an amount are the line and
its cost ('Numicon home kit = £60'); words alone are a line with no cost stated (the check for a cost then
says so). A row of the table with no target but a funded line ('- | | Whole-class Lego therapy | £150') is
a spend line linked to no target, and a 'Total' row is the amount requested."""
from __future__ import annotations

import re
from typing import Optional

from ...labels import normalise
from ...model import SpendLine, Target
from ...values import money_amounts, parse_int, parse_money
from .. import tables
from ..blocks import Cell
from .patterns import _clean

_TRAILING_AMOUNT = re.compile(r"[\s\-–—:,=(]*£\s*\d[\d,]*(?:\.\d{1,2})?\)?[\s.]*$|^\s*£\s*\d[\d,]*(?:\.\d{1,2})?\s*[\-–—:,=]\s*")
_WORDS = re.compile(r"[A-Za-z]{3,}")
_NO_SPEND = re.compile(r"^(?:no|none|n/?a|nil|not|nothing|-+|–|—|£?\s*0(?:\.00)?)\b|^[-–—]+$|^(?:yes|no|y|n|✓|✗|x)$", re.I)


class TargetSpendMixin:
    def _funding_col(self, header: list[Cell], colmap: dict[int, str]) -> Optional[int]:
        """The column of a targets table that holds the funding: a header naming a cost, else one naming the
        fund (a fund's column that also names the support, 'PP+ support', holds the line when no cost column
        beside it holds its amount)."""
        texts = {i: c.text.strip() for i, c in enumerate(header) if c.text.strip()}
        for i, text in texts.items():
            if i not in colmap and tables.column_for(self.labels, text, "pp_spend") == "cost":
                return i
        for i, text in texts.items():
            if colmap.get(i) in (None, "actions") and self._mentions_pp(self._expand(text)) and not self._other_fund(text):
                return i
        return None

    def _target_cost(self, target: Target, idx: int, row: list[Cell], cost_col: int, colmap: dict[int, str]) -> None:
        """A cost or a funded line in a target's row is a PP+ spend line linked to that target."""
        cell = row[cost_col]
        got = self._funded(cell.text, target.actions or target.text)
        if got is None:
            return
        desc, cost = got
        self._row_spend_line(desc, cost, cell, str(target.number or idx + 1), self.item_period.get(("targets", idx)))

    def _untargeted_row(self, row: list[Cell], cost_col: int, colmap: dict[int, str], period) -> bool:
        """A row of the targets table with no target: a 'Total' row (the amount requested) or a funded line of
        its own, linked to no target (or to the number in its number column)."""
        if cost_col >= len(row) or not _clean(row[cost_col].text):
            return False
        others = [(i, c) for i, c in enumerate(row) if i != cost_col and _clean(c.text) and colmap.get(i) != "number"]
        if any(normalise(c.text).startswith("total") for _, c in others):
            money = parse_money(row[cost_col].text)
            if money is not None and self.pep.pp_requested is None:
                self.pep.pp_requested = money
                self._fill("pp_plus")
                self._note("pp_requested", row[cost_col].prov, _clean(others[0][1].text))
            return True
        text = next((c.text for i, c in others if colmap.get(i) == "actions"), None) or \
            next((c.text for _, c in others), None)
        got = self._funded(row[cost_col].text, text or "")
        if got is None or not text:
            return False
        num_col = next((i for i, col in colmap.items() if col == "number"), None)
        number = parse_int(row[num_col].text) if num_col is not None and num_col < len(row) else None
        self._row_spend_line(got[0], got[1], row[cost_col], str(number) if number else None, period)
        return True

    def _funded(self, text: str, support: str) -> Optional[tuple[str, Optional[float]]]:
        """(description, cost) a funding cell states, or None when it funds nothing ('None', 'N/A', '£0',
        'Yes'). An amount alone (or with only a breakdown, '6 x £40 =') pays for ``support``."""
        t = _clean(text) or ""
        if not t or self.labels.is_placeholder(t) or _NO_SPEND.match(t) or self._not_given(t) or self._other_fund(t):
            return None
        cost = parse_money(t)
        words = _clean(_TRAILING_AMOUNT.sub("", t)) or ""
        desc = words if len(_WORDS.findall(re.sub(r"£\s*\d[\d,.]*", " ", words))) >= 2 else _clean(support)
        if not desc or (cost is None and not money_amounts(t) and desc != words):
            return None  # neither an amount nor words of a line
        return desc, cost

    def _row_spend_line(self, desc: str, cost: Optional[float], cell: Cell, ref: Optional[str], period) -> None:
        self.pep.pp_spend.append(SpendLine(description=desc, cost=cost, cost_text=_clean(cell.text), target_ref=ref))
        n = len(self.pep.pp_spend) - 1
        self.item_period[("pp_spend", n)] = period
        self._fill("pp_plus")
        self._note(f"pp_spend[{n}]", cell.prov, None, "target row", None)
