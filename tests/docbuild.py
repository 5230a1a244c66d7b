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
