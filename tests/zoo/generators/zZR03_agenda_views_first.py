"""zZR03: agenda sheet then a sectioned PEP with the child's views first and a carer section (entry 14 style). DOCX."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZR import *

STEM = 'zZR03-agenda-views-first'
INSP = 'real-forms.md entries 14, 26'
QUIRKS = ['agenda sheet on page 1 whose item numbers do not match section numbers', 'child views are Sections 1 and 2, first in the PEP',
          'carer has own Section 3 with views that are not the child\'s', 'highlighted rows mark who must be invited',
          'targets lettered A/B/C and PP+ lines link by letter', 'two attendance figures (last year and this year)',
          '"My name is" sentence label in Section 1']

DATA = {
 1: dict(fn='Ruby', sn='Castellano', yr='Year 4', yg=4, school='Thistlebank Primary School', meet='2026-10-20', meet_s='20th October 2026',
         done='2026-10-23', done_s='23/10/2026', att_last='91.3', att='97.2',
         s1=[('My name is', 'Ruby Castellano and I am 8.'), ('The best thing about school is', 'Playtime with Maisie and doing PE.'),
             ('I find it hard when', 'We have to do long writing and my hand hurts.')],
         s2=[('What I need help with', 'I need help with my spellings and knowing the clock.'), ('When I grow up I want to', 'be a vet.')],
         targets=[('Ruby will spell 15 of the Year 3/4 statutory words correctly in a dictation by 11 December 2026', 'English'),
                  ('Ruby will tell the time to 5 minutes on an analogue clock by February half-term', 'Maths'),
                  ('Ruby will use her calm box in class when she feels upset, at least once a week', 'Emotional health')],
         pp=[('Nessy spelling programme, 3 x 15 minutes a week with TA', '180.00', 1), ('Small-group maths (time) intervention, 10 weeks', '260.00', 2),
             ('Lego therapy group', '150.00', 3)], total='590.00'),
 2: dict(fn='Oscar', sn='Nwachukwu-Bell', yr='Year 1', yg=1, school='Greyfriars Infant and Nursery School', meet='2026-11-10', meet_s='10th November 2026',
         done=None, done_s='', att_last='', att='95.0',
         s1=[('My name is', ''), ('The best thing about school is', ''), ('I find it hard when', '')],
         s2=[('What I need help with', ''), ('When I grow up I want to', '')],
         targets=[('Oscar will blend and read CVC words in his phonics book with 90% accuracy by the spring PEP', 'English'),
                  ('Oscar will take turns in a small-group game with one adult prompt by Christmas', 'Social')],
         pp=[('Daily Read Write Inc catch-up with TA', '340.00', 1), ('Forest school sessions, autumn 2', '120.00', None)], total='460.00'),
}
L = 'ABCDEFG'


def build(out_dir):
    for n, d in DATA.items():
        doc = new_doc('PERSONAL EDUCATION PLAN \u2013 CONFIDENTIAL', 'Trust ref CIC/' + ('40318' if n == 1 else '40992') + '   Please return within 10 working days')
        doc.add_heading('PEP Meeting Agenda', 1)
        dtable(doc, [['Agenda Items', 'Person responsible'],
                     ['1 Introductions', 'Chair'],
                     ['2 Section 1 and 2: This section must be completed prior to the meeting. Go through child/young persons views and if present and applicable ask him/her to expand on any points', 'Child/young person or nominee'],
                     ['3 Section 3: Carer\'s views and home learning', 'Carer'],
                     ['4 Section 4: to be completed by the SW. Essential Pupil information \u2013 legal situation, parental responsibility, who can sign forms for school trips both one day and residential, Strengths and difficulties questionnaire', 'Social Worker'],
                     ['5 Section 5 and 6: Attainment, attendance and the targets', 'Designated Teacher'],
                     ['6 Any other business and date of next meeting', 'Chair']])
        doc.add_paragraph('When to hold a PEP: when the child becomes looked after; changes placement; the start of a new academic year; After 6 months (review form used); underperforming or extreme behaviour.').runs[0].italic = True
        doc.add_page_break()
        doc.add_heading('Personal Education Plan', 0)
        t = dtable(doc, [['Invite (highlighted = must attend)', 'Name', 'Attended'], ['Child', f'{d["fn"]} {d["sn"]}', TICK],
                         ['Designated Teacher', 'Mrs H Pryce' if n == 1 else 'Mr D Gallagher', TICK], ['Social Worker', 'Ms C Ibekwe', TICK],
                         ['Carer', 'Mr & Mrs Tolland', TICK if n == 1 else BOX], ['Virtual School teacher', 'Mr N Saxby', BOX]])
        for r in (1, 2, 3):
            for c in t.rows[r].cells: shade(c, 'FFF2CC')
        doc.add_paragraph()
        dtable(doc, [['School', d['school']], ['Class / year', d['yr']], ['Date of meeting', d['meet_s']],
                     ['Date of birth', '07/05/2018' if n == 1 else '19/01/2021'], ['Date of last PEP', '16/06/2026' if n == 1 else '02/07/2026']], header=False)
        doc.add_heading('Section 1: About me', 1)
        doc.add_paragraph('To be completed by the child before the meeting, with an adult writing for them if needed.').runs[0].italic = True
        dtable(doc, [[a, b] for a, b in d['s1']], header=False)
        doc.add_heading('Section 2: My views about school', 1)
        dtable(doc, [[a, b] for a, b in d['s2']], header=False)
        doc.add_heading('Section 3: Carer', 1)
        dtable(doc, [['Carer\'s views', 'Reads with us most nights. Loves animals.' if n == 1 else 'Oscar is tired after school; we read every night.'],
                     ['Home learning support', 'Spellings practised at breakfast' if n == 1 else 'Phonics flashcards']], header=False)
        doc.add_heading('Section 4: Essential Pupil information (Social Worker)', 1)
        dtable(doc, [['Legal situation', 'Interim Care Order' if n == 2 else 'Care Order (S31)'], ['Parental responsibility', 'Trust and mother'],
                     ['Who can sign forms for school trips (one day / residential)', 'Carer / Social Worker'],
                     ['Strengths and difficulties questionnaire score', '14' if n == 1 else 'due']], header=False)
        doc.add_heading('Section 5: Learn and achieve', 1)
        dtable(doc, [['Attendance last academic year', d['att_last'] + '%' if d['att_last'] else ''],
                     ['Attendance this academic year to date', d['att'] + '%'], ['Exclusions', 'None']], header=False)
        doc.add_paragraph()
        dtable(doc, [['', 'Reading', 'Writing', 'Maths'], ['Last term', 'WTS', 'WTS', 'EXS'], ['Now', 'EXS', 'WTS', 'EXS']])
        doc.add_paragraph('Review of targets set at last PEP: ' + ('all three met except handwriting (carried into spelling target).' if n == 1 else 'settling-in target met.'))
        doc.add_heading('Section 6: What we agreed (new targets)', 1)
        for i, (tx, a) in enumerate(d['targets']):
            p = doc.add_paragraph(); r = p.add_run(f'Target {L[i]} ({a}): '); r.bold = True; p.add_run(tx + '.')
        doc.add_heading('Pupil Premium Plus', 2)
        rows = [['What the money will pay for', 'Target it supports', 'Cost']]
        for x, c, tg in d['pp']:
            rows.append([x, L[tg - 1] if tg else '', f'\u00a3{c}'])
        rows.append(['Total requested', '', f'\u00a3{d["total"]}'])
        dtable(doc, rows)
        doc.add_paragraph()
        dtable(doc, [['Designated Teacher signature', 'H Pryce' if n == 1 else ''], ['Date completed', d['done_s']],
                     ['Next PEP meeting', 'w/c 8 February 2027']], header=False)
        doc.save(os.path.join(out_dir, f'{STEM}-{n}.docx'))
        voice = [b for _, b in d['s1'] + d['s2'] if b]
        write_truth(out_dir, STEM, 'docx', INSP, QUIRKS + (['-2: Sections 1 and 2 printed but empty, no maths target, a PP+ line unlinked, no completion date or signature'] if n == 2 else []), n=n,
                    child_name=f'{d["fn"]} {d["sn"]}', child_first_name=d['fn'], school=d['school'], year_group=d['yg'],
                    meeting_date=d['meet'], completed_date=d['done'], attendance_percent=float(d['att']),
                    pupil_voice=voice, targets=[{'text': t, 'area': a} for t, a in d['targets']],
                    english_target=True, maths_target=any(a == 'Maths' for _, a in d['targets']),
                    pp_spend=[{'description': x, 'cost': float(c), 'target': tg} for x, c, tg in d['pp']],
                    pp_requested=float(d['total']))


if __name__ == '__main__':
    os.makedirs(sys.argv[1], exist_ok=True); build(sys.argv[1])
