"""zB06-mosaic-parts: a Frameworki/Mosaic case-system print-out of a PEP episode, saved as Word.

Imitates real-forms.md entry 21 (Haringey/Leeds: "an episode is created in Framework I, containing parts
A, B, C and D of the PEP"; "Targets which are not met when evaluated at a review should not be repeated,
but broken down further") and entry 17 (a case-system print-out that the school then types into).
Quirks: episode/step header with "Step status" and "Date finished"; person shown as "SURNAME, Forename"
with separate Forename(s)/Surname questions; questions printed bold with the answer underneath;
Mosaic-style dates (18-Nov-2025); targets in a wide grid with "How will we know?"; PP+ grid with
"Linked to target no."; instance 2 is post-16 (Designated Tutor, college, no PP+, 16-19 Bursary noted).
"""
import io
import json
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

LAYOUT = "zB06-mosaic-parts"
FIXED = (2025, 12, 3, 11, 42, 0)


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


def part(doc, title):
    t = doc.add_table(rows=1, cols=1)
    c = t.cell(0, 0)
    c.text = ""
    r = c.paragraphs[0].add_run(title)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, "4A4A4A")
    doc.add_paragraph()


def group(doc, title):
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.underline = True
    r.font.size = Pt(10)


def qa(doc, q, a):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run(q).bold = True
    p2 = doc.add_paragraph(a if a else "")
    p2.paragraph_format.left_indent = Cm(0.5)


def grid(doc, rows, widths):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = v
            for p in cells[j].paragraphs:
                for r in p.runs:
                    r.font.size = Pt(8.5)
                    r.bold = i == 0
            if i == 0:
                shade(cells[j], "D0D0D0")
            cells[j].width = Cm(widths[j])
    doc.add_paragraph()


