"""zI07 Lowther Dale KS4 PEP: Word form whose numbering mixes '1.)', 'Section 3' and 'Section D', printed code lists
with the chosen value marked, 'circle' results shown in brackets, Word placeholders left in empty fields, PP+ request
with the cost worked out.

Inspired by real-forms.md entries 13 (mixed numbering, code lists, circle results, NOT-in-education box, Person to
contact, 'Please remember to include the date the PEP is completed', targets in Section D), 14 (views early,
'child/young persons views'), 11 (exclusion information internal and external).
"""
import os
from _common_I import *

LAYOUT = "zI07-lowther-mixed-numbering"
INSPIRED = "real-forms.md entries 11, 13, 14"
QUIRKS = ["numbering mixes '1.)Personal Details', 'Section 3' and 'Section D'",
          "printed code lists (ethnicity, national identity) with the chosen value marked [X]",
          "'Please circle results' rendered as a bracketed value",
          "Word placeholders 'Click here to enter text.' / 'Choose an item.' mean empty",
          "tick box for a child NOT in education",
          "date PEP completed is a separate line under a reminder",
          "exclusions recorded as internal and external inside the attendance line"]

PH = "Click here to enter text."
CH = "Choose an item."

CASES = [
    dict(n=1, name="Kai Rosenthal-Ampofo", first="Kai", school="Ferrymead School", year=10,
         dob="17.06.2010", eth="Mixed", nat="British", upn="L501229900771",
         dt="Ms Oriel Fanshawe", contact="N/A", not_in_ed="☐",
         pep_date="Date of PEP meeting: 25.11.2025", meeting_iso="2025-11-25",
         att="Attendance YTD 91.3% (authorised 6.2%, unauthorised 2.5%). Exclusions - internal: 1; external: 0.",
         attp=91.3,
         ks2="Reading: 92 / 100 / (104) / 110      Maths: 92 / (100) / 104 / 110      GPS: 92 / (100) / 104 / 110",
         gcse=[("English Language", "4", "5", "5"), ("Maths", "3", "4", "5"), ("Combined Science", "4-4", "4-5", "5-5"),
               ("Geography", "5", "5", "6"), ("Hospitality & Catering", "Merit", "Merit", "Distinction")],
         views=[("What is going well?", "Cooking. I made a lasagne for my assessment and got full marks for presentation."),
                ("What is not going well?", "Maths. I panic in tests and my head goes blank."),
                ("What would help me?", "Doing past papers with someone instead of on my own."),
                ("What do I want to do after Year 11?", "Chef course at Lowther College, then work in a proper restaurant.")],
         targets=[("D1", "Maths", "Kai will complete one Foundation past paper every fortnight with his maths mentor and reach a secure grade 4 (at least 95 marks out of 240 over three papers) in the March 2026 mocks",
                   "Maths mentor (Mr Quist)", "March 2026 mocks"),
                  ("D2", "English", "Kai will plan and write a Paper 2 Question 5 article in 45 minutes, scoring 24/40 or more in the January assessment",
                   "English teacher", "January 2026"),
                  ("D3", "Careers", "Kai will submit his application to the Lowther College Level 2 Professional Cookery course before 31 January 2026",
                   "Careers adviser / DT", "31.01.2026")],
         areas=["Maths", "English", "Careers"],
         pp=[("D1", "Maths mentor 1:1 past-paper sessions, 45 mins fortnightly x 6", "£40 x 6", "£240.00"),
             ("D2", "English exam-technique small group (after school, 6 weeks)", "£25 x 6", "£150.00"),
             ("D3", "Chef whites, knife roll and college taster day costs", "", "£85.00")],
         total="£475.00", total_num=475.0,
         completed="Date PEP completed: 02.12.2025", completed_iso="2025-12-02"),
    dict(n=2, name="Tiegan Marsh-Holloway", first="Tiegan", school="Lowther Dale Academy", year=11,
         dob="03.10.2009", eth=None, nat=None, upn=PH,
         dt="Mr Bryn Talfan", contact=PH, not_in_ed="☐",
         pep_date="Date of PEP meeting: 14.01.2026", meeting_iso="2026-01-14",
         att="Attendance YTD 84.0% - persistent absence. Reduced timetable: No. Exclusions - internal: 3; external: 1 (2 days).",
         attp=84.0,
         ks2=CH,
         gcse=[("English Language", "3", "4", "4"), ("Maths", "2", "3", "4"), ("Art", "4", "4", "5")],
         views=[("What is going well?", PH), ("What is not going well?", PH),
                ("What would help me?", PH), ("What do I want to do after Year 11?", PH)],
         targets=[("D1", "English", "Tiegan will attend all English revision sessions on Wednesdays after school until the March mocks and complete the Macbeth knowledge organiser quiz at 15/20",
                   "English teacher", "March 2026"),
                  ("D2", "Attendance", "Tiegan's attendance to rise to 90%", "Attendance officer", "Easter")],
         areas=["English", "Attendance"],
         pp=[("", "Revision guides and a scientific calculator", "", "£32.00"),
             ("D1", "English revision session tutor time", "", "")],
         total="£600.00", total_num=600.0,
         completed="Date PEP completed: 23.01.2026", completed_iso="2026-01-23"),
]

