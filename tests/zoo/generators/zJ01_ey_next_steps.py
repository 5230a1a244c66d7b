"""zJ01 - Brackwater Council: "My Early Learning Plan (2 to 4 years)" (DOCX).

A case-system print-out (social worker part) typed into by the setting, then tidied by
business support. Next-steps targets sit inside the EYFS progress table; an EYPP request
block with the five described columns; Ofsted-style overall grade.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_J import (new_doc, set_header, set_footer, para, runs, heading, table,
                       write_truth, tgt, spend, page_break)

LAYOUT = "zJ01-ey-next-steps"
INSPIRED = "real-forms.md entries 16, 17, 27, 28"
QUIRKS = [
    "EY plan not titled PEP ('My Early Learning Plan (2 to 4 years)')",
    "case-system print-out header with print timestamp; three hands (SW, setting, business support)",
    "age in years and months, no year group label (pre-school room)",
    "next-steps targets inside the EYFS progress table, numbered NS1.. and only for some areas",
    "EYPP request columns: type of intervention / description / target details / expected impact / cost",
    "child's voice as quoted words inside a keyworker observation",
    "Ofsted-style overall grade instead of RAG",
]

A = dict(
    name="Poppy-Mae Lindqvist", first="Poppy-Mae", dob="11/05/2022", age="3 years 5 months",
    setting="Little Acorns Day Nursery (Brackwater Road)", sw="Ruth Okonedo",
    keyworker="Tamsin Hale", manager="Dawn Pritchard", legal="Interim Care Order (s.38)",
    home="Foster home (Brackwater Council foster carers Mr & Mrs Cadwell)",
    printed="Printed from ChildView 29/09/2025 11:42  |  Episode: EY Learning Plan (Autumn)",
    meeting="Thursday 9th October 2025", meeting_iso="2025-10-09",
    hours="15 funded hours (Mon, Tue, Wed mornings) + 5 hours paid by LA",
    attendance="Attended 91% of offered sessions since 1st September (2 sessions missed for family time, 1 illness)",
    att=91.0,
    progress=[
        ("Communication and Language",
         "Uses 2-3 word phrases, e.g. 'more juice please'. Follows simple one-step instructions. Speech not always clear to unfamiliar adults.",
         "NS1. Poppy-Mae will use 4-word sentences to ask for help or for a toy, at least 5 times in a session, by the December review (keyworker tally sheet)",
         "Amber"),
        ("Personal, Social and Emotional Development",
         "Settles well with keyworker. Finds separation from carer at the door hard on Mondays (cries 5-10 minutes).",
         "NS2. Poppy-Mae will separate from her carer at the door and join the welcome song within 5 minutes on 4 out of 5 mornings by the December review",
         "Amber"),
        ("Physical Development", "Climbs, runs, uses spoon well. Pencil grip palmar.", "-", "Green"),
        ("Literacy", "Enjoys 'Dear Zoo' and lifts the flaps. Recognises the first letter of her name.",
         "NS3. Poppy-Mae will join in with the repeated refrain in 3 familiar stories during small-group story time by the December review",
         "Green"),
        ("Mathematics", "Counts to 3 with support. Likes the number song.",
         "NS4. Poppy-Mae will count 5 objects accurately, touching each one, in play (snack, blocks) by the December review",
         "Amber"),
        ("Understanding the World", "Curious in the garden, names some animals.", "-", "Green"),
        ("Expressive Arts and Design", "Loves the music basket and dressing up.", "-", "Green"),
    ],
    voice_obs=("Observation by keyworker, 2nd October 2025, home corner: Poppy-Mae put the baby doll in the cot "
               "and said "),
    voice=["\"baby sad, want Nanny\"", "\"Me do it, me big girl\"", "\"I like the bubbles\""],
    voice_after=(" She then tucked the doll in. At tidy-up she said "),
    voice_end=" Views gathered by keyworker over two weeks (observations and photos shared with carer).",
    eypp=[
        ("Learning", "Small-group 'Talk Boost' language sessions with trained practitioner, 3 x 15 minutes a week for 10 weeks",
         "NS1 (Communication and Language)", "Longer sentences; more confident asking adults for help", "£150.00"),
        ("Pastoral", "Transition book with photos of nursery and her keyworker, made with carer (printing and laminating)",
         "NS2 (PSED)", "Calmer separations on Monday mornings", "£25.00"),
        ("Learning", "Counting and number rhyme bag to share at home and nursery (Numicon starter set, number puppets)",
         "NS4 (Mathematics)", "Counts 5 objects in play", "£45.00"),
    ],
    eypp_total="£220.00", eypp_total_n=220.0,
    grade="Good", completed_label="Plan finalised by setting on:", completed="16/10/2025",
    completed_iso="2025-10-16", typed="Typed up by Business Support (J. Ferrier) 20/10/2025",
)

B = dict(
    name="Kacper Wozniak-Reid", first="Kacper", dob="02/12/2021", age="4 years 1 month",
    setting="Brackwater Children's Centre Nursery", sw="Lewis Amankwah",
    keyworker="Farida Noor", manager="Sue Hatherley", legal="Care Order (s.31)",
    home="Kinship carer (maternal grandmother)",
    printed="Printed from ChildView 07/01/2026 09:05  |  Episode: EY Learning Plan (Spring)",
    meeting="Wednesday 21st January 2026", meeting_iso="2026-01-21",
    hours="15 funded hours (term time only)",
    attendance="78% (see note: illness in December, and carer's hospital appointments)",
    att=78.0,
    progress=[
        ("Communication and Language", "Speaks in full sentences in Polish and English; asks lots of 'why' questions.",
         "NS1. Kacper will listen to a short story in a group of 4 and answer a 'what happened' question, 3 times a week, by Easter",
         "Green"),
        ("Personal, Social and Emotional Development", "Finds turn-taking hard; has pushed other children twice this term.",
         "NS2. Kacper will take turns in a 2-player game with an adult and one friend without support for 5 minutes by Easter",
         "Red"),
        ("Physical Development", "Good gross motor skills.", "-", "Green"),
        ("Literacy", "Mark making, beginning to draw circles and lines.", "-", "Amber"),
        ("Mathematics", "Counts to 10, recognises numerals to 5.", "-", "Green"),
        ("Understanding the World", "Talks about his Babcia's dog.", "-", "Green"),
        ("Expressive Arts and Design", "Builds large models outdoors.", "-", "Green"),
    ],
    voice_obs="", voice=[], voice_after="", voice_end="",
    eypp=[
        ("Pastoral", "Nurture group place, Tuesday and Thursday mornings", "", "Better turn-taking", ""),
        ("Learning", "Story sacks to take home", "NS1", "Enjoys stories and answers questions", "£40.00"),
    ],
    eypp_total="", eypp_total_n=None,
    grade="Requires improvement", completed_label="Plan finalised by setting on:", completed="",
    completed_iso=None, typed="",
)


def make(out_dir, d, n):
    fname = "%s-%d.docx" % (LAYOUT, n)
    doc = new_doc(font="Calibri", size=10, margins_cm=1.8)
    set_header(doc, d["printed"], size=7, italic=True)
    set_footer(doc, "Brackwater Council Virtual School - Early Years PEP template v3.2 (Sept 2025) - OFFICIAL SENSITIVE")

    para(doc, "Brackwater Council", bold=True, size=9, color="1F4E79")
    para(doc, "My Early Learning Plan (2 to 4 years)", bold=True, size=18, color="1F4E79")
    para(doc, "(Early Years Personal Education Plan for Cared for Children)", italic=True, size=9)

    heading(doc, "Part 1 - About me (social worker to complete from ChildView before the meeting)",
            size=11, fill="DEEAF6")
    table(doc, [
        ["Child's name", d["name"]],
        ["Date of birth", d["dob"]],
        ["Age at the meeting (years and months)", d["age"]],
        ["Legal status", d["legal"]],
        ["Where I live", d["home"]],
        ["Social worker", d["sw"]],
        ["Brief summary of my care plan", "Plan is for me to stay with my carers while assessments are completed."
         if d is A else "Long-term plan to stay with Babcia. Family time with mum fortnightly."],
    ], header=False, label_col=True, widths_cm=[6, 11])

    heading(doc, "Part 2 - My setting, my health and my attendance (setting to complete)", size=11, fill="E2EFD9")
    table(doc, [
        ["Name of the setting I attend", d["setting"]],
        ["Room", "Pre-school room (Hedgehogs)" if d is A else "Pre-school room"],
        ["My keyworker", d["keyworker"]],
        ["Setting manager / designated person", d["manager"]],
        ["Hours I attend", d["hours"]],
        ["Attendance", d["attendance"]],
        ["Health concerns (incl. hearing, sight, speech)", "Hearing test booked (glue ear query)." if d is A
         else "None known. Up to date with 2-year check."],
        ["Impact of EYPP last term", "First plan - not applicable." if d is A
         else "Sensory play resources - Kacper uses them daily; calmer at circle time."],
    ], header=False, label_col=True, widths_cm=[6, 11])

    heading(doc, "Part 3 - How I am getting on (EYFS) and my next steps", size=11, fill="E2EFD9")
    para(doc, "Please provide comments for each area. Only add a next step where one is agreed at the meeting. "
              "Next steps should be achievable by the next review.", italic=True, size=8)
    rows = [["Area of learning", "What I can do now", "My next steps (by next review)", "RAG"]]
    for area, now, ns, rag in d["progress"]:
        rows.append([area, now, ns, rag])
    table(doc, rows, widths_cm=[3.6, 5.6, 6.4, 1.4], size=9)

    heading(doc, "Part 4 - My voice: how we found out what I think and feel", size=11, fill="FFF2CC")
    if d["voice"]:
        runs(doc, [(d["voice_obs"], {}), (d["voice"][0], {"italic": True}), (".", {}),
                   (d["voice_after"], {}), (d["voice"][1], {"italic": True}), (".", {})])
        runs(doc, [("At snack, about the bubble machine: ", {}), (d["voice"][2], {"italic": True}),
                   (d["voice_end"], {})])
    else:
        table(doc, [[""], [""]], header=False)
    page_break(doc)

    heading(doc, "Part 5 - Early Years Pupil Premium (EYPP) request", size=11, fill="FCE4D6")
    para(doc, "Any request for EYPP must be linked to 'next steps' targets on this plan.", italic=True, size=8)
    rows = [["Type of intervention (pastoral or learning)", "Description of intervention", "Target details",
             "Expected impact", "Cost of the support"]]
    rows += [list(r) for r in d["eypp"]]
    rows.append(["", "", "", "Total EYPP requested", d["eypp_total"]])
    table(doc, rows, widths_cm=[2.8, 5.6, 2.8, 3.6, 2.2], size=9)

    heading(doc, "Part 6 - Meeting and sign off", size=11, fill="D9D9D9")
    table(doc, [
        ["Date of meeting", d["meeting"]],
        ["Present", "Carer, keyworker (%s), social worker (%s), EY Virtual School adviser" % (d["keyworker"], d["sw"])],
        [d["completed_label"], d["completed"]],
        ["Business support", d["typed"]],
        ["Overall grade (Virtual School use) - outstanding / good / requires improvement / inadequate", d["grade"]],
    ], header=False, label_col=True, widths_cm=[7, 10])
    doc.save(os.path.join(out_dir, fname))

    targets = []
    pp = []
    for area, now, ns, rag in d["progress"]:
        if ns != "-":
            targets.append(tgt(ns.split(". ", 1)[1], area if area != "Personal, Social and Emotional Development" else "PSED"))
    for typ, desc, tdet, imp, cost in d["eypp"]:
        t = None
        if tdet.startswith("NS"):
            t = int(tdet[2])
        c = float(cost.replace("£", "")) if cost else None
        pp.append(spend(desc, c, t))
    areas = [t["area"] for t in targets]
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS + ([] if n == 1 else [
        "gaps: empty voice box (blank table), no mathematics next step, EYPP line with no target or cost, no finalised date, no total"]),
        child_name=d["name"], child_first_name=d["first"], school=d["setting"], year_group=-1,
        meeting_date=d["meeting_iso"], completed_date=d["completed_iso"], attendance_percent=d["att"],
        pupil_voice=[v.strip('"') for v in d["voice"]], targets=targets,
        english_target=any(a in ("Communication and Language", "Literacy") for a in areas),
        maths_target="Mathematics" in areas, pp_spend=pp, pp_requested=d["eypp_total_n"])


def build(out_dir):
    make(out_dir, A, 1)
    make(out_dir, B, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
