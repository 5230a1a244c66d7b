"""zL03 Orwell: portal PDF, one document per year with three review windows stacked; truth is the latest held."""
import os
from _common_L import *

LAYOUT = "zL03-orwell-review-windows"
INSPIRED = "real-forms.md entries 20, 2, 22, 19"
QUIRKS = ["three review windows (September to December / January to April / May to July) stacked in one PDF",
          "latest review is not the last block on the page when the final window is still blank",
          "SMART spelled with 'Assigned' and 'Time constrained'",
          "attendance given per window (year to date) - only the latest window counts",
          "mandatory fields marked with an asterisk; literal 'N/A' in mandatory boxes",
          "portal print footer with print timestamp (not a meeting date)"]

W = ["First review - September to December", "Second review - January to April", "Third review - May to July"]

DATA = {
 1: dict(name="Jordan Okonkwo-Price", first="Jordan", upn="H823100045112", school="Orwell Heath Academy",
         yg=8, printed="Printed from the Orwell Delegation Portal 19/03/2026 16:42",
         reviews=[
           dict(date="09/10/2025", done="16/10/2025", att="96.3%",
                voice=["I am better at science than I thought."],
                targets=[("English", "Jordan will use PEE paragraphs in 3 history essays by Christmas.", "Mr Hale (history)"),
                         ("Maths", "Jordan will complete Sparx homework each week at 100% by December.", "Maths tutor")],
                spend=[("Sparx Maths catch-up tutor after school, 1 hour weekly for 8 weeks", "£22 x 8 = £176", 176.0, "2")],
                req=176.0),
           dict(date="03/03/2026", done="10/03/2026", att="91.8%",
                voice=["The tutor sessions help because I can ask stuff without people hearing.",
                       "I don't like PE changing rooms, I get anxious and then I am late to the next lesson.",
                       "I want to go to the coding club but it clashes with football."],
                targets=[("English", "Jordan will raise his reading age from 11.2 to 12.0 on the NGRT by the summer review, through Lexia 3 x 25 minutes a week in the library.", "Ms Doyle (literacy lead)"),
                         ("Maths", "Jordan will score 70% or more on the Year 8 algebra end-of-unit test in May 2026, supported by weekly 1:1 tutoring.", "Mr Eze (maths tutor)"),
                         ("Attendance/wellbeing", "Jordan will be on time to period 3 after PE on 9 of the next 10 PE days, using the early-change pass agreed with Mr Cho.", "Mr Cho (PE) and Head of Year")],
                spend=[("1:1 maths tutoring with Mr Eze, 1 hour weekly, 10 weeks", "£25 x 10 = £250", 250.0, "2"),
                       ("Lexia licence (spring-summer) and library supervision", "£95 + £60 = £155", 155.0, "1"),
                       ("Coding club term fee so Jordan can attend the Wednesday session", "£45", 45.0, "3")],
                req=450.0),
           None]),
 2: dict(name="Aleksandra Nowicka", first="Aleksandra", upn="H823100078231", school="Orwell Heath Academy",
         yg=8, printed="Printed from the Orwell Delegation Portal 02/06/2026 09:05",
         reviews=[
           dict(date="14/10/2025", done="21/10/2025", att="98.0%",
                voice=["I like art and I want to learn more English words."],
                targets=[("English", "Aleksandra will learn 10 new subject words each week using her vocabulary book.", "EAL TA")],
                spend=[("EAL TA small group, 2 x 30 minutes weekly", "£180", 180.0, "1")], req=180.0),
           dict(date="05/02/2026", done="12/02/2026", att="97.1%",
                voice=["I am happy I have a friend now, her name is Kasia."],
                targets=[("English", "Aleksandra will write a 200-word recount with correct past tense verbs by April.", "English teacher"),
                         ("Maths", "Aleksandra will use the maths word wall to solve 4 of 5 worded problems by April.", "Maths teacher")],
                spend=[("Bilingual dictionary and revision guides", "£30", 30.0, "1")], req=30.0),
           dict(date="21/05/2026", done="", att="96.4%",
                voice=[],
                targets=[("English", "Aleksandra will read one graded reader each fortnight and tell her TA about it.", "EAL TA")],
                spend=[("Graded readers pack", "£40", 40.0, None), ("Art club materials", "", None, None)],
                req=None)]),
}


