"""Shared helpers for zoo O layouts (fictional PEP exports)."""
import json, os, sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer,
                                PageBreak, KeepTogether)

_F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", _F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", _F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", _F + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", _F + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", _F + "DejaVuSerif-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVS", boldItalic="DVSB")

__all__ = ["colors", "A4", "landscape", "mm", "Paragraph", "Table", "TableStyle", "Spacer",
           "PageBreak", "KeepTogether", "ST", "P", "tbl", "pdf_doc", "banner", "esc",
           "write_truth", "run_main", "docx_table", "shade", "docx_hf", "set_col_widths"]

esc = escape


def _st(name, font="DV", size=9, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)


ST = {
    "body": _st("body"),
    "small": _st("small", size=7.5),
    "b": _st("b", font="DVB"),
    "h1": _st("h1", font="DVB", size=14, spaceAfter=4),
    "h2": _st("h2", font="DVB", size=11, spaceBefore=6, spaceAfter=3),
    "h3": _st("h3", font="DVB", size=9.5, spaceBefore=4, spaceAfter=2),
    "white": _st("white", font="DVB", size=10, textColor=colors.white),
    "serif": _st("serif", font="DVS", size=10, lead=14),
    "serifh": _st("serifh", font="DVSB", size=12, lead=16, spaceBefore=8, spaceAfter=4),
    "cell": _st("cell", size=8.5),
    "cellb": _st("cellb", font="DVB", size=8.5),
}


def P(text, style="body", raw=False):
    """Paragraph; text is escaped unless raw (markup) is requested."""
    return Paragraph(text if raw else esc(text).replace("\n", "<br/>"), ST[style] if isinstance(style, str) else style)


def tbl(rows, widths, header=False, grid=0.5, bg_first_col=None, extra=None, style="cell"):
    """rows: list of lists of str/flowables. Strings are wrapped in Paragraphs."""
    data = []
    for i, r in enumerate(rows):
        row = []
        for c in r:
            if isinstance(c, str):
                row.append(P(c, "cellb" if (header and i == 0) else style))
            else:
                row.append(c)
        data.append(row)
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), grid, colors.black))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")))
    if bg_first_col:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(bg_first_col)))
    if extra:
        cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def banner(text, color="#1f4e9c", width=180 * mm, style="white"):
    t = Table([[P(text, style)]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(color)),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def pdf_doc(path, story, header=None, footer=None, pagesize=A4, margins=15 * mm, font="DV"):
    def deco(canvas, doc):
        canvas.saveState()
        w, h = pagesize
        canvas.setFont(font, 7.5)
        if header:
            canvas.drawString(margins, h - 9 * mm, header)
        if footer:
            canvas.drawString(margins, 8 * mm, footer.replace("{page}", str(doc.page)))
        canvas.restoreState()
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=margins, rightMargin=margins,
                            topMargin=margins + 2 * mm, bottomMargin=margins)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------- docx helpers ----------------
def shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_col_widths(table, widths_cm):
    from docx.shared import Cm
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def docx_table(doc, rows, widths_cm=None, header=False, style="Table Grid", bold_first_col=False,
               head_fill="D9D9D9", first_col_fill=None, size=None):
    from docx.shared import Pt
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, val in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            lines = str(val).split("\n")
            par = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    par = cell.add_paragraph()
                run = par.add_run(line)
                if size:
                    run.font.size = Pt(size)
                if (header and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
            if header and i == 0 and head_fill:
                shade(cell, head_fill)
            if first_col_fill and j == 0 and not (header and i == 0):
                shade(cell, first_col_fill)
    if widths_cm:
        set_col_widths(t, widths_cm)
    return t


def docx_hf(doc, header=None, footer=None):
    sec = doc.sections[0]
    if header is not None:
        sec.header.paragraphs[0].text = header
    if footer is not None:
        sec.footer.paragraphs[0].text = footer


# ---------------- truth ----------------
def write_truth(out_dir, layout, fname, inspired, quirks, **fields):
    keys = ["child_name", "child_first_name", "school", "year_group", "meeting_date", "completed_date",
            "attendance_percent", "pupil_voice", "targets", "english_target", "maths_target", "pp_spend",
            "pp_requested"]
    d = {"layout": layout, "file": fname, "inspired_by": inspired, "quirks": quirks}
    for k in keys:
        d[k] = fields[k]
    stem = fname.rsplit(".", 1)[0]
    with open(os.path.join(out_dir, stem + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, indent=2, ensure_ascii=False)


def run_main(build):
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    build(out)
