"""`pepqa inspect` and the batch's unread-labels.csv: what the reader could not place, shown to the officer."""
from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner
from docx import Document as new_document

from pepqa.cli import main


def _docx(path: Path, extra_label: str = "Favourite colour") -> Path:
    d = new_document()
    d.add_paragraph().add_run("Personal details").bold = True
    t = d.add_table(rows=3, cols=2)
    for i, (a, b) in enumerate([("Student name", "Jordan Pike"), ("Date of this PEP", "18/11/2025"),
                                (extra_label, "Blue 3")]):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    d.save(str(path))
    return path


def test_inspect_shows_how_each_label_was_read_and_what_was_left(tmp_path):
    f = _docx(tmp_path / "a.docx")
    r = CliRunner().invoke(main, ["inspect", str(f)])
    assert r.exit_code == 0, r.output
    assert "read as child.name (concept" in r.output and "label 'Student name'" in r.output
    assert "read as meeting_date (concept" in r.output
    assert "NOT READ 'Favourite colour'" in r.output
    assert "parts: child partial" in r.output  # a field-like row was left: the part is not complete


def test_inspect_refuses_what_it_cannot_read_in_one_line(tmp_path):
    bad = tmp_path / "x.docx"
    bad.write_bytes(b"not a zip")
    r = CliRunner().invoke(main, ["inspect", str(bad)])
    assert r.exit_code == 2 and "Traceback" not in r.output


def test_batch_writes_unread_labels_with_counts_and_nearest_field(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    _docx(inbox / "a.docx", "Attendance figure noted")
    _docx(inbox / "b.docx", "Attendance figure noted")
    _docx(inbox / "c.docx", "=HYPERLINK(1)")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["batch", str(inbox), "--out", str(out), "--today", "2026-01-10", "--workers", "1",
                                  "--no-progress"])
    assert r.exit_code in (0, 1), r.output
    rows = list(csv.DictReader(open(out / "unread-labels.csv", encoding="utf-8")))
    by = {x["label"]: x for x in rows}
    assert by["Attendance figure noted"]["times"] == "2"
    assert by["Attendance figure noted"]["nearest field"] == "attendance_percent"
    assert by["Attendance figure noted"]["example file"].endswith((".docx",))
    assert "'=HYPERLINK(1)" in by  # kept as text, never a live formula
