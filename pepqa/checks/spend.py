"""PP: Pupil Premium Plus spend — linked to targets, costed correctly, fundable, and reviewed.

Coventry allocates PP+ only when the PEP gives "a clear link between the pupil's educational targets
and the proposed PP+ spend", "the planned use" and "a commitment to reviewing the impact of the spend
at the next PEP meeting"; PP+ "must not be used to replace or subsidise a school's statutory duties".
Essex: PP+ "is not intended to replace services, support, or resources that the Local Authority,
schools ... carers ... already provide". Walsall's sample spend lines show the costing expected:
"£30 per hour x 6 weeks £180.00".

How the checks decide (all rule-based, every judgement names the words it rests on):

* A spend line is *linked* to a target by an explicit reference ("Target 2", "T2", "targets 1 and 3",
  "the maths target"), or failing that by what it buys: shared subject (``subjects.toml`` via
  :func:`pepqa.checks.subjects.subject_matches`) or shared content words between the line
  (description + intended impact) and the target (area, text, actions, success criteria), with
  programme names expanded from ``spend.toml [expansions]`` ("Lexia" stands for "reading").
* Cost working is read from the cost cell: factors joined by x / × / * / "at" / "for", an optional
  "=" (or Walsall-style adjacency: "£15 per hour x 3 £45 x 6 weeks £270"), "+" between items, and
  minutes converted when the rate is per hour. Working that cannot be read with confidence is not
  judged: a false alarm on a designated teacher's arithmetic costs more trust than it saves.
* Non-fundable spend comes from ``spend.toml [not_fundable.*]``: phrase lists with allow-lists and
  context that makes a match questionable (should-fix) rather than must-fix.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from ..errors import ConfigError
from ..findings import Severity
from ..model import PEP, Phase, SchoolType, SpendLine, Target
from ..nlp import doc, get_nlp, pattern_doc, stem
from ..values import money_amounts
from ..vocab import load_vocab
from .registry import Example, Hit, check

# ----------------------------------------------------------------------------------------------------
# Vocabulary, compiled once per vocab dir
# ----------------------------------------------------------------------------------------------------


def _phrase_matcher(lists: dict[str, Iterable[str]]) -> PhraseMatcher:
    nlp = get_nlp()
    m = PhraseMatcher(nlp.vocab, attr="LOWER")
    for name, words in lists.items():
        pats = [pattern_doc(str(w)) for w in words if str(w).strip()]
        if pats:
            m.add(name, pats)
    return m


@dataclass
class _Category:
    key: str
    severity: Severity
    reason: str
    fix: str
    soft_reason: str
    soft_fix: str
    soften_if_linked: bool


@dataclass
class _Vocab:
    raw: dict
    ignore: frozenset
    number_words: dict
    expansions: dict
    exp_matcher: PhraseMatcher
    misc: PhraseMatcher  # no_spend, impact_markers, vague_impact, no_previous_spend, outcome_words
    nf_matcher: PhraseMatcher  # "<cat>|phrases", "<cat>|questionable", "<cat>|allow", "<cat>|soften", "<cat>|harden"
    categories: dict = field(default_factory=dict)
    measures: tuple = ()
    outcomes: tuple = ()
    cost_placeholders: frozenset = frozenset()
    empty_text: frozenset = frozenset()
    vague_max_words: int = 8


@lru_cache(maxsize=8)
def _compiled(vocab_dir: str) -> _Vocab:
    v = load_vocab("spend", vocab_dir)
    nf_lists: dict[str, list] = {}
    cats = {}
    for key, c in v.get("not_fundable", {}).items():
        for part in ("phrases", "questionable", "allow", "unless", "soften", "harden"):
            nf_lists[f"{key}|{part}"] = c.get(part, [])
        cats[key] = _Category(
            key, Severity(c.get("severity", "must-fix")), c.get("reason", ""), c.get("fix", ""),
            c.get("soft_reason", c.get("reason", "")), c.get("soft_fix", c.get("fix", "")),
            bool(c.get("soften_if_linked", False)))
    misc = {k: v.get(k, []) for k in ("no_spend", "impact_markers", "vague_impact", "no_previous_spend", "outcome_words")}
    exps = {str(k).lower(): [str(w) for w in ws] for k, ws in v.get("expansions", {}).items()}
    return _Vocab(
        raw=v,
        ignore=frozenset(w.lower() for w in v.get("link_ignore", []) + v.get("weak_subject_words", [])),
        number_words={w.lower(): i for i, w in enumerate(v.get("number_words", []))},
        expansions=exps,
        exp_matcher=_phrase_matcher({k: [k] for k in exps}),
        misc=_phrase_matcher(misc),
        nf_matcher=_phrase_matcher(nf_lists),
        categories=cats,
        measures=tuple(re.compile(p, re.I) for p in v.get("measure_patterns", [])),
        outcomes=tuple(re.compile(p, re.I) for p in v.get("outcome_patterns", [])),
        cost_placeholders=frozenset(s.lower() for s in v.get("cost_placeholders", [])),
        empty_text=frozenset(s.lower() for s in v.get("empty_text", [])),
        vague_max_words=int(v.get("vague_impact_max_words", 8)),
    )


def _voc(ctx) -> _Vocab:
    return _compiled(ctx.policy.get("data.vocab_dir") or "")


def _subjects_vocab(ctx) -> Optional[dict]:
    try:
        return ctx.vocab("subjects")
    except ConfigError:  # subjects vocabulary not installed: link on words alone
        return None


def _matches(matcher: PhraseMatcher, text: str, labels: Optional[set] = None, across: bool = False):
    """[(label, start_char, end_char, text)]; overlapping matches keep the longest, within each label
    (or across all labels with ``across``: "tutor group" wins over "tutor")."""
    if not text:
        return []
    d = doc(text)
    strings = d.vocab.strings
    by: dict[str, list] = {}
    for mid, s, e in matcher(d):
        lab = strings[mid]
        if labels is None or lab in labels:
            by.setdefault("" if across else lab, []).append((lab, d[s:e]))
    out = []
    for _key, pairs in by.items():
        label_of = {(sp.start, sp.end): lab for lab, sp in pairs}
        for sp in filter_spans([sp for _lab, sp in pairs]):
            out.append((label_of[(sp.start, sp.end)], sp.start_char, sp.end_char, sp.text))
    out.sort(key=lambda t: (t[1], -t[2]))
    return out


# ----------------------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------------------


def _is_blank(text: Optional[str], voc: _Vocab) -> bool:
    if text is None:
        return True
    t = text.strip().lower()
    return not t or t in voc.empty_text


def _name(pep: PEP) -> str:
    return pep.child.first_name or "the child"


def _short(text: str, n: int = 70) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 1].rstrip() + "…"


def _money(x: float) -> str:
    return f"£{x:,.0f}" if abs(x - round(x)) < 0.005 else f"£{x:,.2f}"


def _line_no(line: SpendLine, i: int) -> int:
    return line.number if line.number is not None else i + 1


def _line_label(line: SpendLine, i: int) -> str:
    return f"Spend line {_line_no(line, i)} ('{_short(line.description, 60)}')"


def _targets(pep: PEP) -> list[tuple[int, Target]]:
    return [(t.number if t.number is not None else i + 1, t) for i, t in enumerate(pep.targets)]


def _no_spend(line: SpendLine, voc: _Vocab) -> bool:
    """A line that says no PP+ is needed ("funding from school budget") asks for nothing."""
    text = " ".join(x for x in (line.description, line.cost_text) if x)
    if not any(lab == "no_spend" for lab, *_ in _matches(voc.misc, text)):
        return False
    amt = line_amount(line)
    return not amt


def line_amount(line: SpendLine) -> Optional[float]:
    """What the line costs: the cost column, else the last £ figure in the cost cell, else in the description."""
    if line.cost is not None:
        return line.cost
    for text in (line.cost_text, line.description):
        amts = money_amounts(text)
        if amts:
            return amts[-1]
    if line.cost_text and re.fullmatch(r"\s*\d[\d,]*(?:\.\d{1,2})?\s*", line.cost_text):
        return float(line.cost_text.replace(",", ""))
    return None


# ----------------------------------------------------------------------------------------------------
# Explicit target references
# ----------------------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _ref_regexes(words: tuple[str, ...]):
    numw = r"(?:\d{1,2}|" + "|".join(re.escape(w) for w in words) + r")" if words else r"\d{1,2}"
    sep = r"\s*(?:,|&|\+|/|\band\b|\bor\b|-|–|\bto\b)\s*"
    nums = rf"{numw}(?:{sep}{numw})*"
    in_text = re.compile(rf"\b(?:targets?|tgts?)\b\.?\s*(?:no\.?\s*|number\s*|#\s*)?(?P<nums>{nums})\b", re.I)
    in_ref = re.compile(rf"(?:\b(?:targets?|tgts?|s?t|l?t|stt|ltt)\.?\s*(?:no\.?\s*|number\s*|#\s*)?)?(?P<nums>{nums})\b", re.I)
    return in_text, in_ref, re.compile(numw, re.I), re.compile(rf"{numw}(?:\s*(?:-|–|\bto\b)\s*){numw}", re.I)


def _expand_nums(s: str, voc: _Vocab) -> list[int]:
    _, _, numre, rangere = _ref_regexes(tuple(voc.number_words))

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


def explicit_refs(line: SpendLine, voc: _Vocab) -> list[Ref]:
    """Target numbers the line names: in its target column ("Target 2", "T2", "1 and 3", "2") or its text."""
    in_text, in_ref, _, _ = _ref_regexes(tuple(voc.number_words))
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


def area_refs(line: SpendLine, targets: list[tuple[int, Target]], svocab: Optional[dict] = None) -> list[int]:
    """Targets named by their area: target column 'Maths' or 'Wellbeing target', or '... her maths target' in the text.

    With the subjects vocabulary, a subject named in any of its area forms also names the targets in that
    subject: 'Eng target' or 'Literacy' names the English target whose area says 'English'."""
    out = []
    ref = (line.target_ref or "").lower()
    desc = (line.description or "").lower()
    named: set[str] = set()
    if svocab:
        from .subjects import subject_matches

        lists = ("english_areas", "maths_areas")
        named = {s.replace("_areas", "") for s, *_ in subject_matches(ref, svocab, lists)}
        for s0, _w, _a, b in subject_matches(desc, svocab, lists):
            if re.match(r"\s+targets?\b", desc[b:]):
                named.add(s0.replace("_areas", ""))
    for n, t in targets:
        a = (t.area or "").strip().lower()
        if named and named & set(_target_subjects(t, svocab)):
            out.append(n)
            continue
        if not a or len(a) < 3:
            continue
        pat = re.compile(rf"\b{re.escape(a)}\b")
        if (ref and pat.search(ref)) or re.search(rf"\b{re.escape(a)}\s+target\b", desc):
            out.append(n)
    return out


def non_reference(line: SpendLine, voc: "_Vocab") -> Optional[str]:
    """The target column's words when they point at no target ('See targets', 'All', 'Various'), else None."""
    ref = (line.target_ref or "").strip()
    norm = re.sub(r"[\s.,;:!()\-]+", " ", ref.lower()).strip()
    if not norm or re.search(r"\d", norm):
        return None
    return ref if norm in {w.lower() for w in voc.raw.get("non_references", [])} else None


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


