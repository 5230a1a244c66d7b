"""Reading a PEP file of any supported kind into the PEP model.

The format is chosen by the file's content, not its name (a PDF renamed .docx is still read
as a PDF; a renamed program is refused). Every failure is a :class:`ReadError` whose message
is one line naming the file and the reason; nothing here prints PEP text.
"""
from __future__ import annotations

import math
import os
import re
from datetime import date
from pathlib import Path

from pydantic import BaseModel

from ..errors import ReadError
from ..labels import load_labels
from ..model import PEP
from .limits import READ_SECONDS, TooSlow, deadline

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 200_000  # one text field (~30,000 words); real PEP fields are a few thousand characters
# No amount, percentage or count in a PEP comes near these: a value outside them is a typo or a hostile file,
# reported as a reading problem (never an "internal error" from a check that formats it).
MAX_NUMBER = 1e9
YEARS = (1900, 2200)
# Rows in one table (targets, spend lines, attainment, attendees...): real PEPs have a handful. 5,000 target
# rows in a 95 KB Word file took render 172 s and 1 GB; such a file is refused as not one PEP.
MAX_ROWS = 500

# Control characters (bar tab and newlines) and lone surrogates: no PEP text holds them, and printed to a
# terminal an escape sequence could rewrite the screen; a lone surrogate cannot even be encoded as UTF-8.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff")
# A long run of punctuation with no space ("____" fill-in lines, "====", a hostile "$$$$"): spaCy's tokenizer
# strips affixes one character at a time, so its time grows with the square of the run (20,000 underscores:
# minutes). Such runs carry no words; they are broken into pieces of 32 with spaces.
_PUNCT_RUN = re.compile(r"(?:[^\w\s]|_){64,}")


