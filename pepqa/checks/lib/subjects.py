"""Which subject a text is about: the subject matcher the EM checks, the ST checks, ST009 and the PP+ spend
checks share, so "a maths target" and "a maths spend line" mean the same thing everywhere.

Words come from ``data/vocab/subjects.toml``; matching is :mod:`pepqa.matching` (whole words, longest match,
``<subject>_exclude`` lists).
"""
from __future__ import annotations

import re
from typing import Iterable

from .books import book, word_set

SUBJECTS = ("english", "maths")
# Every phrase list of subjects.toml read here (one book, one pass per text); <name>_exclude lists exclude.
SUBJECT_LISTS = ("english", "maths", "writing", "english_areas", "maths_areas", "other_areas", "lesson_words",
                 "off_subject", "eyfs_literacy", "eyfs_maths", "prime_area_words", "communication_and_language",
                 "writing_areas", "writing_subjects", "writing_below", "passed_words", "learning_areas")


def subject_matches(text: str | None, vocab: dict, subjects: Iterable[str] = SUBJECTS) -> list[tuple[str, str, int, int]]:
    """Subject words in ``text``: ``[(subject, word_as_written, start, end), ...]`` in text order.

    ``vocab`` is the subjects vocabulary (``ctx.vocab("subjects")``); ``subjects`` names its lists
    (default English and maths). A word inside one of the list's ``<subject>_exclude`` phrases is
    not counted ("read and write numbers" is not English). Overlapping matches keep the longest.
    """
    if not text:
        return []
    subjects = tuple(subjects)
    b = book(vocab, SUBJECT_LISTS if all(s in SUBJECT_LISTS for s in subjects) else subjects, "subjects vocabulary")
    d = b.doc(text)
    out = [(s, sp.text, sp.start_char, sp.end_char) for s in subjects for sp in b.find(d, s)]
    out.sort(key=lambda t: (t[2], t[0]))
    return out


# -- classifying targets and attainment rows ---------------------------------------------------------

_EY_MAP = {"eyfs_literacy": "english", "eyfs_maths": "maths"}


def area_subjects(area: str | None, vocab: dict) -> tuple[set[str], list[tuple[str, str, int, int]], bool]:
    """Subjects an area/subject column declares: (subjects, matches, recognised).

    ``recognised`` is True when the column names a known area (a subject or another area such as
    'Wellbeing' or 'Communication and language'); then the column decides, not the target text.
    """
    if not area or not area.strip():
        return set(), [], False
    ms = subject_matches(area, vocab, ("english_areas", "maths_areas", "other_areas"))
    subj = [(s.replace("_areas", ""), w, a, b) for s, w, a, b in ms if s != "other_areas"]
    return {s for s, *_ in subj}, subj, bool(ms)


def names(text: str | None, vocab: dict, name: str) -> bool:
    """Does ``text`` hold a phrase of list ``name`` of the subjects vocabulary?"""
    return bool(subject_matches(text, vocab, (name,)))


def off_subject(text: str | None, vocab: dict) -> list[tuple[str, str, int, int]]:
    """Words showing a target is about behaviour, attendance or wellbeing (vocab ``off_subject``)."""
    return subject_matches(text, vocab, ("off_subject",)) if text else []


def _outside_lessons(text: str | None, vocab: dict, found: list) -> list:
    """``found`` less the subject words inside a ``lesson_words`` phrase ("maths lesson" says where, not what)."""
    where = subject_matches(text, vocab, ("lesson_words",))
    return [m for m in found if not any(x <= m[2] and m[3] <= y for _l, _v, x, y in where)]


def target_subjects(t, vocab: dict, phase: str | None = None) -> list[tuple[str, str, str, int, int]]:
    """Why a target counts as English and/or maths: ``[(subject, word, field, start, end), ...]``.

    The area column decides when it names a known area; otherwise the target text does. Early years
    text is read against the EYFS literacy and mathematics words (communication and language is not
    literacy)."""
    subs, ms, recognised = area_subjects(t.area, vocab)
    if recognised:
        off = off_subject(t.text, vocab) if subs else []
        if off:
            # the text is plainly about something else (behaviour set in maths lessons): keep only the
            # declared subjects the text itself also names
            named = {s for s, *_ in _outside_lessons(t.text, vocab, subject_matches(t.text, vocab))}
            ms = [m for m in ms if m[0] in named]
        if not subs and phase != "early_years":
            # filed under another area ("Wellbeing", "History") but plainly English or maths content ("learn
            # her 7, 8 and 9 times tables", "write PEEL paragraphs in her history essays"): the content counts.
            # Words that say where (lesson_words) or that any subject uses ("read", "write": vocab
            # weak_under_other_areas) do not.
            # (under 'Cognition and learning', vocab learning_areas, they are the learning itself and count)
            weak = set() if names(t.area, vocab, "learning_areas") else word_set(vocab, "weak_under_other_areas")
            return [(s, w, "text", a, b) for s, w, a, b in _outside_lessons(t.text, vocab, subject_matches(t.text, vocab))
                    if w.lower() not in weak]
        return [(s, w, "area", a, b) for s, w, a, b in ms]
    if phase == "early_years":
        found = subject_matches(t.text, vocab, ("eyfs_literacy", "eyfs_maths"))
        return [(_EY_MAP[s], w, "text", a, b) for s, w, a, b in found]
    return [(s, w, "text", a, b) for s, w, a, b in subject_matches(t.text, vocab)]


def attainment_row(pep, subject: str, vocab: dict):
    """The attainment row for 'english' or 'maths' (first row whose subject names it), or None."""
    for row in pep.attainment:
        subs, _, _ = area_subjects(row.subject, vocab)
        if subject in subs:
            return row
    return None


_LETTER = {"a*": 8, "a": 7, "b": 6, "c": 4, "d": 3, "e": 2, "f": 1, "g": 1, "u": 0}


def parse_grade(text: str | None) -> int | None:
    """A GCSE grade on the 9-1 scale from text as written: 'Grade 4', '4', 'GCSE grade 5 (2024)', 'C' -> 4.

    A passed Functional Skills Level 2 counts as 4 (it meets the post-16 English/maths condition)."""
    if not text:
        return None
    low = text.strip().lower()
    m = re.search(r"\bgrade\s*([1-9])\b", low) or re.fullmatch(r"\s*([1-9])(?:\s*[/\-]\s*[1-9])?\s*", low) \
        or re.match(r"\s*([1-9])\b(?!\s*(?:years?|y\b|\.\d|:))", low)
    if m:
        return int(m.group(1))
    m = re.search(r"\bgrade\s*(a\*|[a-gu])\b", low) or re.fullmatch(r"\s*(a\*|[a-gu])\s*", low)
    if m:
        return _LETTER[m.group(1)]
    if re.search(r"level\s*2", low) and re.search(r"\b(pass|passed|achieved)\b", low):
        return 4
    return None
