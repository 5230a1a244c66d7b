"""zO03: school-age Word PEP (DOCX) holding BOTH meetings of the cycle in one document (new PEP in
September, review in November), with mixed section numbering ("1.)", "Section 3", "4.)", "Section D"),
code lists with ticked boxes, circled results, and side-by-side meeting columns."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_O import *
import docx
from docx.shared import Pt

LAYOUT = "zO03-two-meetings-mixed-numbering"
INSPIRED = "real-forms.md entries 5, 13"
QUIRKS = ["both meetings of the cycle recorded in the same single document (read the November review)",
          "mixed numbering: '1.)Personal Details', '2.)School Details', 'Section 3', '4.)End of Key Stage Attainments', 'Section D'",
          "views, attendance and PP+ in side-by-side 'Meeting 1' / 'Review' columns",
          "two Section D action plans, one per meeting",
          "code lists printed with ticked boxes; 'Please circle results' shown as brackets round the chosen result",
          "front page 'Name / This is a photo of me / My school / County / School year' with the photo caption left in"]


def tick(options, chosen):
    return "   ".join(("☒ " if o == chosen else "☐ ") + o for o in options)


def render(d, path):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10.5)
    docx_hf(doc, header=f"{d['la']} – My Personal Education Plan 2026–2027 – {d['version']}",
            footer="Please remember to include the date the PEP is completed.")
    doc.add_heading("My Personal Education Plan 2026–2027", 0)
    for lab, val in [("Name", d["name"]), ("This is a photo of me", "[photo]"), ("My school", d["school"]),
                     ("County", d["county"]), ("School year", d["year"])]:
        p = doc.add_paragraph(); r = p.add_run(lab); r.bold = True
        doc.add_paragraph(val)
    doc.add_paragraph("There are two PEP meetings in this cycle and both meetings are recorded in the same single "
                      "document. Complete the Meeting 1 column at the new PEP and the Review column at the review. "
                      "First part of meeting – Adults only discuss: The PEP, care arrangements and any concerns.")
    doc.add_paragraph("1.)Personal Details").runs[0].bold = True
    docx_table(doc, [["Full name", d["name"]], ["Date of birth", d["dob"]], ["Legal status", d["legal"]],
                     ["Ethnic Background", tick(["White", "Mixed", "Asian or Asian British", "Black or Black British", "Other", "Not given"], d["eth"])],
                     ["National Identity", tick(["Welsh", "English", "Scottish", "Irish", "British", "Other", "Not given"], d["nat"])],
                     ["Please ensure the box is ticked if a child is NOT in education", "☐"]],
               [5, 11], bold_first_col=True)
    doc.add_paragraph()
    doc.add_paragraph("2.)School Details").runs[0].bold = True
    docx_table(doc, [["School", d["school"]], ["Designated Teacher", d["dt"]],
                     ["Person to contact: - If designated teacher is not completing the form.", d["contact"]],
                     ["CLA achievement teacher", d["cat"]]], [5, 11], bold_first_col=True)
    doc.add_paragraph()
    doc.add_paragraph("Meeting dates").runs[0].bold = True
    docx_table(doc, [["", "Meeting 1 (new PEP)", "Review"], ["Date of meeting", d["m1"], d["m2"]],
                     ["Reason", "Start of academic year", d["reason2"]],
                     ["Date the PEP is completed", d["c1"], d["c2"]]], [5, 5.5, 5.5], header=True)
    doc.add_paragraph()
    doc.add_paragraph("Section 2 – My views and what I need help with (the DT meets with me to complete this)").runs[0].bold = True
    docx_table(doc, [["", "Meeting 1", "Review"]] + [[q, a1, a2] for q, a1, a2 in d["views"]], [4, 6, 6], header=True)
    doc.add_paragraph()
    doc.add_paragraph("Section 3").runs[0].bold = True
    doc.add_paragraph("Attendance and exclusions")
    docx_table(doc, [["", "Meeting 1", "Review"], ["Attendance %", d["att1"], d["att2"]],
                     ["Exclusions (internal and external)", "None", "None"]], [5, 5.5, 5.5], header=True)
    doc.add_paragraph()
    doc.add_paragraph("4.)End of Key Stage Attainments").runs[0].bold = True
    doc.add_paragraph("Please circle results. KS1 (end of Year 2):")
    docx_table(doc, [["Reading", "WTS   ( EXS )   GDS"], ["Writing", "( WTS )   EXS   GDS"], ["Maths", "WTS   ( EXS )   GDS"]],
               [5, 11], bold_first_col=True)
    for key, title in [("plan1", f"Section D – Action Plan agreed at Meeting 1 ({d['m1']})"),
                       ("plan2", f"Section D – Action Plan agreed at the Review ({d['m2']})")]:
        doc.add_paragraph()
        doc.add_paragraph(title).runs[0].bold = True
        rows = [["No.", "Subject", "Target", "Support and who", "By when"]]
        for i, t in enumerate(d[key], 1):
            rows.append([str(i), t[1], t[0], t[2], t[3]])
        docx_table(doc, rows, [1, 2.2, 7, 3.8, 2], header=True, size=9.5)
    doc.add_paragraph()
    doc.add_paragraph("PP+ request").runs[0].bold = True
    rows = [["", "Meeting 1", "Review"]]
    for lab, a, b in d["pp"]:
        rows.append([lab, a, b])
    docx_table(doc, rows, [4, 6, 6], header=True, size=9.5)
    doc.save(path)


VIEWS1 = [("What I like about school", "I like art because Mrs Hale lets us use the clay.", "I like being a reading buddy for the Year 2s."),
          ("What I find hard", "Times tables are hard and I get them mixed up.", "I still get the 7s and 8s mixed up."),
          ("What I need help with", "I want help with my handwriting.", "Can I have the wobble cushion back in class?")]
PLAN1_OLD = [("Leo will join the cursive handwriting group twice a week until half-term", "Writing", "TA, Tues/Thurs", "23/10/2026"),
             ("Leo will learn the 3, 4 and 6 times tables", "Maths", "Class teacher", "23/10/2026")]
PLAN1_NEW = [("Leo will answer 7 and 8 times table questions with 90% accuracy on Times Tables Rock Stars by 12/02/2027", "Maths", "Class teacher; carer at home, 10 minutes a night", "12/02/2027"),
             ("Leo will write a half-page story using joined handwriting and full stops in every sentence by February half-term", "English", "TA handwriting group, twice weekly", "12/02/2027"),
             ("Leo will use his calm-down card and the wobble cushion to stay on task for 20 minutes in class", "Wellbeing", "Class teacher; ELSA", "12/02/2027")]
PP1 = [("Intervention", "Handwriting group resources", "Times Tables Rock Stars home login and 1:1 maths tuition with Mr Ibe, 12 x 30 minutes"),
       ("Cost", "£40.00", "£210.00"),
       ("Linked to target no.", "1", "1"),
       ("Second intervention", "", "ELSA sessions, 6 x 45 minutes"),
       ("Cost", "", "£150.00"),
       ("Linked to target no.", "", "3"),
       ("Total requested", "£40.00", "£360.00")]

D1 = dict(la="Fellside County Council", version="mainstream version", name="Leo Ashworth-Kerr", school="St Bega's CE Primary School",
          county="Fellside", year="Year 5", dob="05/03/2016", legal="Full Care Order", eth="White", nat="English",
          dt="Mrs Joanna Hale", contact="Mr Colin Rigg (deputy head)", cat="Mrs Bernadette Lowe",
          m1="17/09/2026", m2="24/11/2026", reason2="Change of placement (moved to new foster carers 02/11/2026)",
          c1="22/09/2026", c2="01/12/2026", views=VIEWS1, att1="96.2", att2="94.8", plan1=PLAN1_OLD, plan2=PLAN1_NEW, pp=PP1)

VIEWS2 = [("What I like about school", "I like football at break with my friends.", ""),
          ("What I find hard", "Spellings are hard.", ""),
          ("What I need help with", "I need help to stop getting cross.", "")]
PLAN2_NEW = [("Maya will learn to spell the 20 Year 3/4 statutory words on her list, tested weekly, by 12/02/2027", "English", "TA spelling group, 3 x 15 minutes a week", "12/02/2027"),
             ("Maya will add and subtract 3-digit numbers using the column method with 8 out of 10 correct by February half-term", "Maths", "Class teacher", "12/02/2027")]
PP2 = [("Intervention", "Lego therapy group", "Small-group spelling intervention with the TA"),
       ("Cost", "£90.00", "£120.00"),
       ("Linked to target no.", "", "1"),
       ("Total requested", "£90.00", "£120.00")]
D2 = dict(D1, name="Maya Thornbury", school="Greystone Junior School", year="Year 4", dob="21/11/2016", legal="Interim Care Order",
          eth="Mixed", nat="British", dt="Mr Raj Sandhu", contact="", cat="Mrs Bernadette Lowe",
          m1="15/09/2026", m2="19/11/2026", reason2="Change of school (mid-year transfer)", c1="18/09/2026", c2="",
          views=VIEWS2, att1="92.0", att2="89.4", plan1=[("Maya will use her traffic-light card in class", "Wellbeing", "Class teacher", "23/10/2026")],
          plan2=PLAN2_NEW, pp=PP2)


def build(out_dir):
    t1 = dict(child_name=D1["name"], child_first_name="Leo", school=D1["school"], year_group=5, meeting_date="2026-11-24",
              completed_date="2026-12-01", attendance_percent=94.8, pupil_voice=[v[2] for v in VIEWS1],
              targets=[{"text": t[0], "area": t[1]} for t in PLAN1_NEW], english_target=True, maths_target=True,
              pp_spend=[{"description": PP1[0][2], "cost": 210.0, "target": 1}, {"description": PP1[3][2], "cost": 150.0, "target": 3}],
              pp_requested=360.0)
    t2 = dict(child_name=D2["name"], child_first_name="Maya", school=D2["school"], year_group=4, meeting_date="2026-11-19",
              completed_date=None, attendance_percent=89.4, pupil_voice=[],
              targets=[{"text": t[0], "area": t[1]} for t in PLAN2_NEW], english_target=True, maths_target=True,
              pp_spend=[{"description": PP2[0][2], "cost": 120.0, "target": 1}], pp_requested=120.0)
    gaps = ["-2 gaps: Review column of Section 2 views left empty (Meeting 1 views are older, not this PEP's), "
            "no completion date for the review"]
    for i, (d, t) in enumerate([(D1, t1), (D2, t2)], 1):
        fname = f"{LAYOUT}-{i}.docx"
        render(d, os.path.join(out_dir, fname))
        write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS + (gaps if i == 2 else []), **t)


if __name__ == "__main__":
    run_main(build)
