"""zS07: Year 10 PEP written by the Virtual School Teacher as a letter to the young person ('you'), three parts, prose only."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_S import *  # noqa

LAYOUT = "zS07-letter-to-you-three-parts"
INSP = "real-forms.md entries 23, 29, 30"
QUIRKS = ["the whole PEP is a letter from the Virtual School Teacher (chair) to the young person: 'Dear ...', 'you', signed off 'Best wishes'",
          "three parts as headings: 'Part 1 - before the meeting (pre-meeting data collection)', 'Part 2 - the planning meeting', 'Part 3 - your final document'",
          "no tables at all: pupil details in an address block, attendance and grades in sentences",
          "the young person's words are quoted from the Pupil Views booklet; the carer and DT are quoted in the same paragraphs (not voice)",
          "targets in Part 3 as a numbered list 'Target 1 - ...' in second person; PP+ uses in one paragraph citing 'for target n'",
          "report date (letter date) differs from the meeting date: written within 20 working days; 'final document completed' date in the last line"]


def make(out_dir, n):
    good = n == 1
    name, first = ("Mia Kowalczyk", "Mia") if good else ("Reece Abbott", "Reece")
    school = "Thornbury Hill School" if good else "Greystone Academy"
    meet, meet_iso = ("Thursday 1 October 2026", "2026-10-01") if good else ("Tuesday 3 November 2026", "2026-11-03")
    story = [P("Virtual School - Personal Education Plan report", "small"), Spacer(1, 4),
             P("Private and confidential", "cellb"),
             P(name), P("c/o " + ("Mr and Mrs Ellery (foster carers)" if good else "Oakfield House")),
             P("Year 10, " + school), Spacer(1, 6),
             P("Date of this report: " + ("22 October 2026" if good else "24 November 2026")), Spacer(1, 6),
             P(f"Dear {first},"), Spacer(1, 3),
             P(f"This is your Personal Education Plan (PEP). I chaired your PEP meeting at {school} on {meet}. "
               "I write the PEP report within 20 working days of the meeting, and I have written it to you, "
               "because it is your plan."),
             P("Part 1 - before the meeting (pre-meeting data collection)", "h2")]
    if good:
        v = ["I'm proud I got into the netball team.",
             "Science is hard because I missed most of Year 9 chemistry.",
             "I want to be a paramedic."]
        story += [P("Before the meeting your designated teacher, Mr Baptiste, sent in your data. Your attendance this year "
                    "is 97.3%, which is brilliant. Your predicted grades are 5 in English and 4 in maths."),
                  P(f"You filled in your Pupil Views booklet. You wrote: \"{v[0]}\" You also wrote: \"{v[1]}\" "
                    f"and, when it asked about the future, \"{v[2]}\" Mrs Ellery told us that you \"have really settled this term\".")]
    else:
        v = []
        story += [P("Before the meeting your designated teacher, Ms Quinn, told us about your grades, but your attendance "
                    "figures had not come through from the school office when I wrote this."),
                  P("Your Pupil Views booklet did not come back to us, and you did not want to come into the meeting. "
                    "Ms Quinn wrote: \"Reece seems happier in the art room.\" Next time, please tell us what you think, "
                    "even a few words on a sticky note will help.")]
    story += [P("Part 2 - the planning meeting", "h2")]
    if good:
        story.append(P("At the meeting we talked about catching up in chemistry and about what a paramedic needs. "
                       "Mr Baptiste said your maths homework is improving. We agreed three targets with you, and "
                       "how the school will use your Pupil Premium Plus (PP+) to help."))
    else:
        story.append(P("At the meeting we talked about your reading and your time in the art room. Ms Quinn and your key "
                       "worker agreed two targets for you."))
    story += [P("Part 3 - your final document", "h2")]
    if good:
        tg = [("Science", "You will go to the Year 10 chemistry catch-up club every Monday after school and score 60% on the bonding topic test by 11 December 2026"),
              ("Maths", "You will complete your weekly Sparx homework with 100% completion and bring one question you are stuck on to Mr Baptiste each Friday"),
              ("English", "You will write a practice answer for the Macbeth essay each fortnight and get written feedback from your English teacher")]
        pp_text = ("The school will use your PP+ in three ways. First, chemistry tutoring with Dr Lyle, 8 sessions, "
                   "costing £280, for target 1. Second, a maths revision guide and workbook, costing £18, for target 2. "
                   "Third, a GCSE English revision day at the university, costing £45, for target 3. "
                   "In total £343 of PP+ has been requested.")
        pp = [("chemistry tutoring with Dr Lyle, 8 sessions", 280.0, 1),
              ("a maths revision guide and workbook", 18.0, 2),
              ("a GCSE English revision day at the university", 45.0, 3)]
        total = 343.0
    else:
        tg = [("English", "You will read for 15 minutes with your key worker three evenings a week and keep a reading log until February half-term"),
              ("Art", "You will finish your GCSE art sketchbook unit on portraits by 18 December 2026")]
        pp_text = ("The school will use your PP+ for a reading mentor, 10 sessions, costing £200, for target 1, and "
                   "for art materials and a sketchbook, costing £40.")
        pp = [("a reading mentor, 10 sessions", 200.0, 1), ("art materials and a sketchbook", 40.0, None)]
        total = None
    for i, (a, t) in enumerate(tg, 1):
        story.append(P(f"Target {i} - {t}."))
    story.append(P(pp_text))
    story += [Spacer(1, 6), P("Best wishes,"),
              P("Hannah Greaves, Virtual School Teacher (Chair of your PEP meeting)"), Spacer(1, 8),
              P("This final document was completed on " + ("22 October 2026" if good else "....................") +
                " and sent to you, your carer, your social worker and your school.", "small")]
    fn = f"{LAYOUT}-{n}.pdf"
    build_pdf(os.path.join(out_dir, fn), story, header="Virtual School | PEP report | OFFICIAL - SENSITIVE",
              footer=f"PEP report for {name} - page " + "{page}")
    q = QUIRKS + ([] if good else ["-2 gaps: no child's views (booklet not returned; only the DT is quoted), attendance not received, no maths target, art materials use not linked to a target, no total stated, completion date dotted blank"])
    areas = [a for a, _ in tg]
    tr = truth(LAYOUT, fn, INSP, q, child_name=name, child_first_name=first, school=school, year_group=10,
               meeting_date=meet_iso, completed_date="2026-10-22" if good else None,
               attendance_percent=97.3 if good else None, pupil_voice=v,
               targets=[{"text": t, "area": a} for a, t in tg], english_target=True, maths_target=good,
               pp_spend=[{"description": d, "cost": c, "target": t} for d, c, t in pp], pp_requested=total)
    write_truth(out_dir, f"{LAYOUT}-{n}", tr)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
