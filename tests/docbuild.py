"""Small Word documents built in a test, one idiom each, for the reader tests."""
from __future__ import annotations

from pathlib import Path

from docx import Document


def docx(tmp_path: Path, build, name: str = "t.docx") -> Path:
    """A .docx in ``tmp_path`` whose body ``build(document)`` writes."""
    d = Document()
    build(d)
    p = tmp_path / name
    d.save(str(p))
    return p


def grid(d, rows: list[list[str]]):
    """A table of ``rows`` (cell texts) in document ``d``, then an empty paragraph, as a form leaves between tables."""
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph()
    return t
