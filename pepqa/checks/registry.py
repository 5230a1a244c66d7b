"""The check registry: every check declares its documentation and its examples beside its code.

Like ruff's rules: a stable code, a kebab-case name, a title, a default severity, the
rationale with its source in the guidance, what good looks like, and good/bad examples.
The examples are patches to a complete, good baseline PEP (:mod:`pepqa.checks.baseline`);
one parametrised test runs every example (a bad example must fire the check, a good one
must not), and ``pepqa rules`` / ``pepqa explain`` are generated from the same declarations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional

from ..findings import Finding, Location, Severity
from ..model import PEP


@dataclass
class Example:
    """A patch to the baseline PEP: ``{"pupil_voice.text": "No pupil views shared"}``."""

    patch: dict[str, Any]
    note: str = ""
    previous: Optional[dict[str, Any]] = None
    """History checks (HS): a patch to the previous-term baseline PEP the example is compared with
    (``{}`` = that PEP as it is; ``None`` = no previous PEP recorded). See ``baseline.previous_for``."""


@dataclass
class Hit:
    """What a check function yields; the runner adds code, name, severity and provenance."""

    message: str
    field: Optional[str] = None  # model path, e.g. "targets[0].text"
    section: Optional[str] = None
    item: Optional[int] = None
    evidence: Optional[str] = None
    span: Optional[tuple[int, int]] = None
    suggestion: Optional[str] = None
    severity: Optional[Severity] = None  # only when one check has graded outcomes (e.g. attendance)
    audience: Optional[str] = None  # "officer" for a hit the school must not be asked about (default: the check's)
    officer_note: Optional[str] = None  # what the officer should know beside a school finding (never in a letter)


CheckFn = Callable[[PEP, "Context"], Iterable[Hit]]


@dataclass
class Check:
    code: str
    name: str
    title: str
    severity: Severity
    rationale: str
    source: str  # where in the guidance, e.g. "seeds/coventry-pep-guidance.txt (Pupil voice)"
    good: str  # what good looks like
    bad_examples: list[Example]
    good_examples: list[Example]
    fn: CheckFn
    group: str = ""
    audience: str = "school"  # "officer": what the QA officer needs to know, never sent to a school
    needs: tuple[str, ...] = ()  # parts it judges absences in: it runs only when each was read (PEP.part_ok)
    vocab: tuple[str, ...] = ()  # the wording it looks for, as "file.list" (pepqa/data/vocab/file.toml)

    def applies(self, pep: PEP) -> bool:
        """False when a part this check needs could not be read: saying something is missing from a part
        pepqa could not read would blame the school for pepqa's gap (the reading finding says it instead)."""
        return all(pep.part_ok(k) for k in self.needs)

    def run(self, pep: PEP, ctx: "Context") -> Iterator[Finding]:
        if not self.applies(pep):
            return
        for h in self.fn(pep, ctx) or ():
            prov = pep.where(h.field) if h.field else None
            section = h.section or _section_of(h.field)
            yield Finding(
                code=self.code,
                name=self.name,
                severity=ctx.override_for(self) or h.severity or self.severity,
                message=h.message,
                location=Location(section=section, item=h.item, field=h.field, span=h.span, source=prov),
                evidence=h.evidence,
                suggestion=h.suggestion,
                audience=h.audience or self.audience,
                officer_note=h.officer_note,
            )


_FIELD_SECTION = {
    "targets": "targets", "previous_targets": "previous_targets", "pp_spend": "pp_plus", "pp_requested": "pp_plus",
    "pp_impact_review": "pp_plus", "pupil_voice": "pupil_voice", "attendance_percent": "attendance",
    "exclusions": "attendance", "child": "child", "school": "school", "attainment": "attainment",
    "aspirations": "aspirations", "sections": "sections", "attendees": "attendees", "meeting_date": "meeting",
    "completed_date": "meeting", "next_pep_date": "meeting", "sen_status": "sen", "sdq_score": "sen",
}


def _section_of(path: Optional[str]) -> Optional[str]:
    if not path:
        return None
    head = re.split(r"[.\[]", path, maxsplit=1)[0]
    return _FIELD_SECTION.get(head, head)


REGISTRY: dict[str, Check] = {}


def check(
    *, code: str, name: str, title: str, severity: str, rationale: str, source: str, good: str,
    bad: list[Example], ok: list[Example], group: str = "", audience: str = "school",
    needs: tuple[str, ...] | list[str] = (), vocab: tuple[str, ...] | list[str] = (),
) -> Callable[[CheckFn], CheckFn]:
    """Register a check. ``bad`` examples must fire it, ``ok`` examples must not.

    ``needs`` names the parts whose contents the check reports as missing or short (the targets for "no
    English target"): the check does not run unless each was read (status read or empty). ``audience``
    "officer" marks a check whose findings are for the QA officer only. ``vocab`` names the vocabulary lists
    it reads ("voice.unacceptable"), so ``pepqa explain`` can tell an authority which lists to extend."""

    def deco(fn: CheckFn) -> CheckFn:
        if code in REGISTRY:
            raise ValueError(f"duplicate check code {code}")
        if any(c.name == name for c in REGISTRY.values()):
            raise ValueError(f"duplicate check name {name}")
        if audience not in ("school", "officer"):
            raise ValueError(f"{code}: audience must be 'school' or 'officer'")
        from ..model import PART_KEYS

        unknown = [k for k in needs if k not in PART_KEYS]
        if unknown:
            raise ValueError(f"{code}: needs unknown part(s) {unknown}")
        from ..vocab import load_vocab

        for ref in vocab:
            file, _, lst = ref.partition(".")
            if not lst or lst not in load_vocab(file):
                raise ValueError(f"{code}: vocab '{ref}' is not a list of pepqa/data/vocab/{file}.toml")
        REGISTRY[code] = Check(code, name, title, Severity(severity), rationale.strip(), source, good.strip(),
                               list(bad), list(ok), fn, group or code.rstrip("0123456789"), audience, tuple(needs),
                               tuple(vocab))
        return fn

    return deco


def find_check(code_or_name: str) -> Optional[Check]:
    key = code_or_name.strip()
    if key.upper() in REGISTRY:
        return REGISTRY[key.upper()]
    for c in REGISTRY.values():
        if c.name == key.lower():
            return c
    return None


def all_checks() -> list[Check]:
    from . import load_all  # noqa: F401  (importing registers the checks)

    load_all()
    return sorted(REGISTRY.values(), key=lambda c: c.code)


@dataclass
class Context:
    """What checks may read besides the PEP: the policy, the vocabularies, and the child's previous PEP."""

    policy: Any  # pepqa.policy.Policy
    today: Any = None  # datetime.date; "now" for timeliness checks (injectable for tests)
    cache: dict = field(default_factory=dict)
    previous: Any = None  # pepqa.history.Previous: looked up by the caller before the checks run; None = none recorded

    def vocab(self, name: str) -> dict:
        from ..vocab import load_vocab

        return load_vocab(name, self.policy.get("data.vocab_dir"))

    def override_for(self, c: Check) -> Optional[Severity]:
        """The policy's severity for this check, if it sets one (it wins over a check's graded severities)."""
        over = self.policy.get("checks.severity")
        s = over.get(c.code) or over.get(c.name)
        return Severity(s) if s else None

    def severity_for(self, c: Check) -> Severity:
        return self.override_for(c) or c.severity

    def enabled(self, c: Check) -> bool:
        only = self.policy.get("checks.enable_only")
        if only and c.code not in only and c.name not in only:
            return False
        off = self.policy.get("checks.disable")
        return c.code not in off and c.name not in off
