"""TL: timeliness. Termly deadline, completed within N days of the meeting, first PEP within 10 working
days of entering care, the next PEP date, and dates that contradict each other.

Only a part the reader located is judged (``pep.part_ok``): RD001 already says a part was not found. Every
number and date comes from the policy, every phrase list from ``data/vocab/statutory.toml`` (read through
:mod:`pepqa.matching`; shared helpers in :mod:`pepqa.checks.lib.statutory`).
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from ..findings import Severity
from ..model import PEP
from . import dates as D
from .lib.statutory import child_name, possessive, cap, year_label, is_first_pep
from .registry import Example, Hit, check


def _closures(ctx) -> list:
    if ctx.policy.get("timeliness.first_pep_day_kind") == "school":
        return D.parse_closures(ctx.policy.get("timeliness.school_closures"))
    return []



def _pep_term(pep: PEP, ctx) -> Optional[tuple[int, str]]:
    """(academic year start, term) the PEP is for: as stated, else from the meeting date."""
    year = D.academic_year_start(pep.academic_year)
    if pep.term and year is not None:
        return year, pep.term.value
    if pep.meeting_date:
        y, t = D.term_of(pep.meeting_date, D.term_starts(ctx.policy))
        return y, (pep.term.value if pep.term else t)
    return None


def _deadline(pep: PEP, ctx, year: int, term: str) -> tuple[date, str, Optional[int]]:
    """The termly deadline for this PEP in academic year ``year``, who it applies to (for the message), and the
    academic year a dated deadline was set for when it was carried over to this one (else None)."""
    pol = ctx.policy
    if term == "autumn":
        early = pol.get("timeliness.autumn_early_year_groups")
        if pep.child.year_group is not None and pep.child.year_group in early:
            names = ", ".join(year_label(y) for y in early[:-1]) + " and " + year_label(early[-1]) if len(early) > 1 \
                else year_label(early[0])
            d, carried = pol.term_deadline("timeliness.autumn_deadline_early", year)
            return d, f"the autumn deadline for {names}", carried
        d, carried = pol.term_deadline("timeliness.autumn_deadline", year)
        return d, "the autumn deadline", carried
    d, carried = pol.term_deadline(f"timeliness.{term}_deadline", year)
    return d, f"the {term} deadline", carried



# == TL: timeliness =============================================================================


@check(
    code="TL001", needs=('meeting',), name="termly-deadline-missed", title="The PEP was completed after the termly deadline",
    severity="should-fix",
    rationale="""Each term the Virtual School sets a date by which PEPs must be submitted, and PP+ for the term
is paid only for a PEP that is submitted and quality-assured by then. Reception, Year 7 and Year 11 have an
earlier autumn deadline because the Virtual School prioritises those transitions. The deadlines are the
policy's dates for one academic year; a PEP from another year is judged against the same day and month in its
own year, with a note for the officer.""",
    source="seeds/coventry-pep-guidance.txt (PEP submission deadlines 2025-26); "
           "seeds/coventry-virtual-school-pages.txt (PP+ paid once a completed, quality-assured PEP is submitted by the termly deadline)",
    good="The PEP is completed and submitted before the term's deadline (Coventry 2025-26: autumn 31 October for "
         "Reception, Year 7 and Year 11, 30 November for other year groups; spring 14 March; summer 14 June).",
    bad=[Example({"completed_date": "2025-12-03", "meeting_date": "2025-11-20", "next_pep_date": "2026-02-26"},
                 "Year 9 autumn PEP completed 3 December, after 30 November"),
         Example({"child.year_group": 7, "meeting_date": "2025-10-16", "completed_date": "2025-11-04"},
                 "Year 7 autumn PEP: the earlier 31 October deadline applies")],
    ok=[Example({"child.year_group": 7, "completed_date": "2025-10-30"}, "Year 7 completed before 31 October"),
        Example({"completed_date": "2025-11-04"}, "Year 9 completed before 30 November")],
)
def termly_deadline_missed(pep, ctx):
    where = _pep_term(pep, ctx)
    if not where:
        return
    year, term = where
    # Deadlines are rules (day and month in the academic year judged); a deadline the policy dated for another
    # year is carried over by day and month, and the officer (never the school) is told.
    deadline, which, carried = _deadline(pep, ctx, year, term)
    note = (f"The policy's {term} deadline is dated for {carried}-{str(carried + 1)[-2:]}; the same day and month "
            f"were used for {D.term_label(year, term)}. Confirm this year's [timeliness] dates."
            if carried is not None else None)
    yl = year_label(pep.child.year_group)
    nxt = {"autumn": "spring", "spring": "summer", "summer": None}[term]
    plan = (f" Plan the next meeting so the {nxt} PEP is completed by "
            f"{D.fmt(ctx.policy.term_deadline(f'timeliness.{nxt}_deadline', year)[0])}."
            if nxt else "")
    if pep.completed_date and pep.completed_date > deadline:
        late = (pep.completed_date - deadline).days
        yield Hit(f"This {term} PEP ({yl}) was completed on {D.fmt(pep.completed_date)}, {late} day"
                  f"{'s' if late != 1 else ''} after {which} ({D.fmt(deadline)}).",
                  field="completed_date", evidence=f"Completed: {D.fmt(pep.completed_date)}", officer_note=note,
                  suggestion="PP+ for the term is paid only for a PEP submitted by the deadline: please contact us "
                             "about whether this term's PP+ can still be released." + plan)
    elif not pep.completed_date and pep.meeting_date and pep.meeting_date > deadline:
        yield Hit(f"This {term} PEP ({yl}) was held on {D.fmt(pep.meeting_date)}, after {which} ({D.fmt(deadline)}).",
                  field="meeting_date", evidence=f"Meeting: {D.fmt(pep.meeting_date)}", officer_note=note,
                  suggestion="Hold the PEP meeting early enough in the term to complete it by the deadline; please "
                             "contact us about whether this term's PP+ can still be released." + plan)


@check(
    code="TL002", needs=('meeting',), name="completed-too-long-after-meeting", title="The PEP was not completed within 3 weeks of the meeting",
    severity="should-fix",
    rationale="""A PEP records what was agreed at the meeting; the longer it waits to be finished, the less it