def sniff(path: Path, head: bytes) -> str:
    """'docx' | 'pdf' | 'json', or raise ReadError saying what the file is instead."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "docx"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if "EncryptedPackage".encode("utf-16-le") in _read_all(path, 4 * 1024 * 1024):
            raise ReadError(path, "password-protected Word document: remove the password in Word and save again")
        raise ReadError(path, "legacy Word 97-2003 (.doc) file: open it in Word and save as .docx")
    if head.startswith(b"MZ") or head.startswith(b"\x7fELF"):
        raise ReadError(path, "this is a program, not a PEP export")
    if head.startswith(b"{\\rtf"):
        raise ReadError(path, "RTF document: save it as .docx (Word) or PDF")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return "json"
    if head.startswith(_UTF16_32_BOMS) and head.replace(b"\x00", b"")[2:].lstrip(b" \t\r\n").startswith(b"{"):
        return "json"  # UTF-16/32 JSON: the JSON reader says it must be UTF-8
    for sig, what in ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
                      (b"<html", "a web page"), (b"<!DOCTYPE", "a web page"), (b"\x1f\x8b", "a gzip archive")):
        if stripped[: len(sig)].lower() == sig.lower():
            raise ReadError(path, f"this is {what}, not a PEP export (Word .docx, PDF or pepqa JSON)")
    raise ReadError(path, "unrecognised file type: pepqa reads Word .docx, PDF and pepqa JSON exports")


def _read_all(path: Path, limit: int) -> bytes:
    with open(path, "rb") as f:
        return f.read(limit)


def read_pep(path: str | os.PathLike, labels_file: str | None = None) -> PEP:
    """Read one PEP export. Raises ReadError for anything that is not a readable PEP."""
    p = Path(path)
    if not p.exists():
        raise ReadError(p, "no such file")
    if not p.is_file():
        raise ReadError(p, "not a file")
    try:
        size = p.stat().st_size
        if size == 0:
            raise ReadError(p, "empty file (0 bytes)")
        if size > MAX_FILE_BYTES:
            raise ReadError(p, f"file too large ({size // (1024 * 1024)} MB; limit {MAX_FILE_BYTES // (1024 * 1024)} MB)")
        head = _read_all(p, 2048)
    except PermissionError:
        raise ReadError(p, "permission denied") from None
    except OSError as e:
        raise ReadError(p, f"cannot open: {e.strerror or e}") from None
    kind = sniff(p, head)
    labels = load_labels(labels_file or None)
    try:
        with deadline(READ_SECONDS):
            pep = _read(p, kind, labels)
    except TooSlow:
        raise ReadError(p, f"took too long to read (over {READ_SECONDS} s): is the file damaged?") from None
    _clean_strings(pep, p)
    pep.source_file = str(p)
    return pep


def _read(p: Path, kind: str, labels) -> PEP:
    if kind == "json":
        from .json_reader import read_json

        pep = read_json(p)
    else:
        if kind == "docx":
            from .docx_extract import extract_docx as extract
        else:
            from .pdf_extract import extract_pdf as extract
        from .interpret import interpret

        try:
            doc = extract(p)
            pep = interpret(doc, labels)
        except ReadError:
            raise
        except RecursionError:
            raise ReadError(p, "document structure too deeply nested to read") from None
        except MemoryError:
            raise ReadError(p, "document too large to read in memory") from None
        except Exception as e:  # an extractor bug must still be one clear line, never a traceback
            raise ReadError(p, f"could not read the {kind.upper()} file ({type(e).__name__})") from None
    return pep


def clean_text(s: str) -> str:  # noqa: C901 - one pass per rule, each cheap
    """Text as every reader hands it to the checks: no control characters or lone surrogates, and no
    run of 64 or more punctuation characters without a space."""
    if _SURROGATE.search(s):
        s = _SURROGATE.sub("\ufffd", s)
    if _CONTROL.search(s):
        s = _CONTROL.sub("", s)
    if _INVISIBLE.search(s):  # zero-width and bidi controls: "Ja\u200bmie" must still be found (and redacted) as Jamie
        s = _INVISIBLE.sub("", s)
    if _PUNCT_RUN.search(s):
        s = _PUNCT_RUN.sub(lambda m: " ".join(m[0][i:i + 32] for i in range(0, len(m[0]), 32)), s)
    return s


def _clean_strings(pep: PEP, path: Path) -> None:
    """Every text value of the PEP through :func:`clean_text`, and of a sane length."""

    def fix(v):
        if isinstance(v, str):
            if len(v) > MAX_TEXT_CHARS:
                raise ReadError(path, f"a text field is {len(v):,} characters long (limit {MAX_TEXT_CHARS:,}): "
                                      "is this one PEP?")
            return clean_text(v)
        if isinstance(v, bool) or v is None:
            return v
        if isinstance(v, (int, float)):
            if isinstance(v, float) and not math.isfinite(v):
                raise ReadError(path, "a number in the PEP is not a number (NaN or infinity)")
            if abs(v) > MAX_NUMBER:
                raise ReadError(path, f"a number in the PEP is out of range (over {MAX_NUMBER:,.0f})")
            return v
        if isinstance(v, date):
            if not YEARS[0] <= v.year <= YEARS[1]:
                raise ReadError(path, f"a date in the PEP is out of range (year {v.year})")
            return v
        if isinstance(v, BaseModel):
            for k, x in v.__dict__.items():
                y = fix(x)
                if y is not x:
                    v.__dict__[k] = y
            return v
        if isinstance(v, list):
            if len(v) > MAX_ROWS and isinstance(v[0], BaseModel):  # rows, not reader notes
                raise ReadError(path, f"a table has {len(v):,} rows (limit {MAX_ROWS:,}): is this one PEP?")
            for i, x in enumerate(v):
                y = fix(x)
                if y is not x:
                    v[i] = y
            return v
        if isinstance(v, dict):
            for k, x in list(v.items()):
                y = fix(x)
                if y is not x:
                    v[k] = y
            return v
        return v

    fix(pep)
