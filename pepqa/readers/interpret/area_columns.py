"""An early-years grid with one column per area of learning: ' | Communication and Language | Personal, Social and
Emotional Development | ...' over 'Comments | ...' and 'Next steps | NS1: Maisie will ... | NS2: ...'.

Why general: a plan that reports each area of learning side by side writes each area's next step in its own
column; the row named as the targets holds the targets, each of its column's area ('NS1', '2.' numbering it).
The other rows (comments on progress) are the areas' attainment, left to the officer as before.
"""
from __future__ import annotations

import re

from .. import tables
from ..blocks import Table

_NUMBERED = re.compile(r"^\s*(?:[A-Z]{1,3}\s?)?(\d{1,2})\s*[:.)\-–]\s*(\S.*)$", re.S)


class AreaColumnsMixin:
    def _area_columns(self, t: Table) -> bool:
        """Read the targets row of a grid of areas; False when the table is not one."""
        rows = t.rows
        if len(rows) < 2 or len(rows[0]) < 3 or rows[0][0].text.strip():
            return False
        areas = [c.text.strip() for c in rows[0][1:]]
        if len(set(areas)) < 2 or not all(a and len(a.split()) <= 7 and a[:1].isupper()
                                          and not re.search(r"\d|[.?!:]$", a) for a in areas):
            return False
        for r in rows[1:]:
            label = r[0].text.strip()
            if not label or not (self._heading_part(label, loose=True) == "targets"
                                 or tables.column_for(self.labels, label, "targets") == "text"):
                continue
            read = False
            for j, c in enumerate(r[1:len(areas) + 1]):
                text = c.text.strip()
                if not text or self._not_given(text):
                    continue
                m = _NUMBERED.match(text)
                body = (m[2] if m else text).strip()
                if len(body.split()) < 4:
                    continue
                if self.part not in ("targets", "previous_targets"):
                    self._enter("targets", r[0].prov, label)
                self._add_target(body, c.prov, int(m[1]) if m else None, areas[j], how="area column")
                read = True
            if read:
                for other in rows[1:]:
                    if other is not r:
                        self._unclaimed(" | ".join(c.text for c in other), other[0].prov)
                return True
        return False
