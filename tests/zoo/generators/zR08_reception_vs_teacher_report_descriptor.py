"""zR08: Reception PEP written as a narrative report by the Virtual School Teacher who chaired the meeting
(numbered paragraphs like minutes, written within 20 working days), targets and EYPP/PP+ use embedded in
the prose, followed by an EYFS PEP descriptor grade (outstanding / good / requires improvement /
inadequate) and a short feedback form with RAG ratings. PDF. Entries 27, 28, 29, 31."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_R import dt, write_truth, pdf_styles, P, pdf_table

LAYOUT = "zR08-reception-vs-teacher-report-descriptor"
INSPIRED = "real-forms.md entries 27, 28, 29, 31 (label variants: 'PEP report', Ofsted-style descriptors, 'RAG Ratings')"
QUIRKS = [
    "the PEP is a narrative report by the Virtual School Teacher, numbered paragraphs, no form fields",
    "report dated separately from the meeting ('within 20 working days of the PEP being held')",
    "targets and funding embedded in prose paragraphs ('The first target agreed was that ...')",
    "age given in years and months; Reception named, not a year number",
    "EYFS PEP descriptor grade of the PEP itself (outstanding / good / requires improvement / inadequate)",
    "feedback form with RAG ratings per PEP element appended after the report",
    "carer's comments quoted in the same paragraph style as the child's",
]


def data(n):
    d = dict(name="Ava-Rose Penhaligon", first="Ava-Rose", school="Brook Lane Infant School", year=0,
             meeting="2026-11-03", completed="2026-11-24", att=96.0, pp_total=None)
    d["voice"] = ["I got a sticker for tidying up the home corner.",
                  "I don't like the big toilets, they're too noisy."]
    d["targets"] = [
        dict(text="Ava-Rose will hear and say the initial sound in simple words and blend three-letter words from Phase 2 such as sat, pin and mum by February half-term", area="Phonics"),
        dict(text="Ava-Rose will count reliably up to ten objects and say which group has more during play, on three separate occasions before the spring PEP", area="Mathematics"),
        dict(text="Ava-Rose will use the toilet at school independently, with her visual prompt card, every day by Christmas", area="PSED / self-care"),
    ]
    d["pp"] = [
        dict(desc="daily 10-minute Phase 2 phonics keep-up sessions with the class TA", cost=190.0, target=1),
        dict(desc="a set of counting resources and a weekly small maths group", cost=60.0, target=2),
    ]
    if n == 2:
        d["voice"] = []
        d["targets"] = [d["targets"][0], d["targets"][2]]
        d["pp"] = [d["pp"][0], dict(desc="a set of counting resources and a nurture-group snack contribution", cost=60.0, target=None)]
    return d


def render(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer, PageBreak
    st = pdf_styles()

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, 288 * mm, "Westbridge & Fulwell Virtual School – PEP report – CONFIDENTIAL")
        c.drawRightString(192 * mm, 9 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=16 * mm)
    v = d["voice"]
    t = d["targets"]
    s = [P("Personal Education Plan Report", st["h1"]),
         P(f"Report of the PEP meeting for {d['name']}, Reception, {d['school']}", st["h3"]),
         P(f"Written by Ms Harriet Osei, Virtual School Teacher (chair), on {dt(d['completed'], 'th')}. "
           "The Virtual School Teacher writes the PEP report (within 20 working days of the PEP being held).", st["small"]),
         Spacer(1, 6)]
    paras = [
        f"The meeting was held at school on {dt(d['meeting'], 'th')}. Present: Mrs Nadia Farrow (Designated Teacher and Reception "
        "teacher), Mr and Mrs Trethewey (foster carers), Sam Colley (social worker) and me. Ava-Rose is 4 years 7 months old and "
        "started in Reception in September after two terms at Little Wrens Pre-School.",
        "Ava-Rose has an Interim Care Order. She has lived with Mr and Mrs Trethewey since April 2026 and the plan is for her to stay "
        f"there. Her attendance since September is {d['att']:.0f}%, with two days missed for a contact session that has now moved to a Saturday.",
        "Mrs Farrow reported that Ava-Rose has settled quickly and enjoys role play and the outdoor area. Her speech is clear. She "
        "knows 12 Phase 2 sounds but does not yet blend. In maths she counts by rote to 10 but loses track when counting objects. She has had several toilet accidents at school.",
    ]
    if v:
        paras.append(f"I spent 15 minutes with Ava-Rose in the classroom before the meeting. She showed me her sticker chart and told me "
                     f"\u201c{v[0]}\u201d When we talked about the day she said \u201c{v[1]}\u201d, which explains the accidents Mrs Farrow described.")
    else:
        paras.append("Ava-Rose was not seen before the meeting as she was on a class trip, and her views were not gathered for this PEP.")
    paras.append("Mrs Trethewey said \u201cshe comes home singing the sound songs\u201d and asked for phonics ideas for home.")
    txt = f"The first target agreed was that {t[0]['text']}."
    if len(t) == 3:
        txt += f" The second target is that {t[1]['text']}. The third target, which comes from what Ava-Rose told me, is that {t[2]['text']}."
    else:
        txt += f" The second target, which comes from the toilet accidents Mrs Farrow described, is that {t[1]['text']}."
    paras.append(txt)
    pp = d["pp"]
    if d["targets"][1]["area"] == "Mathematics":
        paras.append(f"The school will use Pupil Premium Plus for {pp[0]['desc']} (£{pp[0]['cost']:.0f}, for the first target) and for "
                     f"{pp[1]['desc']} (£{pp[1]['cost']:.0f}, for the second target). No further funding was requested this term.")
    else:
        paras.append(f"The school will use Pupil Premium Plus for {pp[0]['desc']} (£{pp[0]['cost']:.0f}, for the first target) and for "
                     f"{pp[1]['desc']} (£{pp[1]['cost']:.0f}). No further funding was requested this term.")
    paras.append("The next PEP will be in the spring term, in the week beginning 15 February 2027. Mrs Farrow will send the Reception baseline and the phonics tracker to the Virtual School before then.")
    for i, ptxt in enumerate(paras, 1):
        s.append(P(f"{i}. {ptxt}", st["b"]))
        s.append(Spacer(1, 3))
    s.append(PageBreak())
    s.append(P("EYFS PEP descriptors – grade for this PEP", st["h2"]))
    grade = "Good" if v else "Requires improvement"
    s.append(pdf_table([["Outstanding", "Good", "Requires improvement", "Inadequate"],
                        ["", "X" if grade == "Good" else "", "X" if grade != "Good" else "", ""]],
                       [42 * mm, 42 * mm, 42 * mm, 42 * mm], st, header=True))
    s.append(P("Personal Education Plan Feedback Form (RAG Ratings)", st["h2"]))
    rows = [["PEP element", "RAG", "Comment"],
            ["Child's voice", "Green" if v else "Red", "Direct quotes recorded" if v else "Views must be gathered before the next PEP"],
            ["Targets (SMART)", "Green" if len(t) == 3 else "Amber", "Linked to EYFS areas" if len(t) == 3 else "No mathematics target despite counting concerns"],
            ["Use of PP+ / EYPP", "Green" if len(t) == 3 else "Amber", "Costed and linked" if len(t) == 3 else "Counting resources not linked to a target"],
            ["Attendance", "Green", "Good"]]
    s.append(pdf_table(rows, [50 * mm, 25 * mm, 95 * mm], st, header=True))
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    out = []
    for n in (1, 2):
        d = data(n)
        p = os.path.join(out_dir, f"{LAYOUT}-{n}.pdf")
        render(d, p)
        write_truth(out_dir, LAYOUT, n, "pdf", INSPIRED,
                    QUIRKS + (["-2 gaps: the child's views were not gathered (only the carer is quoted), no mathematics target, second PP+ use not linked to a target"] if n == 2 else []), d)
        out.append(p)
    return out


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
