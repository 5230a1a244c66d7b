"""zO01: Welfare-Call-style early years ePEP print (PDF): colour-coded tabs, blue banner headings,
question-format tags, term columns in the development table, DT completion button state."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_O import *

LAYOUT = "zO01-welfare-ey-banners"
INSPIRED = "real-forms.md entries 1, 9"
QUIRKS = ["tabs identified by colour and owner (BLUE social worker, RED designated lead, BLACK QA)",
          "'Blue Banner' headings with question-format tags ([free text], [date box], [drop down choice list])",
          "About Me sentence starters in a prompt column, child's scribed answers beside them",
          "development bands table with Summer 2026 and Autumn 2026 columns (latest = Autumn)",
          "completion shown as the state of the 'DT: Click when Completed' button with a time stamp",
          "age in years and months"]
BLUE, RED, GREEN, BLACK = "#1f4e9c", "#b01c1c", "#2e7d32", "#111111"
W = 180 * mm


def q(num, label, fmt, value):
    return [f"Q{num}", f"{label}\n[{fmt}]", value]


def qtable(rows):
    return tbl(rows, [14 * mm, 62 * mm, 104 * mm], extra=[("BACKGROUND", (0, 0), (1, -1), colors.HexColor("#eef2fa"))])


def render(d, path):
    s = []
    s.append(P("Welfare Call ePEP  |  Early Years PEP (EY)  |  Autumn Term 2026/27", "small"))
    s.append(P("Personal Education Plan – Early Years", "h1"))
    s.append(tbl([["Home", f"PEP RAG: {d['rag']}", f"Previous QA: {d['prev_qa']}", f"ePEP ID: {d['id']}"]],
                 [30 * mm, 50 * mm, 50 * mm, 50 * mm]))
    s.append(Spacer(1, 5))
    s.append(banner("TAB 1  General and personal  (BLUE – completed by the Social Worker)", BLUE))
    s.append(P("Essential pupil information", "h3"))
    s.append(qtable([
        q("1.1", "Name", "free text", d["name"]),
        q("1.2", "DOB.", "date box", d["dob"]),
        q("1.3", "Age (years and months)", "free text", d["age"]),
        q("1.4", "Gender", "drop down choice list", d["gender"]),
        q("1.5", "Ethnicity and language", "drop down choice list", d["eth"]),
        q("1.6", "UPN and Social Care ID", "free text", d["ids"]),
    ]))
    s.append(P("Care information", "h3"))
    s.append(qtable([
        q("1.7", "Care status", "drop down choice list", d["legal"]),
        q("1.8", "Date into care", "date box", d["into_care"]),
        q("1.9", "Number of placements", "free text", d["placements"]),
    ]))
    s.append(P("Contact information", "h3"))
    s.append(qtable([
        q("1.10", "Social worker", "free text", d["sw"]),
        q("1.11", "Main carer", "free text", d["carer"]),
        q("1.12", "Who has day-to-day permissions and liaison with the setting", "free text", d["liaison"]),
    ]))
    s.append(P("Health information", "h3"))
    s.append(qtable([q("1.13", "Health needs / appointments", "free text", d["health"])]))
    s.append(Spacer(1, 6))
    s.append(banner("TAB 2  Education provision or setting information  (RED – Designated Teacher/Lead)", RED))
    s.append(P("Setting", "h3"))
    s.append(qtable([
        q("2.1", "Name of setting", "free text", d["school"]),
        q("2.2", "Year group", "drop down choice list", d["yg"]),
        q("2.3", "Funded hours", "drop down choice list", d["hours"]),
        q("2.4", "Date of this PEP meeting", "date box", d["meeting"]),
        q("2.5", "Attendance this term", "standard data table",
          f"Sessions offered: {d['offered']}   Sessions attended: {d['attended']}   Attendance: {d['att']}%"),
    ]))
    s.append(P("About Me (the child's own words, scribed by the key person)", "h3"))
    rows = [["Sentence starter", "What I said"]]
    for prompt, ans in d["about"]:
        rows.append([prompt, ans])
    s.append(tbl(rows, [55 * mm, 125 * mm], header=True))
    s.append(P(d["about_note"], "small"))
    s.append(PageBreak())
    s.append(banner("TAB 3  Early Years development  (RED – Designated Teacher/Lead)", RED))
    s.append(P("Development bands (months) – band most applicable for each area. Previous term kept for comparison.", "small"))
    rows = [["Area of learning", "Summer 2026", "Autumn 2026"]] + [list(r) for r in d["bands"]]
    s.append(tbl(rows, [80 * mm, 50 * mm, 50 * mm], header=True))
    s.append(P("Next steps targets agreed at this PEP", "h3"))
    rows = [["No.", "EYFS area", "Next step", "Who will help", "Review by"]]
    for i, t in enumerate(d["targets"], 1):
        rows.append([str(i), t[1], t[0], t[2], t[3]])
    s.append(tbl(rows, [10 * mm, 32 * mm, 80 * mm, 30 * mm, 28 * mm], header=True))
    s.append(P("Early Years Pupil Premium (EYPP)", "h3"))
    rows = [["Description of intervention", "Cost", "Next step no."]]
    for desc, cost, link in d["eypp"]:
        rows.append([desc, cost, link])
    rows.append(["Total EYPP requested this term", d["eypp_total"], ""])
    s.append(tbl(rows, [120 * mm, 30 * mm, 30 * mm], header=True))
    s.append(Spacer(1, 6))
    s.append(banner("Quality Assurance Tab  (BLACK – Virtual School)", BLACK))
    s.append(tbl([["Amber feedback", d["amber"]], ["Red feedback", "None"],
                  ["DT: Click when Completed", d["dt_click"]]], [55 * mm, 125 * mm]))
    pdf_doc(path, s, header=f"Welfare Call ePEP export – {d['name']} – CONFIDENTIAL",
            footer="Printed from ePEP " + d["printed"] + " – page {page}")


BASE = dict(rag="Green", prev_qa="14/07/2026", id="EY-30418", name="Isla Penhallow", dob="12/04/2023",
            age="3 years 6 months", gender="Female", eth="White British / English", ids="UPN withheld – SC 778120",
            legal="Interim Care Order (s38)", into_care="03/02/2026", placements="2",
            sw="Rhiannon Tallis, Westbrook Children's Services", carer="Mr and Mrs Dunmore (foster carers)",
            liaison="Mrs Karen Dunmore", health="Speech and language referral made June 2026; hearing test clear.",
            school="Little Acorns Day Nursery", yg="Nursery (FS1)", hours="30 hours", meeting="06/10/2026",
            offered="62", attended="58", att="93.5",
            about=[("I like playing with...", "I like playing with the diggers in the sand tray."),
                   ("I am good at/enjoy...", "I am good at climbing up the big frame."),
                   ("My friends are...", "My friends are Tomasz and baby Ruby."),
                   ("I am happy when...", "I am happy when Karen comes to get me."),
                   ("I am sad when...", "I am sad when the blocks fall down.")],
            about_note="Isla answered while playing outside with her key person, Gemma, on 29/09/2026.",
            bands=[("Communication and language", "16-26", "22-36"), ("Physical development", "22-36", "22-36"),
                   ("Personal, social and emotional development", "16-26", "22-36"), ("Literacy", "16-26", "16-26"),
                   ("Mathematics", "16-26", "22-36")],
            targets=[("Isla will join in with three new nursery rhymes at group time by the end of November", "Communication and language", "Key person", "27/11/2026"),
                     ("Isla will count five objects, touching each one, in play by the end of November", "Mathematics", "Key person", "27/11/2026"),
                     ("Isla will choose a book and share it with an adult each day during the autumn term", "Literacy", "Key person / carer", "18/12/2026")],
            eypp=[("Small-group Chatterbox language sessions with the nursery SENCo, 2 x 20 minutes a week for 8 weeks", "£160.00", "1"),
                  ("Counting and sorting resource pack for the room and home loan bag", "£45.00", "2")],
            eypp_total="£205.00", amber="Please add the date of the next SALT appointment when known.",
            dt_click="[X] Completed by DT (Sarah Pike) 09/10/2026 14:32", printed="12/10/2026")


def variants():
    d1 = dict(BASE)
    d2 = dict(BASE, name="Ruben Castellano", dob="30/08/2022", age="4 years 1 month", gender="Male",
              eth="White Other / Spanish and English", ids="UPN withheld – SC 781502", legal="Section 20",
              into_care="11/06/2026", placements="1", carer="Ms Priya Anand (foster carer)", liaison="Ms Priya Anand",
              health="No current health concerns recorded.", school="Brookfield Community Pre-School",
              yg="Nursery (FS1)", hours="15 hours", meeting="14/10/2026", offered="40", attended="36", att="90.0",
              about=[(p, "") for p, _ in BASE["about"]], about_note="",
              targets=[("Ruben will use two-word phrases to ask for help at snack time by the end of November", "Communication and language", "Key person", "27/11/2026"),
                       ("Ruben will put on his own coat before outdoor play by December", "Physical development", "Key person / carer", "11/12/2026")],
              eypp=[("Extra key person time in the morning settling-in", "£120.00", "")],
              eypp_total="£120.00", amber="About Me has not been completed. EYPP line is not linked to a next step.",
              dt_click="[  ] Not yet clicked", rag="Amber", id="EY-30522", printed="20/10/2026")
    return [d1, d2]


def truths():
    t1 = dict(child_name="Isla Penhallow", child_first_name="Isla", school="Little Acorns Day Nursery", year_group=-1,
              meeting_date="2026-10-06", completed_date="2026-10-09", attendance_percent=93.5,
              pupil_voice=[a for _, a in BASE["about"]],
              targets=[{"text": BASE["targets"][0][0], "area": "Communication and language"},
                       {"text": BASE["targets"][1][0], "area": "Mathematics"},
                       {"text": BASE["targets"][2][0], "area": "Literacy"}],
              english_target=True, maths_target=True,
              pp_spend=[{"description": BASE["eypp"][0][0], "cost": 160.0, "target": 1},
                        {"description": BASE["eypp"][1][0], "cost": 45.0, "target": 2}],
              pp_requested=205.0)
    d2 = variants()[1]
    t2 = dict(child_name="Ruben Castellano", child_first_name="Ruben", school="Brookfield Community Pre-School",
              year_group=-1, meeting_date="2026-10-14", completed_date=None, attendance_percent=90.0,
              pupil_voice=[],
              targets=[{"text": d2["targets"][0][0], "area": "Communication and language"},
                       {"text": d2["targets"][1][0], "area": "Physical development"}],
              english_target=True, maths_target=False,
              pp_spend=[{"description": d2["eypp"][0][0], "cost": 120.0, "target": None}], pp_requested=120.0)
    return [t1, t2]


GAPS2 = ["-2 gaps: About Me answers empty, no maths next step, EYPP line not linked to a next step, DT button not clicked (no completion date)"]


def build(out_dir):
    for i, (d, t) in enumerate(zip(variants(), truths()), 1):
        fname = f"{LAYOUT}-{i}.pdf"
        render(d, os.path.join(out_dir, fname))
        write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS + (GAPS2 if i == 2 else []), **t)


if __name__ == "__main__":
    run_main(build)
