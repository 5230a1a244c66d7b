"""General reading rules added in the zoo H round (branch rdH-docx), one small document each, worded unlike the
zoo files. Each test fails if the rule is not applied."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _grid

from pepqa.model import PartStatus
from pepqa.pipeline import check_file
from pepqa.policy import load_policy
from pepqa.readers import read_pep


def _bold(d, text):
    d.add_paragraph().add_run(text).bold = True


def _read(tmp_path, build):
    return read_pep(_docx(tmp_path, build))


def _head(d):
    _grid(d, [["Name", "Marek Dobson"], ["Date of PEP meeting", "03/02/2026"]])


def test_rdH_docx_the_childs_column_may_be_the_first(tmp_path):
    # 'Marek's words | What staff took from it': the child's column stands first, the adults' reading beside it.
    def build(d):
        _head(d)
        _bold(d, "Pupil voice")
        _grid(d, [["Young person's views", "What staff understood by it"],
                  ["football yes", "Marek pointed at the football card and smiled."],
                  ["maths hard", "He pushed the maths symbol away twice."]])
    pep = _read(tmp_path, build)
    voice = pep.pupil_voice.text or ""
    assert "football yes" in voice and "maths hard" in voice
    assert "pointed" not in voice and "What staff" not in voice


def test_rdH_docx_a_question_about_the_voice_with_its_answer_on_the_line(tmp_path):
    # 'How were the views gathered? ...' on one line is that field and its value, not the child's words.
    def build(d):
        _head(d)
        _bold(d, "Pupil voice")
        d.add_paragraph("How were the views gathered? A chat over lunch with his mentor on 28/01/2026.")
        d.add_paragraph("I would like more time on the computers.")
    pep = _read(tmp_path, build)
    assert "chat over lunch" not in (pep.pupil_voice.text or "")
    assert "chat over lunch" in (pep.pupil_voice.captured_how or "")
    assert "more time on the computers" in (pep.pupil_voice.text or "")


def test_rdH_docx_a_labelled_line_is_not_the_value_of_the_heading_above(tmp_path):
    # A heading whose words resemble a field ('Child and school') over 'Child's name Anna Lise Brook Hart':
    # the line is its own label and value (a name the label reading cannot score alone is still not the school).
    def build(d):
        d.add_paragraph("Child and school")
        d.add_paragraph("Child's name Anna Lise Brook Hart")
        d.add_paragraph("School Larkspur Primary")
        d.add_paragraph("Date of PEP meeting 03/02/2026")
    pep = _read(tmp_path, build)
    assert pep.child.name == "Anna Lise Brook Hart"
    assert pep.school.name == "Larkspur Primary"


def test_rdH_docx_a_heading_glossed_in_brackets_names_its_part(tmp_path):
    # 'Tell us about your week (pupil voice)': the friendly title names nothing, the bracket names the part.
    def build(d):
        _head(d)
        _bold(d, "4. Tell us about your week (pupil voice)")
        d.add_paragraph("I liked building the bird box in DT.")
    pep = _read(tmp_path, build)
    assert "bird box" in (pep.pupil_voice.text or "")


def test_rdH_docx_new_targets_in_a_column_of_the_review_table(tmp_path):
    # One table reviews each old target and sets its successor in the same row.
    def build(d):
        _head(d)
        _bold(d, "Targets: review and renewal")
        _grid(d, [["Subject", "Previous target", "Outcome", "New target agreed today"],
                  ["Reading", "Marek will read a chapter book each fortnight", "Met",
                   "Marek will write a book review of 150 words each month until Easter"],
                  ["Number", "Marek will learn his 4 times table", "Partly",
                   "Marek will answer 15 mixed times-table questions in 3 minutes by the end of March"],
                  ["Science", "Marek will label a plant diagram", "Met", "Achieved - no further target"]])
    pep = _read(tmp_path, build)
    texts = [t.text for t in pep.targets]
    assert any("book review of 150 words" in t for t in texts)
    assert any("15 mixed times-table" in t for t in texts)
    assert not any("no further target" in t for t in texts)
    assert [t.area for t in pep.targets] == ["Reading", "Number"]
    assert len(pep.previous_targets) == 3


def test_rdH_docx_a_target_cell_saying_none_applies_is_no_target(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "Targets")
        _grid(d, [["No.", "Area", "Target", "Who will help"],
                  ["1", "English", "Marek will use full stops in 8 of 10 sentences by March", "Class teacher"],
                  ["2", "Physical", "N/A - covered by the physio plan", "-"]])
    pep = _read(tmp_path, build)
    assert [t.number for t in pep.targets] == [1]


def test_rdH_docx_a_note_on_how_items_are_numbered_is_the_forms(tmp_path):
    # 'Goals are numbered G1, G2 ...' states the form's numbering: the part is not left partly read for it.
    def build(d):
        _head(d)
        _bold(d, "Targets")
        d.add_paragraph("Goals are numbered G1, G2 ... in the order below. Each one must link to a need.")
        _grid(d, [["No.", "Area", "Target", "Who will help"],
                  ["G1", "English", "Marek will use full stops in 8 of 10 sentences by March", "Class teacher"]])
    pep = _read(tmp_path, build)
    assert pep.parts["targets"] == PartStatus.read


def test_rdH_docx_a_dash_stands_for_the_colon_of_a_zero_count(tmp_path):
    # 'Exclusions this term - 0': nothing was left unread (a dash as the label's colon).
    def build(d):
        _head(d)
        _bold(d, "Attendance")
        d.add_paragraph("Attendance this year: 96.4%")
        d.add_paragraph("Fixed-term exclusions this year - 0")
    pep = _read(tmp_path, build)
    assert pep.parts["attendance"] == PartStatus.read
    assert pep.parts["child"] == PartStatus.read


def test_rdH_docx_a_dash_pair_left_is_checked_against_its_value(tmp_path):
    # 'Suspensions this year - 3 days (spring)' resembles the year group by its words, but '3 days' is no year:
    # the child's details were not missed.
    def build(d):
        _head(d)
        _bold(d, "Attendance")
        d.add_paragraph("Attendance this year: 96.4%")
        d.add_paragraph("Suspensions this year - 3 days (spring)")
    pep = _read(tmp_path, build)
    assert pep.parts["child"] == PartStatus.read


def test_rdH_docx_reading_under_cognition_and_learning_is_english(tmp_path):
    # The SEND area where literacy is planned: reading words there are the learning, so EM001 does not fire.
    def build(d):
        _grid(d, [["Name", "Marek Dobson"], ["Date of PEP meeting", "03/02/2026"], ["Year group", "Year 4"]])
        _bold(d, "Targets")
        _grid(d, [["No.", "Area of need", "Target", "Who will help"],
                  ["1", "Cognition and learning", "Marek will read aloud 30 of his 45 key words by Easter", "TA"],
                  ["2", "Social, emotional and mental health", "Marek will use his calm card once a day by March",
                   "Mentor"]])
    r = check_file(str(_docx(tmp_path, build)), load_policy(None), date(2026, 2, 10))
    assert r.pep.parts["targets"] == PartStatus.read
    assert "EM001" not in [f.code for f in r.findings]


def test_rdH_docx_a_profile_table_under_a_voice_heading_is_not_the_voice(tmp_path):
    # 'All about me' over the child's details: the rows the model does not hold are details, not the child's words;
    # with the views' own box empty further on, the voice is empty.
    def build(d):
        _bold(d, "All about me")
        _grid(d, [["Full name", "Marek Dobson"], ["Date of birth", "14/06/2022"], ["Nursery", "Acorn Tree Nursery"],
                  ["Sessions each week", "6 sessions (mornings)"], ["Ethnicity", "Polish"]])
        _grid(d, [["Date of PEP meeting", "03/02/2026"]])
        _bold(d, "What I think")
        _grid(d, [["My words"], [""]])
    pep = _read(tmp_path, build)
    assert not (pep.pupil_voice.text or "").strip()
    assert pep.child.name == "Marek Dobson"
    assert pep.parts["pupil_voice"] == PartStatus.empty


def test_rdH_docx_a_profile_table_alone_leaves_the_voice_unread(tmp_path):
    # With no voice heading after the profile, the views may stand under a heading the reader does not know.
    def build(d):
        _bold(d, "All about me")
        _grid(d, [["Full name", "Marek Dobson"], ["Date of birth", "14/06/2022"], ["Nursery", "Acorn Tree Nursery"],
                  ["Sessions each week", "6 sessions (mornings)"], ["Ethnicity", "Polish"]])
        _grid(d, [["Date of PEP meeting", "03/02/2026"]])
    pep = _read(tmp_path, build)
    assert not (pep.pupil_voice.text or "").strip()
    assert pep.parts["pupil_voice"] != PartStatus.empty


def test_rdH_docx_a_caption_with_a_please_note_is_the_forms(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "My views")
        d.add_paragraph("A drawing I did (please attach a scan if the child agrees)")
        d.add_paragraph("I like the sandpit best.")
    voice = _read(tmp_path, build).pupil_voice.text or ""
    assert "sandpit" in voice and "drawing" not in voice


def test_rdH_docx_an_instruction_naming_the_child_is_not_the_voice(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "My views")
        d.add_paragraph("Record the young person's views as they gave them.")
        d.add_paragraph("I like the sandpit best.")
    voice = _read(tmp_path, build).pupil_voice.text or ""
    assert "sandpit" in voice and "Record" not in voice


def test_rdH_docx_a_profile_table_keeps_a_prompt_answered_in_words(tmp_path):
    # In the same profile, 'Things I enjoy | Dinosaurs and painting' is the child's answer; the figure is not.
    def build(d):
        _bold(d, "All about me")
        _grid(d, [["Full name", "Marek Dobson"], ["Date of birth", "14/06/2022"], ["Ethnicity", "Polish"],
                  ["Sessions each week", "6 sessions (mornings)"], ["Things I enjoy", "Dinosaurs and painting"]])
        _grid(d, [["Date of PEP meeting", "03/02/2026"]])
    voice = _read(tmp_path, build).pupil_voice.text or ""
    assert "Dinosaurs and painting" in voice
    assert "6 sessions" not in voice


def test_rdH_docx_a_status_in_the_next_step_cell_is_no_target(tmp_path):
    # An early-years grid: an area whose next-step cell says only how it is going has no new step.
    def build(d):
        _head(d)
        _bold(d, "Next steps")
        _grid(d, [["Area of learning", "Where I am now", "My next step", "By when"],
                  ["Literacy", "Knows some letters", "Marek will find the letter M in 3 books by half-term", "Feb"],
                  ["Mathematics", "Counts to 10", "Achieved", ""]])
    pep = _read(tmp_path, build)
    assert [t.area for t in pep.targets] == ["Literacy"]


def test_rdH_docx_a_rag_letter_is_a_previous_targets_status(tmp_path):
    def build(d):
        _head(d)
        _bold(d, "Review of previous targets")
        _grid(d, [["Previous target", "RAG", "Comment"],
                  ["Marek will spell 10 topic words", "G", ""],
                  ["Marek will join a lunchtime club", "Amber", ""]])
    pep = _read(tmp_path, build)
    assert [p.status.value if p.status else None for p in pep.previous_targets] == ["achieved", "partly_achieved"]


def test_rdH_docx_a_line_pointing_back_at_the_words_is_about_them(tmp_path):
    # 'Marek answered these on the class laptop': the say-verb's object is the words above, so the line is a remark.
    def build(d):
        _head(d)
        _bold(d, "My views")
        d.add_paragraph("I like the sandpit best.")
        d.add_paragraph("Marek answered these on the class laptop with his TA.")
    voice = _read(tmp_path, build).pupil_voice.text or ""
    assert "sandpit" in voice and "answered these" not in voice
