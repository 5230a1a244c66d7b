"""zS04: Reception EYPEP on a portal-style Word form; labels above values; one SMART-prompt table per target."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_S import *  # noqa

LAYOUT = "zS04-reception-eypep-smart-prompt-tables"
INSP = "real-forms.md entries 7, 15"
QUIRKS = ["Reception \"EYPEP\"; SW sections \"My Personal Information\" and \"My Health\" stamped 'completed by SW at least 10 days before the meeting'",
          "labels sit ABOVE their values (bold label paragraph, value on the next line), no label column",
          "\"Section One (b):People Invited to EYPEP Meeting\" table with Attended Meeting / Copy of PEP Sent columns and the instruction line left in",
          "one table per target: rows are the Lancashire SMART prompts (S Specific ... M Measurable How will be [sic] know ...), the target text in the S row",
          "funding named \"EYPP/PEPSA\" ('costed and clearly links to the targets'), QA RAG line",
          "delegation log: section delegated to setting / returned by setting (the returned date is the completion date)"]

SMART = [("S Specific", "What is the observable difference/benefit we are expecting to see?"),
         ("M Measurable", "How will be [sic] know when the target has been achieved?"),
         ("A Achievable", "Is it achievable with the support in place?"),
         ("R Relevant", "Has it taken the child's voice into consideration?"),
         ("T Time-bound", "When will it be reviewed?")]


def lab(doc, label, value):
    d_para(doc, label, bold=True)
    d_para(doc, value if value else "")


def make(out_dir, n):
    good = n == 1
    name, first = ("Amira Haddad", "Amira") if good else ("Logan Pearce", "Logan")
    school = "Hollybank Primary School" if good else "Saxonbury Infant School"
    meet, meet_iso = ("Wednesday 30 September 2026", "2026-09-30") if good else ("Monday 9 November 2026", "2026-11-09")
    doc = new_doc()
    d_header_footer(doc, "LCC Professional Portal - EYPEP - printed copy",
                    "EYPEP (Reception) - " + name + " - this plan is a legal document")
    d_para(doc, "EYPEP - Early Years Personal Education Plan (Reception)", bold=True, size=16)
    d_para(doc, "Section One (a):Child's Details", bold=True, size=12)
    lab(doc, "Child's name", name)
    lab(doc, "Date of birth", "14/02/2021" if good else "27/06/2021")
    lab(doc, "School / setting", school)
    lab(doc, "Year group", "Reception (FS2)")
    lab(doc, "Date of EYPEP meeting", meet)
    d_para(doc, "My Personal Information  (completed by SW at least 10 days before the meeting)", bold=True, size=12)
    lab(doc, "Legal status", "Interim Care Order" if good else "Section 20")
    lab(doc, "Who I live with", "Foster carers Mr and Mrs Doyle" if good else "Kinship carer (aunt)")
    d_para(doc, "My Health  (completed by SW at least 10 days before the meeting)", bold=True, size=12)
    lab(doc, "Health needs", "Eczema - cream at lunchtime" if good else "Awaiting hearing test")
    d_para(doc, "Section One (b):People Invited to EYPEP Meeting", bold=True, size=12)
    d_para(doc, "Please indicate the names of the people responsible for managing this EYPEP.", italic=True)
    d_table(doc, [["Title", "Name", "Address and Phone Number", "Attended Meeting", "Copy of PEP Sent"],
                  ["Child", first, "", "No", "n/a"],
                  ["Carer(s)", "Mrs Jo Doyle" if good else "Ms Kerry Pearce", "via SW", "Yes", "Yes"],
                  ["Designated person (teacher or practitioner)", "Mrs Priya Anand" if good else "Mr Ben Carver", "school office", "Yes", "Yes"],
                  ["Social worker or care manager", "Lewis Grant", "Children's Social Care", "Yes", "Yes"]],
            header=True, fill="E2EFD9")
    d_para(doc, "My Views", bold=True, size=12)
    d_para(doc, "(gathered by my teacher in class using my 'all about me' jar)", italic=True)
    if good:
        v = ["I like the big bikes outside.", "I'm good at drawing mummy cats.", "I don't like it when the bell goes."]
        lab(doc, "What I like at school", v[0])
        lab(doc, "What I am good at", v[1])
        lab(doc, "What I don't like", v[2])
    else:
        v = []
        lab(doc, "What I like at school", "")
        lab(doc, "What I am good at", "")
        lab(doc, "What I don't like", "")
    d_para(doc, "Attendance and progress (setting)", bold=True, size=12)
    lab(doc, "Attendance since September", "97.1%" if good else "91.3%")
    lab(doc, "Baseline (RBA) completed", "Yes - 18/09/2026" if good else "Yes")
    d_para(doc, "Targets - use the SMART prompts for each target", bold=True, size=12)
    if good:
        tg = [("Literacy", "Amira will blend and read CVC words from Phase 2 phonics (s a t p i n) independently in 8 out of 10 attempts",
               "Amira reads the words on the phonics cards without adult help", "8 out of 10 on the teacher check", "Yes - daily Little Wandle catch-up", "Amira chose the cat word cards", "Review at spring EYPEP"),
              ("Mathematics", "Amira will subitise up to 3 and count out 5 objects from a larger group",
               "Amira counts out 5 objects when asked", "Observed 3 times in continuous provision", "Yes", "Amira loves the bead counting", "By February half-term 2027"),
              ("PSED", "Amira will use the 'bell warning' picture card to prepare for transitions at playtime and lunch",
               "Fewer tears at the bell", "Key adult log", "Yes", "Amira said she does not like the bell", "December 2026")]
        pp = [("Little Wandle keep-up sessions, 3 x 10 minutes daily with TA", 240.0, 1),
              ("Numicon set for home learning", 55.0, 2),
              ("Visual transition cards and sand timer", 20.0, 3)]
    else:
        tg = [("Communication and Language", "Logan will say a short sentence of four words to tell an adult what he needs",
               "Logan asks for help in words", "Heard on 5 days in one week", "Yes", "", "Spring EYPEP"),
              ("Physical Development", "Logan will hold a pencil with a tripod grip to make marks for 5 minutes",
               "Tripod grip used", "Observed by class teacher", "Yes", "", "Spring EYPEP")]
        pp = [("Speech and language small group (NELI), 3 x 20 minutes a week", 300.0, 1),
              ("Pencil grips and fine motor kit", 25.0, None)]
    for i, (area, t, m1, m2, a, r, tb) in enumerate(tg, 1):
        d_para(doc, f"Target {i}: {area}", bold=True)
        rows = [[SMART[0][0], SMART[0][1], t], [SMART[1][0], SMART[1][1], m1 + " - " + m2],
                [SMART[2][0], SMART[2][1], a], [SMART[3][0], SMART[3][1], r], [SMART[4][0], SMART[4][1], tb]]
        d_table(doc, rows, bold_first_col=True, widths=[2.6, 6, 8.4])
    d_para(doc, "EYPP/PEPSA request - PPG/PEPSA (as appropriate) is costed and clearly links to the targets", bold=True, size=12)
    rows = [["Intervention", "Cost", "Target"]] + [[d, f"£{c:.2f}", f"Target {t}" if t else ""] for d, c, t in pp]
    total = sum(c for _, c, _ in pp)
    rows.append(["Total", f"£{total:.2f}", ""])
    d_table(doc, rows, header=True, fill="E2EFD9")
    d_para(doc, "Delegation log", bold=True, size=12)
    d_table(doc, [["Section", "Delegated to", "Sent", "Returned"],
                  ["Setting sections", "Designated person", "21/09/2026" if good else "02/11/2026",
                   "09/10/2026" if good else "Not yet returned"]], header=True, fill="E2EFD9")
    d_para(doc, "QA (Virtual School): RAG " + ("Green" if good else "Amber - child's views missing"))
    fn = f"{LAYOUT}-{n}.docx"
    doc.save(os.path.join(out_dir, fn))
    areas = ["English", "Maths", "PSED"] if good else ["English", "Physical"]
    q = QUIRKS + ([] if good else ["-2 gaps: all three My Views boxes empty, no maths target, second EYPP/PEPSA line not linked, setting sections 'Not yet returned' (no completion date)"])
    tr = truth(LAYOUT, fn, INSP, q, child_name=name, child_first_name=first, school=school, year_group=0,
               meeting_date=meet_iso, completed_date="2026-10-09" if good else None,
               attendance_percent=97.1 if good else 91.3, pupil_voice=v,
               targets=[{"text": t[1], "area": a} for t, a in zip(tg, areas)], english_target=True,
               maths_target=good, pp_spend=[{"description": d, "cost": c, "target": t} for d, c, t in pp],
               pp_requested=total)
    write_truth(out_dir, f"{LAYOUT}-{n}", tr)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
