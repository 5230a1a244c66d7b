"""zT03: nursery EYPEP in Word: Children in Care Council tips first, stray working header, sections numbered in
words ('Section One (a):Child's Details'), sentence labels with age in months, a 'Copy of PEP Sent' column,
first-person responsibility questions with numbered blanks, EYFS next steps and an EYPP block. Entries 7 + 4."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_T import *

LAYOUT = "zT03-eypep-section-words-copy-sent"
INSPIRED = "real-forms.md entries 7, 4"
QUIRKS = ["Children in Care Council tips before any field", "stray working header 'NUI - FAO the Nursery manager'",
          "sections numbered in words with lost spacing ('Section One (a):Child's Details')",
          "label and value in one sentence ('My name is ...', 'I am 40 months old')", "age in months",
          "attendee table with 'Attended Meeting' and 'Copy of PEP Sent' columns",
          "first-person responsibility questions with numbered blanks 1. 2. 3.", "photo placeholder text left in",
          "EYFS next steps as targets; EYPP request block", "keyworker notes of the child's words ('Alfie said')"]

NEXT = [("Communication and Language", "Alfie will use 3-word sentences to ask for help or a toy at snack and tidy-up time, on 4 out of 5 days, by the end of the spring term", "Keyworker (Jade) - Talk Boost group twice a week"),
        ("Mathematics", "Alfie will count out 5 objects accurately, touching each one, during cooking and playdough sessions by February half term", "Keyworker in small-group maths play"),
        ("Personal, Social and Emotional Development", "Alfie will say goodbye to his carer at the door and join the welcome song without crying on most days by half term", "Keyworker and carer - same drop-off routine")]


def make(out, n):
    full = n == 1
    doc = new_doc("Arial", 10)
    header_footer(doc, "NUI - FAO the Nursery manager - 14 pages", "EYPEP - Children in Care - version 3 (2026-27)")
    para(doc, "EARLY YEARS PERSONAL EDUCATION PLAN (EYPEP)", bold=True, size=16)
    para(doc, "Tips from our Children in Care Council for a positive EYPEP", bold=True, size=12)
    for tip in ["Please talk to me about my PEP in a way I understand - use pictures or toys.",
                "Make sure the people who know me best are there.",
                "Don't talk about my family in front of other children.",
                "Tell me what you decided, and show me the things I am good at."]:
        para(doc, "\u2022 " + tip)
    para(doc, "")
    para(doc, "Section One (a):Child's Details", bold=True, size=12)
    para(doc, "My name is Alfie Brennan")
    para(doc, "I am 40 months old")
    para(doc, "My setting is Little Acorns Day Nursery (Riverside)")
    para(doc, "My room is Pre-school (Nursery, FS1)")
    para(doc, "This is a photo of me (Please refer to your setting's policy on the use of photographs)")
    para(doc, "[photo]", italic=True)
    para(doc, "Date of this EYPEP meeting: " + fmt("2026-09-29", "day"))
    para(doc, "")
    para(doc, "Section One (b):People Invited to EYPEP Meeting", bold=True, size=12)
    para(doc, "Please indicate the names of the people responsible for managing this EYPEP.", italic=True)
    table(doc, [["Title", "Name", "Address and Phone Number", "Attended Meeting", "Copy of PEP Sent"],
                ["Child", "Alfie Brennan", "c/o carer", "Yes (part)", "n/a"],
                ["Parent", "Leanne Brennan", "via social worker", "No", "Yes"],
                ["Carer(s)", "Marcia and Colin Oduya", "14 Weir Lane, 07700 900214", "Yes", "Yes"],
                ["Designated person (teacher or practitioner)", "Jade Pickering (keyworker, room lead)", "Little Acorns, 01632 960551", "Yes", "Yes"],
                ["Social worker or care manager", "Priya Lall", "Children's Services, 01632 960880", "Yes", "Yes"]], header=True, fill="E2EFD9")
    para(doc, "")
    para(doc, "Section Two:Responsibilities", bold=True, size=12)
    qs = [("Who should the setting contact in an emergency - in order of priority? 1. 2. 3.", "1. Marcia Oduya 07700 900214  2. Colin Oduya 07700 900215  3. Priya Lall 01632 960880"),
          ("Who is allowed access to me in my setting?", "Marcia and Colin Oduya only. Not birth parents."),
          ("Who will take responsibility for my health issues?", "Marcia Oduya (carer)"),
          ("Who will receive and respond to communications from my setting?", "Marcia Oduya"),
          ("Who will give permission for my attendance on trips?", "Priya Lall (social worker) for trips; carers for local walks"),
          ("Who can give permission for setting photographs and performa", "")]
    table(doc, [["Question", "Name and Contact Details"]] + [list(q) for q in qs], header=True, fill="E2EFD9")
    para(doc, "")
    para(doc, "Section Three:Attendance and Health", bold=True, size=12)
    if full:
        para(doc, "Sessions attended since September: 26 of 28 (92.9%). Funded hours: 15 universal + 15 extended.")
    else:
        para(doc, "Sessions attended since September: (to be added by setting)")
    para(doc, "Health: hearing test booked 14/10/2026 (glue ear query). Up to date with immunisations.")
    para(doc, "")
    para(doc, "Section Four:What I Say", bold=True, size=12)
    para(doc, "Jade wrote down what Alfie said while they played with the train set and looked at his learning journal.", italic=True)
    voice = ["I like the big red train.", "Marcia makes pancakes.", "I don't like it when it's noisy in the carpet time."]
    for s in voice:
        para(doc, "Alfie said: \u201c" + s + "\u201d")
    para(doc, "")
    para(doc, "Section Five:My Learning and Next Steps", bold=True, size=12)
    rows = [["Area of learning (EYFS)", "What I can do now", "My next step", "Who will help me"]]
    now = ["Uses single words and some 2-word phrases", "Counts to 5 by rote; not yet 1:1", "Upset at drop-off most mornings"]
    for (a, t, w), c in zip(NEXT, now):
        rows.append([a, c, t, w])
    table(doc, rows, header=True, fill="E2EFD9")
    para(doc, "")
    para(doc, "Section Six:Early Years Pupil Premium (EYPP)", bold=True, size=12)
    eypp = [("Learning", "Talk Boost Early Years group, 10 weeks, 2 x 20 minutes a week with trained practitioner", "1" if full else "", "200.00"),
            ("Pastoral", "Transition 'now and next' visual board and drop-off book made with carer", "3", "45.00")]
    table(doc, [["Type of intervention", "Description of intervention", "Next step no.", "Cost (£)"]] + [list(e) for e in eypp], header=True, fill="E2EFD9")
    para(doc, "Total EYPP requested this term: £245.00")
    para(doc, "")
    para(doc, "Section Seven:Sign Off", bold=True, size=12)
    para(doc, "Date EYPEP completed: " + (fmt("2026-10-06", "slash") if full else ""))
    para(doc, "Completed by: Jade Pickering (Designated person)")
    path = write_truth(out, LAYOUT, n, "docx", INSPIRED, QUIRKS + ([] if full else [
        "GAPS: EYPP line 1 has no next-step number; attendance left 'to be added by setting'; 'Date EYPEP completed' blank"]),
        child_name="Alfie Brennan", child_first_name="Alfie", school="Little Acorns Day Nursery (Riverside)", year_group=-1,
        meeting_date="2026-09-29", completed_date="2026-10-06" if full else None, attendance_percent=92.9 if full else None,
        pupil_voice=voice, targets=[{"text": t, "area": a} for a, t, _ in NEXT], english_target=True, maths_target=True,
        pp_spend=[{"description": e[1], "cost": float(e[3]), "target": int(e[2]) if e[2] else None} for e in eypp],
        pp_requested=245.0)
    doc.save(path)


def build(out_dir):
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    main(build)
