"""zF06 - Kingsmere: PEP produced as a school MIS report ('Arbour MIS' student report using the
Kingsmere LA PEP template), PDF. Key-value grids, register summary, coded subject grades."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_F import write_truth, pdf_from_html, e, run_main  # noqa: E402

LAYOUT = "zF06-kingsmere-mis-report"
INSPIRED = "real-forms.md entries 13, 8, 20, 10; 'What a reader must cope with' 9, 22, 6"

CASES = [
    dict(n=1, first="Tobias", last="Okonjo", reg="7KW", year="7", ncy_n=7, upn="K301200118845", adm="03-Sep-2025",
         school="Kingsmere Park School", sen="N - No Special Educational Need", eth="BAFR - Black African",
         period="01-Sep-2025 to 17-Oct-2025", possible=66, present=62, auth=3, unauth=1, pct="93.94", att=93.94,
         prev_pct="96.10 (Y6, from CTF)", meeting="22-Oct-2025", meeting_iso="2025-10-22",
         grades=[("English", "103", "5", "4+", "2"), ("Maths", "98", "4", "3=", "1"), ("Science", "-", "5", "4-", "2"),
                 ("History", "-", "5", "5-", "1")],
         voice_by="Form tutor (Mr Quayle), 15-Oct-2025",
         voice=[("How are you finding secondary school?", "It's big but I know where my lessons are now."),
                ("Which lessons do you enjoy?", "History and PE. I like the Romans topic."),
                ("Is anything worrying you?", "Losing my planner and getting a detention for it."),
                ("What would help you?", "A spare planner in student services.")],
         targets=[("T1", "English", "Tobias will use evidence from the text (PEE paragraphs) in three pieces of writing, reaching a 5- in the December English assessment",
                   "PEE paragraphs marked by English teacher", "Dec-2025", "Mrs Abara"),
                  ("T2", "Maths", "Tobias will know all times tables to 12 x 12, scoring at least 45/50 on the Sparx times-tables check by 6-Feb-2026",
                   "Sparx XP and weekly check", "Feb-2026", "Mr Lund"),
                  ("T3", "Organisation", "Tobias will bring his planner and equipment every day, with no more than one equipment behaviour point per half term",
                   "Behaviour log on MIS", "Feb-2026", "Mr Quayle")],
         spend=[("Literacy catch-up (Lexia) licence + 1:1 feedback", "T1", "Mrs Abara", "3 x 20 min/wk", "£200.00"),
                ("Maths small group tuition", "T2", "Tutor", "Weekly x 10", "£300.00"),
                ("Spare planner, equipment kit and scientific calculator", "T3", "Student services", "One-off", "£25.00"),
                ("Transition mentoring (Y7)", "T3", "Mr Quayle", "Fortnightly", "£75.00")],
         total="600.00", total_val=600.0, dt="J. Marlow", dt_date="29-Oct-2025", dt_iso="2025-10-29", printed="03-Nov-2025"),
    dict(n=2, first="Aaliyah", last="Brennan", reg="10MS", year="10", ncy_n=10, upn="K301200104410", adm="04-Sep-2023",
         school="Kingsmere Park School", sen="K - SEN Support", eth="MWBC - White and Black Caribbean",
         period="01-Sep-2025 to 21-Nov-2025", possible=108, present=91, auth=9, unauth=8, pct="84.26", att=84.26,
         prev_pct="87.40", meeting="26-Nov-2025", meeting_iso="2025-11-26",
         grades=[("English Language", "-", "5", "4", "2"), ("Maths", "-", "4", "3", "3"), ("Combined Science", "-", "4-4", "3-3", "3"),
                 ("Health & Social Care", "-", "P", "P", "2")],
         voice_by="Head of Year (Ms Sato), 20-Nov-2025",
         voice=[("How are you finding school this year?", "Some days are OK. I hate mornings."),
                ("Which lessons do you enjoy?", "Health and social care because Miss is nice."),
                ("Is anything worrying you?", "Not really."),
                ("What would help you?", "Being let in late without a fuss when the bus is late.")],
         targets=[("T1", "Attendance", "Aaliyah will raise her attendance from 84% to 90% by the spring PEP, with a daily check-in at 8.40am",
                   "Weekly attendance print-out", "Feb-2026", "Ms Sato"),
                  ("T2", "Maths", "Aaliyah will complete one Sparx homework each week and move from grade 3 to grade 4 in the March mock",
                   "Sparx completion and mock result", "Mar-2026", "Mr Lund")],
         spend=[("Breakfast club place", "T1", "Student services", "Daily", "£95.00"),
                ("Maths revision guide and online tutoring", "T2", "Tutor", "Weekly x 12", "£360.00"),
                ("Mentoring with youth worker", "", "Youth worker", "Weekly", "£150.00")],
         total="605.00", total_val=605.0, dt="J. Marlow", dt_date="", dt_iso=None, printed="02-Dec-2025"),
]

CSS = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 8.5pt; }
.hdr td { border: none; padding: 1pt 2pt; }
.rep { font-size: 12pt; font-weight: bold; }
h3 { font-size: 9.5pt; border-bottom: 1.2pt solid #000; margin: 10pt 0 3pt 0; padding-bottom: 1pt; text-transform: uppercase; }
td.k { background: #f0f0f0; font-weight: bold; width: 17%; }
.small { font-size: 7pt; }
"""


def kv4(pairs):
    h = "<table>"
    for i in range(0, len(pairs), 2):
        (a, b), (c2, d) = pairs[i], pairs[i + 1] if i + 1 < len(pairs) else ("", "")
        h += f"<tr><td class='k'>{e(a)}</td><td>{e(b)}</td><td class='k'>{e(c2)}</td><td>{e(d)}</td></tr>"
    return h + "</table>"


