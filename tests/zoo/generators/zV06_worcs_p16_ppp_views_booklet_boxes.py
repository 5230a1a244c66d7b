"""zV06: Post-16 'Personal Progression Plan (PPP)' with a first-person Pupil Views booklet page first, labels ABOVE
value boxes, one small table per target, Post 16 Learning Advocate. Entries 25, 30."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_V import P, T, pdf, truth, Spacer, PageBreak, TableStyle, colors, Table

LAYOUT = "zV06-worcs-p16-ppp-views-booklet-boxes"
INSP = "real-forms.md entries 25, 30"


def box(label, value, w=515):
    t = Table([[P(label, "small")], [P(value or " ")]], colWidths=[w], minRowHeights=[0, 22])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.3, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f0f0"))]))
    return [t, Spacer(1, 4)]


def pair(l1, v1, l2, v2):
    t = Table([[P(l1, "small"), P(l2, "small")], [P(v1), P(v2)]], colWidths=[257, 258])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f0f0"))]))
    return [t, Spacer(1, 4)]


def make(out_dir, n):
    good = n == 1
    name, first = ("Jodie Marklew", "Jodie") if good else ("Kian Shorrock", "Kian")
    school = "Severnside College (Worcester campus)" if good else "Malvern Hills Training Partnership"
    s = [P("Pupil Views booklet - Post 16", "h1"),
         P("Sent by the Virtual School before the meeting. Fill it in yourself, in your own words.", "small")]
    if good:
        voice = ["I'm enjoying the animal care course, especially the practical days at the farm.",
                 "I still struggle with getting up for the 8.45 bus.",
                 "I'd like to do the Level 3 next year and maybe work at a vets."]
    else:
        voice = []
    qs = ["How is college going for you?", "Is anything making it hard to get to college or to learn?", "What do you want to do next?"]
    for q, v in zip(qs, voice or ["", "", ""]):
        s += box(q, v)
    if not good:
        s.append(P("Booklet not returned before the meeting.", "small"))
    s += [PageBreak(), P("Personal Education Plan (PEP) - also known at Post 16 as a Personal Progression Plan (PPP)", "h1"),
          P("Reviewed 3 times a year. Review 1 of 2026/27.", "small")]
    s += pair("Student name", name, "NCY", "12")
    s += pair("College or Provider", school, "Study course & level", "Level 2 Diploma in Animal Care" if good else "Level 1 Construction Multi-skills")
    s += pair("PPP meeting date", "30 September 2026" if good else "11 November 2026", "Post 16 Learning Advocate", "Nadia Hussain")
    s += pair("Designated Tutor", "Owen Pritchard" if good else "Lisa Kemp", "Attendance at college this year", "91.3%" if good else "see printout attached")
    s += box("English and maths (GCSE resit / Functional Skills)",
             "GCSE English grade 3 - resitting November; GCSE maths grade 4 achieved." if good else "Functional Skills English Level 1 in progress; maths not yet assessed.")
    s.append(P("Targets (around three)", "h2"))
    if good:
        tg = [("Jodie will attend every English resit class and complete two past papers before the November exam.", "English"),
              ("Jodie will complete her Unit 4 practical log to merit standard by 18 December 2026.", "Vocational course"),
              ("Jodie will use the alarm app her carer set up and arrive for the 9.00 start on 9 out of 10 days.", "Attendance / independence")]
    else:
        tg = [("Kian will complete the Level 1 Functional Skills English reading exam by January 2027.", "English"),
              ("Kian will complete a CSCS card course with his tutor's support.", "Employability")]
    for i, (t, a) in enumerate(tg, 1):
        tt = T([[f"Target {i}", t], ["Area", a], ["Who will help", "Designated Tutor and Learning Advocate"], ["Review", "PPP review 2 (spring)"]],
               widths=[90, 425], first_col=True)
        s += [tt, Spacer(1, 5)]
    s.append(P("Post 16 PP+ (Virtual School discretionary funding)", "h2"))
    if good:
        pp = [("English resit tuition, 6 hours with a specialist tutor", 210.0, 1), ("Steel toe-capped boots and overalls for farm placement", 55.0, 2)]
        s.append(T([["For target", "Description", "Cost"], ["1", pp[0][0], "£210.00"], ["2", pp[1][0], "£55.00"], ["", "Total requested", "£265.00"]],
                   widths=[60, 365, 90], header=True))
        req = 265.0
    else:
        pp = [("CSCS card course and test fee", 145.0, 2)]
        s.append(T([["For target", "Description", "Cost"], ["2", pp[0][0], "£145.00"], ["", "Total requested", "£145.00"]],
                   widths=[60, 365, 90], header=True))
        req = 145.0
    s.append(Spacer(1, 6))
    s += pair("PPP completed by", "Nadia Hussain, Post 16 Learning Advocate", "Date completed", "7 October 2026" if good else "")
    fname = f"{LAYOUT}-{n}.pdf"
    pdf(os.path.join(out_dir, fname), s, header="Worcestershire Virtual School - Post 16", footer="PPP = Personal Progression Plan")
    truth(out_dir, LAYOUT, fname, INSP,
          ["post-16 PEP named Personal Progression Plan (PPP)", "Pupil Views booklet page first, first-person answers",
           "labels above value boxes, two pairs per row", "one small table per target", "Post 16 PP+ discretionary"] +
          ([] if good else ["-2 gaps: views booklet not returned (voice empty), attendance only 'see printout attached', no maths target, no completion date"]),
          name, first, school, 12, "2026-09-30" if good else "2026-11-11", "2026-10-07" if good else None,
          91.3 if good else None, voice, tg, True, False, pp, req)


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1])
