"""zI05 Marchbank SEND PEP: Word, sections delegated by email with a delegation log, first-person section names
filled by the social worker before the meeting, EHCP outcomes mapped to PEP targets in one table, voice gathered
with symbols / talking mat, funding called PEPSA with cost worked out; independent special school gets no PEPSA.

Inspired by real-forms.md entries 15 (My Personal Information / My Health, delegated sections, SDQ bands, PEPSA),
14 (highlighting / sections in a fixed order with the child's views early), 3 (Makaton / any form of views),
11 (views collected by someone the pupil knows well, attendance printout).
"""
import os
from _common_I import *

LAYOUT = "zI05-marchbank-delegated-send"
INSPIRED = "real-forms.md entries 3, 11, 14, 15"
QUIRKS = ["delegation log table (section / delegated to / sent / returned) on the cover",
          "first-person section names filled in by the social worker ahead of the meeting",
          "SDQ score with the guidance bands printed beside it",
          "EHCP outcomes and PEP targets side by side in one table",
          "voice gathered with PECS / talking mat; child's words quoted inside adult prose",
          "funding called PEPSA, cost shown as a calculation",
          "independent special school: PEPSA not payable (no spend lines)"]

CASES = [
    dict(n=1, name="Liam Szymanski", first="Liam", school="Oakhurst Brook School", schooltype="Community special school (ASC / SLCN)",
         year=6, cls="Kestrel class (Year 6)", dob="14/08/2014",
         deleg=[("My Personal Information", "Social worker", "20/10/2025", "24/10/2025"),
                ("My Health", "Social worker", "20/10/2025", "24/10/2025"),
                ("My Learning / My Targets / PEPSA", "Oakhurst Brook School (DT)", "27/10/2025", "13/11/2025")],
         meeting="Date of PEP meeting: 06/11/2025", meeting_iso="2025-11-06",
         legal="Care Order", home="Long-term foster home with Mr & Mrs Adeyemi", sw="Ms Harriet Coyle",
         sdq="SDQ (carer, September 2025): 19    Bands: 0-13 normal / 14-16 borderline / 17-40 cause for concern. "
             "Strategies: CAMHS LD team involved; sensory diet at home and school.",
         health="Diagnosed autism (2019). Takes melatonin. Dental check due January.",
         ehcp="EHCP: Yes. Primary need: Autism; secondary: Speech, language and communication. Last annual review 18/06/2025.",
         attendance="Attendance this year (to 31/10/2025): 88.6% - below 90% (persistent absence). Most absence is "
                    "Monday mornings after family time. Plan: taxi escort change agreed; reviewed at half term.",
         att=88.6,
         voice_prose=("Liam used his PECS book and a talking mat with Mrs Nadia Ahmed (his key adult) on 4 November. "
                      "He put swimming, the iPad and Mrs Ahmed on 'like', and the hall and assembly on 'don't like'. "
                      "When we asked about assembly Liam said \"No hall. Hall too loud.\" Looking at the photo of the pool "
                      "he signed and said \"Swimming Friday! Liam swim big pool.\" At the end he added \"Mrs Ahmed help me.\""),
         voice=["No hall. Hall too loud.", "Swimming Friday! Liam swim big pool.", "Mrs Ahmed help me."],
         rows=[("Communication: Liam will ask for help using a short sentence.",
                "Liam will use a 3-symbol sentence strip (\"I want help\") to ask for help in lessons 5 times a day by the spring PEP",
                "Communication / English", "SaLT programme delivered by class TA daily, 10 mins", "English"),
               ("Cognition and learning: Liam will use number to solve everyday problems.",
                "Liam will count out coins to 20p to pay for his snack at the class shop on 4 out of 5 days by February half-term",
                "Maths", "Class shop every day at break; Numicon 3 x weekly with teacher", "Maths"),
               ("Social, emotional and mental health: Liam will manage busy spaces.",
                "Liam will stay in the hall for the first 10 minutes of Friday assembly wearing ear defenders, with his key adult, by the spring PEP",
                "SEMH / sensory", "Key adult; ear defenders; quiet exit card", "SEMH")],
         pepsa=[("1", "Symbol sentence strips, Widgit Online licence share for home use", "£8 x 12 months", "£96.00"),
                ("2", "Class shop resources: real coins and till, price labels", "£45 one-off", "£45.00"),
                ("3", "Sensory circuit sessions with OT-trained TA before assembly, 20 mins x 12 weeks",
                 "£12.50 x 12 sessions", "£150.00")],
         pepsa_total="£291.00", total_num=291.0,
         signoff="Signed off by DT: Mr Graham Nyberg    Date: 13/11/2025", completed_iso="2025-11-13"),
    dict(n=2, name="Ellis-Jay Morton", first="Ellis-Jay", school="The Linnet School",
         schooltype="Independent special school (SEMH), out of area - day placement", year=8, cls="Year 8 (group Ash)",
         dob="02/03/2013",
         deleg=[("My Personal Information", "Social worker", "12/01/2026", ""),
                ("My Health", "Social worker", "12/01/2026", ""),
                ("My Learning / My Targets / PEPSA", "The Linnet School (DT)", "12/01/2026", "09/02/2026")],
         meeting="Date of PEP meeting: TBC - social worker to confirm", meeting_iso=None,
         legal="", home="", sw="Mr Aled Prothero",
         sdq="SDQ: not received", health="",
         ehcp="EHCP: Yes. Primary need: Social, emotional and mental health. Annual review due March 2026.",
         attendance="Attendance Spring 1: 97.2%. One internal isolation (15/01/2026).",
         att=97.2,
         voice_prose=("Ellis-Jay talked to his mentor at The Linnet on 2 February. He said he likes the small groups and "
                      "the farm. He said \"I want to go back to a normal school for Year 10.\""),
         voice=["I want to go back to a normal school for Year 10."],
         rows=[("Cognition and learning: Ellis-Jay will close gaps in number.",
                "Ellis-Jay will know his 6, 7 and 9 times tables and score 25/30 on the weekly test by Easter 2026",
                "Maths", "Maths teacher, daily 10-minute starter", "Maths"),
               ("Independence: Ellis-Jay will travel safely.",
                "Ellis-Jay will travel by taxi without an escort from the summer term, after 6 accompanied practice runs",
                "Preparing for adulthood", "Transport team / mentor", "Independence")],
         pepsa=[], pepsa_total=None, total_num=None,
         pepsa_note="PEPSA not payable: independent special school - fees cover the provision in the EHCP.",
         signoff="Signed off by DT: Ms Rhian Talbot    Date: 09/02/2026", completed_iso="2026-02-09"),
]


