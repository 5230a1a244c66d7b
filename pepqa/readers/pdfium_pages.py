"""PDF pages read with PDFium (the C engine pypdfium2 ships): words with their boxes, and ruling lines.

Why: pdfminer (pure Python) interpreting the content streams was ~70% of reading a PDF PEP. PDFium
lays the text out in C; what is left in Python is a few calls per word and the grouping that
:mod:`pepqa.readers.pdf_extract` does anyway. This module produces exactly what that
grouping consumes, so the word, line, heading and table logic is the same for both engines:

- words: dicts with ``text, x0, x1, top, bottom, size, fontname, bold`` in pdfplumber's coordinates
  (points, ``top`` measured down from the top of the page), split where pdfminer's words were split
  (a space, a gap of more than 0.12 x the size, a step back or a change of line, font or size: PDFium
  marks gaps and line changes with generated spaces and line breaks); ``bold`` from the font's name
  (as before) or its weight (>= 600);
- edges: horizontal and vertical ruling segments (pdfplumber ``line_edge`` dicts) from every path on
  the page, form XObjects included, for the ruled-table search;
- whether the page holds an image (a page with images and no characters is a scanned page).

How: the raw C API through ctypes, with prototypes of our own (plain ``c_void_p`` handles: no ctypes
pointer object per call); a ctypes call (~1 us) is most of what a page costs, so the calls are few.
Per page: all the text in one ``FPDFText_GetText`` call. Per run of non-space characters: the loose
boxes (``FPDFText_GetLooseCharBox``: from the font's ascent and descent, as pdfminer's boxes are, not
the glyph's ink) of its first and last character and their text objects (``FPDFText_GetTextObject``),
whose font name, weight and size are looked up once per object and font. A run whose ends come from
different text objects (a font change inside it) is read character by character.

What it does not do (the caller reads such files or pages with pdfplumber, as before): open a file
whose streams inflate past the limits (see :func:`stream_sizes`), a page that PDFium cannot load, a
rotated page. PDFium is not thread-safe: every call holds :data:`LOCK`.
"""
from __future__ import annotations

import ctypes
import importlib.util
import re
import struct
import sys
import threading
import zlib
from ctypes import POINTER, byref, c_char_p, c_float, c_int, c_size_t, c_uint, c_ulong, c_ushort, c_void_p
from pathlib import Path

LOCK = threading.RLock()
MAX_SEGMENTS = 60_000  # path segments on one page beyond which its drawing is not searched for tables

# FPDF_GetLastError codes
ERR_PASSWORD, ERR_SECURITY = 4, 5
_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5
_LINETO, _BEZIER, _MOVETO = 0, 1, 2
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_BOXES = str.maketrans({"\uf0fe": "☒", "\uf0fd": "☒", "\uf078": "☒", "\u2611": "☒", "\u2612": "☒",
                        "\uf0a8": "☐", "\uf06f": "☐", "\u2610": "☐"})


class PdfiumError(Exception):
    """PDFium could not open the document; ``code`` is FPDF_GetLastError()."""

    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


class PageUnreadable(Exception):
    """PDFium could not load this page (or it is rotated): read it another way."""


# ----------------------------------------------------------------------------------------------
# the library


def _load():
    spec = importlib.util.find_spec("pypdfium2_raw")
    if spec is not None and spec.origin:
        if sys.platform.startswith(("win32", "cygwin", "msys")):
            name = "pdfium.dll"
        elif sys.platform.startswith(("darwin", "ios")):
            name = "libpdfium.dylib"
        else:
            name = "libpdfium.so"
        so = Path(spec.origin).parent / name
        if so.is_file():
            return ctypes.CDLL(str(so))
    import pypdfium2.raw as raw  # noqa: PLC0415 - its own loader finds the library

    return raw._libs["pdfium"]


_LIB = _load()


def _fn(name: str, res, *args):
    f = _LIB[name]  # a new function object: pypdfium2's own prototypes are left as they are
    f.restype, f.argtypes = res, args
    return f


class _Rect(ctypes.Structure):
    _fields_ = [("left", c_float), ("top", c_float), ("right", c_float), ("bottom", c_float)]


class _Matrix(ctypes.Structure):
    _fields_ = [("a", c_float), ("b", c_float), ("c", c_float), ("d", c_float), ("e", c_float), ("f", c_float)]