def _terms(text: str, voc: _Vocab, skip: set[str], expand: bool) -> dict[str, str]:
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
        for lab, s, e, written in _matches(voc.exp_matcher, text, across=True):
            for w in voc.expansions.get(lab, []):
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


def _strands(text: str, svocab: Optional[dict], voc: "_Vocab") -> Optional[set]:
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


def lexical_links(pep: PEP, line: SpendLine, ctx) -> list[Link]:
    """How the line's words meet each target's, best first."""
    voc = _voc(ctx)
    svocab = _subjects_vocab(ctx)
    skip = {w.lower() for w in (pep.child.name or "").split()}
    lt = _line_text(line)
    # what the line buys weighs more than its intended impact, which echoes any target's wording
    lterms = {k: (v, 0.5) for k, v in _terms(line.intended_impact or "", voc, skip, expand=True).items()}
    lterms.update({k: (v, 1.0) for k, v in _terms(line.description or "", voc, skip, expand=True).items()})
    lsw = _subject_words(lt, svocab)
    weak = {w.lower() for w in voc.raw.get("weak_subject_words", [])}
    lsubj = {s: w for s, (w, _st) in lsw.items() if not all(x in weak for x in _subject_written(lt, svocab, s))}
    subj_stems = set().union(*(st for _w, st in lsw.values())) if lsw else set()
    line_strands = _strands(lt, svocab, voc) if "english" in lsubj else None
    out = []
    for n, t in _targets(pep):
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


def _best(links: list[Link]) -> Optional[Link]:
    if not links or not links[0].linked:
        return None
    return links[0]


# ----------------------------------------------------------------------------------------------------
# Cost working
# ----------------------------------------------------------------------------------------------------

_TOK = re.compile(
    r"(?P<money>£\s*\d[\d,]*(?:\.\d+)?)"
    r"|(?P<ratio>\d+:\d+)"
    r"|(?P<num>(?<![\d.])(?<![A-WYZa-wyz_])\d+(?:\.\d+)?)"
    r"|(?P<mul>×|\*|(?<=[\d\s)])[xX](?=[\s£\d(])|^[xX](?=[\s£\d])|\btimes\b|@)"
    r"|(?P<soft>\b(?:at|for)\b)"
    r"|(?P<eq>=|\bequals\b|\btotal(?:s|ling)?\b|\bmakes\b|\bcomes to\b|->|→)"
    r"|(?P<plus>\+|\bplus\b)"
    r"|(?P<word>[A-Za-z][A-Za-z'’]*)"
    r"|(?P<slash>/)"
    r"|(?P<brk>[;,()\[\]:\n\-–—.%])",
    re.I,
)
_MINUTES = {"minute", "minutes", "min", "mins"}
_HOURLY = {"hour", "hours", "hr", "hrs", "h", "hourly", "ph"}


@dataclass
class _Factor:
    value: float
    money: bool
    units: list[str] = field(default_factory=list)


@dataclass
class Working:
    """One run of cost working: '£15 per session x 12 sessions = £180'."""

    start: int
    end: int = 0
    terms: list[float] = field(default_factory=list)
    cur: list[_Factor] = field(default_factory=list)
    nmul: int = 0
    money_factor: bool = False
    checks: list = field(default_factory=list)  # (computed, stated, (start, end), [factors])
    final: Optional[float] = None
    numbers: int = 0

    def product(self) -> float:
        hourly = any(f.money and any(u in _HOURLY for u in f.units) for f in self.cur)
        p = 1.0
        for f in self.cur:
            if f.units and f.units[0] in _MINUTES and not f.money:
                if hourly:
                    p *= f.value / 60
                continue  # "30 minute sessions at £15 a session": the minutes describe, they don't multiply
            p *= f.value
        return p

    def total(self) -> float:
        return sum(self.terms) + (self.product() if self.cur else 0.0)

    def judged(self) -> bool:
        return (self.nmul >= 1 or bool(self.terms)) and self.money_factor


