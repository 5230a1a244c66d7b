"""zZB04: early-years plan not called a PEP ('My 2-4 years Learning Plan', entry 16) with a RAG-rated EYFS grid
(entry 28); landscape PDF; next steps (targets) sit in a column of the progress grid."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZB import *

STEM = 'zZB04-ey-learning-plan-rag'

DATA = {
 1: dict(name='Nia Abernethy-Cole', first='Nia', age='3 years 4 months', dob='11/06/2023', setting='Little Acorns Day Nursery',
         legal='Interim Care Order', careplan='Nia lives with experienced foster carers. Plan: long-term fostering, contact with mum twice a week.',
         meet='22 October 2026', last='12 May 2026', nextm='February 2027', att='89%', attv=89.0,
         hours='15 funded hours over 3 days', completed='29 October 2026', completed_iso='2026-10-29', meet_iso='2026-10-22',
         voice=['I like the big digger outside.', 'Me and Ollie make a rocket.', 'I don\u2019t like the noisy bit at dinner.'],
         carer='Nia talks about nursery all weekend. She is starting to count the stairs.',
         grid=[('Personal, Social and Emotional Development', 'Settles quickly; beginning to share resources with one friend.', 'Green',
                'Nia will take turns in a small group game with two other children and an adult, three times a week by Christmas'),
               ('Communication and Language', 'Uses 3-4 word sentences; some sounds unclear.', 'Amber',
                'Nia will join the daily Chatterbox group and use sentences of 4-5 words to talk about her play by February'),
               ('Physical Development', 'Confident climber; pencil grip developing.', 'Green', ''),
               ('Literacy', 'Enjoys stories; can find her name card with support.', 'Amber',
                'Nia will recognise the first letter of her name and join in with repeated refrains in 3 favourite stories'),
               ('Mathematics', 'Counts to 5 with one-to-one correspondence most days.', 'Amber',
                'Nia will count up to 6 objects accurately and match the numeral in play by the February plan'),
               ('Understanding the World', 'Curious about bugs and the garden.', 'Green', ''),
               ('Expressive Arts and Design', 'Loves painting and role play.', 'Green', '')],
         eypp=[('Chatterbox small group language sessions with trained practitioner', 'Communication and Language', '120.00'),
               ('Counting and number games pack for nursery and home', 'Mathematics', '35.00'),
               ('Turn-taking games for small group work', 'Personal, Social and Emotional Development', '28.00')],
         total='183.00'),
 2: dict(name='Kai Brennagh', first='Kai', age='2 years 9 months', dob='02/02/2024', setting='Puddleduck Pre-School',
         legal='Section 20 (accommodated)', careplan='Kai is in a short-term foster placement. Plan: assessment of kinship carers ongoing.',
         meet='10 November 2026', last='', nextm='March 2027', att='82%', attv=82.0,
         hours='15 funded hours (2 year old funding)', completed='', completed_iso=None, meet_iso='2026-11-10',
         voice=[], carer='Kai is still getting used to the car journey. He sleeps well after nursery days.',
         grid=[('Personal, Social and Emotional Development', 'Needs a familiar adult close by; cries at drop-off.', 'Red',
                'Kai will separate from his carer at drop-off with his key person and settle within 10 minutes on most days'),
               ('Communication and Language', 'Uses single words and gestures.', 'Amber',
                'Kai will use 20 single words and begin joining two words together, recorded in his learning journal'),
               ('Physical Development', 'Walking and running confidently.', 'Green', ''),
               ('Literacy', 'Enjoys board books with an adult.', 'Green', ''),
               ('Mathematics', 'Interested in filling and emptying containers.', 'Amber', ''),
               ('Understanding the World', 'Explores the sand tray.', 'Green', ''),
               ('Expressive Arts and Design', 'Likes music time.', 'Green', '')],
         eypp=[('Key person additional settling time, 1 hour a week for 8 weeks', 'Personal, Social and Emotional Development', '96.00'),
               ('Sensory resources for the baby room', '', '60.00')],
         total='156.00'),
}

VOICE_PROMPT = 'What I have said about nursery (in my own words, written down by my key person)'


def build_one(out_dir, n):
    x = DATA[n]
    L = landscape(A4)
    s = []
    s.append(P('My 2-4 years Learning Plan', PSH))
    s.append(P('For Cared for Children aged 2 to 4. This plan replaces the PEP for the early years. '
               'Please provide comments for each area of learning and a RAG rating.', PSS))
    s.append(Spacer(1, 6))
    s.append(P('Part 1: About me', PSB))
    s.append(ptable([['My name', x['name'], 'My age', x['age'], 'Date of birth', x['dob']],
                     ['Legal status', x['legal'], 'Social worker', 'Grace Ofori' if n == 1 else 'Liam Hendry', 'Local ID', f'EY-{48210 + n}'],
                     ['Brief summary of care plan', x['careplan'], '', '', '', '']],
                    [3.6 * cm, 6 * cm, 3 * cm, 5 * cm, 3 * cm, 5.9 * cm],
                    extra=[('SPAN', (1, 2), (5, 2)), ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#FCE4D6'))]))
    s.append(Spacer(1, 6))
    s.append(P('Part 2: My health, my setting and EYPP', PSB))
    s.append(ptable([['Any health concerns', 'None; hearing test booked' if n == 1 else 'Eczema, cream applied by setting',
                      'The name of the setting I attend', x['setting']],
                     ['Hours I attend', x['hours'], 'Attendance this term', x['att']],
                     ['Impact of last term\u2019s EYPP funding', 'Nia now joins in at story time for the whole session.' if n == 1 else 'First EYPP claim; no previous funding.',
                      'Date of last plan', x['last']]],
                    [4.5 * cm, 8.25 * cm, 5 * cm, 8.75 * cm]))
    s.append(Spacer(1, 6))
    s.append(P('Part 3: Meeting', PSB))
    s.append(ptable([['Date of Learning Plan meeting', x['meet'], 'Who came',
                      'Key person (Rosie Penhallow), setting manager, foster carer, social worker, Virtual School EY adviser' if n == 1
                      else 'Key person (Jade Mwangi), foster carer, Virtual School EY adviser']],
                    [4.5 * cm, 4 * cm, 2.5 * cm, 15.5 * cm]))
    s.append(PageBreak())
    s.append(P('Part 4: My progress against the EYFS (RAG Ratings: Red = well below, Amber = a little below, Green = on track)', PSB))
    rows = [['Area of learning', 'Comment from my key person', 'RAG', 'My next step (only where agreed)']]
    ext = []
    for i, (area, com, rag, nxt) in enumerate(x['grid'], 1):
        rows.append([area, com, rag, nxt])
        ext.append(('BACKGROUND', (2, i), (2, i), colors.HexColor({'Red': '#F4B6B6', 'Amber': '#FFE08A', 'Green': '#B7E1A1'}[rag])))
    s.append(ptable(rows, [5.5 * cm, 8 * cm, 2 * cm, 11 * cm], head_fill='#C55A11', extra=ext))
    s.append(Spacer(1, 6))
    s.append(P('Part 5: My voice', PSB))
    s.append(ptable([[VOICE_PROMPT], ['\n'.join(x['voice']) if x['voice'] else '\n\n']], [26.5 * cm]))
    s.append(Spacer(1, 4))
    s.append(ptable([['What my carer says', x['carer']]], [4.5 * cm, 22 * cm]))
    s.append(Spacer(1, 6))
    s.append(P('Part 6: Early Years Pupil Premium (EYPP)', PSB))
    s.append(ptable([['How the EYPP will be used', 'Which next step it supports', 'Cost \u00a3']] + [list(e) for e in x['eypp']] +
                    [['Total EYPP requested this term', '', x['total']]], [13 * cm, 9.5 * cm, 4 * cm], head_fill='#C55A11'))
    s.append(Spacer(1, 6))
    s.append(ptable([['Plan completed by (setting lead)', 'Hannah Jory, Setting Manager' if n == 1 else '',
                      'Date completed', x['completed'], 'Next Learning Plan', x['nextm']]],
                    [5 * cm, 6 * cm, 3 * cm, 4 * cm, 3.5 * cm, 5 * cm]))
    s.append(P('A Personal Education Plan Feedback Form will be sent by the Virtual School after quality assurance.', PSS))
    fn = f'{STEM}-{n}.pdf'
    build_pdf(os.path.join(out_dir, fn), s, pagesize=L, header='Virtual School for Cared for Children \u2013 Early Years (age 2-4)',
              footer='My 2-4 years Learning Plan v3.1 | page {page} | Confidential')
    areas = [a for a, c, r, t in x['grid'] if t]
    num = {a: i for i, a in enumerate(areas, 1)}
    write_truth(out_dir, STEM, 'pdf', n=n, inspired_by='real-forms.md entries 16, 28',
                quirks=['early-years plan not named PEP', 'landscape pages', 'targets are the filled cells of a Next step column in the RAG-rated EYFS grid',
                        'EYPP lines linked to an area of learning rather than a target number', 'age in years and months, no year group label'],
                child_name=x['name'], child_first_name=x['first'], school=x['setting'], year_group=-1,
                meeting_date=x['meet_iso'], completed_date=x['completed_iso'], attendance_percent=x['attv'],
                pupil_voice=x['voice'],
                targets=[{'text': t, 'area': a} for a, c, r, t in x['grid'] if t],
                english_target=any(a in ('Communication and Language', 'Literacy') for a in areas),
                maths_target='Mathematics' in areas,
                pp_spend=[{'description': dsc, 'cost': float(c), 'target': num.get(a)} for dsc, a, c in x['eypp']],
                pp_requested=float(x['total']))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1])
