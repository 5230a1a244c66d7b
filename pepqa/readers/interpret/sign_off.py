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
from ..concepts import _ALL_DATES
from .wording import alt


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
_DATE_LABEL = re.compile(r"^\s*(?:date(?:\s+(?:signed(?:\s+off)?|of\s+signature|agreed))?|signed\s+on|on)\s*[:*]?\s*$", re.I)


def row_sign_off(labels, cells: list) -> Optional[tuple]:
    """(date text, cell) of a sign-off written along one row ('DT Signature | J. Marlow | Date Signed |
    29-Oct-2025'): the first cell names the designated teacher's role once the signature words are taken away,
    a later cell is a date label and the cell after it a date. The grid's rule, for a form that signs in pairs."""
    if len(cells) < 4 or not _school_row(labels, cells[0].text):
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


def _school_row(labels, label: str) -> bool:
    """Does a sign-off row's label name the school's signer: the role alone once the signature words are taken away
    ('DT Signature'), or the role doing it ('Completed by (DT)', 'Education Review signed off by Designated
    Teacher')?"""
    role = _SIGN_WORDS.sub(" ", label or "").strip()
    if role and labels.match_value("role", role) == "designated_teacher":
        return True
    return bool(_role_words(labels).search(label or "") and _done_words(labels).search(label or ""))


def names_school_signer(labels, label: str) -> bool:
    """Does a label name the designated teacher (or tutor) as the one doing it ('DT: Click when Completed')?"""
    return bool(_role_words(labels).search(label or "")) or labels.match_value(
        "role", re.split(r"[:\-–]", label or "")[0].strip()) == "designated_teacher"


def names_dt(labels, cells: list) -> bool:
    """Does a row's cell name the designated teacher, whole or in brackets ('Mrs F. Sadiq', 'B. Teacher (DT)',
    'PEP - Parts B & D (Designated Teacher)')?"""
    return any(labels.match_value("role", x) == "designated_teacher"
               for c in cells for x in (c.text.strip(), *re.findall(r"\(([^()]+)\)", c.text)))


def stacked_sign_off(labels, t: Table) -> Optional[tuple]:
    """(date text, cell) of the designated teacher's signature in a grid signed down its rows ('Designated
    Teacher | Mrs A. Greaves | Mrs A. Greaves' over 'Date signed | 15/10/2025 | 24/03/2026'): the date row under
    the school's row; with a column per meeting, the last dated column (the latest meeting's). Else None."""
    got = []
    for r, below in zip(t.rows, t.rows[1:]):
        if len(r) < 2 or len(below) < 2 or not _DATE_LABEL.match(below[0].text or ""):
            continue
        if not _school_row(labels, r[0].text):
            continue
        dated = [c for c in below[1:] if c.text.strip() and parse_date(c.text.strip()) is not None]
        if dated:
            got.append((dated[-1].text.strip(), dated[-1]))
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


def dt_signature_line(labels, text: Optional[str]) -> bool:
    """'Signed (Designated Teacher) ........ A. Carlin', 'DT signature: A. Carlin': the line above a bare 'Date'
    is the designated teacher's signature, so that date is the school's sign-off."""
    m = re.match(r"^\s*(?:signed|signature|sign(?:ed)?\s+off)\b(.*)$|^(.{2,40}?)\s+(?:signature|sign[\s-]*off)\b", text or "", re.I)
    if not m:
        return False
    said = m[1] if m[1] is not None else m[2]
    words = re.findall(r"\(([^()]{1,40})\)", said) + [re.split(r"[.:…_]{2,}|:", said)[0].strip(" :")]
    return any(labels.match_value("role", w.strip()) == "designated_teacher" for w in words if w.strip())


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


_DEADLINE = re.compile(r"\b(?:to\s+be|due|deadline|not\s+yet|awaiting|next|review(?:ed)?\s+(?:on|by)|by\s+(?:\w+\s+)?$)",
                       re.I)


def _words_rx(labels, name: str, words) -> re.Pattern:
    """Whole-word alternation of ``words``, built once per labels set."""
    key = ("sign_off", name)
    if key not in labels._memo:
        labels._remember(key, re.compile(r"\b(?:" + alt(words) + r")\b", re.I))
    return labels._memo[key]


