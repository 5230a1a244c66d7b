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


def test_a_forms_explanation_of_its_targets_is_not_a_target_left_unread(tmp_path):
    # 'Each target must link to ...', 'Targets 1 and 2 are ...': the form speaking of its items in general, not an
    # item. Left unread, it must not make the targets part partial (which would leave a real gap unflagged).
    def build(d):
        _details(d)
        d.add_paragraph("Year group: 3")
        d.add_heading("Targets for this term", 2)
        d.add_paragraph("Targets 1 and 2 are set by the class teacher; each target needs a named adult and a date.")
        _table(d, [["Target", "Who", "By when"],
                   ["Rosalind will read 40 Year 3 common exception words aloud without help.", "Class TA", "27/03/2026"],
                   ["Rosalind will write three sentences with capital letters and full stops each day.", "Teacher",
                    "27/03/2026"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.parts["targets"].value == "read"
    r = check_file(str(_docx(tmp_path, build, "b.docx")), load_policy(None), date(2026, 3, 1))
    assert "EM002" in {f.code for f in r.findings}  # the real gap (no maths target) is told to the school


def test_a_detail_the_model_does_not_hold_beside_the_childs_name_and_year_leaves_the_child_read(tmp_path):
    # Once whose plan it is and which year they are in are read, nothing left among the child's details can make a
    # finding say something is missing there: 'Reason for this review | ...' is for the officer's unread labels, not a gap.
    def build(d):
        d.add_heading("Personal details", 2)
        _table(d, [["Child's name", "Rosalind Achterberg"], ["Year group", "Year 3"],
                   ["Reason for this review", "Change of school in January"]])
        d.add_paragraph("Date of meeting: 12/02/2026")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.parts["child"].value == "read"


def _meeting(rows):
    def build(d):
        d.add_paragraph("Pupil name: Rosalind Achterberg")
        d.add_paragraph("Year group: 3")
        d.add_heading("Meeting details", 2)
        _table(d, rows)
    return build


def test_the_meeting_with_both_its_dates_read_is_read_whatever_else_it_holds(tmp_path):
    rows = [["Date of PEP meeting", "12/02/2026"], ["Date of next PEP", "14/05/2026"],
            ["Reason for this review", "Change of school in January"]]
    assert read_pep(_docx(tmp_path, _meeting(rows))).parts["meeting"].value == "read"


def test_the_meeting_lacking_the_next_date_with_text_left_is_partial(tmp_path):
    # the next PEP's date could be in what was left: a finding that it is missing would then be wrong
    rows = [["Date of PEP meeting", "12/02/2026"], ["Reason for this review", "Change of school in January"]]
    pep = read_pep(_docx(tmp_path, _meeting(rows)))
    assert pep.next_pep_date is None
    assert pep.parts["meeting"].value == "partial"


def test_reading_familiar_words_under_a_send_area_is_an_english_target(tmp_path):
    def build(d):
        _details(d)
        d.add_paragraph("Year group: 7")
        d.add_heading("Targets", 2)
        _table(d, [["Broad area of need", "Target"],
                   ["Cognition and learning", "Rosalind will recognise and read 12 familiar words from her visual "
                                              "timetable by the summer half-term."],
                   ["Cognition and learning", "Rosalind will count out 10 objects and match them to the numeral by "
                                              "the summer half-term."],
                   ["SEMH", "Rosalind will use her calm card to ask for a break, with one prompt, by the summer."]])
    r = check_file(str(_docx(tmp_path, build)), load_policy(None), date(2026, 3, 1))
    assert "EM001" not in {f.code for f in r.findings}


def _target_boxes(extra_row):
    def build(d):
        _details(d)
        d.add_paragraph("Year group: 8")
        d.add_heading("Targets", 2)
        for n, text in ((1, "Rosalind will read two chapters of her class novel each week and log them."),
                        (2, "Rosalind will complete 20 fractions questions at 80% accuracy by February half-term."),
                        (3, "Rosalind will join one lunchtime club and attend it for 6 weeks in a row.")):
            _table(d, [[f"Target {n}", text], ["By when", "27/03/2026"], extra_row])
    return build


def test_a_targets_own_field_left_unread_does_not_leave_the_targets_unread_nor_call_the_owner_missing(tmp_path):
    # 'Person leading | Mr Okafor' after each target: the reader may not know the label, but it is the target's
    # detail, not another target; the count stands, and no finding says the target names nobody.
    path = _docx(tmp_path, _target_boxes(["Person leading", "Mr Okafor, Head of Year 8, weekly check"]))
    pep = read_pep(path)
    assert len(pep.targets) == 3 and pep.parts["targets"].value == "read"
    assert all(t.unread for t in pep.targets)
    r = check_file(str(path), load_policy(None), date(2026, 1, 10))
    assert "ST004" not in {f.code for f in r.findings}
    assert any(f.code == "RD005" and f.audience == "officer" for f in r.findings)


def test_a_goal_after_a_target_is_not_taken_for_its_field(tmp_path):
    # 'Science: Rosalind will ...' after a target may be a target laid out another way: the targets stay partial.
    pep = read_pep(_docx(tmp_path, _target_boxes(["Science", "Rosalind will label a plant cell diagram with 8 parts."])))
    assert pep.parts["targets"].value != "read" or len(pep.targets) > 3


def test_a_row_of_request_words_with_an_amount_is_the_total_not_a_spend_line(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("Pupil Premium Plus", 2)
        _table(d, [["What", "Which target", "Cost"], ["Reading tutor, 10 x 30 minutes", "1", "£250"],
                   ["Maths app licence", "2", "£50"], ["PP+ requested", "", "£300"]])
    pep = read_pep(_docx(tmp_path, build))
    assert [s.description for s in pep.pp_spend] == ["Reading tutor, 10 x 30 minutes", "Maths app licence"]
    assert pep.pp_requested == 300


def test_a_details_table_with_its_own_title_after_the_voice_ends_the_voice(tmp_path):
    # A table headed 'PUPIL DETAILS' after the voice's boxes starts a part of its own: what follows it is not the voice.
    def build(d):
        d.add_heading("Pupil voice", 2)
        _table(d, [["What is going well?", "N/A"], ["What would help?", "N/A"]])
        _table(d, [["PUPIL DETAILS", "PUPIL DETAILS"], ["Pupil name", "Rosalind Achterberg"], ["Year group", "Year 9"],
                   ["School", "Harrowgate Academy"], ["Date of meeting", "12/02/2026"]])
        d.add_paragraph("Checklist")
        d.add_paragraph("[X] Current attendance data has been entered")
    pep = read_pep(_docx(tmp_path, build))
    assert "Checklist" not in (pep.pupil_voice.text or "")
    assert "attendance data" not in (pep.pupil_voice.text or "")


def test_text_with_no_date_left_in_the_meeting_details_does_not_make_them_partial(tmp_path):
    # The meeting's judged values are dates: 'Purpose of the meeting | Planning the move' can hide none of them.
    rows = [["Date of PEP meeting", "12/02/2026"], ["Purpose of the meeting", "Planning the move to secondary school"]]
    assert read_pep(_docx(tmp_path, _meeting(rows))).parts["meeting"].value == "read"


def test_a_date_left_in_the_meeting_details_still_makes_them_partial(tmp_path):
    rows = [["Date of PEP meeting", "12/02/2026"], ["Reason for this review", "Move of school on 5 January"]]
    assert read_pep(_docx(tmp_path, _meeting(rows))).parts["meeting"].value == "partial"


def _ledger(header):
    def build(d):
        _details(d)
        d.add_heading("Pupil Premium Plus", 2)
        _table(d, [["Date", "Item", "Linked to", header, "Balance £"],
                   ["02/03/26", "Autumn allocation received from Virtual School", "", "", "600.00"],
                   ["04/03/26", "Phonics catch-up group, 3 x 20 minutes a week", "Target 1", "240.00", "360.00"],
                   ["04/03/26", "Maths manipulatives pack for home", "Target 2", "45.00", "315.00"]])
    return build


def test_the_one_column_of_amounts_in_a_spend_ledger_is_the_cost_and_money_received_is_no_line(tmp_path):
    # 'Debit £' names no cost a label list knows, but it is the only column of amounts that is not a balance;
    # the allocation coming in is not a thing bought.
    pep = read_pep(_docx(tmp_path, _ledger("Debit £")))
    assert [(s.description[:12], s.cost) for s in pep.pp_spend] == [("Phonics catc", 240.0), ("Maths manipu", 45.0)]


def test_two_columns_of_amounts_with_nothing_to_tell_them_apart_leave_the_cost_unread(tmp_path):
    def build(d):
        _details(d)
        d.add_heading("Pupil Premium Plus", 2)
        _table(d, [["Item", "Linked to", "Column A", "Column B"],
                   ["Phonics catch-up group, 3 x 20 minutes a week", "Target 1", "240.00", "360.00"],
                   ["Maths manipulatives pack for home", "Target 2", "45.00", "315.00"]])
    pep = read_pep(_docx(tmp_path, build))
    assert all(s.cost is None for s in pep.pp_spend)