def _tokens(text: str):
    for m in _TOK.finditer(text):
        kind = m.lastgroup
        yield kind, m[0], m.start(), m.end()


def _val(tok: str) -> float:
    return float(tok.replace("£", "").replace(",", "").strip())


def cost_workings(text: Optional[str]) -> tuple[list[Working], int]:
    """The runs of working in a cost cell, and how many numbers lie outside them."""
    if not text:
        return [], 0
    toks = list(_tokens(text))
    works: list[Working] = []
    cur: Optional[Working] = None
    expect_factor = True
    pending_eq = False
    outside = 0

    def close():
        nonlocal cur, expect_factor, pending_eq
        if cur is not None:
            works.append(cur)
        cur = None
        expect_factor = True
        pending_eq = False

    def start(kind, tok, s, e):
        nonlocal cur, expect_factor
        cur = Working(start=s, end=e)
        f = _Factor(_val(tok), kind == "money")
        cur.cur = [f]
        cur.money_factor = f.money
        cur.numbers = 1
        expect_factor = False

    i = 0
    while i < len(toks):
        kind, tok, s, e = toks[i]
        nxt = toks[i + 1][0] if i + 1 < len(toks) else None
        if kind in ("money", "num"):
            v = _val(tok)
            if cur is None:
                start(kind, tok, s, e)
            elif pending_eq or (not expect_factor and kind == "money" and cur.nmul >= 1):
                # a stated result: '= £180', or Walsall's '... x 6 weeks £270'
                if cur.judged():
                    cur.checks.append((cur.total(), v, (s, e), list(cur.cur)))
                cur.terms, cur.cur = [], [_Factor(v, kind == "money")]
                cur.final = v
                cur.numbers += 1
                cur.end = e
                expect_factor = False
                pending_eq = False
            elif expect_factor:
                f = _Factor(v, kind == "money")
                cur.cur.append(f)
                cur.money_factor |= f.money
                cur.numbers += 1
                cur.end = e
                expect_factor = False
            else:
                close()
                start(kind, tok, s, e)
        elif kind == "mul" or (kind == "soft" and nxt in ("money", "num")):
            if cur is not None and not expect_factor and not pending_eq:
                cur.nmul += 1
                expect_factor = True
            elif cur is None and kind == "mul":
                pass
            else:
                close()
        elif kind == "eq":
            if cur is not None and not expect_factor:
                pending_eq = True
            else:
                close()
        elif kind == "plus":
            if cur is not None and not expect_factor and not pending_eq:
                cur.terms.append(cur.product())
                cur.cur = []
                expect_factor = True
            else:
                close()
        elif kind in ("word", "soft", "slash"):
            if cur is not None and not expect_factor and not pending_eq and cur.cur:
                if kind != "slash":
                    if len(cur.cur[-1].units) >= 5:
                        close()
                    else:
                        cur.cur[-1].units.append(tok.lower())
            elif cur is not None and (expect_factor or pending_eq):
                close()
        elif kind == "ratio":
            close()
        else:  # break
            if kind == "brk" and tok == "." and cur is not None and not expect_factor:
                pass  # a full stop after a unit ("6 wks.") ends nothing on its own
            else:
                close()
        i += 1
    close()
    for w in works:
        if w.final is None and w.judged():
            w.final = w.total()
    counted = sum(w.numbers for w in works if w.judged() or w.checks)
    allnums = sum(1 for k, *_ in toks if k in ("money", "num"))
    outside = allnums - counted
    return works, outside


def _tol(x: float) -> float:
    """Pence lost to rounding a rate ('£666.66 x 3 = £2000', '£8.33 x 12 = £100') is not an error."""
    return 0.99


def _fmt_factors(factors: list[_Factor]) -> str:
    bits = []
    for f in factors:
        if f.units and f.units[0] in _MINUTES and not f.money:
            continue
        bits.append(_money(f.value) if f.money else (f"{f.value:g}"))
    return " × ".join(bits)


# ----------------------------------------------------------------------------------------------------
# Impact measures
# ----------------------------------------------------------------------------------------------------


def _has_measure(text: str, voc: _Vocab) -> Optional[str]:
    t = re.sub(r"£\s*\d[\d,]*(?:\.\d+)?", " ", text)
    for rx in voc.measures:
        m = rx.search(t)
        if m:
            return m[0]
    return None


def _outcome_words(text: str, voc: _Vocab) -> list[str]:
    words = [w for lab, _s, _e, w in _matches(voc.misc, text) if lab == "outcome_words"]
    return words + [m[0] for rx in voc.outcomes for m in rx.finditer(text)]


# ----------------------------------------------------------------------------------------------------
# The checks
# ----------------------------------------------------------------------------------------------------

_SRC_LINK = ("seeds/coventry-virtual-school-pages.txt (How is PP+ allocated?: 'A clear link between the pupil's "
             "educational targets and the proposed PP+ spend'); seeds/walsall-pep-handbook.txt (Sample PEP targets); domain.md 4")


def _spend_lines(pep: PEP, ctx):
    voc = _voc(ctx)
    for i, line in enumerate(pep.pp_spend):
        if _no_spend(line, voc):
            continue
        yield i, line


def _example_line(pep: PEP, line: SpendLine, n: Optional[int], t: Optional[Target]) -> str:
    amt = line_amount(line)
    cost = f" – {line.cost_text or _money(amt)}" if (line.cost_text or amt) else ""
    impact = line.intended_impact
    if not impact and t is not None:
        impact = t.success_criteria or t.text
    impact = _short(impact or f"what will change for {_name(pep)}, measured as in the target", 90).rstrip(".")
    desc = _short(line.description, 70).rstrip(".")
    return f"'Target {n if n is not None else 'N'}: {desc}{cost}. Intended impact: {impact}.'"


