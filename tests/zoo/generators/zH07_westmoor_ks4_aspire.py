"""zH07: Westmoor City 'Aspire' KS4 PEP (DOCX): old target beside new target in one row, RONI, predicted grades."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_H import docx_table, write_truth, main
from docx import Document
from docx.shared import Pt

LAYOUT = "zH07-westmoor-ks4-aspire"
INSP = "real-forms.md entries 1, 13, 21, 20, 18; 'What a reader must cope with' 6, 7, 24"
QUIRKS = ["each subject row holds last PEP's target, its RAG and the new target side by side",
          "some rows say 'Achieved - no new target'", "predicted grades with three term columns",
          "RONI score and careers block", "labels end with a dash instead of a colon",
          "termly allocation plus an additional request, total stated", "attendance given as 'see attached printout'"]

KIDS = [
    dict(n=1, name="Callum Ashworth-Diallo", first="Callum", school="Westmoor Brook Academy", yr=11,
         meet="30.09.2025", meet_iso="2025-09-30", done="06/10/2025", done_iso="2025-10-06",
         att="Attendance 2025/26 (to 26 Sept) - 100%; 2024/25 - 93.7%", att_v=100.0, roni="3 (low risk)",
         grades=[["English Language", "4", "4/5", "5"], ["Maths", "3", "4", "5"], ["Combined Science", "4-4", "4-5", "5-5"],
                 ["BTEC Sport", "Merit", "Distinction", "Distinction"]],
         rows=[("English", "Callum will use PEEL paragraphs in his Language Paper 2 answers", "G",
                "Callum will complete one timed Language Paper 1 Q5 each fortnight and score 16/40 or more on 3 of them by the mocks (8 December 2025)", "English"),
               ("Maths", "Callum will learn the formula sheet topics for area and volume", "A",
                "Callum will attend Wednesday maths intervention (Ms Kirby) and raise his mock score from 38% to 50% in the December paper", "Maths"),
               ("Science", "Revise cell biology with flash cards", "G", "Achieved - no new target", None),
               ("Post-16 / wellbeing", "Visit two colleges", "G",
                "Callum will submit his application for Level 3 Sport at Kestrel College by 15 December 2025, with the careers adviser checking his personal statement first", "Careers")],
         voice=["I want to get a 5 in maths because I need it for the sport course.",
                "It helps when Ms Kirby shows me a worked example first.",
                "My foster dad Steve comes to watch my matches and that means a lot."],
         pp=[("Termly allocation: English Language revision guide, CGP workbook and past paper pack", "1", "600", 600.0),
             ("Additional request: 1:1 maths tutoring with external tutor, 1 hr weekly x 24 weeks @ \u00a350", "2", "\u00a31,200.00", 1200.0)],
         total="\u00a31,800.00", total_v=1800.0),
    dict(n=2, name="Tia-Rose Mensah", first="Tia-Rose", school="St Bede's RC High School", yr=11,
         meet="Tues 10th February 2026", meet_iso="2026-02-10", done="17/2/2026", done_iso="2026-02-17",
         att="See attached printout", att_v=None, roni="7 (high risk - VS to follow up)",
         grades=[["English Language", "3", "3", "4"], ["Maths", "2", "3", "4"], ["Art", "5", "5", "6"], ["History", "U", "-", "4"]],
         rows=[("English", "Tia-Rose will read one article a week", "R",
                "Tia-Rose will complete her English coursework spoken language presentation by 6 March 2026, rehearsing twice with her tutor", "English"),
               ("Maths", "Learn times tables", "R",
                "Tia-Rose will attend 8 of the 10 Saturday maths sessions before Easter and complete the Foundation paper 1 practice each week", "Maths"),
               ("Post-16 / wellbeing", "", "-", "", None)],
         voice=[],
         pp=[("Saturday maths sessions (10 x \u00a325)", "2", "250", 250.0),
             ("Art materials for portfolio", "all", "\u00a380.00", 80.0)],
         total="\u00a3330", total_v=330.0),
]


def build_one(out_dir, k):
    fname = f"{LAYOUT}-{k['n']}.docx"
    d = Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(9.5)
    d.sections[0].header.paragraphs[0].text = "Westmoor City Council - Aspire Virtual School - KS4 PEP - RESTRICTED"
    d.add_heading("Aspire KS4 Personal Education Plan", 0)
    d.add_paragraph("Year 10 and Year 11. Please complete every box. Write 'N/A' if a box does not apply.")
    docx_table(d, [["Name of young person -", k["name"]], ["School -", k["school"]], ["Year group -", f"Year {k['yr']}"],
                   ["Date of PEP meeting -", k["meet"]], ["Date DT signed -", k["done"]],
                   ["UPN -", "W8231450" + str(k["n"]) + "1"]], header=False, bold_first_col=True)
    d.add_heading("A. Attendance and inclusion", 1)
    d.add_paragraph(k["att"])
    d.add_paragraph("Suspensions this year - " + ("0" if k["n"] == 1 else "2 days (December)"))
    d.add_paragraph("RONI score (VS completes) - " + k["roni"])
    d.add_heading("B. Attainment: predicted grades", 1)
    docx_table(d, [["Subject", "Summer Y10 actual", "Autumn Y11 predicted" if k["n"] == 1 else "Spring Y11 predicted", "Target grade"]] + k["grades"])
    d.add_heading("C. How is it going? (young person's views)", 1)
    if k["voice"]:
        for v in k["voice"]:
            d.add_paragraph(v, style="List Bullet")
        d.add_paragraph("Callum wrote these himself on the Aspire views sheet before the meeting.")
    else:
        d.add_paragraph("Pupil didn't want to give their views.")
    d.add_heading("D. Review of last PEP targets and new targets", 1)
    d.add_paragraph("RAG the last target (G achieved / A partly / R not achieved), then set the new target in the right-hand column.")
    rows = [["Area", "Target set at last PEP", "RAG", "NEW target for this PEP (SMART)"]]
    rows += [[r[0], r[1], r[2], r[3]] for r in k["rows"]]
    docx_table(d, rows)
    d.add_heading("E. Careers and post-16", 1)
    d.add_paragraph("Post-16 destination - " + ("Applying: Level 3 Sport, Kestrel College" if k["n"] == 1 else "Undecided"))
    d.add_paragraph("Careers interview date - " + ("14 Nov 2025 (booked)" if k["n"] == 1 else "N/A"))
    d.add_heading("F. Pupil Premium Plus", 1)
    d.add_paragraph("New targets are numbered 1, 2, 3 in the order they appear in section D.")
    docx_table(d, [["What PP+ will fund", "New target no.", "Cost (\u00a3)"]] + [list(p[:3]) for p in k["pp"]] +
               [["Total requested", "", k["total"]]])
    d.save(os.path.join(out_dir, fname))

    targets = [{"text": r[3], "area": r[4]} for r in k["rows"] if r[4]]
    spend = []
    for p in k["pp"]:
        t = int(p[1]) if p[1].isdigit() else None
        spend.append({"description": p[0], "cost": p[3], "target": t})
    write_truth(out_dir, LAYOUT, fname, INSP, QUIRKS, child_name=k["name"], child_first_name=k["first"], school=k["school"],
                year_group=k["yr"], meeting_date=k["meet_iso"], completed_date=k["done_iso"], attendance_percent=k["att_v"],
                pupil_voice=k["voice"], targets=targets, english_target=any(t["area"] == "English" for t in targets),
                maths_target=any(t["area"] == "Maths" for t in targets), pp_spend=spend, pp_requested=k["total_v"])


def build(out_dir):
    for k in KIDS:
        build_one(out_dir, k)


if __name__ == "__main__":
    main(build)
