"""The school's signature date as the weakest reading of the PEP's completion date.

Why: many forms end with a sign-off grid ('Role | Name / signature | Date', or '| Signature | Date' with a
row per signer) and ask for no separate completion date: the designated teacher (at post-16 the designated
tutor) signing and dating the plan is the school completing it. That date is offered as a completion-date
candidate of the lowest strength, so a date the form labels as the completion (or submission) wins over it,
and a grid without the school's dated row offers nothing. Other signers' dates (the social worker, the child,
the carer) are not the school's completion.
"""
from __future__ import annotations

import re
from typing import Optional

from ...values import parse_date
from ..blocks import Table


def school_sign_off(labels, t: Table) -> Optional[tuple]:
    """(date text, cell) of the designated teacher's dated row in a sign-off grid, else None. A grid: a
    header row with a 'date' column, rows whose first cell names a role."""
    rows = t.rows
    if len(rows) < 2:
        return None
    head = [c.text.strip().lower() for c in rows[0]]
    cols = [i for i, h in enumerate(head) if h == "date" or h.startswith("date ") or h.endswith(" date")]
    if len(cols) != 1:
        return None
    dc = cols[0]
    found = None
    for r in rows[1:]:
        if dc >= len(r) or not r[0].text.strip():
            continue
        if labels.match_value("role", r[0].text) != "designated_teacher":
            continue
        text = r[dc].text.strip()
        if text and parse_date(text) is not None:
            if found is not None:
                return None  # two dated rows for the school: which one is not for us to guess
            found = (text, r[dc])
    return found


_SIGN_WORDS = re.compile(r"\b(?:signature|signed|sign|name|print(?:ed)?)\b|[()/:*]", re.I)
_DATE_LABEL = re.compile(r"^\s*(?:date(?:\s+(?:signed|of\s+signature|agreed))?|signed\s+on|on)\s*[:*]?\s*$", re.I)


def row_sign_off(labels, cells: list) -> Optional[tuple]:
    """(date text, cell) of a sign-off written along one row ('DT Signature | J. Marlow | Date Signed |
    29-Oct-2025'): the first cell names the designated teacher's role once the signature words are taken away,
    a later cell is a date label and the cell after it a date. The grid's rule, for a form that signs in pairs."""
    if len(cells) < 4:
        return None
    role = _SIGN_WORDS.sub(" ", cells[0].text).strip()
    if not role or labels.match_value("role", role) != "designated_teacher":
        return None
    for j in range(1, len(cells) - 1):
        if _DATE_LABEL.match(cells[j].text):
            text = cells[j + 1].text.strip()
            return (text, cells[j + 1]) if text and parse_date(text) is not None else None
    return None


def rows_sign_off(labels, t: Table) -> Optional[tuple]:
    """The one dated sign-off row of the designated teacher in a table (see :func:`row_sign_off`), else None."""
    got = [x for x in (row_sign_off(labels, r) or state_sign_off(labels, r) for r in t.rows) if x]
    return got[0] if len(got) == 1 else None


# A state word before its date in a sign-off ('✔ DT completed 10/10/2025 15:42 (Mrs K. Obi)', 'Signed 12/11/2025').
_STATE_THEN_DATE = re.compile(r"\b(?:completed|complete|submitted|signed(?:\s+off)?|agreed)\b\s*(?:on\s+)?:?\s*"
                              r"(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4})", re.I)
_SIGNED_LINE = re.compile(r"^\s*signed\s*:?\s*(?P<who>.*?)\s+date\s*:?\s*(?P<date>\S.*?)\s*$", re.I)


def state_sign_off(labels, cells: list) -> Optional[tuple]:
    """(date text, cell) of the designated teacher's row whose value says the school's part was done on a date
    ('Designated Teacher | ✔ DT completed 10/10/2025 15:42'): a record of the DT's sign-off, with the state word
    (completed, submitted, signed, agreed) before the date. General: a sign-off row names who and says when;
    '☐ DT: not yet completed' holds no date and offers nothing."""
    texts = [c.text.strip() for c in cells]
    if len(texts) < 2 or not texts[0] or labels.match_value("role", _SIGN_WORDS.sub(" ", texts[0]).strip()) != "designated_teacher":
        return None
    for c, text in zip(cells[1:], texts[1:]):
        m = _STATE_THEN_DATE.search(text)
        if m and parse_date(m[1]) is not None:
            return m[1], c
    return None


def line_sign_off(labels, text: str, above: Optional[str]) -> Optional[str]:
    """The date of a signature line 'Signed R. Achterberg (DT) Date 20/11/2025' when the designated teacher signs
    it: the role in the line's brackets, or the heading just above ('Agreed by the Designated Teacher'). Blanks
    ('Signed ______ Date ______') hold no date. General: the DT signing and dating the plan is the school
    completing it, however the line is laid out."""
    m = _SIGNED_LINE.match(text or "")
    if not m or parse_date(m["date"].split()[0] if m["date"].split() else "") is None:
        return None
    roles = re.findall(r"\(([^()]{1,40})\)", m["who"]) or ([above] if above and len(above.split()) <= 10 else [])
    if not any(labels.match_value("role", _SIGN_WORDS.sub(" ", r).strip()) == "designated_teacher" for r in roles):
        return None
    return m["date"].split()[0]
