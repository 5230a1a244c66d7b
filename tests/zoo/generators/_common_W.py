"""Shared helpers for zoo W: a tiny block model rendered to DOCX or PDF, plus truth writing."""
import json, os
from xml.sax.saxutils import escape

def write_truth(out_dir, stem, ext, inspired, quirks, **kw):
    layout = stem.rsplit("-", 1)[0]
    t = {"layout": layout, "file": f"{stem}.{ext}", "inspired_by": inspired, "quirks": quirks}
    keys = ["child_name", "child_first_name", "school", "year_group", "meeting_date", "completed_date",
            "attendance_percent", "pupil_voice", "targets", "english_target", "maths_target", "pp_spend", "pp_requested"]
    for k in keys:
        t[k] = kw[k]
    with open(os.path.join(out_dir, f"{stem}.truth.json"), "w") as f:
        json.dump(t, f, indent=2, ensure_ascii=False)

# Blocks: ("title", s) ("h", s) ("h2", s) ("p", s) ("small", s) ("table", rows, opts) ("pagebreak",)
# opts: widths (fractions), header (bool), shade_first_col (bool), font (size)

def to_docx(blocks, path, header=None, footer=None, landscape=False):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    if header:
        for i, line in enumerate(header if isinstance(header, list) else [header]):
            p = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
            p.text = line
    if footer:
        for i, line in enumerate(footer if isinstance(footer, list) else [footer]):
            p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
            p.text = line
    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
        tcPr.append(s)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(15)
        elif kind == "h":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(12)
        elif kind == "h2":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.italic = True
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "small":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8); r.italic = True
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol); t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncol):
                    txt = row[j] if j < len(row) else ""
                    c = t.cell(i, j)
                    lines = str(txt).split("\n")
                    c.paragraphs[0].text = lines[0]
                    for ln in lines[1:]:
                        c.add_paragraph(ln)
                    if (opts.get("header") and i == 0) or (opts.get("shade_first_col") and j == 0):
                        shade(c, opts.get("fill", "D9D9D9"))
                        for r in c.paragraphs[0].runs: r.bold = True
                if len(row) < ncol and len(row) == 1:
                    a = t.cell(i, 0).merge(t.cell(i, ncol - 1))
            d.add_paragraph()
    d.save(path)

def to_pdf(blocks, path, header=None, footer=None, landscape=False, font="Helvetica"):
    from reportlab.lib.pagesizes import A4, landscape as ls
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    size = ls(A4) if landscape else A4
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=1.7*cm, rightMargin=1.7*cm, topMargin=2.2*cm, bottomMargin=2*cm)
    W = size[0] - 3.4*cm
    base = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=12.5)
    cellst = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=10.5)
    bold = font + "-Bold" if font in ("Helvetica", "Times", "Courier") else font
    if font == "Times": bold = "Times-Bold"
    titlest = ParagraphStyle("t", fontName=bold, fontSize=14, leading=18, spaceAfter=6)
    hst = ParagraphStyle("h", fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    h2st = ParagraphStyle("h2", fontName=bold, fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=2)
    smst = ParagraphStyle("s", fontName=font, fontSize=7.5, leading=9.5, textColor=colors.grey)
    def P(s, st):
        return Paragraph(escape(str(s)).replace("\n", "<br/>"), st)
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "title": story.append(P(b[1], titlest))
        elif kind == "h": story.append(P(b[1], hst))
        elif kind == "h2": story.append(P(b[1], h2st))
        elif kind == "p": story.append(P(b[1], base)); story.append(Spacer(1, 3))
        elif kind == "small": story.append(P(b[1], smst))
        elif kind == "pagebreak": story.append(PageBreak())
        elif kind == "table":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            ncol = max(len(r) for r in rows)
            fr = opts.get("widths") or [1.0/ncol]*ncol
            data, spans = [], []
            for i, row in enumerate(rows):
                cells = [P(c, cellst) for c in row] + [""]*(ncol-len(row))
                if len(row) == 1 and ncol > 1: spans.append(("SPAN", (0, i), (ncol-1, i)))
                data.append(cells)
            t = Table(data, colWidths=[W*f for f in fr], repeatRows=0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")] + spans
            if opts.get("header"): style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("pfill", "#D9D9D9"))))
            if opts.get("shade_first_col"): style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(opts.get("pfill", "#EEEEEE"))))
            t.setStyle(TableStyle(style))
            story.append(t); story.append(Spacer(1, 8))
    def deco(c, d):
        c.saveState(); c.setFont(font, 7.5)
        if header:
            for k, line in enumerate(header if isinstance(header, list) else [header]):
                c.drawString(1.7*cm, size[1]-1.2*cm - k*10, line)
        if footer:
            for k, line in enumerate(footer if isinstance(footer, list) else [footer]):
                c.drawString(1.7*cm, 1.1*cm - k*9, line.replace("{page}", str(d.page)))
        c.restoreState()
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

def run_standalone(build):
    import sys
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    build(out)
