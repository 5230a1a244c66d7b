"""A text table: a line spaced into labels over a line spaced into as many values.

Why: a school pastes its MIS print-out into the Word form as plain lines, the columns kept apart by spaces or
tabs ('Possible sessions   Present   Authorised abs   Unauthorised abs   Attendance %' over '56   53   3   0
94.6'). The values stand under their labels by count, not by position (the print-out centres them), so the n-th
value is the n-th label's. General: any layout of labels over values, in any field, once the line is spaced so.
"""
from __future__ import annotations

import re

from ..blocks import Para

_LABELISH = re.compile(r"^[^\d:]{2,40}$")  # a label: short, no figure, no colon of its own ('Attendance %')


class SpacedRowsMixin:
    def _spaced_row(self, p: Para) -> bool:
        """Read a spaced line of labels (held until the next line) or the values under one. False when the line
        is neither: it is then read as usual."""
        head, self.spaced_head = self.spaced_head, None
        pieces = p.pieces
        if not pieces:
            return False
        if head and len(pieces) == len(head):
            if any(self._field_match(x) for x in pieces):
                return False  # another row of labels, not values
            read = False
            for (label, fm), value in zip(head, pieces):
                if fm and self.set_match(fm, value, p.prov, label):
                    read = True
            return read
        if all(_LABELISH.match(x) and len(x.split()) <= 5 for x in pieces):
            matches = [self._field_match(x) for x in pieces]
            if any(matches):
                self.spaced_head = list(zip(pieces, matches))
                return True
        return False
