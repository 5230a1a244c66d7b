"""Shared helpers for zoo ZS generators (fictional PEPs)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, stem, ext, inspired, quirks, **kw):
    keys = ['child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
            'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend', 'pp_requested']
    t = {'layout': stem[:-2], 'file': stem + '.' + ext, 'inspired_by': inspired, 'quirks': quirks}
    for k in keys:
        t[k] = kw[k]
    with open(os.path.join(out_dir, stem + '.truth.json'), 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)


# ---------- docx ----------
def new_doc(font='Arial', size=10):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
        s.top_margin = s.bottom_margin = Cm(1.6)
    return d


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), hexcol)
    tcPr.append(sh)


def para(d, text, bold=False, size=None, italic=False, color=None, align=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, bold=False, size=None, italic=False, fill=None):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if fill: shade(cell, fill)


def table(d, rows, widths=None, header_fill=None, style='Table Grid', bold_first_col=False, size=None):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            hdr = header_fill is not None and i == 0
            cell_text(c, v, bold=hdr or (bold_first_col and j == 0), size=size, fill=header_fill if hdr else None)
            if widths: c.width = Cm(widths[j])
    return t


def header_footer(d, head, foot):
    for s in d.sections:
        s.header.paragraphs[0].text = head
        s.footer.paragraphs[0].text = foot


# ---------- pdf ----------
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                NextPageTemplate, PageTemplate, Frame, BaseDocTemplate)
from xml.sax.saxutils import escape

SS = getSampleStyleSheet()
BODY = ParagraphStyle('zsbody', parent=SS['Normal'], fontName='Helvetica', fontSize=9.5, leading=12)
SMALL = ParagraphStyle('zssmall', parent=BODY, fontSize=7.5, leading=9, textColor=colors.HexColor('#444444'))
H1 = ParagraphStyle('zsh1', parent=BODY, fontName='Helvetica-Bold', fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle('zsh2', parent=BODY, fontName='Helvetica-Bold', fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
CELL = ParagraphStyle('zscell', parent=BODY, fontSize=9, leading=11)
CELLB = ParagraphStyle('zscellb', parent=CELL, fontName='Helvetica-Bold')


def P(text, style=BODY):
    return Paragraph(escape(text).replace('\n', '<br/>'), style)


def ptable(rows, widths, header=True, fill='#D9E2F3', style=None, first_col_fill=None):
    data = [[P(c, CELLB if (header and i == 0) else CELL) if isinstance(c, str) else c for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    ts = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if header:
        ts.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if first_col_fill:
        ts.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor(first_col_fill)))
    if style:
        ts += style
    t.setStyle(TableStyle(ts))
    return t


def build_pdf(path, story, head, foot, land_from=None):
    """Portrait pages; if story contains NextPageTemplate('land') pages switch to landscape."""
    def deco(c, doc):
        c.saveState()
        w, h = doc.pagesize if hasattr(doc, 'pagesize') else A4
        w, h = c._pagesize
        c.setFont('Helvetica', 7.5)
        c.drawString(40, h - 25, head)
        c.drawString(40, 20, foot)
        c.drawRightString(w - 40, 20, 'Page %d' % c.getPageNumber())
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=45, bottomMargin=40)
    pw, ph = A4
    fp = Frame(40, 40, pw - 80, ph - 85, id='p')
    lw, lh = landscape(A4)
    fl = Frame(40, 40, lw - 80, lh - 85, id='l')
    doc.addPageTemplates([PageTemplate('port', [fp], onPage=deco, pagesize=A4),
                          PageTemplate('land', [fl], onPage=deco, pagesize=landscape(A4))])
    doc.build(story)
