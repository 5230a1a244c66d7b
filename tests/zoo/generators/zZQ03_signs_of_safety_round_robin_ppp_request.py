"""zZQ03: Welfare-Cloud style 'record of discussion' PDF: round robin returns, three signs-of-safety
columns with the child's words mixed among adults', SMART targets one box each, and a separate
termly PPP request form annexed (backdated claim as a distractor)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZQ import *

STEM = 'zZQ03-signs-of-safety-round-robin-ppp-request'
INSP = 'real-forms.md entries 19, 18'
QUIRKS = ['child details as one inline strip of label: value pairs',
          'round robin returns from Maths, English and Science teachers before the meeting',
          "child's words scattered across the three signs-of-safety columns, prefixed with the child's name, among adults' comments",
          'SMART targets lettered A, B, C, one box each, with "celebrate a success" prompts',
          'separate termly PPP request form annexed; spend lines link to target letters',
          'backdated PPP claim stated separately and excluded from the total',
          'completion shown as a status line ("Submitted to Virtual School on ...")']

V = {
 1: dict(name='Tayo Ferreira-Lund', first='Tayo', dob='07/07/2017', ncy='5', school='Oakhurst Lane Primary School',
         meet='03/11/2026', prev='14/03/2026', nxt='09/03/2027', status='Submitted to Virtual School on 12/11/2026', done='12/11/2026',
         att='96.8% year to date (2 sessions authorised absence)', attv=96.8,
         well=["Mrs Nyland (DT): Tayo has settled into Year 5 and has a good friendship group.",
               "Tayo: I am good at times tables now, I got 19 out of 20.",
               "Carer: Homework is done at the kitchen table every Tuesday."],
         worry=["Class teacher: Tayo avoids writing longer pieces and says he is 'done' after a few lines.",
                "Tayo: I get stuck on what to write and then everyone else is on the next page.",
                "SW: Contact arrangements are changing in December."],
         need=["Tayo: I want to be in the football team and go to the Year 6 camp next year.",
               "DT: Writing support with a planning frame; a trusted adult to talk to about contact changes."],
         voice=['I am good at times tables now, I got 19 out of 20.',
                'I get stuck on what to write and then everyone else is on the next page.',
                'I want to be in the football team and go to the Year 6 camp next year.'],
         targets=[('A', 'Tayo will write a story of at least three paragraphs using a boxed planning frame, with a beginning, middle and end, by the February half-term', 'English'),
                  ('B', 'Tayo will use the column method to add and subtract four-digit numbers with exchanging, scoring 8 out of 10 on the end-of-unit check', 'Maths'),
                  ('C', 'Tayo will meet Mr Quaye for a 10-minute check-in every Friday and name one thing that went well in his week', 'Wellbeing')],
         ppp=[('Small-group writing intervention with planning frames (TA, 3 x 30 minutes weekly, 12 weeks)', '540.00', 'A', 'Longer, organised writing; working at expected standard by July'),
              ('Maths manipulatives pack and 1:1 pre-teaching before each new unit', '210.00', 'B', 'Confidence with written methods'),
              ('Football club and kit', '75.00', 'C', 'Belonging, friendships and motivation')],
         total='825.00', backdated='Yes - summer term 2026, \u00a3150.00 (not included in the total above)'),
 2: dict(name='Aria Whitcombe', first='Aria', dob='22/02/2018', ncy='4', school='Greyfriars Road Junior School',
         meet='19/11/2026', prev='', nxt='', status='Status: In progress - not yet submitted', done=None,
         att='', attv=None,
         well=["DT: Aria is reading daily with her carer and loves the class library.",
               "Class teacher: She contributes well in science investigations."],
         worry=["DT: Aria was not in school on the day of the meeting; her views have not been gathered yet.",
                "Carer: Sleep has been disrupted since the move."],
         need=["DT: Phonics catch-up and a calm start to the day."],
         voice=[],
         targets=[('A', 'Aria will read and spell 20 words from the Year 3/4 statutory word list correctly in a weekly quiz by the end of January 2027', 'English'),
                  ('B', 'Aria will use the calm-box at morning registration to get ready to learn, with her TA checking in at 8.50am', 'Wellbeing')],
         ppp=[('Phonics catch-up group, 4 x 20 minutes a week', '320.00', 'A', 'Spelling and reading fluency'),
              ('Calm-box resources and breakfast club place', '140.00', '', 'A settled start to the day'),
              ('Science club place (spring term)', '45.00', '', 'Enjoyment and friendships')],
         total='505.00', backdated='No'),
}


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n, v in V.items():
        stem = f'{STEM}-{n}'
        path = os.path.join(out_dir, stem + '.pdf')
        pw, ph = A4

        def deco(c, d):
            c.saveState()
            c.setFillColor(colors.HexColor('#2b5f3a')); c.rect(0, ph - 1.2 * cm, pw, 1.2 * cm, fill=1, stroke=0)
            c.setFillColor(colors.white); c.setFont('Helvetica-Bold', 9)
            c.drawString(1.4 * cm, ph - 0.8 * cm, 'Our Young People  |  ePEP  |  Record of discussion (upload)')
            c.setFont('Helvetica', 7); c.drawRightString(pw - 1.4 * cm, ph - 0.8 * cm, f'WC-ID 88{n}0215  |  printed 20/11/2026')
            c.setFillColor(colors.black)
            c.drawString(1.4 * cm, 0.7 * cm, 'Please avoid going through the PEP as a form during the meeting. Use the three questions.')
            c.drawRightString(pw - 1.4 * cm, 0.7 * cm, f'{d.page}')
            c.restoreState()
        doc = BaseDocTemplate(path, pagesize=A4, leftMargin=1.4 * cm, rightMargin=1.4 * cm, topMargin=1.7 * cm, bottomMargin=1.3 * cm)
        doc.addPageTemplates([PageTemplate('p', [Frame(1.4 * cm, 1.3 * cm, pw - 2.8 * cm, ph - 3.0 * cm)], onPage=deco)])
        W = pw - 2.8 * cm
        s = [Paragraph('Personal Education Plan - record of discussion', H1),
             Paragraph(f"<b>Name:</b> {esc(v['name'])} &nbsp;|&nbsp; <b>DOB:</b> {v['dob']} &nbsp;|&nbsp; <b>NCY:</b> {v['ncy']} &nbsp;|&nbsp; "
                       f"<b>School:</b> {esc(v['school'])} &nbsp;|&nbsp; <b>PEP meeting held:</b> {v['meet']} &nbsp;|&nbsp; "
                       f"<b>Previous PEP:</b> {v['prev'] or 'none recorded'}", P),
             Spacer(1, 6),
             Paragraph('Present: ' + ('Tayo (first 15 minutes), Mrs P. Nyland (DT), Mr D. Quaye (class teacher), Ms S. Lund (foster carer), '
                                      'Mr K. Abara (SW), Ms E. Frome (VS officer)' if n == 1 else
                                      'Mrs H. Coyle (DT), Ms R. Benn (foster carer), Ms T. Osei (SW)'), P),
             Paragraph('Round robin returns (sent to Maths, English and Science teachers before the meeting)', H2),
             ptable([['Subject', 'Teacher', 'Working at', 'Comment'],
                     ['Maths', 'Mr D. Quaye' if n == 1 else 'Miss F. Greaves', 'Expected' if n == 1 else 'Working towards', 'Strong recall; written methods insecure.' if n == 1 else 'Needs concrete resources.'],
                     ['English', 'Mr D. Quaye' if n == 1 else 'Miss F. Greaves', 'Working towards', 'Ideas good, stamina for writing low.' if n == 1 else 'Phonics gaps from KS1.'],
                     ['Science', 'Mrs A. Birch' if n == 1 else 'Mr J. Tolland', 'Expected', 'Enjoys practical work.' if n == 1 else 'Asks good questions.']],
                    [2.5 * cm, 3 * cm, 3 * cm, W - 8.5 * cm]),
             Paragraph('Attendance', H2),
             ptable([['Attendance this academic year (from daily feed)', v['att']]], [7 * cm, W - 7 * cm], header=False, first_col_fill='#e8f0e8'),
             Paragraph('The meeting was led by the following three questions (signs of safety)', H2)]
        col = lambda L: '\n\n'.join(L)
        s += [ptable([['1) What is working well?', '2) What we are worried about?', '3) What needs to happen?'],
                      [col(v['well']), col(v['worry']), col(v['need'])]], [W / 3] * 3, fill='#cfe3d3'),
              Spacer(1, 4),
              Paragraph(f"Pupil voice: {v['first']}'s own words are marked with {v['first']}'s name above. "
                        + ('' if v['voice'] else 'No words recorded.'), SMALL),
              Paragraph('Targets from the previous PEP', H2)]
        if n == 1:
            s.append(ptable([['Previous target', 'Status history'],
                             ['Tayo will learn 6x, 7x and 8x tables', 'Set 14/03/2026 - In progress (07/2026) - Achieved (11/2026)'],
                             ['Tayo will read aloud to his carer 3 times a week', 'Set 14/03/2026 - Achieved (07/2026)']],
                            [9 * cm, W - 9 * cm]))
        else:
            s.append(Paragraph('No previous PEP at this school (transferred in September 2026).', P))
        s.append(Paragraph('SMART targets', H2))
        for letter, t, a in v['targets']:
            if t is None:
                continue
            s += [KeepTogether([ptable([[f'Target {letter}', t],
                                        ['Area', a],
                                        ['Will they be able to celebrate a success by their next PEP meeting?', 'Yes'],
                                        ['Will this target be achieved in time for the next PEP meeting?', 'Yes - review at next PEP'],
                                        ['Who will help', 'Class teacher and TA' if a != 'Wellbeing' else 'Named adult and carer']],
                                       [5.5 * cm, W - 5.5 * cm], header=False, first_col_fill='#e8f0e8')]), Spacer(1, 5)]
        s += [ptable([['Completion', v['status']], ['Next PEP', f"booked for {v['nxt']}" if v['nxt'] else '']],
                     [5.5 * cm, W - 5.5 * cm], header=False, first_col_fill='#e8f0e8'),
              PageBreak(),
              Paragraph('Pupil Premium Plus (PPP) - termly request form: Autumn term 2026', H1),
              Paragraph('This form is separate from the PEP. Give details of the intended use of the funding, the total amount being '
                        'requested (including costs of the interventions) and the intended impact. Schools may re-submit the previous PPP form.', SMALL),
              Spacer(1, 6),
              Paragraph(f"Child: {esc(v['name'])} &nbsp;&nbsp; School: {esc(v['school'])}", PB), Spacer(1, 4)]
        rows = [['Intended use of the funding', 'Cost \u00a3', 'PEP target', 'Intended impact']]
        rows += [[d_, c, t if t else '', imp] for d_, c, t, imp in v['ppp']]
        s += [ptable(rows, [8 * cm, 2 * cm, 2 * cm, W - 12 * cm]), Spacer(1, 4),
              ptable([['Total amount being requested (including costs of the interventions)', '\u00a3' + v['total']],
                      ['Re-submitting the previous PPP form?', 'No'],
                      ['Please stipulate on this terms form if you wish to apply for backdated pupil premium', v['backdated']],
                      ['Designated Teacher', 'Mrs P. Nyland' if n == 1 else 'Mrs H. Coyle']],
                     [9 * cm, W - 9 * cm], header=False, first_col_fill='#eeeeee')]
        doc.build(s)
        iso = lambda x: f'{x[6:10]}-{x[3:5]}-{x[0:2]}' if x else None
        tl = [(l, t, a) for l, t, a in v['targets'] if t]
        idx = {l: i + 1 for i, (l, _, _) in enumerate(tl)}
        write_truth(out_dir, stem, 'pdf', INSP, QUIRKS,
                    child_name=v['name'], child_first_name=v['first'], school=v['school'], year_group=int(v['ncy']),
                    meeting_date=iso(v['meet']), completed_date=iso(v['done']), attendance_percent=v['attv'],
                    pupil_voice=v['voice'], targets=[{'text': t, 'area': a} for _, t, a in tl],
                    english_target=any(a == 'English' for _, _, a in tl), maths_target=any(a == 'Maths' for _, _, a in tl),
                    pp_spend=[{'description': d_, 'cost': float(c), 'target': idx.get(t)} for d_, c, t, _ in v['ppp']],
                    pp_requested=float(v['total']))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
