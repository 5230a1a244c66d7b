"""zV02: Reception PEP printed from a case system, dotted-leader labels, RAG ratings per EYFS area,
EYPP request block with the described five columns. Entries 17, 28."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_V import P, T, pdf, truth, Spacer

LAYOUT = "zV02-cwac-reception-eypp-dotted-rag"
INSP = "real-forms.md entries 17, 28"


def dots(label, value, width=95):
    pad = max(4, width - len(label) - len(value))
    return P(f"{label} {'.' * pad} {value}")


def make(out_dir, n):
    good = n == 1
    name, first = ("Leo Fairclough", "Leo") if good else ("Isla Brennan", "Isla")
    school = "St Werburgh's CE Primary School" if good else "Hoole Bank Infant School"
    s = [P("PERSONAL EDUCATION PLAN - EARLY YEARS (RECEPTION)", "h1"),
         P("Generated from LCS case record by allocated social worker; completed by setting; typed up by Virtual School support officer.", "small"),
         Spacer(1, 6),
         dots("Name of child", name), dots("Date of birth", "11/01/2021" if good else "29/05/2021"),
         dots("LCS person ID", "P2284419" if good else "P2301772"),
         dots("School / setting", school), dots("Year group", "Reception (YR)"),
         dots("Date of PEP meeting", "06/10/2026" if good else "13/11/2026"),
         dots("Social worker", "Dean Whitcombe"), dots("Designated teacher / EYFS lead", "Mrs C. Ambrose"),
         dots("Attendance % (autumn term to date)", "97.1%" if good else "88.3%"),
         P("Section 2 - The child's voice", "h2")]
    if good:
        voice = ["I like the mud kitchen best.", "I want to get better at writing my name with a big L."]
        s += [T([["What do you like doing at school?", voice[0]],
                 ["What would you like to get better at?", voice[1]]], widths=[180, 335], first_col=True)]
    else:
        voice = []
        s += [T([["What do you like doing at school?", ""], ["What would you like to get better at?", ""]],
                widths=[180, 335], first_col=True),
              P("Isla was unwell on the day of the meeting and views were not gathered.", "small")]
    s += [P("Section 3 - Progress against the EYFS (RAG Ratings)", "h2"),
          T([["Area of learning", "RAG", "Comment"],
             ["Communication and Language", "A", "Speaks in short sentences; vocabulary developing."],
             ["Personal, Social and Emotional Development", "G", "Forms good relationships with peers."],
             ["Physical Development", "G", "Good gross motor skills."],
             ["Literacy", "A" if good else "R", "Recognises 12 Phase 2 sounds." if good else "Not yet blending."],
             ["Mathematics", "A", "Subitises to 3." if good else "Counts to 10 by rote."],
             ["Understanding the World", "G", "Curious; asks questions."],
             ["Expressive Arts and Design", "G", "Enjoys role play."]],
            widths=[190, 40, 285], header=True),
          P("R = working below age-related expectations; A = working towards; G = on track.", "small"),
          P("Section 4 - 'Next steps' targets", "h2")]
    if good:
        tg = [("Leo will write the first letter of his name correctly formed without a model by December 2026.", "Literacy"),
              ("Leo will recognise and say all Phase 2 sounds by the end of the autumn term.", "Literacy / phonics"),
              ("Leo will count reliably up to 10 objects during continuous provision.", "Mathematics")]
    else:
        tg = [("Isla will blend three CVC words orally with adult support by the spring PEP.", "Literacy / phonics"),
              ("Isla will play alongside two peers for 10 minutes without adult prompting.", "PSED")]
    s += [T([["Next step no.", "Target", "Area", "Review date"]] +
            [[str(i + 1), t, a, "January 2027"] for i, (t, a) in enumerate(tg)], widths=[55, 290, 90, 80], header=True),
          P("Section 5 - EYPP request (any request for EYPP must be linked to 'next steps' targets on the PEP)", "h2")]
    if good:
        pp = [("Daily Fast Track Phonics catch-up with a teaching assistant, 10 minutes", 210.0, 2),
              ("Forest school place, one afternoon a week, to build confidence with peers", 120.0, None)]
        s += [T([["Type of intervention (pastoral or learning)", "Description of intervention", "Target details",
                  "Expected impact", "Cost of the support"],
                 ["Learning", pp[0][0], "Next step 2", "All Phase 2 sounds secure", "£210.00"],
                 ["Pastoral", pp[1][0], "", "Leo more settled at transitions", "£120.00"]],
                widths=[80, 150, 70, 125, 90], header=True),
              dots("Total EYPP requested", "£330.00"), dots("Date PEP completed", "14/10/2026")]
        req = 330.0
    else:
        pp = [("Speech and language resources (Colourful Semantics pack)", 85.0, None)]
        s += [T([["Type of intervention (pastoral or learning)", "Description of intervention", "Target details",
                  "Expected impact", "Cost of the support"],
                 ["Learning", pp[0][0], "", "Better sentence building", "£85.00"]],
                widths=[80, 150, 70, 125, 90], header=True),
              dots("Total EYPP requested", "£85.00"), dots("Date PEP completed", "")]
        req = 85.0
    fname = f"{LAYOUT}-{n}.pdf"
    pdf(os.path.join(out_dir, fname), s, header="Children in Care - PEP (Early Years)",
        footer="LCS form EY-PEP v3 - typed up by support officer")
    truth(out_dir, LAYOUT, fname, INSP,
          ["dotted-leader label lines", "case-system person ID", "RAG letters per EYFS area",
           "EYPP request columns: type (pastoral or learning) / description / target details / expected impact / cost",
           "EYPP linked by 'Next step N' text in target details", "one EYPP line not linked (pastoral)"] +
          ([] if good else ["-2 gaps: voice boxes empty (reason given), EYPP line not linked, no maths target, no completion date"]),
          name, first, school, 0, "2026-10-06" if good else "2026-11-13", "2026-10-14" if good else None,
          97.1 if good else 88.3, voice, tg, True, good, pp, req)


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1])
