"""zT08: Year 6 PEP generated from the case system (Liquidlogic-style step header, system IDs), pre-filled by the
social worker up to the 'PEP meeting' point, filled in by the school in another font and typed up afterwards by
business support; numbering mixes '1.)Personal Details', 'Section 3', '4.)End of Key Stage Attainments' and
'Section D'; code lists with the choice marked; circled results; an EYPP-style funding grid used for PPG.
Entries 17 + 13."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_T import *
from docx.shared import Pt, RGBColor

LAYOUT = "zT08-liquidlogic-three-hands-mixed-numbering"
INSPIRED = "real-forms.md entries 17, 13"
QUIRKS = ["case-system print-out (step header, Person ID) pre-filled by the SW up to the 'PEP meeting' point",
          "three hands: SW (system text), school (typed in blue Comic Sans), business support typed-up notes",
          "mixed numbering with lost spacing: '1.)Personal Details', '2.)School Details', 'Section 3', '4.)End of Key Stage Attainments', 'Section D'",
          "code lists printed in full with the choice marked [X]", "'Please circle results' with the result shown in brackets",
          "'Please ensure the box is ticked if a child is NOT in education' box", "'Person to contact: - If designated teacher is not completing the form.'",
          "funding grid with EYPP-request columns (type of intervention, description, target details, expected impact, cost) used for PPG"]


def school(cell_or_par, text):
    """Write text in the school's hand (blue Comic Sans)."""
    p = cell_or_par.paragraphs[0] if hasattr(cell_or_par, "paragraphs") and not hasattr(cell_or_par, "add_run") else cell_or_par
    r = p.add_run(text)
    r.font.name = "Comic Sans MS"
    r.font.color.rgb = RGBColor(0x1F, 0x3F, 0xBF)
    return r


