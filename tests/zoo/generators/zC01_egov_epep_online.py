"""zC01 - an "ePEP Online"-style platform export (PDF), secondary (KS4).

Inspired by real-forms.md entry 3 (eGOV ePEP Online: EYFS..post-16 in one collection, attainment tracking,
attendance monitoring, pupil premium tracking, "Young Person's Views Prior to the Meeting" in Section C with
Makaton questions, Signs of Safety, PP+ paid when the PEP is graded "approved", Personal Education Allowance).
Fictional authority, school and children.
"""
import html
import json
import os
import sys

LAYOUT = "zC01-egov-epep-online"
INSPIRED = "real-forms.md entry 3 (with the status words of the platform family, label variants section)"

CSS = """
@page { size: A4; margin: 22mm 14mm 18mm 14mm;
  @top-left { content: "ePEP Online | Personal Education Plan | KS4"; font-size: 7.5pt; color: #555; }
  @top-right { content: "Marlowshire Virtual School"; font-size: 7.5pt; color: #555; }
  @bottom-center { content: "Exported " string(exp) " - Page " counter(page) " of " counter(pages); font-size: 7pt; color: #777; } }
body { font-family: "DejaVu Sans"; font-size: 9pt; font-variant-ligatures: none; }
h1 { font-size: 14pt; margin: 0 0 4pt 0; }
h2 { font-size: 10.5pt; background: #1f4e79; color: white; padding: 3pt 5pt; margin: 12pt 0 4pt 0; }
h3 { font-size: 9.5pt; margin: 8pt 0 3pt 0; color: #1f4e79; }
table { border-collapse: collapse; width: 100%; margin-bottom: 6pt; }
td, th { border: 0.6pt solid #777; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #dde6f0; font-weight: bold; }
td.l { width: 32%; background: #f1f4f8; font-weight: bold; }
.exp { string-set: exp content(); display: none; }
.note { font-size: 8pt; color: #444; font-style: italic; }
.q { font-weight: bold; margin-top: 5pt; }
.ans { border: 0.6pt solid #999; padding: 4pt; min-height: 14pt; }
"""

E = html.escape


def kv(rows):
    return "<table>" + "".join(f"<tr><td class='l'>{E(k)}</td><td>{E(v)}</td></tr>" for k, v in rows) + "</table>"


