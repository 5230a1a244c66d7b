"""zZK04: Word termly PEP review with a Pupil Premium Plus (PPP) request, transposed so each term is a column;
three terms in one document, the latest on the right (real-forms entry 18, with the agenda habits of 14)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZK import *
from docx.enum.section import WD_ORIENT

STEM = 'zZK04-termly-columns-ppp'
INSP = 'real-forms.md entries 18, 14'
QUIRKS = ['transposed table: one column per term, three terms in one document (read the right-hand Autumn 2026 column)',
          'PPP abbreviation, re-submit previous PPP form tick box, backdating question',
          'targets and PPP lines as numbered lines inside one cell', 'landscape pages, header with system code',
          'carer and teacher views in rows next to the child\'s']

KIDS = {
 1: dict(name='Aaliyah Brookfield', first='Aaliyah', school='Beckside Academy', yr='Year 7', yg=7,
         dates=['10/03/2026', '18/06/2026', '01/10/2026'], meet='2026-10-01', att=['97.0%', '95.5%', '94.2%'], att_v=94.2,
         voice=['Primary is fine, I like Miss Carr.', 'I am nervous about big school because it is huge.',
                'My new school is okay but I get lost. I like food tech and netball.'],
         voice_t=['My new school is okay but I get lost.', 'I like food tech and netball.'],
         old_t=['T1: To read 4 times a week at home.  T2: To learn times tables to 12.', 'T1: To visit Beckside twice before September.'],
         targets=[('Aaliyah will read aloud a short passage from her class novel each week to her tutor and use the word-bank to explain two new words, by February half-term.', 'English'),
                  ('Aaliyah will solve two-step word problems involving the four operations with 8/10 correct on the end-of-unit test in December.', 'Maths'),
                  ('Aaliyah will use her planner to record homework for every lesson and show it to her carer each Friday.', 'Organisation')],
         ppp=[('Lexia reading programme licence (12 months)', 95.0, 1), ('Maths small-group catch-up, 2 x weekly for 12 weeks', 360.0, 2),
              ('Netball club and kit', 55.0, None)],
         total='510.00', dt_date='08/10/2026', done='2026-10-08', backdated='No'),
 2: dict(name='Jordan Pickavance', first='Jordan', school='St Bede\'s Catholic College', yr='Y8', yg=8,
         dates=['24/02/2026', '09/06/2026', '12/11/2026'], meet='2026-11-12', att=['88.1%', '90.3%', ''], att_v=None,
         voice=['I hate PE.', 'I want to do boxing.', ''], voice_t=[],
         old_t=['T1: Reading age up by 6 months.  T2: Attend 90%+.', 'T1: Homework club once a week.'],
         targets=[('Jordan will complete a spelling workbook page each week with his TA and spell 15 of 20 Year 8 key words correctly by the spring review.', 'English'),
                  ('Jordan will use a number line and calculator to work out percentages of amounts, completing the Sparx homework every week.', 'Maths'),
                  ('Jordan will try one after-school club this term and attend at least four times.', 'Enrichment')],
         ppp=[('TA spelling sessions 1 x 20 mins weekly', 120.0, 1), ('Sparx Maths tutoring add-on', 60.0, 2),
              ('Boxing club sessions at Harrow Lane Gym (10 weeks)', 80.0, None)],
         total='260.00', dt_date='', done=None, backdated='Yes - summer term 2026 PPP not claimed'),
}


def build_one(out_dir, n):
    k = KIDS[n]
    d = new_doc('Arial', 9)
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.header.paragraphs[0].text = f'Brackley Virtual School   |   PEP-T/PPP   |   Case ref: BVS-{7300 + n * 11}   |   OFFICIAL - SENSITIVE'
    s.footer.paragraphs[0].text = 'Send the completed form to the Virtual School PPP inbox by the end of each term. Printed copies are uncontrolled.'
    para(d, 'Termly PEP Review and Pupil Premium Plus (PPP) Request Form', bold=True, size=14)
    para(d, f'Child\'s name: {k["name"]}        School: {k["school"]}        Year: {k["yr"]}        DOB: ' +
         ('15/09/2014' if n == 1 else '02/02/2013'))
    para(d, 'Complete a new column each term. Do not delete earlier columns: the Virtual School reads the history. '
         'Agenda: 1 Introductions (Chair); 2 Child\'s views; 3 Carer; 4 Social worker update; 5 Progress, targets and PPP.', italic=True, size=8)
    terms = ['Spring 2026', 'Summer 2026', 'Autumn 2026']
    tg_cell = '  '.join(f'{i}. {t}' for i, (t, a) in enumerate(k['targets'], 1))
    ppp_cell = '  '.join(f'{d_} - £{c:.2f} (target {t if t else "-"})' for d_, c, t in k['ppp'])
    rows = [[''] + terms,
            ['Date of PEP meeting'] + k['dates'],
            ['Attendance % (year to date)'] + k['att'],
            ['In the child\'s own words'] + k['voice'],
            ['Carer\'s view', 'Settled, sleeping well.', 'Worried about transition.', 'Doing well; needs help with homework.' if n == 1 else 'Struggling with mornings.'],
            ['Teacher\'s view', 'Good progress in reading.', 'Ready for Year 7.' if n == 1 else 'Needs structure.', 'Friendly, disorganised.' if n == 1 else 'Capable, avoids written work.'],
            ['Targets set this term'] + k['old_t'] + [tg_cell],
            ['Previous targets met?', 'N/A (first PEP at this school)', f'T1 {TICK} met  T2 {BOX} met', f'T1 {TICK} met'],
            ['PPP: intended use of the funding (cost, target)', 'Reading books for home - £40.00 (target 1)', 'Transition visits with TA - £150.00 (target 1)', ppp_cell],
            ['Intended impact', 'Reads more at home', 'Smooth move to Year 7', 'Faster reading, fewer gaps in maths, settled in school' if n == 1 else 'Better spelling and confidence'],
            ['Total amount being requested (£)', '40.00', '150.00', k['total']],
            ['Re-submitting the previous PPP form?', f'{BOX} Yes {TICK} No', f'{BOX} Yes {TICK} No', f'{BOX} Yes {TICK} No'],
            ['Backdated pupil premium requested?', 'No', 'No', k['backdated']],
            ['Designated Teacher signed / date', 'R. Okonjo 13/03/2026', 'R. Okonjo 25/06/2026',
             f'R. Okonjo {k["dt_date"]}' if k['dt_date'] else '']]
    t = table(d, rows, widths=[4.5, 5.5, 5.5, 10.0], header=True)
    for r in t.rows:
        shade(r.cells[0], 'EDEDED')
    para(d, '')
    para(d, 'Next PEP: Spring 2027 (week beginning 22/02/2027).' if n == 1 else 'Next PEP: Spring 2027 - date to be confirmed.')
    d.save(os.path.join(out_dir, f'{STEM}-{n}.docx'))
    write_truth(out_dir, f'{STEM}-{n}', 'docx', INSP, QUIRKS,
                child_name=k['name'], child_first_name=k['first'], school=k['school'], year_group=k['yg'],
                meeting_date=k['meet'], completed_date=k['done'], attendance_percent=k['att_v'], pupil_voice=k['voice_t'],
                targets=[{'text': t, 'area': a} for t, a in k['targets']], english_target=True, maths_target=True,
                pp_spend=[{'description': d_, 'cost': c, 'target': t} for d_, c, t in k['ppp']],
                pp_requested=float(k['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
