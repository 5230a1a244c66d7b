"""zB01-welfare-tabs: a Welfare Call-style ePEP PDF export.

Imitates real-forms.md entry 1 (Welfare Call ePEP: colour-coded tabs by owner, "Blue Banner"
headings, EY/SSA/P16 versions, "DT: Click when Completed", Quality Assurance tab coloured black).
Quirks: Forename / Surname split; one small two-column table per target; PP+ table
"Provision and cost | Target no."; attendance in a standard data table; instance 2 is the EY
version (no SDQ banner, EYPP instead of PP+).
"""
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle, KeepTogether)

LAYOUT = "zB01-welfare-tabs"
_FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", _FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", _FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", _FD + "DejaVuSans-Oblique.ttf"))
from reportlab.lib.fonts import addMapping  # noqa: E402

addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVB")

BODY = ParagraphStyle("body", fontName="DV", fontSize=8.5, leading=11)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))
TITLE = ParagraphStyle("title", parent=BODY, fontName="DVB", fontSize=15, leading=19)
BANNER = ParagraphStyle("banner", parent=BODY, fontName="DVB", fontSize=9, textColor=colors.white)
TAB = ParagraphStyle("tab", parent=BODY, fontName="DVB", fontSize=11.5, leading=14, textColor=colors.white)

TAB_COLOURS = {"BLUE": "#1f4e9c", "RED": "#b3202a", "GREEN": "#2e7d32", "PURPLE": "#6a3d9a", "BLACK": "#111111"}
BLUE_BANNER = colors.HexColor("#3d7cc9")


def P(t, st=BODY):
    return Paragraph(escape(t).replace("\n", "<br/>"), st)


