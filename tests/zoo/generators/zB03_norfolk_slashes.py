"""zB03-norfolk-slashes: a county paper-PEP-turned-Word form in the style of real-forms.md entry 12.

Imitates Norfolk's historical PEP: "Section 1 of the PEP - Personal Information/Care Arrangements", a
Section 2 heading that strings sub-topics together with slashes, "Section 3 ... Priorities and Targets",
"Young Person's View (Section 4)" coming AFTER the targets (the young person states "what their actions
will be and sign it"), then a "Summative Record".
Quirks: targets are a numbered list in prose under a heading (typed "1." numbers in instance 1, Word
auto-numbering in instance 2 so the numbers are not in the text); "Interventions:" and "Pupil premium:"
run-in labels with bulleted spend lines; "Date signed off by DT".
"""
import io
import json
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

LAYOUT = "zB03-norfolk-slashes"
FIXED = (2025, 11, 6, 8, 30, 0)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def deterministic_save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def heading(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    p.paragraph_format.space_before = Pt(12)
    return p


def runin(doc, label, text, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def four_col(doc, pairs):
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i in range(0, len(pairs), 2):
        cells = t.add_row().cells
        for j, (a, b) in enumerate(pairs[i:i + 2]):
            cells[2 * j].text = a
            cells[2 * j].paragraphs[0].runs[0].bold = True
            shade(cells[2 * j], "E7E6E6")
            cells[2 * j + 1].text = b
    doc.add_paragraph()


INSTANCES = [
    dict(
        n=1, forename="Mia", surname="Thornbury", name="Mia Thornbury", dob="28/05/2015", year="Year 6", yg=6,
        school="Fenwick St Peter's CE VC Primary School",
        sec1=[("Name of child", "Mia Thornbury"), ("Date of birth", "28/05/2015"),
              ("Legal status", "Full Care Order"), ("Carer(s)", "Mr and Mrs Ebdon (foster carers)"),
              ("Social worker", "Claire Whitmore"), ("Team", "Children in Care Team West"),
              ("Family time", "Mum - monthly, supervised; brother Alfie - weekly"),
              ("Who signs consent forms", "Foster carers (day trips); SW (residential)")],
        sec2_head="Section 2 of the PEP - Education Information/Homework Arrangements/Secondary Transfer as "
                  "appropriate/Year 9 Specific Tasks/Year 10 if retrospective",
        sec2=[("Education information:", "Mia is in Year 6 (Owl Class, Mr Rix). She is working at the expected "
               "standard in reading and just below in maths (fractions and times tables). SEN: none. She enjoys "
               "choir and has a part in the Christmas production."),
              ("Attendance:", "96.8% this academic year (to 17/10/2025). No suspensions."),
              ("Homework arrangements:", "Homework club Tuesday after school; foster carer hears reading 4 nights "
               "a week and signs the reading record."),
              ("Secondary transfer as appropriate:", "Application submitted for Fenwick High School (first "
               "preference) and Lynford Academy. Extra transition visits to be requested once places are "
               "confirmed on 2 March."),
              ("Year 9 specific tasks:", "N/A"), ("Year 10 if retrospective:", "N/A")],
        att=96.8,
        intro="The following priorities were agreed at the meeting on 14th October 2025. Targets will be "
              "reviewed at the spring PEP.",
        targets=[("Maths", "Mia will recall all multiplication and division facts to 12 x 12 and score at "
                  "least 45/50 on the weekly arithmetic check by the end of January 2026"),
                 ("Maths", "Mia will add and subtract fractions with different denominators, getting 8 out of 10 "
                  "right on a fractions quiz by the spring PEP"),
                 ("English - writing", "Mia will use inverted commas and a new line for each speaker in a "
                  "piece of narrative writing, checked in two pieces of writing before February half-term"),
                 ("Wellbeing / transition", "Mia will write down three questions about secondary school and talk "
                  "them through with Mrs Hale (ELSA) before her transition visit")],
        numbered_typed=True,
        interventions="Precision teaching of times tables (Mrs Kaur, TA) 3 x 10 minutes a week; fractions group "
                      "with Mr Rix on Thursday afternoons; ELSA sessions fortnightly.",
        spend=[("Target 1:", "Precision teaching of times tables with Mrs Kaur, 3 x 10 minutes a week",
                "- £15 x 12 = £180", 180.0, 1),
               ("Target 4:", "ELSA transition sessions with Mrs Hale, fortnightly for 12 weeks",
                "- £20 x 6 = £120", 120.0, 4),
               ("Target 2:", "Third Space Learning maths tutoring, 1 session a week online",
                "- £60 for the term", 60.0, 2)],
        pp_total_line="Total pupil premium requested: £360", pp_total=360.0,
        voice_intro="This section was sent to Mia before the meeting. She filled it in at home with Mrs Ebdon.",
        voice=[("What I like about school:", "Choir and art. I like it when Mr Rix reads to us at the end of the day."),
               ("What I find hard:", "Fractions. And when people say things about me being in care."),
               ("What I am worried about for next year:", "Getting lost and not having any friends in my form."),
               ("What my actions will be:", "I will practise my times tables on the app every night and ask "
                "Mrs Hale my questions.")],
        signed="Signed (young person): Mia T.",
        summ=[("Date of PEP meeting", "14th October 2025"), ("Date signed off by DT", "22/10/2025"),
              ("Designated teacher", "Mrs L. Fairweather"), ("Present", "Mia (first 15 minutes), Mr and Mrs Ebdon, "
              "Claire Whitmore (SW), Mrs Fairweather (DT), Mr Rix (class teacher)"),
              ("Next PEP", "Week beginning 26th January 2026")],
        meeting_iso="2025-10-14", completed="2025-10-22",
    ),
    dict(
        n=2, forename="Jordan", surname="Akande-Wells", name="Jordan Akande-Wells", dob="11/12/2009",
        year="Year 10", yg=10, school="Lynford Community High School",
        sec1=[("Name of child", "Jordan Akande-Wells"), ("Date of birth", "11/12/2009"),
              ("Legal status", "Section 20"), ("Carer(s)", "Bramley Lodge (residential)"),
              ("Social worker", "Sam Oyelaran"), ("Team", "Adolescent Service"),
              ("Family time", "Dad - weekly phone call"), ("Who signs consent forms", "Social worker")],
        sec2_head="Section 2 of the PEP - Education Information/Homework Arrangements/Secondary Transfer as "
                  "appropriate/Year 9 Specific Tasks/Year 10 if retrospective",
        sec2=[("Education information:", "Jordan is studying 8 GCSEs including Sport and Engineering. Working "
               "grades: English 4, Maths 3, Science 3-3. On SEN support for SEMH. Two suspensions last year; none "
               "this term."),
              ("Attendance:", "91.2% (1/9/25 - 24/10/25). Lates: 7."),
              ("Homework arrangements:", "Staff at Bramley Lodge support homework 6-7pm; Jordan rarely attends."),
              ("Secondary transfer as appropriate:", "N/A"), ("Year 9 specific tasks:", "Options chosen (done)"),
              ("Year 10 if retrospective:", "Work experience week 22/06/2026 - placement not yet found.")],
        att=91.2,
        intro="Targets set by Mr Osei (DT) with Jordan's teachers:",
        targets=[("Maths", "Jordan will complete his weekly Sparx maths homework (target 100%) for 8 of the 10 "
                  "weeks before the February PEP"),
                 ("English", "Jordan will re-draft his Power and Conflict poetry essay using teacher feedback and "
                  "reach a secure grade 4"),
                 ("Behaviour", "To improve behaviour in lessons")],
        numbered_typed=False,
        interventions="Maths tuition after school on Wednesdays; English catch-up in period 6.",
        spend=[("Target 1:", "Small-group maths tuition with Mr Dunne, 1 hour weekly after school",
                "- £25 x 10 = £250", 250.0, 1)],
        pp_total_line="Total pupil premium requested: £250", pp_total=250.0,
        voice_intro="This section was sent to Jordan before the meeting.",
        voice=[("What I like about school:", "Jordan did not want to fill this in."),
               ("What I find hard:", ""), ("What I am worried about:", ""), ("What my actions will be:", "")],
        voice_is_real=False,
        signed="Signed (young person):",
        summ=[("Date of PEP meeting", "5th November 2025"), ("Date signed off by DT", ""),
              ("Designated teacher", "Mr K. Osei"), ("Present", "Sam Oyelaran (SW), Mr Osei (DT), "
              "Leanne Pryor (key worker). Jordan was in school but chose not to come."),
              ("Next PEP", "")],
        meeting_iso="2025-11-05", completed=None,
    ),
]


def make(d, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = "Virtual School Norbridge"
    cp.title = "PEP"
    cp.created = datetime(*FIXED)
    cp.modified = datetime(*FIXED)
    cp.last_modified_by = "Virtual School Norbridge"
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "OFFICIAL-SENSITIVE (when complete)"
    sec.footer.paragraphs[0].text = "Norbridge County Council - Children's Services - PEP form v4.2 (revised 09/2024)"

    t = doc.add_paragraph()
    r = t.add_run("PERSONAL EDUCATION PLAN")
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph("Norbridge County Council - Virtual School for Children in Care")
    doc.add_paragraph("All information about your PEP is kept electronically. Please complete all sections. "
                      "Section 1 is completed by the social worker; Sections 2 and 3 by the designated teacher/"
                      "head teacher; Section 4 is sent to the young person in advance of the meeting.").runs[0].italic = True

    heading(doc, "Section 1 of the PEP - Personal Information/Care Arrangements")
    four_col(doc, d["sec1"])

    heading(doc, d["sec2_head"])
    runin(doc, "School:", d["school"])
    runin(doc, "Year group:", d["year"])
    for a, b in d["sec2"]:
        runin(doc, a, b)

    heading(doc, "Section 3 of the PEP - Priorities and Targets")
    doc.add_paragraph(d["intro"])
    for i, (area, text) in enumerate(d["targets"], 1):
        if d["numbered_typed"]:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            r = p.add_run(f"{i}. {area} - ")
            r.bold = True
            p.add_run(text + ".")
        else:
            p = doc.add_paragraph(style="List Number")
            p.add_run(text)
    runin(doc, "Interventions:", d["interventions"])
    p = doc.add_paragraph()
    p.add_run("Pupil premium:").bold = True
    p.add_run(" (PP+ is requested termly and must link to the targets above)")
    for lab, desc, cost, _, _ in d["spend"]:
        b = doc.add_paragraph(style="List Bullet")
        b.add_run(lab + " ").bold = True
        b.add_run(desc + " " + cost)
    doc.add_paragraph().add_run(d["pp_total_line"]).bold = True

    heading(doc, "Young Person's View (Section 4)")
    doc.add_paragraph(d["voice_intro"]).runs[0].italic = True
    for q, a in d["voice"]:
        p = doc.add_paragraph()
        p.add_run(q).bold = True
        doc.add_paragraph(a)
    doc.add_paragraph(d["signed"])

    heading(doc, "Summative Record")
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for a, b in d["summ"]:
        c = tb.add_row().cells
        c[0].text = a
        c[0].paragraphs[0].runs[0].bold = True
        shade(c[0], "E7E6E6")
        c[1].text = b
        c[0].width = Cm(5)
        c[1].width = Cm(12)
    deterministic_save(doc, path)


def truth(d, fname):
    real_voice = d.get("voice_is_real", True)
    areas = [a for a, _ in d["targets"]]
    return {
        "layout": LAYOUT, "file": fname,
        "inspired_by": "real-forms.md entry 12 (Norfolk: slash-joined headings, Young Person's View (Section 4))",
        "quirks": ["Section 2 heading strings sub-topics with slashes", "voice comes fourth, after targets",
                   "targets as a numbered prose list under a heading",
                   "run-in labels 'Interventions:' and 'Pupil premium:'", "spend lines as bullets with '£15 x 12 = £180'",
                   "dates in words and numeric in the Summative Record"]
        + (["Word auto-numbered targets (numbers not in the text)", "voice box is a non-answer written by an adult",
            "no DT sign-off date", "weak target 'To improve behaviour in lessons'"] if d["n"] == 2 else []),
        "child_name": d["name"], "child_first_name": d["forename"], "school": d["school"],
        "year_group": d["yg"], "meeting_date": d["meeting_iso"], "completed_date": d["completed"],
        "attendance_percent": d["att"],
        "pupil_voice": [a for _, a in d["voice"] if a] if real_voice else [],
        "targets": [{"text": t, "area": a} for a, t in d["targets"]],
        "english_target": any("English" in a for a in areas),
        "maths_target": any("Maths" in a for a in areas),
        "pp_spend": [{"description": desc, "cost": c, "target": tg} for _, desc, _, c, tg in d["spend"]],
        "pp_requested": d["pp_total"],
    }


def build(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for d in INSTANCES:
        fname = f"{LAYOUT}-{d['n']}.docx"
        make(d, out_dir / fname)
        (out_dir / f"{LAYOUT}-{d['n']}.truth.json").write_text(
            json.dumps(truth(d, fname), indent=2, ensure_ascii=False), encoding="utf-8")
        paths.append(out_dir / fname)
    return paths


if __name__ == "__main__":
    build(Path(sys.argv[1]))
