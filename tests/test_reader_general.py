"""General reading rules (issue 11, fifth round): rules meant for any form rather than one layout's idiom,
each in a small document worded unlike the zoos. Each test fails on the reader before the rule."""
from __future__ import annotations

from docx.shared import Pt

from docbuild import docx as _docx
from docbuild import grid as _table

from pepqa.model import PartStatus
from pepqa.readers import read_pep


def _bold(d, text, size=None):
    run = d.add_paragraph().add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def test_a_bold_heading_bigger_than_the_body_ends_the_voice_even_in_normal_style(tmp_path):
    # Word forms often make headings by hand (bold, a point bigger) in the Normal style. After an unfilled
    # voice box, such a heading the model has no part for starts another section: its text is not the voice.
    def build(d):
        d.add_paragraph("Name: Idris Kowalczyk")
        _bold(d, "Child's views", 13)
        _bold(d, "What is going well for me:")
        _bold(d, "What I would change:")
        _bold(d, "Reviewing officer's comments", 13)
        d.add_paragraph("Good discussion with carer and school; plan agreed by all.")
    pep = read_pep(_docx(tmp_path, build))
    assert not pep.pupil_voice.text


def test_bold_prompts_of_the_body_size_do_not_end_the_voice(tmp_path):
    # The same form with the child's answers: bold prompts in the body size are the voice's own questions.
    def build(d):
        d.add_paragraph("Name: Idris Kowalczyk")
        _bold(d, "Child's views", 13)
        _bold(d, "What is going well for me:")
        d.add_paragraph("I have joined the chess club and I won two games.")
        _bold(d, "What I would change:")
        d.add_paragraph("I want to sit nearer the front in science.")
    pep = read_pep(_docx(tmp_path, build))
    assert "chess club" in pep.pupil_voice.text
    assert "nearer the front" in pep.pupil_voice.text
    assert pep.parts["pupil_voice"] == PartStatus.read


def _row_table(d, cells):
    t = d.add_table(rows=1, cols=len(cells))
    for j, v in enumerate(cells):
        t.cell(0, j).text = v
    return t


def test_a_one_row_banner_beside_an_empty_marker_cell_is_a_heading_that_ends_the_voice(tmp_path):
    # '| 4. Family time' as a band of its own: the adults' notes under it are not the child's views.
    def build(d):
        d.add_paragraph("Name: Idris Kowalczyk")
        _row_table(d, ["", "3. Child's views"])
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text = "School"
        t.cell(1, 0).text = "Friends"
        _row_table(d, ["", "4. Family time"])
        d.add_paragraph("Idris sees his mother every other Saturday at the family centre.")
    pep = read_pep(_docx(tmp_path, build))
    assert not pep.pupil_voice.text


def test_a_column_of_short_codes_numbers_the_targets_and_the_column_of_phrases_holds_them(tmp_path):
    # 'Target' heads the codes (G1, G2), 'This term's target' the targets themselves: a table of targets, not
    # of spend lines with no cost (which told the school each line had no cost).
    def build(d):
        d.add_paragraph("Name: Idris Kowalczyk")
        d.add_paragraph("Plan for this term")
        _table(d, [["Target", "Area", "This term's target", "Support / by whom"],
                   ["G1", "Literacy", "Idris will write a five-sentence recount using full stops by half-term",
                    "Writing frame, class TA"],
                   ["G2", "Numeracy", "Idris will add two 2-digit numbers on a number line by Easter",
                    "Maths group, Mr Obi"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [t.text[:18] for t in pep.targets] == ["Idris will write a", "Idris will add two"]
    assert not pep.pp_spend


def test_money_carried_over_from_an_earlier_school_is_not_a_line_of_this_request(tmp_path):
    def build(d):
        d.add_paragraph("Name: Idris Kowalczyk")
        d.add_paragraph("PP+ funding")
        d.add_paragraph("Funding carried forward from the last school: £150 kept by Elmfield Primary for his"
                        " nurture group.")
        _table(d, [["What the funding buys", "Target", "Cost"],
                   ["Reading catch-up sessions with a TA", "1", "£120"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [s.description for s in pep.pp_spend] == ["Reading catch-up sessions with a TA"]


def test_a_grid_of_two_label_value_pairs_a_row_is_not_labels_over_values(tmp_path):
    # 'Child | Name | Year group | Year' pairs on every row: the first row is two pairs whose values parse as their
    # fields, not a row of labels over the next row; a word saying which one ('New', 'interim') costs nothing.
    def build(d):
        d.add_paragraph("Personal Education Plan after a change of placement")
        _table(d, [["Child", "Tia Okonkwo-Reid", "Year group", "Year 4"],
                   ["Last school", "Hollybank Primary", "Date left", "03/10/2025"],
                   ["New school", "Marsh Lane Primary", "Started", "20/10/2025"],
                   ["Date of initial PEP", "07/11/2025", "Venue", "Marsh Lane Primary"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Tia Okonkwo-Reid"
    assert pep.child.year_group == 4
    assert pep.school.name == "Marsh Lane Primary"
    assert pep.meeting_date.isoformat() == "2025-11-07"
