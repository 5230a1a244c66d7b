"""Shared helpers for zoo ZO layouts (fictional PEPs)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, stem, ext, inspired, quirks, **kw):
    t = {'layout': stem.rsplit('-', 1)[0], 'file': f'{stem}.{ext}', 'inspired_by': inspired, 'quirks': quirks}
    for k in ('child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
              'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend',
              'pp_requested'):
        t[k] = kw[k]
    with open(os.path.join(out_dir, f'{stem}.truth.json'), 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)


# ---------------- DOCX ----------------
def new_doc(font='Arial', size=10):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
        s.top_margin = s.bottom_margin = Cm(1.5)
    return d


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), hexcol)
    tcPr.append(sh)


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    cell.text = ''
    lines = text.split('\n') if isinstance(text, str) else text
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    return cell


def table(d, rows, widths=None, header_fill=None, style='Table Grid', bold_first_col=False, fill_first_col=None):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            b = (i == 0 and header_fill is not None) or (j == 0 and bold_first_col)
            cell_text(c, '' if v is None else v, bold=b)
            if i == 0 and header_fill:
                shade(c, header_fill)
            elif j == 0 and fill_first_col:
                shade(c, fill_first_col)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def heading(d, text, size=13, color='1F3864', fill=None):
    if fill:
        t = d.add_table(rows=1, cols=1)
        c = t.cell(0, 0)
        cell_text(c, text, bold=True, size=size, color='FFFFFF')
        shade(c, fill)
        d.add_paragraph()
        return t
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(d, text, bold=False, italic=False, size=None, color=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return p


def header_footer(d, head, foot):
    for s in d.sections:
        s.header.paragraphs[0].text = head
        s.footer.paragraphs[0].text = foot


# ---------------- PDF ----------------
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.units import cm

_ss = getSampleStyleSheet()
S = {
    'n': ParagraphStyle('n', parent=_ss['Normal'], fontName='Helvetica', fontSize=9, leading=11),
    'b': ParagraphStyle('b', parent=_ss['Normal'], fontName='Helvetica-Bold', fontSize=9, leading=11),
    'small': ParagraphStyle('s', parent=_ss['Normal'], fontName='Helvetica-Oblique', fontSize=7, leading=8.5),
    'h1': ParagraphStyle('h1', parent=_ss['Normal'], fontName='Helvetica-Bold', fontSize=15, leading=18, spaceAfter=6),
    'h2': ParagraphStyle('h2', parent=_ss['Normal'], fontName='Helvetica-Bold', fontSize=11, leading=14,
                         spaceBefore=8, spaceAfter=4),
}


from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
_DJ = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
if os.path.exists(_DJ):
    pdfmetrics.registerFont(TTFont('DejaVu', _DJ))
    GLYPH_FONT = 'DejaVu'
else:
    GLYPH_FONT = None


def glyphs(text):
    if GLYPH_FONT:
        for g in (TICK, BOX):
            text = text.replace(g, f'<font name="{GLYPH_FONT}">{g}</font>')
    return text


def P(text, style='n'):
    return Paragraph(glyphs(text), S[style])


def grid(data, widths, head=True, fill=colors.HexColor('#D9E2F3'), first_col_fill=None, pad=3):
    rows = [[c if not isinstance(c, str) else P(c) for c in r] for r in data]
    t = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    cmds = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
            ('TOPPADDING', (0, 0), (-1, -1), pad), ('BOTTOMPADDING', (0, 0), (-1, -1), pad)]
    if head:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), fill))
    if first_col_fill:
        cmds.append(('BACKGROUND', (0, 0), (0, -1), first_col_fill))
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, pagesize=A4, head='', foot=''):
    def deco(c, doc):
        c.saveState()
        w, h = pagesize
        c.setFont('Helvetica', 7)
        if head:
            c.drawString(1.5 * cm, h - 1.0 * cm, head)
        c.drawString(1.5 * cm, 0.8 * cm, foot)
        c.drawRightString(w - 1.5 * cm, 0.8 * cm, f'Page {doc.page}')
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.5 * cm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
