"""A review of last term's targets that sets the new ones in the same rows: 'Area | Target set at last PEP |
RAG | NEW target for this PEP' holds, in each row, the old target, how it went and the target that follows it.

Why apart: the table is read as a table of previous targets (its columns say so); the new targets stand in one
more column, which that kind has no field for. A careful reader reads that column as the new targets, in the
order the rows give them, each with its row's area; a cell saying there is no new one ('Achieved - no new
target', 'N/A') is none. General: any form may review and replace targets row by row, and its header says
which column is new."""
from __future__ import annotations

import re
from typing import Optional

from ...labels import normalise
from ...model import Target
from .. import tables
from ..blocks import Table
from .patterns import _clean
from .wording import alt


class ReviewTablesMixin:
    def _new_beside_old(self, t: Table, header_row: int, colmap: dict[int, str], period: Optional[int]) -> None:
        """The new targets in a column of a previous-targets table whose header names them new (``[prose]
        new_words``) and names a target's text ('NEW target for this PEP (SMART)', 'Proposed next step')."""
        header = t.rows[header_row]
        new = self._prose_words("new_words")
        if not new:
            return
        new_re = re.compile(r"(?:^|\s)(?:" + alt(new) + r")(?=\s|$)", re.I)
        cols = [i for i, c in enumerate(header) if i not in colmap and c.text.strip()
                and tables.column_for(self.labels, c.text, "targets") == "text" and new_re.search(normalise(c.text))]
        if len(cols) != 1:
            return
        j = cols[0]
        area_col = next((i for i, c in colmap.items() if c == "area"), None)
        self.found.add("targets")
        first = not self.pep.targets  # numbered in the order they appear, when they are the PEP's only targets
        for row in t.rows[header_row + 1:]:
            if j >= len(row) or len({c.text for c in row}) == 1:
                continue
            text = _clean(row[j].text)
            if not text or self.labels.is_placeholder(text) or self._no_new_item(text):
                continue
            target = Target(text=text)
            if area_col is not None and area_col < len(row) and _clean(row[area_col].text):
                target.area = _clean(row[area_col].text)
            self.pep.targets.append(target)
            idx = len(self.pep.targets) - 1
            if first:
                target.number = idx + 1  # 'New targets are numbered 1, 2, 3 in the order they appear'
            self.item_period[("targets", idx)] = period
            self._fill("targets")
            self._note(f"targets[{idx}]", row[j].prov.model_copy(update={"cell": None}))
            self._note(f"targets[{idx}].text", row[j].prov, header[j].text.strip())

    def _no_new_item(self, text: str) -> bool:
        """'Achieved - no new target', 'N/A - met through the EHCP', '-', 'On track': the cell says there is no
        item, or gives only a status (a target states a goal; a status word says how one went)."""
        t = text.strip()
        if not re.search(r"[A-Za-z]", t):
            return True
        if len(t.split()) <= 3 and self.labels.match_value("outcome_status", t):
            return True
        if any(re.match(re.escape(w) + r"\s*(?:$|[-–—(,;:.])", t, re.I) for w in self._prose_words("not_given")):
            return True
        items = self._prose_words("item_words")
        return bool(items) and len(t.split()) <= 8 and bool(
            re.search(r"\bno\s+(?:new\s+|further\s+|more\s+)?(?:" + alt(items) + r")s?\b", t, re.I))
