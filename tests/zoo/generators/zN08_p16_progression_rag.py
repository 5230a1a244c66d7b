"""zN08: post-16 'Personal Progression Plan (PPP)' run by a Post 16 Learning Advocate (entry 25) with a
Hertfordshire-style RAG ratings strip and feedback box (entry 28). PDF, Year 12, college."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_N import Pdf, write_truth

LAYOUT = "zN08-p16-progression-rag"
INSP = "real-forms.md entries 25, 28"
QUIRKS = ["PPP here means Personal Progression Plan, not Pupil Premium Plus", "Student's View page",
          "'Around three targets' with Designated Tutor", "RAG ratings strip per section by the Learning Advocate",
          "reviewed 3 times a year: Review 1 of 3", "GCSE resit English/maths targets"]

CASES = {
1: dict(name="Ellis Nakamura-Byrne", first="Ellis", school="Severnside College", meeting="22 October 2026", meeting_iso="2026-10-22",
        signed="Learning Advocate sign-off: 29 October 2026", signed_iso="2026-10-29", att="Attendance (college register, this year): 89.7%", att_n=89.7,
        voice=["I picked motor vehicle because I want my own garage one day.", "The resit maths class is at 9am on Monday and I keep missing the bus.",
               "I'd like help getting a Saturday job."],
        targets=[("Ellis will attend 9 of the next 10 Monday GCSE maths resit lessons, using the college bus pass, and achieve grade 4 in the November mock", "Maths"),
                 ("Ellis will complete Functional Skills English Level 2 reading practice paper with 70% by 12 February 2027, with the English tutor", "English"),
                 ("Ellis will write a CV with the careers adviser and apply for two Saturday jobs by the spring review", "Careers")],
        pp=[("Maths resit tutor, 1 hour a week extra for 12 weeks at £28 an hour", 336.0, 1, "£336.00"),
            ("English Functional Skills workbook and online practice licence", 45.0, 2, "£45.00")],
        total="£381.00", total_n=381.0, rag=["Green", "Amber", "Green", "Green"]),
2: dict(name="Keira Ashdown", first="Keira", school="Northgate Sixth Form Centre", meeting="5 November 2026", meeting_iso="2026-11-05",
        signed=None, signed_iso=None, att="Attendance (college register, this year): 96.0%", att_n=96.0,
        voice=["I like the psychology lessons."],
        targets=[("Keira will hand in all A-level psychology homework on time, checked weekly by her Designated Tutor, until the spring review", "Psychology"),
                 ("Keira will research three university open days and book one with her Learning Advocate by January 2027", "Careers")],
        pp=[("Laptop", 450.0, None, "£450.00")], total="£450.00", total_n=450.0, rag=["Amber", "Red", "Amber", "Red"]),
}


def make(out_dir, n):
    c = CASES[n]
    stem = f"{LAYOUT}-{n}"
    pdf = Pdf(os.path.join(out_dir, stem + ".pdf"), header="Wyrebury County Council - Post 16 Virtual School",
              footer="Personal Education Plan (PEP) also known at Post 16 as a Personal Progression Plan (PPP) - reviewed 3 times a year")
    pdf.h("Personal Progression Plan (PPP) - Review 1 of 3, 2026/27")
    pdf.table([["Student", "College or provider", "NCY", "Date of review"], [c["name"], c["school"], "12", c["meeting"]]], widths=[140, 170, 50, 160])
    pdf.table([["Course and level", "Designated Tutor", "Post 16 Learning Advocate"],
               ["Level 2 Motor Vehicle Maintenance" if n == 1 else "A levels: Psychology, Sociology, English Language", "P. Goddard", "M. Fairweather"]], widths=[220, 150, 150])
    pdf.p(c["att"])
    pdf.h("Student's View page", 2)
    pdf.table([["In your own words"]] + [[v] for v in c["voice"]], widths=[520])
    pdf.h("Targets (around three)", 2)
    pdf.table([["No.", "Target", "Area"]] + [[str(i), t, a] for i, (t, a) in enumerate(c["targets"], 1)], widths=[30, 400, 90])
    pdf.h("Pupil Premium Plus / post-16 support request", 2)
    pdf.table([["Support", "Target no.", "Cost"]] + [[d_, str(t) if t else "", cs] for d_, _, t, cs in c["pp"]] + [["Total requested", "", c["total"]]], widths=[340, 80, 100])
    pdf.h("RAG Ratings (Learning Advocate)", 2)
    pdf.table([["Student's View", "Attendance", "Targets", "Support request"], c["rag"]], widths=[130, 130, 130, 130])
    pdf.p("Personal Education Plan Feedback Form: sent to Designated Tutor." if n == 1 else "Personal Education Plan Feedback Form: returned - targets need English and maths resit where grade 4 not reached.")
    pdf.p(c["signed"] or "Learning Advocate sign-off: ")
    pdf.save()
    write_truth(out_dir, stem, "pdf", dict(
        inspired_by=INSP, quirks=QUIRKS, child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=12,
        meeting_date=c["meeting_iso"], completed_date=c["signed_iso"], attendance_percent=c["att_n"], pupil_voice=c["voice"],
        targets=[{"text": t, "area": a} for t, a in c["targets"]],
        english_target=any(a == "English" for _, a in c["targets"]), maths_target=any(a == "Maths" for _, a in c["targets"]),
        pp_spend=[{"description": d_, "cost": cn, "target": t} for d_, cn, t, _ in c["pp"]], pp_requested=c["total_n"]))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
