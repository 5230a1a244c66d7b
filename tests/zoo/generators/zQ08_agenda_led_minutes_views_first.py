"""zQ08: PEP meeting written up as minutes that follow the agenda sheet (Agenda Items | Person responsible);
the child's views are Sections 1 and 2 (first), the carer has Section 3, agenda numbers differ from
section numbers, highlighted names on the front-page table mark who must be invited, and targets and
PP+ are recorded in the minutes as ACTION lines."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Q import *  # noqa
from docx.enum.text import WD_COLOR_INDEX

LAYOUT = "zQ08-agenda-led-minutes-views-first"
INSPIRED = "real-forms.md entries 14, 5"


def make(out_dir, n):
    good = n == 1
    fname = f"{LAYOUT}-{n}.docx"
    name = "Leah Marchetti" if good else "Connor Staples"
    first = name.split()[0]
    school = "Brampton Ridge Academy" if good else "Harrowgate Vale School"
    mdate = "Thursday 12th November 2026" if good else "Tuesday 3rd November 2026"
    d = new_docx("Times New Roman", 11)
    set_header_footer(d, header="PEP MEETING \u2013 MINUTES (typed by business support from the agenda sheet)",
                      footer="Invitations go to those highlighted in the table on the front page of the PEP.")
    para(d, f"Personal Education Plan meeting: {name}", bold=True, size=15)
    para(d, f"Date: {mdate}.  " + ("Year group: 9.  " if good else "") + f"Venue: {school}, meeting room 2.  Reason for meeting: "
            + ("the young person changes placement (moved to new carers 19/10/2026)." if good
               else "start of a new academic year."))
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Name", "Role", "Present"]):
        t.cell(0, j).text = h
    people = [(first, "Young person", "Yes, for item 2" if good else "No", True),
              ("Mr O. Farraday" if good else "Mrs E. Pike", "Designated Teacher (Chair)", "Yes", True),
              ("Katrina Blaylock" if good else "Liam Dorsey", "Social worker", "Yes", True),
              ("Mr and Mrs Ingham" if good else "Mrs J. Staples (grandmother, kinship carer)", "Carer", "Yes", True),
              ("Wendy Cho", "CLA achievement teacher", "Yes" if good else "Apologies", False),
              ("Mr P. Garside", "Head of Year 9" if good else "Pastoral lead", "Yes", False)]
    for nm, role, pres, hl in people:
        r = t.add_row().cells
        r[0].text = ""
        run = r[0].paragraphs[0].add_run(nm)
        if hl:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        r[1].text = role
        r[2].text = pres
    d.add_paragraph()
    para(d, "Agenda", bold=True, size=12)
    dtable(d, [["Agenda Items", "Person responsible"],
               ["1 Introductions", "Chair"],
               ["2 Section 1 and 2: This section must be completed prior to the meeting. Go through child/young "
                "persons views and if present and applicable ask him/her to expand on any points",
                "Young person or nominee"],
               ["3 Section 3: carer's contribution", "Carer"],
               ["4 Section 4: Essential Pupil information \u2013 legal situation, parental responsibility, who can "
                "sign forms for school trips both one day and residential, Strengths and difficulties questionnaire",
                "SW"],
               ["5 Section 5: attendance, progress, targets and PP+", "DT"],
               ["6 Date of next meeting", "Chair"]], fill="D9D9D9")
    para(d, "Minutes", bold=True, size=12)
    para(d, "1. Introductions", bold=True)
    para(d, "Mr Farraday welcomed everyone and explained that this meeting was called because Leah moved to new "
            "carers in October." if good else
         "Mrs Pike welcomed everyone. Connor chose not to come to the meeting.")
    para(d, "2. Sections 1 and 2 \u2013 my views (completed before the meeting)", bold=True)
    if good:
        written = ["I like my new room and I can walk to school with my friend Chloe.",
                   "English is ok but I hate reading out loud in class.",
                   "I would like to do GCSE drama next year."]
        for w in written:
            d.add_paragraph(w, style="List Bullet")
        spoken = "I can get the quadratics bit if someone shows me one first."
        para(d, "Leah came in for this item and expanded on her views. Asked about maths she said \"" + spoken
             + "\" She agreed a mentor check-in would help.")
        voice = written + [spoken]
    else:
        para(d, "Sections 1 and 2 not returned. The social worker will ask Connor for his views at her next "
                "visit.")
        voice = []
    para(d, "3. Section 3 \u2013 carer's contribution", bold=True)
    para(d, "Mrs Ingham said Leah is settling well and does homework at the kitchen table each evening." if good
         else "Mrs Staples said Connor is playing a lot of computer games late at night.")
    para(d, "4. Section 4 \u2013 essential pupil information", bold=True)
    para(d, "Legal situation: S31 Care Order; the LA shares parental responsibility with mum. The SW signs "
            "residential trip forms; carers sign day trips. SDQ score 14 (borderline)." if good else
         "Legal situation: Special Guardianship application in progress. SDQ not completed.")
    para(d, "5. Section 5 \u2013 attendance, progress, targets and PP+", bold=True)
    if good:
        para(d, "Attendance for the year so far is 93.7%, with the dip due to the move. Leah is on track in most "
                "subjects; maths is a worry (working at grade 3, target 5).")
        tg = [("Leah will solve single-step quadratic equations by factorising, with a worked example first, and "
               "score 70% on the end-of-unit test on 29 January 2027.", "Maths"),
              ("Leah will read aloud a short passage in her small English group once a week and then in class once "
               "before February half-term.", "English"),
              ("Leah will attend the drama club taster sessions on Mondays and tell her mentor by 11 December "
               "whether she will choose GCSE drama.", "Wellbeing")]
        pp = [("Maths mentor from the maths department, 1 x 40 minutes a week for 10 weeks", 320.0, 1),
              ("Small reading group with English TA, weekly", 150.0, 2)]
        req = 470.0
    else:
        para(d, "Attendance was not available at the meeting. Connor is behind in maths and science.")
        tg = [("Connor will complete his Sparx Maths homework each week and score at least 80% on it for 6 of "
               "the next 8 weeks.", "Maths"),
              ("Connor will be in bed by 10pm on school nights (carer to keep a log).", "Wellbeing")]
        pp = [("Gaming-free activity: gym membership", 120.0, None)]
        req = 120.0
    for i, (tx, a) in enumerate(tg, 1):
        para(d, f"ACTION (Target {i}, {a}): {tx}")
    for desc, cost, tgt in pp:
        link = f" (for Target {tgt})" if tgt else ""
        para(d, f"PP+ agreed: {desc}, \u00a3{cost:.0f}{link}.")
    para(d, f"Total PP+ requested: \u00a3{req:.0f}.")
    para(d, "6. Date of next meeting", bold=True)
    para(d, "Spring term, week beginning 1 March 2027.")
    para(d, "Minutes agreed by the Chair and PEP completed on " + ("17/11/2026" if good else "______") + ".",
         italic=True)
    d.save(os.path.join(out_dir, fname))
    quirks = ["narrative minutes following an agenda sheet (Agenda Items | Person responsible)",
              "child's views are Sections 1 and 2 (first); carer has Section 3",
              "agenda item numbers differ from section numbers", "highlighted names mark who must be invited",
              "child's spoken words quoted inside a minute paragraph", "targets and PP+ as ACTION / 'PP+ agreed' lines",
              "meeting date written with weekday and ordinal"]
    if not good:
        quirks.append("-2 gaps: child absent and Sections 1 and 2 not returned (no voice), no attendance figure, no "
                      "English target, PP+ gym membership not linked to a target, completion date left as a blank line")
    write_truth(out_dir, LAYOUT, fname, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=9 if good else None,
                meeting_date="2026-11-12" if good else "2026-11-03",
                completed_date="2026-11-17" if good else None,
                attendance_percent=93.7 if good else None,
                pupil_voice=voice, targets=[{"text": t, "area": a} for t, a in tg],
                english_target=good, maths_target=True,
                pp_spend=[{"description": a, "cost": b, "target": c} for a, b, c in pp], pp_requested=req)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
