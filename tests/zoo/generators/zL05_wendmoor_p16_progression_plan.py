"""zL05 Wendmoor: post-16 'Personal Progression Plan (PPP)' PDF, dotted-leader header, Student's View page last."""
import os
from _common_L import *

LAYOUT = "zL05-wendmoor-p16-progression-plan"
INSPIRED = "real-forms.md entries 25, 8, 12, 18"
QUIRKS = ["PEP renamed 'Personal Progression Plan (PPP)' while the funding is 'Post-16 PP+' (PPP means the plan, not the money)",
          "dotted-leader header fields; NCY printed as '11 / 12 / 13 / 14' with the chosen one in brackets",
          "Student's View page is the last page, after targets and funding",
          "attendance as a term-by-term table with the year figure in the last column",
          "targets as an action table: Action | By whom | By when | Success looks like",
          "pre-meeting checklist with ticks", "'Student' and 'College or Provider' wording"]

DATA = {
 1: dict(name="Tyler Brennan-Shaw", first="Tyler", college="Wendmoor College of Further Education",
         course="Level 3 Extended Diploma in Engineering (Year 2)", ncy=13,
         by="Gemma Lakin (Designated Tutor)", email="g.lakin@wendmoor-college.example", pepdate="27.01.26", meet_iso="2026-01-27",
         signed="Signed off by Designated Tutor: 03.02.26", done_iso="2026-02-03",
         att=[["Autumn 1", "91%"], ["Autumn 2", "86%"], ["Spring 1 (to date)", "88%"], ["Year to date", "88.4%"]], attp=88.4,
         checklist=["Current attendance data has been entered", "Current attainment data has been entered",
                    "Previous PEP is at hand to discuss progress", "The exams permission/data sharing slip has been signed"],
         actions=[("Tyler will resit GCSE English Language in June 2026 and achieve a grade 4, attending the Tuesday resit class every week and handing in 1 timed practice paper a fortnight.", "Tyler; English resit tutor (Mr Vance)", "June 2026", "Grade 4; practice papers at grade 4 by April", "English"),
                   ("Tyler will complete Unit 6 (Mechanical Principles) coursework with a Merit by 27/03/2026, using two 1-hour sessions a week in the maths support workshop for the calculations.", "Tyler; maths support workshop", "27/03/2026", "Unit 6 graded Merit or above", "Maths"),
                   ("Tyler will submit a UCAS or apprenticeship application (Level 4 Engineering) by 30/04/2026 with help from the college careers adviser.", "Tyler; careers adviser; PA", "30/04/2026", "Application submitted, confirmation email seen", "Careers")],
         spend=[("English GCSE resit revision guide and online practice papers subscription", "1", 42.0),
                ("Maths support workshop: additional 1:1 tutor time, 10 x 1 hour at £28", "2", 280.0),
],
         spend_truth=[0, 1], req=322.0,
         views=[("What is going well?", "The workshop is the best bit of college, I actually get the maths when it's about gears."),
                ("What is worrying you?", "I'm worried about the English resit because I failed it twice already."),
                ("What do you want to happen next?", "I want an apprenticeship at Harcastle Motors, not uni.")]),
 2: dict(name="Nadia Qureshi", first="Nadia", college="Wendmoor Sixth Form Centre",
         course="A levels: Biology, Psychology, Sociology (Year 1)", ncy=12,
         by="", email="", pepdate="10.11.25", meet_iso="2025-11-10",
         signed="Signed off by Designated Tutor: ......................", done_iso=None,
         att=[["Autumn 1", "97%"], ["Autumn 2 (to date)", ""], ["Year to date", "96.5%"]], attp=96.5,
         checklist=["Current attendance data has been entered"],
         actions=[("Nadia will hand in every Psychology homework on time for the rest of the autumn term.", "Nadia", "December 2025", "", "Psychology"),
                  ("Nadia to try to improve her essay writing.", "Nadia", "", "", "English")],
         spend=[("Psychology textbook", "", None), ("Study skills mentoring", "2", 150.0)],
         spend_truth=[0, 1], req=None,
         views=[]),
}


def dots(label, value, width=60):
    return P(f"{label} {value}" if value else label + " " + "." * 40)


