"""zZH04: case-system episode print (Parts A-D), landscape, terms as columns, views side by side, step history (PDF)."""
import os, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZH import *

STEM = 'zZH04-mosaic-episode-parts'
W = 267 * mm

DATA = {
 1: dict(sur='HALLIWELL', fore='Jordan', pid='1183420', dob='17/08/2015', ncy='Y7', yg=7, school='Kirkstall Forge High School',
         meet='16/10/2026', prev_meet='24/06/2026', nxt='Spring review window (Jan-Apr 2027)',
         att=[('Attendance %', '97.5', '91.0', '88.6'), ('Unauthorised sessions', '0', '3', '6'), ('Fixed-term exclusions', '0', '0', '1')],
         terms=('Autumn 1 2026 (Y7)', 'Summer 2026 (Y6)', 'Spring 2026 (Y6)'), attval=97.5,
         prog=[('English', 'Secure', 'Expected standard (KS2 SATs 102)'), ('Maths', 'Developing', 'Below expected (KS2 SATs 98)'),
               ('Science', 'Secure', 'Teacher assessment: expected')],
         child=['I have made two friends called Dev and Ollie.', 'I get lost going to the science block still.',
                'I want to get better at fractions because we do them every week.'],
         carer='Jordan has settled into secondary better than we expected. He needs reminding about his planner.',
         teacher='Jordan is polite and keen. Homework is sometimes late. He is in set 4 for maths.',
         prev=[('Jordan will visit Kirkstall Forge three times before September', 'Met'),
               ('Jordan will use column subtraction with exchange', 'Not met - broken down further as D2')],
         targets=['D1. By the February review Jordan will write a 300-word explanation text using paragraphs and topic sentences, assessed by his English teacher.',
                  'D2. Jordan will add and subtract fractions with different denominators, getting 8 out of 10 right in a weekly quiz by February.',
                  'D3. Jordan will bring his planner to every lesson and get it signed by his carer each Friday.'],
         areas=['English', 'Maths', 'Organisation'],
         pp=[('Fresh Start literacy group, 2 x weekly (Autumn 2)', 260.0, 1), ('Maths mentor from sixth form, weekly', 120.0, 2),
             ('Planner wallet and reward vouchers', 25.0, 3)],
         req=405.0, started='02/10/2026', finalised='30/10/2026', status='Finalised'),
 2: dict(sur='OKONKWO-BRYCE', fore='Tamsin', pid='1207755', dob='03/02/2012', ncy='Y10', yg=10, school='Roundhay Vale School',
         meet='03/12/2026', prev_meet='01/07/2026', nxt='',
         att=[('Attendance %', '', '84.2', '86.0'), ('Unauthorised sessions', '', '12', '9'), ('Fixed-term exclusions', '', '1', '0')],
         terms=('Autumn 2026 (Y10)', 'Summer 2026 (Y9)', 'Spring 2026 (Y9)'), attval=None,
         prog=[('English Language', 'Grade 4 target 5', 'Grade 4'), ('Maths', 'Grade 3 target 5', 'Grade 3'),
               ('Child Development', 'On track', '-')],
         child=['I want to work with little kids when I leave school.', 'I do not like being taken out of PE for catch-up.'],
         carer='Tamsin is tired in the mornings. We have agreed a new bedtime routine.',
         teacher='Tamsin can produce good work when she is in school; her Child Development coursework is strong.',
         prev=[('Tamsin will attend 90% of sessions in the summer term', 'Not met (84.2%)')],
         targets=['D1. Tamsin will complete her Child Development coursework unit 2 by 29 January 2027.',
                  'D2. Tamsin will write one timed English Language Paper 1 Question 5 response each fortnight and improve to a Grade 5 on the mock.'],
         areas=['Child Development', 'English'],
         pp=[('Morning breakfast club place', 95.0, None), ('English tutor 1:1, 8 sessions', 320.0, 2)],
         req=415.0, started='20/11/2026', finalised='', status='In progress - awaiting DT'),
}


def hdr(c, doc):
    c.saveState(); c.setFont('Helvetica', 7)
    c.drawString(15 * mm, 200 * mm, f'Frameworki  |  Person: {doc._v["fore"]} {doc._v["sur"].title()} (ID {doc._v["pid"]})  |  Episode: Personal Education Plan (School Age)  |  Status: {doc._v["status"]}')
    c.drawString(15 * mm, 7 * mm, 'Printed by: vs.admin03  |  Report FWi-PEP-SA-02  |  Confidential - not to be shared outside the team around the child')
    c.drawRightString(282 * mm, 7 * mm, 'Page %d' % doc.page)
    c.restoreState()


