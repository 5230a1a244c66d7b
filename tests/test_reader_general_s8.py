"""General reading rules (issue 11, eighth round), each in a small document worded unlike the zoos. Each test
fails on the reader before its rule, except the guards, which say what the rule must leave alone."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _table

from pepqa.model import PartStatus
from pepqa.readers import read_pep


def _details(d):
    d.add_paragraph("Learner name: Tobias Okonkwo-Reyes")
    d.add_paragraph("Date of meeting: 04/03/2026")


def test_a_sign_off_said_in_a_sentence_gives_the_completion_date(tmp_path):
    # No completion field, no sign-off grid: the record ends with a sentence saying the DT finalised it.
    def build(d):
        _details(d)
        d.add_paragraph("Record uploaded 10/03/2026 by the DT (Ms R. Abernethy).")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date == date(2026, 3, 10)


def test_a_sign_off_cell_with_its_date_beside_it_gives_the_completion_date(tmp_path):
    def build(d):
        _details(d)
        _table(d, [["Record authorised by the DT on", "11.03.2026"]])
    assert read_pep(_docx(tmp_path, build)).completed_date == date(2026, 3, 11)


def test_a_role_doing_it_in_a_signature_row_is_the_school_signing(tmp_path):
    # 'Completed by (DT) | name | Date | date': the role named with what it did, not alone.
    def build(d):
        _details(d)
        _table(d, [["Completed by (DT)", "Mr J. Osei", "Date", "12 March 2026"],
                   ["Social worker", "Ana Pires", "Date", ""]])
    assert read_pep(_docx(tmp_path, build)).completed_date == date(2026, 3, 12)


def test_a_deadline_for_the_dt_is_not_a_sign_off(tmp_path):
    def build(d):
        _details(d)
        d.add_paragraph("To be completed and signed by the Designated Teacher by 20/03/2026.")
    assert read_pep(_docx(tmp_path, build)).completed_date is None


def test_a_term_grid_with_the_latest_sign_off_blank_gives_no_completion_date(tmp_path):
    # The autumn column was signed; the spring column, this PEP's, was not: autumn's date is history.
    def build(d):
        _details(d)
        _table(d, [["", "Autumn", "Spring"],
                   ["Attendance %", "95.1", "94.0"],
                   ["Signed off by DT on", "14/10/2025", ""]])
    assert read_pep(_docx(tmp_path, build)).completed_date is None


def test_another_signers_date_is_not_the_schools(tmp_path):
    def build(d):
        _details(d)
        d.add_paragraph("Signed by the social worker (Ana Pires) on 12/03/2026.")
    assert read_pep(_docx(tmp_path, build)).completed_date is None


def test_a_ticked_checklist_line_naming_a_part_is_not_its_heading(tmp_path):
    # '☒ Attendance (printout attached)' in a list of what was brought to the meeting: the attendance part
    # was not found there, so no 'attendance not recorded' for the lines below it.
    def build(d):
        _details(d)
        d.add_paragraph("Brought to the meeting:")
        d.add_paragraph("☒ Attendance (printout attached)")
        d.add_paragraph("☒ Reading record")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.parts["attendance"] not in (PartStatus.empty, PartStatus.read)


def test_a_spaced_print_out_is_read_by_count(tmp_path):
    # an MIS summary pasted as two lines spaced into columns; values centred, not under their labels' left edge
    def build(d):
        _details(d)
        d.add_paragraph("Sessions possible    Attended    Auth. absence    Attendance %")
        d.add_paragraph("      120               113            7             94.2")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent == 94.2


def test_a_spaced_line_of_values_needs_its_line_of_labels(tmp_path):
    def build(d):
        _details(d)
        d.add_paragraph("Reading age    Spelling age    Maths age")
        d.add_paragraph("   8.1     7.9     8.4")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent is None


def test_a_note_of_the_answer_kind_after_a_label_is_not_part_of_it(tmp_path):
    # ePEP print-outs print each question with its input kind: 'Name [free text]', 'DOB. [date box]'
    def build(d):
        _table(d, [["Q1", "Name [free text]", "Mariam Oyelowo"],
                   ["Q2", "Name of setting [free text]", "Little Acorns Pre-School"],
                   ["Q3", "Date of this PEP meeting [date box]", "09/03/2026"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Mariam Oyelowo"
    assert pep.school.name == "Little Acorns Pre-School"


def test_labels_over_their_values_where_a_label_could_pass_for_a_name(tmp_path):
    # 'Child's name | Age (years, months) | Setting' over the values: 'Age (years, months)' reads as a name, but
    # the row below holds each label's value, so the row is labels, not pairs.
    def build(d):
        _table(d, [["Child's name", "Age (years, months)", "School", "Class", "Date of PEP meeting", "Date completed"],
                   ["Ollie Brandreth", "4 years 9 months", "Cobbles Lane Primary School", "Reception (Owls)",
                    "05.03.2026", "09.03.2026"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Ollie Brandreth"
    assert pep.school.name == "Cobbles Lane Primary School"
    assert pep.meeting_date == date(2026, 3, 5)


def test_two_dotted_pairs_on_a_line_split_before_the_best_label(tmp_path):
    def build(d):
        d.add_paragraph("Child's name ........ Ollie Brandreth Date of the PEP meeting ........ 05/03/2026")
        d.add_paragraph("School ........ Cobbles Lane Primary School Key person ........ Mrs Dunne")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Ollie Brandreth"
    assert pep.meeting_date == date(2026, 3, 5)
    assert pep.school.name == "Cobbles Lane Primary School"


def test_a_later_review_column_with_no_number_is_the_latest(tmp_path):
    # 'Meeting 1 (new PEP) | Review': the review, named without a number, is the later meeting
    def build(d):
        d.add_paragraph("Learner name: Tobias Okonkwo-Reyes")
        _table(d, [["", "Meeting 1 (new PEP)", "Interim review"],
                   ["Date of meeting", "17/09/2025", "24/11/2025"],
                   ["Attendance %", "96.2", "94.8"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2025, 11, 24)
    assert pep.attendance_percent == 94.8


def test_two_dated_action_plans_keep_the_later_one(tmp_path):
    # both meetings' plans in one document; the later is named only by its date, and 'agreed at the review'
    # is the plan that review agreed, not a review of the last targets
    def build(d):
        _details(d)
        d.add_heading("Action plan agreed at Meeting 1 (17/09/2025)", 2)
        _table(d, [["No.", "Subject", "Target"],
                   ["1", "Maths", "Tobias will learn the 3 and 4 times tables by October half-term"]])
        d.add_heading("Action plan agreed at the review (24/11/2025)", 2)
        _table(d, [["No.", "Subject", "Target"],
                   ["1", "Maths", "Tobias will answer 7 and 8 times table questions with 90% accuracy by February"],
                   ["2", "English", "Tobias will write a half-page story in joined handwriting by February"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [t.text.split()[3] for t in pep.targets] == ["7", "a"]


def test_a_termly_pp_grid_gives_the_latest_terms_spend_lines(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("PP+ request", 2)
        _table(d, [["", "Meeting 1", "Review"],
                   ["Intervention", "Handwriting group resources", "1:1 maths tuition, 12 x 30 minutes"],
                   ["Cost", "£40.00", "£210.00"],
                   ["Linked to target no.", "1", "1"],
                   ["Second intervention", "", "ELSA sessions, 6 x 45 minutes"],
                   ["Cost", "", "£150.00"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [(s.description.split()[0], s.cost) for s in pep.pp_spend] == [("1:1", 210.0), ("ELSA", 150.0)]
    assert pep.pp_spend[0].target_ref == "1"


def test_a_targets_statement_in_its_title_row_over_a_smart_grid_is_the_target(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("Targets", 2)
        _table(d, [["Target 1 – academic: Tobias will read a gold band book aloud at 70 words a minute by February"] * 3,
                   ["S Specific", "M Measurable", "T Time-bound"],
                   ["Reads gold band aloud", "Running record at 70 wpm", "February half-term"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.targets[0].text.startswith("Tobias will read a gold band book")
    assert pep.targets[0].number == 1


def test_another_workers_part_completed_is_not_the_pep_completed(tmp_path):
    def build(d):
        _details(d)
        d.add_paragraph("Completed by Social Worker Ana Pires on 17/02/2026 (at least 10 days before the meeting)")
    assert read_pep(_docx(tmp_path, build)).completed_date is None


def test_an_ignored_label_ends_the_value_before_it_on_a_run_together_line(tmp_path):
    def build(d):
        d.add_paragraph("Name: Tobias Okonkwo-Reyes Year group: Year 3")
        d.add_paragraph("School: Harrowgate Lane Primary Academy Designated teacher: Mrs A. Rahman")
    assert read_pep(_docx(tmp_path, build)).school.name == "Harrowgate Lane Primary Academy"


def test_lines_of_the_form_under_the_voice_are_not_the_childs_words(tmp_path):
    # a count of fields filled in, a yes/no question, a section title, a note to the child: no views were given
    def build(d):
        _details(d)
        d.add_heading("My views", 2)
        d.add_paragraph("0 / 2 (0%)")
        d.add_paragraph("Makaton symbols used: No")
        d.add_paragraph("Section 3")
        d.add_paragraph("We missed you at the meeting, Tobias, and we will catch up with you next week.")
    pep = read_pep(_docx(tmp_path, build))
    assert not (pep.pupil_voice.text or "").strip()


def test_the_next_numbered_section_ends_the_voice(tmp_path):
    def build(d):
        _details(d)
        d.add_paragraph().add_run("2. The child's views").bold = True
        d.add_paragraph("No Mind of My Own statement was received this term. The DT said Tobias seems happy in class.")
        d.add_paragraph().add_run("3. Strengths and challenges").bold = True
        _table(d, [["Strengths", "Challenges"], ["Good phonic knowledge; enjoys PE.", "Inference questions."]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.parts["pupil_voice"] is PartStatus.empty


def test_the_childs_own_sentence_beside_a_no_views_note_is_kept(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("My views", 2)
        d.add_paragraph("No statement was received from the app this term. In the meeting I said I like football.")
    assert "I like football" in (read_pep(_docx(tmp_path, build)).pupil_voice.text or "")


def test_terms_across_two_school_years_are_ordered_by_year(tmp_path):
    # 'Autumn 2025 | Spring 2026 | Summer 2026 | Autumn 2026': autumn comes twice; the later school year is latest
    def build(d):
        _details(d)
        _table(d, [["", "Autumn 2025", "Spring 2026", "Summer 2026", "Autumn 2026"],
                   ["Attendance %", "91.2%", "93.0%", "94.4%", "96.7%"]])
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 96.7


def test_a_heading_glossed_with_the_parts_name_then_a_colon(tmp_path):
    # 'Funding requested (PP+):' heads the PP+ part; its lettered lines are spend lines, not more targets
    def build(d):
        _details(d)
        d.add_paragraph("Section 3 - Priorities and Targets")
        d.add_paragraph("3.1 English: Tobias will write two paragraphs using quotations by the spring PEP.")
        d.add_paragraph("3.2 Maths: Tobias will solve two-step equations with 80% accuracy by the spring PEP.")
        d.add_paragraph("3.3 Careers: Tobias will complete a careers interview and write down three option choices.")
        d.add_paragraph("Funding requested (PP+):")
        d.add_paragraph("(a) for 3.1 - Weekly 1:1 English tutoring, 10 x 30 minutes - £250")
        d.add_paragraph("Total requested this term: £250")
    pep = read_pep(_docx(tmp_path, build))
    assert len(pep.targets) == 3 and pep.targets[2].text.startswith("Tobias will complete a careers")
    assert pep.pp_requested == 250.0 and len(pep.pp_spend) == 1


def test_a_first_person_fact_ends_where_the_next_one_starts(tmp_path):
    def build(d):
        d.add_paragraph("My name is Poppy Trelawney")
        d.add_paragraph("My room is the Pre-school room (Nursery, FS1)")
        d.add_paragraph("My setting is Little Acorns Day Nursery and my key person is Hannah Roskilly.")
    assert read_pep(_docx(tmp_path, build)).school.name == "Little Acorns Day Nursery"


def test_a_titled_next_step_over_a_table_of_its_questions(tmp_path):
    # 'Next step 1: Communication and Language' over 'What I will learn | Poppy will ...' rows
    def build(d):
        d.add_paragraph("My name is Poppy Trelawney")
        d.add_heading("My next steps", 2)
        for n, area, text in ((1, "Communication and Language", "Poppy will use three-word phrases to ask for a toy by December"),
                              (2, "Mathematics", "Poppy will count five objects, touching each one, by December")):
            d.add_paragraph(f"Next step {n}: {area}")
            _table(d, [["What I will learn", text], ["Who will help me and when", "Hannah, daily snack time"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.area) for t in pep.targets] == [(1, "Communication and Language"), (2, "Mathematics")]
    assert pep.targets[1].text.startswith("Poppy will count five")


def test_an_item_title_answered_after_its_colon_is_not_a_heading(tmp_path):
    # 'Target 3 (holistic): to be agreed with Tobias' is the answer, not a heading over the next paragraph
    def build(d):
        _details(d)
        d.add_heading("Targets", 2)
        d.add_paragraph("Target 1 (academic, English): Tobias will read two chapters a week and talk about them by March")
        d.add_paragraph("Target 3 (holistic): to be agreed with Tobias")
        d.add_paragraph("7. Pupil Premium Plus. Total PP+ requested: £240.")
    pep = read_pep(_docx(tmp_path, build))
    assert not any("Pupil Premium" in t.text for t in pep.targets)


def test_numbered_question_rows_with_hand_tags(tmp_path):
    # a case-system print-out: a column of question numbers, each answer tagged with whose hand it is in, each
    # target and spend line asked as its own question
    def build(d):
        _table(d, [["Group 1: Child's details"] * 3,
                   ["1.1", "Pupil's name", "[SW pre-meeting] Tobias Okonkwo-Reyes"],
                   ["1.2", "Current school", "[SW pre-meeting] St Werburgh's CE Primary School"],
                   ["1.3", "Date of this PEP", "[SW pre-meeting] 04/03/2026"],
                   ["Group 6: Targets"] * 3,
                   ["6.1", "Target 1 – academic (drafted before the meeting)", "[School] Tobias will read a Year 4 book aloud four times a week by Easter."],
                   ["6.2", "Target 2 – academic (drafted before the meeting)", ""],
                   ["Group 7: PP+ request"] * 3,
                   ["7.1", "PP+ line 1", "[Typed up by Business Support] Intervention: Reading buddy sessions with HLTA | Cost: £270 | Linked to target: 1"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Tobias Okonkwo-Reyes"
    assert pep.school.name == "St Werburgh's CE Primary School"
    assert [t.text[:12] for t in pep.targets] == ["Tobias will "]
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [("Reading buddy sessions with HLTA", 270.0, "1")]


def test_a_status_column_anywhere_in_a_history(tmp_path):
    def build(d):
        _details(d)
        _table(d, [["Date", "Status", "Changed by", "Reason"],
                   ["01/03/2026", "Not started", "System", ""],
                   ["09/03/2026", "Submitted", "Designated Teacher", ""],
                   ["12/03/2026", "Complete", "LA user", ""]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date == date(2026, 3, 9)
    assert not pep.exclusions


def test_sentences_in_a_spend_tables_target_column_are_the_targets(tmp_path):
    # 'No. | Next step | EYFS area | PP+ spend | Cost': the next steps are targets, the spend beside each is linked
    def build(d):
        _details(d)
        d.add_heading("Next steps", 2)
        _table(d, [["No.", "Next step", "EYFS area", "PP+ spend", "Cost"],
                   ["1", "Tobias will blend and read 10 CVC words with his key person by the spring PEP", "Literacy",
                    "Phonics games pack", "£40"],
                   ["2", "Tobias will count out up to 10 objects accurately in three play sessions by the spring PEP",
                    "Mathematics", "Counting bears", "£25"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [t.area for t in pep.targets] == ["Literacy", "Mathematics"]
    assert [s.cost for s in pep.pp_spend] == [40.0, 25.0]


def test_a_narrative_report_names_its_targets_and_prices_in_sentences(tmp_path):
    # a Virtual School teacher's report: the title names the child, the year and the school; targets named by
    # their ordinals; each purchase priced in brackets after it, the bracket naming the target
    def build(d):
        d.add_paragraph("Report of the PEP meeting for Tobias Okonkwo-Reyes, Reception, Brook Lane Infant School")
        d.add_paragraph("1. The meeting was held at school on 3rd March 2026.")
        d.add_paragraph("6. The first target agreed was that Tobias will blend three-letter words from Phase 2 by "
                        "Easter. The second target is that Tobias will count ten objects reliably during play by "
                        "Easter. The third target, which comes from what he told me, is that Tobias will use the "
                        "toilet at school independently every day by Easter.")
        d.add_paragraph("7. The school will use Pupil Premium Plus for daily phonics keep-up sessions with the class TA "
                        "(£190, for the first target) and for a set of counting resources (£60, for the second target).")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Tobias Okonkwo-Reyes" and pep.child.year_group == 0
    assert pep.school.name == "Brook Lane Infant School"
    assert [t.number for t in pep.targets] == [1, 2, 3]
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("daily phonics keep-up sessions with the class TA", 190.0, "1"), ("a set of counting resources", 60.0, "2")]


def test_a_table_of_actions_one_column_each_with_their_funding(tmp_path):
    # ' | Action 1 | Action 2' with 'What (target)', 'PP+ resource' and 'Cost' rows: targets and their spend
    def build(d):
        d.add_paragraph("Pupil: Tobias Okonkwo-Reyes Year 5")
        d.add_heading("Action plan – this PEP", 2)
        _table(d, [["", "Action 1", "Action 2"],
                   ["What (target)", "Tobias will answer 20 mixed times-table questions in 3 minutes by Easter",
                    "Tobias will write five joined-up sentences with full stops in 4 of his next 6 writes"],
                   ["Area", "Maths", "English"],
                   ["Who", "Class TA", "Class teacher"],
                   ["Success criteria", "Tracker shows 20 in 3 minutes", "Pen licence awarded"],
                   ["PP+ resource", "Times tables catch-up with the class TA", "Handwriting resources"],
                   ["Cost", "£150", "£200"]])
        d.add_heading("Attendance", 2)
        _table(d, [["Period", "Possible sessions", "Present", "%"], ["01/09/2025 - 16/10/2025", "66", "63", "95.5"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Tobias Okonkwo-Reyes" and pep.child.year_group == 5
    assert [t.area for t in pep.targets] == ["Maths", "English"]
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("Times tables catch-up with the class TA", 150.0, "1"), ("Handwriting resources", 200.0, "2")]
    assert pep.attendance_percent == 95.5


def test_a_date_of_review_down_a_grid_of_reviews_is_the_meeting(tmp_path):
    def build(d):
        d.add_paragraph("Student name: Tobias Okonkwo-Reyes")
        _table(d, [["", "Review 1 – Transition (September)", "Review 2 – Autumn", "Review 3 – Spring"],
                   ["Date of review", "17/09/2025", "19/11/2025", ""]])
    assert read_pep(_docx(tmp_path, build)).meeting_date == date(2025, 11, 19)


def test_a_note_in_brackets_and_an_unanswered_question_are_not_the_voice(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("My views", 2)
        d.add_paragraph("(Written by me before the meeting. An adult can write it for me if I tell them what to write.)")
        d.add_paragraph("What would you like to do after Year 11?*: N/A")
        d.add_paragraph("Tobias is too young to share his views.")
    assert not (read_pep(_docx(tmp_path, build)).pupil_voice.text or "").strip()


def test_minutes_that_open_with_the_meetings_facts_and_name_actions(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan meeting: Tobias Okonkwo-Reyes")
        d.add_paragraph("Date: Thursday 12th March 2026. Year group: 9. Venue: Brampton Ridge Academy, meeting room 2. "
                        "Reason for meeting: change of placement.")
        d.add_paragraph("5. Section 5 – attendance, progress, targets and PP+")
        d.add_paragraph("ACTION (Target 1, Maths): Tobias will solve quadratic equations by factorising with a worked "
                        "example card by Easter.")
        d.add_paragraph("PP+ agreed: Maths mentor, 1 x 40 minutes a week for 10 weeks, £320 (for Target 1).")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 3, 12) and pep.child.year_group == 9
    assert pep.school.name == "Brampton Ridge Academy"
    assert [(t.number, t.area) for t in pep.targets] == [(1, "Maths")]
    assert [(s.cost, s.target_ref) for s in pep.pp_spend] == [(320.0, "1")]


def test_a_grid_of_areas_gives_each_areas_next_step(tmp_path):
    def build(d):
        d.add_paragraph("My name is Poppy Trelawney")
        _table(d, [["", "Communication and Language", "Physical Development", "Mathematics"],
                   ["Comments", "Uses single words", "Climbs confidently", "Says one, two"],
                   ["Next steps", "NS1: Poppy will use two-word phrases such as 'more juice' at snack time",
                    "", "NS2: Poppy will count out three objects accurately when asked during play"]])
        _table(d, [["My setting", "Attendance"],
                   ["Little Acorns Day Nursery\nPark Lane, Brereton Heath\n15 funded hours", "93.5%"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.area) for t in pep.targets] == [(1, "Communication and Language"), (2, "Mathematics")]


def test_new_targets_broken_down_after_the_review_of_the_last(tmp_path):
    # an online form: the last targets reviewed, then new ones, an unmet one broken down into 2a and 2b; each
    # PP+ item's price and target set out after ' | '
    def build(d):
        _details(d)
        d.add_heading("Review of previous targets and new targets", 2)
        d.add_paragraph("Previous target 1: Attend a careers interview. Outcome: Met")
        d.add_paragraph("New target 1 (English)*: Tobias will complete one past-paper question a week and have it marked.")
        d.add_paragraph("New target 2a (Maths)*: Tobias will use the three-step exam routine on every practice paper.")
        d.add_paragraph("New target 2b (Maths)*: Tobias will score at least 60% on the algebra section in January.")
        d.add_heading("PP+ request", 2)
        d.add_paragraph("PP+ item 1*: English past-paper tutoring, 10 x 1 hour | £350 | for target 1")
    pep = read_pep(_docx(tmp_path, build))
    assert [t.area for t in pep.targets] == ["English", "Maths", "Maths"]
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("English past-paper tutoring, 10 x 1 hour", 350.0, "1")]


def test_a_portal_task_list_gives_the_meeting_and_the_sign_off(tmp_path):
    def build(d):
        d.add_paragraph("Name: Tobias Okonkwo-Reyes")
        _table(d, [["Task", "Owner", "Status", "Date"],
                   ["Social worker section", "Social worker", "Completed", "18/02/2026"],
                   ["Pupil voice", "Designated Teacher", "Completed", "24/02/2026"],
                   ["PEP meeting", "Designated Teacher", "Completed", "02/03/2026"],
                   ["DT sign-off", "Designated Teacher", "Completed", "05/03/2026"],
                   ["VS quality assurance", "VS", "In progress", ""]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 3, 2)
    assert pep.completed_date == date(2026, 3, 5)


def test_last_school_years_attendance_beside_this_years(tmp_path):
    def build(d):
        d.add_paragraph("Name: Tobias Okonkwo-Reyes")
        d.add_paragraph("Date of PEP meeting: 06/10/2026 Attendance 2025/26: 84.0% Attendance this year to date: 88.2%")
        d.add_paragraph("Section 3 – Student comment: how will this help you?")
        d.add_paragraph("The art club helps because I can calm down after lunch.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent == 88.2
    assert "art club" in (pep.pupil_voice.text or "")


def test_the_childs_statement_quoted_and_a_carers_addition_beside_it(tmp_path):
    def build(d):
        d.add_paragraph("Name: Tobias Okonkwo-Reyes")
        d.add_paragraph().add_run("2. The child's views").bold = True
        d.add_paragraph("Tobias's app statement (sent 24/02/2026) said: \"I like it when we play times tables games.\"")
        d.add_paragraph("Lorna (carer) added that Tobias practises his spellings in the car.")
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "times tables games" in voice and "Lorna" not in voice


def test_a_fund_row_among_a_targets_rows_is_its_spend_line(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("Targets", 2)
        _table(d, [["Target 1", "Tobias will read and blend CVC words in 8 of 10 phonics checks by Easter."],
                   ["Area", "English"],
                   ["PPG/PEPSA (as appropriate) cost", "Phonics keep-up sessions with TA, 4 x 15 minutes a week - £240.00"],
                   ["Target 2", "Tobias will recall the 3 and 4 times tables and score 20/25 weekly by Easter."],
                   ["PPG/PEPSA (as appropriate) cost", "TTRS home licence - £45.00"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [(s.cost, s.target_ref) for s in pep.pp_spend] == [(240.0, "1"), (45.0, "2")]


def test_what_the_fund_will_buy_heads_a_spend_table(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("EYPP request this term", 2)
        _table(d, [["What the EYPP will buy", "Cost"],
                   ["Language group, 2 x 15 minutes a week with key person (next step 1)", "£120"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [(s.cost, s.target_ref) for s in pep.pp_spend] == [(120.0, "1")]


def test_the_childs_answers_under_a_we_heading_in_the_childs_own_section(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("Young Person's Views Prior to the Meeting", 2)
        _table(d, [["What is working well?", "What are we worried about?", "What needs to happen?"],
                   ["I'm enjoying the engine practicals.", "I'm worried about the English exam because I failed it.",
                    "I need someone to go through the exam papers with me."]])
    assert "worried about the English exam" in (read_pep(_docx(tmp_path, build)).pupil_voice.text or "")


def test_sentence_starters_the_child_finished(tmp_path):
    def build(d):
        _details(d)
        d.add_paragraph("Section Three: How I See Things")
        _table(d, [["I like playing with...", "I like playing with the Lego in golden time."],
                   ["I am sad when...", "I am sad when..."]])
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "Lego in golden time" in voice and "sad" not in voice


def test_a_smart_prompt_in_a_targets_table_is_not_a_target(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("Next steps", 2)
        _table(d, [["Target", "Who"],
                   ["What is the observable difference/benefit we are expecting to see?", ""],
                   ["Tobias will say a short sentence of four words to tell an adult what he needs", "Key person"]])
    assert [t.text[:6] for t in read_pep(_docx(tmp_path, build)).targets] == ["Tobias"]


def test_a_pep_written_as_a_letter_to_the_child(tmp_path):
    def build(d):
        d.add_paragraph("Tobias Okonkwo-Reyes")
        d.add_paragraph("c/o Mr and Mrs Ellery (foster carers)")
        d.add_paragraph("Year 10, Thornbury Hill School")
        d.add_paragraph("Dear Tobias,")
        d.add_paragraph("You filled in your Pupil Views booklet. You wrote: \"I'm proud I got into the netball team.\"")
        d.add_paragraph("Target 1 - You will go to the chemistry catch-up club every Monday and score 60% by December.")
        d.add_paragraph("Target 2 - You will complete your weekly Sparx homework and bring one question each Friday.")
        d.add_paragraph("The school will use your PP+ in two ways. First, chemistry tutoring with Dr Lyle, 8 sessions, "
                        "costing £280, for target 1. Second, a maths revision guide, costing £18, for target 2.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Tobias Okonkwo-Reyes" and pep.child.year_group == 10
    assert pep.school.name == "Thornbury Hill School"
    assert "netball team" in (pep.pupil_voice.text or "")
    assert [t.number for t in pep.targets] == [1, 2]
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("chemistry tutoring with Dr Lyle, 8 sessions", 280.0, "1"), ("a maths revision guide", 18.0, "2")]


def test_the_child_telling_what_an_adult_says_is_the_childs_voice(tmp_path):
    # guard: 'Lorna (carer) added that ...' is the carer's account, but 'My carer says ...' is the child speaking
    def build(d):
        _details(d)
        d.add_heading("My views", 2)
        d.add_paragraph("My carer says well done when my reading book comes home signed.")
    assert "My carer says well done" in (read_pep(_docx(tmp_path, build)).pupil_voice.text or "")


def test_a_spaced_line_of_labels_is_not_over_a_line_after_a_table(tmp_path):
    def build(d):
        _details(d)
        d.add_paragraph("Possible sessions   Present   Attendance %")
        _table(d, [["Subject", "Grade"], ["Maths", "4"]])
        d.add_paragraph("   120     113     94.2")
    assert read_pep(_docx(tmp_path, build)).attendance_percent is None


def test_a_bare_figure_beside_the_views_is_left_to_the_officer(tmp_path):
    # 'Young person's views | 3': what the 3 means is not known, so the voice is unread, never called empty
    def build(d):
        _details(d)
        _table(d, [["Young person's views", "3"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.parts["pupil_voice"] is PartStatus.unread


def test_a_dear_line_past_the_first_page_is_not_the_letters_addressee(tmp_path):
    # guard for letters_to_child: only the opening salutation makes 'you' the child
    def build(d):
        d.add_paragraph("Tobias Okonkwo-Reyes")
        for i in range(14):
            d.add_paragraph(f"Section {i} notes.")
        d.add_paragraph("Dear Jo,")
        d.add_paragraph("You wrote: \"I will bring the forms on Friday.\"")
    assert "forms on Friday" not in (read_pep(_docx(tmp_path, build)).pupil_voice.text or "")
