"""zA03-devon-paper: paper school-age PEP exported to PDF, after real-forms.md entry 6 (Devon, inferred).

Children in Care Council tips first; first-person labels each followed by "Tel no:"; a 4-column date
strip; a "Present at this meeting: Me | Designated Teacher | ..." tick strip; PP+ boilerplate; ruled
tables, a table per target; QA descriptors appendix at the end.
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

LAYOUT = "zA03-devon-paper"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
N = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12)
B = ParagraphStyle("b", parent=N, fontName="DVB")
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=18, leading=22, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4, keepWithNext=1)
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8f3"))])
GRIDNOHEAD = TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])

TIPS = [
    "Tips for a positive PEP - from the Children in Care Council",
    "1. Ask me where and when I want my meeting. Please don't take me out of a lesson I like.",
    "2. Tell me who is coming and why. I don't want lots of adults I don't know.",
    "3. Let me say what I think first, or let me write it down before if I don't want to come in.",
    "4. Don't talk about me as if I'm not there. Use my name, not 'LAC' or 'the young person'.",
    "5. Make my targets about things I actually want to get better at.",
    "6. Tell me what the money (PP+) is being spent on and whether it helped.",
    "7. Give me a copy, and check with me that it's right.",
]


def P(t, st=N):
    return Paragraph(t.replace("&", "&amp;"), st)


def one(d):
    s = []
    s.append(P(TIPS[0], H1))
    for t in TIPS[1:]:
        s.append(P(t))
        s.append(Spacer(1, 3))
    s.append(Spacer(1, 8))
    s.append(P("Pupil Premium Plus (PP+) is an additional grant for children in care, currently £1,900 p.a., managed by "
               "the Virtual School Head. It is released to the school each term once the PEP has been quality assured. "
               "Spending must be linked to the targets in this PEP. The Assessment sheet which was issued by the "
               "Virtual School must be referred to when recording attainment. QA descriptors are in Appendix 1."))
    s.append(PageBreak())
    s.append(P("Personal Education Plan (PEP) - school age", H1))
    rows = [
        ("My name is:", d["name"], ""),
        ("My date of birth is:", d["dob"], ""),
        ("My school is:", d["school"], "Tel no: " + d["school_tel"]),
        ("I am in year (NCY):", d["ncy"], ""),
        ("My school is a (please enter type of school):", d["type"], ""),
        ("My Designated Teacher is:", d["dt"], "Tel no: " + d["dt_tel"]),
        ("My Social Worker is:", d["sw"], "Tel no: " + d["sw_tel"]),
        ("My Area Learning Advocate is:", d["ala"], "Tel no: 01392 000417"),
        ("My PEP Co-ordinator is:", d["pepc"], "Tel no: 01392 000452"),
    ]
    t = Table([[P(a, B), P(b), P(c)] for a, b, c in rows], colWidths=[62 * mm, 70 * mm, 45 * mm])
    t.setStyle(GRIDNOHEAD)
    s.append(t)
    s.append(Spacer(1, 8))
    strip = Table([[P(x, B) for x in ("Date of this PEP", "Is this the first PEP?", "Date of last PEP", "Date of Next PEP")],
                   [P(x) for x in d["dates"]]], colWidths=[44 * mm] * 4)
    strip.setStyle(GRID)
    s.append(strip)
    s.append(Spacer(1, 8))
    ticks = ["☒" if x else "☐" for x in d["present"]]
    ts = Table([[P("Present at this meeting:", B), P("Me"), P("Designated Teacher"), P("Social Worker"), P("PEP Co-ordinator")],
                ["", P(ticks[0]), P(ticks[1]), P(ticks[2]), P(ticks[3])]], colWidths=[45 * mm, 25 * mm, 38 * mm, 33 * mm, 35 * mm])
    ts.setStyle(GRIDNOHEAD)
    s.append(ts)
    s.append(Spacer(1, 6))
    s.append(P("Others present at this meeting:", B))
    ot = Table([[P("Name", B), P("Role", B), P("Contact details", B)]] + [[P(a), P(b), P(c)] for a, b, c in d["others"]],
               colWidths=[50 * mm, 55 * mm, 72 * mm])
    ot.setStyle(GRID)
    s.append(ot)

    s.append(P("My attendance and exclusions", H2))
    at = Table([[P("Attendance this academic year (%)", B), P(d["att"])],
                [P("Number of sessions missed (authorised / unauthorised)", B), P(d["missed"])],
                [P("Fixed term exclusions this year (days)", B), P(d["excl"])]], colWidths=[90 * mm, 87 * mm])
    at.setStyle(GRIDNOHEAD)
    s.append(at)
    s.append(P("My progress (refer to the Assessment sheet issued by the Virtual School)", H2))
    pt = Table([[P(x, B) for x in ("Subject", "Last PEP", "Now", "Expected by end of year")]] +
               [[P(x) for x in r] for r in d["prog"]], colWidths=[45 * mm, 40 * mm, 40 * mm, 52 * mm])
    pt.setStyle(GRID)
    s.append(pt)
    s.append(PageBreak())
    s.append(P("What I think", H2))
    s.append(P("(Please write my words down as I say them. If I didn't want to come to the meeting, say how you found "
               "out what I think.)"))
    s.append(Spacer(1, 4))
    for q, a in d["voice_rows"]:
        vt = Table([[P(q, B)], [P(a if a else " ")]], colWidths=[177 * mm])
        vt.setStyle(GRIDNOHEAD)
        s.append(vt)
        s.append(Spacer(1, 4))
    s.append(P("How did my last targets go?", H2))
    rt = Table([[P("Last target", B), P("Met / partly / not met - evidence", B)]] +
               [[P(a), P(b)] for a, b in d["review"]], colWidths=[100 * mm, 77 * mm])
    rt.setStyle(GRID)
    s.append(rt)
    s.append(P("My targets for this term", H2))
    for i, (txt, how, who, when, _a) in enumerate(d["targets"], 1):
        tt = Table([[P(f"Target {i}", B), P(txt)], [P("How will we know?", B), P(how)],
                    [P("Who will help me", B), P(who)], [P("By when", B), P(when)]], colWidths=[38 * mm, 139 * mm])
        tt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(tt)
        s.append(Spacer(1, 5))
    s.append(P("PP+ plan", H2))
    pp = Table([[P("Target no.", B), P("Provision and cost", B), P("Cost", B)]] +
               [[P("" if tn is None else str(tn)), P(desc), P(cost)] for desc, cost, _c, tn in d["pp"]] +
               [["", P("Total PP+ requested this term", B), P(d["pp_total"])]], colWidths=[22 * mm, 120 * mm, 35 * mm])
    pp.setStyle(GRID)
    pp.setStyle(TableStyle([("VALIGN", (2, 1), (2, -1), "BOTTOM")]))
    s.append(pp)
    s.append(P("Sign off", H2))
    so = Table([[P("Designated Teacher signature", B), P(d["dt"])], [P("Date signed off by DT", B), P(d["signed"])],
                [P("PEP Co-ordinator QA", B), P("")]], colWidths=[70 * mm, 107 * mm])
    so.setStyle(GRIDNOHEAD)
    s.append(so)
    s.append(PageBreak())
    s.append(P("Appendix 1 - QA descriptors", H2))
    for line in ["Green: pupil voice in my own words and linked to targets; at least one English and one maths SMART "
                 "target; PP+ costed and linked; attendance recorded.",
                 "Amber: one or two areas need more detail - PEP returned to school for amendment within 10 school days.",
                 "Red: PEP not fit for purpose - PP+ withheld until resubmitted."]:
        s.append(P(line))
        s.append(Spacer(1, 3))
    return s


D1 = {
    "n": 1, "name": "Kayden Penhaligon", "first": "Kayden", "dob": "11/06/2013", "school": "Tamar Valley Academy",
    "school_tel": "01822 000731", "ncy": "8", "year": 8, "type": "Secondary academy (11-16)",
    "dt": "Ms Rachel Coombe", "dt_tel": "01822 000735", "sw": "Tom Yeo", "sw_tel": "01392 000288",
    "ala": "Jenny Luxton", "pepc": "Sam Bickford",
    "dates": ("14.10.25", "No", "01.07.25", "February 2026"), "meeting_iso": "2025-10-14",
    "present": (True, True, True, False),
    "others": [("Carol Rowe", "Foster carer", "via social worker"), ("Mr A Petherick", "Head of Year 8", "school office")],
    "att": "92.6", "att_val": 92.6, "missed": "7 / 1", "excl": "0",
    "prog": [("English", "4- (KS2 scaled 98)", "4-", "4"), ("Maths", "3+", "4-", "4"), ("Science", "3", "3+", "4-")],
    "voice_rows": [
        ("What is going well for me at school", "I like Food Tech and PE. I've got a good group of mates now in my form."),
        ("What I find hard", "Maths homework, I don't get it and there's nobody to ask at home. Sometimes lunchtimes when it kicks off."),
        ("What would help me", "If I could do homework club on Tuesdays instead of Thursdays because of family time."),
        ("What I want to do when I'm older", "Be a chef or join the Navy like my grandad."),
    ],
    "voice": ["I like Food Tech and PE. I've got a good group of mates now in my form.",
              "Maths homework, I don't get it and there's nobody to ask at home. Sometimes lunchtimes when it kicks off.",
              "If I could do homework club on Tuesdays instead of Thursdays because of family time.",
              "Be a chef or join the Navy like my grandad."],
    "review": [("Kayden to complete all maths homework on Sparx each week.", "Partly met - 9 of 12 weeks completed."),
               ("Kayden to read for 20 minutes, 4 nights a week, logged in planner.", "Met - planner signed by Carol.")],
    "targets": [
        ("Kayden will complete his weekly Sparx maths homework at Tuesday homework club with the maths TA, reaching "
         "100% completion for 10 weeks in a row by February half-term.",
         "Sparx completion report checked by Mr Petherick each Friday.", "Maths TA Mrs Hext; homework club",
         "February half-term 2026", "Maths"),
        ("Kayden will improve his reading comprehension from a standardised score of 91 to 96 or above on the NGRT "
         "retest in February.", "NGRT retest score.", "Reading intervention (Lexia) 3 x 20 min a week",
         "February 2026", "English"),
        ("Kayden will use his 'time out' card and go to the Hub instead of getting involved when there is trouble "
         "at lunchtime, with no more than one behaviour point at lunch per half-term.",
         "Behaviour log on Arbor.", "Pastoral lead, Hub staff", "Next PEP", "Wellbeing"),
    ],
    "pp": [("Lexia Power Up licence and TA time, 3 x 20 minutes a week", "£180", 180.0, 2),
           ("Maths TA at Tuesday homework club, 1 hour a week for 12 weeks - £15 x 12 = £180", "£180", 180.0, 1),
           ("Food Tech ingredients for cookery club (Kayden's chosen enrichment)", "£40", 40.0, 3)],
    "pp_total": "£400", "pp_total_val": 400.0, "signed": "21st October 2025", "signed_iso": "2025-10-21",
}

D2 = {
    "n": 2, "name": "Ruby-Mae Tregear", "first": "Ruby-Mae", "dob": "29/09/2018", "school": "Bishops Nympton Primary School",
    "school_tel": "01769 000114", "ncy": "2", "year": 2, "type": "Primary, maintained",
    "dt": "Mr Ian Squire", "dt_tel": "01769 000115", "sw": "Amina Reece", "sw_tel": "01392 000301",
    "ala": "Jenny Luxton", "pepc": "Sam Bickford",
    "dates": ("5th November 2025", "Yes", "N/A", "10th February 2026"), "meeting_iso": "2025-11-05",
    "present": (False, True, True, True),
    "others": [("Debbie Hosking", "Kinship carer (aunt)", "07700 900219")],
    "att": "", "att_val": None, "missed": "", "excl": "0",
    "prog": [("Reading", "-", "Phonics phase 3", "Phase 5 / Y1 PSC pass on retake"), ("Writing", "-", "WTS", "WTS+"),
             ("Maths", "-", "WTS", "EXS")],
    "voice_rows": [
        ("What is going well for me at school", "Ruby-Mae told Mr Squire during a drawing session: I like my teacher "
         "Miss Pike and I like the reading shed."),
        ("What I find hard", "When it's playtime and nobody plays with me."),
        ("What would help me", ""),
        ("What I want to do when I'm older", ""),
    ],
    "voice": ["I like my teacher Miss Pike and I like the reading shed.", "When it's playtime and nobody plays with me."],
    "review": [("First PEP - no previous targets", "")],
    "targets": [
        ("Ruby-Mae will pass the Phonics Screening Check retake in June 2026 by reading 32 or more of the 40 words, "
         "with daily Little Wandle keep-up sessions.", "PSC retake score; half-termly phonics assessment.",
         "Class TA Mrs Dyer, daily 10 minutes", "June 2026", "English"),
        ("Ruby-Mae will join a lunchtime buddy group twice a week so she has someone to play with.",
         "Playground observations; Ruby-Mae tells us.", "Lunchtime supervisor", "Christmas", "Wellbeing"),
        ("Ruby-Mae will count on and back in 2s, 5s and 10s to 100 and use this to solve simple multiplication "
         "problems by Easter.", "Class assessment.", "Class teacher", "Easter 2026", "Maths"),
    ],
    "pp": [("Little Wandle keep-up sessions with TA, daily 10 minutes", "£150", 150.0, 1),
           ("Lunchtime buddy group resources (games box)", "", None, 2)],
    "pp_total": "£150", "pp_total_val": 150.0, "signed": "", "signed_iso": None,
}


def make(d, out: Path) -> Path:
    name = f"{LAYOUT}-{d['n']}.pdf"
    path = out / name

    def deco(c, doc):
        c.saveState()
        c.setFont("DVB", 8)
        c.drawString(18 * mm, 287 * mm, "OFFICIAL-SENSITIVE")
        c.setFont("DV", 8)
        c.drawRightString(192 * mm, 287 * mm, "Personal Education Plan - Devon-style Virtual School (fictional)")
        c.drawCentredString(105 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=18 * mm,
                            bottomMargin=16 * mm, title="PEP", author="", creator="", producer="",
                            invariant=1)
    doc.build(one(d), onFirstPage=deco, onLaterPages=deco)
    truth = {
        "layout": LAYOUT, "file": name,
        "inspired_by": "real-forms.md entry 6 (Devon paper PEP, inferred); 'What a reader must cope with' 1, 6, 7, 8, 11",
        "quirks": ["Children in Care Council tips and PP+ boilerplate ('£1,900 p.a.') before the fields",
                   "first-person labels with 'Tel no:' column", "instruction inside a label '(please enter type of school)'",
                   "4-column date strip incl. 'Is this the first PEP?'",
                   "'Present at this meeting' tick strip with 'Me' as an attendee",
                   "a ruled table per target; target number as first column of the PP+ table"],
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"], "year_group": d["year"],
        "meeting_date": d["meeting_iso"], "completed_date": d["signed_iso"], "attendance_percent": d["att_val"],
        "pupil_voice": d["voice"],
        "targets": [{"text": t[0], "area": t[4]} for t in d["targets"]],
        "english_target": any(t[4] == "English" for t in d["targets"]),
        "maths_target": any(t[4] == "Maths" for t in d["targets"]),
        "pp_spend": [{"description": p[0], "cost": p[2], "target": p[3]} for p in d["pp"]],
        "pp_requested": d["pp_total_val"],
    }
    path.with_name(path.stem + ".truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False))
    return path


def build(out_dir: Path) -> list:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [make(d, out_dir) for d in (D1, D2)]


if __name__ == "__main__":
    build(Path(sys.argv[1]))
