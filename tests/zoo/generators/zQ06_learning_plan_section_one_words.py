"""zQ06: nursery 'My 2-4 years Learning Plan' (an EY PEP not called PEP) in Word, in three parts as
described by the authority, with the EYPEP form's word-numbered sections, the 'Copy of PEP Sent'
invitation table and first-person responsibility questions with numbered blanks."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Q import *  # noqa

LAYOUT = "zQ06-learning-plan-section-one-words"
INSPIRED = "real-forms.md entries 16, 7"


def make(out_dir, n):
    good = n == 1
    fname = f"{LAYOUT}-{n}.docx"
    name = "Dylan Achterberg" if good else "Safiya Rahman"
    first = name.split()[0]
    setting = "Bollin Meadows Day Nursery" if good else "Poynton Little Acorns Pre-School"
    d = new_docx("Century Gothic", 10)
    set_header_footer(d, header="Cared for Children  \u2022  Early Years  \u2022  ePEP print",
                      footer="My 2-4 years Learning Plan \u2013 please return to the Virtual School within 10 working days")
    para(d, "My 2-4 years Learning Plan", bold=True, size=20, colour="7030A0")
    para(d, "for Cared for Children aged 2 to 4 in an early years setting", italic=True)
    para(d, "Part One \u2013 About me and my care", bold=True, size=13, colour="7030A0")
    para(d, "Section One (a):Child's Details", bold=True)
    dtable(d, [["Name", name], ["Date of birth", "03/08/2023" if good else "19/05/2023"],
               ["Age at meeting", "3 years 2 months" if good else "3 years 5 months"],
               ["Legal status", "Interim Care Order" if good else "Care Order (S31)"],
               ["Summary of care plan", "Return home to mum is being assessed; contact three times a week."
                if good else "Long-term fostering with current carers."]], header=False, bold_first_col=True)
    para(d, "Section One (b):People Invited to EYPEP Meeting", bold=True)
    para(d, "Please indicate the names of the people responsible for managing this EYPEP.", italic=True)
    mdate = "22/10/2026" if good else "29/09/2026"
    dtable(d, [["Title", "Name", "Address and Phone Number", "Attended Meeting", "Copy of PEP Sent"],
               ["Child", first, "-", "Yes (first 10 minutes)" if good else "No", "-"],
               ["Parent", "Ms K. Achterberg" if good else "Mr S. Rahman", "via social worker", "No", "Yes"],
               ["Carer(s)", "Mrs P. Gorton" if good else "Mr and Mrs Leigh", "07700 900562", "Yes", "Yes"],
               ["Designated person (teacher or practitioner)", "Leanne Mottram (key person)" if good
                else "Abi Storey (manager)", setting, "Yes", "Yes"],
               ["Social worker or care manager", "Farah Nazir" if good else "Gareth Lunt", "01270 555 004",
                "Yes", "Yes"]], fill="E4DFEC")
    label_para(d, "Date of meeting: ", mdate)
    para(d, "Section Two:Responsibilities", bold=True)
    dtable(d, [["Question", "Name and Contact Details"],
               ["Who should the setting contact in an emergency \u2013 in order of priority? 1. 2. 3.",
                "1. Mrs P. Gorton 07700 900562  2. Farah Nazir 01270 555 004  3. EDT 0300 555 0777" if good
                else "1. Mr Leigh 07700 900713  2. Gareth Lunt  3."],
               ["Who is allowed access to me in my setting?", "Carer and social worker only"],
               ["Who will take responsibility for my health issues?", "Carer"],
               ["Who will give permission for my attendance on trips?", "Social worker"]], fill="E4DFEC")
    para(d, "Part Two \u2013 My health, my setting and my attendance", bold=True, size=13, colour="7030A0")
    dtable(d, [["Any health concerns", "Glue ear, hearing review 12/2026" if good else "None known"],
               ["The name of the setting I attend", setting],
               ["Funded hours", "15 hours (2-year-old offer extended)" if good else "30 hours"],
               ["Attendance this year", "89.5% of funded sessions (illness in September)" if good
                else "Not recorded"],
               ["Impact of last term's Early Years Pupil Premium (EYPP)",
                "Sensory circuits sessions: Dylan now joins the group for the whole session." if good
                else "EYPP used for additional staffing."]], header=False, bold_first_col=True)
    para(d, "What I say", bold=True)
    para(d, "(Key person: write down my words exactly, and say when you heard them.)", italic=True)
    if good:
        voice = ["Me do the big slide!", "Leanne push me on the swing.", "I don't like the loud bell."]
        for v in voice:
            d.add_paragraph('"' + v + '"', style="List Bullet")
        para(d, "Heard in the garden and at lunch, week of 12/10/2026.", italic=True)
    else:
        voice = []
        para(d, "Safiya is too young to share her views.", italic=True)
    para(d, "Part Three \u2013 My progress against the EYFS", bold=True, size=13, colour="7030A0")
    para(d, "Please provide comments for each area and a next step where one is needed.", italic=True)
    if good:
        areas = [("Communication and language", "Uses 2-3 word phrases; hearing may affect listening.",
                  "Dylan will use 3-word phrases to ask for help in play, 5 times in a week, by the end of "
                  "January 2027."),
                 ("Physical development", "Confident climber; holds a chunky crayon.", ""),
                 ("Personal, social and emotional development", "Finds group times hard when it is noisy.",
                  "Dylan will stay in the small-group story time for 10 minutes with ear defenders on 3 days a "
                  "week by December."),
                 ("Literacy", "Enjoys lift-the-flap books with an adult.", ""),
                 ("Mathematics", "Beginning to say 1, 2, 3 in songs.",
                  "Dylan will match and give 'one' or 'two' objects when asked, in 4 out of 5 tries, by "
                  "February half-term."),
                 ("Understanding the world", "Loves the bug hunt.", ""),
                 ("Expressive arts and design", "Joins in with actions to songs.", "")]
        pp = [("Wellcomm language group, 2 x 15 minutes a week with key person (next step: Communication and "
               "language)", 120.0, 1),
              ("Ear defenders and small-group story sacks (next step: Personal, social and emotional "
               "development)", 30.0, 2),
              ("Number songs and counting resources (next step: Mathematics)", 25.0, 3)]
        req = 175.0
    else:
        areas = [("Communication and language", "Speaks in short sentences.",
                  "Safiya will listen to a short story in a group of four and answer one question about it, "
                  "on 3 days a week by Christmas."),
                 ("Physical development", "Developing well.", ""),
                 ("Personal, social and emotional development", "Settled.", ""),
                 ("Literacy", "-", ""), ("Mathematics", "-", ""),
                 ("Understanding the world", "-", ""), ("Expressive arts and design", "Loves painting.", "")]
        pp = [("Additional staffing, autumn term", 300.0, None)]
        req = 300.0
    dtable(d, [["EYFS area", "Comment", "Next step"]] + [list(a) for a in areas], fill="E4DFEC")
    para(d, "EYPP request this term", bold=True)
    dtable(d, [["What the EYPP will buy", "Cost"]] + [[a, f"\u00a3{b:.2f}"] for a, b, _ in pp]
           + [["Total", f"\u00a3{req:.2f}"]], fill="E4DFEC")
    label_para(d, "Plan completed by setting: ", "L. Mottram, 02/11/2026" if good else "")
    d.save(os.path.join(out_dir, fname))
    tg = [(a[2], a[0]) for a in areas if a[2]]
    quirks = ["early years plan not called a PEP ('My 2-4 years Learning Plan'), 'Cared for Children'",
              "three described Parts wrapping word-numbered sections ('Section One (a):Child's Details', "
              "'Section Two:Responsibilities') with lost spacing",
              "invitation table with 'Attended Meeting' and 'Copy of PEP Sent' columns",
              "first-person responsibility questions with numbered blanks '1. 2. 3.'",
              "EYFS area table where only some areas carry a next step (targets)",
              "EYPP lines linked by naming the EYFS area of the next step", "age in years and months"]
    if not good:
        quirks.append("-2 gaps: voice box holds only an adult note, attendance 'Not recorded', only one next step "
                      "(communication; no maths), EYPP 'Additional staffing' not linked, completion date blank")
    write_truth(out_dir, LAYOUT, fname, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=setting, year_group=-1,
                meeting_date="2026-10-22" if good else "2026-09-29",
                completed_date="2026-11-02" if good else None,
                attendance_percent=89.5 if good else None,
                pupil_voice=voice, targets=[{"text": t, "area": a} for t, a in tg],
                english_target=True, maths_target=good,
                pp_spend=[{"description": a, "cost": b, "target": c} for a, b, c in pp], pp_requested=req)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
