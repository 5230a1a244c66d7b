"""Regular expressions built from the words in ``[prose]`` of ``data/labels.toml``.

Why: the shapes (a title, a fact in a sentence, a bracket about the past) are code; the words that fill them
('target', 'next step', 'last', 'stands at', 'will pay for') are an authority's wording and live in the data
file, where an authority adds its own. Each pattern is built once per labels set and cached with it.
"""
from __future__ import annotations

import re

from ...labels import Labels


def alt(words) -> str:
    """Words or phrases as one alternation, longest first; a space matches any run of spaces."""
    ws = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) or r"(?!x)x"


def school_noun_end(labels: Labels) -> re.Pattern:
    """A name ending in a word for a school ([prose] school_nouns: 'Park School', 'Grange Academy')."""
    key = ("school_noun_end",)
    if key in labels._memo:
        return labels._memo[key]
    return labels._remember(key, re.compile(r"(?:^|\s)(?:" + alt(labels.prose.get("school_nouns", ())) + r")$", re.I))


def pattern(labels: Labels, name: str) -> re.Pattern:
    key = ("prose_rx", name)
    if key in labels._memo:
        return labels._memo[key]
    return labels._remember(key, _BUILD[name](labels))


def _words(labels: Labels, key: str) -> tuple[str, ...]:
    return tuple(labels.prose.get(key, ()))


def _title(labels: Labels) -> re.Pattern:
    """An item's title: 'Target 1: English - reading', 'Target 2 - academic (Maths)', 'Next step 3', 'Next step B:
    Physical development', 'My next step 1', 'Outcome T2' (the number's own letter before it)."""
    return re.compile(r"^\s*(?:(?:my|your|our)\s+)?(?:previous\s+)?(?:" + alt(_words(labels, "item_words")) + r")\s*(?:no\.?\s*)?"
                      r"(?:(?-i:[A-Z]{1,2})(?=\d))?(\d{1,2}|(?-i:[A-H])(?![\w'’])|(?:one|two|three|four|five|six)\b)?\s*(?:[:.\-–—]\s*)?(.*)$",
                      re.I | re.S)


def item_number(mark: str) -> int:
    """An item's number from its title's mark: '2' is 2; a letter counts in the alphabet ('Next step B' is the
    second), as early-years plans and some forms letter their next steps or targets A, B, C; a number word
    counts as its number."""
    if mark.isdigit():
        return int(mark)
    if mark.lower() in _NUMBER_WORDS:
        return _NUMBER_WORDS[mark.lower()]  # 'Target Three (holistic)'
    if mark.lower() in _ROMAN:
        return _ROMAN[mark.lower()]  # '(ii) Attention / SEMH: ...': a list numbered in roman figures
    return ord(mark.upper()) - 64


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}  # ('i' is never letter nine here)


def _past(labels: Labels) -> re.Pattern:
    """A trailing bracket that puts a label in the past: 'Attendance % (last academic year)'."""
    return re.compile(r"\([^)]*\b(?:" + alt(_words(labels, "past_words")) + r")\b[^)]*\)\W*$", re.I)


def _fact(labels: Labels) -> re.Pattern:
    """A field stated in a sentence: '<label> is 97.1%', '<label> is good at 96%', '<label> has been excellent
    (98%)', '<label> was on 9th October 2025'. A comparison ('is below 90%') is not the figure."""
    return re.compile(r"^(?P<label>[^.;:]{3,80}?)\s+(?:" + alt(_words(labels, "fact_verbs")) + r")\s+"
                      r"(?:(?:now|currently|only|just|good|very\s+good|excellent|strong|steady|consistent|improving|"
                      r"around|about|approximately|nearly|almost|poor|low)\s+(?:at\s+)?)?\(?"
                      r"(?P<value>\d{1,3}(?:\.\d+)?\s?%|"
                      r"(?:\w+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})", re.I)


