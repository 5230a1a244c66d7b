"""zZO03: portal-printed PEP task (three review windows a year, 'initiated by' the VS with basic info, SMART with
'Assigned', targets as columns of a transposed table, status history). DOCX."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZO import *

STEM = 'zZO03-portal-review-window-transposed'
INSPIRED = 'real-forms.md entries 20, 3'
PH = 'Click or tap here to enter text.'
PHD = 'Click or tap to enter a date.'

CASES = {
    1: dict(
        given='Anwen', family='Lloyd-Hart', dob='30/06/2015', ncy='7', yg=7, school='Coldharbour Lane Academy',
        pep_kind='Full PEP (new key stage: Year 7)', window=0, meeting='06/10/2026', meeting_iso='2026-10-06',
        att_ytd='97.8', att_v=97.8, att_prev='91.2',
        voice=[('What I think about my new school', 'The corridors are massive but I know my way to science now.'),
               ('What helps me learn', 'I learn best when the teacher shows an example first and I can sit near the front.'),
               ('What I want to get better at', 'I want to get better at fractions because I panic on them.')],
        teacher_view='Anwen has made a positive start. She is quiet in larger groups and is reluctant to ask for help in maths.',
        prev=[('Anwen will read a chapter book independently each week and record it in her reading log.',
               'Set 12/02/2026 (Y6) > Partly achieved 14/05/2026 > Achieved 06/10/2026'),
              ('Anwen will visit Coldharbour Lane twice before September.', 'Set 14/05/2026 > Achieved 06/10/2026')],
        targets=[
            dict(S='Anwen will use the fraction wall to add and subtract fractions with different denominators, scoring 8/10 on the end-of-unit quiz.',
                 M='Unit 3 quiz score; maths teacher book check', A='Mr Oyelaran (maths teacher)', R='Yes - Anwen named fractions herself', T='By 11/12/2026', area='Maths'),
            dict(S='Anwen will write an extended answer of at least three paragraphs in English using the class writing frame.',
                 M='Two marked assessed pieces', A='Ms Chaudhry (English)', R='Yes', T='By February half-term', area='English'),
            dict(S='Anwen will read aloud in a small guided reading group of 4 once a week to build confidence.',
                 M='Reading log and LSA notes', A='Mrs Bellweather (LSA)', R='Yes', T='Review at second review', area='Reading'),
            dict(S='Anwen will join one lunchtime club (choir or coding) and attend at least 6 sessions this term.',
                 M='Club register', A='Head of Year 7', R='Yes - Anwen asked about choir', T='By 18/12/2026', area='Wellbeing'),
        ],
        pp=[('1', 'Maths catch-up group (3 pupils), 1 hour a week, 10 weeks', 'School', '300.00'),
            ('2', 'Writing frames and exercise books', 'School', '40.00'),
            ('3', 'Reading mentor (Year 10 peer reader) training and supervision', 'School', '160.00'),
            ('4', 'Choir uniform and term fee', 'Coldharbour Music Service', '75.00')],
        total='575.00',
        status=[('Initiated by VSW (basic information)', '01/09/2026 08:12', 'System'),
                ('Assigned to Designated Teacher', '01/09/2026 08:12', 'System'),
                ('PEP meeting held', '06/10/2026', 'L. Abernethy (DT)'),
                ('Submitted to VSW', '09/10/2026 14:32', 'L. Abernethy (DT)'),
                ('Approved by VSW', '16/10/2026 10:05', 'S. Kirkbride (VSW Adviser)')],
        dt='Lydia Abernethy', signed='09/10/2026', signed_iso='2026-10-09',
    ),
    2: dict(
        given='Kai', family='Marchetti', dob='17/12/2017', ncy='4', yg=4, school='Ivybridge Lane Primary School',
        pep_kind='Review PEP', window=0, meeting='24/11/2026', meeting_iso='2026-11-24',
        att_ytd='93.0', att_v=93.0, att_prev='95.5',
        voice=[('What I think about my school', ''), ('What helps me learn', ''), ('What I want to get better at', '')],
        teacher_view='Kai is a lively member of the class who loves PE. He finds it hard to settle after lunch.',
        prev=[('Kai will learn 10 Year 3 spelling words each half-term.', 'Set 03/03/2026 > Not achieved 09/06/2026 > Broken down further (see T1)')],
        targets=[
            dict(S='Kai will spell 5 words from the Year 3/4 statutory list correctly in his own writing each half-term.',
                 M='Spelling checks in writing book', A='Mrs Gaskin (class teacher)', R='Yes', T='By 12/02/2027', area='Spelling / writing'),
            dict(S='Kai will read his home reading book aloud to his carer 4 times a week and have the diary signed.',
                 M='Reading diary', A='Carer and class teacher', R='Yes', T='By next review', area='Reading'),
            dict(S='Kai will use the 5-minute calm corner after lunch when he feels cross, then rejoin the lesson.',
                 M='Behaviour log entries after lunch fall from 4 to 1 a week', A='Mr Quarrie (TA)', R='Yes', T='By 12/02/2027', area='SEMH'),
        ],
        pp=[('1', 'Precision teaching spelling sessions, 3 x 10 mins a week', 'School', '180.00'),
            ('', 'Football club after school, autumn and spring', 'Kickstart Sports CIC', '120.00'),
            ('3', 'Calm corner resources and sand timer', 'School', '30.00')],
        total='330.00',
        status=[('Initiated by VSW (basic information)', '01/09/2026 08:12', 'System'),
                ('Assigned to Designated Teacher', '01/09/2026 08:12', 'System'),
                ('PEP meeting held', '24/11/2026', 'T. Rudd (DT)'),
                ('In progress - with DT', '25/11/2026 16:40', 'T. Rudd (DT)')],
        dt='Tamsin Rudd', signed='', signed_iso=None,
    ),
}


def build_one(out_dir, n):
    c = CASES[n]
    full = c['given'] + ' ' + c['family']
    d = new_doc('Segoe UI', 9.5)
    header_footer(d, f'Wealdshire Virtual School (VSW) Professional Portal  >  Tasks  >  Complete PEP  >  {full}',
                  'Printed from the VSW Delegation Portal. Task ID PEP-' + ('7731042' if n == 1 else '7790318') +
                  '. SMART = Specific, Measurable, Assigned, Realistic, Time constrained.')
    heading(d, f'Personal Education Plan - {full}', 15, color='5B2C6F')
    para(d, 'This PEP was initiated by VSW and contains some basic information. Please check it and correct it in the '
            'Child Details task if anything is wrong.', italic=True, size=8)
    w = ['First review - September to December', 'Second review - January to April', 'Third review - May to July']
    para(d, '   '.join(((TICK if i == c['window'] else BOX) + ' ' + x) for i, x in enumerate(w)), size=9)
    para(d, 'PEP type: ' + c['pep_kind'] + '     (A full PEP is due at a significant change, including years R, 7, 11.)', size=9)
    heading(d, 'Basic information (pre-populated by VSW)', 11, fill='5B2C6F')
    p = d.add_paragraph()
    for lab, val in [('Given name(s): ', c['given']), ('    Family name: ', c['family']), ('    DOB: ', c['dob']),
                     ('    NCY: ', c['ncy'])]:
        r = p.add_run(lab); r.bold = True
        p.add_run(val)
    p = d.add_paragraph()
    for lab, val in [('Establishment: ', c['school']), ('    DfE: ', '886/' + ('4127' if n == 1 else '2290')),
                     ('    Legal status: ', 'C2 Full care order' if n == 1 else 'V2 Section 20')]:
        r = p.add_run(lab); r.bold = True
        p.add_run(val)
    p = d.add_paragraph()
    r = p.add_run('Review meeting held on: '); r.bold = True
    p.add_run(c['meeting'])
    r = p.add_run('    Venue: '); r.bold = True
    p.add_run('School (Inclusion Room)')
    heading(d, 'Who completes what?', 11, fill='5B2C6F')
    table(d, [['Task', 'Completed by', 'Done'],
              ['Child Details', 'VSW / Social worker', TICK],
              ['Child\'s Voice', 'Designated Teacher with the child', TICK if n == 1 else BOX],
              ['Attendance and Attainment', 'Designated Teacher', TICK],
              ['Targets and PP+', 'Designated Teacher at the meeting', TICK],
              ['Declaration', 'Designated Teacher', TICK if n == 1 else BOX]],
          widths=[6, 8, 2], header_fill='E8DAEF')
    d.add_paragraph()
    heading(d, 'Attended the meeting', 11, fill='5B2C6F')
    table(d, [['Name', 'Role', 'Attended'],
              [c['given'], 'Child (part of meeting)' if n == 1 else 'Child', TICK if n == 1 else BOX],
              ['Glenys Harker' if n == 1 else 'Ray and Sue Pooley', 'Foster carer', TICK],
              ['Marcus Tiernan' if n == 1 else 'Olu Bamgbose', 'Social worker', TICK],
              [c['dt'], 'Designated Teacher', TICK],
              ['S. Kirkbride', 'VSW Adviser', BOX]], widths=[6, 7, 3], header_fill='E8DAEF')
    d.add_page_break()
    heading(d, 'Child\'s Voice', 11, fill='5B2C6F')
    para(d, 'Record the child\'s own words. Method used: ' + ('talking mat with the DT' if n == 1 else PH), size=8, italic=True)
    for q, a in c['voice']:
        t = table(d, [[q], [a if a else PH]], widths=[17])
        shade(t.cell(0, 0), 'F4ECF7')
        d.add_paragraph()
    para(d, 'Designated Teacher\'s view: ' + c['teacher_view'], size=9)
    heading(d, 'Attendance and Attainment', 11, fill='5B2C6F')
    table(d, [['', 'This academic year (to date)', 'Previous academic year'],
              ['Attendance %', c['att_ytd'], c['att_prev']],
              ['Suspensions', '0', '0' if n == 1 else '1 day'],
              ['Persistent absence flag', 'No', 'No']], widths=[5, 6, 6], header_fill='E8DAEF')
    d.add_paragraph()
    table(d, [['Subject', 'Baseline', 'Current', 'End of year expectation'],
              ['English', 'KS2 SS 101' if n == 1 else 'WTS', 'Secure' if n == 1 else 'WTS', 'On track' if n == 1 else 'Expected'],
              ['Maths', 'KS2 SS 94' if n == 1 else 'EXS', 'Developing' if n == 1 else 'EXS', 'Developing+' if n == 1 else 'Expected'],
              ['Science', '-', 'Secure', 'Secure']], widths=[4, 4, 4, 5], header_fill='E8DAEF')
    d.add_paragraph()
    heading(d, 'Previous targets - status history', 11, fill='5B2C6F')
    table(d, [['Previous target', 'Status history']] + [list(x) for x in c['prev']], widths=[9, 8], header_fill='E8DAEF')
    d.add_paragraph()
    heading(d, 'New targets (SMART)', 11, fill='5B2C6F')
    para(d, 'S - Specific, M - Measurable, A - Assigned - to specific responsible professionals, R - Realistic, '
            'T - Time constrained.', size=8, italic=True)
    tg = c['targets']
    rows = [[''] + [f'Target {i}' for i in range(1, len(tg) + 1)],
            ['Area'] + [t['area'] for t in tg],
            ['S Specific'] + [t['S'] for t in tg],
            ['M Measurable'] + [t['M'] for t in tg],
            ['A Assigned'] + [t['A'] for t in tg],
            ['R Realistic'] + [t['R'] for t in tg],
            ['T Time constrained'] + [t['T'] for t in tg]]
    wcol = 14.5 / len(tg)
    table(d, rows, widths=[2.7] + [wcol] * len(tg), header_fill='D2B4DE', bold_first_col=True)
    d.add_paragraph()
    heading(d, 'PP+ request', 11, fill='5B2C6F')
    para(d, 'PP+ is released to school once VSW has approved the PEP.', size=8, italic=True)
    table(d, [['Linked target', 'Provision', 'Provider', 'Amount £']] + [list(x) for x in c['pp']] +
          [['', 'Total requested', '', c['total']]], widths=[2.5, 9, 3.5, 2.5], header_fill='E8DAEF')
    d.add_paragraph()
    heading(d, 'Declaration', 11, fill='5B2C6F')
    para(d, 'I confirm that this PEP was discussed at the meeting and that the targets were set by a teacher.', size=9)
    table(d, [['Designated Teacher', c['dt']], ['Date signed', c['signed'] if c['signed'] else PHD]],
          widths=[5, 12], bold_first_col=True, fill_first_col='F4ECF7')
    d.add_paragraph()
    heading(d, 'Task status history', 10, color='5B2C6F')
    table(d, [['Status', 'Date / time', 'By']] + [list(x) for x in c['status']], widths=[7, 5, 5], header_fill='EEEEEE')
    fn = f'{STEM}-{n}.docx'
    d.save(os.path.join(out_dir, fn))
    quirks = ['portal task printout; breadcrumb header carries the name', 'three review windows as tick boxes',
              'given name and family name inline on one line with bold labels',
              'targets transposed: one column per target, SMART rows (Specific row = target text; A = Assigned)',
              'previous targets with a status history string', 'task status history table; VSW approval date is later than the DT signature (completed = DT signed/submitted)',
              'DT view printed next to the child\'s voice']
    if n == 2:
        quirks += ['voice boxes hold only the content-control placeholder text', 'no maths target',
                   'a PP+ line with no linked target', 'date signed is a date placeholder; status still In progress']
    write_truth(out_dir, f'{STEM}-{n}', 'docx', INSPIRED, quirks,
                child_name=full, child_first_name=c['given'], school=c['school'], year_group=c['yg'],
                meeting_date=c['meeting_iso'], completed_date=c['signed_iso'], attendance_percent=c['att_v'],
                pupil_voice=[a for _, a in c['voice'] if a],
                targets=[{'text': t['S'], 'area': t['area']} for t in tg],
                english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': x[1], 'cost': float(x[3]), 'target': int(x[0]) if x[0] else None} for x in c['pp']],
                pp_requested=float(c['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
