"""zK08 Rendham: Year 7 transition PEP returned by the Virtual School as Word with a QA margin.
Every section is one row of a two-column table: PEP content on the left, the VS QA comment on
the right (which quotes the PEP). Targets are prose inside the content cell; the PP+ request is a
table nested inside a cell. A status history (Submitted / Review again / Complete) sits at the
top, so several dates compete with the meeting and DT completion dates."""
import os
from _common_K import *

LAYOUT = "zK08-rendham-qa-margin"
INSPIRED = "real-forms.md entries 2, 1, 20, 31, 22"
QUIRKS = ["two-column section rows: PEP content | Virtual School QA comment",
          "QA comments quote the child's words and the targets a second time",
          "PP+ request as a table nested inside a table cell",
          "status history with several dates (submitted, review again, complete)",
          "dates as '14 Oct 25'",
          "attendance written as 'per cent' with a date range",
          "literal 'N/A' in mandatory fields"]

CASES = {
    1: dict(name="Kai Thorneycroft", first="Kai", school="Rendham Vale Academy", year=7,
            cycle="Autumn 2025-26", meeting_txt="07 Oct 25", meeting="2025-10-07",
            status=[("Submitted", "14 Oct 25", "DT (Ms R. Kaur)"), ("Review again", "16 Oct 25", "VS - add costs to PP+ line 2"),
                    ("Amended", "17 Oct 25", "DT - costs added to line 2"), ("Complete", "21 Oct 25", "VS (A. Mensah)")],
            completed="2025-10-14", done_txt="Completed 14 Oct 25",
            att="Attendance: 96 per cent (3 Sept to 3 Oct 25). No suspensions.", att_v=96.0,
            att_qa="Good start. Keep an eye on Mondays.",
            voice_intro="What Kai told us (in a 1:1 with his tutor, 1 Oct):",
            voice=["Big school is massive, I got lost twice in the first week.",
                   "I like that you have different teachers for everything.",
                   "I want to get better at writing stories because in Year 6 I never finished them."],
            voice_qa='Voice strongly captured. Target 1 clearly comes from "I never finished them".',
            targets=[("English", "Kai will plan and finish a 400-word story in two English lessons, using a story mountain, by the spring PEP (checked by his English teacher)."),
                     ("Maths", "Kai will learn the Year 7 place value and rounding facts and score 16/20 or more on the Sparx quiz each Friday for 6 weeks."),
                     ("Wellbeing", "Kai will join one lunchtime club of his choice and go at least once a week until Christmas.")],
            tgt_qa="SMART. All three targets have a measure and a date.",
            pp=[("1", "Creative writing group with librarian, 8 weeks", "£160.00"),
                ("2", "Sparx Maths home access and 6 maths mentor sessions", "£150.00"),
                ("3", "Chess club membership and set", "£35.00")],
            spend=[("Creative writing group with librarian, 8 weeks", 160.0, 1),
                   ("Sparx Maths home access and 6 maths mentor sessions", 150.0, 2),
                   ("Chess club membership and set", 35.0, 3)],
            total="Total PP+ requested (autumn): £345.00", req=345.0,
            pp_qa="Line 2 now costed. Approved: £345.00.", english=True, maths=True),
    2: dict(name="Leah Mbatha", first="Leah", school="Greyfriars School", year=7,
            cycle="Autumn 2025-26", meeting_txt="09 Oct 25", meeting="2025-10-09",
            status=[("In progress", "09 Oct 25", "DT"), ("Review again", "N/A", "N/A")],
            completed=None, done_txt=" ",
            att="Attendance: N/A", att_v=None,
            att_qa="Attendance is mandatory. N/A is not acceptable for a Year 7 pupil on roll.",
            voice_intro="What Leah told us:",
            voice=["I have a nice friend called Ella who comes from my primary.",
                   "I hate PE because the changing rooms are scary."],
            voice_qa='Good quotes, e.g. "the changing rooms are scary" - but nothing in the plan responds to this.',
            targets=[("Reading", "Leah will read for 15 minutes a day from her chosen book and complete the Bedrock vocabulary units set each week until the spring PEP."),
                     ("Maths", "Leah will improve her maths.")],
            tgt_qa='Target 2 is not SMART. "improve her maths" - by how much and by when?',
            pp=[("1", "Bedrock Learning licence", "£25.00"),
                ("", "Mentor", "")],
            spend=[("Bedrock Learning licence", 25.0, 1), ("Mentor", None, None)],
            total="Total PP+ requested (autumn): N/A", req=None,
            pp_qa="Mentor line has no cost and no target. Returned.", english=True, maths=True),
}


