"""zD05: a Welsh-English bilingual-labelled primary PEP from an English border authority (PDF)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_D import html_pdf, esc, write_truth, main

LAYOUT = "zD05-bilingual-border"
INSP = "real-forms.md entries 8 (dotted leaders), 13 ('Welsh' in the national identity list, 'Please circle'); quirks 5, 6, 27; invented bilingual labels"
QUIRKS = ["bilingual labels 'Welsh / English'", "dotted leader blanks", "several label/value pairs on one line",
          "circle-one option list for national identity", "pupil voice with a Welsh sentence",
          "PP+ spelled 'Pupil Premium Plus (PP+)'", "date of meeting with ordinal and weekday"]

CASES = [
    dict(n=1, name="Carys Pritchard", first="Carys", school="Ysgol Gynradd Bryn Derw", yg=6,
         meet="Wednesday 15th October 2025", meet_iso="2025-10-15", done="22/10/2025", done_iso="2025-10-22",
         att="97%", att_v=97.0,
         voice=["I like Welsh lessons and I am in the school choir.", "Dw i'n hoffi canu yn y côr.",
                "I am nervous about going to big school next year."],
         targets=[("Carys will use inverted commas correctly in 4 out of 5 pieces of writing by 12 December 2025", "English",
                   "Class teacher, checked in weekly writing", "Writing intervention group, 2 x 30 minutes a week", "£200"),
                  ("Carys will use the column method to multiply a 3-digit number by a 2-digit number with 8/10 correct by the spring PEP", "Maths",
                   "Maths lead, Thursday boosters", "Maths booster sessions with HLTA, 10 weeks", "£250"),
                  ("Carys will visit Ysgol Uwchradd Glan Hafren three times before the summer term", "Transition",
                   "Year 6 teacher and carer", "Extra transition visits with her key adult", "£150")],
         links=[1, 2, 3], total="£600", total_v=600.0),
    dict(n=2, name="Dylan Foulkes", first="Dylan", school="Ysgol y Waun", yg=5,
         meet="Monday 3rd November 2025", meet_iso="2025-11-03", done="", done_iso=None,
         att="", att_v=None,
         voice=["I like football at break time but sometimes the older boys take the ball."],
         targets=[("Dylan will read a Year 5 level book for 15 minutes a day at home and at school, recorded in his reading diary, until Christmas", "English",
                   "Carer and class teacher", "Reading diary rewards scheme", "£40"),
                  ("Dylan will know his 6, 7 and 9 times tables and answer 20 mixed questions in 3 minutes by February 2026", "Maths",
                   "Class TA", "", "")],
         extra=("Football club subs for the year", "£90"),
         links=[1], total="£130", total_v=130.0),
]

CSS = ".dots{border-bottom:1px dotted #333} p.f{margin:3pt 0} .cy{color:#b00000}"


def dl(cy, en, val, width=40):
    v = esc(val) if val else ""
    return f"<span class='cy'>{esc(cy)}</span> / {esc(en)} {'.' * (12 if v else width)} {v}"


def build_one(c, out_dir):
    h = ["<p><b>Marchbrook Council - Virtual School / Ysgol Rithwir</b></p>",
         "<h1>Cynllun Addysg Personol / Personal Education Plan</h1>",
         "<p><i>Children from Marchbrook attend schools on both sides of the border. Labels are given in Welsh and English. "
         "Mae'r ffurflen hon ar gael yn Gymraeg ac yn Saesneg.</i></p>",
         "<h2><span class='cy'>Adran 1</span> / Section 1: <span class='cy'>Manylion</span> / Details</h2>",
         f"<p class='f'>{dl('Enw’r plentyn'.replace('’', chr(39)), 'Child’s name'.replace('’', chr(39)), c['name'])}</p>",
         f"<p class='f'>{dl('Ysgol', 'School', c['school'])} &nbsp;&nbsp;&nbsp; {dl('Blwyddyn ysgol', 'School year', str(c['yg']))}</p>",
         f"<p class='f'>{dl('Dyddiad y cyfarfod', 'Date of meeting', c['meet'])}</p>",
         "<p class='f'><span class='cy'>Hunaniaeth genedlaethol</span> / National identity (please circle): Welsh / English / Scottish / Irish / British / Other / Not given</p>",
         f"<p class='f'>{dl('Presenoldeb eleni', 'Attendance this year', c['att'])} &nbsp;&nbsp;&nbsp; {dl('Gwaharddiadau', 'Exclusions', 'None')}</p>",
         "<h2><span class='cy'>Adran 2</span> / Section 2: <span class='cy'>Llais y plentyn</span> / The child's voice</h2>",
         "<p><i>Ask: What do you enjoy? What is difficult? What would you like to happen next?</i></p><table><tr><td>"]
    h.append("<br/>".join(esc(v) for v in c["voice"]) + "</td></tr></table>")
    h.append("<h2><span class='cy'>Adran 3</span> / Section 3: <span class='cy'>Targedau</span> / Targets</h2>")
    h.append("<table><tr><th style='width:6%'>Rhif / No.</th><th style='width:40%'>Targed / Target</th>"
             "<th style='width:18%'>Pwy a phryd / Who and when</th><th style='width:26%'>Pupil Premium Plus (PP+) support</th>"
             "<th style='width:10%'>Cost</th></tr>")
    for i, (t, a, w, s, co) in enumerate(c["targets"], 1):
        h.append(f"<tr><td>{i}</td><td>{esc(t)}</td><td>{esc(w)}</td><td>{esc(s)}</td><td>{co}</td></tr>")
    if c.get("extra"):
        h.append(f"<tr><td></td><td></td><td></td><td>{esc(c['extra'][0])}</td><td>{c['extra'][1]}</td></tr>")
    h.append(f"<tr><td></td><td colspan='3'><b><span class='cy'>Cyfanswm</span> / Total PP+ requested</b></td><td>{c['total']}</td></tr></table>")
    h.append("<h2><span class='cy'>Adran 4</span> / Section 4: <span class='cy'>Llofnodion</span> / Sign-off</h2>")
    h.append(f"<p class='f'>{dl('Athro dynodedig', 'Designated teacher', 'Mrs E. Morgan' if c['n'] == 1 else 'Mr G. Hughes')}</p>")
    h.append(f"<p class='f'>{dl('Dyddiad cwblhau', 'Date completed', c['done'])}</p>")
    fname = f"{LAYOUT}-{c['n']}.pdf"
    html_pdf("".join(h), os.path.join(out_dir, fname), CSS)
    spend = [{"description": s, "cost": float(co.strip("£")), "target": i}
             for i, (t, a, w, s, co) in enumerate(c["targets"], 1) if s]
    if c.get("extra"):
        spend.append({"description": c["extra"][0], "cost": float(c["extra"][1].strip("£")), "target": None})
    areas = [t[1] for t in c["targets"]]
    write_truth(out_dir, fname, dict(layout=LAYOUT, inspired_by=INSP, quirks=QUIRKS, child_name=c["name"],
                child_first_name=c["first"], school=c["school"], year_group=c["yg"], meeting_date=c["meet_iso"],
                completed_date=c["done_iso"], attendance_percent=c["att_v"], pupil_voice=c["voice"],
                targets=[{"text": t[0], "area": t[1]} for t in c["targets"]],
                english_target="English" in areas, maths_target="Maths" in areas, pp_spend=spend,
                pp_requested=c["total_v"]))


def build(out_dir):
    for c in CASES:
        build_one(c, out_dir)


if __name__ == "__main__":
    main(build)
