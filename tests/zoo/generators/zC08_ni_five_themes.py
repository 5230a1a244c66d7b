"""zC08 - Northern Ireland-style primary PEP structured around five themes (PDF), class P6.

Inspired by real-forms.md entry 26 (revised primary PEP "structured around five themes - care arrangements,
educational arrangements, emotional health and wellbeing, learn and achieve, and play and leisure"; "Section 2 of
the Personal Education Plan ... will be sent out by the child/young person's social worker"; "Core Network Around the
Child"; "Trust" instead of local authority) and quirk 27 (outside England). Quirks: themes instead of numbered
sections, targets spread across the themes, primary class "P6" instead of an English year, no Pupil Premium Plus at
all (a Trust-funded resource line is not PP+). Fictional Trust, schools and children.
"""
import html
import json
import os
import sys

LAYOUT = "zC08-ni-five-themes"
INSPIRED = "real-forms.md entry 26 (and 'What a reader must cope with' 27)"
E = html.escape

CSS = """
@page { size: A4; margin: 16mm 15mm 16mm 15mm;
  @top-right { content: "Personal Education Plan (Primary) - RESTRICTED"; font-size: 7pt; color: #555; }
  @bottom-center { content: "Page " counter(page); font-size: 7pt; color: #555; } }
body { font-family: "DejaVu Serif"; font-size: 9.5pt; font-variant-ligatures: none; }
.t1 { font-size: 15pt; font-weight: bold; }
.t2 { font-size: 10pt; margin-bottom: 8pt; }
h2 { font-size: 11pt; border-left: 5pt solid #2e7d32; padding-left: 5pt; margin: 12pt 0 4pt 0; }
h3 { font-size: 9.5pt; font-style: italic; margin: 6pt 0 2pt 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 6pt; }
td, th { border: 0.6pt solid #888; padding: 3pt 4pt; text-align: left; vertical-align: top; }
th { background: #e8f5e9; }
p { margin: 2pt 0 4pt 0; }
.line { margin: 2pt 0; }
"""

THEMES = ["1. Care arrangements", "2. Educational arrangements", "3. Emotional health and wellbeing",
          "4. Learn and achieve", "5. Play and leisure"]

INSTANCES = [
    dict(
        n=1, name="Orla McCartan", first="Orla", dob="04/12/2015", cls="P6", school="St Columba's Primary School, Ballykeel",
        trust="Mourne and Glens Health and Social Care Trust", meeting="27 January 2026", meeting_iso="2026-01-27",
        prev="30 September 2025", completed="3 February 2026", completed_iso="2026-02-03",
        network=[("Orla McCartan", "Child", "Yes"), ("Mrs Bronagh Kelly", "Foster carer", "Yes"),
                 ("Conor Devlin", "Social worker (Trust)", "Yes"), ("Mr Peter Gault", "Designated Teacher for LAC", "Yes"),
                 ("Ms Aine Rooney", "Education Authority LAC education officer", "No - report sent")],
        views_by="Section 2 was sent out by Orla's social worker on 12 January 2026 and completed with her carer.",
        views=[("Where I live", "I like living with Bronagh and the dogs. I want to stay here."),
               ("My school", "My teacher Mr Gault is kind and he lets me help in the library."),
               ("How I feel", "Sometimes I get a sore tummy before I see my mum."),
               ("My learning", "I find the times tables hard, especially the 7s."),
               ("Things I do for fun", "I want to play Gaelic football like my cousin.")],
        care="Orla has lived with her foster carer since March 2024 on a Care Order. Contact with her mother is fortnightly, supervised by the Trust.",
        edu="Orla is in P6 (Key Stage 2) at St Columba's Primary School. Transport: walks with carer.",
        attendance="Attendance to date this school year: 97%", att=97.0,
        sen="No special educational needs identified. School-based reading support in place.",
        working="Orla is settled and has two close friends. She can become anxious before family time.",
        targets=[
            ("3", "Orla will meet her Healthy Me mentor every Wednesday and use the feelings scale to tell her mentor how her week has been, until the summer PEP",
             "School mentor; carer to use the same scale at home", "Mentor", "June 2026", "Wellbeing"),
            ("4", "Orla will read a P6 level class novel and answer 4 out of 5 inference questions correctly on each chapter quiz by the Easter holidays",
             "Guided reading group three times a week", "Class teacher", "Easter 2026", "English"),
            ("4", "Orla will learn her 6, 7 and 8 times tables and score 18/20 or more on the weekly mental maths test by the end of March 2026",
             "Daily 5-minute tables practice; tables app at home with carer", "Class teacher and carer", "31 March 2026", "Maths"),
            ("5", "Orla will join the school's Gaelic football club on Thursdays and attend at least 8 of the 10 sessions this term",
             "Carer to collect at 4.30pm on Thursdays", "Carer", "Easter 2026", "Play and leisure"),
        ],
        leisure="Orla enjoys drawing and swimming. Letterbox Club parcels continue (Trust-funded).",
    ),
    dict(
        n=2, name="Cian Doherty", first="Cian", dob="21/03/2016", cls="P6", school="Glenmore Integrated Primary School",
        trust="Mourne and Glens Health and Social Care Trust", meeting="10 February 2026", meeting_iso="2026-02-10",
        prev="7 October 2025", completed="", completed_iso=None,
        network=[("Mr Sean Doherty", "Kinship carer (grandfather)", "Yes"), ("Lisa Grant", "Social worker (Trust)", "Yes"),
                 ("Mrs Karen Boyd", "Designated Teacher for LAC", "Yes")],
        views_by="Section 2 was sent out by the social worker but was not returned before the meeting.",
        views=[("Where I live", ""), ("My school", ""), ("How I feel", ""), ("My learning", ""), ("Things I do for fun", "")],
        care="Cian lives with his grandfather under a kinship care arrangement.",
        edu="Cian is in P6 (Key Stage 2) at Glenmore Integrated Primary School.",
        attendance="Attendance to date this school year: 92.5%", att=92.5,
        sen="Stage 2 of the Code of Practice - literacy.",
        working="Cian is polite and well liked.",
        targets=[
            ("4", "Cian will use his phonics mat to spell 15 of the 20 P5 common exception words correctly in his weekly test by the Easter holidays",
             "Reading Partnership sessions, 3 x 15 minutes a week", "Classroom assistant", "Easter 2026", "English"),
            ("3", "Cian will be happier in school",
             "", "Everyone", "", "Wellbeing"),
        ],
        leisure="Cian likes football and video games.",
    ),
]


