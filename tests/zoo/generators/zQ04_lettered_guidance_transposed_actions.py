"""zQ04: Word PEP whose lettered guidance (Section A documents, Section B step | who) precedes the
numbered form (Sections 1-4), with an ePEP-style 'approved' grade gating PP+ and a transposed action
plan (one column per action, rows What / Who / How often / Success criteria / PP+ resource / Cost)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Q import *  # noqa

LAYOUT = "zQ04-lettered-guidance-transposed-actions"
INSPIRED = "real-forms.md entries 11, 3"


def make(out_dir, n):
    good = n == 1
    fname = f"{LAYOUT}-{n}.docx"
    name = "Maisie Oyelaran" if good else "Freddie Lomax"
    first = name.split()[0]
    school = "Woolston Brook Primary School" if good else "Bitterne Heath Junior School"
    d = new_docx("Arial", 10)
    set_header_footer(d, header="Virtual School  |  Personal Education Plan  |  OFFICIAL-SENSITIVE",
                      footer="PP+ is released when the PEP is graded 'approved'. Would this be good enough for my child?")
    para(d, "PERSONAL EDUCATION PLAN \u2013 PEP GUIDANCE AND FORM", bold=True, size=15)
    para(d, "Section A  Documents to bring to the meeting", bold=True, size=12)
    for t in ["the previous PEP", "attendance (recorded or printout attached)",
              "exclusion information (internal and external)", "IEP/PSP and latest school report"]:
        d.add_paragraph(t, style="List Bullet")
    para(d, "Section B  Meeting Preparation", bold=True, size=12)
    dtable(d, [["Step", "Who"], ["Send invitations two weeks before", "DT"],
               ["Gather the pupil's views using Section 2", "DT, ELSA or a trusted adult in school"],
               ["Update Section 1 contacts", "Social worker"], ["Chair the meeting", "DT"]], fill="D9E1F2")
    para(d, "The form", bold=True, size=14)
    para(d, "Section 1: People at the meeting", bold=True, size=12)
    mdate = "20 October 2026" if good else "15 October 2026"
    label_para(d, "Pupil: ", name + ("   Year 5" if good else "   Year 4"))
    label_para(d, "School: ", school)
    label_para(d, "Date of meeting: ", mdate)
    dtable(d, [["Name", "Role", "Contact details"],
               ["Mrs L. Adeyemi" if good else "Mr C. Rudd", "Designated Teacher (Chair)", "school office"],
               ["Nadia Cherry" if good else "Oscar Bell", "Social Worker", "023 8055 5120"],
               ["Mr and Mrs Whitlock" if good else "Ms T. Dunne", "Foster carers", "07700 900231"],
               ["Priya Lal", "VS officer", "023 8055 5344"]], fill="D9E1F2")
    para(d, "Section 2: The Young Persons Voice", bold=True, size=12)
    para(d, "It will be helpful to print out section 2 when gaining the pupils views.", italic=True)
    label_para(d, "Views collected by: ", "Miss R. Hollis (ELSA), 13/10/2026" if good else "")
    qs = ["What do you enjoy at school?", "What do you find tricky?", "Who helps you?",
          "What would you like to get better at?"]
    ans = (["I love PE and being a playground buddy.", "Times tables. I know my 2s and 5s and 10s but not the others.",
            "Miss Hollis and my foster mum Jo.", "I want to get my pen licence like my friends."]
           if good else ["", "", "", ""])
    dtable(d, [["Question", "My answer"]] + [[q, a] for q, a in zip(qs, ans)], fill="E2EFDA")
    para(d, "Section 3: Achievement and Attainment", bold=True, size=12)
    para(d, "Attendance recorded or printout attached:", bold=True)
    if good:
        dtable(d, [["Period", "Possible sessions", "Present", "Authorised absence", "Unauth.", "%"],
                   ["01/09/2026 - 16/10/2026", "66", "63", "3", "0", "95.5"]], fill="F2F2F2")
    else:
        para(d, "Printout attached.", italic=True)
    dtable(d, [["Subject", "Autumn 1 teacher assessment", "End of year expectation"],
               ["Reading", "Working towards" if good else "Expected", "Expected"],
               ["Writing", "Working towards", "Working towards"],
               ["Maths", "Working towards" if good else "Expected", "Expected"]], fill="F2F2F2")
    para(d, "Section 4: Review and Action Plan", bold=True, size=12)
    para(d, "PEP Review \u2013 previous actions (summer term 2026)", bold=True)
    dtable(d, [["Previous action", "Outcome"],
               ["Read to an adult 4 times a week", "Met"],
               ["Use the calm box when upset at lunchtime", "Partly met"]], fill="F2F2F2")
    para(d, "Action plan \u2013 this PEP", bold=True)
    if good:
        acts = [("Maisie will know her 3, 4 and 8 times tables and answer 20 mixed questions from them in under "
                 "3 minutes by February half-term.", "Maths", "Class TA", "3 x 10 minutes a week",
                 "TTRS tracker shows 20 in 3 minutes", "Times tables catch-up with class TA, 3 x 10 minutes a week",
                 "\u00a3150"),
                ("Maisie will write a paragraph of at least five joined-up sentences with correct full stops and "
                 "capital letters in 4 of her next 6 independent writes.", "English", "Class teacher",
                 "Daily handwriting, weekly check", "Pen licence awarded", "Handwriting and writing stamina "
                 "group with HLTA, 2 x 20 minutes a week", "\u00a3200"),
                ("Maisie will take part in the Year 5 playground buddy rota every Tuesday and tell her ELSA one "
                 "thing that went well each week.", "Wellbeing", "ELSA", "Weekly", "ELSA log", "", "")]
        pp = [(acts[0][5], 150.0, 1), (acts[1][5], 200.0, 2)]
        req = 350.0
    else:
        acts = [("Freddie will read his reading-scheme book aloud to an adult four times a week and move up one "
                 "book band by the spring PEP.", "English", "Carer / class TA", "4 x a week", "Book band",
                 "", ""),
                ("Freddie will attend the Lego therapy group on Fridays.", "Wellbeing", "SENCo", "Weekly",
                 "Attends 8 of 10 sessions", "", ""),
                ("", "", "", "", "", "Laptop for home learning", "\u00a3300")]
        pp = [("Laptop for home learning", 300.0, None)]
        req = 300.0
        acts_targets = acts[:2]
    rows = [[""] + [f"Action {i + 1}" for i in range(len(acts))],
            ["What (target)"] + [a[0] for a in acts],
            ["Area"] + [a[1] for a in acts],
            ["Who"] + [a[2] for a in acts],
            ["How often"] + [a[3] for a in acts],
            ["Success criteria"] + [a[4] for a in acts],
            ["PP+ resource"] + [a[5] for a in acts],
            ["Cost"] + [a[6] for a in acts]]
    dtable(d, rows, fill="FFF2CC", bold_first_col=True)
    label_para(d, "Total PP+ requested: ", f"\u00a3{req:.0f}")
    label_para(d, "Personal Education Allowance (PEA): ", "not requested this term")
    label_para(d, "DT sign-off: ", "L. Adeyemi, 23/10/2026" if good else "")
    label_para(d, "VS grading: ", "approved" if good else "awaiting grading")
    d.save(os.path.join(out_dir, fname))
    targets = [{"text": a[0], "area": a[1]} for a in (acts if good else acts_targets)]
    quirks = ["lettered guidance (Section A documents, Section B step | who) before a numbered form (Sections 1-4)",
              "voice section printed as a separate question sheet with 'Views collected by' (ELSA)",
              "attendance as a pasted MIS printout row (sessions, percentage column without % sign)",
              "transposed action plan: one column per action, rows What / Area / Who / How often / Success "
              "criteria / PP+ resource / Cost (PP+ linked by column)",
              "'approved' grading gates PP+; PEA line present but not requested"]
    if not good:
        quirks.append("-2 gaps: Section 2 answers blank, attendance 'Printout attached.' with no printout, no maths "
                      "target, PP+ laptop in a column with no action (not linked), DT sign-off blank")
    write_truth(out_dir, LAYOUT, fname, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=5 if good else 4,
                meeting_date="2026-10-20" if good else "2026-10-15",
                completed_date="2026-10-23" if good else None,
                attendance_percent=95.5 if good else None,
                pupil_voice=[a for a in ans if a], targets=targets,
                english_target=True, maths_target=good,
                pp_spend=[{"description": a, "cost": b, "target": c} for a, b, c in pp], pp_requested=req)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
