"""How a spend line is tied to a target: explicit references ("Target 2", "T2", "targets 1 and 3", "the maths
target") and, failing that, the words the line shares with each target (subjects from ``subjects.toml``,
content words, programme names expanded from ``spend.toml [expansions]``). PP001-PP004 and PP009 read it.

A reference is a small grammar of digits, punctuation and words; the words (target words, abbreviations,
"no."/"number", "and"/"or", "to", number words) come from ``spend.toml``, the syntax stays here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ...model import PEP, SpendLine, Target
from ...nlp import doc, stem
from .spend import RefWords, SpendVocab, numbered_targets, spend_lines, subjects_vocab, voc as voc_of

# ----------------------------------------------------------------------------------------------------
# Explicit target references
# ----------------------------------------------------------------------------------------------------

_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def _alt(ws) -> str:
    """Alternatives for a regex, longest first, each escaped (the words are data; the syntax is here)."""
    return "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True))


@lru_cache(maxsize=8)
def _ref_regexes(w: RefWords):
    numw = r"(?:\d{1,2}|" + "|".join(re.escape(x) for x in w.number_words) + r")" if w.number_words else r"\d{1,2}"
    words = "|".join(rf"\b{re.escape(x)}\b" for x in w.list_words + w.range_words)
    sep = rf"\s*(?:,|&|\+|/|-|–{'|' + words if words else ''})\s*"
    rng = "|".join(rf"\b{re.escape(x)}\b" for x in w.range_words)
    nums = rf"{numw}(?:{sep}{numw})*"
    label = rf"(?:(?:{_alt(w.number_labels)})\s*|#\s*)?" if w.number_labels else r"(?:#\s*)?"
    in_text = re.compile(rf"\b(?:{_alt(w.target + w.abbreviations)})\b\.?\s*{label}(?P<nums>{nums})\b", re.I)
    in_ref = re.compile(rf"(?:\b(?:{_alt(w.target + w.abbreviations + w.column_abbreviations)})\.?\s*{label})?"
                        rf"(?P<nums>{nums})\b", re.I)
    return in_text, in_ref, re.compile(numw, re.I), re.compile(rf"{numw}(?:\s*(?:-|–{'|' + rng if rng else ''})\s*){numw}", re.I)


def _expand_nums(s: str, voc: SpendVocab) -> list[int]:
    _, _, numre, rangere = _ref_regexes(voc.refs)

    def val(tok: str) -> int:
        tok = tok.lower()
        return int(tok) if tok.isdigit() else voc.number_words[tok]

    out: list[int] = []
    pos = 0
    for m in rangere.finditer(s):
        for tok in numre.findall(s[pos:m.start()]):
            out.append(val(tok))
        a, b = [val(t) for t in numre.findall(m[0])][:2]
        if 0 < b - a <= 10:
            out.extend(range(a, b + 1))
        else:
            out.extend([a, b])
        pos = m.end()
    for tok in numre.findall(s[pos:]):
        out.append(val(tok))
    return out


@dataclass
class Ref:
    numbers: list[int]
    field: str  # "target_ref" | "description"
    span: tuple[int, int]
    text: str


def explicit_refs(line: SpendLine, voc: SpendVocab) -> list[Ref]:
    """Target numbers the line names: in its target column ("Target 2", "T2", "1 and 3", "2") or its text."""
    in_text, in_ref, _, _ = _ref_regexes(voc.refs)
    refs: list[Ref] = []
    if line.target_ref and line.target_ref.strip():
        r = line.target_ref
        ms = list(in_text.finditer(r)) or [m for m in in_ref.finditer(r)]
        for m in ms:
            nums = _expand_nums(m["nums"], voc)
            if nums:
                refs.append(Ref(nums, "target_ref", (m.start(), m.end()), m[0]))
    for fld in ("description", "intended_impact"):
        text = getattr(line, fld) or ""
        for m in in_text.finditer(text):
            nums = _expand_nums(m["nums"], voc)
            if nums:
                refs.append(Ref(nums, fld, (m.start(), m.end()), m[0]))
    return refs


def area_refs(line: SpendLine, targets: list[tuple[int, Target]], v: SpendVocab,
              svocab: Optional[dict] = None) -> list[int]:
    """Targets named by their area: target column 'Maths' or 'Wellbeing target', or '... her maths target' in the text.

    With the subjects vocabulary, a subject named in any of its area forms also names the targets in that
    subject: 'Eng target' or 'Literacy' names the English target whose area says 'English'."""
    target_words, area_words = frozenset(v.refs.target), v.area_target_words
    out = []
    ref = (line.target_ref or "").lower()
    desc = (line.description or "").lower()
    named: set[str] = set()
    if svocab:
        from .subjects import subject_matches

        lists = ("english_areas", "maths_areas")
        named = {s.replace("_areas", "") for s, *_ in subject_matches(ref, svocab, lists)}
        for s0, _w, _a, b in subject_matches(desc, svocab, lists):
            nxt = _NEXT_WORD.match(desc, b)
            if nxt and nxt[1] in target_words:
                named.add(s0.replace("_areas", ""))
    for n, t in targets:
        a = (t.area or "").strip().lower()
        if named and named & set(_target_subjects(t, svocab)):
            out.append(n)
            continue
        if not a or len(a) < 3:
            continue
        pat = re.compile(rf"\b{re.escape(a)}\b")
        after = re.compile(rf"\b{re.escape(a)}\s+(?=([A-Za-z]+)\b)")
        if (ref and pat.search(ref)) or any(m[1] in area_words for m in after.finditer(desc)):
            out.append(n)
    return out


def non_reference(line: SpendLine, voc: SpendVocab) -> Optional[str]:
    """The target column's words when they point at no target ('See targets', 'All', 'Various'), else None."""
    ref = (line.target_ref or "").strip()
    norm = re.sub(r"[\s.,;:!()\-]+", " ", ref.lower()).strip()
    if not norm or re.search(r"\d", norm):
        return None
    return ref if norm in voc.non_references else None