def make(out, n):
    full = n == 1
    doc = new_doc("Arial", 9.5)
    header_footer(doc, "LCS  |  Personal Education Plan  |  Step: PEP Meeting (Education)  |  Person ID: 3300821  |  Worker: Nadia Forsyth",
                  "Printed from LCS 21/09/2026 09:12 by business support. Please return the Word version to the Virtual School.")
    para(doc, "PERSONAL EDUCATION PLAN - Autumn term 2026", bold=True, size=14)
    para(doc, "Please remember to include the date the PEP is completed.", italic=True, size=8.5)
    para(doc, "1.)Personal Details", bold=True, size=11)
    table(doc, [["Name (as held on LCS)", "Leo Whitcombe"], ["Known as", "Leo"], ["Date of birth", "30/11/2015"],
                ["Ethnic Background", "[X] White / Mixed / Asian or Asian British / Black or Black British / Other / Not given"],
                ["National Identity", "Welsh / [X] English / Scottish / Irish / British / Other / Not given"],
                ["Legal status", "Interim Care Order (s38)"], ["Date of PEP meeting", fmt("2026-09-24", "slash")]], bold_first_col=True)
    para(doc, "\u2610 Please ensure the box is ticked if a child is NOT in education.")
    para(doc, "2.)School Details", bold=True, size=11)
    t = table(doc, [["School", ""], ["Year group", ""], ["Designated teacher", ""],
                    ["Person to contact: - If designated teacher is not completing the form.", ""], ["Attendance this year (%)", ""]], bold_first_col=True)
    vals = ["Holmwood Church of England Primary School", "6", "Mrs Rachel Dunmore", "Mr Simon Patel (Deputy Head)",
            "96.3% (1 September to 18 September: 1 session missed)" if full else "96.3% (1 September to 18 September: 1 session missed)"]
    for row, v in zip(t.rows, vals):
        school(row.cells[1], v)
    para(doc, "Section 3", bold=True, size=11)
    para(doc, "Child's views (typed by school from Leo's sheet)", bold=True)
    voice = ["I like Year 6 because we are the oldest and I am a playground buddy.",
             "I find fractions really hard and I don't like it when I get them wrong in front of people.",
             "I want to go to Kingsbury High with my friend Callum."]
    vt = doc.add_table(rows=1, cols=1); vt.style = "Table Grid"
    if full:
        vt.rows[0].cells[0].text = ""
        for i, v in enumerate(voice):
            p = vt.rows[0].cells[0].paragraphs[0] if i == 0 else vt.rows[0].cells[0].add_paragraph()
            school(p, v)
    else:
        school(vt.rows[0].cells[0], "Carer says Leo is happy at school and gets on well with everyone.")
    para(doc, "")
    para(doc, "Key Stage 1 results (2022) - Please circle results", bold=True)
    table(doc, [["Reading", "WTS / (EXS) / GDS"], ["Writing", "(WTS) / EXS / GDS"], ["Maths", "WTS / (EXS) / GDS"]], bold_first_col=True)
    para(doc, "4.)End of Key Stage Attainments", bold=True, size=11)
    table(doc, [["Subject", "Current (Sept 2026)", "Predicted KS2 (May 2027)"], ["Reading", "EXS", "EXS"], ["Writing", "WTS", "EXS"],
                ["Maths", "WTS", "EXS"], ["GPS", "WTS", "EXS"]], header=True, fill="D9D9D9")
    para(doc, "Section D", bold=True, size=11)
    para(doc, "Targets (agreed at the meeting)", bold=True)
    T = [("Maths", "Leo will add and subtract fractions with different denominators, getting 8 out of 10 right in his weekly arithmetic quiz by February half term"),
         ("Writing", "Leo will use paragraphs, inverted commas and at least 3 different fronted adverbials in each independent write, checked against the Year 6 writing framework by the spring PEP"),
         ("Reading", "Leo will read with an adult 4 times a week and record it in his reading diary, moving from book band Ruby to Sapphire by 12 February 2027")]
    tt = table(doc, [["No.", "Subject", "Target", "Success criteria / review by"]] + [[str(i), a, "", ""] for i, (a, _) in enumerate(T, 1)], header=True, fill="D9D9D9")
    crit = ["Quiz scores in maths book; spring PEP", "Framework tick sheet; spring PEP", "Reading diary and book band; 12/02/2027"]
    for row, (a, tx), c in zip(tt.rows[1:], T, crit):
        school(row.cells[2], tx)
        school(row.cells[3], c)
    para(doc, "")
    para(doc, "Funding request (PPG)", bold=True)
    pp = [("Learning", "Fractions small-group intervention with HLTA, 3 x 30 minutes a week for 10 weeks", "Target 1", "8/10 in weekly quiz", "225.00"),
          ("Learning", "Reading volunteer sessions and a set of Sapphire band books for home", "Target 3" if full else "", "Moves to Sapphire band", "75.00"),
          ("Learning", "Online writing feedback licence (Write Away Together) for Leo's independent writes, one term", "Target 2" if full else "", "Paragraphs and speech punctuation used independently", "60.00")]
    pt = table(doc, [["Type of intervention (pastoral or learning)", "Description of intervention", "Target details", "Expected impact", "Cost of the support"]]
               + [["", "", "", "", ""] for _ in pp], header=True, fill="D9D9D9")
    for row, line in zip(pt.rows[1:], pp):
        for c, v in zip(row.cells, line):
            school(c, v if c is not row.cells[4] else f"£{v}")
    total = sum(float(x[4]) for x in pp)
    p = doc.add_paragraph(); p.add_run("Total requested: ").bold = True; school(p, f"£{total:.2f}")
    para(doc, "")
    para(doc, "Notes of meeting (typed up by business support, KB, from the handwritten notes)", bold=True)
    para(doc, "Present: Leo (part), Mrs Dunmore (DT), Nadia Forsyth (SW), Mrs Joanne Pyle (foster carer). Leo read out his sheet himself. "
              "Mrs Pyle will hear Leo read at home. Transition: Kingsbury High is first preference; SW to confirm the application by 31 October.")
    p = doc.add_paragraph(); p.add_run("Date PEP completed: ").bold = True
    if full:
        school(p, fmt("2026-10-09", "long"))
    path = write_truth(out, LAYOUT, n, "docx", INSPIRED, QUIRKS + ([] if full else [
        "GAPS: the child's-views box holds only the carer's summary (no child's words); PPG lines 2 and 3 have empty 'Target details'; 'Date PEP completed' blank"]),
        child_name="Leo Whitcombe", child_first_name="Leo", school="Holmwood Church of England Primary School", year_group=6,
        meeting_date="2026-09-24", completed_date="2026-10-09" if full else None, attendance_percent=96.3,
        pupil_voice=voice if full else [], targets=[{"text": tx, "area": a} for a, tx in T], english_target=True, maths_target=True,
        pp_spend=[{"description": x[1], "cost": float(x[4]), "target": int(x[2].split()[1]) if x[2] else None} for x in pp], pp_requested=total)
    doc.save(path)


def build(out_dir):
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    main(build)
