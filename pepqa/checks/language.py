"""LC: language that cares. Care-system words with kinder alternatives, and unexplained acronyms.

Children in care can read their files, and carers read the PEP. These checks are advice: they
point at the words, say what to write instead and give the sentence rewritten. They read only
free text written by the adults; a child's own words (first-person sentences in the pupil voice,
and anything in quotation marks) are never rewritten.

The word lists are data (``pepqa/data/vocab/language.toml``) so an authority can extend them.
Words that are care-system words only in some contexts ("contact", "placement", "placed") have
context rules there, so "contact the school", "eye contact" and "work experience placement"
are not flagged.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from spacy.tokens import Doc

from ..matching import PhraseBook, words
from ..model import PEP
from ..nlp import doc as nlp_doc
from .registry import Example, Hit, check

# --------------------------------------------------------------------------- free text fields


def free_text_fields(pep: PEP) -> Iterator[tuple[str, str, Optional[int]]]:
    """(field path, text, item number) for every free-text field adults write in a PEP."""

    def one(path: str, value: Optional[str], item: Optional[int] = None):
        if value and value.strip():
            yield path, value, item

    yield from one("pupil_voice.text", pep.pupil_voice.text)
    yield from one("pupil_voice.captured_how", pep.pupil_voice.captured_how)
    yield from one("wellbeing", pep.wellbeing)
    yield from one("sen_details", pep.sen_details)
    yield from one("alternative_provision", pep.alternative_provision)
    for i, e in enumerate(pep.exclusions):
        yield from one(f"exclusions[{i}].reason", e.reason, i + 1)
        yield from one(f"exclusions[{i}].support", e.support, i + 1)
    for i, p in enumerate(pep.previous_targets):
        yield from one(f"previous_targets[{i}].outcome", p.outcome, p.number or i + 1)
    yield from one("pp_impact_review", pep.pp_impact_review)
    for i, t in enumerate(pep.targets):
        n = t.number or i + 1
        yield from one(f"targets[{i}].text", t.text, n)
        yield from one(f"targets[{i}].actions", t.actions, n)
        yield from one(f"targets[{i}].success_criteria", t.success_criteria, n)
    for i, s in enumerate(pep.pp_spend):
        n = s.number or i + 1
        yield from one(f"pp_spend[{i}].description", s.description, n)
        yield from one(f"pp_spend[{i}].intended_impact", s.intended_impact, n)
    yield from one("aspirations", pep.aspirations)
    yield from one("transition", pep.transition)


_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def _quoted_regions(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def _childs_own_words(field: str, d: Doc, quotes: list[tuple[int, int]], start_char: int, tok_i: int,
                      first_person: frozenset) -> bool:
    """True when the words at ``start_char`` are the child's: quoted, or a first-person sentence of the voice."""
    if any(a <= start_char < b for a, b in quotes):
        return True
    if field == "pupil_voice.text":
        return any(t.lower_ in first_person for t in d[tok_i].sent)
    return False


