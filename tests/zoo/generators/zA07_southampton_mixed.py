"""zA07-southampton-mixed: school-age Word PEP after real-forms.md entries 11 (Southampton guidance) and 13 (2009 notes).

Lettered guidance pages ("Section A" documents to bring, "Section B Meeting Preparation" step | who) in front of a
form whose own numbering is mixed: "1.)Personal Details", "2.)School Details", "Section 3: People at the
meeting", "Section 4: The Young Persons Voice", "4.)End of Key Stage Attainments" (number used twice), "Section 5:
Achievement and Attainment", targets and PP+ in "Section D". Label/value pairs run together in one line
("Name: Kai BrennanDOB: 03/02/2013Year: 8"), code lists with the chosen item ticked, "Please circle results",
"Please ensure the box is ticked if a child is NOT in education".
"""
import json
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

LAYOUT = "zA07-southampton-mixed"

ETH = ["White", "Mixed", "Asian or Asian British", "Black or Black British", "Other", "Not given"]
NAT = ["Welsh", "English", "Scottish", "Irish", "British", "Other", "Not given"]

K1 = {
    "n": 1, "first": "Kai", "sur": "Brennan", "dob": "03/02/2013", "year": 8, "eth": "Mixed", "nat": "British",
    "school": "Bitterne Park Lane School", "dt": "Mrs Olu Adeyemi", "contact": "Mr Steve Rudd (Head of Year 8)",
    "meet": "Thursday 9th October 2025", "meet_iso": "2025-10-09", "completed": "16/10/2025", "completed_iso": "2025-10-16",
    "people": [("Kai Brennan", "Pupil", "-"), ("Olu Adeyemi", "Designated Teacher", "023 8000 4410"),
               ("Wes Carter", "Social Worker", "023 8000 7721"), ("Marie Carter", "Foster carer", "07700 900118"),
               ("Sian Mould", "ELSA", "023 8000 4412")],
    "collected": "Sian Mould (ELSA) in their weekly session, 6 October",
    "voice": [("What is going well in school?", "Science, because Mr Dale lets us do experiments every lesson."),
              ("What is hard?", "English. I know what I want to write but it takes me ages to get it down."),
              ("What would help?", "Doing my work on a laptop, and sitting at the front away from Tyler."),
              ("Anything else?", "I want to stay at this school until Year 11. Please don't move me.")],
    "ks2": [("Reading", "WTS / EXS / GDS", "EXS"), ("Writing (TA)", "WTS / EXS / GDS", "WTS"),
            ("Maths", "WTS / EXS / GDS", "EXS"), ("GPS", "WTS / EXS / GDS", "WTS")],
    "att_line": "Attendance this academic year (%): 96.1  (printout attached)", "att_val": 96.1,
    "excl": "Exclusion information internal and external: 1 internal (isolation), 18/09/2025. No external.",
    "prev": [("Kai to use Clicker/laptop for extended writing in English and History.", "Achieved - uses laptop in 3 subjects."),
             ("Kai to attend homework club twice a week.", "Not achieved - went 3 times this half term.")],
    "targets": [
        ("Kai will touch-type at 20 words per minute using the Typing Club programme (3 x 15 minutes a week in tutor "
         "time) so he can write a full-page answer in English lessons by February half-term.",
         "Typing Club dashboard; English teacher samples 2 pieces", "English"),
        ("Kai will complete 4 of every 5 maths homework tasks on Sparx each half-term, supported at Tuesday homework "
         "club, and move from 'Working towards' to 'Secure' on the Year 8 algebra check.",
         "Sparx report; algebra check in December", "Maths"),
        ("Kai will attend the Friday lunchtime Lego club with the ELSA so he has a calm space at lunch, and have no "
         "internal exclusions this half-term.", "Behaviour log; Kai's own rating in ELSA session", "Wellbeing"),
    ],
    "pp": [("Laptop for school and home use (school retains ownership)", "£350", 350.0, 1),
           ("Typing Club licence", "£15", 15.0, 1),
           ("ELSA sessions, 1 x 45 minutes a week for 12 weeks - £20 x 12 = £240", "£240", 240.0, 3)],
    "pp_total": "£605", "pp_total_val": 605.0, "not_in_ed": "☐",
}

