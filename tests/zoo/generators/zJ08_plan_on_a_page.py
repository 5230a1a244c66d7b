"""zJ08 - Pellow Cross Virtual School: KS2 PEP led by a landscape 'My plan on a page' (PDF).

Page 1 (landscape) is written to the child as 'you' and restates the targets in child-friendly
words next to the child's own views; the formal PEP follows on portrait pages with the agreed
SMART targets (the ones that count), a PP+ table with a cost-breakdown column, and short dates.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_J import write_pdf, html_table, esc, write_truth, tgt, spend

LAYOUT = "zJ08-plan-on-a-page"
INSPIRED = "real-forms.md entries 23, 19, 30, 18"
QUIRKS = [
    "landscape 'My plan on a page' first, written to the child as 'you', restating targets in child words",
    "formal agreed targets only in the later portrait pages (child-friendly restatements are not the targets)",
    "child's voice lives only on the plan-on-a-page, under 'What you told us'",
    "'celebrate a success by the next PEP' column in the targets table",
    "PP+ table with a cost-breakdown column (rate x weeks) and a separate total line",
    "short dates (dd.mm.yy); attendance as a whole-number percentage",
]

A = dict(
    name="Isla-Rose Penhaligon", first="Isla-Rose", school="Pellow Cross Junior School", year="Year 4", yg=4,
    meeting="10.11.25", meeting_iso="2025-11-10", completed="14.11.25", completed_iso="2025-11-14",
    att="94%", attn=94.0, dt="Mr Gideon Tully", sw="Hannah Marsh",
    voice=["I love gymnastics and I can do a cartwheel now.",
           "Reading is OK but I get stuck on big words and then I stop.",
           "I want to know my 6s like Ruby does.",
           "When I'm upset I like to sit with Miss Kaur in the library."],
    kid_targets=["You are going to practise your tricky words with Miss Kaur so big words don't stop you.",
                 "You are going to learn your 6 times table - just like Ruby!",
                 "You can go to the library with Miss Kaur when you feel upset."],
    targets=[
        ("Reading", "Isla-Rose will use phonics to decode multi-syllable words and read a Year 4 book band text at 90% accuracy in a running record by the spring PEP (3 x 15 min reading sessions a week with Miss Kaur)",
         "Yes - running record"),
        ("Maths", "Isla-Rose will recall the 6 times table in any order with 18/20 correct in the weekly class check by the end of January",
         "Yes - class check sheet"),
        ("Wellbeing", "Isla-Rose will use her 'time to talk' card to ask for library time with Miss Kaur when upset, instead of hiding under the table, recorded on 3 or more occasions by the spring PEP",
         "Yes - card log"),
    ],
    pp=[("1", "Reading intervention (Miss Kaur, HLTA)", "£20 x 12 weeks", "£240", 240.0),
        ("2", "Times table practice pack and 1:1 10-minute boosts", "£10 x 10 weeks", "£100", 100.0),
        ("3", "Emotional literacy sessions with Miss Kaur (ELSA)", "£20 x 8 sessions", "£160", 160.0)],
    total="£500", totaln=500.0,
    signed="Signed off by DT: Mr Gideon Tully, 14.11.25",
)

B = dict(
    name="Harvey Quint", first="Harvey", school="Pellow Cross Church of England Primary", year="Year 6", yg=6,
    meeting="27.04.26", meeting_iso="2026-04-27", completed="", completed_iso=None,
    att="90%", attn=90.0, dt="Mrs Alys Pryor", sw="Ben Okoro",
    voice=["I'm worried about SATs.", "I'm excited for big school, my cousin goes there."],
    kid_targets=["You are going to get really good at fractions before SATs."],
    targets=[
        ("Maths", "Harvey will answer 8 out of 10 fraction questions correctly on the weekly arithmetic quiz before SATs week (11 May)",
         "Yes"),
        ("Transition", "Harvey will visit Pellow Cross Academy twice with his TA before the July transition day",
         "Yes"),
    ],
    pp=[("1", "Fractions booster group", "", "£120", 120.0),
        ("", "Transition visits", "", "", None)],
    total="", totaln=None,
    signed="Signed off by DT:",
)

CSS = """
@page landscape { size: A4 landscape; margin: 1.4cm; }
.poap { page: landscape; }
.poap h1 { color: #b04a1a; font-size: 20pt; }
.poap td { width: 33%; height: 300pt; font-size: 11pt; border: 2pt solid #b04a1a; border-radius: 6pt; }
.poap th { background: #fbe3d6; font-size: 12pt; }
.formal { page: auto; }
"""
PAGE = """
@page { size: A4; margin: 2cm;
  @top-right { content: "Pellow Cross VS - PEP"; font-size: 7pt; }
  @bottom-center { content: counter(page); font-size: 7pt; } }
"""


def make(out_dir, d, n):
    fname = "%s-%d.pdf" % (LAYOUT, n)
    b = ["<div class='poap'><h1>My plan on a page - %s</h1>" % esc(d["first"]),
         "<p>This is your plan, %s. It was written with you at your PEP meeting.</p>" % esc(d["first"])]
    vt = "<raw>" + "".join("<p>%s</p>" % esc(v) for v in d["voice"])
    kt = "<raw>" + "".join("<p>\u2605 %s</p>" % esc(k) for k in d["kid_targets"])
    st = ("<raw><p>Miss Kaur (reading and feelings)</p><p>Mr Tully (your teacher)</p><p>Auntie Sue at home (times tables in the car)</p>"
          if d is A else "<raw><p>Mrs Pryor</p>")
    b.append(html_table([["What you told us", "What we are going to do", "Who will help you"], [vt, kt, st]]))
    b.append("</div>")
    b.append("<div class='formal'><h1>Personal Education Plan (KS2)</h1>")
    b.append(html_table([["Child", d["name"], "Date of PEP", d["meeting"]],
                         ["School", d["school"], "Year", d["year"]],
                         ["Designated Teacher", d["dt"], "Social Worker", d["sw"]],
                         ["Attendance this year", d["att"], "Exclusions", "None"]],
                        header=False, widths=["20%", "32%", "18%", "30%"]))
    b.append("<h2>Progress since the last PEP</h2>")
    b.append("<p>%s</p>" % esc("Isla-Rose has made good progress in writing (now working at the expected standard). "
                               "Reading is just below; she loses confidence with longer words. Maths: secure in 2, 5, 10, 3 and 4 times tables."
                               if d is A else "Harvey is working towards the expected standard in reading and maths and at the expected standard in writing. "
                               "Previous targets were not reviewed at this meeting."))
    b.append("<h2>Agreed targets</h2>")
    rows = [["No.", "Area", "SMART target", "Will %s be able to celebrate a success by the next PEP?" % d["first"]]]
    for i, (a, t, c) in enumerate(d["targets"], 1):
        rows.append([str(i), a, t, c])
    b.append(html_table(rows, widths=["7%", "13%", "58%", "22%"]))
    b.append("<h2>PP+ request</h2>")
    rows = [["Target", "Intervention", "Cost breakdown", "Cost"]] + [[a, bb, c, e] for a, bb, c, e, _ in d["pp"]]
    b.append(html_table(rows, widths=["10%", "50%", "22%", "18%"]))
    b.append("<p><b>Total PP+ requested:</b> %s</p>" % esc(d["total"]))
    b.append("<p>%s</p></div>" % esc(d["signed"]))
    write_pdf(os.path.join(out_dir, fname), "\n".join(b), CSS, PAGE)

    targets = [tgt(t, a) for a, t, c in d["targets"]]
    areas = [t["area"] for t in targets]
    pp = [spend(bb, c, int(a) if a else None) for a, bb, cb, e, c in d["pp"]]
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS + ([] if n == 1 else [
        "gaps: no English target in Year 6, previous targets not reviewed, PP+ line with no cost or target, no total, DT sign-off undated"]),
        child_name=d["name"], child_first_name=d["first"], school=d["school"], year_group=d["yg"],
        meeting_date=d["meeting_iso"], completed_date=d["completed_iso"], attendance_percent=d["attn"],
        pupil_voice=list(d["voice"]), targets=targets, english_target="Reading" in areas,
        maths_target="Maths" in areas, pp_spend=pp, pp_requested=d["totaln"])


def build(out_dir):
    make(out_dir, A, 1)
    make(out_dir, B, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
