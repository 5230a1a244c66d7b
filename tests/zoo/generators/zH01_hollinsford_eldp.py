"""zH01: Hollinsford Council Early Learning & Development Plan (EY, DOCX, protected-form style)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_H import docx_table, write_truth, main
from docx import Document
from docx.shared import Pt

LAYOUT = "zH01-hollinsford-eldp"
INSP = "real-forms.md entries 16, 17, 27, 4, 9; 'What a reader must cope with' 8, 13, 21"
QUIRKS = ["EY plan not called a PEP (ELDP)", "age in years and months, no year group label",
          "'Choose an item.' / 'Click here to enter text.' placeholders mean empty",
          "next steps sit inside an EYFS area grid; some rows say on track / N/A",
          "EYPP spend linked by area name, not by number", "previous next steps reviewed above the new ones"]
PH = "Click here to enter text."
CH = "Choose an item."

KIDS = [
    dict(n=1, name="Ruby-Mae Okonjo", first="Ruby-Mae", dob="14/03/2022", age="3 years 7 months",
         setting="Bramblebank Community Pre-School", meet="Thursday 16 October 2025", meet_iso="2025-10-16",
         done="23.10.25", done_iso="2025-10-23", sessions="15 hours funded + 7.5 hours paid (Mon-Wed)",
         att="Attendance this term: 94.2% of booked sessions (2 sessions missed for family time change)", att_v=94.2,
         voice=["I like the mud kitchen and making soup for Mrs Patel.", "I don't like it when the big boys shout.",
                "My best friend is Nia."],
         voice_how="Key person chatted with Ruby-Mae at the snack table and wrote down her words the same day.",
         prev=[("Ruby-Mae will put on her own coat and shoes at home time", "Achieved - does this most days"),
               ("Ruby-Mae will join a small group story for 5 minutes", "Partly - manages 3-4 minutes")],
         grid=[("Communication and Language", "Uses 3-4 word sentences; asks 'why?'",
                "Ruby-Mae will use 'because' to explain her choice in play at least 3 times a week by Christmas",
                "Key person models 'because' in small-world play daily", "Dec 2025", "English"),
               ("Personal, Social and Emotional Development", "Plays alongside others; upset at loud noise",
                "Ruby-Mae will tell an adult or use her calm card when the room is too loud, on most days by February half-term",
                "Calm card on lanyard; quiet corner with key person", "Feb 2026", "PSED"),
               ("Physical Development", "Climbs confidently; pencil grip emerging", "On track - no new step", "", "", None),
               ("Literacy", "Enjoys stories, joins in with repeated refrains",
                "Ruby-Mae will recognise the first letter of her name on her peg and in books by February half-term",
                "Name games at self-registration; letter hunt twice weekly", "Feb 2026", "English"),
               ("Mathematics", "Counts to 5 with some errors",
                "Ruby-Mae will count out up to 5 objects accurately (e.g. plates at snack time) by the end of the spring term",
                "Counting songs; snack-table helper role 3x a week", "Mar 2026", "Maths"),
               ("Understanding the World", "Interested in minibeasts", "N/A", "", "", None),
               ("Expressive Arts and Design", "Loves role play", "On track", "", "", None)],
         eypp=[("Learning", "Small-group 'Talk Boost' sessions with trained practitioner, 2 x 20 mins weekly for 10 weeks",
                "Communication and Language", "More words to explain her play", "£190.00", 190.0, 1),
               ("Pastoral", "Ear defenders and a calm-corner den kit for the pre-school room", "PSED",
                "Ruby-Mae can regulate in busy times", "£45", 45.0, 2)],
         total="£235.00", total_v=235.0, signed="M. Ferreira (Setting SENCo/Lead for CiC)"),
    dict(n=2, name="Tyler Brandon Leck", first="Tyler", dob="02/11/2021", age="3 years 11 months",
         setting="Little Otters Day Nursery (Hollinsford Road)", meet="4th November 2025", meet_iso="2025-11-04",
         done="", done_iso=None, sessions="30 hours (extended entitlement)", att=PH, att_v=None,
         voice=[], voice_how=PH,
         prev=[("Tyler will sit for a short group time", CH)],
         grid=[("Communication and Language", "Single words, some 2-word phrases",
                "Tyler will use two-word phrases to ask for a snack or toy most days by the spring PEP",
                "Makaton signs alongside words; key person 1:1 daily", "spring", "English"),
               ("Personal, Social and Emotional Development", "Finds separation from carer hard",
                "Tyler to settle with his key person within 10 minutes of drop-off on 4 out of 5 days by Christmas",
                "Same key person greets him; visual timetable", "Dec 25", "PSED"),
               ("Physical Development", PH, PH, "", "", None),
               ("Literacy", "Likes books with flaps", "On track", "", "", None),
               ("Mathematics", PH, PH, "", "", None),
               ("Understanding the World", PH, "", "", "", None),
               ("Expressive Arts and Design", "Enjoys painting", "", "", "", None)],
         eypp=[("Learning", "Makaton training for key person (half-day course)", "Communication and Language",
                "Staff can sign with Tyler", "£85.00", 85.0, 1),
               ("Pastoral", "Sensory resources for the toddler room", CH, PH, "120", 120.0, None)],
         total=PH, total_v=None, signed=""),
]


def build_one(out_dir, k):
    fname = f"{LAYOUT}-{k['n']}.docx"
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"OFFICIAL-SENSITIVE  |  ELDP  |  {k['name']}"
    sec.footer.paragraphs[0].text = "Hollinsford Virtual School - Early Years Team - form EY/ELDP v3.2 (protected)"
    d.add_heading("Hollinsford Council", 0)
    d.add_heading("My Early Learning & Development Plan (ELDP)", 1)
    d.add_paragraph("For Children in Care aged 2 to 5 in a funded early years place. This plan replaces the "
                    "school-age PEP for children not yet in Reception.")
    d.add_heading("Part 1  About me", 2)
    docx_table(d, [["My name", k["name"]], ["Date of birth", k["dob"]], ["My age at this plan", k["age"]],
                   ["My setting", k["setting"]], ["Hours I attend", k["sessions"]],
                   ["Ethnicity", "White British" if k["n"] == 1 else CH], ["Legal status", "S.31 Full Care Order" if k["n"] == 1 else "S.20"],
                   ["Key person", "Mrs A. Patel" if k["n"] == 1 else "Jodie (Room leader)"]], header=False, bold_first_col=True)
    d.add_paragraph("This is a photo of me (please follow your setting's photograph policy)")
    docx_table(d, [["Date of ELDP meeting", "Type of plan", "Plan finalised by setting lead on"],
                   [k["meet"], "Termly review" if k["n"] == 1 else "Initial (new into care)", k["done"] or PH]])
    d.add_heading("Part 2  My health and attendance", 2)
    docx_table(d, [["Health needs", "Eczema - cream kept in office" if k["n"] == 1 else "Awaiting 2-year health check"],
                   ["Attendance", k["att"]],
                   ["Impact of last term's EYPP", "Ruby-Mae now joins group time (see review below)" if k["n"] == 1 else "N/A - first plan"]],
               header=False, bold_first_col=True)
    d.add_heading("Part 3  What I think (the child's voice)", 2)
    d.add_paragraph("Write the child's own words. Say how you found out.")
    if k["voice"]:
        docx_table(d, [["What I said"], ["\n".join(f'"{v}"' for v in k["voice"])], ["How we gathered this: " + k["voice_how"]]])
    else:
        docx_table(d, [["What I said"], [PH], ["How we gathered this: " + k["voice_how"]]])
    d.add_heading("Part 4  How did my last next steps go?", 2)
    docx_table(d, [["Last term's next step", "What happened"]] + [list(p) for p in k["prev"]])
    d.add_heading("Part 5  Where I am now and my next steps (EYFS)", 2)
    d.add_paragraph("Complete for each area. Next steps must be small, clear and reviewed at the next ELDP.")
    rows = [["Area of learning", "What I can do now", "My next step", "How the grown-ups will help", "By when"]]
    for g in k["grid"]:
        rows.append(list(g[:5]))
    docx_table(d, rows)
    d.add_heading("Part 6  Early Years Pupil Premium (EYPP) request", 2)
    rows = [["Type of intervention (pastoral or learning)", "Description of intervention", "Linked to next step in area",
             "Expected impact", "Cost"]] + [list(x[:5]) for x in k["eypp"]]
    rows.append(["", "", "", "Total requested", k["total"]])
    docx_table(d, rows)
    d.add_heading("Part 7  Sign off", 2)
    docx_table(d, [["Setting lead", k["signed"] or PH], ["Social worker agrees plan", "Yes" if k["n"] == 1 else CH],
                   ["VS Early Years officer", "Reviewed - EYPP approved" if k["n"] == 1 else CH]], header=False, bold_first_col=True)
    d.save(os.path.join(out_dir, fname))

    targets = [{"text": g[2], "area": g[5]} for g in k["grid"] if g[5]]
    write_truth(out_dir, LAYOUT, fname, INSP, QUIRKS, child_name=k["name"], child_first_name=k["first"],
                school=k["setting"], year_group=-1, meeting_date=k["meet_iso"], completed_date=k["done_iso"],
                attendance_percent=k["att_v"], pupil_voice=k["voice"], targets=targets,
                english_target=any(t["area"] == "English" for t in targets),
                maths_target=any(t["area"] == "Maths" for t in targets),
                pp_spend=[{"description": x[1], "cost": x[5], "target": x[6]} for x in k["eypp"]],
                pp_requested=k["total_v"])


def build(out_dir):
    for k in KIDS:
        build_one(out_dir, k)


if __name__ == "__main__":
    main(build)
