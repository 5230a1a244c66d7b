"""Idioms found in zoo D (issue 11), one small document each, worded unlike the zoo files: what is read, and
the part statuses that follow. Each test fails if the idiom is read the old way. Test names carry the branch
that added them (several helpers add to this file)."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx

from pepqa.readers import read_pep


def _bold(d, text):
    d.add_paragraph().add_run(text).bold = True


def _grid(d, rows, bold_header=True):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
            if i == 0 and bold_header:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph()
    return t


def test_rd_grid2_handing_the_pep_to_the_virtual_school_is_its_completion(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Corey Adeyemi")
        d.add_paragraph("Date of PEP meeting: 04/11/2025")
        d.add_paragraph("Returned to the VS on: 11/11/2025")
    assert read_pep(_docx(tmp_path, build)).completed_date == date(2025, 11, 11)

    def build_above(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Corey Adeyemi")
        _bold(d, "Date the PEP was finalised")
        d.add_paragraph("12.11.2025")
    assert read_pep(_docx(tmp_path, build_above, "b.docx")).completed_date == date(2025, 11, 12)


def test_rd_grid2_the_quality_assurance_date_is_not_the_completion(tmp_path):
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Corey Adeyemi")
        d.add_paragraph("Date QA completed: 20/11/2025")
    assert read_pep(_docx(tmp_path, build)).completed_date is None


def test_rd_grid2_the_funding_column_of_a_targets_table_is_the_spend(tmp_path):
    """A targets table whose last column is named by the fund ('PEPSA funding'), not as a cost: an amount alone
    pays for the row's support, words with an amount are the line, words alone a line with no cost, 'None'
    nothing; a row with no target is a line linked to none, and 'Total' the amount requested."""
    def build(d):
        d.add_paragraph("Personal Education Plan")
        d.add_paragraph("Name: Ali Haddad")
        _bold(d, "Targets")
        _grid(d, [["Target no.", "Target", "Support in school", "PEPSA funding"],
                  ["1", "Ali will spell 20 of the Year 5 statutory words correctly by March 2026",
                   "Spelling club with the class TA twice a week", "£120"],
                  ["2", "Ali will explain his working for two-step word problems by the summer PEP",
                   "Maths mentor", "Third Space Learning online tutoring, 10 sessions = £320"],
                  ["3", "Ali will use his worry book with his key adult once a week until Easter",
                   "Key adult, Monday mornings", "Sensory circuit equipment for the base room"],
                  ["4", "Ali will join a lunchtime club on two days a week by February half-term",
                   "Lunchtime supervisor", "None"],
                  ["5", "Ali will read aloud to his carer for 10 minutes on five nights a week by Easter",
                   "Reading diary checked on Fridays", "Funded from the school budget"],
                  ["", "", "Theatre trip for the whole year group", "£25"],
                  ["", "", "Total PEPSA requested", "£465"]])
    pep = read_pep(_docx(tmp_path, build))
    got = [(s.description, s.cost, s.target_ref) for s in pep.pp_spend]
    assert got == [("Spelling club with the class TA twice a week", 120.0, "1"),
                   ("Third Space Learning online tutoring, 10 sessions", 320.0, "2"),
                   ("Sensory circuit equipment for the base room", None, "3"),
                   ("Theatre trip for the whole year group", 25.0, None)]
    assert pep.pp_requested == 465.0
    assert len(pep.targets) == 5
