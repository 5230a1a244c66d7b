"""zJ02 - Halbury County Council: "Education Review (PEP)" print, KS3 (PDF).

Strengths and Challenges table, executive-functioning dots, Preparing for Adulthood strip,
an app export of the young person's views, targets as numbered cards (two academic drafted
before the meeting + one child-centred), PP+ costs worked out inline.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_J import write_pdf, html_table, esc, write_truth, tgt, spend

LAYOUT = "zJ02-education-review-momo"
INSPIRED = "real-forms.md entries 19, 24, 31, 15"
QUIRKS = [
    "meeting called 'Education Review (PEP)'; running header repeats term and OFFICIAL-SENSITIVE",
    "'Strengths and Challenges' two-column table and executive functioning dot ratings",
    "child's views printed as a 'Mind of My Own' app statement with sent timestamp, plus a quote in the discussion notes",
    "targets as numbered cards: two academic drafted before the meeting, third child-centred; SMART prompt lines under each",
    "PP+ cost worked out inline (rate x sessions = total) in a separate table keyed by target number",
    "dates written long with weekday; attendance with persistent-absence note",
]

A = dict(
    name="Tyler Brennan-Achebe", first="Tyler", school="Halbury Park Academy", year="Year 9",
    yg=9, term="Spring 2026", meeting="Wednesday 14 January 2026", meeting_iso="2026-01-14",
    completed="Friday 23 January 2026", completed_iso="2026-01-23",
    attendance="88.6% (year to date, 1 Sept - 9 Jan). Below 90%: persistent absence plan agreed, see action 4.",
    att=88.6, sen="SEN Support (ADHD diagnosis, Oct 2024)", dt="Mrs K. Oyelaran (DT)",
    strengths=[("Great at practical science and D&T - teachers say his model bridge was the best in the year.",
                "Leaving lessons when he gets stuck, especially maths (5 times this half term)."),
               ("Plays for the Under 14s football team on Saturdays.",
                "Reading for longer than 10 minutes; avoids reading aloud."),
               ("Kind to younger pupils in form time.", "Mornings - late 11 times this term.")],
    ef=[("Planning and organisation", 2), ("Working memory", 2), ("Starting tasks", 1),
        ("Emotional control", 3), ("Time management", 1)],
    momo_sent="Sent via Mind of My Own (One app): 12/01/2026 19:47",
    momo=["I like science because we get to actually do stuff.",
          "Maths is the worst when the teacher talks too fast and I can't keep up.",
          "I want to be a mechanic like my uncle Dev.",
          "It would help if someone checked I have got my planner in the morning."],
    said="Tyler said: \"If I had a card to go to the quiet room instead of walking out I would use it.\"",
    said_q="If I had a card to go to the quiet room instead of walking out I would use it.",
    targets=[
        ("1", "Academic (drafted before the meeting)", "English",
         "Tyler will read a chosen book for 15 minutes, 4 times a week in tutor time, and complete a 3-question reading log each Friday, so that his reading age rises from 10.4 to 11.0 on the Easter NGRT",
         "Yes - NGRT retest w/c 23 March"),
        ("2", "Academic (drafted before the meeting)", "Maths",
         "Tyler will complete 3 Sparx maths tasks a week with 1:1 support on Tuesdays and reach 85% accuracy on fractions and ratio by the next Education Review",
         "Yes - Sparx report printed for next review"),
        ("3", "Child-centred (his idea)", "Wellbeing",
         "Tyler will use a time-out card to go to the Base instead of leaving lessons, and walk-outs will fall from 5 to 1 or fewer in the second half of spring term",
         "Yes - behaviour log"),
    ],
    pp=[("1", "Reading mentor (HLTA) 1:1, 20 minutes x 2 a week", "£14 x 20 sessions = £280", 280.0),
        ("2", "Maths tutor 1:1 after school, Tuesdays", "£28 x 10 sessions = £280", 280.0),
        ("3", "Time-out card and Base key-adult check-ins (ELSA), 2 x 30 minutes a week", "£12 x 20 = £240", 240.0)],
    pp_total="Total PP+ requested this term: £800", pp_total_n=800.0,
)

B = dict(
    name="Aaliyah Mensah", first="Aaliyah", school="St Bride's Church of England High School",
    year="Year 8", yg=8, term="Autumn 2025", meeting="Tuesday 4 November 2025", meeting_iso="2025-11-04",
    completed="Monday 17 November 2025", completed_iso="2025-11-17",
    attendance="96.1%", att=96.1, sen="No identified SEN", dt="Mr P. Strand",
    strengths=[("Strong in English, top set.", "Friendship fall-outs at lunch."),
               ("Good attendance.", "Homework not always handed in.")],
    ef=[("Planning and organisation", 3), ("Working memory", 4), ("Starting tasks", 3),
        ("Emotional control", 2), ("Time management", 3)],
    momo_sent="Mind of My Own statement: not sent",
    momo=[],
    said="Aaliyah did not want to share her views at this time.",
    said_q=None,
    targets=[
        ("1", "Academic (drafted before the meeting)", "English",
         "Aaliyah will plan and write one extended answer per week in English using the PEEL structure and reach a secure Grade 5 on the December assessment",
         "Yes"),
        ("2", "Academic (drafted before the meeting)", "Science",
         "Aaliyah will hand in all science homework on time for the rest of the half term, checked weekly by her form tutor",
         "Yes"),
        ("3", "Child-centred", "Wellbeing", "To improve friendships", ""),
    ],
    pp=[("1", "English booster group", "", None),
        ("3", "Lunchtime club", "£150", 150.0)],
    pp_total="Total PP+ requested this term: £150 (booster cost to follow)", pp_total_n=150.0,
)

CSS = """
.card { border: 1pt solid #1b5e6b; margin: 6pt 0; padding: 4pt 6pt; page-break-inside: avoid; }
.card .h { font-weight: bold; color: #1b5e6b; }
.prompt { font-size: 8pt; color: #444; }
.momo { border: 1.2pt dashed #7a3e9d; background: #f6effa; padding: 5pt 8pt; margin: 4pt 0 8pt 0; }
.momo p { margin: 2pt 0; }
.band { background: #1b5e6b; color: white; padding: 3pt 6pt; font-weight: bold; margin-top: 10pt; }
"""


def page_css(d):
    return """
@page { size: A4; margin: 2.2cm 1.8cm 2cm 1.8cm;
  @top-left { content: "Halbury County Council - Education Review (PEP) - %s"; font-size: 7.5pt; }
  @top-right { content: "OFFICIAL-SENSITIVE"; font-size: 7.5pt; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; } }
""" % d["term"]


def dots(n):
    return "".join("\u25cf" if i < n else "\u25cb" for i in range(5)) + "  (%d/5)" % n


def make(out_dir, d, n):
    fname = "%s-%d.pdf" % (LAYOUT, n)
    b = []
    b.append("<h1>Education Review (PEP)</h1>")
    b.append("<p class='small'>Halbury Virtual School for Children in Care. Please avoid going through the review "
             "as a form in the meeting - talk first, type after.</p>")
    b.append(html_table([
        ["Young person", d["name"], "Review", d["term"]],
        ["School", d["school"], "Year", d["year"]],
        ["Date of Education Review", d["meeting"], "SEN", d["sen"]],
        ["Designated Teacher", d["dt"], "Attendance", d["attendance"]],
    ], header=False, widths=["20%", "30%", "15%", "35%"]))
    b.append("<div class='band'>1. Strengths and Challenges</div>")
    b.append(html_table([["Strengths", "Challenges"]] + [list(r) for r in d["strengths"]]))
    b.append("<h3>Executive functioning skills (school rating, 1 = needs lots of help, 5 = independent)</h3>")
    b.append(html_table([[k, dots(v)] for k, v in d["ef"]], header=False, widths=["45%", "55%"]))
    b.append("<h3>Preparing for Adulthood (across the age range)</h3>")
    b.append(html_table([["Employment", "Independent living", "Friends and community", "Good health"],
                         ["Careers fair in March; wants to visit a garage." if d is A else "Not discussed.",
                          "Gets the bus alone with carer's agreement." if d is A else "",
                          "Football club." if d is A else "Drama club (Year 8).", "Sleep routine discussed." if d is A else ""]]))
    b.append("<div class='band'>2. Voice of the young person</div>")
    b.append("<div class='momo'><p class='small'>%s</p>" % esc(d["momo_sent"]))
    if d["momo"]:
        for i, m in enumerate(d["momo"]):
            lab = ["What's good", "What's not so good", "My goals", "What would help"][i]
            b.append("<p><b>%s:</b> %s</p>" % (lab, esc(m)))
    else:
        b.append("<p>&nbsp;</p><p>&nbsp;</p>")
    b.append("</div>")
    b.append("<h3>Discussion at the review (what is working well / what we are worried about / what needs to happen)</h3>")
    b.append("<p>%s</p>" % esc(("Carer (Ms Lorna Price) says mornings are easier since the new alarm. School worried about "
                                "walk-outs in maths. " if d is A else "Carer reports Aaliyah is settled at home. ") + d["said"]))
    b.append("<div class='band'>3. Targets until the next Education Review</div>")
    b.append("<p class='small'>Targets one and two are academic and drafted by school before the meeting. Target three "
             "is holistic, child centred and if possible reflects the young person's views. Only a teacher should set targets.</p>")
    for num, kind, area, text, ach in d["targets"]:
        b.append("<div class='card'><p class='h'>Target %s - %s - %s</p><p>%s</p>"
                 "<p class='prompt'>Will this target be achieved in time for the next Education Review? %s</p></div>"
                 % (num, esc(kind), esc(area), esc(text), esc(ach)))
    b.append("<div class='band'>4. Pupil Premium Plus (PP+)</div>")
    rows = [["Target no.", "What PP+ will pay for (who / how often)", "Cost worked out"]]
    for num, desc, cost, _ in d["pp"]:
        rows.append([num, desc, cost])
    b.append(html_table(rows, widths=["12%", "58%", "30%"]))
    b.append("<p><b>%s</b></p>" % esc(d["pp_total"]))
    b.append("<div class='band'>5. Actions and sign off</div>")
    b.append(html_table([
        ["Action", "Who", "By"],
        ["Reading log set up in tutor time", "Form tutor", "19/01/2026"] if d is A else ["Share homework planner with carer", "Form tutor", "11/11/2025"],
        ["Sparx login reset and shared with carer", "Maths dept", "16/01/2026"] if d is A else ["", "", ""],
        ["Time-out card issued", "SENCo", "16/01/2026"] if d is A else ["", "", ""],
        ["Attendance: weekly check-in, alarm clock, morning text from key adult", "Attendance officer / carer", "ongoing"] if d is A else ["", "", ""],
    ]))
    b.append(html_table([["Education Review completed and sent to the Virtual School on", d["completed"]],
                         ["Next Education Review", "w/c 20 April 2026" if d is A else "Spring term (date tbc)"]],
                        header=False, widths=["55%", "45%"]))
    write_pdf(os.path.join(out_dir, fname), "\n".join(b), CSS, page_css(d))

    voice = list(d["momo"]) + ([d["said_q"]] if d["said_q"] else [])
    targets = [tgt(t[3], t[2]) for t in d["targets"]]
    pp = [spend(desc, c, int(num)) for num, desc, cost, c in d["pp"]]
    areas = [t["area"] for t in targets]
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS + ([] if n == 1 else [
        "gaps: app statement not sent and 'did not want to share' (no voice), no maths target, vague third target, PP+ line with no cost"]),
        child_name=d["name"], child_first_name=d["first"], school=d["school"], year_group=d["yg"],
        meeting_date=d["meeting_iso"], completed_date=d["completed_iso"], attendance_percent=d["att"],
        pupil_voice=voice, targets=targets, english_target="English" in areas, maths_target="Maths" in areas,
        pp_spend=pp, pp_requested=d["pp_total_n"])


def build(out_dir):
    make(out_dir, A, 1)
    make(out_dir, B, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
