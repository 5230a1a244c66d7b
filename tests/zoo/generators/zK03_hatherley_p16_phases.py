"""zK03 Hatherley: post-16 'Personal Progression Plan (PPP)' as PDF. Two phases of the year sit
side by side in one grid (Phase 1 autumn | Phase 2 spring), so the same label carries two
values and the right-hand column is the latest. The Student's View page comes last. Funding is
the Virtual School 'Post 16 PP+' bursary, while 'PPP' on this form means the plan itself."""
import os
from _common_K import *

LAYOUT = "zK03-hatherley-p16-phases"
INSPIRED = "real-forms.md entries 25, 8, 3, 1"
QUIRKS = ["PPP means Personal Progression Plan, not Pupil Premium Plus",
          "two phases side by side in one grid; latest is the right-hand column",
          "Student's View page at the end of the document",
          "dates as dd.mm.yy",
          "'Student', 'College or Provider', 'Study course & level', NCY circle list printed",
          "action plan rows for both phases; only phase 2 rows are new targets",
          "funding lines in a bursary table with 'Linked action' letters mapped to numbered targets"]

CASES = {
    1: dict(name="Jordan Eke-Marsden", first="Jordan", school="Hatherley College of Further Education",
            ncy="NCY: 12 / 13 / 14  (Year 13)", year=13, course="Level 3 Extended Diploma in Sport (Year 2 of 2)",
            p1_date="09.10.25", p2_date="05.02.26", meeting="2026-02-05",
            p1_att="91% (to 03.10.25)", p2_att="86.5% (register to 30.01.26)", att=86.5,
            p1_gcse="English 3, Maths 4", p2_gcse="English resit Nov 25: grade 3 (re-sitting June 26). Maths 4 - achieved.",
            p1_sub="n/a", p2_sub="13.02.26 by Designated Tutor (C. Wainwright)", completed="2026-02-13",
            actions=[("Phase 1", "A", "Jordan will hand in Unit 4 coursework by the 21 November deadline.", "Jordan / tutor", "21.11.25", "Met"),
                     ("Phase 1", "B", "Jordan will apply to three universities through UCAS.", "Careers adviser", "15.01.26", "Met - 4 applications"),
                     ("Phase 2", "1", "Jordan will attend all four weekly GCSE English resit lessons and complete one timed reading paper every fortnight, aiming for grade 4 in the June 2026 resit.", "English resit tutor", "June 2026", ""),
                     ("Phase 2", "2", "Jordan will raise his attendance to 92% or more by Easter, with a weekly check-in with his Designated Tutor every Monday.", "Designated Tutor", "27.03.26", ""),
                     ("Phase 2", "3", "Jordan will complete a student finance application and a budget plan for his first term at university by 30.04.26, with his Post 16 Learning Advocate.", "Post 16 Learning Advocate", "30.04.26", "")],
            targets=[("Jordan will attend all four weekly GCSE English resit lessons and complete one timed reading paper every fortnight, aiming for grade 4 in the June 2026 resit.", "English"),
                     ("Jordan will raise his attendance to 92% or more by Easter, with a weekly check-in with his Designated Tutor every Monday.", "Attendance"),
                     ("Jordan will complete a student finance application and a budget plan for his first term at university by 30.04.26, with his Post 16 Learning Advocate.", "Independence / careers")],
            fund=[("1", "English resit revision guide and 8 x 1 hour online tuition sessions at £25", "£200.00"),
                  ("3", "Travel to two university open days (train tickets)", "£64.00")],
            spend=[("English resit revision guide and 8 x 1 hour online tuition sessions at £25", 200.0, 1),
                   ("Travel to two university open days (train tickets)", 64.0, 3)],
            total="Total Post 16 PP+ requested for Phase 2: £264.00", req=264.0,
            view=[("What is going well at college?", "The practical units. I got a distinction for the coaching assessment and my lecturer said I could do it as a job."),
                  ("What are you worried about?", "English. I have failed it twice and it makes me feel thick. Also money when I move out."),
                  ("What needs to happen next?", "I need someone to go through the exam papers with me, not just give me them.")],
            english=True, maths=False),
    2: dict(name="Priya Chandrasekar", first="Priya", school="Moorgate Sixth Form Centre",
            ncy="NCY: 11 / 12 / 13 / 14", year=12, course="A levels: Biology, Chemistry, Psychology (Year 12)",
            p1_date="15.10.25", p2_date="", meeting="2025-10-15",
            p1_att="", p2_att="", att=None,
            p1_gcse="English 6, Maths 5, Science 6-6", p2_gcse="",
            p1_sub="", p2_sub="", completed=None,
            actions=[("Phase 1", "1", "Priya will meet her chemistry teacher weekly at Thursday lunchtime for help with moles calculations and score 60% or more in the December mock.", "Chemistry teacher", "12.12.25", ""),
                     ("Phase 1", "2", "Priya will book a careers interview about medicine and pharmacy courses before the spring term.", "Priya / careers", "19.12.25", "")],
            targets=[("Priya will meet her chemistry teacher weekly at Thursday lunchtime for help with moles calculations and score 60% or more in the December mock.", "Science (Chemistry)"),
                     ("Priya will book a careers interview about medicine and pharmacy courses before the spring term.", "Careers")],
            fund=[("1", "Chemistry revision workbook and online question bank", "£38.00"),
                  ("", "Laptop for coursework", "cost TBC")],
            spend=[("Chemistry revision workbook and online question bank", 38.0, 1),
                   ("Laptop for coursework", None, None)],
            total="Total Post 16 PP+ requested for Phase 1: £38.00 (laptop to follow)", req=38.0,
            view=[("What is going well at college?", "I like that nobody knows I'm in care here."),
                  ("What are you worried about?", ""),
                  ("What needs to happen next?", "")],
            english=False, maths=False),
}


