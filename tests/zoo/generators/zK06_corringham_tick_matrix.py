"""zK06 Corringham: KS4 Word PEP with a portrait part and a landscape Section D. Attendance is a
half-term table whose last column is year to date. GCSE grid with 'Pred' and 'please circle'.
Targets in Section D, with the PP+ lines in a matrix that links each line to targets by a tick
in a T1/T2/T3 column. The Young Person's View is Section 4, after the targets, with 'my actions'.
A summary of the previous (autumn) PEP is a column in the front strip."""
import os
from _common_K import *

LAYOUT = "zK06-corringham-tick-matrix"
INSPIRED = "real-forms.md entries 12, 13, 6, 31, 15"
QUIRKS = ["portrait and landscape sections in one document (Section D is landscape)",
          "PP+ lines linked to targets by a tick in T1/T2/T3 columns, not a number",
          "attendance by half term; the year-to-date column is the figure",
          "numbering mixes '1.)', 'Section 3' and 'Section D'",
          "Young Person's View is Section 4, after targets, with 'my actions' and a signature",
          "front strip has a 'last PEP' column beside 'this PEP'",
          "GCSE grid with Pred and 'please circle' on track / below"]

TICK = "\u2713"

CASES = {
    1: dict(name="Callum Deverill", first="Callum", school="Corringham Park School", year=10,
            this="19th Feb 2026", last="9th Oct 2025", nxt="w/c 8th June 2026", meeting="2026-02-19",
            att=[("Autumn 1", "92.1%"), ("Autumn 2", "86.0%"), ("Spring 1", "88.9%"), ("Year to date", "88.6%")], att_v=88.6,
            gcse=[("English Language", "4", "3", "Below"), ("Maths", "5", "4", "Below"), ("Science (combined)", "4-4", "4-4", "On track"), ("Art", "5", "6", "On track")],
            targets=[("English", "Callum will complete one 45-minute timed Paper 1 reading question each week in period 6 and move from grade 3 to grade 4 in the March mock."),
                     ("Maths", "Callum will attend Thursday maths intervention (8 sessions) and improve his algebra topic test score from 11/30 to 20/30 by the May half-term."),
                     ("Attendance / wellbeing", "Callum will meet his mentor every Monday morning and raise his attendance to 92% by the summer PEP.")],
            pp=[("Small-group English tuition, 8 x 1 hour at £30 per hour", "£240.00", [1]),
                ("Maths intervention workbook and 8 tutor sessions", "£200.00", [2]),
                ("Learning mentor (external), 10 sessions at £18", "£180.00", [3])],
            spend=[("Small-group English tuition, 8 x 1 hour at £30 per hour", 240.0, 1),
                   ("Maths intervention workbook and 8 tutor sessions", 200.0, 2),
                   ("Learning mentor (external), 10 sessions at £18", 180.0, 3)],
            total="Total PP+ requested: £620.00", req=620.0,
            yp_view="I know my attendance dropped after Christmas. It was because of stuff at family time, not school.",
            yp_view2="I want to do Art at college so I need my 4 in English.",
            actions="I will go to the Monday meeting and bring my planner.",
            voice=["I know my attendance dropped after Christmas. It was because of stuff at family time, not school.",
                   "I want to do Art at college so I need my 4 in English.",
                   "I will go to the Monday meeting and bring my planner."],
            completed_txt="26th Feb 2026", completed="2026-02-26", english=True, maths=True),
    2: dict(name="Keira Walsh-Ndlovu", first="Keira", school="Saltmarsh Academy", year=11,
            this="Spring 2026 PEP", last="Autumn 2025 PEP", nxt="", meeting=None,
            att=[("Autumn 1", "97.3%"), ("Autumn 2", "95.8%"), ("Spring 1", "96.0%"), ("Year to date", "96.4%")], att_v=96.4,
            gcse=[("English Language", "5", "5", "On track"), ("Maths", "4", "3", "Below"), ("History", "6", "6", "On track")],
            targets=[("English", "Keira will revise with the English Literature quotation cards for 20 minutes three times a week and learn 15 key quotations for An Inspector Calls by the mocks."),
                     ("Careers", "Keira will complete her college application for the childcare course by 31st March.")],
            pp=[("Revision guides and quotation cards", "£24.00", [1]),
                ("Homework club snacks and study space", "£60.00", [])],
            spend=[("Revision guides and quotation cards", 24.0, 1),
                   ("Homework club snacks and study space", 60.0, None)],
            total="Total PP+ requested: £84.00", req=84.0,
            yp_view="I'm fine. I just want to get my exams done and go to college.",
            yp_view2="",
            actions="I will revise.",
            voice=["I'm fine. I just want to get my exams done and go to college.", "I will revise."],
            completed_txt="3rd March 2026", completed="2026-03-03", english=True, maths=False),
}


