"""zH02: Rowanmere Borough 'CareLearn ePEP' print (primary, PDF): target cards, three-houses voice, TA grid."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_H import e, html_table, write_pdf, write_truth, main

LAYOUT = "zH02-rowanmere-three-houses"
INSP = "real-forms.md entries 2, 19, 20, 31, 15; label variants 'Meeting date' (cycle), 'Sign-off and status words'"
QUIRKS = ["meeting identified by cycle plus a 'Meeting held' date", "DT sign-off as a tick with timestamp",
          "voice gathered with a three-houses drawing tool", "targets as cards, not a table",
          "teacher-assessment grid with last term beside this term", "attendance table with last year beside this year",
          "cost worked out in the spend line"]
CSS = """.card { border: 1pt solid #2a5d84; margin: 6px 0; } .card h3 { background: #2a5d84; color: #fff; margin: 0; padding: 3px 5px; }
.card table { margin: 0; } .banner { background:#dde9f3; padding:4px; border:0.6pt solid #2a5d84; }"""

KIDS = [
    dict(n=1, name="Leo Farrant-Hughes", first="Leo", school="St Aldhelm's CE Primary School", yr=4,
         cycle="Autumn 2025-26 (PEP 1 of 3)", held="07/10/2025", held_iso="2025-10-07",
         signoff="&#10004; DT completed 10/10/2025 15:42 (Mrs K. Obi)", done_iso="2025-10-10", status="Submitted to Virtual School",
         att=[["This year to date (Sept - 3 Oct)", "96.8%", "0"], ["2024-25 (Year 3, previous school)", "91.3%", "0"]], att_v=96.8,
         ta=[["Reading", "WTS", "WTS"], ["Writing", "WTS", "WTS+"], ["Maths", "EXS", "EXS"], ["Phonics screening (Y1)", "Passed", "-"]],
         houses=[("House of Good Things", "I have got a dog called Biscuit at Nan Jo's house. I like football club on Thursday."),
                 ("House of Worries", "Sometimes I think about my mum at night and then I'm tired at school."),
                 ("House of Dreams", "I want to be a vet or a goalkeeper.")],
         voice=["I have got a dog called Biscuit at Nan Jo's house. I like football club on Thursday.",
                "Sometimes I think about my mum at night and then I'm tired at school.", "I want to be a vet or a goalkeeper."],
         voice_note="Completed with the school ELSA on 2 October; Leo drew the houses and the ELSA scribed his words.",
         prev=[["Leo will know his 2, 5 and 10 times tables (rapid recall) by July", "Met", "Scored 27/30 on the check"],
               ["Leo to read aloud to an adult 4 times a week", "Partly met", "Moved school in June; restarted in September"]],
         targets=[("Reading", "Leo will move from Book Band Purple to Gold, reading aloud with 95% accuracy, by the spring PEP",
                   "Daily 10-minute reading with TA Mr Coles; carer reads at bedtime 3 nights a week", "Running record at 95% on a Gold text", "Feb 2026", "English"),
                  ("Maths", "Leo will recall the 3, 4 and 8 times tables within 6 seconds each by 13 February 2026",
                   "TT Rockstars 3 x weekly at lunch club; weekly 1:1 check with class teacher", "Multiplication check practice score 20+/25", "13/02/2026", "Maths"),
                  ("Wellbeing", "Leo will use his worry book with the ELSA each Monday so that he can name one worry and one plan, every week until Easter",
                   "ELSA session Monday 9:00", "ELSA log shows 10 of 12 sessions used", "Easter 2026", "Wellbeing")],
         spend=[["1", "Reading TA 1:1, 10 mins daily - £22 per hour x 2.5 hrs x 12 weeks", "£660.00", 660.0],
                ["3", "ELSA weekly session (term) - 12 x £25", "£300", 300.0],
                ["2", "TT Rockstars school licence share", "£0 (school funded)", 0.0]],
         total="£960.00", total_v=960.0),
    dict(n=2, name="Amara Kowalczyk", first="Amara", school="Fenwick Lane Primary Academy", yr=3,
         cycle="Spring 2025-26 (PEP 2 of 3)", held="21 January 2026", held_iso="2026-01-21",
         signoff="&#9744; DT: not yet completed", done_iso=None, status="In progress",
         att=[["This year to date", "Data not yet entered", ""], ["2024-25", "88.4%", "1 (fixed-term, 1 day)"]], att_v=None,
         ta=[["Reading", "PKS", "WTS"], ["Writing", "PKS", "PKS"], ["Maths", "WTS", "WTS"], ["Phonics screening (Y1)", "Not passed (Y2 re-check passed)", "-"]],
         houses=[("House of Good Things", "N/A"), ("House of Worries", "N/A"), ("House of Dreams", "N/A")],
         voice=[], voice_note="Amara did not want to do the houses today.",
         prev=[["Amara will write two sentences using capital letters and full stops", "Not met", "Still needs prompting"]],
         targets=[("Writing", "Amara will write 3 sentences in a row with capital letters and full stops, without a prompt card, by Easter",
                   "Daily guided writing group (Miss Rahman), 15 mins", "3 independent pieces in her book", "Easter", "English"),
                  ("Wellbeing", "Amara to come into class on time and settle within 5 minutes on 8 out of 10 mornings by half-term",
                   "Meet and greet by TA at the gate; morning job", "Register and TA log", "Feb half-term", "Wellbeing")],
         spend=[["1", "Guided writing group resources and TA time: 15 mins x 5 days x 10 weeks @ £20/hr", "£250", 250.0],
                ["-", "Forest School after-school club, spring term", "£140", 140.0]],
         total="£390", total_v=390.0),
]


def build_one(out_dir, k):
    fname = f"{LAYOUT}-{k['n']}.pdf"
    h = [f"<div class='small'>CareLearn ePEP &middot; Rowanmere Borough Council Virtual School &middot; printed view</div>",
         "<h1>Personal Education Plan</h1>",
         html_table([["Pupil", e(k["name"]), "PEP cycle", e(k["cycle"])],
                     ["School", e(k["school"]), "Meeting held", e(k["held"])],
                     ["NC Year", f"Year {k['yr']}", "PEP status", e(k["status"])]], header=False),
         "<h2>1 &nbsp;Attendance and exclusions</h2>",
         html_table([["Period", "Attendance", "Suspensions"]] + [[e(c) for c in r] for r in k["att"]]),
         "<h2>2 &nbsp;Attainment (teacher assessment)</h2>",
         "<div class='small'>Key: PKS pre-key stage, WTS working towards, EXS expected, GDS greater depth</div>",
         html_table([["Subject", "Summer 2025", "Autumn 2025 (now)" if k["n"] == 1 else "Autumn 2025"]] + [[e(c) for c in r] for r in k["ta"]]),
         "<h2>3 &nbsp;My views - the Three Houses</h2>"]
    h.append(html_table([[e(t) for t, _ in k["houses"]], [e(v) for _, v in k["houses"]]]))
    h.append(f"<div class='small'>How were the child's views gathered? {e(k['voice_note'])}</div>")
    h.append("<h2>4 &nbsp;Review of targets from the last PEP</h2>")
    h.append(html_table([["Previous target", "Outcome", "Evidence"]] + [[e(c) for c in r] for r in k["prev"]]))
    h.append("<h2>5 &nbsp;New targets</h2><div class='small'>Targets 1 and 2 academic; target 3 wellbeing / child-centred. "
             "Will this target be achieved in time for the next PEP meeting?</div>")
    for i, t in enumerate(k["targets"], 1):
        h.append(f"<div class='card'><h3>Target {i} &mdash; {e(t[0])}</h3>" +
                 html_table([["What we want to see", e(t[1])], ["Who / what / how often", e(t[2])],
                             ["Success looks like", e(t[3])], ["Review by", e(t[4])]], header=False) + "</div>")
    h.append("<h2>6 &nbsp;PP+ funding plan</h2>")
    h.append(html_table([["Target no.", "What will be bought / cost worked out", "Cost"]] +
                        [[e(r[0]), e(r[1]), e(r[2])] for r in k["spend"]] + [["", "Total PP+ requested this term", e(k["total"])]]))
    h.append("<h2>7 &nbsp;Sign-off</h2>")
    h.append(html_table([["Designated Teacher", k["signoff"]], ["Virtual School QA", "Awaiting QA"]], header=False))
    write_pdf("\n".join(h), os.path.join(out_dir, fname), CSS)

    targets = [{"text": t[1], "area": t[5]} for t in k["targets"]]
    spend = []
    for r in k["spend"]:
        tn = int(r[0]) if r[0].isdigit() else None
        spend.append({"description": r[1], "cost": r[3], "target": tn})
    write_truth(out_dir, LAYOUT, fname, INSP, QUIRKS, child_name=k["name"], child_first_name=k["first"], school=k["school"],
                year_group=k["yr"], meeting_date=k["held_iso"], completed_date=k["done_iso"], attendance_percent=k["att_v"],
                pupil_voice=k["voice"], targets=targets, english_target=any(t["area"] == "English" for t in targets),
                maths_target=any(t["area"] == "Maths" for t in targets), pp_spend=spend, pp_requested=k["total_v"])


def build(out_dir):
    for k in KIDS:
        build_one(out_dir, k)


if __name__ == "__main__":
    main(build)
