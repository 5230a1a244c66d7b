"""zZI04 - ePEP print with 'signs of safety' three-question record of discussion, fixed three-target
structure and two meetings (summer + autumn) in one landscape document (PDF). Fictional data."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZI import *

LAYOUT = 'zZI04-three-questions-log'
W = landscape(A4)[0] - 3 * cm

V1 = dict(
    name='Ollie Brennan-Shah', first='Ollie', yr='Year 4', yg=4, school='Moss Brook Junior School',
    prev=dict(date='17 June 2026', yr='Year 3', targets=['Ollie will spell the Year 3 common exception words correctly in his writing.',
                                                          'Ollie will tell the time to the nearest five minutes.',
                                                          'Ollie will take part in a team game at lunchtime.'],
              outcomes=['Mostly met (28 of 35 words)', 'Met', 'Met - plays football most days']),
    date='14 October 2026', miso='2026-10-14', att='95.2', attv=95.2,
    wwell=['Round robin - English: reading aloud with expression.', 'Round robin - Maths: quick with number bonds.'],
    worried=['Science: rushes written work.', 'Carer: tired on Mondays after contact.'],
    needs=['Keep the lunchtime football.', 'Writing frames in science.'],
    voice=['My best thing is football with Kacper and Rio.', 'I get cross when people say my mum is not my real mum.',
           'I want to get better at joined up writing so it looks grown up.'],
    targets=[('English', 'Ollie will write a paragraph of at least five sentences in joined handwriting in each weekly English lesson by the next PEP meeting.', 'Yes'),
             ('Maths', 'Ollie will recall the 3, 4 and 8 times tables and the related division facts in under 3 minutes by the next PEP meeting.', 'Yes'),
             ('SEMH', 'Ollie will use his "calm card" to tell an adult when he feels cross, instead of shouting, at least once a week.', 'Yes')],
    pp=[('Handwriting intervention (Neat Hands group), 3 x 15 mins weekly', 240.0, 1),
        ('Times-tables practice app + TA catch-up, 2 x 15 mins weekly', 160.0, 2),
        ('Drawing and Talking sessions with learning mentor, 12 weeks', 420.0, 3)],
    total='820.00', dt='Mrs E. Holroyd', signed='21 October 2026', ciso='2026-10-21', nextd='3 February 2027',
)
V2 = dict(
    name='Jasmine Okoro', first='Jasmine', yr='Year 9', yg=9, school='Ravensbury High School',
    prev=dict(date='25 June 2026', yr='Year 8', targets=['Jasmine will complete a reading log every week.',
                                                         'Jasmine will attend maths intervention on Wednesdays.',
                                                         'Jasmine will speak with her mentor about friendship worries.'],
              outcomes=['Not met', 'Partly met', 'Met']),
    date='4 November 2026', miso='2026-11-04', att='', attv=None,
    wwell=['Round robin - English: her poetry homework was excellent.', 'Round robin - Science: good practical skills.'],
    worried=['Round robin - Maths: no response returned.', 'Social worker: placement move planned for January.'],
    needs=['Keep the same mentor through the move.', 'English to set weekly reading check.'],
    voice=[],
    targets=[('English', 'Jasmine will write one analytical paragraph on the class text each week using the What-How-Why structure, marked by her English teacher.', 'Yes'),
             ('Science', 'Jasmine will complete the write-up for each required practical in her science book within a week of the lesson.', 'No'),
             ('SEMH', 'Jasmine will meet her mentor each fortnight to plan for her move and will choose one thing that helps her feel settled.', 'Yes')],
    pp=[('Mentoring with Youth Worker, fortnightly, autumn and spring', 300.0, 3),
        ('Revision guides (English and Science)', 24.0, None)],
    total='324.00', dt='Mr P. Castellanos', signed='', ciso=None, nextd='February 2027',
)


def meeting_block(s, title, date, yr, attend, present):
    s.append(Paragraph(title, H2))
    s.append(ptable([['PEP meeting date', 'Year group at meeting', 'Attendance this academic year (%)', 'Present'],
                     [date, yr, attend, present]],
                    [4.5 * cm, 4.5 * cm, 6 * cm, W - 15 * cm], fill='#F4E3C1'))


def story_for(v):
    s = [Paragraph('Our Young People - Personal Education Plan (school age)', H1),
         Paragraph('This plan is discussed, not filled in as a form. Please avoid going through the PEP as a form during the meeting. '
                   'The meeting is led by three questions: 1) What is working well? 2) What we are worried about? 3) What needs to happen?', PS),
         Spacer(1, 4),
         ptable([['Young person', v['name'], 'School', v['school'], 'Current year', v['yr']]],
                [3 * cm, 5.5 * cm, 2.2 * cm, 7 * cm, 3 * cm, W - 20.7 * cm], header=False,
                extra=[('BACKGROUND', (0, 0), (0, 0), colors.HexColor('#EEEEEE')), ('BACKGROUND', (2, 0), (2, 0), colors.HexColor('#EEEEEE')),
                       ('BACKGROUND', (4, 0), (4, 0), colors.HexColor('#EEEEEE'))])]
    p = v['prev']
    meeting_block(s, 'Meeting 1 of 2 - Summer term 2026 (previous)', p['date'], p['yr'], '90.3' if v['yg'] == 4 else '86.0',
                  'DT, carer, social worker, VS teacher')
    rows = [['Target set in summer', 'Outcome (reviewed at autumn meeting)']]
    for t, o in zip(p['targets'], p['outcomes']):
        rows.append([t, o])
    s.append(ptable(rows, [W * 0.65, W * 0.35], fill='#DDDDDD'))
    s.append(PageBreak())

    meeting_block(s, 'Meeting 2 of 2 - Autumn term 2026 (this PEP)', v['date'], v['yr'], v['att'],
                  'DT, carer, social worker, VS teacher, ' + v['first'])
    s.append(Paragraph('Record of discussion', H2))
    s.append(ptable([['1) What is working well?', '2) What we are worried about?', '3) What needs to happen?'],
                     ['\n'.join(v['wwell']), '\n'.join(v['worried']), '\n'.join(v['needs'])]],
                    [W / 3] * 3, fill='#CFE2CF'))
    s.append(Paragraph('Pupil voice', H2))
    s.append(Paragraph(f"What does {v['first']} want us to know? Write it the way they said it.", PS))
    s.append(ptable([['\n'.join(v['voice'])]], [W], header=False, extra=[('BOTTOMPADDING', (0, 0), (-1, -1), 28)]))
    s.append(Paragraph('If the young person did not attend, a clear reason must be recorded: ' +
                       ('n/a - attended' if v['voice'] else 'attended, but did not want to share views today'), PS))
    s.append(PageBreak())

    s.append(Paragraph('SMART targets (autumn)', H2))
    s.append(Paragraph('Two targets should directly address academic progress; targets one and two are drafted before the meeting. '
                       'The third target is holistic (social, emotional and mental health), child centred and if possible reflects their views. '
                       'Only a teacher should set targets.', PS))
    labels = ['Target one (academic)', 'Target two (academic)', 'Target three (holistic)']
    rows = [['', 'Subject / area', 'Target', 'Will they be able to celebrate a success by their next PEP meeting?']]
    for lab, (a, t, yn) in zip(labels, v['targets']):
        rows.append([lab, a, t, yn])
    s.append(ptable(rows, [3.6 * cm, 2.8 * cm, W - 11.4 * cm, 5 * cm], fill='#F4E3C1'))
    s.append(Paragraph('Pupil Premium Plus', H2))
    rows = [['Planned use of PP+', 'Target (one / two / three)', 'Amount']]
    words = {1: 'one', 2: 'two', 3: 'three', None: ''}
    for d, c, t in v['pp']:
        rows.append([d, words[t], f'\u00a3{c:,.2f}'])
    rows.append(['Total amount requested', '', '\u00a3' + v['total']])
    s.append(ptable(rows, [W - 9 * cm, 5 * cm, 4 * cm]))
    s.append(Spacer(1, 6))
    s.append(ptable([['Designated Teacher', v['dt'], 'Signed off (date)', v['signed'], 'Next PEP meeting', v['nextd']]],
                    [3.5 * cm, 4 * cm, 3.2 * cm, 4 * cm, 3.4 * cm, W - 18.1 * cm], header=False))
    return s


def truth_for(v):
    return dict(layout=LAYOUT, inspired_by='real-forms.md entries 19, 31',
                quirks=['landscape', 'two meetings in one document (read the latest, meeting 2)',
                        'signs-of-safety three-question record of discussion with round-robin teacher views',
                        'fixed three-target structure labelled one/two/three', 'PP+ linked to target by word'],
                child_name=v['name'], child_first_name=v['first'], school=v['school'], year_group=v['yg'],
                meeting_date=v['miso'], completed_date=v['ciso'], attendance_percent=v['attv'], pupil_voice=v['voice'],
                targets=[{'text': t, 'area': a} for a, t, _ in v['targets']],
                english_target=True, maths_target=any(a == 'Maths' for a, _, _ in v['targets']),
                pp_spend=[{'description': d, 'cost': c, 'target': t} for d, c, t in v['pp']],
                pp_requested=float(v['total']))


def build(out_dir):
    for n, v in ((1, V1), (2, V2)):
        fn = f'{LAYOUT}-{n}.pdf'
        build_pdf(os.path.join(out_dir, fn), story_for(v), pagesize=landscape(A4),
                  head='ePEP print  |  Virtual School for Our Young People  |  Ref OYP-' + str(5100 + n),
                  foot='Printed 03/12/2026 - OFFICIAL SENSITIVE')
        write_truth(out_dir, fn, truth_for(v))


if __name__ == '__main__':
    main(build)
