"""Idioms found in zoo D (issue 11), one small document each, in wording other than the zoo's: what is read
and the part statuses that follow. Each test fails if the idiom is read the old way."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx

from pepqa.model import PartStatus
from pepqa.readers import idioms, read_pep


# -- rd-prose: labels in two languages, pairs behind dotted leaders -------------------------------------

def test_rd_prose_a_two_language_label_is_read_by_the_half_it_knows(tmp_path):
    def build(d):
        d.add_paragraph("Cynllun Addysg Personol / Personal Education Plan")
        d.add_paragraph("Enw llawn / Full name .......... Osian Bevan")
        d.add_paragraph("Dyddiad yr adolygiad / Date of PEP meeting .......... Tuesday 4th November 2025")
        d.add_paragraph("Canran presenoldeb / Attendance percentage .......... 91.5%")
        d.add_paragraph("Athrawes ddynodedig / Designated teacher .......... Ms L. Rowlands")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Osian Bevan"
    assert pep.meeting_date == date(2025, 11, 4)
    assert pep.attendance_percent == 91.5
    assert pep.parts["attendance"] == PartStatus.read


def test_rd_prose_two_pairs_behind_leaders_on_one_line_split_where_the_next_label_starts():
    known = {"Lleoliad / Setting", "Grŵp blwyddyn / Year group", "Setting", "Year group"}

    def is_label(x: str) -> bool:
        return x in known or any(x.endswith(" / " + k) for k in ("Setting", "Year group"))
    got = idioms.leader_pairs("Lleoliad / Setting ....... Meithrinfa Seren Fach Grŵp blwyddyn / Year group ....... 1",
                              is_label)
    assert got == [("Lleoliad / Setting", "Meithrinfa Seren Fach"), ("Grŵp blwyddyn / Year group", "1")]


def test_rd_prose_an_english_pair_after_a_value_behind_leaders(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Pupil name ....... Maisie Draper Date of birth ....... 14/06/2015")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Maisie Draper"
    assert pep.child.date_of_birth == date(2015, 6, 14)


def test_rd_prose_a_total_row_and_a_support_only_row_in_a_table_of_targets(tmp_path):
    def build(d):
        d.add_paragraph("Targedau / Targets")
        t = d.add_table(rows=5, cols=4)
        rows = [["No.", "Target", "PP+ support", "Cost"],
                ["1", "Osian will spell 15 of the Year 4 statutory words correctly by February half-term",
                 "Spelling group with TA", "£120"],
                ["2", "Osian will recall the 3 and 4 times tables in under 2 minutes by Easter", "", ""],
                ["", "", "Swimming club membership for the term", "£60"],
                ["", "Cyfanswm / Total requested", "", "£180"]]
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    pep = read_pep(_docx(tmp_path, build))
    assert [t.number for t in pep.targets] == [1, 2]
    assert pep.pp_requested == 180.0
    lines = {s.description: (s.cost, s.target_ref) for s in pep.pp_spend}
    assert lines["Swimming club membership for the term"] == (60.0, None)
    assert lines["Spelling group with TA"][0] == 120.0
