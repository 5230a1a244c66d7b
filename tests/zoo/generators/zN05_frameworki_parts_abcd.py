"""zN05: Frameworki/Mosaic episode print-out holding PEP Parts A-D (entry 21), review windows and
SMART spelled with 'Assigned' (entry 20). DOCX, Year 7, two reviews in one document (read the latest)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_N import Docx, write_truth

LAYOUT = "zN05-frameworki-parts-abcd"
INSP = "real-forms.md entries 20, 21"
QUIRKS = ["Mosaic/Frameworki episode print with step IDs", "PEP held as Parts A, B, C and D",
          "review window ('First review - September to December') instead of a term", "two reviews in one episode: read the latest",
          "SMART columns Specific / Measurable / Assigned / Realistic / Time constrained", "unmet targets broken down further, not repeated"]

CASES = {
1: dict(name="Ezra Pemberton-Lowe", first="Ezra", school="Castlegate School", att="95.6", att_n=95.6,
        old_date="08/07/2026", meeting="30/09/2026", meeting_iso="2026-09-30", done="07/10/2026", done_iso="2026-10-07",
        voice=["\"Secondary is bigger but I like having different teachers.\"", "\"I'd like help with spelling because people laugh at my writing.\"",
               "\"I want to join the coding club.\""],
        old_t=["Ezra will learn 20 Year 5/6 spellings (not met)"],
        targets=[("Ezra will spell 10 of the Year 5/6 statutory words correctly in a weekly dictated sentence, 3 weeks running, by 11 December 2026", "English", "Literacy TA (Mr Bright)"),
                 ("Ezra will solve two-step word problems with 4 out of 5 correct on the Year 7 baseline re-test by 11 December 2026", "Maths", "Maths teacher (Mrs Lund)"),
                 ("Ezra will attend coding club every Wednesday this half term and show a finished project to his DT", "Wellbeing", "DT")],
        pp=[("Spelling intervention, Nessy licence and 3 x 15 min TA sessions weekly", "1", "£160"),
            ("Maths problem-solving small group, 1 x weekly, 10 weeks", "2", "£250")],
        pp_n=[160.0, 250.0], total="£410", total_n=410.0, signed="DT authorised: S. Kaur 07/10/2026"),
2: dict(name="Niamh Corrigan", first="Niamh", school="Holmbeck Academy", att="88.0", att_n=88.0,
        old_date="10/07/2026", meeting="15/10/2026", meeting_iso="2026-10-15", done=None, done_iso=None,
        voice=["\"I miss my old school friends.\""],
        old_t=["Niamh will read for 15 minutes daily (partly met)"],
        targets=[("Niamh will read for 15 minutes daily", "English", ""),
                 ("Niamh will have a part-time timetable review each half term with Head of Year", "Attendance", "Head of Year")],
        pp=[("Mentoring", "", "£300")], pp_n=[300.0], total="", total_n=None, signed="DT authorised: "),
}


def make(out_dir, n):
    c = CASES[n]
    stem = f"{LAYOUT}-{n}"
    d = Docx(header="Framework-i  Episode: EDU PEP (Parts A-D)  Step ID 70" + ("1182" if n == 1 else "2946"),
             footer="Printed from the case record. Protect: confidential.")
    d.h("Personal Education Plan", 0)
    d.table([["Subject name", c["name"]], ["Current school", c["school"]], ["NC Year", "7"], ["Review window", "First review - September to December"]], header=False)
    d.h("Part A - Child and care details", 1)
    d.p("Placement: foster home with relatives (kinship). Parental responsibility shared with the local authority.")
    d.h("Part B - Education", 1)
    d.table([["Review", "Date held", "Attendance %", "Suspensions"],
             ["Third review - May to July (Year 6)", c["old_date"], "96.2" if n == 1 else "90.5", "0"],
             ["First review - September to December (Year 7)", c["meeting"], c["att"], "0"]])
    d.p("Previous targets (third review) and outcome")
    for o in c["old_t"]:
        d.p(o)
    d.p("Targets which are not met when evaluated at a review should not be repeated, but broken down further.", italic=True)
    d.h("Part C - Child's views", 1)
    d.p("Captured by DT in a 1:1 chat the week before the review:")
    for v in c["voice"]:
        d.p(v)
    d.h("Part D - Targets and PP+ (first review)", 1)
    rows = [["Specific", "Measurable", "Assigned - to specific responsible professionals", "Realistic", "Time constrained"]]
    for t, a, w in c["targets"]:
        rows.append([t, "Teacher record" if n == 1 else "", w, "Yes", "By end of first review window"])
    d.table(rows)
    rows = [["PP+ request", "Target", "Cost"]] + [list(p) for p in c["pp"]] + [["Total", "", c["total"]]]
    d.table(rows)
    d.p(c["signed"])
    if c["done"]:
        d.p(f"Episode completed {c['done']}")
    d.save(os.path.join(out_dir, stem + ".docx"))
    truth_voice = [v.strip('"') for v in c["voice"]]
    write_truth(out_dir, stem, "docx", dict(
        inspired_by=INSP, quirks=QUIRKS, child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=7,
        meeting_date=c["meeting_iso"], completed_date=c["done_iso"], attendance_percent=c["att_n"], pupil_voice=truth_voice,
        targets=[{"text": t, "area": a} for t, a, _ in c["targets"]],
        english_target=any(a == "English" for _, a, _ in c["targets"]), maths_target=any(a == "Maths" for _, a, _ in c["targets"]),
        pp_spend=[{"description": p[0], "cost": cn, "target": int(p[1]) if p[1] else None} for p, cn in zip(c["pp"], c["pp_n"])],
        pp_requested=c["total_n"]))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
