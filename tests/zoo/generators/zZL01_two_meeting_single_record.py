"""zZL01: 'My Personal Education Plan' school-age Word form; both meetings of the year in one document.
Inspired by real-forms.md entry 5 (cover Name / photo / My school / County / School year; Section 2 views and
'what they need help with' feeding the action plan; Section 4 progress by the DT; CLA achievement teacher)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZL import *

STEM = 'zZL01-two-meeting-single-record'
INSPIRED = 'real-forms.md entries 5, 12'
QUIRKS = ['both PEP meetings of the year in one document, side-by-side columns (truth = the Mar/Apr review meeting)',
          'autumn action plan reviewed, new action plan set at the review',
          'views and attendance given per meeting; only the latest column counts',
          'PP+ lines linked by "Action plan point" number',
          'photo placeholder caption left in', 'CLA achievement teacher as VS role']

CASES = {
    1: dict(
        name='Kacey Thornber', first='Kacey', school='Brackenthwaite CE Primary School', county='Fellshire',
        year='Year 5', yg=5, m1='07/10/2025', m2='17/03/2026', m2iso='2026-03-17',
        done='24/03/2026', doneiso='2026-03-24', next='29/09/2026',
        dt='Mrs Hannah Gowling', sw='Priya Castellan', cla='Mr Declan Royle', carer='Sue and Martin Ashby (foster carers)',
        att1='93.4', att2='95.1', attv=95.1,
        v1=['I like it when we do art on Fridays.', 'I get cross when people take my pencils.',
            'Help with my times tables.'],
        v2=['I like my new reading book about the fox.', 'Playtimes are better now because I play with Ruby.',
            'I still need help with dividing and with my spellings.'],
        prev=[('Kacey will know her 2, 5 and 10 times tables by the spring meeting.', 'Achieved - knows 2, 5 and 10 and is starting 3s.'),
              ('Kacey will write a paragraph with capital letters and full stops in every sentence.', 'Partly - most sentences, reminders needed.'),
              ('Kacey will join in one lunchtime club each week.', 'Achieved - goes to Lego club.')],
        new=[('Kacey will read aloud to an adult four times a week and answer two questions about what she has read, by July 2026.', 'English', 'Class teacher / carers', 'July 2026'),
             ('Kacey will use the bus stop method to divide 2-digit numbers by 1-digit numbers with 8 out of 10 correct by the summer half term.', 'Maths', 'Mrs Gowling / TA', 'May 2026'),
             ('Kacey will learn the Year 5 spelling list words in weekly groups of ten and score 7 or more in the Friday check.', 'English', 'TA and carers', 'July 2026'),
             ('Kacey will tell her key adult when she feels cross, using her feelings card, instead of leaving the classroom.', 'Wellbeing', 'Mrs Gowling', 'July 2026')],
        pp=[('1', 'Reading Partners programme with trained TA, 3 x 20 minutes weekly', '320.00', 320.0, 1),
            ('2', 'Maths Boost small-group sessions (spring and summer terms)', '260.00', 260.0, 2),
            ('4', 'ELSA sessions, 6 weeks', '180.00', 180.0, 4)],
        total='760.00', totalv=760.0,
        prog=[('Reading', 'Working towards', 'Working towards (closer)'), ('Writing', 'Working towards', 'Working towards'),
              ('Maths', 'Working towards', 'Expected'), ('Science', 'Expected', 'Expected')],
    ),
    2: dict(
        name='Owen Halliwell', first='Owen', school='Lowbeck Academy', county='Fellshire',
        year='Year 8', yg=8, m1='02/10/2025', m2='26/03/2026', m2iso='2026-03-26',
        done='', doneiso=None, next='',
        dt='Mr Paul Ennerdale', sw='Gareth Milnthorpe', cla='Ms Lorna Keswin', carer='Mrs Jean Ulpha (kinship carer)',
        att1='', att2='', attv=None,
        v1=['Science is my favourite because of the experiments.', 'I don\'t like tutor time.',
            'Help remembering my homework.'],
        v2=['I want to be a mechanic like my uncle.', 'French is hard and I don\'t see the point.',
            'I need help with writing longer answers in history and English.'],
        prev=[('Owen will hand in 80% of homework on time using his planner.', 'Partly - 65% this term.'),
              ('Owen will read for 15 minutes every evening and log it.', 'Not yet - log kept for three weeks only.')],
        new=[('Owen will plan extended answers with the PEE grid and write at least two developed paragraphs in English and history assessments by June 2026.', 'English', 'English teacher / LSA', 'June 2026'),
             ('Owen will attend homework club on Tuesdays and Thursdays and hand in 80% of homework on time.', 'Organisation', 'Mr Ennerdale', 'July 2026'),
             ('Owen will spend a taster day at the motor vehicle workshop at Fellshire College before the end of Year 8.', 'Careers', 'CLA achievement teacher', 'July 2026')],
        pp=[('1', 'Literacy mentor sessions with LSA, weekly for 10 weeks', '350.00', 350.0, 1),
            ('-', 'Laptop and charger for home learning', '420.00', 420.0, None),
            ('3', 'Transport and supervision for college taster day', '85.00', 85.0, 3)],
        total='855.00', totalv=855.0,
        prog=[('English', '4- (emerging)', '4 (developing)'), ('Maths', '5 (developing)', '5 (secure)'),
              ('Science', '5 (secure)', '5+ (secure)'), ('History', '4- (emerging)', '4- (emerging)')],
    ),
}


def build_one(out_dir, n):
    c = CASES[n]
    d = new_doc('Calibri', 10.5)
    header_footer(d, 'Fellshire Virtual School  |  CLA Achievement Team  |  RESTRICTED when complete',
                  'MyPEP/SA/2025-26 v4  -  This single document is used for BOTH PEP meetings in the academic year.')
    heading(d, 'My Personal Education Plan 2025\u20132026', 20, align='center')
    para(d, 'School age (mainstream) version', italic=True).alignment = 1
    t = table(d, [['Name', c['name']],
                  ['This is a photo of me', '[photo]\n(Please check your school\'s policy on using photographs)'],
                  ['My school', c['school']], ['County', c['county']], ['School year', c['year']]],
              widths=[5, 12], bold_first_col=True, fill='E2EFD9')
    para(d, '')
    para(d, 'How this plan works: There are two PEP meetings in an academic year and both meetings are recorded in '
            'the same single document. The new PEP is made in Sept/Oct and is reviewed in Mar/Apr. At the review the '
            'action plan is evaluated and a new action plan is agreed for the rest of the year. Please use the column '
            'for the meeting you are recording and do not delete the earlier column.', size=9, italic=True)

    heading(d, 'Section 1 \u2013 The meetings')
    table(d, [['', 'Meeting 1 (Sept/Oct) \u2013 new PEP', 'Meeting 2 (Mar/Apr) \u2013 review'],
              ['Date of meeting', c['m1'], c['m2']],
              ['Me', TICK + ' attended second part', TICK + ' attended second part'],
              ['Designated teacher', TICK + ' ' + c['dt'], TICK + ' ' + c['dt']],
              ['Social worker', TICK + ' ' + c['sw'], BOX + ' sent apologies (report sent)'],
              ['Carer(s)', TICK + ' ' + c['carer'], TICK + ' ' + c['carer']],
              ['CLA achievement teacher', BOX + ' not required', TICK + ' ' + c['cla']]],
          widths=[4.5, 6.2, 6.2], header=True, bold_first_col=True)
    para(d, 'First part of meeting \u2013 Adults only discuss: The PEP, care plan changes, attendance, any exclusions. '
            'Second part \u2013 the child/young person joins and the action plan is agreed with them.', size=9, italic=True)

    heading(d, 'Section 2 \u2013 My views (completed by me with my designated teacher)')
    para(d, 'The designated teacher meets with the child/young person to complete Section 2. What they need help '
            'with is included in the action plan.', size=9, italic=True)
    prompts = ['What I enjoy / am good at', 'What I find hard or don\'t like', 'What I need help with']
    rows = [['', 'Meeting 1 (Sept/Oct)', 'Meeting 2 (Mar/Apr)']]
    for i, p in enumerate(prompts):
        rows.append([p, c['v1'][i], c['v2'][i]])
    table(d, rows, widths=[4.5, 6.2, 6.2], header=True, bold_first_col=True)

    heading(d, 'Section 3 \u2013 Attendance and exclusions')
    table(d, [['', 'Meeting 1 (Sept/Oct)', 'Meeting 2 (Mar/Apr)'],
              ['Attendance this academic year to date (%)', c['att1'], c['att2']],
              ['Fixed-term exclusions (days)', '0', '0'],
              ['Part-time timetable?', 'No', 'No']],
          widths=[6, 5.5, 5.5], header=True, bold_first_col=True)

    heading(d, 'Section 4 \u2013 My progress (completed by the designated teacher)')
    rows = [['Subject', 'Working at (Sept/Oct)', 'Working at (Mar/Apr)']] + [list(r) for r in c['prog']]
    table(d, rows, widths=[5, 6, 6], header=True)

    heading(d, 'Action plan agreed at Meeting 1 (Sept/Oct) \u2013 reviewed at Meeting 2')
    rows = [['No.', 'What needs to happen', 'How did it go? (Mar/Apr review)']]
    for i, (tx, rv) in enumerate(c['prev'], 1):
        rows.append([str(i), tx, rv])
    table(d, rows, widths=[1.2, 9.5, 6.3], header=True, fill='FBE4D5')

    heading(d, 'Action plan agreed at Meeting 2 (Mar/Apr) \u2013 for the rest of the year')
    rows = [['No.', 'What needs to happen', 'Area', 'Who will help', 'By when']]
    for i, (tx, ar, who, by) in enumerate(c['new'], 1):
        rows.append([str(i), tx, ar, who, by])
    table(d, rows, widths=[1.2, 8.8, 2.3, 2.8, 2], header=True, fill='E2EFD9')

    heading(d, 'Pupil Premium Plus (PP+) \u2013 request for spring and summer terms')
    para(d, 'Autumn term PP+ already allocated at Meeting 1: \u00a3600.00 (reading software licence and ELSA). '
            'Do not repeat those items below.', size=9, italic=True)
    rows = [['Action plan point', 'What the PP+ will pay for', 'Cost (\u00a3)']]
    for ap, desc, cost, _, _ in c['pp']:
        rows.append([ap, desc, cost])
    rows.append(['', 'Total requested', c['total']])
    table(d, rows, widths=[3, 10.5, 3.5], header=True)

    heading(d, 'Completion')
    table(d, [['Completed by (designated teacher)', c['dt'] if c['done'] else ''],
              ['Signature', '/s/ ' + c['dt'].split()[-1] if c['done'] else ''],
              ['Date completed', c['done']],
              ['CLA achievement teacher checked', TICK + ' ' + c['cla'] if c['done'] else BOX],
              ['Next PEP (new plan, Sept/Oct)', c['next']]],
          widths=[6, 11], bold_first_col=True, fill='EDEDED')
    stem = f'{STEM}-{n}'
    d.save(os.path.join(out_dir, stem + '.docx'))
    write_truth(out_dir, stem, 'docx', INSPIRED, QUIRKS + ([] if n == 1 else
                ['-2: attendance blank, no completion date or next date, no maths target, one PP+ line not linked']),
                child_name=c['name'], child_first_name=c['first'], school=c['school'], year_group=c['yg'],
                meeting_date=c['m2iso'], completed_date=c['doneiso'], attendance_percent=c['attv'],
                pupil_voice=list(c['v2']),
                targets=[{'text': tx, 'area': ar} for tx, ar, _, _ in c['new']],
                english_target=True, maths_target=any(ar == 'Maths' for _, ar, _, _ in c['new']),
                pp_spend=[{'description': desc, 'cost': cv, 'target': tg} for _, desc, _, cv, tg in c['pp']],
                pp_requested=c['totalv'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
