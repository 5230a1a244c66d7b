"""zZ02: PEP written up afterwards by the Virtual School Teacher as a numbered narrative report (like minutes),
targets lettered (a)-(d) inside prose, a landscape PP+ appendix keyed to the letters, report date counted
against the 20-working-day rule."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Z import *

LAYOUT = 'zZ02-vs-teacher-numbered-report'
INSPIRED = 'real-forms.md entries 29, 30'
QUIRKS = ['narrative report by the VS teacher, numbered paragraphs, no form fields',
          'surname-first reference line above the prose', 'targets lettered (a)-(d) inside a paragraph',
          'landscape PP+ appendix keyed to target letters', 'last year\'s attendance quoted next to this year\'s',
          'views quoted from the Pupil Views booklet inside prose', 'report date vs meeting date']

DATA = {
    1: dict(
        first='Kofi', last='Baptiste', dob='03/02/2015', year=6, school='St Barnabas CE Primary School',
        meeting='Tuesday 22 September 2026', meeting_iso='2026-09-22', venue='the school library',
        present='Kofi (for the first half); Mrs Denise Okafor (foster carer); Mr Liam Rudd (Designated Teacher '
                'and Deputy Head); Ms Ana Ferreira (Kofi\'s class teacher, Year 6); Ms Charlotte Bayliss (social '
                'worker); and myself, Rebecca Holm (Virtual School Teacher), chairing.',
        apologies='Mr Tom Baptiste (father) was invited and sent apologies.',
        att_para='Kofi\'s attendance for this academic year so far is 96.4%. Last academic year it was 91.2%, '
                 'affected by a placement move in March. There have been no exclusions, internal or external.',
        att_val=96.4,
        voice_para=('Kofi completed his Pupil Views booklet with Ms Ferreira before the meeting and read some of '
                    'it out. He wrote: "My favourite thing is football club on Thursdays." He also wrote: '
                    '"I find long division really hard and I don\'t like getting it wrong in front of people." '
                    'When I asked what would help, Kofi said: "Can I sit nearer the front so I can see the board?" '
                    'Kofi left the meeting at this point to return to class.'),
        voice=['My favourite thing is football club on Thursdays.',
               'I find long division really hard and I don\'t like getting it wrong in front of people.',
               'Can I sit nearer the front so I can see the board?'],
        carer_para='Mrs Okafor said Kofi is reading at home most nights now and is more settled since the summer. '
                   'She is worried about the move to secondary school and asked that transition starts early.',
        progress='Ms Ferreira reported that Kofi is working at the expected standard in reading, working '
                 'towards in writing and working towards in maths. His Year 5 summer assessment showed a '
                 'scaled-score equivalent of 101 in reading and 94 in maths.',
        prev='The targets from the last PEP (May 2026) were reviewed. The reading target (to read a chapter book '
             'independently for 20 minutes) was achieved. The times-tables target was partly achieved: Kofi '
             'knows his 2, 3, 4, 5 and 10 times tables but not yet 6-9. This is broken down further in target (b).',
        targets=[('English', 'Kofi will use paragraphs and a range of conjunctions in his independent writing, '
                             'checked in his English book each half-term'),
                 ('Maths', 'Kofi will recall his 6, 7, 8 and 9 times tables within 5 seconds each by the '
                           'spring PEP'),
                 ('Maths', 'Kofi will use the bus-stop method to divide a 3-digit number by a 1-digit number '
                           'with 8 out of 10 correct'),
                 ('Transition', 'Kofi will visit his chosen secondary school twice before February half-term '
                                'with a familiar adult')],
        pp=[('Small-group maths tuition with a qualified teacher, 1 hour a week for 12 weeks', 'b, c', 540.0),
            ('Reading and writing mentor sessions with the school librarian, weekly', 'a', 260.0),
            ('Two accompanied transition visits (TA cover and travel)', 'd', 120.0)],
        pp_links=[2, 1, 4],
        total=920.0,
        next_pep='The next PEP will be held in the spring term, provisionally on 26 January 2027 at 1.30pm.',
        report='Report written by Rebecca Holm, Virtual School Teacher, and agreed with the Designated Teacher '
               'on 8 October 2026 (within 20 working days of the PEP being held).',
        completed_iso='2026-10-08',
    ),
    2: dict(
        first='Maisie', last='Dunmore', dob='17/11/2011', year=9, school='Hallam Brook Academy',
        meeting='Thursday 15 October 2026', meeting_iso='2026-10-15', venue='the inclusion base',
        present='Mrs Sandra Wilkes (foster carer); Mr Ibrahim Sadiq (Designated Teacher); Ms Jo Turnbull '
                '(Head of Year 9); Mr Peter Lang (social worker); and myself, Rebecca Holm (Virtual School '
                'Teacher), chairing.',
        apologies='Maisie was invited but chose not to attend. Her mother was not invited (care plan).',
        att_para='Maisie\'s attendance this academic year is 88.5%, which is below the school\'s 95% expectation. '
                 'Last year it was 84.0%. She has had one fixed-term suspension (1 day, 2 October 2026).',
        att_val=88.5,
        voice_para=('Maisie did not attend and did not return her Pupil Views booklet. Ms Turnbull will try to '
                    'go through the booklet with her before the next PEP.'),
        voice=[],
        carer_para='Mrs Wilkes said Maisie enjoys art and cooking at home, but mornings are difficult and she '
                   'often refuses to get on the school bus.',
        progress='Mr Sadiq reported that Maisie is on track in art and food technology, and below her target '
                 'grades in English and science. Maths was not discussed in detail because the maths teacher '
                 'had sent no update.',
        prev='The targets from the last PEP (June 2026) were reviewed. The attendance target was not met. The art '
             'portfolio target was achieved.',
        targets=[('English', 'Maisie will complete and hand in one extended writing piece each fortnight in '
                             'English, supported in homework club'),
                 ('Science', 'Maisie will attend the Tuesday science catch-up group and complete the Year 9 '
                             'cells and organisation topic test'),
                 ('Attendance', 'Maisie will arrive by 8.40am on at least 4 days each week, using the '
                                'breakfast-club check-in with Ms Turnbull')],
        pp=[('English homework club with a tutor, 2 sessions a week', 'a', 380.0),
            ('Breakfast club place and morning check-in', 'c', 150.0),
            ('Contribution to the Year 9 art trip to the Hepworth gallery', '', 45.0)],
        pp_links=[1, 3, None],
        total=575.0,
        next_pep='The next PEP should be held in January 2027; a date will be set by the school.',
        report='Report written by Rebecca Holm, Virtual School Teacher.',
        completed_iso=None,
    ),
}


def make(out_dir, n):
    x = DATA[n]
    stem = f'{LAYOUT}-{n}'
    path = os.path.join(out_dir, stem + '.pdf')
    full = f'{x["first"]} {x["last"]}'

    def deco(c, doc):
        c.saveState()
        w, h = c._pagesize
        c.setFont('Helvetica', 7.5)
        c.drawString(1.8 * cm, h - 1.2 * cm, 'Kelsford Virtual School  |  PEP Report  |  CONFIDENTIAL')
        c.drawRightString(w - 1.8 * cm, h - 1.2 * cm, f'Ref VS/{"22871" if n == 1 else "30114"}')
        c.drawString(1.8 * cm, 1.0 * cm, 'This report is the Personal Education Plan. It replaces the PEP form.')
        c.drawRightString(w - 1.8 * cm, 1.0 * cm, f'Page {doc.page}')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                          bottomMargin=1.6 * cm)
    fp = Frame(doc.leftMargin, doc.bottomMargin, A4[0] - 3.6 * cm, A4[1] - 3.4 * cm, id='p')
    lw, lh = landscape(A4)
    fl = Frame(1.8 * cm, 1.6 * cm, lw - 3.6 * cm, lh - 3.4 * cm, id='l')
    doc.addPageTemplates([PageTemplate('portrait', [fp], onPage=deco, pagesize=A4),
                          PageTemplate('land', [fl], onPage=deco, pagesize=landscape(A4))])
    s = []
    s.append(P('Personal Education Plan: Virtual School Teacher\'s Report', H1))
    s.append(P(f'Re: {x["last"].upper()}, {x["first"]}    DOB {x["dob"]}    NCY {x["year"]}    '
               f'School: {x["school"]}', CELLB))
    s.append(Spacer(1, 8))
    paras = [
        ('1. Introduction', f'A PEP meeting for {full} was held on {x["meeting"]} in {x["venue"]} at '
                            f'{x["school"]}. {x["first"]} is in Year {x["year"]}.'),
        ('2. Present', x['present'] + ' ' + x['apologies']),
        ('3. Attendance and exclusions', x['att_para']),
        (f'4. {x["first"]}\'s views', x['voice_para']),
        ('5. Carer\'s views', x['carer_para']),
        ('6. Progress and attainment', x['progress']),
        ('7. Review of previous targets', x['prev']),
    ]
    for h, t in paras:
        s.append(P(h, H3))
        s.append(P(t))
    s.append(P('8. Agreed targets', H3))
    letters = 'abcd'
    intro = (f'It was agreed that {x["first"]}\'s targets until the next PEP will be as follows. ' 
             'Each is set by the school and reviewed at the next meeting.')
    s.append(P(intro))
    for i, (area, txt) in enumerate(x['targets']):
        s.append(P(f'({letters[i]}) [{area}] {txt}.', ParagraphStyle('ind', parent=BODY, leftIndent=14)))
    s.append(P('9. Pupil Premium Plus', H3))
    s.append(P(f'The school requested \u00a3{x["total"]:,.2f} of PP+ for this term. The breakdown is at Appendix A '
               'and each item is linked to the lettered targets above. The Virtual School will release funding '
               'once this report has been agreed.'))
    s.append(P('10. Next PEP', H3))
    s.append(P(x['next_pep']))
    s.append(Spacer(1, 10))
    s.append(P(x['report'], CELLB))
    s.append(P('Distribution: Designated Teacher, social worker, foster carer, IRO. The young person will be given '
               'a copy in a format they can understand.', SMALL))
    s.append(NextPageTemplate('land'))
    s.append(PageBreak())
    s.append(P('Appendix A: PP+ spending plan (autumn term 2026)', H2))
    rows = [['Item', 'Provision / intervention', 'Links to target', 'Cost']]
    for i, (desc, link, cost) in enumerate(x['pp'], 1):
        rows.append([f'A{i}', desc, f'({link})' if link else '-', f'\u00a3{cost:,.2f}'])
    rows.append(['', 'Total requested', '', f'\u00a3{x["total"]:,.2f}'])
    s.append(ptable(rows, [1.5 * cm, 15 * cm, 3.5 * cm, 3 * cm]))
    s.append(Spacer(1, 6))
    s.append(P('PP+ is held by the Virtual School and paid termly in arrears. Items that do not link to a target '
               'may not be funded.', SMALL))
    doc.build(s)

    targets = [{'text': t, 'area': a} for a, t in x['targets']]
    pp = [{'description': d, 'cost': c, 'target': l} for (d, _, c), l in zip(x['pp'], x['pp_links'])]
    write_truth(out_dir, stem, 'pdf', INSPIRED,
                QUIRKS + (['-2: child absent and voice genuinely empty, no maths target, a PP+ line linked to no '
                           'target, no report/completion date'] if n == 2 else []),
                child_name=full, child_first_name=x['first'], school=x['school'], year_group=x['year'],
                meeting_date=x['meeting_iso'], completed_date=x['completed_iso'],
                attendance_percent=x['att_val'], pupil_voice=x['voice'], targets=targets,
                english_target=True, maths_target=any(a == 'Maths' for a, _ in x['targets']),
                pp_spend=pp, pp_requested=x['total'])


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == '__main__':
    run_standalone(build)
