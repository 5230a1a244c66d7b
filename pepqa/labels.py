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

_NUMWORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Section numbering in front of a heading or label, in the forms real PEPs use: "3.", "C:", "1.)", "1a",
# "1(b)", "Section 3:", "Section One (a):", "Part B -", "Page 6 -", a minute's "3.2". Stripped (once, at the start) so the
# words behind it are matched.
_LEAD = re.compile(
    r"^\s*(?:(?:part|section|page|tab|step|(?:question\s+)?group)\s+(?:[a-h0-9]{1,2}|" + _NUMWORD + r")\b(?:\s*\(?[a-h]\))?\s*[:.\-–—)]?\s*"
    r"|\d{1,2}(?:\.\d{1,2})+\s+(?=[A-Za-z])"  # '3.2 Part-time timetable': a minute item's number
    r"|[a-h0-9]{1,2}(?:\.\d+)*\s*(?:\(?[a-h]\))?\s*(?:[:.\-–—]\s*\)|[:.)\-–—])\s*"
    r"|\d{1,2}[a-h]\s+|\d{1,2}\([a-h]\)\s*"
    r"|[a-h]\d{1,2}(?:\.\d{1,2})?[.:)]?\s+(?=[A-Za-z]))", re.I  # 'B3 Date of this review': a question's code
)
_SECTION_LETTER = re.compile(r"^(?:section|part)\s+[a-h]$")  # a bare section letter synonym ('section d')
_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")
_FIELD_KIND = re.compile(r"\s*\[[^\]]*\][\s:?*]*$")
_BILINGUAL = re.compile(r"\s+/\s+")
_QUOTE_MARK = re.compile(r"(?<!\w)'([^']{1,40}?)'(?!\w)")
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
    t = _FIELD_KIND.sub("", t) or t  # 'Name [free text]', 'DOB. [date box]': the form's note of the answer's kind
    no_br = _BRACKETS.sub("", t)
    t = no_br or t
    t = _PUNCT.sub(" ", t)
    t = _QUOTE_MARK.sub(r"\1", t)  # "'Next steps' agreed": quotation marks round a word, not an apostrophe inside one
    return re.sub(r"\s+", " ", t).strip()


_NAMED_WORDS = re.compile(r"^in [\w'’-]+(?:'s|’s|s') (?:own )?words$")


