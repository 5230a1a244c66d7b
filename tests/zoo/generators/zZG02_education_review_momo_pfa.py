"""zZG02: 'Education Review (PEP)' with Strengths and Challenges / executive functioning grid, Preparing for Adulthood
and Mind of My Own statements as the child's voice; outcomes table transposed on a landscape page (PDF).
Inspired by real-forms.md entry 24 (Nottinghamshire), with 30."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZG import *

STEM = 'zZG02-education-review-momo-pfa'
INSP = 'real-forms.md entries 24, 30'
QUIRKS = ['PEP called "Education Review"', 'voice pasted from Mind of My Own app statements with timestamps',
          'executive functioning skills rated in a Strengths and Challenges grid',
          'new outcomes in a transposed table (one column per outcome) on a landscape page',
          'Preparing for Adulthood section even at primary age']

V = {
 1: dict(name='Ellis Brackenbury', first='Ellis', upn='H8312004510K', dob='07.05.2017', ncy='4', year=4,
         school='Sherwood Lea Primary School', meet='04.11.2026', meet_iso='2026-11-04',
         prev_meet='16.06.2026', nextr='Spring Education Review due by 26.03.2027',
         att='96.2', signed='11.11.2026', signed_iso='2026-11-11',
         momo=[('01/11/2026 17:05', 'I like it when Mr Okafor lets me be the register monitor.'),
               ('01/11/2026 17:09', 'Spellings are the worst bit of the week because I always forget them.'),
               ('02/11/2026 08:12', 'I feel safe at school and I want to stay here till Year 6.')],
         outcomes=[('Outcome 1', 'Literacy', 'Ellis will spell 8 out of 10 of his weekly Year 3/4 statutory words correctly in the Friday check by February half-term.', 'Daily 10-minute Word Wizards group', 'Class teacher / TA', '12.02.2027'),
                   ('Outcome 2', 'Maths', 'Ellis will recall multiplication facts for the 3, 4 and 8 times tables within 6 seconds each, ready for the Year 4 multiplication check.', 'TT Rockstars at home 3 times a week', 'Carer / class teacher', '26.03.2027'),
                   ('Outcome 3', 'Executive functioning', 'Ellis will use his visual timetable to start independent tasks within two minutes of being asked in 4 out of 5 lessons.', 'Visual timetable and now/next card', 'TA', '26.03.2027')],
         pp=[('Word Wizards spelling group, TA time 5 x 10 mins weekly for 12 weeks', '240.00', '1'),
             ('Times Tables Rock Stars home licence and headphones', '35.00', '2'),
             ('Visual timetable resources and ELSA check-in weekly', '310.00', '3')],
         total='585.00'),
 2: dict(name='Amira Saleh-Doyle', first='Amira', upn='H8312009977B', dob='21.01.2019', ncy='2', year=2,
         school='Bramcote Fields C of E Primary', meet='25.09.2026', meet_iso='2026-09-25',
         prev_meet='08.05.2026', nextr='Spring Education Review due by 19.02.2027',
         att='88.5', signed='', signed_iso=None,
         momo=[],
         outcomes=[('Outcome 1', 'Phonics', 'Amira will blend and read Phase 5 alternative spellings (ai, ay, a-e) in 9 out of 10 real and nonsense words by December.', 'Keep-up phonics sessions', 'Phonics lead', '11.12.2026'),
                   ('Outcome 2', 'Emotional wellbeing', 'Amira will name her feeling using the zones of regulation board at the start of each school day.', 'Morning check-in with key adult', 'Key adult', '11.12.2026')],
         pp=[('Keep-up phonics tutoring, 4 x 15 minutes weekly', '260.00', '1'),
             ('Forest School place, Thursday afternoons (autumn term)', '180.00', '')],
         total='440.00'),
}

EF = ['Working memory', 'Planning and prioritising', 'Organisation', 'Time management', 'Task initiation',
      'Flexible thinking', 'Emotional control', 'Self-monitoring']


def build_one(out_dir, n):
    v = V[n]
    s = []
    s.append(P('Education Review (PEP)', H1))
    s.append(P('Children in Care Virtual School  -  Personal Education Plan meeting record', BODY))
    s.append(Spacer(1, 6))
    s.append(ptable([
        ['Child / young person', v['name'], 'UPN', v['upn']],
        ['Date of birth', v['dob'], 'NC Year', v['ncy']],
        ['School attended', v['school'], 'Key Stage', 'KS2' if v['year'] >= 3 else 'KS1'],
        ['Date of Education Review', v['meet'], 'Previous Education Review', v['prev_meet']],
        ['Attendance this academic year', f"{v['att']}%", 'Fixed term suspensions', '0'],
    ], [4 * cm, 5.5 * cm, 3.8 * cm, 4.7 * cm], head=False, bold_first_col=True))
    s.append(P('Who attended the Education Review', H2))
    s.append(ptable([['Name', 'Role', 'Attended', 'Sent apologies'],
                     ['Mrs L. Threlfall', 'Designated Teacher', 'Yes', ''],
                     ['Mr D. Okafor', 'Class teacher', 'Yes', ''],
                     ['Ms C. Vandermeer', 'Social Worker', 'No', 'Yes'],
                     ['Mrs A. Kitto', 'Foster carer', 'Yes', ''],
                     ['Mr G. Halloran', 'Virtual School Education Adviser', 'Yes', '']],
                    [5 * cm, 6 * cm, 3 * cm, 4 * cm]))
    s.append(P('My voice - Mind of My Own', H2))
    s.append(P('Statements sent by the child through the Mind of My Own app before the review. Copy each statement in '
               'full; do not summarise.', SMALL))
    if v['momo']:
        s.append(ptable([['Sent', 'Statement']] + [list(m) for m in v['momo']], [3.5 * cm, 14.5 * cm]))
    else:
        s.append(ptable([['Sent', 'Statement'], ['', ''], ['', '']], [3.5 * cm, 14.5 * cm]))
    s.append(Spacer(1, 4))
    s.append(ptable([['Carer view', 'Happy at home, enjoys swimming on Saturdays; homework can cause arguments.'],
                     ['School view', 'Well liked by peers; needs adult prompting to get started on written tasks.']],
                    [4 * cm, 14 * cm], head=False, bold_first_col=True))
    s.append(P('Completing \'Strengths and Challenges\' section', H2))
    s.append(P('Executive functioning skills: rate each skill S (strength), D (developing) or C (challenge).', SMALL))
    import random
    rnd = random.Random(n)
    s.append(ptable([['Executive functioning skill', 'S', 'D', 'C', 'Comment']] +
                    [[e] + (['X', '', ''] if i % 3 == 0 else (['', 'X', ''] if i % 3 == 1 else ['', '', 'X'])) + ['']
                     for i, e in enumerate(EF)],
                    [6 * cm, 1 * cm, 1 * cm, 1 * cm, 9 * cm]))
    s.append(P('Progress and attainment', H2))
    s.append(ptable([['Subject', 'End of last year', 'Autumn 1', 'On track?'],
                     ['Reading', 'WTS', 'WTS+', 'Yes'], ['Writing', 'WTS', 'WTS', 'No'], ['Maths', 'EXS', 'EXS', 'Yes']],
                    [5 * cm, 4 * cm, 4 * cm, 5 * cm]))
    s.append(P('Review of previous outcomes (from ' + v['prev_meet'] + ')', H2))
    s.append(ptable([['Previous outcome', 'Met / Partly / Not met'],
                     ['Will read a Level 3 book with 90% accuracy.', 'Met'],
                     ['Will join a lunchtime club once a week.', 'Partly met']], [13 * cm, 5 * cm]))
    s.append(P('Preparing for Adulthood (across the age range)', H2))
    s.append(ptable([['Employment', 'Independent living', 'Community inclusion', 'Health'],
                     ['Talks about being a firefighter', 'Can make own breakfast', 'Cubs on Mondays', 'Dentist check booked']],
                    [4.5 * cm] * 4))
    s.append(NextPageTemplate('land') if False else PageBreak())
    # landscape-ish wide transposed outcomes table
    s.append(P('Agreed outcomes until the next Education Review', H2))
    oc = v['outcomes']
    rows = [['']+[o[0] for o in oc],
            ['Area of need'] + [o[1] for o in oc],
            ['What will be different (SMART outcome)'] + [o[2] for o in oc],
            ['How it will happen'] + [o[3] for o in oc],
            ['Who is responsible'] + [o[4] for o in oc],
            ['Review by'] + [o[5] for o in oc]]
    w = (25.5 - 5) / len(oc)
    s.append(ptable(rows, [5 * cm] + [w * cm] * len(oc), bold_first_col=True))
    s.append(P('Pupil Premium Plus (PP+) funding plan', H2))
    s.append(P('PP+ requests must link to an outcome number above. Requests are paid termly once the Education Review is signed off.', SMALL))
    s.append(ptable([['Intervention / resource', 'Outcome no.', 'Cost']] +
                    [[a, c, f'£{b}'] for a, b, c in v['pp']] + [['Total PP+ requested this term', '', f"£{v['total']}"]],
                    [17 * cm, 3.5 * cm, 5 * cm]))
    s.append(P('Sign off', H2))
    s.append(ptable([['Education Review signed off by Designated Teacher', 'Mrs L. Threlfall'],
                     ['Date signed off', v['signed']],
                     ['Next Education Review', v['nextr']]], [10 * cm, 15.5 * cm], head=False, bold_first_col=True))
    path = os.path.join(out_dir, f'{STEM}-{n}.pdf')

    # two page templates: portrait then landscape
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame
    def deco(c, d):
        c.saveState(); c.setFont('Helvetica', 7)
        w, h = c._pagesize
        c.drawString(1.5 * cm, h - 1 * cm, f'Education Review (PEP)  |  {v["name"]}  |  CONFIDENTIAL')
        c.drawString(1.5 * cm, 0.8 * cm, f'Mosaic ref ER-{40411 + n}   Page {d.page}')
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4)
    pw, ph = A4
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate('port', [Frame(1.5 * cm, 1.4 * cm, pw - 3 * cm, ph - 3 * cm)], onPage=deco, pagesize=A4),
        PageTemplate('land', [Frame(1.5 * cm, 1.4 * cm, lw - 3 * cm, lh - 3 * cm)], onPage=deco, pagesize=landscape(A4))])
    i = s.index([x for x in s if isinstance(x, PageBreak)][0])
    s.insert(i, NextPageTemplate('land'))
    doc.build(s)
    write_truth(out_dir, STEM, 'pdf', INSP, QUIRKS, n=n, child_name=v['name'], child_first_name=v['first'],
                school=v['school'], year_group=v['year'], meeting_date=v['meet_iso'], completed_date=v['signed_iso'],
                attendance_percent=float(v['att']), pupil_voice=[m[1] for m in v['momo']],
                targets=[{'text': o[2], 'area': o[1]} for o in oc], english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': a, 'cost': float(b), 'target': int(c) if c else None} for a, b, c in v['pp']],
                pp_requested=float(v['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
