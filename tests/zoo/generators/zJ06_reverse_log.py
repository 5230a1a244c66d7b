"""zJ06 - Oxenholt Virtual School: running 'PEP record' with the newest review on top (DOCX).

A single Word file kept for the whole year: each review window is pasted ABOVE the last one,
so the latest meeting comes first and older ones follow. Each entry is prose paragraphs
with bold run-in labels, targets as a numbered list, PP+ in sentences. Fixed details sit in
a box at the very end.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_J import (new_doc, set_header, set_footer, para, runs, heading, table,
                       write_truth, tgt, spend)

LAYOUT = "zJ06-reverse-log"
INSPIRED = "real-forms.md entries 20, 21, 17, 29"
QUIRKS = [
    "one running document, newest review window first (reverse chronological); truth is the top entry",
    "review windows named 'First review - September to December' / 'Second review - January to April'",
    "prose entries with bold run-in labels, no form boxes",
    "PP+ written as sentences with costs inline",
    "attendance for each window in its own entry; year-to-date figure differs from last window",
    "child's details box at the end of the document, not the start",
    "unmet target from the older entry broken down in the newer one",
]

A = dict(
    name="Kieran Moss-Adeyemi", first="Kieran", school="Oxenholt Community College", yg=10,
    entries=[
        dict(window="Second review - January to April", date="Monday 2 March 2026", iso="2026-03-02",
             present="Kieran, carer (Mrs Dina Holt), DT (Mr Jonah Feld), SW (Anita Rowe), VS teacher (Claire Ng)",
             att="Attendance year to date 91.3% (up from 89.1% at the first review).", attn=91.3,
             progress="Predicted grades now 4 in English Language and 3 in maths. Mock results: Science 4-4, History 5. "
                      "Kieran has stopped refusing to go into maths since moving to set 3.",
             voice_intro="Kieran's words (he wrote these on the pre-meeting sheet and read them out): ",
             voice=["Maths is better now I'm with Mr Osei, he doesn't make me answer in front of everyone.",
                    "I want to do the electrician course at Oxenholt College after Year 11.",
                    "I still hate mornings."],
             targets=[
                 ("Maths", "Kieran will answer 10 Foundation questions on fractions, decimals and percentages each week on Hegarty and score at least 7/10 by the Easter mock (w/c 13 April)"),
                 ("English", "Kieran will write a timed 45-minute Language Paper 2 Q5 response each fortnight with his tutor and move from a grade 3 to a secure 4 by the summer mock"),
                 ("Attendance", "Kieran will arrive by 8.40 on at least 9 days out of 10 every fortnight until the summer PEP, using the breakfast club check-in"),
             ],
             pp_text=[("Maths 1:1 tuition with the school's tutor, 1 hour a week for 10 weeks (£32 an hour)", 320.0, 1,
                       " costing £320, for target 1. "),
                      ("English tutoring, 5 fortnightly sessions at £32", 160.0, 2, " costing £160 (target 2). "),
                      ("Breakfast club key-adult mentoring, 2 x 20 minutes a week", 100.0, 3, " at £100 for the term, for target 3. ")],
             pp_total="Total PP+ requested for this window: £580.", pp_total_n=580.0,
             completed="Record completed by DT on 9 March 2026.", completed_iso="2026-03-09"),
        dict(window="First review - September to December", date="Wednesday 15 October 2025", iso="2025-10-15",
             present="Kieran, carer, DT, SW",
             att="Attendance 89.1% - below 90%. Late 14 times.", attn=89.1,
             progress="Refusing maths lessons twice a week. Good in science practicals.",
             voice_intro="Kieran said: ",
             voice=["I'm rubbish at maths and everyone knows it."],
             targets=[("Maths", "Kieran will attend all maths lessons and achieve a grade 4 in the November mock"),
                      ("English", "Kieran will read for 20 minutes 3 times a week")],
             pp_text=[("Maths tuition, 8 sessions", 240.0, 1, " (£240, target 1). ")],
             pp_total="Total requested: £240.", pp_total_n=240.0,
             completed="Completed 22/10/2025.", completed_iso="2025-10-22"),
    ],
    details=[["Name", "Kieran Moss-Adeyemi"], ["DOB", "19/04/2010"], ["Year", "Year 10"],
             ["School", "Oxenholt Community College"], ["UPN", "H93420110045A"],
             ["SEN", "None"], ["Legal status", "s.20 accommodated"]],
)

B = dict(
    name="Grace Nwachukwu", first="Grace", school="The Oxenholt Grammar School", yg=12,
    entries=[
        dict(window="Second review - January to April", date="Thursday 5 February 2026", iso="2026-02-05",
             present="Grace, SW (Tom Birch), Head of Sixth Form",
             att="Attendance: 97.4%.", attn=97.4,
             progress="A level Biology B, Chemistry C, Psychology B (predicted). UCAS application sent.",
             voice_intro="Grace's views: ",
             voice=["I'm stressed about Chemistry but I think I can get the B if I get help with organic."],
             targets=[("Chemistry", "Grace will complete one organic chemistry past-paper question set a week and get 60% on the March mock paper 2"),
                      ("Careers", "Grace will attend the university offer-holder day in March")],
             pp_text=[("Chemistry revision guide and online question bank", None, 1, " for target 1. "),
                      ("Study skills workshop", 75.0, None, " (£75). ")],
             pp_total="", pp_total_n=None,
             completed="", completed_iso=None),
        dict(window="First review - September to December", date="Monday 6 October 2025", iso="2025-10-06",
             present="Grace, SW, DT", att="Attendance 98%.", attn=98.0,
             progress="Settled into Year 12 after GCSEs (English 7, maths 6).",
             voice_intro="Grace said: ", voice=["Sixth form is way better than Year 11."],
             targets=[("Biology", "Grace will hand in all biology homework on time this term")],
             pp_text=[], pp_total="No PP+ requested.", pp_total_n=None,
             completed="Completed 13/10/2025.", completed_iso="2025-10-13"),
    ],
    details=[["Name", "Grace Nwachukwu"], ["DOB", "02/11/2009"], ["Year", "Year 12"],
             ["School", "The Oxenholt Grammar School"], ["SEN", "None"], ["Legal status", "Care Order"]],
)


def make(out_dir, d, n):
    fname = "%s-%d.docx" % (LAYOUT, n)
    doc = new_doc(font="Times New Roman", size=11, margins_cm=2.2)
    set_header(doc, "Oxenholt Virtual School - PEP record %s - latest entry first" % d["first"], size=8, align="right")
    set_footer(doc, "If printing, print the whole record. Older entries are kept below for the IRO.")
    para(doc, "Personal Education Plan - running record 2025-26", bold=True, size=15)
    para(doc, "New review entries are added at the top. Do not delete earlier entries.", italic=True, size=9)
    for i, e in enumerate(d["entries"]):
        heading(doc, e["window"] + ("  (LATEST)" if i == 0 else ""), size=12)
        runs(doc, [("Date of meeting: ", {"bold": True}), (e["date"], {})])
        runs(doc, [("Present: ", {"bold": True}), (e["present"], {})])
        runs(doc, [("Attendance: ", {"bold": True}), (e["att"], {})])
        runs(doc, [("Progress and attainment: ", {"bold": True}), (e["progress"], {})])
        if i == 0 and d is A:
            runs(doc, [("Previous targets: ", {"bold": True}),
                       ("Target 1 (attend all maths lessons, grade 4 in November mock) was not met - grade 3. "
                        "Broken down into a weekly practice target below. Reading target met.", {})])
        parts = [("Pupil voice: ", {"bold": True}), (e["voice_intro"], {})]
        for j, v in enumerate(e["voice"]):
            parts.append(("\u201c" + v + "\u201d" + (" " if j < len(e["voice"]) - 1 else ""), {"italic": True}))
        runs(doc, parts)
        para(doc, "Targets agreed:", bold=True, space_after=2)
        for k, (area, text) in enumerate(e["targets"], 1):
            para(doc, "%d. (%s) %s." % (k, area, text), space_after=2)
        if e["pp_text"]:
            parts = [("PP+: ", {"bold": True}), ("School asks for PP+ for: ", {})]
            for desc, cost, t, tail in e["pp_text"]:
                parts.append((desc + tail, {}))
            parts.append((e["pp_total"], {}))
            runs(doc, parts)
        else:
            runs(doc, [("PP+: ", {"bold": True}), (e["pp_total"], {})])
        if e["completed"]:
            para(doc, e["completed"], italic=True)
        else:
            para(doc, "Record completed by DT on:", italic=True)
        para(doc, "_" * 60, size=8)
    heading(doc, "Child's details (kept at the end)", size=11)
    table(doc, d["details"], header=False, label_col=True, widths_cm=[4, 12])
    doc.save(os.path.join(out_dir, fname))

    e = d["entries"][0]
    targets = [tgt(t, a) for a, t in e["targets"]]
    areas = [t["area"] for t in targets]
    pp = [spend(desc, cost, t) for desc, cost, t, tail in e["pp_text"]]
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS + ([] if n == 1 else [
        "gaps: latest entry has no English or maths target (post-16, both passed at GCSE), PP+ line with no cost, another with no target, no total, no completed date"]),
        child_name=d["name"], child_first_name=d["first"], school=d["school"], year_group=d["yg"],
        meeting_date=e["iso"], completed_date=e["completed_iso"], attendance_percent=e["attn"],
        pupil_voice=list(e["voice"]), targets=targets, english_target="English" in areas,
        maths_target="Maths" in areas, pp_spend=pp, pp_requested=e["pp_total_n"])


def build(out_dir):
    make(out_dir, A, 1)
    make(out_dir, B, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
