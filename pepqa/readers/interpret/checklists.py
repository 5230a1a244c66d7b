"""A RAG-rated checklist about the PEP ('Checklist | RAG | Evidence / comment', a row per part: 'Young person's
views | GREEN | Completed the views page before the meeting').

Why: Virtual Schools put such a checklist on the form, often before the pupil's details, for the Designated
Teacher or the QA officer to rate each part red, amber or green. Its rows name the PEP's parts, so read as
label/value rows they pass for the parts themselves: the rating 'GREEN' became the child's voice, and the
comment 'Views page not completed' a voice that the form holds nowhere. A checklist is a judgement of the
PEP, not its content: nothing in it is read as a field, and nothing in it is content left unread.
"""
from __future__ import annotations

import re

from ..blocks import Table

_RAG_WORDS = {"red", "amber", "green", "r", "a", "g"}


def _is_rating(cell: str) -> bool:
    """'GREEN', 'Amber', 'R', or the ticked strip '☐ Red ☒ Amber ☐ Green'."""
    words = [w for w in re.split(r"[\s/,.!☐☒]+", cell.lower()) if w]
    return bool(words) and all(w in _RAG_WORDS for w in words)


def rag_column(t: Table) -> bool:
    """A column after the first whose filled cells below the header are all RAG ratings (at least two): words,
    ticked strips, or single letters under a 'RAG' / 'Rating' header."""
    texts = t.texts()
    if len(texts) < 3:
        return False
    width = max(len(r) for r in texts)
    for j in range(1, width):
        cells = [r[j].strip() for r in texts[1:] if j < len(r) and r[j].strip()]
        named = j < len(texts[0]) and re.search(r"\b(?:rag|rating|red\W+amber\W+green)\b", texts[0][j], re.I)
        # single letters ('G', 'A', 'R') only under a header that says they are ratings
        if len(cells) >= 2 and all(_is_rating(c) for c in cells) and (named or any(len(c) > 1 for c in cells)):
            return True
    return False


_RAG_HEADER = re.compile(r"^\s*(?:rag|rag\s+rating|rag\s+status|red\W+amber\W+green|rating)\s*$", re.I)


class ChecklistsMixin:
    def _checklist_table(self, t: Table) -> bool:
        """A table rating the PEP's parts red / amber / green: not read (see the module's docstring). The
        ratings may be only the cells' colour: a 'RAG' column beside rows that name the PEP's parts is one too."""
        if rag_column(t):
            return True
        texts = t.texts()
        if len(texts) < 3 or not any(_RAG_HEADER.match(h) for h in texts[0][1:]):
            return False
        named = sum(1 for r in texts[1:] if r and r[0].strip()
                    and (self._heading_part(r[0].strip(), loose=True) or self._field_match(r[0])))
        return named >= 2