@check(
    code="PP001", needs=('pp_plus', 'targets'), name="spend-not-linked", title="A PP+ spend line is not linked to any target",
    severity="must-fix", group="PP",
    rationale="""PP+ is allocated for the needs the PEP identifies: each spend line must say which target it serves.
pepqa looks for an explicit reference ('Target 2', 'T2', 'targets 1 and 3', 'the maths target') and, failing that,
for words the line shares with a target (subject words from subjects.toml, content words, and programme names such
as 'Lexia' expanded to what they are for). A line with neither is spend the PEP does not justify. A line that does
share words with a target is not flagged here but by PP003 (advice), with the words shown, except when its target
column says something that points at no target ('See targets', 'Various', 'General'; spend.toml non_references)
and what it buys matches no target closely (a shared subject or two shared words): a claimed link that names
nothing is no link. A subject alone links only within the same strand of English: a reading programme does not
serve a writing target (spend.toml english_strands).""",
    source=_SRC_LINK,
    good="Every spend line names its target: 'Target 2 – 1:1 maths tuition with Mr Ahmed, 2 x 30 minutes a week for 6 weeks – £15 x 12 = £180'.",
    bad=[Example({"pp_spend[1]": {"number": 2, "description": "Guitar lessons", "cost": 200.0, "cost_text": "£20 x 10 = £200",
                                  "target_ref": None, "intended_impact": "Maya enjoys music."}, "pp_requested": 380.0},
                 "guitar lessons, no target named and no shared words"),
         Example({"pp_spend[1]": {"number": 2, "description": "Mentoring sessions with Mr Cole weekly", "cost": 200.0,
                                  "cost_text": "£20 x 10 = £200", "target_ref": "See targets",
                                  "intended_impact": "Maya is supported."}, "pp_requested": 380.0},
                 "'See targets' names no target, and 'mentoring' alone is a weak match"),
         Example({"pp_spend[1]": {"number": 2, "description": "Reading Plus subscription (12 months)", "cost": 60.0,
                                  "cost_text": "£60", "target_ref": None,
                                  "intended_impact": "Maya's reading speed and comprehension improve."},
                  "pp_requested": 240.0},
                 "a reading programme; the English target is about writing")],
    ok=[Example({}, "both lines name their target"),
        Example({"pp_spend[1].target_ref": "See targets"},
                "'See targets', but the writing mentor clearly matches the writing target (PP003 advises)"),
        Example({"pp_spend[0].target_ref": None}, "unnamed, but shares 'maths', 'tuition', 'fractions' with Target 2 (PP003 advises)")],
)
def spend_not_linked(pep, ctx):
    if not pep.part_ok("targets"):
        return
    voc = _voc(ctx)
    targets = _targets(pep)
    for i, line in _spend_lines(pep, ctx):
        if explicit_refs(line, voc) or area_refs(line, targets, _subjects_vocab(ctx)):
            continue
        links = lexical_links(pep, line, ctx)
        best = _best(links)
        nonref = non_reference(line, voc)
        if best and not (nonref and not best.strong):
            continue
        nums = ", ".join(str(n) for n, _ in targets)
        what = (f"names no target, and nothing it buys matches the words of Targets {nums}" if targets
                else "names no target, and the PEP has no targets for it to serve")
        if nonref:
            what = (f"says '{_short(nonref, 40)}' where the target should be, which names no target"
                    + (f", and what it buys matches none closely (only {best.evidence()}, with Target {best.number})"
                       if best else f", and nothing it buys matches the words of Targets {nums}" if targets else ""))
        yield Hit(
            f"{_line_label(line, i)} {what}. PP+ must pay for support that serves the PEP's targets.",
            field=f"pp_spend[{i}].description", item=_line_no(line, i), evidence=line.description,
            span=(0, len(line.description)),
            suggestion=("Say which target this line serves and how, e.g. " + _example_line(pep, line, None, None)
                        + " If it serves none of the targets, either add a target for the need it meets or fund it from "
                          "another budget."),
        )


@check(
    code="PP002", needs=('pp_plus', 'targets'), name="spend-target-not-found", title="A spend line names a target the PEP does not have",
    severity="must-fix", group="PP",
    rationale="""A spend line that names 'Target 4' in a PEP with three targets points at nothing: usually the targets
were renumbered, or the line was copied from last term's PEP. The reader cannot tell what the spend is for, so the
link fails. Where the line's words match one of the targets that does exist, the message says which.""",
    source=_SRC_LINK,
    good="The target named in each spend line exists in this PEP's targets table.",
    bad=[Example({"pp_spend[0].target_ref": "Target 4"}, "only targets 1-3 exist"),
         Example({"pp_spend[1].target_ref": "Targets 1 and 5"})],
    ok=[Example({"pp_spend[0].target_ref": "T2"}), Example({"pp_spend[1].target_ref": "target one"})],
)
def spend_target_not_found(pep, ctx):
    if not pep.part_ok("targets"):
        return
    voc = _voc(ctx)
    targets = _targets(pep)
    have = {n for n, _ in targets}
    for i, line in _spend_lines(pep, ctx):
        for ref in explicit_refs(line, voc):
            missing = [n for n in ref.numbers if n not in have]
            if not missing:
                continue
            links = lexical_links(pep, line, ctx)
            best = _best(links)
            hint = (f" What it buys matches Target {best.number} ({best.evidence()})." if best else "")
            listed = ", ".join(str(n) for n in sorted(have)) if have else "none"
            miss = " and ".join(f"Target {n}" for n in missing)
            fix_ref = f"Target {best.number}" if best else "the target it serves"
            yield Hit(
                f"{_line_label(line, i)} names {miss} ('{ref.text}'), but this PEP's targets are numbered {listed}.{hint}",
                field=f"pp_spend[{i}].{ref.field}", item=_line_no(line, i), evidence=ref.text, span=ref.span,
                suggestion=(f"Correct the reference to {fix_ref}"
                            + (f", e.g. {_example_line(pep, line, best.number, dict(targets).get(best.number))}" if best else "")
                            + ", or add the missing target if the line serves a need the PEP has not yet set a target for."),
            )


@check(
    code="PP003", needs=('pp_plus', 'targets'), name="spend-link-implicit", title="A spend line serves a target it does not name",
    severity="advice", group="PP",
    rationale="""The line names no target, but what it buys shares words with one (shown in the message), so the link
is probably clear to the people at the meeting. Naming the target makes it clear to the Virtual School and to next
term's review, which must report the impact against the target.""",
    source=_SRC_LINK,
    good="'Target 2 – fractions tuition with Mr Ahmed' rather than 'fractions tuition with Mr Ahmed'.",
    bad=[Example({"pp_spend[0].target_ref": None}, "serves Target 2 by 'maths', 'tuition', 'fractions'")],
    ok=[Example({}), Example({"pp_spend[0].target_ref": None, "pp_spend[0].description": "Target 2: 1:1 maths tuition"},
                             "the reference is in the description"),
        Example({"pp_spend[1].target_ref": "Eng target"}, "'Eng' names the English target by its subject")],
)
def spend_link_implicit(pep, ctx):
    if not pep.part_ok("targets"):
        return
    voc = _voc(ctx)
    targets = _targets(pep)
    for i, line in _spend_lines(pep, ctx):
        if explicit_refs(line, voc) or area_refs(line, targets, _subjects_vocab(ctx)):
            continue
        best = _best(lexical_links(pep, line, ctx))
        if not best or (non_reference(line, voc) and not best.strong):
            continue  # PP001 reports it: a weak match does not rescue "See targets"
        t = dict(targets).get(best.number)
        yield Hit(
            f"{_line_label(line, i)} names no target, but it seems to serve Target {best.number} "
            f"(linked by {best.evidence()}).",
            field=f"pp_spend[{i}].description", item=_line_no(line, i), evidence=line.description,
            span=(0, len(line.description)),
            suggestion=f"Name the target in the line: {_example_line(pep, line, best.number, t)}",
        )


