"""zX01: Looked After Call style 'Export Active PEP' print-out (PDF), cycle-identified, with status history."""
from _common_X import *

LAYOUT = 'zX01-lac-status-export'
INSP = 'real-forms.md entries 2, 26'


def data(n):
    d = dict(name='Kieran Ashworth', first='Kieran', school='Saltmarsh Community Academy', yg=9,
             meeting='2026-10-07', completed='2026-10-16', att=93.4,
             voice=['I like science now because Mr Obi lets us do the experiments ourselves.',
                    'I still find maths hard when there are lots of word problems.',
                    'I want to be a paramedic like my auntie.'],
             targets=[('Kieran will use the bar model to solve two-step word problems correctly in 4 out of 5 questions by 11/12/2026', 'Maths'),
                      ('Kieran will write a 300-word analytical paragraph on Of Mice and Men using PEE, checked by his English teacher by 18/12/2026', 'English'),
                      ('Kieran will attend the Tuesday lunchtime STEM club for 8 out of 10 weeks to build friendships', 'Social/emotional')],
             pp=[('Maths tutoring (Third Space style), 10 x 1 hour sessions', 400.0, 1),
                 ('Copies of set texts and revision guide for English', 35.0, 2),
                 ('STEM club kit contribution', 50.0, 3)],
             status='Complete')
    if n == 2:
        d.update(voice=[], completed=None, status='Ready to submit to Virtual School', att=None,
                 pp=[('Maths tutoring (Third Space style), 10 x 1 hour sessions', 400.0, 1),
                     ('Laptop for homework', 300.0, None), ('STEM club kit contribution', 50.0, 3)])
    return d


