"""zR07: post-16 Word proforma called a 'Personal Progression Plan (PPP)', reviewed three times a year,
laid out as a transposed grid: one row per item, one column per review (Review 1 transition, Review 2
autumn, Review 3 blank), so the latest review is the middle column. Funding is 'Post 16 PEP funding',
not PPP (which here means the plan). The Student's View page comes last, in first person.
DOCX. Entries 25, 30, 31."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_R import dt, write_truth, docx_table

LAYOUT = "zR07-p16-progression-review-columns"
INSPIRED = "real-forms.md entries 25, 30, 31 (label variants: 'Student', 'College or Provider', 'Study course & level', NCY 12)"
QUIRKS = [
    "post-16 plan named 'Personal Progression Plan (PPP)'; PPP here is the plan, not the funding",
    "transposed review grid: rows are items, columns are Review 1 / Review 2 / Review 3 (truth = Review 2)",
    "two reviews in one autumn term (transition review in September, autumn review in November)",
    "Review 3 column printed blank for the spring",
    "funding called 'Post 16 PEP funding' with its own request table",
    "Student's View page at the end, written in the first person, with a signature line",
    "'Post 16 Learning Advocate' and 'Designated Tutor' instead of VS officer / DT",
]


def data(n):
    d = dict(name="Kieran Ashdown-Pike", first="Kieran", school="Severnside College of Further Education", year=12,
             meeting="2026-11-19", completed="2026-11-24", att=89.0, pp_total=415.0)
    d["voice"] = ["I like the practical days in the workshop best.",
                  "Getting the two buses in the morning is the hardest bit, I'm late when the 7.40 doesn't come.",
                  "I want to pass my maths this time so I can do the Level 3 next year."]
    d["targets"] = [
        dict(text="Kieran will attend every GCSE maths resit lesson on Tuesdays and Thursdays and complete the weekly online homework, to sit the resit in June 2027.", area="Maths (GCSE resit)"),
        dict(text="Kieran will achieve Functional Skills English Level 2 reading by the end of March 2027, completing two practice papers before then.", area="English (Functional Skills)"),
        dict(text="Kieran will arrive for his 9am start on at least 9 out of 10 days each half-term, using the bus pass and the earlier 7.20 service.", area="Attendance / independence"),
    ]
    d["pp"] = [
        dict(desc="16-19 bus pass top-up for the second route (autumn and spring terms)", cost=215.0, target=3),
        dict(desc="Maths resit revision workshop (college Saturday club), 8 sessions", cost=160.0, target=1),
        dict(desc="Functional Skills practice paper pack and online licence", cost=40.0, target=2),
    ]
    if n == 2:
        d["voice"] = []
        d["completed"] = None
        d["pp"][2] = dict(d["pp"][2], target=None)
    return d


def render(d, path):
    from docx import Document
    from docx.shared import Pt, Cm
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.styles["Normal"].font.size = Pt(9.5)
    sec.header.paragraphs[0].text = "Post 16 PEP proforma – Personal Progression Plan (PPP) – reviewed 3 times a year"
    sec.footer.paragraphs[0].text = "Completed by the Post 16 Learning Advocate with the Designated Tutor. Word proforma v4 (2026)."
    doc.add_heading("Personal Progression Plan (PPP)", 0)
    doc.add_paragraph("Personal Education Plan (PEP) also known at Post 16 as a Personal Progression Plan (PPP) which is reviewed 3 times a year.")
    docx_table(doc, [
        ["Student name", d["name"], "NCY", "11 / 12 / 13 / 14  →  12"],
        ["College or Provider", d["school"], "Study course & level", "Level 2 Diploma in Carpentry and Joinery"],
        ["Designated Tutor", "Marcus Leigh", "Post 16 Learning Advocate", "Gemma Stroud"],
        ["Address where student currently resides", "Supported lodgings, Quay Street (provider: Harbour Homes)", "Care status", "Looked after (s.20), 16+ team"],
    ], bold_first_col=True)
    doc.add_paragraph()
    doc.add_heading("Reviews", 1)
    late = f"{d['att']}% (college register, 1 Sept – 13 Nov)"
    r2_t = "\n".join(f"{i}. {t['text']}" for i, t in enumerate(d["targets"], 1))
    r1_t = ("1. Kieran will enrol on GCSE maths resit and attend the initial assessment.\n"
            "2. Kieran will apply for a 16-19 bursary by 30 September.")
    rows = [
        ["", "Review 1 – Transition (September)", "Review 2 – Autumn", "Review 3 – Spring"],
        ["Date of review", dt("2026-09-17", "dmy/"), dt(d["meeting"], "dmy/"), ""],
        ["Attendance", "n/a – course started 07/09/2026", late, ""],
        ["Progress on course", "Settling in; induction complete.", "On track in practical units; theory assignments late twice.", ""],
        ["Review of previous targets", "n/a – first PPP at this provider", "R1 target 1: achieved (enrolled). R1 target 2: achieved (bursary awarded).", ""],
        ["Targets agreed", r1_t, r2_t, ""],
        ["Who will liaise with the provider on a day to day basis?", "Gemma Stroud (LA)", "Gemma Stroud (LA)", ""],
        ["PPP completed and signed", "22/09/2026 – G. Stroud", (dt(d["completed"], "dmy/") + " – G. Stroud") if d["completed"] else "", ""],
    ]
    docx_table(doc, rows, bold_first_row=True, bold_first_col=True)
    doc.add_heading("Post 16 PEP funding request (Review 2)", 1)
    rows = [["Item", "Cost", "Supports target no."]]
    for p in d["pp"]:
        rows.append([p["desc"], f"£{p['cost']:.2f}", str(p["target"]) if p["target"] else ""])
    rows.append(["Total requested", f"£{d['pp_total']:.2f}", ""])
    docx_table(doc, rows, bold_first_row=True)
    doc.add_page_break()
    doc.add_heading("Student's View page", 1)
    prompts = ["What is going well for me on my course", "What is hard for me at the moment", "What I want to achieve this year"]
    if d["voice"]:
        rows = [[q, a] for q, a in zip(prompts, d["voice"])]
    else:
        rows = [[q, ""] for q in prompts]
    docx_table(doc, rows, bold_first_col=True)
    doc.add_paragraph("Is there any reason why the student cannot participate fully in this meeting?  No")
    doc.add_paragraph("Student signature: " + ("K. Ashdown-Pike" if d["voice"] else "") + "        Date: " + (dt(d["meeting"], "dmy/") if d["voice"] else ""))
    doc.save(path)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    out = []
    for n in (1, 2):
        d = data(n)
        p = os.path.join(out_dir, f"{LAYOUT}-{n}.docx")
        render(d, p)
        write_truth(out_dir, LAYOUT, n, "docx", INSPIRED,
                    QUIRKS + (["-2 gaps: Student's View page left blank (prompts only, unsigned), Review 2 'PPP completed and signed' cell empty, third funding item not linked to a target"] if n == 2 else []), d)
        out.append(p)
    return out


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