@check(
    code="PP004", needs=('pp_plus', 'targets'), name="spend-target-mismatch", title="A spend line names one target but serves another",
    severity="should-fix", group="PP",
    rationale="""When a line names Target 1 but shares no words or subject with it, while it clearly matches another
target (a shared subject or at least two shared words), the reference is most likely wrong, e.g. maths tuition
entered against the English target. The next review would then report its impact against the wrong target.""",
    source=_SRC_LINK,
    good="Maths tuition is entered against the maths target; the writing mentor against the writing target.",
    bad=[Example({"pp_spend[0].target_ref": "Target 1"}, "maths tuition named against the English writing target")],
    ok=[Example({}), Example({"pp_spend[0].target_ref": "Targets 1 and 2"}, "one of the named targets matches")],
)
def spend_target_mismatch(pep, ctx):
    if not pep.part_ok("targets"):
        return
    voc = _voc(ctx)
    targets = dict(_targets(pep))
    for i, line in _spend_lines(pep, ctx):
        refs = explicit_refs(line, voc)
        named = sorted({n for r in refs for n in r.numbers})
        if not named or any(n not in targets for n in named):
            continue
        links = {lk.number: lk for lk in lexical_links(pep, line, ctx)}
        # a named target counts as matched by a shared subject, or by a shared word that is not just a
        # subject word: maths tuition against a wellbeing target set "in maths lessons" does not match it
        if any(links[n].subjects or links[n].content >= 1 for n in named if n in links):
            continue
        others = [lk for lk in links.values() if lk.number not in named and lk.strong]
        if not others:
            continue
        best = max(others, key=lambda lk: lk.score)
        ref = refs[0]
        tn = targets[named[0]]
        yield Hit(
            f"{_line_label(line, i)} is entered against Target {named[0]} ('{_short(tn.text, 60)}'), but it shares "
            f"nothing with it; it matches Target {best.number} ({best.evidence()}).",
            field=f"pp_spend[{i}].{ref.field}", item=_line_no(line, i), evidence=ref.text, span=ref.span,
            suggestion=(f"Check the reference: if the line serves Target {best.number}, write "
                        f"{_example_line(pep, line, best.number, targets[best.number])}"),
        )


@check(
    code="PP005", needs=('pp_plus',), name="spend-cost-missing", title="A spend line has no cost",
    severity="must-fix", group="PP",
    rationale="""The Virtual School cannot agree spend without its cost, and next term's review cannot judge value for
money. Each line needs an amount, ideally worked out (Walsall: '£30 per hour x 6 weeks £180.00'). 'TBC' or an
empty cell is treated as no cost. Lines that say no PP+ is needed ('funding from school budget') are not flagged.""",
    source="seeds/walsall-pep-handbook.txt (Sample PEP targets: 'Pupil premium to be used to fund 1:1 tuition £30 per hour x 6 weeks £180.00'); domain.md 4",
    good="'£15 per session x 12 sessions = £180' in the cost column.",
    bad=[Example({"pp_spend[0].cost": None, "pp_spend[0].cost_text": None, "pp_requested": None}),
         Example({"pp_spend[1].cost": None, "pp_spend[1].cost_text": "TBC", "pp_requested": None})],
    ok=[Example({"pp_spend[0].cost": None, "pp_requested": None}, "the cost cell holds the working"),
        Example({"pp_spend[1]": {"number": 2, "description": "Small group transition visits. No pupil premium needed - funding from school budget",
                                 "target_ref": "Target 3", "intended_impact": "Maya answers aloud in 4 of 5 lessons."}, "pp_requested": 180.0},
                "a line that asks for nothing"),
        Example({"pp_spend[1].cost": None, "pp_spend[1].cost_text": "School funded", "pp_requested": 180.0},
                "paid from the school's budget: asks PP+ for nothing")],
)
def spend_cost_missing(pep, ctx):
    voc = _voc(ctx)
    for i, line in _spend_lines(pep, ctx):
        if line_amount(line) is not None:
            continue
        ct = (line.cost_text or "").strip()
        if ct and re.search(r"\d", ct) and ct.lower() not in voc.cost_placeholders:
            continue  # some figure we could not read as money; PP006 judges the working
        said = f" (the cost column says '{ct}')" if ct else ""
        yield Hit(
            f"{_line_label(line, i)} has no cost{said}.",
            field=f"pp_spend[{i}].cost_text" if ct else f"pp_spend[{i}]", item=_line_no(line, i),
            evidence=ct or None, span=(0, len(ct)) if ct else None,
            suggestion=("Give the cost with its working, e.g. '£15 per session x 12 sessions = £180'; if a quote is "
                        "awaited, give the estimate and say so."),
        )


@check(
    code="PP006", name="spend-cost-arithmetic", title="A spend line's cost working does not add up",
    severity="should-fix", group="PP",
    rationale="""Where the cost is worked out ('£30/hour × 6 weeks = £180', '3 x £60 = £180', Walsall's '£15 per hour x
3 £45 x 6 weeks £270'), pepqa multiplies it out and compares it with the stated result and with the cost column.
A mismatch usually means a missing factor (sessions a week) or a typo, and the amount requested is then wrong.
Working pepqa cannot read with confidence (numbers outside the working, no £ rate) is left alone.""",
    source="seeds/walsall-pep-handbook.txt (Sample PEP targets: '£15 per hour x 3 £45 x 6 weeks £270'); domain.md 4",
    good="'£15 per session x 12 sessions = £180', and £180 in the cost column.",
    bad=[Example({"pp_spend[0].cost_text": "£15 per session x 12 sessions = £200", "pp_spend[0].cost": 200.0, "pp_requested": 450.0}),
         Example({"pp_spend[1].cost": 300.0, "pp_requested": 480.0}, "cost column £300, working gives £250")],
    ok=[Example({"pp_spend[0].cost_text": "£30 per hour x 1 hour a week x 6 weeks = £180"}),
        Example({"pp_spend[0].cost_text": "£15 per hour x 3 £45 x 4 weeks £180"}, "Walsall-style chained working")],
)
def spend_cost_arithmetic(pep, ctx):
    for i, line in _spend_lines(pep, ctx):
        fld = "cost_text" if line.cost_text and line.cost_text.strip() else "description"
        text = getattr(line, fld) or ""
        works, outside = cost_workings(text)
        if outside:
            continue  # numbers we cannot place: don't guess
        reported = False
        for w in works:
            for computed, stated, (s, e), factors in w.checks:
                if abs(computed - stated) > _tol(stated):
                    ev = text[w.start:e]
                    ratio = stated / computed if computed else 0
                    hint = ""
                    if ratio and ratio > 1 and abs(ratio - round(ratio)) < 0.01:
                        hint = f" If there are {round(ratio)} sessions (or hours) a week, show that factor in the working."
                    yield Hit(
                        f"{_line_label(line, i)}: the working '{_short(ev, 80)}' does not add up: "
                        f"{_fmt_factors(factors)} = {_money(computed)}, not {_money(stated)}.",
                        field=f"pp_spend[{i}].{fld}", item=_line_no(line, i), evidence=ev, span=(w.start, e),
                        suggestion=(f"Correct the total to {_money(computed)}, or correct the factors if "
                                    f"{_money(stated)} is right.{hint}"),
                    )
                    reported = True
        if reported or line.cost is None:
            continue
        judged = [w for w in works if w.judged() or w.checks]
        if len(judged) != 1 or len(works) != 1 or fld != "cost_text":
            continue
        w = judged[0]
        final = w.final
        if final is not None and abs(final - line.cost) > _tol(final):
            ev = text[w.start:w.end]
            yield Hit(
                f"{_line_label(line, i)}: the cost column says {_money(line.cost)}, but the working "
                f"'{_short(ev, 80)}' comes to {_money(final)}.",
                field=f"pp_spend[{i}].cost_text", item=_line_no(line, i), evidence=ev, span=(w.start, w.end),
                suggestion=f"Make the cost and its working agree: either {_money(final)}, or change the working to give {_money(line.cost)}.",
            )


