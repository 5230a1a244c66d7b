"""zG08: KS3 PEP compiled as a 'contributions pack' from an invented delegation portal (Word).

Each section is delegated to one person and carries its own status and return date; the carer and the
alternative provision have sections of their own; the young person typed their part on the portal;
the agreed plan is written at the meeting. Highlighting in the invitation table marks who must attend.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_G import new_doc, table, bar, para, cell_text, shade, write_truth, main  # noqa: E402

LAYOUT = "zG08-delegated-contributions"
INSPIRED = "real-forms.md entries 15, 14, 1, 10"
QUIRKS = ["sections delegated to named people, each with status and returned date (not the completion date)",
          "carer and alternative provision have their own sections",
          "highlighting in the invitation table marks who must be invited",
          "part-time timetable split between school on roll and an AP",
          "attendance with an autumn figure beside the year figure",
          "old targets reviewed inside the DT's contribution; new targets only in the agreed plan",
          "young person's contribution typed by them on the portal, or 'Not returned'"]

CHILDREN = [
    dict(
        stem=LAYOUT + "-1", name="Tyler-James Ashworth", first="Tyler-James", dob="07/07/2013", ncy="8",
        school="Ashgrove Academy", ap="The Forge Learning Centre (Thursday and Friday)",
        timetable="Mon-Wed at Ashgrove Academy; Thu-Fri at The Forge Learning Centre. Reviewed every half term; "
                  "next review 20/04/2026.",
        invite=[("Young person", "Tyler-James", True), ("Designated teacher", "Ms R. Chaudhry", True),
                ("Social worker", "Gareth Pryce", True), ("Carer", "Mrs S. Ridley", True),
                ("AP key worker", "Dan Lowe", False), ("Virtual School", "Mrs F. Adebayo", True)],
        sw=("Returned 26/02/2026", "Tyler-James has lived with Mrs Ridley since May 2025. Family time with his mum is "
            "fortnightly on Saturdays. The care plan is long-term fostering."),
        carer=("Returned 02/03/2026", "He is much calmer on Forge days and comes home talking about engines. "
               "Mornings before Ashgrove are still difficult; we use a visual countdown."),
        dt=("Returned 04/03/2026",
            [("Attendance this year (incl. AP sessions coded B)", "86.4%"), ("Autumn term only", "82.0%"),
             ("Suspensions this year", "1 day (November)"), ("SEN", "SEN support - SEMH"),
             ("Reading age", "10y 4m (Feb 2026)")],
            [("Tyler-James will attend two full days a week at Ashgrove", "Achieved"),
             ("Tyler-James will complete his Entry Level 2 maths unit", "Achieved - moving to Entry Level 3"),
             ("Tyler-James will use the time-out card instead of leaving lessons", "Partly achieved")]),
        apc=("Returned 03/03/2026", "Good engagement in the workshop. Reading is avoided unless it is about cars."),
        yp=("Returned 01/03/2026 (typed by Tyler-James on the portal)",
            ["The Forge is better because the groups are small and they let me do mechanics.",
             "I don't want to go back full time yet.",
             "Maths is alright when it's about money."]),
        meeting="10th March 2026",
        targets=[("English (reading)",
                  "Tyler-James will read a chapter of his chosen book (currently 'Holes') with his mentor twice a week at "
                  "The Forge and talk about it using three question prompts, by the May PEP", "AP mentor", "May PEP"),
                 ("Maths",
                  "Tyler-James will complete the Entry Level 3 money and measures unit with at least 70% on the "
                  "end-of-unit check by 22 May 2026", "Maths teacher (Ashgrove)", "22/05/2026"),
                 ("Attendance",
                  "Tyler-James will attend all timetabled sessions at Ashgrove on Mon-Wed, raising his attendance to "
                  "above 90% by the summer PEP", "Ms Chaudhry; Mrs Ridley", "Summer PEP")],
        spend=[("Reading mentor sessions at The Forge, 2 x 30 minutes weekly for 10 weeks at £15 per session", "1",
                "£300", 300.0),
               ("Entry Level 3 maths workbook and scientific calculator", "2", "£28.50", 28.5),
               ("Attendance reward scheme - voucher for each 100% week (max 10 x £5)", "3", "£50", 50.0)],
        total="£378.50", signed="Plan signed off by the DT (Ms R. Chaudhry) on 17/03/2026",
        truth=dict(child_name="Tyler-James Ashworth", child_first_name="Tyler-James", school="Ashgrove Academy",
                   year_group=8, meeting_date="2026-03-10", completed_date="2026-03-17", attendance_percent=86.4,
                   english_target=True, maths_target=True, pp_requested=378.5),
    ),
    dict(
        stem=LAYOUT + "-2", name="Demi Okonkwo-Reyes", first="Demi", dob="28/01/2014", ncy="7",
        school="Marshside High School", ap="None",
        timetable="Full time", invite=[("Young person", "Demi", True), ("Designated teacher", "Mr L. Varga", True),
                                       ("Social worker", "Anita Beaumont", True), ("Carer", "Mr and Mrs Kaur", True),
                                       ("Virtual School", "Mrs F. Adebayo", False)],
        sw=("Returned 12/02/2026", "Demi moved to her current carers in January after a short-notice move. "
            "School place kept so she did not have to change school."),
        carer=("Returned 16/02/2026", "Demi is settling. She is tired after school and goes straight to her room."),
        dt=("Returned 18/02/2026",
            [("Attendance this year", "91.2%"), ("Autumn term only", "93.5%"), ("Suspensions this year", "0"),
             ("SEN", "None"), ("Reading age", "12y 1m")],
            [("Demi will join an extra-curricular club", "Achieved - netball"),
             ("Demi will hand in science homework on time", "Not achieved")]),
        apc=None,
        yp=("Not returned", []),
        meeting="Spring term 2026",
        targets=[("Maths",
                  "Demi will complete her weekly online maths homework with 100% completion for six weeks running before "
                  "the summer PEP", "Maths teacher", "Summer PEP"),
                 ("Wellbeing",
                  "Demi will meet her key adult, Miss Obi, every Monday morning to plan her week, for the rest of the "
                  "spring term", "Miss Obi", "Easter")],
        spend=[("Key adult time, 15 minutes weekly for 10 weeks", "2", "£150", 150.0),
               ("School trip contribution", "", "£95", 95.0)],
        total="£245", signed="Plan signed off by the DT (Mr L. Varga) on 03/03/2026",
        truth=dict(child_name="Demi Okonkwo-Reyes", child_first_name="Demi", school="Marshside High School",
                   year_group=7, meeting_date=None, completed_date="2026-03-03", attendance_percent=91.2,
                   english_target=False, maths_target=True, pp_requested=245.0),
    ),
]


def contribution(doc, title, who, status, fill):
    bar(doc, title, fill=fill)
    table(doc, [["Delegated to", who, "Status", status]], size=8.5)


def build_one(out_dir, c):
    doc = new_doc("Verdana", 9)
    doc.sections[0].header.paragraphs[0].text = "Northfleet & Marsh Council  |  Virtual School  |  PEP Contributions Pack"
    doc.sections[0].footer.paragraphs[0].text = ("Compiled from the VS delegation portal. Contributors complete their "
                                                 "section within 10 working days of delegation.")
    para(doc, "PEP Contributions Pack and Agreed Plan", bold=True, size=15, color="7B2C3B")
    table(doc, [["Child / young person", c["name"], "Date of birth", c["dob"]],
                ["NCY", c["ncy"], "School on roll", c["school"]],
                ["Alternative provision", c["ap"], "Timetable", c["timetable"]]])
    para(doc, "")
    para(doc, "Invitations (people highlighted must be invited)", bold=True)
    t = doc.add_table(rows=len(c["invite"]) + 1, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Role", bold=True)
    cell_text(t.cell(0, 1), "Name", bold=True)
    for i, (role, who, must) in enumerate(c["invite"], 1):
        cell_text(t.cell(i, 0), role, highlight=must)
        cell_text(t.cell(i, 1), who, highlight=must)
    para(doc, "")

    contribution(doc, "Social worker contribution", c["invite"][2][1], c["sw"][0], "2E75B6")
    table(doc, [[c["sw"][1]]])
    para(doc, "")
    contribution(doc, "Carer contribution", c["invite"][3][1], c["carer"][0], "548235")
    table(doc, [[c["carer"][1]]])
    para(doc, "")
    contribution(doc, "School (designated teacher) contribution", c["invite"][1][1], c["dt"][0], "C00000")
    table(doc, [list(r) for r in c["dt"][1]], bold_first_col=True)
    para(doc, "Review of targets from the last PEP", bold=True)
    table(doc, [["Last PEP target", "Outcome"]] + [list(r) for r in c["dt"][2]], header_fill="F2F2F2")
    para(doc, "")
    if c["apc"]:
        contribution(doc, "Alternative provision contribution", "Dan Lowe", c["apc"][0], "7F6000")
        table(doc, [[c["apc"][1]]])
        para(doc, "")
    contribution(doc, "Young person's contribution", c["first"], c["yp"][0], "7030A0")
    table(doc, [["My school, my learning, what I want to happen"], ["\n".join(c["yp"][1])]])
    para(doc, "")

    bar(doc, "AGREED PLAN (written at the meeting)", fill="404040")
    table(doc, [["PEP meeting held", c["meeting"]]], bold_first_col=True)
    para(doc, "Agreed targets (no more than four)", bold=True)
    rows = [["#", "Area", "Target", "Lead", "Review"]]
    rows += [[str(i), t[0], t[1], t[2], t[3]] for i, t in enumerate(c["targets"], 1)]
    table(doc, rows, header_fill="D9D9D9", size=8.5)
    para(doc, "PP+ request (designated teacher)", bold=True)
    rows = [["What will be bought or delivered", "Link to target", "Cost"]]
    rows += [[s[0], s[1], s[2]] for s in c["spend"]]
    rows.append(["Total", "", c["total"]])
    table(doc, rows, header_fill="D9D9D9", size=8.5)
    para(doc, "")
    para(doc, c["signed"], italic=True)

    doc.save(os.path.join(out_dir, c["stem"] + ".docx"))
    tr = dict(c["truth"])
    tr["pupil_voice"] = list(c["yp"][1])
    tr["targets"] = [{"text": t[1], "area": t[0]} for t in c["targets"]]
    tr["pp_spend"] = [{"description": s[0], "cost": s[3], "target": int(s[1]) if s[1] else None} for s in c["spend"]]
    write_truth(out_dir, c["stem"], "docx", LAYOUT, INSPIRED, QUIRKS, tr)


def build(out_dir):
    for c in CHILDREN:
        build_one(out_dir, c)


if __name__ == "__main__":
    main(build)
