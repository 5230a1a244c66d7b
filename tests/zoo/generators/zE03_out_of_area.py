"""zE03: PEP for a child placed out of authority, with both authorities' headers (DOCX).

Invented authorities: Kingsmere City Council (placing) and Cressbrook & Wendle Borough
Council (host). Child's name in the running header and footer, key facts in a
label/value grid with NESTED tables (professionals, attainment), EHCP outcomes
column beside the PEP targets."""
import os
import sys

from docx import Document
from docx.shared import Pt, Cm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_E import write_truth, main, shade, set_font, cell_text, page_field  # noqa: E402

LAYOUT = "zE03-out-of-area"
INSPIRED = "real-forms.md entries 1 (care information, who liaises with school), 26 (Core Network Around the Child), 13 (mixed numbering), 15 (SMART prompts)"

KIDS = [
    dict(
        n=1, name="Oliver Ntim", first="Oliver", dob="12/09/2014", year="Y6", year_n=6,
        school="Harrowgate Lane Primary School", term="Autumn 2025", meeting="18 November 2025",
        meeting_iso="2025-11-18", prev="10 July 2025 (at previous school, St Aldhelm's Primary, Kingsmere)",
        miles="74", sen="EHCP (issued by Kingsmere 03/2023; annual review due March 2026)",
        need="Autism (ASC) with speech, language and communication needs",
        legal="S31 Full Care Order", home="Foster home (Cressbrook) since June 2025",
        pros=[("Felicity Arkwright", "Designated Teacher / SENCo", "School", "01632 960 411"),
              ("Ben Oyelaran", "Social Worker", "Kingsmere", "07700 900 218"),
              ("Priya Chandran", "VS Adviser (host support)", "Cressbrook & Wendle", "01632 960 790"),
              ("Marcus Dell", "VS Caseworker", "Kingsmere", "0121 496 0113"),
              ("Jan & Steve Holloway", "Foster carers", "-", "07700 900 555")],
        att_year="97.2%", att_n=97.2, att_last="91.0% (St Aldhelm's)",
        attain=[("Reading", "WTS", "WTS+", "EXS"), ("Writing", "PKS", "WTS", "WTS"),
                ("Maths", "EXS", "EXS", "EXS"), ("GPS", "WTS", "WTS", "WTS")],
        voice_how="Oliver's views were gathered by his TA and SALT using visual symbols and a 'thumbs' scale on 12/11/25. His words:",
        voice=["I like the quiet room. It has the beanbag and the lights.",
               "Maths is good. I like the bus timetables ones.",
               "Writing makes my hand hurt.",
               "I want to go to a big school with Zac."],
        voice_empty=None,
        targets=[("Writing", "4. Communication: Oliver will express his ideas in writing using appropriate supports",
                  "Oliver will write three linked sentences about a picture, using a word bank and a sloping board, in 4 out of 5 literacy sessions by the end of January 2026.",
                  "Class teacher and TA, daily literacy", "30/01/2026"),
                 ("Maths", "2. Learning: Oliver will apply maths to real-life problems",
                  "Oliver will solve two-step word problems involving money and time (bus timetables) with 80% accuracy on the Year 6 arithmetic and reasoning papers by the spring PEP.",
                  "Maths lead, small group 3 x weekly", "Spring PEP"),
                 ("Transition", "5. Preparing for adulthood: Oliver will cope with changes of routine",
                  "Oliver will complete 4 enhanced transition visits to Cressbrook Academy with his TA and make a photo book of the school before Easter 2026.",
                  "TA / SENCo with Cressbrook Academy SENCo", "27/03/2026")],
        spend=[("1", "Touch-type Read and Spell licence and TA-led typing and handwriting practice, 3 x 20 mins weekly", "£275.00", 275.0, 1,
                "Sentences written independently (work sampling)"),
               ("3", "Extra TA time for transition visits (4 x half day) and printing of photo book", "£325.00", 325.0, 3,
                "Oliver can name his tutor and find 3 rooms")],
        total="£600.00", total_n=600.0,
        dt_date="19th November 2025", completed_iso="2025-11-19",
    ),
    dict(
        n=2, name="Summer Haldane", first="Summer", dob="27/02/2016", year="Y5", year_n=5,
        school="Marsh End Primary School", term="Spring 2026", meeting="4 February 2026",
        meeting_iso="2026-02-04", prev="25 September 2025",
        miles="112", sen="EHCP (issued by Kingsmere 09/2024)",
        need="Social, emotional and mental health (SEMH); sensory processing difficulties",
        legal="S20 Accommodated", home="Residential children's home (Cressbrook)",
        pros=[("Nadia Rahman", "Designated Teacher", "School", "01632 960 650"),
              ("Lewis Oakes", "Social Worker", "Kingsmere", "07700 900 731"),
              ("Priya Chandran", "VS Adviser (host support)", "Cressbrook & Wendle", "01632 960 790")],
        att_year="89.4%", att_n=89.4, att_last="93% (Marsh End, from Jan 2025)",
        attain=[("Reading", "WTS", "WTS", "WTS"), ("Writing", "WTS", "WTS", "WTS"),
                ("Maths", "PKS", "WTS", "WTS"), ("GPS", "PKS", "PKS", "WTS")],
        voice_how="",
        voice=[],
        voice_empty="Pupil views not collected this term as Summer was unwell on the day of the meeting.",
        targets=[("Maths", "2. Learning: Summer will build fluency in number",
                  "Summer will know number bonds to 100 and use them to add two 2-digit numbers mentally, 8 out of 10 correct in the weekly check by Easter 2026.",
                  "Maths TA, 4 x 15 mins weekly", "27/03/2026"),
                 ("Wellbeing", "1. Emotional regulation: Summer will recognise and manage her feelings",
                  "Summer will use her sensory break card to ask for a movement break instead of leaving class, on 4 out of 5 days by the summer PEP.",
                  "Class TA, OT programme", "Summer PEP"),
                 ("Friendships", "3. Social: Summer will build positive relationships",
                  "Summer will take part in the lunchtime Lego club twice a week with two named peers for the rest of spring term.",
                  "Learning mentor", "Easter")],
        spend=[("1", "Numicon at home pack and maths TA small group sessions", "£180.00", 180.0, 1, "Weekly check scores"),
               ("2", "Drawing and Talking therapy, 12 weekly sessions with trained practitioner", "£420.00", 420.0, 2, "Fewer exits from class (log)")],
        total="£600.00", total_n=600.0,
        dt_date="", completed_iso=None,
    ),
]


