"""What the PP checks share: the spend vocabulary compiled once per vocabulary folder (phrase lists through
:mod:`pepqa.matching`, plain-word lists as sets), and small helpers over spend lines and their wording.

Why one compiled object: every PP check reads the same lists for every spend line; compiling them per check
or per line would cost more than the checks themselves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span

from ...errors import ConfigError
from ...findings import Severity
from ...matching import PhraseBook, straight, words
from ...model import PEP, Phase, SchoolType, SpendLine, Target
from ...nlp import token_texts
from ...values import money_amounts
from ...vocab import load_vocab
from .empties import VOCAB as SHARED_EMPTY_VOCAB, EmptyCells, empty_cells_for

# the spend.toml lists each group of helpers reads, for the checks' vocab=(...) declarations
LINES_VOCAB = ("spend.no_spend",)  # spend_lines(): a line that asks PP+ for nothing is skipped
REFS_VOCAB = ("spend.number_words", "spend.target_words", "spend.target_abbreviations",
              "spend.target_column_abbreviations", "spend.target_number_labels", "spend.target_list_words",
              "spend.target_range_words", "spend.area_target_words")
LINKS_VOCAB = ("spend.link_ignore", "spend.weak_subject_words", "spend.expansions", "spend.english_strands")
# is_blank() / cost_empty: the lists meaning empty in every box (empty.toml) and in an impact / cost cell
IMPACT_EMPTY_VOCAB = SHARED_EMPTY_VOCAB + ("spend.empty_text",)
COST_EMPTY_VOCAB = SHARED_EMPTY_VOCAB + ("spend.cost_placeholders",)
COST_VOCAB = ("spend.cost_multiply_words", "spend.cost_rate_words", "spend.cost_result_words", "spend.cost_plus_words",
              "spend.minute_words", "spend.hour_words")

# phrase lists of spend.toml read by the matcher (besides [expansions] keys and [not_fundable.*])
MISC_LISTS = ("no_spend", "impact_markers", "vague_impact", "no_previous_spend", "outcome_words")
NF_PARTS = ("phrases", "questionable", "allow", "unless", "soften", "harden")


@dataclass
class Category:
    """One [not_fundable.<key>] table: what a match means and what to say."""

    key: str
    severity: Severity
    reason: str
    fix: str
    soft_reason: str
    soft_fix: str
    soften_if_linked: bool


@dataclass(frozen=True)
class CostWords:
    """Words of a cost cell's working (spend.toml cost_*_words, minute_words, hour_words)."""

    multiply: frozenset = frozenset()
    rate: frozenset = frozenset()
    result: frozenset = frozenset()  # single words; phrases of several words are in result_phrases
    result_phrases: tuple = ()  # as tuples of lower-case words ("comes", "to")
    plus: frozenset = frozenset()
    minutes: frozenset = frozenset()
    hourly: frozenset = frozenset()


@dataclass(frozen=True)
class RefWords:
    """Words of an explicit target reference ('Target no. 2', 'T2', 'targets 1 and 3', 'targets 1 to 3')."""

    target: tuple = ()
    abbreviations: tuple = ()
    column_abbreviations: tuple = ()
    number_labels: tuple = ()
    list_words: tuple = ()
    range_words: tuple = ()
    number_words: tuple = ()


@dataclass
class SpendVocab:
    raw: dict
    ignore: frozenset
    number_words: dict
    expansions: dict
    expansion_keys: dict  # the words of an [expansions] key as the matcher splits them -> the key
    book: PhraseBook  # MISC_LISTS, "expansions", and "<cat>|<part>" for each not_fundable part
    nf_lists: tuple = ()
    categories: dict = field(default_factory=dict)
    measures: tuple = ()
    outcomes: tuple = ()
    cost_empty: EmptyCells = field(default_factory=lambda: EmptyCells({}))
    impact_empty: EmptyCells = field(default_factory=lambda: EmptyCells({}))
    non_references: frozenset = frozenset()
    weak_subject_words: frozenset = frozenset()
    area_target_words: frozenset = frozenset()
    vague_max_words: int = 8
    cost: CostWords = field(default_factory=CostWords)
    refs: RefWords = field(default_factory=RefWords)

    def find(self, text: Optional[str], name: str) -> list[Span]:
        """Matches of one phrase list in ``text``, in text order (longest where they overlap)."""
        return self.book.find(text, name) if text else []

    def any(self, text: Optional[str], name: str) -> bool:
        return bool(self.find(text, name))


def _key(phrase: str) -> str:
    return " ".join(token_texts(straight(phrase)))


def _tuple(v: dict, name: str) -> tuple:
    return tuple(str(w).lower() for w in v.get(name, []))


