"""zJ07 - Trentvale Virtual School: Reception ePEP print-out with section RAG ratings (PDF).

Cover page with 'Date PEP completed' and 'Confidential', a page of numbered prose before
any field, each section carrying a [G]/[A]/[R] rating tag in its heading, EYFS ELG table
with Emerging/Expected, targets as 'next steps' bullets under a heading, PP+ written as
prose with costs inline, voice as a drawing caption with scribed words.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_J import write_pdf, html_table, esc, write_truth, tgt, spend

LAYOUT = "zJ07-reception-rag-prose"
INSPIRED = "real-forms.md entries 27, 28, 16, 19"
QUIRKS = [
    "cover page holds 'Date PEP completed' and 'Confidential'; numbered prose page before any field",
    "each section heading ends in an RAG tag [G]/[A]/[R] from the QA officer",
    "EYFS early learning goals table with Emerging / Expected",
    "PP+ written as prose paragraphs with costs inline, no table",
    "child's voice as a drawing caption with words scribed by TA",
    "attendance given as sessions then percentage",
    "Reception written as 'YR (Reception)'",
]

A = dict(
    name="Olly Castellano", first="Olly", school="Trentvale St Mark's C of E Infant School", year="YR (Reception)",
    completed="03/12/2025", completed_iso="2025-12-03", meeting="25/11/2025", meeting_iso="2025-11-25",
    att="Olly has attended 106 of 112 sessions this year: 94.6%. Absences were for a dental appointment and illness.",
    attn=94.6,
    rag=dict(about="G", voice="G", learning="A", targets="G", pp="G"),
    elg=[("Listening, Attention and Understanding", "Emerging"), ("Speaking", "Emerging"),
         ("Self-Regulation", "Emerging"), ("Word Reading", "Emerging"), ("Numbers", "Expected (on track)"),
         ("Numerical Patterns", "Emerging"), ("Gross Motor Skills", "Expected (on track)")],
    drawing="Olly drew a picture of himself and his carer on the school bus. Words scribed by Mrs Yeung (TA) as Olly talked about it:",
    voice=["That's me and Auntie Bev. We go on the big bus.", "I like the sand tray and Mr Pickles the hamster.",
           "I don't like when it's loud at dinner time."],
    targets=[
        ("Literacy", "Olly will blend and read 10 CVC words from Phase 2 (e.g. s-a-t, p-i-n) in daily 1:1 phonics with the TA, by the spring PEP"),
        ("Maths", "Olly will say which number is one more and one less than a number to 10, using a number track, in 4 out of 5 adult-led checks by the spring PEP"),
        ("PSED", "Olly will eat his lunch in the small 'quiet table' group with a friend and stay for the whole lunch time on 4 out of 5 days by February half-term"),
    ],
    pp_paras=[
        ("Daily 1:1 Phase 2 phonics with Mrs Yeung, 10 minutes a day", " at a cost of £150 for the term (linked to next step 1).", 150.0, 1),
        ("Number track and counting resource pack for home and school", ", costing £30 (next step 2).", 30.0, 2),
        ("Lunchtime quiet table led by a trained midday supervisor, 4 days a week", " - £120 for the term (next step 3).", 120.0, 3),
    ],
    pp_total="The total PP+ request for the autumn term is £300.", pp_total_n=300.0,
    qa="QA: Good. PP+ released.",
)

B = dict(
    name="Zainab Hussain-Clarke", first="Zainab", school="Trentvale Meadows Primary Academy", year="YR (Reception)",
    completed="", completed_iso=None, meeting="12/03/2026", meeting_iso="2026-03-12",
    att="Zainab has attended 205 of 236 sessions: 86.9%.", attn=86.9,
    rag=dict(about="G", voice="A", learning="A", targets="R", pp="R"),
    elg=[("Listening, Attention and Understanding", "Expected (on track)"), ("Speaking", "Expected (on track)"),
         ("Self-Regulation", "Emerging"), ("Word Reading", "Expected (on track)"), ("Numbers", "Emerging"),
         ("Numerical Patterns", "Emerging"), ("Gross Motor Skills", "Expected (on track)")],
    drawing="Zainab drew a picture of her new bedroom. Words scribed by the class teacher:",
    voice=["My room has a purple light.", "I miss my brother."],
    targets=[
        ("Literacy", "Zainab will write her first name and one simple caption (e.g. 'I can see a cat') independently, in 3 pieces of writing by the summer PEP"),
        ("PSED", "Zainab will work better with other children"),
    ],
    pp_paras=[
        ("Some of the PP+ will go towards a nurture group", ".", None, None),
        ("Handwriting and name-writing resources", " at £40 (next step 1).", 40.0, 1),
    ],
    pp_total="", pp_total_n=None, qa="QA: Returned to school - see feedback. PP+ on hold.",
)

CSS = """
.cover { text-align: center; padding-top: 120pt; }
.cover h1 { font-size: 24pt; color: #0b5d3b; }
.conf { font-size: 16pt; font-weight: bold; letter-spacing: 2pt; margin-top: 30pt; }
.sec { color: #0b5d3b; border-bottom: 1pt solid #0b5d3b; }
.rag { font-family: 'DejaVu Sans Mono', monospace; }
ol.pre li { margin-bottom: 5pt; }
.draw { border: 1pt dotted #999; height: 90pt; text-align: center; color: #888; padding-top: 35pt; margin-bottom: 4pt; }
"""
PAGE = """
@page { size: A4; margin: 2cm;
  @bottom-left { content: "Trentvale ePEP - Reception to Year 11 - printed copy"; font-size: 7pt; }
  @bottom-right { content: "Page " counter(page); font-size: 7pt; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
"""


def sec(title, r):
    return "<h2 class='sec'>%s <span class='rag'>[%s]</span></h2>" % (esc(title), r)


def make(out_dir, d, n):
    fname = "%s-%d.pdf" % (LAYOUT, n)
    b = ["<div class='cover'><h1>PERSONAL EDUCATION PLAN</h1><p>Trentvale Virtual School for Children in Care</p>",
         "<p>%s</p><p>%s</p>" % (esc(d["name"]), esc(d["year"])),
         "<p style='margin-top:40pt'>Date PEP completed: %s</p>" % (esc(d["completed"]) if d["completed"] else "____________________"),
         "<p class='conf'>CONFIDENTIAL</p></div>"]
    b.append("<div class='pb'><h2>What is a PEP for?</h2><ol class='pre'>"
             "<li>A PEP is a record of what needs to happen for a child in care to reach their full potential in learning.</li>"
             "<li>It is reviewed 3 times per year, at a meeting in school, and again if the child moves home or school.</li>"
             "<li>The targets agreed in the PEP inform how the Pupil Premium Plus is allocated. PP+ is released once the PEP has been quality assured.</li>"
             "<li>Sections are rated by the Virtual School: [G] good, [A] needs a little more, [R] must be completed before PP+ can be released. See the RAG Ratings document.</li>"
             "<li>In Reception please use the Early Learning Goals. Use 'Emerging' or 'Expected (on track)'.</li></ol></div>")
    b.append("<div class='pb'>")
    b.append(sec("1. About me", d["rag"]["about"]))
    b.append(html_table([["Name", d["name"]], ["Year group", d["year"]], ["School", d["school"]],
                         ["Date of PEP meeting", d["meeting"]], ["Attendance", d["att"]]],
                        header=False, widths=["28%", "72%"]))
    b.append(sec("2. My voice", d["rag"]["voice"]))
    b.append("<div class='draw'>[drawing scanned - see attachment]</div>")
    b.append("<p><i>%s</i></p>" % esc(d["drawing"]))
    for v in d["voice"]:
        b.append("<p>\u201c%s\u201d</p>" % esc(v))
    b.append(sec("3. How I am learning (Early Learning Goals)", d["rag"]["learning"]))
    b.append(html_table([["Early learning goal", "Emerging / Expected"]] + [list(r) for r in d["elg"]],
                        widths=["60%", "40%"]))
    b.append(sec("4. My next steps", d["rag"]["targets"]))
    b.append("<ol>" + "".join("<li><b>%s:</b> %s</li>" % (esc(a), esc(t)) for a, t in d["targets"]) + "</ol>")
    b.append(sec("5. Pupil Premium Plus", d["rag"]["pp"]))
    for desc, tail, c, t in d["pp_paras"]:
        b.append("<p>%s%s</p>" % (esc(desc), esc(tail)))
    if d["pp_total"]:
        b.append("<p><b>%s</b></p>" % esc(d["pp_total"]))
    b.append("<h2 class='sec'>6. Virtual School quality assurance</h2><p>%s</p></div>" % esc(d["qa"]))
    write_pdf(os.path.join(out_dir, fname), "\n".join(b), CSS, PAGE)

    targets = [tgt(t, a) for a, t in d["targets"]]
    areas = [t["area"] for t in targets]
    pp = [spend(desc, c, t) for desc, tail, c, t in d["pp_paras"]]
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS + ([] if n == 1 else [
        "gaps: no maths next step, vague PSED target, PP+ sentence with no cost or target, no total, blank completion date on cover"]),
        child_name=d["name"], child_first_name=d["first"], school=d["school"], year_group=0,
        meeting_date=d["meeting_iso"], completed_date=d["completed_iso"], attendance_percent=d["attn"],
        pupil_voice=list(d["voice"]), targets=targets, english_target="Literacy" in areas,
        maths_target="Maths" in areas, pp_spend=pp, pp_requested=d["pp_total_n"])


def build(out_dir):
    make(out_dir, A, 1)
    make(out_dir, B, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
