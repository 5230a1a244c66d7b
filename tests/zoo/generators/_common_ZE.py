"""Shared helpers for zoo ZE generators (fictional PEP layouts)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, stem, ext, inspired, quirks, **kw):
    t = {"layout": stem, "file": f"{stem}-{kw.pop('n')}.{ext}", "inspired_by": inspired, "quirks": quirks}
    keys = ['child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
            'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend', 'pp_requested']
    for k in keys:
        t[k] = kw[k]
    path = os.path.join(out_dir, t['file'].rsplit('.', 1)[0] + '.truth.json')
    with open(path, 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)


# ---------- DOCX ----------
def new_doc(font='Arial', size=10, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.5)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    return d


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), hexcol)
    tcPr.append(sh)


def para(d, text='', bold=False, size=None, italic=False, align=None, color=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)


def table(d, rows, header_fill=None, widths=None, bold_first_col=False, size=None):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = 'Table Grid'
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            cell_text(c, v, bold=(i == 0 and header_fill is not None) or (j == 0 and bold_first_col), size=size)
            if i == 0 and header_fill: shade(c, header_fill)
            if widths: c.width = Cm(widths[j])
    d.add_paragraph()
    return t


def header_footer(d, head, foot):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot


# ---------- PDF ----------
from reportlab.lib.pagesizes import A4, landscape as _land
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.units import cm

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
_ss = getSampleStyleSheet()
P_N = ParagraphStyle('n', parent=_ss['Normal'], fontName='DV', fontSize=9, leading=11)
P_S = ParagraphStyle('s', parent=P_N, fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))
P_B = ParagraphStyle('b', parent=P_N, fontName='DVB')
P_H = ParagraphStyle('h', parent=P_N, fontName='DVB', fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
P_T = ParagraphStyle('t', parent=P_N, fontName='DVB', fontSize=16, leading=20, spaceAfter=6)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def P(text, style=P_N):
    return Paragraph(esc(text).replace('\n', '<br/>'), style)


def ptable(rows, widths, head=True, fill='#D9E2F3', style=P_N, extra=None):
    data = [[c if not isinstance(c, str) else P(c, P_B if (head and i == 0) else style) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    cmds = [('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if head: cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if extra: cmds += extra
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, head='', foot='', land=False):
    size = _land(A4) if land else A4

    def deco(c, doc):
        c.saveState(); c.setFont('DV', 7); c.setFillColor(colors.grey)
        w, h = size
        if head: c.drawString(1.5 * cm, h - 1.0 * cm, head)
        c.drawString(1.5 * cm, 0.8 * cm, foot + f'   Page {doc.page}')
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.5 * cm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
