"""Shared helpers for zoo ZM generators (fictional PEPs)."""
import json, os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.section import WD_ORIENT

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, layout, suffix, ext, inspired, quirks, **kw):
    fname = f'{layout}-{suffix}.{ext}'
    t = {'layout': layout, 'file': fname, 'inspired_by': inspired, 'quirks': quirks}
    keys = ['child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
            'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend',
            'pp_requested']
    for k in keys:
        t[k] = kw[k]
    with open(os.path.join(out_dir, f'{layout}-{suffix}.truth.json'), 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)
    return os.path.join(out_dir, fname)


# ---------- DOCX ----------
def new_doc(font='Arial', size=10):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
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


def banner(doc, text, fill='1F4E9A', color='FFFFFF', size=11):
    t = doc.add_table(rows=1, cols=1)
    t.style = 'Table Grid'
    c = t.rows[0].cells[0]
    cell_text(c, text, bold=True, color=color, size=size)
    shade(c, fill)
    return t


def grid(doc, rows, header_fill=None, widths=None, bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            cell_text(c, v, bold=(i == 0 and header_fill is not None) or (bold_first_col and j == 0))
            if i == 0 and header_fill:
                shade(c, header_fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def para(doc, text, bold=False, size=None, italic=False, color=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
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
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

_ss = getSampleStyleSheet()
ST = {
    'body': ParagraphStyle('b', parent=_ss['Normal'], fontName='Helvetica', fontSize=9, leading=11.5),
    'small': ParagraphStyle('s', parent=_ss['Normal'], fontName='Helvetica', fontSize=7, leading=8.5,
                            textColor=colors.HexColor('#444444')),
    'bold': ParagraphStyle('bb', parent=_ss['Normal'], fontName='Helvetica-Bold', fontSize=9, leading=11.5),
    'h1': ParagraphStyle('h1', parent=_ss['Normal'], fontName='Helvetica-Bold', fontSize=15, leading=19),
    'h2': ParagraphStyle('h2', parent=_ss['Normal'], fontName='Helvetica-Bold', fontSize=11, leading=14,
                         spaceBefore=8, spaceAfter=4),
    'white': ParagraphStyle('w', parent=_ss['Normal'], fontName='Helvetica-Bold', fontSize=9.5, leading=12,
                            textColor=colors.white),
}


def P(text, style='body'):
    return Paragraph(text, ST[style])


def ptable(rows, widths, header=True, fill='#D9E2F3', extra=None):
    data = [[P(c, 'bold' if (header and i == 0) else 'body') if isinstance(c, str) else c for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if header:
        style.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if extra:
        style += extra
    t.setStyle(TableStyle(style))
    return t


def pbanner(text, width, fill='#203864'):
    t = Table([[P(text, 'white')]], colWidths=[width])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(fill))]))
    return t
