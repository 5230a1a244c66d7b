"""zU04: school-age PEP in Southampton's four numbered sections (entry 11) with lettered prep (Section A/B),
attendance as a pasted register print-out, and Section 4 split into a review of last term's targets and new targets
each in its own box with Kent's 'Assigned' SMART wording (entry 20). PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_U import *

LAY = "zU04-southampton-sections-review-assigned-smart"
INSP = "real-forms.md entries 11, 20"
Q = ["numbered form sections 1-4 but lettered prep sections A/B (letters and numbers mean different things)",
     "Section B as a two-column step | who table", "attendance as a pasted register print-out (sessions, not a labelled %)",
     "review table of previous targets with outcome words before the new targets", "one box per new target with 'Assigned to' (Kent SMART spelling)",
     "'First review - September to December' window line"]

def build(out):
    for n in (1, 2):
        full = n == 1
        name, school = "Kofi Abernethy-Shaw", "Redbridge Lane Academy"
        s = [H("Personal Education Plan \u2014 First review - September to December", 1),
             P("Pupil: Kofi Abernethy-Shaw    DOB: 03/02/2012    Year: 10    School: Redbridge Lane Academy    UPN: N82041177310A"),
             P("Meeting held: 13 October 2026, 2.15pm, Library office. Chair: Designated Teacher (Mr Ian Castell)."),
             H("Section A \u2014 documents brought to the meeting", 3),
             P("[x] previous PEP  [x] attendance  [x] exclusion information internal and external (none)  [ ] IEP/PSP (not applicable)"),
             H("Section B Meeting Preparation", 3),
             T([["Step", "Who"], ["Invite people at the meeting two weeks ahead", "DT"], ["Print out section 2 when gaining the pupils views", "DT / ELSA"],
                ["Attach attendance printout", "Attendance officer"]], head=True),
             H("Section 1: People at the meeting", 2),
             T([["Name", "Role", "Contact details"], ["Ian Castell", "Designated Teacher", "01632 963010"], ["Bronwen Salt", "Social Worker", "01632 963555"],
                ["Marcus Webb", "Foster carer", "via SW"], ["Kofi Abernethy-Shaw", "Young person", "\u2014"]], head=True),
             H("Section 2: The Young Persons Voice", 2)]
        voice = ["I want to do my GCSE Science properly because I want to be a paramedic.", "Maths is fine if I sit at the front away from Jordan."]
        if full:
            s.append(P("Collected by the ELSA (Mrs Dunne) on 06/10/2026. Kofi wrote:"))
            for v in voice:
                s.append(P(v))
        else:
            s.append(P("Collected by: \u2026\u2026\u2026\u2026  Views:"))
            s.append(T([[" \n \n "]], widths=[500]))
        s.append(H("Section 3: Achievement and Attainment", 2))
        s.append(P("Attendance recorded or printout attached:"))
        if full:
            s.append(T([["SIMS Attendance summary 01/09/2026 - 09/10/2026", "", ""], ["Possible sessions", "Present", "Attendance %"], ["108", "102", "94.4"],
                        ["Authorised absence", "6", "(medical appointment x2, dentist)"]]))
        else:
            s.append(P("Printout to follow."))
        s.append(T([["Subject", "Current grade", "Target grade"], ["English Language", "4", "5"], ["Maths", "3", "5"], ["Combined Science", "4-4", "5-5"]], head=True))
        s.append(H("Section 4: Review and Action Plan: PEP Review", 2))
        s.append(P("Previous targets (Summer 2026)", bold=True))
        s.append(T([["Previous target", "Outcome"], ["Kofi will hand in 80% of homework on Satchel One", "Achieved"],
                    ["Kofi will complete a Year 10 work experience form", "Partly achieved - carried forward, broken down"]], head=True))
        s.append(P("New targets: Specific, Measurable, Assigned - to specific responsible professionals, Realistic, Time constrained", bold=True))
        tg = [("Kofi will complete one Hegarty Maths task on fractions and ratio each week and reach grade 4 in the December mock", "Maths", "Maths teacher (Ms Ilori)"),
              ("Kofi will plan and write two 45-minute practice answers for English Language Paper 1 Question 5 before half-term", "English", "English teacher (Mr Roe)"),
              ("Kofi will email the St John Ambulance cadets coordinator with his carer and book a taster evening by 30 November 2026", "Careers/Wellbeing", "Foster carer and DT")]
        pp = [("Maths tutor (Year 10 small group) 10 x 1 hour", 300.0, 1), ("Revision guides and CGP workbook for English Language", 24.0, 2)]
        if not full:
            tg = tg[1:]
            pp = [("Maths tutor (Year 10 small group) 10 x 1 hour", 300.0, None), ("Revision guides and CGP workbook for English Language", 24.0, 1)]
        for i, (t, a, who) in enumerate(tg, 1):
            s.append(T([[f"Target {i}", t], ["Area", a], ["Assigned to", who], ["Time constrained", "By the next review (January to April window)"],
                        ["PP+ funding for this target", next((f"\u00a3{c:.0f}" for d_, c, tt in pp if tt == i), "none")]], widths=[120, 380]))
            s.append(Spacer(1, 4))
        s.append(P("Pupil Premium Plus summary", bold=True))
        s.append(T([["Item", "Cost", "For target"]] + [[a, f"\u00a3{b:.2f}", str(c) if c else "-"] for a, b, c in pp] +
                   [["Amount requested", f"\u00a3{sum(x[1] for x in pp):.2f}", ""]], head=True))
        s.append(P("PEP completed and submitted by DT on: " + ("20/10/2026" if full else "")))
        build_pdf(os.path.join(out, f"{LAY}-{n}.pdf"), s, header="OFFICIAL - SENSITIVE  |  Virtual School PEP", footer="Kofi Abernethy-Shaw PEP Autumn 2026")
        write_truth(out, LAY, "pdf", n, INSP, Q + ([] if full else ["-2: Section 2 voice box blank, no maths target, attendance printout 'to follow', no submission date, maths tutor PP+ line not linked"]),
                    child_name=name, child_first_name="Kofi", school=school, year_group=10, meeting_date="2026-10-13",
                    completed_date="2026-10-20" if full else None, attendance_percent=94.4 if full else None,
                    pupil_voice=voice if full else [], targets=[{"text": a, "area": b} for a, b, c in tg],
                    english_target=True, maths_target=full,
                    pp_spend=[{"description": a, "cost": b, "target": c} for a, b, c in pp], pp_requested=sum(x[1] for x in pp))

if __name__ == "__main__":
    main(build)
