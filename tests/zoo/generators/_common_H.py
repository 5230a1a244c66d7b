"""Shared helpers for zoo H generators (blind-written PEP layouts)."""
import json, os, sys
from html import escape

TRUTH_KEYS = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school",
              "year_group", "meeting_date", "completed_date", "attendance_percent", "pupil_voice",
              "targets", "english_target", "maths_target", "pp_spend", "pp_requested"]

BASE_CSS = """
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.3;
       font-variant-ligatures: none; text-align: left; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px 0; }
td, th { border: 0.6pt solid #444; padding: 3px 4px; vertical-align: top; text-align: left; }
th { background: #e4e4e4; font-weight: bold; }
h1 { font-size: 15pt; margin: 0 0 4px 0; } h2 { font-size: 11.5pt; margin: 10px 0 3px 0; }
h3 { font-size: 10pt; margin: 8px 0 2px 0; }
.small { font-size: 8pt; color: #333; } .box { border: 0.6pt solid #444; padding: 4px; margin: 3px 0 6px 0; }
"""


def e(s):
    return escape(str(s), quote=False)


def html_table(rows, header=True, widths=None, cls=""):
    out = [f'<table class="{cls}">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        cells = []
        for j, c in enumerate(r):
            w = f' style="width:{widths[j]}"' if widths and i == 0 else ""
            cells.append(f"<{tag}{w}>{c}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def write_pdf(html_body, path, extra_css=""):
    from weasyprint import HTML, CSS
    doc = f"<html><head><meta charset='utf-8'><style>{BASE_CSS}{extra_css}</style></head><body>{html_body}</body></html>"
    HTML(string=doc).write_pdf(path)


def docx_table(doc, rows, header=True, style="Table Grid", bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            lines = str(c).split("\n")
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                run = p.add_run(line)
                if (header and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
    return t


def write_truth(out_dir, layout, fname, inspired_by, quirks, **kw):
    t = {"layout": layout, "file": fname, "inspired_by": inspired_by, "quirks": quirks}
    for k in TRUTH_KEYS[4:]:
        t[k] = kw.get(k)
    for k in ("pupil_voice", "targets", "pp_spend"):
        if t[k] is None:
            t[k] = []
    for k in ("english_target", "maths_target"):
        t[k] = bool(t[k])
    stem = os.path.splitext(fname)[0]
    with open(os.path.join(out_dir, stem + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, indent=2, ensure_ascii=False)
    return t


def main(build):
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    os.makedirs(out, exist_ok=True)
    build(out)
