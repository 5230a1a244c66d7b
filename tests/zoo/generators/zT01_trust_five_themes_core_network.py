"""zT01: Northern Ireland style primary PEP built around five themes (no section numbers), a 'Core Network
Around the Child' table where highlighting marks who must be invited, Trust not LA. Entries 26 + 14."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_T import *
from docx.enum.text import WD_COLOR_INDEX

LAYOUT = "zT01-trust-five-themes-core-network"
INSPIRED = "real-forms.md entries 26, 14"
QUIRKS = ["five themes instead of numbered sections", "'Trust' instead of local authority",
          "'Core Network Around the Child' table; yellow highlighting marks who must be invited",
          "NI class names (P5) with NCY equivalent", "child's words in a 'What Niamh told us' column of each theme table",
          "no PP+ section (NI form)"]

V1 = dict(
    voice={"care": "I like living with Auntie Bronagh because she does my hair for school.",
           "edu": "Mr Kerr lets me sit near the front so I can see the board.",
           "emo": "Sometimes I feel wobbly on Mondays after I see Mummy.",
           "learn": "I am good at spelling but the times tables are hard and I get mixed up with 7s and 8s.",
           "play": "I want to keep going to camogie on Saturdays."},
    targets=[("Niamh will recall the 7 and 8 times tables in a 2-minute mixed quiz with at least 18 out of 20 correct by the February review", "Maths", "Mr Kerr and classroom assistant, 10 minutes daily"),
             ("Niamh will read a P5 levelled book aloud with fewer than 5 errors a page and answer 3 inference questions about it by 12 February 2027", "Reading", "Mrs Doherty (reading partner), 3 x 15 minutes a week"),
             ("Niamh will use her 'Monday check-in' card with Mrs Quinn each Monday morning and say how she is feeling on the feelings scale", "Emotional health", "Mrs Quinn (pastoral care)")],
    attendance="97.2%", signed="2026-10-15", maths=True)
V2 = dict(
    voice={k: "" for k in ("care", "edu", "emo", "learn", "play")},
    targets=[("Niamh will read a P5 levelled book aloud with fewer than 5 errors a page and answer 3 inference questions about it by 12 February 2027", "Reading", "Mrs Doherty (reading partner), 3 x 15 minutes a week"),
             ("Niamh will use her 'Monday check-in' card with Mrs Quinn each Monday morning and say how she is feeling on the feelings scale", "Emotional health", "Mrs Quinn (pastoral care)")],
    attendance="97.2%", signed=None, maths=False)


def make(out, n, v):
    doc = new_doc("Calibri", 10.5)
    header_footer(doc, "Western Health and Social Care Trust  |  Looked After Children  |  OFFICIAL-SENSITIVE",
                  "PEP (Primary) - revised format. Section 2 is sent out by the child's social worker before the meeting.")
    para(doc, "PERSONAL EDUCATION PLAN (PRIMARY)", bold=True, size=15)
    para(doc, "Education Authority / Western Health and Social Care Trust", italic=True)
    table(doc, [["Child's name", "Niamh Corrigan", "Date of birth", "22/03/2018"],
                ["School", "St Colmcille's Primary School, Drumaghy", "Class", "P5 (NCY Year 4)"],
                ["Date of PEP meeting", fmt("2026-10-08", "long"), "Trust", "Western HSC Trust"],
                ["Social worker", "Ciara Devlin", "Designated teacher", "Mr Declan Kerr"]], bold_first_col=True)
    para(doc, "")
    para(doc, "Core Network Around the Child", bold=True, size=12)
    para(doc, "Those highlighted must be invited to every PEP meeting.", italic=True, size=9)
    net = [["Name", "Role", "Invited", "Attended"],
           ["Niamh Corrigan", "Child", "Yes", "Yes (first 20 minutes)"],
           ["Bronagh McAleer", "Kinship carer", "Yes", "Yes"],
           ["Ciara Devlin", "Social worker", "Yes", "Yes"],
           ["Declan Kerr", "Designated teacher / P5 teacher", "Yes", "Yes"],
           ["Orla Quinn", "Pastoral care co-ordinator", "Yes", "Yes"],
           ["Shane Corrigan", "Birth father (PR)", "Yes", "No - sent apologies"]]
    t = table(doc, net, header=True, fill="D9D9D9")
    for ri in (1, 2, 3, 4):
        for c in t.rows[ri].cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    themes = [("Care Arrangements", "care", "Kinship placement with maternal aunt since April 2025. Family time with mum fortnightly on Sundays, supervised.", "Carer to share family time calendar with school each half term."),
              ("Educational Arrangements", "edu", f"Full-time in P5. Attendance this year to date: {v['attendance']} (2 sessions missed for a dental appointment). No suspensions.", "Continue seating plan; reading partner in place."),
              ("Emotional Health and Wellbeing", "emo", "Can be unsettled on Monday mornings after weekend family time. SDQ (carer) 12.", "Monday check-in with Mrs Quinn."),
              ("Learn and Achieve", "learn", "Working at the expected level in literacy; below expected in numeracy (multiplication facts).", "See learning targets below."),
              ("Play and Leisure", "play", "Plays camogie with the local club; enjoys drama club on Thursdays.", "Carer to keep camogie going; school to offer a part in the P5 assembly.")]
    for title, key, adult, action in themes:
        para(doc, "")
        para(doc, title.upper(), bold=True, size=12, color="1F4E79")
        table(doc, [["What Niamh told us", "What the adults said", "What we agreed"],
                    [v["voice"][key], adult, action]], header=True, fill="DEEAF6")
        if key == "learn":
            para(doc, "Learning targets for this term", bold=True)
            rows = [["", "Target", "Area", "Who will help and how often"]]
            for i, (tx, area, who) in enumerate(v["targets"], 1):
                rows.append([str(i), tx, area, who])
            table(doc, rows, header=True, fill="DEEAF6")
    para(doc, "")
    para(doc, "Agreement", bold=True, size=12)
    table(doc, [["Designated teacher signature", "D. Kerr", "Date", fmt(v["signed"], "slash") if v["signed"] else ""],
                ["Social worker signature", "C. Devlin", "Date", ""],
                ["Next PEP", "Spring term 2027 (week beginning 8 February)", "", ""]], bold_first_col=True)
    path = write_truth(out, LAYOUT, n, "docx", INSPIRED, QUIRKS + ([] if n == 1 else [
        "GAPS: every 'What Niamh told us' cell is empty; no numeracy/maths target; designated teacher's sign-off date blank"]),
        child_name="Niamh Corrigan", child_first_name="Niamh", school="St Colmcille's Primary School, Drumaghy",
        year_group=4, meeting_date="2026-10-08", completed_date=v["signed"], attendance_percent=97.2,
        pupil_voice=[s for s in v["voice"].values() if s],
        targets=[{"text": tx, "area": area} for tx, area, _ in v["targets"]],
        english_target=True, maths_target=v["maths"], pp_spend=[], pp_requested=None)
    doc.save(path)


def build(out_dir):
    make(out_dir, 1, V1)
    make(out_dir, 2, V2)


if __name__ == "__main__":
    main(build)
