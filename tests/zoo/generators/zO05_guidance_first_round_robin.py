"""zO05: secondary Word PEP (DOCX) that opens with lettered guidance sections (A: documents to bring,
B: meeting preparation) before the numbered form sections 1-4; voice taken by an ELSA under the three
signs-of-safety questions; subject round robin; pasted MIS attendance printout; targets as numbered
paragraphs with the 'next PEP meeting' check."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_O import *
import docx
from docx.shared import Pt

LAYOUT = "zO05-guidance-first-round-robin"
INSPIRED = "real-forms.md entries 11, 19"
QUIRKS = ["lettered guidance (Section A, Section B) before a numbered form (Section 1-4): letters and numbers mean different things",
          "Section A document checklist with ticked boxes; Section B step | who table",
          "Section 2 'The Young Persons Voice' (apostrophe lost) gathered by the ELSA under three signs-of-safety questions, label above each answer",
          "Section 3 subject round robin table (Maths, English, Science teachers)",
          "attendance as a pasted MIS printout in fixed-width text",
          "targets as numbered 'Target n:' paragraphs with 'Will this target be achieved in time for the next PEP meeting?'",
          "PP+ requests as inline prose lines naming the target"]


def mono(doc, text):
    for line in text.split("\n"):
        p = doc.add_paragraph()
        r = p.add_run(line); r.font.name = "Courier New"; r.font.size = Pt(8.5)
        p.paragraph_format.space_after = Pt(0)


def render(d, path):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
    docx_hf(doc, header=f"{d['vs']} – PEP", footer=f"{d['name']} – PEP {d['meeting']} – Confidential")
    doc.add_heading("PEP GUIDANCE (keep with the form)", 1)
    doc.add_paragraph("Section A – Documents to bring").runs[0].bold = True
    for item in ["Previous PEP", "Attendance (recorded or printout attached)", "Exclusion information – internal and external",
                 "IEP/PSP", "Latest school report"]:
        doc.add_paragraph(("☒ " if item not in d["not_brought"] else "☐ ") + item)
    doc.add_paragraph("Section B Meeting Preparation").runs[0].bold = True
    docx_table(doc, [["Step", "Who"], ["Invite attendees and book room", "Designated Teacher"],
                     ["Gather pupil views (print out section 2)", "DT / ELSA / trusted adult"],
                     ["Round robin to Maths, English and Science teachers", "Designated Teacher"],
                     ["Chair the meeting", "Designated Teacher"]], [10, 6], header=True)
    doc.add_page_break()
    doc.add_heading("PERSONAL EDUCATION PLAN", 0)
    doc.add_paragraph(f"Pupil: {d['name']}     Year: {d['year']}     School: {d['school']}")
    doc.add_paragraph(f"Date of PEP meeting: {d['meeting_long']}")
    doc.add_paragraph("Section 1: People at the meeting").runs[0].bold = True
    docx_table(doc, [["Name", "Role", "Contact details"]] + d["people"], [5, 5, 6], header=True)
    doc.add_paragraph()
    doc.add_paragraph("Section 2: The Young Persons Voice").runs[0].bold = True
    doc.add_paragraph(f"Views collected by: {d['collector']}")
    for q, a in zip(["1) What is working well?", "2) What we are worried about?", "3) What needs to happen?"], d["voice"]):
        p = doc.add_paragraph(); p.add_run(q).bold = True
        doc.add_paragraph(a)
    doc.add_paragraph("Section 3: Achievement and Attainment").runs[0].bold = True
    docx_table(doc, [["Subject", "Teacher", "Working at / target", "Round robin comment"]] + d["rr"], [2.5, 3, 3, 7.5], header=True, size=9)
    doc.add_paragraph()
    doc.add_paragraph("Attendance (printout attached):")
    if d["printout"]:
        mono(doc, d["printout"])
    doc.add_paragraph()
    doc.add_paragraph("Section 4: Review and Action Plan: PEP Review").runs[0].bold = True
    docx_table(doc, [["Previous target", "Outcome"]] + d["review"], [11, 5], header=True, size=9)
    doc.add_paragraph()
    doc.add_paragraph("New targets").runs[0].bold = True
    for i, (txt, area, yes) in enumerate(d["targets"], 1):
        p = doc.add_paragraph(); p.add_run(f"Target {i}: ").bold = True; p.add_run(txt)
        doc.add_paragraph(f"Subject area: {area}    Will this target be achieved in time for the next PEP meeting? {yes}")
    doc.add_paragraph()
    doc.add_paragraph("PP+ request").runs[0].bold = True
    for line in d["pp"]:
        doc.add_paragraph(line)
    doc.add_paragraph(f"Total PP+ requested this term: {d['total']}")
    doc.add_paragraph(f"PEP completed by DT on: {d['completed']}")
    doc.save(path)


PRINT1 = """ATTENDANCE SUMMARY  Pupil: OKAFOR-REID, Tyrese   Reg: 9HT   01/09/2026 - 09/10/2026
Possible sessions   Present   Authorised abs   Unauthorised abs   Attendance %
       56              53            3                 0               94.6
