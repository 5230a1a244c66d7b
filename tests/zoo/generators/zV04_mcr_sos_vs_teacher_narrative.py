"""zV04: Virtual School Teacher's narrative PEP report structured by the three signs-of-safety questions, with
round-robin subject comments quoted and SMART targets in prose. Entries 19, 29."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_V import P, T, pdf, truth, Spacer

LAYOUT = "zV04-mcr-sos-vs-teacher-narrative"
INSP = "real-forms.md entries 19, 29"


def make(out_dir, n):
    good = n == 1
    name, first = ("Amara Chukwu", "Amara") if good else ("Reece Halloran", "Reece")
    school = "Wythenshawe Park High School" if good else "Levenshulme Brook Academy"
    mdate = "Tuesday 13 October 2026" if good else "Thursday 19 November 2026"
    s = [P("Our Young People - Personal Education Plan: report of meeting", "h1"),
         P(f"Young person: {name} (Year 8)    School: {school}", "b"),
         P(f"Meeting held: {mdate}, in school. Chaired by Sam Adeyemi, Virtual School Teacher."),
         P("Present: " + (f"{first}, foster carer (Julie Birch), social worker (Tom Wray), Designated Teacher (Ms Farah Iqbal), Virtual School Teacher." if good
                         else "foster carer (Gail Moss), Designated Teacher (Mr Colin Yates), Virtual School Teacher. Social worker sent apologies.")),
         Spacer(1, 4),
         P("Before the meeting a round robin went to the Maths, English and Science teachers. Their replies are summarised below."),
         T([["Subject", "Round robin reply"],
            ["English", "Strong verbal contributions; extended writing is often unfinished." if good else "Reece is reading below age; avoids reading aloud."],
            ["Maths", "Working in set 3; fractions and negative numbers are insecure." if good else "Secure in set 2; homework rarely handed in."],
            ["Science", "Enjoys practicals; write-ups are brief." if good else "Good practical work."]],
           widths=[70, 445], header=True),
         P("Attendance", "h2"),
         P("Attendance this academic year is 92.5%, with most absences on Mondays." if good else
           "Attendance this academic year is 89.0%; two days lost to a fixed-term suspension in October."),
         P("1) What is working well?", "h2")]
    if good:
        voice = ["I like science because we get to do experiments and nobody shouts.",
                 "I'm worried about moving sets in maths because my friends are in set 3.",
                 "I want a quiet place to do my homework at lunch."]
        s += [P(f"{first} has settled well into Year 8 and has joined the drama club. When asked what was going well, {first} said: \"{voice[0]}\""),
              P("2) What we are worried about?", "h2"),
              P(f"Maths progress has slowed and Monday attendance is a pattern. {first} told us: \"{voice[1]}\""),
              P("3) What needs to happen?", "h2"),
              P(f"{first} asked for: \"{voice[2]}\" The school will open the library homework club to her from next week.")]
        tg = [("By the February half-term Amara will add, subtract and compare fractions with different denominators, scoring 70% or more on the set 3 end-of-unit test.", "Maths"),
              ("Amara will finish one extended piece of writing (at least 300 words) each fortnight in English, checked by her teacher, until the next PEP.", "English"),
              ("Amara will attend the lunchtime library homework club at least three days a week, and her Monday attendance will be reviewed weekly by the DT.", "Wellbeing / attendance")]
    else:
        voice = ["Reading out loud is embarrassing."]
        s += [P(f"{first} has good relationships with two members of staff and enjoys PE."),
              P("2) What we are worried about?", "h2"),
              P(f"{first} avoids reading in class. In the meeting he said: \"{voice[0]}\""),
              P("3) What needs to happen?", "h2"),
              P("Reading support and a plan to manage behaviour at transitions were agreed.")]
        tg = [("Reece will complete the Lexonik Advance six-week programme and raise his reading age by 6 months by the next PEP.", "English / reading"),
              ("Reece will use his exit card and report to the pastoral base, rather than walking out, on every occasion this half-term.", "SEMH")]
    s += [P("SMART targets agreed", "h2"),
          P("Will this target be achieved in time for the next PEP meeting? Each target below was checked against this question.", "small")]
    for i, (t, a) in enumerate(tg, 1):
        s.append(P(f"Target {i} ({a}): {t} Achievable by next PEP: Yes."))
    s.append(P("Pupil Premium Plus", "h2"))
    if good:
        pp = [("Fractions intervention with a maths tutor, 10 x 1 hour sessions", 350.0, 1),
              ("Homework club snack and stationery pack", 30.0, 3)]
        s.append(P(f"PP+ was agreed for target 1: {pp[0][0]} at a cost of £350; and for target 3: {pp[1][0]} (£30). Total PP+ requested: £380."))
        req = 380.0
    else:
        pp = [("Mentoring with a youth worker, fortnightly", 260.0, None)]
        s.append(P(f"PP+ was discussed: {pp[0][0]}, £260. Total PP+ requested: £260."))
        req = 260.0
    s += [Spacer(1, 8),
          P("Report written by Sam Adeyemi, Virtual School Teacher, on 22 October 2026 (within 20 working days of the PEP being held)." if good
            else "Report written by Sam Adeyemi, Virtual School Teacher (within 20 working days of the PEP being held).", "small")]
    fname = f"{LAYOUT}-{n}.pdf"
    pdf(os.path.join(out_dir, fname), s, header="Manchester Virtual School - PEP report - Confidential",
        footer="Please avoid going through the PEP as a form during the meeting")
    truth(out_dir, LAYOUT, fname, INSP,
          ["narrative report by VS teacher", "signs-of-safety three questions as headings", "round robin table of subject replies",
           "voice only as quoted speech inside prose", "SMART targets in prose 'Target N (area): ...'", "PP+ and total in a prose sentence",
           "completion = report-written date in small print"] +
          ([] if good else ["-2 gaps: no report date (completion), no maths target, PP+ not linked to a target, social worker absent"]),
          name, first, school, 8, "2026-10-13" if good else "2026-11-19", "2026-10-22" if good else None,
          92.5 if good else 89.0, voice, tg, True, good, pp, req)


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1])
