"""A :class:`~pepqa.matching.PhraseBook` per vocabulary and set of lists, built once and reused.

Why: a book compiles its lists into spaCy matchers (milliseconds per list); the checks ask for the same lists
of the same vocabulary for every text of every PEP. The vocabulary dicts come from ``load_vocab`` (cached), so a
book is kept per dict object (the dict is held, so its id cannot be reused) and per list names.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Optional

from ...matching import PhraseBook

_BOOKS: dict[tuple, tuple[dict, PhraseBook]] = {}


def book(vocab: dict, names: Iterable[str], exclude: Optional[Mapping[str, str]] = None,
         slots: Optional[Mapping[str, Iterable[str]]] = None, where: str = "vocabulary",
         lists: Optional[Mapping[str, Iterable[str]]] = None) -> PhraseBook:
    """The book of lists ``names`` of ``vocab`` (an exclusion list named in ``exclude`` is compiled too).

    ``lists``: lists derived from ``vocab`` (e.g. one per step of a table's entries) under the names ``names``,
    instead of ``vocab``'s own lists of those names."""
    names = tuple(names)
    exclude = {k: v for k, v in (exclude or {}).items() if k in names}
    key = (id(vocab), names, tuple(sorted(exclude.items())), tuple(sorted((k, tuple(v)) for k, v in (slots or {}).items())))
    hit = _BOOKS.get(key)
    if hit is not None and hit[0] is vocab:
        return hit[1]
    if lists is None:
        lists = {n: list(vocab.get(n, ())) for n in names}
        for ex in exclude.values():
            lists[ex] = list(vocab.get(ex, ()))
    b = PhraseBook(dict(lists), {k: list(v) for k, v in (slots or {}).items()}, exclude, where=where)
    _BOOKS[key] = (vocab, b)
    return b


def spans(b: PhraseBook, text: str | None, name: str) -> list[tuple[int, int, str]]:
    """Matches of list ``name`` in ``text`` as ``(start_char, end_char, text)``, in text order."""
    if not text:
        return []
    return [(s.start_char, s.end_char, s.text) for s in b.find(text, name)]