def build(out_dir):
    for n, v in DATA.items():
        fname = f'{STEM}-{n}.pdf'
        doc = SimpleDocTemplate(os.path.join(out_dir, fname), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                                topMargin=14 * mm, bottomMargin=14 * mm)
        doc._v = v
        s = [para('PERSONAL EDUCATION PLAN - episode print (Parts A, B, C and D)', ParagraphStyle('t', parent=PB, fontSize=12, leading=15)),
             para('This print shows the current episode. Targets which are not met when evaluated at a review should not be '
                  'repeated, but broken down further.', PS), Spacer(1, 4)]
        s.append(grid([['PART A - Child and education details']], [W], head=True, head_fill=colors.HexColor('#C9D7EA')))
        s.append(grid([['Surname', v['sur'], 'Forename', v['fore'], 'Person ID', v['pid']],
                       ['Date of birth', v['dob'], 'NC Year', v['ncy'], 'Legal status', 'C2 Full Care Order'],
                       ['School', v['school'], 'Date of PEP meeting (this episode)', v['meet'], 'Previous PEP meeting', v['prev_meet']],
                       ['Next review', v['nxt'], 'Designated Teacher', 'Mrs F. Sadiq' if n == 1 else 'Mr L. Oduya', 'VS Caseworker', 'Gail Strickland']],
                      [30 * mm, 55 * mm, 45 * mm, 45 * mm, 35 * mm, 57 * mm]))
        s.append(Spacer(1, 6))
        s.append(grid([['PART B - Attendance, progress and attainment']], [W], head=True, head_fill=colors.HexColor('#C9D7EA')))
        s.append(grid([['Measure', *v['terms']], *[list(r) for r in v['att']]], [60 * mm, 69 * mm, 69 * mm, 69 * mm], head=True))
        s.append(Spacer(1, 3))
        s.append(grid([['Subject', 'Current progress (this term)', 'Last statutory / end of year result'], *[list(r) for r in v['prog']]],
                      [60 * mm, 103 * mm, 104 * mm], head=True))
        s.append(PageBreak())
        s.append(grid([['PART C - Views']], [W], head=True, head_fill=colors.HexColor('#C9D7EA')))
        s.append(grid([['Child / young person\'s views', 'Carer\'s views', 'School\'s views'],
                       [' '.join(v['child']), v['carer'], v['teacher']]], [89 * mm] * 3, head=True))
        s.append(Spacer(1, 6))
        s.append(grid([['PART D - Targets and Pupil Premium Plus']], [W], head=True, head_fill=colors.HexColor('#C9D7EA')))
        s.append(para('D0. Evaluation of targets from the previous PEP', PB))
        s.append(grid([['Previous target', 'Evaluation'], *[list(p) for p in v['prev']]], [190 * mm, 77 * mm], head=True))
        s.append(Spacer(1, 3))
        s.append(para('New targets agreed at this meeting', PB))
        for t in v['targets']:
            s.append(para(t))
        s.append(Spacer(1, 4))
        rows = [['PP+ spend', 'Supports target', 'Amount']]
        for dd, c, t in v['pp']:
            rows.append([dd, f'D{t}' if t else '(general)', f'£{c:,.2f}'])
        rows.append(['Total PP+ requested', '', f'£{v["req"]:,.2f}'])
        s.append(grid(rows, [170 * mm, 47 * mm, 50 * mm], head=True))
        s.append(Spacer(1, 6))
        s.append(para('Step history', PB))
        s.append(grid([['Step', 'Worker', 'Started', 'Finalised'],
                       ['PEP - Parts A & C (Social Worker)', 'Kiran Doyle', v['started'], v['started']],
                       ['PEP - Parts B & D (Designated Teacher)', 'Mrs F. Sadiq' if n == 1 else 'Mr L. Oduya', v['meet'], v['finalised']],
                       ['Virtual School QA (RAG Ratings) / Feedback Form', 'Gail Strickland', v['finalised'], '']],
                      [100 * mm, 60 * mm, 53 * mm, 54 * mm], head=True))
        doc.build(s, onFirstPage=hdr, onLaterPages=hdr)
        iso = lambda x: datetime.datetime.strptime(x, '%d/%m/%Y').date().isoformat() if x else None
        write_truth(out_dir, STEM, fname, dict(
            inspired_by='real-forms.md entries 21, 28',
            quirks=['SURNAME, Forename in separate cells; full name only in the running header', 'terms as columns (latest first) for attendance',
                    "child, carer and school views side by side", 'prose targets numbered D1., D2. and PP+ linked by D-number',
                    'completion = finalised date of the DT step in a step history'],
            child_name=f'{v["fore"]} {v["sur"].title()}', child_first_name=v['fore'], school=v['school'], year_group=v['yg'],
            meeting_date=iso(v['meet']), completed_date=iso(v['finalised']), attendance_percent=v['attval'],
            pupil_voice=v['child'], targets=[{'text': t.split('. ', 1)[1], 'area': a} for t, a in zip(v['targets'], v['areas'])],
            english_target=True, maths_target=(n == 1),
            pp_spend=[{'description': dd, 'cost': c, 'target': t} for dd, c, t in v['pp']], pp_requested=v['req']))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
