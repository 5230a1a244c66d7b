"""zI02 Thornleigh primary PEP: PDF, Children in Care Council tips first, first-person labels each with 'Tel no:',
a four-column date strip, a 'Me' tick strip of attendees, spend table keyed by target number, PP+ boilerplate figure.

Inspired by real-forms.md entries 6 (first-person labels + Tel no:, date strip, Me column, PP+ prose figure),
7 (CiCC preamble), 15 (SMART prompts with '[sic]' wording), 10 (completion date on the cover).
"""
import os
from _common_I import *

LAYOUT = "zI02-thornleigh-me-strip"
INSPIRED = "real-forms.md entries 6, 7, 10, 15"
QUIRKS = ["Children in Care Council tips page before any field",
          "first-person labels each followed by 'Tel no:'",
          "dates in one four-column strip (this / first? / last / next), written with weekday and ordinal",
          "'Me' is a column of the attendee tick strip",
          "PP+ boilerplate figure (£2,570 p.a.) that is not a request",
          "SMART prompt wording copied with its typo ('How will be know')",
          "date PEP completed printed on the cover"]

TIPS = ["1. Ask me what I think before the meeting, not on the day.",
        "2. Don't talk about me as if I'm not in the room.",
        "3. Only invite people I know or have been told about.",
        "4. Tell me what my targets are in words I understand.",
        "5. Remember my PEP is about my education, not my care story."]

CASES = [
    dict(n=1, name="Riley Okonkwo-Hart", first="Riley", school="St Aidan's CE Primary School, Thornleigh",
         schooltype="Voluntary aided primary", year=4, classline="Year 4 - Class Hawthorn",
         dt="Mrs Carys Bellamy", dt_tel="01632 961 330", sw="Ms Fran Edozie", sw_tel="01632 961 700",
         ala="Mr Dev Sandhu", pepco="Ms Alison Greaves",
         d_this="Tues 4th Nov 2025", first_pep="No", d_last="Wed 2nd July 2025", d_next="Thurs 12th March 2026",
         meeting_iso="2025-11-04", completed="Fri 14th Nov 2025", completed_iso="2025-11-14",
         ticks=("X", "X", "X", ""), others=[("Mrs Kath Rowley", "Foster carer", "07700 900 128")],
         attendance="Attendance this academic year: 96.2%  (Autumn 1: 98.1%).  No suspensions.", att=96.2,
         voice_label="What I want to say at my PEP (I wrote this with Mrs Bellamy on 31st October)",
         voice=["I like reading Dog Man with Mr Price because he does the voices.",
                "Times tables are hard when it is a race.",
                "I want to be in the football team next year."],
         targets=[
             ("1", "Reading", "Riley will read a Level 10 (turquoise) book aloud with 95% accuracy by the spring PEP",
              "Reading age test in February (currently 7y 4m); running record by Mr Price",
              "English"),
             ("2", "Maths", "Riley will answer the 3, 4 and 8 times tables in the Multiplication Check practice with 20/25 correct by March 2026",
              "Weekly TT Rockstars practice scores; class check in March",
              "Maths"),
             ("3", "Wellbeing", "Riley will use his calm card to ask for a break, instead of leaving class, on 4 out of 5 days by February half-term",
              "Class teacher tally on the behaviour log",
              "Wellbeing")],
         spend=[("1", "Reading with Mr Price (HLTA), 3 x 20 minutes a week for 12 weeks", "£360.00"),
                ("2", "TT Rockstars home licence and 1:1 times tables booster, 1 x 15 mins weekly", "£150.00"),
                ("3", "Lunchtime nurture group place (Wednesdays)", "£90.00")],
         total="£600.00", total_num=600.0),
    dict(n=2, name="Aaliyah Brennan", first="Aaliyah", school="Moorcroft Junior School",
         schooltype="Community junior", year=5, classline="Year 5 - Class Willow",
         dt="Mr Stuart Oyelaran", dt_tel="01632 961 455", sw="Mr Gary Pennock", sw_tel="",
         ala="", pepco="Ms Alison Greaves",
         d_this="Mon 9th Feb 2026", first_pep="No", d_last="", d_next="",
         meeting_iso="2026-02-09", completed="Thurs 19th Feb 2026", completed_iso="2026-02-19",
         ticks=("", "X", "X", ""), others=[],
         attendance="Attendance this academic year: 89.4%. Part-time timetable ended 5th January.", att=89.4,
         voice_label="What I want to say at my PEP",
         voice=[],
         voice_text="Pupil did not want to give their views.",
         targets=[
             ("1", "Maths", "Aaliyah will add and subtract 4-digit numbers using column method with 8/10 correct in a weekly quiz by Easter",
              "Weekly quiz scores in her maths book", "Maths"),
             ("2", "Behaviour", "To improve behaviour at playtimes", "", "Behaviour")],
         spend=[("", "Lego therapy club", "£200.00"),
                ("1", "Maths tutoring (online)", "")],
         total="£600.00", total_num=600.0),
]


