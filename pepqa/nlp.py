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

import sys
import types
from functools import lru_cache


def _import_spacy_without_its_cli() -> None:
    """Import spaCy without its command line (typer, rich, requests, weasel...): spaCy's ``__init__``
    imports ``spacy.cli.info`` for ``spacy.info``, about 0.3 s of a cold ``pepqa check`` that pepqa never
    uses. Stand-ins serve that one import; they are removed afterwards, so an explicit
    ``import spacy.cli`` still gets the real package."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so "spacy.cli.info" resolves
    info = types.ModuleType("spacy.cli.info")

    def no_info(*args, **kwargs):
        raise RuntimeError("spacy.info is not loaded inside pepqa; run `python -m spacy info`")

    info.info = no_info
    cli.info = info
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy  # noqa: F401
    finally:
        for name, stub in (("spacy.cli.info", info), ("spacy.cli", cli)):
            if sys.modules.get(name) is stub:
                del sys.modules[name]
        parent = sys.modules.get("spacy")
        if parent is not None and getattr(parent, "cli", None) is cli:
            delattr(parent, "cli")


_import_spacy_without_its_cli()

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402


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


@lru_cache(maxsize=1)
def _special_cases() -> frozenset[str]:
    return frozenset(get_nlp().tokenizer.rules)


def _plain_words(text: str) -> list[str] | None:
    """The words of ``text`` when the tokenizer can only split it at its single spaces: every word ASCII
    letters and no tokenizer special case ("cannot", "gonna"); else None."""
    if not text or not text.isascii():
        return None
    words = text.split(" ")
    special = _special_cases()
    for w in words:
        if not w.isalpha() or w in special:
            return None
    return words


def pattern_doc(text: str) -> Doc:
    """``nlp.make_doc(text)`` for a vocabulary phrase, built straight from its words when that is what the
    tokenizer would give (see :func:`_plain_words`). Why: the checks build ~2,000 phrase patterns when a
    process starts, and the tokenizer's prefix/suffix/infix search (~60 us a phrase) was ~15% of a cold
    ``pepqa check``; the Docs are the same (tests/test_nlp_fast.py checks every vocabulary phrase)."""
    words = _plain_words(text)
    if words is None:
        return get_nlp().make_doc(text)
    return Doc(get_nlp().vocab, words=words, spaces=[True] * (len(words) - 1) + [False])


def token_texts(text: str) -> tuple[str, ...]:
    """The lower-cased token texts of ``text`` (as ``[t.lower_ for t in tokenizer(text)]``), without the
    tokenizer for plain words (see :func:`pattern_doc`)."""
    words = _plain_words(text)
    if words is None:
        return tuple(t.lower_ for t in get_nlp().tokenizer(text))
    return tuple(w.lower() for w in words)
