"""zE06: protected Word PEP built from content controls and legacy form fields (DOCX).

Invented authority: Fernhallow Borough Council, "PEP (Reception and KS1) template v3.2".
Part A (social worker) still uses legacy FORMTEXT fields; later parts use content
controls: plain text with "Click here to enter text.", dropdowns with "Choose an item.",
date pickers with "Click or tap to enter a date.", and checkbox controls."""
import os
import sys

from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_E import (write_truth, main, shade, set_font, cell_text, sdt_text, sdt_date,  # noqa: E402
                       sdt_dropdown, sdt_checkbox, legacy_text)

LAYOUT = "zE06-content-controls"
INSPIRED = "real-forms.md entries 6 (first-person prompts), 13 (tick a box, circle results), 22 (N/A in mandatory fields), domain.md note on 'Click here to enter text.' / 'Choose an item.' placeholders"
AREAS = ["Communication and Language", "Literacy", "Reading", "Writing", "Mathematics", "Maths", "PSED",
         "Physical Development", "Attendance", "Other"]
YEARS = ["Nursery", "Reception", "Year 1", "Year 2"]

KIDS = [
    dict(
        n=1, name="Nia Kowalczyk", first="Nia", dob="09/03/2020", legal="Interim Care Order (s38)",
        placement="Foster care (in-house)", carer="Lorraine and Dev Patel", consent="Social worker (Hannah Grey)",
        health="", school="Oakfield Infant School", year="Reception", year_n=0,
        meeting=("2025-10-21", "21/10/2025"), term="Autumn", ticks=[True, True, True, False, False, False],
        others=None, att="94.7", att_n=94.7, att_last="N/A - started Reception in September", susp="0", sen="SEN Support",
        voice=[("What I like doing at school", "I like the role play corner. I'm the doctor."),
               ("Who helps me", "Mrs Begum helps me with my coat and my letters."),
               ("What I find hard", "I don't like it when it's loud in the hall."),
               ("Anything else", "I want to be a police lady.")],
        voice_how="Nia talked to Mrs Begum (TA) with her teddy in the book corner on 16/10/2025.",
        attain=[("Communication and Language", "Not yet on track", "Not yet on track"),
                ("PSED", "Not yet on track", "On track"),
                ("Physical Development", "On track", "On track"),
                ("Literacy", "Not yet on track", "Not yet on track"),
                ("Mathematics", "On track", "On track")],
        review=[("Nia will say goodbye to her carer at the door without crying (nursery PEP, June)", "Achieved"),
                ("Nia will recognise her written name", "Achieved")],
        targets=[("Literacy", "Nia will recognise and say the sounds for all Phase 2 graphemes taught so far and blend them to read 10 CVC words by February half-term.",
                  "Phonics tracker; reads 10 CVC words to TA", ("2026-02-13", "13/02/2026")),
                 ("Mathematics", "Nia will subitise up to 5 and show one more and one less than a number to 10 using a tens frame, in 4 out of 5 adult-led tasks by the spring PEP.",
                  "Teacher observation notes", ("2026-02-27", "27/02/2026")),
                 ("PSED", "Nia will tell an adult in words when she feels worried, using the feelings fan, at least once a day by the end of January.",
                  "ELSA log and class feelings chart", ("2026-01-30", "30/01/2026"))],
        spend=[("Target 1", "Extra phonics keep-up sessions with TA, 10 minutes daily for 10 weeks", "200.00", 200.0, 1),
               ("Target 2", "Numicon kit to use at home with carer", "50.00", 50.0, 2),
               ("Target 3", "ELSA sessions, 6 x 30 minutes", "150.00", 150.0, 3)],
        total="400.00", total_n=400.0,
        dt="Mrs Shirin Begum-Allen", completed=("2025-10-24", "24/10/2025"), confirm=True,
    ),
    dict(
        n=2, name="Leo Fairweather", first="Leo", dob="30/07/2019", legal="Full Care Order (s31)",
        placement="Kinship foster care", carer="", consent="", health="Asthma - inhaler in class",
        school="Brook Lane Primary School", year="Year 1", year_n=1,
        meeting=("2025-11-26", "26/11/2025"), term="Autumn", ticks=[True, True, False, False, False, False],
        others=None, att=None, att_n=None, att_last=None, susp="0", sen=None,
        voice=[("What I like doing at school", None), ("Who helps me", None),
               ("What I find hard", None), ("Anything else", None)],
        voice_how=None,
        attain=[("Reading", "Working towards", "Working towards"), ("Writing", "Working towards", None),
                ("Maths", "Expected", None)],
        review=[("Leo will write his first name independently", "Achieved"),
                ("Leo will count reliably to 20 (Reception PEP, July)", "Partly achieved")],
        targets=[("Reading", "Leo will pass the Phase 3 phonics check in class (reading 16 out of 20 words) by the end of January 2026.",
                  "Half-termly phonics assessment", ("2026-01-30", "30/01/2026")),
                 (None, None, None, (None, None)),
                 ("PSED", "Leo will line up with his class after playtime without adult prompting on 4 out of 5 days by February half-term.",
                  "Class behaviour chart", ("2026-02-13", "13/02/2026"))],
        spend=[("Target 1", "Phonics tutor from the Fernhallow tutoring partnership, 2 sessions a week", "300", 300.0, 1)],
        total="300", total_n=300.0,
        dt="Mr Alan Petch", completed=(None, None), confirm=False,
    ),
]


