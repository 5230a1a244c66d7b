"""TL, CP, AT, SN, AS: the statutory and completeness checks of a QA officer's first read.

TL timeliness (termly deadline, submitted within N days, first PEP within 10 working days, next PEP
date, dates that contradict each other); CP completeness (sections signed, attendees, how the child's
views were gathered, attainment, attendance, previous targets); AT attendance and inclusion
(attendance below 95% / persistent absence, suspensions and exclusions, part-time timetables and
alternative provision); SN SEN and wellbeing (SENCo, SEN details, PP+ paying for EHCP provision, SDQ);
AS aspirations and transition.

Rules of the house for this module:
- Only a part the reader located is judged: where ``pep.parts[key] is False`` RD001 already says the part
  was not found, so nothing here reports it again.
- Every number and date in a rule comes from the policy (``[timeliness]``, ``[attendance]``,
  ``[wellbeing]``, ``[sections]``), every phrase list from ``data/vocab/statutory.toml``.
- The first PEP rule (TL003, CP006) is transparent: a PEP is the child's first when the child entered
  care on or before the meeting, at most ``timeliness.first_pep_lookback_days`` (91) days before it,
  and no previous targets are recorded.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ..findings import Severity
from ..model import PEP, Role, SENStatus
from . import dates as D
from .registry import Example, Hit, check

# -- helpers ------------------------------------------------------------------------------------


def _rx(ctx, list_name: str) -> re.Pattern:
    """A whole-word, case-insensitive regex for a vocabulary list (longest phrase first)."""
    key = ("statutory-rx", list_name)
    if key not in ctx.cache:
        words = sorted({str(w).lower() for w in ctx.vocab("statutory")[list_name]}, key=len, reverse=True)
        alts = "|".join(re.escape(w) for w in words if w)
        ctx.cache[key] = re.compile(rf"(?<![\w])(?:{alts})(?![\w])", re.I) if alts else re.compile(r"(?!x)x")
    return ctx.cache[key]


def _find(ctx, list_name: str, *texts: Optional[str]) -> Optional[str]:
    """The first phrase of ``list_name`` found in any of ``texts``, as written."""
    rx = _rx(ctx, list_name)
    for t in texts:
        if t:
            m = rx.search(t)
            if m:
                return m.group(0)
    return None


def _blank(ctx, text: Optional[str]) -> bool:
    """No answer: None, whitespace, or an answer that means empty ('N/A', 'none', 'TBC')."""
    if text is None or not text.strip():
        return True
    t = text.strip().lower()
    empties = {str(w).lower() for w in ctx.vocab("statutory")["empty_answers"]}
    return t in empties or t.rstrip(".") in empties or not re.search(r"\w", t)


def _located(pep: PEP, part: str) -> bool:
    """False only when the reader looked for the part and did not find it (RD001 reports that)."""
    return pep.part_ok(part)


def _name(pep: PEP) -> str:
    return pep.child.first_name or "the child"


def _possessive(pep: PEP) -> str:
    n = pep.child.first_name
    return f"{n}'s" if n else "the child's"


def _their(pep: PEP) -> str:
    """her / his / their, from the recorded gender (their when not stated)."""
    g = (pep.child.gender or "").strip().lower()
    return "her" if g[:1] == "f" or g == "girl" else "his" if g[:1] == "m" or g == "boy" else "their"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _year_label(y: Optional[int]) -> str:
    if y is None:
        return "an unknown year group"
    return {-1: "Nursery", 0: "Reception"}.get(y, f"Year {y}")


def _quote(text: Optional[str], limit: int = 90) -> str:
    t = " ".join((text or "").split())
    return f"'{t}'" if len(t) <= limit else f"'{t[:limit].rsplit(' ', 1)[0]}…'"


def _pct(x: float) -> str:
    return f"{x:g}%"


def _target_texts(pep: PEP) -> list[str]:
    out = []
    for t in pep.targets:
        out += [t.area or "", t.text or "", t.actions or "", t.success_criteria or ""]
    return out


def _spend_texts(pep: PEP) -> list[str]:
    return [(s.description or "") + " " + (s.intended_impact or "") for s in pep.pp_spend]


def _closures(ctx) -> list:
    if ctx.policy.get("timeliness.first_pep_day_kind") == "school":
        return D.parse_closures(ctx.policy.get("timeliness.school_closures"))
    return []


def is_first_pep(pep: PEP, policy) -> bool:
    """The documented first-PEP rule (see the module docstring)."""
    entered, met = pep.child.date_entered_care, pep.meeting_date
    if not entered or not met or pep.previous_targets:
        return False
    return 0 <= (met - entered).days <= policy.get("timeliness.first_pep_lookback_days")


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
            names = ", ".join(_year_label(y) for y in early[:-1]) + " and " + _year_label(early[-1]) if len(early) > 1 \
                else _year_label(early[0])
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
    yl = _year_label(pep.child.year_group)
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
    yield Hit(f"{_cap(_name(pep))} entered care on {D.fmt(entered)} and this first PEP meeting was on {D.fmt(met)}: "
              f"{n} {kind} days later{why}. The first PEP is due within {allowed} {kind} days "
              f"(by {D.fmt(last)}).",
              field="meeting_date", evidence=f"Entered care: {D.fmt(entered)}; meeting: {D.fmt(met)}",
              suggestion=f"Record in the PEP why the first meeting was late and how {_possessive(pep)} education was "
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
        if not ctx.policy.get("timeliness.next_pep_required") or not _located(pep, "meeting"):
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
    if pep.meeting_date is None and _located(pep, "meeting"):
        yield Hit("The date of the PEP meeting is not recorded, so the PEP's timeliness cannot be checked.",
                  field="meeting_date", suggestion="Record the date the PEP meeting was held.")


# == CP: completeness ===========================================================================

SECTION_NAMES = {
    "social_worker": "social worker section", "designated_teacher": "designated teacher section",
    "pupil_voice": "pupil voice section", "virtual_school": "Virtual School section (e.g. RONI)",
    "qa": "quality assurance sign-off",
}
SECTION_SIGNER = {
    "social_worker": "the social worker", "designated_teacher": "the designated teacher",
    "pupil_voice": "whoever helped the child complete it", "virtual_school": "the Virtual School",
    "qa": "the Virtual School",
}


def _sections_expected(pep, ctx) -> list[str]:
    keys = ["social_worker", "designated_teacher", "pupil_voice"]
    y = pep.child.year_group
    if y is not None and ctx.policy.get("sections.require_virtual_school_from_year") <= y <= \
            ctx.policy.get("sections.require_virtual_school_to_year"):
        keys.append("virtual_school")
    return keys + ["qa"]


@check(
    code="CP001", name="section-not-signed-off", title="A section of the PEP is not completed or signed off",
    severity="must-fix",
    rationale="""Each section belongs to someone: the social worker, the designated teacher, the child's views,