reflects the meeting and the later the support and PP+ start. Coventry expects every PEP submitted within
3 weeks of the meeting; Essex asks the designated teacher to finish the ePEP within 5 days.""",
    source="seeds/coventry-pep-guidance.txt (Reminders: submitted within 3 weeks of the PEP meeting); "
           "seeds/essex-virtual-school-guide.txt (DT updates and finishes the ePEP within 5 days)",
    good="The PEP is completed and submitted within 21 days of the meeting (policy timeliness.submit_within_days).",
    bad=[Example({"meeting_date": "2025-09-10", "completed_date": "2025-10-15"}, "35 days after the meeting"),
         Example({"meeting_date": "2025-09-18", "completed_date": None}, "no completion date, 32 days on")],
    ok=[Example({"meeting_date": "2025-09-24", "completed_date": "2025-10-15"}, "exactly 21 days"),
        Example({"meeting_date": "2025-10-08", "completed_date": None}, "no completion date yet, but only 12 days on")],
)
def completed_too_long_after_meeting(pep, ctx):
    met, done = pep.meeting_date, pep.completed_date
    limit = ctx.policy.get("timeliness.submit_within_days")
    if not met:
        return
    if done:
        gap = (done - met).days
        if gap > limit:
            yield Hit(f"The PEP was completed on {D.fmt(done)}, {gap} days after the meeting on {D.fmt(met)}; "
                      f"PEPs should be completed within {limit} days.",
                      field="completed_date", evidence=f"Meeting: {D.fmt(met)}; completed: {D.fmt(done)}",
                      suggestion=f"Complete the PEP within {limit} days of the meeting, while the discussion is fresh; the "
                                 "designated teacher can submit the social worker section to avoid delay.")
    elif ctx.today and met <= ctx.today and (ctx.today - met).days > limit:
        gap = (ctx.today - met).days
        # Many layouts (meeting records, some ePEPs) have no completion-date field: a missing date is not the
        # school's to fix, so it is the officer's to follow up (the date the PEP arrived answers it).
        yield Hit(f"No completion date is recorded; the meeting was on {D.fmt(met)}, {gap} days before the date "
                  f"judged (PEPs should be completed within {limit} days).",
                  field="completed_date", evidence=f"Meeting: {D.fmt(met)}; completed: (not recorded)",
                  audience="officer", severity=Severity.advice,
                  suggestion="Check when the PEP reached the Virtual School; ask for the completion date only if "
                             "the form has a place for it.",
                  officer_note="This layout may have no completion-date field: judge timeliness from the date the "
                               "PEP reached the Virtual School.")


@check(
    code="TL003", name="first-pep-late", title="The first PEP was not held within 10 working days of entering care",
    severity="should-fix",
    rationale="""A child's first PEP must be held within 10 working days of coming into care, so that it is
