"""Shared helpers for zoo P layouts (fictional PEP exports)."""
import json
import os
import sys
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle,
                                Spacer, PageBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_FONT_DIR = "/usr/share/fonts/truetype/dejavu"
try:
    pdfmetrics.registerFont(TTFont("DV", os.path.join(_FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", os.path.join(_FONT_DIR, "DejaVuSans-Bold.ttf")))
    FONT, FONTB = "DV", "DVB"
except Exception:  # pragma: no cover
    FONT, FONTB = "Helvetica", "Helvetica-Bold"


def write_truth(out_dir, layout, file_name, inspired, quirks, **fields):
    t = {"layout": layout, "file": file_name, "inspired_by": inspired, "quirks": quirks}
    keys = ["child_name", "child_first_name", "school", "year_group", "meeting_date",
            "completed_date", "attendance_percent", "pupil_voice", "targets",
            "english_target", "maths_target", "pp_spend", "pp_requested"]
    for k in keys:
        t[k] = fields.get(k)
    for k in ("pupil_voice", "targets", "pp_spend"):
        if t[k] is None:
            t[k] = []
    stem = file_name.rsplit(".", 1)[0]
    with open(os.path.join(out_dir, stem + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, indent=2, ensure_ascii=False)


def run_main(build):
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    build(out)


# ---------------------------------------------------------------- DOCX
class Docx:
    def __init__(self, landscape_=False, font="Arial", size=10):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        sec = self.d.sections[0]
        if landscape_:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        for s in ("left_margin", "right_margin"):
            setattr(sec, s, Cm(2))

    def header(self, text):
        self.d.sections[0].header.paragraphs[0].text = text

    def footer(self, text):
        self.d.sections[0].footer.paragraphs[0].text = text

    def h(self, text, level=1):
        return self.d.add_heading(text, level=level)

    def p(self, text="", bold=False, italic=False, size=None, color=None):
        para = self.d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return para

    def runs(self, parts):
        """parts: list of (text, bold)"""
        para = self.d.add_paragraph()
        for text, b in parts:
            r = para.add_run(text)
            r.bold = b
        return para

    def table(self, rows, header=True, widths=None, shade=None, style="Table Grid", bold_first_col=False):
        t = self.d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        t.style = style
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                lines = str(val).split("\n")
                cell.paragraphs[0].text = ""
                run = cell.paragraphs[0].add_run(lines[0])
                if (header and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
                for ln in lines[1:]:
                    cell.add_paragraph(ln)
                if shade and ((header and i == 0) or (bold_first_col and j == 0)):
                    shade_cell(cell, shade)
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Cm(w)
        self.d.add_paragraph()
        return t

    def page_break(self):
        self.d.add_page_break()

    def save(self, path):
        self.d.save(path)


def shade_cell(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


# ---------------------------------------------------------------- PDF
class Pdf:
    def __init__(self, landscape_=False, header=None, footer=None, size=9.5):
        self.story = []
        self.ps = landscape(A4) if landscape_ else A4
        self.header_text = header
        self.footer_text = footer
        self.st = ParagraphStyle("b", fontName=FONT, fontSize=size, leading=size * 1.3, spaceAfter=3)
        self.stb = ParagraphStyle("bb", parent=self.st, fontName=FONTB)
        self.cell = ParagraphStyle("c", fontName=FONT, fontSize=size - 0.5, leading=(size - 0.5) * 1.25)
        self.cellb = ParagraphStyle("cb", parent=self.cell, fontName=FONTB)
        self.hs = {1: ParagraphStyle("h1", fontName=FONTB, fontSize=14, leading=18, spaceBefore=6, spaceAfter=6),
                   2: ParagraphStyle("h2", fontName=FONTB, fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4),
                   3: ParagraphStyle("h3", fontName=FONTB, fontSize=10, leading=13, spaceBefore=4, spaceAfter=2)}

    def h(self, text, level=1):
        self.story.append(Paragraph(escape(text), self.hs[level]))

    def p(self, text, bold=False, markup=False):
        self.story.append(Paragraph(text if markup else escape(text), self.stb if bold else self.st))

    def space(self, h=0.3):
        self.story.append(Spacer(1, h * cm))

    def table(self, rows, widths=None, header=True, shade="#D9D9D9", bold_first_col=False, extra=None):
        data = []
        for i, row in enumerate(rows):
            r = []
            for j, v in enumerate(row):
                b = (header and i == 0) or (bold_first_col and j == 0)
                r.append(Paragraph(escape(str(v)).replace("\n", "<br/>"), self.cellb if b else self.cell))
            data.append(r)
        cw = [w * cm for w in widths] if widths else None
        t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                 ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header and shade:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)))
        if bold_first_col and shade:
            style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(shade)))
        if extra:
            style.extend(extra)
        t.setStyle(TableStyle(style))
        self.story.append(t)
        self.space(0.3)

    def page_break(self):
        self.story.append(PageBreak())

    def save(self, path):
        doc = SimpleDocTemplate(path, pagesize=self.ps, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                                topMargin=2 * cm, bottomMargin=2 * cm)
        hdr, ftr = self.header_text, self.footer_text

        def deco(canv, d):
            canv.saveState()
            canv.setFont(FONT, 7.5)
            w, hgt = self.ps
            if hdr:
                canv.drawString(1.8 * cm, hgt - 1.2 * cm, hdr)
            if ftr:
                canv.drawString(1.8 * cm, 1.1 * cm, ftr.replace("{page}", str(d.page)))
            canv.restoreState()
        doc.build(self.story, onFirstPage=deco, onLaterPages=deco)
