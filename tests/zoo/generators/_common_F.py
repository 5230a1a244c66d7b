"""Shared helpers for zoo F generators (truth files, HTML->PDF, python-docx bits)."""
import html as _html
import json
import os
import sys
from pathlib import Path

TRUTH_KEYS = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name",
              "school", "year_group", "meeting_date", "completed_date", "attendance_percent",
              "pupil_voice", "targets", "english_target", "maths_target", "pp_spend",
              "pp_requested"]


def write_truth(out_dir, truth):
    missing = [k for k in TRUTH_KEYS if k not in truth]
    if missing:
        raise ValueError(f"truth for {truth.get('file')} lacks {missing}")
    ordered = {k: truth[k] for k in TRUTH_KEYS}
    stem = Path(truth["file"]).stem
    with open(Path(out_dir) / f"{stem}.truth.json", "w", encoding="utf-8") as fh:
        json.dump(ordered, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def e(s):
    """HTML-escape (None -> empty)."""
    return "" if s is None else _html.escape(str(s))


BASE_CSS = """
* { font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #111; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }
td, th { border: 0.7pt solid #444; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #e4e4e4; }
tr, .keep { page-break-inside: avoid; break-inside: avoid; }
"""


def pdf_from_html(body_html, path, css="", page_css="@page { size: A4; margin: 16mm 14mm; }"):
    from weasyprint import HTML
    doc = f"<html><head><meta charset='utf-8'><style>{page_css}{BASE_CSS}{css}</style></head><body>{body_html}</body></html>"
    HTML(string=doc, base_url="/nonexistent/").write_pdf(str(path))


def money(x, pence=True):
    if x is None:
        return ""
    return f"£{x:,.2f}" if pence else f"£{x:,.0f}"


# ---------------------------------------------------------------- python-docx helpers
def shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None, font=None, color=None, fill=None):
    """Replace a cell's text; '\n' in text starts new paragraphs inside the cell."""
    from docx.shared import Pt, RGBColor
    cell.text = ""
    lines = str(text).split("\n") if text is not None else [""]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if fill:
        shade(cell, fill)
    return cell


def grid(doc_or_cell, rows, widths=None, header_fill=None, bold_first_col=False, size=None,
         style="Table Grid", label_fill=None):
    """Add a table of strings. rows: list of lists. Returns the table."""
    from docx.shared import Cm
    ncols = max(len(r) for r in rows)
    t = doc_or_cell.add_table(rows=len(rows), cols=ncols)
    t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            is_head = header_fill is not None and i == 0
            is_label = bold_first_col and j == 0
            set_cell(t.cell(i, j), val, bold=is_head or is_label, size=size,
                     fill=header_fill if is_head else (label_fill if is_label else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def para(doc, text, bold=False, italic=False, size=None, font=None, color=None, style=None, align=None):
    from docx.shared import Pt, RGBColor
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    return p


def run_main(build):
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    build(out)
    print("built into", out)


def import_common():
    """Let generators be run standalone from any cwd."""
    here = os.path.dirname(os.path.abspath(__file__))
    if here not in sys.path:
        sys.path.insert(0, here)
