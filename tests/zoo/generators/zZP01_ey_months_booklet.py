"""zZP01: early-years 0-4 booklet with sentence labels, age in months, procedure page first (entry 4 style)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZP import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

LAYOUT = 'zZP01-ey-months-booklet'

V = [
    dict(first='Ruby', sur='Oakhurst', months=31, setting='Little Acorns Day Nursery, Brantwick',
         meet='14/10/2026', done='23/10/2026', next='February 2027', att='93.5% of booked sessions (Sept-Oct)',
         att_v=93.5,
         voice=['Ruby pointed to the sand tray and said "me dig".', 'Ruby said "Nana Jo" when shown the photo of her carer.'],
         carer='Ruby is settling well and sleeps better now. She loves bath time songs.',
         prev=[('To separate from carer at drop-off with support of key person', 'Achieved - waves goodbye most days'),
               ('To use 10 single words', 'Achieved - now uses around 30 words')],
         targets=[('Communication and Language / Literacy', 'Ruby will join in with 3 familiar nursery rhymes during small group time by February 2027', 'English'),
                  ('Mathematics', 'Ruby will count 3 objects with 1:1 correspondence during play by February 2027', 'Maths'),
                  ('Personal, Social and Emotional Development', 'Ruby will take turns with one other child at the water tray with adult support', 'PSED')],
         eypp=[('Key person 1:1 language sessions (Wellcomm), 20 mins x 3 weekly', '£120.00', '1'),
               ('Counting and sorting resources for home and nursery', '£45.00', '2')],
         eypp_total='£165.00', total_v=165.0,
         dt='Mrs Anita Cole (Nursery Manager / Designated person)'),
    dict(first='Tommy', sur='Lindqvist', months=44, setting='Sunnyfield Pre-School',
         meet='3rd November 2026', done='', next='', att='', att_v=None,
         voice=[], carer='Tommy can be unsettled after contact. He enjoys building with big blocks.',
         prev=[('To sit for a short story (5 minutes)', 'Partly achieved')],
         targets=[('Communication and Language / Literacy', 'Tommy will listen to a short story in a group of four and answer one "who" question', 'English'),
                  ('Physical Development', 'Tommy will use a pincer grip to pick up small items during playdough sessions', 'Physical')],
         eypp=[('Sensory circuit equipment for the outdoor area', '£150.00', ''),
               ('Speech and language assessment top-up sessions', '£90.00', '1')],
         eypp_total='£240.00', total_v=240.0,
         dt='Mr Dev Rana (SENCo)'),
]


def make(out_dir, n, v):
    fname = f'{LAYOUT}-{n}.docx'
    d = new_doc('Comic Sans MS', 11)
    hf(d, header='NUI - FAO the Nursery manager - 14 pages', footer='0-4 Years Personal Education Plan 2026-2027  |  Brantshire Virtual School for Children in Care')
    para(d, '0–4 Years Personal Education Plan 2026–2027', bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, f"My name is {v['first']} {v['sur']}", size=16)
    para(d, f"I am {v['months']} months old", size=16)
    para(d, f"My setting is {v['setting']}", size=16)
    para(d, 'This is a photo of me (Please refer to your setting\'s policy on the use of photographs)', size=12)
    t = table(d, [['[ photo ]']], widths=[8]); t.rows[0].height = Cm(5)
    d.add_page_break()
    para(d, 'PEP Procedure for pre-school children in a nursery or non-school setting (0-4 year olds)', bold=True, size=13)
    for s in ['1. Arranging the Meeting - Is the child new into care? YES - PEP meeting should take place within 10 days of '
              'entering care for all children over the age of 12 months. NO - review the PEP each term (next PEP due in the '
              'following term).',
              '2. The social worker invites the carer, the key person and the Virtual School Early Years Adviser.',
              '3. The setting writes the development summary before the meeting and brings the last PEP.',
              '4. The Early Years Pupil Premium (EYPP) request must link to a next step below. Requests without a link will be returned.',
              '5. Completed PEP to be returned to the Virtual School within 10 working days of the meeting.']:
        para(d, s, size=10)
    d.add_page_break()
    para(d, 'About my PEP meeting', bold=True, size=14)
    para(d, f"My PEP meeting was on {v['meet']}", size=12)
    para(d, 'The people who came to my meeting were:', size=12)
    table(d, [['Who', 'Name', 'Came?'],
              ['My carer', 'Jo Whitlow (foster carer)', tick(True)],
              ['My key person', 'Priya Sandhu', tick(True)],
              ['My social worker', 'Martin Ebo', tick(True)],
              ['My birth parent', '-', tick(False)],
              ['Virtual School', 'Helen Marsh, Early Years Adviser', tick(n == 1)]], header_fill='FFE699')
    para(d, '')
    para(d, 'How often I come to my setting', bold=True, size=12)
    para(d, f"My attendance this term is {v['att']}" if v['att'] else 'My attendance this term is ', size=12)
    para(d, 'Funded hours: 15 universal + 15 extended.  Days: Mon, Tue, Wed, Thu', size=10, italic=True)
    d.add_page_break()
    para(d, 'What I think and feel', bold=True, size=14)
    para(d, '(Write down what the child says, shows or does. Use the child\'s own words where you can.)', italic=True, size=9)
    table(d, [['My voice'], ['\n'.join(v['voice']) if v['voice'] else '']], header_fill='C6E0B4')
    para(d, '')
    table(d, [['What my carer says about me'], [v['carer']]], header_fill='DDEBF7')
    para(d, '')
    para(d, 'How I got on with my last next steps', bold=True, size=13)
    table(d, [['Next step from my last PEP', 'How did I do?']] + [list(p) for p in v['prev']], header_fill='D9D9D9')
    para(d, '')
    para(d, 'My next steps', bold=True, size=14)
    para(d, 'Next steps should be small, achievable before the next PEP and written so that anyone can see when they have happened.', italic=True, size=9)
    rows = [['No.', 'Area of learning', 'My next step', 'Who will help me']]
    for i, (area, txt, _) in enumerate(v['targets'], 1):
        rows.append([str(i), area, txt, 'Key person and carer'])
    table(d, rows, header_fill='FCE4D6')
    para(d, '')
    para(d, 'Early Years Pupil Premium (EYPP) request', bold=True, size=13)
    rows = [['What the money is for', 'Cost', 'Next step no.']] + [list(e) for e in v['eypp']] + [['Total requested', v['eypp_total'], '']]
    table(d, rows, header_fill='FFF2CC')
    para(d, '')
    para(d, 'Signing my PEP', bold=True, size=13)
    table(d, [['Completed by', v['dt']], ['Date completed', v['done']], ['My next PEP will be', v['next']]], bold_first_col=True)
    d.save(os.path.join(out_dir, fname))
    truth = dict(layout=LAYOUT, file=fname, inspired_by='real-forms.md entries 4, 17',
                 quirks=['first-person sentence labels with value inside the sentence', 'age in months, no DOB or year group',
                         'procedure prose page before the fields', 'working note left in the header', 'EYPP linked to next step numbers'],
                 child_name=f"{v['first']} {v['sur']}", child_first_name=v['first'], school=v['setting'], year_group=-1,
                 meeting_date={1: '2026-10-14', 2: '2026-11-03'}[n],
                 completed_date='2026-10-23' if v['done'] else None,
                 attendance_percent=v['att_v'], pupil_voice=v['voice'],
                 targets=[dict(text=t, area=a) for _, t, a in v['targets']],
                 english_target=True, maths_target=any(a == 'Maths' for _, _, a in v['targets']),
                 pp_spend=[dict(description=e[0], cost=float(e[1].strip('£')), target=int(e[2]) if e[2] else None) for e in v['eypp']],
                 pp_requested=v['total_v'])
    write_truth(out_dir, fname, truth)


def build(out_dir):
    for n, v in enumerate(V, 1):
        make(out_dir, n, v)


if __name__ == '__main__':
    main_for(build)
