"""EM: English and maths targets (and the subject matcher the PP+ spend checks share).

Walsall: "It is expected that each PEP have one English and maths target." Targets are recognised
from their area column or, where the area column is empty or unrecognised, from their text, with
the words that matched quoted back.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from ..nlp import doc, get_nlp

SUBJECTS = ("english", "maths")


@lru_cache(maxsize=32)
def _matcher(lists: tuple[tuple[str, tuple[str, ...]], ...]) -> PhraseMatcher:
    nlp = get_nlp()
    m = PhraseMatcher(nlp.vocab, attr="LOWER")
    for name, words in lists:
        if words:
            m.add(name, [nlp.make_doc(w) for w in words])
    return m


def subject_matches(text: str | None, vocab: dict, subjects: Iterable[str] = SUBJECTS) -> list[tuple[str, str, int, int]]:
    """Subject words in ``text``: ``[(subject, word_as_written, start, end), ...]`` in text order.

    ``vocab`` is the subjects vocabulary (``ctx.vocab("subjects")``); ``subjects`` names its lists
    (default English and maths). A word inside one of the list's ``<subject>_exclude`` phrases is
    not counted ("read and write numbers" is not English). Overlapping matches keep the longest.
    """
    if not text:
        return []
    subjects = tuple(subjects)
    lists = []
    for s in subjects:
        lists.append((s, tuple(vocab.get(s, ()))))
        lists.append((f"{s}_exclude", tuple(vocab.get(f"{s}_exclude", ()))))
    m = _matcher(tuple(lists))
    d = doc(text)
    strings = d.vocab.strings
    by_label: dict[str, list] = {}
    for mid, start, end in m(d):
        by_label.setdefault(strings[mid], []).append(d[start:end])
    out = []
    for s in subjects:
        excl = by_label.get(f"{s}_exclude", [])
        for sp in filter_spans(by_label.get(s, [])):
            if any(e.start_char <= sp.start_char and sp.end_char <= e.end_char for e in excl):
                continue
            out.append((s, sp.text, sp.start_char, sp.end_char))
    out.sort(key=lambda t: (t[2], t[0]))
    return out
