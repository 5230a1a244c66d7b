"""Editable Word output: fills a Word template from ``templates/`` (letter.docx, pep.docx).

The template decides the look (styles, letterhead, margins, footer); this module only adds content
with named styles where ``{content}`` stands and replaces the ``{placeholders}`` (see
:mod:`pepqa.render.docx_templates` for the list). An officer can therefore restyle letters in Word
without touching code.
"""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Optional, Sequence

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ..atomic import write_with

MARKER = "{content}"


def _iter_paragraphs(doc):
    def walk(container):
        for p in container.paragraphs:
            yield p
        for t in getattr(container, "tables", []):
            for row in t.rows:
                for cell in row.cells:
                    yield from walk(cell)

    yield from walk(doc)
    for s in doc.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                     s.even_page_footer):
            if not part.is_linked_to_previous or part is s.header or part is s.footer:
                yield from walk(part)


def _replace_in_paragraph(p, values: dict[str, str]) -> None:
    text = p.text
    if "{" not in text or not any("{" + k + "}" in text for k in values):
        return
    new = text
    for k, v in values.items():
        new = new.replace("{" + k + "}", v)
    parent = p._p.getparent()
    if not new.strip() and len(parent.findall(qn("w:p"))) > 1:
        parent.remove(p._p)  # a line holding only an empty placeholder (no address, no contact) goes
        return
    runs = p.runs
    if not runs:
        return
    # Keep the first run's formatting; a placeholder split across runs by Word is still found.
    lines = new.split("\n")
    first = runs[0]
    for r in runs[1:]:
        r._r.getparent().remove(r._r)
    first.text = ""
    for i, line in enumerate(lines):
        if i:
            first.add_break()
        first._r.append(_text_el(line))


def _text_el(text: str):
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    return t


def fill_template(doc, values: dict[str, str], logo: Optional[Path]) -> None:
    for p in list(_iter_paragraphs(doc)):
        if p.text.strip() == "{logo}":
            for r in p.runs[1:]:
                r._r.getparent().remove(r._r)
            run = p.runs[0] if p.runs else p.add_run()
            run.text = ""
            if logo and logo.is_file():
                try:
                    run.add_picture(str(logo), height=Cm(2.0))
                except Exception:  # an unreadable image must not stop a letter
                    pass
            continue
        _replace_in_paragraph(p, values)


class Body:
    """Appends content where the template's ``{content}`` paragraph is, using the template's styles."""

    def __init__(self, doc):
        self.doc = doc
        body = doc.element.body
        self.marker = next((p for p in doc.paragraphs if p.text.strip() == MARKER), None)
        # Keep the element proxies alive: lxml reuses ids of freed proxies, so ids alone are not safe.
        self._before = set(body)

    def _style_id(self, name: str, fallback: str = "Normal") -> Optional[str]:
        """The template's style id for a style name, looked up once (python-docx's own lookup is slow)."""
        if not hasattr(self, "_ids"):
            from docx.enum.style import WD_STYLE_TYPE

            self._ids = {s.name: s.style_id for s in self.doc.styles
                         if s.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.TABLE)}
        return self._ids.get(name) or self._ids.get(fallback)

    def _styled(self, style: str):
        p = self.doc.add_paragraph()
        sid = self._style_id(style)
        if sid:
            p._p.style = sid
        return p

    def heading(self, text: str, level: int = 1):
        p = self._styled(f"Heading {level}")
        p.add_run(text)
        return p

    def para(self, parts: Any = "", style: str = "Normal", space_after: Optional[float] = None):
        """``parts``: a string, or a list of (text, bold) pairs."""
        p = self._styled(style)
        if isinstance(parts, str):
            parts = [(parts, False)]
        for text, bold in parts:
            if text:
                r = p.add_run(text)
                r.bold = bold or None
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    def bullet(self, parts: Any):
        return self.para(parts, "List Bullet")

    def quote(self, text: str):
        return self.para(f"“{text}”", "Quote")

    def marked_quote(self, segs: list[dict[str, Any]]):
        """A quote from the PEP with the evidence highlighted (yellow) and bold."""
        from docx.enum.text import WD_COLOR_INDEX

        p = self._styled("Quote")
        p.add_run("“")
        for seg in segs:
            r = p.add_run(seg["t"])
            if seg["m"]:
                r.bold = True
                r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        p.add_run("”")
        return p

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Optional[Sequence[float]] = None,
              row_headers: bool = False, font_size: float = 9):
        t = self.doc.add_table(rows=1 if headers else 0, cols=len(headers) if headers else len(rows[0]))
        sid = self._style_id("Table Grid", "Normal Table")
        if sid:
            t._tbl.tblStyle_val = sid
        if headers:
            hdr = t.rows[0]
            _repeat_header(hdr)
            for cell, text in zip(hdr.cells, headers):
                cell.text = ""
                r = cell.paragraphs[0].add_run(text)
                r.bold = True
                r.font.size = Pt(font_size)
                _shade(cell, "E8EEF5")
        for row in rows:
            cells = t.add_row().cells
            for j, (cell, text) in enumerate(zip(cells, row)):
                cell.text = ""
                r = cell.paragraphs[0].add_run(str(text))
                r.font.size = Pt(font_size)
                if row_headers and j == 0:
                    r.bold = True
                    _shade(cell, "F3F6F9")
        if widths:
            for row in t.rows:
                for cell, w in zip(row.cells, widths):
                    cell.width = Cm(w)
        self._styled("PEP Small").paragraph_format.space_after = Pt(2)
        return t

    def finish(self) -> None:
        """Move everything added to where ``{content}`` was, and drop the marker."""
        if self.marker is None:
            return
        body = self.doc.element.body
        new = [el for el in body if el not in self._before and el.tag != qn("w:sectPr")]
        anchor = self.marker._p
        for el in new:
            anchor.addprevious(el)
        anchor.getparent().remove(anchor)


