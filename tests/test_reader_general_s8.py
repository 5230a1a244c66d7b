"""General reading rules (issue 11, eighth round), each in a small document worded unlike the zoos. Each test
fails on the reader before its rule, except the guards, which say what the rule must leave alone."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _table

from pepqa.model import PartStatus
from pepqa.readers import read_pep


def _details(d):
    d.add_paragraph("Learner name: Tobias Okonkwo-Reyes")
    d.add_paragraph("Date of meeting: 04/03/2026")


def test_a_sign_off_said_in_a_sentence_gives_the_completion_date(tmp_path):
    # No completion field, no sign-off grid: the record ends with a sentence saying the DT finalised it.
    def build(d):
        _details(d)
        d.add_paragraph("Record uploaded 10/03/2026 by the DT (Ms R. Abernethy).")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date == date(2026, 3, 10)


def test_a_sign_off_cell_with_its_date_beside_it_gives_the_completion_date(tmp_path):
    def build(d):
        _details(d)
        _table(d, [["Record authorised by the DT on", "11.03.2026"]])
    assert read_pep(_docx(tmp_path, build)).completed_date == date(2026, 3, 11)


def test_a_role_doing_it_in_a_signature_row_is_the_school_signing(tmp_path):
    # 'Completed by (DT) | name | Date | date': the role named with what it did, not alone.
    def build(d):
        _details(d)
        _table(d, [["Completed by (DT)", "Mr J. Osei", "Date", "12 March 2026"],
                   ["Social worker", "Ana Pires", "Date", ""]])
    assert read_pep(_docx(tmp_path, build)).completed_date == date(2026, 3, 12)


def test_a_deadline_for_the_dt_is_not_a_sign_off(tmp_path):
    def build(d):
        _details(d)
        d.add_paragraph("To be completed and signed by the Designated Teacher by 20/03/2026.")
    assert read_pep(_docx(tmp_path, build)).completed_date is None


def test_a_term_grid_with_the_latest_sign_off_blank_gives_no_completion_date(tmp_path):
    # The autumn column was signed; the spring column, this PEP's, was not: autumn's date is history.
    def build(d):
        _details(d)
        _table(d, [["", "Autumn", "Spring"],
                   ["Attendance %", "95.1", "94.0"],
                   ["Signed off by DT on", "14/10/2025", ""]])
    assert read_pep(_docx(tmp_path, build)).completed_date is None


def test_another_signers_date_is_not_the_schools(tmp_path):
    def build(d):
        _details(d)
        d.add_paragraph("Signed by the social worker (Ana Pires) on 12/03/2026.")
    assert read_pep(_docx(tmp_path, build)).completed_date is None


def test_a_ticked_checklist_line_naming_a_part_is_not_its_heading(tmp_path):
    # '☒ Attendance (printout attached)' in a list of what was brought to the meeting: the attendance part
    # was not found there, so no 'attendance not recorded' for the lines below it.
    def build(d):
        _details(d)
        d.add_paragraph("Brought to the meeting:")
        d.add_paragraph("☒ Attendance (printout attached)")
        d.add_paragraph("☒ Reading record")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.parts["attendance"] not in (PartStatus.empty, PartStatus.read)


def test_a_spaced_print_out_is_read_by_count(tmp_path):
    # an MIS summary pasted as two lines spaced into columns; values centred, not under their labels' left edge
    def build(d):
        _details(d)
        d.add_paragraph("Sessions possible    Attended    Auth. absence    Attendance %")
        d.add_paragraph("      120               113            7             94.2")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent == 94.2


def test_a_spaced_line_of_values_needs_its_line_of_labels(tmp_path):
    def build(d):
        _details(d)
        d.add_paragraph("Reading age    Spelling age    Maths age")
        d.add_paragraph("   8.1     7.9     8.4")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent is None


def test_a_note_of_the_answer_kind_after_a_label_is_not_part_of_it(tmp_path):
    # ePEP print-outs print each question with its input kind: 'Name [free text]', 'DOB. [date box]'
    def build(d):
        _table(d, [["Q1", "Name [free text]", "Mariam Oyelowo"],
                   ["Q2", "Name of setting [free text]", "Little Acorns Pre-School"],
                   ["Q3", "Date of this PEP meeting [date box]", "09/03/2026"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Mariam Oyelowo"
    assert pep.school.name == "Little Acorns Pre-School"


def test_labels_over_their_values_where_a_label_could_pass_for_a_name(tmp_path):
    # 'Child's name | Age (years, months) | Setting' over the values: 'Age (years, months)' reads as a name, but
    # the row below holds each label's value, so the row is labels, not pairs.
    def build(d):
        _table(d, [["Child's name", "Age (years, months)", "School", "Class", "Date of PEP meeting", "Date completed"],
                   ["Ollie Brandreth", "4 years 9 months", "Cobbles Lane Primary School", "Reception (Owls)",
                    "05.03.2026", "09.03.2026"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Ollie Brandreth"
    assert pep.school.name == "Cobbles Lane Primary School"
    assert pep.meeting_date == date(2026, 3, 5)


def test_two_dotted_pairs_on_a_line_split_before_the_best_label(tmp_path):
    def build(d):
        d.add_paragraph("Child's name ........ Ollie Brandreth Date of the PEP meeting ........ 05/03/2026")
        d.add_paragraph("School ........ Cobbles Lane Primary School Key person ........ Mrs Dunne")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Ollie Brandreth"
    assert pep.meeting_date == date(2026, 3, 5)
    assert pep.school.name == "Cobbles Lane Primary School"
