"""A table whose cells each hold a whole section: the part's heading on the cell's first line and its content
below it ('Pupil voice\\nWhat Kai told us: ...', 'Targets for this term\\nTarget 1 - English: ...'), often with
a column beside it for someone else's comments (a Virtual School QA column).

Why general: a form laid out as one row per section, heading and content typed into one cell, is a document
written in a table. Read as such, each cell is a heading followed by paragraphs, so every rule for headed
paragraphs (labels with values, numbered targets, the child's words, spend sentences) applies to it, on any
form. The other columns of such rows are another writer's (their header names them) and are left unread.
"""
from __future__ import annotations

from ..blocks import Para, Table


class SectionCellsMixin:
    def _section_cells(self, t: Table) -> bool:
        """Read a table of section cells as headed paragraphs; False (nothing read) when it is not one."""
        rows = [r for r in t.rows if r and r[0].text.strip()]
        headed = [r for r in rows if self._cell_section(r[0].text)]
        if len(headed) < 2 or len({self._cell_section(r[0].text) for r in headed}) < 2 or len(headed) * 2 < len(rows) - 1:
            return False
        for r in rows:
            cell = r[0]
            lines = [x.strip() for x in cell.text.split("\n") if x.strip()]
            if not self._cell_section(cell.text):
                if r is rows[0] and len(lines) == 1:
                    continue  # the columns' titles ('PEP content (completed by school) | QA comment')
                lines = lines[1:] if len(lines) > 1 else lines  # a section the model does not hold: its heading ends the part above
                self.part = None
            else:
                self.para(Para(lines[0], cell.prov, None, True))
                lines = lines[1:]
            for line in lines:
                self.para(Para(line, cell.prov))
            for other in r[1:]:
                if other.text.strip() and other.text.strip() != cell.text.strip():
                    self._unclaimed(other.text.strip(), other.prov)  # another writer's column (a QA comment)
        return True

    def _cell_section(self, text: str):
        """The part a cell's first line names, when more lines follow it."""
        lines = [x.strip() for x in (text or "").split("\n") if x.strip()]
        if len(lines) < 2 or len(lines[0].split()) > 8 or lines[0].endswith((".", ":")):
            return None
        return self._heading_part(lines[0], loose=True)
