"""zZQ01: EYPEP Word form, sections numbered in words, Copy of PEP Sent column, first-person
responsibilities, next steps in a transposed table (columns = next steps)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZQ import *

STEM = 'zZQ01-eypep-responsibilities-transposed'
INSP = 'real-forms.md entries 7, 13'
QUIRKS = ['sections numbered in words ("Section One (a)", "Section Two")',
          'attendees table with Attended Meeting / Copy of PEP Sent tick columns',
          'first-person responsibility questions with numbered blanks 1. 2. 3.',
          'next steps in a transposed table (one column per next step)',
          'attendance given as sessions plus a percentage of funded sessions',
          "carer's and key person's views beside the child's words",
          'date of last EYPEP and date of next EYPEP as distractors']

V = {
 1: dict(first='Wren', sur='Okafor-Hale', dob='14/03/2023', age='3 years 6 months', setting='Brambleford Community Nursery',
         meet='24/09/2026', last='11/06/2026', next='21/01/2027', done='02/10/2026', att_sess='57 of 61 sessions',
         att_pct='93.4%', att=93.4,
         voice=['I like the sand tray and the big yellow digger.', 'Me and Ola play shops.',
                'I don\'t like it when it is home time and Nana is late.'],
         steps=[('Wren will join in with 5 familiar nursery rhymes at group time, saying the last word of each line', 'Communication and Language / Literacy'),
                ('Wren will count up to 5 objects accurately, touching each one, during play', 'Mathematics'),
                ('Wren will tell an adult when she feels cross or worried, using the feelings fan', 'Personal, Social and Emotional Development')],
         eypp=[('Small-group "Talk Boost" sessions with key person, 2 x 15 minutes a week', '240.00', '1'),
               ('Counting and sorting resource pack to share at home with carer', '45.00', '2'),
               ('Feelings fan and visual timetable cards', '18.50', '3')],
         total='303.50'),
 2: dict(first='Kasim', sur='Brennard', dob='02/11/2022', age='3 years 10 months', setting='Little Fennel Pre-School',
         meet='08/10/2026', last='', next='', done='', att_sess='', att_pct='', att=None,
         voice=[],
         steps=[('Kasim will use two-word phrases such as "more juice" to ask for things at snack time', 'Communication and Language'),
                ('Kasim will separate from his carer at the door with a settling-in routine and a transition object', 'Personal, Social and Emotional Development')],
         eypp=[('Key person time for settling-in routine, 20 minutes each morning', '310.00', '2'),
               ('Outdoor waterproofs and wellies', '36.00', '')],
         total='346.00'),
}


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n, v in V.items():
        d = new_doc('Calibri', 10)
        header_footer(d, 'EYPEP  |  Early Years Personal Education Plan for Children in Care  |  CONFIDENTIAL',
                      'Form EYPEP/2  rev. 04/2026   -   When complete, send a copy to every person ticked in Section One (b)')
        heading(d, 'Early Years Personal Education Plan (EYPEP)', 16)
        para(d, '"We want the grown-ups to know what we like, what we are good at and who looks after us at nursery." '
                '- Children in Care Council', italic=True, size=9)
        heading(d, "Section One (a):Child's Details")
        table(d, [["Child's first name", v['first'], 'Surname', v['sur']],
                  ['Date of birth', v['dob'], 'Age (years and months)', v['age']],
                  ['Setting attended', v['setting'], 'Key person', 'Mrs J. Pellow' if n == 1 else 'Ms D. Arkwright'],
                  ['Funded hours', '30 hours (extended entitlement)' if n == 1 else '15 hours (2-year-old funding continued)',
                   'Legal status', 'S.31 Full Care Order' if n == 1 else 'S.20 Accommodated'],
                  ['Date of this EYPEP meeting', v['meet'], 'Date of last EYPEP', v['last']],
                  ['Is this the first EYPEP?', f'{BOX} Yes   {TICK} No' if n == 1 else f'{TICK} Yes   {BOX} No', 'LA Child ID', 'EY-40%d17' % n]],
              widths=[3.8, 4.6, 3.8, 4.6], bold_first_col=True)
        heading(d, 'Section One (b):People Invited to EYPEP Meeting')
        para(d, 'Please indicate the names of the people responsible for managing this EYPEP.', italic=True, size=9)
        rows = [['Title', 'Name', 'Address and Phone Number', 'Attended Meeting', 'Copy of PEP Sent']]
        if n == 1:
            rows += [['Child', 'Wren Okafor-Hale', 'c/o carer', TICK, BOX],
                     ['Parent', 'Ms T. Okafor', 'Not shared', BOX, TICK],
                     ['Carer(s)', 'Mrs M. Hale (kinship carer, Nana)', '4 Orchard Rise, Brambleford  01632 960412', TICK, TICK],
                     ['Designated person (teacher or practitioner)', 'Mrs J. Pellow', 'Brambleford Community Nursery 01632 960877', TICK, TICK],
                     ['Social worker or care manager', 'Mr R. Danso', 'Children\'s Services, Civic Hall  01632 960300', TICK, TICK],
                     ['Virtual School EY adviser', 'Ms C. Whitlow', 'Virtual School, Civic Hall  01632 960355', TICK, TICK]]
        else:
            rows += [['Child', 'Kasim Brennard', 'c/o foster carer', BOX, BOX],
                     ['Parent', 'Not invited (court direction)', '', BOX, BOX],
                     ['Carer(s)', 'Mr & Mrs S. Iqbal (foster carers)', '19 Mill Lane, Fennel Green  01632 961220', TICK, TICK],
                     ['Designated person (teacher or practitioner)', 'Ms D. Arkwright', 'Little Fennel Pre-School 01632 961004', TICK, TICK],
                     ['Social worker or care manager', 'Ms L. Varga', 'Children\'s Services, Civic Hall  01632 960300', TICK, BOX]]
        table(d, rows, widths=[4.2, 3.8, 5.0, 1.9, 1.9], header_fill='D9E2F3')
        heading(d, 'Section Two:Responsibilities')
        qs = [('Who should the setting contact in an emergency \u2013 in order of priority? 1. 2. 3.',
               '1. Mrs M. Hale 07700 900411\n2. Mr R. Danso 01632 960300\n3. Emergency Duty Team 01632 960999' if n == 1 else
               '1. Mrs S. Iqbal 07700 900876\n2. Mr S. Iqbal 07700 900877\n3. '),
              ('Who is allowed access to me in my setting?', 'Nana (Mrs Hale) and my social worker. Mum only with contact supervisor.' if n == 1 else 'My foster carers and my social worker.'),
              ('Who will take responsibility for my health issues?', 'Mrs Hale, with the health visitor' if n == 1 else 'Mrs Iqbal'),
              ('Who will receive and respond to communications from my setting \u2013 for example invitations to parents\' evenings, school reports and school books?', 'Mrs Hale' if n == 1 else 'Mr & Mrs Iqbal'),
              ('Who will give permission for my attendance on trips?', 'Mr R. Danso (social worker)' if n == 1 else 'Ms L. Varga (social worker)'),
              ('Who can give permission for school photographs and performances?', 'Mrs Hale' if n == 1 else 'Ms L. Varga - no photographs to be shared online')]
        table(d, [['Question', 'Name and Contact Details']] + [list(q) for q in qs], widths=[8.5, 8.3], header_fill='D9E2F3')

        heading(d, 'Section Three:Attendance at my setting')
        table(d, [['Sessions attended this term (out of sessions offered)', v['att_sess']],
                  ['Attendance this year as a percentage of funded sessions', v['att_pct']],
                  ['Reasons for any absence / lateness', 'Two days ill (chickenpox), one family funeral.' if n == 1 else '']],
              widths=[8.5, 8.3], bold_first_col=True)

        heading(d, 'Section Four:What I think about nursery')
        para(d, 'Key person: sit with the child during play and write down what they tell you, in their own words. '
                'Use photos or puppets if that helps.', italic=True, size=8.5, color='555555')
        voice_txt = ('Wren said: ' + ' '.join(v['voice'])) if v['voice'] else 'Wren said: ' if False else ''
        if n == 2:
            voice_txt = ''
        boxed(d, 'In my own words (what I like, what I am good at, what I find hard)', voice_txt)
        d.add_paragraph()
        boxed(d, 'What my carer says',
              'Nana says Wren sings all the way home and is sleeping better since she moved rooms.' if n == 1 else
              'Mrs Iqbal says Kasim cries at drop-off but settles quickly; he loves the bikes.')
        d.add_paragraph()
        boxed(d, 'What my key person says',
              'Wren is confident outdoors and beginning to play alongside other children.' if n == 1 else
              'Kasim watches others closely and is starting to point and use single words.')

        heading(d, 'Section Five:How I am getting on')
        bands = [['Area of learning', 'Working within (months)', 'On track?'],
                 ['Communication and Language', '22-36', 'Not yet' if n == 1 else 'No'],
                 ['Physical Development', '36-48', 'Yes'],
                 ['Personal, Social and Emotional Development', '22-36', 'Not yet'],
                 ['Literacy', '22-36', 'Not yet'],
                 ['Mathematics', '22-36', 'Yes' if n == 1 else 'Not assessed this term']]
        table(d, bands, widths=[7.5, 4.5, 4.8], header_fill='E2EFD9')

        heading(d, 'Section Six:Looking back at my last next steps')
        if n == 1:
            prev = [['Last next step', 'What happened', 'Met?'],
                    ['Wren will say her name and her key person\'s name when asked', 'Does this every morning at self-registration.', f'{TICK} Met'],
                    ['Wren will use a spoon at lunch without help', 'Mostly, needs help with yoghurt.', f'{TICK} Partly'],
                    ['Wren will stay at the mark-making table for 5 minutes', 'Prefers outdoors; 2-3 minutes.', f'{BOX} Not yet']]
        else:
            prev = [['Last next step', 'What happened', 'Met?'],
                    ['No previous next steps - first EYPEP at this setting', '', '']]
        table(d, prev, widths=[7, 7, 2.8], header_fill='E2EFD9')

        landscape_section(d)
        heading(d, 'Section Seven:My Next Steps (to be reviewed at my next EYPEP)')
        para(d, 'Read each column from top to bottom. No more than three next steps; at least one in Communication and Language or Literacy.',
             italic=True, size=8.5, color='555555')
        steps = v['steps']
        rows = [['', *[f'Next step {i + 1}' for i in range(len(steps))]],
                ['What I will learn to do', *[s[0] for s in steps]],
                ['Area of learning', *[s[1] for s in steps]],
                ['Who will help me', *(['Key person and Nana at home', 'Key person, maths corner', 'All staff'][:len(steps)] if n == 1 else ['Key person', 'Key person and foster carers'])],
                ['How we will know', *(['Observed at group time on 3 days in a row', 'Observation in learning journal', 'Staff notes; carer feedback'][:len(steps)] if n == 1 else ['Learning journal observations', 'Settles within 5 minutes on 4 of 5 days'])],
                ['By when', *(['December 2026'] * len(steps))]]
        table(d, rows, widths=[4.5] + [7.0] * len(steps), bold_first_col=True, header_fill='FCE4D6')
        heading(d, 'Section Eight:Early Years Pupil Premium (EYPP)')
        para(d, 'EYPP is claimed by the setting. Say what it will be spent on and which next step it supports.', italic=True, size=8.5)
        er = [['What will it be spent on?', 'Cost (\u00a3)', 'Which next step does it support? (number)']]
        er += [[a, b, c if c else '-'] for a, b, c in v['eypp']]
        er += [['Total EYPP requested', v['total'], '']]
        table(d, er, widths=[13, 4, 6], header_fill='FCE4D6')
        heading(d, 'Section Nine:Agreement')
        table(d, [['Designated person (teacher or practitioner)', 'Mrs J. Pellow' if n == 1 else 'Ms D. Arkwright', 'Signature', 'J Pellow' if n == 1 else ''],
                  ['Date EYPEP completed', v['done'], 'Date of next EYPEP', v['next']],
                  ['Virtual School use only', 'Received ' + ('05/10/2026' if n == 1 else ''), 'EYPP approved', f'{TICK} Yes' if n == 1 else f'{BOX} Yes  {BOX} No']],
              widths=[6, 6, 4, 7], bold_first_col=True)
        stem = f'{STEM}-{n}'
        d.save(os.path.join(out_dir, stem + '.docx'))
        areas = []
        for s in steps:
            a = s[1]
            areas.append('English' if ('Literacy' in a or 'Communication' in a) else 'Maths' if 'Math' in a else 'PSED')
        iso = lambda s: f'{s[6:10]}-{s[3:5]}-{s[0:2]}' if s else None
        write_truth(out_dir, stem, 'docx', INSP, QUIRKS,
                    child_name=f"{v['first']} {v['sur']}", child_first_name=v['first'], school=v['setting'],
                    year_group=-1, meeting_date=iso(v['meet']), completed_date=iso(v['done']),
                    attendance_percent=v['att'], pupil_voice=v['voice'],
                    targets=[{'text': s[0], 'area': a} for s, a in zip(steps, areas)],
                    english_target=True, maths_target=any(a == 'Maths' for a in areas),
                    pp_spend=[{'description': a, 'cost': float(b), 'target': int(c) if c else None} for a, b, c in v['eypp']],
                    pp_requested=float(v['total']))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
