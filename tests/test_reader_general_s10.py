"""General reading rules (issue 11, tenth round), each in a small document worded unlike the zoos. Each test
fails on the reader before its rule, except the guards, which say what the rule must leave alone."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _table

from pepqa.readers import read_pep
from pepqa.values import parse_year_group


def test_the_bracketed_option_of_a_printed_year_list_is_the_year():
    assert parse_year_group("11 / (12) / 13 / 14") == 12
    assert parse_year_group("9 / 10 / [11]") == 11


def test_guard_a_year_list_with_nothing_or_two_marked_is_no_answer():
    assert parse_year_group("11 / 12 / 13 / 14") is None
    assert parse_year_group("11 / (12) / (13) / 14") is None


def _smart_grid(d, rows):
    d.add_paragraph("Learner: Ottilie Brancaster")
    d.add_heading("Progression goals this review", level=2)
    _table(d, rows)


def test_columns_titled_as_numbered_goals_are_one_goal_each_with_their_smart_rows(tmp_path):
    # ' | Goal 1 | Goal 2' over 'Goal | ...' and SMART letters: each column is one goal; 'M Measurable ...' is its
    # measure, 'T Time-bound' its time frame, and the 'A'/'R' rows are its own breakdown, not content left unread.
    def build(d):
        _smart_grid(d, [["", "Goal 1", "Goal 2"],
                        ["Goal", "Ottilie will write two practice essays a fortnight", "Ottilie will pass the food hygiene unit"],
                        ["S Specific", "Essay structure", "Hygiene theory"],
                        ["M Measurable How do we know it is done?", "Tutor marks", "Unit certificate"],
                        ["A Achievable", "Yes", "Yes, with mentor"],
                        ["R Relevant Does it reflect what the learner wants?", "Yes", "Yes"],
                        ["T Time-bound", "By February half term", "By 20/03/2027"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [t.text for t in pep.targets] == ["Ottilie will write two practice essays a fortnight",
                                             "Ottilie will pass the food hygiene unit"]
    assert [t.success_criteria for t in pep.targets] == ["Tutor marks", "Unit certificate"]
    assert pep.targets[1].by_when == "By 20/03/2027" and pep.parts["targets"].value == "read"


def test_guard_a_row_about_a_specific_learning_difficulty_is_no_smart_letter(tmp_path):
    # 'Specific learning difficulty' starts with a SMART word but no letter: it is not a target's text.
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("Special educational needs", level=2)
        _table(d, [["SEN status", "SEN support"], ["Specific learning difficulty", "Dyslexic traits: coloured overlay"]])
    assert read_pep(_docx(tmp_path, build)).targets == []


def test_a_next_step_table_titled_with_its_area_beside_the_title_is_one_next_step(tmp_path):
    # 'My next step 1 | Area of learning: Physical development' over its rows: one item, not a row per field.
    def build(d):
        d.add_paragraph("Child's name: Ottilie Brancaster")
        d.add_heading("Next steps agreed", level=2)
        for n, area, text in ((1, "Physical development", "Ottilie will climb the steps of the slide without help"),
                              (2, "Mathematics", "Ottilie will count five spoons onto the table at snack time")):
            _table(d, [[f"My next step {n}", f"Area of learning: {area}"], ["What I will learn to do", text],
                       ["Who will help me", "Key person"], ["By when", "March 2027"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [t.text for t in pep.targets] == ["Ottilie will climb the steps of the slide without help",
                                             "Ottilie will count five spoons onto the table at snack time"]
    assert [t.area for t in pep.targets] == ["Physical development", "Mathematics"]


def test_a_status_column_saying_new_lists_this_plans_targets(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("Targets agreed at this review", level=2)
        _table(d, [["No.", "Area", "Target", "Status"],
                   ["T1", "Reading", "Ottilie will read two chapters aloud to her carer each week", "New"],
                   ["T2", "Maths", "Ottilie will recall the 7 times table in under a minute", "New"]])
    pep = read_pep(_docx(tmp_path, build))
    assert len(pep.targets) == 2 and pep.previous_targets == []


def test_forename_and_surname_complete_a_first_name_given_alone(tmp_path):
    def build(d):
        d.add_heading("All about me", level=2)
        _table(d, [["My name is", "Ottilie"]])
        _table(d, [["Forename", "Ottilie", "Surname", "Brancaster"]])
    assert read_pep(_docx(tmp_path, build)).child.name == "Ottilie Brancaster"


def test_an_unticked_feelings_scale_and_adults_columns_are_not_the_voice(tmp_path):
    # The child's box is empty: the scale printed for the child, and 'My carer says', are not the child's words.
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("My views", level=2)
        d.add_paragraph("☐ Happy ☐ OK ☐ Sad")
        _table(d, [["In my own words", "My carer says", "My key person says"],
                   ["", "Ottilie sleeps well and loves the swings.", "Ottilie settles quickly in the mornings."]])
        d.add_heading("Targets", level=2)
    assert not (read_pep(_docx(tmp_path, build)).pupil_voice.text or "").strip()


def test_a_count_of_the_next_steps_asked_for_is_not_a_next_step(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Ottilie Brancaster")
        d.add_heading("My new next steps", level=2)
        d.add_paragraph("Agree 2-4 next steps. Each should be something the child can do by the next PEP.")
        d.add_paragraph("Ottilie will put on her own coat before outdoor play.")
    assert [t.text for t in read_pep(_docx(tmp_path, build)).targets] == \
        ["Ottilie will put on her own coat before outdoor play."]


def test_a_label_with_a_bracketed_note_over_its_box_labels_the_box(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Ottilie Brancaster")
        d.add_paragraph("My attendance (sessions attended out of sessions booked, and why any were missed):")
        _table(d, [["Ottilie has come to 94% of her booked sessions this term."]])
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 94.0


def test_a_lettered_section_heading_with_a_subtitle_heads_its_part(tmp_path):
    # 'Section G - Learner's Views: what I will do' is the heading; the child's lines follow it.
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("Section E - Funding", level=2)
        d.add_paragraph("Section G - Learner's Views: what I will do next")
        d.add_paragraph("• I will bring my reading book every day.")
    assert "reading book" in (read_pep(_docx(tmp_path, build)).pupil_voice.text or "")


def test_the_year_so_far_beats_last_years_whole_year_in_a_row_of_bare_figures(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("Attendance (%)", level=2)
        _table(d, [["Autumn 1", "Year to date", "2025-26 (whole year)"], ["95.1", "94.6", "88.0"]])
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 94.6


def test_another_funds_table_and_a_status_after_the_amount_are_not_the_request(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("PP+ request", level=2)
        _table(d, [["Resource / intervention", "Amount (£)", "Status"],
                   ["Reading tutor, 10 x 1 hour", "300.00", "Requested"], ["Revision guides", "40.00", "Requested"]])
        _table(d, [["Personal Education Allowance (PEA) - out-of-school activity (not PP+)", "Amount (£)"],
                   ["Swimming club, autumn term", "60.00"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [s.description for s in pep.pp_spend] == ["Reading tutor, 10 x 1 hour", "Revision guides"]
    assert pep.pp_requested is None


def test_a_subject_line_names_the_child_and_its_run_of_details(tmp_path):
    def build(d):
        d.add_paragraph("Virtual School Teacher's report")
        d.add_paragraph("Re: BRANCASTER, Ottilie DOB 11/05/2016 NCY 5 School: Holmwood Junior School")
        d.add_paragraph("The PEP meeting took place on 14 October 2026.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Ottilie Brancaster" and pep.child.year_group == 5
    assert pep.school.name == "Holmwood Junior School"


def test_a_sentence_saying_the_child_is_in_a_year_gives_the_year(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Ottilie Brancaster")
        d.add_paragraph("The meeting was held at school. Ottilie is in Year 5 and settled in her class.")
    assert read_pep(_docx(tmp_path, build)).child.year_group == 5


def test_a_box_of_label_rows_each_over_its_values(tmp_path):
    def build(d):
        _table(d, [["Forename(s)", "Surname"], ["Ottilie", "Brancaster"],
                   ["Date of birth", "School year / class"], ["11/05/2016", "Primary 6 (NCY 5)"],
                   ["School", "Legal status"], ["Holmwood Junior School", "Care Order"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.year_group == 5 and pep.school.name == "Holmwood Junior School"


def test_guard_a_minute_about_this_years_attendance_is_not_split_at_its_date_words(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("3. Attendance", level=2)
        d.add_paragraph("3.1 Attendance 2026/27 to date: 91.5%. Last year 88%.")
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 91.5


def test_wrapped_lines_of_a_portrait_page_join_though_a_later_page_is_landscape(tmp_path):
    # A report whose appendix is landscape: each page's own right edge says whether a line was full, so the
    # child's quoted words wrapped over two lines stay one piece.
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import NextPageTemplate, PageBreak, PageTemplate, Frame, BaseDocTemplate, Paragraph, Table

    path = tmp_path / "r.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4)
    doc.addPageTemplates([PageTemplate("p", [Frame(56, 56, A4[0] - 112, A4[1] - 112)], pagesize=A4),
                          PageTemplate("l", [Frame(40, 40, landscape(A4)[0] - 80, landscape(A4)[1] - 80)],
                                       pagesize=landscape(A4))])
    st = getSampleStyleSheet()["Normal"]
    words = ("When we talked about school Ottilie told me: \"I like the library best because it is quiet and "
             "nobody shouts at me when I read my dragon books at lunch.\" She also said she wants to join the choir.")
    doc.build([Paragraph("Learner: Ottilie Brancaster", st), Paragraph("<b>Ottilie's views</b>", st),
               Paragraph(words, st), Paragraph("<b>Progress</b>", st), Paragraph("Reading is at the expected standard.", st),
               NextPageTemplate("l"), PageBreak(),
               Table([["Item", "Provision and what it is for in full detail", "Target", "Cost"],
                      ["A1", "Small-group reading tuition with a qualified teacher, one hour a week for twelve weeks",
                       "1", "£400.00"]])])
    voice = read_pep(path).pupil_voice.text or ""
    assert "nobody shouts at me when I read my dragon books" in voice


def test_an_outcome_numbered_in_a_themes_table_is_a_target(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("Section 3 - Theme by theme", level=2)
        d.add_heading("3.4 Learn and achieve", level=3)
        _table(d, [["Where things are now", "Reading below expectation."],
                   ["Outcome T2", "Ottilie will read aloud for ten minutes four times a week by the spring review"]])
    assert [t.number for t in read_pep(_docx(tmp_path, build)).targets] == [2]


def test_a_grid_of_views_with_me_down_the_side_gives_the_childs_row_only(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("1. Strengths and Challenges", level=2)
        _table(d, [["", "Strengths", "Challenges"], ["Me", "\"I am good at drawing.\"", "\"Spelling is hard.\""],
                   ["School", "Kind to others.", "Organisation."], ["Carer", "Helpful at home.", "Rushes homework."]])
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "good at drawing" in voice and "Kind to others" not in voice and "Rushes" not in voice


def test_a_column_of_what_the_young_person_says_is_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("Preparing for adulthood", level=2)
        _table(d, [["Outcome area", "What the young person says", "What school is doing"],
                   ["Employment", "I want to be a vet like my aunt.", "Careers interview booked."]])
    assert "vet like my aunt" in (read_pep(_docx(tmp_path, build)).pupil_voice.text or "")


def test_titles_closed_by_a_full_stop_or_naming_an_area_head_their_target(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("New targets agreed at this review", level=2)
        d.add_paragraph("Target 1 — Preparing for Adulthood.")
        d.add_paragraph("Ottilie will attend a college taster day before the next review.")
        d.add_paragraph("Target 2: Moving to secondary")
        d.add_paragraph("Ottilie will visit her new school three times before the summer.")
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.area) for t in pep.targets] == [(1, "Preparing for Adulthood"), (2, "Moving to secondary")]


def test_the_plan_finalised_by_the_dt_is_completed_not_the_pre_meeting_submission(tmp_path):
    def build(d):
        d.add_paragraph("Your name: Ottilie Brancaster")
        d.add_paragraph("You are in Year 5 at Holmwood Junior School.")
        d.add_paragraph("Pre-meeting information submitted by your Designated Teacher on 2 October 2026.")
        d.add_paragraph("This PEP was checked and finalised by your Designated Teacher, Mrs Kaur, on 16 October 2026.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date == date(2026, 10, 16) and pep.child.year_group == 5


def test_who_came_and_was_there_head_an_attendee_table(tmp_path):
    def build(d):
        d.add_paragraph("Your name: Ottilie Brancaster")
        _table(d, [["Who came", "Name", "Was there"], ["Your carer", "Ms L. Ferris", "☒"],
                   ["Your social worker", "Marcus Hale", "☒"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Ottilie Brancaster" and [a.name for a in pep.attendees] == ["Ms L. Ferris", "Marcus Hale"]


def test_the_views_of_the_people_who_look_after_the_child_and_a_lettered_carer_section_are_not_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Your name: Ottilie Brancaster")
        d.add_heading("What you think - in your own words", level=2)
        d.add_paragraph("I like art.")
        d.add_heading("What the people who look after you think", level=2)
        d.add_paragraph("Ottilie has grown in confidence this term.")
        d.add_heading("Section C — Carer", level=2)
        d.add_paragraph("She sleeps well and enjoys the park.")
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "I like art" in voice and "confidence" not in voice and "park" not in voice


def test_a_target_wrapped_inside_an_indented_list_is_one_target(tmp_path):
    # The list is indented on both sides: its lines stop short of the page's right edge, yet the sentence that
    # breaks after 'in' goes on at the same indent on the next line.
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    path = tmp_path / "r.pdf"
    st = getSampleStyleSheet()["Normal"]
    item = ParagraphStyle("item", parent=st, leftIndent=18, rightIndent=40)
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Learner: Ottilie Brancaster", st), Paragraph("<b>8. Agreed targets</b>", st),
        Paragraph("It was agreed that Ottilie's targets until the next PEP will be as follows, each reviewed at the "
                  "next meeting by the school and the Virtual School.", st),
        Paragraph("(a) [English] Ottilie will complete and hand in one extended writing piece each fortnight in "
                  "English, supported in homework club.", item),
        Paragraph("(b) [Maths] Ottilie will recall the 6, 7, 8 and 9 times tables within five seconds each.", item)])
    pep = read_pep(path)
    assert [t.text.rstrip(".") for t in pep.targets] == [
        "Ottilie will complete and hand in one extended writing piece each fortnight in English, supported in homework club",
        "Ottilie will recall the 6, 7, 8 and 9 times tables within five seconds each"]


def test_a_report_minuted_in_numbered_paragraphs(tmp_path):
    # The minutes number every paragraph: the list's introduction is no target, 'Target 1 (English):' numbers and
    # names its target, the PP+ minute gives the total and what it is made up of, and the report's own line dates it.
    def build(d):
        d.add_paragraph("School: Holmwood Junior School Chair and author: Ines Farrow, Virtual School Teacher")
        d.add_paragraph("Young person: Ottilie Brancaster")
        d.add_paragraph("Section 3 of the PEP - Priorities and Targets")
        d.add_paragraph("3.1 The meeting agreed the following targets with Ottilie and her teachers.")
        d.add_paragraph("3.2 Target 1 (English): Ottilie will write one timed essay every fortnight by the mocks.")
        d.add_paragraph("3.3 Target 2 (Maths): Ottilie will score 60% on the algebra questions of the mock.")
        d.add_paragraph("3.4 Pupil Premium Plus: the Virtual School agreed £340 for this term, made up of online "
                        "English tuition (£300, Target 1); a scientific calculator (£40, Target 2).")
        d.add_paragraph("Young Person's View (Section 4)")
        d.add_paragraph("I want to do Psychology at college.")
        d.add_paragraph("Report written by: Ines Farrow, Virtual School Teacher, on 29 October 2026. Next PEP: spring term.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.school.name == "Holmwood Junior School"
    assert [(t.number, t.area) for t in pep.targets] == [(1, "English"), (2, "Maths")]
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("online English tuition", 300.0, "1"), ("a scientific calculator", 40.0, "2")]
    assert pep.pp_requested == 340.0 and pep.completed_date == date(2026, 10, 29)
    assert "Report written" not in (pep.pupil_voice.text or "")


def test_spend_agreed_clause_by_clause_for_each_target_and_a_year_after_the_name(tmp_path):
    def build(d):
        d.add_paragraph("Young person: Ottilie Brancaster (Year 8) School: Holmwood High School")
        d.add_heading("Pupil Premium Plus", level=2)
        d.add_paragraph("PP+ was agreed for target 1: a fractions tutor, 10 x 1 hour sessions at a cost of £350; and "
                        "for target 3: a homework club stationery pack (£30). Total PP+ requested: £380.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Ottilie Brancaster" and pep.child.year_group == 8
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("a fractions tutor, 10 x 1 hour sessions", 350.0, "1"), ("a homework club stationery pack", 30.0, "3")]
    assert pep.pp_requested == 380.0


def test_a_target_register_keeps_the_active_targets_and_leaves_the_closed(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("Target register", level=2)
        _table(d, [["Code", "Set", "Target", "Area", "Status history"],
                   ["TG-01", "Summer 2026", "Ottilie will write a paragraph on her own.", "Writing",
                    "Set 18/06/2026; Reviewed 01/10/2026: Not met - broken down into 1a and 1b"],
                   ["TG-1a", "Autumn 2026", "Ottilie will write three sentences in a row with full stops.", "Writing",
                    "Set 01/10/2026; Active"],
                   ["TG-02", "Autumn 2026", "Ottilie will recall the 4 times table in the weekly check.", "Maths",
                    "Set 01/10/2026; Active"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [t.area for t in pep.targets] == ["Writing", "Maths"]


def test_a_column_of_the_childs_words_beside_prompts_is_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("Pupil voice", level=2)
        _table(d, [["Code", "Prompt", "Child's words"], ["PV_01", "What do you enjoy?", "My favourite thing is PE."],
                   ["PV_02", "What is hard?", ""]])
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert voice.strip() == "My favourite thing is PE."


def test_a_review_and_action_plan_whose_review_column_holds_dates_lists_new_targets(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_heading("Section 4: Review and Action Plan", level=2)
        _table(d, [["No.", "Area", "Baseline now", "Target (SMART)", "Review"],
                   ["1", "Reading", "Reading age 8y 2m", "Ottilie will read a Year 5 book aloud three times a week", "Jun 2026"],
                   ["2", "Maths", "Column subtraction 4/10", "Ottilie will answer 8 of 10 subtraction questions", "Mar 2026"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [t.area for t in pep.targets] == ["Reading", "Maths"] and pep.previous_targets == []


def test_a_post16_header_block_with_a_circle_note_and_period_attendance(tmp_path):
    def build(d):
        d.add_paragraph("Student name Ottilie Brancaster")
        d.add_paragraph("NCY: 11 / 12 / [13] / 14 (circle)")
        d.add_paragraph("College or Provider Holmwood College of Further Education")
        d.add_heading("Attendance", level=2)
        _table(d, [["Autumn 1", "Autumn 2", "Spring 1 (to date)", "Year to date"], ["91%", "86%", "88%", "88.4%"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.year_group == 13 and pep.school.name == "Holmwood College of Further Education"
    assert pep.attendance_percent == 88.4


def test_a_views_heading_with_a_note_and_a_carers_row_and_a_single_row_of_sign_off_pairs(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Ottilie Brancaster")
        d.add_paragraph("Young person's views (if the young person did not attend, a clear reason must be recorded)")
        _table(d, [["What is going well?", "I like the new art room."], ["Carer's comments", "Carer sent apologies."]])
        d.add_heading("Signatures", level=2)
        _table(d, [["Designated Teacher", "O. Pryce", "Date PEP completed", "06/10/2026"]])
    pep = read_pep(_docx(tmp_path, build))
    assert "art room" in (pep.pupil_voice.text or "") and "apologies" not in (pep.pupil_voice.text or "")
    assert pep.completed_date == date(2026, 10, 6)


def test_a_minuted_report_states_its_year_spend_and_date_in_sentences(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan report – Ottilie Brancaster")
        d.add_paragraph("3. Attendance and progress")
        d.add_paragraph("3.1 Mr Quinn reported that Ottilie, who is in Year 4, has settled well in her new class.")
        d.add_paragraph("4. Targets agreed")
        d.add_paragraph("4.1 For writing the meeting agreed: Ottilie will write a one-page recount by the spring PEP.")
        d.add_paragraph("5. Pupil Premium Plus")
        d.add_paragraph("5.1 The school asked for PP+ towards a tablet for home learning, at £180.00.")
        d.add_paragraph("6. Next steps")
        d.add_paragraph("6.1 The next PEP will be held in the spring term. This report was written on 3 November 2026.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.year_group == 4 and len(pep.targets) == 1
    assert [(s.description, s.cost) for s in pep.pp_spend] == [("a tablet for home learning", 180.0)]
    assert pep.completed_date == date(2026, 11, 3)
