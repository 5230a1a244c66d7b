"""zY04: Early Years PEP DRAFT: cover with 'Date PEP completed', pages of numbered boilerplate, agenda sheet, lettered sections."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Y import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, KeepTogether, Table, TableStyle

LAYOUT = 'zY04-ey-draft-boilerplate-agenda'
INSPIRED = 'real-forms.md entry 10 (EY DRAFT, Date PEP completed on cover, numbered boilerplate, Who Does What, lettered sections, PPG informed by targets); entry 14 (agenda sheet, views first, carer section, highlighted invitees); label variants'
QUIRKS = ['"Date PEP completed:" only on the cover page', 'two pages of numbered boilerplate before any field',
          'agenda sheet with item numbers that do not match the lettered sections', 'child views (Section B) come before everything else in the fields',
          'highlighted rows = must be invited', 'attendance as sessions attended / offered with percentage',
          'next steps numbered E1-E3; EYPP lines linked by E-number']

V = {
 1: dict(first='Poppy', sur='Hargreaves', dob='18/03/2023', age='3 years 7 months', yg_txt='Nursery (FS1)', yg=-1,
         setting='Little Acorns Nursery School', completed='27/11/2026', completed_iso='2026-11-27',
         meeting='13/11/2026', meeting_iso='2026-11-13', last='15/05/2026', nxt='14/05/2027', review='after 6 months (review form)',
         sessions='28 of 30 sessions offered (93.3%)', att_v=93.3, hours='15 hours universal + 15 hours extended',
         voice=['I like the sandpit and the big red bike.', 'I am sad when Nana goes home.', 'When I am big I want to be a fire lady.'],
         keyp='Poppy chose the photos herself and talked about them with her key person, Jade, on 6 November.',
         carer='Poppy is sleeping through now. She loves songs and stories at bedtime and is starting to count the stairs.',
         targets=[('E1', 'Communication and language / Literacy', 'Poppy will join in with repeated refrains in familiar stories and retell a simple story using story props during small-group time by spring half-term', 'English'),
                  ('E2', 'Mathematics', 'Poppy will count up to five objects accurately, touching each one once, in play and at snack time by February 2027', 'Maths'),
                  ('E3', 'Personal, social and emotional development', 'Poppy will say goodbye to her carer at the door and settle with her key person within five minutes on four mornings out of five', 'PSED')],
         spend=[('Talk Boost early language group with key person, 2 x 20 minutes a week', 120.0, 'E1'),
                ('Number rhymes and counting resources (story sacks, number fans, counting bears)', 45.0, 'E2'),
                ('Additional key person time at arrival, 15 minutes each morning for 8 weeks', 135.0, 'E3')],
         total=300.0, dp='Mrs Carol Mbeki (Designated person / SENCo)', sw='Lewis Tranter', signed='C. Mbeki'),
 2: dict(first='Mason', sur='Kowalczyk', dob='02/01/2024', age='2 years 10 months', yg_txt='N/A — funded two-year-old place', yg=None,
         setting='Brook Lane Day Nursery', completed='', completed_iso=None,
         meeting='24/11/2026', meeting_iso='2026-11-24', last='12/06/2026', nxt='26/05/2027', review='after 6 months (review form)',
         sessions='', att_v=None, hours='15 hours (two-year-old funding)',
         voice=[],
         keyp='',
         carer='Mason has lots of energy and likes to be outside. He says a few words (more, car, no) and points to what he wants.',
         targets=[('E1', 'Personal, social and emotional development', 'Mason will play alongside another child at the water tray for five minutes with adult support by the spring term', 'PSED'),
                  ('E2', 'Physical development', 'Mason will use a spoon to feed himself at lunchtime with little spilling by the next PEP', 'Physical'),
                  ('E3', 'Mathematics', 'Mason will join in with number songs to 3 using fingers and show "more" and "one" with objects in play by spring half-term', 'Maths')],
         spend=[('Outdoor physical play equipment for Mason\'s room (balance stepping stones)', 80.0, 'E2'),
                ('Number songs and finger-rhyme props', 30.0, 'E3'),
                ('Setting staff training: Makaton foundation course for key person', 95.0, None)],
         total=205.0, dp='Ms Tara Quigley (Designated person)', sw='Hannah Forsyth', signed=''),
}

BOILER = [
    'A PEP is a means of collating, in one place, what is known about a young child\'s learning and development, so that '
    'everyone who cares for the child can see it and act on it.',
    'Every child in care who attends an early years setting, whether a nursery class, a day nursery, a pre-school or a '
    'childminder, should have a PEP from the term after their third birthday, or earlier where they take up a funded place.',
    'The PEP is part of the child\'s care plan. It is reviewed at least every six months, and more often if the child moves '
    'placement or setting.',
    'The PEP is a record of the child\'s progress against the Early Years Foundation Stage and the next steps that will '
    'help them make the most of their time in the setting.',
    'The next steps agreed in the PEP inform how the Early Years Pupil Premium (EYPP) is allocated. A request that cannot be '
    'linked to a next step will be returned.',
    'The child\'s part of the plan is a place to record their hopes, worries and aspirations. Very young children can show '
    'these through photographs, drawings, play and what they say to their key person.',
    'The PEP is confidential and must be stored securely. Copies go only to the people named in Section A.',
]
WHO = [
    ('The Social Worker', 'Arranges the meeting, invites those highlighted in the table in Section A, and is responsible for '
                          'completing section A of the PEP form before the meeting.'),
    ('The Designated person (teacher or practitioner)', 'Gathers the child\'s views with the key person, completes sections '
                                                        'B, D and E, and submits the EYPP request in section F.'),
    ('The Carer', 'Completes section C, ideally before the meeting, and brings the child\'s red book if needed.'),
    ('The Virtual School', 'Quality-assures the PEP, releases EYPP and returns the PEP if sections are missing.'),
]


def on_page(c, doc):
    c.saveState(); c.setFont('DV', 7)
    w, h = A4
    c.drawString(15 * mm, h - 9 * mm, 'EYPEP — DRAFT v0.9 — Confidential')
    c.drawRightString(w - 15 * mm, 8 * mm, f'Page {doc.page}')
    c.drawString(15 * mm, 8 * mm, 'Hollinmoor Borough Council · Virtual School (Early Years)')
    c.restoreState()


def hl_table(rows, widths, st, highlight_rows):
    t = ptable(rows, widths, st)
    cmds = [('BACKGROUND', (0, r), (-1, r), colors.HexColor('#FFF59D')) for r in highlight_rows]
    t.setStyle(TableStyle(cmds))
    return t


def build_one(out_dir, n):
    v = V[n]
    st = styles()
    fname = f'{LAYOUT}-{n}.pdf'
    doc = SimpleDocTemplate(os.path.join(out_dir, fname), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm)
    W = A4[0] - 32 * mm
    s = []
    # ---- cover
    s.append(Spacer(1, 40 * mm))
    s.append(Paragraph('EARLY YEARS PERSONAL EDUCATION PLAN FOR CHILDREN IN CARE', st['h1']))
    s.append(Paragraph('— DRAFT —', st['h2']))
    s.append(Spacer(1, 20 * mm))
    cov = [['Child', f'{v["first"]} {v["sur"]}'], ['Date PEP completed:', v['completed']]]
    s.append(ptable(cov, [W * .35, W * .65], st, header=False, first_col_fill='#E7E6E6'))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph('Confidential', st['h2']))
    s.append(Spacer(1, 25 * mm))
    s.append(Paragraph('What are main functions of a PEP?', st['h3']))
    s.append(Paragraph('See the notes that follow before completing any section of this form.', st['small']))
    s.append(PageBreak())
    # ---- boilerplate
    s.append(Paragraph('What are main functions of a PEP?', st['h2']))
    for i, b in enumerate(BOILER, 1):
        s.append(Paragraph(f'{i}. {esc(b)}', st['body'])); s.append(Spacer(1, 4))
    s.append(Paragraph('Who Does What?', st['h2']))
    for who, what in WHO:
        s.append(Paragraph(f'<b>{esc(who)}</b> … {esc(what)}', st['body'])); s.append(Spacer(1, 4))
    s.append(Paragraph('When should a PEP meeting be held?', st['h2']))
    s.append(Paragraph('When the child becomes looked after; when the child changes placement or setting; at the start of a '
                       'new academic year; after 6 months (review form used); and whenever the setting has concerns about '
                       'the child\'s development or wellbeing.', st['body']))
    s.append(PageBreak())
    # ---- agenda
    s.append(Paragraph('PEP Meeting Agenda', st['h2']))
    ag = [['Agenda Items', 'Person responsible'],
          ['1  Introductions', 'Chair'],
          ['2  Section B: This section must be completed prior to the meeting. Look at the child\'s photographs and '
           'words and, if the child is present, let them show the group what they enjoy', 'Key person / the child'],
          ['3  Section C: Carer\'s views on home learning, health and routines', 'Carer'],
          ['4  Section A: Essential child information — legal situation, parental responsibility, who can sign consent '
           'for trips both one day and residential; health visitor checks', 'Social Worker'],
          ['5  Sections D and E: Progress in the EYFS and next steps', 'Designated person'],
          ['6  Section F: EYPP request and date of the next PEP', 'Designated person / Chair']]
    s.append(ptable(ag, [W * .72, W * .28], st))
    s.append(Spacer(1, 6))
    # ---- Section B first (views)
    s.append(Paragraph('Section B — My hopes, worries and aspirations', st['h2']))
    s.append(Paragraph('Write down exactly what the child says. Photos and drawings may be attached.', st['small']))
    prompts = [('I like…', 0), ('I am sad / worried when…', 1), ('When I am big I want to…', 2)]
    rows = [['Prompt', 'What I said']]
    for p_, i in prompts:
        rows.append([p_, v['voice'][i] if v['voice'] else ''])
    rows.append(['How we found out (key person)', v['keyp']])
    s.append(ptable(rows, [W * .32, W * .68], st, fill='#FCE4D6'))
    s.append(PageBreak())
    # ---- Section A
    s.append(Paragraph('Section A — Child\'s details (Social Worker)', st['h2']))
    a = [['Child\'s name', f'{v["first"]} {v["sur"]}'], ['Date of birth', v['dob']], ['Age at this PEP', v['age']],
         ['Year group', v['yg_txt']], ['Name of setting', v['setting']], ['Funded hours', v['hours']],
         ['Legal status', 'Interim Care Order (s.38)' if n == 1 else 'Section 20 (accommodated)'],
         ['Who can sign consent forms for trips (one day / residential)', 'Social Worker / Social Worker and Team Manager'],
         ['Date of PEP meeting', v['meeting']], ['Date of last PEP', v['last']]]
    s.append(ptable(a, [W * .4, W * .6], st, header=False, first_col_fill='#E7E6E6'))
    s.append(Spacer(1, 5))
    s.append(Paragraph('People invited (rows highlighted must be invited)', st['h3']))
    inv = [['Title', 'Name', 'Attended meeting', 'Copy of PEP sent'],
           ['Child', v['first'], 'Yes (first 10 minutes)' if n == 1 else 'No', '—'],
           ['Parent', 'Not invited (court direction)' if n == 1 else 'Ms K. Kowalczyk', 'No', 'No' if n == 1 else 'Yes'],
           ['Carer(s)', 'Mrs Irene Dale' if n == 1 else 'Mr and Mrs Osborne', 'Yes', 'Yes'],
           ['Designated person (teacher or practitioner)', v['dp'], 'Yes', 'Yes'],
           ['Social worker', v['sw'], 'Yes', 'Yes'],
           ['Health visitor', 'Alison Reeve' if n == 1 else 'Not known', 'No', 'Yes' if n == 1 else 'No']]
    s.append(hl_table(inv, [W * .3, W * .32, W * .19, W * .19], st, [3, 4, 5]))
    # ---- Section C
    s.append(Paragraph('Section C — Carer', st['h2']))
    s.append(ptable([['Carer\'s views'], [v['carer']]], [W], st, fill='#E2EFD9'))
    # ---- Section D
    s.append(Paragraph('Section D — Attendance and progress in the EYFS', st['h2']))
    s.append(ptable([['Attendance this term (sessions attended / sessions offered)', v['sessions']],
                     ['Any absence reasons', 'Two sessions: chickenpox' if n == 1 else '']], [W * .5, W * .5], st,
                    header=False, first_col_fill='#E7E6E6'))
    s.append(Spacer(1, 4))
    areas = ['Communication and language', 'Physical development', 'Personal, social and emotional development',
             'Literacy', 'Mathematics']
    band = {1: ['Emerging', 'On track', 'Emerging', 'Emerging', 'On track'],
            2: ['Below', 'Emerging', 'Below', 'Below', 'Emerging']}[n]
    rows = [['Area of learning', 'At last PEP', 'Now']] + [[a_, 'Below' if b == 'Emerging' else 'Emerging', b] for a_, b in zip(areas, band)]
    s.append(ptable(rows, [W * .5, W * .25, W * .25], st))
    s.append(Paragraph('Next steps from the last PEP', st['h3']))
    prev = [['Previous next step', 'Outcome'],
            ['Poppy will use two-word phrases to ask for help' if n == 1 else 'Mason will settle at nursery with his key person',
             'Achieved' if n == 1 else 'Partly achieved — new key person from September']]
    s.append(ptable(prev, [W * .65, W * .35], st, fill='#EDEDED'))
    # ---- Section E
    rows = [['No.', 'Area of learning', 'Next step', 'Who will help']]
    for code, area, text, _ in v['targets']:
        rows.append([code, area, text, 'Key person' if code != 'E3' else 'Key person and carer'])
    s.append(KeepTogether([Paragraph('Section E — Next steps', st['h2']),
        Paragraph('Agree no more than three next steps. They must be specific to this child and achievable before the next PEP.', st['small']),
        ptable(rows, [W * .07, W * .23, W * .52, W * .18], st)]))
    # ---- Section F
    s.append(Paragraph('Section F — Early Years Pupil Premium (EYPP)', st['h2']))
    rows = [['Description of intervention', 'Next step (E1–E3)', 'Cost']]
    for desc, cost, link in v['spend']:
        rows.append([desc, link or '', f'£{cost:.2f}'])
    rows.append(['Total EYPP requested', '', f'£{v["total"]:.2f}'])
    s.append(ptable(rows, [W * .62, W * .18, W * .2], st, fill='#FCE4D6'))
    s.append(Spacer(1, 6))
    sig = [['Designated person', 'Signature', 'Date of next PEP'], [v['dp'], v['signed'], v['nxt']]]
    s.append(KeepTogether([Paragraph('Sign-off', st['h3']), ptable(sig, [W * .45, W * .25, W * .3], st)]))
    s.append(Paragraph(f'Next review: {v["review"]}. Return the completed PEP to the Virtual School within 10 working days of the meeting. '
                       'Remember to fill in the date the PEP is completed on the front cover.', st['small']))
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)

    write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS,
                child_name=f'{v["first"]} {v["sur"]}', child_first_name=v['first'], school=v['setting'], year_group=v['yg'],
                meeting_date=v['meeting_iso'], completed_date=v['completed_iso'], attendance_percent=v['att_v'],
                pupil_voice=v['voice'], targets=[{'text': t[2], 'area': t[3]} for t in v['targets']],
                english_target=any(t[3] == 'English' for t in v['targets']),
                maths_target=any(t[3] == 'Maths' for t in v['targets']),
                pp_spend=[{'description': a_, 'cost': b_, 'target': int(c_[1]) if c_ else None} for a_, b_, c_ in v['spend']],
                pp_requested=v['total'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
