"""zF07 - Northwold Council: Reception (Foundation Stage 2) PEP, Word form filled in by typing after
each printed prompt on the same line; numbered questions; term tick boxes; baseline beside now."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_F import write_truth, grid, para, shade, run_main  # noqa: E402

from docx import Document  # noqa: E402
from docx.shared import Pt, Cm, RGBColor  # noqa: E402

LAYOUT = "zF07-northwold-reception"
INSPIRED = "real-forms.md entries 9, 7, 10, 6, 13; 'What a reader must cope with' 1, 4, 7, 8"

ELGS = ["Listening, attention and understanding", "Speaking", "Self-regulation", "Managing self", "Building relationships",
        "Gross motor", "Fine motor", "Comprehension", "Word reading", "Writing", "Number", "Numerical patterns"]

CASES = [
    dict(n=1, first="Poppy", last="Ainsworth", dob="22nd May 2021", age="4 years 5 months", school="Northwold Meadows Infant School",
         cls="Reception - Hedgehogs class (FS2)", term="Autumn 2 ☒   Spring ☐   Summer ☐",
         meeting="3rd November 2025", meeting_iso="2025-11-03", finished="10/11/2025", finished_iso="2025-11-10",
         attendance="94.2", att=94.2, teacher="Mrs Laura Pike (class teacher and DT)",
         first_pep="No   Date of last PEP: 09/07/2025 (nursery)",
         baseline=["Expected", "Emerging", "Emerging", "Expected", "Expected", "Expected", "Emerging", "Expected", "Emerging", "Emerging", "Emerging", "Expected"],
         now=["Expected", "Expected", "Emerging", "Expected", "Expected", "Expected", "Emerging", "Expected", "Emerging", "Emerging", "Expected", "Expected"],
         voice_how="Poppy drew a picture of her class and told Mrs Pike about it. We wrote down her words.",
         voice=["This is me and Isla on the bikes. We are best friends.", "I can write P and O.", "I'm sad when Nana Sue goes home."],
         steps=[("Literacy (word reading)", "Poppy will blend and read 20 CVC words (Set 1 and 2 sounds) on sight by the end of the spring term",
                 "Daily Read Write Inc group plus 5 minutes 1:1 keep-up with Mr Dale", "06/02/2026"),
                ("Mathematics", "Poppy will subitise (recognise without counting) amounts up to 5 in games, shown on 3 separate days by February half-term",
                 "Dot-card and dice games at choosing time; Numberblocks at home", "13/02/2026"),
                ("Physical development (fine motor)", "Poppy will hold her pencil with a tripod grip and form the letters of her name correctly by Easter 2026",
                 "Dough disco 3 x weekly; pencil grip; OT advice sheet", "27/03/2026"),
                ("PSED (self-regulation)", "Poppy will use the feelings chart to tell an adult when she is sad, with prompts, at least once a day by the next PEP",
                 "Feelings chart by the coat pegs; carer uses the same chart at home", "06/02/2026")],
         spend=[("1:1 phonics keep-up with TA, 5 x 10 min per week for 12 weeks", "Step 1", "£240.00", 240.0, 1),
                ("Fine motor resources (dough disco pack, pencil grips, tweezers kit)", "Step 3", "£45.00", 45.0, 3),
                ("Maths home learning bag with dot cards and games", "Step 2", "£30.00", 30.0, 2),
                ("Nurture group (Rainbow Room) 2 afternoons a week", "Step 4", "£285.00", 285.0, 4)],
         total="£600.00", total_val=600.0),
    dict(n=2, first="Theo", last="Marchetti-Cole", dob="08/12/2020", age="4 yrs 11 mths", school="St Anne's Catholic Primary School, Northwold",
         cls="Reception (YR)", term="Autumn 2 ☒   Spring ☐   Summer ☐",
         meeting="Monday 17 November 2025", meeting_iso="2025-11-17", finished="", finished_iso=None,
         attendance="89.7", att=89.7, teacher="Mr Gareth Lyle (DT)",
         first_pep="Yes - first PEP since coming into care (Sept 2025)",
         baseline=["Emerging"] * 12, now=["Emerging", "Emerging", "Emerging", "Emerging", "Expected", "Expected", "Emerging", "", "", "", "", ""],
         voice_how="Theo chose the emoji cards. He said:",
         voice=["I like the sandpit and the cars.", "I don't like the toilets, they're noisy."],
         steps=[("Communication and language", "Theo will listen to a short story in a group of 4 and answer one 'who' or 'what' question about it, 3 times a week, by 6 February 2026",
                 "Talk Boost group with TA", "06/02/2026"),
                ("Literacy (phonics)", "Theo will recognise and say the sounds m, a, s, d, t, i, n, p by the spring PEP",
                 "Extra phonics keep-up", "Spring PEP"),
                ("PSED", "Theo will use the toilet independently with ear defenders available",
                 "Ear defenders by the toilets; visual prompt", "")],
         spend=[("Talk Boost small group (TA time)", "Step 1", "cost to be confirmed", None, 1),
                ("Ear defenders and visual prompts", "Step 3", "£20", 20.0, 3)],
         total="", total_val=None),
]


def prompt(doc, num, label, value, note=None):
    p = doc.add_paragraph()
    r = p.add_run(f"{num}  {label}: ")
    r.bold = True
    r.font.size = Pt(10)
    if note:
        rn = p.add_run(f"({note}) ")
        rn.italic = True
        rn.font.size = Pt(8)
    v = p.add_run(value)
    v.font.size = Pt(10)
    v.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p.paragraph_format.space_after = Pt(2)
    return p


def heading(doc, text):
    p = para(doc, text, bold=True, size=12, color="7030A0")
    p.paragraph_format.space_before = Pt(8)


def build_doc(c):
    doc = Document()
    doc.styles["Normal"].font.name = "Century Gothic"
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.header.paragraphs[0].text = "Northwold Virtual School  -  Reception PEP (FS2)  -  CONFIDENTIAL when completed"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)

    para(doc, "Personal Education Plan", bold=True, size=18, color="7030A0")
    para(doc, "Reception Year (Foundation Stage 2)", bold=True, size=12)
    para(doc, "Term of this PEP:  " + c["term"], size=10)
    para(doc, "The DT completes sections 2 to 6 with the child's key adults. Please type after each question. "
              "Send the finished plan to the Virtual School within 10 school days.", italic=True, size=8)

    heading(doc, "1  My details")
    prompt(doc, "1.1", "My name is", f"{c['first']} {c['last']}")
    prompt(doc, "1.2", "My birthday", c["dob"])
    prompt(doc, "1.3", "How old I am at this PEP", c["age"])
    prompt(doc, "1.4", "My school", c["school"])
    prompt(doc, "1.5", "My class", c["cls"])
    prompt(doc, "1.6", "Date of this PEP meeting", c["meeting"])
    prompt(doc, "1.7", "Is this the first PEP?", c["first_pep"])

    heading(doc, "2  Coming to school")
    prompt(doc, "2.1", "Attendance (%)", c["attendance"], note="year to date, from the register")
    prompt(doc, "2.2", "Punctuality / late marks", "2 lates (traffic)" if c["n"] == 1 else "Click or tap here to enter text.")
    prompt(doc, "2.3", "Any part-time timetable", "No")

    heading(doc, f"3  {c['first']}'s voice")
    prompt(doc, "3.1", "How did you find out what the child thinks", c["voice_how"], note="drawing, play, talk, photos")
    for v in c["voice"]:
        p = doc.add_paragraph()
        run = p.add_run(v)
        run.italic = True
        p.paragraph_format.left_indent = Cm(1.2)

    heading(doc, "4  Early learning goals: baseline and now")
    para(doc, "Write Emerging or Expected. Leave blank if not yet assessed.", italic=True, size=8)
    rows = [["ELG", "Baseline (Sept)", "Now"]] + [[g, b, n] for g, b, n in zip(ELGS, c["baseline"], c["now"])]
    grid(doc, rows, widths=[8, 4, 4], header_fill="E4DFEC", size=9)

    heading(doc, "5  Next steps for " + c["first"] + " (no more than four)")
    rows = [["", "EYFS area", "Next step", "What the adults will do", "Check by"]]
    for i, (area, text, how, by) in enumerate(c["steps"], 1):
        rows.append([f"Step {i}", area, text, how, by])
    grid(doc, rows, widths=[1.4, 3, 6.5, 4.5, 2.2], header_fill="E4DFEC", size=9)

    heading(doc, "6  Pupil Premium Plus costed plan")
    rows = [["What we will buy / provide", "Which next step?", "Cost"]]
    rows += [[d, s, cost] for d, s, cost, _, _ in c["spend"]]
    rows.append(["Total asked for this term", "", c["total"]])
    grid(doc, rows, widths=[10, 3, 4], header_fill="E4DFEC", size=9)

    heading(doc, "7  Sign-off")
    prompt(doc, "7.1", "Completed by", c["teacher"])
    prompt(doc, "7.2", "Date this PEP was finished", c["finished"])
    prompt(doc, "7.3", "Carer has a copy", "☒" if c["n"] == 1 else "☐")
    return doc


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.docx"
        build_doc(c).save(os.path.join(out_dir, fname))
        areas = [a.lower() for a, _, _, _ in c["steps"]]
        write_truth(out_dir, dict(
            layout=LAYOUT, file=fname, inspired_by=INSPIRED,
            quirks=["first-person numbered prompts with the answer typed on the same line after the colon",
                    "term as tick boxes", "baseline and current ELG judgements side by side",
                    "targets called next steps, PP+ lines point to 'Step N'", "age in years and months",
                    "placeholder 'Click or tap here to enter text.' in unused answers"],
            child_name=f"{c['first']} {c['last']}", child_first_name=c["first"], school=c["school"],
            year_group=0, meeting_date=c["meeting_iso"], completed_date=c["finished_iso"],
            attendance_percent=c["att"], pupil_voice=list(c["voice"]),
            targets=[{"text": t, "area": a} for a, t, _, _ in c["steps"]],
            english_target=any(a.startswith(("literacy", "communication")) for a in areas),
            maths_target=any(a.startswith("mathematics") for a in areas),
            pp_spend=[{"description": d, "cost": v, "target": tn} for d, _, _, v, tn in c["spend"]],
            pp_requested=c["total_val"],
        ))


if __name__ == "__main__":
    run_main(build)
