"""zV03: KS2 PEP with inline 'Label: value' pairs several to a line, tick boxes, numbered-paragraph targets and a
separate termly PPP request form (resubmission / backdated tick boxes). Entries 18, 6."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_V import Docx, truth

LAYOUT = "zV03-ncity-ppp-inline-pairs-ticks"
INSP = "real-forms.md entries 18, 6"
Y, N = "\u2612", "\u2610"


def make(out_dir, n):
    good = n == 1
    name, first = ("Kacper Nowicki", "Kacper") if good else ("Tyler-James Booth", "Tyler-James")
    school = "Bulwell Riverside Primary Academy" if good else "Sneinton Meadow Junior School"
    d = Docx(header="NOTTINGHAM CITY VIRTUAL SCHOOL - PEP (KS2)", footer="Version 4.2  |  Return to the Virtual School within 10 working days")
    d.p("PERSONAL EDUCATION PLAN", bold=True, center=True)
    d.p(f"Name: {name}      DOB: {'17/06/2016' if good else '03/02/2016'}      Year: 5      UPN: {'H891204411022' if good else 'K330192200871'}")
    d.p(f"My school is: {school}      Type: {'Academy' if good else 'Maintained'}")
    d.p(f"Date of this PEP: {'24/09/2026' if good else '05/11/2026'}      Is this the first PEP? {N} Yes {Y} No      Date of last PEP: {'10/06/2026' if good else '19/06/2026'}")
    d.p(f"Date of Next PEP: {'January 2027' if good else 'February 2027'}")
    d.p(f"Present at this meeting: Me {Y if good else N}   Designated Teacher {Y}   Social Worker {Y}   Carer {Y}   PEP Co-ordinator {N}")
    if good:
        d.p("Attendance: 96.4% (since September)      Exclusions: none      Part-time timetable: " + N + " Yes " + Y + " No")
    else:
        d.p("Attendance:       Exclusions: one fixed-term (1 day, October)      Part-time timetable: " + N + " Yes " + Y + " No")
    d.h("My views", 2)
    if good:
        voice = ["I like it when Mr Patel lets me help with the computers.",
                 "Times tables are hard. I get 7s and 8s mixed up.",
                 "I want to be in the football team next term."]
        d.p("What is going well? " + voice[0])
        d.p("What do you find hard? " + voice[1])
        d.p("What would you like to happen next? " + voice[2])
    else:
        voice = ["School is OK. I like art."]
        d.p("What is going well? " + voice[0])
        d.p("What do you find hard? ")
        d.p("Tyler-James chose not to come into the meeting; the DT spoke with him at lunchtime.", italic=True)
    d.h("Attainment (end of Year 4 / now)", 2)
    d.table([["Subject", "End of Y4", "Autumn 1 Y5"], ["Reading", "WTS", "EXS" if good else "WTS"],
             ["Writing", "WTS", "WTS"], ["Maths", "EXS" if good else "WTS", "EXS" if good else "WTS"]], bold_first_row=True)
    d.h("Targets agreed at this meeting", 2)
    if good:
        tg = [("Kacper will recall the 7 and 8 times tables with 90% accuracy in a weekly quiz by 18/12/2026.", "Maths"),
              ("Kacper will use fronted adverbials and paragraphs in three pieces of independent writing this half-term.", "English (writing)"),
              ("Kacper will attend football club every Thursday and try out for the school team.", "Social / wellbeing")]
    else:
        tg = [("Tyler-James will read aloud to an adult three times a week and record it in his reading diary.", "English (reading)"),
              ("Tyler-James will use his time-out card instead of leaving the classroom.", "SEMH")]
    for i, (t, a) in enumerate(tg, 1):
        d.p(f"{i}) {t}  [{a}]  Lead: {'Miss Gregory (class teacher)' if i < 3 else 'Mr Patel (DT)'}")
    d.p(f"PEP completed by: Mr R. Patel (DT)      Date PEP completed: {'01/10/2026' if good else ''}")
    d.pagebreak()
    d.p("PUPIL PREMIUM PLUS (PPP) FORM - AUTUMN TERM 2026", bold=True, center=True)
    d.p("This termly PPP form is not part of the PEP itself. Give details of the intended use of the funding, the total amount being requested (including costs of the interventions) and the intended impact.", italic=True)
    d.p(f"Pupil: {name}      School: {school}")
    d.p(f"I wish to re-submit the previous PPP form: {N if good else Y}      Please stipulate on this terms form if you wish to apply for backdated pupil premium: {N} Yes {Y} No")
    if good:
        pp = [("Times tables Rock Stars subscription plus 3 x 15 min weekly fluency sessions with TA", 240.0, 1),
              ("Small-group writing workshop (6 weeks) led by Year 5 teacher", 300.0, 2),
              ("Football club fees and kit", 65.0, 3)]
        rows = [["Intended use of the funding", "Linked to PEP target", "Cost", "Intended impact"]] + \
               [[p, f"Target {t}", f"£{c:.2f}", imp] for (p, c, t), imp in zip(pp, ["Faster recall", "WTS to EXS in writing", "Belonging and confidence"])]
        rows.append(["Total amount being requested", "", "£605.00", ""])
        req = 605.0
    else:
        pp = [("Nurture group place (copied from summer term form)", 400.0, None),
              ("Reading books for home", 40.0, None)]
        rows = [["Intended use of the funding", "Linked to PEP target", "Cost", "Intended impact"],
                [pp[0][0], "", "£400.00", "Continue nurture support"], [pp[1][0], "", "£40.00", ""],
                ["Total amount being requested", "", "£440.00", ""]]
        req = 440.0
    d.table(rows, bold_first_row=True)
    fname = f"{LAYOUT}-{n}.docx"
    d.save(os.path.join(out_dir, fname))
    truth(out_dir, LAYOUT, fname, INSP,
          ["several Label: value pairs on one line", "first-person 'My school is:' inline", "tick-box glyphs for yes/no and attendees",
           "targets as numbered paragraphs with [area] and lead", "separate termly PPP form after a page break (resubmit/backdated ticks)"] +
          ([] if good else ["-2 gaps: attendance blank, PPP form re-submitted from last term with no target links, no maths target, no completion date, 'find hard' prompt empty"]),
          name, first, school, 5, "2026-09-24" if good else "2026-11-05", "2026-10-01" if good else None,
          96.4 if good else None, voice, tg, True, good, pp, req)


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1])
