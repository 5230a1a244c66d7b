"""General reading rules added in the zoo G round (branch rdG-docx), one small document each, worded unlike the
zoo files. Each test fails if the rule is not applied."""
from __future__ import annotations

from docbuild import docx as _docx
from docbuild import grid as _grid

from pepqa.model import PartStatus
from pepqa.readers import read_pep


def _bold(d, text):
    d.add_paragraph().add_run(text).bold = True


def _read(tmp_path, build):
    return read_pep(_docx(tmp_path, build))


def _head(d):
    _grid(d, [["Name", "Kacper Nowicki"], ["Date of PEP meeting", "12/02/2026"]])


def test_rdG_docx_a_lettered_heading_is_read_by_its_words(tmp_path):
    # A section letter means the voice on one form and the QA page on another: the words after it decide.
    def build(d):
        _head(d)
        _bold(d, "Section E - My voice")
        _grid(d, [["The best bit of my week", "Swimming on Tuesdays with my class."]])
    pep = _read(tmp_path, build)
    assert "Swimming on Tuesdays" in (pep.pupil_voice.text or "")
    assert pep.parts["pupil_voice"] == PartStatus.read


def test_rdG_docx_a_box_of_label_value_lines_is_read_line_by_line(tmp_path):
    # A print-out pasted into one framed cell: each 'Label: value' line is a line of its own.
    def build(d):
        _head(d)
        _bold(d, "Attendance")
        _grid(d, [["Register extract - Autumn 2025\nSessions possible: 120\nOverall attendance %: 91.7\n"
                   "Last year attendance %: 88.0"]])
    pep = _read(tmp_path, build)
    assert pep.attendance_percent == 91.7


def test_rdG_docx_a_percentage_left_under_attendance_is_not_an_empty_part(tmp_path):
    # However the figures are laid out, a percentage under the attendance heading means the part holds something:
    # if the reader cannot place it, the part is unread (the officer is told), never empty (the school blamed).
    def build(d):
        _head(d)
        _bold(d, "Attendance")
        _grid(d, [["Office export: Kacper Nowicki, 01/09/2025 to 05/12/2025, possible 138, present 131, overall "
                   "94.9%, authorised 5"]])
    pep = _read(tmp_path, build)
    if pep.attendance_percent is None:
        assert pep.parts["attendance"] != PartStatus.empty


def test_rdG_docx_a_sentence_starter_ending_in_by_is_the_childs(tmp_path):
    # 'You can help me by' is a starter the child finishes; 'Views noted by' is about the voice.
    def build(d):
        _head(d)
        _bold(d, "My views")
        d.add_paragraph("Written down by Mr Hale (learning mentor) after our chat on 10/02/2026.")
        _grid(d, [["Teachers can help me by", "giving me a card to show when I need a break."]])
    voice = _read(tmp_path, build).pupil_voice.text or ""
    assert "giving me a card" in voice
    assert "Mr Hale" not in voice


def test_rdG_docx_two_columns_naming_one_field_the_fuller_holds_it(tmp_path):
    # 'Kind of provision' and 'Description of provision' both name the spend line's description: the one with more
    # to say is the description, the category beside it is not.
    def build(d):
        _head(d)
        _bold(d, "Pupil Premium Plus")
        _grid(d, [["Kind of provision (academic or pastoral)", "Description of provision", "Target", "Cost"],
                  ["Academic", "Weekly maths tutoring with a qualified teacher for ten weeks", "1", "£300"],
                  ["Wellbeing", "Drama club fees for the spring term", "2", "£60"]])
    pep = _read(tmp_path, build)
    assert [s.description for s in pep.pp_spend] == ["Weekly maths tutoring with a qualified teacher for ten weeks",
                                                     "Drama club fees for the spring term"]


def test_rdG_docx_last_terms_funding_under_its_own_heading_is_not_this_request(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "Pupil Premium Plus request")
        _grid(d, [["Intervention", "Target", "Cost"], ["Reading tuition, two sessions a week", "1", "£240"]])
        _bold(d, "How the previous term's PP+ was used")
        d.add_paragraph("Autumn PP+ (£200) paid for a laptop which Kacper now uses for homework.")
    pep = _read(tmp_path, build)
    assert [s.description for s in pep.pp_spend] == ["Reading tuition, two sessions a week"]


def test_rdG_docx_the_setting_attended_and_the_school_on_roll_name_the_school(tmp_path):
    def build(d):
        _grid(d, [["Name", "Kacper Nowicki"], ["Registered school", "Fernbrook High School"]])
    assert _read(tmp_path, build).school.name == "Fernbrook High School"

    def build2(d):
        _grid(d, [["Name", "Kacper Nowicki"], ["Nursery attended", "Tiny Steps Day Nursery"]])
    assert _read(tmp_path, build2).school.name == "Tiny Steps Day Nursery"


def test_rdG_docx_a_room_named_by_its_year_gives_the_year_group(tmp_path):
    # A summer-born child kept in nursery: the room says Nursery although the birth date says Reception.
    def build(d):
        _grid(d, [["Name", "Kacper Nowicki"], ["Date of birth", "20/08/2021"], ["Date of PEP meeting", "12/11/2025"],
                  ["Room", "Nursery (Butterflies room)"]])
    assert _read(tmp_path, build).child.year_group == -1


def test_rdG_docx_what_the_child_told_another_person_is_the_childs(tmp_path):
    def build(d):
        _grid(d, [["Name", "Kacper Nowicki"], ["Date of PEP meeting", "12/02/2026"]])
        _bold(d, "Pupil voice")
        _grid(d, [['On the walk home he said to his carer: "I want to stay in the football team."']])
    assert "stay in the football team" in (_read(tmp_path, build).pupil_voice.text or "")


def test_rdG_docx_a_ticked_no_and_the_reason_are_not_the_voice(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "Pupil voice")
        _grid(d, [["Was the pupil able to contribute?", "☐ Yes ☒ No"],
                  ["If not, please explain why", "Kacper was on a residential trip that week."],
                  ["Pupil's comments", ""]])
    pep = _read(tmp_path, build)
    assert not pep.pupil_voice.text


def test_rdG_docx_the_childs_contribution_is_the_voice_and_its_delegation_is_not(tmp_path):
    def build(d):
        _head(d)
        _grid(d, [["Pupil's contribution"]])
        _grid(d, [["Assigned to", "Kacper", "Status", "Completed 09/02/2026"]])
        _grid(d, [["About my school and my future"],
                  ["I want to be a mechanic and I like the workshop lessons best."]])
    voice = _read(tmp_path, build).pupil_voice.text or ""
    assert "I want to be a mechanic" in voice
    assert "About my school" not in voice and "Kacper" not in voice.split("\n")[0][:7]
