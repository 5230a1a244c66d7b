"""zE02: browser print of an online PEP form returned by secure email (PDF).

Invented authority: Sallowfield County Council; invented form platform "FormStream".
One "Label: value" per line, section counters, ISO dates from date pickers beside
typed British dates, a print timestamp and a long URL in every page footer."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_E import write_truth, main, html_to_pdf, esc  # noqa: E402

LAYOUT = "zE02-webform-print"
INSPIRED = "real-forms.md entries 22 (online form with ID/password output as PDF, N/A in mandatory fields), 2 (status words), 18 (PPP request wording)"

BASE = "https://forms.sallowfield.gov.uk/ss/Core/Submission/Preview"

KIDS = [
    dict(
        n=1, ref="SVS-PEP-2025-11873", first="Amelia-Rose", surname="Penhallow", known="Millie",
        dob="2017-01-14", year="Year 4", year_n=4, school="St Bride's CE Primary School", urn="123987",
        dt="Mr Owen Treloar", sw="Gemma Pascoe (Children in Care Team South)", carer="Foster carer (IFA - Brightwater Fostering)",
        meeting="13/11/2025", meeting_iso="2025-11-13", term="Autumn 2025",
        attended="[x] Designated teacher  [x] Social worker  [x] Carer  [ ] Virtual School  [x] Child (for part of the meeting)",
        attendance="96.4", attendance_n=96.4, att_source="SIMS report 07/11/2025",
        sessions_missed="6", part_time="No",
        how_views="Talking with Mrs Quayle (ELSA) using the 'three houses' activity on 10/11/2025",
        voice=[("What do you enjoy at school?", "I like it when we do art and I can use the proper paints."),
               ("What is tricky?", "Times tables are tricky because my brain goes blank when Mr Treloar does the quick-fire ones."),
               ("What helps you?", "It helps when Mrs Quayle sits near me and I have my number square."),
               ("What would you like to be when you are older?", "I want to be a vet or a swimming teacher.")],
        progress=[("Reading (teacher assessment)", "Working towards expected (WTS)"),
                  ("Writing (teacher assessment)", "Working towards expected (WTS)"),
                  ("Maths (teacher assessment)", "Working towards expected (WTS)"),
                  ("Multiplication Tables Check (June 2026) prediction", "15/25")],
        review=[("Read 100 high-frequency words by the summer PEP", "Achieved - 112 words (July 2025)"),
                ("Join a lunchtime club", "Achieved - Art club on Thursdays")],
        targets=[("Reading", "By 13 February 2026 Millie will read Book Band 12 (Lime) texts with 95% accuracy and answer 4 out of 5 retrieval questions correctly.",
                  "Running record and retrieval quiz", "Mrs Quayle (TA)", "2026-02-13"),
                 ("Maths", "Millie will recall the 3, 4 and 8 times tables with 90% accuracy in the weekly TTRS check by the spring PEP.",
                  "TTRS weekly check scores", "Class teacher / Mr Treloar", "2026-02-13"),
                 ("Writing", "Millie will use capital letters and full stops correctly in 3 out of 4 independent pieces of writing by February half-term.",
                  "Book look by English lead", "Class teacher", "2026-02-13")],
        spend=[("Daily 15-minute 1:1 reading with TA (Mrs Quayle), 12 weeks", "Target 1", "300", 300.0, 1),
               ("Times Tables Rock Stars home subscription and weekly 20-minute maths booster group", "Target 2", "120", 120.0, 2),
               ("Colourful Semantics small-group writing intervention, 2 x 30 mins weekly", "Target 3", "180", 180.0, 3)],
        total="600.00", total_n=600.0,
        status="Submitted", saved="2025-11-20 15:07", submitted_by="Owen Treloar (Designated Teacher)",
        submitted="2025-11-20", completed_iso="2025-11-20", printed="26/11/2025, 16:42",
        attachments="reading_record_Nov25.pdf",
    ),
    dict(
        n=2, ref="SVS-PEP-2025-12410", first="Tayo", surname="Ajibade-Hughes", known="N/A",
        dob="2018-03-02", year="Year 3", year_n=3, school="Wendle Cross Community Primary School", urn="119044",
        dt="Mrs Lorna Biddick", sw="Kwame Asante (Children in Care Team North)", carer="Kinship carer (grandmother) - Special Guardianship application in progress",
        meeting="03/12/2025", meeting_iso="2025-12-03", term="Autumn 2025",
        attended="[x] Designated teacher  [x] Social worker  [ ] Carer  [ ] Virtual School  [ ] Child (for part of the meeting)",
        attendance="", attendance_n=None, att_source="",
        sessions_missed="", part_time="No",
        how_views="Class teacher chatted with Tayo at lunchtime",
        voice=[("What do you enjoy at school?", "Football with Reuben and Ali."),
               ("What is tricky?", "When I have to write loads."),
               ("What helps you?", "N/A"),
               ("What would you like to be when you are older?", "A footballer for Sallowfield Town.")],
        progress=[("Reading (teacher assessment)", "Working at expected (EXS)"),
                  ("Writing (teacher assessment)", "Working towards expected (WTS)"),
                  ("Maths (teacher assessment)", "Working at expected (EXS)"),
                  ("Multiplication Tables Check (June 2026) prediction", "N/A")],
        review=[("Tayo to write 3 sentences independently", "Partly achieved"),
                ("Tayo to learn number bonds to 20", "Achieved")],
        targets=[("Writing", "Tayo will write a 6-sentence recount with capital letters, full stops and 'and/but/because' by the end of January 2026.",
                  "Independent write, marked by class teacher", "Class teacher", "2026-01-30"),
                 ("Maths", "Tayo will count in 4s and 8s to 48 and use this to solve 5 out of 6 word problems by the spring PEP.",
                  "Termly maths assessment", "Maths TA", "2026-03-06"),
                 ("Wellbeing", "Tayo will tell an adult when he feels cross instead of leaving the playground, 4 out of 5 days by February.",
                  "Behaviour log", "Mrs Biddick", "2026-02-13")],
        spend=[("Handwriting and sentence-building group with TA, 3 x 20 mins weekly for 10 weeks", "Target 1", "250", 250.0, 1),
               ("Forest School sessions (Tuesday afternoons, spring term)", "(none selected)", "200", 200.0, None)],
        total="450", total_n=450.0,
        status="Draft", saved="2025-12-03 11:41", submitted_by="",
        submitted="", completed_iso=None, printed="04/12/2025, 09:05",
        attachments="(none)",
    ),
]

CSS = """
@page { size: A4; margin: 18mm 14mm 20mm 14mm;
  @top-left { content: "%(printed)s"; font: 7.5pt DejaVu Sans; }
  @top-center { content: "PEP - %(name)s (%(ref)s)"; font: 7.5pt DejaVu Sans; }
  @bottom-left { content: "%(url)s"; font: 6.5pt DejaVu Sans; width: 80%%; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 7.5pt DejaVu Sans; } }
