"""zM06: Reception PEP, 'DRAFT' family (entry 10): cover with Date PEP completed, numbered prose pages first, lettered sections;
About Me sentence starters (entry 9)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_M import *

LAYOUT = "zM06-reception-draft-lettered"
INSP = "real-forms.md entries 10, 9"
QUIRKS = ["'Date PEP completed:' on the cover, before any field", "two pages of numbered prose about what a PEP is first",
          "sections lettered A-F", "About Me sentence starters completed with the child's words",
          "'DRAFT' left in the header", "meeting date as a term column ticked: Autumn term (PEP 1) | Spring term (PEP 2)"]

D = {1: dict(name="Noah Fairweather", first="Noah", school="Brookside Infant School", meet="2026-10-01", meet_s="1st October 2026",
             done="2026-10-09", done_s="9th October 2026", att="95.8", att_v=95.8,
             starters=[("I like playing with...", "the train track and the big blocks."),
                       ("I am good at/enjoy...", "I am good at running fast."),
                       ("My friends are...", "Ollie and Priya."),
                       ("I am happy when...", "I am happy when Nana comes to pick me up."),
                       ("I am sad when...", "I am sad when I can't find my cup.")],
             targets=[("Noah will recognise and say the sounds for the first 20 Phase 2 graphemes by February half-term", "Phonics / Literacy"),
                      ("Noah will count out up to 10 objects accurately and say how many there are", "Mathematics"),
                      ("Noah will take turns in a small-group game with an adult nearby", "PSED")],
             pp=[("Daily Phonics catch-up with TA (10 minutes)", 210.0, 1), ("Number Fun maths bag for home learning", 30.0, 2),
                 ("Turn-taking games group (Talk Boost)", 120.0, 3)], req=360.0, req_s="£360"),
     2: dict(name="Lily-Grace Obi", first="Lily-Grace", school="Brookside Infant School", meet="2026-11-10", meet_s="10th November 2026",
             done="2026-11-18", done_s="18th November 2026", att="90.2", att_v=90.2,
             starters=[("I like playing with...", ""), ("I am good at/enjoy...", ""), ("My friends are...", ""),
                       ("I am happy when...", ""), ("I am sad when...", "")],
             targets=[("Lily-Grace will write her first name using recognisable letters", "Literacy"),
                      ("Lily-Grace will use the toilet independently and wash her hands", "Physical development / self-care")],
             pp=[("Fine motor skills group (Dough Disco)", 90.0, 1), ("Visual timetable and now/next board", 20.0, 2)],
             req=110.0, req_s="£110")}

PROSE = ["1. A PEP is a means of collating information about a child's education in one place.",
         "2. Every child in care has a PEP from the age of 2 and it is reviewed every term.",
         "3. The PEP records the child's hopes, worries and aspirations as well as their progress.",
         "4. Who Does What? The Social Worker calls the meeting and is responsible for completing section A of the PEP form. The Designated Teacher completes sections B to E.",
         "5. The targets agreed in the PEP inform how the Pupil Premium Grant is allocated."]


def make(out_dir, v):
    d = D[v]; stem = f"{LAYOUT}-{v}"; path = os.path.join(out_dir, stem + ".docx")
    doc = new_doc(header="DRAFT v3 - do not circulate", footer="Confidential")
    dpara(doc, "PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE", bold=True, size=16, align='c')
    dpara(doc, "Reception", bold=True, size=13, align='c')
    dpara(doc, f"Date PEP completed: {d['done_s']}")
    dpara(doc, "Confidential")
    dpara(doc, "What are main functions of a PEP?", bold=True)
    for p in PROSE:
        dpara(doc, p)
    doc.add_page_break()
    dpara(doc, "Section A - About the child (Social Worker)", bold=True, size=12)
    dtable(doc, [["My name", d['name']], ["My birthday", "04/07/2021" if v == 1 else "22/12/2021"], ["My age", "5" if v == 1 else "4"],
                 ["My year group", "Reception"], ["My school/setting", d['school']]], header=False)
    dtable(doc, [["PEP:", "Autumn term (PEP 1)", "Spring term (PEP 2)"],
                 ["Date of my PEP meeting", d['meet_s'], ""]])
    dpara(doc, "Section B - About Me", bold=True, size=12)
    dtable(doc, [["About Me ……", ""]] + [[a, b] for a, b in d['starters']], header=True)
    dpara(doc, "Section C - Attendance and development (DT to complete before the PEP)", bold=True, size=12)
    dpara(doc, f"Attendance this year: {d['att']}%")
    dtable(doc, [["Prime areas", "Emerging", "Expected"], ["Communication and language", "✔", ""],
                 ["Physical development", "", "✔"], ["PSED", "✔", ""]])
    dpara(doc, "Section D - Next steps targets", bold=True, size=12)
    rows = [["", "Target", "Area of learning"]]
    for i, (t, a) in enumerate(d['targets'], 1):
        rows.append([f"T{i}", t, a])
    dtable(doc, rows)
    dpara(doc, "Section E - Pupil Premium Grant", bold=True, size=12)
    rows = [["Support", "Linked to", "Cost"]]
    for x, c, tg in d['pp']:
        rows.append([x, f"T{tg}", f"£{c:.0f}"])
    rows.append(["Total PPG requested", "", d['req_s']])
    dtable(doc, rows)
    dpara(doc, "Section F - Agreement", bold=True, size=12)
    dpara(doc, f"Designated Teacher: Mrs E. Thornbury (signed)   Date: {d['done_s']}")
    doc.save(path)
    voice = [b for _, b in d['starters'] if b]
    write_truth(out_dir, stem, "docx", INSP, QUIRKS + (["About Me starters left blank (no voice)", "no maths target"] if v == 2 else []),
                child_name=d['name'], child_first_name=d['first'], school=d['school'], year_group=0,
                meeting_date=d['meet'], completed_date=d['done'], attendance_percent=d['att_v'],
                pupil_voice=voice, targets=[{"text": t, "area": a} for t, a in d['targets']],
                english_target=True, maths_target=(v == 1),
                pp_spend=[{"description": x, "cost": c, "target": tg} for x, c, tg in d['pp']], pp_requested=d['req'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for v in (1, 2):
        make(out_dir, v)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
