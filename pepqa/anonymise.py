"""Removing children's and adults' names from text that leaves the QA officer's desk.

Names are removed two ways: the names the PEP itself records (child, attendees, signatories,
captured-by) in every form they appear (full, first, last name), and rule-based detection of
names inside free text (a title such as Mr/Mrs/Miss/Ms/Dr followed by a capitalised word,
and capitalised words the PEP uses as names elsewhere). The child gets stable initials and a
pseudonymous identifier derived with a keyed hash, so the same child has the same pseudonym
in every run that uses the same key.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
from typing import Iterable

from .model import PEP
from .safe import strip_invisible

_TITLE = re.compile(r"\b(Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+)?")
_STOP = {"the", "and", "year", "school", "english", "maths", "science", "reception", "target", "term"}


def initials(name: str | None) -> str:
    if not name:
        return "?"
    return "".join(w[0].upper() + "." for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", name)[:3]) or "?"


def pseudonym(pep: PEP, key: bytes) -> str:
    """A stable, non-reversible identifier for the child (same key -> same pseudonym)."""
    basis = (pep.child.identifier or "") + "|" + (pep.child.name or "") + "|" + str(pep.child.date_of_birth or "")
    if basis == "||None" or basis == "||":
        basis = pep.source_file or ""
    return "C-" + hmac.new(key, basis.encode("utf-8"), hashlib.sha256).hexdigest()[:8].upper()


def file_pseudonym(path: str, key: bytes) -> str:
    """A stable, non-reversible identifier for an input file (a file is often named after the child:
    "Jasmine Ali autumn PEP.docx"), so anonymised outputs and the cache never hold its path."""
    basis = os.path.realpath(os.fsdecode(path)).encode("utf-8", "surrogateescape")
    return "F-" + hmac.new(key, basis, hashlib.sha256).hexdigest()[:10].upper()


def known_names(pep: PEP) -> list[str]:
    """Every person's name the PEP records."""
    names = [pep.child.name, pep.pupil_voice.captured_by]
    names += [a.name for a in pep.attendees]
    names += [s.signed_by for s in pep.sections.values()]
    return [n for n in names if n]


_NAME_SEQ = re.compile(r"[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+)*")
_TITLES = {"Mr", "Mrs", "Miss", "Ms", "Mx", "Dr"}
_SECTION_ROLE = {"social_worker": "Social worker", "designated_teacher": "Designated teacher",
                 "virtual_school": "Virtual School", "qa": "Virtual School"}


def person_names(raw: str | None) -> list[str]:
    """The people named in a field such as 'Megan, with Mrs Patel' -> ['Megan', 'Patel'] (titles dropped)."""
    out = []
    for m in _NAME_SEQ.finditer(raw or ""):
        words = [w for w in m.group(0).split() if w.rstrip(".") not in _TITLES and w.lower() not in _STOP]
        if words:
            out.append(" ".join(words))
    return out


def name_replacements(pep: PEP) -> dict[str, str]:
    """Name form -> replacement. The child's name becomes their initials; adults become their role.

    Attendees are processed first, so a surname that also appears in a free-text field ('with Mrs Patel')
    keeps the attendee's role; words that are not names (with, and, titles) are never replaced.
    """
    out: dict[str, str] = {}
    child = pep.child.name
    if child:
        ini = initials(child)
        out[child] = ini
        for part in child.split():
            if len(part) > 1 and part.lower() not in _STOP:
                out.setdefault(part, ini)
    roles = {a.name: (a.role_text or a.role.value.replace("_", " ")) for a in pep.attendees if a.name}
    for key, sec in pep.sections.items():  # a signatory who is not an attendee: the section says their role
        if sec.signed_by and key in _SECTION_ROLE:
            roles.setdefault(sec.signed_by, _SECTION_ROLE[key])
    ordered = [a.name for a in pep.attendees if a.name] + known_names(pep)
    for raw in ordered:
        if raw == child:
            continue
        for n in ([raw] if raw in roles else []) + person_names(raw):
            if n == child:
                continue
            label = f"[{roles.get(raw) or roles.get(n) or 'name removed'}]"
            out.setdefault(n, label)
            parts = n.split()
            for part in parts:
                if (len(part) > 2 or len(parts) == 1) and part.lower() not in _STOP:
                    out.setdefault(part, label)
    return out


