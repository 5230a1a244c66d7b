"""zB02-lac-call-export: a Looked After Call-style "Export Active PEP" Word document.

Imitates real-forms.md entry 2 (Contact Group Looked After Call: PEP summary header with "Pupil's name",
"PEP cycle", "PEP status", "Other PEPs on record"; the literal status table; mandatory fields with an
asterisk and a red background; section completion counts standing in for the pie charts).
Quirks: targets in a TRANSPOSED table (fields as rows, targets as columns); attendance written as
"Attendance this academic year (%) 95.0"; meeting date as 14.10.25; submission date in words.
"""
import io
import json
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

LAYOUT = "zB02-lac-call-export"
FIXED = (2025, 10, 21, 9, 0, 0)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def field(par, instr, placeholder="1"):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    f.append(r)
    par._p.append(f)


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def section_heading(doc, title, done, total):
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), title, bold=True, size=11, colour="FFFFFF")
    cell_text(t.cell(0, 1), f"Mandatory fields completed: {done} of {total} ({round(100 * done / total)}%)",
              size=8, colour="FFFFFF")
    for c in t.rows[0].cells:
        shade(c, "00677F")
    t.cell(0, 0).width = Cm(11)
    t.cell(0, 1).width = Cm(6)
    doc.add_paragraph()


def kv_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        r = t.add_row().cells
        cell_text(r[0], label, bold=True)
        cell_text(r[1], value if value else "")
        if label.endswith("*"):
            shade(r[0], "F8D7DA")   # mandatory: red background
        else:
            shade(r[0], "EEF2F4")
        r[0].width = Cm(6)
        r[1].width = Cm(11)
    doc.add_paragraph()
    return t


def grid(doc, rows, widths=None, head_fill="D9E7EC"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, bold=(i == 0))
            if i == 0:
                shade(cells[j], head_fill)
            if widths:
                cells[j].width = Cm(widths[j])
    doc.add_paragraph()
    return t


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


STATUS_ROWS = [
    ("Not started", "PEP created for the cycle; no data entered", "Edit", "Edit", "Read only"),
    ("In progress", "At least one section has been saved", "Edit", "Edit", "Read only"),
    ("Ready to submit to Virtual School", "All mandatory fields complete", "Edit / Submit", "Edit", "Read only"),
    ("Submitted", "Sent to the Virtual School for quality assurance", "Read only", "Edit / Approve / Reject",
     "Read only"),
    ("Complete", "Approved by the Virtual School", "Read only", "Read only", "Read only"),
    ("Review again", "Returned by the Virtual School - a reason is compulsory", "Edit", "Edit", "Read only"),
]

