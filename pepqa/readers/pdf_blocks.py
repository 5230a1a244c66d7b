"""PDF pages (lines and ruled tables) into the block stream: paragraphs, running headers and footers, tables
continued over pages.

Why apart from :mod:`.pdf_extract`: how lines become paragraphs is layout reasoning both PDF engines share,
and it reads in one sitting without the engines' details.

- Wrapped lines are joined into one :class:`~.blocks.Para` (with a space) when all of these
  hold: same style (bold, size), the vertical step is a normal line step (<= 1.5 x the font
  size), the previous line is *full* (its next word could not have fitted before the right
  edge of the text, so the line was wrapped), and the next line does not start with a bold
  word after a non-bold line (a new "**Label:** value" line). "Full" is measured against the page's own right
  edge (a landscape page elsewhere must not make a portrait page's lines look short); a line cut mid-sentence,
  at least 85% of that width, whose next line starts at the same indent and is no new list item, counts as
  full too (an indented box or list wraps short of the page's edge). Everything else starts a new Para.
  A paragraph that ends a page continues on the next page when the first line there passes
  the same tests (except the vertical step) and starts at the same left edge.
- Running headers and footers are dropped: lines in the top or bottom 12% of the page whose
  text (digits ignored) recurs at the same height on at least half the pages, and any
  "Page N of M" line there.
- A table that starts a page and has as many columns as the table that ended the previous
  page continues it: its rows are appended (the repeated header row is dropped) and the
  table is emitted once.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ..labels import load_labels
from ..model import Provenance
from .blocks import Cell, Para, Table

_BAND = 0.12  # top/bottom share of the page where running headers and footers live
_PAGE_NO = re.compile(r"(^|\b)page\s*#\s*(of|/)\s*#\b|^(page\s*)?#(\s*(of|/)\s*#)?$", re.I)
_DIGITS = re.compile(r"\d+")
_WS = re.compile(r"\s+")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    first_bold: bool
    last_bold: bool
    first_w: float  # width of the first word
    chars: int
    segs: tuple = ()  # (left edge, text) of the pieces a column gap divides the line into


@dataclass
class _Tab:
    top: float
    ncols: int
    rows: list[list[tuple[str, bool]]]  # (text, bold) per present cell


@dataclass
class _Page:
    number: int
    height: float
    lines: list[_Line] = field(default_factory=list)
    tables: list[_Tab] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _drop_furniture(pages: list[_Page]) -> list[str]:
    """Remove running headers/footers: repeated text at the same height near the page edges. Returns the text
    removed (each once), which may still name the school whose system printed the report."""
    dropped: list[str] = []
    texted = [p for p in pages if p.lines or p.tables]
    need = max(2, math.ceil(len(texted) * 0.5))
    seen: dict[str, list[tuple[int, float]]] = {}
    for p in texted:
        for ln in p.lines:
            if _in_band(ln, p):
                seen.setdefault(_DIGITS.sub("#", ln.text.lower()), []).append((p.number, ln.top))
    for p in texted:
        keep = []
        for ln in p.lines:
            if _in_band(ln, p):
                key = _DIGITS.sub("#", ln.text.lower())
                same = {n for n, top in seen.get(key, ()) if abs(top - ln.top) <= 3}
                if _PAGE_NO.search(key) or (len(texted) >= 2 and len(same) >= need):
                    if ln.text not in dropped:
                        dropped.append(ln.text)
                    continue
            keep.append(ln)
        p.lines = keep
    return dropped


def _in_band(ln: _Line, p: _Page) -> bool:
    return ln.bottom <= p.height * _BAND or ln.top >= p.height * (1 - _BAND)


def _blocks(path: str, pages: list[_Page]) -> list:
    labels = load_labels()
    all_lines = [ln for p in pages for ln in p.lines]
    sizes = Counter()
    for ln in all_lines:
        sizes[ln.size] += ln.chars
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    # The text's right edge, page by page: a landscape page (a wide appendix) must not make every line of the
    # portrait pages look short, or no wrapped line would ever be joined.
    rights = {p.number: max((ln.x1 for ln in p.lines), default=0.0) for p in pages}

    blocks: list = []
    n_tables = 0
    last_table: tuple[Table, int, int] | None = None  # (table, ncols, page) if it is the last block so far
    # The paragraph being built: its lines, page and index of its first line; it stays open over a
    # page break so that a paragraph continued on the next page is read as one.
    para: list[_Line] = []
    para_at = (0, 0)

    def flush():
        nonlocal para
        if para:
            blk = _para(path, para_at[0], para_at[1], para, body, labels)
            if blk is not None:
                blocks.append(blk)
        para = []

    for p in pages:
        items: list[tuple[float, int, object]] = [(ln.top, 0, ln) for ln in p.lines]
        items += [(t.top, 1, t) for t in p.tables]
        items.sort(key=lambda it: (it[0], it[1]))
        line_index = 0
        first_on_page = True
        for _, kind, obj in items:
            if kind == 1:
                flush()
                tab: _Tab = obj
                if (first_on_page and last_table is not None and last_table[2] == p.number - 1
                        and last_table[1] == tab.ncols and blocks and blocks[-1] is last_table[0]):
                    _append_rows(path, p.number, last_table[0], tab, labels)
                    last_table = (last_table[0], tab.ncols, p.number)
                else:
                    t = _new_table(path, p.number, n_tables, tab, labels)
                    n_tables += 1
                    blocks.append(t)
                    last_table = (t, tab.ncols, p.number)
                first_on_page = False
                continue
            ln: _Line = obj
            if para and first_on_page:
                joined = para_at[0] == p.number - 1 and _continues_page(para, ln, rights.get(p.number - 1, 0.0))
            else:
                joined = bool(para) and _continues(para[-1], ln, rights[p.number])
            if joined:
                para.append(ln)
            else:
                flush()
                para, para_at = [ln], (p.number, line_index)
            line_index += 1
            first_on_page = False
        if not p.lines and not p.tables:
            flush()
        if blocks and not isinstance(blocks[-1], Table) or para:
            last_table = None
    flush()
    return blocks


def _continues_page(lines: list[_Line], b: _Line, right: float) -> bool:
    """Does ``b``, the first line of a page, continue the paragraph that ended the previous page?"""
    a = lines[-1]
    if a.bold != b.bold or abs(a.size - b.size) > 0.6 or abs(b.x0 - lines[0].x0) > 2:
        return False
    if b.first_bold and not a.last_bold:
        return False
    return a.x1 + 0.3 * a.size + b.first_w >= right - 1.0


def _continues(a: _Line, b: _Line, right: float) -> bool:
    """Is ``b`` the wrapped continuation of the paragraph whose last line is ``a``? Two lines both divided
    into columns are two rows (labels over their values), not one wrapped line."""
    if a.bold != b.bold or abs(a.size - b.size) > 0.6 or (a.segs and b.segs):
        return False
    step = b.top - a.top
    if step <= 0.5 * a.size or step > 1.5 * a.size:
        return False
    if b.first_bold and not a.last_bold:
        return False
    if _ITEM_START.match(b.text) and re.search(r"[.;:!?]\s*$|\)\s*$", a.text):
        # '(c) [Maths] Kofi will ...' after an item that ended, '2. £90.00 - ...' after '... (supports target 1)':
        # the list's next item, however full
        return False
    if a.x1 + 0.3 * a.size + b.first_w >= right - 1.0:
        return True
    # A sentence cut mid-way ('... each fortnight in' / 'English, supported ...'), the next line at the same
    # indent, the line nearly as wide as the page's text: wrapped inside an indented box or list, whose own right
    # edge stops short of the page's.
    return (abs(a.x0 - b.x0) <= 1.5 and a.x1 >= 0.85 * right and not re.search(r"[.:;!?)\]]\s*$", a.text)
            and not _ITEM_START.match(b.text) and not _LEADER.search(a.text + " " + b.text)
            and bool(re.search(r"(?:^|\s)[a-z][a-z'’]*,?\s*$", a.text)))  # (the sentence going on: '... each fortnight in')


_LEADER = re.compile(r"\.{3,}|…{2,}|_{3,}|:\s")  # dotted leaders and 'Label: value' pairs: a form's lines, not prose
_ITEM_START = re.compile(r"^\s*(?:[•\-–*▪●◦]|\(?[a-z0-9]{1,2}[.)]\s)", re.I)


def _clean(text: str, labels) -> str:
    low = text.lower()
    if low.strip() in labels.placeholders:
        return ""
    for ph in labels.placeholders:
        if len(ph) >= 12 and ph in low:
            text = re.sub(re.escape(ph), "", text, flags=re.I)
            low = text.lower()
    return "\n".join(_WS.sub(" ", s).strip() for s in text.split("\n") if s.strip())


def _para(path, page, index, lines: list[_Line], body: float, labels) -> Para | None:
    text = _clean(" ".join(ln.text for ln in lines), labels)
    if not text:
        return None
    bold = all(ln.bold for ln in lines)
    heading = 1 if bold and lines[0].size >= 1.15 * body else None
    return Para(text=text, prov=Provenance(file=path, page=page, paragraph=index), heading_level=heading, bold=bold,
                cols=_cols(lines, labels))


def _cols(lines: list[_Line], labels) -> list[tuple[float, str]] | None:
    """The column pieces of a paragraph whose first line a column gap divides (each wrapped line's text
    joins the piece it sits under), or of a one-line paragraph: where they stand lets a label row be paired
    with the value row below it. None when the first line is one piece and the paragraph wraps."""
    first = lines[0]
    if not first.segs and len(lines) > 1:
        return None
    cols = [[x, t] for x, t in (first.segs or ((first.x0, first.text),))]
    for ln in lines[1:]:
        for x, t in (ln.segs or ((ln.x0, ln.text),)):
            i = max((j for j, c in enumerate(cols) if c[0] <= x + 6), default=0)
            cols[i][1] += " " + t
    out = [(round(x, 1), _clean(t, labels)) for x, t in cols]
    return [c for c in out if c[1]] or None


def _new_table(path, page, index, tab: _Tab, labels) -> Table:
    t = Table(rows=[], prov=Provenance(file=path, page=page, table=index))
    _append_rows(path, page, t, tab, labels, first=True)
    return t


def _append_rows(path, page, t: Table, tab: _Tab, labels, first: bool = False) -> None:
    rows = tab.rows
    if not first and t.rows and rows and [c[0] for c in rows[0]] == [c.text for c in t.rows[0]]:
        rows = rows[1:]  # the header row repeated on the new page
    index = t.prov.table
    for row in rows:
        r = len(t.rows)
        t.rows.append([Cell(text=_clean(text, labels), shaded=bold,
                            prov=Provenance(file=path, page=page, table=index, row=r, cell=ci))
                       for ci, (text, bold) in enumerate(row)])
