"""The neutral document stream that format extractors produce and the interpreter reads.

Why: a Word form, an ePEP PDF and a narrative meeting record differ in *format* (docx, pdf)
and in *layout* (label/value tables, numbered sections, prose). Extractors deal only with
format and emit blocks in reading order; :mod:`pepqa.readers.interpret` deals only with
layout, matching headings, labels and table headers through ``data/labels.toml``.

Conventions every extractor follows
- Text is whitespace-normalised (runs of spaces/tabs -> one space, stripped); line breaks
  inside a cell or paragraph are kept as ``\\n``.
- Word placeholders ("Click here to enter text.", "Choose an item.") are removed: an
  unfilled field reads as "".
- A check box reads as the glyph ``☒`` (checked) or ``☐`` (unchecked) in the text,
  immediately before its label, e.g. ``"☒ Yes ☐ No"``.
- A table that continues over several PDF pages is emitted once, rows concatenated
  (a repeated header row is dropped).
- A merged cell appears once per row (python-docx repeats it per grid column).
- Nested tables are kept in ``Cell.tables`` *and* their text is not duplicated into
  ``Cell.text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from ..model import Provenance


@dataclass
class Para:
    text: str
    prov: Provenance
    heading_level: int | None = None  # 1.. for real headings (style or big/bold PDF text), None otherwise
    bold: bool = False
    # PDF only: the line's pieces that stand apart by a column gap, as (left edge, text), when the first line
    # has more than one; a label row of an online form ('Student name *   College *') over its value row.
    cols: list[tuple[float, str]] | None = field(default=None, compare=False)
    # Word only: a line spaced into a row of a text table (an MIS print-out pasted in: 'Possible sessions   Present
    # ...   Attendance %' over '56   53 ...   94.6'): its pieces, split at tabs and runs of spaces, when 3 or more.
    pieces: list[str] | None = field(default=None, compare=False)


@dataclass
class Cell:
    text: str
    prov: Provenance
    tables: list["Table"] = field(default_factory=list)
    shaded: bool = False  # header-looking cell (fill colour / bold), a hint only


@dataclass
class Table:
    rows: list[list[Cell]]
    prov: Provenance

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


Block = Union[Para, Table]


@dataclass
class Document:
    """What an extractor read: blocks in reading order plus facts about the file."""

    path: str
    format: str  # "docx" | "pdf"
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    notes: list[str] = field(default_factory=list)  # e.g. "page 4 has no text layer (scanned?)"
    furniture: list[str] = field(default_factory=list)  # running headers / footers taken out of the blocks
