"""zP03: Post 16 PEP (PDF) produced by an online form with a form ID: dotted-leader header lines with
several pairs on one line, 'NCY: 11 / 12 / 13 / 14' with the chosen value bracketed, a tick checklist,
'No Yes' inline options, literal N/A in mandatory fields, and an auto-PDF submission stamp."""
import os
from _common_P import Pdf, write_truth, run_main

LAYOUT = "zP03-p16-dotted-online-na"
INSPIRED = "real-forms.md entries 8, 22"
DOTS = "\u2026\u2026\u2026"


def build(out_dir):
    for n in (1, 2):
        _one(out_dir, n)


def _one(out_dir, n):
    good = n == 1
    fn = f"{LAYOUT}-{n}.pdf"
    if good:
        name, first, college = "Leah Fairbrother", "Leah", "Northgate College of Further Education"
        course, ncy, pepdate = "Level 3 Extended Diploma in Health and Social Care (Year 2)", 13, "14/10/2026"
        form_id = "P16-26A-0417"
    else:
        name, first, college = "Dominic Szabo", "Dominic", "Riverside Training Centre"
        course, ncy, pepdate = "Level 1 Motor Vehicle with English and maths", 12, "21/10/2026"
        form_id = "P16-26A-0582"
    ncy_line = " / ".join(f"[{x}]" if x == ncy else str(x) for x in (11, 12, 13, 14))
    pdf = Pdf(header=f"Post 16 PEP - online form {form_id} - generated automatically on submission",
              footer=f"Form ID {form_id}. Once submitted, no further changes can be made.  Page {{page}}")
    pdf.h("Post 16 Personal Education Plan")
    pdf.p(f"PEP form completed by{DOTS}{'R. Castellano (Designated Person, Student Services)' if good else 'K. Mbeki (Tutor)'}{DOTS}"
          f" Email{DOTS}{'r.castellano@northgate-fe.example' if good else 'k.mbeki@riverside-tc.example'}{DOTS}")
    pdf.p(f"PEP Date{DOTS}{pepdate}{DOTS}   Student name{DOTS}{name}{DOTS}")
    pdf.p(f"NCY: {ncy_line}   (circle one; the online form shows the chosen year in brackets)")
    pdf.p(f"College or Provider{DOTS}{college}{DOTS}")
    pdf.p(f"Study course & level{DOTS}{course}{DOTS}")
    pdf.p(f"Date of birth{DOTS}{'08/02/2009' if good else '30/11/2009'}{DOTS}   Social worker / PA{DOTS}{'Gemma Lutz (PA)' if good else 'N/A'}{DOTS}")
    pdf.p("For any mandatory fields not relevant to you, 'N/A' can be entered.", markup=False)

    pdf.h("Attendees", 2)
    tick, box = "\u2612", "\u2610"
    pdf.table([["Role", "Name", "Telephone", "Email", "Invited", "Present"],
               ["Student", name, "N/A", "N/A", tick, tick if good else box],
               ["Designated Person", "R. Castellano" if good else "K. Mbeki", "01632 960411", "see above", tick, tick],
               ["Personal Adviser", "Gemma Lutz" if good else "N/A", "01632 960877", "g.lutz@council.example", tick, tick if good else box],
               ["Virtual School", "Owen Pereira (Post 16)", "01632 960222", "o.pereira@council.example", tick, tick]],
              widths=[3, 3.3, 2.6, 4.3, 1.6, 1.6])

    pdf.h("Checklist", 2)
    pdf.table([["Current attendance data has been entered", tick if good else box],
               ["Current attainment data has been entered", tick],
               ["Completed pupil voice sheet if they do not wish to attend the meeting", "N/A" if good else box],
               ["Previous PEP is at hand to discuss progress", tick],
               ["The exams permission/data sharing slip has been signed", tick]], widths=[14, 2.4], header=False)
    pdf.p("Is there any reason why the student cannot participate fully in this meeting? No " + (tick if good else box)
          + "  Yes " + (box if good else tick))
    pdf.p("If yes, please explain why and what support was provided to increase their participation? "
          + ("N/A" if good else "Dominic had a work placement shift and did not attend; the tutor phoned him on 20/10/2026 but he did not want to talk about the PEP."))

    pdf.h("Care information", 2)
    pdf.p("Address where student currently resides: " + ("Supported lodgings, Elm Terrace, Northgate" if good else "Semi-independent flat, Quayside"))
    pdf.p("Name and address of person with PR/emergency contact: N/A (local authority holds PR; emergency contact via EDT)")
    pdf.p("Who will liaise with the provider on a day to day basis? " + ("Gemma Lutz (PA)" if good else "N/A"))

    pdf.table([["Attendance: Factors affecting progress", "Detail (including dates etc)"],
               ["Attendance", "91.5% since enrolment on 1 September 2026 (college register to 9 October 2026); two days lost to a house move"
                if good else "N/A"],
               ["Punctuality", "Late 3 times, all for 9am starts" if good else "N/A"],
               ["Exclusions", "None" if good else "None"]], widths=[6, 10.4])

    pdf.h("Attainment", 2)
    pdf.table([["Subject", "Prior grade", "Current / predicted"],
               ["GCSE English Language", "5", "N/A - achieved"],
               ["GCSE Maths", "4" if good else "3", "N/A - achieved" if good else "Resit November 2026, predicted 4"],
               ["Main course", "Merit (Year 1)" if good else "Entry 3", "Distinction predicted" if good else "On track, unit 2 of 6"]],
              widths=[6, 4, 6.4])

    pdf.h("Student's View", 2)
    if good:
        voice = ["My placement at the care home is the best part of the week, the residents call me the tea girl.",
                 "I need help with my UCAS statement because I don't know how to start it.",
                 "I want to do adult nursing at uni and stay near my sister."]
        pdf.table([["What is going well?", voice[0]], ["What would help you?", voice[1]], ["Where do you want to be next year?", voice[2]]],
                  widths=[5, 11.4], header=False, bold_first_col=True)
    else:
        voice = []
        pdf.table([["What is going well?", "N/A"], ["What would help you?", "N/A"], ["Where do you want to be next year?", "N/A"]],
                  widths=[5, 11.4], header=False, bold_first_col=True)

    pdf.h("Targets (around three)", 2)
    if good:
        tg = [("Leah will draft a 4,000-character UCAS personal statement and share it with her tutor by 20 November 2026", "English / progression", "Leah, tutor"),
              ("Leah will complete the Unit 14 numeracy-for-health dosage calculations assignment at Merit or above by 11 December 2026", "Maths", "Leah, course maths lead"),
              ("Leah will attend an adult nursing open day at Weybridge University before January 2027", "Careers", "Leah, PA")]
    else:
        tg = [("Dominic will achieve a pass in the Functional Skills English Level 1 reading exam in the December 2026 sitting", "English", "Dominic, English tutor"),
              ("Dominic will arrive by 9am on at least 9 out of 10 college days each half term", "Attendance", "Dominic, PA")]
    rows = [["No.", "Target", "Area", "Who"]]
    for i, (t, a, w) in enumerate(tg, 1):
        rows.append([str(i), t, a, w])
    pdf.table(rows, widths=[1.2, 9.5, 2.8, 2.9])
    targets = [{"text": t, "area": a} for t, a, _ in tg]

    pdf.h("Post 16 PP+ (Virtual School discretionary)", 2)
    if good:
        s1 = "Four sessions with a UCAS application mentor (4 x £40)"
        s2 = "Revision guide and calculator for numeracy assignments"
        pdf.table([["For target", "Description", "Cost"], ["1", s1, "£160"], ["2", s2, "£28"], ["", "Total requested", "£188"]],
                  widths=[2.5, 11, 2.9])
        pp = [{"description": s1, "cost": 160.0, "target": 1}, {"description": s2, "cost": 28.0, "target": 2}]
        req = 188.0
    else:
        s1 = "Bus pass top-up for the first half term"
        pdf.table([["For target", "Description", "Cost"], ["N/A", s1, "£90"], ["", "Total requested", "£90"]], widths=[2.5, 11, 2.9])
        pp = [{"description": s1, "cost": 90.0, "target": None}]
        req = 90.0

    pdf.h("Submission", 2)
    if good:
        pdf.p("Status: SUBMITTED. Submitted by R. Castellano on 19/10/2026 at 15:52. A PDF copy has been sent automatically to the Virtual School.")
    else:
        pdf.p("Status: SUBMITTED. Submitted by K. Mbeki on N/A. A PDF copy has been sent automatically to the Virtual School.")
    pdf.save(os.path.join(out_dir, fn))

    quirks = ["dotted leader blanks with values, two pairs on one line", "NCY printed as option list, choice bracketed",
              "'Student', 'College or Provider', 'Study course & level'", "tick checklist and inline 'No Yes' options",
              "literal N/A in mandatory fields", "online form ID and auto-PDF submission stamp in header/footer",
              "attendance in a 'Factors affecting progress | Detail' table"]
    if not good:
        quirks += ["-2: Student's View all N/A (student did not attend, views not captured)", "-2: no maths target although GCSE maths grade 3",
                   "-2: attendance N/A", "-2: submission date N/A", "-2: PP+ line 'For target N/A' (and not fundable)"]
    write_truth(out_dir, LAYOUT, fn, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=college, year_group=ncy,
                meeting_date="2026-10-14" if good else "2026-10-21", completed_date="2026-10-19" if good else None,
                attendance_percent=91.5 if good else None, pupil_voice=voice, targets=targets,
                english_target=True, maths_target=good, pp_spend=pp, pp_requested=req)


if __name__ == "__main__":
    run_main(build)
