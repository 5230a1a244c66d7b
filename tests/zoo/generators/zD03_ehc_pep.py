"""zD03: an 'Education, Health and Care'-flavoured primary PEP for a child with an EHCP (docx)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_D import new_doc, para, table, write_truth, main

LAYOUT = "zD03-ehc-pep"
INSP = "real-forms.md label variants (date of birth/age, year group, PP+ words 'Pupil Premium Plus') + quirks 8 (placeholders), 9 (lettered sections), 21 (ages in years and months); invented EHC-style form"
QUIRKS = ["labels above values (label paragraph, value paragraph)", "age in years and months, no date of birth",
          "sections lettered E / H / C", "PEP targets tied to EHCP outcomes in one grid",
          "'Click here to enter text.' placeholder means empty", "PP+ spelled 'Pupil Premium Plus'"]

CASES = [
    dict(n=1, name="Ruby-Mae Fairclough", first="Ruby-Mae", school="Hollin Bank Primary School",
         cls="Year 2 (Oak Class)", yg=2, age="6 years 11 months", meet="12.11.2025", meet_iso="2025-11-12",
         done="19.11.2025", done_iso="2025-11-19", att="97.8", att_v=97.8,
         voice_how="Views gathered by Miss Patel (TA) using Talking Mats on 5 November. Ruby-Mae's words:",
         voice=["I like the quiet room because my ears don't hurt.", "Reading with Miss Patel is fun.",
                "I don't like it when the bell goes."],
         rows=[("Communication and interaction: Ruby-Mae will share her ideas in a small group.",
                "Ruby-Mae will blend and read 30 CVC words from the Phase 3 list by 13 February 2026", "English",
                "Daily Read Write Inc. 1:1 phonics catch-up, 10 minutes", "Phonics catch-up book pack and 1:1 tutor time, 6 weeks x £40 = £240", 240.0),
               ("Cognition and learning: Ruby-Mae will use number facts to 20.",
                "Ruby-Mae will add two 1-digit numbers using a number line with 8/10 correct by the spring PEP", "Maths",
                "Maths small group, Tuesday and Thursday", "Numicon home kit for carer to use at home = £60", 60.0),
               ("Social, emotional and mental health: Ruby-Mae will manage changes in the day.",
                "Ruby-Mae will use her visual timetable to move between lessons without adult prompting on 4 days out of 5 by February half-term", "SEMH",
                "Visual timetable checked at each transition by class team", "", None)],
         total="Pupil Premium Plus requested this term: £300", total_v=300.0),
    dict(n=2, name="Jaxon Pryce", first="Jaxon", school="Brookmead Infant School",
         cls="Year 1 (Robins)", yg=1, age="5 years 8 months", meet="26.11.2025", meet_iso="2025-11-26",
         done="03.12.2025", done_iso="2025-12-03", att="93.0", att_v=93.0,
         voice_how="Click here to enter text.",
         voice=[],
         rows=[("Cognition and learning: Jaxon will count reliably to 20.",
                "Jaxon will count out up to 15 objects accurately on 3 separate days by the spring PEP", "Maths",
                "Adult-led counting games, 3 times a week", "Additional 1:1 TA support as set out in EHCP Section F", None),
               ("Social, emotional and mental health: Jaxon will play alongside others.",
                "Jaxon will take turns in a game of 2 with an adult nearby for 5 minutes by 13 February 2026", "SEMH",
                "Lunchtime nurture group", "", None)],
         total="Pupil Premium Plus requested this term: Click here to enter text.", total_v=None),
]


def lab(d, label, value):
    para(d, label, bold=True)
    para(d, value)


def build_one(c, out_dir):
    d = new_doc("Arial", 10)
    para(d, "Wealdmoor Virtual School", bold=True, size=12)
    para(d, "Personal Education Plan - Education, Health and Care", bold=True, size=16)
    para(d, "For children in care who have an Education, Health and Care Plan. Complete alongside the annual review paperwork.", italic=True)
    para(d, "Child's details", bold=True, size=12)
    lab(d, "Full name", c["name"])
    lab(d, "Age at the PEP meeting", c["age"])
    lab(d, "Class / year", c["cls"])
    lab(d, "School or setting attended", c["school"])
    lab(d, "Date of PEP meeting", c["meet"])
    lab(d, "EHCP in place", "Yes - last annual review October 2025")
    para(d, "E - EDUCATION", bold=True, size=13)
    lab(d, "Attendance (%)", c["att"])
    lab(d, "Suspensions", "None")
    para(d, "H - HEALTH", bold=True, size=13)
    lab(d, "Health and wellbeing update", "Hearing test booked. Sleeps well at home. Sees the school nurse each half term.")
    para(d, "C - CARE", bold=True, size=13)
    lab(d, "Home and family time", "Stable at home with long-term carers. Family time with birth mum monthly.")
    para(d, "My views", bold=True, size=13)
    para(d, c["voice_how"])
    for v in c["voice"]:
        para(d, v)
    para(d, "Outcomes and targets for this term", bold=True, size=13)
    rows = [["EHCP outcome", "PEP target (this term)", "Provision (who / how often)", "Pupil Premium Plus"]]
    for o, t, a, p, s, cost in c["rows"]:
        rows.append([o, t, p, s])
    table(d, rows, bold_first_row=True)
    para(d, c["total"])
    para(d, "Date returned to Virtual School", bold=True)
    para(d, c["done"])
    fname = f"{LAYOUT}-{c['n']}.docx"
    d.save(os.path.join(out_dir, fname))
    spend = [{"description": s, "cost": cost, "target": i} for i, (o, t, a, p, s, cost) in enumerate(c["rows"], 1) if s]
    areas = [r[2] for r in c["rows"]]
    write_truth(out_dir, fname, dict(layout=LAYOUT, inspired_by=INSP, quirks=QUIRKS, child_name=c["name"],
                child_first_name=c["first"], school=c["school"], year_group=c["yg"], meeting_date=c["meet_iso"],
                completed_date=c["done_iso"], attendance_percent=c["att_v"], pupil_voice=c["voice"],
                targets=[{"text": r[1], "area": r[2]} for r in c["rows"]],
                english_target="English" in areas, maths_target="Maths" in areas, pp_spend=spend,
                pp_requested=c["total_v"]))


def build(out_dir):
    for c in CASES:
        build_one(c, out_dir)


if __name__ == "__main__":
    main(build)
