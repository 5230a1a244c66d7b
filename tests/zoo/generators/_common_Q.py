"""Shared helpers for zoo Q generators (docx, pdf, truth)."""
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)
from xml.sax.saxutils import escape


def write_truth(out_dir, layout, fname, inspired, quirks, **kw):
    t = {"layout": layout, "file": fname, "inspired_by": inspired, "quirks": quirks}
    keys = ["child_name", "child_first_name", "school", "year_group", "meeting_date",
            "completed_date", "attendance_percent", "pupil_voice", "targets",
            "english_target", "maths_target", "pp_spend", "pp_requested"]
    for k in keys:
        t[k] = kw.get(k)
    stem = fname.rsplit(".", 1)[0]
    with open(os.path.join(out_dir, stem + ".truth.json"), "w") as f:
        json.dump(t, f, indent=2, ensure_ascii=False)
    return t


# ---------------------------------------------------------------- DOCX
def new_docx(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def para(d, text, bold=False, italic=False, size=None, colour=None, align=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def label_para(d, label, value):
    p = d.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)
    return p


def dtable(d, rows, header=True, widths=None, fill=None, bold_first_col=False):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run("" if val is None else str(val))
            if (header and i == 0) or (bold_first_col and j == 0):
                run.bold = True
                if fill and header and i == 0:
                    shade(c, fill)
    d.add_paragraph()
    return t


def set_header_footer(d, header=None, footer=None):
    s = d.sections[0]
    if header:
        s.header.paragraphs[0].text = header
    if footer:
        s.footer.paragraphs[0].text = footer


# ---------------------------------------------------------------- PDF
_ss = getSampleStyleSheet()
ST = {
    "n": ParagraphStyle("n", parent=_ss["Normal"], fontName="Helvetica", fontSize=9, leading=11.5),
    "b": ParagraphStyle("b", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=9, leading=11.5),
    "h1": ParagraphStyle("h1", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=14, leading=18,
                         spaceAfter=6),
    "h2": ParagraphStyle("h2", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=11, leading=14,
                         spaceBefore=8, spaceAfter=4),
    "small": ParagraphStyle("small", parent=_ss["Normal"], fontName="Helvetica", fontSize=7.5, leading=9),
    "w": ParagraphStyle("w", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=10, leading=13,
                        textColor=colors.white),
}


def P(text, style="n"):
    import re as _re
    html = escape(text).replace("\n", "<br/>")
    html = _re.sub(r" {2,}", lambda m: "&nbsp;" * (len(m.group(0)) - 1) + " ", html)
    return Paragraph(html, ST[style])


def ptable(rows, widths=None, header=True, bg=colors.HexColor("#D9D9D9"), style="n", extra=None):
    data = [[P(c if c is not None else "", "b" if (header and i == 0) else style) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), bg))
    if extra:
        cmds += extra
    t.setStyle(TableStyle(cmds))
    return t


def banner(text, colour):
    t = Table([[P(text, "w")]], colWidths=[180 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour),
                           ("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
    return t


def build_pdf(path, story, header=None, footer=None, land=False):
    size = landscape(A4) if land else A4

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        if header:
            c.drawString(15 * mm, size[1] - 10 * mm, header)
        if footer:
            c.drawString(15 * mm, 8 * mm, footer.replace("{page}", str(doc.page)))
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=16 * mm, bottomMargin=15 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


__all__ = ["write_truth", "new_docx", "shade", "para", "label_para", "dtable", "set_header_footer",
           "P", "ptable", "banner", "build_pdf", "ST", "mm", "colors", "Spacer", "PageBreak", "Table",
           "TableStyle"]