def _total(pep: PEP, ctx) -> tuple[float, list[tuple[int, SpendLine, Optional[float]]]]:
    rows = [(i, line, line_amount(line)) for i, line in _spend_lines(pep, ctx)]
    return sum(a for _, _, a in rows if a), rows


def _eligible(pep: PEP, ctx) -> tuple[bool, str, str]:
    """(funded, why not, policy key)."""
    pol = ctx.policy
    if pep.school.type == SchoolType.independent_special and not pol.get("pp_plus.fund_independent_special"):
        return False, "an independent special school", "pp_plus.fund_independent_special"
    post16 = (pep.child.phase == Phase.post16 or (pep.child.year_group is not None and pep.child.year_group >= 12)
              or pep.school.type == SchoolType.post16_provider)
    if post16 and not pol.get("pp_plus.fund_post16"):
        return False, "a post-16 student", "pp_plus.fund_post16"
    ey = pep.child.phase == Phase.early_years or (pep.child.year_group is not None and pep.child.year_group < 0)
    if ey and not pol.get("pp_plus.fund_early_years"):
        return False, "an early years child", "pp_plus.fund_early_years"
    return True, "", ""


@check(
    code="PP007", needs=('pp_plus',), name="spend-over-allocation", title="The PP+ requested is more than the termly amount",
    severity="should-fix", group="PP",
    rationale="""School-age PP+ is paid termly at the authority's rate (Coventry: 3 equal payments of £600; policy
pp_plus.termly_amount). A plan that costs more than one term's amount will not be paid in full: the PEP should say
which lines come first, or how the rest is funded.""",
    source="seeds/coventry-pep-guidance.txt ('For school age children PP+ will be paid in 3 equal payments of £600 each'); domain.md 4",
    good="The spend lines add up to no more than the termly amount (£600 by default), and match the amount requested.",
    bad=[Example({"pp_spend[1].cost": 500.0, "pp_spend[1].cost_text": "£50 x 10 sessions = £500", "pp_requested": 680.0})],
    ok=[Example({}, "£430 of £600")],
)
def spend_over_allocation(pep, ctx):
    amount = float(ctx.policy.get("pp_plus.termly_amount"))
    if amount <= 0:
        return
    total, rows = _total(pep, ctx)
    req = pep.pp_requested or 0.0
    top = max(total, req)
    if top <= amount + 0.5:
        return
    parts = ", ".join(f"line {_line_no(l, i)} {_money(a)}" for i, l, a in rows if a)
    which = f"the spend lines add up to {_money(total)} ({parts})" if total >= req else f"the PP+ requested is {_money(req)}"
    yield Hit(
        f"This term's plan asks for more than the termly PP+ of {_money(amount)}: {which}.",
        field="pp_requested" if total < req else "pp_spend", section="pp_plus",
        evidence=_money(top),
        suggestion=(f"Bring the request within {_money(amount)} (e.g. fewer sessions, or fund a line from the school's "
                    "own pupil premium), or say which lines come first and how the rest will be paid for."),
    )


@check(
    code="PP008", needs=('pp_plus',), name="spend-total-mismatch", title="The amount requested does not match the spend lines",
    severity="should-fix", group="PP",
    rationale="""The PP+ requested should be the sum of the costed spend lines. When they differ, the Virtual School
cannot tell which figure to pay, and the review next term cannot account for the difference. A request with no
spend lines at all says nothing about what the money buys.""",
    source="seeds/coventry-virtual-school-pages.txt (How is PP+ allocated?: 'The planned use of the PP+ funding'); seeds/walsall-pep-handbook.txt ('the amount of pupil premium requested'); domain.md 4",
    good="Total requested £430 = £180 (line 1) + £250 (line 2).",
    bad=[Example({"pp_requested": 600.0}, "lines add up to £430"), Example({"pp_spend": [], "pp_requested": 600.0}),
         Example({"pp_spend[1].cost": None, "pp_spend[1].cost_text": "TBC", "pp_requested": 600.0},
                 "£420 of the request rests on a line costed 'TBC'")],
    ok=[Example({}), Example({"pp_requested": None}, "no separate total stated"),
        Example({"pp_spend[1].cost": None, "pp_spend[1].cost_text": "TBC", "pp_requested": 180.0},
                "the request is what is costed; PP005 reports the TBC line")],
)
def spend_total_mismatch(pep, ctx):
    req = pep.pp_requested
    if req is None:
        return
    total, rows = _total(pep, ctx)
    if not rows:
        if req > 0 and pep.part_ok("pp_plus"):
            yield Hit(
                f"The PEP requests {_money(req)} of PP+ but has no spend lines saying what it will buy.",
                field="pp_requested", evidence=_money(req),
                suggestion=("Add a line for each thing the PP+ will pay for: the target it serves, what is bought, who "
                            "delivers it, how often, the cost worked out and the intended impact."),
            )
        return
    uncosted = [(i, l) for i, l, a in rows if a is None]
    if uncosted:
        # PP005 reports the line without a cost; here only the part of the request no costed line accounts for
        if req - total > 1.0 and total > 0:
            which = ", ".join(f"line {_line_no(l, i)}" for i, l in uncosted)
            yield Hit(
                f"The PP+ requested is {_money(req)}, but the costed lines add up to only {_money(total)}; "
                f"{_money(req - total)} rests on {which}, which has no cost.",
                field="pp_requested", evidence=_money(req),
                suggestion=(f"Cost {which} so the lines add up to the {_money(req)} requested, or request "
                            f"{_money(total)}."),
            )
        return
    if abs(total - req) > 1.0:
        parts = " + ".join(f"{_money(a)} (line {_line_no(l, i)})" for i, l, a in rows)
        yield Hit(
            f"The PP+ requested is {_money(req)}, but the spend lines add up to {_money(total)}: {parts}.",
            field="pp_requested", evidence=_money(req),
            suggestion=(f"Make the total requested {_money(total)}, or add the line that accounts for the other "
                        f"{_money(abs(req - total))}."),
        )


def _linked_existing(pep: PEP, line: SpendLine, voc: _Vocab, svocab: Optional[dict] = None) -> bool:
    have = {n for n, _ in _targets(pep)}
    return (any(n in have for r in explicit_refs(line, voc) for n in r.numbers)
            or bool(area_refs(line, _targets(pep), svocab)))


