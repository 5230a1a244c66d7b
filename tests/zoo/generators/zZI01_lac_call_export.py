"""zZI01 - 'Looked After Call' style web-platform export of an active PEP (PDF). Fictional data."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZI import *

LAYOUT = 'zZI01-lac-call-export'

V1 = dict(
    first='Maisie', last='Thornbury', dob='11/03/2016', ncy='6', school='Brackenfold Primary School',
    cycle='Autumn 2026/27', meeting='Wednesday 7 October 2026', status='Complete',
    history=[('In progress', '21/09/2026 09:12', 'PEP opened by social worker', '', '', 'R. Okafor'),
             ('Ready to submit to Virtual School', '09/10/2026 15:40', 'All mandatory fields complete', 'H. Lindqvist', '', ''),
             ('Submitted', '12/10/2026 08:55', 'Submitted to VS', 'H. Lindqvist', '', ''),
             ('Complete', '16/10/2026 11:20', 'QA passed', '', 'D. Marchetti', '')],
    completed='2026-10-16', att='96.4', voice=[
        'I like it when Mrs Lindqvist lets me be the book monitor.',
        'Fractions are hard but I can do halves and quarters now.',
        'I want to go to the residential at Hawksmoor Lodge with my class.'],
    targets=[('English', 'Maisie will use inverted commas correctly in a piece of independent writing every week until February half-term.'),
             ('Maths', 'Maisie will find equivalent fractions with denominators up to 12 with 8 out of 10 correct by the spring PEP.'),
             ('Wellbeing', 'Maisie will meet her ELSA every Tuesday and use her worry book to share one worry a week.')],
    pp=[('Small-group writing boost with class TA, 2 x 30 mins weekly', '420.00', '1'),
        ('Online small-group maths tuition, 10 sessions', '350.00', '2'),
        ('Contribution to Hawksmoor Lodge residential trip', '180.00', '3')],
    total='950.00', next_cycle='Spring 2026/27',
)
V2 = dict(
    first='Tyrese', last='Ndlovu-Barnes', dob='02/12/2013', ncy='8', school='Harrowgate Lane Academy',
    cycle='Autumn 2026/27', meeting=None, status='Review again',
    history=[('In progress', '02/10/2026 10:01', 'PEP opened by social worker', '', '', 'J. Pemberton'),
             ('Ready to submit to Virtual School', '23/10/2026 14:10', 'All mandatory fields complete', 'S. Achterberg', '', ''),
             ('Submitted', '23/10/2026 14:12', 'Submitted to VS', 'S. Achterberg', '', ''),
             ('Review again', '30/10/2026 09:30', 'Reason: no maths target and PP+ not linked to targets', '', 'D. Marchetti', '')],
    completed=None, att='88.9', voice=[],
    targets=[('English', 'Tyrese will read a class novel chapter each week and write a three-sentence summary in his reading journal.'),
             ('Science', 'Tyrese will complete and hand in all science homework on time for the rest of the autumn term.'),
             ('SEMH', 'Tyrese will use his time-out card instead of leaving the lesson without permission.')],
    pp=[('Laptop for home learning', '399.00', ''),
        ('Mentoring with the learning mentor, 1 hour weekly', '600.00', '3')],
    total='999.00', next_cycle='Spring 2026/27',
)


def story_for(v):
    s = []
    s.append(Paragraph('Looked After Call  |  PEP Module', PS))
    s.append(Paragraph('PEP Actions \u25b8 Export Active PEP', PS))
    s.append(Paragraph('Personal Education Plan', H1))
    name = f"{v['first']} {v['last']}"
    s.append(ptable([['Pupil\'s name', name, 'PEP cycle', v['cycle']],
                     ['PEP status', v['status'], 'Other PEPs on record', 'Summer 2025/26 (Complete)\nSpring 2025/26 (Complete)']],
                    [3.2 * cm, 5.5 * cm, 3.4 * cm, 5.9 * cm], header=False,
                    extra=[('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#E8EEF7')),
                           ('BACKGROUND', (2, 0), (2, -1), colors.HexColor('#E8EEF7'))]))
    s.append(Paragraph('Fields marked * are mandatory. Mandatory fields left empty show with a red background on screen.', PS))

    s.append(Paragraph('PEP status history', H2))
    rows = [['Status', 'Description', 'Designated Teacher', 'LA (Super) user', 'Social Worker']]
    for st, when, desc, dt, la, sw in v['history']:
        rows.append([st, f'{when}  {desc}', dt, la, sw])
    s.append(ptable(rows, [3.6 * cm, 6.0 * cm, 2.9 * cm, 2.8 * cm, 2.7 * cm], fill='#C9D6EA'))
    s.append(Paragraph('PEP is read-only for social workers regardless of the PEP status.', PS))

    s.append(Paragraph('Personal Information   (mandatory fields: 100%)', H2))
    s.append(ptable([['Legal forename*', v['first']], ['Legal surname*', v['last']], ['Date of birth*', v['dob']],
                     ['Gender', 'Female' if v['first'] == 'Maisie' else 'Male'], ['UPN', 'H81234' + v['dob'][-4:] + '0K'],
                     ['National Curriculum Year (NCY)*', v['ncy']], ['Key Stage', 'KS2' if v['ncy'] == '6' else 'KS3'],
                     ['Current school*', v['school']], ['School type', 'Community primary' if v['ncy'] == '6' else 'Academy (11-16)']],
                    [6 * cm, 12 * cm], header=False, extra=[('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#F2F2F2'))]))

    s.append(Paragraph('Care Information   (mandatory fields: 100%)', H2))
    s.append(ptable([['Legal status*', 'S31 Full Care Order'], ['Placement type*', 'Foster care (in-house)'],
                     ['Carer(s)', 'Mr and Mrs Ellery' if v['ncy'] == '6' else 'Ms P. Osei'],
                     ['Allocated social worker*', v['history'][0][5]], ['Date into care', '14/05/2022']],
                    [6 * cm, 12 * cm], header=False, extra=[('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#F2F2F2'))]))

    s.append(Paragraph('Health and Emotional Wellbeing', H2))
    s.append(ptable([['SDQ score (latest)', '14 (June 2026)'],
                     ['Emotional wellbeing - carer\'s view', 'Settled at home; still anxious before contact weekends.' if v['ncy'] == '6'
                      else 'Has been staying up late gaming; we have agreed a routine.'],
                     ['Emotional wellbeing - school\'s view', 'Generally calm, needs adult reassurance after break times.']],
                    [6 * cm, 12 * cm], header=False, extra=[('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#F2F2F2'))]))

    s.append(Paragraph('Meeting', H2))
    s.append(ptable([['PEP cycle*', v['cycle']], ['Date of meeting', v['meeting'] or ''],
                     ['Attendees', 'Designated Teacher; Social Worker; Foster carer; VS caseworker; ' + v['first']],
                     ['Next PEP cycle', v['next_cycle']]],
                    [6 * cm, 12 * cm], header=False, extra=[('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#F2F2F2'))]))

    s.append(Paragraph('Attendance and Exclusions   (mandatory fields: 100%)', H2))
    s.append(ptable([['Measure', 'Last academic year 2025/26', 'This academic year to date'],
                     ['Attendance %*', '93.1' if v['ncy'] == '6' else '91.7', v['att']],
                     ['Authorised absence sessions', '9', '3' if v['ncy'] == '6' else '6'],
                     ['Fixed term exclusions (days)', '0', '0' if v['ncy'] == '6' else '1']],
                    [6 * cm, 6 * cm, 6 * cm]))

    s.append(Paragraph('Pupil Voice', H2))
    s.append(Paragraph('What does the pupil want to tell us about school? Record the pupil\'s own words.', PS))
    vtxt = '\n'.join(v['voice'])
    s.append(ptable([[vtxt]], [18 * cm], header=False, extra=[('BOTTOMPADDING', (0, 0), (-1, -1), 30)]))

    s.append(Paragraph('Previous targets (Summer 2025/26)', H2))
    s.append(ptable([['Target', 'Outcome'],
                     ['Learn 6 and 7 times tables with instant recall.', 'Achieved'] if v['ncy'] == '6'
                     else ['Attend the homework club twice a week.', 'Partly achieved - went once a week'],
                     ['Join an after-school club.', 'Achieved - choir']],
                    [12 * cm, 6 * cm]))

    s.append(Paragraph('Targets (this cycle)', H2))
    rows = [['No.', 'Area', 'Target', 'Review by']]
    for i, (a, t) in enumerate(v['targets'], 1):
        rows.append([str(i), a, t, v['next_cycle']])
    s.append(ptable(rows, [1.2 * cm, 2.6 * cm, 11 * cm, 3.2 * cm]))

    s.append(Paragraph('Pupil Premium Plus (PP+) request', H2))
    rows = [['Intervention', 'Cost (\u00a3)', 'Linked target No.']]
    for d, c, t in v['pp']:
        rows.append([d, c, t])
    rows.append(['Total requested this cycle', v['total'], ''])
    s.append(ptable(rows, [12 * cm, 3 * cm, 3 * cm]))

    s.append(Paragraph('Sign off', H2))
    s.append(ptable([['Designated Teacher', v['history'][1][3]], ['PEP status', v['status']]],
                    [6 * cm, 12 * cm], header=False))
    return s


def truth_for(v, n):
    return dict(layout=LAYOUT, inspired_by='real-forms.md entries 2, 19',
                quirks=['web-platform export with PEP cycle instead of a headline date',
                        'status history table; completion = date status set to Complete',
                        'forename/surname apart', 'other PEPs on record listed as distractors'],
                child_name=f"{v['first']} {v['last']}", child_first_name=v['first'], school=v['school'],
                year_group=int(v['ncy']),
                meeting_date='2026-10-07' if v['meeting'] else None, completed_date=v['completed'],
                attendance_percent=float(v['att']), pupil_voice=v['voice'],
                targets=[{'text': t, 'area': a} for a, t in v['targets']],
                english_target=True, maths_target=any(a == 'Maths' for a, _ in v['targets']),
                pp_spend=[{'description': d, 'cost': float(c), 'target': int(t) if t else None} for d, c, t in v['pp']],
                pp_requested=float(v['total']))


def build(out_dir):
    for n, v in ((1, V1), (2, V2)):
        fn = f'{LAYOUT}-{n}.pdf'
        build_pdf(os.path.join(out_dir, fn), story_for(v), head='Looked After Call - Export Active PEP - OFFICIAL-SENSITIVE',
                  foot=f'Exported 03/12/2026  PEP ID LAC-{40210 + n}')
        write_truth(out_dir, fn, truth_for(v, n))


if __name__ == '__main__':
    main(build)
