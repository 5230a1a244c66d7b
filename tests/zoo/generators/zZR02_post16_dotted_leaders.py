"""zZR02: Post 16 PEP with dotted-leader header, NCY circle-one, attendees Invited/Present (entry 8 style). PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZR import *
from reportlab.platypus import NextPageTemplate, PageTemplate, Frame, BaseDocTemplate

STEM = 'zZR02-post16-dotted-leaders'
INSP = 'real-forms.md entries 8, 20'
QUIRKS = ['dotted-leader header labels with inline values', 'NCY printed as 11 / 12 / 13 / 14 with the chosen one in brackets',
          '"Student" and "College or Provider" wording', 'landscape page for action plan and funding',
          'SMART spelled with Assigned', 'completion date sits in the sign-off line at the end, PEP Date at the top']
L = '\u2026' * 3

DATA = {
 1: dict(fn='Tyler', sn='Marsh-Okonjo', ncy=12, college='Wrenfield College of Further Education', course='Level 2 Diploma in Motor Vehicle Maintenance',
         pepdate='22/09/2026', meet='2026-09-22', done='2026-09-29', done_s='29/09/2026', att='88.0',
         voice=['I actually like coming in on Wednesdays because we are in the workshop all day.',
                'Maths resit is stressing me out, I failed it twice.',
                'I want to get an apprenticeship at a garage by next summer.'],
         targets=[('Tyler will attend every GCSE English resit lesson and complete 2 practice papers by 4 December 2026', 'English'),
                  ('Tyler will achieve a pass in Functional Skills Maths Level 1 mock exam by 11 December 2026', 'Maths'),
                  ('Tyler will send 3 apprenticeship applications with support from the careers adviser before February half-term', 'Careers')],
         pp=[('Maths tutor, 10 x 1 hour sessions in college', '350.00', 2), ('English revision workbook and exam pack', '24.99', 1),
             ('Travel pass top-up to attend work placement', '120.00', 3)], total='494.99'),
 2: dict(fn='Amara', sn='Lindqvist', ncy=13, college='Brockhurst Sixth Form Centre', course='A levels: Psychology, Sociology, English Language',
         pepdate='13/10/2026', meet='2026-10-13', done=None, done_s='', att='',
         voice=['Sixth form is better than I thought it would be.', 'I need help with my UCAS statement.'],
         targets=[('Amara will complete a first draft of her UCAS personal statement by 6 November 2026', 'Careers'),
                  ('Amara will improve her English Language NEA grade from C to B by the spring review', 'English')],
         pp=[('UCAS application fee', '28.50', None), ('Laptop for coursework', '399.00', 2)], total='427.50'),
}


def build(out_dir):
    st = styles()
    for n, d in DATA.items():
        path = os.path.join(out_dir, f'{STEM}-{n}.pdf')
        def foot(c, doc):
            c.saveState(); c.setFont('Helvetica', 7)
            c.drawString(30, 15, 'Post 16 PEP v3.2  |  Virtual School for Children in Care  |  OFFICIAL-SENSITIVE  |  page %d' % doc.page)
            c.restoreState()
        doc = BaseDocTemplate(path, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36)
        pw, ph = A4
        doc.addPageTemplates([PageTemplate('P', [Frame(36, 36, pw - 72, ph - 72)], onPage=foot),
                              PageTemplate('L', [Frame(36, 36, ph - 72, pw - 72)], onPage=foot, pagesize=landscape(A4))])
        ncy = ' / '.join(f'[{v}]' if v == d['ncy'] else str(v) for v in (11, 12, 13, 14))
        s = [Paragraph('Post 16 PEP', st['h1']),
             Paragraph('Personal Education Plan for Students aged 16-18 in care or leaving care', st['b']), Spacer(1, 8)]
        for line in [f'PEP form completed by{L}Mr G Farrow (Designated Tutor){L} Email{L}g.farrow@wrenfield.example.ac.uk' if n == 1 else
                     f'PEP form completed by{L}Ms T Adeyemi{L} Email{L}t.adeyemi@brockhurst.example.sch.uk',
                     f'PEP Date{L}{d["pepdate"]}', f'Student name{L}{d["fn"]} {d["sn"]}',
                     f'NCY: {ncy} (circle one)', f'College or Provider{L}{d["college"]}', f'Study course & level{L}{d["course"]}',
                     f'Date of last PEP{L}{"12/06/2026" if n == 1 else "30/06/2026"}']:
            s.append(Paragraph(line, st['b'])); s.append(Spacer(1, 3))
        s.append(Paragraph('People invited', st['h2']))
        s.append(ptable([['Role', 'Name', 'Telephone', 'Email', 'Invited', 'Present'],
                         ['Student', f'{d["fn"]} {d["sn"]}', '', '', TICK, TICK],
                         ['Designated Tutor', 'Mr G Farrow' if n == 1 else 'Ms T Adeyemi', '01632 960412', 'see above', TICK, TICK],
                         ['Personal Adviser', 'Ms L Quarrie', '01632 960977', 'l.quarrie@example.gov.uk', TICK, TICK if n == 1 else BOX],
                         ['Post 16 Learning Advocate', 'Mr S Dhillon', '01632 960300', 's.dhillon@example.gov.uk', TICK, TICK]],
                        [80, 90, 65, 140, 50, 50], st))
        s.append(Paragraph('Checklist before the meeting', st['h2']))
        for item, ok in [('Current attendance data has been entered', n == 1), ('Current attainment data has been entered', True),
                         ('Completed pupil voice sheet if they do not wish to attend the meeting', False),
                         ('Previous PEP is at hand to discuss progress', True), ('The exams permission/data sharing slip has been signed', n == 1)]:
            s.append(Paragraph(f'{TICK if ok else BOX}  {item}', st['b']))
        s.append(Spacer(1, 4))
        s.append(Paragraph('Is there any reason why the student cannot participate fully in this meeting? No Yes \u2014 If yes, please explain why and what support was provided to increase their participation?', st['b']))
        s.append(Paragraph('Answer: No', st['b']))
        s.append(Paragraph('Care information', st['h2']))
        s.append(ptable([['Address where student currently resides:', 'Supported lodgings, Fenwick Road area' if n == 1 else 'Foster placement (staying put)'],
                         ['Name and address of person with PR/emergency contact:', 'Local authority (via Personal Adviser)'],
                         ['Who will liaise with the provider on a day to day basis?', 'Personal Adviser']], [230, 290], st, head=False))
        s.append(Paragraph('Attendance', st['h2']))
        s.append(ptable([['Attendance: Factors affecting progress', 'Detail (including dates etc)'],
                         ['Attendance', f'{d["att"]}% since start of term (college register)' if d['att'] else ''],
                         ['Punctuality', 'Late on 3 occasions, bus delays' if n == 1 else ''],
                         ['Health', 'None noted']], [200, 320], st))
        s.append(Paragraph("Student's View page", st['h2']))
        s.append(Paragraph('In your own words: how is college going, what do you need help with, what are your plans?', st['small']))
        s.append(ptable([[' '.join(d['voice'])]], [520], st, head=False))
        s.append(Paragraph("Personal Adviser's view", st['h2']))
        s.append(ptable([['Making good progress, needs encouragement with maths.' if n == 1 else 'Amara is motivated and organised.']], [520], st, head=False))
        s.append(NextPageTemplate('L')); s.append(PageBreak())
        s.append(Paragraph('Review of previous targets (from last PEP)', st['h2']))
        s.append(ptable([['Previous target', 'Progress'], ['Enrol on a Level 2 course for September', 'Achieved'],
                         ['Open a bank account', 'Partially']], [500, 200], st))
        s.append(Paragraph('Action plan \u2014 targets for this term', st['h2']))
        s.append(Paragraph('Targets must be SMART: Specific, Measurable, Assigned - to specific responsible professionals, Realistic, Time constrained. Around three targets.', st['small']))
        rows = [['No.', 'Target', 'Area', 'Assigned to', 'Review date']]
        for i, (t, a) in enumerate(d['targets'], 1):
            rows.append([str(i), t, a, 'Student / Designated Tutor', 'next PEP'])
        s.append(ptable(rows, [30, 420, 80, 130, 90], st))
        s.append(Paragraph('Post 16 PP+ / Bursary request', st['h2']))
        rows = [['Intended use of funding', 'Target no.', 'Intended impact', 'Cost']]
        for x, c, tg in d['pp']:
            rows.append([x, str(tg) if tg else 'n/a', 'Supports progress towards target' if tg else 'General support', f'\u00a3{c}'])
        rows.append(['Total amount requested', '', '', f'\u00a3{d["total"]}'])
        s.append(ptable(rows, [330, 60, 240, 90], st))
        s.append(Spacer(1, 10))
        s.append(Paragraph(f'Signed (Designated Tutor){L}{"G Farrow" if n == 1 else ""}{L} Date PEP completed{L}{d["done_s"]}', st['b']))
        s.append(Paragraph(f'Next PEP due{L}{"February 2027" if n == 1 else "March 2027"}', st['b']))
        doc.build(s)
        write_truth(out_dir, STEM, 'pdf', INSP, QUIRKS + (['-2: attendance detail blank, no maths target, PP+ line not linked, no completion date or signature'] if n == 2 else []), n=n,
                    child_name=f'{d["fn"]} {d["sn"]}', child_first_name=d['fn'], school=d['college'], year_group=d['ncy'],
                    meeting_date=d['meet'], completed_date=d['done'], attendance_percent=float(d['att']) if d['att'] else None,
                    pupil_voice=d['voice'], targets=[{'text': t, 'area': a} for t, a in d['targets']],
                    english_target=True, maths_target=any(a == 'Maths' for _, a in d['targets']),
                    pp_spend=[{'description': x, 'cost': float(c), 'target': tg} for x, c, tg in d['pp']],
                    pp_requested=float(d['total']))


if __name__ == '__main__':
    os.makedirs(sys.argv[1], exist_ok=True); build(sys.argv[1])
