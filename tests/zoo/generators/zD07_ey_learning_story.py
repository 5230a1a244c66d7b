"""zD07: an early years PEP written as a learning story with narrative prose (docx, nursery)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_D import new_doc, para, table, write_truth, main

LAYOUT = "zD07-ey-learning-story"
INSP = "real-forms.md entries 4 ('My name is ...', 'I am 27 months old'), 9 (EYFS areas), 16-17 (EYPP block), 29 (narrative report); quirks 1, 2, 13, 17, 21"
QUIRKS = ["name, age and setting only inside sentences", "age in years and months", "meeting date inside narrative prose",
          "voice as quoted utterances inside keyworker observations", "EYFS areas as target headings ('next steps')",
          "EYPP block with target letter references", "photo-box placeholder text left in"]

CASES = [
    dict(n=1, name="Freya Lomas", first="Freya", school="Little Acorns Day Nursery", age="3 years 4 months",
         meet="Wednesday 15th October 2025", meet_iso="2025-10-15", done="24 October 2025", done_iso="2025-10-24",
         att="Freya attends 5 mornings a week (15 funded hours). Attendance since September: 95%.", att_v=95.0,
         obs=("During snack time Freya pointed to the banana and said ", "Me want the yellow one.",
              " When building in the block area she shouted ", "Look, I made a big tower!",
              " At home time she told her keyworker ", "I miss Nanna at nursery."),
         steps=[("A", "Communication and language", "Freya will use 3-word sentences to ask for what she wants at snack time on 4 days out of 5 by the end of January 2026"),
                ("B", "Mathematics", "Freya will count 5 objects, touching each one, during play by the spring PEP"),
                ("C", "Personal, social and emotional development", "Freya will say goodbye to her carer at the door and settle within 10 minutes by Christmas")],
         eypp=[("Speech and language group (Chatterbox), 2 x 20 minutes weekly with trained practitioner", "A", "£120.00"),
               ("Counting and number songs resource pack to share with carer", "B", "£35.00")],
         total="£155.00", total_v=155.0),
    dict(n=2, name="Alfie Cartwright-Moss", first="Alfie", school="Sunnybank Pre-School", age="3 years 9 months",
         meet="Thursday 20th November 2025", meet_iso="2025-11-20", done="", done_iso=None,
         att="Alfie attends 3 full days a week. Attendance since September: 82%.", att_v=82.0,
         obs=None,
         steps=[("A", "Physical development", "Alfie will use child scissors to snip paper with support during craft time by February 2026"),
                ("B", "Personal, social and emotional development", "Alfie will join a small group story for 5 minutes without leaving by the spring PEP")],
         eypp=[("Sensory play equipment for the room", "", "£80.00"),
               ("Key person 1:1 story sessions, 3 x 10 minutes a week", "B", "£60.00")],
         total="£140.00", total_v=140.0),
]


def build_one(c, out_dir):
    d = new_doc("Century Gothic", 10.5)
    para(d, "Pendlewick Virtual School - Early Years", bold=True)
    para(d, "My Learning Story (Early Years PEP, ages 2 to 4)", bold=True, size=16)
    para(d, "This is a photo of me (check your setting's photo policy before adding one)", italic=True)
    para(d, "All about me", bold=True, size=12)
    para(d, f"My name is {c['name']} and I am {c['age']} old. I go to {c['school']} in the Nursery room.")
    para(d, "Our meeting", bold=True, size=12)
    para(d, f"The PEP meeting took place at {c['school']} on {c['meet']}. My carer, my keyworker, the setting manager "
            f"and my social worker came. {c['att']} No concerns about health were raised; my 2-year check is complete.")
    para(d, "What my keyworker has seen me do and heard me say", bold=True, size=12)
    if c["obs"]:
        o = c["obs"]
        para(d, f"{o[0]}\u201c{o[1]}\u201d{o[2]}\u201c{o[3]}\u201d{o[4]}\u201c{o[5]}\u201d")
    else:
        table(d, [[""]])
    para(d, "My next steps", bold=True, size=12)
    for letter, area, text in c["steps"]:
        table(d, [[f"Next step {letter}: {area}"], [text]], bold_first_row=True)
    para(d, "Early Years Pupil Premium (EYPP) request", bold=True, size=12)
    table(d, [["Description of support", "Next step it supports", "Cost"]] + [list(r) for r in c["eypp"]]
          + [["Total EYPP requested this term", "", c["total"]]], bold_first_row=True)
    para(d, "Learning story finished by setting manager on " + (c["done"] or "................"))
    fname = f"{LAYOUT}-{c['n']}.docx"
    d.save(os.path.join(out_dir, fname))
    letters = {s[0]: i for i, s in enumerate(c["steps"], 1)}
    areas = [s[1] for s in c["steps"]]
    voice = [c["obs"][1], c["obs"][3], c["obs"][5]] if c["obs"] else []
    write_truth(out_dir, fname, dict(layout=LAYOUT, inspired_by=INSP, quirks=QUIRKS, child_name=c["name"],
                child_first_name=c["first"], school=c["school"], year_group=-1, meeting_date=c["meet_iso"],
                completed_date=c["done_iso"], attendance_percent=c["att_v"], pupil_voice=voice,
                targets=[{"text": s[2], "area": s[1]} for s in c["steps"]],
                english_target=any(a in ("Communication and language", "Literacy") for a in areas),
                maths_target="Mathematics" in areas,
                pp_spend=[{"description": r[0], "cost": float(r[2].strip("£")), "target": letters.get(r[1])} for r in c["eypp"]],
                pp_requested=c["total_v"]))


def build(out_dir):
    for c in CASES:
        build_one(c, out_dir)


if __name__ == "__main__":
    main(build)
