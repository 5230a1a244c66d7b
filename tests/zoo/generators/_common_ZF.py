"""Shared helpers for zoo ZF generators (fictional PEPs)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, fname, truth):
    stem = fname.rsplit('.', 1)[0]
    truth = dict(truth)
    truth['file'] = fname
    with open(os.path.join(out_dir, stem + '.truth.json'), 'w') as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)


def new_doc(font='Arial', size=10):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    return d


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)


def para(d, text, bold=False, size=None, italic=False, align=None, color=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, rows, widths=None, header=False, fill='D9D9D9', style='Table Grid'):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            lines = str(v).split('\n')
            c.paragraphs[0].text = lines[0]
            for ln in lines[1:]:
                c.add_paragraph(ln)
            if header and i == 0:
                for run in c.paragraphs[0].runs: run.bold = True
                shade(c, fill)
            if widths:
                c.width = Cm(widths[j])
    d.add_paragraph()
    return t


def hf(d, header=None, footer=None):
    s = d.sections[0]
    if header is not None:
        s.header.paragraphs[0].text = header
    if footer is not None:
        s.footer.paragraphs[0].text = footer


# ---------- reportlab ----------
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors

SS = getSampleStyleSheet()
P = ParagraphStyle('zfp', parent=SS['Normal'], fontName='Helvetica', fontSize=9, leading=11)
PB = ParagraphStyle('zfpb', parent=P, fontName='Helvetica-Bold')
H = ParagraphStyle('zfh', parent=P, fontName='Helvetica-Bold', fontSize=12, leading=15, spaceAfter=4)
SMALL = ParagraphStyle('zfs', parent=P, fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))


def esc(s):
    return str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def ptable(rows, widths, header=True, style=P, grid=0.5, bg='#DDDDDD'):
    data = [[Paragraph(esc(c).replace('\n', '<br/>'), PB if (header and i == 0) else style) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    ts = [('GRID', (0, 0), (-1, -1), grid, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if header:
        ts.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(bg)))
    t.setStyle(TableStyle(ts))
    return t


def build_pdf(path, story, pagesize=A4, header='', footer=''):
    def deco(c, doc):
        c.saveState()
        c.setFont('Helvetica', 7)
        w, h = pagesize
        if header:
            c.drawString(40, h - 25, header)
        c.drawString(40, 18, footer)
        c.drawRightString(w - 40, 18, 'Page %d' % doc.page)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=36)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
