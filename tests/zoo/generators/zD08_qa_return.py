"""zD08: a Virtual School 'PEP quality assurance return' carrying a secondary subject-by-subject grid (PDF)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_D import html_pdf, esc, write_truth, main

LAYOUT = "zD08-qa-return"
INSP = "real-forms.md entries 2 (statuses, 'Review again'), 3 ('approved'), 15 (RAG), 28 ('Personal Education Plan Feedback Form'); label variants 'Sign-off and status words'"
QUIRKS = ["QA officer's return that quotes the PEP (PEP content mixed with QA judgements)",
          "two dates near each other: DT submission date (completed) vs QA date (not the PEP's)",
          "subject-by-subject attainment grid before the targets", "targets copied into a QA table with Y/N SMART column",
          "PP+ lines with 'Linked target' and 'Fundable?' columns", "surname-first name 'SURNAME, Forename' plus full name in QA comments"]

CASES = [
    dict(n=1, name="Oliver Stenning", first="Oliver", sur="STENNING", school="Marlpit Academy", yg=8,
         meet="04/11/2025", meet_iso="2025-11-04", sub="11/11/2025", done_iso="2025-11-11", qa="19/11/2025",
         att="96.8%", att_v=96.8,
         grid=[("English", "6-", "6+", "Good", "Enjoys the class novel; needs to develop paragraphs"),
               ("Maths", "5", "6", "Good", "Secure on fractions, weaker on algebra"),
               ("Science", "5+", "6", "Excellent", "Strong practical work"),
               ("History", "6", "6+", "Good", "")],
         voice=["I like maths when we do it on the whiteboards because I can rub it out.",
                "I want to be a paramedic like my uncle."],
         targets=[("Oliver will write an analytical paragraph using a quotation and one technique, scoring 4/6 on the December assessment", "English", "Y"),
                  ("Oliver will simplify expressions and expand single brackets with 80% accuracy on the Sparx checkpoint by 30 January 2026", "Maths", "Y"),
                  ("Oliver will attend the St John Ambulance cadets taster session before the February PEP", "Aspirations", "Y")],
         spend=[("Small-group English intervention, 1 x 50 minutes a week for 12 weeks", "T1", "£300", 300.0, "Yes"),
                ("Maths tutoring (Third Space Learning), 10 sessions", "T2", "£250", 250.0, "Yes")],
         total="£550", total_v=550.0, outcome="Approved - PP+ released", grade="Good"),
    dict(n=2, name="Lacey Vaughan", first="Lacey", sur="VAUGHAN", school="St Cuthbert's RC High School", yg=7,
         meet="13/11/2025", meet_iso="2025-11-13", sub="02/12/2025", done_iso="2025-12-02", qa="08/12/2025",
         att="Not provided", att_v=None,
         grid=[("English", "4", "5", "Good", "Reading age 10.2"),
               ("Maths", "3+", "4+", "Requires improvement", "Gaps in place value"),
               ("Science", "4", "5", "Good", "")],
         voice=[],
         targets=[("Lacey will read aloud to her carer for 10 minutes 4 nights a week and log it in her planner until the spring PEP", "English", "Y"),
                  ("Lacey will try harder in lessons", "Behaviour", "N")],
         spend=[("Reading age assessment and phonics top-up, 6 x 30 minutes", "T1", "£180", 180.0, "Yes"),
                ("School uniform and PE kit", "", "£120", 120.0, "No - not fundable")],
         total="£300", total_v=300.0, outcome="Review again - returned to DT", grade="Requires improvement"),
]

CSS = ".k{width:22%;font-weight:bold;background:#f3f3f3}"


def build_one(c, out_dir):
    h = ["<p><b>Brackenford Virtual School</b> - Quality Assurance Team</p>",
         "<h1>PEP Quality Assurance Return</h1>",
         "<p><i>Completed by the VS officer for every PEP received. Sections marked PEP are copied from the PEP as submitted.</i></p>",
         "<table>",
         f"<tr><td class='k'>Pupil (SURNAME, Forename)</td><td>{esc(c['sur'] + ', ' + c['first'])}</td><td class='k'>NCY</td><td>{c['yg']}</td></tr>",
         f"<tr><td class='k'>School</td><td>{esc(c['school'])}</td><td class='k'>PEP term</td><td>Autumn 2025</td></tr>",
         f"<tr><td class='k'>Date of PEP meeting</td><td>{c['meet']}</td><td class='k'>Date PEP submitted by DT</td><td>{c['sub']}</td></tr>",
         f"<tr><td class='k'>Date of this QA</td><td>{c['qa']}</td><td class='k'>QA officer</td><td>R. Whitcombe</td></tr>",
         "</table>",
         "<h2>1. Attainment and progress (PEP)</h2>",
         "<table><tr><th>Subject</th><th>Working at</th><th>End of year target</th><th>Effort</th><th>Teacher comment</th></tr>"]
    for r in c["grid"]:
        h.append("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>")
    h.append("</table>")
    h.append(f"<p><b>Attendance this year (PEP):</b> {esc(c['att'])} &nbsp;&nbsp; <b>Suspensions:</b> none recorded</p>")
    h.append("<h2>2. Pupil voice (PEP)</h2><table><tr><td>" + "<br/>".join(esc(v) for v in c["voice"]) + "</td></tr></table>")
    if not c["voice"]:
        h.append("<p><b>QA comment:</b> The pupil voice section is blank and no reason is given.</p>")
    h.append("<h2>3. New targets (PEP) and SMART check (QA)</h2><table><tr><th>No.</th><th>Target</th><th>Area</th><th>SMART? Y/N</th></tr>")
    for i, (t, a, s) in enumerate(c["targets"], 1):
        h.append(f"<tr><td>T{i}</td><td>{esc(t)}</td><td>{esc(a)}</td><td>{s}</td></tr>")
    h.append("</table>")
    h.append("<h2>4. PP+ request (PEP) and funding check (QA)</h2><table><tr><th>Intervention</th><th>Linked target</th><th>Cost</th><th>Fundable?</th></tr>")
    for d, t, co, v, f in c["spend"]:
        h.append(f"<tr><td>{esc(d)}</td><td>{t}</td><td>{co}</td><td>{esc(f)}</td></tr>")
    h.append(f"<tr><td><b>Total PP+ requested</b></td><td></td><td>{c['total']}</td><td></td></tr></table>")
    h.append("<h2>5. QA outcome</h2>")
    h.append(f"<table><tr><td class='k'>Overall grade</td><td>{c['grade']}</td></tr><tr><td class='k'>Status</td><td>{c['outcome']}</td></tr>"
             f"<tr><td class='k'>Feedback to DT</td><td>Thank you for {esc(c['name'])}'s PEP. "
             + ("Targets are specific and clearly linked to the PP+ request." if c["n"] == 1 else
                "Please add a maths target, record attendance and capture Lacey's views before resubmitting.")
             + "</td></tr></table>")
    fname = f"{LAYOUT}-{c['n']}.pdf"
    html_pdf("".join(h), os.path.join(out_dir, fname), CSS)
    areas = [t[1] for t in c["targets"]]
    write_truth(out_dir, fname, dict(layout=LAYOUT, inspired_by=INSP, quirks=QUIRKS, child_name=c["name"],
                child_first_name=c["first"], school=c["school"], year_group=c["yg"], meeting_date=c["meet_iso"],
                completed_date=c["done_iso"], attendance_percent=c["att_v"], pupil_voice=c["voice"],
                targets=[{"text": t[0], "area": t[1]} for t in c["targets"]],
                english_target="English" in areas, maths_target="Maths" in areas,
                pp_spend=[{"description": d, "cost": v, "target": int(t[1:]) if t else None} for d, t, co, v, f in c["spend"]],
                pp_requested=c["total_v"]))


def build(out_dir):
    for c in CASES:
        build_one(c, out_dir)


if __name__ == "__main__":
    main(build)
