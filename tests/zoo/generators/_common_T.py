"""Shared helpers for zoo T generators (all data fictional)."""
import json, os, datetime as _dt
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def D(iso):
    return _dt.date.fromisoformat(iso)


def fmt(iso, style="long"):
    d = D(iso)
    if style == "long":      # 14 October 2026
        return f"{d.day} {d.strftime('%B %Y')}"
    if style == "slash":     # 14/10/2026
        return d.strftime("%d/%m/%Y")
    if style == "short":     # 14/10/26
        return d.strftime("%d/%m/%y")
    if style == "dots":      # 14.10.2026
        return d.strftime("%d.%m.%Y")
    if style == "day":       # Wednesday 14th October 2026
        n = d.day
        suf = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{d.strftime('%A')} {n}{suf} {d.strftime('%B %Y')}"
    if style == "mon":       # 14-Oct-2026
        return f"{d.day:02d}-{d.strftime('%b-%Y')}"
    if style == "iso":
        return iso
    raise ValueError(style)


def write_truth(out_dir, layout, n, ext, inspired, quirks, **f):
    fname = f"{layout}-{n}.{ext}"
    t = {"layout": layout, "file": fname, "inspired_by": inspired, "quirks": quirks}
    keys = ["child_name", "child_first_name", "school", "year_group", "meeting_date", "completed_date",
            "attendance_percent", "pupil_voice", "targets", "english_target", "maths_target", "pp_spend",
            "pp_requested"]
    for k in keys:
        t[k] = f.get(k)
    for k in ("pupil_voice", "targets", "pp_spend"):
        if t[k] is None:
            t[k] = []
    for k in ("english_target", "maths_target"):
        t[k] = bool(t[k])
    with open(os.path.join(out_dir, f"{layout}-{n}.truth.json"), "w") as fh:
        json.dump(t, fh, indent=2, ensure_ascii=False)
    return os.path.join(out_dir, fname)


# ---------------- DOCX helpers ----------------
def new_doc(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.8)
        s.top_margin = s.bottom_margin = Cm(1.6)
    return doc


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def table(doc, rows, header=False, style="Table Grid", bold_first_col=False, fill=None, widths=None):
    t = doc.add_table(rows=0, cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = "" if v is None else str(v)
            if (header and i == 0) or (bold_first_col and j == 0):
                for p in cells[j].paragraphs:
                    for run in p.runs:
                        run.bold = True
                if fill and header and i == 0:
                    shade(cells[j], fill)
            if widths:
                cells[j].width = Cm(widths[j])
    return t


def para(doc, text, bold=False, size=None, italic=False, color=None, highlight=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if highlight:
        r.font.highlight_color = highlight
    return p


def label_value(doc, label, value, bold_label=True):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = bold_label
    p.add_run(value)
    return p


def header_footer(doc, header=None, footer=None):
    s = doc.sections[0]
    if header is not None:
        s.header.paragraphs[0].text = header
    if footer is not None:
        s.footer.paragraphs[0].text = footer


# ---------------- PDF helpers (weasyprint) ----------------
BASE_CSS = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
  @bottom-center { content: var(--foot); font-size: 7.5pt; color: #555; } }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.3; }
h1 { font-size: 15pt; margin: 0 0 6px 0; }
h2 { font-size: 11.5pt; margin: 12px 0 4px 0; }
h3 { font-size: 10pt; margin: 8px 0 3px 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px 0; }
td, th { border: 0.8px solid #333; padding: 3px 4px; vertical-align: top; text-align: left; }
th { background: #ddd; }
p { margin: 3px 0; }
tr, td, th { page-break-inside: avoid; break-inside: avoid; }
"""


def html_pdf(body, path, css="", footer_text=""):
    from weasyprint import HTML, CSS
    foot = footer_text.replace('"', "'")
    page_css = BASE_CSS.replace("var(--foot)", f'"{foot}" " - page " counter(page) " of " counter(pages)')
    html = f"<html><head><meta charset='utf-8'><style>{page_css}{css}</style></head><body>{body}</body></html>"
    HTML(string=html).write_pdf(path)


def esc(s):
    import html
    return html.escape("" if s is None else str(s))


def rows_html(rows, header=True, cls=""):
    out = [f"<table class='{cls}'>"]
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def main(build):
    import sys
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    build(out)
