"""zL02 Brindle: early years Word PEP marked DRAFT, numbered prose preamble, lettered sections, EYPP request block."""
import os
from docx.enum.text import WD_BREAK
from _common_L import *

LAYOUT = "zL02-brindle-ey-draft-lettered"
INSPIRED = "real-forms.md entries 10, 17, 7, 16, 27"
QUIRKS = ["cover holds 'Date PEP completed:' and 'Confidential' before two pages of numbered prose",
          "sections lettered A-E; the setting's part is Section C",
          "age given in years and months", "EYFS areas as rows with 'next steps' targets in a column",
          "EYPP request columns: type of intervention (pastoral or learning) | description | target details | expected impact | cost",
          "child's voice as practitioner observations with quoted words"]

PREAMBLE = [
 "1. A PEP is a means of collating information about a young child's learning and development so that everyone around the child knows what is working and what will happen next.",
 "2. The PEP is part of the child's care plan. It is a legal document and should be reviewed every term while the child attends a funded early years place.",
 "3. Who Does What? The Social Worker arranges the meeting and completes section A of the PEP form. The setting's Designated person (teacher or practitioner) completes sections B and C. The Virtual School Early Years Adviser completes section E.",
 "4. The setting completes its part within 10 working days of the meeting.",
 "5. The next steps agreed in the PEP inform how the Early Years Pupil Premium (EYPP) is allocated. Any request for EYPP must be linked to 'next steps' targets on the PEP.",
 "6. Children's hopes, worries and aspirations should be recorded in Section D in whatever way suits the child: words, photographs, drawings, or what adults have seen the child do.",
]

DATA = {
 1: dict(name="Ruby-Mae Ashworth", first="Ruby-Mae", age="3 years 5 months", dob="02/06/2022",
         setting="Little Acorns Day Nursery (Brindle Road)", yg_text="Nursery (FS1) - 15 hours funded plus 15 extended",
         yg=-1, meet="06/11/2025", meet_iso="2025-11-06", done="Date PEP completed: 17/11/2025", done_iso="2025-11-17",
         att="Attends Mon-Thu. Attendance this term 92.5% (missed sessions for health visitor and family time changes).",
         attp=92.5,
         voice=["Ruby-Mae said \"I do it myself\" when putting on her coat and boots for the garden.",
                "At the playdough table she told her key person \"Nana has a big dog called Biscuit\".",
                "She said \"No loud!\" and covered her ears at tidy-up time."],
         areas=[("Communication and language", "Uses 2-3 word phrases; understands simple 'who' questions.",
                 "Ruby-Mae will use 4-word sentences to ask for help at snack time on 3 days out of 4 by the end of the spring term, modelled by her key person.", "Communication and language"),
                ("Physical development", "Climbs confidently; pencil grip palmar.", "", None),
                ("Personal, social and emotional development", "Unsettled at tidy-up time.",
                 "Ruby-Mae will follow the visual tidy-up timer and join tidy-up with one adult prompt on 4 out of 5 days by February half-term.", "Personal, social and emotional development"),
                ("Literacy", "Enjoys stories about animals.",
                 "Ruby-Mae will join in with repeated refrains in 3 familiar stories during daily small-group story time by the spring PEP.", "Literacy"),
                ("Mathematics", "Counts to 3 reliably.",
                 "Ruby-Mae will count up to 5 objects accurately (one number name for each item) in play on 3 observed occasions by the spring PEP.", "Mathematics")],
         eypp=[("Learning", "Small-group 'Chatterbox' language sessions with trained practitioner, 2 x 20 minutes weekly for 10 weeks", "1", "Longer sentences at snack time", 150.0),
               ("Pastoral", "Visual timer and sensory ear defenders for transitions", "2", "Calmer tidy-up", 35.0),
               ("Learning", "Counting sacks (animal themes) to share in nursery and at home", "4", "Counting to 5 in play", 60.0)],
         eypp_targets=[1, 2, 4], req=245.0),
 2: dict(name="Theo Blackwood", first="Theo", age="4 years 1 month", dob="19/10/2021",
         setting="Brindle Green Pre-School", yg_text="Pre-school (term before Reception)", yg=-1,
         meet="22/01/2026", meet_iso="2026-01-22", done="Date PEP completed:", done_iso=None,
         att="Not recorded", attp=None,
         voice=["Theo told us \"I like the bikes\" and spends most of outdoor time on the trikes."],
         areas=[("Communication and language", "Speech clear, long sentences.", "", None),
                ("Physical development", "Finds scissors hard.",
                 "Theo will snip along a straight line with spring-loaded scissors in the making area twice a week until the next PEP.", "Physical development"),
                ("Personal, social and emotional development", "Plays alongside others.",
                 "Theo will take turns on the trikes using the sand timer with one adult reminder by Easter.", "Personal, social and emotional development"),
                ("Literacy", "Recognises his name.", "Theo will find his name card at self-registration every morning by the next PEP.", "Literacy"),
                ("Mathematics", "", "", None)],
         eypp=[("Learning", "Fine motor 'Dough Disco' group", "1", "", None)],
         eypp_targets=[1], req=None),
}


