"""zN03: online PEP form export (form ID, N/A in mandatory fields; entry 22) with a separate termly
PPP request form attached, backdating question (entry 18). PDF, Year 5."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_N import Pdf, write_truth

LAYOUT = "zN03-ppp-online-form-annex"
INSP = "real-forms.md entries 18, 22"
QUIRKS = ["online form export with Form ID and 'sent automatically as a PDF'", "literal N/A in mandatory fields",
          "PPP (not PP+) request is a separate form appended after the PEP", "backdated PPP question",
          "previous term targets reviewed beside new ones", "submitted status instead of signature"]

CASES = {
1: dict(name="Harvey Castellano", first="Harvey", school="Oakridge Junior School", meeting="06/10/2026", meeting_iso="2026-10-06",
        sub="13/10/2026 16:42", sub_iso="2026-10-13", att="97.1%", att_n=97.1,
        voice=["I like guided reading now because we get to choose the book.",
               "Times tables are hard when it is a timed test, I panic.",
               "I want to be on the school football team in Year 6."],
        prev=[("Learn 2, 5 and 10 times tables", "Achieved - 18/20 on check"), ("Use full stops in independent writing", "Partly achieved")],
        targets=[("Harvey will recall the 3, 4 and 8 times tables, scoring 20/25 on the weekly untimed check, by February half-term", "Maths"),
                 ("Harvey will use capital letters, full stops and commas in a list in 3 pieces of independent writing by the spring PEP", "English"),
                 ("Harvey will raise his reading age from 8.2 to 8.10 on the Salford test by the spring PEP", "English")],
        ppp=[("Times Tables Rock Stars home login plus 3 x 10-minute TA sessions a week (T1)", "£30/hr x 6 hrs = £180", 180.0, 1, "Fluent 3, 4, 8 times tables"),
             ("Small-group writing boost with class teacher after school, 1 hour weekly for 8 weeks (T2)", "£240", 240.0, 2, "Punctuation secure in writing"),
             ("Reading buddy scheme and book bundle chosen by Harvey (T3)", "£80", 80.0, 3, "Reading age up 8 months")],
        total="£500.00", total_n=500.0, backdate="No"),
2: dict(name="Summer Adebayo-Reid", first="Summer", school="Kingsfold Primary Academy", meeting="19/11/2026", meeting_iso="2026-11-19",
        sub="N/A", sub_iso=None, att="N/A", att_n=None,
        voice_file=["Summer did not want to talk at the meeting. She wrote on her sheet: \"I like art and my teacher Miss Joy.\""],
        voice=["I like art and my teacher Miss Joy."],
        prev=[("Read a chapter book independently", "Not achieved")],
        targets=[("Summer will read a level 14 book aloud with 95% accuracy to her class teacher by the next PEP", "English")],
        ppp=[("Art therapy sessions", "N/A", None, None, "N/A"),
             ("Reading intervention with TA 3 x week", "£200", 200.0, None, "Better reading")],
        total="£600.00", total_n=600.0, backdate="Yes - autumn term backdated PPP of £600 requested"),
}


def make(out_dir, n):
    c = CASES[n]
    stem = f"{LAYOUT}-{n}"
    pdf = Pdf(os.path.join(out_dir, stem + ".pdf"), header=f"Form ID: BVS-26A-{'0391' if n == 1 else '0744'}   Bedwick Virtual School online PEP form",
              footer="This PDF was sent automatically on submission. Once submitted, no further changes can be made.")
    pdf.h("Personal Education Plan - Autumn 2026")
    pdf.table([["Field *", "Response"], ["Pupil name *", c["name"]], ["National Curriculum year *", "Year 5"], ["School *", c["school"]],
               ["Date of PEP meeting *", c["meeting"]], ["Attendance this academic year (%) *", c["att"]],
               ["Suspensions this year *", "0"], ["Part-time timetable? *", "N/A"], ["EHCP / SEN support *", "N/A"]],
              widths=[200, 320], shade_first_col=True)
    pdf.h("Pupil voice *", 2)
    pdf.table([["In the pupil's own words"]] + [[v] for v in c.get("voice_file", c["voice"])], widths=[520])
    pdf.h("Review of last term's targets", 2)
    pdf.table([["Previous target", "Outcome"]] + [list(p) for p in c["prev"]], widths=[320, 200])
    pdf.h("New SMART targets", 2)
    pdf.table([["T", "Target", "Subject"]] + [[f"T{i}", t, a] for i, (t, a) in enumerate(c["targets"], 1)], widths=[30, 400, 90])
    pdf.table([["Submission status", "Submitted (date/time)"], ["Submitted" if n == 1 else "Saved - not submitted", c["sub"]]], widths=[260, 260])
    pdf.page_break()
    pdf.h("Pupil Premium Plus (PPP) termly request form")
    pdf.p("Please give details of the intended use of the funding, the total amount being requested (including costs of the interventions) and the intended impact. Schools may re-submit the previous PPP form.")
    rows = [["Intended use of the funding", "Cost", "Target no.", "Intended impact"]]
    for desc, cost, _, tno, imp in c["ppp"]:
        rows.append([desc, cost, f"T{tno}" if tno else "", imp])
    rows.append(["Total amount being requested", c["total"], "", ""])
    pdf.table(rows, widths=[230, 100, 60, 130])
    pdf.p("Please stipulate on this terms form if you wish to apply for backdated pupil premium: " + c["backdate"])
    pdf.save()
    write_truth(out_dir, stem, "pdf", dict(
        inspired_by=INSP, quirks=QUIRKS, child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=5,
        meeting_date=c["meeting_iso"], completed_date=c["sub_iso"], attendance_percent=c["att_n"], pupil_voice=c["voice"],
        targets=[{"text": t, "area": a} for t, a in c["targets"]],
        english_target=any(a == "English" for _, a in c["targets"]), maths_target=any(a == "Maths" for _, a in c["targets"]),
        pp_spend=[{"description": d_, "cost": cn, "target": tn} for d_, _, cn, tn, _ in c["ppp"]], pp_requested=c["total_n"]))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