def _quote(text: str, start: int, end: int, width: int = 110) -> str:
    """The sentence around a match, shortened with '...' if long."""
    s = text.strip()
    if len(s) <= width:
        return s
    a = max(0, start - width // 2)
    b = min(len(text), end + width // 2)
    return ("..." if a > 0 else "") + text[a:b].strip() + ("..." if b < len(text) else "")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# --------------------------------------------------------------------------- LC001 matching


@dataclass
class _Rules:
    book: PhraseBook  # one list per substitution, named by its key (lower), so overlaps are settled below
    phrases: dict[str, str]  # key (lower) -> replacement
    contextual: dict[str, tuple[dict, str]]  # word form (lower) -> (rule, replacement)
    family: frozenset
    notes: dict[str, str]
    article_before: tuple[str, ...]  # replacements starting with these words take "a" after article_after
    article_after: frozenset
    determiners: frozenset  # a replacement's "a" is dropped after these ("her placement breakdown" -> "her move")
    first_person: frozenset  # a sentence of the pupil voice with one of these is the child's own


_RULES_CACHE: dict[str, _Rules] = {}


def _expand(entries, family) -> frozenset:
    """A plain-word list of a contextual rule, with "@family" standing for the family words."""
    entries = list(entries or ())
    return words(w for w in entries if w != "@family") | (family if "@family" in entries else frozenset())


def _rules(vocab: dict) -> _Rules:
    key = json.dumps({k: vocab.get(k) for k in ("substitutions", "contextual", "family_words", "notes",
                                                 "article_before", "article_after", "determiners", "first_person")},
                     sort_keys=True)
    if key in _RULES_CACHE:
        return _RULES_CACHE[key]
    phrases = {k.lower(): v for k, v in (vocab.get("substitutions") or {}).items() if v}
    book = PhraseBook({k: [k] for k in phrases}, where="language vocabulary")
    family = words(vocab.get("family_words") or ())
    contextual = {}
    for name, rule in (vocab.get("contextual") or {}).items():
        r = dict(rule)
        for lst in ("flag_after", "flag_before", "links", "linked_to", "unless_near", "unless_before", "unless_after"):
            r[lst] = _expand(rule.get(lst), family)
        for form, repl in (rule.get("forms") or {}).items():
            if repl:
                contextual[form.lower()] = (r, repl)
    notes = {k.lower(): v for k, v in (vocab.get("notes") or {}).items()}
    rules = _Rules(book, phrases, contextual, family, notes,
                   tuple(w.lower() + " " for w in vocab.get("article_before") or ()), words(vocab.get("article_after") or ()),
                   words(vocab.get("determiners") or ()), words(vocab.get("first_person") or ()))
    _RULES_CACHE[key] = rules
    return rules


@dataclass
class _Match:
    start: int  # token indexes [start, end)
    end: int
    key: str  # the vocab phrase or form that matched
    instead: str
    edit_start: int = -1  # character range the rewrite replaces (may include a possessive owner)
    edit_text: str = ""


def _contextual_hit(d: Doc, i: int, rule: dict, family: frozenset) -> bool:
    sent = d[i].sent
    prev = d[i - 1].lower_ if i > sent.start else ""
    if prev in ("'s", "’s") and i - 2 >= sent.start:
        prev_word = d[i - 2].lower_
    else:
        prev_word = prev
    nxt = d[i + 1].lower_ if i + 1 < sent.end else ""
    if nxt and nxt in rule["unless_before"]:
        return False
    if prev and prev in rule["unless_after"]:
        return False
    window = int(rule.get("window", 3))
    if rule["unless_near"]:
        lo, hi = max(sent.start, i - window), min(sent.end, i + window + 1)
        if any(d[j].lower_ in rule["unless_near"] for j in range(lo, hi) if j != i):
            return False
    if rule.get("always"):
        return True
    if prev_word and prev_word in rule["flag_after"]:
        return True
    if nxt and nxt in rule["flag_before"]:
        return True
    if nxt and nxt in rule["links"]:
        within = int(rule.get("within", 4))
        for j in range(i + 2, min(sent.end, i + 2 + within)):
            if d[j].lower_ in rule["linked_to"]:
                return True
    return False




def _find_care_words(text: str, field: str, rules: _Rules) -> list[_Match]:
    d = rules.book.doc(text)
    quotes = _quoted_regions(text)
    cands: list[_Match] = []
    for m in rules.book.find_all(d):
        cands.append(_Match(m.span.start, m.span.end, m.name, rules.phrases[m.name]))
    for t in d:
        hit = rules.contextual.get(t.lower_)
        if hit and _contextual_hit(d, t.i, hit[0], rules.family):
            cands.append(_Match(t.i, t.i + 1, t.lower_, hit[1]))
    # longest first, then earliest; drop overlaps
    cands.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken: set[int] = set()
    out = []
    for m in cands:
        if taken.intersection(range(m.start, m.end)):
            continue
        if _childs_own_words(field, d, quotes, d[m.start].idx, m.start, rules.first_person):
            continue
        taken.update(range(m.start, m.end))
        _plan_edit(d, m, rules)
        out.append(m)
    out.sort(key=lambda m: m.start)
    return out


def _plan_edit(d: Doc, m: _Match, rules: _Rules) -> None:
    """Work out the rewrite: capitals, 'a'/'an', articles after determiners, possessive owners."""
    first = d[m.start]
    sent = first.sent
    start_char = first.idx
    instead = m.instead
    at_start = first.is_sent_start
    rule = rules.contextual.get(m.key, (None, None))[0]
    # "Mum's contact" -> "family time with Mum"
    if (rule and rule.get("possessive") and m.start - 2 >= sent.start and d[m.start - 1].lower_ in ("'s", "’s")
            and d[m.start - 2].lower_ in rules.family):
        owner = d[m.start - 2]
        m.edit_start = owner.idx
        text = rule["possessive"].format(who=owner.text)
        m.edit_text = _cap(text) if owner.is_sent_start else text
        return
    before = [d[j].lower_ for j in range(max(sent.start, m.start - 2), m.start)]
    if instead.lower().startswith(("a ", "an ")) and any(w in rules.determiners for w in before):
        instead = instead.split(" ", 1)[1]
    prev = d[m.start - 1] if m.start > sent.start else None
    if prev is not None and prev.lower_ in ("a", "an") and not instead.lower().startswith(("a ", "an ")):
        article = "an" if instead[:1].lower() in "aeiou" else "a"
        if article != prev.lower_:
            start_char = prev.idx
            instead = (_cap(article) if prev.text[:1].isupper() else article) + " " + instead
            at_start = False
    m.edit_start = start_char
    m.edit_text = _cap(instead) if at_start else instead


_LAST_WORD = re.compile(r"(\w+)\s+$")


def _rewrite_sentence(text: str, d: Doc, matches: list[_Match], sent, rules: _Rules) -> str:
    a, b = sent.start_char, sent.end_char
    out = text[a:b]
    for m in sorted(matches, key=lambda m: -m.edit_start):
        if a <= m.edit_start < b:
            end = d[m.end - 1].idx + len(d[m.end - 1].text)
            new = m.edit_text
            # "Maryam is LAC" -> "Maryam is a child in care", not "is child in care"
            last = _LAST_WORD.search(out[: m.edit_start - a])
            if new.lower().startswith(rules.article_before) and last and last[1].lower() in rules.article_after:
                new = "a " + new
            out = out[: m.edit_start - a] + new + out[end - a:]
    return out.strip()


def _who(pep: PEP) -> str:
    return pep.child.first_name or "the child"


@check(
    code="LC001", vocab=("language.substitutions", "language.notes", "language.contextual", "language.family_words",
                         "language.article_before", "language.article_after", "language.determiners",
                         "language.first_person"), name="language-that-cares", title="Care-system words where a family would use kinder ones",
    severity="advice", group="LC",
    rationale="""Children in care can and do read their files, and carers read the PEP. Words such as "contact",
"placement", "LAC", "challenging behaviour" or "absconded" describe the child through the care system; the
TACT "Language that cares" guidance asks professionals to write as a family would ("family time", "home",
"child in care", "finding it hard to cope", "ran away"). Virtual Schools pass this on to designated teachers,
and their own guidance already speaks of "family time arrangements" and wants each young person to feel
"heard, respected, and understood". pepqa rewrites the sentence for you; words the child said are left alone.""",
    source=("domain.md (9. Language that cares); seeds/navsh-designated-teacher-slides.txt (changes in family time "
            "arrangements); seeds/coventry-pep-guidance.txt (Pupil voice: heard, respected, and understood)"),
    good=("The PEP talks about Maya's home, her family time with Mum and the times she finds it hard to cope, "
          "in words Maya would be glad to read."),
    bad=[
        Example({"wellbeing": "Maya has supervised contact with her mum every Saturday and is unsettled on Mondays."},
                "'supervised contact' is family time"),
        Example({"wellbeing": "Maya finds Mondays hard after contact with her dad at the weekend."},
                "'contact with her dad'"),
        Example({"transition": "Maya's placement is stable and her carers will support the move to Year 10."},
                "'placement' meaning her home"),
        Example({"targets[2].actions": "Teacher to pre-warn Maya of the question; Maya is a LAC pupil and can be attention-seeking."},
                "'LAC pupil' and 'attention-seeking' in a target's actions"),
        Example({"exclusions": [{"kind": "suspension", "days": 1,
                                 "reason": "Challenging behaviour in science after a placement breakdown.",
                                 "support": "Key adult check-in each morning."}]},
                "behaviour and breakdown words in an exclusion reason"),
        Example({"pp_impact_review": "Maya absconded twice in the summer, so the reading mentoring was paused for two weeks."},
                "'absconded'"),
    ],
    ok=[
        Example({"transition": "Carers will contact the school office if Maya is unwell; contact details are on file."},
                "'contact' as in getting in touch"),
        Example({"aspirations": "Maya wants to be a vet; she will do a work experience placement at a veterinary surgery in Year 10."},
                "a work experience placement is not a home"),
        Example({"wellbeing": "Maya makes good eye contact with adults she knows and sees the counsellor fortnightly."},
                "eye contact"),
        Example({"pupil_voice.text": "I like seeing my mum at contact on Saturdays. Maths is hard for me."},
                "the child's own words are never rewritten"),
        Example({"wellbeing": "Maya enjoys family time with her mum every Saturday and feels settled at home."},
                "kind wording"),
    ],
)
def language_that_cares(pep, ctx):
    vocab = ctx.vocab("language")
    rules = _rules(vocab)
    who = _who(pep)
    for field, text, item in free_text_fields(pep):
        matches = _find_care_words(text, field, rules)
        if not matches:
            continue
        d = rules.book.doc(text)
        for m in matches:
            span = d[m.start:m.end]
            a, b = span.start_char, span.end_char
            sent = d[m.start].sent
            rewritten = _rewrite_sentence(text, d, [x for x in matches if sent.start <= x.start < sent.end], sent, rules)
            instead = rules.contextual[m.key][1] if m.key in rules.contextual else rules.phrases[m.key]
            note = rules.notes.get(m.key)
            quoted = _quote(text[sent.start_char:sent.end_char], a - sent.start_char, b - sent.start_char)
            yield Hit(
                f'"{text[a:b]}" is case-file language (in "{quoted}"). "{instead}" says the same in the words a family '
                f"would use, and {who} may read this plan.",
                field=field, item=item, evidence=text[a:b], span=(a, b),
                suggestion=f'Write: "{rewritten}"' + (f" {note}" if note else ""),
            )


# --------------------------------------------------------------------------- LC002 acronyms

_WORD = re.compile(r"(?<![A-Za-z0-9&+])([A-Za-z][A-Za-z0-9&]*\+*)(?![A-Za-z0-9])")
_ROMAN = re.compile(r"[IVX]+")


def _acronym_key(word: str) -> Optional[str]:
    """The upper-case key of an acronym ('GCSEs' -> 'GCSE', 'PP+' -> 'PP+'), or None if not an acronym."""
    core = word.rstrip("+")
    plus = word[len(core):]
    if len(core) >= 3 and core.endswith("s") and core[-2].isupper():
        core = core[:-1]
    letters = [c for c in core if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if len(letters) < 2 or upper < 2 or upper < len(letters) - 1 or len(letters) > 10:
        return None
    if _ROMAN.fullmatch(core):
        return None
    return core.upper() + plus


def _shouting(sentence: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]{2,}", sentence)]
    caps = [w for w in words if w.isupper()]
    return len(caps) >= 3 and len(caps) > len(words) / 2


def _all_text(pep: PEP) -> str:
    bits = [t for _, t, _ in free_text_fields(pep)]
    bits += [t.who or "" for t in pep.targets] + [p.text for p in pep.previous_targets]
    bits += [a.role_text or "" for a in pep.attendees] + [pep.school.type_text or "", pep.roni or ""]
    return "\n".join(bits)


def _explained(key: str, surface: str, all_text: str, expansions: dict) -> bool:
    stem = re.escape(surface.rstrip("+").rstrip("s") if surface.endswith("s") else surface.rstrip("+"))
    if re.search(r"\(\s*" + stem + r"s?\+*\s*\)", all_text, re.I):
        return True
    m = re.search(r"\b" + stem + r"s?\+*\s*\(([^)]{3,})\)", all_text, re.I)
    if m:
        words = [w for w in re.findall(r"[A-Za-z]+", m[1]) if w.lower() not in ("the", "a", "an")]
        if len(words) >= 2 and words[0][0].lower() == key[0].lower():
            return True
    full = expansions.get(key)
    return bool(full and full.lower() in all_text.lower())


def _names(pep: PEP) -> set[str]:
    names = [pep.child.name or "", pep.school.name or ""] + [a.name or "" for a in pep.attendees]
    names += [s.signed_by or "" for s in pep.sections.values()]
    return {w.upper() for n in names for w in re.findall(r"[A-Za-z]+", n)}


@check(
    code="LC002", vocab=("language.accepted_acronyms", "language.not_acronyms", "language.expansions",
                         "language.substitutions", "language.first_person"), name="unexplained-acronym", title="An acronym that is never written out",
    severity="advice", group="LC",
    rationale="""A PEP is read by the child, carers, new teachers and the IRO, not only by professionals who know the
jargon. An acronym such as "CAMHS", "SALT" or "ELSA" that is never written out shuts them out of the plan; the
"Language that cares" guidance asks writers to avoid unexplained acronyms. Acronyms everyone in a PEP knows (PEP,
PP+, SEN, EHCP, GCSE, KS2 ...) are accepted, and an acronym written out once anywhere in the PEP
("Speech and Language Therapy (SALT)") is fine everywhere after. Each acronym is reported once.""",
    source="domain.md (9. Language that cares: avoid unexplained acronyms; Who and what: who reads the PEP)",
    good="Maya sees the Child and Adolescent Mental Health Services (CAMHS) team monthly; later mentions say CAMHS.",
    bad=[
        Example({"wellbeing": "Maya sees CAMHS monthly and the school counsellor fortnightly."}, "CAMHS never written out"),
        Example({"targets[2].actions": "ELSA sessions weekly with Mrs Lee to practise answering aloud."},
                "ELSA in a target's actions"),
        Example({"sen_details": "Assessed by the EP in June; awaiting a report from the ABC team."},
                "an unknown acronym still needs writing out"),
    ],
    ok=[
        Example({"wellbeing": "Maya sees Child and Adolescent Mental Health Services (CAMHS) monthly; CAMHS will report "
                              "to the next PEP."}, "written out once"),
        Example({"wellbeing": "Maya sees CAMHS (the Child and Adolescent Mental Health Service) monthly."},
                "written out in brackets after"),
        Example({"aspirations": "Maya wants to be a vet; she is taking GCSE science and will discuss her EHCP and SEN "
                                "support needs in KS4 with the SENCo."}, "accepted acronyms"),
        Example({"pupil_voice.text": "I go to CAMHS on Tuesdays and it helps me. Maths is hard."},
                "the child's own words are left alone"),
        Example({"wellbeing": "Maya said she does NOT want to change tutor and was VERY clear about it."},
                "emphasis, not acronyms"),
    ],
)
def unexplained_acronym(pep, ctx):
    vocab = ctx.vocab("language")
    accepted = {str(a).upper() for a in vocab.get("accepted_acronyms") or ()}
    not_acr = {str(a).upper() for a in vocab.get("not_acronyms") or ()}
    expansions = {str(k).upper(): v for k, v in (vocab.get("expansions") or {}).items()}
    care_words = {k.upper() for k in (vocab.get("substitutions") or {}) if (vocab["substitutions"][k])}
    first_person = words(vocab.get("first_person") or ())
    names = _names(pep)
    all_text = _all_text(pep)
    seen: dict[str, dict] = {}
    shouting: dict[tuple[int, int], bool] = {}  # per sentence, not per acronym in it (that was quadratic)
    for field, text, item in free_text_fields(pep):
        shouting.clear()
        d = nlp_doc(text)
        quotes = _quoted_regions(text)
        for m in _WORD.finditer(text):
            key = _acronym_key(m[1])
            if not key or key in accepted or key.rstrip("+") in accepted or key in not_acr or key in names:
                continue
            if key in care_words:  # "LAC", "CLA": reported by LC001 with a kinder wording
                continue
            tok = d.char_span(m.start(), m.end(), alignment_mode="expand")
            if tok is None:
                continue
            sent = tok.sent
            sk = (sent.start_char, sent.end_char)
            if sk not in shouting:
                shouting[sk] = _shouting(sent.text)
            if _childs_own_words(field, d, quotes, m.start(), tok.start, first_person) or shouting[sk]:
                continue
            if key in seen:
                seen[key]["count"] += 1
                continue
            seen[key] = {"count": 1, "field": field, "item": item, "span": (m.start(), m.end()), "surface": m[1],
                         "text": text, "sent": (sent.start_char, sent.end_char)}
    for key, s in seen.items():
        if _explained(key, s["surface"], all_text, expansions):
            continue
        a, b = s["span"]
        text = s["text"]
        sa, sb = s["sent"]
        times = f" (used {s['count']} times)" if s["count"] > 1 else ""
        full = expansions.get(key)
        if full and s["surface"].rstrip("+").endswith("s") and not full.endswith("s"):
            full += "s"  # "TAs" -> "teaching assistants (TAs)"
        if full:
            sentence = text[sa:a] + (_cap(full) if a == sa else full) + f" ({s['surface']})" + text[b:sb]
            suggestion = f'Write it out the first time it is used: "{sentence.strip()}"'
        else:
            suggestion = (f'Write out what "{s["surface"]}" stands for the first time it is used, e.g. '
                          f'"<full name> ({s["surface"]})", or use plain words instead.')
        yield Hit(
            f'"{s["surface"]}"{times} is not written out anywhere in this PEP; {_who(pep)}, carers and new staff '
            f"may not know what it means.",
            field=s["field"], item=s["item"], evidence=s["surface"], span=(a, b), suggestion=suggestion,
        )
