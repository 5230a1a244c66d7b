"""zG04: post-16 'Personal Education and Training Plan (PETP)' as a PDF with boxed fields.

Completed by a multi-agency personal adviser (MAT PA) with the college's Designated Tutor; goals are
'progression goals'; the Student's View page is the LAST page; funding is the VS post-16 PP+ pot.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_G import html_to_pdf, esc, write_truth, main  # noqa: E402

LAYOUT = "zG04-post16-petp"
INSPIRED = "real-forms.md entries 25, 8, 12"
QUIRKS = ["post-16 renaming: PETP, student, college or training provider, course & level",
          "roles MAT PA and Designated Tutor", "targets called progression goals, around three",
          "Student's View page at the end, on its own page",
          "GCSE English/maths grades in one field", "attendance and punctuality side by side",
          "summer PETP goals reviewed before the new ones"]

CSS = """
@page { size: A4; margin: 15mm; @bottom-center { content: "Wyvern Shire Council - PETP - OFFICIAL SENSITIVE - page " counter(page); font-size: 7pt; } }
body { font-family: 'DejaVu Serif', serif; font-size: 9pt; }
.title { text-align: center; font-size: 15pt; font-weight: bold; margin: 0; }
.sub { text-align: center; font-size: 9pt; margin: 2px 0 8px 0; }
.box { border: 1.2pt solid #000; margin: 6px 0; }
.boxhead { background: #000; color: #fff; font-weight: bold; padding: 2px 5px; font-size: 9.5pt; letter-spacing: 0.5px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.6pt solid #444; padding: 3px 5px; vertical-align: top; text-align: left; }
td.l { width: 30%; font-variant: small-caps; background: #f0f0f0; }
th { background: #e0e0e0; font-size: 8.5pt; }
.answer { min-height: 46px; border: 0.6pt solid #444; padding: 4px 6px; margin: 2px 0 8px 0; }
.q { font-weight: bold; margin-top: 8px; }
.pb { page-break-before: always; }
.small { font-size: 7.5pt; }
"""

CHILDREN = [
    dict(
        stem=LAYOUT + "-1", name="Precious Adeyemi-Clarke", dob="14.08.2009", ncy="12",
        provider="Northgate College of Further Education",
        course="BTEC Level 3 Extended Diploma in Health and Social Care (Year 1 of 2)",
        gcse="English Language grade 5 (2025); Maths grade 3 - resitting November 2025",
        date="Monday 20 October 2025", matpa="Dionne Fairweather", tutor="Mr A. Kowalczyk",
        pa_worker="Leanne Shaw (leaving care PA)", home="Supported lodgings, Hollins Road",
        att="91.3%", punct="84%", att_note="From LearnTrack, 1 September to 17 October",
        prev=[("Enrol on Level 3 course and complete induction", "Achieved"),
              ("Open a bank account for bursary payments", "Achieved")],
        goals=[("Maths (GCSE resit)",
                "Precious will attend all GCSE maths resit sessions (Tues/Thurs) and complete two past papers a fortnight, "
                "aiming for grade 4 in the November 2025 resit", "Maths tutor; Designated Tutor checks weekly", "Maths"),
               ("Course",
                "Precious will submit her Unit 2 assignment (Working in Health and Social Care) by 12 December 2025 at "
                "Merit standard or above", "Course tutor", "Course"),
               ("Next steps",
                "Precious will complete a first draft of a personal statement for children's nursing with the careers "
                "adviser by 30 January 2026", "Careers adviser; MAT PA", "Careers")],
        fund=[("Maths resit tutor, 6 x 1 hour sessions at £32 per hour", "1", "£192.00", 192.0),
              ("Laptop for coursework (shortfall after college loan scheme)", "2", "£280.00", 280.0)],
        total="£472.00", completed_by="D. Fairweather (MAT PA)", completed_on="24/10/2025",
        views=[("How is college going?",
                "The placement at the care home is the best bit, I love talking to the residents."),
               ("What is hard at the moment?", "Maths. I have failed it twice and I get nervous in the exam."),
               ("Where do you want to be in two years?", "At university doing children's nursing."),
               ("Anything else you want the meeting to know?", "")],
        truth=dict(child_name="Precious Adeyemi-Clarke", child_first_name="Precious",
                   school="Northgate College of Further Education", year_group=12, meeting_date="2025-10-20",
                   completed_date="2025-10-24", attendance_percent=91.3,
                   pupil_voice=["The placement at the care home is the best bit, I love talking to the residents.",
                                "Maths. I have failed it twice and I get nervous in the exam.",
                                "At university doing children's nursing."],
                   english_target=False, maths_target=True, pp_requested=472.0),
    ),
    dict(
        stem=LAYOUT + "-2", name="Kyle Donnachie", dob="02/05/2008", ncy="13",
        provider="Eastbridge Training Partnership",
        course="Level 2 Light Vehicle Maintenance (study programme, day release at Unit 4 garage)",
        gcse="English grade 3; Maths grade 2 - Functional Skills Level 1 in progress",
        date="03/11/2025", matpa="Sam O'Rourke", tutor="Ms J. Petrakis",
        pa_worker="Sam O'Rourke", home="Staying with friend (sofa) - housing referral made",
        att="see provider report", punct="", att_note="Report not attached",
        prev=[("Kyle will attend his workshop days every week", "Partly achieved"),
              ("Kyle will register with a GP", "Not achieved")],
        goals=[("Course",
                "Kyle will complete the brake systems practical assessment at the Unit 4 garage by 19 December 2025",
                "Workshop assessor", "Course"),
               ("Attendance",
                "Kyle will text his Designated Tutor by 9am on any day he cannot attend", "Kyle; Ms Petrakis",
                "Attendance")],
        fund=[("Work boots and overalls", "", "£85", 85.0),
              ("Driving theory test and revision app", "", "£46", 46.0)],
        total="", completed_by="", completed_on="",
        views=[("How is college going?", ""), ("What is hard at the moment?", ""),
               ("Where do you want to be in two years?", ""), ("Anything else you want the meeting to know?", "")],
        truth=dict(child_name="Kyle Donnachie", child_first_name="Kyle", school="Eastbridge Training Partnership",
                   year_group=13, meeting_date="2025-11-03", completed_date=None, attendance_percent=None,
                   pupil_voice=[], english_target=False, maths_target=False, pp_requested=None),
    ),
]


def kv(pairs):
    return "<table>" + "".join(f"<tr><td class='l'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in pairs) + "</table>"


def box(title, inner):
    return f"<div class='box'><div class='boxhead'>{esc(title)}</div>{inner}</div>"


def build_one(out_dir, c):
    h = [f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"]
    h.append("<p class='title'>Post 16 Personal Education and Training Plan (PETP)</p>")
    h.append("<p class='sub'>Wyvern Shire Virtual School - Post-16 Team &nbsp;&middot;&nbsp; Autumn PETP 2025-26"
             " &nbsp;&middot;&nbsp; Completed by the MAT PA with the student and the Designated Tutor</p>")
    h.append(box("1  STUDENT", kv([("Student", c["name"]), ("Date of birth", c["dob"]), ("NCY", c["ncy"]),
                                   ("College or training provider", c["provider"]), ("Course & level", c["course"]),
                                   ("GCSE English / maths", c["gcse"]), ("Where the student lives", c["home"])])))
    h.append(box("2  THIS PETP", kv([("PETP meeting date", c["date"]), ("MAT PA", c["matpa"]),
                                     ("Designated Tutor", c["tutor"]), ("Personal adviser", c["pa_worker"])])))
    h.append(box("3  ATTENDANCE AT COLLEGE / PROVIDER",
                 "<table><tr><th>Attendance this academic year</th><th>Punctuality</th><th>Source / notes</th></tr>"
                 f"<tr><td>{esc(c['att'])}</td><td>{esc(c['punct'])}</td><td>{esc(c['att_note'])}</td></tr></table>"))
    rows = "".join(f"<tr><td>{esc(t)}</td><td>{esc(o)}</td></tr>" for t, o in c["prev"])
    h.append(box("4  REVIEW OF GOALS FROM THE SUMMER PETP",
                 f"<table><tr><th>Goal</th><th>Outcome</th></tr>{rows}</table>"))
    rows = "".join(f"<tr><td>{i}</td><td>{esc(g[0])}</td><td>{esc(g[1])}</td><td>{esc(g[2])}</td></tr>"
                   for i, g in enumerate(c["goals"], 1))
    h.append(box("5  PROGRESSION GOALS (around three; English and maths where not yet grade 4)",
                 "<table><tr><th>#</th><th>Theme</th><th>Goal - what, by when, how we will know</th>"
                 f"<th>Who supports</th></tr>{rows}</table>"))
    rows = "".join(f"<tr><td>{esc(f[0])}</td><td>{esc(f[1])}</td><td>{esc(f[2])}</td></tr>" for f in c["fund"])
    rows += f"<tr><td><b>Total requested:</b></td><td></td><td>{esc(c['total'])}</td></tr>"
    h.append(box("6  POST-16 PUPIL PREMIUM PLUS (VS discretionary fund)",
                 "<p class='small'>&nbsp;Not for transport, food or items the provider must supply. Link each item "
                 "to a goal number.</p>"
                 f"<table><tr><th>Item</th><th>Linked goal</th><th>Amount</th></tr>{rows}</table>"))
    h.append(box("7  SIGN-OFF", kv([("PETP completed by", c["completed_by"]), ("Completed on", c["completed_on"]),
                                    ("Next PETP", "Spring window (February - March 2026)")])))
    h.append("<div class='pb'></div><p class='title'>Student's View page</p>")
    h.append("<p class='sub'>To be completed by the student in their own words, before or at the meeting. "
             "If you would rather talk it through, your MAT PA can write down what you say.</p>")
    for q, a in c["views"]:
        h.append(f"<p class='q'>{esc(q)}</p><div class='answer'>{esc(a)}</div>")
    h.append(f"<p>Student's name: {esc(c['name'])} &nbsp;&nbsp; Signed: ____________________</p>")
    h.append("</body></html>")
    html_to_pdf("".join(h), os.path.join(out_dir, c["stem"] + ".pdf"))

    tr = dict(c["truth"])
    tr["targets"] = [{"text": g[1], "area": g[3]} for g in c["goals"]]
    tr["pp_spend"] = [{"description": f[0], "cost": f[3], "target": int(f[1]) if f[1] else None} for f in c["fund"]]
    write_truth(out_dir, c["stem"], "pdf", LAYOUT, INSPIRED, QUIRKS, tr)


def build(out_dir):
    for c in CHILDREN:
        build_one(out_dir, c)


if __name__ == "__main__":
    main(build)
