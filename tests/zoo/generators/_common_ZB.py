"""Shared helpers for zoo ZB generators (fictional PEPs)."""
import json, os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, stem, ext, **kw):
    t = {'layout': stem, 'file': f'{stem}-{kw.pop("n")}.{ext}'}
    keys = ['inspired_by', 'quirks', 'child_name', 'child_first_name', 'school', 'year_group', 'meeting_date',
            'completed_date', 'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target',
            'pp_spend', 'pp_requested']
    for k in keys:
        t[k] = kw[k]
    p = os.path.join(out_dir, t['file'].rsplit('.', 1)[0] + '.truth.json')
    with open(p, 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)
    return t


# ---------- DOCX ----------
def new_doc(font='Calibri', size=10):
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


def cell_text(cell, text, bold=False, color=None, size=None):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if size:
            r.font.size = Pt(size)
    return cell


def table(doc_or_cell, rows, widths=None, header_fill=None, bold_first_col=False, style='Table Grid'):
    ncols = max(len(r) for r in rows)
    t = doc_or_cell.add_table(rows=len(rows), cols=ncols)
    t.style = style
    for i, r in enumerate(rows):
        for j in range(ncols):
            v = r[j] if j < len(r) else ''
            c = t.cell(i, j)
            cell_text(c, v, bold=(i == 0 and header_fill is not None) or (bold_first_col and j == 0))
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def banner(doc, text, fill='1F4E79', color='FFFFFF', size=11):
    t = doc.add_table(rows=1, cols=1)
    c = t.cell(0, 0)
    cell_text(c, text, bold=True, color=color, size=size)
    shade(c, fill)
    return t


def para(doc, text, bold=False, size=None, italic=False, color=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


# ---------- PDF ----------
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

_ss = getSampleStyleSheet()
PS = ParagraphStyle('zb', parent=_ss['Normal'], fontName='Helvetica', fontSize=9, leading=11)
PSB = ParagraphStyle('zbb', parent=PS, fontName='Helvetica-Bold')
PSS = ParagraphStyle('zbs', parent=PS, fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))
PSH = ParagraphStyle('zbh', parent=PS, fontName='Helvetica-Bold', fontSize=13, leading=16)
PSW = ParagraphStyle('zbw', parent=PSB, textColor=colors.white)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def P(text, style=PS):
    return Paragraph(esc(text).replace('\n', '<br/>'), style)


def ptable(rows, widths, head_fill=None, style=PS, extra=None):
    data = [[c if not isinstance(c, str) else P(c, PSW if (i == 0 and head_fill) else style) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=0)
    cmds = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if head_fill:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(head_fill)))
    if extra:
        cmds += extra
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, pagesize=A4, header=None, footer=None):
    def deco(c, d):
        c.saveState()
        c.setFont('Helvetica', 7)
        w, h = pagesize
        if header:
            c.drawString(1.5 * cm, h - 1.0 * cm, header)
        if footer:
            c.drawString(1.5 * cm, 0.8 * cm, footer.replace('{page}', str(d.page)))
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.5 * cm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