@dataclass(frozen=True)
class Labels:
    parts: dict[str, tuple[str, ...]]
    fields: dict[str, tuple[str, ...]]
    columns: dict[str, tuple[str, ...]]
    values: dict[str, dict[str, tuple[str, ...]]]
    placeholders: tuple[str, ...]
    concepts: object = field(default=None, compare=False, repr=False)  # readers.concepts.ConceptIndex
    parts_contain: dict = field(default_factory=dict, compare=False, repr=False)
    ignored: frozenset = field(default_factory=frozenset, compare=False, repr=False)
    # [prose]: the words that carry meaning in narrative records (say-verbs, ordinals, funding verbs...).
    prose: dict = field(default_factory=dict, compare=False, repr=False)
    # Answers already worked out: each table header is tried against every table kind, in every PEP.
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def _remember(self, key: tuple, value):
        if len(self._memo) > 50_000:
            self._memo.clear()
        self._memo[key] = value
        return value

    def match_part(self, heading: str, loose: bool = False) -> str | None:
        """Which part a heading starts ('3. My Views' -> 'pupil_voice'), or None. ``loose``: the text is set
        as a heading (style, bold), so a [parts_contain] phrase inside it is enough."""
        key = ("part", heading, loose)
        if key in self._memo:
            return self._memo[key]
        return self._remember(key, self._match_part(heading, loose))

    def _match_part(self, heading: str, loose: bool = False) -> str | None:
        lettered = None
        for variant in (normalise(heading, keep_section_letter=True), normalise(heading)):
            if not variant or len(variant) > 80:
                continue
            best = None
            for key, syns in self.parts.items():
                for s in syns:
                    if variant == s or variant.startswith(s + " "):
                        if best is None or len(s) > best[1]:
                            best = (key, len(s), variant == s)
            if best and not best[2] and _SECTION_LETTER.match(variant[:best[1]]) and lettered is None:
                # 'Section D - My views': the words after the letter name the part; a form's letter says which
                # part only when nothing else does ('Section D' alone), since every form letters its own way.
                lettered = best[0]
                continue
            if best:
                if loose and not best[2]:  # only a prefix matched: a longer phrase inside the heading says more
                    inside = self._part_contains(variant, with_length=True)
                    if inside and (inside[1] > best[1] or best[0] == "targets" and inside[0] == "previous_targets"):
                        return inside[0]  # a longer phrase, or 'Targets set at the last PEP': the last ones
                return best[0]
        inside = self._part_contains(normalise(heading)) if loose else None
        return inside or lettered

    def _part_contains(self, n: str, with_length: bool = False):
        """A short heading that contains a [parts_contain] phrase as whole words (longest phrase wins)."""
        if not n or len(n.split()) > 12 or not self.parts_contain:
            return None
        padded = f" {n} "
        best, phrase = None, None
        for key, phrases in self.parts_contain.items():
            if key == "not_voice":
                continue
            for ph in phrases:
                if f" {ph} " in padded and (best is None or len(ph) > best[1]):
                    best, phrase = (key, len(ph)), ph
        if best is None and _NAMED_WORDS.match(n):
            best = ("pupil_voice", len(n))  # 'In Ruby's words': someone's own words (not another writer's, below)
        if best and best[0] == "pupil_voice" and self.names_other_voice(n):
            return None
        if best and best[0] == "targets":
            head = padded[:padded.find(" next ") if " next " in padded else None]
            # the words before the part's own phrase: 'Review of Autumn 2025 targets' is the last ones, 'Action
            # plan agreed at the Review' is the plan the review agreed
            words = ("targets", "target", "next", "steps", "outcomes", "goals", "goal") + ((phrase,) if phrase else ())
            before = padded[:min((padded.find(f" {w} ") for w in words if f" {w} " in padded), default=len(padded))]
            # ('Review and Action Plan' names both: the plan the section ends with is this PEP's)
            reviewed = any(f" {w} " in before and not re.search(r"\band\b", before[before.find(f" {w} ") + len(w) + 1:])
                           for w in self.prose.get("review_words", ()))
            if any(f" {w} " in head for w in self.prose.get("past_words", ())) or reviewed:
                best = ("previous_targets", best[1])  # "Last time's next steps", 'Review of Autumn 2025 targets'
        if with_length:
            return best
        return best[0] if best else None

    def names_other_voice(self, n: str) -> bool:
        """Does a (normalised) heading name someone other than the child ('Carer's views', 'What the teacher
        thinks')? Not when the child speaks first: in 'What I think about my teacher' or 'Anything else I want
        the grown-ups to know' the child is the one speaking."""
        padded = f" {n} "
        at = [padded.find(f" {w} ") for w in self.parts_contain.get("not_voice", ()) if f" {w} " in padded]
        if not at:
            return False
        me = padded.find(" i ")
        return me < 0 or me > min(at)

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

    def is_ignored(self, label: str) -> bool:
        """A label of something the model does not hold ([ignored]): its value is not a field left unread.
        A label in two languages ('Athro dynodedig / Designated teacher') is ignored when one half is."""
        n = normalise(label)
        n2 = re.sub(r"^(?:my|our|the)\s+|\s+(?:is|are|was)$", "", n)
        if n in self.ignored or n2 in self.ignored:
            return True
        halves = bilingual_halves(label)
        return bool(halves) and any(self.is_ignored(h) for h in halves)

    def is_placeholder(self, text: str) -> bool:
        return text.strip().lower() in self.placeholders


def bilingual_halves(label: str) -> tuple[str, str] | None:
    """The two halves of a label printed in two languages, 'Welsh label / English label' ('Ysgol / School',
    'Dyddiad y cyfarfod / Date of meeting'), or None. Only a label with exactly one spaced slash whose halves
    are each a few words: the caller reads it by the half it knows (never by the other language's words)."""
    parts = _BILINGUAL.split((label or "").strip())
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return None
    a, b = parts[0].strip(), parts[1].strip()
    if len(a.split()) > 6 or len(b.split()) > 8:
        return None
    return a, b


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


