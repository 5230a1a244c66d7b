"""Shared helpers for zoo ZR generators (fictional data only)."""
import json, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, stem, ext, inspired, quirks, **kw):
    t = {"layout": stem, "file": f"{stem}-{kw.pop('n')}.{ext}", "inspired_by": inspired, "quirks": quirks}
    for k in ('child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
              'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend',
              'pp_requested'):
        t[k] = kw[k]
    with open(os.path.join(out_dir, t['file'].rsplit('.', 1)[0] + '.truth.json'), 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), hexcol)
    tcPr.append(s)


def dtable(doc, rows, header=True, fill='D9E2F3', style='Table Grid'):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j); c.text = '' if v is None else str(v)
            if header and i == 0:
                shade(c, fill)
                for p in c.paragraphs:
                    for run in p.runs: run.bold = True
    return t


def new_doc(header_text=None, footer_text=None, size=10):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(size)
    s = d.sections[0]
    if header_text: s.header.paragraphs[0].text = header_text
    if footer_text: s.footer.paragraphs[0].text = footer_text
    return d


from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
_FD = '/usr/share/fonts/truetype/dejavu/'
try:
    pdfmetrics.registerFont(TTFont('DV', _FD + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DVB', _FD + 'DejaVuSans-Bold.ttf'))
    FONT, FONTB = 'DV', 'DVB'
except Exception:
    FONT, FONTB = 'Helvetica', 'Helvetica-Bold'


def styles():
    ss = getSampleStyleSheet()
    b = ParagraphStyle('b', parent=ss['Normal'], fontName=FONT, fontSize=9, leading=11)
    return {'b': b, 'h1': ParagraphStyle('h1', parent=b, fontName=FONTB, fontSize=14, leading=17, spaceAfter=6),
            'h2': ParagraphStyle('h2', parent=b, fontName=FONTB, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
            'small': ParagraphStyle('s', parent=b, fontSize=7, leading=8.5, textColor=colors.grey)}


def ptable(data, widths, st, head=True, grid=0.5):
    P = lambda v: Paragraph('' if v is None else str(v), st['b'])
    t = Table([[P(c) for c in r] for r in data], colWidths=widths, repeatRows=1 if head else 0)
    cmds = [('GRID', (0, 0), (-1, -1), grid, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if head: cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DDDDDD')))
    t.setStyle(TableStyle(cmds)); return t
