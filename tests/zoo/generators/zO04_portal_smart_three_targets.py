"""zO04: professional-portal PEP print (PDF), school age: first-person section names completed by the
social worker and delegated to the school, several 'Label: value' pairs per line, three fixed targets
(two academic + one holistic), each with a horizontal S | M | A | R | T grid, PPG/PEPSA costing."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_O import *

LAYOUT = "zO04-portal-smart-three-targets"
INSPIRED = "real-forms.md entries 15, 31"
QUIRKS = ["several 'Label: value' pairs on one line in the first-person sections 'My Personal Information' and 'My Health'",
          "delegation stamps: social worker section done 10 days ahead, setting section delegated by email",
          "three fixed targets: Target 1 and 2 academic (drafted before the meeting), Target 3 holistic/SEMH",
          "each target a statement row over a horizontal S | M | A | R | T grid with the template prompts as column heads",
          "PPG/PEPSA costing table with a 'Links to target' column",
          "SDQ score with its band; 'clear reason must be recorded' box if the child did not attend"]
SMART_HEAD = ["S Specific", "M Measurable", "A Achievable", "R Relevant", "T Time-bound"]


def pairs_line(pairs):
    return P("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in pairs), "body", raw=True)


def render(d, path):
    s = [P(f"{d['la']} – Professional Portal – Personal Education Plan (school age)", "small"),
         P("Personal Education Plan", "h1"),
         pairs_line([("PEP ID", d["id"]), ("Term", "Autumn 2026"), ("Meeting date", d["meeting"])]),
         Spacer(1, 4),
         banner("My Personal Information", "#4a4a8a"),
         P(f"Completed by Social Worker {d['sw']} on {d['sw_date']} (at least 10 days before the meeting)", "small"),
         pairs_line([("Name", d["name"]), ("Date of birth", d["dob"]), ("Year group", d["year"])]),
         pairs_line([("Legal status", d["legal"]), ("Placement", d["placement"])]),
         pairs_line([("School", d["school"]), ("Designated teacher", d["dt"])]),
         Spacer(1, 4), banner("My Health", "#4a4a8a"),
         pairs_line([("SDQ total", d["sdq"]), ("Band", d["sdq_band"]), ("Date of SDQ", d["sdq_date"])]),
         pairs_line([("Health needs", d["health"])]),
         Spacer(1, 4), banner("My School (delegated to the setting)", "#8a4a4a"),
         P(f"Delegated by email on {d['deleg']}. The setting completes this part within 10 working days of the meeting.", "small"),
         pairs_line([("Attendance (this academic year)", d["att"]), ("Suspensions", "0")]),
         pairs_line([("Reading", d["rd"]), ("Writing", d["wr"]), ("Maths", d["ma"])]),
         Spacer(1, 4), P("My views", "h2"),
         tbl([["Did the child attend the meeting?", d["attended"]],
              ["If not, a clear reason must be recorded", d["reason"]],
              ["What I told my teacher before the meeting", d["views_text"]]], [70 * mm, 110 * mm], bg_first_col="#f0f0f0"),
         Spacer(1, 4), P("Targets (only a teacher should set targets)", "h2"),
         P("Targets one and two address academic progress and are drafted before the meeting. "
           "Target three is holistic (social, emotional and mental health), child centred and reflects the child's views.", "small")]
    for i, t in enumerate(d["targets"], 1):
        rows = [[P(f"<b>Target {i} – {esc(t['kind'])}:</b> {esc(t['text'])}", "cell", raw=True), "", "", "", ""],
                SMART_HEAD, t["smart"]]
        s.append(Spacer(1, 3))
        s.append(tbl(rows, [36 * mm] * 5, extra=[("SPAN", (0, 0), (-1, 0)),
                                                 ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#e8e8f4"))]))
        s.append(P(f"Set by: {t['set_by']}", "small"))
    s.append(Spacer(1, 4))
    s.append(P("PPG/PEPSA (as appropriate) – costed and clearly linked to the targets", "h2"))
    rows = [["Fund", "Intervention", "Cost", "Links to target"]] + [list(r) for r in d["pp"]]
    rows.append(["", "Total requested", d["total"], ""])
    s.append(tbl(rows, [22 * mm, 108 * mm, 25 * mm, 25 * mm], header=True))
    s.append(Spacer(1, 4))
    s.append(tbl([["Setting section completed", d["completed"]], ["QA (RAG)", d["rag"]]], [70 * mm, 110 * mm]))
    pdf_doc(path, s, header=f"OFFICIAL-SENSITIVE  {d['name']}  PEP {d['id']}", footer="Portal print  page {page}")


T1 = [dict(kind="academic", text="Noah will read a Year 3 book band (gold) fluently at 70 words per minute by February half-term",
           smart=["Reads gold band aloud without losing his place", "Running record at 70 wpm", "TA reading 3 x 15 min a week",
                  "Noah said he wants to read the Beast Quest books", "By 12/02/2027"], set_by="Miss Carys Jenner, class teacher"),
      dict(kind="academic", text="Noah will recall the 2, 5 and 10 times tables in any order within 5 seconds each by 12/02/2027",
           smart=["Quick recall in any order", "Weekly times-table check 20/20", "Daily 5-minute practice", "Needed for Year 3 multiplication", "By 12/02/2027"],
           set_by="Miss Carys Jenner, class teacher"),
      dict(kind="holistic", text="Noah will choose a calm-corner activity himself when he feels angry, at least 4 days out of 5, by Christmas",
           smart=["Uses calm corner instead of leaving the room", "Behaviour log, 4 of 5 days", "ELSA teaches the choices",
                  "Has it taken the child's voice into consideration? Yes – Noah asked for a quiet place", "By 18/12/2026"],
           set_by="Mrs Ayesha Rahman, SENCo")]
PP1 = [("PEPSA", "TA reading sessions, 3 x 15 minutes a week for 12 weeks (9 hours at £20)", "£180.00", "1"),
       ("PPG", "ELSA sessions, 8 x 30 minutes with Mrs Okafor", "£160.00", "3")]
D1 = dict(la="Redmarsh County Council", id="RM-PEP-55120", meeting="29/09/2026", sw="Tom Ferrand", sw_date="17/09/2026",
          name="Noah Pennington", dob="14/06/2019", year="Year 3", legal="Care Order (s31)", placement="Foster care",
          school="Harrowgate Lane Primary Academy", dt="Mrs Ayesha Rahman", sdq="15", sdq_band="14-16 - borderline",
          sdq_date="04/09/2026", health="Asthma – inhaler kept in class", deleg="18/09/2026", att="97.3%",
          rd="Working towards", wr="Working towards", ma="Expected", attended="Yes",
          reason="N/A", views_text="I like the Beast Quest books and I want to read them on my own. When I get angry I want a quiet place to go.",
          targets=T1, pp=PP1, total="£340.00", completed="09/10/2026", rag="Green")
V1 = ["I like the Beast Quest books and I want to read them on my own. When I get angry I want a quiet place to go."]

T2 = [dict(kind="academic", text="Ava will use capital letters and full stops correctly in 4 out of 5 sentences in her independent writing by February half-term",
           smart=["Punctuates sentences", "Writing sample 4/5", "Teacher modelling daily", "Writing is her priority area", "By 12/02/2027"], set_by="Mr Ben Hollis, class teacher"),
      dict(kind="academic", text="Ava will read 40 Year 2 common exception words correctly by 12/02/2027",
           smart=["Reads words on sight", "Word check 40/40", "Flashcards at home and school", "Needed for fluency", "By 12/02/2027"], set_by="Mr Ben Hollis, class teacher"),
      dict(kind="holistic", text="Ava will join one lunchtime club each week this term",
           smart=["Attends a club", "Club register", "Lunchtime supervisor reminds her", "Helps friendships", "By 18/12/2026"], set_by="Mr Ben Hollis, class teacher")]
PP2 = [("PEPSA", "Phonics catch-up resources and 1:1 reading with the TA", "£150.00", ""),
       ("PPG", "Lunchtime club fee", "£30.00", "3")]
D2 = dict(D1, id="RM-PEP-55387", meeting="13/10/2026", sw="Grace Obi", sw_date="01/10/2026", name="Ava Kowalczyk", dob="09/01/2019",
          year="Year 3", legal="Section 20", school="Marlpit Infant and Junior School", dt="Mr Ben Hollis", sdq="11",
          sdq_band="0-13 - normal", sdq_date="21/09/2026", health="None known", deleg="02/10/2026", att="95.1%",
          rd="Working towards", wr="Below", ma="Working towards", attended="No", reason="", views_text="",
          targets=T2, pp=PP2, total="£180.00", completed="27/10/2026", rag="Amber")


def build(out_dir):
    t1 = dict(child_name=D1["name"], child_first_name="Noah", school=D1["school"], year_group=3, meeting_date="2026-09-29",
              completed_date="2026-10-09", attendance_percent=97.3, pupil_voice=V1,
              targets=[{"text": T1[0]["text"], "area": "English"}, {"text": T1[1]["text"], "area": "Maths"},
                       {"text": T1[2]["text"], "area": "SEMH"}], english_target=True, maths_target=True,
              pp_spend=[{"description": PP1[0][1], "cost": 180.0, "target": 1}, {"description": PP1[1][1], "cost": 160.0, "target": 3}],
              pp_requested=340.0)
    t2 = dict(child_name=D2["name"], child_first_name="Ava", school=D2["school"], year_group=3, meeting_date="2026-10-13",
              completed_date="2026-10-27", attendance_percent=95.1, pupil_voice=[],
              targets=[{"text": T2[0]["text"], "area": "English"}, {"text": T2[1]["text"], "area": "English"},
                       {"text": T2[2]["text"], "area": "SEMH"}], english_target=True, maths_target=False,
              pp_spend=[{"description": PP2[0][1], "cost": 150.0, "target": None}, {"description": PP2[1][1], "cost": 30.0, "target": 3}],
              pp_requested=180.0)
    gaps = ["-2 gaps: child did not attend and no reason or views recorded, both academic targets are English (no maths), "
            "PEPSA line not linked to a target"]
    for i, (d, t) in enumerate([(D1, t1), (D2, t2)], 1):
        fname = f"{LAYOUT}-{i}.pdf"
        render(d, os.path.join(out_dir, fname))
        write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS + (gaps if i == 2 else []), **t)


if __name__ == "__main__":
    run_main(build)
