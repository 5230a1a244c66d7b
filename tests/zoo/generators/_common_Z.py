"""Shared helpers for zoo-Z PEP layouts (fictional data only)."""
import json, os, sys

from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK = '\u2612'   # ☒
BOX = '\u2610'    # ☐


def write_truth(out_dir, stem, ext, inspired_by, quirks, **fields):
    truth = {'layout': stem.rsplit('-', 1)[0], 'file': f'{stem}.{ext}', 'inspired_by': inspired_by,
             'quirks': quirks}
    keys = ['child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
            'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend',
            'pp_requested']
    for k in keys:
        truth[k] = fields[k]
    with open(os.path.join(out_dir, f'{stem}.truth.json'), 'w') as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)


def run_standalone(build):
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(out, exist_ok=True)
    build(out)


# ---------------- DOCX helpers ----------------
def new_doc(font='Arial', size=10):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)


def para(d, text='', bold=False, size=None, italic=False, color=None, align=None, space_after=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'right':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False, size=None, italic=False, color=None, fill=None):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade(cell, fill)
    return cell


def table(d, rows, widths=None, header_fill=None, style='Table Grid', bold_first_col=False, size=None):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            b = (i == 0 and header_fill is not None) or (bold_first_col and j == 0)
            cell_text(c, val if val is not None else '', bold=b, size=size,
                      fill=header_fill if (i == 0 and header_fill) else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    d.add_paragraph()
    return t


def sdt_box(d, text, placeholder='Click or tap here to enter text.'):
    """A bordered one-cell table that looks like a content-control box; empty shows placeholder in grey."""
    t = d.add_table(rows=1, cols=1)
    t.style = 'Table Grid'
    c = t.cell(0, 0)
    if text:
        cell_text(c, text)
    else:
        cell_text(c, placeholder, color='808080', italic=True)
    d.add_paragraph()
    return t


def header_footer(d, header, footer):
    for s in d.sections:
        s.header.paragraphs[0].text = header
        s.footer.paragraphs[0].text = footer
        for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
            for r in p.runs:
                r.font.size = Pt(8)


# ---------------- PDF helpers ----------------
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                NextPageTemplate, PageTemplate, Frame, BaseDocTemplate, KeepTogether)
from reportlab.lib.units import cm

_ss = getSampleStyleSheet()
FONT, FONTB = 'Helvetica', 'Helvetica-Bold'
try:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    _dj = '/usr/share/fonts/truetype/dejavu/'
    pdfmetrics.registerFont(TTFont('DejaVuSans', _dj + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DejaVuSans-Bold', _dj + 'DejaVuSans-Bold.ttf'))
    FONT, FONTB = 'DejaVuSans', 'DejaVuSans-Bold'
except Exception:
    pass
BODY = ParagraphStyle('b', parent=_ss['Normal'], fontName=FONT, fontSize=9.5, leading=12)
SMALL = ParagraphStyle('s', parent=BODY, fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))
H1 = ParagraphStyle('h1', parent=BODY, fontName=FONTB, fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle('h2', parent=BODY, fontName=FONTB, fontSize=11.5, leading=14, spaceBefore=8,
                    spaceAfter=4)
H3 = ParagraphStyle('h3', parent=BODY, fontName=FONTB, fontSize=10, leading=12, spaceBefore=4,
                    spaceAfter=2)
CELL = ParagraphStyle('c', parent=BODY, fontSize=8.5, leading=10.5)
CELLB = ParagraphStyle('cb', parent=CELL, fontName=FONTB)


def esc(s):
    return (s or '').replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def P(text, style=BODY):
    return Paragraph(esc(text).replace('\n', '<br/>'), style)


def ptable(rows, widths, header=True, fill='#D9E2F3', first_col_fill=None, size_style=CELL, valign='TOP'):
    data = []
    for i, r in enumerate(rows):
        st = CELLB if (header and i == 0) else size_style
        data.append([c if not isinstance(c, str) else P(c, st) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), valign),
            ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
    if header and fill:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if first_col_fill:
        cmds.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor(first_col_fill)))
    t.setStyle(TableStyle(cmds))
    return t
