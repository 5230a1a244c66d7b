"""What the messages say about the child: the phase of education, the first name, the pronoun, the year group.

Why here: the ST, EM and ST009 checks and the rewrite suggestions all word these the same way.
"""
from __future__ import annotations

from ...model import PEP
from ...values import phase_for


def phase(pep: PEP) -> str:
    """early_years / primary / secondary / post16, from the phase, the year group or the key stage."""
    if pep.child.phase:
        return pep.child.phase.value
    if pep.child.year_group is not None:
        return phase_for(pep.child.year_group) or "secondary"
    ks = (pep.child.key_stage or "").upper().replace(" ", "")
    return {"EYFS": "early_years", "KS1": "primary", "KS2": "primary", "KS3": "secondary", "KS4": "secondary",
            "KS5": "post16"}.get(ks, "secondary")


def first_name(pep: PEP) -> str:
    return pep.child.first_name or "The child"


def pronoun(pep: PEP) -> tuple[str, str]:
    g = (pep.child.gender or "").lower()
    if g.startswith("f") or g.startswith("g"):
        return "her", "she"
    if g.startswith("m") or g.startswith("b"):
        return "his", "he"
    return "their", "they"


def year_label(pep: PEP) -> str:
    yg = pep.child.year_group
    if yg is None:
        return "age-appropriate"
    return "Reception" if yg == 0 else ("Nursery" if yg < 0 else f"Year {yg}")
