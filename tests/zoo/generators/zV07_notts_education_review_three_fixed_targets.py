"""zV07: 'Education Review' (the PEP meeting's name) with a Strengths and Challenges two-column grid including
executive functioning and Preparing for Adulthood, Mind of My Own statement as the voice, and a fixed three-target
block (two academic targets drafted before the meeting, a third holistic target). Entries 24, 31."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_V import Docx, truth

LAYOUT = "zV07-notts-education-review-three-fixed-targets"
INSP = "real-forms.md entries 24, 31"


def make(out_dir, n):
    good = n == 1
    name, first = ("Mia Rowbotham", "Mia") if good else ("Jordan Kettle", "Jordan")
    school = "Sherwood Vale Academy" if good else "Trent Bridge Community School"
    d = Docx(header="Education Review (PEP) - Children in Care - Nottinghamshire",
             footer="Executive functioning skills | Preparing for Adulthood (across the age range)")
    d.p("EDUCATION REVIEW", bold=True, center=True)
    d.p("(Personal Education Plan meeting)", italic=True, center=True)
    d.table([["Name", "Year group", "School", "Date of Education Review", "Review type"],
             [name, "Year 9", school, "15/10/2026" if good else "03/11/2026", "Autumn termly review"]], bold_first_row=True)
    d.table([["Current attendance", "Suspensions this year", "SEN status"],
             ["93.7%" if good else "81.2%", "0" if good else "2 (4 days)", "SEN Support" if good else "EHCP (SEMH)"]], bold_first_row=True)
    d.h("Mind of My Own", 2)
    if good:
        voice = ["I feel safe at school now that I sit near the door in science.",
                 "I want help with revising because I just read my book and forget it.",
                 "When I grow up I want to be a paramedic."]
        d.table([["Statement sent via Mind of My Own app", "Date", "Sent to"],
                 ["\n".join(voice), "09/10/2026", "Social worker (Beth Allsop)"]], bold_first_row=True)
    else:
        voice = []
        d.table([["Statement sent via Mind of My Own app", "Date", "Sent to"], ["", "", ""]], bold_first_row=True)
        d.p("Child attended the meeting: No. Reason recorded: Jordan refused to come out of his lesson and did not want to talk about school today.")
    d.h("Completing 'Strengths and Challenges' section", 2)
    d.table([["Area", "Strengths", "Challenges"],
             ["Learning", "Good recall in history; neat presentation." if good else "Practical subjects, especially DT.", "Revising independently." if good else "Reading stamina."],
             ["Executive functioning skills", "Uses a planner when prompted." if good else "Follows a visual timetable.", "Starting tasks without adult help." if good else "Managing frustration when work is hard."],
             ["Relationships", "Two close friends in form.", "Conflict on social media at weekends." if good else "Peer fall-outs at break."],
             ["Preparing for Adulthood (across the age range)", "Travels to school alone.", "Managing money." if good else "Keeping appointments."]],
            bold_first_row=True)
    d.h("Targets (only a teacher should set targets)", 2)
    if good:
        tg = [("Mia will use retrieval flashcards for 15 minutes three times a week and score 65% or more in her next science assessment.", "Science / study skills"),
              ("Mia will solve two-step linear equations independently, scoring 7 out of 10 on the half-termly maths check by 10/12/2026.", "Maths"),
              ("Mia will join the St John Ambulance cadets taster evening and talk about it at her next Education Review.", "SEMH / aspirations")]
        rows = [["", "Target", "Drafted by", "By when"],
                ["Target one (academic - drafted before the meeting)", tg[0][0], "Mr Hollis, science teacher", "December 2026"],
                ["Target two (academic - drafted before the meeting)", tg[1][0], "Ms Grant, maths teacher", "10/12/2026"],
                ["Target three (holistic: social, emotional and mental health; child centred)", tg[2][0], "Mrs Lowe, DT, with Mia", "Next review"]]
    else:
        tg = [("Jordan will read for 20 minutes every day with his carer and log it, moving up one Accelerated Reader level by February.", "English / reading"),
              ("Jordan will complete the six-week Year 9 science catch-up and pass the end-of-unit test on forces.", "Science")]
        rows = [["", "Target", "Drafted by", "By when"],
                ["Target one (academic - drafted before the meeting)", tg[0][0], "Miss Ward, English teacher", "February 2027"],
                ["Target two (academic - drafted before the meeting)", tg[1][0], "Mr Fenton, science teacher", "Spring 2027"],
                ["Target three (holistic: social, emotional and mental health; child centred)", "", "", ""]]
    d.table(rows, bold_first_row=True, bold_first_col=True)
    d.h("Pupil Premium Plus", 2)
    if good:
        pp = [("Revision guides and flashcard kit for science", 35.0, 1), ("Maths tutor, 8 x 45 minutes", 280.0, 2),
              ("Cadets taster evening transport and uniform contribution", 40.0, 3)]
        d.table([["Linked target", "Spend", "Amount"], ["one", pp[0][0], "£35"], ["two", pp[1][0], "£280"], ["three", pp[2][0], "£40"],
                 ["", "Total requested", "£355"]], bold_first_row=True)
        req = 355.0
    else:
        pp = [("Accelerated Reader books for home", 30.0, 1), ("Science catch-up group resources", 50.0, 2)]
        d.table([["Linked target", "Spend", "Amount"], ["one", pp[0][0], "£30"], ["two", pp[1][0], "£50"]], bold_first_row=True)
        req = None
    d.p(f"Education Review completed by Designated Teacher on {'21/10/2026' if good else '10/11/2026'}.")
    fname = f"{LAYOUT}-{n}.docx"
    d.save(os.path.join(out_dir, fname))
    truth(out_dir, LAYOUT, fname, INSP,
          ["PEP called 'Education Review'", "header-row field tables", "voice = Mind of My Own statement cell",
           "Strengths and Challenges grid incl. executive functioning and Preparing for Adulthood",
           "fixed three-target block: two academic drafted before the meeting, third holistic", "PP+ linked by words 'one/two/three'"] +
          ([] if good else ["-2 gaps: child absent with reason recorded and no MOMO statement (voice empty), no maths target, third (holistic) target blank, no PP+ total"]),
          name, first, school, 9, "2026-10-15" if good else "2026-11-03", "2026-10-21" if good else "2026-11-10",
          93.7 if good else 81.2, voice, tg, not good, good, pp, req)


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1])
