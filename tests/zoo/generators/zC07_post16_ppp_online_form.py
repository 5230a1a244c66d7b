"""zC07 - post-16 "Personal Progression Plan (PPP)" output by an online PEP form (PDF).

Inspired by real-forms.md entry 25 (post-16 naming variants: Worcestershire's "Personal Progression Plan (PPP)"
reviewed 3 times a year with "Post 16 Learning Advocates"; the PETP's "Designated Tutor" and "Around three
targets"; Surrey's "Student's View page") and entry 22 (Central Bedfordshire: a new online form each term opened with
a form ID, mandatory fields that may hold "N/A", "once submitted, no further changes can be made", output sent as a
PDF). Quirks: labels above values, "PPP" means the plan while the money is PP+, N/A in mandatory fields, a bursary
line that is not PP+. Fictional authority, college and students.
"""
import html
import json
import os
import sys

LAYOUT = "zC07-post16-ppp-online-form"
INSPIRED = "real-forms.md entries 25, 22"
E = html.escape

CSS = """
@page { size: A4; margin: 15mm 15mm 15mm 15mm;
  @bottom-left { content: "Generated automatically from the online PEP form. Once submitted, no further changes can be made."; font-size: 6.5pt; color: #666; }
  @bottom-right { content: counter(page) "/" counter(pages); font-size: 7pt; } }
body { font-family: "DejaVu Sans"; font-size: 9pt; font-variant-ligatures: none; }
.top { border-bottom: 2pt solid #00695c; padding-bottom: 4pt; margin-bottom: 6pt; }
.t1 { font-size: 13pt; font-weight: bold; color: #00695c; }
.meta { font-size: 8pt; color: #333; }
h2 { font-size: 10pt; color: white; background: #00695c; padding: 2pt 5pt; margin: 10pt 0 4pt 0; }
.f { margin: 0 0 5pt 0; }
.lab { font-size: 7.5pt; color: #444; margin-bottom: 1pt; }
.val { border: 0.6pt solid #aaa; background: #fafafa; padding: 3pt 4pt; min-height: 10pt; }
table { border-collapse: collapse; width: 100%; margin-bottom: 5pt; }
td, th { border: 0.6pt solid #999; padding: 3pt 4pt; text-align: left; vertical-align: top; }
th { background: #e0f2f1; }
.two { display: flex; gap: 8pt; } .two > div { flex: 1; }
"""


def field(label, value, mandatory=True):
    star = " *" if mandatory else ""
    return f"<div class='f'><div class='lab'>{E(label)}{star}</div><div class='val'>{E(value)}</div></div>"


INSTANCES = [
    dict(
        n=1, name="Jade Whitcombe", first="Jade", dob="07/05/2009", ncy="12", form_id="P16-2526-0417",
        provider="Kingsmead College", course="Level 2 Diploma in Health and Social Care (Year 1 of 1)",
        meeting="02/12/2025", meeting_iso="2025-12-02", submitted="05/12/2025 16:41", submitted_iso="2025-12-05",
        tutor="Ms Carla Fenwick", advocate="Dan Whitlock", pathway="Yes - reviewed 14/11/2025",
        attendance="86.4%", att=86.4, ptt="N/A",
        em=[("English", "GCSE grade 3 (June 2025)", "GCSE English Language resit"),
            ("Maths", "GCSE grade 3 (June 2025)", "GCSE Maths resit")],
        views=[("How is your course going?", "The course is good but the assignments pile up and I panic."),
               ("What would help you?", "Having someone check my work before I hand it in."),
               ("Where do you see yourself in a year?", "Doing the Level 3 course and then nursing at uni.")],
        targets=[
            dict(text="Jade will attend all three weekly GCSE maths resit lessons and score at least a grade 4 on the March 2026 mock, up from a grade 3 in November",
                 kind="Maths", actions="Maths resit tutor; attendance checked weekly by Designated Tutor", by="20/03/2026"),
            dict(text="Jade will complete one timed GCSE English reading paper each fortnight with her English tutor and reach grade 4 in the March 2026 mock",
                 kind="English", actions="English tutor marks each paper and gives one next step", by="20/03/2026"),
            dict(text="Jade will complete 30 hours of her work placement at Elmfield Care Home and have a signed placement log by the end of the spring term",
                 kind="Careers / progression", actions="Work placement coordinator; Learning Advocate to check in", by="27/03/2026"),
        ],
        pp=[("Target 1", "Weekly 1:1 maths resit tuition, 1 hour x 10 weeks at £32 an hour", "£320.00", 320.0, 1),
            ("Target 2", "GCSE English revision guide and past paper pack", "£18.00", 18.0, 2)],
        total="£338.00", total_n=338.0,
        other_support="16-19 Bursary (college-funded): monthly bus pass, £48 a month. Not part of this PP+ request.",
    ),
    dict(
        n=2, name="Callum Reeve", first="Callum", dob="15/01/2008", ncy="13", form_id="P16-2526-0562",
        provider="Northway Sixth Form College", course="Level 3 Extended Diploma in Engineering (Year 2)",
        meeting="20/01/2026", meeting_iso="2026-01-20", submitted="28/01/2026 10:05", submitted_iso="2026-01-28",
        tutor="Mr Imran Qureshi", advocate="Dan Whitlock", pathway="Yes",
        attendance="N/A", att=None, ptt="N/A",
        em=[("English", "GCSE grade 5 (June 2024)", "N/A - achieved"),
            ("Maths", "GCSE grade 4 (June 2024)", "N/A - achieved")],
        views=[("How is your course going?", "N/A"), ("What would help you?", "N/A"),
               ("Where do you see yourself in a year?", "N/A")],
        targets=[
            dict(text="Callum will apply for three engineering apprenticeships by 31 January 2026 with help from the college careers adviser",
                 kind="Careers / progression", actions="Careers adviser, one appointment a fortnight", by="31/01/2026"),
            dict(text="Callum will hand in his Unit 4 assignment on time",
                 kind="Course", actions="Designated Tutor", by="N/A"),
        ],
        pp=[("N/A", "Ten driving lessons", "£300.00", 300.0, None)],
        total="£300.00", total_n=300.0,
        other_support="N/A",
    ),
]


