"""AT: attendance and inclusion. Attendance below 95% or persistent absence with nothing planned,
suspensions and exclusions without support, part-time timetables and alternative provision without a review.

Only a part the reader located is judged (``pep.part_ok``): RD001 already says a part was not found. Every
number and date comes from the policy, every phrase list from ``data/vocab/statutory.toml`` (read through
:mod:`pepqa.matching`; shared helpers in :mod:`pepqa.checks.lib.statutory`).
"""
from __future__ import annotations

from datetime import date, timedelta

from ..findings import Severity
from ..matching import words
from . import dates as D
from .lib.statutory import EMPTY_VOCAB, find_phrase, blank, child_name, possessive, cap, quote, percent, target_texts, spend_texts
from .registry import Example, Hit, check


@check(
    code="AT001", vocab=("statutory.attendance",), needs=('attendance', 'targets'), name="attendance-below-expected", title="Attendance is below 95% and no target or action addresses it",
    severity="should-fix",
    rationale="""Attendance above 95% is good; the Virtual School challenges attendance below 95%, and 90% or below
is persistent absence. Below 95% the PEP needs a target or action that addresses attendance (should-fix);
at persistent absence a PEP with no plan must not pass (must-fix). pepqa looks for attendance words
(vocab statutory.attendance) in the targets, their actions, the wellbeing section and the PP+ spend.""",
    source="seeds/essex-virtual-school-guide.txt (Attendance: above 95% good; persistent absence 90% or below; "
           "challenge below 95%); domain.md 6",
    good="Low attendance is met with a plan: 'Maya's attendance to rise from 88% to 93% by February half-term: daily "
         "morning check-in with her key adult; carer and school review it weekly.'",
    bad=[Example({"attendance_percent": 93.5}, "below 95%, nothing addresses it"),
         Example({"attendance_percent": 88.0}, "persistent absence with no plan: must-fix")],
    ok=[Example({"attendance_percent": 88.0, "targets[2].text":
                 "Maya's attendance will rise from 88% to 93% by February half-term, with a daily morning check-in."},
                "persistent absence with a target"),
        Example({"attendance_percent": 95.0}, "95% is not below 95%")],
)
def attendance_below_expected(pep, ctx):
    pct = pep.attendance_percent
    below = ctx.policy.get("attendance.challenge_below")
    pa = ctx.policy.get("attendance.persistent_absence_at_or_below")
    if pct is None or pct >= below:
        return
    if find_phrase(ctx, "attendance", *target_texts(pep), pep.wellbeing, *spend_texts(pep)):
        return
    n = cap(child_name(pep))
    if pct <= pa:
        msg = (f"Attendance is {percent(pct)}: that is persistent absence ({percent(pa)} or below), and no target, action "
               "or wellbeing plan in the PEP says how it will be improved.")
        sev = Severity.must_fix
    else:
        msg = (f"Attendance is {percent(pct)}, below the {percent(below)} expected, and no target or action in the PEP "
               "addresses it.")
        sev = None
    aim = min(below, round(pct + 5))
    yield Hit(msg, field="attendance_percent", section="attendance", evidence=f"Attendance: {percent(pct)}", severity=sev,
              suggestion=f"Add an attendance target with the support behind it, e.g. '{n}'s attendance to rise from "
                         f"{percent(pct)} to {percent(aim)} by the next PEP: daily morning check-in with a key adult; carer "
                         "and school review it weekly.' Say what is behind the absence if it is known.")


def _exclusion_kind(kind: str, ctx) -> str:
    """permanent / internal / suspension, from the label the PEP gives (statutory.toml exclusion_*)."""
    k = (kind or "").lower()
    v = ctx.vocab("statutory")
    if any(f.lower() in k for f in v["exclusion_permanent_fragments"]) or k.strip() in words(v["exclusion_permanent_labels"]):
        return "permanent"
    if any(f.lower() in k for f in v["exclusion_internal_fragments"]):
        return "internal"
    return "suspension"


