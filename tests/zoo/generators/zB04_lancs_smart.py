"""zB04-lancs-smart: a county professional-portal PEP printed to PDF, with SMART prompts per target.

Imitates real-forms.md entries 15 and 20 (Lancashire portal: "My Personal Information", "My Health", SDQ
bands, the S/M/A/R/T template prompts including "How will be [sic] know when the target has been
achieved?", "PPG/PEPSA (as appropriate) is costed and clearly links to the targets"; Kent review windows
"First review - September to December" and "Assigned"/"Time constrained" spelling of SMART).
Quirks: each target is its own block with shaded prompt rows and answers below; the PPG/PEPSA provision
and cost sit INSIDE the target block; a summary total at the end; delegated-task header.
"""
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

LAYOUT = "zB04-lancs-smart"
_FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVC", _FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", _FD + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVCI", _FD + "DejaVuSansCondensed-Oblique.ttf"))
addMapping("DVC", 0, 0, "DVC")
addMapping("DVC", 1, 0, "DVCB")
addMapping("DVC", 0, 1, "DVCI")
addMapping("DVC", 1, 1, "DVCB")

BODY = ParagraphStyle("b", fontName="DVC", fontSize=9, leading=11.5)
BOLD = ParagraphStyle("bb", parent=BODY, fontName="DVCB")
ITAL = ParagraphStyle("bi", parent=BODY, fontName="DVCI", textColor=colors.HexColor("#333333"))
H1 = ParagraphStyle("h1", parent=BODY, fontName="DVCB", fontSize=16, leading=20, textColor=colors.HexColor("#5b2c83"))
H2 = ParagraphStyle("h2", parent=BODY, fontName="DVCB", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4,
                    textColor=colors.HexColor("#5b2c83"))
PURPLE = colors.HexColor("#5b2c83")
LILAC = colors.HexColor("#ece4f3")


def P(t, st=BODY):
    return Paragraph(escape(t), st)


def make_canvas(task):
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
                w, h = A4
                self.setFont("DVCB", 8)
                self.drawString(1.6 * cm, h - 1 * cm, "County Council Professional Portal  -  Personal Education Plan")
                self.setFont("DVC", 8)
                self.drawRightString(w - 1.6 * cm, h - 1 * cm, task)
                self.line(1.6 * cm, h - 1.15 * cm, w - 1.6 * cm, h - 1.15 * cm)
                self.drawString(1.6 * cm, 0.9 * cm, "OFFICIAL-SENSITIVE: PERSONAL")
                self.drawRightString(w - 1.6 * cm, 0.9 * cm, f"Page {self._pageNumber} of {n}")
                super().showPage()
            super().save()
    return NC


def kv(rows, w1=5.2 * cm, w2=12.6 * cm):
    t = Table([[P(a, BOLD), P(b)] for a, b in rows], colWidths=[w1, w2])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#b9a8c9")),
                           ("BACKGROUND", (0, 0), (0, -1), LILAC), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


PROMPTS = [
    ("target", "Target - what do we want the child to achieve?"),
    ("s", "S  Specific - What is the observable difference/benefit we are expecting to see in the child?"),
    ("m", "M  Measurable - How will be know when the target has been achieved?"),
    ("a", "A  Achievable / Assigned - Who will support this, and is it realistic by the next PEP?"),
    ("r", "R  Relevant - Why does this matter now? Has it taken the child's voice into consideration?"),
    ("t", "T  Time-bound - By when? Will they be able to celebrate a success by their next PEP meeting?"),
]


