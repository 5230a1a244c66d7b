"""zZJ02: 2009-style paper PEP with mixed section numbering, printed code lists, targets in Section D (entry 13)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZJ import *

STEM = 'zZJ02-section-d-2009'
INSP = 'real-forms.md entry 13'
QUIRKS = ['mixed numbering "1.)", "Section 3", "4.)", "Section D"', 'printed code lists with the chosen value marked [X]',
          'circled KS results shown as (value)', 'targets as lettered prose paragraphs in Section D',
          'two dates near sign-off: PEP completed and date form returned', 'Person to contact if DT not completing']

CASES = {
 1: dict(sur='Pengelly', fore='Rhys', name='Rhys Pengelly', dob='11/03/2013', ncy='8', school='Carnbrook Community Academy',
         mdate='22 September 2026', miso='2026-09-22', comp='30 September 2026', ciso='2026-09-30',
         att='93.4', attv=93.4, eth='White', nat='Welsh',
         views=['I am getting on better in science because Mr Haddow lets me do the experiments.',
                'I want to be a mechanic like my uncle.', 'I do not like reading out loud in English.'],
         targets=[('English', 'Rhys will read aloud a short passage to his reading mentor once a week and by the February review will be able to summarise it in three sentences'),
                  ('Maths', 'Rhys will complete his weekly Sparx homework to 100% every week until the next PEP, checked by his form tutor'),
                  ('Social/emotional', 'Rhys will attend the lunchtime Lego club at least twice a week to build friendships in Year 8')],
         pp=[('Reading mentor (Year 12 peer reader) and Lexia licence', '350.00', 'A'),
             ('Small group maths catch-up, 1 hour a week for 10 weeks', '400.00', 'B'),
             ('Lego club resources', '75.00', 'C')],
         pptruth=[('Reading mentor (Year 12 peer reader) and Lexia licence', 350.0, 1),
                  ('Small group maths catch-up, 1 hour a week for 10 weeks', 400.0, 2), ('Lego club resources', 75.0, 3)],
         total='825.00', totv=825.0),
 2: dict(sur='Okonkwo-Reid', fore='Tamsin', name='Tamsin Okonkwo-Reid', dob='28/07/2011', ncy='10', school='Heathfield Park School',
         mdate='8 October 2026', miso='2026-10-08', comp='', ciso=None, att='', attv=None, eth='Mixed', nat='British',
         views=['I want to stay at this school until Year 11 and not move again.',
                'Art is my best subject and I want to do it at GCSE.'],
         targets=[('English', 'Tamsin will plan and write one timed English Language answer each fortnight and use the feedback to reach a secure grade 4 by the mock exams'),
                  ('Attendance/wellbeing', 'Tamsin will meet the school counsellor weekly and use her time-out card no more than twice a week by half-term')],
         pp=[('Weekly English tuition with subject teacher (after school)', '480.00', 'A'),
             ('Art materials and sketchbooks for GCSE coursework', '120.00', '')],
         pptruth=[('Weekly English tuition with subject teacher (after school)', 480.0, 1),
                  ('Art materials and sketchbooks for GCSE coursework', 120.0, None)],
         total='600.00', totv=600.0),
}
ETH = ['White', 'Mixed', 'Asian or Asian British', 'Black or Black British', 'Other', 'Not given']
NAT = ['Welsh', 'English', 'Scottish', 'Irish', 'British', 'Other', 'Not given']


def codes(lst, chosen):
    return ' / '.join(('[X] ' if x == chosen else '[ ] ') + x for x in lst)


def make_footer(name):
  def footer(canv, doc):
    canv.saveState(); canv.setFont('Helvetica', 7)
    canv.drawString(18 * mm, 287 * mm, 'PEP - ' + name)
    canv.drawString(18 * mm, 10 * mm, 'PEP form 2009 (rev.)  -  Children Looked After Education Service  -  RESTRICTED when completed')
    canv.drawRightString(192 * mm, 10 * mm, f'Page {doc.page}')
    canv.restoreState()
  return footer


def build_one(out_dir, n):
    c = CASES[n]
    path = os.path.join(out_dir, f'{STEM}-{n}.pdf')
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=18 * mm)
    W = 174 * mm
    s = [P('PERSONAL EDUCATION PLAN', PT), P('For children and young people looked after. Please remember to include the date the PEP is completed.', PSS), Spacer(1, 6)]
    s += [P('1.)Personal Details', PH),
          ptable([['Surname', c['sur'], 'Forename(s)', c['fore']], ['Date of Birth', c['dob'], 'Gender', 'M' if n == 1 else 'F'],
                  ['Ethnic Background:', codes(ETH, c['eth']), '', ''], ['National Identity:', codes(NAT, c['nat']), '', ''],
                  ['Legal status', 'S.31 Care Order' if n == 1 else 'S.20 Accommodated', 'LA ref', 'CLA-' + ('77120' if n == 1 else '80455')]],
                 [30 * mm, 57 * mm, 30 * mm, 57 * mm], label_col=True)]
    s += [Spacer(1, 4), P('[ ] Please ensure the box is ticked if a child is NOT in education.', PSS)]
    s += [P('2.)School Details', PH),
          ptable([['Name of school', c['school']], ['NC Year', c['ncy']],
                  ['Designated teacher', 'Mrs Eluned Prothero' if n == 1 else 'Mr Callum Dyer'],
                  ['Person to contact: - If designated teacher is not completing the form.', '' if n == 1 else 'Ms Aisha Rahman, Head of Year 10'],
                  ['Attendance (%) this academic year', c['att']], ['Exclusions this year (fixed term / permanent)', '0 / 0' if n == 1 else '1 day fixed term (June 2026) / 0']],
                 [60 * mm, 114 * mm], label_col=True)]
    s += [P('Date of PEP meeting: ' + c['mdate'] + '        Date of previous PEP: ' + ('3 March 2026' if n == 1 else '12 May 2026'))]
    s += [P('Present: ' + ('Rhys; Mrs E. Prothero (DT); Gareth Lloyd (carer); Sian Morgan (social worker); Dan Pryce (Virtual School)' if n == 1
                          else 'Tamsin; Mr C. Dyer (DT); Karen Bell (carer); Virtual School officer by phone'))]
    s += [P('Section 3', PH), P('Views of the child/young person (in their own words)', PS)]
    s += [ptable([[P('<br/>'.join(c['views']))]], [W])]
    s += [Spacer(1, 4), P('Views of carer', PS), ptable([['Pleased with effort at home; homework is a battle some nights.' if n == 1 else 'Tamsin is settled with us and we want to support her GCSEs.']], [W])]
    s += [P('4.)End of Key Stage Attainments', PH), P('Please circle results (shown in brackets).', PSS)]
    if n == 1:
        ks = [['', 'Reading', 'Writing', 'Maths', 'Science'], ['KS1', 'WTS (EXS) GDS', 'WTS (EXS) GDS', '(WTS) EXS GDS', 'HNM (EXS)'],
              ['KS2 (scaled)', '(98)', 'WTS (EXS)', '(94)', 'EXS']]
    else:
        ks = [['', 'Reading', 'Writing', 'Maths', 'Science'], ['KS2 (scaled)', '(104)', '(EXS)', '(101)', 'EXS'],
              ['GCSE/Entry Level: Pred', 'Eng Lang 4', 'Eng Lit 4', 'Maths 5', 'Art 6']]
    s += [ptable(ks, [34 * mm, 35 * mm, 35 * mm, 35 * mm, 35 * mm], head='#DDDDDD')]
    s += [P('GCSE/Entry Level: Pred = Predicted. Actual grades are not included in the table because the Pathway Plan replaces the PEP.', PSS)]
    s += [P('Review of targets set at last PEP', PH),
          ptable([['Previous target', 'Met / Part met / Not met'],
                  ['To bring the correct equipment every day (planner check)' if n == 1 else 'To complete Art coursework unit 1', 'Met' if n == 1 else 'Part met']],
                 [130 * mm, 44 * mm], head='#DDDDDD')]
    s += [P('Section D', PH), P('Targets agreed at this meeting (write each target in full; say who will help and by when).', PSS)]
    for i, (area, t) in enumerate(c['targets']):
        L = 'ABCD'[i]
        s += [P(f'<b>{L}. {area}</b>'), P(t + '.'), Spacer(1, 3)]
    s += [P('Pupil Premium Plus', PH),
          ptable([['How the PP+ will be used', 'Cost (£)', 'Target letter']] + [list(x) for x in c['pp']] + [['Total requested', c['total'], '']],
                 [120 * mm, 27 * mm, 27 * mm], head='#DDDDDD')]
    s += [P('Signatures', PH),
          ptable([['Designated teacher', 'E. Prothero' if n == 1 else ''], ['Date PEP completed', c['comp']],
                  ['Date of next PEP', '2 March 2027' if n == 1 else 'Spring term 2027']], [60 * mm, 114 * mm], label_col=True)]
    ft = make_footer(c['name']); doc.build(s, onFirstPage=ft, onLaterPages=ft)
    write_truth(out_dir, STEM, 'pdf', INSP, QUIRKS, n=n, child_name=c['name'], child_first_name=c['fore'], school=c['school'],
                year_group=int(c['ncy']), meeting_date=c['miso'], completed_date=c['ciso'], attendance_percent=c['attv'],
                pupil_voice=c['views'], targets=[{'text': t, 'area': a} for a, t in c['targets']],
                english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': a, 'cost': b, 'target': t} for a, b, t in c['pptruth']], pp_requested=c['totv'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
