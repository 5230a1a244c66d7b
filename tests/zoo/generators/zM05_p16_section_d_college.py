"""zM05: post-16 college PEP with mixed numbering '1.)', 'Section 3', targets in 'Section D' (entry 13) and student checklist / NCY circle (entry 8)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_M import *

LAYOUT = "zM05-p16-section-d-college"
INSP = "real-forms.md entries 13, 8"
QUIRKS = ["mixed numbering: 1.)Personal Details, 2.)School Details, Section 3, 4.)End of Key Stage Attainments, Section D",
          "NCY: 11 / 12 / 13 / 14 with the chosen one in brackets", "'Student' and 'College or Provider' wording",
          "code lists printed in full with the chosen value marked", "checklist of Yes/No lines",
          "'Please remember to include the date the PEP is completed.' beside the completion date",
          "GCSE results table with Pred column"]

D = {1: dict(name="Callum Oyelaran", first="Callum", school="Riverford College", yg=12, ncy="11 / [12] / 13 / 14",
             meet="2026-10-14", meet_s="14.10.2026", done="2026-10-19", done_s="19.10.2026",
             att="93.0", att_v=93.0, course="BTEC Level 3 Extended Diploma in Engineering",
             voice=["I want to do an engineering apprenticeship after college.",
                    "The maths resit is stressing me out because I only got a 3 last time.",
                    "I would like help to find a part-time job at weekends."],
             targets=[("Callum will pass the November GCSE English Language resit at grade 4 or above", "English"),
                      ("Callum will attend all GCSE maths resit lessons and complete one past paper a fortnight", "Maths"),
                      ("Callum will submit Unit 1 coursework by the 11th December deadline", "Course")],
             pp=[("1:1 maths resit tuition, 12 sessions", 420.0, 2), ("Engineering toolkit and PPE", 95.0, 3),
                 ("Bus pass top-up to attend Saturday English revision", 40.0, 1)], req=555.0, req_s="£555.00"),
     2: dict(name="Jasmine Petrovic", first="Jasmine", school="Riverford College", yg=13, ncy="11 / 12 / [13] / 14",
             meet="2026-11-25", meet_s="25.11.2026", done="2026-11-30", done_s="30.11.2026",
             att="79.4", att_v=79.4, course="A levels: Psychology, Sociology, English Literature",
             voice=["I am finding it hard to get in for 9am since I moved placement.",
                    "I still want to apply to university for psychology."],
             targets=[("Jasmine will complete the numeracy skills module on the college VLE by February", "Maths"),
                      ("Jasmine will meet her personal tutor weekly to plan her UCAS personal statement", "Progression")],
             pp=[("Taxi to college for first two weeks after placement move", 160.0, None),
                 ("UCAS application fee", 28.5, 2)], req=188.5, req_s="£188.50")}


def make(out_dir, v):
    d = D[v]; stem = f"{LAYOUT}-{v}"; path = os.path.join(out_dir, stem + ".pdf")
    s = [P("<b>Personal Education Plan - Post 16</b>", H1),
         P("<b>1.)Personal Details</b>", H2),
         ptable([["Student name", d['name']], ["Date of birth", "03/04/2010" if v == 1 else "17/12/2008"],
                 ["Ethnic Background: White / Mixed / Asian or Asian British / Black or Black British / Other / Not given",
                  "Black or Black British" if v == 1 else "White"],
                 ["National Identity: Welsh / English / Scottish / Irish / British / Other / Not given", "British"],
                 ["Please ensure the box is ticked if a child is NOT in education.", "[ ]"]],
                widths=[120 * mm, 60 * mm], header=False),
         P("<b>2.)School Details</b>", H2),
         ptable([["College or Provider", d['school']], ["Study course & level", d['course']],
                 ["NCY: 11 / 12 / 13 / 14", d['ncy']], ["Designated Tutor", "Ms H. Quayle"],
                 ["Person to contact: - If designated teacher is not completing the form.", "Student Services, 01632 962400"],
                 ["PEP Date", d['meet_s']]], widths=[80 * mm, 100 * mm], header=False),
         P("<b>Section 3</b>  Checklist and attendance", H2),
         ptable([["Checklist", "Yes/No"],
                 ["Current attendance data has been entered", "Yes"],
                 ["Current attainment data has been entered", "Yes"],
                 ["Completed pupil voice sheet if they do not wish to attend the meeting", "N/A - student attended"],
                 ["Previous PEP is at hand to discuss progress", "Yes"]], widths=[140 * mm, 40 * mm]),
         ptable([["Attendance: Factors affecting progress", "Detail (including dates etc)"],
                 ["Attendance", f"{d['att']}% to date this academic year." + (" Lateness since placement move on 02/11/2026." if v == 2 else "")]],
                widths=[70 * mm, 110 * mm]),
         P("<b>4.)End of Key Stage Attainments</b>", H2),
         P("GCSE/Entry Level: Pred = Predicted. Please circle results.", SMALL),
         ptable([["Subject", "Grade", "Pred"], ["English Language", "3" if v == 1 else "6", "4" if v == 1 else "-"],
                 ["Mathematics", "3" if v == 1 else "4", "4" if v == 1 else "-"]], widths=[80 * mm, 50 * mm, 50 * mm]),
         P("<b>Student's views</b>", H2)]
    s.append(ptable([["In my own words"]] + [[x] for x in d['voice']], widths=[180 * mm]))
    s.append(P("<b>Section D</b>  Targets", H2))
    rows = [["Target", "Area", "Responsible", "Review"]]
    for t, a in d['targets']:
        rows.append([t, a, "Student / tutor", "Next PEP"])
    s.append(ptable(rows, widths=[105 * mm, 25 * mm, 30 * mm, 20 * mm]))
    s.append(P("<b>Pupil Premium Plus (post-16 bursary top-up) request</b>", H2))
    rows = [["Use of funding", "Amount", "Section D target"]]
    for x, c, tg in d['pp']:
        rows.append([x, f"£{c:.2f}", str(tg) if tg else "-"])
    rows.append(["Total", d['req_s'], ""])
    s.append(ptable(rows, widths=[110 * mm, 30 * mm, 40 * mm]))
    s += [Spacer(1, 8), P(f"Date PEP completed: {d['done_s']}   (Please remember to include the date the PEP is completed.)"),
          P("PEP form completed by: H. Quayle   Email: hquayle@riverford.example.ac.uk")]
    build_pdf(path, s, header="Post 16 PEP  |  Student copy", footer=f"{d['name']}  Riverford College")
    write_truth(out_dir, stem, "pdf", INSP, QUIRKS + (["no English target", "one PP+ line with no target link"] if v == 2 else []),
                child_name=d['name'], child_first_name=d['first'], school=d['school'], year_group=d['yg'],
                meeting_date=d['meet'], completed_date=d['done'], attendance_percent=d['att_v'],
                pupil_voice=d['voice'], targets=[{"text": t, "area": a} for t, a in d['targets']],
                english_target=(v == 1), maths_target=True,
                pp_spend=[{"description": x, "cost": c, "target": tg} for x, c, tg in d['pp']], pp_requested=d['req'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for v in (1, 2):
        make(out_dir, v)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