def target_block(i, t):
    rows = [[P(f"Target {i}:  {t['area']}", ParagraphStyle("th", parent=BOLD, textColor=colors.white)), ""]]
    style = [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), PURPLE)]
    for key, prompt in PROMPTS:
        r = len(rows)
        rows.append([P(prompt, ITAL), ""])
        style += [("SPAN", (0, r), (1, r)), ("BACKGROUND", (0, r), (1, r), LILAC)]
        rows.append([P(t[key]), ""])
        style += [("SPAN", (0, r + 1), (1, r + 1))]
    rows.append([P("PPG/PEPSA provision", BOLD), P(t["provision"])])
    rows.append([P("PPG/PEPSA cost", BOLD), P(t["cost"])])
    style += [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#b9a8c9")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("BACKGROUND", (0, len(rows) - 2), (0, len(rows) - 1), colors.HexColor("#f5f0f9"))]
    tb = Table(rows, colWidths=[4.2 * cm, 13.6 * cm])
    tb.setStyle(TableStyle(style))
    return KeepTogether([tb, Spacer(1, 8)])


INSTANCES = [
    dict(
        n=1, task="Task: Setting section (delegated)  |  School Age PEP", name="Ruby Ashworth", first="Ruby",
        review_window="First review - September to December 2025",
        personal=[("My name", "Ruby Ashworth"), ("My date of birth", "02/08/2016"), ("My year group", "Year 4"),
                  ("Where I live", "With my foster carers, Sandra and Phil (Lancaster area)"),
                  ("My social worker", "Hannah Leckie, Children Looked After Team (North)"),
                  ("Legal status", "Care Order"), ("Who can give consent for trips", "Foster carers")],
        health=[("Health needs", "Eczema - cream applied at home. Hearing test 09/2025: normal."),
                ("SDQ score", "12 (completed 05/09/2025 by foster carer)"),
                ("SDQ bands", "0-13 - normal  |  14-16 - borderline  |  17-40 - cause for concern")],
        meeting="Wednesday 15 October 2025", meeting_iso="2025-10-15",
        school="Whinfield Moor Primary School", yg=4,
        edu=[("Setting name", "Whinfield Moor Primary School"), ("Designated teacher", "Mrs Carol Nuttall"),
             ("Class teacher", "Mr Owen Baxter (4B)"),
             ("Attendance % (current academic year)", "97.6"),
             ("Attendance % (last academic year)", "95.1"),
             ("Suspensions / exclusions", "None"), ("SEN", "None identified"),
             ("Attainment summary", "Reading: expected. Writing: working towards (spelling). Maths: working "
              "towards - multiplication tables check practice scores 14/25.")],
        att=97.6,
        views=[("What I am good at", "I'm good at drawing and gymnastics. I can do a cartwheel."),
               ("What I find tricky", "Spellings, and the times tables test because you have to be quick."),
               ("What helps me", "When Miss Tasker sits with me and we do it on the whiteboard first."),
               ("What I want to be", "An artist or a gymnastics teacher.")],
        targets=[
            dict(area="Maths - times tables",
                 target="Ruby will score 20 or more out of 25 on a practice multiplication tables check by the "
                        "spring PEP",
                 s="Ruby answers 6, 7, 8 and 9 times table facts quickly and confidently in class.",
                 m="Weekly practice MTC score recorded by Mr Baxter; baseline 14/25 (10/2025).",
                 a="Miss Tasker (TA) - 3 x 15 minutes a week in the morning; Ruby to use TTRS at home 3 nights.",
                 r="The MTC is in June of Year 4. Ruby said the test is hard 'because you have to be quick'.",
                 t="Reviewed at the spring PEP (February 2026).",
                 provision="Small-group times tables sessions with Miss Tasker (TA), 3 x 15 minutes weekly for "
                           "12 weeks",
                 cost="£15 x 12 = £180", cost_val=180.0),
            dict(area="English - spelling",
                 target="Ruby will spell 15 of the 20 Year 3/4 statutory words from her personal list correctly in "
                        "a dictated sentence check by February half-term",
                 s="Ruby uses the correct spelling of common Year 3/4 words in her independent writing.",
                 m="Fortnightly dictation check (baseline 6/20); words highlighted in her writing book.",
                 a="Mr Baxter and Miss Tasker; 'Nessy' spelling programme 20 minutes, 3 times a week.",
                 r="Ruby told us spellings are tricky; writing is her lowest area.",
                 t="13/02/2026",
                 provision="Nessy Reading and Spelling licence plus a spelling 'look, say, cover' pack for home",
                 cost="£40 licence + £20 resources = £60", cost_val=60.0),
            dict(area="Personal, social and emotional",
                 target="Ruby will join the lunchtime art club every Thursday and show one piece of her art in "
                        "the school's spring exhibition",
                 s="Ruby has a regular, positive activity with peers that builds on her strength in drawing.",
                 m="Club register (Mrs Fell); piece displayed in March.",
                 a="Mrs Fell (art club) - realistic, Ruby asked to join.",
                 r="Ruby says she is good at drawing and wants to be an artist.",
                 t="By the spring exhibition, March 2026.",
                 provision="No PPG/PEPSA needed - school club",
                 cost="£0", cost_val=None),
        ],
        spend=[(0, "Small-group times tables sessions with Miss Tasker (TA), 3 x 15 minutes weekly for 12 weeks"),
               (1, "Nessy Reading and Spelling licence plus a spelling 'look, say, cover' pack for home")],
        total="Total PPG/PEPSA requested for this review: £240", pp_total=240.0,
        signoff=[("Setting section status", "☒ Complete   ☐ In progress"),
                 ("Date completed by setting", "24.10.25"),
                 ("Completed by", "Carol Nuttall (Designated Teacher)"),
                 ("Date of next PEP", "Spring term - week of 23/02/2026")],
        completed="2025-10-24",
    ),
    dict(
        n=2, task="Task: Setting section (delegated)  |  School Age PEP", name="Callum Ridley", first="Callum",
        review_window="Second review - January to April 2026",
        personal=[("My name", "Callum Ridley"), ("My date of birth", "30/04/2011"), ("My year group", "Year 9"),
                  ("Where I live", "Supported by a residential home (Hollybank)"),
                  ("My social worker", "Dev Chauhan"), ("Legal status", "Care Order"),
                  ("Who can give consent for trips", "Registered manager, Hollybank")],
        health=[("Health needs", "Diagnosed ADHD - medication at breakfast. Annual health assessment due 03/2026."),
                ("SDQ score", "21 (completed 12/01/2026 by residential key worker)"),
                ("SDQ bands", "0-13 - normal  |  14-16 - borderline  |  17-40 - cause for concern")],
        meeting="Tuesday 27 January 2026", meeting_iso="2026-01-27",
        school="Harcastle High School", yg=9,
        edu=[("Setting name", "Harcastle High School"), ("Designated teacher", "Mr Ian Farrow"),
             ("Form tutor", "Ms Bethan Lloyd (9LY)"),
             ("Attendance % (current academic year)", "92.4"),
             ("Attendance % (last academic year)", "86.0"),
             ("Suspensions / exclusions", "1 suspension, 2 days (04/12/2025), reintegration meeting held"),
             ("SEN", "SEN support - ADHD; reading age 10y 2m (12/2025)"),
             ("Attainment summary", "English: working below (reading comprehension). Maths: on track. "
              "Science: on track. Strong in PE and Food Technology.")],
        att=92.4,
        views=[("What I am good at", "Cooking. I made a lasagne in food tech and got 9/10."),
               ("What I find tricky", "Reading long stuff in English and history. I lose my place."),
               ("What helps me", "Movement breaks. And when teachers don't shout across the room."),
               ("What I want to be", "")],
        targets=[
            dict(area="English - reading",
                 target="Callum will raise his reading age from 10y 2m to 11y 0m (NGRT) by the summer PEP",
                 s="Callum can read and understand a full page of a subject textbook without losing his place.",
                 m="NGRT re-test in May 2026; Reading Plus level from G to H.",
                 a="Mrs Kaye (literacy lead) runs Reading Plus 3 x 20 minutes a week in form time.",
                 r="Callum said he loses his place in long texts.",
                 t="Summer PEP 2026.",
                 provision="Reading Plus licence and reading ruler overlays",
                 cost="£85", cost_val=85.0),
            dict(area="SEMH",
                 target="Callum will use his movement-break card instead of leaving the room, with no more "
                        "than 2 internal referrals per half term",
                 s="Callum manages frustration in lessons by using an agreed break.",
                 m="Behaviour log (Class Charts); referrals counted by Ms Lloyd.",
                 a="Ms Lloyd (tutor) and all class teachers; mentor from The Zone youth project fortnightly.",
                 r="Callum asked for movement breaks and for teachers not to shout across the room.",
                 t="Half-termly until the summer PEP.",
                 provision="Fortnightly mentoring with The Zone youth project",
                 cost="To be confirmed by school", cost_val=None),
        ],
        spend=[(0, "Reading Plus licence and reading ruler overlays"),
               (1, "Fortnightly mentoring with The Zone youth project")],
        total="Total PPG/PEPSA requested for this review: £85 (mentoring cost to follow)", pp_total=85.0,
        signoff=[("Setting section status", "☐ Complete   ☒ In progress"),
                 ("Date completed by setting", ""),
                 ("Completed by", "Ian Farrow (Designated Teacher)"),
                 ("Date of next PEP", "")],
        completed=None,
    ),
]


def story(d):
    s = [P("Personal Education Plan (PEP) - School Age", H1),
         P(f"Review: {d['review_window']}   |   Date of PEP meeting: {d['meeting']}", BOLD),
         Spacer(1, 4),
         P("The social worker completes 'My Personal Information' and 'My Health' at least 10 days before the "
           "meeting. The setting section is delegated to the school by email and must be completed within 10 "
           "working days of the meeting. PPG/PEPSA (as appropriate) is costed and clearly links to the targets.",
           ITAL)]
    s += [P("My Personal Information", H2), kv(d["personal"])]
    s += [P("My Health", H2), kv(d["health"])]
    s += [P("My Education (completed by the setting)", H2), kv(d["edu"])]
    s += [P("My Views", H2), P("Collected by a trusted adult in school. Please write down the child's own words.",
                                ITAL), Spacer(1, 3), kv(d["views"])]
    s += [P("My Targets", H2),
          P("SMART: Specific, Measurable, Achievable (Assigned - to specific responsible professionals), Relevant, "
            "Time-bound (Time constrained). See 'Questions to ask of the PEP target'.", ITAL), Spacer(1, 4)]
    for i, t in enumerate(d["targets"], 1):
        s.append(target_block(i, t))
    s += [P(d["total"], BOLD)]
    s += [P("Sign-off", H2), kv(d["signoff"])]
    return s


def truth(d, fname):
    areas = " ".join(t["area"] for t in d["targets"]).lower()
    return {
        "layout": LAYOUT, "file": fname,
        "inspired_by": "real-forms.md entries 15, 20 (Lancashire portal SMART prompts, PPG/PEPSA; Kent review windows)",
        "quirks": ["first-person section names (My Personal Information, My Health, My Views)",
                   "SMART prompt rows per target including 'How will be know' [sic]",
                   "PPG/PEPSA provision and cost inside each target block",
                   "a target block with £0 / no funding", "review window and meeting date on one line",
                   "date completed as dd.mm.yy"]
        + (["only two targets, no maths target", "a spend line with cost 'To be confirmed by school'",
            "no completion date (status In progress)", "empty voice answer"] if d["n"] == 2 else []),
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"],
        "year_group": d["yg"], "meeting_date": d["meeting_iso"], "completed_date": d["completed"],
        "attendance_percent": d["att"],
        "pupil_voice": [a for _, a in d["views"] if a],
        "targets": [{"text": t["target"], "area": t["area"]} for t in d["targets"]],
        "english_target": any(k in areas for k in ("english", "reading", "spelling")),
        "maths_target": "maths" in areas,
        "pp_spend": [{"description": desc, "cost": d["targets"][i]["cost_val"], "target": i + 1}
                     for i, desc in d["spend"]],
        "pp_requested": d["pp_total"],
    }


def build(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for d in INSTANCES:
        fname = f"{LAYOUT}-{d['n']}.pdf"
        doc = SimpleDocTemplate(str(out_dir / fname), pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm,
                                topMargin=1.7 * cm, bottomMargin=1.6 * cm, title="PEP", author="Professional Portal",
                                invariant=1)
        doc.build(story(d), canvasmaker=make_canvas(d["task"]))
        (out_dir / f"{LAYOUT}-{d['n']}.truth.json").write_text(
            json.dumps(truth(d, fname), indent=2, ensure_ascii=False), encoding="utf-8")
        paths.append(out_dir / fname)
    return paths


if __name__ == "__main__":
    build(Path(sys.argv[1]))
