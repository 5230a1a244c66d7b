"""zC04 - early years ePEP export called "My 2-4 years Learning Plan" (PDF), nursery age.

Inspired by real-forms.md entry 16 (Cheshire East: the EY PEP is not named "PEP"; first part personal
information, legal status and a brief summary of the care plan; next part health concerns, the name of the setting,
attendance and the impact of EYPP; next the child's progress against the EYFS with a comment for each area; the
children are "Cared for Children"), with ages in years and months (entry 27 / quirk 21) and a transposed
next-steps table. Fictional authority, setting and children.
"""
import html
import json
import os
import sys

LAYOUT = "zC04-my-2-4-learning-plan"
INSPIRED = "real-forms.md entry 16 (with entry 27's ages in years and months)"
E = html.escape

CSS = """
@page { size: A4; margin: 16mm 14mm 16mm 14mm;
  @bottom-right { content: "My 2-4 years Learning Plan | page " counter(page); font-size: 7pt; color: #666; } }
body { font-family: "DejaVu Sans"; font-size: 9pt; font-variant-ligatures: none; }
.banner { background: #6a2c70; color: white; padding: 6pt; font-size: 15pt; font-weight: bold; }
.sub { color: #6a2c70; font-size: 9pt; margin: 2pt 0 8pt 0; }
h2 { font-size: 10.5pt; color: #6a2c70; border-bottom: 1.2pt solid #6a2c70; margin: 12pt 0 4pt 0; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 6pt 0; }
td, th { border: 0.6pt solid #888; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #efe3f1; }
td.l { background: #f6f0f7; font-weight: bold; width: 26%; }
.box { border: 0.8pt solid #6a2c70; padding: 5pt; min-height: 24pt; margin-bottom: 6pt; }
.lab { font-weight: bold; margin-top: 6pt; }
"""

AREAS = ["Communication and language", "Physical development", "Personal, social and emotional development",
         "Literacy", "Mathematics", "Understanding the world", "Expressive arts and design"]

INSTANCES = [
    dict(
        n=1, name="Leo Farrant", first="Leo", age="3 years 4 months", dob="21/06/2022",
        setting="Little Acorns Day Nursery", room="Pre-school room (FS1 - nursery year)",
        legal="Care Order (s31), final order made 14/03/2025",
        care_plan="Leo lives with experienced foster carers, Mr and Mrs Iqbal. The plan is long-term fostering. Family time with his mother takes place fortnightly at the family centre.",
        health="Grommets fitted September 2025; hearing now within normal range. Mild eczema.",
        funded="15 hours universal (3-4 year olds) plus 15 hours extended",
        attendance="Leo attended 27 of his 30 funded sessions this half-term (90%).", att=90.0,
        eypp_impact="Last term's EYPP paid for a weekly small-group language session; Leo now joins in with familiar songs and uses 3-word phrases.",
        meeting="18th November 2025", meeting_iso="2025-11-18", completed="24/11/2025", completed_iso="2025-11-24",
        progress=["Uses 3-4 word phrases; needs time to answer questions.", "Climbs confidently; beginning to use scissors with support.",
                  "Separates from carer with a goodbye routine; plays alongside others.", "Enjoys stories at group time; recognises the first letter of his name.",
                  "Counts to 5 in play; not yet matching numerals to amounts.", "Interested in the nursery garden and minibeasts.",
                  "Loves painting and the music basket."],
        said=["Me do it!", "I like the big slide.", "Where Nana Iqbal?"],
        noticed="Leo goes to the sand tray first each morning and brings his key person the spade when he wants her to play.",
        steps=[
            dict(area="Literacy", text="Leo will find his own name card at registration time on 4 out of 5 mornings by 13 February 2026",
                 how="Key person to model name-finding daily; name cards on the welcome board",
                 eypp="Personalised name and photo cards and a magnetic welcome board", cost="£25", cost_n=25.0, by="13/02/2026"),
            dict(area="Mathematics", text="Leo will match numerals 1-3 to the right number of objects in play on 3 separate occasions by the spring Learning Plan",
                 how="Number songs and counting games in small group 3 x a week",
                 eypp="Small-group number play sessions with a trained practitioner, 3 x 15 minutes a week for 8 weeks", cost="£120", cost_n=120.0, by="06/03/2026"),
            dict(area="Personal, social and emotional development", text="Leo will take turns in a simple game with one other child and an adult for 5 minutes, seen twice a week by Christmas",
                 how="Key person-led turn-taking games at the start of each session",
                 eypp="Turn-taking board games and a visual timer", cost="£45", cost_n=45.0, by="19/12/2025"),
        ],
        other=[], total="£190.00", total_n=190.0,
    ),
    dict(
        n=2, name="Maisie Clough", first="Maisie", age="3 years 9 months", dob="02/03/2022",
        setting="Bramblewood Pre-School", room="Butterflies room (FS1 - nursery year)",
        legal="Interim Care Order (s38)",
        care_plan="Maisie is placed with her aunt under a kinship arrangement while assessments are completed.",
        health="No concerns known.",
        funded="15 hours universal (3-4 year olds)",
        attendance="Not recorded", att=None,
        eypp_impact="",
        meeting="2nd December 2025", meeting_iso="2025-12-02", completed="", completed_iso=None,
        progress=["Talks in short sentences.", "Runs and jumps well.", "Some upset at drop-off.", "Likes books with flaps.",
                  "", "", ""],
        said=[],
        noticed="",
        steps=[
            dict(area="Literacy", text="Maisie will join in with repeated refrains in a familiar story at group time, seen 3 times by 13 February 2026",
                 how="Story sack sessions twice a week with her key person",
                 eypp="Two story sacks with props for the Butterflies room", cost="£60", cost_n=60.0, by="13/02/2026"),
            dict(area="Personal, social and emotional development", text="Maisie will settle at drop-off within 5 minutes using her transition object on 4 out of 5 mornings by Christmas",
                 how="Key person greets Maisie at the door; visual timetable",
                 eypp="", cost="", cost_n=None, by="19/12/2025"),
        ],
        other=[("Outdoor waterproof suits for the pre-school", "£130", 130.0)], total="£190.00", total_n=190.0,
    ),
]


