"""zQ01: Welfare-Call-style P16 ePEP print (colour-coded tabs, SEET tab, QA tab) with the
post-16 pre-meeting checklist and inline "No Yes" options of a paper P16 form."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Q import *  # noqa

LAYOUT = "zQ01-welfare-p16-seet-tab"
INSPIRED = "real-forms.md entries 1, 8"
BLUE, RED, BLACK, GREEN = (colors.HexColor("#1F4E9A"), colors.HexColor("#B22222"),
                          colors.black, colors.HexColor("#2E7D32"))


def make(out_dir, n):
    good = n == 1
    fname = f"{LAYOUT}-{n}.pdf"
    name = "Kieran Aldous-Mbeki" if good else "Shannon Prewitt"
    first = name.split()[0]
    college = "Tor Valley College of Further Education" if good else "Bramwell Sixth Form Centre"
    s = []
    s.append(P("ePEP  |  P16 version  |  PEP cycle: Autumn 2026/27", "small"))
    s.append(P("Post 16 Personal Education Plan", "h1"))
    s.append(ptable([["Tab", "Colour", "Completed by", "Tab status"],
                     ["General and personal", "BLUE", "Social Worker", "Complete"],
                     ["Education provision or setting information", "RED", "Designated Teacher/Lead",
                      "Complete" if good else "In progress"],
                     ["Seeking Education, Employment or Training", "GREEN", "VS caseworker", "Complete"],
                     ["Quality Assurance Tab", "BLACK", "Virtual School", "Amber feedback"]],
                    widths=[75 * mm, 25 * mm, 45 * mm, 35 * mm]))
    s.append(Spacer(1, 6))
    s.append(banner("TAB 1  General and personal  [BLUE]", BLUE))
    s.append(P("Essential pupil information", "h2"))
    s.append(ptable([["Name", name], ["DOB.", "14/03/2010" if good else "02/07/2009"],
                     ["Gender", "Male" if good else "Female"],
                     ["Ethnicity and language", "Mixed White and Black African / English" if good
                      else "White British / English"],
                     ["UPN", "H823400117005" if good else "K102930061220"],
                     ["Social Care ID", "SC-448120" if good else "SC-390077"],
                     ["NCY", "11 / [12] / 13 / 14  (circle one)" if good else "11 / 12 / [13] / 14  (circle one)"]],
                    header=False, widths=[55 * mm, 125 * mm]))
    s.append(P("Care information", "h2"))
    s.append(ptable([["Placement details", "Supported lodgings, Hilltop Road" if good else "Foster placement (in house)"],
                     ["Care status", "S31 Full Care Order"],
                     ["Date into care", "09/11/2019" if good else "21/01/2022"],
                     ["Number of placements", "3" if good else "2"],
                     ["Address where student currently resides:", "12 Hilltop Road, Ashburton" if good
                      else "4 Mill Close, Bramwell"],
                     ["Name and address of person with PR/emergency contact:",
                      "Local Authority (Corporate Parent) / Emergency Duty Team 0300 555 0199"],
                     ["Who will liaise with the provider on a day to day basis?",
                      "Supported lodgings host, Mrs D. Penhale" if good else "Foster carer, Mr R. Oduya"]],
                    header=False, widths=[70 * mm, 110 * mm]))
    s.append(P("Strengths and difficulties questionnaire", "h2"))
    s.append(P("SDQ score (carer): 15 - borderline. Strategies recorded in Health information." if good
               else "SDQ score (carer): 19. Over 17: strategies to be agreed at the meeting."))

    s.append(Spacer(1, 6))
    s.append(banner("TAB 2  Education provision or setting information  [RED]", RED))
    s.append(P("PEP Meeting", "h2"))
    s.append(ptable([["PEP Date", "PEP form completed by", "Email"],
                     ["06/10/2026" if good else "13/10/2026",
                      "J. Treloar (Designated Tutor)" if good else "M. Kaur (Designated Tutor)",
                      "j.treloar@torvalley.example.ac.uk" if good else "m.kaur@bramwell6fc.example.ac.uk"]],
                    widths=[40 * mm, 65 * mm, 75 * mm]))
    s.append(Spacer(1, 4))
    s.append(ptable([["College or Provider", college],
                     ["Study course & level", "Level 2 Motor Vehicle Maintenance" if good
                      else "Level 3 Extended Diploma in Health and Social Care"]],
                    header=False, widths=[55 * mm, 125 * mm]))
    s.append(P("Attendees", "h2"))
    s.append(ptable([["Role", "Name", "Telephone", "Email", "Invited", "Present"],
                     ["Student", first, "-", "-", "Y", "Y" if good else "N"],
                     ["Designated Tutor", "J. Treloar" if good else "M. Kaur", "01364 555210", "college", "Y", "Y"],
                     ["Social Worker", "Bethan Croft" if good else "Tom Ridley", "01392 555818", "ccc", "Y", "Y"],
                     ["Post 16 Learning Advocate", "Ana Folau", "01392 555640", "vs", "Y", "Y"]],
                    widths=[38 * mm, 30 * mm, 28 * mm, 30 * mm, 25 * mm, 25 * mm]))
    s.append(P("Pre-meeting checklist", "h2"))
    chk = [["Item", "Done"],
           ["Current attendance data has been entered", "[X]" if good else "[ ]"],
           ["Current attainment data has been entered", "[X]"],
           ["Completed pupil voice sheet if they do not wish to attend the meeting", "N/A" if good else "[ ]"],
           ["Previous PEP is at hand to discuss progress", "[X]"],
           ["The exams permission/data sharing slip has been signed", "[X]"]]
    s.append(ptable(chk, widths=[150 * mm, 30 * mm]))
    s.append(P("Is there any reason why the student cannot participate fully in this meeting? No Yes", "b"))
    s.append(P("Answer: No" if good else
               "Answer: Yes. Shannon had a shift at work and did not attend; the voice sheet was sent but not returned."))
    s.append(P("Attendance and progress", "h2"))
    if good:
        att = [["Attendance: Factors affecting progress", "Detail (including dates etc)"],
               ["Attendance", "College register 01/09/2026 - 02/10/2026: 91.4% (2 sessions missed for a dental appointment)"],
               ["Punctuality", "Late twice, both on Monday mornings (bus)."],
               ["Exclusions", "None"]]
    else:
        att = [["Attendance: Factors affecting progress", "Detail (including dates etc)"],
               ["Attendance", "Not yet entered - college register export awaited."],
               ["Punctuality", "No concerns raised."],
               ["Exclusions", "None"]]
    s.append(ptable(att, widths=[60 * mm, 120 * mm]))
    s.append(P("Student's View", "h2"))
    s.append(P("(Student to complete, in their own words, before or during the meeting.)", "small"))
    if good:
        voice = ["I like the practical days in the workshop best because I can see what I have fixed.",
                 "The written units are hard and I fall behind when I have to do them at home.",
                 "I want to get an apprenticeship at a garage by next summer."]
        s.append(ptable([["What is going well?", voice[0]],
                         ["What is hard?", voice[1]],
                         ["What do you want to do next?", voice[2]]],
                        header=False, widths=[50 * mm, 130 * mm]))
    else:
        voice = []
        s.append(ptable([["What is going well?", ""], ["What is hard?", ""], ["What do you want to do next?", ""]],
                        header=False, widths=[50 * mm, 130 * mm]))
    s.append(P("Targets (standard data table)", "h2"))
    if good:
        tg = [("By the February half-term Kieran will complete and submit the two outstanding written units "
               "(Unit 4 and Unit 6) for his Level 2 course, using two supported study sessions a week in the LRC.",
               "Course"),
              ("Kieran will attend the GCSE English resit class every Tuesday and Thursday and achieve at least "
               "a grade 4 in the November 2026 mock paper.", "English"),
              ("Kieran will attend Functional Skills Maths Level 2 weekly and pass the online practice test "
               "by 11 December 2026.", "Maths")]
    else:
        tg = [("Shannon will submit Assignment 2 (Unit 5 Meeting Individual Care Needs) by 20 November 2026, "
               "with a mid-point check with her tutor.", "Course"),
              ("Shannon will complete a UCAS personal statement draft and share it with her Post 16 Learning "
               "Advocate before the end of term.", "Progression")]
    rows = [["No.", "Target", "Area", "Who", "Review by"]]
    for i, (t, a) in enumerate(tg, 1):
        rows.append([str(i), t, a, "Designated Tutor", "Next PEP"])
    s.append(ptable(rows, widths=[10 * mm, 105 * mm, 22 * mm, 25 * mm, 18 * mm]))
    s.append(P("PP+ request (post-16 allocation)", "h2"))
    if good:
        pp = [("Two supported study sessions a week with a learning support assistant, 10 weeks", 400.0, 1),
              ("Online Functional Skills Maths practice licence for one year", 45.0, 3)]
        rows = [["Description", "Cost", "Linked to target"],
                [pp[0][0], "£400.00", "Target 1"], [pp[1][0], "£45.00", "Target 3"],
                ["Total requested", "£445.00", ""]]
        req = 445.0
    else:
        pp = [("Laptop for coursework, to be kept at the placement", 350.0, None)]
        rows = [["Description", "Cost", "Linked to target"], [pp[0][0], "£350.00", ""],
                ["Total requested", "£350.00", ""]]
        req = 350.0
    s.append(ptable(rows, widths=[120 * mm, 25 * mm, 35 * mm]))
    s.append(Spacer(1, 4))
    s.append(ptable([["DT: Click when Completed", "Completed 09/10/2026 16:42 by J. Treloar" if good
                      else "Not clicked"]], header=False, widths=[60 * mm, 120 * mm]))

    s.append(Spacer(1, 6))
    s.append(banner("TAB 3  Seeking Education, Employment or Training  [GREEN]", GREEN))
    s.append(P("Current destination: in education (college). RONI indicator: medium. Careers adviser appointment "
               "booked for 17/11/2026." if good else
               "Current destination: in education; part-time work 12 hours a week (care assistant). "
               "Careers interview offered."))
    s.append(Spacer(1, 6))
    s.append(banner("TAB 4  Quality Assurance Tab  [BLACK]", BLACK))
    s.append(ptable([["RAG", "Feedback", "Previous QA"],
                     ["AMBER" if good else "RED",
                      "Targets are specific; please add the cost breakdown for the LSA sessions." if good
                      else "Red feedback: Student's View is empty and attendance is missing. This will need to be "
                           "fully completed before the virtual school can sign off.",
                      "22/05/2026"]],
                    widths=[20 * mm, 130 * mm, 30 * mm]))
    build_pdf(os.path.join(out_dir, fname), s,
              header="Welfare ePEP print  -  CONFIDENTIAL  -  " + name,
              footer="Printed 02/12/2026  |  Page {page}")
    quirks = ["tabs colour-coded by owner (BLUE/RED/GREEN/BLACK) printed as banners",
              "P16 version with Seeking Education, Employment or Training tab",
              "NCY circle-one list printed with the chosen value in brackets",
              "options printed inline 'No Yes' with answer below", "pre-meeting checklist with [X] ticks",
              "'DT: Click when Completed' state with timestamp instead of a completed-date field",
              "Attendance: Factors affecting progress table"]
    if not good:
        quirks.append("-2 gaps: empty Student's View, no attendance figure, DT not clicked (no completion date), "
                      "no English or maths target, PP+ line not linked to a target")
    write_truth(out_dir, LAYOUT, fname, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=college,
                year_group=12 if good else 13,
                meeting_date="2026-10-06" if good else "2026-10-13",
                completed_date="2026-10-09" if good else None,
                attendance_percent=91.4 if good else None,
                pupil_voice=voice,
                targets=[{"text": t, "area": a} for t, a in tg],
                english_target=good, maths_target=good,
                pp_spend=[{"description": d, "cost": c, "target": tt} for d, c, tt in pp],
                pp_requested=req)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
