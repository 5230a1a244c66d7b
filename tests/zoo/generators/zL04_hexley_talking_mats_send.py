"""zL04 Hexley: special-school Word PEP for a KS4 pupil with an EHCP; voice as a Talking Mats grid; targets mapped to EHCP outcomes."""
import os
from _common_L import *

LAYOUT = "zL04-hexley-talking-mats-send"
INSPIRED = "real-forms.md entries 3, 5, 24, 13, 9"
QUIRKS = ["child's voice as a Talking Mats grid (topic | where placed | what was signed or said) plus Makaton note",
          "targets listed under EHCP outcome headings, not numbered areas; English/maths hidden inside 'Communication' and 'Independence'",
          "mixed numbering '1.)Personal Details', '2.)School Details', 'Section 3', 'Section D'",
          "attendance written as sessions with a percentage in brackets, plus a separate 'last year' figure",
          "printed option list with the chosen item in capitals",
          "PP+ table keyed to the EHCP outcome letter and then a target number"]

DATA = {
 1: dict(name="Callum Ferris", first="Callum", school="Hexley Brook School (Maintained special school - ASC/SLD)",
         school_short="Hexley Brook School", yg=10, dob="11/01/2011",
         meet="Wednesday 12th November 2025", meet_iso="2025-11-12", done="19 November 2025", done_iso="2025-11-19",
         att="This year: 118 of 126 sessions (93.7%). Last year: 89.0%.", attp=93.7,
         mats=[("School bus", "Good", "signed 'happy', said \"bus, Dave\""),
               ("Swimming", "Good", "I like swimming, the water is quiet."),
               ("Dinner hall", "Not good", "Too loud. Hands on ears."),
               ("Cooking", "Not sure", "pointed to 'help'"),
               ("Reading books", "Good", "Read to me the train book.")],
         voice_extra="Makaton used throughout; Callum chose the symbols himself and moved his own cards.",
         outcomes=[("A", "Communication and interaction", [
                        ("Callum will use his Communication book to request 3 different activities independently each day, observed by class staff 4 days out of 5 by the spring PEP.", "Communication"),
                        ("Callum will read and act on 10 functional sight words (e.g. EXIT, TOILET, PUSH) in school and in the community by Easter.", "English")]),
                   ("B", "Independence / Preparing for adulthood", [
                        ("Callum will pay for an item at the school shop using a £1 coin and check his change, with one verbal prompt, on 3 visits before February half-term.", "Maths")]),
                   ("C", "Social, emotional and mental health", [
                        ("Callum will eat lunch in the small dining room with 2 peers for 15 minutes on 4 days a week by the spring PEP, using his ear defenders.", "Wellbeing")])],
         spend=[("A", "1", "Speech and language therapist training for class team on the Communication book (half-day)", 320.0),
                ("B", "3", "Weekly community shop visit with HLTA, 1 hour x 10 weeks", 180.0),
                ("C", "4", "Sensory kit for small dining room (ear defenders, visual timer)", 48.0)],
         req=548.0),
 2: dict(name="Sophia-Rose Tennant", first="Sophia-Rose", school="Hexley Brook School (Maintained special school - ASC/SLD)",
         school_short="Hexley Brook School", yg=10, dob="03/03/2011",
         meet="Tuesday 3rd March 2026", meet_iso="2026-03-03", done="", done_iso=None,
         att="", attp=None,
         mats=[], voice_extra="Talking Mats not completed this term - staff absent.",
         outcomes=[("A", "Communication and interaction", [
                        ("Sophia-Rose will use PECS phase 4 sentence strips to request snack on 4 days a week by the summer PEP.", "Communication")]),
                   ("B", "Independence / Preparing for adulthood", [
                        ("Sophia-Rose will make a hot drink with a visual sequence and one adult prompt by July.", "Independence")])],
         spend=[("A", "", "PECS resource refresh", None), ("B", "2", "Kitchen equipment", 60.0)],
         req=None),
}


