"""zZC01: county professional-portal PEP print (PDF). Social worker sections first ("My Personal Information",
"My Health"), then the setting's delegated section, one SMART box per target, PPG/PEPSA costing table, QA RAG."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZC import write_truth, pdf_styles, ptable, TICK, BOX
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, KeepTogether
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

LAYOUT = 'zZC01-portal-smart-delegated'
INSPIRED = 'real-forms.md entries 15, 19'
QUIRKS = ['portal print-out with delegation status lines and task IDs',
          'social worker sections (My Personal Information, My Health) before the setting section',
          'one S/M/A/R/T box per target; target statement in its own row',
          'SDQ score with guidance bands as a distractor',
          'PPG/PEPSA costing linked by target number; QA RAG block at the end']

V = {
 1: dict(first='Kayden', last='Ashworth', dob='19/03/2016', ncy='Year 5', yg=5, school='Millbeck Lane Primary School',
         meet='14/10/2026', meet_iso='2026-10-14', sw_done='02/10/2026', setting_done='27/10/2026',
         done_iso='2026-10-27', next_pep='03/02/2027', last_pep='12/06/2026', att='94.3', att_v=94.3,
         sdq='15', voice_like='I like doing times tables races with Mr Oduya because I am getting faster.',
         voice_hard='Writing long stories is hard because I forget what comes next.',
         voice_help='It helps when I can draw my story first in boxes.',
         prev=[['Learn 2x, 5x and 10x tables by heart', 'Achieved', 'Kayden now recalls all three in under 2 minutes.'],
               ['Use full stops and capital letters in every sentence', 'Partly achieved', 'Broken down further - see Target 1.'],
               ['Join a lunchtime club', 'Achieved', 'Attends Lego club on Tuesdays.']],
         targets=[('English', 'Kayden will plan and write a four-part story using a story map, with capital letters and full stops in at least 8 out of 10 sentences, by the February PEP.'),
                  ('Maths', 'Kayden will recall the 3, 4 and 8 times tables and the matching division facts with 90% accuracy in a weekly check by February half-term.'),
                  ('Social/Emotional', 'Kayden will use his calm card to ask for a movement break instead of leaving the classroom, on at least 4 days out of 5.')],
         smart=[('A published story in his writing book, marked against the story map checklist.', 'Weekly writing sample checked by class teacher; 8/10 sentences correctly punctuated.', '20 minutes story-map work with TA three times a week.', 'Kayden said he wants to get better at stories. Yes - child\'s voice considered.', 'By the next PEP meeting (February 2027).'),
                ('Faster recall shown in TT Rockstars and weekly check.', 'Weekly 20-question check, 18/20 or more.', 'Daily 10 minute practice; TT Rockstars at home with carer.', 'Builds on his success with 2x, 5x and 10x.', 'February half-term 2027.'),
                ('Fewer times out of class recorded on CPOMS.', 'Class teacher tally chart, 4 days out of 5.', 'Calm card introduced by learning mentor.', 'Kayden chose the card design himself.', 'Reviewed at next PEP.')],
         pp=[('1', 'Learning', 'TA-led story-map writing sessions, 3 x 20 minutes a week for 12 weeks', '420.00'),
             ('2', 'Learning', 'TT Rockstars home licence and times tables flash cards', '45.00'),
             ('3', 'Pastoral', 'Learning mentor check-ins, 1 x 30 minutes a week', '360.00')],
         pp_total='825.00', pp_tv=825.0, dt='Mrs Helen Crossley', carer_view='Kayden is settled at home and reads with us most evenings. He gets cross when homework is a lot of writing.'),
 2: dict(first='Mia-Rose', last='Pilling', dob='07/11/2018', ncy='Year 3', yg=3, school='St Wilfrid\'s C of E Primary',
         meet='22/09/2026', meet_iso='2026-09-22', sw_done='09/09/2026', setting_done='', done_iso=None,
         next_pep='19/01/2027', last_pep='01/05/2026', att='', att_v=None, sdq='11',
         voice_like='', voice_hard='', voice_help='',
         prev=[['Read Phase 5 phonics books fluently', 'Achieved', 'Now on turquoise book band.'],
               ['Count in 2s, 5s and 10s to 100', 'Not achieved', 'Break down further - counting in 2s only next.']],
         targets=[('Reading', 'Mia-Rose will read a turquoise band book aloud to an adult four times a week and retell the main events in order by January 2027.'),
                  ('Wellbeing', 'Mia-Rose will join the Tuesday nurture group and take a turn to speak in the circle at least once each session.')],
         smart=[('Fluent reading and retelling.', 'Reading record shows 4 reads a week.', 'Reading volunteer plus carer at home.', 'Mia-Rose loves animal stories. Child\'s voice considered.', 'January 2027 PEP.'),
                ('Confidence speaking in a small group.', 'Nurture group log.', 'Existing nurture group.', 'Carer says she is shy in new groups.', 'Spring term.')],
         pp=[('1', 'Learning', 'Animal-themed reading books for home and school', '60.00'),
             ('', 'Pastoral', 'Contribution to Year 3 residential trip to Hawkshead', '150.00')],
         pp_total='210.00', pp_tv=210.0, dt='Mr Daniel Ewart', carer_view='Mia-Rose is doing well with reading at home and likes bedtime stories.'),
}


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n, v in V.items():
        st = pdf_styles()
        path = os.path.join(out_dir, f'{LAYOUT}-{n}.pdf')
        W = 182 * mm

        def onpage(c, doc):
            c.saveState(); c.setFont('Helvetica', 7)
            c.drawString(14 * mm, 290 * mm, 'Lanford County Council - Professional Portal  |  Children Looked After - Personal Education Plan')
            c.drawRightString(196 * mm, 290 * mm, f'Portal ref: PEP-{70412 + n * 311}')
            c.drawString(14 * mm, 8 * mm, 'OFFICIAL-SENSITIVE: PERSONAL. Printed from portal - do not amend by hand.')
            c.drawRightString(196 * mm, 8 * mm, f'Page {doc.page}')
            c.restoreState()
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=16 * mm, bottomMargin=14 * mm)
        s = []
        s.append(Paragraph('Personal Education Plan (School Age)', st['h1']))
        s.append(Paragraph(f"Child: {v['first']} {v['last']}   Child ID: LCS{408120 + n}   Autumn term 2026", st['bold']))
        s.append(Spacer(1, 4))
        s.append(ptable([['Task', 'Delegated to', 'Status', 'Date'],
                         ['My Personal Information / My Health', 'Social Worker', 'Complete', v['sw_done']],
                         ['Education (setting section)', 'Designated Teacher', 'Submitted' if v['setting_done'] else 'In progress', v['setting_done']],
                         ['Quality Assurance', 'Virtual School', 'Awaiting' , '']],
                        [70 * mm, 42 * mm, 35 * mm, 35 * mm], st))
        s.append(Paragraph('The setting completes its section within 10 working days of the meeting. Attach SEND targeted learning plans through the portal, not by email.', st['i']))
        s.append(Paragraph('My Personal Information', st['h2']))
        s.append(ptable([['Forename', v['first'], 'Surname', v['last']],
                         ['Date of birth', v['dob'], 'Gender', 'Male' if n == 1 else 'Female'],
                         ['Legal status', 'S31 Full Care Order' if n == 1 else 'S20 Accommodated', 'Placement type', 'Foster care (LA)'],
                         ['Social worker', 'Priya Lomax' if n == 1 else 'Gareth Nuttall', 'Child ID', f'LCS{408120 + n}']],
                        [35 * mm, 56 * mm, 35 * mm, 56 * mm], st, header=False, label_col=False))
        s.append(Paragraph('My Health', st['h2']))
        s.append(ptable([['Health needs / medication', 'None known' if n == 1 else 'Mild asthma - inhaler kept in class'],
                         ['SDQ score (carer)', v['sdq'] + '   (0-13 - normal; 14-16 - borderline; 17-40 - cause for concern)'],
                         ['Dental / optician up to date', TICK + ' Yes  ' + BOX + ' No']],
                        [60 * mm, 122 * mm], st, header=False, label_col=True))
        s.append(PageBreak())
        s.append(Paragraph('Education - delegated to setting', st['h2']))
        s.append(ptable([['School / setting', v['school'], 'NC year', v['ncy']],
                         ['Date of PEP meeting', v['meet'], 'Date of last PEP', v['last_pep']],
                         ['Next PEP meeting due', v['next_pep'], 'UPN', f'H93021{n}40077{n}']],
                        [38 * mm, 60 * mm, 32 * mm, 52 * mm], st, header=False))
        s.append(Spacer(1, 4))
        s.append(Paragraph('Who attended', st['bold']))
        att_rows = [['Name', 'Role', 'Attended']]
        att_rows += [[v['first'], 'Child', TICK if n == 1 else BOX + ' (at swimming club - not seen before meeting)'],
                     [v['dt'], 'Designated Teacher', TICK],
                     ['Priya Lomax' if n == 1 else 'Gareth Nuttall', 'Social Worker', TICK],
                     ['Janet and Colin Brearley' if n == 1 else 'Sandra Whittam', 'Foster carer(s)', TICK],
                     ['Owen Tattersall', 'Virtual School Officer', TICK if n == 1 else BOX]]
        s.append(ptable(att_rows, [60 * mm, 60 * mm, 62 * mm], st))
        s.append(Spacer(1, 4))
        s.append(Paragraph('Attendance and exclusions', st['bold']))
        s.append(ptable([['Attendance this academic year (%)', 'Authorised absence', 'Unauthorised absence', 'Exclusions (internal / external)'],
                         [v['att'], '4 sessions' if n == 1 else '', '0' if n == 1 else '', '0 / 0']],
                        [50 * mm, 40 * mm, 40 * mm, 52 * mm], st))
        s.append(Paragraph('My Views', st['h2']))
        s.append(Paragraph('Record the child\'s words as they said them. Has the child\'s voice been taken into consideration in the targets below?', st['i']))
        s.append(ptable([['What I like at school / what is going well', v['voice_like']],
                         ['What I find hard', v['voice_hard']],
                         ['What helps me', v['voice_help']],
                         ['Carer\'s views', v['carer_view']]],
                        [60 * mm, 122 * mm], st, header=False, label_col=True))
        s.append(Paragraph('Progress and attainment', st['h2']))
        s.append(ptable([['Subject', 'Start of year', 'Now', 'Expected by end of year'],
                         ['Reading', 'WTS' if n == 1 else 'EXS', 'WTS+', 'EXS'],
                         ['Writing', 'WTS', 'WTS', 'WTS+' if n == 1 else 'EXS'],
                         ['Maths', 'EXS-', 'EXS', 'EXS']],
                        [50 * mm, 44 * mm, 44 * mm, 44 * mm], st))
        s.append(Paragraph('Review of previous targets', st['h2']))
        s.append(ptable([['Previous target', 'Outcome', 'Comment']] + v['prev'], [75 * mm, 30 * mm, 77 * mm], st))
        s.append(PageBreak())
        s.append(Paragraph('New targets (SMART)', st['h2']))
        s.append(Paragraph('Questions to ask of the PEP target: Will they be able to celebrate a success by their next PEP meeting?', st['i']))
        for i, ((area, txt), sm) in enumerate(zip(v['targets'], v['smart']), 1):
            rows = [[f'Target {i}', f'Area: {area}'], ['Target', txt],
                    ['S Specific', sm[0]], ['M Measurable', sm[1]], ['A Achievable', sm[2]], ['R Relevant', sm[3]], ['T Time-bound', sm[4]]]
            s.append(KeepTogether([ptable(rows, [35 * mm, 147 * mm], st), Spacer(1, 5)]))
        s.append(Paragraph('Funding: PPG/PEPSA (as appropriate) - costed and clearly linked to the targets', st['h2']))
        s.append(ptable([['Target no.', 'Type', 'What the funding is for', 'Cost (£)']] + [list(r) for r in v['pp']] +
                        [['', '', 'Total requested this term', v['pp_total']]],
                        [22 * mm, 25 * mm, 105 * mm, 30 * mm], st))
        s.append(Paragraph('Designated Teacher sign-off', st['h2']))
        s.append(ptable([['Completed by (DT)', v['dt']], ['Date setting section submitted', v['setting_done']],
                         ['Declaration', (TICK if v['setting_done'] else BOX) + ' I confirm the education section is complete and accurate']],
                        [60 * mm, 122 * mm], st, header=False, label_col=True))
        s.append(Paragraph('Virtual School QA (RAG)', st['h2']))
        s.append(ptable([['Criterion', 'R', 'A', 'G'],
                         ['Child\'s voice is evident', '', '', ''], ['Targets are SMART', '', '', ''],
                         ['PPG/PEPSA is costed and clearly links to the targets', '', '', '']],
                        [120 * mm, 20 * mm, 21 * mm, 21 * mm], st))
        doc.build(s, onFirstPage=onpage, onLaterPages=onpage)

        voice = [x for x in (v['voice_like'], v['voice_hard'], v['voice_help']) if x]
        tg = [{'text': t, 'area': a} for a, t in v['targets']]
        pps = [{'description': r[2], 'cost': float(r[3]), 'target': int(r[0]) if r[0] else None} for r in v['pp']]
        areas = ' '.join(a for a, _ in v['targets']).lower()
        write_truth(out_dir, LAYOUT, n, 'pdf', INSPIRED, QUIRKS,
                    child_name=f"{v['first']} {v['last']}", child_first_name=v['first'], school=v['school'],
                    year_group=v['yg'], meeting_date=v['meet_iso'], completed_date=v['done_iso'],
                    attendance_percent=v['att_v'], pupil_voice=voice, targets=tg,
                    english_target=('english' in areas or 'reading' in areas), maths_target='maths' in areas,
                    pp_spend=pps, pp_requested=v['pp_tv'])


if __name__ == '__main__':
    build(sys.argv[1] if len(sys.argv) > 1 else '.')
