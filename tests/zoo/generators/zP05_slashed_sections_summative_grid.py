"""zP05: Norfolk-style numbered PEP (PDF): Section 2 heading strings sub-topics with slashes,
inline 'Label: value' pairs several to a line, targets as numbered prose (3.1, 3.2...), the Young
Person's View comes fourth with the young person's own actions and signature, and a Summative Record
term grid (four terms as columns; the latest term is the truth)."""
import os
from _common_P import Pdf, write_truth, run_main

LAYOUT = "zP05-slashed-sections-summative-grid"
INSPIRED = "real-forms.md entries 12, 20"


def build(out_dir):
    for n in (1, 2):
        _one(out_dir, n)


def _one(out_dir, n):
    good = n == 1
    fn = f"{LAYOUT}-{n}.pdf"
    if good:
        name, first, school, meet = "Harvey Lindqvist", "Harvey", "Marshfield Park School", "3rd November 2026"
    else:
        name, first, school, meet = "Shannon McAteer", "Shannon", "Broadland Heath Academy", "10th November 2026"
    pdf = Pdf(header="PERSONAL EDUCATION PLAN - First review (September to December) 2026/27",
              footer=f"{name} - PEP - Confidential - page {{page}}")
    pdf.h("Personal Education Plan")
    pdf.p(f"<b>Name:</b> {name}    <b>DOB:</b> {'17/01/2012' if good else '05/05/2012'}    <b>NCY:</b> 9    <b>Gender:</b> {'M' if good else 'F'}", markup=True)
    pdf.p(f"<b>School:</b> {school.replace('&', '&amp;')}    <b>DT:</b> {'Mr G. Fensome' if good else 'Mrs L. Orchard'}    <b>SW:</b> {'Beth Ransome' if good else 'Idris Vaughan'}", markup=True)
    pdf.p(f"<b>Date of meeting:</b> {meet}    <b>Review window:</b> First review - September to December    <b>Chair:</b> DT", markup=True)

    placement = "Kinship care with grandmother" if good else "Residential children's home"
    pdf.h("Section 1 of the PEP - Personal Information/Care Arrangements", 2)
    pdf.p(f"<b>Legal status:</b> {'s31 Care Order' if good else 's20'}    <b>Placement:</b> {placement}    <b>Since:</b> {'04/2022' if good else '08/2026'}", markup=True)
    pdf.p("<b>Who signs school trip forms (one day / residential):</b> " + ("Grandmother / Social worker" if good else "Residential manager / Social worker"), markup=True)

    pdf.h("Section 2 of the PEP - Education Information/Homework Arrangements/Secondary Transfer as appropriate/Year 9 Specific Tasks/Year 10 if retrospective", 2)
    pdf.p("<b>Education information:</b> " + ("Harvey has settled well into Year 9 and is in set 2 for maths." if good else
                                             "Shannon moved to Broadland Heath on 7 September 2026 after a change of home."), markup=True)
    pdf.p("<b>Homework arrangements:</b> " + ("Homework club Tuesday and Thursday; grandmother checks the planner." if good else
                                             "Homework done in the home's study room with staff support."), markup=True)
    pdf.p("<b>Secondary Transfer as appropriate:</b> N/A", markup=True)
    pdf.p("<b>Year 9 Specific Tasks:</b> " + ("GCSE options evening 21 January 2027; careers interview booked." if good else
                                             "Options to be discussed at the spring review."), markup=True)
    pdf.p("<b>Year 10 if retrospective:</b> N/A", markup=True)

    pdf.h("Section 3 of the PEP - Priorities and Targets", 2)
    if good:
        tg = [("English", "3.1 English: ", "Harvey will write two analytical paragraphs on 'An Inspector Calls' using embedded quotations, marked at Secure by 18 December 2026"),
              ("Maths", "3.2 Maths: ", "Harvey will solve two-step linear equations with 80% accuracy on the Hegarty quiz by the end of the first review window"),
              ("Careers", "3.3 Careers: ", "Harvey will complete a careers interview and write down three possible GCSE option choices before options evening")]
    else:
        tg = [("English", "3.1 English: ", "Shannon will read for 15 minutes each school night with staff and log it in her reading record, 4 nights out of 5, until the spring review"),
              ("Maths", "3.2 Maths: ", "Shannon will complete the Year 8 fractions catch-up booklet with her maths mentor by 11 December 2026")]
    for area, prefix, text in tg:
        pdf.p(prefix + text)
    targets = [{"text": t, "area": a} for a, _, t in tg]
    pdf.p("<b>Funding requested (PP+):</b>", markup=True)
    if good:
        s1 = "Weekly 1:1 English tutoring with Mrs Dace, 10 x 30 minutes (£25 each)"
        s2 = "Hegarty Maths home login and headphones"
        pdf.p(f"(a) for 3.1 - {s1} - £250")
        pdf.p(f"(b) for 3.2 - {s2} - £30")
        pdf.p("Total requested this term: £280")
        pp = [{"description": s1, "cost": 250.0, "target": 1}, {"description": s2, "cost": 30.0, "target": 2}]
        req = 280.0
    else:
        s1 = "Maths mentor, 8 x 45 minute sessions"
        s2 = "School uniform and PE kit for new school"
        pdf.p(f"(a) for 3.2 - {s1} - £240")
        pdf.p(f"(b) {s2} - £110")
        pdf.p("Total requested this term: £350")
        pp = [{"description": s1, "cost": 240.0, "target": 2}, {"description": s2, "cost": 110.0, "target": None}]
        req = 350.0

    pdf.h("Young Person's View (Section 4)", 2)
    pdf.p("This section is sent to the young person in advance. The young person states what their actions will be and signs it.")
    if good:
        voice = ["Homework club is good because I can use the computers and nobody shouts.",
                 "I find English essays hard because I never know how to start.",
                 "My actions: I will go to homework club twice a week and ask Mrs Dace to check my first paragraph."]
        pdf.table([["What is going well?", voice[0]], ["What is hard?", voice[1]], ["What will you do?", voice[2]],
                   ["Signed (young person)", "H. Lindqvist   03/11/2026"]], widths=[4.5, 12], header=False, bold_first_col=True)
    else:
        voice = []
        pdf.table([["What is going well?", ""], ["What is hard?", ""], ["What will you do?", ""],
                   ["Signed (young person)", "Not returned"]], widths=[4.5, 12], header=False, bold_first_col=True)

    pdf.h("Summative Record (from school records)", 2)
    if good:
        grid = [["", "Autumn 2025", "Spring 2026", "Summer 2026", "Autumn 2026"],
                ["Attendance %", "91.2%", "93.0%", "94.4%", "96.7%"],
                ["Reading age", "11.2", "11.6", "12.0", "12.5"],
                ["Suspensions", "1", "0", "0", "0"],
                ["PP+ received", "£600", "£600", "£600", "requested £280"]]
        att = 96.7
    else:
        grid = [["", "Autumn 2025", "Spring 2026", "Summer 2026", "Autumn 2026"],
                ["Attendance %", "88.0%", "84.5%", "90.1%", "not yet available"],
                ["Reading age", "9.8", "10.1", "-", "-"],
                ["Suspensions", "2", "1", "3", "0"],
                ["PP+ received", "£600", "£600", "£0", "requested £350"]]
        att = None
    pdf.table(grid, widths=[3.5, 3.2, 3.2, 3.2, 3.4], bold_first_col=True)
    if not good:
        pdf.p("Previous columns are from Shannon's former school (Cromer Road High).")
    pdf.p("<b>Signed (DT):</b> " + ("G. Fensome    <b>Date PEP completed:</b> 12/11/2026" if good else
                                   "    <b>Date PEP completed:</b> "), markup=True)
    pdf.save(os.path.join(out_dir, fn))

    quirks = ["section heading strings sub-topics with slashes", "inline 'Label: value' pairs, several on one line",
              "targets as numbered prose 3.1, 3.2 with area prefix", "Young Person's View is Section 4 with own actions and signature",
              "Summative Record term grid, four terms as columns (latest = Autumn 2026)", "review window named in header (first review)",
              "PP+ lines as lettered prose linked 'for 3.x'"]
    if not good:
        quirks += ["-2: Section 4 not returned (no voice)", "-2: Autumn 2026 attendance 'not yet available' (older terms only)",
                   "-2: uniform line not linked to a target (and not fundable)", "-2: no completion date"]
    write_truth(out_dir, LAYOUT, fn, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=9,
                meeting_date="2026-11-03" if good else "2026-11-10", completed_date="2026-11-12" if good else None,
                attendance_percent=att, pupil_voice=voice, targets=targets,
                english_target=True, maths_target=True, pp_spend=pp, pp_requested=req)


if __name__ == "__main__":
    run_main(build)
