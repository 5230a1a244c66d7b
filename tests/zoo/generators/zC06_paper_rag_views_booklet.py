"""zC06 - paper PEP with RAG ratings per section, a Pupil Views booklet and a Feedback Form appended (Word), Year 8.

Inspired by real-forms.md entry 28 (Hertfordshire: paper PEP plus a "RAG Ratings" document and a separate
"Personal Education Plan Feedback Form") and entry 30 (Leicestershire: "Before the meeting, the Virtual School send a
Pupil Views booklet for them to fill in"). Quirks: several label/value pairs on one line, dotted leaders, tick-box RAG
strips, costs inside target rows, first-person booklet prompts answered on the next line, voice at the end of the
document. Fictional authority, school and children.
"""
import json
import os
import sys

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

LAYOUT = "zC06-paper-rag-views-booklet"
INSPIRED = "real-forms.md entries 28, 30"


def box(on):
    return "\u2612" if on else "\u2610"


def rag(choice):
    return (f"RAG rating (Virtual School use):  {box(choice == 'R')} Red   {box(choice == 'A')} Amber   "
            f"{box(choice == 'G')} Green")


INSTANCES = [
    dict(
        n=1, name="Jordan Pike", first="Jordan", dob="02/02/2012", year="8", upn="H912400318822",
        school="Oakfield Park School", dt="Ms R. Kaur", meeting="Tue 14 Oct 2025", meeting_iso="2025-10-14",
        term="Autumn 1", completed="17/10/2025", completed_iso="2025-10-17",
        attendance="Attendance this year: 88.9% (persistent absence - attendance plan agreed, see target 3)", att=88.9,
        suspensions="1 day fixed-term suspension on 22/09/2025 (reintegration meeting held)",
        ptt="No", sen="SEN support - specific learning difficulty (spelling)", sdq="16 (borderline), July 2025",
        attain=[("English", "Step 4", "Step 6"), ("Maths", "Step 4", "Step 6"), ("Science", "Step 5", "Step 6")],
        targets=[
            ("1", "Jordan will use Look, Say, Cover, Write, Check to learn 10 subject spellings a week and score 8/10 or more in 5 of the 6 weekly tests before the spring PEP",
             "Spelling sessions with literacy TA, 2 x 20 minutes a week (£12 per session x 24)", "£288", 288.0, "12/01/2026", "English"),
            ("2", "Jordan will complete his weekly maths homework to 100% for 10 of the next 12 weeks and move from step 4 to step 5 on the Year 8 assessment by March 2026",
             "Homework club with maths mentor, Tuesdays and Thursdays", "£120", 120.0, "12/01/2026", "Maths"),
            ("3", "Jordan will arrive at school by 8:40am on 10 of the next 12 Mondays, with a check-in with his mentor at the gate",
             "Mentor morning check-in", "School funded", None, "12/01/2026", "Attendance"),
        ],
        total="Total PP+ requested this term: £408", total_n=408.0,
        rags={"attendance": "A", "attainment": "G", "sen": "G", "targets": "G"},
        booklet=[("At school I am proud of...", "Getting into the Year 8 football team and my volcano project in science."),
                 ("The thing I find hardest is...", "Getting to school on time on Mondays after I have stayed at my mum's."),
                 ("I would like help with...", "Spelling long words and knowing what to revise for tests."),
                 ("Three words about me", "Funny, sporty, loyal"),
                 ("When I'm older I want to...", "Be a PE teacher or a paramedic.")],
        booklet_by="Filled in by Jordan at home with his carer on 09/10/2025.",
        feedback=[("Attendance and inclusion", "Amber", "Attendance below 90%; plan in place."),
                  ("Targets", "Green", "SMART, linked to Jordan's views."),
                  ("PP+", "Green", "Costed and linked to targets 1 and 2."),
                  ("Overall", "Green", "PP+ released.")],
    ),
    dict(
        n=2, name="Bailey Thorne", first="Bailey", dob="19/10/2011", year="8", upn="H912400327150",
        school="Ashcombe Vale School", dt="Mr P. Lusk", meeting="Thu 6 Nov 2025", meeting_iso="2025-11-06",
        term="Autumn 2", completed="", completed_iso=None,
        attendance="Attendance this year: 97.2%", att=97.2,
        suspensions="None", ptt="No", sen="None", sdq="Not completed",
        attain=[("English", "Step 5", "Step 6"), ("Maths", "Step 3", "Step 6"), ("Science", "Step 5", "Step 6")],
        targets=[
            ("1", "Bailey will read aloud to his carer for 15 minutes on five evenings a week and record it in his reading record until February half-term",
             "Reading record and book club subscription", "£40", 40.0, "09/02/2026", "English"),
            ("2", "Bailey will continue to work hard in all subjects",
             "", "", None, "", "General"),
        ],
        extra=[("-", "Year 8 trip to the Science Museum", "£35", 35.0)],
        total="Total PP+ requested this term: £75", total_n=75.0,
        rags={"attendance": "G", "attainment": "A", "sen": "A", "targets": "R"},
        booklet=[("At school I am proud of...", "My drawing in art got put on the wall."),
                 ("The thing I find hardest is...", ""),
                 ("I would like help with...", "Maths because I don't get fractions."),
                 ("Three words about me", ""),
                 ("When I'm older I want to...", "")],
        booklet_by="",
        feedback=[("Targets", "Red", "No maths target although Bailey asks for help with maths. Target 2 is not SMART."),
                  ("PP+", "Red", "Trip is not a PP+ cost and is not linked to a target."),
                  ("Overall", "Red", "Returned to school for amendment.")],
    ),
]