Lates (before reg closed): 2"""
V1 = ["Football club and PE. I get on with Mr Hart and I'm not getting detentions any more.",
      "Science tests. I panic when I see long questions and my head goes blank.",
      "I want someone to show me how to revise, and a card to leave the lesson if I get stressed."]
TG1 = [("Tyrese will complete a weekly 20-minute revision session with the science TA and score at least 60% on the end-of-unit test by 11/12/2026", "Science", "Yes"),
       ("Tyrese will read one chapter of his class novel each week and write a 100-word summary using two quotations, checked by his English teacher, until February half-term", "English", "Yes"),
       ("Tyrese will complete 3 Sparx Maths homework tasks each week with 90% correct and move up one maths set at the February assessment", "Maths", "No – reviewed at the spring PEP"),
       ("Tyrese will use his time-out card no more than twice a week and tell his mentor what helped by the next PEP", "Wellbeing", "Yes")]
PP1 = ["Request 1 (Target 1): Science revision TA sessions, 10 x 20 minutes – £75.00",
       "Request 2 (Target 3): Sparx Maths tutor group, Tuesday after school, 10 weeks – £150.00",
       "Request 3 (Target 4): Mentoring with the ELSA, 6 sessions – £120.00"]
D1 = dict(vs="Hamblewick Virtual School", name="Tyrese Okafor-Reid", year="9", school="Carisbrooke Park Academy",
          meeting="14/10/2026", meeting_long="Wednesday 14 October 2026", not_brought=[],
          people=[["Tyrese Okafor-Reid", "Pupil", "—"], ["Ms Helen Ward", "Designated Teacher (Chair)", "h.ward@cpa.example.org"],
                  ["Jake Morrow", "Social Worker", "07700 900311"], ["Mrs Linda Reid", "Carer", "07700 900472"],
                  ["Miss Abi Tan", "ELSA", "school office"]],
          collector="Miss Abi Tan (ELSA), 07/10/2026, in the library", voice=V1,
          rr=[["Maths", "Mr D. Hart", "5- / 6", "Good effort in class, homework not always handed in."],
              ["English", "Mrs P. Lyle", "4 / 6", "Reads well aloud; needs to use evidence in written answers."],
              ["Science", "Dr S. Kaur", "3+ / 5", "Understands practical work; test answers are very short."]],
          printout=PRINT1,
          review=[["Tyrese will attend Homework Club twice a week", "Achieved"], ["Tyrese will reduce detentions to one a week", "Achieved"]],
          targets=TG1, pp=PP1, total="£345.00", completed="21/10/2026")
V2 = ["Drama is working well, I got a part in the play.", "I'm worried about maths because I moved sets.",
      "I need help to catch up on the work I missed when I moved."]
TG2 = [("Sienna will complete the Year 8 fractions catch-up booklet with her maths teacher at lunchtime on Mondays and score 70% on the unit check by 11/12/2026", "Maths", "Yes"),
       ("Sienna will keep a homework planner signed by her carer every Friday this half-term", "Organisation", "Yes")]
PP2 = ["Request 1 (Target 1): Maths catch-up booklet and lunchtime sessions",
       "Request 2: Drama club costume contribution – £25.00"]
D2 = dict(D1, name="Sienna Blackmore", year="8", school="Westover Community College", meeting="05/11/2026",
          meeting_long="Thursday 5 November 2026", not_brought=["Attendance (recorded or printout attached)"],
          people=[["Sienna Blackmore", "Pupil", "—"], ["Mr Ian Coles", "Designated Teacher (Chair)", "i.coles@wcc.example.org"],
                  ["Priya Mehta", "Social Worker", "07700 900815"]],
          collector="Mr Ian Coles (DT), 02/11/2026", voice=V2,
          rr=[["Maths", "Ms R. Bell", "3 / 5", "Missed work on fractions after the school move."],
              ["English", "Mr T. Nwosu", "4 / 5", "Confident writer."],
              ["Science", "Mrs F. Dean", "4- / 5", "Settling in well."]],
          printout="", review=[["Sienna will settle into her new form group", "Partially achieved"]],
          targets=TG2, pp=PP2, total="£25.00", completed="12/11/2026")


def build(out_dir):
    t1 = dict(child_name=D1["name"], child_first_name="Tyrese", school=D1["school"], year_group=9, meeting_date="2026-10-14",
              completed_date="2026-10-21", attendance_percent=94.6, pupil_voice=V1,
              targets=[{"text": t[0], "area": t[1]} for t in TG1], english_target=True, maths_target=True,
              pp_spend=[{"description": "Science revision TA sessions, 10 x 20 minutes", "cost": 75.0, "target": 1},
                        {"description": "Sparx Maths tutor group, Tuesday after school, 10 weeks", "cost": 150.0, "target": 3},
                        {"description": "Mentoring with the ELSA, 6 sessions", "cost": 120.0, "target": 4}], pp_requested=345.0)
    t2 = dict(child_name=D2["name"], child_first_name="Sienna", school=D2["school"], year_group=8, meeting_date="2026-11-05",
              completed_date="2026-11-12", attendance_percent=None, pupil_voice=V2,
              targets=[{"text": t[0], "area": t[1]} for t in TG2], english_target=False, maths_target=True,
              pp_spend=[{"description": "Maths catch-up booklet and lunchtime sessions", "cost": None, "target": 1},
                        {"description": "Drama club costume contribution", "cost": 25.0, "target": None}], pp_requested=25.0)
    gaps = ["-2 gaps: attendance 'printout attached' but none attached (checklist box unticked), no English target, "
            "PP+ request 1 has no cost, request 2 not linked to a target"]
    for i, (d, t) in enumerate([(D1, t1), (D2, t2)], 1):
        fname = f"{LAYOUT}-{i}.docx"
        render(d, os.path.join(out_dir, fname))
        write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS + (gaps if i == 2 else []), **t)


if __name__ == "__main__":
    run_main(build)
