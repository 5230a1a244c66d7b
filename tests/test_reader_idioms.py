"""The reader on layouts it was never shown: one small document per layout idiom (issue 11).

Each test builds a DOCX (python-docx) or PDF (reportlab) holding one idiom and checks what was read, how it
was matched, and that the part statuses stay honest."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docbuild import docx

from pepqa.labels import load_labels, normalise
from pepqa.model import PartStatus
from pepqa.readers import read_pep
from pepqa.readers.concepts import latest_date, parse_typed, stem, undouble
from pepqa.readers import idioms, periods


def table(d, rows):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, r in enumerate(rows):
        for j, x in enumerate(r):
            t.cell(i, j).text = x
    return t


def heading(d, text):
    d.add_paragraph().add_run(text).bold = True


# -- concepts -------------------------------------------------------------------------------------
@pytest.mark.parametrize("label,key", [
    ("My PEP meeting was on", "meeting_date"),
    ("Date of this PEP", "meeting_date"),
    ("PEP Date", "meeting_date"),
    ("Date signed off by DT", "completed_date"),
    ("My booklet was finished on", "completed_date"),
    ("Date of next EYPEP", "next_pep_date"),
    ("Attendance since September (%)", "attendance_percent"),
    ("Attendence this year", "attendance_percent"),  # a typo
    ("Student name", "child.name"),
    ("My school/setting", "school.name"),
    ("College or Provider", "school.name"),
    ("DOB", "child.date_of_birth"),
    ("My birthday is", "child.date_of_birth"),
    ("Total EYPP requested this term", "pp_requested"),
    ("Forename", "child.forename"),
    ("Date of Education Review", "meeting_date"),
])
def test_concepts_name_labels_no_synonym_lists(label, key):
    m = load_labels().concepts.best(normalise(label))
    assert m is not None and m.key == key, (label, m)


@pytest.mark.parametrize("label", ["Date of last PEP", "Date of previous PEP", "Name and contact details",
                                   "My Social Worker is", "School year", "Social worker name"])
def test_negative_words_keep_other_labels_out(label):
    m = load_labels().concepts.best(normalise(label))
    assert m is None or m.key not in ("meeting_date", "child.name", "school.name"), (label, m)


def test_typed_values_reject_what_does_not_parse():
    assert parse_typed("date", "February half-term") is None
    assert parse_typed("percent", "96.7% (58/60 sessions)") == 96.7
    assert parse_typed("percent", "91.3 - two days missed") == 91.3
    assert parse_typed("name", "Poppy Halloran") == "Poppy Halloran"
    assert parse_typed("name", "she is doing well in class and likes maths.") is None
    assert latest_date("8th October 2025 03/02/2026") == date(2026, 2, 3)
    assert undouble("Hollybank Primary Hollybank Primary") == "Hollybank Primary"
    assert stem("gathered") == stem("gather") and stem("views") == stem("view")


def test_section_numbering_is_stripped():
    for h in ["Section One (a):Child's Details", "1.)Personal Details", "Page 6 - My views", "1a Personal details",
              "1(b) Personal details", "Part B: Personal details", "C: Personal details"]:
        assert normalise(h) in ("child's details", "personal details", "my views"), h


# -- idioms on one line ---------------------------------------------------------------------------
def test_idiom_splitters():
    assert idioms.leader_pairs("Student name………Jordan Pike……… Email………j@x.uk") == [
        ("Student name", "Jordan Pike"), ("Email", "j@x.uk")]
    L = load_labels()

    def known(s):
        return bool(L.match_field(s) or L.concepts.best(normalise(s)))

    assert idioms.run_together("Name: A ChildDOB: 01/01/2013Year: 3", known) == [
        ("Name", "A Child"), ("DOB", "01/01/2013"), ("Year", "3")]
    assert idioms.run_together("Area of need: Social, emotional and mental health needs: check-ins", known) == []
    assert idioms.first_person("My setting is Kind Hands Nursery") == ("My setting is", "Kind Hands Nursery")
    assert idioms.first_person("I am in Year 8") == ("year", "Year 8")
    assert periods.latest_line("I like...\nAutumn: dinosaurs\nSpring: Lego") == ("I like...", "Lego")
    assert periods.period_columns(["", "Meeting 1: New PEP", "Meeting 2: Review"]) == [1, 2]


def test_first_person_sentences_and_run_together_pairs(tmp_path):
    def build(d):
        d.add_paragraph("My name is Poppy Halloran")
        d.add_paragraph("My setting is Little Acorns Day Nursery")
        d.add_paragraph("Name: Kai BrennanDOB: 03/02/2013Year: 8")
        d.add_paragraph("My PEP meeting was on 14th October 2025")
        d.add_paragraph("Date signed off by DT 22/10/2025")
        d.add_paragraph("Attendance this academic year (%) 95.0")
    pep = read_pep(docx(tmp_path, build))
    # Two readings of one field: the exact label ('Name:') beats the concept match read before it ('My name is').
    assert pep.child.name == "Kai Brennan"
    assert pep.school.name == "Little Acorns Day Nursery"
    assert pep.child.date_of_birth == date(2013, 2, 3) and pep.child.year_group == 8
    assert pep.meeting_date == date(2025, 10, 14)
    assert pep.completed_date == date(2025, 10, 22)
    assert pep.attendance_percent == 95.0
    assert pep.provenance["completed_date"].match == "concept" and pep.provenance["completed_date"].score >= 1.0
    assert pep.provenance["school.name"].label == "My setting is"


def test_dotted_leaders_in_a_pdf(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "d.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for line in ["POST 16 PERSONAL EDUCATION PLAN", "Student name" + "." * 12 + "Jordan Pike" + "." * 12,
                 "PEP Date" + "." * 12 + "18/11/2025" + "." * 12, "College or Provider" + "." * 8 + "Harbourside College",
                 "Forename Jayden Surname Griffiths"]:
        c.drawString(50, y, line)
        y -= 20
    c.save()
    pep = read_pep(path)
    assert pep.child.name == "Jordan Pike"
    assert pep.meeting_date == date(2025, 11, 18)
    assert pep.school.name == "Harbourside College"


def test_forename_and_surname_cells_make_the_name(tmp_path):
    pep = read_pep(docx(tmp_path, lambda d: table(d, [["Forename", "Jayden", "Surname", "Griffiths"]])))
    assert pep.child.name == "Jayden Griffiths"
    pep = read_pep(docx(tmp_path, lambda d: d.add_paragraph("Forename Jayden Surname Griffiths"), "line.docx"))
    assert pep.child.name == "Jayden Griffiths"


# -- tables ---------------------------------------------------------------------------------------
def test_a_table_per_target_under_new_targets(tmp_path):
    texts = ["Maya will read 20 common exception words by February half-term.",
             "Maya will count to 20 and back accurately by Easter.",
             "Maya will write two sentences with capital letters and full stops by Easter.",
             "Maya will join in a group game for ten minutes by half-term."]

    def build(d):
        heading(d, "New targets")
        for i, t in enumerate(texts, 1):
            table(d, [["Target no.", str(i)], ["Target", t], ["How will we know?", "Teacher records"]])
    pep = read_pep(docx(tmp_path, build))
    assert [t.text for t in pep.targets] == texts
    assert [t.number for t in pep.targets] == [1, 2, 3, 4]
    assert pep.parts["targets"] == PartStatus.read
    assert pep.provenance["targets[0].text"].match == "transposed"


def test_target_text_column_found_by_its_content_and_pp_columns(tmp_path):
    def build(d):
        heading(d, "My next steps")
        table(d, [["No.", "What I will learn next", "By when"],
                  ["1", "Poppy will count out five objects accurately by Easter.", "Easter 2026"]])
        heading(d, "Pupil premium plus")
        table(d, [["Provision and cost", "Target no."],
                  ["1:1 maths mentoring, 1 hour a week for 10 weeks, £30/hour x 10 = £300", "1"],
                  ["Total requested: £300", ""]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.targets[0].text.startswith("Poppy will count") and pep.targets[0].by_when == "Easter 2026"
    assert len(pep.pp_spend) == 1 and pep.pp_spend[0].cost == 300.0 and pep.pp_spend[0].target_ref == "1"
    assert pep.pp_requested == 300.0


def test_meeting_columns_read_the_latest_filled_in(tmp_path):
    def build(d):
        table(d, [["", "Meeting 1: New PEP", "Meeting 2: Review"],
                  ["Date of meeting", "07/10/2025", "24/03/2026"],
                  ["Attendance % this academic year", "96.4%", ""]])
    pep = read_pep(docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 3, 24)
    assert pep.attendance_percent == 96.4  # meeting 2 left blank: meeting 1's figure
    assert pep.provenance["meeting_date"].match == "latest"


def test_labels_above_their_values(tmp_path):
    pep = read_pep(docx(tmp_path, lambda d: table(d, [["Date of this PEP", "Is this the first PEP?", "Date of Next PEP"],
                                                      ["14.10.25", "No", "10 February 2026"]])))
    assert pep.meeting_date == date(2025, 10, 14) and pep.next_pep_date == date(2026, 2, 10)


def test_targets_under_two_terms_keep_the_latest(tmp_path):
    def build(d):
        heading(d, "My next steps")
        heading(d, "Autumn term (PEP 1)")
        table(d, [["Next step 1", "Oscar will write his first name independently."], ["Area of learning", "Literacy"]])
        heading(d, "Spring term (PEP 2)")
        table(d, [["Next step 1", "Oscar will write a simple sentence of 4-6 words by Easter."],
                  ["Area of learning", "Literacy"]])
    pep = read_pep(docx(tmp_path, build))
    assert [t.text for t in pep.targets] == ["Oscar will write a simple sentence of 4-6 words by Easter."]


# -- the voice ------------------------------------------------------------------------------------
def test_voice_answers_in_a_question_table_and_short_lines(tmp_path):
    def build(d):
        heading(d, "Section 4: The Young Persons Voice")
        table(d, [["What is going well in school?", "Science, because we do experiments."],
                  ["What is hard?", "English. It takes me ages."]])
        d.add_paragraph("Attendance is better now.")
        d.add_paragraph("I want to stay at this school.")
    pep = read_pep(docx(tmp_path, build))
    v = pep.pupil_voice.text
    assert "Science, because we do experiments." in v and "English. It takes me ages." in v
    assert "Attendance is better now." in v and "I want to stay at this school." in v
    assert "What is hard?" not in v


# -- honest statuses --------------------------------------------------------------------------------
def test_unread_field_like_text_makes_its_part_partial_never_empty(tmp_path):
    def build(d):
        heading(d, "My attendance")
        d.add_paragraph("Attendance figure recorded as: ninety two percent")
    pep = read_pep(docx(tmp_path, build))
    assert pep.attendance_percent is None
    assert pep.parts["attendance"] in (PartStatus.unread, PartStatus.partial)


def test_targets_and_spend_read_from_lists_and_prose(tmp_path):
    def build(d):
        heading(d, "Targets")
        d.add_paragraph("1. (English) Maya will read 20 common exception words by February half-term.")
        d.add_paragraph("2. (Maths) Maya will count to 20 and back accurately by Easter.")
        d.add_paragraph("• Maya will join a lunchtime club once a week this term.")
        heading(d, "Pupil Premium Plus")
        d.add_paragraph("Reading intervention with TA, 3 x 20 minutes a week - £180")
        d.add_paragraph("Total requested: £180")
    pep = read_pep(docx(tmp_path, build))
    assert [(t.number, t.area) for t in pep.targets] == [(1, "English"), (2, "Maths"), (None, None)]
    assert pep.targets[0].text == "Maya will read 20 common exception words by February half-term."
    assert len(pep.pp_spend) == 1 and pep.pp_spend[0].cost == 180.0 and pep.pp_requested == 180.0
    assert pep.parts["targets"] == PartStatus.read
    assert pep.provenance["targets[0]"].match == "prose"


def test_transposed_table_fields_as_rows_items_as_columns(tmp_path):
    def build(d):
        heading(d, "SMART targets")
        table(d, [["Target", "Ali will read 20 words by Easter.", "Ali will count to 50 by Easter."],
                  ["Who", "Class TA", "Maths lead"],
                  ["By when", "Easter 2026", "Easter 2026"]])
    pep = read_pep(docx(tmp_path, build))
    assert [(t.text, t.who) for t in pep.targets] == [("Ali will read 20 words by Easter.", "Class TA"),
                                                      ("Ali will count to 50 by Easter.", "Maths lead")]


def test_a_cost_in_a_targets_row_is_a_spend_line_linked_to_it(tmp_path):
    def build(d):
        heading(d, "SMART targets")
        table(d, [["No.", "Target", "Support", "Cost"],
                  ["1", "Ali will read 20 words by Easter.", "Reading TA 3 x 20 minutes a week", "£120"],
                  ["2", "Ali will count to 50 by Easter.", "Class teacher", ""]])
    pep = read_pep(docx(tmp_path, build))
    assert len(pep.targets) == 2
    assert [(s.description, s.cost, s.target_ref) for s in pep.pp_spend] == [
        ("Reading TA 3 x 20 minutes a week", 120.0, "1")]


def test_tables_compete_exact_column_names_beat_words_inside(tmp_path):
    def build(d):
        heading(d, "Review and action plan")
        table(d, [["Previous target", "Outcome"], ["Kai to attend homework club twice a week.", "Not achieved."]])
    pep = read_pep(docx(tmp_path, build))
    assert not pep.targets and pep.previous_targets[0].outcome == "Not achieved."


def test_a_typing_error_in_a_column_header_is_forgiven():
    from pepqa.readers import tables

    assert tables.column_for(load_labels(), "How will be know?", "targets") == "success_criteria"
    assert tables.column_for(load_labels(), "Cost (£)", "pp_spend") == "cost"


def test_a_label_above_its_value_in_paragraphs_and_one_column_tables(tmp_path):
    def build(d):
        d.add_paragraph("Date of meeting")
        d.add_paragraph("14/10/2025")
        table(d, [["Attendance this academic year (%)"], ["93.5"], ["Name of school"], ["Hill Top Primary"]])
        d.add_paragraph("Date PEP completed")
        d.add_paragraph("To be confirmed")  # does not parse as a date: not read as one
    pep = read_pep(docx(tmp_path, build))
    assert pep.meeting_date == date(2025, 10, 14)
    assert pep.attendance_percent == 93.5
    assert pep.school.name == "Hill Top Primary"
    assert pep.completed_date is None