def build_one(out_dir, n, d):
    fname = f"{LAYOUT}-{n}.docx"
    doc = new_docx("Arial", 10)
    s0 = doc.sections[0]
    s0.header.paragraphs[0].text = "Corringham Borough Virtual School - PEP (Key Stage 4)"
    s0.footer.paragraphs[0].text = "CBVS/PEP/KS4 - This is a legal document and part of the care plan."
    para(doc, "PERSONAL EDUCATION PLAN", bold=True, size=16)
    para(doc, "1.)Personal Details", bold=True, size=12)
    dtable(doc, [["Name", d["name"]], ["School", d["school"]], ["NCY", f"Year {d['year']}"],
                 ["UPN", "K8823401" + str(n) + "7005"], ["Legal status", "Section 20" if n == 1 else "Care Order (S31)"]],
           header=False, label_col=True, widths=[4, 12])
    para(doc, "")
    dtable(doc, [["", "This PEP", "Last PEP", "Next PEP"],
                 ["Date / term", d["this"], d["last"], d["nxt"]],
                 ["Chaired by", "Designated Teacher", "Designated Teacher", ""]], size=9)
    para(doc, "")
    para(doc, "2.)Attendance", bold=True, size=12)
    dtable(doc, [[a for a, b in d["att"]], [b for a, b in d["att"]]], size=9)
    para(doc, "Below 95% must be challenged; 90% or below is persistent absence and needs a plan.", italic=True, size=8)
    para(doc, "Section 3 Attainment (please circle)", bold=True, size=12)
    dtable(doc, [["Subject", "Target grade", "Pred", "On track / Below (please circle)"]] + [list(g) for g in d["gcse"]],
           size=9)
    para(doc, "GCSE/Entry Level: Pred = Predicted.", italic=True, size=8)

    s1 = doc.add_section()
    set_landscape(s1)
    para(doc, "Section D - Targets and Pupil Premium Plus", bold=True, size=12)
    dtable(doc, [["No.", "Area", "SMART target", "Who", "Review"]] +
           [[f"T{i}", a, t, "Subject teacher / mentor", "Next PEP"] for i, (a, t) in enumerate(d["targets"], 1)],
           size=9, widths=[1.2, 3, 15, 4, 2.5])
    para(doc, "")
    para(doc, "PP+ request - tick the target(s) each line supports", bold=True)
    nt = 3
    rows = [["PP+ spend", "Cost"] + [f"T{i}" for i in range(1, nt + 1)]]
    for desc, cost, ticks in d["pp"]:
        rows.append([desc, cost] + [TICK if i in ticks else "" for i in range(1, nt + 1)])
    dtable(doc, rows, size=9, widths=[15, 3, 1.5, 1.5, 1.5])
    para(doc, d["total"], bold=True)

    s2 = doc.add_section()
    set_portrait(s2)
    para(doc, "Young Person's View (Section 4)", bold=True, size=12)
    para(doc, "This page was sent to the young person before the meeting. Please say what your actions will be and sign it.",
         italic=True, size=9)
    dtable(doc, [["What I think about how things are going", d["yp_view"]],
                 ["What I want for the future", d["yp_view2"]],
                 ["My actions", d["actions"]],
                 ["Signed (young person)", d["first"]]], header=False, label_col=True, widths=[5, 11])
    para(doc, "")
    para(doc, "Summative Record - completed by the Designated Teacher", bold=True, size=12)
    label_para(doc, "PEP completed by DT on: ", d["completed_txt"])
    doc.save(os.path.join(out_dir, fname))
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS,
                child_name=d["name"], child_first_name=d["first"], school=d["school"],
                year_group=d["year"], meeting_date=d["meeting"], completed_date=d["completed"],
                attendance_percent=d["att_v"], pupil_voice=d["voice"],
                targets=[(t, a) for a, t in d["targets"]], english_target=d["english"],
                maths_target=d["maths"], pp_spend=d["spend"], pp_requested=d["req"])


def build(out_dir):
    for n, d in CASES.items():
        build_one(out_dir, n, d)
