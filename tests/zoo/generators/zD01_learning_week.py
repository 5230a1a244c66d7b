"""zD01: a primary PEP organised around the child's week (docx)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_D import new_doc, para, table, write_truth, main

LAYOUT = "zD01-learning-week"
INSP = "real-forms.md label variants (child's name, pupil voice prompts, PP+ words) + reader quirks 1, 2, 14, 26; invented 'my week' form"
QUIRKS = ["several label/value pairs on one table row", "labels without colons",
          "pupil voice inside a Monday-Friday week grid", "costs inside target rows (PPG column)",
          "PP+ called PPG", "first-person prompts"]

CASES = [
    dict(n=1, name="Maisie Tranter", first="Maisie", school="Larkrise Primary School", year="4", yg=4,
         dob="03/02/2016", meet="07/10/2025", meet_iso="2025-10-07", done="14/10/2025", done_iso="2025-10-14",
         att="96.4%", att_v=96.4,
         week=[("Monday", "Phonics catch-up with Mrs Dale before register", "I like Monday mornings because Mrs Dale lets me pick the book."),
               ("Tuesday", "Swimming at the leisure centre", "Swimming is my best thing and I can do 10 metres now."),
               ("Wednesday", "Times tables club at lunch", "Times tables club is hard but I get a sticker."),
               ("Thursday", "Family time after school with Mum", ""),
               ("Friday", "Golden time and class assembly", "I get worried on Fridays when the classroom is really loud.")],
         extra_voice="When I grow up I want to be a vet and look after dogs.",
         targets=[("Maisie will read a Book Band Purple book aloud with fewer than 5 errors by 12 December 2025", "English",
                   "1:1 reading with Mrs Dale, 3 x 15 minutes a week", "£240"),
                  ("Maisie will recall the 3, 4 and 8 times tables in under 5 seconds each by the spring PEP", "Maths",
                   "Times Tables Rock Stars licence and weekly TA quiz", "£60"),
                  ("Maisie will use her calm card to ask for time out on Fridays at least 3 times before Christmas", "Wellbeing",
                   "ELSA session every Friday morning, 30 minutes for 10 weeks", "£300")],
         spend_links=[1, 2, 3], total="£600", total_v=600.0),
    dict(n=2, name="Tyler Okonjo-Birch", first="Tyler", school="St Aldhelm's CE Primary", year="3", yg=3,
         dob="19/06/2017", meet="21/10/2025", meet_iso="2025-10-21", done="", done_iso=None,
         att="", att_v=None,
         week=[("Monday", "Class lessons", ""), ("Tuesday", "Class lessons", ""),
               ("Wednesday", "Forest school in the afternoon", ""), ("Thursday", "Class lessons", ""),
               ("Friday", "Class lessons", "")],
         extra_voice="",
         targets=[("Tyler will write three sentences using capital letters and full stops in his Big Write by 19 December 2025", "English",
                   "Small-group writing with the class TA, twice a week", "£180"),
                  ("Tyler will join in a lunchtime club for 4 weeks in a row by February half-term", "Wellbeing",
                   "", "")],
         extra_spend=("Lego therapy group (whole class offer)", "£150"),
         spend_links=[1], total="£330", total_v=330.0),
]


def build_one(c, out_dir):
    d = new_doc()
    para(d, "Harrowfield Virtual School for Children in Care", bold=True, size=13, center=True)
    para(d, "PEP  -  My Learning Week", bold=True, size=16, center=True)
    para(d, "Autumn 2025 (PEP 1 of 3)", center=True)
    table(d, [["Name", c["name"], "Year", c["year"], "DOB", c["dob"]],
              ["School", c["school"], "Date of meeting", c["meet"], "Attendance this year so far", c["att"]]],
          bold_first_col=False)
    para(d, "Who came to my PEP", bold=True)
    table(d, [["Me", "Carer", "Teacher who looks out for me", "Social worker", "Virtual School"],
              ["✓", "✓", "✓", "✓" if c["n"] == 1 else "", "✓" if c["n"] == 1 else ""]], bold_first_row=True)
    para(d, "My week at school", bold=True, size=12)
    para(d, "Go through the week with the child. Write their words in the last column, as they said them.", italic=True)
    rows = [["Day", "What happens", "What I think about it"]] + [list(w) for w in c["week"]]
    table(d, rows, bold_first_row=True)
    para(d, "Anything else I want the grown-ups to know", bold=True)
    table(d, [[c["extra_voice"]]])
    para(d, "How I am getting on (teacher)", bold=True)
    if c["n"] == 1:
        para(d, "Maisie has settled well into Year 4. Reading is below age-related expectations; number facts are improving.")
    else:
        para(d, "Tyler moved to us in September. He is working towards the expected standard in writing.")
    para(d, "Things I am working on this term", bold=True, size=12)
    rows = [["No.", "My target", "How we will help", "PPG £"]]
    for i, (t, a, s, cost) in enumerate(c["targets"], 1):
        rows.append([str(i), t, s, cost])
    if c.get("extra_spend"):
        rows.append(["-", "", c["extra_spend"][0], c["extra_spend"][1]])
    rows.append(["", "", "Total PPG asked for this term", c["total"]])
    table(d, rows, bold_first_row=True)
    para(d, "Form finished by DT on " + (c["done"] or "") + "          Next PEP   spring term 2026")
    fname = f"{LAYOUT}-{c['n']}.docx"
    d.save(os.path.join(out_dir, fname))

    voice = [w[2] for w in c["week"] if w[2]] + ([c["extra_voice"]] if c["extra_voice"] else [])
    targets = [{"text": t, "area": a} for (t, a, s, cost) in c["targets"]]
    spend = []
    for i, (t, a, s, cost) in enumerate(c["targets"], 1):
        if s:
            spend.append({"description": s, "cost": float(cost.strip("£")), "target": i})
    if c.get("extra_spend"):
        spend.append({"description": c["extra_spend"][0], "cost": float(c["extra_spend"][1].strip("£")), "target": None})
    areas = [a for (_, a, _, _) in c["targets"]]
    write_truth(out_dir, fname, dict(layout=LAYOUT, inspired_by=INSP, quirks=QUIRKS, child_name=c["name"],
                child_first_name=c["first"], school=c["school"], year_group=c["yg"], meeting_date=c["meet_iso"],
                completed_date=c["done_iso"], attendance_percent=c["att_v"], pupil_voice=voice, targets=targets,
                english_target="English" in areas, maths_target="Maths" in areas, pp_spend=spend,
                pp_requested=c["total_v"]))


def build(out_dir):
    for c in CASES:
        build_one(c, out_dir)


if __name__ == "__main__":
    main(build)
