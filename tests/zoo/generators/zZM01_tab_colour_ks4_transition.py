"""zZM01: Welfare-Call-style SSA ePEP print, tabs owned by colour, blue banners, KS3 to KS4 transition tab (DOCX)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZM import *

LAYOUT = 'zZM01-tab-colour-ks4-transition'
INSP = 'real-forms.md entries 1, 19'
QUIRKS = ['tab colour (not a number) says who owns each section', "questions under 'Blue Banner' headings",
          'attendance table holds last year and this year (read this year)',
          'one small data table per target with drop-down style values',
          "sign-off is a 'DT: Click when Completed' button state with a date stamp",
          'KS3 to KS4 transition tab and a QA tab after the targets']

TABS = {'BLUE': '2F5597', 'RED': 'C00000', 'GREEN': '548235', 'PURPLE': '7030A0', 'BLACK': '000000'}


def tab(doc, n, name, colour, owner):
    t = doc.add_table(rows=1, cols=2)
    t.style = 'Table Grid'
    cell_text(t.rows[0].cells[0], f'TAB {n}', bold=True, color='FFFFFF')
    cell_text(t.rows[0].cells[1], f'{name}   [{colour}: {owner}]', bold=True, color='FFFFFF', size=12)
    for c in t.rows[0].cells:
        shade(c, TABS[colour])
    doc.add_paragraph()


def blue(doc, text):
    banner(doc, text, fill='9DC3E6', color='1F3864', size=10)


def make(out_dir, sfx, d):
    doc = new_doc('Calibri', 10)
    header_footer(doc, f'Halverton Virtual School  |  ePEP (SSA)  |  Print view  |  Record {d["ref"]}',
                  'BLUE = Social Worker   RED = Designated Teacher/Lead   GREEN = Child/Young Person with DT   '
                  'PURPLE = Virtual School   BLACK = Quality Assurance.  Printed copies are uncontrolled.')
    para(doc, 'Personal Education Plan  \u2013  Statutory School Age (SSA)', bold=True, size=16)
    grid(doc, [['Home page', ''], ['PEP term', 'Autumn 2026'], ['RAG rating of previous PEP', d['prev_rag']],
               ['Date of previous QA', d['prev_qa']], ['Version', 'SSA v4.2']], bold_first_col=True)
    doc.add_paragraph()

    tab(doc, 1, 'General and personal', 'BLUE', 'completed by the Social Worker')
    blue(doc, 'Essential pupil information')
    grid(doc, [['Forename', d['first']], ['Surname', d['last']], ['DOB.', d['dob']], ['Gender', d['gender']],
               ['Ethnicity and language', d['eth']], ['UPN', d['upn']], ['Social Care ID', d['scid']]],
         bold_first_col=True)
    blue(doc, 'Care information')
    grid(doc, [['Placement details', d['placement']], ['Care status', 'S31 Full Care Order'],
               ['Date into care', d['into_care']], ['Number of placements', d['nplace']],
               ['Care plan', 'Long-term fostering']], bold_first_col=True)
    blue(doc, 'Contact information')
    grid(doc, [['Role', 'Name', 'Telephone'],
               ['Social worker', d['sw'], '01632 960 412'],
               ['Main carer', d['carer'], '01632 960 877'],
               ['Person(s) with parental responsibility', 'Halverton Council and birth mother', ''],
               ['Who has day-to-day permissions and liaison with school', d['carer'], '']], header_fill='DEEAF6')
    blue(doc, 'Strengths and difficulties questionnaire')
    para(doc, f'Most recent SDQ score: {d["sdq"]}   (a score over 17 should come with strategies in the Health tab)',
         size=9)
    blue(doc, 'Current support from other agencies')
    para(doc, d['agencies'])
    doc.add_page_break()

    tab(doc, 2, 'Education provision or setting information', 'RED', 'completed by the Designated Teacher/Lead')
    blue(doc, 'Current education provision')
    grid(doc, [['School / Academy', d['school']], ['National Curriculum Year (NCY)', d['ncy']],
               ['Designated Teacher/Lead', d['dt']], ['Date of PEP meeting', d['meeting']],
               ['SEN status', d['sen']]], bold_first_col=True)
    blue(doc, 'Who attended the PEP meeting')
    rows = [['Name', 'Role', 'Attended', 'Contribution sent']]
    for n, r, a, c in d['attendees']:
        rows.append([n, r, f'{TICK if a else BOX} Yes  {BOX if a else TICK} No', TICK if c else BOX])
    grid(doc, rows, header_fill='F2F2F2')
    blue(doc, 'Attendance and exclusions')
    grid(doc, [['Period', 'Possible sessions', 'Sessions attended', 'Attendance %', 'Fixed-term exclusions'],
               ['Academic year 2025/26 (full year)', '380', '349', '91.8', '1'],
               ['This academic year 2026/27 to date', d['att_poss'], d['att_att'], d['att_pct'], '0']],
         header_fill='F2F2F2')
    para(doc, 'Attendance data is imported nightly from the school MIS. Overwrite only if incorrect.', size=8,
         italic=True)
    blue(doc, 'Attainment and progress (Maths, English and Science teachers complete the round robin before the meeting)')
    rows = [['Subject', 'Working at (now)', 'End of year target', 'Effort', 'Teacher comment']]
    rows += d['attain']
    grid(doc, rows, header_fill='F2F2F2')
    doc.add_page_break()

    tab(doc, 3, 'My views', 'GREEN', 'completed with the child/young person')
    para(doc, 'Record the young person\u2019s words as they say them. Do not summarise.', size=8, italic=True)
    for q, a in d['voice']:
        blue(doc, q)
        t = doc.add_table(rows=1, cols=1); t.style = 'Table Grid'
        cell_text(t.rows[0].cells[0], a if a else '')
        doc.add_paragraph()
    blue(doc, 'Carer\u2019s views')
    para(doc, d['carer_view'])
    doc.add_page_break()

    tab(doc, 4, 'Targets and Pupil Premium Plus', 'RED', 'completed by the Designated Teacher/Lead')
    blue(doc, 'Review of targets set at the last PEP')
    rows = [['Previous target', 'Outcome', 'Comment']] + d['prev']
    grid(doc, rows, header_fill='F2F2F2')
    para(doc, 'Targets which are not met should not be repeated but broken down further.', size=8, italic=True)
    blue(doc, 'New SMART targets (Will they be able to celebrate a success by their next PEP meeting?)')
    for i, (area, txt, success, who, when) in enumerate(d['targets'], 1):
        grid(doc, [[f'Target {i}', ''], ['Area of need (drop down)', area], ['Target', txt],
                   ['What will success look like?', success], ['Who will support', who], ['By when', when]],
             bold_first_col=True)
        doc.add_paragraph()
    blue(doc, 'Pupil Premium Plus (PP+) request')
    rows = [['Ref', 'Intervention / resource', 'Linked to target (drop down)', 'Cost (\u00a3)']]
    for i, (desc, link, cost) in enumerate(d['pp'], 1):
        rows.append([f'PP{i}', desc, link, f'{cost:.2f}'])
    rows.append(['', 'Total PP+ requested this term', '', f'{d["pp_total"]:.2f}'])
    grid(doc, rows, header_fill='F2F2F2')
    doc.add_paragraph()

    tab(doc, 5, 'KS3 to KS4', 'RED', 'transition tab generated for Year 9')
    grid(doc, [['Options chosen', d['options']], ['Careers interview booked', d['careers']],
               ['Work experience discussed', f'{TICK} Yes  {BOX} No']], bold_first_col=True)
    doc.add_paragraph()

    tab(doc, 6, 'Quality Assurance Tab', 'BLACK', 'Virtual School')
    grid(doc, [['DT: Click when Completed', d['dt_click']], ['Date of next PEP meeting', d['next']],
               ['QA feedback', d['qa']],
               ['QA RAG', d['qa_rag']]], bold_first_col=True)
    para(doc, 'Red feedback will need to be fully completed before the virtual school can sign off.', size=8,
         italic=True)
    path = write_truth(out_dir, LAYOUT, sfx, 'docx', INSP, QUIRKS, **d['truth'])
    doc.save(path)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    v1 = [('What is going well for you at school?', 'I like science because Mr Okafor lets us do the experiments ourselves.'),
          ('What are you worried about?', 'I get stressed in maths tests when the room goes quiet. I do not like lining up in the canteen.'),
          ('What needs to happen to help you?', 'I want to sit near the door in exams and have someone to check my revision timetable.')]
    t1 = [('English', 'Kai will plan and write a 400-word argument essay using at least three paragraphs with topic sentences by 11 December 2026.',
           'Essay marked at Grade 4 in the Year 9 assessment', 'English teacher and TA', '11/12/2026'),
          ('Maths', 'Kai will complete one 20-minute Sparx homework on fractions and percentages every week until February half-term.',
           'Sparx log shows 100% completion', 'Maths teacher', '12/02/2027'),
          ('Social, emotional and mental health', 'Kai will use his exam-room pass and breathing card in every assessment this term.',
           'Kai tells his mentor he felt calmer in assessments', 'Learning mentor', '18/12/2026')]
    pp1 = [('Maths tutor from Brightline Tutoring, 10 x 1 hour sessions', 'Target 2', 400.0),
           ('Reading for Pleasure book bundle and Kindle credit', 'Target 1', 60.0),
           ('Weekly mentoring sessions with learning mentor (12 weeks)', 'Target 3', 240.0)]
    d1 = dict(ref='EP-SSA-0048213', prev_rag='Amber', prev_qa='14/04/2026', first='Kai', last='Brennan-Hollis',
              dob='03/02/2012', gender='Male', eth='White British / English', upn='H872310450021', scid='SC-774102',
              placement='Foster placement (in authority)', into_care='19/06/2021', nplace='3', sw='Tamsin Rook',
              carer='Dee and Arlo Penhallow', sdq='14', agencies='CAMHS (review every 8 weeks); Youth Service climbing group.',
              school='Castlebrook Academy', ncy='Year 9', dt='Mrs Ffion Gatley', meeting='07/10/2026',
              sen='SEN Support', attendees=[('Kai Brennan-Hollis', 'Young person', True, False),
                                            ('Mrs Ffion Gatley', 'Designated Teacher/Lead', True, False),
                                            ('Tamsin Rook', 'Social worker', True, False),
                                            ('Dee Penhallow', 'Foster carer', True, False),
                                            ('Owen Marsh', 'VS caseworker', False, True)],
              att_poss='50', att_att='47', att_pct='94.0',
              attain=[['English', '3+', '5', 'Good', 'Good ideas; needs to paragraph.'],
                      ['Maths', '3-', '4', 'Inconsistent', 'Homework often missing.'],
                      ['Science', '4', '5', 'Excellent', 'Practical work is a strength.']],
              voice=v1, carer_view='Kai is happier this term. He still finds mornings hard and needs reminders about homework.',
              prev=[['Kai will read for 15 minutes four nights a week', 'Achieved', 'Reading log signed by carer'],
                    ['Kai will attend homework club on Tuesdays', 'Not met', 'Broken down into new Target 2']],
              targets=t1, pp=pp1, pp_total=700.0, options='Geography, Computer Science, Design Technology',
              careers='18/11/2026', dt_click=f'{TICK} Completed  \u2013  22/10/2026 16:41 by F. Gatley',
              next='10/02/2027', qa='Green: targets are SMART and costed.', qa_rag='Green',
              truth=dict(child_name='Kai Brennan-Hollis', child_first_name='Kai', school='Castlebrook Academy',
                         year_group=9, meeting_date='2026-10-07', completed_date='2026-10-22', attendance_percent=94.0,
                         pupil_voice=[a for _, a in v1],
                         targets=[{'text': t[1], 'area': t[0] if t[0] in ('English', 'Maths') else 'SEMH'} for t in t1],
                         english_target=True, maths_target=True,
                         pp_spend=[{'description': p[0], 'cost': p[2], 'target': int(p[1][-1])} for p in pp1],
                         pp_requested=700.0))
    # -2: empty voice, blank attendance, no maths target, PP line unlinked, DT not clicked
    v2 = [('What is going well for you at school?', ''), ('What are you worried about?', ''),
          ('What needs to happen to help you?', '')]
    t2 = [('English', 'Leah will read one chapter of her class novel aloud to her carer three evenings a week until the end of term.',
           'Reading record signed three times a week', 'Carer and English teacher', '18/12/2026'),
          ('Attendance', 'Leah will arrive at school by 8:40am on at least 9 days out of 10 each fortnight.',
           'Register shows punctual arrival', 'Head of Year 9', '18/12/2026')]
    pp2 = [('Reading Plus licence for one year', 'Target 1', 45.0),
           ('Bus pass top-up for after-school drama club', '-- select --', 120.0)]
    d2 = dict(ref='EP-SSA-0051977', prev_rag='Red', prev_qa='02/05/2026', first='Leah', last='Marchetti',
              dob='27/11/2011', gender='Female', eth='Mixed White and Black Caribbean / English', upn='H872310450388',
              scid='SC-790233', placement='Kinship placement (out of authority)', into_care='02/09/2023', nplace='2',
              sw='Benedict Oyelaran', carer='Marian Chalk (aunt)', sdq='19',
              agencies='Young carers project (monthly).', school='Castlebrook Academy', ncy='Year 9',
              dt='Mrs Ffion Gatley', meeting='14/10/2026', sen='None',
              attendees=[('Mrs Ffion Gatley', 'Designated Teacher/Lead', True, False),
                         ('Benedict Oyelaran', 'Social worker', True, False),
                         ('Marian Chalk', 'Kinship carer', True, False),
                         ('Leah Marchetti', 'Young person', False, False)],
              att_poss='', att_att='', att_pct='',
              attain=[['English', '4', '5', 'Good', ''], ['Maths', '4-', '5', 'Good', ''], ['Science', '3', '4', 'Good', '']],
              voice=v2, carer_view='Leah did not want to come to the meeting. She says school is "fine".',
              prev=[['Leah will join one lunchtime club', 'Partly met', 'Tried choir twice']],
              targets=t2, pp=pp2, pp_total=165.0, options='Not yet chosen', careers='',
              dt_click=f'{BOX} Completed', next='', qa='Amber: voice tab empty; attendance missing.', qa_rag='',
              truth=dict(child_name='Leah Marchetti', child_first_name='Leah', school='Castlebrook Academy',
                         year_group=9, meeting_date='2026-10-14', completed_date=None, attendance_percent=None,
                         pupil_voice=[],
                         targets=[{'text': t2[0][1], 'area': 'English'}, {'text': t2[1][1], 'area': 'Attendance'}],
                         english_target=True, maths_target=False,
                         pp_spend=[{'description': pp2[0][0], 'cost': 45.0, 'target': 1},
                                   {'description': pp2[1][0], 'cost': 120.0, 'target': None}],
                         pp_requested=165.0))
    make(out_dir, '1', d1)
    make(out_dir, '2', d2)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
