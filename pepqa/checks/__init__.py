"""Checks: each module registers its checks in :mod:`pepqa.checks.registry` on import.

Add a module here by listing it in ``CHECK_MODULES``; nothing else needs to change.
"""
from __future__ import annotations

import importlib
from datetime import date

from .. import nlp as _nlp  # noqa: F401  - spaCy, imported without its command line, before any check module
from ..errors import ConfigError
from ..findings import Finding
from ..model import PEP

CHECK_MODULES = (
    "reading",       # RD: parts the reader could not find
    "voice",         # PV: pupil voice
    "smart",         # ST: SMART targets, previous targets reviewed
    "subjects",      # EM: English and maths targets
    "spend",         # PP: PP+ spend linked to targets, costs, fundability
    "statutory",     # TL/CP/AT/SN/AS: timeliness, completeness, attendance, SEN, aspirations
    "relevance",     # ST009: the R of SMART
    "language",      # LC: language that cares
    "history",       # HS: this PEP beside the child's previous one (needs the history store)
)

_loaded = False


def load_all() -> None:
    global _loaded
    if _loaded:
        return
    for mod in CHECK_MODULES:
        try:
            importlib.import_module(f"{__name__}.{mod}")
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{mod}":
                raise
    _loaded = True


def validate_policy_checks(policy) -> None:
    """Every check named in the policy must exist: a typo must not silently switch nothing off."""
    from .registry import find_check

    load_all()
    named = list(policy.get("checks.disable")) + list(policy.get("checks.enable_only")) + list(policy.get("checks.severity"))
    for key in named:
        if find_check(str(key)) is None:
            raise ConfigError(f"{policy.source or 'policy'}: unknown check '{key}' (see `pepqa rules`)")


def run_checks(pep: PEP, policy, today: date | None = None, previous=None) -> list[Finding]:
    """All enabled checks over one PEP, most severe first, then in document order of codes.

    ``previous`` (a :class:`pepqa.history.Previous`) is the child's latest earlier PEP, found by the caller."""
    from .registry import Context, all_checks

    ctx = Context(policy=policy, today=today or date.today(), previous=previous)
    findings: list[Finding] = []
    for c in all_checks():
        if ctx.enabled(c):
            findings.extend(c.run(pep, ctx))
    findings.sort(key=lambda f: (-f.severity.rank, f.code, f.location.item or 0))
    return findings
