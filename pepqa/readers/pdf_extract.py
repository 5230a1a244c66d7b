"""PDF format extraction: a PDF export (ePEP platforms, Word saved as PDF) into the block stream.

Why a separate extractor: everything PDF-specific (text lines from positioned characters, ruled
tables, running headers and footers, tables continued over pages, scanned or encrypted files)
is settled here, so :mod:`pepqa.readers.interpret` sees the same :class:`~.blocks.Document` it
gets from a Word file.

How a page is read
- PDFium (:mod:`pepqa.readers.pdfium_pages`, the C engine of pypdfium2) gives each page's words
  (characters with their boxes, font size and weight, grouped as below) and its ruling lines and
  rectangles; about twice as fast as pdfminer, and within 2x of PDFium's own text-and-boxes floor.
  pdfplumber/pdfminer (below) still reads what PDFium does not: a file PDFium cannot open (it then
  gives the same reasons as before), a page PDFium cannot load or a rotated page, and a file with a
  stream so big (``PDFIUM_STREAM_BYTES``) that PDFium would parse it in one C call our time limit
  cannot interrupt. Both engines feed the same word, line, heading and table logic; on every
  reference PDF the blocks are the same (tests/test_pdfium_reader.py). ``engine="pdfminer"`` (or
  ``PEPQA_PDF_ENGINE=pdfminer``) reads with pdfminer only.
- Before PDFium sees the bytes, every Flate stream is inflated with a ceiling
  (:func:`~.pdfium_pages.stream_sizes`): a decompression bomb is refused with the same line as before.
- With pdfminer (pdfplumber opens the file; no layout analysis: ``laparams=None``), the page is
  interpreted once with a light device that keeps characters as small slot objects (pdfplumber's
  per-character dicts cost more than the interpretation itself); words are built once per page
  from them, with font name and size.
- Tables are found from ruled lines only (pdfplumber's ``lines`` strategy, run on the page's
  rectangles, lines and curves); each word inside a table is put in the cell under its centre,
  and a cell's lines are joined with ``\\n``. A "table" of one cell is a framed box, not a
  table: its text is read as ordinary lines. A page with more than ``MAX_EDGES`` ruling
  segments is read as text only (noted).
- The other words are grouped into lines (by vertical overlap). A line is a heading
  (``heading_level=1``) when all of it is bold and its size is at least 1.15 x the body size.
- Paragraphs, running headers and footers, and tables continued over pages: :mod:`.pdf_blocks`.
- Stream inflation is bounded and pdfminer kept quiet: :mod:`.pdf_streams`.

Provenance: ``page`` is 1-based; for a Para, ``paragraph`` is the index (0-based) of its first
line among the page's body lines (tables, headers and footers not counted); for a Table,
``table`` is its index in document order and each cell has ``row``/``cell`` (rows numbered
across pages for a continued table; each cell keeps the page it is on).

Failures are :class:`~pepqa.errors.ReadError` with a one-line reason, never a traceback:
not a PDF, truncated, damaged, encrypted (password needed), scanned (no text layer on any
page), too many pages. A page with images but no text is noted in ``Document.notes``.
The input file is only read.
"""
from __future__ import annotations

import io
import operator
import os
import re
import time
from pathlib import Path

import pdfplumber
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTRect
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.utils import apply_matrix_rect
from pdfplumber.table import Table as PlumberTable
from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges
from pdfplumber.utils.exceptions import PdfminerException

from ..errors import ReadError
from . import pdf_boxes, pdf_columns, pdfium_pages
from .blocks import Document
from .pdf_blocks import _WS, _Line, _Page, _Tab, _blocks, _drop_furniture
from .pdf_streams import _BOMB, MAX_INFLATED_BYTES, MAX_STREAM_BYTES, _budget, _Inflation
from .grid import sheet_letters
from .limits import TooSlow, deadline