def render(d, path):
    p = [f"<html><head><style>{CSS}</style></head><body>",
         "<div class='t1'>Personal Education Plan - Primary</div>",
         f"<div class='t2'>{E(d['trust'])} with the Education Authority | Looked After Children</div>",
         f"<p class='line'><b>Name:</b> {E(d['name'])} &nbsp;&nbsp; <b>Date of birth:</b> {E(d['dob'])} &nbsp;&nbsp; "
         f"<b>Class:</b> {E(d['cls'])}</p>",
         f"<p class='line'><b>School:</b> {E(d['school'])}</p>",
         f"<p class='line'><b>Date of this PEP meeting:</b> {E(d['meeting'])} &nbsp;&nbsp; <b>Previous PEP:</b> {E(d['prev'])}</p>",
         "<h2>Core Network Around the Child</h2><table><tr><th>Name</th><th>Role</th><th>At meeting</th></tr>"]
    for row in d["network"]:
        p.append("<tr>" + "".join(f"<td>{E(x)}</td>" for x in row) + "</tr>")
    p.append("</table><h2>Section 2 - My views</h2>")
    p.append(f"<p><i>{E(d['views_by'])}</i></p><table>")
    for q, a in d["views"]:
        p.append(f"<tr><td style='width:28%'><b>{E(q)}</b></td><td>{E(a)}</td></tr>")
    p.append("</table>")

    def targets_for(theme_no):
        rows = [t for t in d["targets"] if t[0] == theme_no]
        if not rows:
            return ""
        s = ["<h3>What we want to achieve</h3><table><tr><th>Target</th><th>Actions</th><th>Who</th><th>By when</th></tr>"]
        for _th, text, act, who, by, _a in rows:
            s.append(f"<tr><td style='width:45%'>{E(text)}</td><td>{E(act)}</td><td>{E(who)}</td><td>{E(by)}</td></tr>")
        s.append("</table>")
        return "".join(s)

    p.append(f"<h2>{THEMES[0]}</h2><p>{E(d['care'])}</p>")
    p.append(f"<h2>{THEMES[1]}</h2><p>{E(d['edu'])}</p><p>{E(d['attendance'])}</p>")
    p.append(f"<h2>{THEMES[2]}</h2><p>{E(d['working'])}</p>{targets_for('3')}")
    p.append(f"<h2>{THEMES[3]}</h2><p>{E(d['sen'])}</p>{targets_for('4')}")
    p.append(f"<h2>{THEMES[4]}</h2><p>{E(d['leisure'])}</p>{targets_for('5')}")
    p.append("<h2>Agreement</h2>"
             f"<p>PEP completed by Designated Teacher and circulated to the Core Network: {E(d['completed'])}</p>"
             "<p>Next PEP: summer term 2026</p></body></html>")
    from weasyprint import HTML
    HTML(string="".join(p)).write_pdf(path)


def truth(d, fname):
    order = sorted(d["targets"], key=lambda t: t[0])  # document order: themes 3, 4, 5 (stable within a theme)
    areas = [t[5] for t in order]
    return {
        "layout": LAYOUT, "file": fname, "inspired_by": INSPIRED,
        "quirks": ["five themes instead of numbered sections", "targets spread across themes 3, 4 and 5",
                   "Northern Ireland primary class 'P6' (= NCY Year 5) instead of an English year group",
                   "'Trust' and 'Core Network Around the Child'", "child's views are 'Section 2', sent out by the social worker",
                   "no Pupil Premium Plus at all (Trust-funded Letterbox Club is not PP+)", "dates written out in words"],
        "child_name": d["name"], "child_first_name": d["first"], "school": d["school"], "year_group": 5,
        "meeting_date": d["meeting_iso"], "completed_date": d["completed_iso"], "attendance_percent": d["att"],
        "pupil_voice": [a for _q, a in d["views"] if a],
        "targets": [{"text": t[1], "area": t[5]} for t in order],
        "english_target": "English" in areas, "maths_target": "Maths" in areas,
        "pp_spend": [], "pp_requested": None,
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
