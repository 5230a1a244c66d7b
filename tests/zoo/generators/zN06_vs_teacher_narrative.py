"""zN06: PEP written as a narrative report by the Virtual School Teacher (entry 29), with Enfield's fixed
structure of two academic targets plus one holistic target (entry 31). PDF, Year 10, numbered paragraphs."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_N import Pdf, write_truth

LAYOUT = "zN06-vs-teacher-narrative"
INSP = "real-forms.md entries 29, 31"
QUIRKS = ["narrative PEP report written like minutes by the VS teacher", "numbered paragraphs, no form fields",
          "facts (school, attendance, dates) inside sentences", "fixed targets: two academic, third holistic and child-centred",
          "report date 'within 20 working days of the PEP being held'", "PP+ sentence inside prose plus a small table"]

CASES = {
1: dict(name="Tariq Abernethy", first="Tariq", school="Fairholme Community College", meeting="Monday 12 October 2026",
        meeting_iso="2026-10-12", report="2 November 2026", report_iso="2026-11-02", att_sent="His attendance for this academic year is 93.2%, which is below the 95% we expect; two absences were for hospital appointments.", att_n=93.2,
        voice_para="Tariq attended the first half of the meeting. In his words: \"I want to get a 5 in maths so I can do the electrician course.\" He also said \"English is boring when we just read the book, I'd rather write about things I know.\" and \"I would like to go to the gym with someone after school, it helps my head.\"",
        voice=["I want to get a 5 in maths so I can do the electrician course.", "English is boring when we just read the book, I'd rather write about things I know.",
               "I would like to go to the gym with someone after school, it helps my head."],
        targets=[("Target 1 (academic, maths): Tariq will move from a working-at grade 3 to a secure grade 4 in his December mock, with 1:1 tuition twice a week from his maths teacher, by 18 December 2026", "Maths"),
                 ("Target 2 (academic, English): Tariq will plan and write two extended answers for the Language Paper 2 writing question, each marked at grade 4 or above by Ms Rowe, by the spring PEP", "English"),
                 ("Target 3 (holistic, SEMH): Tariq will attend a weekly after-school gym session with his mentor and rate his mood on his check-in card, with 8 of 10 sessions attended by February half-term", "SEMH")],
        pp=[("1:1 maths tuition with a qualified tutor, 2 x 1 hour a week for 10 weeks at £35 an hour", 700.0, 1),
            ("Mentor-led gym sessions, 10 weeks", 150.0, 3)],
        total_sent="The total PP+ requested this term is £850.", total_n=850.0, reason=None),
2: dict(name="Grace Linwood", first="Grace", school="St Aldhelm's Catholic High School", meeting="Wednesday 7 October 2026",
        meeting_iso="2026-10-07", report=None, report_iso=None, att_sent="School will send attendance data separately.", att_n=None,
        voice_para="Grace did not attend the meeting and her views were not available.", voice=[],
        targets=[("Target 1 (academic, English): Grace will complete her English Literature coursework draft on 'An Inspector Calls' and hand it to her teacher by 20 November 2026", "English"),
                 ("Target 2 (academic): Grace will continue to make progress in science", "Science"),
                 ("Target 3 (holistic): to be agreed with Grace", "SEMH")],
        pp=[("Revision guides and a tablet", 240.0, None)], total_sent="Total PP+ requested: £240.", total_n=240.0,
        reason="No clear reason was recorded for Grace's absence from the meeting."),
}


def make(out_dir, n):
    c = CASES[n]
    stem = f"{LAYOUT}-{n}"
    pdf = Pdf(os.path.join(out_dir, stem + ".pdf"), header="Hamberley Virtual School - PEP report (Virtual School Teacher)",
              footer="Confidential. Written within 20 working days of the PEP being held.")
    pdf.h(f"Personal Education Plan report: {c['name']}")
    pdf.p(f"Academic year 2026/27, autumn term. Year 10. Report date: {c['report'] or '[to be confirmed]'}")
    paras = [
        f"The PEP meeting was held at {c['school']} on {c['meeting']}. It was chaired by me, the Virtual School Teacher. Present: the Designated Teacher, the social worker, the foster carer" + (" and Tariq." if n == 1 else "."),
        f"Attendance and inclusion. {c['att_sent']} There have been no suspensions this year.",
        "Progress. GCSE options are Engineering, Geography and Sport. Teachers report good effort in practical subjects.",
        f"The young person's views. {c['voice_para']}" + (f" {c['reason']}" if c["reason"] else ""),
        "Review of last term's targets. The Year 9 reading target was met (reading age now 14.1). The homework target was partly met.",
        "Targets agreed. As required, targets one and two address academic progress and were drafted before the meeting by the DT; target three is holistic and reflects the young person's views. Only a teacher has set targets.",
    ]
    for i, p in enumerate(paras, 1):
        pdf.p(f"{i}. {p}")
    for t, _ in c["targets"]:
        pdf.p("    " + t)
    pdf.p(f"7. Pupil Premium Plus. {c['total_sent']} The spend is set out below.")
    pdf.table([["PP+ spend", "Cost", "Target"]] + [[d_, f"£{cs:,.2f}", f"Target {t}" if t else "-"] for d_, cs, t in c["pp"]], widths=[340, 80, 80])
    pdf.p("8. Next PEP: spring term 2027, date to be set by the DT.")
    pdf.p("Virtual School Teacher: R. Adeyemi" + ("" if n == 1 else " (draft, not yet signed)"))
    pdf.save()
    write_truth(out_dir, stem, "pdf", dict(
        inspired_by=INSP, quirks=QUIRKS, child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=10,
        meeting_date=c["meeting_iso"], completed_date=c["report_iso"], attendance_percent=c["att_n"], pupil_voice=c["voice"],
        targets=[{"text": t, "area": a} for t, a in c["targets"]],
        english_target=any(a == "English" for _, a in c["targets"]), maths_target=any(a == "Maths" for _, a in c["targets"]),
        pp_spend=[{"description": d_, "cost": cs, "target": t} for d_, cs, t in c["pp"]], pp_requested=c["total_n"]))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
