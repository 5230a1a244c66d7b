"""The JSON layout: the PEP model as pepqa's own JSON, for readers of structured exports.

Why: a Virtual School (or another tool) may hand pepqa PEPs already as JSON; the sample set
needs a couple so the JSON reader is tested on the same content as the document layouts.
"""
from __future__ import annotations

from pathlib import Path

from pepqa.model import PEP


def write(pep: PEP, path: Path) -> PEP:
    """Write ``pep`` as JSON to ``path``; return the expected parse (everything is shown)."""
    from .content import expected_statuses

    path = Path(path)
    pep = pep.model_copy(deep=True)
    pep.parts = expected_statuses(pep)
    path.write_text(pep.model_dump_json(indent=2, exclude={"provenance"}), encoding="utf-8")
    return pep.model_copy(deep=True)  # the file carries every field, parts included
