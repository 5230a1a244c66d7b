"""zS03: Post-16 PETP, landscape PDF, labels in shaded header rows above values, young person's own actions signed."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_S import *  # noqa

LAYOUT = "zS03-p16-petp-header-rows-own-actions"
INSP = "real-forms.md entries 25, 12, 8"
QUIRKS = ["post-16 \"Personal Education and Training Plan (PETP)\", MAT PA completes the form, \"Designated Tutor\" at college",
          "landscape; every block is a shaded header row of labels with the values in the row beneath (label above value, 4-6 pairs per row)",
          "\"NCY: 11 / 12 / 13 / 14\" printed with the chosen year in brackets",
          "\"Around three targets\" numbered P1-P3 (P for PETP), followed by a separate attached \"MAT PA Action Plan\" with [ ] / [X] done boxes (actions, not targets)",
          "Young Person's View page last (after targets, Norfolk-style Section 4): the young person writes 'what my actions will be' and signs",
          "funding called \"Post 16 PETP fund\" (no PP+ at post-16), lines cite P numbers"]

HF = "#C9DAF8"


def hdr_block(labels, values, widths):
    return p_table([labels, values], widths=widths, header=True, head_fill=HF)


def make(out_dir, n):
    good = n == 1
    name, first = ("Jordan Adeyemi", "Jordan") if good else ("Chloe Marchetti", "Chloe")
    college = "Kingsford Vale College" if good else "Eastmere Training Partnership"
    meet, meet_iso = ("14/10/2026", "2026-10-14") if good else ("03/11/2026", "2026-11-03")
    W = 265 * mm
    story = [P("Post 16 Personal Education and Training Plan (PETP)", "h1"),
             P("The MAT PA completes the PETP Form with the young person and the Designated Tutor. Around three targets. "
               "The MAT PA Action Plan is attached.", "small"), Spacer(1, 4)]
    story.append(hdr_block(["Young person's name", "Date of birth", "NCY: 11 / 12 / 13 / 14", "Date of PETP meeting", "PETP number"],
                           [name, "21/07/2009" if good else "30/11/2009", "11 / [12] / 13 / 14", meet, "PETP 2 (Autumn)" if good else "PETP 1 (first since 16)"],
                           [W * 0.26, W * 0.14, W * 0.2, W * 0.2, W * 0.2]))
    story.append(Spacer(1, 4))
    story.append(hdr_block(["College or Provider", "Study course & level", "Designated Tutor", "MAT PA", "Social Worker"],
                           [college, "Level 2 Diploma in Bricklaying" if good else "Level 1 Study Programme (Hair and Beauty)",
                            "Mr Dev Sandhu" if good else "Ms Harriet Cole", "Sam Whitlow (MAT PA)", "Gemma Roe"],
                           [W * 0.26, W * 0.22, W * 0.18, W * 0.17, W * 0.17]))
    story.append(Spacer(1, 4))
    story.append(hdr_block(["Attendance this year (college register)", "Punctuality", "English / maths status", "Any reason the young person could not take part fully? No Yes"],
                           ["94% (2 Sept - 9 Oct 2026)" if good else "Register data not provided by the provider",
                            "Late 3 times" if good else "",
                            "English GCSE 4 achieved; maths GCSE resit (grade 3)" if good else "Functional Skills English L1; maths E3",
                            "No" if good else "Yes - Chloe left after 20 minutes; the MAT PA spoke with her afterwards"],
                           [W * 0.22, W * 0.14, W * 0.3, W * 0.34]))
    story += [P("Targets (around three)", "h2")]
    if good:
        tg = [("P1", "Maths", "Jordan will attend every Tuesday maths resit session and score 60% or more on the November practice paper"),
              ("P2", "Vocational", "Jordan will complete units 201 and 202 of the bricklaying diploma with all practical assessments signed off by 18 December 2026"),
              ("P3", "Careers", "Jordan will go to a careers interview and apply for two Level 3 bricklaying courses by the end of January 2027")]
    else:
        tg = [("P1", "English", "Chloe will complete the Functional Skills English Level 1 reading practice test by 11 December 2026"),
              ("P2", "Vocational", "Chloe will attend the salon practical on Wednesdays and Thursdays every week this half-term")]
    rows = [["No.", "Area", "Target", "Who supports", "Review by"]] + [[a, b, c, "Designated Tutor", "PETP 3"] for a, b, c in tg]
    story.append(p_table(rows, widths=[W * 0.06, W * 0.1, W * 0.56, W * 0.16, W * 0.12], header=True, head_fill=HF))
    story += [P("Post 16 PETP fund request", "h2")]
    if good:
        fund = [("Steel toe-cap boots and bricklaying trowel set", 85.0, "P2"),
                ("Maths resit tutor, 6 x 1 hour", 180.0, "P1"),
                ("Bus pass top-up for placement visits", 60.0, "P3")]
    else:
        fund = [("Hairdressing kit (scissors, combs, tail comb)", 95.0, "P2"),
                ("Lunch vouchers", 40.0, "")]
    rows = [["What for", "Cost", "Linked to target"]] + [[d, f"£{c:.2f}", t] for d, c, t in fund]
    total = sum(c for _, c, _ in fund)
    rows.append(["Total requested", f"£{total:.2f}", ""])
    story.append(p_table(rows, widths=[W * 0.6, W * 0.15, W * 0.25], header=True, head_fill=HF))
    story.append(PageBreak())
    story += [P("MAT PA Action Plan (attached)", "h2")]
    acts = [["Action", "By whom", "By when", "Done?"],
            ["Send college the data-sharing slip", "MAT PA", "21/10/2026", "[X]" if good else "[ ]"],
            ["Book careers interview", "Designated Tutor", "06/11/2026", "[ ]"],
            ["Check bursary application", "Social Worker", "31/10/2026", "[X]" if good else "[ ]"]]
    story.append(p_table(acts, widths=[W * 0.5, W * 0.2, W * 0.15, W * 0.15], header=True, head_fill=HF))
    story += [P("Young Person's View", "h2"),
              P("Write what you think about college and what your actions will be, then sign it.", "small")]
    if good:
        v = ["College is way better than school because I'm doing something with my hands.",
             "I don't like maths but I know I need it to get on the level 3.",
             "My actions will be: go to every maths session and ask Dev for help with my CV."]
        sig = "Signed: J. Adeyemi        Date: 14/10/2026"
    else:
        v = ["I like the salon days but the English class is boring."]
        sig = "Signed:                    Date:"
    vr = [["What I think about college", v[0]],
          ["What I find hard", v[1] if good else ""],
          ["What my actions will be", v[2] if good else ""]]
    story.append(p_table(vr, widths=[W * 0.25, W * 0.75], bold_first=True))
    story.append(Spacer(1, 6))
    story.append(P(sig))
    story.append(Spacer(1, 10))
    done = "PETP form completed by MAT PA on 20/10/2026" if good else "PETP form completed by MAT PA on"
    story.append(P(done + "   |   Chair: " + ("MAT PA" if good else "Social Worker (NEET review)")))
    fn = f"{LAYOUT}-{n}.pdf"
    build_pdf(os.path.join(out_dir, fn), story, land=True, margins=14,
              header="Post 16 PETP  |  Virtual School Post 16 Team  |  OFFICIAL-SENSITIVE",
              footer="PETP v2.1   " + name + "   Page {page}")
    q = QUIRKS + ([] if good else ["-2 gaps: attendance 'Register data not provided by the provider', no maths target (two targets only), second fund line not linked to a target, young person's 'hard' and 'actions' rows empty and page unsigned, no completion date"])
    tr = truth(LAYOUT, fn, INSP, q, child_name=name, child_first_name=first, school=college, year_group=12,
               meeting_date=meet_iso, completed_date="2026-10-20" if good else None,
               attendance_percent=94.0 if good else None, pupil_voice=v,
               targets=[{"text": c, "area": b} for a, b, c in tg], english_target=not good, maths_target=good,
               pp_spend=[{"description": d, "cost": c, "target": (int(t[1]) if t else None)} for d, c, t in fund],
               pp_requested=total)
    write_truth(out_dir, f"{LAYOUT}-{n}", tr)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else ".")
