"""zO07: Reception early-years PEP (PDF, landscape): first-person cover with dotted leader blanks,
ELG outcome grid with term columns (codes 1/2/3), 'next steps' targets, EYPP request table with
type/description/target details/expected impact/cost, Ofsted-style descriptor grade."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_O import *

LAYOUT = "zO07-reception-leaders-eypp"
INSPIRED = "real-forms.md entries 27, 9, 17"
QUIRKS = ["landscape page; first-person cover lines with dotted leader blanks ('My name ........ value')",
          "age given in years and months; year group 'Reception'",
          "ELG grid with Summer 2026 (Nursery) and Autumn 2026 (Reception) columns coded 1 Emerging / 2 Expected / 3 Exceeding",
          "'next steps' targets referenced by number from the EYPP request's 'Target details' column",
          "EYPP columns: type of intervention (pastoral or learning) | description | target details | expected impact | cost",
          "QA grade in Ofsted-style descriptor words (outstanding / good / requires improvement / inadequate), not RAG"]
PW = 267 * mm


def leader(label, value, n=60):
    dots = "." * max(4, n - len(label))
    return P(f"{esc(label)} {dots} {esc(value)}", "body")


def render(d, path):
    s = [P(f"{d['vs']} – Early Years PEP (2 years to 5 years 11 months)", "small"), P("My Early Years PEP", "h1")]
    left = [leader("My name", d["name"]), leader("My birthday", d["dob"]), leader("My age", d["age"]),
            leader("My year group", "Reception"), leader("My school/setting", d["school"])]
    right = [leader("Date of my PEP meeting", d["meeting"]), leader("PEP term", "Autumn term (PEP 1)"),
             leader("Date PEP completed", d["completed"]), leader("Attendance this term", d["att"]),
             leader("Key person", d["kp"])]
    s.append(Table([[left, right]], colWidths=[PW / 2, PW / 2]))
    s.append(Spacer(1, 4))
    s.append(P("About Me (what I said to my key person)", "h2"))
    s.append(tbl([[v] for v in d["voice"]] if d["voice"] else [[" "]], [PW]))
    s.append(P("Development assessment information – 1 Emerging, 2 Expected, 3 Exceeding", "h2"))
    rows = [["Early learning goal", "Summer 2026 (Nursery)", "Autumn 2026 (Reception)"]] + [list(r) for r in d["elg"]]
    s.append(tbl(rows, [120 * mm, 73 * mm, 74 * mm], header=True))
    s.append(PageBreak())
    s.append(P("'Next steps' targets", "h2"))
    rows = [["No.", "Area of learning", "Next step", "How adults will help", "Review"]]
    for i, t in enumerate(d["targets"], 1):
        rows.append([str(i), t[1], t[0], t[2], "Spring PEP"])
    s.append(tbl(rows, [12 * mm, 45 * mm, 110 * mm, 70 * mm, 30 * mm], header=True))
    s.append(P("EYPP request (must be linked to 'next steps' targets on the PEP)", "h2"))
    rows = [["Type of intervention (pastoral or learning)", "Description of intervention", "Target details", "Expected impact", "Cost"]]
    rows += [list(r) for r in d["eypp"]]
    if d["total"]:
        rows.append(["", "Total EYPP requested", "", "", d["total"]])
    s.append(tbl(rows, [45 * mm, 90 * mm, 35 * mm, 70 * mm, 27 * mm], header=True))
    s.append(Spacer(1, 6))
    s.append(tbl([["EYFS PEP descriptors – grade", d["grade"]], ["Virtual School comment", d["vs_comment"]]], [80 * mm, 187 * mm]))
    pdf_doc(path, s, pagesize=landscape(A4), header=f"{d['vs']}  Early Years PEP  {d['name']}", footer="EY PEP v3.2 – page {page}")


D1 = dict(vs="Severnmouth Virtual School", name="Zara Quillfeather", dob="14/03/2022", age="4 years 7 months",
          school="Meadowbank Primary School", meeting="12/10/2026", completed="23/10/2026", att="95.8%", kp="Mrs Ellen Ruddock",
          voice=["I like the mud kitchen best. I make soup for Mrs Ruddock.", "I am sad when I can't find my peg."],
          elg=[("Listening, attention and understanding", "1", "2"), ("Speaking", "1", "1"), ("Self-regulation", "2", "2"),
               ("Word reading", "1", "1"), ("Number", "1", "2"), ("Gross motor skills", "2", "2")],
          targets=[("Zara will say the sounds for the 12 Phase 2 graphemes taught so far by the spring PEP", "Literacy", "Daily phonics keep-up group"),
                   ("Zara will use 'because' to explain what she is doing in play, heard 3 times in a week by her key person", "Communication and language", "Key person models talk at the mud kitchen"),
                   ("Zara will subitise (see without counting) amounts up to 5 on dice and dot cards", "Mathematics", "Number games with the TA twice a week")],
          eypp=[("Learning", "Phonics keep-up group with the TA, 4 x 10 minutes a week for 10 weeks", "Next step 1", "Knows 12 graphemes", "£150.00"),
                ("Learning", "Talk Boost small-group sessions, 3 x 15 minutes a week", "Next step 2", "Uses longer sentences", "£120.00")],
          total="£270.00", grade="good", vs_comment="Clear next steps, well linked EYPP.")
D2 = dict(D1, name="Freddie Achterberg", dob="02/01/2022", age="4 years 9 months", school="Hillcrest Nursery and Infant School",
          meeting="02/11/2026", completed="", att="88.7%", kp="Mr Josh Linley",
          voice=["I want to play with the trains every day."],
          elg=[("Listening, attention and understanding", "1", "1"), ("Speaking", "1", "1"), ("Self-regulation", "1", "1"),
               ("Word reading", "1", "1"), ("Number", "1", "1"), ("Fine motor skills", "1", "2")],
          targets=[("Freddie will hold a pencil with a tripod grip to draw a circle by the spring PEP", "Physical development", "Dough gym every morning"),
                   ("Freddie will wait for his turn in a game with one other child, with an adult nearby", "Personal, social and emotional development", "Key person plays turn-taking games")],
          eypp=[("Pastoral", "Nurture group at lunchtime", "", "Calmer lunchtimes", "£85.00")],
          total="", grade="requires improvement", vs_comment="No communication, literacy or maths next step; EYPP not linked.")


def build(out_dir):
    t1 = dict(child_name=D1["name"], child_first_name="Zara", school=D1["school"], year_group=0, meeting_date="2026-10-12",
              completed_date="2026-10-23", attendance_percent=95.8, pupil_voice=D1["voice"],
              targets=[{"text": t[0], "area": t[1]} for t in D1["targets"]], english_target=True, maths_target=True,
              pp_spend=[{"description": e[1], "cost": float(e[4].strip("£")), "target": i} for i, e in enumerate(D1["eypp"], 1)],
              pp_requested=270.0)
    t2 = dict(child_name=D2["name"], child_first_name="Freddie", school=D2["school"], year_group=0, meeting_date="2026-11-02",
              completed_date=None, attendance_percent=88.7, pupil_voice=D2["voice"],
              targets=[{"text": t[0], "area": t[1]} for t in D2["targets"]], english_target=False, maths_target=False,
              pp_spend=[{"description": "Nurture group at lunchtime", "cost": 85.0, "target": None}], pp_requested=None)
    gaps = ["-2 gaps: 'Date PEP completed' leader left blank, no communication/literacy or maths next step, "
            "EYPP line has no target details, no EYPP total"]
    for i, (d, t) in enumerate([(D1, t1), (D2, t2)], 1):
        fname = f"{LAYOUT}-{i}.pdf"
        render(d, os.path.join(out_dir, fname))
        write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS + (gaps if i == 2 else []), **t)


if __name__ == "__main__":
    run_main(build)
