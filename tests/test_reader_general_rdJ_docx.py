"""General reading rules added in the zoo J round (branch rdJ-docx), one small document each, worded unlike the
zoo files. Each test fails if the rule is not applied."""
from __future__ import annotations

from docbuild import docx as _docx
from docbuild import grid as _grid

from pepqa.model import PartStatus
from pepqa.readers import read_pep


def _bold(d, text):
    d.add_paragraph().add_run(text).bold = True


def _run_in(d, label, value):
    p = d.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(value)


def _read(tmp_path, build):
    return read_pep(_docx(tmp_path, build))


def _head(d):
    _grid(d, [["Name", "Oskar Brennan-Lyle"], ["Date of PEP meeting", "04/02/2026"]])


def test_rdJ_docx_a_row_of_labels_led_by_a_detail_is_still_read(tmp_path):
    # 'Sessions possible' is a detail the model does not hold, but the same row of labels names the attendance
    # figure below it: the table is read label by label, not skipped for its first label.
    def build(d):
        _head(d)
        _bold(d, "School attendance so far")
        _grid(d, [["Sessions possible", "Unauthorised absence", "Attendance"], ["176", "4", "92.6%"]])
    pep = _read(tmp_path, build)
    assert pep.attendance_percent == 92.6


def test_rdJ_docx_a_titled_two_voice_table_gives_the_childs_column(tmp_path):
    # A title across the top, then 'What staff think | What Oskar thinks' over one row: the child's column is the
    # voice even when the table holds a single row of answers.
    def build(d):
        _head(d)
        _grid(d, [["Learning at school", "Learning at school"],
                  ["What staff think", "What Oskar thinks"],
                  ["Concentrates well in science practicals.", "I want to be a vet so science matters to me."]])
    pep = _read(tmp_path, build)
    assert "I want to be a vet" in (pep.pupil_voice.text or "")
    assert "Concentrates well" not in (pep.pupil_voice.text or "")


def test_rdJ_docx_an_adults_sentence_naming_a_carer_is_not_a_role_label(tmp_path):
    # The staff column's sentence mentions the foster carer; it is what the adults said, not a 'Carer' row label,
    # so the child's column beside it is still the voice.
    def build(d):
        _head(d)
        _grid(d, [["Weekends", "Weekends"],
                  ["What staff think", "What Oskar thinks"],
                  ["His foster carer reports he is tired on Mondays after late nights.", "Mondays are hard for me."]])
    pep = _read(tmp_path, build)
    assert "Mondays are hard for me." in (pep.pupil_voice.text or "")


def test_rdJ_docx_a_profile_with_figures_and_contacts_is_not_the_voice(tmp_path):
    # Under 'All about me', a profile whose rows are the child's details, an age (a figure) and a contact the model
    # does not hold: still a profile, so the age is never read as the child's words.
    def build(d):
        _bold(d, "All about me")
        _grid(d, [["Full name", "Oskar Brennan-Lyle"], ["Date of birth", "14/03/2015"],
                  ["Age today", "10 years 10 months"], ["Social worker", "Priti Varma"],
                  ["Legal status", "Section 20"], ["Independent reviewing officer", "Dan Roe"],
                  ["Family time", "Alternate Sundays"], ["Height last measured", "141 cm"]])
        _grid(d, [["Date of PEP meeting", "04/02/2026"]])
    pep = _read(tmp_path, build)
    assert "10 years" not in (pep.pupil_voice.text or "")


def test_rdJ_docx_a_profile_an_adult_completes_holds_no_childs_words(tmp_path):
    # The heading says the social worker fills the profile in: 'Who I live with' there is the adult's record.
    def build(d):
        _bold(d, "About me (to be completed by the social worker)")
        _grid(d, [["Full name", "Oskar Brennan-Lyle"], ["Date of birth", "14/03/2015"],
                  ["Legal status", "Section 20"], ["Who I live with", "Foster family, two other children"]])
        _grid(d, [["Date of PEP meeting", "04/02/2026"]])
    pep = _read(tmp_path, build)
    assert "Foster family" not in (pep.pupil_voice.text or "")


