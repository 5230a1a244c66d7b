"""Shared helpers for zoo G generators (fictional PEPs only)."""
import json
import os
import sys

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

TRUTH_KEYS = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school",
              "year_group", "meeting_date", "completed_date", "attendance_percent", "pupil_voice",
              "targets", "english_target", "maths_target", "pp_spend", "pp_requested"]


def write_truth(out_dir, stem, ext, layout, inspired_by, quirks, truth):
    data = {"layout": layout, "file": f"{stem}.{ext}", "inspired_by": inspired_by, "quirks": quirks}
    data.update(truth)
    missing = [k for k in TRUTH_KEYS if k not in data]
    if missing:
        raise ValueError(f"truth for {stem} lacks {missing}")
    data = {k: data[k] for k in TRUTH_KEYS}
    with open(os.path.join(out_dir, f"{stem}.truth.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def html_to_pdf(html, path):
    from weasyprint import HTML
    HTML(string=html).write_pdf(path)


def esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Pt(50)
        s.top_margin = s.bottom_margin = Pt(45)
    return doc


def shade(cell, hex_fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def cell_text(cell, text, bold=False, size=None, color=None, italic=False, font=None, highlight=False):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = str(text).split("\n")
    cell.text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        if highlight:
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return cell


def table(doc_or_cell, rows, style="Table Grid", header_fill=None, bold_first_col=False, size=None):
    """rows: list of lists of strings. Returns the table."""
    ncols = max(len(r) for r in rows)
    t = doc_or_cell.add_table(rows=len(rows), cols=ncols)
    t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            c = t.cell(i, j)
            bold = (header_fill is not None and i == 0) or (bold_first_col and j == 0)
            cell_text(c, val, bold=bold, size=size)
            if header_fill is not None and i == 0:
                shade(c, header_fill)
    return t


def bar(doc, text, fill="1F4E79", color="FFFFFF", size=11):
    """A full-width shaded heading bar (one-cell table)."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    cell_text(c, text, bold=True, color=color, size=size)
    shade(c, fill)
    return t


def para(doc, text, bold=False, size=None, italic=False, color=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    return p


def main(build):
    out = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
    os.makedirs(out, exist_ok=True)
    build(out)
