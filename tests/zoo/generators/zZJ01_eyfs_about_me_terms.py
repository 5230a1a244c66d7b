"""zZJ01: EYFS PEP form, 'My ...' cover with term columns, About Me starters, ELG tick grid (entries 9, 27)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZJ import new_doc, table, para, tick, write_truth, shade
from docx.shared import Pt

STEM = 'zZJ01-eyfs-about-me-terms'
INSP = 'real-forms.md entries 9, 27'
QUIRKS = ['"My ..." first-person cover labels', 'term is a column (Autumn PEP 1 filled, Spring PEP 2 empty)',
          'About Me sentence starters with the answer after the ellipsis', 'ELG tick grid against age bands in months, 1/2/3 codes',
          'targets called next steps, one small table per step', 'Ofsted-style PEP grade as distractor']

CASES = {
 1: dict(name='Maisie Threlfall', first='Maisie', dob='14/05/2023', age='3 years 4 months', yg='Nursery (FS1)',
         school='Little Acorns Pre-School, Westbrook', mdate='29/09/2026', mdate_iso='2026-09-29',
         comp='06/10/2026', comp_iso='2026-10-06', att='91.5% (43 of 47 funded sessions)', att_v=91.5,
         about=["I like playing with... the sand tray and the big red bikes.",
                "I am good at/enjoy... climbing up the frame all by myself.",
                "My friends are... Ollie and Nia.",
                "I am happy when... Nana Jo picks me up.",
                "I am sad when... my tower falls down."],
         voice=['the sand tray and the big red bikes.', 'climbing up the frame all by myself.', 'Ollie and Nia.',
                'Nana Jo picks me up.', 'my tower falls down.'],
         steps=[('Communication and Language', 'Maisie will use sentences of four or more words to tell an adult what she wants at snack time, by the Spring PEP'),
                ('Literacy', 'Maisie will join in with repeated refrains in three familiar stories during group story time by February half-term'),
                ('Mathematics', 'Maisie will count up to five objects accurately, touching each one, in play by the end of the Spring term'),
                ('Personal, Social and Emotional Development', 'Maisie will take turns in a small group game with one adult for five minutes')],
         eypp=[('Speech and language group (Talk Boost) with key person, 2 x 15 mins a week', '£120.00', 'Next step 1'),
               ('Story sacks and rhyme bag to share at home with carer', '£45.00', 'Next step 2'),
               ('Number songs and counting resources for the outdoor area', '£60.00', 'Next step 3')],
         eypp_truth=[('Speech and language group (Talk Boost) with key person, 2 x 15 mins a week', 120.0, 1),
                     ('Story sacks and rhyme bag to share at home with carer', 45.0, 2),
                     ('Number songs and counting resources for the outdoor area', 60.0, 3)],
         total='£225.00', total_v=225.0),
 2: dict(name='Kacper Nowicki-Hale', first='Kacper', dob='02/01/2022', age='4 years 8 months', yg='Reception (FS2)',
         school='St Aldhelm\'s C of E Primary School', mdate='15/10/2026', mdate_iso='2026-10-15',
         comp='', comp_iso=None, att='', att_v=None,
         about=["I like playing with...", "I am good at/enjoy...", "My friends are...", "I am happy when...", "I am sad when..."],
         voice=[],
         steps=[('Communication and Language', 'Kacper will listen to and follow a two-part instruction in the classroom without an adult model, by the Spring PEP'),
                ('Literacy', 'Kacper will recognise and say the sounds for all Phase 2 graphemes (s a t p i n m d) by December'),
                ('Physical Development', 'Kacper will hold a pencil with a tripod grip to make marks for at least five minutes')],
         eypp=[('Fine motor "dough disco" group, daily 10 minutes', '£90.00', 'Next step 3'),
               ('Sessions with the school ELSA to settle in the mornings', '£150.00', '')],
         eypp_truth=[('Fine motor "dough disco" group, daily 10 minutes', 90.0, 3),
                     ('Sessions with the school ELSA to settle in the mornings', 150.0, None)],
         total='£240.00', total_v=240.0),
}

ELGS = ['Listening, Attention and Understanding', 'Speaking', 'Self-Regulation', 'Managing Self', 'Building Relationships',
        'Gross Motor Skills', 'Fine Motor Skills', 'Comprehension', 'Word Reading', 'Writing', 'Number', 'Numerical Patterns']
BANDS = ['8-20', '16-26', '22-36', '30-50', '40-60+']


def build_one(out_dir, n):
    c = CASES[n]
    d = new_doc('Calibri', 10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = 'Early Years Foundation Stage PEP form   |   Children in Care - Pre-school and Foundation Stage (2 years to 5 years 11 months)'
    sec.footer.paragraphs[0].text = 'OFFICIAL-SENSITIVE when completed.  EYPEP v4.2  Ref: VS/EY/' + ('30418' if n == 1 else '30977')
    para(d, 'Early Years Foundation Stage PEP form', bold=True, size=16)
    para(d, 'Please complete the column for the current term. Earlier terms stay on the form so progress can be seen.', italic=True, size=8)
    rows = [['', 'PEP: Autumn term (PEP 1)', 'Spring term (PEP 2)'],
            ['My name', c['name'], ''],
            ['My birthday', c['dob'], ''],
            ['My age', c['age'], ''],
            ['My year group', c['yg'], ''],
            ['My school/setting', c['school'], ''],
            ['Date of my PEP meeting', c['mdate'], '']]
    table(d, rows, head='D9E2F3', bold_first_col=True)
    para(d, '')
    para(d, 'Who came to my PEP meeting', bold=True, size=11)
    att_rows = [['Who', 'Name', 'Came?']]
    people = [('Key person', 'Hollie Brandreth' if n == 1 else 'Mrs R. Osei'),
              ('Setting manager / Designated person', 'Dawn Pettifer' if n == 1 else 'Mr Tom Ashworth (DT)'),
              ('Carer', 'Jo Threlfall (kinship carer)' if n == 1 else 'Sam and Lee Hale (foster carers)'),
              ('Social worker', 'Priya Mistry' if n == 1 else 'Gemma Cole'),
              ('Virtual School EY adviser', 'Fran Whitcombe')]
    for i, (r, nm) in enumerate(people):
        att_rows.append([r, nm, tick(not (n == 2 and i == 3))])
    table(d, att_rows, head='D9E2F3')
    para(d, '')
    para(d, 'About Me ……', bold=True, size=12)
    para(d, '(Key person to talk with me, using pictures or my play if that helps. Write down what I say.)', italic=True, size=8)
    for a in c['about']:
        para(d, a)
    para(d, 'What my carer says about me', bold=True)
    para(d, 'She sings all the way to nursery now and tells us about her friends.' if n == 1 else 'He is more settled at bedtime and loves his bike.')
    para(d, 'What my key person says about me', bold=True)
    para(d, 'Maisie is gaining confidence and now chooses activities independently.' if n == 1 else 'Kacper is curious and loves the construction area but finds mornings hard.')
    para(d, '')
    para(d, 'Attendance this term', bold=True)
    para(d, c['att'] if c['att'] else '')
    para(d, '')
    para(d, '(DT to complete before the PEP) 1) Development assessment information: For each early learning goal (ELG), please tick '
            'which development band is most applicable. For children transferring from Reception to Y1, please fill in the final ELGs '
            'column in addition using 1 for Emerging, 2 for Expected or 3 for exceeding.', size=8)
    g = [['Development bands (months)'] + BANDS + ['Final ELG (1/2/3)']]
    for i, e in enumerate(ELGS):
        band = (2 + (i % 3)) if n == 1 else (3 + (i % 2))
        g.append([e] + [tick(j == band) for j in range(len(BANDS))] + [''])
    t = table(d, g, head='E2EFD9')
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs: r.font.size = Pt(8)
    para(d, '')
    para(d, 'Last term\'s next steps - how did it go?', bold=True, size=11)
    prev = [['Next step from Summer term PEP', 'What happened'],
            ['To say own name and the name of key person when asked' if n == 1 else 'To separate from carer at the door with a wave',
             'Yes - does this every day now' if n == 1 else 'Partly - better on days with a familiar adult at the door']]
    table(d, prev, head='FBE4D5')
    para(d, '')
    para(d, 'My next steps', bold=True, size=12)
    for i, (area, txt) in enumerate(c['steps'], 1):
        table(d, [[f'Next step {i}', area], ['What I will learn', txt],
                  ['Who will help me', 'Key person and carer' if i % 2 else 'Key person, SENCo'],
                  ['Review by', 'Spring PEP']], bold_first_col=True)
        para(d, '')
    para(d, 'Early Years Pupil Premium (EYPP) plan', bold=True, size=12)
    e = [['What the money will pay for', 'Cost', 'Which next step?']] + [list(x) for x in c['eypp']] + [['Total EYPP requested this term', c['total'], '']]
    table(d, e, head='FFF2CC')
    para(d, '')
    para(d, 'Sign-off', bold=True, size=12)
    table(d, [['Designated person (teacher or practitioner)', people[1][1]],
              ['Date PEP completed', c['comp']],
              ['Virtual School quality grade (EYFS PEP descriptors)', 'outstanding / good / requires improvement / inadequate:  ' + ('good' if n == 1 else '')],
              ['Next PEP meeting', '26/01/2027' if n == 1 else 'Spring term - date to be set']], bold_first_col=True)
    ext = 'docx'
    d.save(os.path.join(out_dir, f'{STEM}-{n}.{ext}'))
    targets = [{'text': t, 'area': a} for a, t in c['steps']]
    write_truth(out_dir, STEM, ext, INSP, QUIRKS, n=n, child_name=c['name'], child_first_name=c['first'], school=c['school'],
                year_group=-1 if n == 1 else 0, meeting_date=c['mdate_iso'], completed_date=c['comp_iso'],
                attendance_percent=c['att_v'], pupil_voice=c['voice'], targets=targets,
                english_target=True, maths_target=(n == 1),
                pp_spend=[{'description': a, 'cost': b, 'target': t} for a, b, t in c['eypp_truth']], pp_requested=c['total_v'])


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        build_one(out_dir, n)


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
