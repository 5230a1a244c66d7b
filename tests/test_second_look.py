"""The second look (pepqa/readers/interpret/second_look.py): before a part is judged to lack the child's views,
this year's attendance or enough targets, the rest of the file is searched for unread text that looks like
them. Found: the part is not complete, the officer is told where (RD004), the school is told nothing is missing.
Not found, or found only where it belongs to someone else or to another year: the real gap is still reported."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _table

from pepqa.model import PartStatus
from pepqa.pipeline import check_file
from pepqa.policy import load_policy

TODAY = date(2026, 3, 20)


def _head(d, text):
    d.add_heading(text, level=2)


def _common(d):
    d.add_paragraph("Name of child: Tomasz Achebe-Lund")
    d.add_paragraph("Setting: Larkfield Primary School")
    d.add_paragraph("Year group: 4")
    d.add_paragraph("Date of PEP meeting: 03/03/2026")


def _check(tmp_path, build):
    r = check_file(str(_docx(tmp_path, build)), load_policy(None), TODAY)
    assert r.error is None, r.error
    return r.pep, {f.code for f in r.findings if f.audience == "school"}, r.findings


def _voice_form(where_heading):
    def build(d):
        _common(d)
        _head(d, "Pupil voice")
        d.add_paragraph("Views of the child: ")
        _head(d, where_heading)
        d.add_paragraph("I like reading with Mrs Okafor because she does the voices.")
        d.add_paragraph("I get cross at lunch when it is loud.")
    return build


def test_the_childs_words_under_a_heading_the_reader_does_not_know_stop_the_voice_being_called_missing(tmp_path):
    pep, school, findings = _check(tmp_path, _voice_form("Anything else from the review"))
    assert pep.parts["pupil_voice"] not in (PartStatus.read, PartStatus.empty)
    assert "PV001" not in school
    rd = [f for f in findings if f.code == "RD004" and "pupil voice" in f.message]
    assert rd and rd[0].audience == "officer" and "paragraph 8" in rd[0].message


def test_first_person_words_in_another_persons_box_leave_the_missing_voice_reported(tmp_path):
    pep, school, _ = _check(tmp_path, _voice_form("Foster carer's views"))
    assert pep.parts["pupil_voice"] in (PartStatus.read, PartStatus.empty)
    assert "PV001" in school


def _attendance_form(box: str):
    def build(d):
        _common(d)
        _head(d, "Attendance")
        d.add_paragraph("Attendance this academic year (%): ")
        _head(d, "Appendix: data export")
        _table(d, [[box]])
    return build


def test_this_years_figure_in_a_pasted_summary_stops_attendance_being_called_unrecorded(tmp_path):
    box = ("Register summary for Tomasz\nSessions possible 120, attended 113\nAttendance %: 94.17\n"
           "Previous academic year attendance %: 97.00")
    pep, school, _ = _check(tmp_path, _attendance_form(box))
    assert pep.attendance_percent is None or abs(pep.attendance_percent - 94.17) < 0.01
    assert "CP005" not in school
    if pep.attendance_percent is None:
        assert pep.parts["attendance"] not in (PartStatus.read, PartStatus.empty)


def test_only_last_years_figure_elsewhere_leaves_the_missing_attendance_reported(tmp_path):
    box = "Register summary for Tomasz\nPrevious academic year attendance %: 97.00\nThis year: not yet available"
    pep, school, _ = _check(tmp_path, _attendance_form(box))
    assert pep.attendance_percent is None
    assert "CP005" in school


def _targets_form(heading: str, row_label: str = "Goals carried to next term"):
    def build(d):
        _common(d)
        _head(d, "Pupil voice")
        d.add_paragraph("I want to get better at my spellings so I can write stories.")
        _head(d, "Targets")
        _table(d, [["Target", "Support", "By when"],
                   ["Tomasz will spell 15 of the Year 3/4 statutory words correctly in a dictation.",
                    "Spelling group, 3 x 15 minutes", "24/04/2026"]])
        _head(d, heading)
        _table(d, [[row_label, "Tomasz will recall his 3, 4 and 8 times tables within 5 seconds each by the end of May."]])
    return build


def test_a_target_beside_a_label_about_goals_stops_too_few_and_no_maths_being_reported(tmp_path):
    pep, school, _ = _check(tmp_path, _targets_form("Section 9 - Notes"))
    assert not {"ST007", "EM002"} & school
    assert pep.parts["targets"] not in (PartStatus.read, PartStatus.empty)


def test_a_will_sentence_about_something_else_leaves_the_gaps_reported(tmp_path):
    pep, school, _ = _check(tmp_path, _targets_form("Section 9 - Notes", "Health and wellbeing"))
    assert {"ST007", "EM002"} <= school
    assert pep.parts["targets"] in (PartStatus.read, PartStatus.empty)


def test_sentences_under_the_review_of_last_terms_targets_leave_the_gaps_reported(tmp_path):
    pep, school, _ = _check(tmp_path, _targets_form("Section 9 - Notes", "Review of previous goals"))
    assert "EM002" in school


def _request_form(line: str):
    def build(d):
        _common(d)
        _head(d, "Pupil Premium Plus request")
        _table(d, [["What PP+ will pay for", "Target", "Cost"], ["", "", ""]])
        _head(d, "Section 8 - Notes")
        _table(d, [["Other", line]])
    return build


def test_a_request_written_elsewhere_leaves_the_pp_plus_part_to_the_officer(tmp_path):
    pep, _, findings = _check(tmp_path, _request_form("Funding requested this term: £450 for weekly maths tuition."))
    assert pep.parts["pp_plus"] not in (PartStatus.read, PartStatus.empty)
    assert any(f.code == "RD004" and "PP+ request" in f.message for f in findings)


def test_the_rate_the_form_prints_is_no_request(tmp_path):
    pep, _, _ = _check(tmp_path, _request_form("PP+ is currently paid at up to £2,570 per year for each child in care."))
    assert pep.parts["pp_plus"] in (PartStatus.read, PartStatus.empty, PartStatus.not_found)
