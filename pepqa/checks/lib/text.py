"""Small text helpers the ST and EM messages share: quoting a field, joining words, whole-word search."""
from __future__ import annotations

import re


def norm(text: str | None) -> str:
    """Lower case, spaces collapsed (whether a whole cell means empty is :mod:`pepqa.checks.lib.empties`)."""
    return re.sub(r"\s+", " ", (text or "").strip().lower())


def quote(text: str, n: int = 110) -> str:
    t = re.sub(r"\s+", " ", text or "").strip()
    return t if len(t) <= n else t[: n - 1].rsplit(" ", 1)[0] + "…"


def join_or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def has_word(hay: str, needle: str) -> bool:
    """``needle`` in ``hay`` as whole words (like ``\\bneedle\\b``) without compiling a regex from PEP text:
    a regex per attainment subject cost a compile per row, and subjects can be as long as any text field."""
    if not needle:
        return False
    start = 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return False
        j = i + len(needle)
        left_ok = i == 0 or not (hay[i - 1].isalnum() or hay[i - 1] == "_") or not (needle[0].isalnum() or needle[0] == "_")
        right_ok = j == len(hay) or not (hay[j].isalnum() or hay[j] == "_") or not (needle[-1].isalnum() or needle[-1] == "_")
        if left_ok and right_ok:
            return True
        start = i + 1
