"""zZE02: portal print of a county 'WealdPEP' review (PDF). Inspired by entry 20 (review windows, SMART 'Assigned')."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZE import *

STEM = 'zZE02-wealdpep-review-portal'
INSP = 'real-forms.md entry 20'
QUIRKS = ['review window instead of a title date ("First review - September to December")',
          'fields pre-filled by the virtual school marked [VSW]', '"Who completes what?" column on every section',
          'targets transposed: one column per target, rows S / M / A (Assigned) / R / T',
          'completion date only in the portal task log', 'previous review (Third review - May to July) targets printed below the new ones',
          'landscape targets page']

V = {
 1: dict(first='Tyler', sur='Okonkwo-Bright', dob='22/11/2014', school='Saltmarsh Academy, Hythebury', ncy='7',
         meeting='07/10/2026', meeting_iso='2026-10-07', att='96.2', prev_att='93.4 (Year 6, Brambleside Primary)',
         voice=[('What I enjoy at my new school', 'I like science because we got to use the Bunsen burners.'),
                ('What I find hard', 'Finding my way to the rooms and remembering my PE kit.'),
                ('What would help me', 'I want a map of the school and to sit with Leon in maths.')],
         targets=[dict(S='Tyler will read a Year 7 class novel and answer inference questions in full sentences, scoring 6/10 or more',
                       M='Termly reading comprehension check', A='Ms Farrant (English teacher)', R='Yes - Tyler asked for help with reading', T='By 11/12/2026', area='English'),
                  dict(S='Tyler will multiply and divide by 10, 100 and 1000 with decimals without a calculator',
                       M='Fortnightly maths quiz, 8/10', A='Mr Quayle (maths intervention)', R='Yes', T='By February half-term 2027', area='Maths'),
                  dict(S='Tyler will arrive at every lesson with the right equipment using his laminated timetable',
                       M='Tutor equipment check, 4 days out of 5', A='Mrs Dunmore (form tutor) and carer', R='Yes - his own idea', T='By 11/12/2026', area='Organisation')],
         pp=[('1', 'Reading fluency programme with HLTA, 3 x 25 min weekly (10 weeks)', '450.00', 'Comprehension score'),
             ('2', 'Maths catch-up small group (Tuesday period 6)', '300.00', 'Quiz scores'),
             ('3', 'Equipment pack, laminated timetable and school map', '35.00', 'Equipment checks')],
         pp_truth=[('Reading fluency programme with HLTA, 3 x 25 min weekly (10 weeks)', 450.0, 1),
                   ('Maths catch-up small group (Tuesday period 6)', 300.0, 2), ('Equipment pack, laminated timetable and school map', 35.0, 3)],
         total='785.00',
         tasks=[('VSW initiate PEP', 'VSW', 'Completed', '14/09/2026'), ('Carer contribution', 'Carer', 'Completed', '30/09/2026'),
                ('Young person views', 'Young person', 'Completed', '02/10/2026'), ('DT complete PEP', 'Designated Teacher', 'Completed', '13/10/2026'),
                ('VSW quality assure', 'VSW', 'In progress', '')],
         completed_iso='2026-10-13'),
 2: dict(first='Amara', sur='Quinlan', dob='03/05/2011', school='Downhaven School for Girls', ncy='10',
         meeting='19/11/2026', meeting_iso='2026-11-19', att='', prev_att='89.0 (Year 9)',
         voice=[('What I enjoy at my new school', 'Drama club on Thursdays is the best bit of the week.'),
                ('What I find hard', 'I get stressed about mocks and I cant sleep before tests.'),
                ('What would help me', '')],
         targets=[dict(S='Amara will plan and write a timed 45-minute GCSE English Language answer using a paragraph plan',
                       M='Teacher-marked practice paper at grade 5', A='Mr Oduya (English)', R='Yes', T='By 01/03/2027', area='English'),
                  dict(S='Amara will use the school wellbeing pass and a 5-minute breathing routine before each mock exam',
                       M='Self-rating scale with ELSA, weekly', A='Ms Pryor (ELSA)', R='Yes - Amara chose this', T='By January mocks 2027', area='Wellbeing')],
         pp=[('1', 'GCSE English revision guide and 6 after-school tutoring sessions', '260.00', 'Practice paper grade'),
             ('-', 'Drama club trip to a theatre workshop', '75.00', 'Confidence')],
         pp_truth=[('GCSE English revision guide and 6 after-school tutoring sessions', 260.0, 1), ('Drama club trip to a theatre workshop', 75.0, None)],
         total='335.00',
         tasks=[('VSW initiate PEP', 'VSW', 'Completed', '20/10/2026'), ('Carer contribution', 'Carer', 'Not started', ''),
                ('Young person views', 'Young person', 'Completed', '16/11/2026'), ('DT complete PEP', 'Designated Teacher', 'Outstanding', ''),
                ('VSW quality assure', 'VSW', 'Not started', '')],
         completed_iso=None),
}

PREV = {1: [('Tyler will read aloud a Year 6 text with expression (Brambleside Primary)', 'Met'),
            ('Tyler will know times tables to 12 x 12', 'Partially met - secure to 9 x')],
        2: [('Amara will attend all Year 9 options evening sessions', 'Met'),
            ('Amara will complete her maths homework on Sparx each week', 'Not met - broken down further')]}


def make(out_dir, n):
    v = V[n]
    path = os.path.join(out_dir, f'{STEM}-{n}.pdf')
    s = []
    s.append(P('Wealdshire County Council  |  Professional (Delegation) Portal  |  Virtual School Wealdshire (VSW)', P_S))
    s.append(P('WealdPEP - Personal Education Plan', P_T))
    s.append(ptable([['Review', 'First review - September to December', f'{TICK}'],
                     ['', 'Second review - January to April', BOX], ['', 'Third review - May to July', BOX]],
                    [3 * cm, 10 * cm, 2 * cm], head=False))
    s.append(P(f'Date of review meeting: {v["meeting"]}     Academic year 2026/27     Full PEP (new key stage): '
               + (f'{TICK} Yes' if v['ncy'] in ('7', '11') else f'{BOX} Yes {TICK} No'), P_B))
    s.append(Spacer(1, 6))
    s.append(P('1. Basic information   (Who completes what? - VSW: this section is initiated by VSW and will contain some basic information)', P_H))
    s.append(ptable([['Field', 'Value', 'Source'],
                     ['Forename', v['first'], '[VSW]'], ['Surname', v['sur'], '[VSW]'], ['Date of birth', v['dob'], '[VSW]'],
                     ['National Curriculum Year', v['ncy'], '[VSW]'], ['School', v['school'], '[VSW]'],
                     ['Child ID / UPN', f'WCC-48{n}19 / H33{n}4729{n}11A', '[VSW]'],
                     ['Social worker', 'Lena Marchetti, Area CIC Team South' if n == 1 else 'Dev Pattani, Area CIC Team East', '[VSW]'],
                     ['Placement', 'Foster care (in county)' if n == 1 else 'Residential (out of county)', '[VSW]']],
                    [5 * cm, 9 * cm, 3 * cm]))
    s.append(P('2. Who attended   (Who completes what? - DT)', P_H))
    s.append(ptable([['Name', 'Role', 'Attended'],
                     [v['first'], 'Young person', f'{TICK}' if n == 1 else f'{BOX} (views sent in advance)'],
                     ['Mrs C. Ellery' if n == 1 else 'Ms R. Vance', 'Designated Teacher', TICK],
                     ['Lena Marchetti' if n == 1 else 'Dev Pattani', 'Social Worker', TICK],
                     ['Grace and Neil Fenwick' if n == 1 else 'Key worker, Oakridge House', 'Carer', TICK],
                     ['Sam Whitlock', 'VSW Education Advisor', BOX]], [6 * cm, 6 * cm, 5 * cm]))
    s.append(P('3. Attendance and exclusions   (Who completes what? - DT)', P_H))
    s.append(ptable([['Attendance this academic year (%)', v['att']], ['Attendance last academic year (%)', v['prev_att']],
                     ['Suspensions (days) this year', '0'], ['Part-time timetable?', f'{BOX} Yes {TICK} No']],
                    [8 * cm, 9 * cm], head=False))
    s.append(P('4. My views   (Who completes what? - Young person, with a trusted adult)', P_H))
    s.append(ptable([['Question', 'In my own words']] + [list(x) for x in v['voice']], [6 * cm, 11 * cm]))
    s.append(P('Carer\'s views: ' + ('Tyler has settled well but is tired after school.' if n == 1 else 'Amara is anxious about exams.'), P_N))
    s.append(P('Teacher\'s views: ' + ('A polite pupil who is keen to do well.' if n == 1 else 'Capable; attendance has dipped this term.'), P_N))
    s.append(PageBreak())
    # landscape-ish wide table: transposed SMART
    s.append(P('5. Targets for this review   (Who completes what? - DT with the young person)', P_H))
    s.append(P('Targets must be SMART: Specific, Measurable, Assigned - to specific responsible professionals, Realistic, Time constrained.', P_S))
    k = len(v['targets'])
    colw = (26.7 * cm - 4 * cm) / k
    rows = [['', *[f'Target {i}' for i in range(1, k + 1)]]]
    for key, lab in [('area', 'Area'), ('S', 'S - Specific'), ('M', 'M - Measurable'), ('A', 'A - Assigned'), ('R', 'R - Realistic'), ('T', 'T - Time constrained')]:
        rows.append([lab] + [t[key] for t in v['targets']])
    s.append(ptable(rows, [4 * cm] + [colw] * k))
    s.append(Spacer(1, 6))
    s.append(P('Targets from the previous review (Third review - May to July 2026)', P_B))
    s.append(ptable([['Previous target', 'Outcome']] + [list(x) for x in PREV[n]], [18 * cm, 8.7 * cm], fill='#EDEDED'))
    s.append(P('6. Pupil Premium Plus (PP+) request   (Who completes what? - DT)', P_H))
    s.append(ptable([['Target no.', 'Provision', 'Cost (£)', 'Impact measure']] + [list(x) for x in v['pp']]
                    + [['', 'Total PP+ requested', v['total'], '']], [2.5 * cm, 14 * cm, 3 * cm, 7.2 * cm]))
    s.append(P('7. Selecting a task in the Portal - task log', P_H))
    s.append(ptable([['Task', 'Assigned to', 'Status', 'Date completed']] + [list(x) for x in v['tasks']],
                    [8 * cm, 6 * cm, 5 * cm, 7.7 * cm]))
    s.append(P('Next review: Second review - January to April 2027. Printed from WealdPEP on 03/12/2026.', P_S))
    build_pdf(path, s, head=f'WealdPEP  {v["first"]} {v["sur"]}  |  OFFICIAL-SENSITIVE', foot=f'VSW/PEP/SA/3.1  ref WCC-48{n}19', land=True)
    write_truth(out_dir, STEM, 'pdf', INSP, QUIRKS, n=n, child_name=f"{v['first']} {v['sur']}", child_first_name=v['first'],
                school=v['school'], year_group=int(v['ncy']), meeting_date=v['meeting_iso'], completed_date=v['completed_iso'],
                attendance_percent=float(v['att']) if v['att'] else None,
                pupil_voice=[b for a, b in v['voice'] if b],
                targets=[{'text': t['S'], 'area': t['area']} for t in v['targets']],
                english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': a, 'cost': b, 'target': c} for a, b, c in v['pp_truth']],
                pp_requested=float(v['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
