"""zZA01: Post 16 PEP, Word form with dotted leader header blanks, circled NCY, invited/present attendee
table, pre-meeting checklist, 'Factors affecting progress' attendance table, one small table per target.
Inspired by real-forms.md entry 8 (+ label variants)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZA import *

STEM = 'zZA01-p16-dotted-provider-checklist'
INSP = 'real-forms.md entry 8 and the Label variants by concept section'
QUIRKS = ['dotted leader header blanks (label……value……)', "NCY printed '11 / 12 / 13 / 14' with the chosen one bracketed",
          "'Student', 'College or Provider', 'Designated Tutor'", 'attendance given as free text in a Factors affecting progress table',
          'one small table per target', 'carer and tutor views beside the student view', 'options printed inline (No Yes)']
DOTS = '\u2026' * 6

V1 = dict(
    first='Kacper', last='Nowak', dob='19/03/2010', ncy=12, college='Harrowgate Fields College',
    course='Level 3 BTEC Extended Diploma in Engineering (year 1 of 2)',
    by='Mr Idris Okafor (Designated Tutor)', email='i.okafor@harrowgatefields.ac.example',
    pep_date='14/10/2026', last_pep='01/07/2026', next_pep='17/02/2027', completed='21/10/2026',
    participate_no=True, participate_text='',
    attendance='Autumn term to date 91.4% (college register printed 09/10/2026). Two unauthorised days on '
               '22/09/2026 and 23/09/2026 linked to family time.',
    punctuality='Late to 9am sessions three times in September; bus pass now sorted.',
    health='No concerns. Dental appointment booked for November.',
    voice=[('What is going well on my course?', 'The workshop days are the best bit, I am good at the CAD drawings and my tutor said my bracket design was the neatest in the group.'),
           ('What do I find hard?', 'Getting up for the early starts and the maths resit class because it feels like school again.'),
           ('What would I like to do after college?', 'I want to do an apprenticeship at the rail depot like my uncle did.')],
    carer='Kacper is settled and proud of his course. He needs reminders about morning routines.',
    tutor='Strong practical work; written assignments are often handed in late.',
    prev=[('Enrol on and attend GCSE maths resit classes.', 'Enrolled; attending most weeks.', 'Achieved'),
          ('Open a bank account for bursary payments.', 'Done with carer in August.', 'Achieved')],
    targets=[
        dict(area='English', text='Kacper will improve his written English by drafting his Unit 1 and Unit 2 reports in the Tuesday study-skills slot and checking spelling and punctuation before handing them in by the published deadlines',
             who='Course tutor / study-skills mentor', when='By 12/02/2027', measure='Both units submitted on time and graded Pass or above'),
        dict(area='Maths', text='Kacper will attend at least 9 out of 10 GCSE maths resit sessions each half term and complete the weekly online homework',
             who='Maths resit lecturer', when='Review at next PEP', measure='Register and homework log show 90% or better'),
        dict(area='Progression', text='Kacper will complete two rail industry apprenticeship applications with the careers adviser before the next PEP',
             who='Careers adviser / carer', when='By 31/01/2027', measure='Applications submitted; copies kept in his file'),
    ],
    spend=[('Weekly 1:1 maths tuition with college tutor, 10 x 1 hour', 350.00, '2', 'Closes gaps before the November resit'),
           ('Steel-toe work boots and PPE for workshop', 85.00, '3', 'Ready for placement days'),
           ('Study-skills mentor, 6 sessions', 240.00, '1', 'Assignments drafted and submitted on time')],
    total=675.00,
    signed_dt='I. Okafor', student_sign='K. Nowak',
)

V2 = dict(
    first='Tiegan', last='Marsh-Holloway', dob='02/11/2008', ncy=13, college='Brackley Moor Sixth Form',
    course='A levels: Psychology, Sociology, Art',
    by='Ms Fern Castellano (Designated Teacher)', email='f.castellano@brackleymoor.sch.example',
    pep_date='05/11/2026', last_pep='10/05/2026', next_pep='', completed='',
    participate_no=False,
    participate_text='Tiegan attended for the first ten minutes only. She was offered a break and the chance to finish her views with her key worker afterwards.',
    attendance='', punctuality='', health='Awaiting CAMHS review.',
    voice=[('What is going well on my course?', ''), ('What do I find hard?', ''),
           ('What would I like to do after college?', '')],
    carer='Tiegan says she is tired and has been staying up late. She enjoys Art.',
    tutor='Art coursework is a strength; Psychology essays are behind.',
    prev=[('Meet the UCAS adviser to shortlist courses.', 'One meeting held, no shortlist yet.', 'Partly'),
          ('Attend weekly Art club.', 'Attends most weeks.', 'Achieved')],
    targets=[
        dict(area='English', text='Tiegan will improve her extended writing by planning each Psychology essay with her teacher using the PEEL frame and submit two essays by the end of term',
             who='Psychology teacher', when='By 18/12/2026', measure='Two planned essays in her folder'),
        dict(area='Progression', text='Tiegan will draft her UCAS personal statement and share it with the sixth form tutor',
             who='Sixth form tutor', when='By 15/01/2027', measure='Draft on the UCAS hub'),
        dict(area='Wellbeing', text='Tiegan will use a sleep diary for four weeks and talk it through with her key worker',
             who='Key worker / carer', when='By next PEP', measure='Diary completed and discussed'),
    ],
    spend=[('Art materials and portfolio case', 120.00, '\u2014', 'Coursework presentation'),
           ('Revision guides for Psychology and Sociology', 45.00, '1', 'Essay planning')],
    total=165.00,
    signed_dt='', student_sign='',
)


def leader(d, pairs):
    p = d.add_paragraph()
    for i, (label, value) in enumerate(pairs):
        if i:
            p.add_run('     ')
        p.add_run(label).bold = True
        p.add_run(DOTS + (value if value else '') + DOTS)
    p.paragraph_format.space_after = Pt(3)
    return p


def make(v, path):
    d = new_doc(font='Calibri', size=10)
    header_footer(d, 'Post 16 PEP   |   OFFICIAL-SENSITIVE when completed   |   Thornbury Vale Virtual School, Post 16 Team',
                  'P16-PEP v3.2 (Sept 2026)   Keep the previous PEP with this form.   Return to p16pep@thornburyvale.gov.example')
    para(d, 'Post 16 PEP', bold=True, size=18, align='center', space_after=0)
    para(d, 'Personal Education Plan for young people in Years 12 to 14', italic=True, align='center', space_after=8)

    leader(d, [('PEP form completed by', v['by']), ('Email', v['email'])])
    leader(d, [('PEP Date', v['pep_date']), ('Date of last PEP', v['last_pep'])])
    leader(d, [('Student name', f"{v['first']} {v['last']}"), ('Date of birth', v['dob'])])
    p = d.add_paragraph()
    p.add_run('NCY: ').bold = True
    opts = []
    for n in (11, 12, 13, 14):
        opts.append(f'( {n} )' if n == v['ncy'] else str(n))
    p.add_run(' / '.join(opts))
    p.add_run('   (circle one)').italic = True
    leader(d, [('College or Provider', v['college'])])
    leader(d, [('Study course & level', v['course'])])

    para(d, 'Who was invited to the meeting?', bold=True, size=11)
    T, B = TICK, BOX
    ppl = [['Role', 'Name', 'Telephone', 'Email', 'Invited', 'Present'],
           ['Student', f"{v['first']} {v['last']}", '', '', T, T if v['participate_no'] else T],
           ['Carer', 'Mrs Lorna Pettifer' if v is V1 else 'Mr Dale Whitlock', '07700 900412', '', T, T],
           ['Social Worker / PA', 'Ravi Sandhu (PA)' if v is V1 else 'Josie Amankwah (SW)', '01632 960155', 'r.sandhu@tv.gov.example' if v is V1 else 'j.amankwah@tv.gov.example', T, T if v is V1 else B],
           ['Designated Tutor / Teacher', v['by'].split(' (')[0], '01632 960871', v['email'], T, T],
           ['Post 16 Learning Advocate', 'Neil Barraclough', '01632 960300', 'n.barraclough@tv.gov.example', T, T],
           ['Other', '', '', '', B, B]]
    table(d, ppl, widths=[3.5, 3.6, 2.6, 4.4, 1.4, 1.4], size=9)

    para(d, 'Before the meeting, please check:', bold=True, size=11)
    checks = ['Current attendance data has been entered', 'Current attainment data has been entered',
              'Completed pupil voice sheet if they do not wish to attend the meeting',
              'Previous PEP is at hand to discuss progress',
              'The exams permission/data sharing slip has been signed']
    got = [True, True, False, True, True] if v is V1 else [False, True, False, True, False]
    for c, g in zip(checks, got):
        para(d, f"{TICK if g else BOX}  {c}", space_after=1)

    para(d, '')
    p = d.add_paragraph()
    p.add_run('Is there any reason why the student cannot participate fully in this meeting? ').bold = True
    p.add_run(f"No {TICK if v['participate_no'] else BOX}  Yes {BOX if v['participate_no'] else TICK}")
    para(d, 'If yes, please explain why and what support was provided to increase their participation?', italic=True, space_after=1)
    t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'
    cell_text(t.cell(0, 0), v['participate_text'] or ' ')
    para(d, '')

    para(d, 'Care information:', bold=True, size=11)
    care = [['Address where student currently resides:', '14 Kestrel Rise, Harrowgate, HG9 4ZZ (foster placement)' if v is V1 else 'Supported lodgings, Brackley Moor'],
            ['Name and address of person with PR/emergency contact:', 'Thornbury Vale Council, Children\'s Services (PR); carer as emergency contact'],
            ['Who will liaise with the provider on a day to day basis?', 'Carer' if v is V1 else 'Key worker at the lodgings']]
    table(d, care, header=False, widths=[7, 10])

    table(d, [['Attendance: Factors affecting progress', 'Detail (including dates etc)'],
              ['Attendance', v['attendance']],
              ['Punctuality', v['punctuality']],
              ['Exclusions / disciplinary', 'None' if v is V1 else ''],
              ['Health', v['health']],
              ['Placement or college moves since last PEP', 'None']], widths=[6, 11])

    d.add_page_break()
    para(d, "Student's View page", bold=True, size=13)
    para(d, 'To be completed by the student, in their own words, before or at the meeting. If the student does not attend, '
            'attach the pupil voice sheet.', italic=True, size=8)
    vt = d.add_table(rows=len(v['voice']), cols=2); vt.style = 'Table Grid'
    for i, (q, a) in enumerate(v['voice']):
        cell_text(vt.cell(i, 0), q, bold=True)
        cell_text(vt.cell(i, 1), a if a else ' ')
        vt.cell(i, 0).width = Cm(5.5); vt.cell(i, 1).width = Cm(11.5)
    para(d, '')
    table(d, [['Carer\'s view', 'Tutor / teacher view'], [v['carer'], v['tutor']]], widths=[8.5, 8.5])

    para(d, 'Progress since the last PEP', bold=True, size=13)
    para(d, 'Previous targets (from the PEP dated ' + v['last_pep'] + ')', bold=True)
    table(d, [['Previous target', 'What happened', 'Outcome']] + [list(r) for r in v['prev']], widths=[7, 7, 3])

    para(d, 'New targets agreed at this PEP', bold=True, size=13)
    para(d, 'Around three targets. At least one should relate to English or maths where the student has not yet achieved '
            'grade 4. Targets should be agreed with the student.', italic=True, size=8)
    for i, tg in enumerate(v['targets'], 1):
        tt = d.add_table(rows=5, cols=2); tt.style = 'Table Grid'
        rows = [(f'Target {i}', tg['text']), ('Area', tg['area']), ('Who will help', tg['who']),
                ('By when', tg['when']), ('How will we know?', tg['measure'])]
        for r, (a, b) in enumerate(rows):
            cell_text(tt.cell(r, 0), a, bold=True)
            cell_text(tt.cell(r, 1), b)
            tt.cell(r, 0).width = Cm(4); tt.cell(r, 1).width = Cm(13)
        shade(tt.cell(0, 0), 'DDEBF7')
        para(d, '', space_after=2)

    para(d, 'Post 16 Pupil Premium Plus request (Virtual School discretionary fund)', bold=True, size=13)
    rows = [['What will the funding pay for?', 'Cost (£)', 'Target no.', 'Expected impact']]
    for desc, cost, tno, imp in v['spend']:
        rows.append([desc, f'{cost:.2f}', tno, imp])
    rows.append(['Total requested this term', f"£{v['total']:.2f}", '', ''])
    table(d, rows, widths=[7.5, 2.2, 2, 5.3])

    para(d, 'Sign-off', bold=True, size=13)
    leader(d, [('Designated Tutor signature', v['signed_dt']), ('Date', v['completed'])])
    leader(d, [('Student signature', v['student_sign'])])
    leader(d, [('Date of next PEP', v['next_pep'])])
    para(d, 'Please send the completed form to the Post 16 Learning Advocate within 10 working days of the meeting.',
         italic=True, size=8)
    d.save(path)


def iso(s):
    if not s:
        return None
    dd, mm, yy = s.split('/')
    return f'{yy}-{mm}-{dd}'


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for suf, v in (('1', V1), ('2', V2)):
        path = os.path.join(out_dir, f'{STEM}-{suf}.docx')
        make(v, path)
        write_truth(out_dir, STEM, suf, 'docx', INSP, QUIRKS,
                    child_name=f"{v['first']} {v['last']}", child_first_name=v['first'], school=v['college'],
                    year_group=v['ncy'], meeting_date=iso(v['pep_date']), completed_date=iso(v['completed']),
                    attendance_percent=91.4 if v is V1 else None,
                    pupil_voice=[a for q, a in v['voice'] if a],
                    targets=[{'text': t['text'], 'area': t['area']} for t in v['targets']],
                    english_target=True, maths_target=any(t['area'] == 'Maths' for t in v['targets']),
                    pp_spend=[{'description': s[0], 'cost': s[1], 'target': int(s[2]) if s[2].isdigit() else None}
                              for s in v['spend']],
                    pp_requested=v['total'])


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
