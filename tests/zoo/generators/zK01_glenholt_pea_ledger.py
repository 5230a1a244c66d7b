"""zK01 Glenholt: KS3 paper-style PEP as PDF. First-person 'My ... is:' labels with Tel no:,
a four-column date strip, sessions-based attendance, targets as numbered prose paragraphs and
PP+ kept as a running-balance ledger with a separate Personal Education Allowance line."""
import os
from _common_K import *

LAYOUT = "zK01-glenholt-pea-ledger"
INSPIRED = "real-forms.md entries 3, 6, 18, 13"
QUIRKS = ["first-person labels each followed by 'Tel no:'",
          "date strip: Date of this PEP | Is this the first PEP? | Date of last PEP | Date of Next PEP",
          "dates written with weekday (Tue 3 March 2026)",
          "attendance as sessions attended of possible, percentage in brackets",
          "targets as numbered prose paragraphs, not a table",
          "PP+ as a ledger with opening allocation and running balance; PEA line is not PP+",
          "OFFICIAL-SENSITIVE page furniture and form version in footer"]

CASES = {
    1: dict(
        name="Kyle Ashworth-Reid", first="Kyle", school="Thornbury Lane Academy", year=9,
        dob="14/06/2011", this_pep="Tue 3 March 2026", first_pep="No", last_pep="Wed 8 October 2025",
        next_pep="Tue 16 June 2026", dt="Mrs H. Okonjo", sw="Daniel Pryce", ala="Ruth Calloway",
        sessions=(226, 212, "93.8"), att=93.8,
        voice_intro="About me (written by Kyle with Mrs Okonjo, 24 February 2026)",
        voice=["I like science best because Mr Patel lets us do the experiments ourselves.",
               "English is hard when we have to write long answers, I run out of ideas.",
               "I want to be a paramedic like the ones who came to my old house."],
        voice_after="Views gathered by the DT in a 1:1 on 24 February; Kyle read them back and agreed them.",
        targets=[("English", "By the end of the summer term Kyle will plan and write a 300-word extended answer using the PEEL paragraph frame, scoring at least 5/8 on the department rubric."),
                 ("Maths", "Kyle will secure his 6, 7 and 8 times tables, scoring 45/50 or better on the weekly Times Tables Rock Stars check by the May half-term."),
                 ("Wellbeing", "Kyle will attend the Tuesday lunchtime STEM club at least 8 times before the next PEP, logged by Mr Patel.")],
        ledger=[("01/03/26", "Spring allocation received from Virtual School", "", "", "600.00"),
                ("03/03/26", "Writing intervention with English TA, 2 x 30 mins weekly for 10 weeks", "Target 1", "260.00", "340.00"),
                ("03/03/26", "Times Tables Rock Stars home licence and 1:1 maths tutor, 6 sessions", "Target 2", "210.00", "130.00"),
                ("03/03/26", "STEM club kit and a science museum workshop place", "Target 3", "70.00", "60.00")],
        spend=[("Writing intervention with English TA, 2 x 30 mins weekly for 10 weeks", 260.0, 1),
               ("Times Tables Rock Stars home licence and 1:1 maths tutor, 6 sessions", 210.0, 2),
               ("STEM club kit and a science museum workshop place", 70.0, 3)],
        requested="540.00", req=540.0, pea="PEA (Personal Education Allowance): swimming lessons, paid by the Virtual School direct to the leisure centre, not from PP+.",
        dt_sign="Signed (Designated Teacher): H. Okonjo          Date: Thu 12 March 2026",
        completed="2026-03-12", meeting="2026-03-03", english=True, maths=True,
    ),
    2: dict(
        name="Demi Fairclough", first="Demi", school="St Aldhelm's C of E High School", year=8,
        dob="02/11/2012", this_pep="Mon 2 February 2026", first_pep="No", last_pep="Thu 25 September 2025",
        next_pep="", dt="Mr G. Barraclough", sw="Amira Haddad", ala="",
        sessions=(198, 171, "86.4"), att=86.4,
        voice_intro="About me",
        voice=[],
        voice_after="Demi did not want to give her views this time. DT to try again with the school counsellor.",
        targets=[("English", "Demi will read for 20 minutes four times a week with her carer and record it in her reading log, checked every Friday by her form tutor, until the next PEP."),
                 ("Attendance", "Demi will be in school by 8.40am on at least 9 days out of 10, using the soft-start room, reviewed at the half-term attendance meeting.")],
        ledger=[("26/01/26", "Spring allocation received from Virtual School", "", "", "600.00"),
                ("02/02/26", "Reading books chosen by Demi plus Accelerated Reader quizzes", "Target 1", "85.00", "515.00"),
                ("02/02/26", "Mentoring with youth worker (Fridays)", "", "300.00", "215.00")],
        spend=[("Reading books chosen by Demi plus Accelerated Reader quizzes", 85.0, 1),
               ("Mentoring with youth worker (Fridays)", 300.0, None)],
        requested="385.00", req=385.0, pea="PEA (Personal Education Allowance): none requested this term.",
        dt_sign="Signed (Designated Teacher): ____________________   Date: ______________",
        completed=None, meeting="2026-02-02", english=True, maths=False,
    ),
}


