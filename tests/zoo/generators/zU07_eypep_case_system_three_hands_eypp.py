"""zU07: Reception EYPEP in 'Section One (a)' word numbering with the attendee table and first-person Section Two
questions (entry 7), produced as a case-system print-out filled in three hands up to and after the 'PEP meeting'
point, with the EYPP request in Cheshire West's five columns linked to next steps (entry 17). DOCX."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_U import *

LAY = "zU07-eypep-case-system-three-hands-eypp"
INSP = "real-forms.md entries 7, 17"
Q = ["sections numbered in words ('Section One (a)')", "attendee table with 'Attended Meeting' and 'Copy of PEP Sent' columns",
     "first-person Section Two questions with numbered blanks 1. 2. 3.", "case-system print-out with hand markers [SW] / [Setting] / [typed up by support officer]",
     "'--- PEP meeting ---' divider: fields after it were typed up later", "EYPP request in five columns: type (pastoral or learning), description, target details, expected impact, cost"]

def build(out):
    for n in (1, 2):
        full = n == 1
        name, school = "Oscar Penrose-Lyle", "Hollins Green Infant and Nursery School"
        d = new_doc(header="Liquidlogic LCS  |  Form: EYPEP (Early Years Personal Education Plan)  |  Case ID 4471209",
                    footer="Printed from LCS 03/11/2026 09:12 by tmoss  |  word version for setting")
        d.add_heading("Early Years Personal Education Plan (EYPEP)", 0)
        d.add_heading("Section One (a):Child's Details   [SW]", 1)
        dtable(d, [["Child's name", name], ["Date of birth", "14/04/2021"], ["Year group", "Reception"], ["Setting", school],
                   ["Legal status", "Interim Care Order"], ["Date of EYPEP meeting", "17/11/2026"]])
        d.add_heading("Section One (b):People Invited to EYPEP Meeting   [SW]", 1)
        d.add_paragraph("Please indicate the names of the people responsible for managing this EYPEP.")
        dtable(d, [["Title", "Name", "Address and Phone Number", "Attended Meeting", "Copy of PEP Sent"],
                   ["Child", "Oscar Penrose-Lyle", "c/o carer", "No", "n/a"], ["Parent", "Kayleigh Penrose", "withheld", "No", "Yes"],
                   ["Carer(s)", "Beverley & Tom Nuttall", "01632 964100", "Yes", "Yes"],
                   ["Designated person (teacher or practitioner)", "Mrs Shona Verity (Reception lead)", "01632 964822", "Yes", "Yes"],
                   ["Social worker or care manager", "Adebayo Morris", "01632 965003", "Yes", "Yes"]], True)
        d.add_heading("Section Two:Responsibilities   [SW]", 1)
        dtable(d, [["Question", "Name and Contact Details"],
                   ["Who should the setting contact in an emergency \u2013 in order of priority? 1. 2. 3.", "1. Beverley Nuttall 07700 900411 2. Tom Nuttall 07700 900412 3. Duty SW 01632 965000"],
                   ["Who is allowed access to me in my setting?", "Carers only. No collection by birth family."],
                   ["Who will give permission for my attendance on trips?", "Carers (day trips); SW (overnight)"]], True)
        d.add_paragraph("\u2014\u2014\u2014 PEP meeting \u2014\u2014\u2014  (fields below completed by the setting before the meeting / typed up after)")
        d.add_heading("Section Three:My Learning and Development   [Setting]", 1)
        d.add_paragraph("Attendance since September: " + ("94.7%" if full else "") )
        dtable(d, [["Area", "Working at", "Comment"], ["Communication and Language", "Expected", "Chatty with adults"],
                   ["Literacy", "Emerging", "Recognises s a t p i n"], ["Mathematics", "Emerging", "Counts to 5 reliably"],
                   ["PSED", "Emerging", "Needs adult help at transitions"]], True)
        d.add_heading("What I told my teacher   [Setting]", 2)
        voice = ["I like building the train track with Alfie.", "I don't like it when the hall is loud."]
        if full:
            d.add_paragraph("Oscar said: " + voice[0])
            d.add_paragraph("Oscar said: " + voice[1])
        else:
            d.add_paragraph("Oscar said:")
        d.add_heading("Section Four:Next Steps   [typed up by support officer]", 1)
        tg = [("Oscar will hear and say the initial sound in ten familiar words during phonics by February half-term", "Literacy (phonics)"),
              ("Oscar will count out up to 8 objects from a larger group when asked in play", "Mathematics"),
              ("Oscar will move from carpet to lunch with a visual timetable and a sand timer without an adult holding his hand", "PSED")]
        if not full:
            tg = [tg[0], tg[2]]
        dtable(d, [["Next step", "Target", "Who"]] + [[f"Next step {i}", t, "Reception team"] for i, (t, a) in enumerate(tg, 1)], True)
        d.add_heading("Early Years Pupil Premium (EYPP) request   [Setting]", 1)
        d.add_paragraph("Any request for EYPP must be linked to 'next steps' targets on the PEP.")
        pp = [("Learning", "Little Wandle keep-up sessions 4 x 10 minutes a week with TA", "Next step 1", "Oscar blends CVC words", 160.0, 1),
              ("Learning", "Numicon starter set for home and setting", "Next step 2", "Confident counting to 8", 48.0, 2),
              ("Pastoral", "Visual timetable and sand timers", "Next step 3", "Calmer transitions", 20.0, 3)]
        if not full:
            pp = [("Learning", "Little Wandle keep-up sessions 4 x 10 minutes a week with TA", "Next step 1", "Oscar blends CVC words", 160.0, 1),
                  ("Pastoral", "Visual timetable and sand timers", "", "Calmer transitions", 20.0, None)]
        dtable(d, [["type of intervention (pastoral or learning)", "description of intervention", "target details", "expected impact", "cost of the support"]] +
               [[a, b, c, e, f"\u00a3{f:.2f}"] for a, b, c, e, f, g in pp], True)
        d.add_paragraph(f"Total EYPP requested: \u00a3{sum(x[4] for x in pp):.2f}")
        d.add_paragraph("[typed up by support officer] Date PEP completed: " + ("24/11/2026" if full else "") + "   Typed by: J. Arkwright")
        d.save(os.path.join(out, f"{LAY}-{n}.docx"))
        write_truth(out, LAY, "docx", n, INSP, Q + ([] if full else ["-2: voice line empty after 'Oscar said:', no maths next step, attendance blank, no completion date, pastoral EYPP line not linked"]),
                    child_name=name, child_first_name="Oscar", school=school, year_group=0, meeting_date="2026-11-17",
                    completed_date="2026-11-24" if full else None, attendance_percent=94.7 if full else None,
                    pupil_voice=voice if full else [], targets=[{"text": a, "area": b} for a, b in tg],
                    english_target=True, maths_target=full,
                    pp_spend=[{"description": b, "cost": f, "target": g} for a, b, c, e, f, g in pp], pp_requested=sum(x[4] for x in pp))

if __name__ == "__main__":
    main(build)
