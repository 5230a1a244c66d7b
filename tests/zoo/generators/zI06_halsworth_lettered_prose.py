"""zI06 Halsworth KS1 PEP: PDF that opens with numbered prose ("What are the main functions of a PEP?") and a
"Who does what?" page before any field, lettered sections A-E, hopes / worries / aspirations boxes for the child,
targets as numbered paragraphs, the PP+ request written as a prose paragraph in Section D.

Inspired by real-forms.md entries 10 (numbered prose preamble, lettered sections, hopes/worries/aspirations,
PPG allocated from targets), 9 (term columns for attainment), 13 (targets in Section D), 16 (comment per area).
"""
import os
from _common_I import *

LAYOUT = "zI06-halsworth-lettered-prose"
INSPIRED = "real-forms.md entries 9, 10, 13, 16"
QUIRKS = ["two pages of numbered prose and 'Who Does What?' before any field",
          "lettered sections A-E",
          "child's hopes, worries and aspirations in three boxes, some as described drawings",
          "attainment as a term-column grid (WTS / EXS / GDS)",
          "targets as numbered paragraphs with the area in brackets",
          "PP+ request written as a prose paragraph, costs inside sentences",
          "attendance written 'per cent'"]

PREAMBLE = [
    "1. A PEP is a means of collating information about the education of a child in care in one place, so that "
    "everyone who works with the child knows what is happening and what needs to happen next.",
    "2. The PEP is part of the child's care plan and is a legal document. It must be reviewed every term.",
    "3. The PEP should record the child's hopes, worries and aspirations in their own words wherever possible.",
    "4. The PEP should set out clear targets for the coming term, including English and maths.",
    "5. The targets agreed in the PEP inform how the Pupil Premium Grant is allocated.",
]
WHO = [
    "The Social Worker ... Completing section A of the PEP form and arranging the meeting.",
    "The Designated Teacher ... Completing sections B, C and D, chairing the meeting and signing off section E.",
    "The Virtual School ... Quality assuring the PEP and releasing the Pupil Premium Grant (PP+).",
]

CASES = [
    dict(n=1, name="Poppy Lindqvist", first="Poppy", school="Brindley Park Infant and Nursery School", year=2,
         a_rows=[("Child's name", "Poppy Lindqvist"), ("Date of birth", "11 January 2018"),
                 ("School and year", "Brindley Park Infant and Nursery School, Year 2 (Mrs Oduwole's class)"),
                 ("Legal status / where I live", "Section 20; living with foster carer Ms Dawn Petrakis since March 2025"),
                 ("Date of this PEP meeting", "Thursday 27 November 2025"),
                 ("Who came", "Ms Petrakis (carer), Mr Jamal Idris (SW), Mrs Fiona Quayle (DT), Mrs Oduwole (class teacher)")],
         meeting_iso="2025-11-27",
         attendance="Attendance: 94 per cent (1 September to 21 November). 3 days' illness in October; 2 days for "
                    "a family funeral.",
         att=94.0,
         attain=[("Reading", "WTS", "", ""), ("Writing", "WTS", "", ""), ("Maths", "EXS", "", ""),
                 ("Phonics screening check", "Retake due June 2026 (scored 27 in Year 1)", "", "")],
         hopes="I hope I can go on the big climbing frame in juniors. I hope Dawn gets a puppy.",
         worries="I am worried when we do spellings and I get them wrong in front of everyone.",
         aspirations="[Poppy drew a picture of herself in a vet's coat.] \"I want to be a vet for dogs and horses.\"",
         voice=["I hope I can go on the big climbing frame in juniors. I hope Dawn gets a puppy.",
                "I am worried when we do spellings and I get them wrong in front of everyone.",
                "I want to be a vet for dogs and horses."],
         targets=[
             ("Phonics", "Poppy will read 30 of the 40 words on a practice phonics screening check, including 12 alien words, by the spring PEP.", "English"),
             ("Writing", "Poppy will write three sentences about her weekend using capital letters and full stops in 2 out of 3 Monday news pieces by February half-term.", "English"),
             ("Maths", "Poppy will recall number bonds to 10 and to 20 in under 2 minutes on the class challenge sheet by the end of the spring term.", "Maths")],
         prose_spend=("We are requesting £600 PP+ this term. £360 will pay for Little Wandle keep-up sessions with "
                      "Mr Horan (TA), 4 x 15 minutes a week for 12 weeks, for target 1. £150 will pay for a "
                      "Beanstalk reading volunteer visiting twice a week, for target 2. The remaining £90 will buy "
                      "Numicon and a number-bonds game pack to use in class and at home, for target 3."),
         spend=[("Little Wandle keep-up sessions with Mr Horan (TA), 4 x 15 minutes a week for 12 weeks", 360.0, 1),
                ("Beanstalk reading volunteer visiting twice a week", 150.0, 2),
                ("Numicon and a number-bonds game pack to use in class and at home", 90.0, 3)],
         requested=600.0,
         e_rows=[("Designated Teacher", "Mrs Fiona Quayle"), ("Date DT completed", "3 December 2025"),
                 ("Sent to Virtual School", "Yes")],
         completed_iso="2025-12-03"),
    dict(n=2, name="Mason Adebayo-Clarke", first="Mason", school="Greenhythe Primary Academy", year=1,
         a_rows=[("Child's name", "Mason Adebayo-Clarke"), ("Date of birth", "30 April 2019"),
                 ("School and year", "Greenhythe Primary Academy, Year 1"),
                 ("Legal status / where I live", "Interim care order; kinship carer (grandmother)"),
                 ("Date of this PEP meeting", "Tuesday 10 March 2026"),
                 ("Who came", "Mrs Adebayo (grandmother), Ms Lena Ruiz (SW), Mr Carl Whitby (DT)")],
         meeting_iso="2026-03-10",
         attendance="Attendance: 91 per cent this year.",
         att=91.0,
         attain=[("Reading", "WTS", "WTS", ""), ("Writing", "WTS", "WTS", ""), ("Maths", "EXS", "EXS", ""),
                 ("Phonics screening check", "Due June 2026", "", "")],
         hopes="I want to have a sleepover at Nana's friend's house.",
         worries="",
         aspirations="[Mason drew a fire engine.]",
         voice=["I want to have a sleepover at Nana's friend's house."],
         targets=[
             ("Maths", "Mason will count forwards and backwards in 2s, 5s and 10s to 50 without help by the summer PEP.", "Maths"),
             ("Wellbeing", "Mason to be happier at lunchtimes.", "Wellbeing")],
         prose_spend=("School would like some of the PP+ to go towards a lunchtime Lego club for a small group "
                      "and some new reading books for Mason to take home."),
         spend=[("a lunchtime Lego club for a small group", None, None),
                ("some new reading books for Mason to take home", None, None)],
         requested=None,
         e_rows=[("Designated Teacher", "Mr Carl Whitby"), ("Date DT completed", ""),
                 ("Sent to Virtual School", "")],
         completed_iso=None),
]


