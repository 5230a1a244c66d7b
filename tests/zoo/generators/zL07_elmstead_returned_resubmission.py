"""zL07 Elmstead: Word PEP returned by the Virtual School ('Review again') with inline VS comments and a DT resubmission."""
import os
from _common_L import *

LAYOUT = "zL07-elmstead-returned-resubmission"
INSPIRED = "real-forms.md entries 2, 21, 28, 11, 15"
QUIRKS = ["status history table (Submitted / Review again / Resubmitted) instead of a single completion date",
          "inline 'VS QA comment:' paragraphs after sections, in a different colour",
          "a returned target struck through and marked withdrawn, with its replacement numbered 2a",
          "attendance split into 'authorised' and 'unauthorised' with overall % in prose",
          "two date formats in one file (dd/mm/yyyy and '16 Oct 2025')",
          "section letters (Part A-D) with numbered questions inside"]

DATA = {
 1: dict(name="Harvey Lindqvist", first="Harvey", school="Elmstead Park School", yg=7,
         meet="16 Oct 2025", meet_iso="2025-10-16",
         status=[("Submitted", "24/10/2025", "DT (Ms Carver)"), ("Review again", "29/10/2025", "VS QA officer - reason: maths target not measurable; PP+ line 2 not costed"),
                 ("Resubmitted", "05/11/2025", "DT (Ms Carver)"), ("Complete", "07/11/2025", "VS QA officer")],
         done_iso="2025-11-05",
         att="Overall attendance since 3 September is 95.6%. Authorised absence 3.1% (dental, court day); unauthorised 1.3%.",
         attp=95.6,
         voice=["Secondary is massive but I like having different teachers.",
                "I want to keep doing drama club because it's where I made my friends.",
                "Science homework on the app is hard because the carer's wifi keeps cutting out."],
         vs1="VS QA comment: Good - Harvey's own words are recorded and the drama club target follows from them.",
         targets=[("1", "English", "Harvey will use the reading ruler and the Accelerated Reader quiz to move from ZPD 3.2 to 4.0 by the spring PEP, reading for 20 minutes in tutor time 4 days a week.", True),
                  ("2", "Maths", "Harvey will work harder in maths.", False),
                  ("2a", "Maths", "Harvey will answer 15 out of 20 questions correctly on the Year 7 fractions and decimals check by 12/12/2025, after 6 weekly small-group sessions with Mr Banerjee.", True),
                  ("3", "Wellbeing/aspiration", "Harvey will attend drama club every Wednesday until February half-term and take a speaking part in the Year 7 showcase.", True)],
         vs2="VS QA comment (29/10): target 2 is not SMART - please revise. Resubmission accepted 07/11/2025.",
         spend=[("Accelerated Reader quizzes and reading ruler", "1", 35.0),
                ("Small-group fractions sessions with Mr Banerjee, 6 x 50 minutes at £30", "2a", 180.0),
                ("Mobile data dongle for homework apps (3 months)", "3", 45.0)],
         spend_t=[1, 2, 3], req=260.0),
 2: dict(name="Kai Donnelly-Reeves", first="Kai", school="Elmstead Park School", yg=7,
         meet="3 Feb 2026", meet_iso="2026-02-03",
         status=[("Submitted", "13/02/2026", "DT (Ms Carver)"), ("Review again", "18/02/2026", "VS QA officer - reason: no pupil voice; no maths target; PP+ not costed")],
         done_iso="2026-02-13",
         att="Attendance is 89.2% - persistent absence. Authorised 6.0%, unauthorised 4.8%.", attp=89.2,
         voice=[], vs1="VS QA comment: 'Kai did not want to give his views' is not acceptable. Please capture Kai's views from a recent conversation.",
         targets=[("1", "English", "Kai will complete 3 spelling-shed sessions a week and score 8/10 on the weekly Year 7 spelling test by Easter.", True),
                  ("2", "Attendance", "Kai will attend 95% of sessions between now and Easter, with a morning check-in with his mentor.", True)],
         vs2="VS QA comment (18/02): no maths target. Please add one and resubmit.",
         spend=[("Mentoring", "2", None), ("Spelling Shed", "", None)],
         spend_t=[2, None], req=None),
}


