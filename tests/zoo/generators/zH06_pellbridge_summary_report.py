"""zH06: Pellbridge 'PEPoint' summary report (KS1/Reception, PDF): borderless label/value rows, print headers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_H import e, write_pdf, write_truth, main

LAYOUT = "zH06-pellbridge-summary-report"
INSP = "real-forms.md entries 2, 22, 9, 20, 18; 'What a reader must cope with' 3, 4, 16"
QUIRKS = ["printed-on date and user in the running header (not the meeting date)",
          "borderless label / value rows, labels without colons", "earlier meetings listed with their own dates and statuses",
          "last term's attendance beside this term's", "targets as a numbered list with indented sub-lines",
          "PP+ lines as bullets with the target in brackets", "'Submitted' status with a date instead of a sign-off box"]
CSS = """
@page { @top-left { content: "PEPoint  |  Pellbridge Virtual School  |  Summary report"; font-size: 7.5pt; }
        @top-right { content: var(--printed); font-size: 7.5pt; }
        @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; } }
table.kv td { border: none; padding: 1px 4px; } table.kv td.l { color: #555; width: 32%; }
.sec { border-bottom: 1pt solid #7a2a5a; color: #7a2a5a; font-weight: bold; margin-top: 10px; }
ol li { margin-bottom: 5px; } .sub { margin-left: 12px; color: #333; }
"""

KIDS = [
    dict(n=1, name="Noah Pemberton", first="Noah", school="Holy Cross Catholic Infant School", yrlabel="Year 1", yr=1,
         printed="Printed 02/02/2026 09:14 by j.mistry", cycle="Spring 2026", meet="27/01/2026", meet_iso="2026-01-27",
         status="Submitted 30/01/2026", done_iso="2026-01-30",
         history=[("Autumn 2025", "09/10/2025", "Complete - QA Green")],
         att=[("Attendance - this term", "97.9%"), ("Attendance - autumn term", "93.0%"), ("Attendance - year to date", "95.4%")], att_v=95.4,
         voice=["My favourite thing is golden time and the Lego.", "I can read Pip and Sam by myself!",
                "I don't like it when I get my sounds wrong and everyone hears."],
         voice_how="Recorded by class teacher during a 1:1 reading session. Drawing uploaded: yes (see attachment).",
         targets=[("Phonics", "Noah will read and blend words with the Phase 5 sounds ai, ee, igh, oa and oo in 4 out of 5 keep-up sessions by the end of March 2026",
                   "Success: weekly phonics tracker shows 80%+ on Phase 5 GPCs", "English"),
                  ("Maths", "Noah will count on and back in 2s and 10s to 50 without support by Easter",
                   "Success: can do it in the 'maths meeting' 3 days running", "Maths"),
                  ("Wellbeing", "Noah will use the class 'brave voice' card to read aloud in a small group at least once a week this half term",
                   "Success: TA log", "Wellbeing")],
         pp=[("\u00a3300", 300.0, "Keep-up phonics sessions, 4 x 15 mins weekly with TA", 1),
             ("\u00a3120", 120.0, "Numicon home kit and 2 carer workshops", 2),
             ("\u00a3180", 180.0, "Nurture group (Thursday afternoons) for the spring term", 3)],
         total="Total requested: \u00a3600.00", total_v=600.0),
    dict(n=2, name="Lacey-Jo Brindle", first="Lacey-Jo", school="Pellbridge Park Primary", yrlabel="Reception (YR)", yr=0,
         printed="Printed 18/05/2026 16:02 by pepoint.admin", cycle="Summer 2026", meet="", meet_iso=None,
         status="Submitted 15/05/2026", done_iso="2026-05-15",
         history=[("Autumn 2025", "14/10/2025", "Complete"), ("Spring 2026", "03/02/2026", "Review again - targets not SMART")],
         att=[("Attendance - this term", "91.2%"), ("Attendance - spring term", "89.0%"), ("Attendance - year to date", "90.6%")], att_v=90.6,
         voice=["I like the home corner and being the mummy.", "Can I stay at this school?"],
         voice_how="Said to her key worker at carpet time.",
         targets=[("Literacy", "Lacey-Jo will write her first name with correctly formed letters without a model by the end of June",
                   "Success: name written on 3 pieces of work", "English"),
                  ("Maths", "Lacey-Jo will subitise (see without counting) amounts up to 5 on dice and dot cards by the end of the summer term",
                   "Success: 5 out of 5 in adult check", "Maths")],
         pp=[("Amount TBC", None, "Extra transition visits to Year 1 classroom with key worker", None)],
         total="Total requested: ", total_v=None),
]


def kv(rows):
    return "<table class='kv'>" + "".join(f"<tr><td class='l'>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in rows) + "</table>"


def build_one(out_dir, k):
    fname = f"{LAYOUT}-{k['n']}.pdf"
    css = CSS.replace("var(--printed)", '"' + k["printed"] + '"')
    h = ["<h1>Personal Education Plan &ndash; summary</h1>",
         "<div class='sec'>Child</div>", kv([("Full name", k["name"]), ("Current school", k["school"]), ("Year group", k["yrlabel"]),
                                            ("Legal status", "Care Order (s.31)" if k["n"] == 1 else "Placement Order"),
                                            ("Social worker", "Bea Lindqvist" if k["n"] == 1 else "Tom Oyelaran")]),
         "<div class='sec'>Meeting details</div>", kv([("PEP cycle", k["cycle"]), ("Meeting date", k["meet"]),
                                                      ("Chaired by", "Designated Teacher"), ("PEP status", k["status"])]),
         "<div class='sec'>Previous PEPs on record</div>",
         kv([(c, f"{d}  -  {s}") for c, d, s in k["history"]]),
         "<div class='sec'>Attendance</div>", kv(k["att"]),
         "<div class='sec'>Child's comments</div>",
         "<p>" + "<br/>".join(f"&ldquo;{e(v)}&rdquo;" for v in k["voice"]) + "</p>",
         f"<p class='sub'>{e(k['voice_how'])}</p>",
         "<div class='sec'>Targets agreed at this meeting</div><ol>"]
    for area, text, sc, _ in k["targets"]:
        h.append(f"<li><b>{e(area)}:</b> {e(text)}<div class='sub'>{e(sc)}</div></li>")
    h.append("</ol><div class='sec'>Pupil Premium Plus allocation</div><ul>")
    for amt, _, desc, t in k["pp"]:
        h.append(f"<li>{e(amt)} &ndash; {e(desc)} ({'Target ' + str(t) if t else 'target not linked'})</li>")
    h.append(f"</ul><p>{e(k['total'])}</p>")
    write_pdf("\n".join(h), os.path.join(out_dir, fname), css)

    targets = [{"text": t[1], "area": t[3]} for t in k["targets"]]
    write_truth(out_dir, LAYOUT, fname, INSP, QUIRKS, child_name=k["name"], child_first_name=k["first"], school=k["school"],
                year_group=k["yr"], meeting_date=k["meet_iso"], completed_date=k["done_iso"], attendance_percent=k["att_v"],
                pupil_voice=k["voice"], targets=targets, english_target=any(t["area"] == "English" for t in targets),
                maths_target=any(t["area"] == "Maths" for t in targets),
                pp_spend=[{"description": p[2], "cost": p[1], "target": p[3]} for p in k["pp"]], pp_requested=k["total_v"])


def build(out_dir):
    for k in KIDS:
        build_one(out_dir, k)


if __name__ == "__main__":
    main(build)