@lru_cache(maxsize=8)
def compiled(vocab_dir: str) -> SpendVocab:
    v = load_vocab("spend", vocab_dir)
    lists: dict[str, list] = {k: v.get(k, []) for k in MISC_LISTS}
    cats = {}
    for key, c in v.get("not_fundable", {}).items():
        for part in NF_PARTS:
            lists[f"{key}|{part}"] = c.get(part, [])
        cats[key] = Category(
            key, Severity(c.get("severity", "must-fix")), c.get("reason", ""), c.get("fix", ""),
            c.get("soft_reason", c.get("reason", "")), c.get("soft_fix", c.get("fix", "")),
            bool(c.get("soften_if_linked", False)))
    exps = {str(k).lower(): [str(w) for w in ws] for k, ws in v.get("expansions", {}).items()}
    lists["expansions"] = list(exps)
    result = [str(w).lower() for w in v.get("cost_result_words", [])]
    return SpendVocab(
        raw=v,
        ignore=words(v.get("link_ignore", []) + v.get("weak_subject_words", [])),
        number_words={w.lower(): i for i, w in enumerate(v.get("number_words", []))},
        expansions=exps,
        expansion_keys={_key(k): k for k in exps},
        book=PhraseBook(lists, where="spend vocabulary"),
        nf_lists=tuple(n for n in lists if "|" in n),
        categories=cats,
        measures=tuple(re.compile(p, re.I) for p in v.get("measure_patterns", [])),
        outcomes=tuple(re.compile(p, re.I) for p in v.get("outcome_patterns", [])),
        cost_empty=empty_cells_for(vocab_dir, "spend.cost_placeholders"),
        impact_empty=empty_cells_for(vocab_dir, "spend.empty_text"),
        non_references=frozenset(w.lower() for w in v.get("non_references", [])),
        weak_subject_words=words(v.get("weak_subject_words", [])),
        area_target_words=words(v.get("area_target_words", [])),
        vague_max_words=int(v.get("vague_impact_max_words", 8)),
        cost=CostWords(
            multiply=words(v.get("cost_multiply_words", [])), rate=words(v.get("cost_rate_words", [])),
            result=frozenset(w for w in result if " " not in w),
            result_phrases=tuple(tuple(w.split()) for w in result if " " in w),
            plus=words(v.get("cost_plus_words", [])),
            minutes=words(v.get("minute_words", [])), hourly=words(v.get("hour_words", []))),
        refs=RefWords(
            target=_tuple(v, "target_words"), abbreviations=_tuple(v, "target_abbreviations"),
            column_abbreviations=_tuple(v, "target_column_abbreviations"),
            number_labels=_tuple(v, "target_number_labels"), list_words=_tuple(v, "target_list_words"),
            range_words=_tuple(v, "target_range_words"), number_words=tuple(v.get("number_words", []))),
    )


def voc(ctx) -> SpendVocab:
    return compiled(ctx.policy.get("data.vocab_dir") or "")


def subjects_vocab(ctx) -> Optional[dict]:
    try:
        return ctx.vocab("subjects")
    except ConfigError:  # subjects vocabulary not installed: link on words alone
        return None


# ----------------------------------------------------------------------------------------------------
# Small helpers over spend lines
# ----------------------------------------------------------------------------------------------------


def is_blank(text: Optional[str], v: SpendVocab) -> bool:
    """An impact cell that says nothing: empty, or a whole text meaning empty in every box ('N/A', 'TBC':
    empty.toml) or in an impact cell ('see target': spend.toml empty_text)."""
    return v.impact_empty(text)


def child_name(pep: PEP) -> str:
    return pep.child.first_name or "the child"


def short(text: str, n: int = 70) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 1].rstrip() + "…"


def money(x: float) -> str:
    return f"£{x:,.0f}" if abs(x - round(x)) < 0.005 else f"£{x:,.2f}"


def line_no(line: SpendLine, i: int) -> int:
    return line.number if line.number is not None else i + 1


def line_label(line: SpendLine, i: int) -> str:
    return f"Spend line {line_no(line, i)} ('{short(line.description, 60)}')"


def numbered_targets(pep: PEP) -> list[tuple[int, Target]]:
    return [(t.number if t.number is not None else i + 1, t) for i, t in enumerate(pep.targets)]


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


def no_spend(line: SpendLine, v: SpendVocab) -> bool:
    """A line that says no PP+ is needed ("funding from school budget") asks for nothing."""
    text = " ".join(x for x in (line.description, line.cost_text) if x)
    if not v.any(text, "no_spend"):
        return False
    amt = line_amount(line)
    return not amt


def spend_lines(pep: PEP, ctx):
    """(index, line) for the lines that ask PP+ for something."""
    v = voc(ctx)
    for i, line in enumerate(pep.pp_spend):
        if no_spend(line, v):
            continue
        yield i, line


def total(pep: PEP, ctx) -> tuple[float, list[tuple[int, SpendLine, Optional[float]]]]:
    rows = [(i, line, line_amount(line)) for i, line in spend_lines(pep, ctx)]
    return sum(a for _, _, a in rows if a), rows


def eligible(pep: PEP, ctx) -> tuple[bool, str, str]:
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


def example_line(pep: PEP, line: SpendLine, n: Optional[int], t: Optional[Target]) -> str:
    amt = line_amount(line)
    cost = f" – {line.cost_text or money(amt)}" if (line.cost_text or amt) else ""
    impact = line.intended_impact
    if not impact and t is not None:
        impact = t.success_criteria or t.text
    impact = short(impact or f"what will change for {child_name(pep)}, measured as in the target", 90).rstrip(".")
    desc = short(line.description, 70).rstrip(".")
    return f"'Target {n if n is not None else 'N'}: {desc}{cost}. Intended impact: {impact}.'"
