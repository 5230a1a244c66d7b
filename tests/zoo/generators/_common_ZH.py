"""Shared helpers for zoo ZH generators (fictional data only)."""
import json, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, NOTICK = '\u2612', '\u2610'


def write_truth(out_dir, stem, fname, truth):
    t = dict(truth)
    t['layout'] = stem
    t['file'] = fname
    with open(os.path.join(out_dir, fname.rsplit('.', 1)[0] + '.truth.json'), 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)


def new_doc(header=None, footer=None, font='Arial', size=10):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    s = d.sections[0]
    if header:
        s.header.paragraphs[0].text = header
    if footer:
        s.footer.paragraphs[0].text = footer
    return d


def table(d, rows, widths=None, header_fill=None, bold_first_col=False, style='Table Grid'):
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = '' if v is None else str(v)
            if (header_fill and i == 0):
                shade(c, header_fill)
                for p in c.paragraphs:
                    for run in p.runs:
                        run.bold = True
            if bold_first_col and j == 0:
                for p in c.paragraphs:
                    for run in p.runs:
                        run.bold = True
    return t


def heading(d, text, size=12, color=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def small(d, text, size=8):
    p = d.add_paragraph()
    r = p.add_run(text); r.italic = True; r.font.size = Pt(size)
    return p


# ---------- reportlab helpers ----------
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.units import mm

_ss = getSampleStyleSheet()
P = ParagraphStyle('zhp', parent=_ss['Normal'], fontName='Helvetica', fontSize=8.5, leading=10.5)
PB = ParagraphStyle('zhpb', parent=P, fontName='Helvetica-Bold')
PS = ParagraphStyle('zhps', parent=P, fontSize=6.5, leading=8, textColor=colors.grey)
PW = ParagraphStyle('zhpw', parent=PB, textColor=colors.white, fontSize=10, leading=12)


def para(t, st=P):
    from xml.sax.saxutils import escape
    return Paragraph(escape(str(t)), st)


def grid(rows, widths, head=None, head_fill=colors.HexColor('#DDDDDD'), first_col_fill=None):
    data = [[c if not isinstance(c, str) else para(c, PB if (head and i == 0) else P) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    st = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if head:
        st.append(('BACKGROUND', (0, 0), (-1, 0), head_fill))
    if first_col_fill:
        st.append(('BACKGROUND', (0, 0), (0, -1), first_col_fill))
    t.setStyle(TableStyle(st))
    return t


def banner(text, fill):
    t = Table([[para(text, PW)]], colWidths=[180 * mm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), fill), ('BOX', (0, 0), (-1, -1), 0.5, colors.black)]))
    return t
