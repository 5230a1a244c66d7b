"""zE07: Year 11 transition-to-college PEP with school / social-worker columns (DOCX).

Invented authority: Wexcombe County Council Virtual School. Shared table in which the
school fills the left column and the social worker the right; targets with lettered
sub-steps; the PP+ request sits in a separate "Appendix 2 - Funding application"
after the signatures."""
import os
import sys

from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_BREAK

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_E import write_truth, main, shade, set_font, cell_text  # noqa: E402

LAYOUT = "zE07-y11-transition"
INSPIRED = "real-forms.md entries 12 (slashed topics, young person's own actions), 14 (sections by person responsible), 15 (SW completes first), 18 (PPP request as a separate form), 20 (key-stage change PEP)"

KIDS = [
    dict(
        n=1, name="Leah Montgomery-Shaw", first="Leah", dob="05/08/2010", upn="W8231004512",
        school="Castlebridge Community College", term="Spring 2026", meeting="11th February 2026",
        meeting_iso="2026-02-11", prev="14/10/2025", dt="Ms Claire Ibbotson", sw="Delroy Baptiste", att_n=91.8,
        rows=[("Attendance", "Year to date 2025/26: 91.8%. Autumn 88.5%; spring so far 96.0%. No suspensions.",
               "Carer says Leah is up and out on time most days now. Family time moved to Saturdays so it no longer clashes with school."),
              ("SEN / exam access arrangements", "SEN Support (dyslexia). 25% extra time and a reader approved for GCSEs.", "-"),
              ("Post-16 destination", "Conditional offer: Wexcombe Sixth Form College, Level 3 Childcare (needs 4 in English and maths).",
               "Leah has told me she wants to stay living with her carers after 16. Staying Put discussion booked at LAC review 03/03/26."),
              ("Careers guidance", "Careers interview held 12/01/2026 (Ms Tuohy). Action plan in Appendix 1.", "-"),
              ("Support at home / homework", "Revision timetable shared with carers.",
               "Carers have set up a desk in Leah's room; Wi-Fi issue fixed."),
              ("Travel to college", "-", "Bus route 14 (45 mins). 16-19 Bursary application to be made with college in July.")],
        voice=[("What are you looking forward to about college?", "Being treated like an adult and doing a course I actually picked."),
               ("What are you worried about?", "Maths. If I don't get a 4 I can't do the childcare course."),
               ("What would help you?", "More practice papers and someone to go through them with me, not just the answers."),
               ("Anything else?", "I want Jo (carer) to come to the college open evening with me.")],
        grades=[("English Language", "3", "4", "5"), ("Maths", "3", "4", "4"), ("Combined Science", "4-3", "4-4", "5-4"),
                ("Child Development (Cambridge National)", "Merit", "Merit", "Distinction")],
        review=[("Leah to attend Tuesday maths revision club 8 out of 10 weeks", "Partly achieved (6/10)"),
                ("Leah to apply for two post-16 courses by 31 January", "Achieved")],
        targets=[("English", "Target 1 - English Language",
                  "Leah will improve her GCSE English Language Paper 2 score from 38 to at least 48 marks (grade 4) in the March mock.",
                  ["a) Weekly small-group session with the English tutor (Thursday P5).",
                   "b) Leah to write one timed Question 5 answer every week and hand it in on Monday.",
                   "c) Reader arrangement practised in the mock."],
                  "Mock score of 48+; teacher marking of weekly answers."),
                 ("Maths", "Target 2 - Maths",
                  "Leah will achieve a grade 4 in the March GCSE Maths mock by completing one online maths homework each week and attending Tuesday revision club.",
                  ["a) Tuesday revision club (Mr Kaye).", "b) 1:1 tuition, 6 sessions before the mock.",
                   "c) Carer to check homework is done on Sunday evenings."],
                  "Grade 4 in March mock."),
                 ("Transition", "Target 3 - Moving on",
                  "Leah will complete her enrolment at Wexcombe Sixth Form College and attend the July induction day, having practised her bus route twice before 1 July 2026.",
                  ["a) SW and carer to attend open evening with Leah (April).",
                   "b) Travel training with the college transition worker (2 sessions)."],
                  "Leah attends induction day; enrolment confirmed."),
                 ("Attendance", "Target 4 - Attendance",
                  "Leah will keep her attendance at 95% or above for the rest of Year 11, checked weekly with her mentor.",
                  ["a) Friday check-in with learning mentor."], "Weekly register data.")],
        completed="Date PEP completed and sent to Virtual School: 20/02/2026", completed_iso="2026-02-20",
        appendix=[("1", "Small-group English Language Paper 2 revision with specialist tutor, 8 x 1 hour", "Castlebridge CC (English dept)", "Weekly to March", "£320.00", 320.0),
                  ("2", "1:1 maths tuition with school maths tutor, 6 x 45 minutes before the March mock", "Castlebridge CC", "Weekly", "£210.00", 210.0),
                  ("3", "Travel training with the college transition worker, 2 sessions", "Wexcombe Sixth Form College", "June", "£70.00", 70.0)],
        app_total="£600.00", app_total_n=600.0, app_note=None,
    ),
    dict(
        n=2, name="Brandon Achterberg", first="Brandon", dob="17/01/2010", upn="W8231007734",
        school="Marlpit Academy", term="Spring 2026", meeting="3rd March 2026",
        meeting_iso="2026-03-03", prev="07/11/2025", dt="Mr Tom Griggs", sw="", att_n=86.4,
        rows=[("Attendance", "2025/26 to date 86.4% (persistent absence threshold is 90%). 1 suspension (1 day, January).", ""),
              ("SEN / exam access arrangements", "No SEN. Access arrangements not needed.", ""),
              ("Post-16 destination", "Applied: Wexcombe College, Level 2 Motor Vehicle. No offer yet.", ""),
              ("Careers guidance", "Careers interview 05/02/2026.", ""),
              ("Support at home / homework", "", ""),
              ("Travel to college", "", "")],
        voice=[("What are you looking forward to about college?", "Doing cars all day."),
               ("What are you worried about?", "Not knowing anyone."),
               ("What would help you?", ""), ("Anything else?", "")],
        grades=[("English Language", "3", "3", "4"), ("Maths", "4", "4", "5"), ("Engineering (BTEC)", "Pass", "Merit", "Merit")],
        review=[("Brandon to read for 20 minutes three times a week", "Not achieved"),
                ("Brandon to complete a college application by January", "Achieved")],
        targets=[("Maths", "Target 1 - Maths",
                  "Brandon will move from grade 4 to grade 5 in GCSE Maths by answering 15 exam questions a week on ratio and proportion until the May exams.",
                  ["a) Intervention group Wednesday P1.", "b) Weekly question set from Mrs Osei."], "Grade 5 in April mock."),
                 ("Transition", "Target 2 - Moving on",
                  "Brandon will attend the Wexcombe College interview and an applicant day before Easter, with his social worker or carer.",
                  ["a) SW to book transport.", "b) Brandon to bring his Record of Achievement."], "Offer received."),
                 ("Attendance", "Target 3 - Attendance",
                  "Brandon will attend 95% of sessions between now and study leave.",
                  ["a) Daily meet-and-greet with head of year."], "Attendance above 95% by May.")],
        completed="Date PEP completed and sent to Virtual School: 10/03/2026", completed_iso="2026-03-10",
        appendix=[], app_total="", app_total_n=None,
        app_note="Not completed - DT to send funding application separately.",
    ),
]


