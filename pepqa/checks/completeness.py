"""CP: completeness. Sections signed, attendees, attainment, attendance, previous targets reviewed.

Only a part the reader located is judged (``pep.part_ok``): RD001 already says a part was not found. Every
number and date comes from the policy, every phrase list from ``data/vocab/statutory.toml`` (read through
:mod:`pepqa.matching`; shared helpers in :mod:`pepqa.checks.lib.statutory`).
"""
from __future__ import annotations

from datetime import date

from ..findings import Severity
from ..model import Role
from . import dates as D
from .lib.statutory import child_name, possessive, cap, is_first_pep
from .registry import Example, Hit, check


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
        if not pep.part_ok(key):
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
                      suggestion=f"{cap(SECTION_SIGNER[key])} completes the {label} and signs it off with name and date.")
            continue
        if sec.completed is False:
            yield Hit(f"The {label} is marked as not completed.", field=field, section="sections",
                      severity=Severity.advice if qa else None, evidence="Completed: No",
                      suggestion=f"{cap(SECTION_SIGNER[key])} completes the {label} and signs it off before "
                                 "the PEP is submitted.")
            continue
        missing = [w for w, v in (("name", sec.signed_by), ("date", sec.signed_date)) if not v]
        if missing:
            what = " or ".join(missing)
            by = f" (signed by {sec.signed_by}, no date)" if sec.signed_by else ""
            yield Hit(f"The {label} has no sign-off {what}{by}.", field=field, section="sections",
                      severity=Severity.advice if qa else Severity.should_fix,
                      suggestion=f"{cap(SECTION_SIGNER[key])} adds their name and the date they signed off the {label}.")


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
    if not pep.part_ok("attendees"):
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
    if pep.part_ok("attainment") and not pep.attainment:
        yield Hit("No attainment or progress data is recorded.", field="attainment",
                  suggestion=f"Add {possessive(pep)} current attainment and expected outcome for English, maths and "
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
    if pep.part_ok("attendance") and pep.attendance_percent is None:
        yield Hit("No attendance percentage is recorded.", field="attendance_percent", section="attendance",
                  suggestion=f"Record {possessive(pep)} attendance so far this year as a percentage, with the date "
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
    if not pep.part_ok("previous_targets") or pep.previous_targets or is_first_pep(pep, ctx.policy):
        return
    first = ("" if pep.child.date_entered_care else
             f" If this is {possessive(pep)} first PEP, record the date {child_name(pep)} entered care.")
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
    if not sec or not sec.signed_date or not pep.meeting_date or not pep.part_ok("social_worker"):
        return
    if sec.signed_date > pep.meeting_date:
        yield Hit(f"The social worker section was signed off on {D.fmt(sec.signed_date)}, after the meeting on "
                  f"{D.fmt(pep.meeting_date)}.", field="sections.social_worker", section="sections",
                  evidence=f"Signed: {sec.signed_by or '(no name)'}, {D.fmt(sec.signed_date)}",
                  suggestion="Ask the social worker to complete their section before the next PEP meeting so the "
                             "meeting can use it.")
