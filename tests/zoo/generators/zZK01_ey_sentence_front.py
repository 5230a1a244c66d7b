"""zZK01: early-years Word EYPEP, sentence labels on the front page (real-forms entries 4, 7)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZK import *

STEM = 'zZK01-ey-sentence-front'
INSP = 'real-forms.md entries 4, 7'
QUIRKS = ['sentence labels on the front page ("My name is ...", age in months)', 'procedure prose page before the fields',
          'working note left in the header', 'sections numbered in words', 'Copy of PEP Sent column',
          'one small table per next step', 'last and next EYPEP dates beside this one']

KIDS = {
 1: dict(first='Maisie', last='Tranmere', months=31, setting='Little Acorns Day Nursery, Brackenthwaite', dob='09/05/2024',
         meet='2026-10-14', meet_s='14th October 2026', lastpep='23rd June 2026', nxt='February 2027',
         done='2026-10-21', done_s='21/10/2026', att='92%', att_v=92.0,
         voice=['I like the big red bike outside.', "I don't like it when Mummy has to go.", 'Painting is my best thing.'],
         voice_t=["I like the big red bike outside.", "I don't like it when Mummy has to go.", "Painting is my best thing."],
         targets=[('Maisie will join in with two new nursery rhymes at group time and say the last word of each line by Christmas.', 'Communication and Language'),
                  ('Maisie will make marks with a chunky crayon and tell an adult what her picture says, three times a week.', 'Literacy'),
                  ('Maisie will count up to five objects one by one during snack time with adult support.', 'Maths'),
                  ('Maisie will say goodbye to her carer at the door and settle with her key person within ten minutes.', 'PSED')],
         eypp=[('Weekly Bookstart-style story sack sessions with key person (10 weeks)', '£120.00', 'Next step 2'),
               ('Number puppets and counting bears for the room', '£45.00', 'Next step 3'),
               ('Extra settling session on Monday mornings, autumn term', '£135.00', 'Next step 4')],
         total='£300.00'),
 2: dict(first='Reuben', last='Ashcroft-Lyle', months=40, setting='Hollin Bank Pre-School', dob='02/08/2023',
         meet='2026-11-04', meet_s='4th November 2026', lastpep='12th May 2026', nxt='March 2027',
         done=None, done_s='', att='', att_v=None,
         voice=[], voice_t=[],
         targets=[('Reuben will use two-word phrases to ask for help ("help me", "more juice") at least once each session.', 'Communication and Language'),
                  ('Reuben will turn the pages of a board book one at a time and point to pictures when an adult names them.', 'Literacy'),
                  ('Reuben will take turns on the slide with one other child with an adult nearby.', 'PSED')],
         eypp=[('Speech and language group (Chatterbox) 1 session per week', '£160.00', 'Next step 1'),
               ('Outdoor waterproofs and wellies so Reuben can join forest mornings', '£38.50', '')],
         total='£198.50'),
}


def build_one(out_dir, n):
    k = KIDS[n]
    d = new_doc('Calibri', 11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = 'NUI - FAO the Nursery manager - 18 pages'
    sec.footer.paragraphs[0].text = 'Fellmoor County Council Virtual School \u2013 EYPEP 0-4 v3.2  |  OFFICIAL-SENSITIVE'
    para(d, '0\u20134 Years Personal Education Plan 2026\u20132027', bold=True, size=18, align='c')
    para(d, 'Fellmoor Virtual School for Children in Care', italic=True, align='c')
    para(d, '')
    para(d, f'My name is {k["first"]} {k["last"]}', size=14)
    para(d, f'I am {k["months"]} months old', size=14)
    para(d, f'My setting is {k["setting"]}', size=14)
    para(d, 'This is a photo of me (Please refer to your setting\u2019s policy on the use of photographs)', size=14)
    boxed(d, '[photo]' if n == 1 else '', 'FFFFFF')
    d.add_page_break()
    para(d, 'PEP Procedure for pre-school children in a nursery or non-school setting (0-4 year olds)', bold=True, size=13)
    for line in ['1. Arranging the Meeting - Is the child new into care? YES - PEP meeting should take place within 10 days of '
                 'the child coming into care for all children over the age of 12 months. NO - review the EYPEP termly.',
                 '2. The social worker sends the invitations to the people listed in Section One (b). The setting\u2019s '
                 'designated person brings the child\u2019s learning journey and the last EYPEP.',
                 '3. After the meeting the designated person completes the EYPEP within 10 working days and e-mails it to '
                 'the Virtual School. A copy is sent to everyone ticked in the \u201cCopy of PEP Sent\u201d column.',
                 '4. EYPP (Early Years Pupil Premium) is requested in Section Six. Each request must say which next step it supports.']:
        para(d, line)
    d.add_page_break()
    para(d, 'Section One (a):Child\u2019s Details', bold=True, size=13)
    table(d, [['First name', k['first'], 'Surname', k['last']],
              ['Date of birth', k['dob'], 'Age (months)', str(k['months'])],
              ['Setting', k['setting'], 'Hours per week', '15 funded + 7.5 paid' if n == 1 else '15 funded'],
              ['Social Care ID', f'FC-{40211 + n * 37}', 'Legal status', 'S.31 Full Care Order' if n == 1 else 'S.20'],
              ['Date of last EYPEP', k['lastpep'], 'Date of this EYPEP meeting', k['meet_s']],
              ['Date of next EYPEP', k['nxt'], 'Is this the first EYPEP?', f'Yes {BOX}   No {TICK}']])
    para(d, '')
    para(d, 'Section One (b):People Invited to EYPEP Meeting', bold=True, size=13)
    para(d, 'Please indicate the names of the people responsible for managing this EYPEP.', italic=True)
    carer = 'Mrs Dawn Pettigrew (foster carer)' if n == 1 else 'Mr & Mrs Okafor (foster carers)'
    table(d, [['Title', 'Name', 'Address and Phone Number', 'Attended Meeting', 'Copy of PEP Sent'],
              ['Child', f'{k["first"]} {k["last"]}', 'c/o carer', TICK if n == 1 else BOX, BOX],
              ['Parent', 'Ms Kerry Tranmere' if n == 1 else 'Mr Liam Ashcroft', 'via social worker', BOX, TICK],
              ['Carer(s)', carer, '4 Mill Row, Brackenthwaite 01946 000 412', TICK, TICK],
              ['Designated person (teacher or practitioner)', 'Miss Hannah Oduya' if n == 1 else 'Mrs Carol Wren',
               'at setting, 01946 000 377', TICK, TICK],
              ['Social worker or care manager', 'Tom Birkett' if n == 1 else 'Priya Sandhu', 'Fellmoor CSC, 0300 000 1234', TICK, TICK],
              ['Virtual School EY adviser', 'Gwen Harker', 'Fellmoor VS', TICK if n == 1 else BOX, TICK]], header=True)
    para(d, '')
    para(d, 'Section Two:Responsibilities', bold=True, size=13)
    table(d, [['Question', 'Name and Contact Details'],
              ['Who should the setting contact in an emergency \u2013 in order of priority? 1. 2. 3.',
               f'1. {carer}  2. Tom Birkett (SW)  3. Fellmoor EDT 0300 000 9999' if n == 1 else f'1. {carer}  2. Priya Sandhu (SW)  3.'],
              ['Who is allowed access to me in my setting?', 'Carers and social worker only. No contact with birth family at setting.'],
              ['Who will take responsibility for my health issues?', 'Carer, with health visitor'],
              ['Who will give permission for my attendance on trips?', 'Social worker'],
              ['Who can give permission for school photographs and performances?', 'Social worker (no social media)']], header=True)
    d.add_page_break()
    para(d, 'Section Three:All About Me', bold=True, size=13)
    para(d, 'My key person writes down what I say or show in my own words. Carer\u2019s and practitioner\u2019s views go in the boxes below mine.', italic=True)
    para(d, 'What I say (my hopes, worries and the things I like):', bold=True)
    boxed(d, ' '.join(k['voice']), 'FFF8E1')
    para(d, 'What my carer says:', bold=True)
    boxed(d, 'She is sleeping better and loves bath time. She likes nursery but is clingy on Mondays.' if n == 1 else
          'Reuben is very active and likes being outside. He gets frustrated when he cannot make himself understood.')
    para(d, 'What my key person says:', bold=True)
    boxed(d, 'Settles well after the first ten minutes; enjoys messy play and the mark-making table.' if n == 1 else
          'Reuben plays alongside others and is starting to copy words. He is ready for small-group language work.')
    para(d, '')
    para(d, 'Section Four:How I Am Getting On', bold=True, size=13)
    table(d, [['Area', 'Development band (months)', 'Comment'],
              ['Communication and Language', '22-36', 'Uses short sentences' if n == 1 else 'Single words, some two-word phrases'],
              ['Physical Development', '30-50' if n == 1 else '22-36', 'Confident on the climbing frame'],
              ['PSED', '22-36', 'Separation from carer still hard'],
              ['Literacy', '22-36', 'Enjoys stories in a small group'],
              ['Mathematics', '22-36', 'Beginning to say numbers in order' if n == 1 else 'Not assessed this term']], header=True)
    para(d, f'Attendance at my setting this year (% of booked sessions): {k["att"]}')
    para(d, 'Previous next steps (from the last EYPEP):', bold=True)
    table(d, [['Next step set in the summer', 'Met?'],
              ['To point to a picture and name it when asked', f'Yes {TICK}  Partly {BOX}  Not yet {BOX}'],
              ['To sit for a short story with two other children', f'Yes {BOX}  Partly {TICK}  Not yet {BOX}']], header=True)
    d.add_page_break()
    para(d, 'Section Five:My Next Steps', bold=True, size=13)
    para(d, 'Next steps should be small, achievable before the next EYPEP and linked to the EYFS areas of learning.', italic=True)
    for i, (txt, area) in enumerate(k['targets'], 1):
        para(d, f'Next step {i}', bold=True)
        table(d, [['Area of learning', area], ['What I will learn to do', txt],
                  ['How the adults will help me', 'Key person, daily, in small group time'],
                  ['By when', k['nxt']]], widths=[5, 12])
        para(d, '')
    para(d, 'Section Six:Early Years Pupil Premium (EYPP) Request', bold=True, size=13)
    rows = [['What will the EYPP pay for?', 'Cost', 'Which next step does it support?']]
    for desc, cost, link in k['eypp']:
        rows.append([desc, cost, link])
    rows.append(['Total EYPP requested this term', k['total'], ''])
    table(d, rows, header=True)
    para(d, '')
    para(d, 'Section Seven:Sign Off', bold=True, size=13)
    table(d, [['Designated person', 'Miss Hannah Oduya' if n == 1 else 'Mrs Carol Wren'],
              ['Date EYPEP completed', k['done_s']],
              ['Sent to the Virtual School', f'Yes {TICK if n == 1 else BOX}']], widths=[6, 11])
    path = os.path.join(out_dir, f'{STEM}-{n}.docx')
    d.save(path)
    tg = [{'text': t, 'area': ('English' if a in ('Literacy', 'Communication and Language') else a)} for t, a in k['targets']]
    links = []
    for desc, cost, link in k['eypp']:
        links.append({'description': desc, 'cost': float(cost.strip('£')),
                      'target': int(link.split()[-1]) if link else None})
    write_truth(out_dir, f'{STEM}-{n}', 'docx', INSP, QUIRKS,
                child_name=f'{k["first"]} {k["last"]}', child_first_name=k['first'], school=k['setting'], year_group=-1,
                meeting_date=k['meet'], completed_date=k['done'], attendance_percent=k['att_v'], pupil_voice=k['voice_t'],
                targets=tg, english_target=True, maths_target=any(a == 'Maths' for _, a in k['targets']),
                pp_spend=links, pp_requested=float(k['total'].strip('£')))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
