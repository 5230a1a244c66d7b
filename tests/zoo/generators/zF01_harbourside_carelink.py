"""zF01 - Harbourside City Council: PEP printed from the 'CareLink' case system (Word),
part 1 typed by the social worker, part 2 typed into by school and Business Support."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_F import write_truth, set_cell, grid, para, shade, run_main, money  # noqa: E402

from docx import Document  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402

LAYOUT = "zF01-harbourside-carelink"
INSPIRED = "real-forms.md entries 17, 11, 31, 22; 'What a reader must cope with' 8, 15, 18"
PH = "Click or tap here to enter text."
CHOOSE = "Choose an item."

CASES = [
    dict(
        n=1, first="Kacper", last="Nowicki", dob="03/02/2016", cid="CL-0448213", legal="S31 Full Care Order",
        home="Foster care (in house) - Harbourside", sw="Dionne Achterberg", school="St Aldhelm's CE Primary School",
        ncy="Y4", ncy_n=4, cycle="Autumn 2025/26", printed="06/10/2025", meeting="14/10/2025", meeting_iso="2025-10-14",
        attendance="96.3", last_year_att="93.1", susp="None",
        voice_intro="Kacper talked to Mrs Okafor (ELSA) on 9 October. His words:",
        voice=["I like it when we do science because we get to make things fizz.",
               "Reading out loud makes my tummy go funny.",
               "I want to be in the football team in Year 5."],
        prev=[("Kacper to know number bonds to 20 by Christmas", "Now knows bonds to 10 and most to 20. Quick recall improving.", "Partly"),
              ("Kacper to join one lunchtime club", "Joined Lego club, goes every Tuesday.", "Yes")],
        targets=[dict(area="English", label="Target 1 (English - reading)",
                      text="Kacper will read a Year 4 book band (Brown) aloud to an adult with 95% accuracy by the February half-term",
                      steps="Daily 10 min reading with Mr Lowe (TA); paired reading with Year 6 buddy on Fridays",
                      who="Mr Lowe / class teacher", when="13/02/2026"),
                 dict(area="Maths", label="Target 2 (Maths)",
                      text="Kacper will recall multiplication facts for the 3, 4 and 8 times tables, scoring 20/25 or more on the Times Tables Check practice by 31 March 2026",
                      steps="TT Rockstars 3 x weekly at home with carer, 15 min small group in class Mon/Wed",
                      who="Class teacher, carer", when="31/03/2026"),
                 dict(area="Wellbeing", label="Target 3 (holistic - what Kacper wants)",
                      text="Kacper will attend football club every Thursday and take part in at least two inter-school matches this term",
                      steps="School to pay club fee; carer to collect at 4.15pm", who="PE lead", when="19/12/2025")],
        spend=[("Small-group reading intervention with TA (Rapid Readers), 3 x 20 minutes a week for 10 weeks", "1", 250.00),
               ("Times tables resources and home practice pack", "2", 50.00),
               ("Football club fee autumn + spring", "3", 60.00),
               ("ELSA sessions, 1 x 30 minutes weekly", "3", 240.00)],
        total=600.00, dt="Mr Peter Hallam", dt_date="21.10.25", dt_iso="2025-10-21",
    ),
    dict(
        n=2, first="Shanice", last="Odum-Blake", dob="19/11/2014", cid="CL-0391177", legal="S20 Voluntary Accommodation",
        home="Kinship care - maternal aunt", sw="Tom Ferreira", school="Marlpit Lane Junior School",
        ncy="Y5", ncy_n=5, cycle="Autumn 2025/26", printed="27/10/2025", meeting="05/11/2025", meeting_iso="2025-11-05",
        attendance="91.8", last_year_att="89.0", susp="1 day fixed-term (suspension) 23/09/2025",
        voice_intro=None, voice=[],
        prev=[("Shanice to use her worry book with her key adult each morning", "Used most days in summer term.", "Yes"),
              ("Shanice to improve her writing", "Not reviewed - new class teacher.", CHOOSE)],
        targets=[dict(area="English", label="Target 1 (English - writing)",
                      text="Shanice will write a paragraph of at least five sentences using capital letters, full stops and one conjunction (because, so, but) in three pieces of independent writing by 12 December 2025",
                      steps="Writing frame and word mat; 1:1 with TA Tues/Thurs 20 mins", who="Miss Gantry (TA)", when="12/12/2025"),
                 dict(area="Wellbeing", label="Target 2",
                      text="Shanice will have no further suspensions this term and will use her time-out card when she feels cross",
                      steps="Time-out card; check-in with learning mentor at 8.45", who="Learning mentor", when="19/12/2025")],
        spend=[("1:1 writing support with TA, 2 x 20 mins weekly for 12 weeks", "1", 240.00),
               ("Drawing and talking therapy (external), 6 sessions", "", 300.00)],
        total=540.00, dt="Mrs Janet Rowe", dt_date=None, dt_iso=None,
    ),
]


def header_footer(doc, c):
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = f"CareLink | Form ID {c['cid'].replace('CL-', '44')} | Printed {c['printed']} 08:57 | OFFICIAL-SENSITIVE"
    hp.runs[0].font.size = Pt(7)
    fp = sec.footer.paragraphs[0]
    fp.text = "Harbourside City Council - Children's Services. Do not forward outside the secure network."
    fp.runs[0].font.size = Pt(7)


def part1(doc, c):
    para(doc, "HARBOURSIDE CITY COUNCIL", bold=True, size=13, font="Arial")
    para(doc, "Personal Education Plan (PEP) - Children in Care", bold=True, size=12, font="Arial")
    para(doc, f"PEP cycle: {c['cycle']}", size=9, font="Arial")
    para(doc, "PART 1 - to be completed by the allocated social worker before the PEP meeting", bold=True, size=10, font="Arial")
    rows = [
        ["Child's name", f"{c['first']} {c['last']}", "Date of birth", c["dob"]],
        ["Preferred name", c["first"], "CareLink ID", c["cid"]],
        ["Legal status", c["legal"], "Home", c["home"]],
        ["Allocated social worker", c["sw"], "Team", "Harbourside CiC Team 2"],
        ["Does the child have a Child Protection Plan?", "No", "Family time arrangements", PH],
        ["Who can sign consent forms for trips", "Carer - day trips; SW - residential", "Photo consent", "Yes"],
    ]
    t = grid(doc, rows, widths=[3.8, 5.0, 3.6, 5.0], size=9)
    for r in t.rows:
        shade(r.cells[0], "D9E2F3")
        shade(r.cells[2], "D9E2F3")
    para(doc, "Social worker's view of education (progress, recent changes, anything school should know)", bold=True, size=9, font="Arial")
    sv = ("No change of home since last PEP. Family time with mum is now fortnightly on Saturdays, which has settled. "
          if c["n"] == 1 else "Moved to aunt in July 2025. Family time with dad is being reviewed. ")
    grid(doc, [[sv]], size=9)


def part2(doc, c):
    p = para(doc, "=" * 28 + "  PEP MEETING  " + "=" * 28, bold=True, size=9)
    para(doc, "Everything below this point is completed by the school (Designated Teacher) and typed up after the meeting by Business Support.",
         italic=True, size=8)
    para(doc, "PART 2 - EDUCATION", bold=True, size=11, font="Calibri")
    rows = [
        ["Establishment attended", c["school"]],
        ["Year group", c["ncy"]],
        ["Date of PEP meeting", c["meeting"]],
        ["Attendees", f"{c['first']} (first 10 mins), carer, DT, social worker ({c['sw']}), Virtual School caseworker"],
        ["Attendance since September", f"{c['attendance']}%   (last year: {c['last_year_att']}%)"],
        ["Suspensions / exclusions this year", c["susp"]],
        ["SEN status", "SEN support (cognition and learning)" if c["n"] == 1 else CHOOSE],
        ["Part-time timetable?", "No"],
    ]
    t = grid(doc, rows, widths=[5.5, 11.5], size=10)
    for r in t.rows:
        r.cells[0].paragraphs[0].runs[0].bold = True

    para(doc, f"What {c['first']} wants us to know", bold=True, size=11, font="Calibri")
    para(doc, "(in the child's own words where possible - who gathered the views and how?)", italic=True, size=8)
    if c["voice"]:
        body = c["voice_intro"] + "\n" + "\n".join(f'"{v}"' for v in c["voice"])
    else:
        body = PH
    grid(doc, [[body]], size=10)

    para(doc, "Review of targets from the last PEP", bold=True, size=11, font="Calibri")
    grid(doc, [["Target set at last PEP (summer 2025)", "What happened", "Met?"]] + [list(x) for x in c["prev"]],
         widths=[6.5, 8, 2.5], header_fill="EDEDED", size=9)

    para(doc, "New targets agreed at this meeting", bold=True, size=11, font="Calibri")
    para(doc, "Targets 1 and 2 must be academic (English and maths). Target 3 should come from the child's views.", italic=True, size=8)
    for tg in c["targets"]:
        rows = [[tg["label"], tg["text"]], ["Steps / support", tg["steps"]], ["Who", tg["who"]], ["By when", tg["when"]]]
        tt = grid(doc, rows, widths=[4, 13], size=9)
        shade(tt.rows[0].cells[0], "FFF2CC")
        tt.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    if len(c["targets"]) < 3:
        grid(doc, [["Target 3", PH], ["Steps / support", PH], ["Who", ""], ["By when", ""]], widths=[4, 13], size=9)

    para(doc, "Pupil Premium Plus - request for this term", bold=True, size=11, font="Calibri")
    rows = [["Spend", "For target", "Cost (£)"]]
    for d, tno, cost in c["spend"]:
        rows.append([d, tno or "-", f"{cost:,.2f}" if c["n"] == 1 else f"{cost:.0f}"])
    rows.append(["Total PP+ requested this term", "", money(c["total"])])
    grid(doc, rows, widths=[11, 2.5, 3.5], header_fill="EDEDED", size=9)

    para(doc, "Designated Teacher sign-off", bold=True, size=11, font="Calibri")
    grid(doc, [["Name", c["dt"]], ["Date", c["dt_date"] or PH], ["VS use only - QA outcome", CHOOSE]], widths=[5, 12], size=10)


def build(out_dir):
    for c in CASES:
        doc = Document()
        doc.styles["Normal"].font.name = "Arial"
        doc.styles["Normal"].font.size = Pt(10)
        header_footer(doc, c)
        part1(doc, c)
        part2(doc, c)
        fname = f"{LAYOUT}-{c['n']}.docx"
        doc.save(os.path.join(out_dir, fname))
        eng = any(t["area"] == "English" for t in c["targets"])
        mat = any(t["area"] == "Maths" for t in c["targets"])
        write_truth(out_dir, dict(
            layout=LAYOUT, file=fname, inspired_by=INSPIRED,
            quirks=["case-system print-out with a social worker part and a school part typed in different fonts",
                    "labels without colons in grid cells",
                    "'Click or tap here to enter text.' / 'Choose an item.' placeholders meaning empty",
                    "previous targets reviewed in a table before the new targets",
                    "last year's attendance beside this year's",
                    "print date in the header differs from the meeting and sign-off dates"],
            child_name=f"{c['first']} {c['last']}", child_first_name=c["first"], school=c["school"],
            year_group=c["ncy_n"], meeting_date=c["meeting_iso"], completed_date=c["dt_iso"],
            attendance_percent=float(c["attendance"]), pupil_voice=list(c["voice"]),
            targets=[{"text": t["text"], "area": t["area"]} for t in c["targets"]],
            english_target=eng, maths_target=mat,
            pp_spend=[{"description": d, "cost": cost, "target": int(tno) if tno else None} for d, tno, cost in c["spend"]],
            pp_requested=c["total"],
        ))


if __name__ == "__main__":
    run_main(build)