V, I = c_void_p, c_int
_init = _fn("FPDF_InitLibrary", None)
LoadMemDocument64 = _fn("FPDF_LoadMemDocument64", V, V, c_size_t, c_char_p)
GetLastError = _fn("FPDF_GetLastError", c_ulong)
CloseDocument = _fn("FPDF_CloseDocument", None, V)
GetPageCount = _fn("FPDF_GetPageCount", I, V)
LoadPage = _fn("FPDF_LoadPage", V, V, I)
ClosePage = _fn("FPDF_ClosePage", None, V)
GetRotation = _fn("FPDFPage_GetRotation", I, V)
GetBoundingBox = _fn("FPDF_GetPageBoundingBox", I, V, POINTER(_Rect))
TextLoad = _fn("FPDFText_LoadPage", V, V)
TextClose = _fn("FPDFText_ClosePage", None, V)
CountChars = _fn("FPDFText_CountChars", I, V)
GetText = _fn("FPDFText_GetText", I, V, I, I, V)
GetUnicode = _fn("FPDFText_GetUnicode", c_uint, V, I)
LooseBox = _fn("FPDFText_GetLooseCharBox", I, V, I, V)
TextObject = _fn("FPDFText_GetTextObject", V, V, I)
TextFont = _fn("FPDFTextObj_GetFont", V, V)
FontName = _fn("FPDFFont_GetBaseFontName", c_size_t, V, V, c_size_t)
FontWeight = _fn("FPDFFont_GetWeight", I, V)
CountObjects = _fn("FPDFPage_CountObjects", I, V)
GetObject = _fn("FPDFPage_GetObject", V, V, I)
ObjType = _fn("FPDFPageObj_GetType", I, V)
ObjMatrix = _fn("FPDFPageObj_GetMatrix", I, V, V)
ObjFontSize = _fn("FPDFTextObj_GetFontSize", I, V, V)
FormCount = _fn("FPDFFormObj_CountObjects", I, V)
FormObject = _fn("FPDFFormObj_GetObject", V, V, c_ulong)
CountSegments = _fn("FPDFPath_CountSegments", I, V)
GetSegment = _fn("FPDFPath_GetPathSegment", V, V, I)
SegPoint = _fn("FPDFPathSegment_GetPoint", I, V, POINTER(c_float), POINTER(c_float))
SegType = _fn("FPDFPathSegment_GetType", I, V)
SegClose = _fn("FPDFPathSegment_GetClose", I, V)
_init()

