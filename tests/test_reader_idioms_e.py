"""Idioms found in zoo E (issue 11), one small document each, worded unlike the zoo files: what is read, and
the part statuses that follow. Each test fails if the idiom is read the old way. Test names carry the branch
that added them (several helpers add to this file)."""
from __future__ import annotations

from datetime import date

import pytest

from docbuild import docx as _docx
from docbuild import grid as _grid

from pepqa.model import PartStatus
from pepqa.readers import read_pep


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


# --- rdE-pdf: boxes inside a drawn frame, ringed options, sign-off grids, two-column pages ---

weasyprint = pytest.importorskip("weasyprint")

_CSS = """
@page { size: A4; margin: 14mm; }
body { font-family: DejaVu Sans; font-size: 9pt; }
.sec { border: 1.5px solid #222; margin: 6px 0; padding: 3px 5px 5px 5px; }
.sec > .t { font-weight: bold; background: #ddd; margin: -3px -5px 3px -5px; padding: 2px 5px; }
.lab { text-transform: uppercase; font-size: 7pt; margin-top: 3px; }
.box { border: 1px solid #555; min-height: 14px; padding: 2px 4px; margin: 1px 0 4px 0;
       font-family: DejaVu Serif; font-style: italic; font-size: 10pt; }
table { width: 100%; border-collapse: collapse; } td { vertical-align: top; width: 50%; padding: 0 3px; }
"""


def _pdf(tmp_path, body: str):
    path = tmp_path / "form.pdf"
    weasyprint.HTML(string=f"<html><head><meta charset='utf-8'><style>{_CSS}</style></head><body>{body}"
                    "</body></html>").write_pdf(str(path))
    return path


def _box(label, value):
    return f'<div class="lab">{label}</div><div class="box">{value}</div>'


def test_rdE_pdf_answer_boxes_under_labels_inside_section_frames(tmp_path):
    """A paper form drawn as section frames round answer boxes (each value in a box under its label, two
    boxes side by side): the frame is not a one-cell table swallowing the boxes; each box is its label's
    value, and the side-by-side boxes are two pairs, not one line of two labels over one of two values."""
    body = ('<div class="sec"><div class="t">A. About the young person</div>'
            + _box("Full name of child", "Marcus Penrose-Adeyemi") + _box("Date of birth", "04/06/2012")
            + _box("School or academy", "Kestrel Park School") + "</div>"
            '<div class="sec"><div class="t">B. Attendance</div>'
            f'<table><tr><td>{_box("Attendance % this academic year", "91.2")}</td>'
            f'<td>{_box("Attendance % previous year", "84.0")}</td></tr></table>'
            + _box("Meeting held on", "03/03/2026") + "</div>")
    pep = read_pep(str(_pdf(tmp_path, body)))
    assert pep.child.name and "Penrose-Adeyemi" in pep.child.name
    assert pep.school.name == "Kestrel Park School"
    assert pep.attendance_percent == 91.2


def test_rdE_pdf_a_row_of_label_value_pairs_over_another_is_not_labels_over_values(tmp_path):
    """'Attendance (current year) | 88.4% | Attendance (previous year) | 79%' over 'Fixed-term exclusions |
    0': the first row holds its own values (each label's neighbour parses as its figure), so it is not a row
    of labels whose values are in the row below; and the previous year's figure is history, not a rival."""
    import sys
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from docbuild import docx

    def build(d):
        d.add_paragraph("Attendance and exclusions")
        rows = [["Attendance (current year)", "88.4%", "Attendance previous year", "79%"],
                ["Fixed-term exclusions", "0", "", ""]]
        t = d.add_table(rows=2, cols=4)
        for i, r in enumerate(rows):
            for j, x in enumerate(r):
                t.cell(i, j).text = x

    pep = read_pep(str(docx(tmp_path, build)))
    assert pep.attendance_percent == 88.4


