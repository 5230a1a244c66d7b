"""zP04: school-age paper PEP (DOCX) opening with Children in Care Council tips and numbered
'what a PEP is for' prose, first-person labels each followed by 'Tel no:', a 4-column date strip with
labels in a header row, a 'Me' tick strip, and a 'My plan' table where each target row carries its own
PP+ cost; PP+ boilerplate amount in the prose is not a request."""
import os
from _common_P import Docx, write_truth, run_main

LAYOUT = "zP04-first-person-plan-rows"
INSPIRED = "real-forms.md entries 6, 10"


def build(out_dir):
    for n in (1, 2):
        _one(out_dir, n)


def _one(out_dir, n):
    good = n == 1
    fn = f"{LAYOUT}-{n}.docx"
    if good:
        name, first, school, yr = "Maisie Quarrington", "Maisie", "Coombe Hollow Primary School", 5
        dates = ["05/10/2026", "No", "16/06/2026", "Week beginning 25/01/2027"]
    else:
        name, first, school, yr = "Jamal Okonkwo-Reid", "Jamal", "Tidewell Community Primary", 6
        dates = ["20/10/2026", "No", "01/07/2026", "To be arranged"]
    d = Docx(font="Arial", size=10)
    d.header("Personal Education Plan - school age - PROTECT when completed")
    d.footer("PEP (paper) v4.2 - QA descriptors in Appendix 1")
    d.p("Tips for a positive PEP from our Children in Care Council", bold=True, size=13)
    for t in ["Ask me what I think before the meeting, not during it.",
              "Don't talk about my family in front of the whole class or at reception.",
              "Tell me what my targets are in words I understand."]:
        d.p("\u2022 " + t)
    d.p("What is a PEP for?", bold=True)
    d.p("1. A PEP is a means of collating information about a child's education in one place.")
    d.p("2. It records what the child thinks about school and what they need help with.")
    d.p("3. Pupil Premium Plus (PP+) is currently £2,570 p.a. for each child in care and is managed by the Virtual School.")
    d.p("4. The Assessment sheet which was issued by the Virtual School must be referred to.")
    d.p("5. The targets agreed in the PEP inform how the Pupil Premium Grant is allocated.")
    d.page_break()

    d.p("About me", bold=True, size=13)
    rows = [["My name is:", name, "Tel no:", ""],
            ["My school is:", school, "Tel no:", "01632 470100" if good else "01632 470355"],
            ["I am in year (NCY):", str(yr), "", ""],
            ["My school is a (please enter type of school):", "Community primary" if good else "Academy (primary)", "", ""],
            ["My Designated Teacher is:", "Mrs Anwen Probert" if good else "Mr Lewis Harte", "Tel no:", "01632 470101" if good else "01632 470356"],
            ["My Social Worker is:", "Callum Birtwhistle" if good else "Niamh Costigan", "Tel no:", "01632 882310" if good else "01632 882377"],
            ["My Area Learning Advocate is:", "Rhian Salter", "Tel no:", "01632 881900"],
            ["My PEP Co-ordinator is:", "Tomasz Wilk", "Tel no:", "01632 881905"]]
    d.table(rows, header=False, widths=[5.5, 5.5, 1.8, 3.2], bold_first_col=True)

    d.table([["Date of this PEP", "Is this the first PEP?", "Date of last PEP", "Date of Next PEP"], dates], widths=[4, 4, 4, 4])
    d.table([["Present at this meeting:", "Me", "Designated Teacher", "Social Worker", "PEP Co-ordinator"],
             ["", "\u2713", "\u2713", "\u2713", "" if good else "\u2713"]], widths=[4, 2.5, 3, 3, 3.5])
    d.p("Others present at this meeting:", bold=True)
    d.table([["Name", "Role", "Contact details"],
             ["Karen Holloway" if good else "Mr and Mrs Adeyemi", "Foster carer" if good else "Foster carers", "via social worker"],
             ["Mr Ioan Price" if good else "Ms Farah Qadir", "Class teacher", "school office"]], widths=[5, 5, 6])

    d.p("How I am getting on", bold=True, size=13)
    d.p("My attendance this year:", bold=True)
    d.p("97.8% (1 September - 2 October 2026)" if good else "89.6% (1 September - 16 October 2026); 4 days unauthorised after family time weekends")
    d.p("My reading, writing and maths:", bold=True)
    d.p("Reading: working at the expected standard. Writing: working towards. Maths: working towards (times tables 6, 7, 8 insecure)."
        if good else "Reading: working towards. Writing: working towards. Maths: expected standard; SATs practice papers at 84 marks.")

    d.p("What I think", bold=True, size=13)
    d.p("What I like about school:", bold=True)
    if good:
        voice = ["I like it when we do the science experiments with Mr Price.",
                 "I get muddled with my 7 times table and then I feel silly.",
                 "I would like to be a vet when I am older."]
        d.p(voice[0])
        d.p("What I need help with:", bold=True)
        d.p(voice[1])
        d.p("What I want to do when I grow up:", bold=True)
        d.p(voice[2])
    else:
        voice = ["I want to go to Harbour Academy with my friend Kai.", "The SATs practice is boring but I'm good at it."]
        d.p(voice[0])
        d.p("What I need help with:", bold=True)
        d.p(voice[1])
        d.p("What I want to do when I grow up:", bold=True)
        d.p("")

    d.p("My plan", bold=True, size=13)
    d.p("Each row: what I will do, who will help, by when, and any PP+ cost for that row.", italic=True)
    if good:
        plan = [("1", "Maths", "Maisie will know her 6, 7 and 8 times tables, answering 25 out of 30 on the weekly check by February half-term",
                 "TA, 10 minutes daily", "February half-term 2027", "Times Tables Rock Stars school licence and TA time, 10 x 15 minutes", "£150"),
                ("2", "Writing", "Maisie will use paragraphs and fronted adverbials in three independent pieces of writing by the next PEP",
                 "Class teacher", "Next PEP (January 2027)", "None", ""),
                ("3", "Wellbeing", "Maisie will take part in the six-week Young Vets after-school club and tell her carer one thing she learnt each week",
                 "Karen (carer)", "December 2026", "Young Vets after-school club, six weeks", "£90")]
        pp = [{"description": "Times Tables Rock Stars school licence and TA time, 10 x 15 minutes", "cost": 150.0, "target": 1},
              {"description": "Young Vets after-school club, six weeks", "cost": 90.0, "target": 3}]
        total, req = "£240", 240.0
    else:
        plan = [("1", "Maths", "Jamal will answer reasoning questions in a full SATs Paper 3 scoring 25 or more by the spring PEP",
                 "Year 6 teacher", "Spring PEP", "Small-group SATs booster, 1 hour a week for 8 weeks", "£200"),
                ("2", "Transition", "Jamal will visit Harbour Academy twice with his carer before the secondary application closes",
                 "Carers, SW", "31/10/2026", "None", "")]
        pp = [{"description": "Small-group SATs booster, 1 hour a week for 8 weeks", "cost": 200.0, "target": 1},
              {"description": "Class set of Year 6 revision guides", "cost": 120.0, "target": None}]
        total, req = "£320", 320.0
    rows = [["No.", "Area", "What I will do", "Who will help me", "By when", "PP+ (what)", "PP+ (£)"]]
    rows += [list(r) for r in plan]
    d.table(rows, widths=[1, 1.8, 5, 2.4, 2.2, 3.2, 1.4])
    targets = [{"text": r[2], "area": r[1]} for r in plan]
    if not good:
        d.p("Other PP+ requested this term: Class set of Year 6 revision guides (£120)")
    d.p(f"Total PP+ requested this term: {total}")

    d.p("Sign off", bold=True, size=13)
    d.table([["Designated Teacher signature", "Date PEP completed"],
             ["A. Probert" if good else "L. Harte", "09/10/2026" if good else ""]], widths=[8, 8])
    d.save(os.path.join(out_dir, fn))

    quirks = ["Children in Care Council tips and numbered prose before the fields", "first-person labels each followed by 'Tel no:'",
              "instruction inside a label '(please enter type of school)'", "date strip with labels in a header row",
              "'Me' as an attendee tick column", "targets and PP+ costs in the same plan row",
              "PP+ boilerplate amount (£2,570 p.a.) in the prose is not a request"]
    if not good:
        quirks += ["-2: no English/reading/writing target", "-2: 'Other PP+' line outside the plan, not linked to a target",
                   "-2: Date PEP completed blank", "-2: 'What I want to do when I grow up' blank", "-2: next PEP 'To be arranged'"]
    write_truth(out_dir, LAYOUT, fn, INSPIRED, quirks,
                child_name=name, child_first_name=first, school=school, year_group=yr,
                meeting_date="2026-10-05" if good else "2026-10-20", completed_date="2026-10-09" if good else None,
                attendance_percent=97.8 if good else 89.6, pupil_voice=voice, targets=targets,
                english_target=good, maths_target=True, pp_spend=pp, pp_requested=req)


if __name__ == "__main__":
    run_main(build)
