"""The reader on narrative records and the idioms zoo B taught (issue 11): one small document per idiom.

Each test builds a DOCX holding one idiom and checks what was read, how it was matched, and that what could
not be settled is reported to the officer (part partly read), never guessed or blamed on the school."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from docbuild import docx

from pepqa.model import PartStatus
from pepqa.pipeline import check_file
from pepqa.policy import load_policy
from pepqa.readers import read_pep
from pepqa.readers.interpret.assemble import _year_from_age
from pepqa.readers.interpret.fields import _surname_first
from pepqa.readers.interpret.prose import sentences
from pepqa.values import parse_date, parse_year_group

POLICY = load_policy(None)


def table(d, rows):
    """A table; a row of one cell in a wider table is one merged cell, as Word forms lay out titles."""
    width = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=width)
    for i, r in enumerate(rows):
        if len(r) == 1 and width > 1:
            t.cell(i, 0).merge(t.cell(i, width - 1)).text = r[0]
            continue
        for j, x in enumerate(r):
            t.cell(i, j).text = x
    return t


def bold(d, text):
    d.add_paragraph().add_run(text).bold = True


# -- values ---------------------------------------------------------------------------------------
def test_year_group_from_a_choice_list():
    assert parse_year_group("11 / 12 / 13 / 14 - 13") == 13
    assert parse_year_group("☐ Year 10 ☒ Year 11 ☐ Year 12") == 11
    assert parse_year_group("☐ 11 / ☒ 12 / ☐ 13 / ☐ 14") == 12
    # the options alone, or boxes none of which is ticked: no answer, not the first option
    assert parse_year_group("11 / 12 / 13 / 14") is None
    assert parse_year_group("☐ Year 10 ☐ Year 11") is None
    assert parse_year_group("Year 7") == 7


def test_year_group_from_an_age_only_when_the_birthday_window_allows_one_year():
    assert _year_from_age(4, 8, date(2025, 10, 14)) == 0  # born Jan/Feb 2021: Reception
    assert _year_from_age(11, 7, date(2025, 10, 9)) == 7
    assert _year_from_age(15, 1, date(2025, 10, 1)) is None  # born Aug or Sep 2010: either side of 1 September


def test_dates_and_names_as_case_management_systems_write_them():
    assert parse_date("18-Nov-2025") == date(2025, 11, 18)
    assert _surname_first("LATHAM, Sophie-Mae") == "Sophie-Mae Latham"
    assert _surname_first("OKONJO-PRICE, Tyler") == "Tyler Okonjo-Price"
    assert _surname_first("Smith, John") == "Smith, John"  # not the capitalised-surname convention: left alone


def test_sentences_are_not_cut_after_titles():
    assert sentences("Mrs. Lund said so. Mr Fenn agreed. Leon said, \"Yes.\" Then we left.") == [
        "Mrs. Lund said so.", "Mr Fenn agreed.", "Leon said, \"Yes.\"", "Then we left."]


# -- form idioms ----------------------------------------------------------------------------------
def test_pairs_behind_a_pipe_and_bold_labels_over_values(tmp_path):
    def build(d):
        bold(d, "Review: Second review - January to April 2026 | Date of PEP meeting: Tuesday 27 January 2026")
        bold(d, "School / setting")
        d.add_paragraph("Greenacre Infant and Nursery School")
        bold(d, "Current attendance (%)")
        d.add_paragraph("93.8")
        table(d, [["Person", "LATHAM, Sophie-Mae", "Person ID", "1184402"]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 1, 27)
    assert pep.school.name == "Greenacre Infant and Nursery School"
    assert pep.attendance_percent == 93.8
    assert pep.child.name == "Sophie-Mae Latham"


def test_a_section_banner_row_starts_its_part(tmp_path):
    def build(d):
        table(d, [["Young Person's Views", "Mandatory fields completed: 2 of 2 (100%)"]])
        table(d, [["How do you feel about school at the moment?", "Better than last year."],
                  ["What is getting in the way of your learning?", "Writing it down takes me ages."]])
    pep = read_pep(docx(tmp_path, build))
    assert "Better than last year." in pep.pupil_voice.text and "takes me ages" in pep.pupil_voice.text
    assert "Mandatory" not in (pep.pupil_voice.text or "")


def test_attendance_from_a_table_of_figures_by_year(tmp_path):
    def build(d):
        table(d, [["Attendance and exclusions"] * 4,
                  ["Period", "Possible sessions", "Attended", "Attendance %"],
                  ["Academic year 2025-26 to date", "70", "66", "94.3"],
                  ["Academic year 2024-25", "380", "349", "91.8"]])
    assert read_pep(docx(tmp_path, build)).attendance_percent == 94.3


def test_a_label_for_last_year_is_not_this_years_figure(tmp_path):
    def build(d):
        table(d, [["Attendance % (last academic year)", "86.0"], ["Attendance % (current academic year)", "92.4"]])
    assert read_pep(docx(tmp_path, build)).attendance_percent == 92.4


def test_titled_target_tables_with_a_question_over_each_answer(tmp_path):
    def build(d):
        bold(d, "My Targets")
        for n, (area, text, cost) in enumerate((("Maths", "Ruby will score 20 out of 25 on a tables check by the spring PEP", "£15 x 12 = £180"),
                                               ("English", "Ruby will spell 15 of 20 statutory words by February half-term", "£60")), 1):
            table(d, [[f"Target {n}: {area}"], ["Target - what do we want the child to achieve?"], [text],
                      ["T Time-bound - By when? Will they be able to celebrate a success?"], ["Spring PEP 2026."],
                      ["PPG/PEPSA provision", f"Sessions for target {n}"], ["PPG/PEPSA cost", cost]])
    pep = read_pep(docx(tmp_path, build))
    assert [(t.number, t.area) for t in pep.targets] == [(1, "Maths"), (2, "English")]
    assert pep.targets[0].text.startswith("Ruby will score 20")
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("Sessions for target 1", 180.0, "1"), ("Sessions for target 2", 60.0, "2")]


# -- narrative prose ------------------------------------------------------------------------------
NARRATIVE = [
    ("h", "PEP Report"),
    ("p", "Child Leon Mensah"),
    ("p", "Date of PEP Thursday 9th October 2025"),
    ("h", "2. What is working well?"),
    ("p", "Leon has settled well. Leon said, \"I like that we move classrooms, it's like being a grown up.\" "
          "Mr Fenn said, \"He is always on time and ready.\" He also said, \"Science is the best lesson.\""),
    ("p", "Leon's attendance this academic year is 97.1%, with two days' absence (a dental appointment)."),
    ("h", "4. What needs to happen?"),
    ("p", "Three targets were agreed. First, Leon will increase his reading age to 10 years 3 months by the end "
          "of the spring term. Second, Leon will complete the fractions unit and score 70% by 12th December 2025. "
          "Third, Leon will attend the Saturday coding club for a full term."),
    ("p", "Ms Doyle agreed to release Pupil Premium Plus of £420 this term. £300 will pay for 1:1 reading tuition "
          "with Mr Abiola, one hour a week (£30 x 10), linked to the first target. The remaining £120 will pay for "
          "a place at the coding club for 12 weeks, linked to the third target."),
]


def _narrative(tmp_path):
    def build(d):
        for kind, text in NARRATIVE:
            if kind == "h":
                d.add_heading(text, level=1)
            else:
                d.add_paragraph(text)
    return docx(tmp_path, build)


def test_a_narrative_record_reads_voice_targets_and_spend(tmp_path):
    pep = read_pep(_narrative(tmp_path))
    assert pep.child.name == "Leon Mensah"
    assert pep.meeting_date == date(2025, 10, 9)
    assert pep.attendance_percent == 97.1
    voice = pep.pupil_voice.text or ""
    assert "I like that we move classrooms" in voice and "Science is the best lesson." in voice
    assert "always on time" not in voice  # a teacher's words are not the child's voice
    assert [t.number for t in pep.targets] == [1, 2, 3]
    assert pep.targets[0].text.startswith("Leon will increase his reading age")
    assert pep.provenance["targets[0]"].match == "prose"
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("1:1 reading tuition with Mr Abiola, one hour a week", 300.0, "1"),
        ("a place at the coding club for 12 weeks", 120.0, "3")]
    assert pep.pp_requested == 420.0


def test_plain_goal_sentences_under_a_targets_heading(tmp_path):
    def build(d):
        bold(d, "Section 3 of the PEP - Priorities and Targets")
        d.add_paragraph("Targets set by Mr Osei (DT) with Jordan's teachers:")
        d.add_paragraph("Jordan will complete his weekly maths homework for 8 of the 10 weeks before the February PEP")
        d.add_paragraph("To improve behaviour in lessons")
        d.add_paragraph("Pupil premium: (PP+ is requested termly and must link to the targets above)")
        d.add_paragraph("Target 1: Small-group maths tuition with Mr Dunne, 1 hour weekly - £25 x 10 = £250")
    pep = read_pep(docx(tmp_path, build))
    assert [t.text for t in pep.targets] == [
        "Jordan will complete his weekly maths homework for 8 of the 10 weeks before the February PEP",
        "To improve behaviour in lessons"]
    assert [(s.cost, s.target_ref) for s in pep.pp_spend] == [(250.0, "1")]


def test_a_target_heading_with_its_text_and_sub_headings_below(tmp_path):
    def build(d):
        d.add_heading("Your targets", level=1)
        bold(d, "Target 1 - academic (English)")
        d.add_paragraph("You will plan and write an essay introduction and reach a grade 4 in December")
        bold(d, "How will we know?")
        d.add_paragraph("Ms Quadri will check your December assessment.")
        bold(d, "Target 2 - academic (Maths)")
        d.add_paragraph("You will complete 10 weeks of maths tutoring and score 65% on the algebra test")
    pep = read_pep(docx(tmp_path, build))
    assert [(t.number, t.area) for t in pep.targets] == [(1, "academic (English)"), (2, "academic (Maths)")]
    assert pep.targets[0].success_criteria == "Ms Quadri will check your December assessment."
    assert len(pep.targets) == 2  # the success criteria sentence ('... will check ...') is not a third target


# -- all at once ----------------------------------------------------------------------------------
def test_equally_good_readings_that_disagree_are_left_uncertain(tmp_path):
    def build(d):
        table(d, [["Date of PEP meeting", "14/10/2025"]])
        table(d, [["PEP meeting date", "21/10/2025"]])
        table(d, [["Name", "Maya Patel"], ["School", "Hollybank Primary School"]])
    path = docx(tmp_path, build)
    pep = read_pep(path)
    assert pep.meeting_date is None
    assert pep.provenance["uncertain.meeting_date"].match == "uncertain"
    assert pep.parts["meeting"] in (PartStatus.partial, PartStatus.unread)
    r = check_file(str(path), POLICY)
    assert "TL006" not in {f.code for f in r.findings if f.audience == "school"}  # not blamed on the school


def test_the_same_label_for_several_meetings_gives_the_latest(tmp_path):
    def build(d):
        bold(d, "Meeting 1")
        table(d, [["Date of PEP meeting", "14/10/2025"]])
        bold(d, "Meeting 2")
        table(d, [["Date of PEP meeting", "03/02/2026"]])
    assert read_pep(docx(tmp_path, build)).meeting_date == date(2026, 2, 3)


def test_an_authority_extends_the_prose_words(tmp_path):
    """[prose] is data: an authority's labels file adds a say-verb and the quotation after it is read."""
    def build(d):
        d.add_paragraph("Child: Maya Patel")
        d.add_paragraph("Maya muttered, \"I want to sit by the window in maths.\" The teacher agreed.")
    path = docx(tmp_path, build)
    assert "sit by the window" not in (read_pep(str(path)).pupil_voice.text or "")
    extra = tmp_path / "labels.toml"
    extra.write_text('[prose]\nsay_verbs = ["muttered"]\n', encoding="utf-8")
    assert "I want to sit by the window in maths." in read_pep(str(path), str(extra)).pupil_voice.text


