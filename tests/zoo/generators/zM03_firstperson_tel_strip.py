"""zM03: first-person paper PEP with 'Tel no:' after every label, date strip and 'Me' attendee tick (entry 6), CiCC tips preamble."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_M import *

LAYOUT = "zM03-firstperson-tel-strip"
INSP = "real-forms.md entries 6, 5"
QUIRKS = ["Children in Care Council tips before the fields", "first-person labels each followed by Tel no:",
          "4-column date strip: Date of this PEP | Is this the first PEP? | Date of last PEP | Date of Next PEP",
          "'Me' is an attendee tick column", "Section 2 holds my views and what I need help with",
          "PP+ boilerplate 'currently £1,900 p.a.' is not a request"]

D = {1: dict(name="Harvey Lindqvist", first="Harvey", school="St Aldric's CE Junior School", yg=4,
             meet="2026-09-29", meet_s="29/09/2026", done="2026-10-02", sign="Signed (Designated Teacher): R. Barraclough   Date: 02/10/2026",
             att="96", att_v=96.0,
             voice=["I am good at times tables and running.", "I need help with joined up writing.",
                    "I want to be a vet when I grow up."],
             targets=[("Harvey will join his handwriting in every piece of writing in his English book by Christmas", "English"),
                      ("Harvey will tell the time to 5 minutes on an analogue clock", "Maths"),
                      ("Harvey will take part in a Year 4 lunchtime club to make two new friends", "Social")],
             pp=[("Handwriting intervention group (TA, 3 x 20 mins per week for 10 weeks)", 300.0, 1),
                 ("Clock and time games for home with carer", 20.0, 2)], req=320.0, req_s="£320"),
     2: dict(name="Amira Solberg", first="Amira", school="St Aldric's CE Junior School", yg=4,
             meet="2026-10-21", meet_s="21/10/2026", done=None, sign="Signed (Designated Teacher): ....................   Date: ..........",
             att="92.5", att_v=92.5,
             voice=["I like reading Horrid Henry.", "I get sad when I miss my mum."],
             targets=[("Amira will use capital letters and full stops correctly in 4 out of 5 sentences", "English"),
                      ("Amira will see the school nurse or ELSA weekly to talk about her feelings", "Emotional wellbeing")],
             pp=[("ELSA sessions, weekly for 8 weeks", 200.0, 2), ("Guided reading books", 30.0, 1)], req=230.0, req_s="£230")}


def make(out_dir, v):
    d = D[v]; stem = f"{LAYOUT}-{v}"; path = os.path.join(out_dir, stem + ".docx")
    doc = new_doc(footer="Westhaven Virtual School - Personal Education Plan (paper version)")
    dpara(doc, "My Personal Education Plan", bold=True, size=18, align='c')
    dpara(doc, "Top tips for a good PEP from our Children in Care Council", bold=True)
    for tip in ["1. Ask me what I think before the meeting.", "2. Don't talk about me as if I am not there.",
                "3. Tell me what has been written down.", "4. Remember the good things as well."]:
        dpara(doc, tip)
    dpara(doc, "Pupil Premium Plus is currently £1,900 p.a. and is managed by the Virtual School Head.", italic=True)
    dtable(doc, [["My name is:", d['name'], ""],
                 ["My school is:", d['school'], "Tel no: 01632 960777"],
                 ["I am in year (NCY):", str(d['yg']), ""],
                 ["My school is a (please enter type of school):", "Church of England junior school", ""],
                 ["My Designated Teacher is:", "Mrs R. Barraclough", "Tel no: 01632 960778"],
                 ["My Social Worker is:", "Mr D. Fenwick", "Tel no: 01632 960123"],
                 ["My Area Learning Advocate is:", "Ms K. Holloway", "Tel no: 01632 960555"],
                 ["My PEP Co-ordinator is:", "Mr S. Patel", "Tel no: 01632 960556"]], header=False)
    dtable(doc, [["Date of this PEP", "Is this the first PEP?", "Date of last PEP", "Date of Next PEP"],
                 [d['meet_s'], "No", "12/05/2026" if v == 1 else "09/06/2026", "March 2027"]])
    dtable(doc, [["Present at this meeting:", "Me", "Designated Teacher", "Social Worker", "PEP Co-ordinator"],
                 ["", "✔", "✔", "✔", "✔" if v == 1 else ""]])
    dtable(doc, [["Others present at this meeting: Name", "Role", "Contact details"],
                 ["Mrs L. Ashworth", "Foster carer", "07700 900451"]])
    dpara(doc, "Section 2 - My views and what I need help with", bold=True, size=12)
    dtable(doc, [["What I want to say", ]] + [[x] for x in d['voice']])
    dpara(doc, "Section 3 - My attendance", bold=True, size=12)
    dpara(doc, f"My attendance this year is {d['att']}%")
    dpara(doc, "Section 4 - My action plan", bold=True, size=12)
    rows = [["Target", "Subject", "Who will help me", "How will we know?"]]
    for t, a in d['targets']:
        rows.append([t, a, "Class teacher / TA", "Checked at next PEP"])
    dtable(doc, rows)
    dpara(doc, "How my PP+ will be spent", bold=True)
    rows = [["What", "Cost", "Which target does it help?"]]
    for x, c, tg in d['pp']:
        rows.append([x, f"£{c:.0f}", f"Target {tg}"])
    rows.append(["Total", d['req_s'], ""])
    dtable(doc, rows)
    dpara(doc, d['sign'])
    doc.save(path)
    tg = [{"text": t, "area": a} for t, a in d['targets']]
    write_truth(out_dir, stem, "docx", INSP, QUIRKS + (["no maths target", "unsigned and undated sign-off line"] if v == 2 else []),
                child_name=d['name'], child_first_name=d['first'], school=d['school'], year_group=d['yg'],
                meeting_date=d['meet'], completed_date=d['done'], attendance_percent=d['att_v'],
                pupil_voice=d['voice'], targets=tg, english_target=True, maths_target=(v == 1),
                pp_spend=[{"description": x, "cost": c, "target": t} for x, c, t in d['pp']], pp_requested=d['req'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for v in (1, 2):
        make(out_dir, v)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
