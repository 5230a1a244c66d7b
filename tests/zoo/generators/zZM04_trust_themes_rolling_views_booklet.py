"""zZM04: Trust primary PEP, five themes across three reviews in one rolling record, Core Network attendance grid,
Pupil Views booklet in the first person, lettered targets, dotted-leader details (PDF)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZM import *
from reportlab.lib.units import mm

LAYOUT = 'zZM04-trust-themes-rolling-views-booklet'
INSP = 'real-forms.md entries 26, 30, 21'
QUIRKS = ['rolling record: three reviews in one document (read the latest column / latest date)',
          "'Trust' not local authority; 'Core Network Around the Child' attendee grid with a column per review",
          'five themes table with one column per review; attendance per term inside the learn-and-achieve row',
          'class given as P-year with the England year in brackets', 'details on dotted-leader lines',
          "voice in a 'Pupil Views booklet' with first-person sentence prompts",
          "targets lettered (a), (b), (c) and called Literacy / Numeracy; funding lines link to a letter",
          'Section 2 completed by the social worker before the meeting']

W = A4[0] - 36 * mm
DOTS = ' ' + '.' * 40 + ' '


def lead(label, value):
    return P(f'<b>{label}</b>{DOTS}{value if value else ""}')


def foot(c, doc):
    c.saveState(); c.setFont('Helvetica', 6.5)
    c.drawString(18 * mm, 9 * mm, 'LAC PEP (Primary) rev. 2024  \u00b7  Loughbeg and Mourne Health and Social Care Trust  '
                 '\u00b7  Form ref PEP-P/07  \u00b7  Keep on the child\u2019s school file and the Trust file')
    c.drawRightString(A4[0] - 18 * mm, 9 * mm, f'{doc.page}')
    c.restoreState()


def make(out_dir, sfx, d):
    path = write_truth(out_dir, LAYOUT, sfx, 'pdf', INSP, QUIRKS, **d['truth'])
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=14 * mm,
                            bottomMargin=16 * mm)
    s = [P('Loughbeg and Mourne Health and Social Care Trust', 'small'),
         P('Personal Education Plan \u2013 Primary', 'h1'),
         P('Rolling record for the child\u2019s PEP reviews. PEPs are reviewed 3 times per year; add a column for each '
           'review and keep earlier columns.', 'small'), Spacer(1, 6),
         pbanner('Section 1 \u2013 The child', W, '#385723'), Spacer(1, 3),
         lead('Child\u2019s name', d['name']), lead('Date of birth', d['dob']), lead('Class', d['cls']),
         lead('School', d['school']), lead('Principal', d['principal']),
         lead('Designated Teacher for LAC', d['dt']), lead('Trust reference', d['ref']), Spacer(1, 6),
         P('Core Network Around the Child', 'h2'),
         ptable([['Name', 'Role', d['rev'][0], d['rev'][1], d['rev'][2]]] + d['network'],
                [42 * mm, 50 * mm, (W - 92 * mm) / 3, (W - 92 * mm) / 3, (W - 92 * mm) / 3], fill='#E2EFDA'),
         P('Y = attended, A = apologies, S = sent written views.', 'small'), Spacer(1, 6),
         pbanner('Section 2 \u2013 Care arrangements (sent out by the social worker and returned before the meeting)', W,
                 '#385723'), Spacer(1, 3),
         lead('Placement', d['placement']), lead('Social worker', d['sw']),
         lead('Who can sign consent forms for school trips', d['consent']),
         PageBreak(),
         pbanner('Section 3 \u2013 The five themes', W, '#385723'), Spacer(1, 3),
         ptable([['Theme'] + list(d['rev'])] + d['themes'],
                [34 * mm, (W - 34 * mm) / 3, (W - 34 * mm) / 3, (W - 34 * mm) / 3], fill='#E2EFDA'),
         Spacer(1, 6),
         pbanner('Section 4 \u2013 Pupil Views booklet (sent by the Virtual School and filled in before the meeting)', W,
                 '#385723'), Spacer(1, 3),
         P(d['booklet_note'], 'small')]
    rows = [[p, a] for p, a in d['booklet']]
    s.append(ptable(rows, [60 * mm, W - 60 * mm], header=False,
                    extra=[('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#FFF2CC'))]))
    s += [Spacer(1, 6), P('Teacher\u2019s view', 'h2'), P(d['teacher_view']), PageBreak(),
          pbanner('Section 5 \u2013 Targets', W, '#385723'), Spacer(1, 3),
          P(f'Targets set at the review of {d["prev_date"]}: how did we get on?', 'bold'),
          ptable([['Target', 'Met / partly met / not met', 'Notes']] + d['prev'], [W * 0.5, 35 * mm, W * 0.5 - 35 * mm],
                 fill='#EDEDED'), Spacer(1, 6),
          P(f'New targets agreed on {d["new_date"]}', 'bold')]
    for letter, (area, txt, who) in zip('abcd', d['targets']):
        s.append(P(f'({letter}) <b>{area}:</b> {txt} <i>Lead: {who}</i>'))
        s.append(Spacer(1, 3))
    s += [Spacer(1, 4), P('Trust PEP Support Grant \u2013 spending plan', 'h2'),
          ptable([['Spending', 'Links to target', 'Cost']] + d['pp'] + [['Total requested', '', d['pp_total']]],
                 [W - 70 * mm, 35 * mm, 35 * mm], fill='#EDEDED'), Spacer(1, 8),
          pbanner('Section 6 \u2013 Agreement', W, '#385723'), Spacer(1, 3),
          lead('Signed (Designated Teacher)', d['signed']), lead('Date', d['signed_date']),
          lead('Next PEP review', d['next']),
          P('The completed PEP should be returned to the Trust\u2019s LAC Education Team within 10 school days.', 'small')]
    doc.build(s, onFirstPage=foot, onLaterPages=foot)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    rev1 = ('Review 1: 4 Feb 2026', 'Review 2: 9 Jun 2026', 'Review 3: 13 Oct 2026')
    bk1 = [('My name is', 'Niamh and I am 9.'),
           ('The best thing about school is', 'art club on a Wednesday and my friend Orla.'),
           ('Something I find tricky is', 'long division, I forget the steps.'),
           ('I would like help with', 'learning my spellings because the words go out of my head.')]
    v1 = ['Niamh and I am 9.', 'art club on a Wednesday and my friend Orla.', 'long division, I forget the steps.',
          'learning my spellings because the words go out of my head.']
    t1 = [('Literacy', 'Niamh will learn and use the weekly 10 spelling words from the Year 5 list, scoring 8/10 in Friday '
                       'tests by the next review.', 'class teacher'),
          ('Numeracy', 'Niamh will use the four-step division card to solve short division problems independently in 4 out of '
                       '5 lessons by February 2027.', 'classroom assistant'),
          ('Play and leisure', 'Niamh will take part in the after-school art club every week this term.', 'carer')]
    d1 = dict(name='Niamh Donnelly-Reid', dob='21/05/2017', cls='P6 (Year 5 in England)',
              school='St Brigid\u2019s Primary School, Ballykeel', principal='Mr Seamus Toner', dt='Mrs Aoife Carlin',
              ref='LMT/LAC/30871', rev=rev1,
              network=[['Niamh', 'Child', 'Y', 'S', 'Y'], ['Mrs Aoife Carlin', 'Designated Teacher', 'Y', 'Y', 'Y'],
                       ['Gerard Mulvenna', 'Social worker', 'Y', 'A', 'Y'],
                       ['Maureen Kells', 'Foster carer', 'Y', 'Y', 'Y'],
                       ['Dr Ruth Hanna', 'LAC Education Officer', 'A', 'Y', 'S']],
              placement='Foster care with Maureen Kells since 2023', sw='Gerard Mulvenna', consent='Social worker',
              themes=[['Care arrangements', 'Stable', 'Stable', 'Stable; contact with mum monthly'],
                      ['Educational arrangements', 'Full time P5', 'Full time P5', 'Full time P6'],
                      ['Emotional health and wellbeing', 'Some worries at night', 'Improved', 'Settled; sleeping better'],
                      ['Learn and achieve', 'Reading age 8y2m. Attendance 93.0%', 'Reading age 8y9m. Attendance 95.5%',
                       'Reading age 9y4m. Attendance 97.2%'],
                      ['Play and leisure', 'Brownies', 'Brownies, swimming', 'Art club, swimming']],
              booklet_note='Booklet returned to school on 6 October 2026. Niamh wrote her own answers.',
              booklet=bk1, teacher_view='Niamh is a hard worker who now volunteers answers in class. Spelling remains '
                                        'her weakest area.',
              prev_date='9 June 2026',
              prev=[['Niamh will read 20 minutes every night with her carer', 'Met', 'Reading age up 7 months'],
                    ['Niamh will know her 6, 7 and 8 times tables', 'Partly met', 'Secure on 6 and 8']],
              new_date='13 October 2026', targets=t1,
              pp=[['Spelling Shed home subscription and personal whiteboard', '(a)', '\u00a345.00'],
                  ['Classroom assistant maths booster, 2 x 20 minutes weekly for 12 weeks', '(b)', '\u00a3264.00'],
                  ['Art club fees and materials, autumn term', '(c)', '\u00a360.00']],
              pp_total='\u00a3369.00', signed='A. Carlin', signed_date='20/10/2026', next='February 2027',
              truth=dict(child_name='Niamh Donnelly-Reid', child_first_name='Niamh',
                         school='St Brigid\u2019s Primary School, Ballykeel', year_group=5, meeting_date='2026-10-13',
                         completed_date='2026-10-20', attendance_percent=97.2, pupil_voice=v1,
                         targets=[{'text': t1[0][1], 'area': 'English'}, {'text': t1[1][1], 'area': 'Maths'},
                                  {'text': t1[2][1], 'area': 'Play and leisure'}],
                         english_target=True, maths_target=True,
                         pp_spend=[{'description': 'Spelling Shed home subscription and personal whiteboard', 'cost': 45.0, 'target': 1},
                                   {'description': 'Classroom assistant maths booster, 2 x 20 minutes weekly for 12 weeks',
                                    'cost': 264.0, 'target': 2},
                                   {'description': 'Art club fees and materials, autumn term', 'cost': 60.0, 'target': 3}],
                         pp_requested=369.0))
    # -2: booklet not returned (prompts printed, empty); latest attendance blank; no numeracy target;
    # one spend line unlinked; not signed / no date.
    rev2 = ('Review 1: 28 Jan 2026', 'Review 2: 2 Jun 2026', 'Review 3: 20 Oct 2026')
    t2 = [('Literacy', 'Conor will read a book from the class library at home for 15 minutes five nights a week and talk about it '
                       'with his carer.', 'carer and class teacher'),
          ('Emotional health and wellbeing', 'Conor will use his worry box and check in with the school counsellor every '
                                            'Tuesday until Christmas.', 'school counsellor')]
    d2 = dict(name='Conor Breslin', dob='02/12/2019', cls='P3 (Year 2 in England)',
              school='Drumaney Integrated Primary School', principal='Mrs Lesley Orr', dt='Mr Kieran Daly',
              ref='LMT/LAC/31455', rev=rev2,
              network=[['Mr Kieran Daly', 'Designated Teacher', 'Y', 'Y', 'Y'],
                       ['Shauna Pettigrew', 'Social worker', 'Y', 'Y', 'A'],
                       ['Brian and Ann Lavery', 'Kinship carers', 'Y', 'Y', 'Y'], ['Conor', 'Child', 'A', 'A', 'A']],
              placement='Kinship care with grandparents', sw='Shauna Pettigrew', consent='Kinship carers',
              themes=[['Care arrangements', 'New placement', 'Stable', 'Stable'],
                      ['Educational arrangements', 'Full time P2', 'Full time P2', 'Full time P3'],
                      ['Emotional health and wellbeing', 'Tearful at drop-off', 'Better mornings', 'Worries about contact'],
                      ['Learn and achieve', 'Phonics phase 3. Attendance 89.5%', 'Phonics phase 4. Attendance 92.0%',
                       'Phonics phase 5. Attendance'],
                      ['Play and leisure', 'Football', 'Football', 'Football, Beavers']],
              booklet_note='Booklet sent 1 October 2026. Not returned before the meeting.',
              booklet=[('My name is', ''), ('The best thing about school is', ''), ('Something I find tricky is', ''),
                       ('I would like help with', '')],
              teacher_view='Conor is sociable and keen. He needs a lot of reassurance after weekends.',
              prev_date='2 June 2026',
              prev=[['Conor will read phase 4 words', 'Met', 'Now on phase 5']],
              new_date='20 October 2026', targets=t2,
              pp=[['Home reading books from the class library scheme', '(a)', '\u00a330.00'],
                  ['Beavers subscription and uniform', '', '\u00a355.00']],
              pp_total='\u00a385.00', signed='', signed_date='', next='',
              truth=dict(child_name='Conor Breslin', child_first_name='Conor', school='Drumaney Integrated Primary School',
                         year_group=2, meeting_date='2026-10-20', completed_date=None, attendance_percent=None,
                         pupil_voice=[],
                         targets=[{'text': t2[0][1], 'area': 'English'}, {'text': t2[1][1], 'area': 'SEMH'}],
                         english_target=True, maths_target=False,
                         pp_spend=[{'description': 'Home reading books from the class library scheme', 'cost': 30.0, 'target': 1},
                                   {'description': 'Beavers subscription and uniform', 'cost': 55.0, 'target': None}],
                         pp_requested=85.0))
    make(out_dir, '1', d1)
    make(out_dir, '2', d2)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
