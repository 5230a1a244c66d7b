"""The one phrase matcher every check uses, so a vocabulary entry means the same thing in every file.

Why one engine: wording lives in data (``pepqa/data/vocab/*.toml``) an authority extends without code,
and an entry must behave the same whichever check reads it. The semantics, documented for authorities
in ``pepqa/data/vocab/README.md``:

- A pattern is words separated by spaces. Each word matches one whole word of the text, ignoring case
  ("art" never matches inside "start"). Text and pattern are split into words the same way, so
  "didn't", "n/a", "1:1" and "one-to-one" in a pattern match the same writing in a PEP. Curly and
  straight apostrophes and quotes are the same.
- ``(a|b|c)``: any one of these. A choice of several words ("(to follow|will follow)") is expanded
  into separate phrases.
- ``{slot}``: any one word of the file's ``[slots]`` table entry ``slot``.
- ``_``: any one word.
- ``#``: any number written in digits ("12", not "12th", "1.5" or "twelve").
- ``word~``: any word with the same stem as ``word`` ("improve~" matches improves, improved, improving).
- ``?`` / ``*`` / ``+`` after a word, a choice or a slot: optional / any number / one or more of it.
- Within one list, overlapping matches keep the longest (then the leftmost).
- ``\\`` before a character makes it literal: ``pp\\+`` is the word "pp+", not "pp" repeated.
- A list may have an exclusion list: a match lying inside a match of the exclusion list is not a
  match ("read and write numbers" is not English). Pass ``exclude={"english": "english_exclude"}``.

Plain-word lists (sets of single words a check compares tokens with) are not patterns; they are read
with :func:`words`.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping, Optional

from spacy.attrs import LOWER
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .errors import ConfigError
from .nlp import doc as nlp_doc, get_nlp, stem, token_texts

_PART = re.compile(r"\([^()]*\)[?*+]?|\S+")
_OPS = "?*+"
_BOOK_KEYS = itertools.count()
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"})

if not Token.has_extension("pepqa_stem"):
    Token.set_extension("pepqa_stem", getter=lambda t: stem(t.lower_))


def straight(text: str) -> str:
    """Curly quotes to straight ones, one character for one, so character offsets stay valid."""
    return text.translate(_STRAIGHT)


@lru_cache(maxsize=None)
def _tokens(text: str) -> tuple[str, ...]:
    return token_texts(straight(text))


def _escaped_end(part: str) -> bool:
    """The last character is written literally (``pp\\+``), not as an operator or a stem mark."""
    return len(part) > 1 and part[-2] == "\\"


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _split(part: str) -> tuple[str, str]:
    if len(part) > 1 and part[-1] in _OPS and not _escaped_end(part):
        return part[:-1], part[-1]
    return part, ""


def _check_brackets(body: str, part: str, phrase: str, where: str) -> None:
    """A choice or slot left open ('(likes|loves maths', '{child') is the writer's typo, not a word to match."""
    for open_, close in (("(", ")"), ("{", "}")):
        opens, closes = body.startswith(open_), body.endswith(close) and not _escaped_end(body)
        if opens != closes:
            lone, other = (open_, close) if opens else (close, open_)
            raise ConfigError(f"{where}: '{part}' in '{phrase}': {lone} without its {other} "
                              f"(write \\{lone} for the character itself)")


def expand(phrase: str, where: str = "vocabulary") -> list[str]:
    """A pattern whose choices hold several words, as the plain patterns it stands for."""
    choices: list[list[str]] = []
    for part in _PART.findall(phrase):
        body, op = _split(part)
        _check_brackets(body, part, phrase, where)
        if body.startswith("(") and body.endswith(")"):
            opts = body[1:-1].split("|")
            if any(len(_tokens(o)) != 1 for o in opts):
                if op in "*+" and op:
                    raise ConfigError(f"{where}: '{part}' in '{phrase}': use ? with choices of several words")
                choices.append(opts + ([""] if op == "?" else []))
                continue
        choices.append([part])
    return [" ".join(w for w in combo if w) for combo in itertools.product(*choices)]