def body(c):
    name = f"{c['first']} {c['last']}"
    h = ("<table class='hdr'><tr><td class='rep'>Arbour MIS - Student Report</td>"
         f"<td style='text-align:right'>{e(c['school'])}<br/>Report: LAC_PEP_Kingsmere_v3.2</td></tr></table>")
    h += f"<p><b>Student: {e(name)} ({e(c['reg'])})</b> &nbsp; Report run by: jmarlow &nbsp; Printed: {e(c['printed'])}</p>"

    h += "<h3>1. Student Details</h3>"
    h += kv4([("Legal Surname", c["last"].upper()), ("Legal Forename", c["first"]), ("Year", c["year"]), ("Reg Group", c["reg"]),
              ("UPN", c["upn"]), ("Admission Date", c["adm"]), ("SEN Status", c["sen"]), ("Ethnicity", c["eth"]),
              ("In Care (LA)", "Y - Kingsmere"), ("Pupil Premium", "Y - PP+ (CLA)")])

    h += "<h3>2. PEP Meeting</h3>"
    h += kv4([("PEP Meeting Date", c["meeting"]), ("PEP Type", "Termly review"), ("Review window", "First review - Sept to Dec"),
              ("Chaired by", "Designated Teacher")])

    h += "<h3>3. Attendance Summary</h3>"
    h += (f"<table><tr><th>Period</th><th>Possible</th><th>Present</th><th>Auth. Abs</th><th>Unauth. Abs</th><th>Attendance %</th></tr>"
          f"<tr><td>{e(c['period'])}</td><td>{c['possible']}</td><td>{c['present']}</td><td>{c['auth']}</td><td>{c['unauth']}</td><td>{c['pct']}</td></tr>"
          f"<tr><td>Previous academic year</td><td></td><td></td><td></td><td></td><td>{e(c['prev_pct'])}</td></tr></table>")

    h += "<h3>4. Attainment</h3>"
    h += ("<table><tr><th>Subject</th><th>KS2 Scaled</th><th>Target Grade</th><th>Current Working At</th><th>Effort (1-4)</th></tr>"
          + "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in g) + "</tr>" for g in c["grades"]) + "</table>")
    h += "<p class='small'>Effort: 1 = excellent, 4 = cause for concern. Grades on the 9-1 scale; +/=/- within grade.</p>"

    h += "<h3>5. Student Voice</h3>"
    h += f"<p class='small'>Collected by: {e(c['voice_by'])}</p><table><tr><th style='width:35%'>Question</th><th>Student Response</th></tr>"
    for qq, ans in c["voice"]:
        h += f"<tr><td>{e(qq)}</td><td>{e(ans)}</td></tr>"
    h += "</table>"

    h += "<h3>6. PEP Targets</h3>"
    h += ("<table><tr><th style='width:5%'>Ref</th><th style='width:11%'>Subject Area</th><th>Target</th><th style='width:19%'>Success Measure</th>"
          "<th style='width:9%'>By</th><th style='width:11%'>Staff</th></tr>")
    for row in c["targets"]:
        h += "<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>"
    h += "</table>"

    h += "<h3>7. PP+ Plan</h3>"
    h += ("<table><tr><th>Item</th><th>Target Ref</th><th>Staff</th><th>Freq</th><th>Cost</th></tr>"
          + "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in s) + "</tr>" for s in c["spend"])
          + f"<tr><td colspan='4'><b>Total PP+ Requested (£)</b></td><td><b>{e(c['total'])}</b></td></tr></table>")

    h += "<h3>8. Sign Off</h3>"
    h += kv4([("DT Signature", c["dt"]), ("Date Signed", c["dt_date"]), ("SW Signature", ""), ("VS Check", "")])
    return h


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.pdf"
        foot = f"Arbour MIS  |  {c['school']}  |  Printed {c['printed']}  |  Page ' counter(page) ' of ' counter(pages) '"
        pdf_from_html(body(c), os.path.join(out_dir, fname), CSS,
                      page_css="@page { size: A4; margin: 12mm 11mm 14mm 11mm; @bottom-center { content: '" + foot + "'; font-size: 6.5pt; } }")
        tnum = {t[0]: i for i, t in enumerate(c["targets"], 1)}
        areas = [t[1] for t in c["targets"]]
        write_truth(out_dir, dict(
            layout=LAYOUT, file=fname, inspired_by=INSPIRED,
            quirks=["school MIS report, not an LA form: 'Legal Surname' in capitals and 'Legal Forename' in separate cells",
                    "attendance as a register summary row with possible/present sessions and a two-decimal percentage",
                    "previous year's attendance in the row below", "dates in dd-Mon-yyyy MIS style",
                    "print date in header and footer is not the sign-off date", "targets T1-T3, PP+ lines refer to 'Target Ref'",
                    "total requested written without a pound sign"],
            child_name=f"{c['first']} {c['last']}", child_first_name=c["first"], school=c["school"],
            year_group=c["ncy_n"], meeting_date=c["meeting_iso"], completed_date=c["dt_iso"],
            attendance_percent=c["att"], pupil_voice=[a for _, a in c["voice"]],
            targets=[{"text": t[2], "area": t[1]} for t in c["targets"]],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": s[0], "cost": float(s[4].strip("£").replace(",", "")), "target": tnum.get(s[1])} for s in c["spend"]],
            pp_requested=c["total_val"],
        ))


if __name__ == "__main__":
    run_main(build)
