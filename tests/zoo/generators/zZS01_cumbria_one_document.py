"""zZS01: 'My Personal Education Plan' - both meetings of the year recorded in one single Word document (entry 5)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZS import *

STEM = 'zZS01-cumbria-one-document'
V = [
    dict(first='Kacey', sur='Brindlow', school='Hawthwaite C of E Primary School', county='Fellshire', year='Year 5', yg=5,
         m1='30/09/2025', m2='17/03/2026', m2iso='2026-03-17', comp='24/03/2026', compiso='2026-03-24',
         att='Autumn 95.1%  /  Spring 96.4% (year to date)', attv=96.4,
         views=['I like it when Mrs Oakes lets me be the register monitor.',
                'Reading out loud makes my tummy go funny so I like to practise with the TA first.'],
         help='I need help with my times tables because I forget the 7s and 8s.',
         targets=[('Kacey will read a Year 5 book aloud to her group for five minutes each week by the May half-term.', 'English'),
                  ('Kacey will recall the 7 and 8 times tables within 5 seconds each by the end of the summer term.', 'Maths'),
                  ('Kacey will take part in the lunchtime choir at least once a week to build her confidence.', 'Wellbeing')],
         pp=[('Precision teaching of times tables, 3 x 15 mins weekly (TA)', 320.00, 2),
             ('Reading buddy sessions and class readers pack', 150.00, 1),
             ('Choir music book and trip contribution', 60.00, 3)], total=530.00, maths=True, emptyvoice=False),
    dict(first='Tyler', sur='Ormsgill', school='Kirkbeck Junior School', county='Fellshire', year='Year 4', yg=4,
         m1='07/10/2025', m2='24/03/2026', m2iso='2026-03-24', comp=None, compiso=None,
         att='', attv=None,
         views=[], help='',
         targets=[('Tyler will write three sentences using capital letters and full stops correctly in his diary every Friday.', 'English'),
                  ('Tyler will use his calm card to ask for a break rather than leaving the classroom, by July.', 'Behaviour')],
         pp=[('Lego therapy group, weekly, 10 weeks', 200.00, 2),
             ('Attendance at Forest School taster day', 45.00, None)], total=245.00, maths=False, emptyvoice=True),
]


def make(v, path):
    d = new_doc('Calibri', 10.5)
    header_footer(d, 'Fellshire Virtual School for Children Looked After - OFFICIAL SENSITIVE',
                  'MyPEP 2025-2026 (mainstream version) v3.2   Return to: cla.education@fellshire.example')
    para(d, 'My Personal Education Plan 2025\u20132026', bold=True, size=22, align='c')
    para(d, 'Name', bold=True)
    para(d, v['first'] + ' ' + v['sur'])
    para(d, 'This is a photo of me', italic=True, color='808080')
    table(d, [['[photo]']], widths=[6])
    para(d, 'My school', bold=True); para(d, v['school'])
    para(d, 'County', bold=True); para(d, v['county'])
    para(d, 'School year', bold=True); para(d, v['year'])
    para(d, 'There are two PEP meetings in an academic year and both meetings are recorded in the same single document. '
            'The new PEP is written in Sept/Oct and is reviewed in Mar/Apr. First part of meeting \u2013 Adults only discuss: '
            'The PEP, attendance and any concerns. The child/young person then joins.', italic=True, size=8.5)
    d.add_page_break()
    para(d, 'Section 1 \u2013 Meetings', bold=True, size=14)
    table(d, [['', 'Meeting 1 (new PEP)', 'Meeting 2 (review)'],
              ['Date', v['m1'], v['m2']],
              ['Who came', 'Mrs J Oakes (Designated Teacher)\nDee Farrant (carer)\nM. Pryor (social worker)',
               'Mrs J Oakes (Designated Teacher)\nDee Farrant (carer)\nS. Lowick (CLA achievement teacher)'],
              ['Child/young person present?', TICK + ' Yes  ' + BOX + ' No', TICK + ' Yes  ' + BOX + ' No']],
          header_fill='DDEBF7', bold_first_col=True)
    para(d, '')
    para(d, 'Section 2 \u2013 All about me (completed with my Designated Teacher)', bold=True, size=14)
    para(d, 'What I think about school, what is going well and what I need help with. What I need help with is included in the action plan.', italic=True, size=8.5)
    table(d, [['My views (written at meeting 2)'], ['\n'.join(v['views'])],
              ['What I need help with'], [v['help']]], header_fill=None)
    para(d, '')
    para(d, 'My carer says', bold=True)
    para(d, 'Kacey reads to the dog every night and is much more chatty about school.' if not v['emptyvoice']
         else 'He has settled well since Christmas and enjoys walking to school with the neighbours.')
    d.add_page_break()
    para(d, 'Section 3 \u2013 Action plan', bold=True, size=14)
    para(d, 'Autumn action plan (set ' + v['m1'] + ') \u2013 reviewed at meeting 2', bold=True)
    table(d, [['No.', 'What will I achieve?', 'Reviewed ' + v['m2']],
              ['1', 'To read with an adult four times a week.', 'Met \u2013 reading log full'],
              ['2', 'To know number bonds to 100.', 'Partly met \u2013 carry on with practice at home'],
              ['3', 'To join a club.', 'Met']], header_fill='EDEDED')
    para(d, '')
    para(d, 'Spring/Summer action plan (set at meeting 2)', bold=True)
    rows = [['No.', 'What will I achieve?', 'Who will help', 'PP+ funded?']]
    for i, (t, a) in enumerate(v['targets'], 1):
        rows.append([str(i), t, 'Class teacher / TA', TICK if any(p[2] == i for p in v['pp']) else BOX])
    table(d, rows, header_fill='E2EFDA')
    para(d, '')
    para(d, 'Pupil Premium Plus (PP+) for this term', bold=True)
    rows = [['What the money is for', 'Action plan no.', 'Cost']]
    for desc, cost, tgt in v['pp']:
        rows.append([desc, str(tgt) if tgt else '', '\u00a3%.2f' % cost])
    rows.append(['Total requested', '', '\u00a3%.2f' % v['total']])
    table(d, rows, header_fill='FFF2CC')
    d.add_page_break()
    para(d, 'Section 4 \u2013 My progress (completed by the Designated Teacher)', bold=True, size=14)
    table(d, [['Subject', 'Autumn', 'Spring', 'End of year expected'],
              ['Reading', 'WTS', 'EXS', 'EXS'], ['Writing', 'WTS', 'WTS', 'EXS'], ['Maths', 'EXS', 'EXS', 'EXS']],
          header_fill='DDEBF7')
    para(d, '')
    table(d, [['Attendance', v['att']], ['Exclusions', 'None']], bold_first_col=True)
    para(d, '')
    table(d, [['Designated Teacher signature', 'J. Oakes'],
              ['PEP completed (date)', v['comp'] or ''],
              ['Next PEP (new academic year)', 'Sept/Oct 2026']], bold_first_col=True)
    d.save(path)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n, v in enumerate(V, 1):
        stem = f'{STEM}-{n}'
        make(v, os.path.join(out_dir, stem + '.docx'))
        write_truth(out_dir, stem, 'docx', 'real-forms.md entry 5',
                    ['both meetings of the year in one document (read meeting 2, the review)',
                     'cover labels above values (Name / My school / County / School year)',
                     'autumn targets reviewed in a separate table before the new action plan',
                     'attendance shows two figures; the year-to-date one is current'],
                    child_name=v['first'] + ' ' + v['sur'], child_first_name=v['first'], school=v['school'],
                    year_group=v['yg'], meeting_date=v['m2iso'], completed_date=v['compiso'],
                    attendance_percent=v['attv'], pupil_voice=v['views'] + ([v['help']] if v['help'] else []),
                    targets=[{'text': t, 'area': a} for t, a in v['targets']],
                    english_target=True, maths_target=v['maths'],
                    pp_spend=[{'description': p[0], 'cost': p[1], 'target': p[2]} for p in v['pp']],
                    pp_requested=v['total'])


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
