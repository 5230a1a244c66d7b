"""zZI03 - Early-years PEP started as a case-system print-out, typed into by setting and support officer,
with an EYPP request block linked to 'next steps' (DOCX). Fictional data."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZI import *
from docx.shared import Pt

LAYOUT = 'zZI03-casesystem-ey-eypp'

V1 = dict(
    forename='Poppy', surname='Gallacher', dob='14/02/2023', age='3 years 8 months', setting='Little Acorns Day Nursery (Orchard Lane)',
    school_name='Little Acorns Day Nursery', stage='Nursery (pre-school room), funded 30 hours', pid='7730412',
    meeting='13/10/2026', miso='2026-10-13', last_pep='28/04/2026', next_pep='February 2027',
    att='91%', attv=91.0, typed='20/10/2026', ciso='2026-10-20',
    voice=['Poppy said "I like the mud kitchen and making soup for Jess."',
           'When asked about home time she said "Nanna Bev picks me up and we go on the bus."'],
    voice_truth=['I like the mud kitchen and making soup for Jess.', 'Nanna Bev picks me up and we go on the bus.'],
    steps=[('Communication and Language', 'Poppy will use sentences of four or more words to talk about what she is doing in play, observed three times a week by her key person, by February 2027.'),
           ('Literacy', 'Poppy will join in with repeated refrains in familiar stories and recognise her own name card at self-registration by February 2027.'),
           ('Mathematics', 'Poppy will count up to five objects accurately, touching each one, during snack time and play by February 2027.'),
           ('Personal, Social and Emotional Development', 'Poppy will say goodbye to her carer at the door and settle within ten minutes with support from her key person.')],
    eypp=[('Learning', 'Speech and language small group 2 x 20 mins weekly', 'Next step 1', 'Poppy talks in longer sentences', 145.0, 1),
          ('Learning', 'Number and counting resource pack for home learning', 'Next step 3', 'Counts to five at home and nursery', 38.0, 3),
          ('Pastoral', 'Transition photo book and settling-in visual timetable', 'Next step 4', 'Calmer drop-offs', 22.0, 4)],
    total='205.00',
)
V2 = dict(
    forename='Leo', surname='Marsh-Whitcombe', dob='30/07/2022', age='4 years 3 months', setting='Rowan Tree Pre-School',
    school_name='Rowan Tree Pre-School', stage='Pre-school (FS1)', pid='7729958',
    meeting='03/11/2026', miso='2026-11-03', last_pep='12/05/2026', next_pep='March 2027',
    att='', attv=None, typed='', ciso=None,
    voice=['Leo pointed to the bikes and said "Fast! I go fast on the red one."',
           'Key person notes: Leo does not yet talk about his feelings.'],
    voice_truth=['Fast! I go fast on the red one.'],
    steps=[('Communication and Language', 'Leo will follow two-part instructions in the setting, such as "get your coat and line up", on most days by March 2027.'),
           ('Literacy', 'Leo will choose a book and share it with an adult for five minutes each session by March 2027.'),
           ('Physical Development', 'Leo will put on his own coat and shoes with minimal help before outdoor play.')],
    eypp=[('Learning', 'Early language 1:1 sessions with SENCo, weekly for 10 weeks', 'Next step 1', 'Follows instructions', 180.0, 1),
          ('Pastoral', 'Forest School sessions (half term block)', 'N/A', 'Confidence outdoors', 60.0, None)],
    total='240.00',
)


def runfont(p, font, italic=False, color=None):
    for r in p.runs:
        r.font.name = font
        r.italic = italic
        if color:
            from docx.shared import RGBColor
            r.font.color.rgb = RGBColor.from_string(color)


def sys_line(d, text):
    p = d.add_paragraph(text)
    runfont(p, 'Courier New')
    for r in p.runs:
        r.font.size = Pt(8)
    return p


def build_doc(v, path):
    d = new_docx('Arial', 10)
    header_footer(d, 'LIQUID CASE RECORD  |  Form: PEP_EY_V3  |  Step ID 55' + v['pid'][-4:] + '  |  Printed by: R.Stanworth',
                  'Case system print-out. Sections after "PEP meeting" completed by the setting and typed up by Education Support.')
    sys_line(d, 'Person ID: ' + v['pid'] + '    Name: ' + v['forename'] + ' ' + v['surname'] + '    Step: Personal Education Plan (Early Years)    Status: Incomplete')
    sys_line(d, 'Worker: SW Team 4 (North)    Created: 02/09/2026 08:41')
    para(d, 'EARLY YEARS PERSONAL EDUCATION PLAN', bold=True, size=13)
    t = kv_table(d, [('Forename', v['forename']), ('Surname', v['surname']), ('Date of Birth', v['dob']),
                     ('Age at PEP', v['age']), ('Legal Status', 'C2 - Interim Care Order'),
                     ('Placement', 'Connected person (kinship) placement'),
                     ('Early Years Setting', v['setting']), ('Stage / room', v['stage']),
                     ('Date of previous PEP', v['last_pep'])], widths=(5, 12))
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                runfont(p, 'Courier New')
    para(d, '')
    para(d, 'PEP meeting', bold=True, size=12)
    kv_table(d, [('Date of PEP meeting', v['meeting']), ('Venue', 'Setting office')], widths=(5, 12))
    sys_line(d, '--- end of social worker section: business support to e-mail Word version to setting ---')
    para(d, '')

    para(d, 'Who came to the meeting?', bold=True)
    table(d, [['Name', 'Role', 'Present'],
              ['Bev Gallacher' if v['forename'] == 'Poppy' else 'Tom Reilly', 'Kinship carer', tick(True)],
              ['Sian Probert', 'Key person', tick(True)],
              ['Hafsa Mirza', 'Setting manager / Designated person', tick(True)],
              ['Dan Oyelaran', 'Social worker', tick(True)],
              ['Gail Treharne', 'Virtual School Early Years Advisor', tick(v['forename'] == 'Poppy')]], widths=(6, 8, 3))
    para(d, '')
    para(d, 'Attendance at setting', bold=True)
    kv_table(d, [('Attendance this term (% of funded sessions)', v['att']),
                 ('Sessions attended / offered', '49 / 54' if v['att'] else ''),
                 ('Any health concerns affecting attendance', 'Ear infections in September' if v['att'] else 'None known')], widths=(8, 9))
    para(d, '')
    para(d, 'The child\'s voice', bold=True)
    para(d, 'Record what the child says and does, in their words where possible (key person to complete).', italic=True, size=8)
    table(d, [['\n'.join(v['voice'])]], header=False)
    para(d, '')
    para(d, 'Carer\'s view', bold=True)
    table(d, [['She sings the songs from nursery at bath time. Still clingy in the mornings.' if v['forename'] == 'Poppy'
               else 'He is happier now he knows the staff. Sleep is still a problem.']], header=False)
    para(d, '')
    para(d, 'Development summary (EYFS)', bold=True)
    rows = [['Area of learning', 'On track?', 'Comment']]
    for a, ok in (('Communication and Language', 'Not yet'), ('PSED', 'Not yet'), ('Physical Development', 'Yes'),
                  ('Literacy', 'Not yet'), ('Mathematics', 'Yes' if v['forename'] == 'Leo' else 'Not yet')):
        rows.append([a, ok, 'See learning journal'])
    table(d, rows, widths=(6, 3, 8))
    para(d, '')
    para(d, 'Review of last PEP next steps', bold=True)
    table(d, [['Next step (previous PEP)', 'Outcome'],
              ['To use a cup without a lid at snack time', 'Achieved'],
              ['To take part in group song time', 'Partly achieved']], widths=(11, 6))
    para(d, '')
    para(d, 'Next steps agreed at this PEP', bold=True, size=12)
    for i, (area, txt) in enumerate(v['steps'], 1):
        p = d.add_paragraph()
        r = p.add_run(f'Next step {i} ({area}): '); r.bold = True
        p.add_run(txt)
        runfont(p, 'Times New Roman')
    para(d, '')
    para(d, 'Early Years Pupil Premium (EYPP) request', bold=True, size=12)
    para(d, 'Any request for EYPP must be linked to "next steps" targets on the PEP.', italic=True, size=8)
    rows = [['Type of intervention (pastoral or learning)', 'Description of intervention', 'Target details',
             'Expected impact', 'Cost of the support']]
    for typ, desc, tgt, imp, cost, _ in v['eypp']:
        rows.append([typ, desc, tgt, imp, f'\u00a3{cost:.2f}'])
    rows.append(['', 'Total EYPP requested', '', '', '\u00a3' + v['total']])
    table(d, rows, widths=(3, 5.5, 2.5, 3.5, 2.5), size=9)
    para(d, '')
    para(d, 'Completion', bold=True)
    kv_table(d, [('PEP typed up by', 'K. Fairclough, Education Support Officer' if v['typed'] else ''),
                 ('Date typed up and finalised', v['typed']), ('Next PEP due', v['next_pep'])], widths=(6, 11))
    sys_line(d, 'Outcome: Send for approval to VS    ' + ('Approved' if v['typed'] else 'Pending'))
    d.save(path)


def truth_for(v):
    return dict(layout=LAYOUT, inspired_by='real-forms.md entries 17, 2',
                quirks=['case-system print-out typed into in three hands (system, setting, support officer)',
                        'forename/surname in separate rows', 'next steps as inline prose paragraphs',
                        'EYPP request columns with "Target details" text link', 'child voice inside narrated quotes'],
                child_name=f"{v['forename']} {v['surname']}", child_first_name=v['forename'], school=v['setting'],
                year_group=-1, meeting_date=v['miso'], completed_date=v['ciso'], attendance_percent=v['attv'],
                pupil_voice=v['voice_truth'],
                targets=[{'text': t, 'area': a} for a, t in v['steps']],
                english_target=True, maths_target=any(a == 'Mathematics' for a, _ in v['steps']),
                pp_spend=[{'description': desc, 'cost': cost, 'target': tg} for _, desc, _, _, cost, tg in v['eypp']],
                pp_requested=float(v['total']))


def build(out_dir):
    for n, v in ((1, V1), (2, V2)):
        fn = f'{LAYOUT}-{n}.docx'
        build_doc(v, os.path.join(out_dir, fn))
        write_truth(out_dir, fn, truth_for(v))


if __name__ == '__main__':
    main(build)
