"""zS02: Year 11 Word PEP following 2009-style guidance numbering, fixed three-target Section D."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_S import *  # noqa

LAYOUT = "zS02-y11-mixed-sections-three-targets"
INSP = "real-forms.md entries 13, 31"
QUIRKS = ["mixed numbering: \"1.)Personal Details\", \"2.)School Details\", \"Section 3\", \"4.)End of Key Stage Attainments\", targets in \"Section D\" (spacing lost after the brackets)",
          "code lists printed in full with the chosen value in [square brackets] as the 'circled' option (Ethnic Background, National Identity with Welsh first)",
          "\"Please ensure the box is ticked if a child is NOT in education\" box [ ]",
          "GCSE/Entry Level table with Pred = Predicted columns only (actual grades left to the Pathway Plan)",
          "fixed three targets: Target 1 and 2 academic marked 'drafted before the meeting', Target 3 holistic SEMH in the child's words",
          "\"Person to contact: - If designated teacher is not completing the form.\" label left in; completion date at the very end"]


def make(out_dir, n):
    good = n == 1
    name, first = ("Tyler Brennan-Hughes", "Tyler") if good else ("Kacper Nowicki", "Kacper")
    school = "Marlowe Park Academy" if good else "St Aidan's Catholic High School"
    meet_iso = "2026-09-29" if good else "2026-10-08"
    meet = "29/09/2026" if good else "08/10/2026"
    doc = new_doc()
    d_header_footer(doc, "Personal Education Plan - CONFIDENTIAL when completed",
                    "Please remember to include the date the PEP is completed.")
    d_para(doc, "PERSONAL EDUCATION PLAN (Key Stage 4)", bold=True, size=15)
    d_para(doc, "Date of PEP meeting: " + meet)
    d_para(doc, "1.)Personal Details", bold=True, size=12)
    d_table(doc, [["Name", name], ["Date of birth", "17/05/2011" if good else "02/01/2011"],
                  ["Gender", "Male"],
                  ["Ethnic Background", "White / Mixed / Asian or Asian British / Black or Black British / Other / Not given\n" +
                   ("[White]" if good else "[White] - White Other (Polish)")],
                  ["National Identity", "Welsh / English / Scottish / Irish / British / Other / Not given\n" +
                   ("[Welsh]" if good else "[Other] Polish")],
                  ["Legal status", "S31 Full Care Order" if good else "S20 Accommodated"],
                  ["Please ensure the box is ticked if a child is NOT in education", "[ ]"]], bold_first_col=True,
            widths=[6, 11])
    d_para(doc, "2.)School Details", bold=True, size=12)
    d_table(doc, [["School", school], ["Year group", "Year 11"],
                  ["Designated Teacher", "Mr Owen Pryce" if good else "Mrs Claire Dunmore"],
                  ["Person to contact: - If designated teacher is not completing the form.",
                   "Ms Ffion Lewis, Head of Year 11" if good else ""],
                  ["Attendance this academic year", "96.2% (to 25/09/2026)" if good else "84.7% (Sept 2026, MIS print)"],
                  ["Exclusions (fixed term)", "None" if good else "1 day, 16/09/2026"]], bold_first_col=True, widths=[6, 11])
    d_para(doc, "Section 3", bold=True, size=12)
    d_para(doc, "Young person's views (if the young person did not attend, a clear reason must be recorded)", italic=True)
    if good:
        v = ["I want to get a 5 in English so I can do the motor vehicle course.",
             "Maths is better now I'm in Mr Shah's set.",
             "I get stressed when there's loads of homework at once."]
        d_table(doc, [["Did the young person attend?", "Yes - for the second half of the meeting"],
                      ["What is going well?", v[0] + " " + v[1]],
                      ["What is hard?", v[2]],
                      ["Carer's comments", "He is doing homework at the kitchen table most nights."]],
                bold_first_col=True, widths=[6, 11])
    else:
        v = []
        d_table(doc, [["Did the young person attend?", "No"],
                      ["Reason", "Kacper did not want to come out of his lesson. The DT will see him next week."],
                      ["What is going well?", ""], ["What is hard?", ""],
                      ["Carer's comments", "Carer sent apologies."]], bold_first_col=True, widths=[6, 11])
    d_para(doc, "4.)End of Key Stage Attainments", bold=True, size=12)
    d_para(doc, "KS2 results: Please circle results.   Reading: [EXS] / WTS / GDS     Maths: EXS / [WTS] / GDS")
    d_para(doc, "GCSE/Entry Level: Pred = Predicted. Actual grades are not included in the table because the Pathway Plan replaces the PEP", italic=True)
    d_table(doc, [["Subject", "Pred (Y10 summer)", "Pred (Y11 autumn)"],
                  ["English Language", "4", "4/5" if good else "3"],
                  ["Mathematics", "3", "4" if good else "3"],
                  ["Combined Science", "4-4", "4-4"],
                  ["Engineering (BTEC)", "Pass", "Merit" if good else "Pass"]], header=True, fill="DDDDDD")
    d_para(doc, "Section D", bold=True, size=12)
    d_para(doc, "Targets one and two need to be drafted before the meeting and must address academic progress. "
                "The third target is holistic (social, emotional and mental health) and child centred. Only a teacher should set targets.", size=8.5, italic=True)
    if good:
        tg = [("Target 1 (academic - drafted before the meeting)", "English",
               "Tyler will plan and write a 600-word GCSE Paper 2 response in 45 minutes, scoring at least 20/40, by the December mocks"),
              ("Target 2 (academic - drafted before the meeting)", "Maths",
               "Tyler will complete one Sparx Maths homework each week with 90% accuracy on the Higher foundation crossover topics until February half-term"),
              ("Target 3 (holistic / SEMH)", "SEMH",
               "Tyler will use a weekly homework planner with his mentor so that no more than two pieces are due on the same night")]
    else:
        tg = [("Target 1 (academic - drafted before the meeting)", "English",
               "Kacper will read one chapter of An Inspector Calls each week with his reading mentor and write a five-line summary"),
              ("Target 2 (academic - drafted before the meeting)", None, ""),
              ("Target 3 (holistic / SEMH)", "SEMH",
               "Kacper will meet the school counsellor every Thursday until Christmas")]
    rows = [["", "Target", "Who will help", "Date to be achieved"]]
    for lab, area, t in tg:
        rows.append([lab, t, ("Subject teacher / DT" if t else ""), ("18/12/2026" if t else "")])
    d_table(doc, rows, header=True, fill="DDDDDD", widths=[4, 8, 3, 2.5])
    d_para(doc, "PP+ request (each item must link to a target above)", bold=True)
    if good:
        pp = [("English tutor, 10 x 1 hour sessions after school", 350.0, 1),
              ("Maths revision guides and Sparx Maths licence top-up", 40.0, 2),
              ("Mentor time for homework planning, 30 minutes a week", 200.0, 3)]
    else:
        pp = [("Reading mentor (Year 13 sixth former), weekly", 120.0, 1),
              ("Revision workbooks", 35.0, None)]
    rows = [["Item", "Cost", "Target no."]] + [[d, f"£{c:.2f}", str(t) if t else ""] for d, c, t in pp]
    total = sum(c for _, c, _ in pp)
    rows.append(["Total requested", f"£{total:.2f}", ""])
    d_table(doc, rows, header=True, fill="DDDDDD", widths=[10, 3, 3])
    d_para(doc, "Signatures", bold=True)
    d_table(doc, [["Designated Teacher", "O. Pryce" if good else "", "Date PEP completed",
                   "06/10/2026" if good else ""]], widths=[4, 4, 4, 4])
    fn = f"{LAYOUT}-{n}.docx"
    doc.save(os.path.join(out_dir, fn))
    areas = [a for _, a, t in tg if t]
    q = QUIRKS + ([] if good else ["-2 gaps: young person did not attend and no views gathered (reason recorded), Target 2 left blank so no maths target, second PP+ item has no target no., DT signature and completion date blank"])
    tr = truth(LAYOUT, fn, INSP, q, child_name=name, child_first_name=first, school=school, year_group=11,
               meeting_date=meet_iso, completed_date="2026-10-06" if good else None,
               attendance_percent=96.2 if good else 84.7, pupil_voice=v,
               targets=[{"text": t, "area": a} for _, a, t in tg if t], english_target=True,
               maths_target=good, pp_spend=[{"description": d, "cost": c, "target": t} for d, c, t in pp],
               pp_requested=total)
    write_truth(out_dir, f"{LAYOUT}-{n}", tr)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
