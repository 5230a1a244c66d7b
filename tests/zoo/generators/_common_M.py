"""Shared helpers for zoo M generators (fictional data only)."""
import json, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

SS = getSampleStyleSheet()
BODY = ParagraphStyle('b', parent=SS['Normal'], fontSize=9.5, leading=12)
SMALL = ParagraphStyle('s', parent=SS['Normal'], fontSize=8, leading=10)
H1 = ParagraphStyle('h1', parent=SS['Heading1'], fontSize=15, leading=18)
H2 = ParagraphStyle('h2', parent=SS['Heading2'], fontSize=11.5, leading=14)


def write_truth(out_dir, stem, ext, inspired, quirks, **f):
    t = {"layout": stem.rsplit('-', 1)[0], "file": f"{stem}.{ext}", "inspired_by": inspired, "quirks": quirks}
    keys = ["child_name", "child_first_name", "school", "year_group", "meeting_date", "completed_date",
            "attendance_percent", "pupil_voice", "targets", "english_target", "maths_target", "pp_spend", "pp_requested"]
    for k in keys:
        t[k] = f[k]
    with open(os.path.join(out_dir, f"{stem}.truth.json"), "w") as fh:
        json.dump(t, fh, indent=2, ensure_ascii=False)


# ---------- DOCX ----------
def new_doc(header=None, footer=None, size=10):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(size)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    return d


def dpara(d, text, bold=False, size=None, italic=False, align=None, color=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor(*color)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def dtable(d, rows, header=True, style='Table Grid', widths=None):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            lines = str(val).split('\n')
            c.paragraphs[0].text = ''
            run = c.paragraphs[0].add_run(lines[0])
            if header and i == 0: run.bold = True
            for ln in lines[1:]:
                c.add_paragraph(ln)
    d.add_paragraph()
    return t


# ---------- PDF ----------
def P(text, style=BODY):
    return Paragraph(text.replace('&', '&amp;').replace('\n', '<br/>') if '<' not in text else text, style)


def ptable(rows, widths=None, header=True, grid=True, bg=None, style=BODY):
    data = [[P(str(c), style) if not hasattr(c, 'wrap') else c for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if grid:
        cmds.append(('GRID', (0, 0), (-1, -1), 0.5, colors.black))
    if header:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), bg or colors.HexColor('#dddddd')))
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, header=None, footer=None, watermark=None, pagesize=A4):
    def deco(c, doc):
        c.saveState()
        w, h = pagesize
        c.setFont('Helvetica', 7.5)
        if header: c.drawString(15 * mm, h - 10 * mm, header)
        if footer: c.drawString(15 * mm, 8 * mm, footer + f"   Page {doc.page}")
        if watermark:
            c.setFont('Helvetica-Bold', 60); c.setFillColor(colors.Color(0.85, 0.85, 0.85, alpha=0.35))
            c.translate(w / 2, h / 2); c.rotate(40); c.drawCentredString(0, 0, watermark)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=16 * mm, bottomMargin=15 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
