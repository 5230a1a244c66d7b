"""The verdict on one PEP: its grade, the rule that produced it, and the PP+ recommendation.

Why a separate step: checks say what is wrong; the authority decides what that means. The grade
and the PP+ decision follow ``[grading]`` and ``[pp_plus]`` in the policy, and every verdict
carries the sentence that explains it ("Red because 2 must-fix findings remain (PV002, EM002);
rule: any must-fix finding makes the PEP Red"), so a QA officer can check it and a DT can
understand it.

Default rule (pepqa/data/policy-defaults.toml, [grading]):
- rag mode: any must-fix finding -> Red; else more than ``amber_should_fix_threshold`` should-fix
  findings -> Amber; else Green.
- pass_fail mode: any must-fix finding -> "review again"; else "approved".
- PP+: withheld while any finding at or above ``withhold_on`` remains. The amount requested is
  ``pp_requested`` or, when not stated, the sum of the spend lines' costs. The amount allowed is 0
  when the policy does not fund the school or phase (independent special schools, post-16 unless
  ``fund_post16``, early years unless ``fund_early_years``), else the smaller of the request and
  ``termly_amount``. It is shown even while PP+ is withheld: it is what can be released once the
  blocking findings are resolved.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from .errors import ConfigError
from .findings import Finding, Severity
from .model import CONTENT_PARTS, ESSENTIAL_PARTS, PEP, Phase, SchoolType


class Reason(BaseModel):
    """Why PP+ is withheld: a blocking finding (code + message) or a policy rule (code None)."""

    model_config = ConfigDict(extra="forbid")

    code: Optional[str] = None
    message: str


class PPDecision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    recommendation: Literal["release", "withhold", "officer"] = Field(
        description="'officer': the decision is left to the QA officer because pepqa could not read an essential part")
    reasons: list[Reason] = Field(default_factory=list)
    requested: Optional[float] = Field(None, description="pounds requested; None when no amount was requested")
    requested_from: Literal["stated", "spend lines", "none"] = "none"
    allowed: float = 0.0
    termly_amount: float = 0.0
    funded: bool = True
    not_funded: Optional[str] = Field(None, description="short label when policy pays no PP+, e.g. 'post-16'")
    notes: list[str] = Field(default_factory=list)


MANUAL = "needs reading by hand"


class Verdict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mode: Literal["rag", "pass_fail"]
    state: Literal["graded", "manual"] = Field(
        "graded", description="'manual' when an essential part could not be read: the officer reads the PEP by hand")
    grade: str = Field(description="Red / Amber / Green, or approved / review again, or 'needs reading by hand'")
    rule: str = Field(description="the human sentence that produced the grade")
    counts: dict[str, int] = Field(description="school findings by severity: must-fix, should-fix, advice")
    officer_notes: int = Field(0, description="findings for the officer only (what could not be read)")
    provisional: Optional[str] = Field(None, description="when manual: the grade the parts that were read would give")
    not_read: list[str] = Field(default_factory=list, description="content parts not read completely")
    pp_plus: PPDecision

    def summary(self) -> str:
        """One line for the CLI, e.g. 'Red: 2 must-fix, 1 should-fix, 0 advice. PP+: withhold (...)'."""
        c = self.counts
        head = f"{self.grade}: {c['must-fix']} must-fix, {c['should-fix']} should-fix, {c['advice']} advice."
        pp = self.pp_plus
        req = _money(pp.requested) if pp.requested else "nothing"
        if self.state == "manual":
            head = (f"{MANUAL.capitalize()} (not read: {', '.join(p.replace('_', ' ') for p in self.not_read)}); "
                    f"on what was read: {self.provisional}, {c['must-fix']} must-fix, {c['should-fix']} should-fix, "
                    f"{c['advice']} advice.")
        if pp.recommendation == "officer":
            tail = f"PP+: decision left to the officer ({req} requested)."
        elif pp.recommendation == "release":
            tail = f"PP+: release {_money(pp.allowed)} ({req} requested)."
        elif not pp.funded:
            tail = f"PP+: withhold, not funded for {pp.not_funded} ({req} requested)."
        else:
            codes = ", ".join(dict.fromkeys(r.code for r in pp.reasons if r.code))
            tail = f"PP+: withhold until {codes} resolved ({req} requested, {_money(pp.allowed)} allowed)."
        return f"{head} {tail}"

    def to_json(self) -> dict:
        return self.model_dump(mode="json")


def _money(x: Optional[float]) -> str:
    return "£0.00" if x is None else f"£{x:,.2f}"


def _codes(findings: list[Finding]) -> str:
    """'PV002, EM002' in first-seen order; repeated codes shown as 'ST001 x2'."""
    order: dict[str, int] = {}
    for f in findings:
        order[f.code] = order.get(f.code, 0) + 1
    return ", ".join(c if n == 1 else f"{c} x{n}" for c, n in order.items())


def _plural(n: int, word: str) -> str:
    return f"{n} {word} finding" + ("" if n == 1 else "s")


def _grade(findings: list[Finding], policy) -> tuple[str, str, str]:
    mode = policy.get("grading.mode")
    if mode not in ("rag", "pass_fail"):
        raise ConfigError(f"{policy.source or 'policy'}: 'grading.mode' must be 'rag' or 'pass_fail'")
    threshold = int(policy.get("grading.amber_should_fix_threshold"))
    must = [f for f in findings if f.severity is Severity.must_fix]
    should = [f for f in findings if f.severity is Severity.should_fix]
    if mode == "pass_fail":
        rule = "rule: any must-fix finding means the PEP is reviewed again"
        if must:
            return mode, "review again", (f"Review again because {_plural(len(must), 'must-fix')} "
                                          f"{'remains' if len(must) == 1 else 'remain'} ({_codes(must)}); {rule}")
        return mode, "approved", f"Approved because no must-fix findings remain; {rule}"
    if must:
        return mode, "Red", (f"Red because {_plural(len(must), 'must-fix')} {'remains' if len(must) == 1 else 'remain'} "
                             f"({_codes(must)}); rule: any must-fix finding makes the PEP Red")
    amber_rule = f"rule: more than {threshold} should-fix findings make the PEP Amber"
    if len(should) > threshold:
        return mode, "Amber", (f"Amber because {_plural(len(should), 'should-fix')} remain, more than {threshold} "
                               f"({_codes(should)}); {amber_rule}")
    if should:
        return mode, "Green", (f"Green because no must-fix findings remain and {_plural(len(should), 'should-fix')} "
                               f"{'is' if len(should) == 1 else 'are'} within the limit of {threshold}; "
                               f"rule: any must-fix makes the PEP Red, {amber_rule[6:]}")
    return mode, "Green", ("Green because no must-fix or should-fix findings remain; rule: any must-fix makes the PEP "
                           f"Red, {amber_rule[6:]}")


def _not_funded(pep: PEP, policy) -> tuple[Optional[str], Optional[str]]:
    """(short label, sentence) saying why the policy pays no PP+ for this school or phase; (None, None) if it does."""
    school = pep.school.type
    phase = pep.child.phase
    year = pep.child.year_group
    if school is SchoolType.independent_special and not policy.get("pp_plus.fund_independent_special"):
        return "independent special school", ("Independent special schools receive no PP+: the cost of the place "
                                              "already covers it (policy pp_plus.fund_independent_special = false).")
    post16 = phase is Phase.post16 or school is SchoolType.post16_provider or (year is not None and year >= 12)
    if post16 and not policy.get("pp_plus.fund_post16"):
        return "post-16", "This authority does not pay PP+ for post-16 students (policy pp_plus.fund_post16 = false)."
    early = phase is Phase.early_years or school is SchoolType.early_years_setting or (year is not None and year < 0)
    if early and not policy.get("pp_plus.fund_early_years"):
        return "early years", ("This authority does not pay early years PP+ through the PEP "
                               "(policy pp_plus.fund_early_years = false).")
    return None, None


def _pp(pep: PEP, findings: list[Finding], policy) -> PPDecision:
    raw = policy.get("grading.withhold_on")
    try:
        floor = Severity(raw)
    except ValueError:
        raise ConfigError(f"{policy.source or 'policy'}: 'grading.withhold_on' must be must-fix, should-fix or advice, "
                          f"got {raw!r}") from None
    termly = float(policy.get("pp_plus.termly_amount"))
    notes: list[str] = []

    costed = [s.cost for s in pep.pp_spend if s.cost is not None]
    if pep.pp_requested is not None:
        requested, source = float(pep.pp_requested), "stated"
    elif costed:
        requested, source = float(sum(costed)), "spend lines"
        notes.append(f"No total was stated; {_money(requested)} is the sum of the costed spend lines.")
    else:
        requested, source = None, "none"
    if not requested:
        notes.append("No PP+ amount was requested" + (" (the spend lines have no costs)." if pep.pp_spend else "."))

    reasons = [Reason(code=f.code, message=f.message) for f in findings if f.severity.rank >= floor.rank]
    label, why_not = _not_funded(pep, policy)
    if why_not:
        allowed = 0.0
        reasons.append(Reason(code=None, message=why_not))
    else:
        allowed = min(requested or 0.0, termly)
        if requested and requested > termly:
            notes.append(f"{_money(requested)} requested is more than the termly amount of {_money(termly)}; "
                         f"at most {_money(termly)} can be released.")
    withhold = bool(reasons)
    if withhold and not why_not:
        notes.append(f"PP+ is withheld while any {floor.value} finding remains (policy grading.withhold_on).")
    return PPDecision(
        recommendation="withhold" if withhold else "release", reasons=reasons, requested=requested,
        requested_from=source, allowed=allowed, termly_amount=termly, funded=why_not is None,
        not_funded=label, notes=notes,
    )


def _essential_unread(pep: PEP, policy) -> list[str]:
    """Essential parts not read completely. The PP+ request is essential only where the policy funds the
    school and phase: a post-16 PEP without a PP+ section is not a PEP pepqa failed to read."""
    funded = _not_funded(pep, policy)[0] is None
    return [k for k in ESSENTIAL_PARTS if not pep.part_ok(k) and (k != "pp_plus" or funded)]


def _names(keys: list[str]) -> str:
    from .checks.reading import PART_NAMES

    names = [PART_NAMES.get(k, k.replace("_", " ")) for k in keys]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def decide(pep: PEP, findings: list[Finding], policy) -> Verdict:
    """The grade, the rule behind it and the PP+ recommendation for one PEP.

    Only school findings count. When an essential part could not be read the PEP is not graded at all
    ("needs reading by hand") and PP+ is left to the officer: pepqa never grades a PEP down or withholds
    money on account of what it could not read."""
    school = [f for f in findings if f.audience == "school"]
    mode, grade, rule = _grade(school, policy)
    counts = {s.value: sum(1 for f in school if f.severity is s) for s in Severity}
    pp = _pp(pep, school, policy)
    not_read = pep.not_read(CONTENT_PARTS)
    unread = _essential_unread(pep, policy)
    officer = len(findings) - len(school)
    if not unread:
        if not_read:
            rule += f"; not read, so not judged: {_names(not_read)}"
        return Verdict(mode=mode, grade=grade, rule=rule, counts=counts, officer_notes=officer, not_read=not_read,
                       pp_plus=pp)
    why = f"pepqa could not read {_names(unread)}"
    pp.notes.insert(0, f"The PP+ decision is left to the officer: {why}.")
    pp = pp.model_copy(update={"recommendation": "officer"})
    return Verdict(
        mode=mode, state="manual", grade=MANUAL, provisional=grade,
        rule=f"Needs reading by hand because {why}; on the parts that were read: {rule}",
        counts=counts, officer_notes=officer, not_read=not_read, pp_plus=pp,
    )
