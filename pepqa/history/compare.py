"""Text similarity for term-over-term comparison (stdlib difflib, no model).

Why two measures: a copied voice or target is usually the same words in the same order with a
word or two changed (difflib's ratio over words catches it); a review of last term's target often
shortens it ("6, 7, 8 times tables: 90%") — the share of the shorter text's content words found
in the longer one (overlap) says whether the two are about the same thing. Texts are cut at
:data:`MAX_WORDS` words so a pathological field cannot make a comparison quadratic in its size.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Iterable, Optional

MAX_WORDS = 400
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset("""
a an and are as at be been by can for from has have he her him his i in is it its me my of on or our she so
that the their them they this to was we were will with you your also each per all any into than then
""".split())


def words(text: Optional[str]) -> list[str]:
    t = (text or "").lower().replace("’", "'").replace("‘", "'")
    return _WORD.findall(t)[:MAX_WORDS]


def content_words(text: Optional[str], drop: Iterable[str] = ()) -> set[str]:
    """Words that carry meaning: no stop words, no words in ``drop`` (e.g. the child's first name)."""
    gone = STOPWORDS | {d.lower() for d in drop}
    return {w for w in words(text) if w not in gone}


def ratio(a: Optional[str], b: Optional[str]) -> float:
    """How much of the two texts is the same words in the same order (0..1)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def jaccard(a: Optional[str], b: Optional[str], drop: Iterable[str] = ()) -> float:
    sa, sb = content_words(a, drop), content_words(b, drop)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def overlap(a: Optional[str], b: Optional[str], drop: Iterable[str] = ()) -> float:
    """Share of the shorter text's content words that the other text has (0..1)."""
    sa, sb = content_words(a, drop), content_words(b, drop)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def same_text(a: Optional[str], b: Optional[str]) -> float:
    """Near-copy score: the higher of word-order similarity and word-set similarity."""
    return max(ratio(a, b), jaccard(a, b))


def longest_shared(a: str, b: str) -> str:
    """The longest run of words ``a`` shares with ``b``, as written in ``a`` (to quote as evidence)."""
    toks = list(re.finditer(r"\S+", a))
    na = [re.sub(r"[^a-z0-9']", "", t.group(0).lower().replace("’", "'")) for t in toks][:MAX_WORDS]
    nb = [re.sub(r"[^a-z0-9']", "", w.lower().replace("’", "'")) for w in b.split()][:MAX_WORDS]
    m = SequenceMatcher(None, na, nb, autojunk=False).find_longest_match(0, len(na), 0, len(nb))
    if not m.size:
        return a[:120]
    return a[toks[m.a].start():toks[m.a + m.size - 1].end()]


_MONEY = re.compile(r"£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?")


def amounts(text: Optional[str]) -> list[tuple[float, tuple[int, int]]]:
    """Pound amounts written in a text, with their spans: '£300', '£1,250.50'."""
    out = []
    for m in _MONEY.finditer(text or ""):
        v = float(m[1].replace(",", "")) + (float(f"0.{m[2]}") if m[2] else 0.0)
        out.append((v, m.span()))
    return out
