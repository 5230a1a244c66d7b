"""zZF01: early-years 0-4 PEP booklet with sentence labels ("My name is ..."), age in months,
procedure-flow page before the fields, stray working note in the header (inspired by real-forms entry 4)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZF import *

LAYOUT = 'zZF01-kindhands-sentence-ey'

KIDS = {
    1: dict(name='Isla-Rose Penhallow', first='Isla-Rose', months=31, setting='Little Acorns Day Nursery',
            meeting='14/10/2026', meeting_iso='2026-10-14', done='21/10/2026', done_iso='2026-10-21',
            last='12/05/2026', nxt='February 2027', sessions='30 hours (Mon-Fri 8.30-2.30)', att='attended 94% of offered sessions since September',
            att_v=94.0,
            voice=['I like the sandpit and the big red bike.', 'I am happy when Nana Jo picks me up.',
                   'I am sad when the other children take my dinosaur.'],
            carer='Isla-Rose has settled well and talks about "Miss Fern" at home every evening.',
            prev=[('To join in with the rhyme circle for 5 minutes', 'Achieved - now joins in for the whole circle'),
                  ('To use a spoon independently at lunch', 'Partly - still needs adult prompting')],
            targets=[('Isla-Rose will use two-word phrases to ask for help or a toy by the end of the spring term', 'Communication and Language', 'Keyworker to model phrases at snack time daily'),
                     ('Isla-Rose will recognise and point to her own name card at self-registration by February half-term', 'Literacy', 'Name card games in small group, 3 x weekly'),
                     ('Isla-Rose will count up to 5 objects accurately during play by the next PEP', 'Mathematics', 'Counting songs and number basket sessions'),
                     ('Isla-Rose will share a toy with a peer with adult support during free-flow', 'Personal, Social and Emotional Development', 'Turn-taking games with keyworker')],
            eypp=[('Speech and language group (Chatterbox) 1 term', '120.00', '1'),
                  ('Name and phonics resource pack for home and setting', '45.00', '2'),
                  ('Number basket and counting resources', '37.50', '3')],
            total='202.50'),
    2: dict(name='Kian Trevelyan', first='Kian', months=40, setting='Sunnybank Pre-School',
            meeting='3rd November 2026', meeting_iso='2026-11-03', done='', done_iso=None,
            last='07/06/2026', nxt='', sessions='15 hours (Tue, Wed, Thu mornings)', att='', att_v=None,
            voice=[],
            carer='Kian enjoys being outside and has started to sleep better since moving to us in July.',
            prev=[('To settle at drop-off within 10 minutes', 'Achieved')],
            targets=[('Kian will listen to a short story in a small group and answer one simple question about it by Easter', 'Communication and Language', 'Story sack sessions twice weekly'),
                     ('Kian will make marks and give meaning to them when drawing, by the next PEP', 'Literacy', 'Mark-making table each morning'),
                     ('Kian will tell an adult when he feels cross, using the feelings fan', 'Personal, Social and Emotional Development', 'Feelings fan used at key times')],
            eypp=[('Story sack library subscription for the room', '60.00', '1'),
                  ('Outdoor den-building kit for the garden', '85.00', None)],
            total='145.00'),
}


def make(out_dir, n):
    k = KIDS[n]
    fn = f'{LAYOUT}-{n}.docx'
    d = new_doc('Calibri', 11)
    hf(d, header='NUI - FAO the Nursery manager - 20 pages', footer='Early Years Personal Education Plan 2026-2027   |   OFFICIAL-SENSITIVE when completed')
    para(d, '0-4 Years Personal Education Plan 2026-2027', bold=True, size=20, align='c')
    para(d, 'Thornbury Vale Virtual School for Children in Care', italic=True, align='c')
    d.add_paragraph()
    para(d, f'My name is {k["name"]}', size=16)
    para(d, f'I am {k["months"]} months old', size=16)
    para(d, f'My setting is {k["setting"]}', size=16)
    para(d, 'This is a photo of me (Please refer to your setting\'s policy on the use of photographs)', size=12)
    table(d, [['[ photo ]\n\n\n\n']], widths=[8])
    d.add_page_break()
    para(d, 'PEP Procedure for pre-school children in a nursery or non-school setting (0-4 year olds)', bold=True, size=13)
    for s in ['1. Arranging the Meeting - Is the child new into care? YES - PEP meeting should take place within 10 days of '
              'the child becoming looked after, for all children over the age of 12 months. NO - the PEP is reviewed every '
              'term (Autumn, Spring and Summer).',
              '2. The social worker invites the carer, the keyworker and the setting manager. The Virtual School Early Years '
              'Adviser may attend the first meeting.',
              '3. The keyworker completes the development summary before the meeting, using the setting\'s own tracking.',
              '4. Targets should be small steps. The EYPP request is agreed at the meeting and must link to a target.',
              '5. The setting returns the completed PEP to the Virtual School within 10 working days of the meeting.']:
        para(d, s)
    para(d, 'If the child is under 12 months old a PEP is not required, but the health visitor should be consulted.', italic=True, size=9)
    d.add_page_break()
    para(d, 'About this PEP', bold=True, size=14)
    table(d, [['Date of this PEP meeting', k['meeting'], 'Date of last PEP', k['last']],
              ['Hours / sessions attended', k['sessions'], 'Early Years Setting Unique Ref', 'EY' + str(516200 + n * 37)],
              ['Child\'s LCS number', str(8810340 + n * 11), 'Legal status', 'S20' if n == 2 else 'Interim Care Order']],
          widths=[4.5, 4.5, 4, 4])
    para(d, 'Who came to my PEP meeting', bold=True)
    table(d, [['Who', 'Name', 'Came', 'Sent apologies'],
              ['Keyworker', 'Fern Waddell' if n == 1 else 'Lola Brannigan', TICK, BOX],
              ['Setting manager (Designated person)', 'Amira Costello' if n == 1 else 'Denise Pollard', TICK, BOX],
              ['Social worker', 'Tom Heskett' if n == 1 else 'Precious Adeyemi', TICK, BOX],
              ['Carer', 'Jo Tremaine (kinship carer)' if n == 1 else 'Mr and Mrs Olafsson (foster carers)', TICK, BOX],
              ['VS Early Years Adviser', 'Gwen Harker', BOX, TICK]], header=True, widths=[5, 6, 2.5, 3])
    para(d, 'How often I come to my setting', bold=True)
    table(d, [['Attendance this year (sessions offered / attended, any concerns)', k['att']]], widths=[7, 10])
    para(d, 'All about me - what I like and what I want you to know', bold=True)
    para(d, 'Use the child\'s own words where possible; keyworker can scribe. Include what makes me happy and sad.', italic=True, size=9)
    table(d, [['My words:\n' + '\n'.join(k['voice'])]], widths=[17])
    para(d, 'What my carer says about me', bold=True)
    table(d, [[k['carer']]], widths=[17])
    para(d, 'How I am doing (keyworker summary)', bold=True)
    table(d, [['Prime area', 'Age band (months)', 'Comment'],
              ['Communication and Language', '22-36', 'Uses single words and some short phrases.'],
              ['Physical Development', '30-50' if n == 2 else '22-36', 'Confident on climbing frame.'],
              ['Personal, Social and Emotional', '22-36', 'Seeks out keyworker when unsettled.']], header=True, widths=[5, 3, 9])
    para(d, 'Did I reach my last targets?', bold=True)
    table(d, [['Last target', 'What happened']] + [list(p) for p in k['prev']], header=True, widths=[9, 8])
    d.add_page_break()
    para(d, 'My next steps (new targets from this meeting)', bold=True, size=13)
    rows = [['No.', 'What I will learn next', 'Area of learning', 'How the adults will help me']]
    for i, (t, a, h) in enumerate(k['targets'], 1):
        rows.append([f'({i})', t, a, h])
    table(d, rows, header=True, widths=[1.2, 8, 3.5, 4.5])
    para(d, 'Early Years Pupil Premium (EYPP) - how it will help me', bold=True)
    rows = [['What the money is for', 'Cost £', 'Links to next step no.']]
    for desc, cost, tgt in k['eypp']:
        rows.append([desc, cost, tgt or ''])
    rows.append(['Total EYPP requested this term', k['total'], ''])
    table(d, rows, header=True, widths=[10, 3, 4])
    para(d, 'Sign-off', bold=True)
    table(d, [['Completed by (setting manager / designated person)', 'Amira Costello' if n == 1 else 'Denise Pollard'],
              ['Date PEP completed', k['done']],
              ['Date of next PEP meeting', k['nxt']]], widths=[8, 9])
    d.save(os.path.join(out_dir, fn))

    tg = [{'text': t, 'area': a} for t, a, h in k['targets']]
    write_truth(out_dir, fn, {
        'layout': LAYOUT, 'inspired_by': 'real-forms.md entry 4',
        'quirks': ['sentence labels on the cover ("My name is ...")', 'age in months, no DOB or year', 'procedure-flow page before the fields',
                   'stray working note in the header', 'EY areas of learning as target areas'],
        'child_name': k['name'], 'child_first_name': k['first'], 'school': k['setting'], 'year_group': -1,
        'meeting_date': k['meeting_iso'], 'completed_date': k['done_iso'], 'attendance_percent': k['att_v'],
        'pupil_voice': k['voice'], 'targets': tg,
        'english_target': True, 'maths_target': any(a == 'Mathematics' for a in [x[1] for x in k['targets']]),
        'pp_spend': [{'description': d_, 'cost': float(c), 'target': int(t) if t else None} for d_, c, t in k['eypp']],
        'pp_requested': float(k['total'])})


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1); make(out_dir, 2)


if __name__ == '__main__':
    build(sys.argv[1])