def render(d, path):
    p = [f"<html><head><style>{CSS}</style></head><body>",
         "<div class='top'><div class='t1'>Post 16 Personal Education Plan (PEP) - also known at Post 16 as a "
         "Personal Progression Plan (PPP)</div>",
         f"<div class='meta'>Westmere Virtual School - Post 16 team | Online form ID: {E(d['form_id'])} | "
         f"Status: Submitted {E(d['submitted'])} | The PPP is reviewed 3 times a year.</div>"
         "<div class='meta'>Fields marked * are mandatory. For any mandatory fields not relevant to you, 'N/A' can be entered.</div></div>",
         "<h2>1. About the student</h2><div class='two'><div>",
         field("Student name", d["name"]), field("Date of birth", d["dob"]), field("NCY", d["ncy"]),
         field("Pathway Plan in place?", d["pathway"]),
         "</div><div>",
         field("College or training provider", d["provider"]), field("Study programme and level", d["course"]),
         field("Designated Tutor", d["tutor"]), field("Post 16 Learning Advocate", d["advocate"]),
         "</div></div>",
         "<h2>2. This PPP meeting</h2><div class='two'><div>", field("Date of PPP meeting", d["meeting"]),
         "</div><div>", field("Attendance (college register, this academic year)", d["attendance"]),
         "</div></div>", field("Reduced or part-time timetable - details", d["ptt"]),
         "<h2>3. English and maths</h2><table><tr><th>Subject</th><th>Highest grade achieved</th><th>Course this year</th></tr>"]
    for row in d["em"]:
        p.append("<tr>" + "".join(f"<td>{E(x)}</td>" for x in row) + "</tr>")
    p.append("</table><h2>4. Student's View page</h2>")
    for q, a in d["views"]:
        p.append(field(q, a))
    p.append("<h2>5. Targets (around three targets)</h2>")
    for i, t in enumerate(d["targets"], 1):
        p.append(field(f"Target {i}", t["text"]))
        p.append("<div class='two'><div>" + field("Type", t["kind"]) + "</div><div>" + field("Actions and who", t["actions"])
                 + "</div><div>" + field("By when", t["by"]) + "</div></div>")
    p.append("<h2>6. Post 16 Pupil Premium Plus (PP+) request</h2><table><tr><th>Linked target</th>"
             "<th>What the funding is for</th><th>Cost</th></tr>")
    for link, desc, cost, _n, _t in d["pp"]:
        p.append(f"<tr><td>{E(link)}</td><td>{E(desc)}</td><td>{E(cost)}</td></tr>")
    p.append(f"</table>{field('Total PP+ requested this term', d['total'])}")
    p.append(field("Other financial support (not PP+)", d["other_support"], mandatory=False))
    p.append(f"<h2>7. Submission</h2>{field('Submitted by Designated Tutor', d['tutor'] + ', ' + d['submitted'])}")
    p.append("</body></html>")
    from weasyprint import HTML
    HTML(string="".join(p)).write_pdf(path)


def truth(d, fname):
    kinds = [t["kind"] for t in d["targets"]]
    return {
        "layout": LAYOUT, "file": fname, "inspired_by": INSPIRED,
        "quirks": ["post-16 plan called a Personal Progression Plan (PPP); the funding is PP+",
                   "online-form output: labels above values, mandatory fields marked *", "literal 'N/A' in mandatory fields means empty",
                   "Student's View page", "NCY 12/13 with college and study programme", "16-19 Bursary line is not PP+",
                   "submission timestamp as the completion date"],
        "child_name": d["name"], "child_first_name": d["first"], "school": d["provider"], "year_group": int(d["ncy"]),
        "meeting_date": d["meeting_iso"], "completed_date": d["submitted_iso"], "attendance_percent": d["att"],
        "pupil_voice": [a for _q, a in d["views"] if a and a != "N/A"],
        "targets": [{"text": t["text"], "area": t["kind"]} for t in d["targets"]],
        "english_target": "English" in kinds, "maths_target": "Maths" in kinds,
        "pp_spend": [{"description": desc, "cost": n, "target": tg} for _l, desc, _c, n, tg in d["pp"]],
        "pp_requested": d["total_n"],
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
