"""zC02 - school-age "Personal Education Plan for Children in Care - DRAFT" (Word), primary (Year 4).

Inspired by real-forms.md entry 10 (EY draft and its school-age sibling: "Date PEP completed:" on the cover,
"Confidential", "What are main functions of a PEP?", several pages of numbered prose before any field, "Who Does
What?", lettered sections, a place to "record their hopes, worries and aspirations", "5. The targets agreed in the
PEP inform how the Pupil Premium Grant is allocated"). Fictional authority, school and children.
"""
import json
import os
import sys

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

LAYOUT = "zC02-draft-pep-prose-first"
INSPIRED = "real-forms.md entry 10 (school-age sibling of the EY draft); quirks from 'What a reader must cope with' 9, 11"

PROSE = [
    "1. A PEP is a means of collating information about the education of a child in care so that everyone "
    "working with the child knows what has been agreed and who is responsible for it.",
    "2. The PEP is part of the child's care plan and is a legal document. It should be started within 10 working "
    "days of the child coming into care and reviewed every term.",
    "3. The PEP should identify the child's strengths, any barriers to learning and the support that will help "
    "the child to make good progress.",
    "4. The PEP belongs to the child. The child should be helped to take part and to record their hopes, worries "
    "and aspirations.",
    "5. The targets agreed in the PEP inform how the Pupil Premium Grant is allocated.",
    "6. A copy of the completed PEP is sent to the Virtual School, the social worker and the carer.",
]
WHO = [
    "The Social Worker - arranging the meeting with the school and completing section A of the PEP form.",
    "The Designated Teacher - completing sections B and D, chairing the meeting in school and requesting the "
    "Pupil Premium Grant.",
    "The Child - completing section C with an adult they trust, before or at the meeting.",
    "The Virtual School - checking the quality of the PEP and releasing the Pupil Premium Grant.",
]

