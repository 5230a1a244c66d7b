"""zZB02: 'Export Active PEP' from a Looked-After-Call-style platform (entry 2): PEP cycle not a date on the header,
status log with a 'Review again' rejection, asterisked mandatory fields, transposed targets table."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZB import *

STEM = 'zZB02-cycle-status-log'

DATA = {
 1: dict(name='Amara Velinska', first='Amara', school="St Brennoc's CE Primary School", year='5', ks='KS2',
         cycle='Autumn 2026/27', meet='14-Oct-2026', status='Submitted',
         log=[['Not started', '01-Sep-2026', 'System'], ['In progress', '14-Oct-2026', 'Designated Teacher'],
              ['Ready to submit to Virtual School', '19-Oct-2026', 'Designated Teacher'],
              ['Submitted', '20-Oct-2026', 'Designated Teacher'],
              ['Review again', '22-Oct-2026', 'LA (Super) user - reason: PP+ costs do not add up to the total'],
              ['Submitted', '27-Oct-2026', 'Designated Teacher']],
         completed='2026-10-27',
         others=[['Summer 2025/26', 'Complete', '18-Jun-2026'], ['Spring 2025/26', 'Complete', '05-Mar-2026']],
         att='96.4', att_prev='91.2', att_v=96.4,
         voice=[('What I like about school *', 'I like art and when Mrs Kaur lets me help with the little ones at lunch.'),
                ('What I find hard *', 'Times tables are hard and I get muddled when people are watching.'),
                ('What would help me *', 'If I could practise on the tablet at home with my foster mum.')],
         teacher='Amara is a kind, helpful member of the class. She lacks confidence in maths and avoids answering aloud.',
         prev=[['Read 4 times a week at home and record it in the reading diary', 'Achieved'],
               ['Learn number bonds to 100', 'Partly achieved - continue']],
         targets=[('Reading / English', 'Amara will use the inference question cards to answer 3 questions about each guided reading text and reach the expected standard in the December reading test'),
                  ('Maths', 'Amara will recall her 3, 4 and 8 times tables with 90% accuracy on the weekly multiplication check by February half-term'),
                  ('Wellbeing', 'Amara will take part in the Friday confidence group and share one idea in class each week')],
         pp=[('Times Tables Rock Stars home subscription and tablet case', 'T2', '45.00'),
             ('Small group inference reading with TA, 3 x 30 mins weekly for 12 weeks', 'T1', '420.00'),
             ('Confidence group (6 sessions, school ELSA)', 'T3', '180.00')],
         total='645.00', nextpep='Spring 2026/27 (w/c 08-Feb-2027)'),
 2: dict(name='Logan Petrakis', first='Logan', school='Mossbank Junior School', year='3', ks='KS2',
         cycle='Autumn 2026/27', meet='03-Dec-2026', status='In progress',
         log=[['Not started', '01-Sep-2026', 'System'], ['In progress', '03-Dec-2026', 'Designated Teacher']],
         completed=None,
         others=[['Summer 2025/26', 'Complete', '30-Jun-2026']],
         att='', att_prev='94.0', att_v=None,
         voice=[('What I like about school *', ''), ('What I find hard *', ''), ('What would help me *', '')],
         teacher='Logan has moved placement this term and has found the change unsettling. He enjoys PE and building with construction kits.',
         prev=[['Write two sentences using capital letters and full stops', 'Achieved']],
         targets=[('Writing / English', 'Logan will write a paragraph of four sentences with capital letters, full stops and one conjunction in his literacy book by the end of January'),
                  ('Maths', 'Logan will add and subtract 2-digit numbers using the column method with 8 out of 10 correct by the Spring PEP')],
         pp=[('Nurture breakfast club place, autumn and spring terms', '', '160.00'),
             ('Precision teaching for column addition, 15 mins daily', 'T2', '300.00')],
         total='460.00', nextpep='Spring 2026/27'),
}


def section(story, title, pct):
    story.append(Spacer(1, 6))
    story.append(ptable([[title, f'Mandatory fields complete: {pct}%']], [13.5 * cm, 4.5 * cm], head_fill='#3B3B6D'))


def build_one(out_dir, n):
    x = DATA[n]
    s = []
    s.append(P('Looked After Call  \u2022  PEP module  \u2022  Export Active PEP', PSS))
    s.append(P('Personal Education Plan', PSH))
    s.append(ptable([['Pupil\u2019s name', x['name'], 'PEP cycle', x['cycle']],
                     ['PEP status', x['status'], 'Key Stage', x['ks']]],
                    [3 * cm, 6 * cm, 3 * cm, 6 * cm], extra=[('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#E8E8F4')),
                                                           ('BACKGROUND', (2, 0), (2, -1), colors.HexColor('#E8E8F4'))]))
    s.append(Spacer(1, 4))
    s.append(P('Other PEPs on record', PSB))
    s.append(ptable([['PEP cycle', 'Status', 'Meeting held']] + x['others'], [6 * cm, 6 * cm, 6 * cm], head_fill='#777777'))
    s.append(P('Fields marked * are mandatory (shown with a red background on screen). The pie chart on each section counts mandatory fields only.', PSS))

    section(s, 'Personal Information', 100)
    s.append(ptable([['Legal name *', x['name']], ['Date of birth *', '12-May-2016' if n == 1 else '29-Jan-2019'],
                     ['Gender *', 'Female' if n == 1 else 'Male'], ['UPN', 'N916204311005' if n == 1 else 'A550918822734'],
                     ['School / setting *', x['school']], ['National curriculum year *', 'Year ' + x['year']]],
                    [5 * cm, 13 * cm]))
    section(s, 'Care Information', 100)
    s.append(ptable([['Legal status *', 'Interim Care Order' if n == 2 else 'Care Order (s31)'],
                     ['Placement type *', 'Foster care (in house)' if n == 1 else 'Foster care (IFA)'],
                     ['Social worker', 'Bethan Moss' if n == 1 else 'Kwame Adjei'],
                     ['Carer(s)', 'Mr and Mrs Havers' if n == 1 else 'Ms Lorraine Tate']], [5 * cm, 13 * cm]))
    section(s, 'Health and Emotional Wellbeing', 100)
    s.append(P('Health assessment in date. SDQ completed by carer: ' + ('12' if n == 1 else '18') + '.'))

    section(s, 'Meeting and Attendance', 100 if n == 1 else 50)
    s.append(ptable([['Meeting held on *', x['meet']],
                     ['Present', ('Pupil, Designated Teacher (Mrs Harpreet Kaur), Social Worker (Bethan Moss), Foster carer (Mrs Havers), VS officer (Tom Ellery)'
                                  if n == 1 else 'Designated Teacher (Mr Neil Brodie), Social Worker (Kwame Adjei), Carer (Ms Tate). Logan was not present.')],
                     ['Attendance % (current academic year) *', x['att']],
                     ['Attendance % (previous academic year)', x['att_prev']],
                     ['Exclusions (internal and external)', 'None']], [6 * cm, 12 * cm]))

    section(s, 'Pupil Voice', 100 if n == 1 else 0)
    s.append(ptable([[q, a] for q, a in x['voice']], [5 * cm, 13 * cm]))
    s.append(Spacer(1, 3))
    s.append(P('Class teacher\u2019s view', PSB))
    s.append(ptable([[x['teacher']]], [18 * cm]))

    section(s, 'Attainment and Progress', 100)
    s.append(ptable([['Subject', 'Autumn 2026 teacher assessment', 'End of year expectation'],
                     ['Reading', 'Working towards' if n == 1 else 'Pre-key stage', 'Expected'],
                     ['Writing', 'Expected' if n == 1 else 'Working towards', 'Expected'],
                     ['Maths', 'Working towards', 'Expected']], [6 * cm, 6 * cm, 6 * cm], head_fill='#777777'))
    s.append(Spacer(1, 3))
    s.append(P('Targets from the previous PEP', PSB))
    s.append(ptable([['Target', 'Progress']] + x['prev'], [12 * cm, 6 * cm], head_fill='#777777'))

    section(s, 'Targets (this cycle)', 100)
    nt = len(x['targets'])
    w = 14.0 / nt
    rows = [[''] + [f'T{i}' for i in range(1, nt + 1)],
            ['Area *'] + [a for a, t in x['targets']],
            ['Target *'] + [t for a, t in x['targets']],
            ['Lead'] + ['Class teacher'] * nt,
            ['Review by'] + ['Next PEP'] * nt]
    s.append(ptable(rows, [4 * cm] + [w * cm] * nt, head_fill='#777777'))

    section(s, 'PP+ Funding Request', 100)
    s.append(ptable([['Intended use of the funding', 'Target ref', 'Cost (\u00a3)']] + [list(p) for p in x['pp']] +
                    [['Total amount being requested', '', x['total']]], [11 * cm, 3 * cm, 4 * cm], head_fill='#777777'))
    s.append(P('Please stipulate on this term\u2019s form if you wish to apply for backdated pupil premium: not applicable.', PSS))

    section(s, 'Status history', 100)
    s.append(ptable([['Status', 'Date', 'By / reason']] + x['log'], [6 * cm, 3 * cm, 9 * cm], head_fill='#777777'))
    s.append(P('Next PEP cycle: ' + x['nextpep']))
    s.append(P('PEP is read-only for social workers regardless of the PEP status.', PSS))
    fn = f'{STEM}-{n}.pdf'
    build_pdf(os.path.join(out_dir, fn), s, header=f'LAC-PEP export  {x["cycle"]}  ID 00{7341 + n}',
              footer='Export Active PEP  |  page {page}  |  OFFICIAL-SENSITIVE')
    write_truth(out_dir, STEM, 'pdf', n=n, inspired_by='real-forms.md entries 2, 1',
                quirks=['PEP cycle on the header, meeting date only inside a section', 'status history with a Review again rejection and resubmission (completion = last Submitted)',
                        'Other PEPs on record table of earlier cycles', 'asterisked mandatory labels', 'transposed targets table (targets as columns)',
                        'target refs T1/T2 in PP+ table'],
                child_name=x['name'], child_first_name=x['first'], school=x['school'], year_group=int(x['year']),
                meeting_date={1: '2026-10-14', 2: '2026-12-03'}[n], completed_date=x['completed'],
                attendance_percent=x['att_v'], pupil_voice=[a for q, a in x['voice'] if a],
                targets=[{'text': t, 'area': a} for a, t in x['targets']], english_target=True,
                maths_target=any(a == 'Maths' for a, t in x['targets']),
                pp_spend=[{'description': dsc, 'cost': float(c), 'target': int(r[1]) if r else None} for dsc, r, c in x['pp']],
                pp_requested=float(x['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1])