MAX_PAGES = 200
MAX_EDGES = 3000  # ruling lines on one page beyond which it is a drawing, not a form (cell search is quadratic)
TIME_LIMIT = 60.0  # seconds for the whole file; checked between pages
# A file with a stream inflating past this is read with pdfminer, whose interpretation our time limit can
# stop (PDFium would parse such a page in one C call: millions of drawing operators, minutes, unstoppable).
# PEP page contents are tens of KB; a big embedded font is the usual reason for a stream this size.
PDFIUM_STREAM_BYTES = 4 * 1024 * 1024

TABLE_SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
    "edge_min_length": 3,
}
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
# Check-box glyphs from symbol fonts (Wingdings private-use codes) and Unicode ballot boxes.
_BOXES = str.maketrans({"\uf0fe": "☒", "\uf0fd": "☒", "\uf078": "☒", "\u2611": "☒", "\u2612": "☒",
                        "\uf0a8": "☐", "\uf06f": "☐", "\u2610": "☐"})


# ----------------------------------------------------------------------------------------------
# entry point


def extract_pdf(path, engine: str | None = None) -> Document:
    """Read a PDF into blocks in reading order; raises ReadError with a one-line reason.

    ``engine="pdfminer"`` (or the environment variable ``PEPQA_PDF_ENGINE=pdfminer``) reads every page with
    pdfplumber/pdfminer: the reader before PDFium, kept as the fallback, for the equivalence test and the
    benchmark's before/after, and as a way round should PDFium ever misread a file."""
    engine = engine or os.environ.get("PEPQA_PDF_ENGINE") or "pdfium"
    path = str(path)
    data = _read_bytes(path)
    _budget[0] = MAX_INFLATED_BYTES
    try:
        with deadline(TIME_LIMIT + 1):  # inside a page; between pages TIME_LIMIT is checked anyway
            return _extract(path, data, engine)
    except TooSlow:
        raise ReadError(path, f"took too long to read (over {TIME_LIMIT:.0f} s): is the file damaged?") from None


def _extract(path: str, data: bytes, engine: str = "pdfium") -> Document:
    sizes = pdfium_pages.stream_sizes(data, MAX_STREAM_BYTES, MAX_INFLATED_BYTES)
    if sizes is None:
        raise ReadError(path, _BOMB)
    got = None
    if engine == "pdfium" and sizes[0] <= PDFIUM_STREAM_BYTES:
        got = _read_pdfium(path, data)
    if got is None:  # PDFium could not open it, or a stream is big enough to keep it busy past our limits
        got = _read_plumber(path, data)
    pages, notes, n_pages = got
    if not any(p.lines or p.tables for p in pages):
        raise ReadError(path, "no text layer: this looks like a scanned PDF; pepqa cannot read images (no OCR)")
    furniture = _drop_furniture(pages)
    doc = Document(path=path, format="pdf", pages=n_pages, notes=notes, furniture=furniture)
    doc.blocks = _blocks(path, pages)
    return doc


def _read_pdfium(path: str, data: bytes) -> tuple[list["_Page"], list[str], int] | None:
    """The pages read with PDFium; None when PDFium cannot open the file (pdfplumber then tries, and
    gives its reason). A page PDFium cannot load is read with pdfplumber."""
    try:
        doc = pdfium_pages.Document(data)
    except pdfium_pages.PdfiumError as e:
        if e.code in (pdfium_pages.ERR_PASSWORD, pdfium_pages.ERR_SECURITY):
            raise ReadError(path, "encrypted PDF: remove the password and export again") from None
        return None
    plumber = None
    try:
        count = doc.pages
        if count > MAX_PAGES:
            raise ReadError(path, f"too many pages ({count}; at most {MAX_PAGES}): is this one PEP?")
        if count <= 0:
            return None
        start = time.monotonic()
        pages, notes, failed = [], [], 0
        for i in range(count):
            if time.monotonic() - start > TIME_LIMIT:
                raise ReadError(path, f"took too long to read (over {TIME_LIMIT:.0f} s): is the file damaged?")
            try:
                pc = doc.page(i)
            except pdfium_pages.PageUnreadable:
                if plumber is None:
                    plumber = _PlumberPages(path, data)
                got = plumber.page(i)
                if got == "failed":
                    failed += 1
                    notes.append(f"page {i + 1} could not be read (damaged?)")
                    got = _Page(i + 1, 0.0)
            else:
                if not pc.words:
                    got = None if pc.images else _Page(pc.number, pc.height)
                else:
                    got = _page_from(pc.number, pc.height, pc.words, pc.edges, pc.too_many_lines)
            if got is None:
                notes.append(f"page {i + 1} has no text layer (scanned image?)")
                got = _Page(i + 1, 0.0)
            notes += got.notes
            pages.append(got)
        if failed == count:
            raise ReadError(path, "damaged PDF: none of its pages can be read")
        return pages, notes, count
    finally:
        doc.close()
        if plumber is not None:
            plumber.close()


