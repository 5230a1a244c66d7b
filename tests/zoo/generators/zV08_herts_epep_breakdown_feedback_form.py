"""zV08: landscape ePEP print-out (KS1/KS2) with system codes, one target register holding old and new targets with
status history (an unmet target broken down into 1a/1b), RAG ratings, and an appended Virtual School
'Personal Education Plan Feedback Form'. Entries 28, 21."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_V import P, T, pdf, truth, Spacer, PageBreak

LAYOUT = "zV08-herts-epep-breakdown-feedback-form"
INSP = "real-forms.md entries 28, 21"


def make(out_dir, n):
    good = n == 1
    name, first = ("Ellis Mwangi", "Ellis") if good else ("Poppy Garside", "Poppy")
    school = "Hatfield Lea Primary School" if good else "Bishops Moor C of E Primary"
    code = "EPEP-HT-0" + ("60917" if good else "61244")
    s = [P(f"ePEP  |  Reception to Year 11  |  Record {code}  |  Autumn 2026", "small"),
         P("Personal Education Plan", "h1"),
         T([["Child", name, "NCY", "3", "School", school],
            ["PEP meeting", "01/10/2026" if good else "12/11/2026", "Attendance (ATT_YTD)", "96.9%" if good else "",
             "PEP status", "Complete 08/10/2026" if good else "Submitted"]],
           widths=[70, 140, 90, 60, 80, 320], first_col=False),
         P("Pupil voice (PV_01 to PV_03)", "h2")]
    if good:
        voice = ["I like reading Dog Man with my carer Lorraine.", "I find it tricky when we have to write a lot.",
                 "I want to learn my 4 times table."]
    else:
        voice = ["My favourite thing is PE."]
    pv = [["Code", "Prompt", "Child's words"], ["PV_01", "What do you enjoy at school?", voice[0]],
          ["PV_02", "What is hard?", voice[1] if good else ""], ["PV_03", "What would help you?", voice[2] if good else ""]]
    s += [T(pv, widths=[50, 170, 540], header=True), P("Target register", "h2"),
          P("Targets which are not met when evaluated at a review should not be repeated, but broken down further.", "small")]
    if good:
        tg = [("1a: Ellis will write three sentences in a row using capital letters and full stops, in four pieces of work by half-term.", "Writing"),
              ("1b: Ellis will use a word mat to spell Year 2 common exception words in his independent writing.", "Writing / spelling"),
              ("Ellis will recall the 2, 5 and 10 times tables and begin the 4 times table, passing the weekly check 3 weeks running.", "Maths")]
        old = ("Ellis will write a paragraph independently.", "Writing")
        rows = [["Code", "Set", "Target", "Area", "RAG", "Status history"],
                ["TG-S26-01", "Summer 2026", old[0], old[1], "R", "Set 18/06/2026; Reviewed 01/10/2026: Not met - broken down into 1a and 1b"],
                ["TG-A26-1a", "Autumn 2026", tg[0][0], tg[0][1], "A", "Set 01/10/2026; Active"],
                ["TG-A26-1b", "Autumn 2026", tg[1][0], tg[1][1], "A", "Set 01/10/2026; Active"],
                ["TG-A26-02", "Autumn 2026", tg[2][0], tg[2][1], "G", "Set 01/10/2026; Active"]]
    else:
        tg = [("Poppy will take part in a 10-minute turn-taking game with a peer at lunchtime three times a week.", "Social")]
        rows = [["Code", "Set", "Target", "Area", "RAG", "Status history"],
                ["TG-S26-01", "Summer 2026", "Poppy will read Phase 5 books fluently.", "Reading", "G", "Set 20/06/2026; Reviewed 12/11/2026: Met - closed"],
                ["TG-A26-01", "Autumn 2026", tg[0][0], tg[0][1], "A", "Set 12/11/2026; Active"]]
    s += [T(rows, widths=[62, 62, 340, 80, 30, 186], header=True), P("PP+ allocation (PPG_ALLOC)", "h2")]
    if good:
        pp = [("Precision teaching for sentence writing, 3 x 10 minutes a week (TA)", 190.0, 1),
              ("Times tables home kit and Numbots subscription", 35.0, 3)]
        s.append(T([["Line", "Linked target code", "Description", "Cost"], ["1", "TG-A26-1a", pp[0][0], "£190.00"],
                    ["2", "TG-A26-02", pp[1][0], "£35.00"], ["", "", "Total requested", "£225.00"]], widths=[40, 110, 510, 100], header=True))
        req = 225.0
    else:
        pp = [("Lego therapy group, 8 weeks", 160.0, None), ("Wellbeing resources", 40.0, None)]
        s.append(T([["Line", "Linked target code", "Description", "Cost"], ["1", "", pp[0][0], "£160.00"],
                    ["2", "", pp[1][0], "£40.00"], ["", "", "Total requested", "£200.00"]], widths=[40, 110, 510, 100], header=True))
        req = 200.0
    s += [PageBreak(), P("Personal Education Plan Feedback Form", "h1"),
          P(f"From the Virtual School to the Designated Teacher - record {code}", "small"),
          T([["Section", "RAG Rating", "Feedback"],
             ["Pupil voice", "G" if good else "A", "Child's own words recorded." if good else "Only one prompt answered."],
             ["Attendance", "G" if good else "R", "Entered." if good else "Attendance not entered - please add before sign-off."],
             ["Targets", "G" if good else "R", "Unmet target broken down appropriately." if good else "No English or maths target set."],
             ["PP+", "G" if good else "R", "Costed and linked." if good else "PP+ lines are not linked to a target."]],
            widths=[120, 80, 560], header=True),
          P("Feedback completed by: Rachel Osei, VS Adviser, 09/10/2026" if good else "Feedback completed by: Rachel Osei, VS Adviser, 20/11/2026")]
    fname = f"{LAYOUT}-{n}.pdf"
    pdf(os.path.join(out_dir, fname), s, header="Hertfordshire ePEP - printed view", footer=f"{code} | OFFICIAL-SENSITIVE", land=True)
    truth(out_dir, LAYOUT, fname, INSP,
          ["landscape platform print-out with field codes (PV_01, ATT_YTD, PPG_ALLOC)", "target register mixing old and new targets with status history",
           "unmet target broken down into 1a/1b", "RAG per target", "PP+ linked by target code", "appended VS Feedback Form with RAG Ratings (its date is not the PEP completion)"] +
          ([] if good else ["-2 gaps: attendance blank, only one voice prompt answered, no English or maths target, PP+ lines not linked, status 'Submitted' with no date"]),
          name, first, school, 3, "2026-10-01" if good else "2026-11-12", "2026-10-08" if good else None,
          96.9 if good else None, voice, tg, good, good, pp, req)


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1])
