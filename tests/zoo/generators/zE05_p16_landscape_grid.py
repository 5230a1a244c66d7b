"""zE05: post-16 plan with a landscape plan grid spanning pages (PDF).

Invented authority: Harlowe Bridge Council; invented portal "Pathway Portal".
Portrait "About me" page, then a landscape grid whose header row repeats on every page;
each row holds the target, the steps, and the funding (description + cost) in one cell.
Instance 1: an unaccompanied asylum-seeking young person on an ESOL course."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_E import write_truth, main, html_to_pdf, esc  # noqa: E402

LAYOUT = "zE05-p16-landscape-grid"
INSPIRED = "real-forms.md entries 8 (post-16: Student, College or Provider, NCY), 25 (post-16 plan renamed), 12 (student signs own actions), 3 (young person's views section)"

KIDS = [
    dict(
        n=1, name="Dawit Tesfamariam", first="Dawit", dob="01/01/2009 (assessed age)", ncy="12", ncy_n=12,
        status="Unaccompanied asylum-seeking child (UASC) - S20. Arrived in the UK March 2025.",
        language="Tigrinya (also some Amharic and Arabic)", interp="Yes - telephone interpreter (Tigrinya), ref LL-558201",
        provider="Harlowe Bridge College", course="ESOL for 16-18s Entry Level 2 (full time, 16 hrs/wk) with Functional Skills Maths Entry Level 3",
        home="Supported lodgings (Harlowe Bridge)", window="Autumn (Sep-Dec)", meeting="2025-10-09", meeting_iso="2025-10-09",
        attendance="College register (06/10/2025): attendance 94%, punctuality 88%", att_n=94.0,
        present="Dawit; Imogen Reyes (Designated Tutor, college); Aaron Fitzgerald (Personal Adviser / SW); Helen Obi (Post-16 Learning Adviser, VS); interpreter (phone)",
        voice=["In Eritrea I stopped school at 12. Here I want to learn fast.",
               "English is difficult when people speak quickly, but in class it is OK.",
               "I want to be an electrician and send money to my mother.",
               "Sometimes I cannot sleep because I am thinking about my Home Office interview."],
        voice_note="Views given in the meeting through the interpreter and read back to Dawit.",
        last=[("Enrol at college for September", "Achieved"), ("Register with a GP and dentist", "GP yes, dentist waiting list")],
        rows=[("English (ESOL)", "ESOL Entry 1 achieved July 2025 at the Welcome Centre. Now on Entry 2.",
               "Dawit will pass ESOL Entry Level 2 Speaking and Listening and Reading by the end of March 2026.",
               "1. Conversation club Tue/Thu lunchtimes (Dawit). 2. Weekly 1:1 with ESOL tutor (college). 3. Watch one English programme with subtitles each week (Dawit).",
               "31/03/2026", ("ESOL conversation tutor 1:1, 1 hour a week for 12 weeks at £20/hr", "£240.00", 240.0)),
              ("Maths", "Working at Entry Level 3; good number skills, needs maths vocabulary in English.",
               "Dawit will achieve Functional Skills Maths Entry Level 3 by the end of January 2026 and start the Level 1 course in February.",
               "1. Maths vocabulary list with Tigrinya translations (tutor). 2. Practice papers every Friday (Dawit).",
               "30/01/2026", ("Maths workbooks and a scientific calculator", "£25.00", 25.0)),
              ("Careers / progression", "Wants to be an electrician. No UK work experience yet.",
               "Dawit will attend the Electrical Installation taster days (18-19 February 2026) and complete an application for the September 2026 Entry 3 Construction Skills course by 31 March 2026.",
               "1. Careers adviser appointment booked 04/11/2025. 2. PA to help with application form.",
               "31/03/2026", None),
              ("Health and wellbeing", "Difficulty sleeping before Home Office interview. Registered with GP.",
               "Dawit will attend 6 sessions with the therapeutic youth worker at the refugee support project and try the sleep routine plan, reviewed at the spring PEP.",
               "1. PA to refer by 17/10/2025. 2. Dawit to keep a sleep diary.",
               "Spring PEP", None),
              ("Independence", "Receives weekly allowance in cash from PA.",
               "Dawit will open a bank account and manage his weekly allowance with his PA by December 2025.",
               "1. PA to take Dawit to the bank with ID letter. 2. Budget sheet each week.",
               "19/12/2025", None),
              ("Attendance and punctuality", "Attendance 94%, punctuality 88% (bus from lodgings is often late).",
               "Dawit will arrive on time for every 9.00 lesson, raising his punctuality from 88% to 95% by February half-term.",
               "1. Catch the 8.05 bus instead of the 8.25 (Dawit). 2. Tutor to text PA after any late mark.",
               "13/02/2026", None),
              ("Enrichment / friendships", "Plays football in the park with other young people from the lodgings.",
               "Dawit will join the college football team and attend training every Wednesday for the rest of the autumn term.",
               "1. Sports coordinator to introduce Dawit to the coach (college).",
               "19/12/2025", ("Football boots and shin pads for college team", "£45.00", 45.0))],
        total="Total PP+ (post-16) requested: £310.00", total_n=310.0,
        signed=[("Young person", "Dawit T. (agreed through interpreter)", "09/10/2025"),
                ("Designated Tutor", "Imogen Reyes", "16/10/25"),
                ("Personal Adviser / SW", "A. Fitzgerald", "")],
        completed_iso="2025-10-16", review_note="Not yet reviewed (spring plan)",
    ),
    dict(
        n=2, name="Jodie-Leigh Parr", first="Jodie-Leigh", dob="22/06/2007", ncy="13", ncy_n=13,
        status="S31 Care Order. Turns 18 in June 2026 (Pathway Plan in place).",
        language="English", interp="No",
        provider="Northgate Sixth Form Centre", course="BTEC Level 3 Extended Certificate in Health and Social Care, GCSE English Language and Maths resits",
        home="Staying Put with foster carer", window="Spring (Jan-Apr)", meeting="", meeting_iso=None,
        attendance="Sixth form register (23/01/2026): 83%", att_n=83.0,
        present="Jodie-Leigh; Mr Craig Hollis (Designated Tutor); Faye Lund (SW); Helen Obi (Post-16 Learning Adviser, VS)",
        voice=["I want to do nursing at uni but I need my maths.", "Mornings are hard when I am working the late shift."],
        voice_note="Written by Jodie-Leigh on the Student Views page before the meeting.",
        last=[("Pass BTEC Unit 2 exam in January", "Awaiting result"), ("Attend 95% of lessons", "Not achieved - 83%")],
        rows=[("English", "GCSE English Language grade 3 (resit in June).",
               "Jodie-Leigh will complete one Question 5 writing task from a past paper each fortnight and reach a secure grade 4 in the March mock.",
               "1. Resit class Wednesdays (college). 2. Feedback from English tutor.",
               "March mock", ("English resit revision guide and 1:1 tutor for 5 sessions", "£150.00", 150.0)),
              ("Careers / progression", "Wants to study Nursing (Adult). Predicted MM.",
               "Jodie-Leigh will reply to her Adult Nursing offers on UCAS Hub, choosing a firm and an insurance place, by the 6 May 2026 reply date.",
               "1. Offer comparison with Mr Hollis. 2. VS to confirm care leaver bursary at each university.",
               "06/05/2026", None),
              ("Attendance", "83% - late starts after weekend shifts.",
               "Jodie-Leigh will reach 92% attendance by Easter by limiting paid work to two evenings a week.",
               "1. Weekly attendance check-in with Mr Hollis. 2. Talk to employer about shifts.",
               "Easter 2026", ("Bus pass top-up", "£60.00", 60.0)),
              ("Wellbeing", "Balancing college, paid work and preparing to leave care.",
               "Jodie-Leigh will meet her PA every fortnight to go through her Pathway Plan and budget before she turns 18.",
               "1. PA to book sessions. 2. Jodie-Leigh to bring payslips.",
               "June 2026", None)],
        total="Total PP+ (post-16) requested: ", total_n=None,
        signed=[("Young person", "J. Parr", ""), ("Designated Tutor", "Craig Hollis", "2026-02-20"),
                ("Personal Adviser / SW", "", "")],
        completed_iso="2026-02-20", review_note="",
    ),
]

CSS = """
@page { size: A4; margin: 14mm;
  @bottom-left { content: "Harlowe Bridge Council - Pathway Portal - Post-16 Learning & Progression Plan"; font: 7pt DejaVu Sans; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7pt DejaVu Sans; } }
