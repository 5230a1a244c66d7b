"""General reading rules found on zoo F's PDF layouts (issue 11, branch rdF-pdf), each in one small document
worded unlike the zoo files. Each test fails if the rule is read the old way."""
from __future__ import annotations

from datetime import date

from docbuild import docx as _docx
from docbuild import grid as _grid

from pepqa.readers import read_pep


def test_rdF_pdf_a_meeting_is_held_and_a_child_attends_a_provision(tmp_path):
    # 'held' with a date is the meeting's date; the education provision a child attends is the school.
    def build(d):
        _grid(d, [["Pupil", "Kacper Nowak"], ["Current education provision", "Oakfield Primary School"],
                  ["PEP held", "Thursday 6 November 2025"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2025, 11, 6)
    assert pep.school.name == "Oakfield Primary School"


def test_rdF_pdf_a_status_history_dates_the_completion_by_its_done_state(tmp_path):
    # what, who, when: the date is two cells after its label; a state before completion dates nothing.
    def build(d):
        d.add_paragraph("Name: Kacper Nowak")
        _grid(d, [["State", "Updated by", "When"],
                  ["Draft", "A. Social Worker", "01/11/2025 10:00"],
                  ["Awaiting sign off", "B. Teacher (DT)", "28/11/2025 15:30"],
                  ["Signed off", "B. Teacher (DT)", "03/12/2025 09:12"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date == date(2025, 12, 3)


def test_rdF_pdf_a_status_history_still_in_progress_has_no_completion(tmp_path):
    def build(d):
        d.add_paragraph("Name: Kacper Nowak")
        _grid(d, [["State", "Updated by", "When"],
                  ["Ready to submit to the Virtual School", "B. Teacher (DT)", "28/11/2025 15:30"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date is None


def test_rdF_pdf_a_figure_for_another_place_is_not_this_schools(tmp_path):
    # two attendance rows, this school's and the pupil referral unit's: the school's, not left uncertain
    def build(d):
        _grid(d, [["Pupil", "Kacper Nowak"], ["Attendance this year %", "93.1"],
                  ["Attendance at pupil referral unit %", "80"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent == 93.1


def test_rdF_pdf_an_earlier_terms_voice_beside_an_empty_latest_cell_is_no_voice(tmp_path):
    # The meeting grid's latest filled term is term 2; the voice grid holds only term 1's words: this PEP's voice
    # is empty. A note in brackets does not stop a banner being the next part's heading.
    def build(d):
        _grid(d, [["", "Term 1", "Term 2", "Term 3"],
                  ["Date of PEP meeting", "01/10/2025", "12/02/2026", ""],
                  ["Attendance this academic year %", "95.0", "", ""]])
        _grid(d, [["", "Pupil's views"]])
        _grid(d, [["", "Term 1", "Term 2", "Term 3"],
                  ["What I want to say", "I like art and I want to do more of it.", "", ""]])
        _grid(d, [["", "4. Looking back at the last targets (completed at this meeting)"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.meeting_date == date(2026, 2, 12)
    assert not (pep.pupil_voice.text or "").strip()
    assert pep.attendance_percent == 95.0  # the year's figure so far, written once, still stands


def test_rdF_pdf_the_latest_terms_voice_is_read(tmp_path):
    def build(d):
        _grid(d, [["", "Term 1", "Term 2", "Term 3"],
                  ["Date of PEP meeting", "01/10/2025", "12/02/2026", ""]])
        _grid(d, [["", "Pupil's views"]])
        _grid(d, [["", "Term 1", "Term 2", "Term 3"],
                  ["What I want to say", "I like art.", "I want to join the football team.", ""]])
    pep = read_pep(_docx(tmp_path, build))
    assert "football team" in (pep.pupil_voice.text or "")
    assert "I like art" not in (pep.pupil_voice.text or "")


def test_rdF_pdf_a_register_summary_by_date_span_beside_last_years_figure(tmp_path):
    # rows labelled by a span of dates are periods; 'Last academic year' is history, never this year's figure
    def build(d):
        d.add_paragraph("Name: Kacper Nowak")
        _grid(d, [["Period", "Sessions possible", "Sessions attended", "Attendance %"],
                  ["Last academic year", "", "", "97.20"],
                  ["02/09/2025 - 12/12/2025", "142", "127", "89.44"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent == 89.44


def test_rdF_pdf_a_sign_off_along_one_row_dates_the_completion(tmp_path):
    def build(d):
        d.add_paragraph("Name: Kacper Nowak")
        _grid(d, [["Designated teacher signature", "P. Oduya", "Date", "5 December 2025"],
                  ["Social worker signature", "", "Date", ""]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.completed_date == date(2025, 12, 5)


def test_rdF_pdf_the_school_named_only_in_a_running_footer(tmp_path):
    # a school system's print-out: the school is in the footer of every page, not in the body
    from weasyprint import HTML

    body = ("<h2>Student report</h2><p>Name: Kacper Nowak</p><p>Date of PEP meeting: 14/11/2025</p>"
            "<div style='page-break-before:always'><p>Targets follow.</p></div>")
    css = ("@page { size: A4; margin: 15mm; @bottom-left { content: 'SchoolBase reports  |  Holloway Grange Academy"
           "  |  Printed 20/11/2025'; font-size: 7pt; } }")
    path = tmp_path / "report.pdf"
    HTML(string=f"<html><head><style>{css}</style></head><body>{body}</body></html>").write_pdf(str(path))
    pep = read_pep(path)
    assert pep.school.name == "Holloway Grange Academy"
    assert pep.provenance["school.name"].match == "prose"


def test_rdF_pdf_a_footer_naming_a_virtual_school_names_no_school(tmp_path):
    from weasyprint import HTML

    body = ("<p>Name: Kacper Nowak</p><div style='page-break-before:always'><p>Targets follow.</p></div>")
    css = "@page { size: A4; margin: 15mm; @bottom-left { content: 'Holloway Virtual School  |  Official'; font-size: 7pt; } }"
    path = tmp_path / "report.pdf"
    HTML(string=f"<html><head><style>{css}</style></head><body>{body}</body></html>").write_pdf(str(path))
    assert read_pep(path).school.name is None


def test_rdF_pdf_a_report_banner_line_of_pairs_and_a_name_with_its_registration_group(tmp_path):
    # 'Pupil: ... Run by: ... Printed on: ...': a known first label, then short labels nobody knows; the name
    # ends where the next label starts, and the registration group printed after it is not part of it
    def build(d):
        d.add_paragraph("Pupil: Kacper Nowak (9RB) Run by: admin2 Printed on: 04-Dec-2025")
        d.add_paragraph("2. LEARNER DETAILS")
        _grid(d, [["SEN status", "N - No special educational needs"]])
        d.add_paragraph("Pupil voice")
        d.add_paragraph("Gathered by: Mrs Kaur, learning mentor")
        d.add_paragraph("I like science and I want to be a vet.")
    pep = read_pep(_docx(tmp_path, build))
    assert pep.child.name == "Kacper Nowak"
    assert getattr(pep.sen_status, "value", pep.sen_status) == "none"  # a coded status read by its description
    assert pep.pupil_voice.captured_by == "Mrs Kaur, learning mentor"
    assert "Gathered by" not in (pep.pupil_voice.text or "")


def test_rdF_pdf_what_a_form_leaves_unanswered_or_does_not_hold_is_not_unread(tmp_path):
    # 'N/A - reason' in a typed field, boxes none of which is ticked, the key to a scale, period headings over
    # figures, a label the model does not hold beside its value, a figure after a figure: nothing left unread
    from pepqa.model import PartStatus

    def build(d):
        d.add_paragraph("Name: Kacper Nowak")
        d.add_paragraph("Attendance")
        _grid(d, [["", "Current academic year", "Previous academic year"],
                  ["Attendance %", "N/A - joined 12 January", "94.0"],
                  ["Exclusions", "0", "2 (3 days)"]])
        d.add_paragraph("Attainment")
        d.add_paragraph("Key: 1 = well above, 2 = above, 3 = expected")
        d.add_paragraph("Quality assurance")
        _grid(d, [["VS quality check", "☐ Good ☐ Requires improvement ☐ Inadequate"],
                  ["Tutor group", "9RB"]])
    pep = read_pep(_docx(tmp_path, build))
    assert pep.attendance_percent is None
    assert pep.parts["attendance"] != PartStatus.unread and pep.parts["attendance"] != PartStatus.partial
    assert pep.parts["attainment"] not in (PartStatus.unread, PartStatus.partial)
    assert pep.parts["qa"] not in (PartStatus.unread, PartStatus.partial)
