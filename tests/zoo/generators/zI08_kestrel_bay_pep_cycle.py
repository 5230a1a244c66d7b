"""zI08 Kestrel Bay Reception PEP: PDF started by the social worker before the meeting (pre-filled block marked as
such), the meeting named by its PEP cycle (term + academic year) with the options printed, targets laid out across
S / M / A / R / T columns headed by the SMART prompts, child's words as short 'I said' entries with where and when,
status word plus date instead of a signature.

Inspired by real-forms.md entries 2 (PEP cycle as the meeting's identity, status words), 4 (procedure box before the
fields), 9 (EYFS ELGs coded 1/2/3), 15 (SMART prompts; the social worker's part completed at least 10 days before
the meeting).
"""
import os
from _common_I import *

LAYOUT = "zI08-kestrel-bay-pep-cycle"
INSPIRED = "real-forms.md entries 2, 4, 9, 15"
QUIRKS = ["block pre-filled by the social worker before the meeting, labelled as such",
          "PEP cycle options (term / academic year) printed, the current one marked",
          "targets split across S / M / A / R / T columns headed by the SMART prompts",
          "target text is only the 'Specific' cell",
          "previous targets reviewed as Met / Not met",
          "ELGs coded 1 / 2 / 3",
          "child's words as short 'I said' rows with where and when",
          "status word (Complete) plus a date"]

WINDOWS = ["Autumn 2025/26", "Spring 2025/26", "Summer 2025/26"]

CASES = [
    dict(n=1, name="Zara Haddou", first="Zara", school="Seabrook Lane Primary School", dob="08/02/2021",
         window=0, upn="K884100020311", sw="Mr Tomasz Bielski", vs="Mrs June Abara (VS Early Years teacher)",
         meeting="16 October 2025", meeting_iso="2025-10-16",
         att="Sessions attended since 3 September: 54 of 58 (93.1%).", attp=93.1,
         elg=[("Communication and Language: Speaking", "1"), ("Literacy: Word Reading", "1"),
              ("Mathematics: Number", "2"), ("PSED: Managing Self", "2"), ("Physical: Fine Motor Skills", "1")],
         said=[("\"I can do my coat zip now. Look!\"", "Cloakroom, 8 October"),
               ("\"I don't like the big playground, the big children run at me.\"", "Talking with Miss Finch, 10 October"),
               ("\"My best is the playdough and the train track.\"", "Choosing time, 13 October")],
         voice=["I can do my coat zip now. Look!", "I don't like the big playground, the big children run at me.",
                "My best is the playdough and the train track."],
         prev=[("Settle into Reception with a key adult (from the nursery PEP)", "Met")],
         targets=[("Zara will blend and read 10 CVC words (e.g. sat, pin, map) from the Set 1 sounds by the spring PEP",
                   "Phonics tracker; 8/10 in the Little Wandle check", "Miss Finch (class teacher) and Mrs Dow (TA)",
                   "Yes - uses the train-track words she chose", "By the spring PEP (Feb 2026)", "English"),
                  ("Zara will subitise (recognise without counting) groups of up to 5 dots on dice and cards by the end of January",
                   "Observed in 3 maths sessions; recorded on Tapestry", "Miss Finch",
                   "Yes - dice games at playdough time, which she picked", "31 January 2026", "Maths"),
                  ("Zara will use the pencil grip to write the first letter of her name and join in the daily dough gym by the spring PEP",
                   "Name-writing samples in her book", "Mrs Dow (TA)", "Yes - she is proud of doing her zip", "Spring PEP", "Physical")],
         spend=[("1", "Little Wandle keep-up group, 3 x 10 minutes a week for 14 weeks (TA time)", "£210.00"),
                ("2", "Maths resources: dot cards, Numicon and rekenrek for class and home", "£60.00"),
                ("3", "Dough gym and fine-motor kit; pencil grips", "£30.00")],
         total="£300.00 (first half of the autumn allocation)", total_num=300.0,
         status="Complete", completed="30 October 2025", completed_iso="2025-10-30"),
    dict(n=2, name="Oskar Brennan-Wu", first="Oskar", school="St Non's Catholic Primary School", dob="27/05/2020",
         window=1, upn="K884100020988", sw="Ms Gemma Frayne", vs="Mrs June Abara (VS Early Years teacher)",
         meeting="4 February 2026", meeting_iso="2026-02-04",
         att="Attendance 87.5% - below 90%. Late most Mondays (travel from family time).", attp=87.5,
         elg=[("Communication and Language: Speaking", "2"), ("Literacy: Word Reading", "1"),
              ("Mathematics: Number", "1"), ("PSED: Managing Self", "1"), ("Physical: Fine Motor Skills", "2")],
         said=[("No pupil views shared", "")],
         voice=[],
         prev=[("Oskar to read 10 CVC words", "Not met - smaller step set (see target 1)"),
               ("Oskar to count to 10", "Not met - smaller step set (see target 2)")],
         targets=[("Oskar will read the 6 CVC words using s, a, t, p, i, n in his reading book to an adult by Easter",
                   "Reading record", "Class teacher", "Yes", "Easter 2026", "English"),
                  ("Oskar will count 5 objects, touching each one, in the maths area by Easter",
                   "Observation", "TA", "Yes", "Easter 2026", "Maths")],
         spend=[("", "Speech and language assessment (private)", "£180.00"),
                ("1", "Reading books for home", "")],
         total="", total_num=None,
         status="Complete", completed="11 February 2026", completed_iso="2026-02-11"),
]


