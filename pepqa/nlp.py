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
