"""Shared helpers for zoo X generators (fictional PEP layouts)."""
import json, os, sys
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
from xml.sax.saxutils import escape

SS = getSampleStyleSheet()
BODY = ParagraphStyle('bodyX', parent=SS['Normal'], fontName='Helvetica', fontSize=9.5, leading=12)
SMALL = ParagraphStyle('smallX', parent=BODY, fontSize=8, leading=10)
H1 = ParagraphStyle('h1X', parent=SS['Heading1'], fontName='Helvetica-Bold', fontSize=15, leading=18)
H2 = ParagraphStyle('h2X', parent=SS['Heading2'], fontName='Helvetica-Bold', fontSize=11.5, leading=14,
                    spaceBefore=8, spaceAfter=4)
H3 = ParagraphStyle('h3X', parent=BODY, fontName='Helvetica-Bold', fontSize=10, leading=12, spaceBefore=4)


def P(text, style=BODY):
    """Paragraph from plain text (escaped); '\n' becomes a line break."""
    return Paragraph(escape(text).replace('\n', '<br/>'), style)


def PM(markup, style=BODY):
    """Paragraph from reportlab markup (caller escapes)."""
    return Paragraph(markup, style)


def ptable(rows, widths=None, header=True, grid=True, style=BODY, bg=colors.HexColor('#dde6f0'), extra=None):
    data = [[c if not isinstance(c, str) else P(c, style) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    st = [('VALIGN', (0, 0), (-1, -1), 'TOP'),
          ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3)]
    if grid:
        st.append(('GRID', (0, 0), (-1, -1), 0.5, colors.grey))
    if header:
        st.append(('BACKGROUND', (0, 0), (-1, 0), bg))
    if extra:
        st += extra
    t.setStyle(TableStyle(st))
    return t


def build_pdf(path, story, header=None, footer=None, land=False, margins=1.6):
    size = landscape(A4) if land else A4
    from reportlab.lib.units import cm

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont('Helvetica', 7.5)
        if header:
            canvas.drawString(1.6 * cm, size[1] - 1.0 * cm, header)
        if footer:
            canvas.drawString(1.6 * cm, 0.8 * cm, footer.replace('{page}', str(doc.page)))
        canvas.restoreState()
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=margins * cm, rightMargin=margins * cm,
                            topMargin=1.7 * cm, bottomMargin=1.6 * cm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------- docx -----------------
def new_doc(font='Arial', size=10):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(doc, text, bold=False, italic=False, size=None, color=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(doc, parts):
    """parts: list of (text, bold) tuples in one paragraph."""
    p = doc.add_paragraph()
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    return p


def dtable(doc, rows, header=True, style='Table Grid', bold_first_col=False, widths=None):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ''
            lines = str(v).split('\n')
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                run = p.add_run(line)
                if (header and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
    if widths:
        for i, w in enumerate(widths):
            for c in t.columns[i].cells:
                c.width = Cm(w)
    doc.add_paragraph()
    return t


def set_header_footer(doc, header=None, footer=None):
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer


# ---------------- truth -----------------
def write_truth(out_dir, layout, fname, inspired, quirks, t):
    truth = {"layout": layout, "file": fname, "inspired_by": inspired, "quirks": quirks}
    keys = ["child_name", "child_first_name", "school", "year_group", "meeting_date", "completed_date",
            "attendance_percent", "pupil_voice", "targets", "english_target", "maths_target", "pp_spend",
            "pp_requested"]
    for k in keys:
        truth[k] = t.get(k)
    if truth["pupil_voice"] is None:
        truth["pupil_voice"] = []
    if truth["targets"] is None:
        truth["targets"] = []
    if truth["pp_spend"] is None:
        truth["pp_spend"] = []
    stem = os.path.splitext(fname)[0]
    with open(os.path.join(out_dir, stem + '.truth.json'), 'w') as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)


def main(build):
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(out, exist_ok=True)
    build(out)
