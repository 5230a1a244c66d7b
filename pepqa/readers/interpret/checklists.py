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
        if self._rag_strip(texts):
            return True
        if len(texts) < 3 or not any(_RAG_HEADER.match(h) for h in texts[0][1:]):
            return False
        named = sum(1 for r in texts[1:] if r and r[0].strip()
                    and (self._heading_part(r[0].strip(), loose=True) or self._field_match(r[0])))
        return named >= 2

    def _rag_strip(self, texts: list[list[str]]) -> bool:
        """'Student's View | Attendance | Targets' over 'Green | Amber | Green': the same rating turned on its side,
        the parts named across a header row and every cell below a rating word."""
        if len(texts) < 2 or len(texts[0]) < 2:
            return False
        named = sum(1 for h in texts[0] if h.strip() and (self._heading_part(h.strip(), loose=True) or self._field_match(h)))
        cells = [c.strip() for r in texts[1:] for c in r if c.strip()]
        return named >= 2 and bool(cells) and all(_RATING.fullmatch(c) for c in cells)

    def _scale_grid(self, t: Table) -> bool:
        """A grid rating things on a scale its header prints ('ELG | 1 / 2 / 3' over 'Literacy: Word Reading | 1'):
        a judgement of where the child is now, which is attainment, not the part whose heading it stands under
        (the targets, when the heading names the goals being rated). Its rows are left unread as attainment.

        Why general: any form's grid whose every value is one of the options its header lists is a rating, and
        what is rated now is not what is to be achieved; the part it stood under loses nothing it holds."""
        texts = t.texts()
        if len(texts) < 3 or len(texts[0]) != 2:
            return False
        head = texts[0][1]
        if not _SCALE_OPTIONS.fullmatch(head):
            return False
        options = {o.strip().lower() for o in head.split("/")}
        # a value may carry a note on the rating ('Expected (on track)'): the option is what is before the bracket
        values = [re.sub(r"\s*\([^()]*\)\s*$", "", r[1]).strip().lower() for r in texts[1:] if len(r) == 2 and r[1].strip()]
        if len(values) < 2 or any(v not in options for v in values):
            return False
        self.found.add("attainment")
        for row in t.rows[1:]:
            if row and row[0].text.strip():
                self.unclaimed.setdefault("attainment", []).append(row[0].prov)
        return True


# the options a scale's header prints: short codes ('1 / 2 / 3', 'B / D / S') or single words ('Emerging / Expected')
_SCALE_OPTIONS = re.compile(r"\s*[\w+\-]{1,12}(?:\s*/\s*[\w+\-]{1,12}){1,5}\s*")


# A rating word alone in a cell: 'Green', 'AMBER', 'R', 'Red/Amber'.
_RATING = re.compile(r"(?i:green|amber|red|r|a|g|rag|blue|gold)(?:\s*[/-]\s*(?i:green|amber|red))?\s*[.!]?")
