"""zA06-eyfs-termcolumns: "Early Years Foundation Stage PEP form" exported to PDF, after real-forms.md entry 9.

The term is a column ("Autumn term (PEP 1) | Spring term (PEP 2)"), so two PEPs share one form; truth is the
latest PEP filled in. "About Me ……" sentence starters; "(DT to complete before the PEP) 1) Development
assessment information" tick grid of ELGs against age bands with a final ELG code 1/2/3. Borderless label
columns on the cover, ruled tables elsewhere.
"""
import json
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

LAYOUT = "zA06-eyfs-termcolumns"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
N = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5)
S = ParagraphStyle("s", parent=N, fontSize=7.5, leading=9.5)
B = ParagraphStyle("b", parent=N, fontName="DVB")
SB = ParagraphStyle("sb", parent=S, fontName="DVB")
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=19, leading=23, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4, keepWithNext=1)
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
ELGS = ["Listening, Attention and Understanding", "Speaking", "Self-Regulation", "Managing Self",
        "Building Relationships", "Gross Motor Skills", "Fine Motor Skills", "Comprehension", "Word Reading",
        "Writing", "Number", "Numerical Patterns"]
BANDS = ["8-20", "16-26", "22-36", "30-50", "40-60+"]
STARTERS = ["I like playing with...", "I am good at/enjoy...", "My friends are...", "I am happy when...", "I am sad when..."]


def P(t, st=N):
    return Paragraph(t.replace("&", "&amp;"), st)