def render(c, path):
    st = pstyles("Times-Roman", 10.5)
    W = avail_width()
    s = []
    s.append(P("HALSWORTH CITY COUNCIL", st["h3"]))
    s.append(P("PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE", st["h1"]))
    s.append(P("(School age: Reception to Year 6)", st["base"]))
    s.append(Spacer(1, 10))
    s.append(P("What are the main functions of a PEP?", st["h2"]))
    for p in PREAMBLE:
        s.append(P(p, st["base"]))
        s.append(Spacer(1, 4))
    s.append(P("Who Does What?", st["h2"]))
    for p in WHO:
        s.append(P(p, st["base"]))
        s.append(Spacer(1, 4))
    s.append(PageBreak())

    s.append(P("Section A - About me (Social Worker)", st["h2"]))
    s.append(ptable([list(r) for r in c["a_rows"]], st, [W * 0.3, W * 0.7], header=False, label_col=True))
    s.append(P("Section B - Attendance and attainment (Designated Teacher)", st["h2"]))
    s.append(P(c["attendance"], st["base"]))
    s.append(Spacer(1, 4))
    rows = [["Teacher assessment", "Autumn", "Spring", "Summer"]] + [list(r) for r in c["attain"]]
    s.append(ptable(rows, st, [W * 0.34, W * 0.22, W * 0.22, W * 0.22]))
    s.append(P("Section C - My hopes, worries and aspirations", st["h2"]))
    s.append(P("The child's own words where possible. Adults may scribe. Describe any drawings.", st["small"]))
    s.append(ptable([["My hopes", c["hopes"]], ["My worries", c["worries"]],
                     ["When I grow up / my aspirations", c["aspirations"]]], st, [W * 0.3, W * 0.7],
                    header=False, label_col=True))
    s.append(P("Section D - Targets and Pupil Premium Grant", st["h2"]))
    for i, (lab, txt, _a) in enumerate(c["targets"], 1):
        s.append(P(f"Target {i} ({lab}): {txt}", st["base"]))
        s.append(Spacer(1, 3))
    s.append(Spacer(1, 4))
    s.append(P("Pupil Premium Grant (PP+) - please explain what you are requesting, how much, and which target "
               "it supports:", st["bold"]))
    s.append(P(c["prose_spend"], st["base"]))
    s.append(P("Section E - Sign off", st["h2"]))
    s.append(ptable([list(r) for r in c["e_rows"]], st, [W * 0.3, W * 0.7], header=False, label_col=True))
    build_pdf(path, s, header=None, footer="Halsworth Virtual School - PEP (School age) - CONFIDENTIAL", font="Times-Roman")


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.pdf"
        render(c, os.path.join(out_dir, fname))
        areas = [t[2] for t in c["targets"]]
        write_truth(out_dir, fname, dict(
            layout=LAYOUT, inspired_by=INSPIRED, quirks=QUIRKS,
            child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=c["year"],
            meeting_date=c["meeting_iso"], completed_date=c["completed_iso"], attendance_percent=c["att"],
            pupil_voice=c["voice"],
            targets=[{"text": t[1], "area": t[2]} for t in c["targets"]],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": d, "cost": cost, "target": tg} for d, cost, tg in c["spend"]],
            pp_requested=c["requested"]))