def _two_entries(d, newest_first=True):
    later = [("Third review - April to July", None), ("Attendance: ", "94.1% for the year so far."),
             ("Targets agreed:", None), ("1. Oskar will learn his 9 times table to 12 x 9 by the July review.", ""),
             ("Plan signed off by the DT on 09/05/2026.", "")]
    earlier = [("Second review - January to April", None), ("Attendance: ", "88.7% for the year so far."),
               ("Targets agreed:", None), ("1. Oskar will join a lunchtime club twice a week this term.", ""),
               ("Plan signed off by the DT on 12/02/2026.", "")]
    for label, value in (later + earlier if newest_first else earlier + later):
        if value is None:
            _bold(d, label)
        elif value == "":
            d.add_paragraph(label)
        else:
            _run_in(d, label, value)
    _grid(d, [["Name", "Oskar Brennan-Lyle"], ["Year group", "Year 6"]])


def test_rdJ_docx_a_running_record_newest_first_is_read_for_its_latest_meeting(tmp_path):
    # Each entry is headed by its review's order and months; the newest comes first. The latest review's figure
    # and sign-off date are this PEP's, however the entries are ordered.
    pep = _read(tmp_path, lambda d: _two_entries(d, newest_first=True))
    assert pep.attendance_percent == 94.1
    assert str(pep.completed_date) == "2026-05-09"


def test_rdJ_docx_targets_under_an_earlier_meetings_heading_are_not_this_peps(tmp_path):
    # 'Targets agreed:' under each review's heading: only the latest review's targets are this PEP's.
    pep = _read(tmp_path, lambda d: _two_entries(d, newest_first=True))
    texts = [t.text for t in pep.targets]
    assert any("9 times table" in t for t in texts)
    assert not any("lunchtime club" in t for t in texts)


def test_rdJ_docx_a_pp_request_listed_one_purchase_a_sentence(tmp_path):
    # 'Pupil Premium Plus: we would like funding for: ...' with the purchases run on, each named then priced.
    def build(d):
        _head(d)
        _bold(d, "Targets")
        d.add_paragraph("1. Oskar will read a chapter book aloud weekly to his mentor until Easter.")
        d.add_paragraph("2. Oskar will complete 20 arithmetic questions a week with 80% correct by Easter.")
        _run_in(d, "Pupil Premium Plus: ", "We would like funding for: A set of graded readers for home, costing "
                "£45, for target 1. Arithmetic tutoring, six sessions at £25 costing £150 (target 2). Total asked "
                "for: £195.")
    pep = _read(tmp_path, build)
    got = {(s.description, s.cost, s.target_ref) for s in pep.pp_spend}
    assert ("A set of graded readers for home", 45.0, "1") in got
    assert ("Arithmetic tutoring, six sessions", 150.0, "2") in got
    assert pep.parts["pp_plus"] == PartStatus.read


def test_rdJ_docx_a_note_naming_a_range_of_targets_is_not_a_target_left(tmp_path):
    # 'Targets 1-2 are ...' explains the form's items by a range of their numbers; it is not an item left unread.
    def build(d):
        _head(d)
        _bold(d, "Next targets")
        d.add_paragraph("Targets 1-2 cover learning in class, and target 3 is about friendships at playtimes.")
        _grid(d, [["Target", "Success looks like", "Deadline"],
                  ["Oskar will spell 15 of the Year 5/6 statutory words correctly in a dictation.", "15/15", "May"],
                  ["Oskar will solve two-step money problems with 8 of 10 correct.", "8/10", "May"]])
    pep = _read(tmp_path, build)
    assert len(pep.targets) == 2
    assert pep.parts["targets"] == PartStatus.read


def test_rdJ_docx_a_term_named_by_its_months_is_the_term(tmp_path):
    # 'Review window | Third review (June to July)': the months name the summer term.
    def build(d):
        _head(d)
        _grid(d, [["PEP term", "Third review (June to July)"]])
    assert _read(tmp_path, build).term.value == "summer"


def test_rdJ_docx_a_ticked_yes_no_question_in_a_grid_is_not_content_left(tmp_path):
    # 'Copy of last plan attached? | ☒ Yes ☐ No' under PP+: a ticked answer to a question the model holds no field
    # for, as on a line of check boxes; the spend lines beside it are all the part holds.
    def build(d):
        _head(d)
        _bold(d, "Pupil Premium Plus request")
        _grid(d, [["Copy of last plan attached?", "☒ Yes ☐ No"]])
        _grid(d, [["Provision", "Cost", "Target"], ["Guitar lessons at the music centre, 10 weeks", "£120", "1"]])
    pep = _read(tmp_path, build)
    assert pep.pp_spend and pep.pp_spend[0].cost == 120.0
    assert pep.parts["pp_plus"] == PartStatus.read
