"""zH04: Ashdown & Weir College ILP with Virtual School annex (post-16, PDF): SMARTs with status column."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_H import e, html_table, write_pdf, write_truth, main

LAYOUT = "zH04-ashdown-college-ilp"
INSP = "real-forms.md entries 8, 25, 3, 12, 14; label variants 'Year group / stage', 'PP+ / funding words'"
QUIRKS = ["college ILP print with a Virtual School annex", "'Learner' and 'Study programme', NCY given as year of study",
          "SMART list mixes closed (old) and new targets in one table with a Status column",
          "attendance beside punctuality", "16-19 Bursary shown next to PP+ (bursary is not PP+)",
          "sign-off by Post-16 Learning Advocate"]

KIDS = [
    dict(n=1, name="Shanice Adeyemi-Price", first="Shanice", college="Ashdown & Weir College (Riverside Campus)",
         ncy="Year 1 of 2 (NCY 12)", yr=12, prog="Level 2 Health & Social Care + GCSE English resit + Functional Skills Maths L2",
         review="Tue 14 Oct 2025", review_iso="2025-10-14", signoff="28 Oct 2025", signoff_iso="2025-10-28",
         att="92%", att_v=92.0, punct="88%",
         voice=["I want to be a paediatric nurse, I've wanted it since I was little.",
                "Placement at the care home is the best bit of the week.",
                "English is the one that stresses me. I freeze in exams."],
         smarts=[["S1", "Pass Functional Skills Maths Level 1", "Tutor", "Closed - achieved June 2025"],
                 ["S2", "Shanice will attend her GCSE English resit class every week and hand in one timed essay a fortnight, aiming for grade 4 in the summer 2026 exam",
                  "English lecturer (Ms Greaves)", "New"],
                 ["S3", "Shanice will complete 4 of the 6 Functional Skills Maths L2 mock papers at 70% or above by March 2026",
                  "Maths lecturer", "New"],
                 ["S4", "Shanice will book and attend an exam-anxiety session with the college wellbeing team before the mocks in January",
                  "Progress coach", "New"]],
         areas={"S2": "English", "S3": "Maths", "S4": "Wellbeing"},
         bursary="16-19 Bursary (vulnerable group): &pound;1,200 for the year, paid by the college in instalments",
         pp=[["1:1 English resit tuition, 10 x 1 hr @ &pound;35", "S2", "350.00", 350.0],
             ["Exam anxiety workshop (4 sessions, external provider)", "S4", "180.00", 180.0]],
         total="530.00", total_v=530.0),
    dict(n=2, name="Jordan Mackie", first="Jordan", college="Ashdown & Weir College (Northgate Construction Centre)",
         ncy="Year 2 of 2 (NCY 13)", yr=13, prog="Level 2 Diploma Bricklaying; GCSE English (resit, grade 3 last year); Maths grade 4 achieved",
         review="03.02.2026", review_iso="2026-02-03", signoff="09/02/2026", signoff_iso="2026-02-09",
         att="&mdash;", att_v=None, punct="&mdash;",
         voice=[], voice_note="Learner did not attend. Views not obtained.",
         smarts=[["S1", "Jordan will pass his practical brick-bond assessment by 31 March 2026", "Site lecturer", "New"],
                 ["S2", "Attend 90% of sessions", "Progress coach", "Closed - not met (79%)"],
                 ["S3", "Jordan will apply for 3 apprenticeships through the college jobs board before the Easter holiday",
                  "Careers adviser (Mr Lyle)", "New"]],
         areas={"S1": "Vocational", "S3": "Careers"},
         bursary="16-19 Bursary: not applied for",
         pp=[["CSCS card course and test", "S3", "&pound;75", 75.0],
             ["Steel toe-cap boots and gloves", "", "&pound;60.00", 60.0]],
         total="135", total_v=135.0),
]


def build_one(out_dir, k):
    fname = f"{LAYOUT}-{k['n']}.pdf"
    h = ["<div class='small'>TrackEd ILP &middot; Ashdown &amp; Weir College &middot; Care Experienced &amp; Looked After Learners</div>",
         "<h1>Individual Learning Plan &ndash; Progress Review</h1>",
         "<div class='small'>This review also serves as the learner's Post-16 PEP for Westmarch County Virtual School.</div>",
         html_table([["Learner", e(k["name"]), "Review date", e(k["review"])],
                     ["College / campus", e(k["college"]), "Year of study", e(k["ncy"])],
                     ["Study programme", e(k["prog"]), "Progress coach", "Mrs H. Doyle" if k["n"] == 1 else "Mr B. Asante"]], header=False),
         "<h2>Attendance &amp; punctuality (this academic year)</h2>",
         html_table([["Attendance", "Punctuality", "Notes"],
                     [k["att"], k["punct"], "Late on Mondays (bus)" if k["n"] == 1 else "Register data not pulled"]]),
         "<h2>Learner's voice</h2>"]
    if k["voice"]:
        h.append("<div class='box'>" + "<br/>".join(f"&ldquo;{e(v)}&rdquo;" for v in k["voice"]) + "</div>")
        h.append("<div class='small'>Recorded by the progress coach during the review; Shanice read it back and agreed.</div>")
    else:
        h.append(f"<div class='box'>{e(k['voice_note'])}</div>")
    h.append("<h2>SMART targets</h2><div class='small'>Closed targets remain on the ILP for the record. New targets set at this review.</div>")
    h.append(html_table([["Ref", "Target", "Responsible", "Status"]] + [[e(c) for c in r] for r in k["smarts"]], widths=["6%", "62%", "18%", "14%"]))
    h.append("<h2>Funding</h2>")
    h.append(f"<p>{k['bursary']}</p>")
    h.append("<h3>Annex: Post-16 PP+ request to the Virtual School</h3>")
    h.append(html_table([["Description", "Supports SMART", "Amount (&pound;)"]] + [[r[0], r[1], r[2]] for r in k["pp"]] +
                        [["Total PP+ requested", "", k["total"]]]))
    h.append("<h2>Sign-off</h2>")
    h.append(html_table([["Learner", "Signed (electronic)" if k["n"] == 1 else "Not signed"],
                         ["VS Post-16 Learning Advocate sign-off", e(k["signoff"])]], header=False))
    write_pdf("\n".join(h), os.path.join(out_dir, fname))

    targets = [{"text": r[1], "area": k["areas"][r[0]]} for r in k["smarts"] if r[3] == "New"]
    refs = [r[0] for r in k["smarts"] if r[3] == "New"]
    spend = [{"description": r[0].replace("&pound;", "\u00a3"), "cost": r[3],
              "target": (refs.index(r[1]) + 1) if r[1] in refs else None} for r in k["pp"]]
    write_truth(out_dir, LAYOUT, fname, INSP, QUIRKS, child_name=k["name"], child_first_name=k["first"], school=k["college"],
                year_group=k["yr"], meeting_date=k["review_iso"], completed_date=k["signoff_iso"], attendance_percent=k["att_v"],
                pupil_voice=k["voice"], targets=targets, english_target=any(t["area"] == "English" for t in targets),
                maths_target=any(t["area"] == "Maths" for t in targets), pp_spend=spend, pp_requested=k["total_v"])


def build(out_dir):
    for k in KIDS:
        build_one(out_dir, k)


if __name__ == "__main__":
    main(build)