def _role_words(labels) -> re.Pattern:
    """The designated teacher's role as [values.role] names it ('DT', 'Designated Teacher', 'Designated Tutor')."""
    return _words_rx(labels, "school", labels.values.get("role", {}).get("designated_teacher", ()))


def _done_words(labels) -> re.Pattern:
    """The words saying the plan was done ([prose] sign_off_words: 'signed', 'completed', 'uploaded' ...)."""
    return _words_rx(labels, "done", labels.prose.get("sign_off_words", ()))


def signs_off(labels, text: str) -> bool:
    """Does a task's name say it is the signing off ('DT sign-off', 'Plan submitted'), not a part done ('Pupil
    voice')?"""
    return bool(_done_words(labels).search(text or ""))


def sentence_sign_off(labels, text: str) -> Optional[str]:
    """The date of a line recording the school's sign-off in words, however it is laid out: 'Education Review
    completed by: Mr A. Oyelaran (Designated Teacher) on Friday 23rd January 2026', 'DT authorised: S. Kaur
    07/10/2026', 'Record uploaded 09/11/2026 by DT', 'Final document agreed by the Designated Teacher on
    14/10/2026'. It names the designated teacher's role ([values.role]), says the plan was done ([prose]
    sign_off_words) and holds one date, which is not a deadline ('to be completed by the DT by 12/12/2026').
    The weakest reading of the completion date, as the other sign-off shapes here."""
    t = re.sub(r"\s+", " ", text or "").strip()
    if not t or len(t.split()) > 30 or not _role_words(labels).search(t) or not _done_words(labels).search(t):
        return None
    found = list(_ALL_DATES.finditer(t))
    dates = {parse_date(m[0]) for m in found} - {None}
    if len(dates) != 1:
        return None
    if _DEADLINE.search(t[:found[0].start()]):
        return None
    return found[0][0]


def swept_sign_off(labels, blocks) -> Optional[tuple]:
    """(date text, provenance) of the school's sign-off recorded in words anywhere in the blocks read (see
    :func:`sentence_sign_off`): each paragraph, each table cell and each table row read across ('Final document
    agreed by the Designated Teacher on | 14/10/2026'). Only when every such line gives the same date: two
    sign-offs on different dates are not for the reader to choose between."""
    hits = []
    for b in blocks:
        if isinstance(b, Table):
            for row in b.rows:
                cells = [c for c in row if c.text.strip()]
                texts = list(dict.fromkeys(c.text.strip() for c in cells))
                for c in cells:
                    if (d := sentence_sign_off(labels, c.text)):
                        hits.append((d, c.prov))
                # a label cell and its date beside it, alone on the row: in a wider row (a term grid whose
                # latest column is blank, 'Date of meeting | ... | Date PEP completed by DT | ') the date
                # beside the words may be another term's or another field's
                if len(texts) == 2 and len({c.text.strip() for c in row}) == 2 \
                        and (d := sentence_sign_off(labels, " ".join(texts))) and d in texts[1]:
                    hits.append((d, cells[-1].prov))
        elif (d := sentence_sign_off(labels, b.text)):
            hits.append((d, b.prov))
    if not hits or len({parse_date(d) for d, _ in hits}) != 1:
        return None
    return hits[0]


_SCHOOL_ROLES = ("designated_teacher", "senco")


def _other_roles(labels) -> re.Pattern:
    """Every other role [values.role] names (the social worker, the carer, the child, the Virtual School ...)."""
    return _words_rx(labels, "others", [w for role, syns in labels.values.get("role", {}).items()
                                        if role not in _SCHOOL_ROLES for w in syns])


def names_another_signer(labels, who: str) -> bool:
    """Does the 'by ...' of a sign-off name someone other than the school ('Completed by Social Worker Tom Ferrand
    on 17/09/2026': the social worker's part done, not the PEP completed)? The school's own roles never are."""
    return bool(who) and not _role_words(labels).search(who) and bool(_other_roles(labels).search(who))