def render(c, path):
    st = pstyles("Helvetica", 9.5)
    W = avail_width()
    s = []
    s.append(P("THORNLEIGH VIRTUAL SCHOOL", st["h3"]))
    s.append(P("PERSONAL EDUCATION PLAN", st["h1"]))
    s.append(P("Primary (Reception to Year 6)", st["base"]))
    s.append(Spacer(1, 6))
    s.append(ptable([["Date PEP completed:", c["completed"]], ["Confidential", ""]], st, [W * 0.35, W * 0.65],
                    header=False, label_col=True))
    s.append(Spacer(1, 10))
    s.append(P("Our tips for a good PEP - from Thornleigh Children in Care Council", st["h2"]))
    for t in TIPS:
        s.append(P(t, st["base"]))
    s.append(Spacer(1, 6))
    s.append(P("Pupil Premium Plus (PP+) for children in care is currently £2,570 p.a. and is held by the Virtual "
               "School Head. Schools are asked to request it termly through the PEP. Funding is released when the PEP "
               "is approved by the PEP Co-ordinator. An Assessment sheet which was issued by the Virtual School must be "
               "referred to.", st["small"]))
    s.append(PageBreak())

    s.append(P("About me and my school", st["h2"]))
    s.append(ptable([
        ["My name is:", c["name"], ""],
        ["My school is:", c["school"], "Tel no: " + c["dt_tel"]],
        ["I am in year (NCY):", str(c["year"]) + "   (" + c["classline"] + ")", ""],
        ["My school is a (please enter type of school):", c["schooltype"], ""],
        ["My Designated Teacher is:", c["dt"], "Tel no: " + c["dt_tel"]],
        ["My Social Worker is:", c["sw"], "Tel no: " + c["sw_tel"]],
        ["My Area Learning Advocate is:", c["ala"], "Tel no:"],
        ["My PEP Co-ordinator is:", c["pepco"], "Tel no: 01632 961 000"]],
        st, [W * 0.36, W * 0.40, W * 0.24], header=False, label_col=True))
    s.append(Spacer(1, 8))
    s.append(ptable([["Date of this PEP", "Is this the first PEP?", "Date of last PEP", "Date of Next PEP"],
                     [c["d_this"], c["first_pep"], c["d_last"], c["d_next"]]], st, [W / 4] * 4))
    s.append(Spacer(1, 8))
    s.append(P("Present at this meeting (please tick)", st["h3"]))
    s.append(ptable([["Me", "Designated Teacher", "Social Worker", "PEP Co-ordinator"], list(c["ticks"])],
                    st, [W / 4] * 4))
    s.append(Spacer(1, 4))
    s.append(P("Others present at this meeting", st["h3"]))
    rows = [["Name", "Role", "Contact details"]] + [list(o) for o in c["others"]]
    if not c["others"]:
        rows.append(["", "", ""])
    s.append(ptable(rows, st, [W * 0.35, W * 0.3, W * 0.35]))

    s.append(P("How I am doing", st["h2"]))
    s.append(P(c["attendance"], st["base"]))
    s.append(Spacer(1, 4))
    s.append(P(c["voice_label"], st["h3"]))
    if c["voice"]:
        for v in c["voice"]:
            s.append(P("- " + v, st["base"]))
    else:
        s.append(ptable([[c["voice_text"]]], st, [W], header=False))

    s.append(P("My targets", st["h2"]))
    s.append(P("For each target think: S Specific What is the observable difference/benefit we are expecting to see? "
               "M Measurable How will be know when the target has been achieved? A Achievable  R Relevant Has it "
               "taken the child's voice into consideration? T Time-bound", st["small"]))
    s.append(Spacer(1, 4))
    rows = [["No.", "Subject", "Target", "How will be know?"]] + [list(t[:4]) for t in c["targets"]]
    s.append(ptable(rows, st, [W * 0.07, W * 0.13, W * 0.48, W * 0.32]))

    s.append(P("PP+ request this term", st["h2"]))
    rows = [["Target no.", "What will PP+ buy? (who, how often)", "Cost"]] + [list(x) for x in c["spend"]]
    rows.append(["", "Total requested", c["total"]])
    s.append(ptable(rows, st, [W * 0.12, W * 0.68, W * 0.2]))
    s.append(Spacer(1, 8))
    s.append(P("Approved by PEP Co-ordinator:  ______________________", st["base"]))
    build_pdf(path, s, header="Thornleigh VS  |  PEP (Primary)  |  " + c["name"],
              footer="Descriptors in Appendix 1")


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.pdf"
        render(c, os.path.join(out_dir, fname))
        areas = [t[4] for t in c["targets"]]
        write_truth(out_dir, fname, dict(
            layout=LAYOUT, inspired_by=INSPIRED, quirks=QUIRKS,
            child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=c["year"],
            meeting_date=c["meeting_iso"], completed_date=c["completed_iso"], attendance_percent=c["att"],
            pupil_voice=c["voice"],
            targets=[{"text": t[2], "area": t[4]} for t in c["targets"]],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": x[1], "cost": float(x[2].strip("£")) if x[2] else None,
                       "target": int(x[0]) if x[0] else None} for x in c["spend"]],
            pp_requested=c["total_num"]))
