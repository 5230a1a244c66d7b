"""Documents that hold several meetings or terms: which column, line or group is the latest.

Why: some forms are one document for the whole year ("Meeting 1: New PEP | Meeting 2: Review",
"Autumn term (PEP 1) | Spring term (PEP 2)", "Autumn: ... / Spring: ..." inside a cell, a targets block per
term). The PEP being judged is the latest one filled in, so the reader takes the last non-empty period.
"""
from __future__ import annotations

import re
from typing import Optional

_TERMS = {"autumn": 1, "spring": 2, "summer": 3, "aut": 1, "spr": 2, "sum": 3}
# A half-term ('Autumn 2', 'Spr 1': a termly tracker often has six columns) ranks between its term and the next.
_PERIOD = re.compile(
    r"\b(?:(?:meeting|pep|review|term|eypep)\s*(\d)|(autumn|spring|summer)(?:\s+term)?(?:\s*([12])(?!\d))?|"
    r"(first|second|third)\s+(?:pep|meeting|review)|(aut|spr|sum)\s*([12])(?!\d)|"
    # a plan reviewed in phases ('Phase 2 - autumn review'), never phonics ('phase 3 sounds')
    r"phase\s*(\d)(?!\d|\s*(?:sounds?|phonics|words|letters|graphemes|phonemes)\b))\b", re.I)
_ORDINAL = {"first": 1, "second": 2, "third": 3}
_PERIOD_LINE = re.compile(r"^\s*(autumn|spring|summer|(?:meeting|pep|term)\s*\d)\s*(?:term)?\s*(?:\(pep\s*\d\))?\s*[:\-–]\s*(.*)$",
                          re.I)


def period_rank(text: str) -> Optional[float]:
    """An order for a period label ('Meeting 2' -> 2, 'Spring term (PEP 2)' -> 2, 'Spring 2' -> 2.5), or None
    if it names none."""
    t = (text or "").strip()
    if not t or len(t) > 80:
        return None
    m = _PERIOD.search(t)
    if not m:
        return None
    if m[1] or m[7]:
        return int(m[1] or m[7])
    if m[2] or m[5]:
        half = m[3] or m[6]
        return _TERMS[(m[2] or m[5]).lower()] + (0.5 if half == "2" else 0)
    return _ORDINAL[m[4].lower()]


def without_period(text: str) -> str:
    """A label with the period it names taken out ('attendance pep 2' -> 'attendance')."""
    return " ".join(_PERIOD.sub(" ", text or "").split())


_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"


def is_period_heading(text: str) -> bool:
    """A heading that only names a term or meeting ('Autumn term (PEP 1)', 'Spring term (PEP 2)'), also by its
    ordinal and the months it spans ('Second review - January to April'). Why general: a meeting's heading named
    by its order and its months names nothing but the period, on any running record."""
    t = re.sub(r"\([^)]*\)", " ", text or "")
    t = re.sub(r"\b(?:autumn|spring|summer|term|pep|meeting|review|new|first|second|third|to|" + _MONTHS + r"|\d+)\b",
               " ", t, flags=re.I)
    return period_rank(text) is not None and not re.search(r"[A-Za-z]{3,}", t)


# A column named only as a later meeting, with no number: 'Meeting 1 (new PEP) | Review', 'PEP 1 | Interim review'.
_LATER = re.compile(r"^\s*(?:the\s+)?(?:interim|follow[- ]?up|mid[- ]?(?:term|year)|progress|termly|next)?\s*"
                    r"(?:review|follow[- ]?up)(?:\s+(?:meeting|pep))?\s*(?:\([^)]*\))?\s*$", re.I)


# The school year so far and the one before, as column headings ('This academic year to date | Last academic year')
# and as a row's label under the terms' rows ('This academic year | 95.6%', 'Year to date', 'Overall')
WHOLE_YEAR_ROW = re.compile(r"(?i)^(?:(?:this|current)\s+(?:academic\s+|school\s+)?year|(?:academic\s+)?year\s+to\s+date|ytd|"
                            r"whole\s+year|overall|total)\b")
THIS_YEAR_COL = re.compile(r"(?i)^\s*(?:this|current)\s+(?:academic\s+|school\s+)?year\b|^\s*(?:academic\s+)?year\s+to\s+date\b")
LAST_YEAR_COL = re.compile(r"(?i)^\s*(?:last|previous)\s+(?:academic\s+|school\s+)?year\b")


