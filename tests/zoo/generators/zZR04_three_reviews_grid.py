"""zZR04: one-year PEP record with three review windows as columns (entry 20 style). Landscape PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZR import *

STEM = 'zZR04-three-reviews-grid'
INSP = 'real-forms.md entries 20, 2'
QUIRKS = ['three review windows in one document as columns (read the latest filled one)', 'transposed grid: fields are rows, reviews are columns',
          'earlier reviews hold their own attendance, views and dates as distractors', 'target history table with status per review',
          'SMART spelled with Assigned', 'PEP initiated by VS with basic information banner']
W = {1: 'First review - September to December', 2: 'Second review - January to April', 3: 'Third review - May to July'}

DATA = {
 1: dict(fn='Harvey', sn='Quinlan', yg=9, school='Medway Down Community College', upn='H823400117025',
         reviews=[dict(date='17/10/2025', att='89.4%', voice='Year 9 is alright. I do not like French.', sign='24/10/2025'),
                  dict(date='05/02/2026', att='92.1%', voice='I have moved up a set in maths which I am proud of.', sign='12/02/2026'),
                  dict(date='16/06/2026', att='93.8%', voice='I want to take Computer Science and PE for my options. I still get angry in English when I get stuck.', sign='25/06/2026')],
         meet='2026-06-16', done='2026-06-25', att=93.8,
         voice=['I want to take Computer Science and PE for my options.', 'I still get angry in English when I get stuck.'],
         targets=[('Harvey will use the PEEL paragraph frame in every English assessed piece during the summer term', 'English'),
                  ('Harvey will complete 20 minutes of Sparx Maths homework each week until the end of July', 'Maths'),
                  ('Harvey will attend the Year 10 options taster day and choose his options with his mentor', 'Careers')],
         history=[('Reduce lateness to under 3 per half-term', 'Set', 'Ongoing', 'Achieved'),
                  ('Move up one maths set', 'Set', 'Achieved', 'Closed')],
         pp=[('English mentor sessions on managing frustration when stuck (6 weeks)', '210.00', 1), ('Sparx Maths headset and revision cards', '32.00', 2),
             ('Options taster day trip costs', '45.00', 3)], total='287.00'),
 2: dict(fn='Leah', sn='Barrowclough', yg=5, school='Oakhurst Church of England Primary', upn='L207711930002',
         reviews=[dict(date='09/10/2025', att='96.0%', voice='I love reading Harry Potter.', sign='16/10/2025'),
                  dict(date='27/01/2026', att='97.5%', voice='I like my new teacher. Writing is still hard.', sign=''),
                  dict(date='', att='', voice='', sign='')],
         meet='2026-01-27', done=None, att=97.5,
         voice=['I like my new teacher.', 'Writing is still hard.'],
         targets=[('Leah will write a short story with paragraphs and speech punctuation by Easter', 'English'),
                  ('Leah will take part in the school choir and perform at the spring concert', 'Confidence')],
         history=[('Read 10 minutes every night with carer', 'Set', 'Achieved', ''),
                  ('Learn the 7 times table', 'Set', 'Partly', '')],
         pp=[('1:1 writing tutor, 8 x 45 minutes', '280.00', 1), ('School residential deposit', '60.00', None)], total='340.00'),
}


def build(out_dir):
    st = styles()
    for n, d in DATA.items():
        path = os.path.join(out_dir, f'{STEM}-{n}.pdf')
        def foot(c, doc):
            c.saveState(); c.setFont(FONT, 6.5)
            c.drawString(36, 18, 'Professional (Delegation) Portal \u2013 PEP print  |  Academic year 2025/26  |  UPN ' + d['upn'] + '  |  p.%d' % doc.page)
            c.restoreState()
        doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=36, rightMargin=36, topMargin=30, bottomMargin=34)
        s = [Paragraph('Personal Education Plan \u2013 annual record 2025/26', st['h1']),
             Paragraph('This PEP was initiated by the Virtual School and contains some basic information. Designated teachers complete each review in the portal.', st['small']),
             Spacer(1, 4),
             ptable([['Child', f'{d["fn"]} {d["sn"]}', 'School', d['school'], 'Year', f'Year {d["yg"]}', 'Key Stage', 'KS3' if d['yg'] > 6 else 'KS2']],
                    [40, 120, 45, 200, 35, 50, 55, 40], st, head=False), Spacer(1, 6)]
        cw = [140, 210, 210, 210]
        rows = [['', W[1], W[2], W[3]]]
        for lab, key in [('Date of review meeting', 'date'), ('Attendance (year to date)', 'att'), ("Child's views (own words)", 'voice'),
                         ('DT signed off in portal', 'sign')]:
            rows.append([lab] + [r[key] for r in d['reviews']])
        rows.append(['Carer / SW comments', 'Settled', 'Good term', 'Good year overall' if n == 1 else ''])
        s.append(ptable(rows, cw, st))
        s.append(Paragraph('Target history', st['h2']))
        s.append(ptable([['Earlier target', 'Review 1', 'Review 2', 'Review 3']] + [list(h) for h in d['history']], [340, 130, 130, 130], st))
        latest = 'Third review' if n == 1 else 'Second review'
        s.append(Paragraph(f'Targets agreed at the {latest}', st['h2']))
        s.append(Paragraph('SMART: Specific, Measurable, Assigned - to specific responsible professionals, Realistic, Time constrained.', st['small']))
        rows = [['#', 'Target', 'Area', 'Assigned to']]
        for i, (t, a) in enumerate(d['targets'], 1):
            rows.append([str(i), t, a, 'Class teacher / mentor'])
        s.append(ptable(rows, [25, 500, 100, 145], st))
        s.append(Paragraph(f'Pupil Premium Plus \u2013 {latest}', st['h2']))
        rows = [['Intervention', 'Supports target #', 'Amount']]
        for x, c, tg in d['pp']:
            rows.append([x, str(tg) if tg else '-', f'\u00a3{c}'])
        rows.append(['Total PP+ requested', '', f'\u00a3{d["total"]}'])
        s.append(ptable(rows, [500, 130, 140], st))
        s.append(Spacer(1, 6))
        s.append(Paragraph('Full PEP due at a new key stage (years R, 7, 11). Next review window: ' + ('First review - September to December 2026.' if n == 1 else 'Third review - May to July 2026.'), st['small']))
        doc.build(s, onFirstPage=foot, onLaterPages=foot)
        write_truth(out_dir, STEM, 'pdf', INSP, QUIRKS + (['-2: third review column printed blank (latest = second review), no maths target, a PP+ line unlinked, second review not signed off'] if n == 2 else []), n=n,
                    child_name=f'{d["fn"]} {d["sn"]}', child_first_name=d['fn'], school=d['school'], year_group=d['yg'],
                    meeting_date=d['meet'], completed_date=d['done'], attendance_percent=d['att'],
                    pupil_voice=d['voice'], targets=[{'text': t, 'area': a} for t, a in d['targets']],
                    english_target=True, maths_target=any(a == 'Maths' for _, a in d['targets']),
                    pp_spend=[{'description': x, 'cost': float(c), 'target': tg} for x, c, tg in d['pp']],
                    pp_requested=float(d['total']))


if __name__ == '__main__':
    os.makedirs(sys.argv[1], exist_ok=True); build(sys.argv[1])