def redact(text: str | None, replacements: dict[str, str], extra_names: Iterable[str] = (),
           keep: Iterable[str] = (), free_names: bool = True) -> str | None:
    """Replace known names (longest first, whole words), then titled names (Mr Patel -> [name removed]).

    ``keep``: names (and their words) never removed, e.g. the designated teacher in a letter to them;
    ``Miss Kaur`` is kept when ``Kaur`` is kept. ``free_names`` (on by default, so an anonymised output
    holds no first name even when the reader missed the child's name): also remove capitalised words that are
    common first names (pepqa/data/names.toml), e.g. a friend named in the pupil's own words, and a capitalised
    word listed with a removed name ("[name removed] and Zephyrine", "Tia, Ellie and ..."), so two friends in one
    sentence are both removed.
    """
    if not text:
        return text
    # A zero-width or bidi character inside a name ("Ja\u200bmie") must not hide it from redaction.
    text = strip_invisible(text)
    kept = {w for k in keep if k for w in [k, *k.split()]}
    reps = {strip_invisible(k): v for k, v in replacements.items() if k not in kept}
    for n in extra_names:
        if n not in kept:
            reps.setdefault(n, "[name removed]")

    def titled(m: re.Match) -> str:
        words = m.group(0).split()[1:]
        if any(w in kept for w in words):
            return m.group(0)
        for w in reversed(words):  # a titled known adult becomes their role: "Mrs Bell" -> "[Foster carer]"
            if w in reps and reps[w].startswith("["):
                return reps[w]
        return "[name removed]"

    text = _TITLE.sub(titled, text)
    if reps:
        # One pass over an alternation (longest first), so a replacement is never matched again.
        names = sorted(reps, key=len, reverse=True)
        pat = re.compile(r"(?<![\w\[])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
        text = pat.sub(lambda m: reps[m.group(1)], text)
    if free_names:
        common = common_first_names() - kept
        text = _CAPWORD.sub(lambda m: "[name removed]" if m.group(0) in common else m.group(0), text)
        # "I sit with Ruby", "my friend Zeph": a capitalised word where a person is spoken of
        # (and then that word everywhere in the text: "Ruby" is a name in every sentence once it is one)
        cued = {m.group(2) for m in _PERSON_CUE.finditer(text)} - _NOT_NAMES - kept
        if cued:
            text = re.sub(r"(?<![\w\[])(" + "|".join(map(re.escape, sorted(cued))) + r")(?![\w])", "[name removed]",
                          text)
        for _ in range(3):  # "Tia, Zephyrine and Ellie": each pass reaches one further along the list
            new = _LISTED_AFTER.sub(lambda m: m.group(0) if m.group(2) in _NOT_NAMES or m.group(2) in kept
                                    else m.group(1) + "[name removed]", text)
            new = _LISTED_BEFORE.sub(lambda m: m.group(0) if m.group(1) in _NOT_NAMES or m.group(1) in kept
                                     or _sentence_start(new, m.start()) else "[name removed]" + m.group(2), new)
            if new == text:
                break
            text = new
    return text


_PERSON_CUE = re.compile(
    r"(\b(?:[Ss]it(?:s|ting)? (?:with|next to)|[Pp]lay(?:s|ing|ed)? with|[Ff]riends? with|[Ff]riends? (?:is|are|called)|"
    r"[Mm]y (?:best )?(?:friend|mate|buddy)s?(?: is| are)?|[Tt]alk(?:s|ing)? to|[Ss]its? beside|[Hh]angs? out with)\s+)"
    r"([A-Z][a-z]+)(?![\w])")
_LISTED_AFTER = re.compile(r"(\[name removed\](?:,| and| or| &)\s+)([A-Z][a-z]+)(?![\w])")
_LISTED_BEFORE = re.compile(r"(?<![\w\[])([A-Z][a-z]+)((?:,| and| or| &)\s+\[name removed\])")
_NOT_NAMES = frozenset(
    "I The A An He She They We It My His Her Their Our Mum Dad Nan Grandma Grandad English Maths Science Art PE "
    "Music History Geography French Spanish Computing Drama Reading Writing Phonics Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday January February March April May June July August September October "
    "November December Christmas Easter Year School Target Also And But So Then".split())


def _sentence_start(text: str, i: int) -> bool:
    """The word at ``i`` opens a sentence (a capital there says nothing about a name)."""
    before = text[:i].rstrip()
    return not before or before[-1] in ".!?:;\"'“‘("


_CAPWORD = re.compile(r"(?<![\w\[])[A-Z][a-z]+(?![\w])")


def common_first_names() -> frozenset[str]:
    """Common first names (pepqa/data/names.toml), for finding names in free text."""
    global _COMMON
    if _COMMON is None:
        import tomllib
        from pathlib import Path

        data = tomllib.loads((Path(__file__).parent / "data" / "names.toml").read_text(encoding="utf-8"))
        _COMMON = frozenset(data["first_names"])
    return _COMMON


_COMMON: frozenset[str] | None = None
