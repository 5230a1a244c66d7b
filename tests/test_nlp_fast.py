"""pepqa.nlp.pattern_doc / token_texts: the tokenizer skipped for plain words must give what it would give."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pepqa.nlp import _plain_words, get_nlp, pattern_doc, token_texts

VOCAB = Path(__file__).resolve().parents[1] / "pepqa" / "data" / "vocab"


def _strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from _strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)


def _phrases() -> list[str]:
    out = set()
    for f in sorted(VOCAB.glob("*.toml")):
        out.update(_strings(tomllib.loads(f.read_text(encoding="utf-8"))))
    return sorted(out)


TRICKY = ["cannot", "Cannot", "gonna", "wanna", "gotta", "lemme", "im", "Im", "dont", "cant", "ive", "youre",
          "whats", "hes", "shes", "its", "lets", "aint", "doin", "nothin", "somethin", "havin", "ya", "em",
          "a b", "I am", "  two  spaces", "trailing ", "e.g.", "don't", "co-operate", "Mr", "Mrs", "St",
          "vs", "etc", "am", "pm", "a", "I", "PP", "SEND", "key stage two", "café", "x" * 40]


def _same(text: str) -> None:
    nlp = get_nlp()
    want = nlp.make_doc(text)
    got = pattern_doc(text)
    assert [t.text for t in got] == [t.text for t in want], text
    assert [t.whitespace_ for t in got] == [t.whitespace_ for t in want], text
    assert [t.lower_ for t in got] == [t.lower_ for t in want], text
    assert [t.norm_ for t in got] == [t.norm_ for t in want], text
    assert got.text == want.text
    assert token_texts(text) == tuple(t.lower_ for t in nlp.tokenizer(text)), text


def test_every_vocabulary_phrase():
    phrases = _phrases()
    assert len(phrases) > 500
    plain = 0
    for p in phrases:
        _same(p)
        plain += _plain_words(p) is not None
    assert plain > len(phrases) // 2, "most phrases take the fast path (else it saves nothing)"


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_words(text):
    _same(text)


def test_special_cases_are_not_plain():
    assert _plain_words("cannot") is None and _plain_words("gonna be") is None
    assert _plain_words("reading age") == ["reading", "age"]
