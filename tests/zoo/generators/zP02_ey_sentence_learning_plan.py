"""zP02: nursery 'My 2-4 years Learning Plan' (DOCX) with Cumbria-style sentence labels
(label and value in one sentence, age in months), a stray working header, a procedure page before the
fields, the EY parts in the described order, and one small next-steps table per EYFS area."""
import os
from _common_P import Docx, write_truth, run_main

LAYOUT = "zP02-ey-sentence-learning-plan"
INSPIRED = "real-forms.md entries 4, 16"


def build(out_dir):
    for n in (1, 2):
        _one(out_dir, n)


def _one(out_dir, n):
    good = n == 1
    fn = f"{LAYOUT}-{n}.docx"
    if good:
        name, first, setting, months = "Poppy Trelawney", "Poppy", "Little Acorns Day Nursery", 40
        carer = "Sue"
    else:
        name, first, setting, months = "Alfie Marchetti", "Alfie", "Brookside Children's Centre Nursery", 37
        carer = "Dawn"
    d = Docx(font="Calibri", size=11)
    d.header("WORKING COPY - FAO the Room Leader - please return to VS EY team - 12 pages")
    d.footer("My 2-4 years Learning Plan (Cared for Children) - version 2026/27")
    d.p("My 2-4 years Learning Plan", bold=True, size=20)
    d.p("Autumn 2026", bold=True, size=14)
    d.p(f"My name is {name}")
    d.p(f"I am {months} months old")
    d.p(f"My setting is {setting}")
    d.p("My room is the Pre-school room (Nursery, FS1)")
    d.p("I come to my setting on Monday, Tuesday and Wednesday (15 funded hours)" if good else
        "I come to my setting every morning (15 funded hours)")
    d.p("This is a photo of me (Please refer to your setting's policy on the use of photographs)", italic=True)
    d.table([["[photo]"]], header=False, widths=[6])

    d.page_break()
    d.p("Learning Plan procedure for children aged 2-4 in a nursery or non-school setting", bold=True)
    for line in ["1. Arranging the meeting - Is the child new into care? YES - the Learning Plan meeting should take place "
                 "within 10 working days. NO - the plan is reviewed every term.",
                 "2. The social worker completes the first part at least 10 days before the meeting.",
                 "3. The setting completes its parts within 10 working days of the meeting and returns the plan.",
                 "4. Any request for Early Years Pupil Premium (EYPP) must link to a next step in this plan."]:
        d.p(line)

    d.page_break()
    d.h("The first part: about me, my legal status and my care plan", 2)
    d.p(f"My date of birth is {'03/06/2023' if good else '11/09/2023'}")
    d.p("My legal status is Interim Care Order (s38)" if good else "My legal status is Section 20 (accommodated)")
    d.p(f"I live with {carer}, my foster carer, and {'her' if good else 'her'} family.")
    d.p("My care plan is: " + ("long-term fostering with Sue; family time with Mum twice a week at the family centre."
                               if good else "assessment is ongoing; family time with Dad on Saturdays."))

    d.h("The next part: my health, my setting, my attendance and my EYPP", 2)
    d.p("My health: " + ("glue ear, reviewed by audiology on 14/08/2026; grommets not needed at present."
                         if good else "up to date with immunisations; no concerns."))
    d.p(f"My setting is {setting} and my key person is " + ("Hannah Roskilly." if good else "Priya Dhaliwal."))
    if good:
        d.p("My attendance this term is 93% of my funded sessions (to 30/09/2026).")
    else:
        d.p("My attendance this term is ")
    d.p("The impact of last term's EYPP: " + ("the Bookstart sessions helped me join in with songs; I now say two-word phrases."
                                              if good else "not known - no EYPP was claimed last term."))

    d.h("My progress against the EYFS", 2)
    d.p("Please provide comments for each area.", italic=True)
    d.table([["Area", "Comment from my key person"],
             ["Communication and Language", "Uses short phrases; listens to stories in a small group." if good else "Uses single words, mostly naming."],
             ["Physical Development", "Confident on the trikes; holds a chunky crayon." if good else "Climbs steps with both feet on each step."],
             ["Personal, Social and Emotional Development", "Settles quickly when Sue leaves; plays alongside others." if good else "Upset at drop-off for about ten minutes."],
             ["Literacy", "Enjoys lift-the-flap books." if good else "Likes looking at books on his own."],
             ["Mathematics", "Counts to 3 with support." if good else "Sorts by colour."]], widths=[6, 10])

    d.h("What I say", 2)
    d.p("My key person wrote down what I said while we played.", italic=True)
    if good:
        voice = ["I go on the big bike fast!", "Sue reads me the dinosaur book.", "I don't like the loud dryer in the toilet."]
        for v in voice:
            d.p(f"\u201c{v}\u201d")
        d.p("Sue (carer) says: Poppy talks about nursery every evening and asks for Hannah.", italic=True)
    else:
        voice = ["Want my dad.", "Red car mine."]
        for v in voice:
            d.p(f"\u201c{v}\u201d")
        d.p("Dawn (carer) says: Alfie is tired after nursery and naps in the car.", italic=True)

    d.h("My next steps (Autumn 2026)", 2)
    if good:
        steps = [("Communication and Language", "Poppy will use three-word phrases to ask for a toy or a snack in small-group time by the spring plan", "Hannah, daily snack time"),
                 ("Mathematics", "Poppy will count up to five objects, touching each one, during tidy-up time by December 2026", "Hannah and Sue, at nursery and at home"),
                 ("Personal, Social and Emotional Development", "Poppy will take turns with one friend on the bikes with an adult nearby, three times a week", "Room staff, outdoor time")]
    else:
        steps = [("Communication and Language", "Alfie will use 20 single words and two 2-word phrases, tracked on the WellComm sheet, by the spring plan", "Priya, 1:1 story time"),
                 ("Personal, Social and Emotional Development", "Alfie will settle at drop-off within five minutes using his transition photo book on four mornings out of five", "Priya and Dawn")]
    targets = []
    for i, (area, text, who) in enumerate(steps, 1):
        d.p(f"Next step {i}: {area}", bold=True)
        d.table([["What I will learn", text], ["Who will help me and when", who],
                 ["How we will know", "Key person observations and learning journal"]], header=False, widths=[5, 11], bold_first_col=True)
        targets.append({"text": text, "area": area})

    d.h("My EYPP", 2)
    if good:
        pp1 = "Six Chatterbox small-group language sessions with the setting SENCo"
        pp2 = "Number songs and counting bag resources for home and nursery"
        d.p(f"We would like to use EYPP for {pp1} (£120) to help with next step 1.")
        d.p(f"We would also like to use EYPP for {pp2} (£45) to help with next step 2.")
        d.p("Total EYPP requested this term: £165")
        pp = [{"description": pp1, "cost": 120.0, "target": 1}, {"description": pp2, "cost": 45.0, "target": 2}]
        req = 165.0
    else:
        pp1 = "Extra staff hours in the Pre-school room"
        d.p(f"We would like to use EYPP for {pp1} (£200) to support Alfie generally.")
        d.p("Total EYPP requested this term: £200")
        pp = [{"description": pp1, "cost": 200.0, "target": None}]
        req = 200.0

    d.h("Signatures", 2)
    meet = "22nd September 2026" if good else "29th September 2026"
    d.p(f"The date of my Learning Plan meeting was {meet}")
    if good:
        d.p("My setting finished this plan on 2 October 2026 (Hannah Roskilly, key person / EY designated lead)")
    else:
        d.p("My setting finished this plan on ")
    d.save(os.path.join(out_dir, fn))

    quirks = ["EY plan not named PEP ('My 2-4 years Learning Plan')", "sentence labels: label and value in one sentence",
              "age in months, no year group number (Nursery, FS1)", "stray working-note header",
              "procedure page before the fields", "parts named 'The first part' / 'The next part'",
              "one small table per next step", "EYPP lines written as sentences linking 'next step N'",
              "carer's comment placed next to the child's words (not voice)"]
    if not good:
        quirks += ["-2: attendance sentence left unfinished", "-2: no Mathematics or Literacy next step",
                   "-2: EYPP line 'to support Alfie generally' not linked", "-2: completion sentence left unfinished"]
    write_truth(out_dir, LAYOUT, fn, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=setting, year_group=-1,
                meeting_date="2026-09-22" if good else "2026-09-29", completed_date="2026-10-02" if good else None,
                attendance_percent=93.0 if good else None, pupil_voice=voice, targets=targets,
                english_target=True, maths_target=good, pp_spend=pp, pp_requested=req)


if __name__ == "__main__":
    run_main(build)
