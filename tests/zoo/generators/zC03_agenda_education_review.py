"""zC03 - "Education Review (PEP)" review form led by a meeting agenda sheet (Word), primary (Year 6).

Inspired by real-forms.md entry 14 (PEP Meeting Agenda sheet: `Agenda Items | Person responsible`, child's views
are Sections 1 and 2 and come first, the carer has Section 3, the SW Section 4 with essential pupil information,
"After 6 months (review form used)", highlighting on the front-page table marks who must be invited) and entry 24
(Nottinghamshire: the meeting is an "Education Review", a 'Strengths and Challenges' section, executive functioning
skills, Preparing for Adulthood, voice via the Mind of My Own app). Fictional authority, school and children.
"""
import json
import os
import sys

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

LAYOUT = "zC03-agenda-education-review"
INSPIRED = "real-forms.md entries 14, 24"

AGENDA = [
    ("1 Introductions", "Chair"),
    ("2 Section 1 and 2: This section must be completed prior to the meeting. Go through child/young persons views "
     "and if present and applicable ask him/her to expand on any points", "Child/young person or nominee"),
    ("3 Section 3: Carer's view of progress, homework and routines", "Carer"),
    ("4 Section 4: to be completed by the SW. Essential Pupil information - legal situation, who has parental "
     "responsibility, who can sign forms for school trips both one day and residential. Strengths and difficulties "
     "questionnaire", "Social worker"),
    ("5 Section 5: School - attendance, progress, review of the last PEP targets, new targets and PP+", "Designated teacher"),
]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


