"""zF05 - Ashby Vale Council: PEP meeting record built on three questions (working well / worried
about / needs to happen), each person's answers in rows; targets and PP+ written as a bullet list."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_F import write_truth, grid, para, shade, run_main  # noqa: E402

from docx import Document  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402

LAYOUT = "zF05-ashby-vale-three-questions"
INSPIRED = "real-forms.md entries 19, 31, 29, 14, 6; 'What a reader must cope with' 17, 26, 1"

CASES = [
    dict(n=1, first="Lily", last="Pemberton-Shaw", school="Greenhollow Primary Academy", ncy="Year 6", ncy_n=6,
         meeting="08/10/25", meeting_iso="2025-10-08", next_pep="February 2026 (date to be set by DT)",
         data="Attendance 97.8% (autumn to date) - no suspensions - KS2 SATs May 2026 - secondary application submitted (Ashby Vale High first choice)",
         att=97.8, present="Lily, Mrs Carla Dunn (foster carer), Mr Sean Pryce (DT, chair), Ms Aisha Verma (SW), Jo Kettle (Virtual School)",
         rows=[("Lily said", "I'm good at drawing and I got a pen licence.", "Going to big school and not knowing anyone.", "I want to visit Ashby Vale High before the summer."),
               ("Carer said", "Homework is done most nights without arguments.", "Lily is anxious about SATs.", "Practice reading at bedtime."),
               ("School said", "Writing has really come on; she is working at the expected standard.", "Reading comprehension, especially inference; she gives up quickly on long texts.", "Inference group and a transition plan."),
               ("Social worker said", "Lily is settled at home; family time with her brother is going well.", "Nothing new.", "Keep family time on Saturdays.")],
         voice_idx=True,
         record=("We did not go through the form. Lily joined for the first twenty minutes and chose to sit next to Jo. "
                 "She talked about the move to secondary and asked if she could keep her pen licence. Mr Pryce shared the latest "
                 "assessments. Actions below were agreed with Lily before she went back to class."),
         targets=[("Target 1 (academic - reading)", "English",
                   "Lily will answer inference questions on a Year 6 reading paper, scoring 12 out of 20 or more by the February PEP (currently 7/20)"),
                  ("Target 2 (academic - maths)", "Maths",
                   "Lily will use the bar model to solve two-step word problems, getting 4 out of 5 correct in the weekly arithmetic and reasoning quiz by 13 February 2026"),
                  ("Target 3 (holistic - Lily's choice)", "Transition",
                   "Lily will visit Ashby Vale High twice with Mrs Bell (learning mentor) and make a 'what I know about my new school' booklet by Easter 2026")],
         spend=[("Target 1", "Inference reading group with Mrs Bell, twice weekly for 10 weeks (£15 per session)", "£300", 300.0, 1),
                ("Target 2", "Maths tutoring (third space), 1 hour weekly for 8 weeks", "£200", 200.0, 2),
                ("Target 3", "Transition visits - mentor cover time and booklet materials", "£100", 100.0, 3)],
         total="PP+ requested for the autumn term: £600", total_val=600.0,
         completed="PEP completed and uploaded by DT on: 15th October 2025", completed_iso="2025-10-15"),
    dict(n=2, first="Jake", last="Harrow", school="Ashby St Michael's C of E Primary School", ncy="Year 5", ncy_n=5,
         meeting=None, meeting_iso=None, next_pep="Spring 2026",
         data="Attendance: 93.0%. One suspension last year (half day). On SEN support for SEMH.",
         att=93.0, present="Jake (part), Mr Dev Tailor (carer), Miss Ruth Allan (DT), Mr Ben Osei (SW)",
         rows=[("Jake said", "Playtime. I play tig with Callum.", "", ""),
               ("Carer said", "Jake is sleeping better and likes his new bedroom.", "He still finds it hard when plans change.", "Keep routines the same."),
               ("School said", "Jake is kind to younger children at lunch.", "Spelling and handwriting are well below age.", "Daily spelling practice and handwriting support.")],
         voice_idx=True,
         record="Jake came in at the start but wanted to go back to PE. Short meeting.",
         targets=[("Target 1 (academic)", "English",
                   "Jake will spell 15 of the Year 3/4 statutory words correctly in a dictated test by the spring PEP"),
                  ("Target 2 (academic)", "English",
                   "Jake will form lower-case letters correctly and use joins in a short piece of writing"),
                  ("Target 3 (holistic)", "Wellbeing",
                   "Jake will use his now/next board when plans change")],
         spend=[("Target 1", "Nessy spelling licence and TA time 3 x 15 minutes a week", "£150", 150.0, 1),
                ("", "Forest school sessions (spring term)", "£180", 180.0, None)],
         total="PP+ requested: £330", total_val=330.0,
         completed="PEP completed and uploaded by DT on: ", completed_iso=None),
]


def build_doc(c):
    doc = Document()
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(9)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.footer.paragraphs[0].text = "Ashby Vale Virtual School - PEP meeting record v4 - keep with the child's education file"
    sec.footer.paragraphs[0].runs[0].font.size = Pt(7)

    para(doc, "Ashby Vale Council - Virtual School", bold=True, size=10, color="2E75B6")
    para(doc, f"PEP meeting record for {c['first']} {c['last']}", bold=True, size=15)
    para(doc, "We run PEP meetings as a conversation around three questions, not by reading out the form. "
              "Write down what each person said, in their words.", italic=True, size=8)
    grid(doc, [["School", c["school"], "Year", c["ncy"]],
               ["Meeting date", c["meeting"] or "", "Next PEP", c["next_pep"]],
               ["Who was there", c["present"], "", ""]], widths=[3, 8, 2, 5], size=9, bold_first_col=True)

    para(doc, "Data snapshot (DT to fill in before the meeting)", bold=True, size=10)
    grid(doc, [[c["data"]]], size=9)

    para(doc, "The three questions", bold=True, size=11)
    rows = [["", "What's working well?", "What are we worried about?", "What needs to happen?"]]
    rows += [list(r) for r in c["rows"]]
    t = grid(doc, rows, widths=[2.8, 5, 5, 5], header_fill="DEEAF6", size=9, bold_first_col=True)
    shade(t.rows[1].cells[0], "FFF2CC")

    para(doc, "Record of discussion", bold=True, size=11)
    para(doc, c["record"], size=9)

    para(doc, "What we agreed: targets (set by the teacher)", bold=True, size=11)
    para(doc, "Two academic targets and one holistic target. The holistic target should come from what the child told us.", italic=True, size=8)
    for lab, _, text in c["targets"]:
        p = doc.add_paragraph(style="List Number")
        r = p.add_run(lab + ": ")
        r.bold = True
        p.add_run(text)

    para(doc, "How PP+ will be used this term", bold=True, size=11)
    for tlab, desc, cost, _, _ in c["spend"]:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run((tlab + " - " if tlab else "") + desc + " - " + cost)
    para(doc, c["total"], bold=True, size=9)

    para(doc, "")
    para(doc, c["completed"], size=9)
    para(doc, "Virtual School QA: Good / Requires improvement / Inadequate (delete as appropriate)", size=8, italic=True)
    return doc


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.docx"
        build_doc(c).save(os.path.join(out_dir, fname))
        child_row = c["rows"][0]
        voice = [v for v in child_row[1:] if v]
        areas = [a for _, a, _ in c["targets"]]
        write_truth(out_dir, dict(
            layout=LAYOUT, file=fname, inspired_by=INSPIRED,
            quirks=["meeting record built on three signs-of-safety questions with a row per person (the child's row is the voice)",
                    "targets and PP+ written as numbered / bulleted lists, costs inline after a dash",
                    "fixed structure: two academic targets plus one holistic", "data snapshot as one free-text line (attendance inside it)",
                    "completion date in a sentence at the end", "date written dd/mm/yy"],
            child_name=f"{c['first']} {c['last']}", child_first_name=c["first"], school=c["school"],
            year_group=c["ncy_n"], meeting_date=c["meeting_iso"], completed_date=c["completed_iso"],
            attendance_percent=c["att"], pupil_voice=voice,
            targets=[{"text": t, "area": a} for _, a, t in c["targets"]],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": d, "cost": v, "target": tn} for _, d, _, v, tn in c["spend"]],
            pp_requested=c["total_val"],
        ))


if __name__ == "__main__":
    run_main(build)
