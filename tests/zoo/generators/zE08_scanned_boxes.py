"""zE08: a handwritten-style paper form made to look scanned, but text-based (PDF).

Invented authority: Greywater Borough Council, "PEP FORM B - SECONDARY (KS3/KS4) Rev. 04/2019".
Text-based PDF made to look scanned: tinted page, printed labels in small capitals,
pen-coloured values inside drawn boxes, circle-one options (the circled one has a ring),
tick boxes, and a scanner batch line with its own date in every footer."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_E import write_truth, main, html_to_pdf, esc  # noqa: E402

LAYOUT = "zE08-scanned-boxes"
INSPIRED = "real-forms.md entries 6 (tick strip, date strip), 8 (circle one NCY, printed option lists), 13 (please circle results, tick box), 7 (numbered blanks)"

KIDS = [
    dict(
        n=1, name="Harvey Oduya", first="Harvey", dob="11/02/2013", year=8, written_year="Yr 8 (tutor 8KW)",
        school="Linnet Lane Academy", legal="S31", placement="Foster care - Greywater fostering",
        sw="Bethan Lloyd-Hughes", meeting="25/11/2025", meeting_iso="2025-11-25", first_pep=False,
        attendees=[("Mrs P. Greenhalgh", "DT"), ("B. Lloyd-Hughes", "SW"), ("Carol Mbeki", "Foster carer"), ("Harvey", "Pupil")],
        att="93.5 %", att_n=93.5, att_last="90.1 %", excl="None", behaviour="12 positive points, 2 behaviour points",
        voice=[("What's going well", "Science because we do experiments and I sit next to Caleb."),
               ("What's hard", "English when we have to write a lot. I don't know how to start."),
               ("What I want to change", "I want to stop getting detentions for not having my planner."),
               ("My goal for this year", "Get into the top set for maths.")],
        attain=[("English", "98", "Developing", "Secure"), ("Maths", "104", "Secure", "Secure+"),
                ("Science", "-", "Secure", "Secure")],
        review=[("Harvey to bring his planner every day", "Partly"), ("Harvey to read 3 times a week at home", "Met")],
        targets=[("English", "Harvey will use paragraphs and at least 3 different sentence openers in his assessed writing, moving from working towards to secure on the school writing scale by Easter.",
                  "English teacher + Mrs Greenhalgh", "Easter 2026"),
                 ("Maths", "Harvey will complete 20 minutes of online maths practice 3 times a week and score at least 70% on the fractions unit test in February.",
                  "Maths tutor (PP+)", "Feb 2026"),
                 ("Personal", "Harvey will go to chess club every Thursday and bring one friend by the spring PEP.",
                  "Mr Adeyemi (club lead)", "Spring PEP")],
        spend=[("Reading comprehension software licence for home (1 year)", "1", "90", 90.0, 1),
               ("Maths tutor 1:1, 10 x 30 mins", "2", "250", 250.0, 2),
               ("Chess club membership and a chess set for home", "3", "60", 60.0, 3)],
        total="400", total_n=400.0,
        dt_sig="P. Greenhalgh", dt_date="28.11.25", completed_iso="2025-11-28", sw_date="",
        batch="Scan batch VS-0412 - 04/12/2025 09:14",
    ),
    dict(
        n=2, name="Tiana Moss", first="Tiana", dob="03/10/2010", year=10, written_year="Year 10",
        school="Greywater High School", legal="S20", placement="Residential (Ashdown House)",
        sw="Kieran Doyle", meeting="14/01/2026", meeting_iso="2026-01-14", first_pep=True,
        attendees=[("Mr S. Lowry", "DT"), ("K. Doyle", "SW"), ("Tiana", "Pupil")],
        att="", att_n=None, att_last="", excl="1 x 2 days (Dec)", behaviour="",
        voice=[("What's going well", "Art and my new key worker."),
               ("What's hard", "Getting up. Maths."),
               ("What I want to change", ""), ("My goal for this year", "Pass my GCSEs")],
        attain=[("English", "-", "4", "5"), ("Maths", "-", "3", "4"), ("Art", "-", "5", "6")],
        review=[("First PEP at this school - no previous targets", "-")],
        targets=[("English", "Tiana will write three full-length English Language Paper 1 answers under timed conditions before the March mock.",
                  "English teacher", "March 2026"),
                 ("Maths", "Tiana will attend the Year 10 maths catch-up group on Mondays and Wednesdays until Easter and get at least 60% in the algebra test.",
                  "Maths department", "Easter")],
        spend=[("English revision guide and workbook", "1", "", None, 1),
               ("Art materials for GCSE coursework at Ashdown House", "-", "45", 45.0, None)],
        total="", total_n=None,
        dt_sig="S. Lowry", dt_date="21/01/2026", completed_iso="2026-01-21", sw_date="",
        batch="Scan batch VS-0587 - 30/01/2026 14:02",
    ),
]

CSS = """
@page { size: A4; margin: 12mm 12mm 16mm 12mm; background: #efede6;
  @bottom-left { content: "%(batch)s - page " counter(page) "/" counter(pages); font: 6.5pt DejaVu Sans Mono; color: #666; }
  @bottom-right { content: "GBC/VS/PEP-B Rev. 04/2019"; font: 6.5pt DejaVu Sans; color: #444; } }
body { font-family: DejaVu Sans; font-size: 8pt; color: #262626; }
.top { border: 2px solid #333; padding: 4px 6px; margin-bottom: 5px; }
.top b { font-size: 13pt; }
.sec { border: 1.5px solid #333; margin: 5px 0; padding: 3px 5px 5px 5px; break-inside: avoid; }
.sec > .t { font-weight: bold; font-size: 8.5pt; background: #d8d5cc; margin: -3px -5px 3px -5px; padding: 2px 5px; }
.lab { text-transform: uppercase; font-size: 6.8pt; color: #333; margin-top: 3px; }
.box { border: 1px solid #555; min-height: 15px; padding: 2px 4px; margin: 1px 0 3px 0; background: #f7f6f1;
       font-family: DejaVu Serif; font-style: italic; font-size: 10pt; color: #1b3a8c; }
.tall { min-height: 30px; }
table { width: 100%%; border-collapse: collapse; } td, th { vertical-align: top; }
table.g td, table.g th { border: 1px solid #555; padding: 2px 3px; } table.g th { background: #e2dfd6; text-align: left; font-size: 7.5pt; }
table.g td.v { font-family: DejaVu Serif; font-style: italic; font-size: 9.5pt; color: #1b3a8c; }
.half { width: 50%%; padding: 0 3px; }
.ring { border: 1.5px solid #1b3a8c; border-radius: 9px; padding: 0 4px; }
.opt { margin-right: 9px; }
"""


def box(label, value, tall=False):
    return '<div class="lab">%s</div><div class="box%s">%s</div>' % (esc(label), " tall" if tall else "", esc(value))


def circle(options, chosen):
    return " ".join('<span class="opt%s">%s</span>' % (" ring" if o == chosen else "", esc(o)) for o in options)


def tick(on):
    return "\u2612" if on else "\u2610"


def gtable(header, rows, value_cols):
    h = "<table class='g'><tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in header)
    for r in rows:
        h += "<tr>%s</tr>" % "".join('<td%s>%s</td>' % (' class="v"' if i in value_cols else "", esc(v))
                                     for i, v in enumerate(r))
    return h + "</table>"


def render(k, path):
    h = ["<html><head><meta charset='utf-8'><style>%s</style></head><body>" % (CSS % {"batch": k["batch"]})]
    h.append('<div class="top"><b>GREYWATER BOROUGH COUNCIL</b> &nbsp; Virtual School for Children in Care<br>'
             "PEP FORM B - SECONDARY (KS3/KS4). Please write clearly in black or blue ink. "
             "Return the completed form to the Virtual School within 10 school days of the meeting.</div>")
    h.append('<div class="sec"><div class="t">1. PERSONAL DETAILS (social worker)</div>')
    h.append(box("Pupil's name", k["name"]) + box("Date of birth", k["dob"]))
    h.append('<div class="lab">School year (please circle)</div><div>%s</div>' % circle(["7", "8", "9", "10", "11"], str(k["year"])))
    h.append(box("Year / tutor group", k["written_year"]) + box("School attended", k["school"]))
    h.append('<div class="lab">Legal status (tick)</div><div>%s</div>'
             % " &nbsp; ".join("%s %s" % (tick(k["legal"] == s), s) for s in ["S20", "S31", "ICO", "Placement Order", "Other"]))
    h.append(box("Placement", k["placement"]) + box("Social worker", k["sw"]) + "</div>")

    h.append('<div class="sec"><div class="t">2. THE MEETING</div>')
    h.append(box("Date of PEP meeting", k["meeting"]))
    h.append('<div class="lab">Is this the first PEP at this school?</div><div>%s Yes &nbsp; %s No</div>'
             % (tick(k["first_pep"]), tick(not k["first_pep"])))
    h.append('<div class="lab">Present (name / role)</div>'
             + gtable(["Name", "Role"], k["attendees"] + [("", "")], {0, 1}) + "</div>")

    h.append('<div class="sec"><div class="t">3. ATTENDANCE AND BEHAVIOUR (designated teacher)</div>')
    h.append('<table><tr><td class="half">%s</td><td class="half">%s</td></tr></table>'
             % (box("Attendance this year %", k["att"]), box("Attendance last year %", k["att_last"])))
    h.append(box("Exclusions / suspensions this year", k["excl"]) + box("Behaviour / reward points this term", k["behaviour"]) + "</div>")

    h.append('<div class="sec"><div class="t">4. PUPIL VIEWS - to be written by the pupil if they wish</div><table>')
    v = k["voice"]
    for a, b in ((v[0], v[1]), (v[2], v[3])):
        h.append('<tr><td class="half">%s</td><td class="half">%s</td></tr>' % (box(a[0], a[1], True), box(b[0], b[1], True)))
    h.append("</table></div>")

    h.append('<div class="sec"><div class="t">5. ATTAINMENT</div>')
    h.append(gtable(["Subject", "KS2 scaled score", "Working at now", "End of year target"], k["attain"], {1, 2, 3}) + "</div>")

    h.append('<div class="sec"><div class="t">6. LAST PEP TARGETS - were they met? (Met / Partly / Not met)</div>')
    h.append(gtable(["Target", "Met?"], k["review"], {1}) + "</div>")

    h.append('<div class="sec"><div class="t">7. NEW TARGETS (at least one English and one maths)</div>')
    for i in range(3):
        if i < len(k["targets"]):
            area, text, who, by = k["targets"][i]
        else:
            area, text, who, by = "", "", "", ""
        h.append('<div class="lab">Target %d &nbsp; Subject / area:</div><div class="box">%s</div>' % (i + 1, esc(area)))
        h.append('<div class="box tall">%s</div>' % esc(text))
        h.append('<table><tr><td class="half">%s</td><td class="half">%s</td></tr></table>' % (box("Who will help", who), box("By when", by)))
    h.append("</div>")

    h.append('<div class="sec"><div class="t">8. PUPIL PREMIUM PLUS (PP+) - what will it be spent on?</div>')
    h.append(gtable(["Item / intervention", "Linked to target no.", "Cost £"],
                    [(d, l, c) for d, l, c, _, _ in k["spend"]] + [("", "", "")], {0, 1, 2}))
    h.append(box("Total PP+ requested £", k["total"]) + "</div>")

    h.append('<div class="sec"><div class="t">9. SIGNATURES</div>')
    h.append(gtable(["", "Signature", "Date"], [("Designated teacher", k["dt_sig"], k["dt_date"]),
                                              ("Social worker", "", k["sw_date"]), ("Pupil", k["first"], "")], {1, 2}))
    h.append("</div></body></html>")
    html_to_pdf("\n".join(h), path)


def build(out_dir):
    for k in KIDS:
        fn = "%s-%d.pdf" % (LAYOUT, k["n"])
        render(k, os.path.join(out_dir, fn))
        areas = [t[0] for t in k["targets"]]
        write_truth(
            out_dir, LAYOUT, fn, inspired_by=INSPIRED,
            quirks=["looks scanned: tinted page, pen-coloured values in boxes (text-based PDF)",
                    "value box below its label", "circle-one school year (ring drawn round the choice; year also written)",
                    "tick boxes as glyphs", "scanner batch line with its own date in every footer",
                    "side-by-side boxes", "blank spare rows and an empty third target box"],
            child_name=k["name"], child_first_name=k["first"], school=k["school"], year_group=k["year"],
            meeting_date=k["meeting_iso"], completed_date=k["completed_iso"], attendance_percent=k["att_n"],
            pupil_voice=[a for _, a in k["voice"] if a],
            targets=[{"text": t[1], "area": t[0]} for t in k["targets"]],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": d, "cost": c, "target": t} for d, _, _, c, t in k["spend"]],
            pp_requested=k["total_n"])


if __name__ == "__main__":
    main(build)
