"""Shared helpers for zoo ZI generators (fictional data only)."""
import json, os, sys

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak)

TICK, BOX = '\u2612', '\u2610'

KEYS = ('layout', 'file', 'inspired_by', 'quirks', 'child_name', 'child_first_name', 'school', 'year_group',
        'meeting_date', 'completed_date', 'attendance_percent', 'pupil_voice', 'targets', 'english_target',
        'maths_target', 'pp_spend', 'pp_requested')


def write_truth(out_dir, fname, truth):
    truth = dict(truth)
    truth['file'] = fname
    missing = [k for k in KEYS if k not in truth]
    assert not missing, missing
    stem = fname.rsplit('.', 1)[0]
    with open(os.path.join(out_dir, stem + '.truth.json'), 'w') as f:
        json.dump({k: truth[k] for k in KEYS}, f, indent=2, ensure_ascii=False)


def tick(b):
    return TICK if b else BOX


# ---------------- DOCX ----------------
def new_docx(font='Arial', size=10):
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


def para(d, text, bold=False, size=None, italic=False, color=None, align=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'center': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return cell


def table(d, rows, header=True, fill='D9D9D9', widths=None, size=None, style='Table Grid'):
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for i, row in enumerate(rows):
        for j in range(ncol):
            v = row[j] if j < len(row) else ''
            c = t.cell(i, j)
            cell_text(c, v, bold=(header and i == 0), size=size)
            if header and i == 0 and fill:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def kv_table(d, pairs, fill='EDEDED', widths=(5.5, 11.5), size=None):
    t = table(d, [list(p) for p in pairs], header=False, widths=widths, size=size)
    for i in range(len(pairs)):
        shade(t.cell(i, 0), fill)
        for r in t.cell(i, 0).paragraphs[0].runs:
            r.bold = True
    return t


def header_footer(d, head, foot):
    for s in d.sections:
        s.header.paragraphs[0].text = head
        s.footer.paragraphs[0].text = foot


# ---------------- PDF ----------------
SS = getSampleStyleSheet()
P = ParagraphStyle('zi_body', parent=SS['Normal'], fontName='Helvetica', fontSize=9, leading=11)
PS = ParagraphStyle('zi_small', parent=P, fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))
PB = ParagraphStyle('zi_bold', parent=P, fontName='Helvetica-Bold')
H1 = ParagraphStyle('zi_h1', parent=P, fontName='Helvetica-Bold', fontSize=14, leading=17, spaceAfter=6)
H2 = ParagraphStyle('zi_h2', parent=P, fontName='Helvetica-Bold', fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def cellp(v, style=P):
    if isinstance(v, str):
        return Paragraph(esc(v).replace('\n', '<br/>'), style)
    return v


def ptable(rows, widths, header=True, fill='#D9D9D9', style=P, hstyle=PB, extra=()):
    data = []
    for i, r in enumerate(rows):
        data.append([cellp(v, hstyle if (header and i == 0) else style) for v in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if header:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    cmds += list(extra)
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, pagesize=A4, head='', foot=''):
    def deco(c, doc):
        c.saveState()
        c.setFont('Helvetica', 7)
        w, h = pagesize
        if head:
            c.drawString(1.5 * cm, h - 1 * cm, head)
        c.drawString(1.5 * cm, 0.8 * cm, foot + f'   Page {doc.page}')
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.5 * cm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def main(build):
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(out, exist_ok=True)
    build(out)
