"""Money in a table of items: the PP+ columns of a targets table, and a totals row.

Why: many forms put the funding in the target rows rather than in a table of its own ('Target | Owner | PP+ £ |
Funding detail'): the amount is a spend line linked to that row's target, and the words beside it say what it
buys (else the target's support does). A row with funding but no target ('' | '' | £95 | Hair and beauty kit) is
a spend line linked to no target. And a row whose label cell is 'Total' / 'TOTAL REQUESTED' / 'Grand total',
in whatever column it stands, sums the others: it is the amount requested, never an item (a target called
'TOTAL REQUESTED' would be reported to the school as a target that is not SMART)."""
from __future__ import annotations

import re
from typing import Optional

from ...labels import bilingual_halves, normalise
from ...model import SpendLine, Target
from ...values import money_amounts, parse_money
from .. import tables
from ..blocks import Cell
from .patterns import NO_ITEM, _clean

_TOTAL = re.compile(r"^(?:grand\s+|sub\s*-?\s*)?totals?\b(.*)$", re.I)
# What may follow 'Total' in a totals row's label ('TOTAL REQUESTED', 'Total PP+ cost this term'); 'Total
# communication' (an approach to language) is no total.
_TOTAL_WORDS = {"requested", "request", "cost", "costs", "amount", "spend", "funding", "pp+", "ppg", "pepsa", "eypp",
                "pupil", "premium", "plus", "this", "term", "year", "£", "for", "of", "the", "all", "targets", "to",
                "date", "so", "far", "asked", "sought", "allocated", "agreed", "bid", "claimed"}
_ASKED = {"requested", "request", "asked", "sought", "claimed", "bid"}


def total_cell(row: list[Cell]) -> Optional[Cell]:
    """The cell that makes a row a totals row: a short label starting with 'total' ('TOTAL REQUESTED'), or made of
    nothing but words for the request ('PP+ requested', 'Amount requested this term')."""
    for k, c in enumerate(row):
        if any(parse_money(x.text) is not None for x in row[:k]):
            break  # 'R1 | Tutor | 320.00 | Requested': a status after the amount, not the label of a total
        for text in (c.text, *(bilingual_halves(c.text) or ())):  # 'Cyfanswm / Total PP+ requested'
            n = normalise(text)
            m = _TOTAL.match(n) if n else None
            if m and len(n.split()) <= 6 and all(w in _TOTAL_WORDS for w in re.findall(r"[^\s()]+", m[1])):
                return c
            words = re.findall(r"[^\s()]+", n or "")
            if 0 < len(words) <= 6 and all(w in _TOTAL_WORDS for w in words) and _ASKED & set(words):
                return c  # 'PP+ requested', 'Amount requested this term': the whole request, whatever its label
    return None


class RowSpendMixin:
    def _total_row(self, row: list[Cell], total: Cell, period: Optional[int]) -> None:
        """A totals row fills the amount requested (the last amount in it), the latest period's if several; a
        sub-total is part of it, not the request."""
        if normalise(total.text).startswith("sub"):
            return
        money = [parse_money(c.text) for c in row if c is not total and parse_money(c.text) is not None]
        money = money or [m for c in row for m in money_amounts(c.text)]
        if money and (self.pep.pp_requested is None or period is not None):
            self.pep.pp_requested = money[-1]
            self._fill("pp_plus")
            self._note("pp_requested", total.prov, total.text)

    def _spend_columns(self, header: list[Cell], colmap: dict[int, str], body: list[list[str]]) -> dict[str, int]:
        """The PP+ columns of a targets table that its target columns left: {'cost': i, 'description': j}.
        A header that names a cost ('Cost', 'Amount (£)') is the cost; one that names the fund ('Post-16 PP+ £',
        'PEPSA') is the cost when its cells are amounts and what is bought when they are words. No cost
        column, no funding: a column of words alone is the target's support."""
        out: dict[str, int] = {}
        for i, c in enumerate(header):
            if i in colmap or not c.text.strip():
                continue
            col = tables.column_for(self.labels, c.text, "pp_spend")
            if col not in ("cost", "description"):
                if not (self._mentions_pp(c.text) or "£" in c.text):
                    continue
                cells = [r[i] for r in body if i < len(r) and _clean(r[i])]
                money = [x for x in cells if parse_money(x) is not None]
                col = "cost" if cells and len(money) * 2 >= len(cells) or "£" in c.text else "description"
            out.setdefault(col, i)
        # Words alone ('Interventions: what, how often') are the target's support; only an amount makes funding.
        return out if "cost" in out else {}

    def _row_spend(self, target: Optional[Target], idx: Optional[int], row: list[Cell], cols: dict[str, int]) -> None:
        """A cost (and what it buys) in a target's row is a PP+ spend line linked to that target; in a row with
        no target, a spend line linked to none. A cost of nothing beside no words is no spend line."""
        def text(col: str) -> str:
            i = cols.get(col)
            return row[i].text if i is not None and i < len(row) else ""
        cost_text, desc = _clean(text("cost")) or "", _clean(text("description")) or ""
        cost = parse_money(cost_text)
        if desc and NO_ITEM.match(desc) and not cost:
            return
        if not desc:
            if cost is None or (cost == 0 and "description" in cols) or target is None:
                return  # no amount, or £0 beside an empty 'what it buys' column
            desc = target.actions or target.text
        cell = row[cols["cost"]] if cost is not None else row[cols["description"]]
        ref = str(target.number or idx + 1) if target is not None and idx is not None else None
        self.pep.pp_spend.append(SpendLine(description=desc, cost=cost, cost_text=cost_text or None, target_ref=ref))
        n = len(self.pep.pp_spend) - 1
        self.item_period[("pp_spend", n)] = self.item_period.get(("targets", idx)) if idx is not None else self.period
        self._fill("pp_plus")
        self._note(f"pp_spend[{n}]", cell.prov, None, "target row", None)
