"""General reading rules found on zoo G's PDF layouts (issue 11, branch rdG-pdf), each in one small document
worded unlike the zoo files. Each test fails if the rule is read the old way."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _grid

from pepqa.model import PartStatus
from pepqa.readers import read_pep


def _pdf(tmp_path, body, css=""):
    from weasyprint import HTML

    path = tmp_path / "form.pdf"
    HTML(string=f"<html><head><style>body {{ font-family: sans-serif; font-size: 9pt; }} .q {{ font-weight: bold; }}"
                f"{css}</style></head><body>{body}</body></html>").write_pdf(str(path))
    return path


def _q(text, answer, hint=None):
    return f"<p class='q'>{text}</p>" + (f"<p>{hint}</p>" if hint else "") + f"<div>{answer}</div>"


def test_rdG_pdf_a_questionnaire_of_numbered_questions_with_answers_below(tmp_path):
    # numbered, mandatory questions, each answer in the box below; a hint between question and answer; the new
    # targets asked after last term's review; a spend line asked field by field
    body = ("<h2>Part 1 - the child</h2>" + _q("1. Full name of the child *", "Sami Okonkwo-Hill")
            + _q("2. When was the PEP meeting held? *", "04/03/2026", hint="DD/MM/YYYY")
            + "<h2>Part 2 - Attendance</h2>" + _q("3. Attendance so far this year (%) *", "91.4", hint="Whole numbers only")
            + "<h2>Part 3 - Targets</h2>"
            + _q("4. Progress on last term's targets *", "Spelling - partly met. Reading at home - met.")
            + _q("5. New target 1 *", "Sami will learn the spellings of 30 Year 5 statutory words by the summer PEP")
            + _q("6. New target 1: curriculum area *", "English")
            + _q("7. New target 2 *", "Sami will use the column method to multiply 3-digit numbers with 9 of 10 correct by May")
            + _q("8. New target 2: curriculum area *", "Maths")
            + "<h2>Part 4 - Pupil Premium Plus</h2>"
            + _q("9. Intervention 1: what will the funding pay for? *", "Spelling app licence and weekly TA check")
            + _q("10. Intervention 1: amount (£) *", "£85")
            + _q("11. Intervention 1: linked target *", "1"))
    pep = read_pep(_pdf(tmp_path, body))
    assert pep.meeting_date == date(2026, 3, 4)
    assert pep.attendance_percent == 91.4
    assert [t.text[:19] for t in pep.targets] == ["Sami will learn the", "Sami will use the c"]
    assert [t.area for t in pep.targets] == ["English", "Maths"]
    assert [(s.cost, s.target_ref) for s in pep.pp_spend] == [(85.0, "1")]
    assert pep.parts["targets"] == PartStatus.read


def test_rdG_pdf_text_left_under_the_last_targets_review_leaves_the_new_targets_unread(tmp_path):
    # the new targets stand under the review heading in a shape the reader does not know: unread, not empty
    def build(d):
        d.add_paragraph("Pupil: Sami Okonkwo-Hill")
        d.add_heading("Targets", level=1)
        d.add_heading("Review of previous targets", level=2)
        d.add_paragraph("Objective (i) >> Sami will read with an adult four evenings a week until Easter")
    pep = read_pep(_docx(tmp_path, build))
    assert not pep.targets
    assert pep.parts["targets"] in (PartStatus.unread, PartStatus.partial)


def test_rdG_pdf_a_title_row_and_a_blank_row_above_a_tables_header(tmp_path):
    def build(d):
        d.add_paragraph("Pupil: Sami Okonkwo-Hill")
        t = _grid(d, [["PP+ request", "", ""], ["", "", ""],
                      ["Support to buy", "Target no.", "£"],
                      ["Weekly maths tuition with a qualified teacher", "2", "240.00"]])
        t.cell(0, 0).merge(t.cell(0, 2))
        t.cell(0, 0).text = "PP+ request"
    pep = read_pep(_docx(tmp_path, build))
    assert [(s.description[:14], s.cost, s.target_ref) for s in pep.pp_spend] == [("Weekly maths t", 240.0, "2")]


def test_rdG_pdf_goals_are_targets_and_a_column_header_explained_after_a_dash(tmp_path):
    def build(d):
        d.add_paragraph("Student: Sami Okonkwo-Hill")
        d.add_heading("Review of goals set in the summer", level=2)
        _grid(d, [["Goal", "Outcome"], ["Sami will register with the college library", "Achieved"]])
        d.add_heading("My goals", level=2)
        _grid(d, [["No.", "Area", "Goal - what and by when", "Support from"],
                  ["1", "Maths", "Sami will pass the functional skills level 2 maths test by June 2026", "Tutor"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [t.text[:20] for t in pep.targets] == ["Sami will pass the f"]
    assert [t.text[:20] for t in pep.previous_targets] == ["Sami will register w"]


def test_rdG_pdf_the_voice_columns_name_and_a_line_saying_nothing_came_back_are_not_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Pupil: Sami Okonkwo-Hill")
        d.add_heading("Pupil voice", level=1)
        _grid(d, [["Prompt", "In my own words"], ["What do you enjoy?", "N/A"], ["What is difficult?", "N/A"]])
        d.add_paragraph("- Nothing was returned from the online views form.")
    pep = read_pep(_docx(tmp_path, build))
    assert not pep.pupil_voice.text


def test_rdG_pdf_the_documents_acronym_in_lower_case(tmp_path):
    # a label in small capitals comes out of a PDF in lower case: 'elp' is still the plan the title defines
    def build(d):
        d.add_heading("Education and Learning Plan (ELP)", level=1)
        _grid(d, [["Learner", "Sami Okonkwo-Hill"], ["elp meeting date", "Tuesday 3 March 2026"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 3, 3)


def test_rdG_pdf_a_row_of_periods_over_a_row_of_figures(tmp_path):
    def build(d):
        d.add_paragraph("Pupil: Sami Okonkwo-Hill")
        d.add_heading("Attendance", level=1)
        _grid(d, [["Autumn", "Spring", "Whole year so far", "Lates"], ["97.0%", "91.0%", "94.1%", "2"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent == 94.1


def test_rdG_pdf_an_audit_log_with_the_date_first(tmp_path):
    def build(d):
        d.add_paragraph("Pupil: Sami Okonkwo-Hill")
        _grid(d, [["Date / time", "Action", "User"], ["01/03/2026 09:00", "Record opened", "System"],
                  ["12/03/2026 14:45", "Submitted to the Virtual School", "J. Patel (DT)"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date == date(2026, 3, 12)


def test_rdG_pdf_an_item_heading_over_a_smart_grid(tmp_path):
    def build(d):
        d.add_paragraph("Pupil: Sami Okonkwo-Hill")
        d.add_heading("SMART targets", level=1)
        p = d.add_paragraph()
        p.add_run("Target 1 - Reading").bold = True
        _grid(d, [["S - what will Sami do?", "Sami will read a chapter book aloud to his carer three evenings a week"],
                  ["M - how will progress be measured?", "Reading diary signed by carer"],
                  ["T - by when?", "Summer half-term"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.text[:18]) for t in pep.targets] == [(1, "Sami will read a c")]
    assert pep.targets[0].area == "Reading"
    assert pep.targets[0].by_when == "Summer half-term"


def test_rdG_pdf_an_initial_does_not_end_the_sentence_that_dates_the_completion(tmp_path):
    def build(d):
        d.add_paragraph("Pupil: Sami Okonkwo-Hill")
        d.add_paragraph("Notes typed up and the plan finalised by Ms R. Okafor (DT) on 13 March 2026. Copies sent to all.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date == date(2026, 3, 13)


def test_rdG_pdf_points_tagged_with_who_raised_them(tmp_path):
    def build(d):
        d.add_paragraph("Pupil: Sami Okonkwo-Hill")
        _grid(d, [["What is going well?", "What worries us?"],
                  ['• "Break time is the best part of the day." (Sami)\n• Attendance this year: 95.5% (SENCo)',
                   '• Friendship fallouts at lunch (carer)\n• "I hate the noisy hall." (Sami)']])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent == 95.5
    assert "Break time is the best part of the day." in pep.pupil_voice.text
    assert "I hate the noisy hall." in pep.pupil_voice.text
    assert "Friendship" not in pep.pupil_voice.text


def test_rdG_pdf_a_quotation_joined_to_the_childs_last_one(tmp_path):
    def build(d):
        d.add_paragraph("Pupil: Sami Okonkwo-Hill")
        d.add_heading("Pupil voice", level=1)
        d.add_paragraph('Sami explained: "Science is my favourite lesson." and "I want more time on the computers."')
    pep = read_pep(_docx(tmp_path, build))
    assert "I want more time on the computers." in pep.pupil_voice.text


def test_rdG_pdf_a_long_numbered_question_over_its_figure_and_a_question_with_its_note_is_no_voice(tmp_path):
    # the question's number, mandatory mark and trailing note are not words of its label; under the voice, a
    # question followed by the form's note on how to answer it is the form's, not the child's words
    body = ("<h2>Section 2: Pupil voice</h2>"
            + _q("4. How does the young person feel about school at the moment? Please record their own words. *", "")
            + "<h2>Section 3: Pupil Premium Plus</h2>"
            + _q("12. Total PP+ requested for the spring half term (£) *", "410"))
    pep = read_pep(_pdf(tmp_path, body))
    assert pep.pp_requested == 410.0
    assert not pep.pupil_voice.text