def make_canvas(version_label, printed):
    class NC(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._deco(n)
                super().showPage()
            super().save()

        def _deco(self, n):
            w, h = A4
            self.setFillColor(colors.HexColor("#0b2a4a"))
            self.rect(0, h - 1.2 * cm, w, 1.2 * cm, stroke=0, fill=1)
            self.setFillColor(colors.white)
            self.setFont("DVB", 10)
            self.drawString(1.5 * cm, h - 0.8 * cm, "Welfare Call  ePEP")
            self.setFont("DV", 8)
            self.drawRightString(w - 1.5 * cm, h - 0.8 * cm, version_label)
            self.setFont("DVB", 8)
            self.drawString(6.2 * cm, h - 0.8 * cm, "OFFICIAL-SENSITIVE")
            self.setFillColor(colors.black)
            self.setFont("DV", 7)
            self.drawString(1.5 * cm, 0.9 * cm, printed)
            self.drawRightString(w - 1.5 * cm, 0.9 * cm, "Page %d of %d" % (self._pageNumber, n))
    return NC


def tab_bar(title, colour, owner):
    t = Table([[P(title, TAB), P(f"Tab colour: {colour}  |  Completed by: {owner}", ParagraphStyle(
        "o", parent=BODY, textColor=colors.white, fontSize=7.5, alignment=2))]],
        colWidths=[11 * cm, 7 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(TAB_COLOURS[colour])),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [Spacer(1, 10), t, Spacer(1, 4)]


def banner(title):
    t = Table([[P(title, BANNER)]], colWidths=[18 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE_BANNER),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [Spacer(1, 6), t, Spacer(1, 2)]


def kv(rows, w1=5 * cm, w2=13 * cm):
    t = Table([[P(a, ParagraphStyle("k", parent=BODY, fontName="DVB")), P(b)] for a, b in rows],
              colWidths=[w1, w2])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa9bb")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef3fa")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def grid(rows, widths, head=True):
    data = [[P(c, ParagraphStyle("h", parent=BODY, fontName="DVB") if (head and i == 0) else BODY) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa9bb")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f2")))
    t.setStyle(TableStyle(st))
    return t


# ----------------------------------------------------------------------------------------------
INSTANCES = [
    dict(
        n=1, version="SSA", version_label="Statutory School Age (SSA) PEP  |  Autumn Term 2025",
        printed="Exported 23/10/2025 09:14 by dhollis@ashdownpark.sch.uk",
        forename="Tyler", surname="Okonjo-Price", preferred="Ty", dob="03/02/2013", gender="Male",
        ethnicity="Mixed - White and Black African", language="English",
        upn="H823456710021", scid="SC-0048821",
        placement="Foster care (independent fostering agency) - Mr and Mrs Gallagher, Westhaugh",
        care_status="Section 31 Full Care Order", into_care="12/09/2021", placements="3",
        care_plan="Long-term fostering with current carers; family time with mum fortnightly (supervised)",
        contacts=[["Role", "Name", "Telephone"],
                  ["Social worker", "Priya Sandhu", "0191 433 8820"],
                  ["Main carer", "Dawn Gallagher", "07700 900417"],
                  ["Person(s) with parental responsibility", "Harbourside Borough Council (shared with mother)", "-"],
                  ["Day-to-day permissions and liaison with school", "Dawn Gallagher (carer)", "07700 900417"]],
        health="Asthma (blue inhaler kept in the school office). Dental check up to date (06/2025). "
               "Wears glasses for reading.",
        sdq="SDQ completed by carer 01/09/2025. Total difficulties score: 15 (borderline). Peer problems subscale "
            "raised; see target 3.",
        agencies="CAMHS: discharged July 2025. Sessions with Kooth online counselling since June 2025; "
                 "expected outcome - Tyler has someone outside school to talk to about worries.",
        meeting="14/10/2025", school="Ashdown Park Academy", year="Year 8", dt="Mr Daniel Hollis",
        senco="Mrs Rachel Amadi", sen="SEN support ☒   EHCP ☐   No SEN ☐",
        sen_detail="Specific learning difficulty (dyslexic tendencies), on SEN register since Year 5.",
        attendance=[["Period", "Possible sessions", "Attended", "Authorised absence", "Unauthorised absence",
                     "Attendance %"],
                    ["Academic year 2025-26 to date (01/09/2025 - 17/10/2025)", "70", "66", "4", "0", "94.3"],
                    ["Academic year 2024-25", "380", "349", "27", "4", "91.8"]],
        suspensions="Suspensions this academic year: 0 days.  Internal exclusion/isolation: 1 day (19/09/2025).",
        attainment=[["Subject", "End of Year 7 (2024-25)", "Autumn 1 Year 8", "End of Year 8 target"],
                    ["English", "Developing", "Developing+", "Secure"],
                    ["Maths", "Secure", "Secure", "Secure+"],
                    ["Science", "Developing+", "Developing+", "Secure"],
                    ["Reading age (NGRT)", "10y 4m", "10y 9m (09/2025)", "12y 0m"]],
        voice=[("What is going well at school?",
                "I like PE and I got picked for the football team. Mr Hollis is alright to talk to."),
               ("What do you find hard?",
                "Reading out loud in English because people laugh if I get a word wrong."),
               ("What would help you?",
                "If I could do the reading with Miss Baird first so I know the words before the lesson."),
               ("What would you like to do when you are older?",
                "Be a PE teacher or work at a football club.")],
        review=[["Previous target (Summer 2025)", "Outcome", "Evidence"],
                ["Tyler will use a planner to record homework every day", "Achieved",
                 "Planner checked weekly by tutor, 9 of 10 weeks complete"],
                ["Tyler will know his 7 and 8 times tables", "Partially achieved",
                 "7s secure; 8s 14/20 on Times Tables Rock Stars check"]],
        targets=[
            dict(area="English - reading", text="By 12th December 2025 Tyler will read a Year 8 class text aloud "
                 "to Miss Baird for 10 minutes with no more than 5 errors, in 3 of 4 weekly pre-reading sessions",
                 actions="Pre-reading of the class text with Miss Baird (TA), 3 x 20 minutes a week in the library; "
                         "Lexia PowerUp at home 3 times a week",
                 who="Miss Baird (TA), Mr Hollis to check", success="Reading record and running record scores",
                 review="12/12/2025"),
            dict(area="Maths", text="Tyler will answer 20 mixed multiplication facts up to 12 x 12 in 3 minutes "
                 "with 18 correct by the spring PEP",
                 actions="Times Tables Rock Stars 10 minutes each tutor time; weekly check by maths teacher",
                 who="Mrs Osei (maths)", success="Weekly TTRS check score of 18/20 or more",
                 review="Spring PEP"),
            dict(area="Social, emotional and mental health", text="Tyler will attend the Tuesday lunchtime "
                 "football club and a weekly check-in with the ELSA so that he has two named friends he "
                 "sits with at lunch by February half-term",
                 actions="Weekly ELSA check-in (Mrs Cole), 30 minutes, Thursday P5; football club Tuesdays",
                 who="Mrs Cole (ELSA), Mr Hollis", success="Tyler names two friends; ELSA log; SDQ at next PEP",
                 review="13/02/2026"),
        ],
        spend=[("Pre-reading sessions with Miss Baird (TA), 3 x 20 minutes a week for 12 weeks",
                "£15 x 12 = £180", "1", 180.0),
               ("Lexia PowerUp home licence (12 months)", "£95", "1", 95.0),
               ("ELSA sessions with Mrs Cole, 1 x 30 minutes weekly, 12 weeks", "£12.50 x 12 = £150", "3", 150.0)],
        total="Total PP+ requested this term: £425",
        pp_total=425.0,
        dt_done=True, completed_line="☒ DT: Click when Completed  -  Completed by Mr Daniel Hollis on 22/10/2025",
        completed="2025-10-22",
        qa="Status: Submitted to Virtual School - awaiting QA.  Previous QA (Summer 2025): Green, 14/07/2025.",
    ),
    dict(
        n=2, version="EY", version_label="Early Years (EY) PEP  |  Autumn Term 2025",
        printed="Exported 12/11/2025 16:02 by office@littleacornsnursery.co.uk",
        forename="Amelia-Rose", surname="Kaczmarek", preferred="Millie", dob="21/03/2022", gender="Female",
        ethnicity="White - Other White background", language="English and Polish",
        upn="Not applicable (pre-school)", scid="SC-0051390",
        placement="Foster care (in-house) - Ms J. Ferreira, Lowfield", care_status="Section 20 (accommodated)",
        into_care="02/06/2025", placements="1",
        care_plan="Assessment ongoing; parallel planning (return home / long-term fostering)",
        contacts=[["Role", "Name", "Telephone"],
                  ["Social worker", "Tom Brannigan", "0191 433 8874"],
                  ["Main carer", "Josefina Ferreira", "07700 900233"],
                  ["Person(s) with parental responsibility", "Mother and father", "Via social worker"],
                  ["Day-to-day permissions and liaison with school", "Josefina Ferreira (carer)", "07700 900233"]],
        health="Up to date with immunisations. Referred for speech and language therapy assessment 09/2025 "
               "(waiting list, approx. 18 weeks). 2-year check completed by health visitor.",
        sdq=None,
        agencies="Speech and language therapy: referral made. Portage: not currently involved.",
        meeting="04/11/2025", school="Little Acorns Day Nursery", year="Nursery (FS1) - age 3 years 7 months",
        dt="Mrs Helen Pryce (Nursery Manager / Designated Person)", senco="Mrs Helen Pryce",
        sen="SEN support ☐   EHCP ☐   No SEN ☐   Under assessment ☒",
        sen_detail="Speech and language: uses 2-3 word phrases; understanding better than talking.",
        attendance=None,
        attendance_note="Attendance data: not yet received from setting - funded hours 15 per week "
                        "(Mon, Tue, Wed mornings).",
        suspensions="Not applicable.",
        attainment=[["EYFS area", "Development band / comment"],
                    ["Communication and language", "Working towards 22-36 months band"],
                    ["Personal, social and emotional development", "22-36 months band; settling well"],
                    ["Physical development", "In line with age"],
                    ["Literacy", "Enjoys stories, joins in with repeated phrases"],
                    ["Mathematics", "Counts to 3 with support"]],
        voice=[("What do I like doing at nursery? (key person to record the child's words)",
                "Slide! Big slide. Me go fast."),
               ("Who are my friends?", "Ollie. Ollie my friend."),
               ("What makes me sad?", "")],
        review=None,
        targets=[
            dict(area="Communication and language", text="Millie will use 3-4 word phrases to ask for what she "
                 "wants at snack time and in play, on most days by the spring PEP",
                 actions="Key person to model language in daily 10 minute 'Chatterbox' group; carer to use the "
                         "same phrases at home",
                 who="Mrs Pryce / key person Jade", success="Key person's observation log (Tapestry)",
                 review="Spring PEP 2026"),
            dict(area="Personal, social and emotional development", text="Millie will say goodbye to her carer at "
                 "the door and join an activity within 5 minutes on 4 out of 5 sessions",
                 actions="Consistent greeting routine; visual timetable; transition object from home",
                 who="Key person Jade", success="Arrival log kept by key person",
                 review="Spring PEP 2026"),
        ],
        spend=[("Small-group 'Chatterbox' language sessions with key person, 4 x 10 minutes weekly",
                "£8 x 15 = £120", "1", 120.0),
               ("Makaton foundation training for key person", "Cost to be confirmed", "1", None)],
        total="Total EYPP requested this term: £120 (plus Makaton training, cost TBC)",
        pp_total=120.0,
        dt_done=False, completed_line="☐ DT: Click when Completed  -  not yet completed",
        completed=None,
        qa="Status: In progress.  QA feedback (Amber): please add attendance data before submitting.",
    ),
]


def story(d):
    s = []
    s.append(P("Personal Education Plan", TITLE))
    s.append(P(f"Harbourside Borough Council Virtual School  -  {d['version_label']}", SMALL))
    s.append(Spacer(1, 6))
    home = Table([[P("Pupil: " + d["forename"] + " " + d["surname"]), P("PEP meeting date: " + d["meeting"]),
                   P("Version: " + d["version"])]], colWidths=[7 * cm, 6 * cm, 5 * cm])
    home.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#0b2a4a")),
                              ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f6fa"))]))
    s.append(home)
    s.append(P("Questions are grouped under 'Blue Banner' headings. Answer types: multiple choice, drop down "
               "choice list, standard data table, date box and free text. Fields marked * are mandatory.", SMALL))

    s += tab_bar("Tab 1  General and personal", "BLUE", "Social Worker")
    s += banner("Essential pupil information")
    s.append(kv([("Forename *", d["forename"]), ("Surname *", d["surname"]), ("Preferred name", d["preferred"]),
                 ("DOB *", d["dob"]), ("Gender", d["gender"]), ("Ethnicity", d["ethnicity"]),
                 ("Language", d["language"]), ("UPN", d["upn"]), ("Social Care ID", d["scid"])]))
    s += banner("Care information")
    s.append(kv([("Placement details", d["placement"]), ("Care status", d["care_status"]),
                 ("Date into care", d["into_care"]), ("Number of placements", d["placements"]),
                 ("Care plan", d["care_plan"])]))
    s += banner("Contact information")
    s.append(grid(d["contacts"], [6.5 * cm, 7.5 * cm, 4 * cm]))
    s += banner("Health information")
    s.append(kv([("Health needs", d["health"])]))
    if d["sdq"]:
        s += banner("Strengths and difficulties questionnaire")
        s.append(kv([("SDQ", d["sdq"])]))
    s += banner("Current support from other agencies")
    s.append(kv([("Current engagement details and expected outcomes/impact", d["agencies"])]))

    s += tab_bar("Tab 2  Education provision or setting information", "RED", "Designated Teacher/Lead")
    s += banner("Setting details")
    s.append(kv([("School / setting *", d["school"]), ("Year group *", d["year"]),
                 ("Designated Teacher/Lead", d["dt"]), ("SENCo", d["senco"])]))
    s += banner("Attendance and exclusions")
    if d["attendance"]:
        s.append(grid(d["attendance"], [5.5 * cm, 2.4 * cm, 2 * cm, 2.8 * cm, 2.9 * cm, 2.4 * cm]))
    else:
        s.append(kv([("Attendance", d["attendance_note"])]))
    s.append(P(d["suspensions"]))
    s += banner("Attainment and progress")
    if len(d["attainment"][0]) == 4:
        s.append(grid(d["attainment"], [4.5 * cm, 4.5 * cm, 4.5 * cm, 4.5 * cm]))
    else:
        s.append(grid(d["attainment"], [7 * cm, 11 * cm]))
    s += banner("Special educational needs")
    s.append(kv([("SEN status", d["sen"]), ("Details", d["sen_detail"])]))

    s += tab_bar("Tab 3  My views", "GREEN", "Child / young person with a trusted adult")
    s += banner("Pupil voice")
    s.append(kv([(q, a) for q, a in d["voice"]], w1=7 * cm, w2=11 * cm))

    if d["review"]:
        s += tab_bar("Tab 4  Review of previous targets", "RED", "Designated Teacher/Lead")
        s.append(grid(d["review"], [8 * cm, 3.5 * cm, 6.5 * cm]))

    s += tab_bar("Tab 5  SMART targets", "RED", "Designated Teacher/Lead")
    s.append(P("Set SMART targets agreed at the meeting. Each target must be linked to any funding requested.", SMALL))
    for i, t in enumerate(d["targets"], 1):
        block = banner(f"Target {i}")
        block.append(kv([("Area of need", t["area"]), ("Target", t["text"]),
                         ("Actions / strategies", t["actions"]), ("Who", t["who"]),
                         ("Success criteria", t["success"]), ("Review date", t["review"])],
                        w1=4 * cm, w2=14 * cm))
        s.append(KeepTogether(block))

    fund = "Early Years Pupil Premium (EYPP)" if d["version"] == "EY" else "Pupil Premium Plus (PP+)"
    s += tab_bar(f"Tab 6  {fund} request", "PURPLE", "Designated Teacher/Lead")
    rows = [["Target no.", "Cost", "Provision and cost"]]
    for desc, cost, tno, _ in d["spend"]:
        rows.append([tno, cost, desc])
    s.append(grid(rows, [2 * cm, 4 * cm, 12 * cm]))
    s.append(Spacer(1, 3))
    s.append(P(d["total"], ParagraphStyle("tot", parent=BODY, fontName="DVB")))

    s += tab_bar("Quality Assurance Tab", "BLACK", "Virtual School")
    s.append(P(d["completed_line"], ParagraphStyle("c", parent=BODY, fontSize=9.5)))
    s.append(Spacer(1, 3))
    s.append(P(d["qa"]))
    s.append(P("Red feedback will need to be fully completed before the virtual school can sign off.", SMALL))
    return s


def truth_for(d, fname):
    vt = [a for _, a in d["voice"] if a]
    return {
        "layout": LAYOUT, "file": fname,
        "inspired_by": "real-forms.md entries 1, 2 (Welfare Call ePEP tabs and Blue Banners)",
        "quirks": ["colour-coded tabs name the owner", "Blue Banner headings",
                   "Forename / Surname split", "one two-column table per target",
                   "PP+ table with Target no. and cost columns before the provision text",
                   "attendance in a standard data table with last year's row too",
                   "completion shown by 'DT: Click when Completed' check box"]
        + (["EY version: no SDQ, EYPP instead of PP+", "attendance missing", "empty voice answer"]
           if d["version"] == "EY" else []),
        "child_name": f"{d['forename']} {d['surname']}",
        "child_first_name": d["forename"],
        "school": d["school"],
        "year_group": 8 if d["version"] == "SSA" else -1,
        "meeting_date": "2025-10-14" if d["n"] == 1 else "2025-11-04",
        "completed_date": d["completed"],
        "attendance_percent": 94.3 if d["attendance"] else None,
        "pupil_voice": vt,
        "targets": [{"text": t["text"], "area": t["area"]} for t in d["targets"]],
        "english_target": True,
        "maths_target": d["n"] == 1,
        "pp_spend": [{"description": desc, "cost": c, "target": int(tno)} for desc, _, tno, c in d["spend"]],
        "pp_requested": d["pp_total"],
    }


def build(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for d in INSTANCES:
        fname = f"{LAYOUT}-{d['n']}.pdf"
        p = out_dir / fname
        doc = SimpleDocTemplate(str(p), pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                                topMargin=1.8 * cm, bottomMargin=1.6 * cm, title="ePEP export",
                                author="Welfare Call ePEP", invariant=1)
        doc.build(story(d), canvasmaker=make_canvas(d["version_label"], d["printed"]))
        (out_dir / f"{LAYOUT}-{d['n']}.truth.json").write_text(
            json.dumps(truth_for(d, fname), indent=2, ensure_ascii=False), encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    build(Path(sys.argv[1]))