def build_one(out_dir, n, d):
    fname = f"{LAYOUT}-{n}.docx"
    doc = new_docx("Segoe UI", 9.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Rendham Virtual School - PEP QA return (Year 7 transition)"
    sec.footer.paragraphs[0].text = "Returned to DT with QA comments. Please do not edit the right-hand column."
    para(doc, "Personal Education Plan - Secondary Transition", bold=True, size=15)
    dtable(doc, [["PEP cycle", d["cycle"], "Pupil's name", d["name"]],
                 ["School", d["school"], "Year", f"Year {d['year']} (transferred Sept 2025)"],
                 ["PEP meeting held", d["meeting_txt"], "QA officer", "A. Mensah"]], header=False, size=9)
    para(doc, "")
    para(doc, "PEP status history", bold=True)
    dtable(doc, [["Status", "Date", "By / note"]] + [list(r) for r in d["status"]], size=8.5)
    para(doc, "")

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_write(t.cell(0, 0), "PEP content (completed by school)", bold=True)
    cell_write(t.cell(0, 1), "Virtual School QA comment", bold=True)
    shade(t.cell(0, 0), "C9DAF8")
    shade(t.cell(0, 1), "FCE5CD")

    def row(title, lines, qa):
        r = t.add_row()
        c = r.cells[0]
        cell_write(c, title, bold=True)
        for ln in lines:
            c.add_paragraph(ln)
        cell_write(r.cells[1], qa, italic=True)
        shade(r.cells[1], "FFF7EE")
        return c

    row("Attendance and inclusion", [d["att"]], d["att_qa"])
    row("Pupil voice", [d["voice_intro"]] + d["voice"], d["voice_qa"])
    row("Transition", ["Visits in July with Year 6 teacher; buddy assigned; Y7 tutor informed of care status with consent."],
        "Good.")
    row("Targets for this term",
        [f"Target {i} - {a}: {tx}" for i, (a, tx) in enumerate(d["targets"], 1)], d["tgt_qa"])
    c = row("PP+ request", ["PP+ is £620 per term in Rendham; the school requests:"], d["pp_qa"])
    inner = c.add_table(rows=1, cols=3)
    inner.style = "Table Grid"
    for j, h in enumerate(["Target", "What", "Cost"]):
        cell_write(inner.cell(0, j), h, bold=True, size=8.5)
    for r_ in d["pp"]:
        cells = inner.add_row().cells
        for j, v in enumerate(r_):
            cell_write(cells[j], v, size=8.5)
    c.add_paragraph(d["total"])
    row("Sign-off", ["Designated Teacher: Ms R. Kaur" if n == 1 else "Designated Teacher: Mr T. Oyelowo",
                     "DT: Click when Completed  [" + d["done_txt"] + "]"],
        "See status history." if n == 1 else "Not yet completed by DT.")
    doc.save(os.path.join(out_dir, fname))
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS,
                child_name=d["name"], child_first_name=d["first"], school=d["school"],
                year_group=d["year"], meeting_date=d["meeting"], completed_date=d["completed"],
                attendance_percent=d["att_v"], pupil_voice=d["voice"],
                targets=[(tx, a) for a, tx in d["targets"]], english_target=d["english"],
                maths_target=d["maths"], pp_spend=d["spend"], pp_requested=d["req"])


def build(out_dir):
    for n, d in CASES.items():
        build_one(out_dir, n, d)
