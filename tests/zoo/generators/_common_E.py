"""Shared helpers for zoo E generators (fictional PEP layouts).

Everything here is generic: truth writing, HTML->PDF with weasyprint, and a few
python-docx helpers (cell shading, repeating header rows, content controls,
legacy form fields, landscape sections)."""
import json
import os
import sys

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.enum.section import WD_ORIENT

TRUTH_KEYS = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name",
              "school", "year_group", "meeting_date", "completed_date", "attendance_percent",
              "pupil_voice", "targets", "english_target", "maths_target", "pp_spend",
              "pp_requested"]


def write_truth(out_dir, layout, filename, **fields):
    truth = {"layout": layout, "file": filename}
    truth.update(fields)
    missing = [k for k in TRUTH_KEYS if k not in truth]
    if missing:
        raise ValueError("truth for %s lacks %s" % (filename, missing))
    ordered = {k: truth[k] for k in TRUTH_KEYS}
    stem = os.path.splitext(filename)[0]
    with open(os.path.join(out_dir, stem + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(ordered, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def html_to_pdf(html, path):
    import weasyprint
    weasyprint.HTML(string=html).write_pdf(path)


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def main(build):
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    build(out)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), hex_fill)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def set_font(doc, name="Arial", size=10):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if h > w:
        section.page_width, section.page_height = h, w


def cell_text(cell, text, bold=False, size=None):
    """Replace a cell's text; newlines become separate paragraphs."""
    parts = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return cell


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sdt_text(paragraph, value, alias, placeholder="Click here to enter text."):
    """Inline plain-text content control. value None -> placeholder showing."""
    show = value is None or value == ""
    txt = placeholder if show else value
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if show else ""
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>%s<w:text/></w:sdtPr>'
           '<w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
           % (nsdecls("w"), _x(alias), _x(alias), "<w:showingPlcHdr/>" if show else "", rpr, _x(txt)))
    paragraph._p.append(parse_xml(xml))


def sdt_date(paragraph, iso, shown, alias, placeholder="Click or tap to enter a date."):
    """Inline date-picker content control; `shown` is the displayed text."""
    show = not iso
    full = ' w:fullDate="%sT00:00:00Z"' % iso if iso else ""
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if show else ""
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/>%s<w:date%s><w:dateFormat w:val="dd/MM/yyyy"/>'
           '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
           '</w:date></w:sdtPr><w:sdtContent><w:r>%s<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
           % (nsdecls("w"), _x(alias), "<w:showingPlcHdr/>" if show else "", full, rpr,
              _x(placeholder if show else shown)))
    paragraph._p.append(parse_xml(xml))


def sdt_dropdown(paragraph, value, items, alias, placeholder="Choose an item."):
    show = not value
    lis = '<w:listItem w:displayText="%s" w:value=""/>' % placeholder
    lis += "".join('<w:listItem w:displayText="%s" w:value="%s"/>' % (_x(i), _x(i)) for i in items)
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if show else ""
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/>%s<w:dropDownList>%s</w:dropDownList></w:sdtPr>'
           '<w:sdtContent><w:r>%s<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
           % (nsdecls("w"), _x(alias), "<w:showingPlcHdr/>" if show else "", lis, rpr,
              _x(placeholder if show else value)))
    paragraph._p.append(parse_xml(xml))


def sdt_checkbox(paragraph, checked, alias):
    xml = ('<w:sdt %s xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
           '<w:sdtPr><w:alias w:val="%s"/><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           '<w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
           % (nsdecls("w"), _x(alias), 1 if checked else 0, "\u2612" if checked else "\u2610"))
    paragraph._p.append(parse_xml(xml))


def legacy_text(paragraph, value, name):
    """Legacy FORMTEXT field; empty shows five en-spaces like Word does."""
    shown = value if value else "\u2002" * 5
    w = nsdecls("w")
    paragraph._p.append(parse_xml(
        '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/><w:enabled/>'
        '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>' % (w, _x(name))))
    paragraph._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>' % w))
    paragraph._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % w))
    paragraph._p.append(parse_xml('<w:r %s><w:t xml:space="preserve">%s</w:t></w:r>' % (w, _x(shown))))
    paragraph._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % w))


def page_field(paragraph, instr="PAGE"):
    w = nsdecls("w")
    paragraph._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % w))
    paragraph._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> %s </w:instrText></w:r>' % (w, instr)))
    paragraph._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % w))
    paragraph._p.append(parse_xml('<w:r %s><w:t>1</w:t></w:r>' % w))
    paragraph._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % w))
