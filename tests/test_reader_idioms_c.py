"""Idioms found in zoo C (issue 11), one small document each: what is read, with provenance, and the part
statuses that follow. Each test fails if the idiom is read the old way."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from docbuild import docx as _docx

from pepqa.model import PartStatus
from pepqa.readers import idioms, read_pep
from pepqa.readers.interpret.wording import defined_acronyms
from pepqa.values import parse_money


def _pdf(tmp_path: Path, lines: list[list[tuple[float, str]]], name: str = "f.pdf") -> Path:
    """A PDF whose lines each hold pieces at given left edges (an online form's columns)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / name
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for pieces in lines:
        for x, text in pieces:
            c.drawString(x, y, text)
        y -= 16
    c.save()
    return path


def test_labels_above_values_in_columns(tmp_path):
    path = _pdf(tmp_path, [
        [(50, "Personal Education Plan")],
        [(50, "Student name *"), (300, "College or training provider *")],
        [(54, "Jade Whitcombe"), (304, "Kingsmead College")],
        [(50, "Date of birth *"), (300, "Date of PEP meeting *")],
        [(54, "07/05/2009"), (304, "02/12/2025")],
    ])
    pep = read_pep(path)
    assert pep.child.name == "Jade Whitcombe"
    assert pep.school.name == "Kingsmead College"
    assert pep.child.date_of_birth == date(2009, 5, 7)
    assert pep.meeting_date == date(2025, 12, 2)
    assert pep.provenance["school.name"].label == "College or training provider"


def test_a_label_and_its_value_on_one_line_are_not_a_row_of_labels(tmp_path):
    path = _pdf(tmp_path, [
        [(50, "Personal Education Plan")],
        [(50, "My school/setting"), (200, "Greenhill Nursery School")],
        [(50, "Date of my PEP"), (200, "22/10/2025")],
    ])
    pep = read_pep(path)
    assert pep.school.name == "Greenhill Nursery School"
    assert pep.meeting_date == date(2025, 10, 22)


def test_an_acronym_the_document_defines_means_that_in_it():
    got = defined_acronyms(["Post 16 PEP - also known as a Personal Progression Plan (PPP)",
                            "Early Years Pupil Premium (EYPP)"])
    assert got == {"PPP": "PEP", "EYPP": "Early Years Pupil Premium"}


def test_a_blank_left_on_dots_before_the_next_label():
    pairs = idioms.leader_pairs("Designated Teacher signature ……………… Date completed……17/10/2025……",
                                lambda x: x == "Date completed")
    assert pairs == [("Designated Teacher signature", ""), ("Date completed", "17/10/2025")]


def test_unmarked_pairs_split_before_the_strongest_label():
    strong = {"School": 1.5, "Year group": 1.5, "Primary School Year group": 1.0}
    got = idioms.unmarked_all("School Hawthorn Brook Primary School Year group Year 6",
                              lambda label, value: strong.get(label), lambda a, b: a == b)
    assert got == [("School", "Hawthorn Brook Primary School"), ("Year group", "Year 6")]


def test_a_breakdown_in_brackets_is_not_the_cost():
    assert parse_money("£240 (TA time: £20 x 12 weeks)") == 240.0
    assert parse_money("£30/hr x 6 = £180") == 180.0


def test_hopes_side_by_side_in_the_childs_words_are_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Amira Haddad")
        d.add_paragraph("Date of PEP meeting: 13/11/2025")
        d.add_paragraph().add_run("Section C - My hopes, worries and aspirations").bold = True
        t = d.add_table(rows=2, cols=3)
        for j, x in enumerate(["My hopes", "My worries", "When I grow up"]):
            t.cell(0, j).text = x
        for j, x in enumerate(["I hope I can stay at my school until Year 6.", "I worry about spelling tests a lot.",
                               "When I grow up I want to be a vet."]):
            t.cell(1, j).text = x
    pep = read_pep(_docx(tmp_path, build))
    for words in ("I hope I can stay", "I worry about spelling", "I want to be a vet"):
        assert words in (pep.pupil_voice.text or "")
    assert "My hopes" not in (pep.pupil_voice.text or "")
    assert pep.parts["pupil_voice"] == PartStatus.read


def test_another_fund_is_not_a_pp_spend_line(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Tyler Reid")
        d.add_paragraph().add_run("Pupil Premium Plus").bold = True
        d.add_paragraph("1. Maths tuition with a tutor, 10 weeks - £350")
        d.add_paragraph("Personal Education Allowance (PEA) requested: guitar lessons - £120")
    pep = read_pep(_docx(tmp_path, build))
    assert [s.cost for s in pep.pp_spend] == [350.0]
    assert pep.parts["pp_plus"] == PartStatus.read


def test_a_state_with_its_date_is_the_completion_date(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Jade Whitcombe")
        d.add_paragraph("Online form ID: P16-0417 | Status: Submitted 05/12/2025 16:41")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date == date(2025, 12, 5)
    assert pep.provenance["completed_date"].label == "Submitted"


def test_a_figure_inside_a_paragraph_of_sentences(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Orla McCartan")
        d.add_paragraph("Orla is in P6 at St Columba's. Transport: walks with carer. "
                        "Attendance to date this school year: 97%")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent == 97.0


def test_the_latest_periods_items_and_amount_requested(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Freya Lane")
        for n, (step, cost, total) in enumerate([("Freya will count to 10 by December", "£40", "£40"),
                                                 ("Freya will write her name by March", "£60", "£60")], 1):
            d.add_paragraph().add_run(f"PEP {n} - {'Autumn' if n == 1 else 'Spring'} term: next steps and PP+").bold = True
            t = d.add_table(rows=2, cols=3)
            for j, x in enumerate(["Next step", "Support funded", "PP+ cost"]):
                t.cell(0, j).text = x
            for j, x in enumerate([step, "Small group with TA", cost]):
                t.cell(1, j).text = x
            d.add_paragraph(f"PP+ requested at PEP {n}: {total}")
    pep = read_pep(_docx(tmp_path, build))
    assert [t.text for t in pep.targets] == ["Freya will write her name by March"]
    assert pep.pp_requested == 60.0


def test_na_in_a_mandatory_field_is_empty_not_unread(tmp_path):
    def build(d):
        d.add_paragraph("Child's name: Callum Reeve")
        d.add_paragraph("Date of PEP meeting: 20/01/2026")
        d.add_paragraph().add_run("Targets").bold = True
        d.add_paragraph("1. Callum will complete his UCAS personal statement draft by 14 February 2026.")
        d.add_paragraph("Other financial support (not PP+)")
        d.add_paragraph("N/A")
        d.add_paragraph("7. Submission")
    pep = read_pep(_docx(tmp_path, build))
    assert len(pep.targets) == 1
    assert pep.parts["targets"] == PartStatus.read
