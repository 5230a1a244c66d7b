"""zC05 - pre-school and Foundation Stage PEP holding two terms in one document (Word), Reception.

Inspired by real-forms.md entry 27 (Bristol's EY PEP covering "2 years (if a child is accessing a funded place)"
to "5 years 11 months (end of Reception year)", graded by "EYFS PEP descriptors" as "outstanding, good, requires
improvement or inadequate") with entry 28's paper EY PEP. Quirks: term columns (PEP 1 autumn / PEP 2 spring - read
the latest), check-box lists, circle-one grades, ages in years and months, a transposed EYFS table, PP+ for a
Reception child. Fictional authority, school and children.
"""
import json
import os
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

LAYOUT = "zC05-foundation-two-terms"
INSPIRED = "real-forms.md entries 27, 28"
AREAS = ["C&L", "PD", "PSED", "Literacy", "Maths", "UW", "EAD"]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def box(on):
    return "\u2612" if on else "\u2610"


INSTANCES = [
    dict(
        n=1, name="Freya Maddox", first="Freya", dob="11/04/2021", school="Brookfield Infant School",
        place=(False, False, True),
        cover=[("Date of PEP meeting", "07/10/2025", "03/02/2026"),
               ("Age at meeting", "4 years 5 months", "4 years 9 months"),
               ("Year group", "Reception", "Reception"),
               ("Attendance (year to date)", "96.0%", "93.5%"),
               ("Class teacher / key person", "Mrs Hadley", "Mrs Hadley"),
               ("PEP completed by DT on", "14/10/2025", "10/02/2026")],
        meeting_iso="2026-02-03", completed_iso="2026-02-10", att=93.5,
        how=[("Talking with my key person", True, True), ("Drawing", True, False), ("Photos / observation", False, True),
             ("Puppet or persona doll", False, True)],
        voice_autumn="I like the home corner. I miss my big brother.",
        voice_spring=["I can read 'cat' and 'dog' now!", "I feel cross when Jack knocks my tower down.",
                      "I want to do more painting outside."],
        eyfs=[("Autumn - on track (Y/N)", ["Y", "Y", "N", "N", "Y", "Y", "Y"]),
              ("Spring - on track (Y/N)", ["Y", "Y", "N", "Y", "Y", "Y", "Y"])],
        autumn_steps=[("PSED", "Freya will say goodbye to her carer at the classroom door and join the carpet within 5 minutes on 4 mornings a week by October half-term",
                       "Settling-in time with her key person before registration (5 x 15 minutes a week)", "£150", "Achieved by November")],
        autumn_total="£150",
        steps=[
            ("Literacy", "Freya will blend and read CVC words using Phase 2 and 3 sounds, reading 8 out of 10 correctly on the phonics check sheet by 27 March 2026",
             "Daily 10-minute phonics keep-up sessions with TA (£15 x 8 weeks)", "£120", 120.0, "English"),
            ("Maths", "Freya will show number bonds to 5 with objects and say the missing part, seen by her teacher on 3 occasions by 27 March 2026",
             "Numicon home kit so Freya can practise with her carer", "£40", 40.0, "Maths"),
            ("PSED", "Freya will use her calm box and tell an adult how she feels when she is upset, on 4 out of 5 days by the summer PEP",
             "Calm box resources and emotion cards", "£25", 25.0, "PSED"),
        ],
        other=[], total="£185", total_n=185.0, grade="good",
    ),
    dict(
        n=2, name="Theo Brannock", first="Theo", dob="29/08/2021", school="Lowfield Primary School",
        place=(False, False, True),
        cover=[("Date of PEP meeting", "14/10/2025", "24/02/2026"),
               ("Age at meeting", "4 years 1 month", "4 years 5 months"),
               ("Year group", "Reception", "Reception"),
               ("Attendance (year to date)", "92.3%", "90.8%"),
               ("Class teacher / key person", "Mr Osei", "Mr Osei"),
               ("PEP completed by DT on", "21/10/2025", "")],
        meeting_iso="2026-02-24", completed_iso=None, att=90.8,
        how=[("Talking with my key person", True, False), ("Drawing", False, False), ("Photos / observation", False, False),
             ("Puppet or persona doll", False, False)],
        voice_autumn="I like the bikes. I don't like lunch in the hall.",
        voice_spring=[],
        voice_spring_text="No pupil views shared",
        eyfs=[("Autumn - on track (Y/N)", ["N", "Y", "N", "N", "N", "Y", "Y"]),
              ("Spring - on track (Y/N)", ["N", "Y", "N", "N", "N", "Y", "Y"])],
        autumn_steps=[("C&L", "Theo will answer simple who and what questions about a story", "Speech and language group", "£100", "Partly achieved")],
        autumn_total="£100",
        steps=[
            ("Literacy", "Theo will hear and say the first sound in 10 familiar words (s, a, t, p, i, n) during phonics games, 8 out of 10 correct by Easter",
             "Phonics keep-up group with TA, 3 x 15 minutes a week for 10 weeks", "£150", 150.0, "English"),
            ("PD", "Theo will hold a pencil with a tripod grip to draw a circle and a cross by the summer PEP",
             "", "", None, "Physical"),
        ],
        other=[("Tablet for the Reception class", "£200", 200.0)], total="£350", total_n=350.0, grade="requires improvement",
    ),
]


