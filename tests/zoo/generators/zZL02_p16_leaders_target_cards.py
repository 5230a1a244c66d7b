"""zZL02: Post 16 PEP (PDF). Dotted-leader header, circle-one NCY, Role/Name/Telephone/Email/Invited/Present,
pre-meeting checklist, participation question with inline 'No Yes', care information, attendance factors table;
then landscape pages with one transposed card per target and a funding table. Inspired by real-forms.md entry 8."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZL import *
from reportlab.platypus import Flowable
ELL = '\u2026'

STEM = 'zZL02-p16-leaders-target-cards'
INSPIRED = 'real-forms.md entries 8, 23'
QUIRKS = ['dotted leader blanks with values typed after the dots', 'NCY circle-one (11 / 12 / 13 / 14) drawn as a ring',
          'Student not pupil; College or Provider', 'one transposed table per target on landscape pages',
          'pupil voice sheet at the end, beside tutor and carer views', 'Last PEP and next PEP dates as distractors']


class NCY(Flowable):
    """Prints 'NCY: 11 / 12 / 13 / 14' and rings the chosen option (or none)."""
    def __init__(self, chosen):
        super().__init__()
        self.chosen = chosen
        self.width, self.height = 300, 16

    def draw(self):
        c = self.canv
        c.setFont('Helvetica', 9.5)
        x = 0
        c.drawString(x, 4, 'NCY:')
        x += 30
        for i, opt in enumerate(['11', '12', '13', '14']):
            c.drawString(x, 4, opt)
            if opt == self.chosen:
                c.setLineWidth(1.1)
                c.ellipse(x - 4, 0, x + 15, 15)
            x += 13
            if i < 3:
                c.drawString(x, 4, '/')
                x += 10
        c.setFont('Helvetica-Oblique', 7.5)
        c.drawString(x + 14, 4, '(please circle)')


def dots(label, value, n=26):
    return P(f'{label}{ELL * n} <font name="Helvetica-Bold">{value}</font>' if value else f'{label}{ELL * (n + 12)}')


CASES = {
    1: dict(name='Leah Marchetti', first='Leah', provider='Calderside College', ncy='12', yg=12,
            course='Level 3 Extended Diploma in Sport (year 1 of 2, NCY 12) + GCSE English resit',
            by='Ms Anita Sorrell (Designated Tutor)', email='a.sorrell@calderside.example.ac.uk',
            date='06/10/2026', iso='2026-10-06', last='12/06/2026', sub='14/10/2026', subiso='2026-10-14',
            nextd='02/02/2027', att='87.5', attv=87.5,
            attdetail='87.5% since the start of term (college register to 02/10/2026). Missed three days 21-23 Sept after a dental operation; authorised.',
            people=[('Student', 'Leah Marchetti', '-', '-', 'Yes', 'Yes'),
                    ('Designated Tutor', 'Anita Sorrell', '01632 960412', 'a.sorrell@calderside.example.ac.uk', 'Yes', 'Yes'),
                    ('Social worker', 'Tom Ferriday', '01632 960733', 't.ferriday@wexley.example.gov.uk', 'Yes', 'No'),
                    ('Foster carer', 'Carole Penhallow', '07700 900311', '-', 'Yes', 'Yes'),
                    ('Post 16 Learning Advocate', 'Imran Baig', '01632 960120', 'i.baig@wexley.example.gov.uk', 'Yes', 'Yes')],
            check=[True, True, False, True, True], cannot='No',
            voice=['The sport course is the best thing I have done, I actually want to get up for it.',
                   'I hate resitting English because it feels like school again.',
                   'Having the same tutor every week helps, and the bus pass.',
                   'In two years I want to be at uni doing sports therapy or working at a gym.'],
            tutor='Leah is well liked in her group and her practical work is strong.',
            carer='She is tired after long days but much happier than last year.',
            targets=[('English', 'Leah will achieve a grade 4 in GCSE English Language in the June 2027 resit.',
                      'Attend the Tuesday resit class; complete one timed reading question a week with feedback.',
                      'English lecturer; Designated Tutor', 'March 2027 mock'),
                     ('Maths', 'Leah will complete the statistics unit of her diploma at Merit or above by February 2027.',
                      'Weekly 30 minute drop-in at the Maths Hub to practise data handling and graphs.',
                      'Maths Hub staff', 'February 2027'),
                     ('Progression', 'Leah will research three sports therapy degree courses and attend one open day before the next PEP.',
                      'Careers appointment in November; open day visit with carer.',
                      'Careers adviser; Carole Penhallow', 'Next PEP')],
            fund=[('Maths Hub 1:1 tutoring block (10 x 30 mins)', 2, '250.00', 250.0),
                  ('GCSE English revision guide and online resit course licence', 1, '65.00', 65.0),
                  ('Travel and lunch for university open day (Leah and carer)', 3, '90.00', 90.0)],
            total='405.00', totalv=405.0),
    2: dict(name='Jordan Pryce', first='Jordan', provider='Ridgeway Training Ltd', ncy=None, yg=None,
            course='Level 1 Certificate in Construction Skills (bricklaying)',
            by='Mr Keith Alford', email='k.alford@ridgewaytraining.example.co.uk',
            date='13/10/2026', iso='2026-10-13', last='', sub='', subiso=None, nextd='',
            att='78', attv=78.0,
            attdetail='78% this term. Late on most Mondays; missed 2 days for a court appearance (16-17 Sept).',
            people=[('Student', 'Jordan Pryce', '-', '-', 'Yes', 'No'),
                    ('Tutor', 'Keith Alford', '01632 961805', 'k.alford@ridgewaytraining.example.co.uk', 'Yes', 'Yes'),
                    ('Personal Adviser', 'Nadia Oyelaran', '01632 960955', 'n.oyelaran@wexley.example.gov.uk', 'Yes', 'Yes'),
                    ('Supported lodgings provider', 'Mr Derek Holm', '07700 900622', '-', 'Yes', 'No')],
            check=[True, False, False, True, False], cannot='Yes',
            cannot_why='Jordan did not want to come to the meeting. The PA offered to meet him first at the cafe; he did not reply.',
            voice=[],
            tutor='Jordan is careful with his brickwork when he is here.',
            carer='',
            targets=[('English', 'Jordan will pass Functional Skills English Entry Level 3 reading by the end of March 2027.',
                      'Two literacy sessions a week built into the timetable.', 'Keith Alford', 'March 2027'),
                     ('Attendance', 'Jordan will arrive by 9.15am on at least 4 of 5 days each week for the rest of the term.',
                      'Alarm and text reminder from PA on Sunday and Monday evenings.', 'PA; Mr Holm', 'December 2026')],
            fund=[('Steel toe-cap boots and hi-vis workwear', None, '120.00', 120.0),
                  ('Literacy tutor top-up sessions', 1, '200.00', 200.0)],
            total='320.00', totalv=320.0),
}


def on_page(canvas, doc):
    canvas.saveState()
    w, h = canvas._pagesize
    canvas.setFont('Helvetica', 7)
    canvas.drawString(1.5 * cm, h - 1.0 * cm, 'Wexley Virtual School - Post 16 PEP - OFFICIAL-SENSITIVE')
    canvas.drawRightString(w - 1.5 * cm, h - 1.0 * cm, 'Form P16/3  rev. 04/2026')
    canvas.drawString(1.5 * cm, 0.8 * cm, 'Return the completed form to the Virtual School within 10 working days of the meeting.')
    canvas.drawRightString(w - 1.5 * cm, 0.8 * cm, f'Page {doc.page}')
    canvas.restoreState()


def build_one(out_dir, n):
    c = CASES[n]
    stem = f'{STEM}-{n}'
    path = os.path.join(out_dir, stem + '.pdf')
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.6 * cm,
                          bottomMargin=1.5 * cm)
    pw, ph = A4
    fr_p = Frame(1.5 * cm, 1.4 * cm, pw - 3 * cm, ph - 3.1 * cm, id='p')
    fr_l = Frame(1.5 * cm, 1.4 * cm, ph - 3 * cm, pw - 3.1 * cm, id='l')
    doc.addPageTemplates([PageTemplate('portrait', [fr_p], onPage=on_page, pagesize=A4),
                          PageTemplate('land', [fr_l], onPage=on_page, pagesize=landscape(A4))])
    s = []
    s.append(P('Post 16 PEP', H1))
    s.append(P('Personal Education Plan for students in Year 12 and above who are looked after or care leavers in '
               'education or training.', SMALL))
    s.append(Spacer(1, 6))
    s.append(P(f'PEP form completed by{ELL * 14} <font name="Helvetica-Bold">{c["by"]}</font>   '
               f'Email{ELL * 8} <font name="Helvetica-Bold">{c["email"]}</font>'))
    s.append(Spacer(1, 3))
    s.append(dots('PEP Date', c['date'], 20))
    s.append(Spacer(1, 3))
    s.append(dots('Date of last PEP', c['last'], 12))
    s.append(Spacer(1, 3))
    s.append(dots('Student name', c['name'], 20))
    s.append(Spacer(1, 3))
    s.append(NCY(c['ncy']))
    s.append(Spacer(1, 3))
    s.append(dots('College or Provider', c['provider'], 14))
    s.append(Spacer(1, 3))
    s.append(dots('Study course & level', c['course'], 12))
    s.append(P('Attendees', H2))
    rows = [['Role', 'Name', 'Telephone', 'Email', 'Invited', 'Present']] + [list(r) for r in c['people']]
    s.append(ptable(rows, [3.0 * cm, 3.0 * cm, 2.4 * cm, 6.0 * cm, 1.5 * cm, 1.5 * cm]))
    s.append(P('Before the meeting', H2))
    items = ['Current attendance data has been entered', 'Current attainment data has been entered',
             'Completed pupil voice sheet if they do not wish to attend the meeting',
             'Previous PEP is at hand to discuss progress',
             'The exams permission/data sharing slip has been signed']
    s.append(ptable([[('[X]' if ok else '[  ]'), it] for ok, it in zip(c['check'], items)],
                    [1 * cm, 16.3 * cm], header=False))
    s.append(Spacer(1, 6))
    q = ('Is there any reason why the student cannot participate fully in this meeting? No Yes \u2014 If yes, please '
         'explain why and what support was provided to increase their participation?')
    s.append(ptable([[q], [f'Answer: {c["cannot"]}. ' + c.get('cannot_why', '')]], [17.3 * cm], header=False))
    s.append(P('Care information', H2))
    s.append(ptable([['Address where student currently resides:', 'Held on file by the Virtual School (not printed)'],
                     ['Name and address of person with PR/emergency contact:', 'Wexley Council, Children\'s Services (see care plan)'],
                     ['Who will liaise with the provider on a day to day basis?', c['people'][-1][1]]],
                    [7 * cm, 10.3 * cm], header=False, first_col_fill='#F2F2F2'))
    s.append(P('Factors affecting progress', H2))
    s.append(ptable([['Attendance: Factors affecting progress', 'Detail (including dates etc)'],
                     ['Attendance', c['attdetail']],
                     ['Health', 'No current concerns.' if n == 1 else 'Sleep difficulties reported by PA.'],
                     ['Finance / transport', '16-19 Bursary in place; bus pass issued.'],
                     ['Behaviour / conduct', 'None.' if n == 1 else 'One written warning for lateness.']],
                    [6 * cm, 11.3 * cm]))
    s.append(NextPageTemplate('land'))
    s.append(PageBreak())
    s.append(P('Targets agreed at this meeting', H1))
    s.append(P('Around three targets. Each target has its own card. Record any funding in the table that follows.', SMALL))
    for i, (area, tx, steps, who, by) in enumerate(c['targets'], 1):
        s.append(Spacer(1, 6))
        s.append(KeepTogether(ptable([[f'Target {i}', area],
                                      ['What will be achieved', tx],
                                      ['Steps to get there', steps],
                                      ['Support from', who],
                                      ['Review by', by]],
                                     [5 * cm, 21.7 * cm], header=True, head_fill='#FFF2CC', first_col_fill='#F2F2F2')))
    s.append(P('Post 16 PEP funding (Pupil Premium Plus continuation)', H2))
    rows = [['Item / intervention', 'Linked to target no.', 'Cost (\u00a3)']]
    for desc, tg, cost, _ in c['fund']:
        rows.append([desc, str(tg) if tg else 'n/a', cost])
    rows.append(['Total requested', '', c['total']])
    s.append(ptable(rows, [17 * cm, 4.5 * cm, 5.2 * cm]))
    s.append(Spacer(1, 8))
    s.append(ptable([['Date submitted to Virtual School', c['sub']], ['Next PEP date', c['nextd']]],
                    [8 * cm, 18.7 * cm], header=False, first_col_fill='#F2F2F2'))
    s.append(NextPageTemplate('portrait'))
    s.append(PageBreak())
    s.append(P('Pupil voice sheet', H1))
    s.append(P('To be completed by the student before the meeting, in their own words, if they do not wish to attend '
               'or would like to write their views down.', SMALL))
    qs = ['How is your course going?', 'What do you not enjoy?', 'What support helps you most?',
          'What would you like to be doing in two years?']
    rows = [[qq, (c['voice'][i] if c['voice'] else '')] for i, qq in enumerate(qs)]
    s.append(ptable(rows, [6 * cm, 11.3 * cm], header=False, first_col_fill='#E2EFD9'))
    s.append(P('Other views', H2))
    s.append(ptable([['Tutor\'s view', c['tutor']], ['Carer\'s / PA\'s view', c['carer']]],
                    [6 * cm, 11.3 * cm], header=False, first_col_fill='#F2F2F2'))
    doc.build(s)
    write_truth(out_dir, stem, 'pdf', INSPIRED, QUIRKS + ([] if n == 1 else
                ['-2: NCY not circled, pupil voice sheet blank, no maths target, funding line not linked, no submission date']),
                child_name=c['name'], child_first_name=c['first'], school=c['provider'], year_group=c['yg'],
                meeting_date=c['iso'], completed_date=c['subiso'], attendance_percent=c['attv'],
                pupil_voice=list(c['voice']),
                targets=[{'text': tx, 'area': area} for area, tx, _, _, _ in c['targets']],
                english_target=True, maths_target=any(a == 'Maths' for a, *_ in c['targets']),
                pp_spend=[{'description': d_, 'cost': cv, 'target': tg} for d_, tg, _, cv in c['fund']],
                pp_requested=c['totalv'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
