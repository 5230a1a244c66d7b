"""zT06: a Year 11 PEP report written as prose minutes by the Virtual School Teacher, organised under
Norfolk-style section headings that string sub-topics with slashes; targets and PP+ inside numbered
paragraphs; the young person's view comes fourth with her own actions and signature; a Summative Record
grid at the end. Entries 29 + 12."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_T import *

LAYOUT = "zT06-vs-report-slashed-sections"
INSPIRED = "real-forms.md entries 29, 12"
QUIRKS = ["narrative PEP report written by the Virtual School Teacher (minutes, numbered paragraphs 1.1, 1.2 ...)",
          "section headings string sub-topics with slashes", "targets and PP+ written inside prose paragraphs",
          "Young Person's View comes fourth: her words, her own actions, her signature",
          "carer's quoted words in the minutes (not pupil voice)", "Summative Record grid (predicted grades) at the end",
          "report date 'within 20 working days' of the meeting"]

CSS = "p.num { margin: 4px 0 4px 0; text-align: justify; } h2 { border-bottom: 1px solid #444; }"


def make(out, n):
    full = n == 1
    b = ["<p style='font-size:8pt'>Virtual School - PEP report. Restricted. Not to be shared with the young person's peers.</p>",
         "<h1>Personal Education Plan Report</h1>",
         "<p><b>Young person:</b> Shannon Tolley &nbsp; <b>DOB:</b> 19/05/2011 &nbsp; <b>Year:</b> 11</p>",
         "<p><b>School:</b> Marlpit Community High School &nbsp; <b>Chair and author:</b> Faye Lindqvist, Virtual School Teacher</p>",
         "<h2>Section 1 of the PEP - Personal Information/Care Arrangements</h2>"]
    P = lambda num, txt: f"<p class='num'><b>{num}</b> {txt}</p>"
    b.append(P("1.1", "The PEP meeting was held on " + fmt("2026-10-06", "day") + " at Marlpit Community High School. Present: Shannon "
               "(for all of the meeting), Mrs Jo Harte (foster carer), Mr Callum Reid (social worker), Mrs Anita Shah (Designated Teacher) and "
               "the author. Apologies: Independent Reviewing Officer."))
    b.append(P("1.2", "Shannon has lived with Mrs Harte since February 2023 and the placement is stable. Family time with her mum is monthly. "
               "Mrs Harte told the meeting, &ldquo;She's been up late revising, which I never thought I'd say.&rdquo;"))
    b.append("<h2>Section 2 of the PEP - Education Information/Homework Arrangements/Post-16 Transition/Year 11 Specific Tasks</h2>")
    if full:
        b.append(P("2.1", "Attendance for this academic year stands at 88.4%, which is below the persistent absence threshold. Most of the missed "
                   "sessions are Mondays. Mrs Shah will meet Shannon each Monday at the gate for the rest of the half term and the figure will be "
                   "reviewed at the spring PEP."))
    else:
        b.append(P("2.1", "Attendance was not discussed as the school's figures had not been received before the meeting."))
    b.append(P("2.2", "Homework is done at the kitchen table; Mrs Harte has bought a desk lamp. Shannon uses the homework club on Wednesdays."))
    b.append(P("2.3", "Year 11 specific tasks: Shannon has applied to Fenland Rise Sixth Form College for A level Psychology, Sociology and "
               "English Language. Her careers interview took place on 22 September 2026. Mock exams are in the week of 30 November."))
    b.append("<h2>Section 3 of the PEP - Priorities and Targets</h2>")
    b.append(P("3.1", "The meeting agreed the following targets. They were drafted by Mrs Shah with Shannon's subject teachers."))
    T = [("English", "Shannon will complete one timed An Inspector Calls essay every fortnight and move from a grade 4 to a secure grade 5 on the mark scheme by the mock exams"),
         ("Maths", "Shannon will complete the Higher tier algebra revision pack (sections 1 to 6) and score at least 60% on the algebra questions of the November mock"),
         ("Attendance", "Shannon will be in school every Monday for the rest of the autumn term, checked weekly by Mrs Shah")]
    if not full:
        T = [T[0], T[2]]
    for i, (a, t) in enumerate(T, 1):
        b.append(P(f"3.{i + 1}", f"Target {i} ({a}): {t}."))
    pps = [("10 hours of 1:1 English Literature tuition with an online tutor", 300.0, 1),
           ("Maths revision guide, workbook and a scientific calculator", 40.0, 2 if full else None),
           ("Monday morning check-ins with the attendance mentor, 8 x 20 minutes", 60.0, 3 if full else 2)]
    if not full:
        pps[1] = ("GCSE revision guides for all subjects", 40.0, None)
    words = []
    for d, c, t in pps:
        words.append(f"{d} (£{c:.0f}" + (f", Target {t})" if t else ")"))
    total = sum(c for _, c, _ in pps)
    b.append(P(f"3.{len(T) + 2}", f"Pupil Premium Plus: the Virtual School agreed £{total:.0f} for this term, made up of " + "; ".join(words) + "."))
    b.append("<h2>Young Person's View (Section 4)</h2>")
    voice = ["English is my best subject now, Miss Shah's group has made me like reading again.",
             "I miss Mondays because I can't face the bus after the weekend.",
             "I want to go to Fenland Rise and do Psychology."]
    b.append(P("4.1", "Shannon's section was sent to her a week before the meeting. She wrote:"))
    b.append("<table>" + "".join(f"<tr><td>{esc(v)}</td></tr>" for v in voice) + "</table>")
    b.append(P("4.2", "What my actions will be: &ldquo;Get the earlier bus on Mondays and go to homework club.&rdquo; Signed: <i>S. Tolley</i>"))
    b.append("<h2>Summative Record</h2>")
    b.append(rows_html([["Subject", "KS2 (2022)", "Target grade", "Pred (Oct 2026)"], ["English Language", "104", "6", "5"],
                        ["English Literature", "-", "6", "4"], ["Maths", "98", "5", "4"], ["Combined Science", "-", "5-5", "4-4"],
                        ["Psychology", "-", "5", "5"]]))
    b.append("<p style='font-size:8pt'>Pred = Predicted.</p>")
    b.append(f"<p><b>Report written by:</b> Faye Lindqvist, Virtual School Teacher, on {fmt('2026-10-29', 'long')} (within 20 working days of the PEP being held). "
             "<b>Next PEP:</b> spring term, after the mock results.</p>")
    path = write_truth(out, LAYOUT, n, "pdf", INSPIRED, QUIRKS + ([] if full else [
        "GAPS: attendance 'not discussed' (no figure); no maths target; the revision-guides PP+ line is not linked to a target"]),
        child_name="Shannon Tolley", child_first_name="Shannon", school="Marlpit Community High School", year_group=11,
        meeting_date="2026-10-06", completed_date="2026-10-29", attendance_percent=88.4 if full else None, pupil_voice=voice + ["Get the earlier bus on Mondays and go to homework club."],
        targets=[{"text": t, "area": a} for a, t in T], english_target=True, maths_target=full,
        pp_spend=[{"description": d, "cost": c, "target": t} for d, c, t in pps], pp_requested=total)
    html_pdf("".join(b), path, CSS, footer_text="PEP report - Shannon Tolley - autumn 2026")


def build(out_dir):
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    main(build)