@page grid { size: A4 landscape; margin: 12mm; }
body { font-family: DejaVu Sans; font-size: 9pt; }
h1 { font-size: 14pt; margin: 0; color: #0b4f6c; } h2 { font-size: 11pt; color: #0b4f6c; margin: 10px 0 4px 0; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #888; padding: 3px 4px; vertical-align: top; }
th { background: #dbe9f0; text-align: left; }
.kv td:first-child { width: 32%; background: #f1f6f8; font-weight: bold; }
.grid { page: grid; } .grid table { font-size: 10pt; } .grid td { padding: 5px; } .grid tr { break-inside: avoid; }
.grid thead th { background: #0b4f6c; color: white; }
.fund { margin-top: 4px; border-top: 1px dashed #999; padding-top: 2px; }
"""


def kv(rows):
    return '<table class="kv">%s</table>' % "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows)


def render(k, path):
    h = ["<html><head><meta charset='utf-8'><style>%s</style></head><body>" % CSS]
    h.append("<h1>Post-16 Learning &amp; Progression Plan (LPP)</h1>")
    h.append("<p>Harlowe Bridge Virtual School - the Personal Education Plan for students in Years 12-14. "
             "Completed in the Pathway Portal; the student keeps a copy.</p>")
    h.append("<h2>1. About me</h2>")
    h.append(kv([("Student name", k["name"]), ("Date of birth", k["dob"]), ("NCY", k["ncy"]),
                 ("Legal / immigration status", k["status"]), ("First language", k["language"]),
                 ("Interpreter used for this plan?", k["interp"]), ("College or provider", k["provider"]),
                 ("Course and level", k["course"]), ("Where I live", k["home"])]))
    h.append("<h2>2. This plan</h2>")
    h.append(kv([("PEP window", k["window"]), ("Date of meeting", k["meeting"]), ("Present", k["present"]),
                 ("Attendance", k["attendance"])]))
    h.append("<h2>3. My views</h2>")
    h.append("<p><i>%s</i></p>" % esc(k["voice_note"]))
    h.append("<table>%s</table>" % "".join("<tr><td>%s</td></tr>" % esc(v) for v in k["voice"]))
    h.append("<h2>4. Last plan's targets</h2>")
    h.append("<table><tr><th>Target</th><th>Outcome</th></tr>%s</table>"
             % "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in k["last"]))
    h.append('<div class="grid"><h2>5. My plan (targets, steps and funding)</h2><table><thead><tr>'
             + "".join("<th>%s</th>" % x for x in ["No.", "Area", "Where I am now", "My target", "Steps - who will help",
                                                   "By when", "PP+ (post-16) funding", "Review at next plan"])
             + "</tr></thead><tbody>")
    for i, (area, now, target, steps, by, fund) in enumerate(k["rows"], 1):
        fcell = "N/A" if fund is None else '%s<div class="fund">%s</div>' % (esc(fund[0]), esc(fund[1]))
        h.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                 % (i, esc(area), esc(now), esc(target), esc(steps), esc(by), fcell, esc(k["review_note"])))
    h.append("</tbody></table>")
    h.append("<p><b>%s</b></p></div>" % esc(k["total"]))
    h.append("<h2>6. Signatures</h2>")
    h.append("<table><tr><th>Role</th><th>Name / signature</th><th>Date</th></tr>%s</table>"
             % "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in k["signed"]))
    h.append("</body></html>")
    html_to_pdf("\n".join(h), path)


def build(out_dir):
    for k in KIDS:
        fn = "%s-%d.pdf" % (LAYOUT, k["n"])
        render(k, os.path.join(out_dir, fn))
        areas = [r[0] for r in k["rows"]]
        spend = [{"description": r[5][0], "cost": r[5][2], "target": i}
                 for i, r in enumerate(k["rows"], 1) if r[5] is not None]
        write_truth(
            out_dir, LAYOUT, fn, inspired_by=INSPIRED,
            quirks=["portrait details page then landscape plan grid", "grid header row repeats on every page",
                    "funding description and cost stacked inside the target row", "'Student', 'College or provider', NCY",
                    "ISO meeting date beside dd/mm/yy signatures", "assessed date of birth",
                    "young person's signature dated before the tutor's"],
            child_name=k["name"], child_first_name=k["first"], school=k["provider"], year_group=k["ncy_n"],
            meeting_date=k["meeting_iso"], completed_date=k["completed_iso"], attendance_percent=k["att_n"],
            pupil_voice=list(k["voice"]),
            targets=[{"text": r[2], "area": r[0]} for r in k["rows"]],
            english_target=any(a.startswith("English") for a in areas), maths_target="Maths" in areas,
            pp_spend=spend, pp_requested=k["total_n"])


if __name__ == "__main__":
    main(build)