INSTANCES = [
    dict(
        n=1, name="Kayden Marsh", first="Kayden", cycle="Autumn 2025/26", status="Submitted",
        other="Summer 2024/25 (Complete); Spring 2024/25 (Complete); Autumn 2024/25 (Complete)",
        personal=[("Legal name *", "Kayden Marsh"), ("Known as", "Kayden"), ("Date of birth *", "17/06/2010"),
                  ("Gender *", "Male"), ("Ethnicity *", "White British"), ("First language *", "English"),
                  ("UPN *", "K330219904412"), ("LA ID", "LAC-207713")],
        care=[("Legal status *", "Care Order (s31)"), ("Home / placement type *", "Residential children's home"),
              ("Date entered care *", "04/03/2019"), ("Home changes in last 12 months", "1 (moved 01/2025)"),
              ("Social worker *", "Marcus Delaney - 01632 960 118"),
              ("Key worker / carer", "Sian Roberts (Oakfield House)"),
              ("Who can sign consent for trips", "Social worker (residential trips); home manager (day trips)")],
        health=[("SDQ total score (date)", "19 (08/09/2025)"),
                ("Emotional wellbeing summary", "Kayden has had a settled term since his move to Oakfield House. "
                 "He sees the school counsellor fortnightly."),
                ("Support from other agencies", "Youth justice: none. CAMHS: on waiting list for ADHD review.")],
        meeting="14.10.25", school="Westmere Academy", year="Year 10", dt="Jo Armitage",
        attendance_line=("Attendance this academic year (%)", "95.0"),
        att_extra=[("Persistent absence (below 90%)?", "No"),
                   ("Suspensions this academic year", "1 (1 day, 25/09/2025 - verbal abuse to staff)"),
                   ("Part-time timetable / alternative provision", "No")],
        attain=[["Subject", "Current working grade", "Predicted GCSE", "Aspirational target"],
                ["English Language", "3", "4", "5"], ["Maths", "4", "4", "5"],
                ["Combined Science", "3-3", "4-4", "4-4"], ["Construction (BTEC Tech Award)", "Pass", "Merit",
                                                             "Merit"]],
        voice=[("How do you feel about school at the moment?",
                "Better than last year. I like construction because it's practical and Mr Patel treats us like adults."),
               ("What is getting in the way of your learning?",
                "English. I know what I want to say but writing it down takes me ages and I give up."),
               ("What would you like to do after Year 11?",
                "Go to college and do bricklaying or plumbing. Maybe get an apprenticeship."),
               ("Is there anything you want the people at your PEP to know?",
                "I don't want to be taken out of PE for interventions.")],
        review=[["Last PEP target", "Met / partly met / not met", "Comment"],
                ["Complete a work experience application by July", "Met", "Placement at Hartley Builders agreed"],
                ["Reduce behaviour points to fewer than 10 a half term", "Partly met", "14 in Summer 2, 9 in Autumn 1"]],
        targets=[
            dict(area="English - writing",
                 text="Kayden will plan and write a 450-word descriptive piece (Language Paper 1, Q5) in 45 minutes "
                      "and reach a grade 4 on the mark scheme by the February PEP",
                 baseline="Grade 3; writes about 200 words in 45 minutes",
                 actions="Weekly 1:1 writing tuition with Ms Kerr (tutor), 1 hour, Wednesdays after school; "
                         "uses a planning frame in class",
                 know="Two timed pieces marked by English teacher at grade 4", when="13/02/2026"),
            dict(area="Maths",
                 text="Kayden will score 60% or more on the Higher-tier algebra topic test by 12/12/2025",
                 baseline="41% on Higher algebra baseline test (09/2025)",
                 actions="Small-group maths intervention (4 pupils) with Mr Greaves, 2 x 30 minutes a week, P1 "
                         "Tuesday and Thursday (not PE)",
                 know="Topic test score; Sparx homework completion 100%", when="12/12/2025"),
            dict(area="Careers / post-16",
                 text="Kayden will visit two FE colleges offering Level 1 construction and complete one "
                      "application by the spring PEP",
                 baseline="No visits yet; interested in bricklaying and plumbing",
                 actions="Careers adviser (Mrs Doyle) to book visits; key worker to attend with Kayden",
                 know="Visits logged; application reference number", when="Spring PEP 2026"),
            dict(area="Wellbeing / behaviour",
                 text="To improve his behaviour in lessons",
                 baseline="9 behaviour points in Autumn 1",
                 actions="Mentor check-in each Monday with Mr Patel",
                 know="Fewer behaviour points", when="Ongoing"),
        ],
        pp=[["Target no.", "Intervention / resource", "Provider", "Cost calculation", "Cost"],
            ["1", "1:1 English writing tuition with Ms Kerr, 1 hour weekly for 12 weeks", "Kerr Tuition Ltd",
             "£30 x 12 = £360", "£360"],
            ["2", "Small-group maths intervention with Mr Greaves, 2 x 30 minutes a week", "School (cover costs)",
             "£15 x 12 = £180", "£180"],
            ["3", "Travel and lunch for two college visits", "Oakfield House", "£15 x 2 = £30", "£30"]],
        pp_lines=[("1:1 English writing tuition with Ms Kerr, 1 hour weekly for 12 weeks", 360.0, 1),
                  ("Small-group maths intervention with Mr Greaves, 2 x 30 minutes a week", 180.0, 2),
                  ("Travel and lunch for two college visits", 30.0, 3)],
        pp_total_line="Total PP+ requested this cycle: £570", pp_total=570.0,
        pp_impact="Summer 2024/25: £450 on construction taster course and mentoring. Impact: Kayden now has a work "
                  "experience place and his behaviour points fell from 31 to 14 over the term.",
        submitted_line="Date submitted to Virtual School: 21st October 2025 (Jo Armitage, Designated Teacher)",
        completed="2025-10-21", meeting_iso="2025-10-14",
        next_pep="10.02.26", att=95.0, yg=10,
    ),
    dict(
        n=2, name="Leah Brightwell", first="Leah", cycle="Autumn 2025/26", status="In progress",
        other="Summer 2024/25 (Complete)",
        personal=[("Legal name *", "Leah Brightwell"), ("Known as", "Leah"), ("Date of birth *", "09/01/2018"),
                  ("Gender *", "Female"), ("Ethnicity *", "White and Black Caribbean"),
                  ("First language *", "English"), ("UPN *", "L909116602218"), ("LA ID", "LAC-211904")],
        care=[("Legal status *", "Interim Care Order"), ("Home / placement type *", "Kinship care (maternal aunt)"),
              ("Date entered care *", "18/04/2025"), ("Home changes in last 12 months", "2"),
              ("Social worker *", "Ayesha Kaur - 01632 960 457"), ("Key worker / carer", "Michelle Brightwell (aunt)"),
              ("Who can sign consent for trips", "Carer")],
        health=[("SDQ total score (date)", "Not completed (under 4 years in care - carer to complete by 12/2025)"),
                ("Emotional wellbeing summary", "Leah can become very upset at the end of the school day. "
                 "Family time with mum is on Saturdays."),
                ("Support from other agencies", "Early Help: closed. School nurse: bedwetting referral.")],
        meeting="06/11/2025", school="Hollinsmoor Primary School", year="Year 3", dt="Graham Oduya",
        attendance_line=("Attendance this academic year (%)", "88.6"),
        att_extra=[("Persistent absence (below 90%)?", "Yes - see wellbeing target"),
                   ("Suspensions this academic year", "0"),
                   ("Part-time timetable / alternative provision", "No")],
        attain=[["Subject", "Age-related expectation (end of Y2)", "Autumn 1 Y3", "End of Y3 target"],
                ["Reading", "Working towards", "Working towards", "Expected"],
                ["Writing", "Working towards", "Working towards", "Working towards+"],
                ["Maths", "Expected", "Expected", "Expected"],
                ["Phonics", "Screening check not passed (28/40)", "Phase 5 gaps", "Phase 5 secure"]],
        voice=[("How do you feel about school at the moment?",
                "I like Miss Ibe and I like golden time. I don't like the big playground."),
               ("What is getting in the way of your learning?", ""),
               ("What would you like to be when you grow up?", "A vet because I like dogs."),
               ("Is there anything you want the people at your PEP to know?", "")],
        review=[["Last PEP target", "Met / partly met / not met", "Comment"],
                ["Leah will settle into her new school", "Met", "Moved schools in May; happy in class"]],
        targets=[
            dict(area="Reading - phonics",
                 text="Leah will read and spell the Phase 5 split digraphs (a-e, i-e, o-e, u-e) in 10 out of 12 "
                      "words in a weekly check by the end of the spring term",
                 baseline="4 of 12 (10/2025)",
                 actions="Daily 15 minute phonics catch-up group with Mrs Lowe (TA), 9am",
                 know="Weekly phonics tracker", when="27/03/2026"),
            dict(area="Writing",
                 text="Leah will write three sentences using capital letters and full stops correctly, independently, "
                      "by the next PEP",
                 baseline="Writes one sentence with adult prompting",
                 actions="Talk-for-writing frame in class; 'Sentence of the day' at home with aunt",
                 know="Books scrutiny by class teacher", when="Spring PEP"),
            dict(area="Wellbeing and attendance",
                 text="Leah will come into school on time on at least 9 of every 10 days and use her 'worry "
                      "monster' with Mrs Lowe at the end of each day, so her attendance reaches 95% by February "
                      "half-term",
                 baseline="88.6%; late 6 times this half term",
                 actions="Meet and greet by Mrs Lowe at 8.40; end-of-day 5 minute worry time",
                 know="Attendance register; Mrs Lowe's log", when="13/02/2026"),
        ],
        pp=[["Target no.", "Intervention / resource", "Provider", "Cost calculation", "Cost"],
            ["1", "Daily phonics catch-up group with Mrs Lowe (TA), 15 minutes a day", "School",
             "£15 x 12 = £180", "£180"],
            ["3", "Sensory circuit equipment for the morning meet and greet", "School", "", "TBC"]],
        pp_lines=[("Daily phonics catch-up group with Mrs Lowe (TA), 15 minutes a day", 180.0, 1),
                  ("Sensory circuit equipment for the morning meet and greet", None, 3)],
        pp_total_line="Total PP+ requested this cycle: £180 (one item still to be costed)", pp_total=180.0,
        pp_impact="",
        submitted_line="Date submitted to Virtual School: ",
        completed=None, meeting_iso="2025-11-06", next_pep="", att=88.6, yg=3,
    ),
]


