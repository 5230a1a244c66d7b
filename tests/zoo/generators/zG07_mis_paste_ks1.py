"""zG07: KS1 PEP in Word with blocks pasted from an invented school MIS ("SchoolView").

Mixed section numbering ('1.)', 'Section 3', 'Section E'); an attendance summary pasted as monospaced
lines (with last year's figure beside it); an assessment grid with half-term columns; sentence-starter
voice scribed by a TA; a costed PP+ plan with a calculation column.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_G import new_doc, table, bar, para, cell_text, shade, write_truth, main  # noqa: E402

LAYOUT = "zG07-mis-paste-ks1"
INSPIRED = "real-forms.md entries 13, 11, 17, 9"
QUIRKS = ["mixed section numbering: '1.)', '2.)', 'Section 3', '4.)', 'Section E'",
          "attendance pasted from the MIS as monospaced 'label: value' lines, last year's figure too",
          "assessment grid by half-term with WTS/EXS codes and blank future columns",
          "sentence-starter voice scribed by an adult, starters in a label column",
          "previous targets with a G/A/R column", "PP+ plan with a calculation column",
          "dates written 09.12.2025 and '15th December 2025'"]

MONO = "Consolas"

CHILDREN = [
    dict(
        stem=LAYOUT + "-1", name="Noah Pemberton-Ayres", first="Noah", dob="22/04/2018", yr="Year 2",
        school="Larkrise Church of England Primary School", dt="Mrs S. Okonjo", meeting="09.12.2025",
        mis=["SchoolView MIS  |  Attendance Summary  |  Pupil: Noah Pemberton-Ayres",
             "Period: 01/09/2025 - 05/12/2025",
             "Possible sessions: 138   Present: 131   Auth. absence: 5   Unauth. absence: 2",
             "Attendance %: 94.93",
             "Previous academic year (2024-25) Attendance %: 96.10"],
        assess=[("Reading", "WTS", "WTS", "", ""), ("Writing", "WTS", "WTS", "", ""), ("Maths", "WTS", "EXS", "", ""),
                ("Phonics (PSC retake due June 2026)", "Y1 PSC: 28/40", "Phase 5 - 30/40", "", "")],
        voice=[("Something I am good at", "I am good at drawing sharks."),
               ("At school I like", "playing dinosaurs with Kofi at break."),
               ("I find it tricky when", "we have to write a lot and my hand hurts."),
               ("Grown-ups can help me by", "saying the sounds with me.")],
        voice_truth=["I am good at drawing sharks.", "playing dinosaurs with Kofi at break.",
                     "we have to write a lot and my hand hurts.", "saying the sounds with me."],
        scribe="Scribed by Miss Patel (TA) on 02/12/2025 in the library.",
        prev=[("Noah will read 40 common exception words", "G", "Read 43 on 01/12/2025"),
              ("Noah will count to 50 forwards and backwards", "A", "Forwards secure; backwards to 30")],
        targets=[("Noah will read and spell words with the split digraphs a-e, i-e and o-e, reading 18 of 20 correctly on "
                  "a phonics check by February half-term", "English (phonics)", "Keep-up phonics daily", "TA",
                  "Feb half-term", "18/20 on check"),
                 ("Noah will count in 2s, 5s and 10s to 100 and use this to solve simple multiplication problems with "
                  "objects by the spring PEP", "Maths", "Numicon at home and school", "Class teacher; carer",
                  "Spring PEP", "Solves 4 of 5 problems"),
                 ("Noah will write three sentences in a row using capital letters and full stops in his free-writing "
                  "book each week", "English (writing)", "Writing slope, pencil grip", "Class teacher", "Spring PEP",
                  "6 weeks of entries")],
        spend=[("Phonics keep-up sessions with TA, 4 x 10 minutes a week", "1", "TA", "12 weeks", "12 hrs x £20",
                "£240.00", 240.0),
               ("Numicon home kit for carer to use with Noah", "2", "Carer", "Daily", "1 kit", "£62.50", 62.5)],
        total="£302.50", completed="15th December 2025", next_pep="March 2026",
        truth=dict(child_name="Noah Pemberton-Ayres", child_first_name="Noah",
                   school="Larkrise Church of England Primary School", year_group=2, meeting_date="2025-12-09",
                   completed_date="2025-12-15", attendance_percent=94.93, english_target=True, maths_target=True,
                   pp_requested=302.5),
    ),
    dict(
        stem=LAYOUT + "-2", name="Ruby-Mae Sutcliffe", first="Ruby-Mae", dob="03/10/2019", yr="Year 1",
        school="Holmewood Infant School", dt="Mr C. Dlamini", meeting="04.12.2025",
        mis=["[paste SchoolView attendance printout here]"],
        assess=[("Reading", "Emerging", "", "", ""), ("Writing", "Emerging", "", "", ""), ("Maths", "EXS", "", "", ""),
                ("Phonics", "Phase 3", "", "", "")],
        voice=[("Something I am good at", "I can do cartwheels."),
               ("At school I like", "golden time and the playdough."),
               ("I find it tricky when", "people don't let me play."),
               ("Grown-ups can help me by", "")],
        voice_truth=["I can do cartwheels.", "golden time and the playdough.", "people don't let me play."],
        scribe="Scribed by Mr Dlamini.",
        prev=[("Ruby-Mae will blend CVC words", "A", "Blends 3-letter words with support")],
        targets=[("Ruby-Mae will write her name and a simple caption for her drawing using sounds she knows by the "
                  "spring PEP", "English (writing)", "Daily name writing", "TA", "Spring PEP", "Caption in book"),
                 ("Ruby-Mae will join a group game at playtime with an adult nearby twice a week", "PSHE",
                  "Playground buddy", "Lunchtime staff", "Spring PEP", "Log")],
        spend=[("Playground buddy training and equipment", "", "School", "Weekly", "", "£80", 80.0),
               ("Phonics small group, 3 x 15 minutes a week", "1", "TA", "10 weeks", "7.5 hrs x £20", "£150", 150.0)],
        total="£230", completed="12th December 2025", next_pep="",
        truth=dict(child_name="Ruby-Mae Sutcliffe", child_first_name="Ruby-Mae", school="Holmewood Infant School",
                   year_group=1, meeting_date="2025-12-04", completed_date="2025-12-12", attendance_percent=None,
                   english_target=True, maths_target=False, pp_requested=230.0),
    ),
]


def build_one(out_dir, c):
    doc = new_doc("Arial", 10)
    doc.sections[0].header.paragraphs[0].text = "Brackenfold Virtual School  -  PEP (KS1/KS2)  -  CONFIDENTIAL"
    doc.sections[0].footer.paragraphs[0].text = "Please remember to include the date the PEP is completed."
    para(doc, "PERSONAL EDUCATION PLAN", bold=True, size=15)
    para(doc, "Autumn term 2025", size=10)

    para(doc, "1.)About me", bold=True, size=11)
    table(doc, [["Name", c["name"]], ["Date of birth", c["dob"]], ["Year group", c["yr"]],
                ["Ethnic Background", "White / Mixed / Asian or Asian British / Black or Black British / Other / Not given"]],
          bold_first_col=True)
    para(doc, "")
    para(doc, "2.)School Details", bold=True, size=11)
    table(doc, [["School", c["school"]], ["Designated teacher", c["dt"]], ["Date of meeting", c["meeting"]],
                ["Person to contact: - If designated teacher is not completing the form.", "N/A"]], bold_first_col=True)
    para(doc, "")
    para(doc, "Section 3 - Attendance (printout pasted below)", bold=True, size=11)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "\n".join(c["mis"]), font=MONO, size=8)
    shade(t.cell(0, 0), "F2F2F2")
    para(doc, "")
    para(doc, "4.)Where I am now - teacher assessment", bold=True, size=11)
    table(doc, [["Area", "Aut 1", "Aut 2", "Spr 1", "Spr 2"]] + [list(r) for r in c["assess"]], header_fill="DDEBF7",
          size=9)
    para(doc, "WTS = working towards, EXS = expected standard, GDS = greater depth", italic=True, size=8)
    para(doc, "")
    para(doc, "Section D - My views", bold=True, size=11)
    para(doc, c["scribe"], italic=True, size=8)
    table(doc, [list(v) for v in c["voice"]], bold_first_col=True)
    para(doc, "")
    para(doc, "Last PEP targets", bold=True, size=11)
    table(doc, [["Previous target", "G / A / R", "Comment"]] + [list(p) for p in c["prev"]], header_fill="DDEBF7")
    para(doc, "")
    para(doc, "Section E - Targets (next steps)", bold=True, size=11)
    rows = [["", "Target", "Subject", "Steps to get there", "Who", "Review by", "Success looks like"]]
    rows += [[str(i)] + list(t) for i, t in enumerate(c["targets"], 1)]
    table(doc, rows, header_fill="DDEBF7", size=8.5)
    para(doc, "")
    para(doc, "PP+ costed plan", bold=True, size=11)
    rows = [["Intervention", "Target", "Delivered by", "Frequency / duration", "Calculation", "Cost"]]
    rows += [list(s[:6]) for s in c["spend"]]
    rows.append(["Total PP+ request", "", "", "", "", c["total"]])
    table(doc, rows, header_fill="DDEBF7", size=8.5)
    para(doc, "")
    table(doc, [["Date PEP completed and returned to VS", c["completed"]], ["Date of next PEP", c["next_pep"]]],
          bold_first_col=True)

    doc.save(os.path.join(out_dir, c["stem"] + ".docx"))
    tr = dict(c["truth"])
    tr["pupil_voice"] = c["voice_truth"]
    tr["targets"] = [{"text": t[0], "area": t[1]} for t in c["targets"]]
    tr["pp_spend"] = [{"description": s[0], "cost": s[6], "target": int(s[1]) if s[1] else None} for s in c["spend"]]
    write_truth(out_dir, c["stem"], "docx", LAYOUT, INSPIRED, QUIRKS, tr)


def build(out_dir):
    for c in CHILDREN:
        build_one(out_dir, c)


if __name__ == "__main__":
    main(build)
