"""Builds the Word templates in ``templates/`` (letter.docx, pep.docx) that officers may then edit in Word.

Run ``python -m pepqa.render.docx_templates`` to rebuild them (this overwrites local edits).

How pepqa fills a Word template (see :mod:`pepqa.render.docx_out`):
- ``{content}`` alone in a paragraph marks where the letter or PEP goes; anything before or after
  it (a fixed paragraph, a signature image) stays where it is.
- Placeholders anywhere, headers and footers included: ``{authority_name}``, ``{authority_address}``
  (one line each), ``{authority_contact}``, ``{signatory}``, ``{date}``, ``{title}``, and ``{logo}``
  alone in a paragraph for the policy's logo.
- Styles used, so restyle them rather than the text: Normal, Title, Heading 1-3, Quote, List Bullet,
  Table Grid, and pepqa's own "PEP Where" (small grey pointer into the PEP) and "PEP Small".
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

NAVY = RGBColor(0x12, 0x35, 0x5B)
GREY = RGBColor(0x55, 0x55, 0x55)


def _lang(style, value: str = "en-GB") -> None:
    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), value)
    lang.set(qn("w:eastAsia"), value)
    rpr.append(lang)


def page_field(paragraph, instr: str = "PAGE") -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _styles(doc) -> None:
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    _lang(normal)
    for name, size in (("Title", 16), ("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        s = st[name]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.color.rgb = NAVY
        s.paragraph_format.space_before = Pt(12 if name != "Heading 3" else 8)
        s.paragraph_format.space_after = Pt(4)
        s.paragraph_format.keep_with_next = True
    q = st["Quote"]
    q.font.italic = False
    q.font.color.rgb = RGBColor(0x22, 0x22, 0x22)
    q.paragraph_format.left_indent = Cm(0.8)
    q.paragraph_format.space_after = Pt(4)
    where = st.add_style("PEP Where", WD_STYLE_TYPE.PARAGRAPH)
    where.base_style = normal
    where.font.size = Pt(8.5)
    where.font.color.rgb = GREY
    where.paragraph_format.space_after = Pt(1)
    where.paragraph_format.keep_with_next = True
    small = st.add_style("PEP Small", WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = normal
    small.font.size = Pt(8.5)
    small.font.color.rgb = GREY


def _margins(doc) -> None:
    for s in doc.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
        s.left_margin = s.right_margin = Cm(1.9)
        s.header_distance = s.footer_distance = Cm(0.9)


def _footer(section, text: str) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text + "Page ")
    r.font.size = Pt(8)
    page_field(p, "PAGE")
    r2 = p.add_run(" of ")
    r2.font.size = Pt(8)
    page_field(p, "NUMPAGES")


def build_letter(path: Path) -> None:
    doc = Document()
    _styles(doc)
    _margins(doc)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header
    p = fh.paragraphs[0]
    p.text = "{logo}"
    for text, bold in (("{authority_name}", True), ("{authority_address}", False), ("{authority_contact}", False)):
        q = fh.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(text)
        r.bold = bold
        r.font.size = Pt(11 if bold else 9)
        if bold:
            r.font.color.rgb = NAVY
    h = sec.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = h.add_run("{authority_name}")
    r.font.size = Pt(8)
    r.font.color.rgb = GREY
    _footer(sec, "")
    doc.add_paragraph("{content}")
    doc.core_properties.title = "Feedback letter"
    doc.core_properties.language = "en-GB"
    doc.save(str(path))


def build_pep(path: Path) -> None:
    doc = Document()
    _styles(doc)
    _margins(doc)
    sec = doc.sections[0]
    h = sec.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = h.add_run("{authority_name} · {title}")
    r.font.size = Pt(8)
    r.font.color.rgb = GREY
    _footer(sec, "")
    doc.add_paragraph("{content}")
    doc.core_properties.title = "Personal Education Plan"
    doc.core_properties.language = "en-GB"
    doc.save(str(path))


def main(argv: list[str]) -> None:
    from .engine import BUILTIN_TEMPLATES

    out = Path(argv[0]) if argv else BUILTIN_TEMPLATES
    build_letter(out / "letter.docx")
    build_pep(out / "pep.docx")
    print(f"wrote {out / 'letter.docx'} and {out / 'pep.docx'}")


if __name__ == "__main__":
    main(sys.argv[1:])
