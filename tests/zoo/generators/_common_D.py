"""Shared helpers for zoo D generators (docx / pdf writing, truth files)."""
import json, os, sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH


def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    return d


def para(d, text, bold=False, italic=False, size=None, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, rows, bold_first_row=False, bold_first_col=False, style="Table Grid"):
    ncols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = style
    for i, r in enumerate(rows):
        for j in range(ncols):
            val = r[j] if j < len(r) else ""
            cell = t.cell(i, j)
            cell.text = ""
            lines = str(val).split("\n")
            p = cell.paragraphs[0]
            for k, ln in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                run = p.add_run(ln)
                if (bold_first_row and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
    d.add_paragraph()
    return t


def html_pdf(html, path, css=""):
    from weasyprint import HTML
    base = """
    @page { size: A4; margin: 1.6cm; }
    body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }
    td, th { border: 0.6pt solid #444; padding: 3pt 4pt; vertical-align: top; text-align: left; }
    th { background: #e4e4e4; }
    h1 { font-size: 15pt; } h2 { font-size: 12pt; margin: 10pt 0 4pt 0; } h3 { font-size: 10.5pt; }
    """
    HTML(string="<html><head><meta charset='utf-8'><style>" + base + css + "</style></head><body>"
         + html + "</body></html>").write_pdf(path)


def esc(s):
    """HTML-escape; keep hyphenated words on one line so PDF cells never split them."""
    import re
    s = str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"(\S*\w-\w\S*)", r"<span style='white-space:nowrap'>\1</span>", s)
    return s.replace("\n", "<br/>")


def write_truth(out_dir, fname, truth):
    stem = fname.rsplit(".", 1)[0]
    t = dict(truth)
    t["file"] = fname
    t.setdefault("layout", stem.rsplit("-", 1)[0])
    order = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school",
             "year_group", "meeting_date", "completed_date", "attendance_percent", "pupil_voice",
             "targets", "english_target", "maths_target", "pp_spend", "pp_requested"]
    t = {k: t.get(k) for k in order}
    with open(os.path.join(out_dir, stem + ".truth.json"), "w") as f:
        json.dump(t, f, indent=2, ensure_ascii=False)


def main(build):
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    build(out)
