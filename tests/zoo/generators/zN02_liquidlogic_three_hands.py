"""zN02: Liquidlogic-started Word PEP filled in by SW, school and a support officer (entry 17), Reception,
with 'next steps' targets and an EYPP request block."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_N import Docx, write_truth

LAYOUT = "zN02-liquidlogic-three-hands"
INSP = "real-forms.md entry 17"
QUIRKS = ["case-system print-out with system field codes", "three hands marked [SW] [School] [Typed up by support officer]",
          "SW part stops at the 'PEP meeting' point", "'next steps' targets numbered NS1..", "EYPP request block beside the PEP",
          "labels with no colon, values in the cell below"]

CASES = {
1: dict(name="Kacper Olufemi-Hart", first="Kacper", school="Marlow Brook Primary School", meeting="21/10/2026",
        meeting_iso="2026-10-21", typed="28/10/2026", typed_iso="2026-10-28", att="94.8", att_n=94.8,
        voice=["Kacper said \"I like the bikes outside and Mrs Patel reads me dinosaur books.\"",
               "\"I don't like it when it's loud in the hall.\""],
        targets=[("Kacper will blend and read 10 CVC words from his phonics set 2 cards with his TA by the February PEP", "English"),
                 ("Kacper will write the first 3 letters of his name with correct formation in his writing book by December", "English"),
                 ("Kacper will count reliably to 10 and say one more than a number to 10 in maths carpet time by the February PEP", "Maths"),
                 ("Kacper will use his ear defenders and a 'calm card' to leave the hall at lunch when it is too loud, on 4 of 5 days, by Christmas", "PSED")],
        eypp=[("Learning", "Daily 10-minute Fast Track Phonics catch-up with TA (Mrs Patel), 12 weeks", "NS1", "Reads 10 CVC words", "£216.00 (£18 x 12 weeks)", 216.0, 1),
              ("Learning", "Numicon starter set for 1:1 number sessions, 2 x weekly", "NS3", "Counts to 10 and says one more", "£64.50", 64.5, 3),
              ("Pastoral", "Ear defenders and visual 'calm card' kit, lunchtime nurture group place", "NS4", "Copes with noise at lunch", "£95.00", 95.0, 4)],
        total="£375.50", total_n=375.5, dt="Signed (DT) A. Marchetti  Date 28/10/2026"),
2: dict(name="Lily-Ann Drummond", first="Lily-Ann", school="St Cuthbert's C of E Primary", meeting="12/11/2026",
        meeting_iso="2026-11-12", typed=None, typed_iso=None, att="", att_n=None,
        voice=["Lily-Ann drew a picture of her and her carer at the park and said \"That's me on the big slide.\""],
        targets=[("Lily-Ann will recognise and say the sounds s, a, t, p, i, n in phonics sessions by the next PEP", "English"),
                 ("Lily-Ann will play alongside a friend in role play for 10 minutes, observed by staff 3 times by the next PEP", "PSED")],
        eypp=[("Learning", "Phonics resources", "", "Better reading", "£150.00", 150.0, None),
              ("Pastoral", "Forest school sessions with her class", "NS2", "Friendships", "£90.00", 90.0, 2)],
        total="£240.00", total_n=240.0, dt="Signed (DT)                Date"),
}


def make(out_dir, n):
    c = CASES[n]
    stem = f"{LAYOUT}-{n}"
    d = Docx(header="LCS  Form: EDU_PEP_SA_v7   Printed from Liquidlogic", footer="Cheshire Mere Virtual School - PEP (Word version emailed by Business Support)")
    d.h("Personal Education Plan - Term 1 2026/27", 0)
    d.p("[SW] Sections A-C completed by allocated social worker up to the 'PEP meeting' point", italic=True)
    d.table([["Child name", "Person ID", "Year group"], [c["name"], "LL-" + ("448201" if n == 1 else "512077"), "Reception (YR)"]])
    d.table([["Current school", "School DfE number", "Date of PEP meeting"], [c["school"], "895/2" + ("114" if n == 1 else "207"), c["meeting"]]])
    d.h("A. Care plan summary [SW]", 2)
    d.p("Child lives with long-term foster carers. Family time with birth mother fortnightly, supervised.")
    d.h("B. What the social worker knows about the child's learning [SW]", 2)
    d.p("Carers report the child enjoys stories at bedtime. No concerns raised by health.")
    d.h("C. PEP meeting [School]", 2)
    d.table([["Attendance % (this academic year)", "Exclusions / suspensions", "SEN status"], [c["att"], "None", "No SEN"]])
    d.p("Child's views (how gathered: talk with keyworker before the meeting) [School]", bold=True)
    for v in c["voice"]:
        d.p(v)
    d.h("D. Next steps targets [School]", 2)
    rows = [["No.", "'Next steps' target", "Area", "Who will support"]]
    for i, (t, a) in enumerate(c["targets"], 1):
        rows.append([f"NS{i}", t, a, "Class teacher / TA"])
    d.table(rows)
    d.h("E. EYPP request [Typed up by support officer]", 2)
    d.p("Any request for EYPP must be linked to 'next steps' targets on the PEP.", italic=True)
    rows = [["Type of intervention (pastoral or learning)", "Description of intervention", "Target details", "Expected impact", "Cost of the support"]]
    for e in c["eypp"]:
        rows.append(list(e[:5]))
    rows.append(["", "", "", "TOTAL", c["total"]])
    d.table(rows)
    d.p("PEP typed up by support officer on")
    d.p(c["typed"] or "")
    d.p(c["dt"])
    d.save(os.path.join(out_dir, stem + ".docx"))
    tg = [{"text": t, "area": a} for t, a in c["targets"]]
    write_truth(out_dir, stem, "docx", dict(
        inspired_by=INSP, quirks=QUIRKS, child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=0,
        meeting_date=c["meeting_iso"], completed_date=c["typed_iso"], attendance_percent=c["att_n"], pupil_voice=c["voice"],
        targets=tg, english_target=any(a == "English" for _, a in c["targets"]), maths_target=any(a == "Maths" for _, a in c["targets"]),
        pp_spend=[{"description": e[1], "cost": e[5], "target": e[6]} for e in c["eypp"]], pp_requested=c["total_n"]))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
