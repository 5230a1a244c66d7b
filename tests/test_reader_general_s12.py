"""General reading rules (issue 11, twelfth round), each in a small document worded unlike the zoos. Each test
fails on the reader before its rule, except the guards, which say what the rule must leave alone."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _table

from pepqa.readers import read_pep


def _pdf(tmp_path, flow):
    """A PDF built by reportlab from (kind, text) pieces: 'b' a bold line, 'p' a plain one, 't' a table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    st = getSampleStyleSheet()["Normal"]
    out = []
    for kind, x in flow:
        if kind == "t":
            t = Table(x)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
            out.append(t)
        else:
            out.append(Paragraph(f"<b>{x}</b>" if kind == "b" else x, st))
    path = tmp_path / "f.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(out)
    return path


def test_a_bare_section_mark_over_a_plain_title_line_takes_the_title(tmp_path):
    # 'Section D' in bold, its title in plain type under it with the form's instruction in brackets: the title says
    # the section holds the targets; the mark alone is only where it sits in this form.
    path = _pdf(tmp_path, [
        ("p", "Name of pupil: Corwen Ashdale"),
        ("b", "Section D"),
        ("p", "Targets set at this review (state each one fully; say who supports it and when)."),
        ("b", "A. English"),
        ("p", "Corwen will read a chapter of his class reader aloud to his mentor each week until the spring review."),
        ("b", "B. Maths"),
        ("p", "Corwen will score 8 out of 10 on his weekly fractions quiz by the end of January."),
    ])
    pep = read_pep(path)
    assert [t.area for t in pep.targets] == ["English", "Maths"]
    assert "chapter of his class reader" in pep.targets[0].text


def test_a_bare_section_mark_over_the_views_title_starts_the_voice_and_the_carers_title_ends_it(tmp_path):
    path = _pdf(tmp_path, [
        ("p", "Name of pupil: Corwen Ashdale"),
        ("p", "This record is kept by the school and shared with the Virtual School after each review meeting, "
              "with a copy for the carer and the social worker."),
        ("b", "Part 3"),
        ("p", "Views of the pupil (in their own words)"),
        ("p", "I like going to the workshop with Mr Pell on Fridays."),
        ("p", "Views of foster carer"),
        ("p", "He has been sleeping better since half-term."),
    ])
    voice = read_pep(path).pupil_voice.text or ""
    assert "workshop with Mr Pell" in voice
    assert "sleeping better" not in voice and "foster carer" not in voice


def test_guard_a_bare_mark_over_a_sentence_is_not_joined_to_it(tmp_path):
    # the line under the mark is content (a full sentence), not the section's title
    path = _pdf(tmp_path, [
        ("p", "Name of pupil: Corwen Ashdale"),
        ("b", "Part 3"),
        ("p", "The targets from the last review were all met and are closed."),
    ])
    assert not read_pep(path).targets


