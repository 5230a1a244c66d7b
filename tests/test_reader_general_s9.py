"""General reading rules (issue 11, ninth round), each in a small document worded unlike the zoos. Each test
fails on the reader before its rule, except the guards, which say what the rule must leave alone."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _table

from pepqa.readers import read_pep


def test_a_stage_number_in_a_label_still_leaves_it_a_label_over_its_value(tmp_path):
    # "Date of this meeting | Key Stage 4 mentor" over '09/10/2026 | Priya Lal': 'Key Stage 4' is the label's wording.
    def build(d):
        d.add_paragraph("Learner name: Tobias Okonkwo-Reyes")
        _table(d, [["Date of this meeting", "Key Stage 4 mentor"], ["09/10/2026", "Priya Lal"]])
    assert read_pep(_docx(tmp_path, build)).meeting_date == date(2026, 10, 9)


def test_a_form_that_puts_labels_over_values_does_so_in_its_next_box_too(tmp_path):
    # The first box has two known labels; the second only one, beside a label nobody knows. Read beside each
    # other, 'Setting attended' would take 'Course and level' as the school.
    def build(d):
        _table(d, [["Learner name", "NCY"], ["Tobias Okonkwo-Reyes", "13"]])
        _table(d, [["Setting attended", "Course and level"], ["Riverside Sixth Form Centre", "A level Biology"]])
    assert read_pep(_docx(tmp_path, build)).school.name == "Riverside Sixth Form Centre"


def test_guard_a_pair_of_label_and_value_beside_each_other_stays_a_pair(tmp_path):
    # The same shape of box, but each row is a label beside its value: the habit must not turn it over.
    def build(d):
        _table(d, [["Learner name", "NCY"], ["Tobias Okonkwo-Reyes", "13"]])
        _table(d, [["Setting attended", "Riverside Sixth Form Centre"], ["Date of meeting", "09/10/2026"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.school.name == "Riverside Sixth Form Centre" and pep.meeting_date == date(2026, 10, 9)


def test_a_note_telling_the_child_to_fill_the_box_in_is_not_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Learner name: Tobias Okonkwo-Reyes")
        d.add_heading("My views", level=2)
        d.add_paragraph("Handed out at the review. Fill this in yourself, in your own words.")
        d.add_heading("Targets", level=2)
    assert not (read_pep(_docx(tmp_path, build)).pupil_voice.text or "").strip()


def test_guard_the_child_saying_they_filled_it_in_themselves_is_the_voice(tmp_path):
    def build(d):
        d.add_paragraph("Learner name: Tobias Okonkwo-Reyes")
        d.add_heading("My views", level=2)
        d.add_paragraph("I filled this in myself. I like the new tutor group and I want to do nursing.")
        d.add_heading("Targets", level=2)
    assert "nursing" in (read_pep(_docx(tmp_path, build)).pupil_voice.text or "")
