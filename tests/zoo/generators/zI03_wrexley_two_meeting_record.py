"""zI03 Wrexley secondary PEP: Word, both meetings of the year in one document (autumn new PEP, spring review),
slash-strung section headings, Young Person's View as Section 4 after the targets with a column per meeting,
'Summative Record' at the end carrying the completion dates, funding called PPG.

Inspired by real-forms.md entries 5 (two meetings in one document), 12 (slashed headings, Section 4 view, young
person states their actions and signs, Summative Record), 10 (PPG wording), 11 (attendance with printout).
"""
import os
from _common_I import *

LAYOUT = "zI03-wrexley-two-meeting-record"
INSPIRED = "real-forms.md entries 5, 10, 11, 12"
QUIRKS = ["autumn PEP and spring review in the same document (truth is the spring meeting)",
          "section headings strung together with slashes",
          "Young Person's View is Section 4, after the targets, one column per meeting",
          "completion dates only in the Summative Record table at the end",
          "attendance written as sessions attended / possible with a percentage",
          "funding called PPG",
          "dates written dd.mm.yy"]

CASES = [
    dict(n=1, name="Callum Featherstone", first="Callum", school="Kingsgate Academy", year=9,
         upn="W830211400912", dob="22.05.11", legal="Care Order (s.31)", home="Foster home (in county) since 04.2024",
         sw="Ms Imogen Tarrant", dt="Mr Leon Achterberg", carer="Mr & Mrs Pryce",
         pep1="08.10.25", pep2="11.03.26", pep2_iso="2026-03-11",
         done1="15.10.25", done2="18.03.26", done2_iso="2026-03-18",
         att1="Sessions: 62 attended / 64 possible (96.9%) - printout attached",
         att2="Sessions: 214 attended / 228 possible this year (93.9%) - printout attached. 2 days unauthorised "
              "(February). No suspensions.",
         att=93.9,
         homework="Homework club Tues/Thurs in the library. Carers check Satchel One each evening.",
         y9="Options evening 26.02.26 attended with carer. Options chosen: Geography, Computer Science, PE (GCSE).",
         pep1_targets=[("1", "English", "Callum will write a full-page PEEL paragraph in History and English by Christmas", "Mr Achterberg / English dept", "Dec 2025"),
                       ("2", "Maths", "Callum will move from grade 3 to grade 4 in the November maths assessment", "Maths teacher", "Nov 2025"),
                       ("3", "Attendance", "Callum to keep attendance above 96% this term", "Carers / Attendance officer", "Dec 2025")],
         review=[("1", "Achieved", "PEEL paragraphs in History book, marked 'secure' 03.12.25"),
                 ("2", "Partially achieved", "Grade 3+ in November; grade 4 not yet"),
                 ("3", "Not achieved", "Dropped to 93.9% (Feb illness + 2 days unauthorised)")],
         pep2_targets=[("1", "Maths", "Callum will score 60% or more on the Year 9 algebra end-of-unit test in May 2026",
                        "Maths intervention group Weds period 5; Sparx homework 3 x week", "May 2026"),
                       ("2", "English", "Callum will read one class novel chapter a week at home and complete the reading log, checked every Friday by his tutor until the summer PEP",
                        "Tutor / carers", "Summer PEP"),
                       ("3", "Attendance", "Callum will have no unauthorised absence between now and the summer PEP and will meet Mr Achterberg every Monday to check his week",
                        "DT / Callum", "Summer PEP")],
         areas=["Maths", "English", "Attendance"],
         ppg=[("1", "Maths intervention group, 1 hour weekly for 10 weeks (qualified teacher)", "£250", "1"),
              ("2", "Class novel copies to keep at home and a reading-log planner", "£30", "2"),
              ("3", "Breakfast-time mentoring with learning mentor, Mon & Thu 8.15-8.35 for 10 weeks", "£320", "3")],
         ppg_total="£600", ppg_total_num=600.0,
         view_rows=[("What is going well at school?", "PE and my mates. I got into the rugby team.",
                     "I'm doing better in History, I got a merit for my trench essay."),
                    ("What do I find hard?", "Maths when it's algebra.", "Getting up when I've had a bad night. Algebra still."),
                    ("What help do I want?", "Someone to go through my homework with me.",
                     "I want to do the maths group but not in front of my form."),
                    ("My actions will be", "Go to homework club", "I will go to Mr A on Mondays and do my reading log."),
                    ("Signed (young person)", "C. Featherstone", "C. Featherstone")],
         voice=["I'm doing better in History, I got a merit for my trench essay.",
                "Getting up when I've had a bad night. Algebra still.",
                "I want to do the maths group but not in front of my form.",
                "I will go to Mr A on Mondays and do my reading log."]),
    dict(n=2, name="Demi-Leigh Oduya", first="Demi-Leigh", school="Castlebrook High School", year=10,
         upn="W830211400377", dob="09.12.09", legal="Interim Care Order", home="Residential children's home (out of county)",
         sw="Mr Ravi Kaur-Bhatt", dt="Mrs Sue Lamplugh", carer="Key worker: Jodie (Oakfield House)",
         pep1="21.10.25", pep2="03.03.26", pep2_iso="2026-03-03",
         done1="30.10.25", done2="13.03.26", done2_iso="2026-03-13",
         att1="81% - see printout", att2="Year to date 78.5%. Part-time timetable (mornings only) since 12.01.26, "
                                          "reviewed every half term. 1 fixed-term suspension (2 days, 27.01.26).",
         att=78.5,
         homework="No homework set while on part-time timetable.",
         y9="Year 10 if retrospective: GCSE options already chosen (Art, Child Development, Sociology).",
         pep1_targets=[("1", "English", "Demi-Leigh to complete her English Language mock paper 1", "English teacher", "Dec 2025"),
                       ("2", "Attendance", "Attend 5 full days a week", "Home / school", "Dec 2025")],
         review=[("1", "Not achieved", "Absent on mock day"),
                 ("2", "Not achieved", "Moved to part-time timetable")],
         pep2_targets=[("1", "Maths", "Demi-Leigh will complete 3 Sparx maths tasks a week with 80% accuracy, checked by her mentor each Friday, until the summer PEP",
                        "Mentor / maths teacher", "Summer PEP"),
                       ("2", "Attendance", "Demi-Leigh will attend every morning session of her part-time timetable (10 a fortnight) and add one afternoon by Easter",
                        "Attendance officer / key worker", "Easter 2026")],
         areas=["Maths", "Attendance"],
         ppg=[("1", "Maths tutor from Bright Futures Tutoring, 1:1 online", "£300", "1"),
              ("2", "Revision guides", "", "")],
         ppg_total="£300", ppg_total_num=300.0,
         view_rows=[("What is going well at school?", "", ""),
                    ("What do I find hard?", "", ""),
                    ("What help do I want?", "", ""),
                    ("My actions will be", "", ""),
                    ("Signed (young person)", "", "")],
         voice=[]),
]


