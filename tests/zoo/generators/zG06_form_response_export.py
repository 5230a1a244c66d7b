"""zG06: secondary PEP submitted through an online questionnaire and exported as a 'response' PDF.

Numbered questions with asterisks, answers in grey boxes below them, radio/checkbox glyphs, a
response header with started/completed timestamps, a PPP request section with backdating question.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_G import html_to_pdf, esc, write_truth, main  # noqa: E402

LAYOUT = "zG06-form-response-export"
INSPIRED = "real-forms.md entries 22, 18, 2"
QUIRKS = ["questionnaire response export: numbered questions, answers below in boxes",
          "completion shown only as the response's 'Completed' timestamp (or 'In progress')",
          "term chosen by radio button glyphs; attendees by checkbox glyphs",
          "'N/A' in mandatory answers", "targets and their subject as separate questions",
          "PPP (Pupil Premium Plus) request as numbered sub-questions; backdated PPP question",
          "percent answered as a bare number"]

CSS = """
@page { size: A4; margin: 14mm 16mm; @top-right { content: "FormDesk | response export"; font-size: 7pt; color: #777; }
        @bottom-center { content: counter(page); font-size: 7pt; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1d1d1d; }
.resp { border: 1pt solid #2c6e49; background: #eef6f0; padding: 5px 8px; font-size: 8pt; }
h1 { font-size: 14pt; color: #2c6e49; margin: 8px 0 2px 0; }
h2 { font-size: 10pt; color: #fff; background: #2c6e49; padding: 3px 6px; margin: 14px 0 4px 0; }
.q { font-weight: bold; margin: 9px 0 2px 0; page-break-after: avoid; }
.hint { font-size: 7.5pt; color: #666; margin: 0 0 2px 0; }
.a { background: #f1f1f1; border: 0.5pt solid #ccc; padding: 4px 7px; min-height: 12px; }
.req { color: #c00; }
"""

CHILDREN = [
    dict(
        stem=LAYOUT + "-1", response="0217", started="17/11/2025 14:02", completed="17/11/2025 15:36",
        status="Completed", by="pep.dt@saltmarsh-academy.example.org",
        name="Harvey Quansah-Reid", ncy="Year 10", school="Saltmarsh Academy", meeting="12/11/2025",
        term="Autumn 2025", present=["Designated Teacher", "Social worker", "Carer", "Young person"],
        att="93.8", susp="N/A",
        voice="I'm doing better in English since I moved sets. Maths is my worst subject because I missed most of Year 8. "
              "I want to do an electrician apprenticeship after Year 11.",
        voice_truth=["I'm doing better in English since I moved sets.",
                     "Maths is my worst subject because I missed most of Year 8.",
                     "I want to do an electrician apprenticeship after Year 11."],
        review="Summer targets: reading for 20 minutes a day - achieved (reading log). Homework club - partly achieved.",
        targets=[("Harvey will complete four timed GCSE Foundation maths papers and raise his mock score from 38% to 50% "
                  "by the January mocks", "Maths"),
                 ("Harvey will write two full 'Language Paper 1' Question 5 responses and get at least 18/40 in each by "
                  "the spring PEP", "English"),
                 ("Harvey will arrange and attend a taster day with the electrical department at Saltmarsh College "
                  "before February half-term", "Careers / aspirations")],
        spend=[("Maths tutoring, 10 x 1 hour with Fleetwise Tutors", "£400.00", "1", 400.0),
               ("Revision guides and workbooks for English Language", "£25.00", "2", 25.0),
               ("Careers taster day and PPE hire", "£225", "3", 225.0)],
        total="650", backdated="No",
        truth=dict(child_name="Harvey Quansah-Reid", child_first_name="Harvey", school="Saltmarsh Academy",
                   year_group=10, meeting_date="2025-11-12", completed_date="2025-11-17", attendance_percent=93.8,
                   english_target=True, maths_target=True, pp_requested=650.0),
    ),
    dict(
        stem=LAYOUT + "-2", response="0244", started="01/12/2025 09:15", completed="-",
        status="In progress (not submitted)", by="-",
        name="Lacey Winterbourne", ncy="Year 11", school="Brookfield High School", meeting="26/11/2025",
        term="Autumn 2025", present=["Designated Teacher", "Social worker"],
        att="N/A", susp="1",
        voice="Lacey told her form tutor: \"I just want to get through my exams and then decide.\" and "
              "\"Food Tech is the only lesson I actually look forward to.\"",
        voice_truth=["I just want to get through my exams and then decide.",
                     "Food Tech is the only lesson I actually look forward to."],
        review="N/A",
        targets=[("Lacey will attend all four after-school maths revision sessions before the mocks and complete the "
                  "corrections booklet", "Maths"),
                 ("N/A", "N/A")],
        spend=[("Maths revision tutor, 5 x 1 hour", "£225", "1", 225.0),
               ("Food Tech ingredients for NEA practical", "£60", "N/A", 60.0)],
        total="285", backdated="Yes - autumn 1",
        truth=dict(child_name="Lacey Winterbourne", child_first_name="Lacey", school="Brookfield High School",
                   year_group=11, meeting_date="2025-11-26", completed_date=None, attendance_percent=None,
                   english_target=False, maths_target=True, pp_requested=285.0),
    ),
]

TERMS = ["Autumn 2025", "Spring 2026", "Summer 2026"]
WHO = ["Designated Teacher", "Social worker", "Carer", "Young person", "IRO", "Virtual School", "SENCo"]


class Q:
    def __init__(self):
        self.n = 0
        self.h = []

    def ask(self, text, answer, req=True, hint=None, html=False):
        self.n += 1
        star = " <span class='req'>*</span>" if req else ""
        self.h.append(f"<p class='q'>{self.n}. {esc(text)}{star}</p>")
        if hint:
            self.h.append(f"<p class='hint'>{esc(hint)}</p>")
        self.h.append(f"<div class='a'>{answer if html else esc(answer)}</div>")


def build_one(out_dir, c):
    h = [f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"]
    h.append(f"<div class='resp'>Response #{c['response']} &nbsp;|&nbsp; Started: {c['started']} &nbsp;|&nbsp; "
             f"Completed: {esc(c['completed'])} &nbsp;|&nbsp; Status: {esc(c['status'])} &nbsp;|&nbsp; "
             f"Respondent: {esc(c['by'])}</div>")
    h.append("<h1>Kestrel Coast Virtual School - Termly PEP submission (secondary)</h1>")
    h.append("<p class='hint'>One submission per young person per term. Once submitted, no further changes can be "
             "made. For any mandatory question not relevant to you, enter N/A.</p>")
    q = Q()
    h.append("<h2>Section 1 of 5: About the young person and the meeting</h2>")
    q.ask("Young person's full name", c["name"])
    q.ask("Year group (NCY)", c["ncy"])
    q.ask("School / academy name", c["school"])
    q.ask("Date of the PEP meeting", c["meeting"], hint="dd/mm/yyyy")
    q.ask("Which PEP term is this?", " &nbsp; ".join(("\u25c9 " if t == c["term"] else "\u25cb ") + t for t in TERMS),
          html=True)
    q.ask("Who attended?", " &nbsp; ".join(("\u2611 " if w in c["present"] else "\u2610 ") + w for w in WHO),
          req=False, html=True)
    h.extend(q.h)
    q.h = []
    h.append("<h2>Section 2 of 5: Attendance and inclusion</h2>")
    q.ask("Attendance this academic year (%)", c["att"], hint="Numbers only")
    q.ask("Number of suspensions this year", c["susp"])
    h.extend(q.h)
    q.h = []
    h.append("<h2>Section 3 of 5: Voice of the young person</h2>")
    q.ask("What does the young person think about school, learning and the future? Please use their own words.",
          c["voice"])
    h.extend(q.h)
    q.h = []
    h.append("<h2>Section 4 of 5: Targets</h2>")
    q.ask("How did the young person do against last term's targets?", c["review"])
    for i, (text, area) in enumerate(c["targets"], 1):
        q.ask(f"New target {i} (SMART)", text, req=(i < 3))
        q.ask(f"New target {i}: subject or area", area, req=(i < 3))
    h.extend(q.h)
    q.h = []
    h.append("<h2>Section 5 of 5: Pupil Premium Plus (PPP) request</h2>")
    for i, (desc, cost, tgt, _) in enumerate(c["spend"], 1):
        q.ask(f"PPP intervention {i}: intended use of the funding", desc, req=(i == 1))
        q.ask(f"PPP intervention {i}: cost (£)", cost, req=(i == 1))
        q.ask(f"PPP intervention {i}: which new target does it support?", tgt, req=(i == 1))
    q.ask("Total amount being requested this term (£)", c["total"])
    q.ask("Do you wish to apply for backdated PPP?", c["backdated"])
    h.extend(q.h)
    h.append("</body></html>")
    html_to_pdf("".join(h), os.path.join(out_dir, c["stem"] + ".pdf"))

    tr = dict(c["truth"])
    tr["pupil_voice"] = c["voice_truth"]
    tr["targets"] = [{"text": t, "area": a} for t, a in c["targets"] if t != "N/A"]
    tr["pp_spend"] = [{"description": d, "cost": v, "target": int(t) if t.isdigit() else None}
                      for d, _, t, v in c["spend"]]
    write_truth(out_dir, c["stem"], "pdf", LAYOUT, INSPIRED, QUIRKS, tr)


def build(out_dir):
    for c in CHILDREN:
        build_one(out_dir, c)


if __name__ == "__main__":
    main(build)