def build_one(out_dir, n):
    d = DATA[n]
    stem = f"{LAYOUT}-{n}"
    doc = new_docx(font="Arial", size=10)
    set_header_footer(doc, header="DRAFT  -  Brindle Virtual School  -  Early Years PEP", footer="Page 1")
    dpara(doc, "EARLY YEARS PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE", bold=True, size=15, align="c")
    dpara(doc, d["done"], bold=True)
    dpara(doc, "Confidential", bold=True, color=(200, 0, 0))
    dpara(doc, "What are main functions of a PEP?", bold=True, size=12)
    for para in PREAMBLE:
        dpara(doc, para)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    dhead(doc, "Section A: Child's details (Social Worker)", 2)
    dtable(doc, [["Child's name", d["name"]], ["Date of birth", d["dob"]], ["Age", d["age"]],
                 ["Legal status", "Interim Care Order" if n == 1 else "Section 20"],
                 ["Home", "Foster home (Brindle) since 03/2025" if n == 1 else "Kinship carers - aunt and uncle"],
                 ["Health", "Glue ear - audiology review booked" if n == 1 else "No concerns"]],
           bold_first_row=False, bold_first_col=True, widths=[5, 12])
    dhead(doc, "Section B: Setting details", 2)
    dtable(doc, [["Name of setting", d["setting"]], ["Room / funded hours", d["yg_text"]],
                 ["Date of PEP meeting", d["meet"]], ["Attendance", d["att"]],
                 ["Key person", "Shona Barraclough" if n == 1 else "Keely Mottram"]],
           bold_first_row=False, bold_first_col=True, widths=[5, 12])
    dhead(doc, "Section C: Progress against the EYFS and next steps", 2)
    dpara(doc, "Please provide comments for each area. Next steps should be SMART and link to any EYPP request.", italic=True, size=8)
    rows = [["Area of learning", "What we know now", "No.", "Next steps (targets)"]]
    k = 0
    for a, now, ns, _ in d["areas"]:
        if ns:
            k += 1
        rows.append([a, now, str(k) if ns else "", ns])
    dtable(doc, rows, widths=[4, 5, 1, 7])
    dhead(doc, "Section D: My hopes, worries and aspirations", 2)
    dpara(doc, "What the child has said or shown us (key person observations):", italic=True)
    for v in d["voice"]:
        dpara(doc, "- " + v)
    dhead(doc, "EYPP request", 3)
    rows = [["Type of intervention (pastoral or learning)", "Description of intervention", "Target details (next step no.)", "Expected impact", "Cost of the support"]]
    for typ, desc, tno, imp, cost in d["eypp"]:
        rows.append([typ, desc, tno, imp, money(cost) if cost is not None else ""])
    rows.append(["", "TOTAL EYPP REQUESTED", "", "", money(d["req"]) if d["req"] else ""])
    dtable(doc, rows, widths=[2.5, 6, 2.5, 3.5, 2.5])
    dhead(doc, "Section E: Virtual School use only", 2)
    dtable(doc, [["EY Adviser QA", "Good" if n == 1 else ""], ["EYPP agreed", "Yes" if n == 1 else ""]],
           bold_first_row=False, bold_first_col=True)
    ext = "docx"
    doc.save(os.path.join(out_dir, f"{stem}.{ext}"))
    targets = [{"text": ns, "area": area} for a, now, ns, area in d["areas"] if ns]
    t = dict(child_name=d["name"], child_first_name=d["first"], school=d["setting"], year_group=d["yg"],
             meeting_date=d["meet_iso"], completed_date=d["done_iso"], attendance_percent=d["attp"],
             pupil_voice=d["voice"], targets=targets,
             english_target=any(x["area"] in ("Literacy", "Communication and language") for x in targets),
             maths_target=any(x["area"] == "Mathematics" for x in targets),
             pp_spend=[{"description": e[1], "cost": e[4], "target": tn} for e, tn in zip(d["eypp"], d["eypp_targets"])],
             pp_requested=d["req"])
    q = QUIRKS + (["-2: 'Date PEP completed:' left blank on the cover; attendance 'Not recorded'",
                   "-2: no mathematics or communication next step; EYPP line has no cost or impact; no total"] if n == 2 else [])
    write_truth(out_dir, stem, ext, LAYOUT, INSPIRED, q, t)


def build(out_dir):
    for n in (1, 2):
        build_one(out_dir, n)
