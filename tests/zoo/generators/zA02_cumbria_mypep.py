"""zA02-cumbria-mypep: school-age "My Personal Education Plan 2025-2026" Word form, real-forms.md entry 5.

Both PEP meetings of the year (new PEP Sept/Oct, review Mar/Apr) are recorded in ONE document, in
side-by-side columns. Truth is the latest meeting that has been held. Instance 2 has only the autumn
meeting filled; the review columns are still blank.
"""
import json
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

LAYOUT = "zA02-cumbria-mypep"

PROC = ("There are two PEP meetings in an academic year and both meetings are recorded in the same single document. "
        "The new PEP is written in September/October and is reviewed in March/April. The Designated Teacher (DT) "
        "meets with the child/young person to complete Section 2 before the meeting; what they say they need help "
        "with is included in the action plan. The DT also completes Section 4. First part of meeting – Adults only "
        "discuss: The PEP, care plan and any worries. Second part of meeting – the child/young person joins. The CLA "
        "achievement teacher will attend where the child is in Reception, Year 6, Year 7 or Year 11.")

A1 = {
    "n": 1, "name": "Leo Fairbairn", "first": "Leo", "school": "St Bega's CE Primary School", "county": "Cumbria",
    "year_txt": "Year 5", "year": 5, "dob": "19/07/2016",
    "dates": ("07/10/2025", "24/03/2026"), "meeting_iso": "2026-03-24",
    "completed": ("10/10/2025", "31.03.26"), "completed_iso": "2026-03-31",
    "present": ("Mrs K Tyson (DT), Gareth Holme (SW), Sandra Bell (carer), Leo",
                "Mrs K Tyson (DT), Gareth Holme (SW), Sandra Bell (carer), Anne Lowther (CLA achievement teacher), Leo"),
    "att": ("96.4% (Sept)", "94.8%"), "att_val": 94.8,
    "voice_q": ["What I am good at", "What I enjoy at school", "What I find hard", "What I need help with",
                "What I want to be when I grow up"],
    "voice": (["I am good at football and drawing.", "Art and PE.", "Writing long stories.",
               "Remembering my times tables.", "A vet."],
              ["I'm good at art, I did the best dragon in the class.", "Going to football club on Thursdays.",
               "My handwriting goes messy when I rush.", "I still get stuck on 7s and 8s times tables.",
               "A vet or a footballer."]),
    "prog": [("Reading", "WTS", "EXS"), ("Writing", "WTS", "WTS+"), ("Maths", "WTS", "WTS+")],
    "old_targets": [
        ("Leo will write a paragraph of at least five sentences with capital letters and full stops by February.",
         "Achieved - see writing book, 'The Dragon Egg', 3 March."),
        ("Leo will know his 2, 5 and 10 times tables with instant recall (Times Tables Rock Stars score).",
         "Achieved - 2, 5, 10 secure. 3 and 4 now secure too."),
        ("To be more confident.", "Partly - Leo now answers in class with prompting."),
    ],
    "targets": [
        ("Leo will recall his 6, 7 and 8 times tables in under 5 seconds each, scoring 20/25 or more on the Year 4 "
         "multiplication check practice, by the end of the summer term.",
         "TA 3 x 10 minutes a week, TTRS at home with Sandra", "July 2026", "Maths"),
        ("Leo will join his handwriting consistently in independent writing across one full page, checked "
         "in his English book by the class teacher each fortnight, by half-term in May.",
         "Class teacher; handwriting group Tues/Thurs", "May half-term", "English"),
        ("Leo will read aloud to an adult at least four times a week and move from Turquoise to Purple book "
         "band by July.", "Sandra at home; reading volunteer Mon/Wed", "July 2026", "English"),
    ],
    "pp": [
        ("Times tables intervention with TA (Mrs Gill), 3 x 10 minutes a week for 12 weeks", "£15 x 12 = £180",
         180.0, 1),
        ("Handwriting group materials and writing slope", "£25", 25.0, 2),
        ("Football club fees summer term to support confidence", "£60", 60.0, None),
    ],
    "pp_auto": "1:1 reading with TA - £200; TTRS subscription - £10",
    "pp_total": "£265", "pp_total_val": 265.0,
}

