"""Shared helpers for zoo ZJ layouts."""
import json, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, stem, ext, inspired, quirks, **kw):
    t = {"layout": stem, "file": f"{stem}-{kw.pop('n')}.{ext}", "inspired_by": inspired, "quirks": quirks}
    keys = ['child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
            'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend', 'pp_requested']
    for k in keys:
        t[k] = kw[k]
    with open(os.path.join(out_dir, t['file'][:-len(ext) - 1] + '.truth.json'), 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexcol)
    tcPr.append(s)


def new_doc(font='Arial', size=10):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    return d


def table(d, rows, style='Table Grid', head=None, bold_first_col=False):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j); c.text = ''
            lines = str(v).split('\n')
            p = c.paragraphs[0]
            for k, ln in enumerate(lines):
                if k: p = c.add_paragraph()
                run = p.add_run(ln)
                if (head is not None and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
            if head is not None and i == 0:
                shade(c, head)
    return t


def para(d, text, bold=False, size=None, italic=False, colour=None):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if colour: r.font.color.rgb = RGBColor.from_string(colour)
    return p


def tick(b):
    return TICK if b else BOX


# ---- reportlab helpers ----
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

_ss = getSampleStyleSheet()
PS = ParagraphStyle('zjn', parent=_ss['Normal'], fontName='Helvetica', fontSize=9, leading=11)
PSS = ParagraphStyle('zjs', parent=PS, fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))
PH = ParagraphStyle('zjh', parent=PS, fontName='Helvetica-Bold', fontSize=12, leading=15, spaceBefore=6, spaceAfter=3)
PT = ParagraphStyle('zjt', parent=PS, fontName='Helvetica-Bold', fontSize=16, leading=19)


def P(t, st=PS):
    return Paragraph(t, st)


def ptable(rows, widths, head=None, grid=0.5, label_col=False):
    data = [[P(str(c)) if isinstance(c, str) else c for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    st = [('GRID', (0, 0), (-1, -1), grid, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if head:
        st.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(head)))
    if label_col:
        st.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#EEEEEE')))
    t.setStyle(TableStyle(st))
    return t
