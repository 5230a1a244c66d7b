"""Shared helpers for zoo ZQ generators (fictional PEPs only)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, stem, ext, inspired, quirks, **kw):
    t = {'layout': stem[:-2], 'file': f'{stem}.{ext}', 'inspired_by': inspired, 'quirks': quirks}
    keys = ['child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
            'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend',
            'pp_requested']
    for k in keys:
        t[k] = kw[k]
    with open(os.path.join(out_dir, f'{stem}.truth.json'), 'w') as f:
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


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, color=None):
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def table(doc, rows, widths=None, header_fill=None, bold_first_col=False, style='Table Grid'):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = style
    for ri, r in enumerate(rows):
        cells = t.add_row().cells
        for ci in range(ncols):
            v = r[ci] if ci < len(r) else ''
            hdr = (header_fill and ri == 0) or (bold_first_col and ci == 0)
            cell_text(cells[ci], v, bold=bool(hdr))
            if header_fill and ri == 0:
                shade(cells[ci], header_fill)
            elif bold_first_col and ci == 0:
                shade(cells[ci], 'EDEDED')
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    return t


def heading(doc, text, size=12, color='1F3864', space=6):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(space)
    return p


def para(doc, text, size=None, italic=False, bold=False, color=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.italic = italic; r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def header_footer(doc, header, footer):
    s = doc.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer


def boxed(doc, label, value, fill='F2F2F2'):
    """content-control-like single-cell box: label row + value row."""
    t = doc.add_table(rows=2, cols=1); t.style = 'Table Grid'
    cell_text(t.rows[0].cells[0], label, bold=True); shade(t.rows[0].cells[0], 'DCE6F1')
    cell_text(t.rows[1].cells[0], value if value else '')
    shade(t.rows[1].cells[0], fill)
    return t


def landscape_section(doc):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


# ---------- PDF ----------
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak,
                                NextPageTemplate, PageTemplate, Frame, BaseDocTemplate, KeepTogether)

SS = getSampleStyleSheet()
P = ParagraphStyle('zqp', parent=SS['Normal'], fontName='Helvetica', fontSize=9, leading=11)
PB = ParagraphStyle('zqpb', parent=P, fontName='Helvetica-Bold')
SMALL = ParagraphStyle('zqs', parent=P, fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))
H1 = ParagraphStyle('zqh1', parent=P, fontName='Helvetica-Bold', fontSize=14, leading=17, spaceAfter=6)
H2 = ParagraphStyle('zqh2', parent=P, fontName='Helvetica-Bold', fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                    textColor=colors.HexColor('#123d6a'))


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def ptable(rows, widths, header=True, fill='#d9e2f3', first_col_fill=None, style=P, font_size=None):
    st = style if not font_size else ParagraphStyle('x', parent=style, fontSize=font_size, leading=font_size + 2)
    data = [[c if not isinstance(c, str) else Paragraph(esc(c).replace('\n', '<br/>'), st) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if header:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if first_col_fill:
        cmds.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor(first_col_fill)))
    t.setStyle(TableStyle(cmds))
    return t
