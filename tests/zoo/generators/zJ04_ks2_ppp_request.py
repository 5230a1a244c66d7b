"""zJ04 - Wendlebury Borough: KS2 PEP with a separate termly 'PPP Request Form' appended (DOCX).

PPP = Pupil Premium Plus here. The PEP body has a four-column target table (reading, maths,
writing for KS2, plus a holistic one); the funding is only on the appended request form,
keyed to 'PEP target' numbers, with a backdated-PPP question and a re-submit tick box.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_J import (new_doc, set_header, set_footer, para, runs, heading, table, page_break,
                       write_truth, tgt, spend)

LAYOUT = "zJ04-ks2-ppp-request"
INSPIRED = "real-forms.md entries 18, 31, 20, 21"
QUIRKS = [
    "funding only on an appended separate 'PPP Request Form' (PPP = Pupil Premium Plus), after a page break",
    "backdated PPP question and 'Re-submitting previous PPP form?' tick box",
    "target table headed No. / Area / What is the target? / How will we know? / By when",
    "KS2 writing target required as well as reading and maths; holistic fourth target",
    "attendance as sessions possible / attended with percentage in brackets",
    "ordinal dates ('3rd Feb 2026'); review window named instead of term",
    "unmet previous target broken down, not repeated",
]

A = dict(
    name="Mollie Featherstone", first="Mollie", school="Wendlebury Green Primary School", year="Year 5",
    yg=5, window="Second review (January to April)", meeting="3rd Feb 2026", meeting_iso="2026-02-03",
    completed="10th Feb 2026", completed_iso="2026-02-10", dt="Miss Harriet Bello", sw="Conrad Ashe",
    carer="Ms Jo Whitlock (foster carer)",
    att_rows=[["Sessions possible", "Sessions attended", "Authorised absence", "Unauthorised absence", "Attendance"],
              ["142", "136", "6", "0", "(95.8%)"]],
    att=95.8,
    prev=[["Read 40 common exception words", "Partly met (31/40)", "Broken down: new target 1 covers the Y3/4 list only"],
          ["Recall 6 and 8 times tables", "Met - 19/20 on MTC practice", "Move on to 7s (target 2)"]],
    voice_label="What Mollie told Miss Bello before the meeting (in her own words)",
    voice=["I like reading when it's about animals but the long words are hard.",
           "My best thing is art club on Thursday.",
           "I don't like it when people ask why I don't live with my mum."],
    targets=[
        ("1", "Reading", "Mollie will read and spell the 25 remaining Year 3/4 common exception words, practising with her TA 3 times a week for 10 minutes",
         "Weekly check sheet; 25/25 on the list", "27.03.26"),
        ("2", "Maths", "Mollie will recall the 7 times table facts in any order within 6 seconds each, using Times Tables Rock Stars 4 evenings a week with her carer",
         "TTRS heat map green for 7s; 20/20 in class check", "27.03.26"),
        ("3", "Writing", "Mollie will write a 3-paragraph non-chronological report on an animal, using paragraphs and fronted adverbials, in the Spring 2 writing assessment",
         "Assessed piece moderated by Y5 team", "27.03.26"),
        ("4", "Wellbeing", "Mollie will have a script she has chosen with her ELSA to answer questions about where she lives, and use it at least once by the next PEP",
         "Mollie and ELSA report back", "next PEP"),
    ],
    ppp=[("Reading: TA precision teaching, 3 x 10 mins a week for 8 weeks", "1", "£120.00", 120.0,
          "CEW 25/25; reading fluency up"),
         ("Times Tables Rock Stars home subscription and a whiteboard pack for home", "2", "£35.00", 35.0,
          "7s recalled at speed"),
         ("Small-group writing (Y5 teacher), 1 hour a week after school for 8 weeks at £30 an hour", "3", "£240.00", 240.0,
          "Report paragraphs and fronted adverbials in independent writing"),
         ("ELSA sessions, 6 x 45 minutes", "4", "£105.00", 105.0, "Mollie feels ready to answer questions")],
    total="£500.00", total_n=500.0, backdated="No", resubmit="\u2610",
)

B = dict(
    name="Deion Pattinson", first="Deion", school="Our Lady of the Fens Catholic Primary", year="Year 3",
    yg=3, window="First review (September to December)", meeting="18th Nov 2025", meeting_iso="2025-11-18",
    completed="", completed_iso=None, dt="Mr Sean McAvoy", sw="Priya Lal",
    carer="Mr & Mrs Dunmore (foster carers)",
    att_rows=[["Sessions possible", "Sessions attended", "Authorised absence", "Unauthorised absence", "Attendance"],
              ["90", "80", "8", "2", "(88.9%)"]],
    att=88.9,
    prev=[["Settle into new school", "Met", ""]],
    voice_label="What Deion told us before the meeting",
    voice=["I like football and my new friend Isaac."],
    targets=[
        ("1", "Reading", "Deion will read his phonics book aloud to an adult 4 times a week and pass the Phase 5 check on his next assessment",
         "Phase 5 check", "Dec 2025"),
        ("2", "Writing", "Deion will write 3 sentences with capital letters and full stops", "", ""),
    ],
    ppp=[("Phonics catch-up with TA", "1", "£150.00", 150.0, "Passes Phase 5 check"),
         ("Football club", "", "£60.00", 60.0, "")],
    total="", total_n=None, backdated="Yes - Summer 2025 (see note)", resubmit="\u2612",
)


def make(out_dir, d, n):
    fname = "%s-%d.docx" % (LAYOUT, n)
    doc = new_doc(font="Arial", size=10)
    set_header(doc, "Wendlebury Borough Council - Virtual School                       PEP (Statutory School Age) - KS1/KS2",
               size=8)
    set_footer(doc, "Please return the PEP and the PPP Request Form to vsadmin@wendlebury.example within 3 weeks of the meeting.")
    para(doc, "PERSONAL EDUCATION PLAN", bold=True, size=16, align="center")
    para(doc, d["window"], italic=True, align="center")
    table(doc, [["Pupil", d["name"], "School", d["school"]],
                ["Year group", d["year"], "Designated Teacher", d["dt"]],
                ["Social Worker", d["sw"], "Carer", d["carer"]],
                ["Date of PEP meeting", d["meeting"], "Date PEP completed", d["completed"]]],
          header=False, widths_cm=[3.2, 5.3, 3.5, 5.3])
    heading(doc, "Attendance and exclusions (this academic year)", size=11)
    table(doc, d["att_rows"])
    para(doc, "Suspensions this year: 0.   Part-time timetable: No.", size=9)
    heading(doc, "Review of previous targets", size=11)
    table(doc, [["Previous target", "Outcome", "Next step"]] + d["prev"])
    heading(doc, "My views", size=11)
    para(doc, d["voice_label"] + ":", italic=True, size=9)
    for v in d["voice"]:
        para(doc, "\u2022 " + v)
    heading(doc, "New targets (SMART: Specific, Measurable, Assigned, Realistic, Time constrained)", size=11)
    para(doc, "Targets 1-3 must cover reading, maths and (KS2) writing. A fourth target may be holistic.", italic=True, size=8)
    rows = [["No.", "Area", "What is the target?", "How will we know?", "By when"]]
    for num, area, text, know, when in d["targets"]:
        rows.append([num, area, text, know, when])
    table(doc, rows, widths_cm=[1.0, 2.0, 8.5, 4.0, 1.8], size=9)
    heading(doc, "Signatures", size=11)
    table(doc, [["Designated Teacher", d["dt"]], ["Social Worker", d["sw"]]], header=False, label_col=True)
    page_break(doc)

    para(doc, "PPP REQUEST FORM", bold=True, size=14)
    para(doc, "Pupil Premium Plus (PPP) - termly request. This form is separate from the PEP and must be sent with it.",
         size=9)
    table(doc, [["Pupil", d["name"]], ["School", d["school"]], ["Term", d["window"]],
                ["Re-submitting previous PPP form?", d["resubmit"] + " Yes   " + ("\u2612" if d["resubmit"] == "\u2610" else "\u2610") + " No"],
                ["Please stipulate on this term's form if you wish to apply for backdated pupil premium",
                 d["backdated"]]], header=False, label_col=True, widths_cm=[7, 10])
    rows = [["Intended use of the funding", "PEP target", "Cost", "Intended impact"]]
    for use, t, cost, _, imp in d["ppp"]:
        rows.append([use, t, cost, imp])
    rows.append(["Total amount being requested (including costs of the interventions)", "", d["total"], ""])
    table(doc, rows, widths_cm=[7.5, 1.8, 2.2, 5.5], size=9)
    table(doc, [["Headteacher / DT signature", d["dt"] + (" (signed electronically)" if n == 1 else "")],
                ["Date", d["completed"]]], header=False, label_col=True)
    doc.save(os.path.join(out_dir, fname))

    targets = [tgt(t[2], t[1]) for t in d["targets"]]
    areas = [t["area"] for t in targets]
    pp = [spend(u, c, int(t) if t else None) for u, t, cost, c, imp in d["ppp"]]
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS + ([] if n == 1 else [
        "gaps: no maths target, writing target not measurable or time-bound, PPP line with no target, no total, no completion date"]),
        child_name=d["name"], child_first_name=d["first"], school=d["school"], year_group=d["yg"],
        meeting_date=d["meeting_iso"], completed_date=d["completed_iso"], attendance_percent=d["att"],
        pupil_voice=list(d["voice"]), targets=targets,
        english_target=any(a in ("Reading", "Writing") for a in areas), maths_target="Maths" in areas,
        pp_spend=pp, pp_requested=d["total_n"])


def build(out_dir):
    make(out_dir, A, 1)
    make(out_dir, B, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