def header(c, doc):
    w, h = A4
    c.setFillColor(colors.HexColor("#1F4E79"))
    c.rect(0, h - 16 * mm, w, 16 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(15 * mm, h - 10 * mm, "Hatherley Virtual School  -  Post 16")
    c.setFont("Helvetica", 8)
    c.drawRightString(w - 15 * mm, h - 10 * mm, "Personal Progression Plan (PPP) 2025-26")


def footer(c, doc):
    w, h = A4
    c.setFont("Helvetica", 7)
    c.drawCentredString(w / 2, 8 * mm, "Page %d - Print and keep with the Pathway Plan. PPP = Personal Progression Plan." % doc.page)


def build_one(out_dir, n, d):
    fname = f"{LAYOUT}-{n}.pdf"
    s = [P("Personal Education Plan (PEP) also known at Post 16 as a Personal Progression Plan (PPP)", "h2"),
         P("Reviewed 3 times a year. Phase 1 (autumn) and Phase 2 (spring) are recorded on this same form; "
           "the Progression review (late July) uses a separate sheet.", "small"), Spacer(1, 5)]
    W = [52 * mm, 64 * mm, 64 * mm]
    grid = [["", "Phase 1 - Autumn", "Phase 2 - Spring"],
            ["Student name", d["name"], "(as Phase 1)"],
            ["College or Provider", d["school"], "(as Phase 1)" if d["p2_date"] else ""],
            ["Study course & level", d["course"], ""],
            [d["ncy"], "", ""],
            ["PPP meeting date", d["p1_date"], d["p2_date"]],
            ["Attendance", d["p1_att"], d["p2_att"]],
            ["GCSE English and maths", d["p1_gcse"], d["p2_gcse"]],
            ["Submitted to Virtual School", d["p1_sub"], d["p2_sub"]]]
    s.append(ptable(grid, W, label_col=True, style_extra=[("SPAN", (0, 4), (2, 4))]))
    s.append(Spacer(1, 6))
    s.append(P("Is there any reason why the student cannot participate fully in this meeting? No Yes", "body"))
    s.append(P("If yes, please explain why and what support was provided to increase their participation?", "small"))
    s.append(P("Action plan (around three targets each phase)", "h2"))
    rows = [["Phase", "No.", "Action / target", "Who", "By", "Review"]] + [list(r) for r in d["actions"]]
    s.append(ptable(rows, [17 * mm, 9 * mm, 86 * mm, 28 * mm, 18 * mm, 22 * mm]))
    s.append(P("Post 16 PP+ (Virtual School bursary)", "h2"))
    s.append(P("Requests must link to an action above. Not for travel to college or food.", "small"))
    rows = [["Linked action", "What will be bought", "Cost"]] + [list(r) for r in d["fund"]]
    s.append(ptable(rows, [24 * mm, 126 * mm, 30 * mm]))
    s.append(P(d["total"], "body"))
    s.append(PageBreak())
    s.append(P("Student's View page", "h1"))
    s.append(P("Write in your own words, or your Learning Advocate can type what you say.", "small"))
    rows = [[q, a] for q, a in d["view"]]
    s.append(ptable(rows, [55 * mm, 125 * mm], header=False, label_col=True))
    s.append(Spacer(1, 8))
    s.append(P("Student signature: ______________________", "body"))
    build_pdf(os.path.join(out_dir, fname), s, header=header, footer=footer, margins=(15, 15, 24, 18))
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS,
                child_name=d["name"], child_first_name=d["first"], school=d["school"],
                year_group=d["year"], meeting_date=d["meeting"], completed_date=d["completed"],
                attendance_percent=d["att"], pupil_voice=[a for q, a in d["view"] if a],
                targets=d["targets"], english_target=d["english"], maths_target=d["maths"],
                pp_spend=d["spend"], pp_requested=d["req"])


def build(out_dir):
    for n, d in CASES.items():
        build_one(out_dir, n, d)