A2 = {
    "n": 2, "name": "Chloe Armstrong", "first": "Chloe", "school": "Solway Community Academy", "county": "Cumbria",
    "year_txt": "Year 9", "year": 9, "dob": "02/02/2012",
    "dates": ("16/10/2025", ""), "meeting_iso": "2025-10-16",
    "completed": ("23/10/2025", ""), "completed_iso": "2025-10-23",
    "present": ("Mr D Nicholson (DT), Helen Wray (SW), Chloe, Lisa Moffat (Key worker, residential home)", ""),
    "att": ("see printout", ""), "att_val": None,
    "voice_q": ["What I am good at", "What I enjoy at school", "What I find hard", "What I need help with",
                "What I want to be when I grow up"],
    "voice": (["Drama, I was in the play last year.", "Being with my friends and drama club.",
               "Science tests, I panic and go blank.", "Revising. I don't know how to do it.",
               "Don't know yet, maybe something with make-up or acting."], ["", "", "", "", ""]),
    "prog": [("English", "4-", ""), ("Maths", "3+", ""), ("Science", "3", "")],
    "old_targets": [("Settle into new school.", "Chloe moved to Solway in September; settling well.")],
    "targets": [
        ("Chloe will use a revision technique taught by her mentor (flash cards or mind maps) before each science "
         "topic test and bring the cards to show her mentor, for the next three tests.",
         "Learning mentor Mr Graves, weekly", "February 2026", "Science"),
        ("Chloe will read one chapter of her English class novel each week with a reading buddy and complete the "
         "weekly quiz scoring 7/10 or more by February half-term.",
         "English dept. reading buddy, Tuesdays", "February half-term", "English"),
    ],
    "pp": [
        ("Learning mentor revision sessions, 1 hour a week", "", None, 1),
        ("LAMDA drama lessons (Grade 3) - autumn and spring", "£12 x 20 = £240", 240.0, None),
    ],
    "pp_auto": "",
    "pp_total": "", "pp_total_val": None,
}


def _c(c, text, bold=False):
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = bold