def _check_concepts(concepts: dict, abbreviations: dict, file: str) -> None:
    """An authority's concept entries: keywords weighted by numbers, negative words, a type and a threshold."""
    for key, c in concepts.items():
        where = f"concepts.{key}"
        if not isinstance(c, dict):
            raise ConfigError(f"{file}: '{where}' must be a table")
        kw = c.get("keywords", {})
        if not isinstance(kw, dict) or not all(isinstance(k, str) and isinstance(v, (int, float)) and
                                               not isinstance(v, bool) for k, v in kw.items()):
            raise ConfigError(f"{file}: '{where}.keywords' must map words to weights (numbers)")
        neg = c.get("negative", [])
        if not isinstance(neg, list) or not all(isinstance(x, str) for x in neg):
            raise ConfigError(f"{file}: '{where}.negative' must be a list of words")
        if "type" in c and not isinstance(c["type"], str):
            raise ConfigError(f"{file}: '{where}.type' must be text")
        if "threshold" in c and (isinstance(c["threshold"], bool) or not isinstance(c["threshold"], (int, float))):
            raise ConfigError(f"{file}: '{where}.threshold' must be a number")
    for k, v in abbreviations.items():
        if not (isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))):
            raise ConfigError(f"{file}: 'abbreviations.{k}' must be text or a list of words")


SECTIONS = ("ignored", "parts_contain", "parts", "fields", "columns", "values", "placeholders", "concepts",
            "abbreviations", "prose")


def parse_extra(text: str, file: str) -> dict:
    """An authority's labels file, parsed and checked as :func:`load_labels` reads it (a ConfigError naming the
    file otherwise). Also what ``pepqa labels accept`` checks its result with before writing it."""
    try:
        extra = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{file}: labels file is not valid TOML: {e}") from None
    if not all(isinstance(v, dict) for v in extra.values()):
        raise ConfigError(f"{file}: each section of a labels file must be a table")
    _check_lists({k: v for k, v in extra.items() if k not in ("concepts", "abbreviations")}, file)
    _check_concepts(extra.get("concepts", {}), extra.get("abbreviations", {}), file)
    unknown = set(extra) - set(SECTIONS)
    if unknown:
        raise ConfigError(f"{file}: unknown section(s) {sorted(unknown)}")
    for sec in ("parts", "fields", "columns", "parts_contain"):
        for k, v in extra.get(sec, {}).items():
            if not isinstance(v, list):  # child.name = [...] unquoted is a table 'child' holding 'name'
                raise ConfigError(f"{file}: '{sec}.{k}' must be a list of words or phrases (a name with a dot "
                                  f"goes in quotes: \"child.name\" = [...])")
    return extra


@lru_cache(maxsize=8)
def load_labels(extra_file: str | None = None) -> Labels:
    """The default synonyms, with an authority's file merged in (its words tried first)."""
    data = tomllib.loads(DEFAULT_LABELS.read_text(encoding="utf-8"))
    if extra_file:
        from .datafiles import read_text_capped

        extra = parse_extra(read_text_capped(extra_file, what="labels file"), extra_file)
        for sec in ("parts", "fields", "columns", "parts_contain", "prose"):
            data[sec] = _merge(data.get(sec, {}), extra.get(sec, {}))
        for kind, m in extra.get("values", {}).items():
            data["values"][kind] = _merge(data["values"].get(kind, {}), m)
        data["placeholders"]["phrases"] += extra.get("placeholders", {}).get("phrases", [])
        data.setdefault("ignored", {}).setdefault("labels", [])
        data["ignored"]["labels"] += extra.get("ignored", {}).get("labels", [])
        for key, c in extra.get("concepts", {}).items():
            base = data.setdefault("concepts", {}).setdefault(key, {})
            base.setdefault("keywords", {}).update(c.get("keywords", {}))
            base["negative"] = list(base.get("negative", [])) + list(c.get("negative", []))
            for k in ("type", "threshold", "values"):
                if k in c:
                    base[k] = c[k]
        abbr = data.setdefault("abbreviations", {})
        for k, v in extra.get("abbreviations", {}).items():
            abbr[k] = list(abbr.get(k, [])) + list(v) if k == "neutral" else v
    from .readers.concepts import ConceptIndex

    return Labels(
        parts=_tuple_map(data["parts"]),
        fields=_tuple_map(data["fields"]),
        columns=_tuple_map(data["columns"]),
        values={k: _tuple_map(v) for k, v in data["values"].items()},
        placeholders=tuple(p.strip().lower() for p in data["placeholders"]["phrases"]),
        parts_contain=_tuple_map(data.get("parts_contain", {})),
        ignored=frozenset(normalise(x) for x in data.get("ignored", {}).get("labels", [])),
        prose={k: tuple(x.strip().lower() for x in v) for k, v in data.get("prose", {}).items()},
        concepts=ConceptIndex(data.get("concepts", {}), data.get("abbreviations", {})),
    )
