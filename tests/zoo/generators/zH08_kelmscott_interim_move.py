"""zH08: Kelmscott & Dunmere Virtual School interim PEP after a school move (PDF): two schools, settling-in plan."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_H import e, html_table, write_pdf, write_truth, main

LAYOUT = "zH08-kelmscott-interim-move"
INSP = "real-forms.md entries 6, 8, 14, 11, 20; 'What a reader must cope with' 7, 8, 10"
QUIRKS = ["previous school and new school both named (truth: the new school)", "days out of education counted",
          "tick-box checklist of records transferred", "voice as a Worries | Hopes two-column table",
          "settling-in targets and academic targets in separate tables", "previous school's attendance beside the overall figure",
          "underscore blanks left in the sign-off", "PP+ carried over from previous school shown apart from the new request"]
TICK, BOX = "&#9745;", "&#9744;"

KIDS = [
    dict(n=1, name="Harvey Quinlan", first="Harvey", yr=8, prev="Brackenfield School", prev_left="17/10/2025",
         school="Dunmere Vale Academy", start="03/11/2025", missed="10 school days (incl. half-term excluded)",
         meet="13 November 2025", meet_iso="2025-11-13", signed="Signed  R. Achterberg (DT)   Date  20/11/2025", done_iso="2025-11-20",
         att_prev="84.0%", att_all="89.3%", att_v=89.3,
         checks=[(TICK, "Previous PEP received"), (TICK, "SEN records received"), (BOX, "Reading/spelling ages from previous school"), (TICK, "Timetable given to carer")],
         worries=["I don't know anyone and the corridors are massive.", "What if they find out I'm in care?"],
         hopes=["I want to get in the football team.", "I hope the science teacher is nice like Mr Akram was."],
         settle=[("Harvey will meet his form tutor each morning for the first 4 weeks and say one thing that went well the day before", "Form tutor", "Wellbeing")],
         acad=[("Reading", "Harvey will read his Accelerated Reader book for 20 minutes, 4 days a week, and pass 3 quizzes at 80% by 13 February 2026", "English teacher / carer", "English"),
               ("Maths", "Harvey will close the gaps from his baseline test (negative numbers, ratio) and score 60% on the Year 8 spring assessment", "Maths teacher; Tuesday catch-up", "Maths")],
         carried="\u00a3200 retained by Brackenfield School for autumn 1 (mentoring - ended on leaving)",
         pp=[("Peer buddy scheme training and lunchtime club", "1", "\u00a390.00", 90.0),
             ("Accelerated Reader licence and two books", "2", "\u00a345", 45.0),
             ("Maths catch-up tutor, 8 x 45 minutes at \u00a330/hr", "3", "\u00a3180.00", 180.0)],
         total="\u00a3315.00", total_v=315.0),
    dict(n=2, name="Maisie Oduya", first="Maisie", yr=5, prev="Larkhill Primary School", prev_left="Dec 2025",
         school="Kelmscott St Peter's Primary", start="05/01/2026", missed="0",
         meet="22/01/2026", meet_iso="2026-01-22", signed="Signed ____________   Date ____________", done_iso=None,
         att_prev="not sent", att_all="96.5%", att_v=96.5,
         checks=[(BOX, "Previous PEP received"), (BOX, "SEN records received"), (BOX, "Reading/spelling ages from previous school"), (TICK, "Timetable given to carer")],
         worries=["I miss Ellie."], hopes=[],
         settle=[("Maisie will have a named 'go-to' adult and a buddy for playtimes for the first half term", "Class teacher", "Wellbeing")],
         acad=[("Maths", "Maisie will know her 6, 7 and 9 times tables with instant recall (under 5 seconds) by the Easter holidays", "Class TA, 3 x 10 mins a week", "Maths"),
               ("English", "", "", None)],
         carried="None",
         pp=[("Times tables intervention (TA)", "2", "\u00a3150", 150.0),
             ("Uniform and PE kit for new school", "", "\u00a365.00", 65.0)],
         total="", total_v=None),
]


def build_one(out_dir, k):
    fname = f"{LAYOUT}-{k['n']}.pdf"
    h = ["<div class='small'>Kelmscott &amp; Dunmere Virtual School for Children in Care &middot; Form IP-2 (use within 20 school days of a move)</div>",
         "<h1>Interim PEP &ndash; change of school</h1>",
         html_table([["Pupil", e(k["name"]), "Year", f"Year {k['yr']}"],
                     ["Previous school", e(k["prev"]), "Left", e(k["prev_left"])],
                     ["New school", e(k["school"]), "On roll from", e(k["start"])],
                     ["School days without a school place", e(k["missed"]), "Date of interim PEP", e(k["meet"])]], header=False),
         "<h2>Records and transfer checklist</h2>",
         "<p>" + "<br/>".join(f"{t} {e(c)}" for t, c in k["checks"]) + "</p>",
         "<h2>Attendance</h2>",
         html_table([["Attendance at previous school this year", e(k["att_prev"])],
                     ["Attendance 2025-26 overall (all schools, VS data)", e(k["att_all"])]], header=False),
         "<h2>About the move - in my words</h2>",
         html_table([["My worries", "My hopes"],
                     ["<br/>".join(e(w) for w in k["worries"]) or "&nbsp;", "<br/>".join(e(x) for x in k["hopes"]) or "&nbsp;"]]),
         "<h2>Settling-in plan (first half term)</h2>",
         html_table([["No.", "Settling target", "Who"]] + [[str(i), e(t), e(w)] for i, (t, w, _) in enumerate(k["settle"], 1)])]
    n0 = len(k["settle"])
    h.append("<h2>Learning targets (after baseline assessment)</h2>")
    h.append(html_table([["No.", "Subject", "Target", "Who / how often"]] +
                        [[str(n0 + i), e(s), e(t) or "&nbsp;", e(w) or "&nbsp;"] for i, (s, t, w, _) in enumerate(k["acad"], 1)]))
    h.append("<h2>Pupil Premium Plus</h2>")
    h.append(f"<p>PP+ carried over from previous school: {e(k['carried'])}</p>")
    h.append(html_table([["New request - what for", "Target no.", "Cost"]] + [[e(p[0]), e(p[1]) or "&nbsp;", e(p[2])] for p in k["pp"]] +
                        [["Total new request", "&nbsp;", e(k["total"]) or "&nbsp;"]]))
    h.append("<h2>Agreed by the Designated Teacher</h2>")
    h.append(f"<p>{e(k['signed'])}</p><p class='small'>Full PEP to follow at the next termly round.</p>")
    write_pdf("\n".join(h), os.path.join(out_dir, fname))

    targets = [{"text": t, "area": a} for t, _, a in k["settle"]] + [{"text": t, "area": a} for _, t, _, a in k["acad"] if a]
    write_truth(out_dir, LAYOUT, fname, INSP, QUIRKS, child_name=k["name"], child_first_name=k["first"], school=k["school"],
                year_group=k["yr"], meeting_date=k["meet_iso"], completed_date=k["done_iso"], attendance_percent=k["att_v"],
                pupil_voice=k["worries"] + k["hopes"], targets=targets,
                english_target=any(t["area"] == "English" for t in targets), maths_target=any(t["area"] == "Maths" for t in targets),
                pp_spend=[{"description": p[0], "cost": p[3], "target": int(p[1]) if p[1] else None} for p in k["pp"]],
                pp_requested=k["total_v"])


def build(out_dir):
    for k in KIDS:
        build_one(out_dir, k)


if __name__ == "__main__":
    main(build)
