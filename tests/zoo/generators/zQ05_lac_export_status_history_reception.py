"""zQ05: 'Export Active PEP' print from a Looked-After-Call-style platform for a Reception child: PEP
identified by cycle, a status history with a 'Review again' rejection, mandatory-field asterisks,
and the EYFS form's 'About Me' sentence starters and ELG x development-band tick grid."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Q import *  # noqa

LAYOUT = "zQ05-lac-export-status-history-reception"
INSPIRED = "real-forms.md entries 2, 9"


def make(out_dir, n):
    good = n == 1
    fname = f"{LAYOUT}-{n}.pdf"
    name = "Poppy-Mae Caddick" if good else "Ezra Nwankwo"
    first = name.split()[0]
    school = "Little Haywood Infant School" if good else "Cannock Chase Primary Academy"
    s = [P("PEP Actions > Export Active PEP", "small"),
         P("Personal Education Plan - Early Years Foundation Stage", "h1")]
    s.append(ptable([["Pupil's name", "PEP cycle", "PEP status", "Other PEPs on record"],
                     [name, "Autumn 2026/27", "Complete" if good else "In progress",
                      "Summer 2025/26 (Complete); Spring 2025/26 (Complete)" if good else "Summer 2025/26 (Complete)"]],
                    widths=[45 * mm, 35 * mm, 30 * mm, 70 * mm]))
    s.append(P("Fields marked * are mandatory.", "small"))
    s.append(P("Status history", "h2"))
    if good:
        hist = [["Date", "Status", "Changed by", "Reason"],
                ["01/09/2026", "Not started", "System", ""],
                ["22/09/2026", "In progress", "Designated Teacher", ""],
                ["09/10/2026", "Ready to submit to Virtual School", "Designated Teacher", ""],
                ["12/10/2026", "Submitted", "Designated Teacher", ""],
                ["15/10/2026", "Review again", "LA (Super) user", "Next steps need a measurable end point."],
                ["19/10/2026", "Submitted", "Designated Teacher", ""],
                ["21/10/2026", "Complete", "LA (Super) user", ""]]
    else:
        hist = [["Date", "Status", "Changed by", "Reason"],
                ["01/09/2026", "Not started", "System", ""],
                ["30/09/2026", "In progress", "Designated Teacher", ""]]
    s.append(ptable(hist, widths=[25 * mm, 55 * mm, 40 * mm, 60 * mm]))
    s.append(P("Personal Information", "h2"))
    s.append(ptable([["My name *", name], ["My birthday *", "11/01/2022" if good else "28/06/2022"],
                     ["My age", "4 years 9 months" if good else "4 years 3 months"],
                     ["My year group *", "Reception"], ["My school/setting *", school],
                     ["Date of my PEP meeting *", "Tuesday 6 October 2026" if good else ""],
                     ["PEP", "Autumn term (PEP 1)"]],
                    header=False, widths=[60 * mm, 120 * mm]))
    s.append(P("Care Information", "h2"))
    s.append(ptable([["Legal status *", "Placement Order" if good else "S20"],
                     ["Carer", "Mr and Mrs Ashdown (foster carers)" if good else "Ms E. Farrow (foster carer)"],
                     ["Social Worker", "Holly Tranter" if good else "Marcus Obi"]],
                    header=False, widths=[60 * mm, 120 * mm]))
    s.append(P("About Me", "h2"))
    s.append(P("(Key person writes down exactly what the child says.)", "small"))
    starters = ["I like playing with...", "I am good at/enjoy...", "My friends are...", "I am happy when...",
                "I am sad when..."]
    if good:
        ans = ["the big blocks and the dinosaurs", "I am good at climbing and jumping",
               "Isla and Jacob", "I am happy when Nana comes to see me",
               "I am sad when it is tidy up time"]
    else:
        ans = ["", "", "", "", ""]
    s.append(ptable([[a, b] for a, b in zip(starters, ans)], header=False, widths=[60 * mm, 120 * mm]))
    s.append(P("Health and Emotional Wellbeing", "h2"))
    s.append(P("Attendance this year *: 96.8% (to 02/10/2026)" if good else
               "Attendance this year *: "))
    s.append(P("(DT to complete before the PEP) 1) Development assessment information: For each early learning "
               "goal (ELG), please tick which development band is most applicable.", "small"))
    bands = ["8-20", "16-26", "22-36", "30-50", "40-60+"]
    elgs = [("Listening, attention and understanding", 3 if good else 3),
            ("Speaking", 2), ("Self-regulation", 3), ("Gross motor skills", 4), ("Comprehension", 3),
            ("Word reading", 2 if good else 3), ("Number", 2 if good else 3), ("Numerical patterns", 3)]
    rows = [["Development bands (months)"] + bands]
    for e, k in elgs:
        rows.append([e] + ["\u2713" if i == k else "" for i in range(len(bands))])
    s.append(ptable(rows, widths=[70 * mm] + [22 * mm] * 5,
                    extra=[("ALIGN", (1, 1), (-1, -1), "CENTER")]))
    s.append(P("Next steps (targets) *", "h2"))
    if good:
        tg = [("Poppy-Mae will blend and read 10 CVC words from Phase 2 and 3 sounds with her key person by "
               "the end of the autumn term.", "Literacy"),
              ("Poppy-Mae will count out up to 10 objects accurately and say how many without recounting, in "
               "3 out of 4 adult-led play sessions, by February half-term.", "Mathematics"),
              ("Poppy-Mae will use a visual timer and a 'now and next' card to help her at tidy up time, with "
               "fewer than two upsets a week by the next PEP.", "Personal, social and emotional")]
        pp = [("Phonics catch-up with TA, 4 x 10 minutes a week (Next step 1)", 160.0, 1),
              ("Counting and number games kit for home and setting (Next step 2)", 35.0, 2),
              ("Visual timer and now-and-next cards (Next step 3)", 15.0, 3)]
        req = 210.0
    else:
        tg = [("Ezra will say goodbye to his carer at the door and settle to a chosen activity within 5 minutes "
               "on 4 mornings out of 5 by December.", "Personal, social and emotional"),
              ("Ezra will join in with the daily counting song and number rhymes.", "Mathematics")]
        pp = [("Nurture group place with the EYFS TA, 3 x 20 minutes a week", 180.0, 1)]
        req = 180.0
    rows = [["No.", "Next step", "EYFS area", "PP+ spend", "Cost"]]
    for i, (t, a) in enumerate(tg, 1):
        line = [p for p in pp if p[2] == i]
        rows.append([str(i), t, a, line[0][0] if line else "", f"\u00a3{line[0][1]:.2f}" if line else ""])
    s.append(ptable(rows, widths=[10 * mm, 75 * mm, 30 * mm, 45 * mm, 20 * mm]))
    s.append(P(f"Total PP+ requested: \u00a3{req:.2f}", "b"))
    build_pdf(os.path.join(out_dir, fname), s, header="Looked After Call  |  PEP module  |  Export Active PEP",
              footer="Exported 02/12/2026 09:14 by LA (Super) user   Page {page}")
    quirks = ["PEP identified by cycle ('Autumn 2026/27') in the summary header, with 'Other PEPs on record'",
              "status history table with a 'Review again' rejection and reason (completed = date marked Complete)",
              "mandatory fields marked with *", "'About Me' sentence starters with the child's completions",
              "ELG x development-band (months) tick grid", "age in years and months",
              "next steps with the PP+ line on the same row"]
    if not good:
        quirks.append("-2 gaps: status still 'In progress' (no completion), 'Date of my PEP meeting' blank (only the "
                      "cycle), About Me completions blank, attendance blank, no literacy or communication next step, "
                      "maths next step vague and uncosted")
    write_truth(out_dir, LAYOUT, fname, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=0,
                meeting_date="2026-10-06" if good else None,
                completed_date="2026-10-21" if good else None,
                attendance_percent=96.8 if good else None,
                pupil_voice=[a for a in ans if a], targets=[{"text": t, "area": a} for t, a in tg],
                english_target=good, maths_target=True,
                pp_spend=[{"description": a, "cost": b, "target": c} for a, b, c in pp], pp_requested=req)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