class _PlumberPages:
    """pdfplumber on the same bytes, for the pages PDFium cannot load: opened on the first such page."""

    def __init__(self, path: str, data: bytes):
        self.path = path
        self.pdf = None
        self.fonts: dict = {}
        try:
            self.pdf = pdfplumber.open(io.BytesIO(data))
            self.plist = self.pdf.pages
        except _Inflation:
            raise ReadError(path, _BOMB) from None
        except Exception:  # noqa: BLE001 - then the page is simply not read
            self.plist = []

    def page(self, i: int):
        """The page, None for a scanned one, or "failed"."""
        if i >= len(self.plist):
            return "failed"
        page = self.plist[i]
        try:
            return _read_page(self.pdf, page, self.fonts)
        except _Inflation:
            raise ReadError(self.path, _BOMB) from None
        except Exception:  # noqa: BLE001
            return "failed"
        finally:
            page.close()

    def close(self) -> None:
        try:
            if self.pdf is not None:
                self.pdf.close()
        except Exception:  # noqa: BLE001
            pass


def _read_plumber(path: str, data: bytes) -> tuple[list["_Page"], list[str], int]:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except _Inflation:
        raise ReadError(path, _BOMB) from None
    except PdfminerException as e:
        raise ReadError(path, _reason(e)) from None
    except Exception as e:  # noqa: BLE001 - any parser failure is a damaged file to the user
        raise ReadError(path, f"damaged PDF: it cannot be parsed ({type(e).__name__})") from None
    try:
        return _read_pages(path, pdf)
    finally:
        try:
            pdf.close()
        except Exception:  # noqa: BLE001
            pass


def _read_bytes(path: str) -> bytes:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ReadError(path, "file not found") from None
    except IsADirectoryError:
        raise ReadError(path, "is a directory, not a PDF file") from None
    except OSError as e:
        raise ReadError(path, f"cannot read file ({e.strerror or type(e).__name__})") from None
    if not data:
        raise ReadError(path, "empty file")
    if b"%PDF-" not in data[:1024]:
        raise ReadError(path, "not a PDF file (no %PDF header)")
    eof = data.rfind(b"%%EOF")
    if eof < 0 or len(data[eof + 5:].strip(b"\x00\r\n\t \x0c")) > 1024:
        raise ReadError(path, "truncated PDF (no end-of-file marker): the download or copy is incomplete")
    return data


def _reason(e: BaseException) -> str:
    inner = e.args[0] if isinstance(e, PdfminerException) and e.args else e
    if isinstance(inner, PDFPasswordIncorrect) or isinstance(inner, PDFEncryptionError):
        return "encrypted PDF: remove the password and export again"
    if isinstance(inner, _Inflation):
        return _BOMB
    if isinstance(inner, BaseException):
        return f"damaged PDF: it cannot be parsed ({type(inner).__name__})"
    return "damaged PDF: it cannot be parsed"


def _page_count(pdf) -> int | None:
    try:
        count = pdf.doc.catalog["Pages"].resolve()["Count"]
        count = count.resolve() if hasattr(count, "resolve") else count
        return int(count)
    except Exception:  # noqa: BLE001 - fall back to walking the page tree
        return None


