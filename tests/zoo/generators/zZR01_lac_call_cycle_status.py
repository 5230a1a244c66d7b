"""zZR01: web-platform PEP export identified by cycle, with status history (entry 2 style). DOCX."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_ZR import *

STEM = 'zZR01-lac-call-cycle-status'
INSP = 'real-forms.md entries 2, 14'
QUIRKS = ['PEP identified by cycle; meeting date only inside Personal Information',
          'status table with history; completion = date of the Complete row',
          'mandatory fields marked with asterisk', 'Other PEPs on record list older cycles',
          'Health and Emotional Wellbeing holds carer and child views side by side']

DATA = {
 1: dict(name=('Kiera', 'Ashworth-Lund'), dob='14/03/2014', year='Year 7', yg=7, school='Hollowmere Academy',
         meet='2026-10-06', meet_s='06/10/2026', att='94.6', statuses=[('Not started', '18/09/2026'), ('In progress', '29/09/2026'),
         ('Ready to submit to Virtual School', '08/10/2026'), ('Review again', '12/10/2026'), ('Submitted', '14/10/2026'),
         ('Complete', '16/10/2026')], done='2026-10-16',
         voice=['I like art and food tech because I can make things.', 'Science is hard when the teacher talks fast.',
                'I want to be in the netball team.'],
         targets=[('Kiera will write a paragraph of at least 8 sentences using full stops and capital letters by December half-term', 'English'),
                  ('Kiera will recall the 6, 7 and 8 times tables in under 5 seconds each by 18 December 2026', 'Maths'),
                  ('Kiera will attend netball club every Tuesday this term', 'Wellbeing')],
         pp=[('Literacy catch-up group with HLTA, 2 x 30 minutes weekly', '420.00', 1),
             ('Times Tables Rock Stars licence and weekly maths mentor session', '310.00', 2),
             ('Netball club kit and fixture transport', '95.00', 3)], total='825.00'),
 2: dict(name=('Dylan', 'Pereira'), dob='02/11/2011', year='Year 10', yg=10, school='St Aldhelm\'s C of E School',
         meet='2026-11-03', meet_s='03/11/2026', att='', statuses=[('Not started', '22/10/2026'), ('In progress', '03/11/2026'),
         ('Ready to submit to Virtual School', '')], done=None,
         voice=[],
         targets=[('Dylan will complete his English Literature coursework draft on An Inspector Calls by 27 November 2026', 'English'),
                  ('Dylan will attend the Thursday homework club at least 8 times before Christmas', 'Study skills')],
         pp=[('Revision guides for GCSE English and Science', '38.50', 1),
             ('Mentoring with the school counsellor, 6 sessions', '240.00', None)], total='278.50'),
}


def build(out_dir):
    for n, d in DATA.items():
        fn, sn = d['name']
        doc = new_doc('Looked After Call  |  PEP Module  |  Export Active PEP',
                      'Fields marked * are mandatory. This export is read-only. Ref LAC-PEP-' + ('55821' if n == 1 else '61907'))
        doc.add_heading('Personal Education Plan', 0)
        dtable(doc, [["Pupil's name", f'{fn} {sn}'], ['PEP cycle (e.g. summer, spring & academic year)', 'Autumn 2026/27'],
                     ['PEP status', d['statuses'][-1][0]],
                     ['Other PEPs on record', 'Summer 2025/26 (Complete); Spring 2025/26 (Complete)']], header=False)
        doc.add_paragraph()
        doc.add_paragraph('PEP status history').runs[0].bold = True
        rows = [['Status', 'Description', 'Designated Teacher', 'LA (Super) user', 'Social Worker', 'Date set']]
        desc = {'Not started': 'PEP created by Virtual School', 'In progress': 'Sections being completed',
                'Ready to submit to Virtual School': 'DT has finished all mandatory fields',
                'Review again': 'Reason: new targets not SMART enough', 'Submitted': 'Sent to Virtual School',
                'Complete': 'Quality assured and signed off'}
        for s, dt in d['statuses']:
            rows.append([s, desc[s], 'Edit' if s in ('In progress', 'Review again') else 'Read', 'Edit', 'Read only', dt])
        dtable(doc, rows)
        doc.add_heading('Personal Information', 1)
        dtable(doc, [['Forename *', fn], ['Surname *', sn], ['Date of birth *', d['dob']], ['Key Stage', 'KS3' if d['yg'] < 10 else 'KS4'],
                     ['Current year group *', d['year']], ['School attended *', d['school']],
                     ['Date PEP meeting held *', d['meet_s']], ['Next PEP cycle', 'Spring 2026/27 (meeting w/c 01/02/2027)']], header=False)
        doc.add_paragraph('Attendees').runs[0].bold = True
        dtable(doc, [['Name', 'Role', 'Attended'], [f'{fn} {sn}', 'Pupil', TICK], ['Mrs J Okafor', 'Designated Teacher', TICK],
                     ['Mr P Vance', 'Social Worker', TICK], ['Ms R Holt', 'Foster carer', TICK if n == 1 else BOX],
                     ['Ms A Brennan', 'VS caseworker', BOX]])
        doc.add_heading('Care Information', 1)
        dtable(doc, [['Legal status', 'S31 Full Care Order'], ['Placement type', 'Foster care (in house)'],
                     ['Who can sign school trip forms (day / residential)', 'Carer / Social Worker']], header=False)
        doc.add_heading('Health and Emotional Wellbeing', 1)
        dtable(doc, [['Carer\'s view', 'Pupil\'s view (in their own words) *'],
                     ['Settled well; sleeping better since the summer.' if n == 1 else 'He is quieter at home after school.',
                      ' '.join(d['voice'])]])
        doc.add_heading('Attendance and Attainment', 1)
        dtable(doc, [['Attendance this academic year % *', d['att']], ['Exclusions (internal and external)', 'None']], header=False)
        doc.add_paragraph()
        dtable(doc, [['Subject', 'Working at', 'Expected by end of year'], ['English', 'Developing', 'Secure'],
                     ['Maths', 'Secure', 'Secure+'], ['Science', 'Emerging', 'Developing']])
        doc.add_heading('Previous targets (Summer 2025/26)', 1)
        dtable(doc, [['Target', 'Outcome'], ['Read one library book each fortnight', 'Met'],
                     ['Use a planner to record homework', 'Partly met']])
        doc.add_heading('SMART targets for this cycle', 1)
        for i, (t, a) in enumerate(d['targets'], 1):
            dtable(doc, [[f'Target {i} *', t], ['Area', a], ['Who will help', 'Form tutor / HLTA'], ['By when', 'End of autumn term']], header=False)
            doc.add_paragraph()
        doc.add_heading('Pupil Premium Plus request', 1)
        rows = [['Intervention', 'Linked target no.', 'Cost (£)']]
        for desc_, c, tg in d['pp']:
            rows.append([desc_, str(tg) if tg else '', c])
        rows.append(['Total PP+ requested this cycle', '', d['total']])
        dtable(doc, rows)
        p = os.path.join(out_dir, f'{STEM}-{n}.docx'); doc.save(p)
        write_truth(out_dir, STEM, 'docx', INSP, QUIRKS + (['-2: voice box empty, attendance blank, no maths target, a PP+ line unlinked, not yet complete'] if n == 2 else []), n=n,
                    child_name=f'{fn} {sn}', child_first_name=fn, school=d['school'], year_group=d['yg'],
                    meeting_date=d['meet'], completed_date=d['done'], attendance_percent=float(d['att']) if d['att'] else None,
                    pupil_voice=d['voice'], targets=[{'text': t, 'area': a} for t, a in d['targets']],
                    english_target=True, maths_target=any(a == 'Maths' for _, a in d['targets']),
                    pp_spend=[{'description': x, 'cost': float(c), 'target': tg} for x, c, tg in d['pp']],
                    pp_requested=float(d['total']))


if __name__ == '__main__':
    os.makedirs(sys.argv[1], exist_ok=True); build(sys.argv[1])
