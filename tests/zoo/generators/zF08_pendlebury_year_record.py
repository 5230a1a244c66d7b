"""zF08 - Pendlebury Virtual School: KS4 'year-long PEP record' (PDF). One document per school year,
each section has Autumn / Spring / Summer columns; targets and PP+ per term. The latest filled term counts."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_F import write_truth, pdf_from_html, e, run_main  # noqa: E402

LAYOUT = "zF08-pendlebury-year-record"
INSPIRED = "real-forms.md entries 5, 9, 20, 2, 8; 'What a reader must cope with' 3, 4, 24"

TERMS = ["Autumn 2025", "Spring 2026", "Summer 2026"]

CASES = [
    dict(n=1, first="Ellis", last="Varga", dob="17.04.2010", ncy="10", ncy_n=10, school="Pendlebury Grange Academy",
         ap="Riverside Skills Centre (Tuesdays, motor vehicle course)",
         rows={"Date of PEP meeting": ["07/10/2025", "10th February 2026", ""],
               "Who attended": ["Ellis, carer, DT, SW, VS Learning Advocate", "Ellis (first half), carer, DT, AP tutor, SW", ""],
               "Date DT completed the PEP": ["14/10/2025", "17/02/2026", ""],
               "Attendance (year to date) %": ["86.0", "89.5", ""],
               "Attendance at AP %": ["92", "100", ""],
               "Suspensions this term": ["1 (1 day, 18/09/2025)", "0", ""],
               "Part-time timetable / AP (reviewed every half term)": ["4 days school + 1 day AP - reviewed 21/10/2025", "Same - reviewed 10/02/2026, continuing", ""]},
         voice=[["I only come in on Mondays because of the car course.", "School is boring apart from PE."],
                ["The car course is the best thing. I changed a wheel on my own.",
                 "I want to get my maths so I can do the mechanics apprenticeship at college.",
                 "English is still hard, I don't get the poems."], []],
         voice_iso=1, meeting_iso="2026-02-10", completed_iso="2026-02-17", att=89.5,
         autumn_targets=[("English", "Ellis will complete 4 of 6 English homework tasks on Satchel One by December", "Partly achieved - 3 of 6"),
                         ("Maths", "Ellis will attend maths intervention every Wednesday", "Achieved"),
                         ("Attendance", "Ellis will be in school on Mondays for 8 out of 10 weeks", "Not achieved - 5 of 10; break down further")],
         spring_targets=[("English", "Ellis will write two analytical paragraphs comparing two cluster poems, each with a quotation and a comment on language, marked at grade 4 by his English teacher by 1 May 2026"),
                         ("Maths", "Ellis will move from grade 3 to grade 4 in the Year 10 summer maths exam by completing one 30-minute Hegarty task per week and attending Wednesday intervention"),
                         ("Attendance", "Ellis will attend school on Mondays for 5 out of 6 weeks each half term, with a taxi for the first two weeks, checked by the attendance officer each Friday")],
         spend=[("Autumn 2025", "Maths intervention group (10 weeks)", "2", "£200.00"),
                ("Autumn 2025", "AP motor vehicle course contribution", "3", "£400.00"),
                ("Spring 2026", "English poetry tuition with specialist tutor, 8 x 45 min", "1", "£240.00"),
                ("Spring 2026", "Hegarty Maths home licence and revision guide", "2", "£35.00"),
                ("Spring 2026", "AP motor vehicle course (spring block)", "3", "£300.00")],
         totals=["£600.00", "£575.00", ""], total_val=575.0),
    dict(n=2, first="Marcus", last="Adeyemi-Fry", dob="02.11.2008", ncy="11", ncy_n=11, school="Holme Cross School",
         ap="None",
         rows={"Date of PEP meeting": ["30/09/2025", "04/02/2026", ""],
               "Who attended": ["Marcus, DT, SW, carer", "DT, SW, carer", ""],
               "Date DT completed the PEP": ["06/10/2025", "", ""],
               "Attendance (year to date) %": ["93.4", "91.2", ""],
               "Attendance at AP %": ["N/A", "N/A", ""],
               "Suspensions this term": ["0", "0", ""],
               "Part-time timetable / AP (reviewed every half term)": ["No", "No", ""]},
         voice=[["I want to pass English so I can go to Holme College for sport.",
                 "I get stressed about mocks."], [], []],
         voice_iso=1, meeting_iso="2026-02-04", completed_iso=None, att=91.2,
         autumn_targets=[("English", "Marcus will attend English revision on Thursdays until the mocks", "Achieved"),
                         ("Maths", "Marcus will complete two maths past papers before the December mocks", "Achieved - grade 5 in mock")],
         spring_targets=[("English", "Marcus will improve his English Language paper 2 writing from 14/40 to 20/40 by the March mock by planning every answer with the 5-point plan"),
                         ("Careers", "Marcus will send his college application for the Level 2 Sport course by 28 February 2026")],
         spend=[("Autumn 2025", "English revision guide and past papers", "1", "£25.00"),
                ("Autumn 2025", "Maths tutor (6 sessions)", "2", "£180.00"),
                ("Spring 2026", "English tuition, 6 x 1 hour", "1", "£210.00"),
                ("Spring 2026", "Gym membership", "", "£90.00")],
         totals=["£205.00", "£300.00", ""], total_val=300.0),
]

CSS = """
h1 { font-size: 14pt; margin: 0; color: #6b2737; }
.intro { font-size: 7.5pt; color: #333; margin: 2pt 0 6pt 0; }
h2 { font-size: 10pt; background: #f3e3e6; border-left: 4pt solid #6b2737; padding: 2pt 5pt; margin: 9pt 0 3pt 0; }
td.l { width: 26%; font-weight: bold; background: #faf4f5; }
th.t { width: 24.6%; }
.blank { color: #999; }
"""


def term_table(rows):
    h = "<table><tr><th></th>" + "".join(f"<th class='t'>{t}</th>" for t in TERMS) + "</tr>"
    for lab, vals in rows:
        h += f"<tr><td class='l'>{e(lab)}</td>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>"
    return h + "</table>"


def body(c):
    h = "<h1>Pendlebury Virtual School - KS4 PEP record 2025-26</h1>"
    h += ("<div class='intro'>One record for the whole school year. At each termly PEP, fill in that term's column, review last "
          "term's targets and set new ones. Do not overwrite earlier terms. Reviews: First review Sept-Dec, second Jan-Apr, third May-July.</div>")
    h += "<table>" + "".join(f"<tr><td class='l'>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in [
        ("Student name", f"{c['first']} {c['last']}"), ("DOB", c["dob"]), ("School", c["school"]),
        ("NCY", c["ncy"]), ("Alternative provision", c["ap"])]) + "</table>"

    h += "<h2>1. Meetings / Attendance / Inclusion</h2>"
    h += term_table([(k, [e(x) for x in v]) for k, v in c["rows"].items()])

    h += "<h2>2. My views (write down what I said)</h2>"
    h += term_table([("In my own words", ["<br/>".join(e(v) for v in vs) for vs in c["voice"]])])

    h += "<h2>3. Review of Autumn 2025 targets (at the spring PEP)</h2>"
    h += "<table><tr><th style='width:5%'>No.</th><th style='width:12%'>Area</th><th>Autumn target</th><th style='width:28%'>Outcome at review</th></tr>"
    for i, (a, t, o) in enumerate(c["autumn_targets"], 1):
        h += f"<tr><td>{i}</td><td>{e(a)}</td><td>{e(t)}</td><td>{e(o)}</td></tr>"
    h += "</table>"

    h += "<h2>4. Targets set at the Spring 2026 PEP</h2>"
    h += "<table><tr><th style='width:5%'>No.</th><th style='width:12%'>Area</th><th>Spring target</th><th style='width:28%'>Outcome at review (Summer)</th></tr>"
    for i, (a, t) in enumerate(c["spring_targets"], 1):
        h += f"<tr><td>{i}</td><td>{e(a)}</td><td>{e(t)}</td><td></td></tr>"
    h += "</table>"
    h += "<h2>5. Targets set at the Summer 2026 PEP</h2><table><tr><th style='width:5%'>No.</th><th style='width:12%'>Area</th><th>Summer target</th><th style='width:28%'>Outcome</th></tr>"
    h += "<tr><td>1</td><td></td><td></td><td></td></tr><tr><td>2</td><td></td><td></td><td></td></tr></table>"

    h += "<h2>6. PP+ (target numbers refer to the targets set in the same term)</h2>"
    h += "<table><tr><th style='width:16%'>Term</th><th>Spend</th><th style='width:10%'>Target no.</th><th style='width:13%'>Cost</th></tr>"
    for term, d, tno, cost in c["spend"]:
        h += f"<tr><td>{term}</td><td>{e(d)}</td><td>{tno}</td><td>{cost}</td></tr>"
    h += "</table>"
    h += term_table([("PP+ requested this term", [e(x) for x in c["totals"]]),
                     ("VS decision", ["Approved", "Approved" if c["n"] == 1 else "", ""])])
    return h


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.pdf"
        pdf_from_html(body(c), os.path.join(out_dir, fname), CSS,
                      page_css="@page { size: A4; margin: 13mm 12mm; @bottom-left { content: 'Pendlebury VS - KS4 PEP record - " + c["first"] + "'; font-size: 7pt; } }")
        areas = [a for a, _ in c["spring_targets"]]
        spring = [s for s in c["spend"] if s[0] == "Spring 2026"]
        write_truth(out_dir, dict(
            layout=LAYOUT, file=fname, inspired_by=INSPIRED,
            quirks=["one document for the whole year: Autumn / Spring / Summer columns, latest filled term is spring",
                    "autumn attendance, voice, targets and PP+ kept beside the spring ones (must not be read as current)",
                    "autumn targets reviewed in their own table, empty summer target rows",
                    "PP+ lines from two terms in one table, with a Term column", "per-term totals in a row",
                    "part-time timetable and alternative provision reviewed each half term"],
            child_name=f"{c['first']} {c['last']}", child_first_name=c["first"], school=c["school"],
            year_group=c["ncy_n"], meeting_date=c["meeting_iso"], completed_date=c["completed_iso"],
            attendance_percent=c["att"], pupil_voice=list(c["voice"][c["voice_iso"]]),
            targets=[{"text": t, "area": a} for a, t in c["spring_targets"]],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": d, "cost": float(cost.strip("£").replace(",", "")), "target": int(t) if t else None}
                      for _, d, t, cost in spring],
            pp_requested=c["total_val"],
        ))


if __name__ == "__main__":
    run_main(build)
