"""zZK02: school-age PDF PEP, long boilerplate cover, lettered sections with the child's views first and the carer's
section next, agenda sheet at the back (real-forms entries 10, 14)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZK import write_truth
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer,
                                NextPageTemplate, PageBreak)

STEM = 'zZK02-views-first-lettered'
INSP = 'real-forms.md entries 10, 14'
QUIRKS = ['"Date PEP completed" only on the cover', 'pages of numbered boilerplate before any field',
          'lettered sections with the child\'s views first and a carer section of its own',
          'prose targets numbered (i), (ii), (iii) on a landscape page', 'PPG table after targets',
          'agenda sheet with different numbering at the back', 'Confidential cover and page footers']

ss = getSampleStyleSheet()
N = ParagraphStyle('n', parent=ss['Normal'], fontName='Helvetica', fontSize=9.5, leading=12)
SM = ParagraphStyle('sm', parent=N, fontSize=7.5, leading=9, textColor=colors.grey)
H = ParagraphStyle('h', parent=N, fontName='Helvetica-Bold', fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
T = ParagraphStyle('t', parent=N, fontName='Helvetica-Bold', fontSize=16, leading=20, alignment=1)

KIDS = {
 1: dict(name='Callum Fairweather', first='Callum', school="St Aldhelm's CE Primary School", ncy='Year 5', yg=5,
         meet='2026-09-29', meet_s='29/09/2026', done='2026-10-02', done_s='02/10/2026', nxt='26/01/2027',
         att='96.4', att_v=96.4, lastpep='05/05/2026',
         hopes='I want to be in the school football team and play in the matches on Fridays.',
         worries='I worry when my reading book is too hard and people can hear me read.',
         asp='When I grow up I want to be a vet or a zoo keeper.',
         targets=[('Callum will read his home reader aloud to his carer four nights a week and answer two questions about it, so that his reading age moves from 7y 10m to 8y 6m by the spring PEP.', 'English'),
                  ('Callum will learn his 6, 7 and 8 times tables and score 20/25 on the Friday multiplication check by February half-term.', 'Maths'),
                  ('Callum will use the class "calm corner" card instead of leaving the room when he feels cross, logged by his teacher.', 'SEMH')],
         ppg=[('Reading Plus licence and 3 x 15 min weekly reading with TA', '240.00', '(i)'),
              ('Times tables Rock Stars small group, Tuesdays after school (12 weeks)', '180.00', '(ii)'),
              ('Lunchtime football club place', '60.00', '(iii)')], total='480.00'),
 2: dict(name='Tilly-Mae Brennan', first='Tilly-Mae', school='Harrowgate Lane Junior School', ncy='Year 4', yg=4,
         meet='2026-10-13', meet_s='13/10/2026', done=None, done_s='', nxt='February 2027',
         att='', att_v=None, lastpep='16/06/2026',
         hopes='I hope I can stay at this school with my friend Ruby.',
         worries='I am worried that I will have to move again.',
         asp='I want to be a hairdresser like my auntie.',
         targets=[('Tilly-Mae will write three sentences in a row using capital letters and full stops in her independent writing, checked each Friday, by the next PEP.', 'English'),
                  ('Tilly-Mae will meet with the ELSA each week and name one thing that went well in her week.', 'SEMH')],
         ppg=[('ELSA sessions, 1 x 30 min weekly for 10 weeks', '200.00', '(ii)'),
              ('School trip to Eden Valley Outdoor Centre (residential)', '145.00', '')], total='345.00'),
}


def footer(c, doc):
    c.saveState(); c.setFont('Helvetica', 7); c.setFillColor(colors.grey)
    w, h = c._pagesize
    c.drawString(36, 20, 'CONFIDENTIAL - Personal Education Plan for Children in Care - Ravensfield Virtual School  PEP-SA/2026/v7')
    c.drawRightString(w - 36, 20, f'Page {doc.page}')
    c.restoreState()


def grid(rows, widths, head=True):
    t = Table([[Paragraph(str(x), N) for x in r] for r in rows], colWidths=widths)
    st = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if head:
        st.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DCE6F1')))
    t.setStyle(TableStyle(st))
    return t


def build_one(out_dir, n):
    k = KIDS[n]
    path = os.path.join(out_dir, f'{STEM}-{n}.pdf')
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40)
    pw, ph = A4
    doc.addPageTemplates([PageTemplate('P', [Frame(36, 40, pw - 72, ph - 80)], onPage=footer, pagesize=A4),
                          PageTemplate('L', [Frame(36, 40, ph - 72, pw - 80)], onPage=footer, pagesize=landscape(A4))])
    s = []
    s += [Spacer(1, 120), Paragraph('PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE', T), Spacer(1, 30),
          Paragraph(f'Date PEP completed: {k["done_s"]}', ParagraphStyle('c', parent=H, alignment=1)), Spacer(1, 20),
          Paragraph('Confidential', ParagraphStyle('c2', parent=H, alignment=1, textColor=colors.red)), Spacer(1, 40),
          Paragraph('What are main functions of a PEP?', H)]
    prose = ['1. A PEP is a means of collating information about the education of a child in care so that everyone '
             'working with the child knows what has been agreed.',
             '2. It provides a record of the child\'s progress, achievements and any additional needs.',
             '3. It gives the child a place to record their hopes, worries and aspirations.',
             '4. It sets clear targets and identifies who will help the child meet them.',
             '5. The targets agreed in the PEP inform how the Pupil Premium Grant is allocated.']
    s += [Paragraph(p, N) for p in prose]
    s += [PageBreak(), Paragraph('Who Does What?', H)]
    for p in ['The Social Worker is responsible for calling the PEP meeting within the timescales and for completing '
              '<b>section C</b> of the PEP form before the meeting.',
              'The Designated Teacher chairs the meeting, completes <b>sections D, E and F</b>, and sends the completed PEP '
              'to the Virtual School within 10 school days.',
              'The carer completes <b>section B</b>. The child or young person completes <b>section A</b>, with help if needed; '
              'it should be done before the meeting.',
              'The Virtual School quality-assures every PEP and releases the Pupil Premium Grant once the targets are agreed.']:
        s.append(Paragraph(p, N)); s.append(Spacer(1, 4))
    s += [PageBreak(), Paragraph('Section A: My Views', H),
          Paragraph('Complete before the meeting. If the child is present, ask them to expand on any points.', SM)]
    s.append(grid([['My hopes', k['hopes']], ['My worries', k['worries']], ['What I want to do when I am older', k['asp']]],
                  [150, pw - 72 - 150], head=False))
    s += [Paragraph('Section B: My Carer\'s Views', H)]
    s.append(grid([['How is school going at home?', 'He talks about school more now and does his reading most nights.' if n == 1
                    else 'She is tired after school and does not want to talk about it. Homework is a struggle.'],
                   ['Anything the school should know?', 'Contact with birth mum moved to Saturdays.' if n == 1 else 'Placement review due in November.']],
                  [150, pw - 72 - 150], head=False))
    s += [Paragraph('Section C: Essential Pupil Information (Social Worker)', H)]
    s.append(grid([['Name', k['name'], 'DOB', '14/03/2016' if n == 1 else '30/11/2017'],
                   ['School', k['school'], 'Year group', k['ncy']],
                   ['Legal situation', 'Interim Care Order (s.38)' if n == 1 else 'Full Care Order (s.31)', 'Parental responsibility', 'LA shared with mother'],
                   ['Who can sign forms for school trips (one day / residential)', 'Carer / Social worker', 'SDQ score', '14' if n == 1 else '19'],
                   ['Date of last PEP', k['lastpep'], 'Date of this PEP meeting', k['meet_s']]],
                  [110, 160, 110, pw - 72 - 380], head=False))
    s += [Paragraph('Section D: Attendance and Attainment', H)]
    s.append(grid([['Attendance this academic year (%)', k['att'], 'Exclusions (internal / external)', '0 / 0']],
                  [130, 130, 130, pw - 72 - 390], head=False))
    s.append(Spacer(1, 6))
    s.append(grid([['Subject', 'Working at (summer)', 'Working at (now)', 'On track?'],
                   ['Reading', 'WTS', 'WTS+' if n == 1 else 'WTS', 'Nearly'],
                   ['Writing', 'WTS', 'WTS', 'No'],
                   ['Maths', 'EXS', 'EXS', 'Yes']], [130, 130, 130, pw - 72 - 390]))
    s += [NextPageTemplate('L'), PageBreak(), Paragraph('Section E: Review of Last Targets and New Targets', H),
          Paragraph('Previous targets (from the PEP held on ' + k['lastpep'] + '):', N)]
    s.append(grid([['Previous target', 'Outcome'],
                   ['To read one chapter book from the class library each fortnight.', 'Partly achieved - reads picture books happily'],
                   ['To know number bonds to 20.', 'Achieved']], [420, ph - 72 - 420]))
    s.append(Spacer(1, 8))
    s.append(Paragraph('New targets agreed at this meeting (each target should be specific and time limited):', N))
    roman = ['(i)', '(ii)', '(iii)', '(iv)']
    s.append(grid([['No.', 'Target', 'Who will help', 'Review by']] +
                  [[roman[i], t, 'Class teacher / TA' if a != 'SEMH' else 'Class teacher / ELSA', k['nxt']] for i, (t, a) in enumerate(k['targets'])],
                  [40, 470, 130, ph - 72 - 640]))
    s += [Spacer(1, 8), Paragraph('Section F: Pupil Premium Grant', H),
          Paragraph('Link each item to a target number above. PPG is released after the Virtual School has approved the PEP.', SM)]
    s.append(grid([['Intervention / resource', 'Target no.', 'Cost (£)']] + [[d, l, c] for d, c, l in k['ppg']] +
                  [['Total PPG requested', '', k['total']]], [470, 100, ph - 72 - 570]))
    s += [Spacer(1, 8), Paragraph(f'Date of next PEP: {k["nxt"]}', N),
          NextPageTemplate('P'), PageBreak(), Paragraph('PEP Meeting Agenda', H)]
    s.append(grid([['Agenda Items', 'Person responsible'],
                   ['1 Introductions', 'Chair'],
                   ['2 Section A: Go through child/young persons views and if present and applicable ask him/her to expand on any points', 'Child or nominee'],
                   ['3 Section B: carer\'s views', 'Carer'],
                   ['4 Section C: Essential Pupil information - legal situation, parental responsibility, who can sign forms for school trips', 'SW'],
                   ['5 Sections D-F: progress, targets and Pupil Premium Grant', 'Designated Teacher']], [380, pw - 72 - 380]))
    doc.build(s)
    write_truth(out_dir, f'{STEM}-{n}', 'pdf', INSP, QUIRKS,
                child_name=k['name'], child_first_name=k['first'], school=k['school'], year_group=k['yg'],
                meeting_date=k['meet'], completed_date=k['done'], attendance_percent=k['att_v'],
                pupil_voice=[k['hopes'], k['worries'], k['asp']],
                targets=[{'text': t, 'area': a} for t, a in k['targets']],
                english_target=True, maths_target=any(a == 'Maths' for _, a in k['targets']),
                pp_spend=[{'description': d, 'cost': float(c), 'target': (roman.index(l) + 1 if l else None)} for d, c, l in k['ppg']],
                pp_requested=float(k['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
