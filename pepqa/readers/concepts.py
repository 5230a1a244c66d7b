"""Scoring a label as a *concept* when no exact synonym names it.

Why: a layout nobody showed the reader words its labels its own way ("My PEP meeting was on", "Date signed
off by DT", "Attendance since September (%)"). Listing every wording is hopeless; what the wordings share is
their words. Each field has weighted keywords, words that rule it out ("next", "last" keep the meeting date
apart from the next and last PEP dates), and the type its value must parse as. The data lives in
``[concepts]`` / ``[abbreviations]`` of ``data/labels.toml`` (its header documents the semantics).

Deliberately simple and fast: a label is scored once per concept from a set of stemmed words, cached by
text; typo tolerance (rapidfuzz) is only tried for words that are not already known.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Optional

from ..values import parse_date, parse_money, parse_percent, parse_year_group

_WORD = re.compile(r"[a-z0-9+%£]+(?:'[a-z]+)?")
_BY = re.compile(r"\bby\b", re.I)
UNKNOWN_PENALTY = 0.15
MARGIN = 0.2
MAX_LABEL_WORDS = 12


def stem(word: str) -> str:
    """A crude English stemmer: enough to make 'views'/'view', 'gathered'/'gather', 'completed'/'complete' meet."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) <= 3:
        return w
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: len(w) - len(suf)] + rep
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


@dataclass(frozen=True)
class Concept:
    key: str
    keywords: dict[str, float]  # stem -> weight
    negative: frozenset[str]  # stems
    type: str
    threshold: float = 1.0
    latest: bool = False


@dataclass(frozen=True)
class Match:
    key: str
    score: float
    how: str  # "exact" | "concept"


class ConceptIndex:
    """All concepts, with the vocabulary used for typo tolerance."""

    def __init__(self, concepts: dict, abbreviations: dict):
        abbr = dict(abbreviations or {})
        neutral = abbr.pop("neutral", [])
        self.abbr = {k.lower(): v.lower().split() for k, v in abbr.items()}
        self.neutral = frozenset(stem(w) for w in neutral)
        self.concepts: list[Concept] = []
        for key, c in (concepts or {}).items():
            kw: dict[str, float] = {}
            for w, wt in (c.get("keywords") or {}).items():
                s = stem(w)
                kw[s] = max(kw.get(s, 0.0), float(wt))
            self.concepts.append(Concept(
                key=key, keywords=kw, negative=frozenset(stem(w) for w in c.get("negative") or []),
                type=str(c.get("type") or "text"), threshold=float(c.get("threshold", 1.0)),
                latest=c.get("values") == "latest"))
        self.by_key = {c.key: c for c in self.concepts}
        self.vocab = sorted({w for c in self.concepts for w in c.keywords} | {w for c in self.concepts for w in c.negative})
        self._cache: dict[str, tuple[Match, ...]] = {}

    def words(self, normalised: str) -> frozenset[str]:
        out: set[str] = set()
        for raw in _WORD.findall(normalised.lower()):
            for w in self.abbr.get(raw, [raw]):
                s = stem(w)
                if s not in self.neutral and s not in self.vocab and len(s) >= 5:
                    s = _fix_typo(s, tuple(self.vocab)) or s
                out.add(s)
        return frozenset(out)

    def rank(self, normalised: str) -> tuple[Match, ...]:
        """Concepts the label could name, best first (score above threshold, no negative word)."""
        hit = self._cache.get(normalised)
        if hit is not None:
            return hit
        ws = self.words(normalised)
        # 'Form finalised by Post-16 Learning Advisor': the words after 'by' name who did it, not what the label
        # asks; they cost nothing (a keyword or a negative word among them still counts)
        by = _BY.split(normalised, maxsplit=1)
        agent = self.words(by[1]) - self.words(by[0]) if len(by) == 2 and by[0].strip() else frozenset()
        res: list[Match] = []
        if ws and len(ws) <= MAX_LABEL_WORDS:
            for c in self.concepts:
                if ws & c.negative:
                    continue
                score = sum(c.keywords.get(w, 0.0) for w in ws)
                # a number in a label is a period or an item's number ('at PEP 2'), not a word of its meaning
                unknown = sum(1 for w in ws if w not in c.keywords and w not in self.neutral and not w.isdigit()
                              and w not in agent)
                score -= UNKNOWN_PENALTY * unknown
                if score >= c.threshold:
                    res.append(Match(c.key, round(score, 2), "concept"))
        res.sort(key=lambda m: -m.score)
        out = tuple(res)
        if len(self._cache) > 20000:
            self._cache.clear()
        self._cache[normalised] = out
        return out

    def nearest(self, normalised: str, floor: float = 0.8) -> Optional[str]:
        """The concept a label most resembles even under its threshold (keyword weight >= ``floor``, no negative
        word): for saying which field an unread label was probably meant to be."""
        ws = self.words(normalised)
        if not ws or len(ws) > MAX_LABEL_WORDS:
            return None
        best = None
        for c in self.concepts:
            if ws & c.negative:
                continue
            score = sum(c.keywords.get(w, 0.0) for w in ws)
            if score >= floor and (best is None or score > best[0]):
                best = (score, c.key)
        return best[1] if best else None

    def best(self, normalised: str) -> Optional[Match]:
        """The one concept a label names, or None when nothing reaches its threshold or two are near-tied."""
        r = self.rank(normalised)
        if not r:
            return None
        if len(r) > 1 and r[0].score - r[1].score < MARGIN:
            return None
        return r[0]