# The two calls made per character or word, without argument conversion: handles passed as c_void_p objects,
# the index as a Python int (a C int); the box read back with one struct unpack.
_LOOSE_RAW = _LIB["FPDFText_GetLooseCharBox"]
_LOOSE_RAW.restype, _LOOSE_RAW.argtypes = c_int, None
_TEXTOBJ_RAW = _LIB["FPDFText_GetTextObject"]
_TEXTOBJ_RAW.restype, _TEXTOBJ_RAW.argtypes = c_void_p, None
_UNPACK4 = struct.Struct("4f").unpack_from
_SPACE = frozenset(" \t\n\r\x0b\x0c\x00\ufffe\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                   "\u200a\u2028\u2029\u202f\u205f\u3000\x1c\x1d\x1e\x1f\x85\u1680")


_RUN = re.compile("[^" + re.escape("".join(sorted(_SPACE))) + "]+")


# ----------------------------------------------------------------------------------------------
# a safety screen before PDFium sees the bytes


def stream_sizes(data: bytes, stream_cap: int, total_cap: int) -> tuple[int, int] | None:
    """(largest, total) inflated size of the file's Flate streams, or None when one passes ``stream_cap``
    or all of them ``total_cap`` (a decompression bomb: PDFium would inflate it whole, in C, where no
    time or memory limit of ours reaches). Streams that are not Flate (or are encrypted) count as 0."""
    view = memoryview(data)
    largest = total = 0
    for m in re.finditer(rb"stream\r?\n", data):
        start = m.end()
        if _IMAGE_DICT.search(data, max(0, m.start() - 2048), m.start()) and _is_image(data, m.start()):
            continue  # images are never decoded to read text (neither PDFium nor pdfminer inflates them)
        if start + 1 >= len(data) or (data[start] & 0x0F) != 8 or ((data[start] << 8) | data[start + 1]) % 31:
            continue  # no zlib header: not a Flate stream (or an encrypted one)
        d = zlib.decompressobj()
        size = 0
        chunk = view[start:]
        try:
            while chunk and not d.eof:
                got = d.decompress(chunk, 1 << 20)
                size += len(got)
                if size > stream_cap or total + size > total_cap:
                    return None
                chunk = d.unconsumed_tail
                if not got and not chunk:
                    break
        except zlib.error:
            pass  # not Flate after all, or damaged: PDFium will say
        largest = max(largest, size)
        total += size
    return largest, total


_IMAGE_DICT = re.compile(rb"/Subtype\s*/Image\b")
_OBJ = re.compile(rb"\bobj\b")


def _is_image(data: bytes, at: int) -> bool:
    """Is the stream starting at ``at`` an image XObject (``/Subtype /Image`` in its own dictionary)?"""
    lo = max(0, at - 2048)
    head = data[lo:at]
    objs = list(_OBJ.finditer(head))
    return bool(_IMAGE_DICT.search(head, objs[-1].end() if objs else 0))


# ----------------------------------------------------------------------------------------------
# document and pages


class Document:
    """One PDF open in PDFium (from bytes kept alive here); use as a context manager."""

    def __init__(self, data: bytes):
        self._buf = ctypes.create_string_buffer(data, len(data))
        with LOCK:
            self.handle = LoadMemDocument64(ctypes.addressof(self._buf), len(data), None)
            if not self.handle:
                raise PdfiumError(int(GetLastError()))
            self.pages = GetPageCount(self.handle)
        self._fonts: dict[int, tuple[str, bool]] = {}

    def close(self) -> None:
        with LOCK:
            if self.handle:
                CloseDocument(self.handle)
                self.handle = None
        self._buf = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def page(self, index: int) -> "PageContent":
        """Words, ruling edges and an image flag of page ``index`` (0-based)."""
        with LOCK:
            page = LoadPage(self.handle, index)
            if not page:
                raise PageUnreadable(index)
            try:
                if GetRotation(page) % 4:
                    raise PageUnreadable(index)
                box = _Rect()
                if not GetBoundingBox(page, byref(box)):
                    raise PageUnreadable(index)
                top_y, height = float(box.top), float(box.top - box.bottom)
                tp = TextLoad(page)
                if not tp:
                    raise PageUnreadable(index)
                try:
                    words, nchars = _words(tp, top_y, self._fonts)
                finally:
                    TextClose(tp)
                edges, images, segments = _drawing(page, top_y)
            finally:
                ClosePage(page)
        return PageContent(index + 1, height, words, nchars, edges, images, segments > MAX_SEGMENTS)


class PageContent:
    __slots__ = ("number", "height", "words", "chars", "edges", "images", "too_many_lines")

    def __init__(self, number, height, words, chars, edges, images, too_many_lines):
        self.number, self.height, self.words, self.chars = number, height, words, chars
        self.edges, self.images, self.too_many_lines = edges, images, too_many_lines


# ----------------------------------------------------------------------------------------------
# text


def _info(obj, objs: dict, fonts: dict) -> tuple[str, bool, float]:
    """(font name, bold, size in points) of a text object, looked up once per object and font."""
    got = objs.get(obj)
    if got is not None:
        return got
    font = TextFont(obj) if obj else None
    name, bold = "", False
    if font:
        nb = fonts.get(font)
        if nb is None:
            buf = ctypes.create_string_buffer(256)
            n = FontName(font, buf, 256)
            nm = buf.raw[: max(0, n - 1)].decode("latin-1") if n else ""
            nb = fonts[font] = (nm, bool(_BOLD.search(nm)) or FontWeight(font) >= 600)
        name, bold = nb
    size = c_float(0.0)
    if not (obj and ObjFontSize(obj, ctypes.addressof(size))):
        size.value = 0.0
    got = objs[obj] = (name, bold, float(size.value))
    return got


def _page_text(tp, n: int) -> str:
    buf = (c_ushort * (n + 1))()
    got = GetText(tp, 0, n, buf)
    text = bytes(buf)[: max(0, got - 1) * 2].decode("utf-16-le", "replace") if got > 0 else ""
    if len(text) == n:
        return text
    # characters outside the BMP take two UTF-16 units: one call per character instead
    return "".join(chr(u) if u < 0x110000 and not 0xD800 <= u < 0xE000 else "\ufffd"
                   for u in (GetUnicode(tp, i) for i in range(n)))


def _word(t: str, x0: float, x1: float, top: float, bottom: float, size: float, font: str, bold: bool,
          top_y: float) -> dict:
    """A word dict; its height is the font size (pdfminer's boxes) centred on PDFium's loose box, which
    spans the font's bounding box and so is taller."""
    if not t.isascii():
        t = t.translate(_BOXES)
    if size <= 0 or size > 2 * (top - bottom) + 1:
        size = top - bottom
    c = top_y - (top + bottom) / 2
    return {"text": t, "x0": x0, "x1": x1, "top": c - size / 2, "bottom": c + size / 2, "size": size,
            "fontname": font, "bold": bold}


def _words(tp, top_y: float, fonts: dict) -> tuple[list[dict], int]:
    """Words in the text page's order. Per run of non-space characters: the loose boxes of its first and
    last character and their text objects; when both come from one text object the run is one word (its
    box from the two ends, its font and size from the object): PDFium has already put a (generated) space
    or line break wherever the characters of a line are apart. Otherwise, or when a box is missing, the
    run is read character by character (:func:`_words_by_char`). Four C calls a word instead of one a
    character: ctypes calls are most of what reading a PDF costs here."""
    objs: dict = {}
    n = CountChars(tp)
    if n <= 0:
        return [], 0
    text = _page_text(tp, n)
    box = (c_float * 4)()
    bp, tpv = c_void_p(ctypes.addressof(box)), c_void_p(tp)
    loose, unpack, textobj = _LOOSE_RAW, _UNPACK4, _TEXTOBJ_RAW
    words: list[dict] = []
    append = words.append
    real = 0
    for m in _RUN.finditer(text):
        f, e = m.span()
        last = e - 1
        if not loose(tpv, f, bp):
            real += _words_by_char(tp, text, f, e, words, top_y, objs, fonts)
            continue
        x0, t, x1, b = unpack(box)
        o1 = textobj(tpv, f)
        if last != f:
            if o1 != textobj(tpv, last) or not loose(tpv, last, bp):
                real += _words_by_char(tp, text, f, e, words, top_y, objs, fonts)
                continue
            lx0, lt, lx1, lb = unpack(box)
            x0, x1 = min(x0, x1, lx0, lx1), max(x0, x1, lx0, lx1)
            t, b = max(t, b, lt, lb), min(t, b, lt, lb)
        else:
            if x1 < x0:
                x0, x1 = x1, x0
            if t < b:
                t, b = b, t
        real += e - f
        font, bold, size = objs.get(o1) or _info(o1, objs, fonts)
        append(_word(m.group(), x0, x1, t, b, size, font, bold, top_y))
    return words, real


def _words_by_char(tp, text: str, lo: int, hi: int, words: list[dict], top_y: float, objs: dict,
                   fonts: dict) -> int:
    """The words of characters ``lo..hi-1``, split as pdf_extract's pdfminer words were: at a space, a gap
    of more than 0.12 x the previous character's height, a step back, a change of line, font or size.
    Returns the number of characters with a box."""
    box = (c_float * 4)()  # left, top, right, bottom
    bp, tpv = c_void_p(ctypes.addressof(box)), c_void_p(tp)
    loose, unpack, space = _LOOSE_RAW, _UNPACK4, _SPACE
    real = 0
    first = -1  # index of the current word's first character (-1: no word open)
    last = 0
    parts: list[str] = []
    wx0 = wx1 = wt = wb = 0.0
    px0 = px1 = pb = psize = 0.0  # the previous character: x0, x1, bottom (PDF y up), height

    for i in range(lo, hi):
        ch = text[i]
        if ch in space:
            if first >= 0:
                _close_word(tp, tpv, first, last, "".join(parts), (wx0, wx1, wt, wb), text, words, top_y, objs, fonts)
                first = -1
                parts = []
            continue
        if not loose(tpv, i, bp):
            continue
        real += 1
        x0, t, x1, b = unpack(box)
        if x1 < x0:
            x0, x1 = x1, x0
        if t < b:
            t, b = b, t
        size = t - b
        if first >= 0:
            sz = psize or 1.0
            if x0 - px1 > 0.12 * sz or x0 < px0 - 0.5 or abs(b - pb) > 0.3 * sz or abs(size - psize) > 0.1:
                _close_word(tp, tpv, first, last, "".join(parts), (wx0, wx1, wt, wb), text, words, top_y, objs, fonts)
                first = -1
                parts = []
        if first >= 0:
            if x1 > wx1:
                wx1 = x1
            if t > wt:
                wt = t
            if b < wb:
                wb = b
        else:
            first, wx0, wx1, wt, wb = i, x0, x1, t, b
        last = i
        parts.append(ch)
        px0, px1, pb, psize = x0, x1, b, size
    if first >= 0:
        _close_word(tp, tpv, first, last, "".join(parts), (wx0, wx1, wt, wb), text, words, top_y, objs, fonts)
    return real


def _close_word(tp, tpv, first: int, last: int, word: str, bounds: tuple[float, float, float, float], text: str,
                words: list[dict], top_y: float, objs: dict, fonts: dict) -> None:
    """Append the word of characters ``first..last`` (x0, x1, top, bottom ``bounds``), one word per font when
    its first and last characters come from different text objects."""
    o1 = _TEXTOBJ_RAW(tpv, first)
    if o1 != (_TEXTOBJ_RAW(tpv, last) if last != first else o1):
        _split_by_font(tp, first, last, text, words, top_y, objs, fonts)
    else:
        font, bold, size = objs.get(o1) or _info(o1, objs, fonts)
        words.append(_word(word, *bounds, size, font, bold, top_y))


def _split_by_font(tp, first: int, last: int, text: str, words: list[dict], top_y: float, objs: dict,
                   fonts: dict) -> None:
    """A run of characters whose first and last come from different text objects: one word per font."""
    box = (c_float * 4)()
    bp, tpv = c_void_p(ctypes.addressof(box)), c_void_p(tp)
    run: list[tuple[str, float, float, float, float]] = []
    cur = None

    def flush():
        if run:
            words.append(_word("".join(c[0] for c in run), run[0][1], max(c[2] for c in run),
                               max(c[3] for c in run), min(c[4] for c in run), cur[2], cur[0], cur[1], top_y))

    for i in range(first, last + 1):
        if text[i] in _SPACE or not _LOOSE_RAW(tpv, i, bp):
            continue
        o = _TEXTOBJ_RAW(tpv, i)
        f = objs.get(o) or _info(o, objs, fonts)
        if f != cur:
            flush()
            run, cur = [], f
        x0, t, x1, b = _UNPACK4(box)
        run.append((text[i], min(x0, x1), max(x0, x1), max(t, b), min(t, b)))
    flush()


# ----------------------------------------------------------------------------------------------
# drawing: ruling segments from paths (and whether the page shows an image)


def _drawing(page, top_y: float) -> tuple[list[dict], bool, int]:
    edges: list[dict] = []
    state = {"images": False, "segments": 0}
    m = _Matrix()
    mp = ctypes.addressof(m)
    fx, fy = c_float(), c_float()
    pfx, pfy = byref(fx), byref(fy)

    from .pdf_extract import add_segment

    def add(ax, ay, bx, by):  # page coordinates, y up
        add_segment(edges, top_y, ax, ay, bx, by)

    def path(obj, outer):
        n = CountSegments(obj)
        if n <= 0:
            return
        state["segments"] += n
        if state["segments"] > MAX_SEGMENTS:
            return
        ObjMatrix(obj, mp)
        a, b, c, d, e, f = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
        sub: list[tuple[float, float]] = []
        curved = False

        def end(closed: bool):
            for (ax, ay), (bx, by) in zip(sub, sub[1:]):
                add(ax, ay, bx, by)
            if closed and not curved and len(sub) > 2 and sub[-1] != sub[0]:
                add(sub[-1][0], sub[-1][1], sub[0][0], sub[0][1])

        for j in range(n):
            seg = GetSegment(obj, j)
            if not seg:
                continue
            SegPoint(seg, pfx, pfy)
            x, y = fx.value, fy.value
            pt = (a * x + c * y + e, b * x + d * y + f)
            kind = SegType(seg)
            if kind == _MOVETO:
                if sub:
                    end(False)
                sub, curved = [pt], False
            else:
                if kind == _BEZIER:
                    curved = True
                sub.append(pt)
                if SegClose(seg):
                    end(True)
                    sub, curved = [sub[0]], False
        if len(sub) > 1:
            end(False)

    def walk(count, get, parent, outer, depth):
        for k in range(count):
            obj = get(parent, k)
            if not obj:
                continue
            kind = ObjType(obj)
            if kind == _PATH:
                path(obj, outer)
            elif kind == _IMAGE:
                state["images"] = True
            elif kind == _FORM and depth < 12:
                ObjMatrix(obj, mp)
                inner = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
                walk(FormCount(obj), FormObject, obj, inner, depth + 1)

    walk(CountObjects(page), GetObject, page, None, 0)
    return edges, state["images"], state["segments"]


def _compose(m, outer):
    """``m`` then ``outer`` (PDF row-vector matrices [a b c d e f])."""
    if outer is None:
        return m
    a, b, c, d, e, f = m
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)
