"""Time frames: where a text says by when ("by February half-term", "within six weeks", "12/12/2025"), and the
date a target's time words point to (for the achievable-jump check).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ...model import PEP
from ...values import parse_date

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|" \
          "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
DATE_RES = [
    re.compile(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"),
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTHS + r")\.?(?:\s+\d{4})?\b", re.I),
    re.compile(r"\b(?:" + _MONTHS + r")\.?\s+(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?)\b", re.I),
    re.compile(r"\b(?:may|march)\s+half[\s\-]?term\b", re.I),
    re.compile(r"\b20\d\d(?:\s*[-/]\s*\d{2,4})?\b"),
    # "within six weeks" is a time frame; "no walk-outs in a week" is a rate (a week or a day is too short to be a
    # PEP target's deadline), while "in a month" / "in a term" may be either and stays a time frame
    re.compile(r"\b(?!in\s+(?:a|one)\s+(?:school\s+)?(?:weeks?|days?)\b)(?:within|in|over|after|for|during|by)\s+(?:the\s+)?(?:next\s+|first\s+)?(?:\d+|a|one|two|three|four|"
               r"five|six|seven|eight|nine|ten|twelve)\s+(?:school\s+)?(?:weeks?|months?|terms?|half[\s\-]?terms?|days?)\b",
               re.I),
    re.compile(r"\b(?:end|start|beginning)\s+of\s+(?:the\s+)?(?:year|yr|y)\s*\d{1,2}\b", re.I),
    re.compile(r"\b(?:by|before|until|in)\s+(?:the\s+)?(?:start\s+of\s+)?(?:year|yr|y)\s*\d{1,2}\b", re.I),
    re.compile(r"\bweek\s+\d{1,2}\b", re.I),
    # a named day or the week as the deadline: "by next Wednesday", "on Friday", "by the end of next week"
    re.compile(r"\b(?:by|on|before|until|this|next)\s+(?:next\s+|this\s+|the\s+end\s+of\s+(?:next\s+|this\s+)?)?"
               r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week)\b", re.I),
]


_MONTH_NUM = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                               "nov", "dec"])}


def next_on(ref: date, month: int, day: int) -> date:
    """The next ``day``/``month`` on or after ``ref``."""
    d = date(ref.year, month, day)
    return d if d >= ref else date(ref.year + 1, month, day)


def deadline(texts: list[str], pep: PEP, ref: date) -> Optional[date]:
    """The earliest date the target's own time words point to (approximate: terms and festivals by convention)."""
    found: list[date] = []
    for text in texts:
        low = (text or "").lower()
        if not low.strip():
            continue
        d = parse_date(text)
        if d:
            found.append(d)
        for m in re.finditer(r"\b(" + _MONTHS + r")\b\.?(?:\s+(20\d\d))?", low):
            word = m.group(1)
            if word in ("may", "march") and not re.search(r"(?:by|in|until|before|end of)\s+$", low[:m.start()]) \
                    and not m.group(2) and not re.match(r"\s+half", low[m.end():]):
                continue
            mon = _MONTH_NUM[word[:3]]
            found.append(date(int(m.group(2)), mon, 15) if m.group(2) else next_on(ref, mon, 15))
        for word, (mon, day) in {"christmas": (12, 20), "easter": (4, 1), "whitsun": (5, 25), "spring": (3, 31),
                                 "summer": (7, 15), "autumn": (12, 19), "end of the year": (7, 15),
                                 "end of year": (7, 15), "academic year": (7, 15), "exams": (6, 10),
                                 "sats": (5, 12), "mock": (1, 15)}.items():
            if re.search(r"\b" + word, low):
                found.append(next_on(ref, mon, day))
        if re.search(r"\bhalf[\s\-]?term\b", low) and not re.search(_MONTHS, low):
            found.append(min(next_on(ref, 10, 24), next_on(ref, 2, 14), next_on(ref, 5, 29)))
        if re.search(r"\bnext (?:pep|review|meeting)", low) and pep.next_pep_date:
            found.append(pep.next_pep_date)
        m = re.search(r"\b(\d+|one|two|three|four|five|six|eight|ten|twelve)\s+(weeks?|months?|terms?)\b", low)
        if m:
            n = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10,
                 "twelve": 12}.get(m.group(1)) or int(m.group(1))
            days = {"w": 7, "m": 30, "t": 91}[m.group(2)[0]] * n
            found.append(ref + timedelta(days=days))
        m = re.search(r"\bend of (?:the )?(?:year|yr|y)\s*(\d{1,2})\b", low)
        if m and pep.child.year_group is not None:
            ahead = max(0, int(m.group(1)) - pep.child.year_group)
            found.append(date(next_on(ref, 7, 15).year + ahead, 7, 15))
    return min(found) if found else None


def fmt_date(d: date) -> str:
    """'4 February 2026', as the messages write a date."""
    return f"{d.day} {d.strftime('%B %Y')}"
