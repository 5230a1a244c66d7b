"""zZQ02: 2009-style PEP (PDF) with mixed numbering 1.) 2.) Section 3 4.) and targets in Section D
on a landscape page; code lists printed in full; circled key stage results."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZQ import *

STEM = 'zZQ02-guidance2009-mixed-numbering-section-d'
INSP = 'real-forms.md entries 13, 18'
QUIRKS = ['mixed numbering styles: "1.)Personal Details", "2.)School Details", "Section 3", "4.)End of Key Stage Attainments", "Section D"',
          'code lists printed in full with [X] ticks (ethnic background, national identity)',
          '"NOT in education" tick box and "Person to contact" if DT is not completing',
          'key stage results circled (shown in brackets) and GCSE Pred grades',
          'targets on a landscape Section D page, after a review of last PEP targets',
          'PP+ spend with a target-number column; surname before forename']

V = {
 1: dict(sur='Thackeray', fore='Ellis', dob='19/05/2012', gender='Male', school='Hallowmere Academy', year='10',
         meet='06/10/2026', done='15/10/2026', next='February 2027 (spring review)', att='91.2',
         voice=["I want to do construction at college, my uncle does bricklaying and I've helped him.",
                "Science is alright when we do practicals but I switch off when it's just copying.",
                "I'd like someone to check in with me on Mondays because weekends are hard."],
         targets=[('Ellis will improve his English Language Paper 2 writing from grade 3 to a secure grade 4 by using a paragraph plan in every timed response by the February 2027 mocks', 'English'),
                  ('Ellis will complete 3 NumberTrail maths homework tasks each week with at least 80% accuracy, to move his predicted maths grade from 4 to 5', 'Maths'),
                  ('Ellis will attend a college taster day in construction and write down two questions to ask the tutor before the day', 'Careers'),
                  ('Ellis will meet his mentor every Monday morning and use the 1-10 check-in scale', 'Wellbeing')],
         pp=[('1:1 English tuition with specialist tutor, 10 weeks x 1 hour', '450.00', '1'),
             ('NumberTrail online maths licence and after-school maths club places', '120.00', '2'),
             ('Transport and cover for construction taster day at Kelwater College', '65.00', '3'),
             ('Learning mentor time, 20 minutes weekly', '260.00', '4')],
         total='895.00'),
 2: dict(sur='Marriott', fore='Poppy-Jean', dob='30/01/2013', gender='Female', school='St Aldric\'s C of E High School', year='9',
         meet='17/11/2026', done='', next='', att='84.0',
         voice=[],
         targets=[('Poppy-Jean will read one class novel chapter at home each week and complete the reading log with her carer, aiming for 10 chapters by Easter', 'English'),
                  ('Poppy-Jean will use the calm-room pass no more than twice a week and return to the lesson within 10 minutes', 'Wellbeing')],
         pp=[('Reading log rewards and class novel copies for home', '35.00', '1'),
             ('Drama club fees (autumn and spring)', '90.00', ''),
             ('ELSA sessions, 6 weeks', '180.00', '2')],
         total='305.00'),
}


def tick(b):
    return '[X]' if b else '[ ]'


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n, v in V.items():
        stem = f'{STEM}-{n}'
        path = os.path.join(out_dir, stem + '.pdf')

        def deco(c, d):
            c.saveState(); c.setFont('Helvetica', 7)
            w, h = c._pagesize
            c.drawString(1.5 * cm, h - 1.0 * cm, 'PERSONAL EDUCATION PLAN  -  RESTRICTED WHEN COMPLETE')
            c.drawRightString(w - 1.5 * cm, h - 1.0 * cm, f'Ref: PEP09/{n}4471')
            c.drawString(1.5 * cm, 0.8 * cm, 'Guidance: see "Guidance notes for Personal Education Plans". Copies to: DT, SW, carer, Virtual School.')
            c.drawRightString(w - 1.5 * cm, 0.8 * cm, f'Page {d.page}')
            c.restoreState()
        doc = BaseDocTemplate(path, pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.6 * cm, bottomMargin=1.4 * cm)
        pw, ph = A4
        doc.addPageTemplates([
            PageTemplate('p', [Frame(1.5 * cm, 1.4 * cm, pw - 3 * cm, ph - 3 * cm)], onPage=deco, pagesize=A4),
            PageTemplate('l', [Frame(1.5 * cm, 1.4 * cm, ph - 3 * cm, pw - 3 * cm)], onPage=deco, pagesize=landscape(A4))])
        W = pw - 3 * cm
        s = [Paragraph('Personal Education Plan (PEP)', H1),
             Paragraph('Please remember to include the date the PEP is completed.', SMALL), Spacer(1, 6),
             Paragraph('1.)Personal Details', H2),
             ptable([['Surname', v['sur'], 'Forename(s)', v['fore']],
                     ['Date of Birth', v['dob'], 'Gender', v['gender']],
                     ['Placement type', 'Foster care (LA)' if n == 1 else 'Independent fostering agency', 'Date into care', '03/2019' if n == 1 else '07/2024']],
                    [3 * cm, 5.5 * cm, 3 * cm, W - 11.5 * cm], header=False, first_col_fill='#eeeeee')]
        eth = ['White', 'Mixed', 'Asian or Asian British', 'Black or Black British', 'Other', 'Not given']
        nat = ['Welsh', 'English', 'Scottish', 'Irish', 'British', 'Other', 'Not given']
        es = 'White' if n == 1 else 'Mixed'
        ns = 'English' if n == 1 else 'British'
        s += [Spacer(1, 4),
              Paragraph('Ethnic Background: ' + ' / '.join(f'{tick(e == es)} {e}' for e in eth), P),
              Paragraph('National Identity: ' + ' / '.join(f'{tick(e == ns)} {e}' for e in nat), P),
              Paragraph(f'{tick(False)} Please ensure the box is ticked if a child is NOT in education.', P),
              Paragraph('2.)School Details', H2),
              ptable([['School', v['school']], ['Year group (NCY)', v['year']],
                      ['Designated Teacher', 'Mr A. Oduya' if n == 1 else 'Mrs K. Selwood'],
                      ['Person to contact: - If designated teacher is not completing the form.', '' if n == 1 else 'Miss R. Chandy, Head of Year 9'],
                      ['SEN status', 'SEN Support (literacy)' if n == 1 else 'None']],
                     [6 * cm, W - 6 * cm], header=False, first_col_fill='#eeeeee'),
              Paragraph('Section 3', H2),
              Paragraph('Attendance, exclusions and the young person\'s views', PB),
              ptable([['% attendance this academic year', v['att']],
                      ['Fixed-term exclusions this year (days)', '0' if n == 1 else '1.5'],
                      ['Date of this PEP meeting', v['meet']]],
                     [6 * cm, W - 6 * cm], header=False, first_col_fill='#eeeeee'),
              Spacer(1, 6),
              Paragraph('Young person\'s views (write down what they say, in their words)', PB),
              ptable([[' '.join(v['voice']) if v['voice'] else '\n\n\n']], [W], header=False),
              Spacer(1, 4),
              Paragraph('Carer\'s views', PB),
              ptable([['Ellis is more settled this year. He needs reminding about homework but is keen on college.' if n == 1 else
                       'Poppy-Jean is finding Year 9 difficult with friendships. She enjoys drama.']], [W], header=False),
              Paragraph('4.)End of Key Stage Attainments', H2),
              Paragraph('Please circle results (circled results shown in brackets).', SMALL),
              ptable([['Key Stage', 'English / Reading', 'Writing', 'Maths'],
                      ['KS1', 'WTS  (EXS)  GDS', 'WTS  (EXS)  GDS', 'WTS  (EXS)  GDS'],
                      ['KS2 (scaled)', '(101)', '(WTS)  EXS  GDS', '(98)']],
                     [3 * cm, (W - 3 * cm) / 3, (W - 3 * cm) / 3, (W - 3 * cm) / 3]),
              Spacer(1, 4),
              Paragraph('GCSE/Entry Level: Pred = Predicted. Actual grades are not included in the table because the Pathway Plan replaces the PEP', SMALL),
              ptable([['Subject', 'English Lang', 'Maths', 'Science (comb.)', 'Geography', 'Construction (BTEC)'],
                      ['Pred', '4', '4', '4-4', '3', 'Merit'] if n == 1 else ['Pred', '5', '3', '4-3', '-', '-']],
                     [3 * cm] + [(W - 3 * cm) / 5] * 5),
              NextPageTemplate('l'), PageBreak()]
        LW = ph - 3 * cm
        if n == 1:
            prev = [['Last PEP target (Section D, June 2026)', 'Outcome', 'Comment'],
                    ['Ellis will hand in English homework on time for 6 weeks', 'Partly met', '4 of 6 weeks'],
                    ['Ellis will choose his GCSE options with careers adviser', 'Met', 'Options confirmed'],
                    ['Ellis will reduce late marks to fewer than 3 per half-term', 'Not met', 'Break it down: alarm + breakfast club']]
        else:
            prev = [['Last PEP target (Section D, July 2026)', 'Outcome', 'Comment'],
                    ['Poppy-Jean will join one extra-curricular club', 'Met', 'Drama club'],
                    ['Poppy-Jean will raise her maths test score to 60%', 'Not met', '48% - carried into class support']]
        tg = [['No.', 'Target (what will be achieved)', 'Subject / area', 'Action - by whom', 'How we will know', 'Review']]
        for i, (t, a) in enumerate(v['targets'], 1):
            tg.append([f'D{i}', t, a, 'Subject teacher / DT' if a in ('English', 'Maths') else 'Mentor / carer', 'Assessment data and DT check', 'Next PEP'])
        pp = [['Use of PP+ (Pupil Premium Plus)', 'Cost \u00a3', 'Links to target no.']]
        pp += [[a, b, f'D{c}' if c else ''] for a, b, c in v['pp']]
        pp += [['Total PP+ requested this term', v['total'], '']]
        s += [Paragraph('Section D', H2),
              Paragraph(f"Young person: {v['fore']} {v['sur']}    DOB: {v['dob']}    School: {v['school']}", SMALL),
              Paragraph('D(i) Review of targets set at the last PEP', PB),
              ptable(prev, [11 * cm, 3 * cm, LW - 14 * cm]), Spacer(1, 6),
              Paragraph('D(ii) Targets agreed at this PEP (number them D1, D2 ...)', PB),
              ptable(tg, [1.2 * cm, 9.5 * cm, 2.8 * cm, 4 * cm, 4.5 * cm, LW - 22 * cm]), Spacer(1, 6),
              Paragraph('D(iii) Pupil Premium Plus', PB),
              ptable(pp, [14 * cm, 3 * cm, LW - 17 * cm]), Spacer(1, 8),
              ptable([['Designated Teacher signature', 'A. Oduya' if n == 1 else '', 'Date PEP completed', v['done']],
                      ['Date of next PEP review', v['next'], 'Social worker', 'Ms F. Ingram' if n == 1 else 'Mr P. Lusk']],
                     [5 * cm, 7 * cm, 5 * cm, LW - 17 * cm], header=False, first_col_fill='#eeeeee')]
        doc.build(s)
        iso = lambda x: f'{x[6:10]}-{x[3:5]}-{x[0:2]}' if x else None
        write_truth(out_dir, stem, 'pdf', INSP, QUIRKS,
                    child_name=f"{v['fore']} {v['sur']}", child_first_name=v['fore'], school=v['school'],
                    year_group=int(v['year']), meeting_date=iso(v['meet']), completed_date=iso(v['done']),
                    attendance_percent=float(v['att']), pupil_voice=v['voice'],
                    targets=[{'text': t, 'area': a} for t, a in v['targets']],
                    english_target=any(a == 'English' for _, a in v['targets']),
                    maths_target=any(a == 'Maths' for _, a in v['targets']),
                    pp_spend=[{'description': a, 'cost': float(b), 'target': int(c) if c else None} for a, b, c in v['pp']],
                    pp_requested=float(v['total']))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
