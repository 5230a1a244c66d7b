"""zO08: PEP written to the young person as 'you' (DOCX), in three parts (pre-meeting data collection,
planning meeting, final document); targets in a transposed table (one column per target, fixed three
targets), the child's words kept apart from the adults' notes written to the child."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_O import *
import docx
from docx.shared import Pt

LAYOUT = "zO08-you-three-parts"
INSPIRED = "real-forms.md entries 23, 31"
QUIRKS = ["whole PEP written to the young person in the second person ('Your school', 'What you told us')",
          "three parts: pre-meeting data collection (DT submission a week before), planning meeting, final document",
          "transposed targets table: one column per target (Target 1, 2 academic; Target 3 holistic), rows for target / who / by when",
          "adults' notes addressed to the child sit next to the child's own quoted words (only the quotes are voice)",
          "final document issue date as the completion date"]


def render(d, path):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Verdana"; doc.styles["Normal"].font.size = Pt(9.5)
    docx_hf(doc, header=f"{d['la']} Virtual School – Your Personal Education Plan", footer=f"This PEP belongs to {d['name']}")
    doc.add_heading(f"Your Personal Education Plan – {d['first']}", 0)
    doc.add_paragraph("We write your PEP to you, using 'you', so that it is your plan.")
    doc.add_heading("Part 1: Pre-meeting data collection", 1)
    doc.add_paragraph(f"Submitted by your Designated Teacher, {d['dt']}, on {d['pre_date']}.")
    docx_table(doc, [["Your name", d["name"], "Your year group", d["year"]],
                     ["Your school", d["school"], "Your form tutor", d["tutor"]],
                     ["Your attendance so far this year", d["att"], "Your suspensions", "None"]],
               [3.5, 5, 3.5, 4], size=9)
    doc.add_paragraph()
    doc.add_paragraph(f"How you are doing: {d['progress']}")
    doc.add_heading("Part 2: Your planning meeting", 1)
    doc.add_paragraph(f"Your meeting was on {d['meeting']} at school. With you were: {d['who']}.")
    doc.add_paragraph(f"Did you come to the meeting? {d['came']}")
    doc.add_paragraph("What you told us").runs[0].bold = True
    for v in d["voice"]:
        doc.add_paragraph(f"\u201c{v}\u201d", style="List Bullet")
    if not d["voice"]:
        doc.add_paragraph("")
    doc.add_paragraph("What we noticed").runs[0].bold = True
    doc.add_paragraph(d["noticed"])
    doc.add_heading("Part 3: Your final document", 1)
    doc.add_paragraph("Your targets").runs[0].bold = True
    t = d["targets"]
    docx_table(doc, [["", "Target 1 (learning)", "Target 2 (learning)", "Target 3 (you and your wellbeing)"],
                     ["Your target"] + [x[0] for x in t], ["Who will help you"] + [x[2] for x in t],
                     ["By when"] + [x[3] for x in t]], [3, 4.3, 4.3, 4.3], header=True, bold_first_col=True, size=9)
    doc.add_paragraph()
    doc.add_paragraph("How your PP+ will be spent").runs[0].bold = True
    docx_table(doc, [["What", "Cost", "For your target"]] + [list(r) for r in d["pp"]] + [["Total", d["total"], ""]],
               [10, 3, 3], header=True, size=9)
    doc.add_paragraph()
    doc.add_paragraph(f"Your final document was sent to you and your carer on: {d['final']}")
    doc.save(path)


T1 = [("You will read for 20 minutes at home five nights a week and log it in your reading record, aiming to move from a reading age of 10.2 to 11.0 by your spring PEP", "English", "Mrs Patel (English) and your carer", "March 2027"),
      ("You will complete your Hegarty Maths homework every week and score 70% or more on the fractions quiz by 12/02/2027", "Maths", "Mr Jordan (maths) at Homework Club", "12/02/2027"),
      ("You will go to the Year 7 chess club on Wednesdays and tell your tutor one thing you enjoyed each week", "Wellbeing", "Your form tutor", "December 2026")]
V1 = ["Secondary school is way bigger but I like having different teachers.",
      "I get lost going to science and I don't want to be late.",
      "I want to join chess club like I did at primary."]
PP1 = [("Reading age assessment and a set of books you chose", "£45.00", "1"), ("Homework Club maths tutor, 10 sessions", "£200.00", "2")]
D1 = dict(la="Kennetbury", name="Oscar Lindqvist-Hale", first="Oscar", dt="Ms Rowena Clarke", pre_date="22/09/2026", year="Year 7",
          school="Downland Church of England Academy", tutor="Mr Vikram Seth-Owens", att="92.3%",
          progress="You have settled into Year 7 and your teachers say you are polite and try hard.",
          meeting="Tuesday 29 September 2026", who="Ms Clarke, your social worker Nadia, and your carer Jess", came="Yes",
          voice=V1, noticed="You were proud when you talked about chess, Oscar. We think you are doing really well with the move.",
          targets=T1, pp=PP1, total="£245.00", final="16/10/2026")
T2 = [("You will learn the spellings for your science topic each week and get 8 out of 10 in the Friday test until half-term", "English", "Mrs Kerr (science)", "February 2027"),
      ("You will practise your times tables on Times Tables Rock Stars for 10 minutes three times a week and beat your score by Christmas", "Maths", "Mr Abbott (maths)", "December 2026"),
      ("You will meet your mentor every Monday morning to plan your week", "Wellbeing", "Your mentor", "December 2026")]
PP2 = [("Laptop for homework", "£300.00", ""), ("Spelling intervention with the TA", "£60.00", "1")]
D2 = dict(D1, name="Jade Carrington", first="Jade", dt="Mr Luke Bramwell", pre_date="12/10/2026", year="Year 7",
          school="Saltmarsh High School", tutor="Miss Emma Dunn", att="85.6%", progress="You are finding some lessons hard after the move from primary.",
          meeting="Monday 19 October 2026", who="Mr Bramwell and your social worker Dominic", came="No", voice=[],
          noticed="We missed you at the meeting, Jade, and we will catch up with you next week.", targets=T2, pp=PP2,
          total="£360.00", final="")


def build(out_dir):
    t1 = dict(child_name=D1["name"], child_first_name="Oscar", school=D1["school"], year_group=7, meeting_date="2026-09-29",
              completed_date="2026-10-16", attendance_percent=92.3, pupil_voice=V1,
              targets=[{"text": x[0], "area": x[1]} for x in T1], english_target=True, maths_target=True,
              pp_spend=[{"description": PP1[0][0], "cost": 45.0, "target": 1}, {"description": PP1[1][0], "cost": 200.0, "target": 2}],
              pp_requested=245.0)
    t2 = dict(child_name=D2["name"], child_first_name="Jade", school=D2["school"], year_group=7, meeting_date="2026-10-19",
              completed_date=None, attendance_percent=85.6, pupil_voice=[],
              targets=[{"text": x[0], "area": x[1]} for x in T2], english_target=True, maths_target=True,
              pp_spend=[{"description": PP2[0][0], "cost": 300.0, "target": None}, {"description": PP2[1][0], "cost": 60.0, "target": 1}],
              pp_requested=360.0)
    gaps = ["-2 gaps: child did not come and 'What you told us' is empty (only an adult note to the child), "
            "laptop PP+ line not linked to a target, final document date blank"]
    for i, (d, t) in enumerate([(D1, t1), (D2, t2)], 1):
        fname = f"{LAYOUT}-{i}.docx"
        render(d, os.path.join(out_dir, fname))
        write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS + (gaps if i == 2 else []), **t)


if __name__ == "__main__":
    run_main(build)
