"""zZO01: EYFS PEP form with the term as a column (several PEPs share one Word form). DOCX."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZO import *

STEM = 'zZO01-eyfs-term-columns-about-me'
INSPIRED = 'real-forms.md entries 9, 14'
TERMS = ['Autumn term (PEP 1)', 'Spring term (PEP 2)', 'Summer term (PEP 3)']
ELGS = ['Listening, attention and understanding', 'Speaking', 'Self-regulation', 'Managing self',
        'Building relationships', 'Gross motor skills', 'Fine motor skills', 'Comprehension', 'Word reading',
        'Writing', 'Number', 'Numerical patterns']
BANDS = ['8-20', '16-26', '22-36', '30-50', '40-60+']
PROMPTS = ['I like playing with...', 'I am good at/enjoy...', 'My friends are...', 'I am happy when...',
           'I am sad when...']

CASES = {
    1: dict(
        name='Tilly-Mae Orchard', first='Tilly-Mae', birthday='14/03/2020', age=['5 years 7 months', '5 years 11 months', '6 years 3 months'],
        year='Reception', yg=0, school='Fernhollow Primary School and Nursery',
        dates=['08/10/2025', '04/02/2026', '17/06/2026'], meeting='2026-06-17',
        about=[
            ['the big blocks with Sam', 'the sand tray', 'I like playing with the train track and making tunnels.'],
            ['running', 'painting', 'I am good at counting the steps up to the slide.'],
            ['Sam', 'Sam and Ava', 'My friends are Ava and Kofi and Miss Reed.'],
            ['I see Nana', 'it is golden time', 'I am happy when I get a sticker for my reading book.'],
            ['I cant find my coat', 'Sam is off', 'I am sad when it is too loud in the hall.'],
        ],
        voice_idx=2,
        attendance=['96.1', '94.0', '95.4'], att=95.4,
        present=[[TICK, TICK, TICK], [TICK, TICK, TICK], [BOX, TICK, TICK], [TICK, BOX, TICK], [TICK, TICK, TICK]],
        prev=[('Tilly-Mae will say the sounds for 20 phonemes (Set 1 and Set 2).', 'Achieved - knows 24 sounds'),
              ('Tilly-Mae will count reliably to 10 objects.', 'Achieved'),
              ('Tilly-Mae will put on her own coat for outdoor play.', 'Partly achieved - needs help with zip')],
        targets=[
            ('Tilly-Mae will blend and read CVC words in her phonics book with 80% accuracy by the end of July.', 'Literacy'),
            ('Tilly-Mae will recall number bonds to 5 without using her fingers.', 'Mathematics'),
            ('Tilly-Mae will write her first name and surname with correctly formed letters.', 'Literacy'),
            ('Tilly-Mae will use a calm-down card to tell an adult when the hall is too noisy.', 'PSED'),
        ],
        eypp=[('1', 'Daily 10-minute phonics keep-up group with Mrs Okafor (TA), summer term', '320.00'),
              ('2', 'Numicon starter set for home and a shared home-learning bag', '85.00'),
              ('4', 'Ear defenders and visual timetable resources', '45.00')],
        eypp_total='450.00', pp=[(1, 320.0), (2, 85.0), (4, 45.0)], total=450.0,
        completed='24/06/2026', completed_iso='2026-06-24', next_pep='Autumn 2026 - transition to Year 1 (PEP 1)',
        dt='Mrs H. Penhaligon (Designated Teacher)', sw='Jordan Ellery', carer='Pat and Lou Garside',
    ),
    2: dict(
        name='Bobby Fairweather', first='Bobby', birthday='02/11/2021', age=['3 years 11 months', '4 years 3 months', ''],
        year='Nursery (FS1)', yg=-1, school='Little Wrens Pre-School',
        dates=['01/10/2025', '11/02/2026', ''], meeting='2026-02-11',
        about=[
            ['cars', '', ''], ['jumping', '', ''], ['Leo', '', ''], ['Mummy comes', '', ''], ['I fall over', '', ''],
        ],
        voice_idx=1,
        attendance=['88.0', '91.5', ''], att=91.5,
        present=[[BOX, BOX, BOX], [TICK, TICK, BOX], [TICK, TICK, BOX], [TICK, TICK, BOX], [TICK, BOX, BOX]],
        prev=[('Bobby will use 2-word phrases to ask for a snack.', 'Achieved'),
              ('Bobby will join in with 3 nursery rhymes at group time.', 'Not yet - rarely joins group time')],
        targets=[
            ('Bobby will join in with the actions and words of 3 familiar songs at carpet time.', 'Communication and language'),
            ('Bobby will recognise his own name card at self-registration.', 'Literacy'),
            ('Bobby will stay at the playdough table for 5 minutes with a friend.', 'PSED'),
        ],
        eypp=[('', 'Speech and language screening by a visiting therapist (WellTalk)', '150.00'),
              ('3', 'Key person time for 1:1 play sessions, 2 x 15 minutes a week', '210.00')],
        eypp_total='360.00', pp=[(None, 150.0), (3, 210.0)], total=360.0,
        completed='', completed_iso=None, next_pep='',
        dt='Ms R. Quaintance (Designated person - setting manager)', sw='Amira Holt', carer='Denise Crowther',
    ),
}


def build_one(out_dir, n):
    c = CASES[n]
    d = new_doc('Calibri', 10)
    header_footer(d, 'OFFICIAL - SENSITIVE   |   Brindlecombe Virtual School for Children in Care',
                  'EYFS PEP form v3.2 (2025-26)   ECS ref: ' + ('EY-40817' if n == 1 else 'EY-51290'))
    heading(d, 'Early Years Foundation Stage PEP form', 16)
    para(d, 'Please complete one column for each PEP meeting held this academic year. Keep the same form all year '
            'and send the whole form to the Virtual School after every meeting.', italic=True, size=8)
    rows = [['', TERMS[0], TERMS[1], TERMS[2]]]
    lab = ['My name', 'My birthday', 'My age', 'My year group', 'My school/setting', 'Date of my PEP meeting']
    for i, l in enumerate(lab):
        if l == 'My name':
            vals = [c['name'], c['name'] if c['dates'][1] else '', c['name'] if c['dates'][2] else '']
        elif l == 'My birthday':
            vals = [c['birthday'] if c['dates'][k] else '' for k in range(3)]
        elif l == 'My age':
            vals = c['age']
        elif l == 'My year group':
            vals = [c['year'] if c['dates'][k] else '' for k in range(3)]
        elif l == 'My school/setting':
            vals = [c['school'] if c['dates'][k] else '' for k in range(3)]
        else:
            vals = c['dates']
        rows.append([l] + vals)
    table(d, rows, widths=[4, 4.5, 4.5, 4.5], header_fill='C5E0B4', bold_first_col=True)
    d.add_paragraph()
    heading(d, 'Who came to my PEP meeting?', 11)
    ppl = [('Me', 'child'), ('My carer', c['carer']), ('My social worker', c['sw']),
           ('Designated person', c['dt']), ('Virtual School EY adviser', 'Gemma Stott')]
    rows = [['', 'Name', 'PEP 1', 'PEP 2', 'PEP 3']]
    for (r, nm), ticks in zip(ppl, c['present']):
        rows.append([r, nm] + ticks)
    table(d, rows, widths=[4, 6, 2, 2, 2], header_fill='E2EFD9', bold_first_col=True)

    d.add_paragraph()
    heading(d, 'About Me ……', 13)
    para(d, 'Ask me these in my own words. Write down exactly what I say. If I cannot talk about it yet, write what '
            'my key person has seen me do.', italic=True, size=8)
    rows = [['', 'PEP 1', 'PEP 2', 'PEP 3']]
    for p, ans in zip(PROMPTS, c['about']):
        rows.append([p] + ans)
    table(d, rows, widths=[4, 4.5, 4.5, 4.5], header_fill='FFE699', bold_first_col=True)
    d.add_paragraph()
    para(d, 'My carer says: ' + ('She has loved the class trip to the farm and talks about it every night. '
                                  'She still gets upset at drop-off on Mondays.' if n == 1 else
                                  'Bobby is sleeping better now and likes his new bedroom.'), size=9)

    d.add_page_break()
    heading(d, '(DT to complete before the PEP) 1) Development assessment information:', 12)
    para(d, 'For each early learning goal (ELG), please tick which development band is most applicable. For children '
            'transferring from Reception to Y1, please fill in the final ELGs column in addition using 1 for '
            'Emerging, 2 for Expected or 3 for exceeding.', size=8, italic=True)
    rows = [['Development bands (months)'] + BANDS + ['Final ELG (1/2/3)']]
    lvl = 4 if n == 1 else 2
    for i, e in enumerate(ELGS):
        band = max(0, min(4, lvl - (i % 3 == 1)))
        ticks = [TICK if k == band else BOX for k in range(5)]
        fin = ('2' if i % 4 else '1') if n == 1 else ''
        rows.append([e] + ticks + [fin])
    table(d, rows, widths=[5.5, 1.6, 1.6, 1.6, 1.6, 1.6, 2.5], header_fill='D9D9D9', bold_first_col=True)
    d.add_paragraph()
    heading(d, '2) Attendance at my setting', 12)
    table(d, [['', 'PEP 1', 'PEP 2', 'PEP 3'],
              ['Attendance % (year to date)'] + c['attendance'],
              ['Sessions funded per week', '15 hours' if n == 2 else '30 hours', '15 hours' if n == 2 else '30 hours',
               '' if n == 2 else '30 hours']],
          widths=[5, 4, 4, 4], header_fill='E2EFD9', bold_first_col=True)
    d.add_paragraph()
    cur = TERMS[2] if n == 1 else TERMS[1]
    prevt = TERMS[1] if n == 1 else TERMS[0]
    heading(d, f'3) How did I get on with my next steps from {prevt}?', 12)
    rows = [['Next step set last time', 'How did it go?']] + [list(x) for x in c['prev']]
    table(d, rows, widths=[11, 6], header_fill='D9D9D9')
    d.add_paragraph()
    heading(d, f'4) My next steps - {cur}', 12)
    para(d, 'No more than 4. Link each one to an area of learning. The EYPP below must pay for these.', size=8, italic=True)
    rows = [['No.', 'My next step', 'Area of learning', 'Who will help me?']]
    helpers = ['Key person / TA', 'Class teacher', 'Carer at home', 'Key person']
    for i, (t, a) in enumerate(c['targets'], 1):
        rows.append([str(i), t, a, helpers[i - 1]])
    table(d, rows, widths=[1.2, 10, 3.3, 3], header_fill='C5E0B4')
    d.add_paragraph()
    heading(d, '5) Early Years Pupil Premium (EYPP)', 12)
    rows = [['Next step no.', 'What will the EYPP be spent on?', 'Cost £']]
    for no, desc, cost in c['eypp']:
        rows.append([no, desc, cost])
    rows.append(['', 'Total EYPP requested this term', c['eypp_total']])
    table(d, rows, widths=[2.3, 12, 3], header_fill='FFE699')
    d.add_paragraph()
    heading(d, '6) Sign off', 12)
    table(d, [['Designated person', c['dt']],
              ['Date PEP completed', c['completed']],
              ['Date of next PEP', c['next_pep']],
              ['Sent to Virtual School', (TICK if n == 1 else BOX) + ' Yes   ' + (BOX if n == 1 else TICK) + ' Not yet']],
          widths=[5, 12], bold_first_col=True, fill_first_col='F2F2F2')
    fn = f'{STEM}-{n}.docx'
    d.save(os.path.join(out_dir, fn))
    vi = c['voice_idx']
    voice = [a[vi] for a in c['about'] if a[vi]]
    quirks = ['term is a column: up to three PEPs on one form (read the latest filled column)',
              'first-person cover labels (My name, My birthday, My school/setting)',
              'About Me answers per term column; older terms are distractors',
              'ELG x development band tick grid with 1/2/3 final ELG codes',
              'attendance is year-to-date per column']
    if n == 2:
        quirks += ['current term (PEP 2) About Me column left blank while PEP 1 column is filled',
                   'no maths next step', 'one EYPP line has no next-step number', 'no completion date; not yet sent',
                   'nursery child (FS1)']
    write_truth(out_dir, f'{STEM}-{n}', 'docx', INSPIRED, quirks,
                child_name=c['name'], child_first_name=c['first'], school=c['school'], year_group=c['yg'],
                meeting_date=c['meeting'], completed_date=c['completed_iso'], attendance_percent=c['att'],
                pupil_voice=voice,
                targets=[{'text': t, 'area': a} for t, a in c['targets']],
                english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': desc, 'cost': cost, 'target': tg}
                          for (no, desc, _), (tg, cost) in zip(c['eypp'], c['pp'])],
                pp_requested=c['total'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
