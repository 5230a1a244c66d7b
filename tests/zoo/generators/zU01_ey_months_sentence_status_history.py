"""zU01: EY 0-4 plan with sentence labels (Cumbria, entry 4) exported from a Looked After Call style
platform with a status history table (entry 2). DOCX."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_U import *

LAY = "zU01-ey-months-sentence-status-history"
INSP = "real-forms.md entries 4, 2"
Q = ["label and value form one sentence ('My name is ...')", "age in months", "platform status history table; completed = date status became Complete",
     "cycle named by term and academic year as well as a date", "'Review again' (renamed Rejected) row in history", "EYPP lines in a table with a 'Next step no.' column"]

def build(out):
    for n in (1, 2):
        full = n == 1
        name, first, school = "Maisie Threlfall", "Maisie", "Little Acorns Day Nursery"
        d = new_doc(header="NUI - FAO the Nursery manager - export from Looked After Call",
                    footer="Export Active PEP  |  Pupil's name: Maisie Threlfall  |  PEP cycle: Autumn 2026/27")
        d.add_heading("0\u20134 Years Personal Education Plan 2026\u20132027", 0)
        dtable(d, [["Pupil's name", name], ["PEP cycle", "Autumn 2026/27"], ["PEP status", "Complete" if full else "Submitted"],
                   ["Other PEPs on record", "2 (Spring 2026/27 draft not started)"]])
        d.add_paragraph("My name is Maisie Threlfall")
        d.add_paragraph("I am 34 months old")
        d.add_paragraph("My setting is Little Acorns Day Nursery")
        d.add_paragraph("I go to the Butterflies room (pre-school, funded 2-year-old place moving to 3-year-old funding)")
        d.add_paragraph("This is a photo of me (Please refer to your setting's policy on the use of photographs) [photo withheld in export]")
        d.add_paragraph("My PEP meeting was on 08/10/2026 at Little Acorns Day Nursery")
        d.add_heading("PEP Procedure for pre-school children in a nursery or non-school setting (0-4 year olds)", 2)
        d.add_paragraph("1. Arranging the Meeting - Is the child new into care? NO - review PEP held termly for all children over the age of 12 months.")
        d.add_heading("Things I want you to know about me", 2)
        if full:
            d.add_paragraph("Maisie told her key person while playing in the sand tray:")
            d.add_paragraph("\u201cI like the big red bike best.\u201d")
            d.add_paragraph("\u201cNana Jo does my hair in bunches.\u201d")
            d.add_paragraph("Carer's view (not Maisie's words): Jo says Maisie is sleeping better since the summer.")
        else:
            d.add_paragraph("(no entry)")
        d.add_heading("My attendance", 2)
        d.add_paragraph("I have been to nursery for 91.5% of my funded sessions since September." if full else "I have been to nursery for 88.0% of my funded sessions since September.")
        d.add_heading("My next steps", 2)
        rows = [["No.", "Area of learning", "Next step", "Who will help", "By when"],
                ["1", "Communication and Language", "Maisie will use two-word phrases such as \u2018more juice\u2019 at snack time on most days", "Key person (Ellie)", "December 2026"],
                ["2", "Personal, Social and Emotional Development", "Maisie will say goodbye to Nana Jo at the door and join play within five minutes", "Key person and carer", "December 2026"]]
        if full:
            rows.append(["3", "Mathematics", "Maisie will count three objects by touching each one during tidy-up time", "Room leader", "February 2027"])
        dtable(d, rows, True)
        d.add_heading("Early Years Pupil Premium (EYPP)", 2)
        pp = [["Item", "Cost", "Next step no."],
              ["Speech and language small group (Wellcomm) twice weekly", "\u00a3120.00", "1" if full else ""],
              ["Counting songs and number puppets pack for home and nursery", "\u00a345.00", "3" if full else ""]]
        dtable(d, pp, True)
        d.add_paragraph("Total EYPP requested this term: \u00a3165.00")
        d.add_heading("PEP status history", 2)
        hist = [["Status", "Description", "Designated Teacher", "LA (Super) user", "Social Worker"],
                ["Not started", "PEP created 21/09/2026", "", "", ""],
                ["In progress", "Edited 02/10/2026", "R. Mallory (Nursery manager)", "", "read-only"],
                ["Ready to submit to Virtual School", "09/10/2026", "R. Mallory", "", "read-only"],
                ["Submitted", "12/10/2026", "", "", "read-only"]]
        if full:
            hist += [["Review again", "15/10/2026 Reason: next step 3 has no date", "", "K. Oduya", "read-only"],
                     ["Submitted", "16/10/2026", "R. Mallory", "", "read-only"],
                     ["Complete", "19/10/2026", "", "K. Oduya", "read-only"]]
        dtable(d, hist, True)
        fn = f"{LAY}-{n}.docx"
        d.save(os.path.join(out, fn))
        tg = [{"text": rows[1][2], "area": "Communication and Language"}, {"text": rows[2][2], "area": "PSED"}]
        if full:
            tg.append({"text": rows[3][2], "area": "Maths"})
        write_truth(out, LAY, "docx", n, INSP, Q + ([] if full else ["-2: voice box '(no entry)', no maths next step, EYPP lines have no next step no., status only Submitted so no completion date, attendance 88.0%"]),
                    child_name=name, child_first_name=first, school=school, year_group=-1, meeting_date="2026-10-08",
                    completed_date="2026-10-19" if full else None, attendance_percent=91.5 if full else 88.0,
                    pupil_voice=["I like the big red bike best.", "Nana Jo does my hair in bunches."] if full else [],
                    targets=tg, english_target=True, maths_target=full,
                    pp_spend=[{"description": pp[1][0], "cost": 120.0, "target": 1 if full else None},
                              {"description": pp[2][0], "cost": 45.0, "target": 3 if full else None}],
                    pp_requested=165.0)

if __name__ == "__main__":
    main(build)
