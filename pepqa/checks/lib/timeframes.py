"""Time frames: where a text says by when ("by February half-term", "within six weeks", "12/12/2025"), and the
date a target's time words point to (for the achievable-jump check).

The wording (month names, "half-term", "within six weeks", festivals) is ``data/vocab/targets.toml``; what stays
here is the syntax of dates written in digits and of year groups ("Year 9", "Y9").
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ...model import PEP
from ...values import parse_date
from .books import remember, targets_book, word_set

# Dates in digits, and the year-group notation a deadline names ("by the end of Year 9", "before Y10").
_DIGIT_DATES = [
    re.compile(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"),
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),
    re.compile(r"\b20\d\d(?:\s*[-/]\s*\d{2,4})?\b"),
    re.compile(r"\b(?:end|start|beginning)\s+of\s+(?:the\s+)?(?:year|yr|y)\s*\d{1,2}\b", re.I),
    re.compile(r"\b(?:by|before|until|in)\s+(?:the\s+)?(?:start\s+of\s+)?(?:year|yr|y)\s*\d{1,2}\b", re.I),
]
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$", re.I)  # "12th of" before a month
_YEAR_AFTER = re.compile(r"\.?(?:\s+\d{4})?\b")  # "2026" after a month (one may be missing)
_DAY_AFTER = re.compile(r"\.?\s+(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?)\b", re.I)  # "12th" / "2026" after a month
_WORD = re.compile(r"\w+")
FRAME_LISTS = ("period_frames", "day_frames", "month_half_terms", "week_numbers")


_TABLES: dict[tuple, tuple[dict, dict]] = {}


def _table(vocab: dict, name: str) -> dict:
    """Table ``name`` of ``vocab`` with lower-case keys (built once per vocabulary)."""
    hit = _TABLES.get((id(vocab), name))
    if hit is None or hit[0] is not vocab:
        return remember(_TABLES, (id(vocab), name), vocab, {str(k).lower(): v for k, v in vocab.get(name, {}).items()})
    return hit[1]


def _months(vocab: dict) -> dict[str, int]:
    return _table(vocab, "months")


def _month_words(text: str, vocab: dict) -> list[tuple[int, int, str, int]]:
    """(start, end, word, month number) for each month name in ``text``, a whole word."""
    months = _months(vocab)
    return [(m.start(), m.end(), m.group(0), int(months[m.group(0).lower()])) for m in _WORD.finditer(text)
            if m.group(0).lower() in months]


def time_spans(text: str, vocab: dict) -> list[tuple[int, int, str]]:
    """Every time frame found in ``text`` (overlapping; the caller joins them): dates in digits, a month with a
    day or a year, and the phrases of the ``FRAME_LISTS``."""
    out = [(m.start(), m.end(), m.group(0)) for r in _DIGIT_DATES for m in r.finditer(text)]
    for s, e, _w, _n in _month_words(text, vocab):
        before = _DAY_BEFORE.search(text, 0, s)
        if before:  # "12th of March 2026"
            end = _YEAR_AFTER.match(text, e).end()
            out.append((before.start(), end, text[before.start():end]))
        after = _DAY_AFTER.match(text, e)
        if after:  # "March 12th", "March 2026"
            out.append((s, after.end(), text[s:after.end()]))
    b = targets_book(vocab)
    d = b.doc(text)
    for name in FRAME_LISTS:
        out.extend((sp.start_char, sp.end_char, sp.text) for sp in b.find(d, name))
    return out


def next_on(ref: date, month: int, day: int) -> date:
    """The next ``day``/``month`` on or after ``ref``."""
    d = date(ref.year, month, day)
    return d if d >= ref else date(ref.year + 1, month, day)


def _month_deadlines(low: str, vocab: dict, ref: date) -> list[date]:
    """The 15th of each month the text names ("by March 2026"); "may" and "march" only where they are months."""
    out = []
    ambiguous, leads = word_set(vocab, "ambiguous_months"), [str(x).lower() for x in vocab.get("month_leads", ())]
    for s, e, word, mon in _month_words(low, vocab):
        after = re.match(r"\.?(?:\s+(20\d\d))?", low[e:])
        year = after.group(1)
        if word in ambiguous and not year:
            head, tail = low[:s], low[e + after.end():]
            led = head != head.rstrip() and any(head.rstrip().endswith(x) for x in leads)
            if not led and not (tail != tail.lstrip() and tail.lstrip().startswith("half")):
                continue
        out.append(date(int(year), mon, 15) if year else next_on(ref, mon, 15))
    return out


def _period_deadline(low: str, vocab: dict, ref: date) -> Optional[date]:
    """'in six weeks' / 'within 3 months': that many days ahead (the first such phrase)."""
    days = _table(vocab, "period_days")
    toks = list(_WORD.finditer(low))
    values = None
    for a, b in zip(toks, toks[1:]):
        if b.group(0) not in days:
            continue
        if values is None:
            values = _table(vocab, "number_values")
        w = a.group(0)
        n = int(w) if w.isdecimal() else values.get(w)
        if n is not None and low[a.end():b.start()].isspace():
            return ref + timedelta(days=int(days[b.group(0)]) * int(n))
    return None


def deadline(texts: list[str], pep: PEP, ref: date, vocab: dict) -> Optional[date]:
    """The earliest date the target's own time words point to (approximate: terms and festivals by convention)."""
    found: list[date] = []
    for text in texts:
        low = (text or "").lower()
        if not low.strip():
            continue
        d = parse_date(text)
        if d:
            found.append(d)
        found.extend(_month_deadlines(low, vocab, ref))
        b = targets_book(vocab)
        d = b.doc(text)
        for word, (mon, day) in vocab.get("deadline_dates", {}).items():
            if b.any(d, f"deadline_dates.{word}"):
                found.append(next_on(ref, int(mon), int(day)))
        # "by half-term" in a text that names no month as a word (a month's own half-term is read above;
        # "Maya" and "grammar" name none)
        if b.any(d, "half_term") and not _month_words(low, vocab):
            found.append(min(next_on(ref, int(m), int(dd)) for m, dd in vocab.get("half_term_dates", ())))
        if pep.next_pep_date and b.any(d, "next_pep"):
            found.append(pep.next_pep_date)
        p = _period_deadline(low, vocab, ref)
        if p:
            found.append(p)
        m = re.search(r"\bend of (?:the )?(?:year|yr|y)\s*(\d{1,2})\b", low)
        if m and pep.child.year_group is not None:
            ahead = max(0, int(m.group(1)) - pep.child.year_group)
            found.append(date(next_on(ref, 7, 15).year + ahead, 7, 15))
    return min(found) if found else None


def fmt_date(d: date) -> str:
    """'4 February 2026', as the messages write a date."""
    return f"{d.day} {d.strftime('%B %Y')}"
