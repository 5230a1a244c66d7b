import json, os, sys
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

SS = getSampleStyleSheet()

def write_truth(out_dir, layout, ext, n, inspired, quirks, **kw):
    t = {"layout": layout, "file": f"{layout}-{n}.{ext}", "inspired_by": inspired, "quirks": quirks}
    keys = ["child_name", "child_first_name", "school", "year_group", "meeting_date", "completed_date",
            "attendance_percent", "pupil_voice", "targets", "english_target", "maths_target", "pp_spend", "pp_requested"]
    for k in keys:
        t[k] = kw[k]
    with open(os.path.join(out_dir, f"{layout}-{n}.truth.json"), "w") as f:
        json.dump(t, f, indent=2, ensure_ascii=False)

def main(build):
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    build(out)

# ---- docx
def new_doc(header=None, footer=None):
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    s = d.sections[0]
    if header:
        s.header.paragraphs[0].text = header
    if footer:
        s.footer.paragraphs[0].text = footer
    return d

def dtable(d, rows, bold_first_row=False):
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = "" if v is None else str(v)
            if bold_first_row and i == 0:
                for run in c.paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph("")
    return t

# ---- pdf
def P(text, style="BodyText", bold=False):
    s = escape(text)
    if bold:
        s = "<b>" + s + "</b>"
    return Paragraph(s, SS[style])

def H(text, lvl=2):
    return Paragraph(escape(text), SS["Heading%d" % lvl])

def T(rows, widths=None, head=False, shade=None):
    data = [[P(c) if isinstance(c, str) else ("" if c is None else c) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey))
    if shade:
        st += shade
    t.setStyle(TableStyle(st))
    return t

def build_pdf(path, story, header=None, footer=None, land=False):
    size = landscape(A4) if land else A4
    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        if header:
            canv.drawString(40, size[1] - 28, header)
        if footer:
            canv.drawString(40, 20, footer + "   Page %d" % doc.page)
        canv.restoreState()
    doc = SimpleDocTemplate(path, pagesize=size, topMargin=45, bottomMargin=40, leftMargin=40, rightMargin=40)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
