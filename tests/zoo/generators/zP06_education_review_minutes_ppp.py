"""zP06: the PEP meeting recorded as 'Education Review' minutes (DOCX): numbered narrative minutes,
a 'Strengths and Challenges' two-column table, the child's Mind of My Own statement quoted in the
minutes, agreed actions as a numbered list, and a separate termly 'PPP form' appended after a page break
(PPP = Pupil Premium Plus, intended use / total requested / intended impact / backdated question)."""
import os
from _common_P import Docx, write_truth, run_main

LAYOUT = "zP06-education-review-minutes-ppp"
INSPIRED = "real-forms.md entries 24, 18"


def build(out_dir):
    for n in (1, 2):
        _one(out_dir, n)


def _one(out_dir, n):
    good = n == 1
    fn = f"{LAYOUT}-{n}.docx"
    if good:
        name, first, school, yr = "Ellis Penhaligon", "Ellis", "Sherwood Vale Junior School", 4
        meet = "Tuesday 29 September 2026"
    else:
        name, first, school, yr = "Tia-Rose Whitlock", "Tia-Rose", "Ravenshead Lane Primary", 4
        meet = "Thursday 15 October 2026"
    d = Docx(font="Calibri", size=11)
    d.header("Education Review (PEP) - record of meeting")
    d.footer("Virtual School - Education Review minutes - not for circulation beyond the professional network")
    d.p("Education Review (PEP)", bold=True, size=16)
    d.runs([("Child: ", True), (name, False), ("    Year: ", True), (str(yr), False),
            ("    School: ", True), (school, False)])
    d.runs([("Date of Education Review: ", True), (meet, False), ("    Venue: ", True), ("school library", False)])
    d.runs([("Present: ", True), ("Mrs D. Oakes (DT, chair), Kofi Mensah (SW), Lorna Pike (foster carer), Sam Whitby (VS adviser)" if good
                                  else "Mr P. Garside (DT, chair), Hayley Brum (SW), Mr and Mrs Kavanagh (foster carers)", False)])
    d.runs([("Apologies: ", True), ("none" if good else "Virtual School adviser", False)])

    d.p("1. Welcome and introductions", bold=True)
    d.p("The chair welcomed everyone. " + ("Ellis joined the meeting for the first ten minutes and then went back to class."
                                           if good else "Tia-Rose did not attend; she was in a swimming lesson."))
    d.p("2. The child's views", bold=True)
    if good:
        voice = ["I like it when Miss Jarvis does the times tables games because I win sometimes.",
                 "Writing makes my hand ache and I can't think of what to put.",
                 "I want to be in the football team with Jayden."]
        d.p(f"Ellis's Mind of My Own statement (sent 24/09/2026) said: \"{voice[0]}\" He also wrote: \"{voice[1]}\"")
        d.p(f"In the meeting Ellis told us: \"{voice[2]}\"")
        d.p("Lorna (carer) added that Ellis practises his spellings in the car on the way to school.")
    else:
        voice = []
        d.p("No Mind of My Own statement was received this term. The DT said Tia-Rose seems happy in class and has lots of friends.")
    d.p("3. Strengths and Challenges", bold=True)
    d.table([["Strengths", "Challenges"],
             ["Enthusiastic about number games; kind to younger pupils; good attendance." if good else "Good phonic knowledge; enjoys PE and swimming.",
              "Handwriting stamina; planning his writing; executive functioning - organising his bag and reading book." if good
              else "Comprehension - inference questions; attention in afternoon lessons."]], widths=[8, 8])
    d.p("4. Attendance and inclusion", bold=True)
    d.p("Attendance for this academic year is 98.4%. No suspensions." if good else
        "Attendance was not available at the meeting; the DT will send the printout to the SW. No suspensions.")
    d.p("5. Progress since the last Education Review", bold=True)
    d.p("Last term's target on column addition was achieved (Ellis scored 9/10 on the end-of-unit check). The reading target was partly achieved."
        if good else "Last term's phonics target was achieved. No other targets were recorded last term.")
    d.p("6. Preparing for Adulthood (across the age range)", bold=True)
    d.p("Ellis is learning to pack his own school bag using a picture checklist." if good else "Tia-Rose now walks to the class line on her own.")
    d.p("7. Agreed actions / targets", bold=True)
    if good:
        tg = [("Writing", "Ellis will write a five-sentence recount, planned on a story map, in three lessons by the spring Education Review"),
              ("Maths", "Ellis will recall 3, 4 and 8 times tables facts in under five seconds, scoring 20/25 on the Friday check by February half-term"),
              ("Wellbeing", "Ellis will attend after-school football club every Wednesday this term")]
    else:
        tg = [("Reading", "Tia-Rose will answer two inference questions about a guided-reading text correctly in four out of five sessions by 11 December 2026"),
              ("Wellbeing", "Tia-Rose will use a movement break card in afternoon lessons, no more than twice a session, until the spring review")]
    for i, (a, t) in enumerate(tg, 1):
        d.p(f"7.{i} ({a}) {t}.")
    targets = [{"text": t, "area": a} for a, t in tg]
    d.p("8. Date of next Education Review", bold=True)
    d.p("Week beginning 18 January 2027." if good else "To be confirmed.")
    if good:
        d.p("Minutes agreed and finalised by the DT on 06/10/2026.", italic=True)
    else:
        d.p("Minutes draft - awaiting DT sign-off.", italic=True)

    d.page_break()
    d.p("Pupil Premium Plus (PPP) form - Autumn term 2026", bold=True, size=14)
    d.p("This is the termly PPP form. It is not part of the Education Review record. Schools may re-submit the previous PPP form where nothing has changed.",
        italic=True)
    d.runs([("Pupil: ", True), (name, False), ("    School: ", True), (school, False)])
    if good:
        s1 = "Handwriting and fine-motor group (Speed Up! programme), 2 x 20 minutes weekly for 10 weeks"
        s2 = "Football club fees for the autumn term"
        s3 = "Times tables app licence and set of flash cards for home"
        rows = [["Intended use of the funding", "Linked to action", "Cost", "Intended impact"],
                [s1, "7.1", "£180", "Ellis writes for longer without his hand aching"],
                [s2, "7.3", "£45", "Friendships and belonging"],
                [s3, "7.2", "£25", "Quicker recall, more confidence in maths"]]
        pp = [{"description": s1, "cost": 180.0, "target": 1}, {"description": s2, "cost": 45.0, "target": 3},
              {"description": s3, "cost": 25.0, "target": 2}]
        total, req = "£250", 250.0
    else:
        s1 = "Guided-reading inference group with TA, 3 x 20 minutes weekly"
        s2 = "Contribution to Year 4 residential trip"
        rows = [["Intended use of the funding", "Linked to action", "Cost", "Intended impact"],
                [s1, "7.1", "£210", "Better comprehension scores"],
                [s2, "", "£150", "Inclusion"]]
        pp = [{"description": s1, "cost": 210.0, "target": 1}, {"description": s2, "cost": 150.0, "target": None}]
        total, req = "£360", 360.0
    d.table(rows, widths=[7, 2.5, 2, 4.5])
    d.runs([("Total amount being requested (including costs of the interventions): ", True), (total, False)])
    d.runs([("Please stipulate on this terms form if you wish to apply for backdated pupil premium: ", True), ("No", False)])
    d.save(os.path.join(out_dir, fn))

    quirks = ["meeting called 'Education Review'", "narrative numbered minutes instead of a form",
              "voice quoted inside minutes from a Mind of My Own statement; carer's remark alongside",
              "'Strengths and Challenges' two-column table", "targets as numbered agreed actions 7.1, 7.2 ...",
              "separate termly PPP (Pupil Premium Plus) form appended, lines linked to action numbers",
              "date with weekday ('Tuesday 29 September 2026')"]
    if not good:
        quirks += ["-2: no child's words (only an adult summary 'seems happy')", "-2: no maths target",
                   "-2: attendance not available", "-2: minutes not signed off (no completion date)",
                   "-2: residential trip line not linked (and not fundable)"]
    write_truth(out_dir, LAYOUT, fn, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=yr,
                meeting_date="2026-09-29" if good else "2026-10-15", completed_date="2026-10-06" if good else None,
                attendance_percent=98.4 if good else None, pupil_voice=voice, targets=targets,
                english_target=True, maths_target=good, pp_spend=pp, pp_requested=req)


if __name__ == "__main__":
    run_main(build)
