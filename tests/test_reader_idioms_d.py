"""Idioms found in zoo D (issue 11), one small document each, worded unlike the zoo files: what is read, and
the part statuses that follow. Each test fails if the idiom is read the old way. Test names carry the branch
that added them (several helpers add to this file)."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx

from pepqa.model import PartStatus
from pepqa.readers import read_pep


def _bold(d, text):
    d.add_paragraph().add_run(text).bold = True


def _grid(d, rows, bold_header=True):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
            if i == 0 and bold_header:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph()
    return t


def test_rd_grid2_handing_the_pep_to_the_virtual_school_is_its_completion(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Corey Adeyemi")
        d.add_paragraph("Date of PEP meeting: 04/11/2025")
        d.add_paragraph("Returned to the VS on: 11/11/2025")
    assert read_pep(_docx(tmp_path, build)).completed_date == date(2025, 11, 11)

    def build_above(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Corey Adeyemi")
        _bold(d, "Date the PEP was finalised")
        d.add_paragraph("12.11.2025")
    assert read_pep(_docx(tmp_path, build_above, "b.docx")).completed_date == date(2025, 11, 12)


def test_rd_grid2_the_quality_assurance_date_is_not_the_completion(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Corey Adeyemi")
        d.add_paragraph("Date QA completed: 20/11/2025")
    assert read_pep(_docx(tmp_path, build)).completed_date is None


def test_rd_grid2_the_funding_column_of_a_targets_table_is_the_spend(tmp_path):
    """A targets table whose last column is named by the fund ('PEPSA funding'), not as a cost: an amount alone
    pays for the row's support, words with an amount are the line, words alone a line with no cost, 'None'
    nothing; a row with no target is a line linked to none, and 'Total' the amount requested."""
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Ali Haddad")
        _bold(d, "Targets")
        _grid(d, [["Target no.", "Target", "Support in school", "PEPSA funding"],
                  ["1", "Ali will spell 20 of the Year 5 statutory words correctly by March 2026",
                   "Spelling club with the class TA twice a week", "£120"],
                  ["2", "Ali will explain his working for two-step word problems by the summer PEP",
                   "Maths mentor", "Third Space Learning online tutoring, 10 sessions = £320"],
                  ["3", "Ali will use his worry book with his key adult once a week until Easter",
                   "Key adult, Monday mornings", "Sensory circuit equipment for the base room"],
                  ["4", "Ali will join a lunchtime club on two days a week by February half-term",
                   "Lunchtime supervisor", "None"],
                  ["5", "Ali will read aloud to his carer for 10 minutes on five nights a week by Easter",
                   "Reading diary checked on Fridays", "Funded from the school budget"],
                  ["", "", "Theatre trip for the whole year group", "£25"],
                  ["", "", "Total PEPSA requested", "£465"]])
    pep = read_pep(_docx(tmp_path, build))
    got = [(s.description, s.cost, s.target_ref) for s in pep.pp_spend]
    assert got == [("Spelling club with the class TA twice a week", 120.0, "1"),
                   ("Third Space Learning online tutoring, 10 sessions", 320.0, "2"),
                   ("Sensory circuit equipment for the base room", None, "3"),
                   ("Theatre trip for the whole year group", 25.0, None)]
    assert pep.pp_requested == 465.0
    assert len(pep.targets) == 5


def test_rd_grid2_a_grid_column_headed_by_a_voice_prompt_is_the_voice(tmp_path):
    """A grid of the child's lessons with one column asking how the child felt: that column is the voice, the
    others describe the lessons; a voice column left blank is a voice part found empty."""
    def build(d, said):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Jamal Reid")
        _bold(d, "A day in my school")
        _grid(d, [["Lesson", "What we did", "How I felt about it"],
                  ["Art", "Clay animals with Mr Shah", said[0]],
                  ["Science", "Growing beans on the windowsill", said[1]],
                  ["PE", "Dodgeball in the hall", said[2]]])
    pep = read_pep(_docx(tmp_path, lambda d: build(d, ["I was proud of my clay fox.", "",
                                                      "Dodgeball makes me nervous when people shout."])))
    voice = pep.pupil_voice.text or ""
    assert "I was proud of my clay fox." in voice and "Dodgeball makes me nervous when people shout." in voice
    assert "Clay animals" not in voice and "Growing beans" not in voice
    assert pep.parts["pupil_voice"] == PartStatus.read
    blank = read_pep(_docx(tmp_path, lambda d: build(d, ["", "", ""]), "blank.docx"))
    assert not blank.pupil_voice.text and blank.parts["pupil_voice"] == PartStatus.empty


def test_rd_grid2_a_heading_in_which_the_child_speaks_starts_the_voice_and_another_writer_ends_it(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Jamal Reid")
        _bold(d, "Things I would like my social worker to know")
        d.add_paragraph("I miss my brother at the weekends.")
        _bold(d, "How Jamal is getting on (class teacher)")
        d.add_paragraph("Jamal has made steady progress in reading since September and enjoys group work.")
    pep = read_pep(_docx(tmp_path, build))
    assert "I miss my brother at the weekends." in (pep.pupil_voice.text or "")
    assert "steady progress" not in (pep.pupil_voice.text or "")


def test_rd_grid2_a_blank_date_before_a_term_is_not_a_date_left_unread(tmp_path):
    """'PEP signed off on' left blank, then 'Next meeting summer term 2026' on the same line: no date there
    was missed, so the meeting part is read (and the missing sign-off can be told to the school)."""
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Jamal Reid")
        d.add_paragraph("Date of PEP meeting: 10/11/2025")
        d.add_paragraph("PEP signed off on            Next meeting   summer term 2026")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date is None
    assert pep.parts["meeting"] == PartStatus.read


def test_rd_grid2_a_named_box_left_blank_in_a_row_of_pairs_is_empty(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan")
        _grid(d, [["Pupil", "Jamal Reid", "Attendance since September", ""],
                  ["School", "Fenwick Road Primary", "Date of PEP meeting", "10/11/2025"]], bold_header=False)
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent is None
    assert pep.parts["attendance"] == PartStatus.empty


def test_rd_grid2_an_age_under_its_label_and_a_yes_to_an_ehcp_question_are_read(tmp_path):
    """'Child's age on the day of the PEP' over '9 years 4 months' (the year group follows from it) and 'Does
    the child have an EHC plan?' over 'Yes - reviewed in June' are not details of the child left unread."""
    def build(d):
        d.add_paragraph("Personal Education Plan")
        _bold(d, "Pupil details")
        _bold(d, "Name")
        d.add_paragraph("Jamal Reid")
        _bold(d, "Child's age on the day of the PEP")
        d.add_paragraph("9 years 4 months")
        _bold(d, "Does the child have an EHC plan?")
        d.add_paragraph("Yes - reviewed in June 2025")
        _bold(d, "Date of PEP meeting")
        d.add_paragraph("10/11/2025")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Jamal Reid"
    assert pep.child.year_group == 5
    assert pep.parts["child"] == PartStatus.read


