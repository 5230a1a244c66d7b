"""zA01-cumbria-eybooklet: early-years (0-4) Word booklet in the style of real-forms.md entry 4.

Sentence labels ("My name is ...", "I am 34 months old"), age in months, photo placeholder text,
a stray working header, a procedure flow on page 2 before any fields, EYPP request.
"""
import json
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

LAYOUT = "zA01-cumbria-eybooklet"

PROCEDURE = [
    "PEP Procedure for pre-school children in a nursery or non-school setting (0-4 year olds)",
    "1. Arranging the Meeting - Is the child new into care? YES - PEP meeting should take place within 10 days of "
    "the child coming into care for all children over the age of 12 months who attend a setting. NO - the PEP is "
    "reviewed every term (Autumn, Spring, Summer).",
    "2. Who to invite - the child's keyperson, the setting manager or SENCo, the social worker, the carer(s) and "
    "the Early Years Adviser from the Virtual School. Parents may be invited where the care plan allows.",
    "3. Before the Meeting - the keyperson gathers the child's views through observation, photos, 'talking tins' "
    "or drawings and brings the child's learning journal.",
    "4. At the Meeting - agree two or three next steps, linked to the EYFS areas of learning, and any request for "
    "Early Years Pupil Premium (EYPP).",
    "5. After the Meeting - the setting completes the booklet within 5 working days and emails it to the Virtual "
    "School through secure email. The social worker shares it with the IRO before the child's review.",
]

DATA = [
    {
        "n": 1,
        "first": "Poppy", "last": "Halloran", "months": 34, "setting": "Little Acorns Day Nursery",
        "dob": "12/12/2022", "term": "Autumn", "meeting": "14th October 2025", "meeting_iso": "2025-10-14",
        "completed": "22/10/2025", "completed_iso": "2025-10-22",
        "keyperson": "Shona Pattinson (keyperson)", "sw": "Martin Crosby", "carer": "Jean and Alan Whitfield (foster carers)",
        "sessions": "Poppy has attended 54 of her 58 funded sessions since September.", "att_pct": "93.1",
        "att_val": 93.1,
        "voice_how": "Shona sat with Poppy at the sand tray and with her photo book and wrote down what she said.",
        "voice": ["I like the big red bike.", "Jean does my hair in bunches.",
                  "I don't like it when the hand dryer is loud."],
        "strengths": "Poppy is a sociable little girl who now separates from her carer at the door with a wave. "
                     "She enjoys the outdoor area, especially the bikes and the mud kitchen.",
        "development": [("Communication and Language", "Uses 2-3 word phrases; understands simple questions"),
                        ("Physical Development", "Climbs confidently; beginning to use a spoon and fork"),
                        ("Personal, Social and Emotional", "Plays alongside others; needs an adult to help share"),
                        ("Literacy", "Enjoys board books; turns pages"),
                        ("Mathematics", "Joins in with number rhymes to 3")],
        "targets": [
            ("Poppy will use four-word sentences, such as 'I want the red bike', in play by the end of the spring "
             "term (keyperson to record five examples in her learning journal).",
             "Shona - Talk Boost Early Years group twice a week; carers model longer sentences at bath time.",
             "February half-term", "English"),
            ("Poppy will count out up to five objects accurately, touching each one, during snack time and play by "
             "Easter.", "Shona and room staff at snack time daily; counting songs at home.", "Easter 2026", "Maths"),
            ("Poppy will take turns with a friend on the bikes with one adult reminder, on three days out of five.",
             "Room staff using a sand timer outside; praise and stickers.", "December 2025", "PSED"),
        ],
        "eypp": [
            ("Talk Boost Early Years small-group sessions with keyperson, 2 x 15 minutes a week for 10 weeks",
             "£12 x 10 weeks = £120", 120.0, 1),
            ("Numicon first-steps set and counting-song book to share between nursery and home",
             "£45", 45.0, 2),
        ],
        "eypp_total": "£165", "eypp_total_val": 165.0,
        "next": "10/02/2026",
    },
    {
        "n": 2,
        "first": "Tyler-James", "last": "Okafor", "months": 42, "setting": "Bumblebees Pre-School",
        "dob": "03/05/2022", "term": "Autumn", "meeting": "4th November 2025", "meeting_iso": "2025-11-04",
        "completed": "", "completed_iso": None,
        "keyperson": "Dawn Rigg (keyperson)", "sw": "Priya Anand", "carer": "Michelle Dobson (foster carer)",
        "sessions": "Tyler-James started at Bumblebees in September and attends three mornings a week.",
        "att_pct": "88", "att_val": 88.0,
        "voice_how": "Not gathered this term.",
        "voice": [],
        "voice_box": "Tyler-James is too young to give his views.",
        "strengths": "Tyler-James is settling well. He loves the train track and will play there for a long time.",
        "development": [("Communication and Language", "Single words; points to show what he wants"),
                        ("Physical Development", "Runs and jumps; mark-makes with chunky crayons"),
                        ("Personal, Social and Emotional", "Can become upset at transitions, e.g. tidy-up time"),
                        ("Literacy", "Listens to short stories on an adult's knee"),
                        ("Mathematics", "Lines up trains; notices 'more'")],
        "targets": [
            ("Tyler-James will use 20 single words and begin to join two words together (e.g. 'more train') by the "
             "next PEP in February.", "Dawn - daily 10-minute 'special time' using his favourite toys; Makaton signs.",
             "February 2026", "English"),
            ("To settle better at tidy-up time.", "All staff - visual timetable and 5-minute warning.",
             "Next PEP", "PSED"),
        ],
        "eypp": [
            ("Visual timetable and now/next board for Tyler-James's room", "", None, 2),
        ],
        "eypp_total": "", "eypp_total_val": None,
        "next": "February 2026",
    },
]


