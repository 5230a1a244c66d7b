"""Shared helpers for zoo I generators (fictional PEP layouts).

DOCX via python-docx, PDF via reportlab platypus. Truth files follow truth-format.md.
"""
import json
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)


# --------------------------------------------------------------------------- truth
TRUTH_KEYS = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school",
              "year_group", "meeting_date", "completed_date", "attendance_percent", "pupil_voice",
              "targets", "english_target", "maths_target", "pp_spend", "pp_requested"]


def write_truth(out_dir, fname, truth):
    t = dict(truth)
    t["file"] = fname
    missing = [k for k in TRUTH_KEYS if k not in t]
    if missing:
        raise ValueError(f"truth for {fname} lacks {missing}")
    ordered = {k: t[k] for k in TRUTH_KEYS}
    stem = os.path.splitext(fname)[0]
    with open(os.path.join(out_dir, stem + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(ordered, f, indent=2, ensure_ascii=False)
        f.write("\n")


# --------------------------------------------------------------------------- docx
def new_docx(font="Arial", size=10, margins_cm=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm * 0.8)
    return d


def dpara(d, text="", bold=False, italic=False, size=None, color=None, align=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
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
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def druns(d, parts):
    """parts: list of (text, bold) tuples in one paragraph."""
    p = d.add_paragraph()
    for text, bold in parts:
        r = p.add_run(text)
        r.bold = bold
    return p


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n") if isinstance(text, str) else [str(text)]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def dtable(d, rows, header=True, widths_cm=None, head_fill="D9D9D9", style="Table Grid",
           bold_first_col=False, size=None, label_fill=None):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            is_head = header and i == 0
            is_label = bold_first_col and j == 0
            set_cell(t.cell(i, j), val if val is not None else "",
                     bold=is_head or is_label,
                     fill=(head_fill if is_head else (label_fill if is_label else None)),
                     size=size)
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    d.add_paragraph()
    return t


def header_footer(d, header_text=None, footer_text=None, size=8):
    for s in d.sections:
        if header_text is not None:
            hp = s.header.paragraphs[0]
            hp.text = ""
            r = hp.add_run(header_text)
            r.font.size = Pt(size)
        if footer_text is not None:
            fp = s.footer.paragraphs[0]
            fp.text = ""
            r = fp.add_run(footer_text)
            r.font.size = Pt(size)


# --------------------------------------------------------------------------- pdf
_SS = getSampleStyleSheet()


def pstyles(font="Helvetica", size=9.5):
    bold = font + "-Bold" if font in ("Helvetica", "Courier") else "Times-Bold"
    base = ParagraphStyle("base", parent=_SS["Normal"], fontName=font, fontSize=size, leading=size * 1.3)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "bold": ParagraphStyle("bold", parent=base, fontName=bold),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 6, leading=(size + 6) * 1.25,
                             spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size + 2.5, leading=(size + 2.5) * 1.3,
                             spaceBefore=8, spaceAfter=3),
        "h3": ParagraphStyle("h3", parent=base, fontName=bold, fontSize=size + 0.5, spaceBefore=5, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 0.5, leading=(size - 0.5) * 1.25),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, fontSize=size - 0.5,
                                leading=(size - 0.5) * 1.25),
        "band": ParagraphStyle("band", parent=base, fontName=bold, textColor=colors.white,
                               fontSize=size + 1),
    }


def P(text, style):
    """Paragraph with escaped text; '\n' becomes a line break."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def PM(markup, style):
    """Paragraph with pre-built markup (caller escapes)."""
    return Paragraph(markup, style)


def ptable(rows, st, col_widths, header=True, head_bg="#D9D9D9", grid=0.5, label_col=False,
           label_bg="#EFEFEF", extra=None):
    data = []
    for i, row in enumerate(rows):
        out = []
        for j, v in enumerate(row):
            if v is None:
                v = ""
            if isinstance(v, str):
                s = st["cellb"] if (header and i == 0) or (label_col and j == 0) else st["cell"]
                out.append(P(v, s))
            else:
                out.append(v)
        data.append(out)
    t = Table(data, colWidths=col_widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), grid, colors.black))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)))
    if label_col:
        cmds.append(("BACKGROUND", (0, 1 if header else 0), (0, -1), colors.HexColor(label_bg)))
    if extra:
        cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def band(text, st, width, bg="#1F3864"):
    t = Table([[P(text, st["band"])]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4)]))
    return t


def build_pdf(path, story, header=None, footer=None, pagesize=A4, margins_mm=16, font="Helvetica",
              page_numbers=True, title="PEP"):
    def deco(canv, doc):
        canv.saveState()
        w, h = pagesize
        canv.setFont(font, 7.5)
        if header:
            canv.drawString(margins_mm * mm, h - 9 * mm, header(doc.page) if callable(header) else header)
        ftxt = footer(doc.page) if callable(footer) else (footer or "")
        if page_numbers:
            ftxt = (ftxt + "    " if ftxt else "") + f"Page {doc.page}"
        if ftxt:
            canv.drawString(margins_mm * mm, 8 * mm, ftxt)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=margins_mm * mm, rightMargin=margins_mm * mm,
                            topMargin=(margins_mm + 4) * mm, bottomMargin=(margins_mm + 2) * mm, title=title)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def avail_width(pagesize=A4, margins_mm=16):
    return pagesize[0] - 2 * margins_mm * mm


__all__ = [n for n in dir() if not n.startswith("_")]
