"""zS05: eGOV-style 'ePEP Online' print, Year 5: lettered sections, attendance term grid (latest = this term), approval grading."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_S import *  # noqa

LAYOUT = "zS05-egov-ks2-term-grid-approval"
INSP = "real-forms.md entries 3, 1, 21"
QUIRKS = ["'ePEP Online' print with system codes in the header (ePEP ref, UPN, LA code) and 'Printed by' footer",
          "lettered sections A-E; the child's views are 'Young Person's Views Prior to the Meeting' in Section C, with Makaton symbol answers noted in brackets",
          "attendance and attainment as term grids with four terms (Autumn 2025 ... Autumn 2026); truth is the current Autumn 2026 column",
          "previous targets reviewed with Met / Partly met / Not met; the not-met one is 'broken down further' into new targets 2a and 2b",
          "PP+ impact of last term shown as a separate tracker block (not this term's spend); this term's request lines cite new target numbers",
          "approval grading block ('would this be good enough for my child?', graded 'approved') and PEA line; DT completion date separate from approval date"]


def make(out_dir, n):
    good = n == 1
    name, first = ("Riley Okonjo", "Riley") if good else ("Summer Blackwood", "Summer")
    school = "Coombe Lacey CE Primary School" if good else "Tavy Bridge Community Primary"
    meet, meet_iso = ("13 October 2026", "2026-10-13") if good else ("5 November 2026", "2026-11-05")
    ref = "EP-2026-118734" if good else "EP-2026-120455"
    W = 178 * mm
    story = [P("ePEP Online - Personal Education Plan (Primary)", "h1"),
             P(f"PEP term: Autumn 2026/27   PEP meeting date: {meet}   Status: {'Approved' if good else 'Draft'}", "body"),
             P("Section A - Child / Young Person Details", "h2")]
    kv = [["Name:", name, "UPN:", "N8220140" + ("31" if good else "77") + "A"],
          ["Date of birth:", "09/01/2016" if good else "22/04/2016", "NCY:", "5"],
          ["School:", school, "Designated Teacher:", "Mrs Ruth Penhale" if good else "Mr Karl Ivey"],
          ["Social worker:", "Anita Shah", "VS officer:", "Tom Eddy"]]
    story.append(p_table(kv, widths=[W * 0.17, W * 0.33, W * 0.2, W * 0.3], grid=False,
                         extra=[("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold")]))
    story.append(P("Section B - Education: attendance and attainment", "h2"))
    att_now = "95.8" if good else "89.6"
    grid = [["", "Autumn 2025", "Spring 2026", "Summer 2026", "Autumn 2026 (this PEP)"],
            ["Attendance %", "91.0", "92.4", "94.1", att_now],
            ["Reading", "WTS", "WTS", "EXS-" if good else "WTS", "EXS" if good else "WTS"],
            ["Writing", "WTS", "WTS", "WTS", "WTS"],
            ["Maths", "EXS", "EXS", "EXS", "EXS" if good else "WTS"],
            ["Suspensions", "0", "0", "0", "0"]]
    story.append(p_table(grid, widths=[W * 0.2] + [W * 0.2] * 4, header=True, head_fill="#E6E6E6"))
    story.append(P("Attendance % from school MIS, 1 September to 9 October 2026.", "small"))
    story.append(P("Section C - Young Person's Views Prior to the Meeting", "h2"))
    story.append(P("Views can be recorded in any form and uploaded. Makaton questions are also available on this page.", "small"))
    if good:
        v = ["I like it when we do science experiments with Mr Hale.",
             "Writing makes my hand hurt and I can't think of the words.",
             "I want to be in the football team."]
        rows = [["Question", "Answer"],
                ["What do you enjoy at school? (Makaton: happy)", v[0]],
                ["What is difficult? (Makaton: sad)", v[1]],
                ["What would you like to happen? (Makaton: want)", v[2]]]
    else:
        v = []
        rows = [["Question", "Answer"],
                ["What do you enjoy at school? (Makaton: happy)", ""],
                ["What is difficult? (Makaton: sad)", ""],
                ["What would you like to happen? (Makaton: want)", ""],
                ["Uploaded document", "None uploaded"]]
    story.append(p_table(rows, widths=[W * 0.4, W * 0.6], header=True, head_fill="#E6E6E6"))
    story.append(P("Section D - Targets", "h2"))
    story.append(P("Review of previous targets (Summer 2026)", "h3"))
    prev = [["Previous target", "Outcome"],
            ["1. Read a book band 12 text with 95% accuracy", "Met"],
            ["2. Write a paragraph with capital letters and full stops", "Not met - broken down further (see 2a and 2b)"],
            ["3. Join a lunchtime club", "Partly met"]]
    story.append(p_table(prev, widths=[W * 0.6, W * 0.4], header=True, head_fill="#E6E6E6"))
    story.append(P("New targets (Autumn 2026)", "h3"))
    if good:
        tg = [("1", "Maths", "Riley will recall the 6, 7 and 8 times tables in the TTRS check with 20 out of 25 correct by 11 December 2026"),
              ("2a", "English", "Riley will write three sentences about a picture, each with a capital letter and a full stop, in 4 out of 5 writing lessons"),
              ("2b", "English", "Riley will use a word mat to spell 10 Year 3/4 common exception words correctly in his writing by February half-term"),
              ("3", "SEMH", "Riley will attend football club on Wednesdays and talk to Mrs Penhale about how it is going every fortnight")]
        pp = [("Precision teaching for times tables, 3 x 10 minutes a week", 150.0, "1", 1),
              ("Fine motor and handwriting group (Clever Fingers), weekly", 120.0, "2a", 2),
              ("Word mats and spelling scheme resources", 25.0, "2b", 3),
              ("Football club fees and kit", 45.0, "3", 4)]
    else:
        tg = [("1", "Maths", "Summer will count in 4s and 8s to 100 using a number line in 3 consecutive maths lessons by Christmas"),
              ("2", "SEMH", "Summer will use the calm corner and a timer when she feels cross, with the TA logging each use, until February")]
        pp = [("Maths catch-up group (Third Space Learning), weekly", 200.0, "1", 1),
              ("ELSA sessions, 6 weeks", 180.0, "2", 2),
              ("Trip to the aquarium", 30.0, "", None)]
    rows = [["No.", "Area", "Target", "Owner"]] + [[a, b, c, "Class teacher"] for a, b, c in tg]
    story.append(p_table(rows, widths=[W * 0.07, W * 0.12, W * 0.63, W * 0.18], header=True, head_fill="#E6E6E6"))
    story.append(P("PP+ Resource Tracker - impact of last term (Summer 2026)", "h3"))
    story.append(p_table([["Summer 2026 item", "Spent", "Impact"],
                          ["Reading volunteer (Beanstalk)", "£100", "Target 1 met"]],
                         widths=[W * 0.5, W * 0.15, W * 0.35], header=True, head_fill="#F2F2F2"))
    story.append(P("PP+ request - this term (Autumn 2026)", "h3"))
    rows = [["Item", "Target", "Cost"]] + [[d, t, f"£{c:.2f}"] for d, c, t, _ in pp]
    total = sum(c for _, c, _, _ in pp)
    rows.append(["Total PP+ requested this term", "", f"£{total:.2f}"])
    story.append(p_table(rows, widths=[W * 0.62, W * 0.13, W * 0.25], header=True, head_fill="#E6E6E6"))
    story.append(P("Personal Education Allowance (PEA): " + ("not requested this term" if good else "application pending")))
    story.append(P("Section E - Sign off and grading", "h2"))
    so = [["Date PEP completed (DT):", "16/10/2026" if good else ""],
          ["Virtual School QA - would this be good enough for my child?:", "Yes" if good else ""],
          ["Grade:", "Approved (27/10/2026) - PP+ released" if good else "Not yet graded"]]
    story.append(p_table(so, widths=[W * 0.5, W * 0.5], grid=False, bold_first=True))
    fn = f"{LAYOUT}-{n}.pdf"
    build_pdf(os.path.join(out_dir, fn), story,
              header=f"ePEP Online | {ref} | LA 878 | {name} | OFFICIAL-SENSITIVE",
              footer="Printed by r.penhale 28/10/2026 14:02  |  Page {page}" if good else "Printed by k.ivey 06/11/2026 09:17  |  Page {page}")
    q = QUIRKS + ([] if good else ["-2 gaps: Section C answers empty ('None uploaded'), no English target, third PP+ line (trip) has no target, DT completion date blank and status Draft"])
    tr = truth(LAYOUT, fn, INSP, q, child_name=name, child_first_name=first, school=school, year_group=5,
               meeting_date=meet_iso, completed_date="2026-10-16" if good else None,
               attendance_percent=float(att_now), pupil_voice=v,
               targets=[{"text": c, "area": b} for a, b, c in tg], english_target=good, maths_target=True,
               pp_spend=[{"description": d, "cost": c, "target": k} for d, c, t, k in pp], pp_requested=total)
    write_truth(out_dir, f"{LAYOUT}-{n}", tr)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
