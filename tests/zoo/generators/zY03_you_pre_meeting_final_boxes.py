"""zY03: PEP written to the young person as 'you', in three parts (pre-meeting data, planning meeting, final document)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Y import *
from docx.shared import Pt, Cm, RGBColor

LAYOUT = 'zY03-you-pre-meeting-final-boxes'
INSPIRED = 'real-forms.md entry 23 (second-person PEP, three parts, DT pre-meeting submission a week before); entries 10 and 14 (views first, carer section); label variants'
QUIRKS = ['whole PEP addressed to the child as "you"; details inside sentences ("You are in Year 6 at ...")',
          'three parts: pre-meeting data collection / planning meeting / final document',
          'DT pre-meeting submission date and final-document date both present (completion = final document issued)',
          'content-control style shaded boxes with "Click or tap here to enter text." placeholders when empty',
          'one transposed table per target', 'PP+ lines linked "Helps with target" by number; tick-glyph attendee list']

PH = 'Click or tap here to enter text.'

V = {
 1: dict(first='Amelia', sur='Thornbury', dob='30 June 2015', year='Year 6', yg=6, school='Kennet Meadow Primary School',
         pre='2 October 2026', meeting='9 October 2026', meeting_iso='2026-10-09', final='16 October 2026', final_iso='2026-10-16',
         last='20 May 2026', nxt='29 January 2027', att='96.5%', att_v=96.5, att_prev='93.0%',
         voice=['I like being a playground buddy because the little ones come to me.',
                'I am nervous about big school because I do not know anyone who is going to Downland.',
                'I would like help with fractions because I get muddled when the bottom numbers are different.'],
         carer='Amelia has grown in confidence this term. She worries about moving to secondary and we would like a transition plan.',
         targets=[('Reading', 'You will read two chapter books of your choice from the Year 6 reading spine and talk about them in a book review with Mrs Ashdown before the end of the spring term',
                   'You said you want to be ready for big school reading.', 'Guided reading three times a week; a reading journal.', 'End of March 2027'),
                  ('Maths', 'You will add and subtract fractions with different denominators correctly in 8 out of 10 questions on the class arithmetic check by February half-term',
                   'You told us fractions muddle you.', 'Fractions intervention group with Mr Pike, twice a week.', 'February half-term 2027'),
                  ('Moving to secondary', 'You will visit Downland School three extra times with your key adult and make a "my new school" booklet before the summer transition days',
                   'You are nervous about not knowing anyone.', 'Enhanced transition visits arranged by the DT.', 'May 2027')],
         spend=[('Fractions intervention group with teacher, 2 x 30 minutes a week for 10 weeks', 200.0, 2),
                ('Reading journal, book-club books and author visit', 60.0, 1),
                ('Key adult time and taxi for three enhanced transition visits', 150.0, 3)],
         total=410.0, dt='Mrs Penelope Ashdown', sw='Marcus Hale', att_child=True),
 2: dict(first='Jordan', sur='Ellery', dob='11 February 2019', year='Year 3', yg=3, school='Hungerwood C of E Primary School',
         pre='5 November 2026', meeting='12 November 2026', meeting_iso='2026-11-12', final='', final_iso=None,
         last='24 June 2026', nxt='4 March 2027', att='91.8%', att_v=91.8, att_prev='89.4%',
         voice=[],
         carer='Jordan enjoys school in the mornings but is very tired after swimming. He loves Lego and dinosaurs.',
         targets=[('Writing', 'You will write three sentences in a row using capital letters and full stops, with your word mat, in your Friday writing by Christmas',
                   'Writing is the thing you find hardest.', 'Daily handwriting and sentence work with Miss Carver.', 'December 2026'),
                  ('Friendships', 'You will take turns in a small group game at lunchtime club twice a week and tell your key adult how it went',
                   'Your carer told us you want more friends to play with.', 'Lunchtime Lego club with an adult.', 'Next PEP')],
         spend=[('Daily handwriting and sentence-work intervention with teaching assistant, 15 minutes a day', 180.0, 1),
                ('Lunchtime Lego club resources', 40.0, 2),
                ('Swimming kit and goggles', 25.0, None)],
         total=245.0, dt='Mr Graham Wills', sw='Naomi Pryce', att_child=False),
}


def box(d, text, label=None, height_lines=1):
    """Single-cell shaded box looking like a form field / content control."""
    if label:
        p = para(d, label, bold=True, size=9.5, colour='3B3838')
        p.paragraph_format.space_after = Pt(1)
    t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'
    c = t.cell(0, 0); shade(c, 'F2F2F2')
    if text:
        cell_text(c, text)
    else:
        cell_text(c, PH, colour='808080')
    return t


def build_one(out_dir, n):
    v = V[n]
    fname = f'{LAYOUT}-{n}.docx'
    d = new_doc('Calibri', 10.5)
    header_footer(d, 'Kennetside Virtual School  ·  Your Personal Education Plan  ·  Restricted when complete',
                  'We write your PEP to you. Everyone who contributes writes in the same voice.  Version 5 (2026)')
    heading(d, f'Your Personal Education Plan, {v["first"]}', 18, colour='7030A0', space_before=0)
    para(d, 'Part 1: pre-meeting data collection  →  Part 2: planning meeting  →  Part 3: final document', size=9, colour='7030A0')

    heading(d, 'Part 1 — Before your meeting', 14, colour='7030A0')
    para(d, 'Your Designated Teacher fills this part in at least a week before your meeting.', italic=True, size=8.5)
    tbl = table(d, [['Your name', f'{v["first"]} {v["sur"]}'], ['Your date of birth', v['dob']],
                    ['Your school', v['school']]], widths=[5, 12], bold_first_col=True)
    para(d, f'You are in {v["year"]} at {v["school"]}. Your last PEP was on {v["last"]}.')
    para(d, f'Pre-meeting information submitted by your Designated Teacher on {v["pre"]}.', size=9, italic=True)

    heading(d, 'How often you have been in school', 11, colour='3B3838')
    table(d, [['', 'This school year so far', 'Last school year'], ['Your attendance', v['att'], v['att_prev']],
              ['Times you were sent home or excluded', '0', '0']], header_fill='E4DFEC', widths=[6, 5.5, 5.5])

    heading(d, 'How you are getting on', 11, colour='3B3838')
    if n == 1:
        prog = [['Subject', 'Where you were in July', 'Where you are now', 'Where we expect you to be in July 2027'],
                ['Reading', 'Working towards', 'Working towards+', 'Expected standard'],
                ['Writing', 'Expected', 'Expected', 'Expected'],
                ['Maths', 'Working towards', 'Working towards', 'Expected standard']]
    else:
        prog = [['Subject', 'Where you were in July', 'Where you are now', 'Where we expect you to be in July 2027'],
                ['Reading', 'Below', 'Working towards', 'Working towards'],
                ['Writing', 'Below', 'Below', 'Working towards'],
                ['Maths', 'Working towards', 'Expected', 'Expected']]
    table(d, prog, header_fill='E4DFEC')

    heading(d, 'What you think — in your own words', 11, colour='3B3838')
    para(d, 'Tell us what is going well, what is hard and what would help. You can write this yourself or ask an adult to write down exactly what you say.', italic=True, size=8.5)
    box(d, '\n'.join(v['voice']) if v['voice'] else '')
    heading(d, 'What the people who look after you think', 11, colour='3B3838')
    box(d, v['carer'])

    heading(d, 'Part 2 — Your planning meeting', 14, colour='7030A0')
    para(d, f'Your meeting was held on {v["meeting"]}.')
    rows = [['Who came', 'Name', 'Was there']]
    rows += [['You', v['first'], '☒' if v['att_child'] else '☐'], ['Your carer', 'Ms L. Ferris' if n == 1 else 'Mr and Mrs Dunmore', '☒'],
             ['Your social worker', v['sw'], '☒'], ['Your Designated Teacher', v['dt'], '☒'],
             ['Virtual School adviser', 'Dr Imogen Strand', '☐' if n == 1 else '☒']]
    table(d, rows, header_fill='E4DFEC', widths=[6, 7, 3])

    heading(d, 'Looking back at the targets from your last PEP', 11, colour='3B3838')
    prev = [['Your last target', 'How it went'],
            ['You will learn your 6, 7 and 9 times tables' if n == 1 else 'You will learn phase 5 sounds',
             'You did it! ☒ Met  ☐ Not yet' if n == 1 else '☐ Met  ☒ Not yet — we have broken this down into smaller steps'],
            ['You will join a club at lunchtime' if n == 1 else 'You will come into class calmly after lunch',
             '☒ Met  ☐ Not yet']]
    table(d, prev, header_fill='E4DFEC', widths=[9, 8])

    heading(d, 'Your new targets', 11, colour='3B3838')
    for i, (area, text, why, how, when) in enumerate(v['targets'], 1):
        p = para(d, f'Target {i}: {area}', bold=True, colour='7030A0')
        p.paragraph_format.space_after = Pt(1)
        table(d, [['What you are aiming for', text], ['Why this matters to you', why], ['How we will help you', how],
                  ['By when', when]], widths=[5, 12], bold_first_col=True)
        d.add_paragraph()

    heading(d, 'How your Pupil Premium Plus (PP+) will be spent', 11, colour='3B3838')
    rows = [['What we will buy or provide', 'Helps with target', 'Cost']]
    for desc, cost, link in v['spend']:
        rows.append([desc, str(link) if link else '', f'£{cost:.2f}'])
    rows.append(['Total PP+ requested for this term', '', f'£{v["total"]:.2f}'])
    table(d, rows, header_fill='E4DFEC', widths=[11, 3, 3])

    heading(d, 'Part 3 — Your final document', 14, colour='7030A0')
    if v['final']:
        para(d, f'This PEP was checked and finalised by your Designated Teacher, {v["dt"]}, on {v["final"]}. '
                'A copy has been sent to you, your carer and your social worker.')
        para(d, 'Final document issued  ☒')
    else:
        para(d, 'Finalised by your Designated Teacher on:')
        box(d, '')
        para(d, 'Final document issued  ☐')
    para(d, f'Your next PEP meeting will be on {v["nxt"]}.')
    d.save(os.path.join(out_dir, fname))

    write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS,
                child_name=f'{v["first"]} {v["sur"]}', child_first_name=v['first'], school=v['school'], year_group=v['yg'],
                meeting_date=v['meeting_iso'], completed_date=v['final_iso'], attendance_percent=v['att_v'],
                pupil_voice=v['voice'], targets=[{'text': t[1], 'area': t[0]} for t in v['targets']],
                english_target=True, maths_target=any(t[0] == 'Maths' for t in v['targets']),
                pp_spend=[{'description': a, 'cost': b, 'target': c} for a, b, c in v['spend']], pp_requested=v['total'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
