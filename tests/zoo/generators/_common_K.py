"""Shared helpers for zoo K generators (fictional PEP layouts)."""
import json
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle, KeepTogether)


# ---------------------------------------------------------------- truth
def write_truth(out_dir, fname, layout, inspired_by, quirks, *, child_name, child_first_name,
                school, year_group, meeting_date, completed_date, attendance_percent,
                pupil_voice, targets, english_target, maths_target, pp_spend, pp_requested):
    truth = {
        "layout": layout,
        "file": fname,
        "inspired_by": inspired_by,
        "quirks": list(quirks),
        "child_name": child_name,
        "child_first_name": child_first_name,
        "school": school,
        "year_group": year_group,
        "meeting_date": meeting_date,
        "completed_date": completed_date,
        "attendance_percent": attendance_percent,
        "pupil_voice": list(pupil_voice),
        "targets": [{"text": t, "area": a} for t, a in targets],
        "english_target": english_target,
        "maths_target": maths_target,
        "pp_spend": [{"description": d, "cost": c, "target": n} for d, c, n in pp_spend],
        "pp_requested": pp_requested,
    }
    stem = os.path.splitext(fname)[0]
    with open(os.path.join(out_dir, stem + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, indent=2, ensure_ascii=False)
    return truth


# ---------------------------------------------------------------- docx
def new_docx(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return doc


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def cell_write(cell, text, bold=False, size=None, italic=False):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = str(text).split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def dtable(container, rows, header=True, widths=None, head_fill="D9D9D9", size=None,
           label_col=False, style="Table Grid"):
    t = container.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            bold = (header and i == 0) or (label_col and j == 0)
            cell_write(c, val, bold=bold, size=size)
            if bold and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def para(doc, text, bold=False, size=None, italic=False, colour=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    return p


def label_para(doc, label, value, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    r2 = p.add_run(value)
    if size:
        r2.font.size = Pt(size)
    return p


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def set_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    w, h = section.page_width, section.page_height
    if w > h:
        section.page_width, section.page_height = h, w


# ---------------------------------------------------------------- pdf
_ss = getSampleStyleSheet()
ST = {
    "body": ParagraphStyle("kbody", parent=_ss["Normal"], fontName="Helvetica", fontSize=9.5,
                           leading=12),
    "small": ParagraphStyle("ksmall", parent=_ss["Normal"], fontName="Helvetica", fontSize=8,
                            leading=10),
    "cell": ParagraphStyle("kcell", parent=_ss["Normal"], fontName="Helvetica", fontSize=8.5,
                           leading=10.5),
    "cellb": ParagraphStyle("kcellb", parent=_ss["Normal"], fontName="Helvetica-Bold",
                            fontSize=8.5, leading=10.5),
    "h1": ParagraphStyle("kh1", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=15,
                         leading=19, spaceAfter=6),
    "h2": ParagraphStyle("kh2", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=11.5,
                         leading=14, spaceBefore=8, spaceAfter=4),
    "h3": ParagraphStyle("kh3", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=10,
                         leading=12, spaceBefore=5, spaceAfter=2),
}


def P(text, style="body", raw=False):
    """Paragraph; text is escaped unless raw=True. '\n' becomes a line break."""
    t = text if raw else escape(str(text))
    t = t.replace("\n", "<br/>")
    return Paragraph(t, ST[style] if isinstance(style, str) else style)


def ptable(rows, widths, header=True, head_bg="#D9D9D9", label_col=False, style_extra=None,
           font="cell"):
    data = []
    for i, row in enumerate(rows):
        r = []
        for j, v in enumerate(row):
            if not isinstance(v, str):
                r.append(v)
                continue
            bold = (header and i == 0) or (label_col and j == 0)
            r.append(P(v, "cellb" if bold else font))
        data.append(r)
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)))
    if label_col:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(head_bg)))
    if style_extra:
        cmds.extend(style_extra)
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, header=None, footer=None, pagesize=A4, margins=(18, 18, 22, 20)):
    """header/footer: callables (canvas, doc) or strings; margins mm (l, r, t, b)."""
    l, r, t, b = margins

    def _on_page(canv, doc):
        canv.saveState()
        w, h = pagesize
        if callable(header):
            header(canv, doc)
        elif header:
            canv.setFont("Helvetica", 7.5)
            canv.drawString(l * mm, h - 10 * mm, header)
        if callable(footer):
            footer(canv, doc)
        elif footer:
            canv.setFont("Helvetica", 7.5)
            canv.drawString(l * mm, 8 * mm, footer.replace("{page}", str(doc.page)))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=l * mm, rightMargin=r * mm,
                            topMargin=t * mm, bottomMargin=b * mm)
    doc.build(story, onFirstPage=_on_page, onLaterPages=_on_page)


__all__ = [n for n in dir() if not n.startswith("__")]
