"""Shared helpers for zoo S generators (DOCX via python-docx, PDF via reportlab)."""
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)


def write_truth(out_dir, stem, data):
    path = os.path.join(out_dir, stem + ".truth.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
    return path


def truth(layout, file, inspired, quirks, **kw):
    d = {"layout": layout, "file": file, "inspired_by": inspired, "quirks": quirks}
    keys = ["child_name", "child_first_name", "school", "year_group", "meeting_date",
            "completed_date", "attendance_percent", "pupil_voice", "targets",
            "english_target", "maths_target", "pp_spend", "pp_requested"]
    for k in keys:
        d[k] = kw.get(k)
    if d["pupil_voice"] is None:
        d["pupil_voice"] = []
    if d["targets"] is None:
        d["targets"] = []
    if d["pp_spend"] is None:
        d["pp_spend"] = []
    return d


# ---------------------------------------------------------------- DOCX
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def new_doc(landscape_mode=False, font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if landscape_mode:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    return doc


def d_head(doc, text, level=1, color=None):
    h = doc.add_heading(text, level=level)
    if color:
        for r in h.runs:
            r.font.color.rgb = RGBColor.from_string(color)
    return h


def d_para(doc, text="", bold=False, italic=False, size=None, color=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def d_runs(doc, parts):
    """parts: list of (text, bold)"""
    p = doc.add_paragraph()
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    return p


def d_table(doc, rows, header=False, fill=None, bold_first_col=False, style="Table Grid",
            widths=None):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = style
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j in range(ncols):
            val = r[j] if j < len(r) else ""
            cells[j].text = ""
            para = cells[j].paragraphs[0]
            lines = str(val).split("\n")
            for k, line in enumerate(lines):
                if k:
                    para = cells[j].add_paragraph()
                run = para.add_run(line)
                if (header and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
            if header and i == 0 and fill:
                shade(cells[j], fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def d_header_footer(doc, header_text=None, footer_text=None):
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text


# ---------------------------------------------------------------- PDF
_ss = getSampleStyleSheet()
ST = {
    "body": ParagraphStyle("body", parent=_ss["Normal"], fontName="Helvetica", fontSize=9.5,
                           leading=12.5),
    "small": ParagraphStyle("small", parent=_ss["Normal"], fontName="Helvetica", fontSize=8,
                            leading=10),
    "cell": ParagraphStyle("cell", parent=_ss["Normal"], fontName="Helvetica", fontSize=8.5,
                           leading=10.5),
    "cellb": ParagraphStyle("cellb", parent=_ss["Normal"], fontName="Helvetica-Bold",
                            fontSize=8.5, leading=10.5),
    "h1": ParagraphStyle("h1", parent=_ss["Heading1"], fontName="Helvetica-Bold", fontSize=15,
                         leading=19, spaceAfter=6),
    "h2": ParagraphStyle("h2", parent=_ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5,
                         leading=14, spaceBefore=8, spaceAfter=4),
    "h3": ParagraphStyle("h3", parent=_ss["Heading3"], fontName="Helvetica-Bold", fontSize=10,
                         leading=12, spaceBefore=5, spaceAfter=2),
}


def esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def P(text, style="body", raw=False):
    return Paragraph(text if raw else esc(text), ST[style])


def p_table(rows, widths=None, header=False, head_fill="#D9D9D9", grid=True, bold_first=False,
            extra=None, style="cell"):
    data = []
    for i, r in enumerate(rows):
        out = []
        for j, v in enumerate(r):
            if hasattr(v, "wrap"):
                out.append(v)
                continue
            stl = "cellb" if ((header and i == 0) or (bold_first and j == 0)) else style
            out.append(Paragraph(esc(v).replace("\n", "<br/>"), ST[stl]))
        data.append(out)
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_fill)))
    if extra:
        cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, header=None, footer=None, land=False, margins=16):
    size = landscape(A4) if land else A4

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        w, h = size
        if header:
            canvas.drawString(margins * mm, h - 9 * mm, header)
        if footer:
            canvas.drawString(margins * mm, 8 * mm, footer.replace("{page}", str(doc.page)))
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=margins * mm,
                            rightMargin=margins * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


__all__ = [n for n in dir() if not n.startswith("__")]