def _cell(c, text, bold=False):
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = bold


def make(d, out_dir: Path) -> Path:
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "NUI - FAO the Nursery manager - 20 pages"
    hp = sec.header.add_paragraph("OFFICIAL-SENSITIVE (when completed)")
    sec.footer.paragraphs[0].text = "0-4 Years Personal Education Plan 2025-2026  |  Cumbria-style Virtual School (fictional)"

    h = doc.add_paragraph()
    r = h.add_run("0–4 Years Personal Education Plan 2025–2026")
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph(f"My name is {d['first']} {d['last']}")
    doc.add_paragraph(f"I am {d['months']} months old")
    doc.add_paragraph(f"My setting is {d['setting']}")
    doc.add_paragraph("This is a photo of me (Please refer to your setting's policy on the use of photographs)")
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    _cell(t.cell(0, 0), "\n\n[photo]\n\n")
    doc.add_paragraph(f"This PEP is for the {d['term']} term")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for i, line in enumerate(PROCEDURE):
        p = doc.add_paragraph()
        rr = p.add_run(line)
        if i == 0:
            rr.bold = True
            rr.font.size = Pt(14)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def heading(txt):
        p = doc.add_paragraph()
        rr = p.add_run(txt)
        rr.bold = True
        rr.font.size = Pt(14)

    heading("About my PEP meeting")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in [
        ("My birthday is", d["dob"]),
        ("My PEP meeting was on", d["meeting"]),
        ("The people at my meeting were",
         f"{d['keyperson']}; {d['sw']} (social worker); {d['carer']}; Lorna Beck (Virtual School Early Years Adviser)"),
        ("My booklet was finished on", d["completed"]),
        ("My next PEP will be on", d["next"]),
    ]:
        row = t.add_row().cells
        _cell(row[0], lab, True)
        _cell(row[1], val)

    heading("How often I come to my setting")
    doc.add_paragraph(d["sessions"])
    doc.add_paragraph(f"Attendance since September (%): {d['att_pct']}")

    heading("What I want you to know about me")
    doc.add_paragraph("How my views were gathered: " + d["voice_how"])
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    if d["voice"]:
        _cell(t.cell(0, 0), "In my own words: " + " ".join(f'"{v}"' for v in d["voice"]))
    else:
        _cell(t.cell(0, 0), d["voice_box"])
    doc.add_paragraph("What the grown-ups who know me best say: " + d["strengths"])

    heading("How I am learning and developing (keyperson to complete)")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _cell(t.cell(0, 0), "Area of learning", True)
    _cell(t.cell(0, 1), "Where I am now", True)
    for a, b in d["development"]:
        row = t.add_row().cells
        _cell(row[0], a)
        _cell(row[1], b)

    heading("My next steps")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, hd in enumerate(["No.", "What I will learn next", "Who will help me and how", "By when"]):
        _cell(t.cell(0, i), hd, True)
    for i, (txt, who, when, _a) in enumerate(d["targets"], 1):
        row = t.add_row().cells
        _cell(row[0], str(i))
        _cell(row[1], txt)
        _cell(row[2], who)
        _cell(row[3], when)

    heading("Early Years Pupil Premium (EYPP) - how it will help me")
    doc.add_paragraph("Each request must be linked to one of my next steps above.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hd in enumerate(["Next step no.", "What will be provided", "Cost"]):
        _cell(t.cell(0, i), hd, True)
    for desc, cost, _c, tn in d["eypp"]:
        row = t.add_row().cells
        _cell(row[0], str(tn))
        _cell(row[1], desc)
        _cell(row[2], cost)
    doc.add_paragraph(f"Total EYPP requested this term: {d['eypp_total']}")

    heading("Signed")
    doc.add_paragraph(f"Setting manager / keyperson: {d['keyperson'].split(' (')[0]}    Date: {d['completed']}")
    doc.add_paragraph("Virtual School Early Years Adviser: ______________________")

    name = f"{LAYOUT}-{d['n']}.docx"
    path = out_dir / name
    _save(doc, path)
    truth = {
        "layout": LAYOUT,
        "file": name,
        "inspired_by": "real-forms.md entry 4 (Cumbria 0-4 Years PEP); 'What a reader must cope with' 1, 2, 8, 11, 21",
        "quirks": ["sentence labels with value inside ('My name is ...', 'My setting is ...')",
                   "age given in months, no year group printed (nursery = -1)",
                   "stray working header 'NUI - FAO the Nursery manager - 20 pages'",
                   "photo placeholder text left in", "procedure flow page before any field",
                   "EYFS areas instead of subjects; EYPP instead of PP+"],
        "child_name": f"{d['first']} {d['last']}",
        "child_first_name": d["first"],
        "school": d["setting"],
        "year_group": -1,
        "meeting_date": d["meeting_iso"],
        "completed_date": d["completed_iso"],
        "attendance_percent": d["att_val"],
        "pupil_voice": d["voice"],
        "targets": [{"text": t[0], "area": t[3]} for t in d["targets"]],
        "english_target": any(t[3] == "English" for t in d["targets"]),
        "maths_target": any(t[3] == "Maths" for t in d["targets"]),
        "pp_spend": [{"description": e[0], "cost": e[2], "target": e[3]} for e in d["eypp"]],
        "pp_requested": d["eypp_total_val"],
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
    return [make(d, out_dir) for d in DATA]


if __name__ == "__main__":
    build(Path(sys.argv[1]))
