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


# -- rd-prose: an early-years learning story: facts in sentences, the child's quoted words, lettered next steps --

def test_rd_prose_the_childs_name_age_and_setting_stated_in_sentences(tmp_path):
    def build(d):
        d.add_paragraph("About me").runs[0].bold = True
        d.add_paragraph("My name is Amelia Hart and I am 2 years 10 months old. I attend Little Oaks Nursery on "
                        "Tuesdays and Thursdays.")
        d.add_paragraph("Date of PEP meeting: 12/11/2025")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Amelia Hart"
    assert pep.school.name == "Little Oaks Nursery"
    assert pep.child.year_group == -1  # 2 years 10 months on 12 November 2025: nursery
    assert pep.provenance["school.name"].match == "prose"


def test_rd_prose_a_third_person_sentence_about_the_child(tmp_path):
    def build(d):
        d.add_paragraph("Child: Amelia Hart")
        d.add_paragraph("Amelia is 3 years 1 month old and goes to Rainbow Corner Pre-School, where she has settled well.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.school.name == "Rainbow Corner Pre-School"


def test_rd_prose_a_sentence_about_someone_else_is_not_the_childs_setting(tmp_path):
    def build(d):
        d.add_paragraph("Child: Amelia Hart")
        d.add_paragraph("Her brother Josh goes to Hillside Primary School and walks there with their carer.")
    assert read_pep(_docx(tmp_path, build)).school.name is None


def test_rd_prose_the_meeting_date_in_a_sentence_under_a_meeting_heading(tmp_path):
    def build(d):
        d.add_paragraph("Child: Amelia Hart")
        d.add_paragraph("About our meeting").runs[0].bold = True
        d.add_paragraph("We met at Rainbow Corner Pre-School on Monday 3rd November 2025. Her carer and her key "
                        "person were there, and her social worker joined by phone.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2025, 11, 3)
    assert pep.parts["meeting"] == PartStatus.read


def test_rd_prose_the_childs_words_quoted_after_and_said_in_an_observation(tmp_path):
    def build(d):
        d.add_paragraph("Child: Amelia Hart")
        d.add_paragraph("Observations").runs[0].bold = True
        d.add_paragraph("At the water tray Amelia filled the jug and said \u201cIt is too heavy now.\u201d Later, "
                        "while painting, she whispered \u201cI made a rainbow for Mummy.\u201d Her key person "
                        "said \u201cWell done, Amelia.\u201d")
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "It is too heavy now." in voice and "I made a rainbow for Mummy." in voice
    assert "Well done" not in voice


def test_rd_prose_next_steps_lettered_with_their_area_and_eypp_linked_by_letter(tmp_path):
    def build(d):
        d.add_paragraph("Child: Amelia Hart")
        d.add_paragraph("Next steps").runs[0].bold = True
        for letter, area, text in (("A", "Literacy", "Amelia will join in with 3 nursery rhymes at group time by February"),
                                   ("B", "Mathematics", "Amelia will match 3 shapes in a puzzle with an adult by Easter")):
            t = d.add_table(rows=2, cols=1)
            t.cell(0, 0).text = f"Step {letter} - {area}"
            t.cell(1, 0).text = text
        d.add_paragraph("EYPP").runs[0].bold = True
        t = d.add_table(rows=2, cols=3)
        for c, text in enumerate(["What we will buy", "Next step", "Cost"]):
            t.cell(0, c).text = text
        for c, text in enumerate(["Shape sorter and puzzle set for the room", "B", "£25"]):
            t.cell(1, c).text = text
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.area) for t in pep.targets] == [(1, "Literacy"), (2, "Mathematics")]
    assert pep.targets[0].text.startswith("Amelia will join in")
    assert pep.pp_spend[0].target_ref == "2"


def test_rd_prose_a_heading_in_two_languages_starts_the_part_its_known_half_names(tmp_path):
    def build(d):
        d.add_paragraph("Child: Osian Bevan")
        d.add_paragraph("Barn y disgybl / Pupil voice")
        d.add_paragraph("I like art and I want to join the choir next term.")
    pep = read_pep(_docx(tmp_path, build))
    assert "join the choir" in (pep.pupil_voice.text or "")