# ----------------------------------------------------------------------------------------------------
# Lexical link between a line and a target
# ----------------------------------------------------------------------------------------------------


@dataclass
class Link:
    number: int
    words: list[str]  # evidence as shown to the reader
    subjects: list[str]
    shared: float  # weighted: a word of the description (what is bought) 1, a word only in the intended impact 0.5
    content: float = 0  # the same, for shared words that are not subject words ("tuition" but not "fractions")

    @property
    def linked(self) -> bool:
        return bool(self.subjects) or self.shared >= 1

    @property
    def strong(self) -> bool:
        return bool(self.subjects) or self.shared >= 2

    @property
    def score(self) -> float:
        return 2 * len(self.subjects) + self.shared

    def evidence(self) -> str:
        return ", ".join(self.words)


def _terms(text: str, voc: SpendVocab, skip: set[str], expand: bool) -> dict[str, str]:
    """Content-word stems of ``text`` -> how to show the link ("'fractions'", "'ELSA' (→ 'confidence')")."""
    out: dict[str, str] = {}
    if not text:
        return out
    for t in doc(text):
        w = t.lower_
        if not (t.is_alpha or "-" in w) or t.is_stop or len(w) < 3 or w in voc.ignore or w in skip:
            continue
        out.setdefault(stem(w), f"'{t.text}'")
    if expand:
        for m in voc.find(text, "expansions"):
            written = m.text
            for w in voc.expansions.get(voc.expansion_keys[" ".join(t.lower_ for t in m)], []):
                st = stem(w.lower())
                out.setdefault(st, f"'{written}' (→ '{w}')")
    return out


def _subject_set(text: str, svocab: Optional[dict]) -> dict[str, str]:
    return {s: w for s, (w, _stems) in _subject_words(text, svocab).items()}


def _subject_written(text: str, svocab: Optional[dict], subject: str) -> list[str]:
    from .subjects import subject_matches

    return [w.lower() for s, w, _a, _b in subject_matches(text, svocab) if s == subject] if svocab else []


def _subject_words(text: str, svocab: Optional[dict]) -> dict[str, tuple[str, set]]:
    """subject -> (first word as written, stems of all its subject words)."""
    if not svocab or not text:
        return {}
    from .subjects import subject_matches

    out: dict[str, tuple[str, set]] = {}
    for subj, word, _s, _e in subject_matches(text, svocab):
        first, stems = out.setdefault(subj, (word, set()))
        stems.update(stem(w) for w in word.lower().split())
    return out


