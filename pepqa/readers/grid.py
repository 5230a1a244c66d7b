"""Spreadsheet furniture: what a sheet printed to PDF (or pasted into a Word form) carries that is the
spreadsheet's, not the form's.

Why: a Virtual School that keeps its PEPs in a workbook prints them with the sheet's headings, so every table
starts with a row of column letters ('' | A | B | C ...) and every row with its row number (1, 2, 3 ...), and
the page's running header names the file and the sheet ('PEP_2025-26.xlsx  Sheet: Main'). Left in, the
letters hide the real header row (a table's header is looked for in its first rows), the row numbers push
every label one cell right (a label/value row reads as 'number | label'), and the file name reads as a label
left unread. Stripped, the table is the form the sheet holds, whatever its layout.

Conservative on purpose: the column letters are recognised only as a row of nothing but rising column letters,
and the row numbers only beside them (a first column 1, 2, 3 ... alone is as likely an item's number).
"""
from __future__ import annotations

import re
import string

from .blocks import Table

_LETTERS = list(string.ascii_uppercase)
# 'PEP_P16_2025-26.xlsx Sheet: PPP_Main', 'Sheet2', 'Sheet: Targets', 'tracker.ods' (a sheet's name has no spaces
# here: 'Worksheet: All about me' is a child's worksheet, not the workbook's)
_SHEET_LINE = re.compile(
    r"^\s*(?:[\w.\-() ]{1,80}\.(?:xlsx|xlsm|xlsb|xls|ods|csv)\b\s*)?"
    r"(?:sheet\s*\d*\s*(?:[:\-–]\s*[\w.\-()]{0,40})?)?\s*$", re.I)


def _column_index(letters: str) -> int | None:
    """'A' -> 1, 'Z' -> 26, 'AB' -> 28; None for anything else."""
    if not re.fullmatch(r"[A-Z]{1,2}", letters):
        return None
    n = 0
    for ch in letters:
        n = n * 26 + _LETTERS.index(ch) + 1
    return n


def sheet_letters(texts: list[str]) -> bool:
    """'' | A | B | C | D: the row of a sheet's column letters (the corner cell may be empty). A print area may
    start past column A and hidden columns leave gaps: the letters need only rise, from A or three of them."""
    cells = [t.strip() for t in texts]
    if cells and not cells[0]:
        cells = cells[1:]
    idx = [_column_index(c) for c in cells]
    if len(cells) < 2 or any(i is None for i in idx) or any(b <= a for a, b in zip(idx, idx[1:])):
        return False
    return idx[0] == 1 and idx[1] == 2 or len(idx) >= 3


def _row_numbers(column: list[str]) -> bool:
    """1, 2, 3 ...: a sheet's row numbers down the first column (rising; a print area or a hidden row may
    start them past 1 or skip some)."""
    nums = [c.strip() for c in column]
    if len(nums) < 2 or not all(re.fullmatch(r"\d{1,5}", n) for n in nums):
        return False
    vals = [int(n) for n in nums]
    return vals[0] >= 1 and all(b > a for a, b in zip(vals, vals[1:]))


def without_furniture(t: Table) -> Table:
    """The table without a first row of column letters and, beside it, a first column of row numbers."""
    texts = t.texts()
    if len(texts) < 2 or not sheet_letters(texts[0]):
        return t
    rows = t.rows[1:]
    first = [r[0].text if r else "" for r in rows]
    if _row_numbers(first) and not texts[0][0].strip() and all(len(r) >= 2 for r in rows):
        rows = [r[1:] for r in rows]
    return Table(rows=rows, prov=t.prov)


def is_sheet_line(text: str) -> bool:
    """A running header naming the workbook or the sheet ('PEP_P16_2025-26.xlsx Sheet: PPP_Main'), not a label
    and its value."""
    t = (text or "").strip()
    return bool(t) and bool(re.search(r"\.(?:xlsx|xlsm|xlsb|xls|ods|csv)\b|\bsheet(?:\b|\d)", t, re.I)) \
        and bool(_SHEET_LINE.match(t))
