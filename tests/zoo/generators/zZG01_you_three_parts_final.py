"""zZG01: second-person PEP ('you') in three parts: pre-meeting data, planning meeting, final document (DOCX).
Inspired by real-forms.md entry 23 (West Berkshire), with 30 (views gathered before)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZG import *

STEM = 'zZG01-you-three-parts-final'
INSP = 'real-forms.md entries 23, 30'
QUIRKS = ['whole PEP written to the child in the second person ("You are in Year ...")',
          'three parts: pre-meeting data collection, planning meeting, final document',
          'DT pre-meeting submission date and final-document date are different from the meeting date',
          'targets lettered A, B, C; PP+ linked by letter']

V = {
 1: dict(first='Kieran', sur='Oyelaran-Webb', dob='14/03/2012', year=9, school='Ridgeway Down Academy',
         pre='02/10/2026', meet='9 October 2026', meet_iso='2026-10-09', final='22 October 2026', final_iso='2026-10-22',
         last='24/04/2026', nextp='Week beginning 1 February 2027', att='93.4', att_last='89.0',
         voice=['I am proud that I got into the school football team this year.',
                'Science is hard for me because there is a lot of writing off the board.',
                'I want to work with animals when I leave school, maybe as a vet nurse.'],
         carer='Kieran is much more settled at home and does his homework at the kitchen table most nights.',
         prev=[('A', 'You will bring your planner to every lesson.', 'Achieved - you have done this all summer term.'),
               ('B', 'You will read for 15 minutes four evenings a week.', 'Partly achieved - three evenings most weeks.'),
               ('C', 'You will learn your 6, 7 and 8 times tables.', 'Achieved.')],
         targets=[('A', 'English', 'By February half-term you will plan and write a four-paragraph persuasive letter using the PEEL structure, scoring at least a 5 on the department mark scheme.'),
                  ('B', 'Maths', 'You will be able to solve two-step linear equations with 8 out of 10 correct in your end of unit test in January.'),
                  ('C', 'Science', 'You will use the printed lesson notes to complete your science book so that 90% of lessons have a full write-up by Christmas.'),
                  ('D', 'Wellbeing', 'You will go to the Tuesday lunchtime Animal Care club at least three times each half term.')],
         pp=[('Small-group writing intervention with Mrs Dallow, 2 x 30 minutes a week for 10 weeks', '450.00', 'A'),
             ('Maths tutor (1:1 online), 12 sessions', '360.00', 'B'),
             ('Printed notes and a reading pen for science lessons', '95.00', 'C')],
         total='905.00'),
 2: dict(first='Tia-Marie', sur='Haldane', dob='30/08/2014', year=7, school='Kennet Vale School',
         pre='11/11/2026', meet='18 November 2026', meet_iso='2026-11-18', final='', final_iso=None,
         last='03/07/2026', nextp='To be arranged', att='', att_last='',
         voice=[],
         carer='Tia-Marie has found the move to secondary school tiring and goes to bed early.',
         prev=[('A', 'You will join in with phonics group every day.', 'Achieved.'),
               ('B', 'You will tell an adult when you feel upset at playtime.', 'Partly achieved.')],
         targets=[('A', 'Reading', 'You will read your reading-scheme book aloud to your form tutor twice a week and move up one book band by the spring PEP.'),
                  ('B', 'Friendships', 'You will use the Year 7 buddy room at lunchtime and name two friends you can sit with by Christmas.'),
                  ('C', 'Organisation', 'You will pack your school bag the night before using the picture checklist your carer made.')],
         pp=[('Reading recovery sessions with the literacy HLTA, 3 x 20 minutes a week', '300.00', 'A'),
             ('Year 7 residential trip to Wilderness Woods (contribution)', '120.00', '')],
         total='420.00'),
}


def build_one(out_dir, n):
    v = V[n]
    d = new_doc('Calibri', 10.5)
    header_footer(d, 'Virtual School for Children in Care  |  Your Personal Education Plan  |  OFFICIAL-SENSITIVE',
                  f'PEP ref VS/{26000 + n * 137}  -  Final document  -  printed from ePEP')
    heading(d, 'Your Personal Education Plan (PEP)', 18)
    para(d, 'This plan is written to you. Everyone who contributes writes to you, using "you", so that you can read '
            'what we have agreed and why.', italic=True, size=9)
    heading(d, 'About you', 12)
    table(d, [
        ['You are called', f"{v['first']} {v['sur']}"],
        ['Your date of birth', v['dob']],
        ['You are in', f"Year {v['year']}"],
        ['Your school', v['school']],
        ['You live with', 'your foster carers (independent fostering agency)'],
        ['Your social worker', 'Ms R. Penhallow' if n == 1 else 'Mr J. Aderin'],
    ], widths=[5, 11])
    heading(d, 'Part 1 - Pre-meeting data collection', 13)
    para(d, 'Your designated teacher sends this part to the Virtual School at least a week before your meeting.', size=9, italic=True)
    table(d, [
        ['Submitted by your designated teacher on', v['pre']],
        ['Your attendance this school year (%)', v['att']],
        ['Your attendance last year (%)', v['att_last']],
        ['Any exclusions this year', 'None'],
        ['Do you have an EHC plan?', f'{BOX} Yes   {TICK} No   {BOX} Being assessed' if n == 1 else f'{BOX} Yes   {BOX} No   {TICK} SEN support'],
    ], widths=[8, 8])
    para(d, '')
    table(d, [['Subject', 'Where you were in July', 'Where you are now', 'Where we expect you to be in July'],
              ['English', '4-', '4', '5-'] if n == 1 else ['English', 'Working towards', 'Developing', 'Secure'],
              ['Maths', '4', '4+', '5'] if n == 1 else ['Maths', 'Expected', 'Developing', 'Secure'],
              ['Science', '3+', '3+', '4']], head=True, fill='D9E2F3')
    heading(d, 'Part 2 - Your planning meeting', 13)
    table(d, [['Date of your meeting', v['meet']], ['Your last PEP was on', v['last']],
              ['Where it was held', 'at school, in the library meeting room']], widths=[6, 10])
    para(d, '')
    table(d, [['Who came to your meeting', 'Their role', 'Came?'],
              [v['first'], 'You', TICK],
              ['Mrs P. Corbishley', 'Designated Teacher', TICK],
              ['Ms R. Penhallow' if n == 1 else 'Mr J. Aderin', 'Social Worker', TICK],
              ['Mr and Mrs Lusk', 'Foster carers', TICK],
              ['Dr S. Faraday', 'Virtual School Education Adviser', TICK if n == 1 else BOX]], head=True, fill='D9E2F3')
    heading(d, 'What you told us', 12)
    para(d, 'You filled in your views booklet before the meeting. Here is what you wrote, in your words:', size=9, italic=True)
    t = table(d, [['\n'.join(v['voice'])]], widths=[16])
    para(d, '')
    table(d, [['What your carers said', v['carer']],
              ['What your teachers said', 'Staff say you are polite and try hard, especially in PE and practical lessons.']], widths=[5, 11])
    heading(d, 'How you did with your last targets', 12)
    table(d, [['', 'Your last target', 'How it went']] + [list(r) for r in v['prev']], head=True, fill='EDEDED')
    heading(d, 'Part 3 - Final document: your new targets', 13)
    para(d, 'These are the targets agreed at your meeting. Each one says what you will do and by when.', size=9, italic=True)
    table(d, [['', 'Area', 'Your target', 'Who will help you']] +
          [[a, ar, tx, 'Designated Teacher and subject staff'] for a, ar, tx in v['targets']], head=True, fill='D9E2F3',
          widths=[1, 2.5, 9.5, 3])
    heading(d, 'How your Pupil Premium Plus will be spent', 12)
    rows = [['What will be bought or provided', 'Cost (£)', 'Helps with your target']]
    rows += [[a, b, c] for a, b, c in v['pp']]
    rows += [['Total requested from the Virtual School', v['total'], '']]
    table(d, rows, head=True, fill='FFF2CC', widths=[10, 3, 3])
    heading(d, 'Signing off your plan', 12)
    table(d, [['Designated teacher', 'Mrs P. Corbishley'],
              ['Final document checked and issued to you on', v['final']],
              ['Status', f'{TICK} Final  {BOX} Draft' if n == 1 else f'{BOX} Final  {TICK} Draft'],
              ['Your next PEP', v['nextp']]], widths=[8, 8])
    path = os.path.join(out_dir, f'{STEM}-{n}.docx')
    d.save(path)
    T = lambda i: 'ABCD'.index(i) + 1 if i else None
    write_truth(out_dir, STEM, 'docx', INSP, QUIRKS + (['-2: voice box empty, attendance blank, no maths target, trip line not linked, no final date'] if n == 2 else []),
                n=n, child_name=f"{v['first']} {v['sur']}", child_first_name=v['first'], school=v['school'],
                year_group=v['year'], meeting_date=v['meet_iso'], completed_date=v['final_iso'],
                attendance_percent=float(v['att']) if v['att'] else None, pupil_voice=v['voice'],
                targets=[{'text': tx, 'area': ar} for a, ar, tx in v['targets']],
                english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': a, 'cost': float(b), 'target': T(c)} for a, b, c in v['pp']],
                pp_requested=float(v['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
