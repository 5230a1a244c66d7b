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
from .safe import cell, shown

GRADE_FILL = {
    "Red": "F4C7C3", "Amber": "FCE8B2", "Green": "B7E1CD",
    "review again": "F4C7C3", "approved": "B7E1CD", "unreadable": "D9D9D9", "needs reading by hand": "D9D9D9",
    "skipped": "EDEDED",
}
COLUMNS = [
    ("file", "File", 38), ("child", "Child", 16), ("child_id", "Child ID", 14), ("school", "School", 26),
    ("year_group", "Year", 10), ("phase", "Phase", 11), ("term", "Term", 8), ("meeting_date", "Meeting date", 12),
    ("completed_date", "Completed", 12), ("designated_teacher", "Designated teacher", 20),
    ("grade", "Grade", 12), ("pp_decision", "PP+ decision", 12),
    ("pp_requested", "PP+ requested (£)", 12), ("pp_allowed", "PP+ allowed (£)", 12),
    ("pp_blocked_by", "What blocks PP+", 40), ("must", "Must-fix", 9),
    ("should", "Should-fix", 10), ("advice", "Advice", 8), ("read", "Parts read", 10), ("not_read", "Not read", 30),
    ("top", "Top findings", 60), ("error", "Could not read", 40),
]
TOP_FINDINGS, TOP_CHARS = 3, 90


def as_text(value: Any) -> Any:
    """Kept for callers of the old name: see :func:`pepqa.safe.cell`."""
    return cell(value)


def year_label(year_group: Any) -> Any:
    """-1 -> 'Nursery', 0 -> 'Reception', 3 -> 'Year 3' (what officers call them)."""
    if not isinstance(year_group, int) or isinstance(year_group, bool):
        return year_group
    return "Nursery" if year_group < 0 else "Reception" if year_group == 0 else f"Year {year_group}"


