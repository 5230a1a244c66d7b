"""Labels above their values in columns: an online form's PDF output prints two or three fields side by side,
each label over its value ('Student name *      College or training provider *' then 'Jade Whitcombe
Kingsmead College'). Read line by line these are a line of labels and a line of values; read by column, each
value is the one under its label. The PDF extractor gives each line's pieces with their left edges
(``Para.cols``); a value is paired with the label whose left edge it starts at (a value is often indented a
few points). Only PDF lines have columns, so Word layouts are untouched."""
from __future__ import annotations

import re
from typing import Optional

from ..blocks import Para
from .. import tables
from .wording import pattern
from ..concepts import parse_typed
from .patterns import _LABEL_VALUE

_ALIGN = 14.0  # points a value may start right of (or a little left of) its label's left edge
_ITEM = "@targets"  # a column label naming a field of the last target, not a single field
_MANDATORY = re.compile(r"\s*\*\s*$")  # 'Date of birth *': the form's mark for a mandatory field


class ColumnsMixin:
    col_above: dict  # left edge -> (field match or None, label as written) waiting for the value below
    col_band: bool  # the previous line was read as columns: a lone label may head a column too

    def _col_label(self, seg: str, row_of_labels: bool) -> Optional[tuple]:
        """A piece that is a label: (field match or None, label). A piece marked mandatory ('*') or ending
        in '?' is a label even when no field is known for it; otherwise it must name a field."""
        if _LABEL_VALUE.match(seg) or len(seg.split()) > 12:
            return None
        marked = bool(_MANDATORY.search(seg)) or seg.endswith("?")
        label = _MANDATORY.sub("", seg).strip()
        title = pattern(self.labels, "title").match(label)
        if title and title[1]:
            return None  # 'Target 2 *': an item's title, its text follows as an item
        fm = self._field_match(label) if label else None
        if fm and (marked or row_of_labels or fm[1] == "exact"):
            return fm, label
        return (None, label) if marked and label else None

    def _columns(self, p: Para) -> bool:
        """Read a PDF line by its columns when it is a row of labels, or values under a row of labels.
        Returns False when the line is not such a line (it is then read as usual)."""
        cols = p.cols or []
        pending = self.col_above
        if not cols or (len(cols) < 2 and not pending and not self.col_band):
            self.col_above, self.col_band = {}, False
            return False
        labels = [self._col_label(seg, len(cols) > 1) for _, seg in cols]
        if not pending and len(cols) > 1 and self.part == "targets" and self.pep.targets:
            # 'Type *   Actions and who *   By when *' under a target: the last target's fields
            item = [tables.column_for(self.labels, _MANDATORY.sub("", seg).strip(), "targets") for _, seg in cols]
            if all(item) and all(lb for lb in labels):
                labels = [((_ITEM, col, None), _MANDATORY.sub("", seg).strip()) for (_, seg), col in zip(cols, item)]
        if not pending:
            # A new row of labels: every piece a label, at least one naming a field, and no piece the value
            # of the label before it ('My school/setting   Greenhill Nursery School' is a label and its value).
            if not all(labels) or not any(lb[0] for lb in labels if lb) or self._label_then_value(cols, labels):
                self.col_above, self.col_band = {}, False
                return False
        read_any = False
        left: list[str] = []
        new: dict = {}
        for (x, seg), lb in zip(cols, labels):
            under = self._col_under(x)
            if under is not None and not (lb and (lb[0] or _MANDATORY.search(seg))):
                fm, label = pending.pop(under)
                read_any = True
                if fm and fm[0] == _ITEM:
                    self._col_item(fm[1], seg, p.prov, label)
                    new[under] = (fm, label)  # its value may wrap onto the next line
                    continue
                if fm is None or not self.set_match(fm, _MANDATORY.sub("", seg), p.prov, label):
                    self._unclaimed(f"{label}: {seg}", p.prov)
                continue
            if lb and (lb[0] or len(cols) > 1 or self.col_band):
                new[x] = lb
                read_any = True
                continue
            left.append(seg)
        if not read_any:
            self.col_above, self.col_band = {}, False
            return False
        self.col_above = new  # a label whose value line did not follow was left empty
        self.col_band = True
        self.above = None
        for seg in left:  # a piece under no label: read on its own
            keep = (self.col_above, self.col_band)
            self.col_above, self.col_band = {}, False
            self.para(Para(seg, p.prov, p.heading_level, p.bold))
            self.col_above, self.col_band = keep
        return True

    def _col_item(self, col: str, seg: str, prov, label: str) -> None:
        """A value under a target's column label: set (or, wrapped onto the next line, extend) that field of
        the last target read."""
        idx = len(self.pep.targets) - 1
        obj = self.pep.targets[idx]
        cur = getattr(obj, col, None)
        if isinstance(cur, str) and cur and (idx, col) in self.col_item_set:
            setattr(obj, col, f"{cur} {seg.strip()}")
            return
        self._set_row_attr("targets", obj, col, seg)
        self.col_item_set.add((idx, col))
        self._note(f"targets[{idx}].{col}", prov, label, "column", None)

    def _label_then_value(self, cols, labels) -> bool:
        for (_, seg), a, b in zip(cols[1:], labels, labels[1:]):
            if a and a[0] and not _MANDATORY.search(seg) and not seg.endswith("?"):
                c = self.labels.concepts.by_key.get(a[0][0])
                kind = c.type if c else ("date" if a[0][0].endswith("date") else None)
                if kind and parse_typed(kind, seg, bool(c and c.latest)) is not None:
                    return True
        return False

    def _col_under(self, x: float) -> Optional[float]:
        """The left edge of the waiting label a piece starting at ``x`` stands under, if any."""
        near = [lx for lx in self.col_above if -4.0 <= x - lx <= _ALIGN]
        return min(near, key=lambda lx: abs(x - lx)) if near else None
