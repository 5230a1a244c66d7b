"""zK04 Brindley: SEND 'Education Review (PEP)' Word document for a special school pupil with an
EHCP. The child's voice is a pasted 'Mind of My Own' app statement (app metadata, question and
answer lines). 'Strengths and Challenges' and executive functioning come before targets; targets
are mapped to EHCP outcomes; PP+ spend is a bulleted prose list with the target named inline."""
import os
from _common_K import *

LAYOUT = "zK04-brindley-education-review-momo"
INSPIRED = "real-forms.md entries 24, 15, 19, 12"
QUIRKS = ["meeting called 'Education Review', not PEP, in headings",
          "voice pasted from a Mind of My Own app statement with timestamps and app questions",
          "dates with weekday and ordinal (Monday 19th January 2026)",
          "targets table keyed to EHCP outcomes, with engagement-model steps",
          "PP+ spend as bullet points with the target named inside the sentence",
          "Strengths and Challenges / executive functioning sections before the plan",
          "previous Education Review (autumn) summarised in a short paragraph"]

CASES = {
    1: dict(name="Tyler Brennan-Cole", first="Tyler", school="Oakhanger Special School", year=6,
            date_txt="Monday 19th January 2026", meeting="2026-01-19",
            prev="The last Education Review was on Thursday 2nd October 2025. Tyler met 2 of his 3 targets.",
            att="Attendance this academic year: 91.2% (the school's figure; includes 4 sessions for hospital appointments).",
            att_v=91.2,
            momo=[("Mind of My Own - One app statement", None),
                  ("Sent: 12/01/2026 16:05   Topic: My school   Worker: Eleanor Voss (SW)", None),
                  ("How do you feel about school?", "I feel ok most days but not when the bus is late."),
                  ("What is good?", "Swimming on Thursday and Mrs Kaur's reading group."),
                  ("What would make things better?", "I want to do proper maths with money like my brother does."),
                  ("Is there anything else?", "Please don't change my taxi driver.")],
            voice=["I feel ok most days but not when the bus is late.",
                   "Swimming on Thursday and Mrs Kaur's reading group.",
                   "I want to do proper maths with money like my brother does.",
                   "Please don't change my taxi driver."],
            targets=[("EHCP outcome 2: communication and literacy", "Reading", "Tyler will read and understand 10 new Phase 4 words with adjacent consonants, checked weekly on his word ring, reading 8/10 correctly by the end of the spring term."),
                     ("EHCP outcome 4: independence and life skills", "Maths (money)", "Tyler will pay for items up to £2 using 10p, 20p and 50p coins in the school shop, choosing the right coins independently on 4 out of 5 visits by Easter."),
                     ("EHCP outcome 1: social, emotional and mental health", "Transition", "Tyler will visit his secondary placement three times with his key adult and name two staff he can go to, before the summer PEP.")],
            bullets=["Lego therapy group with the school's trained TA, Wednesday afternoons for 6 weeks, for Target 3 - £240 (6 sessions x £40)",
                     "Talking Tins and a personalised phonics word ring set for Target 1 - £45",
                     "Coin sets and a class shop till for Target 2 - £30"],
            spend=[("Lego therapy group with the school's trained TA, Wednesday afternoons for 6 weeks, for Target 3", 240.0, 3),
                   ("Talking Tins and a personalised phonics word ring set for Target 1", 45.0, 1),
                   ("Coin sets and a class shop till for Target 2", 30.0, 2)],
            total="PP+ requested for the spring term: £315", req=315.0,
            signed="Education Review completed by: Mr Ade Oyelaran (Designated Teacher) on Friday 23rd January 2026",
            completed="2026-01-23", english=True, maths=True),
    2: dict(name="Shannon Lowry", first="Shannon", school="Redwell Park School", year=10,
            date_txt="Tuesday 3rd March 2026", meeting="2026-03-03",
            prev="The last Education Review was on Wednesday 12th November 2025.",
            att="Attendance: see attached printout.", att_v=None,
            momo=[("Mind of My Own - Express statement", None),
                  ("Sent: 26/02/2026 10:41   Topic: Getting ready for my meeting   Worker: Jo Trinder (key worker)", None),
                  ("How are you feeling?", "Stressed. The room at lunch is too loud."),
                  ("Who helps you?", "Miss Kapoor and my carer Bev.")],
            voice=["Stressed. The room at lunch is too loud.", "Miss Kapoor and my carer Bev."],
            targets=[("EHCP outcome 3: English and communication", "English", "Shannon will complete the Entry Level 3 reading component, answering 3 practice papers with 70% or more by the end of April 2026."),
                     ("EHCP outcome 1: emotional wellbeing", "Wellbeing", "Shannon will use her time-out card and the quiet room at lunch instead of leaving site, with no more than one incident logged per half term.")],
            bullets=["Entry Level reading practice papers and 1:1 sessions, for Target 1 - £120",
                     "Sensory kit and ear defenders - £35"],
            spend=[("Entry Level reading practice papers and 1:1 sessions, for Target 1", 120.0, 1),
                   ("Sensory kit and ear defenders", 35.0, None)],
            total="PP+ requested for the spring term: £155", req=155.0,
            signed="Education Review completed by: Mrs D. Hollis (Designated Teacher) on Friday 6th March 2026",
            completed="2026-03-06", english=True, maths=False),
}


