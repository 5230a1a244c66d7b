"""zQ02: 'My Personal Education Plan 2026-2027' school-age Word form in which both meetings of the
year sit in one document (meeting columns), with a slash-strung Norfolk-style education heading."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Q import *  # noqa

LAYOUT = "zQ02-two-meetings-one-document"
INSPIRED = "real-forms.md entries 5, 12"


def make(out_dir, n):
    good = n == 1
    fname = f"{LAYOUT}-{n}.docx"
    name = "Tegan Fairweather" if good else "Olly Brannigan"
    first = name.split()[0]
    school = "St Bega's Church of England Academy" if good else "Caldbeck Fell High School"
    m1, m2 = ("15/09/2026", "24/11/2026") if good else ("17/09/2026", "19/11/2026")
    d = new_docx("Calibri", 10.5)
    set_header_footer(d, header="My Personal Education Plan 2026\u20132027  \u2013  mainstream version",
                      footer="Both PEP meetings in the academic year are recorded in this single document.")
    para(d, "My Personal Education Plan 2026\u20132027", bold=True, size=18, align="center")
    dtable(d, [["Name", name], ["This is a photo of me", "[photo]"], ["My school", school],
               ["County", "Cumberland"], ["School year", "Year 7" if good else "Year 8"]],
           header=False, bold_first_col=True)
    para(d, "There are two PEP meetings in an academic year and both meetings are recorded in the same single "
            "document. The first meeting sets the new PEP; the second meeting reviews it. Where a child moves "
            "home or school an extra meeting replaces the review and is recorded in the Meeting 2 column.",
         italic=True)
    para(d, "First part of meeting \u2013 Adults only discuss: The PEP, attendance, progress data and PP+.",
         italic=True)

    para(d, "Meeting record", bold=True, size=13)
    dtable(d, [["", "Meeting 1 (New PEP)", "Meeting 2 (Review)"],
               ["Date of meeting", m1, m2],
               ["Reason", "Start of academic year", "Placement move (interim review)" if good else "Review"],
               ["Chaired by", "Mrs H. Glendinning (DT)" if good else "Mr P. Askew (DT)",
                "Mrs H. Glendinning (DT)" if good else "Mr P. Askew (DT)"],
               ["CLA achievement teacher", "Ruth Mossop", "Ruth Mossop"],
               ["Social worker", "Dev Sandhu" if good else "Claire Hebblethwaite",
                "Dev Sandhu" if good else "Claire Hebblethwaite"]], fill="DDEBF7")

    para(d, "Section 1 \u2013 Personal Information/Care Arrangements/Contact", bold=True, size=13)
    dtable(d, [["Legal status", "Interim Care Order (S38)" if good else "S20 Voluntary accommodation"],
               ["Placement", "Kinship care with aunt (from 02/11/2026); previously foster care" if good
                else "Foster care, Keswick"],
               ["Who can sign trip forms", "Social worker for residential; carer for day trips"]],
           header=False, bold_first_col=True)

    para(d, "Section 2 \u2013 My views / what I need help with", bold=True, size=13)
    para(d, "(The DT meets with me to complete this section. What I need help with is included in the action plan.)",
         italic=True)
    v1 = ["I like science because we do experiments.", "I need help with my spellings."]
    v2 = (["I miss my old friends from the bus but my aunt takes me to school now which is better.",
           "I still need help with fractions, I get lost when the teacher goes fast.",
           "I want to join the climbing club on Wednesdays."] if good else [])
    if not good:
        v1 = ["I like PE and art.", "Maths is boring."]
    rows = [["", "Meeting 1", "Meeting 2"]]
    labels = ["What I think is going well", "What I need help with", "Anything else I want to say"]
    for i, lab in enumerate(labels):
        rows.append([lab, v1[i] if i < len(v1) else "", v2[i] if i < len(v2) else ""])
    dtable(d, rows, fill="E2EFDA")

    para(d, "Section 3 \u2013 Education Information/Attendance/Homework Arrangements/Transition as appropriate",
         bold=True, size=13)
    dtable(d, [["", "Meeting 1", "Meeting 2"],
               ["Attendance this year", "100% (since 03/09/2026)", "94.6%" if good else "see SIMS printout (not attached)"],
               ["Exclusions (internal and external)", "None", "None" if good else "1 internal (06/11/2026)"],
               ["Homework", "Homework club Tues", "Homework club Tues; kinship carer signs planner" if good
                else "Homework club Tues"],
               ["SEN", "SEN support (literacy)" if good else "No SEN", "SEN support (literacy)" if good else "No SEN"]],
           fill="FCE4D6")

    para(d, "Section 4 \u2013 Progress and Action Plan", bold=True, size=13)
    para(d, "Targets set at Meeting 1 (" + m1 + ")", bold=True)
    old = ([("1.1", "Tegan will learn 10 spellings from the Year 7 list each week and score 8/10 in Friday tests.",
             "Partly achieved: average 7/10. Broken down further as 2.1."),
            ("1.2", "Tegan will join one lunchtime club.", "Achieved (science club).")] if good else
           [("1.1", "Olly will improve his maths.", "Not reviewed."),
            ("1.2", "Olly will read for 20 minutes four times a week and record it in his reading log.",
             "Achieved most weeks.")])
    dtable(d, [["No.", "Target", "Outcome at Meeting 2"]] + [list(o) for o in old], fill="D9D9D9")
    para(d, "New / revised targets agreed at Meeting 2 (" + m2 + ")", bold=True)
    if good:
        new = [("2.1", "Tegan will learn 5 spellings a week from her personal list, practised with the TA on "
                       "Monday and Wednesday, and score 4/5 or better in 8 of the next 10 tests.", "English"),
               ("2.2", "Tegan will use the fraction wall to add and subtract fractions with different "
                       "denominators and get 8 out of 10 correct in her maths check by 12 February 2027.", "Maths"),
               ("2.3", "Tegan will attend climbing club every Wednesday until the Easter holiday, with the carer "
                       "collecting at 4.30pm.", "Wellbeing")]
    else:
        new = [("2.1", "Olly will keep reading for 20 minutes four times a week and move from Stage 9 to Stage 10 "
                       "on the school reading scheme by the Easter holiday.", "English"),
               ("2.2", "Olly will take part in the Year 8 art exhibition in March 2027.", "Wellbeing")]
    dtable(d, [["No.", "Target", "Area"]] + [list(x) for x in new], fill="D9D9D9")
    para(d, "Pupil Premium Plus linked to the action plan (Meeting 2)", bold=True)
    if good:
        pp = [("Small-group fractions intervention with maths HLTA, 2 x 30 minutes a week for 10 weeks",
               300.0, 2, "2.2"),
              ("Personal spelling programme with TA, 2 x 15 minutes a week", 150.0, 1, "2.1"),
              ("Climbing club fees, spring term", 60.0, 3, "2.3")]
        req = 510.0
    else:
        pp = [("Art materials pack for home", 40.0, 2, "2.2"),
              ("Maths tutor, 10 sessions", 250.0, None, "")]
        req = 290.0
    rows = [["Spend", "Cost", "Target no."]] + [[a, f"\u00a3{b:.2f}", c] for a, b, _, c in pp]
    rows.append(["Total PP+ requested this term", f"\u00a3{req:.2f}", ""])
    dtable(d, rows, fill="D9D9D9")
    dtable(d, [["", "Meeting 1", "Meeting 2"],
               ["Section 4 completed by", "H. Glendinning" if good else "P. Askew",
                "H. Glendinning" if good else "P. Askew"],
               ["Date completed", "18/09/2026" if good else "21/09/2026", "27/11/2026" if good else ""]],
           fill="D9D9D9")
    d.save(os.path.join(out_dir, fname))
    quirks = ["both meetings of the year in one document, as Meeting 1 / Meeting 2 columns (truth = Meeting 2)",
              "front page Name / This is a photo of me / My school / County / School year",
              "Norfolk-style slash-strung section headings",
              "targets numbered by meeting (1.x old, 2.x new); PP+ lines refer to 2.x numbers",
              "'First part of meeting - Adults only discuss' note", "running header and footer"]
    if not good:
        quirks.append("-2 gaps: Meeting 2 voice column empty (only Meeting 1 views), no Meeting 2 attendance figure "
                      "(printout not attached), no Meeting 2 completion date, no maths target, tutor PP+ line not "
                      "linked to a target")
    write_truth(out_dir, LAYOUT, fname, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=7 if good else 8,
                meeting_date="2026-11-24" if good else "2026-11-19",
                completed_date="2026-11-27" if good else None,
                attendance_percent=94.6 if good else None,
                pupil_voice=v2,
                targets=[{"text": t, "area": a} for _, t, a in new],
                english_target=True, maths_target=good,
                pp_spend=[{"description": a, "cost": b, "target": c} for a, b, c, _ in pp],
                pp_requested=req)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
