"""zT07: Reception PEP as the PDF an online form system sends automatically on submission (form ID, 'N/A' in
mandatory fields, submission stamp), using an EYFS PEP cover with the term as a column (PEP 1 | PEP 2 | PEP 3),
'About Me' sentence starters and an ELG x development-band tick grid with the final ELG coded 1/2/3.
Entries 22 + 9."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_T import *

LAYOUT = "zT07-online-form-eyfs-term-columns"
INSPIRED = "real-forms.md entries 22, 9"
QUIRKS = ["PDF output of an online form: form ID, 'once submitted, no further changes can be made', submission time stamp",
          "literal 'N/A' in mandatory fields", "cover with the term as a column: Autumn term (PEP 1) | Spring term (PEP 2) | Summer term (PEP 3)",
          "'About Me' sentence starters completed with the child's words", "age in years and months",
          "ELG x development-band tick grid; final ELG column coded 1/2/3 (N/A in Reception)",
          "next steps per EYFS area in the PEP 1 column"]
CSS = "td.c { text-align:center; } .stamp { border: 1.5px solid #2a6; color: #2a6; padding: 4px; font-weight: bold; display: inline-block; }"


def make(out, n):
    full = n == 1
    b = ["<p style='font-size:8pt;color:#555'>Online PEP form &nbsp;|&nbsp; Form ID: CBVS-26AU-07731 &nbsp;|&nbsp; This PDF was sent automatically on submission.</p>",
         "<h1>Early Years Foundation Stage PEP form</h1>",
         f"<p class='stamp'>SUBMITTED {fmt('2026-11-10', 'slash')} 16:48 - once submitted, no further changes can be made</p>"]
    cover = [["", "Autumn term (PEP 1)", "Spring term (PEP 2)", "Summer term (PEP 3)"],
             ["My name", "Ruby-Mae Sinclair", "", ""],
             ["My birthday", "17/03/2022", "", ""],
             ["My age", "4 years 7 months", "", ""],
             ["My year group", "Reception", "", ""],
             ["My school/setting", "Brookmead Lower School", "", ""],
             ["Date of my PEP meeting", fmt("2026-11-03", "slash"), "", ""],
             ["My attendance", "94.1%" if full else "N/A", "", ""]]
    b.append(rows_html(cover))
    b.append("<h2>About Me \u2026\u2026</h2><p><i>Ask me, and write down exactly what I say.</i></p>")
    starters = ["I like playing with...", "I am good at/enjoy...", "My friends are...", "I am happy when...", "I am sad when..."]
    ans = ["the dinosaurs in the big sand tray", "jumping off the big step and doing puzzles", "Esme and Jacob",
           "Nana Pat picks me up", "I can't find my peg"] if full else ["N/A"] * 5
    b.append(rows_html([["", "What I said (PEP 1)"]] + [[s, a] for s, a in zip(starters, ans)]))
    b.append("<h2>(DT to complete before the PEP) 1) Development assessment information</h2>")
    b.append("<p style='font-size:8.5pt'>For each early learning goal (ELG), please tick which development band is most applicable. "
             "For children transferring from Reception to Y1, please fill in the final ELGs column in addition using 1 for Emerging, "
             "2 for Expected or 3 for exceeding.</p>")
    bands = ["8-20", "16-26", "22-36", "30-50", "40-60+"]
    elg = [("Listening, attention and understanding", 4), ("Speaking", 3), ("Self-regulation", 3), ("Gross motor skills", 4),
           ("Fine motor skills", 3), ("Comprehension", 3), ("Word reading", 3), ("Writing", 3), ("Number", 3), ("Numerical patterns", 3)]
    rows = ["<table><tr><th>Development bands (months)</th>" + "".join(f"<th>{x}</th>" for x in bands) + "<th>Final ELG (1/2/3)</th></tr>"]
    for g, k in elg:
        rows.append(f"<tr><td>{g}</td>" + "".join(f"<td class='c'>{'&#10003;' if i == k else ''}</td>" for i in range(5)) + "<td class='c'>N/A</td></tr>")
    rows.append("</table>")
    b.append("".join(rows))
    b.append("<h2>2) Next steps</h2>")
    ns = [("Communication and Language", "Ruby-Mae will answer 'how' and 'why' questions about a familiar story in a full sentence during small-group story time, 3 times a week, by February half term", "Class teacher, Talk for Reading group"),
          ("Literacy (phonics)", "Ruby-Mae will blend CVC words with Phase 2 sounds (s a t p i n m d) and read 10 of them on sight by the spring PEP", "TA, daily 10-minute phonics catch-up"),
          ("Mathematics", "Ruby-Mae will subitise amounts to 5 and say one more than a number to 10 using the number track by the spring PEP", "Class teacher, maths meeting each morning")]
    shown = ns if full else ns[:2] + [("Mathematics", "N/A", "N/A")]
    b.append(rows_html([["EYFS area", "Next step (PEP 1)", "Who / how often", "Next step (PEP 2)"]] + [[a, t, w, ""] for a, t, w in shown]))
    b.append("<h2>3) Pupil Premium Plus</h2>")
    pp = [("Phonics catch-up resources (decodable readers set and magnetic letters) for daily 1:1 practice", 85.0, "2"),
          ("Speech and language therapist assessment and advice to staff (one half day of traded service)", 210.0, "1" if full else "N/A")]
    b.append(rows_html([["Description of intervention", "Cost (£)", "Next step it supports"]] + [[d, f"{c:.2f}", t] for d, c, t in pp]))
    total = sum(c for _, c, _ in pp)
    b.append(f"<p><b>Total requested:</b> £{total:.2f}</p>")
    b.append(rows_html([["Backdated PP+ requested", "N/A"], ["Child NOT in education", "N/A"], ["Person to contact if not the DT", "N/A"],
                        ["Form completed by", "Karen Osei (Designated Teacher)"]], header=False))
    targets = [{"text": t, "area": a} for a, t, _ in (ns if full else ns[:2])]
    path = write_truth(out, LAYOUT, n, "pdf", INSPIRED, QUIRKS + ([] if full else [
        "GAPS: every 'About Me' answer is 'N/A' (no voice); attendance 'N/A'; Mathematics next step 'N/A'; SALT PP+ line linked to 'N/A'"]),
        child_name="Ruby-Mae Sinclair", child_first_name="Ruby-Mae", school="Brookmead Lower School", year_group=0,
        meeting_date="2026-11-03", completed_date="2026-11-10", attendance_percent=94.1 if full else None,
        pupil_voice=ans if full else [], targets=targets, english_target=True, maths_target=full,
        pp_spend=[{"description": d, "cost": c, "target": int(t) if t.isdigit() else None} for d, c, t in pp], pp_requested=total)
    html_pdf("".join(b), path, CSS, footer_text="Form ID CBVS-26AU-07731 | Ruby-Mae Sinclair | Autumn term (PEP 1)")


def build(out_dir):
    make(out_dir, 1)
    make(out_dir, 2)


if __name__ == "__main__":
    main(build)