def _read_pages(path: str, pdf) -> tuple[list[_Page], list[str], int]:
    count = _page_count(pdf)
    if count is not None and count > MAX_PAGES:
        raise ReadError(path, f"too many pages ({count}; at most {MAX_PAGES}): is this one PEP?")
    start = time.monotonic()
    try:
        plist = pdf.pages
    except _Inflation:
        raise ReadError(path, _BOMB) from None
    except PdfminerException as e:
        raise ReadError(path, _reason(e)) from None
    except Exception as e:  # noqa: BLE001
        raise ReadError(path, f"damaged PDF: its pages cannot be read ({type(e).__name__})") from None
    if len(plist) > MAX_PAGES:
        raise ReadError(path, f"too many pages ({len(plist)}; at most {MAX_PAGES}): is this one PEP?")
    if not plist:
        raise ReadError(path, "the PDF has no pages")
    pages, notes, failed = [], [], 0
    fonts: dict = {}  # per file: each font's characters and widths, looked up once
    for page in plist:
        if time.monotonic() - start > TIME_LIMIT:
            raise ReadError(path, f"took too long to read (over {TIME_LIMIT:.0f} s): is the file damaged?")
        try:
            got = _read_page(pdf, page, fonts)
        except _Inflation:
            raise ReadError(path, _BOMB) from None
        except PdfminerException as e:
            inner = e.args[0] if e.args else e
            if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError, _Inflation)):
                raise ReadError(path, _reason(e)) from None
            failed += 1
            notes.append(f"page {page.page_number} could not be read (damaged?)")
            got = _Page(page.page_number, 0.0)
        except Exception:  # noqa: BLE001
            failed += 1
            notes.append(f"page {page.page_number} could not be read (damaged?)")
            got = _Page(page.page_number, 0.0)
        finally:
            page.close()
        if got is None:
            notes.append(f"page {page.page_number} has no text layer (scanned image?)")
            got = _Page(page.page_number, 0.0)
        notes += got.notes
        pages.append(got)
    if failed == len(plist):
        raise ReadError(path, "damaged PDF: none of its pages can be read")
    return pages, notes, len(plist)


# ----------------------------------------------------------------------------------------------
# one page


class _TooManyLines(Exception):
    pass


class _Ch:
    """A character: what LTChar holds that we use, at a fraction of its cost."""

    __slots__ = ("text", "x0", "y0", "x1", "y1", "size", "fontname")

    def __init__(self, text, x0, y0, x1, y1, size, fontname):
        self.text, self.x0, self.y0, self.x1, self.y1, self.size, self.fontname = text, x0, y0, x1, y1, size, fontname

    def get_text(self) -> str:
        return self.text