the Virtual School (RONI for KS3/KS4) and the Virtual School's quality assurance. A section marked incomplete
means the PEP is not finished (must-fix); a section without a name and date shows nobody has taken
responsibility for it (should-fix). The Virtual School's own sections (RONI, QA sign-off) are signed by the
Virtual School after the PEP is submitted (Walsall, Section E), so they are never asked of the school: an open one
is a note for the officer. A "views recorded by" line counts as the pupil voice's sign-off, and a layout with no
sign-off table at all (a meeting record) is not asked for one. The Virtual School section is expected for policy
sections.require_virtual_school_from_year..to_year.""",
    source="seeds/walsall-pep-handbook.txt (The ePEP, Sections A-E: sign off each section); "
           "seeds/coventry-pep-guidance.txt (Sections A and B fully completed before the meeting)",
    good="Every section is marked complete with the name of the person who signed it off and the date.",
    bad=[Example({"sections.designated_teacher.completed": False}, "designated teacher section incomplete"),
         Example({"sections.social_worker.signed_by": None}, "social worker section not signed"),
         Example({"sections.virtual_school": {}}, "Year 9: the Virtual School section is expected, nothing recorded")],
    ok=[Example({"sections.virtual_school": {}, "child.year_group": 5, "child.key_stage": "KS2",
                 "child.phase": "primary"}, "Year 5: no Virtual School section expected"),
        Example({"sections.designated_teacher.signed_by": None, "parts.designated_teacher": False},
                "section not found: RD001 reports it")],
)
def section_not_signed_off(pep, ctx):
    for key in _sections_expected(pep, ctx):
        if not _located(pep, key):
            continue
        sec = pep.sections.get(key)
        label = SECTION_NAMES[key]
        field = f"sections.{key}"
        if key in ("qa", "virtual_school"):
            # The Virtual School signs its own sections after the PEP is submitted (Walsall handbook, Section E):
            # never asked of the school; the officer sees what is still open.
            if sec is None or sec.completed is False or not (sec.signed_by and sec.signed_date):
                yield Hit(f"The {label} is still open: the Virtual School signs it after the PEP is submitted.",
                          field=field, suggestion=f"Complete the {label} when the PEP has been quality-assured.",
                          section="sections", severity=Severity.advice, audience="officer",
                          evidence="Completed: No" if sec is not None and sec.completed is False else None)
            continue
        qa = False
        if sec is None and key == "pupil_voice" and pep.pupil_voice.captured_by:
            continue  # "Views recorded by: ..." is the pupil voice's sign-off in this layout
        if sec is None and not any(pep.sections.get(k) for k in ("social_worker", "designated_teacher",
                                                                   "pupil_voice")):
            continue  # the layout has no sign-off table at all (e.g. a meeting record): nothing to ask
        if sec is None:
            yield Hit(f"No sign-off is recorded for the {label}.", field=field, section="sections",
                      severity=Severity.advice if qa else Severity.should_fix,
                      suggestion=f"{_cap(SECTION_SIGNER[key])} completes the {label} and signs it off with name and date.")
            continue
        if sec.completed is False:
            yield Hit(f"The {label} is marked as not completed.", field=field, section="sections",
                      severity=Severity.advice if qa else None, evidence="Completed: No",
                      suggestion=f"{_cap(SECTION_SIGNER[key])} completes the {label} and signs it off before "
                                 "the PEP is submitted.")
            continue
        missing = [w for w, v in (("name", sec.signed_by), ("date", sec.signed_date)) if not v]
        if missing:
            what = " or ".join(missing)
            by = f" (signed by {sec.signed_by}, no date)" if sec.signed_by else ""
            yield Hit(f"The {label} has no sign-off {what}{by}.", field=field, section="sections",
                      severity=Severity.advice if qa else Severity.should_fix,
                      suggestion=f"{_cap(SECTION_SIGNER[key])} adds their name and the date they signed off the {label}.")


@check(
    code="CP002", needs=('attendees',), name="attendees-missing-roles", title="Key people are missing from the attendees",
    severity="should-fix",
    rationale="""The PEP meeting brings together the adults who support the child: the social worker (who
leads on the care plan), the designated teacher, and the carer or parent. Each should be recorded as present
or as having sent apologies and a contribution. For post-16 and early years settings the designated teacher
is not required (the most appropriate person from the setting attends).""",
    source="seeds/coventry-pep-guidance.txt (Who attends?); seeds/walsall-pep-handbook.txt (Who needs to attend the PEP meeting?)",
    good="The attendees list names the social worker, the designated teacher and the carer, with their roles.",
    bad=[Example({"attendees[3]": {"name": "Lorraine Bell", "role": "other", "role_text": "Teaching assistant",
                                   "attended": True}}, "no carer"),
         Example({"attendees": []}, "nobody recorded")],
    ok=[Example({"attendees[1].attended": False}, "social worker sent apologies: recorded"),
        Example({"attendees": [], "parts.attendees": False}, "attendees not found: RD001 reports it")],
)
def attendees_missing_roles(pep, ctx):
    if not _located(pep, "attendees"):
        return
    if not pep.attendees:
        yield Hit("No attendees are recorded for the PEP meeting.", field="attendees",
                  suggestion="List who attended (and who sent apologies) with their roles: the social worker, the "
                             "designated teacher, the carer and the child.")
        return
    roles = {a.role for a in pep.attendees}
    need = [("a social worker", {Role.social_worker}), ("a carer or parent", {Role.carer, Role.parent})]
    y = pep.child.year_group
    post16 = (y is not None and y >= 12) or (pep.school.type and pep.school.type.value in ("post16_provider", "early_years_setting"))
    if not post16 and not (y is not None and y < 0):
        need.insert(1, ("the designated teacher", {Role.designated_teacher}))
    missing = [label for label, want in need if not roles & want]
    if missing:
        listed = "; ".join(f"{a.name or '(no name)'} ({a.role_text or a.role.value.replace('_', ' ')})" for a in pep.attendees)
        yield Hit(f"The attendees do not include {' or '.join(missing)}.", field="attendees", evidence=listed,
                  suggestion=f"Invite {' and '.join(missing)} to the PEP meeting; if they cannot come, record them as "
                             "sending apologies and include their written contribution.")


# CP003 (child absent, no record of how views were gathered) was folded into PV005; the code is retired.


@check(
    code="CP004", needs=('attainment',), name="attainment-missing", title="No attainment or progress data is recorded",
    severity="should-fix",
    rationale="""Targets and PP+ spend must rest on where the child is now: current attainment against what is
