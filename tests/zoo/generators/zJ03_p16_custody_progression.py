"""zJ03 - Cottesford Virtual School: post-16 PEP for a young person in custody (PDF).

One document carries Phase 1 PEP, Phase 2 PEP and the Progression review PEP (late July);
the latest section is the one that counts. Mandatory online fields hold 'N/A'. The
Student's View page sits after the targets. Post-16 PP+ is discretionary and listed
against target numbers.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_J import write_pdf, html_table, esc, write_truth, tgt, spend

LAYOUT = "zJ03-p16-custody-progression"
INSPIRED = "real-forms.md entries 25, 22, 20, 30"
QUIRKS = [
    "three meetings in one document: Phase 1, Phase 2, Progression review PEP (truth is the progression review)",
    "young person in custody: provider is a secure establishment's education department; college named for release",
    "literal 'N/A' in mandatory fields",
    "NCY as a circle-one strip '11 / (12) / 13 / 14', plus a 'Year of study' row",
    "Student's View page placed after the targets of each phase",
    "post-16 PP+ (discretionary) keyed by target number; Post 16 Learning Advocate signs off",
    "dates dd.mm.yyyy; attendance as 'education attendance' per phase",
]

COMMON = dict(unit="Kestonbridge Secure Centre - Learning Centre")

A = dict(
    name="Jordan Kilbride-Osei", first="Jordan", ncy=12, dob="03.02.2009", advocate="Megan Thwaite",
    provider="Kestonbridge Secure Centre - Learning Centre",
    release_college="Cottesford College of Further Education (Motor Vehicle Level 1, Sept 2026)",
    phases=[
        dict(title="Phase 1 PEP", date="15.10.2025", att="92%", targets=[
            ("1", "English", "Jordan will complete Functional Skills English Entry 3 reading by 19.12.2025"),
            ("2", "Maths", "Jordan will complete the Entry 3 maths mock with 70% by 19.12.2025")],
             voice=["I want to get my maths done before I get out."],
             status="Phase 1 closed - targets reviewed at Phase 2"),
        dict(title="Phase 2 PEP", date="11.02.2026", att="95%", targets=[
            ("1", "English", "Jordan will pass Functional Skills English Level 1 reading by 15.05.2026"),
            ("2", "Maths", "Jordan will pass Functional Skills Maths Entry 3 by 27.03.2026")],
             voice=["The workshop is the best bit of the day."],
             status="Phase 2 closed - targets reviewed at Progression review"),
    ],
    prog=dict(date="28.07.2026", iso="2026-07-28", att="97%", attn=97.0,
              review=[("English L1 reading", "Achieved 15.05.2026 (pass)"),
                      ("Maths Entry 3", "Achieved 27.03.2026. Level 1 started in May.")],
              targets=[
                  ("1", "Maths", "Jordan will sit Functional Skills Maths Level 1 at Cottesford College by 11.12.2026, attending the Tuesday and Thursday maths workshop"),
                  ("2", "English", "Jordan will complete Functional Skills English Level 1 writing (the writing component still outstanding) by 11.12.2026"),
                  ("3", "Careers", "Jordan will attend the college's 2-day taster week (7-8 September 2026) and start the Motor Vehicle Level 1 course, with 90% attendance in the first half term"),
              ],
              voice=["Getting the English writing done is the last bit, then I've got both.",
                     "I'm nervous about college because I won't know anyone, but I want to do cars.",
                     "I'd like Megan to come with me on the first day."],
              pp=[("1", "Maths workshop resources and exam entry support (Learning Centre tutor, 6 sessions handover to college)", "£180.00", 180.0),
                  ("3", "Travel-training sessions with youth worker before college start (not transport costs)", "£150.00", 150.0),
                  ("2", "Writing mentor, 1:1, 1 hour a week for 6 weeks (£25/hr)", "£150.00", 150.0)],
              total="£480.00", totaln=480.0,
              signed="Progression review PEP submitted 04.08.2026 - Megan Thwaite, Post 16 Learning Advocate",
              signed_iso="2026-08-04"),
)

B = dict(
    name="Reece Hallam", first="Reece", ncy=13, dob="22.06.2008", advocate="Imran Qadir",
    provider="Kestonbridge Secure Centre - Learning Centre",
    release_college="N/A",
    phases=[
        dict(title="Phase 1 PEP", date="21.10.2025", att="88%", targets=[
            ("1", "Maths", "Reece will complete Functional Skills Maths Level 1 by February")],
             voice=["I don't see the point of English, I got a 4."],
             status="Phase 1 closed"),
    ],
    prog=dict(date="23.07.2026", iso="2026-07-23", att="N/A", attn=None,
              review=[("Maths L1", "Not achieved - exam missed (court date). Broken down into topic tests.")],
              targets=[
                  ("1", "Maths", "Reece will pass two Level 1 topic tests (fractions and measures) by 30.09.2026"),
                  ("2", "Employability", "Reece will complete his CSCS card course in the first month of release"),
              ],
              voice=[],
              pp=[("", "Laptop for college", "", None)],
              total="", totaln=None,
              signed="Status: Draft - not submitted", signed_iso=None),
)

CSS = """
.phase { border-top: 3pt solid #6b2d5c; margin-top: 12pt; padding-top: 2pt; }
.phase h2 { color: #6b2d5c; }
.latest { background: #f3e9f0; padding: 2pt 5pt; font-weight: bold; }
.circle { font-family: 'DejaVu Sans Mono', monospace; }
.sv { border: 1pt solid #6b2d5c; padding: 5pt; min-height: 40pt; }
"""

PAGE = """
@page { size: A4; margin: 2cm 1.6cm 2cm 1.6cm;
  @top-left { content: "Cottesford Virtual School - Post 16 PEP"; font-size: 7.5pt; }
  @bottom-left { content: "Form ref P16-CUST-2025/26"; font-size: 7pt; }
  @bottom-right { content: counter(page) "/" counter(pages); font-size: 7pt; } }
"""


def ncy_strip(n):
    return "<span class='circle'>" + " / ".join(("(%d)" % k) if k == n else str(k) for k in (11, 12, 13, 14)) + "</span>"


def make(out_dir, d, n):
    fname = "%s-%d.pdf" % (LAYOUT, n)
    b = ["<h1>Post 16 Personal Education Plan</h1>",
         "<p class='small'>For a young person in custody or a secure setting. Mandatory fields: if not relevant, "
         "enter N/A. Once submitted, no further changes can be made.</p>"]
    b.append(html_table([
        ["Student name", d["name"], "DOB", d["dob"]],
        ["NCY (circle)", "<raw>" + ncy_strip(d["ncy"]), "UPN / ULN", "N/A"],
        ["Current education provider", d["provider"], "Legal status", "Remanded to youth detention accommodation (looked after)" if n == 1 else "Sentenced (DTO) - looked after under s.20 prior"],
        ["College or provider on release", d["release_college"], "Post 16 Learning Advocate", d["advocate"]],
        ["Youth Justice worker", "Sam Fairley (YOT)" if n == 1 else "N/A", "EHCP", "N/A"],
    ], header=False, widths=["22%", "33%", "18%", "27%"]))

    for ph in d["phases"]:
        b.append("<div class='phase'><h2>%s</h2>" % esc(ph["title"]))
        b.append(html_table([["PEP date", ph["date"], "Education attendance (this phase)", ph["att"]]],
                            header=False))
        b.append(html_table([["Target", "Area", "What needs to happen"]] + [[a, bb, c] for a, bb, c in ph["targets"]]))
        b.append("<h3>Student's View page</h3>")
        b.append("<div class='sv'>" + "".join("<p>\u201c%s\u201d</p>" % esc(v) for v in ph["voice"]) + "</div>")
        b.append("<p class='small'><i>%s</i></p></div>" % esc(ph["status"]))

    p = d["prog"]
    b.append("<div class='phase' style='page-break-before: always'><h2>Progression review PEP</h2>")
    b.append("<p class='latest'>Summer progression review (late July / early August) - plans for September</p>")
    b.append(html_table([["Progression review date", p["date"], "Education attendance (year)", p["att"]],
                         ["Year of study", "NCY %d (2025-26)" % d["ncy"], "Release date", "17.08.2026" if n == 1 else "N/A"],
                         ["Chaired by", "Social worker" if n == 1 else "N/A", "Present", "Student, SW, Learning Advocate, Learning Centre tutor, YOT" if n == 1 else "SW, Learning Advocate"]],
                        header=False, widths=["24%", "26%", "24%", "26%"]))
    b.append("<h3>Review of Phase 2 targets</h3>")
    b.append(html_table([["Target", "Outcome and evidence"]] + [list(r) for r in p["review"]]))
    b.append("<h3>Targets for September (new)</h3>")
    b.append("<p class='small'>Around three targets. Where English or maths GCSE grade 4 has not been reached, keep an English and a maths target.</p>")
    b.append(html_table([["Target", "Area", "What needs to happen"]] + [[a, bb, c] for a, bb, c in p["targets"]],
                        widths=["10%", "16%", "74%"]))
    b.append("<h3>Student's View page</h3>")
    if p["voice"]:
        b.append("<div class='sv'>" + "".join("<p>\u201c%s\u201d</p>" % esc(v) for v in p["voice"]) +
                 "<p class='small'>Written by Jordan on the Student's View sheet, 21.07.2026.</p></div>")
    else:
        b.append("<div class='sv'><p>&nbsp;</p></div>")
    b.append("<h3>Post 16 PP+ (discretionary - Learning Advocate approval)</h3>")
    b.append(html_table([["Target no.", "What it will fund", "Cost"]] + [[a, bb, c] for a, bb, c, _ in p["pp"]] +
                        [["", "Total requested", p["total"]]], widths=["12%", "68%", "20%"]))
    b.append(html_table([["Sign off", p["signed"]]], header=False, widths=["20%", "80%"]))
    b.append("</div>")
    write_pdf(os.path.join(out_dir, fname), "\n".join(b), CSS, PAGE)

    targets = [tgt(t[2], t[1]) for t in p["targets"]]
    areas = [t["area"] for t in targets]
    pp = [spend(desc, c, int(num) if num else None) for num, desc, cost, c in p["pp"]]
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS + ([] if n == 1 else [
        "gaps: progression review voice box empty, no English target (grade 4 held), attendance N/A, spend line with no cost or target, draft not submitted"]),
        child_name=d["name"], child_first_name=d["first"], school=d["provider"], year_group=d["ncy"],
        meeting_date=p["iso"], completed_date=p["signed_iso"], attendance_percent=p["attn"],
        pupil_voice=list(p["voice"]), targets=targets, english_target="English" in areas,
        maths_target="Maths" in areas, pp_spend=pp, pp_requested=p["totaln"])


def build(out_dir):
    make(out_dir, A, 1)
    make(out_dir, B, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
