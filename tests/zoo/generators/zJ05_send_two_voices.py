"""zJ05 - Skelmoor Virtual School: SEND PEP for a special school, KS3 (DOCX).

Every section is a two-column table: 'What the adults told us' | 'What <name> told us', so
the child's voice is spread over the whole document in the right-hand column (symbol
choices and signed words scribed). Targets are tied to EHCP outcomes. Unfilled protected-form
placeholders are left in.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_J import (new_doc, set_header, set_footer, para, heading, table, shade, cell_text,
                       write_truth, tgt, spend)

LAYOUT = "zJ05-send-two-voices"
INSPIRED = "real-forms.md entries 15, 22, 24, 28, 31"
QUIRKS = [
    "each section is a two-column table: adults' view | the child's own view (voice spread across sections)",
    "voice gathered with symbols, a choice board and signing, scribed by staff",
    "targets tied to EHCP outcomes in a letter / EHCP outcome / PEP target / steps table",
    "protected-form placeholders left in ('Click here to enter text.', 'Choose an item.')",
    "SDQ score with band wording on the cover",
    "PP+ spend in a short table with cost and target letter (A, B, C)",
]

PH = "Click here to enter text."
CH = "Choose an item."

A = dict(
    name="Ellis Varga-Thorne", first="Ellis", school="Moorside Brook School (Skelmoor)", year="Year 7",
    yg=7, meeting="06/10/2025", meeting_iso="2025-10-06", completed="13/10/2025", completed_iso="2025-10-13",
    ehcp="Yes - EHCP (primary need: Autism; secondary: Speech, language and communication)",
    sdq="SDQ (carer, Sept 2025): 18 - 17-40 cause for concern. Strategies in section 4.",
    att="96.2%", attn=96.2,
    sections=[
        ("1. School and learning",
         "Ellis has settled in Willow class since September. Works best in the morning with a visual timetable. Reading at book band turquoise.",
         "Chose the symbol for 'computer' as favourite lesson. Signed and said: \"Computer. Good.\""),
        ("2. Friends and feelings",
         "Plays alongside Noah at break. Needs a 5-minute warning before changes.",
         "Pointed to Noah's photo for 'my friend'. Said \"Noah my friend\" (scribed by TA)."),
        ("3. Home and family time",
         "Family time with dad every other Saturday. Carer says Sunday evenings can be unsettled.",
         "Chose the 'sad' symbol for Sunday. Said: \"No school Sunday. Miss Willow.\""),
        ("4. Health and wellbeing",
         "SDQ 18. Sensory breaks every 45 minutes; ear defenders in the hall.",
         "Chose 'quiet room' and 'trampoline' from the choice board for 'what helps me'."),
    ],
    outcomes=[
        ("A", "EHCP outcome 2 (communication)", "English",
         "Ellis will read and answer 'who' and 'where' questions about a 5-page book band turquoise text with 80% accuracy in 4 out of 5 guided reading sessions by the spring PEP",
         "Daily guided reading with TA; Colourful Semantics cards"),
        ("B", "EHCP outcome 3 (independence)", "Maths",
         "Ellis will use coins to pay for an item up to 50p and check his change in the school shop, on 3 separate Fridays by the spring PEP",
         "Weekly school shop; coin matching at home with carer"),
        ("C", "EHCP outcome 1 (social communication)", "Wellbeing",
         "Ellis will use his 'break' card to ask for a sensory break instead of leaving the room, at least 3 times a day by the spring PEP",
         "Break card on desk; OT programme; staff prompt then fade"),
    ],
    pp=[("Colourful Semantics training pack and cards for home and class", "£85.00", 85.0, "A"),
        ("Coin and shop role-play kit; weekly school-shop tokens", "£40.00", 40.0, "B"),
        ("Portable sensory kit for the break card routine (not provision already in the EHCP)", "£120.00", 120.0, "C")],
    total="£245.00", totaln=245.0,
    dt="Mrs Ffion Rees (DT, Assistant Head)", vs="Daniel Oyelowo (Virtual School SEND caseworker)",
    grade="Green",
)

B = dict(
    name="Summer Okafor-Lowe", first="Summer", school="Skelmoor Lane Academy - Enhanced Resource Base",
    year="Year 10", yg=10, meeting="Tuesday 10 March 2026", meeting_iso="2026-03-10", completed=PH, completed_iso=None,
    ehcp="Yes - EHCP (SEMH)",
    sdq="SDQ: " + PH,
    att="81% (part-time timetable, 3 days a week since January)", attn=81.0,
    sections=[
        ("1. School and learning",
         "Summer is on a part-time timetable (mornings only, Mon-Wed). Engages in English when 1:1.", ""),
        ("2. Friends and feelings", "Friendship issues online; police involved in February.", ""),
        ("3. Home and family time", CH, ""),
        ("4. Health and wellbeing", "CAMHS referral made.", ""),
    ],
    outcomes=[
        ("A", "EHCP outcome 1 (SEMH)", "Attendance",
         "Summer will attend her 3 mornings a week with no missed sessions for 4 weeks, then add a Thursday morning", "Daily call from key adult"),
        ("B", "EHCP outcome 2 (learning)", "English",
         "Summer will complete her English Language Paper 1 reading practice questions (Q1-Q4) in 1:1 sessions and score 20/40 by the next PEP", "1:1 with English teacher"),
    ],
    pp=[("Tuition", "", None, "B"),
        ("Mentoring with external provider (Bright Steps), 10 sessions", "£450.00", 450.0, CH)],
    total=PH, totaln=None,
    dt="Mr Alan Brierley", vs=PH, grade=CH,
)


def make(out_dir, d, n):
    fname = "%s-%d.docx" % (LAYOUT, n)
    doc = new_doc(font="Verdana", size=9, margins_cm=1.6)
    set_header(doc, "SKELMOOR VIRTUAL SCHOOL  |  PEP - SEND / Special School version  |  PROTECTED FORM", size=7)
    set_footer(doc, "Skelmoor Council. Form VS-SEN-04 (rev. 2025)")
    para(doc, "My Personal Education Plan", bold=True, size=16, color="2E5597")
    table(doc, [["Name", d["name"]], ["School", d["school"]], ["School year", d["year"]],
                ["PEP meeting date", d["meeting"]], ["EHCP", d["ehcp"]],
                ["Attendance (this school year)", d["att"]], ["SDQ", d["sdq"]],
                ["Is this the first PEP at this school?", "Yes" if n == 1 else CH],
                ["Previous school", "Skelmoor Fields Primary (left July 2025)" if n == 1 else PH],
                ["Social worker's contact number", PH]],
          header=False, label_col=True, widths_cm=[5.5, 12])
    para(doc, "How to use this form: adults write in the left column. The right column is for %s's own "
              "words, choices or signs - say how they were gathered." % d["first"], italic=True, size=8)
    for title, adults, child in d["sections"]:
        t = table(doc, [[title, ""], ["What the adults told us", "What %s told us" % d["first"]], [adults, child]],
                  header=False, widths_cm=[9, 8.5])
        a, b = t.rows[0].cells
        m = a.merge(b)
        cell_text(m, title, bold=True, color="FFFFFF")
        shade(m, "2E5597")
        for c in t.rows[1].cells:
            shade(c, "DCE6F2")
    heading(doc, "5. My targets (linked to my EHCP outcomes)", size=11, color="2E5597")
    rows = [["", "EHCP outcome", "PEP target (SMART)", "Steps / who / how often"]]
    for let, oc, area, text, steps in d["outcomes"]:
        rows.append([let, oc, text, steps])
    table(doc, rows, widths_cm=[0.8, 3.5, 8.5, 4.7], size=8.5)
    heading(doc, "6. Pupil Premium Plus (PP+)", size=11, color="2E5597")
    para(doc, "PP+ must not pay for provision already specified in the EHCP.", italic=True, size=8)
    rows = [["What we will buy", "Cost", "Target"]]
    for desc, cost, _, let in d["pp"]:
        rows.append([desc, cost, let])
    rows.append(["Total PP+ requested", d["total"], ""])
    table(doc, rows, widths_cm=[11, 3, 3])
    heading(doc, "7. Sign off", size=11, color="2E5597")
    table(doc, [["Designated Teacher", d["dt"]], ["Date completed by DT", d["completed"]],
                ["Virtual School QA", d["vs"]], ["RAG", d["grade"]]], header=False, label_col=True,
          widths_cm=[5.5, 12])
    doc.save(os.path.join(out_dir, fname))

    letters = {o[0]: i + 1 for i, o in enumerate(d["outcomes"])}
    targets = [tgt(o[3], o[2]) for o in d["outcomes"]]
    areas = [t["area"] for t in targets]
    pp = [spend(desc, c, letters.get(let)) for desc, cost, c, let in d["pp"]]
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS + ([] if n == 1 else [
        "gaps: every child column empty, no maths target, spend line without cost, spend line with 'Choose an item.' as target, completion date a placeholder"]),
        child_name=d["name"], child_first_name=d["first"], school=d["school"], year_group=d["yg"],
        meeting_date=d["meeting_iso"], completed_date=d["completed_iso"], attendance_percent=d["attn"],
        pupil_voice=[c for _, _, c in d["sections"] if c], targets=targets, english_target="English" in areas,
        maths_target="Maths" in areas, pp_spend=pp, pp_requested=d["totaln"])


def build(out_dir):
    make(out_dir, A, 1)
    make(out_dir, B, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
