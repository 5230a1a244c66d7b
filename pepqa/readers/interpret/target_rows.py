"""Rows of a table of targets that are not targets: the row closing the table with the total PP+ requested
('Cyfanswm / Total PP+ requested | £600'), and a row holding only a support and its cost (' |  | Football club
subs | £90'), a spend line linked to no target.

Why apart from ``item_tables``: a form that puts the PP+ support and cost in the target rows also puts its
unlinked lines and its total there; these rows say what they are by their empty target cell or their 'Total'
label, in whichever language of the form."""
from __future__ import annotations

from ...labels import bilingual_halves, normalise
from ...model import SpendLine
from ...values import parse_money
from ..blocks import Cell
from .patterns import _clean


def is_total(text: str) -> bool:
    """A 'Total ...' cell, in either language of a bilingual form ('Cyfanswm / Total PP+ requested')."""
    halves = bilingual_halves(text) or ()
    return any(normalise(t).startswith("total") for t in (text, *halves))


class TargetRowsMixin:
    def _unlinked_row_spend(self, row: list[Cell], vals: dict[str, str], cost_col: int) -> bool:
        """A row of a table of targets with their PP+ costs whose target cell is empty but whose support and
        cost cells are filled (' |  |  | Football club subs for the year | £90'): a spend line linked to no
        target."""
        cost = parse_money(row[cost_col].text) if cost_col < len(row) else None
        desc = _clean(vals.get("actions") or "")
        if cost is None or not desc or len(desc.split()) < 2 or vals.get("text"):
            return False
        self.pep.pp_spend.append(SpendLine(description=desc, cost=cost, cost_text=_clean(row[cost_col].text)))
        n = len(self.pep.pp_spend) - 1
        self.item_period[("pp_spend", n)] = self.period
        self._fill("pp_plus")
        self._note(f"pp_spend[{n}]", row[cost_col].prov, None, "target table, no target", None)
        return True
