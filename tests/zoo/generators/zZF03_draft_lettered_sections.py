"""zZF03: school-age 'PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE - DRAFT': cover with 'Date PEP completed:',
pages of numbered boilerplate before any field, lettered sections A-G, hopes/worries/aspirations boxes,
transposed targets table (targets are columns) (inspired by real-forms entry 10)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZF import *

LAYOUT = 'zZF03-draft-lettered-sections'

KIDS = {
    1: dict(sur='Abernethy', fore='Callum', dob='09/03/2017', year='Year 4', yg=4, school='St Brannock\'s C of E Primary School',
            meeting='Tuesday 29 September 2026', meeting_iso='2026-09-29', done='06/10/2026', done_iso='2026-10-06',
            att='96.3', att_v=96.3, auth='1 session (dentist)', unauth='0', excl='None',
            hopes=['I hope I can be in the football team this year.'],
            worries=['I worry that my brother will move to a different house.'],
            asp=['When I grow up I want to be a vet or a zookeeper.'],
            targets=[('Callum will use paragraphs and fronted adverbials in his independent writing', 'Writing', 'Class teacher, Mrs Odell', 'Spring half-term 2027'),
                     ('Callum will know all times tables to 12 x 12 with instant recall (MTC practice)', 'Maths', 'TA, Mr Pascoe', 'March 2027'),
                     ('Callum will use his calm box when he feels upset instead of leaving the classroom', 'Emotional wellbeing', 'ELSA, Ms Kaur', 'Next PEP')],
            ppg=[('ELSA sessions weekly for 12 weeks', '360.00', 'Target 3'),
                 ('Times Tables Rock Stars + 1:1 maths catch-up (20 mins x 3 weekly)', '420.00', 'Target 2'),
                 ('Writing intervention group (Write Away)', '250.00', 'Target 1')],
            total='1,030.00', total_v=1030.0, nxt='February 2027 (date to be confirmed)'),
    2: dict(sur='Mensah-Doyle', fore='Ruby', dob='22/11/2014', year='Year 7', yg=7, school='Castlemead Academy',
            meeting='12.11.2026', meeting_iso='2026-11-12', done='', done_iso=None,
            att='88.4', att_v=88.4, auth='6 sessions', unauth='3 sessions', excl='1 internal (isolation, 2 Oct)',
            hopes=[], worries=[], asp=[],
            targets=[('Ruby will read aloud a chapter from her class novel to her mentor each week and summarise it', 'Reading', 'Literacy mentor', 'Easter 2027'),
                     ('Ruby will complete her maths homework on Sparx every week (target 100%)', 'Maths', 'Maths teacher', 'Spring term'),
                     ('Ruby will arrive at registration on time on at least 9 out of 10 days', 'Attendance', 'Head of Year 7', 'Next PEP')],
            ppg=[('Literacy mentor, 1 hour a week', '300.00', 'Target 1'),
                 ('School trip contribution (Year 7 residential)', '150.00', '')],
            total=None, total_v=None, nxt='Spring 2027'),
}

PROSE = [
    '1. A PEP is a means of collating information about the education of a child in care in one place, so that '
    'everyone who works with the child knows what has been agreed.',
    '2. Every child in care of statutory school age must have a PEP, which is part of the child\'s Care Plan. The PEP '
    'must be in place within 20 school days of the child coming into care and reviewed every term.',
    '3. The PEP is a record of what needs to happen for the child to fulfil their potential. It should reflect the '
    'child\'s own views and give them a place to record their hopes, worries and aspirations.',
    '4. The Designated Teacher leads on the education parts of the PEP and makes sure the targets are SMART.',
    '5. The targets agreed in the PEP inform how the Pupil Premium Grant is allocated.',
    '6. The completed PEP should be shared with the child (where appropriate), carer, social worker and the Virtual School.',
]


def make(out_dir, n):
    k = KIDS[n]
    full = f'{k["fore"]} {k["sur"]}'
    fn = f'{LAYOUT}-{n}.docx'
    d = new_doc('Arial', 10)
    hf(d, header=f'PEP - {full} - DRAFT', footer='Confidential   Template PEP-SA/04 (draft for consultation)')
    d.add_paragraph(); d.add_paragraph()
    para(d, 'PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE', bold=True, size=22, align='c')
    para(d, 'DRAFT', bold=True, size=16, align='c', color='C00000')
    d.add_paragraph()
    table(d, [['Date PEP completed:', k['done']]], widths=[6, 8])
    para(d, 'Confidential', bold=True, align='c')
    d.add_page_break()
    para(d, 'What are main functions of a PEP?', bold=True, size=13)
    for p in PROSE:
        para(d, p)
    para(d, 'Who Does What?', bold=True, size=13)
    para(d, 'The Social Worker - arranges the meeting, invites everyone and is responsible for completing section A of the PEP form.')
    para(d, 'The Designated Teacher - completes sections C, D, E and F, chairs the meeting in school and signs off section G.')
    para(d, 'The Child - is helped to complete section B before the meeting, in their own words.')
    para(d, 'The Virtual School - quality assures the PEP and releases the Pupil Premium Grant.')
    d.add_page_break()
    para(d, 'SECTION A - About the child (Social Worker)', bold=True, size=12)
    table(d, [['Surname', k['sur'], 'Forename', k['fore']],
              ['Date of birth', k['dob'], 'Year group', k['year']],
              ['School attended', k['school'], 'UPN', f'H8213{40 + n}0{n}61{n}'],
              ['Date of PEP meeting', k['meeting'], 'Date of last PEP', '17/06/2026' if n == 1 else '02/07/2026'],
              ['Legal status', 'Care Order (s31)', 'Date into care', '14/01/2022' if n == 1 else '30/04/2025'],
              ['Social worker', 'Imogen Thackeray' if n == 1 else 'Sam Oduya', 'Designated Teacher', 'Mr Felix Harcourt' if n == 1 else 'Mrs Nadia Whitlow']],
          widths=[3.8, 4.7, 3.8, 4.7])
    para(d, 'People at the meeting:', bold=True)
    table(d, [['Name', 'Role', 'Attended'],
              [full, 'Child (for first part)', TICK],
              ['Mr Felix Harcourt' if n == 1 else 'Mrs Nadia Whitlow', 'Designated Teacher', TICK],
              ['Imogen Thackeray' if n == 1 else 'Sam Oduya', 'Social Worker', TICK],
              ['Lorraine Beck' if n == 1 else 'Mr and Mrs Patel', 'Foster carer', TICK],
              ['Owen Griffiths', 'Virtual School Officer', BOX]], header=True, widths=[6, 6, 3])
    para(d, 'SECTION B - My hopes, worries and aspirations (Child)', bold=True, size=12)
    para(d, 'This section belongs to the child. Write what they say in their own words. If they do not want to say anything, leave it blank and record why in Section G.', italic=True, size=8)
    table(d, [['My hopes', ' '.join(k['hopes'])], ['My worries', ' '.join(k['worries'])], ['My aspirations (what I want to do when I am older)', ' '.join(k['asp'])]],
          widths=[5, 12])
    para(d, 'What my carer thinks', bold=True)
    table(d, [['He is much happier at school this year and wants to join clubs.' if n == 1 else 'Ruby finds mornings hard; she is getting more independent.']], widths=[17])
    para(d, 'SECTION C - Attendance, exclusions and attainment (Designated Teacher)', bold=True, size=12)
    table(d, [['Attendance % (this academic year)', 'Authorised absence', 'Unauthorised absence', 'Exclusions'],
              [k['att'], k['auth'], k['unauth'], k['excl']]], header=True, widths=[4.5, 4, 4, 4.5])
    table(d, [['Subject', 'End of last year', 'Now', 'Expected by end of year'],
              ['Reading', 'WTS' if n == 1 else '98 (scaled)', 'EXS', 'EXS'],
              ['Writing', 'WTS', 'WTS', 'EXS'],
              ['Maths', 'EXS', 'EXS', 'EXS']], header=True, widths=[4, 4, 4, 5])
    para(d, 'SECTION D - How did we do? (targets from the last PEP)', bold=True, size=12)
    table(d, [['Last PEP target', 'Achieved?', 'Evidence'],
              ['Read 4 times a week at home with carer', 'Yes', 'Reading record signed'],
              ['Learn the 6, 7 and 8 times tables' if n == 1 else 'Settle into new secondary school', 'Partly', 'Knows 6s and 8s' if n == 1 else 'Has two good friends']],
          header=True, widths=[8, 3, 6])
    d.add_page_break()
    para(d, 'SECTION E - Targets agreed at this meeting', bold=True, size=12)
    para(d, 'Targets must be SMART. Read down each column.', italic=True, size=8)
    cols = [f'Target {i}' for i in range(1, len(k['targets']) + 1)]
    rows = [[''] + cols,
            ['What will the child achieve?'] + [t[0] for t in k['targets']],
            ['Area'] + [t[1] for t in k['targets']],
            ['Who will support?'] + [t[2] for t in k['targets']],
            ['By when?'] + [t[3] for t in k['targets']]]
    table(d, rows, header=True, widths=[3.5] + [13.5 / len(cols)] * len(cols))
    para(d, 'SECTION F - Pupil Premium Grant', bold=True, size=12)
    rows = [['How the Pupil Premium Grant will be used', 'Cost', 'Which target?']] + [[a, '£' + b, c] for a, b, c in k['ppg']]
    if k['total']:
        rows.append(['Total Pupil Premium Grant requested', '£' + k['total'], ''])
    table(d, rows, header=True, widths=[10, 3, 4])
    para(d, 'SECTION G - Sign off (Designated Teacher)', bold=True, size=12)
    table(d, [['I confirm this PEP is complete and accurate', TICK + ' Yes   ' + BOX + ' No' if n == 1 else BOX + ' Yes   ' + BOX + ' No'],
              ['Signed (Designated Teacher)', 'F. Harcourt' if n == 1 else ''],
              ['Date', k['done']],
              ['If the child did not contribute, why?', '' if n == 1 else ''],
              ['Next PEP meeting', k['nxt']]], widths=[7, 10])
    d.save(os.path.join(out_dir, fn))
    voice = k['hopes'] + k['worries'] + k['asp']
    write_truth(out_dir, fn, {
        'layout': LAYOUT, 'inspired_by': 'real-forms.md entry 10',
        'quirks': ['"Date PEP completed:" on the cover', 'pages of numbered boilerplate before any field', 'lettered sections A-G',
                   'surname and forename in separate cells', 'transposed targets table (one column per target)'],
        'child_name': full, 'child_first_name': k['fore'], 'school': k['school'], 'year_group': k['yg'],
        'meeting_date': k['meeting_iso'], 'completed_date': k['done_iso'], 'attendance_percent': k['att_v'],
        'pupil_voice': voice, 'targets': [{'text': t[0], 'area': t[1]} for t in k['targets']],
        'english_target': True, 'maths_target': True,
        'pp_spend': [{'description': a, 'cost': float(b.replace(',', '')), 'target': int(c.split()[-1]) if c else None} for a, b, c in k['ppg']],
        'pp_requested': k['total_v']})


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1); make(out_dir, 2)


if __name__ == '__main__':
    build(sys.argv[1])
