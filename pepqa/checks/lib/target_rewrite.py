"""The ST messages and suggestions: the one-line SMART summary, and a target rewritten from its own words with a
measure and a date (the heart of every ST suggestion, and of the EM suggestions).
"""
from __future__ import annotations

import re
from typing import Optional

from ...model import PEP, Target
from .books import word_set
from .child import first_name as _name, phase as _phase, pronoun as _pronoun, year_label as _year
from .target_judging import Judgement
from .subjects import attainment_row, subject_matches, target_subjects
from .text import has_word, join_or as _join, quote as _quote
from .timeframes import fmt_date as _fmt_date


def summary(j: Judgement) -> str:
    """The one-line SMART summary that opens every ST message about this target."""
    head = f"Target {j.number} ('{_quote(j.target.text)}')"
    failed = j.letters_failed
    s = f"{head} is not {_join(failed)}" if failed else f"{head} is SMART"
    if not j.owner:
        s += (", and names no one to deliver it" if failed else " but names no one to deliver it")
    return s + "."


def time_phrase(pep: PEP, j: Judgement) -> str:
    """The target's own time words if it has some, else the next PEP date (short term) or the end of the year."""
    for r in (j.statement, j.criteria):
        if r.times:
            s, e, txt = r.times[0][:3]
            pre = r.text[max(0, s - 7):s].lower()
            lead = re.search(r"\b(by|until|before|in|within|this|next)\s+(?:the\s+)?$", pre)
            if not lead and re.match(r"(?i)(for|over|during|every|each|within|until|before|in|by|this|next)\b", txt):
                return txt  # "for three weeks", not "by for three weeks"
            return (lead.group(0) if lead else "by ") + txt
    if j.by_when.times:
        bw = j.by_when.text.strip().rstrip(".")
        return bw if re.match(r"(?i)(by|until|before|within|in)\b", bw) else "by " + bw
    if j.target.term is not None and j.target.term.value == "long":
        return "by the end of the summer term"
    if pep.next_pep_date:
        return f"by the next PEP on {_fmt_date(pep.next_pep_date)}"
    return "by [a date, e.g. the next PEP]"


def _currently(pep: PEP, subjects: set[str], sv: dict, hay: str = "") -> str:
    """'(currently Grade 4 in English)' from the attainment row that fits the target best."""
    low = hay.lower()
    rows = [r for r in pep.attainment if r.subject and r.current and has_word(low, r.subject.lower())]
    rows += [attainment_row(pep, s, sv) for s in sorted(subjects)]
    for row in rows:
        if row and row.current:
            cur = row.current.strip()
            if re.fullmatch(r"[1-9]", cur) and _phase(pep) in ("secondary", "post16"):
                cur = f"grade {cur}"
            words = {w for w in re.findall(r"[a-z]+", (row.subject or "").lower()) if len(w) > 2}
            if words & set(re.findall(r"[a-z]+", cur.lower())):
                return f" (currently {cur})"
            return f" (currently {cur} in {row.subject})"
    return ""


def rewrite(pep: PEP, t: Target, vocab: dict, sv: dict, when: str, subjects: Optional[set] = None,
            keep_statement: bool = False) -> str:
    """A target rewritten from its own words with a measure and a date: the heart of every ST suggestion."""
    name = _name(pep)
    poss, _ = _pronoun(pep)
    phase = _phase(pep)
    if subjects is None:
        subjects = {s for s, *_ in target_subjects(t, sv, phase)}
    hay_text = " ".join(x for x in (t.text, t.success_criteria) if x)
    now = _currently(pep, subjects, sv, " ".join(x for x in (t.area, hay_text) if x))
    if keep_statement:
        body = re.sub(r"[.\s]+$", "", t.text.strip())
        body = re.sub(r"^(?i:to)\s+", f"{name} will ", body)
        # the date goes after the main clause: "read 3 books by ...; she may need support"
        m = re.search(r";|, so that | so that |, to | to build ", body)
        head, sep, rest = (body[:m.start()], m.group(0), body[m.end():]) if m else (body, "", "")
        return f"{head} {when}{now}{sep}{rest}."
    measure, chosen = None, None
    generic = word_set(vocab, "rewrite_generic")
    # The target's own specific words choose the measure ("confident", "spelling"); then the area column;
    # then generic subject words in the text ("English", "maths").
    for hay, generic_ok in ((hay_text, False), (t.area or "", True), (hay_text, True)):
        low_words = set(re.findall(r"[a-z][a-z\-]*", hay.lower()))
        for entry in vocab.get("rewrites", ()):
            ph = entry.get("phase")
            if ph and phase not in ([ph] if isinstance(ph, str) else ph):
                continue
            # the table's words are compared as the text's words, a hyphenated word as one ("write-up" is not
            # "write"): not pepqa.matching, which splits at hyphens and would pick other rewrites
            hits = [w.lower() for w in entry.get("words", ())
                    if (" " in w and w.lower() in hay.lower()) or w.lower() in low_words]
            if not generic_ok:
                hits = [w for w in hits if w not in generic]
            if hits:
                measure, chosen = entry["measure"], entry
                break
        if measure:
            break
    if chosen is not None:
        # "(currently ...)" only when the measure is about a subject the attainment table records
        words = " ".join(chosen.get("words", ()))
        subj = {s for s, *_ in subject_matches(words, sv)}
        now = _currently(pep, subj, sv, words) if subj else ""
    if measure is None:
        core = re.sub(r"[.\s]+$", "", t.text.strip())
        core = re.sub(r"(?i)^(to|for \w+ to|\w+ (?:will|to))\s+", "", core)
        return (f"{name} will [an action you can see or count, e.g. '... on 4 of 5 days' or '8 out of 10 ...'] "
                f"to {core[:1].lower() + core[1:]}, {when}{now}.")
    measure = measure.replace("{year}", _year(pep)).replace("their", poss)
    measure = re.sub(r"\ba (?=[aeiou])", "an ", measure)  # "read a age-appropriate book"
    return f"{name} will {measure} {when}{now}."


def suggest_rewrite(pep: PEP, j: Judgement, ctx, keep=False) -> str:
    vocab, sv = ctx.vocab("targets"), ctx.vocab("subjects")
    return rewrite(pep, j.target, vocab, sv, time_phrase(pep, j), keep_statement=keep)


def rewrite_elsewhere(pep: PEP, j: Judgement, ctx) -> bool:
    """True when the Measurable finding (ST001) for this target already carries the full rewrite."""
    from ..registry import REGISTRY

    st1 = REGISTRY.get("ST001")
    return (not j.measurable) and st1 is not None and ctx.enabled(st1)


def owner_hint(pep: PEP, j: Judgement) -> str:
    for t in pep.targets:
        if t is not j.target and t.who and t.area and j.target.area and t.area.lower() == j.target.area.lower():
            return t.who
    dt = next((a for a in pep.attendees if a.role.value == "designated_teacher" and a.name), None)
    if dt:
        return f"{dt.name} (designated teacher)"
    return "the class teacher or key person"
