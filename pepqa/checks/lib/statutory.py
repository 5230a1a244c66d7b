"""What the statutory checks (TL, CP, AT, SN, AS) and the history checks share: the statutory phrase lists
read through the one matcher, what counts as an empty answer, the first-PEP rule and wording helpers."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Span

from ...matching import PhraseBook
from ...model import PEP
from ...vocab import load_vocab
from .empties import VOCAB as SHARED_EMPTY_VOCAB, empty_cells

# every phrase list of statutory.toml; empty_answers is compared whole (lib/empties.py), exclusion_* are label
# fragments
PHRASE_LISTS = ("attendance", "wellbeing_strategies", "wellbeing_areas", "senco_roles", "ehcp_provision",
                "transition", "careers_steps")


@lru_cache(maxsize=8)
def _book(vocab_dir: str) -> PhraseBook:
    v = load_vocab("statutory", vocab_dir)
    return PhraseBook({name: v[name] for name in PHRASE_LISTS}, where="statutory vocabulary")


def book(ctx) -> PhraseBook:
    return _book(ctx.policy.get("data.vocab_dir") or "")


def phrases(ctx, list_name: str, text: Optional[str]) -> list[Span]:
    """The phrases of ``list_name`` in ``text``, in text order (whole words, any case; longest where they overlap)."""
    return book(ctx).find(text, list_name) if text else []


def find_phrase(ctx, list_name: str, *texts: Optional[str]) -> Optional[str]:
    """The first phrase of ``list_name`` found in any of ``texts``, as written."""
    for t in texts:
        found = phrases(ctx, list_name, t)
        if found:
            return found[0].text
    return None


# what a check that calls :func:`blank` declares: the shared empty lists and statutory's own
EMPTY_VOCAB = SHARED_EMPTY_VOCAB + ("statutory.empty_answers",)


def blank(ctx, text: Optional[str]) -> bool:
    """No answer: None, whitespace, or an answer that means empty in every box ('N/A', 'none', 'TBC': empty.toml)
    or in a statutory one ('No': statutory.toml empty_answers)."""
    return empty_cells(ctx, "statutory.empty_answers")(text)


def child_name(pep: PEP) -> str:
    return pep.child.first_name or "the child"


def possessive(pep: PEP) -> str:
    n = pep.child.first_name
    return f"{n}'s" if n else "the child's"


def their(pep: PEP) -> str:
    """her / his / their, from the recorded gender (their when not stated)."""
    g = (pep.child.gender or "").strip().lower()
    return "her" if g[:1] == "f" or g == "girl" else "his" if g[:1] == "m" or g == "boy" else "their"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def year_label(y: Optional[int]) -> str:
    if y is None:
        return "an unknown year group"
    return {-1: "Nursery", 0: "Reception"}.get(y, f"Year {y}")


def quote(text: Optional[str], limit: int = 90) -> str:
    t = " ".join((text or "").split())
    return f"'{t}'" if len(t) <= limit else f"'{t[:limit].rsplit(' ', 1)[0]}…'"


def percent(x: float) -> str:
    return f"{x:g}%"


def target_texts(pep: PEP) -> list[str]:
    out = []
    for t in pep.targets:
        out += [t.area or "", t.text or "", t.actions or "", t.success_criteria or ""]
    return out


def spend_texts(pep: PEP) -> list[str]:
    return [(s.description or "") + " " + (s.intended_impact or "") for s in pep.pp_spend]


def is_first_pep(pep: PEP, policy) -> bool:
    """A PEP is the child's first when the child entered care on or before the meeting, at most
    ``timeliness.first_pep_lookback_days`` (91) days before it, and no previous targets are recorded."""
    entered, met = pep.child.date_entered_care, pep.meeting_date
    if not entered or not met or pep.previous_targets:
        return False
    return 0 <= (met - entered).days <= policy.get("timeliness.first_pep_lookback_days")
