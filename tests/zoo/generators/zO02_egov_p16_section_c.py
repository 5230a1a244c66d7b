"""zO02: eGOV 'ePEP Online' post-16 print (DOCX) renamed 'Personal Progression Plan (PPP)'; lettered
sections, labels in a shaded row above the values, Section C views in a Signs of Safety grid,
one table per target, PP+ and PEA as separate funding lines, approval status."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_O import *
import docx
from docx.shared import Pt

LAYOUT = "zO02-egov-p16-section-c"
INSPIRED = "real-forms.md entries 3, 25"
QUIRKS = ["post-16 PEP called 'Personal Progression Plan (PPP)'; funding called PP+ and PEA, never PPP",
          "lettered sections A-F; labels in a shaded header row above their values",
          "Section C 'Young Person's Views Prior to the Meeting' as a three-column Signs of Safety grid, with a Makaton line",
          "one small table per target",
          "status block: submitted, then graded 'approved' by the VS officer",
          "'Progression review PEP' date planned for the summer"]


def label_row_table(doc, pairs, widths=None):
    labels = [p[0] for p in pairs]
    vals = [p[1] for p in pairs]
    return docx_table(doc, [labels, vals], widths, header=True, head_fill="DCE6F1", size=9)


def render(d, path):
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    docx_hf(doc, header=f"ePEP Online  |  {d['la']}  |  Post 16 Personal Progression Plan (PPP)",
            footer=f"Exported {d['exported']} by {d['exported_by']}  –  Assessment ref {d['ref']}")
    doc.add_heading("Personal Progression Plan (PPP)", 0)
    doc.add_paragraph("Personal Education Plan (PEP) also known at Post 16 as a Personal Progression Plan (PPP), "
                      "reviewed 3 times a year with your Post 16 Learning Advocate.")
    label_row_table(doc, [("PPP window", d["window"]), ("Date of meeting", d["meeting"]), ("Status", d["status"])])
    doc.add_heading("Section A – Young Person's Details", 1)
    label_row_table(doc, [("Forename", d["first"]), ("Surname", d["last"]), ("Date of birth", d["dob"]), ("NCY", d["ncy"])])
    doc.add_paragraph()
    label_row_table(doc, [("Legal status", d["legal"]), ("Placement type", d["placement"]), ("Social Worker", d["sw"])])
    doc.add_heading("Section B – Education, Employment or Training", 1)
    label_row_table(doc, [("College or Provider", d["school"]), ("Study course & level", d["course"]),
                          ("Designated Tutor", d["tutor"])])
    doc.add_paragraph()
    label_row_table(doc, [("GCSE English", d["gcse_en"]), ("GCSE Maths", d["gcse_ma"]), ("Attendance (college register, year to date)", d["att"])])
    doc.add_heading("Section C – Young Person's Views Prior to the Meeting", 1)
    doc.add_paragraph("Views can be recorded in any form and uploaded here. Makaton questions are also available on this page.")
    docx_table(doc, [["What is working well?", "What are we worried about?", "What needs to happen?"], d["views"]],
               header=True, head_fill="E2EFDA", size=9)
    doc.add_paragraph(f"How views were gathered: {d['how']}")
    doc.add_paragraph(f"Makaton questions used: {d['makaton']}")
    doc.add_heading("Section D – Progress since the last PPP", 1)
    doc.add_paragraph(d["progress"])
    doc.add_heading("Section E – Targets (around three)", 1)
    for i, t in enumerate(d["targets"], 1):
        p = doc.add_paragraph(); r = p.add_run(f"Target {i}"); r.bold = True
        docx_table(doc, [["Area", t["area"]], ["Target", t["text"]], ["Actions / who", t["who"]],
                         ["How we will know", t["measure"]], ["Review date", t["by"]]],
                   [4, 12], bold_first_col=True, first_col_fill="F2F2F2", size=9)
    doc.add_heading("Section F – Funding", 1)
    rows = [["Fund", "What it will pay for", "Amount", "Target"]]
    for f in d["funds"]:
        rows.append(list(f))
    rows.append(["", "Total requested", d["total"], ""])
    docx_table(doc, rows, [2.5, 9, 2.5, 2], header=True, size=9)
    doc.add_heading("Sign off", 1)
    docx_table(doc, [["Submitted by Designated Tutor", d["submitted"]], ["VS officer grading", d["graded"]],
                     ["Progression review PEP", d["prog_review"]]], [6, 10], bold_first_col=True, size=9)
    doc.save(path)


T1 = [dict(area="English", text="Ellis will resit GCSE English Language in November 2026 and complete two timed practice papers with his tutor before the exam",
           who="English resit tutor, weekly", measure="Two marked papers on file by 30/10/2026", by="04/12/2026"),
      dict(area="Maths", text="Ellis will attend the Tuesday Functional Skills Maths Level 2 class every week and pass the practice assessment by February 2027",
           who="Maths lecturer; Ellis", measure="Register 100% and practice assessment passed", by="12/02/2027"),
      dict(area="Progression", text="Ellis will complete two days of work experience with a motor vehicle garage before the spring PPP",
           who="Careers adviser Dan Oyelaran; Ellis", measure="Placement log signed", by="26/03/2027")]
F1 = [("PP+", "Weekly 1:1 English resit tuition, 10 sessions at £28", "£280.00", "1"),
      ("PP+", "Functional Skills Maths revision guide and calculator", "£22.50", "2"),
      ("PEA", "Steel toe-cap boots and overalls for the garage work experience", "£65.00", "3")]
V1 = ["I'm enjoying the engine practicals and I've made friends on my course.",
      "I'm worried about the English exam because I failed it in June.",
      "I need someone to go through the exam papers with me before November."]

D1 = dict(la="Northvale Virtual School", exported="23/10/2026 09:12", exported_by="VS officer J. Amadi", ref="P16-2026-1193",
          window="Autumn 2026 (Window 1)", meeting="08/10/2026", status="Approved",
          first="Ellis", last="Marchetti", dob="17/01/2010", ncy="12", legal="Full Care Order (s31)",
          placement="Supported lodgings", sw="Hannah Price", school="Riverside College of Further Education",
          course="Level 2 Diploma in Light Vehicle Maintenance", tutor="Mr Owen Blackwood",
          gcse_en="3 (resit Nov 2026)", gcse_ma="3", att="91.5%", views=V1,
          how="Ellis wrote these on the Section C page with his Learning Advocate on 01/10/2026.", makaton="No",
          progress="Ellis completed his Level 1 Diploma in June and moved up to Level 2. Previous target (attend 90% of sessions) met.",
          targets=T1, funds=F1, total="£367.50", submitted="15/10/2026", graded="approved – 23/10/2026",
          prog_review="Planned for late July 2027 with the team manager")

T2 = [dict(area="English", text="Kacper will use the college library study area for one hour after his Wednesday class to finish his English portfolio by 11/12/2026",
           who="Study skills mentor", measure="Portfolio submitted", by="11/12/2026"),
      dict(area="Wellbeing", text="Kacper will meet his college mentor every Friday lunchtime for the rest of the autumn term",
           who="College mentor", measure="Mentor log", by="18/12/2026")]
F2 = [("PP+", "Study skills mentor sessions", "", "1"),
      ("PEA", "Gym membership at the leisure centre", "£96.00", "")]
D2 = dict(D1, exported="06/11/2026 16:40", ref="P16-2026-1244", window="Autumn 2026 (Window 1)", meeting="22/10/2026",
          status="Submitted", first="Kacper", last="Zielinski", dob="02/05/2009", ncy="13", legal="Section 20",
          placement="Foster placement", sw="Marcus Devlin", school="Hollybank Sixth Form College",
          course="BTEC Level 3 Extended Diploma in Sport", tutor="Ms Lena Whitcombe", gcse_en="4", gcse_ma="3",
          att="Not yet received from the college", views=["", "", ""],
          how="Kacper was unwell on the day; views to be uploaded later.", makaton="No",
          progress="Kacper has settled into the second year of his course.", targets=T2, funds=F2, total="£96.00",
          submitted="29/10/2026", graded="Not yet graded", prog_review="To be arranged")


def build(out_dir):
    common = dict(year_group=None)
    t1 = dict(child_name="Ellis Marchetti", child_first_name="Ellis", school=D1["school"], year_group=12,
              meeting_date="2026-10-08", completed_date="2026-10-15", attendance_percent=91.5, pupil_voice=V1,
              targets=[{"text": t["text"], "area": t["area"]} for t in T1], english_target=True, maths_target=True,
              pp_spend=[{"description": F1[0][1], "cost": 280.0, "target": 1}, {"description": F1[1][1], "cost": 22.5, "target": 2},
                        {"description": F1[2][1], "cost": 65.0, "target": 3}], pp_requested=367.5)
    t2 = dict(child_name="Kacper Zielinski", child_first_name="Kacper", school=D2["school"], year_group=13,
              meeting_date="2026-10-22", completed_date="2026-10-29", attendance_percent=None, pupil_voice=[],
              targets=[{"text": t["text"], "area": t["area"]} for t in T2], english_target=True, maths_target=False,
              pp_spend=[{"description": F2[0][1], "cost": None, "target": 1}, {"description": F2[1][1], "cost": 96.0, "target": None}],
              pp_requested=96.0)
    gaps = ["-2 gaps: Section C grid empty, no attendance figure (not received), no maths target despite GCSE maths 3, "
            "PP+ line has no cost, PEA line not linked to a target"]
    for i, (d, t) in enumerate([(D1, t1), (D2, t2)], 1):
        fname = f"{LAYOUT}-{i}.docx"
        render(d, os.path.join(out_dir, fname))
        write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS + (gaps if i == 2 else []), **t)


if __name__ == "__main__":
    run_main(build)
