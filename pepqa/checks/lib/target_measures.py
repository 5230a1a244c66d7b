"""Measures that are wording around numbers, for reading a target text (lib/target_reading.py): a quantified change
("raise her reading age by six months"), a behaviour swapped for another ("instead of calling out"), a letter
grade ("achieve a B") and a titled name ("Miss Price", an owner).

The words are lists in ``data/vocab/targets.toml``; what is here is the syntax around them (digits, spaces,
capital letters), so an authority can add a change verb or a unit without code.
"""
from __future__ import annotations

import re

from ...matching import straight
from .books import targets_book, word_set

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_OPT_SPACES = re.compile(r"\s*")
_BOUNDARY = re.compile(r"\b")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_GAP_STOP = ".;:"  # a change and its amount are in one clause
_GAP = 60  # characters between a change verb and its amount, at most


def _lit(text: str, pos: int, phrase: str) -> int:
    """End of ``phrase`` read at ``pos`` (any case; a space in the phrase is any run of spaces), or -1."""
    i = pos
    for k, part in enumerate(phrase.lower().split(" ")):
        if k:
            m = _SPACES.match(text, i)
            if not m:
                return -1
            i = m.end()
        if text[i:i + len(part)].lower() != part:
            return -1
        i += len(part)
    return i


def _amount_unit(text: str, p: int, amounts: list[str], units: list[str]) -> int:
    """End of an amount and its unit at ``p`` ("six months", "5%", "half a level"), or -1. A unit counts where
    a word starts with it; the first amount, then the first unit, in list order wins."""
    ends = []
    m = _DIGITS.match(text, p)
    if m:
        ends.append(m.end())
        if "." in m.group(0):
            ends.append(p + m.group(0).index("."))
    ends += [e for e in (_lit(text, p, a) for a in amounts) if e >= 0]
    for a in ends:
        b = _OPT_SPACES.match(text, a).end()
        for u in units:
            e = _lit(text, b, u)
            if e >= 0:
                return e
    return -1


def change_spans(text: str, vocab: dict) -> list[tuple[int, int, str]]:
    """The amount of each quantified change: a ``change_verbs`` phrase, then within the clause "by"/"up" and an
    amount with its unit. "by six months" there is how much, not by when."""
    amounts, units = [str(a) for a in vocab.get("change_amounts", ())], [str(u) for u in vocab.get("change_units", ())]
    out, last = [], 0
    for verb in targets_book(vocab).find(text, "change_verbs"):
        if verb.start_char < last:
            continue
        for q in range(verb.end_char, min(verb.end_char + _GAP, len(text)) + 1):
            if q > verb.end_char and text[q - 1] in _GAP_STOP:
                break
            if not _BOUNDARY.match(text, q):
                continue
            starts = [x for x in (_lit(text, q, "by") , _lit(text, q, "up")) if x >= 0]
            starts = [m.end() for m in (_SPACES.match(text, x) for x in starts) if m] + [q]
            hit = next(((p, e) for p in starts for e in [_amount_unit(text, p, amounts, units)] if e >= 0), None)
            if hit:
                out.append((hit[0], hit[1], text[hit[0]:hit[1]]))
                last = hit[1]
                break
    return out


_BEFORE_SWAP = re.compile(r"\b\w+(?:\s+\w+){0,5}\s+$")  # up to six words before "instead of"
_AFTER_SWAP = re.compile(r"\s+\w+ing\b(?:\s+\w+){0,3}", re.I)  # "calling out in class"


def swap_spans(text: str, vocab: dict) -> list[tuple[int, int, str]]:
    """A behaviour swapped for another ("put up her hand instead of calling out"): seen, or not, each time."""
    out, last = [], 0
    for sw in targets_book(vocab).find(text, "swaps"):
        if sw.start_char < last:
            continue
        before = _BEFORE_SWAP.search(text, last, sw.start_char)
        after = _AFTER_SWAP.match(text, sw.end_char)
        if before and after:
            out.append((before.start(), after.end(), text[before.start():after.end()]))
            last = after.end()
    return out


_GRADE_AFTER = re.compile(r"\s+(?:an?\s+)?(?:A\*|[A-EU])(?![\w*])")  # " a B", " A*": a capital grade letter


def letter_grade_spans(text: str, vocab: dict) -> list[tuple[int, int, str]]:
    """A letter grade after one of ``grade_verbs``: "achieve a B in her sociology mock", "(currently C)"."""
    verbs = word_set(vocab, "grade_verbs")
    out, last = [], 0
    for m in _WORD.finditer(text):
        if m.start() >= last and m.group(0).lower() in verbs:
            g = _GRADE_AFTER.match(text, m.end())
            if g:
                out.append((m.start(), g.end(), text[m.start():g.end()]))
                last = g.end()
    return out


_NAME_AFTER = re.compile(r"\.?\s+[A-Z][a-zA-Z'\-]+")  # " Ahmed", ". O'Neil"


def titled_names(text: str, vocab: dict) -> list[tuple[int, int, str]]:
    """A title as written (``titles``: "Mr", "Miss") and a capitalised name: an adult named as an owner."""
    titles = {straight(str(t)) for t in vocab.get("titles", ())}
    out, last = [], 0
    for m in _WORD.finditer(text):
        if m.start() >= last and m.group(0) in titles:
            n = _NAME_AFTER.match(text, m.end())
            if n:
                out.append((m.start(), n.end(), text[m.start():n.end()]))
                last = n.end()
    return out