class _Device(PDFPageAggregator):
    """pdfminer's aggregator (shapes, images, figures) with characters kept in a flat, light list.

    Horizontal text (all but vertical CJK fonts) is laid out here rather than through pdfminer's
    per-character ``render_char`` call: each font's (text, width) per character code is looked up
    once per file (``fonts``; pdfminer's ``char_width`` raises and catches an exception per call for
    fonts whose widths are keyed by name), and the text matrix is translated inline.
    """

    def __init__(self, rsrcmgr, fonts: dict | None = None):
        super().__init__(rsrcmgr, laparams=None)
        self.chars: list[_Ch] = []
        self.fonts = {} if fonts is None else fonts

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        if font.is_vertical():  # rare: let pdfminer do the geometry
            item = LTChar(matrix, font, fontsize, scaling, rise, text, font.char_width(cid), font.char_disp(cid),
                          ncs, graphicstate)
            self.chars.append(_Ch(text, item.x0, item.y0, item.x1, item.y1, item.size, item.fontname))
            return item.adv
        adv = font.char_width(cid) * fontsize * scaling
        lo = font.get_descent() * fontsize + rise
        a, b, c, d, e, f = matrix
        if b == 0 and c == 0:
            x0, x1 = e, a * adv + e
            y0, y1 = d * lo + f, d * (lo + fontsize) + f
        else:
            x0, y0, x1, y1 = apply_matrix_rect(matrix, (0, lo, adv, lo + fontsize))
        if x1 < x0:
            x0, x1 = x1, x0
        if y1 < y0:
            y0, y1 = y1, y0
        self.chars.append(_Ch(text, x0, y0, x1, y1, y1 - y0, font.fontname))
        return adv

    def _glyphs(self, font) -> tuple[dict, float, str]:
        got = self.fonts.get(id(font))
        if got is None or got[0] is not font:
            got = self.fonts[id(font)] = (font, {}, font.get_descent(), font.fontname)
        return got[1], got[2], got[3]

    def render_string_horizontal(self, seq, matrix, pos, font, fontsize, scaling, charspace, wordspace, rise,
                                 dxscale, ncs, graphicstate):
        """pdfminer's loop with :meth:`render_char` inlined; same positions, same characters."""
        x, y = pos
        glyphs, descent, fontname = self._glyphs(font)
        a, b, c, d, e, f = matrix
        lo = descent * fontsize + rise
        hi = lo + fontsize
        upright = b == 0 and c == 0
        append = self.chars.append
        needcharspace = False
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * dxscale
                needcharspace = True
            elif isinstance(obj, bytes):
                for cid in font.decode(obj):
                    if needcharspace:
                        x += charspace
                    g = glyphs.get(cid)
                    if g is None:
                        try:
                            text = font.to_unichr(cid)
                        except PDFUnicodeNotDefined:
                            text = self.handle_undefined_char(font, cid)
                        g = glyphs[cid] = (text, font.char_width(cid))
                    adv = g[1] * fontsize * scaling
                    ex, fy = x * a + y * c + e, x * b + y * d + f  # pdfminer's translate_matrix
                    if upright:
                        x0, x1 = ex, a * adv + ex
                        y0, y1 = d * lo + fy, d * hi + fy
                    else:
                        x0, y0, x1, y1 = apply_matrix_rect((a, b, c, d, ex, fy), (0, lo, adv, hi))
                    if x1 < x0:
                        x0, x1 = x1, x0
                    if y1 < y0:
                        y0, y1 = y1, y0
                    append(_Ch(g[0], x0, y0, x1, y1, y1 - y0, fontname))
                    x += adv
                    if cid == 32 and wordspace:
                        x += wordspace
                    needcharspace = True
        return (x, y)


def _read_page(pdf, page, fonts: dict | None = None) -> _Page | None:
    """Lines and tables of a page; None for a page with images but no characters (scanned).

    Interprets the page with pdfminer directly: pdfplumber's per-character objects
    (``page.chars``) and pdfminer's LTChar cost more than the PDF interpretation itself.
    """
    device = _Device(pdf.rsrcmgr, fonts)
    PDFPageInterpreter(pdf.rsrcmgr, device).process_page(page.page_obj)
    layout = device.get_result()
    chars = device.chars
    shapes: list = []
    images = [False]

    def walk(objs):
        for o in objs:
            if isinstance(o, LTCurve):
                shapes.append(o)
            elif isinstance(o, LTImage):
                images[0] = True
            elif isinstance(o, LTContainer):
                walk(o)

    walk(layout)
    if not chars:
        return None if images[0] else _Page(page.page_number, float(layout.height))
    top_y = layout.y1
    try:
        edges = _edges_from_shapes(shapes, top_y) if shapes else []
        too_many = False
    except _TooManyLines:
        edges, too_many = [], True
    return _page_from(page.page_number, float(layout.height), _words(chars, top_y), edges, too_many)