def build_one(out_dir, n):
    d = DATA[n]
    stem = f"{LAYOUT}-{n}"
    doc = new_docx(font="Verdana", size=9)
    set_header_footer(doc, header="Hexley Virtual School for Children in Care - SEND PEP (EHCP)",
                      footer="Hexley Virtual School | This PEP must be read alongside the EHCP | Please remember to include the date the PEP is completed.")
    dpara(doc, "Personal Education Plan - pupils with an Education, Health and Care Plan", bold=True, size=14)
    dpara(doc, "1.)Personal Details", bold=True, size=11)
    dtable(doc, [["Name", d["name"]], ["DOB", d["dob"]],
                 ["Ethnic Background", "White / Mixed / Asian or Asian British / Black or Black British / Other / Not given  ->  WHITE" if n == 1 else "White / Mixed / Asian or Asian British / Black or Black British / Other / Not given  ->  MIXED"],
                 ["Primary need (EHCP)", "Autism and severe learning difficulties" if n == 1 else "Autism; non-verbal"]],
           bold_first_row=False, bold_first_col=True, widths=[5, 12])
    dpara(doc, "2.)School Details", bold=True, size=11)
    dtable(doc, [["School / setting", d["school"]],
                 ["NCY (chronological)", f"NCY {d['yg']}  (working within Pre-Key Stage 2)"],
                 ["Date of PEP", d["meet"]],
                 ["EHCP annual review date", "14/01/2026" if n == 1 else "Not known"],
                 ["Attendance", d["att"]]],
           bold_first_row=False, bold_first_col=True, widths=[5, 12])
    dpara(doc, "Section 3 My views (Talking Mats)", bold=True, size=11)
    dpara(doc, "Top of the mat: Good / Not sure / Not good. Record where the young person placed each picture and anything they signed or said, in their own words.", italic=True, size=8)
    rows = [["Topic card", "Where placed", "What was signed or said"]]
    rows += [list(m) for m in d["mats"]] or [["", "", ""]]
    dtable(doc, rows, widths=[4, 3, 10])
    dpara(doc, d["voice_extra"], italic=True)
    dpara(doc, "4.)Progress towards EHCP outcomes and new targets", bold=True, size=11)
    k = 0
    for letter, outcome, tgs in d["outcomes"]:
        dpara(doc, f"EHCP Outcome {letter}: {outcome}", bold=True)
        rows = [["Target", "Short-term target (by next PEP)"]]
        for txt, _ in tgs:
            k += 1
            rows.append([str(k), txt])
        dtable(doc, rows, widths=[1.5, 15.5])
    dpara(doc, "Section D  Pupil Premium Plus (not for provision already specified in Section F of the EHCP)", bold=True, size=11)
    rows = [["Outcome", "Target", "What will PP+ buy?", "Cost"]]
    for o, tno, desc, cost in d["spend"]:
        rows.append([o, tno, desc, money(cost) if cost is not None else "TBC"])
    rows.append(["", "", "Total", money(d["req"]) if d["req"] else ""])
    dtable(doc, rows, widths=[2, 2, 10, 3])
    dtable(doc, [["Completed by (DT)", "Mrs P. Anand" if n == 1 else "", "Date", d["done"]],
                 ["Social worker", "Liam Crouch" if n == 1 else "Hannah Ito", "Carer", "Present"]], bold_first_row=False)
    ext = "docx"
    doc.save(os.path.join(out_dir, f"{stem}.{ext}"))
    voice = [m[2] for m in d["mats"]]
    tg = [{"text": txt, "area": area} for _, _, ts in d["outcomes"] for txt, area in ts]
    t = dict(child_name=d["name"], child_first_name=d["first"], school=d["school_short"], year_group=d["yg"],
             meeting_date=d["meet_iso"], completed_date=d["done_iso"], attendance_percent=d["attp"],
             pupil_voice=voice, targets=tg,
             english_target=any(x["area"] == "English" for x in tg), maths_target=any(x["area"] == "Maths" for x in tg),
             pp_spend=[{"description": s[2], "cost": s[3], "target": int(s[1]) if s[1] else None} for s in d["spend"]],
             pp_requested=d["req"])
    q = QUIRKS + (["-2: Talking Mats grid empty with a staff note instead; no English or maths target; attendance and DT date blank; 'TBC' cost; unlinked spend"] if n == 2 else [])
    write_truth(out_dir, stem, ext, LAYOUT, INSPIRED, q, t)


def build(out_dir):
    for n in (1, 2):
        build_one(out_dir, n)
