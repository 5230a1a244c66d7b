"""zD04: a short termly review update that refers back to the full autumn PEP (docx, Year 11)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_D import new_doc, para, table, write_truth, main

LAYOUT = "zD04-termly-update"
INSP = "real-forms.md entries 5 (review recorded in same document), 14 ('After 6 months (review form used)'), 9 (term columns); quirks 3, 4"
QUIRKS = ["short review form that refers back to the full PEP", "two terms side by side as columns (read the latest, spring)",
          "previous targets reviewed beside new targets (only new ones count)", "transposed data table (fields as rows, terms as columns)",
          "target number column in PP+ table"]

CASES = [
    dict(n=1, name="Leon Brightwater", first="Leon", school="Castlegate High School", yg=11,
         aut=("30/09/2025", "91.5", "0", "4", "3"), spr=("03/02/2026", "93.4", "0", "5", "4"),
         meet_iso="2026-02-03", done="10/02/2026", done_iso="2026-02-10", att_v=93.4,
         review=[("Leon will complete two timed Paper 1 reading questions each fortnight", "Achieved - 6 completed, average 5/8"),
                 ("Leon will learn the quadratic formula and use it in 3 exam questions", "Partly achieved - formula secure, accuracy 50%")],
         voice_q="Since my last PEP, what has changed for me? What do I want from the next few months?",
         voice=["My mock results were better than I thought, especially English.",
                "I still panic in maths exams when I see a long question.",
                "I want to get into Riverside College to do motor vehicle."],
         targets=[("Leon will score at least 30/80 on the June-style Paper 1 reading mock by 20 March 2026", "English"),
                  ("Leon will answer 5 past-paper quadratic questions a week with 70% accuracy by the Easter holidays", "Maths"),
                  ("Leon will submit his Riverside College application and attend the taster day by 27 February 2026", "Careers")],
         spend=[("Maths exam-technique tutor, 8 x 1 hour sessions", "2", "£280", 280.0),
                ("English revision guides and past-paper workbook", "1", "£25", 25.0)],
         total="£305", total_v=305.0),
    dict(n=2, name="Precious Adeyemi-Lowe", first="Precious", school="Northbrook Community School", yg=11,
         aut=("07/10/2025", "86.0", "1", "3", "3"), spr=("27/01/2026", "88.7", "0", "3", "4"),
         meet_iso="2026-01-27", done="", done_iso=None, att_v=88.7,
         review=[("Precious will practise fractions, decimals and percentages on Hegarty for 30 minutes a week", "Achieved"),
                 ("Precious will read an article a week and summarise it in five sentences", "Not achieved - to continue")],
         voice_q="Since my last PEP, what has changed for me? What do I want from the next few months?",
         voice=[],
         targets=[("Precious will write a 300-word response to a Paper 2 question scoring 12/24 or more by half-term in February 2026", "English"),
                  ("Precious will be in school for every session in 5 of the next 6 weeks, checked weekly with her key worker", "Attendance")],
         spend=[("Weekly mentoring with key worker, 10 x 45 minutes", "2", "£250", 250.0),
                ("Prom ticket and outfit contribution", "", "£80", 80.0)],
         total="£330", total_v=330.0),
]


def build_one(c, out_dir):
    d = new_doc()
    para(d, "Eastleigh Vale Virtual School", bold=True)
    para(d, "PEP Review Update (Spring Term)", bold=True, size=16)
    para(d, "Use this short form for the spring and summer reviews. The full PEP from the autumn term stays on file and "
            "must be read first: only sections that have changed are recorded here.", italic=True)
    table(d, [["Young person", c["name"]], ["School", c["school"]], ["Year group", "Year " + str(c["yg"])]], bold_first_col=True)
    para(d, "Progress since the full PEP", bold=True, size=12)
    a, s = c["aut"], c["spr"]
    table(d, [["", "Autumn 2025 (full PEP)", "Spring 2026 (this review)"],
              ["Meeting date", a[0], s[0]],
              ["Attendance % (year to date)", a[1], s[1]],
              ["Suspensions (days)", a[2], s[2]],
              ["Working at / predicted: English", a[3], s[3]],
              ["Working at / predicted: Maths", a[4], s[4]]], bold_first_row=True, bold_first_col=True)
    para(d, "How did the autumn targets go?", bold=True, size=12)
    table(d, [["Autumn target", "Outcome and evidence"]] + [list(r) for r in c["review"]], bold_first_row=True)
    para(d, "My views", bold=True, size=12)
    para(d, c["voice_q"], italic=True)
    table(d, [["\n".join(c["voice"])]])
    para(d, "New targets for the spring term", bold=True, size=12)
    table(d, [["No.", "Target", "Area"]] + [[str(i), t, ar] for i, (t, ar) in enumerate(c["targets"], 1)], bold_first_row=True)
    para(d, "PP+ request for the spring term", bold=True, size=12)
    table(d, [["What will be bought", "For target no.", "Cost"]] + [[x, n, co] for x, n, co, _ in c["spend"]]
          + [["Total requested", "", c["total"]]], bold_first_row=True)
    para(d, "Submitted to Virtual School on: " + c["done"])
    fname = f"{LAYOUT}-{c['n']}.docx"
    d.save(os.path.join(out_dir, fname))
    areas = [ar for _, ar in c["targets"]]
    write_truth(out_dir, fname, dict(layout=LAYOUT, inspired_by=INSP, quirks=QUIRKS, child_name=c["name"],
                child_first_name=c["first"], school=c["school"], year_group=c["yg"], meeting_date=c["meet_iso"],
                completed_date=c["done_iso"], attendance_percent=c["att_v"], pupil_voice=c["voice"],
                targets=[{"text": t, "area": ar} for t, ar in c["targets"]],
                english_target="English" in areas, maths_target="Maths" in areas,
                pp_spend=[{"description": x, "cost": v, "target": int(n) if n else None} for x, n, co, v in c["spend"]],
                pp_requested=c["total_v"]))


def build(out_dir):
    for c in CASES:
        build_one(c, out_dir)


if __name__ == "__main__":
    main(build)
