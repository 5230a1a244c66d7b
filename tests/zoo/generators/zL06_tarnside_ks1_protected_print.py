"""zL06 Tarnside: KS1 PEP printed to PDF from a protected Word form; sentence-starter voice; PP+ written as bullet prose."""
import os
from _common_L import *

LAYOUT = "zL06-tarnside-ks1-protected-print"
INSPIRED = "real-forms.md entries 9, 13, 22, 31, 15"
QUIRKS = ["PDF print of a protected Word form: unused fields still show 'Click here to enter text.' / 'Choose an item.'",
          "child's voice as completed sentence starters (I like playing with... / I am sad when...)",
          "phonics screening result as a printed option list with the chosen option marked",
          "meeting date written long ('Monday 19 January 2026'), completion date in a sign-off line",
          "PP+ spend as bullet prose with the cost first and the target in brackets",
          "fixed three-target structure: targets 1-2 academic, target 3 holistic",
          "boilerplate PP+ annual figure in the prose that is not this PEP's request"]

DATA = {
 1: dict(name="Alfie Hartigan", first="Alfie", school="Tarnside Infant and Nursery School", yg=1,
         meet="Monday 19 January 2026", meet_iso="2026-01-19", done="26/01/2026", done_iso="2026-01-26",
         att="96.1 %", attp=96.1, phonics="Pass / Fail / Not yet taken  -> [Not yet taken]",
         starters=[("I like playing with...", "the big blocks and making a rocket for me and Zain."),
                   ("I am good at/enjoy...", "running fast and counting to 50."),
                   ("My friends are...", "Zain and Lily-Ann."),
                   ("I am happy when...", "my carer Jo picks me up and we get a snack."),
                   ("I am sad when...", "I have to write a lot and my hand hurts.")],
         scribe="Scribed by Mrs Dale (TA) during a 1:1 chat with Alfie on 14/01/2026.",
         targets=[("Target 1 (academic - phonics/reading)", "Alfie will read and blend Phase 5 'ai', 'ee' and 'igh' words with 8 out of 10 correct in his reading book by Easter.", "English"),
                  ("Target 2 (academic - writing)", "Alfie will write two sentences on his own with finger spaces and a full stop, using the pencil grip, in 3 pieces of work a week by the summer PEP.", "English"),
                  ("Target 3 (holistic - child centred)", "Alfie will choose a calm-down card and use the class 'cosy corner' for 5 minutes when he feels cross, with a reminder from an adult, on most days by Easter.", "Wellbeing")],
         extra_maths=("Target 4 (additional - maths)", "Alfie will count back from 20 and find one less than a number to 20 using a number line in 4 out of 5 maths lessons by the summer PEP.", "Maths"),
         bullets=[("£180", "phonics 'Fast Track' group, 4 x 15 minutes weekly with Mrs Dale", "(Target 1)", 180.0, 1),
                  ("£24", "pencil grips and a writing slope for class and home", "(Target 2)", 24.0, 2),
                  ("£110", "ELSA sessions, 1 x 30 minutes a week for 8 weeks", "(Target 3)", 110.0, 3)],
         req=314.0, qa="Good"),
 2: dict(name="Maisie Coultard", first="Maisie", school="Tarnside Infant and Nursery School", yg=1,
         meet="Wednesday 15 October 2025", meet_iso="2025-10-15", done="Click here to enter a date.", done_iso=None,
         att="Click here to enter text.", attp=None, phonics="Choose an item.",
         starters=[("I like playing with...", "Click here to enter text."), ("I am good at/enjoy...", "Click here to enter text."),
                   ("My friends are...", "Click here to enter text."), ("I am happy when...", "Click here to enter text."),
                   ("I am sad when...", "Click here to enter text.")],
         scribe="Maisie was not asked this term.",
         targets=[("Target 1 (academic - maths)", "Maisie will recognise numbers to 20 and order them on a washing line by Christmas.", "Maths"),
                  ("Target 2 (academic)", "Click here to enter text.", None),
                  ("Target 3 (holistic - child centred)", "Maisie will be happier at playtime.", "Wellbeing")],
         extra_maths=None,
         bullets=[("", "number games pack for home", "(Target 1)", None, 1), ("£60", "playground buddy training", "", 60.0, None)],
         req=None, qa="Choose an item."),
}