INSTANCES = [
    dict(
        n=1, forename="Sophie-Mae", surname="Latham", pid="1184402", yg=2,
        step="Personal Education Plan (Education) - Autumn", status="Finished", started="06-Nov-2025",
        finished="28-Nov-2025", worker="Natalie Brooks (Social Worker, CLA Team 2)",
        partA=[("Forename(s)", "Sophie-Mae"), ("Surname", "Latham"), ("Date of birth", "19-Jul-2018"),
               ("Legal status", "C2 - Full Care Order"), ("Placement", "Foster placement - Mr and Mrs Quayle"),
               ("Placement start date", "14-Feb-2024"),
               ("Who has parental responsibility?", "Local authority shares PR with mother"),
               ("Who may collect the child from school?", "Carers only (Mr or Mrs Quayle). Mother must NOT collect."),
               ("Photo consent", "Yes - school use only, not social media"),
               ("Social worker's view of progress",
                "Sophie-Mae is settled and happy in her foster home. Carers report she now reads her school book "
                "every night.")],
        partB_head="Part B - Education (Designated Teacher)",
        partB=[("School / setting", "Greenacre Infant and Nursery School"), ("NC year", "Year 2"),
               ("Designated Teacher", "Mrs Joanne Hardy"), ("Date of PEP meeting", "18-Nov-2025"),
               ("Current attendance (%)", "93.8"),
               ("Suspensions this year", "0"),
               ("SEN status", "SEN support (speech and language - sound production)"),
               ("Attainment", "Reading: working towards (Phonics Phase 5 - 31/40 on phonics rescreen practice). "
                "Writing: working towards. Maths: expected, but not secure with number bonds to 20.")],
        att=93.8, school="Greenacre Infant and Nursery School",
        review=[["Previous target", "Outcome", "Broken down further?"],
                ["Sophie-Mae will know number bonds to 10", "Met", "N/A"],
                ["Sophie-Mae will pass the phonics screening check", "Not met (28/40)",
                 "Yes - see new target 1 (split digraphs)"]],
        partC_intro="Sophie-Mae talked to Mrs Hardy in the reading corner on 12-Nov-2025 and drew a picture of "
                    "her class. Her words are written down exactly.",
        voice=[("I like playing with...", "the big blocks and the home corner with Ivy"),
               ("I am good at...", "colouring and doing the register for Mrs Hardy"),
               ("I am happy when...", "Nanny Quayle picks me up and we get a snack"),
               ("I am sad when...", "I can't find my words and people don't get me"),
               ("At my PEP I want people to know...", "I want to stay at this school")],
        targets=[["1", "Reading - phonics",
                  "Sophie-Mae will read 8 out of 10 words with split digraphs (a-e, i-e, o-e) in a weekly check "
                  "by the end of January 2026",
                  "Daily 10 minute 'Fast Track Phonics' with Mrs Inglis (TA) in the classroom", "Mrs Inglis",
                  "Weekly check sheet; phonics rescreen in June"],
                 ["2", "Maths - number",
                  "Sophie-Mae will recall number bonds to 20 in under 5 seconds each, 18 out of 20 correct, by the "
                  "spring PEP",
                  "Numicon group 3 x 15 minutes a week; 'Hit the Button' at home with carers", "Mr Dale (class "
                  "teacher)", "Hit the Button score; class assessment"],
                 ["3", "Writing",
                  "Sophie-Mae will write two sentences joined with 'and' or 'because', with finger spaces and full "
                  "stops, on her own by February half-term",
                  "Talk-for-writing; sentence frames on her table", "Mr Dale", "Independent writing in her book"],
                 ["4", "Speech, language and communication",
                  "Sophie-Mae will have 6 sessions with the speech and language therapist and practise her 'k' and "
                  "'g' sounds with Mrs Inglis twice a week",
                  "SALT sessions (private, block of 6) and follow-up in school", "Mrs Hardy to arrange",
                  "SALT report; Sophie-Mae says she is understood"]],
        target_areas=["English", "Maths", "English", "Speech and language"],
        pp=[["Item", "Linked to target no.", "Frequency / duration", "Cost"],
            ["Fast Track Phonics sessions with Mrs Inglis (TA)", "1", "Daily, 10 minutes, 12 weeks", "£15 x 12 = £180"],
            ["Numicon home kit and group resources", "2", "One-off", "£60"],
            ["Block of 6 private speech and language therapy sessions", "4", "Weekly, 6 weeks",
             "£50 x 6 = £300"]],
        pp_lines=[("Fast Track Phonics sessions with Mrs Inglis (TA)", 180.0, 1),
                  ("Numicon home kit and group resources", 60.0, 2),
                  ("Block of 6 private speech and language therapy sessions", 300.0, 4)],
        pp_total_line="Total PP+ requested: £540", pp_total=540.0,
        signoff=[("Date signed off by DT", "28/11/2025"), ("Virtual School QA outcome", "Approved"),
                 ("Date of next PEP", "24-Feb-2026")],
        meeting_iso="2025-11-18", completed="2025-11-28", eng=True, maths=True,
    ),
    dict(
        n=2, forename="Ethan", surname="Kowalczyk", pid="1093357", yg=12,
        step="Personal Education Plan (Post 16) - Autumn", status="Finished", started="17-Nov-2025",
        finished="10-Dec-2025", worker="Rebecca Tan (Personal Adviser, Leaving Care)",
        partA=[("Forename(s)", "Ethan"), ("Surname", "Kowalczyk"), ("Date of birth", "03-Mar-2009"),
               ("Legal status", "C2 - Full Care Order"), ("Placement", "Supported lodgings - Mrs D. Marsh"),
               ("Placement start date", "01-Sep-2025"),
               ("Who has parental responsibility?", "Local authority shares PR with father"),
               ("Who may collect the child from school?", "N/A"),
               ("Photo consent", "Ethan consents himself"),
               ("Social worker's view of progress",
                "Ethan moved to supported lodgings in September and is managing his own budget with support.")],
        partB_head="Part B - Education, Employment or Training (Designated Tutor)",
        partB=[("School / setting", "Brackenford College"), ("NC year", "Year 12 (first year of college)"),
               ("Study course & level", "Level 2 Motor Vehicle Maintenance; GCSE English resit"),
               ("Designated Tutor", "Mr Phil Gorman"), ("Date of PEP meeting", "02-Dec-2025"),
               ("Current attendance (%)", "See attached college printout"),
               ("Suspensions this year", "0"),
               ("SEN status", "None (EHCP ceased at 16)"),
               ("Attainment", "GCSE English grade 3 (resit in June). GCSE maths grade 5 - achieved. Motor "
                "Vehicle units 1-2 passed.")],
        att=None, school="Brackenford College",
        review=[["Previous target", "Outcome", "Broken down further?"],
                ["Ethan will enrol at college", "Met", "N/A"]],
        partC_intro="Ethan filled in the Student's View page on his phone before the meeting.",
        voice=[("What is going well?", "The practical stuff in the workshop. I'm actually good at it."),
               ("What is hard?", "English resit. It's the same stuff I failed last year."),
               ("What do you want to do next?", "Get an apprenticeship at a garage by next September."),
               ("Is there anything else?", "")],
        targets=[["1", "English",
                  "Ethan will attend every GCSE English resit class and achieve at least a grade 3+ in the "
                  "March mock, on the way to a grade 4 in June",
                  "Weekly resit class plus drop-in at the learning centre", "Mr Gorman / English tutor",
                  "Register; mock result"],
                 ["2", "Careers / employment",
                  "Ethan will apply for two motor vehicle apprenticeships through the Find an Apprenticeship "
                  "website before 28-Feb-2026",
                  "Careers interview with Ms Lyle; CV workshop", "Ms Lyle (careers)", "Applications sent"],
                 ["3", "Independence",
                  "To get his provisional driving licence",
                  "Rebecca to help with the form", "Rebecca Tan", "Licence arrives"]],
        target_areas=["English", "Careers", "Independence"],
        pp=None,
        pp_note="Pupil Premium Plus: not applicable (post-16). 16-19 Bursary (vulnerable group) confirmed by "
                "college: £1,200 for 2025/26.",
        pp_lines=[], pp_total_line="", pp_total=None,
        signoff=[("Date signed off by Designated Tutor", "10/12/2025"), ("Virtual School QA outcome", "Approved"),
                 ("Date of next PEP", "Spring term 2026")],
        meeting_iso="2025-12-02", completed="2025-12-10", eng=True, maths=False,
    ),
]


