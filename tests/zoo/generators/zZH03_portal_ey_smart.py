"""zZH03: portal early-years PEP (from age 2), delegated sections, one SMART grid per target, EYPP/PEPSA costed (DOCX)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZH import *

STEM = 'zZH03-portal-ey-smart'
PH = 'Click or tap here to enter text.'

DATA = {
 1: dict(fore='Ruby', sur='Ashworth-Kaye', dob='Saturday 6 May 2023', age='3 years 5 months', room='Pre-school room (Nursery, NCY -1)',
         setting='Little Acorns Day Nursery, Brinscall Road', setting_name='Little Acorns Day Nursery',
         meet='Tuesday 13 October 2026', deleg='29 September 2026', submitted='Monday 26 October 2026',
         att='92% of funded sessions (30 hours offer) since September', attval=92.0,
         voice=['Ruby said: "I like the mud kitchen and making potions."', 'Ruby said: "Mummy Jo picks me up."',
                'Ruby pointed to the photo of the book corner and said "my best".'],
         carer='Ruby talks about nursery at tea time. She still naps most afternoons.',
         prev=[('Ruby will join in with two action songs at group time', 'Met - joins in daily'),
               ('Ruby will use the toilet independently', 'Partially met')],
         targets=[dict(s='Ruby will hear and say the initial sound in her name and in 5 familiar words by February half-term',
                       area='Communication and Language / Literacy', m='Key person observation recorded on Tapestry 3 times',
                       a='Yes - she knows "r" for Ruby already', r='Ruby loves stories; uses her favourite books',
                       t='By 12 February 2027'),
                  dict(s='Ruby will count out up to 5 objects accurately, touching each one, in play',
                       area='Mathematics', m='Observed in 3 different areas of the room', a='Counts to 3 reliably now',
                       r='Links to her play in the mud kitchen (counting spoons)', t='By next PEP'),
                  dict(s='Ruby will separate from her carer at the door with a transition object within 5 minutes',
                       area='Personal, Social and Emotional Development', m='Daily diary noted by key person',
                       a='Already manages on 3 days of 5', r='Ruby said she wants to "be brave like Tiger"', t='By Christmas')],
         pp=[('Small group Language Link sessions led by SENCo, 1 x weekly', 'Learning', 150.0, 1),
             ('Counting and number resources for the mud kitchen', 'Learning', 45.0, 2),
             ('Key-person settling time, 20 mins extra per morning for 6 weeks', 'Pastoral', 105.0, 3)],
         total='300.00'),
 2: dict(fore='Oscar', sur='Pilling', dob='Tuesday 19 March 2024', age='2 years 7 months', room='Toddler room (2-3s)',
         setting='Meadowbank Pre-School, Hapton', setting_name='Meadowbank Pre-School',
         meet='Thursday 5 November 2026', deleg='21 October 2026', submitted='',
         att='', attval=None, voice=[],
         carer='Oscar is a happy boy at home; he has lots of words for vehicles.',
         prev=[('Oscar will point to named pictures in a book', 'Met')],
         targets=[dict(s='Oscar will use 2-word phrases such as "more juice" at snack time on most days',
                       area='Communication and Language', m='Key person tally at snack', a='Uses single words consistently',
                       r='Builds on his love of trains', t='By the spring PEP'),
                  dict(s='Oscar will play alongside another child at the train track for 5 minutes',
                       area='Personal, Social and Emotional Development', m='Observation', a='Yes', r='Yes', t='By the spring PEP')],
         pp=[('Speech and language assessment (private, pending NHS wait)', 'Learning', 180.0, 1),
             ('Sensory tent for the toddler room', 'Pastoral', 90.0, None)],
         total='270.00'),
}


def box(d, label, value):
    t = d.add_table(rows=2, cols=1); t.style = 'Table Grid'
    t.cell(0, 0).text = label
    for r in t.cell(0, 0).paragraphs[0].runs:
        r.bold = True
    c = t.cell(1, 0)
    c.text = value if value else PH
    shade(c, 'F2F2F2')
    if not value:
        for r in c.paragraphs[0].runs:
            r.italic = True
    d.add_paragraph()


def build(out_dir):
    for n, v in DATA.items():
        d = new_doc(header='Early Years PEP (from age 2)  |  Professional Portal print view',
                    footer='Portal ref EYPEP-' + ('30417' if n == 1 else '30988') + '  |  Child: ' + v['fore'] + ' ' + v['sur'] + '  |  Generated from the professional portal. Do not amend by hand.',
                    font='Arial', size=9.5)
        heading(d, 'Personal Education Plan - Early Years', 15, '1F3864')
        small(d, 'The social worker completes My Personal Information and My Health at least 10 days before the meeting. '
                 'The setting completes its delegated sections within 10 working days of the meeting.')
        heading(d, 'My Personal Information', 12, '1F3864')
        table(d, [['Forename(s)', v['fore'], 'Surname', v['sur']],
                  ['Date of birth', v['dob'], 'Age at meeting', v['age']],
                  ['Room / cohort', v['room'], 'Legal status', 'Interim Care Order' if n == 2 else 'Care Order (s31)']],
              bold_first_col=True)
        heading(d, 'My Health', 12, '1F3864')
        box(d, 'Health needs / 2-year check outcome', 'Integrated review completed; no concerns.' if n == 1 else 'Referred to SALT (waiting list).')
        heading(d, 'Setting sections (delegated)', 12, 'C00000')
        table(d, [['Setting attended', v['setting']], ['Delegated to setting on', v['deleg']],
                  ['PEP meeting held', v['meet']], ['Setting section submitted on', v['submitted'] or PH]], bold_first_col=True)
        d.add_paragraph()
        box(d, 'Attendance and punctuality at the setting', v['att'])
        box(d, 'My voice - what I enjoy, what I have said or shown you (record the child\'s own words where possible)', ' '.join(v['voice']))
        box(d, 'My carer\'s views', v['carer'])
        heading(d, 'Review of last PEP\'s targets', 11)
        table(d, [['Last target', 'Met / partially met / not met'], *[list(x) for x in v['prev']]], header_fill='DEEAF6')
        small(d, 'Targets which are not met should not be repeated, but broken down further.')
        heading(d, 'SMART targets (one grid per target)', 12, '1F3864')
        for i, tg in enumerate(v['targets'], 1):
            heading(d, f'Target {i}', 10)
            table(d, [['Area of learning', tg['area']],
                      ['S Specific What is the observable difference/benefit we are expecting to see…', tg['s']],
                      ['M Measurable How will be know when the target has been achieved?', tg['m']],
                      ['A Achievable …', tg['a']],
                      ['R Relevant … Has it taken the child\'s voice into consideration?', tg['r']],
                      ['T Time-bound …', tg['t']]], bold_first_col=True)
            d.add_paragraph()
        heading(d, 'EYPP / PEPSA request', 12, '1F3864')
        small(d, 'PPG/PEPSA (as appropriate) is costed and clearly links to the targets.')
        rows = [['Description of intervention', 'Type (pastoral or learning)', 'Target', 'Cost']]
        for desc, typ, cost, tgt in v['pp']:
            rows.append([desc, typ, f'Target {tgt}' if tgt else 'n/a', f'£{cost:.2f}'])
        rows.append(['Total requested', '', '', f'£{v["total"]}'])
        table(d, rows, header_fill='DEEAF6')
        d.add_paragraph()
        table(d, [['QA (Virtual School use)', 'RAG: ' + ('Green' if n == 1 else 'Not yet rated')]])
        fname = f'{STEM}-{n}.docx'
        d.save(os.path.join(out_dir, fname))
        import datetime
        iso = lambda x: datetime.datetime.strptime(x, '%A %d %B %Y').date().isoformat() if x else None
        write_truth(out_dir, STEM, fname, dict(
            inspired_by='real-forms.md entries 15, 28',
            quirks=['forename and surname in separate cells', 'one SMART grid per target, target text in the S row',
                    'completion = setting section submitted date; delegation date as distractor',
                    'weekday-prefixed long dates', 'content-control placeholder text in empty boxes'],
            child_name=f'{v["fore"]} {v["sur"]}', child_first_name=v['fore'], school=v['setting_name'],
            year_group=-1 if n == 1 else None, meeting_date=iso(v['meet']), completed_date=iso(v['submitted']),
            attendance_percent=v['attval'], pupil_voice=v['voice'],
            targets=[{'text': t['s'], 'area': t['area']} for t in v['targets']],
            english_target=True, maths_target=(n == 1),
            pp_spend=[{'description': a, 'cost': c, 'target': t} for a, _, c, t in v['pp']],
            pp_requested=float(v['total'])))


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