def build_one(out_dir, n):
    d = DATA[n]
    stem = f"{LAYOUT}-{n}"
    L = [P("Tarnside Virtual School", "small"), P("Personal Education Plan - Key Stage 1", "h1"),
         P("The PEP will not be accepted until every field is complete. If a field does not apply, type N/A.", "small"),
         Spacer(1, 4),
         PT([["Child's name:", d["name"], "Year group:", f"Year {d['yg']}"],
             ["School:", d["school"], "Date of PEP meeting:", d["meet"]],
             ["Other agencies involved:", "Click here to enter text." if n == 1 else "Click here to enter text.",
              "Is this the first PEP?", "No" if n == 1 else "Choose an item."]],
            [3.2 * cm, 6 * cm, 3.6 * cm, 4.2 * cm], header=False),
         P("Attendance and progress", "h2"),
         PT([["Attendance this academic year (%)", d["att"]],
             ["Year 1 phonics screening check (please circle)", d["phonics"]],
             ["Please ensure the box is ticked if a child is NOT in education.", "[ ]"]],
            [9 * cm, 8 * cm], header=False, first_col_bold=True),
         P("All about me (child to complete with an adult they trust)", "h2")]
    L.append(PT([[a, b] for a, b in d["starters"]], [5 * cm, 12 * cm], header=False, first_col_bold=True))
    L.append(P(d["scribe"], "small"))
    L.append(P("My targets", "h2"))
    L.append(P("Two targets should directly address academic progress; the third target should be more holistic, child centred and if possible reflect the child's views. Only a teacher should set targets.", "small"))
    tg = list(d["targets"]) + ([d["extra_maths"]] if d["extra_maths"] else [])
    for label, txt, _ in tg:
        L.append(PT([[label], [txt]], [17 * cm], header=True))
        L.append(Spacer(1, 3))
    L.append(P("Pupil Premium Plus", "h2"))
    L.append(P("PP+ is currently £2,570 p.a. per child in care and is held by the Virtual School Head. Schools request it termly, linked to the targets above."))
    for cost, desc, tref, _, _ in d["bullets"]:
        L.append(P("\u2022 " + " - ".join(x for x in (cost, desc) if x) + (" " + tref if tref else "")))
    L.append(P("Total PP+ requested this term: " + (money(d["req"]) if d["req"] else "Click here to enter text."), "bold"))
    L.append(Spacer(1, 6))
    L.append(PT([["Designated Teacher sign-off", "Mr K. Ogunleye" if n == 1 else "Click here to enter text.", "Date:", d["done"]],
                 ["Virtual School QA grade", d["qa"], "", ""]], [5 * cm, 5 * cm, 2 * cm, 5 * cm], header=False))
    build_pdf(os.path.join(out_dir, f"{stem}.pdf"), L, header_text="PROTECTED FORM - Tarnside KS1 PEP template 2025",
              footer_text="H:\\VS\\PEP\\Templates\\KS1_PEP_protected.docx", page_numbers="Page {n} of 2")
    voice = [b for a, b in d["starters"] if b != "Click here to enter text."]
    real = [x for x in tg if x[2]]
    t = dict(child_name=d["name"], child_first_name=d["first"], school=d["school"], year_group=d["yg"],
             meeting_date=d["meet_iso"], completed_date=d["done_iso"], attendance_percent=d["attp"],
             pupil_voice=voice, targets=[{"text": x[1], "area": x[2]} for x in real],
             english_target=any(x[2] == "English" for x in real), maths_target=any(x[2] == "Maths" for x in real),
             pp_spend=[{"description": b[1], "cost": b[3], "target": b[4]} for b in d["bullets"]],
             pp_requested=d["req"])
    q = QUIRKS + (["-1: a fourth (maths) target added under the three fixed boxes"] if n == 1 else
                  ["-2: every voice starter holds only the placeholder; target 2 is a placeholder; no English target; vague holistic target; completion date is 'Click here to enter a date.'; one spend line uncosted, one unlinked"])
    write_truth(out_dir, stem, "pdf", LAYOUT, INSPIRED, q, t)


def build(out_dir):
    for n in (1, 2):
        build_one(out_dir, n)
