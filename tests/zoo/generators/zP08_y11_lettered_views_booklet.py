"""zP08: Year 11 PEP (DOCX) with a 'Confidential' cover carrying 'Date PEP completed:', several
pages of numbered 'What are main functions of a PEP?' prose before any field, lettered sections A-E with
labels above their boxes, last term's targets reviewed in Section B (old targets, not new), the Pupil
Views booklet bound in as Section C (questions to 'you'), and a PPG table keyed to target letters."""
import os
from _common_P import Docx, write_truth, run_main

LAYOUT = "zP08-y11-lettered-views-booklet"
INSPIRED = "real-forms.md entries 10, 30"


def build(out_dir):
    for n in (1, 2):
        _one(out_dir, n)


def box(d, label, value):
    d.p(label, bold=True)
    d.table([[value]], header=False, widths=[16])


def _one(out_dir, n):
    good = n == 1
    fn = f"{LAYOUT}-{n}.docx"
    if good:
        name, first, school = "Priya Venkataraman", "Priya", "Ashgrove Community College"
        meet, done = "2 October 2026", "9 October 2026"
    else:
        name, first, school = "Connor Blackwood", "Connor", "Quarry Hill School"
        meet, done = "6 November 2026", ""
    d = Docx(font="Arial", size=10)
    d.footer("Personal Education Plan for Children in Care - Confidential")
    d.p("PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE", bold=True, size=16)
    d.p(f"Date PEP completed: {done}", bold=True)
    d.p("Confidential", bold=True, color="C00000")
    d.p("What are the main functions of a PEP?", bold=True, size=13)
    for i, t in enumerate([
            "A PEP is a means of collating information about the young person's education and achievement in one place.",
            "It sets out what will be done to help the young person reach their potential, who will do it and by when.",
            "It is a record of the young person's hopes, worries and aspirations, gathered using the Pupil Views booklet sent by the Virtual School before the meeting.",
            "It is reviewed three times a year in school.",
            "The targets agreed in the PEP inform how the Pupil Premium Grant is allocated.",
            "Who does what? The social worker completes section A. The designated teacher completes sections B, D and E. Section C is the young person's."], 1):
        d.p(f"{i}. {t}")
    d.page_break()

    d.h("Section A - Young person and care details (social worker)", 2)
    box(d, "Name of young person", name)
    box(d, "Date of birth", "21/04/2011" if good else "09/12/2010")
    box(d, "School / college", school)
    box(d, "Year group", "Year 11")
    box(d, "Legal status and home", "s31 Care Order; long-term foster home with Mr and Mrs Delacroix" if good else "s20; children's home (Fernlea House)")

    d.h("Section B - Education (designated teacher)", 2)
    box(d, "Date of PEP meeting", meet)
    box(d, "Attendance this academic year (%)", "93.8" if good else "87.2")
    box(d, "Predicted GCSE grades", "English Language 5, Maths 4, Biology 6, Art 7, History 5" if good else
        "English Language 3, Maths 3, Construction (BTEC) Pass")
    d.p("Review of last term's targets", bold=True)
    d.table([["Previous target (summer 2026)", "Outcome"],
             ["Priya will complete her Art coursework sketchbook to section 3 by July" if good else "Connor will attend 95% of lessons in the summer term",
              "Achieved" if good else "Not achieved - 84%; broken down further this term"]], widths=[11, 5])

    d.h("Section C - Pupil Views booklet", 2)
    d.p("This booklet was sent to you by the Virtual School before your PEP. Write as much or as little as you like.", italic=True)
    if good:
        voice = ["Art, because it's the one lesson where I stop thinking about everything else.",
                 "Maths exam questions with lots of words - I panic and leave them.",
                 "I want to do A level Art and Psychology at Ashgrove sixth form."]
    else:
        voice = []
    qs = ["What do you enjoy most at school, and why?", "What do you find hardest?", "What do you want to do after Year 11?"]
    for i, q in enumerate(qs):
        box(d, q, voice[i] if good else "")
    if not good:
        d.p("Booklet not returned.", italic=True)

    d.h("Section D - Targets for this term", 2)
    if good:
        tg = [("A", "English", "Priya will plan and write a timed Paper 2 Question 5 response of at least 450 words, marked grade 5 or above, by the mock exams on 7 December 2026"),
              ("B", "Maths", "Priya will attempt every worded problem on two past Foundation papers and score 55 or more out of 80 by 15 January 2027"),
              ("C", "Post-16", "Priya will submit her Ashgrove sixth form application with a teacher reference by 30 November 2026")]
    else:
        tg = [("A", "Maths", "Connor will complete 20 minutes of Sparx maths homework three times a week, tracked by his tutor, until the February PEP"),
              ("B", "Attendance", "Connor will attend all lessons on Mondays and Fridays for six consecutive weeks, checked on the weekly register print")]
    d.table([["Target", "Area", "Target (SMART)", "Who"]] + [[l, a, t, "Priya / subject teacher" if good else "Connor / tutor"] for l, a, t in tg],
            widths=[1.5, 2.5, 9, 3])
    targets = [{"text": t, "area": a} for _, a, t in tg]

    d.h("Section E - Pupil Premium Grant request", 2)
    if good:
        s1 = "Small-group English Paper 2 writing workshop, 6 x 1 hour"
        s2 = "Maths tutor for worded problems, 8 x 45 minutes at £32"
        rows = [["Target", "Spend", "Cost"], ["A", s1, "£180"], ["B", s2, "£256"], ["", "Total requested", "£436"]]
        pp = [{"description": s1, "cost": 180.0, "target": 1}, {"description": s2, "cost": 256.0, "target": 2}]
        req = 436.0
    else:
        s1 = "Sparx maths home access and a revision guide"
        s2 = "Laptop for coursework"
        rows = [["Target", "Spend", "Cost"], ["A", s1, "£35"], ["", s2, "£400"], ["", "Total requested", "£435"]]
        pp = [{"description": s1, "cost": 35.0, "target": 1}, {"description": s2, "cost": 400.0, "target": None}]
        req = 435.0
    d.table(rows, widths=[2, 11, 3])
    box(d, "Designated teacher signature", "M. Okafor" if good else "")
    d.save(os.path.join(out_dir, fn))

    quirks = ["'Date PEP completed' on the cover before the fields", "numbered prose on PEP functions before any field",
              "sections lettered A-E, labels above single-cell boxes", "targets lettered A, B, C and PPG lines keyed by letter",
              "previous term's targets reviewed in Section B (not new targets)",
              "Pupil Views booklet bound in as Section C, written to 'you'"]
    if not good:
        quirks += ["-2: booklet not returned (voice boxes empty)", "-2: no English target although predicted grade 3",
                   "-2: Date PEP completed blank and no DT signature", "-2: laptop line not linked to a target"]
    write_truth(out_dir, LAYOUT, fn, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=11,
                meeting_date="2026-10-02" if good else "2026-11-06", completed_date="2026-10-09" if good else None,
                attendance_percent=93.8 if good else 87.2, pupil_voice=voice, targets=targets,
                english_target=good, maths_target=True, pp_spend=pp, pp_requested=req)


if __name__ == "__main__":
    run_main(build)