def make(d, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    cp = doc.core_properties
    cp.author = "Looked After Call"
    cp.title = "Export Active PEP"
    cp.created = datetime(*FIXED)
    cp.modified = datetime(*FIXED)
    cp.last_modified_by = "Looked After Call"
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Looked After Call  |  PEP module  |  Export Active PEP\tOFFICIAL-SENSITIVE"
    fp = sec.footer.paragraphs[0]
    fp.text = f"Pupil's name: {d['name']}   PEP cycle: {d['cycle']}   Page "
    field(fp, "PAGE")
    fp.add_run(" of ")
    field(fp, "NUMPAGES", "6")

    h = doc.add_paragraph()
    r = h.add_run("Personal Education Plan")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x00, 0x67, 0x7F)
    doc.add_paragraph("Northfleet & Vale Virtual School for Children in Care  -  exported from the PEP Actions menu")

    grid(doc, [["Pupil's name", "PEP cycle", "PEP status", "Other PEPs on record"],
               [d["name"], d["cycle"], d["status"], d["other"]]], widths=[4, 3.5, 3, 6.5], head_fill="C9E3EA")

    doc.add_paragraph().add_run("PEP status key").bold = True
    rows = [["Status", "Description", "Designated Teacher", "LA (Super) user", "Social Worker"]]
    for s in STATUS_ROWS:
        mark = "☒ " if s[0] == d["status"] else "☐ "
        rows.append([mark + s[0]] + list(s[1:]))
    grid(doc, rows, widths=[3.6, 5, 2.8, 3, 2.6])
    doc.add_paragraph("PEP is read-only for social workers regardless of the PEP status. Fields marked * are "
                      "mandatory and are shown with a red background until completed.").runs[0].italic = True

    section_heading(doc, "Personal Information", 7, 7)
    kv_table(doc, d["personal"])
    section_heading(doc, "Care Information", 5, 5)
    kv_table(doc, d["care"])
    section_heading(doc, "Health and Emotional Wellbeing", 2, 2)
    kv_table(doc, d["health"])

    section_heading(doc, "Education and Attainment", 5, 5)
    kv_table(doc, [("Date of PEP meeting *", d["meeting"]), ("School *", d["school"]),
                   ("NC year *", d["year"]), ("Designated Teacher *", d["dt"])])
    p = doc.add_paragraph()
    r = p.add_run(d["attendance_line"][0] + " ")
    r.bold = True
    p.add_run(d["attendance_line"][1])
    kv_table(doc, d["att_extra"])
    grid(doc, d["attain"], widths=[5, 4, 4, 4])

    done = sum(1 for _, a in d["voice"] if a)
    section_heading(doc, "Young Person's Views", done, len(d["voice"]))
    doc.add_paragraph("To be completed with the child or young person before the meeting, in their own words.")
    kv_table(doc, d["voice"])

    section_heading(doc, "Review of Previous PEP Targets", 1, 1)
    grid(doc, d["review"], widths=[7, 3.5, 6.5])

    section_heading(doc, "SMART Targets", len(d["targets"]), len(d["targets"]))
    doc.add_paragraph("Targets agreed at the PEP meeting. Each column is one target.")
    tg = d["targets"]
    rows = [[""] + [f"Target {i}" for i in range(1, len(tg) + 1)]]
    for label, key in [("Area", "area"), ("Target", "text"), ("Current baseline", "baseline"),
                       ("Actions (what, who, how often)", "actions"), ("How will we know?", "know"),
                       ("By when", "when")]:
        rows.append([label] + [t[key] for t in tg])
    t = grid(doc, rows)
    for row in t.rows:
        shade(row.cells[0], "EEF2F4")

    section_heading(doc, "Pupil Premium Plus (PP+)", 2, 2)
    grid(doc, d["pp"], widths=[1.8, 6.2, 3, 3.5, 2.5])
    doc.add_paragraph().add_run(d["pp_total_line"]).bold = True
    kv_table(doc, [("Impact of previous PP+ spend", d["pp_impact"])])

    section_heading(doc, "Sign-off", 1 if d["completed"] else 0, 1)
    doc.add_paragraph(d["submitted_line"])
    doc.add_paragraph(f"Date of next PEP: {d['next_pep']}")
    deterministic_save(doc, path)


def truth(d, fname):
    return {
        "layout": LAYOUT, "file": fname,
        "inspired_by": "real-forms.md entry 2 (Looked After Call export, status table, PEP cycle)",
        "quirks": ["PEP summary header with cycle and status", "status table with check box on current status",
                   "mandatory fields with asterisk and red background", "transposed targets table",
                   "attendance as 'Attendance this academic year (%) 95.0'", "meeting date in dd.mm.yy",
                   "submission date in words (21st October 2025)"]
        + (["status In progress, not submitted", "two empty voice answers", "spend line costed TBC",
            "no maths target"] if d["n"] == 2 else []),
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"],
        "year_group": d["yg"], "meeting_date": d["meeting_iso"], "completed_date": d["completed"],
        "attendance_percent": d["att"],
        "pupil_voice": [a for _, a in d["voice"] if a],
        "targets": [{"text": t["text"], "area": t["area"]} for t in d["targets"]],
        "english_target": True, "maths_target": d["n"] == 1,
        "pp_spend": [{"description": a, "cost": c, "target": t} for a, c, t in d["pp_lines"]],
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
