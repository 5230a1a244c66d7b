"""zQ07: professional-portal PEP print (school age, Year 3): numbered boilerplate on a cover that holds
'Date PEP completed:', social-worker sections 'My Personal Information' / 'My Health' filled before the
meeting, a delegation log, several 'Label: value' pairs per line, and one SMART prompt table per target
with the PPG/PEPSA cost inside it."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Q import *  # noqa

LAYOUT = "zQ07-portal-delegated-smart-per-target"
INSPIRED = "real-forms.md entries 15, 10"
SM = [("S", "Specific What is the observable difference/benefit we are expecting to see\u2026"),
      ("M", "Measurable How will be [sic] know when the target has been achieved?"),
      ("A", "Achievable Is it realistic for this child?"),
      ("R", "Relevant Has it taken the child's voice into consideration?"),
      ("T", "Time-bound Will this be achieved by the next PEP?")]


def make(out_dir, n):
    good = n == 1
    fname = f"{LAYOUT}-{n}.pdf"
    name = "Alfie Worsley" if good else "Lacey Duckworth"
    first = name.split()[0]
    school = "Hapton St Margaret's CE Primary School" if good else "Rishton Brook Primary School"
    s = [P("PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE", "h1"),
         P("Date PEP completed: " + ("30/10/2026" if good else ""), "b"),
         P("Confidential", "b"),
         P("What are main functions of a PEP?", "h2")]
    for i, t in enumerate(["A PEP is a means of collating the education information about a child in care in one "
                           "place.", "It sets out what the child needs to make progress and who will provide it.",
                           "It is part of the care plan and is reviewed every term.",
                           "The social worker completes the personal sections at least 10 days before the meeting.",
                           "The targets agreed in the PEP inform how the Pupil Premium Grant is allocated."], 1):
        s.append(P(f"{i}. {t}"))
    s.append(PageBreak())
    s.append(P("My Personal Information   (Social Worker)", "h2"))
    s.append(P(f"Name: {name}     DOB: {'17/02/2019' if good else '05/12/2018'}     Year: "
               f"{'3' if good else '3'}     UPN: {'L888210450015' if good else 'L888210450932'}"))
    s.append(P(f"School: {school}     Legal status: {'S31 Care Order' if good else 'S20'}     "
               f"Placement: {'Foster care (IFA)' if good else 'Kinship care'}"))
    s.append(P(f"Social Worker: {'Aisha Khatun' if good else 'Ben Holroyd'}     "
               f"Date section completed: {'07/10/2026' if good else '12/10/2026'}"))
    s.append(P("My Health   (Social Worker)", "h2"))
    s.append(P("SDQ score: 12 (0-13 - normal)     Dentist: seen 06/2026     Health needs: asthma (inhaler in "
               "class)" if good else "SDQ score: not returned     Health needs: none"))
    s.append(P("Delegation log", "h2"))
    s.append(ptable([["Section", "Delegated to", "Sent", "Returned"],
                     ["Education (setting)", "Designated Teacher", "08/10/2026", "29/10/2026" if good else "-"],
                     ["SEND targeted learning plan (attachment)", "SENCo", "08/10/2026",
                      "29/10/2026" if good else "-"]], widths=[70 * mm, 45 * mm, 30 * mm, 35 * mm]))
    mdate = "19/10/2026" if good else "21/10/2026"
    s.append(P("Education (delegated to setting)", "h2"))
    s.append(P(f"PEP meeting date: {mdate}     Chair: {'Mrs G. Whittaker (DT)' if good else 'Mr D. Entwistle (DT)'}"
               f"     VS: Hannah Booth"))
    s.append(P("Attendance: 98.1%     Exclusions: 0     Part-time timetable: No" if good else
               "Attendance: 92.3%     Exclusions: 0     Part-time timetable: No"))
    s.append(P("My views about school", "h2"))
    if good:
        voice = ["I like it when we do Lego in maths.", "I get stuck on reading big words.",
                 "I want to be a goalkeeper."]
        s.append(P("Best thing: " + voice[0] + "     Hard thing: " + voice[1] + "     When I grow up: " + voice[2]))
    else:
        voice = ["My teacher helps me when I'm sad.", "I want to read chapter books like my sister."]
        s.append(P("Best thing: " + voice[0] + "     Hard thing:      When I grow up: " + voice[1]))
    s.append(P("Carer's view: " + ("Alfie reads with us most nights but gets frustrated quickly." if good else
                                   "Lacey is much more settled this term.")))
    s.append(P("Targets (one SMART table per target)", "h2"))
    if good:
        tgs = [("Alfie will decode two-syllable words using the Little Wandle Phase 5 sounds and read the Year 3 "
                "decodable book at 90% accuracy by the February PEP.", "English",
                ["He reads new longer words aloud without guessing from the picture.",
                 "Running record at 90% accuracy.", "Yes - he is secure at Phase 4.",
                 "Yes - he said big words are hard.", "By the February 2027 PEP."],
                "Phonics keep-up sessions with TA, 4 x 15 minutes a week for 12 weeks", 240.0),
               ("Alfie will recall the 3 and 4 times tables and score 20/25 on the weekly TTRS check by "
                "December 2026.", "Maths",
                ["Quick recall without counting on fingers.", "TTRS weekly check 20/25.",
                 "Yes - knows 2, 5, 10.", "Yes - he enjoys practical maths.", "By 18 December 2026."],
                "TTRS home licence and Numicon kit for home", 45.0),
               ("Alfie will join the after-school football club every Thursday this term.", "Wellbeing",
                ["Attends and takes part.", "Club register.", "Yes.", "Yes - his wish to be a goalkeeper.",
                 "End of autumn term."], "Football club fees, autumn and spring terms", 70.0)]
        other = []
        req = 355.0
    else:
        tgs = [("Lacey will read a book-band 11 book aloud to her carer 5 nights a week and complete her reading "
                "record, moving to book band 12 by the next PEP.", "English",
                ["Reads chapter books.", "Book band 12.", "Yes.", "Yes - she wants to read chapter books.",
                 "Next PEP."], "", None),
               ("Lacey will talk to her ELSA once a week about how she feels.", "Wellbeing",
                ["", "", "", "", ""], "", None)]
        other = [("Reading scheme books for the class library", 150.0)]
        req = 150.0
    pp = []
    for i, (t, a, sm, ppd, cost) in enumerate(tgs, 1):
        rows = [["Target " + str(i), t], ["Area", a]]
        for (k, prompt), ans in zip(SM, sm):
            rows.append([f"{k} {prompt}", ans])
        rows.append(["PPG/PEPSA (as appropriate) cost", (ppd + f" - \u00a3{cost:.2f}") if ppd else ""])
        s.append(ptable(rows, header=False, widths=[70 * mm, 110 * mm],
                        extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EDEDED"))]))
        s.append(Spacer(1, 5))
        if ppd:
            pp.append((ppd, cost, i))
    if other:
        s.append(P("Other PPG requests", "b"))
        s.append(ptable([["Request", "Cost"]] + [[a, f"\u00a3{b:.2f}"] for a, b in other],
                        widths=[140 * mm, 40 * mm]))
        pp += [(a, b, None) for a, b in other]
    s.append(P(f"Total PPG/PEPSA requested: \u00a3{req:.2f}", "b"))
    s.append(P("QA (RAG): " + ("Green - PPG/PEPSA is costed and clearly links to the targets." if good else
                               "Amber - PPG/PEPSA does not clearly link to the targets."), "n"))
    build_pdf(os.path.join(out_dir, fname), s,
              header="LCC Professional Portal  >  Children in our Care  >  PEP  >  Print view",
              footer="Printed from the portal. Setting sections are completed within 10 working days of the "
                     "meeting.   Page {page}")
    quirks = ["cover of numbered prose ('What are main functions of a PEP?') with 'Date PEP completed:' on it",
              "social worker sections 'My Personal Information' / 'My Health' completed before the meeting",
              "delegation log (sent / returned)", "several 'Label: value' pairs on one line",
              "one SMART prompt table per target including the '[sic]' M prompt",
              "PPG/PEPSA cost written inside each target's table", "carer's view next to the child's"]
    if not good:
        quirks.append("-2 gaps: 'Date PEP completed:' blank and delegation not returned, no maths target, second "
                      "target's SMART rows empty, the only PPG line (class library books) not linked to a target")
    write_truth(out_dir, LAYOUT, fname, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=3,
                meeting_date="2026-10-19" if good else "2026-10-21",
                completed_date="2026-10-30" if good else None,
                attendance_percent=98.1 if good else 92.3,
                pupil_voice=voice, targets=[{"text": t[0], "area": t[1]} for t in tgs],
                english_target=True, maths_target=good,
                pp_spend=[{"description": a, "cost": b, "target": c} for a, b, c in pp], pp_requested=req)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