def _is_literal(phrase: str) -> bool:
    """No operator, choice, slot, wildcard or stem: a PhraseMatcher can take it (faster, same result)."""
    return not any(part in ("_", "#") or part[0] in "({" or (len(part) > 1 and part[-1] in _OPS + "~"
                                                             and not _escaped_end(part))
                   for part in _PART.findall(phrase))


def compile_pattern(phrase: str, slots: Mapping[str, Iterable[str]], where: str = "vocabulary") -> list[dict]:
    """One expanded pattern as a spaCy Matcher pattern on lower-case words."""
    pattern: list[dict] = []
    for part in _PART.findall(phrase):
        body, op = _split(part)
        if body.startswith("{") and body.endswith("}"):
            name = body[1:-1]
            if name not in slots:
                raise ConfigError(f"{where}: unknown slot {body} in '{phrase}' (known: {', '.join(sorted(slots)) or 'none'})")
            spec: dict = {"LOWER": {"IN": sorted({w for s in slots[name] for w in _tokens(s)})}}
        elif body.startswith("(") and body.endswith(")"):
            spec = {"LOWER": {"IN": [_tokens(o)[0] for o in body[1:-1].split("|")]}}
        elif body == "_":
            spec = {}
        elif body == "#":
            spec = {"IS_DIGIT": True}
        elif len(body) > 1 and body.endswith("~") and not _escaped_end(body):
            spec = {"_": {"pepqa_stem": stem(body[:-1])}}
        else:
            toks = _tokens(_unescape(body))
            if op and len(toks) != 1:
                raise ConfigError(f"{where}: '{part}' in '{phrase}': ?, * and + apply to one word")
            pattern.extend({"LOWER": t} for t in toks[:-1])
            spec = {"LOWER": toks[-1]}
        if op:
            spec["OP"] = op
        pattern.append(spec)
    return pattern


def _needed_words(pattern: list[dict]) -> tuple[frozenset, ...]:
    """The word sets a compiled pattern needs met, one for each part that is neither optional nor a wildcard,
    number or stem (a match has a word of each)."""
    out = []
    for spec in pattern:
        low = spec.get("LOWER")
        if low is None or spec.get("OP") in ("?", "*"):
            continue
        out.append(frozenset(low["IN"]) if isinstance(low, dict) else frozenset((low,)))
    return tuple(out)


@dataclass(frozen=True)
class Match:
    """One match: the list it came from and its span in the Doc (``.text``, ``.start_char``...)."""

    name: str
    span: Span

    @property
    def text(self) -> str:
        return self.span.text


