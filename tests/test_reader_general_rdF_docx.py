"""General reading rules added in the zoo F round (branch rdF-docx), one small document each, worded unlike the
zoo files. Each test fails if the rule is not applied."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _grid

from pepqa.readers import read_pep


def _read(tmp_path, build):
    return read_pep(_docx(tmp_path, build))


def test_rdF_docx_an_acronym_defined_with_joining_words_is_the_plan(tmp_path):
    # 'Personal Learning and Skills Plan (PLSP)': 'and' gives no initial; 'PLSP meeting' is the PEP meeting.
    def build(d):
        d.add_paragraph("Personal Learning and Skills Plan (PLSP)")
        d.add_paragraph("Name: Tomasz Wrona")
        d.add_paragraph("Date of PLSP meeting: 3 March 2026")
    assert _read(tmp_path, build).meeting_date == date(2026, 3, 3)


def test_rdF_docx_an_ehc_plan_defined_is_not_the_pep():
    from pepqa.readers.interpret.wording import defined_acronyms

    got = defined_acronyms(["Personal Learning and Skills Plan (PLSP)", "Education Health and Care Plan (EHCP)"])
    assert got == {"PLSP": "PEP"}


def test_rdF_docx_words_after_by_name_who_did_it(tmp_path):
    # 'Plan signed off by Head of Sixth Form': who signed costs nothing; a social worker's signature is not the PEP's.
    def build(d):
        d.add_paragraph("Name: Tomasz Wrona")
        d.add_paragraph("Date signed by social worker: 01/03/2026")
        d.add_paragraph("Plan signed off by Head of Sixth Form: 12/03/2026")
    assert _read(tmp_path, build).completed_date == date(2026, 3, 12)


def test_rdF_docx_a_social_workers_signature_date_is_not_the_completion(tmp_path):
    def build(d):
        d.add_paragraph("Name: Tomasz Wrona")
        d.add_paragraph("Date signed by social worker: 01/03/2026")
    assert _read(tmp_path, build).completed_date is None


def test_rdF_docx_the_date_under_a_designated_teacher_sign_off_heading(tmp_path):
    def build(d):
        d.add_paragraph("Name: Tomasz Wrona")
        d.add_heading("DT sign-off", level=2)
        _grid(d, [["Signed", "Mrs K Bell"], ["Date", "04/03/2026"]])
    assert _read(tmp_path, build).completed_date == date(2026, 3, 4)


def test_rdF_docx_a_wholly_bracketed_note_under_the_voice_is_not_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Name: Tomasz Wrona")
        d.add_heading("Pupil voice", level=2)
        d.add_paragraph("(write down the pupil's words if you can, and who asked them)")
        d.add_heading("Targets", level=2)
    assert not _read(tmp_path, build).pupil_voice.text


def test_rdF_docx_a_child_not_wanting_to_attend_is_no_voice(tmp_path):
    def build(d):
        d.add_paragraph("Name: Ellis Marsh")
        d.add_heading("Pupil voice", level=2)
        d.add_paragraph("Ellis did not want to attend today. Tutor will ask again next week.")
    assert not _read(tmp_path, build).pupil_voice.text


def test_rdF_docx_a_heading_saying_what_the_child_wants_us_to_know_is_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Name: Amir Hussain")
        d.add_heading("What Amir would like us to know", level=2)
        d.add_paragraph("Science is my favourite because of the experiments.")
    assert "experiments" in (_read(tmp_path, build).pupil_voice.text or "")


def test_rdF_docx_establishment_names_the_school(tmp_path):
    def build(d):
        _grid(d, [["Name", "Amir Hussain"], ["Name of establishment", "Brookfield Community School"]])
    assert _read(tmp_path, build).school.name == "Brookfield Community School"


def test_rdF_docx_a_campus_after_the_school_name_is_not_part_of_it(tmp_path):
    def build(d):
        _grid(d, [["Name", "Amir Hussain"], ["College", "Northgate College, Eastside Campus"]])
    assert _read(tmp_path, build).school.name == "Northgate College"


def test_rdF_docx_a_figure_after_the_forms_bracketed_note(tmp_path):
    def build(d):
        d.add_paragraph("Name: Amir Hussain")
        d.add_paragraph("Attendance %: (from the school register, whole year) 91.5")
    assert _read(tmp_path, build).attendance_percent == 91.5


def test_rdF_docx_an_abbreviation_in_the_trailing_bracket_names_the_field(tmp_path):
    def build(d):
        d.add_paragraph("Name: Amir Hussain")
        d.add_paragraph("Year on programme (NCY): Year 11")
    assert _read(tmp_path, build).child.year_group == 11


def test_rdF_docx_a_title_naming_whose_plan_it_is_names_the_child(tmp_path):
    def build(d):
        d.add_heading("Personal Education Plan for Amir Hussain", level=1)
        d.add_paragraph("School: Brookfield Community School")
    assert _read(tmp_path, build).child.name == "Amir Hussain"


def test_rdF_docx_a_title_for_a_term_names_no_child(tmp_path):
    def build(d):
        d.add_heading("Personal Education Plan for Spring Term", level=1)
        d.add_paragraph("School: Brookfield Community School")
    assert _read(tmp_path, build).child.name is None


def test_rdF_docx_a_figure_in_a_data_line_of_pieces(tmp_path):
    def build(d):
        d.add_paragraph("Name: Amir Hussain")
        _grid(d, [["Attendance 88.4% (spring so far) - two late marks - reading age about 9 years"]])
    assert _read(tmp_path, build).attendance_percent == 88.4


def test_rdF_docx_the_childs_row_of_a_row_per_person_grid_is_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Name: Amir Hussain")
        _grid(d, [["", "Going well", "Worries"],
                  ["Amir said", "I like PE with Mr Cole.", "Spelling tests."],
                  ["Foster carer said", "He sleeps well now.", "Mornings are rushed."],
                  ["Teacher said", "Settled in class.", "Reading fluency."]])
    voice = _read(tmp_path, build).pupil_voice.text or ""
    assert "I like PE with Mr Cole." in voice and "Spelling tests." in voice
    assert "sleeps" not in voice and "Settled" not in voice


def test_rdF_docx_a_rule_naming_targets_by_number_is_not_an_unread_target(tmp_path):
    from pepqa.model import PartStatus

    def build(d):
        d.add_paragraph("Name: Amir Hussain")
        d.add_heading("Targets", level=2)
        d.add_paragraph("Targets 1 and 2 should cover literacy and numeracy; target 3 is pastoral.")
        _grid(d, [["Target", "Who", "By when"], ["Amir will read a chapter book aloud to his carer each night", "Carer", "July"]])
    assert _read(tmp_path, build).parts["targets"] == PartStatus.read


def test_rdF_docx_an_ignored_label_and_a_case_number_beside_each_other_leave_nothing_unread(tmp_path):
    from pepqa.model import PartStatus

    def build(d):
        d.add_heading("Child details", level=2)
        _grid(d, [["Name", "Amir Hussain", "Date of birth", "02/02/2015"],
                  ["Known as", "Amir", "Mosaic ID", "MX-99812"],
                  ["Placement", "Foster care", "Social work team", "North 3"]])
    assert _read(tmp_path, build).parts["child"] == PartStatus.read


def test_rdF_docx_a_month_for_the_next_pep_is_an_answer(tmp_path):
    from pepqa.model import PartStatus

    def build(d):
        d.add_paragraph("Name: Amir Hussain")
        d.add_heading("Meeting details", level=2)
        _grid(d, [["Date of meeting", "03/03/2026", "Next PEP", "June 2026 (date to follow)"]])
    assert _read(tmp_path, build).parts["meeting"] == PartStatus.read


def test_rdF_docx_a_bracketed_note_naming_a_past_year_is_not_stripped(tmp_path):
    def build(d):
        d.add_paragraph("Name: Amir Hussain")
        d.add_paragraph("Attendance %: (last year) 93.0")
    assert _read(tmp_path, build).attendance_percent is None
