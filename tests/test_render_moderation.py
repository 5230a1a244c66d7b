"""Moderation packs: anonymised (HTML, PDF and XLSX), sampled deterministically, and read back by calibrate."""
from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from pepqa.anonymise import common_first_names, known_names, person_names
from pepqa.cli import main
from pepqa.pipeline import check_file
from pepqa.policy import load_policy
from pepqa.render.moderation import build_pack, calibrate, write_pack

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PICK = ["02-word-primary-poor.docx", "15-epep-secondary-poor.pdf", "19-narrative-secondary-poor.docx",
        "26-json-secondary-poor.json", "25-json-primary-good.json", "03-word-secondary-mixed.docx"]
TODAY = "2025-11-20"
_TITLED = re.compile(r"\b(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+([A-Z][a-zA-Z'\-]+)")


def _inputs(tmp_path) -> Path:
    avail = [SAMPLES / n for n in PICK if (SAMPLES / n).is_file()]
    if len(avail) < 3:
        pytest.skip("sample PEPs not generated yet")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for p in avail:
        shutil.copy(p, inbox / p.name)
    return inbox


def _names(results) -> set[str]:
    """Every person's name the sample PEPs record, their parts, and titled names in their free text."""
    names: set[str] = set()
    for r in results:
        pep = r.pep
        for raw in known_names(pep):
            for n in person_names(raw):
                names.add(n)
                names.update(w for w in n.split() if len(w) > 2)
        blob = json.dumps(pep.model_dump(mode="json", exclude={"provenance"}))
        names.update(_TITLED.findall(blob))
    return names


def _absent(names: set[str], text: str, where: str) -> None:
    flat = " ".join(text.split())
    found = sorted(n for n in names if re.search(rf"(?<![\w]){re.escape(n)}(?![\w])", flat))
    assert not found, f"names in the {where}: {found}"
    common = sorted({w for w in re.findall(r"\b[A-Z][a-z]+\b", flat) if w in common_first_names()})
    assert not common, f"common first names in the {where}: {common}"


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("mod")
    inbox = _inputs(tmp)
    out = tmp / "out"
    r = CliRunner().invoke(main, ["moderate", str(inbox), "--out", str(out), "--per-check", "2", "--seed", "7",
                                  "--today", TODAY])
    assert r.exit_code == 0, r.output
    results = [check_file(str(p), load_policy(), date.fromisoformat(TODAY)) for p in sorted(inbox.iterdir())]
    return out, results


def test_pack_files_and_no_names(pack):
    out, results = pack
    names = _names(results)
    assert len(names) > 10
    html = (out / "moderation.html").read_text(encoding="utf-8")
    _absent(names, re.sub(r"<[^>]+>", " ", html), "HTML page")
    with pdfplumber.open(out / "moderation.pdf") as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
        cat = pdf.doc.catalog
        assert "StructTreeRoot" in cat and cat["Lang"] in (b"en-GB", "en-GB")
    _absent(names, text, "PDF")
    wb = load_workbook(out / "decisions.xlsx")
    cells = " ".join(str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c)
    _absent(names, cells, "XLSX")
    # no child ID, date of birth or file name either
    for r in results:
        for ident in (r.pep.child.identifier, Path(r.file).stem,
                      r.pep.child.date_of_birth and r.pep.child.date_of_birth.isoformat()):
            assert not ident or ident not in cells + html + text, ident