expected, and the progress made. A PEP without attainment data cannot show that targets are aimed at the
child's real needs.""",
    source="seeds/walsall-pep-handbook.txt (Section B: previous and current attainment and progress data); "
           "seeds/coventry-pep-guidance.txt (What should a good PEP cover? Information about academic attainment and progress)",
    good="A table of current attainment (e.g. 'English: Grade 4, expected Grade 5, on track') for at least English and maths.",
    bad=[Example({"attainment": []})],
    ok=[Example({"attainment": [], "parts.attainment": False}, "attainment not found: RD001 reports it")],
)
def attainment_missing(pep, ctx):
    if _located(pep, "attainment") and not pep.attainment:
        yield Hit("No attainment or progress data is recorded.", field="attainment",
                  suggestion=f"Add {_possessive(pep)} current attainment and expected outcome for English, maths and "
                             "other subjects, with a progress judgement for each (e.g. 'Maths: working at Grade 3, "
                             "expected Grade 5, below expected').")


@check(
    code="CP005", needs=('attendance',), name="attendance-not-recorded", title="The child's attendance is not recorded",
    severity="should-fix",
    rationale="""Attendance is monitored for every child in care and challenged below 95%; the PEP records the
current percentage so the meeting can act on it.""",
    source="seeds/essex-virtual-school-guide.txt (Attendance; At a glance: Attendance/exclusion/Education arrangements)",
    good="The current attendance percentage for this academic year, e.g. 'Attendance: 96.4% (to 3 October)'.",
    bad=[Example({"attendance_percent": None})],
    ok=[Example({"attendance_percent": None, "parts.attendance": False}, "attendance section not found: RD001 reports it")],
)
def attendance_not_recorded(pep, ctx):
    if _located(pep, "attendance") and pep.attendance_percent is None:
        yield Hit("No attendance percentage is recorded.", field="attendance_percent", section="attendance",
                  suggestion=f"Record {_possessive(pep)} attendance so far this year as a percentage, with the date "
                             "it runs to.")


