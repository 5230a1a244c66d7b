"""Shared helpers for zoo ZK generators (fictional PEPs)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TICK, BOX = '\u2612', '\u2610'


def write_truth(out_dir, stem, ext, inspired, quirks, **kw):
    t = {'layout': stem.rsplit('-', 1)[0], 'file': f'{stem}.{ext}', 'inspired_by': inspired, 'quirks': quirks}
    for k in ('child_name', 'child_first_name', 'school', 'year_group', 'meeting_date', 'completed_date',
              'attendance_percent', 'pupil_voice', 'targets', 'english_target', 'maths_target', 'pp_spend',
              'pp_requested'):
        t[k] = kw[k]
    with open(os.path.join(out_dir, f'{stem}.truth.json'), 'w') as f:
        json.dump(t, f, indent=2, ensure_ascii=False)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)


def new_doc(font='Arial', size=10):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    return d


def table(d, rows, widths=None, header=False, fill='D9D9D9', style='Table Grid'):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = '' if v is None else str(v)
            if header and i == 0:
                shade(c, fill)
                for p in c.paragraphs:
                    for run in p.runs:
                        run.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def para(d, text, bold=False, size=None, italic=False, align=None, color=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def boxed(d, text, shade_hex='F2F2F2'):
    """A content-control-like single-cell box."""
    t = d.add_table(rows=1, cols=1); t.style = 'Table Grid'
    t.cell(0, 0).text = text
    shade(t.cell(0, 0), shade_hex)
    return t
