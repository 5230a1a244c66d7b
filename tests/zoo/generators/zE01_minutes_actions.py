"""zE01: multi-agency PEP meeting minutes exported from a case system (DOCX).

Invented authority: Brackenfield Metropolitan Borough Council; case system "CarePath".
Pupil referral unit / part-time timetable with alternative provision; targets and PP+
sit inside numbered minute items; action log with a repeating header row."""
import os
import sys

from docx import Document
from docx.shared import Pt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_E import write_truth, main, shade, repeat_header, set_font, cell_text  # noqa: E402

LAYOUT = "zE01-minutes-actions"
INSPIRED = "real-forms.md entries 29 (narrative report like minutes), 19 (record of discussion), 14 (agenda items), 17 (typed up by a support officer)"

KIDS = [
    dict(
        n=1, name="Kai Doherty-Blake", first="Kai", dob="03/04/2012", year=9,
        school="Kestrel House Short Stay School", ap="Hollins Farm Project (Tuesdays and Fridays)",
        meeting="Thursday 22nd January 2026, 1.30pm", meeting_iso="2026-01-22", cycle="Spring 1 2025/26",
        prev="16/10/2025",
        present=[("Dana Whitlow", "Chair / Education Adviser", "Virtual School"),
                 ("Colin Ayodele", "Designated Teacher", "Kestrel House"),
                 ("Jo Farrow", "Learning Mentor", "Kestrel House"),
                 ("Sasha Petrenko", "Social Worker", "Brackenfield CSC - Team 3"),
                 ("Tony & Michelle Reade", "Foster carers", "Fostering Brackenfield"),
                 ("Pete Harland", "AP provider", "Hollins Farm Project"),
                 ("Kai", "Young person (first 20 mins)", "-")],
        apologies="Rachel Mbatha (IRO)",
        voice_intro="Kai joined for the first part of the meeting and was happy for his words to be written down.",
        voice=["The farm is the best bit. I like doing the lambing and Pete lets me drive the quad when it's quiet.",
               "Reading out loud is the worst. I know the words in my head but they come out wrong.",
               "for Year 10 if I can keep my head down"],
        voice_lines=['2.1 Kai said: "{0}"', '2.2 On English, Kai said: "{1}"',
                     '2.3 Kai would like to go back to a mainstream school "{2}" and wants to be a mechanic.'],
        attendance_text=("3.1 Attendance this academic year (to 16/01/26): 81.6%. Autumn term was 79.0%; since "
                         "Christmas it is 88.2%. Last year (2024/25) it was 64%.\n3.2 Part-time timetable: Kai "
                         "attends Kestrel House Mon, Wed, Thu 9.00-2.30 and Hollins Farm Project Tue and Fri. "
                         "Timetable reviewed today and will be reviewed again at half term (w/c 16/02/26). Aim is "
                         "full-time by the summer term.\n3.3 Suspensions: none this term (1 day fixed-term in "
                         "October, recorded at last PEP)."),
        attendance=81.6,
        review=[("Kai to attend all three Kestrel House days each week for 6 weeks", "Partly achieved",
                 "4 of 6 weeks full attendance"),
                ("Kai to complete 10 Sumdog maths sessions by Christmas", "Achieved", "Sumdog log shows 14 sessions"),
                ("Kai to use his time-out card instead of leaving the room", "Not achieved",
                 "Left the room 6 times in December - broken down into T3 below")],
        progress="5.1 Reading age 10y 2m (Oct) -> 10y 9m (Jan, NGRT). Maths working at KS3 developing. Entry Level 3 "
                 "Land-based Studies on track at the farm.",
        targets=[("English", "Kai will read aloud a short passage to Mrs Farrow in his 1:1 session each Tuesday, and by the May PEP will read a 150-word passage with fewer than 5 errors."),
                 ("Maths", "Kai will use a written method to multiply and divide decimals in workshop measurements, scoring 8/10 or better on the end-of-unit check by 27 March 2026."),
                 ("Attendance", "Kai will attend every timetabled Kestrel House day (Mon, Wed, Thu) for the rest of spring term, moving his attendance to 90% or above by the Easter holidays.")],
        spend=[("T1", "Lexia PowerUp licence and 1:1 reading with Mrs Farrow (2 x 30 min weekly, 10 weeks)", "£420.00", 420.0, 1),
               ("T2", "Maths tutor from Tutor Hub, 1 hr weekly x 10 wks @ £25", "£250.00", 250.0, 2),
               ("T3", "Morning check-in mentoring with Jo Farrow, 3 x 15 min a week to end of term", "£230.00", 230.0, 3)],
        spend_total="7.2 Total PP+ requested this term: £900.00 (VS to confirm).", requested=900.0,
        actions=[("Send NGRT results to carers", "C. Ayodele", "30/01/26"),
                 ("Set up Tutor Hub sessions (T2)", "C. Ayodele", "06/02/26"),
                 ("Half-termly part-time timetable review", "D. Whitlow / C. Ayodele", "w/c 16/02/26"),
                 ("Share minutes with IRO before LAC review", "S. Petrenko", "13/02/26"),
                 ("Explore Year 10 reintegration options with Ashcombe Park Academy", "D. Whitlow", "Before May PEP")],
        typed="Minutes typed by: R. Okafor (Business Support) 27/01/2026",
        submitted="PEP checked and submitted to VS by DT: C. Ayodele  29.01.26", completed_iso="2026-01-29",
        next_pep="Next PEP: w/c 11 May 2026 (Summer), Kestrel House",
        print_date="30/01/2026 08:52",
    ),
    dict(
        n=2, name="Ellis Warrender", first="Ellis", dob="19/11/2010", year=10,
        school="The Larches Pupil Referral Unit", ap="Brackenfield Motor Project (Wednesdays)",
        meeting="Wednesday 5th November 2025, 10.00am", meeting_iso="2025-11-05", cycle="Autumn 2025/26",
        prev="02/07/2025",
        present=[("Dana Whitlow", "Chair / Education Adviser", "Virtual School"),
                 ("Harjit Sandhu", "Designated Teacher", "The Larches PRU"),
                 ("Oona Feeney", "Social Worker", "Brackenfield CSC - Team 1"),
                 ("Sandra Cole", "Residential key worker", "Meadowgate Children's Home")],
        apologies="Ellis (did not want to come in); IRO",
        voice_intro="Ellis did not attend.",
        voice=[],
        voice_lines=["2.1 Views not gathered before meeting. SW to follow up."],
        attendance_text=("3.1 Attendance 2025/26 to date: 71.3% (persistent absence). Last year 58%.\n3.2 Ellis "
                         "is on a reduced timetable (mornings only at The Larches plus the Motor Project on "
                         "Wednesdays). Review date not set.\n3.3 Two suspensions this term (2 days, 1 day)."),
        attendance=71.3,
        review=[("Ellis to complete Functional Skills Maths Level 1 mock by July", "Achieved", "Passed mock 29/06"),
                ("Ellis to attend 4 out of 5 mornings", "Not achieved", "Average 3 mornings"),
                ("Ellis to write a CV with the careers adviser", "Not achieved", "Careers appointment missed")],
        progress="5.1 English Entry Level 3, working towards Level 1 Functional Skills. Maths Level 1 passed (mock).",
        targets=[("English", "Ellis will write two paragraphs (at least 150 words) for his Functional Skills writing portfolio each fortnight until Christmas, checked by his English tutor."),
                 ("Attendance", "Ellis will attend at least 4 of 5 mornings each week between now and the February half-term."),
                 ("Wellbeing", "Ellis will meet his key worker every Monday to plan his week.")],
        spend=[("T1", "English tutor, 1 hour a week, 8 weeks at £30 an hour", "£240.00", 240.0, 1),
               ("-", "Laptop for home learning", "£350.00", 350.0, None)],
        spend_total="7.2 Total requested: £590", requested=590.0,
        actions=[("Gather Ellis's views and add to PEP", "O. Feeney", "ASAP"),
                 ("Set review date for reduced timetable", "H. Sandhu", "TBC"),
                 ("Re-book careers appointment", "H. Sandhu", "Before Christmas")],
        typed="Minutes typed by: Business Support",
        submitted="PEP checked and submitted to VS by DT: ", completed_iso=None,
        next_pep="Next PEP: Spring term, date TBC",
        print_date="14/11/2025 15:20",
    ),
]