def render(d, path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "Hartsfield Virtual School - Personal Education Plan (paper copy, Years 7-11)"
    p = doc.add_paragraph()
    run = p.add_run("PERSONAL EDUCATION PLAN")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph(f"Name: {d['name']}\tDOB: {d['dob']}\tYear: {d['year']}\tUPN: {d['upn']}")
    doc.add_paragraph(f"School\u2026\u2026{d['school']}\u2026\u2026\u2026\u2026  Designated Teacher\u2026\u2026{d['dt']}\u2026\u2026\u2026")
    doc.add_paragraph(f"PEP Date\u2026\u2026{d['meeting']}\u2026\u2026  Term\u2026\u2026{d['term']}\u2026\u2026")

    doc.add_heading("1. Attendance and inclusion", level=2)
    t = doc.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for line in [d["attendance"], f"Suspensions / exclusions: {d['suspensions']}", f"Part-time timetable: {d['ptt']}",
                 rag(d["rags"]["attendance"])]:
        t.add_row().cells[0].text = line

    doc.add_heading("2. Attainment and progress", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Subject", "Current", "End of year target"]):
        t.cell(0, i).text = h
    for row in d["attain"]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    doc.add_paragraph(rag(d["rags"]["attainment"]))

    doc.add_heading("3. SEN, health and wellbeing", level=2)
    doc.add_paragraph(f"SEN status: {d['sen']}\tSDQ score: {d['sdq']}")
    doc.add_paragraph(rag(d["rags"]["sen"]))

    doc.add_heading("4. Targets and PP+ (cost each target that needs PP+)", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Target (SMART)", "Strategies / support", "PP+ cost", "Review date"]):
        t.cell(0, i).text = h
    for no, text, strat, cost, _n, rev, _a in d["targets"]:
        c = t.add_row().cells
        for i, v in enumerate([no, text, strat, cost, rev]):
            c[i].text = v
    for no, strat, cost, _n in d.get("extra", []):
        c = t.add_row().cells
        for i, v in enumerate([no, "", strat, cost, ""]):
            c[i].text = v
    doc.add_paragraph(d["total"])
    doc.add_paragraph(rag(d["rags"]["targets"]))
    doc.add_paragraph(f"Designated Teacher signature \u2026\u2026\u2026\u2026\u2026\u2026  Date completed\u2026\u2026{d['completed']}\u2026\u2026")

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    run = p.add_run("My Pupil Views booklet")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph("The Virtual School sends this booklet before your PEP. Fill it in on your own or with someone you "
                      "trust and bring it to the meeting.")
    for prompt, ans in d["booklet"]:
        doc.add_paragraph(prompt).runs[0].bold = True
        doc.add_paragraph(ans)
    doc.add_paragraph(d["booklet_by"])

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    run = p.add_run("Personal Education Plan Feedback Form")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph(f"Pupil: {d['first']}\tPEP date: {d['meeting']}")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Section", "RAG", "Comment"]):
        t.cell(0, i).text = h
    for row in d["feedback"]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    doc.save(path)


def truth(d, fname):
    spend = [{"description": s, "cost": n, "target": int(no)} for no, _t, s, _c, n, _r, _a in d["targets"] if n is not None]
    spend += [{"description": s, "cost": n, "target": None} for _no, s, _c, n in d.get("extra", [])]
    areas = [t[6] for t in d["targets"]]
    return {
        "layout": LAYOUT, "file": fname, "inspired_by": INSPIRED,
        "quirks": ["several label/value pairs on one line (Name / DOB / Year / UPN)", "dotted leaders around values",
                   "tick-box RAG strip after each section", "PP+ cost inside the target rows; 'School funded' row is not PP+",
                   "Pupil Views booklet appended after the plan: first-person prompts, answers on the next line",
                   "VS Feedback Form appended (not part of the PEP's own content)", "year written as a bare number"],
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"], "year_group": int(d["year"]),
        "meeting_date": d["meeting_iso"], "completed_date": d["completed_iso"], "attendance_percent": d["att"],
        "pupil_voice": [a for _p, a in d["booklet"] if a],
        "targets": [{"text": t[1], "area": t[6]} for t in d["targets"]],
        "english_target": "English" in areas, "maths_target": "Maths" in areas,
        "pp_spend": spend, "pp_requested": d["total_n"],
    }


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for d in INSTANCES:
        fname = f"{LAYOUT}-{d['n']}.docx"
        render(d, os.path.join(out_dir, fname))
        with open(os.path.join(out_dir, f"{LAYOUT}-{d['n']}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth(d, fname), f, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
