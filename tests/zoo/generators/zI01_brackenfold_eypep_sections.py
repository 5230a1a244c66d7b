"""zI01 Brackenfold EYPEP: Word form, sections numbered in words, EYPP request block keyed to next steps.

Inspired by real-forms.md entries 7 (Section One (a)/(b), Copy of PEP Sent, numbered blanks), 9 ('My birthday / My
age' labels, comment per area), 16 (health / setting / attendance / EYPP impact in one block), 4 (label and value as one
sentence, photo caption left in, working note left in the header).
"""
import os
from _common_I import *

LAYOUT = "zI01-brackenfold-eypep-sections"
INSPIRED = "real-forms.md entries 4, 7, 9, 16"
QUIRKS = ["sections numbered in words (Section One (a), Section Two)",
          "working note left in the page header",
          "age in years and months, funded sessions instead of attendance percentage",
          "child's voice quoted inside key person observations",
          "EYPP request table: pastoral or learning / what it pays for / next step / difference / cost",
          "photo caption left in an empty cell"]

CASES = [
    dict(
        n=1, name="Tilly-Mae Ashworth", first="Tilly-Mae", known="Tilly", dob="03/07/2022",
        age="I am 3 years and 4 months old", setting="Little Acorns Day Nursery (Fellgate)",
        term="Autumn 2025", meeting="12/11/2025", hours="15 universal + 15 extended hours (Mon-Wed)",
        people=[("Child", "Tilly-Mae Ashworth", "c/o carer", "Yes (first 10 mins)", "n/a"),
                ("Parent", "Mother (family time supervised)", "via social worker", "Not invited - see care plan", "No"),
                ("Carer(s)", "Mrs Janine Corkhill", "14 Hobart Row, Fellgate  07700 900412", "Yes", "Yes"),
                ("Designated person (teacher or practitioner)", "Ms Priya Desai (Room Lead, Owls)",
                 "Little Acorns, 01632 960 218", "Yes", "Yes"),
                ("Social worker or care manager", "Mr Owen Threlfall", "Brackenfold CSC  01632 960 551", "Yes", "Yes")],
        health="No health concerns. Hearing test at 2 year check was clear. Eczema managed with cream from carer.",
        attendance="Offered 126 sessions since 1 September. Attended 118 (93.7%). Absences: 6 sessions chickenpox, "
                   "2 sessions family time moved to a morning.",
        attendance_pct=93.7,
        eypp_impact="Last term's EYPP (£190) paid for a weekly small-group Language Explorers session. Tilly now "
                    "joins in with 2-3 word phrases at group time (was pointing only in June).",
        eyfs=[("Communication and Language", "Uses 2-3 word phrases; follows simple one-step instructions.",
               "Not yet on track"),
              ("Personal, Social and Emotional Development", "Settles with her key person; finds tidy-up hard.",
               "On track"),
              ("Physical Development", "Climbs, runs, uses chunky crayons with a fist grip.", "On track"),
              ("Literacy", "Enjoys 'Dear Zoo'; lifts the flaps and names 3 animals.", "On track"),
              ("Mathematics", "Says number names to 3; not yet matching numbers to objects.", "Not yet on track")],
        voice_intro="Written by Ms Desai from what Tilly said and did during the week of 3 November. "
                    "Tilly's own words are in quotation marks.",
        voice=["\"Me do it! Me do the big puzzle.\"", "\"Janine coming? Janine coming now?\"",
               "\"I like the sand. Sand is my best.\""],
        voice_obs="At the end of the day Tilly waits by the door and asks:",
        targets=[("1", "Communication and Language",
                  "Tilly will use 4-word sentences to ask for what she wants at snack time on 3 out of 5 days by the February PEP",
                  "Key person models 4-word sentences; Language Explorers group 2 x 20 mins weekly", "Feb 2026"),
                 ("2", "Mathematics",
                  "Tilly will count up to 5 objects, touching each one, during play by the end of the spring term",
                  "Counting songs and 1:1 counting with real objects (shells, cars) 3 x weekly", "End of spring term"),
                 ("3", "Personal, Social and Emotional Development",
                  "Tilly will join in tidy-up time with a visual timer and one adult prompt on 4 days a week by February half-term",
                  "Visual timer and 'first/then' card used by all Owls staff", "Feb half-term")],
        areas=["English", "Maths", "PSED"],
        eypp=[("Learning", "Language Explorers small-group session with trained practitioner, 2 x 20 mins weekly",
               "Target 1", "4-word sentences at snack time", "£120.00", 1),
              ("Learning", "Number rhyme story sacks and counting resources for home and setting",
               "Target 2", "Counting to 5 with 1:1 correspondence", "£45.00", 2),
              ("Pastoral", "Visual timer and laminated first/then cards for the Owls room",
               "Target 3", "Joins tidy-up with one prompt", "£25.00", 3)],
        eypp_total="£190.00", eypp_total_num=190.0,
        completed="20/11/2025", completed_iso="2025-11-20", meeting_iso="2025-11-12",
        typed="Typed up from the handwritten copy by L. Marsh (VS support officer) on 21/11/2025.",
    ),
    dict(
        n=2, name="Kobi Nwachukwu-Reid", first="Kobi", known="Kobi", dob="19/01/2022",
        age="I am 4 years and 0 months old", setting="Sunnybank Community Pre-School",
        term="Spring 2026", meeting="04/02/2026", hours="30 hours (Mon-Fri mornings + Tue/Thu full day)",
        people=[("Child", "Kobi Nwachukwu-Reid", "", "No", ""),
                ("Parent", "", "", "", ""),
                ("Carer(s)", "Mr & Mrs Halloran", "7 Quarry Lane, Sunnybank", "Yes", "Yes"),
                ("Designated person (teacher or practitioner)", "Mrs Helen Okafor (Manager / SENCo)",
                 "Sunnybank Pre-School 01632 960 884", "Yes", ""),
                ("Social worker or care manager", "Ms Bethany Lowe", "", "Yes", "")],
        health="Speech and language therapy referral made December 2025 - awaiting first appointment.",
        attendance="Kobi attends every session he is offered apart from 3 mornings (dentist, LAC medical, snow day).",
        attendance_pct=None,
        eypp_impact="Not known - Kobi started at Sunnybank in January.",
        eyfs=[("Communication and Language", "Single words, some signing (more, finished).", "Not yet on track"),
              ("Personal, Social and Emotional Development", "Still settling; cries at drop-off most days.",
               "Not yet on track"),
              ("Physical Development", "Very active outdoors; loves the bikes.", "On track"),
              ("Literacy", "Brings books to adults.", "On track"),
              ("Mathematics", "", "")],
        voice_intro="Kobi is new to the setting and staff are still getting to know him.",
        voice=["\"Bike! My bike!\""],
        voice_obs="Outside, when it was time to come in, Kobi held the handlebars and said:",
        targets=[("1", "Communication and Language",
                  "Kobi will use 10 signs or words to ask for help or for more by the next EYPEP",
                  "Staff to use Makaton signs for more/help/finished at every snack and lunch", "Next EYPEP"),
                 ("2", "Personal, Social and Emotional Development",
                  "Kobi to settle at drop-off within 5 minutes with his key person on 4 out of 5 mornings by Easter",
                  "Same key person greets him every morning; photo book of home and carers", "Easter")],
        areas=["English", "PSED"],
        eypp=[("Pastoral", "Sensory resources for the quiet corner", "see above", "Help Kobi feel calm", "", None),
              ("Learning", "Makaton training for 2 staff (online course)", "Target 1", "More words and signs",
               "£60.00", 1)],
        eypp_total="", eypp_total_num=None,
        completed="", completed_iso=None, meeting_iso="2026-02-04",
        typed="",
    ),
]


