"""zZO04: post-16 ePEP printout in lettered sections (A-G), landscape; Section C is the young person's views
prior to the meeting in a signs-of-safety three-column grid; PEP window; grading 'approved'. PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZO import *

STEM = 'zZO04-epep-sections-landscape-p16'
INSPIRED = 'real-forms.md entries 3, 31, 14'
LS = landscape(A4)
W = LS[0] - 3 * cm

CASES = {
    1: dict(
        sur='Whitlock', fore='Darcey', dob='11-Mar-2010', ncy='12', yg=12, college='Tennerby College of Further Education',
        course='Level 2 Diploma in Animal Care (year 1 of 2)', window='Autumn 2026 PEP window (Sep - Nov)',
        meeting='15-Oct-2026', meeting_iso='2026-10-15', last='Progression review PEP 29-Jul-2026', next='Spring 2027 PEP window',
        att='89.6%', att_v=89.6,
        sos=[['I love the practical days at the animal unit, especially the reptile room.',
              'I am worried about my English resit because I failed it twice.',
              'I need someone to go through the exam questions with me before the resit in November.'],
             ['My tutor Jo is really nice and checks in on me.', 'The bus is late a lot so I miss the start of Monday sessions.',
              'I want to save up for a provisional licence.']],
        carer='Darcey is doing well at college and is more confident. Travel is still an issue on Mondays.',
        prev=[('P1', 'Darcey will enrol on her Level 2 course and complete induction.', 'Green - achieved'),
              ('P2', 'Darcey will open a bank account for her bursary.', 'Green - achieved'),
              ('P3', 'Darcey will pass GCSE English Language (grade 4) in the summer resit.', 'Red - grade 3; carried forward, broken down')],
        targets=[
            ('T1', 'Darcey will complete 6 practice Paper 1 reading questions with her English tutor and gain grade 4 in the November GCSE English Language resit.', 'English', 'Weekly 1:1 resit tutor; past papers', 'Ms Greenhalgh (English resit tutor)', '30-Nov-2026'),
            ('T2', 'Darcey will pass the Level 1 Functional Skills maths online test by the end of the spring term.', 'Maths', 'Functional skills workshop Thursdays', 'Mr Abbas (maths)', '31-Mar-2027'),
            ('T3', 'Darcey will arrive for the 9am start on Mondays in 9 out of 10 weeks using the earlier bus and her travel pass.', 'Attendance / independence', 'Travel pass; tutor check-in text', 'Jo Marlow (personal tutor)', '18-Dec-2026'),
        ],
        pp=[('T1', 'English GCSE resit tutoring, 8 x 1 hour', '280.00'),
            ('T2', 'Functional Skills maths revision workbook and online practice licence', '45.00'),
            ('T3', 'Termly bus pass top-up (Tennerby Connect)', '150.00'),
            ('T1', 'Exam access arrangements assessment', '90.00')],
        total='565.00',
        completed='20-Oct-2026', completed_iso='2026-10-20', grade='Approved', qa='27-Oct-2026',
        tutor='Jo Marlow (Designated Tutor)',
    ),
    2: dict(
        sur='Ferreira-Lund', fore='Caleb', dob='04-Aug-2009', ncy='13', yg=13, college='Ouseholme Sixth Form Centre',
        course='A levels: Biology, Psychology, English Literature', window='Autumn 2026 PEP window (Sep - Nov)',
        meeting='03-Nov-2026', meeting_iso='2026-11-03', last='Progression review PEP 30-Jul-2026', next='',
        att='', att_v=None,
        sos=[['', '', ''], ['', '', '']],
        carer='Caleb lives in supported lodgings. His host says he studies late and is worried about UCAS.',
        prev=[('P1', 'Caleb will choose his UCAS options by October half-term.', 'Amber - in progress')],
        targets=[
            ('T1', 'Caleb will submit a final draft of his UCAS personal statement to his tutor by 01-Dec-2026.', 'Careers / progression', 'Weekly UCAS drop-in', 'Mrs Lindqvist (UCAS adviser)', '01-Dec-2026'),
            ('T2', 'Caleb will plan English Literature coursework and hand in the NEA draft by 15-Jan-2027.', 'English', 'Coursework clinic', 'Mr Osei (English Literature)', '15-Jan-2027'),
            ('T3', 'Caleb will cook three meals a week using the budget planner from his independence worker.', 'Independence', 'Independence sessions', 'Leaving care PA', '31-Jan-2027'),
        ],
        pp=[('T1', 'University open day travel (two visits)', '110.00'),
            ('T2', 'Set texts and study guides for English Literature', '60.00')],
        total='170.00',
        completed='', completed_iso=None, grade='Draft - not submitted', qa='',
        tutor='Hannah Petrakis (Designated Tutor)',
    ),
}


def build_one(out_dir, n):
    c = CASES[n]
    full = c['fore'] + ' ' + c['sur']
    st = []
    st.append(P('ePEP  |  Ravensholt Virtual School  |  Post-16 collection', 'b'))
    st.append(P('Personal Education Plan - Young Person aged 16-18', 'h1'))
    st.append(grid([['PEP window', c['window'], 'Previous PEP', c['last'], 'Next PEP', c['next']]],
                   [2.5 * cm, 5.5 * cm, 2.5 * cm, 6 * cm, 2.2 * cm, W - 18.7 * cm], head=False,
                   first_col_fill=colors.HexColor('#DDEBF7')))
    st.append(P('Section A - Young person details', 'h2'))
    st.append(grid([['Surname', 'Forename', 'Date of birth', 'NCY', 'Setting / college', 'Course and level'],
                    [c['sur'], c['fore'], c['dob'], c['ncy'], c['college'], c['course']]],
                   [3.5 * cm, 3 * cm, 2.7 * cm, 1.3 * cm, 7 * cm, W - 17.5 * cm]))
    st.append(Spacer(1, 4))
    st.append(grid([['PEP meeting date', 'Attended by', 'Young person present?'],
                    [c['meeting'], (f'{full}; ' if n == 1 else '') + c['tutor'] + '; social worker ' +
                     ('Rhiannon Vale' if n == 1 else 'Paul Ekwueme') + '; VS officer A. Moncrieff' +
                     ('; carer Mrs Deakin' if n == 1 else ''),
                     'Yes' if n == 1 else 'No - at a university open day (reason recorded)']],
                   [4 * cm, W - 10 * cm, 6 * cm]))
    st.append(P('Section B - Attendance and education history', 'h2'))
    st.append(grid([['Attendance (college register, this academic year)', 'Attendance (last year, Year ' +
                     str(c['yg'] - 1) + ')', 'Number of education placements since 11', 'NEET periods'],
                    [c['att'], '84.0%' if n == 1 else '96.2%', '2' if n == 1 else '1', 'None']],
                   [W * 0.35, W * 0.25, W * 0.25, W * 0.15]))
    st.append(PageBreak())
    st.append(P('Section C - Young Person\'s Views Prior to the Meeting', 'h2'))
    st.append(P('Views can be recorded in any form and uploaded here. Makaton questions are also available on this '
                'page. Views are gathered using the Signs of Safety model.', 'small'))
    st.append(P(f'Views of {full}' + (' (typed by Jo Marlow from our conversation on 08-Oct-2026)' if n == 1 else ''), 'b'))
    st.append(grid([["What's working well?", 'What am I worried about?', 'What needs to happen next?']] + c['sos'],
                   [W / 3] * 3))
    st.append(Spacer(1, 6))
    st.append(P('Carer / supported lodgings host views', 'b'))
    st.append(grid([[c['carer']]], [W], head=False))
    st.append(P('Section D - Progress on previous targets', 'h2'))
    st.append(grid([['Ref', 'Target from previous PEP', 'RAG at this review']] + [list(x) for x in c['prev']],
                   [1.5 * cm, W - 7.5 * cm, 6 * cm]))
    st.append(P('Section E - Targets for this PEP (around three)', 'h2'))
    st.append(grid([['Ref', 'Target', 'Area', 'Actions / support', 'Lead person', 'By']] + [list(x) for x in c['targets']],
                   [1.2 * cm, 10 * cm, 3.2 * cm, 4.5 * cm, 4 * cm, W - 22.9 * cm]))
    st.append(PageBreak())
    st.append(P('Section F - Pupil premium tracking (PP+ Resource Tracker)', 'h2'))
    st.append(grid([['Target ref', 'Resource / intervention', 'Cost £', 'Impact to be reviewed at next PEP']] +
                   [[a, b, cst, ''] for a, b, cst in c['pp']] + [['', 'Total PP+ requested', c['total'], '']],
                   [2.2 * cm, 12 * cm, 2.5 * cm, W - 16.7 * cm]))
    st.append(Spacer(1, 4))
    st.append(P('Personal Education Allowance (PEA): for out-of-school activities the young person can apply for '
                'separately to the Virtual School. It is not part of the PP+ request above.', 'small'))
    st.append(P('Section G - Completion and quality assurance', 'h2'))
    st.append(grid([['Completed by', 'Date completed', 'PEP grade (VS)', 'Date graded'],
                    [c['tutor'], c['completed'], c['grade'], c['qa']]], [W * 0.3, W * 0.2, W * 0.3, W * 0.2]))
    st.append(P('Would this be good enough for my child? PP+ is paid on the basis of the PEP being graded as '
                '\'approved\'.', 'small'))
    build_pdf(os.path.join(out_dir, f'{STEM}-{n}.pdf'), st, pagesize=LS,
              head=f'{c["sur"]}, {c["fore"]}   ePEP ID 00{48211 + n * 7}   Post-16',
              foot='Export generated from ePEP. Confidential: contains personal data.')
    voice = [v for row in c['sos'] for v in row if v]
    quirks = ['landscape; lettered sections A-G', 'header strip with PEP window, previous (progression review) PEP and next PEP',
              'name as Surname, Forename in the page header; surname/forename in separate cells',
              'views in a signs-of-safety three-column grid; carer view below it',
              'post-16 NCY and course instead of year group; Designated Tutor', 'targets refs T1-T3, PP+ links by ref',
              'PEA note is a distractor (not PP+)', 'completion date separate from VS grading date']
    if n == 2:
        quirks += ['Section C grid printed but empty', 'attendance this year blank (last year filled)',
                   'no maths target', 'not submitted: no completion date, no next PEP']
    write_truth(out_dir, f'{STEM}-{n}', 'pdf', INSPIRED, quirks,
                child_name=full, child_first_name=c['fore'], school=c['college'], year_group=c['yg'],
                meeting_date=c['meeting_iso'], completed_date=c['completed_iso'], attendance_percent=c['att_v'],
                pupil_voice=voice, targets=[{'text': t[1], 'area': t[2]} for t in c['targets']],
                english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': b, 'cost': float(cst), 'target': int(a[1:]) if a else None} for a, b, cst in c['pp']],
                pp_requested=float(c['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
