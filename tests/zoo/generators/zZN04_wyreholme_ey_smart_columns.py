"""zZN04: Lancashire-style portal EY PEP print (PDF, landscape): social-worker 'My' sections, delegated setting
section, SMART template with the target text under the 'S Specific' column, PPG/PEPSA/EYPP costing, Ofsted-style
EY descriptor grade (Bristol)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZN import *

STEM = 'zZN04-wyreholme-ey-smart-columns'
LW = landscape(A4)[0] - 3 * cm

SMART_HDR = ['S Specific What is the observable difference/benefit we are expecting to see…',
             'M Measurable How will be know when the target has been achieved?',
             'A Achievable Who will do what, and how often?',
             'R Relevant Why this target now? Has it taken the child\'s voice into consideration?',
             'T Time-bound By when?']

V1 = dict(
    name='Isla-Rose Whitcombe', known='Isla', dob='11/02/2023', age='3 years 8 months', stage='Nursery (FS1), funded place',
    yg=-1, setting='Little Acorns Day Nursery, Scarsdale Fold', keyp='Hannah Lister', dt='Mrs Claire Ashdown (setting SENCo / designated person)',
    sw='Gareth Howarth', sw_done='28/09/2026', delegated='29/09/2026', meeting='14/10/2026', setting_done='22/10/2026',
    next_pep='March 2027 (spring review)', last_pep='12/05/2026',
    att='Attendance at setting this term: 94% of funded sessions (30 hours offer)', att_val=94.0,
    health='Up to date with immunisations. Grommets fitted July 2026; hearing now within normal range.',
    sdq='SDQ (carer, 2-4 version) total: 11  (bands: 0-13 - normal, 14-16 - borderline, 17-40 - cause for concern)',
    voice_prompt='My voice: what I say, and how I show you what I like and don\'t like (write the child\'s words in quotes)',
    voice=['"Me do the big slide, Hannah watch me!"', '"I don\'t like the loud hand dryer."'],
    voice_obs='Observed: Isla goes straight to the mud kitchen and gives "cups of tea" to adults. Covers her ears in the bathroom.',
    carer='Isla talks about nursery at tea time and names two friends, Zara and Alfie. (carer, Mrs D. Raine)',
    prev=[('Isla will say two-word phrases to ask for help ("help me", "more juice").', 'G - achieved'),
          ('Isla will wash her hands with one prompt.', 'A - nearly there')],
    progress=[('Communication and language', '22-36 months', 'Secure 30-50 months by summer'),
              ('Physical development', '30-50 months', 'On track'),
              ('Personal, social and emotional development', '22-36 months', 'Secure 30-50 months'),
              ('Literacy', '22-36 months', 'Emerging 30-50 months'),
              ('Mathematics', '30-50 months', 'On track')],
    targets=[
        ('Communication & language', 'Isla will use sentences of four or more words to tell an adult what she has been doing in the mud kitchen or the garden.',
         'Key person records 5 examples in her learning journal.', 'Key person, daily "talk time" 10 minutes; Wellcomm activities at home with carer.',
         'Isla chooses the mud kitchen every day; her words are still short.', 'By the March 2027 review'),
        ('Literacy', 'Isla will join in with repeated refrains in three favourite stories (e.g. "Run, run, as fast as you can").',
         'Observed joining in on three different days.', 'Story sack at home; key person group story twice a week.',
         'She already asks for "Gingerbread book".', 'By the March 2027 review'),
        ('Mathematics', 'Isla will count out up to five objects accurately (cups, spoons, cars) when asked "give me three".',
         'Counts five objects correctly on 3 of 4 tries.', 'Counting in the mud kitchen; number songs at tidy-up time.',
         'Links to her play with cups of tea.', 'By February half-term 2027'),
        ('PSED', 'Isla will use the ear defenders on the peg to go into the bathroom without crying, 4 days out of 5.',
         'Key person notes in the daily diary.', 'Setting buys ear defenders; visual sequence card by the sink.',
         'Isla told us she does not like the hand dryer.', 'By December 2026'),
    ],
    pp=[('Learning', 'Wellcomm speech and language toolkit (setting licence share) and training for key person', 'T1', '210.00', 1),
        ('Learning', 'Story sacks for home (3 titles) with puppets', 'T2', '45.00', 2),
        ('Pastoral', 'Ear defenders and visual sequence cards', 'T4', '30.00', 4)],
    total='285.00', grade='Good',
    truth=dict(child_name='Isla-Rose Whitcombe', child_first_name='Isla-Rose', school='Little Acorns Day Nursery, Scarsdale Fold', year_group=-1,
               meeting_date='2026-10-14', completed_date='2026-10-22', attendance_percent=94.0),
)

V2 = dict(
    name='Leo Marsden', known='Leo', dob='30/12/2021', age='4 years 10 months', stage='Reception (FS2)',
    yg=0, setting='Hollinmoor Bank Primary School', keyp='Mr Tariq Aziz (class teacher)', dt='Ms Jo Entwistle (Designated Teacher)',
    sw='Priya Mistry', sw_done='05/11/2026', delegated='06/11/2026', meeting='19/11/2026', setting_done='',
    next_pep='Spring term 2027', last_pep='',
    att='Attendance at setting this term: 89.5% (Reception, full time)', att_val=89.5,
    health='Asthma - inhaler kept in class. Dental check overdue.',
    sdq='SDQ (carer, 4-17 version) total: 15  (bands: 0-13 - normal, 14-16 - borderline, 17-40 - cause for concern)',
    voice_prompt='My voice: what I say, and how I show you what I like and don\'t like (write the child\'s words in quotes)',
    voice=[], voice_obs='',
    carer='Leo has only been with us four weeks; he is sleeping better. (carer, Mr and Mrs Okoro)',
    prev=[],
    progress=[('Communication and language', 'Baseline: below', 'Expected by summer 2027'),
              ('Personal, social and emotional development', 'Baseline: below', 'Emerging'),
              ('Literacy (comprehension, word reading, writing)', 'RBA: 9', 'Expected'),
              ('Mathematics', 'RBA: 17', 'Expected')],
    targets=[
        ('Literacy (word reading)', 'Leo will recognise and say the sounds for the Set 1 letters s, a, t, p, i, n, m, d by the end of the autumn term.',
         'Phonics tracker shows 8/8 sounds.', 'Daily phonics keep-up with TA, 10 minutes.', 'Leo enjoys the "Fred" puppet.', '18/12/2026'),
        ('PSED', 'Leo will take turns in a small-group game with one adult for 5 minutes without leaving the table.',
         'Three observations by the class teacher.', 'Nurture group (Mon/Wed).', 'Settling after the move.', 'February half-term 2027'),
    ],
    pp=[('Learning', 'Phonics keep-up TA time, 10 minutes daily for 6 weeks', 'T1', '150.00', 1),
        ('Pastoral', 'Calm-down den and sensory toys for the classroom', '', '65.00', None)],
    total='215.00', grade='Requires improvement (draft)',
    truth=dict(child_name='Leo Marsden', child_first_name='Leo', school='Hollinmoor Bank Primary School', year_group=0,
               meeting_date='2026-11-19', completed_date=None, attendance_percent=89.5),
)


def sec(t):
    return Paragraph(t, DVH2)


def make(v, path):
    s = []
    s.append(Paragraph('Wyreholme Council  ·  Professional Portal  ·  Virtual School', DVSMALL))
    s.append(Paragraph('Early Years Personal Education Plan (from age 2)', DVH1))
    s.append(dgrid([['Child', 'Known as', 'Date of birth', 'Age at this PEP', 'Stage', 'Setting'],
                    [v['name'], v['known'], v['dob'], v['age'], v['stage'], v['setting']]],
                   [LW * f for f in (0.2, 0.1, 0.12, 0.14, 0.18, 0.26)], fill='#FCE4D6'))
    s.append(Spacer(1, 4))
    s.append(dgrid([['Date of last PEP', 'Social worker sections completed', 'Delegated to setting (email)', 'Date of PEP meeting',
                     'Setting section completed', 'Next PEP'],
                    [v['last_pep'], v['sw_done'], v['delegated'], v['meeting'], v['setting_done'], v['next_pep']]],
                   [LW / 6] * 6, fill='#FCE4D6'))
    s.append(Paragraph('The social worker completes "My Personal Information" and "My Health" at least 10 days before the meeting. '
                       'The setting completes its sections within 10 working days of the meeting and attaches any SEND targeted learning plans through the portal.',
                       DVSMALL))
    s.append(sec('My Personal Information  (completed by social worker)'))
    s.append(dgrid([['Social worker', v['sw'], 'Legal status', 'Interim Care Order' if v is V2 else 'Care Order (S31)'],
                    ['Key person / teacher', v['keyp'], 'Designated person', v['dt']],
                    ['Carer', v['carer'].split('(carer, ')[1].rstrip(')'), 'Funded hours', '30 hours' if v is V1 else 'School place (Reception)']],
                   [LW * 0.17, LW * 0.33, LW * 0.17, LW * 0.33], head=False, bold_first_col=True,
                   extra=[('FONTNAME', (2, 0), (2, -1), 'DVB')]))
    s.append(sec('My Health  (completed by social worker)'))
    s.append(dgrid([[v['health']], [v['sdq']]], [LW], head=False))

    s += [PageBreak()]
    s.append(sec('Setting section 1: Attendance and my voice  (delegated to the setting)'))
    s.append(dgrid([[v['att']]], [LW], head=False))
    s.append(Spacer(1, 4))
    s.append(dgrid([[v['voice_prompt'], 'What my carer says'],
                    ['\n'.join(v['voice']) + ('\n' + v['voice_obs'] if v['voice_obs'] else ''), v['carer']]],
                   [LW * 0.6, LW * 0.4], fill='#E2EFDA'))
    s.append(sec('Setting section 2: Progress (development bands / Reception baseline)'))
    s.append(dgrid([['Area of learning', 'Where I am now', 'Where we expect me to be']] + [list(p) for p in v['progress']],
                   [LW * 0.4, LW * 0.25, LW * 0.35], fill='#E2EFDA'))
    s.append(sec('Setting section 3: How did I do with my last targets? (RAG)'))
    if v['prev']:
        s.append(dgrid([['Last target', 'RAG']] + [list(p) for p in v['prev']], [LW * 0.8, LW * 0.2], fill='#E2EFDA'))
    else:
        s.append(dgrid([['No previous targets: this is my first PEP at this setting.']], [LW], head=False))

    s += [PageBreak()]
    s.append(sec('Setting section 4: My next steps - SMART targets'))
    s.append(Paragraph('Questions to ask of the PEP target: is it about one thing? Could a visitor see it happen? Will it be reviewed at the next PEP?', DVSMALL))
    rows = [['No. / area'] + SMART_HDR]
    for i, t in enumerate(v['targets'], 1):
        rows.append([f'T{i}\n{t[0]}', t[1], t[2], t[3], t[4], t[5]])
    s.append(dgrid(rows, [LW * 0.11, LW * 0.27, LW * 0.17, LW * 0.19, LW * 0.15, LW * 0.11], fill='#DDEBF7'))
    s.append(sec('Setting section 5: Funding - EYPP / PPG/PEPSA (as appropriate)'))
    s.append(Paragraph('PPG/PEPSA (as appropriate) is costed and clearly links to the targets. For children in a funded early years place, '
                       'Early Years Pupil Premium (EYPP) is requested here.', DVSMALL))
    s.append(dgrid([['Type (learning / pastoral)', 'Description of support', 'Links to target', 'Cost (£)']] +
                   [[p[0], p[1], p[2], p[3]] for p in v['pp']] + [['', 'Total amount requested', '', v['total']]],
                   [LW * 0.16, LW * 0.56, LW * 0.13, LW * 0.15], fill='#DDEBF7'))
    s.append(Spacer(1, 8))
    s.append(dgrid([['Virtual School quality assurance (EYFS PEP descriptors)', 'Grade (outstanding, good, requires improvement or inadequate)'],
                    ['QA officer: K. Parbold', v['grade']]], [LW * 0.6, LW * 0.4], fill='#EDEDED'))
    build_pdf(path, s, pagesize=landscape(A4), header='Wyreholme portal print  ·  EY PEP  ·  OFFICIAL-SENSITIVE',
              footer=f'Portal ID EYP-{v["dob"][-4:]}{len(v["name"]):02d}  ·  Printed 27/11/2026')


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for k, v in ((1, V1), (2, V2)):
        stem = f'{STEM}-{k}'
        make(v, os.path.join(out_dir, stem + '.pdf'))
        quirks = ['landscape portal print', 'six-date strip (last PEP, SW sections, delegation, meeting, setting completed, next PEP)',
                  'SMART template: target text sits under the "S Specific" column header', 'EY areas of learning as target areas',
                  'child\'s words in quotes plus adult observation and carer view', 'EYPP / PPG/PEPSA costing linked by "T1" codes',
                  'Ofsted-style QA grade (not RAG) and SDQ bands as distractors']
        if k == 2:
            quirks += ['Reception (year 0)', 'pupil voice box empty (prompt printed)', 'no maths target', 'no previous targets (first PEP here)',
                       'one pastoral funding line not linked to a target', 'setting section completed date blank']
        voice = [x.strip('"') for x in v['voice']]
        write_truth(out_dir, stem, 'pdf', inspired_by='real-forms.md entries 15, 27', quirks=quirks, **v['truth'],
                    pupil_voice=voice,
                    targets=[{'text': t[1], 'area': t[0]} for t in v['targets']],
                    english_target=True, maths_target=(k == 1),
                    pp_spend=[{'description': p[1], 'cost': float(p[3]), 'target': p[4]} for p in v['pp']],
                    pp_requested=float(v['total']))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
