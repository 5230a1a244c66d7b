"""zZC03: city ePEP print in landscape. PEP history strip (several cycles; this one is the latest), round robin
from subject teachers, record of discussion under the three signs-of-safety questions, SMART target grid with
a 'next PEP' check column, PP+ lines keyed to target numbers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZC import write_truth, pdf_styles, ptable, TICK, BOX
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

LAYOUT = 'zZC03-three-questions-landscape'
INSPIRED = 'real-forms.md entries 19, 31, 15'
QUIRKS = ['landscape pages throughout',
          'PEP history strip with older cycles and statuses (read the current one)',
          'round robin comments from Maths, English and Science teachers as distractors',
          'record of discussion under three questions; young person quoted in the first column',
          'SMART grid with a "Will this target be achieved in time for the next PEP meeting?" column',
          '"DT: Click when Completed" state with a date']

V = {
 1: dict(name='Jordan Okafor-Reilly', first='Jordan', school='Harrowgate Park Academy', ncy='9', yg=9,
         meet='05 Nov 2026', meet_iso='2026-11-05', cycle='Autumn 2026', done='12/11/2026', done_iso='2026-11-12',
         att='91.6', att_v=91.6, prev_att='88.0', next='Spring 2027 - due by 12 Mar 2027',
         hist=[['Autumn 2026', '05 Nov 2026', 'Current', 'Submitted'], ['Summer 2026', '18 Jun 2026', 'Previous', 'Complete'],
               ['Spring 2026', '10 Mar 2026', 'Archived', 'Complete']],
         rr=[['Maths', 'Mr K. Brannigan', '4-', 'Jordan works well in lessons when sat near the front; needs to show working.'],
             ['English', 'Ms A. Pemberton', '4', 'Strong ideas in reading; extended writing is rushed.'],
             ['Science', 'Dr L. Hussain', '3+', 'Practical work is good; revision of key words needed.']],
         voice=['I\'m doing better in English since I moved seats, I actually get the books now.',
                'I get stressed in maths tests because I freeze and go blank.',
                'I want to do the football leadership course after Christmas.'],
         worried='Jordan and school worry about maths test anxiety. Carer worried about late nights gaming before school.',
         needs='Structured revision for maths; a plan for extended writing; a route into football leadership.',
         working_extra='Attendance is improving since the summer. Jordan has a good relationship with his tutor.',
         targets=[('English', 'Jordan will plan each extended answer with a three-point plan before writing, and complete two timed PEE paragraphs per week in English, so that his next assessment reaches grade 4+.', 'Ms Pemberton / English TA', 'Feb 2027'),
                  ('Maths', 'Jordan will complete a weekly 15-minute Sparx revision task and a practice test under calm conditions with the maths mentor, bringing his test score to grade 4 by the spring assessment.', 'Mr Brannigan / maths mentor', 'Mar 2027'),
                  ('Personal development', 'Jordan will attend the Thursday football leadership sessions and lead one warm-up for Year 7 by the end of the spring term.', 'PE department', 'Apr 2027')],
         pp=[('Maths mentor small-group sessions, 10 weeks', '1 hr per week', '£300.00', '2'),
             ('English revision guides and a timed-writing workbook', 'one-off', '£24.98', '1'),
             ('Football leadership course (Level 1) fee and kit', 'one-off', '£185.00', '3')],
         total='£509.98', total_v=509.98, dt='Mrs S. Naylor'),
 2: dict(name='Aaliyah Bennison', first='Aaliyah', school='Irlam Brook High School', ncy='10', yg=10,
         meet='', meet_iso=None, cycle='Autumn 2026', done='20/11/2026', done_iso='2026-11-20',
         att='86.2', att_v=86.2, prev_att='90.4', next='Spring 2027',
         hist=[['Autumn 2026', '', 'Current', 'Submitted'], ['Summer 2026', '24 Jun 2026', 'Previous', 'Complete']],
         rr=[['Maths', 'Mrs D. Farrant', '5', 'Secure on algebra; misses homework.'],
             ['English', 'Mr P. Chaudhry', '5-', 'Good analysis; missed the last assessment through absence.'],
             ['Science', 'Mr G. Whitlow', '4', 'Combined science; needs to catch up on required practicals.']],
         voice=[],
         worried='Attendance has dropped this term. Aaliyah has missed two required practicals.',
         needs='Catch-up on science practicals; maths homework routine; support with mornings.',
         working_extra='Aaliyah did not attend the meeting and declined the pupil voice sheet. Reason recorded: did not want to miss PE.',
         targets=[('Maths', 'Aaliyah will hand in every maths homework on time for the next six weeks, using the Tuesday homework club to finish it.', 'Mrs Farrant', 'Jan 2027'),
                  ('Science', 'Aaliyah will complete the four missed required practicals in the Wednesday catch-up session by the end of January.', 'Mr Whitlow', 'Jan 2027'),
                  ('Wellbeing', 'Aaliyah will meet the school counsellor fortnightly and agree a morning routine with her carer to get to school by 8:40.', 'Pastoral lead / carer', 'Feb 2027')],
         pp=[('Science practical catch-up: technician and teacher time', '4 sessions', '£160.00', '2'),
             ('Bus pass top-up for the spring term', 'termly', '£96.00', '')],
         total='£256.00', total_v=256.0, dt='Mr R. Lowe'),
}


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n, v in V.items():
        st = pdf_styles()
        path = os.path.join(out_dir, f'{LAYOUT}-{n}.pdf')
        PW, PH = landscape(A4)

        def onpage(c, doc):
            c.saveState(); c.setFont('Helvetica', 7)
            c.drawString(12 * mm, PH - 8 * mm, 'Ashgrove City Virtual School  -  ePEP (Our Young People)  -  printed view')
            c.drawRightString(PW - 12 * mm, PH - 8 * mm, f'Record {n}-{5590 + n}  |  Cycle: {v["cycle"]}')
            c.drawString(12 * mm, 6 * mm, 'Please avoid going through the PEP as a form during the meeting. Led by the three questions.')
            c.drawRightString(PW - 12 * mm, 6 * mm, f'page {doc.page}')
            c.restoreState()
        doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=14 * mm, bottomMargin=12 * mm)
        W = PW - 24 * mm
        s = [Paragraph('Personal Education Plan - Statutory School Age', st['h1'])]
        s.append(ptable([['Young person', v['name'], 'School', v['school'], 'NCY', v['ncy']],
                         ['PEP cycle', v['cycle'], 'Date of meeting', v['meet'], 'Next PEP', v['next']]],
                        [28 * mm, 58 * mm, 30 * mm, 70 * mm, 22 * mm, W - 208 * mm], st, header=False))
        s.append(Spacer(1, 4))
        s.append(Paragraph('Other PEPs on record', st['bold']))
        s.append(ptable([['Cycle', 'Meeting date', 'Record', 'Status']] + v['hist'], [50 * mm, 50 * mm, 40 * mm, 50 * mm], st, fill='#EDEDED'))
        s.append(Spacer(1, 4))
        s.append(Paragraph('Attendance', st['bold']))
        s.append(ptable([['This academic year %', 'Last academic year %', 'Persistent absence?', 'Suspensions this year'],
                         [v['att'], v['prev_att'], 'No' if n == 1 else 'At risk', '0' if n == 1 else '1 day (Oct)']],
                        [60 * mm, 60 * mm, 50 * mm, 50 * mm], st))
        s.append(Spacer(1, 4))
        s.append(Paragraph('Round robin (returned before the meeting)', st['bold']))
        s.append(ptable([['Subject', 'Teacher', 'Working at', 'Comment']] + v['rr'], [30 * mm, 40 * mm, 25 * mm, W - 95 * mm], st))
        s.append(PageBreak())
        s.append(Paragraph('Record of discussion', st['h2']))
        s.append(Paragraph('1) What is working well?  2) What we are worried about?  3) What needs to happen?', st['i']))
        if v['voice']:
            ww = f'{v["first"]} said: "{v["voice"][0]}" ' + v['working_extra']
            wr = v['worried'] + f' {v["first"]}: "{v["voice"][1]}"'
            nd = v['needs'] + f' {v["first"]}: "{v["voice"][2]}"'
        else:
            ww, wr, nd = v['working_extra'], v['worried'], v['needs']
        s.append(ptable([['What is working well?', 'What we are worried about?', 'What needs to happen?'], [ww, wr, nd]],
                        [W / 3] * 3, st, fill='#E2EFDA', font=9))
        s.append(Spacer(1, 4))
        s.append(Paragraph('Pupil voice - in my own words', st['bold']))
        s.append(ptable([['How is school going for you?'] + ([v['voice'][0]] if v['voice'] else ['']),
                         ['What is hard at the moment?'] + ([v['voice'][1]] if v['voice'] else ['']),
                         ['What would you like to happen next?'] + ([v['voice'][2]] if v['voice'] else [''])],
                        [70 * mm, W - 70 * mm], st, header=False, label_col=True, fill='#FCE4D6'))
        s.append(PageBreak())
        s.append(Paragraph('SMART targets', st['h2']))
        rows = [['No.', 'Area', 'SMART target', 'Who will help', 'By when', 'Will this target be achieved in time for the next PEP meeting?']]
        for i, (a, t, who, when) in enumerate(v['targets'], 1):
            rows.append([str(i), a, t, who, when, TICK + ' Yes  ' + BOX + ' No'])
        s.append(ptable(rows, [12 * mm, 28 * mm, 120 * mm, 40 * mm, 22 * mm, W - 222 * mm], st))
        s.append(Spacer(1, 6))
        s.append(Paragraph('PP+ request', st['h2']))
        s.append(ptable([['Intervention / resource', 'Frequency', 'Cost', 'Linked to target no.']] + [list(r) for r in v['pp']] +
                        [['Total PP+ requested', '', v['total'], '']],
                        [130 * mm, 40 * mm, 40 * mm, W - 210 * mm], st))
        s.append(Spacer(1, 6))
        s.append(ptable([['DT: Click when Completed', TICK + ' Completed', 'Date', v['done'], 'Designated Teacher/Lead', v['dt']]],
                        [48 * mm, 30 * mm, 15 * mm, 30 * mm, 45 * mm, W - 168 * mm], st, header=False))
        doc.build(s, onFirstPage=onpage, onLaterPages=onpage)
        areas = [a for a, *_ in v['targets']]
        write_truth(out_dir, LAYOUT, n, 'pdf', INSPIRED, QUIRKS,
                    child_name=v['name'], child_first_name=v['first'], school=v['school'], year_group=v['yg'],
                    meeting_date=v['meet_iso'], completed_date=v['done_iso'], attendance_percent=v['att_v'],
                    pupil_voice=v['voice'], targets=[{'text': t, 'area': a} for a, t, *_ in v['targets']],
                    english_target='English' in areas, maths_target='Maths' in areas,
                    pp_spend=[{'description': r[0], 'cost': float(r[2].strip('£')), 'target': int(r[3]) if r[3] else None} for r in v['pp']],
                    pp_requested=v['total_v'])


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