def make(d, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    cp = doc.core_properties
    cp.author = "Mosaic"
    cp.title = "PEP print"
    cp.created = datetime(*FIXED)
    cp.modified = datetime(*FIXED)
    cp.last_modified_by = "school.admin"
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Mosaic  |  Form: Personal Education Plan (PEP)  |  Printed: 03-Dec-2025 11:42"
    sec.footer.paragraphs[0].text = "OFFICIAL-SENSITIVE  -  This print-out is a copy of the case record and may " \
                                    "be out of date once printed."

    top = doc.add_table(rows=0, cols=4)
    top.style = "Table Grid"
    rows = [("Person", f"{d['surname'].upper()}, {d['forename']}", "Person ID", d["pid"]),
            ("Step", d["step"], "Step status", d["status"]),
            ("Date started", d["started"], "Date finished", d["finished"]),
            ("Worker", d["worker"], "Organisation", "Children's Services - Virtual School")]
    for r in rows:
        c = top.add_row().cells
        for j, v in enumerate(r):
            c[j].text = v
            if j % 2 == 0:
                c[j].paragraphs[0].runs[0].bold = True
                shade(c[j], "E8E8E8")
    doc.add_paragraph()
    doc.add_paragraph("This episode contains parts A, B, C and D of the PEP. Part A is completed by the social "
                      "worker before the meeting; Parts B and D by the school; Part C with the child.").runs[0].italic = True

    part(doc, "Part A - Child and care details (Social Worker)")
    for q, a in d["partA"]:
        qa(doc, q, a)

    part(doc, d["partB_head"])
    for q, a in d["partB"]:
        qa(doc, q, a)
    group(doc, "Review of previous targets")
    doc.add_paragraph("Targets which are not met should not be repeated, but broken down further.")
    grid(doc, d["review"], [10, 5, 11])

    part(doc, "Part C - Child's views")
    doc.add_paragraph(d["partC_intro"])
    for q, a in d["voice"]:
        qa(doc, q, a)

    part(doc, "Part D - Targets, Pupil Premium Plus and sign-off")
    group(doc, "New targets")
    grid(doc, [["Target no.", "Area of learning", "Target", "Interventions: what, how often",
                "Who", "How will we know?"]] + d["targets"], [1.6, 3, 8.5, 6, 3, 4.5])
    group(doc, "Pupil Premium Plus (PP+) request")
    if d["pp"]:
        grid(doc, d["pp"], [10, 3.5, 6, 4])
        doc.add_paragraph().add_run(d["pp_total_line"]).bold = True
    else:
        doc.add_paragraph(d["pp_note"])
    group(doc, "Sign-off")
    for q, a in d["signoff"]:
        qa(doc, q, a)
    deterministic_save(doc, path)


def truth(d, fname):
    return {
        "layout": LAYOUT, "file": fname,
        "inspired_by": "real-forms.md entries 21, 17 (Frameworki/Mosaic episode with parts A-D; case-system print-out)",
        "quirks": ["episode/step header with Step status and Date finished", "person as 'SURNAME, Forename'",
                   "Forename(s) / Surname questions", "bold question, answer on the next line",
                   "Mosaic dates like 18-Nov-2025", "wide targets grid", "PP+ grid with 'Linked to target no.'",
                   "landscape page"]
        + (["post-16: Designated Tutor, college, study course", "no attendance figure (printout attached)",
            "no PP+ (post-16; bursary noted instead)", "no maths target (maths GCSE already passed)",
            "weak target 'To get his provisional driving licence'", "empty voice answer"] if d["n"] == 2 else []),
        "child_name": f"{d['forename']} {d['surname']}", "child_first_name": d["forename"], "school": d["school"],
        "year_group": d["yg"], "meeting_date": d["meeting_iso"], "completed_date": d["completed"],
        "attendance_percent": d["att"],
        "pupil_voice": [a for _, a in d["voice"] if a],
        "targets": [{"text": t[2], "area": a} for t, a in zip(d["targets"], d["target_areas"])],
        "english_target": d["eng"], "maths_target": d["maths"],
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
