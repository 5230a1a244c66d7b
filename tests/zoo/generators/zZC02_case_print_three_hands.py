"""zZC02: early-years PEP that starts as a case-system print-out (social worker, up to the 'PEP meeting' point),
is typed into by the setting, then typed up after the meeting by a support officer. Three hands, three fonts.
EYPP request block with intervention type / description / target details / expected impact / cost."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZC import write_truth, new_doc, table, heading, para, shade, cell_text, TICK, BOX
from docx.shared import Pt, RGBColor

LAYOUT = 'zZC02-case-print-three-hands'
INSPIRED = 'real-forms.md entries 17, 15'
QUIRKS = ['case-system print-out with step markers and system field codes',
          'three hands: system font, setting typed in blue, support officer minutes in serif italics',
          "'next steps' targets numbered NS1..NS4 inside the minutes section",
          'EYPP request table with Target details column pointing at next steps',
          'child voice as overheard quotes inside key person observations']

V = {
 1: dict(first='Ruby', last='Kettleborough', dob='14/02/2023', age='3 years 7 months', setting='Little Acorns Day Nursery, Brindlecote',
         meet='Thursday 8 October 2026', meet_iso='2026-10-08', done='03/11/2026', done_iso='2026-11-03',
         att='96%', att_v=96.0, next='Week beginning 1 February 2027', lastpep='Not applicable - first EY PEP',
         voice=['I like the sand tray. I made a castle for the dinosaur.', 'Me and Ava are best friends.',
                'I don\'t like it when it\'s loud at home time.'],
         prev=[],
         ns=[('Communication and Language', 'Ruby will use sentences of four or more words to tell her key person about her play, in most sessions, by the end of the spring term.'),
             ('Literacy', 'Ruby will recognise the first letter of her name and two other familiar letters in the environment by February 2027.'),
             ('Mathematics', 'Ruby will count up to five objects accurately, touching each one, during snack and tidy-up time.'),
             ('Personal, Social and Emotional Development', 'Ruby will manage the move to home time using her visual timetable with no more than one reminder.')],
         eypp=[('Learning', 'Weekly small-group Talk Boost session with trained practitioner', 'NS1 - talking in sentences', 'Longer sentences noted in learning journal', '£120.00', 1),
               ('Learning', 'Letter and name puzzles, magnetic letters and counting bears for home and setting', 'NS2 and NS3', 'Ruby recognises name letter; counts to 5', '£48.50', 2),
               ('Pastoral', 'Visual timetable cards and a transition bag for home time', 'NS4', 'Calmer home time, fewer upsets', '£22.00', 4)],
         total='£190.50', total_v=190.5, dp='Kirsty Hallworth (Manager / Designated Person)',
         carer='Ruby is sleeping better and talks about Ava a lot. Home time at nursery is still hard for her.'),
 2: dict(first='Theo', last='Marchbanks', dob='30/06/2022', age='4 years 3 months', setting='Puddleducks Pre-School',
         meet='Tuesday 29 September 2026', meet_iso='2026-09-29', done='', done_iso=None,
         att='', att_v=None, next='January 2027 (date to be confirmed)', lastpep='12/05/2026',
         voice=['My dad is picking me up on Friday.', 'I want to go on the big bike.'],
         prev=[('Theo will take turns with a friend at the water tray', 'Achieved'),
               ('Theo will point to and name 10 everyday objects', 'Partly achieved - now broken down further')],
         ns=[('Communication and Language', 'Theo will answer simple "who" and "what" questions about a story read to him in a small group.'),
             ('Physical Development', 'Theo will use the large balance bike independently and steer around the cones outdoors.'),
             ('Personal, Social and Emotional Development', 'Theo will say goodbye to his carer at the door and join the welcome circle within five minutes.')],
         eypp=[('Learning', 'Story sacks for small-group story time (set of 4)', 'NS1', 'Answers who/what questions', '£64.00', 1),
               ('Pastoral', 'Contribution to replacement outdoor wet-weather suits for the pre-school room', 'General - whole setting', 'All children go outside daily', '£35.00', None)],
         total='£99.00', total_v=99.0, dp='Imran Shafiq (Designated Person)',
         carer='Theo is excited about Fridays. He struggles to settle after contact.'),
}

SYS = 'Arial'; SET = 'Calibri'; MIN = 'Times New Roman'


def font_table(t, name, color=None, italic=False, skip_first_col=True):
    for row in t.rows:
        for j, c in enumerate(row.cells):
            if skip_first_col and j == 0:
                continue
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.name = name
                    if color: r.font.color.rgb = RGBColor.from_string(color)
                    r.italic = italic


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n, v in V.items():
        d = new_doc(SYS, 9)
        sec = d.sections[0]
        sec.header.paragraphs[0].text = f'LCS Case Record  |  Form: EY PEP (v4.1)  |  Person ID: {2207700 + n * 17}  |  Printed 0{n}/10/2026 by: b.support'
        sec.footer.paragraphs[0].text = 'Brindlecote Virtual School - Children in Care. OFFICIAL-SENSITIVE. Typed-up copy: the signed original is held on file.'
        heading(d, 'Early Years Personal Education Plan', 15)
        para(d, 'Step 1 of 3: Social worker to complete up to the "PEP meeting" point. Step 2: setting completes before meeting. Step 3: support officer types up the meeting.', 8, italic=True)
        heading(d, '[Step 1] Child details  (FIELD GRP EY_CHILD)', 11)
        t = table(d, [['Forename(s):', v['first']], ['Surname:', v['last']], ['Known as:', v['first']],
                      ['Date of Birth:', v['dob']], ['Age at meeting:', v['age']],
                      ['Legal Status:', 'C2 - Interim Care Order' if n == 1 else 'V2 - Section 20'],
                      ['Allocated Worker:', 'Leanne Pickersgill' if n == 1 else 'Tomasz Wrobel'],
                      ['Placement:', 'Foster carer - Mr and Mrs Okonjo' if n == 1 else 'Connected person - paternal aunt'],
                      ['EYPP eligible:', f'{TICK} Yes   {BOX} No']], widths=[5, 12], label_col=True, label_fill='EDEDED')
        para(d, '')
        heading(d, '[Step 2] Setting information (to be completed by the setting)', 11)
        para(d, 'Full name as on setting register:', 8, bold=True)
        t = table(d, [['Name on register', f"{v['first']} {v['last']}"],
                      ['Name of setting', v['setting']], ['Room / group', 'Pre-school room (3-4 years)'],
                      ['Funded hours taken', '30 hours (15 universal + 15 extended)' if n == 1 else '15 hours universal'],
                      ['Attendance (% of funded sessions attended since September)', v['att']],
                      ['Key person', 'Nadia Fairclough' if n == 1 else 'Beth Oyelaran'],
                      ['Any SEND? Stage', 'No' if n == 1 else 'SEN Support - speech and language']],
                  widths=[7, 10], label_col=True, label_fill='DEEAF6')
        font_table(t, SET, '1F4E79')
        para(d, '')
        para(d, 'Key person observations (what the child says and does)', bold=True)
        obs = (f"{v['first']} is settled and busy in the setting. When playing outside I heard her say: \"{v['voice'][0]}\" "
               f"Later at snack: \"{v['voice'][1]}\" She told me at home time: \"{v['voice'][2]}\"") if n == 1 else \
              (f"{v['first']} is beginning to talk more with adults he knows. At the welcome circle he said \"{v['voice'][0]}\" "
               f"and when we went outside: \"{v['voice'][1]}\"")
        t = table(d, [[obs]], widths=[17])
        font_table(t, SET, '1F4E79', skip_first_col=False)
        para(d, '')
        para(d, 'Progress against the EYFS (development matters - age band)', bold=True)
        t = table(d, [['Area', 'On track', 'Not yet on track', 'Comment'],
                      ['Communication and Language', BOX if n == 1 else BOX, TICK, 'Short phrases only'],
                      ['Personal, Social and Emotional Development', TICK, BOX, 'Good friendships' if n == 1 else 'Separation still hard'],
                      ['Physical Development', TICK, BOX, ''],
                      ['Literacy', BOX, TICK, 'Enjoys stories'],
                      ['Mathematics', TICK if n == 2 else BOX, BOX if n == 2 else TICK, '']], widths=[6, 2.2, 2.8, 6], header_fill='DEEAF6')
        font_table(t, SET, '1F4E79')
        if v['prev']:
            para(d, '')
            para(d, 'Review of previous next steps', bold=True)
            t = table(d, [['Previous next step', 'Outcome']] + [list(x) for x in v['prev']], widths=[12, 5], header_fill='DEEAF6')
            font_table(t, SET, '1F4E79', skip_first_col=False)
        para(d, '')
        heading(d, '[Step 3] PEP meeting  (typed up by Virtual School support officer)', 11)
        p = para(d, f"Meeting held: {v['meet']} at {v['setting'].split(',')[0]}. Date of last PEP: {v['lastpep']}.")
        for r in p.runs: r.font.name = MIN; r.italic = True; r.font.size = Pt(10.5)
        att = ('Present: Kirsty Hallworth (Designated Person), Nadia Fairclough (key person), Leanne Pickersgill (SW), '
               'Mrs Okonjo (foster carer), Gwen Astley (EY Virtual School Adviser). Ruby was in the room for the first 10 minutes.') if n == 1 else \
              ('Present: Imran Shafiq (Designated Person), Beth Oyelaran (key person), Tomasz Wrobel (SW), Ms Carla Marchbanks (aunt). '
               'Apologies: Gwen Astley (EY Virtual School Adviser).')
        p = para(d, att)
        for r in p.runs: r.font.name = MIN; r.italic = True; r.font.size = Pt(10.5)
        p = para(d, f"Carer's views: {v['carer']}")
        for r in p.runs: r.font.name = MIN; r.italic = True; r.font.size = Pt(10.5)
        p = para(d, "'Next steps' agreed at the meeting (any request for EYPP must be linked to these):")
        for r in p.runs: r.font.name = MIN; r.bold = True; r.font.size = Pt(10.5)
        for i, (area, txt) in enumerate(v['ns'], 1):
            p = para(d, f'NS{i}  ({area})  {txt}')
            for r in p.runs: r.font.name = MIN; r.italic = True; r.font.size = Pt(10.5)
        para(d, '')
        heading(d, 'EYPP request', 11)
        rows = [['Type of intervention (pastoral or learning)', 'Description of intervention', 'Target details', 'Expected impact', 'Cost of the support']]
        rows += [list(e[:5]) for e in v['eypp']]
        rows += [['', '', '', 'Total EYPP requested', v['total']]]
        t = table(d, rows, widths=[3, 5.5, 3, 3.5, 2], header_fill='FFF2CC', size=8.5)
        para(d, '')
        heading(d, 'Sign-off', 11)
        t = table(d, [['Designated Person', v['dp']], ['Date PEP finalised', v['done'] or 'Click or tap to enter a date.'],
                      ['Next PEP', v['next']], ['Typed up by', 'M. Greenhalgh, Business Support']], widths=[5, 12], label_col=True, label_fill='EDEDED')
        if not v['done']:
            shade(t.cell(1, 1), 'F2F2F2')
        path = os.path.join(out_dir, f'{LAYOUT}-{n}.docx')
        d.save(path)
        lit = lambda a: a in ('Communication and Language', 'Literacy')
        write_truth(out_dir, LAYOUT, n, 'docx', INSPIRED, QUIRKS,
                    child_name=f"{v['first']} {v['last']}", child_first_name=v['first'], school=v['setting'],
                    year_group=-1, meeting_date=v['meet_iso'], completed_date=v['done_iso'], attendance_percent=v['att_v'],
                    pupil_voice=v['voice'], targets=[{'text': t, 'area': a} for a, t in v['ns']],
                    english_target=any(lit(a) for a, _ in v['ns']), maths_target=any(a == 'Mathematics' for a, _ in v['ns']),
                    pp_spend=[{'description': e[1], 'cost': float(e[4].strip('£')), 'target': e[5]} for e in v['eypp']],
                    pp_requested=v['total_v'])


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
