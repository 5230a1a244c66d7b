"""zT02: Looked After Call style 'Export Active PEP' print-out (PEP cycle instead of a date in the summary,
asterisked mandatory fields, status history with the renamed 'Review again', other PEPs on record) followed by a
separate termly PPP request form in Nottingham City wording. Entries 2 + 18."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_T import *

LAYOUT = "zT02-lac-status-history-ppp-annex"
INSPIRED = "real-forms.md entries 2, 18"
QUIRKS = ["platform export: PEP summary header identifies the PEP by cycle ('Autumn 2026/27'), date only inside Meeting Details",
          "mandatory fields marked with an asterisk", "status history table incl. 'Review again' (rejected, reason given)",
          "'Other PEPs on record' table listing older cycles", "separate termly PPP request form appended (PPP = Pupil Premium Plus)",
          "backdated pupil premium question", "system codes (PEP ID, UPN)"]

def base(n):
    v = dict(
        status=[("Not started", "System", "22/09/2026 07:00"), ("In progress", "Rebecca Hallam (DT)", "05/10/2026 15:41"),
                ("Ready to submit to Virtual School", "Rebecca Hallam (DT)", "16/10/2026 12:03"),
                ("Submitted", "Rebecca Hallam (DT)", "16/10/2026 12:05"),
                ("Review again", "Imran Saddiq (VS)", "20/10/2026 09:17  Reason: PPP line 2 has no cost breakdown"),
                ("Submitted", "Rebecca Hallam (DT)", "21/10/2026 16:30"), ("Complete", "Imran Saddiq (VS)", "23/10/2026 10:02")],
        current="Complete", completed="2026-10-23", attendance="93.8",
        voice=["I want to do better in maths because I want to be a mechanic like my uncle.",
               "Form time is loud and I would rather go to the library.",
               "I liked it when Miss Hallam came to my football match."],
        targets=[("1", "Maths", "Kyle will use the bus-stop method to divide 3-digit numbers by 1-digit numbers with 8/10 correct on the Sparx check by 5 February 2027", "Sparx check scores logged weekly by maths teacher"),
                 ("2", "English", "Kyle will write a 300-word persuasive letter using at least 4 paragraphs and 3 rhetorical devices, marked against the Year 8 rubric, by the spring PEP", "English teacher marks against rubric; copy to DT"),
                 ("3", "Attendance / wellbeing", "Kyle will attend every morning of the week with a library pass for form time, raising his attendance to 96% by the spring PEP", "Weekly attendance print-out reviewed by DT")],
        ppp=[("Maths tutor (Tutor Trust), 1:1, 12 sessions x £30", "360.00", "1", "Division and fractions gaps closed; Sparx score 8/10"),
             ("Library form-time mentor, 2 x 20 min a week for 12 weeks (TA time £10 per week)", "120.00", "3", "Calm start to the day; attendance to 96%"),
             ("1:1 editing conference with English teacher, 6 x 30 minutes fortnightly (cover cost)", "120.00", "2", "Letter meets Y8 rubric")],
        total="600.00")
    if n == 2:
        v["status"] = v["status"][:3]
        v["current"] = "Ready to submit to Virtual School"
        v["completed"] = None
        v["attendance"] = None
        v["ppp"][1] = ("Library form-time mentor, 2 x 20 min a week for 12 weeks (TA time £10 per week)", "120.00", "", "Calm start to the day")
    return v


def make(out, n):
    v = base(n)
    att = (f"{v['attendance']}%" if v["attendance"] else "")
    b = []
    b.append("<p style='font-size:8pt;color:#666'>Looked After Call - PEP module &nbsp; | &nbsp; PEP Actions &gt; Export Active PEP &nbsp; | &nbsp; Exported 23/10/2026 10:05 by ISADDIQ</p>")
    b.append("<h1>Personal Education Plan</h1>")
    b.append(rows_html([["Pupil's name", "Kyle Brannigan"], ["PEP cycle", "Autumn 2026/27"], ["PEP status", v["current"]],
                        ["PEP ID", "LAC-PEP-0048817"], ["Other PEPs on record", "2 (see end of export)"]], header=False))
    b.append("<h2>Personal Information</h2>")
    b.append(rows_html([["Legal forename *", "Kyle", "Legal surname *", "Brannigan"],
                        ["Date of birth *", "04/01/2014", "UPN *", "H891200410077"],
                        ["School *", "Clifton Grove Academy", "NCY *", "Year 8"],
                        ["Designated Teacher *", "Rebecca Hallam", "Social Worker *", "Tom Ewart"]], header=False))
    b.append("<h2>Care Information</h2>")
    b.append(rows_html([["Legal status *", "S31 Care Order", "Date into care *", "11/06/2019"],
                        ["Placement type *", "Foster care (IFA)", "Number of placements *", "3"]], header=False))
    b.append("<h2>Health and Emotional Wellbeing</h2>")
    b.append("<p>SDQ score (carer, 09/2026): 15. Sees CAMHS practitioner monthly. No medication.</p>")
    b.append("<h2>Meeting Details</h2>")
    b.append(rows_html([["Date of meeting *", "13/10/2026", "Venue", "Clifton Grove Academy, meeting room 2"],
                        ["Attended", "Kyle, carer (Donna Fairweather), SW, DT, Head of Year 8", "Virtual School", "Not present"]], header=False))
    b.append("<h2>Attendance and Exclusions</h2>")
    b.append(rows_html([["Attendance this academic year (%) *", att, "Suspensions this year *", "0"],
                        ["Persistent absence plan", "Yes - late arrivals on Mondays" if v["attendance"] else "", "Part-time timetable", "No"]], header=False))
    if not v["attendance"]:
        b.append("<p style='color:#b00'>* Mandatory field incomplete: Attendance this academic year (%)</p>")
    b.append("<h2>Pupil Voice</h2><p><i>Record the pupil's own words.</i></p>")
    b.append("<table>" + "".join(f"<tr><td>{esc(x)}</td></tr>" for x in v["voice"]) + "</table>")
    b.append("<h2>Targets</h2>")
    b.append(rows_html([["Target No.", "Subject", "Target *", "How will progress be measured? *"]] +
                       [list(t) for t in v["targets"]]))
    b.append("<h2>PEP Status History</h2>")
    b.append(rows_html([["Status", "Changed by", "Date / time"]] + [list(s) for s in v["status"]]))
    b.append("<h2>Other PEPs on record</h2>")
    b.append(rows_html([["PEP cycle", "Meeting date", "Status"], ["Summer 2025/26", "17/06/2026", "Complete"],
                        ["Spring 2025/26", "03/03/2026", "Complete"]]))
    b.append("<div style='page-break-before:always'></div>")
    b.append("<h1>Pupil Premium Plus (PPP) form - Autumn term 2026</h1>")
    b.append("<p>Nottingham City Virtual School. Please give details of the intended use of the funding, the total amount being "
             "requested (including costs of the interventions) and the intended impact. Schools may re-submit the previous PPP form "
             "if nothing has changed.</p>")
    b.append(rows_html([["Pupil", "Kyle Brannigan", "School", "Clifton Grove Academy"]], header=False))
    b.append(rows_html([["Intended use of the funding", "Cost (£)", "PEP target no.", "Intended impact"]] + [list(p) for p in v["ppp"]]))
    b.append(f"<p><b>Total amount being requested:</b> £{v['total']}</p>")
    b.append("<p><b>Please stipulate on this terms form if you wish to apply for backdated pupil premium:</b> No</p>")
    html_pdf("".join(b), write_truth(out, LAYOUT, n, "pdf", INSPIRED, QUIRKS + ([] if n == 1 else [
        "GAPS: status stops at 'Ready to submit to Virtual School' (never submitted, so no completion date); attendance field empty "
        "(mandatory-field warning); PPP line 2 has no PEP target number"]),
        child_name="Kyle Brannigan", child_first_name="Kyle", school="Clifton Grove Academy", year_group=8,
        meeting_date="2026-10-13", completed_date=v["completed"],
        attendance_percent=float(v["attendance"]) if v["attendance"] else None, pupil_voice=v["voice"],
        targets=[{"text": t[2], "area": t[1]} for t in v["targets"]], english_target=True, maths_target=True,
        pp_spend=[{"description": p[0], "cost": float(p[1]), "target": int(p[2]) if p[2] else None} for p in v["ppp"]],
        pp_requested=float(v["total"])), footer_text="Looked After Call | Kyle Brannigan | Autumn 2026/27")


def build(out_dir):
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    main(build)
