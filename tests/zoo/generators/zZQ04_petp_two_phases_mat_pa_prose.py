"""zZQ04: Post 16 PETP (Word) holding Phase 1 and Phase 2 meetings in one document (read Phase 2);
dotted-leader student details; Student's View page; prose targets in the attached MAT PA Action Plan."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZQ import *

STEM = 'zZQ04-petp-two-phases-mat-pa-prose'
INSP = 'real-forms.md entries 25, 13, 19'
QUIRKS = ['post-16 PETP, also called Personal Progression Plan (PPP means the plan, not funding)',
          'two meetings in one document: Phase 1 and Phase 2 (read Phase 2, the latest)',
          'student details as dotted-leader lines ("Student name..........")',
          "Student's View page with three headed boxes",
          'new targets as numbered prose paragraphs inside the "MAT PA Action Plan"',
          'Phase 1 targets reviewed with a status history; funding from a Post 16 PEP fund, linked to target numbers',
          'progression review PEP date and Designated Tutor sign-off']

V = {
 1: dict(name='Ayesha Raine', first='Ayesha', dob='11/04/2010', college='Marlstone College of Further Education',
         course='Level 2 Diploma in Health and Social Care (full time)', p1='15/09/2026', p2='26/11/2026', done='30/11/2026',
         att1='88.0% (first 2 weeks)', att2='94.5% (year to date, college register)', att=94.5,
         views={'What is going well on my course': 'I love placement days at the nursery, I feel like I am actually good at something.',
                'What I am finding hard': 'Getting up for the 9am bus on Mondays. My English resit class is really big and I don\'t ask questions.',
                'What I want to do next': 'I want to go on to the Level 3 next year and maybe be a midwife.'},
         targets=[('English', 'By the February 2027 mock, Ayesha will attend every GCSE English resit lesson and hand in one practice Paper 1 answer each fortnight to her tutor for marking, aiming for a grade 4.'),
                  ('Maths', 'Ayesha will complete the Functional Skills Maths Level 2 practice papers 1 to 4 in the learning centre on Thursday afternoons and pass the Level 2 exam in March 2027.'),
                  ('Progression', 'Ayesha will complete the online application for the Level 3 Extended Diploma in Health and Social Care, with her Designated Tutor, before 31 January 2027.')],
         fund=[('Bus pass top-up for Monday placement travel (autumn and spring)', '180.00', '3'),
               ('GCSE English revision guide and weekly small-group resit workshop', '220.00', '1'),
               ('Scientific calculator and Functional Skills practice book', '32.00', '2')],
         total='432.00'),
 2: dict(name='Conor Vasey', first='Conor', dob='28/08/2009', college='Redwick Sixth Form and Skills Centre',
         course='Level 3 BTEC Extended Diploma in IT (year 2)', p1='22/09/2026', p2='01/12/2026', done='03/12/2026',
         att1='', att2='', att=None,
         views={'What is going well on my course': '', 'What I am finding hard': '', 'What I want to do next': ''},
         targets=[('English', 'Conor will redraft his Unit 7 written report using his tutor\'s feedback and submit it by 15 January 2027, so that it meets the Distinction criteria for written communication.'),
                  ('Progression', 'Conor will research two apprenticeships in software development and attend one employer open evening before the Phase 3 meeting.')],
         fund=[('Laptop charger and repair', '65.00', ''),
               ('Travel to employer open evening', '24.00', '2')],
         total='89.00'),
}


def dotted(doc, label, value, width=46):
    dots = '.' * max(4, width - len(label))
    p = doc.add_paragraph()
    r = p.add_run(f'{label}{dots}'); r.font.size = Pt(10)
    r2 = p.add_run(f' {value}' if value else ''); r2.bold = True
    p.paragraph_format.space_after = Pt(2)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n, v in V.items():
        d = new_doc('Arial', 10)
        header_footer(d, 'Post 16 PETP  |  Post 16 Learning Advocates  |  Protect when complete',
                      f'PETP proforma v3.2 (Word)  -  reviewed 3 times a year  -  Ref P16/{n}0932')
        heading(d, 'Post 16 Personal Education and Training Plan (PETP)', 16, color='5B2C6F')
        para(d, 'Also known at Post 16 as a Personal Progression Plan (PPP). The MAT PA completes the PETP Form; the Designated '
                'Tutor signs it. Around three targets. A NEET PETP is chaired by the social worker.', italic=True, size=8.5)
        heading(d, 'Part 1  Student details', 12, color='5B2C6F')
        dotted(d, 'Student name', v['name'])
        dotted(d, 'Date of birth', v['dob'])
        dotted(d, 'NCY (circle one): 11 / 12 / 13 / 14', '(12)' if n == 1 else '(13)')
        dotted(d, 'College or Provider', v['college'])
        dotted(d, 'Study course & level', v['course'])
        dotted(d, 'Designated Tutor', 'Ms G. Harrow' if n == 1 else 'Mr I. Petrov')
        dotted(d, 'MAT PA', 'Mr O. Lennox' if n == 1 else 'Ms Y. Carr')
        dotted(d, 'Is the student NEET?', f'{BOX} Yes  {TICK} No')
        heading(d, 'PETP meetings this year', 12, color='5B2C6F')
        table(d, [['Meeting', 'Date', 'Held?'],
                  ['Phase 1 - start of course', v['p1'], TICK],
                  ['Phase 2 - autumn review', v['p2'], TICK],
                  ['Progression review PEP (late July / early August)', 'w/c 26/07/2027', BOX]],
              widths=[8, 5, 2], header_fill='E4DFEC')

        heading(d, 'PHASE 1 - start of course', 13, color='5B2C6F')
        table(d, [['Date of Phase 1 meeting', v['p1']], ['Attendance at Phase 1', v['att1']],
                  ['Present', 'Student, MAT PA, Designated Tutor, foster carer' if n == 1 else 'Student, MAT PA, Designated Tutor, SW']],
              widths=[6, 11], bold_first_col=True)
        para(d, 'Phase 1 targets (reviewed at Phase 2):', bold=True)
        if n == 1:
            ph1 = [['Phase 1 target', 'Status history'],
                   ['Ayesha will enrol on the GCSE English resit class and attend the first 4 weeks', 'Set 15/09/2026 - In progress 10/10/2026 - Achieved 26/11/2026'],
                   ['Ayesha will open a bank account for her bursary payments', 'Set 15/09/2026 - Achieved 26/11/2026'],
                   ['Ayesha will arrange her first nursery placement day', 'Set 15/09/2026 - Achieved 03/10/2026']]
        else:
            ph1 = [['Phase 1 target', 'Status history'],
                   ['Conor will catch up on the two Unit 5 assignments outstanding from year 1', 'Set 22/09/2026 - Partly achieved 01/12/2026 (one submitted)'],
                   ['Conor will meet the careers adviser', 'Set 22/09/2026 - Achieved 14/10/2026']]
        table(d, ph1, widths=[10, 7], header_fill='E4DFEC')

        d.add_page_break()
        heading(d, 'PHASE 2 - autumn review', 13, color='5B2C6F')
        table(d, [['Date of Phase 2 meeting', v['p2']], ['Attendance (year to date)', v['att2']],
                  ['Present', 'Ayesha, Mr O. Lennox (MAT PA), Ms G. Harrow (Designated Tutor), Mrs B. Oyelaran (foster carer), Mr T. Wilde (SW)' if n == 1
                   else 'Mr I. Petrov (Designated Tutor), Ms Y. Carr (MAT PA), Ms N. Akhtar (SW) - Conor did not attend']],
              widths=[6, 11], bold_first_col=True)
        heading(d, "Student's View page", 12, color='5B2C6F')
        para(d, 'To be filled in by the student, or written down word for word by the MAT PA.', italic=True, size=8.5)
        for k, val in v['views'].items():
            boxed(d, k, val, fill='FFFFFF')
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        boxed(d, "Designated Tutor's comments",
              'Ayesha is a reliable placement student; theory assignments are submitted late.' if n == 1 else
              'Conor is capable of Distinction grades but misses deadlines.', fill='F2F2F2')

        heading(d, 'MAT PA Action Plan (attached to the PETP)', 12, color='5B2C6F')
        para(d, 'Write around three targets as short paragraphs. Will this target be achieved in time for the next PEP meeting?',
             italic=True, size=8.5)
        for i, (area, t) in enumerate(v['targets'], 1):
            p = d.add_paragraph()
            r = p.add_run(f'{i}) {area}: '); r.bold = True
            p.add_run(t)
            q = d.add_paragraph()
            q.add_run(f'    Who helps: {"Designated Tutor and subject tutor" if area != "Progression" else "MAT PA and careers adviser"}.  '
                      f'Review at: Progression review PEP.').font.size = Pt(8.5)
        heading(d, 'Post 16 PEP fund request', 12, color='5B2C6F')
        fr = [['Item / support', 'Cost (\u00a3)', 'Linked to Action Plan target']]
        fr += [[a, b, c] for a, b, c in v['fund']]
        fr += [['Total requested', v['total'], '']]
        table(d, fr, widths=[10, 3, 4], header_fill='E4DFEC')
        heading(d, 'Sign-off', 12, color='5B2C6F')
        table(d, [['PETP Form completed by (MAT PA)', 'Mr O. Lennox' if n == 1 else 'Ms Y. Carr', 'Date completed', v['done']],
                  ['Designated Tutor', 'G. Harrow' if n == 1 else 'I. Petrov', 'Student signature', 'A. Raine' if n == 1 else 'not signed'],
                  ['Date of next meeting', 'Progression review PEP w/c 26/07/2027', '', '']],
              widths=[5, 5, 3.5, 3.5], bold_first_col=True)
        stem = f'{STEM}-{n}'
        d.save(os.path.join(out_dir, stem + '.docx'))
        iso = lambda x: f'{x[6:10]}-{x[3:5]}-{x[0:2]}' if x else None
        voice = [x for x in v['views'].values() if x]
        write_truth(out_dir, stem, 'docx', INSP, QUIRKS,
                    child_name=v['name'], child_first_name=v['first'], school=v['college'], year_group=12 if n == 1 else 13,
                    meeting_date=iso(v['p2']), completed_date=iso(v['done']), attendance_percent=v['att'],
                    pupil_voice=voice, targets=[{'text': t, 'area': a} for a, t in v['targets']],
                    english_target=any(a == 'English' for a, _ in v['targets']),
                    maths_target=any(a == 'Maths' for a, _ in v['targets']),
                    pp_spend=[{'description': a, 'cost': float(b), 'target': int(c) if c else None} for a, b, c in v['fund']],
                    pp_requested=float(v['total']))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