K2 = {
    "n": 2, "first": "Zainab", "sur": "Osei", "dob": "27/08/2017", "year": 4, "eth": "Black or Black British",
    "nat": "English", "school": "Millbrook Junior School", "dt": "Mr Phil Garnett", "contact": "",
    "meet": "11.11.25", "meet_iso": "2025-11-11", "completed": "", "completed_iso": None,
    "people": [("Phil Garnett", "DT", "023 8000 5520"), ("Joy Appiah", "Kinship carer", "07700 900276"),
               ("Lauren Fry", "SW", "023 8000 7734")],
    "collected": "",
    "voice": [("What is going well in school?", "N/A"), ("What is hard?", ""), ("What would help?", ""),
              ("Anything else?", "")],
    "ks2": [("Reading", "WTS / EXS / GDS", ""), ("Writing (TA)", "WTS / EXS / GDS", ""),
            ("Maths", "WTS / EXS / GDS", ""), ("GPS", "WTS / EXS / GDS", "")],
    "att_line": "Attendance this academic year (%): 93  - recorded or printout attached", "att_val": 93.0,
    "excl": "Exclusion information internal and external: none",
    "prev": [("Zainab to read 3 times a week at home.", "Partly.")],
    "targets": [
        ("Zainab will read her Accelerated Reader book for 15 minutes every day in school and pass 3 AR quizzes at "
         "80% or more by Christmas, moving her ZPD from 2.4 to 2.8.", "AR quiz record", "English"),
        ("Zainab will be able to write a paragraph using capital letters, full stops and the conjunctions 'because', "
         "'so' and 'but', in 3 pieces of independent writing by February half-term.", "Writing book, moderated by class teacher",
         "English"),
        ("To make friends.", "", "Wellbeing"),
    ],
    "pp": [("Accelerated Reader reading books and daily reading with TA", "", None, 1),
           ("Writing group with class TA, 2 x 30 minutes a week - £12 x 10 = £120", "£120", 120.0, 2)],
    "pp_total": "£120 (reading cost to follow)", "pp_total_val": 120.0, "not_in_ed": "☐",
}


def _c(c, text, bold=False):
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = bold


