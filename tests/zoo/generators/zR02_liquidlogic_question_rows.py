"""zR02: Word PEP generated from a Liquidlogic case step: every field is a numbered question row
(Q-number | Question | Answer), the SW has filled the rows up to the 'PEP meeting' point, the school has
typed into the rest, and a support officer has typed up the meeting. Several hands are marked.
PP+ lines are written as inline 'Label: value' pairs in one answer cell. Entries 17, 31."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_R import dt, write_truth

LAYOUT = "zR02-liquidlogic-question-rows"
INSPIRED = "real-forms.md entries 17, 31 (label variants: 'Pupil's name', 'Date of this PEP', 'Designated Teacher/Lead')"
QUIRKS = [
    "case-system print-out: Step/Form IDs and a 'Printed' date (before the meeting) in the header",
    "every field is a row 'Q-number | Question | Answer' with dotted question numbers (3.1, 6.2 ...)",
    "three hands: [SW pre-meeting], [School] and [Typed up by Business Support] tags on answers",
    "Word content-control placeholders left in ('Click or tap here to enter text.' = empty)",
    "fixed three targets: two academic drafted before the meeting, third holistic (SEMH)",
    "PP+ lines written as inline 'Intervention: ... | Cost: ... | Linked to target: n' pairs in one cell",
]
PH = "Click or tap here to enter text."
PHD = "Click or tap to enter a date."


def data(n):
    d = dict(name="Tyler Okafor-Banks", first="Tyler", school="St Werburgh's CE Primary School", year=4,
             meeting="2026-11-04", completed="2026-11-10", att=91.8, pp_total=640.0)
    d["voice"] = ["I like it when Mr Dale lets me be the register monitor.",
                  "Times tables make my head go fuzzy, I want to get faster at them.",
                  "I don't like wet play because it's too loud in the hall."]
    d["targets"] = [
        dict(text="Tyler will read a Year 4 book aloud to an adult four times a week and answer two 'why' questions about it, by February half-term.", area="Reading"),
        dict(text="Tyler will recall the 3, 4 and 8 times tables in under 6 seconds each on the weekly check by the spring PEP.", area="Maths"),
        dict(text="Tyler will use his 'calm card' to ask for a movement break instead of leaving the classroom, on 4 out of 5 days by Christmas.", area="SEMH"),
    ]
    d["pp"] = [
        dict(desc="Reading buddy sessions with HLTA (3 x 20 mins weekly)", cost=270.0, target=1, link="1"),
        dict(desc="TT Rockstars licence and 1:1 times-table catch-up, 2 x 15 mins weekly", cost=220.0, target=2, link="2"),
        dict(desc="Lunchtime Lego club place with ELSA check-in", cost=150.0, target=3, link="3"),
    ]
    if n == 2:
        d["completed"] = None
        d["att"] = None
        d["targets"] = [d["targets"][0], d["targets"][2]]
        d["pp"][1]["target"] = None
        d["pp"][1]["link"] = "n/a"
        d["pp"][2]["target"] = 2  # index in the truth list; the form still calls it Target 3
    return d


def render(d, path):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.styles["Normal"].font.size = Pt(10)
    sec.header.paragraphs[0].text = ("LCS Children's Social Care | Step: CLA Personal Education Plan (PEP) | Form ID 4471823 | "
                                     "Person ID 1029384 | Printed 03/11/2026 16:42 by R.SHAH")
    sec.footer.paragraphs[0].text = "OFFICIAL – SENSITIVE. Do not alter question numbers. Return to pep.admin@riverdee-example.gov.uk"
    doc.add_heading("Personal Education Plan (PEP) – Autumn 2026", 1)
    doc.add_paragraph("Social worker: complete up to question 3 before the meeting. Designated Teacher: complete questions 4–7. "
                      "Business Support will type up the meeting record and PP+ request after the meeting.")

    SW, SC, BS = "[SW pre-meeting] ", "[School] ", "[Typed up by Business Support] "
    targ = d["targets"]
    t1 = targ[0]["text"]
    maths = next((t["text"] for t in targ if t["area"] == "Maths"), None)
    t3 = targ[-1]["text"]
    tnum = {t["text"]: i + 1 for i, t in enumerate(targ)}

    def pp_line(p):
        link = p["link"]
        return f"Intervention: {p['desc']} | Cost: £{p['cost']:.0f} | Linked to target: {link}"

    rows = [
        ("1", "Child's details", None),
        ("1.1", "Pupil's name", SW + d["name"]),
        ("1.2", "Date of birth", SW + "17/06/2017"),
        ("1.3", "Legal status", SW + "C2 – Full Care Order (s.31)"),
        ("1.4", "Placement type / carer", SW + "Kinship foster care – maternal aunt, Ms D. Okafor"),
        ("2", "School", None),
        ("2.1", "Current school", SW + d["school"]),
        ("2.2", "School year", SW + "Year 4"),
        ("2.3", "Designated Teacher/Lead", SW + "Mrs Hannah Pryce"),
        ("3", "PEP meeting", None),
        ("3.1", "Date of this PEP", SW + dt(d["meeting"], "dmy/")),
        ("3.2", "Is this the first PEP at this school?", SW + "No"),
        ("3.3", "Who attended", BS + "Tyler (first 15 minutes), Ms Okafor (carer), Mrs Pryce (DT), Mr Dale (class teacher), R. Shah (SW), J. Ibbotson (VS officer)"),
        ("4", "Attendance and progress", None),
        ("4.1", "Attendance this academic year (%)", SC + (f"{d['att']}%" if d["att"] is not None else "Awaiting data from school MIS")),
        ("4.2", "Exclusions / suspensions", SC + "None"),
        ("4.3", "Reading / Writing / Maths (working towards / at / above)", SC + "Reading: working towards | Writing: working towards | Maths: working towards"),
        ("5", "Pupil voice", None),
        ("5.1", "What Tyler said (his own words)", SC + " ".join(d["voice"])),
        ("5.2", "If Tyler did not attend, a clear reason must be recorded", SC + "Tyler attended for the first part of the meeting."),
        ("6", "Targets (only a teacher should set targets)", None),
        ("6.1", "Target 1 – academic (drafted before the meeting)", SC + t1),
        ("6.2", "Target 2 – academic (drafted before the meeting)", SC + maths if maths else PH),
        ("6.3", "Target 3 – holistic / social, emotional and mental health (child centred)", BS + t3),
        ("7", "PP+ request", None),
        ("7.1", "PP+ line 1", BS + pp_line(d["pp"][0])),
        ("7.2", "PP+ line 2", BS + pp_line(d["pp"][1])),
        ("7.3", "PP+ line 3", BS + pp_line(d["pp"][2])),
        ("7.4", "Total PP+ requested this term", BS + f"£{d['pp_total']:.0f}"),
        ("8", "Sign-off", None),
        ("8.1", "DT sign-off", SC + ("Signed – H. Pryce" if d["completed"] else "Choose an item.")),
        ("8.2", "Date signed off", SC + (dt(d["completed"], "dmy/") if d["completed"] else PHD)),
        ("8.3", "Typed up by", "L. Fairclough, Support Officer (CiC Education)"),
    ]
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for q, label, ans in rows:
        cells = t.add_row().cells
        if ans is None:
            m = cells[0].merge(cells[2])
            r = m.paragraphs[0].add_run(f"Question group {q}: {label}")
            r.bold = True
            continue
        cells[0].text = q
        cells[1].text = label
        cells[2].text = ""
        par = cells[2].paragraphs[0]
        for tag in (SW, SC, BS):
            if ans.startswith(tag):
                rr = par.add_run(tag)
                rr.italic = True
                rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
                ans = ans[len(tag):]
        rr = par.add_run(ans)
        if ans in (PH, PHD, "Choose an item."):
            rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        cells[0].width, cells[1].width, cells[2].width = Cm(1.4), Cm(5.6), Cm(10.4)
    doc.save(path)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    out = []
    for n in (1, 2):
        d = data(n)
        p = os.path.join(out_dir, f"{LAYOUT}-{n}.docx")
        render(d, p)
        write_truth(out_dir, LAYOUT, n, "docx", INSPIRED,
                    QUIRKS + (["-2 gaps: attendance 'Awaiting data from school MIS', Target 2 (maths) left as placeholder, PP+ line 2 'Linked to target: n/a', DT sign-off date placeholder"] if n == 2 else []), d)
        out.append(p)
    return out


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
