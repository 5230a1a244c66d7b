"""zV01: Cheshire East style 'My 2-4 years Learning Plan' (nursery), labels in header rows, three described parts,
Bristol-style EYFS PEP descriptor grade. Entries 16, 27."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_V import Docx, truth

LAYOUT = "zV01-ce-two-four-learning-plan-parts"
INSP = "real-forms.md entries 16, 27"


def make(out_dir, n):
    good = n == 1
    name, first = ("Ruby-Mae Okonjo", "Ruby-Mae") if good else ("Alfie Tranter", "Alfie")
    school = "Little Acorns Day Nursery, Crewe Road" if good else "Sandbach Bright Start Pre-School"
    d = Docx(header="Cared for Children - Early Years Learning Plan (ePEP) - OFFICIAL SENSITIVE",
             footer="Printed from ePEP 19/10/2026 - record ref LP-2026-0" + ("418" if good else "733"))
    d.p("My 2-4 years Learning Plan", bold=True, center=True)
    d.p("Autumn Term 2026", center=True)
    d.h("The first part: my personal information, legal status and a brief summary of my care plan", 2)
    d.table([["Child's name", "Date of birth", "Age at this plan", "Legal status"],
             [name, "14/03/2023" if good else "02/07/2023", "3 years 7 months" if good else "3 years 3 months",
              "Section 31 Full Care Order" if good else "Section 20"],
             ["Placement", "Care plan (brief summary)", "Social worker", "Setting key person"],
             ["Foster care (in house)", "Long-term fostering with current carers; contact with birth mother fortnightly.",
              "Hannah Lowes", "Priya Desai" if good else "Mel Hart"]], bold_first_row=False)
    d.h("The next part: health concerns, the setting I attend, attendance and the impact of EYPP", 2)
    att = "94.6%" if good else ""
    d.table([["Health concerns", "Name of the setting", "Funded hours", "Attendance this term"],
             ["Glue ear - audiology review booked." if good else "None known.", school, "30 hours (15 universal + 15 extended)",
              (att + " (sessions attended 70 of 74)") if good else "not recorded"],
             ["Impact of Early Years Pupil Premium (EYPP) funding last term", "", "", ""],
             ["Small-group Chatterbox sessions helped Ruby-Mae begin to join in at carpet time." if good
              else "EYPP not claimed last term.", "", "", ""]])
    d.h("The next section: progress against the EYFS", 2)
    d.p("Please provide comments for each prime and specific area.", italic=True)
    rows = [["Area", "Development band (months)", "Comment from key person"]]
    rows += [["Communication and Language", "22-36", "Uses 3-4 word phrases; needs modelling of 'why' questions."],
             ["Physical Development", "30-50", "Confident on the climbing frame; pencil grip emerging."],
             ["Personal, Social and Emotional Development", "22-36", "Settles well at drop-off most days."],
             ["Literacy", "22-36", "Enjoys stories with repeated refrains."],
             ["Mathematics", "22-36", "Counts to 5 with support; enjoys sorting colours."]]
    d.table(rows, bold_first_row=True)
    d.h("What I say about my nursery", 2)
    voice = (["I like the sand tray and the big red bike.", "Priya is my friend. She reads me the bear book."] if good
             else ["I like painting.", "I don't like it when it's loud."])
    d.table([["Heard by", "What the child said (in their own words)"],
             ["Key person, during free play", voice[0]], ["Key person, at story time", voice[1]]], bold_first_row=True)
    d.h("My next steps", 2)
    if good:
        tg = [("Ruby-Mae will join in with a familiar song or rhyme at group time on 3 out of 5 days by February half-term.", "Communication and Language"),
              ("Ruby-Mae will count out up to 5 objects accurately during play by the spring PEP.", "Mathematics"),
              ("Ruby-Mae will choose a book and share it with an adult each session.", "Literacy")]
    else:
        tg = [("Alfie will use two-word phrases to ask for help at snack time by the next plan.", "Communication and Language"),
              ("Alfie will wait for his turn on the bikes with adult support.", "Personal, Social and Emotional Development")]
    d.table([["No.", "Next step", "Area", "Who will help", "By when"]] +
            [[f"NS{i+1}", t, a, "Key person", "Spring 2027"] for i, (t, a) in enumerate(tg)], bold_first_row=True)
    d.h("EYPP request (must link to next steps)", 2)
    if good:
        pp = [("Chatterbox small-group language sessions, 2 x 20 minutes weekly", 150.0, 1),
              ("Counting bags and number rhyme resource pack for home and setting", 45.0, 2)]
        d.table([["Linked next step", "What the EYPP will pay for", "Cost"],
                 ["NS1", pp[0][0], "£150.00"], ["NS2", pp[1][0], "£45.00"], ["", "Total EYPP requested", "£195.00"]],
                bold_first_row=True)
        req = 195.0
    else:
        pp = [("Sensory ear defenders and a quiet-corner tent", 60.0, None)]
        d.table([["Linked next step", "What the EYPP will pay for", "Cost"],
                 ["", pp[0][0], "£60.00"], ["", "Total EYPP requested", "£60.00"]], bold_first_row=True)
        req = 60.0
    d.h("EYFS PEP descriptor (Virtual School use)", 2)
    d.table([["Meeting held", "Plan completed by setting", "Grade (outstanding / good / requires improvement / inadequate)"],
             ["08/10/2026" if good else "21/10/2026", "15/10/2026" if good else "", "good" if good else "requires improvement"]],
            bold_first_row=True)
    fname = f"{LAYOUT}-{n}.docx"
    d.save(os.path.join(out_dir, fname))
    truth(out_dir, LAYOUT, fname, INSP,
          ["plan not called PEP (My 2-4 years Learning Plan)", "labels in header rows, values in the row below",
           "parts named by description sentences", "development bands in months", "Ofsted-style descriptor grade",
           "NS-numbered next steps, EYPP linked by NS number"] +
          ([] if good else ["-2 gaps: attendance 'not recorded', EYPP line not linked to a next step, no maths next step, no completion date"]),
          name, first, school, -1, "2026-10-08" if good else "2026-10-21", "2026-10-15" if good else None,
          94.6 if good else None, voice, tg, True, good, pp, req)


def build(out_dir):
    for n in (1, 2):
        make(out_dir, n)


if __name__ == "__main__":
    build(sys.argv[1])
