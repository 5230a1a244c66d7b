"""Spend lines and statements read inside a table of items, beside the items themselves.

- A target's own table holding its funding: 'PPG/PEPSA provision | Reading Plus licence' and 'PPG/PEPSA cost |
  £85' (``_item_spend``); a PP+ row across a table with one column per target, each cell a priced line
  (``_column_spend``); a PP+ row with a cost row under it (``_column_spend_pair``).
- A target's statement in its title row over the grid of its S / M / A / R / T columns (``_statement_over_grid``).

Why apart from item_tables.py: these read what a table of items holds besides its items; the table's shape is
decided there, once.
"""
from __future__ import annotations


from ...model import SpendLine, Target
from ...values import money_amounts, parse_money
from .. import tables
from ..blocks import Cell, Table
from .patterns import NO_ITEM, TRAILING_PRICE, _clean


class ItemSpendMixin:
    def _statement_over_grid(self, title_row, i: int) -> None:
        """A target's title row holding its statement over the grid of its S / M / A / R / T columns (item_groups.py
        _title_statement): the statement is the target's text; the grid's first column, read as the text, is then
        what the target is specifically (its success criteria, when none were read)."""
        if len({c.text for c in title_row}) != 1 or not (got := self._title_statement(title_row[0].text)):
            return
        n, area, statement = got
        tgt = self.pep.targets[i]
        if not tgt.success_criteria and tgt.text != statement:
            tgt.success_criteria = tgt.text
        tgt.text, tgt.number, tgt.area = statement, tgt.number or n, tgt.area or area
        self._note(f"targets[{i}].text", title_row[0].prov, "target's title", "exact", None)

    def _item_spend(self, target: Target, pp_rows: list) -> None:
        """'PPG/PEPSA provision | Reading Plus licence' and 'PPG/PEPSA cost | £85' inside a target's table: a
        spend line linked to that target ('No PPG/PEPSA needed' at £0 is none)."""
        vals: dict[str, str] = {}
        prov = None
        for r in pp_rows:
            col = tables.column_for(self.labels, r[0].text, "pp_spend")
            if col not in ("description", "cost") and self._mentions_pp(r[0].text):
                # 'PEPSA funding | GCSE English tutor, 1 hour a week': the fund's row says what it buys
                col = "cost" if parse_money(r[1].text) is not None and money_amounts(r[1].text) else "description"
            if col in ("description", "cost") and col not in vals and _clean(r[1].text):
                vals[col] = r[1].text
                prov = prov or r[1].prov
        desc = _clean(vals.get("description") or "")
        cost = parse_money(vals.get("cost") or "")
        if not desc and cost and target.actions:
            desc = _clean(target.actions)  # only a cost ('PPG cost | £240'): it pays for the target's support
        if not desc:
            return
        if NO_ITEM.match(desc) and not cost:
            return
        self._add_spend(SpendLine(description=desc, cost=cost, cost_text=_clean(vals.get("cost") or ""),
                                  target_ref=str(target.number) if target.number else None), prov, "target table")

    def _column_spend_pair(self, target: Target, t: Table, cells: list, column: int) -> set:
        """A PP+ row and a cost row under it in a table with one column per target ('PP+ resource | Times tables
        catch-up ...' and 'Cost | £150 | £200'): together that column's spend line. Returns the rows it read."""
        labels = [r[0].text for r in t.rows]
        what = next((r for r, lb in enumerate(labels) if self._mentions_pp(lb) and cells[r] is not None
                     and not money_amounts(cells[r].text)), None)
        cost = next((r for r, lb in enumerate(labels) if tables.column_for(self.labels, lb, "pp_spend") == "cost"
                     and not self._mentions_pp(lb)), None)
        if what is None or cost is None:
            return set()
        desc = _clean(cells[what].text)
        if desc and not NO_ITEM.match(desc):
            amount = cells[cost].text if cells[cost] is not None else ""
            self._add_spend(SpendLine(description=desc, cost=parse_money(amount), cost_text=_clean(amount) or None,
                                      target_ref=str(target.number or column)), cells[what].prov, "target column",
                            labels[what].strip())
        return {what, cost}

    def _column_spend(self, target: Target, label: str, cell: Cell, column: int) -> bool:
        """A PP+ row of a table with one column per target ('EYPP support and cost | Name cards - £25 | ...'):
        each cell holding an amount is a spend line of that column's target."""
        if not self._mentions_pp(label) or not money_amounts(cell.text):
            return False
        cost = parse_money(cell.text)
        desc = _clean(TRAILING_PRICE.sub("", cell.text)) or _clean(target.actions or "")
        if not desc or NO_ITEM.match(desc) and not cost:
            return False
        self._add_spend(SpendLine(description=desc, cost=cost, cost_text=_clean(cell.text),
                                  target_ref=str(target.number or column)), cell.prov, "target column", label.strip())
        return True
