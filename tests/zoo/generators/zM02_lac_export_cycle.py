"""zM02: 'Looked After Call'-style Export Active PEP (entry 2) with Southampton-style numbered sections (entry 11)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_M import *

LAYOUT = "zM02-lac-export-cycle"
INSP = "real-forms.md entries 2, 11"
QUIRKS = ["export header names the PEP cycle; meeting date sits in Section 1", "status table with Submitted/Complete",
          "'Other PEPs on record' lists earlier cycles", "mandatory fields marked with asterisks",
          "Section 2 The Young Persons Voice gathered by ELSA"]

D = {1: dict(name="Ruby-Mae Kettering", first="Ruby-Mae", school="Holm Lane Primary School", yg=5,
             meet="2026-10-08", meet_s="8 October 2026", done="2026-10-15", status="Complete", status_d="15/10/2026",
             att="97.3%", att_v=97.3,
             voice=["I like art best because Mrs Dale lets me use the big paints.",
                    "I feel a bit worried about spellings tests.",
                    "I would like to go to the gardening club."],
             targets=[("Ruby-Mae will spell 15 of the Year 5 statutory words correctly in dictated sentences by December", "English"),
                      ("Ruby-Mae will use the column method to multiply a 3-digit number by a 1-digit number independently", "Maths"),
                      ("Ruby-Mae will join the gardening club and attend every week this term", "Wellbeing")],
             pp=[("Precision spelling sessions with ELSA/TA, 3 x 15 mins weekly", 240.0, 1),
                 ("Maths manipulatives pack for home", 35.0, 2),
                 ("Gardening club kit and wellies", 40.0, 3)], req=315.0, req_s="£315"),
     2: dict(name="Tobias Wren", first="Tobias", school="Holm Lane Primary School", yg=5,
             meet="2026-11-04", meet_s="4 November 2026", done=None, status="In progress", status_d="",
             att="", att_v=None,
             voice=["My teacher is kind.", "I don't like it when people shout at playtime."],
             targets=[("Tobias will read aloud to an adult four times a week and talk about what he has read", "English"),
                      ("Tobias will know number bonds to 100 and use them to add mentally", "Maths")],
             pp=[("Lego therapy group", None, None), ("Reading comprehension booster", 150.0, 1)],
             req=None, req_s="")}


def make(out_dir, v):
    d = D[v]; stem = f"{LAYOUT}-{v}"; path = os.path.join(out_dir, stem + ".docx")
    doc = new_doc(header="Looked After Call - PEP module  |  Export Active PEP", footer="Exported from PEP Actions > Export Active PEP. Confidential.")
    dpara(doc, "Personal Education Plan", bold=True, size=16)
    dtable(doc, [["Pupil's name", d['name']],
                 ["PEP cycle (e.g. summer, spring & academic year)", "Autumn 2026/27"],
                 ["PEP status", d['status']],
                 ["Other PEPs on record", "Summer 2025/26 (Complete); Spring 2025/26 (Complete)"]], header=False)
    dpara(doc, "Status", bold=True)
    dtable(doc, [["Status", "Description", "Designated Teacher", "LA (Super) user", "Social Worker"],
                 ["Submitted", "DT has submitted the PEP to the Virtual School", "Read only", "Edit", "Read only"],
                 ["Complete", "Virtual School has approved the PEP" + (f" on {d['status_d']}" if d['status_d'] else ""), "Read only", "Edit", "Read only"]])
    dpara(doc, "Personal Information", bold=True, size=12)
    dtable(doc, [["Date of birth*", "21/06/2016" if v == 1 else "30/01/2016"], ["School*", d['school']],
                 ["Year group*", "Year 5"], ["Legal status*", "Interim Care Order" if v == 2 else "Care Order (S31)"]], header=False)
    dpara(doc, "Section 1: People at the meeting", bold=True, size=12)
    dtable(doc, [["Name", "Role", "Contact details"],
                 ["Mrs P. Okafor", "Designated Teacher (Chair)", "dt@holmlane.example.sch.uk"],
                 ["Mr J. Liddell", "Social Worker", "01632 960412"],
                 ["Ms A. Crane", "Foster carer", "07700 900318"]])
    dpara(doc, f"Meeting held on: {d['meet_s']}")
    dpara(doc, "Section 2: The Young Persons Voice", bold=True, size=12)
    dpara(doc, "It will be helpful to print out section 2 when gaining the pupils views. Views collected by: ELSA", italic=True)
    for x in d['voice']:
        dpara(doc, x)
    dpara(doc, "Section 3: Achievement and Attainment", bold=True, size=12)
    dtable(doc, [["Attendance this year (recorded or printout attached)*", d['att'] or ""],
                 ["Exclusions - internal and external", "0 / 0"],
                 ["Reading", "Working towards ARE"], ["Writing", "Working towards ARE"], ["Maths", "Working at ARE"]], header=False)
    dpara(doc, "Section 4: Review and Action Plan", bold=True, size=12)
    rows = [["#", "Target", "Area", "Who", "By when"]]
    for i, (t, a) in enumerate(d['targets'], 1):
        rows.append([str(i), t, a, "Class teacher", "Spring PEP"])
    dtable(doc, rows)
    dpara(doc, "Pupil Premium Plus (PP+) request", bold=True)
    rows = [["Intervention", "Cost (£)", "Target #"]]
    for x, c, tg in d['pp']:
        rows.append([x, f"{c:.2f}" if c is not None else "", str(tg) if tg else ""])
    rows.append(["Total requested", d['req_s'], ""])
    dtable(doc, rows)
    doc.save(path)
    write_truth(out_dir, stem, "docx", INSP, QUIRKS + (["no attendance figure", "PP+ line with no cost or target", "no total requested", "status In progress, not completed"] if v == 2 else []),
                child_name=d['name'], child_first_name=d['first'], school=d['school'], year_group=d['yg'],
                meeting_date=d['meet'], completed_date=d['done'], attendance_percent=d['att_v'],
                pupil_voice=d['voice'], targets=[{"text": t, "area": a} for t, a in d['targets']],
                english_target=True, maths_target=True,
                pp_spend=[{"description": x, "cost": c, "target": tg} for x, c, tg in d['pp']], pp_requested=d['req'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for v in (1, 2):
        make(out_dir, v)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