def test_pack_content(pack):
    out, results = pack
    html = (out / "moderation.html").read_text(encoding="utf-8")
    assert '<html lang="en-GB">' in html and "<style>" in html and "<link" not in html and "<img" not in html
    assert "<mark>" in html  # evidence highlighted in context
    assert "Why it matters." in html and "guidance:" in html and "Suggestion." in html
    wb = load_workbook(out / "decisions.xlsx")
    ws = wb["Decisions"]
    header = [c.value for c in ws[1]]
    assert header == ["ID", "Check", "Severity", "File", "Finding", "Evidence", "Suggestion", "Moderator decision",
                      "Comment"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows and all(re.fullmatch(r"M\d{3}", r[0]) and re.fullmatch(r"C-[0-9A-F]{8}", r[3]) for r in rows)
    per_check = {}
    for r in rows:
        per_check[r[1]] = per_check.get(r[1], 0) + 1
    assert max(per_check.values()) <= 2
    dv = ws.data_validations.dataValidation
    assert dv and dv[0].type == "list" and dv[0].formula1 == '"agree,disagree,unsure"' and "H2" in str(dv[0].sqref)
    for r in rows:
        assert f"Example {r[0]}" in html


def test_sample_is_deterministic_and_spread(pack, tmp_path):
    out, results = pack
    key = b"k" * 32
    pol = load_policy()
    a = build_pack(results, pol, per_check=2, seed=7, key=key)
    b = build_pack(results, pol, per_check=2, seed=7, key=key)
    assert a["rows"] == b["rows"]
    c = build_pack(results, pol, per_check=1, seed=8, key=key)
    assert len(c["rows"]) == len(c["checks"])
    # with two examples of a check found in 2+ PEPs, they come from two different PEPs
    for sec in a["checks"]:
        if sec["files"] >= 2:
            assert len({ex["pseud"] for ex in sec["examples"]}) == len(sec["examples"]), sec["code"]


def test_calibrate_reads_decisions(pack, tmp_path):
    out, _ = pack
    sheet = tmp_path / "filled.xlsx"
    wb = load_workbook(out / "decisions.xlsx")
    ws = wb["Decisions"]
    rows = list(ws.iter_rows(min_row=2))
    head = [c.value for c in ws[1]]
    dec = head.index("Moderator decision")
    first_code = rows[0][1].value
    for i, row in enumerate(rows):
        if row[1].value == first_code:
            row[dec].value = "agree" if i == 0 else "Disagree"
        elif i % 3 == 0:
            row[dec].value = "agree"
    wb.save(sheet)
    rep = calibrate(sheet)
    by = {c["check"]: c for c in rep["checks"]}
    n_first = sum(1 for r in rows if r[1].value == first_code)
    assert by[first_code]["shown"] == n_first and by[first_code]["decided"] == n_first
    assert by[first_code]["agreed"] == 1
    assert by[first_code]["agreement"] == round(1 / n_first, 3)
    assert rep["total"]["shown"] == len(rows)
    r = CliRunner().invoke(main, ["calibrate", str(sheet), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["total"]["shown"] == len(rows)
    r = CliRunner().invoke(main, ["calibrate", str(sheet)])
    assert first_code in r.output and "agreement" in r.output



def test_decisions_sheet_has_message_severity_and_unsure(pack):
    out, _ = pack
    ws = load_workbook(out / "decisions.xlsx")["Decisions"]
    head = [c.value for c in ws[1]]
    assert {"Severity", "Finding", "Moderator decision"} <= set(head)
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert all(r[head.index("Severity")] in ("must-fix", "should-fix", "advice") for r in rows)
    assert all(r[head.index("Finding")] for r in rows)
    (dv,) = ws.data_validations.dataValidation
    assert "unsure" in dv.formula1


def test_pack_prose_has_no_policy_keys_paths_or_empty_quotes(pack):
    out, _ = pack
    html = (out / "moderation.html").read_text()
    assert not re.search(r"\b[a-z]+\.[a-z]+_[a-z_]+\b", html), re.search(r"\b[a-z]+\.[a-z]+_[a-z_]+\b", html)[0]
    assert "domain.md" not in html and "seeds/" not in html and ".txt" not in html
    assert not re.search(r"<blockquote>\s*</blockquote>", html)


def test_example_with_nothing_to_quote_says_so(tmp_path):
    from pepqa.checks import run_checks
    from pepqa.checks.baseline import baseline_pep
    from pepqa.pipeline import Result
    from pepqa.render.moderation import NOTHING_TO_QUOTE
    from pepqa.verdict import decide

    pol = load_policy()
    pep = baseline_pep({"next_pep_date": None})
    findings = run_checks(pep, pol, date.fromisoformat(TODAY))
    res = Result(file="x.json", pep=pep, findings=findings, verdict=decide(pep, findings, pol))
    pack = build_pack([res], pol, per_check=1, today=date.fromisoformat(TODAY))
    ex = next(e for c in pack["checks"] for e in c["examples"] if c["code"] == "TL004")
    assert ex["context"] == [] and ex["nothing_to_quote"] == NOTHING_TO_QUOTE
    assert any(r[5] == NOTHING_TO_QUOTE for r in pack["rows"])


def test_unread_schools_are_not_one_school():
    from pepqa.render.moderation import _school_labels

    class R:
        def __init__(self, name):
            self.pep = type("P", (), {"school": type("S", (), {"name": name})()})()

    labels = _school_labels([R(None), R(""), R("Oak Primary")])
    assert labels[""] == "school not read" and labels["oak primary"] == "School A"


def test_calibrate_unfilled_sheet_and_small_n(pack, tmp_path):
    from pepqa.render.moderation import calibration_table

    out, _ = pack
    rep = calibrate(out / "decisions.xlsx")
    text = calibration_table(rep)
    assert text.startswith("No decisions yet") and "-" not in text.split(":")[0]
    wb = load_workbook(out / "decisions.xlsx")
    ws = wb["Decisions"]
    head = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2))
    rows[0][head.index("Moderator decision")].value = "agree"
    rows[1][head.index("Moderator decision")].value = "unsure"
    wb.save(tmp_path / "one.xlsx")
    rep = calibrate(tmp_path / "one.xlsx")
    assert rep["total"]["decided"] == 1 and rep["total"]["unsure"] == 1
    lo, hi = rep["total"]["ci95"]
    assert hi == 1.0 and lo < 0.25  # one agreement out of one says little
    text = calibration_table(rep)
    assert "95% CI" in text and "rough guide" in text