def test_rd_prose_an_age_in_apposition_and_a_meeting_held_at_the_setting(tmp_path):
    def build(d):
        d.add_paragraph("Early Years PEP").runs[0].bold = True
        d.add_paragraph("Amelia, aged 3 years 2 months, attends Little Oaks Nursery three days a week.")
        d.add_paragraph("We held Amelia's PEP at her nursery on 12/11/2025 and her carer and key person came.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Amelia"  # the only name the file gives
    assert pep.provenance["child.name"].match == "prose"
    assert pep.school.name == "Little Oaks Nursery"
    assert pep.meeting_date == date(2025, 11, 12)
    assert pep.child.year_group == -1


def test_rd_prose_next_steps_named_by_area_in_one_cell_rows(tmp_path):
    def build(d):
        d.add_paragraph("Child: Alfie Moss")
        d.add_paragraph("My next steps").runs[0].bold = True
        for area, text in (("Physical development", "Alfie will hold a pencil with a tripod grip for 2 minutes by February"),
                           ("Next step: Mathematics", "Alfie will count 6 steps out loud on the way into nursery by Easter")):
            t = d.add_table(rows=2, cols=1)
            t.cell(0, 0).text = area
            t.cell(1, 0).text = text
    pep = read_pep(_docx(tmp_path, build))
    assert [t.area for t in pep.targets] == ["Physical development", "Mathematics"]
    assert pep.targets[1].text.startswith("Alfie will count 6 steps")


def test_rd_prose_the_childs_words_in_single_curly_quotes(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("Freya said, \u2018I like the sand pit best.\u2019 Later she told me \u2018I don\u2019t like the "
                        "loud bell.\u2019")
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text or ""
    assert "I like the sand pit best." in voice
    assert "I don\u2019t like the loud bell." in voice


def test_rd_prose_a_list_of_next_steps_lettered_a_b(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("Next steps").runs[0].bold = True
        d.add_paragraph("A. Freya will recognise the first letter of her name in 3 places by February.")
        d.add_paragraph("B. Freya will say number names to 5 in order during songs by Easter.")
    pep = read_pep(_docx(tmp_path, build))
    assert [(t.number, t.text[:5]) for t in pep.targets] == [(1, "Freya"), (2, "Freya")]


def test_rd_prose_attendance_and_the_meeting_date_in_a_practitioners_sentences(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("Our meeting").runs[0].bold = True
        d.add_paragraph("We all met at Little Acorns on the 15th of October 2025. Freya comes 4 mornings a week and "
                        "her attendance is good at 96%.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2025, 10, 15)
    assert pep.attendance_percent == 96.0


def test_rd_prose_the_child_has_attended_a_percentage(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("Freya has attended 91% of her funded sessions since September, and she is settled.")
    assert read_pep(_docx(tmp_path, build)).attendance_percent == 91.0


def test_rd_prose_a_meeting_that_took_place_on_a_date(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("The review took place on 02/12/2025 in the nursery office, with her carer present.")
    assert read_pep(_docx(tmp_path, build)).meeting_date == date(2025, 12, 2)


def test_rd_prose_an_observation_under_the_voice_heading_gives_the_quoted_words_only(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("Child's voice").runs[0].bold = True
        d.add_paragraph("In the home corner Freya stirred the pot and said \u201cSoup for you, hot!\u201d She then "
                        "fed the dolls for ten minutes.")
    voice = read_pep(_docx(tmp_path, build)).pupil_voice.text
    assert voice == "Soup for you, hot!"


def test_rd_prose_the_full_name_as_the_subject_and_a_hyphenated_age(tmp_path):
    def build(d):
        d.add_paragraph("Learning story").runs[0].bold = True
        d.add_paragraph("Noah Price is a lively 2-year-old who attends Bright Start Nursery every morning.")
        d.add_paragraph("Date of meeting: 15/10/2025")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Noah Price"
    assert pep.school.name == "Bright Start Nursery"
    assert pep.child.year_group == -1


def test_rd_prose_an_adult_named_with_a_title_is_not_the_child(tmp_path):
    def build(d):
        d.add_paragraph("Learning story").runs[0].bold = True
        d.add_paragraph("Mrs Price is 45 years old and attends Church Lane Surgery.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name is None and pep.school.name is None


def test_rd_prose_a_sentence_ending_in_a_blank_on_dots_is_not_left_unread(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("EYPP").runs[0].bold = True
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Description", "Cost"
        t.cell(1, 0).text, t.cell(1, 1).text = "Chatterbox speech group for a term", "£120"
        d.add_paragraph("Plan signed off by the nursery manager on ....................")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.parts["pp_plus"] == PartStatus.read


def test_rd_prose_a_value_before_the_trailing_dots_is_still_content(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        d.add_paragraph("EYPP").runs[0].bold = True
        d.add_paragraph("Amount agreed by the panel 220 ....................")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.parts["pp_plus"] != PartStatus.empty


def test_rd_prose_two_things_asked_in_one_language_are_not_a_two_language_label(tmp_path):
    def build(d):
        d.add_paragraph("Child: Freya Lomas")
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Name / Role", "Karen Patel"
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Freya Lomas"


def test_rd_prose_a_voice_heading_over_the_childs_details_only_is_unread_not_empty(tmp_path):
    def build(d):
        d.add_paragraph("All about me").runs[0].bold = True
        d.add_paragraph("My name is Amelia Hart and I am 3 years 1 month old.")
        d.add_heading("Things I enjoy", level=2)
        d.add_paragraph("Painting with my fingers and the big red bike.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Amelia Hart"
    assert pep.parts["pupil_voice"] == PartStatus.unread


def test_rd_prose_a_spend_line_naming_its_next_step_by_letter_and_area(tmp_path):
    def build(d):
        d.add_paragraph("Child: Amelia Hart")
        d.add_paragraph("Next steps").runs[0].bold = True
        for letter, area, text in (("A", "Literacy", "Amelia will join in with 3 nursery rhymes at group time by February"),
                                   ("B", "Mathematics", "Amelia will match 3 shapes in a puzzle with an adult by Easter")):
            t = d.add_table(rows=2, cols=1)
            t.cell(0, 0).text = f"Next step {letter}: {area}"
            t.cell(1, 0).text = text
        d.add_paragraph("EYPP").runs[0].bold = True
        t = d.add_table(rows=2, cols=3)
        for c, text in enumerate(["Provision", "Next step", "Cost"]):
            t.cell(0, c).text = text
        for c, text in enumerate(["Rhyme bags to take home each week", "A - Literacy", "£30"]):
            t.cell(1, c).text = text
    pep = read_pep(_docx(tmp_path, build))
    assert pep.pp_spend and pep.pp_spend[0].target_ref == "1"


def test_rd_prose_two_language_pairs_run_together_on_one_line(tmp_path):
    def build(d):
        d.add_paragraph("Cynllun Addysg Personol / Personal Education Plan")
        d.add_paragraph("Enw llawn / Full name: Osian Bevan Ysgol / School: Ysgol Maes y Coed")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Osian Bevan"
    assert pep.school.name == "Ysgol Maes y Coed"
