"""zQ03: paper-style school-age PEP (PDF) with first-person labels each followed by 'Tel no:', the
four-date strip and a 'Me' tick strip, numbered in the mixed style of the 2009 guidance notes
("1.)Personal Details", "Section 3", "4.)End of Key Stage Attainments", targets in "Section D")."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Q import *  # noqa

LAYOUT = "zQ03-first-person-mixed-numbering"
INSPIRED = "real-forms.md entries 6, 13"


def make(out_dir, n):
    good = n == 1
    fname = f"{LAYOUT}-{n}.pdf"
    name = "Rhys Tamblyn-Hale" if good else "Jordan Yeo"
    first = name.split()[0]
    school = "Okehampton Moor Community College" if good else "Dartside Academy"
    s = [P("PERSONAL EDUCATION PLAN (school age)", "h1"),
         P("Tips for a positive PEP from the Children in Care Council: ask me before the meeting, not in it; "
           "don't talk about my family in front of my friends; tell me what was decided.", "small"),
         Spacer(1, 6),
         P("1.)Personal Details", "h2")]
    s.append(ptable([["Name:", name, ""],
                     ["My school is:", school, "Tel no: 01837 555400" if good else "Tel no: 01803 555122"],
                     ["I am in year (NCY):", "10" if good else "9", ""],
                     ["My school is a (please enter type of school):", "Community college (11-18)" if good
                      else "Academy", ""],
                     ["My Designated Teacher is:", "Mr A. Penwarden" if good else "Ms F. Lusk", "Tel no: ext 214"],
                     ["My Social Worker is:", "Gemma Stroud" if good else "Imran Qadir", "Tel no: 01392 555703"],
                     ["My Area Learning Advocate is:", "Lorna Vosper", "Tel no: 01392 555911"],
                     ["My PEP Co-ordinator is:", "Sam Heard", "Tel no: 01392 555912"]],
                    header=False, widths=[65 * mm, 70 * mm, 45 * mm]))
    s.append(Spacer(1, 4))
    s.append(P("Ethnic Background: White / Mixed / Asian or Asian British / Black or Black British / Other / Not given",
               "n"))
    s.append(P("Circled: White" if good else "Circled: Mixed", "b"))
    s.append(P("National Identity: Welsh / English / Scottish / Irish / British / Other / Not given", "n"))
    s.append(P("Circled: English" if good else "Circled: British", "b"))
    s.append(P("Please ensure the box is ticked if a child is NOT in education.  [ ]", "n"))
    s.append(Spacer(1, 6))
    mdate = "08/10/2026" if good else "01/10/2026"
    s.append(ptable([["Date of this PEP", "Is this the first PEP?", "Date of last PEP", "Date of Next PEP"],
                     [mdate, "No", "24/04/2026" if good else "30/04/2026", "February 2027"]],
                    widths=[45 * mm] * 4))
    s.append(Spacer(1, 4))
    s.append(P("Present at this meeting:", "b"))
    s.append(ptable([["Me", "Designated Teacher", "Social Worker", "PEP Co-ordinator"],
                     ["\u2713" if good else "", "\u2713", "\u2713", "\u2713" if good else ""]],
                    widths=[45 * mm] * 4))
    s.append(P("Others present at this meeting:", "b"))
    s.append(ptable([["Name", "Role", "Contact details"],
                     ["Mrs K. Luscombe" if good else "Mr and Mrs Hext", "Foster carer", "07700 900418"]],
                    widths=[60 * mm, 50 * mm, 70 * mm]))
    s.append(P("2.)School Details", "h2"))
    s.append(ptable([["Attendance (this academic year)", "97.2% (Autumn term to date)" if good else "88%"],
                     ["Exclusions", "None" if good else "One fixed-term, 2 days (15/09/2026)"],
                     ["SEN status", "None" if good else "SEN support (SEMH)"],
                     ["Person to contact: - If designated teacher is not completing the form.",
                      "Mrs J. Coker, Assistant Head" if good else ""]],
                    header=False, widths=[75 * mm, 105 * mm]))
    s.append(P("Section 3  My views", "h2"))
    s.append(P("(Written by me before the meeting. An adult can write it for me if I tell them what to write.)",
               "small"))
    if good:
        voice = ["I want to do the engineering course at college after Year 11.",
                 "History is my worst lesson because there is loads of writing and I run out of time.",
                 "I would like my tests to have extra time like last year."]
        s.append(ptable([["My views"], ["\n".join(voice)]], widths=[180 * mm]))
    else:
        voice = []
        s.append(ptable([["My views"], ["Jordan did not want to give his views today. DT to try again next week."]],
                        widths=[180 * mm]))
    s.append(P("4.)End of Key Stage Attainments", "h2"))
    s.append(P("Please circle results. GCSE/Entry Level: Pred = Predicted. Actual grades are not included in the "
               "table because the Pathway Plan replaces the PEP.", "small"))
    s.append(ptable([["Subject", "KS2 (circled)", "GCSE Pred"],
                     ["English", "EXS", "5" if good else "4"], ["Maths", "EXS" if good else "WTS", "6" if good else "3"],
                     ["Science", "-", "5" if good else "4"]], widths=[60 * mm, 60 * mm, 60 * mm]))
    s.append(P("Section D  Targets", "h2"))
    if good:
        tg = [("Rhys will plan each history answer with the PEEL frame and complete two timed 12-mark answers "
               "a fortnight, aiming to finish within 15 minutes by the February PEP.", "English"),
              ("Rhys will complete a Hegarty Maths task of at least 30 minutes each week and move his "
               "predicted maths grade from 6 to 7 by the mock exams in January 2027.", "Maths"),
              ("Rhys will visit Exe Valley College open evening on 19 November 2026 with his carer and "
               "bring back the engineering course information.", "Careers")]
    else:
        tg = [("Jordan will complete two Sparx Maths homework tasks each week and reach 100% completion "
               "for 6 of the 8 weeks before the next PEP.", "Maths"),
              ("Jordan will meet with the school mentor every Thursday to talk about what is going well.",
               "Wellbeing")]
    rows = [["D", "Target", "Who will help", "By when"]]
    for i, (t, a) in enumerate(tg):
        rows.append([f"D{i + 1}", t, "DT / subject teacher", "Next PEP"])
    s.append(ptable(rows, widths=[12 * mm, 108 * mm, 35 * mm, 25 * mm]))
    s.append(P("Pupil Premium Plus", "h2"))
    s.append(P("PP+ is paid to the school for every child in care (currently \u00a32,570 p.a.) and must be spent "
               "on the targets in Section D. The Assessment sheet which was issued by the Virtual School must be "
               "referred to. QA descriptors in Appendix 1.", "small"))
    if good:
        pp = [("Humanities TA writing support, 1 x 45 minutes a week for 12 weeks (linked to D1)", 270.0, 1),
              ("Hegarty Maths home licence and 6 x 1 hour maths tutor sessions (linked to D2)", 210.0, 2)]
        req = 480.0
    else:
        pp = [("Mentor sessions, 1 x 30 minutes a week (linked to D2)", 180.0, 2),
              ("School uniform and PE kit", 85.0, None)]
        req = 265.0
    rows = [["Spend", "Cost"]] + [[a, f"\u00a3{b:.2f}"] for a, b, _ in pp] + [["Total requested", f"\u00a3{req:.2f}"]]
    s.append(ptable(rows, widths=[145 * mm, 35 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("Please remember to include the date the PEP is completed.", "small"))
    s.append(ptable([["Date completed:", "12/10/2026" if good else "", "Signed (DT):",
                      "A. Penwarden" if good else "F. Lusk"]],
                    header=False, widths=[35 * mm, 50 * mm, 35 * mm, 60 * mm]))
    build_pdf(os.path.join(out_dir, fname), s, footer="PEP form v3.2 (school age)   Page {page}")
    quirks = ["first-person labels each followed by 'Tel no:' in a third column",
              "four-date strip: Date of this PEP | Is this the first PEP? | Date of last PEP | Date of Next PEP",
              "'Me' as an attendee tick column", "mixed numbering: 1.)  2.)  Section 3  4.)  Section D",
              "printed code lists with the circled value written below",
              "PP+ prose boilerplate with annual figure; spend lines linked in brackets '(linked to D2)'"]
    if not good:
        quirks.append("-2 gaps: views box holds only an adult note (no child words), no English target, uniform "
                      "PP+ line not linked to a target, 'Date completed' left blank")
    write_truth(out_dir, LAYOUT, fname, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=10 if good else 9,
                meeting_date="2026-10-08" if good else "2026-10-01",
                completed_date="2026-10-12" if good else None,
                attendance_percent=97.2 if good else 88.0,
                pupil_voice=voice, targets=[{"text": t, "area": a} for t, a in tg],
                english_target=good, maths_target=True,
                pp_spend=[{"description": a, "cost": b, "target": c} for a, b, c in pp], pp_requested=req)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
