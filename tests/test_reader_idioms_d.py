"""Idioms found in zoo D (issue 11), one small document each, worded unlike the zoo files: what is read, and
the part statuses that follow. Each test fails if the idiom is read the old way. Test names carry the branch
that added them (several helpers add to this file)."""
from __future__ import annotations

from datetime import date

from docbuild import docx
from docbuild import docx as _docx

from pepqa.model import PartStatus
from pepqa.readers import idioms, read_pep


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


# --- rd-grid: spreadsheet print-outs, RAG checklists, term columns, funding in target rows ---

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


# -- rd-grid: a RAG checklist before the pupil details, titled tables, one table per target ----------------
def test_rd_grid_a_rag_checklist_is_not_the_parts_it_rates(tmp_path):
    def build(d):
        _table(d, [["Section", "Rating", "Notes"],
                   ["Pupil voice", "Amber", "Only one question answered"],
                   ["Attendance", "Red", "85% - below the expected level"],
                   ["Targets", "Green", "Three set"]])
        d.add_paragraph("Pupil voice").runs[0].bold = True
        d.add_paragraph("I like art club on Wednesdays.")
    pep = read_pep(docx(tmp_path, build))
    assert pep.pupil_voice.text == "I like art club on Wednesdays."
    assert pep.attendance_percent is None
    assert pep.parts["attendance"] == PartStatus.not_found  # the rating is no attendance section left unread


