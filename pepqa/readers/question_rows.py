"""Two idioms of case-system and questionnaire print-outs, taken off a table before it is read.

- A column of question numbers ('1.1 | Pupil's name | ...', '6.2 | Target 2 | ...'): the numbers say where the
  question sits on the form, not what it asks; the label and its value are the cells after them.
- A hand tag before an answer ('[SW pre-meeting] Tyler Okafor-Banks', '[Typed up by Business Support] ...'):
  who wrote the answer, not part of it. The tag stays in the provenance's text only.

Why general: any export that numbers its questions, or marks whose hand each answer is in, prints them so,
whatever it asks; the reader then sees the plain 'label | value' rows it reads on every other form.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Table

_QUESTION_NO = re.compile(r"^\s*\d{1,2}\.\d{1,2}[a-z]?\s*$")
_NO_HEADER = re.compile(r"^\s*(?:no\.?|#|ref\.?|number|item|q\.?|question)\s*$", re.I)
_HAND_TAG = re.compile(r"^\s*\[[^\[\]\n]{2,40}\]\s+(?=\S)")


def plain_rows(t: Table) -> Table:
    """The table without its question-number column and without the hand tags before its answers."""
    rows = t.rows
    numbered = [r for r in rows if len(r) >= 3 and _QUESTION_NO.match(r[0].text)]
    titles = [r for r in rows if len({c.text for c in r}) == 1]  # a group's title across the row
    groups = {r[0].text.strip().split(".")[0] for r in numbered}
    # questions numbered within several groups (1.1 ... 2.3 ...), not a table's own 'No.' column ('2.1 | Target')
    header = bool(rows) and _NO_HEADER.match(rows[0][0].text or "")
    if len(numbered) >= 3 and len(groups) >= 2 and not header and len(numbered) * 2 >= len(rows) - len(titles):
        rows = [r[1:] if len(r) >= 3 and (_QUESTION_NO.match(r[0].text) or not r[0].text.strip()) else r for r in rows]
    tagged = any(_HAND_TAG.match(c.text) for r in rows for c in r)
    if tagged:
        rows = [[replace(c, text=_HAND_TAG.sub("", c.text)) if _HAND_TAG.match(c.text) else c for c in r] for r in rows]
    return t if rows is t.rows else Table(rows=rows, prov=t.prov)
