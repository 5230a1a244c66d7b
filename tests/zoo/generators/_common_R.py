"""Shared helpers for zoo R generators (fictional PEP exports)."""
import json, os, datetime
from xml.sax.saxutils import escape

ENG = ("english", "literacy", "reading", "writing", "phonics", "communication", "spelling")
MATHS = ("maths", "mathematics", "number", "numeracy")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def dt(iso, style="dmy/"):
    """Format an ISO date in a common written form."""
    d = datetime.date.fromisoformat(iso)
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "dmy/": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy.": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy-": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "long": f"{d.day} {MONTHS[d.month-1]} {d.year}",
        "longday": f"{d.strftime('%A')} {d.day} {MONTHS[d.month-1]} {d.year}",
        "th": f"{d.day}{suf} {MONTHS[d.month-1]} {d.year}",
        "mon": f"{d.day} {MONTHS[d.month-1][:3]} {d.year}",
        "iso": iso,
        "dmy2": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    }[style]


def write_truth(out_dir, layout, n, ext, inspired, quirks, d):
    areas = [t["area"].lower() for t in d["targets"]]
    eng = d.get("english_target", any(any(k in a for k in ENG) for a in areas))
    mat = d.get("maths_target", any(any(k in a for k in MATHS) for a in areas))
    obj = {
        "layout": layout,
        "file": f"{layout}-{n}.{ext}",
        "inspired_by": inspired,
        "quirks": quirks,
        "child_name": d["name"],
        "child_first_name": d["first"],
        "school": d["school"],
        "year_group": d["year"],
        "meeting_date": d["meeting"],
        "completed_date": d["completed"],
        "attendance_percent": d["att"],
        "pupil_voice": list(d["voice"]),
        "targets": [{"text": t["text"], "area": t["area"]} for t in d["targets"]],
        "english_target": eng,
        "maths_target": mat,
        "pp_spend": [{"description": p["desc"], "cost": p["cost"], "target": p["target"]} for p in d["pp"]],
        "pp_requested": d["pp_total"],
    }
    p = os.path.join(out_dir, f"{layout}-{n}.truth.json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
    return p


# ---------------- DOCX helpers ----------------
def docx_table(doc, rows, widths=None, bold_first_col=False, bold_first_row=False, style="Table Grid"):
    from docx.shared import Cm
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            par = c.paragraphs[0]
            lines = ("" if v is None else str(v)).split("\n")
            for k, line in enumerate(lines):
                if k:
                    par = c.add_paragraph()
                run = par.add_run(line)
                if (bold_first_col and j == 0) or (bold_first_row and i == 0):
                    run.bold = True
            if widths:
                c.width = Cm(widths[j])
    return t


def docx_label_para(doc, label, value, sep=" "):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(sep + ("" if value is None else value))
    return p


# ---------------- PDF helpers ----------------
def pdf_styles():
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    ss = getSampleStyleSheet()
    st = {
        "h1": ParagraphStyle("h1", parent=ss["Heading1"], fontSize=15, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=ss["Heading2"], fontSize=12, spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=ss["Heading3"], fontSize=10, spaceBefore=6, spaceAfter=2),
        "b": ParagraphStyle("b", parent=ss["BodyText"], fontSize=9.5, leading=12),
        "small": ParagraphStyle("small", parent=ss["BodyText"], fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=ss["BodyText"], fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cellb", parent=ss["BodyText"], fontSize=8.5, leading=10.5, fontName="Helvetica-Bold"),
    }
    return st


def P(text, style):
    from reportlab.platypus import Paragraph
    return Paragraph(escape("" if text is None else str(text)).replace("\n", "<br/>"), style)


def pdf_table(rows, widths, st, header=False, bold_col0=False, shade=None, grid=True):
    from reportlab.platypus import Table, TableStyle
    from reportlab.lib import colors
    data = []
    for i, r in enumerate(rows):
        row = []
        for j, v in enumerate(r):
            if isinstance(v, str) or v is None:
                sty = st["cellb"] if (header and i == 0) or (bold_col0 and j == 0) else st["cell"]
                row.append(P(v, sty))
            else:
                row.append(v)
        data.append(row)
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), shade or colors.HexColor("#d9e2f3")))
    if bold_col0:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
    t.setStyle(TableStyle(cmds))
    return t