def test_rd_grid_labels_over_values_under_a_title_row(tmp_path):
    def build(d):
        _table(d, [["CHILD INFORMATION", "", "", "", ""],
                   ["Family name", "Given name", "Year", "Setting", "PEP date"],
                   ["Kowalski", "Mia", "8", "Hillcrest High School", "02/12/2025"]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.child.name == "Mia Kowalski"
    assert pep.child.year_group == 8
    assert pep.school.name == "Hillcrest High School"
    assert pep.meeting_date == date(2025, 12, 2)
    assert pep.parts["child"] == PartStatus.read


def test_rd_grid_a_sign_off_strip_gives_the_completion_date_not_a_signature(tmp_path):
    def build(d):
        _table(d, [["Child's name", "Mia Kowalski"], ["Date of PEP meeting", "01/12/2025"]])
        _table(d, [["Signed off by the designated teacher on", "Pupil"], ["04/12/2025", "happy with my plan - Mia"]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.completed_date == date(2025, 12, 4)
    assert pep.child.name == "Mia Kowalski"
    assert pep.parts["meeting"] == PartStatus.read


def test_rd_grid_a_blank_sign_off_date_is_on_the_form_and_blank(tmp_path):
    def build(d):
        _table(d, [["Child's name", "Mia Kowalski"], ["Date of PEP meeting", "01/12/2025"]])
        _table(d, [["Signed off by the designated teacher on", "Pupil"], ["", "happy with my plan - Mia"]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.completed_date is None
    assert pep.parts["meeting"] == PartStatus.read  # nothing left unread: the date is genuinely blank


def test_rd_grid_a_target_table_with_a_fund_row_and_a_cost_row(tmp_path):
    def build(d):
        d.add_paragraph("Targets").runs[0].bold = True
        t = _table(d, [["", ""],
                       ["Target description", "Mia will read a chapter a night and log it in her planner until half-term"],
                       ["Who will help", "Form tutor"],
                       ["PP+ support", "Weekly reading mentor sessions"],
                       ["Cost", "£15 x 8 = £120"]])
        t.cell(0, 0).merge(t.cell(0, 1)).text = "Target 2 - Reading"
    pep = read_pep(docx(tmp_path, build))
    assert len(pep.targets) == 1 and pep.targets[0].number == 2
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [("Weekly reading mentor sessions", 120.0, "2")]
    assert pep.parts["targets"] == PartStatus.read


def test_rd_grid_a_ticked_rag_strip_column_is_a_checklist_too(tmp_path):
    def build(d):
        _table(d, [["Part of the plan", "Rating", "Why"],
                   ["Child's views", "☐ Red ☒ Amber ☐ Green", "Short answers"],
                   ["Attendance", "☒ Red ☐ Amber ☐ Green", "87%"]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.pupil_voice.text is None
    assert pep.parts["pupil_voice"] == PartStatus.not_found


def test_rd_grid_several_check_box_questions_on_one_line(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Mia Kowalski")
        d.add_paragraph("Has the child moved school this year? ☐ Yes ☒ No  Special educational needs: ☐ None ☒ EHCP"
                        "  Reduced timetable? ☐ Yes ☒ No")
    pep = read_pep(docx(tmp_path, build))
    assert pep.sen_status.value == "ehcp"
    assert pep.part_time_timetable is False
    assert pep.parts["sen"] == PartStatus.read
    assert pep.parts["child"] == PartStatus.read  # an answer to a question the model does not hold is not unread


def test_rd_grid_half_term_columns_read_the_latest_filled(tmp_path):
    def build(d):
        _table(d, [["", "Aut 1", "Aut 2", "Spr 1", "Spr 2", "Sum 1", "Sum 2"],
                   ["Child's name", "Mia Kowalski", "", "", "", "", ""],
                   ["Date of PEP meeting", "", "25/11/2025", "", "03/03/2026", "", ""],
                   ["Attendance %", "97.0", "96.1", "95.2", "94.8", "", ""]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 3, 3)
    assert pep.attendance_percent == 94.8


def test_rd_grid_a_sheet_printed_with_headings_but_no_gridlines(tmp_path):
    """Ruled only along its shaded column letters and row numbers: its text lies between them, in the cells
    where a letter's column crosses a number's row (it was dropped before: inside the table, in no cell)."""
    from weasyprint import HTML

    rows = [["Learner name", "Mia Kowalski"], ["School / college", "Riverside Sixth Form"],
            ["Date of review meeting", "10/02/2026"]]
    cell = "style='border:none'"
    shade = "style='border:0.5pt solid #999;background:#eee'"
    html = (f"<table style='border-collapse:collapse;width:100%'><tr><td {shade}></td><td {shade}>A</td><td {shade}>B</td></tr>"
            + "".join(f"<tr><td {shade}>{i}</td><td {cell}>{a}</td><td {cell}>{b}</td></tr>" for i, (a, b) in enumerate(rows, 1))
            + "</table>")
    path = tmp_path / "sheet.pdf"
    HTML(string=f"<html><body>{html}</body></html>").write_pdf(str(path))
    pep = read_pep(path)
    assert pep.child.name == "Mia Kowalski"
    assert pep.school.name == "Riverside Sixth Form"
    assert pep.meeting_date == date(2026, 2, 10)


def test_rd_grid_a_refusal_boxes_and_bare_prompts_are_not_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Mia Kowalski")
        d.add_paragraph("Pupil voice").runs[0].bold = True
        _table(d, [["What do you enjoy at school? *", "Mia chose not to share her views this time"],
                   ["Tell us about your friends (tick any)", "☐ ☐ ☐"],
                   ["Anything else?", "N/A"]])
    pep = read_pep(docx(tmp_path, build))
    assert not pep.pupil_voice.text
    assert pep.parts["pupil_voice"] == PartStatus.empty  # found and empty: the school is rightly told


def test_rd_grid_the_child_saying_no_in_the_first_person_is_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Pupil voice").runs[0].bold = True
        _table(d, [["What is hard?", "I did not want to give my views in front of everyone."]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.pupil_voice.text == "I did not want to give my views in front of everyone."


def test_rd_grid_rag_letters_under_a_rating_header(tmp_path):
    def build(d):
        _table(d, [["Quality standard", "RAG rating", "Comment"],
                   ["Pupil voice", "G", "In her own words"],
                   ["Attendance", "R", "85% - missing the target"]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.pupil_voice.text is None
    assert pep.parts["attendance"] == PartStatus.not_found


def test_rd_grid_a_target_about_total_communication_is_a_target(tmp_path):
    def build(d):
        _table(d, [["No.", "Area", "Target", "Cost"],
                   ["1", "Total communication", "Mia will use six new Makaton signs with adults by Easter", "£40"],
                   ["", "Total", "", "£40"]])
    pep = read_pep(docx(tmp_path, build))
    assert len(pep.targets) == 1 and pep.targets[0].area == "Total communication"
    assert pep.pp_requested == 40.0


def test_rd_grid_legal_surname_and_a_preferred_name_in_labels_over_values(tmp_path):
    def build(d):
        _table(d, [["Legal surname", "First name(s)", "Preferred name", "Year"], ["Kowalski", "Mia Rose", "Mimi", "9"]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.child.name == "Mia Rose Kowalski"
    assert pep.parts["child"] == PartStatus.read  # a preferred name is a name the model does not hold, not unread


def test_rd_grid_a_rag_column_rated_by_colour_only(tmp_path):
    def build(d):
        _table(d, [["Area checked", "Evidence", "RAG"],
                   ["Pupil voice", "Completed with the key worker", ""],
                   ["Attendance", "85% this year", ""],
                   ["Targets", "Three targets", ""]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.pupil_voice.text is None and pep.attendance_percent is None


def test_rd_grid_a_print_area_past_a1_with_a_hidden_row(tmp_path):
    def build(d):
        _table(d, [["", "C", "D", "F"],
                   ["14", "Learner name", "Mia Kowalski", ""],
                   ["15", "School / college", "Riverside Sixth Form", ""],
                   ["17", "Year group", "Year 12", ""]])
    pep = read_pep(docx(tmp_path, build))
    assert (pep.child.name, pep.school.name, pep.child.year_group) == ("Mia Kowalski", "Riverside Sixth Form", 12)


def test_rd_grid_a_date_of_approval_is_the_completion_date(tmp_path):
    def build(d):
        _table(d, [["Child's name", "Mia Kowalski"], ["Date of PEP meeting", "01/12/2025"]])
        _table(d, [["Date of approval (designated teacher)", "Carer"], ["05/12/2025", "Agreed - T. Kowalski"]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.completed_date == date(2025, 12, 5)
    assert pep.meeting_date == date(2025, 12, 1)


def test_rd_grid_targets_listed_under_outcome_with_a_money_column_beside(tmp_path):
    def build(d):
        _table(d, [["#", "Outcome", "Who", "By when", "PP+ (£)", "What the money buys"],
                   ["1", "Mia will complete three timed essay plans and score 6/10 or more by 1 March 2026",
                    "English tutor", "01/03/2026", "240", "Six essay-writing tutorials"],
                   ["2", "Mia will attend every Monday study session until the Easter holiday",
                    "Form tutor", "Easter", "", ""]])
    pep = read_pep(docx(tmp_path, build))
    assert [t.text[:20] for t in pep.targets] == ["Mia will complete th", "Mia will attend ever"]
    assert [(s.description, s.cost) for s in pep.pp_spend] == [("Six essay-writing tutorials", 240.0)]


def test_rd_grid_a_target_row_with_its_main_cell_empty_is_not_read_in_full(tmp_path):
    def build(d):
        _table(d, [["No.", "Target", "Actions"],
                   ["1", "Mia will complete three timed essay plans by 1 March 2026", "Weekly tutorial"],
                   ["2", "", "Daily reading with the TA at lunchtime"]])
    pep = read_pep(docx(tmp_path, build))
    assert len(pep.targets) == 1
    assert pep.parts["targets"] == PartStatus.partial  # the officer reads row 2; the school hears nothing


# --- rd-prose: facts in sentences, two-language labels, lettered next steps ---

# -- rd-prose: labels in two languages, pairs behind dotted leaders -------------------------------------

def test_rd_prose_a_two_language_label_is_read_by_the_half_it_knows(tmp_path):
    def build(d):
        d.add_paragraph("Cynllun Addysg Personol / Personal Education Plan")
        d.add_paragraph("Enw llawn / Full name .......... Osian Bevan")
        d.add_paragraph("Dyddiad yr adolygiad / Date of PEP meeting .......... Tuesday 4th November 2025")
        d.add_paragraph("Canran presenoldeb / Attendance percentage .......... 91.5%")
        d.add_paragraph("Athrawes ddynodedig / Designated teacher .......... Ms L. Rowlands")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Osian Bevan"
    assert pep.meeting_date == date(2025, 11, 4)
    assert pep.attendance_percent == 91.5
    assert pep.parts["attendance"] == PartStatus.read


def test_rd_prose_two_pairs_behind_leaders_on_one_line_split_where_the_next_label_starts():
    known = {"Lleoliad / Setting", "Grŵp blwyddyn / Year group", "Setting", "Year group"}

    def is_label(x: str) -> bool:
        return x in known or any(x.endswith(" / " + k) for k in ("Setting", "Year group"))
    got = idioms.leader_pairs("Lleoliad / Setting ....... Meithrinfa Seren Fach Grŵp blwyddyn / Year group ....... 1",
                              is_label)
    assert got == [("Lleoliad / Setting", "Meithrinfa Seren Fach"), ("Grŵp blwyddyn / Year group", "1")]


def test_rd_prose_an_english_pair_after_a_value_behind_leaders(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Pupil name ....... Maisie Draper Date of birth ....... 14/06/2015")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Maisie Draper"
    assert pep.child.date_of_birth == date(2015, 6, 14)


def test_rd_prose_a_total_row_and_a_support_only_row_in_a_table_of_targets(tmp_path):
    def build(d):
        d.add_paragraph("Targedau / Targets")
        t = d.add_table(rows=5, cols=4)
        rows = [["No.", "Target", "PP+ support", "Cost"],
                ["1", "Osian will spell 15 of the Year 4 statutory words correctly by February half-term",
                 "Spelling group with TA", "£120"],
                ["2", "Osian will recall the 3 and 4 times tables in under 2 minutes by Easter", "", ""],
                ["", "", "Swimming club membership for the term", "£60"],
                ["", "Cyfanswm / Total requested", "", "£180"]]
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    pep = read_pep(_docx(tmp_path, build))
    assert [t.number for t in pep.targets] == [1, 2]
    assert pep.pp_requested == 180.0
    lines = {s.description: (s.cost, s.target_ref) for s in pep.pp_spend}
    assert lines["Swimming club membership for the term"] == (60.0, None)
    assert lines["Spelling group with TA"][0] == 120.0


# -- rd-prose: an early-years learning story: facts in sentences, the child's quoted words, lettered next steps --

def test_rd_prose_the_childs_name_age_and_setting_stated_in_sentences(tmp_path):
    def build(d):
        d.add_paragraph("About me").runs[0].bold = True
        d.add_paragraph("My name is Amelia Hart and I am 2 years 10 months old. I attend Little Oaks Nursery on "
                        "Tuesdays and Thursdays.")
        d.add_paragraph("Date of PEP meeting: 12/11/2025")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Amelia Hart"
    assert pep.school.name == "Little Oaks Nursery"
    assert pep.child.year_group == -1  # 2 years 10 months on 12 November 2025: nursery
    assert pep.provenance["school.name"].match == "prose"


def test_rd_prose_a_third_person_sentence_about_the_child(tmp_path):
    def build(d):
        d.add_paragraph("Child: Amelia Hart")
        d.add_paragraph("Amelia is 3 years 1 month old and goes to Rainbow Corner Pre-School, where she has settled well.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.school.name == "Rainbow Corner Pre-School"


def test_rd_prose_a_sentence_about_someone_else_is_not_the_childs_setting(tmp_path):
    def build(d):
        d.add_paragraph("Child: Amelia Hart")
        d.add_paragraph("Her brother Josh goes to Hillside Primary School and walks there with their carer.")
    assert read_pep(_docx(tmp_path, build)).school.name is None


def test_rd_prose_the_meeting_date_in_a_sentence_under_a_meeting_heading(tmp_path):
    def build(d):
        d.add_paragraph("Child: Amelia Hart")
        d.add_paragraph("About our meeting").runs[0].bold = True
        d.add_paragraph("We met at Rainbow Corner Pre-School on Monday 3rd November 2025. Her carer and her key "
                        "person were there, and her social worker joined by phone.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2025, 11, 3)
    assert pep.parts["meeting"] == PartStatus.read


def test_rd_prose_the_childs_words_quoted_after_and_said_in_an_observation(tmp_path):
    def build(d):
        d.add_paragraph("Child: Amelia Hart")
        d.add_paragraph("Observations").runs[0].bold = True
        d.add_paragraph("At the water tray Amelia filled the jug and said \u201cIt is too heavy now.\u201d Later, "
                        "while painting, she whispered \u201cI made a rainbow for Mummy.\u201d Her key person "
                        "said \u201cWell done, Amelia.\u201d")
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "It is too heavy now." in voice and "I made a rainbow for Mummy." in voice
    assert "Well done" not in voice


def _lettered_steps(tmp_path, heading: str, spend_header: list[str], spend_row: list[str]):
    """Two next steps, each a one-cell heading row ('Step A - Literacy') over its text, then an EYPP table."""
    def build(d):
        d.add_paragraph("Child: Amelia Hart")
        d.add_paragraph("Next steps").runs[0].bold = True
        for letter, area, text in (("A", "Literacy", "Amelia will join in with 3 nursery rhymes at group time by February"),
                                   ("B", "Mathematics", "Amelia will match 3 shapes in a puzzle with an adult by Easter")):
            t = d.add_table(rows=2, cols=1)
            t.cell(0, 0).text = heading.format(letter=letter, area=area)
            t.cell(1, 0).text = text
        d.add_paragraph("EYPP").runs[0].bold = True
        t = d.add_table(rows=2, cols=3)
        for row, texts in enumerate((spend_header, spend_row)):
            for c, text in enumerate(texts):
                t.cell(row, c).text = text
    return read_pep(_docx(tmp_path, build))


def test_rd_prose_next_steps_lettered_with_their_area_and_eypp_linked_by_letter(tmp_path):
    pep = _lettered_steps(tmp_path, "Step {letter} - {area}", ["What we will buy", "Next step", "Cost"],
                          ["Shape sorter and puzzle set for the room", "B", "£25"])
    assert [(t.number, t.area) for t in pep.targets] == [(1, "Literacy"), (2, "Mathematics")]
    assert pep.targets[0].text.startswith("Amelia will join in")
    assert pep.pp_spend[0].target_ref == "2"


def test_rd_prose_a_heading_in_two_languages_starts_the_part_its_known_half_names(tmp_path):
    def build(d):
        d.add_paragraph("Child: Osian Bevan")
        d.add_paragraph("Barn y disgybl / Pupil voice")
        d.add_paragraph("I like art and I want to join the choir next term.")
    pep = read_pep(_docx(tmp_path, build))
    assert "join the choir" in (pep.pupil_voice.text or "")


def test_rd_prose_an_age_in_apposition_and_a_meeting_held_at_the_setting(tmp_path):
    def build(d):
        d.add_paragraph("Early Years PEP").runs[0].bold = True
        d.add_paragraph("Amelia, aged 3 years 2 months, attends Little Oaks Nursery three days a week.")
        d.add_paragraph("We held Amelia's PEP at her nursery on 12/11/2025 and her carer and key person came.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Amelia"  # the only name the file gives
    assert pep.provenance["child.name"].match == "prose"
    assert pep.school.name == "Little Oaks Nursery"
    assert pep.meeting_date == date(2025, 11, 12)
    assert pep.child.year_group == -1


def test_rd_prose_next_steps_named_by_area_in_one_cell_rows(tmp_path):
    def build(d):
        d.add_paragraph("Child: Alfie Moss")
        d.add_paragraph("My next steps").runs[0].bold = True
        for area, text in (("Physical development", "Alfie will hold a pencil with a tripod grip for 2 minutes by February"),
                           ("Next step: Mathematics", "Alfie will count 6 steps out loud on the way into nursery by Easter")):
            t = d.add_table(rows=2, cols=1)
            t.cell(0, 0).text = area
            t.cell(1, 0).text = text
    pep = read_pep(_docx(tmp_path, build))
    assert [t.area for t in pep.targets] == ["Physical development", "Mathematics"]
    assert pep.targets[1].text.startswith("Alfie will count 6 steps")


def test_rd_prose_the_childs_words_in_single_curly_quotes(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("Freya said, \u2018I like the sand pit best.\u2019 Later she told me \u2018I don\u2019t like the "
                        "loud bell.\u2019")
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "I like the sand pit best." in voice
    assert "I don\u2019t like the loud bell." in voice


def test_rd_prose_a_list_of_next_steps_lettered_a_b(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("Next steps").runs[0].bold = True
        d.add_paragraph("A. Freya will recognise the first letter of her name in 3 places by February.")
        d.add_paragraph("B. Freya will say number names to 5 in order during songs by Easter.")
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.text[:5]) for t in pep.targets] == [(1, "Freya"), (2, "Freya")]


def test_rd_prose_attendance_and_the_meeting_date_in_a_practitioners_sentences(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("Our meeting").runs[0].bold = True
        d.add_paragraph("We all met at Little Acorns on the 15th of October 2025. Freya comes 4 mornings a week and "
                        "her attendance is good at 96%.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2025, 10, 15)
    assert pep.attendance_percent == 96.0


def test_rd_prose_the_child_has_attended_a_percentage(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("Freya has attended 91% of her funded sessions since September, and she is settled.")
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 91.0


def test_rd_prose_a_meeting_that_took_place_on_a_date(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("The review took place on 02/12/2025 in the nursery office, with her carer present.")
    assert read_pep(_docx(tmp_path, build)).meeting_date == date(2025, 12, 2)


def test_rd_prose_an_observation_under_the_voice_heading_gives_the_quoted_words_only(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("Child's voice").runs[0].bold = True
        d.add_paragraph("In the home corner Freya stirred the pot and said \u201cSoup for you, hot!\u201d She then "
                        "fed the dolls for ten minutes.")
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text
    assert voice == "Soup for you, hot!"


def test_rd_prose_the_full_name_as_the_subject_and_a_hyphenated_age(tmp_path):
    def build(d):
        d.add_paragraph("Learning story").runs[0].bold = True
        d.add_paragraph("Noah Price is a lively 2-year-old who attends Bright Start Nursery every morning.")
        d.add_paragraph("Date of meeting: 15/10/2025")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Noah Price"
    assert pep.school.name == "Bright Start Nursery"
    assert pep.child.year_group == -1


def test_rd_prose_an_adult_named_with_a_title_is_not_the_child(tmp_path):
    def build(d):
        d.add_paragraph("Learning story").runs[0].bold = True
        d.add_paragraph("Mrs Price is 45 years old and attends Church Lane Surgery.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name is None and pep.school.name is None


def test_rd_prose_a_sentence_ending_in_a_blank_on_dots_is_not_left_unread(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("EYPP").runs[0].bold = True
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Description", "Cost"
        t.cell(1, 0).text, t.cell(1, 1).text = "Chatterbox speech group for a term", "£120"
        d.add_paragraph("Plan signed off by the nursery manager on ....................")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.parts["pp_plus"] == PartStatus.read


def test_rd_prose_a_value_before_the_trailing_dots_is_still_content(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("EYPP").runs[0].bold = True
        d.add_paragraph("Amount agreed by the panel 220 ....................")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.parts["pp_plus"] != PartStatus.empty


def test_rd_prose_two_things_asked_in_one_language_are_not_a_two_language_label(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Name / Role", "Karen Patel"
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Freya Lomas"


def test_rd_prose_a_voice_heading_over_the_childs_details_only_is_unread_not_empty(tmp_path):
    def build(d):
        d.add_paragraph("All about me").runs[0].bold = True
        d.add_paragraph("My name is Amelia Hart and I am 3 years 1 month old.")
        d.add_heading("Things I enjoy", level=2)
        d.add_paragraph("Painting with my fingers and the big red bike.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Amelia Hart"
    assert pep.parts["pupil_voice"] == PartStatus.unread


def test_rd_prose_a_spend_line_naming_its_next_step_by_letter_and_area(tmp_path):
    pep = _lettered_steps(tmp_path, "Next step {letter}: {area}", ["Provision", "Next step", "Cost"],
                          ["Rhyme bags to take home each week", "A - Literacy", "£30"])
    assert pep.pp_spend and pep.pp_spend[0].target_ref == "1"


def test_rd_prose_two_language_pairs_run_together_on_one_line(tmp_path):
    def build(d):
        d.add_paragraph("Cynllun Addysg Personol / Personal Education Plan")
        d.add_paragraph("Enw llawn / Full name: Osian Bevan Ysgol / School: Ysgol Maes y Coed")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Osian Bevan"
    assert pep.school.name == "Ysgol Maes y Coed"