def make(d, out: Path) -> Path:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    s = doc.sections[0]
    s.header.paragraphs[0].text = "OFFICIAL-SENSITIVE - PERSONAL"
    s.footer.paragraphs[0].text = "PEP GUIDANCE and form 2025-26 (fictional Virtual School) - please remember to include the date the PEP is completed."

    def H(t, size=13):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(size)

    H("PERSONAL EDUCATION PLAN", 20)
    H("PEP GUIDANCE", 14)
    H("Section A", 12)
    doc.add_paragraph("Please bring to the meeting: the previous PEP; attendance (recorded or printout attached); "
                      "exclusion information internal and external; IEP/PSP; the latest school report.")
    H("Section B Meeting Preparation", 12)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _c(t.cell(0, 0), "Step", True)
    _c(t.cell(0, 1), "Who", True)
    for a, b in [("Invite the people at the meeting (at least 10 school days before)", "DT"),
                 ("Gather the young person's views - print out Section 4 of the form", "DT / ELSA / trusted adult"),
                 ("Chair the meeting and record targets", "DT"),
                 ("Send completed PEP to the Virtual School within 5 school days", "DT")]:
        r = t.add_row().cells
        _c(r[0], a)
        _c(r[1], b)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    H("1.)Personal Details")
    doc.add_paragraph(f"Name: {d['first']} {d['sur']}DOB: {d['dob']}Year: {d['year']}")
    doc.add_paragraph("Ethnic Background: " + " / ".join(("☒ " if e == d["eth"] else "☐ ") + e for e in ETH))
    doc.add_paragraph("National Identity: " + " / ".join(("☒ " if e == d["nat"] else "☐ ") + e for e in NAT))
    doc.add_paragraph(f"Please ensure the box is ticked if a child is NOT in education. {d['not_in_ed']}")
    H("2.)School Details")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("School", d["school"]), ("Designated teacher", d["dt"]),
                 ("Person to contact: - If designated teacher is not completing the form.", d["contact"]),
                 ("Date of meeting", d["meet"])]:
        r = t.add_row().cells
        _c(r[0], a, True)
        _c(r[1], b)
    H("Section 3: People at the meeting")
    doc.add_paragraph("(name, role and contact details of all who attend)")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Name", "Role", "Contact details"]):
        _c(t.cell(0, i), h, True)
    for row in d["people"]:
        r = t.add_row().cells
        for i, v in enumerate(row):
            _c(r[i], v)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    H("Section 4: The Young Persons Voice")
    doc.add_paragraph("It will be helpful to print out this section when gaining the pupils views.")
    doc.add_paragraph(f"Views collected by: {d['collected']}")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for q, a in d["voice"]:
        r = t.add_row().cells
        _c(r[0], q, True)
        _c(r[1], a)
    H("4.)End of Key Stage Attainments")
    doc.add_paragraph("Please circle results")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["KS2", "Results", "Circled"]):
        _c(t.cell(0, i), h, True)
    for row in d["ks2"]:
        r = t.add_row().cells
        for i, v in enumerate(row):
            _c(r[i], v)
    doc.add_paragraph("GCSE/Entry Level: Pred = Predicted. Actual grades are not included in the table because the "
                      "Pathway Plan replaces the PEP.")
    H("Section 5: Achievement and Attainment")
    doc.add_paragraph(d["att_line"])
    doc.add_paragraph(d["excl"])
    doc.add_paragraph("School report/IEP attached: ☒ Yes ☐ No")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    H("Section D")
    H("Review and Action Plan: PEP Review", 12)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _c(t.cell(0, 0), "Previous target", True)
    _c(t.cell(0, 1), "Outcome", True)
    for a, b in d["prev"]:
        r = t.add_row().cells
        _c(r[0], a)
        _c(r[1], b)
    doc.add_paragraph()
    doc.add_paragraph("New targets")
    for i, (txt, know, _a) in enumerate(d["targets"], 1):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in [("Target no.", str(i)), ("Target", txt), ("How will we know?", know)]:
            r = t.add_row().cells
            _c(r[0], a, True)
            _c(r[1], b)
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Interventions: ").bold = True
    p.add_run("see Pupil premium below; in-class support as per school provision map.")
    p = doc.add_paragraph()
    p.add_run("Pupil premium:").bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Provision and cost", "Cost (£)", "Target no."]):
        _c(t.cell(0, i), h, True)
    for desc, cost, _v, tn in d["pp"]:
        r = t.add_row().cells
        for i, v in enumerate((desc, cost, str(tn))):
            _c(r[i], v)
    doc.add_paragraph(f"Total PP+ requested: {d['pp_total']}")
    doc.add_paragraph(f"Date PEP completed: {d['completed']}")
    doc.add_paragraph(f"Designated Teacher: {d['dt']}")

    name = f"{LAYOUT}-{d['n']}.docx"
    path = out / name
    _save(doc, path)
    voice = [a for _q, a in d["voice"] if a and a != "N/A"]
    truth = {
        "layout": LAYOUT, "file": name,
        "inspired_by": "real-forms.md entries 11 (Southampton PEP guidance) and 13 (Guidance notes for PEPs 2009); 'What a reader must cope with' 6, 8, 9, 22",
        "quirks": ["lettered guidance (Section A, Section B) before a form with other numbering",
                   "mixed numbering '1.)Personal Details', 'Section 3', '4.)End of Key Stage Attainments', 'Section D'; "
                   "number 4 used twice", "label/value pairs run together 'Name: Kai BrennanDOB: 03/02/2013Year: 8'",
                   "ethnicity and national identity code lists with ☒", "'The Young Persons Voice' (no apostrophe)",
                   "a small table per target", "instance 2: voice box says only 'N/A'; no completion date"],
        "child_name": f"{d['first']} {d['sur']}", "child_first_name": d["first"], "school": d["school"],
        "year_group": d["year"], "meeting_date": d["meet_iso"], "completed_date": d["completed_iso"],
        "attendance_percent": d["att_val"], "pupil_voice": voice,
        "targets": [{"text": t[0], "area": t[2]} for t in d["targets"]],
        "english_target": any(t[2] == "English" for t in d["targets"]),
        "maths_target": any(t[2] == "Maths" for t in d["targets"]),
        "pp_spend": [{"description": p[0], "cost": p[2], "target": p[3]} for p in d["pp"]],
        "pp_requested": d["pp_total_val"],
    }
    path.with_name(path.stem + ".truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False))
    return path


def _save(doc, path):
    """Save with fixed core properties and zip timestamps so output is byte-for-byte deterministic."""
    import datetime
    import io
    import zipfile
    cp = doc.core_properties
    cp.author = "Virtual School"
    cp.last_modified_by = "Virtual School"
    cp.created = cp.modified = datetime.datetime(2025, 9, 1, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def build(out_dir: Path) -> list:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [make(d, out_dir) for d in (K1, K2)]


if __name__ == "__main__":
    build(Path(sys.argv[1]))
