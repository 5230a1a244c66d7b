"""zZK03: PDF export of an online termly PEP form (form ID, mandatory fields answered 'N/A', submit stamp) with a
PPP request block asking for intended use, total requested and intended impact (real-forms entries 22, 18)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZK import write_truth
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

STEM = 'zZK03-online-form-na-ppp'
INSP = 'real-forms.md entries 22, 18'
QUIRKS = ['web-form export: question label above its answer, asterisks for mandatory', "literal 'N/A' in mandatory fields",
          'form ID and submission stamp instead of a signature', 'abbreviation PPP with intended impact column and backdating question',
          'last term\'s targets block before the new ones', 'forename and surname asked separately']

ss = getSampleStyleSheet()
N = ParagraphStyle('n', parent=ss['Normal'], fontName='Helvetica', fontSize=9.5, leading=12)
Q = ParagraphStyle('q', parent=N, fontName='Helvetica-Bold', fontSize=8.5, textColor=colors.HexColor('#1F3864'), spaceBefore=5)
A = ParagraphStyle('a', parent=N, leftIndent=8, backColor=colors.HexColor('#F3F3F3'), borderPadding=3, spaceAfter=3)
H = ParagraphStyle('h', parent=N, fontName='Helvetica-Bold', fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=2,
                   textColor=colors.white, backColor=colors.HexColor('#2E5597'), borderPadding=3)
SM = ParagraphStyle('sm', parent=N, fontSize=7, leading=8.5, textColor=colors.grey)

KIDS = {
 1: dict(fore='Kacper', sur='Nowicki-Hale', school='Thornbury Vale Academy', ncy='9', yg=9, upn='H8213000417A',
         form='MHVS-AUT26-004417', meet='2026-11-03', meet_s='03/11/2026', done='2026-11-06', status='Submitted 06/11/2026 15:42',
         att='89.5', att_v=89.5, nxt='09/02/2027',
         voice=[('What is going well for you at school? *', 'Science is good because Mr Patel lets us do the experiments ourselves.'),
                ('What is hard for you at school? *', 'English is hard because I have to write long answers and my hand hurts.'),
                ('What would you like to get better at this term? *', 'I want to get better at fractions so I can move up a set.')],
         targets=[('English', 'Kacper will plan and write a 300-word PEEL paragraph answer in English using a laptop, reaching a Grade 4 standard in the December assessment.'),
                  ('Maths', 'Kacper will add, subtract and simplify fractions with different denominators and score 70% on the end-of-unit fractions test by 12/12/2026.'),
                  ('Attendance', 'Kacper will arrive at registration by 8:40 on at least 9 out of 10 days, checked weekly by his tutor.')],
         ppp=[('Touch-typing course and school laptop loan', '150.00', 'Kacper can write longer answers without pain', '1'),
              ('Maths tutor, 10 x 1 hour sessions (fractions)', '300.00', 'Moves from set 4 to set 3', '2'),
              ('Breakfast club, 5 days a week for the term', '95.00', 'Arrives on time and has eaten', '3')],
         total='545.00', backdated='No'),
 2: dict(fore='Shanice', sur='Adebayo-Cole', school='Greyfriars High School', ncy='10', yg=10, upn='N/A',
         form='MHVS-AUT26-004602', meet='2026-11-17', meet_s='17/11/2026', done=None, status='Draft - saved 19/11/2026 (not submitted)',
         att='81.0', att_v=81.0, nxt='N/A',
         voice=[('What is going well for you at school? *', 'N/A'),
                ('What is hard for you at school? *', 'N/A'),
                ('What would you like to get better at this term? *', 'N/A')],
         targets=[('English', 'Shanice will read one of the GCSE set texts (An Inspector Calls) with her mentor and write a character summary for each of the main characters before Christmas.'),
                  ('Wellbeing', 'Shanice will meet with the school counsellor every Wednesday and attend at least 8 of the 10 sessions.')],
         ppp=[('Mentoring with Learning Mentor, 1 hour weekly', '240.00', 'Better engagement in English lessons', '1'),
              ('Revision guides and GCSE English workbook', '32.00', 'Has resources at home', 'N/A')],
         total='272.00', backdated='Yes - summer term 2026 (form not submitted in time)'),
}


def qa(s, q, a):
    s.append(Paragraph(q, Q)); s.append(Paragraph(a if a else '&nbsp;', A))


def hf(c, doc):
    c.saveState(); c.setFont('Helvetica', 7); c.setFillColor(colors.grey)
    c.drawString(36, 815, 'Marlow Heath Virtual School - Online PEP form - Autumn Term 2026')
    c.drawRightString(559, 815, 'Generated automatically as PDF')
    c.drawString(36, 20, 'This PDF is a copy of the submitted form. Once submitted, no further changes can be made.')
    c.drawRightString(559, 20, f'{doc.page}')
    c.restoreState()


def grid(rows, widths):
    t = Table([[Paragraph(str(x), N) for x in r] for r in rows], colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9E2F3'))]))
    return t


def build_one(out_dir, n):
    k = KIDS[n]
    path = os.path.join(out_dir, f'{STEM}-{n}.pdf')
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=36)
    s = [Paragraph('Personal Education Plan (PEP) - Autumn Term 2026', ParagraphStyle('t', parent=N, fontName='Helvetica-Bold', fontSize=15, leading=19)),
         Paragraph(f'Form ID: {k["form"]}   |   Pupil: {k["fore"]} {k["sur"]}   |   Status: {k["status"]}', N),
         Paragraph("Fields marked * are mandatory. For any mandatory fields not relevant to you, 'N/A' can be entered.", SM),
         Paragraph('1. Pupil details', H)]
    qa(s, 'Legal forename *', k['fore']); qa(s, 'Legal surname *', k['sur'])
    qa(s, 'Date of birth *', '21/07/2012' if n == 1 else '04/01/2011')
    qa(s, 'UPN *', k['upn']); qa(s, 'Name of school / education provider *', k['school'])
    qa(s, 'National Curriculum Year *', k['ncy'])
    qa(s, 'Date of PEP meeting *', k['meet_s']); qa(s, 'Date of next PEP meeting *', k['nxt'])
    s.append(Paragraph('2. Who attended', H))
    s.append(grid([['Name', 'Role', 'Attended?'],
                   ['Mrs Joanne Kilbride' if n == 1 else 'Mr Dev Ranganathan', 'Designated Teacher', 'Yes'],
                   ['Ellis Munro' if n == 1 else 'Chloe Haddon', 'Social Worker', 'Yes'],
                   ['Pat & Gary Illingworth' if n == 1 else 'Sonia Reid', 'Foster carer(s)', 'Yes'],
                   [k['fore'], 'Pupil', 'Yes (part)' if n == 1 else 'No - refused to come in'],
                   ['Amira Shah', 'VS Education Officer', 'No - report sent']], [200, 170, 153]))
    s.append(Paragraph('3. Attendance and exclusions', H))
    qa(s, 'Attendance % this academic year *', k['att'])
    qa(s, 'Number of fixed-term suspensions this term *', '0' if n == 1 else '1 (2 days, October)')
    qa(s, 'Part-time timetable? *', 'N/A')
    s.append(Paragraph('4. Pupil voice', H))
    s.append(Paragraph('Record the pupil\'s own words. If the pupil did not take part, give the reason.', SM))
    for q, a in k['voice']:
        qa(s, q, a)
    qa(s, 'Carer\'s comments', 'Kacper is much more settled and is proud of his science work.' if n == 1 else 'Shanice is not sleeping well and is finding mornings hard.')
    qa(s, 'Social worker\'s comments', 'N/A')
    s.append(Paragraph('5. Progress', H))
    s.append(grid([['Subject', 'Current grade', 'Target grade', 'Effort (1-4)'],
                   ['English', '3' if n == 1 else '3-', '5', '2'], ['Maths', '4-', '5', '1' if n == 1 else '3'],
                   ['Science', '5', '6', '1']], [150, 130, 130, 113]))
    s.append(Paragraph('6. Last term\'s targets', H))
    s.append(grid([['Target set in summer term', 'Progress'],
                   ['To hand in homework on time in every subject.', 'Mostly - 3 missed in 6 weeks'],
                   ['To read for 20 minutes a day.', 'Not yet']], [330, 193]))
    s.append(Paragraph('7. New targets for this term', H))
    s.append(Paragraph('Targets must be SMART. Up to 4 targets. The PPP request in section 8 must refer to these targets.', SM))
    for i, (area, t) in enumerate(k['targets'], 1):
        qa(s, f'Target {i} - area *', area)
        qa(s, f'Target {i} - what will be achieved and by when *', t)
    s.append(Paragraph('8. Pupil Premium Plus (PPP) request', H))
    s.append(Paragraph('Give details of the intended use of the funding, the total amount being requested (including costs of the '
                       'interventions) and the intended impact. You may re-submit the previous PPP form if nothing has changed.', SM))
    s.append(grid([['Intended use of the funding', 'Cost (£)', 'Intended impact', 'Target no.']] +
                  [[d, c, imp, t] for d, c, imp, t in k['ppp']], [200, 60, 190, 73]))
    qa(s, 'Total amount being requested (£) *', k['total'])
    qa(s, 'Please stipulate if you wish to apply for backdated pupil premium *', k['backdated'])
    s.append(Paragraph('9. Declaration', H))
    qa(s, 'Completed by (Designated Teacher) *', 'Mrs Joanne Kilbride' if n == 1 else 'Mr Dev Ranganathan')
    qa(s, 'Submission', k['status'])
    doc.build(s, onFirstPage=hf, onLaterPages=hf)
    voice = [a for _, a in k['voice'] if a != 'N/A']
    write_truth(out_dir, f'{STEM}-{n}', 'pdf', INSP, QUIRKS,
                child_name=f'{k["fore"]} {k["sur"]}', child_first_name=k['fore'], school=k['school'], year_group=k['yg'],
                meeting_date=k['meet'], completed_date=k['done'], attendance_percent=k['att_v'], pupil_voice=voice,
                targets=[{'text': t, 'area': a} for a, t in k['targets']],
                english_target=True, maths_target=any(a == 'Maths' for a, _ in k['targets']),
                pp_spend=[{'description': d, 'cost': float(c), 'target': int(t) if t.isdigit() else None} for d, c, _, t in k['ppp']],
                pp_requested=float(k['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
