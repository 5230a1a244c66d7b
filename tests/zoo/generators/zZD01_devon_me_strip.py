"""zZD01: Devon-style paper PEP (Word), first-person labels with 'Tel no:', CiCC tips preamble,
4-column dates strip, 'Me' in the attendee tick strip, one table per new target."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZD import *

LAYOUT = 'zZD01-devon-me-strip'
INSP = 'real-forms.md entries 6, 13'
QUIRKS = ['first-person labels each followed by "Tel no:"', 'Children in Care Council tips before any field',
          'four-column dates strip (this / first? / last / next PEP)', '"Me" as a column of the attendee tick strip',
          'one small table per new target', 'PP+ boilerplate "currently £1,900 p.a." in prose (not the request)',
          'carer and Designated Teacher views printed beside the child\'s']

TIPS = ['Ask me where and when I would like my PEP meeting to be - not in lesson time I enjoy.',
        'Talk to me before the meeting so I know what will be said about me.',
        'Do not talk about my family or my care in front of other pupils.',
        'Let me bring someone I trust, and let me leave the room if I need to.',
        'Tell me what my targets are in words I understand, and give me a copy.']

D1 = dict(
    first='Kacey', surname='Tremlett', dob='03/02/2014', school='Halwell Moor Academy', ncy='8',
    sch_type='Academy (secondary, 11-16)', sch_tel='01803 550 218',
    dt='Mr Owen Parfitt', dt_tel='01803 550 230', sw='Ms Leanne Vosper', sw_tel='01392 801 447',
    ala='Mrs Hilary Brimble', ala_tel='01392 806 112', coord='Ms Tasha Gidley', coord_tel='01392 806 190',
    this_pep='14/10/2026', first_pep='No', last_pep='29/04/2026', next_pep='17/03/2027',
    me=TICK, others=[['Mrs Jan Coombe', 'Foster carer', '07700 900 415'],
                     ['Mr Dev Rainsford', 'Head of Year 8', 'd.rainsford@halwellmoor.example.sch.uk']],
    attendance='My attendance this school year is 94.2% (3 sessions authorised for a hospital appointment, '
               '0 unauthorised). I have had no exclusions, internal or external.',
    enjoy='I like food tech because we get to take the stuff home and Jan lets me cook tea with it.',
    hard='I find French hard and I hate being picked to read out loud in English.',
    help='It helps when Miss lets me write my answer on a whiteboard first.',
    carer='Kacey has settled well since the move in June. Homework is done at the kitchen table most nights.',
    dtview='Kacey is polite and is trying hard. Reading age is still about two years behind.',
    progress=[['English', 'Working towards', 'Expected'], ['Maths', 'Expected', 'Expected'],
              ['Science', 'Expected', 'Expected'], ['Food technology', 'Above expected', 'Above expected']],
    prev=[['To read aloud to Jan for 10 minutes, 4 nights a week.', TICK, BOX, BOX],
          ['To learn the 6, 7 and 8 times tables.', BOX, TICK, BOX],
          ['To join one lunchtime club.', TICK, BOX, BOX]],
    targets=[('English', 'Kacey will use the "PEE" paragraph frame to write three paragraphs on a set text without adult prompts by February half-term.',
              'English teacher and TA (Mrs Lugg)', '12/02/2027', 'Marked work in English book; teacher assessment'),
             ('Maths', 'Kacey will solve two-step problems with fractions and decimals, scoring 70% on the end-of-unit check.',
              'Maths teacher; Thursday small group', '26/03/2027', 'End-of-unit check score'),
             ('Personal / social', 'Kacey will put her hand up to answer at least one question in every French lesson.',
              'French teacher; Kacey', '26/03/2027', 'Teacher tally; Kacey\'s own record card')],
    pp=[('Reading intervention (Lexia licence plus 3 x 20 min TA sessions a week)', '£320.00', '1'),
        ('Maths small-group tuition, 10 weeks, Thursday period 6', '£250.00', '2'),
        ('Cooking club ingredients and apron', '£45.00', '3')],
    pp_total='£615.00', dt_sign='O. Parfitt', completed='22/10/2026', grade='Good',
)

D2 = dict(
    first='Riley', surname='Ashworth-Penrose', dob='21/07/2011', school='St Budeaux Vale School', ncy='10',
    sch_type='Community school (secondary)', sch_tel='01752 360 471',
    dt='Mrs Ceri Yelland', dt_tel='01752 360 480', sw='Mr Jonah Pethick', sw_tel='01392 802 955',
    ala='Mr Ifan Blamey', ala_tel='01392 806 131', coord='Ms Tasha Gidley', coord_tel='01392 806 190',
    this_pep='05/11/2026', first_pep='No', last_pep='11/06/2026', next_pep='',
    me=BOX, others=[['Ms Priya Woollacott', 'Residential key worker', '01752 330 908']],
    attendance='My attendance this school year is ______ % ',
    enjoy='', hard='', help='',
    carer='Riley did not want to come to the meeting today. Staff at the home say Riley is enjoying the motor vehicle course.',
    dtview='Riley has missed a lot of English since September. Predicted grade 3 in maths.',
    progress=[['English language', '2', '4'], ['Maths', '3', '4'], ['Motor vehicle (Level 1)', 'Pass', 'Merit']],
    prev=[['To attend every English lesson for six weeks.', BOX, BOX, TICK],
          ['To complete the Level 1 motor vehicle unit 2 portfolio.', TICK, BOX, BOX]],
    targets=[('English', 'Riley will complete two timed GCSE English Language Paper 1 reading questions each fortnight with the English mentor.',
              'English mentor (Mr Sayer)', '19/02/2027', 'Practice papers kept in folder'),
             ('Careers', 'Riley will visit two college open days and talk to the careers adviser about a Level 2 course.',
              'Careers adviser; key worker', '31/03/2027', 'Careers interview notes')],
    pp=[('English mentoring, 1 hour a week for 12 weeks', '£360.00', '1'),
        ('Bus pass for college open days', '£40.00', ''),
        ('Revision guides (English and maths)', '£24.00', '')],
    pp_total='£424.00', dt_sign='', completed='', grade='',
)


def make(d, path):
    doc = new_doc('Arial', 10)
    header_footer(doc, 'Devon Virtual School for Children in Care  |  Personal Education Plan (School Age)  |  PROTECT when completed',
                  'PEP-SA form v3 (Sept 2016). Assessment sheet which was issued by the Virtual School must be referred to.')
    para(doc, 'My Personal Education Plan', bold=True, size=18, align='c', color='2E5E3E')
    para(doc, 'Tips for a positive PEP - from the Children in Care Council', bold=True, size=11)
    for i, t in enumerate(TIPS, 1):
        para(doc, f'{i}. {t}', size=9, italic=True)
    para(doc, '')
    heading(doc, 'About me')
    rows = [['My name is:', f"{d['first']} {d['surname']}", '', ''],
            ['My date of birth is:', d['dob'], '', ''],
            ['My school is:', d['school'], 'Tel no:', d['sch_tel']],
            ['I am in year (NCY):', d['ncy'], '', ''],
            ['My school is a (please enter type of school):', d['sch_type'], '', ''],
            ['My Designated Teacher is:', d['dt'], 'Tel no:', d['dt_tel']],
            ['My Social Worker is:', d['sw'], 'Tel no:', d['sw_tel']],
            ['My Area Learning Advocate is:', d['ala'], 'Tel no:', d['ala_tel']],
            ['My PEP Co-ordinator is:', d['coord'], 'Tel no:', d['coord_tel']]]
    table(doc, rows, widths=[5.5, 6.0, 1.8, 3.5], bold_first_col=True, label_fill='E2EFDA')
    para(doc, '')
    table(doc, [['Date of this PEP', 'Is this the first PEP?', 'Date of last PEP', 'Date of Next PEP'],
                [d['this_pep'], d['first_pep'], d['last_pep'], d['next_pep']]], header_fill='C6E0B4')
    para(doc, '')
    para(doc, 'Present at this meeting:', bold=True)
    table(doc, [['Me', 'Designated Teacher', 'Social Worker', 'PEP Co-ordinator'],
                [d['me'], TICK, TICK, TICK]], header_fill='E2EFDA')
    para(doc, 'Others present at this meeting:', bold=True)
    table(doc, [['Name', 'Role', 'Contact details']] + d['others'], header_fill='E2EFDA')
    para(doc, '')
    para(doc, 'Pupil Premium Plus (PP+) is paid to the Virtual School for every child in care of statutory school age '
              '(currently £1,900 p.a.). Schools may request PP+ through the PEP where the spending is linked to the '
              'targets below. The quality of this PEP will be checked against the descriptors in Appendix 1.', size=8, italic=True)

    heading(doc, 'My attendance')
    para(doc, d['attendance'])

    heading(doc, 'What I think')
    para(doc, 'This part is for me to fill in, or for someone I trust to write down what I say.', size=8, italic=True)
    table(doc, [['The things I enjoy at school are:', d['enjoy']],
                ['The things I find hard are:', d['hard']],
                ['What would help me:', d['help']]], widths=[5.5, 11.3], bold_first_col=True, label_fill='FFF2CC')
    para(doc, '')
    table(doc, [['What my carer thinks', 'What my Designated Teacher thinks'], [d['carer'], d['dtview']]], header_fill='FFF2CC')

    heading(doc, 'How I am doing')
    table(doc, [['Subject', 'Where I am now', 'Where I should be by July']] + d['progress'], header_fill='DDEBF7')

    heading(doc, 'My last targets - how did I do?')
    table(doc, [['Target from my last PEP', 'Met', 'Partly met', 'Not yet']] + d['prev'], header_fill='DDEBF7',
          widths=[11, 1.8, 2.2, 1.8])

    heading(doc, 'My new targets')
    for i, (area, txt, who, when, how) in enumerate(d['targets'], 1):
        table(doc, [[f'Target {i}', area],
                    ['What I am going to do:', txt],
                    ['Who will help me:', who],
                    ['By when:', when],
                    ['How we will know:', how]], widths=[4.5, 12.3], bold_first_col=True, label_fill='DDEBF7')
        para(doc, '')

    heading(doc, 'How my PP+ will be spent')
    table(doc, [['What the money is for', 'Cost', 'Which of my targets does this help?']] +
          [list(x) for x in d['pp']] + [['Total PP+ requested this term', d['pp_total'], '']], header_fill='DDEBF7',
          widths=[10, 2.5, 4.3])

    heading(doc, 'Completing this PEP')
    table(doc, [['Designated Teacher signature:', d['dt_sign']],
                ['Date PEP completed:', d['completed']],
                ['Area Learning Advocate QA (Appendix 1 descriptor):', d['grade']]], widths=[7, 9.8], bold_first_col=True)
    para(doc, 'Please remember to send a copy to me, my carer and my social worker.', size=8, italic=True)
    doc.save(path)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    p = write_truth(out_dir, LAYOUT, 'docx', 1, INSP, QUIRKS,
                    child_name='Kacey Tremlett', child_first_name='Kacey', school='Halwell Moor Academy', year_group=8,
                    meeting_date='2026-10-14', completed_date='2026-10-22', attendance_percent=94.2,
                    pupil_voice=[D1['enjoy'], D1['hard'], D1['help']],
                    targets=[{'text': t[1], 'area': a} for t, a in zip(D1['targets'], ['English', 'Maths', 'PSHE'])],
                    english_target=True, maths_target=True,
                    pp_spend=[{'description': D1['pp'][0][0], 'cost': 320.0, 'target': 1},
                              {'description': D1['pp'][1][0], 'cost': 250.0, 'target': 2},
                              {'description': D1['pp'][2][0], 'cost': 45.0, 'target': 3}],
                    pp_requested=615.0)
    make(D1, p)
    p = write_truth(out_dir, LAYOUT, 'docx', 2, INSP, QUIRKS + ['-2: voice boxes empty, attendance blank, no maths target, two PP+ lines unlinked, no completion date, no next PEP date'],
                    child_name='Riley Ashworth-Penrose', child_first_name='Riley', school='St Budeaux Vale School',
                    year_group=10, meeting_date='2026-11-05', completed_date=None, attendance_percent=None,
                    pupil_voice=[],
                    targets=[{'text': t[1], 'area': a} for t, a in zip(D2['targets'], ['English', 'Careers'])],
                    english_target=True, maths_target=False,
                    pp_spend=[{'description': D2['pp'][0][0], 'cost': 360.0, 'target': 1},
                              {'description': D2['pp'][1][0], 'cost': 40.0, 'target': None},
                              {'description': D2['pp'][2][0], 'cost': 24.0, 'target': None}],
                    pp_requested=424.0)
    make(D2, p)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
