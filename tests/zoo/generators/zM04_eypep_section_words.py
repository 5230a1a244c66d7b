"""zM04: EYPEP with sections numbered in words (entry 7) and an EY block of setting, attendance and EYPP impact (entry 16)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_M import *

LAYOUT = "zM04-eypep-section-words"
INSP = "real-forms.md entries 7, 16"
QUIRKS = ["sections numbered in words: Section One (a), Section One (b), Section Two ...",
          "attendees table with Attended Meeting and Copy of PEP Sent columns",
          "first-person responsibility questions with numbered blanks 1. 2. 3.",
          "setting name, attendance and EYPP impact share one block", "child's voice recorded by key person as quotes",
          "'Cared for Children' wording"]

D = {1: dict(name="Poppy Achterberg", first="Poppy", school="Little Acorns Day Nursery", yg=-1,
             meet="2026-09-24", meet_s="24 September 2026", done="2026-09-30", done_s="EYPEP completed and sent: 30 September 2026",
             att="91%", att_v=91.0, hours="15 funded hours (Mon-Wed mornings)",
             voice=["\u201cMe do it!\u201d (when putting on her coat)", "Poppy says \u201cI like the bubbles\u201d at water play.",
                    "Poppy points to the sand tray and says \u201cplay sand\u201d when asked what she likes best."],
             targets=[("Poppy will use two-word phrases to ask for help or for a toy, e.g. \u201cmore juice\u201d, by the spring EYPEP", "Communication and language"),
                      ("Poppy will join in with counting songs and show 1, 2, 3 with her fingers", "Mathematics"),
                      ("Poppy will share picture books with her key person every day and point to named pictures", "Literacy")],
             pp=[("Key person time for 1:1 Language Link sessions (10 mins daily)", 180.0, 1),
                 ("Number rhymes and song CD, finger puppets", 25.0, 2),
                 ("Board books to share at home with carer", 30.0, 3)], req=235.0, req_s="£235.00"),
     2: dict(name="Ellis Marchetti", first="Ellis", school="Little Acorns Day Nursery", yg=-1,
             meet="2026-11-12", meet_s="12 November 2026", done="2026-11-20", done_s="EYPEP completed and sent: 20 November 2026",
             att="", att_v=None, hours="15 funded hours",
             voice=["Ellis said \u201cdinosaur roar\u201d and laughed during small world play."],
             targets=[("Ellis will settle at drop-off within 5 minutes with his key person on 4 days out of 5", "Personal, social and emotional development"),
                      ("Ellis will make marks with chunky crayons and talk about what he has drawn", "Literacy")],
             pp=[("Sensory den resources", 90.0, None), ("Transition photo book", 15.0, None)], req=None, req_s="")}


def make(out_dir, v):
    d = D[v]; stem = f"{LAYOUT}-{v}"; path = os.path.join(out_dir, stem + ".pdf")
    W = 180 * mm
    s = [P("<b>Early Years Personal Education Plan (EYPEP)</b>", H1),
         P("For Cared for Children aged 2-4 in an early years setting"),
         P("<b>Section One (a):Child's Details</b>", H2),
         ptable([["Child's name", d['name']], ["Date of birth", "11/02/2024" if v == 1 else "05/06/2023"],
                 ["Legal status", "Section 20" if v == 1 else "Interim Care Order"],
                 ["Date of EYPEP meeting", d['meet_s']]], widths=[60 * mm, 120 * mm], header=False),
         P("<b>Section One (b):People Invited to EYPEP Meeting</b>", H2),
         P("Please indicate the names of the people responsible for managing this EYPEP."),
         ptable([["Title", "Name", "Address and Phone Number", "Attended Meeting", "Copy of PEP Sent"],
                 ["Child", d['first'], "", "Yes", "-"],
                 ["Parent", "Ms T. Grieve" if v == 1 else "Mr A. Marchetti", "Via social worker", "No", "Yes"],
                 ["Carer(s)", "Mr and Mrs Hollins", "14 Fern Row, Ashby Cross, 07700 900612", "Yes", "Yes"],
                 ["Designated person (teacher or practitioner)", "Miss C. Doyle (key person)", "01632 961001", "Yes", "Yes"],
                 ["Social worker or care manager", "Ms F. Ahmed", "01632 961220", "Yes", "Yes"]],
                widths=[40 * mm, 35 * mm, 55 * mm, 25 * mm, 25 * mm]),
         P("<b>Section Two:Responsibilities</b>", H2),
         ptable([["Question", "Name and Contact Details"],
                 ["Who should the setting contact in an emergency – in order of priority? 1. 2. 3.",
                  "1. Mrs Hollins 07700 900612\n2. Mr Hollins 07700 900613\n3. Ms F. Ahmed 01632 961220"],
                 ["Who is allowed access to me in my setting?", "Carers only; no unsupervised contact"],
                 ["Who will give permission for my attendance on trips?", "Carers (delegated authority)"]],
                widths=[90 * mm, 90 * mm]),
         P("<b>Section Three:My Setting, Health and Early Years Pupil Premium (EYPP)</b>", H2),
         ptable([["Setting attended", d['school']], ["Hours", d['hours']],
                 ["Attendance at setting since September", d['att']],
                 ["Health concerns", "Mild eczema; speech and language referral made" if v == 1 else "None known"],
                 ["Impact of last term's EYPP", "Key person reports more settled at snack time" if v == 1 else "Not recorded"]],
                widths=[60 * mm, 120 * mm], header=False),
         P("<b>Section Four:My Voice</b> (my key person writes down what I say and do)", H2)]
    for x in d['voice']:
        s.append(P("\u2022 " + x))
    s += [P("<b>Section Five:My progress against the EYFS and my next steps</b>", H2),
          P("Please provide comments for each prime and specific area. Next steps are the targets for this EYPEP.", SMALL)]
    rows = [["Next step", "EYFS area", "Who"]]
    for t, a in d['targets']:
        rows.append([t, a, "Key person"])
    s.append(ptable(rows, widths=[110 * mm, 45 * mm, 25 * mm]))
    s.append(P("<b>Section Six:EYPP request</b>", H2))
    rows = [["Description of intervention", "Cost", "Next step it supports"]]
    for x, c, tg in d['pp']:
        rows.append([x, f"£{c:.2f}", f"Next step {tg}" if tg else ""])
    if d['req_s']:
        rows.append(["Total EYPP requested", d['req_s'], ""])
    s.append(ptable(rows, widths=[100 * mm, 30 * mm, 50 * mm]))
    s += [Spacer(1, 8), P(d['done_s'])]
    build_pdf(path, s, header="EYPEP  -  Confidential", footer=f"EYPEP {d['name']} Autumn term 2026")
    write_truth(out_dir, stem, "pdf", INSP, QUIRKS + (["no attendance figure", "EYPP lines not linked to a next step", "no total"] if v == 2 else []),
                child_name=d['name'], child_first_name=d['first'], school=d['school'], year_group=d['yg'],
                meeting_date=d['meet'], completed_date=d['done'], attendance_percent=d['att_v'],
                pupil_voice=d['voice'], targets=[{"text": t, "area": a} for t, a in d['targets']],
                english_target=True, maths_target=(v == 1),
                pp_spend=[{"description": x, "cost": c, "target": tg} for x, c, tg in d['pp']], pp_requested=d['req'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for v in (1, 2):
        make(out_dir, v)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
