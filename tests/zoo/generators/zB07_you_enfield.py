"""zB07-you-enfield: a PEP written to the young person as "you", with a fixed three-target structure (PDF).

Imitates real-forms.md entries 23 (West Berkshire: "our PEPs are written to the young person, using the
pronoun 'you'") and 31 (Enfield: targets one and two academic and drafted before the meeting; target
three holistic, child centred and reflecting the child's views; "Only a teacher should set targets"; if
the child does not attend "a clear reason must be recorded"), plus entry 18 (a funding request).
Quirks: all labels in the second person ("Your name", "What you told us"); each target is a boxed block
with "How will we know?" and "Next steps"; "Pupil premium:" as a run-in label followed by bulleted
spend lines; a Yes/No check-box pair for attending; instance 2 leaves target two unset.
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

LAYOUT = "zB07-you-enfield"
_FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", _FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", _FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", _FD + "DejaVuSans-Oblique.ttf"))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVB")

TEAL = colors.HexColor("#00796b")
BODY = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13)
BOLD = ParagraphStyle("bb", parent=BODY, fontName="DVB")
ITAL = ParagraphStyle("bi", parent=BODY, fontName="DVI", fontSize=8.5, leading=11, textColor=colors.HexColor("#444"))
H1 = ParagraphStyle("h1", parent=BODY, fontName="DVB", fontSize=18, leading=23, textColor=TEAL)
H2 = ParagraphStyle("h2", parent=BODY, fontName="DVB", fontSize=12, leading=16, spaceBefore=10, spaceAfter=4,
                    textColor=TEAL)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=4, bulletFontName="DV")


def P(t, st=BODY, **kw):
    return Paragraph(escape(t), st, **kw)


def make_canvas():
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
                self.setFillColor(TEAL)
                self.rect(0, h - 0.5 * cm, w, 0.5 * cm, stroke=0, fill=1)
                self.setFillColor(colors.black)
                self.setFont("DV", 7.5)
                self.drawString(1.8 * cm, 1 * cm, "Chasebridge Virtual School  -  Your PEP  -  OFFICIAL-SENSITIVE")
                self.drawRightString(w - 1.8 * cm, 1 * cm, f"Page {self._pageNumber} of {n}")
                super().showPage()
            super().save()
    return NC


def kv(rows):
    t = Table([[P(a, BOLD), P(b)] for a, b in rows], colWidths=[5.5 * cm, 11.9 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9cc9c2")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def target_box(label, t):
    inner = [P(label, ParagraphStyle("tl", parent=BOLD, textColor=TEAL))]
    if t is None:
        inner.append(P("Not set at this meeting - to be added by your class teacher.", ITAL))
    else:
        inner += [P(t["text"]), Spacer(1, 3), P("How will we know?", BOLD), P(t["know"]), Spacer(1, 3),
                  P("Next steps", BOLD), P(t["next"])]
    box = Table([[inner]], colWidths=[17.4 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, TEAL),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f8f7")),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return KeepTogether([box, Spacer(1, 6)])


INSTANCES = [
    dict(
        n=1, name="Deniz Arslan", first="Deniz", school="Brimsworth Park School", yg=9,
        cover="Autumn Term 2025  -  your PEP meeting was on 14.10.25", meeting_iso="2025-10-14",
        about=[("Your name", "Deniz Arslan"), ("Your date of birth", "22/02/2011"),
               ("Your school", "Brimsworth Park School"), ("Your year group", "Year 9"),
               ("Your designated teacher", "Ms Farah Quadri"), ("Your social worker", "Jack Penrose"),
               ("Where you live", "With your foster carer, Ayla")],
        attended="Did you come to your PEP meeting?  ☒ Yes   ☐ No",
        reason=None,
        voice_intro="You told us these things before and during the meeting:",
        voice=[("What is going well for you?", "Maths is going better since I moved set. I like Mr Ilori, he "
                "explains it twice without making it a big deal."),
               ("What is hard for you?", "Essays in English. I don't know how to start them."),
               ("What would help?", "Somewhere to go at lunch that isn't the canteen. It's too loud."),
               ("What do you want to do in the future?", "Work in a hospital, maybe a paramedic.")],
        progress=[("Your attendance this year", "89.7% - below the 95% we want for you. Most absences were "
                   "in September when you were unwell."),
                  ("Suspensions", "None this year - well done."),
                  ("Your working grades", "English 3, Maths 4, Science 4, Geography 5")],
        att=89.7,
        last="Last term you aimed to bring the right equipment every day. Your tutor says you did this on "
             "nearly every day - target met.",
        targets=[("Target 1 - academic (English)", dict(
                      text="You will plan and write an essay introduction using the 'What, How, Why' frame, and "
                           "reach a grade 4 on your next English assessment in December",
                      know="Ms Quadri will check your December assessment and your planning sheets.",
                      next="English catch-up group on Wednesdays period 6; a revision guide to use at home."),
                  "English"),
                 ("Target 2 - academic (Maths)", dict(
                      text="You will complete 10 weeks of 1:1 maths tutoring with Mr Ilori and score 65% or more "
                           "on the Year 9 algebra test by February half-term",
                      know="Your tutoring attendance record and your algebra test score.",
                      next="Tutoring every Tuesday after school, 3.30-4.30pm, in room M4."),
                  "Maths"),
                 ("Target 3 - how you feel (social, emotional and mental health)", dict(
                      text="You will go to the Library Lunch Club at least three times a week and tell Ms Quadri "
                           "by Christmas whether it is helping you feel calmer at lunchtime",
                      know="Library Club register; your check-in with Ms Quadri before the holidays.",
                      next="Ms Quadri will add your name to the club list this week."),
                  "Social, emotional and mental health")],
        spend=[("1:1 maths tutoring with Mr Ilori after school, once a week for 12 weeks", "£15 x 12 = £180",
                180.0, 2),
               ("GCSE English revision guide and workbook for home", "£25", 25.0, 1),
               ("Weekly boxing session at Brimsworth Amateur Boxing Club, 12 weeks", "£8 x 12 = £96", 96.0, 3)],
        pp_total_line="Total requested: £301", pp_total=301.0,
        signoff=[("Date signed off by DT", "24th October 2025"), ("Your next PEP", "January 2026")],
        completed="2025-10-24", eng=True, maths=True,
    ),
    dict(
        n=2, name="Ava-Grace Thompson", first="Ava-Grace", school="St Botolph's RC Primary School", yg=5,
        cover="Autumn Term 2025  -  your PEP meeting was on 04.11.25", meeting_iso="2025-11-04",
        about=[("Your name", "Ava-Grace Thompson"), ("Your date of birth", "15/06/2015"),
               ("Your school", "St Botolph's RC Primary School"), ("Your year group", "Year 5"),
               ("Your designated teacher", "Mr Colm Devlin"), ("Your social worker", "Rosie Achterberg"),
               ("Where you live", "With your grandma (kinship care)")],
        attended="Did you come to your PEP meeting?  ☐ Yes   ☒ No",
        reason="You had your swimming lesson at that time, so Mrs Rowe (your teaching assistant) talked with you "
               "on 3rd November and wrote down exactly what you said.",
        voice_intro="This is what you told Mrs Rowe:",
        voice=[("What is going well for you?", "I got star of the week for my Viking poster."),
               ("What is hard for you?", "Times tables. I still count on my fingers for the 7s."),
               ("What would help?", "Playing the times table games with Grandma."),
               ("What do you want to do in the future?", "Be a vet or a hairdresser.")],
        progress=[("Your attendance this year", "98.4%"),
                  ("Suspensions", "None"),
                  ("Where you are working", "Reading: expected. Writing: expected. Maths: working towards.")],
        att=98.4,
        last="Last term you aimed to read to Grandma four times a week. Grandma says you did - target met.",
        targets=[("Target 1 - academic (Maths)", dict(
                      text="You will know your 6, 7 and 8 times tables and get 20 out of 25 in the weekly times "
                           "tables check by the spring PEP",
                      know="Mr Devlin will keep your weekly check scores in your maths book.",
                      next="Maths booster group with Mrs Rowe twice a week; times table games at home."),
                  "Maths"),
                 ("Target 2 - academic", None, None),
                 ("Target 3 - how you feel (social, emotional and mental health)", dict(
                      text="You will choose a job in the classroom each week so you feel part of the class team, "
                           "and tell Mrs Rowe how it is going every Friday",
                      know="Mrs Rowe's Friday notes.",
                      next="Mr Devlin will put up the class jobs chart on Monday."),
                  "Social, emotional and mental health")],
        spend=[("Maths booster group with Mrs Rowe, 2 x 30 minutes a week", "£12 x 12 = £144", 144.0, 1)],
        pp_total_line="Total requested: £144", pp_total=144.0,
        signoff=[("Date signed off by DT", "11th November 2025"), ("Your next PEP", "February 2026")],
        completed="2025-11-11", eng=False, maths=True,
    ),
]


def story(d):
    s = [P("Your Personal Education Plan", H1), P(d["cover"], BOLD), Spacer(1, 4),
         P("This plan is written to you. Everyone who helps you with school writes their part to you too. "
           "Only a teacher can set your targets.", ITAL)]
    s += [P("About you", H2), kv(d["about"]), Spacer(1, 6), P(d["attended"], BOLD)]
    if d["reason"]:
        s += [P("If not, why not?", BOLD), P(d["reason"])]
    s += [P("What you told us", H2), P(d["voice_intro"], ITAL), Spacer(1, 3)]
    for q, a in d["voice"]:
        s += [P(q, BOLD), P(a), Spacer(1, 3)]
    s += [P("How you are doing", H2), kv(d["progress"])]
    s += [P("Your last targets", H2), P(d["last"])]
    s += [P("Your targets", H2),
          P("Targets one and two are about your learning and were drafted by your teachers before the meeting. "
            "Target three is about how you feel, and we agreed it with you.", ITAL), Spacer(1, 4)]
    for label, t, _ in d["targets"]:
        s.append(target_box(label, t))
    para = Paragraph("<b>Pupil premium:</b> we have asked the Virtual School for Pupil Premium Plus to pay for:", BODY)
    s += [Spacer(1, 4), para]
    for desc, cost, _, tg in d["spend"]:
        s.append(P(f"{desc} - {cost} (target {tg})", BUL, bulletText="•"))
    s += [P(d["pp_total_line"], BOLD)]
    s += [P("Signing off your plan", H2), kv(d["signoff"])]
    return s


def truth(d, fname):
    real = [(t, a) for _, t, a in d["targets"] if t]
    return {
        "layout": LAYOUT, "file": fname,
        "inspired_by": "real-forms.md entries 23, 31, 18 (written to the child as 'you'; Enfield fixed three targets)",
        "quirks": ["second-person labels throughout", "fixed three target boxes (two academic, one holistic)",
                   "'How will we know?' and 'Next steps' inside each target box",
                   "run-in 'Pupil premium:' label with bulleted spend lines", "Yes/No check-box pair for attending",
                   "meeting date as dd.mm.yy in the cover line", "sign-off date in words"]
        + (["child did not attend: reason recorded, views gathered by TA", "target 2 not set",
            "no English target"] if d["n"] == 2 else []),
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"],
        "year_group": d["yg"], "meeting_date": d["meeting_iso"], "completed_date": d["completed"],
        "attendance_percent": d["att"],
        "pupil_voice": [a for _, a in d["voice"] if a],
        "targets": [{"text": t["text"], "area": a} for t, a in real],
        "english_target": d["eng"], "maths_target": d["maths"],
        "pp_spend": [{"description": desc, "cost": c, "target": tg} for desc, _, c, tg in d["spend"]],
        "pp_requested": d["pp_total"],
    }


def build(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for d in INSTANCES:
        fname = f"{LAYOUT}-{d['n']}.pdf"
        doc = SimpleDocTemplate(str(out_dir / fname), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                                topMargin=1.5 * cm, bottomMargin=1.7 * cm, title="Your PEP",
                                author="Chasebridge Virtual School", invariant=1)
        doc.build(story(d), canvasmaker=make_canvas())
        (out_dir / f"{LAYOUT}-{d['n']}.truth.json").write_text(
            json.dumps(truth(d, fname), indent=2, ensure_ascii=False), encoding="utf-8")
        paths.append(out_dir / fname)
    return paths


if __name__ == "__main__":
    build(Path(sys.argv[1]))