INSTANCES = [
    dict(
        n=1, name="Amira Haddad", first="Amira", dob="09/01/2016", school="St Aldhelm's C of E Primary School",
        year="Year 4", year_n=4, legal="Interim Care Order (s38)", carer="Mr and Mrs Pennington (foster carers)",
        sw="Josh Whitfield, Fernleigh Children's Services",
        completed="21 November 2025", completed_iso="2025-11-21",
        meeting="13 November 2025", meeting_iso="2025-11-13",
        att_labels=["Attendance this academic year", "Attendance last academic year", "Suspensions this year", "Part-time timetable"],
        att_values=["96.2%", "94.0%", "None", "No"], att=96.2,
        attain=[("Reading", "Working towards", "Expected"), ("Writing", "Working towards", "Working towards"),
                ("Maths", "Expected", "Expected"), ("Multiplication check practice", "14/25", "25/25")],
        hopes="I hope I can stay at St Aldhelm's until Year 6 with my friends Lily and Noor.",
        worries="I worry about spelling tests because I get the tricky words mixed up.",
        aspire="When I grow up I want to be a vet and look after horses.",
        voice_how="Amira talked to Miss Carver (class TA) on 10 November 2025 and Miss Carver wrote her words down.",
        targets=[
            dict(text="Amira will spell the Year 3/4 statutory spelling words correctly in weekly tests, moving from 12/30 to 24/30 by the February half-term",
                 area="English", label="Spelling",
                 measure="Weekly spelling test scores recorded in her spelling book",
                 who="Precision teaching with Miss Carver, 10 minutes every morning (4 x a week)",
                 cost="£240 (TA time: £20 x 12 weeks)", cost_n=240.0),
            dict(text="Amira will recall the 3, 4 and 8 times tables and score 20/25 or more on a practice multiplication check by 13 February 2026",
                 area="Maths", label="Maths - times tables",
                 measure="Practice multiplication tables check score",
                 who="Times tables app licence for home and school, with 5 minutes practice each day with her carer",
                 cost="£60 (annual licence)", cost_n=60.0),
            dict(text="Amira will join the Tuesday lunchtime Lego therapy group and tell her key adult one thing she enjoyed after each session until Christmas",
                 area="Wellbeing", label="Friendships and feelings",
                 measure="Key adult log of what Amira says after each session",
                 who="Lego therapy group run by the ELSA, 30 minutes a week for 6 weeks",
                 cost="£150 (ELSA time)", cost_n=150.0),
        ],
        other_ppg=[], total="£450", total_n=450.0,
    ),
    dict(
        n=2, name="Kacper Nowicki", first="Kacper", dob="22/05/2016", school="Millbrook Lane Primary School",
        year="Year 4", year_n=4, legal="Care Order (s31)", carer="Ms Dina Rowe (kinship carer)",
        sw="Priya Sandhu, Fernleigh Children's Services",
        completed="", completed_iso=None,
        meeting="27 November 2025", meeting_iso="2025-11-27",
        att_labels=["Attendance this academic year", "Attendance last academic year", "Suspensions this year", "Part-time timetable"],
        att_values=["91.4%", "Not known - previous school", "1 day (October 2025)", "No"], att=91.4,
        attain=[("Reading", "Working towards", "Working towards"), ("Writing", "Below", "Working towards"),
                ("Maths", "Working towards", "Working towards")],
        hopes="I hope I can go to football club again.",
        worries="",
        aspire="I want to be a footballer or a builder like my uncle.",
        voice_how="",
        targets=[
            dict(text="Kacper will write three sentences using capital letters and full stops independently in his literacy book each week until the spring PEP",
                 area="English", label="Writing",
                 measure="Three correctly punctuated sentences a week in his book",
                 who="Class teacher to model in guided writing, twice a week",
                 cost="", cost_n=None),
            dict(text="Kacper will try to behave better at lunchtimes",
                 area="Behaviour", label="Behaviour",
                 measure="Fewer incidents",
                 who="Lunchtime supervisors",
                 cost="", cost_n=None),
        ],
        other_ppg=[("Class set of reading books for the Year 4 library", "£150", 150.0),
                   ("School uniform and PE kit", "£45", 45.0)],
        total="£195", total_n=195.0,
    ),
]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def label_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        r = t.add_row().cells
        r[0].text = k
        r[1].text = v
        shade(r[0], "E7E6E6")
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def render(d, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.sections[0].footer.paragraphs[0].text = "Confidential - PEP for Children in Care (school age) - DRAFT v0.3"
    p = doc.add_paragraph()
    r = p.add_run("PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("School age - DRAFT")
    doc.add_paragraph(f"Date PEP completed: {d['completed']}")
    doc.add_paragraph("Confidential")
    doc.add_paragraph("What are main functions of a PEP?").runs[0].bold = True
    for para in PROSE:
        doc.add_paragraph(para)
    doc.add_paragraph("Page 1")
    page_break(doc)
    doc.add_paragraph("Who Does What?").runs[0].bold = True
    for para in WHO:
        doc.add_paragraph(para)
    doc.add_paragraph("Page 2")
    page_break(doc)

    doc.add_heading("Section A - to be completed by the Social Worker", level=2)
    label_table(doc, [("Child's name", d["name"]), ("Date of birth", d["dob"]), ("Legal status", d["legal"]),
                      ("Carer", d["carer"]), ("Social worker", d["sw"])])

    doc.add_heading("Section B - to be completed by the Designated Teacher", level=2)
    label_table(doc, [("School", d["school"]), ("Year group", d["year"]), ("Date of PEP meeting", d["meeting"])])
    doc.add_paragraph("Attendance and inclusion")
    t = doc.add_table(rows=2, cols=len(d["att_labels"]))
    t.style = "Table Grid"
    for i, (lab, val) in enumerate(zip(d["att_labels"], d["att_values"])):
        t.cell(0, i).text = lab
        shade(t.cell(0, i), "E7E6E6")
        t.cell(1, i).text = val
    doc.add_paragraph("Attainment and progress")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Subject", "Autumn 2025", "Expected by July 2026"]):
        t.cell(0, i).text = h
    for row in d["attain"]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_heading("Section C - My hopes, worries and aspirations", level=2)
    doc.add_paragraph("This is my part of the PEP. An adult I trust can help me write it.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, (lab, val) in enumerate([("My hopes", d["hopes"]), ("My worries", d["worries"]),
                                    ("When I grow up", d["aspire"])]):
        t.cell(0, i).text = lab
        shade(t.cell(0, i), "FFF2CC")
        t.cell(1, i).text = val
    doc.add_paragraph(f"How my views were gathered: {d['voice_how']}")

    doc.add_heading("Section D - Targets and Pupil Premium Grant", level=2)
    doc.add_paragraph("Complete one box for each target. Targets must be SMART. Show the cost of any Pupil "
                      "Premium Grant (PPG) support inside the target box.")
    for i, tg in enumerate(d["targets"], 1):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        head = t.add_row().cells
        head[0].merge(head[1])
        head[0].text = f"Target {i}"
        shade(head[0], "D9E2F3")
        for k, v in [("Area of learning", tg["label"]), ("What will I achieve?", tg["text"]),
                     ("How will we know?", tg["measure"]), ("Who will help and how often?", tg["who"]),
                     ("PPG cost", tg["cost"])]:
            r = t.add_row().cells
            r[0].text = k
            r[1].text = v
        doc.add_paragraph("")
    if d["other_ppg"]:
        doc.add_paragraph("Other PPG requests")
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.cell(0, 0).text = "Item"
        t.cell(0, 1).text = "Cost"
        for item, cost, _n in d["other_ppg"]:
            c = t.add_row().cells
            c[0].text = item
            c[1].text = cost
    doc.add_paragraph(f"Total Pupil Premium Grant requested this term: {d['total']}")
    doc.add_paragraph("Signed (Designated Teacher): ____________________")
    doc.save(path)


def truth(d, fname):
    spend = []
    for i, tg in enumerate(d["targets"], 1):
        if tg["cost"]:
            spend.append({"description": tg["who"], "cost": tg["cost_n"], "target": i})
    for item, _c, n in d["other_ppg"]:
        spend.append({"description": item, "cost": n, "target": None})
    voice = [v for v in (d["hopes"], d["worries"], d["aspire"]) if v]
    areas = [t["area"] for t in d["targets"]]
    return {
        "layout": LAYOUT, "file": fname, "inspired_by": INSPIRED,
        "quirks": ["two pages of numbered prose and 'Who Does What?' before any field", "'Date PEP completed' on the cover",
                   "lettered sections A-D", "label cells without colons", "attendance labels above values (one row of labels, one of values)",
                   "one table per target with the PPG cost inside it", "Pupil Premium Grant (PPG) instead of PP+",
                   "hopes / worries / aspirations boxes side by side"],
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"], "year_group": d["year_n"],
        "meeting_date": d["meeting_iso"], "completed_date": d["completed_iso"], "attendance_percent": d["att"],
        "pupil_voice": voice,
        "targets": [{"text": t["text"], "area": t["area"]} for t in d["targets"]],
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
