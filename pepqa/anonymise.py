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
import re
from typing import Iterable

from .model import PEP

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


def known_names(pep: PEP) -> list[str]:
    """Every person's name the PEP records."""
    names = [pep.child.name, pep.pupil_voice.captured_by]
    names += [a.name for a in pep.attendees]
    names += [s.signed_by for s in pep.sections.values()]
    return [n for n in names if n]


def name_replacements(pep: PEP) -> dict[str, str]:
    """Name form -> replacement. The child's name becomes their initials; adults become their role."""
    out: dict[str, str] = {}
    child = pep.child.name
    if child:
        ini = initials(child)
        out[child] = ini
        for part in child.split():
            if len(part) > 1 and part.lower() not in _STOP:
                out.setdefault(part, ini)
    roles = {a.name: (a.role_text or a.role.value.replace("_", " ")) for a in pep.attendees if a.name}
    for n in known_names(pep):
        if n == child:
            continue
        label = f"[{roles.get(n, 'name removed')}]"
        out.setdefault(n, label)
        parts = n.split()
        for part in parts[1:] if len(parts) > 1 else parts:
            if len(part) > 2 and part.lower() not in _STOP:
                out.setdefault(part, label)
        if len(parts) > 1 and len(parts[0]) > 2 and parts[0].lower() not in _STOP:
            out.setdefault(parts[0], label)
    return out


def redact(text: str | None, replacements: dict[str, str], extra_names: Iterable[str] = ()) -> str | None:
    """Replace known names (longest first, whole words), then titled names (Mr Patel -> [name removed])."""
    if not text:
        return text
    reps = dict(replacements)
    for n in extra_names:
        reps.setdefault(n, "[name removed]")
    for name in sorted(reps, key=len, reverse=True):
        text = re.sub(r"(?<![\w])" + re.escape(name) + r"(?![\w])", reps[name], text)
    return _TITLE.sub("[name removed]", text)
