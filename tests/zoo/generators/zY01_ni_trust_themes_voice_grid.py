"""zY01: Northern Ireland style revised primary PEP organised around five themes (Trust, Core Network)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Y import *

LAYOUT = 'zY01-ni-trust-themes-voice-grid'
INSPIRED = 'real-forms.md entry 26 (five themes, Trust, Core Network, Section 2 sent by social worker); label variants'
QUIRKS = ['five-theme structure; targets numbered T1-T4 across different themes',
          'child views spread over the five themes beside carer views (Section 2 sent out by social worker)',
          'labels in shaded rows above the value', 'Trust fund instead of PP+, lines linked by T-number',
          'status history table; completion = Agreed by Designated Teacher', 'NI class (Primary N) given with NCY in brackets']

THEMES = ['Care arrangements', 'Educational arrangements', 'Emotional health and wellbeing', 'Learn and achieve',
          'Play and leisure']

V = {
 1: dict(first='Orla', sur='McCandless', dob='14/03/2017', cls='Primary 6 (NCY 5)', ncy=5,
         school='Drumbeg Road Primary School', meeting='22/10/2026', meeting_iso='2026-10-22',
         last='05/05/2026', nxt='11/02/2027', att_now='94.2%', att_now_v=94.2, att_last='91.0%',
         sw='Ciaran Doherty', dt='Mrs Siobhan Keenan', carer='Bernadette Lowry (foster carer)',
         voice=['I like living with Bernie and the dog is called Biscuit.',
                'My teacher Mr Quinn lets me do the register and that makes me feel grown up.',
                'Sometimes I get a sore tummy on Mondays after contact.',
                'I want to get better at my times tables so I can finish the table race.',
                'I go to Irish dancing on a Tuesday and I want to do a feis.'],
         carer_v=['Orla is settled and sleeping well.', 'Attendance has improved since the taxi was arranged.',
                  'Mondays can be hard after weekend contact.', 'She reads to me most nights, about ten minutes.',
                  'She loves dancing and Brownies.'],
         targets=[('T1', 'Emotional health and wellbeing', 'Orla will use her worry book with Mrs Devlin every Monday morning and tell an adult when she feels unsettled, so that she is ready to learn by 9.15am', 'SEMH'),
                  ('T2', 'Learn and achieve', 'Orla will read a book at her level (Turquoise band) aloud for 10 minutes four times a week and answer three questions about it by the February PEP', 'English'),
                  ('T3', 'Learn and achieve', 'Orla will recall the 3, 4 and 8 times tables in under five minutes on the weekly table race by February 2027', 'Maths'),
                  ('T4', 'Play and leisure', 'Orla will take part in her first dancing feis before the end of the spring term', 'Other')],
         spend=[('Reading Partners: 1:1 reading with classroom assistant, 4 x 15 minutes a week for 12 weeks', 180.0, 'T2'),
                ('Times tables practice software licence and home tablet headphones', 45.0, 'T3'),
                ('Irish dancing feis entry, costume hire and shoes', 120.0, 'T4')],
         total='£345.00', total_v=345.0,
         status=[('Draft started by Social Worker', '01/10/2026'), ('Section 2 returned', '15/10/2026'),
                 ('Meeting held', '22/10/2026'), ('Agreed by Designated Teacher', '29/10/2026')],
         completed_iso='2026-10-29'),
 2: dict(first='Rory', sur='Fitzsimons', dob='02/09/2018', cls='Primary 4 (NCY 3)', ncy=3,
         school='St Colman\'s Primary School, Ballyreagh', meeting='03/11/2026', meeting_iso='2026-11-03',
         last='12/06/2026', nxt='09/03/2027', att_now='', att_now_v=None, att_last='88.5%',
         sw='Aoife Brennan', dt='Mr Declan Magee', carer='Thomas and June Patterson (kinship carers)',
         voice=[], carer_v=['Rory has moved to us from his previous placement in August.', 'New school since September; he gets the bus with his cousin.',
                             'He is quiet and keeps things to himself.', 'He likes to be read to but will not read himself yet.',
                             'Football on Saturday mornings.'],
         targets=[('T1', 'Emotional health and wellbeing', 'Rory will have a named adult (Miss Hagan) to check in with at morning break each day and will use the class feelings chart at least once a day by Christmas', 'SEMH'),
                  ('T2', 'Learn and achieve', 'Rory will blend and read CVC and CVCC words from phonics phase 4 with 80% accuracy by the next review', 'English'),
                  ('T3', 'Play and leisure', 'Rory will join the after-school football club on Thursdays and attend at least six sessions this term', 'Other')],
         spend=[('Phonics catch-up group, 3 x 20 minutes a week with classroom assistant', 150.0, 'T2'),
                ('School uniform and PE kit for new school', 85.0, None)],
         total='£235.00', total_v=235.0,
         status=[('Draft started by Social Worker', '13/10/2026'), ('Section 2 sent to carers', '20/10/2026'),
                 ('Meeting held', '03/11/2026'), ('Sent to Designated Teacher for agreement', '06/11/2026')],
         completed_iso=None),
}


def labelled_grid(d, pairs, cols=2):
    """Labels in a shaded row, values in the row below."""
    rows = []
    for i in range(0, len(pairs), cols):
        chunk = pairs[i:i + cols]
        rows.append([p[0] for p in chunk]); rows.append([p[1] for p in chunk])
    t = d.add_table(rows=len(rows), cols=cols); t.style = 'Table Grid'
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            if i % 2 == 0:
                cell_text(c, v, bold=True, size=8, colour='1F4E79'); shade(c, 'DEEAF6')
            else:
                cell_text(c, v)
    return t


def build_one(out_dir, n):
    v = V[n]
    fname = f'{LAYOUT}-{n}.docx'
    d = new_doc('Arial', 10)
    header_footer(d, 'Glenarm Vale Health and Social Care Trust  |  Looked After Children  |  PEP-P (Revised)  |  IN CONFIDENCE',
                  f'Ref: GVT/LAC/{4000 + n * 137}   Personal Education Plan (Primary)   Page numbering as printed')
    heading(d, 'PERSONAL EDUCATION PLAN', 16, align='center')
    heading(d, 'Primary School Pupils — Revised Format', 11, colour='2E75B6', align='center', space_before=0)
    para(d, 'This plan is structured around five themes – care arrangements, educational arrangements, emotional health '
            'and wellbeing, learn and achieve, and play and leisure. The Trust social worker coordinates the plan; the '
            'school\'s Designated Teacher agrees the final version.', italic=True, size=8)

    heading(d, 'Section 1 — The child')
    labelled_grid(d, [('Forename(s)', v['first']), ('Surname', v['sur']), ('Date of birth', v['dob']),
                      ('School year / class', v['cls']), ('School', v['school']), ('Legal status', 'Care Order (Article 50)'),
                      ('Date of this PEP meeting', v['meeting']), ('Date of previous PEP', v['last'])])

    heading(d, 'Core Network Around the Child', 11)
    rows = [['Name', 'Role', 'Agency / organisation', 'Attended']]
    rows += [[v['first'] + ' ' + v['sur'], 'Child', '—', '☒' if n == 1 else '☐'],
             [v['carer'].split(' (')[0], 'Carer', 'Foster / kinship placement', '☒'],
             [v['sw'], 'Social Worker', 'Glenarm Vale HSC Trust', '☒'],
             [v['dt'], 'Designated Teacher', v['school'], '☒'],
             ['Gráinne Rafferty' if n == 1 else 'Paul Kerr', 'LAC Education Support Officer', 'Education Authority', '☒' if n == 1 else '☐']]
    table(d, rows, header_fill='BDD7EE', widths=[4.5, 4, 5, 2])

    heading(d, 'Section 2 — What I think (sent out by my social worker before the meeting)')
    para(d, 'Social worker: please send this section to the child and carer at least two weeks before the meeting. '
            'The child may write, draw or tell an adult who writes their words down exactly.', italic=True, size=8)
    prompts = ['Where I live and who looks after me', 'My school and getting there', 'How I feel',
               'My learning — what I am good at and what is hard', 'What I do for fun']
    rows = [['Theme', 'In my own words (child)', 'What my carer thinks']]
    for i, th in enumerate(THEMES):
        rows.append([f'{i + 1}. {th}\n{prompts[i]}', v['voice'][i] if v['voice'] else '', v['carer_v'][i]])
    t = table(d, rows, header_fill='BDD7EE', widths=[4.5, 6.5, 6])

    heading(d, 'Section 3 — Theme by theme')
    pos = {
        'Care arrangements': f"Placement with {v['carer']}. Contact arrangements reviewed at LAC review.",
        'Educational arrangements': f"Attends {v['school']}. Transport arranged by the Trust.",
        'Emotional health and wellbeing': 'SDQ score 16 (borderline). School counsellor aware.' if n == 1 else 'SDQ not yet returned. Child described as withdrawn in class.',
        'Learn and achieve': 'Reading below age-related expectation; numeracy broadly in line, weaker in multiplication.' if n == 1 else 'Early phonics; counting securely to 100; writing a short sentence with support.',
        'Play and leisure': 'Irish dancing (Tuesdays) and Brownies.' if n == 1 else 'Football on Saturdays with carer.',
    }
    for i, th in enumerate(THEMES):
        heading(d, f'3.{i + 1}  {th}', 10.5, colour='2E75B6', space_before=4)
        tt = d.add_table(rows=1, cols=2); tt.style = 'Table Grid'
        cell_text(tt.cell(0, 0), 'Where things are now', bold=True, size=8); shade(tt.cell(0, 0), 'F2F2F2')
        cell_text(tt.cell(0, 1), pos[th])
        if th == 'Educational arrangements':
            r = tt.add_row()
            cell_text(r.cells[0], 'Attendance', bold=True, size=8); shade(r.cells[0], 'F2F2F2')
            cell_text(r.cells[1], f"This school year to date: {v['att_now']}\nLast school year (for comparison): {v['att_last']}\nSuspensions: None")
        mine = [t_ for t_ in v['targets'] if t_[1] == th]
        for code, _, text, _a in mine:
            r = tt.add_row()
            cell_text(r.cells[0], f'Outcome {code}', bold=True, size=8); shade(r.cells[0], 'E2EFD9')
            cell_text(r.cells[1], text)
            r = tt.add_row()
            cell_text(r.cells[0], 'Who / by when', size=8); shade(r.cells[0], 'F2F2F2')
            cell_text(r.cells[1], f"{v['dt']} and class teacher; review at next PEP ({v['nxt']})")
        if not mine:
            r = tt.add_row()
            cell_text(r.cells[0], 'Outcome', bold=True, size=8); shade(r.cells[0], 'E2EFD9')
            cell_text(r.cells[1], 'No new outcome for this theme at this PEP.', italic=True)

    heading(d, 'Section 4 — Outcomes from the previous PEP (' + v['last'] + ')')
    prev = [['Previous outcome', 'Progress', 'Carry forward?'],
            ['Settle into new class and make one friend' if n == 1 else 'Attend school every day from new placement',
             'Fully met' if n == 1 else 'Partly met — placement move in August', 'No ☒  Yes ☐'],
            ['Read every night with carer' if n == 1 else 'Learn sounds set 2', 'Partly met', 'No ☐  Yes ☒']]
    table(d, prev, header_fill='F2F2F2', widths=[8, 5, 4])

    heading(d, 'Section 5 — Additional educational support (Trust LAC Education Fund)')
    para(d, 'Each request must name the outcome (T1–T4) it supports. Maximum per child per term £400.', italic=True, size=8)
    rows = [['Support to be funded', 'Outcome', 'Cost']]
    for desc, cost, link in v['spend']:
        rows.append([desc, link or '—', f'£{cost:,.2f}'])
    rows.append(['Total requested this term', '', v['total']])
    table(d, rows, header_fill='BDD7EE', widths=[11, 2.5, 3])

    heading(d, 'Section 6 — Agreement and status')
    rows = [['Stage', 'Date']] + [list(s) for s in v['status']]
    table(d, rows, header_fill='F2F2F2', widths=[10, 4])
    labelled_grid(d, [('Designated Teacher', v['dt']), ('Signature', 'S. Keenan' if n == 1 else ''),
                      ('Social Worker', v['sw']), ('Next PEP meeting', v['nxt'])])
    d.save(os.path.join(out_dir, fname))

    sp = [{'description': s[0], 'cost': s[1], 'target': (int(s[2][1]) if s[2] else None)} for s in v['spend']]
    write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS,
                child_name=f"{v['first']} {v['sur']}", child_first_name=v['first'], school=v['school'],
                year_group=v['ncy'], meeting_date=v['meeting_iso'], completed_date=v['completed_iso'],
                attendance_percent=v['att_now_v'], pupil_voice=v['voice'],
                targets=[{'text': t_[2], 'area': t_[3]} for t_ in v['targets']],
                english_target=True, maths_target=any(t_[3] == 'Maths' for t_ in v['targets']),
                pp_spend=sp, pp_requested=v['total_v'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
