"""The history store through batch, check and the history/trends commands: recording, cache validity,
kills, two batches at once, a busy store, and what the officer sees."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from pepqa.checks.baseline import BASELINE, PREVIOUS, apply_patch
from pepqa.cli import main
from pepqa.history.store import Store

TODAY = "2025-10-20"
COPIED = {"pupil_voice.text": PREVIOUS["pupil_voice"]["text"]}


def _pep(folder: Path, name: str, data: dict, patch=None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(json.dumps(apply_patch(data, patch or {})), encoding="utf-8")
    return p


def batch(*args, store: Path):
    return CliRunner().invoke(main, ["batch", *map(str, args), "--history", str(store), "--today", TODAY,
                                     "--workers", "2", "--no-progress", "--fail-on", "never"])


def _codes(out: Path) -> dict[str, set]:
    got: dict[str, set] = {}
    for line in (out / "findings.jsonl").read_text().splitlines():
        x = json.loads(line)
        got.setdefault(Path(x["file"]).name, set()).add(x["code"])
    return got


def test_batch_records_compares_and_shows_history(tmp_path):
    store = tmp_path / "h.sqlite"
    _pep(tmp_path / "t1", "maya.json", PREVIOUS)
    _pep(tmp_path / "t1", "noid.json", PREVIOUS, {"child.identifier": None, "child.name": "Nameless Child"})
    r = batch(tmp_path / "t1", "--out", tmp_path / "o1", store=store)
    assert r.exit_code == 0, r.output
    assert "history: 1 PEP recorded" in r.output and "not recorded: 1 no child ID" in r.output
    run = json.loads((tmp_path / "o1" / "run.json").read_text())
    assert run["history"] == {"store": str(store), "recorded": 1, "not_recorded": {"no child ID": 1}}
    _pep(tmp_path / "t2", "maya-autumn.json", BASELINE, COPIED)
    r = batch(tmp_path / "t2", "--out", tmp_path / "o2", store=store)
    assert r.exit_code == 0, r.output
    assert "HS001" in _codes(tmp_path / "o2")["maya-autumn.json"]
    wb = load_workbook(tmp_path / "o2" / "summary.xlsx")
    assert wb.sheetnames[:3] == ["Summary", "Checks", "Trends"]
    trend = [[c.value for c in row] for row in wb["Trends"].iter_rows()]
    assert trend[0][:3] == ["Term", "PEPs", "Green"]
    assert [row[0] for row in trend[1:]] == ["summer 2024-25", "autumn 2025-26"]
    h = CliRunner().invoke(main, ["history", "VS-100001", "--history", str(store)])
    assert h.exit_code == 0, h.output
    assert h.output.index("summer 2024-25") < h.output.index("autumn 2025-26")
    assert "To know the 6, 7 and 8 times tables" in h.output and "£300 requested, £300 released" in h.output
    from pepqa.model import CONTENT_PARTS

    n = len(CONTENT_PARTS)
    assert "HS001" in h.output and f"read {n} of {n} parts" in h.output
    t = CliRunner().invoke(main, ["trends", "--out", str(tmp_path / "trends.xlsx"), "--history", str(store)])
    assert t.exit_code == 0 and "Terms, Findings, Schools" in t.output, t.output
    tw = load_workbook(tmp_path / "trends.xlsx")
    assert tw.sheetnames == ["Terms", "Findings", "Schools"]
    findings = {row[0].value: [c.value for c in row[1:]] for row in tw["Findings"].iter_rows(min_row=2)}
    assert findings["HS001"] == [0, 1, 1]
    schools = [[c.value for c in row] for row in tw["Schools"].iter_rows(min_row=2)]
    assert [(s[0], s[1], s[2]) for s in schools] == [("Riverside Academy", "summer 2024-25", 1),
                                                     ("Riverside Academy", "autumn 2025-26", 1)]


def test_cached_result_is_redone_when_the_previous_pep_changes(tmp_path):
    store = tmp_path / "h.sqlite"
    _pep(tmp_path / "t2", "maya-autumn.json", BASELINE, COPIED)
    batch(tmp_path / "t2", "--out", tmp_path / "o2", store=store)
    assert not {c for c in _codes(tmp_path / "o2").get("maya-autumn.json", set()) if c.startswith("HS")}
    again = batch(tmp_path / "t2", "--out", tmp_path / "o2", store=store)
    assert "1 unchanged since last run" in again.output  # nothing changed: the cache is used
    _pep(tmp_path / "t1", "maya.json", PREVIOUS)
    batch(tmp_path / "t1", "--out", tmp_path / "o1", store=store)
    r = batch(tmp_path / "t2", "--out", tmp_path / "o2", store=store)
    assert "0 unchanged since last run" in r.output, r.output
    assert "HS001" in _codes(tmp_path / "o2")["maya-autumn.json"]
    CliRunner().invoke(main, ["history", "VS-100001", "--forget", "--history", str(store)])
    r = batch(tmp_path / "t2", "--out", tmp_path / "o2", store=store)
    assert "0 unchanged since last run" in r.output and "HS001" not in _codes(tmp_path / "o2")["maya-autumn.json"]


def test_both_terms_in_one_batch(tmp_path):
    """A backlog: last term's PEP is in the same inbox (and sorts after this term's); the result is the same."""
    store = tmp_path / "h.sqlite"
    _pep(tmp_path / "in", "a-autumn.json", BASELINE, COPIED)
    _pep(tmp_path / "in", "b-summer.json", PREVIOUS)
    r = batch(tmp_path / "in", "--out", tmp_path / "o", store=store)
    assert r.exit_code == 0, r.output
    assert "HS001" in _codes(tmp_path / "o")["a-autumn.json"]


def test_resubmission_supersedes_and_forget(tmp_path):
    store = tmp_path / "h.sqlite"
    _pep(tmp_path / "in", "maya.json", BASELINE)
    batch(tmp_path / "in", "--out", tmp_path / "o", store=store)
    r = batch(tmp_path / "in", "--out", tmp_path / "o", "--force", store=store)
    with Store(store) as st:
        assert len(st.child("VS-100001", include_superseded=True)) == 1, "re-running does not duplicate"
    _pep(tmp_path / "in", "maya.json", BASELINE, {"completed_date": "2025-10-16", "pupil_voice.text":
                                                   "I asked for more time in maths and now I get it."})
    batch(tmp_path / "in", "--out", tmp_path / "o", store=store)
    h = CliRunner().invoke(main, ["history", "VS-100001", "--history", str(store)])
    assert "1 superseded version kept" in h.output, h.output
    f = CliRunner().invoke(main, ["history", "VS-100001", "--forget", "--history", str(store)])
    assert "deleted 2 records of VS-100001" in f.output, f.output
    h = CliRunner().invoke(main, ["history", "VS-100001", "--history", str(store)])
    assert "No PEPs recorded for VS-100001" in h.output
    assert r.exit_code == 0


def test_killed_batch_leaves_the_store_consistent(tmp_path):
    inbox = tmp_path / "many"
    for i in range(60):
        _pep(inbox, f"p{i:03}.json", BASELINE, {"child.identifier": f"VS-{i}"})
    store, out = tmp_path / "h.sqlite", tmp_path / "out"
    cmd = [sys.executable, "-m", "pepqa.cli", "batch", str(inbox), "--out", str(out), "--today", TODAY,
           "--workers", "2", "--history", str(store)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.time() + 90

    def recorded() -> int:
        try:
            c = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5)
            try:
                return c.execute("SELECT COUNT(*) FROM peps").fetchone()[0]
            finally:
                c.close()
        except sqlite3.Error:
            return 0

    while time.time() < deadline and recorded() < 5:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(store) as st:
        assert st.check_integrity() == []
        before = len(list(st.current()))
    assert 5 <= before < 60, before
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert "60 files: 60 read in full" in r.stdout and "history: 60 PEPs recorded" in r.stdout, r.stdout + r.stderr
    subprocess.run(cmd + ["--force"], capture_output=True, text=True, timeout=300)
    with Store(store) as st:
        assert st.check_integrity() == []
        rows = st._q("SELECT child_id, COUNT(*) n FROM peps GROUP BY child_id")
        assert len(rows) == 60 and all(r["n"] == 1 for r in rows), "re-runs do not duplicate"


def test_two_batches_at_once(tmp_path):
    inbox = tmp_path / "in"
    for i in range(24):
        _pep(inbox, f"p{i:03}.json", BASELINE, {"child.identifier": f"VS-{i % 12}",
                                                "completed_date": f"2025-10-{10 + i // 12:02d}"})
    store = tmp_path / "h.sqlite"
    cmds = [[sys.executable, "-m", "pepqa.cli", "batch", str(inbox), "--out", str(tmp_path / f"o{k}"), "--today",
             TODAY, "--workers", "1", "--history", str(store), "--fail-on", "never"] for k in (1, 2)]
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in cmds]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (so, se) in zip(procs, outs):
        assert p.returncode == 0, so + se
        assert "Traceback" not in se and "busy" not in so + se
        assert "history: 24 PEPs recorded" in so, so
    with Store(store) as st:
        assert st.check_integrity() == []
        assert len(list(st.current())) == 12
        assert len(st._q("SELECT id FROM peps")) == 24  # each child: the later version current, the earlier kept


def test_busy_store_is_one_clear_line(tmp_path):
    store = tmp_path / "h.sqlite"
    Store(store).close()
    (tmp_path / "pepqa.toml").write_text('[history]\nstore = "h.sqlite"\nbusy_timeout_seconds = 0.2\n')
    pep = _pep(tmp_path / "in", "maya.json", BASELINE)
    lock = sqlite3.connect(store, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        for args in (["batch", str(tmp_path / "in"), "--out", str(tmp_path / "o")], ["check", str(pep), "--record"]):
            r = subprocess.run([sys.executable, "-m", "pepqa.cli", *args, "--policy", str(tmp_path / "pepqa.toml"),
                                "--today", TODAY], capture_output=True, text=True, timeout=120)
            assert r.returncode == 0, r.stdout + r.stderr  # the reports are written; the store is left alone
            lines = r.stderr.strip().splitlines()
            assert len(lines) == 1 and "busy" in lines[0] and str(store) in lines[0], r.stderr
            assert "Traceback" not in r.stderr
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    with Store(store) as st:
        assert list(st.current()) == []
    r = subprocess.run([sys.executable, "-m", "pepqa.cli", "batch", str(tmp_path / "in"), "--out", str(tmp_path / "o"),
                        "--policy", str(tmp_path / "pepqa.toml"), "--today", TODAY], capture_output=True, text=True,
                       timeout=120)
    assert "0 unchanged since last run" in r.stdout and "history: 1 PEP recorded" in r.stdout, r.stdout + r.stderr


def test_store_that_cannot_be_opened_is_one_line(tmp_path):
    bad = tmp_path / "h.sqlite"
    bad.write_bytes(b"not a database" * 500)
    pep = _pep(tmp_path / "in", "maya.json", BASELINE)
    for args in (["batch", str(tmp_path / "in"), "--out", str(tmp_path / "o")], ["check", str(pep)],
                 ["history", "VS-1"]):
        r = subprocess.run([sys.executable, "-m", "pepqa.cli", *args, "--history", str(bad)], capture_output=True,
                           text=True, timeout=120)
        assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
        assert r.stderr.strip().count("\n") == 0 and "not a pepqa history store" in r.stderr, r.stderr


def test_store_lives_beside_the_policy_file(tmp_path, monkeypatch):
    from pepqa.history.hook import store_path
    from pepqa.policy import load_policy

    (tmp_path / "vs").mkdir()
    (tmp_path / "vs" / "pepqa.toml").write_text('[authority]\nname = "Example VS"\n')
    assert store_path(load_policy(tmp_path / "vs" / "pepqa.toml")) == (tmp_path / "vs" / "pepqa-history.sqlite").resolve()
    monkeypatch.chdir(tmp_path)
    assert store_path(load_policy(None)) is None, "no policy file: no store created in the current folder"
    (tmp_path / "off.toml").write_text('[history]\nstore = ""\n')
    assert store_path(load_policy(tmp_path / "off.toml")) is None
    pep = _pep(tmp_path / "in", "maya.json", PREVIOUS)
    r = CliRunner().invoke(main, ["check", str(pep), "--record", "--policy", str(tmp_path / "vs" / "pepqa.toml"),
                                  "--today", TODAY])
    assert r.exit_code in (0, 1), r.output
    assert (tmp_path / "vs" / "pepqa-history.sqlite").is_file()
    r = CliRunner().invoke(main, ["check", str(_pep(tmp_path / "in", "now.json", BASELINE, COPIED)), "--policy",
                                  str(tmp_path / "vs" / "pepqa.toml"), "--today", TODAY, "--format", "json"])
    assert "HS001" in r.output, "check compares with the store even without --record"
    with Store(tmp_path / "vs" / "pepqa-history.sqlite") as st:
        assert len(list(st.current())) == 1, "without --record, check does not write"


def test_anonymised_outputs_stay_anonymised(tmp_path):
    store = tmp_path / "h.sqlite"
    _pep(tmp_path / "t1", "maya.json", PREVIOUS)
    batch(tmp_path / "t1", "--out", tmp_path / "o1", store=store)
    _pep(tmp_path / "t2", "maya.json", BASELINE, {**COPIED, "previous_targets[0].text": "To swim 25 metres."})
    r = batch(tmp_path / "t2", "--out", tmp_path / "o2", "--anonymise", store=store)
    assert r.exit_code == 0, r.output
    codes = _codes(tmp_path / "o2")
    assert list(codes) != ["maya.json"] and len(codes) == 1, "anonymised: files by pseudonymous id, not by name"
    assert {"HS001", "HS004"} <= next(iter(codes.values()))
    text = (tmp_path / "o2" / "findings.jsonl").read_text() + (tmp_path / "o2" / "summary.csv").read_text()
    wb = load_workbook(tmp_path / "o2" / "summary.xlsx")
    text += " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    for name in ("Maya", "maya", "Thompson", "Okafor", "Helen Price", "Khan", "VS-100001"):
        assert name not in text, name


def test_prune_and_check_commands(tmp_path):
    store = tmp_path / "h.sqlite"
    _pep(tmp_path / "in", "summer.json", PREVIOUS)
    _pep(tmp_path / "in", "autumn.json", BASELINE)
    batch(tmp_path / "in", "--out", tmp_path / "o", store=store)
    policy = tmp_path / "keep1.toml"
    policy.write_text("[history]\nretention_terms = 1\n")
    c = CliRunner().invoke(main, ["history", "--check", "--history", str(store)])
    assert c.exit_code == 0 and "consistent" in c.output, c.output
    r = CliRunner().invoke(main, ["history", "--prune", "--history", str(store), "--policy", str(policy)])
    assert "deleted 1 record more than 1 terms old" in r.output, r.output
    h = CliRunner().invoke(main, ["history", "VS-100001", "--history", str(store)])
    assert "summer 2024-25" not in h.output and "autumn 2025-26" in h.output
    u = CliRunner().invoke(main, ["history", "--history", str(tmp_path / "none.sqlite")])
    assert u.exit_code == 2 and "no history store there yet" in u.output
