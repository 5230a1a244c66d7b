"""Shared helpers for zoo V generators (docx / pdf writers, truth files)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle,
                                Spacer, PageBreak)
from xml.sax.saxutils import escape

INSTANCES = (1, 2)


def truth(out_dir, layout, fname, inspired, quirks, child_name, first, school, yg,
          meeting, completed, att, voice, targets, eng, maths, pp, req):
    data = {"layout": layout, "file": fname, "inspired_by": inspired, "quirks": quirks,
            "child_name": child_name, "child_first_name": first, "school": school,
            "year_group": yg, "meeting_date": meeting, "completed_date": completed,
            "attendance_percent": att, "pupil_voice": voice,
            "targets": [{"text": t, "area": a} for t, a in targets],
            "english_target": eng, "maths_target": maths,
            "pp_spend": [{"description": d, "cost": c, "target": t} for d, c, t in pp],
            "pp_requested": req}
    stem = fname.rsplit(".", 1)[0]
    with open(os.path.join(out_dir, stem + ".truth.json"), "w") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)


class Docx:
    def __init__(self, header=None, footer=None, font="Arial", size=10):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        sec = self.d.sections[0]
        sec.left_margin = sec.right_margin = Cm(2)
        if header:
            sec.header.paragraphs[0].text = header
        if footer:
            sec.footer.paragraphs[0].text = footer

    def h(self, text, level=1):
        self.d.add_heading(text, level=level)

    def p(self, text="", bold=False, italic=False, center=False):
        para = self.d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    def runs(self, parts):
        """parts: list of (text, bold)"""
        para = self.d.add_paragraph()
        for t, b in parts:
            para.add_run(t).bold = b
        return para

    def table(self, rows, bold_first_row=False, bold_first_col=False, widths=None):
        ncol = max(len(r) for r in rows)
        t = self.d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j in range(ncol):
                val = r[j] if j < len(r) else ""
                cell = t.cell(i, j)
                cell.text = ""
                lines = str(val).split("\n")
                par = cell.paragraphs[0]
                for k, line in enumerate(lines):
                    if k:
                        par = cell.add_paragraph()
                    run = par.add_run(line)
                    if (bold_first_row and i == 0) or (bold_first_col and j == 0):
                        run.bold = True
                if widths:
                    cell.width = Cm(widths[j])
        self.d.add_paragraph()
        return t

    def merged_row_table(self, rows):
        """rows: list of lists; a row with a single item spans the table (banner row)."""
        ncol = max(len(r) for r in rows)
        t = self.d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            if len(r) == 1 and ncol > 1:
                c = t.cell(i, 0).merge(t.cell(i, ncol - 1))
                c.text = ""
                c.paragraphs[0].add_run(r[0]).bold = True
            else:
                for j, v in enumerate(r):
                    t.cell(i, j).text = str(v)
        self.d.add_paragraph()
        return t

    def pagebreak(self):
        self.d.add_page_break()

    def save(self, path):
        self.d.save(path)


_ss = getSampleStyleSheet()
ST = {
    "p": ParagraphStyle("p", parent=_ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12),
    "small": ParagraphStyle("s", parent=_ss["Normal"], fontName="Helvetica", fontSize=7.5, leading=9),
    "h1": ParagraphStyle("h1", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6),
    "h2": ParagraphStyle("h2", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
    "b": ParagraphStyle("b", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=9.5, leading=12),
}


def P(text, style="p"):
    return Paragraph(escape(text).replace("\n", "<br/>"), ST[style])


def T(rows, widths=None, header=False, first_col=False, shade=None, style="p"):
    data = []
    for i, r in enumerate(rows):
        row = []
        for j, v in enumerate(r):
            s = "b" if (header and i == 0) or (first_col and j == 0) else style
            row.append(P(str(v), s))
        data.append(row)
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade or "#d9e2f3")))
    if first_col:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(shade or "#eeeeee")))
    t.setStyle(TableStyle(cmds))
    return t


def pdf(path, story, header=None, footer=None, land=False):
    size = landscape(A4) if land else A4

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if header:
            canvas.drawString(40, size[1] - 28, header)
        if footer:
            canvas.drawString(40, 20, footer + "   Page %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=40, rightMargin=40,
                            topMargin=45, bottomMargin=40)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
