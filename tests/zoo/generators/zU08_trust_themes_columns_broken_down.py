"""zU08: Northern Ireland primary PEP (entry 26) laid out landscape with the five themes as COLUMNS and the
questions as rows (transposed), 'Core Network Around the Child' strip, and a Haringey-style rule that an unmet
target is not repeated but broken down further (entry 21): sub-targets 2a/2b. PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_U import *

LAY = "zU08-trust-themes-columns-broken-down"
INSP = "real-forms.md entries 26, 21"
Q = ["five themes as columns, questions as rows (transposed grid)", "'Trust' not local authority; 'Core Network Around the Child'",
     "NI year naming 'P3 (Year 2 NCY)'", "unmet target broken down into 2a / 2b instead of repeated", "child's words in a row of the theme grid",
     "'Section 2 returned to Trust' as the completion line", "PEP date written as 'Thursday 1st October 2026'"]

def build(out):
    for n in (1, 2):
        full = n == 1
        name, school = "Niamh O'Hagan", "Ballycarn Primary School"
        s = [H("Personal Education Plan \u2014 Section 2 (Primary)", 1),
             P("Northfold Health and Social Care Trust  |  Looked After Children Education Team"),
             P("Child: Niamh O'Hagan   School: Ballycarn Primary School   Class: P3 (Year 2 NCY)   PEP date: Thursday 1st October 2026"),
             P("Core Network Around the Child:", bold=True),
             T([["Social worker", "Teacher", "Carer", "Designated teacher", "LAC Education officer"],
                ["Ciara Moone", "Mrs Lynn Doak", "Aunt Bernie (kinship)", "Mr Rory Gault", "Pat Devlin"]], head=True)]
        v = ["I like reading Biff and Chip books with Aunt Bernie.", "I'm scared of the big dog next door."]
        t1 = ("Niamh will read a Level 6 book to an adult at home five nights a week and retell it in her own words", "Literacy")
        t2a = ("2a. Niamh will count on from the bigger number to add within 10 using a number line, 8 out of 10 correct", "Numeracy")
        t2b = ("2b. Niamh will then add within 20 crossing ten with a number line by the end of December", "Numeracy")
        t3 = ("Niamh will join the after-school drama club one afternoon a week", "Play and leisure")
        tg = [t1, t2a, t2b, t3] if full else [t1, t3]
        att = "Attendance Sept 2026: 98.1%" if full else "Attendance: not available (new MIS)"
        grid = [["", "Care arrangements", "Educational arrangements", "Emotional health and wellbeing", "Learn and achieve", "Play and leisure"],
                ["What is happening now", "Kinship placement with aunt since March 2026", att + "; travels by Trust taxi", "Settled; some night-time worries", "Below expected in numeracy", "Loves dancing"],
                ["What Niamh says", "" if not full else v[0], "", "" if not full else v[1], "", ""],
                ["Previous target and outcome", "-", "-", "-", "Add within 20 using a number line: not met (broken down below)", "-"],
                ["New targets", "-", "-", "-", "\n".join(t[0] for t in ([t1, t2a, t2b] if full else [t1])), t3[0]]]
        s.append(T(grid, head=True, widths=[110, 125, 130, 130, 150, 120]))
        s.append(Spacer(1, 6))
        pp = [("Numicon small group with classroom assistant, 2 x weekly", 150.0, 2), ("Drama club fees autumn term", 60.0, 4)]
        if not full:
            pp = [("Drama club fees autumn term", 60.0, None)]
        s.append(P("Designated funding (Looked After Children Educational Support Fund)", bold=True))
        s.append(T([["Support", "Cost", "Target"]] + [[a, f"\u00a3{b:.2f}", ({2: "Learn and achieve: numeracy 2a/2b", 4: "Play and leisure: drama club"}[c] if c else "")] for a, b, c in pp] +
                   [["Total requested", f"\u00a3{sum(x[1] for x in pp):.2f}", ""]], head=True))
        s.append(P("Section 2 returned to Trust on: " + ("08/10/2026" if full else "") + "   By: R. Gault (Designated Teacher)"))
        build_pdf(os.path.join(out, f"{LAY}-{n}.pdf"), s, header="PEP - Quick Reference Guide - Section 2 format", footer="Northfold HSC Trust - OFFICIAL", land=True)
        write_truth(out, LAY, "pdf", n, INSP, Q + ([] if full else ["-2: 'What Niamh says' row empty, no numeracy target, no attendance figure, no return date, funding line not linked"]),
                    child_name=name, child_first_name="Niamh", school=school, year_group=2, meeting_date="2026-10-01",
                    completed_date="2026-10-08" if full else None, attendance_percent=98.1 if full else None,
                    pupil_voice=v if full else [], targets=[{"text": a, "area": b} for a, b in tg],
                    english_target=True, maths_target=full,
                    pp_spend=[{"description": a, "cost": b, "target": c} for a, b, c in pp], pp_requested=sum(x[1] for x in pp))

if __name__ == "__main__":
    main(build)
