"""zZF02: Post 16 PEP with dotted-leader header blanks, NCY printed as '11 / 12 / 13 / 14' with the chosen one
marked, invited/present attendee grid, pre-meeting checklist, factors-affecting-progress table, PPP request
(inspired by real-forms entry 8)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZF import *

LAYOUT = 'zZF02-post16-dotted-provider'
DOTS = '\u2026' * 6

KIDS = {
    1: dict(name='Tyler Okonkwo-Rees', first='Tyler', ncy=12, college='Merrowgate College of Further Education',
            course='Level 3 BTEC Extended Diploma in Engineering (Year 1 of 2)', by='Hannah Lockwood (Designated Tutor)',
            email='h.lockwood@merrowgate.example.ac.uk', date='16/10/2026', date_iso='2026-10-16',
            done='23/10/2026', done_iso='2026-10-23',
            att='91.6% this academic year (to 9 Oct); two days missed for a family contact visit', att_v=91.6,
            part='No',
            voice=['I want to get onto the apprenticeship at Harbrook Motors after I finish.',
                   'The workshop sessions are the best bit, the maths unit is the hardest bit for me.',
                   'I would like help with my UCAS statement just in case.'],
            targets=[('Tyler will achieve a Merit or above in Unit 6 Engineering Maths by the February assessment window', 'Maths'),
                     ('Tyler will draft and redraft a personal statement and apprenticeship letter with his tutor by 30 January 2027', 'English'),
                     ('Tyler will attend 95% of timetabled sessions between now and the spring PEP', 'Attendance'),
                     ('Tyler will complete two independent travel journeys to the Harbrook site before Easter', 'Independence / careers')],
            ppp=[('Engineering maths tutor, 10 x 1 hour', '350.00', '1'),
                 ('Careers adviser sessions and application support, 3 sessions', '150.00', '2'),
                 ('Bus pass (spring term)', '210.00', '4')],
            total='710.00', nxt='Spring term 2027 - w/c 15 March'),
    2: dict(name='Chantelle Marsh', first='Chantelle', ncy=13, college='Oakhurst Training Provider (Study Programme)',
            course='Level 1 Hair and Beauty with English and maths', by='', email='', date='5th November 2026',
            date_iso='2026-11-05', done='', done_iso=None, att='', att_v=None, part='Yes',
            voice=['I did not want to come to the meeting because too many people talk about me.',
                   'I like the practical days and my tutor Bev.'],
            targets=[('Chantelle will pass Functional Skills English Entry 3 reading by the end of March 2027', 'English'),
                     ('Chantelle will attend her Monday and Tuesday sessions every week for a half term', 'Attendance'),
                     ('Chantelle will complete her work-placement log at Salon Seventeen', 'Careers')],
            ppp=[('Mentor sessions with Youth Pathways worker', '240.00', None),
                 ('Hair and beauty kit (scissors, practice head)', '95.00', '3')],
            total='335.00', nxt=''),
}


def field(label, value):
    return Paragraph(f'<b>{esc(label)}</b> {esc(value) if value else DOTS * 3}', P)


def make(out_dir, n):
    k = KIDS[n]
    fn = f'{LAYOUT}-{n}.pdf'
    st = []
    st.append(Paragraph('Post 16 PEP', H))
    st.append(Paragraph('Personal Education Plan for young people in care aged 16-18 (NCY 12-14). Please complete electronically and return to the Virtual School Post 16 team.', SMALL))
    st.append(Spacer(1, 6))
    st.append(field('PEP form completed by' + DOTS, (k['by'] + '   Email' + DOTS + ' ' + k['email']) if k['by'] else ''))
    st.append(field('PEP Date' + DOTS, k['date']))
    st.append(field('Student name' + DOTS, k['name']))
    opts = ' / '.join(f'[{y}]' if y == k['ncy'] else str(y) for y in (11, 12, 13, 14))
    st.append(Paragraph(f'<b>NCY:</b> {opts}   <font size=7>(circle one - selection shown in brackets)</font>', P))
    st.append(field('College or Provider' + DOTS, k['college']))
    st.append(field('Study course & level' + DOTS, k['course']))
    st.append(Spacer(1, 8))
    st.append(Paragraph('<b>Before the meeting</b>', P))
    chk = [('Current attendance data has been entered', n == 1), ('Current attainment data has been entered', True),
           ('Completed pupil voice sheet if they do not wish to attend the meeting', n == 2),
           ('Previous PEP is at hand to discuss progress', True),
           ('The exams permission/data sharing slip has been signed', n == 1)]
    st.append(ptable([[('[X]' if c else '[  ]'), t] for t, c in chk], [28, 472], header=False))
    st.append(Spacer(1, 8))
    st.append(Paragraph('<b>Who was invited</b>', P))
    ppl = [['Role', 'Name', 'Telephone', 'Email', 'Invited', 'Present'],
           ['Student', k['name'], '-', '-', 'Y', 'Y' if n == 1 else 'N'],
           ['Designated Tutor', 'Hannah Lockwood' if n == 1 else 'Bev Ashdown', '01632 960 441', 'tutor@provider.example', 'Y', 'Y'],
           ['Social Worker / PA', 'Marcus Fenn' if n == 1 else 'Leanne Curtis (PA)', '01632 960 118', 'sw@thornbury.example.gov.uk', 'Y', 'Y'],
           ['Carer / supported lodgings', 'Gail and Ray Sutton', '07700 900 327', '-', 'Y', 'Y' if n == 1 else 'N'],
           ['Post 16 Learning Advocate', 'Dev Sandhu', '01632 960 500', 'vs.post16@thornbury.example.gov.uk', 'Y', 'Y']]
    st.append(ptable(ppl, [85, 90, 75, 150, 42, 48]))
    st.append(Spacer(1, 6))
    st.append(Paragraph(f'<b>Is there any reason why the student cannot participate fully in this meeting?</b> No Yes &nbsp;&nbsp; Answer: {k["part"]}', P))
    st.append(Paragraph('If yes, please explain why and what support was provided to increase their participation?', P))
    st.append(ptable([['Chantelle chose not to attend; Bev completed the pupil voice sheet with her the week before.' if n == 2 else '']], [500], header=False))
    st.append(Spacer(1, 6))
    st.append(Paragraph('<b>Care information:</b>', P))
    st.append(ptable([['Address where student currently resides:', '14 Kestrel Close, Thornbury Vale (supported lodgings)'],
                      ['Name and address of person with PR/emergency contact:', 'Thornbury Vale Council, Children\'s Services (Care Order)'],
                      ['Who will liaise with the provider on a day to day basis?', 'Carer' if n == 1 else 'PA']], [230, 270], header=False))
    st.append(PageBreak())
    st.append(Paragraph('Attendance and progress', H))
    st.append(ptable([['Attendance: Factors affecting progress', 'Detail (including dates etc)'],
                      ['Attendance', k['att']],
                      ['Punctuality', 'Good' if n == 1 else ''],
                      ['Health / wellbeing', 'No concerns' if n == 1 else 'Anxiety - GP aware'],
                      ['Placement', 'Stable since 2024' if n == 1 else 'Moved in September 2026']], [200, 300]))
    st.append(Spacer(1, 8))
    st.append(Paragraph('Student\'s view', H))
    st.append(Paragraph('What is going well, what is difficult, what do you want to do next? (in the student\'s words)', SMALL))
    st.append(ptable([[' '.join(k['voice'])]], [500], header=False))
    st.append(Spacer(1, 6))
    st.append(Paragraph('Tutor\'s view', PB))
    st.append(ptable([['Strong practical skills; needs to keep on top of written assignments.' if n == 1 else 'Good when she is here; practical skills are developing.']], [500], header=False))
    st.append(Spacer(1, 8))
    st.append(Paragraph('Review of last PEP\'s targets', H))
    st.append(ptable([['Last target', 'Outcome'],
                      ['Pass Unit 4 first time' if n == 1 else 'Enrol on a study programme', 'Met'],
                      ['Open a bank account', 'Not met - carried forward as part of independence work']], [300, 200]))
    st.append(Spacer(1, 8))
    st.append(Paragraph('Targets agreed today', H))
    rows = [['T', 'Target', 'Area']] + [[f'T{i}', t, a] for i, (t, a) in enumerate(k['targets'], 1)]
    st.append(ptable(rows, [25, 375, 100]))
    st.append(Spacer(1, 8))
    st.append(Paragraph('Pupil Premium Plus (PPP) request', H))
    rows = [['Intended use of the funding', 'Cost (£)', 'Target (T no.)']] + [[d_, c, f'T{t}' if t else '-'] for d_, c, t in k['ppp']]
    rows.append(['Total amount requested', k['total'], ''])
    st.append(ptable(rows, [330, 80, 90]))
    st.append(Spacer(1, 8))
    st.append(field('Date PEP completed and sent to Virtual School' + DOTS, k['done']))
    st.append(field('Next PEP' + DOTS, k['nxt']))
    st.append(Paragraph('Post-16 PEPs are reviewed at least once a year; the Virtual School recommends termly reviews for NCY 12 and 13.', SMALL))
    build_pdf(os.path.join(out_dir, fn), st, header='Thornbury Vale Virtual School - Post 16 PEP v3.2',
              footer='VS-P16-PEP  Ref ' + str(30440 + n))
    write_truth(out_dir, fn, {
        'layout': LAYOUT, 'inspired_by': 'real-forms.md entry 8',
        'quirks': ['dotted leader blanks for header fields', 'NCY options printed inline, chosen one in brackets',
                   '"Student" and "College or Provider" wording', 'attendance in a factors-affecting-progress table',
                   'tutor view next to the student view'],
        'child_name': k['name'], 'child_first_name': k['first'], 'school': k['college'], 'year_group': k['ncy'],
        'meeting_date': k['date_iso'], 'completed_date': k['done_iso'], 'attendance_percent': k['att_v'],
        'pupil_voice': k['voice'], 'targets': [{'text': t, 'area': a} for t, a in k['targets']],
        'english_target': True, 'maths_target': n == 1,
        'pp_spend': [{'description': d_, 'cost': float(c), 'target': int(t) if t else None} for d_, c, t in k['ppp']],
        'pp_requested': float(k['total'])})


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1); make(out_dir, 2)


if __name__ == '__main__':
    build(sys.argv[1])
