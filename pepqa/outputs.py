"""Batch outputs a QA officer can sort, filter and act on: summary.xlsx, summary.csv, findings.jsonl, run.json.

All are written atomically and deterministically (rows in input order, sheets in name order);
only run.json carries the run time.
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .atomic import write_text, write_with

GRADE_FILL = {
    "Red": "F4C7C3", "Amber": "FCE8B2", "Green": "B7E1CD",
    "review again": "F4C7C3", "approved": "B7E1CD", "unreadable": "D9D9D9", "needs reading by hand": "D9D9D9",
}
COLUMNS = [
    ("file", "File", 38), ("child", "Child", 16), ("child_id", "Child ID", 14), ("school", "School", 26),
    ("year_group", "Year", 6), ("phase", "Phase", 11), ("grade", "Grade", 12), ("pp_decision", "PP+ decision", 12),
    ("pp_requested", "PP+ requested (£)", 12), ("pp_allowed", "PP+ allowed (£)", 12), ("must", "Must-fix", 9),
    ("should", "Should-fix", 10), ("advice", "Advice", 8), ("read", "Parts read", 10), ("not_read", "Not read", 30),
    ("top", "Top findings", 60), ("error", "Could not read", 40),
]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text(value: Any) -> Any:
    """PEP text that a spreadsheet would run as a formula ('=HYPERLINK(...)') is kept as text with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def row_values(rec: dict[str, Any], base: Path | None) -> dict[str, Any]:
    return {k: as_text(v) for k, v in _row_values(rec, base).items()}


def _row_values(rec: dict[str, Any], base: Path | None) -> dict[str, Any]:
    f = rec["file"]
    if base is not None:
        try:
            f = str(Path(f).resolve().relative_to(base.resolve()))
        except ValueError:
            pass
    child = rec.get("child_initials") if "child_initials" in rec else rec.get("child_name")
    if not rec["ok"]:
        return {"file": f, "grade": "unreadable", "error": rec["error"]}
    c = rec["counts"]
    top = "; ".join(f"{x['code']} {x['message'][:80]}" for x in rec["findings"][:3])
    cov = rec.get("coverage") or {}
    return {
        "file": f, "child": child, "child_id": rec.get("child_id"), "school": rec.get("school"),
        "year_group": rec.get("year_group"), "phase": (rec.get("phase") or "").replace("_", " ") or None,
        "grade": rec["grade"], "pp_decision": rec["pp_decision"], "pp_requested": rec.get("pp_requested"),
        "pp_allowed": rec.get("pp_allowed"), "must": c["must-fix"], "should": c["should-fix"], "advice": c["advice"],
        "read": f"{cov['read']}/{cov['expected']}" if cov else None,
        "not_read": ", ".join(k.replace("_", " ") for k in cov.get("not_read", [])) or None,
        "top": top, "error": None,
    }


def write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([title for _, title, _ in COLUMNS])
    for r in rows:
        w.writerow(["" if r.get(k) is None else r.get(k) for k, _, _ in COLUMNS])
    write_text(path, buf.getvalue())


def write_findings_jsonl(path: Path, records: list[dict[str, Any]], rows: list[dict[str, Any]]) -> None:
    def lines():
        for rec, row in zip(records, rows):
            if not rec["ok"]:
                yield json.dumps({"file": row["file"], "code": "READ", "severity": "must-fix",
                                  "message": f"could not read: {rec['error']}"}, ensure_ascii=False) + "\n"
                continue
            for f in rec["findings"]:
                yield json.dumps({"file": row["file"], "child_id": rec.get("child_id"), **f}, ensure_ascii=False,
                                 sort_keys=True) + "\n"

    def write(tmp: Path) -> None:  # streamed: a big batch's findings never sit in memory as one string
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(lines())

    write_with(path, write)


def _sheet(ws, rows: list[dict[str, Any]], columns=COLUMNS) -> None:
    """Fill a write-only sheet: widths, frozen header and filter are set before the rows stream out
    (a 10,000-row batch would otherwise hold every cell in memory, and ``ws.max_row`` is a scan per call)."""
    for i, (_, _, width) in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    header = []
    for _, title, _ in columns:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE4EE")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        header.append(cell)
    ws.append(header)
    grade_col = next((i for i, (k, _, _) in enumerate(columns) if k == "grade"), None)
    fills: dict[str, PatternFill] = {}
    for r in rows:
        values: list[Any] = [r.get(k) for k, _, _ in columns]
        fill = GRADE_FILL.get(str(r.get("grade"))) if grade_col is not None else None
        if fill:
            cell = WriteOnlyCell(ws, value=values[grade_col])
            cell.fill = fills.setdefault(fill, PatternFill("solid", fgColor=fill))
            values[grade_col] = cell
        ws.append(values)