def block(review, title, idx):
    out = [P(title, "h2")]
    if review is None:
        out.append(PT([["Date of review *", ""], ["DT: date completed *", ""], ["Attendance (year to date) *", ""]],
                      [6 * cm, 11 * cm], header=False, first_col_bold=True))
        out.append(P("This review window has not opened yet.", "small"))
        return out
    out.append(PT([["Date of review *", review["date"]], ["DT: date completed *", review["done"] or "N/A"],
                   ["Attendance (year to date) *", review["att"]]], [6 * cm, 11 * cm], header=False,
                  first_col_bold=True))
    out.append(Spacer(1, 4))
    out.append(P("Pupil voice * (what is working well / what are you worried about / what needs to happen)", "h3"))
    if review["voice"]:
        out.append(PT([[v] for v in review["voice"]], [17 * cm], header=False))
    else:
        out.append(PT([["N/A"]], [17 * cm], header=False))
    out.append(P("Targets - Specific, Measurable, Assigned - to specific responsible professionals, Realistic, Time constrained", "h3"))
    rows = [["No.", "Area", "Target", "Assigned to"]]
    for i, (a, txt, who) in enumerate(review["targets"], 1):
        rows.append([str(i), a, txt, who])
    out.append(PT(rows, [1.2 * cm, 3 * cm, 9.3 * cm, 3.5 * cm]))
    out.append(P("PP+ request", "h3"))
    rows = [["Provision", "Costing", "Linked target"]]
    for desc, how, cost, tno in review["spend"]:
        rows.append([desc, how, tno or ""])
    rows.append(["Total requested this review", money(review["req"]) if review["req"] else "", ""])
    out.append(PT(rows, [10 * cm, 4.5 * cm, 2.5 * cm]))
    return out


def build_one(out_dir, n):
    d = DATA[n]
    stem = f"{LAYOUT}-{n}"
    path = os.path.join(out_dir, f"{stem}.pdf")
    story = [P("Orwell Virtual School - PEP (Reception to Year 11) 2025-26", "h1"),
             PT([["Pupil", d["name"], "UPN", d["upn"]], ["School", d["school"], "NCY", f"Year {d['yg']}"]],
                [2.5 * cm, 7 * cm, 2 * cm, 5.5 * cm], header=False),
             Spacer(1, 6),
             P("The PEP is initiated by the Virtual School, which will contain some basic information. Three reviews are held each year. Complete the window for the current review only; earlier windows are locked.", "small")]
    for i, (r, title) in enumerate(zip(d["reviews"], W)):
        story += block(r, title, i)
    build_pdf(path, story, header_text="OFFICIAL - SENSITIVE   |   Task: PEP review", footer_text=d["printed"],
              page_numbers="Page {n}")
    latest = [r for r in d["reviews"] if r][-1]
    iso = lambda s: f"{s[6:10]}-{s[3:5]}-{s[0:2]}" if s else None
    tg = latest["targets"]
    t = dict(child_name=d["name"], child_first_name=d["first"], school=d["school"], year_group=d["yg"],
             meeting_date=iso(latest["date"]), completed_date=iso(latest["done"]),
             attendance_percent=float(latest["att"].rstrip("%")), pupil_voice=latest["voice"],
             targets=[{"text": x[1], "area": x[0]} for x in tg],
             english_target=any(x[0] == "English" for x in tg), maths_target=any(x[0] == "Maths" for x in tg),
             pp_spend=[{"description": s[0], "cost": s[2], "target": int(s[3]) if s[3] else None} for s in latest["spend"]],
             pp_requested=latest["req"])
    q = QUIRKS + (["-2: the third window is the latest: voice box holds only 'N/A', completion 'N/A', no maths target, spend lines unlinked, one uncosted, no total"] if n == 2 else
                  ["-1: third window printed blank; the second review is the latest"])
    write_truth(out_dir, stem, "pdf", LAYOUT, INSPIRED, q, t)


def build(out_dir):
    for n in (1, 2):
        build_one(out_dir, n)
