"""One :class:`~pepqa.matching.PhraseBook` per vocabulary and set of lists, and plain-word sets, built once.

Why: a book compiles its lists into spaCy matchers, and each book is one pass over a text. The checks ask for
lists of the same vocabulary for every text of every PEP, so a module names all the lists it reads of a
vocabulary once and always asks for that book: one pass per text finds every list (cached on the text's Doc).
Plain-word lists become sets once. The vocabulary dicts come from ``load_vocab`` (cached): a book is kept per
dict object, and the dict is held so its id cannot be reused.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Optional

from ...matching import PhraseBook, words

_BOOKS: dict[tuple, tuple[dict, PhraseBook]] = {}
_WORDS: dict[tuple, tuple[dict, frozenset]] = {}
_MAX = 256  # entries kept per cache: vocabularies come and go (tests, policies), so the caches must not grow forever


def remember(cache: dict, key, vocab: dict, value):
    """``value`` cached under ``key`` beside the vocabulary it was built from (a full cache starts again)."""
    if len(cache) >= _MAX:
        cache.clear()
    cache[key] = (vocab, value)
    return value


def book(vocab: dict, names: Iterable[str], where: str = "vocabulary", slots: bool = False,
         lists: Optional[Mapping[str, Iterable[str]]] = None) -> PhraseBook:
    """The book of lists ``names`` of ``vocab``. A list ``<name>_exclude`` of the vocabulary is its exclusion
    list; with ``slots`` the vocabulary's ``[slots]`` table fills ``{slot}``; ``lists`` gives lists derived
    from the vocabulary (e.g. one per step of a table) instead of its own lists of those names."""
    names = tuple(names)
    key = (id(vocab), names, slots)
    hit = _BOOKS.get(key)
    if hit is not None and hit[0] is vocab:
        return hit[1]
    exclude = {n: f"{n}_exclude" for n in names if f"{n}_exclude" in vocab}
    lists = {n: (lists or {}).get(n, vocab.get(n, ())) for n in names + tuple(exclude.values())}
    b = PhraseBook({n: list(v) for n, v in lists.items()}, vocab.get("slots", {}) if slots else None, exclude,
                   where=where)
    return remember(_BOOKS, key, vocab, b)


def word_set(vocab: dict, name: str) -> frozenset[str]:
    """Plain-word list ``name`` of ``vocab`` as a set of lower-case words (:func:`pepqa.matching.words`)."""
    key = (id(vocab), name)
    hit = _WORDS.get(key)
    if hit is not None and hit[0] is vocab:
        return hit[1]
    return remember(_WORDS, key, vocab, words(vocab.get(name, ())))


# Every phrase list of targets.toml the ST checks read (one book, one pass per text).
TARGET_LISTS = ("vague", "hedges", "number_words", "frequency", "measure_words", "observable_words",
                "not_observable_verbs", "time_phrases", "not_deadlines", "owners", "not_measures", "product_verbs",
                "not_owners", "input_verbs", "change_verbs", "swaps", "period_frames", "day_frames",
                "month_half_terms", "week_numbers", "half_term", "next_pep")
_TARGETS: dict[int, tuple[dict, PhraseBook]] = {}


def targets_book(vocab: dict) -> PhraseBook:
    """The book of the targets vocabulary's phrase lists (``{child}`` and the time-frame slots from its [slots]),
    with each word of the [deadline_dates] table as a list of its own ("deadline_dates.christmas")."""
    hit = _TARGETS.get(id(vocab))
    if hit is None or hit[0] is not vocab:
        dated = {f"deadline_dates.{k}": [str(k)] for k in vocab.get("deadline_dates", {})}
        return remember(_TARGETS, id(vocab), vocab,
                        book(vocab, TARGET_LISTS + tuple(dated), "targets vocabulary", slots=True, lists=dated))
    return hit[1]
