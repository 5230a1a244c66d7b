"""How the PV checks name the child and quote the PEP in their messages, so every PV message reads alike."""
from __future__ import annotations

from typing import Optional

from ...model import PEP


def first(pep: PEP) -> str:
    """The child's first name, or "the child" / "the young person" (post-16)."""
    return pep.child.first_name or ("the young person" if phase(pep) == "post16" else "the child")


def First(pep: PEP) -> str:  # noqa: N802 - the capitalised form of first()
    f = first(pep)
    return f[0].upper() + f[1:]


def poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def phase(pep: PEP) -> Optional[str]:
    if pep.child.phase:
        return pep.child.phase.value
    y = pep.child.year_group
    if y is None:
        return None
    return "early_years" if y <= 0 else "primary" if y <= 6 else "secondary" if y <= 11 else "post16"


def short(text: str, limit: int = 140) -> str:
    """One line, at most ``limit`` characters, without a final full stop (it sits inside a quotation)."""
    text = " ".join(text.split())
    text = text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def quote_list(words: list[str], limit: int = 4) -> str:
    ws = [f"'{w}'" for w in dict.fromkeys(words)][:limit]
    return ws[0] if len(ws) == 1 else ", ".join(ws[:-1]) + " and " + ws[-1] if ws else ""


def other_ways(pep: PEP) -> str:
    """The other ways of capturing views the guidance lists, for the child's age."""
    name = first(pep)
    if phase(pep) == "early_years":
        return (f"For a child of {poss(name)} age, a keyworker's notes of what {name} chooses, does and says in play "
                "are a valid record of their voice.")
    return ("Ways the guidance lists: recent conversations, keyworker or mentor sessions, observations by school or "
            "carers, drawings, voice notes or written reflections, a letter, poem or video.")