def table(doc, header, rows, widths=None, head_fill="D9D9D9", repeat=False):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], head_fill)
    if repeat:
        repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v)
    return t


def item(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)


def render(k, path):
    doc = Document()
    set_font(doc, "Calibri", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL - SENSITIVE        CarePath | Document Export | Meeting Record (PEP)"
    fp = sec.footer.paragraphs[0]
    fp.text = "Printed from CarePath %s by vs.admin3   Brackenfield MBC" % k["print_date"]

    doc.add_paragraph().add_run("BRACKENFIELD METROPOLITAN BOROUGH COUNCIL").bold = True
    doc.add_paragraph("Children's Services - Virtual School for Children in Care")
    h = doc.add_paragraph()
    r = h.add_run("Record of Meeting: Personal Education Plan (PEP) - Multi-agency")
    r.bold = True
    r.font.size = Pt(14)

    table(doc, ["Young person", "DOB", "NCY", "Setting"],
          [(k["name"], k["dob"], "Year %d" % k["year"], k["school"])])
    doc.add_paragraph("Meeting: PEP review (%s)    Date/time: %s" % (k["cycle"], k["meeting"]))
    doc.add_paragraph("Alternative provision: %s" % k["ap"])
    doc.add_paragraph("Previous PEP held: %s" % k["prev"])

    item(doc, "Present")
    table(doc, ["Name", "Role", "Agency"], k["present"])
    doc.add_paragraph("Apologies: %s" % k["apologies"])

    item(doc, "1. Welcome and introductions")
    doc.add_paragraph("1.1 Chair explained purpose of meeting. Minutes to be shared with all present.")

    item(doc, "2. Young person's views")
    doc.add_paragraph(k["voice_intro"])
    for line in k["voice_lines"]:
        doc.add_paragraph(line.format(*k["voice"]))

    item(doc, "3. Attendance / timetable / inclusion")
    for line in k["attendance_text"].split("\n"):
        doc.add_paragraph(line)

    item(doc, "4. Review of targets set at previous PEP (%s)" % k["prev"])
    table(doc, ["Target", "Outcome", "Evidence / comment"], k["review"])

    item(doc, "5. Progress and attainment")
    doc.add_paragraph(k["progress"])

    item(doc, "6. Targets agreed for this PEP")
    doc.add_paragraph("6.1 The following SMART targets were agreed (to be reviewed at next PEP):")
    for i, (area, text) in enumerate(k["targets"], 1):
        p = doc.add_paragraph()
        p.add_run("T%d (%s): " % (i, area)).bold = True
        p.add_run(text)

    item(doc, "7. Pupil Premium Plus (PP+)")
    doc.add_paragraph("7.1 DT outlined proposed use of PP+ linked to the targets above:")
    table(doc, ["Linked target", "Provision", "Cost"], [(a, b, c) for a, b, c, _, _ in k["spend"]])
    doc.add_paragraph(k["spend_total"])

    item(doc, "8. Any other business")
    doc.add_paragraph("8.1 None.")
    doc.add_paragraph(k["next_pep"])

    item(doc, "Action log")
    table(doc, ["No.", "Action", "Who", "By when"],
          [(str(i), a, w, d) for i, (a, w, d) in enumerate(k["actions"], 1)], repeat=True)
    doc.add_paragraph("")
    doc.add_paragraph(k["typed"])
    doc.add_paragraph(k["submitted"])
    doc.save(path)


def build(out_dir):
    for k in KIDS:
        fn = "%s-%d.docx" % (LAYOUT, k["n"])
        render(k, os.path.join(out_dir, fn))
        areas = [a for a, _ in k["targets"]]
        write_truth(
            out_dir, LAYOUT, fn, inspired_by=INSPIRED,
            quirks=["meeting minutes with numbered items, not a form",
                    "targets and PP+ inside minute items", "previous targets reviewed in a table before new ones",
                    "print date in footer and typed-up date beside the DT submission date",
                    "attendance given for year, term and last year in one paragraph",
                    "action log with repeating header row"],
            child_name=k["name"], child_first_name=k["first"], school=k["school"], year_group=k["year"],
            meeting_date=k["meeting_iso"], completed_date=k["completed_iso"],
            attendance_percent=k["attendance"], pupil_voice=list(k["voice"]),
            targets=[{"text": t, "area": a} for a, t in k["targets"]],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": d, "cost": c, "target": t} for _, d, _, c, t in k["spend"]],
            pp_requested=k["requested"])


if __name__ == "__main__":
    main(build)
