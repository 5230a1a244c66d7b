"""zZG04: PEP as a narrative report written by the Virtual School Teacher after chairing the meeting, with the
previous meeting's summary in the same document and the Pupil Views booklet appended (PDF).
Inspired by real-forms.md entries 29 (Hammersmith & Fulham) and 30 (Leicestershire)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZG import *

STEM = 'zZG04-vs-teacher-report-views-booklet'
INSP = 'real-forms.md entries 29, 30'
QUIRKS = ['PEP is a prose report by the Virtual School Teacher, like minutes', 'targets as roman-numbered prose (i), (ii) ...',
          'PP+ agreed in prose, linked to targets by roman numeral', 'previous PEP summary with its own targets in the same document (read the latest)',
          'child\'s voice only in the appended Pupil Views booklet', 'attendance given inside a sentence with last year\'s figure beside it']

HAND = ParagraphStyle('hand', parent=BODY, fontName='Times-Italic', fontSize=11, leading=14, textColor=colors.HexColor('#1a3c8a'))

V = {
 1: dict(name='Reuben Achterberg', first='Reuben', he='He', his='his', him='him', year=11, school='Fulwell Park Academy',
         meet_long='Monday 21 September 2026', meet_iso='2026-09-21', rep='12 October 2026', rep_iso='2026-10-12',
         prev='30 June 2026', att='91.7', att_last='84',
         booklet=[('What is going well at school?', 'Drama is going really well and I got a part in the school play.'),
                  ('What is hard for you at the moment?', 'Maths is hard because I missed loads of Year 9 and there are gaps.'),
                  ('What would help you?', 'It would help if I could do my revision in the library after school instead of at home.'),
                  ('What would you like to be doing in two years?', 'I want to be at college doing performing arts and maybe work at the theatre.')],
         targets=['Reuben will complete two full timed English Language Paper 1 practice papers before the mock exams in December, aiming for a grade 5.',
                  'Reuben will attend the Thursday maths intervention group every week this term and complete the weekly Sparx homework to 100%.',
                  'Reuben will submit his application to Riverside College for the Level 3 Performing Arts course by 30 January 2027, with help from the careers adviser.'],
         areas=['English', 'Maths', 'Post-16 / careers'],
         pp=[('twelve sessions of 1:1 English tuition with an external tutor', '540.00', 'i'),
             ('a place in the Thursday maths intervention group and revision guides', '150.00', 'ii'),
             ('a college taster day and travel', '45.00', 'iii')],
         total='735.00'),
 2: dict(name='Shanice Moreau-Palmer', first='Shanice', he='She', his='her', him='her', year=10, school='Brookgreen High School',
         meet_long='Tuesday 10 November 2026', meet_iso='2026-11-10', rep='', rep_iso=None,
         prev='1 July 2026', att=None, att_last=None,
         booklet=[('What is going well at school?', ''), ('What is hard for you at the moment?', ''),
                  ('What would help you?', ''), ('What would you like to be doing in two years?', '')],
         targets=['Shanice will read one class novel chapter each week and write a 100-word summary in her English book, checked by her teacher each Friday.',
                  'Shanice will meet her mentor every Wednesday and use the time-out pass no more than twice a week by the spring PEP.'],
         areas=['English', 'Wellbeing'],
         pp=[('mentoring sessions with the school learning mentor (weekly)', '380.00', 'ii'),
             ('a contribution towards a Duke of Edinburgh Bronze kit', '90.00', '')],
         total='470.00'),
}
ROMAN = ['i', 'ii', 'iii', 'iv']


def build_one(out_dir, n):
    v = V[n]
    s = []
    s.append(P('Virtual School for Looked After Children', SMALL))
    s.append(P('Personal Education Plan - Report of PEP Meeting', H1))
    s.append(P(f"Re: {v['name']}   |   Year {v['year']}   |   {v['school']}", CELLB))
    s.append(Spacer(1, 4))
    s.append(P('The Virtual School Teacher chairs all PEP meetings and writes the PEP report within 20 working days of '
               'the PEP being held. This report replaces the previous PEP form.', SMALL))
    s.append(P('1. The meeting', H2))
    s.append(P(f"The PEP meeting was held at {v['school']} on {v['meet_long']}. Present were {v['first']}; the Designated "
               f"Teacher, Mr Ibrahim Sadiq; {v['his']} social worker, Ms Fenella Ogunbiyi; {v['his']} foster carer, Mrs Joy "
               f"Pemberton; and myself as Virtual School Teacher and chair. The Head of Year sent apologies."))
    s.append(P('2. Attendance and exclusions', H2))
    if v['att']:
        s.append(P(f"{v['first']}'s attendance this academic year stands at {v['att']}%, up from {v['att_last']}% last year. "
                   f"There have been no exclusions. Punctuality has also improved since {v['he'].lower()} began getting the earlier bus."))
    else:
        s.append(P(f"The school's attendance data was not available at the meeting and will be forwarded by the Designated "
                   f"Teacher. There have been no exclusions this term."))
    s.append(P('3. Progress and attainment', H2))
    s.append(P(f"Current working-at grades were shared by the Designated Teacher: English 4, Maths 3, Science 4-4, Drama 6. "
               f"Predicted grades for the summer are one grade higher in English and Drama. Teachers describe {v['first']} as "
               f"polite and willing, though {v['he'].lower()} can lose focus in the afternoon."))
    s.append(P("4. Views", H2))
    s.append(P(f"{v['first']}'s views were gathered through the Pupil Views booklet sent out by the Virtual School before the "
               f"meeting (attached at the end of this report). Mrs Pemberton said that home is calm and that "
               f"{v['first']} is keen but needs reminders about homework deadlines."))
    s.append(P('5. Review of targets from the previous PEP', H2))
    s.append(P(f"The targets set at the summer PEP on {v['prev']} were reviewed. (a) To attend every Period 1 lesson on time: "
               f"largely achieved. (b) To join one after-school club: achieved (film club). "
               f"(c) To bring PE kit every week: not achieved, and broken down further below."))
    s.append(P('6. Agreed targets until the next PEP', H2))
    for i, t in enumerate(v['targets']):
        s.append(P(f"({ROMAN[i]}) {t}"))
    s.append(P('7. Pupil Premium Plus', H2))
    lines = []
    for desc, cost, tg in v['pp']:
        link = f" towards target ({tg})" if tg else ''
        lines.append(f"- £{cost} for {desc}{link};")
    s.append(P('The following use of Pupil Premium Plus was agreed at the meeting:\n' + '\n'.join(lines) +
               f"\nTotal PP+ requested: £{v['total']}. Funding is released once this report has been finalised."))
    s.append(P('8. Next PEP', H2))
    s.append(P('The next PEP meeting will be arranged for the spring term, during the week of 22 February 2027.'))
    s.append(Spacer(1, 8))
    if v['rep']:
        s.append(P(f"Report written by Dr Meredith Crane, Virtual School Teacher, on {v['rep']}. Copies sent to all those present.", CELLB))
    else:
        s.append(P('Report written by Dr Meredith Crane, Virtual School Teacher. DRAFT - date of finalisation: ____________', CELLB))
    s.append(PageBreak())
    s.append(P('Appendix A - Summary of the previous PEP report (summer term)', H2))
    s.append(P(f"PEP held on {v['prev']}. Attendance at that time: 86.0%. Targets agreed: (a) to attend every Period 1 "
               f"lesson on time; (b) to join one after-school club; (c) to bring PE kit every week. "
               f"PP+ of £600.00 was agreed for a homework club place and a mentor.", SMALL))
    s.append(Spacer(1, 8))
    s.append(P('Appendix B - My Pupil Views booklet', H1))
    s.append(P(f"Name: {v['first']}      Filled in before my PEP meeting", CELLB))
    if not v['booklet'][0][1]:
        s.append(P('Booklet sent out 20/10/2026. Not returned by the date of the meeting.', SMALL))
    for q, a in v['booklet']:
        t = Table([[P(q, CELLB)], [Paragraph(esc(a), HAND) if a else P(' ', BODY)]], colWidths=[18 * cm],
                  rowHeights=[None, 2.2 * cm])
        t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.HexColor('#7a5c9e')),
                               ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#ece4f5')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        s.append(t); s.append(Spacer(1, 6))
    path = os.path.join(out_dir, f'{STEM}-{n}.pdf')
    build_pdf(path, s, head=f"PEP report - {v['name']} - CONFIDENTIAL", foot=f"VS ref PEP-R/{7020 + n}")
    write_truth(out_dir, STEM, 'pdf', INSP, QUIRKS, n=n, child_name=v['name'], child_first_name=v['first'],
                school=v['school'], year_group=v['year'], meeting_date=v['meet_iso'], completed_date=v['rep_iso'],
                attendance_percent=float(v['att']) if v['att'] else None,
                pupil_voice=[a for q, a in v['booklet'] if a],
                targets=[{'text': t, 'area': a} for t, a in zip(v['targets'], v['areas'])],
                english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': d_, 'cost': float(c), 'target': ROMAN.index(tg) + 1 if tg else None} for d_, c, tg in v['pp']],
                pp_requested=float(v['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
