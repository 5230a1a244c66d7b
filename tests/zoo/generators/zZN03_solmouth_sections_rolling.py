"""zZN03: Southampton-style PEP (DOCX): lettered guidance (Section A/B) before numbered form sections 1-4,
a rolling record with two meetings (read the latest), prose action plan with roman numerals."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZN import *

STEM = 'zZN03-solmouth-sections-rolling'

V1 = dict(
    name='Reece Calloway', dob='27/01/2011', year='Year 11', yg=11, school='Hamblemouth Academy',
    m_prev='16/06/2026', m_cur='05/11/2026', completed='12/11/2026', next_pep='Spring term, w/c 08/03/2027',
    people=[('Ms Farida Osei', 'Designated Teacher (Chair)', 'f.osei@hamblemouth.example.org'),
            ('Reece Calloway', 'Young person', '-'),
            ('Tom Blakely', 'Social worker', '01632 960 512'),
            ('Jan Pryor', 'Foster carer', '07700 900733'),
            ('Sue Lamb', 'ELSA', 'Via school office')],
    voice_by='ELSA (Sue Lamb), 29/10/2026',
    voice=[('How is school going for you?', 'Better than Year 10. I actually go to most lessons now.'),
           ('What is hard?', 'Maths is my worst. I panic when there are loads of words in the question.'),
           ('What do you want to do after Year 11?', 'I want to do motor vehicle at Hamble Vale... a college course, level 2 if I get my grades.'),
           ('What would help?', 'Someone to go through past papers with me, not in front of the whole class.')],
    att=('Current attendance (this academic year): 91.7%', True, False),
    excl='Exclusions - internal: 1 (October); external: none',
    attain=[('English Language', '4', '4', '5'), ('Maths', '3', '3', '4'), ('Combined Science', '3-3', '3-4', '4-4'),
            ('Motor Vehicle (BTEC Tech Award)', 'Pass', 'Merit', 'Merit')],
    prev_review=[('i', 'Reece will attend 95% of maths lessons in the summer term.', 'Partly met (88%)'),
                 ('ii', 'Reece will complete his work experience placement at Sorrel Garage.', 'Met'),
                 ('iii', 'Reece will read one article a week for English and discuss it with Jan.', 'Met')],
    targets=[('Literacy', 'Reece will answer the Paper 1 Question 5 writing task in 45 minutes, planned in 5 minutes, in three practice papers before the January mocks.',
              'English department after-school clinic (Tuesdays); exam-board practice pack.'),
             ('Numeracy', 'Reece will complete one Foundation past paper a fortnight with his tutor and raise his mock score from 31% to 45% by March 2027.',
              '1:1 maths tutor (PP+), Hegarty homework set weekly.'),
             ('Post-16', 'Reece will apply to two college motor vehicle courses by 31/01/2027 with help from the careers adviser.',
              'Careers adviser Mr Dunn; open evening visit with Jan.')],
    pp=[('ii', '1:1 maths tutor, 15 x 1 hour sessions (Tutor Harbour Ltd)', '525.00', 'Mock score raised to 45%', 2),
        ('i', 'English exam-practice pack and revision guides', '32.50', 'Timed writing confidence', 1),
        ('iii', 'Travel to college open evenings (bus passes)', '24.00', 'Two applications made', 3)],
    total='581.50',
    truth=dict(child_name='Reece Calloway', child_first_name='Reece', school='Hamblemouth Academy', year_group=11,
               meeting_date='2026-11-05', completed_date='2026-11-12', attendance_percent=91.7),
)

V2 = dict(
    name='Poppy Delacroix-Hunt', dob='09/08/2019', year='Year 2', yg=2, school='Netherby Marsh Infant School',
    m_prev='01/07/2026', m_cur='24/09/2026', completed='', next_pep='Spring term',
    people=[('Mrs Anita Chowdhury', 'Designated Teacher (Chair)', 'a.chowdhury@netherbymarsh.example.sch.uk'),
            ('Kim Delacroix', 'Kinship carer (aunt)', '07700 900915'),
            ('Nathan Ware', 'Social worker', '01632 960 538')],
    voice_by='',
    voice=[('How is school going for you?', ''), ('What is hard?', ''), ('What do you want to be good at?', ''), ('What would help?', '')],
    att=('Current attendance (this academic year): ', False, True),
    excl='Exclusions - internal: none; external: none',
    attain=[('Reading', 'WTS', 'WTS', 'EXS'), ('Writing', 'WTS', 'WTS', 'WTS'), ('Maths', 'EXS', 'EXS', 'EXS'),
            ('Phonics screening check (Y1 retake)', '28/40', '-', '32+/40')],
    prev_review=[('i', 'Poppy will blend and read CVCC words in her phonics book.', 'Met'),
                 ('ii', 'Poppy will stay on the carpet for the whole of a 15-minute input.', 'Not met - see target ii below')],
    targets=[('Phonics / reading', 'Poppy will pass the phonics screening check retake in June 2027, reading 32 or more of the 40 words.',
              'Daily Read Write Inc. keep-up group with Mrs Bale.'),
             ('Attention / SEMH', 'Poppy will stay in carpet time for 10 minutes with a wobble cushion, 4 days out of 5, by half-term.',
              'Class TA; sensory circuit before school.')],
    pp=[('i', 'Read Write Inc. home reading books for Kim', '40.00', 'Reading at home most nights', 1),
        ('', 'Forest school sessions (Tuesday afternoons, autumn term)', '180.00', 'Enjoyment of school', None)],
    total='220.00',
    truth=dict(child_name='Poppy Delacroix-Hunt', child_first_name='Poppy', school='Netherby Marsh Infant School', year_group=2,
               meeting_date='2026-09-24', completed_date=None, attendance_percent=None),
)

AREA = {'Literacy': 'English', 'Numeracy': 'Maths', 'Phonics / reading': 'English', 'Attention / SEMH': 'SEMH'}
ROMAN = ['i', 'ii', 'iii', 'iv']


def heading(d, text):
    p = para(d, text, bold=True, size=12, color='FFFFFF')
    pPr = p._p.get_or_add_pPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:fill'), '2E75B6'); pPr.append(sh)


def make(v, path):
    d = new_doc('Arial', 10)
    header_footer(d, 'Solmouth City Virtual School  ·  Personal Education Plan  ·  PROTECT - PERSONAL',
                  f'PEP record for {v["name"]}  ·  VS ref SCVS-{v["dob"][-4:]}-{len(v["name"])*37}  ·  Please keep the whole record: earlier meetings stay above the latest one')
    para(d, 'Personal Education Plan', bold=True, size=18, color='2E75B6')
    para(d, 'Guidance for the Designated Teacher (who chairs the meeting)', bold=True)
    para(d, 'Section A  Documents to bring', bold=True, size=10)
    for line in ['previous PEP', 'attendance data', 'exclusion information - internal and external', 'IEP / PSP', 'latest school report']:
        para(d, f'{TICK} {line}', size=9)
    para(d, 'Section B  Meeting Preparation', bold=True, size=10)
    table(d, [['Step', 'Who'], ['Invite everyone on the Section 1 list at least 10 school days before', 'DT'],
              ['Gather the young person\'s views (print Section 2)', 'DT, ELSA or an adult the pupil knows well'],
              ['Send the finished PEP to the Virtual School within 10 school days', 'DT']], header_fill='DEEAF6', size=9)
    para(d, 'Letters (A, B) refer to this guidance; numbers (1-4) are the sections of the form.', italic=True, size=8)

    table(d, [['Name', v['name'], 'Date of birth', v['dob']], ['School', v['school'], 'Year group', v['year']]],
          widths=[3, 6, 3, 5], bold_first_col=True)

    para(d, '')
    para(d, f'MEETING RECORD 1 of 2  -  PEP meeting held {v["m_prev"]} (summer term)', bold=True, size=10, color='7F7F7F')
    para(d, 'Summary only; the full summer PEP was sent to the Virtual School. Targets i-' + ROMAN[len(v['prev_review'])-1] +
         ' below were set at this meeting and are reviewed in Meeting record 2.', size=9, color='7F7F7F')
    table(d, [['No.', 'Target set at the summer meeting']] + [[p[0], p[1]] for p in v['prev_review']], header_fill='EDEDED', size=9)

    para(d, '')
    para(d, f'MEETING RECORD 2 of 2  -  PEP meeting held {v["m_cur"]} (autumn term, current)', bold=True, size=11, color='2E75B6')
    heading(d, 'Section 1: People at the meeting')
    para(d, 'Name, role and contact details of all who attend.', italic=True, size=8)
    table(d, [['Name', 'Role', 'Contact details']] + [list(p) for p in v['people']], header_fill='DEEAF6')

    heading(d, 'Section 2: The Young Persons Voice')
    para(d, 'It will be helpful to print out section 2 when gaining the pupils views. Write the pupil\'s answers in their own words.', italic=True, size=8)
    para(d, 'Views gathered by: ' + v['voice_by'], size=9)
    for q, a in v['voice']:
        t = d.add_table(rows=2, cols=1); t.style = 'Table Grid'
        cell_text(t.cell(0, 0), q, bold=True, fill='F2F2F2')
        cell_text(t.cell(1, 0), a)
        para(d, '', size=4)

    heading(d, 'Section 3: Achievement and Attainment')
    att, has_fig, printout = v['att']
    table(d, [[att + ('' if has_fig else ''), (TICK if printout else BOX) + ' Attendance printout attached'],
              [v['excl'], '']], widths=[11, 6])
    para(d, f'{TICK} School report / IEP attached', size=9)
    table(d, [['Subject', 'Summer PEP', 'Now (autumn)', 'Target / expected']] + [list(a) for a in v['attain']], header_fill='DEEAF6')

    heading(d, 'Section 4: Review and Action Plan')
    para(d, 'PEP Review - targets from Meeting record 1', bold=True)
    table(d, [['No.', 'Target', 'Outcome']] + [list(p) for p in v['prev_review']], header_fill='EDEDED', size=9)
    para(d, 'Action Plan - new targets agreed at this meeting', bold=True)
    for i, (area, text, act) in enumerate(v['targets']):
        p = d.add_paragraph()
        r = p.add_run(f'({ROMAN[i]})  {area}:  '); r.bold = True
        p.add_run(text)
        p2 = d.add_paragraph(); r2 = p2.add_run('Action / support: ' + act); r2.italic = True; r2.font.size = Pt(9)
    para(d, 'Pupil Premium Plus request', bold=True)
    table(d, [['Action plan target no.', 'Provision', 'Cost', 'Expected impact']] +
          [[p[0], p[1], '£' + p[2], p[3]] for p in v['pp']] + [['', 'Total PP+ requested', '£' + v['total'], '']], header_fill='DEEAF6')
    para(d, '')
    table(d, [['Date of next PEP', v['next_pep']], ['PEP finalised by Designated Teacher on', v['completed']],
              ['Signed (DT)', 'F. Osei' if v['completed'] else '']], widths=[7, 10], bold_first_col=True)
    d.save(path)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for k, v in ((1, V1), (2, V2)):
        stem = f'{STEM}-{k}'
        make(v, os.path.join(out_dir, stem + '.docx'))
        quirks = ['lettered guidance sections (A, B) before numbered form sections (1-4)',
                  'rolling record: two meetings in one document (read Meeting record 2, the latest)',
                  'earlier meeting\'s targets printed twice (summary and review) as distractors',
                  'new targets as prose paragraphs numbered (i), (ii), (iii)', 'voice as question boxes, one per prompt',
                  'PP+ rows reference the roman-numbered target']
        if k == 2:
            quirks += ['pupil voice: all four prompt boxes printed but empty', 'attendance: no figure, only "printout attached" ticked',
                       'no maths target', 'one PP+ line not linked to a target', 'no finalised date']
        voice = [a for q, a in v['voice'] if a]
        write_truth(out_dir, stem, 'docx', inspired_by='real-forms.md entry 11', quirks=quirks, **v['truth'],
                    pupil_voice=voice,
                    targets=[{'text': t[1], 'area': AREA.get(t[0], t[0])} for t in v['targets']],
                    english_target=True, maths_target=(k == 1),
                    pp_spend=[{'description': p[1], 'cost': float(p[2]), 'target': p[4]} for p in v['pp']],
                    pp_requested=float(v['total']))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