def _page_from(number: int, height: float, words: list[dict], edges: list[dict], too_many: bool) -> _Page:
    """A page's lines and tables from its words and ruling edges (the same for PDFium and pdfminer)."""
    out = _Page(number, height)
    try:
        if too_many:
            raise _TooManyLines()
        tables, boxes, frames = _find_tables(edges) if edges else ([], [], [])
    except _TooManyLines:
        tables, boxes, frames = [], [], []
        out.notes.append(f"page {number} has too many drawn lines to look for tables; read as text")
    if edges and not too_many:
        pdf_boxes.mark_ringed(words, edges)
    rest = words
    loose: list[dict] = []
    for t in tables:
        inside, rest = _split_words(rest, t.bbox)
        out.tables.append(_table(t, inside, loose))
    if frames:
        tabs, rest = pdf_boxes.box_rows(boxes, frames, tables, rest, _lines)
        out.tables += [_Tab(top=top, ncols=max(len(r) for r in rows), rows=rows) for top, _, rows in tabs]
        out.tables.sort(key=lambda t: t.top)
    if rest:
        pdf_columns.reorder(rest, out.tables, max(w["x1"] for w in words))
    out.lines = _lines(rest + loose)
    return out


def _words(chars, top_y: float) -> list[dict]:
    """Words from characters in content-stream order (spaces and gaps end a word)."""
    words: list[dict] = []
    bold_of: dict[str, bool] = {}
    parts: list[str] = []
    first = prev = None
    x1 = y1 = y0 = 0.0

    def emit() -> None:
        text = "".join(parts)
        if not text.isascii():
            text = text.translate(_BOXES)
        font = first.fontname
        bold = bold_of.get(font)
        if bold is None:
            bold = bold_of[font] = bool(_BOLD.search(font))
        words.append({"text": text, "x0": first.x0, "x1": x1, "top": top_y - y1, "bottom": top_y - y0,
                      "size": first.size, "fontname": font, "bold": bold})

    for c in chars:
        t = c.text
        if not t or t.isspace():
            if parts:
                emit()
                parts = []
            prev = None
            continue
        if prev is not None:
            size = prev.size or 1.0
            if (c.x0 - prev.x1 > 0.12 * size or c.x0 < prev.x0 - 0.5 or abs(c.y0 - prev.y0) > 0.3 * size
                    or c.fontname != prev.fontname or abs(c.size - prev.size) > 0.1):
                emit()
                parts = []
        if parts:
            if c.x1 > x1:
                x1 = c.x1
            if c.y1 > y1:
                y1 = c.y1
            if c.y0 < y0:
                y0 = c.y0
        else:
            first, x1, y1, y0 = c, c.x1, c.y1, c.y0
        parts.append(t)
        prev = c
    if parts:
        emit()
    return words



def add_segment(edges: list, top_y: float, ax: float, ay: float, bx: float, by: float) -> None:
    """A horizontal or vertical segment (page coordinates, y up) as a pdfplumber line edge; others are not
    ruling lines and are left out. Both PDF engines draw tables from these."""
    top, bottom = top_y - max(ay, by), top_y - min(ay, by)
    x0, x1 = min(ax, bx), max(ax, bx)
    if abs(bottom - top) < 0.01:
        if x1 - x0 >= 1:
            edges.append({"object_type": "line_edge", "orientation": "h", "x0": x0, "x1": x1, "top": top,
                          "bottom": top, "width": x1 - x0, "height": 0})
    elif abs(x1 - x0) < 0.01:
        if bottom - top >= 1:
            edges.append({"object_type": "line_edge", "orientation": "v", "x0": x0, "x1": x0, "top": top,
                          "bottom": bottom, "width": 0, "height": bottom - top})

def _edges_from_shapes(shapes, top_y: float) -> list[dict]:
    """Horizontal and vertical segments (pdfplumber line edges) of pdfminer's rectangles, lines and curves."""
    edges = []

    def add(x0, y0, x1, y1):  # pdfminer coordinates (y up)
        add_segment(edges, top_y, x0, y0, x1, y1)

    for o in shapes:
        if isinstance(o, LTRect):
            x0, y0, x1, y1 = o.bbox
            add(x0, y1, x1, y1)
            add(x0, y0, x1, y0)
            add(x0, y0, x0, y1)
            add(x1, y0, x1, y1)
        else:
            pts = o.pts
            for (ax, ay), (bx, by) in zip(pts, pts[1:]):
                add(ax, ay, bx, by)
    return edges


