"""zP07: Reception paper EY PEP (landscape PDF): one grid row per EYFS area holding the RAG rating,
what the child can do, the next step (the target), who/when and the EYPP spend for that row; a scribed
'My views booklet' page (keyworker prompt in italics, child's words in quotes); and a Virtual School
'Personal Education Plan Feedback Form' with its own QA date appended at the end."""
import os
from _common_P import Pdf, write_truth, run_main

LAYOUT = "zP07-reception-rag-area-grid"
INSPIRED = "real-forms.md entries 28, 30"


def build(out_dir):
    for n in (1, 2):
        _one(out_dir, n)


def _one(out_dir, n):
    good = n == 1
    fn = f"{LAYOUT}-{n}.pdf"
    if good:
        name, first, school = "Oscar Featherstonehaugh", "Oscar", "Hillbrow Infant and Nursery School"
        age, meet, done = "4 years 7 months", "08.10.2026", "15.10.2026"
    else:
        name, first, school = "Zainab Hussaini", "Zainab", "Oakmere Church of England Primary"
        age, meet, done = "4 years 2 months", "13.10.2026", ""
    pdf = Pdf(landscape_=True, header="Early Years (age 2 4) and Reception PEP - paper form - RAG Ratings apply",
              footer="EY PEP - Reception - keep with the child's learning journal - page {page}")
    pdf.h("Early Years Personal Education Plan - Reception (Autumn 2026)")
    pdf.table([["Child's name", "Age (years, months)", "School", "Class", "Date of PEP meeting", "Date PEP completed"],
               [name, age, school, "Reception (Hedgehogs)" if good else "Reception (Class R)", meet, done]],
              widths=[4.6, 3.3, 6, 3.6, 3.6, 3.6])
    if good:
        pdf.p("Attendance since starting Reception (3 September - 2 October 2026): 95.2%. Part-time settling-in timetable ended 14.09.2026.")
    else:
        pdf.p("Attendance since starting Reception: ")
    pdf.p("RAG: R = not on track / A = some concern / G = on track for the Early Learning Goal by the end of Reception.")

    if good:
        rows = [
            ("Communication and Language", "A", "Listens in a small group; speaks in short sentences.",
             "Oscar will retell a familiar story using five picture cards and 'first', 'next', 'then' by the spring PEP",
             "Keyworker, story group 3 x weekly", "WellComm language group resources, £60"),
            ("Personal, Social and Emotional Development", "G", "Separates from carer calmly; plays with two friends.", "", "", ""),
            ("Physical Development", "G", "Uses scissors with some help.", "", "", ""),
            ("Literacy", "A", "Knows 12 Phase 2 sounds.",
             "Oscar will read and blend all Phase 2 sounds in CVC words in four out of five phonics checks by February half-term",
             "Class teacher, daily Read Write Inc.", "Extra 1:1 phonics keep-up sessions with TA, 3 x 10 minutes weekly for 12 weeks, £144"),
            ("Mathematics", "R", "Counts to 5; not yet matching numeral to amount.",
             "Oscar will subitise and match numerals 1 to 5 to amounts during continuous provision by 18 December 2026",
             "Keyworker and carer at home", "Numicon home kit, £36"),
            ("Understanding the World", "G", "Talks about his family and pets.", "", "", ""),
            ("Expressive Arts and Design", "G", "Loves the role-play kitchen.", "", "", "")]
    else:
        rows = [
            ("Communication and Language", "A", "Bilingual (Dari and English); quiet in large groups.",
             "Zainab will ask an adult for help using a short English sentence in the classroom, observed three times a week, by the spring PEP",
             "Keyworker", "EAL talk group with bilingual TA, £120"),
            ("Personal, Social and Emotional Development", "A", "Upset at lunchtime.",
             "Zainab will eat lunch with her buddy group and stay at the table for the whole lunch on four days out of five by December 2026",
             "Midday supervisor", ""),
            ("Physical Development", "G", "Confident on the climbing frame.", "", "", ""),
            ("Literacy", "A", "Recognises her name.", "", "", ""),
            ("Mathematics", "R", "Counts to 3.", "", "", ""),
            ("Understanding the World", "G", "Interested in growing seeds.", "", "", ""),
            ("Expressive Arts and Design", "G", "Enjoys painting.", "", "", "")]
    grid = [["EYFS area", "RAG", "What I can do now", "My next step (target)", "Who / when", "EYPP for this step"]]
    grid += [list(r) for r in rows]
    pdf.table(grid, widths=[4.2, 1.2, 5.2, 7.6, 3.6, 4.2],
              extra=[("ALIGN", (1, 1), (1, -1), "CENTER")])
    targets, pp = [], []
    for r in rows:
        if r[3]:
            targets.append({"text": r[3], "area": r[0]})
            if r[5]:
                desc, cost = r[5].rsplit(", £", 1)
                pp.append({"description": desc, "cost": float(cost), "target": len(targets)})
    if good:
        pdf.p("Total EYPP requested for this term: £240")
        req = 240.0
    else:
        extra = "Ear defenders and a visual timetable for lunchtime"
        pdf.p(f"Also requested: {extra} (£40). Total EYPP requested for this term: £160")
        pp.append({"description": extra, "cost": 40.0, "target": None})
        req = 160.0

    pdf.page_break()
    pdf.h("My views booklet", 2)
    pdf.p("Scribed by my keyworker during choosing time. The keyworker's questions are in italics; my words are in quotes.")
    if good:
        voice = ["I like the bikes and the mud kitchen.", "My best friend is Ruby because she shares.",
                 "I'm sad when Nana goes home."]
        qs = ["What do you like doing at school?", "Who are your friends?", "When do you feel sad?"]
    else:
        voice = ["I like painting the flowers.", "Lunch is too loud."]
        qs = ["What do you like doing at school?", "Is there anything you don't like?"]
    for q, v in zip(qs, voice):
        pdf.p(f"<i>{q}</i>", markup=True)
        pdf.p(f"\u201c{v}\u201d")
    pdf.p("<i>Keyworker note: I wonder if you would like to show Nana your painting next week?</i>" if good else
          "<i>Keyworker note: We will try the quiet table for you.</i>", markup=True)

    pdf.h("Personal Education Plan Feedback Form (Virtual School use)", 2)
    pdf.table([["QA date", "QA officer", "Overall RAG", "Comments"],
               ["22.10.2026" if good else "20.10.2026", "J. Halloran", "Green" if good else "Amber",
                "Clear next steps linked to EYPP." if good else "Please add a mathematics next step, attendance and the completion date."]],
              widths=[3, 3.5, 3, 16.3])
    pdf.save(os.path.join(out_dir, fn))

    quirks = ["landscape grid: one row per EYFS area with RAG, next step and EYPP in the same row",
              "areas with no next step left blank", "age in years and months", "dates written dd.mm.yyyy",
              "scribed views booklet with keyworker prompts and a note to the child (not voice)",
              "VS Feedback Form with its own QA date (not the completion date)"]
    if not good:
        quirks += ["-2: attendance left blank", "-2: no Literacy or Mathematics next step", "-2: Date PEP completed blank",
                   "-2: 'Also requested' EYPP line not linked", "-2: PSED step has no EYPP"]
    write_truth(out_dir, LAYOUT, fn, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=0,
                meeting_date="2026-10-08" if good else "2026-10-13", completed_date="2026-10-15" if good else None,
                attendance_percent=95.2 if good else None, pupil_voice=voice, targets=targets,
                english_target=True, maths_target=good, pp_spend=pp, pp_requested=req)


if __name__ == "__main__":
    run_main(build)