@check(
    code="PP009", name="spend-not-fundable", title="Spend PP+ must not fund",
    severity="must-fix", group="PP",
    rationale="""PP+ is for additional, targeted support for this child's learning. It must not replace what the school,
the local authority or the carer already provides: uniform and clothing, food and meals, home-to-school transport,
trips, outings and holidays, social events and treats (a prom ticket, a party), personal items (a phone, a
haircut), meeting, admin or cover time, statutory SEND provision set out in an EHCP, resources every
pupil in the class receives, or salaries. The words that matched are quoted (lists in spend.toml, extendable).
Some matches are only questionable and reported as should-fix: transport to reach an intervention ('transport to
the tutor's centre for maths tuition'); a breakfast club; a bare mention of the EHCP; whole-school training (Coventry
allows pooling by agreement). A trip is must-fix, except that a visit with a curricular purpose that names a target
the PEP has ('trip to the science museum, Target 4 (science)') is should-fix: Coventry lists 'curriculum enrichment
activities' as a use of PP+, but a class trip every pupil goes on is the school's universal offer, so the officer
asks the DT to confirm it is an individual enrichment and what it produces for the target. Holidays and days out
are must-fix whatever they are linked to.""",
    source=("seeds/coventry-virtual-school-pages.txt (What can PP+ be used for?: 'must not be used to replace or subsidise "
            "a school's statutory duties', 'Curriculum enrichment activities'); seeds/essex-virtual-school-guide.txt (What is "
            "Pupil Premium Plus: 'not intended to replace services, support, or resources that the Local Authority, schools, "
            "... carers ... already provide'); domain.md 4"),
    good="Spend buys something additional for this child: tuition, a mentor, ELSA, a reading programme licence, her own revision guides.",
    bad=[Example({"pp_spend[1].description": "New school uniform and shoes", "pp_spend[1].cost_text": "£80", "pp_spend[1].cost": 80.0,
                  "pp_requested": 260.0}, "uniform"),
         Example({"pp_spend[0].description": "Transport to the tutor's centre for maths tuition"},
                 "questionable transport: should-fix"),
         Example({"pp_spend[1].description": "1:1 TA support as set out in her EHCP"}, "statutory SEND provision"),
         Example({"pp_spend[1].description": "Prom ticket and dress", "pp_spend[1].cost_text": "£40 + £80 = £120",
                  "pp_spend[1].cost": 120.0, "pp_requested": 300.0}, "a social event and clothing")],
    ok=[Example({}), Example({"pp_spend[1].description": "Easter holiday revision sessions for GCSE English"},
                            "holiday revision is tuition, not a holiday")],
)
def spend_not_fundable(pep, ctx):
    voc = _voc(ctx)
    name = _name(pep)
    for i, line in _spend_lines(pep, ctx):
        # phrases are found per field (for the span); context words count anywhere in the line
        found: dict[str, dict[str, list]] = {}  # cat -> part -> [(field, start, end, word)]
        for fld in ("description", "intended_impact"):
            for lab, s0, e0, w in _matches(voc.nf_matcher, getattr(line, fld) or ""):
                cat, part = lab.split("|")
                found.setdefault(cat, {}).setdefault(part, []).append((fld, s0, e0, w))
        for cat, parts in found.items():
            c = voc.categories[cat]
            if parts.get("unless"):
                continue  # "over and above the provision in her EHCP"
            allow = parts.get("allow", [])

            def ok(f, s0, e0):
                return any(af == f and a0 <= s0 and e0 <= a1 for af, a0, a1, _ in allow)

            def inside(x, y):  # x within y, same field
                return x[0] == y[0] and y[1] <= x[1] and x[2] <= y[2]

            hard = [m for m in parts.get("phrases", []) if not ok(*m[:3])]
            soft = [m for m in parts.get("questionable", []) if not ok(*m[:3])]
            # where a must-fix and a questionable phrase overlap, the longer match decides
            # ("breakfast club" is questionable although "breakfast" alone is food)
            hard, soft = ([h for h in hard if not any(inside(h, q) and q[2] - q[1] > h[2] - h[1] for q in soft)],
                          [q for q in soft if not any(inside(q, h) for h in hard)])
            if not hard and not soft:
                continue
            soft_sev = not hard
            softened_by: list[str] = []
            if hard and parts.get("soften") and not parts.get("harden"):
                if not c.soften_if_linked or _linked_existing(pep, line, voc, _subjects_vocab(ctx)):
                    soft_sev = True
                    softened_by = list(dict.fromkeys(f"'{m[3]}'" for m in parts["soften"]))
            use = hard or soft
            fld = use[0][0]
            use = [m for m in use if m[0] == fld]
            text = getattr(line, fld) or ""
            words = ", ".join(dict.fromkeys(f"'{m[3]}'" for m in use))
            s0, e0 = use[0][1], use[0][2]
            reason = (c.soft_reason if soft_sev else c.reason).replace("{name}", name)
            fix = (c.soft_fix if soft_sev else c.fix).replace("{name}", name)
            lead = "may be spend PP+ should not fund" if soft_sev else "is spend PP+ must not fund"
            because = f" (questionable rather than ruled out because of {', '.join(softened_by)})" if softened_by else ""
            yield Hit(
                f"{_line_label(line, i)} {lead}: {words}{because}. {reason[0].upper() + reason[1:]}.",
                field=f"pp_spend[{i}].{fld}", item=_line_no(line, i), evidence=text[s0:e0], span=(s0, e0),
                suggestion=fix,
                severity=Severity.should_fix if soft_sev else (None if c.severity == Severity.must_fix else c.severity),
            )


@check(
    code="PP010", needs=('pp_plus',), name="pp-impact-not-reviewed", title="Last term's PP+ impact is not reviewed",
    severity="must-fix", group="PP",
    rationale="""Coventry: 'Each term, during the PEP review: the impact of the PP+ spend must be reviewed', and PP+ is
'linked to individual progress, support strategies, and impact'. An empty review is must-fix. A review that says
what happened but gives no outcome or measure ('tuition went well', 'Maya enjoyed the sessions') is should-fix: it
should say what changed, with a number where one exists (score, reading age, attendance, SDQ) or an observable
change ('now attends homework club every week', 'no longer walks out'; spend.toml outcome_words and
outcome_patterns: an action after 'now', but not a feeling such as 'now enjoys'). A first PEP, or a review that
says no PP+ was spent last term, needs no evidence.""",
    source="seeds/coventry-virtual-school-pages.txt (Monitoring and impact: 'The impact of the PP+ spend must be reviewed'); seeds/walsall-pep-handbook.txt ('Impact of pupil premium should also be discussed'); domain.md 4",
    good="'Last term's PP+ paid for reading mentoring (£300): Maya's reading age rose from 11.2 to 12.4 years and she completed two novels.'",
    bad=[Example({"pp_impact_review": None}), Example({"pp_impact_review": "Tuition went well and Maya enjoyed it."}, "no outcome")],
    ok=[Example({}), Example({"pp_impact_review": "No PP+ was requested last term: this is Maya's first PEP at Riverside."}),
        Example({"pp_impact_review": "ELSA sessions: Maya now goes to the library club every lunchtime instead of "
                                     "wandering the corridors."}, "an observable change, no number needed")],
)
def pp_impact_not_reviewed(pep, ctx):
    if not pep.part_ok("pp_plus"):
        return
    voc = _voc(ctx)
    name = _name(pep)
    text = pep.pp_impact_review
    funded, _, _ = _eligible(pep, ctx)
    new_to_care = (pep.child.date_entered_care and pep.meeting_date
                   and (pep.meeting_date - pep.child.date_entered_care).days < 100)
    if _is_blank(text, voc):
        if new_to_care or not funded:
            return
        yield Hit(
            "Last term's PP+ spend has no review of its impact.",
            field="pp_impact_review",
            suggestion=_review_suggestion(pep, voc, None),
        )
        return
    if any(lab == "no_previous_spend" for lab, *_ in _matches(voc.misc, text)):
        return
    if _has_measure(text, voc) or _outcome_words(text, voc):
        return
    yield Hit(
        f"The review of last term's PP+ says what happened but not what changed: '{_short(text, 100)}'.",
        field="pp_impact_review", evidence=text, span=(0, len(text)), severity=Severity.should_fix,
        suggestion=_review_suggestion(pep, voc, text),
    )