def render(c, path):
    st = pstyles("Helvetica", 9)
    W = avail_width()
    s = []
    s.append(P("KESTREL BAY VIRTUAL SCHOOL", st["h3"]))
    s.append(P("Personal Education Plan - Reception (Early Years Foundation Stage)", st["h1"]))
    s.append(ptable([["PEP Procedure for children in Reception. 1. Arranging the Meeting - the social worker "
                      "starts a new PEP each term and completes the first part at least 10 days before the "
                      "meeting. 2. The school completes the rest within 10 working days of the meeting and "
                      "sets the status to Complete."]], st, [W],
                    header=False, extra=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF2CC"))]))
    s.append(Spacer(1, 6))
    rows = [["", w] for w in WINDOWS]
    for i, r in enumerate(rows):
        r[0] = "[X]" if i == c["window"] else "[ ]"
    s.append(P("PEP cycle (term and academic year)", st["h3"]))
    s.append(ptable(rows, st, [W * 0.08, W * 0.92], header=False))
    s.append(Spacer(1, 6))
    s.append(band("COMPLETED BY THE SOCIAL WORKER BEFORE THE MEETING - school to check and correct", st, W, bg="#7F7F7F"))
    s.append(ptable([["Child", c["name"]], ["Date of birth", c["dob"]], ["UPN", c["upn"]], ["School", c["school"]],
                     ["Year group", "Reception"], ["Social worker", c["sw"]], ["Virtual School contact", c["vs"]]],
                    st, [W * 0.3, W * 0.7], header=False, label_col=True,
                    extra=[("BACKGROUND", (1, 0), (1, -1), colors.HexColor("#EDEDED"))]))
    s.append(Spacer(1, 6))
    s.append(band("COMPLETED BY SCHOOL", st, W, bg="#2F5597"))
    s.append(ptable([["Date of meeting", c["meeting"]], ["Attendance", c["att"]]], st, [W * 0.3, W * 0.7],
                    header=False, label_col=True))
    s.append(Spacer(1, 4))
    s.append(P("Early learning goals - 1 = Emerging, 2 = Expected, 3 = Exceeding (current judgement)", st["h3"]))
    rows = [["ELG", "1 / 2 / 3"]] + [list(e) for e in c["elg"]]
    s.append(ptable(rows, st, [W * 0.75, W * 0.25]))
    s.append(Spacer(1, 4))
    s.append(P("What I said (write the child's exact words)", st["h3"]))
    rows = [["I said", "Where / when"]] + [list(x) for x in c["said"]]
    s.append(ptable(rows, st, [W * 0.7, W * 0.3]))
    s.append(Spacer(1, 4))
    s.append(P("Last PEP's targets", st["h3"]))
    rows = [["Target", "Met / Not met"]] + [list(p) for p in c["prev"]]
    s.append(ptable(rows, st, [W * 0.6, W * 0.4]))
    s.append(PageBreak())
    s.append(band("NEW TARGETS (SMART)", st, W, bg="#2F5597"))
    rows = [["No.", "S Specific: What is the observable difference/benefit we are expecting to see?",
             "M Measurable: How will be know when the target has been achieved?", "A Achievable: Who will help?",
             "R Relevant: Has it taken the child's voice into consideration?", "T Time-bound: By when?"]]
    for i, t in enumerate(c["targets"], 1):
        rows.append([str(i)] + list(t[:5]))
    s.append(ptable(rows, st, [W * 0.05, W * 0.33, W * 0.18, W * 0.16, W * 0.13, W * 0.15]))
    s.append(Spacer(1, 6))
    s.append(P("Pupil Premium Plus (PP+) request", st["h3"]))
    rows = [["For target", "What we will buy / provide", "Cost"]] + [list(x) for x in c["spend"]]
    rows.append(["", "Total PP+ requested", c["total"]])
    s.append(ptable(rows, st, [W * 0.12, W * 0.66, W * 0.22]))
    s.append(Spacer(1, 6))
    s.append(ptable([["PEP status", c["status"]], ["Date status set", c["completed"]]], st, [W * 0.3, W * 0.7],
                    header=False, label_col=True))
    build_pdf(path, s, header=f"Kestrel Bay VS | Reception PEP | {c['name']}", footer="KBVS-EY-R v2")


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.pdf"
        render(c, os.path.join(out_dir, fname))
        areas = [t[5] for t in c["targets"]]
        write_truth(out_dir, fname, dict(
            layout=LAYOUT, inspired_by=INSPIRED, quirks=QUIRKS,
            child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=0,
            meeting_date=c["meeting_iso"], completed_date=c["completed_iso"], attendance_percent=c["attp"],
            pupil_voice=c["voice"],
            targets=[{"text": t[0], "area": a} for t, a in zip(c["targets"], areas)],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": x[1], "cost": float(x[2].strip("£")) if x[2] else None,
                       "target": int(x[0]) if x[0] else None} for x in c["spend"]],
            pp_requested=c["total_num"]))
