"""zK05 Fernby: paper Early Years PEP (age 2 4) as PDF, each section carrying a setting
self-RAG cell in its heading bar. Age in years and months; the child's voice is quoted speech
inside practitioner observation notes; EYFS prime and specific areas are rows; EYPP request
columns follow the type/description/target/impact/cost pattern. Dates as 12-Nov-2025."""
import os
from _common_K import *

LAYOUT = "zK05-fernby-ey-rag"
INSPIRED = "real-forms.md entries 28, 27, 17, 16, 21"
QUIRKS = ["title 'Early Years PEP (age 2 4)' with the dash lost",
          "age in years and months, no year group label; nursery class",
          "every section heading bar ends in a setting RAG cell (G/A/R)",
          "child's voice is quoted speech inside observation notes",
          "EYPP table: type of intervention | description | next steps target | expected impact | cost",
          "dates as dd-Mon-yyyy",
          "attendance as funded hours plus a term percentage"]

CASES = {
    1: dict(name="Ruby-Mae Sinclair", first="Ruby-Mae", school="Little Acorns Day Nursery (Fernby)",
            age="3 years 5 months", date_txt="12-Nov-2025", meeting="2025-11-12",
            att="Attends 15 funded hours: Mon, Tue, Wed 9.00-2.00. Attendance this term 89% (3 days chickenpox).",
            att_v=89.0,
            obs=[("02-Oct-2025, role play", 'Ruby-Mae fed the baby doll and said "Baby hungry, she want milk now."', 'Baby hungry, she want milk now.'),
                 ("21-Oct-2025, outdoors", 'On the bikes she shouted "Look at me, I going fast!" and waited for her turn.', 'Look at me, I going fast!'),
                 ("06-Nov-2025, key person chat", 'Asked about nursery she said "I like the sand and Miss Jo." When asked what she does not like: "Home time, no."', 'I like the sand and Miss Jo.')],
            voice=["Baby hungry, she want milk now.", "Look at me, I going fast!", "I like the sand and Miss Jo.", "Home time, no."],
            areas=[("Communication and language", "Using 3-4 word phrases; some grammar errors", "G"),
                   ("Physical development", "Confident on bikes; pencil grip palmar", "G"),
                   ("Personal, social and emotional", "Upset at drop-off most days", "A"),
                   ("Literacy", "Enjoys stories; joins in with repeated refrains", "G"),
                   ("Mathematics", "Counts to 3 reliably; beginning to subitise", "A")],
            targets=[("Communication and language", "Ruby-Mae will use 4-5 word sentences with 'and' in small-group story time on 3 observed occasions by the February review, supported by Miss Jo."),
                     ("Mathematics", "Ruby-Mae will count up to 5 objects, touching each one, in play on 3 observed occasions by the spring PEP."),
                     ("Personal, social and emotional", "Ruby-Mae will settle within 10 minutes of drop-off on 4 out of 5 days using her transition photo book, recorded on the settling log until the next PEP.")],
            eypp=[("Learning", "Talk Boost early years group, 2 x 15 mins weekly with key person", "1", "Longer sentences at story time", "£120.00"),
                  ("Learning", "Number songs bag and counting resources for home and nursery", "2", "Counts 5 objects", "£40.00"),
                  ("Pastoral", "Transition photo book and extra key-person settling time, 10 mins daily", "3", "Calmer drop-off", "£80.00")],
            spend=[("Talk Boost early years group, 2 x 15 mins weekly with key person", 120.0, 1),
                   ("Number songs bag and counting resources for home and nursery", 40.0, 2),
                   ("Transition photo book and extra key-person settling time, 10 mins daily", 80.0, 3)],
            total="EYPP requested this term: £240.00", req=240.0,
            completed_txt="24-Nov-2025", completed="2025-11-24", english=True, maths=True,
            rag=["G", "G", "G", "G", "G"]),
    2: dict(name="Harrison Obi", first="Harrison", school="Fernby Community Nursery School",
            age="4 years 1 month", date_txt="04-Mar-2026", meeting="2026-03-04",
            att="Attends 30 hours (extended entitlement). Attendance this term 96%.", att_v=96.0,
            obs=[("Observations", "Observations to be added by key person.", None)],
            voice=[],
            areas=[("Communication and language", "Speech therapy referral made Jan 2026", "A"),
                   ("Physical development", "Age appropriate", "G"),
                   ("Personal, social and emotional", "Plays alongside others; some snatching", "A"),
                   ("Literacy", "Recognises own name", "G"),
                   ("Mathematics", "", "")],
            targets=[("Communication and language", "Harrison will follow a two-part instruction (e.g. 'get your coat and line up') on 4 out of 5 observed occasions by the summer PEP."),
                     ("Personal, social and emotional", "Harrison will take turns in a small-group game with one adult and one peer for 5 minutes, three times a week, by Easter.")],
            eypp=[("Learning", "Speech and language resources while waiting for therapy", "1", "Follows instructions", ""),
                  ("Pastoral", "Turn-taking games set", "2", "", "£25.00")],
            spend=[("Speech and language resources while waiting for therapy", None, 1),
                   ("Turn-taking games set", 25.0, 2)],
            total="EYPP requested this term: to be confirmed when SALT resources are costed", req=None,
            completed_txt="", completed=None, english=True, maths=False,
            rag=["G", "R", "A", "A", "A"]),
}


