"""zZI02 - Virtual-school Word PEP with lettered guidance and numbered sections (DOCX). Fictional data."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZI import *

LAYOUT = 'zZI02-southampton-sections'
PH = 'Click or tap here to enter text.'

V1 = dict(
    name='Kieran Ashdown-Wells', first='Kieran', dob='19/06/2011', year='Year 10', yg=10,
    school='Kestrel Marsh Community College', meeting='05/11/2026', completed='12/11/2026', ciso='2026-11-12', miso='2026-11-05',
    att='Attendance this academic year: 93.8% (printout attached)', attv=93.8,
    collected='Collected by Ms Farraday (ELSA) on 02/11/2026',
    voice_rows=[('What is going well for you in school?', 'Design and Technology because I made a lamp and it actually works.'),
                ('What do you find difficult?', 'Writing long answers in English, I lose track of what I was saying.'),
                ('What would help you?', 'If teachers gave me a plan sheet before I start writing.'),
                ('What do you want to do after Year 11?', 'I want to go to college to do electrical installation.')],
    targets=[('English', 'Kieran will use a PEEL planning frame to write a full-length English Language Paper 2 answer of at least 400 words by the spring PEP.', 'English teacher / Ms Farraday'),
             ('Maths', 'Kieran will achieve 70% or higher on the Higher tier algebra end-of-unit test in January 2027.', 'Maths teacher'),
             ('Careers', 'Kieran will visit the Marchwood Valley College open evening and complete his college application form before 31 January 2027.', 'Careers adviser / carer')],
    pp=[('Weekly 1:1 English tutoring (Thursday P6), 20 sessions', 500.0, '1'),
        ('GCSE maths revision guide and workbook', 18.5, '2'),
        ('Taxi to college open evening with carer', 45.0, '3')],
    total='563.50',
)
V2 = dict(
    name='Amira Costello', first='Amira', dob='08/01/2014', year='Year 7', yg=7,
    school='Ashcombe Rise School', meeting='21/10/2026', completed=None, ciso=None, miso='2026-10-21',
    att='Attendance printout attached.', attv=None,
    collected='Collected by: ' + PH,
    voice_rows=[('What is going well for you in school?', PH), ('What do you find difficult?', PH),
                ('What would help you?', PH), ('What do you want to do after Year 11?', PH)],
    targets=[('English', 'Amira will read aloud to her carer for 10 minutes, four evenings a week, and log it in her reading record.', 'Carer / English teacher'),
             ('Maths', 'Amira will know all multiplication facts up to 12 x 12 with 90% accuracy on the weekly quiz by February 2027.', 'Maths teacher'),
             ('Friendships', 'Amira will join one lunchtime club and attend it at least once a week this term.', 'Head of Year 7')],
    pp=[('Lunchtime club membership and materials', 40.0, '3'),
        ('Uniform and PE kit top-up', 85.0, None),
        ('Times-table app licence (12 months)', 25.0, '2')],
    total='150.00',
)


def build_doc(v, path):
    d = new_docx('Calibri', 10)
    header_footer(d, 'Virtual School and College  \u2022  Personal Education Plan  \u2022  CONFIDENTIAL',
                  'PEP form v4.2 (2026)  \u2022  Return to the Virtual School within 10 school days of the meeting')
    para(d, 'PEP GUIDANCE (please read before the meeting)', bold=True, size=12)
    para(d, 'Section A: Documents to bring to the meeting', bold=True)
    for x in ['the previous PEP', 'attendance data', 'exclusion information, internal and external',
              'IEP / PSP and latest school report']:
        d.add_paragraph(x, style='List Bullet')
    para(d, 'Section B Meeting Preparation', bold=True)
    table(d, [['Step', 'Who'], ['Invite the people listed in Section 1', 'Designated Teacher'],
              ['Gather the young person\'s views (Section 2)', 'DT, ELSA or an adult the pupil knows well'],
              ['Chair the meeting', 'Designated Teacher'], ['Return the completed PEP', 'Designated Teacher']],
          widths=(11, 6))
    para(d, 'Sections A and B are guidance only. The form begins at Section 1.', italic=True, size=8)
    d.add_page_break()

    para(d, 'PERSONAL EDUCATION PLAN', bold=True, size=14, align='center')
    kv_table(d, [('Name of young person', v['name']), ('Date of birth', v['dob']), ('Year group', v['year']),
                 ('School', v['school']), ('Date of PEP meeting', v['meeting']),
                 ('Is this the first PEP at this school?', f"{tick(False)} Yes   {tick(True)} No")])
    para(d, '')
    para(d, 'Section 1: People at the meeting', bold=True, size=12)
    para(d, 'Please give the name, role and contact details of all who attend.', italic=True, size=8)
    carer = 'Mrs L. Dunmore' if v['yg'] == 10 else 'Mr A. Kaczmarek'
    table(d, [['Name', 'Role', 'Contact details', 'Attended'],
              [v['first'], 'Young person', '-', tick(v['yg'] == 10)],
              ['Mr C. Penhaligon', 'Designated Teacher (Chair)', 'cpenhaligon@school.example', tick(True)],
              [carer, 'Foster carer', '07700 900412', tick(True)],
              ['Ms R. Adeyemi', 'Social Worker', 'r.adeyemi@council.example', tick(True)],
              ['Mr T. Griggs', 'Virtual School caseworker', '023 8000 0000', tick(v['yg'] == 10)]], widths=(4, 4.5, 6, 2.5))
    if v['yg'] != 10:
        para(d, 'If the young person did not attend, a reason must be recorded: Amira chose not to come to the meeting.', size=9)
    para(d, '')
    para(d, 'Section 2: The Young Persons Voice', bold=True, size=12)
    para(d, 'It will be helpful to print out section 2 when gaining the pupils views. The views can be collected by the DT, '
            'an ELSA or someone in school the pupil knows well. Please write their words, not a summary.', italic=True, size=8)
    para(d, v['collected'], size=9)
    table(d, [['Question', 'In my own words']] + [list(r) for r in v['voice_rows']], widths=(6, 11))
    para(d, '')
    para(d, 'Carer\'s view', bold=True)
    table(d, [['He is proud of his DT project and talks about college a lot.' if v['yg'] == 10
               else 'She is quieter since starting secondary and says she has no-one to sit with.']], header=False)
    para(d, '')
    para(d, 'Section 3: Achievement and Attainment', bold=True, size=12)
    para(d, 'Attendance must be recorded or a printout attached. Include exclusions, internal and external.', italic=True, size=8)
    kv_table(d, [('Attendance', v['att']), ('Exclusions (internal)', '1 day internal, 14/10/2026' if v['yg'] == 10 else 'None'),
                 ('Exclusions (external)', 'None')])
    para(d, '')
    rows = [['Subject', 'Working at', 'Target', 'Effort (1-4)']]
    if v['yg'] == 10:
        rows += [['English', '4-', '5', '2'], ['Maths', '5', '6', '2'], ['Science', '4', '5', '3'], ['D&T', '6', '6', '1']]
    else:
        rows += [['English', 'Developing', 'Secure', '2'], ['Maths', 'Emerging', 'Secure', '3'], ['Science', 'Developing', 'Secure', '2']]
    table(d, rows, widths=(5, 4, 4, 4))
    para(d, 'School report / IEP attached: ' + tick(True) + ' Yes  ' + tick(False) + ' No', size=9)
    d.add_page_break()

    para(d, 'Section 4: Review and Action Plan: PEP Review', bold=True, size=12)
    para(d, 'Part (i) Targets from the previous PEP', bold=True)
    table(d, [['Previous target', 'Progress made'],
              ['Hand in homework on time in all subjects' if v['yg'] == 10 else 'Read one book per fortnight (Year 6)',
               'Mostly, except science' if v['yg'] == 10 else 'Met in Year 6; not yet checked at new school'],
              ['Attend D&T catch-up club' if v['yg'] == 10 else 'Visit Ashcombe Rise twice before September',
               'Met' if v['yg'] == 10 else 'Met']], widths=(9, 8))
    para(d, '')
    para(d, 'Part (ii) Action plan until the next PEP', bold=True)
    for i, (area, t, who) in enumerate(v['targets'], 1):
        table(d, [[f'Action {i}', area], ['What will be achieved', t], ['Who will help', who],
                  ['How will we know?', 'Reviewed at next PEP']], header=True, fill='DCE6F1', widths=(4.5, 12.5))
        para(d, '')
    para(d, 'Pupil Premium Plus (PP+)', bold=True)
    rows = [['Action no.', 'What the PP+ will pay for', 'Cost']]
    for desc, c, t in v['pp']:
        rows.append([t or '', desc, f'\u00a3{c:.2f}'])
    rows.append(['', 'Total PP+ requested', '\u00a3' + v['total']])
    table(d, rows, widths=(2.5, 11.5, 3))
    para(d, '')
    kv_table(d, [('Designated Teacher', 'Mr C. Penhaligon'), ('Date completed', v['completed'] or PH),
                 ('Date of next PEP', '10/03/2027' if v['yg'] == 10 else '24/02/2027')])
    d.save(path)


def truth_for(v):
    return dict(layout=LAYOUT, inspired_by='real-forms.md entries 11, 31',
                quirks=['lettered guidance pages before numbered form sections', 'voice as question/answer table collected by ELSA',
                        'one table per action (target)', 'PP+ table with action number in first column',
                        'Word content-control placeholder text in empty fields'],
                child_name=v['name'], child_first_name=v['first'], school=v['school'], year_group=v['yg'],
                meeting_date=v['miso'], completed_date=v['ciso'], attendance_percent=v['attv'],
                pupil_voice=[a for _, a in v['voice_rows'] if a != PH],
                targets=[{'text': t, 'area': a} for a, t, _ in v['targets']],
                english_target=True, maths_target=True,
                pp_spend=[{'description': d, 'cost': c, 'target': int(t) if t else None} for d, c, t in v['pp']],
                pp_requested=float(v['total']))


def build(out_dir):
    for n, v in ((1, V1), (2, V2)):
        fn = f'{LAYOUT}-{n}.docx'
        build_doc(v, os.path.join(out_dir, fn))
        write_truth(out_dir, fn, truth_for(v))


if __name__ == '__main__':
    main(build)
