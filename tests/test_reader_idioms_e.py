"""Zoo E reader idioms (each test in wording different from the zoo file's), branch-prefixed."""
from __future__ import annotations

import pytest

from pepqa.readers import read_pep

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
