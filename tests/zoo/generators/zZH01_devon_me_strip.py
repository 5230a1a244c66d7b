"""zZH01: paper PEP in the first person, Children in Care Council tips, date strip, 'Me' attendee column (DOCX)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZH import *

STEM = 'zZH01-devon-me-strip'

DATA = {
 1: dict(first='Kayden', sur='Morrow', dob='14/03/2017', ncy='5', school='Holloway Cross Primary School',
         stype='Community primary', dt='Mrs Eleri Pascoe', sw='Tom Grenfell', ala='Hannah Yeo', coord='Priya Lusk',
         this='08/10/2026', first_pep='No', last='06/05/2026', nxt='04/02/2027',
         present=[True, True, True, False],
         others=[('Jo Bassett', 'Foster carer', '07700 900314'), ('Sam Treen', 'Class teacher', 'Holloway Cross PS')],
         att='Attendance this academic year (from 3 Sept 2026): 96.4%. Two sessions missed for contact. No exclusions.',
         voice=['I like it when Mr Treen lets me do the register.', 'Times tables are hard but I can do my 5s now.',
                'I want to be in the football team after Christmas.'],
         carer='Kayden settles quickly after weekends now. He reads with me most nights but gets cross with long words.',
         prev=[('Kayden will read a Year 4 book aloud for 10 minutes with an adult', 'Achieved - reads Band 13 books'),
               ('Kayden will know his 2, 5 and 10 times tables', 'Partly - 2s and 5s secure, 10s not yet')],
         targets=[('Kayden will spell 15 of the Year 5 statutory words correctly in a dictation by February half-term', 'English'),
                  ('Kayden will recall the 3, 4 and 10 times tables in under 5 seconds each by the next PEP', 'Maths'),
                  ('Kayden will join a lunchtime club and attend it every week this term', 'Wellbeing')],
         pp=[('Spelling intervention with TA, 3 x 15 minutes a week for 12 weeks', 240.0, 1),
             ('Times Tables Rock Stars home licence and weekly check-in', 45.0, 2),
             ('Football club fees, spring term', 60.0, 3)],
         total='345.00', signed='Mrs Eleri Pascoe', signed_date='15/10/2026'),
 2: dict(first='Leah', sur='Quintrell', dob='22/11/2013', ncy='8', school='St Bride\'s Academy',
         stype='Academy (11-16)', dt='Mr Owen Pengelly', sw='Ruth Abbiss', ala='Hannah Yeo', coord='Priya Lusk',
         this='19/11/2026', first_pep='No', last='12/06/2026', nxt='',
         present=[False, True, True, True],
         others=[('Dee Hocking', 'Residential key worker', 'Tremar House')],
         att='',
         voice=[],
         carer='Leah has had a difficult half term and has not wanted to talk about school. Staff are keeping the door open.',
         prev=[('Leah will complete homework on Satchel One each week', 'Not achieved - break down further'),
               ('Leah will read for 20 minutes three times a week', 'Partly achieved')],
         targets=[('Leah will hand in one piece of science homework each week, checked by her mentor on Fridays', 'Science'),
                  ('Leah will read one chapter of her class novel each week and tell her mentor about it', 'English'),
                  ('Leah will use her time-out card no more than twice a week by the end of term', 'Wellbeing')],
         pp=[('Weekly mentor session with learning mentor', 300.0, None),
             ('Class novel and study guide', 18.5, 2)],
         total='318.50', signed='', signed_date=''),
}


def build(out_dir):
    for n, v in DATA.items():
        d = new_doc(header='PERSONAL EDUCATION PLAN (School age)    CONFIDENTIAL when completed',
                    footer='PEP form v3.2  |  Virtual School for Children in Care  |  Page 1 of 4', font='Calibri', size=10)
        heading(d, 'My Personal Education Plan', 16)
        heading(d, 'Tips from our Children in Care Council for a positive PEP', 11)
        for tip in ['Ask me where I want the meeting to be, and who I want there.',
                    'Don\'t hold it in the middle of a lesson I like.',
                    'Tell me what the money (PP+) is being spent on.',
                    'Talk to me, not about me.']:
            d.add_paragraph(tip, style='List Bullet')
        d.add_paragraph(f'My name is: {v["first"]} {v["sur"]}')
        d.add_paragraph(f'My date of birth is: {v["dob"]}')
        table(d, [
            ['My school is:', v['school'], 'Tel no:', '01632 960' + ('118' if n == 1 else '442')],
            ['I am in year (NCY):', v['ncy'], '', ''],
            ['My school is a (please enter type of school):', v['stype'], '', ''],
            ['My Designated Teacher is:', v['dt'], 'Tel no:', '01632 960119'],
            ['My Social Worker is:', v['sw'], 'Tel no:', '01632 961200'],
            ['My Area Learning Advocate is:', v['ala'], 'Tel no:', '01632 961377'],
            ['My PEP Co-ordinator is:', v['coord'], 'Tel no:', '01632 961378'],
        ], bold_first_col=True)
        d.add_paragraph()
        table(d, [['Date of this PEP', 'Is this the first PEP?', 'Date of last PEP', 'Date of Next PEP'],
                  [v['this'], v['first_pep'], v['last'], v['nxt']]], header_fill='D9D9D9')
        d.add_paragraph()
        p = v['present']
        table(d, [['Present at this meeting:', 'Me', 'Designated Teacher', 'Social Worker', 'PEP Co-ordinator'],
                  ['', *[TICK if x else NOTICK for x in p]]], header_fill='D9D9D9')
        d.add_paragraph()
        table(d, [['Others present at this meeting:', '', ''], ['Name', 'Role', 'Contact details'],
                  *[list(o) for o in v['others']]], header_fill='D9D9D9')
        small(d, 'Pupil Premium Plus is paid to the Virtual School for each child in care (currently £1,900 p.a.) and is '
                 'allocated against the targets agreed in this PEP. The Assessment sheet which was issued by the Virtual '
                 'School must be referred to. QA descriptors are in Appendix 1.')
        heading(d, 'How often I come to school', 11)
        table(d, [['What does my attendance look like? (% and any absences or exclusions)'], [v['att']]])
        heading(d, 'What I think', 11)
        table(d, [['What I want to say about school - what is going well, what is hard, what I want to do next:'],
                  [' '.join(v['voice'])]])
        table(d, [['What my carer thinks:'], [v['carer']]])
        heading(d, 'How I got on with my last targets', 11)
        table(d, [['My last target', 'How did it go?'], *[list(x) for x in v['prev']]], header_fill='D9D9D9')
        heading(d, 'My new targets', 11)
        rows = [['No.', 'What I am going to do', 'Area', 'Who will help me']]
        for i, (t, a) in enumerate(v['targets'], 1):
            rows.append([f'({chr(96 + i)})', t, a, 'Class teacher / TA' if i < 3 else 'Learning mentor'])
        table(d, rows, header_fill='D9D9D9')
        heading(d, 'How my Pupil Premium Plus will be spent', 11)
        rows = [['What it pays for', 'Cost', 'Which target?']]
        for desc, cost, tg in v['pp']:
            rows.append([desc, f'£{cost:.2f}', f'({chr(96 + tg)})' if tg else ''])
        rows.append(['Total asked for this term', f'£{v["total"]}', ''])
        table(d, rows, header_fill='D9D9D9')
        d.add_paragraph()
        table(d, [['Signed (Designated Teacher):', v['signed'], 'Date:', v['signed_date']],
                  ['Signed (me):', v['first'] if n == 1 else '', 'Date:', '']])
        fname = f'{STEM}-{n}.docx'
        d.save(os.path.join(out_dir, fname))
        iso = lambda s: f'{s[6:]}-{s[3:5]}-{s[:2]}' if s else None
        write_truth(out_dir, STEM, fname, dict(
            inspired_by='real-forms.md entries 6, 21',
            quirks=['first-person labels each followed by Tel no:', 'four-column date strip with last and next PEP dates',
                    "'Me' as a tick column in the attendee strip", 'targets lettered (a)(b)(c) and PP+ linked by letter',
                    'Children in Care Council tips before the fields'],
            child_name=f'{v["first"]} {v["sur"]}', child_first_name=v['first'], school=v['school'],
            year_group=int(v['ncy']), meeting_date=iso(v['this']), completed_date=iso(v['signed_date']),
            attendance_percent=96.4 if n == 1 else None, pupil_voice=v['voice'],
            targets=[{'text': t, 'area': a} for t, a in v['targets']],
            english_target=True, maths_target=(n == 1),
            pp_spend=[{'description': dd, 'cost': c, 'target': tg} for dd, c, tg in v['pp']],
            pp_requested=float(v['total'])))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
