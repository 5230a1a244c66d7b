"""zZO02: school-age PEP whose front page carries the invite table and the agenda sheet; child's views are
Sections 1-2 (first), carer Section 3, social worker Section 4. PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZO import *

STEM = 'zZO02-agenda-sections-views-first'
INSPIRED = 'real-forms.md entries 14, 31'
HL = colors.HexColor('#FFF2A8')

CASES = {
    1: dict(
        surname='Kettleborough', fore='Rhys', dob='21/05/2014', year='Year 8', yg=8,
        school='St Aldhelm\'s C of E Academy', upn='H812400071204', lac='CIC-300918',
        meeting='03/11/2026', meeting_iso='2026-11-03', last='12/05/2026', nxt='04/05/2027',
        pep_type='review', returned='13/11/2026', returned_iso='2026-11-13',
        v1=[('What is going well at school?', 'I like DT because we get to make things and Mr Barrow lets me use the saw.'),
            ('What do you find hard?', 'Writing long answers in history is hard and I give up.'),
            ('Is anything worrying you?', 'Sometimes in the changing rooms people say stuff about me being in care.'),
            ('What would help you?', 'It helps when Miss Farrant checks I have wrote the homework down.')],
        v2='I want to be a mechanic like my uncle so I need to pass maths.',
        carer='Rhys has settled well since the summer. He needs reminding about homework and is tired on Mondays after contact.',
        att='92.3%', att_v=92.3, att_last='88.0%', excl='None this year (1 internal in Year 7)',
        prev=[('Rhys will complete 4 out of 5 homework tasks each week, checked in planner.', 'Mostly achieved'),
              ('Rhys will learn his 6, 7 and 8 times tables.', 'Achieved'),
              ('Rhys will attend lunchtime Lego club once a week.', 'Not achieved - stopped going after October')],
        targets=[
            ('Rhys will write a full PEEL paragraph in history and English, with one piece of evidence, in 3 out of 4 marked pieces by February half-term.', 'English / literacy', 'Ms Adeyemi (English)', 'Feb 2027'),
            ('Rhys will solve two-step equations and score 70% or more on the Unit 4 algebra assessment.', 'Maths', 'Mr Devlin (maths)', 'Jan 2027'),
            ('Rhys will tell a trusted adult (Miss Farrant) if comments in the changing rooms upset him, and will use the pastoral pass to change in the side room when he needs to.', 'SEMH', 'Miss Farrant (pastoral)', 'Ongoing, review Dec 2026'),
        ],
        pp=[('Small-group writing intervention with HLTA, 2 x 30 mins a week for 12 weeks', '1', '420.00'),
            ('Online maths programme licence and after-school maths club', '2', '95.00'),
            ('Mentoring sessions with Miss Farrant, weekly', '3', '360.00'),
            ('Revision guides for English and maths', '1', '25.00')],
        pp_total='900.00',
        dt='Mrs Colleen Varga', sw='Tobias Wren (SW, Ashburn Locality Team)',
    ),
    2: dict(
        surname='Okonjo-Price', fore='Nia', dob='09/01/2011', year='Year 10', yg=10,
        school='Harrowgate Vale School', upn='J812400065532', lac='CIC-287745',
        meeting='22/09/2026', meeting_iso='2026-09-22', last='10/03/2026', nxt='March 2027',
        pep_type='year', returned='', returned_iso=None,
        v1=[('What is going well at school?', ''), ('What do you find hard?', ''),
            ('Is anything worrying you?', ''), ('What would help you?', '')],
        v2='',
        carer='Nia has been quiet since starting Year 10. She says she likes her new form tutor.',
        att='', att_v=None, att_last='86.4%', excl='',
        prev=[('Nia will bring the correct equipment to every lesson.', 'Achieved'),
              ('Nia will complete her science coursework on time.', 'Partly')],
        targets=[
            ('Nia will plan and write a timed GCSE English Language Question 5 response and reach grade 4 in the December mocks.', 'English', 'Mr Sallow', 'Dec 2026'),
            ('Nia will complete one Hegarty Maths task on ratio each week and move from grade 3 to grade 4 by the spring data drop.', 'Maths', 'Mrs Ince', 'Mar 2027'),
            ('Nia will meet her form tutor fortnightly to plan her work experience placement.', 'SEMH / careers', 'Form tutor', 'Feb 2027'),
        ],
        pp=[('English tutoring, 10 sessions with external tutor', '1', '450.00'),
            ('Art therapy taster sessions', '', '200.00')],
        pp_total='650.00',
        dt='Mr Idris Pembleton', sw='Karen Oduya',
    ),
}


def build_one(out_dir, n):
    c = CASES[n]
    st = []
    st.append(P('Marlstone Council - Children in Care Education Service', 'b'))
    st.append(P('PERSONAL EDUCATION PLAN', 'h1'))
    st.append(P('Statutory school age. Please read the agenda overleaf before the meeting. People highlighted in the '
                'table below must be invited.', 'small'))
    st.append(Spacer(1, 6))
    st.append(grid([['Surname', 'Forename(s)', 'Date of birth', 'Year group'],
                    [c['surname'], c['fore'], c['dob'], c['year']],
                    ['School attended', 'UPN', 'CIC number', 'Date of meeting'],
                    [c['school'], c['upn'], c['lac'], c['meeting']]],
                   [5 * cm, 4 * cm, 4 * cm, 5 * cm], head=True))
    st[-1].setStyle(TableStyle([('BACKGROUND', (0, 2), (-1, 2), colors.HexColor('#D9E2F3'))]))
    st.append(Spacer(1, 6))
    tk = lambda b: TICK if b else BOX
    t = c['pep_type']
    st.append(P(f"Reason for this PEP:  {tk(t == 'new')} Child has become looked after   {tk(t == 'place')} Change of placement   "
                f"{tk(t == 'year')} Start of a new academic year   {tk(t == 'review')} After 6 months (review form used)   "
                f"{BOX} Underperforming / extreme behaviour"))
    st.append(Spacer(1, 6))
    st.append(P('Date of last PEP: ' + c['last'] + '       Date of next PEP: ' + c['nxt']))
    st.append(Spacer(1, 8))
    inv = [['Invited', 'Name', 'Attended', 'Copy sent'],
           ['Child / young person', c['fore'] + ' ' + c['surname'], 'Yes' if n == 1 else 'No', 'Yes'],
           ['Carer', 'Mr and Mrs Ashdown' if n == 1 else 'Lorraine Beddoes', 'Yes', 'Yes'],
           ['Social worker', c['sw'], 'Yes', 'Yes'],
           ['Designated teacher (Chair)', c['dt'], 'Yes', 'Yes'],
           ['Virtual School adviser', 'Dr Philippa Nunn', 'No (sent report)', 'Yes'],
           ['Parent (if appropriate)', 'Not invited - court order', '', ''],
           ['Other', 'SENCo: Mr A. Thorne' if n == 1 else '', '', '']]
    g = grid(inv, [5 * cm, 6 * cm, 3.5 * cm, 3.5 * cm])
    g.setStyle(TableStyle([('BACKGROUND', (0, r), (1, r), HL) for r in (1, 2, 3, 4)]))
    st.append(g)
    st.append(PageBreak())
    st.append(P('PEP Meeting Agenda', 'h2'))
    ag = [['Agenda Items', 'Person responsible'],
          ['1 Introductions', 'Chair'],
          ['2 Section 1 and 2: This section must be completed prior to the meeting. Go through child/young persons views '
           'and if present and applicable ask him/her to expand on any points', 'Young person or nominee'],
          ['3 Section 3: Carer\'s contribution', 'Carer'],
          ['4 Section 4: To be completed by the SW. Essential Pupil information - legal situation, parental '
           'responsibility, who can sign forms for school trips both one day and residential. Strengths and '
           'difficulties questionnaire', 'Social worker'],
          ['5 Sections 5 and 6: Attendance, attainment and review of previous targets', 'Designated teacher'],
          ['6 Section 7: New targets (two academic, one holistic) and Section 8: PP+', 'Designated teacher'],
          ['7 Any other business; date of next PEP', 'Chair']]
    st.append(grid(ag, [12.5 * cm, 5.5 * cm]))
    st.append(Spacer(1, 10))
    st.append(P('Section 1: My views (to be completed before the meeting)', 'h2'))
    st.append(grid([['Question', 'In my own words']] + [[q, a] for q, a in c['v1']], [6 * cm, 12 * cm]))
    st.append(P('Section 2: What I want for my future / what I need help with', 'h2'))
    st.append(grid([[c['v2']]], [18 * cm], head=False))
    st.append(P('If the young person did not attend, a clear reason must be recorded: ' +
                ('' if n == 1 else 'Nia chose not to come to the meeting.'), 'small'))
    st.append(P('Section 3: Carer\'s views', 'h2'))
    st.append(grid([[c['carer']]], [18 * cm], head=False))
    st.append(P('Section 4: Essential Pupil information (SW)', 'h2'))
    st.append(grid([['Legal situation', 'Section 31 Full Care Order' if n == 1 else 'Section 20 (accommodated)'],
                    ['Parental responsibility', 'Marlstone Council and mother' if n == 1 else 'Mother and father'],
                    ['Who can sign forms for school trips (one day)', 'Carer'],
                    ['Who can sign forms for school trips (residential)', 'Social worker'],
                    ['Strengths and difficulties questionnaire (SDQ) score', '17 (slightly raised)' if n == 1 else '21']],
                   [8 * cm, 10 * cm], head=False, first_col_fill=colors.HexColor('#F2F2F2')))
    st.append(PageBreak())
    st.append(P('Section 5: Attendance and attainment', 'h2'))
    st.append(grid([['Attendance this academic year', c['att']],
                    ['Attendance last academic year', c['att_last']],
                    ['Exclusions (internal and external)', c['excl']]],
                   [8 * cm, 10 * cm], head=False, first_col_fill=colors.HexColor('#F2F2F2')))
    st.append(Spacer(1, 6))
    att = [['Subject', 'Working at', 'Target', 'On track?'],
           ['English', '5-' if n == 1 else '3', '6' if n == 1 else '4', 'Yes' if n == 1 else 'No'],
           ['Maths', '4+' if n == 1 else '3', '5', 'Yes' if n == 1 else 'No'],
           ['Science', '5', '5', 'Yes']]
    st.append(grid(att, [5 * cm, 4 * cm, 4 * cm, 5 * cm]))
    st.append(P('Section 6: Review of targets from the last PEP', 'h2'))
    st.append(grid([['Previous target', 'Outcome']] + [list(x) for x in c['prev']], [13 * cm, 5 * cm]))
    st.append(P('Section 7: New targets', 'h2'))
    st.append(P('Targets one and two address academic progress and are drafted before the meeting. Target three is '
                'holistic (social, emotional and mental health) and should reflect the young person\'s views. Only a '
                'teacher should set targets.', 'small'))
    for i, (tx, area, who, when) in enumerate(c['targets'], 1):
        st.append(Spacer(1, 4))
        st.append(grid([[f'Target {i} ({area})', ''], [tx, ''], ['Who will support', who], ['By when', when]],
                       [5 * cm, 13 * cm]))
        st[-1].setStyle(TableStyle([('SPAN', (0, 1), (1, 1)), ('SPAN', (0, 0), (1, 0))]))
    st.append(P('Section 8: Pupil Premium Plus (PP+)', 'h2'))
    st.append(grid([['Intervention / resource', 'Target no.', 'Cost (GBP)']] + [list(x) for x in c['pp']] +
                   [['Total PP+ requested this term', '', c['pp_total']]], [12 * cm, 2.5 * cm, 3.5 * cm]))
    st.append(P('Section 9: Completion', 'h2'))
    st.append(grid([['Designated teacher', c['dt']],
                    ['Date PEP returned to the Virtual School', c['returned']],
                    ['Date of next PEP', c['nxt']]],
                   [8 * cm, 10 * cm], head=False, first_col_fill=colors.HexColor('#F2F2F2')))
    fn = f'{STEM}-{n}.pdf'
    build_pdf(os.path.join(out_dir, fn), st, head='MARLSTONE COUNCIL  -  CONFIDENTIAL',
              foot=f'PEP/SSA/2026  Ref {c["lac"]}  Printed from CIC Education Record')
    voice = [a for _, a in c['v1'] if a] + ([c['v2']] if c['v2'] else [])
    quirks = ['surname and forename(s) in separate cells', 'invite table highlighted (must-invite rows)',
              'agenda sheet before the form; agenda numbers do not match section numbers',
              'child views are Sections 1-2 (first), carer Section 3, social worker Section 4',
              'one small table per target; targets 1-2 academic, 3 holistic',
              'this-year and last-year attendance side by side']
    if n == 2:
        quirks += ['voice Sections 1-2 printed but blank (reason for non-attendance recorded)',
                   'attendance this year left blank (last year filled)', 'one PP+ line has no target number',
                   'no return/completion date']
    write_truth(out_dir, f'{STEM}-{n}', 'pdf', INSPIRED, quirks,
                child_name=c['fore'] + ' ' + c['surname'], child_first_name=c['fore'], school=c['school'],
                year_group=c['yg'], meeting_date=c['meeting_iso'], completed_date=c['returned_iso'],
                attendance_percent=c['att_v'], pupil_voice=voice,
                targets=[{'text': t[0], 'area': t[1]} for t in c['targets']],
                english_target=True, maths_target=True,
                pp_spend=[{'description': d, 'cost': float(cost), 'target': int(no) if no else None}
                          for d, no, cost in c['pp']],
                pp_requested=float(c['pp_total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
