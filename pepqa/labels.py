"""Heading, label and column synonyms (``data/labels.toml``), and matching against them.

Why a data file: layouts differ by authority and platform; an authority adds its own
wording to a copy of the file instead of changing code.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError

DEFAULT_LABELS = Path(__file__).parent / "data" / "labels.toml"

_LEAD = re.compile(
    r"^\s*(?:(?:part|section)\s+[a-e0-9]{1,2}\b\s*[:.\-–—)]?\s*|[a-e0-9]{1,2}(?:\.\d+)*\s*[:.)\-–—]\s*)", re.I
)
_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")
_PUNCT = re.compile(r"[^\w+%£#'&/ ]+")


@lru_cache(maxsize=16384)  # the same cell and heading texts recur in every PEP of a layout
def normalise(text: str, keep_section_letter: bool = False) -> str:
    """Lower-case label text without numbering, trailing brackets, punctuation or extra spaces."""
    t = text.replace("’", "'").replace("‘", "'").strip().lower()
    t = re.sub(r"\s+", " ", t)
    if not keep_section_letter:
        stripped = _LEAD.sub("", t, count=1)
        t = stripped or t
    t = t.rstrip(" :?*")
    no_br = _BRACKETS.sub("", t)
    t = no_br or t
    t = _PUNCT.sub(" ", t)
    return re.sub(r"\s+", " ", t).strip()


@dataclass(frozen=True)
class Labels:
    parts: dict[str, tuple[str, ...]]
    fields: dict[str, tuple[str, ...]]
    columns: dict[str, tuple[str, ...]]
    values: dict[str, dict[str, tuple[str, ...]]]
    placeholders: tuple[str, ...]
    # Answers already worked out: each table header is tried against every table kind, in every PEP.
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def _remember(self, key: tuple, value):
        if len(self._memo) > 50_000:
            self._memo.clear()
        self._memo[key] = value
        return value

    def match_part(self, heading: str) -> str | None:
        """Which part a heading starts ('3. My Views' -> 'pupil_voice'), or None."""
        key = ("part", heading)
        if key in self._memo:
            return self._memo[key]
        return self._remember(key, self._match_part(heading))

    def _match_part(self, heading: str) -> str | None:
        for variant in (normalise(heading, keep_section_letter=True), normalise(heading)):
            if not variant or len(variant) > 80:
                continue
            best = None
            for key, syns in self.parts.items():
                for s in syns:
                    if variant == s or variant.startswith(s + " "):
                        if best is None or len(s) > best[1]:
                            best = (key, len(s))
            if best:
                return best[0]
        return None

    def match_field(self, label: str, prefix: str | None = None) -> str | None:
        """Which model field a label names; ``prefix`` restricts to e.g. 'section.'."""
        n = normalise(label)
        for key, syns in self.fields.items():
            if prefix and not key.startswith(prefix):
                continue
            if n in syns:
                return key
        return None

    def match_column(self, header: str, table: str) -> str | None:
        key = ("column", header, table)
        if key in self._memo:
            return self._memo[key]
        return self._remember(key, self._match_column(header, table))

    def _match_column(self, header: str, table: str) -> str | None:
        n = normalise(header)
        for key, syns in self.columns.items():
            if key.startswith(table + ".") and n in syns:
                return key.split(".", 1)[1]
        return None

    def match_value(self, kind: str, text: str) -> str | None:
        """Map free text to a fixed value, longest synonym first ('Independent special school' -> independent_special)."""
        n = normalise(text)
        if not n:
            return None
        options = sorted(((s, k) for k, syns in self.values.get(kind, {}).items() for s in syns), key=lambda p: -len(p[0]))
        for s, k in options:
            if n == s:
                return k
        for s, k in options:
            if len(s) > 2 and re.search(r"\b" + re.escape(s) + r"\b", n):
                return k
        return None

    def is_placeholder(self, text: str) -> bool:
        return text.strip().lower() in self.placeholders


def _tuple_map(d: dict) -> dict[str, tuple[str, ...]]:
    out = {}
    for k, v in d.items():
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ConfigError(f"labels: '{k}' must be a list of strings")
        out[k] = tuple(normalise(x) if not x.startswith("#") else x for x in v)
    return out


def _merge(base: dict, extra: dict) -> dict:
    out = {k: list(v) for k, v in base.items()}
    for k, v in extra.items():
        out.setdefault(k, [])
        out[k] = list(v) + [x for x in out[k] if x not in v]
    return out


def _check_lists(extra: dict, file: str) -> None:
    """Every synonym list holds strings (a number or table there made every PEP an internal error)."""
    def walk(node, where):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{where}.{k}" if where else k)
        elif isinstance(node, list):
            if not all(isinstance(x, str) for x in node):
                raise ConfigError(f"{file}: '{where}' must be a list of words or phrases (text in quotes)")
        else:
            raise ConfigError(f"{file}: '{where}' must be a list of words or phrases")
    walk(extra, "")


@lru_cache(maxsize=8)
def load_labels(extra_file: str | None = None) -> Labels:
    """The default synonyms, with an authority's file merged in (its words tried first)."""
    data = tomllib.loads(DEFAULT_LABELS.read_text(encoding="utf-8"))
    if extra_file:
        from .datafiles import read_text_capped

        try:
            extra = tomllib.loads(read_text_capped(extra_file, what="labels file"))
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{extra_file}: labels file is not valid TOML: {e}") from None
        if not all(isinstance(v, dict) for v in extra.values()):
            raise ConfigError(f"{extra_file}: each section of a labels file must be a table")
        _check_lists(extra, extra_file)
        unknown = set(extra) - {"parts", "fields", "columns", "values", "placeholders"}
        if unknown:
            raise ConfigError(f"{extra_file}: unknown section(s) {sorted(unknown)}")
        for sec in ("parts", "fields", "columns"):
            data[sec] = _merge(data[sec], extra.get(sec, {}))
        for kind, m in extra.get("values", {}).items():
            data["values"][kind] = _merge(data["values"].get(kind, {}), m)
        data["placeholders"]["phrases"] += extra.get("placeholders", {}).get("phrases", [])
    return Labels(
        parts=_tuple_map(data["parts"]),
        fields=_tuple_map(data["fields"]),
        columns=_tuple_map(data["columns"]),
        values={k: _tuple_map(v) for k, v in data["values"].items()},
        placeholders=tuple(p.strip().lower() for p in data["placeholders"]["phrases"]),
    )