def bar(title, rag):
    fill = {"G": "#7BC67B", "A": "#F5C242", "R": "#E06666"}.get(rag, "#FFFFFF")
    t = Table([[P(title, "cellb"), P("Setting RAG: " + rag, "cellb")]], colWidths=[140 * mm, 34 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#DDE7D2")),
                           ("BACKGROUND", (1, 0), (1, 0), colors.HexColor(fill)),
                           ("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
    return [Spacer(1, 6), t, Spacer(1, 2)]


def footer(c, doc):
    w, h = A4
    c.setFont("Helvetica", 7)
    c.drawString(18 * mm, 8 * mm, "Fernby Virtual School  -  EY PEP paper form  -  return to eyvs@fernby.example within 10 working days")
    c.drawRightString(w - 18 * mm, 8 * mm, str(doc.page))


def build_one(out_dir, n, d):
    fname = f"{LAYOUT}-{n}.pdf"
    s = [P("Fernby Virtual School", "h3"), P("Early Years PEP (age 2 4)", "h1"),
         P("Paper PEP for children in a nursery, pre-school or childminder setting. Reception to Year 11 use the ePEP.", "small")]
    s += bar("A. About me", d["rag"][0])
    s.append(ptable([["Name", d["name"], "Age", d["age"]],
                     ["Setting", d["school"], "Room / class", "Pre-school room (nursery)"],
                     ["Date of EY PEP meeting", d["date_txt"], "Key person", "Miss Jo Harker" if n == 1 else "Mrs S. Levy"]],
                    [36 * mm, 68 * mm, 26 * mm, 44 * mm], header=False,
                    style_extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
                                 ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#F2F2F2"))]))
    s += bar("B. Health, attendance and EYPP impact", d["rag"][1])
    s.append(P(d["att"], "body"))
    s.append(P("Impact of last term's EYPP: " + ("settling-in sessions helped; now separates from carer with support." if n == 1 else "not recorded."), "body"))
    s += bar("C. My voice - what I say and what we see", d["rag"][2])
    rows = [["Date and context", "Observation (write the child's words in speech marks)"]]
    rows += [[a, b] for a, b, _ in d["obs"]]
    s.append(ptable(rows, [40 * mm, 134 * mm]))
    s += bar("D. Progress against the EYFS", d["rag"][3])
    s.append(ptable([["Area of learning", "Where I am now", "RAG"]] + [list(r) for r in d["areas"]],
                    [58 * mm, 100 * mm, 16 * mm]))
    s += bar("E. My next steps targets", d["rag"][4])
    for i, (area, t) in enumerate(d["targets"], 1):
        s.append(P(f"{i}. {area}: {t}", "body"))
        s.append(Spacer(1, 2))
    s.append(P("Early Years Pupil Premium (EYPP) request", "h3"))
    rows = [["Type of intervention (pastoral or learning)", "Description of intervention", "Target no.",
             "Expected impact", "Cost"]] + [list(r) for r in d["eypp"]]
    s.append(ptable(rows, [30 * mm, 68 * mm, 16 * mm, 38 * mm, 22 * mm]))
    s.append(P(d["total"], "body"))
    s.append(Spacer(1, 6))
    s.append(ptable([["Date PEP completed", d["completed_txt"], "Completed by (setting)", "Setting manager" if n == 1 else ""]],
                    [38 * mm, 40 * mm, 42 * mm, 54 * mm], header=False))
    build_pdf(os.path.join(out_dir, fname), s, footer=footer)
    write_truth(out_dir, fname, LAYOUT, INSPIRED, QUIRKS,
                child_name=d["name"], child_first_name=d["first"], school=d["school"],
                year_group=-1, meeting_date=d["meeting"], completed_date=d["completed"],
                attendance_percent=d["att_v"], pupil_voice=d["voice"],
                targets=[(t, a) for a, t in d["targets"]], english_target=d["english"],
                maths_target=d["maths"], pp_spend=d["spend"], pp_requested=d["req"])


def build(out_dir):
    for n, d in CASES.items():
        build_one(out_dir, n, d)
