"""Which term a PEP belongs to: the key PEPs are ordered and compared by.

The PEP's own term and academic year when it states them; otherwise the term its meeting date
falls in (the policy's term start days). A PEP with neither is not recorded: it cannot be placed.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

TERMS = ("autumn", "spring", "summer")


def _year_start(academic_year: Optional[str]) -> Optional[int]:
    m = re.match(r"\s*(\d{4})\s*(?:[-/–]\s*(\d{2,4}))?", academic_year or "")
    return int(m[1]) if m else None


def _from_date(d: date, policy) -> tuple[int, int]:
    """(academic year start, term index) of a date, with the policy's term start month-days."""
    def md(key: str) -> tuple[int, int]:
        m, dd = policy.get(f"timeliness.{key}").split("-")
        return int(m), int(dd)

    aut, spr, sum_ = md("autumn_term_starts"), md("spring_term_starts"), md("summer_term_starts")
    here = (d.month, d.day)
    if here >= aut:
        return d.year, 0
    if here >= sum_:
        return d.year - 1, 2
    if here >= spr:
        return d.year - 1, 1
    return d.year - 1, 0  # before the spring start day: still last calendar year's autumn term


def term_of(pep, policy) -> Optional[tuple[int, str]]:
    """(sortable key, label such as 'spring 2025-26') or None when the PEP cannot be placed in a term."""
    start = _year_start(pep.academic_year)
    idx = TERMS.index(pep.term.value) if pep.term is not None else None
    if (start is None or idx is None) and pep.meeting_date is not None:
        start2, idx2 = _from_date(pep.meeting_date, policy)
        start = start if start is not None else start2
        idx = idx if idx is not None else idx2
    if start is None or idx is None:
        return None
    return start * 3 + idx, label(start * 3 + idx)


def label(key: int) -> str:
    start, idx = divmod(key, 3)
    return f"{TERMS[idx]} {start}-{(start + 1) % 100:02d}"
