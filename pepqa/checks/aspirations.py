"""AS: aspirations, transition and careers steps.

Only a part the reader located is judged (``pep.part_ok``): RD001 already says a part was not found. Every
number and date comes from the policy, every phrase list from ``data/vocab/statutory.toml`` (read through
:mod:`pepqa.matching`; shared helpers in :mod:`pepqa.checks.lib.statutory`).
"""
from __future__ import annotations

from .lib.statutory import EMPTY_VOCAB, find_phrase, blank, child_name, their, cap, year_label, quote, target_texts
from .registry import Example, Hit, check


@check(
    code="AS001", vocab=EMPTY_VOCAB, needs=('aspirations',), name="aspirations-missing", title="No aspirations or careers plans are recorded",
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
    if y is None or y < ctx.policy.get("sections.aspirations_from_year") or not pep.part_ok("aspirations"):
        return
    if blank(ctx, pep.aspirations):
        ev = f"Aspirations: {quote(pep.aspirations)}" if pep.aspirations else None
        yield Hit(f"No aspirations or careers plans are recorded for {child_name(pep)} ({year_label(y)}).",
                  field="aspirations", evidence=ev,
                  suggestion=f"Record what {child_name(pep)} hopes to do (in {their(pep)} own words if possible) and the next careers "
                             "step: a careers conversation, a taster day, options or post-16 choices.")


@check(
    code="AS002", needs=("aspirations",), vocab=EMPTY_VOCAB + ("statutory.transition",), name="transition-plan-missing", title="No transition plan at a key stage of change",
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
                 "transition": "Visits to Oakfield High booked for June with her key adult."}, "Year 6 with a plan"),
        Example({"child.year_group": 6, "child.key_stage": "KS2", "child.phase": "primary",
                 "parts.aspirations": "not_found"},
                "no aspirations or transition part found: the plan may stand under wording pepqa does not know")],
)
def transition_plan_missing(pep, ctx):
    y = pep.child.year_group
    if y is None or y not in ctx.policy.get("sections.transition_year_groups"):
        return
    if not blank(ctx, pep.transition):
        return
    if find_phrase(ctx, "transition", pep.aspirations, *target_texts(pep)):
        return
    nxt = {0: "into Year 1", 6: "to secondary school", 7: "into secondary school", 11: "to post-16 education or training",
           12: "through post-16 and beyond"}.get(y, "to the next stage")
    yield Hit(f"{cap(child_name(pep))} is in {year_label(y)}, but the PEP has no plan for the move {nxt}.",
              field="transition", section="transition",
              suggestion="Record the transition plan: visits, who the key adult will be, information shared with the "
                         "next setting, and dates (e.g. applications, taster days, induction).")


@check(
    code="AS003", vocab=EMPTY_VOCAB + ("statutory.careers_steps",), needs=('aspirations',), name="careers-step-missing", title="Aspirations are recorded without a concrete careers step",
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
    if y is None or y < ctx.policy.get("sections.careers_steps_from_year") or blank(ctx, pep.aspirations):
        return
    if find_phrase(ctx, "careers_steps", pep.aspirations, pep.transition, *target_texts(pep)):
        return
    yield Hit(f"{cap(child_name(pep))}'s aspiration is recorded ({quote(pep.aspirations, 80)}), but no next step towards "
              "it is planned." if pep.child.first_name else
              f"The aspiration is recorded ({quote(pep.aspirations, 80)}), but no next step towards it is planned.",
              field="aspirations", evidence=pep.aspirations,
              suggestion="Add one concrete step with a date: a careers adviser meeting, a taster day, work experience, "
                         "or researching the college course that leads there.")
