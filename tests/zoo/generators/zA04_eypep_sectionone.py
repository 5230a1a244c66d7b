"""zA04-eypep-sectionone: Early Years PEP ("EYPEP") Word form after real-forms.md entry 7 (with the entry 6 tips).

Sections numbered in words with lost spacing ("Section One (a):Child's Details"); "People Invited to EYPEP
Meeting" table with Attended Meeting / Copy of PEP Sent columns; Section Two first-person responsibility
questions with "Name and Contact Details" and numbered blanks "1. 2. 3."; Forename / Surname; age in years
and months; EYPP; Word check boxes.
"""
import json
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

LAYOUT = "zA04-eypep-sectionone"

TIPS = ("Our tips for a good PEP (from the Children in Care Council): Talk to me, not about me. Find out what I "
        "like by watching me play. Tell my carer what you have planned so we can do it at home too. Remember I "
        "might have had lots of changes - be patient with me when I am new.")

E1 = {
    "n": 1, "fore": "Amelia", "sur": "Northcott", "dob": "08.02.2021", "age": "4 years 8 months",
    "setting": "Ferndale Infant School", "room": "Reception class (Robins)", "year": 0,
    "legal": "Interim Care Order (s.38)", "meet": "15/10/2025", "meet_iso": "2025-10-15",
    "done": "20th October 2025", "done_iso": "2025-10-20", "next": "Spring term - w/c 9 February 2026",
    "people": [("Child", "Amelia Northcott", "c/o carer", "☐", "☐"),
               ("Parent", "Kelly Northcott", "via social worker", "☐", "☒"),
               ("Carer(s)", "Lynne and Dev Sharma", "14 Orchard Rise, 07700 900341", "☒", "☒"),
               ("Designated person (teacher or practitioner)", "Mrs Hannah Boyce, Reception teacher / DT",
                "Ferndale Infant School, 01632 960412", "☒", "☒"),
               ("Social worker or care manager", "Callum Reid", "Children's Services, 01632 960077", "☒", "☒"),
               ("Other", "Jo Atherton, Virtual School EY Adviser", "01632 960500", "☒", "☒")],
    "emerg": "1. Lynne Sharma (carer) 07700 900341  2. Dev Sharma (carer) 07700 900342  3. Callum Reid (SW) 01632 960077",
    "access": "Carers and social worker only. Family time with mum is supervised at the family centre, not in school.",
    "health": "Lynne Sharma (carer)", "comms": "Lynne and Dev Sharma (carers); copy of reports to Callum Reid",
    "trips": "Callum Reid (social worker) for residential; carers for local day trips",
    "photos": "Carers may give permission for school photographs and performances; no photos on social media.",
    "att": "Attendance this term: 96.7% (58/60 sessions)", "att_val": 96.7,
    "how": "Observations in the role-play area and a 'special book' of photos Amelia talked about with Mrs Boyce.",
    "voice": ["I like being the mummy in the home corner.", "I can write my A.",
              "I don't like it when Mrs Boyce goes away."],
    "areas": [("Communication and Language", "Expected"), ("Personal, Social and Emotional Development", "Emerging"),
              ("Physical Development", "Expected"), ("Literacy", "Emerging"), ("Mathematics", "Emerging"),
              ("Understanding the World", "Expected"), ("Expressive Arts and Design", "Expected")],
    "targets": [
        ("Amelia will hear and say the initial sound in simple CVC words and blend 10 Phase 2 words by the spring "
         "PEP, checked on the phonics tracker.", "Daily phonics keep-up with TA (10 mins)", "English"),
        ("Amelia will recognise numerals 0-10 and match them to quantities using the number cards and ten frames, "
         "8 out of 10 correct by February half-term.", "Maths area, adult-led twice a week", "Maths"),
        ("Amelia will cope with a change of adult at lunchtime by using her 'transition teddy' and a visual "
         "now/next card, with no more than one upset a week by Christmas.", "Key adult Mrs Boyce; lunchtime TA",
         "PSED"),
    ],
    "eypp": [("Phonics keep-up sessions with TA, 5 x 10 minutes a week for 10 weeks", "£20 x 10 = £200", 200.0, 1),
             ("Ten frames, numeral cards and counting bears for home-school maths bag", "£32", 32.0, 2)],
    "total": "£232", "total_val": 232.0,
}

