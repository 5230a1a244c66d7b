"""zZP04: landscape PDF auto-exported from an online PEP form (form ID, numbered questions, literal N/A in mandatory
fields, submission stamp, RAG ratings for last term's targets) (entries 22, 28)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZP import write_truth, main_for
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

LAYOUT = 'zZP04-online-form-na-export'
ss = getSampleStyleSheet()
Q = ParagraphStyle('q', parent=ss['BodyText'], fontName='Helvetica-Bold', fontSize=8.5, leading=10, spaceBefore=5)
A = ParagraphStyle('a', parent=ss['BodyText'], fontSize=9, leading=11, leftIndent=14)
SEC = ParagraphStyle('s', parent=ss['Heading3'], fontSize=11, textColor=colors.white, backColor=colors.HexColor('#2F5597'),
                     borderPadding=3, spaceBefore=8)
SM = ParagraphStyle('sm', parent=ss['BodyText'], fontSize=6.5, leading=8, textColor=colors.grey)
CELL = ParagraphStyle('c', parent=ss['BodyText'], fontSize=8, leading=9.5)
TS = TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                 ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DEEAF6')), ('FONTSIZE', (0, 0), (-1, -1), 8)])
RAGC = {'R': '#F4B6B6', 'A': '#FFE699', 'G': '#C6EFCE'}

V = [
    dict(formid='CBV-26A-07741', fore='Tyler', sur='Ashgrove', dob='02/01/2012', yr='Year 10', yg=10,
         school='Marston Vale Upper School', term='Autumn Term 2026', meet='05/11/2026', meet_iso='2026-11-05',
         sub='Submitted 12/11/2026 16:42 by dt.marstonvale (Designated Teacher)', sub_iso='2026-11-12',
         att='91.4', att_v=91.4, susp='N/A', lastpep='24/06/2026', next='Spring term 2027 (date to be set by VS)',
         voice1='I like construction and PE. I want to do a plumbing apprenticeship after Year 11.',
         voice2='Maths is my hardest lesson because I missed a lot in Year 8. I would like help with revision before mocks.',
         sw='Tyler has been in the same placement for 2 years. Family time with dad monthly.',
         prev=[('Complete all science homework on time', 'A'), ('Join one enrichment club', 'G'), ('Reach grade 3 in maths', 'R')],
         targets=[('English', 'Tyler will improve his English Language Paper 2 writing from grade 3 to grade 4 by the February mock', 'English'),
                  ('Maths', 'Tyler will complete 20 minutes of Sparx maths 4 times a week and secure grade 3 in the December assessment', 'Maths'),
                  ('Careers', 'Tyler will attend a taster day at Bedfield College construction department before February half-term', 'Careers')],
         pp=[('1:1 maths tuition with external tutor, 10 sessions', '450.00', '2'),
             ('English revision guides and workbook', '25.00', '1'),
             ('Travel for college taster day', '15.00', '3')],
         total='490.00', tv=490.0),
    dict(formid='CBV-26A-08102', fore='Mia', sur='Kowalczyk-Hart', dob='19/07/2015', yr='Year 7', yg=7,
         school='Cranfold Park Academy', term='Autumn Term 2026', meet='08/10/2026', meet_iso='2026-10-08',
         sub='Saved - not submitted (last edited 13/10/2026 09:15)', sub_iso=None,
         att='N/A', att_v=None, susp='N/A', lastpep='N/A', next='N/A',
         voice1='N/A', voice2='N/A',
         sw='Mia started at Cranfold Park in September; no transfer information received yet from primary.',
         prev=[],
         targets=[('Reading', 'Mia will read her class reader for 15 minutes each evening and record it in her reading log', 'English'),
                  ('Maths', 'Mia will use a multiplication grid to check her answers in maths lessons and then try 5 questions without it each week', 'Maths'),
                  ('Friendships', 'Mia will attend the Year 7 lunchtime games club at least twice a week', 'SEMH')],
         pp=[('Lunchtime club resources', '60.00', 'N/A'),
             ('Accelerated Reader books for home', '40.00', '1')],
         total='100.00', tv=100.0),
]


def qa(st, q, a):
    st.append(Paragraph(q, Q)); st.append(Paragraph(a, A))


def make(out_dir, n, v):
    fname = f'{LAYOUT}-{n}.pdf'
    path = os.path.join(out_dir, fname)

    def deco(c, doc):
        w, h = landscape(A4)
        c.saveState(); c.setFont('Helvetica', 7)
        c.drawString(30, h - 20, f"Form ID: {v['formid']}   |   Personal Education Plan - {v['term']}   |   Central Vale Virtual School")
        c.drawRightString(w - 30, h - 20, f"Page {doc.page}")
        c.drawString(30, 14, 'This PDF was sent automatically on submission of the online form. Once submitted, no further changes can be made. '
                     'For any mandatory fields not relevant to you, \'N/A\' can be entered.')
        c.restoreState()

    st = []
    st.append(Paragraph(f"Personal Education Plan (Reception to Year 11) - {v['term']}", ss['Title']))
    st.append(Paragraph(v['sub'], ParagraphStyle('x', parent=A, leftIndent=0, textColor=colors.HexColor('#C00000'))))
    st.append(Paragraph('1. About the child or young person', SEC))
    t = Table([['1.1 Legal first name *', '1.2 Legal surname *', '1.3 Preferred name', '1.4 Date of birth *', '1.5 Year group *', '1.6 UPN'],
               [v['fore'], v['sur'], 'N/A', v['dob'], v['yr'], f'N8890{n}21100{n}4']], colWidths=[120, 130, 90, 90, 80, 120], style=TS)
    st.append(t)
    qa(st, '1.7 Full name as it should appear on this PEP *', f"{v['fore']} {v['sur']}")
    qa(st, '1.8 School / setting currently attended *', v['school'])
    qa(st, '1.9 Date of this PEP meeting *', v['meet'])
    qa(st, '1.10 Date of previous PEP *', v['lastpep'])
    st.append(Paragraph('2. Who attended', SEC))
    st.append(Table([['Role', 'Name', 'Attended (Y/N)'],
                     ['Young person', v['fore'], 'Y'], ['Designated Teacher', 'Ms Rhiannon Tate' if n == 1 else 'Mr Curtis Bell', 'Y'],
                     ['Social worker', 'Jonah Fairweather', 'Y'], ['Carer', 'Linda Oyelaran', 'Y' if n == 1 else 'N'],
                     ['Virtual School', 'Adaeze Kerr (Education Adviser)', 'N']], colWidths=[150, 250, 100], style=TS))
    st.append(Paragraph('3. Attendance and inclusion', SEC))
    qa(st, '3.1 Attendance this academic year to date (%) *', v['att'])
    qa(st, '3.2 Number of suspensions this academic year *', v['susp'])
    qa(st, '3.3 Social worker update *', v['sw'])
    st.append(Paragraph('4. Pupil voice', SEC))
    st.append(Paragraph('Record the young person\'s views in their own words. If they did not contribute, say why.', SM))
    qa(st, '4.1 What is going well for you at school? *', v['voice1'])
    qa(st, '4.2 What would you like more help with? *', v['voice2'])
    qa(st, '4.3 Carer\'s comments', 'Keen for Tyler to have a college visit.' if n == 1 else 'N/A')
    st.append(Paragraph('5. Review of last term\'s targets (RAG Ratings)', SEC))
    if v['prev']:
        rows = [['Previous target', 'RAG']] + [[p, r] for p, r in v['prev']]
        t = Table(rows, colWidths=[500, 60])
        sty = TableStyle(TS.getCommands())
        for i, (_, r) in enumerate(v['prev'], 1):
            sty.add('BACKGROUND', (1, i), (1, i), colors.HexColor(RAGC[r]))
        t.setStyle(sty); st.append(t)
    else:
        qa(st, '5.1 Previous targets *', 'N/A')
    st.append(Paragraph('RAG key: R = not achieved, A = partially achieved, G = achieved', SM))
    st.append(Paragraph('6. Targets for this term', SEC))
    for i, (area, txt, _) in enumerate(v['targets'], 1):
        qa(st, f'6.{i}a Target {i} - subject / area *', area)
        qa(st, f'6.{i}b Target {i} - SMART target *', txt)
    st.append(Paragraph('7. Pupil Premium Plus (PP+) request', SEC))
    rows = [['Item / intervention', 'Cost (£)', 'Linked to target no. (6.x)']] + [[Paragraph(a, CELL), b, c] for a, b, c in v['pp']]
    rows.append(['Total PP+ requested this term (£)', v['total'], ''])
    st.append(Table(rows, colWidths=[420, 80, 150], style=TS))
    st.append(Paragraph('8. Next steps', SEC))
    qa(st, '8.1 Date of next PEP *', v['next'])
    qa(st, '8.2 Declaration', '[x] I confirm the information in this PEP is accurate (Designated Teacher)' if n == 1 else '[ ] I confirm the information in this PEP is accurate (Designated Teacher)')
    SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=30, rightMargin=30, topMargin=32, bottomMargin=28).build(st, onFirstPage=deco, onLaterPages=deco)

    voice = [x for x in (v['voice1'], v['voice2']) if x != 'N/A']
    truth = dict(layout=LAYOUT, file=fname, inspired_by='real-forms.md entries 22, 28',
                 quirks=['online-form PDF export, landscape, numbered questions with answer below',
                         'literal "N/A" in mandatory fields means empty', 'forename/surname split plus a full-name field',
                         'completion = submission stamp; unsubmitted draft has none', 'previous targets carry RAG ratings'],
                 child_name=f"{v['fore']} {v['sur']}", child_first_name=v['fore'], school=v['school'], year_group=v['yg'],
                 meeting_date=v['meet_iso'], completed_date=v['sub_iso'], attendance_percent=v['att_v'], pupil_voice=voice,
                 targets=[dict(text=t, area=a) for _, t, a in v['targets']],
                 english_target=True, maths_target=True,
                 pp_spend=[dict(description=a, cost=float(b), target=int(c) if c.isdigit() else None) for a, b, c in v['pp']],
                 pp_requested=v['tv'])
    write_truth(out_dir, fname, truth)


def build(out_dir):
    for n, v in enumerate(V, 1):
        make(out_dir, n, v)


if __name__ == '__main__':
    main_for(build)
