"""zZB03: 'My Personal Education Plan' for a whole academic year (entry 5): the Sept/Oct PEP and the Mar/Apr
review are recorded side by side in the same document; truth is the review (the latest meeting)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZB import *

STEM = 'zZB03-one-doc-two-meetings'

DATA = {
 1: dict(version='mainstream', name='Ellie-Mae Thornbury', first='Ellie-Mae', school='Fellside Academy', county='Cumberfold',
         year='Year 7', yg=7, m1='08/10/2025', m2='17/03/2026', m2iso='2026-03-17', sign1='15/10/2025', sign2='24/03/2026',
         sign2iso='2026-03-24', att1='91.5', att2='94.2', att2v=94.2,
         views=[('What I enjoy', 'Drama club because nobody laughs at you if you get it wrong.', 'I still love drama and I got a speaking part in the spring show.'),
                ('What I am good at', 'Drawing animals.', 'I am good at helping my friend Zara with her spellings.'),
                ('What I need help with', 'Remembering what homework is due.', 'I need help with fractions because I panic when there are two different bottoms.'),
                ('How I feel about school', 'It is big and I got lost a lot.', 'I feel happier now I know where everything is.')],
         t1=[('English', 'Ellie-Mae will read for 20 minutes, four times a week, and log it in her reading record', 'Achieved'),
             ('Maths', 'Ellie-Mae will know her times tables to 12 x 12 for the Year 7 baseline retest', 'Partly achieved'),
             ('Organisation', 'Ellie-Mae will use her planner to write down every homework', 'Achieved')],
         t2=[('English', 'Ellie-Mae will plan and write a 300-word persuasive letter using paragraphs and a range of connectives by the end of the summer half-term'),
             ('Maths', 'Ellie-Mae will add and subtract fractions with different denominators and get 7 out of 10 right in the June maths assessment'),
             ('Confidence', 'Ellie-Mae will take part in the spring show and tell her key worker one thing she is proud of each week')],
         pp1=[('Reading books for home and reading record scheme', '1', '60.00')],
         pp2=[('Maths tutor, small group of 3, 10 weekly sessions', '2', '300.00'),
              ('Drama club costume and show fees', '3', '45.00'),
              ('Writing intervention with English TA, 2 x 30 minutes a week', '1', '240.00')],
         total1='60.00', total2='585.00'),
 2: dict(version='special school', name='Rory Calloway', first='Rory', school='Brackenhow School (special school for communication and interaction)',
         county='Cumberfold', year='Year 9', yg=9, m1='30/09/2025', m2='24/03/2026', m2iso='2026-03-24', sign1='06/10/2025', sign2='',
         sign2iso=None, att1='97.0', att2='95.5', att2v=95.5,
         views=[('What I enjoy', 'Computers and the allotment.', ''), ('What I am good at', 'Fixing the printer.', ''),
                ('What I need help with', 'Talking in groups.', ''), ('How I feel about school', 'OK.', '')],
         t1=[('English', 'Rory will read a short text and answer 5 questions using his symbol support', 'Achieved'),
             ('Maths', 'Rory will count money to \u00a35 in the school tuck shop', 'Achieved'),
             ('Communication', 'Rory will ask an adult for help using his help card', 'Partly achieved')],
         t2=[('English / communication', 'Rory will type a five-sentence weekly news recount on the laptop with his communication passport prompts by July'),
             ('Independence', 'Rory will travel with staff on the bus to the allotment and pay his own fare three times this term')],
         pp1=[('Symbol software licence', '1', '120.00')],
         pp2=[('Laptop keyboard overlay and headphones', '1', '85.00'), ('Allotment club materials', '', '50.00')],
         total1='120.00', total2='135.00'),
}


def build_one(out_dir, n):
    x = DATA[n]
    d = new_doc('Arial', 10)
    header_footer(d, f'My Personal Education Plan 2025\u20132026 ({x["version"]} version)',
                  'There are two PEP meetings in an academic year and both meetings are recorded in this single document. '
                  'New PEP: Sept/Oct. Review: Mar/Apr.')
    para(d, 'My Personal Education Plan 2025\u20132026', bold=True, size=20, align='center')
    para(d, 'Cumberfold Virtual School for Children in Care', size=10, align='center')
    table(d, [['Name', x['name']], ['This is a photo of me', '[photo]'], ['My school', x['school']],
              ['County', x['county']], ['School year', x['year']]], widths=[5, 12], bold_first_col=True)
    d.add_paragraph()
    table(d, [['', 'Meeting 1 \u2013 new PEP (Sept/Oct)', 'Meeting 2 \u2013 review (Mar/Apr)'],
              ['Date of meeting', x['m1'], x['m2']],
              ['People at the meeting', 'Me, DT, social worker, carer, CLA achievement teacher',
               'Me, DT, carer, CLA achievement teacher' if n == 1 else 'DT, social worker, CLA achievement teacher']],
          header_fill='D9D9D9')
    para(d, 'First part of meeting \u2013 Adults only discuss: The PEP, attendance, progress and PP+. '
            'Second part of meeting \u2013 the child/young person joins to share Section 2.', italic=True, size=8)

    para(d, 'Section 1: About my education', bold=True, size=13)
    table(d, [['', 'Meeting 1', 'Meeting 2'],
              ['Attendance so far this year (%)', x['att1'], x['att2']],
              ['Exclusions', 'None', 'None'],
              ['SEN status', 'SEN support' if n == 1 else 'EHC plan', 'SEN support' if n == 1 else 'EHC plan']], header_fill='D9D9D9')

    para(d, 'Section 2: My views and what I need help with', bold=True, size=13)
    para(d, 'The Designated Teacher meets with me to complete this section. What I need help with goes into the action plan.', italic=True, size=8)
    table(d, [['', 'Meeting 1 (Autumn)', 'Meeting 2 (Spring review)']] + [[q, a, b] for q, a, b in x['views']], header_fill='D9D9D9')
    d.add_paragraph()
    table(d, [['What my carer thinks', 'She is trying really hard and is proud of her drama.' if n == 1 else 'Rory copes well with routine but struggles when staff change.']],
          bold_first_col=True)

    para(d, 'Section 3: Action plan \u2013 Meeting 1 (Autumn)', bold=True, size=13)
    table(d, [['No.', 'Area', 'Target', 'Reviewed at Meeting 2']] + [[str(i), a, t, r] for i, (a, t, r) in enumerate(x['t1'], 1)],
          header_fill='D9D9D9')
    para(d, 'PP+ (Meeting 1)', bold=True)
    table(d, [['What the money is for', 'Action plan no.', 'Cost']] + [[a, b, '\u00a3' + c] for a, b, c in x['pp1']] +
          [['Total', '', '\u00a3' + x['total1']]], header_fill='D9D9D9')

    para(d, 'Section 4: Progress (completed by the Designated Teacher)', bold=True, size=13)
    table(d, [['Subject', 'Autumn', 'Spring'], ['English', 'Developing', 'Secure' if n == 1 else 'Developing'],
              ['Maths', 'Emerging', 'Developing'], ['Science', 'Developing', 'Developing']], header_fill='D9D9D9')

    para(d, 'Section 5: Action plan \u2013 Meeting 2 (Spring review)', bold=True, size=13)
    para(d, 'Targets not achieved should be broken down further, not repeated.', italic=True, size=8)
    table(d, [['No.', 'Area', 'Target', 'Who will help']] + [[str(i), a, t, 'Form tutor / DT'] for i, (a, t) in enumerate(x['t2'], 1)],
          header_fill='D9D9D9')
    para(d, 'PP+ (Meeting 2)', bold=True)
    table(d, [['What the money is for', 'Action plan no.', 'Cost']] + [[a, b, '\u00a3' + c] for a, b, c in x['pp2']] +
          [['Total', '', '\u00a3' + x['total2']]], header_fill='D9D9D9')

    para(d, 'Signatures', bold=True, size=13)
    table(d, [['', 'Meeting 1', 'Meeting 2'],
              ['Designated Teacher', 'Mrs A. Greaves' if n == 1 else 'Mr P. Lindqvist', 'Mrs A. Greaves' if n == 1 else ''],
              ['Date signed', x['sign1'], x['sign2']],
              ['CLA achievement teacher', 'Duncan Rowe', 'Duncan Rowe']], header_fill='D9D9D9')
    para(d, 'Next PEP meeting: Sept/Oct 2026 (new PEP for 2026\u20132027)', size=9)
    fn = f'{STEM}-{n}.docx'
    d.save(os.path.join(out_dir, fn))
    write_truth(out_dir, STEM, 'docx', n=n, inspired_by='real-forms.md entries 5, 2',
                quirks=['two meetings recorded in one document (read Meeting 2, the latest)', 'meeting columns side by side for dates, attendance and views',
                        'Meeting 1 action plan and PP+ are distractors', 'front page Name / This is a photo of me / My school / County / School year'],
                child_name=x['name'], child_first_name=x['first'], school=x['school'], year_group=x['yg'],
                meeting_date=x['m2iso'], completed_date=x['sign2iso'], attendance_percent=x['att2v'],
                pupil_voice=[b for q, a, b in x['views'] if b],
                targets=[{'text': t, 'area': a} for a, t in x['t2']], english_target=True,
                maths_target=any('Maths' in a for a, t in x['t2']),
                pp_spend=[{'description': a, 'cost': float(c), 'target': int(b) if b else None} for a, b, c in x['pp2']],
                pp_requested=float(x['total2']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1])
