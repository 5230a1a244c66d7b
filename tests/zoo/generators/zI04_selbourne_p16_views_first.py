"""zI04 Selbourne post-16 PEP: PDF whose first page is the Section C Young Person's Views page, meeting named by its review window,
the actual date only in the meeting log at the back, attendance per course with an overall figure, checklist with
printed 'No Yes' options, funding called Post-16 PEP funding / PEA.

Inspired by real-forms.md entries 8 (Student, College or Provider, Study course & level, checklist, participation
question, attendance table header), 3 (Young Person's Views Prior to the Meeting page in Section C), 2 (meeting identified by cycle), 3 (PEA, progression
review), 1 (status / click-to-complete wording).
"""
import os
from _common_I import *

LAYOUT = "zI04-selbourne-p16-views-first"
INSPIRED = "real-forms.md entries 1, 2, 3, 8"
QUIRKS = ["Section C Young Person's Views page comes first, before the student's details",
          "meeting identified by its review window; the date is only in the meeting log at the end",
          "attendance given per course, plus an overall college figure",
          "checklist and 'No Yes' printed inline with an X",
          "funding called Post-16 PEP funding and PEA, not PP+",
          "status line instead of a signed date ('Submitted to VS on ...')",
          "literal N/A in mandatory fields"]

CASES = [
    dict(n=1, name="Jordan Mbeki-Walsh", first="Jordan", provider="Selbourne College (Riverside Campus)", ncy=12,
         course="Level 2 Motor Vehicle Maintenance; GCSE English Language (resit)",
         gcse="English Language 3 (resitting); Maths 4 (passed Aug 2025)", window="Autumn 2025 window (1 Sept - 30 Nov)",
         views=[("How is college going?", "Better than school. The workshop is the best bit, I did my first brake change on my own."),
                ("What is getting in the way?", "English resit is at 9am on a Monday and the bus is always late."),
                ("What do I want to do after this course?", "Level 3 next year then an apprenticeship at a garage, maybe Halfords or a main dealer."),
                ("What help do I want?", "Help with the bus pass and someone to check my English essays before I hand them in.")],
         views_how="Jordan wrote these answers himself on the college iPad with his personal tutor on 10/11/2025.",
         participate="[X] No   [ ] Yes",
         att_rows=[("Level 2 Motor Vehicle Maintenance", "93%", "Missed 2 days with flu (Oct)."),
                   ("GCSE English Language (resit)", "81%", "Monday 9am lesson - late bus (see views)."),
                   ("Overall college attendance to 14/11/2025", "90.4%", "Below 95%: transport plan agreed (see goals).")],
         att=90.4,
         goals=[("1", "English", "Jordan will complete one timed GCSE English Paper 2 writing question each fortnight and reach grade 4 standard in the March 2026 mock",
                 "English resit tutor marks each piece; VS caseworker checks at next PEP"),
                ("2", "Attendance", "Jordan will arrive on time to every Monday 9am English lesson for the rest of the autumn term using the 07:40 bus",
                 "Carer buys the bus pass; tutor records lateness weekly"),
                ("3", "Careers", "Jordan will apply for the Level 3 Motor Vehicle course and attend one garage taster day by February 2026",
                 "Careers adviser (Mrs Okonjo) and Jordan")],
         areas=["English", "Attendance", "Careers"],
         funding=[("Goal 1", "1:1 English tutoring with a qualified teacher, 1 hour weekly for 8 weeks at £35/hour", "£280.00", 1),
                  ("Goal 2", "Annual college bus pass top-up (travel)", "£120.00", 2),
                  ("PEA", "Personal Education Allowance: steel toe-cap boots and overalls for the workshop", "£65.00", None)],
         total="£465.00", total_num=465.0,
         status="Submitted to VS on 21/11/2025 by Mr P. Haddad (Designated Teacher/Lead)", completed_iso="2025-11-21",
         meeting="Meeting held 14/11/2025 at Riverside Campus, room B12", meeting_iso="2025-11-14",
         attendees="Jordan; Mr P. Haddad (Designated Teacher/Lead); Ms R. Clague (Social Worker); Mrs Okonjo (Careers); "
                   "Mr T. Ames (VS caseworker)"),
    dict(n=2, name="Shannon Keeble", first="Shannon", provider="Dunmore Sixth Form Centre", ncy=13,
         course="A levels: Psychology, Sociology, English Literature",
         gcse="English Language 6, Maths 5 (2024) - no resit needed", window="Spring 2026 window (1 Jan - 31 Mar)",
         views=[("How is college going?", "N/A"), ("What is getting in the way?", "N/A"),
                ("What do I want to do after this course?", "N/A"), ("What help do I want?", "N/A")],
         views_how="N/A",
         participate="[ ] No   [X] Yes - Shannon was at work placement and did not attend.",
         att_rows=[("Overall attendance", "96%", "")],
         att=96.0,
         goals=[("1", "Psychology", "Shannon will hand in both Psychology coursework drafts by 27 February 2026",
                 "Subject teacher"),
                ("2", "UCAS", "Shannon will accept a firm and insurance university offer on UCAS Hub by the May deadline",
                 "Sixth form tutor / VS caseworker")],
         areas=["Psychology", "Careers"],
         funding=[("Goal 1", "Psychology revision workshop", "", 1),
                  ("Goal 2", "University open day visit", "£60.00", 2)],
         total="", total_num=None,
         status="Status: In progress (not submitted)", completed_iso=None,
         meeting="Meeting held 05/02/2026 (Teams)", meeting_iso="2026-02-05",
         attendees="Mrs D. Farrant (Designated Teacher/Lead); Mr K. Osei (Personal Adviser); Mr T. Ames (VS caseworker)"),
]