E2 = {
    "n": 2, "fore": "Harvey", "sur": "Lindqvist", "dob": "17/03/2023", "age": "2 years 7 months",
    "setting": "Sunny Days Childminding (Mrs P Clegg)", "room": "Childminder setting", "year": -1,
    "legal": "Section 20", "meet": "21.10.25", "meet_iso": "2025-10-21",
    "done": "28.10.25", "done_iso": "2025-10-28", "next": "",
    "people": [("Child", "Harvey Lindqvist", "", "☐", "☐"),
               ("Parent", "", "", "☐", "☐"),
               ("Carer(s)", "Sue Wainwright", "07700 900512", "☒", "☒"),
               ("Designated person (teacher or practitioner)", "Pauline Clegg", "07700 900630", "☒", "☒"),
               ("Social worker or care manager", "Natasha Oyelaran", "01632 960081", "☐", "☒")],
    "emerg": "1. Sue Wainwright 07700 900512  2.  3.",
    "access": "Sue Wainwright only.", "health": "Sue Wainwright", "comms": "Sue Wainwright",
    "trips": "Natasha Oyelaran (SW)", "photos": "Click here to enter text.",
    "att": "Attendance this term: ", "att_val": None,
    "how": "Pauline has noted what Harvey says and does while they play.",
    "voice": ["Harvey push!"],
    "voice_extra": "(said while pushing the toy buggy with Pauline). He brings Pauline his shoes when it is time to go "
                   "to the park.",
    "areas": [("Communication and Language", "Emerging"), ("Personal, Social and Emotional Development", "Expected"),
              ("Physical Development", "Expected"), ("Literacy", "Choose an item."), ("Mathematics", "Choose an item."),
              ("Understanding the World", "Expected"), ("Expressive Arts and Design", "Choose an item.")],
    "targets": [
        ("Harvey will use 10 or more words consistently (e.g. 'more', 'car', 'Sue') by his next EYPEP, recorded in "
         "Pauline's word diary.", "Pauline and Sue - naming and repeating during play", "English"),
        ("Harvey to be more independent.", "Pauline", "PSED"),
    ],
    "eypp": [("Speech and language screening and 'Chatter Time' group at the children's centre", "to be confirmed",
              None, 1)],
    "total": "", "total_val": None,
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
    s.header.paragraphs[0].text = "OFFICIAL - SENSITIVE when complete"
    s.footer.paragraphs[0].text = "EYPEP v3.2 - Virtual School (fictional)    Page 1 of 6"

    def H(t, size=13):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(size)

    H("Early Years Personal Education Plan (EYPEP)", 20)
    doc.add_paragraph(TIPS)
    doc.add_paragraph("This EYPEP is for children aged 2 to the end of the Reception year. It must be reviewed every "
                      "term. Please complete all sections; boxes that do not apply should say N/A.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    H("Section One (a):Child's Details")
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c_, e in [("Forename", d["fore"], "Surname", d["sur"]),
                        ("Date of birth", d["dob"], "Age (years and months)", d["age"]),
                        ("Setting", d["setting"], "Room / class", d["room"]),
                        ("Legal status", d["legal"], "Date of EYPEP meeting", d["meet"])]:
        r = t.add_row().cells
        _c(r[0], a, True)
        _c(r[1], b)
        _c(r[2], c_, True)
        _c(r[3], e)
    doc.add_paragraph()
    H("Section One (b):People Invited to EYPEP Meeting")
    doc.add_paragraph("Please indicate the names of the people responsible for managing this EYPEP.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Title", "Name", "Address and Phone Number", "Attended Meeting", "Copy of PEP Sent"]):
        _c(t.cell(0, i), h, True)
    for row in d["people"]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            _c(cells[i], v)
    doc.add_paragraph()
    H("Section Two:Responsibilities")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _c(t.cell(0, 0), "", True)
    _c(t.cell(0, 1), "Name and Contact Details", True)
    for q, a in [("Who should the setting contact in an emergency – in order of priority? 1. 2. 3.", d["emerg"]),
                 ("Who is allowed access to me in my setting?", d["access"]),
                 ("Who will take responsibility for my health issues?", d["health"]),
                 ("Who will receive and respond to communications from my setting – for example invitations to "
                  "parents' evenings, school reports and school books?", d["comms"]),
                 ("Who will give permission for my attendance on trips?", d["trips"]),
                 ("Who can give permission for school photographs and performances?", d["photos"])]:
        r = t.add_row().cells
        _c(r[0], q)
        _c(r[1], a)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    H("Section Three:My Attendance")
    doc.add_paragraph(d["att"])
    H("Section Four:Me - My Views")
    doc.add_paragraph("How have my views been gathered? (e.g. observation, photos, drawings, talking with my key person)")
    doc.add_paragraph(d["how"])
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    quote = " ".join(f'"{v}"' for v in d["voice"])
    _c(t.cell(0, 0), "What I said: " + quote + (" " + d["voice_extra"] if d.get("voice_extra") else ""))
    doc.add_paragraph()
    H("Section Five:My Learning and Development")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _c(t.cell(0, 0), "EYFS area", True)
    _c(t.cell(0, 1), "Emerging / Expected / Exceeding", True)
    for a, b in d["areas"]:
        r = t.add_row().cells
        _c(r[0], a)
        _c(r[1], b)
    doc.add_paragraph()
    H("Section Six:My Next Steps")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Next step", "How will we know? / Who will help", "Area"]):
        _c(t.cell(0, i), h, True)
    for i, (txt, who, area) in enumerate(d["targets"], 1):
        r = t.add_row().cells
        for j, v in enumerate((str(i), txt, who, area)):
            _c(r[j], v)
    doc.add_paragraph()
    H("Section Seven:Early Years Pupil Premium (EYPP)")
    doc.add_paragraph("Interventions: (must link to a next step)")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Provision", "Cost", "Next step no."]):
        _c(t.cell(0, i), h, True)
    for desc, cost, _v, tn in d["eypp"]:
        r = t.add_row().cells
        for j, v in enumerate((desc, cost, str(tn))):
            _c(r[j], v)
    doc.add_paragraph(f"Total EYPP requested: {d['total']}")
    H("Section Eight:Agreement")
    doc.add_paragraph(f"Date EYPEP completed: {d['done']}")
    doc.add_paragraph(f"Date of next EYPEP: {d['next']}")
    doc.add_paragraph("☒ Designated person has checked the EYPEP     ☐ Virtual School QA complete")

    name = f"{LAYOUT}-{d['n']}.docx"
    path = out / name
    _save(doc, path)
    truth = {
        "layout": LAYOUT, "file": name,
        "inspired_by": "real-forms.md entries 7 and 6 (EYPEP with Children in Care Council preamble); 'What a reader must cope with' 1, 8, 9, 21, 22",
        "quirks": ["headings in words with lost spacing 'Section One (a):Child's Details'", "the word EYPEP",
                   "'Attended Meeting' / 'Copy of PEP Sent' tick columns", "numbered blanks '1. 2. 3.' inside a question",
                   "Forename / Surname in separate cells", "age in years and months",
                   "Word placeholders 'Click here to enter text.' / 'Choose an item.' mean empty (instance 2)"],
        "child_name": f"{d['fore']} {d['sur']}", "child_first_name": d["fore"], "school": d["setting"],
        "year_group": d["year"], "meeting_date": d["meet_iso"], "completed_date": d["done_iso"],
        "attendance_percent": d["att_val"], "pupil_voice": d["voice"],
        "targets": [{"text": t[0], "area": t[2]} for t in d["targets"]],
        "english_target": any(t[2] == "English" for t in d["targets"]),
        "maths_target": any(t[2] == "Maths" for t in d["targets"]),
        "pp_spend": [{"description": p[0], "cost": p[2], "target": p[3]} for p in d["eypp"]],
        "pp_requested": d["total_val"],
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
    return [make(d, out_dir) for d in (E1, E2)]


if __name__ == "__main__":
    build(Path(sys.argv[1]))