def render(c, path):
    d = new_docx(font="Calibri", size=10.5)
    header_footer(d, header_text="WREXLEY COUNTY COUNCIL  -  Children in Care  -  Personal Education Plan  -  "
                                 "Academic Year 2025/26",
                  footer_text="This document holds both PEP meetings for the year. Keep it in the child's education file.")
    dpara(d, "Wrexley Virtual School", bold=True, size=11, color="1F4E79")
    dpara(d, "PERSONAL EDUCATION PLAN 2025-2026 (Secondary)", bold=True, size=15)
    dpara(d, f"PEP 1 (new PEP): {c['pep1']}        PEP 2 (review): {c['pep2']}", bold=True)

    dpara(d, "Section 1 of the PEP - Personal Information/Care Arrangements (Social Worker)", bold=True, size=12)
    dtable(d, [["Name", c["name"]], ["Date of birth", c["dob"]], ["UPN", c["upn"]],
               ["Legal status", c["legal"]], ["Where I live", c["home"]], ["Social worker", c["sw"]],
               ["Carer / contact for school", c["carer"]]],
           header=False, widths_cm=[5, 12], bold_first_col=True, label_fill="DEEAF6")

    dpara(d, "Section 2 of the PEP - Education Information/Homework Arrangements/Options Choices as appropriate/"
             "Year 9 Specific Tasks/Year 10 if retrospective (Designated Teacher)", bold=True, size=12)
    dtable(d, [["School", c["school"]], ["Year group", f"Year {c['year']}"], ["Designated Teacher", c["dt"]],
               ["Attendance (PEP 1)", c["att1"]], ["Attendance (PEP 2)", c["att2"]],
               ["Homework arrangements", c["homework"]], ["Year 9 specific tasks / Year 10", c["y9"]]],
           header=False, widths_cm=[5, 12], bold_first_col=True, label_fill="DEEAF6")

    dpara(d, "Section 3 of the PEP - Priorities and Targets (PEP 1, autumn)", bold=True, size=12)
    rows = [["No.", "Priority", "Target", "Who", "When"]] + [list(t) for t in c["pep1_targets"]]
    dtable(d, rows, widths_cm=[1, 2.5, 8, 3.5, 2], size=9.5)

    dpara(d, f"PEP 2 - SPRING TERM REVIEW   (meeting held {c['pep2']})", bold=True, size=13, color="C00000")
    dpara(d, "Review of PEP 1 targets", bold=True)
    rows = [["Target no.", "Outcome", "Evidence"]] + [list(r) for r in c["review"]]
    dtable(d, rows, widths_cm=[2, 4, 11], size=9.5)
    dpara(d, "Section 3 (PEP 2) - Revised Priorities and Targets", bold=True, size=12)
    rows = [["No.", "Priority", "Target", "Support (who / how often)", "By"]] + [list(t) for t in c["pep2_targets"]]
    dtable(d, rows, widths_cm=[1, 2.3, 7.5, 4.2, 2], size=9.5)
    dpara(d, "PPG request - spring term (Pupil Premium Grant for children in care)", bold=True)
    rows = [["Line", "Intended use of the PPG", "Cost", "Linked to target no."]] + [list(p) for p in c["ppg"]]
    rows.append(["", "Total PPG requested", c["ppg_total"], ""])
    dtable(d, rows, widths_cm=[1.5, 10, 2, 3.5], size=9.5)

    dpara(d, "Young Person's View (Section 4)", bold=True, size=12)
    dpara(d, "Sent to the young person before each meeting. The young person states what their actions will be "
             "and signs it.", italic=True, size=9)
    rows = [["", "PEP 1 (autumn)", "PEP 2 (spring)"]] + [list(r) for r in c["view_rows"]]
    dtable(d, rows, widths_cm=[4.5, 6.25, 6.25], size=9.5, bold_first_col=True)

    dpara(d, "Summative Record", bold=True, size=12)
    dtable(d, [["Meeting", "Date of meeting", "Completed by DT (date)", "Sent to VS"],
               ["PEP 1 (new PEP)", c["pep1"], c["done1"], "Yes"],
               ["PEP 2 (review)", c["pep2"], c["done2"], "Yes"],
               ["PEP 3 (summer, if held)", "", "", ""]],
           widths_cm=[4.5, 4, 4.5, 4], size=9.5)
    d.save(path)


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.docx"
        render(c, os.path.join(out_dir, fname))
        write_truth(out_dir, fname, dict(
            layout=LAYOUT, inspired_by=INSPIRED, quirks=QUIRKS,
            child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=c["year"],
            meeting_date=c["pep2_iso"], completed_date=c["done2_iso"], attendance_percent=c["att"],
            pupil_voice=c["voice"],
            targets=[{"text": t[2], "area": a} for t, a in zip(c["pep2_targets"], c["areas"])],
            english_target="English" in c["areas"], maths_target="Maths" in c["areas"],
            pp_spend=[{"description": p[1], "cost": float(p[2].strip("£")) if p[2] else None,
                       "target": int(p[3]) if p[3] else None} for p in c["ppg"]],
            pp_requested=c["ppg_total_num"]))
