"""zZ03: primary "Pupil Views booklet" sent by the Virtual School before the meeting (prompt / answer bubbles and
tick-glyph feelings scale), followed by a year-long PEP record: one transposed table with a column per PEP
meeting (read the latest), targets per meeting with earlier ones carrying a status, PP+ for this term."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Z import *

LAYOUT = 'zZ03-views-booklet-termly-record'
INSPIRED = 'real-forms.md entries 30, 12'
QUIRKS = ['pupil views booklet first, separate from the PEP record', 'forename and surname in separate cells',
          'transposed meeting table: one column per PEP this year, latest on the right',
          'earlier meetings\' targets with status next to the current ones',
          'attendance and PP+ figures for every meeting in one row', 'tick-glyph feelings scale',
          'DT sign-off date per meeting column']

DATA = {
    1: dict(
        first='Leo', last='Fairbanks', dob='28/06/2017', year=4, school='Thornbury Lane Primary School',
        upn='K812300194021',
        booklet=[('My name is', 'Leo'),
                 ('Things I am good at', 'I am good at drawing dragons and I can swim 25 metres.'),
                 ('Things I find tricky at school', 'Spelling is tricky because the words don\'t look how they sound.'),
                 ('Who helps me at school', 'Mrs Patel helps me when I get stuck.'),
                 ('What I would like to get better at', 'I want to get faster at my times tables.'),
                 ('Anything else I want the meeting to know', 'I want to stay in the same class as Jamal.')],
        feel=['Great', 'OK', 'Not good'], feel_pick='Great',
        meetings=[('PEP 1', 'Spring 2026', '03/02/2026', '94.0%', 'Mr D. Foster', '£600', '12/02/2026'),
                  ('PEP 2', 'Summer 2026', '09/06/2026', '95.1%', 'Mr D. Foster', '£450', '16/06/2026'),
                  ('PEP 3', 'Autumn 2026', '13/10/2026', '97.5%', 'Mrs H. Patel (acting DT)', '£700', '20/10/2026')],
        meeting_iso='2026-10-13', completed_iso='2026-10-20', att_val=97.5,
        old_targets=[('PEP 2', 'Leo will learn the spellings of 20 Year 3/4 common exception words', 'Partly achieved'),
                     ('PEP 2', 'Leo will join a lunchtime club once a week', 'Achieved')],
        targets=[('Reading', 'Leo will read aloud to an adult four times a week and discuss what he has read, '
                             'recorded in his reading diary'),
                 ('Writing', 'Leo will correctly spell 15 of the Year 3/4 statutory spellings he got wrong in '
                             'September'),
                 ('Maths', 'Leo will answer 20 mixed times-tables questions up to 12 x 12 in under 4 minutes '
                           'before the Year 4 multiplication check'),
                 ('Wellbeing', 'Leo will use the worry box and a check-in with Mrs Patel when he feels upset at '
                               'playtime')],
        pp=[('T1', 'Reading volunteer, 3 x 15 minutes a week', 180.0, 1),
            ('T2, T3', 'Nessy spelling licence and Times Tables Rock Stars at home', 70.0, 2),
            ('T3', 'Small-group maths intervention with TA, 2 x 30 minutes a week', 330.0, 3),
            ('T4', 'Drawing club (Thursday after school), autumn and spring', 120.0, 4)],
        total=700.0,
        next_pep='PEP 4 (Spring 2027): w/c 1 February 2027',
    ),
    2: dict(
        first='Poppy', last='Eldridge', dob='11/01/2020', year=1, school='Greenhill Infant School',
        upn='K812300561288',
        booklet=[('My name is', ''),
                 ('Things I am good at', ''),
                 ('Things I find tricky at school', ''),
                 ('Who helps me at school', ''),
                 ('What I would like to get better at', ''),
                 ('Anything else I want the meeting to know', '')],
        feel=['Great', 'OK', 'Not good'], feel_pick=None,
        meetings=[('PEP 1', 'Summer 2026', '24/06/2026', '91.3%', 'Ms R. Gallagher', '£500', '30/06/2026'),
                  ('PEP 2', 'Autumn 2026', '05/11/2026', '', 'Ms R. Gallagher', '£550', '')],
        meeting_iso='2026-11-05', completed_iso=None, att_val=None,
        old_targets=[('PEP 1', 'Poppy will recognise all Phase 3 graphemes', 'Achieved'),
                     ('PEP 1', 'Poppy will count to 20 forwards and back', 'Achieved')],
        targets=[('Phonics', 'Poppy will read Phase 5 alternative spellings such as ay, ou and ie in words '
                             'and short sentences'),
                 ('Writing', 'Poppy will write a sentence starting with a capital letter and ending with a '
                             'full stop without reminders'),
                 ('Wellbeing', 'Poppy will tell an adult in class when she feels hungry or tired, using her '
                               'feelings fan')],
        pp=[('T1', 'Daily phonics keep-up session with TA (10 minutes)', 300.0, 1),
            ('T2', 'Fine-motor and handwriting group, twice weekly', 150.0, 2),
            ('-', 'Breakfast club place, autumn term', 100.0, None)],
        total=550.0,
        next_pep='PEP 3 (Spring 2027): to be arranged by school',
    ),
}


def make(out_dir, n):
    x = DATA[n]
    stem = f'{LAYOUT}-{n}'
    d = new_doc('Century Gothic', 10)
    header_footer(d, f'Leycester Virtual School  \u2022  Children in Care  \u2022  {x["first"]} {x["last"]}', 'Pupil Views booklet and PEP record '
                  '2026-27  \u2022  Please return the booklet to school before the PEP meeting  \u2022  v5')
    para(d, 'My Pupil Views booklet', bold=True, size=22, color='7030A0', align='center')
    para(d, 'Fill this in before your PEP meeting. You can write, draw, or ask a grown-up to write your words '
            'for you.', italic=True, align='center')
    t = d.add_table(rows=len(x['booklet']), cols=2)
    t.style = 'Table Grid'
    for i, (q, a) in enumerate(x['booklet']):
        cell_text(t.cell(i, 0), q, bold=True, fill='E4DFEC')
        cell_text(t.cell(i, 1), a if a else '\n\n')
    d.add_paragraph()
    para(d, 'How do I feel about school at the moment? (tick one)', bold=True)
    para(d, '    '.join(f'{TICK if f == x["feel_pick"] else BOX} {f}' for f in x['feel']))
    para(d, 'Helper\'s name (if someone wrote for you): ' + ('Mrs H. Patel (TA)' if n == 1 else ''), size=9)
    d.add_page_break()

    para(d, 'Personal Education Plan: record for the year', bold=True, size=16, color='7030A0')
    para(d, 'PEP meetings are held in school 3 times per year. Add a new column for each meeting; do not '
            'overwrite earlier columns.', italic=True, size=9, color='7F7F7F')
    table(d, [['Forename', x['first'], 'Surname', x['last']],
              ['Date of birth', x['dob'], 'UPN', x['upn']],
              ['School', x['school'], 'Year group', f'Year {x["year"]}']], widths=[3, 5, 3, 5],
          bold_first_col=True)

    cols = ['']
    rows = {k: [k] for k in ['Term', 'Date of meeting', 'Attendance this academic year', 'Designated Teacher',
                             'PP+ agreed for the term', 'PEP signed off by DT on']}
    for m in x['meetings']:
        cols.append(m[0])
        rows['Term'].append(m[1])
        rows['Date of meeting'].append(m[2])
        rows['Attendance this academic year'].append(m[3])
        rows['Designated Teacher'].append(m[4])
        rows['PP+ agreed for the term'].append(m[5])
        rows['PEP signed off by DT on'].append(m[6])
    para(d, 'Meetings this year', bold=True, size=12)
    tt = table(d, [cols] + list(rows.values()), header_fill='E4DFEC', bold_first_col=True)
    para(d, 'Attendance resets each September; the Summer/Spring figures are for 2025-26.', italic=True, size=8,
         color='7F7F7F')

    para(d, 'Targets from earlier meetings this year', bold=True, size=12)
    table(d, [['Set at', 'Target', 'Status']] + [list(o) for o in x['old_targets']], widths=[2, 11, 3],
          header_fill='EDEDED')

    latest = x['meetings'][-1]
    para(d, f'Targets agreed at {latest[0]} ({latest[1]})', bold=True, size=12)
    table(d, [['No.', 'Area', 'Target', 'Status']] +
          [[f'T{i}', a, t, 'New'] for i, (a, t) in enumerate(x['targets'], 1)], widths=[1.2, 2.5, 10.5, 1.8],
          header_fill='E4DFEC')

    para(d, f'PP+ for {latest[1]}', bold=True, size=12)
    table(d, [['Target', 'What the money pays for', 'Cost']] +
          [[tg, desc, f'\u00a3{c:.2f}'] for tg, desc, c, _ in x['pp']] +
          [['', 'Total', f'\u00a3{x["total"]:.2f}']], widths=[2, 11, 3], header_fill='E4DFEC')

    para(d, 'Next meeting: ' + x['next_pep'], bold=True)
    para(d, 'Carer and social worker comments are recorded on the Virtual School system, not in this record.',
         italic=True, size=8, color='7F7F7F')
    path = os.path.join(out_dir, stem + '.docx')
    d.save(path)

    voice = [a for q, a in x['booklet'] if a and q != 'My name is']
    targets = [{'text': t, 'area': {'Reading': 'English', 'Writing': 'English', 'Phonics': 'English'}.get(a, a)}
               for a, t in x['targets']]
    pp = [{'description': desc, 'cost': c, 'target': l} for _, desc, c, l in x['pp']]
    write_truth(out_dir, stem, 'docx', INSPIRED,
                QUIRKS + (['-2: views booklet printed but unanswered, latest attendance cell blank, latest sign-off '
                           'date blank, no maths target, a PP+ line with no target'] if n == 2 else []),
                child_name=f'{x["first"]} {x["last"]}', child_first_name=x['first'], school=x['school'],
                year_group=x['year'], meeting_date=x['meeting_iso'], completed_date=x['completed_iso'],
                attendance_percent=x['att_val'], pupil_voice=voice, targets=targets,
                english_target=True, maths_target=any(a == 'Maths' for a, _ in x['targets']),
                pp_spend=pp, pp_requested=x['total'])


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == '__main__':
    run_standalone(build)
