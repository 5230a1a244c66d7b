"""zW01: Welfare Call style P16 ePEP print-out: colour-named tabs, blue banners, several pairs per line,
standard data tables, QA tab in BLACK, 'DT: Click when Completed' stamp. Post-16 (NCY 12)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_W import to_pdf, write_truth, run_standalone

STEM = "zW01-welfare-p16-colour-tabs"
INSP = "real-forms.md entries 1, 25"
QUIRKS = ["tabs named by owner colour (BLUE/RED/BLACK) not numbered", "'Blue Banner' headings inside tabs",
          "several label: value pairs on one line", "P16 version with 'Seeking Education, Employment or Training' tab",
          "'DT: Click when Completed' shown as a stamped system line", "system codes (UPN, Social Care ID, ePEP ref)",
          "NCY 12 written as 'Year 12 (NCY 12)'"]

def make(v):
    name, first = "Tyrese Okonjo-Barrett", "Tyrese"
    school = "Hallam Brook Sixth Form College"
    voice = ["I want to get my Level 3 so I can apply for paramedic science.",
             "The bus takes over an hour and I miss the start of Tuesday lessons."]
    if v == 2:
        voice = []
    targets = [
        ("Tyrese will resit GCSE English Language and achieve grade 4 or above by June 2027, attending both weekly resit sessions", "English"),
        ("Tyrese will complete the Unit 7 Applied Science assignment to Merit standard by 11 December 2026", "Science"),
        ("Tyrese will attend the college careers adviser twice before February half term to draft his UCAS personal statement", "Careers"),
    ]
    if v == 1:
        targets.insert(2, ("Tyrese will raise his GCSE Maths resit mock from grade 3 to grade 4 by the March 2027 mock", "Maths"))
    pp = [("Bus pass top-up so Tyrese can reach college for 9am on Tuesdays", 210.0, 1 if v == 1 else None),
          ("English resit tutor, 10 x 1 hour sessions", 350.0, 1)]
    pp_total = 560.0
    meet = "2026-10-06"; comp = "2026-10-16" if v == 1 else None
    att = 91.4 if v == 1 else None
    b = []
    b.append(("title", "Welfare Call ePEP  -  Post 16 (P16) PEP  -  Print view"))
    b.append(("small", "ePEP ref: GH-P16-0044817   Version: P16 v4.2   Printed by: VS caseworker   Printed: 21/10/2026 09:14"))
    b.append(("table", [["PEP cycle: Autumn 2026/27", "Meeting date: 06/10/2026", "RAG: " + ("Green" if v == 1 else "Amber")]], {}))
    b.append(("h", "TAB 1  [BLUE]  General and personal  (Social Worker)"))
    b.append(("h2", "Essential pupil information"))
    b.append(("p", f"Name: {name}    DOB.: 03/02/2009    Gender: Male    Ethnicity and language: Black British - Nigerian / English"))
    b.append(("p", "UPN: H882104471002    Social Care ID: 7730915"))
    b.append(("h2", "Care information"))
    b.append(("p", "Placement details: supported lodgings (Wentside)    Care status: S20    Date into care: 14/05/2021    Number of placements: 4"))
    b.append(("h2", "Contact information"))
    b.append(("table", [["Role", "Name", "Phone"],
                        ["Social worker", "Marnie Ostrowski", "0191 555 2208"],
                        ["Main carer", "Denise Pallister (supported lodgings host)", "07700 900417"],
                        ["Person(s) with parental responsibility", "Gateford Council (shared with mother)", ""],
                        ["Day-to-day permissions and liaison with school", "Denise Pallister", ""]],
                       {"header": True, "widths": [0.38, 0.4, 0.22]}))
    b.append(("h2", "Strengths and difficulties questionnaire"))
    b.append(("p", "SDQ score: 14    Date: 09/2026    (score over 17 must be accompanied by strategies)"))
    b.append(("h", "TAB 2  [RED]  Education provision or setting information  (Designated Teacher/Lead)"))
    b.append(("h2", "Setting"))
    b.append(("p", f"College or Provider: {school}    NCY: Year 12 (NCY 12)    Study course & level: BTEC Level 3 Extended Certificate in Applied Science"))
    b.append(("p", "Designated Teacher/Lead: Ruth Ekwueme    Email: r.ekwueme@hallambrook.example.ac.uk"))
    b.append(("h2", "Attendance"))
    if att:
        b.append(("table", [["Period", "Possible sessions", "Attended", "Attendance %"],
                            ["01/09/2026 - 02/10/2026", "70", "64", "91.4%"]], {"header": True}))
    else:
        b.append(("table", [["Period", "Possible sessions", "Attended", "Attendance %"],
                            ["", "", "", ""]], {"header": True}))
        b.append(("small", "Attendance data awaiting college register import."))
    b.append(("h2", "Young person's voice"))
    b.append(("p", "Question (free text): What is going well at college and what would make it better?"))
    if voice:
        b.append(("table", [["Young person's answer"], [" ".join(voice)]], {"header": True}))
    else:
        b.append(("table", [["Young person's answer"], [""]], {"header": True}))
    b.append(("h2", "SMART targets  (standard data table)"))
    rows = [["No.", "Target", "Area", "By whom", "Review date"]]
    for i, (t, a) in enumerate(targets, 1):
        rows.append([str(i), t, a, "Tyrese / tutor", "Spring 2027"])
    b.append(("table", rows, {"header": True, "widths": [0.06, 0.54, 0.12, 0.15, 0.13]}))
    b.append(("h2", "Post 16 Pupil Premium Plus (PP+) request"))
    prow = [["Intervention", "Cost (£)", "Linked target no."]]
    for d, c, t in pp:
        prow.append([d, f"{c:.2f}", str(t) if t else "-"])
    prow.append(["Total requested", f"{pp_total:.2f}", ""])
    b.append(("table", prow, {"header": True, "widths": [0.6, 0.2, 0.2]}))
    b.append(("h", "TAB 3  [GREEN]  Seeking Education, Employment or Training"))
    b.append(("p", "Not applicable - young person is in education (EET)."))
    b.append(("h", "TAB 4  [BLACK]  Quality Assurance Tab"))
    if v == 1:
        b.append(("p", "QA feedback (Green): targets are SMART and PP+ is linked. No further action."))
        b.append(("p", "DT: Click when Completed  -  [COMPLETED] 16/10/2026 15:42 by R. Ekwueme"))
    else:
        b.append(("p", "QA feedback (Amber): voice box blank, attendance missing, bus pass line not linked to a target."))
        b.append(("p", "DT: Click when Completed  -  [NOT YET CLICKED]"))
    kw = dict(child_name=name, child_first_name=first, school=school, year_group=12, meeting_date=meet,
              completed_date=comp, attendance_percent=att, pupil_voice=voice,
              targets=[{"text": t, "area": a} for t, a in targets],
              english_target=True, maths_target=(v == 1),
              pp_spend=[{"description": d, "cost": c, "target": t} for d, c, t in pp], pp_requested=pp_total)
    return b, kw

def build(out_dir):
    for v in (1, 2):
        b, kw = make(v)
        stem = f"{STEM}-{v}"
        to_pdf(b, os.path.join(out_dir, stem + ".pdf"), header="Welfare Call ePEP | Gateford Virtual School | CONFIDENTIAL",
               footer="ePEP ref GH-P16-0044817   Page {page}")
        write_truth(out_dir, stem, "pdf", INSP, QUIRKS + (["-2: voice box empty, no attendance, no maths target, bus pass line not linked, DT completion not clicked"] if v == 2 else []), **kw)

if __name__ == "__main__":
    run_standalone(build)
