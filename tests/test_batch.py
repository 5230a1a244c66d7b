"""Batch: workbook contents, CSV, JSONL, resumption, isolation of broken files and exit codes."""
import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from pepqa.checks.baseline import BASELINE, apply_patch
from pepqa.cli import main

TODAY = "2025-10-20"


def _pep(folder: Path, name: str, patch=None):
    data = apply_patch(BASELINE, patch or {})
    p = folder / name
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


@pytest.fixture
def inbox(tmp_path):
    d = tmp_path / "inbox"
    (d / "sub").mkdir(parents=True)
    _pep(d, "good.json")
    _pep(d / "sub", "novoice.json", {"pupil_voice.text": "No pupil views shared", "child.name": "Jayden Clarke",
                                      "school.name": "Hill Top Primary"})
    (d / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> garbage")
    (d / "empty.docx").write_bytes(b"")
    (d / "notes.txt").write_text("ignored: not a PEP extension")
    return d


def run(args):
    return CliRunner().invoke(main, ["batch", *args, "--today", TODAY, "--workers", "2", "--no-progress"])


def test_batch_outputs(inbox, tmp_path):
    out = tmp_path / "out"
    r = run([str(inbox), "--out", str(out)])
    assert r.exit_code == 1, r.output  # must-fix findings and unreadable files
    assert "4 files: 2 read in full, 0 partly read, 2 unreadable, 1 other path skipped" in r.output
    wb = load_workbook(out / "summary.xlsx")
    ws = wb["Summary"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, [c.value for c in row])) for row in ws.iter_rows(min_row=2)]
    assert len(rows) == 5  # the four PEP files and notes.txt, listed with why it was not checked
    by_file = {Path(r["File"]).name: r for r in rows}
    assert by_file["notes.txt"]["Grade"] == "skipped" and "not a PEP export" in by_file["notes.txt"]["Could not read"]
    assert by_file["good.json"]["Year"] in ("Reception", "Nursery") or by_file["good.json"]["Year"].startswith("Year ")
    assert by_file["good.json"]["Grade"] == "Green"
    assert by_file["good.json"]["PP+ decision"] == "release"
    assert by_file["novoice.json"]["Grade"] == "Red"
    assert by_file["novoice.json"]["Must-fix"] >= 1
    assert by_file["novoice.json"]["Child"] == "Jayden Clarke"
    assert by_file["empty.docx"]["Grade"] == "unreadable" and "empty" in by_file["empty.docx"]["Could not read"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert ws.cell(row=2, column=header.index("Grade") + 1).fill.fgColor.rgb.endswith(("B7E1CD", "F4C7C3", "D9D9D9"))
    assert wb.sheetnames == ["Summary", "Checks", "Schools"]  # one sheet of schools, not a tab per school
    schools = {row[0].value: row[1].value for row in wb["Schools"].iter_rows(min_row=2)}
    assert schools.get("Hill Top Primary") == 1 and "Riverside Academy" in schools
    checks = {row[0].value: row[3].value for row in wb["Checks"].iter_rows(min_row=2)}
    assert checks, "per-check sheet lists the checks that fired"
    with open(out / "summary.csv", newline="") as f:
        csv_rows = list(csv.DictReader(f))
    assert [Path(r["File"]).name for r in csv_rows] == [Path(r["File"]).name for r in rows]
    lines = [json.loads(x) for x in (out / "findings.jsonl").read_text().splitlines()]
    assert any(x.get("code", "").startswith("PV") for x in lines)
    assert sum(1 for x in lines if x["code"] == "READ") == 2
    settings = json.loads((out / "run.json").read_text())
    assert settings["pepqa_version"] and settings["policy"]["pp_plus"]["termly_amount"] == 600.0


def test_batch_is_deterministic_and_resumes(inbox, tmp_path):
    out = tmp_path / "out"
    run([str(inbox), "--out", str(out)])
    first = (out / "summary.csv").read_text(), (out / "findings.jsonl").read_text()
    r = run([str(inbox), "--out", str(out)])
    assert "4 unchanged since last run" in r.output
    assert ((out / "summary.csv").read_text(), (out / "findings.jsonl").read_text()) == first
    r = run([str(inbox), "--out", str(out), "--force"])
    assert "0 unchanged" in r.output
    assert ((out / "summary.csv").read_text(), (out / "findings.jsonl").read_text()) == first
    # A changed file is re-checked, the others are not.
    _pep(inbox, "good.json", {"attendance_percent": 96.0})
    r = run([str(inbox), "--out", str(out)])
    assert "3 unchanged" in r.output


def test_anonymise(inbox, tmp_path):
    out = tmp_path / "out"
    run([str(inbox), "--out", str(out), "--anonymise"])
    everything = "".join((out / f).read_text() for f in ("summary.csv", "findings.jsonl"))
    for name in ("Jayden", "Clarke", "Maya", "Thompson", "Helen Price", "Sam Okafor"):
        assert name not in everything, name
    assert "J.C." in everything and "M.T." in everything
    ids1 = sorted(r["Child ID"] for r in csv.DictReader(open(out / "summary.csv")) if r["Child ID"])
    run([str(inbox), "--out", str(out), "--anonymise", "--force"])
    ids2 = sorted(r["Child ID"] for r in csv.DictReader(open(out / "summary.csv")) if r["Child ID"])
    assert ids1 == ids2 and all(i.startswith("C-") for i in ids1)


def test_exit_codes(tmp_path):
    good = tmp_path / "g"
    good.mkdir()
    _pep(good, "good.json")
    assert run([str(good), "--out", str(tmp_path / "o1")]).exit_code == 0
    bad = tmp_path / "b"
    bad.mkdir()
    (bad / "x.pdf").write_bytes(b"not a pdf")
    assert run([str(bad), "--out", str(tmp_path / "o2")]).exit_code == 2  # nothing readable
    assert run([str(tmp_path / "nothing-here"), "--out", str(tmp_path / "o3")]).exit_code == 2  # usage
    assert run([str(good), "--out", str(tmp_path / "o4"), "--fail-on", "advice"]).exit_code in (0, 1)


def test_globs_and_lists(inbox, tmp_path):
    r = run([str(inbox / "*.json"), str(inbox / "sub" / "novoice.json"), "--out", str(tmp_path / "o")])
    assert "2 files" in r.output


def test_progress_has_no_names(inbox, tmp_path):
    r = CliRunner().invoke(main, ["batch", str(inbox), "--out", str(tmp_path / "o"), "--today", TODAY, "--progress"])
    assert "files/s" in r.output or "/s" in r.output
    assert "Jayden" not in r.output and "No pupil views" not in r.output
    assert "empty.docx" not in r.output  # file names only with --verbose


def test_killed_batch_leaves_complete_outputs_and_resumes(tmp_path):
    inbox = tmp_path / "many"
    inbox.mkdir()
    for i in range(60):
        _pep(inbox, f"p{i:03}.json", {"child.identifier": f"VS-{i}"})
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pepqa.cli", "batch", str(inbox), "--out", str(out), "--today", TODAY, "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    cache = out / ".pepqa-cache"
    deadline = time.time() + 60
    while time.time() < deadline and len(list(cache.glob("*.json"))) < 5:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(list(cache.glob("*.json")))
    for f in cache.glob("*.json"):
        json.loads(f.read_text())  # every cached record is complete (a kill mid-write leaves only a temp .part file)
    assert not (out / "summary.csv").exists() or (out / "summary.csv").read_text().count("\n") == 61
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert not list(out.rglob("*.part")), "the next run clears temp files of the killed one"
    assert f"{done_before} unchanged since last run" in r.stdout or done_before == 60, r.stdout + r.stderr
    assert "60 files: 60 read in full" in r.stdout
