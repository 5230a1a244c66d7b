"""zF03 - Tamarsh Borough Council: Post-16 Personal Education and Training Plan (PETP), Word.
Question-and-answer layout: bold question paragraphs, answers typed underneath; lettered parts."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_F import write_truth, grid, para, shade, run_main  # noqa: E402

from docx import Document  # noqa: E402
from docx.shared import Pt, Cm, RGBColor  # noqa: E402

LAYOUT = "zF03-tamarsh-petp"
INSPIRED = "real-forms.md entries 25, 8, 22, 12, 18; 'What a reader must cope with' 12, 14, 15"

CASES = [
    dict(n=1, first="Daniel", last="Mwangi", pref="Dan", ncy="Year 12 (first year of study programme)", ncy_n=12,
         college="Tamarsh and Wyeford College", campus="Riverside Campus",
         course="BTEC Level 3 National Extended Certificate in Sport (Year 1 of 2)",
         tutor="Ms Harriet Oyelaran (Designated Tutor)", advisor="Callum Reeve, Post-16 Learning Advisor",
         meeting="Thu 25th September 2025", meeting_iso="2025-09-25",
         attended="☒ Student attended the meeting   ☐ Views given in advance only   ☐ Student did not take part",
         attendance="Attendance to date (college register, 01/09 - 24/09): 89.5%", att=89.5,
         gcse="English Language grade 3 (2025); Maths grade 4 (2025); Combined Science 4-4",
         voice_q=[("What is going well for you at college?", "The sport lessons are good, I like the practical days at the leisure centre."),
                  ("What is hard at the moment?", "Getting up for 9am on Mondays because of the bus. And I hate the English resit."),
                  ("Where do you want to be in two years?", "I want to do a sports coaching apprenticeship or go to uni if I get the grades.")],
         targets=[dict(area="English", goal="Dan will achieve a grade 4 or above in GCSE English Language in the June 2026 resit, moving from a working-at grade 3 to a secure 4 in the March mock",
                       actions="Attend English resit class (Tues/Thurs) and the drop-in Writing Lab once a week; tutor checks attendance fortnightly",
                       evidence="Mock result; English tutor report at spring PETP", review="March 2026"),
                  dict(area="Attendance", goal="Dan will raise his attendance to 95% or above by the spring PETP by catching the 8.05am bus on Mondays",
                       actions="Bus pass renewed (college bursary); carer to text Dan at 7.30am Mondays", evidence="College register", review="February 2026"),
                  dict(area="Careers", goal="Dan will complete one application for a sports coaching apprenticeship and one UCAS practice statement by 30 April 2026",
                       actions="Two careers guidance sessions with college careers adviser", evidence="Copy of application saved to ePETP", review="April 2026")],
         funding=[("Writing Lab 1:1 English tuition, 12 x 1 hour at £30", "1", "£360.00", 360.0),
                  ("Football coaching Level 1 course (FA) to support career goal", "3", "£150", 150.0)],
         total_line="Total requested from the Post-16 PP+ fund: £510.00", total=510.0,
         signed="Form finalised by Post-16 Learning Advisor: 2 October 2025", signed_iso="2025-10-02"),
    dict(n=2, first="Kezia", last="Lindqvist", pref="", ncy="Year 13", ncy_n=13,
         college="Wyeford Sixth Form Centre", campus="",
         course="A levels: Psychology, Sociology, English Literature",
         tutor="Mr Owen Bright (Designated Tutor)", advisor="Callum Reeve, Post-16 Learning Advisor",
         meeting="17/10/2025", meeting_iso="2025-10-17",
         attended="☐ Student attended the meeting   ☐ Views given in advance only   ☒ Student did not take part",
         attendance="Attendance to date (college register): ", att=None,
         gcse="English Language 6, English Literature 7, Maths 4",
         voice_q=[("What is going well for you at college?", "N/A"),
                  ("What is hard at the moment?", "N/A"),
                  ("Where do you want to be in two years?", "N/A")],
         targets=[dict(area="English", goal="Kezia will hand in her English Literature NEA first draft (2,500 words) to her teacher by 12 December 2025",
                       actions="Weekly check-in with subject teacher; library study room booked Wednesdays", evidence="Draft received and marked", review="December 2025"),
                  dict(area="Careers", goal="Kezia will submit her UCAS application for Psychology before the 14 January 2026 equal-consideration deadline",
                       actions="Personal statement support from Designated Tutor", evidence="UCAS confirmation", review="January 2026")],
         funding=[("Revision guides and past paper packs for Psychology and Sociology", "", "£64.97", 64.97),
                  ("Travel to university open days (2)", "2", "£48.00", 48.0)],
         total_line=None, total=None,
         signed="Form finalised by Post-16 Learning Advisor: 24 October 2025", signed_iso="2025-10-24"),
]


def q(doc, text):
    p = para(doc, text, bold=True, size=10)
    p.paragraph_format.space_after = Pt(0)
    return p


def a(doc, text):
    p = para(doc, text, size=10, color="1F3864")
    p.paragraph_format.left_indent = Cm(0.6)
    return p


def part(doc, letter, title):
    p = para(doc, f"Part {letter}   {title}", bold=True, size=12, color="FFFFFF")
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "5B2C6F")
    pPr.append(shd)


def build_doc(c):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Tamarsh Virtual School - Post-16 Team        PETP (Personal Education and Training Plan) - Autumn review window"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    sec.footer.paragraphs[0].text = "Mandatory questions are marked *. If a question does not apply, write N/A. Once the form is finalised it cannot be edited."
    sec.footer.paragraphs[0].runs[0].font.size = Pt(7)

    para(doc, "Personal Education and Training Plan (PETP)", bold=True, size=16, color="5B2C6F")
    para(doc, "For young people in care and care leavers in Years 12-13 (and Year 14 where agreed). "
              "The PETP replaces the school-age PEP from Year 12. Around three goals are enough.", italic=True, size=9)

    part(doc, "A", "About the student")
    for lab, val in [("Student's full name *", f"{c['first']} {c['last']}"),
                     ("Known as", c["pref"] or "N/A"),
                     ("Year of study (NCY) *", c["ncy"]),
                     ("College / provider *", c["college"] + (f", {c['campus']}" if c["campus"] else "")),
                     ("Study programme & level *", c["course"]),
                     ("Designated Tutor / Lead", c["tutor"]),
                     ("Date of PETP meeting *", c["meeting"])]:
        q(doc, lab)
        a(doc, val)
    q(doc, "Who took part?")
    a(doc, c["attended"])

    part(doc, "B", "Learning, attendance and progress")
    q(doc, "Prior attainment (GCSE or equivalent)")
    a(doc, c["gcse"])
    q(doc, "Attendance *")
    a(doc, c["attendance"])
    q(doc, "Is the student on track on their programme?")
    a(doc, "Yes - assignments 1 and 2 submitted on time; Merit predicted." if c["n"] == 1 else "Mostly. Sociology essay late twice.")

    part(doc, "C", "Student's view page")
    para(doc, "Ask the student before or during the meeting and type their answers in their words. "
              "If the student did not take part, say why and how their views will be gathered.", italic=True, size=8)
    for qq, ans in c["voice_q"]:
        q(doc, qq)
        a(doc, ans)
    if c["n"] == 2:
        q(doc, "If the student did not take part, why?")
        a(doc, "Kezia did not want to come. Designated Tutor to try to catch her in tutorial.")

    part(doc, "D", "Goals until the next PETP")
    rows = [["No.", "Goal", "Actions (who does what)", "Evidence of success", "Review"]]
    for i, t in enumerate(c["targets"], 1):
        rows.append([str(i), t["goal"], t["actions"], t["evidence"], t["review"]])
    tb = grid(doc, rows, widths=[1, 6, 5, 3.5, 2], header_fill="E8DAEF", size=9)

    part(doc, "E", "Funding request (Post-16 PP+ / Personal Education Allowance)")
    para(doc, "Say which goal each item supports. Bursary-eligible costs (travel to college, meals, equipment) should go to the college bursary first.",
         italic=True, size=8)
    rows = [["Item", "Goal no.", "Amount"]]
    for d, g, amt, _ in c["funding"]:
        rows.append([d, g, amt])
    grid(doc, rows, widths=[11, 2, 3], header_fill="E8DAEF", size=9)
    if c["total_line"]:
        para(doc, c["total_line"], bold=True, size=10)

    part(doc, "F", "Sign off")
    q(doc, "Student's comment / signature")
    a(doc, "Signed electronically - D. Mwangi" if c["n"] == 1 else "")
    q(doc, "Finalised")
    a(doc, c["signed"])
    return doc


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.docx"
        build_doc(c).save(os.path.join(out_dir, fname))
        voice = [] if c["n"] == 2 else [ans for _, ans in c["voice_q"]]
        areas = [t["area"] for t in c["targets"]]
        write_truth(out_dir, dict(
            layout=LAYOUT, file=fname, inspired_by=INSPIRED,
            quirks=["post-16 renaming: PETP, student, Designated Tutor, goals instead of targets",
                    "labels as bold paragraphs with the answer on the next line",
                    "tick-box characters for who took part", "'N/A' typed into mandatory answers",
                    "year of study written as 'Year 12 (first year of study programme)'",
                    "funding called Post-16 PP+ / Personal Education Allowance; amounts with and without pence"],
            child_name=f"{c['first']} {c['last']}", child_first_name=c["first"], school=c["college"],
            year_group=c["ncy_n"], meeting_date=c["meeting_iso"], completed_date=c["signed_iso"],
            attendance_percent=c["att"], pupil_voice=voice,
            targets=[{"text": t["goal"], "area": t["area"]} for t in c["targets"]],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": d, "cost": v, "target": int(g) if g else None} for d, g, _, v in c["funding"]],
            pp_requested=c["total"],
        ))


if __name__ == "__main__":
    run_main(build)