body { font-family: DejaVu Sans; font-size: 9.5pt; color: #222; overflow-wrap: anywhere; }
.brand { background: #2d5b3a; color: white; padding: 6px 10px; font-size: 12pt; }
h2 { font-size: 11pt; border-bottom: 1px solid #2d5b3a; color: #2d5b3a; margin: 14px 0 6px 0; }
p { margin: 2px 0; }  .lab { font-weight: bold; }
.long { margin: 0 0 6px 14px; }  .hint { color: #666; font-size: 8pt; font-style: italic; }
.grp { margin: 6px 0; page-break-inside: avoid; }
"""


def line(label, value):
    return '<p><span class="lab">%s:</span> %s</p>' % (esc(label), esc(value))


def long(label, value):
    return '<p class="lab">%s:</p><p class="long">%s</p>' % (esc(label), esc(value))


def render(k, path):
    name = "%s %s" % (k["first"], k["surname"])
    url = "%s?ref=%s&formid=pep-primary-v7&stage=DT&token=8f3c21d09ab4e6f7c1d2e3f4a5b6c7d8e9f00112&print=1" % (BASE, k["ref"])
    css = CSS % dict(printed=k["printed"], name=name, ref=k["ref"], url=url)
    h = ["<html><head><meta charset='utf-8'><style>%s</style></head><body>" % css]
    h.append('<div class="brand">Sallowfield County Council &middot; Virtual School &middot; FormStream</div>')
    h.append("<p><b>PEP Submission: Primary (KS1/KS2)</b></p>")
    h.append(line("Reference", k["ref"]))
    h.append(line("Status", k["status"]))
    h.append(line("Last saved", k["saved"]))
    h.append(line("Form version", "pep-primary-v7 (2025-26)"))

    h.append("<h2>Section 1 of 7: Child details</h2>")
    h += [line("Child's legal first name", k["first"]), line("Child's legal surname", k["surname"]),
          line("Known as (preferred name)", k["known"]), line("Date of birth", k["dob"]),
          line("National curriculum year", k["year"]), line("School / setting name", k["school"]),
          line("School URN", k["urn"]), line("Designated teacher", k["dt"]),
          line("Allocated social worker", k["sw"]), line("Living with", k["carer"])]

    h.append("<h2>Section 2 of 7: PEP meeting</h2>")
    h += [line("PEP term", k["term"]), line("Date of PEP meeting (dd/mm/yyyy)", k["meeting"]),
          line("Who attended (tick all that apply)", k["attended"])]

    h.append("<h2>Section 3 of 7: Attendance and inclusion</h2>")
    h += [line("Attendance % (year to date)", k["attendance"]),
          line("Attendance figure taken from", k["att_source"]),
          line("Number of sessions missed", k["sessions_missed"]),
          line("Suspensions this academic year", "0"), line("Is the child on a part-time timetable?", k["part_time"])]

    h.append("<h2>Section 4 of 7: Child's views</h2>")
    h.append('<p class="hint">Record the child\'s views in their own words where possible. Say how the views were gathered.</p>')
    h.append(long("How were the views gathered?", k["how_views"]))
    for q, a in k["voice"]:
        h.append(long(q, a))

    h.append("<h2>Section 5 of 7: Progress and previous targets</h2>")
    for q, a in k["progress"]:
        h.append(line(q, a))
    for i, (t, o) in enumerate(k["review"], 1):
        h.append('<div class="grp">' + line("Previous target %d" % i, t) + line("Previous target %d - outcome" % i, o) + "</div>")

    h.append("<h2>Section 6 of 7: New SMART targets</h2>")
    for i, (area, text, how, who, by) in enumerate(k["targets"], 1):
        h.append('<div class="grp">' + line("Target %d - Area" % i, area) + long("Target %d - Target" % i, text)
                 + line("Target %d - How will we know?" % i, how) + line("Target %d - Who will support?" % i, who)
                 + line("Target %d - Review by" % i, by) + "</div>")

    h.append("<h2>Section 7 of 7: Pupil Premium Plus (PP+) request</h2>")
    h.append('<p class="hint">Each funding item must be linked to a target in Section 6.</p>')
    for i, (desc, link, cost, _, _) in enumerate(k["spend"], 1):
        h.append('<div class="grp">' + long("Funding item %d - Description" % i, desc)
                 + line("Funding item %d - Linked target" % i, link)
                 + line("Funding item %d - Cost (&pound;)" % i, cost).replace("&amp;pound;", "&pound;") + "</div>")
    h.append(line("Total PP+ requested (£)", k["total"]))
    h.append(line("Attachments", "%s (%s/Attachments?ref=%s&fileId=88321)" % (k["attachments"], BASE, k["ref"])))
    h.append(line("Declaration: the information in this PEP is accurate", "[x] Yes" if k["submitted"] else "[ ] Yes"))
    h.append(line("Submitted by", k["submitted_by"]))
    h.append(line("Date submitted", k["submitted"]))
    h.append("</body></html>")
    html_to_pdf("\n".join(h), path)


def build(out_dir):
    for k in KIDS:
        fn = "%s-%d.pdf" % (LAYOUT, k["n"])
        render(k, os.path.join(out_dir, fn))
        areas = [t[0] for t in k["targets"]]
        write_truth(
            out_dir, LAYOUT, fn, inspired_by=INSPIRED,
            quirks=["browser print: timestamp header, long URL footer, page x/y",
                    "Label: value one per line; long values on the line below",
                    "first name and surname in separate fields; full name only in the print header",
                    "preferred name beside the legal name", "ISO dates from date pickers mixed with typed dd/mm/yyyy",
                    "repeated field groups 'Target 1 - ...', 'Funding item 1 - ...'", "literal N/A answers"],
            child_name="%s %s" % (k["first"], k["surname"]), child_first_name=k["first"],
            school=k["school"], year_group=k["year_n"], meeting_date=k["meeting_iso"],
            completed_date=k["completed_iso"], attendance_percent=k["attendance_n"],
            pupil_voice=[a for _, a in k["voice"] if a != "N/A"],
            targets=[{"text": t[1], "area": t[0]} for t in k["targets"]],
            english_target=any(a in ("Reading", "Writing", "English") for a in areas),
            maths_target="Maths" in areas,
            pp_spend=[{"description": d, "cost": c, "target": t} for d, _, _, c, t in k["spend"]],
            pp_requested=k["total_n"])


if __name__ == "__main__":
    main(build)
