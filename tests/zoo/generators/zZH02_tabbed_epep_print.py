"""zZH02: printout of a tabbed ePEP; tab colour says who owns it; blue banners; QA tab; DT completion button (PDF)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZH import *

STEM = 'zZH02-tabbed-epep-print'
BLUE, RED, GREEN, BLACK, NAVY = (colors.HexColor('#1F4E9A'), colors.HexColor('#B22222'), colors.HexColor('#2E7D32'),
                                 colors.black, colors.HexColor('#3A6FC4'))

DATA = {
 1: dict(name='Tyler-James Hedworth', first='Tyler-James', dob='02-Jul-2013', upn='H839201456023', scid='SC-44718',
         ncy='Year 9', yg=9, school='Lindisfarne View Academy', phase='SSA', meet='13-Oct-2026', prevmeet='05-May-2026',
         nxt='16-Feb-2027', qa='14-May-2026 (Green)', att='93.8', auth='2', unauth='4', excl='0',
         voice=['Science is the best lesson because we do experiments.',
                'I find it hard to concentrate after dinner.',
                'I would like to be a mechanic like my uncle.'],
         sw_view='Tyler-James has a stable placement and has started boxing on Tuesdays.',
         prev=[('Improve reading age by 6 months (Accelerated Reader)', 'Achieved'),
               ('Complete algebra homework weekly', 'Not achieved - broken down into target 2')],
         targets=[('Tyler-James will write a PEEL paragraph analysing a poem, scoring 6/8 on the department rubric, by 12 Feb 2027', 'English'),
                  ('Tyler-James will solve two-step linear equations with 80% accuracy in his end-of-unit test', 'Maths'),
                  ('Tyler-James will attend the Year 9 options evening and choose a vocational taster session', 'Careers')],
         pp=[('Literacy tutor (small group), 10 weeks', 350.0, 1), ('Maths booster with HLTA, Tuesday period 6', 220.0, 2),
             ('Taster day transport to Tynevale College', 35.0, 3)],
         req=605.0, done=True, done_date='21-Oct-2026', dt='Ms Clare Ridley'),
 2: dict(name='Amelia Rowntree', first='Amelia', dob='29-Jan-2016', upn='H839201777104', scid='SC-51203',
         ncy='Year 6', yg=6, school='Saltwell Brook Primary', phase='SSA', meet='24-Nov-2026', prevmeet='10-Jun-2026',
         nxt='', qa='12-Jun-2026 (Amber)', att='', auth='', unauth='', excl='',
         voice=['I like drawing and my friend Maisie.', 'SATs make my tummy hurt.'],
         sw_view='Amelia is anxious about secondary transfer; a visit to Heworth Park is being arranged.',
         prev=[('Learn the Year 5/6 spelling list words beginning with a-m', 'Partially achieved')],
         targets=[('Amelia will use inverted commas correctly in three pieces of writing by the Spring PEP', 'English'),
                  ('Amelia will visit her secondary school twice with her carer before Easter', 'Transition')],
         pp=[('Art therapy sessions x 6', 300.0, None), ('Transition workbook and visits with TA', 80.0, 2)],
         req=None, done=False, done_date='', dt='Mr Neil Armstrong-Bell'),
}


def footer(c, doc):
    c.saveState(); c.setFont('Helvetica', 6.5)
    c.drawString(15 * mm, 8 * mm, 'Printed from ePEP  |  Child ID ' + doc._zh + '  |  OFFICIAL-SENSITIVE')
    c.drawRightString(195 * mm, 8 * mm, 'Page %d' % doc.page)
    c.restoreState()


def build(out_dir):
    for n, v in DATA.items():
        fname = f'{STEM}-{n}.pdf'
        doc = SimpleDocTemplate(os.path.join(out_dir, fname), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                topMargin=14 * mm, bottomMargin=16 * mm)
        doc._zh = v['scid']
        s = []
        s.append(para('ePEP - Statutory School Age (' + v['phase'] + ')  -  Print all tabs', ParagraphStyle('t', parent=PB, fontSize=13, leading=16)))
        s.append(para(f'Home: RAG rating of previous PEP / date of previous QA: {v["qa"]}', PS))
        s.append(para('Tab key: BLUE = Social Worker   RED = Designated Teacher/Lead   GREEN = Child / Young Person   BLACK = Virtual School QA', PS))
        s.append(Spacer(1, 4))
        s.append(banner('TAB 1  General and personal  [BLUE - completed by Social Worker]', BLUE))
        s.append(banner('Essential pupil information', NAVY))
        s.append(grid([['Name', v['name'], 'DOB.', v['dob']], ['Gender', 'M' if n == 1 else 'F', 'Ethnicity and language', 'White British / English'],
                       ['UPN', v['upn'], 'Social Care ID', v['scid']]], [30 * mm, 60 * mm, 35 * mm, 55 * mm]))
        s.append(banner('Care information', NAVY))
        s.append(grid([['Placement details', 'Foster placement (in-house)', 'Care status', 'S31 Full Care Order'],
                       ['Date into care', '11-Mar-2021', 'Number of placements', '2']], [30 * mm, 60 * mm, 35 * mm, 55 * mm]))
        s.append(banner('Strengths and difficulties questionnaire', NAVY))
        s.append(grid([['SDQ score', '15' if n == 1 else '19', 'Date', '02-Sep-2026'],
                       ['If score is over 17, strategies:', '' if n == 1 else 'Calm box and check-in with ELSA each morning.', '', '']],
                      [30 * mm, 60 * mm, 35 * mm, 55 * mm]))
        s.append(para('Social worker comments: ' + v['sw_view']))
        s.append(Spacer(1, 5))
        s.append(banner('TAB 2  Education provision or setting information  [RED - Designated Teacher/Lead]', RED))
        s.append(grid([['Setting name', v['school']], ['National Curriculum Year', v['ncy']],
                       ['Designated Teacher', v['dt']], ['Date of this PEP meeting', v['meet']],
                       ['Date of previous PEP meeting', v['prevmeet']], ['Next PEP meeting', v['nxt']]],
                      [60 * mm, 120 * mm], first_col_fill=colors.HexColor('#F3DADA')))
        s.append(banner('Attendance (standard data table)', NAVY))
        s.append(grid([['Academic year', 'Attendance %', 'Authorised absence (sessions)', 'Unauthorised absence (sessions)', 'Exclusions'],
                       ['2026/27 to date', v['att'], v['auth'], v['unauth'], v['excl']],
                       ['2025/26 (whole year)', '89.1' if n == 1 else '97.2', '', '', '']],
                      [36 * mm] * 5, head=True))
        s.append(Spacer(1, 5))
        s.append(banner('TAB 3  My views  [GREEN - Child / Young Person, with DT]', GREEN))
        s.append(grid([['Free text: what would you like to tell the meeting about school?'], [' '.join(v['voice'])]],
                      [180 * mm], head=True))
        s.append(banner('Review of previous targets', NAVY))
        s.append(grid([['Previous target', 'Outcome (drop down)'], *[list(p) for p in v['prev']]], [130 * mm, 50 * mm], head=True))
        s.append(para('Targets which are not met should not be repeated but broken down further.', PS))
        s.append(banner('New SMART targets', NAVY))
        s.append(grid([['#', 'Target', 'Subject (drop down)', 'Review by'],
                       *[[str(i), t, a, 'next PEP'] for i, (t, a) in enumerate(v['targets'], 1)]],
                      [10 * mm, 120 * mm, 28 * mm, 22 * mm], head=True))
        if n == 1:
            s.append(banner('TAB 4  KS3 to KS4 transition', RED))
            s.append(grid([['Options being considered', 'Engineering, Geography, Art'], ['Careers interview booked?', 'Yes - 09-Jan-2027']],
                          [60 * mm, 120 * mm]))
        s.append(banner('Pupil Premium Plus request', NAVY))
        rows = [['Intervention', 'Linked target #', 'Cost (£)']]
        for d_, c_, t_ in v['pp']:
            rows.append([d_, str(t_) if t_ else '-', f'{c_:.2f}'])
        rows.append(['Total PP+ requested this term', '', f'{v["req"]:.2f}' if v['req'] else ''])
        s.append(grid(rows, [120 * mm, 30 * mm, 30 * mm], head=True))
        s.append(Spacer(1, 5))
        s.append(grid([['DT: Click when Completed', ('[X] Completed ' + v['done_date'] + ' by ' + v['dt']) if v['done'] else '[ ] Not yet completed']],
                      [60 * mm, 120 * mm], first_col_fill=colors.HexColor('#F3DADA')))
        s.append(Spacer(1, 5))
        s.append(banner('Quality Assurance Tab  [BLACK - Virtual School]', BLACK))
        s.append(grid([['QA RAG', 'Feedback', 'QA date'],
                       ['Green' if n == 1 else 'Red', 'Targets are SMART and PP+ costed.' if n == 1 else
                        'Red feedback will need to be fully completed before the virtual school can sign off: attendance tab blank.',
                        '26-Oct-2026' if n == 1 else '']], [25 * mm, 125 * mm, 30 * mm], head=True))
        doc.build(s, onFirstPage=footer, onLaterPages=footer)
        iso = lambda x: __import__('datetime').datetime.strptime(x, '%d-%b-%Y').date().isoformat() if x else None
        write_truth(out_dir, STEM, fname, dict(
            inspired_by='real-forms.md entries 1, 28',
            quirks=['tabs colour-coded by owner, blue banner headings', 'data in a standard data table with last year as distractor',
                    "completion only as the 'DT: Click when Completed' button state", 'QA tab with RAG after sign-off',
                    'SDQ and care information before the education content'],
            child_name=v['name'], child_first_name=v['first'], school=v['school'], year_group=v['yg'],
            meeting_date=iso(v['meet']), completed_date=iso(v['done_date']),
            attendance_percent=float(v['att']) if v['att'] else None, pupil_voice=v['voice'],
            targets=[{'text': t, 'area': a} for t, a in v['targets']],
            english_target=True, maths_target=(n == 1),
            pp_spend=[{'description': d_, 'cost': c_, 'target': t_} for d_, c_, t_ in v['pp']],
            pp_requested=v['req']))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