def header_ranks(header: list[str]) -> dict[int, float]:
    """The period each column of a header row names, by index (the first column is the labels'). A column named
    only as a later review ('Meeting 1 | Review') comes after the column before it. General: a record of one
    cycle's meetings runs left to right, however its later meeting is named."""
    ranks: dict[int, float] = {}
    last = None
    for i, h in enumerate(header):
        if i == 0:
            continue
        r = period_rank(h)
        if r is None and last is not None and _LATER.match(h or ""):
            r = last + 0.5
        if r is not None:
            ranks[i] = last = r
    # 'Autumn 2025 | Spring 2026 | Summer 2026 | Autumn 2026': terms across school years, each with its year; the
    # school year (from September) orders them before the term does, where the terms alone repeat
    years = {i: _school_year(header[i]) for i in ranks}
    # (and so do terms of two school years however they run: 'Autumn 1 2026 (Y7) | Summer 2026 (Y6)', latest first)
    if all(y is not None for y in years.values()) and (len(set(ranks.values())) < len(ranks)
                                                       or len(set(years.values())) > 1):
        ranks = {i: years[i] * 10 + r for i, r in ranks.items()}
    return ranks


_YEAR = re.compile(r"\b(20\d\d)(?:\s*[/\-]\s*(\d\d|20\d\d))?\b")


def _school_year(text: str) -> Optional[int]:
    """The school year a term label names ('Autumn 2026' -> 2026, 'Spring 2026' -> 2025, 'Summer term 2025/26'
    -> 2025), or None without a year."""
    m = _YEAR.search(text or "")
    if not m:
        return None
    y = int(m[1])
    if m[2]:
        return y  # '2025/26': the school year itself
    term = _PERIOD.search(text or "")
    later_term = term and ((term[2] or term[5] or "").lower() in ("spring", "summer", "spr", "sum"))
    # 'Third review - May to July 2026': the months say which part of the school year the calendar year is
    months = re.findall(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", (text or "").lower())
    if months and not later_term:
        later_term = months[0] not in ("sep", "oct", "nov", "dec")
    return y - 1 if later_term else y


def period_columns(header: list[str]) -> Optional[list[int]]:
    """Indices of the columns of a header row that each name a period, in order, when there are at least two."""
    ranks = header_ranks(header)
    if len(ranks) < 2:
        return None
    return sorted(ranks) if len(set(ranks.values())) == len(ranks) else None


def latest_cell(texts: list[str], cols: list[int]) -> Optional[int]:
    """The last period column of a row that holds something. A cell that only points back ('(as Phase 1)',
    'same as autumn', 'ditto') holds nothing of its own: the value it points to is the earlier column's, and
    it does not make its period the latest filled in; nor does a cell saying the period has not started."""
    for i in reversed(cols):
        if i < len(texts) and texts[i].strip() and not SAME_AS.match(texts[i].strip()) \
                and not NOT_YET.match(texts[i].strip()):
            return i
    return None


# A cell saying its period has not happened yet ('Task status | Complete | Complete | Not started'): the period is not
# held, so it is not the latest filled in.
NOT_YET = re.compile(r"(?i)^(?:not\s+(?:yet\s+)?(?:started|held|due|open)|not\s+yet|outstanding|pending|planned|to\s+do|"
                     r"tbc|tba|to\s+be\s+(?:arranged|confirmed))\.?$")


# A cell that repeats an earlier column by pointing to it: '(as Phase 1)', 'As above', 'Same as autumn term',
# 'ditto', 'unchanged'. General: on any termly grid a writer saves retyping so, never with a new value.
SAME_AS = re.compile(r"^\(?\s*(?:(?:(?:the\s+)?same\s+)?as\s+(?:before|above|previous(?:ly)?|(?:in\s+)?(?:the\s+)?(?:last|previous|first|"
                     r"second|third|autumn|spring|summer|phase|term|review|meeting|pep)\b(?:\s+(?:\d+|term|review|meeting|"
                     r"pep|phase))?)|same|ditto|unchanged|no\s+change)\s*\)?\.?$", re.I)



def latest_line(text: str) -> Optional[tuple[str, str]]:
    """A cell 'I like playing with...\\nAutumn: the dinosaurs\\nSpring: Lego' -> ('I like playing with...', 'Lego').

    Returns None unless at least one line starts with a period label."""
    lines = [x.strip() for x in (text or "").split("\n") if x.strip()]
    prompt, found = [], []
    for x in lines:
        m = _PERIOD_LINE.match(x)
        if m:
            found.append(m[2].strip())
        elif not found:
            prompt.append(x)
    if not found:
        return None
    filled = [f for f in found if f]
    return " ".join(prompt), (filled[-1] if filled else "")
