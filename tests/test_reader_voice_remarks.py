"""Lines under the voice heading that are about gathering the child's views, not the child's words, are not
read as the voice (so an empty voice box is reported empty), while the child's words, reported or quoted, are."""
from __future__ import annotations

from docbuild import docx as _docx

from pepqa.readers import read_pep


def _voice(tmp_path, lines, heading="The child's views"):
    def build(d):
        d.add_paragraph("Name: Priya Natt")
        d.add_heading(heading, 2)
        for line in lines:
            d.add_paragraph(line)
        d.add_heading("New targets", 2)
    return read_pep(_docx(tmp_path, build)).pupil_voice.text or ""


def test_remarks_about_gathering_the_views_are_not_the_voice(tmp_path):
    text = _voice(tmp_path, ["The questionnaire was sent home with Priya but has not been returned.",
                             "Please record the child's views in their own words before the meeting.",
                             "QA comment: this box is blank and no reason is given."])
    assert text == ""


def test_a_heading_naming_who_writes_the_box_is_not_the_voice(tmp_path):
    text = _voice(tmp_path, ["My drawings and words (written down by my key worker)",
                             "How I play with others (practitioner to complete)",
                             "What my keyworker has seen me enjoy"])
    assert text == ""


def test_another_writers_label_before_its_value_is_not_the_voice(tmp_path):
    text = _voice(tmp_path, ["What the adults who care for me say: Priya is happier since Easter.",
                             "I like painting and the home corner."])
    assert "painting" in text and "happier since Easter" not in text


def test_the_childs_words_reported_or_quoted_are_still_the_voice(tmp_path):
    text = _voice(tmp_path, ["Priya told us she wants to be in the school play.",
                             "The section on friends: \"I play with Mo and Ellie at break.\"",
                             "I was sent to the library and I liked it."])
    assert "school play" in text and "Mo and Ellie" in text and "library" in text