def header(c, doc):
    w, h = A4
    c.setFont("Helvetica-Bold", 8)
    c.drawString(18 * mm, h - 10 * mm, "OFFICIAL - SENSITIVE (when complete)")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(w - 18 * mm, h - 10 * mm, "Glenholt Virtual School for Children in Care")


def footer(c, doc):
    w, h = A4
    c.setFont("Helvetica", 7)
    c.drawString(18 * mm, 9 * mm, "GVS PEP (KS3/KS4) form v3.2  September 2025")
    c.drawRightString(w - 18 * mm, 9 * mm, "Page %d" % doc.page)


def build_one(out_dir, n, d):
    fname = f"{LAYOUT}-{n}.pdf"
    s = []
    s.append(P("My Personal Education Plan", "h1"))
    s.append(P("Glenholt Borough Council - Virtual School. Secondary (Years 7 to 11). Please type into the boxes; "
               "the Assessment sheet issued by the Virtual School must be referred to.", "small"))
    s.append(Spacer(1, 6))
    rows = [["My name is:", d["name"], "My date of birth:", d["dob"]],
            ["My school is:", d["school"], "Tel no:", "01632 960" + ("418" if n == 1 else "772")],
            ["I am in year (NCY):", f"Year {d['year']}", "Tel no:", ""],
            ["My Designated Teacher is:", d["dt"], "Tel no:", "ext 214"],
            ["My Social Worker is:", d["sw"], "Tel no:", "01632 960001"],
            ["My Area Learning Advocate is:", d["ala"], "Tel no:", ""]]
    s.append(ptable(rows, [45 * mm, 62 * mm, 30 * mm, 37 * mm], header=False,
                    style_extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF7")),
                                 ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#E8EEF7"))]))
    s.append(Spacer(1, 6))
    s.append(ptable([["Date of this PEP", "Is this the first PEP?", "Date of last PEP", "Date of Next PEP"],
                     [d["this_pep"], d["first_pep"], d["last_pep"], d["next_pep"]]],
                    [43.5 * mm] * 4))
    s.append(P("Pupil Premium Plus is currently paid at £1,800 p.a. in three termly payments of £600 and is held by the "
               "Virtual School until the PEP is approved.", "small"))
    s.append(P("1. Attendance and inclusion", "h2"))
    pos, att, pct = d["sessions"]
    s.append(P(f"Sessions attended this academic year: {att} of {pos} possible ({pct}%). "
               f"Suspensions this year: {'none' if n == 1 else '1 day (fixed term), 14/01/26'}. "
               f"Part-time timetable: No.", "body"))
    if n == 2:
        s.append(P("Attendance is below 90% - persistent absence plan started with the attendance officer.", "body"))
    s.append(P("2. About me (my views)", "h2"))
    vbox = [P(d["voice_intro"], "cellb")]
    for v in d["voice"]:
        vbox.append(P(v, "cell"))
    if not d["voice"]:
        vbox.append(P(" ", "cell"))
    s.append(ptable([[vbox]], [174 * mm], header=False,
                    style_extra=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF8E1"))]))
    s.append(P("Adult note: " + d["voice_after"], "small"))
    s.append(P("3. My targets until the next PEP", "h2"))
    s.append(P("Targets one and two should be academic. Please write each target as a SMART statement.", "small"))
    for i, (area, t) in enumerate(d["targets"], 1):
        s.append(P(f"Target {i} ({area}): {t}", "body"))
        s.append(Spacer(1, 3))
    s.append(P("4. Pupil Premium Plus ledger (spring term)", "h2"))
    rows = [["Date", "Item", "Linked to", "Debit £", "Balance £"]] + [list(r) for r in d["ledger"]]
    s.append(ptable(rows, [18 * mm, 90 * mm, 22 * mm, 20 * mm, 24 * mm]))
    s.append(Spacer(1, 3))
    s.append(P(f"Total PP+ requested this term: £{d['requested']}", "body"))
    s.append(P(d["pea"], "small"))
    s.append(P("5. Sign-off", "h2"))
    s.append(P(d["dt_sign"], "body"))
    s.append(P("Virtual School use only: Approved / Returned for amendment", "small"))
    build_pdf(os.path.join(out_dir, fname), s, header=header, footer=footer)
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS,
                child_name=d["name"], child_first_name=d["first"], school=d["school"],
                year_group=d["year"], meeting_date=d["meeting"], completed_date=d["completed"],
                attendance_percent=d["att"], pupil_voice=d["voice"],
                targets=[(t, a) for a, t in d["targets"]], english_target=d["english"],
                maths_target=d["maths"], pp_spend=d["spend"], pp_requested=d["req"])


def build(out_dir):
    for n, d in CASES.items():
        build_one(out_dir, n, d)
