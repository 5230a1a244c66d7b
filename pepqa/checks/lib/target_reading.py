"""Reading one target text (a statement, a success criterion, a by-when cell): its time frames, measures, vague
wording, hedges and owners, as character spans quoted back in the ST messages.

Phrase lists are ``data/vocab/targets.toml`` (read with :mod:`pepqa.matching`); numbers, dates and durations are
found by pattern. Phase-aware: in early years an observable "Ava will put on her coat" is a measure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...nlp import doc
from .books import targets_book, word_set
from .empties import VOCAB as SHARED_EMPTY_VOCAB, EmptyCells, empty_cells as _empty_cells
from .target_measures import change_spans, letter_grade_spans, swap_spans, titled_names
from .timeframes import time_spans

# -- phrase finding ---------------------------------------------------------------------------------

_LISTS = ("vague", "hedges", "number_words", "frequency", "measure_words", "observable_words",
          "not_observable_verbs", "time_phrases", "not_deadlines", "owners", "not_measures", "product_verbs")


def find(text: str | None, vocab: dict, names=_LISTS) -> dict[str, list[tuple[int, int, str]]]:
    """Phrase matches in ``text`` per vocabulary list: ``{name: [(start, end, text), ...]}``, longest wins.

    ``{child}`` in a list (not_owners) stands for the child's names, which the caller compares itself: the
    slot is empty in targets.toml, so the marker matches nothing."""
    out: dict[str, list] = {n: [] for n in names}
    if not text:
        return out
    b = targets_book(vocab)
    d = b.doc(text)
    for n in names:
        out[n] = [(sp.start_char, sp.end_char, sp.text) for sp in b.find(d, n)]
    return out


# What the checks that judge a whole target cell empty declare: the lists meaning empty in every box (empty.toml)
# and targets.toml's own placeholders.
EMPTY_VOCAB = SHARED_EMPTY_VOCAB + ("targets.placeholders",)


def empty_cells(ctx) -> EmptyCells:
    """Whether a whole target cell (by when, who, last term's outcome) means empty: blank, a form placeholder or
    an answer holding nothing ('Click here to enter text.', 'N/A', 'TBC', '-'), or a targets.toml placeholder."""
    return _empty_cells(ctx, "targets.placeholders")


# Numbers that are labels, not measures: year groups, key stages, one-to-one, times of day (notation).
_LABEL_RES = [
    re.compile(r"\b(?:year|yr|y|ncy)\s*\d{1,2}\b", re.I),
    re.compile(r"\b(?:ks|key\s+stage)\s*\d\b", re.I),
    re.compile(r"\b1\s*:\s*1\b|\bone[\s\-]to[\s\-]one\b", re.I),
    re.compile(r"\b\d{1,2}(?:\.\d\d)?\s*(?:am|pm)\b", re.I),
]
_NUM = re.compile(r"\d+(?:[.,]\d+)?%?")


def _regex_spans(text: str, res) -> list[tuple[int, int, str]]:
    out = []
    for r in res:
        out.extend((m.start(), m.end(), m.group(0)) for m in r.finditer(text))
    return out


def _merge(text: str, spans: list) -> list[tuple[int, int, str]]:
    """Overlapping or adjacent spans joined ('February' + 'half-term' -> 'February half-term')."""
    out: list[list] = []
    for s, e, *_ in sorted(spans):
        if out and (s <= out[-1][1] or not text[out[-1][1]:s].strip(" -")):
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e, text[s:e]) for s, e in out]


def _cut(spans: list, holes: list, text: str) -> list:
    """``spans`` with the parts inside ``holes`` removed (what is left keeps its text)."""
    out = []
    for s, e, *_ in spans:
        pieces = [(s, e)]
        for hs, he in holes:
            nxt = []
            for ps, pe in pieces:
                if he <= ps or pe <= hs:
                    nxt.append((ps, pe))
                    continue
                if ps < hs:
                    nxt.append((ps, hs))
                if he < pe:
                    nxt.append((he, pe))
            pieces = nxt
        for ps, pe in pieces:
            seg = text[ps:pe]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if re.search(r"[A-Za-z0-9]", seg) and not re.fullmatch(r"(?i)(?:by|in|within|over|for|the|up)", seg):
                out.append((ps + lead, ps + lead + len(seg), seg))
    return out


def _inside(span, spans) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e, *_ in spans)


def _overlaps(span, spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e, *_ in spans)

# -- reading one text ---------------------------------------------------------------------------------

@dataclass
class Reading:
    """What one text (a target statement, a success criterion, a by-when cell) says."""

    text: str
    times: list = field(default_factory=list)       # (start, end, text)
    measures: list = field(default_factory=list)    # (start, end, text, kind) kind: number|word|frequency|observable
    vague: list = field(default_factory=list)
    hedges: list = field(default_factory=list)
    owners: list = field(default_factory=list)
    not_deadlines: list = field(default_factory=list)

    @property
    def strong(self) -> list:
        """Measures that make wording specific: numbers, quantities and defined standards."""
        return [m for m in self.measures if m[3] in ("number", "word")]


def _observable_actions(t: str, toks: list, found: dict, vague: list, early_years: bool) -> list:
    """"will put on her coat" / "able to explain": an observable action, unless the verb is a vague one.

    The modal words walked over here ("able to", "will", "can", "now", "also") are English grammar, not wording
    an authority varies; the verbs that do not make an action observable are vocab ``not_observable_verbs``."""
    out = []
    not_obs_starts = {s for s, _e, _w in found["not_observable_verbs"]}
    for i, tok in enumerate(toks):
        low = tok.lower_
        j = None
        if low == "able" and i + 1 < len(toks) and toks[i + 1].lower_ == "to":
            j = i + 2
        elif early_years and low in ("will", "can") or (early_years and low == "to" and i <= 3):
            j = i + 1
        if j is None or j >= len(toks):
            continue
        while j < len(toks) and toks[j].lower_ in ("now", "also", "then", "always", "be", "able", "to", "then"):
            if toks[j].lower_ == "be" and not (j + 2 < len(toks) and toks[j + 1].lower_ == "able"):
                break
            j += 1
        if j >= len(toks) or not toks[j].is_alpha:
            continue
        if toks[j].idx in not_obs_starts or _inside((toks[j].idx, toks[j].idx + len(toks[j])), vague):
            continue
        if not (low == "able" or early_years):
            continue
        end = toks[min(j + 4, len(toks) - 1)]
        out.append((toks[j].idx, end.idx + len(end), t[toks[j].idx:end.idx + len(end)], "observable"))
    return out


def _products(t: str, toks: list, found: dict, vocab: dict, weak: list) -> list:
    """"will write a letter with paragraphs": one defined product, seen to exist or not (vocab product_verbs,
    then one of product_determiners and a noun that is not one of product_not_objects)."""
    out = []
    not_obj, dets = word_set(vocab, "product_not_objects"), word_set(vocab, "product_determiners")
    for s, e, _ in found["product_verbs"]:
        k = next((i for i, tok in enumerate(toks) if tok.idx >= e), None)
        # "a"/"an" one thing; "her UCAS application": her own one thing
        if k is None or k + 1 >= len(toks) or toks[k].lower_ not in dets:
            continue
        obj = toks[k + 1]
        if not obj.is_alpha or obj.lower_ in not_obj or _overlaps((s, e), weak):
            continue
        end = toks[min(k + 3, len(toks) - 1)]
        out.append((s, end.idx + len(end), t[s:end.idx + len(end)], "observable"))
    return out


def _not_scope(t: str, meas: list, vocab: dict) -> list:
    """"in all lessons", "across all areas": "all"/"every" after one of vocab scope_prepositions is scope, not
    quantity."""
    scope = word_set(vocab, "scope_prepositions")

    def _scope(m) -> bool:
        before = re.search(r"(\w+)\s+$", t[max(0, m[0] - 80):m[0]])  # a window: not the whole text per measure
        return m[3] == "word" and m[2].lower() in ("all", "every") and bool(before) and before.group(1).lower() in scope

    return [m for m in meas if not _scope(m)]


def _counted(t: str, found: dict, masked: list, vocab: dict) -> list:
    """Numbers, letter grades and the measure lists (number_words, measure_words, frequency, observable_words),
    less those inside a time frame or a label ("Year 9", "all subjects")."""
    meas = []
    for m in _NUM.finditer(t):
        sp = (m.start(), m.end(), m.group(0))
        if not _overlaps(sp, masked):
            meas.append(sp + ("number",))
    meas += [sp + ("word",) for sp in letter_grade_spans(t, vocab)]
    for kind, key in (("number", "number_words"), ("word", "measure_words"), ("frequency", "frequency"),
                      ("observable", "observable_words")):
        for sp in found[key]:
            # "every" inside "every day" is a frequency, not a quantity
            if not _overlaps(sp, masked) and not (kind == "word" and _overlaps(sp, found["frequency"])):
                meas.append(sp + (kind,))
    return meas


def read_text(text: str | None, vocab: dict, early_years: bool = False) -> Reading:
    t = text or ""
    r = Reading(t)
    if not t.strip():
        return r
    found = find(t, vocab)
    change = change_spans(t, vocab)
    raw_times = time_spans(t, vocab) + found["time_phrases"]
    # "by six months" right after a change verb is how much, not by when: cut it out of any time span
    raw_times = _cut(raw_times, [(max(0, cs - 3), ce) for cs, ce, _ in change], t)
    r.times = _merge(t, raw_times)
    # year groups, key stages and scope words ("in all subjects") look like quantities but measure nothing
    labels = _regex_spans(t, _LABEL_RES) + found["not_measures"]
    r.vague = list(found["vague"])
    r.hedges = found["hedges"]
    r.not_deadlines = found["not_deadlines"]
    meas = _counted(t, found, r.times + labels, vocab)
    toks = list(doc(t))
    meas += _observable_actions(t, toks, found, r.vague, early_years)
    meas = _not_scope(t, meas, vocab)
    meas += _products(t, toks, found, vocab, r.vague + r.hedges)
    meas += [sp + ("number",) for sp in change]
    meas += [sp + ("observable",) for sp in swap_spans(t, vocab)]
    if change:  # "raise ... by six months": the change verb has its measure, so it is not vague
        r.vague = [v for v in r.vague if not any(v[0] <= c[0] <= v[1] + 60 for c in change)]
    # A measure inside a vague phrase ("her target grade") does not count.
    r.measures = sorted(m for m in meas if not _inside(m, r.vague))
    r.owners = found["owners"] + titled_names(t, vocab)
    return r
