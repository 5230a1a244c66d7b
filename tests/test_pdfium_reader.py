"""The PDFium page reader (pepqa.readers.pdfium_pages) against the pdfminer reader it replaced.

Both engines feed the same word, line, heading and table logic; on every reference PDF (the samples,
the layout zoo and the bad-input corpus) the block streams must be the same: paragraph and heading
text, bold, table cell text, and the page each block is on. Where the engines may differ (a damaged
file PDFium repairs and pdfminer refuses) the difference is named here and in bench/RESULTS.md.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from corpus import BITFLIP, BROKEN_XREF, EXPECT, PDF_LOOP, SAMPLES, SLOW_PDF, TRUNCATED, build_corpus
from pepqa.errors import ReadError
from pepqa.readers import pdf_extract, pdfium_pages
from pepqa.readers.blocks import Para
from pepqa.readers.pdf_extract import extract_pdf

ROOT = Path(__file__).resolve().parents[1]
ZOO = ROOT / "tests" / "zoo" / "files"
REFERENCE = sorted(SAMPLES.glob("*.pdf")) + sorted(ZOO.glob("*.pdf"))
# kinds whose files are damaged on purpose: PDFium repairs some that pdfminer refuses (it rebuilds a broken
# cross-reference table, reads the pages of a bit-flipped file it can still parse)
MAY_READ_MORE = {TRUNCATED, BITFLIP, BROKEN_XREF, PDF_LOOP}


def stream(doc) -> list:
    out = []
    for b in doc.blocks:
        if isinstance(b, Para):
            out.append(("heading" if b.heading_level else "para", b.bold, b.text, b.prov.page))
        else:
            out.append(("table", b.prov.page, [[(c.text, c.prov.page) for c in row] for row in b.rows]))
    return out


def outcome(path: Path, engine: str):
    try:
        doc = extract_pdf(path, engine)
    except ReadError as e:
        return ("error", e.reason), None
    return ("read", stream(doc)), doc


def test_there_are_reference_pdfs():
    assert len(list(SAMPLES.glob("*.pdf"))) >= 8 and len(list(ZOO.glob("*.pdf"))) >= 6


@pytest.mark.parametrize("path", REFERENCE, ids=lambda p: p.name)
def test_same_blocks_as_pdfminer(path):
    (k1, s1), d1 = outcome(path, "pdfminer")
    (k2, s2), d2 = outcome(path, "pdfium")
    assert k1 == k2 == "read"
    assert s2 == s1
    assert d2.pages == d1.pages and d2.notes == d1.notes


@pytest.fixture(scope="module")
def corpus_pdfs(tmp_path_factory):
    items = build_corpus(tmp_path_factory.mktemp("corpus") / "c")
    return [(p, kind) for p, kind in items if p.suffix == ".pdf" and p.is_file() and kind != SLOW_PDF]


def test_corpus_pdfs_same_outcome(corpus_pdfs):
    """Same one-line reason for every refused file; same blocks for every file both read. Only for the
    damaged-on-purpose kinds may the engines differ (PDFium reads some that pdfminer refuses, and reads the
    garbage of a bit-flipped content stream differently); those differences are printed."""
    assert len(corpus_pdfs) >= 20
    differ = []
    for path, kind in corpus_pdfs:
        (k1, s1), _ = outcome(path, "pdfminer")
        (k2, s2), _ = outcome(path, "pdfium")
        if (k1, s1) == (k2, s2):
            continue
        if kind in MAY_READ_MORE and (k1 == "error" or k2 == "read"):
            print(f"\n{path.name} ({kind}): pdfminer {k1} {s1 if k1 == 'error' else len(s1)}, "
                  f"pdfium {k2} {s2 if k2 == 'error' else len(s2)}")
            continue
        differ.append((path.name, kind, k1, s1 if k1 == "error" else len(s1), k2, s2 if k2 == "error" else len(s2)))
        if EXPECT[kind] == "error":
            assert k2 == "error", f"{path.name} must still be refused"
    assert not differ, differ


def test_pdfium_is_what_reads(monkeypatch):
    """The default engine is PDFium: with pdfplumber unavailable a sample still reads."""
    def no(*a, **k):
        raise AssertionError("pdfplumber used")

    monkeypatch.setattr(pdf_extract, "_read_plumber", no)
    monkeypatch.setattr(pdf_extract, "_PlumberPages", no)
    doc = extract_pdf(SAMPLES / "10-epep-primary-mixed.pdf")
    assert len(doc.blocks) > 50


def test_a_page_pdfium_cannot_load_is_read_with_pdfplumber(monkeypatch):
    path = SAMPLES / "11-epep-secondary-good.pdf"
    want = stream(extract_pdf(path, "pdfminer"))
    real = pdfium_pages.Document.page

    def page(self, i):
        if i == 1:
            raise pdfium_pages.PageUnreadable(i)
        return real(self, i)

    monkeypatch.setattr(pdfium_pages.Document, "page", page)
    assert stream(extract_pdf(path)) == want


def test_a_big_stream_goes_to_pdfminer(monkeypatch):
    """A stream PDFium would spend minutes on in one C call (beyond any alarm) is read by pdfminer,
    whose page interpretation the time limit can stop."""
    called = []
    monkeypatch.setattr(pdf_extract, "PDFIUM_STREAM_BYTES", 100)
    monkeypatch.setattr(pdf_extract, "_read_pdfium", lambda *a: called.append(a) or None)
    doc = extract_pdf(SAMPLES / "10-epep-primary-mixed.pdf")
    assert not called and len(doc.blocks) > 50


def test_stream_screen_finds_a_bomb():
    import zlib

    body = zlib.compress(b" " * (3 * 1024 * 1024))
    data = b"%PDF-1.4\n1 0 obj << /Filter /FlateDecode >>\nstream\n" + body + b"\nendstream\n%%EOF\n"
    assert pdfium_pages.stream_sizes(data, 1024 * 1024, 10 * 1024 * 1024) is None
    assert pdfium_pages.stream_sizes(data, 4 * 1024 * 1024, 10 * 1024 * 1024) == (3 * 1024 * 1024,) * 2
    assert pdfium_pages.stream_sizes(data + data[9:], 4 * 1024 * 1024, 5 * 1024 * 1024) is None


def test_many_pages_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_extract, "MAX_PAGES", 3)
    monkeypatch.setattr(pdfium_pages.Document, "page", lambda self, i: pytest.fail("a page was read"))
    from reportlab.pdfgen.canvas import Canvas

    p = tmp_path / "long.pdf"
    c = Canvas(str(p))
    for i in range(4):
        c.drawString(72, 720, f"Page {i}")
        c.showPage()
    c.save()
    with pytest.raises(ReadError, match="too many pages"):
        extract_pdf(p)


def test_a_reader_crash_in_a_batch_is_a_row(tmp_path):
    """PDFium is C: a fault in it kills the worker process, not just the file. The batch retries the files
    that were in flight one by one, reports the culprit as a row and checks the rest. The fault here is a
    real one (a read of address 0 through ctypes) inside the PDFium reader."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    for name in ("09-epep-early-years-poor.pdf", "10-epep-primary-mixed.pdf", "01-word-early-years-good.docx"):
        (inbox / name).write_bytes((SAMPLES / name).read_bytes())
    (inbox / "crash-me.pdf").write_bytes((SAMPLES / "11-epep-secondary-good.pdf").read_bytes())
    boot = textwrap.dedent("""
        import ctypes, sys
        from pepqa.readers import pdf_extract
        real = pdf_extract._read_pdfium
        def faulty(path, data):
            if "crash-me" in path:
                ctypes.string_at(0)
            return real(path, data)
        pdf_extract._read_pdfium = faulty
        from pepqa.cli import run
        sys.argv = ["pepqa"] + sys.argv[1:]
        run()
    """)
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", boot, "batch", str(inbox), "--out", str(out), "--today", "2025-10-20",
                        "--workers", "2", "--no-progress"], env=env, capture_output=True, text=True, timeout=300,
                       cwd=tmp_path)
    assert "Traceback" not in r.stderr, r.stderr[-2000:]
    import csv

    with open(out / "summary.csv", newline="", encoding="utf-8") as f:
        rows = {Path(row["File"]).name: row for row in csv.DictReader(f)}
    assert set(rows) == {"09-epep-early-years-poor.pdf", "10-epep-primary-mixed.pdf", "01-word-early-years-good.docx",
                         "crash-me.pdf"}
    assert "crashed" in rows["crash-me.pdf"]["Could not read"]
    assert all(not rows[n]["Could not read"] for n in rows if n != "crash-me.pdf")


