"""Shared helpers for zoo ZA layouts (fictional PEP test documents)."""
import json, os

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK = '\u2612'   # ☒
BOX = '\u2610'    # ☐


def write_truth(out_dir, stem, suffix, ext, inspired_by, quirks, **kw):
    """Write <stem>-<suffix>.truth.json; kw holds the truth fields."""
    t = {
        'layout': stem,
        'file': f'{stem}-{suffix}.{ext}',
        'inspired_by': inspired_by,
        'quirks': quirks,
    }
    keys = ['child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
            'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend',
            'pp_requested']
    for k in keys:
        t[k] = kw[k]
    with open(os.path.join(out_dir, f'{stem}-{suffix}.truth.json'), 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)
    return t


# ---------------------------------------------------------------- DOCX helpers
def new_doc(font='Arial', size=10, landscape=False, margins_cm=1.8):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for side in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(s, side, Cm(margins_cm))
    return d


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hexfill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    """Replace cell text; '\n' in text makes new paragraphs."""
    lines = str(text).split('\n')
    p = cell.paragraphs[0]
    p.text = ''
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


def para(d, text, bold=False, size=None, italic=False, align=None, color=None, space_after=4):
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
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, space_after=4):
    """parts: list of (text, bold) tuples in one paragraph."""
    p = d.add_paragraph()
    for text, bold in parts:
        r = p.add_run(text)
        r.bold = bold
    p.paragraph_format.space_after = Pt(space_after)
    return p


def table(d, rows, header=True, widths=None, fill='D9D9D9', size=None, style='Table Grid'):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, '' if val is None else val, bold=(header and i == 0), size=size)
            if header and i == 0 and fill:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def header_footer(d, header_text, footer_text, size=8):
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = header_text
    for r in hp.runs:
        r.font.size = Pt(size)
    fp = s.footer.paragraphs[0]
    fp.text = footer_text
    for r in fp.runs:
        r.font.size = Pt(size)


# ---------------------------------------------------------------- PDF helpers
from reportlab.lib.pagesizes import A4, landscape as rl_landscape
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                KeepTogether)

_ss = getSampleStyleSheet()
BODY = ParagraphStyle('zaBody', parent=_ss['Normal'], fontName='Helvetica', fontSize=9, leading=11.5)
SMALL = ParagraphStyle('zaSmall', parent=BODY, fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))
BOLD = ParagraphStyle('zaBold', parent=BODY, fontName='Helvetica-Bold')
H1 = ParagraphStyle('zaH1', parent=BODY, fontName='Helvetica-Bold', fontSize=14, leading=17, spaceAfter=6)
H2 = ParagraphStyle('zaH2', parent=BODY, fontName='Helvetica-Bold', fontSize=11, leading=14, spaceBefore=6,
                    spaceAfter=4)


def P(text, style=BODY):
    return Paragraph(str(text).replace('&', '&amp;').replace('\n', '<br/>'), style)


def PB(text):
    return P(text, BOLD)


def grid(rows, widths, header=True, fill='#D9D9D9', style=BODY, extra=None):
    data = [[c if not isinstance(c, str) else P(c, BOLD if (header and i == 0) else style) for c in row]
            for i, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [('GRID', (0, 0), (-1, -1), 0.5, colors.black),
            ('VALIGN', (0, 0), (-1, -1), 'TOP'),
            ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3)]
    if header and fill:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if extra:
        cmds += extra
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, header, footer, land=False, margins=1.6 * cm):
    size = rl_landscape(A4) if land else A4

    def deco(canv, doc):
        canv.saveState()
        canv.setFont('Helvetica', 7)
        w, h = size
        canv.drawString(margins, h - 0.9 * cm, header)
        canv.drawString(margins, 0.8 * cm, f'{footer}    Page {doc.page}')
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=margins, rightMargin=margins,
                            topMargin=margins + 0.2 * cm, bottomMargin=margins)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
