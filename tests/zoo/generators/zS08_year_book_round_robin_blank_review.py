"""zS08: Year 7 'My Personal Education Plan 2026-2027' single-document year book; meeting 1 filled, review pages blank; round robin."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_S import *  # noqa

LAYOUT = "zS08-year-book-round-robin-blank-review"
INSP = "real-forms.md entries 5, 19, 31"
QUIRKS = ["one document for the whole academic year: 'Meeting 1 - New PEP (Sept/Oct)' filled in, 'Meeting 2 - Review (Mar/Apr)' pages printed with empty labels (the latest held meeting is Meeting 1)",
          "front page 'Name / This is a photo of me / My school / County / School year' with the photo placeholder text",
          "procedure text left in ('both meetings are recorded in the same single document', 'First part of meeting - Adults only discuss')",
          "Section 2 (child with the DT): views plus 'what I need help with'; the action plan has a column quoting which Section 2 need each target answers",
          "round robin table from the Maths, English and Science teachers before Section 4 (teacher comments are not voice)",
          "'CLA achievement teacher' role; date sent to the Virtual School as the completion date"]


def make(out_dir, n):
    good = n == 1
    name, first = ("Harvey Lindqvist", "Harvey") if good else ("Isla McBride", "Isla")
    school = "Kirkby Stainmore Academy" if good else "Eden Valley High School"
    meet, meet_iso = ("07/10/2026", "2026-10-07") if good else ("22/09/2026", "2026-09-22")
    doc = new_doc()
    d_header_footer(doc, "My Personal Education Plan 2026\u20132027   (mainstream version)",
                    "There are two PEP meetings in an academic year and both meetings are recorded in the same single document.")
    d_para(doc, "My Personal Education Plan 2026\u20132027", bold=True, size=18, align="center")
    d_table(doc, [["Name", name],
                  ["This is a photo of me", "(Please refer to your school's policy on the use of photographs)"],
                  ["My school", school], ["County", "Cumbria"], ["School year", "Year 7"]],
            bold_first_col=True, widths=[5, 11])
    d_para(doc, "Procedure", bold=True, size=12)
    d_para(doc, "The new PEP is written in September/October and reviewed in March/April. The DT meets with the "
                "child/young person to complete Section 2 before the meeting. What they need help with is included in the action plan. "
                "The DT also completes Section 4.", size=8.5, italic=True)
    d_para(doc, "First part of meeting \u2013 Adults only discuss: The PEP, attendance, round robin, funding.", size=8.5, italic=True)
    d_para(doc, "MEETING 1 - NEW PEP (Sept/Oct)", bold=True, size=14)
    d_table(doc, [["Date of meeting", meet, "CLA achievement teacher", "Mrs Ann Haworth"],
                  ["Designated Teacher", "Mr Ian Soutar" if good else "Miss Rhona Clegg", "Social worker", "Paul Nyberg"]],
            widths=[3.5, 4.5, 4, 4])
    d_para(doc, "Section 2 - My views and what I need help with", bold=True, size=12)
    if good:
        v = ["I like big school because there are more clubs.",
             "I get lost going to the science block.",
             "I need help with my spellings and with fractions."]
        d_table(doc, [["What I like about school", v[0]], ["What I find difficult", v[1]],
                      ["What I need help with", v[2]]], bold_first_col=True, widths=[5, 11])
    else:
        v = []
        d_table(doc, [["What I like about school", ""], ["What I find difficult", ""],
                      ["What I need help with", ""],
                      ["Completed with DT on", "Not completed - Isla was absent on the day"]], bold_first_col=True, widths=[5, 11])
    d_para(doc, "Round robin (before the meeting)", bold=True, size=12)
    d_table(doc, [["Subject", "Teacher", "Comment"],
                  ["Maths", "Mr Dacre", "Secure with place value; fractions need work." if good else "Working at expected level."],
                  ["English", "Ms Fell", "Lovely ideas but spelling lets him down." if good else "Reading age 9y 4m."],
                  ["Science", "Dr Ruiz", "Often late to the science block." if good else "No concerns."]],
            header=True, fill="D9E2F3")
    d_para(doc, "Section 4 - Progress (DT)", bold=True, size=12)
    d_table(doc, [["Attendance since September", "95.4%" if good else "Not available - new MIS being set up"],
                  ["KS2 results", "Reading 101, Maths 98, GPS 94" if good else "Reading 96, Maths 104, GPS 99"]],
            bold_first_col=True, widths=[5, 11])
    d_para(doc, "Action plan", bold=True, size=12)
    if good:
        acts = [("1", "I need help with my spellings", "English",
                 "Harvey will learn 10 spellings from the Year 7 list each week and score 8/10 in the Friday test by Christmas"),
                ("2", "I need help with fractions", "Maths",
                 "Harvey will add and subtract fractions with different denominators correctly in 4 out of 5 questions by February half-term"),
                ("3", "I get lost going to the science block", "SEMH",
                 "Harvey will walk to the science block with his Year 10 buddy each Monday and Thursday until he arrives on time for 3 weeks running")]
        pp = [("Spelling intervention (Lexia), 3 x 20 minutes a week", 210.0, 1),
              ("Maths tutor, 8 sessions", 240.0, 2),
              ("Buddy scheme training and lunchtime club", 30.0, 3)]
    else:
        acts = [("1", "(from round robin)", "English",
                 "Isla will read a book from the library at her reading age for 20 minutes in tutor time every day this half-term"),
                ("2", "(from round robin)", "Wellbeing",
                 "Isla will join one lunchtime club by November half-term")]
        pp = [("Accelerated Reader quizzes and a library book bundle", 60.0, 1),
              ("Music lessons (guitar)", 120.0, None)]
    rows = [["No.", "What I need help with (from Section 2)", "Area", "Target", "Who / by when"]] + \
           [[a, b, c, d, "DT / Spring review"] for a, b, c, d in acts]
    d_table(doc, rows, header=True, fill="D9E2F3", widths=[1.2, 3.8, 2, 7, 2.5])
    d_para(doc, "PP+ request", bold=True, size=12)
    rows = [["Item", "Cost", "Action no."]] + [[d, f"£{c:.2f}", str(t) if t else ""] for d, c, t in pp]
    total = sum(c for _, c, _ in pp)
    rows.append(["Total", f"£{total:.2f}", ""])
    d_table(doc, rows, header=True, fill="D9E2F3")
    d_table(doc, [["Date sent to the CLA achievement teacher", "12/10/2026" if good else ""]], bold_first_col=True, widths=[8, 8])
    d_para(doc, "MEETING 2 - REVIEW (Mar/Apr)", bold=True, size=14)
    d_table(doc, [["Date of meeting", "", "CLA achievement teacher", ""],
                  ["Designated Teacher", "", "Social worker", ""]], widths=[3.5, 4.5, 4, 4])
    d_para(doc, "Section 2 - My views (review)", bold=True, size=12)
    d_table(doc, [["What has got better?", ""], ["What I still need help with", ""]], bold_first_col=True, widths=[5, 11])
    d_para(doc, "Review of action plan", bold=True, size=12)
    d_table(doc, [["No.", "Progress", "Achieved?"], ["1", "", ""], ["2", "", ""], ["3", "", ""]], header=True, fill="D9E2F3")
    d_table(doc, [["Date sent to the CLA achievement teacher", ""]], bold_first_col=True, widths=[8, 8])
    fn = f"{LAYOUT}-{n}.docx"
    doc.save(os.path.join(out_dir, fn))
    q = QUIRKS + ([] if good else ["-2 gaps: Section 2 not completed (child absent), attendance 'Not available', no maths action, second PP+ item (guitar) not linked to an action, 'Date sent' blank"])
    tr = truth(LAYOUT, fn, INSP, q, child_name=name, child_first_name=first, school=school, year_group=7,
               meeting_date=meet_iso, completed_date="2026-10-12" if good else None,
               attendance_percent=95.4 if good else None, pupil_voice=v,
               targets=[{"text": d, "area": c} for a, b, c, d in acts], english_target=True, maths_target=good,
               pp_spend=[{"description": d, "cost": c, "target": t} for d, c, t in pp], pp_requested=total)
    write_truth(out_dir, f"{LAYOUT}-{n}", tr)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
