"""zZJ04: Post-16 Personal Progression Plan, landscape PDF, Section C young person's views page (entries 25, 3)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZJ import *

STEM = 'zZJ04-post16-progression-plan'
INSP = 'real-forms.md entries 25, 3'
QUIRKS = ['post-16 "Personal Progression Plan (PPP)" where PPP is not the funding', 'landscape PDF, sections lettered A-E',
          "Section C Young Person's Views Prior to the Meeting with Signs of Safety questions", 'PEA (Personal Education Allowance) funding lines',
          'Designated Tutor / Post 16 Learning Advocate roles', 'status "approved" plus next PEP window']

CASES = {
 1: dict(name='Jordan Whitlock', first='Jordan', college='Severnside College', course='Level 2 Motor Vehicle Maintenance', ncy=12,
         date='17 November 2026', iso='2026-11-17', att='87%', attv=87.0, comp='24 November 2026', ciso='2026-11-24',
         views=['What is working well? I turn up on time most days and I like the workshop.',
                'What are we worried about? Maths resit, I failed it twice.',
                'What needs to happen? I need someone to go through the maths with me slowly.'],
         voice=['I turn up on time most days and I like the workshop.', 'Maths resit, I failed it twice.',
                'I need someone to go through the maths with me slowly.'],
         targets=[('Maths', 'Jordan will attend every GCSE Maths resit class and complete one past paper a fortnight with his tutor, aiming for grade 4 in June 2027'),
                  ('English', 'Jordan will pass Functional Skills English Level 1 reading by March 2027'),
                  ('Progression', 'Jordan will apply for a Level 3 course or apprenticeship by 31 January 2027 with help from the careers adviser')],
         pea=[('1:1 maths tutor, 10 sessions', '300.00', '1'), ('Steel toe-cap boots and overalls for workshop', '85.00', '3')],
         peat=[('1:1 maths tutor, 10 sessions', 300.0, 1), ('Steel toe-cap boots and overalls for workshop', 85.0, 3)], total='385.00', totv=385.0),
 2: dict(name='Amira Haddad', first='Amira', college='Wyre Valley Sixth Form', course='A levels: Psychology, Sociology, English Literature', ncy=13,
         date='3 December 2026', iso='2026-12-03', att='', attv=None, comp='', ciso=None,
         views=['What is working well?', 'What are we worried about?', 'What needs to happen?'], voice=[],
         targets=[('English', 'Amira will hand in her English Literature coursework draft to her teacher by 15 January 2027'),
                  ('Progression', 'Amira will submit her UCAS application with a reference by the 28 January 2027 deadline')],
         pea=[('Laptop for coursework', '450.00', ''), ('University open day travel (two visits)', '60.00', '2')],
         peat=[('Laptop for coursework', 450.0, None), ('University open day travel (two visits)', 60.0, 2)], total='510.00', totv=510.0),
}


def build_one(out_dir, n):
    c = CASES[n]
    path = os.path.join(out_dir, f'{STEM}-{n}.pdf')

    def deco(canv, doc):
        canv.saveState(); canv.setFont('Helvetica', 7)
        canv.drawString(15 * mm, 200 * mm, 'Post 16 Virtual School - Personal Education Plan (PEP) also known at Post 16 as a Personal Progression Plan (PPP)')
        canv.drawString(15 * mm, 8 * mm, 'ePEP export ID P16-' + ('2093' if n == 1 else '2144') + '   reviewed 3 times a year   page %d' % doc.page)
        canv.restoreState()
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm, bottomMargin=14 * mm)
    W = 267 * mm
    s = [P('My Personal Progression Plan', PT), Spacer(1, 4), P('Section A - About me and my course', PH),
         ptable([['Young person', c['name'], 'NCY', str(c['ncy']), 'PPP meeting date', c['date']],
                 ['College or Provider', c['college'], 'Course', c['course'], 'Attendance at college this year', c['att']],
                 ['Designated Tutor', 'Kevin Marsh' if n == 1 else 'Dr L. Fenwick', 'Post 16 Learning Advocate', 'Bethan Rowe', 'Date of last PPP', '14 July 2026']],
                [32 * mm, 50 * mm, 35 * mm, 60 * mm, 45 * mm, 45 * mm], label_col=True)]
    s += [P('Section B - Progress since the last PPP', PH),
          ptable([['Last PPP target', 'Where are we now?'],
                  ['Enrol on a Level 2 course' if n == 1 else 'Complete AS mocks', 'Done - started September' if n == 1 else 'Done - B, C, B']], [160 * mm, 107 * mm], head='#DDDDDD')]
    s += [P("Section C - Young Person's Views Prior to the Meeting", PH),
          P('Views can be recorded in any form (Signs of Safety questions; Makaton questions are also available).', PSS),
          ptable([[P('<br/>'.join(c['views']))]], [W])]
    s += [P('Section D - Around three targets', PH),
          ptable([['#', 'Area', 'Target', 'Who helps']] + [[str(i), a, t, 'Designated Tutor'] for i, (a, t) in enumerate(c['targets'], 1)],
                 [10 * mm, 30 * mm, 187 * mm, 40 * mm], head='#DDDDDD')]
    s += [P('Section E - Funding: Personal Education Allowance (PEA) / PP+', PH),
          ptable([['Item', 'Cost £', 'Target #']] + [list(x) for x in c['pea']] + [['Total requested', c['total'], '']],
                 [187 * mm, 40 * mm, 40 * mm], head='#DDDDDD'),
          Spacer(1, 6),
          ptable([['PPP completed by Designated Tutor on', c['comp'], 'VS status', 'approved' if n == 1 else 'in progress',
                   'Next PEP window', 'Spring 2027 (March)']], [55 * mm, 40 * mm, 25 * mm, 30 * mm, 40 * mm, 77 * mm], label_col=True)]
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
    write_truth(out_dir, STEM, 'pdf', INSP, QUIRKS, n=n, child_name=c['name'], child_first_name=c['first'], school=c['college'],
                year_group=c['ncy'], meeting_date=c['iso'], completed_date=c['ciso'], attendance_percent=c['attv'],
                pupil_voice=c['voice'], targets=[{'text': t, 'area': a} for a, t in c['targets']],
                english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': a, 'cost': b, 'target': t} for a, b, t in c['peat']], pp_requested=c['totv'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
