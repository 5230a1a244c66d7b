"""zV05: portal PEP export with review windows as COLUMNS (transposed: fields down the side), previous year's third
review beside this year's first review, 'N/A' in mandatory fields, SMART 'Assigned' cells, portal task log. Entries 20, 22."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_V import Docx, truth

LAYOUT = "zV05-kent-windows-transposed-na"
INSP = "real-forms.md entries 20, 22"


def make(out_dir, n):
    good = n == 1
    name, first = ("Harvey Penfold", "Harvey") if good else ("Chanel Obi", "Chanel")
    school = "Swale Downs School" if good else "Thanet Marshes Academy"
    d = Docx(header="KCC Professional (Delegation) Portal - PEP export - OFFICIAL-SENSITIVE",
             footer=f"Form ID VS-{'55102' if good else '55388'} | Exported 03/11/2026 16:12 | For any mandatory fields not relevant to you, 'N/A' can be entered.")
    d.p("PERSONAL EDUCATION PLAN (KS4) - full PEP (new key stage: year 10)", bold=True)
    d.table([["Pupil", name, "Year", "10"], ["School", school, "UPN", "N/A" if not good else "A886301122014"],
             ["Initiated by", "VSK", "Key worker", "Ellie Stroud (VS)"]], bold_first_col=True)
    prev_tg = ["Harvey will complete his Year 9 options booklet with his tutor by 30/06/2026." if good else
               "Chanel will attend the Year 9 options evening with her carer.",
               "Maths: complete 20 Sparx tasks per half-term."]
    if good:
        tg = [("English: Harvey will plan and write two timed GCSE Language Paper 1 Question 5 responses per half-term, reaching grade 4 in the December mocks.", "English"),
              ("Maths: Harvey will score 60% or more on the algebra topic test by 11/12/2026.", "Maths"),
              ("Harvey will meet the careers adviser and arrange a week of work experience at a garage by December 2026.", "Careers / PfA")]
        att, done = "95.8%", "Submitted 29/09/2026 - graded approved"
        voice = ["I want to be a mechanic like my uncle.", "Maths is better this year because the teacher explains it slowly."]
        v_cell = "\n".join(voice)
        tcells = [f"{t}\nAssigned: {w}" for (t, _), w in zip(tg, ["Mr Clay (English)", "Mrs Dunn (Maths)", "Mrs Akers (DT)"])]
    else:
        tg = [("Maths: Chanel will complete her Sparx homework every week and attend Tuesday maths catch-up until February.", "Maths"),
              ("Chanel will meet her mentor weekly and use the calm room pass no more than twice a week.", "SEMH")]
        att, done = "N/A", "In progress - Ready to submit to Virtual School"
        voice = ["I don't like my form group."]
        v_cell = voice[0]
        tcells = [f"{tg[0][0]}\nAssigned: Mr Vine (Maths)", "English: N/A", f"{tg[1][0]}\nAssigned: Ms Ray (Pastoral)"]
    mdate = "22/09/2026" if good else "14/10/2026"
    rows = [["Field", "Third review - May to July (2025/26)", "First review - September to December (2026/27)"],
            ["Meeting date", "17/06/2026", mdate],
            ["Attendance (current academic year)", "93.0%", att],
            ["Young person's views", "I'm nervous about Year 10.", v_cell],
            ["Target 1 (Specific, Measurable, Assigned, Realistic, Time constrained)", prev_tg[0], tcells[0]],
            ["Target 2", prev_tg[1], tcells[1]],
            ["Target 3", "N/A", tcells[2]],
            ["Status", "Complete", done]]
    d.table(rows, bold_first_row=True, bold_first_col=True)
    d.p("Pupil Premium Plus (PP+) - this review", bold=True)
    if good:
        pp = [("Grade 4 English revision tutor, 8 sessions", 320.0, 1), ("Algebra booster group, 6 weeks", 180.0, 2)]
        d.table([["Target", "Intervention", "Cost"], ["1", pp[0][0], "£320.00"], ["2", pp[1][0], "£180.00"], ["", "Total", "£500.00"]], bold_first_row=True)
        req = 500.0
    else:
        pp = [("Mentor (external), 10 sessions", 450.0, 3)]
        d.table([["Target", "Intervention", "Cost"], ["3", pp[0][0], "£450.00"], ["", "Total", "£450.00"]], bold_first_row=True)
        req = 450.0
    d.p("Selecting a task in the Portal - task log", bold=True)
    log = [["Task", "Who completes", "State", "Date"],
           ["Basic information", "VSK", "Complete", "01/09/2026"],
           ["DT contribution", "Designated Teacher", "Complete", "18/09/2026" if good else "10/10/2026"],
           ["Social worker contribution", "SW", "Complete" if good else "Not started", "19/09/2026" if good else ""],
           ["Final PEP", "DT", "Submitted" if good else "In progress", "29/09/2026" if good else ""]]
    d.table(log, bold_first_row=True)
    fname = f"{LAYOUT}-{n}.docx"
    d.save(os.path.join(out_dir, fname))
    truth(out_dir, LAYOUT, fname, INSP,
          ["transposed grid: review windows as columns, fields as rows (latest = right-hand column)",
           "previous year's third review beside this year's first review", "SMART spelled with 'Assigned'",
           "'N/A' in mandatory fields", "portal task log with states and dates", "form ID in footer"] +
          ([] if good else ["-2 gaps: attendance 'N/A', English target 'N/A', not submitted (no completion date), SW task not started"]),
          name, first, school, 10, "2026-09-22" if good else "2026-10-14", "2026-09-29" if good else None,
          95.8 if good else None, voice, tg, good, True, pp, req)


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1])
