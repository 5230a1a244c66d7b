"""General reading rules (issue 11, eleventh round), each in a small document worded unlike the zoos. Each test
fails on the reader before its rule, except the guards, which say what the rule must leave alone."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _table

from pepqa.readers import read_pep


def test_a_column_of_what_was_signed_or_said_in_the_childs_part_is_the_voice(tmp_path):
    # 'Activity | Where it went | What was said or signed': the child's words are the last column, not the mat's
    # placings beside each picture.
    def build(d):
        d.add_paragraph("Pupil's name: Tobiah Wrenfield")
        d.add_heading("My views", level=2)
        _table(d, [["Activity", "Where it went", "What was said or signed"],
                   ["Soft play", "Happy side", "signed 'more', said \"jump\""],
                   ["Assembly", "Sad side", "Too many people. Hands over eyes."]])
    text = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "said \"jump\"" in text and "Too many people" in text
    assert "Happy side" not in text


def test_guard_what_was_said_outside_the_childs_part_is_not_the_voice(tmp_path):
    # in a meeting record, 'What was said' is the adults' discussion
    def build(d):
        d.add_paragraph("Pupil's name: Tobiah Wrenfield")
        d.add_heading("Record of discussion", level=2)
        _table(d, [["Agenda item", "What was said"],
                   ["Attendance", "The school reported good attendance this term."],
                   ["Transport", "The taxi will continue until July."]])
    assert not (read_pep(_docx(tmp_path, build)).pupil_voice.text or "").strip()


def test_the_kind_of_school_in_brackets_after_its_name_is_not_part_of_the_name(tmp_path):
    def build(d):
        _table(d, [["Pupil's name", "Tobiah Wrenfield"],
                   ["School attended", "Marlcombe Vale School (Maintained special school - SEMH)"]])
    assert read_pep(_docx(tmp_path, build)).school.name == "Marlcombe Vale School"


def test_guard_a_bracket_that_is_part_of_a_schools_name_stays(tmp_path):
    def build(d):
        _table(d, [["Pupil's name", "Tobiah Wrenfield"], ["School attended", "St Aldhelm's (VA) Primary School"]])
    assert read_pep(_docx(tmp_path, build)).school.name == "St Aldhelm's (VA) Primary School"


def test_a_date_in_a_dash_joined_title_piece_is_read(tmp_path):
    # 'Spring term 2027 – review meeting held Thursday 4 February 2027': the term, a dash, then a label and its date.
    def build(d):
        d.add_paragraph("Early Years Learning Plan")
        d.add_paragraph("Spring term 2027 – plan meeting held Thursday 4 February 2027")
        _table(d, [["Child's name", "Tobiah Wrenfield"]])
    assert read_pep(_docx(tmp_path, build)).meeting_date == date(2027, 2, 4)


def test_a_settings_name_over_its_address_under_a_header_is_the_name(tmp_path):
    # labels above values ('Health | My nursery | Attendance') with the setting's name over its address in one cell
    def build(d):
        _table(d, [["Child's name", "Tobiah Wrenfield"]])
        _table(d, [["Health needs", "My nursery", "Attendance"],
                   ["None known.", "Bumblebees Day Nursery\nStation Road, Kilby\n30 hours (Mon-Fri)", "96% of sessions"]])
    assert read_pep(_docx(tmp_path, build)).school.name == "Bumblebees Day Nursery"


def _meter_pep(d, status="Submitted"):
    _table(d, [["Pupil's name", "Oriel Fanshawe", "PEP cycle", "Autumn 2026/27"],
               ["PEP status", status, "Key Stage", "KS3"]])
    d.add_paragraph("Earlier PEPs")
    _table(d, [["PEP cycle", "Status", "Meeting held"],
               ["Summer 2025/26", "Complete", "20-Jun-2026"], ["Spring 2025/26", "Complete", "03-Mar-2026"]])
    _table(d, [["Meeting", "Required fields completed: 2 of 2"], ["Meeting held on *", "13-Oct-2026"],
               ["Attendance this year (%) *", "93.1"]])
    _table(d, [["Pupil Voice", "Mandatory fields complete: 100%"], ["What I enjoy *", "I enjoy drama club most."]])
    _table(d, [["Workflow", "Section complete"], ["Status", "Date", "By"],
               ["In progress", "13-Oct-2026", "Designated Teacher"],
               ["Ready to submit to Virtual School", "16-Oct-2026", "Designated Teacher"],
               ["Submitted", "19-Oct-2026", "Designated Teacher"]])


def test_a_section_banner_with_its_completion_meter_is_a_heading_over_the_sections_table(tmp_path):
    # 'Pupil Voice | Mandatory fields complete: 100%' over the rows: the meter is not the child's words, and the
    # rows below are read as the section's table (the voice, the meeting, the status history)
    pep = read_pep(_docx(tmp_path, _meter_pep))
    assert (pep.pupil_voice.text or "").strip() == "I enjoy drama club most."
    assert pep.attendance_percent == 93.1
    assert pep.completed_date == date(2026, 10, 19) and pep.exclusions == []


def test_a_log_of_earlier_cycles_than_this_peps_own_gives_no_meeting_date(tmp_path):
    # this PEP is Autumn 2026/27; the log's rows are Summer and Spring 2025/26, both earlier
    pep = read_pep(_docx(tmp_path, _meter_pep))
    assert pep.meeting_date == date(2026, 10, 13)


def test_two_pairs_of_a_name_and_a_cycle_are_pairs_not_labels_over_values(tmp_path):
    # 'Pupil's name | Oriel | PEP cycle | Autumn 2026/27' over 'PEP status | In progress | ...': a term is a typed
    # value beside its label, so the rows are pairs (the name is not 'PEP status')
    pep = read_pep(_docx(tmp_path, lambda d: _meter_pep(d, "In progress")))
    assert pep.child.name == "Oriel Fanshawe" and pep.academic_year == "2026-27"


def test_a_numbered_title_beside_a_blank_cell_names_one_target_table(tmp_path):
    # 'Goal 2 | ' over 'Subject | Maths' and 'Goal | ...': one table per target, the title row is its name
    def build(d):
        d.add_paragraph("Student: Oriel Fanshawe")
        d.add_heading("Goals for this term", level=2)
        for n, area, text in ((1, "English", "Oriel will redraft two essays using tutor comments by January"),
                              (2, "Maths", "Oriel will score 60% on the December mock paper")):
            _table(d, [[f"Goal {n}", ""], ["Subject", area], ["Goal", text], ["Who will help", "Tutor"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.area, t.text) for t in pep.targets] == [
        (1, "English", "Oriel will redraft two essays using tutor comments by January"),
        (2, "Maths", "Oriel will score 60% on the December mock paper")]


def test_a_target_titled_in_words_with_its_area_beside_the_title(tmp_path):
    # 'Target Two (academic) | Maths' over 'What will be achieved | ...': target 2, its area Maths
    def build(d):
        d.add_paragraph("Student: Oriel Fanshawe")
        d.add_heading("Part C - Targets", level=2)
        for word, kind, area, text in (("One", "academic", "English", "Oriel will use ten new topic words in her writing by March"),
                                       ("Two", "holistic", "Wellbeing", "Oriel will go to chess club every Thursday this term")):
            _table(d, [[f"Target {word} ({kind})", area], ["What will be achieved", text], ["Review date", "Next PEP"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.area) for t in pep.targets] == [(1, "English"), (2, "Wellbeing")]
    assert pep.targets[1].text == "Oriel will go to chess club every Thursday this term"


def test_a_tick_under_the_childs_role_in_a_row_of_attendees_is_not_the_childs_name(tmp_path):
    def build(d):
        d.add_paragraph("Full name ........................ Oriel Fanshawe")
        d.add_paragraph("Those attending (tick)")
        _table(d, [["Young person", "Carer", "Designated teacher"], ["☒", "☒", "☐"]])
    assert read_pep(_docx(tmp_path, build)).child.name == "Oriel Fanshawe"


def test_spend_columns_worded_as_what_the_money_is_for_and_the_action_plan_number(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("PP+", level=2)
        _table(d, [["What the money is for", "Action plan no.", "Cost"],
                   ["Reading books and a reading record", "1", "£60.00"]])
        d.add_heading("EYPP", level=2)
        _table(d, [["How the EYPP will be used", "Which next step it supports", "Cost £"],
                   ["Settling sessions with the key person", "2", "96.00"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [(s.description, s.target_ref, s.cost) for s in pep.pp_spend] == [
        ("Reading books and a reading record", "1", 60.0), ("Settling sessions with the key person", "2", 96.0)]
    assert pep.targets == []


def test_a_row_of_pairs_holding_a_date_is_not_a_header_row(tmp_path):
    # 'Date of plan meeting | 10 November 2026 | Who came | ...': pairs, not a header of attendees
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        _table(d, [["Date of plan meeting", "10 November 2026", "Who came", "Key person, carer, social worker"]])
    assert read_pep(_docx(tmp_path, build)).meeting_date == date(2026, 11, 10)


def test_a_prompt_with_its_recording_note_a_system_code_and_a_note_on_who_fills_the_box_are_not_voice(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("About me", level=2)
        _table(d, [["Social worker", "Ann Lee", "Local ID", "EY-55120"]])
        d.add_paragraph("My key worker meets with me to complete this section.")
        _table(d, [["What I have said about nursery (in my own words, written down by my key person)"]])
    assert not (read_pep(_docx(tmp_path, build)).pupil_voice.text or "").strip()


def test_what_my_carer_thinks_is_not_the_childs_voice(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("My views", level=2)
        _table(d, [["What I enjoy", ""]])
        _table(d, [["What my carer thinks", "Oriel copes well with routine."]])
    assert "copes well" not in (read_pep(_docx(tmp_path, build)).pupil_voice.text or "")


def test_a_heading_with_quoted_words_names_its_part(tmp_path):
    # "'Next steps' agreed at the meeting:" over numbered next steps
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_paragraph().add_run("'Next steps' agreed at the meeting (any EYPP request must link to these):").bold = True
        d.add_paragraph("NS1 (Literacy) Oriel will recognise the first letter of her name by February 2027.")
    pep = read_pep(_docx(tmp_path, build))
    assert [t.text for t in pep.targets] == ["Oriel will recognise the first letter of her name by February 2027."]


def test_the_childs_words_quoted_in_a_key_persons_observation_box(tmp_path):
    # no box of the child's own: the observation quotes the child ('I heard her say: "..."', then 'Later: "..."')
    def build(d):
        d.add_paragraph("Child's name: Oriel Fanshawe")
        d.add_paragraph("Key person observations")
        _table(d, [['Oriel is settled. Outside I heard her say: "I like the big slide." Later at lunch: "Peas are '
                    'yucky." Her carer said: "She sleeps well now."']])
    text = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "I like the big slide." in text and "Peas are yucky." in text and "sleeps well" not in text


def test_a_percentage_label_under_the_attendance_heading_is_the_attendance(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("Attendance", level=2)
        _table(d, [["This academic year %", "Last academic year %", "Suspensions"], ["91.6", "88.0", "0"]])
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 91.6


def test_a_record_of_two_meetings_each_opened_by_a_dated_line_is_read_for_the_latest(tmp_path):
    # 'REVIEW MEETING 1 - Date: ...' then 'REVIEW MEETING 2 - Date: ...': the second meeting is the PEP
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_paragraph("REVIEW MEETING 1 (Autumn) - Date: 16/09/2026")
        d.add_paragraph("Attendance to date: 95.0%")
        d.add_paragraph("PP+ (September): Reading group £150 - Target 1")
        d.add_paragraph("REVIEW MEETING 2 (Spring) - Date: 20/01/2027")
        d.add_paragraph("Attendance to date: 97.5%")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2027, 1, 20) and pep.attendance_percent == 97.5 and pep.pp_spend == []


def _shade(cell, fill: str = "EDEDED") -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def test_a_label_over_a_one_cell_answer_box_is_the_label_of_its_value(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan - termly review")
        d.add_paragraph("Part A: PEP summary (school age)")
        for label, value in (("Name of child or young person", "Oriel Fanshawe"), ("Date of this PEP meeting", "4th November 2026"),
                             ("Current year group", "Year 4")):
            d.add_paragraph().add_run(label).bold = True  # a bold caption over a shaded box, as a form prints it
            _shade(_table(d, [[value]]).cell(0, 0))
    pep = read_pep(_docx(tmp_path, build))
    assert (pep.child.name, pep.meeting_date, pep.child.year_group) == ("Oriel Fanshawe", date(2026, 11, 4), 4)


def test_guard_a_placeholder_box_under_a_label_is_no_value(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_paragraph("Attendance (printout pasted below)")
        _table(d, [["[paste the attendance printout here]"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent is None and pep.parts["attendance"].value != "unread"


def test_last_terms_payment_noted_for_information_is_not_a_spend_line(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("Pupil Premium Plus request", level=2)
        _table(d, [["Intervention", "Target", "Cost"], ["Reading group, 12 weeks", "a", "£360.00"]])
        d.add_paragraph("PP+ paid for Spring term 2026 (for information): £600.00")
    assert [s.description for s in read_pep(_docx(tmp_path, build)).pp_spend] == ["Reading group, 12 weeks"]


def test_a_web_forms_repeated_field_groups_with_labels_above_and_no_colons(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_paragraph("Next steps agreed at this plan")
        for n, area, text in ((1, "Literacy", "Oriel will find her name card at self-registration."),
                              (2, "Mathematics", "Oriel will count five objects accurately in play.")):
            for label, value in ((f"Next step {n} - area of learning *", area),
                                 (f"Next step {n} - what will the child be able to do? *", text),
                                 (f"Next step {n} - support / strategies", "Key person games")):
                d.add_paragraph(label)
                d.add_paragraph(value)
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.area, t.text) for t in pep.targets] == [
        (1, "Literacy", "Oriel will find her name card at self-registration."),
        (2, "Mathematics", "Oriel will count five objects accurately in play.")]


def test_a_submission_stamp_in_a_status_line_is_the_completion(tmp_path):
    def build(d):
        d.add_paragraph("Form ID: EY-26A-00912 Status: Submitted Submitted 05/11/2026 10:14 by Mrs J. Cole")
        d.add_paragraph("Name: Oriel Fanshawe")
    assert read_pep(_docx(tmp_path, build)).completed_date == date(2026, 11, 5)


def test_guard_a_form_not_submitted_has_no_completion(tmp_path):
    def build(d):
        d.add_paragraph("Form ID: EY-26A-00912 Status: Draft (not submitted 05/11/2026 by anyone)")
        d.add_paragraph("Name: Oriel Fanshawe")
    assert read_pep(_docx(tmp_path, build)).completed_date is None


def test_a_pair_run_on_after_the_name_is_that_field(tmp_path):
    def build(d):
        d.add_paragraph("Pupil: Oriel Fanshawe Academic year 2026-27")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Oriel Fanshawe" and pep.academic_year == "2026-27"


def test_a_state_in_a_task_list_is_never_the_childs_name(tmp_path):
    def build(d):
        _table(d, [["Forename", "Oriel"], ["Surname", "Fanshawe"]])
        _table(d, [["Task", "Owner", "Status", "Date"], ["Young person views", "Young person", "Completed", "16/11/2026"],
                   ["DT section", "Designated Teacher", "Outstanding", ""]])
    assert read_pep(_docx(tmp_path, build)).child.name == "Oriel Fanshawe"


def test_a_figure_as_at_the_meeting_is_that_figure_not_the_meetings_date(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        _table(d, [["", "Review 1", "Review 2"], ["Date of meeting", "18/06/2026", "24/11/2026"],
                   ["Attendance (%) at date of meeting", "89.0%", "92.5%"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 11, 24) and pep.attendance_percent == 92.5


def test_the_years_row_under_the_terms_rows_is_the_attendance(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("Attendance", level=2)
        _table(d, [["Term", "Attendance %", "Notes"], ["Autumn term", "92.1%", "Illness"], ["Spring term", "94.8%", ""],
                   ["This academic year", "93.4%", ""]])
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 93.4


def test_attendance_at_the_previous_provider_is_not_this_years(tmp_path):
    def build(d):
        d.add_paragraph("Learner: Oriel Fanshawe")
        _table(d, [["Attendance this academic year %", "92.5", "Attendance at previous provider %", "88.0"]])
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 92.5


def test_the_adults_views_side_by_side_in_the_childs_part_are_not_the_voice(tmp_path):
    # the child's boxes left empty; the carer's and teacher's columns beside them, and the form's own note
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("My views", level=2)
        d.add_paragraph("This page is for me to fill in, or for someone I trust to write down what I say.")
        _table(d, [["The things I enjoy are:", ""], ["What would help me:", ""]])
        _table(d, [["What my carer thinks", "What my Designated Teacher thinks"],
                   ["Oriel did not want to come today.", "Oriel has missed some English lessons."]])
        d.add_paragraph("Designated Tutor's comments: Oriel is predicted a Merit.")
    assert not (read_pep(_docx(tmp_path, build)).pupil_voice.text or "").strip()


def test_a_procedure_paragraph_saying_what_targets_should_be_is_not_a_heading(tmp_path):
    def build(d):
        d.add_paragraph("My name is Oriel Fanshawe")
        d.add_paragraph("4. Targets should be small steps. The EYPP request must link to a target.")
        d.add_paragraph("5. The setting returns the completed PEP to the Virtual School within 10 working days.")
    assert read_pep(_docx(tmp_path, build)).targets == []


def test_a_priority_titled_with_its_area_in_brackets_is_a_target_not_a_part(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("Priorities and Targets", level=2)
        d.add_paragraph("Priority 1 (English): Planning extended writing")
        d.add_paragraph("Oriel will plan and write a full paragraph without prompts by February half-term.")
        d.add_paragraph("Priority 2 (Options / careers): Year 9 options")
        d.add_paragraph("Oriel will complete her options form with her carer by 5 March 2027.")
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.area) for t in pep.targets] == [(1, "English"), (2, "Options / careers")]
    assert not pep.aspirations


def test_a_summative_record_of_dated_meeting_rows_is_read_for_the_latest(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        _table(d, [["Date of meeting", "Type of PEP", "Attendance % (year to date)"],
                   ["18/09/2025", "Initial PEP", "89.0"], ["26/02/2026", "Review", "92.5"], ["08/10/2026", "Autumn review", "95.2"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 10, 8) and pep.attendance_percent == 95.2


def test_a_completion_before_the_meeting_is_a_stage_not_the_completion(tmp_path):
    def build(d):
        _table(d, [["You are called", "Oriel Fanshawe"], ["You are in", "Year 9"]])
        _table(d, [["Submitted by your designated teacher on", "02/10/2026"]])
        _table(d, [["Date of your meeting", "9 October 2026"]])
        _table(d, [["Final document checked and issued to you on", "22 October 2026"]])
    pep = read_pep(_docx(tmp_path, build))
    assert (pep.child.name, pep.child.year_group) == ("Oriel Fanshawe", 9)
    assert pep.completed_date == date(2026, 10, 22)


def test_a_dt_signing_off_down_the_rows_dates_the_completion(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("Sign off", level=2)
        _table(d, [["Education Review signed off by Designated Teacher", "Mrs L. Threlfall"], ["Date signed off", "11.11.2026"]])
    assert read_pep(_docx(tmp_path, build)).completed_date == date(2026, 11, 11)


def test_a_report_with_a_previous_pep_appended_and_the_childs_forename_in_the_booklet(tmp_path):
    def build(d):
        d.add_paragraph("Re: Oriel Fanshawe-Lyle | Year 11 | Fulwell Park Academy")
        d.add_paragraph("The PEP meeting was held at Fulwell Park Academy on Monday 21 September 2026.")
        d.add_paragraph().add_run("Report written by Dr M. Crane, Virtual School Teacher, on 12 October 2026. "
                                  "Copies sent to all those present.").bold = True
        d.add_paragraph().add_run("Appendix A - Summary of the previous PEP report (summer term)").bold = True
        d.add_paragraph("PEP held on 30 June 2026. Attendance at that time: 86.0%.")
        d.add_paragraph("Name: Oriel Filled in before my PEP meeting")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Oriel Fanshawe-Lyle" and pep.child.year_group == 11
    assert pep.meeting_date == date(2026, 9, 21) and pep.completed_date == date(2026, 10, 12)
    assert pep.attendance_percent is None


def test_an_adult_by_title_and_a_note_on_gathering_the_views_are_not_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("Views", level=2)
        d.add_paragraph("Oriel's views were gathered through the Pupil Views booklet sent out by the Virtual School before "
                        "the meeting (attached at the end of this report). Mrs Pemberton said that home is calm and that "
                        "Oriel is keen but needs reminders about homework deadlines.")
        _table(d, [["School view", "Well liked by peers; needs prompting to start written tasks."]])
    assert not (read_pep(_docx(tmp_path, build)).pupil_voice.text or "").strip()


def test_a_plans_phase_in_its_title_is_not_the_childs_name(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan - Early Years")
        _table(d, [["Forename(s)", "Oriel", "Surname", "Fanshawe-Kaye"]])
    assert read_pep(_docx(tmp_path, build)).child.name == "Oriel Fanshawe-Kaye"


def test_a_settings_street_after_its_name_and_its_own_section_submitted(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        _table(d, [["Setting attended", "Little Acorns Day Nursery, Brinscall Road"],
                   ["PEP meeting held", "Tuesday 13 October 2026"], ["Setting section submitted on", "Monday 26 October 2026"]])
        _table(d, [["Attendance and punctuality at the setting"], ["92% of funded sessions (30 hours offer) since September"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.school.name == "Little Acorns Day Nursery" and pep.completed_date == date(2026, 10, 26)
    assert pep.attendance_percent == 92.0


def test_one_band_deep_in_a_long_grid_starts_its_own_table(tmp_path):
    # the targets and then, under a band, the PP+ lines, all in one printed grid
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        _table(d, [["New SMART targets", "", ""], ["#", "Target", "Review by"],
                   ["1", "Oriel will write a PEEL paragraph scoring 6/8 by February", "Feb 2027"],
                   ["2", "Oriel will solve two-step equations with 80% accuracy by March", "Mar 2027"],
                   ["Options being considered", "Engineering, Art", ""],
                   ["Pupil Premium Plus request", "", ""], ["Intervention", "Linked target #", "Cost (£)"],
                   ["Literacy tutor (small group), 10 weeks", "1", "350.00"]])
    pep = read_pep(_docx(tmp_path, build))
    assert len(pep.targets) == 2
    assert [(s.description, s.target_ref, s.cost) for s in pep.pp_spend] == [("Literacy tutor (small group), 10 weeks", "1", 350.0)]


def test_the_dts_completed_button_and_a_step_history_date_the_completion(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("Sign off", level=2)
        _table(d, [["DT: Click when Completed", "[X] Completed 21-Oct-2026 by Ms C. Ridley"]])
    assert read_pep(_docx(tmp_path, build)).completed_date == date(2026, 10, 21)

    def build2(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_paragraph("Step history")
        _table(d, [["Step", "Worker", "Started", "Finalised"],
                   ["PEP - Parts A & C (Social Worker)", "K. Doyle", "02/10/2026", "02/10/2026"],
                   ["PEP - Parts B & D (Designated Teacher)", "Mrs F. Sadiq", "16/10/2026", "30/10/2026"]])
    assert read_pep(_docx(tmp_path, build2, "b.docx")).completed_date == date(2026, 10, 30)


def test_term_columns_latest_first_across_two_school_years(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("Attendance", level=2)
        _table(d, [["Measure", "Autumn 1 2026 (Y7)", "Summer 2026 (Y6)", "Spring 2026 (Y6)"],
                   ["Attendance %", "97.5", "91.0", "88.6"], ["Unauthorised sessions", "0", "3", "6"]])
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 97.5


def test_this_years_column_beside_last_years(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("Attendance", level=2)
        _table(d, [["Measure", "Last academic year 2025/26", "This academic year to date"], ["Attendance %", "93.1", "96.4"]])
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 96.4


def test_guard_a_blank_under_this_years_column_is_not_last_years_figure(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_heading("Attendance", level=2)
        _table(d, [["", "This academic year (to date)", "Last academic year"], ["Attendance %", "", "84.7"]])
    assert read_pep(_docx(tmp_path, build)).attendance_percent is None


def test_a_termly_grid_with_a_ppp_request_in_it_is_read_for_its_other_rows_too(tmp_path):
    # the request's rows are spend lines; the same grid's meeting date and the child's words are that term's fields
    def build(d):
        d.add_heading("Termly PEP Review and Pupil Premium Plus (PPP) Request Form", level=1)
        d.add_paragraph("Child's name: Oriel Fanshawe School: St Bede's Catholic College Year: Y8")
        _table(d, [["", "Spring 2026", "Summer 2026", "Autumn 2026"],
                   ["Date of PEP meeting", "24/02/2026", "09/06/2026", "12/11/2026"],
                   ["In the child's own words", "I hate PE.", "I want to do boxing.", "I like drama now."],
                   ["PPP: intended use of the funding (cost, target)", "Books - £40.00", "Transition - £150.00", "Spelling group - £260.00"],
                   ["Total amount being requested (£)", "40.00", "150.00", "260.00"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 11, 12) and "I like drama now." in (pep.pupil_voice.text or "")


def test_a_voice_heading_whose_label_goes_on_is_no_label_and_value(tmp_path):
    # 'Views of the child/young person (in their own words)': 'Views' then 'of ...' is the heading going on
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        d.add_paragraph("Views of the child/young person (in their own words)")
        d.add_paragraph("I want to be a mechanic like my uncle.")
    pep = read_pep(_docx(tmp_path, build))
    text = pep.pupil_voice.text or ""
    assert "own words" not in text and "of the child" not in text
    # either the child's line is read as the voice, or the voice is not claimed as read (the officer is told)
    assert "mechanic" in text or pep.parts["pupil_voice"].value != "read"


def test_a_period_marked_not_started_is_not_the_latest_filled_in(tmp_path):
    def build(d):
        d.add_paragraph("Name: Oriel Fanshawe")
        _table(d, [["", "Third review - May to July (2025/26)", "First review - September to December (2026/27)",
                    "Second review - January to April (2026/27)"],
                   ["Date of review meeting", "09/06/2026", "24/09/2026", ""],
                   ["Pupil voice - what I want to say", "I like football club.", "My new teacher is kind.", ""],
                   ["Task status", "Complete", "Complete", "Not started"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 9, 24) and "My new teacher is kind." in (pep.pupil_voice.text or "")
