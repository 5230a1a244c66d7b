"""zS06: Welfare-Call-style SSA ePEP saved to Word; colour tab banners, alternative-timetable tab, SDQ over 17, multi-choice boxes."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_S import *  # noqa

LAYOUT = "zS06-welfare-ssa-alt-timetable-tabs"
INSP = "real-forms.md entries 1, 6, 11"
QUIRKS = ["ePEP tabs saved to Word as shaded banner rows: colour word + owner ('BLUE - General and personal - Social Worker', 'RED - Education provision - Designated Teacher/Lead', 'BLACK - Quality Assurance Tab')",
          "'Blue Banner' sub-headings inside each tab; Essential pupil information as three label/value pairs per row (6-column table)",
          "generated 'alternative timetable or alternative education provider' tab because the Year 8 pupil is on a part-time timetable (days as a tick strip)",
          "SDQ score 19 ('over 17') with strategies row; multiple-choice answers as \u2612 / \u2610 boxes",
          "'Present at this meeting: Me | Designated Teacher | Social Worker | PEP Co-ordinator' tick strip with 'Me' as a column",
          "sign-off is the 'DT: Click when Completed' button state with its timestamp; QA tab holds amber feedback"]

X, O = "\u2612", "\u2610"


def banner(doc, text, fill):
    t = doc.add_table(rows=1, cols=1)
    c = t.rows[0].cells[0]
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = True
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, fill)
    doc.add_paragraph()


def blue_banner(doc, text):
    t = doc.add_table(rows=1, cols=1)
    c = t.rows[0].cells[0]
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = True
    shade(c, "BDD7EE")


def make(out_dir, n):
    good = n == 1
    name, first = ("Kayden Marsh", "Kayden") if good else ("Lily-Mae Foster", "Lily-Mae")
    school = "Ravensworth Academy" if good else "Highfell School"
    meet, meet_iso = ("20/10/2026", "2026-10-20") if good else ("12/11/2026", "2026-11-12")
    doc = new_doc(size=9.5)
    d_header_footer(doc, "Welfare Call ePEP - SSA - Autumn 2026 - " + name,
                    "Exported from ePEP " + ("21/10/2026 16:40" if good else "13/11/2026 10:05") + " - tab colour shows who completes each tab")
    d_para(doc, "Personal Education Plan - Statutory School Age (SSA)", bold=True, size=15)
    d_para(doc, "PEP meeting date: " + meet + "      PEP term: Autumn 2026")
    banner(doc, "BLUE - Tab 1: General and personal - Social Worker", "2E75B6")
    blue_banner(doc, "Essential pupil information")
    d_table(doc, [["Name", name, "DOB.", "03/03/2013" if good else "11/12/2012", "Gender", "Male" if good else "Female"],
                  ["Ethnicity", "White British", "Language", "English", "UPN", "K9301122" + ("14B" if good else "90C")],
                  ["Social Care ID", "SC44810" if good else "SC51276", "Year", "8", "Legal status", "S31 Care Order"]],
            widths=[2.3, 3.6, 2.1, 2.6, 2.3, 3.1])
    blue_banner(doc, "Care information")
    d_table(doc, [["Placement", "Foster care (IFA)" if good else "Residential children's home"],
                  ["Date into care", "14/06/2022" if good else "02/02/2024"],
                  ["Number of placements", "2" if good else "4"]], widths=[5, 11])
    blue_banner(doc, "Strengths and difficulties questionnaire")
    d_table(doc, [["SDQ score", "19" if good else "21"],
                  ["Score over 17 - strategies", "Weekly sessions with the school's emotional literacy support assistant; CAMHS referral made 01/09/2026" if good else "Strategies to be agreed"]],
            widths=[5, 11])
    banner(doc, "RED - Tab 2: Education provision or setting information - Designated Teacher/Lead", "C00000")
    blue_banner(doc, "School and attendance")
    d_table(doc, [["School", school], ["Designated Teacher/Lead", "Ms Nadia Rahman" if good else "Mr Gary Dent"],
                  ["Attendance (this academic year)", "82.4% (of timetabled sessions)" if good else "Awaiting data - attendance not yet entered"],
                  ["Is the pupil on a part-time timetable?", f"{X} Yes   {O} No"]], widths=[5, 11])
    blue_banner(doc, "Present at this meeting")
    d_table(doc, [["Me", "Designated Teacher", "Social Worker", "PEP Co-ordinator"],
                  [X if good else O, X, X, O if good else X]], header=True, fill="F2F2F2")
    banner(doc, "GREEN - Alternative timetable or alternative education provider", "548235")
    d_table(doc, [["", "Mon", "Tue", "Wed", "Thu", "Fri"],
                  ["In school (mornings)", X, X, X, X, X],
                  ["Afternoons at Skillforce Farm (AP)", O, X, O, X, O]], header=True, fill="E2EFD9")
    d_table(doc, [["Plan to return to full time", "Add one afternoon each half-term; full time by Easter 2027"]], widths=[5, 11])
    banner(doc, "PURPLE - Pupil voice - completed with the pupil", "7030A0")
    if good:
        v = ["The farm is the best bit because I look after the goats.",
             "I find it hard to sit still in science after dinner.",
             "I'd like to do more days in school if I can have a break card."]
        d_table(doc, [["What is going well for you?", v[0]], ["What is hard for you?", v[1]],
                      ["What would help you?", v[2]]], widths=[5, 11])
    else:
        v = []
        d_table(doc, [["What is going well for you?", "No pupil views shared"], ["What is hard for you?", ""],
                      ["What would help you?", ""]], widths=[5, 11])
    banner(doc, "RED - Targets and PP+ - Designated Teacher/Lead", "C00000")
    if good:
        tg = [("T1", "English", "Kayden will read aloud a one-page extract from the class novel to his TA twice a week, with no more than 5 errors, by 18 December 2026"),
              ("T2", "Maths", "Kayden will complete 15 minutes of Hegarty Maths in the library at the start of each school day and pass the fractions quiz"),
              ("T3", "SEMH", "Kayden will use his break card no more than twice a lesson and return to class within 5 minutes")]
        pp = [("TA reading sessions, 2 x 20 minutes a week", 260.0, 1),
              ("Breakfast club place so he can do Hegarty first thing", 90.0, 2),
              ("Skillforce Farm afternoon (1 of 2 days)", 400.0, 3)]
    else:
        tg = [("T1", "English", "Lily-Mae will write a 200-word diary entry using paragraphs in English lessons by the end of November"),
              ("T2", "Maths", "Lily-Mae will attend the Tuesday maths intervention group for the rest of the term")]
        pp = [("Maths intervention group", 150.0, 2), ("Art therapy, 6 sessions", 300.0, 1)]
    rows = [["Target no.", "Subject (drop down)", "Target", "Review date"]] + [[a, b, c, "Spring 2027 PEP"] for a, b, c in tg]
    d_table(doc, rows, header=True, fill="F2F2F2", widths=[2, 2.8, 9, 2.4])
    rows = [["PP+ item", "Cost (£)", "Linked target (drop down)"]] + [[d, f"{c:.2f}", f"T{t}"] for d, c, t in pp]
    total = sum(c for _, c, _ in pp)
    rows.append(["Total PP+ requested", f"£{total:.2f}", ""])
    d_table(doc, rows, header=True, fill="F2F2F2", widths=[9, 3, 4])
    d_para(doc, "DT: Click when Completed   " + ("[Completed - N. Rahman - 21/10/2026 16:38]" if good else "[ not clicked ]"), bold=True)
    banner(doc, "BLACK - Quality Assurance Tab", "000000")
    d_table(doc, [["RAG", "Amber" if good else "Red"],
                  ["Feedback", "Amber: the part-time timetable review date should be in the plan." if good else
                   "Red: pupil voice must be completed and attendance entered before the virtual school can sign off."]], widths=[5, 11])
    fn = f"{LAYOUT}-{n}.docx"
    doc.save(os.path.join(out_dir, fn))
    q = QUIRKS + ([] if good else ["-2 gaps: pupil voice tab reads 'No pupil views shared', attendance 'Awaiting data', 'DT: Click when Completed' not clicked (no completion date); SDQ strategies 'to be agreed'"])
    tr = truth(LAYOUT, fn, INSP, q, child_name=name, child_first_name=first, school=school, year_group=8,
               meeting_date=meet_iso, completed_date="2026-10-21" if good else None,
               attendance_percent=82.4 if good else None, pupil_voice=v,
               targets=[{"text": c, "area": b} for a, b, c in tg], english_target=True, maths_target=True,
               pp_spend=[{"description": d, "cost": c, "target": t} for d, c, t in pp], pp_requested=total)
    write_truth(out_dir, f"{LAYOUT}-{n}", tr)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
