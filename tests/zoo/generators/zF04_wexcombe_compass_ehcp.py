"""zF04 - Wexcombe Virtual School: 'Compass ePEP' web export (PDF) for a Year 9 pupil with an EHCP.
Status history instead of a completion box; banner headings; last year's data beside this year's."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_F import write_truth, pdf_from_html, e, run_main  # noqa: E402

LAYOUT = "zF04-wexcombe-compass-ehcp"
INSPIRED = "real-forms.md entries 1, 2, 3, 22, 15; 'What a reader must cope with' 16, 20, 9"

CASES = [
    dict(n=1, first="Oliver", last="Thistlewood", upn="W823104519022", dob="12/06/2012", ncy="Year 9", ncy_n=9,
         school="Brackenhurst Academy", cycle="Autumn 2025-26 (PEP 1 of 3)",
         meeting="06/11/2025", meeting_iso="2025-11-06",
         status=[("Not started", "System", "01/09/2025 00:01"), ("In progress", "K. Amadi (SW)", "20/10/2025 14:22"),
                 ("Ready to submit to Virtual School", "R. Castellano (DT)", "12/11/2025 09:40"),
                 ("Submitted", "R. Castellano (DT)", "12/11/2025 09:41"), ("QA in progress", "VS Caseworker", "14/11/2025 11:03")],
         completed_iso="2025-11-12", current_status="QA in progress",
         att_now="91.4", att_prev="88.2", sessions="14", att_val=91.4,
         ehcp="Yes - EHCP issued March 2023. Primary need: Autism (ASD); secondary need: speech, language and communication",
         ehcp_review="Annual review due: March 2026",
         attain=[("English", "4-", "4=", "5-"), ("Maths", "3+", "4-", "4+"), ("Science", "3=", "3+", "4-"), ("Computing", "5-", "5=", "6-")],
         voice_how="Gathered by Oliver's TA (Mr Finch) using the Compass 'My Voice' questions, 3 November, in the quiet room.",
         voice=[("What is going well?", "Computing. I made a game in Scratch and Mr Patel put it on the board."),
                ("What is hard?", "Corridors when the bell goes. Too many people and shouting."),
                ("What would help?", "Leaving lessons 2 minutes early like last year.")],
         prev=[("Oliver to complete 3 pieces of extended writing (200+ words) by July", "Secured"),
               ("Oliver to use his exit card no more than twice a week", "Still working towards")],
         targets=[dict(ref="T1", area="English",
                       text="Oliver will plan and write a 300-word persuasive piece using a paragraph planner, reaching 5- in his English assessment by 27 March 2026",
                       support="Paragraph planner and word bank; 1:1 with TA in English twice a week", ehcp="Outcome 2 (communication)"),
                  dict(ref="T2", area="Maths",
                       text="Oliver will solve two-step problems with fractions and percentages, scoring 70% on the Year 9 spring maths check (currently 48%)",
                       support="Maths intervention group Mon and Thu period 5 with Mrs Leeming", ehcp="Outcome 1 (learning)"),
                  dict(ref="T3", area="Wellbeing",
                       text="Oliver will move between lessons using the early-leave pass and arrive calmly on 9 out of 10 occasions, checked weekly with his key adult, by February half-term",
                       support="Early-leave pass; weekly check-in with key adult (Mr Finch)", ehcp="Outcome 3 (independence)")],
         spend=[("S1", "Specialist autism outreach session: social understanding (6 sessions)", "T3", "Autism outreach team", "Fortnightly", 270.00),
                ("S2", "Maths intervention materials (Numicon secondary pack) and tutor time", "T2", "Mrs Leeming", "2 x weekly", 180.00),
                ("S3", "Touch-typing course licence and headphones", "T1", "Learning support", "Daily 10 mins", 150.00)],
         total="£600.00", total_val=600.0),
    dict(n=2, first="Mia", last="Kowalczyk-Reed", upn="W823104520113", dob="30/01/2013", ncy="Year 8", ncy_n=8,
         school="Stonefield School", cycle="Autumn 2025-26 (PEP 1 of 3)",
         meeting="19 November 2025", meeting_iso="2025-11-19",
         status=[("Not started", "System", "01/09/2025 00:01"), ("In progress", "L. Bancroft (SW)", "10/11/2025 16:05"),
                 ("In progress", "S. Ndlovu (DT)", "20/11/2025 10:12")],
         completed_iso=None, current_status="In progress",
         att_now="", att_prev="84.7", sessions="", att_val=None,
         ehcp="Yes - EHCP issued September 2024. Primary need: Moderate learning difficulty (MLD)",
         ehcp_review="Annual review due: September 2026",
         attain=[("English", "W2", "W2+", "W3"), ("Maths", "W1+", "W2", "W2+"), ("Science", "W2", "", "")],
         voice_how="Mia talked to her keyworker (Miss Grey) during a craft session.",
         voice=[("What is going well?", "I have got two friends now, Ellie and Tanvi."),
                ("What is hard?", "Maths. The numbers go muddled."),
                ("What would help?", "")],
         prev=[("Mia to read a Year 4 level book with her keyworker", "Dropped - reviewed at EHCP annual review")],
         targets=[dict(ref="T1", area="Maths",
                       text="Mia will add and subtract two-digit numbers using a number line, getting 8 out of 10 correct in three weekly checks by 6 February 2026",
                       support="Numicon and number line, small group x3 weekly", ehcp="Outcome 1"),
                  dict(ref="T2", area="Wellbeing",
                       text="Mia will join the Tuesday lunchtime craft club every week this term",
                       support="Keyworker to walk with her for the first two weeks", ehcp="")],
         spend=[("S1", "Small-group numeracy with HLTA (10 weeks)", "T1", "HLTA", "3 x weekly", 300.00),
                ("S2", "Art therapy taster sessions", "", "External provider", "Weekly", None)],
         total="£300.00 + art therapy (cost to follow)", total_val=300.0),
]

CSS = """
.topbar { background: #0b4f6c; color: #fff; padding: 4pt 6pt; font-size: 8pt; }
.title { font-size: 14pt; font-weight: bold; margin: 6pt 0 2pt 0; color: #0b4f6c; }
.banner { background: #1c7293; color: #fff; font-weight: bold; padding: 2pt 5pt; margin-top: 9pt; }
td.k { width: 28%; background: #eef5f8; font-weight: bold; }
.req { color: #b00020; font-weight: bold; }
.note { font-size: 7.5pt; color: #555; }
"""


def kv(rows):
    h = "<table>"
    for k, v in rows:
        h += f"<tr><td class='k'>{e(k)}</td><td>{e(v)}</td></tr>"
    return h + "</table>"


def body(c):
    h = (f"<div class='topbar'>Compass ePEP &nbsp;|&nbsp; Wexcombe Virtual School &nbsp;|&nbsp; Export Active PEP &nbsp;|&nbsp; "
         f"Exported by VS Caseworker {'18/11/2025 16:02' if c['n'] == 1 else '21/11/2025 08:15'}</div>")
    h += f"<div class='title'>Personal Education Plan - {e(c['first'])} {e(c['last'])}</div>"
    h += kv([("PEP cycle", c["cycle"]), ("PEP status", c["current_status"]), ("Other PEPs on record", "Summer 2024-25, Spring 2024-25, Autumn 2024-25")])
    h += "<div class='banner'>PEP status history</div><table><tr><th>Status</th><th>Changed by</th><th>Date / time</th></tr>"
    for s, by, when in c["status"]:
        h += f"<tr><td>{e(s)}</td><td>{e(by)}</td><td>{e(when)}</td></tr>"
    h += "</table>"

    h += "<div class='banner'>Essential pupil information</div>"
    h += kv([("Name", f"{c['first']} {c['last']}"), ("DOB", c["dob"]), ("UPN", c["upn"]),
             ("Education provision", c["school"]), ("National curriculum year", c["ncy"]),
             ("Date of PEP meeting *", c["meeting"])])
    h += "<p class='note'><span class='req'>*</span> mandatory field</p>"

    h += "<div class='banner'>SEND</div>"
    h += kv([("SEN status", "EHCP"), ("EHCP details", c["ehcp"]), ("Next review", c["ehcp_review"]),
             ("Is the PEP linked to the EHCP outcomes?", "Yes")])

    h += "<div class='banner'>Attendance and inclusion</div>"
    h += ("<table><tr><th></th><th>This academic year (to date)</th><th>Last academic year</th></tr>"
          f"<tr><td class='k'>Attendance % *</td><td>{e(c['att_now'])}</td><td>{e(c['att_prev'])}</td></tr>"
          f"<tr><td class='k'>Sessions missed</td><td>{e(c['sessions'])}</td><td></td></tr>"
          "<tr><td class='k'>Suspensions</td><td>0</td><td>1 (2 days)</td></tr></table>")

    h += "<div class='banner'>Attainment and progress</div>"
    h += "<table><tr><th>Subject</th><th>End of last year (Summer 2025)</th><th>Now (Autumn 1)</th><th>End of year target</th></tr>"
    for row in c["attain"]:
        h += "<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>"
    h += "</table>"

    h += "<div class='banner'>Young person's views</div>"
    h += f"<p class='note'>{e(c['voice_how'])}</p><table>"
    for qq, ans in c["voice"]:
        h += f"<tr><td class='k'>{e(qq)}</td><td>{e(ans)}</td></tr>"
    h += "</table>"

    h += "<div class='banner'>Review of previous targets</div><table><tr><th>Previous target</th><th>Outcome</th></tr>"
    for t, o in c["prev"]:
        h += f"<tr><td>{e(t)}</td><td>{e(o)}</td></tr>"
    h += "</table>"

    h += "<div class='banner'>SMART targets (this PEP)</div>"
    h += ("<table><tr><th style='width:6%'>Ref</th><th style='width:11%'>Area</th><th>Target</th>"
          "<th style='width:25%'>Support / strategy</th><th style='width:14%'>EHCP outcome</th></tr>")
    for t in c["targets"]:
        h += f"<tr><td>{t['ref']}</td><td>{e(t['area'])}</td><td>{e(t['text'])}</td><td>{e(t['support'])}</td><td>{e(t['ehcp'])}</td></tr>"
    h += "</table>"

    h += "<div class='banner'>PP+ request</div>"
    h += ("<p class='note'>PP+ cannot fund provision already specified in Section F of the EHCP.</p>"
          "<table><tr><th style='width:6%'>Ref</th><th>Provision</th><th style='width:9%'>Linked target</th>"
          "<th style='width:17%'>Provider</th><th style='width:12%'>Frequency</th><th style='width:10%'>Cost</th></tr>")
    for ref, d, tg, prov, freq, cost in c["spend"]:
        cs = f"£{cost:,.2f}" if cost is not None else ""
        h += f"<tr><td>{ref}</td><td>{e(d)}</td><td>{tg}</td><td>{e(prov)}</td><td>{e(freq)}</td><td>{cs}</td></tr>"
    h += f"<tr><td colspan='5' style='text-align:right'><b>Total request</b></td><td><b>{e(c['total'])}</b></td></tr></table>"

    h += "<div class='banner'>Quality Assurance</div>"
    h += kv([("VS RAG", ""), ("VS feedback", "Awaiting QA" if c["n"] == 1 else "")])
    return h


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.pdf"
        pdf_from_html(body(c), os.path.join(out_dir, fname), CSS,
                      page_css="@page { size: A4; margin: 12mm 12mm 14mm 12mm; @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 7pt; } }")
        areas = [t["area"] for t in c["targets"]]
        tnum = {t["ref"]: i for i, t in enumerate(c["targets"], 1)}
        write_truth(out_dir, dict(
            layout=LAYOUT, file=fname, inspired_by=INSPIRED,
            quirks=["ePEP export with a status history table instead of a completion date (DT submission is the completion)",
                    "export date in the top bar is not the completion date", "attendance this year and last year in adjacent columns",
                    "targets referenced T1-T3 and spend lines S1-S3 with a 'Linked target' column",
                    "mandatory fields marked with an asterisk", "EHCP outcomes column beside targets",
                    "'Other PEPs on record' listed in the header"],
            child_name=f"{c['first']} {c['last']}", child_first_name=c["first"], school=c["school"],
            year_group=c["ncy_n"], meeting_date=c["meeting_iso"], completed_date=c["completed_iso"],
            attendance_percent=c["att_val"], pupil_voice=[a for _, a in c["voice"] if a],
            targets=[{"text": t["text"], "area": t["area"]} for t in c["targets"]],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": d, "cost": cost, "target": tnum.get(tg)} for _, d, tg, _, _, cost in c["spend"]],
            pp_requested=c["total_val"],
        ))


if __name__ == "__main__":
    run_main(build)