class PhraseBook:
    """Named pattern lists compiled once; ``find`` gives the matches of one list in a text."""

    def __init__(self, lists: Mapping[str, Iterable[str]], slots: Optional[Mapping[str, Iterable[str]]] = None,
                 exclude: Optional[Mapping[str, str]] = None, where: str = "vocabulary"):
        self.key = next(_BOOK_KEYS)  # names this book's matches cached on a Doc (an id() is reused once freed)
        nlp = get_nlp()
        slots = {k: list(v) for k, v in (slots or {}).items()}
        self.exclude = dict(exclude or {})
        self.names = tuple(lists)
        self._literal = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._patterns = Matcher(nlp.vocab)
        self._has_literal = self._has_patterns = False
        self._needs: set[tuple[frozenset, ...]] = set()  # per pattern: word sets a Doc must each meet to match
        self._gate: Optional[tuple[bool, dict]] = None
        for name, phrases in lists.items():
            literal, patterns = [], []
            for entry in phrases:
                if not isinstance(entry, str):
                    raise ConfigError(f"{where}: list '{name}' holds {entry!r}, not a word or phrase")
                for p in expand(entry, where):
                    if not p.strip():
                        continue
                    if _is_literal(p):
                        literal.append(Doc(nlp.vocab, words=list(_tokens(_unescape(p)))))
                    else:
                        patterns.append(compile_pattern(p, slots, where))
            if literal:
                self._literal.add(name, literal)
                self._has_literal = True
            if patterns:
                self._patterns.add(name, patterns)
                self._has_patterns = True
                self._needs.update(_needed_words(p) for p in patterns)

    def doc(self, text: str) -> Doc:
        """The Doc the book matches in (cached): ``text`` with its quotes straightened."""
        return nlp_doc(straight(text or ""))

    def has_read(self, d: Doc) -> bool:
        """Whether this book's matches in ``d`` are already cached (a caller may then ask it rather than a
        smaller book: the answer costs nothing)."""
        return self.key in d.user_data.get("pepqa_matches", {})

    def _all(self, d: Doc) -> dict[str, list[Span]]:
        cache = d.user_data.setdefault("pepqa_matches", {})
        if self.key not in cache:
            found: dict[str, list[Span]] = {}
            strings = d.vocab.strings
            raw = (self._literal(d) if self._has_literal else []) + (self._patterns(d) if self._may_match(d) else [])
            for mid, s, e in raw:
                found.setdefault(strings[mid], []).append(d[s:e])
            cache[self.key] = found
        return cache[self.key]

    def _may_match(self, d: Doc) -> bool:
        """Could any pattern match in ``d``? Each needs a word of each of its required parts: a Doc with none
        skips the token Matcher (the slow part of matching), with the same result."""
        if not self._has_patterns:
            return False
        if self._gate is None:  # indexed once: each pattern under the words of its smallest required part
            strings = d.vocab.strings
            always, index = False, {}
            for need in self._needs:
                if not need:
                    always = True
                    break
                hashed = tuple(frozenset(strings.add(w) for w in ws) for ws in need)
                for w in min(hashed, key=len):
                    index.setdefault(w, []).append(hashed)
            self._gate = (always, index)
        always, index = self._gate
        if always:
            return True
        have = set(d.to_array(LOWER).tolist())  # the Doc's lower-case words, as the Matcher sees them (hashes)
        return any(all(not have.isdisjoint(ws) for ws in need) for w in have.intersection(index) for need in index[w])

    def find(self, text_or_doc, name: str) -> list[Span]:
        """Longest non-overlapping matches of list ``name``, in text order, less those inside its exclusion list."""
        d = text_or_doc if isinstance(text_or_doc, Doc) else self.doc(text_or_doc)
        found = self._all(d)
        if name not in found:
            return []
        spans = filter_spans(found[name])
        excl = found.get(self.exclude.get(name, ""), []) if name in self.exclude else []
        if excl:
            spans = [s for s in spans if not any(x.start <= s.start and s.end <= x.end for x in excl)]
        return sorted(spans, key=lambda s: s.start)

    def find_all(self, text_or_doc, names: Optional[Iterable[str]] = None) -> list[Match]:
        """Matches of several lists (default all), in text order."""
        d = text_or_doc if isinstance(text_or_doc, Doc) else self.doc(text_or_doc)
        found = self._all(d)  # lists with no raw match have nothing to filter (a book may hold hundreds)
        out = [Match(n, s) for n in (names or self.names) if n in found for s in self.find(d, n)]
        return sorted(out, key=lambda m: (m.span.start, m.name))

    def any(self, text_or_doc, name: str) -> bool:
        return bool(self.find(text_or_doc, name))


def words(entries: Iterable[str]) -> frozenset[str]:
    """A plain-word list as a set of lower-case words (quotes straightened)."""
    return frozenset(straight(str(w)).lower() for w in entries)


def stems(entries: Iterable[str]) -> frozenset[str]:
    """A plain-word list as the set of its words' stems (see :func:`pepqa.nlp.stem`)."""
    return frozenset(stem(straight(str(w))) for w in entries)
