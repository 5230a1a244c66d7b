"""``pepqa inspect FILE``: each block of a PEP file, what the reader read it as and why, and what it left.

Why: when a layout is new, the officer (or whoever maintains the authority's labels file) needs to see
which labels were matched exactly, which by their words (concept, with the score), which were read from
prose or from the latest of several meetings, and which were left unread, with the field each unread label
most resembles, so the wording can be added to the labels file. This prints PEP text: it is a tool for
looking at one file on the officer's own screen, never part of a batch's outputs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .labels import load_labels
from .model import Provenance


@dataclass
class Line:
    where: str
    text: str
    read_as: list[str] = field(default_factory=list)  # "child.name (concept 1.30, label 'Student name')"
    left: list[str] = field(default_factory=list)  # "'Ethnic Background' (nearest field: none)"


def _key(p: Provenance) -> tuple:
    return (p.page, p.paragraph, p.table, p.row)


def inspect_file(path: str, labels_file: Optional[str] = None) -> tuple[list[Line], dict]:
    """The blocks of one DOCX/PDF file with what was read from each; and the part statuses."""
    from .errors import ReadError
    from .readers import read_pep  # noqa: F401  (validates the file the same way `check` does)
    from .readers.interpret import Interpreter

    p = Path(path)
    head = p.read_bytes()[:8] if p.is_file() else b""
    if head.startswith(b"%PDF") or b"%PDF-" in head:
        from .readers.pdf_extract import extract_pdf as extract
    elif head.startswith(b"PK"):
        from .readers.docx_extract import extract_docx as extract
    else:
        raise ReadError(p, "inspect reads Word .docx and PDF files")
    read_pep(p, labels_file)  # refuses what `check` refuses, with the same one-line reason
    doc = extract(p)
    interp = Interpreter(doc, load_labels(labels_file))
    pep = interp.run()
    claims: dict[tuple, list[str]] = {}
    for prov, path_, how in interp.claims:
        got = pep.provenance.get(path_)
        desc = path_
        if got is not None and (got.match or got.label):
            bits = [got.match or "exact"]
            if got.score is not None:
                bits.append(f"{got.score:.2f}")
            if got.label:
                bits.append(f"label '{got.label}'")
            desc += f" ({', '.join(bits)})"
        claims.setdefault(_key(prov), []).append(desc)
    left: dict[tuple, list[str]] = {}
    for prov, label, near, _part in interp.left:
        left.setdefault(_key(prov), []).append(f"'{label}' (nearest field: {near or 'none'})")
    lines: list[Line] = []
    from .readers.blocks import Para

    for b in doc.blocks:
        if isinstance(b, Para):
            if b.text.strip():
                k = _key(b.prov)
                lines.append(Line(b.prov.describe(), b.text, claims.get(k, []), left.get(k, [])))
            continue
        for r, row in enumerate(b.rows):
            k = _key(row[0].prov.model_copy(update={"row": r}) if row else b.prov)
            text = " | ".join(c.text.replace("\n", " ") for c in row)
            if text.strip(" |"):
                where = row[0].prov.model_copy(update={"cell": None}).describe() if row else b.prov.describe()
                lines.append(Line(where, text, claims.get(k, []), left.get(k, [])))
    return lines, {k: v.value for k, v in pep.parts.items()}


def format_inspection(lines: list[Line], parts: dict, width: int = 100) -> str:
    out = []
    for ln in lines:
        text = ln.text if len(ln.text) <= width else ln.text[: width - 1] + "…"
        out.append(f"{ln.where}: {text}")
        for r in ln.read_as:
            out.append(f"    read as {r}")
        for x in ln.left:
            out.append(f"    NOT READ {x}")
        if not ln.read_as and not ln.left:
            out.append("    (not read: heading, instruction or text the model does not hold)")
    out.append("")
    out.append("parts: " + ", ".join(f"{k} {v}" for k, v in parts.items()))
    return "\n".join(out)
