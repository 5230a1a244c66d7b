"""zZ01: early-years 0-4 PEP in Word, sentence labels on the cover ("My name is ..."), age in months,
a procedure flow page before the fields, a working note left in the header, one table per next step,
EYPP lines linked to a next step number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Z import *

LAYOUT = 'zZ01-ey-months-sentence-procedure'
INSPIRED = 'real-forms.md entries 4, 30'
QUIRKS = ['sentence labels on the cover ("My name is ...", "My setting is ...")', 'age in months, no DOB or year',
          'procedure flow page before the fields', 'stray working note in the header',
          'one table per next step', 'previous next steps reviewed before the new ones',
          'carer and key person views beside the child\'s']

DATA = {
    1: dict(
        first='Amara', last='Oyelaran', months=31, setting='Little Acorns Day Nursery',
        setting_addr='Brackley Fold, Wetherden', meeting='17 September 2026', meeting_iso='2026-09-17',
        last_pep='14 May 2026', next_pep='week beginning 11 January 2027',
        sessions='I come to nursery on Monday, Tuesday and Thursday (15 funded hours, term time).',
        att='Since September I have come to 92% of my booked sessions. Two sessions missed for a contact visit '
            'that was moved.', att_val=92.0,
        voice=['I like the big red bike outside.', 'Me do it by myself!', 'I don\'t like the loud hand dryer.'],
        voice_note='Written down by my key person, Priya, during free play over two weeks.',
        carer='Amara is sleeping better and now asks for "Acorns" at weekends. She still clings at drop-off '
              'on Mondays.',
        keyperson='Amara is most settled outdoors. She uses 2-3 word phrases and is beginning to join in '
                  'with songs at circle time.',
        prev=[('Amara will say the names of 5 familiar people and objects', 'Achieved - uses 20+ words'),
              ('Amara will use a spoon to feed herself at lunch', 'Mostly - needs help at the end of a meal')],
        targets=[
            ('Communication and Language',
             'Amara will use 3-word phrases to ask for help or a toy during play by the January PEP',
             'Priya (key person), Makaton signing at group time', 'January 2027'),
            ('Mathematics',
             'Amara will count up to 3 objects one at a time when helping to set the snack table',
             'Priya and nursery room staff; carer at home with counting songs', 'January 2027'),
            ('Personal, Social and Emotional Development',
             'Amara will say goodbye to her carer and go to her key person with a comfort object on Monday '
             'mornings',
             'Foster carer and Priya, using a photo visual timetable', 'December 2026'),
        ],
        eypp=[('Learning', 'Key person Makaton sessions, 2 x 15 minutes weekly for the autumn term', '1',
               'More words and signs used to ask for things', 120.0),
              ('Learning', 'Early number starter kit for nursery and home (counting bears, number songs CD)', '2',
               'Counts to 3 in play', 45.0),
              ('Pastoral', 'Photo visual timetable and transition book made with the carer', '3',
               'Calmer Monday drop-off', 35.0)],
        total=200.0,
        completed_by='Denise Harrow, Setting Manager (Designated Person)', completed='24/09/2026',
        completed_iso='2026-09-24',
    ),
    2: dict(
        first='Ellis', last='Brightwater', months=26, setting='Moorside Childminding',
        setting_addr='14 Tanners Row, Holbeck Moor', meeting='8 October 2026', meeting_iso='2026-10-08',
        last_pep='2 July 2026', next_pep='March 2027',
        sessions='I go to my childminder on Wednesday and Friday (2-year-old funded place).',
        att='', att_val=None,
        voice=[],
        voice_note='',
        carer='Ellis has had a cold for most of September. He loves the park and the ducks.',
        keyperson='Ellis is happy to arrive and plays alongside the older children. He babbles a lot and '
                  'points to get what he wants.',
        prev=[('Ellis will take part in a short song time with other children', 'Achieved'),
              ('Ellis will walk up the three steps to the garden holding the rail', 'Achieved')],
        targets=[
            ('Communication and Language',
             'Ellis will point to and name 5 pictures in a favourite book when asked "where is the ...?"',
             'Kerry (childminder) daily book time; carer at bedtime', 'March 2027'),
            ('Physical Development',
             'Ellis will make marks with chunky crayons and paint in play at least twice a week',
             'Kerry, with mark-making tray', 'March 2027'),
        ],
        eypp=[('Learning', 'Board books and lift-the-flap picture books for daily book time', '1',
               'Names more pictures', 40.0),
              ('Pastoral', 'Contribution to a weekly toddler music group with the carer', '',
               'Confidence with other children', 60.0)],
        total=100.0,
        completed_by='Kerry Dunmore, Registered Childminder', completed='19/10/2026',
        completed_iso='2026-10-19',
    ),
}


def make(out_dir, n):
    x = DATA[n]
    stem = f'{LAYOUT}-{n}'
    d = new_doc('Calibri', 11)
    header_footer(d, 'NUI - FAO the Nursery manager - 18 pages',
                  'Wetherden Children\'s Services | Virtual School for Children in Care | 0-4 PEP v3.2 | '
                  'OFFICIAL - SENSITIVE')
    para(d, 'Wetherden Virtual School', bold=True, size=12, color='2F5496', align='center')
    para(d, '0\u20134 Years Personal Education Plan 2026\u20132027', bold=True, size=20, align='center')
    para(d, '')
    para(d, f'My name is {x["first"]} {x["last"]}', size=16)
    para(d, f'I am {x["months"]} months old', size=16)
    para(d, f'My setting is {x["setting"]}', size=16)
    para(d, f'({x["setting_addr"]})', size=10, italic=True)
    para(d, '')
    t = d.add_table(rows=1, cols=1)
    t.style = 'Table Grid'
    cell_text(t.cell(0, 0), 'This is a photo of me (Please refer to your setting\'s policy on the use of '
                            'photographs)\n\n\n\n\n', italic=True)
    d.add_page_break()

    para(d, 'PEP Procedure for pre-school children in a nursery or non-school setting (0-4 year olds)', bold=True,
         size=13)
    for s in ['1. Arranging the Meeting - Is the child new into care? YES - PEP meeting should take place within '
              '10 days of the child coming into care, for all children over the age of 12 months. NO - PEP '
              'meetings are held each term (autumn, spring and summer).',
              '2. The social worker invites the carer, the key person, the setting manager and the Virtual School '
              'Early Years Adviser. Parents are invited where the care plan allows.',
              '3. Before the meeting the key person gathers the child\'s voice: words, signs, photos and what '
              'adults have seen the child enjoy or avoid.',
              '4. At the meeting: review last term\'s next steps, agree 2-4 new next steps and how Early Years '
              'Pupil Premium (EYPP) will support them.',
              '5. The setting completes the PEP within 10 working days and e-mails it to the Virtual School. '
              'EYPP is released once the PEP has been quality assured.']:
        para(d, s, size=10)
    para(d, 'Guidance: do not delete this page. Tick boxes can be ticked by double-clicking.', italic=True,
         size=9, color='7F7F7F')
    d.add_page_break()

    para(d, 'About my PEP meeting', bold=True, size=14, color='2F5496')
    para(d, f'My PEP meeting was on {x["meeting"]}')
    para(d, f'My last PEP meeting was on {x["last_pep"]}')
    para(d, f'My next PEP meeting will be {x["next_pep"]}')
    para(d, 'The people who came to my meeting were:')
    att_rows = [['Title', 'Name', 'Attended meeting', 'Copy of PEP sent'],
                ['Foster carer', 'Joanne Maybury' if n == 1 else 'Stuart and Lyn Pargeter', TICK, TICK],
                ['Key person', 'Priya Kaur' if n == 1 else 'Kerry Dunmore', TICK, TICK],
                ['Setting manager / Designated person', 'Denise Harrow' if n == 1 else 'Kerry Dunmore', TICK, TICK],
                ['Social worker', 'Gareth Aldous' if n == 1 else 'Nadia Feltham', TICK, TICK],
                ['Parent', 'Not invited (care plan)', BOX, BOX],
                ['VS Early Years Adviser', 'Hannah Coe', TICK if n == 1 else BOX, TICK]]
    table(d, att_rows, widths=[5, 5, 3, 3], header_fill='D9E2F3')

    para(d, 'When I come to my setting', bold=True, size=14, color='2F5496')
    para(d, x['sessions'])
    para(d, 'My attendance (sessions attended out of sessions booked, and any reasons for absence):')
    sdt_box(d, x['att'])

    para(d, 'All about me - what I like and what I don\'t like', bold=True, size=14, color='2F5496')
    para(d, 'Write down the child\'s own words or signs where you can. If the child is pre-verbal, describe what '
            'you have seen.', italic=True, size=9, color='7F7F7F')
    t = d.add_table(rows=2, cols=3)
    t.style = 'Table Grid'
    cell_text(t.cell(0, 0), 'In my own words', bold=True, fill='FFF2CC')
    cell_text(t.cell(0, 1), 'My carer says', bold=True, fill='E2EFDA')
    cell_text(t.cell(0, 2), 'My key person says', bold=True, fill='DDEBF7')
    if x['voice']:
        cell_text(t.cell(1, 0), '\n'.join(f'"{v}"' for v in x['voice']) + f'\n({x["voice_note"]})')
    else:
        cell_text(t.cell(1, 0), 'Click or tap here to enter text.', color='808080', italic=True)
    cell_text(t.cell(1, 1), x['carer'])
    cell_text(t.cell(1, 2), x['keyperson'])
    d.add_paragraph()

    para(d, 'How did I get on with my last next steps?', bold=True, size=14, color='2F5496')
    table(d, [['Next step from my last PEP', 'How I got on']] + [list(p) for p in x['prev']], widths=[10, 6],
          header_fill='EDEDED')

    para(d, 'My new next steps', bold=True, size=14, color='2F5496')
    para(d, 'Agree 2-4 next steps. Each should be something the child can do by the next PEP.', italic=True,
         size=9, color='7F7F7F')
    for i, (area, txt, who, when) in enumerate(x['targets'], 1):
        t = d.add_table(rows=4, cols=2)
        t.style = 'Table Grid'
        cell_text(t.cell(0, 0), f'My next step {i}', bold=True, fill='FFF2CC')
        cell_text(t.cell(0, 1), f'Area of learning: {area}', bold=True, fill='FFF2CC')
        cell_text(t.cell(1, 0), 'What I will learn to do')
        cell_text(t.cell(1, 1), txt)
        cell_text(t.cell(2, 0), 'Who will help me and how')
        cell_text(t.cell(2, 1), who)
        cell_text(t.cell(3, 0), 'By when')
        cell_text(t.cell(3, 1), when)
        d.add_paragraph()

    para(d, 'Early Years Pupil Premium (EYPP)', bold=True, size=14, color='2F5496')
    rows = [['Type of intervention (pastoral or learning)', 'Description of intervention', 'Next step no.',
             'Expected impact', 'Cost']]
    for typ, desc, link, imp, cost in x['eypp']:
        rows.append([typ, desc, link, imp, f'\u00a3{cost:.2f}'])
    rows.append(['', 'Total EYPP requested this term', '', '', f'\u00a3{x["total"]:.2f}'])
    table(d, rows, widths=[3, 6, 1.8, 4, 2], header_fill='D9E2F3', size=9)

    para(d, 'Completing my PEP', bold=True, size=14, color='2F5496')
    table(d, [['PEP completed by', x['completed_by']],
              ['Date PEP completed', x['completed']],
              ['Sent to Virtual School', f'{TICK} Yes   {BOX} No']], widths=[5, 11], bold_first_col=True)
    para(d, 'Ref: EY-PEP/WET/' + ('40817' if n == 1 else '41552'), size=8, color='7F7F7F')

    path = os.path.join(out_dir, stem + '.docx')
    d.save(path)

    voice = list(x['voice'])
    targets = [{'text': t[1], 'area': 'English' if t[0].startswith('Comm') else
                ('Maths' if t[0] == 'Mathematics' else t[0])} for t in x['targets']]
    pp = [{'description': e[1], 'cost': e[4], 'target': int(e[2]) if e[2] else None} for e in x['eypp']]
    write_truth(out_dir, stem, 'docx', INSPIRED,
                QUIRKS + (['-2: empty voice box, attendance box blank, no maths next step, one EYPP line with no '
                           'next step'] if n == 2 else []),
                child_name=f'{x["first"]} {x["last"]}', child_first_name=x['first'], school=x['setting'],
                year_group=-1, meeting_date=x['meeting_iso'], completed_date=x['completed_iso'],
                attendance_percent=x['att_val'], pupil_voice=voice, targets=targets,
                english_target=True, maths_target=any(t['area'] == 'Maths' for t in targets),
                pp_spend=pp, pp_requested=x['total'])


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == '__main__':
    run_standalone(build)
