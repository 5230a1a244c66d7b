"""zH05: Carrowby County PEP for a child with an EHCP (DOCX): tabbed label lines, landscape outcomes planner."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_H import docx_table, write_truth, main
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_ORIENT, WD_SECTION

LAYOUT = "zH05-carrowby-send-pep"
INSP = "real-forms.md entries 15, 13, 31, 19, 22; 'What a reader must cope with' 6, 9, 15, 22"
QUIRKS = ["label and value on one line separated by a tab, no colon", "targets grouped under the four areas of need",
          "targets linked to EHCP outcome letters", "voice via symbols / talking mat, adult interpretation beside it",
          "landscape section for the planner", "PP+ table warns against EHCP Section F provision",
          "N/A in mandatory fields", "mixed numbering 1.) / Section 3 / Part D"]

KIDS = [
    dict(n=1, name="Ellis Thorncroft", first="Ellis", school="Greenholme School", stype="Maintained special school (4-19), SLD/ASD",
         yr=6, ncy="6", meet="25/11/2025", meet_iso="2025-11-25", done="1 December 2025", done_iso="2025-12-01",
         att="89.5%", att_v=89.5, att_note="Most absence is hospital appointments (gastro clinic). Authorised.",
         ehcp="EHCP issued 03/2022; annual review held 08/10/2025. Outcomes A-E.",
         voice=[("swimming good", "Ellis chose the 'good' side for swimming and said the words with his talker."),
                ("no loud hall", "Placed assembly on 'not good' and pressed 'no' 'loud' 'hall'."),
                ("more Mrs Kaur", "Asked for his 1:1, Mrs Kaur, when shown 'who helps you?'")],
         voice_how="Talking Mat with symbols, done with speech and language therapist 19/11/2025; Ellis uses a Grid Pad (AAC).",
         plan=[("Communication and interaction", "A", "Ellis will use his AAC device to make a 3-symbol request (e.g. 'I want juice') at snack, 4 days out of 5, by February half-term",
                "SaLT programme delivered daily by Mrs Kaur", "English"),
               ("Cognition and learning", "B", "Ellis will count out up to 10 objects one-to-one and match to the numeral, in 3 different activities, by the end of the spring term",
                "Daily number work; Numicon", "Maths"),
               ("Cognition and learning", "C", "Ellis will recognise and read 10 familiar words from his symbol timetable by Easter 2026",
                "Phonics/sight word sessions 3x weekly", "English"),
               ("Social, emotional and mental health", "D", "Ellis will use his ear defenders and his 'break' card to leave a noisy space, with no more than 1 prompt, by the next PEP",
                "Class team; sensory diet", "SEMH"),
               ("Sensory and/or physical", "E", "N/A - met through EHCP Section F OT programme", "", None)],
         pp=[("T1", "AAC core-vocabulary software licence for home use so carers can model", "\u00a3180.00", 180.0),
             ("T3", "Symbol reading books and Clicker 8 home licence", "\u00a395.50", 95.5),
             ("T2", "Sensory number resources for home learning pack", "\u00a360", 60.0)],
         total="\u00a3335.50", total_v=335.5),
    dict(n=2, name="Priya Sandhu-Walsh", first="Priya", school="Ravensworth Academy",
         stype="Mainstream academy with Resourced Provision (Hearing Impairment)", yr=8, ncy="8",
         meet="Wednesday 4 March 2026", meet_iso="2026-03-04", done="11/03/26", done_iso="2026-03-11",
         att="95.6%", att_v=95.6, att_note="N/A",
         ehcp="EHCP (HI) - annual review due May 2026. Outcomes A-D.",
         voice=[("I want people to face me when they talk so I can lip read.", ""),
                ("Drama is my favourite. I want to be in the summer show.", "")],
         voice_how="Priya wrote her own answers on the pupil views sheet with the Teacher of the Deaf.",
         plan=[("Communication and interaction", "A", "Priya will ask for a repeat or clarification in at least 3 lessons a week, logged in her planner, by the summer PEP",
                "Teacher of the Deaf; staff briefing", "Communication"),
               ("Cognition and learning", "B", "Priya will use the radio aid in all English lessons and complete 2 extended reading responses of 300+ words by May half-term",
                "English teacher + RP staff", "English"),
               ("Cognition and learning", "", "Choose an item.", "", None),
               ("Social, emotional and mental health", "C", "Priya will join the drama club and take a speaking part in the summer show",
                "Drama lead", "SEMH"),
               ("Sensory and/or physical", "", "N/A", "", None)],
         pp=[("T2", "Reading comprehension 1:1 (RP teacher), 6 x 40 mins", "\u00a3210", 210.0),
             ("", "Theatre trip for drama club", "\u00a345.00", 45.0)],
         total="\u00a3255.00", total_v=255.0),
]


def line(d, lab, val):
    p = d.add_paragraph(); p.add_run(lab).bold = True; p.add_run("\t" + val)


def build_one(out_dir, k):
    fname = f"{LAYOUT}-{k['n']}.docx"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
    d.sections[0].footer.paragraphs[0].text = "Carrowby County Council - Virtual School for Children in Care - SEND PEP v2"
    d.add_heading("Carrowby County Council Virtual School", 0)
    d.add_paragraph("PERSONAL EDUCATION PLAN (children and young people with an EHCP)")
    d.add_heading("1.) Pupil and school", 2)
    line(d, "Name of child", k["name"]); line(d, "School", k["school"]); line(d, "Type of provision", k["stype"])
    line(d, "NC year", k["ncy"]); line(d, "Date of this PEP", k["meet"]); line(d, "Designated Teacher", "Mr O. Fenwick" if k["n"] == 1 else "Ms G. Hartley")
    line(d, "SENCo present", "Yes")
    d.add_heading("2.) Special educational needs", 2)
    line(d, "EHCP", k["ehcp"])
    line(d, "Attendance this school year", k["att"]); line(d, "Comment on attendance", k["att_note"])
    line(d, "Suspensions", "N/A")
    d.add_heading("Section 3  The child's views", 2)
    d.add_paragraph("How were the child's views gathered? " + k["voice_how"])
    rows = [["What the child said / chose", "What we think this means"]] + [[v, m or "N/A"] for v, m in k["voice"]]
    docx_table(d, rows)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("Part D  Outcomes & targets planner", 2)
    d.add_paragraph("Targets are numbered T1, T2 ... in the order below. Each target must link to an EHCP outcome.")
    rows = [["Target", "Broad area of need", "EHCP outcome", "Target for this term", "Provision / who"]]
    i = 0
    for area, oc, text, who, _ in k["plan"]:
        if _ is not None:
            i += 1; ref = f"T{i}"
        else:
            ref = "-"
        rows.append([ref, area, oc or "-", text, who or "-"])
    docx_table(d, rows)
    d.add_heading("Part D(ii)  PP+ request", 2)
    d.add_paragraph("PP+ must not be used for provision already in Section F of the EHCP.")
    docx_table(d, [["Target", "What PP+ will pay for", "Cost"]] + [[r[0] or "", r[1], r[2]] for r in k["pp"]] +
               [["", "TOTAL", k["total"]]])
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = sec2.page_height, sec2.page_width
    d.add_heading("5.) Sign off", 2)
    line(d, "PEP completed and submitted by DT on", k["done"])
    line(d, "VS officer", "Awaiting QA")
    d.save(os.path.join(out_dir, fname))

    targets = [{"text": t[2], "area": t[4]} for t in k["plan"] if t[4] is not None]
    write_truth(out_dir, LAYOUT, fname, INSP, QUIRKS, child_name=k["name"], child_first_name=k["first"], school=k["school"],
                year_group=k["yr"], meeting_date=k["meet_iso"], completed_date=k["done_iso"], attendance_percent=k["att_v"],
                pupil_voice=[v for v, _ in k["voice"]], targets=targets,
                english_target=any(t["area"] == "English" for t in targets), maths_target=any(t["area"] == "Maths" for t in targets),
                pp_spend=[{"description": r[1], "cost": r[3], "target": int(r[0][1:]) if r[0] else None} for r in k["pp"]],
                pp_requested=k["total_v"])


def build(out_dir):
    for k in KIDS:
        build_one(out_dir, k)


if __name__ == "__main__":
    main(build)