def make(out, n):
    d = data(n)
    fname = f'{LAYOUT}-{n}.pdf'
    s = []
    s.append(P('Looked After Call  >  PEP  >  Export Active PEP', SMALL))
    s.append(P('Personal Education Plan', H1))
    s.append(ptable([
        ['Pupil\'s name', d['name'], 'PEP cycle', 'Autumn 2026/27'],
        ['PEP status', d['status'], 'Other PEPs on record', 'Summer 2025/26 (Complete); Spring 2025/26 (Complete)'],
        ['Key Stage', 'KS3', 'RAG', 'Amber' if n == 2 else 'Green'],
    ], widths=[3.2 * 28.35, 5 * 28.35, 3.6 * 28.35, 5.6 * 28.35], header=False))
    s.append(Spacer(1, 6))
    s.append(P('Mandatory fields are marked * (shown with a red background on screen). Section completion: Personal Information 100% | Care Information 100% | Education 100% | Health and Emotional Wellbeing ' + ('100%' if n == 1 else '75%'), SMALL))
    s.append(P('Personal Information', H2))
    s.append(ptable([
        ['Field', 'Value'],
        ['Legal forename *', d['first']], ['Legal surname *', 'Ashworth'], ['Date of birth *', '03/02/2012'],
        ['NC Year *', 'Y9'], ['UPN', 'H823400117026'], ['Current school *', d['school']],
        ['Trust / authority responsible', 'Harrowfield Council (Children\'s Services)'],
    ], widths=[6 * 28.35, 11 * 28.35]))
    s.append(P('Care Information', H2))
    s.append(ptable([
        ['Field', 'Value'],
        ['Legal status', 'S31 Full Care Order'], ['Placement type', 'Foster care (kinship)'],
        ['Core Network Around the Child', 'Aunt (carer) Lorraine Ashworth; SW Deepa Malhotra; DT Mr G. Fennick; VS officer Ruth Sallow'],
    ], widths=[6 * 28.35, 11 * 28.35]))
    s.append(P('Meeting', H2))
    s.append(ptable([['Meeting held', 'Venue', 'Chair'],
                     ['07/10/2026 (autumn cycle)', 'School - Learning Support base', 'Designated Teacher']],
                    widths=[5 * 28.35, 7 * 28.35, 5 * 28.35]))
    s.append(P('Education', H2))
    if d['att'] is not None:
        s.append(ptable([['Attendance (this academic year)', 'Sessions possible', 'Authorised absence', 'Unauthorised absence'],
                         [f"{d['att']}%", '46', '2', '1']], widths=[5.5 * 28.35, 3.5 * 28.35, 4 * 28.35, 4 * 28.35]))
    else:
        s.append(ptable([['Attendance (this academic year)', 'Sessions possible', 'Authorised absence', 'Unauthorised absence'],
                         ['', '', '', '']], widths=[5.5 * 28.35, 3.5 * 28.35, 4 * 28.35, 4 * 28.35]))
    s.append(Spacer(1, 4))
    s.append(P('Targets (SMART) *', H3))
    rows = [['No.', 'Target', 'Area', 'By whom']]
    for i, (t, a) in enumerate(d['targets'], 1):
        rows.append([str(i), t, a, 'Subject teacher / DT'])
    s.append(ptable(rows, widths=[1 * 28.35, 10.5 * 28.35, 2.8 * 28.35, 2.7 * 28.35]))
    s.append(P('Health and Emotional Wellbeing', H2))
    s.append(P('SDQ score (carer): 14 (close to average). No CAMHS involvement at present.'))
    s.append(P('Pupil voice *', H3))
    if d['voice']:
        s.append(ptable([['Prompt', "Pupil's words"],
                         ['What is going well?', d['voice'][0]], ['What is hard?', d['voice'][1]],
                         ['What do you want to do when you are older?', d['voice'][2]]],
                        widths=[5 * 28.35, 12 * 28.35]))
    else:
        s.append(ptable([['Prompt', "Pupil's words"], ['What is going well?', ''], ['What is hard?', ''],
                         ['What do you want to do when you are older?', '']], widths=[5 * 28.35, 12 * 28.35]))
    s.append(P('Pupil Premium Plus request', H2))
    rows = [['Intended use of the funding', 'Cost (GBP)', 'Linked target']]
    for desc, c, tg in d['pp']:
        rows.append([desc, f'{c:.2f}', f'Target {tg}' if tg else ''])
    total = sum(c for _, c, _ in d['pp'])
    rows.append(['Total requested', f'{total:.2f}', ''])
    s.append(ptable(rows, widths=[10 * 28.35, 3 * 28.35, 4 * 28.35]))
    s.append(P('PEP status history', H2))
    hist = [['Status', 'Description', 'Designated Teacher', 'LA (Super) user', 'Social Worker'],
            ['Not started', 'PEP created for Autumn 2026/27 cycle', '21/09/2026', '', 'read-only'],
            ['In progress', 'DT editing', '01/10/2026', '', 'read-only'],
            ['Ready to submit to Virtual School', 'DT marked ready', '14/10/2026', '', 'read-only']]
    if n == 1:
        hist += [['Submitted', 'Sent to VS', '15/10/2026', '', 'read-only'],
                 ['Complete', 'QA passed by VS officer', '', '16/10/2026', 'read-only']]
    s.append(ptable(hist, widths=[4 * 28.35, 4.6 * 28.35, 3 * 28.35, 3 * 28.35, 2.4 * 28.35], style=SMALL))
    s.append(P('PEP is read-only for social workers regardless of the PEP status.', SMALL))
    build_pdf(os.path.join(out, fname), s, header='LOOKED AFTER CALL - exported ' + ('16/10/2026 16:42' if n == 1 else '14/10/2026 09:10') + ' - OFFICIAL-SENSITIVE',
              footer='Export Active PEP | ' + d['name'] + ' | page {page}')
    quirks = ['platform export; meeting identified by PEP cycle "Autumn 2026/27" plus a held date',
              'completion date only in the status-history table (Complete row, LA user column)',
              '"Other PEPs on record" lists earlier cycles', 'mandatory asterisks and section completion line',
              'name split into legal forename / surname fields; full name in header and footer']
    if n == 2:
        quirks.append('-2 gaps: status stops at "Ready to submit" (no completion), empty pupil-voice cells, blank attendance, laptop PP+ line not linked to a target')
    write_truth(out, LAYOUT, fname, INSP, quirks, dict(
        child_name=d['name'], child_first_name=d['first'], school=d['school'], year_group=d['yg'],
        meeting_date=d['meeting'], completed_date=d['completed'], attendance_percent=d['att'],
        pupil_voice=d['voice'], targets=[{'text': t, 'area': a} for t, a in d['targets']],
        english_target=True, maths_target=True,
        pp_spend=[{'description': x, 'cost': c, 'target': tg} for x, c, tg in d['pp']], pp_requested=total))


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == '__main__':
    main(build)
