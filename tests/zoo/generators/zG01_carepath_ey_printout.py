"""zG01: early-years PEP printed from an invented case system ("CarePath"), typed into by the setting.

The social worker's part is system Q/A rows; below the 'PEP meeting' line the setting has typed
into the Word print-out in a different font, and a support officer has typed the EYPP block.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_G import new_doc, table, bar, para, cell_text, shade, write_truth, main  # noqa: E402

LAYOUT = "zG01-carepath-ey-printout"
INSPIRED = "real-forms.md entries 17, 16, 15, 21"
QUIRKS = ["case-system print-out with form metadata header and print date (not the completion date)",
          "forename and surname in separate system fields; full name only in the print header",
          "age in years and months, room name instead of a year group",
          "setting's part typed in another font below a 'PEP meeting' line",
          "EYPP request columns: type of intervention (pastoral or learning) / linked next step",
          "last term's EYPP impact reviewed in prose beside the new request",
          "attendance as sessions attended out of funded sessions"]

CHILDREN = [
    dict(
        stem=LAYOUT + "-1", first="Amira", surname="Haddad-Jones", person_id="7734102",
        dob="02/03/2022", age="3 years 7 months", setting="Little Acorns Day Nursery",
        setting_addr="14 Bramley Road, Eastholme", room="Pre-school room (FS1) - leaves for Reception Sept 2026",
        legal="Interim Care Order (s.38)", carer="Jo and Martin Pell (foster carers)",
        hours="15 hours universal + 15 hours funded by Harrowmere Council",
        printed="04/11/2025 09:12", printed_by="R. Okafor (Business Support)",
        meeting="14/10/2025", attendance="Attended 46 of 50 funded sessions this term (92%)",
        voice=['Amira said: "I like the big bikes outside."',
               'At story time she told her key person: "Jo reads me the tiger book at bedtime."',
               'When asked about nursery: "I don\'t like it when it\'s loud in the hall."'],
        observations="Amira chooses the sand tray every morning and will play alongside two other girls. "
                     "She uses single words and short phrases; she points and leads adults by the hand when she wants something.",
        eyfs=[("Communication and Language", "22-36", "Not yet", "Mostly 2-3 word phrases; understands simple instructions."),
              ("Personal, Social and Emotional Development", "30-50", "Yes", "Upset at drop-off some mornings."),
              ("Physical Development", "30-50", "Yes", "Confident on bikes and climbing frame."),
              ("Literacy", "22-36", "Not yet", "Enjoys books one-to-one, not yet in a group."),
              ("Mathematics", "30-50", "Yes", "Counts to 5 by rote; not yet matching objects."),
              ("Understanding the World", "30-50", "Yes", ""),
              ("Expressive Arts and Design", "30-50", "Yes", "Loves singing and painting.")],
        targets=[("Communication and Language",
                  "Amira will use sentences of four or more words to tell her key person what she wants at snack time by the spring PEP",
                  "Modelling at snack time; Talk Boost group", "Spring PEP"),
                 ("Literacy",
                  "Amira will join in with repeated refrains in three familiar stories during group time by February half-term",
                  "Story sacks at home and in nursery", "Feb half-term 2026"),
                 ("Mathematics",
                  "Amira will count out up to five objects accurately, e.g. cups at snack time, by the end of the spring term",
                  "Counting in routines, number songs", "End of spring term"),
                 ("PSED",
                  "Amira will settle at drop-off with her key person within five minutes on four out of five mornings",
                  "Extra settling hour on Mondays; visual timetable", "Spring PEP")],
        eypp=[("Learning", "Small-group Talk Boost sessions with trained practitioner, 3 x 15 minutes a week for 10 weeks",
               "1", "Longer sentences at snack and play", "£240.00"),
              ("Learning", "Story sacks for the three focus stories to share at home and at nursery", "2",
               "Joins in with refrains", "£45"),
              ("Pastoral", "Extra settling hour with key person on Monday mornings (10 weeks x £12.50)", "4",
               "Calmer drop-off", "£125.00")],
        total="£410.00",
        last_eypp="Summer 2025 EYPP (£150) bought sensory play resources for the two-year-old room. Impact: Amira now "
                  "stays at an activity for up to ten minutes (was two).",
        completed_by="Hannah Greer (Manager / designated person)", completed="21/10/2025",
        truth=dict(
            child_name="Amira Haddad-Jones", child_first_name="Amira", school="Little Acorns Day Nursery",
            year_group=-1, meeting_date="2025-10-14", completed_date="2025-10-21", attendance_percent=92.0,
            pupil_voice=["I like the big bikes outside.", "Jo reads me the tiger book at bedtime.",
                         "I don't like it when it's loud in the hall."],
            english_target=True, maths_target=True, pp_requested=410.0),
        costs=[240.0, 45.0, 125.0],
    ),
    dict(
        stem=LAYOUT + "-2", first="Reggie", surname="Tomlinson-Barr", person_id="7750918",
        dob="19.08.2021", age="4 years 2 months", setting="Sunnyside Community Pre-School",
        setting_addr="Church Hall, Mill Lane, Westcombe", room="Rising 5s (Pre-school)",
        legal="Section 20 (voluntary accommodation)", carer="Mrs Denise Amadi (foster carer)",
        hours="15 hours universal", printed="18/11/2025 14:40", printed_by="R. Okafor (Business Support)",
        meeting="05/11/2025", attendance="To follow - register with manager",
        voice=["Click here to enter text."],
        observations="Reggie is very active and enjoys the outdoor area. He finds sitting for group time hard "
                     "and sometimes leaves the carpet.",
        eyfs=[("Communication and Language", "30-50", "Yes", ""),
              ("Personal, Social and Emotional Development", "22-36", "Not yet", "Struggles with turn-taking."),
              ("Physical Development", "30-50", "Not yet", "Pencil grip - fist."),
              ("Literacy", "30-50", "Yes", "Recognises his name."),
              ("Mathematics", "Click here to enter text.", "", ""),
              ("Understanding the World", "30-50", "Yes", ""),
              ("Expressive Arts and Design", "30-50", "Yes", "")],
        targets=[("Communication and Language",
                  "Reggie will listen to a short story in a group of four and answer one 'who' or 'what' question about it by the next PEP",
                  "Small story group with key person", "Next PEP"),
                 ("PSED",
                  "Reggie will take turns in a two-player game with an adult and one friend for five minutes, three times a week",
                  "Turn-taking games, sand timer", "Spring 2026"),
                 ("Physical Development",
                  "Reggie will hold a chunky pencil with a tripod grip to make marks during daily funky fingers sessions",
                  "Funky fingers daily", "Spring 2026")],
        eypp=[("Learning", "Funky fingers fine-motor kit and pencil grips", "3", "Better grip", "£38.00"),
              ("Pastoral", "Key person time for turn-taking games, 2 x 20 minutes weekly (12 weeks)", "",
               "Fewer incidents at group time", "£160"),
              ("Learning", "Forest school half-term block", "", "Click here to enter text.", "£102")],
        total="£300",
        last_eypp="First PEP at this setting - no previous EYPP.",
        completed_by="", completed="",
        truth=dict(
            child_name="Reggie Tomlinson-Barr", child_first_name="Reggie", school="Sunnyside Community Pre-School",
            year_group=-1, meeting_date="2025-11-05", completed_date=None, attendance_percent=None,
            pupil_voice=[], english_target=True, maths_target=False, pp_requested=300.0),
        costs=[38.0, 160.0, 102.0],
    ),
]

SYS_FONT = "Courier New"


def qa_rows(doc, rows):
    t = table(doc, [["Q ref", "Question", "Answer"]] + rows, header_fill="D9D9D9", size=9)
    for r in t.rows[1:]:
        for c in r.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.name = SYS_FONT
    return t


def build_one(out_dir, c):
    doc = new_doc("Arial", 10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = (f"CarePath Children's Services | Form: EY_PEP v3.2 'Early Years Personal Education Plan' | "
                f"Person: {c['first']} {c['surname']} (ID {c['person_id']}) | Printed {c['printed']} by {c['printed_by']}")
    doc.sections[0].footer.paragraphs[0].text = (
        "OFFICIAL-SENSITIVE. Printed from CarePath. Do not alter the system sections above the PEP meeting line.")

    para(doc, "Harrowmere Council - Virtual School for Children in Care", bold=True, size=13)
    para(doc, "EARLY YEARS PERSONAL EDUCATION PLAN (ages 2-5)", bold=True, size=12)
    para(doc, "Workflow: Step 1 Social worker > Step 2 PEP meeting > Step 3 Setting sections > Step 4 VS early years check",
         size=8, italic=True)

    bar(doc, "STEP 1 - CHILD AND CARE DETAILS (social worker)")
    qa_rows(doc, [
        ["1.01", "Child's forename", c["first"]],
        ["1.02", "Child's surname", c["surname"]],
        ["1.03", "Date of birth", c["dob"]],
        ["1.04", "Age at print", c["age"]],
        ["1.05", "Legal status", c["legal"]],
        ["1.06", "Carer(s) / home", c["carer"]],
        ["1.07", "Brief summary of care plan", "Long-term fostering with current carers is the plan."],
        ["1.08", "Photo consent", "Yes - setting use only"],
    ])
    para(doc, "")
    bar(doc, "STEP 1b - HEALTH AND SETTING")
    qa_rows(doc, [
        ["1.10", "Any health concerns?", "Up to date with immunisations. Hearing test booked."],
        ["1.11", "Early years setting attended", c["setting"]],
        ["1.12", "Setting address", c["setting_addr"]],
        ["1.13", "Room / stage", c["room"]],
        ["1.14", "Funded hours", c["hours"]],
    ])
    para(doc, "")
    para(doc, "----------------------------------------- PEP meeting -----------------------------------------",
         bold=True, size=9)
    para(doc, "Sections below this line are completed by the setting and returned to Business Support.", italic=True,
         size=8)

    bar(doc, "STEP 2 - PEP MEETING", fill="385723")
    table(doc, [["Date of PEP meeting", c["meeting"]],
                ["Venue", "At the setting"],
                ["Present", "Key person; setting manager; social worker; carer; VS early years adviser"]],
          bold_first_col=True)
    para(doc, "")

    bar(doc, "STEP 3 - THE SETTING'S SECTIONS", fill="385723")
    para(doc, "3.1 Attendance at the setting", bold=True)
    table(doc, [["Attendance this term", c["attendance"]], ["Absences explained?", "Yes - illness"]],
          bold_first_col=True)
    para(doc, "3.2 The child's voice - what the child tells us or shows us", bold=True)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "\n".join(c["voice"]), font="Calibri")
    para(doc, "3.3 Key person's observations", bold=True)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), c["observations"], font="Calibri")

    para(doc, "3.4 Progress against the EYFS", bold=True)
    table(doc, [["Area of learning", "Age band (months)", "Typical for age?", "Comment"]] + [list(r) for r in c["eyfs"]],
          header_fill="E2EFDA", size=9)

    para(doc, "3.5 Next steps (targets) for next term", bold=True)
    rows = [["No.", "Area of learning", "Next step", "How we will support it", "By when"]]
    for i, (area, text, how, when) in enumerate(c["targets"], 1):
        rows.append([str(i), area, text, how, when])
    table(doc, rows, header_fill="E2EFDA", size=9)

    para(doc, "")
    bar(doc, "EYPP REQUEST (typed by Business Support from the setting's email)", fill="7F6000")
    para(doc, "Any request for EYPP must be linked to a next step above.", italic=True, size=8)
    rows = [["Type of intervention (pastoral or learning)", "Description of intervention", "Linked next step",
             "Expected impact", "Cost of the support"]]
    rows += [list(r) for r in c["eypp"]]
    rows.append(["", "Total EYPP requested this term", "", "", c["total"]])
    table(doc, rows, header_fill="FFF2CC", size=9)
    para(doc, "Impact of last term's EYPP", bold=True)
    para(doc, c["last_eypp"])

    para(doc, "")
    bar(doc, "SIGN-OFF", fill="404040")
    table(doc, [["Completed by (setting)", c["completed_by"]], ["Date completed", c["completed"]],
                ["VS early years check", "Pending"]], bold_first_col=True)

    path = os.path.join(out_dir, c["stem"] + ".docx")
    doc.save(path)

    tr = dict(c["truth"])
    tr["targets"] = [{"text": text, "area": area} for area, text, _, _ in c["targets"]]
    tr["pp_spend"] = [{"description": d, "cost": cost, "target": int(n) if n else None}
                      for (_, d, n, _, _), cost in zip(c["eypp"], c["costs"])]
    write_truth(out_dir, c["stem"], "docx", LAYOUT, INSPIRED, QUIRKS, tr)


def build(out_dir):
    for c in CHILDREN:
        build_one(out_dir, c)


if __name__ == "__main__":
    main(build)
