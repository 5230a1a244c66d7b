"""Text that leaves pepqa for a terminal, a log or a spreadsheet, made harmless on the way out.

Why one module: a file name can hold bytes that are not UTF-8 (Python carries them as lone surrogates),
control characters (an escape sequence retitles the terminal; openpyxl refuses them outright) and bidi
controls; PEP text can start with ``=`` (a spreadsheet runs it as a formula) or hold a carriage return
(a CSV reader starts a new row there, and the new row may start with ``=``). Every spreadsheet and CSV
cell pepqa writes goes through :func:`cell`; every file name shown goes through :func:`shown`.
"""
from __future__ import annotations

import math
import re
from typing import Any

# C0/C1 controls (tab and newline included: a name never needs them), lone surrogates, and the invisible
# and bidi formatting characters (zero-width space/joiners, LRM/RLM, embeddings, overrides, isolates, BOM).
_UNSAFE_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# What openpyxl refuses in a cell (it raises IllegalCharacterError), plus lone surrogates (not encodable).
_ILLEGAL_CELL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_LINE_FORMULA = re.compile(r"\n(?=[=+\-@])")
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def _escape(ch: str) -> str:
    o = ord(ch)
    if 0xDC80 <= o <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{o - 0xDC00:02x}"
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}"


def shown(name: Any) -> str:
    """A file name fit for a terminal, a log or a cell: every control, invisible or non-UTF-8 character escaped."""
    s = str(name)
    return _UNSAFE_NAME.sub(lambda m: _escape(m[0]), s) if _UNSAFE_NAME.search(s) else s


def cell(value: Any) -> Any:
    """A value fit for a spreadsheet or CSV cell: never a live formula, never a row break by carriage return,
    never a character the xlsx format cannot hold, never NaN or infinity."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if not isinstance(value, str):
        return value
    s = value
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if _ILLEGAL_CELL.search(s):
        s = _ILLEGAL_CELL.sub(lambda m: _escape(m[0]), s)
    if "\n" in s:  # a line that starts like a formula is kept as text too (a reader that splits lines sees a row)
        s = _LINE_FORMULA.sub("\n'", s)
    if s.startswith(_FORMULA_START) or s.lstrip().startswith(("=", "+", "@")):
        s = "'" + s
    return s


def strip_invisible(text: str) -> str:
    """Text without zero-width and bidi formatting characters (a name split by one must still be found)."""
    return INVISIBLE.sub("", text) if INVISIBLE.search(text) else text