def render(d, path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Pre-school and Foundation Stage Personal Education Plan")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Severn Vale Virtual School - for children from 2 years (if a child is accessing a funded place) "
                      "to 5 years 11 months (end of Reception year)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Child's name", d["name"]), ("Date of birth", d["dob"]), ("School or setting", d["school"])]:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v
    pl = d["place"]
    doc.add_paragraph(f"Type of place:  {box(pl[0])} 2 year old funded place   {box(pl[1])} 3-4 year old funded place   "
                      f"{box(pl[2])} Reception (on school roll)")
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hcol in enumerate(["", "Autumn term (PEP 1)", "Spring term (PEP 2)"]):
        t.cell(0, i).text = hcol
        shade(t.cell(0, i), "DEEAF6")
    for lab, a, s in d["cover"]:
        c = t.add_row().cells
        c[0].text = lab
        c[1].text = a
        c[2].text = s

    doc.add_heading("My voice", level=2)
    doc.add_paragraph("How did we find out what I think and feel? (tick all that apply for each term)")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hcol in enumerate(["", "PEP 1", "PEP 2"]):
        t.cell(0, i).text = hcol
    for lab, a, s in d["how"]:
        c = t.add_row().cells
        c[0].text = lab
        c[1].text = box(a)
        c[2].text = box(s)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "What I said - PEP 1 (autumn)"
    t.cell(0, 1).text = "What I said - PEP 2 (spring)"
    t.cell(1, 0).text = d["voice_autumn"]
    cell = t.cell(1, 1)
    if d["voice_spring"]:
        cell.text = d["voice_spring"][0]
        for s in d["voice_spring"][1:]:
            cell.add_paragraph(s)
    else:
        cell.text = d.get("voice_spring_text", "")

    doc.add_heading("Progress in the EYFS", level=2)
    t = doc.add_table(rows=1, cols=len(AREAS) + 1)
    t.style = "Table Grid"
    for i, a in enumerate(AREAS):
        t.cell(0, i + 1).text = a
    for lab, vals in d["eyfs"]:
        c = t.add_row().cells
        c[0].text = lab
        for i, v in enumerate(vals):
            c[i + 1].text = v
    doc.add_paragraph("C&L communication and language; PD physical development; PSED personal, social and emotional "
                      "development; UW understanding the world; EAD expressive arts and design.")

    doc.add_heading("PEP 1 - Autumn term 2025: next steps and PP+", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, hcol in enumerate(["EYFS area", "Next step", "Support funded", "PP+ cost", "Outcome (reviewed at PEP 2)"]):
        t.cell(0, i).text = hcol
    for row in d["autumn_steps"]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    doc.add_paragraph(f"PP+ requested at PEP 1: {d['autumn_total']}")

    doc.add_heading("PEP 2 - Spring term 2026: next steps and PP+", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, hcol in enumerate(["EYFS area", "Next step", "Support funded", "PP+ cost"]):
        t.cell(0, i).text = hcol
    for area, text, sup, cost, _n, _a in d["steps"]:
        c = t.add_row().cells
        for i, v in enumerate([area, text, sup, cost]):
            c[i].text = v
    if d["other"]:
        doc.add_paragraph("Other PP+ requests (PEP 2)")
        for item, cost, _n in d["other"]:
            doc.add_paragraph(f"{item}\t{cost}", style="List Bullet")
    doc.add_paragraph(f"PP+ requested at PEP 2: {d['total']}")

    doc.add_heading("Virtual School quality assurance", level=2)
    doc.add_paragraph("EYFS PEP descriptors - judgement for PEP 2 (circle one):")
    p = doc.add_paragraph()
    for i, g in enumerate(["outstanding", "good", "requires improvement", "inadequate"]):
        run = p.add_run(g)
        if g == d["grade"]:
            run.bold = True
            run.underline = True
        if i < 3:
            p.add_run("   /   ")
    doc.save(path)


def truth(d, fname):
    spend = [{"description": s[2], "cost": s[4], "target": i} for i, s in enumerate(d["steps"], 1) if s[2]]
    spend += [{"description": item, "cost": n, "target": None} for item, _c, n in d["other"]]
    areas = [s[5] for s in d["steps"]]
    return {
        "layout": LAYOUT, "file": fname, "inspired_by": INSPIRED,
        "quirks": ["two PEPs (autumn PEP 1, spring PEP 2) in one document as term columns - read the latest",
                   "autumn next steps and PP+ are in the file but superseded", "check-box lists (\u2612 / \u2610)",
                   "circle-one grade descriptors (outstanding / good / requires improvement / inadequate)",
                   "ages in years and months", "transposed EYFS progress table (areas as columns)",
                   "EYFS area abbreviations (C&L, PD, PSED)", "PP+ for a Reception child"],
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"], "year_group": 0,
        "meeting_date": d["meeting_iso"], "completed_date": d["completed_iso"], "attendance_percent": d["att"],
        "pupil_voice": list(d["voice_spring"]),
        "targets": [{"text": s[1], "area": s[5]} for s in d["steps"]],
        "english_target": any(a in ("English", "Communication and language") for a in areas),
        "maths_target": "Maths" in areas,
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
