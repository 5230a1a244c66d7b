"""zK02 Ashcombe: primary Word PEP. Children in Care Council tips first, then sections numbered
in words with the space lost after the colon ("Section One (a):Child's Details"), a people-invited
table with 'Copy of PEP Sent', responsibilities questions, sentence-starter voice, and a targets
table whose PPG costs sit in a separate section keyed by target number. The cover holds
'Date PEP completed'. A review of the autumn PEP's targets sits before the new ones."""
import os
from _common_K import *

LAYOUT = "zK02-ashcombe-section-words"
INSPIRED = "real-forms.md entries 6, 7, 9, 10, 31"
QUIRKS = ["Children in Care Council tips before any field",
          "sections numbered in words with no space after the colon",
          "'Date PEP completed' on the cover page, above the preamble",
          "voice as sentence starters completed in the child's words",
          "autumn targets reviewed in a table that looks like the new targets table",
          "PPG in its own section, keyed to targets by number",
          "third target child-centred (SEMH) per the fixed three-target rule"]

CASES = {
    1: dict(name="Lacey Mbeki-Shaw", first="Lacey", school="Wrenfield Primary School", year=4,
            dob="09/03/2017", meeting="2026-01-14", meeting_txt="14/01/2026", completed_txt="21/01/2026",
            completed="2026-01-21", att_txt="Attendance (1 September 2025 to 9 January 2026): 97.1%", att=97.1,
            starters=[("I like playing with...", "I like playing with the Lego in golden time and with my dog Biscuit at home."),
                      ("I am good at/enjoy...", "I am good at drawing and I enjoy times tables when I get them right."),
                      ("My friends are...", "My friends are Maisie and Tomasz but Tomasz is in the other class now."),
                      ("I am happy when...", "I am happy when Nana Pat picks me up on Fridays."),
                      ("I am sad when...", "I am sad when people say my writing is messy.")],
            old=[("1", "Lacey will learn the Year 3 common exception words", "Achieved - 38/40 in December check")],
            targets=[("1", "English (writing)", "Lacey will write three sentences using capital letters, full stops and one conjunction (and, but, because) in four out of five independent writes by February half-term.", "Class teacher, daily guided writing", "13/02/2026"),
                     ("2", "Maths", "Lacey will recall the 3 and 4 times tables in any order within 6 seconds each, scoring 20/24 on the Multiplication Tables Check practice by Easter.", "TA, 10 minutes 4 x weekly", "27/03/2026"),
                     ("3", "Wellbeing (child-centred)", "Lacey will use her 'worry book' with Mrs Adeyemi every Monday and will tell an adult when someone comments on her work, recorded in the pastoral log until the next PEP.", "Learning mentor", "Next PEP")],
            ppg=[("1", "Handwriting and sentence-building group (Write Away), 3 x 20 mins weekly, TA", "£195.00"),
                 ("2", "Times tables app licence plus 12 TA catch-up sessions at £15", "£210.00"),
                 ("3", "Learning mentor worry-book sessions, 10 x 30 mins", "£150.00")],
            spend=[("Handwriting and sentence-building group (Write Away), 3 x 20 mins weekly, TA", 195.0, 1),
                   ("Times tables app licence plus 12 TA catch-up sessions at £15", 210.0, 2),
                   ("Learning mentor worry-book sessions, 10 x 30 mins", 150.0, 3)],
            total="Total PPG requested: £555.00", req=555.0, english=True, maths=True),
    2: dict(name="Oskar Lindqvist-Baines", first="Oskar", school="Holy Cross Catholic Primary", year=3,
            dob="27/07/2018", meeting="2026-01-20", meeting_txt="20/01/2026", completed_txt="",
            completed=None, att_txt="Attendance (1 September 2025 to 16 January 2026): 94.0%", att=94.0,
            starters=[("I like playing with...", "football with Kai"),
                      ("I am good at/enjoy...", "counting money in the shop game"),
                      ("My friends are...", ""),
                      ("I am happy when...", "I am happy when we go to the park after school"),
                      ("I am sad when...", "")],
            old=[("1", "Oskar will read 30 phase 5 words", "Partly - 22/30, carry on with phonics")],
            targets=[("1", "Maths", "Oskar will count on and back in 10s from any number to 100 without resources in 3 assessed sessions before the next PEP.", "Class teacher", "Next PEP"),
                     ("2", "Social", "To make more friends.", "", "")],
            ppg=[("1", "Numicon kit for home and school", ""),
                 ("2", "Lunchtime nurture club", "£120.00")],
            spend=[("Numicon kit for home and school", None, 1),
                   ("Lunchtime nurture club", 120.0, 2)],
            total="Total PPG requested: to follow once Numicon is priced", req=None, english=False, maths=True),
}

TIPS = ["1. Talk to me before the meeting, not just on the day.",
        "2. Ask me where I want to sit and who I want there.",
        "3. Don't use initials or words I don't know - say 'family time', not 'contact'.",
        "4. Tell me what was decided and what happens next.",
        "5. Remember the good things, not only the worries."]