def render(c, path):
    d = new_docx(font="Arial", size=10)
    header_footer(d, header_text="EYPEP v3.2  -  FAO setting manager - please return to Brackenfold VS within 10 "
                                 "working days of the meeting  -  NOT for parents",
                  footer_text="Brackenfold Virtual School for Cared for Children | EYPEP | OFFICIAL-SENSITIVE")
    dpara(d, "BRACKENFOLD BOROUGH COUNCIL - VIRTUAL SCHOOL", bold=True, size=9, align="right")
    dpara(d, "Early Years Personal Education Plan (EYPEP)", bold=True, size=16)
    dpara(d, "For Cared for Children aged 2 to 4 years in a nursery, pre-school or with a childminder", italic=True)
    dpara(d, c["term"] + " EYPEP", bold=True)

    dpara(d, "Section One (a):Child's Details", bold=True, size=12)
    dtable(d, [["My name is", c["name"]],
               ["I like to be called", c["known"]],
               ["My birthday is", c["dob"]],
               ["My age", c["age"]],
               ["My setting is", c["setting"]],
               ["My funded hours", c["hours"]],
               ["Date of EYPEP meeting", c["meeting"]],
               ["This is a photo of me (Please refer to your setting's policy on the use of photographs)", ""]],
           header=False, widths_cm=[6, 11], bold_first_col=True, label_fill="EAF1DD")

    dpara(d, "Section One (b):People Invited to EYPEP Meeting", bold=True, size=12)
    dpara(d, "Please indicate the names of the people responsible for managing this EYPEP.", italic=True)
    rows = [["Title", "Name", "Address and Phone Number", "Attended Meeting", "Copy of EYPEP Sent"]]
    rows += [list(p) for p in c["people"]]
    dtable(d, rows, widths_cm=[4, 3.5, 4.5, 2.5, 2.5], size=9)

    dpara(d, "Section Two:Responsibilities", bold=True, size=12)
    dtable(d, [["Question", "Name and Contact Details"],
               ["Who should the setting contact in an emergency - in order of priority? 1. 2. 3.",
                "1. " + c["people"][2][1] + "\n2. " + c["people"][4][1] + "\n3. Brackenfold Emergency Duty Team"],
               ["Who is allowed access to me in my setting?", "Carers and social worker only. See care plan."],
               ["Who will give permission for my attendance on trips?", "Social worker (Section 20 / ICO - see care plan)"],
               ["Who will receive and respond to communications from my setting?", c["people"][2][1]]],
           widths_cm=[9, 8], size=9)

    dpara(d, "Section Three:My Health, My Setting and My Attendance", bold=True, size=12)
    dtable(d, [["Any health concerns", c["health"]],
               ["Name of the setting I attend", c["setting"]],
               ["My attendance this term", c["attendance"]],
               ["What difference did last term's EYPP make?", c["eypp_impact"]]],
           header=False, widths_cm=[5, 12], bold_first_col=True, size=9)

    dpara(d, "Section Four:How I Am Getting On (EYFS)", bold=True, size=12)
    dpara(d, "Please provide comments for each area. Say whether the child is on track for their age.", italic=True)
    rows = [["EYFS area", "What I can do now", "On track / Not yet on track"]] + [list(e) for e in c["eyfs"]]
    dtable(d, rows, widths_cm=[5, 8.5, 3.5], size=9)

    dpara(d, "Section Five:My Views (captured by my key person)", bold=True, size=12)
    dpara(d, c["voice_intro"])
    dpara(d, c["voice_obs"])
    for v in c["voice"]:
        dpara(d, v, italic=True)

    dpara(d, "Section Six:My 'Next Steps' Targets", bold=True, size=12)
    rows = [["No.", "EYFS area", "Next step", "How adults will help", "By when"]] + [list(t) for t in c["targets"]]
    dtable(d, rows, widths_cm=[1, 3.5, 6, 4.5, 2], size=9)

    dpara(d, "Section Seven:Early Years Pupil Premium (EYPP) Request", bold=True, size=12)
    dpara(d, "Each EYPP request should link to a next step in Section Six. EYPP is currently paid at "
             "up to £570 a year for each eligible child.", italic=True, size=9)
    rows = [["Pastoral or learning?", "What will the EYPP pay for?", "Which next step?",
             "What difference will it make?", "Cost"]] + [list(e[:5]) for e in c["eypp"]]
    rows.append(["", "", "", "Total EYPP requested this term", c["eypp_total"]])
    dtable(d, rows, widths_cm=[3, 5.5, 2.5, 3.5, 2.5], size=9)

    dpara(d, "Section Eight:Sign Off", bold=True, size=12)
    dtable(d, [["Designated person", c["people"][3][1]],
               ["Date EYPEP completed", c["completed"]],
               ["Date of next EYPEP", "To be arranged by social worker"]],
           header=False, widths_cm=[6, 11], bold_first_col=True)
    d.save(path)


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.docx"
        render(c, os.path.join(out_dir, fname))
        write_truth(out_dir, fname, dict(
            layout=LAYOUT, inspired_by=INSPIRED, quirks=QUIRKS,
            child_name=c["name"], child_first_name=c["first"], school=c["setting"], year_group=-1,
            meeting_date=c["meeting_iso"], completed_date=c["completed_iso"],
            attendance_percent=c["attendance_pct"],
            pupil_voice=c["voice"],
            targets=[{"text": t[2], "area": a} for t, a in zip(c["targets"], c["areas"])],
            english_target="English" in c["areas"], maths_target="Maths" in c["areas"],
            pp_spend=[{"description": e[1], "cost": (float(e[4].strip("£")) if e[4] else None), "target": e[5]}
                      for e in c["eypp"]],
            pp_requested=c["eypp_total_num"]))
