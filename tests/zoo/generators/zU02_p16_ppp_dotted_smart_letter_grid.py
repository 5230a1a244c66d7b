"""zU02: Post-16 Personal Progression Plan (entries 8, 25, 15): dotted-leader header, circled NCY,
checklist, targets as a transposed S/M/A/R/T grid (one column per target). PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_U import *

LAY = "zU02-p16-ppp-dotted-smart-letter-grid"
INSP = "real-forms.md entries 8, 25, 15"
Q = ["dotted leader blanks in header", "NCY: 11 / 12 / 13 / 14 with the chosen year in brackets", "'Student' and 'College or Provider'",
     "checklist with [x]/[ ] boxes", "options printed inline 'No Yes'", "targets transposed: SMART letters as rows, one column per target",
     "PPP means Personal Progression Plan here; funding is 'PP+ (Post 16 bursary top-up)'"]

def build(out):
    for n in (1, 2):
        full = n == 1
        name, school = "Tyler Ashworth-Bede", "Marlcombe College of Further Education"
        s = []
        s.append(H("Post 16 Personal Progression Plan (PPP) \u2014 Autumn review", 1))
        s.append(P("PEP form completed by\u2026\u2026\u2026\u2026Hannah Quayle (Designated Tutor)  Email\u2026\u2026\u2026\u2026h.quayle@marlcombe.example"))
        s.append(P("PEP Date\u2026\u2026 04/11/2026"))
        s.append(P("Student name\u2026\u2026 Tyler Ashworth-Bede"))
        s.append(P("NCY: 11 / (12) / 13 / 14"))
        s.append(P("College or Provider\u2026\u2026 Marlcombe College of Further Education"))
        s.append(P("Study course & level\u2026\u2026 Level 2 Diploma in Motor Vehicle Maintenance; GCSE English resit"))
        s.append(Spacer(1, 6))
        s.append(T([["Role", "Name", "Telephone", "Email", "Invited", "Present"],
                    ["Student", "Tyler Ashworth-Bede", "", "", "Y", "Y" if full else "N"],
                    ["Post 16 Learning Advocate", "Delroy Finch", "01632 960112", "d.finch@vs.example", "Y", "Y"],
                    ["Designated Tutor", "Hannah Quayle", "01632 960440", "h.quayle@marlcombe.example", "Y", "Y"],
                    ["Personal Adviser", "Sam Okonjo", "01632 960778", "", "Y", "Y"]], head=True))
        s.append(Spacer(1, 6))
        tick = lambda b: "[x]" if b else "[ ]"
        s.append(P("Checklist", bold=True))
        for lab, v in [("Current attendance data has been entered", full), ("Current attainment data has been entered", True),
                       ("Completed pupil voice sheet if they do not wish to attend the meeting", False),
                       ("Previous PEP is at hand to discuss progress", True), ("The exams permission/data sharing slip has been signed", full)]:
            s.append(P(f"{tick(v)} {lab}"))
        s.append(P("Is there any reason why the student cannot participate fully in this meeting? No Yes \u2014 " +
                   ("No (ticked)." if full else "Yes (ticked). If yes, please explain why and what support was provided to increase their participation? Tyler was on a work placement day; a voice sheet was sent but not returned.")))
        s.append(Spacer(1, 6))
        s.append(T([["Attendance: Factors affecting progress", "Detail (including dates etc)"],
                    ["Attendance", "College register 1 Sept to 30 Oct 2026: 86.4%. Two absences for a housing appointment (14/10, 21/10)." if full else "Not entered at time of meeting."],
                    ["Placement", "Moved to supported lodgings in July 2026; settled."]], head=True))
        s.append(H("Student's View page", 2))
        if full:
            s.append(P("In my own words:"))
            s.append(P("I want to pass my English this time so I can get on the Level 3 next year."))
            s.append(P("The workshop is the best bit, I can actually see what I've done at the end of the day."))
            s.append(P("Learning Advocate note to Tyler: we will look at bus passes with your PA."))
        else:
            s.append(P("Student did not attend. Voice sheet not returned."))
        s.append(H("Targets (around three)", 2))
        tg = [("Tyler will complete two timed GCSE English reading papers per half term and score at least 4 by the December mock", "English"),
              ("Tyler will pass the Unit 204 brakes practical assessment by 18 December 2026", "Vocational"),
              ("Tyler will open a bank account and set up a weekly budget with his PA before the spring review", "Independence")]
        if not full:
            tg = tg[1:]
        head = [""] + [f"Target {i+1}" for i in range(len(tg))]
        grid = [head,
                ["Target"] + [t[0] for t in tg],
                ["S Specific"] + ["Reading comprehension", "Brake system practical", "Money skills"][-len(tg):],
                ["M Measurable How will be [sic] know when the target has been achieved?"] + ["Mock grade", "Assessor sign-off", "Budget sheet"][-len(tg):],
                ["A Achievable"] + ["Yes, with tutor", "Yes", "Yes, with PA"][-len(tg):],
                ["R Relevant Has it taken the child's voice into consideration?"] + ["Yes - Tyler's aim", "Yes", "Yes"][-len(tg):],
                ["T Time-bound"] + ["December mock", "18/12/2026", "Spring review"][-len(tg):]]
        s.append(T(grid, head=True))
        s.append(H("PP+ (Post 16 bursary top-up) request", 2))
        pp = [("Ten sessions of 1:1 English tuition with college tutor", 250.0, "1"),
              ("Steel toe-capped boots and overalls for workshop", 60.0, "2")]
        if not full:
            pp = [("Steel toe-capped boots and overalls for workshop", 60.0, "")]
        s.append(T([["Description", "Cost", "Linked target"]] + [[a, f"\u00a3{b:.2f}", c] for a, b, c in pp] +
                   [["Total requested", f"\u00a3{sum(x[1] for x in pp):.2f}", ""]], head=True))
        s.append(Spacer(1, 8))
        s.append(P("Signed off by Post 16 Learning Advocate: Delroy Finch   Date: " + ("09/11/2026" if full else "\u2026\u2026\u2026\u2026")))
        fn = f"{LAY}-{n}.pdf"
        build_pdf(os.path.join(out, fn), s, header="Post 16 PPP - reviewed 3 times a year", footer="PPP v4 Sept 2026 OFFICIAL-SENSITIVE")
        write_truth(out, LAY, "pdf", n, INSP, Q + ([] if full else ["-2: student absent and no voice, no English target, no attendance figure, no sign-off date, PP+ line not linked"]),
                    child_name=name, child_first_name="Tyler", school=school, year_group=12, meeting_date="2026-11-04",
                    completed_date="2026-11-09" if full else None, attendance_percent=86.4 if full else None,
                    pupil_voice=["I want to pass my English this time so I can get on the Level 3 next year.",
                                 "The workshop is the best bit, I can actually see what I've done at the end of the day."] if full else [],
                    targets=[{"text": a, "area": b} for a, b in tg], english_target=full, maths_target=False,
                    pp_spend=[{"description": a, "cost": b, "target": int(c) if c else None} for a, b, c in pp],
                    pp_requested=sum(x[1] for x in pp))

if __name__ == "__main__":
    main(build)