@check(
    code="CP006", needs=('previous_targets',), name="previous-targets-missing", title="The previous PEP's targets are not reviewed",
    severity="should-fix",
    rationale="""Each PEP reviews the targets set at the last one, with their outcomes, so the plan builds on
what worked. Only a child's first PEP has no previous targets; pepqa treats a PEP as the first when the child
entered care within timeliness.first_pep_lookback_days (91) days before the meeting.""",
    source="seeds/walsall-pep-handbook.txt (Previous targets must be reviewed and include comments on outcomes)",
    good="Each of last term's targets is listed with its outcome and evidence (achieved, partly achieved, not achieved).",
    bad=[Example({"previous_targets": []})],
    ok=[Example({"previous_targets": [], "child.date_entered_care": "2025-09-29"}, "first PEP: entered care 29 Sept"),
        Example({"previous_targets": [], "parts.previous_targets": False}, "not found: RD001 reports it")],
)
def previous_targets_missing(pep, ctx):
    if not _located(pep, "previous_targets") or pep.previous_targets or is_first_pep(pep, ctx.policy):
        return
    first = ("" if pep.child.date_entered_care else
             f" If this is {_possessive(pep)} first PEP, record the date {_name(pep)} entered care.")
    yield Hit("The PEP does not review the targets set at the previous PEP.", field="previous_targets",
              suggestion="List last term's targets with the outcome and evidence for each (achieved, partly achieved, "
                         "not achieved and why)." + first)


@check(
    code="CP007", name="social-worker-section-after-meeting", title="The social worker section was signed after the meeting",
    severity="advice",
    rationale="""The social worker section (care plan, recent changes, who may collect the child) informs the
discussion, so it is completed and signed off before the PEP meeting.""",
    source="seeds/walsall-pep-handbook.txt (Section A: social workers must complete and sign off this section prior to "
           "the PEP meeting); seeds/coventry-pep-guidance.txt (Sections A and B completed before the meeting)",
    good="The social worker signs off their section before the meeting date.",
    bad=[Example({"sections.social_worker.signed_date": "2025-10-13"}, "signed 5 days after the meeting")],
    ok=[Example({"sections.social_worker.signed_date": "2025-10-08"}, "signed on the day of the meeting")],
)
def social_worker_section_after_meeting(pep, ctx):
    sec = pep.sections.get("social_worker")
    if not sec or not sec.signed_date or not pep.meeting_date or not _located(pep, "social_worker"):
        return
    if sec.signed_date > pep.meeting_date:
        yield Hit(f"The social worker section was signed off on {D.fmt(sec.signed_date)}, after the meeting on "
                  f"{D.fmt(pep.meeting_date)}.", field="sections.social_worker", section="sections",
                  evidence=f"Signed: {sec.signed_by or '(no name)'}, {D.fmt(sec.signed_date)}",
                  suggestion="Ask the social worker to complete their section before the next PEP meeting so the "
                             "meeting can use it.")


# == AT: attendance and inclusion ================================================================


