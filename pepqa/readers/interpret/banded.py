"""A table cut by title bands: one-cell rows across its width ('Review of last targets', 'Student's views',
'PP+ request') each head the rows below them, up to the next band.

Why general: a form printed as one long grid still has sections; a band across the grid, shaded or naming a
part, is a heading on any form, and the rows under it (a header and its items, or a box of views) are a table
of their own. Read whole, the grid's header rows sit too deep to be found and every section runs into the
next.
"""
from __future__ import annotations

import re

from ..blocks import Para, Table
from .patterns import _LABEL_VALUE
from .voice import _FIRST_PERSON


class BandedTablesMixin:
    def _band(self, row) -> bool:
        texts = {c.text.strip() for c in row if c.text.strip()}
        if len(texts) != 1 or any(c.tables for c in row):
            return False
        first = texts.pop().split("\n")[0].strip()
        short = len(re.sub(r"\s*\([^()]*\)\s*$", "", first).split()) <= 8
        if not short or first.endswith((".", "!", "?", ":")) or _FIRST_PERSON.search(first) \
                or _LABEL_VALUE.match(first) or first[:1] in "\"“‘'":
            return False
        return bool(self._heading_part(first, loose=True))

    def _banded_table(self, t: Table) -> bool:
        """Split ``t`` at its title bands that name a part (below its first row) when at least two do and the
        rows they head include a row of several cells; each band is read as a heading, the rows under it as a
        table."""
        bands = [r for r in range(1, len(t.rows)) if self._band(t.rows[r])]
        # one band deep in the grid will do ('Pupil Premium Plus request' on row 9, over its own header and lines)
        if not bands or len(bands) < 2 and bands[0] < 3 \
                or not any(len({c.text for c in row}) >= 2 for row in t.rows[bands[0]:]):
            return False
        cuts = [0] + bands + [len(t.rows)]
        for a, b in zip(cuts, cuts[1:]):
            rows = t.rows[a:b]
            if a in bands:
                cell = next(c for c in rows[0] if c.text.strip())
                # the band's first line is its title; lines under it in the band are the form's note on the section
                # ('Around three targets. Where ...'), printed where forms print guidance, not a school's answer
                self.para(Para(cell.text.strip().split("\n")[0].strip(), cell.prov, heading_level=1, bold=True))
                rows = rows[1:]
            # a blank row across the grid ends a block ('Total requested', then a gap, then 'Sign off | ...')
            pieces: list[list] = [[]]
            for r in rows:
                if any(c.text.strip() for c in r):
                    pieces[-1].append(r)
                elif pieces[-1]:
                    pieces.append([])
            for piece in pieces:
                if piece:
                    self.table(Table(rows=piece, prov=t.prov))
        return True
