"""Attendance given only as per-period percentages, with no attendance label (period_figures.py)."""
from __future__ import annotations

from docbuild import docx as _docx

from pepqa.readers import read_pep
from pepqa.readers.interpret.period_figures import period_percent_label


def _doc(tmp_path, lines, table_rows=None):
    def build(d):
        d.add_heading("Personal Education Plan", 1)
        d.add_paragraph("Name: Tariq Osei")
        d.add_heading("School information", 2)
        for line in lines:
            d.add_paragraph(line)
        if table_rows:
            t = d.add_table(rows=len(table_rows), cols=2)
            for r, (a, b) in zip(t.rows, table_rows):
                r.cells[0].text, r.cells[1].text = a, b
    return read_pep(_docx(tmp_path, build))


def test_whole_year_figure_wins_over_term_figures(tmp_path):
    pep = _doc(tmp_path, ["Autumn 2025: 91.0%", "Spring to 13 February 2026: 88.5%", "Year to date 2025-26: 90.1%"])
    assert pep.attendance_percent == 90.1
    assert pep.provenance["attendance_percent"].label.lower().startswith("year to date")


def test_term_figures_alone_that_disagree_are_left_uncertain(tmp_path):
    pep = _doc(tmp_path, ["Autumn term: 91.0%", "Spring term: 88.5%"])
    assert pep.attendance_percent is None
    assert "uncertain.attendance_percent" in pep.provenance


def test_period_rows_in_a_table_are_read_too(tmp_path):
    pep = _doc(tmp_path, [], [("Autumn term 2025", "93%"), ("Whole school year so far", "94.5 %")])
    assert pep.attendance_percent == 94.5


def test_a_measure_named_beside_the_period_is_not_attendance(tmp_path):
    pep = _doc(tmp_path, ["Autumn reading test: 64%", "Spring maths assessment: 71%"])
    assert pep.attendance_percent is None
    assert period_percent_label("Autumn reading test") is None
    assert period_percent_label("Spring term to 6 March 2026") == "term"
    assert period_percent_label("This academic year") == "year"


def test_a_period_label_with_a_value_that_is_not_a_bare_percentage_is_not_read(tmp_path):
    pep = _doc(tmp_path, ["Autumn term: 91% but several late marks", "Spring term: settled well"])
    assert pep.attendance_percent is None