@check(
    code="AT001", needs=('attendance', 'targets'), name="attendance-below-expected", title="Attendance is below 95% and no target or action addresses it",
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
    if _find(ctx, "attendance", *_target_texts(pep), pep.wellbeing, *_spend_texts(pep)):
        return
    n = _cap(_name(pep))
    if pct <= pa:
        msg = (f"Attendance is {_pct(pct)}: that is persistent absence ({_pct(pa)} or below), and no target, action "
               "or wellbeing plan in the PEP says how it will be improved.")
        sev = Severity.must_fix
    else:
        msg = (f"Attendance is {_pct(pct)}, below the {_pct(below)} expected, and no target or action in the PEP "
               "addresses it.")
        sev = None
    aim = min(below, round(pct + 5))
    yield Hit(msg, field="attendance_percent", section="attendance", evidence=f"Attendance: {_pct(pct)}", severity=sev,
              suggestion=f"Add an attendance target with the support behind it, e.g. '{n}'s attendance to rise from "
                         f"{_pct(pct)} to {_pct(aim)} by the next PEP: daily morning check-in with a key adult; carer "
                         "and school review it weekly.' Say what is behind the absence if it is known.")


def _exclusion_kind(kind: str) -> str:
    k = (kind or "").lower()
    if "perm" in k or "expel" in k or k.strip() in ("pex", "pe"):
        return "permanent"
    if "intern" in k or "isolat" in k or "inclusion room" in k:
        return "internal"
    return "suspension"


@check(
    code="AT002", name="exclusion-without-support", title="A suspension or exclusion is recorded without the support planned",
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
                "support planned")],
)
def exclusion_without_support(pep, ctx):
    for i, ex in enumerate(pep.exclusions):
        kind = _exclusion_kind(ex.kind)
        bits = [D.fmt(ex.date) if ex.date else "date not recorded"]
        if ex.days:
            bits.append(f"{ex.days:g} day{'s' if ex.days != 1 else ''}")
        if ex.reason:
            bits.append(_quote(ex.reason, 60))
        desc = ", ".join(bits)
        no_support = _blank(ctx, ex.support)
        field = f"exclusions[{i}]"
        if kind == "permanent":
            if no_support:
                yield Hit(f"A permanent exclusion is recorded ({desc}) with no plan for {_possessive(pep)} education from here.",
                          field=field, section="attendance", item=i + 1, severity=Severity.must_fix,
                          evidence=f"Permanent exclusion: {desc}",
                          suggestion=f"Record the plan: where {_name(pep)} will be taught and from when, the support for the "
                                     "move, and the Virtual School's involvement. Schools must consult the Virtual School "
                                     "and avoid permanently excluding a child in care wherever possible.")
            else:
                yield Hit(f"A permanent exclusion is recorded ({desc}). Permanent exclusion of a child in care should "
                          "be avoided, so the Virtual School needs to know about it.",
                          field=field, section="attendance", item=i + 1, evidence=f"Support: {_quote(ex.support)}",
                          suggestion="Confirm in the PEP that the Virtual School was consulted and what it agreed, "
                                     "alongside the plan already recorded.")
        elif no_support:
            what = "internal exclusion" if kind == "internal" else "suspension"
            yield Hit(f"A {what} is recorded ({desc}) without the support planned to prevent another.",
                      field=field, section="attendance", item=i + 1,
                      severity=Severity.advice if kind == "internal" else None,
                      evidence=f"{_cap(what)}: {desc}",
                      suggestion=f"Record what the school will do differently to support {_name(pep)} (e.g. a key adult, "
                                 "a reintegration meeting with the social worker, a time-out card, a referral), and who "
                                 "does it.")


