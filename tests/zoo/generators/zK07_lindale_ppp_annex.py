"""zK07 Lindale: KS2 PEP as PDF, with the child's views as chat-style speech bubbles
and the funding on a separate 'Pupil Premium Plus (PPP) Termly Request Form' annex that has its
own header, its own date and a backdating question. Last term's PPP impact is a prose paragraph
on the annex (not this term's spend). Dates as '05 Feb 2026'."""
import os
from reportlab.platypus import Flowable
from _common_K import *

LAYOUT = "zK07-lindale-ppp-annex"
INSPIRED = "real-forms.md entries 18, 9, 11, 19, 20"
QUIRKS = ["funding on a separate PPP termly request annex with its own header and date",
          "PPP = Pupil Premium Plus here",
          "child's views as speech bubbles, alternately indented",
          "annex date differs from the meeting date",
          "last term's PPP impact reviewed in prose on the annex (not a spend line)",
          "'Please stipulate ... backdated pupil premium' question left in",
          "review window printed instead of next PEP date"]


class Bubble(Flowable):
    def __init__(self, text, right=False, width=120 * mm):
        super().__init__()
        self.p = P(text, "body")
        self.right = right
        self.bw = width

    def wrap(self, aw, ah):
        self.aw = aw
        w, h = self.p.wrap(self.bw - 10 * mm, ah)
        self.ph = h
        return aw, h + 10 * mm

    def draw(self):
        c = self.canv
        x = self.aw - self.bw if self.right else 0
        c.setStrokeColor(colors.HexColor("#4A7BB7"))
        c.setFillColor(colors.HexColor("#EAF1FB") if not self.right else colors.HexColor("#FDF0E6"))
        c.roundRect(x, 3 * mm, self.bw, self.ph + 6 * mm, 8, stroke=1, fill=1)
        tx = x + 12 if not self.right else x + self.bw - 12
        c.line(tx, 3 * mm, tx + (-6 if not self.right else 6), 0)
        self.p.drawOn(c, x + 5 * mm, 6 * mm)


class AnnexMark(Flowable):
    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv._annex = True


CASES = {
    1: dict(name="Mason Kowalczyk", first="Mason", school="Lindale St Peter's Primary School", year=5,
            date_txt="05 Feb 2026", meeting="2026-02-05", window="Second review - January to April",
            att="Attendance 2025/26 to date: 95.4% (no suspensions)", att_v=95.4,
            helper="My views (I said these to Miss Okafor on 29 Jan 2026 and she typed them)",
            bubbles=["I'm proud of my times tables, I got a certificate in assembly.",
                     "Reading out loud is embarrassing when I get stuck on big words.",
                     "I want to be in the football team after Easter.",
                     "I miss my sister but I see her every other Saturday at family time."],
            targets=[("Reading", "Reading age 8y 2m (Salford, Jan 2026)", "Mason will read a Year 5 book aloud to his reading buddy for 10 minutes three times a week and raise his Salford reading age to 8y 10m by the summer PEP.", "Jun 2026"),
                     ("Writing", "Uses 'and' to join most sentences", "Mason will use at least three different conjunctions (because, although, when) in each independent piece of writing by Easter.", "Mar 2026"),
                     ("Maths", "Column subtraction with exchange: 4/10", "Mason will use column subtraction with exchanging to answer 8 out of 10 questions correctly in the end-of-unit check before Easter.", "Mar 2026")],
            annex_date="12 Feb 2026", completed_txt="Signed by DT: R. Okafor   Date: 12 Feb 2026", completed="2026-02-12",
            prev="Autumn PPP (£600) paid for Lexia licence and a reading TA; impact: reading age rose from 7y 6m to 8y 2m.",
            ppp=[("Daily 10-minute reading-buddy sessions with a trained Year 6 pupil and TA oversight", "1", "TA 30 mins weekly x 12 weeks at £15 per half hour = £180.00", "Reading age +8 months"),
                 ("Talk for Writing conjunction cards and 6 small-group sessions", "2", "6 x £25 = £150.00", "Varied sentence openings"),
                 ("Maths pre-teaching with class TA before each subtraction lesson", "3", "12 x £20 = £240.00", "8/10 on unit check")],
            spend=[("Daily 10-minute reading-buddy sessions with a trained Year 6 pupil and TA oversight", 180.0, 1),
                   ("Talk for Writing conjunction cards and 6 small-group sessions", 150.0, 2),
                   ("Maths pre-teaching with class TA before each subtraction lesson", 240.0, 3)],
            total="Total amount being requested: £570.00", req=570.0, english=True, maths=True),
    2: dict(name="Amelia Rourke", first="Amelia", school="Brookside Junior School", year=6,
            date_txt="10 Nov 2025", meeting="2025-11-10", window="First review - September to December",
            att="Attendance 2025/26 to date: 90.2%", att_v=90.2,
            helper="My views",
            bubbles=["...", "..."],
            targets=[("Writing", "Spelling age 8y 0m", "Amelia will learn 5 Year 5/6 statutory spellings each week and score 4/5 or more in the Friday check for 6 weeks running by Christmas.", "Dec 2025"),
                     ("Maths", "Fractions - not secure", "Amelia will find equivalent fractions using a fraction wall and answer 7 out of 10 questions correctly in the fractions check by the spring PEP.", "Feb 2026")],
            annex_date="10 Nov 2025", completed_txt="Signed by DT: M. Hennessy   Date: 17 Nov 2025", completed="2025-11-17",
            prev="Summer PPP: not reviewed (previous school).",
            ppp=[("Spelling Shed licence and weekly spelling group", "1", "£45.00", "Spelling age +6 months"),
                 ("Residential trip contribution (Year 6 PGL)", "", "£150.00", "Confidence")],
            spend=[("Spelling Shed licence and weekly spelling group", 45.0, 1),
                   ("Residential trip contribution (Year 6 PGL)", 150.0, None)],
            total="Total amount being requested: ", req=None, english=True, maths=True),
}


