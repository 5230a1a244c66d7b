"""zZC04: case-system 'episode' PEP in lettered Parts A-D (DOCX). Part A dotted-leader details, Part B the
young person's page in first-person sentences, Part C the fixed three-target plan (targets one and two academic,
three holistic), one table per target, Part D previous-target review and PP+ and sign-off."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZC import write_truth, new_doc, table, heading, para, shade, cell_text, TICK, BOX
from docx.shared import Pt

LAYOUT = 'zZC04-episode-parts-three-targets'
INSPIRED = 'real-forms.md entries 21, 31, 15'
QUIRKS = ['lettered Parts A, B, C, D of an episode record',
          'Part A labels with dotted leaders in paragraphs, not tables',
          'Part B first-person sentence starters completed by the young person',
          'fixed three-target structure: Target One and Two academic, Target Three holistic, one table per target',
          'previous targets reviewed in Part D after the new ones; PP+ lines name the target in words']

V = {
 1: dict(first='Ellis', last='Varga-Thompson', dob='02/05/2014', yr='Year 7', yg=7, school='Oakwell Grange School',
         meet='21st October 2026', meet_iso='2026-10-21', done='4th November 2026', done_iso='2026-11-04',
         att='97.2', att_v=97.2, next='Wednesday 10th February 2027', attended=True, reason='',
         voice=[('The best thing about my new school is', 'I have got a locker and my own timetable and nobody knows about care unless I tell them.'),
                ('I find it hard when', 'the corridors are busy and I get lost going to science.'),
                ('Something I want to get better at is', 'my spellings because my teacher puts circles on them.'),
                ('Adults can help me by', 'giving me a map and letting me leave a bit early.')],
         t=[('English', 'Target One (academic)', 'Ellis will learn and correctly use 10 subject spellings each fortnight from the Year 7 spelling list, scoring 8/10 or more in the fortnightly quiz by February 2027.', 'English teacher, carer (home practice)'),
            ('Maths', 'Target Two (academic)', 'Ellis will complete the KS3 fractions booster unit and show he can add and subtract fractions with different denominators in the end-of-unit test (70% or more) by February 2027.', 'Maths teacher, TA'),
            ('SEMH', 'Target Three (holistic)', 'Ellis will use his early-leave pass and corridor map to get to every lesson on time without adult help, and tell his form tutor each Friday how the week went.', 'Form tutor, SENCo')],
         prev=[('Ellis will visit Oakwell Grange twice before September with his carer', 'Met'),
               ('Ellis will read for 15 minutes five nights a week over the summer', 'Partly met - broken down further into Target One')],
         pp=[('Spelling booster app licence and home practice book', 'Target One', '35.00'),
             ('Fractions booster small group with maths TA (8 sessions)', 'Target Two', '240.00'),
             ('Transition mentor sessions, 1 x 30 minutes weekly for 10 weeks', 'Target Three', '300.00')],
         total='575.00', total_v=575.0, dt='Ms Farah Quayle', carer='Ellis has settled better than we expected. He is tired after school.',
         teacher='Ellis is polite and keen. Reading age 10y 6m; spelling is the main barrier.'),
 2: dict(first='Kacper', last='Nowicki', dob='19/01/2012', yr='', yg=None, school='Fairmead Community College',
         meet='14th October 2026', meet_iso='2026-10-14', done='', done_iso=None,
         att='89.5', att_v=89.5, next='to be arranged', attended=False,
         reason='Kacper did not attend: he was on a geography field trip booked before the PEP date. His views were gathered by his tutor on 12/10/2026.',
         voice=[('The best thing about school is', 'PE and my friends in form.'),
                ('I find it hard when', 'teachers talk too fast and I cannot write it all down.'),
                ('Something I want to get better at is', 'writing longer answers in English.'),
                ('Adults can help me by', '')],
         t=[('English', 'Target One (academic)', 'Kacper will write two developed paragraphs using the "point, evidence, explain" frame in each English assessment this term.', 'English teacher'),
            ('Science', 'Target Two (academic)', 'Kacper will use the printed lesson notes in science to complete his book notes and catch up on the forces topic by January.', 'Science teacher, EAL support'),
            ('Wellbeing', 'Target Three (holistic)', 'Kacper will join the after-school football club and attend at least three sessions a month.', 'PE department')],
         prev=[('Kacper will attend the EAL reading group weekly', 'Met')],
         pp=[('Laptop loan insurance and printer ink for home', '', '85.00'),
             ('Printed lesson notes and EAL science glossary', 'Target Two', '30.00')],
         total='115.00', total_v=115.0, dt='Mr Hugh Tennant', carer='Kacper works hard and helps at home. He would like more homework support.',
         teacher='Kacper is making good progress with English as an additional language.'),
}


def dotted(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + ' '); r.bold = True
    fill = '.' * max(4, 48 - len(label))
    p.add_run(fill + ' ')
    p.add_run(value if value else '')
    p.paragraph_format.space_after = Pt(2)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n, v in V.items():
        d = new_doc('Calibri', 10.5)
        sec = d.sections[0]
        sec.header.paragraphs[0].text = f'Episode: Personal Education Plan (School Age)   Episode ID EP-{611200 + n * 9}   Worker: {"J. Achebe" if n == 1 else "R. Delaney"}'
        sec.footer.paragraphs[0].text = 'Westbury Vale Council Children\'s Services - Virtual School.  Only a teacher should set targets.'
        heading(d, 'Personal Education Plan', 16)
        para(d, 'This episode contains Parts A, B, C and D of the PEP. Part A is pre-populated by the social worker. Parts B-D are completed at or after the meeting.', 8.5, italic=True)
        heading(d, 'PART A - Details of the young person and the meeting', 12)
        dotted(d, 'Full name', f"{v['first']} {v['last']}")
        dotted(d, 'Date of birth', v['dob'])
        dotted(d, 'School year', v['yr'])
        dotted(d, 'School', v['school'])
        dotted(d, 'Date of PEP meeting', v['meet'])
        dotted(d, 'Date of next PEP meeting', v['next'])
        dotted(d, 'Attendance this academic year (%)', v['att'])
        dotted(d, 'Attendance last academic year (%)', '95.0' if n == 1 else '92.1')
        dotted(d, 'SEN status', 'None' if n == 1 else 'EAL - no SEN')
        para(d, '')
        para(d, 'Those attending (tick)', bold=True)
        table(d, [['Young person', 'Carer', 'Social worker', 'Designated teacher', 'VS adviser'],
                  [TICK if v['attended'] else BOX, TICK, TICK, TICK, TICK if n == 1 else BOX]], header_fill='E2EFDA')
        if v['reason']:
            para(d, 'If the child does not attend, a clear reason must be recorded:', 8.5, italic=True)
            para(d, v['reason'])
        heading(d, 'PART B - My views', 12)
        para(d, 'To be completed by the young person (or in their words by an adult they trust).', 8.5, italic=True)
        for lab, txt in v['voice']:
            p = d.add_paragraph()
            r = p.add_run(lab + ' '); r.bold = True
            p.add_run(txt if txt else '____________________________________________')
        para(d, '')
        table(d, [['Carer\'s views', v['carer']], ['Teacher\'s views', v['teacher']]], widths=[4, 13], label_col=True, label_fill='F2F2F2')
        heading(d, 'PART C - Targets for this term', 12)
        para(d, 'Two targets should directly address academic progress. Targets one and two are drafted before the meeting. '
                'The third target should be more holistic and reflect the young person\'s views.', 8.5, italic=True)
        for area, head, txt, who in v['t']:
            t = table(d, [[head, area], ['What will be achieved', txt], ['Who will support', who],
                          ['Review date', 'Next PEP'], ['Outcome at review', '']], widths=[4.5, 12.5], label_col=True, label_fill='DDEBF7')
            shade(t.cell(0, 1), 'DDEBF7')
            para(d, '')
        heading(d, 'PART D - Review, funding and sign-off', 12)
        para(d, 'D1  Previous targets (from last PEP). Targets not met should not be repeated, but broken down further.', bold=True)
        table(d, [['Previous target', 'Met / partly met / not met']] + [list(x) for x in v['prev']], widths=[12, 5], header_fill='F2F2F2')
        para(d, '')
        para(d, 'D2  Pupil Premium Plus (PP+) request', bold=True)
        table(d, [['Item', 'Which target?', 'Cost £']] + [list(x) for x in v['pp']] + [['Total PP+ requested', '', v['total']]],
              widths=[10, 4, 3], header_fill='FFF2CC')
        para(d, '')
        para(d, 'D3  Sign-off', bold=True)
        table(d, [['Designated teacher', v['dt']], ['Date Part D completed', v['done']],
                  ['Sent to Virtual School', (TICK if v['done'] else BOX) + ' Yes']], widths=[5, 12], label_col=True, label_fill='F2F2F2')
        path = os.path.join(out_dir, f'{LAYOUT}-{n}.docx')
        d.save(path)
        areas = [a for a, *_ in v['t']]
        write_truth(out_dir, LAYOUT, n, 'docx', INSPIRED, QUIRKS,
                    child_name=f"{v['first']} {v['last']}", child_first_name=v['first'], school=v['school'], year_group=v['yg'],
                    meeting_date=v['meet_iso'], completed_date=v['done_iso'], attendance_percent=v['att_v'],
                    pupil_voice=[x for _, x in v['voice'] if x],
                    targets=[{'text': t, 'area': a} for a, _, t, _ in v['t']],
                    english_target='English' in areas, maths_target='Maths' in areas,
                    pp_spend=[{'description': a, 'cost': float(c), 'target': {'Target One': 1, 'Target Two': 2, 'Target Three': 3}.get(b)} for a, b, c in v['pp']],
                    pp_requested=v['total_v'])


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