def _find_tables(edges: list[dict]) -> tuple[list, list, list]:
    """Ruled tables (pdfplumber's 'lines' strategy) from the page's ruling edges, and the lone boxes
    (one-cell rectangles: a paper form's answer boxes; see pdf_boxes)."""
    if len(edges) < 4:
        return [], [], []
    s = TABLE_SETTINGS
    edges = merge_edges(edges, s["snap_tolerance"], s["snap_tolerance"], s["join_tolerance"], s["join_tolerance"])
    edges = [e for e in edges if e["width" if e["orientation"] == "h" else "height"] >= s["edge_min_length"]]
    if len(edges) > MAX_EDGES:
        raise _TooManyLines()
    inter = edges_to_intersections(edges, s["intersection_tolerance"], s["intersection_tolerance"])
    cells = intersections_to_cells(inter)
    groups = cells_to_tables(cells)
    tables = [PlumberTable(None, c) for c in groups if len(c) > 1]
    grouped = {c for g in groups for c in g}  # cells_to_tables leaves out the one-cell tables
    boxes = [c for c in cells if c not in grouped and c[2] - c[0] >= 20 and c[3] - c[1] >= 8]
    tables, frames = pdf_boxes.split_frames(tables, boxes)
    # a table nested in another table's cell belongs to that cell
    return [t for t in tables if not any(o is not t and _inside(t.bbox, o.bbox) for o in tables)], boxes, frames


def _inside(a, b) -> bool:
    return a[0] >= b[0] - 1 and a[1] >= b[1] - 1 and a[2] <= b[2] + 1 and a[3] <= b[3] + 1


def _split_words(words, bbox):
    x0, top, x1, bottom = bbox
    inside, outside = [], []
    for w in words:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        (inside if x0 <= cx <= x1 and top <= cy <= bottom else outside).append(w)
    return inside, outside


def _table(t, words, loose: list) -> _Tab:
    """The table's cells from the words inside its box. A word inside the box but in no cell goes to ``loose``
    (read as a line): a sheet printed with its headings shaded but no gridlines is ruled only along its
    column letters and row numbers, and the whole sheet's text lies in the box between them."""
    rows = t.rows
    grid = _sheet_grid(rows, words)
    cells: list[list[list]] = [[[] for _ in r.cells] for r in rows]
    for w in words:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        placed = False
        for ri, r in enumerate(rows):
            if r.bbox[1] <= cy <= r.bbox[3]:
                for ci, c in enumerate(grid[ri] if grid else r.cells):
                    if c is not None and c[0] <= cx <= c[2] and c[1] <= cy <= c[3]:
                        cells[ri][ci].append(w)
                        placed = True
                        break
                break
        if not placed:
            loose.append(w)
    out_rows = []
    for ri, (r, row_words) in enumerate(zip(rows, cells)):
        row = []
        for c, ws in zip(grid[ri] if grid else r.cells, row_words):
            if c is None:
                continue  # part of a merged cell: a merged cell appears once per row
            lines = _lines(ws)
            row.append(("\n".join(ln.text for ln in lines), bool(ws) and all(w["bold"] for w in ws)))
        out_rows.append(row)
    ncols = len(rows[0].cells) if rows else 0
    return _Tab(top=float(t.bbox[1]), ncols=ncols, rows=out_rows)


def _sheet_grid(rows, words) -> list[list] | None:
    """A sheet printed with its headings but no gridlines is ruled only along its column letters (the first
    row) and its row numbers (the first column): its cells are where a letter's column crosses a number's row.
    Returns each row's cells so, or None when the ruling is not such a frame."""
    if len(rows) < 3 or any(c is None for c in rows[0].cells) or any(
            r.cells[0] is None or any(c is not None for c in r.cells[1:]) for r in rows[1:]):
        return None
    head = []
    for c in rows[0].cells:
        ws = [w for w in words if c[0] <= (w["x0"] + w["x1"]) / 2 <= c[2] and c[1] <= (w["top"] + w["bottom"]) / 2 <= c[3]]
        head.append(" ".join(w["text"] for w in ws))
    if not sheet_letters(head):
        return None
    return [rows[0].cells] + [[r.cells[0]] + [(c[0], r.bbox[1], c[2], r.bbox[3]) for c in rows[0].cells[1:]]
                              for r in rows[1:]]


