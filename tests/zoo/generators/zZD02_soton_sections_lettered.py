"""zZD02: Southampton-style PEP (PDF, landscape). Numbered Sections 1-4 for the form, lettered guidance
(Section A / Section B) printed first; Section 2 'The Young Persons Voice' gathered by an ELSA; action plan
numbered 4.1, 4.2 ... and the PP+ table links to those numbers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZD import *

LAYOUT = 'zZD02-soton-sections-lettered'
INSP = 'real-forms.md entries 11, 13'
QUIRKS = ['lettered guidance (Section A, Section B) before a numbered form (Sections 1-4)',
          'voice collected by an ELSA as question/answer pairs, with the printing instruction left in',
          'attendance per half-term with last year alongside (read year to date)',
          'transposed attainment table (subjects as columns, terms as rows)',
          'previous targets with a status history across three reviews',
          'new targets numbered 4.1, 4.2...; PP+ lines link to those action numbers',
          'landscape throughout']

W = 26.7 * cm

D1 = dict(
    name='Amara Okonjo-Reeve', dob='09/05/2019', year='Year 3', school='Bitterne Lane Junior School',
    urn='SVS-PEP-2026-0418', meeting='Tuesday 6 October 2026', meeting_iso='2026-10-06',
    people=[['Mrs Gwen Tollis', 'Designated Teacher (chair)', 'g.tollis@bitternelane.example.sch.uk'],
            ['Ms Rosa Quarrie', 'Social Worker', '023 8091 7712'],
            ['Mr Eddie Vane', 'Foster carer', '07700 900 632'],
            ['Miss Holly Brandt', 'ELSA', 'via school office'],
            ['Mr Sanjay Lokhart', 'Virtual School Education Adviser', '023 8091 4450'],
            ['Amara', 'Pupil (joined for the last 15 minutes)', '']],
    collector='Miss Holly Brandt (ELSA), 1 October 2026',
    voice=[('What do you like about school?', 'I like golden time and I like Miss Brandt because she does the feelings jar with me.'),
           ('What is hard for you?', 'Spellings are hard. I forget them by Friday.'),
           ('What would you like to get better at?', 'I want to do my times tables as fast as Kayla.'),
           ('Is there anything you are worried about?', 'Sometimes I worry about who is picking me up.')],
    att=[['Last year (2025-26)', '91.0%', 'Autumn 1', '96.8%', 'Year to date (2026-27)', '96.8%']],
    excl='Exclusions: internal - none; external - none.',
    attain=[['', 'Reading', 'Writing', 'Maths', 'Phonics / spelling'],
            ['Summer 2026 (end Y2)', 'WTS', 'WTS', 'EXS', 'Below'],
            ['Autumn 2026 (now)', 'WTS', 'WTS', 'EXS', 'Below'],
            ['Predicted end Y3', 'EXS', 'WTS', 'EXS', 'Working towards']],
    prev=[['Amara will read her reading book to an adult 4 times a week.', 'Not started', 'In progress', 'Achieved'],
          ['Amara will learn number bonds to 20.', 'In progress', 'In progress', 'Achieved'],
          ['Amara will use the feelings jar to tell an adult when she is sad.', 'In progress', 'Achieved', 'Achieved']],
    targets=[('4.1', 'Amara will spell 8 out of 10 of her weekly Year 3 spellings correctly in the Friday check by the end of the spring term.',
              'Spelling Shed at home with Eddie; 3 x 15 min TA group', 'Class teacher / TA', 'End of spring term 2027', 'English'),
             ('4.2', 'Amara will recall the 2, 5 and 10 times tables in any order within 5 seconds each.',
              'TT Rockstars at home; daily 5 minute warm-up', 'Class teacher', 'February half-term 2027', 'Maths'),
             ('4.3', 'Amara will write a 10 sentence recount using capital letters, full stops and the word "because".',
              'Guided writing group twice a week', 'TA (Mrs Ferreira)', 'Easter 2027', 'English'),
             ('4.4', 'Amara will know each week who is collecting her, using a visual timetable at the classroom door.',
              'ELSA sessions weekly; carer to update the timetable every Monday', 'ELSA / carer', 'Ongoing - review at next PEP', 'Emotional wellbeing')],
    pp=[['Spelling and writing TA group, 2 x 30 min a week for 12 weeks', '4.1', '£420.00'],
        ['TT Rockstars and Spelling Shed home licences', '4.2', '£18.00'],
        ['ELSA sessions, 1 hour a week for 12 weeks', '4.4', '£300.00']],
    total='£738.00', dt='Mrs Gwen Tollis', final='13/10/2026', next_rev='Tuesday 9 March 2027',
)

D2 = dict(
    name='Tobias Wrenfield', dob='14/11/2015', year='Year 6', school='Redbridge Hill Primary School',
    urn='SVS-PEP-2026-0533', meeting='Thursday 12 November 2026', meeting_iso='2026-11-12',
    people=[['Mr Alun Presland', 'Designated Teacher (chair)', 'a.presland@redbridgehill.example.sch.uk'],
            ['Ms Nadia Ferro', 'Social Worker', '023 8091 7790'],
            ['Mrs Lorna Keel', 'Kinship carer (grandmother)', '07700 900 218']],
    collector='',
    voice=[('What do you like about school?', ''), ('What is hard for you?', ''),
           ('What would you like to get better at?', ''), ('Is there anything you are worried about?', '')],
    att=[['Last year (2025-26)', '88.5%', 'Autumn 1', '', 'Year to date (2026-27)', 'printout attached']],
    excl='Exclusions: internal - 1 day (Sept 2026); external - none.',
    attain=[['', 'Reading', 'Writing', 'Maths', 'SPaG'],
            ['Summer 2026 (end Y5)', 'EXS', 'WTS', 'WTS', 'WTS'],
            ['Autumn 2026 (now)', 'EXS', 'WTS', 'WTS', 'WTS'],
            ['Predicted KS2 SATs', 'EXS', 'WTS', 'EXS', 'WTS']],
    prev=[['Tobias will stay in class for the whole of maths lessons.', 'Not started', 'Not achieved', 'In progress'],
          ['Tobias will join the football club.', 'Achieved', 'Achieved', 'Achieved']],
    targets=[('4.1', 'Tobias will answer 15 out of 20 arithmetic questions correctly on a timed KS2 practice paper by the end of February.',
              'Booster group Tues and Thurs mornings', 'Year 6 teacher', 'End of February 2027', 'Maths'),
             ('4.2', 'Tobias will use his calm card to leave the room and come back within 10 minutes, at least 4 times out of 5.',
              'Calm card; check-in with Learning Mentor', 'Learning Mentor', 'Review at next PEP', 'SEMH'),
             ('4.3', 'Tobias will visit his secondary school twice before Easter with Lorna.',
              'Enhanced transition visits', 'DT / carer', 'Easter 2027', 'Transition')],
    pp=[['Year 6 maths booster group, 2 x 45 min a week', '4.1', '£380.00'],
        ['Residential trip contribution (Year 6 Isle of Wight)', '', '£150.00'],
        ['Learning Mentor check-ins, 10 min daily', '4.2', '£260.00']],
    total='£790.00', dt='Mr Alun Presland', final='', next_rev='',
)


def make(d, path):
    s = []
    s.append(P('Southampton Virtual School - Personal Education Plan', PST))
    s.append(P(f"PEP reference: {d['urn']}    Pupil: {d['name']}    Academic year 2026-27", PSS))
    s.append(P('PEP GUIDANCE (please read before the meeting)', PSH))
    s.append(P('Section A - Documents to bring', PSB))
    s.append(P('The previous PEP; current attendance; exclusion information (internal and external); IEP/PSP if the pupil '
               'has one; the latest school report.', PS))
    s.append(Spacer(1, 4))
    s.append(P('Section B Meeting Preparation', PSB))
    s.append(ptable([['Step', 'Who'],
                     ['Invite everyone on Section 1 at least two weeks before', 'Designated Teacher'],
                     ['Gather the pupil\'s views using Section 2', 'DT, ELSA or an adult the pupil knows well'],
                     ['Bring attendance and attainment data', 'Designated Teacher'],
                     ['Chair the meeting and agree the action plan', 'Designated Teacher']],
                    [14 * cm, 12.7 * cm]))
    s.append(P('Note: the letters above refer to this guidance only. The form itself uses Sections 1 to 4.', PSS))
    s.append(Spacer(1, 6))
    s.append(ptable([['Pupil name', d['name'], 'Date of birth', d['dob']],
                     ['Year group', d['year'], 'School', d['school']],
                     ['Date of PEP meeting', d['meeting'], 'Next PEP review', d['next_rev']]],
                    [4.2 * cm, 9.15 * cm, 4.2 * cm, 9.15 * cm], header=False,
                    extra=[('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#D9E2EC')),
                           ('BACKGROUND', (2, 0), (2, -1), colors.HexColor('#D9E2EC'))]))
    s.append(P('Section 1: People at the meeting', PSH))
    s.append(P('Please record the name, role and contact details of all who attend.', PSS))
    s.append(ptable([['Name', 'Role', 'Contact details']] + d['people'], [8 * cm, 8 * cm, 10.7 * cm]))
    s.append(PageBreak())
    s.append(P('Section 2: The Young Persons Voice', PSH))
    s.append(P('It will be helpful to print out section 2 when gaining the pupils views. Views may be collected by the DT, '
               'an ELSA or someone in school the pupil knows well.', PSS))
    s.append(ptable([['Views collected by (name, role, date)', d['collector']]] +
                    [[q, a] for q, a in d['voice']], [9 * cm, 17.7 * cm], header=False, label_col=True, fill='#FCE4D6'))
    s.append(P('Section 3: Achievement and Attainment', PSH))
    s.append(P('Attendance (recorded or printout attached)', PSB))
    s.append(ptable(d['att'], [4.5 * cm, 3 * cm, 3 * cm, 3 * cm, 5 * cm, 8.2 * cm], header=False))
    s.append(P(d['excl'], PS))
    s.append(Spacer(1, 4))
    s.append(P('Attainment (school report / IEP attached). WTS = working towards, EXS = expected standard.', PSB))
    s.append(ptable(d['attain'], [6.7 * cm, 5 * cm, 5 * cm, 5 * cm, 5 * cm]))
    s.append(PageBreak())
    s.append(P('Section 4: Review and Action Plan: PEP Review', PSH))
    s.append(P('Targets from previous PEPs - status at each review', PSB))
    s.append(ptable([['Previous target', 'Spring 2026 review', 'Summer 2026 review', 'Autumn 2026 review']] + d['prev'],
                    [13.7 * cm, 4.3 * cm, 4.3 * cm, 4.4 * cm]))
    s.append(Spacer(1, 6))
    s.append(P('Action Plan (new targets agreed at this meeting)', PSB))
    s.append(ptable([['No.', 'Target', 'Actions / provision', 'By whom', 'By when']] +
                    [list(t[:5]) for t in d['targets']], [1.3 * cm, 10.4 * cm, 7 * cm, 3.6 * cm, 4.4 * cm]))
    s.append(Spacer(1, 6))
    s.append(P('Pupil Premium Plus request', PSB))
    s.append(ptable([['Intervention / resource', 'Action plan no.', 'Cost']] + d['pp'] +
                    [['Total PP+ requested', '', d['total']]], [17.7 * cm, 4 * cm, 5 * cm]))
    s.append(Spacer(1, 6))
    s.append(ptable([['PEP chaired and finalised by (DT)', d['dt'], 'Date finalised', d['final']]],
                    [7 * cm, 8 * cm, 4 * cm, 7.7 * cm], header=False))
    s.append(P('The Virtual School will quality assure this PEP within 10 school days. Funding is released once the PEP is '
               'judged good or better.', PSS))
    build_pdf(path, s, header='SOUTHAMPTON VIRTUAL SCHOOL  -  OFFICIAL-SENSITIVE', footer=f"{d['urn']}  PEP form v2.3", land=True)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    p = write_truth(out_dir, LAYOUT, 'pdf', 1, INSP, QUIRKS,
                    child_name='Amara Okonjo-Reeve', child_first_name='Amara', school='Bitterne Lane Junior School',
                    year_group=3, meeting_date='2026-10-06', completed_date='2026-10-13', attendance_percent=96.8,
                    pupil_voice=[a for q, a in D1['voice']],
                    targets=[{'text': t[1], 'area': t[5]} for t in D1['targets']],
                    english_target=True, maths_target=True,
                    pp_spend=[{'description': D1['pp'][0][0], 'cost': 420.0, 'target': 1},
                              {'description': D1['pp'][1][0], 'cost': 18.0, 'target': 2},
                              {'description': D1['pp'][2][0], 'cost': 300.0, 'target': 4}],
                    pp_requested=738.0)
    make(D1, p)
    p = write_truth(out_dir, LAYOUT, 'pdf', 2, INSP, QUIRKS + ['-2: voice answers blank, attendance "printout attached" (no figure), no English target, one PP+ line unlinked, no finalised date'],
                    child_name='Tobias Wrenfield', child_first_name='Tobias', school='Redbridge Hill Primary School',
                    year_group=6, meeting_date='2026-11-12', completed_date=None, attendance_percent=None,
                    pupil_voice=[],
                    targets=[{'text': t[1], 'area': t[5]} for t in D2['targets']],
                    english_target=False, maths_target=True,
                    pp_spend=[{'description': D2['pp'][0][0], 'cost': 380.0, 'target': 1},
                              {'description': D2['pp'][1][0], 'cost': 150.0, 'target': None},
                              {'description': D2['pp'][2][0], 'cost': 260.0, 'target': 2}],
                    pp_requested=790.0)
    make(D2, p)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