def _safe_title(name: str, used: set[str]) -> str:
    bad = '[]:*?/\\'
    t = "".join("_" if ch in bad else ch for ch in name).strip("'") or "School"
    t = t[:28]
    base, n = t, 2
    while t.lower() in used:
        t = f"{base[:25]}~{n}"
        n += 1
    used.add(t.lower())
    return t


def write_xlsx(path: Path, records: list[dict[str, Any]], rows: list[dict[str, Any]], extra_sheets=()) -> None:
    """``extra_sheets``: (title, columns, rows) placed after Checks, e.g. the history store's Trends."""
    wb = Workbook(write_only=True)
    _sheet(wb.create_sheet("Summary"), rows)
    # How often each check fired.
    fired: Counter = Counter()
    peps_with: dict[str, set] = defaultdict(set)
    meta: dict[str, tuple[str, str]] = {}
    for rec, row in zip(records, rows):
        for f in rec.get("findings") or []:
            fired[f["code"]] += 1
            peps_with[f["code"]].add(row["file"])
            meta[f["code"]] = (f["name"], f["severity"])
    checks_cols = [("code", "Check", 8), ("name", "Name", 34), ("severity", "Severity", 11),
                   ("findings", "Findings", 10), ("peps", "PEPs affected", 13), ("share", "Share of PEPs read", 12)]
    read = sum(1 for r in records if r["ok"]) or 1
    check_rows = [{"code": c, "name": meta[c][0], "severity": meta[c][1], "findings": fired[c],
                   "peps": len(peps_with[c]), "share": round(len(peps_with[c]) / read, 3)}
                  for c in sorted(fired)]
    _sheet(wb.create_sheet("Checks"), check_rows, checks_cols)
    used = {"summary", "checks"}
    for title, cols, extra in extra_sheets:
        _sheet(wb.create_sheet(_safe_title(title, used)), extra, cols)
    by_school: dict[str, list] = defaultdict(list)
    for r in rows:
        by_school[r.get("school") or "(school unknown)"].append(r)
    for school in sorted(by_school):
        _sheet(wb.create_sheet(_safe_title(school, used)), by_school[school])
    wb.properties.creator = "pepqa"
    write_with(path, lambda tmp: wb.save(tmp))


def write_outputs(out_dir: Path, records: list[dict[str, Any]], settings: dict[str, Any], base: Path | None,
                  extra_sheets=()) -> None:
    rows = [row_values(r, base) for r in records]
    write_xlsx(out_dir / "summary.xlsx", records, rows, extra_sheets)
    write_csv(out_dir / "summary.csv", rows)
    write_findings_jsonl(out_dir / "findings.jsonl", records, rows)
    write_unread_labels(out_dir / "unread-labels.csv", records, rows)
    settings = {**settings, "coverage": coverage_summary(records, rows)}
    write_text(out_dir / "run.json", json.dumps(settings, indent=2, ensure_ascii=False, default=str))


def unread_labels(records, rows) -> list[tuple[str, int, str, str]]:
    """Labels the reader found with a value but could not place, across the run: (label as written, how many
    times, the field it most resembles, an example file), most frequent first. The officer can add a label to
    the authority's labels file (under the field, in [fields]) once satisfied it means that field; nothing
    is applied automatically."""
    from .labels import normalise

    seen: dict[str, list] = {}
    for rec, row in zip(records, rows):
        if not rec.get("ok"):
            continue
        for label, near in rec.get("unread_labels") or []:
            key = normalise(label)
            if not key:
                continue
            got = seen.setdefault(key, [label, 0, near, row["file"]])
            got[1] += 1
            got[2] = got[2] or near
    return sorted((tuple(v) for v in seen.values()), key=lambda v: (-v[1], v[0].lower()))


def write_unread_labels(path: Path, records, rows) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["label", "times", "nearest field", "example file"])
    for label, n, near, example in unread_labels(records, rows):
        w.writerow([as_text(label.replace("\n", " ")), n, near or "", as_text(example or "")])
    write_text(path, buf.getvalue())


def coverage_summary(records, rows) -> dict[str, Any]:
    """How much of each file was read, and the run's counts of files read in full / partly read / unreadable."""
    files = []
    counts = {"read_in_full": 0, "partly_read": 0, "unreadable": 0}
    for rec, row in zip(records, rows):
        if not rec["ok"]:
            counts["unreadable"] += 1
            files.append({"file": row["file"], "status": "unreadable"})
            continue
        cov = rec.get("coverage") or {}
        counts["partly_read" if cov.get("status") == "partial" else "read_in_full"] += 1
        files.append({"file": row["file"], "status": cov.get("status"), "parts_read": cov.get("read"),
                      "parts_expected": cov.get("expected"), "not_read": cov.get("not_read", [])})
    return {**counts, "files": files}
