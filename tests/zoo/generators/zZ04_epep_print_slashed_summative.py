"""zZ04: print view of an online ePEP collection (lettered sections, PEP window and status in the banner),
with old-style slashed section headings, the young person's views uploaded before the meeting in signs-of-safety
questions, a landscape priorities/targets page, a PP+ resource tracker, a separate PEA box (not PP+),
the young person's own actions, and a summative record of last year's data at the end."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Z import *

LAYOUT = 'zZ04-epep-print-slashed-summative'
INSPIRED = 'real-forms.md entries 3, 12'
QUIRKS = ['online collection print view with PEP window and status in a banner',
          'section headings string sub-topics together with slashes',
          'views uploaded before the meeting as three signs-of-safety questions',
          'young person\'s own actions section later, in first person', 'landscape targets page',
          'PP+ resource tracker keyed to target refs', 'PEA (out-of-school allowance) box that is not PP+',
          'summative record with last year\'s attendance', 'VS approval date beside the DT completion date']

DATA = {
    1: dict(
        first='Callum', last='Westwood', pref='Cal', dob='09/04/2011', ncy=10, ks='KS4',
        school='Fenmarsh Community High School', urn='URN 131907', epep_id='EP-0048213',
        status='Approved', window='07/09/2026 - 18/12/2026',
        care='Section 31 (full care order)', placement='Foster placement (in county), since 11/2023',
        sw='Aisha Mendel', meeting='21/10/2026', meeting_iso='2026-10-21', last_pep='23/06/2026',
        next_pep='Spring 2027 window (opens 04/01/2027)',
        att=[('Autumn 1', '94.2'), ('Autumn 2 (to date)', '92.9'), ('Year to date', '93.8'),
             ('2025-26 (whole year)', '89.7')],
        att_val=93.8,
        homework='Homework club Tuesday and Thursday in the library until 4.15pm. Carer checks the planner on '
                 'Sunday evenings.',
        subjects=[('English Language', '4', '5', 'Below'), ('English Literature', '4', '5', 'Below'),
                  ('Maths', '4', '5', 'Below'), ('Combined Science', '4-4', '5-5', 'On track'),
                  ('Geography', '5', '5', 'On track'), ('BTEC Sport', 'Merit', 'Distinction', 'On track')],
        views=[('What is working well?', 'Football academy on Saturdays is the best thing in my week.'),
               ('What are you worried about?', 'I am worried I will fail English because I can\'t remember '
                                               'the quotes.'),
               ('What needs to happen?', 'I need someone to go through Macbeth with me in smaller bits.')],
        present=[('Young person', 'Callum Westwood', TICK), ('Designated Teacher', 'Mrs Laura Quinn', TICK),
                 ('Social worker', 'Aisha Mendel', TICK), ('Foster carer', 'Gary Holt', TICK),
                 ('VS officer', 'Simon Brereton', BOX), ('Head of Year 10', 'Mr Kieran Lusk', TICK)],
        targets=[('T1', 'English', 'Callum will learn and use 10 key Macbeth quotations in a timed essay, '
                                   'scoring at least a grade 5 in the December mock',
                  'English teacher; weekly tutor session', 'December mock grade 5', '18/12/2026'),
                 ('T2', 'Maths', 'Callum will solve linear and simultaneous equations with 80% accuracy on the '
                                 'Year 10 algebra assessment', 'Maths intervention group (Period 6)',
                  '80% on algebra assessment', '18/12/2026'),
                 ('T3', 'Science', 'Callum will complete all six required practical write-ups for the autumn '
                                   'term to a pass standard', 'Science teacher; homework club',
                  '6/6 write-ups signed off', '18/12/2026'),
                 ('T4', 'Careers', 'Callum will arrange his Year 10 work experience placement with a sports '
                                   'coaching provider by 31 January 2027', 'Careers adviser; carer',
                  'Placement confirmed in writing', '31/01/2027')],
        pp=[('R1', 'English tutor (Macbeth and Power & Conflict poetry), 10 x 1 hour', 'T1', 400.0, 'Approved'),
            ('R2', 'Period 6 maths intervention group, autumn term', 'T2', 250.0, 'Approved'),
            ('R3', 'Revision guides and CGP workbooks (English, maths, science)', 'T1, T2, T3', 48.0, 'Approved'),
            ('R4', 'Travel to two careers taster days', 'T4', 32.0, 'Approved')],
        pp_links=[1, 2, 1, 4],
        total=730.0,
        pea=('Football academy subs (Saturday), autumn term', 90.0),
        actions=['I will go to homework club every Tuesday and Thursday.',
                 'I will tell Mrs Quinn if the tutor sessions clash with football.'],
        dt_name='Mrs Laura Quinn', dt_date='02/11/2026', completed_iso='2026-11-02', vs_date='09/11/2026',
        summ=[('KS2 outcomes', 'Reading 103, Maths 99, GPS 100'), ('Attendance 2025-26', '89.7%'),
              ('Suspensions 2025-26', '1 (0.5 day)'), ('SEN status', 'SEN Support (SEMH)'),
              ('Schools attended', '3 (since Year 7)')],
    ),
    2: dict(
        first='Sienna', last='Moreau', pref='', dob='30/12/2010', ncy=11, ks='KS4',
        school='Ouseley Park Academy', urn='URN 144530', epep_id='EP-0051977',
        status='In progress', window='07/09/2026 - 18/12/2026',
        care='Section 20 (accommodated)', placement='Residential children\'s home (out of county), since 04/2026',
        sw='Tomasz Wrobel', meeting='12/11/2026', meeting_iso='2026-11-12', last_pep='08/05/2026',
        next_pep='Spring 2027 window (opens 04/01/2027)',
        att=[('Autumn 1', ''), ('Autumn 2 (to date)', ''), ('Year to date', ''),
             ('2025-26 (whole year)', '81.4')],
        att_val=None,
        homework='Homework done at the home with staff support, 5-6pm weekdays.',
        subjects=[('English Language', '5', '6', 'On track'), ('English Literature', '5', '6', 'On track'),
                  ('Maths', '3', '4', 'Below'), ('Art and Design', '6', '7', 'On track'),
                  ('Combined Science', '3-3', '4-4', 'Below')],
        views=[('What is working well?', 'Art is going really well and Miss Daly says my portfolio is strong.'),
               ('What are you worried about?', 'Moving schools again if the placement changes.'),
               ('What needs to happen?', 'I want to know where I am living after Easter.')],
        present=[('Young person', 'Sienna Moreau', TICK), ('Designated Teacher', 'Mr Owen Pritchard', TICK),
                 ('Social worker', 'Tomasz Wrobel', TICK), ('Key worker (home)', 'Bev Achterberg', TICK),
                 ('VS officer', 'Simon Brereton', TICK)],
        targets=[('T1', 'English', 'Sienna will plan and write two full Language Paper 2 answers under timed '
                                   'conditions before the January mocks', 'English teacher', 'Two timed answers marked',
                  '15/01/2027'),
                 ('T2', 'Art', 'Sienna will complete the final piece sketchbook pages for her component 1 '
                               'portfolio', 'Art teacher; after-school studio', 'Sketchbook signed off',
                  '18/12/2026'),
                 ('T3', 'Wellbeing', 'Sienna will meet the school counsellor fortnightly and agree a plan for '
                                     'exam stress', 'School counsellor', 'Plan agreed', '18/12/2026')],
        pp=[('R1', 'English revision tutor, 8 x 1 hour', 'T1', 320.0, 'Requested'),
            ('R2', 'Art materials and studio time for portfolio', 'T2', 120.0, 'Requested'),
            ('R3', 'Laptop for coursework and revision', '', 350.0, 'Requested')],
        pp_links=[1, 2, None],
        total=790.0,
        pea=('Driving theory test app and book', 25.0),
        actions=['I will stay after school on Wednesdays for art.',
                 'I will do one timed English paper at the weekend.'],
        dt_name='Mr Owen Pritchard', dt_date='', completed_iso=None, vs_date='',
        summ=[('KS2 outcomes', 'Reading 108, Maths 96, GPS 104'), ('Attendance 2025-26', '81.4%'),
              ('Suspensions 2025-26', 'None'), ('SEN status', 'No SEN'),
              ('Schools attended', '2 (since Year 7)')],
    ),
}


def make(out_dir, n):
    x = DATA[n]
    stem = f'{LAYOUT}-{n}'
    path = os.path.join(out_dir, stem + '.pdf')
    full = f'{x["first"]} {x["last"]}'

    def deco(c, doc):
        c.saveState()
        w, h = c._pagesize
        c.setFillColor(colors.HexColor('#1F4E79'))
        c.rect(0, h - 1.3 * cm, w, 1.3 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('Helvetica-Bold', 9)
        c.drawString(1.5 * cm, h - 0.6 * cm, f'ePEP Online  |  Print view  |  {x["epep_id"]}  |  {full}')
        c.setFont('Helvetica', 7.5)
        c.drawString(1.5 * cm, h - 1.05 * cm,
                          f'Collection: Autumn 2026  PEP window {x["window"]}  Status: {x["status"]}')
        c.setFillColor(colors.black)
        c.setFont('Helvetica', 6.5)
        c.drawString(1.5 * cm, 0.8 * cm, 'Printed from ePEP Online. Information is held electronically; '
                                         'this printout is uncontrolled once printed.')
        c.drawRightString(w - 1.5 * cm, 0.8 * cm, f'Page {doc.page}')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4)
    fp = Frame(1.5 * cm, 1.4 * cm, A4[0] - 3 * cm, A4[1] - 3.1 * cm, id='p')
    lw, lh = landscape(A4)
    fl = Frame(1.5 * cm, 1.4 * cm, lw - 3 * cm, lh - 3.1 * cm, id='l')
    doc.addPageTemplates([PageTemplate('portrait', [fp], onPage=deco, pagesize=A4),
                          PageTemplate('land', [fl], onPage=deco, pagesize=landscape(A4))])
    W = A4[0] - 3 * cm
    s = []
    s.append(P('Personal Education Plan', H1))
    s.append(P('Section A - Personal Information/Care Arrangements (completed by the social worker)', H2))
    s.append(ptable([['Legal forename', x['first'], 'Legal surname', x['last']],
                     ['Preferred name', x['pref'] or '-', 'Date of birth', x['dob']],
                     ['NCY', str(x['ncy']), 'Key Stage', x['ks']],
                     ['Education provider', x['school'], 'Provider ref', x['urn']],
                     ['Care status', x['care'], 'Placement', x['placement']],
                     ['Social worker', x['sw'], 'Date of last PEP', x['last_pep']]],
                    [3.2 * cm, 5.8 * cm, 3.2 * cm, 5.8 * cm], header=False, first_col_fill='#DEEAF6'))
    s.append(P('Section B - Education Information/Homework Arrangements/Secondary Transfer as appropriate/'
               'Year 9 Specific Tasks/Year 10 if retrospective (completed by the Designated Teacher)', H2))
    s.append(P('Attendance (%)', H3))
    s.append(ptable([[a for a, _ in x['att']], [v for _, v in x['att']]], [W / 4] * 4))
    s.append(P('Pulled from the school MIS on the date of the meeting. Leave blank if not yet available.', SMALL))
    s.append(P('Attainment', H3))
    s.append(ptable([['Subject', 'Current working grade', 'Target grade', 'Progress']] +
                    [list(r) for r in x['subjects']], [6 * cm, 4 * cm, 4 * cm, 4 * cm]))
    s.append(P('Homework arrangements', H3))
    s.append(P(x['homework']))
    s.append(P('Secondary transfer / Year 9 specific tasks: not applicable at this stage.', BODY))
    s.append(P('Section C - Young Person\'s Views Prior to the Meeting', H2))
    s.append(P('Views can be recorded in any form and uploaded here. Makaton questions are also available on '
               'this page.', SMALL))
    s.append(ptable([['Question', 'Young person\'s answer (uploaded)']] + [list(v) for v in x['views']],
                    [5 * cm, 13 * cm]))
    s.append(P('Section D - Meeting', H2))
    s.append(P(f'Date of PEP meeting: {x["meeting"]}', CELLB))
    s.append(ptable([['Role', 'Name', 'Present']] + [list(p) for p in x['present']],
                    [5 * cm, 9 * cm, 4 * cm]))
    s.append(NextPageTemplate('land'))
    s.append(PageBreak())
    LW = lw - 3 * cm
    s.append(P('Section E - Priorities and Targets/PP+ Resource Tracker', H2))
    s.append(P('Targets should be SMART. Would this be good enough for my child?', SMALL))
    s.append(ptable([['Ref', 'Priority', 'Target', 'Actions / by whom', 'Success criteria', 'Review by']] +
                    [list(t) for t in x['targets']],
                    [1.2 * cm, 2.3 * cm, 10.5 * cm, 5.5 * cm, 4 * cm, 2.5 * cm]))
    s.append(Spacer(1, 6))
    s.append(P('PP+ Resource Tracker', H3))
    s.append(ptable([['Resource ref', 'Resource / intervention', 'Linked target', 'Amount (\u00a3)', 'Status']] +
                    [[r, d, l or '', f'{c:.2f}', st] for r, d, l, c, st in x['pp']] +
                    [['', 'Total PP+ requested this collection', '', f'{x["total"]:.2f}', '']],
                    [2.2 * cm, 13 * cm, 3 * cm, 3 * cm, 4.8 * cm]))
    s.append(Spacer(1, 6))
    s.append(ptable([['Personal Education Allowance (PEA) - out-of-school activity (not PP+)', 'Amount (\u00a3)'],
                     [x['pea'][0], f'{x["pea"][1]:.2f}']], [20 * cm, 6 * cm], fill='#FCE4D6'))
    s.append(NextPageTemplate('portrait'))
    s.append(PageBreak())
    s.append(P('Section F - Young Person\'s View: what my actions will be', H2))
    s.append(P('The young person states what their actions will be and signs below.', SMALL))
    for a in x['actions']:
        s.append(P('\u2022 ' + a))
    s.append(P(f'Signed (young person): {x["first"]}', BODY))
    s.append(P(f'Date of next PEP: {x["next_pep"]}', CELLB))
    s.append(P('Designated Teacher declaration', H3))
    s.append(ptable([['I confirm this PEP is complete and accurate', f'{TICK if x["dt_date"] else BOX} Yes'],
                     ['Designated Teacher', x['dt_name']],
                     ['Date completed by Designated Teacher', x['dt_date']],
                     ['Virtual School QA grade', 'Approved' if x['vs_date'] else 'Awaiting QA'],
                     ['Date graded by VS officer', x['vs_date']]], [8 * cm, 10 * cm], header=False,
                    first_col_fill='#DEEAF6'))
    s.append(P('Summative Record (completed from school records)', H2))
    s.append(ptable([['Item', 'Record']] + [list(r) for r in x['summ']], [6 * cm, 12 * cm]))
    doc.build(s)

    targets = [{'text': t[2], 'area': t[1]} for t in x['targets']]
    pp = [{'description': d, 'cost': c, 'target': l} for (_, d, _, c, _), l in zip(x['pp'], x['pp_links'])]
    voice = [a for _, a in x['views']] + list(x['actions'])
    write_truth(out_dir, stem, 'pdf', INSPIRED,
                QUIRKS + (['-2: attendance cells for this year blank, no maths target, laptop PP+ line linked to no '
                           'target, DT completion date blank (status In progress)'] if n == 2 else []),
                child_name=full, child_first_name=x['first'], school=x['school'], year_group=x['ncy'],
                meeting_date=x['meeting_iso'], completed_date=x['completed_iso'],
                attendance_percent=x['att_val'], pupil_voice=voice, targets=targets,
                english_target=True, maths_target=any(t[1] == 'Maths' for t in x['targets']),
                pp_spend=pp, pp_requested=x['total'])


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == '__main__':
    run_standalone(build)
