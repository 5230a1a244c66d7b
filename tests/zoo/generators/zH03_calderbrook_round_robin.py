"""zH03: Calderbrook MBC secondary PEP (DOCX): SW part first, labels above values, subject round robin, PPG table."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_H import docx_table, write_truth, main
from docx import Document
from docx.shared import Pt

LAYOUT = "zH03-calderbrook-round-robin"
INSP = "real-forms.md entries 19, 15, 17, 14, 12; 'What a reader must cope with' 10, 18"
QUIRKS = ["social worker part first, school part after", "labels without colons, value on the next line",
          "subject teachers' round-robin comments before the targets (not targets)",
          "attendance given per half term plus year to date", "carer's views next to the young person's views",
          "PPG lines linked by 'Links to target (no.)'", "placeholder 'Click here to enter a date.'"]


def label(d, text, value):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = True
    d.add_paragraph(value)


KIDS = [
    dict(n=1, name="Kacper Nowicki-Bell", first="Kacper", school="Calder Heights Academy", yr=9,
         meet="12th Nov 2025", meet_iso="2025-11-12", done="19-11-2025", done_iso="2025-11-19",
         att=("Autumn 1: 89.2%   Autumn 2 (to 7/11): 97.5%   Year to date: 91.4%", 91.4),
         rr=[("Maths", "Mr D. Senior", "Working at grade 3-; loses marks on fractions. Homework 60% returned."),
             ("English", "Ms L. Achebe", "Reads widely but writing lacks paragraphs. Working at 3."),
             ("Science", "Dr P. Ng", "Enjoys practicals. Working at 4-.")],
         qa=[("What is going well in school?", "Science practicals and PE. I get on with Mr Ng."),
             ("What is hard at the moment?", "Fractions. I hate when they put us in groups I don't pick."),
             ("What would help you?", "If I could sit near the front in maths and have the steps written down."),
             ("What do you want to do after Year 11?", "Electrician like my uncle Ray, or the army.")],
         carer="Foster carer (Mrs J. Whitlow): Kacper is more settled since the summer and does homework at the kitchen table.",
         targets=[("1", "Maths", "Kacper will add and subtract fractions with different denominators, scoring 8/10 on the end-of-unit check by 20 February 2026",
                   "Maths intervention group Tues P5 (Mr Senior); step cards on desk", "20/02/2026", "Maths"),
                  ("2", "English", "Kacper will plan and write a 4-paragraph answer with a topic sentence in each paragraph, in 3 English assessments by Easter",
                   "Writing frame; Thursday lunch English club with Ms Achebe", "Easter 2026", "English"),
                  ("3", "Careers / wellbeing", "Kacper will visit Calder College's electrical taster day and write 3 things he learned for his next PEP",
                   "Careers lead books place; carer drives", "Spring PEP", "Careers")],
         ppg=[("Small-group maths tuition, 1 hr a week x 10 weeks with specialist tutor", "1", "£400.00", 400.0),
              ("English club resources and reading books of his choice", "2", "£60", 60.0),
              ("Taster day travel and PPE kit", "3", "£35.00", 35.0)], total="£495.00", total_v=495.0),
    dict(n=2, name="Demi-Leigh Sutcliffe", first="Demi-Leigh", school="Moorside High School", yr=10,
         meet="03/12/2025", meet_iso="2025-12-03", done="Click here to enter a date.", done_iso=None,
         att=("Autumn 1: 78.0%   Autumn 2: 84.6%   Year to date: 81.2%  (PA - attendance plan in place)", 81.2),
         rr=[("Maths", "Mrs T. Ormerod", "Grade 2 currently; target grade 4."),
             ("English", "Mr A. Baines", "No comment returned."),
             ("Science", "Mr S. Patel", "Missing coursework.")],
         qa=[("What is going well in school?", "Art."), ("What is hard at the moment?", ""),
             ("What would help you?", ""), ("What do you want to do after Year 11?", "dunno")],
         carer="Residential key worker: Demi-Leigh has been missing from home twice this half term.",
         targets=[("1", "Maths", "Demi-Leigh will complete 2 Sparx maths tasks a week (min 80% correct) until the spring PEP, checked by her tutor each Friday",
                   "Tutor checks Friday; key worker supports at home", "Spring PEP", "Maths"),
                  ("2", "Attendance", "Demi-Leigh's attendance will rise to 90% or above by February half-term",
                   "Daily check-in with Head of Year; taxi arranged", "13.02.26", "Attendance")],
         ppg=[("Art Award entry and materials", "", "£150", 150.0),
              ("Maths tutoring (online, 1:1, 45 mins weekly)", "1", "£330.00", 330.0)], total="", total_v=None),
]


def build_one(out_dir, k):
    fname = f"{LAYOUT}-{k['n']}.docx"
    d = Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = f"Calderbrook Virtual School   PEP   Young person: {k['name']}"
    d.sections[0].footer.paragraphs[0].text = "Please return to the Virtual School within 10 school days of the meeting."
    d.add_heading("Calderbrook Metropolitan Borough Council", 0)
    d.add_paragraph("Personal Education Plan - Key Stages 3 and 4")
    d.add_heading("PART ONE  To be completed by the child's social worker before the meeting", 1)
    label(d, "Young person", k["name"])
    label(d, "Legal status", "Section 31 Care Order" if k["n"] == 1 else "Interim Care Order")
    label(d, "Where the young person lives", "Foster home (in borough)" if k["n"] == 1 else "Children's home (out of borough, 14 miles)")
    label(d, "Family time arrangements", "Mum fortnightly, supervised" if k["n"] == 1 else "N/A")
    label(d, "Anything school needs to know", "Kacper's nan is unwell; he may be upset." if k["n"] == 1 else "Click here to enter text.")
    d.add_heading("PART TWO  School (Designated Teacher)", 1)
    label(d, "School attended", k["school"])
    label(d, "National Curriculum year", f"Year {k['yr']}")
    label(d, "Date of PEP meeting", k["meet"])
    label(d, "Attendance this academic year", k["att"][0])
    label(d, "SEN status", "SEN Support - literacy" if k["n"] == 1 else "None")
    d.add_heading("Subject teacher round robin (collected before the meeting)", 2)
    docx_table(d, [["Subject", "Teacher", "Comment"]] + [list(r) for r in k["rr"]])
    d.add_heading("PART THREE  Young person's views", 1)
    d.add_paragraph("To be gathered by someone the young person trusts. Use their words.")
    for q, a in k["qa"]:
        p = d.add_paragraph(); p.add_run(q).bold = True
        pa = d.add_paragraph()
        if a:
            pa.add_run(a).italic = True
    d.add_heading("Carer's views", 2)
    d.add_paragraph(k["carer"])
    d.add_heading("PART FOUR  Targets agreed at the meeting", 1)
    docx_table(d, [["No.", "Area", "Target (SMART)", "Actions - who, what, how often", "By when"]] + [list(t[:5]) for t in k["targets"]])
    d.add_heading("PART FIVE  Pupil Premium Grant (PPG) request", 1)
    docx_table(d, [["Intended use of the funding", "Links to target (no.)", "Cost"]] + [list(r[:3]) for r in k["ppg"]] +
               [["Total amount requested", "", k["total"] or "Click here to enter text."]])
    d.add_heading("PART SIX  Completion", 1)
    docx_table(d, [["DT completed on", k["done"]], ["DT name", "Mr R. Haworth" if k["n"] == 1 else "Mrs C. Dyson"],
                   ["Date of next PEP", "Spring term - w/c 23 March 2026" if k["n"] == 1 else "TBC"]], header=False, bold_first_col=True)
    d.save(os.path.join(out_dir, fname))

    voice = [a for _, a in k["qa"] if a]
    targets = [{"text": t[2], "area": t[5]} for t in k["targets"]]
    write_truth(out_dir, LAYOUT, fname, INSP, QUIRKS, child_name=k["name"], child_first_name=k["first"], school=k["school"],
                year_group=k["yr"], meeting_date=k["meet_iso"], completed_date=k["done_iso"], attendance_percent=k["att"][1],
                pupil_voice=voice, targets=targets, english_target=any(t["area"] == "English" for t in targets),
                maths_target=any(t["area"] == "Maths" for t in targets),
                pp_spend=[{"description": r[0], "cost": r[3], "target": int(r[1]) if r[1] else None} for r in k["ppg"]],
                pp_requested=k["total_v"])


def build(out_dir):
    for k in KIDS:
        build_one(out_dir, k)


if __name__ == "__main__":
    main(build)