def grid(head, rows):
    h = "".join(f"<th>{E(x)}</th>" for x in head)
    b = "".join("<tr>" + "".join(f"<td>{E(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{h}</tr>{b}</table>"


INSTANCES = [
    dict(
        n=1, forename="Tyler", surname="Brannigan", dob="12/03/2010", upn="M823410250017", ncy="Year 10",
        school="Hollins Park Academy", legal="Section 31 - Full Care Order", cycle="Autumn 2025/26",
        meeting="04/11/2025", meeting_iso="2025-11-04", submitted="07/11/2025", submitted_iso="2025-11-07",
        status="Approved",
        attendance=[("Previous academic year (2024/25)", "362", "325", "31", "6", "89.8"),
                    ("Current academic year to date (2025/26)", "80", "75", "5", "0", "93.8")],
        att_truth=93.8,
        attainment=[("English Language", "4", "5", "5"), ("English Literature", "4", "4", "5"),
                    ("Mathematics", "3", "4", "5"), ("Combined Science", "4-4", "4-5", "5-5")],
        views_how="Views gathered by Mrs Okoro (key adult) in a 1:1 conversation on 21/10/2025 and uploaded as a "
                  "document. Tyler chose not to use the Makaton questions.",
        views=[("What's working well?", "I like English now because Mr Dale lets me read my own books in tutor time."),
               ("What are you worried about?", "I get stressed in maths when I'm asked to answer in front of everyone."),
               ("What needs to happen?", "I want to get a 5 in maths so I can do the mechanics course at college.")],
        prev=[("To read one class novel and complete the book review by October half-term", "Achieved"),
              ("To attend maths intervention on Tuesdays", "Partly achieved - attended 4 of 6 sessions")],
        targets=[
            ("T1", "Tyler will improve his quadratic equation skills from a grade 3 to a secure grade 4 on the December mock by attending 1:1 maths tuition weekly",
             "Maths", "Grade 4 or above on the December mock paper", "12/12/2025", "Maths tutor"),
            ("T2", "Tyler will write two timed Language Paper 2 answers each fortnight and move from grade 4 to grade 5 on the question 5 mark scheme by February half-term",
             "English", "Teacher assesses question 5 at grade 5", "13/02/2026", "English teacher"),
            ("T3", "Tyler will complete a college taster day in motor vehicle maintenance and record two questions for his careers adviser before the spring PEP",
             "Careers", "Taster day attended and questions logged", "06/03/2026", "Careers lead"),
        ],
        pp=[("T1", "1:1 maths tuition with specialist tutor, 1 hour a week for 10 weeks (£35 x 10)", "Northgate Tutors", "Weekly", "350.00"),
            ("T2", "Revision guide and workbook pack for AQA English Language", "School", "One-off", "25.00"),
            ("T2", "Small-group English booster after school, 6 sessions", "English department", "Weekly", "150.00")],
        pp_total="525.00",
        pea="Personal Education Allowance (PEA) requested: guitar lessons at Riverside Music Centre (out-of-school activity), £120. Approved by VS.",
        impact="Last cycle's PP+ paid for maths intervention sessions. Tyler moved from a grade 2 to a grade 3 in his October assessment.",
        vs_comment="Targets are specific and linked to Tyler's views. Would this be good enough for my child? Yes.",
    ),
    dict(
        n=2, forename="Leah", surname="Marsh", dob="30/07/2011", upn="M823410260442", ncy="Year 9",
        school="Castlegate School", legal="Section 20 - Accommodated", cycle="Autumn 2025/26",
        meeting="19/11/2025", meeting_iso="2025-11-19", submitted="", submitted_iso=None,
        status="In progress",
        attendance=[("Previous academic year (2024/25)", "354", "301", "40", "13", "85.0")],
        att_truth=None,
        attainment=[("English", "Working at expected", "", ""), ("Mathematics", "Working below expected", "", "")],
        views_how="",
        views=[("What's working well?", ""), ("What are you worried about?", ""), ("What needs to happen?", "")],
        prev=[("To improve attendance", "Not achieved")],
        targets=[
            ("T1", "Leah will read for 20 minutes three times a week with her reading mentor and record each session in her reading log until the February half-term",
             "English", "Reading log shows 3 sessions a week", "13/02/2026", "Reading mentor"),
            ("T2", "Leah will attend the Friday lunchtime art club for the rest of the autumn term",
             "Wellbeing", "Register of attendance at club", "19/12/2025", "Head of Year"),
        ],
        pp=[("T1", "Reading mentor time, 3 x 20 minutes a week for 12 weeks", "Learning support", "3 x weekly", "240.00"),
            ("", "Contribution to Year 9 residential trip", "School", "One-off", "180.00")],
        pp_total="420.00",
        pea="",
        impact="",
        vs_comment="Returned: pupil views missing; no current attendance; no maths target. Review again.",
    ),
]


def render(d, path):
    parts = [f"<html><head><style>{CSS}</style></head><body>",
             f"<span class='exp'>{E(d['submitted'] or '20/11/2025')} 09:14</span>",
             "<h1>Personal Education Plan</h1>",
             f"<p>PEP Cycle: <b>{E(d['cycle'])}</b> &nbsp;&nbsp; PEP Status: <b>{E(d['status'])}</b> "
             f"&nbsp;&nbsp; Phase collection: EYFS | KS1 | KS2 | KS3 | <b>KS4</b> | Post-16</p>",
             "<h2>Section A - Essential Information</h2>",
             kv([("Forename", d["forename"]), ("Surname", d["surname"]), ("Date of Birth", d["dob"]),
                 ("UPN", d["upn"]), ("NC Year", d["ncy"]), ("Current School", d["school"]),
                 ("Legal Status", d["legal"]), ("PEP Meeting Date", d["meeting"]),
                 ("Date submitted to Virtual School", d["submitted"])]),
             "<h2>Section B - Attainment Tracking and Attendance Monitoring</h2>",
             "<h3>Attendance monitoring</h3>",
             grid(["Period", "Possible sessions", "Sessions attended", "Authorised absence", "Unauthorised absence",
                   "Attendance %"], d["attendance"]),
             "<h3>Attainment tracking (GCSE grades)</h3>",
             grid(["Subject", "Current working grade", "Predicted grade", "Target grade"], d["attainment"]),
             "<h2>Section C - Young Person's Views Prior to the Meeting</h2>",
             "<p class='note'>Views can be recorded in any form and uploaded to this page. Makaton questions are also "
             "available on this page. Questions follow the Signs of Safety model.</p>",
             f"<p><b>How were the views gathered?</b> {E(d['views_how'])}</p>"]
    for q, a in d["views"]:
        parts.append(f"<div class='q'>{E(q)}</div><div class='ans'>{E(a)}</div>")
    parts += ["<h2>Section D - Review of Previous Targets</h2>",
              grid(["Previous target", "Outcome"], d["prev"]),
              "<h2>Section E - SMART Targets</h2>",
              grid(["Ref", "Target", "Subject", "Success criteria", "By when", "Lead"], d["targets"]),
              "<h2>Section F - Pupil Premium Tracking</h2>",
              f"<p><b>Impact of last cycle's PP+:</b> {E(d['impact'])}</p>",
              grid(["Target ref", "Intervention / resource", "Provider", "Frequency", "Cost (£)"], d["pp"]),
              f"<p><b>Total PP+ requested this cycle: £{E(d['pp_total'])}</b></p>",
              f"<p>{E(d['pea'])}</p>",
              "<h2>Section G - Virtual School Quality Assurance</h2>",
              kv([("PEP grading", d["status"]), ("VS officer comment", d["vs_comment"])]),
              "<p class='note'>PP+ is paid on the basis of the PEP being graded as 'approved'.</p>",
              "</body></html>"]
    from weasyprint import HTML
    HTML(string="".join(parts)).write_pdf(path)


def truth(d, fname):
    t_idx = {ref: i + 1 for i, (ref, *_r) in enumerate(d["targets"])}
    voice = [a for _q, a in d["views"] if a]
    areas = [t[2] for t in d["targets"]]
    return {
        "layout": LAYOUT, "file": fname, "inspired_by": INSPIRED,
        "quirks": ["forename and surname in separate fields", "views in Section C under Signs of Safety questions",
                   "attendance table with previous year and current year rows", "previous targets reviewed in a table (not new targets)",
                   "PP+ tracking table keyed by target ref T1/T2", "PEA (Personal Education Allowance) line is not PP+",
                   "status word instead of sign-off date", "running page header/footer"],
        "child_name": f"{d['forename']} {d['surname']}", "child_first_name": d["forename"], "school": d["school"],
        "year_group": int(d["ncy"].split()[-1]),
        "meeting_date": d["meeting_iso"], "completed_date": d["submitted_iso"],
        "attendance_percent": d["att_truth"],
        "pupil_voice": voice,
        "targets": [{"text": t[1], "area": t[2]} for t in d["targets"]],
        "english_target": "English" in areas, "maths_target": "Maths" in areas,
        "pp_spend": [{"description": p[1], "cost": float(p[4]), "target": t_idx.get(p[0])} for p in d["pp"]],
        "pp_requested": float(d["pp_total"]),
    }


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for d in INSTANCES:
        fname = f"{LAYOUT}-{d['n']}.pdf"
        render(d, os.path.join(out_dir, fname))
        with open(os.path.join(out_dir, f"{LAYOUT}-{d['n']}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth(d, fname), f, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