def build_one(out_dir, n):
    d = DATA[n]
    stem = f"{LAYOUT}-{n}"
    doc = new_docx(font="Calibri", size=10)
    set_header_footer(doc, header="Elmstead Virtual School  |  PEP (KS3)  |  Status: " + d["status"][-1][0],
                      footer="Exported from Elmstead ePEP - comments in green are from the Virtual School")
    dpara(doc, "Personal Education Plan", bold=True, size=16)
    dpara(doc, f"{d['name']} - {d['school']} - Year {d['yg']} - PEP meeting held {d['meet']}", bold=True)
    dpara(doc, "Status history", bold=True)
    dtable(doc, [["Status", "Date", "By / reason"]] + [list(s) for s in d["status"]], widths=[3.5, 3, 10.5])
    dhead(doc, "Part A  About the young person", 2)
    dtable(doc, [["A1 Legal status", "Section 20" if n == 1 else "Care Order"],
                 ["A2 Home", "Long-term foster home, Elmstead" if n == 1 else "Residential home (Oakview)"],
                 ["A3 SEN", "None" if n == 1 else "SEN Support - SEMH"]], bold_first_row=False, bold_first_col=True, widths=[5, 12])
    dhead(doc, "Part B  Views of the young person", 2)
    dpara(doc, "B1 What does the young person say about school, learning, friendships and support?", italic=True)
    if d["voice"]:
        for v in d["voice"]:
            dpara(doc, v)
    else:
        dpara(doc, "Kai did not want to give his views.")
    dpara(doc, d["vs1"], italic=True, color=(0, 120, 0))
    dhead(doc, "Part C  Attendance and attainment", 2)
    dpara(doc, "C1 Attendance (including authorised and unauthorised)", italic=True)
    dpara(doc, d["att"])
    dtable(doc, [["Subject", "KS2 result", "Current working at", "Target grade"],
                 ["English", "98", "Developing", "Secure"], ["Maths", "94", "Emerging", "Developing"]])
    dhead(doc, "Part D  Targets and PP+", 2)
    dpara(doc, "D1 SMART targets (review at next PEP)", italic=True)
    for no, area, txt, live in d["targets"]:
        p = doc.add_paragraph()
        r = p.add_run(f"Target {no} ({area}): ")
        r.bold = True
        r2 = p.add_run(txt)
        if not live:
            r2.font.strike = True
            p.add_run("  [withdrawn at VS request - replaced by 2a]").italic = True
    dpara(doc, d["vs2"], italic=True, color=(0, 120, 0))
    dpara(doc, "D2 PP+ request", italic=True)
    rows = [["Provision", "Target", "Cost"]]
    for desc, tno, cost in d["spend"]:
        rows.append([desc, tno, money(cost) if cost is not None else ""])
    rows.append(["Total", "", money(d["req"]) if d["req"] else ""])
    dtable(doc, rows, widths=[11, 2, 4])
    ext = "docx"
    doc.save(os.path.join(out_dir, f"{stem}.{ext}"))
    live = [x for x in d["targets"] if x[3]]
    t = dict(child_name=d["name"], child_first_name=d["first"], school=d["school"], year_group=d["yg"],
             meeting_date=d["meet_iso"], completed_date=d["done_iso"], attendance_percent=d["attp"],
             pupil_voice=d["voice"], targets=[{"text": x[2], "area": x[1]} for x in live],
             english_target=any(x[1] == "English" for x in live), maths_target=any(x[1] == "Maths" for x in live),
             pp_spend=[{"description": s[0], "cost": s[2], "target": tn} for s, tn in zip(d["spend"], d["spend_t"])],
             pp_requested=d["req"])
    q = QUIRKS + (["-1: completed_date is the DT's resubmission (the submission of this version), not the first submission or the VS 'Complete' date"] if n == 1 else
                  ["-2: returned, not yet resubmitted: completed_date is the DT's only submission; voice is a refusal sentence only; no maths target; spend uncosted, one unlinked"])
    write_truth(out_dir, stem, ext, LAYOUT, INSPIRED, q, t)


def build(out_dir):
    for n in (1, 2):
        build_one(out_dir, n)
