"""Shared helpers for zoo L generators (fictional PEP layouts)."""
import json, os
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer,
                                PageBreak, KeepTogether)

TRUTH_KEYS = ["child_name", "child_first_name", "school", "year_group", "meeting_date",
              "completed_date", "attendance_percent", "pupil_voice", "targets",
              "english_target", "maths_target", "pp_spend", "pp_requested"]


def write_truth(out_dir, stem, ext, layout, inspired, quirks, t):
    d = {"layout": layout, "file": f"{stem}.{ext}", "inspired_by": inspired, "quirks": quirks}
    for k in TRUTH_KEYS:
        d[k] = t[k]
    with open(os.path.join(out_dir, stem + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
    return d


# ---------------- DOCX ----------------
def new_docx(font="Calibri", size=10, margins_cm=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(margins_cm)
    return doc


def dpara(doc_or_cell, text, bold=False, italic=False, size=None, align=None, color=None):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def dhead(doc, text, level=1):
    return doc.add_heading(text, level=level)


def dtable(doc, rows, bold_first_row=True, bold_first_col=False, widths=None, style="Table Grid"):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            cells[j].text = ""
            lines = str(val).split("\n")
            par = cells[j].paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    par = cells[j].add_paragraph()
                run = par.add_run(line)
                if (bold_first_row and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def set_header_footer(doc, header=None, footer=None):
    s = doc.sections[0]
    if header is not None:
        s.header.paragraphs[0].text = header
    if footer is not None:
        s.footer.paragraphs[0].text = footer


# ---------------- PDF ----------------
_SS = getSampleStyleSheet()
ST = {
    "body": ParagraphStyle("body", parent=_SS["Normal"], fontName="Helvetica", fontSize=9, leading=11.5),
    "small": ParagraphStyle("small", parent=_SS["Normal"], fontName="Helvetica", fontSize=7.5, leading=9),
    "bold": ParagraphStyle("bold", parent=_SS["Normal"], fontName="Helvetica-Bold", fontSize=9, leading=11.5),
    "h1": ParagraphStyle("h1", parent=_SS["Normal"], fontName="Helvetica-Bold", fontSize=14, leading=18,
                         spaceAfter=6),
    "h2": ParagraphStyle("h2", parent=_SS["Normal"], fontName="Helvetica-Bold", fontSize=11, leading=14,
                         spaceBefore=8, spaceAfter=4),
    "h3": ParagraphStyle("h3", parent=_SS["Normal"], fontName="Helvetica-BoldOblique", fontSize=9.5,
                         leading=12, spaceBefore=4, spaceAfter=2),
}


def P(text, style="body"):
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), ST[style] if isinstance(style, str) else style)


def PT(rows, widths, header=True, shade=colors.HexColor("#dde5ef"), first_col_bold=False, style="body",
       grid=True, extra=None):
    data = []
    for i, r in enumerate(rows):
        row = []
        for j, c in enumerate(r):
            s = "bold" if ((header and i == 0) or (first_col_bold and j == 0)) else style
            row.append(P(c, s) if isinstance(c, str) else c)
        data.append(row)
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), shade))
    if first_col_bold:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), shade))
    if extra:
        cmds += extra
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, header_text=None, footer_text=None, pagesize=A4, margins=1.8 * cm,
              page_numbers="Page {n}"):
    def deco(canvas, doc):
        canvas.saveState()
        w, h = pagesize
        canvas.setFont("Helvetica", 7.5)
        if header_text:
            canvas.drawString(margins, h - 1.1 * cm, header_text)
        if footer_text:
            canvas.drawString(margins, 0.9 * cm, footer_text)
        if page_numbers:
            canvas.drawRightString(w - margins, 0.9 * cm, page_numbers.format(n=doc.page))
        canvas.restoreState()
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=margins, rightMargin=margins,
                            topMargin=margins, bottomMargin=margins)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def money(v):
    return f"£{v:,.2f}" if v != int(v) else f"£{int(v):,}"