def make(d, out_dir: Path) -> Path:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    s = doc.sections[0]
    s.header.paragraphs[0].text = "OFFICIAL-SENSITIVE                                         My Personal Education Plan 2025–2026"
    s.footer.paragraphs[0].text = "Cumbria-style Virtual School for Children Looked After (fictional) – mainstream version"

    def H(t, size=14):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(size)

    H("My Personal Education Plan 2025–2026", 22)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in [("Name", d["name"]), ("This is a photo of me", ""), ("My school", d["school"]),
                     ("County", d["county"]), ("School year", d["year_txt"])]:
        r = t.add_row().cells
        _c(r[0], lab, True)
        _c(r[1], val)
    doc.add_paragraph()
    H("How this PEP works", 12)
    doc.add_paragraph(PROC)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def twocol(title, rows, hdr=("", "Meeting 1: New PEP (Sept/Oct)", "Meeting 2: Review (Mar/Apr)")):
        H(title)
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            _c(t.cell(0, i), h, True)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                _c(cells[i], v, i == 0)

    twocol("Section 1: About me and my meetings (Social Worker to complete)", [
        ("Date of birth", d["dob"], d["dob"] if d["dates"][1] else ""),
        ("Date of meeting", d["dates"][0], d["dates"][1]),
        ("Who was at the meeting", d["present"][0], d["present"][1]),
        ("Date PEP completed and sent to Virtual School", d["completed"][0], d["completed"][1]),
    ])
    doc.add_paragraph()
    twocol("Section 2: My views (completed with my Designated Teacher)",
           [(q, d["voice"][0][i], d["voice"][1][i]) for i, q in enumerate(d["voice_q"])])
    doc.add_paragraph()
    twocol("Section 3: My attendance", [("Attendance % this academic year", d["att"][0], d["att"][1]),
                                        ("Exclusions (fixed term / internal)", "None", "None" if d["dates"][1] else "")])
    doc.add_paragraph()
    H("Section 4: My progress (Designated Teacher to complete)")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Subject", "Autumn", "Spring"]):
        _c(t.cell(0, i), h, True)
    for row in d["prog"]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            _c(cells[i], v)
    doc.add_paragraph("Key: WTS working towards, EXS expected, GDS greater depth. Secondary: GCSE grade, current working at.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    H("Section 5: My action plan")
    review = bool(d["dates"][1])
    doc.add_paragraph("Targets set at Meeting 1 and how I got on (reviewed at Meeting 2)")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _c(t.cell(0, 0), "Target set at Meeting 1", True)
    _c(t.cell(0, 1), "Review at Meeting 2 (achieved / partly / not yet, with evidence)", True)
    olds = d["old_targets"] if review else [(f"Target {i}", "") for i in range(1, len(d["targets"]) + 1)]
    for a, b in olds:
        cells = t.add_row().cells
        _c(cells[0], a)
        _c(cells[1], b)
    doc.add_paragraph()
    if review:
        doc.add_paragraph("New targets agreed at Meeting 2 (Review)")
    else:
        doc.add_paragraph("Targets agreed at Meeting 1 (New PEP)")
    tg = d["targets"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Target no.", "What I need to do (SMART)", "Help I will get / who", "By when"]):
        _c(t.cell(0, i), h, True)
    for i, (txt, who, when, _a) in enumerate(tg, 1):
        cells = t.add_row().cells
        for j, v in enumerate((str(i), txt, who, when)):
            _c(cells[j], v)
    doc.add_paragraph()
    H("Section 6: Pupil Premium Plus")
    if review:
        doc.add_paragraph("Meeting 1 PP+ spend (already agreed): " + d["pp_auto"])
        doc.add_paragraph("Meeting 2 PP+ request:")
    else:
        doc.add_paragraph("Meeting 1 PP+ request:")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Provision and cost", "Cost", "Target no."]):
        _c(t.cell(0, i), h, True)
    for desc, cost, _v, tn in d["pp"]:
        cells = t.add_row().cells
        for j, v in enumerate((desc, cost, "" if tn is None else str(tn))):
            _c(cells[j], v)
    doc.add_paragraph(f"Total requested: {d['pp_total']}")
    doc.add_paragraph()
    H("Signatures")
    doc.add_paragraph(f"Designated Teacher: {d['present'][0].split(' (')[0]}   Date: {d['completed'][0]}")
    doc.add_paragraph(f"Review signed by Designated Teacher: {d['present'][1].split(' (')[0] if review else ''}   "
                      f"Date: {d['completed'][1]}")

    name = f"{LAYOUT}-{d['n']}.docx"
    path = out_dir / name
    _save(doc, path)
    voice = [v for v in (d["voice"][1] if review else d["voice"][0]) if v]
    truth = {
        "layout": LAYOUT, "file": name,
        "inspired_by": "real-forms.md entry 5 (Cumbria My Personal Education Plan); 'What a reader must cope with' 3, 4, 10",
        "quirks": ["both meetings of the year in one document, side-by-side columns (truth = latest meeting held)",
                   "instance 2: review columns still blank, so the autumn meeting is the latest",
                   "new targets of the review sit below the review of the autumn targets",
                   "pupil voice as short answers in a question table"],
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"], "year_group": d["year"],
        "meeting_date": d["meeting_iso"], "completed_date": d["completed_iso"], "attendance_percent": d["att_val"],
        "pupil_voice": voice,
        "targets": [{"text": t[0], "area": t[3]} for t in d["targets"]],
        "english_target": any(t[3] == "English" for t in d["targets"]),
        "maths_target": any(t[3] == "Maths" for t in d["targets"]),
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
    return [make(d, out_dir) for d in (A1, A2)]


if __name__ == "__main__":
    build(Path(sys.argv[1]))
