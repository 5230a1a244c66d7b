"""zF02 - Fenmoor County Council: Early Years Education Plan (EYEP) for a child in care aged 2-5,
PDF as printed from the setting's copy; EYPP request block linked to numbered next steps."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_F import write_truth, pdf_from_html, e, run_main  # noqa: E402

LAYOUT = "zF02-fenmoor-ey-plan"
INSPIRED = "real-forms.md entries 16, 17, 9, 27, 4; 'What a reader must cope with' 13, 21, 7"

AREAS = ["Communication and language", "Physical development", "Personal, social and emotional development",
         "Literacy", "Mathematics", "Understanding the world", "Expressive arts and design"]

CASES = [
    dict(n=1, first="Amara", last="Bello", age="3 yrs 7 mths", dob="14.03.2022", room="Nursery (FS1) - Bluebell Room",
         setting="Little Acorns Day Nursery", setting_addr="Fenwick Road, Holtby", hours="15 universal + 15 extended",
         key_person="Gemma Strand", meeting="Tuesday 4 November 2025", meeting_iso="2025-11-04",
         completed="13 Nov 2025", completed_iso="2025-11-13", attendance="88% of booked sessions this term",
         att_val=88.0,
         voice_how="Gemma (key person) wrote down what Amara said during play over two weeks and at the meeting.",
         voice=["I like the big slide and I go really fast.", "Mummy Jo makes pancakes.",
                "I don't like it when it's loud at home time."],
         bands=["Some support", "On track", "Some support", "Some support", "On track", "On track", "On track"],
         steps=[("Communication and language",
                 "Amara will use sentences of four or more words to ask for what she needs at snack and choosing time, seen on 5 occasions, by 6 February 2026",
                 "Key person models extended sentences; Wellcomm activities 3 times a week"),
                ("Literacy",
                 "Amara will join in with 3 familiar rhymes and point to her own name card at self-registration by the spring PEP",
                 "Daily rhyme basket; name card at the door each morning"),
                ("Mathematics",
                 "Amara will count 5 objects accurately, touching each one, in play by the end of January 2026",
                 "Counting during snack and outdoor play; number songs"),
                ("Personal, social and emotional development",
                 "Amara will use her visual timetable and a calm-down box at home time, with adult support, on 4 days out of 5 by 6 February 2026",
                 "Visual timetable; 5-minute warning before home time")],
         eypp=[("Learning", "Wellcomm speech and language small-group sessions (3 x weekly, 10 weeks) with trained practitioner", "1", "Amara asks for what she needs using 4+ word sentences", 120.00),
               ("Learning", "Rhyme and name resource bag to share with carer at home", "2", "More rhymes joined in with at home and nursery", 35.00),
               ("Pastoral", "Calm-down box and visual timetable cards", "4", "Calmer transitions at home time", 25.00)],
         eypp_total="£180.00", eypp_total_val=180.0),
    dict(n=2, first="Reuben", last="Haldane", age="2 years 10 months", dob="02/01/2023", room="Nursery - Toddler room (2 year olds)",
         setting="Holtby Community Pre-School", setting_addr="St Ives Close, Holtby", hours="15 funded hours (2-year-old offer)",
         key_person="Priya Das", meeting="Wednesday 26 November 2025", meeting_iso="2025-11-26",
         completed="3 December 2025", completed_iso="2025-12-03", attendance="N/A - started 3 November", att_val=None,
         voice_how="Priya (key person) has observed Reuben in his first weeks. He uses single words and points. Playing outside with the bubble machine he said:",
         voice=["Bubbles! More bubbles!"],
         bands=["Significant support", "On track", "Some support", "Not yet assessed", "Not yet assessed", "On track", "On track"],
         steps=[("Personal, social and emotional development",
                 "Reuben will separate from his carer at the door and settle with his key person within 10 minutes on 3 mornings a week by 6 February 2026",
                 "Consistent greeting routine with Priya; transition object from home"),
                ("Physical development",
                 "Reuben will climb the steps of the small slide and come down on his own, with an adult nearby, by the spring PEP",
                 "Outdoor physical play every session"),
                ("Mathematics",
                 "Reuben will match 3 pairs of objects (shoes, cups, blocks) in play by the end of January 2026",
                 "Matching games in tuff tray twice a week")],
         eypp=[("Pastoral", "Extra settling-in sessions with key person (2 x 1 hour)", "1", "Reuben settles more quickly", 24.00),
               ("Learning", "Speech and language assessment by setting SENCo - TBC", "", "To be agreed after assessment", None)],
         eypp_total="£24.00 (plus TBC)", eypp_total_val=24.0),
]

CSS = """
h1 { font-size: 15pt; color: #2d5f3a; margin: 0 0 2pt 0; }
.sub { font-size: 8.5pt; color: #333; margin-bottom: 6pt; }
.band { background: #2d5f3a; color: white; font-weight: bold; padding: 3pt 6pt; margin-top: 10pt; font-size: 10pt; }
.glance td { border: 0.7pt solid #2d5f3a; }
.glance td.l { background: #e7f1e9; width: 22%; font-weight: bold; }
.speech { border: 0.7pt dashed #2d5f3a; padding: 5pt; margin: 4pt 0; }
.small { font-size: 7.5pt; color: #444; }
.tick { font-family: 'DejaVu Sans'; }
"""


def glance(c):
    rows = [("Child", f"{c['first']} {c['last']}", "Age at meeting", c["age"]),
            ("Date of birth", c["dob"], "Room / group", c["room"]),
            ("Setting", c["setting"], "Address", c["setting_addr"]),
            ("Funded hours", c["hours"], "Key person", c["key_person"]),
            ("Meeting held", c["meeting"], "Attendance", c["attendance"])]
    h = "<table class='glance'>"
    for a, b, cc, d in rows:
        h += f"<tr><td class='l'>{e(a)}</td><td style='white-space:nowrap'>{e(b)}</td><td class='l'>{e(cc)}</td><td>{e(d)}</td></tr>"
    return h + "</table>"


def body(c):
    h = "<h1>Early Years Education Plan (EYEP)</h1>"
    h += ("<div class='sub'>Fenmoor Virtual School for Children in Care - Early Years Team. For children aged 2 to 5 in a funded "
          "place. The setting completes parts 2-5 within 10 working days of the meeting and returns the plan to "
          "eyeps@fenmoor-vs.example.gov.uk.</div>")
    h += "<div class='band'>Part 1 - At a glance (social worker / setting)</div>" + glance(c)
    h += "<p class='small'>Legal status, care plan summary and health details are held on the child's care record and are not printed on the setting copy.</p>"

    h += f"<div class='band'>Part 2 - About me: what {e(c['first'])} has told and shown us</div>"
    h += f"<p class='small'>How were the child's views gathered? {e(c['voice_how'])}</p>"
    h += "<div class='speech'>" + "<br/>".join(e(v) for v in c["voice"]) + "</div>"

    h += "<div class='band'>Part 3 - Where I am now (EYFS)</div>"
    h += "<table><tr><th>Area of learning</th><th>On track</th><th>Some support</th><th>Significant support</th><th>Comment</th></tr>"
    for area, band in zip(AREAS, c["bands"]):
        cells = "".join(f"<td class='tick'>{'&#10003;' if band == b else ''}</td>" for b in ("On track", "Some support", "Significant support"))
        com = "Not yet assessed - new to setting" if band == "Not yet assessed" else ""
        h += f"<tr><td>{e(area)}</td>{cells}<td>{com}</td></tr>"
    h += "</table>"

    h += "<div class='band'>Part 4 - My next steps (until the next EYEP)</div>"
    h += "<table><tr><th style='width:4%'>No.</th><th style='width:18%'>EYFS area</th><th>Next step</th><th style='width:28%'>How the adults will help</th></tr>"
    for i, (area, text, how) in enumerate(c["steps"], 1):
        h += f"<tr><td>{i}</td><td>{e(area)}</td><td>{e(text)}</td><td>{e(how)}</td></tr>"
    h += "</table>"

    h += "<div class='band'>Part 5 - Early Years Pupil Premium (EYPP) request</div>"
    h += "<p class='small'>Every request must link to a next step above. EYPP cannot pay for core staffing, food or fees.</p>"
    h += ("<table><tr><th style='width:10%'>Type (pastoral / learning)</th><th>What the money will pay for</th>"
          "<th style='width:9%'>Next step no.</th><th style='width:24%'>Expected impact</th><th style='width:10%'>Cost</th></tr>")
    for typ, desc, link, impact, cost in c["eypp"]:
        cs = f"£{cost:.2f}" if cost is not None else "TBC"
        h += f"<tr><td>{typ}</td><td>{e(desc)}</td><td>{link}</td><td>{e(impact)}</td><td>{cs}</td></tr>"
    h += f"<tr><td colspan='4' style='text-align:right'><b>Total EYPP requested this term</b></td><td><b>{e(c['eypp_total'])}</b></td></tr></table>"

    h += "<div class='band'>Sign-off</div><table>"
    h += f"<tr><td style='width:40%'>Setting manager / designated person</td><td>{'Karen Whitlow' if c['n'] == 1 else 'Sue Ellory'}</td></tr>"
    h += f"<tr><td>Date setting completed the plan</td><td>{e(c['completed'])}</td></tr>"
    h += "<tr><td>EY adviser check (Virtual School)</td><td>&#9744; Good &nbsp; &#9744; Requires improvement &nbsp; &#9744; Inadequate</td></tr></table>"
    return h


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.pdf"
        pdf_from_html(body(c), os.path.join(out_dir, fname), CSS,
                      page_css="@page { size: A4; margin: 14mm 13mm; @bottom-center { content: 'EYEP v2.1 (Sept 2025) - page ' counter(page); font-size: 7pt; } }")
        areas = [s[0] for s in c["steps"]]
        write_truth(out_dir, dict(
            layout=LAYOUT, file=fname, inspired_by=INSPIRED,
            quirks=["early years plan not called a PEP", "age in years and months, no year group but a room name",
                    "EYFS area ticks in a band grid", "targets called next steps, numbered, EYPP lines refer to them by number",
                    "attendance as a phrase ('of booked sessions')", "completion date counted from the meeting (10 working days)",
                    "meeting date written with weekday and month name"],
            child_name=f"{c['first']} {c['last']}", child_first_name=c["first"], school=c["setting"],
            year_group=-1, meeting_date=c["meeting_iso"], completed_date=c["completed_iso"],
            attendance_percent=c["att_val"], pupil_voice=list(c["voice"]),
            targets=[{"text": t, "area": a} for a, t, _ in c["steps"]],
            english_target=any(a in ("Communication and language", "Literacy") for a in areas),
            maths_target="Mathematics" in areas,
            pp_spend=[{"description": d, "cost": cost, "target": int(link) if link else None}
                      for _, d, link, _, cost in c["eypp"]],
            pp_requested=c["eypp_total_val"],
        ))


if __name__ == "__main__":
    run_main(build)