def build_one(out_dir, n):
    d = DATA[n]
    stem = f"{LAYOUT}-{n}"
    ncy = " / ".join(f"[{x}]" if x == d["ncy"] else str(x) for x in (11, 12, 13, 14))
    story = [P("Wendmoor Virtual School - Post 16", "small"),
             P("Personal Education Plan (PEP) also known at Post 16 as a Personal Progression Plan (PPP)", "h1"),
             P(f"PPP form completed by {d['by'] or '.' * 30} Email {d['email'] or '.' * 30}"),
             P(f"PPP Date {d['pepdate']}"),
             P(f"Student name {d['name']}"),
             P(f"NCY: {ncy}   (circle)"),
             P(f"College or Provider {d['college']}"),
             P(f"Study course & level {d['course']}"),
             Spacer(1, 6), P("Before the meeting", "h2")]
    all_items = ["Current attendance data has been entered", "Current attainment data has been entered",
                 "Completed pupil voice sheet if they do not wish to attend the meeting",
                 "Previous PEP is at hand to discuss progress", "The exams permission/data sharing slip has been signed"]
    story.append(PT([["Checklist", "Tick"]] + [[c, "Yes" if c in d["checklist"] else ""] for c in all_items],
                    [14 * cm, 3 * cm]))
    story.append(P("Is there any reason why the student cannot participate fully in this meeting? No Yes", "bold"))
    story.append(P("If yes, please explain why and what support was provided to increase their participation?"))
    story.append(P("N/A - Tyler attended and led the first half of the meeting." if n == 1 else
                   "Yes - Nadia did not attend (college trip)."))
    story.append(P("Attendance", "h2"))
    story.append(PT([[a[0] for a in d["att"]], [a[1] for a in d["att"]]], [17 * cm / len(d["att"])] * len(d["att"])))
    story.append(P("Progression actions (around three)", "h2"))
    rows = [["No.", "Action", "By whom", "By when", "Success looks like"]]
    for i, (txt, who, when, succ, _) in enumerate(d["actions"], 1):
        rows.append([str(i), txt, who, when, succ])
    story.append(PT(rows, [1 * cm, 7.5 * cm, 3.3 * cm, 2.2 * cm, 3 * cm]))
    story.append(P("Post-16 PP+ request (please state the action number each item supports)", "h2"))
    rows = [["Item", "Action no.", "Amount"]]
    for desc, tno, cost in d["spend"]:
        rows.append([desc, tno, money(cost) if cost is not None else "-"])
    rows.append(["Total amount being requested", "", money(d["req"]) if d["req"] else ""])
    story.append(PT(rows, [11 * cm, 2.5 * cm, 3.5 * cm]))
    if n == 1:
        story.append(P("Note: travel to the apprenticeship assessment centre is not a PP+ cost and will be met from the 16-19 Bursary.", "small"))
    story.append(Spacer(1, 6))
    story.append(P(d["signed"]))
    story.append(PageBreak())
    story.append(P("Student's View page", "h1"))
    story.append(P("In your own words. You can write this yourself or tell your Designated Tutor.", "small"))
    if d["views"]:
        story.append(PT([[q, a] for q, a in d["views"]], [5 * cm, 12 * cm], header=False, first_col_bold=True))
        story.append(P("My actions: I will go to every resit class and do the practice papers. Signed: T. Brennan-Shaw"))
    else:
        story.append(PT([["What is going well?", ""], ["What is worrying you?", ""], ["What do you want to happen next?", ""]],
                        [5 * cm, 12 * cm], header=False, first_col_bold=True))
    build_pdf(os.path.join(out_dir, f"{stem}.pdf"), story,
              header_text="Wendmoor Council - Children in Care - Post 16 PPP (v2.3)",
              footer_text="Return to post16.vs@wendmoor.example within 10 working days of the meeting",
              page_numbers="{n}")
    ext = "pdf"
    voice = [a for q, a in d["views"]]
    if n == 1:
        voice.append("I will go to every resit class and do the practice papers.")
    acts = d["actions"]
    t = dict(child_name=d["name"], child_first_name=d["first"], school=d["college"], year_group=d["ncy"],
             meeting_date=d["meet_iso"], completed_date=d["done_iso"], attendance_percent=d["attp"],
             pupil_voice=voice, targets=[{"text": a[0], "area": a[4]} for a in acts],
             english_target=any(a[4] == "English" for a in acts), maths_target=any(a[4] == "Maths" for a in acts),
             pp_spend=[{"description": d["spend"][i][0], "cost": d["spend"][i][2],
                        "target": int(d["spend"][i][1]) if d["spend"][i][1] else None} for i in d["spend_truth"]],
             pp_requested=d["req"])
    q = QUIRKS + (["-1: a note under the request table names a cost that is not PP+ (bursary-funded travel)"] if n == 1 else
                  ["-2: student absent, Student's View page blank; completed-by and sign-off dotted blanks empty; no maths target; vague 'try to' target; uncosted unlinked spend"])
    write_truth(out_dir, stem, ext, LAYOUT, INSPIRED, q, t)


def build(out_dir):
    for n in (1, 2):
        build_one(out_dir, n)
