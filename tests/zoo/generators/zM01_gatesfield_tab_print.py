"""zM01: Welfare-Call style tab print-out (entry 1): colour-coded tabs, 'Blue Banner' headings, DT click-to-complete."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_M import *

LAYOUT = "zM01-gatesfield-tab-print"
INSP = "real-forms.md entries 1, 15"
QUIRKS = ["tabs print as coloured banners that say who owns the section", "SDQ score with band words",
          "DT sign-off is a button state with a timestamp", "PPG/PEPSA table costed against target numbers",
          "QA tab at the end in black"]

D = {1: dict(name="Kieran Moss", first="Kieran", school="Gatesfield Academy", yg=9, meet="2026-10-06",
             meet_s="06/10/2026", done="2026-10-13", done_s="DT: Clicked when Completed 13/10/2026 16:42",
             att="94.6", att_v=94.6,
             voice=["I am proud that I got into the football team this year.",
                    "Science is hard when there is lots of writing off the board.",
                    "I want help to stop getting behind with homework."],
             targets=[("Kieran will write a full PEEL paragraph on a set text in three English lessons before February half-term", "English"),
                      ("Kieran will solve two-step linear equations with 80% accuracy in his end-of-unit maths test", "Maths"),
                      ("Kieran will hand in homework on time for four weeks in a row, using homework club on Tuesdays", "Homework / organisation")],
             pp=[("Maths tutoring with Mr Adeyemi, 10 x 1 hour", 350.0, 2, "£350.00"),
                 ("Homework club place and planner, autumn term", 60.0, 3, "£60.00"),
                 ("Literacy catch-up group, 2 sessions per week", 200.0, 1, "£200.00")],
             req=610.0, req_s="£610.00"),
     2: dict(name="Lacey Brannigan", first="Lacey", school="Gatesfield Academy", yg=9, meet="2026-11-17",
             meet_s="17/11/2026", done=None, done_s="DT: Click when Completed  [ not yet clicked ]",
             att="88.1", att_v=88.1, voice=[],
             targets=[("Lacey will read one chapter of her class novel each week and log it in her reading record", "English"),
                      ("Lacey will learn her 6, 7 and 8 times tables to instant recall by the next PEP", "Maths")],
             pp=[("Reading mentor sessions with sixth-form buddy", 120.0, 1, "£120.00"),
                 ("Times tables app licence", 25.0, 2, "£25.00")],
             req=145.0, req_s="£145.00")}


def banner(text, colour):
    return ptable([[f"<b>{text}</b>"]], widths=[180 * mm], header=True, grid=False, bg=colors.HexColor(colour),
                  style=ParagraphStyle('bn', parent=BODY, textColor=colors.white))


def make(out_dir, v):
    d = D[v]; stem = f"{LAYOUT}-{v}"; path = os.path.join(out_dir, stem + ".pdf")
    s = [P("<b>ePEP - Statutory School Age (SSA)</b>", H1),
         P(f"Printed from ePEP portal. PEP Term: Autumn 2026/27. Home: RAG rating of previous PEP: Amber. Date of previous QA: 14/07/2026"),
         Spacer(1, 6),
         banner("TAB 1  General and personal   [BLUE - Social Worker]", '#1f4e9c'),
         P("<b>Essential pupil information</b>", H2),
         ptable([["Name", "DOB.", "Gender", "UPN", "Social Care ID"],
                 [d['name'], "14/03/2012" if v == 1 else "02/09/2012", "M" if v == 1 else "F",
                  "G93012345678A" if v == 1 else "G93012399881B", "SC-40417" if v == 1 else "SC-40988"]],
                widths=[40 * mm, 30 * mm, 20 * mm, 50 * mm, 40 * mm]),
         P("<b>Care information</b>", H2),
         P("Placement details: long-term foster placement. Care status: S31 Full Care Order. Number of placements: 2."),
         P("<b>Strengths and difficulties questionnaire</b>", H2),
         P("SDQ total score: 15 (14-16 - borderline). Strategies not required (score not over 17)."),
         Spacer(1, 6),
         banner("TAB 2  Education provision or setting information   [RED - Designated Teacher/Lead]", '#b3261e'),
         ptable([["Field", "Response"],
                 ["School / setting", d['school']],
                 ["Year group (NCY)", f"Year {d['yg']}"],
                 ["Date of PEP meeting", d['meet_s']],
                 ["Attendance (this academic year, from school MIS)", f"{d['att']}%"],
                 ["Exclusions (internal and external)", "None this term"]], widths=[70 * mm, 110 * mm]),
         P("<b>Pupil voice - what I think</b>", H2)]
    if d['voice']:
        s.append(ptable([["Question", "My answer"],
                         ["What am I proud of?", d['voice'][0]],
                         ["What do I find difficult?", d['voice'][1]],
                         ["What do I want help with?", d['voice'][2]]], widths=[55 * mm, 125 * mm]))
    else:
        s.append(ptable([["Question", "My answer"], ["What am I proud of?", ""], ["What do I find difficult?", ""],
                         ["What do I want help with?", ""]], widths=[55 * mm, 125 * mm]))
    s += [P("<b>SMART targets</b>", H2),
          P("S Specific - M Measurable - A Achievable - R Relevant (Has it taken the child's voice into consideration?) - T Time-bound", SMALL)]
    rows = [["No.", "Target", "Area", "Review date"]]
    for i, (t, a) in enumerate(d['targets'], 1):
        rows.append([str(i), t, a, "Spring PEP"])
    s.append(ptable(rows, widths=[12 * mm, 118 * mm, 30 * mm, 20 * mm]))
    s.append(P("<b>PPG/PEPSA request</b> (PPG/PEPSA (as appropriate) is costed and clearly links to the targets)", H2))
    rows = [["Intervention", "Cost", "Linked target no."]]
    for desc, c, tg, cs in d['pp']:
        rows.append([desc, cs, f"Target {tg}"])
    rows.append(["Total requested this term", d['req_s'], ""])
    s.append(ptable(rows, widths=[110 * mm, 30 * mm, 40 * mm]))
    s += [Spacer(1, 8), P(d['done_s']), Spacer(1, 6),
          banner("Quality Assurance Tab   [BLACK - Virtual School]", '#000000'),
          P("QA outcome: " + ("Green - approved" if v == 1 else "Red - will need to be fully completed before the virtual school can sign off"))]
    build_pdf(path, s, header="Gatesfield Virtual School ePEP  |  OFFICIAL-SENSITIVE", footer=f"{d['name']}  Autumn 2026/27")
    write_truth(out_dir, stem, "pdf", INSP, QUIRKS + (["voice box empty", "DT has not clicked Completed"] if v == 2 else []),
                child_name=d['name'], child_first_name=d['first'], school=d['school'], year_group=d['yg'],
                meeting_date=d['meet'], completed_date=d['done'], attendance_percent=d['att_v'],
                pupil_voice=d['voice'], targets=[{"text": t, "area": a} for t, a in d['targets']],
                english_target=True, maths_target=True,
                pp_spend=[{"description": x, "cost": c, "target": tg} for x, c, tg, _ in d['pp']], pp_requested=d['req'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for v in (1, 2):
        make(out_dir, v)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
