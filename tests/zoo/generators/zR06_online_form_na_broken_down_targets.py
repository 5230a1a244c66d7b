"""zR06: automatic PDF output of a termly online PEP form opened with a form ID and password: no tables,
every field an inline 'Label*: value' line grouped by form page, mandatory fields starred, literal 'N/A'
accepted, a submission banner, and previous targets that were not met broken down into new lettered
targets (2a, 2b). PDF. Entries 21, 22, 31."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_R import dt, write_truth, pdf_styles, P

LAYOUT = "zR06-online-form-na-broken-down-targets"
INSPIRED = "real-forms.md entries 21, 22, 31 (label variants: 'Pupil's name', 'N/A' in mandatory fields, 'once submitted')"
QUIRKS = [
    "online-form PDF: form ID, 'Page n of 6' form-page headings, submission banner with timestamp",
    "no tables: every field an inline 'Label*: value' line; asterisk marks mandatory fields",
    "literal 'N/A' typed into mandatory fields that do not apply",
    "previous targets reviewed first; a not-met target is 'broken down further' into new targets 2a and 2b",
    "new targets numbered 1, 2a, 2b, 3 (truth numbers them 1-4 in order)",
    "PP+ items written 'PP+ item n*: description | £cost | for target 2a'",
]


def data(n):
    d = dict(name="Jade Kowalczyk", first="Jade", school="Ampthill Vale Academy", year=10,
             meeting="2026-11-03", completed="2026-11-06", att=90.4, pp_total=700.0)
    d["voice"] = ["I'm doing better in science since I moved sets.",
                  "I still panic in maths tests and my mind goes blank.",
                  "I want to do hair and beauty at college, or be a paramedic."]
    d["targets"] = [
        dict(ref="1", text="Jade will complete one past-paper question on a set English Language text each week and reach a secure grade 4 in the mock in January 2027.", area="English"),
        dict(ref="2a", text="Jade will use the 'three steps' exam routine (read, underline, plan) on every question in her weekly 20-minute maths quiz until Christmas.", area="Maths"),
        dict(ref="2b", text="Jade will score at least 60% on the Foundation algebra section of the January maths mock.", area="Maths"),
        dict(ref="3", text="Jade will attend two college taster sessions (hair and beauty; public services) and write what she found out in her careers log by March 2027.", area="Careers / aspirations"),
    ]
    d["pp"] = [
        dict(desc="English past-paper tutoring with Year 10 intervention teacher, 10 x 1 hour", cost=350.0, target=1, ref="1"),
        dict(desc="Exam anxiety sessions with school counsellor, 6 sessions", cost=240.0, target=2, ref="2a"),
        dict(desc="Revision guides and MathsWatch licence", cost=30.0, target=3, ref="2b"),
        dict(desc="Travel and taster-day costs for two college visits", cost=80.0, target=4, ref="3"),
    ]
    if n == 2:
        d["voice"] = []
        d["att"] = None
        d["pp_total"] = None
        d["pp"][3] = dict(d["pp"][3], target=None, ref="N/A")
    return d


def render(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Spacer, Paragraph, Table, TableStyle
    from xml.sax.saxutils import escape
    st = pdf_styles()
    NA = "N/A"

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, 288 * mm, "Virtual School online PEP | Form ID: PEP-26T1-30917 | Term: Autumn 2026")
        c.drawRightString(195 * mm, 9 * mm, "Sent automatically as a PDF on submission – page %d" % doc.page)
        c.restoreState()

    def f(label, value, req=True):
        return Paragraph(f"<b>{escape(label)}{'*' if req else ''}:</b> {escape(value if value not in (None, '') else '')}", st["b"])

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=15 * mm)
    s = []
    ban = Table([[P(f"SUBMITTED {dt(d['completed'], 'dmy/')} 11:02 by the Designated Teacher – once submitted, no further changes can be made.", st["cellb"])]],
                colWidths=[174 * mm])
    ban.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fde9d9")), ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#c00000"))]))
    s += [ban, Spacer(1, 6), P("Personal Education Plan", st["h1"]),
          P("Fields marked * are mandatory. For any mandatory fields not relevant to you, 'N/A' can be entered.", st["small"])]
    s.append(P("Page 1 of 6 – About the pupil", st["h2"]))
    for lab, val, req in [("Pupil's name", d["name"], True), ("Date of birth", "21/07/2011", True), ("Year group", "Year 10", True),
                          ("School", d["school"], True), ("Designated Teacher", "Mrs Sunita Rahman", True),
                          ("Legal status", "Full Care Order", True), ("EHCP", NA, True), ("Interpreter needed", NA, True)]:
        s.append(f(lab, val, req))
    s.append(P("Page 2 of 6 – The PEP meeting", st["h2"]))
    s.append(f("Date of PEP meeting", dt(d["meeting"], "dmy/")))
    s.append(f("Present", "Jade, carer (Mrs L. Brennan), DT, SW (Callum Frost), VS Education Adviser"))
    s.append(f("If the pupil did not attend, record the reason", NA))
    s.append(P("Page 3 of 6 – Attendance and progress", st["h2"]))
    s.append(f("Attendance % this academic year", f"{d['att']}%" if d["att"] is not None else NA))
    s.append(f("Part-time timetable", NA))
    s.append(f("English working at / predicted", "3 / 4"))
    s.append(f("Maths working at / predicted", "3 / 4"))
    s.append(f("Science working at / predicted", "4 / 5"))
    s.append(P("Page 4 of 6 – Pupil's views", st["h2"]))
    s.append(P("Record the pupil's own words.", st["small"]))
    prompts = ["What is going well at school?", "What is difficult?", "What would you like to do after Year 11?"]
    for q, a in zip(prompts, d["voice"] if d["voice"] else [NA, NA, NA]):
        s.append(f(q, a))
    s.append(P("Page 5 of 6 – Review of previous targets and new targets", st["h2"]))
    s.append(P("Targets which are not met when evaluated at a review should not be repeated, but broken down further.", st["small"]))
    s.append(f("Previous target 1", "Complete English homework on time every week. Outcome: Met", False))
    s.append(f("Previous target 2", "Achieve a grade 4 in the maths summer mock. Outcome: Not met (grade 3) – broken down into new targets 2a and 2b", False))
    s.append(f("Previous target 3", "Attend a careers interview. Outcome: Met", False))
    s.append(Spacer(1, 4))
    for t in d["targets"]:
        s.append(f(f"New target {t['ref']} ({t['area']})", t["text"]))
    s.append(P("Page 6 of 6 – PP+ request", st["h2"]))
    for i, p in enumerate(d["pp"], 1):
        s.append(f(f"PP+ item {i}", f"{p['desc']} | £{p['cost']:.0f} | for target {p['ref']}"))
    s.append(f("Total PP+ requested", f"£{d['pp_total']:.0f}" if d["pp_total"] is not None else NA))
    s.append(f("Designated Teacher declaration", "I confirm the information is accurate – S. Rahman"))
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    out = []
    for n in (1, 2):
        d = data(n)
        p = os.path.join(out_dir, f"{LAYOUT}-{n}.pdf")
        render(d, p)
        write_truth(out_dir, LAYOUT, n, "pdf", INSPIRED,
                    QUIRKS + (["-2 gaps: all three pupil's-views fields 'N/A', attendance 'N/A', total PP+ 'N/A', fourth PP+ item 'for target N/A'"] if n == 2 else []), d)
        out.append(p)
    return out


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
