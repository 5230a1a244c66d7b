"""zB05-vs-narrative: a narrative PEP report written like minutes by the Virtual School teacher (PDF).

Imitates real-forms.md entries 29 and 19 (Hammersmith & Fulham: the VS teacher chairs and writes the PEP
report within 20 working days; Manchester: the meeting is led by the signs-of-safety questions "What is
working well?", "What are we worried about?", "What needs to happen?" rather than going through the form).
Quirks: no form fields for targets or spend - both are in paragraphs ("First, ... Second, ..."); the
child's words are quoted inside prose; attendance is a sentence; a small details table at the top; an
actions table at the end; instance 2 is an unfinalised DRAFT with no completion date.
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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

LAYOUT = "zB05-vs-narrative"
_FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DS", _FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DSB", _FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DSI", _FD + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DV", _FD + "DejaVuSans.ttf"))
addMapping("DS", 0, 0, "DS")
addMapping("DS", 1, 0, "DSB")
addMapping("DS", 0, 1, "DSI")
addMapping("DS", 1, 1, "DSB")

BODY = ParagraphStyle("b", fontName="DS", fontSize=10, leading=14, spaceAfter=6)
BOLD = ParagraphStyle("bb", parent=BODY, fontName="DSB", spaceAfter=0)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=8.5, leading=11, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=BODY, fontName="DSB", fontSize=17, leading=22, spaceAfter=2)
H2 = ParagraphStyle("h2", parent=BODY, fontName="DSB", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)


def P(t, st=BODY):
    return Paragraph(escape(t), st)


def make_canvas(draft):
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
                self.setFont("DV", 7.5)
                self.drawString(2 * cm, h - 1.1 * cm, "Westbourne & Fulwell Virtual School  |  PEP Report")
                self.drawRightString(w - 2 * cm, h - 1.1 * cm, "OFFICIAL-SENSITIVE")
                if draft:
                    self.setFillColor(colors.HexColor("#c0392b"))
                    self.drawCentredString(w / 2, h - 1.1 * cm, "DRAFT - NOT FINALISED")
                    self.setFillColor(colors.black)
                self.drawCentredString(w / 2, 1 * cm, f"{self._pageNumber}/{n}")
                super().showPage()
            super().save()
    return NC


INSTANCES = [
    dict(
        n=1, draft=False, name="Leon Mensah", first="Leon", school="Kelmscott Fields Academy", yg=7,
        details=[("Child", "Leon Mensah"), ("Date of birth", "14/03/2014"), ("School", "Kelmscott Fields Academy"),
                 ("Year", "Year 7"), ("Date of PEP", "Thursday 9th October 2025"),
                 ("Chaired and written by", "Harriet Doyle, Virtual School Teacher"),
                 ("Report completed", "3rd November 2025")],
        meeting_iso="2025-10-09", completed="2025-11-03", att=97.1,
        present="Present: Leon (for the first half of the meeting); Grace Adeyemi (foster carer); Paul Whitcombe "
                "(social worker); Mrs Sarah Lund (Designated Teacher); Mr Tom Fenn (Head of Year 7); Harriet Doyle "
                "(Virtual School Teacher, chair). Apologies: Leon's IRO.",
        sections=[
            ("1. Introductions", [
                "Ms Doyle explained that, as this is Leon's first PEP at secondary school, the meeting would be "
                "led by three questions - what is working well, what are we worried about and what needs to "
                "happen - rather than going through the PEP as a form. Leon chose to sit next to Grace and said "
                "he was happy to stay for the first part."]),
            ("2. What is working well?", [
                "Leon has settled well into Year 7. Mr Fenn said he has been on time every day and has already "
                "earned 46 achievement points, the third highest in his form. Leon said, \"I like that we move "
                "classrooms, it's like being a grown up.\" He also said, \"Science is the best because we did "
                "the Bunsen burners.\"",
                "Leon's attendance this academic year is 97.1%, with two days' absence (a dental appointment and "
                "a cold). There have been no suspensions or behaviour incidents.",
                "Grace reported that homework is done at the kitchen table straight after school and that Leon is "
                "proud of his new uniform and his bus pass."]),
            ("3. What are we worried about?", [
                "Leon's reading age on the Year 7 baseline was 9 years 5 months, well below his chronological age "
                "of 11 years 7 months. Mrs Lund said he avoids reading aloud and his English teacher has noticed "
                "that he copies from the board slowly. Leon said, \"I'm not good at reading, the words jump "
                "about.\" Mrs Lund will ask for an eye test and a coloured overlay screening.",
                "In maths Leon is in set 4. He is secure with place value but is not yet confident with "
                "fractions. Paul said family time with Leon's dad was cancelled twice in September and Leon was "
                "quiet in school the next day on both occasions."]),
            ("4. What needs to happen?", [
                "Three targets were agreed. First, Leon will increase his reading age from 9 years 5 months to 10 "
                "years 3 months on the school's NGRT test by the end of the spring term. Second, Leon will "
                "complete the Year 7 fractions unit on Sparx and score at least 70% on the end-of-unit test by "
                "12th December 2025. Third, Leon will attend the Saturday coding club at the library for a full "
                "term and show the group a game he has made, because he told us he wants to make video games.",
                "Ms Doyle agreed to release Pupil Premium Plus of £420 this term. £300 will pay for 1:1 reading "
                "tuition with Mr Abiola, one hour a week for ten weeks (£30 x 10), linked to the first target. The "
                "remaining £120 will pay for a place at the Saturday coding club at the library for 12 weeks "
                "(£10 x 12), linked to the third target. The school will support the fractions target through "
                "its own maths intervention at no cost to PP+.",
                "Paul will speak to Leon's dad about keeping to the family time plan and will let Mrs Lund know "
                "by text if a session is cancelled so that school can check in with Leon."]),
        ],
        actions=[["Action", "Who", "By when"],
                 ["Book eye test and overlay screening", "Grace / Mrs Lund", "31/10/2025"],
                 ["Arrange reading tuition with Mr Abiola", "Mrs Lund", "w/c 03/11/2025"],
                 ["Register Leon for the coding club", "Grace", "08/11/2025"],
                 ["Tell school when family time is cancelled", "Paul Whitcombe", "Ongoing"]],
        next_pep="Next PEP: week commencing 2nd February 2026.",
        voice=["I like that we move classrooms, it's like being a grown up.",
               "Science is the best because we did the Bunsen burners.",
               "I'm not good at reading, the words jump about."],
        targets=[("Leon will increase his reading age from 9 years 5 months to 10 years 3 months on the school's "
                  "NGRT test by the end of the spring term", "English - reading"),
                 ("Leon will complete the Year 7 fractions unit on Sparx and score at least 70% on the end-of-unit "
                  "test by 12th December 2025", "Maths"),
                 ("Leon will attend the Saturday coding club at the library for a full term and show the group a "
                  "game he has made", "Personal development / interests")],
        spend=[("1:1 reading tuition with Mr Abiola, one hour a week for ten weeks", 300.0, 1),
               ("a place at the Saturday coding club at the library for 12 weeks", 120.0, 3)],
        pp_total=420.0, eng=True, maths=True,
    ),
    dict(
        n=2, draft=True, name="Tanisha Greaves", first="Tanisha", school="St Edmund's Church of England High School",
        yg=11,
        details=[("Child", "Tanisha Greaves"), ("Date of birth", "07/10/2009"),
                 ("School", "St Edmund's Church of England High School"), ("Year", "Year 11"),
                 ("Date of PEP", "22/10/2025"),
                 ("Chaired and written by", "Marek Nowicki, Virtual School Teacher")],
        meeting_iso="2025-10-22", completed=None, att=83.5,
        present="Present: Tanisha; Lorraine Bell (foster carer); Chidi Okafor (social worker); Mr Gareth Hume "
                "(Designated Teacher); Marek Nowicki (Virtual School Teacher).",
        sections=[
            ("What is working well?", [
                "Tanisha is predicted a grade 6 in Art and a 5 in Health and Social Care. Her art teacher has "
                "entered one of her pieces for the borough's young artists show. Tanisha said, \"Art is the one "
                "lesson where I don't watch the clock.\"",
                "She has a place lined up for an interview at Fulwell College for a Level 3 Art and Design course."]),
            ("What are we worried about?", [
                "Tanisha's attendance so far this year is 83.5%, which is persistent absence. Most of the missed "
                "sessions are Monday mornings. Tanisha said, \"Mondays are hard after seeing my mum on a Sunday, I "
                "just can't face it.\" Lorraine said mornings at home have been difficult since the summer.",
                "Her English Language is currently a grade 3 and she needs a grade 4 for her college course. Mr Hume "
                "said she has missed several English lessons because they fall on Monday period 1."]),
            ("What needs to happen?", [
                "Two targets were agreed with Tanisha. Tanisha will be in school by 8.45am on at least 8 of the next "
                "10 Mondays, with a text check-in from Mr Hume at 8.15am, so that her attendance rises above 90% by "
                "February half-term. In English, Tanisha will complete one timed Paper 2 Question 5 answer each week "
                "with her tutor and reach a secure grade 4 in the January mocks.",
                "The school has requested £300 of Pupil Premium Plus for English tuition with Mrs Obi, two 30-minute "
                "sessions a week for 12 weeks (£25 x 12). Mr Hume will also look into an online GCSE revision "
                "package for English and art; the cost was not known at the meeting.",
                "Chidi will review the Sunday family time arrangements with Tanisha and her mum."]),
        ],
        actions=[["Action", "Who", "By when"],
                 ["Monday 8.15am text check-in", "Mr Hume", "From 27/10/2025"],
                 ["Book English tuition", "Mr Hume", "03/11/2025"],
                 ["Review family time plan", "Chidi Okafor", "Next LAC review"]],
        next_pep="",
        voice=["Art is the one lesson where I don't watch the clock.",
               "Mondays are hard after seeing my mum on a Sunday, I just can't face it."],
        targets=[("Tanisha will be in school by 8.45am on at least 8 of the next 10 Mondays, with a text check-in "
                  "from Mr Hume at 8.15am, so that her attendance rises above 90% by February half-term",
                  "Attendance"),
                 ("Tanisha will complete one timed Paper 2 Question 5 answer each week with her tutor and reach a "
                  "secure grade 4 in the January mocks", "English")],
        spend=[("English tuition with Mrs Obi, two 30-minute sessions a week for 12 weeks", 300.0, 2),
               ("an online GCSE revision package for English and art", None, None)],
        pp_total=300.0, eng=True, maths=False,
    ),
]


def story(d):
    s = [P("PEP Report", H1),
         P("Personal Education Plan meeting - record of discussion", ParagraphStyle("sub", parent=BODY,
                                                                                  fontName="DSI")),
         Spacer(1, 4)]
    t = Table([[P(a, ParagraphStyle("k", parent=SMALL, fontName="DSB")), P(b, SMALL)] for a, b in d["details"]],
              colWidths=[4.5 * cm, 12.5 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 8), P(d["present"])]
    for head, paras in d["sections"]:
        s.append(P(head, H2))
        for para in paras:
            s.append(P(para))
    s.append(P("Actions agreed", H2))
    a = Table([[P(c, SMALL) for c in r] for r in d["actions"]], colWidths=[9 * cm, 4.5 * cm, 3.5 * cm])
    a.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
    s += [a, Spacer(1, 6)]
    if d["next_pep"]:
        s.append(P(d["next_pep"]))
    s.append(P("This report is written by the Virtual School Teacher within 20 working days of the PEP meeting and "
               "is shared with the school, carer, social worker and IRO.", SMALL))
    return s


def truth(d, fname):
    return {
        "layout": LAYOUT, "file": fname,
        "inspired_by": "real-forms.md entries 29, 19 (VS teacher's narrative PEP report; signs-of-safety questions)",
        "quirks": ["prose minutes, not a form", "targets written in paragraphs", "PP+ spend in paragraphs",
                   "child's words quoted inside prose", "attendance given in a sentence",
                   "signs-of-safety section headings"]
        + (["DRAFT with no report-completed date", "only two targets, no maths target",
            "one spend item with no cost", "no next PEP date"] if d["n"] == 2 else []),
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"],
        "year_group": d["yg"], "meeting_date": d["meeting_iso"], "completed_date": d["completed"],
        "attendance_percent": d["att"], "pupil_voice": d["voice"],
        "targets": [{"text": t, "area": a} for t, a in d["targets"]],
        "english_target": d["eng"], "maths_target": d["maths"],
        "pp_spend": [{"description": a, "cost": c, "target": t} for a, c, t in d["spend"]],
        "pp_requested": d["pp_total"],
    }


def build(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for d in INSTANCES:
        fname = f"{LAYOUT}-{d['n']}.pdf"
        doc = SimpleDocTemplate(str(out_dir / fname), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                                topMargin=1.8 * cm, bottomMargin=1.8 * cm, title="PEP Report",
                                author="Virtual School", invariant=1)
        doc.build(story(d), canvasmaker=make_canvas(d["draft"]))
        (out_dir / f"{LAYOUT}-{d['n']}.truth.json").write_text(
            json.dumps(truth(d, fname), indent=2, ensure_ascii=False), encoding="utf-8")
        paths.append(out_dir / fname)
    return paths


if __name__ == "__main__":
    build(Path(sys.argv[1]))
