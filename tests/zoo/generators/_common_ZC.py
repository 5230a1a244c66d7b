"""Shared helpers for zoo ZC generators (fictional PEPs)."""
import json, os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, layout, suffix, ext, inspired, quirks, **kw):
    fname = f'{layout}-{suffix}.{ext}'
    t = {'layout': layout, 'file': fname, 'inspired_by': inspired, 'quirks': quirks}
    keys = ['child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
            'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend', 'pp_requested']
    for k in keys:
        t[k] = kw[k]
    with open(os.path.join(out_dir, f'{layout}-{suffix}.truth.json'), 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)
    return os.path.join(out_dir, fname)


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


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    return cell


def table(doc, rows, widths=None, header_fill=None, label_fill=None, label_col=False, style='Table Grid', size=None):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            b = (header_fill is not None and i == 0) or (label_col and j == 0)
            cell_text(c, v if v is not None else '', bold=b, size=size)
            if header_fill and i == 0:
                shade(c, header_fill)
            elif label_fill and label_col and j == 0:
                shade(c, label_fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def heading(doc, text, size=12, color='1F3864', bold=True):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(doc, text, size=None, italic=False, bold=False, color=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.italic = italic; r.bold = bold
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return p


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


# ---------- reportlab ----------
def _reg():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont('DejaVu')
    except KeyError:
        pdfmetrics.registerFont(TTFont('DejaVu', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))


def glyphs(v):
    for g in (TICK, BOX):
        v = v.replace(g, f'<font name="DejaVu">{g}</font>')
    return v


def pdf_styles():
    _reg()
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    ss = getSampleStyleSheet()
    base = ParagraphStyle('b', parent=ss['Normal'], fontName='Helvetica', fontSize=9, leading=11)
    return {
        'b': base,
        'small': ParagraphStyle('s', parent=base, fontSize=7, leading=8.5),
        'bold': ParagraphStyle('bo', parent=base, fontName='Helvetica-Bold'),
        'h1': ParagraphStyle('h1', parent=base, fontName='Helvetica-Bold', fontSize=14, leading=17, spaceAfter=6),
        'h2': ParagraphStyle('h2', parent=base, fontName='Helvetica-Bold', fontSize=11, leading=14, spaceBefore=8,
                             spaceAfter=4),
        'i': ParagraphStyle('i', parent=base, fontName='Helvetica-Oblique', fontSize=8, leading=10),
    }


def ptable(data, widths, st, header=True, label_col=False, fill='#D9E2F3', font=8.5):
    from reportlab.platypus import Table, TableStyle, Paragraph
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    cs = ParagraphStyle('c', parent=st['b'], fontSize=font, leading=font + 2)
    cb = ParagraphStyle('cb', parent=cs, fontName='Helvetica-Bold')
    rows = []
    for i, r in enumerate(data):
        row = []
        for j, v in enumerate(r):
            if isinstance(v, str):
                bold = (header and i == 0) or (label_col and j == 0)
                row.append(Paragraph(glyphs(v.replace('\n', '<br/>')), cb if bold else cs))
            else:
                row.append(v)
        rows.append(row)
    t = Table(rows, colWidths=widths)
    cmds = [('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if header:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if label_col:
        cmds.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor(fill)))
    t.setStyle(TableStyle(cmds))
    return t