def _repeat_header(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _open(eng, name: str):
    return Document(str(eng.find(name)))


def _values(ctx: dict[str, Any], title: str) -> dict[str, str]:
    auth = ctx["authority"]
    return {
        "authority_name": auth["name"], "authority_address": "\n".join(auth["address"]),
        "authority_contact": auth["contact"] or "", "signatory": auth["signatory"],
        "date": ctx.get("date_text", ""), "title": title,
    }


def _save(doc, target: Path, title: str, author: str) -> None:
    cp = doc.core_properties
    cp.title = (title or "")[:255]  # python-docx refuses core properties over 255 characters
    cp.author = (author or "")[:255]
    cp.language = "en-GB"
    cp.comments = "Written by pepqa"
    write_with(target, lambda p: doc.save(str(p)))


# -- letters -----------------------------------------------------------------------------------
def write_letter_docx(target: Path, ctx: dict[str, Any], eng) -> None:
    letter, auth = ctx["letter"], ctx["authority"]
    doc = _open(eng, "letter.docx")
    fill_template(doc, _values(ctx, letter["subject"]), eng.logo)
    b = Body(doc)
    b.para(ctx["date_text"], space_after=12)
    b.para(letter["recipient_line"], space_after=0)
    if letter.get("school"):
        b.para(letter["school"])
    b.para(f"{letter['salutation']},", space_after=8)
    b.heading(letter["subject"], 1)
    for para in letter["opening"]:
        b.para(para)

    b.heading("What is working well", 2)
    for s in letter["strengths"]:
        b.bullet([(s["heading"] + ". ", True), (s["text"], False)])

    def targets(t: dict[str, Any]) -> None:
        """The targets' points as one table (see letters._target_table)."""
        b.heading("SMART targets", 3)
        rows = []
        for r in t["rows"]:
            said = "".join(s["t"] for s in r.get("quote") or [])
            todo = "; ".join(p["short"] + (" (must change)" if p["level"] == "must" else "") for p in r["points"])
            rows.append([f"{r['where']}: “{said}”", todo, f"“{r['rewrite']}”" if r.get("rewrite") else "See below."])
        b.table(["Target as written", "To change", "A stronger version, for example"], rows,
                widths=[5.2, 4.6, 7.4], font_size=9)
        if t.get("common"):
            b.para([("For each target above", True)], space_after=2)
            for c in t["common"]:
                b.bullet(c)

    def groups(heading: str, intro: str, entries: list[dict[str, Any]], table=None,
               brief: Optional[list] = None) -> None:
        if not entries and not table and not brief:
            return
        b.heading(heading, 2)
        b.para(intro)
        if table:
            targets(table)
        for x in brief or []:
            b.bullet([(x["where"] + ". ", True), (x["text"], False)])
        for g in entries:
            b.heading(g["where"], 3)
            if g.get("quote"):
                b.marked_quote(g["quote"])
            if g.get("compact"):
                parts = [("To change: ", True)]
                for i, pt in enumerate(g["points"]):
                    parts.append((pt["short"] + (f" (“{pt['evidence']}”)" if pt.get("evidence") else ""), False))
                    if g.get("mixed") and pt["level"] == "must":
                        parts.append((" [must change]", True))
                    parts.append(("; " if i < len(g["points"]) - 1 else ".", False))
                b.para(parts, space_after=2)
            else:
                for pt in g["points"]:
                    parts = [(pt["title"], True)]
                    if g.get("mixed") and pt["level"] == "must":
                        parts.append((" [must change]", True))
                    if pt.get("evidence"):
                        parts.append((f": “{pt['evidence']}”", False))
                    parts.append((". " + (pt.get("reason") or ""), False))
                    b.bullet(parts)
            if g.get("todo") or g.get("same_as"):
                b.para([("What to do", True)], space_after=2)
                for t in g["todo"]:
                    b.bullet(t)
                if g.get("same_as"):
                    b.bullet(f"{'The other changes' if g['todo'] else 'The changes'} are the same as for "
                             f"{', '.join(g['same_as'])} above.")

    t = letter.get("targets_table")
    groups("What needs to change", letter["must_intro"], letter["must"], t if t and t["has_must"] else None)
    groups("What would make the plan stronger", letter["should_intro"], letter["should"],
           t if t and not t["has_must"] else None, letter.get("should_brief"))
    if letter["advice"]:
        b.heading("You might also consider", 2)
        for a in letter["advice"]:
            b.bullet(a["text"])

    b.heading("Our decision", 2)
    pp = letter["pp"]
    pp_text = pp["text"] + ("\n" + "\n".join(f"• {r}" for r in pp["reasons"]) if pp["reasons"] else "")
    pp_text += "".join("\n" + n for n in pp["notes"])
    resub = (f"{ctx['deadline_text']}. {letter['resubmit_text']}" if ctx["resubmit"] else letter["no_resubmit_text"])
    t = b.table([], [
        ["Quality grade", f"{letter['grade']['label']}. {letter['grade']['text']}"],
        ["Pupil Premium Plus", pp_text],
        ["Please resubmit by" if ctx["resubmit"] else "Resubmission", resub],
    ], widths=[4.2, 13.0], row_headers=True, font_size=10)
    for row in t.rows:  # line breaks inside the PP+ cell
        cell = row.cells[1]
        txt = cell.text
        if "\n" in txt:
            cell.text = ""
            run = cell.paragraphs[0].add_run()
            run.font.size = Pt(10)
            for i, line in enumerate(txt.split("\n")):
                if i:
                    run.add_break()
                run._r.append(_text_el(line))
    for para in letter["closing"]:
        b.para(para)
    if auth.get("contact"):
        b.para(f"If you would like to talk any of this through, please contact us at {auth['contact']}.")
    b.para("Yours sincerely,", space_after=36)
    b.para([(auth["signatory"], True)], space_after=0)
    b.para(auth["name"])
    b.finish()
    _save(doc, target, letter["subject"], auth["name"])


# -- clean PEP ---------------------------------------------------------------------------------
def write_pep_docx(target: Path, ctx: dict[str, Any], eng) -> None:
    """The clean PEP from the same section structure the HTML template uses (pepqa.render.pepdoc)."""
    doc = _open(eng, "pep.docx")
    fill_template(doc, _values(ctx, ctx["title"]), eng.logo)
    marking = ctx.get("marking")
    if marking:  # at the head of every page (the section header) and above the title
        for section in doc.sections:
            hp = section.header.add_paragraph()
            hp.alignment = 1
            run = hp.add_run(marking)
            run.bold = True
    b = Body(doc)
    if marking:
        b.para([(marking, True)], space_after=4)
    b.heading(ctx["title"], 1)
    b.para(ctx["subtitle"], "PEP Small")
    if ctx.get("redaction_note"):
        b.para(ctx["redaction_note"], "PEP Small")
    for sec in ctx["sections"]:
        b.heading(sec["title"], 2)
        for block in sec["blocks"]:
            _block(b, block)
    b.finish()
    _save(doc, target, ctx["title"], ctx["authority"]["name"])


def _block(b: Body, block: dict[str, Any]) -> None:
    kind = block["kind"]
    if kind == "subheading":
        b.heading(block["text"], 3)
    elif kind == "fields":
        b.table([], [[k, v] for k, v in block["rows"]], widths=[5.2, 12.0], row_headers=True)
    elif kind == "table":
        if block.get("caption"):
            b.para([(block["caption"], True)], space_after=2)
        if block["rows"]:
            b.table(block["headers"], block["rows"], widths=block.get("widths"), font_size=8.5)
        else:
            b.para(block["empty"])
    elif kind == "text":
        if block.get("label"):
            b.para([(block["label"], True)], space_after=2)
        b.para(block["text"])


def clone(doc):  # pragma: no cover  (kept for template experiments)
    return copy.deepcopy(doc)
