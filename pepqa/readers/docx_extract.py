"""Word (.docx) format extraction: the package's body XML -> the neutral block stream.

Why not python-docx: it drops the text of content controls (``w:sdt``), does not expose
legacy form fields, repeats merged cells per grid column and is slow on big forms. The body
is small and regular, so we walk ``word/document.xml`` ourselves with lxml, in document order.

What this module guarantees (see :mod:`pepqa.readers.blocks` for the shared conventions)
- Paragraphs and tables in reading order; content controls at block, row, cell and run level
  are read through; headers, footers, footnotes and comments are ignored; tracked deletions
  are ignored and insertions read.
- ``Para.heading_level`` from a Heading N / Title style (following ``basedOn``) or an outline
  level, or 1 for a paragraph all bold and 1 pt or more bigger than the body's commonest run size (a heading
  made by hand in the Normal style); ``Para.bold`` when every run carrying text is bold.
- Tables: one :class:`Cell` per underlying ``w:tc`` (a horizontally merged cell appears once
  per row); ``Cell.prov.cell`` is the cell's *grid column*, so columns line up across rows
  even when some cells span several; a vertically merged continuation cell repeats the text
  of the cell it continues (as python-docx does) without its nested tables. Nested tables go
  to ``Cell.tables`` with their own table indices and are not in ``Cell.text``.
- Check boxes (legacy FORMCHECKBOX and Word 2010 ``w14:checkbox``) read as ☒/☐; legacy
  FORMTEXT fields read as their result text; drop-down form fields as the chosen entry.
- Placeholders read as "": a content control showing its placeholder, and any text equal to
  a placeholder phrase from ``labels.toml``.

Safety: the zip is vetted before anything is decompressed (entry count, declared size,
compression ratio, encryption, main part present); XML is parsed without entity expansion,
network or huge-tree mode, and a document type declaration is refused outright (Word never
writes one). Every failure is a :class:`~pepqa.errors.ReadError` with a one-line reason.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from ..errors import ReadError
from ..labels import load_labels
from ..model import Provenance
from .blocks import Cell, Document, Para, Table

MAX_ENTRIES = 2000
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
W = "{%s}" % _W_NS
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

CHECKED, UNCHECKED = "☒", "☐"
_SPACED = re.compile(r"\t+|\s{3,}")  # the gaps of a line spaced into columns (Para.pieces)

# Tags
_P, _TBL, _SDT, _SDTPR, _SDTCONTENT = W + "p", W + "tbl", W + "sdt", W + "sdtPr", W + "sdtContent"
_TR, _TC, _R, _T = W + "tr", W + "tc", W + "r", W + "t"
_CUSTOMXML, _ALT = W + "customXml", MC + "AlternateContent"
_TXBX = W + "txbxContent"
# Inline containers whose runs are shown as ordinary text.
_PPR, _RPR, _PSTYLE, _RSTYLE, _OUTLINE, _B = W + "pPr", W + "rPr", W + "pStyle", W + "rStyle", W + "outlineLvl", W + "b"
_SZ = W + "sz"
_TRPR, _TCPR, _GRIDSPAN, _VMERGE, _HMERGE, _SHD = W + "trPr", W + "tcPr", W + "gridSpan", W + "vMerge", W + "hMerge", W + "shd"
_DEL, _GRIDBEFORE, _VAL, _FILL = W + "del", W + "gridBefore", W + "val", W + "fill"
_INLINE_CONTAINERS = {W + "hyperlink", W + "smartTag", W + "customXml", W + "ins", W + "fldSimple", W + "moveTo",
                      W + "dir", W + "bdo"}
_TRACKED = {W + "del", W + "moveFrom"}

# Symbol-font check box glyphs (w:sym w:font=... w:char=...).
_SYM_BOXES = {
    "wingdings": {"F0FE": CHECKED, "F0FD": CHECKED, "F078": CHECKED, "F0A8": UNCHECKED, "F06F": UNCHECKED,
                  "FE": CHECKED, "FD": CHECKED, "A8": UNCHECKED, "6F": UNCHECKED},
    "wingdings 2": {"F053": CHECKED, "F054": CHECKED, "F052": CHECKED, "F0A3": UNCHECKED, "F02A": UNCHECKED,
                    "53": CHECKED, "54": CHECKED, "52": CHECKED, "A3": UNCHECKED, "2A": UNCHECKED},
}
_GLYPH_FIX = str.maketrans({"☑": CHECKED, "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None,
                            "\ufeff": None})

_WS = re.compile(r"[^\S\n]+")
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")


_DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, remove_comments=True, remove_pis=True)


def parse_xml_safely(data: bytes, part: str, path: str) -> etree._Element:
    """Parse one package part: no entity expansion, no network, no DTD (refused outright)."""
    if any(m in data for m in _DTD_MARKS):
        raise ReadError(path, f"{part} declares a DTD/entities, which Word never writes; refused as unsafe")
    data = data.replace(_W_STRICT_NS.encode(), _W_NS.encode())  # Strict OOXML -> transitional names
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        if "depth" in str(e).lower():  # libxml2 refuses nesting deeper than 256 elements without huge_tree
            raise ReadError(path, f"{part} is nested too deeply to read (tables inside tables?)") from None
        line = getattr(e, "lineno", None)
        raise ReadError(path, f"{part} is not well-formed XML" + (f" (line {line})" if line else "")) from None
    if root is None:
        raise ReadError(path, f"{part} is empty")
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise ReadError(path, f"{part} declares a DTD/entities, which Word never writes; refused as unsafe")
    return root


def _text_norm(s: str) -> str:
    s = s.translate(_GLYPH_FIX)
    lines = (_WS.sub(" ", line).strip() for line in s.split("\n"))
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------------------------
# The package


def _vet_and_open(path: Path, name: str) -> zipfile.ZipFile:
    try:
        if not path.exists():
            raise ReadError(name, "file not found")
        if path.is_dir():
            raise ReadError(name, "is a folder, not a Word document")
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as e:
        raise ReadError(name, f"cannot open the file ({e.strerror or type(e).__name__})") from None
    if not head:
        raise ReadError(name, "the file is empty")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        try:
            blob = path.read_bytes()[: 64 * 1024 * 1024]
        except OSError:
            blob = b""
        if "EncryptionInfo".encode("utf-16-le") in blob:
            raise ReadError(name, "the Word document is password-protected (encrypted); save an unprotected copy")
        raise ReadError(name, "this is an old Word 97-2003 .doc file, not .docx; save it as .docx")
    if head.startswith(b"%PDF"):
        raise ReadError(name, "this is a PDF, not a Word document")
    if head.startswith(b"{\\rtf"):
        raise ReadError(name, "this is an RTF file, not a .docx; save it as .docx")
    if not head.startswith(b"PK"):
        raise ReadError(name, "not a Word .docx file (not a zip package)")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        raise ReadError(name, "the file is damaged or truncated (not a readable zip package)") from None
    try:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ReadError(name, f"zip package has {len(infos)} entries (limit {MAX_ENTRIES}); refused as unsafe")
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise ReadError(name, f"zip package would expand to {total // (1024 * 1024)} MB "
                                  f"(limit {MAX_TOTAL_UNCOMPRESSED // (1024 * 1024)} MB); refused as a possible zip bomb")
        for i in infos:
            if i.file_size and i.file_size / max(i.compress_size, 1) > MAX_RATIO:
                raise ReadError(name, f"zip entry compresses more than {MAX_RATIO}:1; refused as a possible zip bomb")
            if i.flag_bits & 0x1:
                raise ReadError(name, "the zip package is encrypted")
    except ReadError:
        zf.close()
        raise
    return zf


def _read_part(zf: zipfile.ZipFile, part: str, name: str) -> bytes:
    try:
        info = zf.getinfo(part)
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except KeyError:
        raise ReadError(name, f"not a Word document ({part} missing)") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError):
        raise ReadError(name, f"the file is damaged or truncated ({part} cannot be decompressed)") from None
    if len(data) > info.file_size:
        raise ReadError(name, f"{part} is larger than declared; refused as unsafe")
    return data


def _rel_target(zf: zipfile.ZipFile, rels_part: str, type_suffix: str, base: str, name: str) -> str | None:
    if rels_part not in zf.namelist():
        return None
    try:
        root = parse_xml_safely(_read_part(zf, rels_part, name), rels_part, name)
    except ReadError:
        return None
    for rel in root.iter(_REL_NS + "Relationship"):
        if (rel.get("Type") or "").endswith(type_suffix) and rel.get("TargetMode") != "External":
            target = rel.get("Target") or ""
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join(base, target))
    return None


# ---------------------------------------------------------------------------------------------
# Styles


_USED_STYLE = re.compile(rb'<w:(?:pStyle|rStyle)\s+w:val="([^"]*)"')
_STYLE_ID = re.compile(rb'w:styleId="([^"]*)"')
_BASED_ON = re.compile(rb'<w:basedOn\s+w:val="([^"]*)"')
_DOC_DEFAULTS = re.compile(rb"<w:docDefaults\b.*?</w:docDefaults>", re.S)  # near the top: cheap


def _styles_root(data: bytes, used: set[bytes], part: str, name: str) -> etree._Element:
    """styles.xml reduced to the styles the body uses (and what they are based on).

    Why: templates carry hundreds of styles (python-docx's own is 350 KB); parsing them all
    would be most of the reading time. Falls back to a full parse if the file is unusual.
    """
    if any(m in data for m in _DTD_MARKS):
        raise ReadError(name, f"{part} declares a DTD/entities, which Word never writes; refused as unsafe")
    try:
        start = data.index(b"<w:styles")
        head = data[: data.index(b">", start) + 1]
        blocks: dict[bytes, bytes] = {}
        default = None
        pos = data.find(b"<w:style ", start)
        while pos >= 0:
            tag_end = data.index(b">", pos)
            if data[tag_end - 1:tag_end] == b"/":
                end = tag_end + 1
            else:
                end = data.index(b"</w:style>", tag_end) + len(b"</w:style>")
            tag = data[pos:tag_end + 1]
            sid = _STYLE_ID.search(tag)
            if sid:
                blocks[sid[1]] = data[pos:end]
                if b'w:default="1"' in tag and b'w:type="paragraph"' in tag:
                    default = sid[1]
            pos = data.find(b"<w:style ", end)
        if not blocks:
            raise ValueError
        todo = list(used | ({default} if default else set()))
        keep: dict[bytes, bytes] = {}
        while todo:
            sid = todo.pop()
            if sid in keep or sid not in blocks:
                continue
            keep[sid] = blocks[sid]
            b = _BASED_ON.search(blocks[sid])
            if b:
                todo.append(b[1])
        dd = _DOC_DEFAULTS.search(data)
        reduced = head + (dd[0] if dd else b"") + b"".join(keep.values()) + b"</w:styles>"
        return parse_xml_safely(reduced, part, name)
    except (ValueError, ReadError):
        return parse_xml_safely(data, part, name)


class _Styles:
    """Paragraph heading levels, boldness and run sizes, resolved through ``basedOn`` chains."""

    def __init__(self, root: etree._Element | None):
        self.para: dict[str, tuple[str, str | None, int | None, bool | None]] = {}
        self.char: dict[str, tuple[str | None, bool | None]] = {}
        self.sizes: dict[str, tuple[str | None, int | None]] = {}  # style id -> (based on, run size in half-points)
        self.default_bold = False
        self.default_size = 22  # Word's 11 pt when docDefaults say nothing
        self.default_para: str | None = None
        self._lvl: dict[str, int | None] = {}
        self._pbold: dict[str, bool] = {}
        self._cbold: dict[str, bool | None] = {}
        if root is None:
            return
        dd = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if dd is not None:
            self.default_bold = bool(_onoff(dd.find(W + "b")))
            sz = dd.find(W + "sz")
            self.default_size = (_int(sz.get(W + "val")) if sz is not None else None) or self.default_size
        for st in root.iter(W + "style"):
            sid = st.get(W + "styleId")
            if not sid:
                continue
            based = st.find(W + "basedOn")
            based_id = based.get(W + "val") if based is not None else None
            rpr = st.find(W + "rPr")
            bold = _onoff(rpr.find(W + "b")) if rpr is not None else None
            sz = rpr.find(W + "sz") if rpr is not None else None
            self.sizes[sid] = (based_id, _int(sz.get(W + "val")) if sz is not None else None)
            if st.get(W + "type") == "character":
                self.char[sid] = (based_id, bold)
                continue
            if st.get(W + "type") not in (None, "paragraph"):
                continue
            nm = st.find(W + "name")
            sname = (nm.get(W + "val") or "").strip().lower() if nm is not None else ""
            ol = st.find(f"{W}pPr/{W}outlineLvl")
            olv = _int(ol.get(W + "val")) if ol is not None else None
            self.para[sid] = (sname, based_id, olv, bold)
            if st.get(W + "default") in ("1", "true", "on"):
                self.default_para = sid

    def heading_level(self, sid: str | None) -> int | None:
        sid = sid or self.default_para
        if sid is None:
            return None
        if sid not in self._lvl:
            lvl, seen, cur = None, set(), sid
            while cur and cur not in seen and cur in self.para:
                seen.add(cur)
                sname, based, olv, _ = self.para[cur]
                m = _HEADING_NAME.match(sname)
                if m:
                    lvl = int(m[1])
                    break
                if sname == "title":
                    lvl = 1
                    break
                if olv is not None:
                    lvl = olv + 1 if 0 <= olv < 9 else None
                    break
                cur = based
            if lvl is None and sid not in self.para:
                m = _HEADING_NAME.match(re.sub(r"(?<=[a-z])(?=\d)", " ", sid.lower()))
                lvl = int(m[1]) if m else (1 if sid.lower() == "title" else None)
            self._lvl[sid] = lvl
        return self._lvl[sid]

    def para_bold(self, sid: str | None) -> bool:
        sid = sid or self.default_para
        if sid is None:
            return self.default_bold
        if sid not in self._pbold:
            val, seen, cur = None, set(), sid
            while cur and cur not in seen and cur in self.para and val is None:
                seen.add(cur)
                val = self.para[cur][3]
                cur = self.para[cur][1]
            self._pbold[sid] = self.default_bold if val is None else val
        return self._pbold[sid]

    def size(self, sid: str | None) -> int | None:
        """A style's run size in half-points through its ``basedOn`` chain (None: the style sets none)."""
        seen, cur = set(), sid
        while cur and cur not in seen and cur in self.sizes:
            seen.add(cur)
            based, val = self.sizes[cur]
            if val is not None:
                return val
            cur = based
        return None

    def char_bold(self, sid: str) -> bool | None:
        if sid not in self._cbold:
            val, seen, cur = None, set(), sid
            while cur and cur not in seen and cur in self.char and val is None:
                seen.add(cur)
                based, val = self.char[cur]
                cur = based
            self._cbold[sid] = val
        return self._cbold[sid]


def _onoff(el) -> bool | None:
    """A WordprocessingML on/off property: present without val = on."""
    if el is None:
        return None
    v = el.get(W + "val")
    return v is None or v.lower() not in ("0", "false", "off", "none")


def _int(v: str | None) -> int | None:
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Paragraph content


class _Acc:
    """Collects a paragraph's text segments, check boxes, field state and text boxes."""

    __slots__ = ("parts", "bolds", "sizes", "fields", "textboxes", "para_bold", "para_size")

    def __init__(self, para_bold: bool, para_size: int):
        self.parts: list[str] = []
        self.bolds: list[bool] = []  # boldness of each segment carrying visible text
        self.sizes: list[tuple[int, int]] = []  # (run size in half-points, characters) of each such segment
        self.fields: list[list] = []  # [kind, result_start]
        self.textboxes: list = []
        self.para_bold = para_bold
        self.para_size = para_size

    def suppressed(self) -> bool:
        return any(f[0] in ("box", "dd") for f in self.fields)

    def add(self, text: str, bold: bool | None = None, size: int | None = None):
        self.parts.append(text)
        if bold is not None and text.strip():
            self.bolds.append(bold)
            self.sizes.append((size or self.para_size, len(text.strip())))


class _Walker:
    def __init__(self, name: str, styles: _Styles):
        self.name = name
        self.styles = styles
        self.labels = load_labels()
        self.size_chars: dict[int, int] = {}  # run size -> characters of text in it, over the whole body
        self.para_size: int | None = None  # the smallest run size in the paragraph just read
        self.para_pieces: list[str] | None = None  # the paragraph just read, split at its column gaps (Para.pieces)
        self.big_bold: list[tuple[Para, int]] = []  # bold paragraphs without a heading style, with that size
        self._long_plc = [p for p in self.labels.placeholders if len(p) >= 10]
        self._plc_ends = tuple(self._long_plc)
        self._plc_set = frozenset(self.labels.placeholders)
        self.blocks: list = []
        self.table_count = 0
        self.tracked = False

    # -- placeholders ----------------------------------------------------------------------
    def is_placeholder(self, text: str) -> bool:
        t = _WS.sub(" ", text).strip().lower()
        return bool(t) and t in self._plc_set

    def strip_placeholders(self, text: str) -> str:
        if not text:
            return text
        out = []
        for line in text.split("\n"):
            low = line.lower()
            if low in self._plc_set:
                continue
            if not low.endswith(self._plc_ends):
                out.append(line)
                continue
            for p in self._long_plc:  # "Date of birth: Click here to enter a date." typed as plain text
                if low.endswith(p) and (len(low) == len(p) or not low[-len(p) - 1].isalnum()):
                    line = line[: -len(p)].rstrip()
                    break
            if line:
                out.append(line)
        return "\n".join(out)

    # -- block level -----------------------------------------------------------------------
    def iter_blocks(self, container, plc: bool):
        """Yield ('p', element, plc) and ('tbl', element, plc) in document order."""
        for child in container:
            tag = child.tag
            if tag == _P:
                yield "p", child, plc
            elif tag == _TBL:
                yield "tbl", child, plc
            elif tag == _SDT:
                content = child.find(_SDTCONTENT)
                if content is not None:
                    yield from self.iter_blocks(content, plc or _showing_placeholder(child))
            elif tag == _CUSTOMXML or tag == W + "ins" or tag == W + "moveTo":
                yield from self.iter_blocks(child, plc)
            elif tag == _ALT:
                alt = _choose_alternate(child)
                if alt is not None:
                    yield from self.iter_blocks(alt, plc)
            elif tag in _TRACKED:
                self.tracked = True

    def mark_sized_headings(self):
        """A paragraph all bold and bigger than the body text (by 1 pt or more) is a heading without a heading style.

        Why: most Word forms make their section headings by hand (bold, bigger) in the Normal style; the PDF
        extractor's rule is alike (1.15 x the body size: a PDF's sizes are measured, not declared)."""
        if not self.size_chars:
            return
        body = max(self.size_chars.items(), key=lambda kv: kv[1])[0]
        for para, size in self.big_bold:
            if size >= body + 2 and len(para.text) <= 90:
                para.heading_level = 1

    def walk_body(self, body):
        for kind, el, plc in self.iter_blocks(body, False):
            if kind == "p":
                text, level, bold, boxes = self.paragraph(el, plc)
                if text:
                    idx = len(self.blocks)
                    self.blocks.append(Para(text=text, prov=_prov(self.name, idx),
                                            heading_level=level, bold=bold, pieces=self.para_pieces))
                    if level is None and bold and self.para_size:
                        self.big_bold.append((self.blocks[-1], self.para_size))
                for box in boxes:
                    self.walk_body(box)
            else:
                idx = len(self.blocks)
                self.blocks.append(self.table(el, plc, idx))

    # -- paragraphs ------------------------------------------------------------------------
    def paragraph(self, p, plc: bool):
        sid = None
        level = None
        ppr = _first(p, _PPR)
        if ppr is not None:
            for c in ppr:
                if c.tag == _PSTYLE:
                    sid = c.get(_VAL)
                elif c.tag == _OUTLINE:
                    v = _int(c.get(_VAL))
                    level = v + 1 if v is not None and 0 <= v < 9 else None
        if level is None:
            level = self.styles.heading_level(sid)
        acc = _Acc(self.styles.para_bold(sid), self.styles.size(sid or self.styles.default_para)
                   or self.styles.default_size)
        self.inline(p, plc, acc)
        raw = "".join(acc.parts)
        text = self.strip_placeholders(_text_norm(raw))
        pieces = [x for x in _SPACED.split(raw.strip()) if x.strip()]
        self.para_pieces = [_text_norm(x) for x in pieces] if len(pieces) >= 3 else None
        bold = bool(acc.bolds) and all(acc.bolds)
        for sz, n in acc.sizes:
            self.size_chars[sz] = self.size_chars.get(sz, 0) + n
        self.para_size = min((sz for sz, _ in acc.sizes), default=None)
        return text, (level if text else None), bold, acc.textboxes

    def inline(self, el, plc: bool, acc: _Acc):
        for child in el:
            tag = child.tag
            if tag == _R:
                self.run(child, plc, acc)
            elif tag in _INLINE_CONTAINERS:
                self.inline(child, plc, acc)
            elif tag == _SDT:
                self.inline_sdt(child, plc, acc)
            elif tag == _ALT:
                alt = _choose_alternate(child)
                if alt is not None:
                    self.inline(alt, plc, acc)
            elif tag in _TRACKED:
                self.tracked = True

    def inline_sdt(self, sdt, plc: bool, acc: _Acc):
        pr = sdt.find(_SDTPR)
        content = sdt.find(_SDTCONTENT)
        if pr is not None:
            cb = pr.find(W14 + "checkbox")
            if cb is not None:
                chk = cb.find(W14 + "checked")
                val = (chk.get(W14 + "val") or chk.get(W + "val") or "1") if chk is not None else "0"
                acc.add(CHECKED if val.lower() in ("1", "true", "on") else UNCHECKED)
                return
        if content is None:
            return
        showing = plc or _showing_placeholder(sdt) or _all_placeholder_style(content)
        start = len(acc.parts)
        self.inline(content, showing, acc)
        if self.is_placeholder("".join(acc.parts[start:])):
            del acc.parts[start:]

    def run(self, r, plc: bool, acc: _Acc):
        bold = size = None
        rpr = _first(r, _RPR)
        if rpr is not None:
            rstyle = None
            for c in rpr:
                if c.tag == _B:
                    bold = _onoff(c)
                elif c.tag == _RSTYLE:
                    rstyle = c.get(_VAL)
                elif c.tag == _SZ:
                    size = _int(c.get(_VAL))
            if bold is None and rstyle:
                bold = self.styles.char_bold(rstyle)
            if size is None and rstyle:
                size = self.styles.size(rstyle)
        if bold is None:
            bold = acc.para_bold
        for c in r:
            tag = c.tag
            if tag == _T:
                if not plc and not acc.suppressed() and c.text:
                    acc.add(c.text, bold, size)
            elif tag == W + "tab" or tag == W + "ptab":
                acc.add(" ")
            elif tag == W + "br" or tag == W + "cr":
                acc.add("\n")
            elif tag == W + "noBreakHyphen":
                if not plc and not acc.suppressed():
                    acc.add("-", bold)
            elif tag == W + "sym":
                if not plc and not acc.suppressed():
                    acc.add(_symbol(c), bold)
            elif tag == W + "fldChar":
                self.field_char(c, acc)
            elif tag == W + "drawing" or tag == W + "pict":
                acc.textboxes.extend(c.iter(_TXBX))
            elif tag == _ALT:
                alt = _choose_alternate(c)
                if alt is not None:
                    for sub in alt.iter(_TXBX):
                        acc.textboxes.append(sub)

    def field_char(self, fc, acc: _Acc):
        kind = fc.get(W + "fldCharType")
        if kind == "begin":
            ff = fc.find(W + "ffData")
            entry = ["other", None]
            if ff is not None:
                box = ff.find(W + "checkBox")
                dd = ff.find(W + "ddList")
                if box is not None:
                    checked = _onoff(box.find(W + "checked"))  # w:checked overrides w:default
                    if checked is None:
                        checked = bool(_onoff(box.find(W + "default")))
                    if not acc.suppressed():
                        acc.add(CHECKED if checked else UNCHECKED)
                    entry = ["box", None]
                elif dd is not None:
                    entries = [e.get(W + "val") or "" for e in dd.findall(W + "listEntry")]
                    sel = dd.find(W + "result")
                    if sel is None:
                        sel = dd.find(W + "default")
                    i = _int(sel.get(W + "val")) if sel is not None else 0
                    i = i if i is not None and 0 <= i < len(entries) else 0
                    if entries and not acc.suppressed() and not self.is_placeholder(entries[i]):
                        acc.add(entries[i])
                    entry = ["dd", None]
                elif ff.find(W + "textInput") is not None:
                    entry = ["text", None]
            acc.fields.append(entry)
        elif kind == "separate":
            if acc.fields:
                acc.fields[-1][1] = len(acc.parts)
        elif kind == "end":
            if acc.fields:
                k, start = acc.fields.pop()
                if k == "text" and start is not None and self.is_placeholder("".join(acc.parts[start:])):
                    del acc.parts[start:]

    # -- tables ----------------------------------------------------------------------------
    def table(self, tbl, plc: bool, block_idx: int) -> Table:
        t_idx = self.table_count
        self.table_count += 1
        rows: list[list[Cell]] = []
        above: dict[int, tuple[str, bool]] = {}  # grid column -> (text, shaded) of a vMerge restart cell
        for tr, tr_plc in _iter_children(tbl, _TR, plc):
            col = 0
            deleted = False
            for c in tr:
                if c.tag == _TRPR:
                    for x in c:
                        if x.tag == _DEL:
                            deleted = True
                        elif x.tag == _GRIDBEFORE:
                            col = _int(x.get(_VAL)) or 0
                    break
                if c.tag == _TC:
                    break
            if deleted:
                continue
            r_idx = len(rows)
            cells: list[Cell] = []
            for tc, tc_plc in _iter_children(tr, _TC, tr_plc):
                span, hmerge, vmerge, fill = 1, None, None, None
                tcpr = _first(tc, _TCPR)
                if tcpr is not None:
                    for x in tcpr:
                        t = x.tag
                        if t == _GRIDSPAN:
                            span = max(1, _int(x.get(_VAL)) or 1)
                        elif t == _VMERGE:
                            vmerge = x.get(_VAL) or "continue"
                        elif t == _HMERGE:
                            hmerge = x.get(_VAL) or "continue"
                        elif t == _SHD:
                            fill = x.get(_FILL)
                if hmerge == "continue" and cells:
                    col += span
                    continue
                prov = _prov(self.name, block_idx, t_idx, r_idx, col)
                if vmerge == "continue":
                    text, shaded = above.get(col, ("", False))
                    cells.append(Cell(text=text, prov=prov, shaded=shaded))
                else:
                    cell, all_bold = self.cell(tc, tc_plc, prov, block_idx)
                    cell.shaded = bool(fill and fill.lower() not in ("auto", "ffffff")) or all_bold
                    cells.append(cell)
                    if vmerge is not None:
                        above[col] = (cell.text, cell.shaded)
                    else:
                        above.pop(col, None)
                col += span
            if cells:
                rows.append(cells)
        return Table(rows=rows, prov=_prov(self.name, block_idx, t_idx))

    def cell(self, tc, plc: bool, prov: Provenance, block_idx: int) -> tuple[Cell, bool]:
        lines: list[str] = []
        tables: list[Table] = []
        bolds: list[bool] = []

        def walk(container, plc_):
            for kind, el, p_plc in self.iter_blocks(container, plc_):
                if kind == "p":
                    text, _lvl, bold, boxes = self.paragraph(el, p_plc)
                    if text:
                        lines.append(text)
                        bolds.append(bold)
                    for box in boxes:
                        walk(box, p_plc)
                else:
                    tables.append(self.table(el, p_plc, block_idx))

        walk(tc, plc)
        return Cell(text="\n".join(lines), prov=prov, tables=tables), bool(bolds) and all(bolds)


def _first(el, tag: str):
    """The first child if it has ``tag`` (property elements come first); faster than find()."""
    for c in el:
        return c if c.tag == tag else None
    return None


def _prov(file: str, paragraph: int, table: int | None = None, row: int | None = None,
          cell: int | None = None) -> Provenance:
    return Provenance(file=file, paragraph=paragraph, table=table, row=row, cell=cell)


def _iter_children(el, tag: str, plc: bool):
    """Rows of a table / cells of a row, through row- and cell-level content controls."""
    for child in el:
        if child.tag == tag:
            yield child, plc
        elif child.tag == _SDT:
            content = child.find(_SDTCONTENT)
            if content is not None:
                yield from _iter_children(content, tag, plc or _showing_placeholder(child))
        elif child.tag == _CUSTOMXML:
            yield from _iter_children(child, tag, plc)
        elif child.tag == _ALT:
            alt = _choose_alternate(child)
            if alt is not None:
                yield from _iter_children(alt, tag, plc)


def _showing_placeholder(sdt) -> bool:
    pr = sdt.find(_SDTPR)
    return pr is not None and bool(_onoff(pr.find(W + "showingPlcHdr")))


def _all_placeholder_style(content) -> bool:
    """Every text run styled 'PlaceholderText' (a control whose showingPlcHdr flag was lost)."""
    seen = False
    for r in content.iter(_R):
        if not any((t.text or "").strip() for t in r.iter(_T)):
            continue
        rs = r.find(f"{W}rPr/{W}rStyle")
        if rs is None or rs.get(W + "val") != "PlaceholderText":
            return False
        seen = True
    return seen


def _choose_alternate(alt):
    choice = alt.find(MC + "Choice")
    return choice if choice is not None else alt.find(MC + "Fallback")


def _symbol(sym) -> str:
    font = (sym.get(W + "font") or "").strip().lower()
    code = (sym.get(W + "char") or "").strip().upper()
    if font in _SYM_BOXES and code in _SYM_BOXES[font]:
        return _SYM_BOXES[font][code]
    try:
        ch = chr(int(code, 16))
    except ValueError:
        return ""
    if font.startswith("wingdings") or font == "symbol":
        return ""  # a private-use symbol glyph with no text meaning
    return ch


# ---------------------------------------------------------------------------------------------


def extract_docx(path) -> Document:
    """Read a .docx into blocks. Raises :class:`ReadError` with a one-line reason on any failure."""
    name = str(path)
    try:
        return _extract(Path(path), name)
    except ReadError:
        raise
    except RecursionError:
        raise ReadError(name, "the document is nested too deeply to read") from None
    except MemoryError:
        raise ReadError(name, "the document is too large to read") from None
    except Exception as e:  # never a traceback for a user
        raise ReadError(name, f"could not read this Word document ({type(e).__name__})") from None


def _extract(path: Path, name: str) -> Document:
    zf = _vet_and_open(path, name)
    with zf:
        main = _rel_target(zf, "_rels/.rels", "/officeDocument", "", name) or "word/document.xml"
        if main not in zf.namelist():
            main = "word/document.xml"
        doc_bytes = _read_part(zf, main, name)
        root = parse_xml_safely(doc_bytes, main, name)
        base = posixpath.dirname(main)
        rels = posixpath.join(base, "_rels", posixpath.basename(main) + ".rels")
        styles_part = _rel_target(zf, rels, "/styles", base, name) or posixpath.join(base, "styles.xml")
        styles_root = None
        if styles_part in zf.namelist():
            used = set(_USED_STYLE.findall(doc_bytes))
            styles_root = _styles_root(_read_part(zf, styles_part, name), used, styles_part, name)
    if root.tag != W + "document":
        raise ReadError(name, f"{main} is not a Word document body")
    body = root.find(W + "body")
    walker = _Walker(name, _Styles(styles_root))
    if body is not None:
        walker.walk_body(body)
        walker.mark_sized_headings()
    doc = Document(path=name, format="docx", blocks=walker.blocks)
    if walker.tracked:
        doc.notes.append("the document has tracked changes: deleted text was ignored, inserted text read")
    if not walker.blocks:
        doc.notes.append("the document body has no text")
    return doc