_BY_TOP = operator.itemgetter("top", "x0")
_BY_X0 = operator.itemgetter("x0")


# A gap between two words of a line wider than this many font sizes is a column gap (a word space is ~0.3).
_COLUMN_GAP = 3.0


def _lines(words) -> list[_Line]:
    """Group words into lines by vertical overlap, top to bottom, each line left to right."""
    if not words:
        return []
    groups: list[list] = []
    cur: list | None = None
    ctop = cbot = 0.0
    for w in sorted(words, key=_BY_TOP):
        wt, wb = w["top"], w["bottom"]
        if cur is not None:
            overlap = (cbot if cbot < wb else wb) - (ctop if ctop > wt else wt)
            h1, h2 = cbot - ctop, wb - wt
            if overlap >= 0.5 * (h1 if h1 < h2 else h2):
                cur.append(w)
                if wt < ctop:
                    ctop = wt
                if wb > cbot:
                    cbot = wb
                continue
            groups.append(cur)
        cur, ctop, cbot = [w], wt, wb
    groups.append(cur)
    out = []
    for g in groups:
        if len(g) > 1:
            g.sort(key=_BY_X0)
            g = _mark_chosen(g)
        a = g[0]
        first_text = a["text"]
        parts = [first_text]
        segs = [[a["x0"], first_text]]
        weights = {round(a["size"], 1): len(first_text)}
        top, bottom, bold = a["top"], a["bottom"], a["bold"]
        for b in g[1:]:
            t = b["text"]
            parts.append(t if b["x0"] - a["x1"] < 0.1 * a["size"] else " " + t)
            if b["x0"] - a["x1"] > _COLUMN_GAP * a["size"]:
                segs.append([b["x0"], t])
            else:
                segs[-1][1] += parts[-1]
            k = round(b["size"], 1)
            weights[k] = weights.get(k, 0) + len(t)
            if b["top"] < top:
                top = b["top"]
            if b["bottom"] > bottom:
                bottom = b["bottom"]
            if not b["bold"]:
                bold = False
            a = b
        text = _WS.sub(" ", "".join(parts)).strip()
        if not text:
            continue
        size = max(weights, key=weights.get)
        n = sum(weights.values())
        f, last = g[0], g[-1]
        out.append(_Line(text=text, x0=f["x0"], x1=last["x1"], top=top, bottom=bottom, size=size, bold=bold,
                         first_bold=f["bold"], last_bold=last["bold"], first_w=f["x1"] - f["x0"], chars=n,
                         segs=tuple((x, _WS.sub(" ", t).strip()) for x, t in segs) if len(segs) > 1 else ()))
    return out


def _mark_chosen(words: list[dict]) -> list[dict]:
    """A 'circle one' list printed as 'NCY: 11 / 12 / 13 / 14' whose chosen option is set in bold (or circled
    and emboldened) while the others are not: written as check boxes ('☐ 11 / ☒ 12 / ☐ 13 / ☐ 14'), the way
    every extractor writes a choice, so the reader takes the choice and not the whole list."""
    slash = [i for i, w in enumerate(words) if w["text"] == "/"]
    if len(slash) < 2:
        return words
    opts = sorted({j for i in slash for j in (i - 1, i + 1) if 0 <= j < len(words) and words[j]["text"] != "/"})
    bold = [j for j in opts if words[j]["bold"]]
    if len(bold) != 1 or len(opts) < 3:
        return words
    out = list(words)
    for j in opts:
        out[j] = dict(words[j], text=("☒ " if j == bold[0] else "☐ ") + words[j]["text"])
    return out


