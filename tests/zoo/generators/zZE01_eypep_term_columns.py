"""zZE01: EYFS EYPEP (Word) with terms as columns; sections numbered in words. Inspired by entries 7 and 9."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZE import *

STEM = 'zZE01-eypep-term-columns'
INSP = 'real-forms.md entries 7, 9'
QUIRKS = ['terms as columns on one form: Autumn (PEP 1) / Spring (PEP 2) / Summer (PEP 3); read the latest filled column',
          'sections numbered in words ("Section One (a)")', 'first-person cover labels ("My name", "My birthday")',
          'forename and surname apart in Section One (a)', 'Title | Name | Address and Phone Number | Attended Meeting | Copy of PEP Sent table',
          'one small table per next step', 'About Me sentence starters per term', 'ELG development band tick grid']

V = {
 1: dict(first='Maisie', sur='Tranter', dob='14/02/2020', school='Hollowmere Church of England Infant School',
         terms=[('Autumn term (PEP 1)', '08/10/2025', '5 years 7 months'), ('Spring term (PEP 2)', '10/02/2026', '5 years 11 months'),
                ('Summer term (PEP 3)', '16/06/2026', '6 years 4 months')],
         meeting='2026-06-16', completed='24/06/2026', completed_iso='2026-06-24',
         att=[('Autumn term', '92.1%'), ('Spring term', '94.8%'), ('Summer term (to date)', '95.6%')], att_year='95.6',
         voice=[['the dressing up box', 'I like playing with the sand tray and the big blocks.', 'I like playing with the fairy castle and the bikes outside.'],
                ['singing', 'I am good at counting the stairs.', 'I am good at writing my name with a capital M.'],
                ['Ruby', 'My friends are Ruby and Tayo.', 'My friends are Tayo and Kasia and Ruby.'],
                ['', 'I am happy when Nana Jean picks me up.', 'I am happy when I get a sticker for good listening.'],
                ['', 'I am sad when it is home time.', 'I am sad when Tayo plays with someone else.']],
         voice_truth=['I like playing with the fairy castle and the bikes outside.', 'I am good at writing my name with a capital M.',
                      'My friends are Tayo and Kasia and Ruby.', 'I am happy when I get a sticker for good listening.',
                      'I am sad when Tayo plays with someone else.'],
         prev=[('Maisie will recognise and say sounds for all Phase 3 graphemes.', 'Achieved - secure in 38 of 40'),
               ('Maisie will count reliably up to 20 objects.', 'Partly - secure to 15'),
               ('Maisie will take turns in a small group game with an adult.', 'Achieved')],
         targets=[('Literacy', 'Maisie will read and spell CVCC and CCVC words using Phase 4 sounds by October half-term', 'Mrs Okafor (class teacher) and carer at home', 'October 2026'),
                  ('Mathematics', 'Maisie will recall number bonds to 10 and use them to add two single-digit numbers', 'Mr Devlin (TA) in maths group', 'December 2026'),
                  ('Personal, social and emotional development', 'Maisie will settle into Year 1 and tell an adult when she feels worried', 'Key adult Miss Lund', 'September 2026')],
         areas=['English', 'Maths', 'PSED'],
         pp=[('Phonics catch-up group with TA, 4 x 15 minutes a week (Read Write Inc.)', '1', '420.00', 'Blending of Phase 4 words'),
             ('Numicon home-learning kit and 6 parent/carer sessions', '2', '165.00', 'Number bonds practised at home'),
             ('Transition storybook and 3 extra visits to Year 1 classroom', '3', '90.00', 'Calm start in September')],
         pp_truth=[('Phonics catch-up group with TA, 4 x 15 minutes a week (Read Write Inc.)', 420.0, 1),
                   ('Numicon home-learning kit and 6 parent/carer sessions', 165.0, 2),
                   ('Transition storybook and 3 extra visits to Year 1 classroom', 90.0, 3)],
         total='675.00', next='Autumn term 2026 (PEP 1, Year 1) - week of 05/10/2026'),
 2: dict(first='Kacper', sur='Wilde-Nowak', dob='30/07/2020', school='St Edric\'s Primary School, Fallowby',
         terms=[('Autumn term (PEP 1)', '14/10/2025', '5 years 2 months'), ('Spring term (PEP 2)', '03/03/2026', '5 years 7 months'),
                ('Summer term (PEP 3)', '', '')],
         meeting='2026-03-03', completed='', completed_iso=None,
         att=[('Autumn term', ''), ('Spring term', ''), ('Summer term (to date)', '')], att_year=None,
         voice=[['my scooter', '', ''], ['jumping', '', ''], ['Zane', '', ''], ['my dog Biscuit', '', ''], ['I fall over', '', '']],
         voice_truth=[],
         prev=[('Kacper will hold a pencil with a tripod grip to make marks.', 'Partly achieved'),
               ('Kacper will join in with the class story time for 10 minutes.', 'Achieved')],
         targets=[('Communication and language', 'Kacper will use sentences of 5 or more words to tell an adult about his weekend', 'Speech and language TA (Mrs Hale)', 'Easter 2026'),
                  ('Physical development', 'Kacper will use scissors to cut along a straight line independently', 'Class teacher Mr Amadi', 'May 2026')],
         areas=['English', 'Physical'],
         pp=[('Talk Boost small-group sessions, 10 weeks', '1', '310.00', 'Longer spoken sentences'),
             ('Forest school place for one afternoon a week', '', '240.00', 'Confidence and wellbeing')],
         pp_truth=[('Talk Boost small-group sessions, 10 weeks', 310.0, 1), ('Forest school place for one afternoon a week', 240.0, None)],
         total='550.00', next='Summer term 2026 (PEP 3)'),
}


def make(out_dir, n):
    v = V[n]
    d = new_doc('Calibri', 10)
    header_footer(d, 'OFFICIAL - SENSITIVE (when completed)          Ormesby Vale Virtual School for Children in Care',
                  'EYPEP form EY/04 rev. 2025   |   Case ref: OV-CIC-%d7%d31   |   Keep with the child\'s education file' % (n, n))
    para(d, 'Early Years Foundation Stage PEP form', bold=True, size=18, align='c')
    para(d, 'EYPEP 2025/26 - Early Years Personal Education Plan', bold=True, size=12, align='c')
    para(d, '"We want our plans to be about us and to be written so we can understand them. Please ask us what we think '
            'and tell us what happens next." - Ormesby Vale Children in Care Council', italic=True, size=9)
    tl = [t[0] for t in v['terms']]
    rows = [['PEP:'] + tl,
            ['My name'] + [f"{v['first']} {v['sur']}" if t[1] else '' for t in v['terms']],
            ['My birthday'] + [v['dob'] if t[1] else '' for t in v['terms']],
            ['My age'] + [t[2] for t in v['terms']],
            ['My year group'] + ['Reception' if t[1] else '' for t in v['terms']],
            ['My school/setting'] + [v['school'] if t[1] else '' for t in v['terms']],
            ['Date of my PEP meeting'] + [t[1] for t in v['terms']]]
    table(d, rows, header_fill='FCE4D6', bold_first_col=True, widths=[4, 4.5, 4.5, 4.5])

    para(d, 'Section One (a):Child\'s Details', bold=True, size=12)
    table(d, [['Legal forename(s)', v['first'], 'Surname', v['sur']],
              ['Gender', 'F' if n == 1 else 'M', 'UPN', f'K8231{n}0457{n}09'],
              ['Legal status', 'Full Care Order (s.31)' if n == 1 else 'Interim Care Order (s.38)', 'Date into care', '11/2023' if n == 1 else '06/2025'],
              ['First language', 'English' if n == 1 else 'Polish / English', 'SEN status', 'None' if n == 1 else 'SEN Support']],
          bold_first_col=True)

    para(d, 'Section One (b):People Invited to EYPEP Meeting', bold=True, size=12)
    para(d, 'Please indicate the names of the people responsible for managing this EYPEP.', italic=True, size=9)
    ppl = [['Title', 'Name', 'Address and Phone Number', 'Attended Meeting', 'Copy of PEP Sent'],
           ['Child', f"{v['first']}", 'c/o carer', f'{TICK} Yes {BOX} No' if n == 1 else f'{BOX} Yes {TICK} No', f'{BOX}'],
           ['Parent', 'Ms L. Tranter' if n == 1 else 'Mr P. Nowak', 'Contact via social worker', f'{BOX} Yes {TICK} No', f'{TICK}'],
           ['Carer(s)', 'Jean and Colin Ashby (kinship)' if n == 1 else 'Ruth Penhaligon (foster carer)', '4 Mill Lane, Hollowmere  01632 960 214', f'{TICK} Yes {BOX} No', f'{TICK}'],
           ['Designated person (teacher or practitioner)', 'Mrs A. Okafor' if n == 1 else 'Mr J. Amadi', v['school'] + '  01632 960 880', f'{TICK} Yes {BOX} No', f'{TICK}'],
           ['Social worker or care manager', 'Priya Sandhu' if n == 1 else 'Tom Grealish', 'Children\'s Services, Civic Hall  01632 960 500', f'{TICK} Yes {BOX} No', f'{TICK}']]
    table(d, ppl, header_fill='DDEBF7', size=9)

    para(d, 'Section Two:Responsibilities', bold=True, size=12)
    table(d, [['Question', 'Name and Contact Details'],
              ['Who should the setting contact in an emergency – in order of priority? 1. 2. 3.', '1. Jean Ashby 07700 900 311\n2. Colin Ashby 07700 900 312\n3. Emergency Duty Team 01632 960 999' if n == 1 else '1. Ruth Penhaligon 07700 900 455\n2.\n3.'],
              ['Who is allowed access to me in my setting?', 'Carers and social worker only. No collection by birth family.'],
              ['Who will take responsibility for my health issues?', 'Carer, with health visitor'],
              ['Who will give permission for my attendance on trips?', 'Carer (day trips); social worker (residential)']],
          header_fill='DDEBF7', size=9)

    para(d, 'Section Three: About Me ……', bold=True, size=12)
    para(d, 'Ask the child in their own way; write down exactly what they say. Use pictures or puppets if that helps.', italic=True, size=8)
    starters = ['I like playing with...', 'I am good at/enjoy...', 'My friends are...', 'I am happy when...', 'I am sad when...']
    rows = [['Sentence starter'] + tl] + [[s] + v['voice'][i] for i, s in enumerate(starters)]
    table(d, rows, header_fill='FCE4D6', size=9)
    para(d, 'What my carer says about me: ' + ('Maisie loves stories at bedtime and is proud of her writing.' if n == 1 else 'Kacper is very active and loves the park.'), size=9)

    para(d, 'Section Four: (DT to complete before the PEP)', bold=True, size=12)
    para(d, '1) Development assessment information: For each early learning goal (ELG), please tick which development band is most '
            'applicable. For children transferring from Reception to Y1, please fill in the final ELGs column in addition using 1 for '
            'Emerging, 2 for Expected or 3 for exceeding.', size=9)
    bands = ['8-20', '16-26', '22-36', '30-50', '40-60+']
    elg = [('Listening, attention and understanding', 4, '2'), ('Speaking', 4, '2'), ('Word reading', 3, '1'), ('Writing', 3, '1'),
           ('Number', 4, '2'), ('Numerical patterns', 3, '1'), ('Self-regulation', 4, '2'), ('Gross motor skills', 4, '3')]
    rows = [['Development bands (months)'] + bands + ['Final ELG (1/2/3)']]
    for name, b, f in elg:
        bb = b if n == 1 else b - 1
        rows.append([name] + [TICK if i == bb else BOX for i in range(5)] + [f if n == 1 else ''])
    table(d, rows, header_fill='E2EFDA', size=8)
    para(d, '2) Attendance', bold=True)
    table(d, [['Term', 'Attendance %', 'Notes'] ] + [[a, b, 'Two days illness' if a.startswith('Autumn') else ''] for a, b in v['att']]
          + [['This academic year', (v['att_year'] + '%') if v['att_year'] else '', '']], header_fill='E2EFDA', size=9)

    para(d, 'Section Five: How did I get on with my last next steps?', bold=True, size=12)
    table(d, [['Last next step (from previous EYPEP)', 'What happened']] + [list(p) for p in v['prev']], header_fill='EDEDED', size=9)

    para(d, 'Section Six: My next steps', bold=True, size=12)
    para(d, 'Next steps should be small, clear and agreed with the child where possible.', italic=True, size=8)
    for i, (area, txt, who, when) in enumerate(v['targets'], 1):
        para(d, f'Next step {i} of {len(v["targets"])}', bold=True)
        table(d, [['Area of learning', area], ['What I will learn', txt], ['Who will help me', who], ['By when', when]],
              bold_first_col=True, widths=[4.5, 12.5], size=9)

    para(d, 'Section Seven: Pupil Premium Plus (PP+)', bold=True, size=12)
    rows = [['Support to be funded', 'Next step no.', 'Cost £', 'Intended impact']] + [list(p) for p in v['pp']]
    rows.append(['Total requested this term', '', v['total'], ''])
    table(d, rows, header_fill='DDEBF7', size=9)

    para(d, 'Section Eight: Completion', bold=True, size=12)
    table(d, [['Designated person (teacher or practitioner)', 'Mrs A. Okafor' if n == 1 else 'Mr J. Amadi'],
              ['Date PEP completed', v['completed']],
              ['Date of next EYPEP', v['next']],
              ['Virtual School caseworker', 'Helen Brierley']], bold_first_col=True, size=9)
    ext = 'docx'
    d.save(os.path.join(out_dir, f'{STEM}-{n}.{ext}'))
    write_truth(out_dir, STEM, ext, INSP, QUIRKS, n=n, child_name=f"{v['first']} {v['sur']}", child_first_name=v['first'],
                school=v['school'], year_group=0, meeting_date=v['meeting'], completed_date=v['completed_iso'],
                attendance_percent=float(v['att_year']) if v['att_year'] else None, pupil_voice=v['voice_truth'],
                targets=[{'text': t[1], 'area': a} for t, a in zip(v['targets'], v['areas'])],
                english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': a, 'cost': b, 'target': c} for a, b, c in v['pp_truth']],
                pp_requested=float(v['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
