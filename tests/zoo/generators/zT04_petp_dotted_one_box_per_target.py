"""zT04: post-16 'Personal Education and Training Plan (PETP)' PDF: dotted leader header, circle-one NCY,
pre-meeting checklist with tick boxes, inline 'No Yes' option, Student's View page, and the MAT PA Action Plan
as one bordered box per target. Entries 8 + 25."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_T import *

LAYOUT = "zT04-petp-dotted-one-box-per-target"
INSPIRED = "real-forms.md entries 8, 25"
QUIRKS = ["PETP naming; 'Student', 'College or Provider', 'Designated Tutor', 'MAT PA'",
          "dotted leader blanks in the header ('PEP Date……')", "NCY 11 / 12 / 13 / 14 printed, the right one circled",
          "tick-box pre-meeting checklist", "options printed inline ('No Yes') with the answer circled",
          "Student's View page", "MAT PA Action Plan: one bordered box per target ('Around three targets')",
          "post-16 PP+ lines inside each target box"]

CSS = """
.lead { margin: 5px 0; } .dots { border-bottom: 1px dotted #000; padding: 0 6px; }
.circ { border: 1.2px solid #000; border-radius: 50%; padding: 0 4px; }
.box { border: 1.5px solid #1a4d2e; padding: 6px; margin: 8px 0; page-break-inside: avoid; }
.box h3 { margin-top: 0; color: #1a4d2e; }
"""


def make(out, n):
    full = n == 1
    D_ = "\u2026" * 6
    b = ["<h1>Post 16 Personal Education and Training Plan (PETP)</h1>",
         "<p style='font-size:8pt'>Virtual School Post 16 Team - for young people in Year 12 and 13 (NCY 14 where an EHCP is in place)</p>"]
    lead = lambda l, v: f"<p class='lead'>{l}{D_}<span class='dots'>{esc(v)}</span></p>"
    b.append(lead("PETP form completed by", "Helen Marsh (MAT PA)") .replace("</p>", f" &nbsp; Email{D_}<span class='dots'>helen.marsh@fictional-vs.example</span></p>"))
    b.append(lead("PEP Date", fmt("2026-10-14", "dots")))
    b.append(lead("Student name", "Jordan Mbeki"))
    b.append("<p class='lead'>NCY: 11 / <span class='circ'>12</span> / 13 / 14 &nbsp; (circle one)</p>")
    b.append(lead("College or Provider", "Harrowgate Vale College of Further Education"))
    b.append(lead("Study course &amp; level", "BTEC Level 2 Diploma in Construction (first year of two), plus GCSE maths resit"))
    b.append("<h2>People at the meeting</h2>")
    b.append(rows_html([["Role", "Name", "Telephone", "Email", "Invited", "Present"],
                        ["Student", "Jordan Mbeki", "07700 900431", "-", "\u2713", "\u2713"],
                        ["Designated Tutor", "Gareth Fenn", "01632 961200", "g.fenn@hvc.example", "\u2713", "\u2713"],
                        ["MAT PA", "Helen Marsh", "01632 960700", "helen.marsh@fictional-vs.example", "\u2713", "\u2713"],
                        ["Foster carer", "Sandra Okafor", "07700 900432", "-", "\u2713", "\u2713"],
                        ["Social worker", "Dean Whitlock", "01632 960701", "d.whitlock@fictional-cs.example", "\u2713", "\u2717"]]))
    tick = lambda ok: "\u2611" if ok else "\u2610"
    b.append("<h2>Checklist</h2>")
    for txt, ok in [("Current attendance data has been entered", full), ("Current attainment data has been entered", True),
                    ("Completed pupil voice sheet if they do not wish to attend the meeting", full),
                    ("Previous PEP is at hand to discuss progress", True),
                    ("The exams permission/data sharing slip has been signed", True)]:
        b.append(f"<p>{tick(ok)} {txt}</p>")
    b.append("<p>Is there any reason why the student cannot participate fully in this meeting? "
             + ("<span class='circ'>No</span> Yes" if full else "No <span class='circ'>Yes</span>")
             + " &mdash; If yes, please explain why and what support was provided to increase their participation?</p>")
    b.append("<p class='dots'>" + ("" if full else "&nbsp;") + "</p>")
    b.append("<h2>Care information</h2>")
    b.append(rows_html([["Address where student currently resides:", "Supported lodgings, Kenmore Road (with Sandra Okafor)"],
                        ["Name and address of person with PR/emergency contact:", "Local authority (S31) - Dean Whitlock, social worker"],
                        ["Who will liaise with the provider on a day to day basis?", "Sandra Okafor"]], header=False))
    b.append("<h2>Attendance: Factors affecting progress</h2>")
    b.append(rows_html([["Attendance: Factors affecting progress", "Detail (including dates etc)"],
                        ["Attendance", "College register to 09/10/2026: 91.5%. Missed two Friday maths sessions (bus pass expired 25/09/2026, now renewed)." if full else ""],
                        ["Punctuality", "Late to 9am practical twice."]]))
    b.append("<h2>Student's View page</h2>")
    voice = ["The bricklaying is the best bit, I can see what I've done at the end of the day.",
             "Maths resit is the part I'm dreading, I got a 3 last time and I need a 4 for the Level 3.",
             "I want to get my CSCS card so I can get Saturday work on a site."] if full else []
    if voice:
        b.append("<p><i>In Jordan's words (typed by Jordan on the college laptop during the meeting):</i></p>")
        b.append("<table>" + "".join(f"<tr><td>{esc(x)}</td></tr>" for x in voice) + "</table>")
    else:
        b.append("<table><tr><td style='height:60px'></td></tr></table>")
    b.append("<h2>MAT PA Action Plan</h2><p><i>Around three targets. Each target in its own box.</i></p>")
    tg = [("Maths", "Jordan will attend all 3 weekly GCSE maths resit lessons and complete the ratio and percentages booklet with 70% correct on the November mock, aiming for grade 4 in the summer 2027 resit", "Gareth Fenn / maths lecturer", "November 2026 mock",
           "Online maths tuition, 10 x 1 hour sessions at £28", "280.00"),
          ("Functional English / communication", "Jordan will write up each practical in a site diary entry of at least 150 words using the trade vocabulary list, checked fortnightly by his tutor, until the spring PETP", "Gareth Fenn", "Spring PETP (February 2027)",
           "", ""),
          ("Employment / aspiration", "Jordan will pass the CITB Health, Safety and Environment test and apply for his CSCS green card by 31 January 2027", "Helen Marsh (MAT PA)", "31/01/2027",
           "CITB HS&E test fee and CSCS card application", "58.00")]
    if not full:
        tg = tg[1:]
    for i, (area, txt, who, when, pp, cost) in enumerate(tg, 1):
        b.append(f"<div class='box'><h3>Target {i}: {esc(area)}</h3>")
        b.append(rows_html([["Target", txt], ["Who will support", who], ["By when", when],
                            ["Post 16 PP+ (if requested)", pp or "None requested"], ["Cost", f"£{cost}" if cost else "-"]], header=False))
        b.append("</div>")
    total = sum(float(t[5]) for t in tg if t[5])
    b.append(f"<p><b>Total Post 16 PP+ requested:</b> £{total:.2f}</p>")
    b.append("<h2>Sign-off</h2>")
    b.append(lead("Date completed", fmt("2026-10-20", "dots")))
    b.append(lead("Signed (MAT PA)", "H. Marsh"))
    b.append("<p>Progression review PEP: late July / early August 2027.</p>")
    path = write_truth(out, LAYOUT, n, "pdf", INSPIRED, QUIRKS + ([] if full else [
        "GAPS: Student's View page empty and 'Yes' circled with no reason given; attendance detail cell empty and checklist unticked; "
        "no maths target although the student needs a grade 4 resit"]),
        child_name="Jordan Mbeki", child_first_name="Jordan", school="Harrowgate Vale College of Further Education", year_group=12,
        meeting_date="2026-10-14", completed_date="2026-10-20", attendance_percent=91.5 if full else None, pupil_voice=voice,
        targets=[{"text": t[1], "area": t[0]} for t in tg], english_target=True, maths_target=full,
        pp_spend=[{"description": t[4], "cost": float(t[5]), "target": i} for i, t in enumerate(tg, 1) if t[4]],
        pp_requested=total)
    html_pdf("".join(b), path, CSS, footer_text="PETP 2026-27 | OFFICIAL - SENSITIVE")


def build(out_dir):
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    main(build)
