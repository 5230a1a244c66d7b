"""The one spaCy pipeline pepqa uses, built once per process.

Choice (measured, see bench/ and the closing notes): a *blank* English pipeline
(tokenizer + sentencizer) with rule components (Matcher / PhraseMatcher built by each
check from the vocabulary files). Why not a statistical model: spaCy's official models are
not on PyPI (a pinned, offline install is not possible from the allowed registries), and the
checks' decisions rest on phrase lists that authorities curate; a tokenizer plus rules is
~100x faster than a tagger/parser and keeps every judgement explainable ("matched 'improve'
with no number, date or criterion"). Inflections are covered by listing word forms in the
vocabularies and by :func:`stem` below.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=4096)
def _doc_cached(text: str) -> Doc:
    return get_nlp()(text)


def doc(text: str) -> Doc:
    """A parsed Doc for ``text`` (cached: several checks read the same field)."""
    return _doc_cached(text or "")


def stem(word: str) -> str:
    """A crude, predictable stem for matching inflections ('improving' -> 'improv')."""
    w = word.lower()
    for suf in ("ing", "ed", "es", "s", "e"):
        if len(w) > len(suf) + 2 and w.endswith(suf):
            return w[: -len(suf)]
    return w
