"""zL01 Ashcombe: school-age Word PEP, views first (Sections 1-2), carer's own section, SMART grid per target."""
import os
from _common_L import *

LAYOUT = "zL01-ashcombe-carer-page"
INSPIRED = "real-forms.md entries 14, 8, 15, 6"
QUIRKS = ["agenda sheet on page 1 whose item numbers differ from section numbers",
          "child's views are Sections 1 and 2 (first), carer has a section of their own",
          "each target is a five-row S/M/A/R/T grid; target text sits in the 'S Specific' row",
          "attendance in a 'Factors affecting progress | Detail (including dates etc)' table as sessions and %",
          "stray working note left in the header", "PPG/PEPSA table with worked costs"]

DATA = {
 1: dict(name="Kacey Marlowe", first="Kacey", dob="14/02/2016", school="St Wendreda's CE Primary School",
         year="Year 5", yg=5, meet="Tuesday 4 November 2025", meet_iso="2025-11-04",
         done="11/11/2025", done_iso="2025-11-11",
         att="Autumn 1: 131 of 138 sessions attended (94.9%). Two days off with tonsillitis (08/10/2025, 09/10/2025). No suspensions.",
         attp=94.9,
         v1=["I like the new reading corner because nobody bothers me there.",
             "Fractions make my head go fuzzy when Mr Tallis goes fast.",
             "I want to be in the choir with Mia."],
         v2=["I need help with times tables, especially 7s and 8s.",
             "Please don't ask me to read out loud in front of everyone."],
         carer="Kacey reads to our dog most evenings. She gets cross with maths homework and we have started using the kitchen timer for short bursts.",
         targets=[
            ("Reading", "Kacey will read a Year 5 book band (Brown) text aloud to her TA with 95% accuracy and answer 4 out of 5 retrieval questions by the spring PEP.",
             "Running record in TA log, book band moved from Ruby to Brown", "Yes - small group, not whole class", "Yes - Kacey said she likes reading in the reading corner", "By spring PEP (February 2026)", "English"),
            ("Maths", "Kacey will recall the 7 and 8 times tables with 20 out of 24 correct in under 3 minutes on Times Table Rock Stars by February half-term.",
             "TTRS weekly score sheet; class teacher check", "Yes", "Yes - Kacey asked for help with 7s and 8s", "By 13/02/2026", "Maths"),
            ("Wellbeing", "Kacey will attend choir every Thursday lunchtime with a named adult checking in at the start for the first 4 weeks, so that she stays for the full session 8 times by the spring PEP.",
             "Choir register", "Yes", "Yes - her own idea", "By spring PEP", "Wellbeing")],
         spend=[("1:1 reading with Mrs Okafor (TA), 3 x 20 minutes a week in the reading corner", "1", "£16 x 3 x 10 weeks", 480.0),
                ("Times Table Rock Stars home licence plus 2 x 15 minute booster sessions weekly with HLTA", "2", "£4 licence + £14 x 2 x 10 weeks", 284.0)],
         req=764.0, gaps=False),
 2: dict(name="Dylan Pereira-Hodge", first="Dylan", dob="30/06/2016", school="Ashcombe Meadows Primary Academy",
         year="Year 5", yg=5, meet="Thursday 26 February 2026", meet_iso="2026-02-26",
         done="", done_iso=None,
         att="Spring to date 86.2% - late most Mondays after family time weekends. Attendance plan started 02/02/2026.",
         attp=86.2,
         v1=None, v2=None,
         carer="Dylan has settled better since the bedroom move. He still does not want to go in on Mondays.",
         targets=[
            ("Writing", "Dylan will write a paragraph of at least 5 sentences with capital letters and full stops in 4 out of 5 independent pieces by the summer PEP.",
             "Writing book sample, English lead moderation", "Yes", "", "By summer PEP", "English"),
            ("Attendance", "Dylan will arrive before 8:50 on Mondays on 6 of the next 8 Mondays, met at the gate by Mr Adeyemi.",
             "Late register", "Yes", "", "By Easter", "Attendance")],
         spend=[("Breakfast club place on Mondays", "2", "", None),
                ("Lego therapy group with ELSA", "", "£20 x 8 sessions", 160.0)],
         req=None, gaps=True),
}


