"""General reading rules added in the zoo I round (branch rdI), one small document each, worded unlike the zoo
files. Each test fails if the rule is not applied."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _grid

from pepqa.model import PartStatus
from pepqa.readers import read_pep


def _bold(d, text):
    d.add_paragraph().add_run(text).bold = True


def _read(tmp_path, build):
    return read_pep(_docx(tmp_path, build))


def _head(d, meeting="05/03/2026"):
    _grid(d, [["Name", "Amira Castellanos"], ["Date of PEP meeting", meeting]])


def _pdf(tmp_path, body):
    from weasyprint import HTML

    path = tmp_path / "form.pdf"
    HTML(string="<html><head><style>body { font-family: sans-serif; font-size: 9pt; } td { border: 1px solid #000; "
                "padding: 2pt; } table { border-collapse: collapse; }</style></head><body>" + body + "</body></html>"
         ).write_pdf(str(path))
    return path


# --- one row per meeting ---------------------------------------------------------------------------------------

def test_rdI_a_log_with_one_row_per_meeting_is_read_from_its_latest_filled_row(tmp_path):
    # the dates stand only in a closing log, a row per review; the third review's row is still blank
    def build(d):
        d.add_paragraph("Pupil: Tomasz Wierzbicki")
        _bold(d, "Review log")
        _grid(d, [["Review", "Date of PEP meeting", "Date PEP completed"],
                  ["Review 1", "12/09/2025", "19/09/2025"],
                  ["Review 2", "21/01/2026", "28/01/2026"],
                  ["Review 3", "", ""]])
    pep = _read(tmp_path, build)
    assert pep.meeting_date == date(2026, 1, 21)
    assert pep.completed_date == date(2026, 1, 28)


def test_rdI_labels_told_apart_only_by_their_meeting_give_the_latest_meetings_value(tmp_path):
    def build(d):
        _head(d)
        _grid(d, [["Attendance (Meeting 1)", "88.0%"], ["Attendance (Meeting 2)", "92.4%"]])
    assert _read(tmp_path, build).attendance_percent == 92.4


# --- headings ---------------------------------------------------------------------------------------------------

def test_rdI_a_heading_joining_targets_and_pp_plus_holds_the_targets_written_under_it(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "Part 5: Targets & PP+ request")
        d.add_paragraph("Target 1 (Numeracy): Amira will use a number line to subtract across 100 in 8 of 10 "
                        "questions by Easter.")
        d.add_paragraph("Target 2 (Spelling): Amira will spell 20 of the Year 4 common exception words by May.")
        d.add_paragraph("Weekly maths tutor for 10 weeks - £250")
    pep = _read(tmp_path, build)
    assert [t.text[:19] for t in pep.targets] == ["Amira will use a nu", "Amira will spell 20"]
    assert [s.cost for s in pep.pp_spend] == [250.0]


def test_rdI_a_long_heading_with_a_bracketed_note_still_starts_its_part(tmp_path):
    body = ("<p>Name: Amira Castellanos</p><h3>Part B - The pupil's views (these comments may be written by the "
            "pupil or by an adult on their behalf)</h3><table><tr><td>What do you enjoy?</td><td>Drama club after "
            "school on Thursdays.</td></tr><tr><td>What is hard?</td><td>Long division in maths.</td></tr></table>")
    pep = read_pep(_pdf(tmp_path, body))
    assert "Drama club" in (pep.pupil_voice.text or "")
    assert "Long division" in (pep.pupil_voice.text or "")


def test_rdI_a_question_about_the_voice_answered_on_its_line_is_not_the_voice(tmp_path):
    # the views come first, the child's details after them
    def build(d):
        _bold(d, "Young person's views")
        _grid(d, [["Best part of the week", "Drama club on Thursdays."]])
        d.add_paragraph("How were these views collected? Amira typed them herself during tutor time.")
        _head(d)
    pep = _read(tmp_path, build)
    assert "Drama club" in (pep.pupil_voice.text or "")
    assert "typed them herself" not in (pep.pupil_voice.text or "")


# --- tables of items --------------------------------------------------------------------------------------------

def test_rdI_a_column_of_numbers_under_the_items_name_numbers_them(tmp_path):
    # 'Target' names the items but holds 1, 2; the sentences stand under a header whose words name 'by when'
    def build(d):
        _head(d)
        _bold(d, "Agreed objectives")
        _grid(d, [["Target", "Subject", "What we expect to see, and by when", "Support"],
                  ["1", "Maths", "Amira will recall the 6, 7 and 9 times tables in under 3 minutes by the May review",
                   "Class TA"],
                  ["2", "English", "Amira will write a two-page story using paragraphs and speech marks by Easter",
                   "Teacher"]])
    pep = _read(tmp_path, build)
    assert [t.text[:18] for t in pep.targets] == ["Amira will recall ", "Amira will write a"]
    assert [t.number for t in pep.targets] == [1, 2]


def test_rdI_a_spend_column_asking_what_we_will_buy(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "Pupil Premium Plus")
        _grid(d, [["Target it supports", "What we will buy or provide", "Cost"],
                  ["1", "Times-tables app licence for home and school", "£40"],
                  ["2", "Story-writing workshop with a visiting author", "£120"]])
    pep = _read(tmp_path, build)
    assert [(s.cost, s.target_ref) for s in pep.pp_spend] == [(40.0, "1"), (120.0, "2")]


def test_rdI_several_priced_sentences_are_several_spend_lines(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "Pupil Premium Plus")
        d.add_paragraph("The school asks for £400 this term. £250 will pay for a weekly maths tutor for ten weeks. "
                        "£150 will pay for a place on the Saturday drama course.")
    pep = _read(tmp_path, build)
    assert sorted(s.cost for s in pep.pp_spend) == [150.0, 250.0]


# --- labels and values ------------------------------------------------------------------------------------------

def test_rdI_per_cent_written_out_is_a_percentage(tmp_path):
    def build(d):
        _head(d)
        d.add_paragraph("Attendance: 92.5 per cent so far, two days off with a cold.")
    assert _read(tmp_path, build).attendance_percent == 92.5


def test_rdI_a_label_asking_two_fields_over_a_value_giving_both(tmp_path):
    def build(d):
        _grid(d, [["Name", "Amira Castellanos"], ["Setting and year group", "Oakfield Primary, Year 5"],
                  ["Date of PEP meeting", "05/03/2026"]])
    pep = _read(tmp_path, build)
    assert pep.school.name == "Oakfield Primary"
    assert pep.child.year_group == 5


def test_rdI_a_state_and_its_date_in_a_row_name_the_completion(tmp_path):
    def build(d):
        _head(d)
        _grid(d, [["Plan state", "Submitted to the Virtual School on 09/03/2026"]])
    assert _read(tmp_path, build).completed_date == date(2026, 3, 9)


def test_rdI_a_status_row_and_the_date_row_below_it(tmp_path):
    # the state's word names the date; a state before completion names none
    head = ("<table><tr><td>Name</td><td>Amira Castellanos</td></tr><tr><td>Date of PEP meeting</td><td>05/03/2026"
            "</td></tr></table>")
    for state, expect in (("Complete", date(2026, 3, 10)), ("Draft", None)):
        body = head + (f"<table><tr><td>Workflow status</td><td>{state}</td></tr><tr><td>Date of status</td>"
                       "<td>10/03/2026</td></tr></table>")
        assert read_pep(_pdf(tmp_path, body)).completed_date == expect


def test_rdI_college_in_an_attendance_label_costs_nothing(tmp_path):
    def build(d):
        _head(d)
        _grid(d, [["Overall college attendance as at 01/03/2026", "87.5%"]])
    assert _read(tmp_path, build).attendance_percent == 87.5


def test_rdI_a_topic_label_whose_value_names_its_own_figure(tmp_path):
    def build(d):
        _grid(d, [["Name", "Amira Castellanos"], ["Date of PEP meeting", "05/03/2026"],
                  ["Attendance and punctuality", "Attendance YTD 94.1% (late twice). Punctuality - improving."]])
    assert _read(tmp_path, build).attendance_percent == 94.1


def test_rdI_a_percentage_in_brackets_is_a_note_on_the_figure(tmp_path):
    def build(d):
        _head(d)
        d.add_paragraph("Attendance for the school year so far: 93.0% (Autumn 1: 97.5%). No exclusions.")
    assert _read(tmp_path, build).attendance_percent == 93.0


# --- the voice --------------------------------------------------------------------------------------------------

def test_rdI_a_quotation_beside_where_it_was_said_is_the_childs_words(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "Pupil voice")
        _grid(d, [["Words", "Context"],
                  ['"Maths is my favourite now."', "Tutor time, 2 March"],
                  ['"I want to be in the school play."', "Chat with Mr Osei, 4 March"]])
    pep = _read(tmp_path, build)
    voice = pep.pupil_voice.text or ""
    assert "Maths is my favourite now." in voice and "school play" in voice
    assert "Tutor time" not in voice
    assert pep.parts["pupil_voice"] == PartStatus.read


# --- what is not content ----------------------------------------------------------------------------------------

def test_rdI_the_smart_mnemonic_printed_under_the_targets_is_not_a_target_left_unread(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "New targets")
        d.add_paragraph("Remember when writing targets: Specific - say exactly what. Measurable - how we will see it. "
                        "Achievable - within reach. Relevant - linked to need. Time-bound - give a date.")
        _grid(d, [["No.", "Area", "Target", "Who"],
                  ["1", "Maths", "Amira will recall the 7 times table in under 2 minutes by the May review", "TA"]])
    pep = _read(tmp_path, build)
    assert len(pep.targets) == 1
    assert pep.parts["targets"] == PartStatus.read


def test_rdI_a_grid_rated_on_the_scale_its_header_prints_is_attainment_not_targets(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "Learning goals")
        _grid(d, [["Goal", "A / B / C"], ["Listening and attention", "B"], ["Number: counting to 20", "A"],
                  ["Writing: own name", "C"]])
        _grid(d, [["No.", "Area", "Target", "Who"],
                  ["1", "Literacy", "Amira will write her first name unaided on 4 of 5 days by the summer review", "TA"]])
    pep = _read(tmp_path, build)
    assert [t.text[:17] for t in pep.targets] == ["Amira will write "]
    assert pep.parts["targets"] == PartStatus.read
    assert pep.parts["attainment"] != PartStatus.empty


def test_rdI_a_bracket_saying_what_to_enter_names_the_field(tmp_path):
    def build(d):
        _bold(d, "All about me")
        _grid(d, [["I am called", "Amira Castellanos"], ["I go to a (please state the type of school)", "Academy"],
                  ["Date of PEP meeting", "05/03/2026"]])
    pep = _read(tmp_path, build)
    assert pep.school.type_text == "Academy"
