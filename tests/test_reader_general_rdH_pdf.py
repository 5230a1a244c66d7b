"""General reading rules found on zoo H's PDF layouts (branch rdH-pdf), each in one small document worded unlike
the zoo files. Each test fails if the rule is not applied (the reader before this round reads it the old way)."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _grid

from pepqa.model import PartStatus
from pepqa.readers import read_pep
from pepqa.values import parse_year_group


def _bold(d, text):
    d.add_paragraph().add_run(text).bold = True


def _read(tmp_path, build):
    return read_pep(_docx(tmp_path, build))


def _head(d):
    _grid(d, [["Name", "Mia Kowalski"], ["Date of PEP meeting", "03/03/2026"]])


def _pdf(tmp_path, body):
    from weasyprint import HTML

    path = tmp_path / "form.pdf"
    HTML(string="<html><head><style>body { font-family: sans-serif; font-size: 9pt; } b { font-weight: bold; }"
                "td { border: 1px solid black; padding: 2px; } table { border-collapse: collapse; width: 100%; }"
                f"</style></head><body>{body}</body></html>").write_pdf(str(path))
    return path


def test_rdH_pdf_a_target_card_states_its_target_first_whatever_the_box_is_called(tmp_path):
    # 'Priority 2 - Spelling' over rows whose labels name no target field: the first row stating a goal is the
    # target; the rows after it say how and when. A blank row (a page break's) inside the card is nothing.
    def build(d):
        _head(d)
        _bold(d, "Agreed priorities")
        _grid(d, [["Priority 1 - Spelling", "Priority 1 - Spelling"],
                  ["The change we hope for", "Mia will spell 20 of the Year 4 statutory words correctly by May"],
                  ["", ""],
                  ["Helpers and how often", "Spelling club with Mr Dunn on Tuesdays"],
                  ["Checked on", "20/05/2026"]])
        _grid(d, [["Priority 2 - Number", "Priority 2 - Number"],
                  ["The change we hope for", "Mia to count back in sevens from 70 without a number line by June"],
                  ["Helpers and how often", "Daily five-minute warm-up with her TA"]])
    pep = _read(tmp_path, build)
    texts = [t.text for t in pep.targets]
    assert any(x.startswith("Mia will spell 20") for x in texts)
    assert any(x.startswith("Mia to count back in sevens") for x in texts)


def test_rdH_pdf_a_voice_table_of_titled_boxes_over_the_childs_answers(tmp_path):
    # 'Things that make me smile | Things that worry me' over what the child wrote: the titles are not the voice,
    # each box below is (a question in it is the child's), and a column for the adults' reading is not.
    def build(d):
        _head(d)
        _bold(d, "My views")
        _grid(d, [["Things that make me smile", "Things that worry me", "What we think this shows"],
                  ["I love baking with my foster mum.", "What happens if I have to move again?",
                   "Mia is settled at home but anxious about change."]])
    voice = _read(tmp_path, build).pupil_voice.text or ""
    assert "I love baking" in voice
    assert "What happens if I have to move again?" in voice
    assert "Things that" not in voice
    assert "anxious about change" not in voice


def test_rdH_pdf_a_voice_table_left_blank_is_not_the_voice(tmp_path):
    # every box says there is nothing: the titles are no one's words
    def build(d):
        _head(d)
        _bold(d, "My views")
        _grid(d, [["Good days", "Hard days"], ["N/A", "N/A"]])
    assert not _read(tmp_path, build).pupil_voice.text


def test_rdH_pdf_voice_boxes_each_saying_none_are_an_empty_voice_not_a_missed_one(tmp_path):
    # every box read and each 'N/A', with how the views were sought beside them: the views are none, not missed
    def build(d):
        _head(d)
        _bold(d, "My views")
        _grid(d, [["Good days", "Hard days"], ["N/A", "N/A"]])
        d.add_paragraph("How were the views gathered? Mia chose not to take part this time.")
    pep = _read(tmp_path, build)
    assert not pep.pupil_voice.text
    assert pep.parts["pupil_voice"] in (PartStatus.read, PartStatus.empty)


def test_rdH_pdf_a_figure_the_system_says_it_does_not_hold_yet_is_empty(tmp_path):
    # 'Data not yet entered' says there is no figure: the attendance is empty, not a value left unread
    def build(d):
        _head(d)
        _bold(d, "Attendance")
        _grid(d, [["Attendance this year", "Data not yet entered"]])
    pep = _read(tmp_path, build)
    assert pep.attendance_percent is None
    assert pep.parts["attendance"] == PartStatus.empty


def test_rdH_pdf_a_question_with_its_answer_on_the_same_line(tmp_path):
    # 'How did we gather the views? ...': the question is a label, its answer the method, not the child's words
    def build(d):
        _head(d)
        _bold(d, "My views")
        d.add_paragraph("How were the views gathered? On a walk to the park with her mentor.")
        d.add_paragraph("I want to be a vet because I love animals.")
    pep = _read(tmp_path, build)
    assert "walk to the park" not in (pep.pupil_voice.text or "")
    assert "walk to the park" in (pep.pupil_voice.captured_how or "")
    assert "I want to be a vet" in (pep.pupil_voice.text or "")


def test_rdH_pdf_the_year_to_date_attendance_over_a_terms(tmp_path):
    # the PEP records the school year's attendance: the year-to-date figure, not the half term's beside it
    def build(d):
        _head(d)
        _bold(d, "Attendance")
        d.add_paragraph("Attendance - half term 88.0%")
        d.add_paragraph("Attendance - year to date 92.5%")
    assert _read(tmp_path, build).attendance_percent == 92.5


def test_rdH_pdf_the_current_years_row_of_a_figure_table_is_the_latest(tmp_path):
    # 'This school year to date' is later than a row naming an earlier year by its dates
    def build(d):
        _head(d)
        _bold(d, "Attendance")
        _grid(d, [["Period", "Attendance", "Exclusions"], ["This school year to date", "93.3%", "0"],
                  ["2023-24 (other school)", "85.0%", "2"]])
    assert _read(tmp_path, build).attendance_percent == 93.3


def test_rdH_pdf_a_designated_teachers_sign_off_row_with_its_state_and_date(tmp_path):
    # 'Designated teacher | ✔ signed off 04/03/2026 (Ms P. Vale)': the school completed the plan that day
    def build(d):
        _head(d)
        _bold(d, "Sign-off")
        _grid(d, [["Designated teacher", "✔ signed off 04/03/2026 (Ms P. Vale)"], ["Social worker", "Awaiting"]])
    assert _read(tmp_path, build).completed_date == date(2026, 3, 4)


def test_rdH_pdf_a_signature_line_of_the_designated_teacher(tmp_path):
    # 'Signed <name> (role) Date <date>', the role in the line or in the heading above it; blanks give nothing
    def build(d):
        _head(d)
        d.add_paragraph("Signed J. Okafor (Designated Teacher) Date 05/03/2026")
    assert _read(tmp_path, build).completed_date == date(2026, 3, 5)

    def build2(d):
        _head(d)
        d.add_paragraph("Agreed by the designated teacher")
        d.add_paragraph("Signed P. Vale Date 06/03/2026")
    assert _read(tmp_path, build2).completed_date == date(2026, 3, 6)

    def build3(d):
        _head(d)
        d.add_paragraph("Agreed by the designated teacher")
        d.add_paragraph("Signed ____________ Date ____________")
    assert _read(tmp_path, build3).completed_date is None


def test_rdH_pdf_a_status_without_colon_then_its_date(tmp_path):
    # 'Plan status Submitted 06/03/2026', as 'Status: Submitted 06/03/2026' is read
    def build(d):
        _head(d)
        d.add_paragraph("Plan status Submitted 06/03/2026")
    assert _read(tmp_path, build).completed_date == date(2026, 3, 6)


def test_rdH_pdf_a_line_that_opens_with_its_own_label(tmp_path):
    # 'Pupil' over 'Full name Mia Kowalski': the line has its own label; a short 'Current school ...' line
    # is a label and its value, not the school part's heading
    def build(d):
        _bold(d, "Pupil")
        d.add_paragraph("Full name Mia Kowalski")
        d.add_paragraph("Current school Oak Lane Primary")
        d.add_paragraph("Meeting date 03/03/2026")
    pep = _read(tmp_path, build)
    assert pep.child.name == "Mia Kowalski"
    assert pep.school.name == "Oak Lane Primary"


def test_rdH_pdf_a_numbered_list_goes_on_past_an_area_that_is_also_a_label(tmp_path):
    # '3. Wellbeing: ...' after items 1 and 2 is the third item, though 'Wellbeing' labels a field elsewhere; its
    # wrapped rest on the next line belongs to it
    def build(d):
        _head(d)
        _bold(d, "Targets agreed today")
        d.add_paragraph("1. Reading: Mia will read two chapter books of her choice by the end of April 2026")
        d.add_paragraph("2. Maths: Mia will know her 6 and 7 times tables by the Easter holidays")
        d.add_paragraph("3. Wellbeing: Mia will join the lunchtime choir at least")
        d.add_paragraph("twice a week until the summer half term")
    pep = _read(tmp_path, build)
    assert len(pep.targets) == 3
    assert pep.targets[2].text.endswith("twice a week until the summer half term")
    assert pep.parts["targets"] == PartStatus.read


def test_rdH_pdf_a_pp_line_whose_cost_is_still_to_come(tmp_path):
    # '• Amount TBC – ...' where the priced lines stand: a spend line with no cost, not text left unread
    def build(d):
        _head(d)
        _bold(d, "Pupil Premium Plus")
        d.add_paragraph("• £150 – Weekly drumming lessons (Target 1)")
        d.add_paragraph("• Amount TBC – Forest school sessions with her key adult")
    pep = _read(tmp_path, build)
    assert [(s.description, s.cost) for s in pep.pp_spend][-1] == ("Forest school sessions with her key adult", None)
    assert pep.parts["pp_plus"] == PartStatus.read


def test_rdH_pdf_a_heading_of_earlier_peps_ends_the_part_above(tmp_path):
    # 'Previous PEPs held' lists earlier plans with their dates: not this meeting's details left unread
    def build(d):
        d.add_paragraph("Name: Mia Kowalski")
        _bold(d, "Meeting")
        d.add_paragraph("Meeting date: 03/03/2026")
        _bold(d, "Previous PEPs held")
        d.add_paragraph("Summer 2025 12/06/2025 - Complete")
    pep = _read(tmp_path, build)
    assert pep.meeting_date == date(2026, 3, 3)
    assert pep.parts["meeting"] == PartStatus.read


def test_rdH_pdf_the_national_curriculum_year_named_in_a_value(tmp_path):
    # 'Year 2 of 3 (NCY 13)': the NCY written out is the year group; a course's 'Year 2 of 3' is not one
    assert parse_year_group("Year 2 of 3 (NCY 13)") == 13
    assert parse_year_group("Year 2 of 3") is None

    def build(d):
        _grid(d, [["Student", "Tia Brennan", "Year of course", "Year 2 of 3 (NC Year 13)"]])
        d.add_paragraph("Date of PEP meeting: 03/03/2026")
    assert _read(tmp_path, build).child.year_group == 13


def test_rdH_pdf_another_settings_figure_is_not_left_unread(tmp_path):
    # the previous school's figure, the day the child left it: that setting's, not this school's attendance
    # left unread; and a source note in brackets does not rule out the label
    def build(d):
        _head(d)
        _bold(d, "Attendance")
        _grid(d, [["Date left", "12/12/2025"], ["Attendance at previous school this year", "80.0%"],
                  ["Attendance this year (VS data)", "91.0%"]])
    pep = _read(tmp_path, build)
    assert pep.attendance_percent == 91.0
    assert pep.parts["attendance"] == PartStatus.read


def test_rdH_pdf_a_target_card_in_a_pdf(tmp_path):
    # the same card printed from a web form: title row, then a row per field
    body = ("<p>Name: Mia Kowalski</p><p>Date of PEP meeting: 03/03/2026</p><h2>Targets</h2>"
            "<table><tr><td colspan='2'>Goal 1 - Writing</td></tr>"
            "<tr><td>Where we want to get to</td><td>Mia will write a one-page story with paragraphs by the summer</td></tr>"
            "<tr><td>Success looks like</td><td>Two stories in her book</td></tr></table>")
    pep = read_pep(_pdf(tmp_path, body))
    assert any(t.text.startswith("Mia will write a one-page story") for t in pep.targets)


def test_rdH_pdf_a_closed_target_kept_on_the_record_is_not_a_new_one(tmp_path):
    # one targets table for old and new, told apart by a Status column: 'Closed - met' is an earlier plan's
    def build(d):
        _head(d)
        _bold(d, "Targets")
        _grid(d, [["No.", "Target", "Who", "Status"],
                  ["1", "Mia will learn her 4 times table by Christmas", "Class teacher", "Closed - met in December"],
                  ["2", "Mia will read aloud to her carer four evenings a week until July", "Carer", "Open"],
                  ["3", "Mia will write a diary entry of 150 words each Friday until Easter", "TA", "New"]])
    texts = [t.text for t in _read(tmp_path, build).targets]
    assert len(texts) == 2 and not any("4 times table" in x for x in texts)


def test_rdH_pdf_a_review_documents_review_date_is_its_meeting(tmp_path):
    # a form titled as a review, with a 'Review date' and no meeting date nor part-time timetable: the review's date
    def build(d):
        d.add_heading("Learning Plan - Termly Review", level=1)
        _grid(d, [["Student", "Tia Brennan", "Review date", "04/03/2026"]])
    assert _read(tmp_path, build).meeting_date == date(2026, 3, 4)

    def build2(d):  # a part-time timetable's review date stays that
        d.add_heading("Learning Plan - Termly Review", level=1)
        _grid(d, [["Student", "Tia Brennan", "Part-time timetable", "Yes"], ["Review date", "04/03/2026", "", ""]])
    assert _read(tmp_path, build2).meeting_date is None
