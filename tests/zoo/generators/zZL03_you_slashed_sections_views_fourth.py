"""zZL03: school-age PEP written to the young person as 'you' (entry 23), with the sectioning of the Norfolk paper PEP
(entry 12): slash-joined Section 2 heading, Section 3 Priorities and Targets, Young Person's View (Section 4) with
'my actions will be' and signature, then a Summative Record with terms as columns."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZL import *

STEM = 'zZL03-you-slashed-sections-views-fourth'
INSPIRED = 'real-forms.md entries 12, 23'
QUIRKS = ['whole plan written to the child as "you"', 'Section 2 heading strings sub-topics together with slashes',
          'child\'s views come fourth (Section 4), with "My actions will be" and signature',
          'priorities as prose paragraphs numbered (i), (ii), (iii); PP+ linked by roman numeral',
          'attendance inside a sentence', 'three parts: pre-meeting data collection / planning meeting / final document',
          'Summative Record transposed, terms as columns (older terms are distractors)']

ROMAN = ['(i)', '(ii)', '(iii)', '(iv)']

CASES = {
    1: dict(name='Ellis Varndell', first='Ellis', school='Thornmere High School', year='9', yg=9,
            dob='14/02/2012', pre='21/09/2026', meet='Wednesday 30 September 2026', iso='2026-09-30',
            final='07/10/2026', finaliso='2026-10-07', nextm='Tuesday 2 February 2027',
            dt='Mr Rhys Cadogan', sw='Ms Bethan Lowrie', vs='Mrs Alison Threlkeld', carer='Mr and Mrs Okafor',
            att='96.2', attv=96.2,
            care='You have lived with Mr and Mrs Okafor since March 2024. You see your mum every other Saturday at the family centre.',
            homework='You do homework at the kitchen table after tea; Mr Okafor checks your planner on Sunday nights.',
            transfer='Not applicable this year.',
            y9='You will choose your GCSE options by 12 February 2027. You are interested in drama, computer science and geography. A careers interview has been booked for 18 November 2026.',
            prio=[('English', 'You will write a persuasive speech of about 600 words for the Year 9 debating unit, using at least three rhetorical devices, and perform it to your class by December 2026.'),
                  ('Maths', 'You will complete the algebra catch-up programme on Sparx for 30 minutes three times a week and move from step 14 to step 20 by the February PEP.'),
                  ('Options', 'You will go to the options evening with Mr Okafor and talk to the drama and computer science teachers before choosing.')],
            pp=[('Drama workshop with a visiting theatre company (speech and performance skills)', 0, '150.00', 150.0),
                ('Maths tutor, 10 one-hour sessions after school', 1, '400.00', 400.0),
                ('Taster session at Marshfield Youth Theatre', 2, '45.00', 45.0)],
            total='595.00', totalv=595.0,
            voice=['I like drama the most because I can be someone else for a bit.',
                   'Algebra makes no sense to me and I panic in tests.',
                   'I want to do computer science but I am not sure I am clever enough.'],
            actions='I will do my Sparx three times a week and I will ask Miss for help instead of pretending I get it.',
            sig='E. Varndell',
            summ=[('Attendance %', '89.0', '91.5', '93.0', '96.2'),
                  ('English (working at)', '4-', '4-', '4', '4'),
                  ('Maths (working at)', '3', '3+', '3+', '3+'),
                  ('Science (working at)', '4', '4', '4+', '4+'),
                  ('Exclusions (days)', '1', '0', '0', '0')],
            terms=('Autumn 2025', 'Spring 2026', 'Summer 2026', 'Autumn 2026 (this PEP)')),
    2: dict(name='Maisie Culverhouse', first='Maisie', school='St Aidan Catholic Academy', year='7', yg=7,
            dob='03/06/2015', pre='', meet='Thursday 8 October 2026', iso='2026-10-08',
            final='', finaliso=None, nextm='to be arranged',
            dt='Mrs Frances Ibbotson', sw='Mr Callum Westray', vs='Mrs Alison Threlkeld', carer='Ms Donna Sheard',
            att='', attv=None,
            care='You moved to live with Donna in July 2026. Contact with your brother Kian is every Wednesday after school.',
            homework='You said you would like a quiet place to do homework; Donna is sorting a desk for your room.',
            transfer='You started at St Aidan in September 2026. Your primary school (Hollins Lane Primary) sent your records and your SATs results: reading 98, maths 94.',
            y9='Not applicable.',
            prio=[('Reading', 'You will read your library book for 20 minutes every night and take an Accelerated Reader quiz each time you finish a book, scoring 80% or more on three quizzes by Christmas.'),
                  ('Friendships', 'You will join the lunchtime Eco Club so that you get to know more people in Year 7.'),
                  ('Organisation', 'You will use your colour-coded timetable to pack your bag the night before and have the right kit for PE every week.')],
            pp=[('Accelerated Reader books and a reading journal', 0, '60.00', 60.0),
                ('School trip to the Marshfield outdoor centre (Year 7 bonding residential)', None, '210.00', 210.0),
                ('Planner, pencil case and PE kit', 2, '75.00', 75.0)],
            total='345.00', totalv=345.0,
            voice=[], actions='', sig='',
            summ=[('Attendance %', '97.2 (primary)', '95.0 (primary)', '94.1 (primary)', ''),
                  ('English (working at)', 'EXS', 'EXS', 'EXS', 'not yet assessed'),
                  ('Maths (working at)', 'WTS', 'WTS', 'WTS', 'not yet assessed'),
                  ('Exclusions (days)', '0', '0', '0', '0')],
            terms=('Autumn 2025 (Y6)', 'Spring 2026 (Y6)', 'Summer 2026 (Y6)', 'Autumn 2026 (this PEP)')),
}


def build_one(out_dir, n):
    c = CASES[n]
    d = new_doc('Arial', 10)
    header_footer(d, 'Marshfield County Council \u2013 Virtual School for Children in Care \u2013 PERSONAL EDUCATION PLAN',
                  'PEP/SA/2026.1   All information about your PEP is kept electronically.   Ref: VS-' +
                  ('40718' if n == 1 else '41230'))
    heading(d, f'Your Personal Education Plan \u2013 {c["name"]}', 16)
    para(d, 'This plan is written to you. Everyone who writes in it, including your teachers and social worker, '
            'writes to you as "you". It is made in three parts: pre-meeting data collection (by your designated '
            'teacher, at least a week before the meeting), a planning meeting, and a final document.', size=9, italic=True)
    table(d, [['Part', 'Date'],
              ['1. Pre-meeting data collection submitted', c['pre']],
              ['2. Planning meeting held on', c['meet']],
              ['3. Final document agreed and signed off by the designated teacher', c['final']]],
          widths=[11, 6], header=True, fill='DEEAF6')

    heading(d, 'Section 1 of the PEP - Personal Information/Care Arrangements')
    para(d, '(completed by your social worker)', size=8, italic=True)
    table(d, [['Your name', c['name']], ['Your date of birth', c['dob']], ['Your school', c['school']],
              ['Your year group', c['year']], ['Your social worker', c['sw']], ['Your carer(s)', c['carer']],
              ['Your care arrangements', c['care']]], widths=[5, 12], bold_first_col=True, fill='F2F2F2')

    heading(d, 'Section 2 of the PEP - Education Information/Homework Arrangements/Secondary Transfer as '
               'appropriate/Year 9 Specific Tasks/Year 10 if retrospective')
    para(d, '(completed by your designated teacher or head teacher)', size=8, italic=True)
    att_sentence = (f'Your attendance this year so far is {c["att"]}%.' if c['att'] else
                    'Your attendance this year so far is ______%.')
    para(d, 'Education information: ' + att_sentence + ' You have had no exclusions this year.')
    para(d, 'Homework arrangements: ' + c['homework'])
    para(d, 'Secondary transfer: ' + c['transfer'])
    para(d, 'Year 9 specific tasks: ' + c['y9'])
    para(d, 'Year 10 if retrospective: n/a')

    heading(d, 'Section 3 of the PEP - Priorities and Targets')
    para(d, 'Agreed with you at the planning meeting. Your earlier targets were reviewed first (see the note below).',
         size=8, italic=True)
    for i, (area, tx) in enumerate(c['prio']):
        p = d.add_paragraph()
        r = p.add_run(f'Priority {ROMAN[i]} \u2013 {area}. ')
        r.bold = True
        p.add_run(tx)
    para(d, 'Review of last term\'s targets: ' + (
        'You met your target to bring the right equipment every day. You partly met your reading target (you read '
        'most nights but did not keep the log). You did not yet meet your times-tables target, so it has been broken '
        'down into the algebra steps above.' if n == 1 else
        'This is your first PEP at St Aidan. Your Year 6 targets were passed on by Hollins Lane Primary and have been '
        'closed.'), size=9)
    heading(d, 'Pupil Premium Plus \u2013 how it will support your priorities', 11)
    rows = [['Support', 'Priority', 'Cost']]
    for desc, pi, cost, _ in c['pp']:
        rows.append([desc, ROMAN[pi] if pi is not None else '', '\u00a3' + cost])
    rows.append(['Total requested this term', '', '\u00a3' + c['total']])
    table(d, rows, widths=[11, 2.5, 3.5], header=True, fill='E2EFD9')

    heading(d, 'Young Person\'s View (Section 4)')
    para(d, 'This page was sent to you before the meeting. Tell us what you think about school, then write what '
            'your actions will be and sign it.', size=8, italic=True)
    prompts = ['What is going well for me at school', 'What is hard for me', 'What I want to happen next']
    rows = [[pr, (c['voice'][i] if c['voice'] else '')] for i, pr in enumerate(prompts)]
    rows.append(['My actions will be', c['actions']])
    rows.append(['Signed (young person)', c['sig']])
    table(d, rows, widths=[5.5, 11.5], bold_first_col=True, fill='FFF2CC')
    para(d, 'Your carer\'s view: ' + ('Ellis is more settled and talks about drama all the time.' if n == 1 else
                                     'Maisie is tired after school but is making friends.'), size=9)
    para(d, 'Your designated teacher\'s view: ' + ('You are polite and you try hard in most lessons.' if n == 1 else
                                                  'You have settled well into your tutor group.'), size=9)

    heading(d, 'Summative Record')
    para(d, '(filled in from school records)', size=8, italic=True)
    rows = [['', *c['terms']]] + [list(r) for r in c['summ']]
    table(d, rows, widths=[4.4, 3.1, 3.1, 3.1, 3.3], header=True, fill='D9D9D9', bold_first_col=False)

    heading(d, 'Sign-off', 11)
    table(d, [['Designated teacher', c['dt'] + ('   signed' if c['final'] else '')],
              ['Date final document agreed', c['final']],
              ['Virtual School caseworker', c['vs']],
              ['Your next PEP meeting', c['nextm']]], widths=[6, 11], bold_first_col=True, fill='F2F2F2')
    stem = f'{STEM}-{n}'
    d.save(os.path.join(out_dir, stem + '.docx'))
    write_truth(out_dir, stem, 'docx', INSPIRED, QUIRKS + ([] if n == 1 else
                ['-2: Section 4 views blank and unsigned, attendance blank in the sentence, no maths priority, '
                 'residential PP+ line has no priority, no final-document date']),
                child_name=c['name'], child_first_name=c['first'], school=c['school'], year_group=c['yg'],
                meeting_date=c['iso'], completed_date=c['finaliso'], attendance_percent=c['attv'],
                pupil_voice=list(c['voice']) + ([c['actions']] if c['actions'] else []),
                targets=[{'text': tx, 'area': ar} for ar, tx in c['prio']],
                english_target=True, maths_target=any(ar == 'Maths' for ar, _ in c['prio']),
                pp_spend=[{'description': ds, 'cost': cv, 'target': (pi + 1 if pi is not None else None)}
                          for ds, pi, _, cv in c['pp']],
                pp_requested=c['totalv'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
