"""zZD03: 2009-guidance-style Word PEP. Mixed numbering ("1.)Personal Details", "2.)School Details",
"Section 3", "4.)End of Key Stage Attainments", "Section C", "Section D"), printed code lists with ticks,
two reviews side by side in one record (read the latest), prose targets in Section D."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZD import *

LAYOUT = 'zZD03-mixed-numbering-two-reviews'
INSP = 'real-forms.md entries 13, 6, 22'
QUIRKS = ['mixed section numbering 1.) / 2.) / Section 3 / 4.) / Section C / Section D',
          'surname and forename in separate cells (full name only in the young person\'s agreement line)',
          'full ethnicity and national identity code lists with tick glyphs',
          'two reviews in one record as columns (read Review 2)', 'attendance per review column (older one is last year)',
          'key stage results "circled" with brackets; GCSE Pred column',
          'prose targets in Section D, previous set D(i) and new set D(ii)',
          'funding called PEP Grant / PPG with a D(ii) target reference', '"N/A" typed into mandatory fields']

ETH = ['White', 'Mixed', 'Asian or Asian British', 'Black or Black British', 'Other', 'Not given']
NAT = ['Welsh', 'English', 'Scottish', 'Irish', 'British', 'Other', 'Not given']

D1 = dict(
    surname='Harcastle', forename='Dionne', dob='17/12/2010', gender='F', eth='Mixed', nat='English', upn='N823401126005',
    notined=BOX, school='Ferrybridge Causeway High School', head='Mr P. Quennell', dt='Ms Ruth Alderney',
    dt_tel='01978 441 205', contact='N/A', ncy='11', sen='SEN support (dyslexia)',
    r1=('Review 1', '18/06/2026', '89.0%', 'DT, SW, carer, Dionne'),
    r2=('Review 2', '24/11/2026', '92.5%', 'DT, SW, carer, Dionne, VS officer'),
    ks1='Reading 1 [2] 3   Writing 1 [2] 3   Maths 1 2 [3]', ks2='Reading 3 [4] 5   Writing [3] 4 5   Maths 3 [4] 5',
    gcse=[['English Language', '5'], ['English Literature', '4'], ['Mathematics', '5'], ['Combined Science', '4-4'],
          ['Child Development (Cambridge National)', 'Merit']],
    voice=['I want to pass English so I can do childcare at Deeside College.',
           'Revision is stressful at home because my brothers are loud, so I would rather stay after school.'],
    carer='Dionne works hard but gets anxious before tests. She would like a laptop for coursework.',
    prev=['D(i)1. Dionne will complete one past paper question per week in maths. Outcome at Review 2: achieved.',
          'D(i)2. Dionne will use her reader pen in English lessons. Outcome at Review 2: partly achieved - uses it at home only.'],
    targets=[('English', 'Dionne will plan and write a full answer to Question 5 of English Language Paper 2 in 45 minutes, using her reader pen, by the mock exams in January.'),
             ('Maths', 'Dionne will raise her mock exam mark in Mathematics from grade 4 to grade 5 by practising algebra and ratio questions in the Wednesday revision session.'),
             ('Careers', 'Dionne will submit her college application for Level 2 Childcare to Deeside College before 31 January 2027.')],
    pp=[['After-school English revision sessions (12 hours)', '£240.00', 'D(ii)1'],
        ['Maths revision guide and Wednesday session (8 hours)', '£160.00', 'D(ii)2'],
        ['Refurbished laptop for coursework', '£250.00', 'D(ii)1'],
        ['College taster day transport', '£30.00', 'D(ii)3']],
    total='£680.00', completed_by='Ms Ruth Alderney (Designated Teacher)', completed='01/12/2026',
)

D2 = dict(
    surname='Pryce', forename='Callum', dob='04/03/2013', gender='M', eth='White', nat='Welsh', upn='N/A',
    notined=BOX, school='Oakmere Brook Academy', head='Mrs D. Onions', dt='Mr Tomasz Lindqvist',
    dt_tel='01691 770 312', contact='Mrs Eira Vaughan (Assistant SENCo) 01691 770 300', ncy='9', sen='N/A',
    r1=('Review 1', '09/07/2026', '84.0%', 'DT, SW, Callum'),
    r2=('Review 2', '19/10/2026', '', 'DT, carer'),
    ks1='Reading 1 [2] 3   Writing [1] 2 3   Maths 1 [2] 3', ks2='Reading [3] 4 5   Writing [3] 4 5   Maths [3] 4 5',
    gcse=[['English Language', 'N/A'], ['Mathematics', 'N/A']],
    voice=[], carer='Callum is settling at his new placement. He says he does not want to talk about school at the moment.',
    prev=['D(i)1. Callum will read for 15 minutes every evening. Outcome at Review 2: not achieved - moved placement in August.'],
    targets=[('English', 'Callum will read one book from the Accelerated Reader list each half term and pass the quiz with 80% or more.'),
             ('Social', 'Callum will attend the Tuesday lunchtime Warhammer club for the rest of the autumn term.')],
    pp=[['Accelerated Reader books for home', '£35.00', 'D(ii)1'],
        ['School uniform and PE kit after placement move', '£120.00', 'N/A']],
    total='£155.00', completed_by='Mr Tomasz Lindqvist', completed='',
)


def ticks(opts, chosen):
    return '   '.join(f'{TICK if o == chosen else BOX} {o}' for o in opts)


def make(d, path):
    doc = new_doc('Calibri', 10)
    header_footer(doc, 'Marcher Vale Council - Children in Care Education Service            PERSONAL EDUCATION PLAN',
                  'Form PEP/09 (revised). Please remember to include the date the PEP is completed.')
    para(doc, 'PERSONAL EDUCATION PLAN (PEP)', bold=True, size=16, align='c')
    para(doc, 'Please refer to the Guidance notes for Personal Education Plans when completing this form. For any '
              'mandatory field that is not relevant, type N/A.', size=8, italic=True, align='c')
    heading(doc, '1.)Personal Details')
    table(doc, [['Surname', d['surname'], 'Forename(s)', d['forename']],
                ['Date of Birth', d['dob'], 'Gender', d['gender']],
                ['UPN', d['upn'], 'NCY', d['ncy']]], bold_first_col=True, label_fill='EDEDED')
    para(doc, 'Ethnic Background: ' + ticks(ETH, d['eth']))
    para(doc, 'National Identity: ' + ticks(NAT, d['nat']))
    para(doc, f"{d['notined']} Please ensure the box is ticked if a child is NOT in education.", size=9)
    heading(doc, '2.)School Details')
    table(doc, [['Name of School', d['school']], ['Head Teacher', d['head']],
                ['Designated Teacher', f"{d['dt']}   Tel: {d['dt_tel']}"],
                ['Person to contact: - If designated teacher is not completing the form.', d['contact']],
                ['SEN status', d['sen']]], widths=[6.5, 10.5], bold_first_col=True, label_fill='EDEDED')
    heading(doc, 'Section 3')
    para(doc, 'PEP meetings this year (add a column at each review)', size=8, italic=True)
    table(doc, [['', d['r1'][0], d['r2'][0]],
                ['Date of meeting', d['r1'][1], d['r2'][1]],
                ['Attendance (%) at date of meeting', d['r1'][2], d['r2'][2]],
                ['Who attended', d['r1'][3], d['r2'][3]]], header_fill='EDEDED', bold_first_col=True)
    heading(doc, '4.)End of Key Stage Attainments')
    para(doc, 'Please circle results', size=8, italic=True)
    table(doc, [['Key Stage 1', d['ks1']], ['Key Stage 2', d['ks2']]], widths=[4, 13], bold_first_col=True)
    para(doc, 'GCSE/Entry Level: Pred = Predicted. Actual grades are not included in the table because the Pathway Plan '
              'replaces the PEP', size=8, italic=True)
    table(doc, [['Subject', 'Pred']] + d['gcse'], header_fill='EDEDED')
    heading(doc, 'Section C')
    para(doc, "Young person's comments (in their own words)", bold=True)
    para(doc, '\n'.join(d['voice']) if d['voice'] else '')
    para(doc, "Carer's comments", bold=True)
    para(doc, d['carer'])
    heading(doc, 'Section D')
    para(doc, 'D(i) Targets set at the previous review', bold=True)
    for t in d['prev']:
        para(doc, t, size=9)
    para(doc, f"D(ii) Targets agreed at {d['r2'][0]}", bold=True)
    for i, (area, t) in enumerate(d['targets'], 1):
        para(doc, f'D(ii){i}. ({area}) {t}')
    para(doc, 'Additional funding (PEP Grant / PPG)', bold=True)
    table(doc, [['Item', 'Cost', 'Target ref']] + d['pp'] + [['Total requested', d['total'], '']], header_fill='EDEDED',
          widths=[10, 3, 4])
    para(doc, '')
    para(doc, f"Young person's agreement: I, {d['forename']} {d['surname']}, have seen my targets in Section D.   Signed: ____________", size=9)
    table(doc, [['Form completed by', d['completed_by']], ['Date PEP completed:', d['completed']]],
          widths=[6.5, 10.5], bold_first_col=True)
    doc.save(path)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    p = write_truth(out_dir, LAYOUT, 'docx', 1, INSP, QUIRKS,
                    child_name='Dionne Harcastle', child_first_name='Dionne', school='Ferrybridge Causeway High School',
                    year_group=11, meeting_date='2026-11-24', completed_date='2026-12-01', attendance_percent=92.5,
                    pupil_voice=D1['voice'],
                    targets=[{'text': t, 'area': a} for a, t in D1['targets']],
                    english_target=True, maths_target=True,
                    pp_spend=[{'description': D1['pp'][0][0], 'cost': 240.0, 'target': 1},
                              {'description': D1['pp'][1][0], 'cost': 160.0, 'target': 2},
                              {'description': D1['pp'][2][0], 'cost': 250.0, 'target': 1},
                              {'description': D1['pp'][3][0], 'cost': 30.0, 'target': 3}],
                    pp_requested=680.0)
    make(D1, p)
    p = write_truth(out_dir, LAYOUT, 'docx', 2, INSP, QUIRKS + ['-2: young person\'s comments empty, Review 2 attendance blank (only last year\'s shown), no maths target, a PPG line with target ref N/A, no completion date'],
                    child_name='Callum Pryce', child_first_name='Callum', school='Oakmere Brook Academy',
                    year_group=9, meeting_date='2026-10-19', completed_date=None, attendance_percent=None,
                    pupil_voice=[],
                    targets=[{'text': t, 'area': a} for a, t in D2['targets']],
                    english_target=True, maths_target=False,
                    pp_spend=[{'description': D2['pp'][0][0], 'cost': 35.0, 'target': 1},
                              {'description': D2['pp'][1][0], 'cost': 120.0, 'target': None}],
                    pp_requested=155.0)
    make(D2, p)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
