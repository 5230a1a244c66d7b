"""zU06: KS2 PEP numbered in the 2009 mixed style '1.)', '2.)', 'Section 3', '4.)', targets in 'Section D' (entry 13),
with Manchester's subject-teacher round robin as a grid against the three signs-of-safety questions and a
record of discussion (entry 19). Landscape PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_U import *

LAY = "zU06-round-robin-mixed-numbering-section-d"
INSP = "real-forms.md entries 13, 19"
Q = ["mixed numbering '1.)', '2.)', 'Section 3', '4.)', 'Section D'", "code lists printed in full with the chosen option marked [x]",
     "results 'circled' shown as (brackets)", "round robin grid: subject teacher rows x three signs-of-safety question columns",
     "record of discussion in prose holding the child's words in quotes", "'Our Young People' wording", "landscape"]

def build(out):
    for n in (1, 2):
        full = n == 1
        name, school = "Leah Brannigan", "Moss Side Fold Primary School"
        s = [H("Personal Education Plan \u2014 Our Young People", 1),
             P("Please remember to include the date the PEP is completed.", "Italic"),
             H("1.)Personal Details", 2),
             P("Name: Leah Brannigan     Date of birth: 11/12/2015     Year group: Year 6"),
             P("Ethnic Background: [x] White / Mixed / Asian or Asian British / Black or Black British / Other / Not given"),
             P("National Identity: Welsh / English / Scottish / Irish / [x] British / Other / Not given"),
             P("[ ] Please ensure the box is ticked if a child is NOT in education."),
             H("2.)School Details", 2),
             P("School: Moss Side Fold Primary School     Designated teacher: Miss Farah Quentin     Person to contact: - If designated teacher is not completing the form: Mr Ollie Drake (SENCo)"),
             P("Date of PEP meeting: 5th November 2026     Attendance (1 Sept - 30 Oct): " + ("95.6%" if full else "95.6% (to be checked)")),
             H("Section 3", 2),
             P("Round robin returned before the meeting. Please avoid going through the PEP as a form during the meeting.")]
        s.append(T([["Subject / teacher", "1) What is working well?", "2) What we are worried about?", "3) What needs to happen?"],
                    ["Maths - Mr Haddad", "Quick recall of number bonds", "Leah freezes on multi-step word problems", "Bar model practice, pre-teach vocabulary"],
                    ["English - Mrs Pell", "Loves class novel, good inference", "Handwriting stamina; stops after half a page", "Short daily writing bursts with a timer"],
                    ["Science - Mr Haddad", "Asks great questions", "Written conclusions", "Sentence stems for conclusions"]], head=True, widths=[130, 190, 190, 190]))
        s.append(P("Record of discussion", bold=True))
        voice = ["I'm good at the number bonds game, I always win.", "I get stuck when there's loads of words in the maths question."]
        if full:
            s.append(P(f"Leah joined the meeting for the first twenty minutes. Asked what is working well she said \u201c{voice[0]}\u201d. "
                       f"About worries she said \u201c{voice[1]}\u201d. Her carer, Mrs Ashby, said Leah is tired on Mondays after contact."))
        else:
            s.append(P("Leah did not join the meeting and her views were not gathered this time. Her carer, Mrs Ashby, said Leah is tired on Mondays after contact."))
        s.append(H("4.)End of Key Stage Attainments", 2))
        s.append(T([["Key Stage 1 (2022)", "Reading: WTS (EXS) GDS", "Writing: (WTS) EXS GDS", "Maths: WTS (EXS) GDS"],
                    ["Key Stage 2 (predicted, May 2027)", "Pred = EXS", "Pred = WTS", "Pred = EXS"]]))
        s.append(H("Section D \u2014 Targets", 2))
        tg = [("Leah will solve two-step word problems using a bar model, getting 4 out of 5 right in a weekly check by the February PEP", "Maths"),
              ("Leah will write a full page in a 20-minute writing burst at least twice a week by the end of term", "English"),
              ("Leah will use her worry book with Mrs Pell on Monday mornings", "Wellbeing")]
        if not full:
            tg = [tg[0], tg[2]]
        s.append(T([["No.", "Target (SMART) - Will they be able to celebrate a success by their next PEP meeting?", "Area"]] +
                   [[str(i), t, a] for i, (t, a) in enumerate(tg, 1)], head=True, widths=[40, 560, 100]))
        pp = [("Maths intervention: bar model small group 3 x weekly (TA time)", 240.0, 1), ("Writing slope and handwriting programme", 35.0, 2)]
        if not full:
            pp = [("Maths intervention: bar model small group 3 x weekly (TA time)", 240.0, None)]
        s.append(P("PP+ request (each line must link to a Section D target)", bold=True))
        s.append(T([["Intervention", "Cost", "Section D target"]] + [[a, f"\u00a3{b:.2f}", str(c) if c else ""] for a, b, c in pp], head=True))
        s.append(P(f"Total PP+ requested: \u00a3{sum(x[1] for x in pp):.2f}"))
        s.append(P("Date PEP completed: " + ("12/11/2026" if full else "") + "     Signed (DT): F. Quentin"))
        build_pdf(os.path.join(out, f"{LAY}-{n}.pdf"), s, header="Virtual School PEP - Welfare Cloud upload", footer="Guidance notes 2009 format", land=True)
        write_truth(out, LAY, "pdf", n, INSP, Q + ([] if full else ["-2: child absent and no views, no English target, no completion date, PP+ line not linked to a target"]),
                    child_name=name, child_first_name="Leah", school=school, year_group=6, meeting_date="2026-11-05",
                    completed_date="2026-11-12" if full else None, attendance_percent=95.6,
                    pupil_voice=voice if full else [], targets=[{"text": a, "area": b} for a, b in tg],
                    english_target=full, maths_target=True,
                    pp_spend=[{"description": a, "cost": b, "target": c} for a, b, c in pp], pp_requested=sum(x[1] for x in pp))

if __name__ == "__main__":
    main(build)