def _of_pp(labels: Labels) -> re.Pattern:
    """After an amount: 'of Pupil Premium Plus for', 'of PP+ to fund', or just 'for': what follows it buys."""
    pp = alt(labels.parts.get("pp_plus", ()) + tuple(labels.parts_contain.get("pp_plus", ())))
    return re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:" + pp + r")\s+)?(?:for|" + alt(_words(labels, "fund_verbs")) + r")\s+",
                      re.I)


def _item_subject(labels: Labels) -> re.Pattern:
    """A sentence whose subject is the items themselves: 'Targets will be reviewed at the spring PEP'."""
    words = [w + "s" for w in _words(labels, "item_words")] + ["priorities"]
    return re.compile(r"^\s*(?:the\s+|these\s+|all\s+|our\s+|your\s+|my\s+)?(?:" + alt(words) + r")\b", re.I)


def _new_lead(labels: Labels) -> re.Pattern:
    """A title opened by a word making the item this PEP's: 'New target 1', 'Proposed goal 2' ([prose] new_words)."""
    return re.compile(r"^\s*(?:" + alt(_words(labels, "new_words")) + r")\s+", re.I)


def _new_item(labels: Labels) -> re.Pattern:
    """'New target 1 (English)*: ...': a new_words word before an item word ([prose] item_words)."""
    return re.compile(r"^\s*(?:" + alt(_words(labels, "new_words")) + r")\s+(?:" + alt(_words(labels, "item_words"))
                      + r")\b", re.I)


def _ordinal_lead(labels: Labels) -> re.Pattern:
    """A sentence opened by its place in a list: 'First, ...', 'Secondly ...', 'Finally, ...' ([prose] ordinals)."""
    words = [w + s for w in _words(labels, "ordinals") for s in ("", "ly")] + ["then", "also", "finally", "lastly"]
    return re.compile(r"^\s*(?:" + alt(words) + r"),?\s+", re.I)


_BUILD = {"item_subject": _item_subject, "title": _title, "past": _past, "fact": _fact, "of_pp": _of_pp,
          "new_lead": _new_lead, "new_item": _new_item, "ordinal_lead": _ordinal_lead}


# Words in capitals count too: a title row often is ('PERSONAL PROGRESSION PLAN (PPP)'). Small joining words
# ('Personal Education and Training Plan (PETP)') may stand between the capitalised words; they give no initial.
_JOIN = r"(?:and|of|for|the|&)"
_DEFINED = re.compile(r"\b((?:(?:[A-Z][a-z]+|[A-Z]{2,})\s+(?:" + _JOIN + r"\s+)?){1,5}(?:[A-Z][a-z]+|[A-Z]{2,}))\s*"
                      r"\(([A-Z]{2,6})\)")
_JOIN_WORD = re.compile(r"^" + _JOIN + r"$")


def defined_acronyms(texts) -> dict[str, str]:
    """Acronyms the document defines ('also known at Post 16 as a Personal Progression Plan (PPP)'): within
    this document the acronym means that, not what it means elsewhere (PPP is also Pupil Premium Plus). Only a
    definition whose words' initials spell the acronym counts. A name of a plan ('... Plan (PPP)', '... Plan
    (EYPEP)') is the document's name for its PEP: the acronym then reads as 'PEP'."""
    out: dict[str, str] = {}
    for t in texts:
        for m in _DEFINED.finditer(t or ""):
            words, acr = [w for w in m[1].split() if not _JOIN_WORD.match(w)], m[2]
            for k in range(len(words)):
                if "".join(w[0] for w in words[k:]).upper() == acr:
                    if {"health", "care"} & {w.lower() for w in words[k:]}:
                        break  # an Education, Health and Care Plan (EHCP) is a plan, but not the PEP: the labels know it
                    out.setdefault(acr, "PEP" if words[-1].lower() == "plan" else " ".join(words[k:]))
                    break
    return out
