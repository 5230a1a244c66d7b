"""zE04: early-years plan laid out like a two-column newsletter/brochure (PDF).

Invented authority: Pendlebrook Council Virtual School (Early Years). Masthead, short
"articles" in two newspaper columns (fact file, meeting, voice, keyworker notes),
then full-width tables for EYFS progress, next steps and EYPP."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_E import write_truth, main, html_to_pdf, esc  # noqa: E402

LAYOUT = "zE04-ey-brochure"
INSPIRED = "real-forms.md entries 16 (EY plan not called PEP, EYPP impact), 17 (EYPP linked to 'next steps'), 27 (ages in years and months), 9 (About Me prompts)"

KIDS = [
    dict(
        n=1, name="Ruby Castellanos", first="Ruby", dob="14/05/2022", age="3 years 5 months",
        setting="Little Acorns Day Nursery", room="Squirrels (pre-school room)", hours="30 hours (15 universal + 15 extended)",
        stage="Nursery (FS1) - due to start Reception in September 2026", edition="Autumn 2025",
        meeting="Tuesday 7 October 2025", meeting_iso="2025-10-07",
        present="Hollie Brand (keyworker); Saira Mirza (manager and designated person for children in care); "
                "Tom Eddery (social worker); Bernadette Quinn (foster carer); Alison Greaves (EY Virtual School)",
        voice_intro="Hollie wrote down what Ruby said while they looked at her learning journal together:",
        voice=["Me do the big slide!", "I like painting. Purple and more purple.", "Bernie picks me up."],
        notices="Ruby goes straight to the outdoor area and the bikes. She is starting to play alongside Maisie and "
                "copies her. She finds tidy-up time hard and sometimes hides under the table.",
        attendance="Ruby has attended 92% of her funded sessions since September (summer term: 85%).",
        att_n=92.0,
        last_steps=[("Ruby will say 20 single words", "Achieved - about 50 words and some 2-3 word phrases"),
                    ("Ruby will settle at drop-off within 10 minutes", "Achieved")],
        progress=[("Communication and Language", "Not yet on track", "Moving closer"),
                  ("Personal, Social and Emotional Development", "Not yet on track", "Same"),
                  ("Physical Development", "On track", "Same"),
                  ("Literacy", "Not yet on track", "Moving closer"),
                  ("Mathematics", "On track", "Moving closer"),
                  ("Understanding the World", "On track", "Same"),
                  ("Expressive Arts and Design", "On track", "Same")],
        steps=[("Communication and Language", "Ruby will use sentences of 4-6 words to tell an adult what she wants during snack and play, on most days by the February PEP.",
                "WellComm activities with Hollie", "Feb 2026"),
               ("Literacy", "Ruby will join in with the repeated refrains in 3 familiar stories during group story time by February half-term.",
                "Daily story time; same books at home", "Feb 2026"),
               ("Mathematics", "Ruby will count up to 5 objects, touching each one, and say how many there are, in 4 out of 5 adult-led activities by February half-term.",
                "Counting in play, number songs", "Feb 2026"),
               ("Personal, Social and Emotional Development", "Ruby will take turns with one friend in a short game with adult support, waiting for her turn 3 times, by the spring PEP.",
                "Small-group games with keyworker", "Spring PEP")],
        eypp=[("NS1", "WellComm small-group language sessions with keyworker, 2 x 15 mins weekly for 10 weeks", "£120.00", 120.0, 1),
              ("NS3", "Number songs and counting resources pack for home and setting", "£45.00", 45.0, 3),
              ("NS4", "Extra keyworker time for turn-taking games, 1 hour a week", "£135.00", 135.0, 4)],
        eypp_total="Total EYPP requested: £300", eypp_total_n=300.0,
        signed="Plan finalised by setting: 14/10/2025 (S. Mirza)", completed_iso="2025-10-14",
        next_meet="Next meeting: February 2026 (date to be set by EY Virtual School)",
    ),
    dict(
        n=2, name="Alfie Brennan", first="Alfie", dob="02/12/2022", age="2 years 11 months",
        setting="Rainbow Steps Nursery & Pre-School", room="Tweenies (2-3s)", hours="15 hours (2-year-old funding)",
        stage="Nursery (2-year-old funded place)", edition="Autumn 2025",
        meeting="Thursday 13 November 2025", meeting_iso="2025-11-13",
        present="Dani Loughlin (keyworker); Tom Eddery (social worker); Jade Akers (foster carer)",
        voice_intro="Alfie has a few words. Dani noted what he said during play:",
        voice=["Car! Car go!", "More bubbles"],
        notices="Alfie loves the cars and the water tray. He is wary of new adults and holds on to Dani's leg at "
                "arrival. He is using single words and some signs (more, finished).",
        attendance="Attendance: not provided by setting at time of meeting.", att_n=None,
        last_steps=[("First EY plan - no previous next steps", "-")],
        progress=[("Communication and Language", "Not yet on track", "-"),
                  ("Personal, Social and Emotional Development", "Not yet on track", "-"),
                  ("Physical Development", "On track", "-")],
        steps=[("Communication and Language", "Alfie will use 10 single words or signs to ask for things at snack time by the next plan meeting in February.",
                "Keyworker models words and Makaton signs", "Feb 2026"),
               ("Personal, Social and Emotional Development", "Alfie will separate from his carer at the door and settle with Dani within 5 minutes on 4 out of 5 mornings by Christmas.",
                "Same greeting routine, transition object", "Dec 2025"),
               ("Physical Development", "Alfie will climb the steps of the small slide on his own.",
                "Outdoor play", "-")],
        eypp=[("NS1", "Makaton training for keyworker (half day)", "£95.00", 95.0, 1),
              ("", "Sensory toys for the Tweenies room", "£80.00", 80.0, None)],
        eypp_total="Total EYPP requested: £175", eypp_total_n=175.0,
        signed="Plan finalised by setting: 21/11/2025", completed_iso="2025-11-21",
        next_meet="Next meeting: February 2026",
    ),
]

CSS = """
@page { size: A4; margin: 14mm 13mm 16mm 13mm;
  @bottom-center { content: "Pendlebrook Virtual School - Early Years Education Plan - page " counter(page);
                   font: 7pt DejaVu Sans; color: #777; } }
body { font-family: DejaVu Serif; font-size: 9.5pt; color: #1d1d1d; }
.mast { background: #7a2e6b; color: #fff; padding: 8px 12px; }
.mast .kicker { font-family: DejaVu Sans; font-size: 8pt; letter-spacing: 1px; }
.mast h1 { margin: 2px 0 0 0; font-size: 22pt; }
.sub { font-family: DejaVu Sans; font-size: 9pt; color: #7a2e6b; margin: 4px 0 8px 0; }
.cols { column-count: 2; column-gap: 10mm; }
.art { break-inside: avoid; margin-bottom: 8px; }
h3 { font-family: DejaVu Sans; font-size: 10.5pt; color: #7a2e6b; margin: 4px 0 3px 0;
     border-bottom: 2px solid #e5c8df; }
.fact { background: #f6ecf4; padding: 5px 7px; }
.fact p { margin: 1px 0; }
blockquote { margin: 3px 0 3px 8px; font-style: italic; font-size: 11pt; color: #5a1f4f; }
table { width: 100%; border-collapse: collapse; margin: 4px 0 8px 0; font-family: DejaVu Sans; font-size: 8.5pt; }
th { background: #7a2e6b; color: #fff; text-align: left; padding: 3px; border: 1px solid #7a2e6b; }
td { border: 1px solid #c9a6c1; padding: 3px; vertical-align: top; }
tr { break-inside: avoid; }
h2 { font-family: DejaVu Sans; font-size: 12pt; color: #7a2e6b; margin: 8px 0 2px 0; }
"""


def table(header, rows):
    h = "<table><tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in header)
    for r in rows:
        h += "<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in r)
    return h + "</table>"


def render(k, path):
    f = k["first"]
    h = ["<html><head><meta charset='utf-8'><style>%s</style></head><body>" % CSS]
    h.append('<div class="mast"><div class="kicker">PENDLEBROOK VIRTUAL SCHOOL &middot; EARLY YEARS &middot; %s EDITION</div>'
             "<h1>%s's Learning Plan</h1></div>" % (esc(k["edition"].upper()), esc(f)))
    h.append('<p class="sub">Early Years Education Plan (EYEP) for children in care aged 2 to 5 - '
             "the setting completes this with the keyworker, carer and social worker.</p>")
    h.append('<div class="cols">')
    h.append('<div class="art fact"><h3>Fact file</h3>'
             + "".join("<p><b>%s</b> %s</p>" % (esc(a), esc(b)) for a, b in [
                 ("Name:", k["name"]), ("Date of birth:", k["dob"]), ("Age:", k["age"]),
                 ("Setting:", k["setting"]), ("Room:", k["room"]), ("Funded hours:", k["hours"]),
                 ("Stage:", k["stage"])]) + "</div>")
    h.append('<div class="art"><h3>Our meeting</h3><p>We met on %s at %s.</p><p>Who came: %s.</p></div>'
             % (esc(k["meeting"]), esc(k["setting"]), esc(k["present"])))
    h.append('<div class="art"><h3>In %s\'s words</h3><p>%s</p>%s</div>'
             % (esc(f), esc(k["voice_intro"]), "".join("<blockquote>&ldquo;%s&rdquo;</blockquote>" % esc(v) for v in k["voice"])))
    h.append('<div class="art"><h3>What my keyworker notices</h3><p>%s</p></div>' % esc(k["notices"]))
    h.append('<div class="art"><h3>Coming to nursery</h3><p>%s</p></div>' % esc(k["attendance"]))
    h.append('<div class="art"><h3>Last time\'s next steps</h3>%s</div>'
             % "".join("<p>&bull; %s: <i>%s</i></p>" % (esc(a), esc(b)) for a, b in k["last_steps"]))
    h.append("</div>")
    h.append("<h2>How %s is doing (EYFS, Development Matters)</h2>" % esc(f))
    h.append(table(["Area of learning", "Now", "Since last plan"], k["progress"]))
    h.append("<h2>%s's next steps</h2>" % esc(f))
    h.append(table(["NS", "Area", "Next step", "How we will help", "By"],
                   [("NS%d" % i, a, t, how, by) for i, (a, t, how, by) in enumerate(k["steps"], 1)]))
    h.append("<h2>Early Years Pupil Premium (EYPP)</h2>")
    h.append("<p style='font-family:DejaVu Sans;font-size:8.5pt'>Each EYPP item should link to a next step above.</p>")
    h.append(table(["Next step", "What EYPP will pay for", "Cost"], [(a, b, c) for a, b, c, _, _ in k["eypp"]]))
    h.append("<p><b>%s</b></p>" % esc(k["eypp_total"]))
    h.append('<div class="cols"><div class="art"><h3>Sign-off</h3><p>%s</p></div>'
             '<div class="art"><h3>What happens next</h3><p>%s</p></div></div>' % (esc(k["signed"]), esc(k["next_meet"])))
    h.append("</body></html>")
    html_to_pdf("\n".join(h), path)


def build(out_dir):
    for k in KIDS:
        fn = "%s-%d.pdf" % (LAYOUT, k["n"])
        render(k, os.path.join(out_dir, fn))
        areas = [a for a, _, _, _ in k["steps"]]
        write_truth(
            out_dir, LAYOUT, fn, inspired_by=INSPIRED,
            quirks=["two-column newsletter layout (columns interleave in plain text extraction)",
                    "plan not called a PEP; targets called next steps NS1..", "age in years and months",
                    "attendance as a sentence about funded sessions", "EYFS areas instead of English/maths",
                    "EYPP instead of PP+", "last plan's next steps reviewed beside new ones"],
            child_name=k["name"], child_first_name=k["first"], school=k["setting"], year_group=-1,
            meeting_date=k["meeting_iso"], completed_date=k["completed_iso"], attendance_percent=k["att_n"],
            pupil_voice=list(k["voice"]),
            targets=[{"text": t, "area": a} for a, t, _, _ in k["steps"]],
            english_target=any(a in ("Literacy", "Communication and Language") for a in areas),
            maths_target="Mathematics" in areas,
            pp_spend=[{"description": d, "cost": c, "target": t} for _, d, _, c, t in k["eypp"]],
            pp_requested=k["eypp_total_n"])


if __name__ == "__main__":
    main(build)