def cut(text: str, limit: int) -> str:
    """``text`` whole if it fits, else cut at a word with an ellipsis (never mid-word)."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if " " in head[limit // 2:]:
        head = head[: head.rindex(" ")]
    return head.rstrip(" ,;:.") + "…"


def row_values(rec: dict[str, Any], base: Path | None) -> dict[str, Any]:
    """One summary row, every cell made spreadsheet-safe; a record that cannot be shown still gets its row."""
    try:
        values = _row_values(rec, base)
    except Exception as e:  # noqa: BLE001 - one odd record must not cost the run its outputs
        values = {"file": _file_shown(rec.get("file"), base), "grade": "unreadable",
                  "error": f"its result could not be written ({type(e).__name__})"}
    return {k: cell(v) for k, v in values.items()}


def _file_shown(f: Any, base: Path | None) -> str:
    f = str(f or "")
    if base is not None:
        try:
            f = str(Path(f).resolve().relative_to(base.resolve()))
        except (ValueError, OSError, RuntimeError):
            pass
    return shown(f)


def _row_values(rec: dict[str, Any], base: Path | None) -> dict[str, Any]:
    f = _file_shown(rec["file"], base)
    child = rec.get("child_initials") if "child_initials" in rec else rec.get("child_name")
    if not rec["ok"]:
        return {"file": f, "grade": "skipped" if rec.get("skipped") else "unreadable", "error": rec["error"]}
    c = rec["counts"]
    top = "; ".join(f"{x['code']} {cut(x['message'], TOP_CHARS)}" for x in rec["findings"][:TOP_FINDINGS])
    if len(rec["findings"]) > TOP_FINDINGS:
        top += f"; and {len(rec['findings']) - TOP_FINDINGS} more"
    blocked = rec.get("pp_blocked_by")
    cov = rec.get("coverage") or {}
    return {
        "file": f, "child": child, "child_id": rec.get("child_id"), "school": rec.get("school"),
        "year_group": year_label(rec.get("year_group")), "phase": (rec.get("phase") or "").replace("_", " ") or None,
        "term": (rec.get("term") or "").capitalize() or None, "meeting_date": rec.get("meeting_date"),
        "completed_date": rec.get("completed_date"), "designated_teacher": rec.get("designated_teacher"),
        "grade": rec["grade"], "pp_decision": rec["pp_decision"],
        "pp_requested": rec.get("pp_requested"), "pp_allowed": rec.get("pp_allowed"),
        "pp_blocked_by": "; ".join(blocked) if isinstance(blocked, list) else None,
        "must": c["must-fix"], "should": c["should-fix"], "advice": c["advice"],
        "read": f"{cov['read']}/{cov['expected']}" if cov else None,
        "not_read": ", ".join(k.replace("_", " ") for k in cov.get("not_read", [])) or None,
        "top": top, "error": None,
    }


def write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([title for _, title, _ in COLUMNS])
    for r in rows:
        w.writerow(["" if r.get(k) is None else cell(r.get(k)) for k, _, _ in COLUMNS])
    write_text(path, buf.getvalue())


def write_findings_jsonl(path: Path, records: list[dict[str, Any]], rows: list[dict[str, Any]]) -> None:
    def lines():
        for rec, row in zip(records, rows):
            if rec.get("skipped"):
                continue  # not a PEP: a row in the summary, not a finding
            if not rec["ok"]:
                yield json.dumps({"file": row["file"], "code": "READ", "severity": "must-fix",
                                  "message": f"could not read: {rec['error']}"}, ensure_ascii=False) + "\n"
                continue
            for f in rec["findings"]:
                yield json.dumps({"file": row["file"], "child_id": rec.get("child_id"), **f}, ensure_ascii=False,
                                 sort_keys=True) + "\n"

    def write(tmp: Path) -> None:  # streamed: a big batch's findings never sit in memory as one string
        with open(tmp, "w", encoding="utf-8", errors="backslashreplace", newline="\n") as f:
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
        c = WriteOnlyCell(ws, value=title)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDE4EE")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        header.append(c)
    ws.append(header)
    grade_col = next((i for i, (k, _, _) in enumerate(columns) if k == "grade"), None)
    fills: dict[str, PatternFill] = {}
    for r in rows:
        values: list[Any] = [cell(r.get(k)) for k, _, _ in columns]
        fill = GRADE_FILL.get(str(r.get("grade"))) if grade_col is not None else None
        if fill:
            c = WriteOnlyCell(ws, value=values[grade_col])
            c.fill = fills.setdefault(fill, PatternFill("solid", fgColor=fill))
            values[grade_col] = c
        ws.append(values)


def _sheet_title(name: str) -> str:
    """A sheet title Excel accepts (no []:*?/\\, at most 31 characters)."""
    return "".join("_" if ch in '[]:*?/\\' else ch for ch in str(name)).strip("'")[:31] or "Sheet"


SCHOOL_COLUMNS = [("school", "School", 32), ("peps", "PEPs", 7), ("red", "Red", 6), ("amber", "Amber", 7),
                  ("green", "Green", 7), ("other", "Other grade", 10), ("unreadable", "Not read", 9),
                  ("withheld", "PP+ withheld", 11), ("must", "Must-fix findings", 12)]


def school_rows(records, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per school (a school column to sort and filter by, instead of one tab per school: 34 tabs
    with names cut to 28 characters were unusable)."""
    by: dict[str, dict[str, Any]] = {}
    for rec, row in zip(records, rows):
        if rec.get("skipped"):
            continue
        name = row.get("school") or "(school unknown)"
        s = by.setdefault(name, {"school": name, "peps": 0, "red": 0, "amber": 0, "green": 0, "other": 0,
                                 "unreadable": 0, "withheld": 0, "must": 0})
        s["peps"] += 1
        if not rec.get("ok"):
            s["unreadable"] += 1
            continue
        g = str(rec.get("grade"))
        s[g.lower() if g in ("Red", "Amber", "Green") else "other"] += 1
        s["withheld"] += rec.get("pp_decision") == "withhold"
        s["must"] += (rec.get("counts") or {}).get("must-fix", 0)
    return [by[k] for k in sorted(by, key=str.lower)]


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
    for title, cols, extra in extra_sheets:  # e.g. the history store's Trends
        _sheet(wb.create_sheet(_sheet_title(title)), extra, cols)
    _sheet(wb.create_sheet("Schools"), school_rows(records, rows), SCHOOL_COLUMNS)
    wb.properties.creator = "pepqa"
    write_with(path, lambda tmp: wb.save(tmp))