ready for the first review of the care plan. pepqa treats a PEP as the first one when the child entered care
on or before the meeting, at most timeliness.first_pep_lookback_days (91) days before it, and no previous
targets are recorded. Working days skip weekends and England's bank holidays (from the maintained `holidays`
package); with first_pep_day_kind = "school", the school holidays listed in timeliness.school_closures too.""",
    source="seeds/coventry-pep-guidance.txt (first PEP within 10 working days of coming into care); "
           "seeds/walsall-pep-handbook.txt (PEPs arranged within 10 days, ready for the first looked after review)",
    good="The first PEP meeting is held within 10 working days of the child entering care, and the PEP records the date "
         "the child entered care.",
    bad=[Example({"child.date_entered_care": "2025-09-15", "previous_targets": []},
                 "entered care 15 Sept, meeting 8 Oct: 17 working days"),
         Example({"child.date_entered_care": "2025-12-15", "meeting_date": "2026-01-05", "completed_date": "2026-01-09",
                  "next_pep_date": "2026-04-22", "term": "spring", "previous_targets": []},
                 "15 Dec to 5 Jan is 12 working days: Christmas, Boxing Day and New Year's Day are skipped")],
    ok=[Example({"child.date_entered_care": "2025-09-24", "previous_targets": []}, "10 working days exactly"),
        Example({"child.date_entered_care": "2025-09-15"}, "previous targets recorded: not the first PEP")],
)
def first_pep_late(pep, ctx):
    if not is_first_pep(pep, ctx.policy):
        return
    entered, met = pep.child.date_entered_care, pep.meeting_date
    allowed = ctx.policy.get("timeliness.first_pep_working_days")
    closures = _closures(ctx)
    kind = "school" if ctx.policy.get("timeliness.first_pep_day_kind") == "school" else "working"
    n = D.working_days_between(entered, met, closures)
    if n <= allowed:
        return
    skipped = D.skipped_days(entered, met, closures)
    why = (f"; weekends, {', '.join(skipped[:-1])} and {skipped[-1]} are not counted" if len(skipped) > 1 else
           f"; weekends and {skipped[0]} are not counted" if skipped else "")
    last = D.add_working_days(entered, allowed, closures)
    yield Hit(f"{cap(child_name(pep))} entered care on {D.fmt(entered)} and this first PEP meeting was on {D.fmt(met)}: "
              f"{n} {kind} days later{why}. The first PEP is due within {allowed} {kind} days "
              f"(by {D.fmt(last)}).",
              field="meeting_date", evidence=f"Entered care: {D.fmt(entered)}; meeting: {D.fmt(met)}",
              suggestion=f"Record in the PEP why the first meeting was late and how {possessive(pep)} education was "
                         "supported in the meantime; if this is not the first PEP, record the previous targets and "
                         "their outcomes.")


@check(
    code="TL004", needs=('meeting',), name="next-pep-date", title="The date of the next PEP is missing or leaves a term without a PEP",
    severity="should-fix",
    rationale="""PEPs are reviewed every term, so the date of the next PEP is agreed at the meeting and recorded.
A next date two terms away leaves a term with no PEP. pepqa places dates in terms by the policy's term
start dates (timeliness.*_term_starts). No next date is needed after a Year 13 summer PEP.""",
    source="seeds/essex-virtual-school-guide.txt (Date of next PEP agreed and recorded on ePEP); "
           "seeds/coventry-pep-guidance.txt (PEPs every term, three times a year)",
    good="The next PEP date is recorded and falls in the next term, e.g. an autumn meeting sets a date in the spring term.",
    bad=[Example({"next_pep_date": None}, "no next PEP date"),
         Example({"next_pep_date": "2026-05-06"}, "autumn meeting, next PEP in the summer term: spring has none")],
    ok=[Example({"next_pep_date": "2026-01-21"}, "spring term"),
        Example({"next_pep_date": None, "child.year_group": 13, "term": "summer", "meeting_date": "2025-06-10",
                 "completed_date": "2025-06-12", "academic_year": "2024-25"}, "Year 13 summer: leaving education")],
)
def next_pep_date(pep, ctx):
    met, nxt = pep.meeting_date, pep.next_pep_date
    where = _pep_term(pep, ctx)
    if nxt is None:
        if not ctx.policy.get("timeliness.next_pep_required") or not pep.part_ok("meeting"):
            return
        if where and where[1] == "summer" and (pep.child.year_group or 0) >= 13:
            return
        hint = ""
        if where:
            following = D.TERMS[(D.TERMS.index(where[1]) + 1) % 3]
            hint = f" in the {following} term"
        yield Hit("No date is recorded for the next PEP meeting.", field="next_pep_date",
                  suggestion=f"Record the date of the next PEP{hint} in the plan, so everyone can plan for it.")
        return
    if met and nxt <= met:
        return  # TL005 reports a next date on or before the meeting
    if not where:
        return
    this = D.term_index(*where)
    ny, nt = D.term_of(nxt, D.term_starts(ctx.policy))
    gap = D.term_index(ny, nt) - this
    if gap > 1:
        missed = []
        y, t = where
        for _ in range(gap - 1):
            i = D.TERMS.index(t) + 1
            y, t = (y + 1, "autumn") if i == 3 else (y, D.TERMS[i])
            missed.append(D.term_label(y, t))
        yield Hit(f"The next PEP is set for {D.fmt(nxt)} ({D.term_label(ny, nt)}), which leaves the "
                  f"{' and the '.join(missed)} without a PEP.",
                  field="next_pep_date", evidence=f"Next PEP: {D.fmt(nxt)}",
                  suggestion=f"Bring the next PEP forward into the {missed[0]}: PEPs are held every term.")


@check(
    code="TL005", name="dates-inconsistent", title="The PEP's dates contradict each other or lie in the future",
    severity="should-fix",
    rationale="""The timeliness of a PEP is judged from its dates, so a meeting in the future, a PEP completed