ETH = ["White", "Mixed", "Asian or Asian British", "Black or Black British", "Other", "Not given"]
NAT = ["Welsh", "English", "Scottish", "Irish", "British", "Other", "Not given"]


def codes(options, chosen):
    return "   ".join(("[X] " if o == chosen else "[ ] ") + o for o in options)


def render(c, path):
    d = new_docx(font="Arial", size=9.5)
    header_footer(d, header_text="Lowther Dale Council - Children's Services - Personal Education Plan (Secondary) - Rev. 2025",
                  footer_text="Please remember to include the date the PEP is completed.")
    dpara(d, "LOWTHER DALE COUNCIL", bold=True, align="center")
    dpara(d, "PERSONAL EDUCATION PLAN", bold=True, size=15, align="center")
    dpara(d, c["pep_date"], bold=True, align="center")

    dpara(d, "1.)Personal Details", bold=True, size=11)
    dtable(d, [["Name", c["name"]], ["Date of birth", c["dob"]], ["UPN", c["upn"]],
               ["Ethnic Background", codes(ETH, c["eth"])], ["National Identity", codes(NAT, c["nat"])]],
           header=False, widths_cm=[4, 13], bold_first_col=True, size=9)
    dpara(d, f"Please ensure the box is ticked if a child is NOT in education  {c['not_in_ed']}")

    dpara(d, "2.)School Details", bold=True, size=11)
    dtable(d, [["School", c["school"]], ["Year", f"Year {c['year']}"], ["Designated Teacher", c["dt"]],
               ["Person to contact: - If designated teacher is not completing the form.", c["contact"]],
               ["Attendance and exclusions", c["att"]]],
           header=False, widths_cm=[5, 12], bold_first_col=True, size=9)

    dpara(d, "Section 3 - Child/young persons views", bold=True, size=11)
    dpara(d, "Go through the child/young persons views and if present ask him/her to expand on any points.",
          italic=True, size=8.5)
    dtable(d, [list(v) for v in c["views"]], header=False, widths_cm=[5, 12], bold_first_col=True, size=9)

    dpara(d, "4.)End of Key Stage Attainments", bold=True, size=11)
    dpara(d, "KS2 scaled scores - Please circle results", italic=True, size=8.5)
    dpara(d, c["ks2"])
    dpara(d, "GCSE/Entry Level: Pred = Predicted. Actual grades are not included in the table because the Pathway "
             "Plan replaces the PEP.", italic=True, size=8.5)
    rows = [["Subject", "Current", "Pred", "Target"]] + [list(g) for g in c["gcse"]]
    dtable(d, rows, widths_cm=[6, 3.5, 3.5, 4], size=9)

    dpara(d, "Section D - Targets", bold=True, size=11)
    rows = [["Ref", "Subject", "Target", "Who is responsible", "Review date"]] + [list(t) for t in c["targets"]]
    dtable(d, rows, widths_cm=[1.2, 2.3, 8, 3.3, 2.2], size=9)

    dpara(d, "Section E - Pupil Premium Plus (PP+) request", bold=True, size=11)
    rows = [["Target ref", "What will the PP+ be used for?", "How the cost is worked out", "Cost"]] + \
        [list(p) for p in c["pp"]]
    rows.append(["", "", "Total requested this term", c["total"]])
    dtable(d, rows, widths_cm=[2, 8, 4, 3], size=9)
    dpara(d, "")
    dpara(d, c["completed"], bold=True)
    d.save(path)


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.docx"
        render(c, os.path.join(out_dir, fname))
        voice = [a for _, a in c["views"] if a != PH]
        write_truth(out_dir, fname, dict(
            layout=LAYOUT, inspired_by=INSPIRED, quirks=QUIRKS,
            child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=c["year"],
            meeting_date=c["meeting_iso"], completed_date=c["completed_iso"], attendance_percent=c["attp"],
            pupil_voice=voice,
            targets=[{"text": t[2], "area": a} for t, a in zip(c["targets"], c["areas"])],
            english_target="English" in c["areas"], maths_target="Maths" in c["areas"],
            pp_spend=[{"description": p[1], "cost": float(p[3].strip("£")) if p[3] else None,
                       "target": (int(p[0][1:]) if p[0] else None)} for p in c["pp"]],
            pp_requested=c["total_num"]))
