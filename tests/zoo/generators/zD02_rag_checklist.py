"""zD02: a secondary PEP led by a RAG-rated checklist, one table per target (PDF)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_D import html_pdf, esc, write_truth, main

LAYOUT = "zD02-rag-checklist"
INSP = "real-forms.md entries 8 (checklist lines), 15 (RAG, PPG/PEPSA), 31 (fixed targets); label variants 'Attendance', 'Sign-off and status words'"
QUIRKS = ["RAG checklist before any pupil details", "header row not first (title row above the labels)",
          "surname and forename in separate cells", "tick-box options printed inline",
          "one table per target", "PP+ called PEPSA, cost worked out inside the target table"]

CASES = [
    dict(n=1, sur="Ashdown", fore="Kieran", school="Greyfriars Academy", ncy="9", yg=9,
         meet="Thursday 6 November 2025", meet_iso="2025-11-06", done="13 November 2025", done_iso="2025-11-13",
         att="94.1", att_v=94.1,
         rag=[("Attendance", "AMBER", "94.1% this year; two days lost to illness in October"),
              ("Young person's views", "GREEN", "Kieran completed the views page before the meeting"),
              ("Targets (English, maths, one personal)", "GREEN", "Three targets set"),
              ("PEPSA costed and linked", "GREEN", "Each line linked to a target")],
         voice=[("What is going well?", "I am doing better in science because Mr Hale explains it twice."),
                ("What is hard?", "English essays are hard because I don't know how to start them."),
                ("What would help?", "Someone to help me plan my essays before I write them.")],
         targets=[dict(area="English", label="English",
                       text="Kieran will plan and write a PEE paragraph on a set text scoring 6/10 or more by the February PEP",
                       who="English teacher and PEPSA tutor, weekly", sp="GCSE English tutor, 1 hour a week for 10 weeks",
                       cost="£35 x 10 = £350", cost_v=350.0),
                  dict(area="Maths", label="Maths",
                       text="Kieran will solve two-step linear equations with 80% accuracy on the end-of-unit test in December 2025",
                       who="Maths teacher, with homework on Sparx", sp="Sparx Maths homework club, after school on Tuesdays",
                       cost="£10 x 12 sessions = £120", cost_v=120.0),
                  dict(area="Personal development", label="Personal",
                       text="Kieran will attend the Thursday football club every week until Christmas",
                       who="PE department", sp="", cost="None needed", cost_v=None)],
         total="£470", total_v=470.0, first_pep="☐ Yes  ☒ No"),
    dict(n=2, sur="Mensah", fore="Abena", school="Tollgate School", ncy="10", yg=10,
         meet="Tuesday 18 November 2025", meet_iso="2025-11-18", done="", done_iso=None,
         att="88.2", att_v=88.2,
         rag=[("Attendance", "RED", "88.2% this year (persistent absence)"),
              ("Young person's views", "RED", "Views page not completed"),
              ("Targets (English, maths, one personal)", "AMBER", "No maths target"),
              ("PEPSA costed and linked", "AMBER", "One line not linked")],
         voice=[("What is going well?", "Did not want to give views"),
                ("What is hard?", ""), ("What would help?", "")],
         targets=[dict(area="English", label="English",
                       text="Abena will read one chapter of her class novel each week and answer 3 retrieval questions by 30 January 2026",
                       who="Form tutor, Monday morning reading", sp="Reading mentor sessions, 20 minutes weekly",
                       cost="£12 x 10 = £120", cost_v=120.0),
                  dict(area="Attendance", label="Personal",
                       text="Abena will improve her attendance to 92% by the end of the spring term",
                       who="Attendance officer and carer", sp="", cost="", cost_v=None)],
         unlinked=("Contribution to Year 10 residential trip", "£150", 150.0),
         total="£270", total_v=270.0, first_pep="☒ Yes  ☐ No"),
]

CSS = ".rag-GREEN{background:#b9e3b0}.rag-AMBER{background:#ffd98a}.rag-RED{background:#f4a3a3} .title{background:#23395d;color:white;font-weight:bold}"


def build_one(c, out_dir):
    h = ["<p><b>Coldmere Borough Council - Virtual School</b></p><h1>Personal Education Plan: Quality Checklist and Plan</h1>",
         "<p>Complete the checklist with the Designated Teacher at the start of the meeting. RAG each line.</p>",
         "<table><tr><th>Checklist</th><th>RAG</th><th>Evidence / comment</th></tr>"]
    for a, r, e in c["rag"]:
        h.append(f"<tr><td>{esc(a)}</td><td class='rag-{r}'>{r}</td><td>{esc(e)}</td></tr>")
    h.append("</table>")
    h.append("<table><tr><td class='title' colspan='5'>PUPIL DETAILS</td></tr>"
             "<tr><th>Surname</th><th>Forename</th><th>NCY</th><th>School</th><th>Date of PEP</th></tr>"
             f"<tr><td>{esc(c['sur'])}</td><td>{esc(c['fore'])}</td><td>{c['ncy']}</td><td>{esc(c['school'])}</td><td>{esc(c['meet'])}</td></tr></table>")
    h.append(f"<p>Is this the first PEP at this school? {c['first_pep']}&nbsp;&nbsp;&nbsp; SEN status: ☒ None ☐ SEN support ☐ EHCP</p>")
    h.append(f"<p>Attendance (% this academic year): <b>{c['att']}%</b> &nbsp;&nbsp; Suspensions this term: 0</p>")
    h.append("<h2>Young person's views</h2><table>")
    for q, a in c["voice"]:
        h.append(f"<tr><td style='width:30%'><b>{esc(q)}</b></td><td>{esc(a)}</td></tr>")
    h.append("</table>")
    h.append("<h2>Targets</h2>")
    for i, t in enumerate(c["targets"], 1):
        h.append(f"<table><tr><td class='title' colspan='2'>Target {i} - {t['label']}</td></tr>"
                 f"<tr><td style='width:30%'>What will be achieved</td><td>{esc(t['text'])}</td></tr>"
                 f"<tr><td>Who / how often</td><td>{esc(t['who'])}</td></tr>"
                 f"<tr><td>PEPSA funding</td><td>{esc(t['sp'])}</td></tr>"
                 f"<tr><td>Cost</td><td>{esc(t['cost'])}</td></tr></table>")
    if c.get("unlinked"):
        h.append("<h3>Other PEPSA requests</h3><table><tr><th>Item</th><th>Cost</th></tr>"
                 f"<tr><td>{esc(c['unlinked'][0])}</td><td>{c['unlinked'][1]}</td></tr></table>")
    h.append(f"<p><b>Total PEPSA requested:</b> {c['total']}</p>")
    h.append(f"<table><tr><th>Signed off by DT (date)</th><th>Young person</th></tr><tr><td>{esc(c['done'])}</td>"
             f"<td>I agree with this plan. {esc(c['fore'] + ' ' + c['sur'])}</td></tr></table>")
    fname = f"{LAYOUT}-{c['n']}.pdf"
    html_pdf("".join(h), os.path.join(out_dir, fname), CSS)
    voice = [a for q, a in c["voice"] if a and a != "Did not want to give views"]
    spend = [{"description": t["sp"], "cost": t["cost_v"], "target": i}
             for i, t in enumerate(c["targets"], 1) if t["sp"]]
    if c.get("unlinked"):
        spend.append({"description": c["unlinked"][0], "cost": c["unlinked"][2], "target": None})
    areas = [t["area"] for t in c["targets"]]
    write_truth(out_dir, fname, dict(layout=LAYOUT, inspired_by=INSP, quirks=QUIRKS,
                child_name=c["fore"] + " " + c["sur"], child_first_name=c["fore"], school=c["school"],
                year_group=c["yg"], meeting_date=c["meet_iso"], completed_date=c["done_iso"],
                attendance_percent=c["att_v"], pupil_voice=voice,
                targets=[{"text": t["text"], "area": t["area"]} for t in c["targets"]],
                english_target="English" in areas, maths_target="Maths" in areas, pp_spend=spend,
                pp_requested=c["total_v"]))


def build(out_dir):
    for c in CASES:
        build_one(c, out_dir)


if __name__ == "__main__":
    main(build)
