"""Shared helpers for zoo ZD generators (fictional PEPs only)."""
import json, os

from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, layout, ext, n, inspired_by, quirks, **kw):
    fname = f'{layout}-{n}.{ext}'
    truth = {'layout': layout, 'file': fname, 'inspired_by': inspired_by, 'quirks': quirks}
    keys = ['child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
            'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend',
            'pp_requested']
    for k in keys:
        truth[k] = kw[k]
    with open(os.path.join(out_dir, f'{layout}-{n}.truth.json'), 'w') as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
    return os.path.join(out_dir, fname)


# ---------------- DOCX ----------------
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
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)


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


def table(d, rows, widths=None, header_fill=None, bold_first_col=False, style='Table Grid', label_fill=None):
    """rows: list of lists of str. Returns table."""
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for i, r in enumerate(rows):
        for j in range(ncol):
            v = r[j] if j < len(r) else ''
            c = t.cell(i, j)
            b = (i == 0 and header_fill is not None) or (bold_first_col and j == 0)
            cell_text(c, v, bold=b)
            if i == 0 and header_fill:
                shade(c, header_fill)
            elif j == 0 and label_fill:
                shade(c, label_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def heading(d, text, size=12, color='1F3864', bold=True, fill=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(d, text, bold=False, italic=False, size=None, align=None, color=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def header_footer(d, header, footer):
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)


# ---------------- PDF ----------------
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.units import cm

_ss = getSampleStyleSheet()
PS = ParagraphStyle('zd_body', parent=_ss['Normal'], fontName='Helvetica', fontSize=9, leading=11)
PSB = ParagraphStyle('zd_bold', parent=PS, fontName='Helvetica-Bold')
PSS = ParagraphStyle('zd_small', parent=PS, fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))
PSH = ParagraphStyle('zd_h', parent=PS, fontName='Helvetica-Bold', fontSize=12, leading=15,
                     textColor=colors.HexColor('#003B5C'), spaceBefore=6, spaceAfter=4)
PST = ParagraphStyle('zd_t', parent=PS, fontName='Helvetica-Bold', fontSize=16, leading=20, spaceAfter=6)


def esc(s):
    return (s or '').replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br/>')


def P(s, style=PS):
    return Paragraph(esc(s), style)


def ptable(rows, widths, header=True, label_col=False, fill='#D9E2EC', style=PS, bold_style=PSB, extra=None):
    data = []
    for i, r in enumerate(rows):
        data.append([P(v, bold_style if (header and i == 0) or (label_col and j == 0) else style)
                     for j, v in enumerate(r)])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if header:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if label_col:
        cmds.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor(fill)))
    if extra:
        cmds += extra
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, header='', footer='', land=False):
    size = landscape(A4) if land else A4

    def deco(c, doc):
        c.saveState()
        c.setFont('Helvetica', 7)
        c.drawString(1.5 * cm, size[1] - 1.0 * cm, header)
        c.drawString(1.5 * cm, 0.8 * cm, footer)
        c.drawRightString(size[0] - 1.5 * cm, 0.8 * cm, f'Page {doc.page}')
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.5 * cm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
