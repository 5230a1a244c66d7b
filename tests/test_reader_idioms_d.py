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