def test_a_big_image_is_not_a_bomb(tmp_path):
    """A scanned page's image can inflate to tens of MB; images are never decoded to read text, so the
    stream screen skips them: the text page still reads and the image page is noted."""
    import zlib

    from corpus import _pdf_from_objects

    pixels = zlib.compress(bytes(6000 * 6000), 9)  # 36 MB inflated: past the 32 MB limit of one stream
    text = b"BT /F1 12 Tf 72 720 Td (Pupil voice: I like reading.) Tj ET"
    img = b"q 400 0 0 400 72 200 cm /Im1 Do Q"
    data = _pdf_from_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 6 0 R >> >> >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R "
        b"/Resources << /XObject << /Im1 8 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(img) + img + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 6000 /Height 6000 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream",
    ])
    p = tmp_path / "scan-and-text.pdf"
    p.write_bytes(data)
    assert pdfium_pages.stream_sizes(data, 32 * 1024 * 1024, 256 * 1024 * 1024) is not None
    for engine in ("pdfium", "pdfminer"):
        doc = extract_pdf(p, engine)
        assert [b.text for b in doc.blocks] == ["Pupil voice: I like reading."], engine
        assert doc.notes == ["page 2 has no text layer (scanned image?)"], engine


def test_table_drawn_in_a_form_xobject(tmp_path):
    """Rulings and text inside a form XObject (a reused letterhead or a form template), moved by its
    matrix: the same table for both engines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    p = tmp_path / "form.pdf"
    c = Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 780, "Targets for this term")
    c.beginForm("grid")
    for r in range(3):
        for k in range(2):
            c.rect(72 + k * 200, 600 - r * 30, 200, 30)
            c.drawString(80 + k * 200, 610 - r * 30, f"cell {r}.{k}")
    c.endForm()
    c.saveState()
    c.translate(10, -40)
    c.doForm("grid")
    c.restoreState()
    c.showPage()
    c.save()
    (k1, s1), _ = outcome(p, "pdfminer")
    (k2, s2), _ = outcome(p, "pdfium")
    assert k1 == k2 == "read"
    assert s2 == s1
    tables = [b for b in s2 if b[0] == "table"]
    assert len(tables) == 1 and [[t for t, _ in row] for row in tables[0][2]] == [
        ["cell 0.0", "cell 0.1"], ["cell 1.0", "cell 1.1"], ["cell 2.0", "cell 2.1"]]