INSTANCES = [
    dict(
        n=1, name="Ellie-Mae Thornton", first="Ellie-Mae", school="Greystone Primary Academy", year="Year 6", year_n=6,
        dob="14.06.2014",
        people=[("Ellie-Mae Thornton", "Child/young person", True, "Yes", "Yes (for item 2)"),
                ("Mrs Gail Hobbs", "Foster carer", True, "Yes", "Yes"),
                ("Sam Ashworth", "Social worker", True, "Yes", "Yes"),
                ("Mr Neil Carrow", "Designated teacher (Chair)", True, "Yes", "Yes"),
                ("Ruth Daventry", "Virtual School education officer", False, "Yes", "No - sent comments"),
                ("Mrs Aisha Bell", "SENCo", False, "Yes", "Yes")],
        this_review="10.03.26", this_iso="2026-03-10", first_pep="23.09.25",
        completed="16.03.26", completed_iso="2026-03-16",
        momo_intro="Ellie-Mae sent a Mind of My Own statement on 03.03.26. Her words:",
        momo=["I feel proud that I got moved up a reading group.",
              "I don't like it when the class is loud because I can't think.",
              "I want to go to Fairmead High because my sister goes there."],
        added_intro="At the meeting Ellie-Mae added:",
        added=["Can I have a visit to Fairmead before the summer so I know where the toilets are?"],
        strengths="Kind to younger pupils; reads widely; asks for help when she is stuck.",
        challenges="Organising her equipment and homework; noisy spaces; starting long writing tasks.",
        carer="Ellie-Mae reads every night with me and is more settled at home this term.",
        sw=[("Legal situation", "Care Order (s31), made 02.05.2023"),
            ("Parental responsibility", "Local authority shared with mother"),
            ("Who can sign forms for school trips - one day", "Foster carer"),
            ("Who can sign forms for school trips - residential", "Social worker"),
            ("Strengths and difficulties questionnaire", "Score 15 (borderline), completed 12.01.26")],
        attendance=["Autumn term 2025: 97.4%", "Spring term to 6 March 2026: 94.9%", "Whole year to date 2025/26: 96.2%"],
        att=96.2,
        exec_fn="Ellie-Mae uses a visual checklist at the end of the day. She still needs reminders to pack her reading book.",
        pfa="Secondary transfer: Fairmead High offered. Extra transition visits to be arranged by the SENCo.",
        autumn=[("Ellie-Mae will read a Year 5 book band text with 95% accuracy by Christmas", "Achieved - now on Year 6 band"),
                ("Ellie-Mae will recall multiplication facts to 12 x 12 in 10 minutes", "Partly achieved - 9 x 9 secure"),
                ("Ellie-Mae will use her worry book with her key adult weekly", "Achieved")],
        targets=[
            ("1", "Ellie-Mae will plan and write a four-paragraph non-chronological report using a planning frame, reaching the expected standard on the Year 6 writing framework for this piece by 22 May 2026",
             "English (writing)", "Class teacher, guided writing group twice weekly", "22.05.26", "English"),
            ("2", "Ellie-Mae will solve two-step fraction word problems with 8 out of 10 correct on the end-of-unit check before the summer PEP",
             "Maths", "TA small group, 3 x 20 minutes a week", "19.06.26", "Maths"),
            ("3", "Ellie-Mae will attend three extra transition visits to Fairmead High and make a map of the places she needs by the end of June 2026",
             "Transition / wellbeing", "SENCo with Fairmead Year 7 team", "30.06.26", "Transition"),
        ],
        pp=[("1", "Planning frames and writing journal, plus 12 guided writing sessions with HLTA (12 x £18)", "£216.00", 216.0),
            ("2", "Fractions intervention pack and TA time, 3 x 20 minutes for 10 weeks", "£180.00", 180.0),
            ("3", "HLTA to accompany the three transition visits (3 x half day)", "£150.00", 150.0)],
        pp_total="Total PP+ requested for spring: £546.00", pp_total_n=546.0,
    ),
    dict(
        n=2, name="Reece Adeyemi", first="Reece", school="Hawthorn Brook Primary School", year="Year 6", year_n=6,
        dob="03.11.2013",
        people=[("Reece Adeyemi", "Child/young person", True, "Yes", "No"),
                ("Mr Tom Varley", "Foster carer", True, "Yes", "Yes"),
                ("Jess Ocran", "Social worker", True, "Yes", "Yes"),
                ("Mrs Lorna Price", "Designated teacher (Chair)", True, "Yes", "Yes")],
        this_review="17.03.26", this_iso="2026-03-17", first_pep="30.09.25",
        completed="", completed_iso=None,
        momo_intro="Reece did not send a Mind of My Own statement this term.",
        momo=[],
        added_intro="",
        added=["Reece said at the meeting that he likes PE best."],
        strengths="Good at sport.",
        challenges="Reading and spelling.",
        carer="Reece is fine at home.",
        sw=[("Legal situation", "Section 20"),
            ("Parental responsibility", "Mother"),
            ("Who can sign forms for school trips - one day", "Foster carer"),
            ("Who can sign forms for school trips - residential", "Mother"),
            ("Strengths and difficulties questionnaire", "Not completed")],
        attendance=["Attendance: see attached SIMS printout"],
        att=None,
        exec_fn="",
        pfa="Secondary transfer: awaiting allocation.",
        autumn=[("Reece will improve his reading", "Not achieved")],
        targets=[
            ("1", "Reece will use the column method to add and subtract four-digit numbers with 9 out of 10 correct on the weekly check by the Easter holiday",
             "Maths", "Class teacher", "27.03.26", "Maths"),
            ("2", "Reece will keep going with football club",
             "Wellbeing", "Carer", "", "Wellbeing"),
        ],
        pp=[("1", "Maths workbooks", "£20.00", 20.0),
            ("", "Laptop for home use", "£350.00", 350.0)],
        pp_total="Total PP+ requested for spring: £370.00", pp_total_n=370.0,
    ),
]