def render(c, path):
    d = new_docx(font="Verdana", size=9)
    header_footer(d, header_text=f"Marchbank Virtual School  |  PEP (SEND)  |  {c['name']}",
                  footer_text="Sections are delegated through the Marchbank professional portal. Attach any SEND "
                              "targeted learning plans through the portal, not by email.")
    dpara(d, "MARCHBANK BOROUGH COUNCIL", bold=True, size=9, color="2E7D32")
    dpara(d, "Personal Education Plan - children with SEND", bold=True, size=15)
    dpara(d, c["meeting"], bold=True)
    dpara(d, "Delegation log", bold=True)
    rows = [["Section", "Delegated to", "Sent", "Returned"]] + [list(r) for r in c["deleg"]]
    dtable(d, rows, widths_cm=[6, 5, 3, 3], size=8.5, head_fill="C8E6C9")

    dpara(d, "My Personal Information  (social worker - at least 10 days before the meeting)", bold=True, size=11)
    dtable(d, [["My name", c["name"]], ["My date of birth", c["dob"]], ["My legal status", c["legal"]],
               ["Where I live", c["home"]], ["My social worker", c["sw"]]],
           header=False, widths_cm=[5, 12], bold_first_col=True)
    dpara(d, "My Health  (social worker)", bold=True, size=11)
    dtable(d, [["Health needs", c["health"]], ["Strengths and difficulties questionnaire", c["sdq"]]],
           header=False, widths_cm=[5, 12], bold_first_col=True)

    dpara(d, "My Learning  (setting)", bold=True, size=11)
    dtable(d, [["My school", c["school"]], ["Type of school", c["schooltype"]], ["My class", c["cls"]],
               ["My special educational needs", c["ehcp"]], ["My attendance", c["attendance"]]],
           header=False, widths_cm=[5, 12], bold_first_col=True)

    dpara(d, "How I communicate and what I told you", bold=True, size=11)
    dpara(d, "Views can be recorded in any form (symbols, Makaton, photos, drawings, voice notes). Say who gathered "
             "them and how.", italic=True, size=8)
    dpara(d, c["voice_prose"])

    dpara(d, "My EHCP outcomes and my PEP targets", bold=True, size=11)
    rows = [["EHCP outcome (Section E)", "PEP target (by the next PEP)", "Area", "Provision (who / how often)"]] + \
        [list(r[:4]) for r in c["rows"]]
    dtable(d, rows, widths_cm=[4.5, 6.5, 2.5, 3.5], size=8.5, head_fill="C8E6C9")

    dpara(d, "PEPSA request (Personal Education Plan Support Allocation)", bold=True, size=11)
    dpara(d, "PPG/PEPSA (as appropriate) is costed and clearly links to the targets. Statutory EHCP provision "
             "cannot be funded from PEPSA.", italic=True, size=8)
    if c["pepsa"]:
        rows = [["Target", "Intervention / item", "Cost calculation", "Cost"]] + [list(p) for p in c["pepsa"]]
        rows.append(["", "", "Total PEPSA requested", c["pepsa_total"]])
        dtable(d, rows, widths_cm=[1.5, 8, 4, 3.5], size=8.5)
    else:
        dpara(d, c["pepsa_note"], bold=True)
    dpara(d, c["signoff"], bold=True)
    d.save(path)


def build(out_dir):
    for c in CASES:
        fname = f"{LAYOUT}-{c['n']}.docx"
        render(c, os.path.join(out_dir, fname))
        areas = [r[4] for r in c["rows"]]
        write_truth(out_dir, fname, dict(
            layout=LAYOUT, inspired_by=INSPIRED, quirks=QUIRKS,
            child_name=c["name"], child_first_name=c["first"], school=c["school"], year_group=c["year"],
            meeting_date=c["meeting_iso"], completed_date=c["completed_iso"], attendance_percent=c["att"],
            pupil_voice=c["voice"],
            targets=[{"text": r[1], "area": a} for r, a in zip(c["rows"], areas)],
            english_target="English" in areas, maths_target="Maths" in areas,
            pp_spend=[{"description": p[1], "cost": float(p[3].strip("£")), "target": int(p[0])} for p in c["pepsa"]],
            pp_requested=c["total_num"]))