def test_what_is_not_a_target_or_a_spend_line(tmp_path):
    """Guards that keep prose reading honest: grades under a 'target' column, a prompt with its answer, a
    sentence about the targets, a slot left empty on purpose, PP+ that does not apply."""
    def build(d):
        table(d, [["Subject", "Autumn 1 Year 8", "End of Year 8 target"], ["English", "Developing", "Secure"],
                  ["Maths", "Secure", "Secure+"]])
        d.add_heading("Targets", level=1)
        d.add_paragraph("The following priorities were agreed at the meeting. Targets will be reviewed in spring.")
        d.add_paragraph("Jordan will arrive before 9am on Mondays for the rest of the autumn term")
        d.add_paragraph("How will we know? College register")
        bold(d, "Target 2 - wellbeing")
        d.add_paragraph("Not set at this meeting - to be added by your class teacher.")
        d.add_heading("Pupil premium plus", level=1)
        d.add_paragraph("Pupil Premium Plus: not applicable (post-16). 16-19 Bursary confirmed, £1,200 a year.")
    pep = read_pep(docx(tmp_path, build))
    assert [t.text for t in pep.targets] == ["Jordan will arrive before 9am on Mondays for the rest of the autumn term"]
    assert [a.subject for a in pep.attainment] == ["English", "Maths"]
    assert pep.pp_spend == []


def test_lettered_targets_and_two_amounts_in_one_sentence(tmp_path):
    def build(d):
        d.add_paragraph("Young person: Amir Hassan")
        d.add_heading("Agreed targets", level=1)
        d.add_paragraph("a) Amir will read one chapter book a fortnight and record it in his reading log by Easter.")
        d.add_paragraph("b) Amir will add and subtract 4-digit numbers with 8/10 correct by the summer PEP.")
        d.add_heading("Funding", level=1)
        d.add_paragraph("The Virtual School will fund £240 of PP+ for a weekly maths tutor (target b) and £60 for "
                        "art materials.")
    pep = read_pep(docx(tmp_path, build))
    assert [t.number for t in pep.targets] == [1, 2]
    assert pep.targets[0].text.startswith("Amir will read one chapter book")
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("a weekly maths tutor", 240.0, "2"), ("art materials", 60.0, None)]