def heading(doc, text, sub=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    if sub:
        doc.add_paragraph().add_run(sub).italic = True


def grid(doc, rows=0, cols=2):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    return t


def label_row(t, label):
    cells = t.add_row().cells
    cell_text(cells[0], label, bold=True)
    shade(cells[0], "EDEDED")
    return cells[1].paragraphs[0]


def render(k, path):
    doc = Document()
    set_font(doc, "Arial", 9.5)
    doc.sections[0].header.paragraphs[0].text = "Fernhallow Borough Council - Virtual School    PROTECTED FORM v3.2"
    t = doc.add_paragraph()
    r = t.add_run("Personal Education Plan (PEP) - Reception and Key Stage 1")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Please complete all grey fields. Click on a field to type; use the arrow for drop-down lists. "
                      "Tick boxes: click to select. Do not unprotect the form.")

    heading(doc, "PART A - Social worker", "To be completed by the social worker before the meeting.")
    a = grid(doc)
    for lab, val, nm in [("Child's full name:", k["name"], "ChildName"), ("Date of birth:", k["dob"], "DOB"),
                         ("Legal status:", k["legal"], "Legal"), ("Placement type:", k["placement"], "Placement"),
                         ("Carer(s):", k["carer"], "Carer"), ("Who can sign consent forms (trips, photos)?", k["consent"], "Consent"),
                         ("Health needs the school should know about:", k["health"], "Health")]:
        legacy_text(label_row(a, lab), val, nm)

    heading(doc, "PART B - School information", "Designated Teacher to complete.")
    b = grid(doc)
    sdt_text(label_row(b, "School name"), k["school"], "School")
    sdt_dropdown(label_row(b, "Year group"), k["year"], YEARS, "YearGroup")
    sdt_date(label_row(b, "Date of PEP meeting"), k["meeting"][0], k["meeting"][1], "MeetingDate")
    sdt_dropdown(label_row(b, "PEP term"), k["term"], ["Autumn", "Spring", "Summer"], "Term")
    p = label_row(b, "Present at the meeting")
    for on, who in zip(k["ticks"], ["Designated Teacher", "Social Worker", "Carer", "Virtual School", "Child", "Parent"]):
        sdt_checkbox(p, on, who)
        p.add_run(" %s   " % who)
    sdt_text(label_row(b, "Other professionals present"), k["others"], "Others")
    sdt_text(label_row(b, "Attendance this academic year (%)"), k["att"], "AttYear")
    sdt_text(label_row(b, "Attendance last academic year (%)"), k["att_last"], "AttLast")
    sdt_text(label_row(b, "Number of suspensions this year"), k["susp"], "Susp")
    sdt_dropdown(label_row(b, "SEN status"), k["sen"], ["No SEN", "SEN Support", "EHCP", "EHC needs assessment requested"], "SEN")

    heading(doc, "PART C - My views", "Ask the child in a way that suits them. Write their own words.")
    c = grid(doc)
    sdt_text(label_row(c, "How were my views gathered?"), k["voice_how"], "VoiceHow")
    for q, ans in k["voice"]:
        sdt_text(label_row(c, q), ans, q)

    heading(doc, "PART D - Progress")
    d = grid(doc, rows=1, cols=3)
    for i, hh in enumerate(["Area", "Last assessment", "Now"]):
        cell_text(d.cell(0, i), hh, bold=True)
    opts = ["Not yet on track", "On track", "Working towards", "Expected", "Greater depth"]
    for area, before, now in k["attain"]:
        rc = d.add_row().cells
        cell_text(rc[0], area)
        sdt_dropdown(rc[1].paragraphs[0], before, opts, "Before")
        sdt_dropdown(rc[2].paragraphs[0], now, opts, "Now")

    heading(doc, "PART E - Review of previous PEP targets")
    e = grid(doc, rows=1, cols=2)
    cell_text(e.cell(0, 0), "Previous target", bold=True)
    cell_text(e.cell(0, 1), "Outcome", bold=True)
    for tgt, out in k["review"]:
        rc = e.add_row().cells
        cell_text(rc[0], tgt)
        sdt_dropdown(rc[1].paragraphs[0], out, ["Achieved", "Partly achieved", "Not achieved"], "Outcome")

    heading(doc, "PART F - New targets", "At least one literacy and one maths target. Targets must be SMART.")
    f = grid(doc, rows=1, cols=5)
    for i, hh in enumerate(["No.", "Area", "Target", "How will we know?", "By when"]):
        cell_text(f.cell(0, i), hh, bold=True)
        shade(f.cell(0, i), "C9DAF8")
    for i, (area, text, how, by) in enumerate(k["targets"], 1):
        rc = f.add_row().cells
        cell_text(rc[0], "Target %d" % i)
        sdt_dropdown(rc[1].paragraphs[0], area, AREAS, "Area%d" % i)
        sdt_text(rc[2].paragraphs[0], text, "Target%d" % i)
        sdt_text(rc[3].paragraphs[0], how, "How%d" % i)
        sdt_date(rc[4].paragraphs[0], by[0], by[1], "By%d" % i)

    heading(doc, "PART G - Pupil Premium Plus (PP+) request")
    g = grid(doc, rows=1, cols=3)
    for i, hh in enumerate(["Linked to", "What will PP+ pay for?", "Cost (£)"]):
        cell_text(g.cell(0, i), hh, bold=True)
    for link, desc, cost, _, _ in k["spend"] + [(None, None, None, None, None)]:
        rc = g.add_row().cells
        sdt_dropdown(rc[0].paragraphs[0], link, ["Target 1", "Target 2", "Target 3"], "Link")
        sdt_text(rc[1].paragraphs[0], desc, "Spend")
        sdt_text(rc[2].paragraphs[0], cost, "Cost")
    rc = g.add_row().cells
    cell_text(rc[1], "Total requested (£)", bold=True)
    sdt_text(rc[2].paragraphs[0], k["total"], "Total")

    heading(doc, "PART H - Sign-off")
    h = grid(doc)
    sdt_text(label_row(h, "Designated Teacher"), k["dt"], "DT")
    sdt_date(label_row(h, "Date PEP completed"), k["completed"][0], k["completed"][1], "Completed")
    p = label_row(h, "Ready for Virtual School QA")
    sdt_checkbox(p, k["confirm"], "Confirm")
    p.add_run(" I confirm this PEP is complete and ready for Virtual School quality assurance.")
    settings = doc.settings.element  # forms-only protection, as the real template ships
    prot = parse_xml('<w:documentProtection %s w:edit="forms" w:enforcement="1"/>' % nsdecls("w"))
    settings.find(qn("w:defaultTabStop")).addprevious(prot)  # schema order: before defaultTabStop
    doc.save(path)