def build_one(out_dir, n, d):
    fname = f"{LAYOUT}-{n}.docx"
    doc = new_docx("Arial", 10)
    h = doc.sections[0].header.paragraphs[0]
    h.text = "Brindley County Council - Virtual School   Education Review (PEP) - SEND"
    doc.sections[0].footer.paragraphs[0].text = "Brindley VS  |  If printed, store securely  |  Education Review template 2025"
    para(doc, "Education Review (PEP)", bold=True, size=18, colour="2E4057")
    para(doc, "for children in care with an Education, Health and Care Plan", italic=True)
    dtable(doc, [["Name", d["name"], "Date of Education Review", d["date_txt"]],
                 ["School / setting", d["school"], "Year group", f"Year {d['year']}"],
                 ["SEN status", "EHCP (annual review due May 2026)", "Primary need", "SLCN / ASD" if n == 1 else "SEMH"]],
           header=False, size=9)
    para(doc, "")
    para(doc, d["prev"], size=9)
    para(doc, "Attendance and inclusion", bold=True, size=12)
    para(doc, d["att"])
    para(doc, "Suspensions: none this year. Transport: LA taxi (not PP+).")
    para(doc, "The child's voice", bold=True, size=12)
    para(doc, "Paste the child's Mind of My Own statement below, or record how their views were gathered.",
         italic=True, size=9)
    for q, a in d["momo"]:
        if a is None:
            para(doc, q, bold=True, size=9)
        else:
            p = doc.add_paragraph()
            r = p.add_run(q + "  ")
            r.italic = True
            r.font.size = Pt(9)
            p.add_run(a)
    para(doc, "Strengths and Challenges", bold=True, size=12)
    dtable(doc, [["Strengths", "Challenges"],
                 ["Kind to younger pupils; good visual memory; loves water." if n == 1 else "Artistic; loyal to friends; good at Food Tech.",
                  "Changes to routine; processing verbal instructions; money." if n == 1 else "Noise; leaving site when overwhelmed; reading stamina."]],
           size=9)
    para(doc, "Executive functioning skills (tick where a need): working memory [x]  planning [x]  "
              "flexible thinking [ ]  self-monitoring [x]", size=9)
    para(doc, "Preparing for Adulthood", bold=True, size=12)
    para(doc, "Independence: travel training to start in Year 7." if n == 1 else
         "Employment: work experience at the garden centre, summer term.", size=9)
    para(doc, "Plan for this term", bold=True, size=12)
    dtable(doc, [["EHCP outcome", "Area", "PEP target (small steps)"]] + [list(t) for t in d["targets"]],
           size=9, widths=[4.5, 2.5, 10])
    para(doc, "")
    para(doc, "How will Pupil Premium Plus be used?", bold=True, size=12)
    for b in d["bullets"]:
        doc.add_paragraph(b, style="List Bullet")
    para(doc, d["total"], bold=True)
    para(doc, "")
    para(doc, d["signed"])
    para(doc, "VS use: RAG [  ]  PP+ released [  ]", size=8)
    doc.save(os.path.join(out_dir, fname))
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS,
                child_name=d["name"], child_first_name=d["first"], school=d["school"],
                year_group=d["year"], meeting_date=d["meeting"], completed_date=d["completed"],
                attendance_percent=d["att_v"], pupil_voice=d["voice"],
                targets=[(t[2], t[1]) for t in d["targets"]], english_target=d["english"],
                maths_target=d["maths"], pp_spend=d["spend"], pp_requested=d["req"])


def build(out_dir):
    for n, d in CASES.items():
        build_one(out_dir, n, d)
