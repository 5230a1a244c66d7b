"""zU03: paper-style school-age PEP with first-person 'Tel no:' labels and the 4-column date strip (entry 6),
with the whole plan laid out as term columns, Summer 2026 beside Autumn 2026 (entry 9 idea); truth = Autumn. DOCX."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_U import *

LAY = "zU03-first-person-term-columns-ks2"
INSP = "real-forms.md entries 6, 9"
Q = ["first-person labels each followed by 'Tel no:'", "4-column date strip", "'Me' as a tick column in the attendee strip",
     "term columns: Summer 2026 (PEP 3) beside Autumn 2026 (PEP 1); read the Autumn column", "Children in Care Council tips preamble",
     "PP+ boilerplate 'currently \u00a32,570 p.a.'"]

def build(out):
    for n in (1, 2):
        full = n == 1
        name, school = "Ruby-Mae Kettering", "St Aldhelm's CE Primary School"
        d = new_doc(footer="PEP (school age) - Area Learning Advocate copy")
        d.add_heading("My Personal Education Plan", 0)
        d.add_paragraph("Tips from the Children in Care Council for a positive PEP: ask me before the meeting; don't use words I don't understand; tell me what happens next.")
        dtable(d, [["My name is:", name, "Tel no:", ""],
                   ["My school is:", school, "Tel no:", "01632 961200"],
                   ["I am in year (NCY):", "4", "Tel no:", ""],
                   ["My school is a (please enter type of school):", "Voluntary aided primary", "Tel no:", ""],
                   ["My Designated Teacher is:", "Mrs Priya Lomax", "Tel no:", "01632 961204"],
                   ["My Social Worker is:", "Gareth Penhale", "Tel no:", "01632 962330"],
                   ["My Area Learning Advocate is:", "Anna Trewin", "Tel no:", "01632 962901"],
                   ["My PEP Co-ordinator is:", "Colin Mabey", "Tel no:", "01632 962905"]])
        dtable(d, [["Date of this PEP", "Is this the first PEP?", "Date of last PEP", "Date of Next PEP"],
                   ["22/09/2026", "No", "17/06/2026", "January 2027"]], True)
        dtable(d, [["Present at this meeting:", "Me", "Designated Teacher", "Social Worker", "PEP Co-ordinator"],
                   ["", "\u2713", "\u2713", "\u2713", ""]], True)
        dtable(d, [["Others present at this meeting:", "Name", "Role", "Contact details"],
                   ["", "Lorraine Kettering-Hale", "Foster carer", "via SW"]], True)
        d.add_paragraph("Pupil Premium Plus (PP+) is currently \u00a32,570 p.a. and is managed by the Virtual School. The Assessment sheet which was issued by the Virtual School must be referred to.")
        d.add_heading("My plan, term by term", 1)
        voice_new = ["I like it when Mr Dyer lets me be the book monitor.", "Times tables are hard but I'm getting faster."]
        tgt = [("Ruby-Mae will read aloud to an adult four times a week and move to the turquoise book band by Christmas", "English"),
               ("Ruby-Mae will recall the 3, 4 and 8 times tables in under 5 seconds each by the end of term", "Maths"),
               ("Ruby-Mae will ask an adult for help using her help card instead of leaving the classroom", "SEMH")]
        if not full:
            tgt = [tgt[0], tgt[2]]
        rows = [["", "Summer 2026 (PEP 3) 17/06/2026", "Autumn 2026 (PEP 1) 22/09/2026"],
                ["My attendance this year", "93.0% (2025-26)", "96.2%" if full else ""],
                ["Reading / Writing / Maths (working towards / at / above)", "WTS / WTS / WTS", "WTS / WTS / EXS"],
                ["What I think about school (my words)", "I don't like playtimes. Maths is boring.", "\n".join(voice_new) if full else ""],
                ["My targets"] + ["1. Ruby-Mae will learn the 2, 5 and 10 times tables. 2. Ruby-Mae will write three sentences with full stops.",
                                  "\n".join(f"{i+1}. {t[0]}" for i, t in enumerate(tgt))],
                ["How my PP+ will help me", "Reading Eggs licence \u00a340", ""],
                ["DT signature and date completed", "P. Lomax 20/06/2026", "P. Lomax 29/09/2026" if full else "P. Lomax"]]
        pp = [("Daily 10-minute precision teaching for times tables with TA", 190.0, 2), ("Reading at home pack and book band books", 55.0, 1)]
        if not full:
            pp = [("Reading at home pack and book band books", 55.0, None)]
        rows[5][2] = "; ".join(f"{a} \u00a3{b:.0f}" + (f" (target {t})" if t else "") for a, b, t in pp) + f". Total requested \u00a3{sum(x[1] for x in pp):.0f}"
        dtable(d, rows, True)
        d.save(os.path.join(out, f"{LAY}-{n}.docx"))
        write_truth(out, LAY, "docx", n, INSP, Q + ([] if full else ["-2: Autumn voice cell empty, no maths target, no Autumn attendance, DT signature without date, PP+ line not linked"]),
                    child_name=name, child_first_name="Ruby-Mae", school=school, year_group=4, meeting_date="2026-09-22",
                    completed_date="2026-09-29" if full else None, attendance_percent=96.2 if full else None,
                    pupil_voice=voice_new if full else [], targets=[{"text": a, "area": b} for a, b in tgt],
                    english_target=True, maths_target=full,
                    pp_spend=[{"description": a, "cost": b, "target": t} for a, b, t in pp], pp_requested=sum(x[1] for x in pp))

if __name__ == "__main__":
    main(build)
