"""zP01: Looked After Call style 'Export Active PEP' print (PDF) with a status history,
'Other PEPs on record', asterisked mandatory fields and a transposed SMART grid spelled the Kent way
(Specific, Measurable, Assigned, Realistic, Time constrained), one column per target."""
import os
from _common_P import Pdf, write_truth, run_main

LAYOUT = "zP01-lac-status-smart-columns"
INSPIRED = "real-forms.md entries 2, 20"


def build(out_dir):
    for n in (1, 2):
        _one(out_dir, n)


def _one(out_dir, n):
    good = n == 1
    fn = f"{LAYOUT}-{n}.pdf"
    name = "Kacey Morrow" if good else "Reuben Oyelaran"
    first = name.split()[0]
    school = "Fallowfield Rise Academy" if good else "St Aldhelm's CE High School"
    pdf = Pdf(header="Looked After Call  |  PEP module  |  Export Active PEP  |  OFFICIAL-SENSITIVE",
              footer="Exported 21/10/2026 09:14 by vs.qa.officer  -  page {page}")
    pdf.h("Personal Education Plan - Export Active PEP")
    pdf.table([["Pupil's name *", name],
               ["PEP cycle *", "Autumn 2026/27"],
               ["PEP status", "Submitted" if good else "In progress"],
               ["Other PEPs on record", "Summer 2025/26 (Complete); Spring 2025/26 (Complete); Autumn 2025/26 (Complete)"],
               ["Assigned To", "M. Pritchard (VS caseworker)"],
               ["Key Stage", "KS3"]], widths=[5, 12], header=False, bold_first_col=True)
    pdf.p("Fields marked * are mandatory. Section completion counts mandatory fields only.")
    pdf.table([["Section", "Mandatory fields complete"],
               ["Personal Information", "9 / 9 (100%)"],
               ["Care Information", "6 / 6 (100%)"],
               ["Health and Emotional Wellbeing", "5 / 5 (100%)"],
               ["Education", "11 / 11 (100%)" if good else "8 / 11 (73%)"],
               ["Young Person's Views", "2 / 2 (100%)" if good else "0 / 2 (0%)"]], widths=[9, 8])

    pdf.h("Personal Information", 2)
    pdf.table([["Legal forename *", first, "Legal surname *", name.split()[1]],
               ["DOB *", "14/03/2013" if good else "02/06/2013", "Gender", "Female" if good else "Male"],
               ["UPN", "H820400126007" if good else "K938211045120", "Social Care ID", "LAC-40771" if good else "LAC-51290"],
               ["School *", school, "NC Year *", "Year 8"],
               ["Date of PEP meeting *", "07/10/2026" if good else "12/10/2026", "Meeting venue", "School - meeting room 2"]],
              widths=[3.6, 5, 3.4, 5], header=False)

    pdf.h("Care Information", 2)
    pdf.table([["Care status *", "Section 31 Full Care Order"],
               ["Placement type *", "Foster care (in-house)"],
               ["Date into care", "19/08/2021" if good else "03/01/2024"],
               ["Number of placements", "2"],
               ["Who has day-to-day permissions and liaison with school", "Foster carer - Mrs J. Ambrose" if good else "Foster carer - Mr T. Kaur"]],
              widths=[7, 10], header=False, bold_first_col=True)

    pdf.h("Health and Emotional Wellbeing", 2)
    pdf.table([["SDQ score (date)", "14 (06/2026) - borderline" if good else "19 (05/2026) - cause for concern"],
               ["Current support from other agencies", "CAMHS - discharged July 2026" if good else "CAMHS assessment pending; school counsellor weekly"]],
              widths=[7, 10], header=False, bold_first_col=True)

    pdf.h("Education", 2)
    if good:
        att = [["Attendance this academic year (to 02/10/2026) *", "96.3%"],
               ["Authorised absence", "3.7% (medical appointment, 2 sessions)"],
               ["Suspensions (internal and external)", "None this term"]]
    else:
        att = [["Attendance this academic year (to 09/10/2026) *", "94.1%"],
               ["Authorised absence", "2.2%"],
               ["Suspensions (internal and external)", "1 internal (1 day, 24/09/2026)"]]
    pdf.table(att, widths=[8, 9], header=False, bold_first_col=True)
    pdf.table([["Subject", "Working at (Summer 2026)", "Working at (Autumn 2026)", "On track?"],
               ["English", "Developing 7", "Secure 7", "Yes"],
               ["Maths", "Emerging 7", "Developing 7", "No" if good else "Yes"],
               ["Science", "Secure 7", "Secure 7", "Yes"]], widths=[4, 4.5, 4.5, 4])

    pdf.h("Young Person's Views *", 2)
    if good:
        v1 = "I like English now because Mr Hale lets us pick our own book for the reading lesson."
        v2 = "Maths is hard when we do fractions and I don't want to ask in front of everyone."
        v3 = "I want to join the climbing club on Thursdays."
        voice = [v1, v2, v3]
        pdf.table([["What is going well for you at school?", v1],
                   ["What do you find difficult?", v2],
                   ["Is there anything you would like to do?", v3]], widths=[6, 11], header=False, bold_first_col=True)
    else:
        voice = []
        pdf.table([["What is going well for you at school?", ""],
                   ["What do you find difficult?", ""],
                   ["Is there anything you would like to do?", ""]], widths=[6, 11], header=False, bold_first_col=True)
        pdf.p("* Mandatory field not completed.")

    pdf.h("New targets (SMART: Specific, Measurable, Assigned, Realistic, Time constrained)", 2)
    if good:
        t1 = "Kacey will read one chosen novel and complete four reading-journal entries by the spring PEP"
        t2 = "Kacey will add and subtract fractions with different denominators, scoring 8/10 on the unit check by 11 December 2026"
        t3 = "Kacey will attend climbing club on four Thursdays before February half-term"
        cols = [["", "Target 1", "Target 2", "Target 3"],
                ["Area", "English", "Maths", "Wellbeing"],
                ["Specific", t1, t2, t3],
                ["Measurable", "Journal checked by English teacher", "Unit check score", "Club register"],
                ["Assigned", "Mr Hale (English)", "Ms Odunsi (maths intervention)", "Mrs Ambrose (carer) / PE dept"],
                ["Realistic", "Yes - Kacey chose the book", "Yes - 1:1 sessions", "Yes - Kacey asked for this"],
                ["Time constrained", "Spring PEP", "11/12/2026", "Before February half-term"]]
        targets = [{"text": t1, "area": "English"}, {"text": t2, "area": "Maths"}, {"text": t3, "area": "Wellbeing"}]
    else:
        t1 = "Reuben will write a paragraph using three linking words in each English assessment this half term"
        t2 = "Reuben will meet the school counsellor weekly and use his time-out card no more than twice a week"
        cols = [["", "Target 1", "Target 2"],
                ["Area", "English", "Wellbeing"],
                ["Specific", t1, t2],
                ["Measurable", "Assessment marking", "Time-out card log"],
                ["Assigned", "English teacher", "Pastoral lead"],
                ["Realistic", "Yes", "Yes"],
                ["Time constrained", "By 18/12/2026", "Reviewed at spring PEP"]]
        targets = [{"text": t1, "area": "English"}, {"text": t2, "area": "Wellbeing"}]
    w = 13.5 / (len(cols[0]) - 1)
    pdf.table(cols, widths=[3.5] + [w] * (len(cols[0]) - 1), bold_first_col=True)

    pdf.h("PP+ request - Autumn 2026/27", 2)
    if good:
        s1 = "Six 1:1 fractions sessions with maths intervention tutor (6 x £35)"
        s2 = "Class set of reading-journal booklets and two chosen novels"
        s3 = "Climbing club membership, autumn and spring blocks"
        pdf.table([["Linked target", "Intervention", "Cost"],
                   ["Target 2", s1, "£210.00"],
                   ["Target 1", s2, "£40.00"],
                   ["Target 3", s3, "£350.00"],
                   ["", "Total requested", "£600.00"]], widths=[3, 11, 3])
        pp = [{"description": s1, "cost": 210.0, "target": 2},
              {"description": s2, "cost": 40.0, "target": 1},
              {"description": s3, "cost": 350.0, "target": 3}]
        req = 600.0
    else:
        s1 = "Lexia licence for home and school use"
        s2 = "Small-group literacy catch-up, 2 x 30 minutes a week with TA"
        pdf.table([["Linked target", "Intervention", "Cost"],
                   ["-", s1, "£95.00"],
                   ["Target 1", s2, "£300.00"],
                   ["", "Total requested", "£395.00"]], widths=[3, 11, 3])
        pp = [{"description": s1, "cost": 95.0, "target": None},
              {"description": s2, "cost": 300.0, "target": 1}]
        req = 395.0

    pdf.h("PEP status history", 2)
    if good:
        hist = [["Date / time", "Status", "Changed by", "Reason"],
                ["23/09/2026 08:02", "Not started", "System", "Cycle opened"],
                ["30/09/2026 15:40", "In progress", "Designated Teacher", ""],
                ["09/10/2026 11:21", "Submitted", "Designated Teacher", ""],
                ["13/10/2026 10:05", "Review again", "LA (Super) user", "Maths target needs a measure and a date"],
                ["16/10/2026 14:37", "Submitted", "Designated Teacher", "Target 2 amended"]]
        done = "2026-10-16"
    else:
        hist = [["Date / time", "Status", "Changed by", "Reason"],
                ["23/09/2026 08:02", "Not started", "System", "Cycle opened"],
                ["12/10/2026 16:12", "In progress", "Designated Teacher", ""]]
        done = None
    pdf.table(hist, widths=[3.5, 3, 4, 6.5])
    pdf.p("PEP is read-only for social workers regardless of the PEP status.")
    pdf.save(os.path.join(out_dir, fn))

    quirks = ["platform export header/footer", "asterisked mandatory fields and completion counts",
              "Other PEPs on record listed (older cycles)", "status history with Review again then re-Submitted (latest submission = completion)",
              "transposed SMART grid, one column per target, Kent spelling (Assigned, Time constrained)"]
    if not good:
        quirks += ["-2: status only In progress (no completion)", "-2: views fields blank", "-2: no maths target",
                   "-2: PP+ Lexia line not linked to a target ('-')"]
    write_truth(out_dir, LAYOUT, fn, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=8,
                meeting_date="2026-10-07" if good else "2026-10-12", completed_date=done,
                attendance_percent=96.3 if good else 94.1, pupil_voice=voice, targets=targets,
                english_target=True, maths_target=good, pp_spend=pp, pp_requested=req)


if __name__ == "__main__":
    run_main(build)
