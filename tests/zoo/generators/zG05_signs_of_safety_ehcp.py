"""zG05: primary PEP 'record of discussion' for a child with an EHCP (PDF).

The meeting runs on three signs-of-safety questions in a three-column grid with contributions tagged by
speaker; the child's quotes sit inside the grid and in an app statement; SMART targets are written
as vertical S/M/A/R/T blocks; attendance appears inside the narrative grid.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_G import html_to_pdf, esc, write_truth, main  # noqa: E402

LAYOUT = "zG05-signs-of-safety-ehcp"
INSPIRED = "real-forms.md entries 19, 24, 15"
QUIRKS = ["three-column 'working well / worried about / needs to happen' grid instead of sections",
          "contributions tagged by speaker initials; child's quotes mixed with adults' points",
          "attendance figure written inside the 'working well' column",
          "voice also from an app statement with its own date",
          "SMART targets as S/M/A/R/T row blocks; target text is the S row",
          "EHCP provision excluded from PP+ with a note", "'Our Children' instead of children in care"]

CSS = """
@page { size: A4 landscape; margin: 12mm; @bottom-left { content: "Castlebrook Virtual School - PEP record of discussion"; font-size: 7pt; }
        @bottom-right { content: counter(page) "/" counter(pages); font-size: 7pt; } }
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 8.8pt; }
h1 { font-size: 14pt; margin: 0; color: #4b2a78; }
h2 { font-size: 10.5pt; color: #4b2a78; border-bottom: 1.5pt solid #4b2a78; margin: 12px 0 4px 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.6pt solid #888; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #e8e0f3; }
.w { background: #e7f4e4; } .x { background: #fbe5e1; } .n { background: #e3eefb; }
ul { margin: 0; padding-left: 12px; } li { margin-bottom: 3px; }
.smart td.k { width: 22%; font-weight: bold; background: #f4f0f9; }
.tgt { page-break-inside: avoid; margin-bottom: 6px; }
.note { font-size: 7.5pt; font-style: italic; }
"""

CHILDREN = [
    dict(
        stem=LAYOUT + "-1", name="Ellis Farrant-Oduya", dob="09/05/2014", year="Year 6",
        school="Harrowgate Lane Primary School", base="Enhanced Resource Base (ASC)",
        ehcp="Yes - primary need autism (ASC); annual review due 04/02/2026", met="03.12.2025",
        people="Ellis (first 15 minutes); Mrs K. Lindqvist (DT, chair); Mr O. Brennan (carer); "
               "Priya Sandhu (SW); Mr T. Webb (VS teacher); Mrs A. Cole (SENCo)",
        well=["Attendance this year: 97.9% (no suspensions) (DT)",
              "\"I like the quiet room because nobody shouts.\" (Ellis)",
              "Reading has improved since the spring - now reads chapter books at home (carer)",
              "Lego club every Thursday; has one close friend, Sami (DT)"],
        worry=["\"Secondary school is massive and I might get lost.\" (Ellis)",
               "Inference questions in reading - answers are very literal (DT)",
               "Word problems in maths, especially money (SENCo)",
               "Meltdowns after school on PE days (carer)"],
        need=["Transition visits to Kingsmead Secondary before Easter (VS/DT)",
              "Targeted reading inference work (DT)",
              "Maths: EHCP-funded TA support continues (SENCo)"],
        app_date="28/11/2025",
        app=["I want to take my Lego club to big school.", "Tell my new teachers I need a quiet place."],
        targets=[("Ellis will answer inference questions about a short text, getting 6 out of 10 right on the weekly check "
                  "by the spring PEP", "Weekly 10-question check recorded by TA", "TA (Mrs Hussain), 3 x 15 minutes",
                  "Ellis told us reading questions 'trick' him", "Spring PEP (March 2026)", "English"),
                 ("Ellis will solve two-step word problems involving money using a bar model, independently in 4 of 5 "
                  "maths lessons", "Maths book and teacher record", "Class teacher; EHCP TA", "Money is in his EHCP "
                  "outcomes and matters for independence", "February half-term 2026", "Maths"),
                 ("Ellis will visit Kingsmead Secondary three times with his TA and make a photo book of the places he "
                  "will go", "Photo book completed", "TA; Kingsmead SENCo", "Ellis is worried about getting lost",
                  "Before Easter 2026", "Transition")],
        spend=[("Precision teaching for reading inference, TA 3 x 15 minutes weekly for 12 weeks", "1", "£270.00", 270.0),
               ("TA cover for three transition visits (3 x half day at £65)", "3", "£195.00", 195.0)],
        total="£465.00", spend_note="Maths support is provided through the EHCP and is not funded from PP+.",
        written="Record written up and PEP completed by Mrs K. Lindqvist (DT) on 8 December 2025.",
        truth=dict(child_name="Ellis Farrant-Oduya", child_first_name="Ellis", school="Harrowgate Lane Primary School",
                   year_group=6, meeting_date="2025-12-03", completed_date="2025-12-08", attendance_percent=97.9,
                   pupil_voice=["I like the quiet room because nobody shouts.",
                                "Secondary school is massive and I might get lost.",
                                "I want to take my Lego club to big school.",
                                "Tell my new teachers I need a quiet place."],
                   english_target=True, maths_target=True, pp_requested=465.0),
    ),
    dict(
        stem=LAYOUT + "-2", name="Maisie-Rae Holt", dob="17/02/2016", year="Year 5",
        school="Fernside Primary School", base="Mainstream class with 1:1 support",
        ehcp="Yes - primary need SEMH; speech and language secondary", met="10/12/2025",
        people="Mrs D. Farouk (DT, chair); Ms H. Grant (carer); Lee Moss (SW); Mrs A. Cole (SENCo)",
        well=["Settled with new carer since September (SW)", "Enjoys art and the school choir (DT)",
              "Phonics gaps closing - now reading book band 9 (DT)"],
        worry=["Attendance: awaiting figures from the school office (DT)", "Friendship fall-outs at lunch (carer)",
               "Writing stamina - stops after two lines (DT)"],
        need=["Writing support and a plan for lunchtimes (DT)", "SALT review (SENCo)"],
        app_date="",
        app=["No statement received through MyVoice this term."],
        targets=[("Maisie-Rae will write five sentences on one topic using a word mat, in three pieces of work by the "
                  "spring PEP", "Writing book", "Class TA", "Writing is her biggest barrier", "Spring PEP", "English"),
                 ("Maisie-Rae will use the lunchtime 'calm club' twice a week and tell an adult when a fall-out happens",
                  "Calm club log", "Learning mentor", "Fewer lunchtime incidents", "Spring PEP", "Wellbeing")],
        spend=[("Writing intervention, 2 x 20 minutes weekly", "1", "£160.00", 160.0),
               ("Art therapy taster block", "", "£240.00", 240.0)],
        total="£400.00", spend_note="",
        written="Record written up and PEP completed by Mrs D. Farouk (DT) on 16/12/2025.",
        truth=dict(child_name="Maisie-Rae Holt", child_first_name="Maisie-Rae", school="Fernside Primary School",
                   year_group=5, meeting_date="2025-12-10", completed_date="2025-12-16", attendance_percent=None,
                   pupil_voice=[], english_target=True, maths_target=False, pp_requested=400.0),
    ),
]


def ul(items):
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def build_one(out_dir, c):
    h = [f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"]
    h.append("<h1>Personal Education Plan - Record of Discussion</h1>")
    h.append("<p class='note'>Castlebrook Virtual School for Our Children. Please talk, do not go through the PEP "
             "as a form during the meeting: use the three questions and write the record afterwards.</p>")
    h.append("<table><tr><th>Name</th><th>Date of birth</th><th>Year</th><th>School</th><th>Provision</th>"
             "<th>EHCP?</th><th>Date we met</th></tr>"
             f"<tr><td style='white-space:nowrap'>{esc(c['name'])}</td><td>{esc(c['dob'])}</td><td>{esc(c['year'])}</td><td>{esc(c['school'])}</td>"
             f"<td>{esc(c['base'])}</td><td>{esc(c['ehcp'])}</td><td>{esc(c['met'])}</td></tr></table>")
    h.append(f"<p><b>Who was there:</b> {esc(c['people'])}</p>")
    h.append("<h2>1. The three questions</h2>")
    h.append("<table><tr><th class='w'>What is working well?</th><th class='x'>What are we worried about?</th>"
             "<th class='n'>What needs to happen?</th></tr>"
             f"<tr><td class='w'>{ul(c['well'])}</td><td class='x'>{ul(c['worry'])}</td>"
             f"<td class='n'>{ul(c['need'])}</td></tr></table>")
    label = f"sent through the MyVoice app on {c['app_date']}" if c["app_date"] else "MyVoice app"
    h.append(f"<h2>2. {esc(c['name'].split()[0])}'s own words ({esc(label)})</h2>")
    h.append(ul(c["app"]))
    h.append("<h2>3. SMART targets (from 'what needs to happen')</h2>")
    for i, t in enumerate(c["targets"], 1):
        h.append(f"<div class='tgt'><b>Target {i} - {esc(t[5])}</b><table class='smart'>"
                 f"<tr><td class='k'>S - what exactly?</td><td>{esc(t[0])}</td></tr>"
                 f"<tr><td class='k'>M - how will we measure it?</td><td>{esc(t[1])}</td></tr>"
                 f"<tr><td class='k'>A - who helps, how often?</td><td>{esc(t[2])}</td></tr>"
                 f"<tr><td class='k'>R - why it matters to the child</td><td>{esc(t[3])}</td></tr>"
                 f"<tr><td class='k'>T - by when?</td><td>{esc(t[4])}</td></tr></table></div>")
    h.append("<h2>4. PP+ plan</h2>")
    rows = "".join(f"<tr><td>{esc(s[0])}</td><td>{esc(s[1])}</td><td>{esc(s[2])}</td></tr>" for s in c["spend"])
    h.append(f"<table><tr><th>What</th><th>Which target</th><th>Cost</th></tr>{rows}"
             f"<tr><td><b>PP+ requested</b></td><td></td><td><b>{esc(c['total'])}</b></td></tr></table>")
    if c["spend_note"]:
        h.append(f"<p class='note'>{esc(c['spend_note'])}</p>")
    h.append(f"<h2>5. Write-up</h2><p>{esc(c['written'])}</p><p>Next PEP: spring term, date to be set with carer.</p>")
    h.append("</body></html>")
    html_to_pdf("".join(h), os.path.join(out_dir, c["stem"] + ".pdf"))

    tr = dict(c["truth"])
    tr["targets"] = [{"text": t[0], "area": t[5]} for t in c["targets"]]
    tr["pp_spend"] = [{"description": s[0], "cost": s[3], "target": int(s[1]) if s[1] else None} for s in c["spend"]]
    write_truth(out_dir, c["stem"], "pdf", LAYOUT, INSPIRED, QUIRKS, tr)


def build(out_dir):
    for c in CHILDREN:
        build_one(out_dir, c)


if __name__ == "__main__":
    main(build)