def test_rd_grid2_a_voice_column_in_a_table_of_targets_is_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Jamal Reid")
        _bold(d, "Review of last term's targets")
        _grid(d, [["Previous target", "Outcome", "My thoughts"],
                  ["Jamal will learn his 6 times table by December", "Achieved in the December check",
                   "I practised with my carer every night."]])
    pep = read_pep(_docx(tmp_path, build))
    assert len(pep.previous_targets) == 1
    assert "I practised with my carer every night." in (pep.pupil_voice.text or "")


def test_rd_grid2_a_column_of_what_the_child_said_by_name_is_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Jamal Reid")
        _grid(d, [["Day", "Activity", "What Jamal said"],
                  ["Monday", "Swimming lesson", "The water was cold but I swam a width."],
                  ["Tuesday", "Library visit", "I chose a book about sharks."]])
    pep = read_pep(_docx(tmp_path, build))
    assert "I chose a book about sharks." in (pep.pupil_voice.text or "")
    assert "Library visit" not in (pep.pupil_voice.text or "")


def test_rd_grid2_a_target_column_beside_a_funding_column_is_a_table_of_targets(tmp_path):
    """'Next step | How adults will help | EYPP (£)': the fund's column is enough to make it a targets table,
    and an amount written first ('£50 - sand tray') is the cost of the words after it."""
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Ava Lin")
        _bold(d, "My next steps")
        _grid(d, [["Next step", "How adults will help", "EYPP (£)"],
                  ["Ava will count to 10 with an adult by the spring review", "Counting songs at group time",
                   "£50 - sand tray and counters"],
                  ["Ava will say two-word phrases in play by February", "Speech and language sessions", "120"],
                  ["Ava will put on her coat by herself by Easter", "Practice at home time", "n/a"]])
    pep = read_pep(_docx(tmp_path, build))
    assert len(pep.targets) == 3
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("sand tray and counters", 50.0, "1"), ("Speech and language sessions", 120.0, "2")]


def test_rd_grid2_the_adults_words_are_not_the_voice(tmp_path):
    """A heading where the child seems to speak but another writer fills it in ('(designated teacher)'), and a
    grid of the adults' views, are not the child's voice; a question put to the child with a helper named in
    brackets does not end the voice."""
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Ava Lin")
        _bold(d, "What I would like the Virtual School to know (designated teacher)")
        d.add_paragraph("Ava needs a laptop for her homework club.")
        _grid(d, [["Who", "Relationship", "Comments"],
                  ["Mrs Kay", "Foster carer", "Ava is settled and sleeping well."],
                  ["Mr Obi", "Social worker", "Family time is going well."]])
        _bold(d, "My views")
        d.add_paragraph("I like the new reading corner.")
        _bold(d, "What do you do at the weekend? (ask your carer to help)")
        d.add_paragraph("I go to the park with my foster brother.")
    pep = read_pep(_docx(tmp_path, build))
    voice = pep.pupil_voice.text or ""
    assert "I like the new reading corner." in voice and "I go to the park with my foster brother." in voice
    assert "laptop" not in voice and "settled" not in voice and "Family time" not in voice
