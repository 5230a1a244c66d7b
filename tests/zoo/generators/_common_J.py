"""Shared helpers for zoo J generators (fictional PEP layouts).

DOCX via python-docx, PDF via WeasyPrint (HTML + CSS, no external resources).
"""
import html as _html
import json
import os
from collections import OrderedDict

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TRUTH_KEYS = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name",
              "school", "year_group", "meeting_date", "completed_date", "attendance_percent",
              "pupil_voice", "targets", "english_target", "maths_target", "pp_spend",
              "pp_requested"]


def write_truth(out_dir, file_name, layout, inspired_by, quirks, **f):
    t = OrderedDict()
    t["layout"] = layout
    t["file"] = file_name
    t["inspired_by"] = inspired_by
    t["quirks"] = list(quirks)
    for k in TRUTH_KEYS[4:]:
        if k not in f:
            raise KeyError("truth field missing: %s" % k)
        t[k] = f[k]
    extra = set(f) - set(TRUTH_KEYS)
    if extra:
        raise KeyError("unknown truth fields: %s" % extra)
    stem = os.path.splitext(file_name)[0]
    with open(os.path.join(out_dir, stem + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(t, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return t


def tgt(text, area):
    return {"text": text, "area": area}


def spend(description, cost, target):
    return {"description": description, "cost": cost, "target": target}


# ---------------------------------------------------------------- DOCX helpers

def new_doc(font="Arial", size=10, margins_cm=2.0, landscape=False):
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
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
        if landscape:
            from docx.enum.section import WD_ORIENT
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = s.page_height, s.page_width
    return doc


def _add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def set_header(doc, text, size=8, align="left", italic=False):
    hdr = doc.sections[0].header
    par = hdr.paragraphs[0]
    par.text = ""
    r = par.add_run(text)
    r.font.size = Pt(size)
    r.italic = italic
    par.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                     "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
    return par


def set_footer(doc, text, page_numbers=True, size=8):
    ftr = doc.sections[0].footer
    par = ftr.paragraphs[0]
    par.text = ""
    r = par.add_run(text)
    r.font.size = Pt(size)
    if page_numbers:
        r2 = par.add_run("   Page ")
        r2.font.size = Pt(size)
        r3 = par.add_run()
        r3.font.size = Pt(size)
        _add_field(r3, "PAGE")
    return par


def para(doc, text="", bold=False, italic=False, size=None, align=None, color=None,
         space_after=4):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc, parts, space_after=4):
    """parts: list of (text, dict(bold=, italic=, size=))."""
    p = doc.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("bold", False)
        r.italic = fmt.get("italic", False)
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
        if fmt.get("font"):
            r.font.name = fmt["font"]
    p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(doc, text, size=12, color=None, fill=None, bold=True):
    if fill:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        c.text = ""
        r = c.paragraphs[0].add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        shade(c, fill)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
        return t
    return para(doc, text, bold=bold, size=size, color=color, space_after=6)


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def table(doc, rows, widths_cm=None, header=True, header_fill="D9D9D9", label_col=False,
          label_fill="F2F2F2", size=None, style="Table Grid"):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            c = t.rows[i].cells[j]
            is_head = header and i == 0
            is_label = label_col and j == 0 and not is_head
            cell_text(c, val, bold=is_head or is_label, size=size)
            if is_head and header_fill:
                shade(c, header_fill)
            elif is_label and label_fill:
                shade(c, label_fill)
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- PDF helpers

def esc(s):
    return _html.escape(s, quote=False)


def html_table(rows, header=True, cls="", widths=None, label_col=False):
    out = ['<table class="%s">' % cls]
    if widths:
        out.append("<colgroup>" + "".join('<col style="width:%s">' % w for w in widths) +
                   "</colgroup>")
    for i, row in enumerate(rows):
        out.append("<tr>")
        for j, val in enumerate(row):
            tag = "th" if (header and i == 0) or (label_col and j == 0) else "td"
            raw = val.startswith("<raw>")
            txt = val[5:] if raw else esc(val).replace("\n", "<br>")
            out.append("<%s>%s</%s>" % (tag, txt, tag))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


BASE_CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.3; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }
th, td { border: 0.7pt solid #444; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #e6e6e6; }
h1 { font-size: 15pt; margin: 0 0 6pt 0; }
h2 { font-size: 11.5pt; margin: 10pt 0 4pt 0; }
h3 { font-size: 10pt; margin: 8pt 0 3pt 0; }
p { margin: 2pt 0 5pt 0; }
.pb { page-break-before: always; }
.small { font-size: 8pt; }
"""


def write_pdf(path, body, css="", page_css=""):
    from weasyprint import HTML

    def no_fetch(url, *a, **k):
        raise ValueError("external resources disabled: %s" % url)

    doc = ("<html><head><meta charset='utf-8'><style>%s\n%s\n%s</style></head><body>%s"
           "</body></html>" % (BASE_CSS, page_css, css, body))
    HTML(string=doc, url_fetcher=no_fetch).write_pdf(path)
