"""Clean PEP documents (PDF and DOCX): guidance order, 'Not recorded', redaction; and the render command."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner
from docx import Document

from readback import docx_text as _docx_text, pdf_text as _pdf_text

from pepqa.checks.baseline import BASELINE, apply_patch, baseline_pep
from pepqa.cli import main
from pepqa.render.pepdoc import pep_context, render_pep

ORDER = ["Child and school", "Meeting and attendees", "Social worker (Section A)", "Designated teacher (Section B)",
         "Attainment and progress", "Attendance and exclusions", "SEN and wellbeing", "Review of previous targets",
         "New SMART targets", "Pupil Premium Plus (PP+)", "Pupil voice (Section C)", "Aspirations and careers",
         "Virtual School (Section D)", "Quality assurance (Section E)"]
NAMES = ["Maya", "Thompson", "Sam Okafor", "Okafor", "Helen Price", "Price", "Lorraine Bell", "Priya Nair", "Nair",
         "Ahmed", "Mrs Lee", "Ellie", "Tom"]



def _positions(text: str, heads: list[str]) -> list[int]:
    flat = " ".join(text.split())
    return [flat.find(h) for h in heads]


def test_clean_pep_in_guidance_order(tmp_path):
    pep = baseline_pep({"aspirations": None, "roni": None})
    paths = {p.suffix: p for p in render_pep(pep, tmp_path, "clean")}
    for text in (_pdf_text(paths[".pdf"]), _docx_text(paths[".docx"])):
        pos = _positions(text, ORDER)
        assert all(p >= 0 for p in pos), dict(zip(ORDER, pos))
        assert pos == sorted(pos), "sections follow the guidance's order"
        assert "Not recorded" in text  # aspirations and RONI are missing
        assert "Maya Thompson" in text and "VS-100001" in text
        assert "fractions" in text and "Wellbeing" in text  # targets table (long cells wrap in the PDF)
        assert "£15 per session" in text and "£430" in text  # PP+ table and total


def test_clean_pep_tables_have_headers(tmp_path):
    pep = baseline_pep()
    ctx = pep_context(pep)
    html = __import__("pepqa.render.engine", fromlist=["engine"]).engine().html(
        "pep.html.j2", for_pdf=True, inline_css="", **ctx)
    assert '<html lang="en-GB">' in html
    assert html.count('<th scope="col">Target</th>') == 3  # previous targets, new targets, PP+ lines
    assert '<th scope="col">Success criteria</th>' in html and '<th scope="col">Intended impact</th>' in html
    assert '<th scope="row">Child</th>' in html
    assert re.search(r"<h1[^>]*>Personal Education Plan: Maya Thompson", html)
    doc = Document(str(render_pep(pep, tmp_path, "c", formats=("docx",))[0]))
    targets = next(t for t in doc.tables if len(t.columns) == 7 and t.rows[0].cells[2].text == "Target")
    assert "w:tblHeader" in targets.rows[0]._tr.xml  # header row repeats on each page


def test_redacted_pep_has_no_names_or_identifiers(tmp_path):
    pep = baseline_pep()
    paths = {p.suffix: p for p in render_pep(pep, tmp_path, "r", redact=True, key=b"k" * 32)}
    for text in (_pdf_text(paths[".pdf"]), _docx_text(paths[".docx"])):
        flat = " ".join(text.split())
        for name in NAMES:
            assert not re.search(rf"\b{re.escape(name)}\b", flat), name
        assert "VS-100001" not in flat and "14 March 2011" not in flat
        assert "2011 (year only)" in flat and "M.T." in flat
        assert re.search(r"C-[0-9A-F]{8}", flat)  # pseudonymous ID
        assert "[Designated teacher]" in flat and "[Social worker]" in flat


def test_render_command(tmp_path):
    src = tmp_path / "Maya Thompson.json"
    src.write_text(json.dumps(apply_patch(BASELINE, {})), encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["render", str(src), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir() if p.is_file() and p.name != ".pepqa-lock") == [
        "Maya-Thompson-clean.docx", "Maya-Thompson-clean.pdf"]  # the lock: one run at a time writes here
    r = CliRunner().invoke(main, ["render", str(src), "--out", str(out / "red"), "--redact"])
    assert r.exit_code == 0, r.output
    files = [p.name for p in (out / "red").iterdir() if p.is_file() and p.name != ".pepqa-lock"]
    assert len(files) == 2 and all(re.fullmatch(r"C-[0-9A-F]{8}-redacted\.(pdf|docx)", f) for f in files), files


def test_clean_pep_carries_a_protective_marking(tmp_path):
    """A PEP holds the full name, date of birth, ethnicity and legal status: OFFICIAL-SENSITIVE by default, at
    the head of every page of the PDF and in the Word header."""
    pep = baseline_pep()
    paths = {p.suffix: p for p in render_pep(pep, tmp_path, "m")}
    import pdfplumber

    with pdfplumber.open(paths[".pdf"]) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    assert len(pages) > 1 and all(pg.lstrip().startswith("OFFICIAL-SENSITIVE") for pg in pages)
    doc = Document(str(paths[".docx"]))
    assert any("OFFICIAL-SENSITIVE" in p.text for p in doc.sections[0].header.paragraphs)


def test_redacted_pep_removes_quasi_identifiers_and_every_friend(tmp_path):
    pep = baseline_pep({"child.date_entered_care": "2024-05-17", "child.ethnicity": "White and Black Caribbean",
                        "child.gender": "Female", "child.legal_status": "Section 31", "school.urn": "123456",
                        "pupil_voice.text": "I sit with Zephyrine at lunch. My friends are Tia and Quilla, and "
                                            "Zephyrine helps me with reading."})
    ctx = pep_context(pep, redact=True, key=b"k" * 32)
    flat = json.dumps(ctx)
    for leak in ("17 May 2024", "2024-05-17", "White and Black Caribbean", "Female", "Section 31", "123456",
                 "Zephyrine", "Tia", "Quilla", pep.school.name):
        assert leak not in flat, leak
    assert "2024 (year only)" in flat
