"""zG03: secondary PEP (Word) built on a fixed three-target rule: two academic targets drafted
before the meeting by teachers, a third holistic (SEMH) target that reflects the young person's views.
Subject teachers' round-robin comments come first; previous targets have tick-box outcomes.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_G import new_doc, table, bar, para, cell_text, shade, write_truth, main  # noqa: E402

LAYOUT = "zG03-three-target-ks3"
INSPIRED = "real-forms.md entries 31, 19, 13"
QUIRKS = ["labels without colons, value in the next cell", "preferred name beside the legal name",
          "fixed target slots: Target 1 and 2 academic, Target 3 holistic/SEMH",
          "round-robin subject teacher comments before the meeting",
          "tick-box characters for yes/no and previous-target outcomes",
          "Word placeholder 'Click or tap here to enter text.' in unfilled fields",
          "day-name dates with ordinal suffix"]

PH = "Click or tap here to enter text."
TICK, BOX = "\u2612", "\u2610"

CHILDREN = [
    dict(
        stem=LAYOUT + "-1", name="Jordan Achterberg", preferred="Jordy", dob="11/01/2011", ncy="9",
        school="Riverside Park Academy", date="Thursday 6th November 2025", last="19/06/2025",
        sw="Imogen Sallis", dt="Mr Peter Olawale", carer="Mr and Mrs Fenwick (foster carers)",
        robin=[("English", "4-", "6", "Good oral answers; written paragraphs lack evidence."),
               ("Maths", "3", "5", "Algebra gaps from Y8; avoids starting questions."),
               ("Science", "5", "6", "Enthusiastic in practicals.")],
        att="89.6%", pa=True, pa_plan="Attendance plan agreed with carers; morning check-in with Mr Halloran.",
        susp="0",
        attended=True, reason="",
        voice="\n".join(["Science is my best lesson because we do experiments.",
                         "I don't like being taken out of PE for catch-up.",
                         "I want to be a paramedic and I know you need good grades for that."]),
        voice_truth=["Science is my best lesson because we do experiments.",
                     "I don't like being taken out of PE for catch-up.",
                     "I want to be a paramedic and I know you need good grades for that."],
        prev=[("Jordan will complete homework on time for 4 weeks out of 5 (logged on the homework app)", "achieved"),
              ("Jordan will improve his reading age from 11.2 to 12.0", "part")],
        t1=("By the spring PEP Jordan will write an analytical paragraph on 'Of Mice and Men' using point, evidence "
            "and explanation, assessed at grade 4 or above by his English teacher", "Ms Quayle (English)",
            "Paragraph frames; 1:1 tutor weekly", "Marked assessment, week of 23 February 2026", "English"),
        t2=("Jordan will raise his score on the half-termly algebra assessment from 41% to 55% by February half-term",
            "Mr Dimitriou (Maths)", "Small-group algebra sessions with HLTA", "Half-termly assessment", "Maths"),
        t3=("Jordan will attend the Year 9 first-aid club every Wednesday this half-term, logged by Mr Halloran, "
            "as a step towards his paramedic goal", "Mr Halloran (Head of Year)", "Club place reserved",
            "Club register", "Wellbeing / aspirations"),
        spend=[("1", "English tuition with external tutor, 1 hour weekly for 10 weeks at £35/hr", "£350.00", 350.0),
               ("2", "Maths small group with HLTA, 3 x 25 minutes weekly", "£200.00", 200.0),
               ("3", "First-aid club certificate and kit", "£45.00", 45.0)],
        total="£595.00", signed="P. Olawale", signed_date="13/11/2025", next_pep="Spring term - w/c 2 March 2026",
        truth=dict(child_name="Jordan Achterberg", child_first_name="Jordan", school="Riverside Park Academy",
                   year_group=9, meeting_date="2025-11-06", completed_date="2025-11-13", attendance_percent=89.6,
                   english_target=True, maths_target=True, pp_requested=595.0),
    ),
    dict(
        stem=LAYOUT + "-2", name="Skye Marriner", preferred=PH, dob="30/06/2010", ncy="10",
        school="Oakfield Community School", date="Tuesday 25th November 2025", last="08/07/2025",
        sw="Rob Akhtar", dt="Mrs Gail Pennington", carer="Ms Tracey Lomax (kinship carer - aunt)",
        robin=[("English", "3", "5", "Coursework unfinished."),
               ("Maths", "4", "5", "Capable; absences mean gaps."),
               ("Science", PH, PH, PH)],
        att="78.3%", pa=True, pa_plan=PH, susp="2 days (October)",
        attended=False, reason="Skye was not in school on the day.",
        voice=PH, voice_truth=[],
        prev=[("Skye will attend 95% of lessons this half-term", "not"),
              ("Skye will hand in her English Language practice paper", "achieved")],
        t1=("Skye will complete and hand in her English Language Paper 2 practice response by 12 December 2025, "
            "aiming for grade 4", "Mr Bains (English)", "Lunchtime catch-up room", "Marked paper", "English"),
        t2=(PH, PH, PH, PH, None),
        t3=("Skye will meet the school counsellor fortnightly and agree one step to make mornings easier",
            "Mrs Pennington", "Counselling slot booked", "Counsellor's log", "SEMH"),
        spend=[("1", "English catch-up tutor, 6 x 1 hour", "£210", 210.0),
               ("", "Laptop for coursework", "£320", 320.0)],
        total="£530", signed="", signed_date="", next_pep=PH,
        truth=dict(child_name="Skye Marriner", child_first_name="Skye", school="Oakfield Community School",
                   year_group=10, meeting_date="2025-11-25", completed_date=None, attendance_percent=78.3,
                   english_target=True, maths_target=False, pp_requested=530.0),
    ),
]


def yn(flag):
    return f"{TICK} Yes   {BOX} No" if flag else f"{BOX} Yes   {TICK} No"


def target_block(doc, title, t):
    bar(doc, title, fill="D9E2F3", color="1F3864", size=10)
    table(doc, [["Target", t[0]], ["Set by (teacher)", t[1]], ["Support to get there", t[2]],
                ["How will we know?", t[3]]], bold_first_col=True)


def build_one(out_dir, c):
    doc = new_doc("Calibri", 10)
    doc.sections[0].header.paragraphs[0].text = "Thamesmere Virtual School   |   PEP - Statutory School Age (KS3/KS4)   |   RESTRICTED"
    doc.sections[0].footer.paragraphs[0].text = "Only a teacher should set Targets 1 and 2. Version 2025-26."
    para(doc, "Personal Education Plan", bold=True, size=16, color="1F3864")
    para(doc, "Termly review - Autumn 2025", size=11)

    bar(doc, "PART 1   ABOUT THE YOUNG PERSON")
    table(doc, [["Young person", c["name"], "Preferred name", c["preferred"]],
                ["Date of birth", c["dob"], "Year (NCY)", c["ncy"]],
                ["School", c["school"], "Date of PEP", c["date"]],
                ["Social worker", c["sw"], "Designated teacher", c["dt"]],
                ["Carer(s)", c["carer"], "Date of last PEP", c["last"]]])
    para(doc, "")
    bar(doc, "PART 2   ROUND ROBIN - SUBJECT TEACHERS (collected before the meeting)")
    table(doc, [["Subject", "Working at now", "End of KS4 target grade", "Teacher comment"]] +
          [list(r) for r in c["robin"]], header_fill="F2F2F2")
    para(doc, "")
    bar(doc, "PART 3   ATTENDANCE AND INCLUSION")
    table(doc, [["Attendance % (since 1 Sept)", c["att"]],
                ["Persistent absence (90% or below)?", yn(c["pa"])],
                ["If yes, what is the plan?", c["pa_plan"]],
                ["Suspensions this year", c["susp"]]], bold_first_col=True)
    para(doc, "")
    bar(doc, "PART 4   THE YOUNG PERSON'S VOICE")
    table(doc, [["Did the young person attend the meeting?", yn(c["attended"])],
                ["If no, record a clear reason", c["reason"] or "N/A"],
                ["In the young person's own words (school, learning, friends, future)", c["voice"]]],
          bold_first_col=True)
    para(doc, "")
    bar(doc, "PART 5   HOW DID WE DO? TARGETS FROM THE LAST PEP")
    rows = [["Last PEP target", "Achieved", "Part achieved", "Not achieved"]]
    for text, out in c["prev"]:
        rows.append([text, TICK if out == "achieved" else BOX, TICK if out == "part" else BOX,
                     TICK if out == "not" else BOX])
    table(doc, rows, header_fill="F2F2F2")
    para(doc, "")
    bar(doc, "PART 6   TARGETS FOR THIS TERM")
    para(doc, "Targets 1 and 2 address academic progress and are drafted before the meeting. Target 3 is holistic "
              "(social, emotional and mental health), child centred and reflects the young person's views.",
         italic=True, size=8)
    target_block(doc, "Target 1 (academic)", c["t1"])
    target_block(doc, "Target 2 (academic)", c["t2"])
    target_block(doc, "Target 3 (holistic / SEMH)", c["t3"])
    para(doc, "")
    bar(doc, "PART 7   PP+ REQUEST - each line must be linked to Target 1, 2 or 3")
    rows = [["Target no.", "Intervention (what, who, how often)", "Cost"]]
    rows += [[s[0], s[1], s[2]] for s in c["spend"]]
    rows.append(["", "TOTAL REQUESTED", c["total"]])
    table(doc, rows, header_fill="F2F2F2")
    para(doc, "")
    bar(doc, "PART 8   SIGN-OFF")
    table(doc, [["DT signature", c["signed"], "Date", c["signed_date"]],
                ["Date of next PEP", c["next_pep"], "", ""]])

    doc.save(os.path.join(out_dir, c["stem"] + ".docx"))

    tr = dict(c["truth"])
    tr["pupil_voice"] = c["voice_truth"]
    tr["targets"] = [{"text": t[0], "area": t[4]} for t in (c["t1"], c["t2"], c["t3"]) if t[4]]
    tr["pp_spend"] = [{"description": s[1], "cost": s[3], "target": int(s[0]) if s[0] else None} for s in c["spend"]]
    write_truth(out_dir, c["stem"], "docx", LAYOUT, INSPIRED, QUIRKS, tr)


def build(out_dir):
    for c in CHILDREN:
        build_one(out_dir, c)


if __name__ == "__main__":
    main(build)