def render(d, path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = "Fernvale Virtual School for Children in Care - OFFICIAL-SENSITIVE"
    h = doc.add_paragraph()
    r = h.add_run("Education Review (PEP)")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Personal Education Plan - Review form (used after 6 months) - Spring term 2026")
    doc.add_paragraph(f"Date of this Education Review: {d['this_review']}\tDate of first PEP this year (autumn): {d['first_pep']}")

    # front-page table: title row merged above the header row; highlighted rows must be invited
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 3))
    top.text = "People to be invited - those highlighted must be invited"
    for i, hcol in enumerate(["Name", "Role", "Invited", "Attended"]):
        t.cell(1, i).text = hcol
        shade(t.cell(1, i), "D9D9D9")
    for name, role, must, inv, att in d["people"]:
        cells = t.add_row().cells
        for i, v in enumerate([name, role, inv, att]):
            cells[i].text = v
            if must:
                for run in cells[i].paragraphs[0].runs:
                    run.font.highlight_color = WD_COLOR_INDEX.YELLOW

    doc.add_paragraph("")
    doc.add_paragraph("PEP Meeting Agenda").runs[0].bold = True
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Agenda Items"
    t.cell(0, 1).text = "Person responsible"
    for a, p in AGENDA:
        c = t.add_row().cells
        c[0].text = a
        c[1].text = p

    doc.add_heading("Section 1 and 2: Child/young persons views", level=2)
    doc.add_paragraph(d["momo_intro"])
    for s in d["momo"]:
        doc.add_paragraph(s, style="List Bullet")
    if d["added_intro"]:
        doc.add_paragraph(d["added_intro"])
    for s in d["added"]:
        doc.add_paragraph(s)
    doc.add_paragraph("Strengths and Challenges").runs[0].bold = True
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Strengths"
    t.cell(0, 1).text = "Challenges"
    t.cell(1, 0).text = d["strengths"]
    t.cell(1, 1).text = d["challenges"]

    doc.add_heading("Section 3: Carer", level=2)
    doc.add_paragraph(d["carer"])

    doc.add_heading("Section 4: Social worker", level=2)
    doc.add_paragraph(f"Essential Pupil information\tName: {d['name']}\tDOB: {d['dob']}")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in d["sw"]:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v

    doc.add_heading("Section 5: School", level=2)
    doc.add_paragraph(f"School\t{d['school']}\tYear group\t{d['year']}")
    for a in d["attendance"]:
        doc.add_paragraph(a)
    doc.add_paragraph(f"Executive functioning skills: {d['exec_fn']}")
    doc.add_paragraph(f"Preparing for Adulthood (across the age range): {d['pfa']}")
    doc.add_paragraph(f"Review of targets set at the autumn PEP ({d['first_pep']})").runs[0].bold = True
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Autumn target"
    t.cell(0, 1).text = "Outcome and evidence"
    for a, o in d["autumn"]:
        c = t.add_row().cells
        c[0].text = a
        c[1].text = o
    doc.add_paragraph("New targets agreed at this Education Review").runs[0].bold = True
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, hcol in enumerate(["No.", "Target", "Area", "Who and how often", "Review by"]):
        t.cell(0, i).text = hcol
    for no, text, area, who, by, _a in d["targets"]:
        c = t.add_row().cells
        for i, v in enumerate([no, text, area, who, by]):
            c[i].text = v
    doc.add_paragraph("Pupil Premium Plus (PP+)").runs[0].bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hcol in enumerate(["Target no.", "What the PP+ will pay for", "Cost"]):
        t.cell(0, i).text = hcol
    for no, desc, cost, _n in d["pp"]:
        c = t.add_row().cells
        c[0].text = no
        c[1].text = desc
        c[2].text = cost
    doc.add_paragraph(d["pp_total"])
    doc.add_paragraph(f"Review form completed by Designated Teacher on: {d['completed']}")
    doc.save(path)


def truth(d, fname):
    areas = [t[5] for t in d["targets"]]
    return {
        "layout": LAYOUT, "file": fname, "inspired_by": INSPIRED,
        "quirks": ["meeting called an 'Education Review'", "agenda table before the sections; agenda numbers differ from section numbers",
                   "front-page table has a merged title row above the header row; highlighting marks who must be invited",
                   "child's views are Sections 1 and 2 and come first (Mind of My Own statement)",
                   "two terms in one document: autumn PEP date and targets are reviewed, spring review is the latest",
                   "attendance given per term and for the whole year", "several label/value pairs on one tab-separated line",
                   "dates written dd.mm.yy"],
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"], "year_group": d["year_n"],
        "meeting_date": d["this_iso"], "completed_date": d["completed_iso"], "attendance_percent": d["att"],
        "pupil_voice": d["momo"] + d["added"],
        "targets": [{"text": t[1], "area": t[5]} for t in d["targets"]],
        "english_target": "English" in areas, "maths_target": "Maths" in areas,
        "pp_spend": [{"description": p[1], "cost": p[3], "target": int(p[0]) if p[0] else None} for p in d["pp"]],
        "pp_requested": d["pp_total_n"],
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
