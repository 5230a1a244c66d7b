"""zZE03: city PEP summary + termly Pupil Premium Plus (PPP) request form (Word). Inspired by entry 18."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZE import *

STEM = 'zZE03-city-ppp-request'
INSP = 'real-forms.md entry 18'
QUIRKS = ['labels above shaded single-cell boxes (content-control look)', 'lettered prose targets (a) (b) (c)',
          'PPP request rows link to targets by letter', 'attendance written as "per cent"',
          'backdated pupil premium and re-submit tick boxes', 'last / next PEP dates and previous-term PPP total as distractors',
          'date submitted to the Virtual School as the completion date']

V = {
 1: dict(name='Ellis Marchbanks-Reid', first='Ellis', school='Copperfield Lane Primary School', year='Year 4', yg=4,
         dob='09/04/2017', meeting='4th November 2026', meeting_iso='2026-11-04', last='17th June 2026', next='Spring term 2027 (w/c 22 February 2027)',
         att='Attendance since September: 97 per cent (2 sessions missed - dentist)', att_v=97.0,
         voice=['I love the football club on Fridays and I scored two goals.', 'Reading is boring when the words are too small but I like the Beast Quest books.',
                'I would like to be better at my times tables so I can win on TT Rockstars.'],
         carer='Ellis is more settled since the summer. He needs reminding to read at home.',
         prev=['(a) Ellis will read Book Band 10 (white) texts fluently - achieved.', '(b) Ellis will learn 2, 5 and 10 times tables - achieved.',
               '(c) Ellis will manage playtimes without adult support - partly achieved.'],
         targets=[('a', 'Ellis will read a chapter book independently for 15 minutes each day and retell the main events to an adult.', 'English'),
                  ('b', 'Ellis will recall the 3, 4 and 8 times tables within 6 seconds in the Year 4 multiplication check practice.', 'Maths'),
                  ('c', 'Ellis will write a paragraph of at least five sentences using capital letters, full stops and the conjunctions because and so.', 'English'),
                  ('d', 'Ellis will use his calm-down card and go to the nurture room when he feels cross at lunchtime.', 'SEMH')],
         ppp=[('Daily 1:1 reading with TA (15 mins) for 12 weeks', 'a', '360.00', 'Reading age up by 6 months'),
              ('TT Rockstars home licence and weekly times tables group', 'b', '95.00', 'Multiplication check score 20/25'),
              ('Writing intervention group (Write Away), 2 x 30 mins weekly', 'c', '240.00', 'Independent paragraph in books'),
              ('Lunchtime nurture club place', 'd', '150.00', 'Fewer playground incidents')],
         total='845.00', submitted='12/11/2026', submitted_iso='2026-11-12', dt='Mrs Nadia Forsyth'),
 2: dict(name='Lily-Rose Atherton', first='Lily-Rose', school='Meadowgate Junior School', year='Year 5', yg=5,
         dob='27/01/2016', meeting='21st October 2026', meeting_iso='2026-10-21', last='9th July 2026', next='Spring term 2027',
         att='Attendance since September: 91 per cent', att_v=91.0,
         voice=[], carer='Lily-Rose did not want to share her views this time; the carer will try again at home.',
         prev=['(a) Lily-Rose will spell the Year 3/4 statutory words - partly achieved.', '(b) Lily-Rose will use column addition - achieved.'],
         targets=[('a', 'Lily-Rose will spell 30 of the Year 5/6 statutory spelling words correctly in her independent writing.', 'English'),
                  ('b', 'Lily-Rose will solve two-step word problems using column subtraction with exchanging.', 'Maths'),
                  ('c', 'Lily-Rose will join one lunchtime club and attend every week this term.', 'Social')],
         ppp=[('Spelling Shed licence and small-group spelling sessions', 'a', '120.00', 'Spelling test score'),
              ('Maths tutoring, 10 x 1 hour (school-led tutoring)', 'b', '400.00', 'End of unit assessment'),
              ('Year 5 residential trip contribution (Whinfell outdoor centre)', 'n/a', '180.00', 'Inclusion in class trip')],
         total='700.00', submitted='', submitted_iso=None, dt='Mr Oliver Khatri'),
}
LET = {'a': 1, 'b': 2, 'c': 3, 'd': 4}


def box(d, label, value, hint='Click or tap here to enter text.'):
    para(d, label, bold=True, size=9)
    t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'
    c = t.cell(0, 0); shade(c, 'F2F2F2')
    cell_text(c, value if value else hint, italic=not value)
    d.add_paragraph()


def make(out_dir, n):
    v = V[n]
    d = new_doc('Arial', 10)
    header_footer(d, 'Castlebridge City Virtual School  -  Personal Education Plan and PPP request  -  Autumn 2026',
                  'PEP-CB/SA v7  |  This form is confidential  |  Return to vs.ppp@castlebridge.example.gov.uk')
    para(d, 'Personal Education Plan - termly review', bold=True, size=16)
    para(d, 'Part A: PEP summary (school age)', bold=True, size=12)
    box(d, 'Name of child or young person', v['name'])
    box(d, 'Date of birth', v['dob'])
    box(d, 'School attended', v['school'])
    box(d, 'Current year group', v['year'])
    box(d, 'Date of this PEP meeting', v['meeting'])
    table(d, [['Date of last PEP', v['last']], ['Date of next PEP', v['next']]], bold_first_col=True, size=9)
    box(d, 'Who took part in the meeting (name and role)',
        f"{v['first']} (child); {v['dt']} (Designated Teacher); Carol Beeston (foster carer); Marcus Idowu (social worker); Jo Field (Virtual School)")
    box(d, 'Attendance and exclusions', v['att'] + '. No exclusions.')
    para(d, 'The child\'s views - please record in the child\'s own words (What do you enjoy? What is hard? What would help?)', bold=True, size=9)
    t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'; c = t.cell(0, 0)
    cell_text(c, '\n'.join(f'"{x}"' for x in v['voice']) if v['voice'] else '')
    d.add_paragraph()
    box(d, 'Carer\'s views', v['carer'])
    box(d, 'Progress and attainment (teacher assessment)',
        'Reading: working towards ARE, progressing well. Writing: working towards. Maths: at ARE.' if n == 1
        else 'Reading: at ARE. Writing: working towards. Maths: below ARE.')
    para(d, 'Review of last term\'s targets', bold=True, size=9)
    for p in v['prev']:
        para(d, p, size=9)
    para(d, 'New targets agreed at this meeting', bold=True, size=11)
    para(d, 'Targets should be specific, measurable and linked to the PPP request in Part B.', italic=True, size=8)
    for l, txt, a in v['targets']:
        para(d, f'({l}) {txt}')

    d.add_page_break()
    para(d, 'Part B: Pupil Premium Plus (PPP) termly request form', bold=True, size=14)
    para(d, 'Please give details of the intended use of the funding, the total amount being requested (including costs of the '
            'interventions) and the intended impact. Each line should refer to a target letter from Part A.', size=9)
    rows = [['Intended use of the funding', 'Target (letter)', 'Cost of intervention (£)', 'Intended impact']] + [list(x) for x in v['ppp']]
    table(d, rows, header_fill='D9E1F2', size=9)
    para(d, f'Total amount being requested (including costs of the interventions): £{v["total"]}', bold=True)
    para(d, f'PPP paid for Summer term 2026 (for information): £600.00', size=8, italic=True)
    para(d, 'Please stipulate on this terms form if you wish to apply for backdated pupil premium:   '
            f'{BOX} Yes   {TICK} No', size=9)
    para(d, f'Are you re-submitting the previous PPP form?   {BOX} Yes   {TICK} No', size=9)
    para(d, 'Part C: Declaration', bold=True, size=12)
    table(d, [['Form completed by (Designated Teacher)', v['dt']], ['Signature', v['dt'].split()[-1] if v['submitted'] else ''],
              ['Date submitted to the Virtual School', v['submitted']], ['For VS use: approved / amount', '']],
          bold_first_col=True, size=9)
    ext = 'docx'
    d.save(os.path.join(out_dir, f'{STEM}-{n}.{ext}'))
    write_truth(out_dir, STEM, ext, INSP, QUIRKS, n=n, child_name=v['name'], child_first_name=v['first'],
                school=v['school'], year_group=v['yg'], meeting_date=v['meeting_iso'], completed_date=v['submitted_iso'],
                attendance_percent=v['att_v'], pupil_voice=v['voice'],
                targets=[{'text': t, 'area': a} for l, t, a in v['targets']],
                english_target=True, maths_target=True,
                pp_spend=[{'description': a, 'cost': float(c), 'target': LET.get(b)} for a, b, c, _ in v['ppp']],
                pp_requested=float(v['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
