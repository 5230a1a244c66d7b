"""zG02: primary PEP exported as PDF from an invented delegation portal ("EduPEP Portal").

The Virtual School initiates the task with pre-filled basics; the review is named by its window
(first/second/third review); SMART grid uses 'Assigned' and 'Time constrained'; a task history log
carries the status dates; 'N/A' fills mandatory fields.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_G import html_to_pdf, esc, write_truth, main  # noqa: E402

LAYOUT = "zG02-review-window-portal"
INSPIRED = "real-forms.md entries 20, 22, 2"
QUIRKS = ["meeting named by its review window; the actual date is a separate field",
          "attendance by term columns plus a year-to-date column",
          "SMART grid spelt Specific / Measured / Assigned / Realistic / Time constrained",
          "previous review's targets with outcomes above the new ones",
          "status dates only in a task-history log (created, recorded, submitted, QA)",
          "literal 'N/A' in mandatory fields", "pre-populated grey block from the Virtual School"]

CSS = """
@page { size: A4; margin: 16mm 14mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 7pt; }
        @top-left { content: "EduPEP Portal - export"; font-size: 7pt; color: #666; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #222; }
.crumb { font-size: 7.5pt; color: #555; border-bottom: 1px solid #999; padding-bottom: 3px; }
h1 { font-size: 13pt; color: #0b5c7a; margin: 6px 0 2px 0; }
h2 { font-size: 10pt; background: #0b5c7a; color: white; padding: 3px 6px; margin: 12px 0 4px 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 4px; }
td, th { border: 0.6pt solid #777; padding: 3px 4px; vertical-align: top; text-align: left; }
th { background: #dbe9ef; font-size: 8pt; }
.pre { background: #eeeeee; }
.lab { width: 32%; font-weight: bold; }
.note { font-size: 7.3pt; color: #555; font-style: italic; }
.req { color: #b00; }
"""


def rows_kv(pairs, cls=""):
    return "".join(f"<tr class='{cls}'><td class='lab'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in pairs)


def grid(header, rows):
    h = "".join(f"<th>{esc(x)}</th>" for x in header)
    b = "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows)
    return f"<table><tr>{h}</tr>{b}</table>"


CHILDREN = [
    dict(
        stem=LAYOUT + "-1", window="Second review - January to April 2026", name="Kacper Nowicki",
        dob="03/03/2016", ncy="Y4", school="St Anselm's Catholic Primary School", upn="K823461209015",
        sw="Bethany Marr", dt="Mr Paul Greaves", held="27 January 2026",
        att=[["96.8%", "93.1%", "95.2%", "0", "N/A"]],
        attain=[["Reading", "At expected", "At expected"], ["Writing", "Working towards", "Working towards"],
                ["Maths", "Working towards", "Working towards"]],
        prev=[["Kacper will read aloud to his carer four times a week and log it in his reading record", "Met",
               "Reading record signed 4-5 times weekly"],
              ["Kacper will know the 2, 5 and 10 times tables by Christmas", "Partly met",
               "2s and 10s secure; 5s 14/20 - broken down further below"]],
        voice_who="Kacper filled this in with Mrs Doyle (ELSA) on 20/01/2026",
        voice=[("What is going well at school?", "I got moved up a group in spelling."),
               ("What is hard?", "Times tables are hard when it's a test and everyone is quiet."),
               ("What would help you?", "If I could practise on the laptop game at home too.")],
        targets=[("Kacper will recall the 3, 4 and 8 times tables with 20 out of 25 correct on a timed check by 27 March 2026",
                  "Weekly timed check", "Class TA (Mrs Ahmed)", "Y", "27/03/2026", "Maths"),
                 ("Kacper will use paragraphs and fronted adverbials in two pieces of independent writing by Easter",
                  "Teacher assessment of two pieces", "Class teacher", "Y", "Easter 2026", "English"),
                 ("Kacper will use his worry book with the ELSA each Friday and tell an adult when he feels worried in tests",
                  "ELSA log", "Mrs Doyle (ELSA)", "Y", "Next review", "Wellbeing")],
        spend=[("Times tables home practice licence plus weekly 10-minute check with class TA", "1", "School", "Weekly",
                "95.00", 95.0),
               ("Writing intervention group with HLTA, 2 x 30 minutes weekly for 9 weeks", "2", "HLTA", "2 x weekly",
                "180.00", 180.0),
               ("ELSA sessions, 1 x 30 minutes weekly for 10 weeks", "3", "ELSA", "Weekly", "300.00", 300.0)],
        total="575.00",
        history=[("05/01/2026 08:00", "Task created", "Virtual School (initiated with basic information)"),
                 ("27/01/2026 15:47", "Meeting recorded", "Mr Paul Greaves"),
                 ("02/02/2026 11:20", "Submitted to Virtual School by designated teacher", "Mr Paul Greaves"),
                 ("09/02/2026 10:05", "QA outcome: Approved - PP+ released", "VS caseworker T. Ng")],
        status="Approved",
        truth=dict(child_name="Kacper Nowicki", child_first_name="Kacper", school="St Anselm's Catholic Primary School",
                   year_group=4, meeting_date="2026-01-27", completed_date="2026-02-02", attendance_percent=95.2,
                   pupil_voice=["I got moved up a group in spelling.",
                                "Times tables are hard when it's a test and everyone is quiet.",
                                "If I could practise on the laptop game at home too."],
                   english_target=True, maths_target=True, pp_requested=575.0),
    ),
    dict(
        stem=LAYOUT + "-2", window="Third review - May to July 2026", name="Tianna Brooks-Mensah",
        dob="21/11/2017", ncy="Y3", school="Millbrook Primary Academy", upn="N/A",
        sw="Callum Reid", dt="Mrs Lorna Fitch", held="19/05/2026",
        att=[["N/A", "N/A", "N/A", "N/A", "Data not yet received from school office"]],
        attain=[["Reading", "Working towards", "Working towards"], ["Writing", "Working towards", "Working towards"],
                ["Maths", "At expected", "Working towards"]],
        prev=[["Tianna will use a number line to add two 2-digit numbers", "Met", "Class book"],
              ["Tianna will read 3 times a week at home", "Not met", "Moved home in April"]],
        voice_who="N/A",
        voice=[("What is going well at school?", "N/A"), ("What is hard?", "N/A"), ("What would help you?", "N/A")],
        targets=[("Tianna will subtract 2-digit numbers using the column method with 8 out of 10 correct by the end of June",
                  "Weekly quiz", "Class teacher", "Y", "30/06/2026", "Maths"),
                 ("Tianna will join the lunchtime Lego club twice a week and name two friends she plays with",
                  "Lunchtime supervisor log", "Mrs Fitch", "Y", "July 2026", "Wellbeing")],
        spend=[("Maths small-group catch-up, 3 x 20 minutes weekly", "1", "TA", "3 x weekly", "210.00", 210.0),
               ("Lego club materials and lunchtime supervisor time", "-", "School", "2 x weekly", "120.00", 120.0)],
        total="330.00",
        history=[("28/04/2026 08:00", "Task created", "Virtual School (initiated with basic information)"),
                 ("19/05/2026 16:02", "Meeting recorded", "Mrs Lorna Fitch")],
        status="In progress",
        truth=dict(child_name="Tianna Brooks-Mensah", child_first_name="Tianna", school="Millbrook Primary Academy",
                   year_group=3, meeting_date="2026-05-19", completed_date=None, attendance_percent=None,
                   pupil_voice=[], english_target=False, maths_target=True, pp_requested=330.0),
    ),
]


def build_one(out_dir, c):
    h = [f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"]
    h.append(f"<div class='crumb'>EduPEP Portal &raquo; My tasks &raquo; Complete PEP (Designated Teacher) &raquo; "
             f"{esc(c['window'])} &nbsp;|&nbsp; Status: <b>{esc(c['status'])}</b></div>")
    h.append("<h1>Hallamshire Vale Virtual School - Personal Education Plan (Primary)</h1>")
    h.append("<p class='note'>Fields marked <span class='req'>*</span> are mandatory. If a mandatory field does not "
             "apply, enter N/A.</p>")
    h.append("<h2>A. Basic information (pre-populated by the Virtual School)</h2><table>")
    h.append(rows_kv([("Child", c["name"]), ("Date of birth", c["dob"]), ("NCY", c["ncy"]), ("School", c["school"]),
                      ("UPN", c["upn"]), ("Social worker", c["sw"]), ("Designated teacher", c["dt"])], "pre"))
    h.append("</table>")
    h.append("<h2>B. This review</h2><table>")
    h.append(rows_kv([("Review window", c["window"]), ("Date the review took place *", c["held"]),
                      ("Venue", "School"), ("Child attended part of the meeting?", "Yes")]))
    h.append("</table>")
    h.append("<h2>C. Attendance and inclusion *</h2>")
    h.append(grid(["Autumn term", "Spring term", "Year to date", "Suspensions (days)", "Comment"], c["att"]))
    h.append("<table>" + rows_kv([("Part-time timetable?", "N/A"), ("Exclusions this year", "N/A")]) + "</table>")
    h.append("<h2>D. Attainment (teacher assessment)</h2>")
    h.append(grid(["Subject", "Last review", "This review"], c["attain"]))
    h.append("<h2>E. Review of targets from the last review</h2>")
    h.append(grid(["Target set last review", "Outcome", "Evidence"], c["prev"]))
    h.append("<h2>F. My views *</h2>")
    h.append(f"<p class='note'>Who helped: {esc(c['voice_who'])}</p>")
    h.append(grid(["Question", "In my words"], c["voice"]))
    h.append("<h2>G. New SMART targets *</h2>")
    h.append("<p class='note'>Specific - Measured - Assigned to a named professional - Realistic - Time constrained. "
             "At least one English and one maths target expected.</p>")
    h.append(grid(["No.", "Target (Specific)", "Measured by", "Assigned to", "Realistic? Y/N", "Time constrained (by)"],
                  [[str(i), t[0], t[1], t[2], t[3], t[4]] for i, t in enumerate(c["targets"], 1)]))
    h.append("<h2>H. PP+ funding request *</h2>")
    rows = [[s[0], s[1], s[2], s[3], s[4]] for s in c["spend"]]
    rows.append(["Total requested this review", "", "", "", c["total"]])
    h.append(grid(["Funding line", "Linked target no.", "Provider", "Frequency", "Cost (£)"], rows))
    h.append("<h2>Task history</h2>")
    h.append(grid(["When", "Event", "By"], [list(x) for x in c["history"]]))
    h.append("</body></html>")
    html_to_pdf("".join(h), os.path.join(out_dir, c["stem"] + ".pdf"))

    tr = dict(c["truth"])
    tr["targets"] = [{"text": t[0], "area": t[5]} for t in c["targets"]]
    tr["pp_spend"] = [{"description": s[0], "cost": s[5], "target": int(s[1]) if s[1].isdigit() else None}
                      for s in c["spend"]]
    write_truth(out_dir, c["stem"], "pdf", LAYOUT, INSPIRED, QUIRKS, tr)


def build(out_dir):
    for c in CHILDREN:
        build_one(out_dir, c)


if __name__ == "__main__":
    main(build)