@lru_cache(maxsize=4096)
def _fix_typo(word: str, vocab: tuple[str, ...]) -> Optional[str]:
    try:
        from rapidfuzz import fuzz, process
    except ImportError:  # pragma: no cover - pinned dependency
        return None
    got = process.extractOne(word, vocab, scorer=fuzz.ratio, score_cutoff=85)
    return got[0] if got else None


_LEADING_NUM = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\b(?!\s*[/:]\s*\d)")
_SENTENCE_END = re.compile(r"[.!?]\s*$")


_FIRST_SENTENCE = re.compile(r"^(.*?%)\s*\.\s+(?=[A-Z])", re.S)
_PERIOD_WORDS = re.compile(r"\b(?:autumn|spring|summer)\b|\b(?:term|pep|meeting|review)\s*\d|\b20\d\d\b", re.I)


def parse_typed(kind: str, value: str, latest: bool = False) -> Any:
    """The value as its type, or None if it does not parse (the candidate is then rejected).

    ``latest``: a value holding several (one per meeting or term, side by side) gives the latest date or the
    last figure."""
    v = (value or "").strip()
    if not v:
        return None
    if kind == "date":
        return latest_date(v) if latest else parse_date(v)
    if kind == "percent":
        pcts = [float(n) for n in re.findall(r"(\d{1,3}(?:\.\d+)?)\s*%", v) if float(n) <= 100]
        if pcts:
            # The last figure is the latest only when the figures are one per term or meeting; otherwise the
            # first is the value and the others its commentary ('89.7% - below the 95% we want for you').
            side_by_side = len(pcts) > 1 and (bool(_PERIOD_WORDS.search(v)) or "\n" in v)
            # '81.6%. Autumn term was 79.0%; last year 64%.': a figure that ends its sentence is the label's
            # value; the sentences after it are commentary on other periods, not a later figure.
            first = _FIRST_SENTENCE.match(v)
            if side_by_side and first and len(re.findall(r"\d\s*%", first[1])) == 1 and not _PERIOD_WORDS.search(first[1]):
                side_by_side = False
            # '96.2% (Autumn 1: 98.1%)': a figure in brackets is a note on the value before it, not a later one.
            # Why general: on any form a bracket annotates; the value is what stands outside it.
            outside = re.sub(r"\([^()]*\)", " ", v)
            if side_by_side and len(re.findall(r"\d\s*%", outside)) == 1 and not _PERIOD_WORDS.search(outside):
                side_by_side = False
            return pcts[-1] if latest and side_by_side else pcts[0]
        if latest:
            nums = [float(n) for n in re.findall(r"(?<![\d/])(\d{1,3}\.\d+)(?![\d/])", v) if float(n) <= 100]
            if nums:
                return nums[-1]
        p = parse_percent(v)
        if p is None:
            m = _LEADING_NUM.match(v)
            if m and 0 <= float(m[1]) <= 100:
                p = float(m[1])
        return p
    if kind == "money":
        return parse_money(v)
    if kind == "year_group":
        return parse_year_group(v)
    if kind == "name":
        v = undouble(v) if latest else v
        v = re.sub(r"\s*\([^)]*\)\s*$", "", v).strip()
        words = v.split()
        if not 1 <= len(words) <= 6 or re.search(r"\d|@|[☒☐✓]", v) or _SENTENCE_END.search(v) and len(words) > 3:
            return None
        if not words[0][:1].isupper():
            return None
        return v
    if kind == "proper":  # a proper name (a school, a setting): capitalised, not a description ('a Secondary academy')
        v = undouble(v) if latest else v
        if not v[:1].isupper() or re.match(r"(?i)(?:a|an)\s", v):
            return None
        if is_remark(v):
            return None
        kind = "text"
    if kind == "text":
        v = undouble(v) if latest else v
        if len(v.split()) > 12 or parse_date(v) or re.fullmatch(r"[\d\s.,/%£-]+", v):
            return None
        return v
    if kind == "prose":
        return v if len(v) <= 2000 else None
    if kind == "bool":
        from ..values import parse_bool

        return parse_bool(v)
    return v


_ALL_DATES = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}\b")


def is_remark(v: str) -> bool:
    """'Settled in class; good friendships.': a sentence someone said, never a proper name (a school's, a
    setting's), however capitalised."""
    return ";" in v or v.endswith((".", "!", "?")) and sum(w[:1].islower() for w in v.split()) >= 2


def latest_date(text: str) -> Optional[date]:
    """The latest of the dates in a value that holds several (one per meeting, side by side)."""
    dates = [d for d in (parse_date(m) for m in _ALL_DATES.findall(text)) if d]
    if not dates:
        return parse_date(text)
    return max(dates)


def undouble(text: str) -> str:
    """'Hollybank Primary Hollybank Primary' (the same value in two term columns) -> 'Hollybank Primary'."""
    words = text.split()
    n = len(words)
    if n >= 2 and n % 2 == 0 and words[: n // 2] == words[n // 2:]:
        return " ".join(words[: n // 2])
    return text