before its meeting, or a next PEP set before this one means a date was mistyped (often day and month swapped)
or the PEP was submitted before the meeting took place.""",
    source="domain.md (Timeliness; Completeness: sections completed and signed off before/at the meeting)",
    good="Meeting date on or before today; completed on or after the meeting; the next PEP after this one.",
    bad=[Example({"meeting_date": "2025-11-12", "completed_date": None}, "meeting in the future (today 20 October 2025)"),
         Example({"completed_date": "2025-10-01"}, "completed before the meeting on 8 October"),
         Example({"next_pep_date": "2025-02-04"}, "next PEP before this one (year mistyped)")],
    ok=[Example({"completed_date": "2025-10-08"}, "completed on the day of the meeting")],
)
def dates_inconsistent(pep, ctx):
    met, done, nxt, today = pep.meeting_date, pep.completed_date, pep.next_pep_date, ctx.today
    if met and today and met > today:
        yield Hit(f"The meeting date, {D.fmt(met)}, is in the future (today is {D.fmt(today)}).", field="meeting_date",
                  evidence=f"Meeting: {D.fmt(met)}",
                  suggestion="Check the meeting date (day and month swapped?); a PEP is quality-assured after its meeting.")
    if done and today and done > today:
        yield Hit(f"The completion date, {D.fmt(done)}, is in the future (today is {D.fmt(today)}).",
                  field="completed_date", evidence=f"Completed: {D.fmt(done)}",
                  suggestion="Record the date the PEP was actually completed.")
    if met and done and done < met:
        yield Hit(f"The PEP is recorded as completed on {D.fmt(done)}, before its meeting on {D.fmt(met)}.",
                  field="completed_date", evidence=f"Meeting: {D.fmt(met)}; completed: {D.fmt(done)}",
                  suggestion="Correct the date, or finish the PEP after the meeting so it records what was agreed there.")
    if met and nxt and nxt <= met:
        yield Hit(f"The next PEP date, {D.fmt(nxt)}, is not after this meeting on {D.fmt(met)}.",
                  field="next_pep_date", evidence=f"Next PEP: {D.fmt(nxt)}",
                  suggestion="Record the date agreed for next term's PEP (check the year was typed correctly).")


@check(
    code="TL006", needs=('meeting',), name="meeting-date-missing", title="The date of the PEP meeting is not recorded",
    severity="should-fix",
    rationale="""Every timeliness judgement (termly PEP, completed within 3 weeks, first PEP within 10 working
days) starts from the meeting date; without it the PEP cannot be shown to be this term's.""",
    source="domain.md (Meeting record; Timeliness)",
    good="The meeting record gives the date the PEP meeting was held.",
    bad=[Example({"meeting_date": None})],
    ok=[Example({"meeting_date": None, "parts.meeting": False}, "meeting details not found: RD001 reports it")],
)
def meeting_date_missing(pep, ctx):
    if pep.meeting_date is None and pep.part_ok("meeting"):
        yield Hit("The date of the PEP meeting is not recorded, so the PEP's timeliness cannot be checked.",
                  field="meeting_date", suggestion="Record the date the PEP meeting was held.")
