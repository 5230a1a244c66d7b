"""A row whose label is an item's title: 'Target 1 – academic (drafted before the meeting) | Tyler will read ...',
'PP+ line 1 | Intervention: Reading buddy sessions | Cost: £270 | Linked to target: 1'.

Why general: a questionnaire print-out asks for each item as its own question, titled with the item's number; the
answer beside the title is the item (a target's text, a spend line's fields written out as 'Label: value'
pieces). The title names no field, so without this the row is left unread.
"""
from __future__ import annotations

import re

from .. import idioms, tables
from ...model import SpendLine
from ...values import money_amounts, parse_money
from ..blocks import Cell
from .patterns import NO_ITEM, TRAILING_PRICE, _clean
from .wording import item_number, pattern

# 'PP+ line 1', 'PPG item 2', 'Funding request 3', 'EYPP 1': a fund's name (the labels' PP+ words), then the number.
_NUMBERED_END = re.compile(r"^\S.{0,40}?\s*(?:line|item|request|intervention)?\s*(?:no\.?\s*)?\d{1,2}\s*$", re.I)
_STARTER = re.compile(r"^\W{0,2}(?:I|I'm|I’m|I've|I’ve|My|Me|When I|If I)\b", re.I)
_PIECES = re.compile(r"\s*[|;]\s*")


class TitledRowsMixin:
    def _titled_row(self, row: list[Cell]) -> bool:
        """Read a two-cell row titled as an item; False when the row is not one."""
        texts = [c.text.strip() for c in row]
        distinct = list(dict.fromkeys(t for t in texts if t))
        if len(distinct) != 2 or texts[0] != distinct[0]:
            return False
        title, value = distinct
        cell = next(c for c in row if c.text.strip() == value)
        if self.part == "targets" and self._target_spend_row(title, value, cell):
            return True
        if title.endswith(("...", "…")) and _STARTER.match(title) and _STARTER.match(value) \
                and len(value.rstrip(".… ").split()) > len(title.rstrip(".… ").split()):
            # 'I like playing with... | I like playing with the Lego in golden time': a sentence starter the
            # child finished, in the first person: the child's words, whatever the section's heading says
            self._voice_text(value, cell.prov, answer=True)
            return True
        # outside any part, a row titled as a numbered item whose value states a goal ('Outcome T1 | Orla will use
        # her worry book ...' in a plan set out by themes): the item stands where its theme is discussed
        loose = self.part is None and len(value.split()) >= 6 and self._card_goal(value)
        if self.part in ("targets", "previous_targets") or loose:
            # a numbered title, even one whose area reads as a field ('Target 3 – social, emotional and mental health')
            m = pattern(self.labels, "title").match(re.sub(r"\s*\([^()]*\)\s*$", "", title))
            if not m or not m[1] or len(value.split()) < 4 or self._not_given(value) or m[2] and ":" in m[2]:
                return False
            area = _clean(re.sub(r"^\s*[\-–—:]\s*", "", m[2] or "")) or None
            self._add_target(value, cell.prov, item_number(m[1]), area, how="titled row")
            return True
        if self.part == "pp_plus" and _NUMBERED_END.match(title) and self._mentions_pp(re.sub(r"\d+\s*$", "", title)) \
                and not self._field_for(title):
            vals: dict[str, str] = {}
            pairs = [p.split(":", 1) for p in _PIECES.split(value) if ":" in p]
            if len(pairs) < 2:
                pairs = idioms.run_together(value, lambda x: bool(tables.column_for(self.labels, x, "pp_spend")))
            for label, v in pairs:
                col = tables.column_for(self.labels, label.strip(), "pp_spend")
                if col and col not in vals and v.strip():
                    vals[col] = v.strip()
            obj = self._row_object("pp_spend", vals if "description" in vals else {"description": value})
            if obj is None:
                return False
            self._add_spend(obj, cell.prov, "titled row")
            return True
        return False

    def _target_spend_row(self, title: str, value: str, cell: Cell) -> bool:
        """'PPG/PEPSA (as appropriate) cost | Phonics keep-up sessions with TA, 4 x 15 minutes - £180.00' among a
        target's rows: the fund's row under the target just read, priced, is that target's spend line."""
        pending = getattr(self, "pending", None)
        if not pending or pending[0] != "targets" or not self._mentions_pp(title) or not money_amounts(value):
            return False
        desc = _clean(TRAILING_PRICE.sub("", value))
        if not desc or len(desc.split()) < 2 or NO_ITEM.match(desc):
            return False
        target, idx = pending[1], pending[2]
        self._add_spend(SpendLine(description=desc, cost=parse_money(value), cost_text=_clean(value),
                                  target_ref=str(target.number or idx + 1)), cell.prov, "target row", title)
        return True
