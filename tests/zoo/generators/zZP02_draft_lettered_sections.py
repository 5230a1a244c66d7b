"""zZP02: school-age 'DRAFT' PEP PDF: cover with Date PEP completed, pages of numbered prose, lettered sections (entry 10)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZP import write_truth, main_for, tick
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

LAYOUT = 'zZP02-draft-lettered-sections'
ss = getSampleStyleSheet()
H = ParagraphStyle('h', parent=ss['Heading2'], fontSize=12, spaceAfter=4)
B = ParagraphStyle('b', parent=ss['BodyText'], fontSize=9, leading=11)
S = ParagraphStyle('s', parent=ss['BodyText'], fontSize=7, leading=8.5, textColor=colors.grey)
TS = TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                 ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9E1F2')), ('FONTSIZE', (0, 0), (-1, -1), 8)])
KV = TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                 ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#EDEDED')), ('FONTSIZE', (0, 0), (-1, -1), 8)])

V = [
    dict(name='Kacper Nowell', dob='09/03/2017', ncy='Year 5', yg=5, school='St Aldwyn\'s C of E Primary School',
         completed='06/11/2026', meet='21/10/2026', last='12/06/2026', next='w/c 8 February 2027',
         att='96.1', excl='None',
         hopes='I want to be in the school football team and I want to read Harry Potter on my own.',
         worries='I worry when we have a supply teacher because they don\'t know me.',
         asp='When I grow up I want to be a vet or a zookeeper.',
         sw='Placement is stable; contact with mum fortnightly.',
         prev=[('Know 6, 7 and 8 times tables', 'Mostly - 6s and 8s secure, 7s not yet'), ('Write a paragraph using capital letters and full stops', 'Met')],
         targets=[('Reading', 'Kacper will read aloud to an adult for 10 minutes four times a week and move from Purple to Gold book band by February 2027'),
                  ('Maths', 'Kacper will recall the 7 times table facts in any order within 3 seconds each'),
                  ('Emotional wellbeing', 'Kacper will use his "worry card" to tell an adult when there is a change of teacher')],
         areas=['English', 'Maths', 'SEMH'],
         ppg=[('Learning', 'Reading Plus licence and TA-led reading 4 x 10 mins weekly', 'Target 1', 'Book band progress to Gold', '£350.00'),
              ('Learning', 'Times Tables Rock Stars small-group booster (spring term)', 'Target 2', 'Rapid recall of 7x table', '£120.00'),
              ('Pastoral', 'ELSA sessions x 6', 'Target 3', 'Kacper can name worries and ask for help', '£240.00')],
         total='£710.00', tv=710.0, dt='Ms Carla Benedetti, Designated Teacher'),
    dict(name='Aaliyah Brennan-Shaw', dob='27/11/2013', ncy='Year 8', yg=8, school='Harrowgate Academy',
         completed='', meet='15/09/2026', last='30/03/2026', next='', att='', excl='1 day fixed-term (May 2026)',
         hopes='', worries='', asp='',
         sw='Aaliyah moved placement in August and now travels 40 minutes to school by taxi.',
         prev=[('Attend 2 after-school clubs', 'Not met - placement move')],
         targets=[('English', 'Aaliyah will plan and draft a persuasive letter using a paragraph frame, assessed by her English teacher in December'),
                  ('Behaviour for learning', 'Aaliyah will have no more than 2 behaviour points per half-term in science')],
         areas=['English', 'SEMH'],
         ppg=[('Pastoral', 'Mentoring with Learning Mentor, 1 hour weekly', 'Target 2', 'Fewer behaviour points', '£400.00'),
              ('Learning', 'Laptop for homework at new placement', '', 'Homework completed', '£300.00')],
         total='£700.00', tv=700.0, dt='Mr Owen Pryce, Assistant Head / DT'),
]


def make(out_dir, n, v):
    fname = f'{LAYOUT}-{n}.pdf'
    path = os.path.join(out_dir, fname)

    def deco(c, doc):
        c.saveState(); c.setFont('Helvetica', 7)
        c.drawString(40, 20, 'SCHOOL AGE PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE - DRAFT v0.3')
        c.drawRightString(A4[0] - 40, 20, f'Page {doc.page}')
        c.setFont('Helvetica-Bold', 8); c.drawRightString(A4[0] - 40, A4[1] - 25, 'Confidential')
        c.restoreState()

    st = []
    st.append(Spacer(1, 80))
    st.append(Paragraph('SCHOOL AGE PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE', ParagraphStyle('t', parent=H, fontSize=18, leading=22, alignment=1)))
    st.append(Paragraph('DRAFT', ParagraphStyle('d', parent=H, fontSize=14, alignment=1, textColor=colors.red)))
    st.append(Spacer(1, 30))
    st.append(Table([['Date PEP completed:', v['completed']]], colWidths=[150, 200], style=KV))
    st.append(Spacer(1, 20))
    st.append(Paragraph('Confidential', ParagraphStyle('c', parent=B, alignment=1)))
    st.append(PageBreak())
    st.append(Paragraph('What are main functions of a PEP?', H))
    for p in ['1. A PEP is a means of collating information about the education of a child in care so that everyone '
              'working with the child knows their strengths, needs and next steps.',
              '2. It is a record of what needs to happen for the child to make expected progress and fulfil their potential.',
              '3. It provides continuity when a child changes school or placement.',
              '4. It gives the child a place to record their hopes, worries and aspirations.',
              '5. The targets agreed in the PEP inform how the Pupil Premium Grant is allocated.',
              '6. The PEP is reviewed each term. The first PEP must be held within 20 school days of entering care.']:
        st.append(Paragraph(p, B))
    st.append(Paragraph('Who Does What?', H))
    for p in ['The Social Worker: initiating the PEP, inviting the attendees and completing section A of the PEP form.',
              'The Designated Teacher: completing sections B, D and E; chairing the meeting in school.',
              'The Carer: contributing to section C with the child, and supporting home learning.',
              'The Virtual School: quality assuring the PEP and releasing the Pupil Premium Grant.']:
        st.append(Paragraph(p, B))
    st.append(PageBreak())
    st.append(Paragraph('SECTION A - Child and care details (Social Worker)', H))
    st.append(Table([['Name of child', v['name'], 'Date of birth', v['dob']],
                     ['NCY', v['ncy'], 'Legal status', 'S.31 Full Care Order'],
                     ['School attended', v['school'], 'UPN', f'K8231{n}4400{n}7'],
                     ['Social worker', 'Leanne Ortiz', 'Placement', 'Foster care (in borough)']],
                    colWidths=[80, 170, 70, 170], style=KV))
    st.append(Spacer(1, 6))
    st.append(Table([['Date of this PEP meeting', v['meet'], 'Date of last PEP', v['last']]], colWidths=[110, 130, 100, 150], style=KV))
    st.append(Spacer(1, 6))
    st.append(Paragraph('Attendees', B))
    st.append(Table([['Name', 'Role', 'Attended', 'Copy sent'],
                     [v['name'].split()[0], 'Child', tick(True), tick(True)],
                     ['Leanne Ortiz', 'Social worker', tick(True), tick(True)],
                     ['Pat Grealish', 'Foster carer', tick(True), tick(True)],
                     [v['dt'].split(',')[0], 'Designated Teacher', tick(True), tick(True)],
                     ['Sam Idowu', 'Virtual School Officer', tick(False), tick(True)]], colWidths=[150, 150, 70, 70], style=TS))
    st.append(Paragraph('Social worker update: ' + v['sw'], B))
    st.append(Paragraph('SECTION B - Attendance and progress (School)', H))
    st.append(Table([['Attendance this academic year (%)', v['att'], 'Exclusions', v['excl']]], colWidths=[150, 80, 80, 180], style=KV))
    st.append(Spacer(1, 4))
    st.append(Table([['Subject', 'Working at (last term)', 'Working at (now)', 'On track?'],
                     ['Reading', 'WTS', 'WTS', 'Nearly'], ['Writing', 'WTS', 'EXS', 'Yes'], ['Maths', 'EXS', 'EXS', 'Yes']],
                    colWidths=[120, 120, 120, 120], style=TS))
    st.append(PageBreak())
    st.append(Paragraph('SECTION C - My hopes, worries and aspirations', H))
    st.append(Paragraph('To be completed with the child before or at the meeting. Use their words.', S))
    st.append(Table([['My hopes', v['hopes']], ['My worries', v['worries']], ['My aspirations', v['asp']]],
                    colWidths=[100, 390], rowHeights=[45, 45, 45], style=KV))
    st.append(Spacer(1, 6))
    st.append(Table([['Carer\'s view', 'Really proud of how hard they try with homework.' if n == 1 else 'Settling into the new home; needs help with routines.']],
                    colWidths=[100, 390], style=KV))
    st.append(Paragraph('SECTION D - Targets', H))
    st.append(Paragraph('D1. Review of targets from the last PEP', B))
    st.append(Table([['Previous target', 'Outcome']] + [list(p) for p in v['prev']], colWidths=[250, 240], style=TS))
    st.append(Spacer(1, 6))
    st.append(Paragraph('D2. New targets agreed at this PEP', B))
    st.append(Table([['', 'Area', 'Target', 'By when']] +
                    [[f'({chr(97 + i)})', a, Paragraph(t, B), 'Next PEP'] for i, (a, t) in enumerate(v['targets'])],
                    colWidths=[25, 90, 305, 70], style=TS))
    st.append(PageBreak())
    st.append(Paragraph('SECTION E - Pupil Premium Grant request', H))
    st.append(Paragraph('Each line must name the target (D2) it supports.', S))
    hdr = ['Type of intervention', 'Description', 'Target', 'Expected impact', 'Cost']
    st.append(Table([hdr] + [[r[0], Paragraph(r[1], B), r[2], Paragraph(r[3], B), r[4]] for r in v['ppg']] +
                    [['', 'Total Pupil Premium Grant requested', '', '', v['total']]],
                    colWidths=[70, 170, 50, 130, 60], style=TS))
    st.append(Spacer(1, 10))
    st.append(Table([['Designated Teacher', v['dt']], ['Signature', '' if not v['completed'] else 'C. Benedetti'],
                     ['Date of next PEP', v['next']]], colWidths=[120, 370], style=KV))
    SimpleDocTemplate(path, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40).build(st, onFirstPage=deco, onLaterPages=deco)

    voice = [x for x in (v['hopes'], v['worries'], v['asp']) if x]
    letters = {'(a)': 1, '(b)': 2, '(c)': 3}
    pp = []
    for r in v['ppg']:
        pp.append(dict(description=r[1], cost=float(r[4].strip('£')), target=int(r[2].split()[1]) if r[2] else None))
    truth = dict(layout=LAYOUT, file=fname, inspired_by='real-forms.md entries 10',
                 quirks=['"Date PEP completed" on the cover', 'two pages of numbered boilerplate before any field',
                         'lettered sections A-E', 'targets lettered (a),(b),(c); PPG lines cite "Target N"',
                         'last PEP date next to this PEP date'],
                 child_name=v['name'], child_first_name=v['name'].split()[0], school=v['school'], year_group=v['yg'],
                 meeting_date={1: '2026-10-21', 2: '2026-09-15'}[n],
                 completed_date='2026-11-06' if v['completed'] else None,
                 attendance_percent=float(v['att']) if v['att'] else None, pupil_voice=voice,
                 targets=[dict(text=t, area=ar) for (a, t), ar in zip(v['targets'], v['areas'])],
                 english_target=True, maths_target='Maths' in v['areas'], pp_spend=pp, pp_requested=v['tv'])
    write_truth(out_dir, fname, truth)


def build(out_dir):
    for n, v in enumerate(V, 1):
        make(out_dir, n, v)


if __name__ == '__main__':
    main_for(build)