def hdr_main(c, doc):
    w, h = A4
    c.setFont("Helvetica-Bold", 8)
    if not getattr(c, "_annex", False):
        c.drawString(18 * mm, h - 11 * mm, "LINDALE VIRTUAL SCHOOL  |  PEP - Key Stage 2")
    else:
        c.drawString(18 * mm, h - 11 * mm, "LINDALE VIRTUAL SCHOOL  |  ANNEX: PPP TERMLY REQUEST (send with the PEP)")
    c.setFont("Helvetica", 7)
    c.drawRightString(w - 18 * mm, 8 * mm, "page %d" % doc.page)


def build_one(out_dir, n, d):
    fname = f"{LAYOUT}-{n}.pdf"
    s = [P("Personal Education Plan", "h1"),
         ptable([["Child", d["name"], "Year", f"Year {d['year']}"],
                 ["School", d["school"], "PEP meeting", d["date_txt"]],
                 ["Review window", d["window"], "Chair", "Designated Teacher"]],
                [24 * mm, 76 * mm, 26 * mm, 48 * mm], header=False,
                style_extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                             ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EEEEEE"))]),
         Spacer(1, 6), P("Section 1: People at the meeting", "h2"),
         P("Designated Teacher; class teacher; carer; social worker; " + ("Mason (for the first part)." if n == 1 else "Amelia did not attend (school trip)."), "body"),
         P("Section 2: The Young Persons Voice", "h2"), P(d["helper"], "h3")]
    for i, b in enumerate(d["bubbles"]):
        s.append(Bubble(b, right=bool(i % 2)))
    s += [P("Section 3: Achievement and Attainment", "h2"), P(d["att"], "body"),
          P("Section 4: Review and Action Plan", "h2")]
    rows = [["No.", "Area", "Baseline now", "Target (SMART)", "Review"]]
    rows += [[str(i), a, b, t, r] for i, (a, b, t, r) in enumerate(d["targets"], 1)]
    s.append(ptable(rows, [9 * mm, 18 * mm, 36 * mm, 93 * mm, 18 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("SMART = Specific, Measurable, Assigned - to specific responsible professionals, Realistic, Time constrained", "small"))
    s.append(AnnexMark())
    s.append(PageBreak())
    s.append(P("Pupil Premium Plus (PPP) Termly Request Form", "h1"))
    s.append(ptable([["Pupil", d["name"], "Date of request", d["annex_date"]]],
                    [20 * mm, 70 * mm, 30 * mm, 54 * mm], header=False))
    s.append(Spacer(1, 4))
    s.append(P("Impact of last term's PPP: " + d["prev"], "body"))
    s.append(Spacer(1, 4))
    rows = [["Intended use of the funding", "Linked PEP target", "Cost (including how worked out)", "Intended impact"]]
    rows += [list(r) for r in d["ppp"]]
    s.append(ptable(rows, [72 * mm, 20 * mm, 48 * mm, 34 * mm]))
    s.append(P(d["total"], "body"))
    s.append(P("Please stipulate on this terms form if you wish to apply for backdated pupil premium: No", "small"))
    s.append(Spacer(1, 6))
    s.append(P(d["completed_txt"], "body"))
    build_pdf(os.path.join(out_dir, fname), s, header=hdr_main, footer=None)
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS,
                child_name=d["name"], child_first_name=d["first"], school=d["school"],
                year_group=d["year"], meeting_date=d["meeting"], completed_date=d["completed"],
                attendance_percent=d["att_v"], pupil_voice=[b for b in d["bubbles"] if b.strip(". ")],
                targets=[(t, a) for a, b, t, r in d["targets"]], english_target=d["english"],
                maths_target=d["maths"], pp_spend=d["spend"], pp_requested=d["req"])


def build(out_dir):
    for n, d in CASES.items():
        build_one(out_dir, n, d)
