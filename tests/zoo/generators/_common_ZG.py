"""Shared helpers for zoo ZG generators (fictional PEPs)."""
import json, os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, stem, ext, inspired, quirks, **kw):
    t = {"layout": stem, "file": f"{stem}-{kw.pop('n')}.{ext}", "inspired_by": inspired, "quirks": quirks}
    for k in ('child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
              'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend',
              'pp_requested'):
        t[k] = kw[k]
    path = os.path.join(out_dir, t['file'][:-len(ext) - 1] + '.truth.json')
    with open(path, 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)


# ---------- DOCX ----------
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


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def table(doc, rows, widths=None, style='Table Grid', head=False, fill=None, size=None):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for i, r in enumerate(rows):
        for j in range(ncol):
            v = r[j] if j < len(r) else ''
            c = t.cell(i, j)
            cell_text(c, v, bold=(head and i == 0), size=size)
            if head and i == 0 and fill:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def heading(doc, text, size=13, color='1F3864', bold=True):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(doc, text, italic=False, size=None, bold=False, color=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.italic = italic; r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def header_footer(doc, head, foot):
    s = doc.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot


# ---------- PDF ----------
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, NextPageTemplate, PageTemplate, Frame, BaseDocTemplate
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

SS = getSampleStyleSheet()
BODY = ParagraphStyle('b', parent=SS['Normal'], fontName='Helvetica', fontSize=9.5, leading=12)
SMALL = ParagraphStyle('s', parent=BODY, fontSize=7, leading=8.5, textColor=colors.HexColor('#555555'))
H1 = ParagraphStyle('h1', parent=BODY, fontName='Helvetica-Bold', fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle('h2', parent=BODY, fontName='Helvetica-Bold', fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                    textColor=colors.HexColor('#22405f'))
CELL = ParagraphStyle('c', parent=BODY, fontSize=8.5, leading=10.5)
CELLB = ParagraphStyle('cb', parent=CELL, fontName='Helvetica-Bold')


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def P(text, st=BODY):
    return Paragraph(esc(text).replace('\n', '<br/>'), st)


def ptable(rows, widths, head=True, fill='#dbe5f1', bold_first_col=False):
    data = []
    for i, r in enumerate(rows):
        data.append([P(v, CELLB if (head and i == 0) or (bold_first_col and j == 0) else CELL) for j, v in enumerate(r)])
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    st = [('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if head:
        st.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if bold_first_col:
        st.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor(fill)))
    t.setStyle(TableStyle(st))
    return t


def build_pdf(path, story, head='', foot='', pagesize=A4):
    def deco(c, d):
        c.saveState(); c.setFont('Helvetica', 7)
        w, h = d.pagesize
        c.drawString(1.5 * cm, h - 1 * cm, head)
        c.drawString(1.5 * cm, 0.8 * cm, foot + f'   Page {d.page}')
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.5 * cm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
