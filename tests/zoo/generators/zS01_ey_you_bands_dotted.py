"""zS01: nursery EYFS PEP written to the child ("you"), dotted-leader cover, ELG x band tick grid."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_S import *  # noqa

LAYOUT = "zS01-ey-you-bands-dotted"
INSP = "real-forms.md entries 9, 23, 17"
QUIRKS = ["EYFS PEP form written to the child in the second person (\"Your name\", \"You told us\")",
          "cover of dotted-leader blanks; \"PEP: Autumn term (PEP 1) | Spring term (PEP 2)\" with [X] on the autumn box",
          "\"About You\" sentence starters answered in the child's own quoted words, key person's note beside them",
          "ELG x development-band tick grid (8-20 / 16-26 / 22-36 / 30-50 months), X marks",
          "next steps numbered NS1-NS3 written as 'You will ...'; EYPP lines cite NS numbers",
          "completion date only in the closing line 'Returned to Virtual School on'"]

DOTS = "\u2026" * 12


def make(out_dir, n):
    good = n == 1
    name, first = ("Ellis Varga", "Ellis") if good else ("Maisie Thorncliffe", "Maisie")
    school = "Little Acorns Day Nursery" if good else "Brookfield Children's Centre Nursery"
    meet_txt, meet_iso = ("Tuesday 6 October 2026", "2026-10-06") if good else ("Thursday 15 October 2026", "2026-10-15")
    done_txt, done_iso = ("19/10/2026", "2026-10-19") if good else ("", None)
    age = "3 years 7 months" if good else "3 years 2 months"
    att = 93.5 if good else 88.0
    he = "he" if good else "she"
    voice_rows = [
        ("You like playing with...", "\"I like playing with the sand and the diggers.\"" if good else "\"I like the dolls house.\"",
         "Said while in the sand tray with his key person." if good else "Said at the dolls house."),
        ("You are good at / enjoy...", "\"I can do big jumps!\"" if good else "\"I can do my coat.\"", ""),
        ("Your friends are...", "\"Rafi and Zainab.\"" if good else "", "Names children from Robins group."),
        ("You are happy when...", "\"When Nana comes.\"" if good else "", ""),
        ("You are sad when...", "\"When it is loud at dinner.\"" if good else "", "Key person has moved lunch to the quiet room."),
    ]
    voice = [v[1].strip('"') for v in voice_rows if v[1]]
    if good:
        ns = [("NS1", "Communication and Language", "You will join in with 5 familiar rhymes at group time by the end of January 2027"),
              ("NS2", "Mathematics", "You will count up to 5 objects correctly when tidying the snack table by February half-term"),
              ("NS3", "Personal, Social and Emotional Development", "You will tell an adult when you feel worried, using the feelings cards, by Christmas")]
        areas = ["English", "Maths", "PSED"]
        eypp = [("Small group 'rhyme time' with key person, 2 x 15 minutes a week", "NS1", "£120.00"),
                ("Number and counting resource bag to share with carer", "NS2", "£45.00"),
                ("Feelings cards and visual timetable", "NS3", "£30.00")]
        total = "£195.00"
    else:
        ns = [("NS1", "Communication and Language", "You will use two-word phrases to ask for snack and drinks by the end of the autumn term"),
              ("NS2", "Physical Development", "You will use the climbing frame with one adult nearby by February half-term")]
        areas = ["English", "Physical"]
        eypp = [("Speech and language group (Chatterbox), weekly", "NS1", "£150.00"),
                ("Extra sessions in the outdoor area with key person", "", "£60.00")]
        total = ""
    story = [P("EARLY YEARS FOUNDATION STAGE PEP", "h1"),
             P("This plan is written to you, " + first + ". The grown-ups who help you have written their parts to you too.", "small"),
             Spacer(1, 6)]
    cover = [f"Your name{DOTS} {name}",
             f"Your birthday{DOTS} {'12/03/2023' if good else '04/08/2023'}",
             f"Your age{DOTS} {age}",
             f"Your year group{DOTS} Nursery (FS1)",
             f"Your school/setting{DOTS} {school}",
             f"Date of your PEP meeting{DOTS} {meet_txt}",
             "PEP: Autumn term (PEP 1) [X]      Spring term (PEP 2) [ ]",
             f"Your key person{DOTS} {'Mrs Leanne Okafor' if good else 'Miss Tara Bell'}"]
    story += [P(c) for c in cover]
    story += [Spacer(1, 8), P("About You " + DOTS, "h2"),
              P("(Your key person wrote down what you said, in your words. The notes column is from your key person.)", "small")]
    rows = [["Sentence starter", "What you told us", "Key person's note"]]
    rows += [[a, b, c] for a, b, c in voice_rows]
    story.append(p_table(rows, widths=[42 * mm, 70 * mm, 62 * mm], header=True))
    story += [P("(DT to complete before the PEP) 1) Development assessment information:", "h2"),
              P("For each early learning goal (ELG), please tick which development band is most applicable. "
                "For children transferring from Reception to Y1, please fill in the final ELGs column in addition "
                "using 1 for Emerging, 2 for Expected or 3 for exceeding.", "small")]
    grid = [["Development bands (months)", "8-20", "16-26", "22-36", "30-50", "40-60+", "Final ELG"],
            ["Listening, attention and understanding", "", "", "X" if not good else "", "X" if good else "", "", "n/a"],
            ["Speaking", "", "", "X", "", "", "n/a"],
            ["Self-regulation", "", "", "X", "", "", "n/a"],
            ["Gross motor skills", "", "", "", "X", "", "n/a"],
            ["Comprehension (Literacy)", "", "", "X", "", "", "n/a"],
            ["Number", "", "", "X" if good else "", "" if good else "", "", "n/a"],
            ["Numerical patterns", "", "", "X" if good else "", "", "", "n/a"]]
    story.append(p_table(grid, widths=[58 * mm] + [18 * mm] * 6, header=True))
    story += [P("2) Attendance at your setting", "h2"),
              P(f"You came to nursery for {att}% of your funded sessions since September "
                f"({'you were off with chickenpox for a week' if good else 'several late starts after contact'})."),
              P("3) Your next steps", "h2")]
    rows = [["No.", "Area of learning", "Next step"]] + [list(x) for x in ns]
    story.append(p_table(rows, widths=[14 * mm, 50 * mm, 110 * mm], header=True))
    story += [P("4) Early Years Pupil Premium (EYPP) - how it will help you", "h2")]
    rows = [["What we will do", "Next step no.", "Cost"]] + [list(x) for x in eypp]
    rows.append(["Total EYPP requested", "", total])
    story.append(p_table(rows, widths=[110 * mm, 28 * mm, 36 * mm], header=True))
    story += [Spacer(1, 8), P("Returned to Virtual School on" + DOTS + " " + done_txt),
              P("Signed (Designated person)" + DOTS + (" L. Okafor" if good else ""))]
    fn = f"{LAYOUT}-{n}.pdf"
    build_pdf(os.path.join(out_dir, fn), story, header="OFFICIAL - SENSITIVE   EYFS PEP",
              footer="EYFS PEP form v3 | " + name + " | page {page}")
    targets = [{"text": t[2], "area": a} for t, a in zip(ns, areas)]
    pp = [{"description": d, "cost": float(c.strip("£")), "target": (int(k[2]) if k else None)} for d, k, c in eypp]
    q = QUIRKS + (["-2 gaps: friends/happy/sad starters unanswered (two voice items only), no mathematics next step, "
                   "second EYPP line has no next-step number, total and return date blank"] if not good else [])
    tr = truth(LAYOUT, fn, INSP, q, child_name=name, child_first_name=first, school=school, year_group=-1,
               meeting_date=meet_iso, completed_date=done_iso, attendance_percent=att, pupil_voice=voice,
               targets=targets, english_target=True, maths_target=good, pp_spend=pp,
               pp_requested=195.0 if good else None)
    write_truth(out_dir, f"{LAYOUT}-{n}", tr)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
