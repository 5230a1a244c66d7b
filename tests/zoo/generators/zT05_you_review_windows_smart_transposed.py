"""zT05: a KentPEP-style Year 7 PEP written to the young person as 'you' (three parts: pre-meeting data,
planning meeting, final document), a review-window grid carried over from Year 6 (read the latest filled
column), and SMART targets in a transposed grid using the 'Assigned' spelling. Entries 20 + 23."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_T import *

LAYOUT = "zT05-you-review-windows-smart-transposed"
INSPIRED = "real-forms.md entries 20, 23"
QUIRKS = ["whole PEP written to the young person in the second person ('you')",
          "three parts: pre-meeting data collection, planning meeting, final document",
          "review-window grid (First review - September to December ...) carried over from Year 6: several columns, the latest filled one is this PEP",
          "school changed between columns (Year 6 primary -> Year 7 secondary)",
          "SMART targets transposed: S/M/A/R/T are rows, targets are columns",
          "SMART spelled 'Specific, Measurable, Assigned - to specific responsible professionals, Realistic, Time constrained'",
          "initiated by VSK with basic information"]


def make(out, n):
    full = n == 1
    doc = new_doc("Verdana", 9)
    header_footer(doc, "KentPEP  |  Initiated by VSK  |  Task: Complete PEP (Designated Teacher)", "This PEP is written to you. If anything in it is wrong, tell your Designated Teacher.")
    para(doc, "Your Personal Education Plan", bold=True, size=16)
    para(doc, "Mia, this is your plan. We have written it to you, so when it says \"you\" it means you.", italic=True)
    table(doc, [["Your name", "Mia Kowalczyk", "Your year", "Year 7"],
                ["Your school", "Thanet Downs Academy", "Your Designated Teacher", "Mr Ollie Brandt"],
                ["Your social worker", "Grace Fenwick", "Your carer", "Angela Price"]], bold_first_col=True)
    para(doc, "")
    para(doc, "Part 1: Pre-meeting data collection (your reviews this year and last)", bold=True, size=12)
    g = [["", "Third review - May to July 2026 (Year 6)", "First review - September to December 2026", "Second review - January to April 2027", "Third review - May to July 2027"],
         ["Your school", "Oakfield Primary School", "Thanet Downs Academy", "", ""],
         ["Date of your review", "2 July 2026", fmt("2026-10-21", "long"), "", ""],
         ["Your attendance", "98.9% (whole of Year 6)", "95.7% (since 3 September)", "", ""],
         ["Your reading age", "10y 2m", "10y 7m", "", ""],
         ["Suspensions", "0", "0", "", ""]]
    table(doc, g, header=True, fill="FCE4D6")
    para(doc, "")
    para(doc, "Part 2: Your planning meeting", bold=True, size=12)
    para(doc, "Who came: you (for the first half), Angela (your carer), Grace (your social worker), Mr Brandt and Mrs Achebe (your Head of Year).")
    para(doc, "What you told us", bold=True)
    voice = ["I like science because we get to use the Bunsen burners.",
             "I still get lost between the C block and the canteen.",
             "I want to be in the school play but I'm scared of reading out loud."]
    for s in voice:
        para(doc, "\u201c" + s + "\u201d")
    para(doc, "What we noticed", bold=True)
    para(doc, "You have settled well into Year 7 and you have made two good friends in your form. Your teachers say you are careful with your homework. You sometimes go quiet when you are asked to read aloud.")
    para(doc, "")
    para(doc, "Your SMART targets", bold=True, size=12)
    para(doc, "SMART = Specific, Measurable, Assigned - to specific responsible professionals, Realistic, Time constrained", italic=True, size=8)
    T = [("English (reading aloud)", "You will read a one-page passage aloud to Mrs Achebe each week and then to a small group of three, and by the February review you will read a part in the drama club play reading",
          "Weekly reading log signed by Mrs Achebe; you read to the group by half term", "Mrs Achebe (Head of Year) - Tuesday lunchtimes", "Yes - you chose this because you want to be in the play", "By the second review (February 2027)"),
         ("Maths", "You will learn your 6, 7, 8 and 9 times tables so that you score 45 out of 50 on the Times Tables Rock Stars soundcheck by 31 January 2027",
          "TTRS soundcheck score every Friday, shared with Angela", "Mr Brandt checks weekly; Angela practises with you at home", "Yes", "31 January 2027"),
         ("Finding your way / confidence", "You will walk the C block to canteen route with your buddy for two weeks and then on your own, and tell Mr Brandt if you got lost",
          "You go without your buddy by 6 November", "Buddy (Year 9 prefect) and Mr Brandt", "Yes", "6 November 2026")]
    if not full:
        T = T[1:]
    rows = [[""] + [f"Target {i}: {t[0]}" for i, t in enumerate(T, 1)],
            ["Your target (Specific)"] + [t[1] for t in T],
            ["How we'll know (Measurable)"] + [t[2] for t in T],
            ["Who will help (Assigned)"] + [t[3] for t in T],
            ["Is it realistic? (Realistic)"] + [t[4] for t in T],
            ["By when (Time constrained)"] + [t[5] for t in T]]
    table(doc, rows, header=True, bold_first_col=True, fill="FCE4D6")
    para(doc, "")
    para(doc, "How your Pupil Premium Plus (PP+) will be spent this term", bold=True, size=12)
    pp = [("Drama club confidence sessions with the school's drama practitioner, 6 x 30 minutes (small group)", "90.00", "1" if full else None),
          ("Times Tables Rock Stars home licence and a set of times-table flashcards for home", "25.00", "2" if full else "1"),
          ("Year 7 residential trip deposit", "0.00", None)] if full else [
          ("Times Tables Rock Stars home licence and a set of times-table flashcards for home", "25.00", "1"),
          ("Lunchtime club place and mentor check-ins with the Year 9 prefect, 10 weeks", "150.00", None)]
    if full:
        pp = pp[:2]
    table(doc, [["What we will buy", "Cost (£)", "Which of your targets it helps"]] + [[d, c, t or ""] for d, c, t in pp], header=True, fill="FCE4D6")
    total = sum(float(c) for _, c, _ in pp)
    para(doc, f"Total PP+ requested from VSK: £{total:.2f}")
    para(doc, "")
    para(doc, "Part 3: Your final document", bold=True, size=12)
    para(doc, "Mr Brandt finished your PEP and sent a copy to you and Angela on " + (fmt("2026-11-04", "long") + "." if full else "........................"))
    para(doc, "Your next review: Second review - January to April 2027.")
    path = write_truth(out, LAYOUT, n, "docx", INSPIRED, QUIRKS + ([] if full else [
        "GAPS: no English/reading target (only maths and confidence); PP+ line 2 not linked to any target; final-document date left as dots"]),
        child_name="Mia Kowalczyk", child_first_name="Mia", school="Thanet Downs Academy", year_group=7,
        meeting_date="2026-10-21", completed_date="2026-11-04" if full else None, attendance_percent=95.7, pupil_voice=voice,
        targets=[{"text": t[1], "area": t[0]} for t in T], english_target=full, maths_target=True,
        pp_spend=[{"description": d, "cost": float(c), "target": int(t) if t else None} for d, c, t in pp], pp_requested=total)
    doc.save(path)


def build(out_dir):
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    main(build)