def build_one(out_dir, n, d):
    fname = f"{LAYOUT}-{n}.docx"
    doc = new_docx("Calibri", 10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "ASHCOMBE COUNCIL  |  Virtual School  |  EDUCATION PEP - PRIMARY (KS1/KS2)"
    sec.footer.paragraphs[0].text = "Form PEP-P/04 rev. Jan 2025 - RESTRICTED when completed"
    para(doc, "PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE", bold=True, size=16)
    para(doc, "Primary phase  -  Spring term 2026", size=12)
    label_para(doc, "Date PEP completed: ", d["completed_txt"])
    para(doc, "Confidential", italic=True)
    para(doc, "Tips for a good PEP - from Ashcombe Children in Care Council", bold=True, size=12)
    for t in TIPS:
        para(doc, t)
    para(doc, "The targets agreed in the PEP inform how the Pupil Premium Grant is allocated. Only a teacher "
              "should set targets; targets one and two address academic progress and the third target is more "
              "holistic and child centred.", italic=True, size=9)
    doc.add_page_break()

    para(doc, "Section One (a):Child's Details", bold=True, size=12)
    dtable(doc, [["Child's name", d["name"]], ["Date of birth", d["dob"]],
                 ["School", d["school"]], ["Year group", f"Year {d['year']}"],
                 ["Legal status", "S31 Full Care Order"], ["Date of this PEP meeting", d["meeting_txt"]]],
           header=False, label_col=True, widths=[5, 11])
    para(doc, "")
    para(doc, "Section One (b):People Invited to PEP Meeting", bold=True, size=12)
    para(doc, "Please indicate the names of the people responsible for managing this PEP.", italic=True, size=9)
    dtable(doc, [["Title", "Name", "Address and Phone Number", "Attended Meeting", "Copy of PEP Sent"],
                 ["Child", d["first"], "", "Part (first 15 mins)" if n == 1 else "No", "n/a"],
                 ["Carer(s)", "Patricia Shaw (kinship)" if n == 1 else "Mr & Mrs Oduya", "via SW", "Yes", "Yes"],
                 ["Designated person (teacher or practitioner)", "Mrs J. Adeyemi" if n == 1 else "Mr P. Corrigan", "school office", "Yes", "Yes"],
                 ["Social worker or care manager", "Liam Fortescue" if n == 1 else "Grace Whitlock", "Ashcombe CIC Team 2", "Yes", "Yes"]],
           size=9)
    para(doc, "")
    para(doc, "Section Two:Responsibilities", bold=True, size=12)
    dtable(doc, [["Question", "Name and Contact Details"],
                 ["Who should the school contact in an emergency - in order of priority? 1. 2. 3.",
                  "1. Carer  2. Social worker  3. EDT 01632 960999"],
                 ["Who is allowed access to me in my school?", "Carer, social worker, IRO"],
                 ["Who will give permission for my attendance on trips?", "Carer (day trips); SW (residential)"]],
           size=9)
    para(doc, "")
    para(doc, "Section Three:How I See Things", bold=True, size=12)
    para(doc, "(Sentence starters completed with the child before the meeting. Write the child's own words.)",
         italic=True, size=9)
    dtable(doc, [[a, b] for a, b in d["starters"]], header=False, label_col=True, widths=[5, 11])
    para(doc, "")
    para(doc, "Section Four:Attendance and Attainment", bold=True, size=12)
    para(doc, d["att_txt"])
    para(doc, "Exclusions: none.  Part-time timetable: none.")
    dtable(doc, [["Subject", "Autumn", "Spring", "End of year expectation"],
                 ["Reading", "WTS", "WTS+", "EXS"], ["Writing", "WTS", "WTS", "EXS"],
                 ["Maths", "EXS-" if n == 1 else "WTS", "EXS", "EXS"]], size=9)
    para(doc, "")
    para(doc, "Section Five:Targets", bold=True, size=12)
    para(doc, "Review of last PEP's targets", bold=True)
    dtable(doc, [["No.", "What I will learn", "Outcome"]] + [list(r) for r in d["old"]], size=9)
    para(doc, "")
    para(doc, "New targets (to be reviewed at the next PEP)", bold=True)
    dtable(doc, [["No.", "Area", "What I will learn", "How the grown-ups will help", "By when"]]
           + [list(r) for r in d["targets"]], size=9, widths=[1.2, 2.6, 7, 3.4, 2])
    para(doc, "")
    para(doc, "Section Six:Pupil Premium Grant (PPG)", bold=True, size=12)
    dtable(doc, [["Target No.", "Support bought with PPG", "Cost"]] + [list(r) for r in d["ppg"]],
           size=9, widths=[2, 11, 3])
    para(doc, d["total"], bold=True)
    para(doc, "")
    para(doc, "Section Seven:Sign-off", bold=True, size=12)
    dtable(doc, [["Designated Teacher", "Signed", "Date"],
                 ["Mrs J. Adeyemi" if n == 1 else "Mr P. Corrigan",
                  "J Adeyemi" if n == 1 else "", d["completed_txt"]]], size=9)
    doc.save(os.path.join(out_dir, fname))
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS,
                child_name=d["name"], child_first_name=d["first"], school=d["school"],
                year_group=d["year"], meeting_date=d["meeting"], completed_date=d["completed"],
                attendance_percent=d["att"],
                pupil_voice=[b for a, b in d["starters"] if b],
                targets=[(t[2], t[1]) for t in d["targets"]], english_target=d["english"],
                maths_target=d["maths"], pp_spend=d["spend"], pp_requested=d["req"])


def build(out_dir):
    for n, d in CASES.items():
        build_one(out_dir, n, d)
