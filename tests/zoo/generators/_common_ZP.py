"""Shared helpers for zoo ZP generators."""
import json, os, sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

BOX_ON, BOX_OFF = '\u2612', '\u2610'


def tick(on):
    return BOX_ON if on else BOX_OFF


def write_truth(out_dir, fname, truth):
    stem = fname.rsplit('.', 1)[0]
    with open(os.path.join(out_dir, stem + '.truth.json'), 'w') as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)


def new_doc(font='Arial', size=10):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font; st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2); s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def para(d, text, bold=False, size=None, italic=False, color=None, align=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align is not None: p.alignment = align
    return p


def table(d, rows, widths=None, header_fill=None, style='Table Grid', bold_first_col=False):
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            lines = str(v).split('\n')
            c.paragraphs[0].text = ''
            run = c.paragraphs[0].add_run(lines[0])
            if (i == 0 and header_fill) or (j == 0 and bold_first_col):
                run.bold = True
            for ln in lines[1:]:
                c.add_paragraph(ln)
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def hf(d, header=None, footer=None):
    s = d.sections[0]
    if header:
        s.header.paragraphs[0].text = header
    if footer:
        s.footer.paragraphs[0].text = footer


def main_for(build):
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(out, exist_ok=True)
    build(out)
