"""zZB01: Welfare-Call-style P16 ePEP printout; tabs colour-coded by owner, 'Blue Banner' headings (entry 1)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZB import *

STEM = 'zZB01-p16-tab-colours'
BLUE, RED, GREEN, BLACK, BANNER = '2E75B6', 'C00000', '548235', '000000', 'BDD7EE'

DATA = {
 1: dict(forename='Tyler', surname='Okonjo-Marsh', dob='04/02/2010', gender='Male', eth='Black British - African; English',
         upn='H872100455012', scid='SC-4410927', provider='Harrowfield Sixth Form College', ncy='12',
         course='BTEC Level 3 Extended Diploma in Sport; GCSE Maths resit', meet='13/10/2026', last='24/06/2026',
         nextpep='16/02/2027', att_rows=[['Summer 2026 (Year 11)', '276', '243', '88.0'],
                                           ['Autumn 1 2026', '64', '60', '93.8'], ['Academic year to date', '64', '60', '93.8']],
         att=93.8,
         voice=[('What is going well at college?', 'I like the practical sessions in the sports hall, I am better at that than writing.'),
                ('What do you need help with?', 'I need help with maths because I failed it last year and the resit scares me.'),
                ('Where do you want to be in two years?', 'I want to do a sports coaching apprenticeship or go to uni if my grades are good.')],
         carer='Tyler has settled well and gets the bus on his own now. He still leaves coursework to the last minute.',
         prev=[['Attend at least 90% of timetabled sessions', 'Partly met'], ['Complete Unit 1 assignment on time', 'Met']],
         targets=[('English', 'Tyler will redraft each written Unit 2 assignment once, using tutor feedback on spelling, paragraphing and structure, before the submission date of 12 December 2026'),
                  ('Maths', 'Tyler will attend the Tuesday GCSE maths resit workshop every week and score 60% on the November mock paper'),
                  ('Personal development', 'Tyler will meet his Designated Tutor fortnightly to plan coursework deadlines in his planner')],
         pp=[('Maths resit tutor, 10 x 1 hour sessions', '1', '350.00'), ('Study skills mentoring with Designated Tutor (8 sessions)', '3', '240.00'),
             ('Sports coaching Level 1 award fee', '', '95.00')],
         total='685.00', clicked=True, completed='21/10/2026 14:32', qa='Green'),
 2: dict(forename='Kacey', surname='Drummond', dob='17/08/2009', gender='Female', eth='White British; English',
         upn='L331906611208', scid='SC-5092266', provider='Westmarle College of Further Education', ncy='13',
         course='Level 2 Diploma in Hair and Beauty', meet='06/11/2026', last='10/07/2026', nextpep='', att_rows=[],
         att=None, voice=[('What is going well at college?', ''), ('What do you need help with?', ''), ('Where do you want to be in two years?', '')],
         carer='Kacey did not want to fill in her views this time. She says college is "fine".',
         prev=[['Open a bank account for the bursary', 'Met'], ['Improve punctuality to morning sessions', 'Not met']],
         targets=[('English', 'Kacey will complete the Functional Skills English Level 2 reading practice papers and pass the reading exam by March 2027'),
                  ('Employability', 'Kacey will find and start a Saturday salon placement before the February half-term')],
         pp=[('Hair and beauty kit and uniform', '', '180.00'), ('Functional Skills English tutor, 6 sessions', '1', '210.00')],
         total='390.00', clicked=False, completed='', qa='Amber'),
}


def tab_head(d, text, fill):
    t = banner(d, text, fill=fill, size=12)
    d.add_paragraph()


def blue_banner(d, text):
    banner(d, text, fill=BANNER, color='1F3864', size=10)


def build_one(out_dir, n):
    x = DATA[n]
    d = new_doc()
    header_footer(d, f'Welfare ePEP | P16 Post 16 version | PEP cycle: Autumn 2026/27 | Record WC-P16-{x["scid"][3:]}',
                  'Printed from the ePEP system. Tab colours show who completes each tab: BLUE social worker, '
                  'RED Designated Teacher/Lead, GREEN young person, BLACK Virtual School.')
    para(d, 'Personal Education Plan \u2013 Post 16', bold=True, size=16)
    para(d, 'Version: P16 (EY / SSA / P16)   Status: ' + ('Completed by DT' if x['clicked'] else 'In progress'), size=9)
    table(d, [['Tab 1 General and personal', 'Tab 2 Education provision or setting information', 'Tab 3 My views',
               'Tab 4 Progress and targets', 'Tab 5 PP+ request', 'Quality Assurance Tab']])
    for j, f in enumerate([BLUE, RED, GREEN, RED, RED, BLACK]):
        c = d.tables[-1].cell(0, j); shade(c, f)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor.from_string('FFFFFF'); r.font.size = Pt(8)
    d.add_paragraph()

    tab_head(d, 'TAB 1  GENERAL AND PERSONAL  (BLUE \u2013 social worker)', BLUE)
    blue_banner(d, 'Essential pupil information')
    table(d, [['Forename', 'Surname', 'DOB.', 'Gender', 'Ethnicity and language', 'UPN', 'Social Care ID'],
              [x['forename'], x['surname'], x['dob'], x['gender'], x['eth'], x['upn'], x['scid']]], header_fill='DEEAF6')
    blue_banner(d, 'Care information')
    table(d, [['Placement details', 'Supported lodgings, Harrowfield (placement 3)' if n == 1 else 'Residential home, Westmarle'],
              ['Care status', 'S31 Full Care Order'], ['Date into care', '11/03/2019' if n == 1 else '02/09/2021'],
              ['Number of placements', '3' if n == 1 else '5']], bold_first_col=True)
    blue_banner(d, 'Contact information')
    table(d, [['Role', 'Name', 'Telephone'],
              ['Social worker', 'Priya Lomax' if n == 1 else 'Dean Ashworth', '0191 555 0142'],
              ['Main carer', 'Mrs Janet Fell' if n == 1 else 'Key worker: Sam Ridley', '07700 900311'],
              ['Person(s) with parental responsibility', 'Local authority (shared with mother)', ''],
              ['Who has day-to-day permissions and liaison with school', 'Main carer', '']], header_fill='DEEAF6')
    blue_banner(d, 'Health information')
    para(d, 'Annual health assessment: up to date. ' + ('Asthma (inhaler carried).' if n == 1 else 'No current concerns.'))
    blue_banner(d, 'Strengths and difficulties questionnaire')
    para(d, 'Latest SDQ score: ' + ('14' if n == 1 else '19') + '   (A score over 17 should come with strategies.)', size=9)
    para(d, 'Strategies: ' + ('n/a' if n == 1 else 'Weekly check-in with college wellbeing officer.'), size=9)

    tab_head(d, 'TAB 2  EDUCATION PROVISION OR SETTING INFORMATION  (RED \u2013 Designated Teacher/Lead)', RED)
    blue_banner(d, 'Current provider')
    table(d, [['College or Provider', x['provider']], ['NCY (drop down)', x['ncy']], ['Study course & level', x['course']],
              ['Date of this PEP meeting (date box)', x['meet']], ['Date of last PEP', x['last']]], bold_first_col=True)
    blue_banner(d, 'Who attended')
    table(d, [['Role', 'Name', 'Attended'],
              ['Young person', f'{x["forename"]} {x["surname"]}', TICK],
              ['Designated Teacher/Lead', 'Mr Owen Castell' if n == 1 else 'Ms Rhiannon Pike', TICK],
              ['Social worker', 'Priya Lomax' if n == 1 else 'Dean Ashworth', TICK],
              ['Carer', 'Mrs Janet Fell' if n == 1 else 'Sam Ridley', TICK if n == 1 else BOX],
              ['VS caseworker', 'Lorna Beattie', TICK]], header_fill='F2F2F2')
    blue_banner(d, 'Attendance (standard data table)')
    table(d, [['Period', 'Possible sessions', 'Sessions attended', 'Attendance %']] + (x['att_rows'] or [['', '', '', '']]),
          header_fill='F2F2F2')
    para(d, 'Exclusions this year: none recorded.', size=9)

    tab_head(d, 'TAB 3  MY VIEWS  (GREEN \u2013 young person, with support if needed)', GREEN)
    blue_banner(d, 'Young person\u2019s views prior to the meeting')
    for q, a in x['voice']:
        table(d, [[q], [a]], header_fill='E2EFDA')
        d.add_paragraph()
    blue_banner(d, 'Carer\u2019s views')
    table(d, [[x['carer']]])

    tab_head(d, 'TAB 4  PROGRESS AND TARGETS  (RED)', RED)
    blue_banner(d, 'Progress on course')
    table(d, [['Subject / unit', 'Current working grade', 'Predicted / target'],
              ['Main course', 'Merit' if n == 1 else 'Pass', 'Distinction' if n == 1 else 'Merit'],
              ['GCSE Maths resit' if n == 1 else 'Functional Skills English', '3' if n == 1 else 'Entry 3', '4' if n == 1 else 'Level 2']],
          header_fill='F2F2F2')
    blue_banner(d, 'Review of targets from last PEP')
    table(d, [['Previous target', 'Outcome (Met / Partly met / Not met)']] + x['prev'], header_fill='F2F2F2')
    blue_banner(d, 'New SMART targets for this PEP cycle')
    for i, (area, txt) in enumerate(x['targets'], 1):
        table(d, [[f'Target {i}', ''], ['Area (drop down choice list)', area], ['Target', txt],
                  ['Who will help', 'Designated Tutor'], ['Will this be achieved by the next PEP?', f'{TICK} Yes  {BOX} No']],
              bold_first_col=True)
        d.add_paragraph()

    tab_head(d, 'TAB 5  PP+ REQUEST  (RED)', RED)
    para(d, 'Post 16 Pupil Premium Plus must link to a target number above. Leave the link blank only for enrichment.', italic=True, size=8)
    table(d, [['Intervention / item', 'Linked to target no.', 'Cost \u00a3']] + [list(p) for p in x['pp']] +
          [['Total amount requested', '', '\u00a3' + x['total']]], header_fill='F2F2F2')
    para(d, 'Date of next PEP meeting (date box): ' + (x['nextpep'] or ''))

    tab_head(d, 'QUALITY ASSURANCE TAB  (BLACK \u2013 Virtual School)', BLACK)
    table(d, [['DT: Click when Completed', (TICK + ' Clicked ' + x['completed']) if x['clicked'] else BOX + ' Not yet clicked'],
              ['QA RAG rating', x['qa']], ['Date of previous QA', '03/07/2026'],
              ['QA feedback', 'Good SMART targets. PP+ clearly costed.' if n == 1 else
               'Amber: young person\u2019s views missing; attendance table blank. Red items must be fully completed before the virtual school can sign off.']],
          bold_first_col=True)
    fn = f'{STEM}-{n}.docx'
    d.save(os.path.join(out_dir, fn))

    def iso(s):
        if not s:
            return None
        dd, mm, yy = s.split()[0].split('/')
        return f'{yy}-{mm}-{dd}'
    write_truth(out_dir, STEM, 'docx', n=n, inspired_by='real-forms.md entries 1, 28',
                quirks=['colour-coded tabs naming who completes each section', "'Blue Banner' sub-headings",
                        'forename/surname in a horizontal header row', 'DT: Click when Completed timestamp as completion date',
                        'last year attendance row as distractor', 'one small table per target'],
                child_name=f'{x["forename"]} {x["surname"]}', child_first_name=x['forename'], school=x['provider'],
                year_group=int(x['ncy']), meeting_date=iso(x['meet']), completed_date=iso(x['completed']),
                attendance_percent=x['att'], pupil_voice=[a for q, a in x['voice'] if a],
                targets=[{'text': t, 'area': a} for a, t in x['targets']],
                english_target=any(a == 'English' for a, t in x['targets']),
                maths_target=any(a == 'Maths' for a, t in x['targets']),
                pp_spend=[{'description': dsc, 'cost': float(c), 'target': int(t) if t else None} for dsc, t, c in x['pp']],
                pp_requested=float(x['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1])
