"""General reading rules (issue 11, sixth round), each in a small document worded unlike the zoos. Each test fails
on the reader before its rule."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _table

from pepqa.pipeline import check_file
from pepqa.policy import load_policy
from pepqa.readers import read_pep


def _details(d):
    d.add_paragraph("Pupil name: Rosalind Achterberg")
    d.add_paragraph("Date of meeting: 12/02/2026")


def test_the_forms_guidance_naming_the_child_generically_is_not_the_voice(tmp_path):
    # Template wording names 'the child' or 'him/her'; the child's own words never do. Under an empty voice box,
    # such a line must not be read as the child's views (the school would never hear the voice is missing).
    def build(d):
        _details(d)
        d.add_heading("Child's views", 2)
        d.add_paragraph("Talk through the young person's views with him/her and note anything to follow up.")
        d.add_paragraph("Sent home to the child a week ahead of the review.")
    pep = read_pep(_docx(tmp_path, build))
    assert not (pep.pupil_voice.text or "").strip()


def test_the_childs_words_beside_such_guidance_are_still_read(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("Child's views", 2)
        d.add_paragraph("Talk through the young person's views with him/her and note anything to follow up.")
        d.add_paragraph("I like art club because the child next to me helps me draw horses.")
    pep = read_pep(_docx(tmp_path, build))
    assert "art club" in (pep.pupil_voice.text or "")
    assert "him/her" not in (pep.pupil_voice.text or "")


def test_a_field_asking_the_user_to_enter_a_value_is_not_the_voice_under_the_voice_heading(tmp_path):
    # A first-person details table ('About me') under a voice heading: a row whose label tells the user to enter
    # or pick a value is a data field, its answer a fact, not the child's views.
    def build(d):
        _details(d)
        d.add_heading("All about me", 2)
        _table(d, [["I live with (please select):", "Foster family"],
                   ["My first language is (please enter):", "Dutch"]])
    pep = read_pep(_docx(tmp_path, build))
    assert not (pep.pupil_voice.text or "").strip()


def test_a_symbol_sentence_strip_target_filed_under_english_is_an_english_target(tmp_path):
    # For a child who communicates with symbols, building a sentence on a strip is the plan's English work; a
    # target filed under English for it must not be overruled as 'about asking for help, not English'.
    def build(d):
        _details(d)
        d.add_paragraph("Year group: 5")
        d.add_heading("Targets", 2)
        _table(d, [["Area", "Target", "Support"],
                   ["English / communication", "Rosalind will build a 2-symbol sentence strip to ask for help in "
                    "3 lessons a day by Easter.", "TA daily"],
                   ["Maths", "Rosalind will count 10 cubes into a pot with one-to-one matching by Easter.", "TA"],
                   ["PSED", "Rosalind will take turns in a game of 3 with adult support by Easter.", "TA"]])
    r = check_file(str(_docx(tmp_path, build)), load_policy(None), date(2026, 3, 1))
    assert "EM001" not in {f.code for f in r.findings}
