"""zY02: 'Education Review (PEP)' in landscape PDF: Strengths and Challenges grid, executive functioning, PfA."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_Y import *
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, KeepTogether

LAYOUT = 'zY02-education-review-strengths-landscape'
INSPIRED = 'real-forms.md entry 24 (Education Review, Strengths and Challenges, executive functioning, PfA, Mind of My Own); entry 14 (carer views); label variants'
QUIRKS = ['PEP called "Education Review"; landscape A4', 'identity strip as a one-row header grid',
          'child voice sits in the "Me" row of a Strengths and Challenges grid beside school and carer rows',
          'executive functioning ratings 1-4 with tick marks', 'prose targets "Target 1 — English" with success criteria',
          'PP+ plan with "Linked to target" column and a spent-so-far distractor']

V = {
 1: dict(name='Kacper Wiśniewski', first='Kacper', dob='19 Jan 2014', ncy='Year 8', yg=8,
         setting='Ravensfield Academy', review='14 Oct 2026', review_iso='2026-10-14', review_no='Autumn 2026 (Review 1 of 3)',
         last='09 Jun 2026', nxt='03 Feb 2027', att='97.4%', att_v=97.4,
         me=('"I am good at football and art. I like Mr Okafor\'s lessons because he explains it twice."',
             '"Homework is hard when I forget what we have to do. I get angry when people talk about my mum."'),
         school_sc=('Kind to younger pupils; strong practical skills in DT and art.',
                    'Organising equipment; written tasks longer than a paragraph; managing conflict at lunchtime.'),
         carer_sc=('Helpful at home, cooks with us on Sundays.', 'Rushes homework; loses his planner.'),
         voice=['I am good at football and art. I like Mr Okafor\'s lessons because he explains it twice.',
                'Homework is hard when I forget what we have to do. I get angry when people talk about my mum.',
                'I want to be a mechanic like my uncle.'],
         pfa_me='I want to be a mechanic like my uncle.',
         targets=[('English', 'Kacper will plan and write a three-paragraph piece in English using a writing frame, reaching the school\'s "Secure" band in the December assessment',
                   'Two pieces marked Secure in his English book before the next review.', 'English teacher; TA in lessons 2 x weekly'),
                  ('Maths', 'Kacper will answer ratio and proportion questions from the Year 8 scheme with 70% accuracy on the end-of-unit test by January 2027',
                   'End-of-unit test score of 70% or more.', 'Maths teacher; small-group tutoring'),
                  ('Executive functioning', 'Kacper will use his homework app checklist every school day and hand in 9 out of 10 homework tasks by the February review',
                   'Homework log shows 9/10 handed in.', 'Form tutor checks app each morning')],
         spend=[('Small-group maths tutoring with National Tutoring partner, 10 sessions', 250.0, '2'),
                ('TA writing support in English, 2 x 30 minutes a week, autumn term', 300.0, '1'),
                ('Homework planner app licence and tablet case', 40.0, '3')],
         total=590.0, spent='£600.00 (summer term 2026)',
         dt='Ms Harriet Blackwood', signed='21 Oct 2026', signed_iso='2026-10-21',
         ef=[3, 2, 1, 2, 2]),
 2: dict(name='Tiana Osei-Bonsu', first='Tiana', dob='07 May 2011', ncy='Year 10', yg=10,
         setting='Harlow Mead School', review='', review_iso=None, review_no='Autumn 2026',
         last='16 Jun 2026', nxt='10 Feb 2027', att='', att_v=None,
         me=('"I\'m good at drama and talking to people. I helped run the Year 7 open evening."',
             '"Science is too fast for me and I don\'t always understand the words."'),
         school_sc=('Confident speaker; strong in drama and English literature.',
                    'Science vocabulary; catching up on missed coursework after placement move.'),
         carer_sc=('Very sociable and organised with her diary.', 'Late nights on phone; tired in the mornings.'),
         voice=['I\'m good at drama and talking to people. I helped run the Year 7 open evening.',
                'Science is too fast for me and I don\'t always understand the words.',
                'I want to go to college to do performing arts.'],
         pfa_me='I want to go to college to do performing arts.',
         targets=[('English', 'Tiana will complete and submit her GCSE English Language spoken language endorsement presentation by 11 December 2026',
                   'Presentation recorded and assessed as Pass or above.', 'English teacher'),
                  ('Science', 'Tiana will keep a science keyword glossary and score 60% or more on the combined science mock in January 2027',
                   'Mock score of 60% or more.', 'Science teacher; weekly after-school revision club'),
                  ('Preparing for Adulthood', 'Tiana will attend a taster day at a local college performing arts department before the next review',
                   'Taster day attended and discussed with careers adviser.', 'Careers lead; carer to provide transport')],
         spend=[('After-school science revision club with subject tutor, 12 weeks', 240.0, '2'),
                ('GCSE revision guides (English, science, maths)', 36.0, None),
                ('Drama workshop trip to regional theatre', 55.0, '3')],
         total=331.0, spent='£450.00 (summer term 2026)',
         dt='Mr Oliver Pennington', signed='02 Nov 2026', signed_iso='2026-11-02',
         ef=[2, 3, 3, 2, 1]),
}
EF = ['Working memory', 'Planning and prioritising', 'Organisation of self and equipment', 'Getting started on tasks', 'Managing feelings']


def on_page(c, doc):
    c.saveState()
    c.setFont('DV', 7)
    w, h = landscape(A4)
    c.drawString(12 * mm, h - 8 * mm, 'Sherwood Vale County Council — Virtual School for Children in Care')
    c.drawRightString(w - 12 * mm, h - 8 * mm, 'EDUCATION REVIEW (PEP) — OFFICIAL-SENSITIVE')
    c.drawString(12 * mm, 7 * mm, 'Form EdR-3 v2.4 (Sept 2026). Voice gathered through the Mind of My Own app where possible.')
    c.drawRightString(w - 12 * mm, 7 * mm, f'Page {doc.page}')
    c.restoreState()


def build_one(out_dir, n):
    v = V[n]
    st = styles()
    fname = f'{LAYOUT}-{n}.pdf'
    doc = SimpleDocTemplate(os.path.join(out_dir, fname), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=13 * mm, bottomMargin=13 * mm)
    W = landscape(A4)[0] - 24 * mm
    s = []
    s.append(Paragraph('Education Review (PEP)', st['h1']))
    s.append(Paragraph('Children in Care — school age. Please complete all sections; the Designated Teacher quality-assures '
                       'the review before it is returned to the Virtual School.', st['small']))
    s.append(Spacer(1, 4))
    strip = [['Young person', 'Date of birth', 'NC Year', 'Setting', 'Review date', 'Review', 'Last review'],
             [v['name'], v['dob'], v['ncy'], v['setting'], v['review'], v['review_no'], v['last']]]
    s.append(ptable(strip, [W * x for x in (.18, .11, .08, .19, .11, .19, .14)], st))
    s.append(Spacer(1, 6))
    att = [['Attendance (academic year 2026/27 to date)', 'Persistent absence', 'Suspensions this year', 'Attendance last year'],
           [v['att'], 'No' if v['att'] else '', 'None', '92.8%' if n == 1 else '84.1%']]
    s.append(ptable(att, [W * .34, W * .2, W * .2, W * .26], st, fill='#EDEDED'))

    s.append(Paragraph('1. Strengths and Challenges', st['h2']))
    s.append(Paragraph('Record what is going well and what is difficult from each point of view. The "Me" row should use the '
                       'young person\'s own words (copy from the Mind of My Own statement or write down what they say).', st['small']))
    sc = [['', 'Strengths — what is going well', 'Challenges — what is hard'],
          ['Me', v['me'][0], v['me'][1]],
          ['School', v['school_sc'][0], v['school_sc'][1]],
          ['Carer', v['carer_sc'][0], v['carer_sc'][1]]]
    s.append(ptable(sc, [W * .1, W * .45, W * .45], st, first_col_fill='#FFF2CC'))

    s.append(Paragraph('2. Executive functioning skills', st['h2']))
    ef = [['Skill', '1 Needs a lot of help', '2 Some help', '3 Mostly independent', '4 Independent']]
    for i, sk in enumerate(EF):
        ef.append([sk] + ['✓' if v['ef'][i] == k else '' for k in (1, 2, 3, 4)])
    s.append(ptable(ef, [W * .32] + [W * .17] * 4, st))

    s.append(Paragraph('3. Preparing for Adulthood (across the age range)', st['h2']))
    pfa = [['Outcome area', 'What the young person says', 'What school is doing'],
           ['Employment / further education', v['pfa_me'], 'Careers interview booked; work experience discussed.'],
           ['Independent living', 'Carer reports progress.', 'Life skills lessons in PSHE.'],
           ['Friends, relationships and community', 'See Strengths and Challenges.', 'Lunchtime club offered.'],
           ['Good health', '—', 'School nurse drop-in available.']]
    s.append(ptable(pfa, [W * .25, W * .4, W * .35], st))
    s.append(PageBreak())

    s.append(Paragraph('4. Progress and attainment', st['h2']))
    subj = ['English', 'Maths', 'Science'] if n == 1 else ['English Language', 'Maths', 'Combined Science', 'Drama']
    grades = {1: [('Developing', 'Developing+', 'Secure'), ('Secure-', 'Secure', 'Secure+'), ('Developing', 'Developing', 'Secure-')],
              2: [('5', '5', '6'), ('3', '4', '4'), ('3', '3', '4'), ('6', '6', '7')]}[n]
    pa = [['Subject', 'Start of year', 'Current working at', 'End of year target', 'On track?']]
    for sbj, g in zip(subj, grades):
        pa.append([sbj, g[0], g[1], g[2], 'Yes' if g[1] >= g[0] else 'No'])
    s.append(ptable(pa, [W * .25, W * .17, W * .2, W * .2, W * .18], st))

    s.append(Paragraph('5. Targets from the last Education Review (' + v['last'] + ')', st['h2']))
    prev = [['Target', 'Where are we now?', 'Status'],
            ['Improve spelling of Year 7 common exception words' if n == 1 else 'Catch up on missed English coursework',
             'Spelling test scores up from 11/20 to 17/20.' if n == 1 else 'Two of three pieces completed.', 'Achieved' if n == 1 else 'Ongoing'],
            ['Join an extra-curricular club' if n == 1 else 'Use the school counsellor drop-in',
             'Attends football club on Wednesdays.' if n == 1 else 'Attended twice.', 'Achieved']]
    s.append(ptable(prev, [W * .4, W * .45, W * .15], st, fill='#EDEDED'))

    s.append(Paragraph('6. New targets agreed at this review', st['h2']))
    s.append(Paragraph('Around three targets. At least two should be academic; the third may address executive functioning or '
                       'Preparing for Adulthood. Every PP+ request below must be linked to one of these targets by number.', st['small']))
    for i, (area, text, success, who) in enumerate(v['targets'], 1):
        s.append(KeepTogether([
            Paragraph(f'<b>Target {i} — {esc(area)}.</b>', st['h3']),
            Paragraph(esc(text) + '.', st['body']),
            Paragraph(f'<i>Success looks like:</i> {esc(success)}  <i>Who will help:</i> {esc(who)}', st['body']),
            Spacer(1, 3)]))

    s.append(Paragraph('7. Pupil Premium Plus (PP+) plan', st['h2']))
    pp = [['Provision', 'Linked to target', 'Cost this term']]
    for desc, cost, link in v['spend']:
        pp.append([desc, link or '', f'£{cost:,.2f}'])
    pp.append(['TOTAL PP+ REQUESTED', '', f'£{v["total"]:,.2f}'])
    s.append(ptable(pp, [W * .6, W * .18, W * .22], st))
    s.append(Paragraph(f'PP+ already spent on this young person: {v["spent"]}. This is shown for information and is not part of this request.', st['small']))

    qa = [['Designated Teacher', 'Review completed and checked by DT on', 'Next Education Review'],
          [v['dt'], v['signed'], v['nxt']]]
    s.append(KeepTogether([Paragraph('8. Quality assurance and next review', st['h2']),
                           ptable(qa, [W * .34, W * .33, W * .33], st, fill='#E2EFD9')]))
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)

    tg = [{'text': t[1], 'area': t[0]} for t in v['targets']]
    write_truth(out_dir, LAYOUT, fname, INSPIRED, QUIRKS,
                child_name=v['name'], child_first_name=v['first'], school=v['setting'], year_group=v['yg'],
                meeting_date=v['review_iso'], completed_date=v['signed_iso'], attendance_percent=v['att_v'],
                pupil_voice=v['voice'], targets=tg, english_target=True,
                maths_target=any(t[0] == 'Maths' for t in v['targets']),
                pp_spend=[{'description': d_, 'cost': c_, 'target': int(l_) if l_ else None} for d_, c_, l_ in v['spend']],
                pp_requested=v['total'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