@check(
    code="AT002", needs=("attendance",), vocab=EMPTY_VOCAB + ("statutory.exclusion_permanent_fragments", "statutory.exclusion_permanent_labels", "statutory.exclusion_internal_fragments",), name="exclusion-without-support", title="A suspension or exclusion is recorded without the support planned",
    severity="should-fix",
    rationale="""Head teachers should, as far as possible, avoid excluding a child in care, and permanent exclusion
of a child in care must be avoided: schools consult the Virtual School first. A PEP that records a suspension
must say what support is planned to prevent another (should-fix; advice for an internal exclusion). A permanent
exclusion is must-fix without a recorded plan, and always needs the Virtual School's attention.""",
    source="seeds/essex-virtual-school-guide.txt (Behaviour, Exclusion, Part Time Timetables and Alternative Provision); "
           "seeds/navsh-designated-teacher-slides.txt (Exclusions); seeds/coventry-virtual-school-pages.txt "
           "(Permanent exclusions must be avoided for children in care)",
    good="Each suspension is recorded with its date, length and reason, and the support put in place to avoid a repeat "
         "(e.g. 'daily check-in with her key adult; time-out card; ELSA sessions weekly').",
    bad=[Example({"exclusions": [{"kind": "suspension", "date": "2025-09-25", "days": 2, "reason": "Fighting"}]},
                 "suspension with no support"),
         Example({"exclusions": [{"kind": "permanent", "date": "2025-10-01", "reason": "Persistent disruption"}]},
                 "permanent exclusion: must-fix")],
    ok=[Example({"exclusions": [{"kind": "suspension", "date": "2025-09-25", "days": 2, "reason": "Fighting",
                                 "support": "Daily check-in with her key adult and a time-out card; ELSA weekly."}]},
                "support planned"),
        Example({"exclusions": [{"kind": "suspension", "date": "2025-09-25", "days": 2, "reason": "Fighting"}],
                 "parts.attendance": "partial"}, "attendance not all read: the support may be in what was left")],
)
def exclusion_without_support(pep, ctx):
    for i, ex in enumerate(pep.exclusions):
        kind = _exclusion_kind(ex.kind, ctx)
        bits = [D.fmt(ex.date) if ex.date else "date not recorded"]
        if ex.days:
            bits.append(f"{ex.days:g} day{'s' if ex.days != 1 else ''}")
        if ex.reason:
            bits.append(quote(ex.reason, 60))
        desc = ", ".join(bits)
        no_support = blank(ctx, ex.support)
        field = f"exclusions[{i}]"
        if kind == "permanent":
            if no_support:
                yield Hit(f"A permanent exclusion is recorded ({desc}) with no plan for {possessive(pep)} education from here.",
                          field=field, section="attendance", item=i + 1, severity=Severity.must_fix,
                          evidence=f"Permanent exclusion: {desc}",
                          suggestion=f"Record the plan: where {child_name(pep)} will be taught and from when, the support for the "
                                     "move, and the Virtual School's involvement. Schools must consult the Virtual School "
                                     "and avoid permanently excluding a child in care wherever possible.")
            else:
                yield Hit(f"A permanent exclusion is recorded ({desc}). Permanent exclusion of a child in care should "
                          "be avoided, so the Virtual School needs to know about it.",
                          field=field, section="attendance", item=i + 1, evidence=f"Support: {quote(ex.support)}",
                          suggestion="Confirm in the PEP that the Virtual School was consulted and what it agreed, "
                                     "alongside the plan already recorded.")
        elif no_support:
            what = "internal exclusion" if kind == "internal" else "suspension"
            yield Hit(f"A {what} is recorded ({desc}) without the support planned to prevent another.",
                      field=field, section="attendance", item=i + 1,
                      severity=Severity.advice if kind == "internal" else None,
                      evidence=f"{cap(what)}: {desc}",
                      suggestion=f"Record what the school will do differently to support {child_name(pep)} (e.g. a key adult, "
                                 "a reintegration meeting with the social worker, a time-out card, a referral), and who "
                                 "does it.")


@check(
    code="AT003", vocab=EMPTY_VOCAB, name="provision-review-date", title="A part-time timetable or alternative provision has no review within a half term",
    severity="must-fix",
    rationale="""Part-time timetables and alternative provision must be planned with carers and social workers,
recorded in the PEP and reviewed every half term, so a reduced education never drifts on. pepqa expects a
review date no more than attendance.provision_review_days (42) days after the meeting: no review date is
must-fix; a review date too far off, or already before the meeting, is should-fix.""",
    source="seeds/essex-virtual-school-guide.txt (Part Time Timetables and Alternative Provision ... recorded in the PEP "
           "and reviewed every half term)",
    good="'Part-time timetable (mornings only) from 15 September; to be reviewed on 17 October with the carer, social "
         "worker and Virtual School, building up to full days by November.'",
    bad=[Example({"part_time_timetable": True}, "part-time timetable, no review date"),
         Example({"alternative_provision": "Tuesdays at Hillside Learning Centre", "provision_review_date": "2026-01-30"},
                 "review date 114 days after the meeting")],
    ok=[Example({"part_time_timetable": True, "provision_review_date": "2025-11-14"}, "reviewed within the half term"),
        Example({"alternative_provision": "N/A"}, "'N/A' means none")],
)
def provision_review_date(pep, ctx):
    ap = None if blank(ctx, pep.alternative_provision) else pep.alternative_provision
    if not pep.part_time_timetable and not ap:
        return
    what = " and ".join(x for x in ("a part-time timetable" if pep.part_time_timetable else "",
                                    f"alternative provision ({quote(ap, 70)})" if ap else "") if x)
    days = ctx.policy.get("attendance.provision_review_days")
    review, met = pep.provision_review_date, pep.meeting_date
    ev = f"Part-time timetable: {'yes' if pep.part_time_timetable else 'no'}" + (f"; alternative provision: {ap}" if ap else "")
    if review is None:
        yield Hit(f"The PEP records {what} but no date to review it.", field="provision_review_date",
                  section="attendance", evidence=ev,
                  suggestion=f"Set a review date within the half term (no more than {days} days after the meeting) with "
                             "the carer and social worker, and say what would lead back to a full timetable.")
        return
    if not met:
        return
    gap = (review - met).days
    if gap < 0:
        yield Hit(f"The PEP records {what}, and its review date, {D.fmt(review)}, is before this meeting.",
                  field="provision_review_date", section="attendance", evidence=ev, severity=Severity.should_fix,
                  suggestion="Record the outcome of that review and set the next review within the half term.")
    elif gap > days:
        yield Hit(f"The PEP records {what}, but its review date, {D.fmt(review)}, is {gap} days after the meeting; "
                  f"it should be reviewed within a half term ({days} days).",
                  field="provision_review_date", section="attendance", evidence=ev, severity=Severity.should_fix,
                  suggestion=f"Bring the review forward to no later than {D.fmt(met + timedelta(days=days))}.")
