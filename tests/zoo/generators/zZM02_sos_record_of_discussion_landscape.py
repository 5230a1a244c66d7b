"""zZM02: signs-of-safety record of discussion (landscape PDF), round robin, SMART prompt columns, PP+ as prose list."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZM import *
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

LAYOUT = 'zZM02-sos-record-of-discussion-landscape'
INSP = 'real-forms.md entries 19, 1, 30'
QUIRKS = ['landscape PDF', "'Our Young Person' label with name and preferred name inline",
          'meeting led by three signs-of-safety questions; voice sits in the first column among carer/school rows',
          'round robin table from Maths, English and Science teachers before the voice',
          'SMART prompts as target table column headers', 'PP+ spend as a numbered prose list with target links',
          'dates written long-hand with ordinal suffixes']

W = landscape(A4)[0] - 30 * mm


def footer(c, doc):
    c.saveState()
    c.setFont('Helvetica', 7)
    c.drawString(15 * mm, 8 * mm, 'Welfare Cloud ePEP  \u00b7  Record of discussion upload  \u00b7  Brockley Vale Virtual School '
                 '\u00b7  OFFICIAL-SENSITIVE')
    c.drawRightString(W + 15 * mm, 8 * mm, f'Page {doc.page}')
    c.restoreState()


def make(out_dir, sfx, d):
    path = write_truth(out_dir, LAYOUT, sfx, 'pdf', INSP, QUIRKS, **d['truth'])
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm)
    s = []
    s.append(P('Brockley Vale Virtual School for Our Young People', 'small'))
    s.append(P('PEP Meeting \u2013 Record of Discussion', 'h1'))
    s.append(P('Please avoid going through the PEP as a form during the meeting. Use the three questions below, then '
               'use the answers to complete the pupil voice and create SMART targets in the ePEP.', 'small'))
    s.append(Spacer(1, 6))
    s.append(ptable([
        ['Our Young Person', d['name_line'], 'Date of birth', d['dob'], 'Year group', d['year']],
        ['School', d['school'], 'Meeting held on', d['meeting'], 'Last PEP meeting', d['last']],
        ['Chair', d['chair'], 'Next PEP meeting', d['next'], 'Welfare Cloud ID', d['wcid']]],
        [32 * mm, 78 * mm, 30 * mm, 45 * mm, 32 * mm, W - 217 * mm], header=False,
        extra=[('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#E2EFDA')),
               ('BACKGROUND', (2, 0), (2, -1), colors.HexColor('#E2EFDA')),
               ('BACKGROUND', (4, 0), (4, -1), colors.HexColor('#E2EFDA'))]))
    s.append(Spacer(1, 6))
    s.append(P('Around the table: ' + d['present'], 'body'))
    s.append(P('Apologies: ' + d['apologies'], 'body'))
    s.append(P('Attendance (from school MIS): ' + d['att'], 'body'))
    s.append(Spacer(1, 4))
    s.append(P('Round robin returned before the meeting', 'h2'))
    s.append(ptable([['Subject', 'Teacher', 'Working towards / at / above', 'Comment from round robin']] + d['rr'],
                    [30 * mm, 40 * mm, 45 * mm, W - 115 * mm], fill='#E2EFDA'))
    s.append(PageBreak())
    s.append(P('The three questions', 'h2'))
    hdr = ['Who said it', '1) What is working well?', '2) What are we worried about?', '3) What needs to happen?']
    s.append(ptable([hdr] + d['sos'], [38 * mm, (W - 38 * mm) / 3, (W - 38 * mm) / 3, (W - 38 * mm) / 3],
                    fill='#FCE4D6'))
    s.append(P('Carer and school rows are the adults\u2019 views. Only the first row is recorded in the young person\u2019s own words.',
               'small'))
    s.append(Spacer(1, 6))
    s.append(P('How we did with the targets from last time', 'h2'))
    s.append(ptable([['Last PEP target', 'Where we are now']] + d['prev'], [W * 0.55, W * 0.45], fill='#EDEDED'))
    s.append(PageBreak())
    s.append(P('SMART targets agreed today', 'h2'))
    s.append(ptable([['No.', 'Target (what, by when)', 'Area', 'How will we know?', 'Will this target be achieved in time for '
                      'the next PEP meeting?', 'Will they be able to celebrate a success by their next PEP meeting?']]
                    + d['targets'], [12 * mm, 95 * mm, 25 * mm, 60 * mm, 38 * mm, W - 230 * mm], fill='#DDEBF7'))
    s.append(Spacer(1, 8))
    s.append(P('Pupil Premium Plus \u2013 what the school is asking for this term', 'h2'))
    for i, line in enumerate(d['pp'], 1):
        s.append(P(f'{i}. {line}', 'body'))
    s.append(P(d['pp_total'], 'bold'))
    s.append(Spacer(1, 8))
    s.append(ptable([['Record uploaded by (Designated Teacher)', 'Date uploaded', 'ePEP status']],
                    [W * 0.4, W * 0.3, W * 0.3], fill='#EDEDED') if False else
             ptable([['Record uploaded by (Designated Teacher)', 'Date uploaded', 'ePEP status'],
                     [d['dt'], d['uploaded'], d['status']]], [W * 0.4, W * 0.3, W * 0.3], fill='#EDEDED'))
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    v1 = ['I like reading the Dog Man books with Miss Hale at break.',
          'When people shout in the playground my tummy goes funny.',
          'I want to be on the football team and have my own book box at home.']
    t1 = [['1', 'Ruby will read a Level 8 book band text aloud with 95% accuracy by 18th December 2026.', 'Reading',
           'Running record each fortnight', 'Yes', 'Yes \u2013 certificate in assembly'],
          ['2', 'Ruby will recall the 3, 4 and 8 times tables in any order within 6 seconds each by 12th February 2027.',
           'Maths', 'Times Tables Rock Stars heat map', 'Yes', 'Yes'],
          ['3', 'Ruby will name one trusted adult to go to at lunchtime and use the calm corner when the playground is loud.',
           'Wellbeing', 'Lunchtime supervisor log', 'Yes', 'Yes']]
    pp1 = ['\u00a3320.00 \u2013 Small-group phonics and reading catch-up, 3 x 30 minutes a week with HLTA (supports target 1)',
           '\u00a390.00 \u2013 Times Tables Rock Stars home licence and mini whiteboard pack (supports target 2)',
           '\u00a3150.00 \u2013 After-school football club for the autumn and spring terms (supports target 3)']
    d1 = dict(name_line='Ruby-Mae Ashworth (known as Ruby)', dob='14th March 2018', year='Year 4',
              school='St Aldric\u2019s C of E Primary School', meeting='12th October 2026', last='5th May 2026',
              chair='Priya Lomax (Designated Teacher)', next='9th February 2027', wcid='WC-118-40327',
              present='Ruby (first 20 minutes); Priya Lomax, Designated Teacher; Josh Keane, social worker; '
                      'Carol and Den Whitlow, foster carers; Noor Haddad, Virtual School Teacher.',
              apologies='None.', att='96.5% this year (autumn term to date); 93.1% last academic year.',
              rr=[['Maths', 'Mr Bell', 'Working towards', 'Counting in steps is secure; times tables not yet.'],
                  ['English', 'Miss Hale', 'Working towards', 'Phonics gaps at phase 5; loves stories.'],
                  ['Science', 'Mr Bell', 'Working at', 'Asks great questions in investigations.']],
              sos=[['Ruby (own words)', v1[0], v1[1], v1[2]],
                   ['Carers', 'Bedtime reading most nights.', 'Ruby is tired after contact on Wednesdays.',
                    'More reading books that Ruby chooses.'],
                   ['School', 'Settled in class; good friendships.', 'Playground incidents at lunch.',
                    'Phonics catch-up and a lunchtime plan.']],
              prev=[['Ruby will blend and read CVCC words (e.g. milk, jump) with 90% accuracy',
                     'Achieved in June 2026'],
                    ['Ruby will count back in tens from 100', 'Achieved']],
              targets=t1, pp=pp1, pp_total='Total requested: \u00a3560.00', dt='Priya Lomax',
              uploaded='19th October 2026', status='Submitted to Virtual School',
              truth=dict(child_name='Ruby-Mae Ashworth', child_first_name='Ruby-Mae',
                         school='St Aldric\u2019s C of E Primary School', year_group=4, meeting_date='2026-10-12',
                         completed_date='2026-10-19', attendance_percent=96.5, pupil_voice=v1,
                         targets=[{'text': t1[0][1], 'area': 'English'}, {'text': t1[1][1], 'area': 'Maths'},
                                  {'text': t1[2][1], 'area': 'SEMH'}],
                         english_target=True, maths_target=True,
                         pp_spend=[{'description': 'Small-group phonics and reading catch-up, 3 x 30 minutes a week with HLTA',
                                    'cost': 320.0, 'target': 1},
                                   {'description': 'Times Tables Rock Stars home licence and mini whiteboard pack',
                                    'cost': 90.0, 'target': 2},
                                   {'description': 'After-school football club for the autumn and spring terms',
                                    'cost': 150.0, 'target': 3}],
                         pp_requested=560.0))
    # -2: young person's row left empty (did not attend, no views gathered), no maths target, one PP+ line unlinked,
    # no upload date, total not stated
    t2 = [['1', 'Tyler will write three sentences using capital letters, full stops and the conjunction because by 18th December 2026.',
           'Writing', 'Weekly writing book check', 'Yes', 'Yes'],
          ['2', 'Tyler will join a Lego therapy group once a week and take turns without adult prompting by February half-term.',
           'Social skills', 'ELSA notes', 'Not sure', 'Yes']]
    pp2 = ['\u00a3210.00 \u2013 ELSA-led Lego therapy group, 10 weekly sessions (supports target 2)',
           '\u00a375.00 \u2013 School uniform and PE kit top-up']
    d2 = dict(name_line='Tyler Oduya-Frost', dob='30th August 2019', year='Year 2',
              school='Hollins Lane Community Primary', meeting='21st October 2026', last='29th April 2026',
              chair='Mark Ebdon (Designated Teacher)', next='3rd March 2027', wcid='WC-118-41802',
              present='Mark Ebdon, Designated Teacher; Sian Pruitt, social worker; Gail Fenner, foster carer.',
              apologies='Tyler (in class; views not gathered); Virtual School Teacher.',
              att='91.0% this year (autumn term to date).',
              rr=[['Maths', 'Mrs Dace', 'Working at', 'Number bonds to 20 secure.'],
                  ['English', 'Mrs Dace', 'Working towards', 'Letter formation needs work.'],
                  ['Science', 'Mrs Dace', 'Working at', '']],
              sos=[['Tyler (own words)', '', '', ''],
                   ['Carer', 'Tyler enjoys Lego and building.', 'Tantrums at home time.', 'A calm end to the day.'],
                   ['School', 'Good number work.', 'Finds sharing difficult.', 'Small-group social skills work.']],
              prev=[['Tyler will write his full name independently', 'Achieved']],
              targets=t2, pp=pp2, pp_total='', dt='Mark Ebdon', uploaded='', status='In progress',
              truth=dict(child_name='Tyler Oduya-Frost', child_first_name='Tyler',
                         school='Hollins Lane Community Primary', year_group=2, meeting_date='2026-10-21',
                         completed_date=None, attendance_percent=91.0, pupil_voice=[],
                         targets=[{'text': t2[0][1], 'area': 'English'}, {'text': t2[1][1], 'area': 'SEMH'}],
                         english_target=True, maths_target=False,
                         pp_spend=[{'description': 'ELSA-led Lego therapy group, 10 weekly sessions', 'cost': 210.0, 'target': 2},
                                   {'description': 'School uniform and PE kit top-up', 'cost': 75.0, 'target': None}],
                         pp_requested=None))
    make(out_dir, '1', d1)
    make(out_dir, '2', d2)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
