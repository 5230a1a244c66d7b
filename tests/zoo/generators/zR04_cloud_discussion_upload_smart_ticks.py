"""zR04: ePEP cloud print-out where the meeting was run on three questions and the record of discussion was
uploaded; the print shows the upload inline as numbered minute points, a round-robin subject table,
a pupil-voice tab 'completed from the record of discussion', SMART targets with Yes/No check columns and
the two SMART prompts as columns, and a PEP status history. PDF, landscape. Entries 19, 20, 31."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_R import dt, write_truth, pdf_styles, P, pdf_table

LAYOUT = "zR04-cloud-discussion-upload-smart-ticks"
INSPIRED = "real-forms.md entries 19, 20, 31 (label variants: 'Our Young People', SMART prompts, status words)"
QUIRKS = [
    "platform print-out of tabs with system codes (YP ref, PEP id, upload file name)",
    "uploaded 'record of discussion' reproduced inline, points numbered 1.1, 2.1, 3.1 under the three questions",
    "round-robin table of Maths / English / Science teacher comments gathered before the meeting",
    "pupil voice tab says it was completed from the record of discussion; child quoted inside minutes",
    "SMART targets table with S/M/A/R/T Yes-No columns plus the two SMART prompt questions as columns",
    "PEP status history with dated transitions (In progress -> Submitted -> Approved)",
    "landscape page with header and footer on every page",
]


def data(n):
    d = dict(name="Amir Haddad", first="Amir", school="Moss Side Park Primary School", year=6,
             meeting="2026-10-08", completed="2026-10-13", att=97.1, pp_total=525.0)
    d["voice"] = ["I'm proud I got into the football team.",
                  "I get stuck on the long word problems and then I give up.",
                  "I want to go to the same high school as Yusuf."]
    d["targets"] = [
        dict(text="By the spring PEP, Amir will solve two-step word problems using the bar model, getting 4 out of 5 right in weekly arithmetic quizzes.", area="Maths"),
        dict(text="By February half-term, Amir will edit his own writing with a checklist, correcting at least three spellings from the Year 5/6 list in each piece.", area="Writing"),
        dict(text="Amir will visit Whitworth High twice with his mentor before Easter and tell his carer one thing he is looking forward to.", area="Transition / wellbeing"),
    ]
    d["pp"] = [
        dict(desc="Maths booster group (bar model), 2 x 30 minutes weekly for 10 weeks", cost=300.0, target=1),
        dict(desc="Spelling Shed subscription and weekly 1:1 editing conference", cost=75.0, target=2),
        dict(desc="Transition mentor sessions and two accompanied high-school visits", cost=150.0, target=3),
    ]
    d["history"] = [("Created", "14/09/2026"), ("In progress", "01/10/2026"), ("Submitted", dt(d["completed"], "dmy/")), ("Approved", "20/10/2026")]
    if n == 2:
        d["voice"] = []
        d["targets"] = [d["targets"][1], d["targets"][2]]
        d["pp"] = [dict(d["pp"][1], target=1), dict(d["pp"][2], target=2)]
        d["pp_total"] = 225.0
        d["completed"] = None
        d["history"] = [("Created", "14/09/2026"), ("In progress", "01/10/2026")]
    return d


def render(d, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer
    st = pdf_styles()
    W = 267 * mm

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, 200 * mm, "ePEP Cloud | Our Young People | YP ref OYP-558213 | PEP id 26-AUT-00417 | Autumn 2026")
        c.drawRightString(282 * mm, 8 * mm, f"Printed from ePEP Cloud – page {doc.page} – this print is a snapshot and may be out of date")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm, bottomMargin=14 * mm)
    s = [P("Personal Education Plan – Autumn 2026", st["h1"])]
    s.append(pdf_table([["Young person", d["name"], "School", d["school"], "NCY", "6"],
                        ["Date of PEP meeting", dt(d["meeting"], "dmy/"), "Designated Teacher/Lead", "Ms Carla Byrne", "Social worker", "Tom Ashworth"]],
                       [35 * mm, 50 * mm, 42 * mm, 70 * mm, 28 * mm, 42 * mm], st))
    s.append(P("Tab: Round robin (sent before the meeting)", st["h2"]))
    s.append(pdf_table([["Subject", "Teacher", "Comment"],
                        ["Maths", "Mr Ian Crowther", "Quick with arithmetic; loses confidence on multi-step problems."],
                        ["English", "Ms Carla Byrne", "Lively ideas, spelling of common exception words inconsistent."],
                        ["Science", "Mrs Joy Adeyemi", "Excellent at practical work, needs a frame for write-ups."]],
                       [30 * mm, 45 * mm, 192 * mm], st, header=True))
    s.append(P("Tab: Record of discussion – uploaded file RoD_Haddad_08-10-26.pdf (shown below)", st["h2"]))
    s.append(P("Please avoid going through the PEP as a form during the meeting. The meeting is led by the three questions.", st["small"]))
    q1 = ["1.1 Amir has settled in Year 6 and his behaviour log is clear this half-term.",
          "1.2 Amir told the meeting: " + (f"\u201c{d['voice'][0]}\u201d" if d["voice"] else "(Amir did not join the meeting.)")]
    q2 = ["2.1 Mr Crowther: word problems in maths. " + (f"Amir said \u201c{d['voice'][1]}\u201d" if d["voice"] else ""),
          "2.2 Carer worried about the move to high school next September."]
    q3 = ["3.1 Targets agreed below.",
          "3.2 " + (f"Transition: Amir said \u201c{d['voice'][2]}\u201d SW to check with admissions." if d["voice"] else "SW to check admissions for the high school.")]
    for h, pts in (("1) What is working well?", q1), ("2) What we are worried about?", q2), ("3) What needs to happen?", q3)):
        s.append(P(h, st["h3"]))
        for pt in pts:
            s.append(P(pt, st["b"]))
    s.append(P("Tab: Pupil voice", st["h2"]))
    s.append(P("Completed from the record of discussion.", st["small"]))
    s.append(pdf_table([["Child's views"], ["\n".join(d["voice"]) if d["voice"] else "No pupil views shared"]], [W], st, header=True))
    s.append(P("Tab: SMART targets", st["h2"]))
    rows = [["No.", "Target", "Area", "S", "M", "A", "R", "T", "Will they be able to celebrate a success by their next PEP meeting?",
             "Will this target be achieved in time for the next PEP meeting?"]]
    for i, t in enumerate(d["targets"], 1):
        rows.append([str(i), t["text"], t["area"], "Yes", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes" if i != 3 else "No – Easter"])
    s.append(pdf_table(rows, [10 * mm, 105 * mm, 28 * mm, 10 * mm, 10 * mm, 10 * mm, 10 * mm, 10 * mm, 37 * mm, 37 * mm], st, header=True))
    s.append(P("Tab: PP+ request", st["h2"]))
    rows = [["Line", "Description", "Amount", "Target no."]]
    for i, p in enumerate(d["pp"], 1):
        rows.append([str(i), p["desc"], f"£{p['cost']:.2f}", str(p["target"])])
    rows.append(["", "Total PP+ requested", f"£{d['pp_total']:.2f}", ""])
    s.append(pdf_table(rows, [15 * mm, 170 * mm, 40 * mm, 42 * mm], st, header=True))
    s.append(P("Tab: Attendance (imported from school MIS)", st["h2"]))
    s.append(pdf_table([["Academic year", "Sessions possible", "Sessions attended", "Attendance"],
                        ["2026/27 to date", "70", "68", f"{d['att']}%"]], [60 * mm, 60 * mm, 60 * mm, 87 * mm], st, header=True))
    s.append(P("Status history", st["h2"]))
    s.append(pdf_table([["Status", "Date"]] + [list(h) for h in d["history"]], [80 * mm, 60 * mm], st, header=True))
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    out = []
    for n in (1, 2):
        d = data(n)
        p = os.path.join(out_dir, f"{LAYOUT}-{n}.pdf")
        render(d, p)
        write_truth(out_dir, LAYOUT, n, "pdf", INSPIRED,
                    QUIRKS + (["-2 gaps: pupil voice tab reads 'No pupil views shared' (not the child's words), no maths target, status history stops at 'In progress' (never submitted)"] if n == 2 else []), d)
        out.append(p)
    return out


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
