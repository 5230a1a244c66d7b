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
    "voice_presence",   # PV001-PV002: pupil voice missing, or a non-answer
    "voice_generic",    # PV003-PV004: a general summary; none of the child's own words
    "voice_capture",    # PV005-PV006: how the views were gathered; the themes they cover
    "voice_unchanged",  # PV007: copied from the previous PEP
    "voice_reflected",  # PV008: a worry no target picks up
    "smart",         # ST: SMART targets (ST001-ST005, ST007)
    "previous_targets",  # ST006, ST008: previous targets reviewed, with evidence
    "subjects",      # EM: English and maths targets
    "spend_targets", # PP001-PP004: each PP+ spend line linked to a target
    "spend_costs",   # PP005-PP008, PP011, PP013: costs, working, totals, eligibility
    "spend_use",     # PP009, PP010, PP012: what PP+ must not fund, impact intended and reviewed
    "timeliness",    # TL: termly deadline, completion, first PEP, next PEP date
    "completeness",  # CP: sections signed, attendees, attainment, attendance, previous targets
    "attendance",    # AT: attendance, exclusions, part-time timetables and alternative provision
    "send",          # SN: SENCo, SEN details, PP+ and the EHCP, SDQ
    "aspirations",   # AS: aspirations, transition, careers steps
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
    validate_data_files(policy)


def validate_data_files(policy) -> None:
    """The labels file and vocabulary folder parse, and the checks run with them: a bad file is one line when
    the policy loads, not an "internal error" on every PEP."""
    import re


    from ..labels import load_labels
    from ..vocab import VOCAB_DIR, load_vocab
    from .dates import parse_closures, term_starts

    src = policy.source or "policy"
    labels, vocab_dir = policy.get("data.labels_file"), policy.get("data.vocab_dir")
    if labels:
        load_labels(labels)
    for f in sorted(VOCAB_DIR.glob("*.toml")):
        load_vocab(f.stem, vocab_dir)
    if vocab_dir:
        from pathlib import Path

        known = {f.stem for f in VOCAB_DIR.glob("*.toml")}
        for f in sorted(Path(vocab_dir).glob("*.toml")):
            if f.stem not in known:
                raise ConfigError(f"{f}: not a vocabulary pepqa knows (known: {', '.join(sorted(known))})")
        for key in ("measure_patterns", "outcome_patterns"):
            for pat in load_vocab("spend", vocab_dir).get(key, []):
                try:
                    re.compile(pat, re.I)
                except (re.error, TypeError) as e:
                    raise ConfigError(f"{vocab_dir}/spend.toml: '{key}' holds a pattern that is not a valid "
                                      f"regular expression: {e}") from None
    parse_closures(policy.get("timeliness.school_closures"))
    term_starts(policy)
    if labels or vocab_dir:  # authority data: run the checks once over the good example to prove they work
        from .baseline import BASELINE
        from ..model import PEP

        try:
            run_checks(PEP.model_validate(BASELINE), policy)
        except ConfigError:
            raise
        except Exception as e:  # noqa: BLE001
            raise ConfigError(f"{src}: the checks fail with the labels file or vocabulary folder given "
                              f"({type(e).__name__}); check data.labels_file and data.vocab_dir") from None



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
