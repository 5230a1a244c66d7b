"""zZN02: Devon-style paper PEP (PDF): CiCC tips preamble, first-person labels with Tel no:, 4-column date strip,
'Me' tick strip, one boxed table per target on landscape pages."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZN import *

STEM = 'zZN02-haldmoor-paper-me-strip'
W = A4[0] - 3 * cm
LW = landscape(A4)[0] - 3 * cm

V1 = dict(
    name='Oliver Penhale', school='Brixcombe Community Primary School', ncy='4', type='Community primary (maintained)',
    dt='Mrs Gwen Tolley', sw='Sam Kerswell', ala='Rhiannon Vosper', coord='Ade Mabey',
    this_pep='08/10/2026', first='No', last='17/06/2026', next_pep='28/01/2027',
    present=[TICK, TICK, TICK, BOX],
    others=[('Linda Coombe', 'Foster carer', '07700 900412'), ('Paul Hext', 'Class teacher (Y4)', 'phext@brixcombe.example.sch.uk')],
    att_sentence='My attendance this year is: 96.2 %', att_note='Two days off in September (tonsillitis). Late once.',
    enjoy='I like PE and when we do the Romans because we made shields.',
    hard='Writing long stories is hard because my hand hurts and I forget my ideas.',
    help='It helps when Mr Hext lets me say my story to him first.',
    carer='Oliver is proud of his reading record and wants to get his pen licence. (Linda, foster carer)',
    teacher='Oliver is a kind member of the class; stamina for writing is the main barrier.',
    attain=[('Reading', 'WTS', 'EXS', 'EXS'), ('Writing', 'WTS', 'WTS+', 'EXS'), ('Maths', 'EXS', 'EXS', 'EXS'),
            ('Multiplication check practice', '14/25', '19/25', '25/25')],
    prev='Last PEP targets: (1) read every night with Linda - met; (2) learn the 3 and 4 times tables - mostly met, 4s still slow; '
         '(3) join the football club - met, he goes every Wednesday.',
    targets=[
        dict(area='English', text='I will write a story of at least one side of A4 with a beginning, middle and end, using my story map, by the February half-term.',
             help='Mr Hext will give me a story map and 5 minutes to talk my ideas first; pencil grip from the OT pack.',
             know='Three stories in my writing book will be one side long.', review='12/02/2027'),
        dict(area='Maths', text='I will know my 6, 7 and 8 times tables and score 22 or more out of 25 on the practice multiplication check by Easter.',
             help='TT Rockstars at home 3 times a week; Miss Yeo\'s maths group on Fridays.', know='Practice check scores on the class tracker.', review='26/03/2027'),
        dict(area='Wellbeing / friendships', text='I will choose a "buddy" job at playtime for one week each half-term so I can practise joining in.',
             help='Mrs Tolley will put me on the buddy rota.', know='Buddy rota and what I tell Mrs Tolley.', review='28/01/2027'),
    ],
    pp=[('Pencil grip, writing slope and OT fine-motor pack', '1', '65.00', 1),
        ('Small-group writing boost with TA (3 x 20 min per week, 12 weeks)', '1', '540.00', 1),
        ('Maths group with Miss Yeo, Fridays (staff time, 12 weeks)', '2', '300.00', 2)],
    total='905.00',
    dt_sign='Gwen Tolley', dt_date='15/10/2026', me_sign='Oliver',
    truth=dict(child_name='Oliver Penhale', child_first_name='Oliver', school='Brixcombe Community Primary School', year_group=4,
               meeting_date='2026-10-08', completed_date='2026-10-15', attendance_percent=96.2),
)

V2 = dict(
    name='Amara Cole', school='Okeworthy Community College', ncy='10', type='Academy (secondary, 11-16)',
    dt='Mr Howard Lusk', sw='Jodie Braund', ala='Rhiannon Vosper', coord='Ade Mabey',
    this_pep='22/09/2026', first='Yes', last='', next_pep='12/01/2027',
    present=[TICK, TICK, BOX, TICK],
    others=[('Dawn Sealey', 'Supported lodgings provider', '07700 900188')],
    att_sentence='My attendance this year is: ____ %', att_note='',
    enjoy='Drama is the best bit of the week. I want to do the GCSE show.',
    hard='English essays. I never know how to start them.',
    help='Having the question broken into bits on a sheet.',
    carer='Amara has moved schools twice; she needs time to trust new adults. (Dawn, supported lodgings)',
    teacher='New to Okeworthy in September; baseline tests are still being marked.',
    attain=[('English Language', '-', '3', '5'), ('Drama', '-', '5', '6'), ('Science (combined)', '-', '3-3', '4-4')],
    prev='This is Amara\'s first PEP at Okeworthy; the previous school\'s PEP was not received.',
    targets=[
        dict(area='English', text='Amara will plan each English Language answer with the four-box planner before writing, in every timed piece up to the mock exams.',
             help='English teacher Ms Drewe; planner sheets in her exercise book.', know='Planner stuck in for each timed piece.', review='12/01/2027'),
        dict(area='Emotional wellbeing', text='Amara will meet her named key adult, Mrs Pengelly, every Monday morning for a 10-minute check-in.',
             help='Mrs Pengelly (pastoral).', know='Check-in log.', review='12/01/2027'),
        dict(area='Drama / aspiration', text='Amara will audition for the GCSE showcase and keep a rehearsal diary for her drama coursework.',
             help='Head of Drama, Mr Yelland.', know='Audition list; diary entries.', review='12/01/2027'),
    ],
    pp=[('English Language revision guide and planner workbook', '1', '25.00', 1),
        ('Theatre trip to Exbridge Playhouse with the drama group', '3', '48.00', 3),
        ('School uniform blazer and PE kit (new school)', '', '110.00', None)],
    total='183.00',
    dt_sign='', dt_date='', me_sign='Amara',
    truth=dict(child_name='Amara Cole', child_first_name='Amara', school='Okeworthy Community College', year_group=10,
               meeting_date='2026-09-22', completed_date=None, attendance_percent=None),
)

TIPS = ['Tips for a positive PEP from the Haldmoor Children in Care Council:',
        '1. Ask me where I want the meeting to happen and who I want there.',
        '2. Don\'t hold it in lesson time I enjoy, and don\'t call me out of class in front of my friends.',
        '3. Talk to me, not about me. Use words I understand.',
        '4. Tell me what my targets are and what happens to my Pupil Premium Plus.',
        '5. Let me see the finished PEP.']


def make(v, path):
    s = []
    s.append(P('Haldmoor County Council  ·  Virtual School for Children in Care', DVSMALL))
    s.append(Paragraph('My Personal Education Plan (school age)', DVH1))
    box = Table([[Paragraph(t.replace('&', '&amp;'), DVBOLD if i == 0 else DVB_)] for i, t in enumerate(TIPS)], colWidths=[W])
    box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, colors.HexColor('#7030A0')), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#F3E8FA'))]))
    s += [box, Spacer(1, 8)]
    s.append(Paragraph('My name is: ' + v['name'], DVBOLD))
    s.append(Spacer(1, 4))
    rows = [['My school is:', v['school'], 'Tel no:', '01632 960 ' + ('218' if v is V1 else '903')],
            ['I am in year (NCY):', v['ncy'], '', ''],
            ['My school is a (please enter type of school):', v['type'], '', ''],
            ['My Designated Teacher is:', v['dt'], 'Tel no:', '01632 960 219' if v is V1 else '01632 960 910'],
            ['My Social Worker is:', v['sw'], 'Tel no:', '01632 960 107'],
            ['My Area Learning Advocate is:', v['ala'], 'Tel no:', '01632 960 611'],
            ['My PEP Co-ordinator is:', v['coord'], 'Tel no:', '01632 960 640']]
    s.append(dgrid(rows, [5.6 * cm, 6.4 * cm, 1.6 * cm, W - 13.6 * cm], head=False, bold_first_col=True))
    s.append(Spacer(1, 8))
    s.append(dgrid([['Date of this PEP', 'Is this the first PEP?', 'Date of last PEP', 'Date of Next PEP'],
                    [v['this_pep'], ('☒ Yes  ☐ No' if v['first'] == 'Yes' else '☐ Yes  ☒ No'), v['last'], v['next_pep']]],
                   [W / 4] * 4))
    s.append(Spacer(1, 8))
    s.append(Paragraph('Present at this meeting:', DVBOLD))
    s.append(dgrid([['Me', 'Designated Teacher', 'Social Worker', 'PEP Co-ordinator'], v['present']], [W / 4] * 4))
    s.append(Spacer(1, 6))
    s.append(Paragraph('Others present at this meeting:', DVBOLD))
    s.append(dgrid([['Name', 'Role', 'Contact details']] + [list(o) for o in v['others']], [W / 3] * 3))
    s.append(Spacer(1, 6))
    s.append(Paragraph('The Pupil Premium Plus (PP+) for children in care is currently £1,900 p.a. and is held by the Virtual School. '
                       'Schools request it through this PEP; every request must show how it will help me meet my targets. '
                       'The Assessment sheet which was issued by the Virtual School must be referred to when completing section 3. '
                       'The quality of this PEP will be checked against the descriptors in Appendix 1.', DVSMALL))

    s.append(Paragraph('1. My attendance', DVH2))
    s.append(dgrid([[v['att_sentence']], ['Comments: ' + v['att_note']]], [W], head=False))
    s.append(Paragraph('2. What I think', DVH2))
    s.append(Paragraph('Written by me, or by an adult I chose, in my own words.', DVSMALL))
    s.append(dgrid([['What I enjoy at school:', v['enjoy']], ['What I find hard:', v['hard']], ['What would help me:', v['help']]],
                   [5 * cm, W - 5 * cm], head=False, bold_first_col=True))
    s.append(Spacer(1, 4))
    s.append(dgrid([['My carer says:', v['carer']], ['My teacher says:', v['teacher']]], [5 * cm, W - 5 * cm], head=False, bold_first_col=True))
    s.append(Paragraph('3. How I am doing (see Virtual School assessment sheet)', DVH2))
    s.append(dgrid([['Subject', 'At my last PEP', 'Now', 'Expected by the end of the year']] + [list(a) for a in v['attain']], [W / 4] * 4))
    s.append(Paragraph('4. Looking back at my last targets', DVH2))
    s.append(dgrid([[v['prev']]], [W], head=False))

    s += [NextPageTemplate('L'), PageBreak()]
    s.append(Paragraph('5. My new targets (one box for each target)', DVH2))
    for i, t in enumerate(v['targets'], 1):
        tb = dgrid([[f'Target {i} - {t["area"]}', ''],
                    ['What I am going to achieve', t['text']],
                    ['Who will help me and how', t['help']],
                    ['How we will know', t['know']],
                    ['Review date', t['review']]], [6 * cm, LW - 6 * cm], head=True, fill='#F3E8FA', bold_first_col=True,
                   extra=[('SPAN', (0, 0), (1, 0))])
        s += [tb, Spacer(1, 6)]
    s.append(Paragraph('6. Pupil Premium Plus request', DVH2))
    s.append(dgrid([['How the PP+ will be used', 'Which target number does it support?', 'Cost £']] +
                   [[p[0], p[1], p[2]] for p in v['pp']] + [['Total PP+ requested', '', v['total']]],
                   [LW - 10 * cm, 6 * cm, 4 * cm]))
    s += [NextPageTemplate('P'), PageBreak()]
    s.append(Paragraph('7. Signatures', DVH2))
    s.append(Paragraph('By signing, the Designated Teacher confirms this PEP has been completed and sent to the PEP Co-ordinator.', DVSMALL))
    s.append(dgrid([['', 'Signed', 'Date'],
                    ['Designated Teacher', v['dt_sign'], v['dt_date']],
                    ['Me', v['me_sign'], ''],
                    ['Social Worker', '', '']], [5 * cm, 7 * cm, W - 12 * cm]))
    s.append(Spacer(1, 10))
    s.append(Paragraph('Appendix 1 - PEP quality descriptors (for the Virtual School only)', DVBOLD))
    s.append(Paragraph('Good: the child\'s views are recorded in their own words; targets are SMART; PP+ is costed and linked to targets. '
                       'Requires improvement: targets are vague or PP+ is not linked.', DVSMALL))
    build_pdf_mixed(path, s, header='HALDMOOR VIRTUAL SCHOOL - PEP (paper form v4.2)  ·  CONFIDENTIAL when complete',
                    footer=f'Return to the PEP Co-ordinator within 10 school days  ·  Form ref HVS/PEP/SA/{v["ncy"]}')


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for k, v in ((1, V1), (2, V2)):
        stem = f'{STEM}-{k}'
        make(v, os.path.join(out_dir, stem + '.pdf'))
        quirks = ['Children in Care Council tips before the fields', 'first-person labels each followed by "Tel no:"',
                  '4-column date strip with last and next PEP dates', '"Me" is a column of the attendee tick strip',
                  'one boxed table per target on landscape pages', 'attendance in a sentence ("My attendance this year is:")',
                  'PP+ boilerplate amount (£1,900 p.a.) is not a request', 'carer and teacher views beside the child\'s']
        if k == 2:
            quirks += ['first PEP: date of last PEP blank', 'attendance blank (____ %)', 'no maths target',
                       'one PP+ line not linked to a target', 'Designated Teacher signature and date blank']
        voice = [v['enjoy'], v['hard'], v['help']]
        write_truth(out_dir, stem, 'pdf', inspired_by='real-forms.md entry 6', quirks=quirks, **v['truth'],
                    pupil_voice=voice,
                    targets=[{'text': t['text'], 'area': t['area'].split(' /')[0]} for t in v['targets']],
                    english_target=True, maths_target=(k == 1),
                    pp_spend=[{'description': p[0], 'cost': float(p[2]), 'target': p[3]} for p in v['pp']],
                    pp_requested=float(v['total']))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
