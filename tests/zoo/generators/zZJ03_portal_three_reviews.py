"""zZJ03: portal PEP with review windows as columns, latest review second, SMART 'Assigned' target tables (entry 20)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZJ import new_doc, table, para, tick, write_truth
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

STEM = 'zZJ03-portal-three-reviews'
INSP = 'real-forms.md entry 20'
QUIRKS = ['review windows as columns (Third review of last year, First review of this year, empty Second review)',
          'read the First review - September to December column', 'SMART spelled Specific/Measurable/Assigned/Realistic/Time constrained',
          'one target table per review; previous review targets precede new ones', 'landscape DOCX, portal task codes in header']

CASES = {
 1: dict(name='Lewis Okafor', first='Lewis', school='Marshgate Primary School', yr='Year 5',
         prev=dict(date='09/06/2026', att='94.1%', voice='I like football club.'),
         cur=dict(date='24/09/2026', iso='2026-09-24', att='96.0%', attv=96.0,
                  voice=['My new teacher Miss Kaur is kind and I can ask her for help.', 'I still find times tables hard, especially 7s and 8s.']),
         comp='01/10/2026', ciso='2026-10-01',
         prevt=[('Lewis will learn his 2, 5 and 10 times tables', 'Achieved')],
         targets=[('Maths', 'Lewis will recall the 3, 4 and 8 times tables within 6 seconds each on the school TTRS check by the Second review'),
                  ('English', 'Lewis will use capital letters, full stops and commas in a list correctly in three pieces of independent writing by Christmas'),
                  ('Wellbeing', 'Lewis will take on the class job of library monitor to build confidence, reviewed weekly with Miss Kaur')],
         pp=[('TTRS subscription and 3 x 10 min weekly times tables boost with TA', '210.00', '1'),
             ('Small group writing intervention (Write Stuff), 2 x 30 mins a week', '360.00', '2')],
         ppt=[('TTRS subscription and 3 x 10 min weekly times tables boost with TA', 210.0, 1),
              ('Small group writing intervention (Write Stuff), 2 x 30 mins a week', 360.0, 2)], total='570.00', totv=570.0),
 2: dict(name='Ellie-Mae Draper', first='Ellie-Mae', school='Fordwich Hill Academy', yr='Year 7',
         prev=dict(date='02/07/2026', att='89.7%', voice='I am scared about going to big school.'),
         cur=dict(date='13/10/2026', iso='2026-10-13', att='', attv=None, voice=[]),
         comp='20/10/2026', ciso='2026-10-20',
         prevt=[('Ellie-Mae will visit her secondary school twice before September', 'Achieved')],
         targets=[('English', 'Ellie-Mae will read her library book for 15 minutes in every form time and complete two Accelerated Reader quizzes a half-term'),
                  ('Wellbeing', 'Ellie-Mae will check in with her key adult in the Hub every Monday and Thursday morning until the Second review')],
         pp=[('Key adult check-ins in the Hub (pastoral support worker time)', '300.00', '2'),
             ('School trip to Dover Castle (Year 7 history)', '35.00', '')],
         ppt=[('Key adult check-ins in the Hub (pastoral support worker time)', 300.0, 2),
              ('School trip to Dover Castle (Year 7 history)', 35.0, None)], total='335.00', totv=335.0),
}


def build_one(out_dir, n):
    c = CASES[n]
    d = new_doc('Arial', 9)
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = Mm(297), Mm(210)
    s.header.paragraphs[0].text = 'Professional Portal  >  PEP  >  Overview PEP form     Task: PEP-REV-' + ('5521' if n == 1 else '6630') + '   Initiated by Virtual School'
    s.footer.paragraphs[0].text = 'Printed from the portal. Reviews: First review - September to December | Second review - January to April | Third review - May to July'
    para(d, 'Personal Education Plan - Overview PEP form', bold=True, size=15)
    table(d, [['Child', c['name'], 'School', c['school'], 'Year', c['yr']]], bold_first_col=False)
    para(d, '')
    cols = ['', 'Third review - May to July (2025/26)', 'First review - September to December (2026/27)', 'Second review - January to April (2026/27)']
    rows = [cols,
            ['Date of review meeting', c['prev']['date'], c['cur']['date'], ''],
            ['Attendance this academic year', c['prev']['att'], c['cur']['att'], ''],
            ['Pupil voice - what I want to say', c['prev']['voice'], '\n'.join(c['cur']['voice']), ''],
            ['Who attended', 'DT, carer, SW', 'DT (Mrs A. Finch), carer, SW, VSK officer' if n == 1 else 'DT (Mr P. Lowe), carer, pupil', ''],
            ['Task status', 'Complete', 'Complete' if n == 1 else 'Awaiting VS check', 'Not started']]
    table(d, rows, head='DEEAF6', bold_first_col=True)
    para(d, '')
    para(d, 'Previous targets (set at Third review)', bold=True, size=11)
    table(d, [['Target', 'Outcome']] + [list(x) for x in c['prevt']], head='EDEDED')
    para(d, '')
    para(d, 'New targets - First review', bold=True, size=11)
    para(d, 'Targets must be SMART: Specific, Measurable, Assigned - to specific responsible professionals, Realistic, Time constrained.', italic=True, size=8)
    trows = [['No.', 'Area', 'Target (Specific / Measurable)', 'Assigned to', 'Realistic?', 'Time constrained - by']]
    for i, (a, t) in enumerate(c['targets'], 1):
        trows.append([str(i), a, t, 'Class teacher / TA' if i == 1 else 'DT and carer', tick(True) + ' Yes', 'Second review'])
    table(d, trows, head='E2EFD9')
    para(d, '')
    para(d, 'Pupil Premium Plus request - First review', bold=True, size=11)
    table(d, [['Intervention', 'Cost £', 'Links to target no.']] + [list(x) for x in c['pp']] + [['Total PP+ requested', c['total'], '']], head='FFF2CC')
    para(d, '')
    table(d, [['Designated Teacher sign-off', 'Mrs A. Finch' if n == 1 else 'Mr P. Lowe', 'Date completed', c['comp']],
              ['Next review window', 'Second review - January to April', 'Planned date', '21/01/2027' if n == 1 else '']], bold_first_col=True)
    d.save(os.path.join(out_dir, f'{STEM}-{n}.docx'))
    write_truth(out_dir, STEM, 'docx', INSP, QUIRKS, n=n, child_name=c['name'], child_first_name=c['first'], school=c['school'],
                year_group=5 if n == 1 else 7, meeting_date=c['cur']['iso'], completed_date=c['ciso'],
                attendance_percent=c['cur']['attv'], pupil_voice=c['cur']['voice'],
                targets=[{'text': t, 'area': a} for a, t in c['targets']], english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': a, 'cost': b, 'target': t} for a, b, t in c['ppt']], pp_requested=c['totv'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
