"""zZM03: Mosaic/Frameworki episode print of an 'Education Review (PEP)': Parts A-D, numbered labels above
content-control boxes, workflow status history, Mind of My Own statements, prose targets (DOCX)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZM import *

LAYOUT = 'zZM03-mosaic-education-review-boxes'
INSP = 'real-forms.md entries 21, 24, 19'
QUIRKS = ['episode print with Parts A, B, C and D and numbered question labels (A1, B3 ...) above the boxes',
          "empty boxes print the placeholder 'Click or tap here to enter text.'",
          'workflow status history table at the end gives the completion date',
          'voice is pasted Mind of My Own statements with timestamps',
          'new targets written as prose paragraphs, previous target broken down into steps',
          "meeting called 'Education Review'; Strengths and Challenges, executive functioning, Preparing for Adulthood"]
PH = 'Click or tap here to enter text.'


def q(doc, num, label, value, note=None):
    p = doc.add_paragraph()
    r = p.add_run(f'{num}  '); r.bold = True; r.font.color.rgb = RGBColor.from_string('7F7F7F')
    r = p.add_run(label); r.bold = True
    p.paragraph_format.space_after = Pt(2)
    if note:
        para(doc, note, size=8, italic=True, color='595959')
    t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
    c = t.rows[0].cells[0]
    if value:
        cell_text(c, value)
    else:
        cell_text(c, PH, color='808080')
    shade(c, 'F7F7F7')
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def part(doc, letter, title):
    banner(doc, f'PART {letter}:  {title}', fill='404040')
    doc.add_paragraph()


def make(out_dir, sfx, d):
    doc = new_doc('Arial', 9.5)
    header_footer(doc, f'Mosaic  \u203a  Person ID {d["pid"]}  \u203a  Episode: Education Review (PEP)  \u203a  Printed {d["printed"]}',
                  'Sherwood Forge County Council  \u2013  Virtual School for Children in Care.  Protect: this print contains '
                  'personal data.')
    para(doc, 'Education Review (PEP)', bold=True, size=18)
    para(doc, 'Sherwood Forge Virtual School  \u2013  Personal Education Plan for children and young people in care (Reception to Year 11)',
         size=9)
    para(doc, 'This episode contains Parts A, B, C and D. Part A is opened by the social worker; Parts B, C and D by the '
              'Designated Teacher. The episode cannot be finished until Part D is complete.', size=8, italic=True)

    part(doc, 'A', 'About the young person (social worker)')
    q(doc, 'A1', 'Name of young person', d['name'])
    q(doc, 'A2', 'Date of birth', d['dob'])
    q(doc, 'A3', 'Legal status and date became looked after', d['legal'])
    q(doc, 'A4', 'Carer(s) and placement', d['carer'])
    q(doc, 'A5', 'Social worker', d['sw'])

    part(doc, 'B', 'Education setting and the Education Review meeting (Designated Teacher)')
    q(doc, 'B1', 'School currently attended', d['school'])
    q(doc, 'B2', 'Current National Curriculum year', d['ncy'])
    q(doc, 'B3', 'Date of this Education Review', d['meeting'],
      note=f'Date of last Education Review: {d["last"]}')
    q(doc, 'B4', 'Who took part (name and role)', d['present'])
    q(doc, 'B5', 'Attendance this academic year (%)', d['att'],
      note='Include authorised and unauthorised absence, part-time timetables and any suspensions.')
    q(doc, 'B6', 'Progress and attainment summary', d['progress'])

    part(doc, 'C', 'Strengths and Challenges, voice and targets')
    q(doc, 'C1', 'Young person\u2019s views (Mind of My Own statements or words recorded at the review)', d['voice_box'],
      note='Paste Mind of My Own statements as sent. Do not edit the young person\u2019s words.')
    q(doc, 'C2', 'Carer\u2019s views', d['carer_view'])
    q(doc, 'C3', 'Strengths and Challenges (including executive functioning skills)', d['strengths'])
    q(doc, 'C4', 'Preparing for Adulthood (across the age range)', d['pfa'])
    q(doc, 'C5', 'Review of previous targets', d['prev'],
      note='Targets which are not met when evaluated at a review should not be repeated, but broken down further.')
    p = doc.add_paragraph(); r = p.add_run('C6  '); r.bold = True; r.font.color.rgb = RGBColor.from_string('7F7F7F')
    r = p.add_run('New targets agreed at this Education Review'); r.bold = True
    for i, (area, txt, how) in enumerate(d['targets'], 1):
        p = doc.add_paragraph()
        r = p.add_run(f'Target {i} ({area}). '); r.bold = True
        p.add_run(txt + ' ')
        r = p.add_run(how); r.italic = True
    doc.add_paragraph()

    part(doc, 'D', 'Pupil Premium Plus and completion (Designated Teacher)')
    p = doc.add_paragraph(); r = p.add_run('D1  '); r.bold = True; r.font.color.rgb = RGBColor.from_string('7F7F7F')
    r = p.add_run('PP+ request for this term'); r.bold = True
    rows = [['What will the money be spent on?', 'Amount', 'Which C6 target does it support?']]
    for desc, cost, link in d['pp']:
        rows.append([desc, f'\u00a3{cost:,.2f}', link])
    rows.append(['Total PP+ requested', d['pp_total'], ''])
    grid(doc, rows, header_fill='D9D9D9')
    doc.add_paragraph()
    q(doc, 'D2', 'Date of next Education Review', d['next'])
    q(doc, 'D3', 'Designated Teacher declaration', d['decl'])
    para(doc, 'Episode workflow history', bold=True, size=10)
    grid(doc, [['Step', 'Status', 'Date', 'Worker']] + d['history'], header_fill='D9D9D9')
    path = write_truth(out_dir, LAYOUT, sfx, 'docx', INSP, QUIRKS, **d['truth'])
    doc.save(path)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    v1 = ['I want to go to Trentside College to do motor vehicle after Year 11.',
          'My English teacher helps me but I hate reading out loud in front of everyone.',
          'Can I have a quiet room for my mocks because the hall makes me panic.']
    voice1 = (f'MoMo statement 02/10/2026 19:12 \u2013 "{v1[0]}"\n'
              f'MoMo statement 02/10/2026 19:15 \u2013 "{v1[1]}"\n'
              f'At the review \u2013 "{v1[2]}"')
    t1 = [('English', 'Jordan will write two timed answers to GCSE Language Paper 2 Question 5 each half term and reach at '
                      'least 18/40 on the December mock.', 'Checked by Mr Adebayo, English teacher.'),
          ('Maths', 'Jordan will attend Thursday Maths Intervention for 10 weeks and score 60% or more on the Foundation '
                    'algebra topic test by 15 January 2027.', 'Register and topic test score reviewed by Head of Maths.'),
          ('Preparing for Adulthood', 'Jordan will complete his Trentside College application with the careers adviser '
                                      'before 30 November 2026.', 'Confirmation email kept by DT.')]
    pp1 = [('Maths intervention tutor time, 10 sessions', 350.0, 'Target 2'),
           ('GCSE English revision guides and workbook', 28.5, 'Target 1'),
           ('College open evening travel and taster day', 40.0, 'Target 3')]
    d1 = dict(pid='2281904', printed='24/10/2026 09:03', name='Jordan Castellanos', dob='11/06/2011',
              legal='Section 20 \u2013 looked after since 14/01/2022', carer='Ms Bev Tranter (foster carer), Edwinstowe',
              sw='Ravinder Kaur', school='Mansfield Road Academy', ncy='Year 11', meeting='06/10/2026',
              last='17/06/2026',
              present='Jordan Castellanos (young person); Ms B Tranter (foster carer); Ravinder Kaur (social worker); '
                      'Mr L Pryce (Designated Teacher); Helen Obi (Virtual School Education Officer)',
              att='92.4', progress='Predicted 4 in English Language, 3 in Maths, 5 in Engineering. Effort is good in practical subjects.',
              voice_box=voice1, carer_view='Jordan is motivated by the college course and has started revising on Sundays.',
              strengths='Strengths: practical problem solving, loyal to friends. Challenges: planning and starting tasks '
                        '(executive functioning), working memory in maths.',
              pfa='Jordan is learning to use a bus timetable and travels to school independently.',
              prev='"Jordan will complete Maths homework every week" \u2013 not met. Broken down: step 1 homework club on '
                   'Tuesday; step 2 one Sparx task checked by carer on Sunday.',
              targets=t1, pp=pp1, pp_total='\u00a3418.50', next='02/02/2027',
              decl=f'{TICK} I confirm this Education Review is complete and accurate.  L. Pryce',
              history=[['Part A', 'Completed', '29/09/2026', 'R. Kaur'], ['Parts B and C', 'Completed', '20/10/2026', 'L. Pryce'],
                       ['Part D', 'Completed', '23/10/2026', 'L. Pryce'],
                       ['Virtual School QA', 'Awaiting', '', 'H. Obi']],
              truth=dict(child_name='Jordan Castellanos', child_first_name='Jordan', school='Mansfield Road Academy',
                         year_group=11, meeting_date='2026-10-06', completed_date='2026-10-23', attendance_percent=92.4,
                         pupil_voice=v1,
                         targets=[{'text': t1[0][1], 'area': 'English'}, {'text': t1[1][1], 'area': 'Maths'},
                                  {'text': t1[2][1], 'area': 'Preparing for Adulthood'}],
                         english_target=True, maths_target=True,
                         pp_spend=[{'description': p[0], 'cost': p[1], 'target': int(p[2][-1])} for p in pp1],
                         pp_requested=418.5))
    # -2: voice placeholder only; attendance placeholder; no English target; PP line unlinked; Part D not completed.
    t2 = [('Maths', 'Amira will use a number line to add and subtract within 100 and get 8 out of 10 on the weekly check by '
                    'the February review.', 'Class teacher keeps the weekly checks.'),
          ('Executive functioning', 'Amira will use her picture timetable to move between lessons without adult help on '
                                    'four days out of five.', 'TA tally sheet.'),
          ('Wellbeing', 'Amira will spend 10 minutes with her ELSA every Monday morning to talk about her weekend.',
           'ELSA log.')]
    pp2 = [('ELSA sessions (12 weeks)', 180.0, 'Target 3'), ('Visual timetable resources', 35.0, 'Target 2'),
           ('Swimming lessons at Forge Leisure Centre', 96.0, '')]
    d2 = dict(pid='2290377', printed='05/11/2026 14:48', name='Amira Sadiq-Holt', dob='09/09/2018',
              legal='Interim Care Order \u2013 looked after since 30/03/2026', carer='Mr and Mrs Quarmby (foster carers), Rainworth',
              sw='Callum Beevers', school='Oakmere Primary School', ncy='Year 3', meeting='15/10/2026', last='',
              present='Mrs Quarmby (carer); Callum Beevers (social worker); Mrs T Hanley (Designated Teacher)',
              att='', progress='Working towards in reading, writing and maths. Good progress in phonics since April.',
              voice_box='', carer_view='Amira talks about school happily at tea time. She is very tired on Fridays.',
              strengths='Strengths: kind, enjoys art. Challenges: transitions between activities, remembering instructions.',
              pfa='Dressing herself for PE.', prev='First Education Review at this school; no previous targets.',
              targets=t2, pp=pp2, pp_total='\u00a3311.00', next='',
              decl=f'{BOX} I confirm this Education Review is complete and accurate.',
              history=[['Part A', 'Completed', '08/10/2026', 'C. Beevers'], ['Parts B and C', 'In progress', '', 'T. Hanley'],
                       ['Part D', 'Not started', '', '']],
              truth=dict(child_name='Amira Sadiq-Holt', child_first_name='Amira', school='Oakmere Primary School',
                         year_group=3, meeting_date='2026-10-15', completed_date=None, attendance_percent=None,
                         pupil_voice=[],
                         targets=[{'text': t2[0][1], 'area': 'Maths'}, {'text': t2[1][1], 'area': 'Executive functioning'},
                                  {'text': t2[2][1], 'area': 'SEMH'}],
                         english_target=False, maths_target=True,
                         pp_spend=[{'description': 'ELSA sessions (12 weeks)', 'cost': 180.0, 'target': 3},
                                   {'description': 'Visual timetable resources', 'cost': 35.0, 'target': 2},
                                   {'description': 'Swimming lessons at Forge Leisure Centre', 'cost': 96.0, 'target': None}],
                         pp_requested=311.0))
    make(out_dir, '1', d1)
    make(out_dir, '2', d2)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