def para(doc, text, bold=False, size=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    return p


def grid(doc, header, rows, fill="FCE4D6"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), fill)
    for r in rows:
        rc = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(rc[i], v)
    return t


def render(k, path):
    doc = Document()
    set_font(doc, "Calibri", 10)
    doc.sections[0].footer.paragraphs[0].text = "Wexcombe Virtual School  |  Year 11 Transition PEP  |  %s" % k["term"]
    para(doc, "WEXCOMBE COUNTY COUNCIL - VIRTUAL SCHOOL", bold=True)
    para(doc, "Year 11 Transition PEP - Moving On from School", bold=True, size=16)
    para(doc, "For Year 11 students in the spring term. The school and the social worker each complete their "
              "own column of Section 1 before the meeting. PP+ requests go on Appendix 2.", italic=True)
    grid(doc, ["Name of young person", "Date of birth", "UPN", "School"], [(k["name"], k["dob"], k["upn"], k["school"])])
    grid(doc, ["PEP term", "Date of meeting", "Previous PEP"], [(k["term"], k["meeting"], k["prev"])])

    para(doc, "Section 1 - Education / Care / Moving On", bold=True, size=12)
    grid(doc, ["Topic", "SCHOOL (Designated Teacher) to complete", "SOCIAL WORKER to complete"], k["rows"], fill="DDEBF7")

    para(doc, "Section 2 - %s's views (in their words)" % k["first"], bold=True, size=12)
    grid(doc, ["Question", "Answer"], k["voice"])

    para(doc, "Section 3 - Predicted grades", bold=True, size=12)
    grid(doc, ["Subject", "Working at now", "Predicted", "Aspirational target"], k["grades"])

    para(doc, "Section 4 - Previous targets (PEP of %s)" % k["prev"], bold=True, size=12)
    grid(doc, ["Target", "Outcome"], k["review"])

    para(doc, "Section 5 - New targets and the steps to get there", bold=True, size=12)
    for _, title, text, steps, success in k["targets"]:
        t = doc.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        t.cell(0, 0).merge(t.cell(0, 1))
        cell_text(t.cell(0, 0), title, bold=True)
        shade(t.cell(0, 0), "E2EFDA")
        for i, (lab, val) in enumerate([("Target", text), ("Steps", "\n".join(steps)),
                                        ("Success looks like", success)], 1):
            cell_text(t.cell(i, 0), lab, bold=True)
            cell_text(t.cell(i, 1), val)
        doc.add_paragraph()

    para(doc, "Section 6 - Sign-off", bold=True, size=12)
    grid(doc, ["Role", "Name", "Signature"], [("Designated Teacher", k["dt"], "signed"),
                                              ("Social Worker", k["sw"], "signed" if k["sw"] else ""),
                                              ("Young person", k["first"], "signed")])
    para(doc, k["completed"])
    para(doc, "Attached: Appendix 1 - Careers action plan (separate document); Appendix 2 - Funding application.")

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "Appendix 2 - Pupil Premium Plus (PP+) Funding Application", bold=True, size=13)
    para(doc, "PP+ will only be released when this appendix is attached to a PEP that has passed QA. "
              "Each line must say which target (Section 5) it supports.", italic=True)
    para(doc, "Young person: %s" % k["name"])
    if k["appendix"]:
        t = grid(doc, ["Target no.", "Provision", "Provider", "Frequency / when", "Cost"],
                 [r[:5] for r in k["appendix"]], fill="FFF2CC")
        rc = t.add_row().cells
        cell_text(rc[3], "Total requested", bold=True)
        cell_text(rc[4], k["app_total"], bold=True)
    else:
        grid(doc, ["Target no.", "Provision", "Provider", "Frequency / when", "Cost"], [("", "", "", "", "")], fill="FFF2CC")
        para(doc, k["app_note"])
    para(doc, "Headteacher / DT authorisation: ____________________")
    doc.save(path)


def build(out_dir):
    for k in KIDS:
        fn = "%s-%d.docx" % (LAYOUT, k["n"])
        render(k, os.path.join(out_dir, fn))
        areas = [t[0] for t in k["targets"]]
        write_truth(
            out_dir, LAYOUT, fn, inspired_by=INSPIRED,
            quirks=["school and social worker each fill one column of the same table",
                    "targets with lettered sub-steps in the same cell block", "PP+ request in a separate appendix after sign-off",
                    "attendance given for year, autumn and spring in one cell", "predicted grades like 4-3 and Merit",
                    "meeting date with ordinal ('11th February 2026')"],
            child_name=k["name"], child_first_name=k["first"], school=k["school"], year_group=11,
            meeting_date=k["meeting_iso"], completed_date=k["completed_iso"],
            attendance_percent=k["att_n"],
            pupil_voice=[a for _, a in k["voice"] if a],
            targets=[{"text": t[2], "area": t[0]} for t in k["targets"]],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": r[1], "cost": r[5], "target": int(r[0])} for r in k["appendix"]],
            pp_requested=k["app_total_n"])


if __name__ == "__main__":
    main(build)
