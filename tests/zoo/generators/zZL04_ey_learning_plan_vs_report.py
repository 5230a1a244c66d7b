"""zZL04: early-years 'My 2-4 years Learning Plan' (never called a PEP) for Cared for Children, in three parts as
described in real-forms.md entry 16, written up afterwards as a narrative report by the Virtual School Teacher
within 20 working days (entry 29). PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZL import *

STEM = 'zZL04-ey-learning-plan-vs-report'
INSPIRED = 'real-forms.md entries 16, 29'
QUIRKS = ['EY plan not named PEP ("My 2-4 years Learning Plan")', 'age in years and months, no year group label',
          'narrative report by the Virtual School Teacher with numbered paragraphs like minutes',
          'child\'s voice quoted inside prose', 'next steps as prose paragraphs; EYPP lines refer to "next step N"',
          'report date (completed) differs from meeting date; 20-working-day rule printed']

CASES = {
    1: dict(name='Aria Penrose-Walsh', first='Aria', setting='Little Acorns Day Nursery', age='3 years 4 months',
            legal='Interim Care Order (s.38)', meet='15 October 2026', iso='2026-10-15', report='4 November 2026',
            repiso='2026-11-04', nextm='the week beginning 1 February 2027', vst='Ms Georgina Fairlie',
            kp='Jess Tamworth', carer='Mrs Linda Corrie', sw='Mr Owain Pask',
            att='Aria attends 30 hours a week over four days. Her attendance since September is 91%, with absences for two health appointments and a contact session moved to a nursery day.',
            attv=91.0,
            voice=['I like the big red bike.', 'Me and Leo made a dinosaur cave.', 'I don\'t like the loud hand dryer.'],
            eyfs=[('Communication and Language', 'Speaking in 3-4 word phrases; some sounds unclear (t/k).'),
                  ('Personal, Social and Emotional Development', 'Separates from carer with a familiar adult; beginning to share.'),
                  ('Physical Development', 'Confident on bikes and climbing frame; developing pencil grip.'),
                  ('Literacy', 'Enjoys stories at carpet time; joins in with repeated refrains.'),
                  ('Mathematics', 'Counts to 5 by rote; not yet matching numbers to objects.')],
            steps=[('Communication and Literacy', 'Aria will join in with five familiar nursery rhymes and retell a simple story with props during key-person time by February 2027.'),
                   ('Mathematics', 'Aria will count up to five objects accurately, touching each one, in play and at snack time.'),
                   ('Personal, Social and Emotional', 'Aria will take turns in a small group game with two other children with adult support.')],
            eypp=[('Story sacks and rhyme props for key-person sessions', 1, '95.00', 95.0),
                  ('Speech and language screening (WellComm) and follow-up small group, 8 weeks', 1, '160.00', 160.0),
                  ('Counting and number-play resources for the home corner', 2, '45.00', 45.0)],
            total='300.00', totalv=300.0),
    2: dict(name='Noah Fairbrother', first='Noah', setting='Brookside Community Pre-School', age='2 years 9 months',
            legal='Section 20 (voluntary accommodation)', meet='22 September 2026', iso='2026-09-22',
            report='14 October 2026', repiso='2026-10-14', nextm='to be confirmed', vst='Mr Lewis Amberley',
            kp='Sadia Rahman', carer='Mr and Mrs Dunmore', sw='Ms Kerry Trask',
            att='Noah started his funded 15 hours in September. The pre-school had not yet produced attendance figures at the time of the meeting.',
            attv=None,
            voice=[],
            eyfs=[('Communication and Language', 'Uses single words and gestures; understands simple instructions.'),
                  ('Personal, Social and Emotional Development', 'Still settling; needs his comforter at arrival.'),
                  ('Physical Development', 'Walks and runs confidently; enjoys sand and water play.')],
            steps=[('Communication and Literacy', 'Noah will use ten new words, including names of familiar people and toys, with his key person by the next Learning Plan meeting.'),
                   ('Personal, Social and Emotional', 'Noah will settle at drop-off within ten minutes using his transition box and photo book.')],
            eypp=[('Transition photo book and comforter box', 2, '30.00', 30.0),
                  ('Key person release time for carer liaison visits', None, '120.00', 120.0)],
            total='150.00', totalv=150.0),
}


def on_page(canvas, doc):
    canvas.saveState()
    w, h = canvas._pagesize
    canvas.setFont('Helvetica', 7)
    canvas.drawString(1.8 * cm, h - 1.0 * cm, 'Halverton Virtual School for Cared for Children  |  Early Years')
    canvas.drawRightString(w - 1.8 * cm, h - 1.0 * cm, 'EY-LP report  |  Confidential')
    canvas.drawString(1.8 * cm, 0.8 * cm, 'The Virtual School Teacher writes this report within 20 working days of the Learning Plan meeting.')
    canvas.drawRightString(w - 1.8 * cm, 0.8 * cm, f'{doc.page}')
    canvas.restoreState()


def build_one(out_dir, n):
    c = CASES[n]
    stem = f'{STEM}-{n}'
    path = os.path.join(out_dir, stem + '.pdf')
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.7 * cm,
                            bottomMargin=1.5 * cm)
    s = [P('My 2-4 years Learning Plan', H1),
         P(f'Report of the Learning Plan meeting for {c["name"]}', H2),
         P(f'Written by {c["vst"]}, Virtual School Teacher (chair), on {c["report"]}.', BODY), Spacer(1, 6)]
    s.append(P('Part one: about me', H2))
    s.append(ptable([['My name', c['name']], ['My age', c['age']], ['Legal status', c['legal']],
                     ['Brief summary of care plan', 'Remain with current foster carer while assessments continue; '
                      'plan for permanence to be confirmed at the next review.' if n == 1 else
                      'Short-term placement; rehabilitation home being assessed.']],
                    [5 * cm, 12.4 * cm], header=False, first_col_fill='#EAF1DD'))
    s.append(P('Part two: health, setting, attendance and EYPP', H2))
    paras = [
        f'1. The meeting was held at {c["setting"]} on {c["meet"]}. Present: {c["vst"]} (Virtual School Teacher, '
        f'chair), {c["kp"]} (key person), {c["carer"]} (carer) and {c["sw"]} (social worker).',
        '2. Health: ' + ('Aria had grommets fitted in August; hearing to be re-tested in January.' if n == 1 else
                         'Noah is waiting for a paediatric appointment about his sleep.'),
        f'3. Setting and attendance: {c["setting"]}. ' + c['att'],
        '4. Impact of last term\'s Early Years Pupil Premium (EYPP): ' + (
            'the sensory circle-time resources bought in the summer have helped Aria stay at carpet time for ten '
            'minutes.' if n == 1 else 'this is Noah\'s first term, so there was no earlier EYPP to review.'),
    ]
    for t in paras:
        s.append(P(t))
        s.append(Spacer(1, 3))
    s.append(P('5. My views', H2))
    if c['voice']:
        s.append(P(f'{c["first"]} showed me the garden and talked while we played. In {c["first"]}\'s own words: '
                   + ' '.join(f'"{v}"' for v in c['voice'])))
    else:
        s.append(P('What does the child say, show or enjoy? (record their words, drawings or photos here)', SMALL))
        s.append(ptable([['']], [17.4 * cm], header=False))
    s.append(P('Part three: progress against the EYFS', H2))
    s.append(P('Please provide comments for each area.', SMALL))
    s.append(ptable([['Area of learning', 'Comment from key person']] + [list(r) for r in c['eyfs']],
                    [6 * cm, 11.4 * cm]))
    s.append(P('6. Next steps agreed', H2))
    for i, (area, tx) in enumerate(c['steps'], 1):
        s.append(P(f'<b>Next step {i} ({area}).</b> {tx}'))
        s.append(Spacer(1, 3))
    s.append(P('7. EYPP this term', H2))
    rows = [['What the EYPP will fund', 'Supports', 'Cost']]
    for ds, st, cost, _ in c['eypp']:
        rows.append([ds, f'next step {st}' if st else '', '\u00a3' + cost])
    rows.append(['Total EYPP requested', '', '\u00a3' + c['total']])
    s.append(ptable(rows, [11 * cm, 3.4 * cm, 3 * cm]))
    s.append(Spacer(1, 6))
    s.append(P(f'8. The next Learning Plan meeting will be held in {c["nextm"]}. The previous Learning Plan was held '
               f'on {"10 May 2026" if n == 1 else "n/a (first plan)"}.'))
    s.append(Spacer(1, 4))
    s.append(P(f'Report completed: {c["report"]}    Signed: {c["vst"]}', CELLB))
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
    write_truth(out_dir, stem, 'pdf', INSPIRED, QUIRKS + ([] if n == 1 else
                ['-2: views box empty, no attendance figure, no maths next step, one EYPP line not linked, next date TBC']),
                child_name=c['name'], child_first_name=c['first'], school=c['setting'], year_group=-1,
                meeting_date=c['iso'], completed_date=c['repiso'], attendance_percent=c['attv'],
                pupil_voice=list(c['voice']),
                targets=[{'text': tx, 'area': ar} for ar, tx in c['steps']],
                english_target=True, maths_target=any(ar == 'Mathematics' for ar, _ in c['steps']),
                pp_spend=[{'description': ds, 'cost': cv, 'target': st} for ds, st, _, cv in c['eypp']],
                pp_requested=c['totalv'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