def test_rdE_pdf_a_ringed_option_is_the_choice_and_a_signature_is_not_the_name(tmp_path):
    """'National curriculum year (circle one)' over '9  10  11' with a ring drawn round 10: the ringed option
    is the year, the label line is a whole label (not 'National curriculum' with a value); and 'Young
    person | Leah' among the signatures is the child signing, weaker than the boxed full name."""
    ring = '<span style="border:1.5px solid #123; border-radius:9px; padding:0 4px">10</span>'
    body = ('<div class="sec"><div class="t">Part 1 - the child</div>'
            + _box("Name of the young person", "Leah Okonkwo-Barnes")
            + '<div class="lab">School year (circle one)</div>'
            f'<div><span style="margin-right:9px">9</span> {ring} <span style="margin-left:9px">11</span>'
            ' <span style="margin-left:9px">12</span></div>'
            + "</div>"
            '<div class="sec"><div class="t">Part 9 - sign off</div>'
            '<table style="border-collapse:collapse"><tr><td style="border:1px solid #333">Young person</td>'
            '<td style="border:1px solid #333">Leah</td></tr>'
            '<tr><td style="border:1px solid #333">Carer</td><td style="border:1px solid #333">J. Barnes</td></tr>'
            "</table></div>")
    pep = read_pep(str(_pdf(tmp_path, body)))
    assert pep.child.year_group == 10
    assert pep.child.name and "Okonkwo-Barnes" in pep.child.name


def _docx_table(d, rows):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, r in enumerate(rows):
        for j, x in enumerate(r):
            t.cell(i, j).text = x
    return t


def test_rdE_pdf_the_designated_tutors_dated_signature_completes_the_plan(tmp_path):
    """A sign-off grid ('Signatory | Signed | Date', a row per signer) and no completion date asked: the
    designated tutor's (teacher's) dated row is the completion date; a date the form labels as the
    completion still wins over it; other signers' dates are not the school's."""
    import sys
    from datetime import date
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from docbuild import docx

    grid = [["Signatory", "Signed", "Date"], ["Social worker", "R. Amadi", "02/02/2026"],
            ["Designated Tutor", "L. Finch", "09/02/2026"], ["Young person", "Kai", ""]]

    def only_grid(d):
        d.add_paragraph("Name of young person: Kai Brennan-Holt")
        d.add_paragraph("Agreement")
        _docx_table(d, grid)

    def labelled(d):
        d.add_paragraph("Name of young person: Kai Brennan-Holt")
        d.add_paragraph("Date PEP completed: 12/02/2026")
        d.add_paragraph("Agreement")
        _docx_table(d, grid)

    assert read_pep(str(docx(tmp_path, only_grid, "a.docx"))).completed_date == date(2026, 2, 9)
    assert read_pep(str(docx(tmp_path, labelled, "b.docx"))).completed_date == date(2026, 2, 12)


def test_rdE_pdf_a_two_column_newsletter_page_is_read_column_by_column(tmp_path):
    """A brochure page in two columns of wrapped prose: line by line across the page the columns interleave
    ('Child: Theo Marchetti-Lowe  We sat with Theo in the garden while he'), so each label's value gets the
    other column's words. Read left column, then right, each 'Label: value' line is whole again."""
    left = ("<h3>About the child</h3><p>Child: Theo Marchetti-Lowe</p><p>Born: 02/09/2021</p>"
            "<p>Setting attended: Bramble Hill Children's Centre</p>"
            "<p>Theo moved to his current carers in the summer and settled quickly into the morning group, "
            "where he now joins in with songs and likes the sand tray more than anything else in the room.</p>")
    right = ("<h3>What Theo told us</h3><p>We sat with Theo in the garden while he played with the water "
             "wall and wrote down what he said about nursery, his friends and his favourite things to do.</p>"
             "<p>He told us he likes the big red bike best and that his friend Ada is kind to him at snack time, "
             "and that he does not like it when the room gets too loud at the end of the day.</p>")
    body = ('<div style="column-count:2; column-gap:24px; font-size:9pt">' + left + right + "</div>")
    pep = read_pep(str(_pdf(tmp_path, body)))
    assert pep.child.name and "Marchetti-Lowe" in pep.child.name and "sat" not in pep.child.name
    assert pep.school.name == "Bramble Hill Children's Centre"


# --- headings: someone's own words, and last time's next steps ---

def test_main_a_heading_in_the_childs_own_words_starts_the_voice_and_last_times_steps_are_reviewed(tmp_path):
    def build(d):
        d.add_paragraph("Name: Noor Haddad")
        d.add_heading("In Noor's words", 2)
        d.add_paragraph("I like the water tray and my friend Sami.")
        d.add_heading("Last term's next steps", 2)
        d.add_paragraph("1. Noor will put on her own coat by half-term: achieved")
        d.add_heading("In the carer's words", 2)
        d.add_paragraph("Noor is sleeping better and talks about nursery every day.")
    pep = read_pep(_docx(tmp_path, build))
    assert "water tray" in (pep.pupil_voice.text or "")
    assert "sleeping better" not in (pep.pupil_voice.text or "")
    assert not any("own coat" in t.text for t in pep.targets)
