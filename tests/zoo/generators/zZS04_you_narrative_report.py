"""zZS04: PEP report written by the Virtual School Teacher to the young person as 'you', in three parts
(pre-meeting data, planning meeting, final document); prose minutes, prose targets (entries 23, 29). PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZS import *

STEM = 'zZS04-you-narrative-report'
V = [
    dict(name='Dominic Achterberg', first='Dominic', school='Hatchmere Vale School', yg=10,
         dt_sub='22 September 2026', date='01 October 2026', iso='2026-10-01', rep='27 October 2026', repiso='2026-10-27',
         att='Your attendance this year is 91.8%, which is up from 86% last summer.', attv=91.8,
         views=['I actually like Product Design now because Mr Haines lets me use the laser cutter.',
                'I want to be an electrician like my uncle Rob.',
                'Maths is the one I am scared about for my mocks.'],
         targets=[('By the end of January you will have completed the Macbeth and An Inspector Calls quote banks and used at least three quotations in each practice essay.', 'English'),
                  ('By your spring PEP you will attend the Tuesday maths catch-up in P6 every week and move from a grade 3 to a secure grade 4 in your mock.', 'Maths'),
                  ('Before February half-term you will go with your carer to the Berrowfield College open evening and find out about the Level 2 Electrical course.', 'Careers')],
         pp=[('one-to-one maths tutoring (10 sessions)', 400.00, 2),
             ('English Literature revision guides and a study planner', 28.50, 1),
             ('travel for the college open evening', 12.00, 3)], total=440.50, maths=True,
         spend_sent=['We agreed to spend \u00a3400.00 of your Pupil Premium Plus on ', ' to support target 2, \u00a328.50 on ',
                     ' for target 1, and \u00a312.00 on ', ' for target 3.']),
    dict(name='Leah Moy', first='Leah', school='Kestle Meadows High School', yg=8,
         dt_sub='', date='19 November 2026', iso='2026-11-19', rep='', repiso=None,
         att='Your attendance figure had not been sent through in time for this report.', attv=None,
         views=[],
         targets=[('By Easter you will write a full page in your English book each lesson without needing a reminder to start.', 'English'),
                  ('You will tell your form tutor or Mrs Daly when friendship problems happen, so they can help sort them out quickly.', 'Wellbeing')],
         pp=[('a place on the Saturday drama club', 150.00, None),
             ('a writing frame pack and coloured overlays', 20.00, 1)], total=170.00, maths=False,
         spend_sent=['We agreed to spend \u00a3150.00 of your Pupil Premium Plus on ', ' because you enjoy performing, and \u00a320.00 on ',
                     ' for target 1.']),
]


def make(v, path):
    s = []
    s.append(P('Personal Education Plan \u2013 Report', H1))
    s.append(P('Written for ' + v['name'] + ' by your Virtual School Teacher', BODY))
    s.append(P('Ref: VST/' + v['first'].upper() + '/26A   |   Our PEPs are written to you, the young person, and everyone who writes in them writes to you.', SMALL))
    s.append(Spacer(1, 6))
    s.append(ptable([['Your school', v['school']], ['Your year', 'Year %d' % v['yg']],
                     ['Date of your PEP meeting', v['date']], ['Date this report was written', v['rep']]],
                    [170, 340], header=False, first_col_fill='#E7E6E6'))
    s.append(P('The report is written by the Virtual School Teacher within 20 working days of the PEP being held.', SMALL))
    s.append(P('Part 1 \u2013 Pre-meeting data collection', H2))
    if v['dt_sub']:
        s.append(P('Your Designated Teacher, Ms Farrow, sent in the school submission on %s, at least a week before your meeting.' % v['dt_sub']))
    else:
        s.append(P('Your Designated Teacher\'s pre-meeting submission was not received before the meeting.'))
    s.append(P(v['att']))
    s.append(ptable([['Subject', 'Working at', 'Target grade'], ['English', '4', '5'], ['Maths', '3', '4'], ['Science', '4-4', '5-5']],
                    [170, 170, 170]))
    s.append(P('Part 2 \u2013 The planning meeting', H2))
    s.append(P('1.  Who was there. You, Ms Farrow (Designated Teacher), your carer Mrs Ellery, your social worker Jas Ranjit and me, '
               'Ms C Prowse (Virtual School Teacher, chair).'))
    s.append(P('2.  How your targets from last time went. You met your target to bring your PE kit every week. '
               'The reading target (20 minutes a night) was partly met and we have not carried it over as it was; it has been broken down below.'))
    if v['views']:
        s.append(P('3.  What you told us. You said: "' + v['views'][0] + '" You also said "' + v['views'][1] + '" and "' + v['views'][2] + '"'))
    else:
        s.append(P('3.  What you told us. You did not want to join the meeting this time and no views sheet was returned.'))
    s.append(P('4.  What your carer said. Mrs Ellery said you are doing homework at the kitchen table without being asked, most nights.'))
    s.append(P('Part 3 \u2013 Your final plan', H2))
    s.append(P('Your new targets', CELLB))
    for i, (t, a) in enumerate(v['targets'], 1):
        s.append(P('Target %d (%s): %s' % (i, a, t)))
    s.append(Spacer(1, 4))
    ss = v['spend_sent']
    sent = ss[0]
    for i, p in enumerate(v['pp']):
        sent += p[0] + ss[i + 1]
    s.append(P(sent + ' In total the school has requested \u00a3%.2f this term.' % v['total']))
    s.append(Spacer(1, 6))
    s.append(P('Your next PEP will be in the spring term (late February 2027). Last PEP: 24 June 2026.', BODY))
    s.append(P('Report approved by the Virtual School: ' + ('C Prowse, ' + v['rep'] if v['rep'] else '(awaiting)'), SMALL))
    build_pdf(path, s, 'OFFICIAL - SENSITIVE  |  Virtual School PEP report', 'Westbury Berrow Virtual School  |  Please share this report with the young person')


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n, v in enumerate(V, 1):
        stem = f'{STEM}-{n}'
        make(v, os.path.join(out_dir, stem + '.pdf'))
        write_truth(out_dir, stem, 'pdf', 'real-forms.md entries 23, 29',
                    ['whole PEP written to the young person as "you"', 'narrative minutes by the VS teacher in three parts',
                     'voice only inside quoted sentences', 'PP+ spend in one prose sentence linking to target numbers',
                     'completion = date report written (within 20 working days); DT pre-meeting submission date is a distractor'],
                    child_name=v['name'], child_first_name=v['first'], school=v['school'], year_group=v['yg'],
                    meeting_date=v['iso'], completed_date=v['repiso'], attendance_percent=v['attv'],
                    pupil_voice=v['views'], targets=[{'text': t, 'area': a} for t, a in v['targets']],
                    english_target=True, maths_target=v['maths'],
                    pp_spend=[{'description': p[0], 'cost': p[1], 'target': p[2]} for p in v['pp']],
                    pp_requested=v['total'])


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
