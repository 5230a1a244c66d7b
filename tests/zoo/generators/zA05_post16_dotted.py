"""zA05-post16-dotted: Post 16 PEP exported to PDF, after real-forms.md entry 8.

Dotted-leader blanks typed over ("Student name……Jordan Pike……"), a circle-one NCY list "11 / 12 / 13 / 14"
(instance 1: the choice is a drawn circle and bold; instance 2: typed after the list), "Student" and
"College or Provider", invited/present attendee table, a pre-meeting checklist with check boxes, options
printed inline ("No Yes"), "Attendance: Factors affecting progress | Detail (including dates etc)",
borderless label columns for the care block, ruled tables elsewhere.
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
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

LAYOUT = "zA05-post16-dotted"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
N = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5)
S = ParagraphStyle("s", parent=N, fontSize=8, leading=10)
B = ParagraphStyle("b", parent=N, fontName="DVB")
SB = ParagraphStyle("sb", parent=S, fontName="DVB")
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=17, leading=21, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4, keepWithNext=1)
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))])
DOTS = "………"


def P(t, st=N):
    return Paragraph(t.replace("&", "&amp;"), st)


class Circled(Flowable):
    """'NCY: 11 / 12 / 13 / 14' with an ellipse drawn round one option (drawn, not text)."""

    def __init__(self, label, options, chosen):
        super().__init__()
        self.label, self.options, self.chosen = label, options, chosen
        self.height = 16

    def wrap(self, aw, ah):
        return aw, self.height

    def draw(self):
        c = self.canv
        x = 0
        c.setFont("DV", 9.5)
        c.drawString(x, 4, self.label)
        x += c.stringWidth(self.label, "DV", 9.5) + 4
        for i, o in enumerate(self.options):
            f = "DVB" if o == self.chosen else "DV"
            c.setFont(f, 9.5)
            w = c.stringWidth(o, f, 9.5)
            c.drawString(x, 4, o)
            if o == self.chosen:
                c.ellipse(x - 4, -1, x + w + 4, 15)
            x += w
            if i < len(self.options) - 1:
                c.setFont("DV", 9.5)
                c.drawString(x, 4, " / ")
                x += c.stringWidth(" / ", "DV", 9.5)


def story(d):
    s = [P("POST 16 PERSONAL EDUCATION PLAN (PEP)", H1),
         P("This PEP is for young people in Years 12, 13 and 14 (NCY 12-14) and for Year 11 leavers in the summer term. "
           "It is completed by the college or provider's designated person with the student, their social worker and "
           "Personal Adviser, and is reviewed each term. Please type over the dotted lines."), Spacer(1, 6),
         P(f"PEP form completed by{DOTS}{d['by']}{DOTS} Email{DOTS}{d['by_email']}{DOTS}"),
         P(f"PEP Date{DOTS}{d['date']}{DOTS}"),
         P(f"Student name{DOTS}{d['name']}{DOTS}")]
    if d["ncy_circle"]:
        s.append(Circled("NCY:", ["11", "12", "13", "14"], d["ncy"]))
    else:
        s.append(P(f"NCY: 11 / 12 / 13 / 14 {d['ncy_typed']}"))
    s += [P(f"College or Provider{DOTS}{d['college']}{DOTS}"),
          P(f"Study course &amp; level{DOTS}{d['course']}{DOTS}".replace("&amp;", "&")), Spacer(1, 8),
          P("Who was invited / attended", H2)]
    at = Table([[P(x, SB) for x in ("Role", "Name", "Telephone", "Email", "Invited", "Present")]] +
               [[P(x, S) for x in r] for r in d["people"]],
               colWidths=[32 * mm, 29 * mm, 27 * mm, 58 * mm, 16 * mm, 16 * mm])
    at.setStyle(GRID)
    s += [at, P("Before the meeting", H2)]
    ck = Table([[P(("☒" if v else "☐"), N), P(t)] for t, v in d["checks"]], colWidths=[8 * mm, 170 * mm])
    ck.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [ck, Spacer(1, 6),
          P("Is there any reason why the student cannot participate fully in this meeting? " + d["particip"]),
          P("If yes, please explain why and what support was provided to increase their participation?"),
          P(d["particip_why"]), P("Care information", H2)]
    ci = Table([[P("Address where student currently resides:", B), P(d["addr"])],
                [P("Name and address of person with PR/emergency contact:", B), P(d["pr"])],
                [P("Who will liaise with the provider on a day to day basis?", B), P(d["liaise"])]],
               colWidths=[80 * mm, 98 * mm])
    ci.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [ci, PageBreak(), P("Attendance and progress", H2)]
    af = Table([[P("Attendance: Factors affecting progress", B), P("Detail (including dates etc)", B)]] +
               [[P(a, B), P(b)] for a, b in d["factors"]], colWidths=[58 * mm, 120 * mm])
    af.setStyle(GRID)
    s += [af, Spacer(1, 6)]
    em = Table([[P("Subject", B), P("Best GCSE grade so far", B), P("Resit / working towards", B)]] +
               [[P(x) for x in r] for r in d["gcse"]], colWidths=[50 * mm, 60 * mm, 68 * mm])
    em.setStyle(GRID)
    s += [em, P("Student's View", H2), P("(In the student's own words. If they chose not to attend, attach the "
                                         "completed pupil voice sheet.)", S), Spacer(1, 3)]
    for q, a in d["voice_rows"]:
        s += [P(q, B), P(a if a else DOTS * 6), Spacer(1, 4)]
    s += [P("Review of last term's targets", H2)]
    rv = Table([[P("Target", B), P("Outcome", B)]] + [[P(a), P(b)] for a, b in d["review"]], colWidths=[105 * mm, 73 * mm])
    rv.setStyle(GRID)
    s += [rv, PageBreak(), P("My targets (around three, SMART, including English/maths if below grade 4)", H2)]
    for i, (txt, act, who, when, know, _a) in enumerate(d["targets"], 1):
        t = Table([[P(f"Target {i}:", B), P(txt)], [P("Actions / support:", B), P(act)], [P("By whom:", B), P(who)],
                   [P("By when:", B), P(when)], [P("How will we know?", B), P(know)]], colWidths=[40 * mm, 138 * mm])
        t.setStyle(GRID if i % 2 else TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [t, Spacer(1, 5)]
    s += [P("Virtual School Post 16 Pupil Premium Plus request", H2),
          P("PP+ for post-16 students is discretionary and must be linked to a target above. Bursary-funded items "
            "(travel, meals, equipment covered by the 16-19 Bursary) will not be agreed.", S), Spacer(1, 3)]
    pp = Table([[P("Provision and cost", B), P("Target no.", B)]] +
               [[P(f"{desc} {cost}".strip()), P("" if tn is None else str(tn))] for desc, cost, _c, tn in d["pp"]] +
               [[P(f"Total requested: {d['pp_total']}", B), ""]], colWidths=[150 * mm, 28 * mm])
    pp.setStyle(GRID)
    pp.setStyle(TableStyle([("VALIGN", (1, 1), (1, -1), "BOTTOM")]))
    s += [pp, Spacer(1, 10),
          P(f"Signed (Designated Tutor){DOTS}{d['dtutor']}{DOTS}"),
          P(f"Date signed off by Designated Tutor{DOTS}{d['signed']}{DOTS}"),
          P(f"Date of next PEP{DOTS}{d['next']}{DOTS}")]
    return s


F1 = {
    "n": 1, "by": "Gemma Rowntree (Designated Tutor)", "by_email": "g.rowntree@harbourside-college.example.ac.uk",
    "date": "18/11/2025", "date_iso": "2025-11-18", "name": "Jordan Pike", "first": "Jordan", "ncy_circle": True,
    "ncy": "12", "year": 12, "college": "Harbourside College", "course": "BTEC Level 3 Extended Diploma in Sport (Year 1 of 2)",
    "people": [("Student", "Jordan Pike", "07700 900811", "-", "✓", "✓"),
               ("Designated Tutor", "Gemma Rowntree", "01632 961200", "g.rowntree@harbourside-college.example.ac.uk", "✓", "✓"),
               ("Social Worker", "Imran Qureshi", "01632 960090", "imran.qureshi@council.example.gov.uk", "✓", "✓"),
               ("Personal Adviser", "Beth Kaye", "01632 960095", "beth.kaye@council.example.gov.uk", "✓", ""),
               ("VS Post 16 Adviser", "Ray Dunmore", "01632 960510", "ray.dunmore@council.example.gov.uk", "✓", "✓")],
    "checks": [("Current attendance data has been entered", True), ("Current attainment data has been entered", True),
               ("Completed pupil voice sheet if they do not wish to attend the meeting", False),
               ("Previous PEP is at hand to discuss progress", True),
               ("The exams permission/data sharing slip has been signed", True)],
    "particip": "No ☒ Yes ☐", "particip_why": "",
    "addr": "Supported lodgings, Marine Terrace (address held by SW)", "pr": "Local authority (Full Care Order); mum Karen Pike",
    "liaise": "Beth Kaye (PA) and Jordan himself",
    "factors": [("Attendance", "Attendance this academic year (%): 91.3 - two days missed 6-7 Oct (moving to supported lodgings); "
                               "late to 9am sessions on Mondays."),
                ("Punctuality", "Late 8 times, mostly Mondays after weekend family time in Preston."),
                ("Health / wellbeing", "Ankle injury September, now recovered.")],
    "att_val": 91.3,
    "gcse": [("English Language", "4", "-"), ("Maths", "3", "GCSE resit, November and June series")],
    "voice_rows": [("What is going well?", "Practical sessions are the best bit, I'm captain for the football academy team."),
                   ("What is not going so well?", "Maths resit. I hate it, I feel like I'm back in Year 10."),
                   ("What do you want to do after college?", "Sports coaching at uni or an apprenticeship at a gym.")],
    "voice": ["Practical sessions are the best bit, I'm captain for the football academy team.",
              "Maths resit. I hate it, I feel like I'm back in Year 10.",
              "Sports coaching at uni or an apprenticeship at a gym."],
    "review": [("Jordan to settle on the course and hand in Unit 1 on time.", "Met - Unit 1 Merit, submitted 3 days early."),
               ("Apply for the 16-19 Bursary.", "Met - bursary in place from October.")],
    "targets": [
        ("Jordan will attend every maths resit lesson and complete the weekly online quiz on Century, scoring 60% or "
         "more in the December mock to be on track for a grade 4 in June.", "Weekly 1:1 maths mentoring, Thursdays 2-3pm",
         "Maths lecturer Mr Obi; tutor", "December mock (w/c 8 Dec 2025)", "Mock result; Century report", "Maths"),
        ("Jordan will arrive before 9am on Mondays for the rest of the autumn term (no more than 1 late in 5 weeks).",
         "Alarm/travel plan agreed with PA; bus pass", "Jordan, Beth Kaye (PA)", "19 December 2025", "College register", "Attendance"),
        ("Jordan will complete an application for the Level 2 Football Coaching badge and a UCAS/apprenticeship "
         "research sheet with the careers adviser by February half-term.", "Careers guidance interview",
         "Careers adviser; Gemma", "February 2026", "Application sent; sheet in e-portfolio", "Careers"),
    ],
    "pp": [("1:1 maths mentoring with a specialist tutor, 1 hour a week for 10 weeks, £30/hour x 10 =", "£300", 300.0, 1),
           ("FA Level 2 coaching course fee (part-funded)", "£150", 150.0, 3)],
    "pp_total": "£450", "pp_total_val": 450.0, "dtutor": "G Rowntree", "signed": "25th November 2025",
    "signed_iso": "2025-11-25", "next": "March 2026",
}

F2 = {
    "n": 2, "by": "Marcus Hale", "by_email": "m.hale@tewkesbridge.example.ac.uk", "date": "02.12.25",
    "date_iso": "2025-12-02", "name": "Sinead Gallagher", "first": "Sinead", "ncy_circle": False, "ncy": "13",
    "ncy_typed": "- 13", "year": 13,
    "college": "Tewkesbridge Sixth Form College", "course": "A levels: Psychology, Sociology, English Literature",
    "people": [("Student", "Sinead Gallagher", "07700 900912", "-", "✓", ""),
               ("Designated Tutor", "Marcus Hale", "01632 962330", "m.hale@tewkesbridge.example.ac.uk", "✓", "✓"),
               ("Social Worker", "Fiona Birch", "01632 960102", "fiona.birch@council.example.gov.uk", "✓", "✓")],
    "checks": [("Current attendance data has been entered", False), ("Current attainment data has been entered", True),
               ("Completed pupil voice sheet if they do not wish to attend the meeting", True),
               ("Previous PEP is at hand to discuss progress", True),
               ("The exams permission/data sharing slip has been signed", False)],
    "particip": "No ☐ Yes ☒",
    "particip_why": "Sinead had a hospital appointment. She completed the pupil voice sheet with Marcus the day before.",
    "addr": "Foster home (held by SW)", "pr": "Local authority", "liaise": "Foster carer Mrs Pam Whitley",
    "factors": [("Attendance", "Figure to follow from MIS - register issues since the new system."),
                ("Health / wellbeing", "Anxiety; CAMHS appointments fortnightly on Wednesdays (authorised).")],
    "att_val": None,
    "gcse": [("English Language", "6", "-"), ("Maths", "5", "-")],
    "voice_rows": [("What is going well?", "Psychology, I actually like the essays. My teacher says my evaluation is good."),
                   ("What is not going so well?", "I'm behind on Sociology coursework because of appointments."),
                   ("What do you want to do after college?", "")],
    "voice": ["Psychology, I actually like the essays. My teacher says my evaluation is good.",
              "I'm behind on Sociology coursework because of appointments."],
    "review": [("Sinead to draft her UCAS personal statement.", "Partly met - first draft done, needs second draft.")],
    "targets": [
        ("Sinead will catch up on the two missing Sociology assignments (Families, Education) by 16 January 2026, "
         "using her two free periods on Tuesdays in the study centre.", "Study centre support; extension agreed",
         "Sociology teacher Ms Fenn", "16 January 2026", "Assignments marked on Teams", "Sociology"),
        ("Sinead will submit her UCAS application, with a second draft personal statement checked by her tutor, before "
         "the 28 January 2026 deadline.", "Tutor feedback sessions", "Marcus Hale", "28 January 2026",
         "UCAS 'sent' confirmation", "Careers"),
    ],
    "pp": [("Revision guides and past paper packs for Psychology and Sociology", "", None, 1)],
    "pp_total": "", "pp_total_val": None, "dtutor": "M Hale", "signed": "05/12/2025", "signed_iso": "2025-12-05",
    "next": "",
}


def make(d, out: Path) -> Path:
    name = f"{LAYOUT}-{d['n']}.pdf"
    path = out / name

    def deco(c, doc):
        c.saveState()
        c.setFont("DVB", 8)
        c.drawCentredString(105 * mm, 288 * mm, "OFFICIAL-SENSITIVE")
        c.setFont("DV", 7.5)
        c.drawString(16 * mm, 9 * mm, "Post 16 PEP - Virtual School (fictional)")
        c.drawRightString(194 * mm, 9 * mm, f"{doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=17 * mm,
                            bottomMargin=15 * mm, title="Post 16 PEP", author="", creator="", producer="", invariant=1)
    doc.build(story(d), onFirstPage=deco, onLaterPages=deco)
    truth = {
        "layout": LAYOUT, "file": name,
        "inspired_by": "real-forms.md entry 8 (Post 16 PEP); 'What a reader must cope with' 5, 6, 7, 12",
        "quirks": ["dotted-leader blanks typed over ('Student name………Jordan Pike………')",
                   "circle-one NCY list; instance 1 choice is a drawn ellipse + bold (text shows all four options), "
                   "instance 2 typed after the list",
                   "'Student', 'College or Provider', 'Study course & level', 'Designated Tutor'",
                   "options printed inline 'No ☒ Yes ☐'", "pre-meeting checklist with check boxes",
                   "attendance figure inside the 'Attendance: Factors affecting progress' table",
                   "PP+ cost run into the provision text ('Provision and cost | Target no.')"],
        "child_name": d["name"], "child_first_name": d["first"], "school": d["college"], "year_group": d["year"],
        "meeting_date": d["date_iso"], "completed_date": d["signed_iso"], "attendance_percent": d["att_val"],
        "pupil_voice": d["voice"],
        "targets": [{"text": t[0], "area": t[5]} for t in d["targets"]],
        "english_target": any(t[5] == "English" for t in d["targets"]),
        "maths_target": any(t[5] == "Maths" for t in d["targets"]),
        "pp_spend": [{"description": p[0], "cost": p[2], "target": p[3]} for p in d["pp"]],
        "pp_requested": d["pp_total_val"],
    }
    path.with_name(path.stem + ".truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False))
    return path


def build(out_dir: Path) -> list:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [make(d, out_dir) for d in (F1, F2)]


if __name__ == "__main__":
    build(Path(sys.argv[1]))