def kv(table, label, value, fill="E8EEF7"):
    cells = table.add_row().cells
    cell_text(cells[0], label, bold=True)
    shade(cells[0], fill)
    if value is not None:
        cell_text(cells[1], value)
    return cells


def head(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)


def header_footer(doc, k):
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hdr = sec.header
    ht = hdr.add_table(1, 2, Cm(17))
    cell_text(ht.cell(0, 0), "KINGSMERE CITY COUNCIL\nVirtual School (placing authority)", bold=True, size=8)
    cell_text(ht.cell(0, 1), "Cressbrook & Wendle Borough Council\nVirtual School - out-of-area support (host authority)", size=8)
    hp = hdr.paragraphs[0]
    hp.text = "PEP: %s  |  DOB %s  |  CONFIDENTIAL" % (k["name"].upper(), k["dob"])
    hdr._element.append(hp._p)  # move the name line below the authority table
    fp = sec.footer.paragraphs[0]
    fp.add_run("%s - Personal Education Plan - %s - Page " % (k["name"], k["term"]))
    page_field(fp)


def render(k, path):
    doc = Document()
    set_font(doc, "Arial", 9.5)
    header_footer(doc, k)
    t = doc.add_paragraph()
    r = t.add_run("Personal Education Plan - Child Placed Out of Area")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("This PEP is owned by the placing authority (Kingsmere). Cressbrook & Wendle Virtual School "
                      "attends on Kingsmere's behalf under the reciprocal arrangement. PP+ is paid by Kingsmere.")

    head(doc, "Section 1 - Key information")
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for lab, val in [("Child's name", k["name"]), ("Date of birth", k["dob"]), ("Year group", k["year"]),
                     ("School", k["school"]), ("Term / cycle", k["term"]), ("Date of PEP meeting", k["meeting"]),
                     ("Previous PEP", k["prev"]), ("Placing authority", "Kingsmere City Council"),
                     ("Host local authority", "Cressbrook & Wendle Borough Council"),
                     ("Distance from home authority (miles)", k["miles"]), ("Legal status", k["legal"]),
                     ("Where %s lives" % k["first"], k["home"]),
                     ("SEN status", k["sen"]), ("Primary need", k["need"])]:
        kv(g, lab, val)
    cells = kv(g, "Core network around the child", None)
    inner = cells[1].add_table(rows=1, cols=4)
    inner.style = "Table Grid"
    for i, hh in enumerate(["Name", "Role", "Authority", "Contact"]):
        cell_text(inner.cell(0, i), hh, bold=True, size=8)
    for row in k["pros"]:
        rc = inner.add_row().cells
        for i, v in enumerate(row):
            cell_text(rc[i], v, size=8)

    head(doc, "Section 2 - Attendance and attainment")
    g2 = doc.add_table(rows=0, cols=2)
    g2.style = "Table Grid"
    kv(g2, "Attendance", "This year: %s     Last year: %s" % (k["att_year"], k["att_last"]))
    kv(g2, "Suspensions / exclusions", "None")
    cells = kv(g2, "Attainment (KS2 teacher assessment)", "PKS = pre-key stage, WTS = working towards, EXS = expected")
    inner = cells[1].add_table(rows=1, cols=4)
    inner.style = "Table Grid"
    for i, hh in enumerate(["Subject", "End of last year", "Now", "Predicted end KS2"]):
        cell_text(inner.cell(0, i), hh, bold=True, size=8)
    for row in k["attain"]:
        rc = inner.add_row().cells
        for i, v in enumerate(row):
            cell_text(rc[i], v, size=8)

    head(doc, "Section 3 - %s's views" % k["first"])
    v = doc.add_table(rows=1, cols=1)
    v.style = "Table Grid"
    c = v.cell(0, 0)
    if k["voice"]:
        cell_text(c, k["voice_how"])
        for s in k["voice"]:
            c.add_paragraph('"%s"' % s)
    else:
        cell_text(c, k["voice_empty"])

    head(doc, "Section 4 - EHCP outcomes and PEP targets")
    doc.add_paragraph("Targets must be SMART and should link to an EHCP outcome where there is one. "
                      "EHCP provision itself is funded through the EHCP, not PP+.")
    tt = doc.add_table(rows=1, cols=5)
    tt.style = "Table Grid"
    for i, hh in enumerate(["No.", "EHCP outcome (link)", "PEP target (SMART)", "Provision / who", "Review by"]):
        cell_text(tt.cell(0, i), hh, bold=True)
        shade(tt.cell(0, i), "D9E2F3")
    for i, (_, outc, text, who, by) in enumerate(k["targets"], 1):
        rc = tt.add_row().cells
        for j, val in enumerate([str(i), outc, text, who, by]):
            cell_text(rc[j], val)

    head(doc, "Section 5 - Pupil Premium Plus (Kingsmere VS)")
    doc.add_paragraph("Kingsmere pays PP+ termly, up to £600 a term, once the PEP is quality assured. "
                      "Speech and language therapy in the EHCP is funded by Kingsmere SEND, not PP+.")
    pt = doc.add_table(rows=1, cols=4)
    pt.style = "Table Grid"
    for i, hh in enumerate(["Target no.", "What will the PP+ pay for?", "Cost", "How will we measure impact?"]):
        cell_text(pt.cell(0, i), hh, bold=True)
        shade(pt.cell(0, i), "D9E2F3")
    for tno, desc, cost, _, _, imp in k["spend"]:
        rc = pt.add_row().cells
        for j, val in enumerate([tno, desc, cost, imp]):
            cell_text(rc[j], val)
    rc = pt.add_row().cells
    cell_text(rc[1], "Total requested this term", bold=True)
    cell_text(rc[2], k["total"], bold=True)

    head(doc, "Section 6 - Sign-off")
    s = doc.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    kv(s, "Designated Teacher", k["pros"][0][0])
    kv(s, "Date PEP completed (DT)", k["dt_date"])
    kv(s, "Social worker has seen this PEP", "Yes")
    kv(s, "Kingsmere VS QA", "To be completed by Kingsmere VS")
    doc.save(path)


def build(out_dir):
    for k in KIDS:
        fn = "%s-%d.docx" % (LAYOUT, k["n"])
        render(k, os.path.join(out_dir, fn))
        areas = [t[0] for t in k["targets"]]
        write_truth(
            out_dir, LAYOUT, fn, inspired_by=INSPIRED,
            quirks=["two authorities' headers (placing and host)", "child's name in the running header (upper case) and footer",
                    "nested tables inside label/value cells", "EHCP outcome column beside each PEP target",
                    "PEP meeting date written in words", "SEND-funded provision mentioned beside PP+ lines"],
            child_name=k["name"], child_first_name=k["first"], school=k["school"], year_group=k["year_n"],
            meeting_date=k["meeting_iso"], completed_date=k["completed_iso"], attendance_percent=k["att_n"],
            pupil_voice=list(k["voice"]),
            targets=[{"text": t[2], "area": t[0]} for t in k["targets"]],
            english_target=any(a in ("Writing", "Reading", "English") for a in areas),
            maths_target="Maths" in areas,
            pp_spend=[{"description": d, "cost": c, "target": t} for _, d, _, c, t, _ in k["spend"]],
            pp_requested=k["total_n"])


if __name__ == "__main__":
    main(build)
