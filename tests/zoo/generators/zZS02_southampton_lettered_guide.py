"""zZS02: Virtual School PEP with lettered guidance page and numbered form sections 1-4 (entry 11). PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZS import *

STEM = 'zZS02-southampton-lettered-guide'
V = [
    dict(name='Amara Quayle', first='Amara', school='Redwater Vale Academy', yg=9, ysay='Year 9',
         date='12 November 2026', iso='2026-11-12', comp='19 November 2026', compiso='2026-11-19',
         att='93.5', attv=93.5, elsa='Views gathered by Miss T Harlow (ELSA) on 5 November 2026.',
         views=['I want to do the triple science group next year like my cousin.',
                'Sometimes I cannot concentrate in French because the room is loud.',
                'I would like a quiet place to go at break when I feel stressed.'],
         targets=[('Amara will complete one timed English Language reading paper each fortnight and score at least 24/40 by February half-term.', 'English'),
                  ('Amara will close her algebra gap by completing 20 minutes of Sparx maths homework three times a week until the spring PEP.', 'Maths'),
                  ('Amara will use the Learning Hub at break twice a week and tell her ELSA how it helped.', 'SEMH')],
         pp=[('ELSA sessions, 6 weeks x 45 minutes', 240.00, 3),
             ('Maths intervention group (small group, period 6)', 350.00, 2),
             ('English revision guides and timed paper pack', 35.00, 1)], total=625.00, maths=True),
    dict(name='Rhys Tolland', first='Rhys', school='Marlcombe Heath School', yg=7, ysay='Year 7',
         date='03 December 2026', iso='2026-12-03', comp=None, compiso=None,
         att='', attv=None, elsa='Views gathered by: ______________________ on ____________',
         views=[],
         targets=[('Rhys will read his library book for 15 minutes in tutor time on four days each week, recorded in his planner.', 'English'),
                  ('Rhys will attend the Year 7 football club on Wednesdays to make friends in his new school.', 'Social')],
         pp=[('Football boots and club kit', 55.00, 2),
             ('Transition mentor check-ins (pastoral)', 180.00, None)], total=235.00, maths=False),
]


def make(v, path):
    s = []
    s.append(P('Personal Education Plan (PEP)', H1))
    s.append(P('Virtual School - Children in Care  |  PEP Rev 4.1  |  System ref: VS-PEP/' + v['first'][:2].upper() + '/0471', SMALL))
    s.append(Spacer(1, 6))
    s.append(P('PEP GUIDANCE (please read before the meeting)', H2))
    s.append(P('Section A - Documents to bring: the previous PEP; attendance; exclusion information internal and external; IEP/PSP.', BODY))
    s.append(P('Section B Meeting Preparation', CELLB))
    s.append(ptable([['Step', 'Who'], ['Invite all attendees at least 2 weeks ahead', 'Designated Teacher'],
                     ['Gather the pupil views (print out section 2)', 'DT / ELSA / trusted adult'],
                     ['Chair the meeting', 'Designated Teacher']], [300, 210]))
    s.append(P('Note: letters above refer to this guidance; numbers below refer to the form sections.', SMALL))
    s.append(P('Section 1: People at the meeting', H2))
    s.append(ptable([['Pupil name', v['name'], 'Year', v['ysay']], ['School', v['school'], 'Date of PEP', v['date']]],
                    [80, 200, 70, 160], header=False, first_col_fill='#EEEEEE'))
    s.append(Spacer(1, 4))
    s.append(ptable([['Name', 'Role', 'Contact details'],
                     ['Mr D Fenwick', 'Designated Teacher (chair)', 'd.fenwick@school.example'],
                     ['Ms K Abara', 'Social Worker', '07700 900411'],
                     ['Jo & Pete Marlow', 'Foster carers', '07700 900622'],
                     ['L Strand', 'Virtual School Advisory Teacher', 'vs@council.example'],
                     [v['first'], 'Pupil', '-']], [150, 190, 170]))
    s.append(PageBreak())
    s.append(P('Section 2: The Young Persons Voice', H2))
    s.append(P('It will be helpful to print out section 2 when gaining the pupils views. ' + v['elsa'], SMALL))
    s.append(ptable([['What is going well? What would you like to change? What do you need help with?'],
                     ['\n'.join(v['views']) if v['views'] else '\n\n\n']], [510]))
    s.append(Spacer(1, 4))
    s.append(ptable([["Carer's view"], ['Settled and sleeping better; homework is the main battle at the moment.']], [510]))
    s.append(P('Section 3: Achievement and Attainment', H2))
    s.append(ptable([['Attendance % (this academic year)', v['att'] + ('%' if v['att'] else ''), 'Printout attached?', TICK + ' Yes ' + BOX + ' No'],
                     ['Exclusions - internal', '0', 'Exclusions - external', '0']], [140, 110, 120, 140], header=False))
    s.append(Spacer(1, 4))
    s.append(ptable([['Subject', 'Current working at', 'End of year target', 'Effort'],
                     ['English', '4-', '5', 'Good'], ['Maths', '3+', '5-', 'Good'], ['Science', '4', '5', 'Excellent']],
                    [130, 130, 130, 120]))
    s.append(NextPageTemplate('land'))
    s.append(PageBreak())
    s.append(P('Section 4: Review and Action Plan: PEP Review', H2))
    s.append(P('4a Previous targets', CELLB))
    s.append(ptable([['Previous target (summer term)', 'Progress / evidence', 'Status'],
                     ['Complete the transition programme reading list.', 'Read 3 of 5 books', 'Partly'],
                     ['Know the route and timetable for the new school.', 'Attends on time', 'Achieved']], [380, 250, 130]))
    s.append(Spacer(1, 6))
    s.append(P('4b Action plan for this term (targets)', CELLB))
    rows = [['Target', 'Area', 'Actions / who', 'By when']]
    for i, (t, a) in enumerate(v['targets'], 1):
        rows.append(['T%d. %s' % (i, t), a, 'Subject teacher, DT', 'Spring PEP'])
    s.append(ptable(rows, [400, 80, 170, 110]))
    s.append(Spacer(1, 6))
    s.append(P('4c Pupil Premium Plus request', CELLB))
    rows = [['Intervention', 'Links to target', 'Cost']]
    for d_, c, t in v['pp']:
        rows.append([d_, ('T%d' % t) if t else '-', '\u00a3%.2f' % c])
    rows.append(['TOTAL REQUESTED', '', '\u00a3%.2f' % v['total']])
    s.append(ptable(rows, [460, 150, 150]))
    s.append(Spacer(1, 8))
    s.append(ptable([['DT signature', 'D Fenwick', 'Date PEP completed', v['comp'] or ''],
                     ['Date of next PEP', 'March 2027', 'Date of last PEP', '02 July 2026']], [140, 240, 140, 240], header=False))
    build_pdf(path, s, 'CONFIDENTIAL - Child in Care PEP', 'Southmoor Virtual School  |  printed from ePEP  |  PEP Rev 4.1')


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n, v in enumerate(V, 1):
        stem = f'{STEM}-{n}'
        make(v, os.path.join(out_dir, stem + '.pdf'))
        write_truth(out_dir, stem, 'pdf', 'real-forms.md entry 11',
                    ['lettered guidance (Section A/B) before numbered form sections 1-4',
                     'landscape action-plan page with previous targets above new ones',
                     'PP+ linked by T-codes', 'last-PEP and next-PEP dates next to completion date'],
                    child_name=v['name'], child_first_name=v['first'], school=v['school'], year_group=v['yg'],
                    meeting_date=v['iso'], completed_date=v['compiso'], attendance_percent=v['attv'],
                    pupil_voice=v['views'], targets=[{'text': t, 'area': a} for t, a in v['targets']],
                    english_target=True, maths_target=v['maths'],
                    pp_spend=[{'description': p[0], 'cost': p[1], 'target': p[2]} for p in v['pp']],
                    pp_requested=v['total'])


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
