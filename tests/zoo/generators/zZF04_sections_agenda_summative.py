"""zZF04: landscape paper-style PEP with an agenda sheet in front (agenda item numbers differ from section
numbers), slash-strung section headings, carer section of its own, young person's view in Section 4 with
'my actions' and a signature, and a Summative Record holding several meetings (latest = this PEP)
(inspired by real-forms entries 12 and 14)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZF import *

LAYOUT = 'zZF04-sections-agenda-summative'
PAGE = landscape(A4)

KIDS = {
    1: dict(name='Jordan Beaumont-Hale', first='Jordan', dob='03/05/2012', ncy='9', yg=9, school='Wensum Ridge High School',
            history=[('18/09/2025', 'Initial PEP (new into care)', '89.0', '1 of 3'),
                     ('26/02/2026', 'Review (after 6 months, review form used)', '92.5', '2 of 3'),
                     ('08/10/2026', 'Autumn review - this PEP', '95.2', '3 of 4')],
            meeting_iso='2026-10-08', att_v=95.2, sent='15 October 2026', sent_iso='2026-10-15',
            voice=['School is better now that I am in the top set for science.',
                   'I still find English essays hard because I do not know how to start them.',
                   'I want to do GCSE Computer Science and Geography for my options.'],
            actions='I will go to homework club on Tuesdays and ask Miss Shah when I am stuck.',
            carer='Jordan is settled with us and does homework at the kitchen table most nights. He would like a laptop of his own.',
            targets=[('English', 'Planning extended writing', 'Jordan will plan and write a full analytical paragraph (PEE) in English without prompts in three assessed pieces by February 2027.'),
                     ('Maths', 'Algebra confidence', 'Jordan will move from grade 4 to grade 5 on the Year 9 algebra assessments by the end of the spring term.'),
                     ('Options / careers', 'Year 9 options', 'Jordan will attend the options evening with his carer and complete his options form by 5 March 2027.')],
            spend=[('Laptop for homework and Computer Science (school loan scheme)', 420.0, 3),
                   ('English tutor, 1:1 weekly, 10 weeks', 380.0, 1),
                   ('Maths small-group booster after school', 200.0, 2)],
            total='1,000.00', total_v=1000.0, nxt='Spring 2027 - week beginning 22 February'),
    2: dict(name='Aaliyah Quinton', first='Aaliyah', dob='27/12/2010', ncy='10', yg=10, school='Broadland St Edmund\'s Academy',
            history=[('12/11/2025', 'Review', '81.0', '2 of 3'),
                     ('10/03/2026', 'Review', '84.3', '1 of 3'),
                     ('20/10/2026', 'Autumn review - this PEP', '', '')],
            meeting_iso='2026-10-20', att_v=None, sent='', sent_iso=None,
            voice=[], actions='',
            carer='Aaliyah has been finding things hard since contact with her mum changed. She likes her art lessons.',
            targets=[('English', 'GCSE English Language', 'Aaliyah will complete two timed practice papers for English Language Paper 1 and act on feedback before the mock exams.'),
                     ('Art', 'Coursework', 'Aaliyah will finish her GCSE Art portfolio sketchbook for component 1 by the end of January 2027.'),
                     ('Wellbeing', 'Support in school', 'Aaliyah will meet the school counsellor every fortnight and use her time-out card when she needs it.')],
            spend=[('GCSE English revision guides and workbook', 30.0, 1),
                   ('Art materials and sketchbooks for coursework', 85.0, 2),
                   ('School counsellor sessions (10)', 400.0, 3)],
            total='515.00', total_v=515.0, nxt=''),
}


def make(out_dir, n):
    k = KIDS[n]
    fn = f'{LAYOUT}-{n}.pdf'
    W = PAGE[0] - 80
    st = []
    st.append(Paragraph('PEP Meeting Agenda', H))
    st.append(Paragraph('To go with the Personal Education Plan. Invite those highlighted in the table on the front page of the PEP.', SMALL))
    ag = [['Agenda Items', 'Person responsible'],
          ['1 Introductions', 'Chair'],
          ['2 Section 1 and 2: This section must be completed prior to the meeting. Go through child/young persons views and if present and applicable ask him/her to expand on any points', 'Young person or nominee'],
          ['3 Section 3: Carer\'s views of how things are going at home with homework, reading and routines', 'Carer'],
          ['4 Section 4: completed by the SW. Essential Pupil information - legal situation, parental responsibility, who can sign forms for school trips both one day and residential. Strengths and difficulties questionnaire', 'Social Worker'],
          ['5 Section 5: Education information, attainment and attendance; Section 6: Priorities and Targets; PP+', 'Designated Teacher'],
          ['6 Any other business and date of next meeting', 'Chair']]
    st.append(ptable(ag, [W * 0.75, W * 0.25]))
    st.append(Spacer(1, 6))
    st.append(Paragraph('When to hold a PEP meeting: when the child becomes looked after; changes placement; at the start of a new academic year; '
                        'After 6 months (review form used); if the young person is underperforming or shows extreme behaviour.', SMALL))
    st.append(PageBreak())
    st.append(Paragraph('PERSONAL EDUCATION PLAN', H))
    st.append(ptable([['Name of young person', 'Date of birth', 'NCY', 'School', 'Date of this meeting'],
                      [k['name'], k['dob'], k['ncy'], k['school'], k['history'][-1][0]]],
                     [W * 0.24, W * 0.14, W * 0.08, W * 0.34, W * 0.2]))
    st.append(Spacer(1, 6))
    st.append(Paragraph('Invited (highlighted = must be invited)', PB))
    inv = [['Role', 'Name', 'Attended', 'Copy sent'],
           ['** Young person', k['name'], 'Yes' if n == 1 else 'No', 'Yes'],
           ['** Designated Teacher', 'Miss Priya Shah' if n == 1 else 'Mr Ellis Fairweather', 'Yes', 'Yes'],
           ['** Social Worker', 'Declan Moore' if n == 1 else 'Ruth Okafor', 'Yes', 'Yes'],
           ['** Carer', 'Sandra and Mike Lowe' if n == 1 else 'Helen Dyer', 'Yes', 'Yes'],
           ['Virtual School Adviser', 'Colin Ashworth', 'No', 'Yes'],
           ['Parent', '-', 'No', 'No']]
    t = ptable(inv, [W * 0.3, W * 0.35, W * 0.15, W * 0.2])
    t.setStyle(TableStyle([('BACKGROUND', (0, r), (-1, r), colors.HexColor('#FFF2A8')) for r in range(1, 5)]))
    st.append(t)
    st.append(Spacer(1, 8))
    st.append(Paragraph('Section 1 and 2 of the PEP - Young Person\'s View (complete before the meeting)', H))
    st.append(Paragraph('Sent to the young person in advance. They say how school is going and state what their actions will be and sign it.', SMALL))
    st.append(ptable([['How is school going for you? What would help?', ' '.join(k['voice'])],
                      ['What my actions will be', k['actions']],
                      ['Young person\'s signature', 'J. Beaumont-Hale' if n == 1 else '']], [W * 0.3, W * 0.7], header=False))
    st.append(Spacer(1, 6))
    st.append(Paragraph('Section 3 of the PEP - Carer', H))
    st.append(ptable([['Carer\'s comments', k['carer']]], [W * 0.3, W * 0.7], header=False))
    st.append(PageBreak())
    st.append(Paragraph('Section 4 of the PEP - Personal Information/Care Arrangements (Social Worker)', H))
    st.append(ptable([['Legal status', 'Care Order (s31)' if n == 1 else 'Section 20'],
                      ['Who holds parental responsibility', 'Local authority shared with mother' if n == 1 else 'Mother'],
                      ['Who can sign consent for trips (one day / residential)', 'Carer / Social Worker'],
                      ['SDQ score (latest)', '14' if n == 1 else '21']], [W * 0.4, W * 0.6], header=False))
    st.append(Spacer(1, 6))
    st.append(Paragraph('Section 5 of the PEP - Education Information/Homework Arrangements/Secondary Transfer as appropriate/Year 9 Specific Tasks/Year 10 if retrospective', H))
    st.append(ptable([['Current attainment', 'English 4 / Maths 4 / Science 5' if n == 1 else 'English 3 / Maths 4 / Art 5 (predicted)'],
                      ['Homework arrangements', 'Homework club Tuesdays; carer checks planner' if n == 1 else 'Library at lunchtime'],
                      ['Year 9 Specific Tasks', 'Options guidance interview booked' if n == 1 else 'n/a'],
                      ['Year 10 if retrospective', 'n/a' if n == 1 else 'Work experience placement not yet found']], [W * 0.3, W * 0.7], header=False))
    st.append(Spacer(1, 6))
    st.append(Paragraph('Section 6 of the PEP - Priorities and Targets', H))
    for i, (area, pri, txt) in enumerate(k['targets'], 1):
        st.append(Paragraph(f'<b>Priority {i} ({esc(area)}): {esc(pri)}</b>', P))
        st.append(Paragraph(esc(txt), P))
        st.append(Spacer(1, 4))
    st.append(Paragraph('Pupil Premium Plus - spend linked to priorities', PB))
    rows = [['Item', 'Amount', 'Priority']] + [[d_, f'£{c:,.2f}', str(t)] for d_, c, t in k['spend']] + [['PP+ requested this term', '£' + k['total'], '']]
    st.append(ptable(rows, [W * 0.6, W * 0.2, W * 0.2]))
    st.append(PageBreak())
    st.append(Paragraph('Summative Record', H))
    st.append(Paragraph('Filled in from school records at each meeting. Add a new line each time; do not delete earlier lines.', SMALL))
    rows = [['Date of meeting', 'Type of PEP', 'Attendance % (academic year to date)', 'Previous targets met']] + [list(h) for h in k['history']]
    st.append(ptable(rows, [W * 0.18, W * 0.4, W * 0.22, W * 0.2]))
    st.append(Spacer(1, 8))
    st.append(Paragraph('Previous targets (from the PEP of ' + k['history'][-2][0] + ')', PB))
    st.append(ptable([['Target', 'Outcome'],
                      ['Read for 20 minutes each evening', 'Met'],
                      ['Complete all science homework', 'Met' if n == 1 else 'Not met'],
                      ['Attend every maths lesson', 'Partly met']], [W * 0.7, W * 0.3]))
    st.append(Spacer(1, 8))
    st.append(ptable([['Designated Teacher', 'Miss Priya Shah' if n == 1 else 'Mr Ellis Fairweather', 'Date sent to Virtual School', k['sent']],
                      ['Date of next PEP', k['nxt'], 'All information about your PEP is kept electronically.', '']],
                     [W * 0.2, W * 0.3, W * 0.25, W * 0.25], header=False))
    build_pdf(os.path.join(out_dir, fn), st, pagesize=PAGE, header='Northmere County Council - Children in Care - PEP (paper) rev. 2019',
              footer='Return to: Virtual School, County Hall, Northmere   CIC ref ' + str(772100 + n))
    write_truth(out_dir, fn, {
        'layout': LAYOUT, 'inspired_by': 'real-forms.md entries 12, 14',
        'quirks': ['agenda sheet first, agenda numbers differ from section numbers', 'young person\'s view with actions and signature',
                   'carer section of its own', 'slash-strung section heading', 'prose priorities instead of a target table',
                   'summative record holds several meetings (latest = this PEP)', 'landscape'],
        'child_name': k['name'], 'child_first_name': k['first'], 'school': k['school'], 'year_group': k['yg'],
        'meeting_date': k['meeting_iso'], 'completed_date': k['sent_iso'], 'attendance_percent': k['att_v'],
        'pupil_voice': k['voice'] + ([k['actions']] if k['actions'] else []),
        'targets': [{'text': txt, 'area': area} for area, pri, txt in k['targets']],
        'english_target': True, 'maths_target': n == 1,
        'pp_spend': [{'description': d_, 'cost': c, 'target': t} for d_, c, t in k['spend']],
        'pp_requested': k['total_v']})


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1); make(out_dir, 2)


if __name__ == '__main__':
    build(sys.argv[1])