def story(d):
    spring = d["spring"] is not None
    A, Sp = d["autumn"], d["spring"] or {}
    s = [P("Early Years Foundation Stage PEP form", H1),
         P("For children in care in Nursery (FS1) and Reception (FS2). One form is used for the whole year: complete "
           "the Autumn column at PEP 1 and the Spring column at PEP 2. A new form is started for the Summer term "
           "transition PEP."), Spacer(1, 8)]
    cov = [["", P("Autumn term (PEP 1)", B), P("Spring term (PEP 2)", B)],
           [P("My name", B), P(d["name"]), P(d["name"] if spring else "")],
           [P("My birthday", B), P(d["dob"]), P(d["dob"] if spring else "")],
           [P("My age", B), P(A["age"]), P(Sp.get("age", ""))],
           [P("My year group", B), P(d["yg"]), P(d["yg"] if spring else "")],
           [P("My school/setting", B), P(d["school"]), P(d["school"] if spring else "")],
           [P("Date of my PEP meeting", B), P(A["date"]), P(Sp.get("date", ""))],
           [P("People at my PEP", B), P(A["people"], S), P(Sp.get("people", ""), S)],
           [P("Date signed off by DT", B), P(A["signed"]), P(Sp.get("signed", ""))]]
    t = Table(cov, colWidths=[48 * mm, 65 * mm, 65 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
    s += [t, P("About Me ……", H2),
          P("(Key person to write down the child's words exactly. Say how the views were gathered.)", S), Spacer(1, 3)]
    rows = []
    for i, st in enumerate(STARTERS):
        rows.append([P(st, B), ""])
        rows.append([P("Autumn:"), P(A["voice"][i] or "")])
        rows.append([P("Spring:"), P(Sp["voice"][i] if spring else "")])
    vt = Table(rows, colWidths=[30 * mm, 148 * mm])
    vt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (0, 0), (-1, 0))] +
                           [("SPAN", (0, k), (-1, k)) for k in range(0, len(rows), 3)] +
                           [("LINEABOVE", (0, k), (-1, k), 0.6, colors.black) for k in range(0, len(rows), 3)] +
                           [("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
    s += [vt, P("How my views were gathered: " + (Sp.get("how") or A["how"]), S), PageBreak(),
          P("(DT to complete before the PEP) 1) Development assessment information:", H2),
          P("For each early learning goal (ELG), please tick which development band is most applicable. For children "
            "transferring from Reception to Y1, please fill in the final ELGs column in addition using 1 for Emerging, "
            "2 for Expected or 3 for exceeding. A = Autumn, S = Spring.", S), Spacer(1, 3)]
    grid = [[P("Development bands (months)", SB)] + [P(b, SB) for b in BANDS] + [P("Final ELG (1/2/3)", SB)]]
    for e in ELGS:
        row = [P(e, S)]
        for bi in range(len(BANDS)):
            mark = []
            if A["bands"].get(e) == bi:
                mark.append("✓A")
            if spring and Sp["bands"].get(e) == bi:
                mark.append("✓S")
            row.append(P(" ".join(mark), S))
        row.append(P(d.get("final", {}).get(e, ""), S))
        grid.append(row)
    g = Table(grid, colWidths=[52 * mm] + [20 * mm] * 5 + [26 * mm])
    g.setStyle(GRID)
    s += [g, P("2) Attendance", H2)]
    at = Table([["", P("Autumn", B), P("Spring", B)],
                [P("Attendance (%)", B), P(A["att"]), P(Sp.get("att", ""))],
                [P("Sessions offered / attended", B), P(A["sess"]), P(Sp.get("sess", ""))]],
               colWidths=[60 * mm, 59 * mm, 59 * mm])
    at.setStyle(GRID)
    s += [at, PageBreak(), P("3) My next steps", H2)]
    for term, blk in (("Autumn term (PEP 1)", A), ("Spring term (PEP 2)", Sp if spring else None)):
        s.append(P(term, B))
        if blk is None:
            s += [P("Next step 1: " + "……" * 8), P("Next step 2: " + "……" * 8), P("Next step 3: " + "……" * 8), Spacer(1, 4)]
            continue
        for i, (txt, who, area, rev) in enumerate(blk["targets"], 1):
            rws = [[P(f"Next step {i}", B), P(txt)], [P("Area of learning", B), P(area)], [P("Who / how", B), P(who)]]
            if rev is not None:
                rws.append([P("Reviewed at PEP 2", B), P(rev)])
            t = Table(rws, colWidths=[36 * mm, 142 * mm])
            t.setStyle(GRID)
            s += [t, Spacer(1, 4)]
    s += [P("4) Early Years Pupil Premium (EYPP)", H2),
          P("EYPP is claimed by the setting with the funded hours. Where the Virtual School adds funding it must link "
            "to a next step above.", S), Spacer(1, 3)]
    for term, blk in (("Autumn", A), ("Spring", Sp if spring else None)):
        rows = [[P(f"{term}: EYPP spend", B), P("Next step", B), P("Cost", B)]]
        for desc, cost, _c, tn in (blk["eypp"] if blk else []):
            rows.append([P(desc), P("" if tn is None else str(tn)), P(cost)])
        rows.append([P("Total", B), "", P(blk["total"] if blk else "")])
        t = Table(rows, colWidths=[128 * mm, 22 * mm, 28 * mm])
        t.setStyle(GRID)
        t.setStyle(TableStyle([("VALIGN", (1, 1), (-1, -1), "BOTTOM")]))
        s += [t, Spacer(1, 5)]
    return s


G1 = {
    "n": 1, "name": "Oscar Wilkes-Bryant", "first": "Oscar", "dob": "21/01/2021", "yg": "Reception (FS2)", "year": 0,
    "school": "Hollybank Primary School",
    "autumn": {
        "age": "4 years 8 months", "date": "8th October 2025", "people": "Mrs Clarke (DT), Ms Dunne (SW), Mr and Mrs Ahmed (carers)",
        "signed": "13/10/2025", "att": "97.0", "sess": "66 / 64",
        "voice": ["the dinosaurs and the garage", "jumping off the big step", "Ali and Freddie", "Nana Ahmed picks me up",
                  "when I can't find my coat peg"],
        "how": "Talked with Mrs Clarke using photos from his learning journey.",
        "bands": {e: 3 for e in ELGS} | {"Writing": 2, "Speaking": 2, "Number": 3},
        "targets": [("Oscar will write his first name independently.", "Class TA", "Literacy",
                     "Achieved - writes 'Oscar' on his drawings (Dec)."),
                    ("Oscar will count to 10 reliably.", "Class teacher", "Mathematics", "Achieved - counts to 20.")],
        "eypp": [("Fine motor 'Funky Fingers' group, 3 x 15 minutes a week", "£90", 90.0, 1)], "total": "£90",
    },
    "spring": {
        "age": "5 years 0 months", "date": "03/02/2026", "people": "Mrs Clarke (DT), Ms Dunne (SW), Mrs Ahmed (carer), Oscar",
        "signed": "10/02/2026", "att": "95.5", "sess": "126 / 120",
        "voice": ["Lego, I built a rocket with a door", "my sounds, I know sh and ch", "Ali and Freddie and Maisie",
                  "it's PE and we get the parachute", "Freddie says I'm not his friend"],
        "how": "Oscar chose to come to the end of the meeting and told Mrs Clarke his answers.",
        "bands": {e: 4 for e in ELGS} | {"Writing": 3, "Self-Regulation": 3},
        "targets": [
            ("Oscar will write a simple sentence of 4-6 words using his phonics (e.g. 'I can see a big dog') with a "
             "capital letter and full stop, 3 times in independent writing by the end of the summer term.",
             "Daily phonics; writing table with TA twice a week", "Literacy (English)", None),
            ("Oscar will recall number bonds to 5 and some to 10 without counting on his fingers, 8 out of 10 "
             "in the class quiz by Easter.", "Maths mastery group Mon/Wed/Fri", "Mathematics", None),
            ("Oscar will use the 'calm corner' and his feelings fan to tell an adult when a friend upsets him, "
             "instead of hitting out, on 4 out of 5 days by the summer PEP.", "Key adult Mrs Clarke; ELSA",
             "Personal, Social and Emotional Development", None),
        ],
        "eypp": [("ELSA friendship sessions, 6 weeks x 30 minutes with Mrs Patel", "£120", 120.0, 3),
                 ("Phonics and writing keep-up with TA, 2 x 20 minutes a week for 10 weeks (£8 x 20 = £160)", "£160",
                  160.0, 1)],
        "total": "£280",
    },
    "final": {},
    "meeting_iso": "2026-02-03", "completed_iso": "2026-02-10", "att_val": 95.5,
    "areas": ["English", "Maths", "PSED"],
}

G2 = {
    "n": 2, "name": "Maisie Thornbury", "first": "Maisie", "dob": "14.06.2022", "yg": "Nursery (FS1)", "year": -1,
    "school": "Greenhill Nursery School",
    "autumn": {
        "age": "3 years 4 months", "date": "22/10/2025", "people": "Mr Hussain (DT), Kerry Blake (SW), Tanya Ellis (carer)",
        "signed": "", "att": "89.0", "sess": "30 / 27",
        "voice": ["the baby dolls", "painting", "", "I see Tanya at home time", ""],
        "how": "Key person noted what Maisie said during play over two weeks.",
        "bands": {e: 1 for e in ELGS} | {"Gross Motor Skills": 2, "Speaking": 0},
        "targets": [
            ("Maisie will join in with 5 familiar nursery rhymes, using some of the words and actions, at group time by "
             "the spring PEP (key person to note in her learning journey).", "Key person; rhyme bag to take home",
             "Communication and Language", None),
            ("Maisie will separate from her carer at the door and settle within 5 minutes, on 4 out of 5 mornings.",
             "Key person to meet her at the door; photo book of home", "Personal, Social and Emotional Development", None),
        ],
        "eypp": [("Rhyme bag and picture books to share at home", "", None, 1)], "total": "",
    },
    "spring": None,
    "meeting_iso": "2025-10-22", "completed_iso": None, "att_val": 89.0,
    "areas": ["English", "PSED"],
}


def make(d, out: Path) -> Path:
    name = f"{LAYOUT}-{d['n']}.pdf"
    path = out / name

    def deco(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.drawString(15 * mm, 288 * mm, "OFFICIAL-SENSITIVE")
        c.drawRightString(195 * mm, 288 * mm, "EYFS PEP 2025-26")
        c.drawCentredString(105 * mm, 9 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
                            bottomMargin=15 * mm, title="EYFS PEP", author="", creator="", producer="", invariant=1)
    doc.build(story(d), onFirstPage=deco, onLaterPages=deco)
    latest = d["spring"] or d["autumn"]
    voice = [v for v in latest["voice"] if v]
    truth = {
        "layout": LAYOUT, "file": name,
        "inspired_by": "real-forms.md entry 9 (Early Years Foundation Stage PEP form); 'What a reader must cope with' 1, 3, 4, 7, 21",
        "quirks": ["term as a column: 'Autumn term (PEP 1) | Spring term (PEP 2)' (truth = latest PEP filled)",
                   "instance 2: Spring column and next steps left blank, autumn is the only PEP",
                   "'About Me ……' sentence starters; the child's words complete the starter (fragments)",
                   "ELG x development-band tick grid with A/S marks", "age in years and months",
                   "EYFS areas for targets; EYPP per term"],
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"], "year_group": d["year"],
        "meeting_date": d["meeting_iso"], "completed_date": d["completed_iso"], "attendance_percent": d["att_val"],
        "pupil_voice": voice,
        "targets": [{"text": t[0], "area": a} for t, a in zip(latest["targets"], d["areas"])],
        "english_target": "English" in d["areas"],
        "maths_target": "Maths" in d["areas"],
        "pp_spend": [{"description": p[0], "cost": p[2], "target": p[3]} for p in latest["eypp"]],
        "pp_requested": (float(latest["total"].strip("£")) if latest["total"] else None),
    }
    path.with_name(path.stem + ".truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False))
    return path


def build(out_dir: Path) -> list:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [make(d, out_dir) for d in (G1, G2)]


if __name__ == "__main__":
    build(Path(sys.argv[1]))