def build(out_dir):
    for k in KIDS:
        fn = "%s-%d.docx" % (LAYOUT, k["n"])
        render(k, os.path.join(out_dir, fn))
        tg = [t for t in k["targets"] if t[1]]
        areas = [t[0] for t in tg]
        write_truth(
            out_dir, LAYOUT, fn, inspired_by=INSPIRED,
            quirks=["every value inside a content control (inline w:sdt) or a legacy FORMTEXT field",
                    "placeholders 'Click here to enter text.', 'Choose an item.', 'Click or tap to enter a date.' mean empty",
                    "empty legacy fields show five en-spaces", "checkbox content controls for attendees",
                    "year group and target area from drop-downs", "blank spare spend row"],
            child_name=k["name"], child_first_name=k["first"], school=k["school"], year_group=k["year_n"],
            meeting_date=k["meeting"][0], completed_date=k["completed"][0], attendance_percent=k["att_n"],
            pupil_voice=[a for _, a in k["voice"] if a],
            targets=[{"text": t[1], "area": t[0]} for t in tg],
            english_target=any(a in ("Literacy", "Reading", "Writing", "Communication and Language") for a in areas),
            maths_target=any(a in ("Mathematics", "Maths") for a in areas),
            pp_spend=[{"description": d, "cost": c, "target": t} for _, d, _, c, t in k["spend"]],
            pp_requested=k["total_n"])


if __name__ == "__main__":
    main(build)
