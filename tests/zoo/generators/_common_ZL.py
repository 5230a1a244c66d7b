"""Shared helpers for zoo ZL generators (fictional PEP test documents)."""
import json, os

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK = '\u2612'   # ☒
BOX = '\u2610'    # ☐


def write_truth(out_dir, stem, ext, inspired_by, quirks, **kw):
    """Write <stem>.truth.json; stem like 'zZL01-name-1'."""
    layout = stem.rsplit('-', 1)[0]
    truth = {
        'layout': layout,
        'file': f'{stem}.{ext}',
        'inspired_by': inspired_by,
        'quirks': quirks,
    }
    keys = ['child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
            'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend',
            'pp_requested']
    for k in keys:
        truth[k] = kw[k]
    with open(os.path.join(out_dir, f'{stem}.truth.json'), 'w') as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)


# ---------------- DOCX helpers ----------------

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


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def table(doc, rows, widths=None, header=False, fill='D9E2F3', style='Table Grid', bold_first_col=False, size=None):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            b = (header and i == 0) or (bold_first_col and j == 0)
            cell_text(c, v, bold=b, size=size)
            if header and i == 0 and fill:
                shade(c, fill)
            elif bold_first_col and j == 0 and fill:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def heading(doc, text, size=13, color='1F3864', bold=True, align=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(space_before)
    if align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def para(doc, text, size=None, italic=False, bold=False, color=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def header_footer(doc, header_text, footer_text):
    for s in doc.sections:
        s.header.paragraphs[0].text = header_text
        s.footer.paragraphs[0].text = footer_text


# ---------------- PDF helpers ----------------

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                NextPageTemplate, PageTemplate, Frame, BaseDocTemplate, KeepTogether)
from reportlab.lib.units import cm

_ss = getSampleStyleSheet()
BODY = ParagraphStyle('zlbody', parent=_ss['Normal'], fontName='Helvetica', fontSize=9.5, leading=12)
SMALL = ParagraphStyle('zlsmall', parent=BODY, fontSize=7.5, leading=9, textColor=colors.HexColor('#444444'))
H1 = ParagraphStyle('zlh1', parent=BODY, fontName='Helvetica-Bold', fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle('zlh2', parent=BODY, fontName='Helvetica-Bold', fontSize=11.5, leading=14, spaceBefore=8,
                    spaceAfter=4, textColor=colors.HexColor('#203864'))
CELL = ParagraphStyle('zlcell', parent=BODY, fontSize=9, leading=11)
CELLB = ParagraphStyle('zlcellb', parent=CELL, fontName='Helvetica-Bold')


def P(text, style=BODY):
    return Paragraph(text, style)


def ptable(rows, widths, header=True, head_fill='#D9E2F3', first_col_fill=None, style=CELL, grid=0.5):
    data = []
    for i, r in enumerate(rows):
        data.append([c if not isinstance(c, str) else
                     Paragraph(c, CELLB if (header and i == 0) or (first_col_fill and j == 0) else style)
                     for j, c in enumerate(r)])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [('GRID', (0, 0), (-1, -1), grid, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if header:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(head_fill)))
    if first_col_fill:
        cmds.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor(first_col_fill)))
    t.setStyle(TableStyle(cmds))
    return t
