"""zR03: a separate termly Pupil Premium Plus (PPP) request form (not the PEP itself) that copies the PEP
targets in as one small table per target, then the PPP lines, the total 'including costs of the
interventions', re-submit / backdated check boxes and a greyed copy of last term's PPP form.
PDF. Entries 18, 31."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_R import dt, write_truth, pdf_styles, P, pdf_table

LAYOUT = "zR03-ppp-termly-request-target-boxes"
INSPIRED = "real-forms.md entries 18, 31 (label variants: PPP not PP+, 'intended use of the funding', 'intended impact')"
QUIRKS = [
    "funding abbreviated PPP throughout (Pupil Premium Plus), on a separate termly request form",
    "PEP targets copied in as one small table per target (Target / Area / Success looks like / By when)",
    "PPP columns: intended use of the funding | costs of the interventions | intended impact | PEP target no.",
    "check boxes printed as [X] / [ ] for 're-submit the previous PPP form' and 'backdated pupil premium'",
    "previous term's PPP form reproduced in grey below the current request (not this term's spend)",
    "two attendance figures (last year and this year to date); truth is this year's",
    "pupil details as several label/value pairs on one line",
]


def data(n):
    d = dict(name="Kacey Dunmore", first="Kacey", school="Bulwell Fields Academy", year=9,
             meeting="2026-10-06", completed="2026-10-09", att=88.2, pp_total=760.0)
    d["voice"] = ["The art club helps because I can calm down after lunch.",
                  "I want help with fractions before my options."]
    d["targets"] = [
        dict(text="Kacey will write a 300-word persuasive piece with paragraphs and at least five correctly punctuated complex sentences by the end of January 2027.", area="English", crit="Teacher-assessed piece in English book", when="29/01/2027"),
        dict(text="Kacey will add, subtract and multiply fractions with different denominators, scoring 70% or more on the unit test by the spring PEP.", area="Maths", crit="Unit 6 test score", when="Spring PEP"),
        dict(text="Kacey will use the agreed 'time-out pass' and return to class within 10 minutes on every occasion for six weeks.", area="SEMH", crit="Pastoral log", when="18/12/2026"),
    ]
    d["pp"] = [
        dict(desc="Small-group English intervention with Lead Practitioner, weekly 50 minutes (12 weeks)", cost=360.0, target=1, impact="Paragraphing and complex sentences secure"),
        dict(desc="Third Space Learning online maths tutoring, 1 x 45 minutes weekly", cost=250.0, target=2, impact="Fractions unit test 70%+"),
        dict(desc="Art club materials and Year 9 art trip contribution", cost=150.0, target=3, impact="Fewer removals from lessons after lunch"),
    ]
    if n == 2:
        d["voice"] = []
        d["pp"][2]["target"] = None
        d["pp_total"] = None
    return d


def render(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Spacer, KeepTogether
    st = pdf_styles()

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, 287 * mm, "Trentside City Virtual School – PPP Form (Autumn Term 2026)        Ref: PPP/26A/0193")
        c.drawRightString(195 * mm, 10 * mm, f"PPP form v2026.2 – page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=16 * mm)
    s = []
    s.append(P("Pupil Premium Plus (PPP) – Termly Request Form", st["h1"]))
    s.append(P("This form is not part of the PEP. Complete it each term after the PEP meeting and return it to the Virtual School "
               "with the details of the intended use of the funding, the total amount being requested (including costs of the "
               "interventions) and the intended impact. Schools may re-submit the previous PPP form if nothing has changed.", st["small"]))
    s.append(Spacer(1, 4))
    from xml.sax.saxutils import escape
    from reportlab.platypus import Paragraph
    s.append(Paragraph(f"<b>Pupil:</b> {escape(d['name'])}&nbsp;&nbsp;&nbsp;&nbsp;<b>DOB:</b> 14/03/2012&nbsp;&nbsp;&nbsp;&nbsp;<b>Year:</b> 9&nbsp;&nbsp;&nbsp;&nbsp;<b>UPN:</b> N892345610023", st["b"]))
    s.append(Paragraph(f"<b>School:</b> {escape(d['school'])}&nbsp;&nbsp;&nbsp;&nbsp;<b>Designated Teacher:</b> Mr Owen Pattison", st["b"]))
    s.append(Paragraph(f"<b>Date of PEP meeting this request relates to:</b> {dt(d['meeting'], 'dmy/')}&nbsp;&nbsp;&nbsp;&nbsp;"
                       f"<b>Attendance 2025/26:</b> 84.0%&nbsp;&nbsp;&nbsp;&nbsp;<b>Attendance this year to date:</b> {d['att']}%", st["b"]))
    s.append(Spacer(1, 6))
    s.append(P("Section 1 – PEP targets this term (copy from the ePEP)", st["h2"]))
    for i, t in enumerate(d["targets"], 1):
        tb = pdf_table([[f"Target {i}", t["text"]], ["Area", t["area"]], ["Success looks like", t["crit"]], ["By when", t["when"]]],
                       [35 * mm, 145 * mm], st, bold_col0=True)
        s.append(KeepTogether([tb, Spacer(1, 5)]))
    s.append(P("Section 2 – PPP request", st["h2"]))
    rows = [["Intended use of the funding", "Costs of the interventions", "Intended impact", "PEP target no."]]
    for p in d["pp"]:
        rows.append([p["desc"], f"£{p['cost']:.2f}", p["impact"], str(p["target"]) if p["target"] else ""])
    s.append(pdf_table(rows, [75 * mm, 28 * mm, 55 * mm, 22 * mm], st, header=True))
    s.append(Spacer(1, 4))
    tot = f"£{d['pp_total']:.2f}" if d["pp_total"] is not None else ""
    s.append(pdf_table([["Total amount being requested (including costs of the interventions)", tot]], [130 * mm, 50 * mm], st, bold_col0=True))
    s.append(Spacer(1, 6))
    s.append(P("[ ] I wish to re-submit the previous PPP form (Summer 2026) unchanged", st["b"]))
    s.append(P("[X] Please stipulate on this terms form if you wish to apply for backdated pupil premium – backdated request: none", st["b"]))
    s.append(P("Section 3 – Student comment: how will this help you?", st["h2"]))
    s.append(pdf_table([[" ".join(d["voice"]) if d["voice"] else ""]], [180 * mm], st))
    s.append(P("Section 4 – Submission", st["h2"]))
    s.append(pdf_table([["Completed by", "Owen Pattison (Designated Teacher)"],
                        ["Date form submitted to Virtual School", dt(d["completed"], "dmy/")],
                        ["VS use only: PPP agreed", "Pending"]], [70 * mm, 110 * mm], st, bold_col0=True))
    s.append(Spacer(1, 10))
    grey = pdf_styles()
    for k in grey.values():
        k.textColor = colors.HexColor("#888888")
    s.append(P("Previous PPP form – Summer 2026 (for reference only, do not edit)", grey["h3"]))
    s.append(pdf_table([["Intended use of the funding", "Costs of the interventions", "Intended impact", "PEP target no."],
                        ["Lexia reading licence (summer term)", "£90.00", "Reading age +6 months", "1"],
                        ["Mentoring with learning mentor fortnightly", "£200.00", "Improved behaviour points", "3"]],
                       [75 * mm, 28 * mm, 55 * mm, 22 * mm], grey, header=True, shade=colors.HexColor("#f0f0f0")))
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    out = []
    for n in (1, 2):
        d = data(n)
        p = os.path.join(out_dir, f"{LAYOUT}-{n}.pdf")
        render(d, p)
        write_truth(out_dir, LAYOUT, n, "pdf", INSPIRED,
                    QUIRKS + (["-2 gaps: student comment box empty, third PPP line has no PEP target no., total requested left blank"] if n == 2 else []), d)
        out.append(p)
    return out


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