@check(
    code="AT003", name="provision-review-date", title="A part-time timetable or alternative provision has no review within a half term",
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
    ap = None if _blank(ctx, pep.alternative_provision) else pep.alternative_provision
    if not pep.part_time_timetable and not ap:
        return
    what = " and ".join(x for x in ("a part-time timetable" if pep.part_time_timetable else "",
                                    f"alternative provision ({_quote(ap, 70)})" if ap else "") if x)
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


# == SN: SEN and wellbeing ======================================================================

_SEN_LABEL = {SENStatus.sen_support: "SEN support", SENStatus.ehcp: "an EHCP"}


def _senco_involved(pep, ctx) -> bool:
    for a in pep.attendees:
        if a.role == Role.senco or _find(ctx, "senco_roles", a.role_text):
            return True
    return False


@check(
    code="SN001", needs=('attendees', 'sen'), name="senco-not-involved", title="A child with SEN has no SENCo involved in the PEP",
    severity="should-fix",
    rationale="""When a child has special educational needs, the SENCo (or whoever leads SEND) is invited to the
PEP so that the PEP and the SEN support or EHCP work together. pepqa looks for an attendee with the SENCo role
or a role written as e.g. 'SENDCo' or 'Inclusion lead' (vocab statutory.senco_roles).""",
    source="seeds/walsall-pep-handbook.txt (Who needs to attend: the SENCo if the child has any SEN needs); "
           "seeds/coventry-pep-guidance.txt (Who attends? relevant professionals such as SEND staff)",
    good="The SENCo attends, or sends a written contribution and is recorded with apologies.",
    bad=[Example({"sen_status": "ehcp", "sen_details": "EHCP for communication and interaction (autism); 1:1 TA support 15 hours a week."},
                 "EHCP, no SENCo")],
    ok=[Example({"sen_status": "sen_support", "sen_details": "SEN support for dyslexia: small-group phonics three times a week.",
                 "attendees[3]": {"name": "Ruth Kay", "role": "other", "role_text": "SENDCo", "attended": False}},
                "SENDCo sent apologies")],
)
def senco_not_involved(pep, ctx):
    if pep.sen_status not in _SEN_LABEL or not _located(pep, "attendees") or _senco_involved(pep, ctx):
        return
    yield Hit(f"{_cap(_name(pep))} has {_SEN_LABEL[pep.sen_status]}, but no SENCo is recorded among the attendees.",
              field="attendees", evidence=f"SEN status: {_SEN_LABEL[pep.sen_status]}",
              suggestion="Invite the SENCo to the PEP; if they cannot attend, record their written contribution on "
                         f"{_possessive(pep)} needs and provision and list them as sending apologies.")


@check(
    code="SN002", needs=('sen',), name="sen-details-missing", title="SEN support or an EHCP is recorded without the needs and provision",
    severity="should-fix",
    rationale="""Recording 'SEN support' or 'EHCP' alone does not tell the reader what the child's needs are or
what is in place. The PEP's targets and PP+ spend must fit around the SEN provision, so the needs and the
provision are written down.""",
    source="seeds/walsall-pep-handbook.txt (Section B: information on SEN); "
           "seeds/essex-virtual-school-guide.txt (At a glance: SEND needs, additional support receiving)",
    good="'EHCP (communication and interaction). Provision: speech and language therapy fortnightly; 1:1 TA 15 hours a "
         "week; annual review due March 2026.'",
    bad=[Example({"sen_status": "sen_support", "sen_details": None,
                  "attendees[3]": {"name": "Ruth Kay", "role": "senco", "role_text": "SENCo", "attended": True}})],
    ok=[Example({"sen_status": "sen_support", "sen_details": "Dyslexia: small-group phonics 3 x 20 minutes a week.",
                 "attendees[3]": {"name": "Ruth Kay", "role": "senco", "role_text": "SENCo", "attended": True}})],
)
def sen_details_missing(pep, ctx):
    if pep.sen_status in _SEN_LABEL and _located(pep, "sen") and _blank(ctx, pep.sen_details):
        yield Hit(f"{_cap(_name(pep))} is recorded as having {_SEN_LABEL[pep.sen_status]}, but the PEP does not say "
                  "what the needs are or what provision is in place.", field="sen_details", section="sen",
                  evidence=f"SEN status: {_SEN_LABEL[pep.sen_status]}",
                  suggestion=f"Describe {_possessive(pep)} main area of need and the provision in place (what, how often, "
                             "who), and the date of the next SEN or EHCP review.")


@check(
    code="SN003", name="pp-plus-duplicates-ehcp", title="PP+ pays for provision the EHCP already names",
    severity="should-fix",
    rationale="""PP+ is for additional support; it must not pay for statutory SEND provision, which the EHCP and the
high-needs budget already fund. pepqa flags a spend line that names the same provision (e.g. 'speech and language
therapy', '1:1 TA') as the EHCP details, from the list statutory.ehcp_provision. The PP+ spend checks (PP)
separately flag spend that names the EHCP itself.""",
    source="domain.md 4 (Not fundable from PP+: anything the school or the LA must provide anyway, statutory SEND provision); "
           "seeds/coventry-virtual-school-pages.txt (PP+ for additional support; the school delivers education)",
    good="PP+ adds to what the EHCP provides, and the spend line says how: 'an extra weekly speech and language "
         "session on top of the EHCP's fortnightly therapy'.",
    bad=[Example({"sen_status": "ehcp",
                  "sen_details": "EHCP for speech, language and communication: speech and language therapy fortnightly.",
                  "attendees[3]": {"name": "Ruth Kay", "role": "senco", "role_text": "SENCo", "attended": True},
                  "pp_spend[1].description": "Speech and language therapy, fortnightly for 10 weeks"})],
    ok=[Example({"sen_status": "ehcp",
                 "sen_details": "EHCP for speech, language and communication: speech and language therapy fortnightly.",
                 "attendees[3]": {"name": "Ruth Kay", "role": "senco", "role_text": "SENCo", "attended": True}},
                "spend on maths tuition and a writing mentor: not in the EHCP")],
)
def pp_plus_duplicates_ehcp(pep, ctx):
    if pep.sen_status != SENStatus.ehcp or _blank(ctx, pep.sen_details):
        return
    rx = _rx(ctx, "ehcp_provision")
    in_plan = {m.group(0).lower() for m in rx.finditer(pep.sen_details)}
    if not in_plan:
        return
    for i, line in enumerate(pep.pp_spend):
        same = [m for m in rx.finditer(line.description or "") if m.group(0).lower() in in_plan]
        if not same:
            continue
        m = same[0]
        yield Hit(f"Spend line {line.number or i + 1} pays for {_quote(m.group(0))}, which {_possessive(pep)} EHCP "
                  f"details already name ({_quote(pep.sen_details, 80)}).",
                  field=f"pp_spend[{i}].description", item=line.number or i + 1, evidence=line.description,
                  span=(m.start(), m.end()),
                  suggestion="PP+ must not pay for provision the EHCP funds. If this is extra to the plan, say how (e.g. "
                             "'one extra session a week beyond the EHCP's fortnightly therapy'); otherwise fund it from "
                             "the EHCP and use PP+ for a different target.")


@check(
    code="SN004", needs=('targets',), name="sdq-without-strategies", title="A high SDQ score has no wellbeing strategies in the PEP",
    severity="should-fix",
    rationale="""A Strengths and Difficulties Questionnaire total above the policy threshold
(wellbeing.sdq_concern_above, default 17) signals emotional or behavioural difficulties that the PEP should
respond to, with strategies in the wellbeing section or a wellbeing target. pepqa looks for strategies
(vocab statutory.wellbeing_strategies) in the wellbeing section, targets and PP+ spend, and for a target whose
area is wellbeing (statutory.wellbeing_areas).""",
    source="seeds/walsall-pep-handbook.txt (wellbeing target example: C's SDQ scores at school and home); "
           "seeds/essex-virtual-school-guide.txt (Emotional wellbeing considered; social, emotional and mental health)",
    good="'SDQ 21 (September): Maya sees the school counsellor weekly and has a time-out card; target 3 builds her "
         "confidence to speak in class.'",
    bad=[Example({"sdq_score": 21, "wellbeing": "Maya is settled.", "targets[2].area": "Maths",
                  "targets[2].actions": "Teacher to pre-warn Maya of the question."}, "SDQ 21, nothing planned")],
    ok=[Example({"sdq_score": 21}, "counsellor fortnightly (wellbeing) and a wellbeing target"),
        Example({"sdq_score": 17, "wellbeing": "Maya is settled."}, "17 is not above 17")],
)
def sdq_without_strategies(pep, ctx):
    score, limit = pep.sdq_score, ctx.policy.get("wellbeing.sdq_concern_above")
    if score is None or score <= limit:
        return
    if _find(ctx, "wellbeing_strategies", pep.wellbeing, *_target_texts(pep), *_spend_texts(pep)):
        return
    if any(_find(ctx, "wellbeing_areas", t.area) for t in pep.targets):
        return
    yield Hit(f"{_cap(_possessive(pep))} SDQ score is "
              f"{score}, above the {limit} that signals concern, and the PEP does not say what is being done to support "
              f"{_their(pep)} emotional wellbeing.", field="sdq_score", section="sen", evidence=f"SDQ: {score}"
              + (f"; wellbeing: {_quote(pep.wellbeing, 80)}" if pep.wellbeing else ""),
              suggestion="Record the strategies in place (e.g. a key adult, ELSA or counselling sessions, a referral to "
                         "CAMHS) in the wellbeing section, or set a wellbeing target with who does what and how often.")


# == AS: aspirations and transition ==============================================================


@check(
    code="AS001", needs=('aspirations',), name="aspirations-missing", title="No aspirations or careers plans are recorded",
    severity="should-fix",
    rationale="""The PEP records the child's long- and short-term aspirations, and from Year 8 (policy
sections.aspirations_from_year) these shape options, careers education and post-16 plans.""",
    source="seeds/walsall-pep-handbook.txt (What are the pupil's long and short term aspirations; Section B: careers); "
           "seeds/essex-virtual-school-guide.txt (Talking to the child about their ambitions and career aspirations)",
    good="'Maya wants to be a vet; she will attend the Year 9 careers fair and a taster day at the college's animal care course.'",
    bad=[Example({"aspirations": None}), Example({"aspirations": "N/A"})],
    ok=[Example({"aspirations": None, "child.year_group": 6, "child.key_stage": "KS2", "child.phase": "primary",
                 "transition": "Secondary school application for Oakfield High submitted; transition visits in June."},
                "Year 6: not yet expected"),
        Example({"aspirations": None, "parts.aspirations": False}, "not found: RD001 reports it")],
)
def aspirations_missing(pep, ctx):
    y = pep.child.year_group
    if y is None or y < ctx.policy.get("sections.aspirations_from_year") or not _located(pep, "aspirations"):
        return
    if _blank(ctx, pep.aspirations):
        ev = f"Aspirations: {_quote(pep.aspirations)}" if pep.aspirations else None
        yield Hit(f"No aspirations or careers plans are recorded for {_name(pep)} ({_year_label(y)}).",
                  field="aspirations", evidence=ev,
                  suggestion=f"Record what {_name(pep)} hopes to do (in {_their(pep)} own words if possible) and the next careers "
                             "step: a careers conversation, a taster day, options or post-16 choices.")


@check(
    code="AS002", name="transition-plan-missing", title="No transition plan at a key stage of change",
    severity="should-fix",
    rationale="""Moves between settings are hard for children in care, so a transition plan is expected at the
year groups in policy sections.transition_year_groups (default Reception, Year 6, Year 7, Year 11 and Year 12).
pepqa accepts any text in the transition box, or transition words (vocab statutory.transition) in the
aspirations or targets.""",
    source="seeds/walsall-pep-handbook.txt (Section B: transition; transition example: key worker identified and "
           "transition work completed); seeds/coventry-virtual-school-pages.txt (supporting transitions between schools, "
           "key stages and into post-16)",
    good="'Year 11: applying to Riverside College for Level 2 animal care (interview in February); careers adviser "
         "meeting booked; post-16 bursary explained.'",
    bad=[Example({"child.year_group": 11, "child.key_stage": "KS4",
                  "aspirations": "Maya wants to be a vet."}, "Year 11, nothing on what comes next")],
    ok=[Example({"child.year_group": 11, "child.key_stage": "KS4"},
                "Year 11 aspirations mention a taster day at the college"),
        Example({"child.year_group": 6, "child.key_stage": "KS2", "child.phase": "primary",
                 "transition": "Visits to Oakfield High booked for June with her key adult."}, "Year 6 with a plan")],
)
def transition_plan_missing(pep, ctx):
    y = pep.child.year_group
    if y is None or y not in ctx.policy.get("sections.transition_year_groups"):
        return
    if not _blank(ctx, pep.transition):
        return
    if _find(ctx, "transition", pep.aspirations, *_target_texts(pep)):
        return
    nxt = {0: "into Year 1", 6: "to secondary school", 7: "into secondary school", 11: "to post-16 education or training",
           12: "through post-16 and beyond"}.get(y, "to the next stage")
    yield Hit(f"{_cap(_name(pep))} is in {_year_label(y)}, but the PEP has no plan for the move {nxt}.",
              field="transition", section="transition",
              suggestion="Record the transition plan: visits, who the key adult will be, information shared with the "
                         "next setting, and dates (e.g. applications, taster days, induction).")


@check(
    code="AS003", needs=('aspirations',), name="careers-step-missing", title="Aspirations are recorded without a concrete careers step",
    severity="advice",
    rationale="""From Year 10 (policy sections.careers_steps_from_year) an aspiration needs a next step towards it:
careers guidance, a taster day, work experience or a college application. pepqa looks for such steps (vocab
statutory.careers_steps) in the aspirations, transition and targets.""",
    source="seeds/coventry-virtual-school-pages.txt (PP+ examples: support for post-16 transition planning and careers "
           "education); seeds/walsall-pep-handbook.txt (Section B: careers)",
    good="'Maya wants to be a vet: careers adviser meeting on 12 November; taster day at the college's animal care course.'",
    bad=[Example({"child.year_group": 10, "child.key_stage": "KS4", "aspirations": "Maya wants to be a vet."})],
    ok=[Example({"child.year_group": 10, "child.key_stage": "KS4"}, "taster day at the college")],
)
def careers_step_missing(pep, ctx):
    y = pep.child.year_group
    if y is None or y < ctx.policy.get("sections.careers_steps_from_year") or _blank(ctx, pep.aspirations):
        return
    if _find(ctx, "careers_steps", pep.aspirations, pep.transition, *_target_texts(pep)):
        return
    yield Hit(f"{_cap(_name(pep))}'s aspiration is recorded ({_quote(pep.aspirations, 80)}), but no next step towards "
              "it is planned." if pep.child.first_name else
              f"The aspiration is recorded ({_quote(pep.aspirations, 80)}), but no next step towards it is planned.",
              field="aspirations", evidence=pep.aspirations,
              suggestion="Add one concrete step with a date: a careers adviser meeting, a taster day, work experience, "
                         "or researching the college course that leads there.")