def _review_suggestion(pep: PEP, voc: _Vocab, text: Optional[str]) -> str:
    """Point at evidence the PEP already has (a previous target's measured outcome), else give a template."""
    name = _name(pep)
    for pt in pep.previous_targets:
        if pt.outcome and _has_measure(pt.outcome, voc):
            n = f"previous target {pt.number}" if pt.number is not None else "a previous target"
            return (f"Say what last term's PP+ paid for and what changed for {name}. The review of {n} already "
                    f"has a measure: '{_short(pt.outcome, 90)}'. If PP+ paid for that support, say so: 'Last term's "
                    "PP+ paid for [what, who, how often]; [that outcome]'. If the spend did not help, say so and what "
                    "will change this term.")
    start = f"'{_short(text, 60).rstrip('.')}: " if text else "'Last term's PP+ paid for [what, how often]: "
    return (f"Say what changed for {name} and how you know, e.g. {start}{name}'s [score / reading age / attendance] "
            "went from [before] to [after]'. If the spend did not help, say so and what will change this term.")


@check(
    code="PP011", name="pp-not-eligible", title="PP+ requested where the authority does not pay it",
    severity="must-fix", group="PP",
    rationale="""Coventry: 'Independent special schools do not receive PP+ as it is already accounted for in cost of
the school place'; Essex 'does not currently receive this grant for young people beyond Year 11' (post-16 is
supported through the 16-19 Bursary instead). Which settings are funded is policy (pp_plus.fund_independent_special,
pp_plus.fund_post16, pp_plus.fund_early_years). A request for these children will not be paid.""",
    source="seeds/coventry-pep-guidance.txt ('Independent special schools do not receive PP+'); seeds/essex-virtual-school-guide.txt (What is Pupil Premium Plus; Supporting Post 16); domain.md 4",
    good="No PP+ request for a child in an independent special school or post-16 (unless the authority's policy funds it); other funding named instead.",
    bad=[Example({"school.type": "independent_special"}),
         Example({"child.year_group": 12, "child.phase": "post16", "child.key_stage": "KS5"})],
    ok=[Example({}), Example({"school.type": "independent_special", "pp_spend": [], "pp_requested": 0.0})],
)
def pp_not_eligible(pep, ctx):
    funded, who, key = _eligible(pep, ctx)
    if funded:
        return
    total, rows = _total(pep, ctx)
    req = pep.pp_requested or 0.0
    if not rows and req <= 0:
        return
    amount = _money(max(total, req)) if max(total, req) > 0 else "PP+"
    yield Hit(
        f"This PEP requests {amount} of PP+ for {who}, which this authority does not fund.",
        field="pp_spend" if rows else "pp_requested", section="pp_plus", officer_note=f"Policy {key} = false.",
        suggestion=("Remove the PP+ request and name the funding that applies instead"
                    + (" (the school place cost already includes it)" if "independent" in who else "")
                    + (" (e.g. the 16-19 Bursary)" if "post-16" in who else "")
                    + "; keep the targets and the support, with who pays for it."),
    )


@check(
    code="PP012", needs=('pp_plus',), name="spend-impact-missing", title="A spend line has no intended impact",
    severity="should-fix", group="PP",
    rationale="""Each spend line should say what it is meant to change, so that next term's review can tell whether it
worked (Coventry: spend 'designed to make a measurable difference'). A missing impact is should-fix; an impact made
only of general words ('to support her learning', 'to improve progress') is advice: it names no change anyone could
check. Where the description itself states the impact ('... so that Maya ...', 'Impact: ...'), that counts.""",
    source="seeds/coventry-virtual-school-pages.txt (What can PP+ be used for?: 'designed to make a measurable difference to the pupil's progress'); seeds/walsall-pep-handbook.txt (Sample PEP targets: 'Impact:'); domain.md 4",
    good="'Intended impact: Maya scores 8/10 on the fractions unit test (currently 4/10).'",
    bad=[Example({"pp_spend[0].intended_impact": None}), Example({"pp_spend[1].intended_impact": "To support her learning."}, "generic"),
         Example({"pp_spend[1].intended_impact": "Maya is supported."}, "the support restated, not a change"),
         Example({"pp_spend[1].intended_impact": "Mentor available for Maya."}, "the support restated, not a change"),
         Example({"pp_spend[1].intended_impact": "Maya will have more confidence."}, "a feeling, nothing observable")],
    ok=[Example({}), Example({"pp_spend[0].intended_impact": None,
                              "pp_spend[0].description": "1:1 maths tuition so that Maya scores 8/10 on the fractions test"},
                             "impact stated in the description")],
)
def spend_impact_missing(pep, ctx):
    voc = _voc(ctx)
    targets = dict(_targets(pep))
    name = _name(pep)
    for i, line in _spend_lines(pep, ctx):
        imp = line.intended_impact
        refs = [n for r in explicit_refs(line, voc) for n in r.numbers if n in targets]
        t = targets.get(refs[0]) if refs else None
        example = (t.success_criteria or t.text) if t else f"what {name} will be able to do, and how it will be measured"
        if _is_blank(imp, voc):
            if any(lab == "impact_markers" for lab, *_ in _matches(voc.misc, line.description)):
                continue
            yield Hit(
                f"{_line_label(line, i)} does not say what it is meant to change for {name}.",
                field=f"pp_spend[{i}].intended_impact", item=_line_no(line, i),
                suggestion=(f"Add the intended impact, in the words of the target it serves, e.g. 'Intended impact: "
                            f"{_short(example, 110)}'."),
            )
            continue
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", imp)
        if re.search(r"\d", imp) or len(words) > voc.vague_max_words:
            continue
        vague = [w for lab, _s, _e, w in _matches(voc.misc, imp) if lab == "vague_impact"]
        if not vague:
            continue
        yield Hit(
            f"{_line_label(line, i)}: the intended impact '{_short(imp, 80)}' names no change anyone could check "
            f"({', '.join(repr(w) for w in dict.fromkeys(vague))}).",
            field=f"pp_spend[{i}].intended_impact", item=_line_no(line, i), evidence=imp, span=(0, len(imp)),
            severity=Severity.advice,
            suggestion=f"Say what will change and how it will be measured, e.g. 'Intended impact: {_short(example, 110)}'.",
        )


@check(
    code="PP013", name="spend-negative-amount", title="A PP+ amount is negative",
    severity="must-fix", group="PP",
    rationale="""A negative cost or amount requested is a typo or a refund entered in the wrong place; left alone it
makes the total requested, the allowed amount and the letter's 'we will release' figure wrong.""",
    source="domain.md 4 (PP+ spend lines and the amount requested)",
    good="Every cost and the amount requested are zero or more.",
    bad=[Example({"pp_spend[0].cost": -180.0}), Example({"pp_requested": -430.0}, "amount requested")],
    ok=[Example({}, "positive amounts")],
)
def spend_negative_amount(pep, ctx):
    for i, line in _spend_lines(pep, ctx):
        if line.cost is not None and line.cost < 0:
            yield Hit(
                f"{_line_label(line, i)} has a negative cost ({_money(line.cost)}).",
                field=f"pp_spend[{i}].cost", item=_line_no(line, i), evidence=line.cost_text or None,
                suggestion="Give the cost as a positive amount; a refund or underspend belongs in the review of last term's spend.",
            )
    if pep.pp_requested is not None and pep.pp_requested < 0:
        yield Hit(
            f"The amount of PP+ requested is negative ({_money(pep.pp_requested)}).",
            field="pp_requested", suggestion="Give the total requested as a positive amount (the sum of the spend lines).",
        )
