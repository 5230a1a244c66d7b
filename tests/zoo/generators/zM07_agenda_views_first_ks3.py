"""zM07: Year 7 PEP that opens with the meeting agenda sheet (entry 14); child's views are Sections 1-2, carer has Section 3;
slash-strung section headings (entry 12)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_M import *

LAYOUT = "zM07-agenda-views-first-ks3"
INSP = "real-forms.md entries 14, 12"
QUIRKS = ["agenda sheet Agenda Items | Person responsible comes before the form", "child's views are Sections 1 and 2, first",
          "carer has a section of its own (Section 3)", "agenda item numbers do not match section numbers",
          "slash-strung heading: Education Information/Homework Arrangements/Secondary Transfer",
          "young person states what their actions will be and signs it", "watermark 'OFFICIAL'"]

D = {1: dict(name="Declan Ashgrove", first="Declan", school="Moorcroft High School", yg=7, meet="2026-10-20", meet_s="20 October 2026",
             done="2026-10-23", done_s="Signed off by Designated Teacher, 23 October 2026", att="98.1", att_v=98.1,
             s1=["I like that I have a locker and my own timetable.", "The corridors are really busy and I get lost."],
             s2=["I will pack my bag the night before using my timetable.", "I want to try out for the chess club."],
             targets=[("Declan will read for 20 minutes every night and complete the Accelerated Reader quiz for each book", "English"),
                      ("Declan will complete his Sparx maths homework each week with 100% completion", "Maths"),
                      ("Declan will go to chess club on Thursdays to build friendships in Year 7", "Social")],
             pp=[("Transition mentor check-ins, weekly for the autumn term", 260.0, 3, "£260"),
                 ("Sparx maths 1:1 catch-up with a sixth-form tutor", 150.0, 2, "£150"),
                 ("Reading books chosen with the librarian", 40.0, 1, "£40")], req=450.0, req_s="£450"),
     2: dict(name="Maisie Trelawney", first="Maisie", school="Moorcroft High School", yg=7, meet="2026-11-09", meet_s="9 November 2026",
             done=None, done_s="Signed off by Designated Teacher, ................", att="85.7", att_v=85.7,
             s1=["I don't like PE because of the changing rooms."], s2=["I will tell my form tutor if I feel worried."],
             targets=[("Maisie will use paragraphs in her extended writing in English and History", "English"),
                      ("Maisie will practise fractions on Hegarty Maths twice a week", "Maths")],
             pp=[("Counselling sessions", None, None, "tbc"), ("Hegarty Maths revision guide", 12.0, None, "£12")],
             req=None, req_s="to be confirmed")}


def make(out_dir, v):
    d = D[v]; stem = f"{LAYOUT}-{v}"; path = os.path.join(out_dir, stem + ".pdf")
    s = [P("<b>PEP Meeting Agenda</b>", H1),
         ptable([["Agenda Items", "Person responsible"],
                 ["1 Introductions", "Chair"],
                 ["2 Section 1 and 2: This section must be completed prior to the meeting. Go through child/young persons views and if present and applicable ask him/her to expand on any points",
                  "Young person or nominee"],
                 ["3 Section 3: Carer's views", "Carer"],
                 ["4 Section 4: Essential Pupil information - legal situation, parental responsibility, who can sign forms for school trips both one day and residential", "SW"],
                 ["5 Section 5: Education Information/Homework Arrangements/Secondary Transfer", "Designated Teacher"],
                 ["6 Section 6: Priorities and Targets / Pupil Premium Plus", "Designated Teacher"]],
                widths=[130 * mm, 50 * mm]),
         PageBreak(),
         P("<b>Personal Education Plan</b>", H1),
         ptable([["Name", d['name'], "School", d['school']], ["Year", "7", "Date of meeting", d['meet_s']]],
                widths=[25 * mm, 55 * mm, 35 * mm, 65 * mm], header=False),
         P("<b>Section 1 - What I think about school</b>", H2)]
    s += [P("\u2022 " + x) for x in d['s1']]
    s.append(P("<b>Section 2 - What my actions will be</b>", H2))
    s += [P("\u2022 " + x) for x in d['s2']]
    s += [P(f"Signed (young person): {d['first']}"),
          P("<b>Section 3 - Carer's views</b>", H2),
          P("Settling well; needs reminders about homework." if v == 1 else "Finding mornings difficult."),
          P("<b>Section 4 - Essential Pupil information</b>", H2),
          P("Legal situation: Care Order. Parental responsibility shared with the local authority. Trips (one day and residential): social worker signs."),
          P("<b>Section 5 - Education Information/Homework Arrangements/Secondary Transfer</b>", H2),
          ptable([["Attendance (this year)", f"{d['att']}%"], ["Homework arrangements", "Homework club Mon/Wed"],
                  ["Secondary transfer", "Transferred from Hillside Primary in July 2026"]], widths=[60 * mm, 120 * mm], header=False),
          P("<b>Section 6 - Priorities and Targets</b>", H2)]
    rows = [["No", "Target", "Subject"]]
    for i, (t, a) in enumerate(d['targets'], 1):
        rows.append([str(i), t, a])
    s.append(ptable(rows, widths=[12 * mm, 138 * mm, 30 * mm]))
    s.append(P("<b>Pupil Premium Plus</b>", H2))
    rows = [["Spend", "Cost", "Target"]]
    for x, c, tg, cs in d['pp']:
        rows.append([x, cs, str(tg) if tg else ""])
    rows.append(["Total requested", d['req_s'], ""])
    s.append(ptable(rows, widths=[120 * mm, 30 * mm, 30 * mm]))
    s += [Spacer(1, 8), P(d['done_s'])]
    build_pdf(path, s, header="Moorcroft High School - Personal Education Plan", footer="Copies to: SW, carer, Virtual School", watermark="OFFICIAL")
    write_truth(out_dir, stem, "pdf", INSP, QUIRKS + (["PP+ lines without costs or target links", "total 'to be confirmed'", "not signed off by DT"] if v == 2 else []),
                child_name=d['name'], child_first_name=d['first'], school=d['school'], year_group=d['yg'],
                meeting_date=d['meet'], completed_date=d['done'], attendance_percent=d['att_v'],
                pupil_voice=d['s1'] + d['s2'], targets=[{"text": t, "area": a} for t, a in d['targets']],
                english_target=True, maths_target=True,
                pp_spend=[{"description": x, "cost": c, "target": tg} for x, c, tg, _ in d['pp']], pp_requested=d['req'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for v in (1, 2):
        make(out_dir, v)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