def _target_subjects(t: Target, svocab: Optional[dict]) -> dict[str, str]:
    out = {}
    if svocab and t.area:
        a = t.area.strip().lower()
        for subj in ("english", "maths"):
            if a in [x.lower() for x in svocab.get(f"{subj}_areas", [])]:
                out[subj] = t.area.strip()
        if a in [x.lower() for x in svocab.get("other_areas", [])]:
            return {}  # the area column declares a non-English/maths target
    if not out:
        out = _subject_set(" ".join(x for x in (t.area, t.text) if x), svocab)
    return out


def _strands(text: str, svocab: Optional[dict], voc: SpendVocab) -> Optional[set]:
    """The strands of English (reading, writing) that ``text`` names; None when it names English in general
    ('English', 'literacy', 'tuition in English') or names no English at all, so any English target fits."""
    strands = voc.raw.get("english_strands", {})
    words = _subject_written(text, svocab, "english")
    if not words or not strands:
        return None
    out: set = set()
    for w in words:
        hit = {k for k, ws in strands.items() if w in {x.lower() for x in ws}}
        if not hit:
            return None
        out |= hit
    return out


def _line_text(line: SpendLine) -> str:
    return " ".join(x for x in (line.description, line.intended_impact) if x)


def _target_text(t: Target) -> str:
    return " ".join(x for x in (t.area, t.text, t.actions, t.success_criteria) if x)


def lines_without_reference(pep: PEP, ctx):
    """(index, line) of each spend line that names no target, by number or by area: the lines PP001 and PP003
    judge by the words they share with a target."""
    v, targets = voc_of(ctx), numbered_targets(pep)
    for i, line in spend_lines(pep, ctx):
        if not (explicit_refs(line, v) or area_refs(line, targets, v, subjects_vocab(ctx))):
            yield i, line


def lexical_links(pep: PEP, line: SpendLine, ctx) -> list[Link]:
    """How the line's words meet each target's, best first."""
    voc = voc_of(ctx)
    svocab = subjects_vocab(ctx)
    skip = {w.lower() for w in (pep.child.name or "").split()}
    lt = _line_text(line)
    # what the line buys weighs more than its intended impact, which echoes any target's wording
    lterms = {k: (v, 0.5) for k, v in _terms(line.intended_impact or "", voc, skip, expand=True).items()}
    lterms.update({k: (v, 1.0) for k, v in _terms(line.description or "", voc, skip, expand=True).items()})
    lsw = _subject_words(lt, svocab)
    weak = voc.weak_subject_words
    lsubj = {s: w for s, (w, _st) in lsw.items() if not all(x in weak for x in _subject_written(lt, svocab, s))}
    subj_stems = set().union(*(st for _w, st in lsw.values())) if lsw else set()
    line_strands = _strands(lt, svocab, voc) if "english" in lsubj else None
    out = []
    for n, t in numbered_targets(pep):
        tterms = _terms(_target_text(t), voc, skip, expand=False)
        shared_keys = sorted((k for k in lterms if k in tterms), key=lambda k: -lterms[k][1])  # what it buys first
        shared = [lterms[k][0] for k in shared_keys]
        weight = sum(lterms[k][1] for k in shared_keys)
        content = sum(lterms[k][1] for k in shared_keys if k not in subj_stems)
        tsubj = _target_subjects(t, svocab)
        subs = [s for s in lsubj if s in tsubj]
        if "english" in subs and line_strands is not None:
            # a reading programme does not serve a writing target just because both are English
            ts = _strands(" ".join(x for x in (t.text, t.actions, t.success_criteria) if x), svocab, voc)
            if ts is not None and not (ts & line_strands):
                subs.remove("english")
        words = list(dict.fromkeys(shared))
        for s in subs:
            shown = f"'{lsubj[s]}'"
            if shown not in words:
                words.insert(0, shown)
        out.append(Link(n, words, subs, weight, content))
    out.sort(key=lambda lk: -lk.score)
    return out


def best_link(links: list[Link]) -> Optional[Link]:
    if not links or not links[0].linked:
        return None
    return links[0]


def linked_existing(pep: PEP, line: SpendLine, voc: SpendVocab, svocab: Optional[dict] = None) -> bool:
    """The line names a target this PEP has, by number or by area."""
    have = {n for n, _ in numbered_targets(pep)}
    return (any(n in have for r in explicit_refs(line, voc) for n in r.numbers)
            or bool(area_refs(line, numbered_targets(pep), voc, svocab)))
