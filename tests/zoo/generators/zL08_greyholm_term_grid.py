"""zL08 Greyholm: KS1 PDF with the whole year on one grid, one column per term (PEP 1 / PEP 2 / PEP 3)."""
import os
from _common_L import *

LAYOUT = "zL08-greyholm-term-grid"
INSPIRED = "real-forms.md entries 9, 4, 6, 19, 14"
QUIRKS = ["the year's three PEPs as columns of one grid (Autumn term (PEP 1) | Spring term (PEP 2) | Summer term (PEP 3))",
          "rows are first-person labels ('Date of my PEP meeting', 'What I think')",
          "targets are rows by subject (English / Maths / my choice), so target numbers are implicit",
          "PP+ spend written inside a grid cell, linked by subject name, not number",
          "latest filled column is the truth; later columns left blank",
          "front strip 'My name is ... / I am 6 years 10 months old / My school is ...' as sentences"]

TERMS = ["Autumn term (PEP 1)", "Spring term (PEP 2)", "Summer term (PEP 3)"]

DATA = {
 1: dict(name="Poppy Lund", first="Poppy", age="6 years 10 months", school="Greyholm Church of England Primary School",
         yg=2,
         cols=[dict(date="30.09.25", done="07.10.25", att="97.4%",
                    voice=["I like the Tuesday book club."],
                    eng="Poppy will spell 10 of the Year 2 common exception words by Christmas.",
                    mat="Poppy will count in 2s, 5s and 10s to 100 by Christmas.",
                    oth="Poppy will put her hand up to answer once in every carpet session.",
                    spend=[("£90", "Spelling games pack and weekly TA check", 90.0, 1)], total=90.0),
               dict(date="20.01.26", done="28.01.26", att="95.2%",
                    voice=["I can do the 2s and the 10s now, the 5s are tricky in the middle.",
                           "I want Mrs Kaur to hear me read because she does funny voices.",
                           "When it is wet play I don't know who to play with."],
                    eng="Poppy will read a Turquoise book band text aloud with Mrs Kaur twice a week and answer 3 'why' questions about it correctly by the summer PEP.",
                    mat="Poppy will recall the 5 times table in order and out of order (8 out of 10 correct) in the Friday quiz by Easter.",
                    oth="Poppy will join the wet-play games club run by the Year 6 buddies every wet lunchtime until the summer PEP.",
                    spend=[("£200", "Mrs Kaur reading sessions, 2 x 20 minutes a week for 10 weeks (English target)", 200.0, 1),
                           ("£25", "Times tables dice and home practice cards (Maths target)", 25.0, 2),
                           ("£40", "Wet-play games box for buddy club (my choice target)", 40.0, 3)],
                    total=265.0),
               None]),
 2: dict(name="Reggie Atherton", first="Reggie", age="7 years 2 months", school="Greyholm Church of England Primary School",
         yg=2,
         cols=[dict(date="07.10.25", done="14.10.25", att="93.0%",
                    voice=["I like the iPad and the garden."],
                    eng="Reggie will write his full name and address by Christmas.",
                    mat="Reggie will add two 1-digit numbers using a number line by Christmas.",
                    oth="Reggie will stay in class for the whole phonics session.",
                    spend=[("£120", "1:1 phonics catch-up", 120.0, 1)], total=120.0),
               dict(date="27.01.26", done="", att="90.1%",
                    voice=[],
                    eng="Reggie will read 20 Year 1 high-frequency words correctly by the next PEP, practising daily with his TA.",
                    mat="",
                    oth="Reggie will be happier in class.",
                    spend=[("", "Sensory circuit equipment", None, None), ("£75", "Lego therapy (my choice target)", 75.0, 2)],
                    total=None),
               None]),
}


def cell_text(c, key):
    if c is None:
        return ""
    if key == "voice":
        return "\n".join(c["voice"])
    if key == "spend":
        return "\n".join(" ".join(x for x in (s[0], s[1]) if x) for s in c["spend"]) + \
            (f"\nTotal PP+ requested: {money(c['total'])}" if c["total"] else "")
    return c[key]


def build_one(out_dir, n):
    d = DATA[n]
    stem = f"{LAYOUT}-{n}"
    story = [P("Greyholm Virtual School", "small"), P("My PEP - Key Stage 1 (2025-26)", "h1"),
             P(f"My name is {d['name']}"), P(f"I am {d['age']} old"), P(f"My school is {d['school']}"),
             P(f"I am in Year {d['yg']}"),
             P("This is a photo of me (Please refer to your school's policy on the use of photographs)", "small"),
             Spacer(1, 8)]
    labels = [("Date of my PEP meeting", "date"), ("PEP completed by DT on", "done"), ("My attendance this year", "att"),
              ("What I think (my words)", "voice"), ("My English target", "eng"), ("My Maths target", "mat"),
              ("My choice target", "oth"), ("PP+ spend (say which target)", "spend")]
    rows = [[""] + TERMS]
    for lab, key in labels:
        rows.append([lab] + [cell_text(c, key) for c in d["cols"]])
    story.append(PT(rows, [3.2 * cm, 4.6 * cm, 4.6 * cm, 4.6 * cm], header=True, first_col_bold=True))
    story.append(Spacer(1, 8))
    story.append(P("At each meeting we ask: 1) What is working well? 2) What we are worried about? 3) What needs to happen? "
                   "Will this target be achieved in time for the next PEP meeting?", "small"))
    build_pdf(os.path.join(out_dir, f"{stem}.pdf"), story, header_text="Greyholm VS - KS1 PEP year grid - keep in the child's file",
              footer_text="Greyholm Council Virtual School for Children in Care", page_numbers="{n}")
    c = [x for x in d["cols"] if x][-1]
    iso = lambda s: f"20{s[6:8]}-{s[3:5]}-{s[0:2]}" if s else None
    tg = [{"text": c[k], "area": a} for k, a in (("eng", "English"), ("mat", "Maths"), ("oth", "Wellbeing")) if c[k]]
    t = dict(child_name=d["name"], child_first_name=d["first"], school=d["school"], year_group=d["yg"],
             meeting_date=iso(c["date"]), completed_date=iso(c["done"]), attendance_percent=float(c["att"].rstrip("%")),
             pupil_voice=c["voice"], targets=tg,
             english_target=any(x["area"] == "English" for x in tg), maths_target=any(x["area"] == "Maths" for x in tg),
             pp_spend=[{"description": s[1], "cost": s[2], "target": s[3]} for s in c["spend"]], pp_requested=c["total"])
    q = QUIRKS + ([] if n == 1 else ["-2: spring column (latest) has empty voice, maths and completion cells; vague choice target; uncosted unlinked spend; no total"])
    write_truth(out_dir, stem, "pdf", LAYOUT, INSPIRED, q, t)


def build(out_dir):
    for n in (1, 2):
        build_one(out_dir, n)
