"""zN07: Virtual School 'Pupil Views booklet' filled in by the child before the meeting (entry 30), bound in
front of a PEP written to the child as 'you' (entry 23). DOCX, Year 3, several hands."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_N import Docx, write_truth

LAYOUT = "zN07-pupil-views-booklet-you"
INSP = "real-forms.md entries 23, 30"
QUIRKS = ["Pupil Views booklet pages first, prompt then child's handwriting typed below", "whole PEP written to the child in the second person",
          "three parts: pre-meeting data, planning meeting, final document", "targets phrased 'You will ...'",
          "check boxes for attendees", "DT pre-meeting submission dated a week before the meeting"]

CASES = {
1: dict(name="Poppy Vandersteen", first="Poppy", school="Willowcroft Primary School", pre="29/09/2026", meeting="06/10/2026",
        meeting_iso="2026-10-06", final="14/10/2026", final_iso="2026-10-14", att="Your attendance so far this year is 98.5%. Brilliant!", att_n=98.5,
        booklet=[("What do you enjoy at school?", "I like doing gymnastics and I like the class rabbit called Biscuit."),
                 ("What is tricky?", "Subtraction is tricky when you have to borrow."),
                 ("Who helps you?", "Mrs Amadi helps me with reading in the morning."),
                 ("What would you like to get better at?", "I want to read chapter books like my big brother.")],
        targets=[("You will read a Book Band Gold book to Mrs Amadi 3 mornings a week and answer 3 questions about it, so you can move to chapter books by February half-term.", "English"),
                 ("You will use a number line to subtract 2-digit numbers with exchanging, getting 8 out of 10 right in your Friday check, by the spring PEP.", "Maths"),
                 ("You will write 5 sentences about Biscuit with capital letters and full stops, for the class newsletter, by 11 December 2026.", "English")],
        pp=[("Morning reading with Mrs Amadi, 3 x 15 minutes a week (your first target)", "1", "£195"),
            ("Maths manipulatives and a small-group number session, weekly for 10 weeks (your second target)", "2", "£210")],
        pp_n=[195.0, 210.0], total="£405", total_n=405.0),
2: dict(name="Alfie Brennan-Shaw", first="Alfie", school="Greenlow C of E Primary", pre="", meeting="17/11/2026",
        meeting_iso="2026-11-17", final="", final_iso=None, att="Your attendance so far this year is 94.0%.", att_n=94.0,
        booklet=[("What do you enjoy at school?", ""), ("What is tricky?", ""), ("Who helps you?", ""), ("What would you like to get better at?", "")],
        targets=[("You will learn your 2, 5 and 10 times tables so you can answer 15 out of 20 in a test by the spring PEP.", "Maths"),
                 ("You will try harder with your writing.", "English")],
        pp=[("Times tables app", "1", "£20"), ("Writing support", "", "")], pp_n=[20.0, None], total="£20", total_n=20.0),
}


def make(out_dir, n):
    c = CASES[n]
    stem = f"{LAYOUT}-{n}"
    d = Docx(header="Lowfield Virtual School", footer="Your PEP - written to you, about you")
    d.h("My Pupil Views booklet", 0)
    d.p("The Virtual School sent you this booklet to fill in before your PEP meeting. You can write, draw or ask a grown-up to write for you.", italic=True)
    for q, a in c["booklet"]:
        d.p(q, bold=True)
        d.p(a)
    d.page_break()
    d.h(f"Your Personal Education Plan, {c['first']}", 0)
    d.table([["Your name", "Your school", "Your year"], [c["name"], c["school"], "Year 3"]])
    d.h("Part 1: Pre-meeting data collection", 1)
    d.p("Designated Teacher submission received")
    d.p(c["pre"])
    d.p(c["att"])
    d.h("Part 2: Your planning meeting", 1)
    d.p(f"Your meeting was on {c['meeting']}.")
    d.p("Who came:  ☑ You   ☑ Your teacher (Designated Teacher)   ☑ Your social worker   " + ("☑" if n == 1 else "☐") + " Your carer")
    d.h("Part 3: Final document", 1)
    d.p("Your targets", bold=True)
    for i, (t, _) in enumerate(c["targets"], 1):
        d.p(f"Target {i}")
        d.p(t)
    d.p("How your Pupil Premium Plus (PP+) will help you", bold=True)
    d.table([["What we will pay for", "Target", "Cost"]] + [list(p) for p in c["pp"]] + [["Total requested", "", c["total"]]])
    d.p("Final document agreed by the Designated Teacher on")
    d.p(c["final"])
    d.save(os.path.join(out_dir, stem + ".docx"))
    voice = [a for _, a in c["booklet"] if a]
    write_truth(out_dir, stem, "docx", dict(
        inspired_by=INSP, quirks=QUIRKS, child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=3,
        meeting_date=c["meeting_iso"], completed_date=c["final_iso"], attendance_percent=c["att_n"], pupil_voice=voice,
        targets=[{"text": t, "area": a} for t, a in c["targets"]],
        english_target=any(a == "English" for _, a in c["targets"]), maths_target=any(a == "Maths" for _, a in c["targets"]),
        pp_spend=[{"description": p[0], "cost": cn, "target": int(p[1]) if p[1] else None} for p, cn in zip(c["pp"], c["pp_n"])],
        pp_requested=c["total_n"]))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
