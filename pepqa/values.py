"""Turning text as written in a PEP into typed values (dates, year groups, money, yes/no).

Each parser returns ``None`` when the text does not hold a value of that kind, so a
reader can leave the field unknown rather than guess.
"""
from __future__ import annotations

import re
from datetime import date

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9

_ORD = r"(?:st|nd|rd|th)?"
_DMY_NUM = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DMY_TXT = re.compile(r"\b(\d{1,2})" + _ORD + r"(?:\s+|-)(?:of\s+)?([A-Za-z]{3,9})\.?,?(?:\s+|-)(\d{4})\b")  # '15th of October 2025'
# '14 Oct 25', '07-Nov-25': a named month with a two-digit year (not '3 May 20 minutes', '1 June 25%').
_DMY_TXT_SHORT = re.compile(r"\b(\d{1,2})" + _ORD + r"(?:\s+|-)([A-Za-z]{3,9})\.?(?:\s+|-)(\d{2})\b(?![:/.,]?\d|\s*(?:%|per\s?cent|min|mins|minutes|hours?|hrs?|x\b|sessions?|weeks?|days?))", re.I)
_MDY_TXT = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})" + _ORD + r",?\s+(\d{4})\b")


def _mk(y: int, m: int, d: int) -> date | None:
    if y < 100:
        y += 2000
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date(text: str | None) -> date | None:
    """First UK-style date in ``text``: 12/10/2025, 12.10.25, 2025-10-12, 12 October 2025, 12th Oct 2025,
    the 15th of October 2025 (written in a sentence), 18-Nov-2025 (case-management exports)."""
    if not text:
        return None
    m = _ISO.search(text)
    if m:
        return _mk(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY_NUM.search(text)
    if m:
        return _mk(int(m[3]), int(m[2]), int(m[1]))
    m = _DMY_TXT.search(text)
    if m and m[2].lower() in _MONTHS:
        return _mk(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    m = _MDY_TXT.search(text)
    if m and m[1].lower() in _MONTHS:
        return _mk(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    m = _DMY_TXT_SHORT.search(text)
    if m and m[2].lower() in _MONTHS:
        return _mk(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    return None


_YEAR = re.compile(r"\b(?:year|yr|y|ncy)\s*(\d{1,2})\b", re.I)
_NCY = re.compile(r"\b(?:ncy|nc\s+year|national\s+curriculum\s+year)\s*[:=]?\s*(\d{1,2})\b", re.I)
_COURSE_YEAR = re.compile(r"\b(?:year|yr|y)\s*\d{1,2}\s+of\s+\d{1,2}\b", re.I)
_OPTION_LIST = re.compile(r"((?:(?:year\s*|y)?\d{1,2}\s*/\s*)+(?:year\s*|y)?\d{1,2})(?:\s*[-–:=,]\s*(?:year\s*|y)?(\d{1,2}))?\s*")


def parse_year_group(text: str | None) -> int | None:
    """'Year 7' -> 7, 'Reception' -> 0, 'Nursery' -> -1, 'Y12' -> 12, '7' -> 7."""
    if not text:
        return None
    t = re.sub(r"\s*\((?:please\s+)?(?:circle|tick|delete|select|choose)[^()]*\)\s*$", "", text.strip().lower())
    if _CHECKED in t or _UNCHECKED in t or "[x]" in t:
        # '☐ Year 10 ☒ Year 11 ☐ Year 12': the ticked option; no tick is no answer (not the first option)
        chosen = (checked_option(t) or "").strip(" /,;")
        return parse_year_group(chosen) if chosen and chosen != t.strip() else None
    marked = re.findall(r"[(\[](\d{1,2})[)\]]", t)
    if len(marked) == 1 and _OPTION_LIST.fullmatch(re.sub(r"[()\[\]]", "", t)):
        return parse_year_group(marked[0])  # '11 / (12) / 13 / 14': the option the form marks as chosen
    m = _OPTION_LIST.fullmatch(t)
    if m:
        # '11 / 12 / 13 / 14 - 13': the options printed, then the one written after them. The list alone
        # (a choice circled in a drawing, not in the text) is no answer: several values, none chosen.
        options = re.findall(r"\d{1,2}", m[1])
        return int(m[2]) if m[2] and m[2] in options else None
    if "reception" in t or t in {"r", "yr r", "year r"}:
        return 0
    if "nursery" in t or "pre-school" in t or "preschool" in t or t in {"n", "fs1"}:
        return -1
    m = _NCY.search(t)
    if m:  # 'Year 1 of 2 (NCY 12)': the national curriculum year named as such, beside a course's own years
        n = int(m[1])
        return n if 0 <= n <= 14 else None
    if _COURSE_YEAR.search(t):
        return None  # 'Year 1 of 2': a year of a course, not of the national curriculum
    m = _YEAR.search(t)
    if m:
        n = int(m[1])
        return n if 0 <= n <= 14 else None
    if re.fullmatch(r"\d{1,2}", t):
        n = int(t)
        return n if 0 <= n <= 14 else None
    return None


def key_stage_for(year_group: int | None) -> str | None:
    if year_group is None:
        return None
    if year_group <= 0:
        return "EYFS"
    if year_group <= 2:
        return "KS1"
    if year_group <= 6:
        return "KS2"
    if year_group <= 9:
        return "KS3"
    if year_group <= 11:
        return "KS4"
    return "KS5"


def phase_for(year_group: int | None) -> str | None:
    if year_group is None:
        return None
    if year_group <= 0:
        return "early_years"
    if year_group <= 6:
        return "primary"
    if year_group <= 11:
        return "secondary"
    return "post16"


_PCT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent\b)", re.I)  # "94 per cent": British usage on any form
_NUM = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*$")


def parse_percent(text: str | None) -> float | None:
    """'92.5%' -> 92.5; a bare number 0-100 is accepted too."""
    if not text:
        return None
    m = _PCT.search(text) or _NUM.match(text)
    if not m:
        return None
    v = float(m[1])
    return v if 0 <= v <= 100 else None


_MONEY = re.compile(r"£\s*(\d[\d,]*(?:\.\d{1,2})?)")
_BARE_MONEY = re.compile(r"^\s*(\d[\d,]*(?:\.\d{1,2})?)\s*$")


def money_amounts(text: str | None) -> list[float]:
    """All £ amounts in ``text`` in order."""
    if not text:
        return []
    return [float(m.replace(",", "")) for m in _MONEY.findall(text)]


def parse_money(text: str | None) -> float | None:
    """The amount a cost cell comes to: the last £ figure ('£30/hr x 6 = £180' -> 180), or a bare number. A
    breakdown in brackets is not the amount ('£240 (TA time: £20 x 12 weeks)' -> 240)."""
    if not text:
        return None
    outside = re.sub(r"\([^()]*\)", " ", text)
    amounts = money_amounts(outside) if outside != text else []
    amounts = amounts or money_amounts(text)
    if amounts:
        return amounts[-1]
    m = _BARE_MONEY.match(text)
    return float(m[1].replace(",", "")) if m else None


_CHECKED = "☒"
_UNCHECKED = "☐"


def parse_bool(text: str | None) -> bool | None:
    """Yes/No answers, including check boxes rendered as '☒ Yes ☐ No' or '[X] Yes [ ] No'."""
    if not text:
        return None
    t = text.replace("[X]", _CHECKED).replace("[x]", _CHECKED).replace("[ ]", _UNCHECKED)
    if _CHECKED in t or _UNCHECKED in t:
        m = re.search(_CHECKED + r"\s*([A-Za-z]+)", t)
        if not m:
            return None if _CHECKED not in t else True
        return _word_bool(m[1])
    return _word_bool(t)


def _word_bool(t: str) -> bool | None:
    w = t.strip().lower().rstrip(".")
    first = re.split(r"[\s,;:(\-]+", w, maxsplit=1)[0] if w else ""
    if first in {"yes", "y", "true", "attended", "present"}:
        return True
    if first in {"no", "n", "false", "apologies", "absent"} or w.startswith("did not") or w.startswith("not "):
        return False
    return None


def parse_int(text: str | None) -> int | None:
    if not text:
        return None
    m = re.search(r"-?\d+", text)
    return int(m[0]) if m else None


def parse_float(text: str | None) -> float | None:
    if not text:
        return None
    m = re.search(r"\d+(?:\.\d+)?", text)
    return float(m[0]) if m else None


def checked_option(text: str | None) -> str | None:
    """The label after the first checked box, e.g. '☐ None ☒ SEN support ☐ EHCP' -> 'SEN support'."""
    if not text:
        return None
    t = text.replace("[X]", _CHECKED).replace("[x]", _CHECKED).replace("[ ]", _UNCHECKED)
    if _CHECKED not in t and _UNCHECKED not in t:
        return text.strip() or None
    m = re.search(_CHECKED + r"\s*([^☒☐\n]+)", t)
    return m[1].strip() if m else None
