"""Layout idioms: the ways a form lays a label beside its value in running text.

Why a module of its own: the interpreter decides *what* a label means; this module only finds *where*
labels and values are in a line, in the shapes real PEP forms use:

- dotted leaders typed over: ``"Student name………Jordan Pike………"`` (several pairs on one line too);
- several pairs run together: ``"Name: A ChildDOB: 01/01/2013Year: 3"`` (the label glued to the value
  before it is split off at a case or digit boundary);
- first-person sentences: ``"My name is Poppy"``, ``"My setting is Kind Hands Nursery"``,
  ``"I am in Year 8"``, ``"My PEP meeting was on 14th October 2025"``;
- a label and its value with no colon: ``"Attendance this academic year (%) 95.0"``,
  ``"Date signed off by DT 22/10/2025"``.

Every function returns candidate ``(label, value)`` pairs; the caller keeps those whose label names a field
and whose value parses as that field's type.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

LEADER = re.compile(r"\s*(?:…+|\.{3,}|_{3,}|·{3,})[.…_·\s]*")
_COLON = re.compile(r"[:：]")
# Where a glued label may start inside the text before a colon: after a space, or at a lower->Upper or
# digit->letter boundary ("BrennanDOB", "2013Year").
_GLUE = re.compile(r"(?<=\s)(?=\S)|(?<=[a-z)])(?=[A-Z])|(?<=\d)(?=[A-Za-z])")
_FIRST_PERSON = re.compile(
    r"^\s*((?:my|our|this|the)\b[^.:!?]{0,60}?\b(?:is|are|was|were|will be)(?:\s+on)?|i\s+am\s+in|i\s+go\s+to|"
    r"i\s+attend)\s+(.+?)\s*$", re.I | re.S)
_VALUE_START = re.compile(r"(?=(?:\d|£|\(?\d))")


def leader_pairs(text: str, is_label: Optional[Callable[[str], bool]] = None,
                 score: Optional[Callable[[str], Optional[float]]] = None) -> list[tuple[str, str]]:
    """'Student name………Jordan Pike……… Email………x@y' -> [('Student name', 'Jordan Pike'), ('Email', 'x@y')].
    A blank left on dots is a label with no value: when the piece after a label is itself a label
    (``is_label``) with a value after it, the first label is empty ('Signature ………… Date completed……17/10/2025').
    ``score`` (how well a text reads as a label, None: not) picks where a piece holding a value and the next
    label splits ('Zara Quillfeather Date of my PEP meeting' before 'Date', which scores above 'Quillfeather
    Date ...'), and a piece scoring no better whole than its split is not a blank label."""
    if not LEADER.search(text):
        return []
    segs = [s.strip(" :") for s in LEADER.split(text)]
    while segs and not segs[-1]:
        segs.pop()
    pairs = []
    two_languages = bool(segs and _TWO_LANGS.match(segs[0]))
    i = 0
    while i < len(segs) - 1:
        label, value = segs[i], segs[i + 1]
        odd = len(segs) - i > 2 and (len(segs) - i) % 2 == 1  # a piece holds a value and the next label
        cut = _value_then_label(value, is_label, two_languages, score) if is_label and odd else None
        if cut and is_label(value) and not _gap(cut[1]) < _gap(value) \
                and not (score and (score(value) or 0) < (score(cut[1]) or 0)):
            cut = None  # the piece is a label itself: the label before it was left blank
        if cut:  # 'Ysgol Gynradd Bryn Derw Blwyddyn ysgol / School year': a value, then the next pair's label
            pairs.append((label, cut[0]))
            segs[i + 1] = cut[1]
            i += 1
            continue
        if is_label and i + 2 < len(segs) and len(segs) - i > 2 and (len(segs) - i) % 2 == 1 and is_label(value):
            pairs.append((label, ""))
            i += 1
            continue
        if label and len(label.split()) <= 10:
            # 'Attendance this year ........ Gwaharddiadau /': the next label's first half, wrapped: no value
            pairs.append((label, "" if two_languages and value.endswith("/") and i + 2 >= len(segs) else value))
        i += 2
    return pairs


_TWO_LANGS = re.compile(r"^\S+(?:\s+\S+){0,5}\s+/\s+\S+(?:\s+\S+){0,7}$")


def _value_then_label(seg: str, is_label: Callable[[str], bool], two_languages: bool,
                      score: Optional[Callable[[str], Optional[float]]] = None) -> Optional[tuple[str, str]]:
    """A piece between two leaders that holds one pair's value and the next pair's label (two pairs on one
    line): (value, label) split before a capitalised word, or None. A label in two languages ('Blwyddyn ysgol
    / School year') is split where its halves are of about the same length, so a value's last words are not
    taken for the other language's half; on a form whose labels are in two languages, such a label is a label
    even when neither half is known ('Gwaharddiadau / Exclusions')."""
    words = seg.split()
    best = scored = None
    for j in range(1, len(words)):
        if not words[j][:1].isupper() or len(words) - j > 14 or words[j - 1] == "/":
            continue
        value, tail = " ".join(words[:j]), " ".join(words[j:])
        if value.endswith("/"):
            continue
        halves = [h for h in re.split(r"\s+/\s+", tail) if h]
        two = len(halves) == 2
        if not (is_label(tail) or two_languages and two and _TWO_LANGS.match(tail)):
            continue
        if not two:
            if score is None:
                return (value, tail) if best is None else best  # the first (longest) known label
            if best is not None:
                return best[0], best[1]  # a two-language label found first
            got = score(tail) or 0.0
            if scored is None or got > scored[2]:
                scored = (value, tail, got)  # the best-scoring label, the longest of equals
            continue
        gap = abs(len(halves[0].split()) - len(halves[1].split()))
        if gap <= 1 and (best is None or gap <= best[2]):
            best = (value, tail, gap)
    got = best or scored
    return (got[0], got[1]) if got else None


def _gap(label: str) -> float:
    """How unequal the halves of a two-language label are in length (no halves: infinitely)."""
    halves = [h for h in re.split(r"\s+/\s+", label) if h]
    return abs(len(halves[0].split()) - len(halves[1].split())) if len(halves) == 2 else float("inf")


def run_together(text: str, is_label: Callable[[str], bool],
                 is_exact: Optional[Callable[[str], bool]] = None) -> list[tuple[str, str]]:
    """Several 'Label: value' pairs on one line. Returns [] unless at least two labels are recognised.
    A label named exactly (``is_exact``) is preferred to a longer tail that only scores as a concept
    ('Tyler Okonjo-Price PEP meeting date:' splits before 'PEP'); a label nobody knows ('Version:') is
    split off at its capital letter, so one unknown label does not lose the line's other pairs."""
    pieces = _COLON.split(text)
    if len(pieces) < 3:
        return []
    labels = [pieces[0].strip()]
    values: list[str] = []
    for mid in pieces[1:-1]:
        # 'Thursday 12th November 2026. Year group': a sentence's full stop ends one value before the next label
        stop = list(re.finditer(r"[.;]\s+(?=[A-Z])", mid))
        tail = mid[stop[-1].end():] if stop else ""
        if tail and len(tail.split()) <= 6 and not re.search(r"[.,;]", tail):
            values.append(mid[:stop[-1].start()].strip())
            labels.append(tail.strip())
            continue
        cut = _split_glued(mid, is_exact) if is_exact else None
        if cut is None:
            cut = _split_glued(mid, is_label)
        if cut is None:
            cut = _unknown_label_start(mid)
        if cut is None:
            return []
        values.append(mid[:cut].strip())
        labels.append(mid[cut:].strip())
    values.append(pieces[-1].strip())
    known = sum(1 for lab in labels if is_label(lab))
    # 'Meeting: PEP review (Autumn) Date/time: 5th November 2025': one label named exactly after a short
    # first label that starts the line is enough; a sentence with a colon in it has no such first label.
    form_line = bool(is_exact and len(labels[0].split()) <= 3 and not re.search(r'[.,;!?"“”]', labels[0])
                     and any(is_exact(lab) for lab in labels[1:]))
    # 'Student: Tobias Okonjo (7KW) Report run by: jmarlow Printed: 03-Nov-2025': a report's banner line, a
    # known first label then short capitalised labels nobody knows; each value ends where the next label starts.
    banner = bool(is_exact and len(labels) >= 3 and is_exact(labels[0])
                  and all(len(lab.split()) <= 4 and lab[:1].isupper() and not re.search(r'[.,;!?"“”()]', lab)
                          for lab in labels))
    # 'School: Marlpit Community High School Chair and author: Faye Lindqvist, ...': two labels suffice when the
    # first is named exactly and its value is a plain name (no sentence in it) that the second label follows
    banner = banner or bool(is_exact and len(labels) == 2 and is_exact(labels[0]) and len(labels[1].split()) <= 4
                            and labels[1][:1].isupper() and not re.search(r'[.,;!?"“”()]', labels[1] + values[0])
                            and all(w[:1].isupper() or w in ("of", "and", "the", "&", "de", "y")
                                    for w in values[0].split()))
    if known < 2 and not form_line and not banner:
        return []
    return list(zip(labels, values))


def _unknown_label_start(mid: str) -> Optional[int]:
    """Where a label no list knows starts: its last one or two capitalised words after the value
    ('14/10/2025 Version' -> 'Version'), or an acronym alone ('... Academy DfE' -> 'DfE')."""
    m = re.search(r"(?<=\s)[A-Z][a-z]?[A-Z][A-Za-z]*\s*$", mid)  # 'Coldharbour Lane Academy DfE': an acronym alone
    m = m or re.search(r"(?<=\s)[A-Z][A-Za-z]*(?:\s+[A-Za-z]+)?\s*$", mid)
    if not m:  # 'Tobias Okonjo (7KW) Report run by': a capitalised word and the small words after it
        m = re.search(r"(?<=\s)[A-Z][a-z]*(?:\s+[a-z]+){1,2}\s*$", mid)
    return m.start() if m and m.start() > 0 else None


def _split_glued(mid: str, is_label: Callable[[str], bool]) -> Optional[int]:
    """Where the next label starts in 'Kai BrennanDOB': the longest recognised tail (up to 6 words)."""
    best = None
    for m in _GLUE.finditer(mid):
        i = m.start()
        tail = mid[i:].strip()
        if not tail or len(tail.split()) > 9 or i == 0 or not tail[0].isupper():
            continue  # a label starts with a capital: 'mental health needs:' is one value's words
        if " / " not in tail and len(tail.split()) > 6:
            continue
        if is_label(tail):
            if " / " not in tail:
                return i if best is None else best  # the first (longest) recognised tail
            if best is None or _gap(tail) < _gap(mid[best:].strip()):
                best = i  # a label in two languages: where its halves are of about the same length
    return best


def first_person(text: str) -> Optional[tuple[str, str]]:
    """'My setting is Kind Hands Nursery' -> ('My setting is', 'Kind Hands Nursery')."""
    m = _FIRST_PERSON.match(text)
    if not m or len(m[1].split()) > 9:
        return None
    label, value = m[1].strip(), m[2].strip()
    # 'My setting is Little Acorns Day Nursery and my key person is Hannah': the next fact ends the value
    value = re.split(r"\s*(?:,\s*|\s+)(?:and|but)\s+(?:my|I|I'm|I’m)\s+|\s*;\s*", value, maxsplit=1)[0].strip()
    if label.lower().startswith("i am in"):
        label = "year" if re.match(r"(?i)(year|y\d|reception|nursery|ncy)", value) else label
    return label, value


_JOINING = {"or", "and", "of", "the", "for", "to", "&", "/", "a", "an", "in", "at", "by", "with"}


def unmarked(text: str, score: Callable[[str, str], Optional[float]], max_label_words: int = 9) -> Optional[tuple[str, str]]:
    """A label followed by its value with no colon: tries each split after 1..9 words and keeps the first
    (shortest label) that ``score(label, value)`` accepts (None = the label names no field or the value does
    not parse). Shortest, because a longer label would swallow value words ('My school Greenhill Nursery')."""
    words = text.split()
    for k in range(1, min(max_label_words, len(words) - 1) + 1):
        if words[k - 1].lower() in _JOINING:
            continue  # 'College or | Provider Wendmoor College': a label does not end on a joining word
        label, value = " ".join(words[:k]), " ".join(words[k:])
        if score(label, value) is not None:
            return label, value
    return None


def unmarked_all(text: str, score: Callable[[str, str], Optional[float]],
                 same: Callable[[str, str], bool] = lambda a, b: False, _memo: Optional[dict] = None) -> list[tuple[str, str]]:
    """Several unmarked pairs on one line: 'Forename Jayden Surname Griffiths' -> [('Forename', 'Jayden'),
    ('Surname', 'Griffiths')]. A later label must start with a capital letter and name another field
    (``same(a, b)``: the labels name the same field; 'School' inside 'Hollybank Primary School' does)."""
    memo = {} if _memo is None else _memo
    if text in memo:  # each tail is split once (every capitalised word is a possible split)
        return memo[text]
    first = unmarked(text, score)
    if not first:
        memo[text] = []
        return []
    label, value = first
    words = value.split()
    best: Optional[tuple[float, list]] = None
    for j in range(1, len(words) - 1):
        if not words[j][:1].isupper():
            continue
        rest = unmarked_all(" ".join(words[j:]), score, same, memo)
        if rest and rest[0][0].split()[0] == words[j] and not same(label, rest[0][0]) \
                and score(label, " ".join(words[:j])) is not None:
            # The split whose next label is named most strongly: 'School Hawthorn Brook Primary School Year
            # group Year 6' splits before 'Year group' (exact), not before 'Primary School Year group'.
            s_rest = score(rest[0][0], rest[0][1]) or 0.0
            if best is None or s_rest > best[0] + 0.1:
                best = (s_rest, [(label, " ".join(words[:j]))] + rest)
    memo[text] = best[1] if best else [first]
    return memo[text]


_BOX = re.compile(r"[☐☒]")


def option_groups(text: str, is_label: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Several check-box questions on one line: 'Is this the first PEP here? ☐ Yes ☒ No SEN status: ☒ None
    ☐ EHCP' -> [('Is this the first PEP here', '☐ Yes ☒ No'), ('SEN status', '☒ None ☐ EHCP')]. Each label is
    followed by its boxes; the next label starts after the last option's word(s), where the rest before a ':'
    or '?' is a label (``is_label``), else after one word. Returns [] unless the line holds two such groups."""
    if len(_BOX.findall(text)) < 3:
        return []
    pieces = _BOX.split(text)
    boxes = _BOX.findall(text)
    label = pieces[0].strip().rstrip(":?").strip()
    opts: list[str] = []
    out: list[tuple[str, str]] = []
    for box, seg in zip(boxes, pieces[1:]):
        m = re.match(r"^(.*?)[:?]\s*(.*)$", seg.strip(), re.S)
        if not m:
            opts.append(f"{box} {seg.strip()}")
            continue
        words = m[1].split()
        k = next((k for k in range(1, len(words)) if is_label(" ".join(words[k:]))), 1)
        if len(words) < 2 or m[2]:
            return []  # 'Other: please say ...' inside a group: not a line of check-box questions
        opts.append(f"{box} {' '.join(words[:k])}")
        if label:
            out.append((label, " ".join(opts)))
        label, opts = " ".join(words[k:]), []
    if label and opts:
        out.append((label, " ".join(opts)))
    return out if len(out) >= 2 else []
