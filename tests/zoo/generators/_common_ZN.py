"""Shared helpers for zoo ZN generators (fictional PEPs)."""
import json, os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, stem, ext, **kw):
    truth = {'layout': stem.rsplit('-', 1)[0], 'file': f'{stem}.{ext}'}
    truth.update(kw)
    with open(os.path.join(out_dir, f'{stem}.truth.json'), 'w') as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)


# ---------- DOCX ----------
def new_doc(font='Arial', size=10):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
        s.top_margin = s.bottom_margin = Cm(1.5)
    return d


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), hexcol)
    tcPr.append(sh)


def para(d, text='', bold=False, size=None, color=None, italic=False, align=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, bold=False, size=None, color=None, fill=None, italic=False):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if fill: shade(cell, fill)


def table(d, rows, widths=None, header_fill=None, style='Table Grid', bold_first_col=False, size=None):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            hdr = header_fill is not None and i == 0
            cell_text(c, v, bold=hdr or (bold_first_col and j == 0), size=size, fill=header_fill if hdr else None)
    if widths:
        for r in t.rows:
            for j, w in enumerate(widths):
                if j < len(r.cells): r.cells[j].width = Cm(w)
    return t


def content_box(cell_or_par_owner, text, placeholder='Click or tap here to enter text.'):
    """Fill a cell like a content control: grey placeholder when empty."""
    if text:
        cell_text(cell_or_par_owner, text)
    else:
        cell_text(cell_or_par_owner, placeholder, color='808080', italic=True)


def header_footer(d, header, footer):
    for s in d.sections:
        s.header.paragraphs[0].text = header
        s.footer.paragraphs[0].text = footer


# ---------- PDF ----------
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.units import cm

_ss = getSampleStyleSheet()
BODY = ParagraphStyle('b', parent=_ss['Normal'], fontName='Helvetica', fontSize=9, leading=11.5)
SMALL = ParagraphStyle('s', parent=BODY, fontSize=7, leading=8.5, textColor=colors.HexColor('#444444'))
BOLD = ParagraphStyle('bb', parent=BODY, fontName='Helvetica-Bold')
H1 = ParagraphStyle('h1', parent=BODY, fontName='Helvetica-Bold', fontSize=14, leading=17, spaceAfter=6)
H2 = ParagraphStyle('h2', parent=BODY, fontName='Helvetica-Bold', fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)


def P(t, st=BODY):
    return Paragraph(t.replace('&', '&amp;') if '<' not in t else t, st)


def grid(rows, widths, head=True, fill='#D9E2F3', st=BODY, extra=None):
    data = [[c if not isinstance(c, str) else P(c, BOLD if (head and i == 0) else st) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=0)
    s = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if head:
        s.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if extra:
        s += extra
    t.setStyle(TableStyle(s))
    return t


def build_pdf(path, story, pagesize=A4, header='', footer=''):
    def deco(c, doc):
        c.saveState()
        c.setFont('Helvetica', 7)
        w, h = pagesize
        if header:
            c.drawString(1.5 * cm, h - 1 * cm, header)
        c.drawString(1.5 * cm, 0.8 * cm, footer)
        c.drawRightString(w - 1.5 * cm, 0.8 * cm, f'Page {doc.page}')
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.5 * cm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------- PDF with DejaVu (tick glyphs) and mixed portrait/landscape ----------
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, NextPageTemplate

_DV = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', _DV + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', _DV + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', _DV + 'DejaVuSans-Oblique.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB'); addMapping('DV', 0, 1, 'DVI'); addMapping('DV', 1, 1, 'DVB')
DVB_ = ParagraphStyle('dv', parent=BODY, fontName='DV', fontSize=8.5, leading=11)
DVBOLD = ParagraphStyle('dvb', parent=DVB_, fontName='DVB')
DVSMALL = ParagraphStyle('dvs', parent=DVB_, fontSize=6.5, leading=8, textColor=colors.HexColor('#555555'))
DVH1 = ParagraphStyle('dvh1', parent=DVB_, fontName='DVB', fontSize=14, leading=17, spaceAfter=6)
DVH2 = ParagraphStyle('dvh2', parent=DVB_, fontName='DVB', fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4)


def dgrid(rows, widths, head=True, fill='#E7E6E6', st=None, extra=None, bold_first_col=False):
    st = st or DVB_
    data = []
    for i, r in enumerate(rows):
        data.append([c if not isinstance(c, str) else
                     Paragraph(c.replace('&', '&amp;').replace('\n', '<br/>'), DVBOLD if ((head and i == 0) or (bold_first_col and j == 0)) else st)
                     for j, c in enumerate(r)])
    t = Table(data, colWidths=widths)
    s = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if head:
        s.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if extra:
        s += extra
    t.setStyle(TableStyle(s))
    return t


def build_pdf_mixed(path, story, header='', footer=''):
    """story may contain NextPageTemplate('L') / NextPageTemplate('P') + PageBreak()."""
    def deco(c, doc):
        c.saveState()
        c.setFont('DV', 6.5)
        w, h = doc.pagesize if hasattr(doc, 'pagesize') else A4
        w, h = c._pagesize
        if header:
            c.drawString(1.5 * cm, h - 0.9 * cm, header)
        c.drawString(1.5 * cm, 0.7 * cm, footer)
        c.drawRightString(w - 1.5 * cm, 0.7 * cm, f'Page {doc.page}')
        c.restoreState()

    pw, ph = A4
    lw, lh = landscape(A4)
    m = 1.5 * cm

    def setp(size):
        def f(c, doc):
            c.setPageSize(size)
        return f
    tp = PageTemplate('P', [Frame(m, m, pw - 2 * m, ph - 2 * m - 0.2 * cm)], onPage=deco, pagesize=A4)
    tl = PageTemplate('L', [Frame(m, m, lw - 2 * m, lh - 2 * m - 0.2 * cm)], onPage=deco, pagesize=landscape(A4))
    doc = BaseDocTemplate(path, pagesize=A4, pageTemplates=[tp, tl])
    doc.build(story)
