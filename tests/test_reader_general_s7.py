"""General reading rules (issue 11, seventh round), each in a small document worded unlike the zoos. Each test
fails on the reader before its rule."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _table

from pepqa.pipeline import check_file
from pepqa.policy import load_policy
from pepqa.readers import read_pep
from pepqa.readers.periods import SAME_AS


def _details(d):
    d.add_paragraph("Learner name: Tobias Okonkwo-Reyes")
    d.add_paragraph("Date of meeting: 04/03/2026")


def _codes(tmp_path, build, name="t.docx"):
    return {f.code for f in check_file(str(_docx(tmp_path, build, name)), load_policy(None), date(2026, 3, 20)).findings}


def test_a_bold_sender_line_with_its_value_does_not_end_the_voice(tmp_path):
    # An app statement pasted under the voice heading opens with its own fields in bold ('Uploaded by: ... (social
    # worker)'); a label with its value names who sent it, it is not a heading for another writer's box.
    def build(d):
        _details(d)
        d.add_heading("Pupil voice", 2)
        d.add_paragraph().add_run("Uploaded by: Sam Ferreira (social worker)").bold = True
        d.add_paragraph("What is going well? Football at break, I scored twice on Friday.")
    pep = read_pep(_docx(tmp_path, build))
    assert "scored twice" in (pep.pupil_voice.text or "")


def test_a_column_pointing_back_to_an_earlier_term_does_not_make_that_term_the_latest(tmp_path):
    # A termly grid where the spring column only says 'as autumn' for the name: spring was not filled in, so
    # autumn's meeting date is this PEP's, not a blank.
    def build(d):
        d.add_heading("Termly record", 2)
        _table(d, [["", "Autumn term", "Spring term"],
                   ["Learner name", "Tobias Okonkwo-Reyes", "Same as autumn"],
                   ["Date of meeting", "06/11/2025", ""],
                   ["Year group", "9", "ditto"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2025, 11, 6)
    assert pep.child.name and "Tobias" in pep.child.name


def test_pointing_back_is_told_from_a_value():
    for t in ("(as Term 1)", "As above", "same as last term", "Ditto", "no change"):
        assert SAME_AS.match(t), t
    for t in ("As needed", "Ashford Academy", "as per the EHCP", "Asif Khan"):
        assert not SAME_AS.match(t), t


def test_a_question_asking_what_the_fund_buys_heads_a_spend_table_not_targets(tmp_path):
    # 'Goal | What will the PEPSA buy? | £' under the funding heading: the rows are spend lines linked to goals,
    # not more targets (which would hide a real shortage of targets).
    def build(d):
        _details(d)
        d.add_paragraph("Year group: 4")
        d.add_heading("Targets", 2)
        _table(d, [["No.", "Target", "Who"],
                   ["1", "Tobias will read a Year 4 book aloud for 10 minutes with fewer than 3 errors by May.", "TA"]])
        d.add_heading("Pupil Premium Plus", 2)
        _table(d, [["Goal", "What will the PEPSA buy?", "£"],
                   ["1", "Reading Eggs licence for home practice", "£45"],
                   ["1", "Weekly 1:1 reading with the HLTA for 10 weeks", "£200"]])
    pep = read_pep(_docx(tmp_path, build))
    assert len(pep.targets) == 1
    assert [s.cost for s in pep.pp_spend] == [45.0, 200.0]
    assert all(s.target_ref == "1" for s in pep.pp_spend)


def test_a_money_life_skill_target_counts_as_maths(tmp_path):
    # Preparing for adulthood: paying with a coin and checking the change is number work, wherever it is filed.
    def build(d):
        _details(d)
        d.add_paragraph("Year group: 10")
        d.add_heading("Targets", 2)
        _table(d, [["Outcome", "Target", "Support"],
                   ["Communication", "Tobias will read and follow 8 symbol instructions in the kitchen by June.", "SALT"],
                   ["Independence", "Tobias will buy a drink at the café with a £2 coin and check his change "
                    "on 3 visits by June.", "HLTA"]])
    assert "EM002" not in _codes(tmp_path, build)


def test_the_forms_words_to_the_child_are_not_the_childs_views(tmp_path):
    # An empty views page keeps its printed guidance to the child ('In your own words ...', 'Things I would like
    # to say (draw, write or ask an adult to write):'); neither is the child speaking, so the gap is told.
    def build(d):
        _details(d)
        d.add_heading("My views", 2)
        d.add_paragraph("In your own words. You could type this yourself or tell your key adult.")
        d.add_paragraph("Things I would like everyone at my meeting to hear (draw, write or ask an adult to write):")
    pep = read_pep(_docx(tmp_path, build))
    assert not (pep.pupil_voice.text or "").strip()


def test_a_note_that_the_views_were_not_gathered_is_not_the_views(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("Pupil voice", 2)
        d.add_paragraph("Symbol board session not carried out this half term - advocate on leave.")
    pep = read_pep(_docx(tmp_path, build))
    assert not (pep.pupil_voice.text or "").strip()


def test_the_childs_words_that_say_not_are_still_the_childs(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("Pupil voice", 2)
        d.add_paragraph("I have not done my reading book yet but I like the dinosaur one.")
    pep = read_pep(_docx(tmp_path, build))
    assert "dinosaur" in (pep.pupil_voice.text or "")


def _window(d, title, held, done, voice, target):
    d.add_paragraph(title)
    _table(d, [["Date of review", held], ["Date completed by DT", done]])
    d.add_paragraph("Pupil voice")
    d.add_paragraph(voice)
    d.add_paragraph("Targets")
    _table(d, [["No.", "Target", "Who"], ["1", target, "Form tutor"]])


def test_review_windows_stacked_in_one_file_are_read_for_the_latest_dated_one(tmp_path):
    # A portal prints every review window of the year; the one with the latest date is the PEP. Its views box
    # says 'N/A': the earlier window's words are history, not this PEP's voice (nor unread text to look at again).
    def build(d):
        d.add_paragraph("Learner name: Tobias Okonkwo-Reyes")
        _window(d, "First review - September to December", "02/10/2025", "09/10/2025",
                "I feel safe in the library at break.", "Tobias will hand in 4 of 5 homework tasks on time by December.")
        _window(d, "Second review - January to April", "28/01/2026", "", "N/A",
                "Tobias will read 2 chapters of his class novel each week and log them by Easter.")
        _window(d, "Third review - May to July", "", "", "", "")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 1, 28)
    assert pep.completed_date is None  # the latest window's blank, not the first window's date
    assert [t.text[:20] for t in pep.targets] == ["Tobias will read 2 c"]
    assert not (pep.pupil_voice.text or "").strip()
    assert pep.parts["pupil_voice"].value == "empty"


def test_a_numbered_title_naming_the_area_before_a_colon_heads_a_target(tmp_path):
    # 'Goal 2 - Numeracy: <sentence>': the words between the number and the colon are the area, the sentence the
    # target (not a field label with a value the model does not hold).
    def build(d):
        _details(d)
        d.add_paragraph("Year group: 6")
        d.add_heading("Goals", 2)
        d.add_paragraph("Goal 1 - Literacy: Tobias will use a range of conjunctions in a 300-word diary entry by May.")
        d.add_paragraph("Goal 2 - Numeracy: Tobias will recall the 7 and 8 times tables in under 3 minutes by May.")
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.area) for t in pep.targets] == [(1, "Literacy"), (2, "Numeracy")]
    assert pep.targets[1].text.startswith("Tobias will recall")


def test_sections_typed_heading_and_content_into_one_cell_are_read(tmp_path):
    # A form written as a table, one row per section: the heading on a cell's first line, its content below, and
    # a reviewer's comment in the next column (never read as the school's content).
    def build(d):
        _details(d)
        _table(d, [["Section (school to complete)", "Reviewer's comment"],
                   ["Attendance\nAttendance so far this year: 93.5%", "Watch Mondays."],
                   ["Young person's views\nI would like more time on the computers.\nI get on with my new tutor.",
                    "Good detail."],
                   ["Next steps\nStep 1 - Reading: Tobias will read a chapter a night and keep a log for 6 weeks.",
                    "SMART."]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent == 93.5
    assert "more time on the computers" in (pep.pupil_voice.text or "")
    assert "Good detail" not in (pep.pupil_voice.text or "")
    assert [t.area for t in pep.targets] == ["Reading"]


def test_a_year_grid_rows_naming_parts_are_read_for_the_latest_term(tmp_path):
    # One column per term; rows named for the child's words, each target and the funding, not for fields. The
    # latest term's cells are the PEP: a wrapped sentence is one target, each amount starts a spend line.
    def build(d):
        _table(d, [["", "Term 1", "Term 2", "Term 3"],
                   ["Learner name", "Tobias Okonkwo-Reyes", "", ""],
                   ["Date of PEP meeting", "01/10/2025", "22/01/2026", ""],
                   ["My thoughts (in my words)", "I like swimming.", "I want to be in the school play.", ""],
                   ["Our reading goal", "Tobias will read nightly.", "Tobias will read a chapter book aloud\n"
                    "to his carer four nights a week\nuntil Easter.", ""],
                   ["Our number goal", "Tobias will count to 50.", "Tobias will recall number bonds to 20 in\n"
                    "under a minute by Easter.", ""],
                   ["Pupil Premium Plus (which goal?)", "", "£60 reading journal and\nbook bag (reading goal)\n"
                    "£30 number bond flash cards (number goal)", ""]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 1, 22)
    assert "school play" in (pep.pupil_voice.text or "") and "swimming" not in (pep.pupil_voice.text or "")
    assert [t.text for t in pep.targets] == [
        "Tobias will read a chapter book aloud to his carer four nights a week until Easter.",
        "Tobias will recall number bonds to 20 in under a minute by Easter."]
    assert [t.area for t in pep.targets] == ["reading", "number"]
    assert sorted(s.cost for s in pep.pp_spend) == [30.0, 60.0]


def test_a_labelled_age_gives_the_early_years_phase(tmp_path):
    # 'Age | 3 years 1 month' in the child's details: with no year group written, the age says the child is in
    # the early years, so a Communication and Language next step is the plan's English (no EM001).
    def build(d):
        _table(d, [["Child's name", "Tobias Okonkwo-Reyes"], ["Age", "3 years 1 month"],
                   ["Date of meeting", "04/03/2026"]])
        d.add_heading("Next steps", 2)
        _table(d, [["Area", "Next step"],
                   ["Communication and Language", "Tobias will join in with 5 familiar songs at group time by Easter."],
                   ["Mathematics", "Tobias will count 5 objects with one-to-one matching by Easter."]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.year_group == -1
    assert "EM001" not in _codes(tmp_path, build, "b.docx")


def test_a_record_kept_about_the_child_under_about_me_is_not_the_voice(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("About me", 2)
        _table(d, [["Care plan outline", "Long-term foster home since 2023; weekly family time with mum."],
                   ["Medical needs", "Asthma - inhaler kept in the office."]])
    pep = read_pep(_docx(tmp_path, build))
    assert not (pep.pupil_voice.text or "").strip()
    assert pep.parts["pupil_voice"].value != "read"


def test_a_box_title_and_a_note_to_the_child_are_not_the_childs_words(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("Pupil voice", 2)
        d.add_paragraph("Your school asked us to send you these pages. You might like to draw or write your answers.")
        d.add_paragraph("Your response")
    pep = read_pep(_docx(tmp_path, build))
    assert not (pep.pupil_voice.text or "").strip()


def test_a_report_in_numbered_paragraphs_is_read_by_each_paragraphs_topic(tmp_path):
    # A minutes-style report: no form fields, each numbered paragraph opens with its topic; the title names the
    # child after a colon, the year is a sentence of its own, the meeting's place names the school, and targets
    # are titled 'Target N (area): ...'.
    def build(d):
        d.add_heading("PEP summary report: Tobias Okonkwo-Reyes", 1)
        d.add_paragraph("Spring term 2026. Year 7. Date of report: 12 March 2026")
        d.add_paragraph("1. The review meeting took place at Larchwood High School on 5 March 2026 with his carer.")
        d.add_paragraph("2. Views of the child. Tobias came for the first part. He said: \"I want to join the "
                        "chess club and I need help with fractions.\"")
        d.add_paragraph("3. New targets. Both were agreed at the meeting.")
        d.add_paragraph("Target 1 (academic, maths): Tobias will add and subtract fractions with different "
                        "denominators, 8 of 10 correct, by May half-term.")
        d.add_paragraph("Target 2 (academic, English): Tobias will write a 250-word persuasive letter using 3 "
                        "rhetorical devices by May half-term.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Tobias Okonkwo-Reyes"
    assert pep.child.year_group == 7
    assert pep.school.name == "Larchwood High School"
    assert pep.completed_date == date(2026, 3, 12)
    assert "chess club" in (pep.pupil_voice.text or "")
    assert [(t.number, t.area) for t in pep.targets] == [(1, "academic, maths"), (2, "academic, English")]


def test_a_review_log_is_read_for_the_row_held_last_not_the_highest_ordinal(tmp_path):
    # A record running across school years: 'Third review' of last year is older than this year's 'First review'.
    def build(d):
        _table(d, [["Subject name", "Tobias Okonkwo-Reyes"]])
        _table(d, [["Review", "Date held", "Attendance %"],
                   ["Third review - May to July (Year 8)", "02/07/2026", "97.0"],
                   ["First review - September to December (Year 9)", "01/10/2026", "91.5"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Tobias Okonkwo-Reyes"
    assert pep.meeting_date == date(2026, 10, 1)
    assert pep.attendance_percent == 91.5


def test_a_strip_of_ratings_across_the_parts_is_not_their_content(tmp_path):
    # 'Views | Attendance | Targets' over 'Amber | Green | Red': a reviewer's rating of each part, not the views.
    def build(d):
        _details(d)
        d.add_heading("Pupil voice", 2)
        d.add_paragraph("I like the new art room and I want to do GCSE art.")
        _table(d, [["Pupil voice", "Attendance", "Targets"], ["Amber", "Green", "Red"]])
    pep = read_pep(_docx(tmp_path, build))
    assert "art room" in (pep.pupil_voice.text or "")
    assert "Amber" not in (pep.pupil_voice.text or "")


def test_a_title_counting_the_reviews_makes_the_review_date_the_meetings(tmp_path):
    def build(d):
        d.add_paragraph("Learning plan - Review 2 of 3, 2026/27")
        _table(d, [["Learner", "Review date"], ["Tobias Okonkwo-Reyes", "14 January 2027"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2027, 1, 14)


def test_a_status_history_gives_the_last_submission_as_the_completion_not_exclusions(tmp_path):
    def build(d):
        _details(d)
        _table(d, [["Stage", "Date", "By / reason"],
                   ["Submitted", "02/03/2026", "DT"],
                   ["Returned", "06/03/2026", "VS - reason: attendance missing"],
                   ["Resubmitted", "09 Mar 26", "DT"],
                   ["Approved", "11/03/2026", "VS"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date == date(2026, 3, 9)
    assert pep.exclusions == []


def test_a_status_history_still_in_progress_records_no_completion(tmp_path):
    def build(d):
        _details(d)
        _table(d, [["Status", "Date", "By"], ["Draft", "01/03/2026", "DT"], ["In progress", "03/03/2026", "DT"]])
    assert read_pep(_docx(tmp_path, build)).completed_date is None


def test_a_named_month_with_a_two_digit_year_is_a_date_but_not_a_duration():
    from pepqa.values import parse_date
    assert parse_date("Held Thu 5 Mar 26") == date(2026, 3, 5)
    assert parse_date("07-Nov-25") == date(2025, 11, 7)
    assert parse_date("1 May 30 minutes") is None
    assert parse_date("12 June 20%") is None


def test_a_title_line_of_facts_joined_by_dashes_names_child_school_and_year(tmp_path):
    def build(d):
        d.add_paragraph().add_run("Tobias Okonkwo-Reyes - Larchwood High School - Year 9 - review held 05/03/2026").bold = True
    pep = read_pep(_docx(tmp_path, build))
    assert (pep.child.name, pep.school.name, pep.child.year_group) == ("Tobias Okonkwo-Reyes", "Larchwood High School", 9)
    assert pep.meeting_date == date(2026, 3, 5)


def test_a_banner_row_with_a_note_starts_its_part_over_the_rows_below(tmp_path):
    # 'D. What I say | Reviewer RAG: A' over an observation log: the log is the child's part; a key person's note
    # that the words are still to be added is not the words.
    def build(d, log):
        _details(d)
        d.add_heading("Attendance", 2)
        d.add_paragraph("Attendance this term: 94%")
        _table(d, [["D. What I say", "Reviewer RAG: A"], ["When and where", "Observation"]] + log)
    pep = read_pep(_docx(tmp_path, lambda d: build(d, [["Snack time, 3 March", 'Tobias pointed and said "More apple please."']])))
    assert "More apple please" in (pep.pupil_voice.text or "")
    pep = read_pep(_docx(tmp_path, lambda d: build(d, [["", "Observations still to be added by key person."]]), "b.docx"))
    assert not (pep.pupil_voice.text or "").strip()


def test_a_one_row_banner_naming_a_part_no_table_holds_does_not_stop_the_file_being_read(tmp_path):
    # 'All about me | Comments' alone in a table: a banner. Checking it against the table kinds must not fail on a
    # part that is no table kind (it made the whole file 'could not read the DOCX file').
    for head in ("All about me", "Attendance and inclusion"):
        def build(d):
            _details(d)
            _table(d, [[head, "Comments"]])
        pep = read_pep(_docx(tmp_path, build, f"{head[:3]}.docx"))
        assert pep.child.name == "Tobias Okonkwo-Reyes"
