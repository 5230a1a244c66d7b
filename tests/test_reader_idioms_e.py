"""Idioms found in zoo E (issue 11), one small document each, worded unlike the zoo files: what is read, and
the part statuses that follow. Each test fails if the idiom is read the old way. Test names carry the branch
that added them (several helpers add to this file)."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx

from pepqa.model import PartStatus
from pepqa.readers import read_pep


def _grid(d, rows):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph()
    return t


def test_rdE_docx_a_value_that_reads_like_its_own_label_is_the_value_below_it(tmp_path):
    # 'Year 7' under 'Year group' is the year, not a second row of labels.
    def build(d):
        d.add_paragraph("Personal Education Plan - review meeting")
        _grid(d, [["Pupil", "Date of birth", "Year group", "School"],
                  ["Noor Haddad", "02/02/2013", "Year 7", "Ashgrove Academy"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Noor Haddad"
    assert pep.child.year_group == 7
    assert pep.school.name == "Ashgrove Academy"


def test_rdE_docx_a_short_first_label_then_a_known_label_on_one_line(tmp_path):
    # 'Review: ... Date and time: ...': the second pair is the meeting date, so the meeting is not 'missing'.
    def build(d):
        d.add_paragraph("Name: Noor Haddad")
        d.add_paragraph("Review: Summer term PEP Date and time: Monday 9th March 2026, 2pm")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 3, 9)
    assert pep.parts["meeting"] == PartStatus.read


def test_rdE_docx_minute_targets_t1_t2_with_an_introduction_line(tmp_path):
    # Minutes number their targets 'T1 (Reading): ...'; the line introducing them is not a target.
    def build(d):
        d.add_paragraph("Name: Noor Haddad")
        d.add_paragraph("4. New targets")
        d.add_paragraph("4.1 The meeting agreed these targets for the coming term:")
        d.add_paragraph("T1 (Reading): Noor will read one chapter book a fortnight with her mentor until Easter.")
        d.add_paragraph("T2 (Maths): Noor will learn her 6, 7 and 8 times tables by the end of March.")
    pep = read_pep(_docx(tmp_path, build))
    assert [t.number for t in pep.targets] == [1, 2]
    assert pep.targets[0].area == "Reading"
    assert pep.targets[1].text.startswith("Noor will learn her 6, 7 and 8 times tables")


def test_rdE_docx_an_attendance_figure_that_ends_its_sentence_is_the_value(tmp_path):
    # The figures for other periods that follow in sentences are commentary, not a later figure.
    def build(d):
        d.add_paragraph("Name: Noor Haddad")
        d.add_paragraph("2.1 Attendance so far this year: 92.4%. In the summer term it was 85.0% and in "
                        "2024/25 as a whole 80%.")
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 92.4


def test_rdE_docx_repeated_groups_one_pair_a_line_are_one_item_per_number(tmp_path):
    # A printed online form: 'Goal 1 - Subject: ...', 'Goal 1 - Goal:' with its value on the next line,
    # 'Spend line 1 - Cost: ...'. One item per number; a group left blank is no item.
    def build(d):
        d.add_paragraph("Name: Noor Haddad")
        d.add_paragraph("Part 5: Targets")
        d.add_paragraph("Aim 1 - Subject: English")
        d.add_paragraph("Aim 1 - Target:")
        d.add_paragraph("Noor will write a 200-word story using paragraphs by the end of term.")
        d.add_paragraph("Aim 1 - How will we know?: Teacher assessment of her writing book")
        d.add_paragraph("Aim 1 - By when: 27/03/2026")
        d.add_paragraph("Aim 2 - Subject: Maths")
        d.add_paragraph("Aim 2 - Target: N/A")
        d.add_paragraph("Part 6: Pupil premium plus")
        d.add_paragraph("Spend line 1 - Item:")
        d.add_paragraph("Weekly 1:1 writing tuition, 30 minutes, 10 weeks")
        d.add_paragraph("Spend line 1 - Target: (none selected)")
        d.add_paragraph("Spend line 1 - Amount (£): 275")
    pep = read_pep(_docx(tmp_path, build))
    assert len(pep.targets) == 1
    t = pep.targets[0]
    assert (t.number, t.area) == (1, "English")
    assert t.text.startswith("Noor will write a 200-word story")
    assert t.success_criteria == "Teacher assessment of her writing book"
    assert len(pep.pp_spend) == 1
    s = pep.pp_spend[0]
    assert s.description == "Weekly 1:1 writing tuition, 30 minutes, 10 weeks"
    assert (s.cost, s.target_ref) == (275.0, None)


def test_rdE_docx_the_childs_legal_first_name_and_surname_in_separate_fields(tmp_path):
    def build(d):
        d.add_paragraph("Pupil's legal first name: Noor")
        d.add_paragraph("Pupil's legal surname: Haddad")
        d.add_paragraph("Date of PEP meeting: 03/03/2026")
    assert read_pep(_docx(tmp_path, build)).child.name == "Noor Haddad"


def test_rdE_docx_a_spend_table_headed_by_what_the_funding_pays_for(tmp_path):
    def build(d):
        d.add_paragraph("Name: Noor Haddad")
        d.add_paragraph("Section 6 - Pupil Premium Plus")
        _grid(d, [["Links to", "What will the funding pay for?", "Amount"],
                  ["Target 2", "Small-group maths booster, 2 x 20 minutes a week", "£180"]])
    pep = read_pep(_docx(tmp_path, build))
    assert len(pep.pp_spend) == 1
    s = pep.pp_spend[0]
    assert (s.description, s.cost, s.target_ref) == ("Small-group maths booster, 2 x 20 minutes a week", 180.0, "Target 2")


def test_rdE_docx_minutes_sections_the_model_does_not_hold_leave_the_parts_read(tmp_path):
    # '6. AOB' / '6.1 None.' and an action log after the PP+ item are not PP+ content left unread; an action
    # about the child's views is not the voice left unread.
    def build(d):
        d.add_paragraph("Name: Noor Haddad")
        d.add_paragraph("Date of PEP meeting: 03/03/2026")
        d.add_paragraph("2. Pupil voice")
        d.add_paragraph("Noor said: \"I like the library at lunchtime.\"")
        d.add_paragraph("5. Pupil Premium Plus")
        _grid(d, [["Target", "Provision", "Cost"], ["1", "Reading mentor, 1 hour a week for 10 weeks", "£250"]])
        d.add_paragraph("All funding requests must be linked to a target in section 4.")
        d.add_paragraph("6. AOB")
        d.add_paragraph("6.1 None.")
        d.add_paragraph("Action points")
        _grid(d, [["Ref", "Task", "Owner", "Deadline"], ["1", "Ask Noor for her views on the new timetable", "SW", "Friday"]])
        d.add_paragraph("Attachments: timetable.pdf")
        d.add_paragraph("Submitted by: Mr P Okafor")
    pep = read_pep(_docx(tmp_path, build))
    assert len(pep.pp_spend) == 1
    assert pep.parts["pp_plus"] == PartStatus.read
    assert pep.parts["pupil_voice"] == PartStatus.read


def test_rdE_docx_a_field_answered_none_with_its_reason_is_not_left_unread(tmp_path):
    def build(d):
        d.add_paragraph("Name: Noor Haddad")
        d.add_paragraph("Part 2 - School information")
        _grid(d, [["Name of school", "Ashgrove Academy"],
                  ["Date of PEP meeting", "03/03/2026"],
                  ["Attendance this year (%)", "96.0"],
                  ["Attendance last academic year (%)", "N/A - arrived in the UK in January"],
                  ["Number of suspensions this school year", "0"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.parts["child"] == PartStatus.read
    assert pep.parts["school"] == PartStatus.read


def test_rdE_docx_a_blank_attendance_with_zero_suspensions_is_empty_not_unread(tmp_path):
    # The school left the figure blank: the absence is real and may be reported; 'Suspensions: 0' is an answer.
    def build(d):
        d.add_paragraph("Name: Noor Haddad")
        d.add_paragraph("Date of PEP meeting: 03/03/2026")
        d.add_paragraph("Section 2 of 6: Attendance")
        d.add_paragraph("Attendance % (this year):")
        d.add_paragraph("Fixed-term suspensions this year: 0")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent is None
    assert pep.parts["attendance"] == PartStatus.empty


def test_rdE_docx_a_minute_items_number_before_a_label(tmp_path):
    def build(d):
        d.add_paragraph("Name: Noor Haddad")
        d.add_paragraph("1.2 Date of PEP meeting: 03/03/2026")
        d.add_paragraph("1.3 Name of school: Ashgrove Academy")
        d.add_paragraph("2.4 Reduced timetable: Yes")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 3, 3)
    assert pep.school.name == "Ashgrove Academy"
    assert pep.part_time_timetable is True
