"""zD06: a post-16 Personal Progression Plan kept in a spreadsheet and printed to PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_D import html_pdf, esc, write_truth, main

LAYOUT = "zD06-spreadsheet-p16"
INSP = "real-forms.md entries 8 (post-16: Student, College or Provider, Study course & level, NCY), 25 (PPP = Personal Progression Plan); quirks 4, 12, 14"
QUIRKS = ["spreadsheet printed to PDF: column letters and row numbers in the grid", "transposed: fields as rows, terms as columns (read the latest filled term)",
          "'PPP' means Personal Progression Plan, funding is 'Post-16 PP+'", "second sheet for targets with funding inside target rows",
          "dates in spreadsheet style (dd-Mon-yyyy)", "sheet name and file name as running header"]

CASES = [
    dict(n=1, name="Harvey Lindqvist", first="Harvey", school="Ashbrook College", ncy="12", yg=12,
         course="L2 Motor Vehicle; GCSE maths and English resit",
         terms=[("Autumn 2025", "23-Sep-2025", "30-Sep-2025", "89.5%"), ("Spring 2026", "20-Jan-2026", "28-Jan-2026", "91.2%"), ("Summer 2026", "", "", "")],
         meet_iso="2026-01-20", done_iso="2026-01-28", att_v=91.2,
         voice="I want to pass maths this time so I can do Level 3 next year. The workshop is the best part of college.",
         targets=[("Harvey will achieve grade 4 in the GCSE English resit mock (March 2026), attending all Tuesday resit classes", "English",
                   "Resit tutor", "31-Mar-2026", "150", "Extra English resit tutorials, 5 x 1 hr"),
                  ("Harvey will complete 2 GCSE maths past papers a month and score 45% or more by the May mock", "Maths",
                   "Maths lecturer", "15-May-2026", "200", "Online maths platform + 4 tutor sessions"),
                  ("Harvey will apply for the L3 Motor Vehicle course by 27-Feb-2026", "Careers",
                   "Careers adviser", "27-Feb-2026", "0", "")],
         total="350", total_v=350.0),
    dict(n=2, name="Shannon Tully", first="Shannon", school="Kestrel Training Hub", ncy="13", yg=13,
         course="Study Programme: Hair and Beauty L1",
         terms=[("Autumn 2025", "14-Oct-2025", "", "84.0%"), ("Spring 2026", "", "", ""), ("Summer 2026", "", "", "")],
         meet_iso="2025-10-14", done_iso=None, att_v=84.0,
         voice="",
         targets=[("Shannon will pass the Functional Skills maths Entry 3 test by 12-Dec-2025", "Maths",
                   "FS tutor", "12-Dec-2025", "120", "Functional Skills maths 1:1, 4 sessions"),
                  ("Shannon will attend 90% of sessions each week for the rest of the autumn term", "Attendance",
                   "Pastoral lead", "19-Dec-2025", "", "")],
         extra=("Hair and beauty kit", "95"),
         total="215", total_v=215.0),
]

CSS = """@page { size: A4 landscape; margin: 1.2cm; @top-left { content: 'PEP_P16_2025-26.xlsx'; font-size: 8pt } @top-right { content: 'Sheet: ' string(sheet); font-size: 8pt } }
td, th { font-size: 8.5pt; border: 0.4pt solid #999; } .rn, .cl { background:#efefef; color:#555; text-align:center; font-size:7.5pt }
h2 { string-set: sheet content(); font-size: 10pt }"""


def sheet(rows, widths):
    cols = "ABCDEFGH"[:len(widths)]
    h = ["<table><tr><th class='cl' style='width:3%'></th>" + "".join(f"<th class='cl' style='width:{w}%'>{c}</th>" for c, w in zip(cols, widths)) + "</tr>"]
    for i, r in enumerate(rows, 1):
        h.append(f"<tr><td class='rn'>{i}</td>" + "".join(f"<td>{esc(v)}</td>" for v in r) + "</tr>")
    return "".join(h) + "</table>"


def build_one(c, out_dir):
    t = c["terms"]
    rows = [["PERSONAL PROGRESSION PLAN (PPP) - post-16 PEP", "", "", ""],
            ["Field", t[0][0], t[1][0], t[2][0]],
            ["Student", c["name"], "", ""],
            ["College or provider", c["school"], "", ""],
            ["Course and level", c["course"], "", ""],
            ["NCY", c["ncy"], "", ""],
            ["PPP meeting date", t[0][1], t[1][1], t[2][1]],
            ["Date PPP completed", t[0][2], t[1][2], t[2][2]],
            ["Attendance % (academic year)", t[0][3], t[1][3], t[2][3]],
            ["Student's view", "", c["voice"], ""] if c["n"] == 1 else ["Student's view", c["voice"], "", ""],
            ["Designated Tutor", "J. Okafor" if c["n"] == 1 else "P. Reilly", "", ""]]
    h = ["<h2>PPP_Main</h2>", sheet(rows, [25, 24, 24, 24])]
    trows = [["Ref", "Target", "Area", "Owner", "Review by", "Post-16 PP+ £", "Funding detail"]]
    for i, (tx, a, o, r, co, fd) in enumerate(c["targets"], 1):
        trows.append([f"T{i}", tx, a, o, r, co, fd])
    if c.get("extra"):
        trows.append(["", "", "", "", "", c["extra"][1], c["extra"][0]])
    trows.append(["", "TOTAL REQUESTED", "", "", "", c["total"], ""])
    h.append("<h2 style='page-break-before:always'>PPP_Targets</h2>")
    h.append(sheet(trows, [4, 38, 8, 11, 9, 8, 19]))
    fname = f"{LAYOUT}-{c['n']}.pdf"
    html_pdf("".join(h), os.path.join(out_dir, fname), CSS)
    spend = [{"description": fd, "cost": float(co), "target": i}
             for i, (tx, a, o, r, co, fd) in enumerate(c["targets"], 1) if fd]
    if c.get("extra"):
        spend.append({"description": c["extra"][0], "cost": float(c["extra"][1]), "target": None})
    areas = [x[1] for x in c["targets"]]
    write_truth(out_dir, fname, dict(layout=LAYOUT, inspired_by=INSP, quirks=QUIRKS, child_name=c["name"],
                child_first_name=c["first"], school=c["school"], year_group=c["yg"], meeting_date=c["meet_iso"],
                completed_date=c["done_iso"], attendance_percent=c["att_v"],
                pupil_voice=[c["voice"]] if c["voice"] else [],
                targets=[{"text": x[0], "area": x[1]} for x in c["targets"]],
                english_target="English" in areas, maths_target="Maths" in areas, pp_spend=spend,
                pp_requested=c["total_v"]))


def build(out_dir):
    for c in CASES:
        build_one(c, out_dir)


if __name__ == "__main__":
    main(build)
