"""zM08: Year 2 PEP where both meetings are recorded in the same single document (entry 5), with SMART prompt rows per target (entry 15)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_M import *

LAYOUT = "zM08-two-meetings-smart-ks1"
INSP = "real-forms.md entries 5, 15"
QUIRKS = ["two meetings in one document: the September PEP and an interim review (read the latest)",
          "previous targets reviewed beside the new ones", "each new target laid out as S/M/A/R/T prompt rows",
          "'CLA achievement teacher' role", "cover: Name / My school / County / School year",
          "SDQ band words 0-13 - normal"]

OLD = [("Zara will read Phase 5 decodable books with 90% accuracy", "English"),
       ("Zara will count in 2s, 5s and 10s to 100", "Maths")]
D = {1: dict(name="Zara Penhallow", first="Zara", school="Kelderby C of E Primary School", yg=2,
             m1="2026-09-15", m1_s="15/09/2026", m2="2026-11-24", m2_s="24/11/2026", done="2026-11-27", done_s="27/11/2026",
             att1="96.0", att2="97.4", att_v=97.4,
             v1=["I like my new teacher."],
             v2=["I can read the red books now!", "I need help with writing long sentences.", "I like playing with Maya at break time."],
             targets=[("Zara will write three sentences in a row using 'and' or 'because' to join ideas", "English"),
                      ("Zara will add and subtract two-digit numbers using a number line by the spring PEP", "Maths")],
             pp=[("Talk for Writing small group, 2 x 30 mins per week", 180.0, 1), ("Number line and Numicon home kit", 25.0, 2)],
             req=205.0, req_s="£205.00", newt=True),
     2: dict(name="Reggie Calloway", first="Reggie", school="Kelderby C of E Primary School", yg=2,
             m1="2026-09-17", m1_s="17/09/2026", m2="2026-11-26", m2_s="26/11/2026", done=None, done_s="",
             att1="", att2="", att_v=None,
             v1=["I like the climbing frame."], v2=["I want to stay in Mr Blake's class."],
             targets=[], pp=[], req=None, req_s="", newt=False)}


def smart_rows(t):
    return [["S Specific", t], ["M Measurable", "Checked by class teacher against work in books"],
            ["A Achievable", "Yes, with small-group support"], ["R Relevant", "Has it taken the child's voice into consideration? Yes"],
            ["T Time-bound", "By the spring PEP"]]


def make(out_dir, v):
    d = D[v]; stem = f"{LAYOUT}-{v}"; path = os.path.join(out_dir, stem + ".docx")
    doc = new_doc(header="My Personal Education Plan 2026-2027", footer="Both meetings are recorded in the same single document.")
    dpara(doc, "My Personal Education Plan 2026–2027", bold=True, size=18, align='c')
    dtable(doc, [["Name", d['name']], ["This is a photo of me", "[photo withheld]"], ["My school", d['school']],
                 ["County", "Wexdale"], ["School year", "Year 2"]], header=False)
    dpara(doc, "SDQ: 11 (0-13 - normal)")
    # Meeting 1
    dpara(doc, f"PEP MEETING 1 (New PEP) - Date: {d['m1_s']}", bold=True, size=13)
    dpara(doc, "First part of meeting – Adults only discuss: The PEP, attendance, progress. CLA achievement teacher present.")
    dpara(doc, "Section 2 - My views and what I need help with", bold=True)
    for x in d['v1']:
        dpara(doc, x)
    dpara(doc, f"Attendance to date: {d['att1']}%" if d['att1'] else "Attendance to date: not available from MIS")
    dpara(doc, "Action plan (September)", bold=True)
    dtable(doc, [["Target", "Area"]] + [[t, a] for t, a in OLD])
    dpara(doc, "PP+ (September): Phonics booster group £150 - Target 1", italic=True)
    # Meeting 2
    dpara(doc, f"PEP MEETING 2 (Interim review) - Date: {d['m2_s']}", bold=True, size=13)
    dpara(doc, "Section 2 - My views and what I need help with", bold=True)
    for x in d['v2']:
        dpara(doc, x)
    dpara(doc, "Section 4 - Progress (completed by the DT)", bold=True)
    dtable(doc, [["Previous target", "Progress"], [OLD[0][0], "Achieved"], [OLD[1][0], "Achieved to 50; carry on"]])
    dpara(doc, f"Attendance to date: {d['att2']}%" if d['att2'] else "Attendance to date: ")
    dpara(doc, "New targets (SMART)", bold=True)
    if d['newt']:
        for i, (t, a) in enumerate(d['targets'], 1):
            dpara(doc, f"Target {i} - {a}")
            dtable(doc, smart_rows(t), header=False)
        dpara(doc, "PP+ request (this review)", bold=True)
        rows = [["Intervention", "Target", "Cost"]]
        for x, c, tg in d['pp']:
            rows.append([x, str(tg), f"£{c:.2f}"])
        rows.append(["Total", "", d['req_s']])
        dtable(doc, rows)
    else:
        dpara(doc, "New targets to be agreed at next meeting.")
        dpara(doc, "PP+ request (this review): ")
    dpara(doc, f"DT signature: A. Mensah   Date: {d['done_s']}" if d['done'] else "DT signature:            Date:")
    doc.save(path)
    write_truth(out_dir, stem, "docx", INSP, QUIRKS + (["latest meeting sets no new targets", "no PP+ request at the review",
                                                        "no attendance figure at the latest meeting", "unsigned"] if v == 2 else []),
                child_name=d['name'], child_first_name=d['first'], school=d['school'], year_group=d['yg'],
                meeting_date=d['m2'], completed_date=d['done'], attendance_percent=d['att_v'],
                pupil_voice=d['v2'], targets=[{"text": t, "area": a} for t, a in d['targets']],
                english_target=d['newt'], maths_target=d['newt'],
                pp_spend=[{"description": x, "cost": c, "target": tg} for x, c, tg in d['pp']], pp_requested=d['req'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for v in (1, 2):
        make(out_dir, v)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
