"""A reported sentence rewritten in the child's first person, for PV003 and PV004's suggestions.

Why: "record the child's own words" is clearer with the school's own sentence turned round ("Maya said
she finds fractions hard" -> "I find fractions hard because ..."). The reporting verbs, adverbs and
clause ends it reads are in ``data/vocab/voice.toml``; the pronoun swaps are English grammar.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS

from ...matching import straight
from ...model import PEP
from .voice_reading import VoicePhrases, name_tokens, phrases_for

EXAMPLE_VOCAB = ("voice.report_verbs", "voice.example_adverbs", "voice.example_clause_end",
                 "voice.example_next_clause")
_CLAUSE_PUNCT = {",", ";", ".", "!", "?", ":"}
_LEADING = ("and", "but", "then", "also", "so", ",", "however", "although")
_IRREGULAR = {"is": "am", "'s": "am", "has": "have", "does": "do", "was": "was", "goes": "go", "says": "say"}


def first_person_example(sentence: str, pep: PEP, ph: Optional[VoicePhrases] = None) -> Optional[str]:
    """A first-person pattern from a reported sentence: 'Maya said she finds fractions hard and ...' -> 'I find
    fractions hard because ...'. Only the first clause is kept; None when the sentence is not about the child."""
    ph = ph or phrases_for("")
    names = name_tokens(pep)
    toks = re.findall(r"[A-Za-z][A-Za-z'’-]*|[0-9]+|[^\sA-Za-z0-9]", straight(sentence))
    low = [t.lower() for t in toks]
    i = _reported_subject(low, names, ph)
    if i is None:
        return None
    out = _rewrite(toks[i:], low[i:], ph)
    if len(out) < 3:
        return None
    # "her" before a word that is not a noun-ish word reads as an object: "helps her" -> "helps me"
    for k in range(1, len(out)):
        if out[k] == "my" and (k + 1 >= len(out) or out[k + 1].lower() in STOP_WORDS and out[k + 1].lower() != "own"):
            out[k] = "me"
    return " ".join(out) + " because ..."


def _reported_subject(low: list[str], names: set[str], ph: VoicePhrases) -> Optional[int]:
    """Where the reported clause's verb starts ("Maya said that she | finds ..."), or None."""
    i = 0
    while i < len(low) and low[i] in _LEADING:
        i += 1
    # subject: the child's name (possibly full name) or he/she; "then told us she ..." has none
    if i < len(low) and low[i] in ph.report_verbs:
        pass
    elif i < len(low) and (low[i] in names or low[i] in ("he", "she")):
        s0 = i
        while i < len(low) and low[i] in names:
            i += 1
        if i == s0:
            i += 1
    else:
        return None
    # a reporting verb, its object and "that", then the reported subject
    if i < len(low) and low[i] in ph.report_verbs:
        i += 1
        if i < len(low) and low[i] in ("her", "his", "the", "me", "us", "him"):
            j = i
            while j < len(low) and low[j] not in ("she", "he", "that", ":", ",") and j - i < 4:
                j += 1
            i = j
        if i < len(low) and low[i] in ("that", ":", ","):
            i += 1
        if i < len(low) and (low[i] in ("she", "he") or low[i] in names):
            i += 1
        else:
            return None
    return i


def _rewrite(toks: list[str], rest: list[str], ph: VoicePhrases) -> list[str]:
    """The first clause from the verb on, with the child as "I"."""
    out = ["I"]
    verb_done = False
    for k, (t, lt) in enumerate(zip(toks, rest)):
        if lt in _CLAUSE_PUNCT or lt in ph.example_clause_end:
            break
        if lt == "and" and k + 1 < len(rest) and rest[k + 1] in ph.example_next_clause:
            break
        if not verb_done and lt in ph.example_adverbs:
            out.append(t)
            continue
        if not verb_done:
            verb_done = True
            out.append(_base_verb(lt))
            continue
        if lt in ("his", "her"):
            out.append("my")
        elif lt == "him":
            out.append("me")
        elif lt in ("himself", "herself"):
            out.append("myself")
        elif lt in ("he", "she"):
            out.append("I")
        else:
            out.append(t)
    return out


def _base_verb(v: str) -> str:
    if v in _IRREGULAR:
        return _IRREGULAR[v]
    if v.endswith("ies") and len(v) > 4:
        return v[:-3] + "y"
    if re.search(r"(ss|sh|ch|x|o)es$", v):
        return v[:-2]
    if v.endswith("s") and not v.endswith("ss") and len(v) > 2:
        return v[:-1]
    return v
