"""zN04: record of discussion run on three signs-of-safety questions laid out as three side-by-side
columns (entry 19), with a subject-teacher round robin grid and 'Our Young People' wording. PDF landscape, Year 8."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_N import Pdf, write_truth

LAYOUT = "zN04-three-questions-columns"
INSP = "real-forms.md entry 19"
QUIRKS = ["landscape three-column 'What is working well? / What we are worried about? / What needs to happen?'",
          "pupil voice mixed into the three columns, marked with the child's initial", "round robin from Maths, English, Science teachers",
          "SMART targets below with a 'celebrate a success' tick column", "attendance only inside the worried column",
          "uploaded 'record of discussion' heading"]

CASES = {
1: dict(name="Dionne Matthews-Ellery", first="Dionne", init="DM", school="Hartsmead Academy", meeting="4th November 2026",
        meeting_iso="2026-11-04", completed="Record uploaded 09/11/2026 by DT (J. Rahman)", completed_iso="2026-11-09",
        well=["Settled in new form group since September.", "DM: \"Science is my favourite, I like the experiments with Mr Cole.\""],
        worried=["Attendance this year is 91.3%, mostly Monday mornings after weekend family time.",
                 "DM: \"I get behind in maths and then I don't want to put my hand up.\""],
        needs=["DM: \"I want someone to check my homework on a Thursday so I'm not in trouble.\"", "Maths catch-up in small group."],
        att_n=91.3,
        targets=[("Dionne will complete the Year 7 fractions recovery unit, scoring 70% on the end-of-unit quiz, by 5 February 2027", "Maths", "Mr Osei"),
                 ("Dionne will write a 400-word persuasive letter using PEEL paragraphs, marked at 'secure' by her English teacher, by the spring PEP", "English", "Ms Hayward"),
                 ("Dionne will arrive before 8:45 on Mondays for 8 out of 10 weeks, with a carer drop-off plan, by February half-term", "Attendance", "Carer / Head of Year")],
        pp=[("Maths small-group tuition with Mr Osei, 2 x 30 mins a week for 10 weeks", 300.0, 1, "£300"),
            ("Thursday homework club place with mentor check-in (Dionne's own request)", 150.0, 2, "£150"),
            ("Breakfast club mentor check-in on Mondays", 0.0, 3, "£0 (school funded)")],
        total="£450", total_n=450.0),
2: dict(name="Mason Threlkeld", first="Mason", init="MT", school="Brookvale High School", meeting="23rd September 2026",
        meeting_iso="2026-09-23", completed=None, completed_iso=None,
        well=["Mason has joined the rugby club."],
        worried=["Two fixed-term suspensions last year.", "Attendance: see register."],
        needs=["Work with key adult.", "Look at reading support."],
        att_n=None,
        targets=[("Mason will read 20 minutes every day with his key adult, logged in his reading record, until the next PEP", "English", "Key adult"),
                 ("To improve behaviour", "Behaviour", "Mason")],
        pp=[("Key adult time", 400.0, None, "£400"), ("Rugby kit and boots", 60.0, None, "£60")],
        total="£460", total_n=460.0),
}


def make(out_dir, n):
    c = CASES[n]
    stem = f"{LAYOUT}-{n}"
    pdf = Pdf(os.path.join(out_dir, stem + ".pdf"), land=True, header="Medlock Virtual School - Our Young People - PEP record of discussion",
              footer="Please avoid going through the PEP as a form during the meeting.")
    pdf.h(f"Record of discussion: {c['name']}")
    pdf.table([["School", "Year", "Date of meeting", "Led by"], [c["school"], "Year 8", c["meeting"], "Designated Teacher"]], widths=[260, 80, 160, 200])
    pdf.p("Round robin returned before the meeting:")
    pdf.table([["Subject", "Teacher comment"], ["Maths", "Gaps in fractions from Year 7; works well in small groups." if n == 1 else "Not returned"],
               ["English", "Strong verbal ideas; paragraphing weak." if n == 1 else "Reading age below chronological age."],
               ["Science", "Enthusiastic, practical work excellent." if n == 1 else "Not returned"]], widths=[120, 580])
    pdf.p(f"Where the young person's own words are recorded they are marked {c['init']}.", "small")
    mx = max(len(c["well"]), len(c["worried"]), len(c["needs"]))
    rows = [["1) What is working well?", "2) What we are worried about?", "3) What needs to happen?"]]
    for i in range(mx):
        rows.append([c[k][i] if i < len(c[k]) else "" for k in ("well", "worried", "needs")])
    pdf.table(rows, widths=[255, 255, 255])
    pdf.h("SMART targets (from 'What needs to happen?')", 2)
    rows = [["#", "Target", "Area", "Who", "Will they be able to celebrate a success by their next PEP meeting?"]]
    for i, (t, a, w) in enumerate(c["targets"], 1):
        rows.append([str(i), t, a, w, "Yes" if n == 1 else ""])
    pdf.table(rows, widths=[20, 390, 70, 90, 190])
    pdf.h("Pupil Premium Plus", 2)
    rows = [["Spend", "Linked to target #", "Cost"]] + [[d_, str(t) if t else "", cs] for d_, _, t, cs in c["pp"]] + [["Total PP+ requested", "", c["total"]]]
    pdf.table(rows, widths=[470, 120, 120])
    pdf.p(c["completed"] or "Record of discussion uploaded: ")
    pdf.save()
    voice = [s[len(c["init"]) + 2:] for k in ("well", "worried", "needs") for s in c[k] if s.startswith(c["init"] + ":")]
    write_truth(out_dir, stem, "pdf", dict(
        inspired_by=INSP, quirks=QUIRKS, child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=8,
        meeting_date=c["meeting_iso"], completed_date=c["completed_iso"], attendance_percent=c["att_n"], pupil_voice=voice,
        targets=[{"text": t, "area": a} for t, a, _ in c["targets"]],
        english_target=any(a == "English" for _, a, _ in c["targets"]), maths_target=any(a == "Maths" for _, a, _ in c["targets"]),
        pp_spend=[{"description": d_, "cost": cn, "target": t} for d_, cn, t, _ in c["pp"]], pp_requested=c["total_n"]))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
