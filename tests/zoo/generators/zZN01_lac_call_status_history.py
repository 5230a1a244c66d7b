"""zZN01: 'Looked After Call'-style export of the Active PEP (DOCX), with status history and PEP cycle."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZN import *

STEM = 'zZN01-lac-call-status-history'

V1 = dict(
    name='Kayden Morrow', fore='Kayden', sur='Morrow', dob='14/03/2015', ncy='6', ks='KS2', school='Larkhill Cross Primary School',
    cycle='Autumn 2026/27', others='Summer 2025/26 (Complete) · Spring 2025/26 (Complete) · Autumn 2025/26 (Complete)',
    meeting='13/10/2026', att='93.4', att_prev='88.1', excl='None this term (internal or external)',
    voice_prompt='What do you want the people at your PEP to know? (child\'s own words, typed by the DT)',
    voice=['I like it when Mrs Adebayo lets me help in the library at lunch.',
           'Times tables make my head go fuzzy but I am getting faster at my 6s.',
           'I want to go on the Year 6 residential with my friends.'],
    carer='Kayden has settled well with us since May and reads to our dog most evenings. (foster carer, Mrs P. Hale)',
    prev=[('Kayden will read a Year 5 chapter book to an adult three times a week.', 'Achieved'),
          ('Kayden will know 2, 5 and 10 times tables with instant recall.', 'Partially achieved - 2s and 10s secure'),
          ('Kayden will attend the lunchtime Lego club at least twice a week.', 'Achieved')],
    targets=[('Kayden will use paragraphs and fronted adverbials in three pieces of independent writing by December 2026.', 'English (writing)'),
             ('Kayden will recall the 3, 4, 6 and 8 times tables within 5 seconds on a weekly check by February half-term.', 'Maths'),
             ('Kayden will take part in two Year 6 transition visits to Ferngate Academy and tell his key adult one thing he is looking forward to.', 'Transition / wellbeing')],
    support=['Weekly writing conference with class teacher', 'TT Rockstars + 1:1 with TA 3x10 min', 'Key adult: Mrs Adebayo'],
    byw=['18/12/2026', '12/02/2027', '26/03/2027'],
    pp=[('Small-group writing intervention (Write Stuff) with HLTA, 2 x 30 min weekly for 10 weeks', 'Target 1', '420.00', 1),
        ('Maths tutor from Brightpath Tutoring, 1 hour weekly, 12 sessions', 'Target 2', '360.00', 2),
        ('Contribution to Year 6 residential (Hawkhill Outdoor Centre)', 'Target 3', '150.00', 3)],
    total='930.00',
    history=[('12/09/2026', 'Not started', 'System', ''), ('29/09/2026', 'In progress', 'R. Okafor (SW)', ''),
             ('16/10/2026', 'Ready to submit to Virtual School', 'L. Brennan (DT)', ''),
             ('19/10/2026', 'Submitted', 'L. Brennan (DT)', ''),
             ('22/10/2026', 'Review again', 'VS officer J. Tamsin', 'Reason: Target 2 support needs a frequency.'),
             ('27/10/2026', 'Submitted', 'L. Brennan (DT)', ''),
             ('03/11/2026', 'Complete', 'VS officer J. Tamsin', '')],
    dt_signed='27/10/2026', next_pep='Spring 2026/27 - meeting by 12/02/2027',
    truth=dict(child_name='Kayden Morrow', child_first_name='Kayden', school='Larkhill Cross Primary School', year_group=6,
               meeting_date='2026-10-13', completed_date='2026-10-27', attendance_percent=93.4),
)

V2 = dict(
    name='Tiana Ashworth-Bell', fore='Tiana', sur='Ashworth-Bell', dob='02/11/2011', ncy='9', ks='KS3', school='St Oswin\'s C of E Academy',
    cycle='Autumn 2026/27', others='Summer 2025/26 (Complete) · Spring 2025/26 (Review again - closed)',
    meeting='', att='', att_prev='79.6', excl='1 day internal (isolation), 24/09/2026',
    voice_prompt='What do you want the people at your PEP to know? (child\'s own words, typed by the DT)',
    voice=[],
    carer='Tiana is tired in the mornings; we are working on a phone curfew. (residential key worker, Bramble House)',
    prev=[('Tiana will complete 80% of English homework on Satchel One.', 'Not achieved - broken down further below'),
          ('Tiana will attend her Tuesday mentoring session.', 'Achieved')],
    targets=[('Tiana will hand in one English homework task each week, checked by her mentor on Thursdays, until the spring PEP.', 'English'),
             ('Tiana will use the Calm Room pass instead of leaving lessons, at least 4 weeks out of 6 this half-term.', 'SEMH / behaviour for learning'),
             ('Tiana will choose one after-school club (netball or art) and attend it for six weeks.', 'Enrichment')],
    support=['Mentor: Mr Fairclough', 'Pastoral lead + Calm Room staff', 'PE / Art departments'],
    byw=['Spring PEP', '18/12/2026', '12/02/2027'],
    pp=[('Weekly mentoring with Mr Fairclough (staff time)', 'Target 1', '380.00', 1),
        ('Calm Room resources and fidget kit', '', '45.00', None),
        ('Art club materials and trip to the Wearside Gallery', 'Target 3', '60.00', 3)],
    total='485.00',
    history=[('12/09/2026', 'Not started', 'System', ''), ('06/10/2026', 'In progress', 'D. Singh (SW)', ''),
             ('04/11/2026', 'In progress', 'C. Whitlow (DT)', 'Targets drafted; PP+ costs to be confirmed')],
    dt_signed='', next_pep='Spring 2026/27',
    truth=dict(child_name='Tiana Ashworth-Bell', child_first_name='Tiana', school="St Oswin's C of E Academy", year_group=9,
               meeting_date=None, completed_date=None, attendance_percent=None),
)


AREA = {'English (writing)': 'English', 'Transition / wellbeing': 'Wellbeing', 'SEMH / behaviour for learning': 'SEMH'}


def make(v, path):
    d = new_doc('Calibri', 10)
    header_footer(d, 'Looked After Call  |  PEP Actions > Export Active PEP  |  Marlow Ridge Virtual School',
                  'Fields identified by an asterisk (*) are mandatory.  LAC-ID 0047781  ·  Exported 05/11/2026 09:14  ·  PEP is read-only for social workers regardless of the PEP status')
    para(d, 'Personal Education Plan', bold=True, size=16, color='1F3864')
    t = table(d, [['Pupil\'s name', 'PEP cycle (e.g. summer, spring & academic year)', 'PEP status', 'Other PEPs on record'],
                  [v['name'], v['cycle'], v['history'][-1][1], v['others']]], header_fill='DDEBF7')
    para(d, 'Personal Information  (section 6 of 6 mandatory fields complete)', bold=True, size=12, color='1F3864')
    table(d, [['Legal forename *', v['fore']], ['Legal surname *', v['sur']], ['Date of birth *', v['dob']],
              ['National Curriculum Year (NCY) *', v['ncy']], ['Key Stage', v['ks']], ['Education setting *', v['school']],
              ['UPN', 'H8214' + v['dob'][-2:] + '03017A']], widths=[6, 11], bold_first_col=True)
    para(d, 'Care Information', bold=True, size=12, color='1F3864')
    table(d, [['Legal status', 'S31 Full Care Order'], ['Placement type', 'Foster care (in house)' if v is V1 else 'Residential children\'s home'],
              ['Social worker *', v['history'][1][2].split(' (')[0]], ['Date into care', '19/05/2025' if v is V1 else '03/02/2022']],
          widths=[6, 11], bold_first_col=True)
    para(d, 'Health and Emotional Wellbeing', bold=True, size=12, color='1F3864')
    table(d, [['SDQ score (latest)', '12' if v is V1 else '19'], ['Any health needs affecting learning?', 'Glasses for reading' if v is V1 else 'Poor sleep; GP review booked']],
          widths=[6, 11], bold_first_col=True)

    para(d, 'PEP Meeting', bold=True, size=12, color='1F3864')
    table(d, [['PEP meeting held on *', v['meeting']], ['Next PEP', v['next_pep']]], widths=[6, 11], bold_first_col=True)
    rows = [['Name', 'Role', 'Attended']]
    people = [('Child / young person', v['fore']), ('Designated Teacher', v['history'][2][2].split(' (')[0]),
              ('Social Worker', v['history'][1][2].split(' (')[0]), ('Carer', 'Mrs P. Hale' if v is V1 else 'K. Obi (key worker)'),
              ('VS officer', 'J. Tamsin')]
    for i, (role, nm) in enumerate(people):
        att = TICK if (v is V1 or i != 4) else BOX
        rows.append([nm, role, att + ' Yes   ' + (BOX if att == TICK else TICK) + ' No'])
    table(d, rows, header_fill='DDEBF7')

    para(d, 'Attendance and Exclusions', bold=True, size=12, color='1F3864')
    table(d, [['Attendance this academic year (%) *', v['att']], ['Attendance last academic year (%)', v['att_prev']],
              ['Exclusions this term', v['excl']]], widths=[6, 11], bold_first_col=True)

    para(d, 'Views', bold=True, size=12, color='1F3864')
    vt = d.add_table(rows=2, cols=2); vt.style = 'Table Grid'
    cell_text(vt.cell(0, 0), 'Pupil voice *\n' + v['voice_prompt'], bold=True, fill='FFF2CC')
    cell_text(vt.cell(0, 1), 'Carer\'s views', bold=True, fill='FFF2CC')
    content_box(vt.cell(1, 0), '\n'.join(v['voice']))
    cell_text(vt.cell(1, 1), v['carer'])

    para(d, 'Progress and Attainment', bold=True, size=12, color='1F3864')
    table(d, [['Subject', 'Autumn 1 teacher assessment', 'End of year expectation'],
              ['Reading', 'Working towards' if v is V1 else '5-', 'Expected' if v is V1 else '6-'],
              ['Writing', 'Working towards' if v is V1 else '4+', 'Expected' if v is V1 else '5'],
              ['Maths', 'Expected' if v is V1 else '5', 'Expected' if v is V1 else '6-']], header_fill='E2EFDA')

    para(d, 'Review of targets from ' + v['others'].split(' (')[0] + ' PEP', bold=True, size=12, color='1F3864')
    table(d, [['Previous target', 'Outcome']] + [list(p) for p in v['prev']], header_fill='E2EFDA')

    para(d, 'New targets (SMART)', bold=True, size=12, color='1F3864')
    para(d, 'Targets are shown across the page: read each column from top to bottom.', italic=True, size=8)
    n = len(v['targets'])
    rows = [[''] + [f'Target {i+1}' for i in range(n)],
            ['What will be achieved *'] + [t[0] for t in v['targets']],
            ['Curriculum area'] + [t[1] for t in v['targets']],
            ['Who will support'] + v['support'],
            ['Review by'] + v['byw']]
    table(d, rows, header_fill='DDEBF7', bold_first_col=True, size=9)

    para(d, 'Pupil Premium Plus (PP+) request', bold=True, size=12, color='1F3864')
    rows = [['Intervention / use of funding', 'Linked to', 'Cost (£)']] + [[p[0], p[1], p[2]] for p in v['pp']]
    rows.append(['Total requested this term', '', v['total']])
    table(d, rows, header_fill='DDEBF7')

    para(d, 'Designated Teacher declaration', bold=True, size=12, color='1F3864')
    table(d, [[(TICK if v['dt_signed'] else BOX) + ' I confirm the PEP is ready to submit to Virtual School', ''],
              ['Designated Teacher', v['history'][2][2].split(' (')[0]], ['Date signed by Designated Teacher', v['dt_signed']]],
          widths=[9, 8])

    para(d, 'Status history', bold=True, size=12, color='1F3864')
    table(d, [['Date', 'Status', 'Changed by', 'Reason (compulsory when rejecting)']] + [list(h) for h in v['history']], header_fill='EDEDED', size=9)

    para(d, 'Status guide', bold=True, size=10)
    table(d, [['Status', 'Description', 'Designated Teacher', 'LA (Super) user', 'Social Worker'],
              ['Not started', 'PEP created for the cycle', 'Edit', 'Edit', 'Read-only'],
              ['In progress', 'Sections being completed', 'Edit', 'Edit', 'Read-only'],
              ['Ready to submit to Virtual School', 'DT has finished the school sections', 'Edit', 'Edit', 'Read-only'],
              ['Submitted', 'Awaiting VS quality check', 'Read-only', 'Edit', 'Read-only'],
              ['Complete', 'Quality checked by VS', 'Read-only', 'Edit', 'Read-only'],
              ['Review again', '(formerly "Rejected") returned to DT with a reason', 'Edit', 'Edit', 'Read-only']],
          header_fill='EDEDED', size=8)
    d.save(path)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for k, v in ((1, V1), (2, V2)):
        stem = f'{STEM}-{k}'
        make(v, os.path.join(out_dir, stem + '.docx'))
        quirks = ['meeting identified by PEP cycle in the summary header; date in a separate field',
                  'status history table with a "Review again" return; VS "Complete" date is later than the DT sign-off (truth = DT sign-off date)',
                  'targets table transposed (one column per target)', 'forename/surname in separate mandatory fields plus full name in summary',
                  'carer views beside pupil voice', 'status guide table as distractor']
        if k == 2:
            quirks += ['no meeting date (only the cycle)', 'attendance blank (last year given)', 'pupil voice content box empty (placeholder text)',
                       'no maths target', 'one PP+ line not linked to a target', 'not yet signed off by DT']
        write_truth(out_dir, stem, 'docx', inspired_by='real-forms.md entry 2', quirks=quirks,
                    **v['truth'],
                    pupil_voice=v['voice'],
                    targets=[{'text': t[0], 'area': AREA.get(t[1], t[1])} for t in v['targets']],
                    english_target=True, maths_target=(k == 1),
                    pp_spend=[{'description': p[0], 'cost': float(p[2]), 'target': p[3]} for p in v['pp']],
                    pp_requested=float(v['total']))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
