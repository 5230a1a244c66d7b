"""zZE04: post-16 'Personal Progression Plan (PPP)' printed from an online ePEP (PDF, landscape).
Inspired by entries 25 and 3."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZE import *

STEM = 'zZE04-p16-progression-plan'
INSP = 'real-forms.md entries 25, 3'
QUIRKS = ['post-16 PEP called Personal Progression Plan (PPP) - PPP is the plan, the money is PP+',
          'lettered sections A-F of an online ePEP print; views page is Section C "Young Person\'s Views Prior to the Meeting"',
          'PEP window instead of a title date; two records in one print: current Phase 1 window and the earlier Progression review PEP (read the latest)',
          'status history (Draft / Submitted / graded approved); completed_date = date submitted by the Designated Tutor',
          'four-column label/value grid', 'Post 16 Learning Advocate and Designated Tutor roles', 'landscape pages, small print']

V = {
 1: dict(first='Reuben', sur='Castellano', dob='02/03/2010', college='Severnmoor College of Further Education (Riverside campus)',
         course='Level 2 Diploma in Motor Vehicle Maintenance', ncy='12', window='Phase 1 PEP window (September - December 2026)',
         meeting='22/10/2026', meeting_iso='2026-10-22', att='92.5', att_txt='92.5',
         views=[('What is working well?', 'I like being in the workshop, I did my first oil change on my own.'),
                ('What are we worried about?', 'English is the worst, I failed it twice and I dont want to do it again.'),
                ('What needs to happen?', 'I want to get an apprenticeship at a garage next year so I need my maths.')],
         targets=[('Reuben will attend every GCSE English resit lesson and complete one timed reading question each week', 'English', 'English resit tutor, Mrs Kowalczyk', 'Mock exam, 26/11/2026'),
                  ('Reuben will pass Functional Skills Maths Level 2 by sitting the online exam in March', 'Maths', 'Maths tutor with Learning Advocate', '31/03/2027'),
                  ('Reuben will write a CV and apply for three garage apprenticeships with the careers adviser', 'Careers', 'Careers adviser (Fiona Wren)', '12/02/2027')],
         pp=[('GCSE English resit revision sessions with a 1:1 tutor, 8 x 1 hour', 300.0, 1),
             ('Functional Skills Maths exam practice platform licence', 60.0, 2),
             ('Steel toe-cap boots and workshop overalls for placement', 85.0, 3)],
         total='445.00',
         status=[('Draft', '22/10/2026', 'Designated Tutor'), ('Submitted', '29/10/2026', 'Designated Tutor'),
                 ('Graded approved', '05/11/2026', 'VS officer (Post 16)')],
         completed_iso='2026-10-29'),
 2: dict(first='Shannon', sur='Pryce-Ellery', dob='18/06/2009', college='Lydmouth Sixth Form Centre',
         course='A levels: Psychology, Sociology, English Literature', ncy='13', window='Phase 1 PEP window (September - December 2026)',
         meeting='11/11/2026', meeting_iso='2026-11-11', att='', att_txt='',
         views=[('What is working well?', ''), ('What are we worried about?', ''), ('What needs to happen?', '')],
         targets=[('Shannon will complete her English Literature NEA first draft (2,500 words) and submit it to her teacher', 'English', 'English Literature teacher', '18/12/2026'),
                  ('Shannon will submit her UCAS application for Psychology with a personal statement checked by the Learning Advocate', 'Progression', 'Post 16 Learning Advocate', '28/01/2027')],
         pp=[('Laptop for NEA and UCAS work', 420.0, 1), ('Travel card to university open days (spring)', 90.0, None)],
         total='510.00',
         status=[('Draft', '11/11/2026', 'Designated Tutor')],
         completed_iso=None),
}
PREV = {1: ('Progression review PEP', '28/07/2026', 'Reuben will enrol on a Level 2 motor vehicle course at college (met)'),
        2: ('Progression review PEP', '30/07/2026', 'Shannon will choose a coursework text for English Literature over the summer (met)')}


def make(out_dir, n):
    v = V[n]
    path = os.path.join(out_dir, f'{STEM}-{n}.pdf')
    s = []
    W = 26.7 * cm
    s.append(P('Severnmoor Virtual School - Post 16 | ePEP Online | Print view', P_S))
    s.append(P('Personal Progression Plan (PPP)', P_T))
    s.append(P('Our Personal Education Plan (PEP) is also known at Post 16 as a Personal Progression Plan (PPP), which is reviewed 3 '
               'times a year with the young person and their Post 16 Learning Advocate.', P_S))
    s.append(P(v['window'], P_B))
    s.append(P('Section A - Young person and provider', P_H))
    lw, vw = 4.2 * cm, W / 2 - 4.2 * cm
    grid = [['First name', v['first'], 'Last name', v['sur']],
            ['Date of birth', v['dob'], 'NCY', v['ncy']],
            ['College or provider', v['college'], 'Course and level', v['course']],
            ['Date of PPP meeting', v['meeting'], 'Legal status', 'S.20 accommodated' if n == 1 else 'Care order (s.31)'],
            ['Designated Tutor', 'Mr Gareth Linsey' if n == 1 else 'Ms Aisha Rahman', 'Post 16 Learning Advocate', 'Dominic Faulds']]
    s.append(ptable(grid, [lw, vw, lw, vw], head=False,
                    extra=[('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#E7E6E6')), ('BACKGROUND', (2, 0), (2, -1), colors.HexColor('#E7E6E6'))]))
    s.append(P('Section B - Attendance and progress', P_H))
    s.append(ptable([['Attendance this academic year %', v['att_txt'], 'Attendance at previous provider %', '88.0' if n == 1 else '94.1'],
                     ['On track for course?', f'{TICK} Yes {BOX} No' if n == 1 else f'{BOX} Yes {BOX} No', 'English / maths qualifications held',
                      'Maths GCSE grade 3, English GCSE grade 3' if n == 1 else 'GCSE English 6, Maths 5']],
                    [lw, vw, lw, vw], head=False, extra=[('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#E7E6E6')), ('BACKGROUND', (2, 0), (2, -1), colors.HexColor('#E7E6E6'))]))
    s.append(P('Section C - Young Person\'s Views Prior to the Meeting', P_H))
    s.append(P('Views can be recorded in any form and uploaded here. Signs of Safety questions are used; Makaton questions are also available on this page.', P_S))
    s.append(ptable([['Question', 'My answer']] + [list(x) for x in v['views']], [7 * cm, W - 7 * cm]))
    s.append(P('Designated Tutor\'s comments: ' + ('Reuben is practical and punctual; English remains a barrier.' if n == 1 else 'Shannon is predicted BBC and is working hard.'), P_N))
    s.append(PageBreak())
    s.append(P('Section D - Targets (around three targets)', P_H))
    s.append(ptable([['No.', 'Target', 'Area', 'Who will help', 'Review by']] +
                    [[str(i), t, a, w, b] for i, (t, a, w, b) in enumerate(v['targets'], 1)],
                    [1.2 * cm, 13 * cm, 2.7 * cm, 5.3 * cm, 4.5 * cm]))
    p = PREV[n]
    s.append(P(f'Earlier record in this print: {p[0]} held {p[1]}', P_B))
    s.append(ptable([['Target set at the progression review', 'Outcome']], [W * 0.7, W * 0.3], fill='#EDEDED'))
    s.append(ptable([[p[2].rsplit(' (', 1)[0], p[2].rsplit(' (', 1)[1].rstrip(')')]], [W * 0.7, W * 0.3], head=False))
    s.append(P('Section E - Pupil Premium Plus (PP+) request', P_H))
    s.append(ptable([['Description', 'Linked target no.', 'Cost (£)']] +
                    [[d_, str(t) if t else 'none', f'{c:.2f}'] for d_, c, t in v['pp']] + [['Total PP+ requested', '', v['total']]],
                    [17 * cm, 4 * cm, 5.7 * cm]))
    s.append(P('Section F - Status history', P_H))
    s.append(ptable([['Status', 'Date', 'By']] + [list(x) for x in v['status']], [9 * cm, 8 * cm, 9.7 * cm]))
    s.append(P('Next PPP: Phase 2 PEP window (January - April 2027). A Progression review PEP takes place in late July/early August.', P_S))
    build_pdf(path, s, head=f'PPP - {v["first"]} {v["sur"]} - RESTRICTED', foot=f'ePEP Online P16 form v3 | record SVM-P16-{n}0{n}6', land=True)
    write_truth(out_dir, STEM, 'pdf', INSP, QUIRKS, n=n, child_name=f"{v['first']} {v['sur']}", child_first_name=v['first'],
                school=v['college'], year_group=int(v['ncy']), meeting_date=v['meeting_iso'], completed_date=v['completed_iso'],
                attendance_percent=float(v['att']) if v['att'] else None, pupil_voice=[b for a, b in v['views'] if b],
                targets=[{'text': t, 'area': a} for t, a, w, b in v['targets']],
                english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': d_, 'cost': c, 'target': t} for d_, c, t in v['pp']],
                pp_requested=float(v['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
