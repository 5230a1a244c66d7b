"""zU05: Norfolk-style paper PEP (entry 12): slash-strung section headings, several 'Label: value' pairs on one line,
young person's view in Section 4 with their own actions and signature, Summative Record, then a separate
Nottingham-style termly PPP request form appended (entry 18) with backdating and re-submit tick boxes. DOCX."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_U import *

LAY = "zU05-norfolk-slashes-ppp-termly-request"
INSP = "real-forms.md entries 12, 18"
Q = ["section headings strung together with slashes", "several 'Label: value' pairs on one line separated by tabs",
     "young person's view comes fourth and lists their own actions with a signature", "Summative Record grid from school records",
     "separate termly PPP request form appended after the PEP (PPP, not PP+)", "'re-submit the previous PPP form' and backdated check boxes"]

def build(out):
    for n in (1, 2):
        full = n == 1
        name, school = "Callum Rigsby", "Wensum Heath High School"
        d = new_doc(header="PERSONAL EDUCATION PLAN \u2014 CONFIDENTIAL", footer="All information about your PEP is kept electronically. Printed copy for file.")
        d.add_heading("Section 1 of the PEP - Personal Information/Care Arrangements", 1)
        d.add_paragraph("Name: Callum Rigsby\tDOB: 27/05/2012\tGender: M\tLegal status: S31 Care Order")
        d.add_paragraph("Placement: Foster care (in county)\tCarer: Mr & Mrs Hewitt\tSocial Worker: Tamsin Ogilvy")
        d.add_heading("Section 2 of the PEP - Education Information/Homework Arrangements/Secondary Transfer as appropriate/Year 9 Specific Tasks", 1)
        d.add_paragraph("School: Wensum Heath High School\tYear: 9\tDT: Mr Neil Bracewell\tDate of meeting: 30/09/2026")
        d.add_paragraph(("Attendance this academic year: 97.8%\t" if full else "Attendance this academic year: \t") + "Exclusions: none\tSEN: SEN Support (literacy)")
        d.add_paragraph("Homework Arrangements: homework club Tues/Thurs; carers check planner weekly.")
        d.add_paragraph("Year 9 Specific Tasks: options evening 04/02/2027 - carer and SW to attend; careers interview booked.")
        d.add_heading("Section 3 of the PEP - Priorities and Targets", 1)
        tg = [("Callum will use the Lexia programme three times a week and raise his reading age from 10y2m to 11y0m by the next PEP", "English"),
              ("Callum will complete the Sparx Maths homework every week with at least 90% correct", "Maths"),
              ("Callum will choose three GCSE options after talking to the careers adviser and his carers", "Options")]
        if not full:
            tg = [tg[0], tg[2]]
        rows = [["Priority/Target", "Action by whom", "Review date"]] + [[f"{i}. {t}", ["Literacy TA", "Maths teacher", "DT / careers adviser"][["English", "Maths", "Options"].index(a)], "January 2027"] for i, (t, a) in enumerate(tg, 1)]
        dtable(d, rows, True)
        d.add_heading("Young Person's View (Section 4)", 1)
        d.add_paragraph("This section was sent to you before the meeting. Tell us what you think and what your actions will be and sign it.")
        voice = ["I want to be a mechanic like my uncle Dean.", "I will go to homework club on Tuesdays and bring my planner home."]
        if full:
            d.add_paragraph("What I think: " + voice[0])
            d.add_paragraph("My actions: " + voice[1])
            d.add_paragraph("Signed: Callum R.")
        else:
            d.add_paragraph("What I think: ")
            d.add_paragraph("My actions: ")
            d.add_paragraph("Signed: ")
        d.add_heading("Summative Record", 1)
        dtable(d, [["", "Reading", "Writing", "Maths", "Science"], ["End KS2 (2023)", "98", "WTS", "101", "-"], ["Year 9 Autumn (teacher assessment)", "Developing", "Developing", "Secure", "Developing"]], True)
        d.add_paragraph("PEP completed (DT): " + ("07/10/2026" if full else "not yet signed"))
        d.add_page_break()
        d.add_heading("Pupil Premium Plus (PPP) termly request form \u2014 Autumn term 2026", 1)
        d.add_paragraph("Pupil: Callum Rigsby    School: Wensum Heath High School")
        d.add_paragraph("\u2610 I wish to re-submit the previous PPP form    \u2611 New request this term    \u2610 Please stipulate on this terms form if you wish to apply for backdated pupil premium")
        pp = [("Lexia Core5 licence and 3 x 20 minute supervised sessions weekly", 210.0, 1), ("Sparx Maths catch-up group after school (10 weeks)", 150.0, 2)]
        if not full:
            pp = [("Lexia Core5 licence and 3 x 20 minute supervised sessions weekly", 210.0, 1), ("Football club subs and kit (wellbeing)", 65.0, None)]
        dtable(d, [["Details of the intended use of the funding", "Cost of the intervention", "PEP target no.", "Intended impact"]] +
               [[a, f"\u00a3{b:.2f}", str(c) if c else "", "Improved reading age" if c == 1 else ("Homework completion" if c == 2 else "Confidence and friendships")] for a, b, c in pp], True)
        d.add_paragraph(f"Total amount being requested: \u00a3{sum(x[1] for x in pp):.2f}")
        d.save(os.path.join(out, f"{LAY}-{n}.docx"))
        write_truth(out, LAY, "docx", n, INSP, Q + ([] if full else ["-2: Section 4 left blank, no maths target, attendance blank, PEP not signed, one PPP line not linked to a target"]),
                    child_name=name, child_first_name="Callum", school=school, year_group=9, meeting_date="2026-09-30",
                    completed_date="2026-10-07" if full else None, attendance_percent=97.8 if full else None,
                    pupil_voice=voice if full else [], targets=[{"text": a, "area": b} for a, b in tg],
                    english_target=True, maths_target=full,
                    pp_spend=[{"description": a, "cost": b, "target": c} for a, b, c in pp], pp_requested=sum(x[1] for x in pp))

if __name__ == "__main__":
    main(build)
