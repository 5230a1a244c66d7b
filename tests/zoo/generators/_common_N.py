"""Shared helpers for zoo N generators (DOCX via python-docx, PDF via reportlab)."""
import json, os
from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

ZOO = "N"


def write_truth(out_dir, stem, ext, truth):
    t = {"layout": stem.rsplit("-", 1)[0], "file": f"{stem}.{ext}"}
    t.update(truth)
    with open(os.path.join(out_dir, f"{stem}.truth.json"), "w") as f:
        json.dump(t, f, indent=2, ensure_ascii=False)


# ---------------- DOCX ----------------
class Docx:
    def __init__(self, header=None, footer=None):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = "Calibri"
        st.font.size = Pt(10)
        sec = self.d.sections[0]
        if header:
            sec.header.paragraphs[0].text = header
        if footer:
            sec.footer.paragraphs[0].text = footer

    def h(self, text, level=1):
        self.d.add_heading(text, level=level)

    def p(self, text="", bold=False, italic=False):
        para = self.d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        return para

    def table(self, rows, header=True, style="Table Grid"):
        ncol = max(len(r) for r in rows)
        t = self.d.add_table(rows=0, cols=ncol)
        t.style = style
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = "" if v is None else str(v)
                if header and i == 0:
                    for r in cells[j].paragraphs[0].runs:
                        r.bold = True
        self.d.add_paragraph()
        return t

    def page_break(self):
        self.d.add_page_break()

    def save(self, path):
        self.d.save(path)


# ---------------- PDF ----------------
_ss = getSampleStyleSheet()
S = {
    "body": ParagraphStyle("b", parent=_ss["Normal"], fontSize=9.5, leading=12),
    "small": ParagraphStyle("s", parent=_ss["Normal"], fontSize=8, leading=10),
    "h1": ParagraphStyle("h1", parent=_ss["Heading1"], fontSize=15, leading=18),
    "h2": ParagraphStyle("h2", parent=_ss["Heading2"], fontSize=11.5, leading=14),
    "cell": ParagraphStyle("c", parent=_ss["Normal"], fontSize=8.5, leading=10.5),
    "cellb": ParagraphStyle("cb", parent=_ss["Normal"], fontSize=8.5, leading=10.5, fontName="Helvetica-Bold"),
}


def esc(t):
    return str(t).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Pdf:
    def __init__(self, path, header=None, footer=None, land=False, watermark=None):
        self.path = path
        self.story = []
        self.header, self.footer, self.watermark = header, footer, watermark
        self.size = landscape(A4) if land else A4

    def h(self, text, level=1):
        self.story.append(Paragraph(esc(text), S["h1" if level == 1 else "h2"]))

    def p(self, text, style="body"):
        self.story.append(Paragraph(esc(text).replace("\n", "<br/>"), S[style]))
        self.story.append(Spacer(1, 3))

    def sp(self, h=6):
        self.story.append(Spacer(1, h))

    def table(self, rows, widths=None, header=True, shade_first_col=False):
        data = []
        for i, row in enumerate(rows):
            st = S["cellb"] if (header and i == 0) else S["cell"]
            data.append([Paragraph(esc("" if v is None else v).replace("\n", "<br/>"),
                                   S["cellb"] if (shade_first_col and j == 0) else st) for j, v in enumerate(row)])
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
        if shade_first_col:
            cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")))
        t.setStyle(TableStyle(cmds))
        self.story.append(t)
        self.story.append(Spacer(1, 8))

    def page_break(self):
        self.story.append(PageBreak())

    def _deco(self, c, doc):
        w, h = self.size
        c.saveState()
        c.setFont("Helvetica", 7.5)
        if self.header:
            c.drawString(36, h - 24, self.header)
        if self.footer:
            c.drawString(36, 18, self.footer + f"   Page {doc.page}")
        if self.watermark:
            c.setFillColor(colors.Color(0.85, 0.85, 0.85))
            c.setFont("Helvetica-Bold", 50)
            c.translate(w / 2, h / 2)
            c.rotate(40)
            c.drawCentredString(0, 0, self.watermark)
        c.restoreState()

    def save(self):
        doc = SimpleDocTemplate(self.path, pagesize=self.size, leftMargin=36, rightMargin=36,
                                topMargin=40, bottomMargin=36)
        doc.build(self.story, onFirstPage=self._deco, onLaterPages=self._deco)