def render(c, path):
    st = pstyles("Helvetica", 9.5)
    W = avail_width()
    s = []
    s.append(P("SELBOURNE COUNTY COUNCIL  -  Virtual School Post 16", st["h3"]))
    s.append(P("Post 16 Personal Education Plan", st["h1"]))
    s.append(P(c["window"], st["bold"]))
    s.append(Spacer(1, 6))
    s.append(band("SECTION C - YOUNG PERSON'S VIEWS PRIOR TO THE MEETING  (views can be recorded in any form and uploaded)", st, W, bg="#7030A0"))
    s.append(Spacer(1, 4))
    rows = [[q, a] for q, a in c["views"]]
    s.append(ptable(rows, st, [W * 0.35, W * 0.65], header=False, label_col=True))
    s.append(Spacer(1, 4))
    s.append(P("How were the student's views gathered? " + c["views_how"], st["small"]))
    s.append(Spacer(1, 6))
    s.append(P("Is there any reason why the student cannot participate fully in this meeting? No Yes", st["base"]))
    s.append(P(c["participate"], st["bold"]))
    s.append(P("If yes, please explain why and what support was provided to increase their participation?",
               st["small"]))
    s.append(PageBreak())

    s.append(band("STUDENT DETAILS", st, W, bg="#1F3864"))
    s.append(ptable([["Student name", c["name"]], ["NCY: 11 / 12 / 13 / 14", f"NCY: {c['ncy']}"],
                     ["College or Provider", c["provider"]], ["Study course & level", c["course"]],
                     ["GCSE English and maths", c["gcse"]],
                     ["PEP window", c["window"]]], st, [W * 0.3, W * 0.7], header=False, label_col=True))
    s.append(Spacer(1, 6))
    s.append(P("Checklist", st["h3"]))
    for item in ["[X] Current attendance data has been entered", "[X] Current attainment data has been entered",
                 "[X] Previous PEP is at hand to discuss progress",
                 "[ ] The exams permission/data sharing slip has been signed"]:
        s.append(P(item, st["base"]))
    s.append(Spacer(1, 6))
    rows = [["Attendance: Factors affecting progress", "%", "Detail (including dates etc)"]] + \
        [list(r) for r in c["att_rows"]]
    s.append(ptable(rows, st, [W * 0.45, W * 0.1, W * 0.45]))
    s.append(Spacer(1, 6))

    s.append(band("MY GOALS FOR THIS WINDOW", st, W, bg="#1F3864"))
    rows = [["Goal", "Area", "What I will achieve, and by when", "Who will help / how we will check"]] + \
        [list(g) for g in c["goals"]]
    s.append(ptable(rows, st, [W * 0.07, W * 0.13, W * 0.5, W * 0.3]))
    s.append(Spacer(1, 6))

    s.append(band("POST-16 PEP FUNDING / PEA REQUEST", st, W, bg="#1F3864"))
    s.append(P("Post-16 PEP funding is not Pupil Premium Plus. Requests must link to a goal above; the PEA is for "
               "activities and equipment outside the course.", st["small"]))
    rows = [["Linked to", "What the funding is for", "Amount"]] + [list(f[:3]) for f in c["funding"]]
    rows.append(["", "Total requested from the Virtual School", c["total"]])
    s.append(ptable(rows, st, [W * 0.13, W * 0.67, W * 0.2]))
    s.append(Spacer(1, 8))

    s.append(band("MEETING LOG", st, W, bg="#595959"))
    s.append(ptable([["Meeting", c["meeting"]], ["Who attended", c["attendees"]], ["PEP status", c["status"]]],
                    st, [W * 0.25, W * 0.75], header=False, label_col=True))
    build_pdf(path, s, header=f"Post 16 PEP  |  {c['name']}  |  {c['window']}", footer="OFFICIAL - SENSITIVE")


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.pdf"
        render(c, os.path.join(out_dir, fname))
        voice = [a for _, a in c["views"] if a != "N/A"]
        write_truth(out_dir, fname, dict(
            layout=LAYOUT, inspired_by=INSPIRED, quirks=QUIRKS,
            child_name=c["name"], child_first_name=c["first"], school=c["provider"], year_group=c["ncy"],
            meeting_date=c["meeting_iso"], completed_date=c["completed_iso"], attendance_percent=c["att"],
            pupil_voice=voice,
            targets=[{"text": g[2], "area": a} for g, a in zip(c["goals"], c["areas"])],
            english_target="English" in c["areas"], maths_target="Maths" in c["areas"],
            pp_spend=[{"description": f[1], "cost": float(f[2].strip("£")) if f[2] else None, "target": f[3]}
                      for f in c["funding"]],
            pp_requested=c["total_num"]))
