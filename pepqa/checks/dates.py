"""Date arithmetic for the timeliness checks: working days, school terms, and dates as people write them.

Working days exclude weekends and the bank holidays of England, taken from the maintained
``holidays`` package (``holidays.country_holidays("GB", subdiv="ENG")``) rather than a hand-typed
list, so a new year or a one-off bank holiday (e.g. a coronation) is right without a code change.
"School" days also skip the school holiday ranges an authority lists in its policy
(``timeliness.school_closures``).

Terms: the tool places a date in the autumn, spring or summer term by the policy's term start
dates (month-day, default 1 September, 1 January, 1 April). These are deliberately broad: they
answer "which term is this PEP for", not "was school open that day".
"""
from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import holidays

from ..errors import ConfigError

TERMS = ("autumn", "spring", "summer")


@lru_cache(maxsize=1)
def _uk_calendar():
    """The ``holidays`` class for the UK, loaded by itself.

    ``holidays.country_holidays("GB")`` imports the package's ``countries`` module, which imports every
    country (~250 modules, 0.15-0.25 s: a sixth of a cold ``pepqa check``) to use one. The UK module only
    needs the package's shared parts, so it is loaded from its file; on any surprise (a ``holidays``
    release laid out differently) the registry is used as before.
    """
    try:
        path = Path(holidays.__file__).parent / "countries" / "united_kingdom.py"
        spec = importlib.util.spec_from_file_location("pepqa.checks._holidays_united_kingdom", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        cls = module.UnitedKingdom
        return lambda year: cls(subdiv="ENG", years=[year])
    except Exception:  # noqa: BLE001 - fall back to the documented entry point
        return lambda year: holidays.country_holidays("GB", subdiv="ENG", years=[year])


@lru_cache(maxsize=64)
def bank_holidays(year: int) -> dict[date, str]:
    """England's bank holidays in ``year`` (date -> name), from the ``holidays`` package."""
    return dict(_uk_calendar()(year).items())


def bank_holiday_name(d: date) -> Optional[str]:
    return bank_holidays(d.year).get(d)


def parse_closures(items: Iterable[str]) -> list[tuple[date, date]]:
    """Policy closure entries: "2025-12-22..2026-01-02" (a range) or "2025-10-27" (one day)."""
    out = []
    for raw in items or ():
        text = str(raw).strip()
        a, _, b = text.partition("..")
        try:
            start = date.fromisoformat(a.strip())
            end = date.fromisoformat(b.strip()) if b else start
        except ValueError:
            raise ConfigError(f"timeliness.school_closures: '{text}' must be YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD") from None
        if end < start:
            raise ConfigError(f"timeliness.school_closures: '{text}' ends before it starts")
        out.append((start, end))
    return out


def is_working_day(d: date, closures: Iterable[tuple[date, date]] = ()) -> bool:
    if d.weekday() >= 5 or d in bank_holidays(d.year):
        return False
    return not any(a <= d <= b for a, b in closures)


def working_days_between(start: date, end: date, closures: Iterable[tuple[date, date]] = ()) -> int:
    """Working days after ``start`` up to and including ``end`` (0 if ``end`` is not after ``start``).

    The day the child entered care is day 0; a meeting on the next working day is day 1.
    """
    closures = list(closures)
    n, d = 0, start
    while d < end:
        d += timedelta(days=1)
        if is_working_day(d, closures):
            n += 1
    return n


def add_working_days(start: date, days: int, closures: Iterable[tuple[date, date]] = ()) -> date:
    """The date ``days`` working days after ``start`` (the last day allowed for a deadline of N working days)."""
    closures = list(closures)
    d, n = start, 0
    while n < days:
        d += timedelta(days=1)
        if is_working_day(d, closures):
            n += 1
    return d


def skipped_days(start: date, end: date, closures: Iterable[tuple[date, date]] = ()) -> list[str]:
    """Names of the bank holidays (and 'school closure') between ``start`` and ``end``, for messages."""
    closures = list(closures)
    out: list[str] = []
    d = start
    while d < end:
        d += timedelta(days=1)
        if d.weekday() >= 5:
            continue
        name = bank_holiday_name(d)
        if name:
            out.append(f"{name} ({fmt(d)})")
        elif any(a <= d <= b for a, b in closures) and "school holidays" not in out:
            out.append("school holidays")
    return out


# -- terms -------------------------------------------------------------------------------------

def _month_day(text: str, key: str) -> tuple[int, int]:
    try:
        m, d = (int(x) for x in str(text).split("-"))
        date(2024, m, d)  # a leap year, so 02-29 is allowed
        return m, d
    except ValueError:
        raise ConfigError(f"timeliness.{key}: '{text}' must be a month and day, MM-DD") from None


def term_starts(policy) -> dict[str, tuple[int, int]]:
    return {t: _month_day(policy.get(f"timeliness.{t}_term_starts"), f"{t}_term_starts") for t in TERMS}


def term_of(d: date, starts: dict[str, tuple[int, int]]) -> tuple[int, str]:
    """(academic year start, term) for a date, e.g. 2026-02-04 -> (2025, "spring")."""
    md = (d.month, d.day)
    if md >= starts["autumn"]:
        return d.year, "autumn"
    if md >= starts["summer"]:
        return d.year - 1, "summer"
    if md >= starts["spring"]:
        return d.year - 1, "spring"
    return d.year - 1, "autumn"  # only if spring is configured to start after 1 January


def term_index(year: int, term: str) -> int:
    """A running number: consecutive terms differ by 1 (summer 2025-26 + 1 = autumn 2026-27)."""
    return year * 3 + TERMS.index(term)


def term_label(year: int, term: str) -> str:
    return f"{term} term {year}-{str(year + 1)[-2:]}"


def academic_year_start(text: Optional[str]) -> Optional[int]:
    """'2025-26' / '2025/2026' / '2025' -> 2025."""
    if not text:
        return None
    digits = "".join(c if c.isdigit() else " " for c in text).split()
    if digits and len(digits[0]) == 4:
        return int(digits[0])
    return None


def fmt(d: Optional[date]) -> str:
    """8 October 2025."""
    return f"{d.day} {d:%B %Y}" if d else "(no date)"
