"""zN01: EY learning plan not called a PEP (Cheshire East style, entry 16) with Bristol-style
Ofsted descriptors (entry 27). DOCX. Nursery child."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_N import Docx, write_truth

LAYOUT = "zN01-eyfs-area-ledger"
INSP = "real-forms.md entries 16, 27"
QUIRKS = ["EY plan not named PEP ('My 2-4 years Learning Plan')", "attendance sits in the health/setting block",
          "EYFS areas as table rows with comments and next steps", "age in years and months, no NCY",
          "Ofsted-style grade word instead of RAG", "EYPP impact of last term beside new request"]

CASES = {
1: dict(name="Rosie-Mae Quartermain", first="Rosie-Mae", setting="Little Acorns Pre-School, Brindlecote",
        age="3 years 5 months", meeting="Thursday 8 October 2026", meeting_iso="2026-10-08",
        completed="15/10/2026", completed_iso="2026-10-15", att="Rosie-Mae attends 15 funded hours; attendance this term 96.4% (two days' illness).",
        att_n=96.4,
        voice=["Rosie-Mae told her keyworker: \"I like the sand tray and the big digger.\"",
               "When asked about coming to pre-school she said \"Mummy Jo brings me and I get a sticker.\"",
               "She pointed to the book corner photo and said \"That's my cosy place.\""],
        areas=[("Communication and Language", "Uses 3-4 word phrases; beginning to ask 'why?'.",
                "Rosie-Mae will use 'because' in a sentence during small-group talk time on 3 occasions by the spring plan meeting"),
               ("Physical Development", "Climbs confidently; holds a chunky crayon in a palmar grip.", None),
               ("Personal, Social and Emotional Development", "Separates from carer with a familiar adult; finds turn-taking hard.",
                "Rosie-Mae will take turns in a two-child game with adult support for 5 minutes, observed 3 times by the spring plan meeting"),
               ("Literacy", "Enjoys stories; joins in with repeated refrains.",
                "Rosie-Mae will recognise the first letter of her name in 4 different places in the setting by February half-term"),
               ("Mathematics", "Counts to 5 by rote; matches 2 objects.",
                "Rosie-Mae will count out 5 objects accurately with one-to-one correspondence by February half-term"),
               ("Understanding the World", "Interested in vehicles and the weather.", None),
               ("Expressive Arts and Design", "Enjoys painting and songs.", None)],
        eypp=[("Learning", "Small-group 'Talk Boost' sessions with keyworker, 2 x 15 minutes a week for 10 weeks", "NS1 (Communication and Language)", "Longer sentences; uses 'because'", "£120.00", 120.0, 1),
              ("Learning", "Counting and number rhymes pack and magnetic number board for home-setting link", "NS4 (Mathematics)", "Counts 5 objects accurately", "£45.00", 45.0, 4),
              ("Pastoral", "Turn-taking games group led by the SENCo, 1 x 20 minutes weekly", "NS2 (PSED)", "Takes turns for 5 minutes", "£80.00", 80.0, 2)],
        total="£245.00", total_n=245.0, grade="Good", signed="Signed: H. Okonjo (Setting Manager) 15/10/2026"),
2: dict(name="Tobias Wrenfield", first="Tobias", setting="Sunnyhill Day Nursery", age="2 years 10 months",
        meeting="Tuesday 3 November 2026", meeting_iso="2026-11-03", completed=None, completed_iso=None,
        att="Tobias has recently started at the setting. Attendance: to follow from setting register.", att_n=None,
        voice=[],
        areas=[("Communication and Language", "Uses single words and gestures.",
                "Tobias will use 10 single words that adults understand, logged on the word tracker, by the spring plan meeting"),
               ("Physical Development", "Walks and runs steadily.", None),
               ("Personal, Social and Emotional Development", "Settling in; needs keyworker close by.",
                "Tobias will settle at drop-off within 10 minutes on 4 out of 5 days by December"),
               ("Literacy", "Not yet assessed.", None),
               ("Mathematics", "Not yet assessed.", None),
               ("Understanding the World", "Likes the garden.", None),
               ("Expressive Arts and Design", "Enjoys the music session.", None)],
        eypp=[("Pastoral", "Extra keyworker time at drop-off", "", "Settles more quickly", "", None, None)],
        total=None, total_n=None, grade="Requires improvement", signed="Signed: ______________________ Date: ________"),
}


def make(out_dir, n):
    c = CASES[n]
    stem = f"{LAYOUT}-{n}"
    d = Docx(header="Cheshire Vale Council - Cared for Children - Early Years", footer="My 2-4 years Learning Plan - OFFICIAL-SENSITIVE")
    d.h("My 2-4 years Learning Plan", 0)
    d.p("Autumn Term 2026 (academic year 2026/27)", italic=True)
    d.h("Part 1: About me", 1)
    d.table([["Name", c["name"]], ["Age", c["age"]], ["Legal status", "Section 20 (accommodated)"],
             ["Care plan summary", "Living with foster carers; family time twice a week at the family centre."]], header=False)
    d.h("Part 2: Health, my setting and attendance", 1)
    d.table([["Any health concerns?", "None known. Up to date with health visitor checks."],
             ["Name of the setting I attend", c["setting"]],
             ["Attendance", c["att"]],
             ["Impact of EYPP funding last term", "Spring/summer EYPP paid for a sensory story sack; keyworker reports longer listening at story time." if n == 1 else "First plan at this setting - no previous EYPP."]], header=False)
    d.p("Date of plan meeting")
    d.p(c["meeting"])
    d.h("My voice", 2)
    d.p("What I have told my keyworker, or what they have seen me do (record words, drawings, observations):", italic=True)
    if c["voice"]:
        for v in c["voice"]:
            d.p(v)
    else:
        d.p("")
    d.h("Part 3: My progress against the EYFS", 1)
    d.p("Please provide comments for each area of learning and set next steps where needed.", italic=True)
    rows = [["Area of learning", "Comments", "Next step (what, who, when)"]]
    k = 0
    for a, com, ns in c["areas"]:
        if ns:
            k += 1
        rows.append([a, com, f"NS{k}: {ns}" if ns else "No next step this term"])
    d.table(rows)
    d.h("Part 4: Early Years Pupil Premium (EYPP) request", 1)
    rows = [["Type of intervention (pastoral or learning)", "Description of intervention", "Target details", "Expected impact", "Cost of the support"]]
    for e in c["eypp"]:
        rows.append(list(e[:5]))
    rows.append(["", "", "", "Total requested", c["total"] or ""])
    d.table(rows)
    d.h("Quality of this plan (Virtual School use)", 2)
    d.p("Descriptor grade: outstanding / good / requires improvement / inadequate")
    d.p(f"Grade given: {c['grade']}")
    d.p("Date completed")
    d.p(c["completed"] or "")
    d.p(c["signed"])
    path = os.path.join(out_dir, stem + ".docx")
    d.save(path)
    targets = []
    for a, com, ns in c["areas"]:
        if ns:
            area = {"Communication and Language": "Communication and Language", "Literacy": "English", "Mathematics": "Maths",
                    "Personal, Social and Emotional Development": "PSED"}[a]
            targets.append({"text": ns, "area": area})
    tnum = {}
    pp = [{"description": e[1], "cost": e[5], "target": e[6]} for e in c["eypp"]]
    # next-step numbering follows order in table: 1 C&L, 2 PSED, 3 Literacy, 4 Maths
    write_truth(out_dir, stem, "docx", dict(
        inspired_by=INSP, quirks=QUIRKS, child_name=c["name"], child_first_name=c["first"], school=c["setting"],
        year_group=-1, meeting_date=c["meeting_iso"], completed_date=c["completed_iso"], attendance_percent=c["att_n"],
        pupil_voice=c["voice"], targets=targets,
        english_target=any(t["area"] in ("English",) for t in targets) or any(t["area"] == "Communication and Language" for t in targets),
        maths_target=any(t["area"] == "Maths" for t in targets), pp_spend=pp, pp_requested=c["total_n"]))


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
