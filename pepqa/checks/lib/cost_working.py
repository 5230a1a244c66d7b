"""Reading the working in a PP+ cost cell: '£15 per session x 12 sessions = £180', Walsall's chained
'£15 per hour x 3 £45 x 6 weeks £270', items joined by '+', minutes turned into hours when the rate is hourly.

Why here and not in a check: PP006 judges the arithmetic and tests read it directly. The syntax (money,
numbers, x, ×, *, @, =, +) is here; the words of the working ("times", "at", "for", "equals", "comes to",
"plus", minute and hour words) are spend.toml lists (cost_*_words, minute_words, hour_words).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .spend import CostWords, compiled, money

_TOK = re.compile(
    r"(?P<money>£\s*\d[\d,]*(?:\.\d+)?)"
    r"|(?P<ratio>\d+:\d+)"
    r"|(?P<num>(?<![\d.])(?<![A-WYZa-wyz_])\d+(?:\.\d+)?)"
    r"|(?P<mul>×|\*|(?<=[\d\s)])[xX](?=[\s£\d(])|^[xX](?=[\s£\d])|@)"
    r"|(?P<eq>=|->|→)"
    r"|(?P<plus>\+)"
    r"|(?P<word>[A-Za-z][A-Za-z'’]*)"
    r"|(?P<slash>/)"
    r"|(?P<brk>[;,()\[\]:\n\-–—.%])",
    re.I,
)
_LETTERS = re.compile(r"[A-Za-z]+")
_W = re.compile(r"\w")


@dataclass
class _Factor:
    value: float
    money: bool
    units: list[str] = field(default_factory=list)


@dataclass
class Working:
    """One run of cost working: '£15 per session x 12 sessions = £180'."""

    start: int
    end: int = 0
    terms: list[float] = field(default_factory=list)
    cur: list[_Factor] = field(default_factory=list)
    nmul: int = 0
    money_factor: bool = False
    checks: list = field(default_factory=list)  # (computed, stated, (start, end), [factors])
    final: Optional[float] = None
    numbers: int = 0
    words: CostWords = field(default_factory=CostWords, repr=False)

    def product(self) -> float:
        hourly = any(f.money and any(u in self.words.hourly for u in f.units) for f in self.cur)
        p = 1.0
        for f in self.cur:
            if f.units and f.units[0] in self.words.minutes and not f.money:
                if hourly:
                    p *= f.value / 60
                continue  # "30 minute sessions at £15 a session": the minutes describe, they don't multiply
            p *= f.value
        return p

    def total(self) -> float:
        return sum(self.terms) + (self.product() if self.cur else 0.0)

    def judged(self) -> bool:
        return (self.nmul >= 1 or bool(self.terms)) and self.money_factor


def _bounded(text: str, s: int, e: int) -> bool:
    """A whole word at text[s:e], as a regex \\b sees it (letters, digits and _ are word characters)."""
    return (s == 0 or not _W.match(text[s - 1])) and (e >= len(text) or not _W.match(text[e]))


def _keyword(text: str, s: int, cw: CostWords) -> Optional[tuple[str, int]]:
    """(kind, end) when a word of the working starts at ``s``: 'times' multiplies, 'at'/'for' give a rate,
    'equals'/'comes to' a result, 'plus' adds."""
    run = _LETTERS.match(text, s)
    w = run[0].lower()
    if not _bounded(text, s, run.end()):
        w = ""
    for kind, ws in (("mul", cw.multiply), ("soft", cw.rate), ("eq", cw.result)):
        if w in ws:
            return kind, run.end()
        if kind == "eq":
            for phrase in cw.result_phrases:
                p = " ".join(phrase)
                e = s + len(p)
                if text[s:e].lower() == p and _bounded(text, s, e):
                    return kind, e
    if w in cw.plus:
        return "plus", run.end()
    return None


def _tokens(text: str, cw: CostWords):
    pos = 0
    while True:
        m = _TOK.search(text, pos)
        if m is None:
            return
        kind, s, e = m.lastgroup, m.start(), m.end()
        if kind == "word":
            kw = _keyword(text, s, cw)
            if kw:
                kind, e = kw
        yield kind, text[s:e], s, e
        pos = e


def _val(tok: str) -> float:
    return float(tok.replace("£", "").replace(",", "").strip())


class _Reader:
    """Reading a cost cell left to right: the run of working open, whether it waits for a factor (after
    'x', '+' or at the start) and whether a result is due (after '=')."""

    def __init__(self, cw: CostWords):
        self.cw = cw
        self.works: list[Working] = []
        self.cur: Optional[Working] = None
        self.expect_factor = True
        self.pending_eq = False

    @property
    def after_value(self) -> bool:
        """A run is open and its last token was a number (so 'x', '+' or a unit may follow)."""
        return self.cur is not None and not self.expect_factor and not self.pending_eq

    def close(self) -> None:
        if self.cur is not None:
            self.works.append(self.cur)
        self.cur = None
        self.expect_factor = True
        self.pending_eq = False

    def start(self, kind: str, tok: str, s: int, e: int) -> None:
        f = _Factor(_val(tok), kind == "money")
        self.cur = Working(start=s, end=e, words=self.cw, cur=[f], money_factor=f.money, numbers=1)
        self.expect_factor = False

    def number(self, kind: str, tok: str, s: int, e: int) -> None:
        cur = self.cur
        if cur is None:
            self.start(kind, tok, s, e)
            return
        v = _val(tok)
        if self.pending_eq or (not self.expect_factor and kind == "money" and cur.nmul >= 1):
            # a stated result: '= £180', or Walsall's '... x 6 weeks £270'
            if cur.judged():
                cur.checks.append((cur.total(), v, (s, e), list(cur.cur)))
            cur.terms, cur.cur = [], [_Factor(v, kind == "money")]
            cur.final = v
        elif self.expect_factor:
            f = _Factor(v, kind == "money")
            cur.cur.append(f)
            cur.money_factor |= f.money
        else:
            self.close()
            self.start(kind, tok, s, e)
            return
        cur.numbers += 1
        cur.end = e
        self.expect_factor = False
        self.pending_eq = False

    def multiply(self, kind: str) -> None:
        if self.after_value:
            self.cur.nmul += 1
            self.expect_factor = True
        elif not (self.cur is None and kind == "mul"):
            self.close()

    def equals(self) -> None:
        if self.cur is not None and not self.expect_factor:
            self.pending_eq = True
        else:
            self.close()

    def plus(self) -> None:
        if self.after_value:
            self.cur.terms.append(self.cur.product())
            self.cur.cur = []
            self.expect_factor = True
        else:
            self.close()

    def word(self, kind: str, tok: str) -> None:
        """A unit after a number ('per hour', 'weeks') belongs to it; a word where a number was due ends the run."""
        if self.after_value and self.cur.cur:
            if kind != "slash":
                if len(self.cur.cur[-1].units) >= 5:
                    self.close()
                else:
                    self.cur.cur[-1].units.append(tok.lower())
        elif self.cur is not None and not self.after_value:
            self.close()

    def punctuation(self, tok: str) -> None:
        if not (tok == "." and self.cur is not None and not self.expect_factor):
            self.close()  # but a full stop after a unit ("6 wks.") ends nothing on its own


def cost_workings(text: Optional[str], cw: Optional[CostWords] = None) -> tuple[list[Working], int]:
    """The runs of working in a cost cell, and how many numbers lie outside them (``cw``: the words of the
    working, default pepqa's own spend.toml)."""
    if not text:
        return [], 0
    cw = cw or compiled("").cost
    toks = list(_tokens(text, cw))
    r = _Reader(cw)
    for i, (kind, tok, s, e) in enumerate(toks):
        nxt = toks[i + 1][0] if i + 1 < len(toks) else None
        if kind in ("money", "num"):
            r.number(kind, tok, s, e)
        elif kind == "mul" or (kind == "soft" and nxt in ("money", "num")):
            r.multiply(kind)
        elif kind == "eq":
            r.equals()
        elif kind == "plus":
            r.plus()
        elif kind in ("word", "soft", "slash"):
            r.word(kind, tok)
        elif kind == "ratio":
            r.close()
        else:
            r.punctuation(tok)
    r.close()
    for w in r.works:
        if w.final is None and w.judged():
            w.final = w.total()
    counted = sum(w.numbers for w in r.works if w.judged() or w.checks)
    allnums = sum(1 for k, *_ in toks if k in ("money", "num"))
    return r.works, allnums - counted


def tolerance(x: float) -> float:
    """Pence lost to rounding a rate ('£666.66 x 3 = £2000', '£8.33 x 12 = £100') is not an error."""
    return 0.99


def fmt_factors(factors: list[_Factor], cw: CostWords) -> str:
    bits = []
    for f in factors:
        if f.units and f.units[0] in cw.minutes and not f.money:
            continue
        bits.append(money(f.value) if f.money else (f"{f.value:g}"))
    return " × ".join(bits)