def render(d, path):
    p = [f"<html><head><style>{CSS}</style></head><body>",
         "<div class='banner'>My 2-4 years Learning Plan</div>",
         "<div class='sub'>Ashbourne Vale Virtual School - Cared for Children in the Early Years</div>",
         f"<table><tr><td class='l'>Date of Learning Plan meeting</td><td>{E(d['meeting'])}</td>"
         f"<td class='l'>Plan completed by key person</td><td>{E(d['completed'])}</td></tr></table>",
         "<h2>Part 1 - My personal information, legal status and care plan</h2>",
         "<table>"]
    for k, v in [("Name", d["name"]), ("Date of birth", d["dob"]), ("Age", d["age"]), ("Legal status", d["legal"]),
                 ("Brief summary of my care plan", d["care_plan"])]:
        p.append(f"<tr><td class='l'>{E(k)}</td><td>{E(v)}</td></tr>")
    p.append("</table><h2>Part 2 - My health, my setting, my attendance and EYPP</h2><table>")
    for k, v in [("Any health concerns", d["health"]), ("Setting I attend", d["setting"]), ("Room / group", d["room"]),
                 ("Funded hours", d["funded"]), ("Attendance", d["attendance"]),
                 ("Impact of Early Years Pupil Premium (EYPP) funding so far", d["eypp_impact"])]:
        p.append(f"<tr><td class='l'>{E(k)}</td><td>{E(v)}</td></tr>")
    p.append("</table><h2>Part 3 - My progress against the EYFS</h2>"
             "<p>Please provide comments for each area of learning.</p><table><tr><th>Area of learning</th><th>Comment</th></tr>")
    for a, c in zip(AREAS, d["progress"]):
        p.append(f"<tr><td class='l'>{E(a)}</td><td>{E(c)}</td></tr>")
    p.append("</table><h2>Part 4 - My voice</h2>"
             "<div class='lab'>Things I said (written down by my key person)</div><div class='box'>")
    p.append("<br/>".join(E(s) for s in d["said"]))
    p.append("</div><div class='lab'>What my key person noticed about what I like and how I feel</div>"
             f"<div class='box'>{E(d['noticed'])}</div>")
    p.append("<h2>Part 5 - My next steps</h2><table><tr><th></th>")
    for i in range(len(d["steps"])):
        p.append(f"<th>Next step {i + 1}</th>")
    p.append("</tr>")
    rows = [("Area of learning", lambda s: s["area"]), ("Next step", lambda s: s["text"]),
            ("How we will help", lambda s: s["how"]),
            ("EYPP support and cost", lambda s: f"{s['eypp']} - {s['cost']}" if s["eypp"] else ""),
            ("By when", lambda s: s["by"])]
    for lab, f in rows:
        p.append(f"<tr><td class='l'>{E(lab)}</td>" + "".join(f"<td>{E(f(s))}</td>" for s in d["steps"]) + "</tr>")
    p.append("</table>")
    if d["other"]:
        p.append("<div class='lab'>Other EYPP use this term</div><table>")
        for item, cost, _n in d["other"]:
            p.append(f"<tr><td>{E(item)}</td><td>{E(cost)}</td></tr>")
        p.append("</table>")
    p.append(f"<p><b>Total EYPP requested this term: {E(d['total'])}</b></p>")
    p.append("<p>Signed by the setting's designated person and sent to the Virtual School Early Years team.</p></body></html>")
    from weasyprint import HTML
    HTML(string="".join(p)).write_pdf(path)


def truth(d, fname):
    spend = [{"description": s["eypp"], "cost": s["cost_n"], "target": i}
             for i, s in enumerate(d["steps"], 1) if s["eypp"]]
    spend += [{"description": item, "cost": n, "target": None} for item, _c, n in d["other"]]
    areas = [s["area"] for s in d["steps"]]
    return {
        "layout": LAYOUT, "file": fname, "inspired_by": INSPIRED,
        "quirks": ["EY plan not called a PEP ('My 2-4 years Learning Plan')", "age in years and months, no year group label (FS1 nursery year)",
                   "attendance as a sentence of sessions attended", "EYPP instead of PP+",
                   "transposed next-steps table (one column per target)", "EYPP cost inside the target column",
                   "child's words recorded by the key person, separate from observations"],
        "child_name": d["name"], "child_first_name": d["first"], "school": d["setting"], "year_group": -1,
        "meeting_date": d["meeting_iso"], "completed_date": d["completed_iso"], "attendance_percent": d["att"],
        "pupil_voice": list(d["said"]),
        "targets": [{"text": s["text"], "area": s["area"]} for s in d["steps"]],
        "english_target": any(a in ("Literacy", "Communication and language") for a in areas),
        "maths_target": "Mathematics" in areas,
        "pp_spend": spend, "pp_requested": d["total_n"],
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
