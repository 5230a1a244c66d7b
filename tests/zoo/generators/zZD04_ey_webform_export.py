"""zZD04: Early Years PEP submitted through an online form (form ID and password), exported automatically
as a PDF. Labels sit above answers, mandatory fields carry '*' and may hold 'N/A'; next steps and EYPP lines
are repeated field groups; an Ofsted-style QA descriptor grade is printed at the end."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZD import *

LAYOUT = 'zZD04-ey-webform-export'
INSP = 'real-forms.md entries 22, 27'
QUIRKS = ['online-form PDF export: form ID, submission stamp, "once submitted, no further changes can be made"',
          'label above answer, mandatory fields marked * and "N/A" allowed', 'age in years and months, no year group label',
          'next steps as repeated field groups (Next step 1 - area / Next step 1 - what ...)',
          'EYPP lines as repeated field groups with a "Linked next step" number',
          'EYFS PEP descriptor grade (outstanding / good / requires improvement / inadequate)',
          'previous next steps reviewed with a one-word outcome', 'practitioner and parent/carer views beside the child\'s']

D1 = dict(
    form_id='CBVS-EY-26A-00731', status='Submitted', stamp='Submitted 03/11/2026 16:42 by Mrs Anita Shorrock',
    name='Jojo Mbeki-Laing', first='Jojo', dob='28/03/2023', age='3 years 7 months', stage='Pre-school room (FS1)',
    setting='Little Acorns Community Pre-school, Stotfold Green',
    funded='15 hours universal + 15 hours extended', meeting='21/10/2026', next='N/A - next term\'s form will be issued by the Virtual School',
    attendees='Mrs Anita Shorrock (Designated person / room leader); Ms Kezia Farrant (social worker); Mr and Mrs Ollerton (foster carers); Miss Bea Stanion (Virtual School EY adviser)',
    attendance='91%',
    how_voice='Jojo shared her views during play with her key person and by choosing photos.',
    voice=['I like the big bikes outside.', 'I don\'t like it when it is too loud at tidy up time.', 'Nanny Sue comes to get me.'],
    practitioner='Jojo has made lovely friendships with two children. She needs support to share resources.',
    carer='Jojo talks about pre-school every evening. She still finds separating in the morning hard.',
    prev=[['Jojo will use two-word phrases to ask for help.', 'Achieved'],
          ['Jojo will put her coat on with little help.', 'Ongoing']],
    steps=[('Communication and Language', 'Jojo will use sentences of four to six words to talk about what she has done, during small-group time, by February half-term.',
            'Weekly Wellcomm small group with key person'),
           ('Literacy', 'Jojo will recognise her own name card and the first letter of her name at self-registration.',
            'Name games and mark-making table'),
           ('Mathematics', 'Jojo will count up to 5 objects accurately using one-to-one correspondence in play.',
            'Number songs, counting in the mud kitchen'),
           ('Personal, Social and Emotional Development', 'Jojo will take turns in a simple game with one other child and an adult.',
            'Turn-taking games with key person')],
    eypp=[('Wellcomm speech and language group resources', '120.00', '1'),
          ('Extra key person time, 1 hour a week for 12 weeks', '240.00', '4'),
          ('Counting and name-recognition resources pack', '60.00', '3')],
    total='420.00', grade='Good',
)

D2 = dict(
    form_id='CBVS-EY-26A-00809', status='Draft - not submitted', stamp='Last saved 26/11/2026 11:05 by Mr Rhys Ambler',
    name='Alfie Strudwick', first='Alfie', dob='12/01/2022', age='4 years 10 months', stage='Reception class (FS2)',
    setting='Meadowlark Lower School',
    funded='N/A', meeting='17/11/2026', next='02/03/2027',
    attendees='Mr Rhys Ambler (Designated teacher); Mrs Hope Greenacre (carer)',
    attendance='88.6%',
    how_voice='N/A', voice=[],
    practitioner='Alfie is beginning to settle into Reception routines. He enjoys the construction area.',
    carer='Alfie has been unsettled since contact changed. He is sleeping better now.',
    prev=[['Alfie will say goodbye to his carer at the door without distress.', 'Partly achieved']],
    steps=[('Literacy', 'Alfie will blend and read CVC words with Set 1 sounds in his daily phonics group.',
            'Extra phonics keep-up session 3 times a week'),
           ('Physical Development', 'Alfie will hold a pencil with a tripod grip to form the letters of his name.',
            'Dough disco and fine motor table')],
    eypp=[('Phonics keep-up sessions with TA, 3 x 15 minutes a week', '180.00', '1'),
          ('Forest school place for the spring term', '95.00', 'N/A')],
    total='275.00', grade='',
)


def q(label, answer, mandatory=True):
    lab = P(label + (' *' if mandatory else ''), PSB)
    ans = P(answer if answer else ' ', PS)
    t = Table([[lab], [ans]], colWidths=[18 * cm])
    t.setStyle(TableStyle([('BOX', (0, 1), (0, 1), 0.6, colors.HexColor('#7F7F7F')),
                           ('BACKGROUND', (0, 1), (0, 1), colors.HexColor('#F7F9FB')),
                           ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    return t


def sect(s, title):
    s.append(Spacer(1, 4))
    t = Table([[P(title, ParagraphStyle('w', parent=PSB, textColor=colors.white))]], colWidths=[18 * cm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#00594F'))]))
    s.append(t)


def make(d, path):
    s = [P('Virtual School - Early Years Personal Education Plan (Autumn term 2026)', PST),
         P(f"Form ID: {d['form_id']}    Status: {d['status']}    {d['stamp']}", PSS),
         P('The form ID and password were e-mailed to the Designated Teacher / setting lead. For any mandatory fields not '
           'relevant to you, \'N/A\' can be entered. Once submitted, no further changes can be made; this PDF is sent '
           'automatically to the Virtual School, the social worker and the setting.', PSS)]
    sect(s, 'About the child')
    s += [q('Child\'s full name', d['name']), q('Date of birth', d['dob']),
          q('Age at date of PEP (years and months)', d['age']), q('Room / class', d['stage']),
          q('Name of setting or school', d['setting']), q('Funded hours', d['funded'])]
    sect(s, 'This PEP')
    s += [q('Date of PEP meeting', d['meeting']), q('Who took part (name and role)', d['attendees']),
          q('Attendance at setting this term (% of sessions offered)', d['attendance']),
          q('Proposed date of next PEP', d['next'], mandatory=False)]
    sect(s, 'Views')
    s += [q('How did the child share their views?', d['how_voice']),
          q('What the child said (write the child\'s own words)', '\n'.join(d['voice'])),
          q('Key person / practitioner view', d['practitioner'], mandatory=False),
          q('Parent / carer view', d['carer'], mandatory=False)]
    sect(s, 'Review of previous next steps')
    s.append(ptable([['Previous next step', 'Outcome']] + d['prev'], [14 * cm, 4 * cm]))
    sect(s, 'Next steps agreed at this PEP (up to 4)')
    for i, (area, txt, sup) in enumerate(d['steps'], 1):
        s += [q(f'Next step {i} - area of learning', area), q(f'Next step {i} - what will the child be able to do?', txt),
              q(f'Next step {i} - support / strategies', sup, mandatory=False)]
    sect(s, 'Early Years Pupil Premium (EYPP) request')
    for i, (desc, cost, link) in enumerate(d['eypp'], 1):
        s += [q(f'EYPP item {i} - description', desc), q(f'EYPP item {i} - cost (GBP)', cost),
              q(f'EYPP item {i} - linked next step (1-4)', link)]
    s.append(q('Total EYPP requested this term (GBP)', d['total']))
    sect(s, 'Virtual School use only')
    s.append(q('EYFS PEP descriptor judgement (outstanding, good, requires improvement or inadequate)', d['grade'], mandatory=False))
    build_pdf(path, s, header=f"Form ID {d['form_id']} - printed from the online PEP system",
              footer='Covers children from 2 years (if accessing a funded place) to 5 years 11 months (end of Reception year).')


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    p = write_truth(out_dir, LAYOUT, 'pdf', 1, INSP, QUIRKS,
                    child_name=D1['name'], child_first_name='Jojo', school=D1['setting'], year_group=-1,
                    meeting_date='2026-10-21', completed_date='2026-11-03', attendance_percent=91.0,
                    pupil_voice=D1['voice'],
                    targets=[{'text': t, 'area': a} for a, t, _ in D1['steps']],
                    english_target=True, maths_target=True,
                    pp_spend=[{'description': x[0], 'cost': float(x[1]), 'target': int(x[2])} for x in D1['eypp']],
                    pp_requested=420.0)
    make(D1, p)
    p = write_truth(out_dir, LAYOUT, 'pdf', 2, INSP, QUIRKS + ['-2: voice fields N/A / empty, no maths next step, an EYPP line linked to N/A, draft not submitted (no completion date)'],
                    child_name=D2['name'], child_first_name='Alfie', school=D2['setting'], year_group=0,
                    meeting_date='2026-11-17', completed_date=None, attendance_percent=88.6,
                    pupil_voice=[],
                    targets=[{'text': t, 'area': a} for a, t, _ in D2['steps']],
                    english_target=True, maths_target=False,
                    pp_spend=[{'description': D2['eypp'][0][0], 'cost': 180.0, 'target': 1},
                              {'description': D2['eypp'][1][0], 'cost': 95.0, 'target': None}],
                    pp_requested=275.0)
    make(D2, p)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
