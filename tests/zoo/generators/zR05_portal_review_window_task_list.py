"""zR05: delegation-portal print of a full PEP at the start of Year 7: the meeting is identified by its
review window ('First review - September to December'), the portal's task list with owners and statuses
comes first, pupil details are label/value pairs run together on lines, and the targets table uses the
'Assigned' / 'Time constrained' spelling of SMART as its column headers. PDF. Entries 20, 22."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_R import dt, write_truth, pdf_styles, P, pdf_table

LAYOUT = "zR05-portal-review-window-task-list"
INSPIRED = "real-forms.md entries 20, 22 (label variants: review windows as the meeting identity, 'VSK', status words)"
QUIRKS = [
    "meeting identified by the review window 'First review - September to December'; the date is in the task list",
    "portal task list (Task | Owner | Status | Date) printed before the PEP content",
    "pupil details as several 'Label: value' pairs on one line",
    "targets table headed with SMART spelled 'Specific | Measurable | Assigned - to | Realistic | Time constrained'",
    "PP+ lines cite target references T1/T2/T3",
    "full PEP flagged because of a new key stage (Year 7)",
    "'initiated by VSK' note and portal footer on every page",
]


def data(n):
    d = dict(name="Leon Marchetti", first="Leon", school="Swale Valley School", year=7,
             meeting="2026-09-29", completed="2026-10-05", att=95.6, pp_total=580.0)
    d["voice"] = ["Secondary school is bigger than I thought but I like having different teachers.",
                  "I find it hard to organise my bag and my homework.",
                  "I'd like to join the drama club but I'm a bit scared."]
    d["targets"] = [
        dict(text="Leon will read for 20 minutes four times a week from his Accelerated Reader book and pass two quizzes at 85% or above", area="Reading",
             m="AR quiz record", a="English teacher Ms Oduya", r="Reading age 9y 8m; below chronological age", t="By 11 December 2026"),
        dict(text="Leon will recall multiplication facts up to 12 x 12 and use them in short division, scoring 40/50 on Sparx checks", area="Maths",
             m="Sparx weekly check", a="Maths teacher Mr Halloran", r="Gaps from KS2 SATs paper 2", t="By spring review"),
        dict(text="Leon will use a homework planner checked by his tutor every Monday and hand in 90% of homework on time", area="Organisation / wellbeing",
             m="Class Charts homework record", a="Form tutor Mrs Kaur", r="Leon said organisation is his biggest worry", t="By 11 December 2026"),
    ]
    d["pp"] = [
        dict(desc="Accelerated Reader small group with reading mentor, 3 x 20 minutes weekly", cost=240.0, target=1, ref="T1"),
        dict(desc="Maths catch-up tutoring (school-led, 1:2), 10 sessions", cost=250.0, target=2, ref="T2"),
        dict(desc="Drama club taster term and organisation kit (planner, labelled folders)", cost=90.0, target=3, ref="T3"),
    ]
    d["tasks"] = [
        ("PEP initiated (basic information)", "VSK", "Completed", "07/09/2026"),
        ("Social worker section", "Social worker", "Completed", "18/09/2026"),
        ("Pupil voice", "Designated Teacher", "Completed", "24/09/2026"),
        ("PEP meeting", "Designated Teacher", "Completed", dt(d["meeting"], "dmy/")),
        ("Targets and PP+", "Designated Teacher", "Completed", dt(d["meeting"], "dmy/")),
        ("DT sign-off", "Designated Teacher", "Completed", dt(d["completed"], "dmy/")),
        ("VSK quality assurance", "VSK", "In progress", ""),
    ]
    if n == 2:
        d["att"] = None
        d["completed"] = None
        d["tasks"][5] = ("DT sign-off", "Designated Teacher", "Not started", "")
        d["tasks"][6] = ("VSK quality assurance", "VSK", "Not started", "")
        d["pp"][2] = dict(d["pp"][2], target=None, ref="—")
    return d


def render(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer, Paragraph
    from xml.sax.saxutils import escape
    st = pdf_styles()

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica-Bold", 8)
        c.drawString(15 * mm, 288 * mm, "Professional (Delegation) Portal  >  PEP  >  First review - September to December 2026")
        c.setFont("Helvetica", 7)
        c.drawString(15 * mm, 9 * mm, "This PEP was initiated by VSK which will contain some basic information. Printed 06/10/2026.")
        c.drawRightString(195 * mm, 9 * mm, f"{doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm, bottomMargin=15 * mm)
    s = [P("Personal Education Plan – First review - September to December", st["h1"])]
    s.append(P("FULL PEP – new key stage (Year 7)", st["h3"]))
    s.append(P("Selecting a task in the Portal", st["h2"]))
    s.append(pdf_table([["Task", "Owner", "Status", "Date"]] + [list(t) for t in d["tasks"]],
                       [75 * mm, 40 * mm, 35 * mm, 30 * mm], st, header=True))
    s.append(P("Pupil details", st["h2"]))
    for line in (f"<b>Name:</b> {escape(d['name'])}&nbsp;&nbsp;&nbsp;<b>DOB:</b> 02/02/2015&nbsp;&nbsp;&nbsp;<b>NCY:</b> 7&nbsp;&nbsp;&nbsp;<b>UPN:</b> K886213004471",
                 f"<b>School:</b> {escape(d['school'])}&nbsp;&nbsp;&nbsp;<b>DT:</b> Mr Grant Whitlock&nbsp;&nbsp;&nbsp;<b>SW:</b> Priya Nair (Swale CIC 2)",
                 f"<b>Legal status:</b> S20&nbsp;&nbsp;&nbsp;<b>Placement:</b> IFA foster carers&nbsp;&nbsp;&nbsp;<b>SEN:</b> SEN Support (SpLD)",
                 f"<b>Attendance (this academic year):</b> " + (f"{d['att']}%" if d["att"] is not None else "data not yet imported from school")
                 + "&nbsp;&nbsp;&nbsp;<b>Suspensions:</b> 0"):
        s.append(Paragraph(line, st["b"]))
    s.append(P("Young person's views", st["h2"]))
    prompts = ["How are you finding your new school?", "What do you find hard?", "What would you like to try this year?"]
    rows = [[q, a] for q, a in zip(prompts, d["voice"])]
    s.append(pdf_table(rows, [60 * mm, 120 * mm], st, bold_col0=True))
    s.append(P("Targets – Specific, Measurable, Assigned - to specific responsible professionals, Realistic, Time constrained", st["h2"]))
    rows = [["Ref", "Specific", "Measurable", "Assigned - to", "Realistic", "Time constrained"]]
    for i, t in enumerate(d["targets"], 1):
        rows.append([f"T{i}", t["text"], t["m"], t["a"], t["r"], t["t"]])
    s.append(pdf_table(rows, [10 * mm, 62 * mm, 27 * mm, 28 * mm, 28 * mm, 25 * mm], st, header=True))
    s.append(P("PP+ (Pupil Premium Plus) request", st["h2"]))
    rows = [["Provision", "Cost", "Linked target ref"]]
    for p in d["pp"]:
        rows.append([p["desc"], f"£{p['cost']:.0f}", p["ref"]])
    rows.append(["Total requested", f"£{d['pp_total']:.0f}", ""])
    s.append(pdf_table(rows, [120 * mm, 25 * mm, 35 * mm], st, header=True))
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    out = []
    for n in (1, 2):
        d = data(n)
        p = os.path.join(out_dir, f"{LAYOUT}-{n}.pdf")
        render(d, p)
        write_truth(out_dir, LAYOUT, n, "pdf", INSPIRED,
                    QUIRKS + (["-2 gaps: attendance 'data not yet imported from school', DT sign-off task 'Not started' (no completion date), third PP+ line has target ref '—'"] if n == 2 else []), d)
        out.append(p)
    return out


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
