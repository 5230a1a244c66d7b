"""Idioms found in zoo D (issue 11), one small document each, in wording unlike the zoo files': what is read,
and the part statuses that follow. Each test fails if the idiom is read the old way."""
from __future__ import annotations

from datetime import date

from docbuild import docx

from pepqa.model import PartStatus
from pepqa.readers import read_pep


def _table(d, rows):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, r in enumerate(rows):
        for j, x in enumerate(r):
            t.cell(i, j).text = x
    return t


def _sheet(d, rows):
    """A table as a spreadsheet prints it: column letters on top, row numbers down the left."""
    width = max(len(r) for r in rows)
    grid = [[""] + [chr(65 + j) for j in range(width)]]
    grid += [[str(i)] + r + [""] * (width - len(r)) for i, r in enumerate(rows, 1)]
    return _table(d, grid)


# -- rd-grid: spreadsheets printed or pasted into a PEP ------------------------------------------------
def test_rd_grid_spreadsheet_letters_and_row_numbers_are_not_the_form(tmp_path):
    def build(d):
        d.add_paragraph("Looked After Learner Plan")
        _sheet(d, [["Learner name", "Mia Kowalski"], ["School / college", "Riverside Sixth Form"],
                   ["Year group", "Year 12"]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.child.name == "Mia Kowalski"
    assert pep.school.name == "Riverside Sixth Form"
    assert pep.child.year_group == 12


def test_rd_grid_a_workbook_running_header_is_no_label_left_unread(tmp_path):
    def build(d):
        d.add_paragraph("LAC_tracker_2026.xlsx   Sheet: Learner")
        _table(d, [["Learner name", "Mia Kowalski"]])
    pep = read_pep(docx(tmp_path, build))
    assert not any("xlsx" in label.lower() or "sheet" in label.lower() for label, _ in pep._unread_labels)


def test_rd_grid_periods_under_a_title_row_latest_filled_column(tmp_path):
    def build(d):
        _table(d, [["Learner plan - review record", "", "", ""],
                   ["", "Review 1", "Review 2", "Review 3"],
                   ["Learner name", "Mia Kowalski", "", ""],
                   ["Date of review meeting", "08/10/2025", "10/02/2026", ""],
                   ["Attendance this year", "93.0%", "95.5%", ""],
                   ["Date submitted", "15/10/2025", "", ""]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.child.name == "Mia Kowalski"  # written once, in the first column: it holds all year
    assert pep.meeting_date == date(2026, 2, 10)
    assert pep.attendance_percent == 95.5
    # the first review's submission date is not this (second) review's: this one's is blank
    assert pep.completed_date is None
    assert pep.parts["meeting"] == PartStatus.read


def test_rd_grid_an_acronym_defined_in_a_capitals_title_cell(tmp_path):
    def build(d):
        _table(d, [["STUDENT PROGRESS PLAN (SPP)", ""], ["SPP meeting date", "12/11/2025"]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.meeting_date == date(2025, 11, 12)


def test_rd_grid_funding_columns_in_a_targets_table_and_a_totals_row(tmp_path):
    def build(d):
        d.add_paragraph("Targets").runs[0].bold = True
        _table(d, [["No.", "Target", "Lead", "PPG £", "Funding details"],
                   ["1", "Mia will complete three timed essay plans by 1 March 2026", "English tutor", "240",
                    "Block of six essay-writing tutorials"],
                   ["2", "Mia will attend every Monday study session until Easter", "Form tutor", "0", ""],
                   ["", "", "", "60", "Revision guides for biology"],
                   ["", "Grand total", "", "300", ""]])
    pep = read_pep(docx(tmp_path, build))
    assert [t.number for t in pep.targets] == [1, 2]  # the totals row is no target
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("Block of six essay-writing tutorials", 240.0, "1"), ("Revision guides for biology", 60.0, None)]
    assert pep.pp_requested == 300.0


def test_rd_grid_a_column_of_words_beside_targets_is_no_funding(tmp_path):
    def build(d):
        _table(d, [["No.", "Target", "Interventions (what and how often)"],
                   ["1", "Mia will complete three timed essay plans by 1 March 2026", "Weekly tutorial"]])
    pep = read_pep(docx(tmp_path, build))
    assert len(pep.targets) == 1 and pep.pp_spend == []