def write_outputs(out_dir: Path, records: list[dict[str, Any]], settings: dict[str, Any], base: Path | None,
                  extra_sheets=(), progress=None, file_key: bytes | None = None) -> None:
    """The four reports. ``progress(done, total)``: rows are built from the cache one record at a time.
    ``extra_sheets``: (title, columns, rows) added to summary.xlsx after Checks. ``file_key`` (an anonymised
    run): every file is named by its pseudonymous id, in every report, never by its path."""
    from .anonymise import file_pseudonym

    rows = []
    n = len(records)
    for i, r in enumerate(records, 1):
        row = row_values(r, base)
        if file_key is not None:
            row["file"] = file_pseudonym(r["file"], file_key)
        rows.append(row)
        if progress:
            progress(i, n + 1)
    if progress and not n:
        progress(0, 1)
    write_xlsx(out_dir / "summary.xlsx", records, rows, extra_sheets)
    write_csv(out_dir / "summary.csv", rows)
    write_findings_jsonl(out_dir / "findings.jsonl", records, rows)
    write_unread_labels(out_dir / "unread-labels.csv", records, rows)
    settings = {**settings, "coverage": coverage_summary(records, rows)}
    write_text(out_dir / "run.json", json.dumps(settings, indent=2, ensure_ascii=False, default=str))
    if progress:
        progress(n + 1, n + 1)


def unread_labels(records, rows) -> list[tuple[str, int, str, str]]:
    """Labels the reader found with a value but could not place, across the run: (label as written, how many
    times, the field it most resembles, an example file), most frequent first. The officer marks the labels
    they are satisfied about in the CSV's accept column and `pepqa labels accept` adds those to the
    authority's labels file; nothing is applied automatically."""
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


def count_unread_labels(records) -> int:
    """How many lines unread-labels.csv has (for the batch's closing lines)."""
    return len(unread_labels(records, [{"file": ""} for _ in records]))


def write_unread_labels(path: Path, records, rows) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    # accept: left empty for the officer, who writes the field a label names (or yes for the nearest field),
    # then runs `pepqa labels accept` (pepqa/labels_accept.py reads these columns back).
    w.writerow(["label", "times", "nearest field", "accept", "example file"])
    for label, n, near, example in unread_labels(records, rows):
        w.writerow([as_text(label.replace("\n", " ")), n, near or "", "", as_text(example or "")])
    write_text(path, buf.getvalue())


def coverage_summary(records, rows) -> dict[str, Any]:
    """How much of each file was read, and the run's counts of files read in full / partly read / unreadable."""
    files = []
    counts = {"read_in_full": 0, "partly_read": 0, "unreadable": 0}
    for rec, row in zip(records, rows):
        if rec.get("skipped"):
            continue  # not a PEP: its row says why it was passed over
        if not rec["ok"]:
            counts["unreadable"] += 1
            files.append({"file": row["file"], "status": "unreadable"})
            continue
        cov = rec.get("coverage") or {}
        counts["partly_read" if cov.get("status") == "partial" else "read_in_full"] += 1
        files.append({"file": row["file"], "status": cov.get("status"), "parts_read": cov.get("read"),
                      "parts_expected": cov.get("expected"), "not_read": cov.get("not_read", [])})
    return {**counts, "files": files}
