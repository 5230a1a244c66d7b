"""Issue 12's fault probe as a script: runs pepqa (as a person would, a subprocess per case) over the fault
corpus (tests/faults.py) and the output-folder faults, and counts what went wrong.

    .venv/bin/python scripts/fault_probe.py        # prints the figures; exit 1 if any is not 0

Figures: tracebacks, hangs, runs that lost results (no reports), silently omitted paths, injections (a live
formula or a row split in a sheet), leaks (a child's name, a file name or an escape sequence on the terminal
without --verbose). Needs root for the tmpfs cases (skipped otherwise).
"""
from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from faults import CHILD, build_paths, build_values  # noqa: E402
from pepqa.safe import shown  # noqa: E402

PEPQA = [sys.executable, "-m", "pepqa.cli"]
TODAY = "2025-10-20"
counts = {"cases": 0, "tracebacks": 0, "hangs": 0, "lost runs": 0, "omitted paths": 0, "injections": 0, "leaks": 0}


def run(args, timeout=300, expect=None):
    counts["cases"] += 1
    try:
        r = subprocess.run(PEPQA + args, capture_output=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        counts["hangs"] += 1
        return None
    out = (r.stdout + r.stderr).decode("utf-8", "replace")
    if "Traceback" in out:
        counts["tracebacks"] += 1
    if expect is not None and r.returncode != expect:
        print(f"  exit {r.returncode} (expected {expect}): {' '.join(args[:2])}: {out.strip()[-200:]}")
    return r.returncode, out, r.stderr


def leaks(text: str, names) -> bool:
    return CHILD in text or "\x1b" in text or "\x07" in text or any(n in text for n in names)


def injected(folder: Path) -> int:
    from openpyxl import load_workbook

    n = 0
    text = (folder / "summary.csv").read_text(encoding="utf-8", errors="replace")
    n += text.count("\r") + sum(1 for line in text.split("\n") if line.startswith(("=", "+", "@")))
    for x in folder.glob("*.xlsx"):
        for ws in load_workbook(x).worksheets:
            n += sum(1 for row in ws.iter_rows() for c in row if c.data_type == "f")
    return n


def main() -> int:
    base = Path(tempfile.mkdtemp(prefix="pepqa-probe-"))
    vals = build_values(base / "values")
    paths = build_paths(base / "tree")
    out = base / "out"
    got = run(["batch", str(base / "values"), str(base / "tree"), "--out", str(out), "--today", TODAY,
               "--no-progress"], expect=1)
    if got:
        _, text, err = got
        if not (out / "summary.csv").is_file():
            counts["lost runs"] += 1
        else:
            rows = list(csv.DictReader(open(out / "summary.csv", encoding="utf-8")))
            counts["omitted paths"] += max(0, len(vals) + 2 + len(paths) - len(rows))
            counts["injections"] += injected(out)
        counts["leaks"] += leaks(text, vals)
    for name in vals:  # each file through check, one by one
        f = next(p for p in (base / "values").iterdir() if shown(p.name) == name)
        got = run(["check", str(f), "--format", "json", "--today", TODAY])
        if got:
            code, text, err = got
            counts["leaks"] += CHILD in err.decode("utf-8", "replace")
            if code == 2 and "internal error" in text:
                counts["tracebacks"] += 1  # an internal error is a crash by another name
    afile = base / "afile"
    afile.write_text("x")
    pep = next((base / "tree" / "a").glob("pep.json"))
    for cmd in (["batch", str(pep), "--no-progress"], ["letters", str(pep)], ["render", str(pep)],
                ["moderate", str(pep)]):
        got = run(cmd + ["--out", str(afile / "sub")], expect=3)
        if got and got[0] != 3:
            counts["lost runs"] += 1
    if os.geteuid() == 0:
        ro = base / "ro"
        ro.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(ro)]).returncode == 0:
            subprocess.run(["mount", "-o", "remount,ro", str(ro)])
            for cmd in (["batch", str(pep), "--no-progress"], ["letters", str(pep)], ["render", str(pep)],
                        ["moderate", str(pep)]):
                got = run(cmd + ["--out", str(ro)], expect=3)
                if got and got[0] != 3:
                    counts["lost runs"] += 1
            subprocess.run(["umount", "-l", str(ro)])
    print(f"probe over {counts['cases']} runs ({len(vals)} hostile files, {len(paths)} odd paths, output faults):")
    for k, v in counts.items():
        if k != "cases":
            print(f"  {k}: {v}")
    return 1 if any(v for k, v in counts.items() if k != "cases") else 0


if __name__ == "__main__":
    sys.exit(main())