def test_several_priced_purchases_in_one_termly_cell_are_a_line_each(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Corwen Ashdale")
        d.add_heading("Termly review and Pupil Premium Plus request", level=2)
        _table(d, [["", "Summer 2026", "Autumn 2026"],
                   ["Date of PEP meeting", "20/06/2026", "07/10/2026"],
                   ["Pupil premium: what it will pay for (cost, target)", "Laptop bag - £20.00 (target 1)",
                    "Reading tutor, 10 weeks - £300.00 (target 1) Times tables app - £15.00 (target 2) "
                    "Chess club - £40.00 (target 3)"],
                   ["Total requested (£)", "20.00", "355.00"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("Reading tutor, 10 weeks", 300.0, "1"), ("Times tables app", 15.0, "2"), ("Chess club", 40.0, "3")]
    assert pep.pp_requested == 355.0


def test_a_pdf_list_item_ending_in_a_bracket_ends_before_the_next_numbered_item(tmp_path):
    # '1. £120.00 – ... (for target 1)' filling the line to the text's right edge, then '2. £45.00 – ...': two
    # purchases, not one wrapped paragraph
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "f.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(50, 800, "Name of pupil: Corwen Ashdale")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, 770, "Pupil Premium Plus - what the school asks for this term")
    c.setFont("Helvetica", 10)
    for y, text in ((750, "1. £120.00 – Reading mentor twice a week in the library for the autumn term (for target 1)"),
                    (738, "2. £45.00 – Maths games pack for home (for target 2)")):
        c.drawString(50, y, text)
    c.save()
    spend = read_pep(path).pp_spend
    assert [(s.cost, s.target_ref) for s in spend] == [(120.0, "1"), (45.0, "2")]


def test_a_label_opening_with_our_or_the_names_its_field(tmp_path):
    def build(d):
        _table(d, [["Our Young Person", "Corwen Ashdale (known as Cor)", "Year group", "Year 6"],
                   ["The school", "Pellbrook Primary School", "Meeting held on", "3rd October 2026"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Corwen Ashdale"
    assert pep.school.name == "Pellbrook Primary School"


def test_a_row_of_what_the_school_said_is_no_rival_for_the_schools_name(tmp_path):
    def build(d):
        _table(d, [["Pupil", "Corwen Ashdale"], ["School", "Pellbrook Primary School"]])
        d.add_paragraph("The three questions")
        _table(d, [["Who said it", "What is working well?", "What are we worried about?"],
                   ["Corwen (own words)", "I like football at lunch with my friends.", "When it is loud I get cross."],
                   ["Carers", "Homework is done most nights.", "Tired after contact."],
                   ["School", "Settled in class; kind to others.", "Lunchtimes are hard."]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.school.name == "Pellbrook Primary School"
    voice = pep.pupil_voice.text or ""
    assert "football at lunch" in voice and "When it is loud I get cross." in voice
    assert "Homework is done" not in voice and "Lunchtimes" not in voice


def test_a_question_code_before_a_label_and_guidance_between_it_and_its_box(tmp_path):
    # 'B3 Date of this review', a pair of last review's date, then the box; 'B5 Attendance ...', a line of guidance,
    # then the box
    def build(d):
        d.add_paragraph("A1 Name of young person").runs[0].bold = True
        _table(d, [["Corwen Ashdale"]])
        d.add_paragraph("B3 Date of this review").runs[0].bold = True
        d.add_paragraph("Date of last review: 12/06/2026")
        _table(d, [["09/10/2026"]])
        d.add_paragraph("B5 Attendance this academic year (%)").runs[0].bold = True
        d.add_paragraph("Include authorised absence and any part-time timetable.")
        _table(d, [["94.1"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 10, 9)
    assert pep.attendance_percent == 94.1


def test_sentence_starters_the_child_finished_are_the_voice(tmp_path):
    # the booklet's table after a line on how it came back, outside any heading naming the views
    def build(d):
        d.add_paragraph("Child's name: Corwen Ashdale")
        d.add_paragraph("Booklet sent home on 28 September 2026 and returned on 2 October 2026.")
        _table(d, [["My favourite lesson is", "science because we do experiments."],
                   ["Something I find hard is", "spelling long words."],
                   ["I would like help with", "my times tables."]])
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert voice.split("\n") == ["science because we do experiments.", "spelling long words.", "my times tables."]


def test_guard_starters_left_blank_are_no_voice(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Corwen Ashdale")
        d.add_heading("My views booklet", level=2)
        _table(d, [["My favourite lesson is", ""], ["Something I find hard is", ""], ["I would like help with", ""]])
    assert not (read_pep(_docx(tmp_path, build)).pupil_voice.text or "").strip()


def test_a_themes_grid_with_a_dated_column_per_review_gives_the_meeting_and_attendance(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Corwen Ashdale")
        _table(d, [["Section 3 - Themes", "Section 3 - Themes", "Section 3 - Themes"],
                   ["Theme", "Review 1: 3 Mar 2026", "Review 2: 14 Oct 2026"],
                   ["Learning", "Reading age 8y1m. Attendance 91.0%", "Reading age 8y6m. Attendance 96.4%"],
                   ["Leisure", "Cubs", "Cubs, swimming"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 10, 14)
    assert pep.attendance_percent == 96.4
    assert not pep.targets


def test_a_date_under_the_dts_signature_line_is_the_completion_and_an_earlier_stage_is_not(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Corwen Ashdale")
        d.add_paragraph("Date of PEP meeting: 07/10/2026")
        d.add_paragraph("Views booklet returned to school on 1 October 2026.")
        d.add_heading("Agreement", level=2)
        d.add_paragraph("Signed (Designated Teacher) ........................ P. Harrow")
        d.add_paragraph("Date ........................ 15/10/2026")
    assert read_pep(_docx(tmp_path, build)).completed_date == date(2026, 10, 15)


def test_a_tab_mark_and_its_title_in_a_one_row_table_head_the_part(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Corwen Ashdale")
        _table(d, [["TAB 3", "My views [GREEN: completed with the young person]"]])
        _table(d, [["What is going well?"]])
        _table(d, [["I like art and my new tutor."]])
    assert "I like art" in (read_pep(_docx(tmp_path, build)).pupil_voice.text or "")


def test_guard_a_date_to_be_arranged_is_an_empty_field_not_an_unread_one(tmp_path):
    def build(d):
        _table(d, [["Child's name", "Corwen Ashdale"], ["Date of PEP meeting", "07/10/2026"],
                   ["Your next PEP", "To be arranged"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.next_pep_date is None
    assert pep.parts["meeting"] == "read"


def test_a_log_of_meeting_records_is_read_for_the_latest_and_its_title_dates_the_meeting(tmp_path):
    # 'MEETING RECORD 1 of 2 - PEP meeting held ...' (a summary with its targets), then record 2 with this PEP's
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"], ["School", "Pellbrook Primary School"]])
        d.add_paragraph("MEETING RECORD 1 of 2 - PEP meeting held 30/06/2026 (summer term)").runs[0].bold = True
        d.add_heading("Targets", level=2)
        d.add_paragraph("1. Corwen will learn his 3 and 4 times tables by the end of the summer term.")
        d.add_paragraph("MEETING RECORD 2 of 2 - PEP meeting held 23/09/2026 (autumn term, current)").runs[0].bold = True
        d.add_heading("New targets agreed at this meeting", level=2)
        d.add_paragraph("(i) Reading: Corwen will read two chapters of his class book each week with his carer.")
        d.add_paragraph("(ii) Maths: Corwen will use the column method to add three-digit numbers by December.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 9, 23)
    assert [(t.number, t.area) for t in pep.targets] == [(1, "Reading"), (2, "Maths")]


def test_a_review_table_whose_outcome_column_says_met_holds_no_new_target(tmp_path):
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"]])
        d.add_heading("Review and action plan", level=2)
        _table(d, [["No.", "Target", "Outcome"],
                   ["1", "Corwen will read a book band 9 text aloud fluently.", "Met"],
                   ["2", "Corwen will stay at the table for the whole of lunch.", "Not met - broken down below"]])
    assert not read_pep(_docx(tmp_path, build)).targets


def test_a_pair_in_one_cell_beside_a_tick_box_is_read(tmp_path):
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"]])
        _table(d, [["Current attendance (this academic year): 92.3%", "☐ Attendance printout attached"],
                   ["Exclusions - internal: none; external: none", ""]])
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 92.3


def test_a_name_sharing_no_word_with_the_forename_and_surname_gives_way_to_them(tmp_path):
    # a banner's header row read as a pair gave 'PEP' for the name
    def build(d):
        _table(d, [["Pupil's name", "PEP cycle (e.g. summer, spring & academic year)", "PEP status"],
                   ["Corwen Ashdale", "Autumn 2026/27", "Complete"]])
        _table(d, [["Legal forename *", "Corwen"], ["Legal surname *", "Ashdale"]])
    assert read_pep(_docx(tmp_path, build)).child.name == "Corwen Ashdale"


def test_guard_the_childs_column_beside_the_carers_views_left_with_its_placeholder_is_no_voice(tmp_path):
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"]])
        _table(d, [["Pupil voice *\nWhat do you want the people at your PEP to know?", "Carer's views"],
                   ["Click or tap here to enter text.", "He is tired in the mornings; we are working on bedtimes."]])
    assert not (read_pep(_docx(tmp_path, build)).pupil_voice.text or "").strip()


def test_guard_the_childs_column_beside_the_carers_views_is_read_when_filled(tmp_path):
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"]])
        _table(d, [["My voice: what I say (write my words in quotes)", "What my carer says"],
                   ['"I like the big slide."', "He talks about nursery at tea time."]])
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "big slide" in voice and "tea time" not in voice


def test_a_bold_first_person_name_line_is_the_name_and_a_childs_tips_are_not_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Tips for a good PEP from our Children in Care Council:")
        d.add_paragraph("1. Ask me where I want the meeting to happen.")
        d.add_paragraph("2. Talk to me, not about me. Use words I understand.")
        d.add_paragraph("My name is: Corwen Ashdale").runs[0].bold = True
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Corwen Ashdale"
    assert not (pep.pupil_voice.text or "").strip()


def test_an_establishment_run_on_with_an_acronym_label_is_the_school(tmp_path):
    def build(d):
        d.add_paragraph("Given name(s): Corwen Family name: Ashdale NCY: 7")
        d.add_paragraph("Establishment: Pellbrook Lane Academy DfE: 886/4127 Legal status: Care order")
    assert read_pep(_docx(tmp_path, build)).school.name == "Pellbrook Lane Academy"


def test_the_forms_note_in_the_childs_words_on_how_to_take_them_down_is_no_voice(tmp_path):
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"]])
        d.add_heading("About me", level=2)
        d.add_paragraph("Ask me these in my own words. Write down exactly what I say.")
        _table(d, [["What I like", ""], ["What I find hard", ""]])
    assert not (read_pep(_docx(tmp_path, build)).pupil_voice.text or "").strip()


def test_a_plain_line_naming_another_writers_views_ends_the_childs(tmp_path):
    path = _pdf(tmp_path, [
        ("p", "Name of pupil: Corwen Ashdale"),
        ("p", "This record is kept by the school and shared with the Virtual School after each review meeting, "
              "with a copy for the carer and the social worker."),
        ("b", "Section C - Young Person's Views"),
        ("p", "I want to get a job in a garage when I leave college."),
        ("b", "Carer / supported lodgings host views"),
        ("p", "Corwen studies late and is worried about his UCAS form."),
    ])
    voice = read_pep(path).pupil_voice.text or ""
    assert "garage" in voice and "UCAS" not in voice


def test_labels_over_values_with_an_age_in_a_label_are_read(tmp_path):
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"]])
        _table(d, [["Attendance (college register, this academic year)", "Attendance (last year, Year 11)",
                    "Number of education placements since 11", "NEET periods"],
                   ["89.6%", "84.0%", "2", "None"]])
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 89.6


def test_a_targets_table_whose_review_column_names_the_next_pep_holds_this_peps_targets(tmp_path):
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"]])
        d.add_heading("Targets agreed at this PEP", level=2)
        _table(d, [["No.", "Target (what will be achieved)", "Subject / area", "Review"],
                   ["D1", "Corwen will write a full-page story with paragraphs by the spring review.", "English",
                    "Next PEP"],
                   ["D2", "Corwen will learn his 7 and 8 times tables to 10 out of 10 by February.", "Maths",
                    "Next PEP"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [t.area for t in pep.targets] == ["English", "Maths"] and not pep.previous_targets


def test_points_led_by_the_childs_name_in_a_three_questions_grid_are_the_voice(tmp_path):
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"]])
        _table(d, [["What is working well?", "What are we worried about?"],
                   ["Mrs Hale (DT): Corwen has settled well.\nCorwen: I like maths now, I got\n18 out of 20.\n"
                    "Carer: Homework is done on Tuesdays.",
                    "Class teacher: he rushes his writing.\nCorwen: I get stuck on what to write."]])
        d.add_paragraph("Pupil voice: Corwen's own words are marked with Corwen's name above.")
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "I like maths now, I got 18 out of 20." in voice and "I get stuck on what to write." in voice
    assert "settled well" not in voice and "Homework" not in voice and "marked with" not in voice


def test_a_phase_meeting_is_read_for_the_latest_phase_and_an_unticked_later_one_is_not_held(tmp_path):
    def build(d):
        _table(d, [["Student name", "Corwen Ashdale"]])
        _table(d, [["Meeting", "Date", "Held"],
                   ["Phase 1 - start of course", "22/09/2026", "☒"],
                   ["Phase 2 - autumn review", "01/12/2026", "☒"],
                   ["Progression review PEP (late July)", "w/c 26/07/2027", "☐"]])
        _table(d, [["Date of Phase 1 meeting", "22/09/2026"]])
        _table(d, [["Date of Phase 2 meeting", "01/12/2026"]])
    assert read_pep(_docx(tmp_path, build)).meeting_date == date(2026, 12, 1)


def test_a_phase_number_names_a_meeting_but_a_phonics_phase_does_not(tmp_path):
    from pepqa.readers import periods
    assert periods.period_rank("Phase 3 sounds") is None and periods.period_rank("Phase 2 meeting") == 2


def test_a_post16_pep_fund_table_is_the_spend(tmp_path):
    def build(d):
        _table(d, [["Student name", "Corwen Ashdale"]])
        d.add_heading("Post 16 PEP fund request", level=2)
        _table(d, [["Item / support", "Cost (£)", "Linked to Action Plan target"],
                   ["Laptop charger and repair", "65.00", ""],
                   ["Travel to employer open evening", "24.00", "2"],
                   ["Total requested", "89.00", ""]])
    spend = read_pep(_docx(tmp_path, build)).pp_spend
    assert [(s.description, s.cost) for s in spend] == [("Laptop charger and repair", 65.0),
                                                         ("Travel to employer open evening", 24.0)]


def test_lettered_narrative_targets_are_read_and_spend_by_letter_links_to_them(tmp_path):
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"]])
        d.add_heading("What we agreed (new targets)", level=2)
        d.add_paragraph("Target A (English): Corwen will spell 15 of the Year 3/4 words correctly by February.")
        d.add_paragraph("Target B (Maths): Corwen will tell the time to 5 minutes on an analogue clock by Easter.")
        d.add_heading("Pupil Premium Plus", level=2)
        _table(d, [["What the money will pay for", "Target it supports", "Cost"],
                   ["Spelling programme with a TA", "A", "£180.00"], ["Clock games pack", "B", "£20.00"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.area) for t in pep.targets] == [(1, "English"), (2, "Maths")]
    assert [s.target_ref for s in pep.pp_spend] == ["1", "2"]


def test_the_child_among_the_attendees_names_the_child_when_nothing_else_does(tmp_path):
    def build(d):
        d.add_heading("Present at the meeting", level=2)
        _table(d, [["Name", "Role", "Attended"], ["Corwen Ashdale", "Child", "Yes"],
                   ["Mrs P. Harrow", "Designated Teacher", "Yes"]])
    assert read_pep(_docx(tmp_path, build)).child.name == "Corwen Ashdale"


def test_guard_a_box_of_fields_led_by_labels_is_not_who_said_what(tmp_path):
    # 'Pupil: Corwen Ashdale' over 'School: Pellbrook Primary' in one cell is the child's details, not his words
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"]])
        _table(d, [["Details", "Contacts"],
                   ["Pupil: Corwen Ashdale\nSchool: Pellbrook Primary School", "Carer: Mrs Jo Ashdale\nSW: Sam Reed"]])
    pep = read_pep(_docx(tmp_path, build))
    assert not (pep.pupil_voice.text or "").strip()


def test_a_note_that_the_words_stand_elsewhere_with_none_read_leaves_the_voice_partly_read(tmp_path):
    # the note says the child's words are marked in a grid the reader could not read: the officer is told, the
    # school is not told its PEP has no voice
    def build(d):
        _table(d, [["Name", "Corwen Ashdale"]])
        d.add_paragraph("Pupil voice: Corwen's own words are marked with Corwen's name above.")
    pep = read_pep(_docx(tmp_path, build))
    assert not (pep.pupil_voice.text or "").strip()
    assert pep.parts["pupil_voice"] == "partial"
