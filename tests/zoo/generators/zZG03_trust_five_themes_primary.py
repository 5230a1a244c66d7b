"""zZG03: revised-primary style PEP structured around five themes, Trust wording, Core Network Around the Child,
Section 2 sent out by the social worker, one table per target filed under a theme (DOCX).
Inspired by real-forms.md entry 26 (Northern Ireland)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZG import *

STEM = 'zZG03-trust-five-themes-primary'
INSP = 'real-forms.md entry 26'
QUIRKS = ['five themes (care arrangements, educational arrangements, emotional health and wellbeing, learn and achieve, play and leisure)',
          'child\'s words scattered in a "What I say" column across the themes, next to carer and school columns',
          'Trust instead of local authority; Core Network Around the Child table',
          'one table per target, each filed under a theme', 'primary class written as P6 with the year in brackets', 'forename and surname in separate cells; full name only in the footer']

THEMES = ['Care arrangements', 'Educational arrangements', 'Emotional health and wellbeing', 'Learn and achieve', 'Play and leisure']

V = {
 1: dict(fore='Orla', sur='McCandless', dob='19 June 2016', cls='P6 (Year 5)', year=5, school="St Brigid's Primary School, Drumaleer",
         trust='Northfield Health and Social Care Trust', meet='15 October 2026', meet_iso='2026-10-15',
         comp='23 October 2026', comp_iso='2026-10-23', review='March 2027 (spring PEP review)', att='97.1',
         say=['I like living with Auntie Grace because we have a dog called Biscuit.',
              'I would like to have the same teacher next year.',
              'Sometimes I cry at home time when my head is too full.',
              'I am good at drawing and my times tables.',
              'I want to go to Irish dancing with my cousin.'],
         targets=[('Learn and achieve', 'Literacy', 'Orla will write a short story of at least one page using paragraphs and speech marks correctly by the end of January.', 'Class teacher', 'End of January 2027'),
                  ('Learn and achieve', 'Numeracy', 'Orla will solve word problems involving money and change from £10 with 80% accuracy in her class assessment.', 'Class teacher and classroom assistant', 'March 2027'),
                  ('Emotional health and wellbeing', 'Emotional wellbeing', 'Orla will use her worry box and a five-minute calm-down break with the classroom assistant when she feels overwhelmed at home time.', 'Classroom assistant', 'Ongoing - review March 2027')],
         fund=[('Literacy small group (Reading Partners), 2 sessions weekly', '250.00', '1'),
               ('Numeracy games pack and money resources for home and school', '60.00', '2'),
               ('Play therapy taster sessions x 6 (school counsellor)', '300.00', '3')],
         total='610.00'),
 2: dict(fore='Callum', sur='Ferris-Quigley', dob='2 February 2018', cls='P4 (Year 3)', year=3, school='Glenview Integrated Primary School',
         trust='Northfield Health and Social Care Trust', meet='3 December 2026', meet_iso='2026-12-03',
         comp='', comp_iso=None, review='To be agreed', att='',
         say=['I like PE best.', '', 'I get cross when people shout.', '', 'I play football on Saturdays with Ciaran.'],
         targets=[('Learn and achieve', 'Numeracy', 'Callum will count forwards and back in 2s, 5s and 10s from any number up to 100 by Easter.', 'Class teacher', 'Easter 2027'),
                  ('Emotional health and wellbeing', 'Behaviour', 'Callum will use his traffic-light card to ask for time out instead of leaving the classroom, on at least 4 days out of 5.', 'Classroom assistant', 'February 2027')],
         fund=[('Nurture group place, 3 afternoons a week', '400.00', '2'),
               ('After-school football club fees', '75.00', '')],
         total='475.00'),
}


def build_one(out_dir, n):
    v = V[n]
    d = new_doc('Arial', 10)
    header_footer(d, f"{v['trust']}  -  Looked After Children  -  Personal Education Plan (Primary, revised)",
                  f"PEP/P/2026   Version 3.1   Child: {v['fore']} {v['sur']}   This document must be held securely in the child's Education file.")
    heading(d, 'PERSONAL EDUCATION PLAN', 17, '006A4E')
    para(d, 'Primary - Revised Format', bold=True)
    para(d, 'The PEP is structured around five themes - care arrangements, educational arrangements, emotional health and '
            'wellbeing, learn and achieve, and play and leisure. Section 1 is completed by the school. Section 2 of the '
            'Personal Education Plan will be sent out by the child\'s social worker.', italic=True, size=8.5)
    heading(d, 'SECTION 1  -  PUPIL DETAILS', 12, '006A4E')
    table(d, [['Forename(s)', v['fore'], 'Surname', v['sur']],
              ['Date of birth', v['dob'], 'Class', v['cls']],
              ['School', v['school'], 'Key Stage', 'Key Stage 2' if v['year'] >= 4 else 'Key Stage 1'],
              ['Responsible Trust', v['trust'], 'Care status', 'Care Order (Art. 50)'],
              ['Date of PEP meeting', v['meet'], 'Attendance to date this year (%)', v['att']]], widths=[3.2, 5, 3.6, 5])
    heading(d, 'Core Network Around the Child', 12, '006A4E')
    table(d, [['Name', 'Relationship / role', 'Contact', 'Present at PEP'],
              ['Mrs G. Mulholland', 'Kinship carer', '07700 900412', f'{TICK}'],
              ['Mr T. Rafferty', 'Designated Teacher for LAC', 'School office', f'{TICK}'],
              ['Ms N. Devlin', 'Social Worker (Trust)', '028 9099 0123', f'{TICK}' if n == 1 else f'{BOX}'],
              ['Mrs H. Orr', 'Class teacher', 'School office', f'{TICK}'],
              ['Mr K. Lavery', 'EA Looked After Children Team', 'ea.lac@example.org', f'{BOX}']], head=True, fill='E2EFD9')
    heading(d, 'THE FIVE THEMES', 12, '006A4E')
    para(d, 'For each theme record what the child says (in their own words), what the carer says and what school says.', size=8.5, italic=True)
    rows = [['Theme', 'What I say', 'What my carer says', 'What school says']]
    carer = ['Settled; contact with mum on alternate Sundays.', 'Walks to school with carer.', 'Tired on contact days.',
             'Homework done most nights.', 'Enjoys outdoor play.']
    sch = ['No concerns.', 'Full-time, no transport needed.', 'Can be tearful at 3pm.', 'See attainment below.', 'Plays well at break.']
    for i, th in enumerate(THEMES):
        rows.append([th, v['say'][i], carer[i], sch[i]])
    table(d, rows, head=True, fill='E2EFD9', widths=[3.5, 5, 4, 4])
    heading(d, 'Attainment (Learn and achieve)', 11, '006A4E')
    table(d, [['Area', 'Level at last PEP', 'Level now', 'Comment'],
              ['Literacy', 'Level 2', 'Level 2+', 'Reading improving'], ['Numeracy', 'Level 2', 'Level 3', 'Strong mental maths'],
              ['Using ICT', 'Level 2', 'Level 2', '']], head=True, fill='E2EFD9')
    heading(d, 'Review of targets set at the last PEP', 11, '006A4E')
    table(d, [['Previous target', 'Outcome'],
              ['Read a chapter book independently each week.', 'Achieved'],
              ['Join one after-school activity.', 'Not yet - carer looking at options']], head=True, fill='EDEDED')
    heading(d, 'NEW TARGETS', 12, '006A4E')
    for i, (th, area, txt, who, when) in enumerate(v['targets'], 1):
        para(d, f'Target {i}', bold=True)
        table(d, [['Theme', th], ['Area', area], ['Target', txt], ['Who will support', who], ['By when', when]], widths=[3.5, 13])
        para(d, '')
    heading(d, 'Looked After Children Support Funding - request', 12, '006A4E')
    para(d, 'Funding requests must relate to a target above (give target number).', size=8.5, italic=True)
    table(d, [['Planned use of funding', 'Target no.', 'Amount (£)']] + [[a, c, b] for a, b, c in v['fund']] +
          [['Total amount requested', '', v['total']]], head=True, fill='FFF2CC', widths=[11, 2.5, 3])
    heading(d, 'SIGNATURES', 12, '006A4E')
    table(d, [['Section 1 completed by (Designated Teacher)', 'T. Rafferty', 'Date', v['comp']],
              ['Section 2 (social worker) returned', BOX + ' Yes  ' + TICK + ' Awaited', 'Date', ''],
              ['Date of next PEP review', v['review'], '', '']], widths=[5.5, 4.5, 1.5, 5])
    path = os.path.join(out_dir, f'{STEM}-{n}.docx')
    d.save(path)
    write_truth(out_dir, STEM, 'docx', INSP, QUIRKS, n=n, child_name=f"{v['fore']} {v['sur']}", child_first_name=v['fore'],
                school=v['school'], year_group=v['year'], meeting_date=v['meet_iso'], completed_date=v['comp_iso'],
                attendance_percent=float(v['att']) if v['att'] else None, pupil_voice=[x for x in v['say'] if x],
                targets=[{'text': t[2], 'area': t[1]} for t in v['targets']], english_target=(n == 1), maths_target=True,
                pp_spend=[{'description': a, 'cost': float(b), 'target': int(c) if c else None} for a, b, c in v['fund']],
                pp_requested=float(v['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
