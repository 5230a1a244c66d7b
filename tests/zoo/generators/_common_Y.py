"""Shared helpers for zoo-Y generators (fictional PEP test documents)."""
import json, os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

FONT_DIR = '/usr/share/fonts/truetype/dejavu'
_fonts_done = False


def write_truth(out_dir, layout, fname, inspired_by, quirks, **kw):
    truth = {'layout': layout, 'file': fname, 'inspired_by': inspired_by, 'quirks': quirks}
    keys = ['child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
            'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend',
            'pp_requested']
    for k in keys:
        truth[k] = kw[k]
    stem = fname.rsplit('.', 1)[0]
    with open(os.path.join(out_dir, stem + '.truth.json'), 'w') as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)


# ---------------- DOCX ----------------
def new_doc(font='Calibri', size=10):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
        s.top_margin = s.bottom_margin = Cm(1.6)
    return d


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcolour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, colour=None, italic=False):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if colour: r.font.color.rgb = RGBColor.from_string(colour)
    return cell


def table(doc_or_cell, rows, widths=None, style='Table Grid', header_fill=None, bold_first_col=False, size=None):
    t = doc_or_cell.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            cell_text(c, v, bold=(header_fill is not None and i == 0) or (bold_first_col and j == 0), size=size)
            if header_fill and i == 0:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def heading(doc, text, size=13, colour='1F3864', bold=True, align=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(colour)
    p.paragraph_format.space_before = Pt(space_before)
    if align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def para(doc, text, bold=False, italic=False, size=None, colour=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if colour: r.font.color.rgb = RGBColor.from_string(colour)
    return p


def header_footer(doc, header, footer):
    for s in doc.sections:
        s.header.paragraphs[0].text = header
        s.footer.paragraphs[0].text = footer
        for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
            for r in p.runs:
                r.font.size = Pt(8)


# ---------------- PDF ----------------
def pdf_fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DV', os.path.join(FONT_DIR, 'DejaVuSans.ttf')))
    pdfmetrics.registerFont(TTFont('DV-B', os.path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')))
    pdfmetrics.registerFont(TTFont('DV-I', os.path.join(FONT_DIR, 'DejaVuSans-Oblique.ttf')))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily('DV', normal='DV', bold='DV-B', italic='DV-I', boldItalic='DV-B')
    _fonts_done = True


def styles():
    pdf_fonts()
    from reportlab.lib.styles import ParagraphStyle
    base = ParagraphStyle('b', fontName='DV', fontSize=9, leading=11.5)
    return {
        'body': base,
        'small': ParagraphStyle('s', parent=base, fontSize=7, leading=8.5),
        'bold': ParagraphStyle('bo', parent=base, fontName='DV-B'),
        'h1': ParagraphStyle('h1', parent=base, fontName='DV-B', fontSize=15, leading=19, spaceAfter=6),
        'h2': ParagraphStyle('h2', parent=base, fontName='DV-B', fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=4),
        'h3': ParagraphStyle('h3', parent=base, fontName='DV-B', fontSize=9.5, leading=12, spaceBefore=5, spaceAfter=2),
    }


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def ptable(rows, widths, st, header=True, fill='#D9E2F3', font_size=None, first_col_fill=None):
    """Grid table of Paragraph cells (grid lines so pdfplumber finds cells)."""
    from reportlab.platypus import Table, TableStyle, Paragraph
    from reportlab.lib import colors
    body = st['body'] if font_size is None else st['small']
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(esc(v).replace('\n', '<br/>') if isinstance(v, str) else '', st['bold'] if (header and i == 0) else body)
                     if isinstance(v, str) else v for v in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if header:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(fill)))
    if first_col_fill:
        cmds.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor(first_col_fill)))
    t.setStyle(TableStyle(cmds))
    return t
