"""Each target judged once per PEP on the SMART letters, the work the ST checks share."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from ...model import PEP, Target
from ...matching import straight
from ...nlp import doc
from .books import word_set
from .child import phase as _phase
from .target_jumps import jump
from .empties import EmptyCells
from .target_reading import Reading, empty_cells, find, read_text
from .text import norm

@dataclass
class Judgement:
    index: int
    number: int
    target: Target
    statement: Reading
    criteria: Reading
    by_when: Reading
    actions: Reading
    who_ok: bool
    by_when_placeholder: bool
    measurable: bool
    timed: bool
    specific: bool
    vague_hit: Optional[tuple] = None
    owner: bool = True
    jump: Optional[dict] = None

    @property
    def letters_failed(self) -> list[str]:
        out = []
        if not self.specific:
            out.append("Specific")
        if not self.measurable:
            out.append("Measurable")
        if self.jump:
            out.append("Achievable")
        if not self.timed:
            out.append("Time-bound")
        return out


def names_owner(who: str | None, pep: PEP, vocab: dict) -> bool:
    """Does the 'who' column name someone who can deliver and check the target?

    Not when it names only the child ("Maya") or everyone at once ("School", "All staff"): the words in
    vocab ``not_owners`` and the child's own names are taken out, and something else must remain."""
    if not who or not who.strip():
        return False
    d = doc(who)
    skip = [(s, e) for s, e, _ in find(who, vocab, ("not_owners",))["not_owners"]]
    names: set[str] = set()
    if "{child}" in vocab.get("not_owners", ()):
        names = {w.lower() for w in re.findall(r"[A-Za-z'\-]+", pep.child.name or "")}
        if pep.child.first_name:
            names.add(pep.child.first_name.lower())
    connectors = word_set(vocab, "owner_connectors")
    for tok in d:
        if tok.is_space or tok.is_punct or straight(tok.lower_) in connectors or tok.lower_ in names:
            continue
        if any(s <= tok.idx < e for s, e in skip):
            continue
        return True
    return False


# between the owner and the verb: "(KS3 TA) to", "will", "is to", and an adverb ("will regularly check in")
_INPUT_LEAD = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:to|will|is to|are to|should)\s+(?:\w+ly\s+)?", re.I)


def is_input(text: str | None, r: Reading, vocab: dict) -> bool:
    """Is the statement an adult's action ("Mr Ahmed to provide 1:1 tuition weekly", "TA will support ...")
    rather than an outcome for the child? The statement opens with an owner followed by "to"/"will" and one of
    vocab ``input_verbs``."""
    t = text or ""
    first = min((o for o in r.owners if o[0] <= 4), key=lambda o: o[0], default=None)
    if first is None or re.match(r"\s*(?:the\s+|her\s+|his\s+|their\s+)?$", t[:first[0]], re.I) is None:
        return False
    rest = first[1]
    for s, _e, _w in find(t, vocab, ("input_verbs",))["input_verbs"]:
        if s >= rest and _INPUT_LEAD.fullmatch(t, rest, s):
            return True
    return False


def judge_target(pep: PEP, i: int, vocab: dict, subj_vocab: dict, today: Optional[date] = None,
                 term_is_time_frame: bool = True, *, empty: EmptyCells) -> Judgement:
    """``today``: the run's date (the context's), used only when the PEP has no meeting date: never the wall clock.
    ``term_is_time_frame``: a target in the short- or long-term column is due by the next PEP or the year's end
    (policy targets.term_column_is_time_frame). ``empty``: which whole cells mean empty (the policy's, from
    :func:`~pepqa.checks.lib.target_reading.empty_cells`)."""
    t = pep.targets[i]
    ey = _phase(pep) == "early_years"
    st = read_text(t.text, vocab, ey)
    sc = read_text(t.success_criteria, vocab, ey)
    actions = read_text(t.actions, vocab, ey)
    bw_placeholder = empty(t.by_when)
    bw = read_text(None if bw_placeholder else t.by_when, vocab, ey)
    bw_timed = bool(bw.times) or (bool(bw.text.strip()) and not bw.not_deadlines and bool(re.search(r"\d", bw.text)))
    if bw.text.strip() and not bw.times and not bw.not_deadlines and not re.search(r"\d", bw.text):
        bw_timed = False
    timed = bool(st.times or sc.times or bw_timed or (term_is_time_frame and t.term is not None))
    # "Mr Ahmed to provide 1:1 tuition weekly": an adult's action (an input), whose frequency measures what is
    # given, not what changes for the child; only the success criteria can make it measurable
    measurable = bool((st.measures and not is_input(t.text, st, vocab)) or sc.measures)
    vague_hit = None
    if st.hedges:
        vague_hit = st.hedges[0]
    elif st.vague and not st.strong:
        # the whole row counts: "settle in class" with success criteria that say what settled looks like
        # ("in class and working within 5 minutes of the bell on 4 of 5 days") is specific; an aim the guidance
        # calls weak ("improve behaviour") is not, whatever the criteria say
        concrete = {w.lower() for w in vocab.get("vague_unless_criteria", ())}
        left = [v for v in st.vague if not (v[2].lower() in concrete and sc.strong)]
        vague_hit = left[0] if left else None
    who_ok = not empty(t.who) and names_owner(t.who, pep, vocab)
    owner = who_ok or bool(st.owners or sc.owners or actions.owners)
    j = Judgement(i, t.number or i + 1, t, st, sc, bw, actions, who_ok, bw_placeholder and bool(norm(t.by_when)),
                  measurable, timed, vague_hit is None, vague_hit, owner)
    j.jump = jump(pep, t, j, subj_vocab, vocab, today)
    return j


def judgements(pep: PEP, ctx) -> list[Judgement]:
    """All targets judged once per PEP and context (the ST checks share the work)."""
    key = "smart.judgements"
    hit = ctx.cache.get(key)
    if hit is not None and hit[0] is pep:
        return hit[1]
    vocab, sv = ctx.vocab("targets"), ctx.vocab("subjects")
    by_term = bool(ctx.policy.get("targets.term_column_is_time_frame"))
    empty = empty_cells(ctx)
    res = [judge_target(pep, i, vocab, sv, ctx.today, by_term, empty=empty) for i in range(len(pep.targets))]
    ctx.cache[key] = (pep, res)
    return res


