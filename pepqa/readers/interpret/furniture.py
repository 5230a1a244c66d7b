"""The school named only in a report's running header or footer.

Why: a PEP printed from a school's own system (an MIS student report, a SIMS print-out, a letterhead) often
names the school nowhere in its body: the system puts it in the header or footer of every page ('Arbour MIS  |
Kingsmere Park School  |  Printed 03-Nov-2025  |  Page 1 of 2'). The extractor takes that furniture out of the
blocks (it is not the PEP's content) and keeps its text; when no label names the school, a piece of it that is
a proper name ending in a school word ([prose] school_nouns: 'Park School', 'Grange Academy') is the school,
read as the weakest reading (prose), so any label beats it. A Virtual School, a council or two different
schools in the furniture name nothing.
"""
from __future__ import annotations

import re
from typing import Optional

from ..blocks import Document
from .wording import school_noun_end

_PIECES = re.compile(r"\s*(?:\||•|·|\s{2,}|\s[-–—]\s)\s*")
_NOT_SCHOOL = re.compile(r"\b(?:virtual|council|authority|county|borough|trust|department|service|team)\b", re.I)


def furniture_school(doc: Document, labels) -> Optional[str]:
    """The one school name the document's running headers and footers hold, else None."""
    nouns = labels.prose.get("school_nouns", ())
    if not nouns or not getattr(doc, "furniture", None):
        return None
    end = school_noun_end(labels)
    found: list[str] = []
    for line in doc.furniture:
        for piece in _PIECES.split(line):
            piece = piece.strip(" ,;")
            words = piece.split()
            if not 2 <= len(words) <= 8 or re.search(r"\d", piece) or _NOT_SCHOOL.search(piece):
                continue
            if not all(w[:1].isupper() or w.lower() in ("of", "the", "and", "de", "y", "upon") for w in words):
                continue
            if end.search(piece) and piece not in found:
                found.append(piece)
    return found[0] if len(found) == 1 else None