def build_one(out_dir, n):
    d = DATA[n]
    stem = f"{LAYOUT}-{n}"
    doc = new_docx()
    set_header_footer(doc, header="ASHCOMBE VIRTUAL SCHOOL   PEP (School Age) v4.1   ** FAO DT - delete this note before returning **",
                      footer="Ashcombe Council | Children's Services | OFFICIAL-SENSITIVE when complete")
    dpara(doc, "Personal Education Plan - Statutory School Age", bold=True, size=16, align="c")
    dpara(doc, "PEP Meeting Agenda", bold=True, size=12)
    dtable(doc, [["Agenda Items", "Person responsible"],
                 ["1  Introductions", "Chair (DT)"],
                 ["2  Section 1 and 2: This section must be completed prior to the meeting. Go through child/young persons views and if present and applicable ask him/her to expand on any points", "Child / nominee"],
                 ["3  Section 3: Home and carer", "Carer"],
                 ["4  Section 4: Essential Pupil information - legal situation, parental responsibility, who can sign forms for school trips both one day and residential", "Social worker"],
                 ["5  Section 5: Education, attendance and attainment", "Designated Teacher"],
                 ["6  Section 6: Action plan and PPG/PEPSA", "Designated Teacher"]], widths=[12, 5])
    dtable(doc, [["Name", d["name"], "DOB", d["dob"]],
                 ["School", d["school"], "Year group", d["year"]],
                 ["Date of meeting", d["meet"], "Date PEP completed by DT", d["done"]]], bold_first_row=False)
    dhead(doc, "Section 1: About me", 2)
    dpara(doc, "Things I want the adults at my PEP to know (write, draw or ask someone to scribe):", italic=True)
    if d["v1"]:
        dtable(doc, [[ "\n".join(d["v1"]) ]], bold_first_row=False)
    else:
        dtable(doc, [["Click or tap here to enter text."]], bold_first_row=False)
    dhead(doc, "Section 2: What I need help with", 2)
    if d["v2"]:
        dtable(doc, [["\n".join(d["v2"])], ["Views gathered by: class TA in 1:1 chat, 29/10/2025"]], bold_first_row=False)
    else:
        dtable(doc, [["Click or tap here to enter text."], ["Views gathered by: "]], bold_first_row=False)
    dhead(doc, "Section 3: Carer's section", 2)
    dtable(doc, [["How is home life supporting learning?", d["carer"]],
                 ["Homework arrangements", "Kitchen table after tea, carer available." if n == 1 else "N/A"]],
           bold_first_row=False, bold_first_col=True, widths=[6, 11])
    dhead(doc, "Section 4: Social worker - Essential Pupil information", 2)
    dtable(doc, [["Legal status", "Section 31 Care Order" if n == 1 else "Section 20"],
                 ["Who can sign consent for one-day trips", "Foster carer"],
                 ["Who can sign consent for residential trips", "Social worker"],
                 ["Family time arrangements", "Fortnightly with mum, supervised" if n == 1 else "Weekends with grandparents"]],
           bold_first_row=False, bold_first_col=True, widths=[6, 11])
    dhead(doc, "Section 5: Education", 2)
    dtable(doc, [["Attendance: Factors affecting progress", "Detail (including dates etc)"],
                 ["Attendance", d["att"]],
                 ["Exclusions (internal and external)", "None" if n == 1 else "1 internal (half day) 20/01/2026"],
                 ["SEN", "SEN Support - reading" if n == 1 else "None identified"]], widths=[6, 11])
    dtable(doc, [["Subject", "Autumn 2025 teacher assessment", "On track?"],
                 ["Reading", "Working towards (WTS)", "Closing gap"],
                 ["Writing", "WTS", "No"],
                 ["Maths", "WTS", "No" if n == 1 else "Yes"]])
    dhead(doc, "Section 6: Action plan (SMART targets)", 2)
    dpara(doc, "Use the grid for each target. S Specific What is the observable difference/benefit we are expecting to see... M Measurable How will be know when the target has been achieved?", italic=True, size=8)
    for i, (area, txt, meas, ach, rel, tb, _) in enumerate(d["targets"], 1):
        dpara(doc, f"Target {i} - {area}", bold=True)
        dtable(doc, [["S Specific", txt], ["M Measurable", meas], ["A Achievable", ach],
                     ["R Relevant - Has it taken the child's voice into consideration?", rel], ["T Time-bound", tb]],
               bold_first_row=False, bold_first_col=True, widths=[5, 12])
    dpara(doc, "PPG/PEPSA (as appropriate) is costed and clearly links to the targets", bold=True)
    rows = [["Target no.", "What will be provided", "Cost worked out", "Cost"]]
    for desc, tno, how, cost in d["spend"]:
        rows.append([tno, desc, how, money(cost) if cost is not None else ""])
    rows.append(["", "Total requested this term", "", money(d["req"]) if d["req"] else ""])
    dtable(doc, rows, widths=[2, 9, 4, 2])
    dtable(doc, [["DT signature", "R. Fennimore" if n == 1 else "", "Date", d["done"]]], bold_first_row=False)
    ext = "docx"
    doc.save(os.path.join(out_dir, f"{stem}.{ext}"))
    voice = (d["v1"] or []) + (d["v2"] or [])
    t = dict(child_name=d["name"], child_first_name=d["first"], school=d["school"], year_group=d["yg"],
             meeting_date=d["meet_iso"], completed_date=d["done_iso"], attendance_percent=d["attp"],
             pupil_voice=voice,
             targets=[{"text": x[1], "area": x[6]} for x in d["targets"]],
             english_target=any(x[6] == "English" for x in d["targets"]),
             maths_target=any(x[6] == "Maths" for x in d["targets"]),
             pp_spend=[{"description": s[0], "cost": s[3], "target": int(s[1]) if s[1] else None} for s in d["spend"]],
             pp_requested=d["req"])
    q = QUIRKS + (["-2: voice boxes hold only the 'Click or tap here to enter text.' placeholder",
                   "-2: no maths target; spend lines without cost or without target; no total; DT date blank"] if n == 2 else [])
    write_truth(out_dir, stem, ext, LAYOUT, INSPIRED, q, t)


def build(out_dir):
    for n in (1, 2):
        build_one(out_dir, n)
