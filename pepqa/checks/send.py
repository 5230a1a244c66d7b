"""SN: SEN and wellbeing. A SENCo involved, SEN details recorded, PP+ not paying for EHCP provision, a high
SDQ score acted on.

Only a part the reader located is judged (``pep.part_ok``): RD001 already says a part was not found. Every
number and date comes from the policy, every phrase list from ``data/vocab/statutory.toml`` (read through
:mod:`pepqa.matching`; shared helpers in :mod:`pepqa.checks.lib.statutory`).
"""
from __future__ import annotations

from ..model import Role, SENStatus
from .lib.statutory import EMPTY_VOCAB, find_phrase, phrases, blank, child_name, possessive, their, cap, quote, target_texts, spend_texts
from .registry import Example, Hit, check


_SEN_LABEL = {SENStatus.sen_support: "SEN support", SENStatus.ehcp: "an EHCP"}


def _senco_involved(pep, ctx) -> bool:
    for a in pep.attendees:
        if a.role == Role.senco or find_phrase(ctx, "senco_roles", a.role_text):
            return True
    return False


@check(
    code="SN001", vocab=("statutory.senco_roles",), needs=('attendees', 'sen'), name="senco-not-involved", title="A child with SEN has no SENCo involved in the PEP",
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
    if pep.sen_status not in _SEN_LABEL or not pep.part_ok("attendees") or _senco_involved(pep, ctx):
        return
    yield Hit(f"{cap(child_name(pep))} has {_SEN_LABEL[pep.sen_status]}, but no SENCo is recorded among the attendees.",
              field="attendees", evidence=f"SEN status: {_SEN_LABEL[pep.sen_status]}",
              suggestion="Invite the SENCo to the PEP; if they cannot attend, record their written contribution on "
                         f"{possessive(pep)} needs and provision and list them as sending apologies.")


@check(
    code="SN002", vocab=EMPTY_VOCAB, needs=('sen',), name="sen-details-missing", title="SEN support or an EHCP is recorded without the needs and provision",
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
    if pep.sen_status in _SEN_LABEL and pep.part_ok("sen") and blank(ctx, pep.sen_details):
        yield Hit(f"{cap(child_name(pep))} is recorded as having {_SEN_LABEL[pep.sen_status]}, but the PEP does not say "
                  "what the needs are or what provision is in place.", field="sen_details", section="sen",
                  evidence=f"SEN status: {_SEN_LABEL[pep.sen_status]}",
                  suggestion=f"Describe {possessive(pep)} main area of need and the provision in place (what, how often, "
                             "who), and the date of the next SEN or EHCP review.")


@check(
    code="SN003", vocab=EMPTY_VOCAB + ("statutory.ehcp_provision",), name="pp-plus-duplicates-ehcp", title="PP+ pays for provision the EHCP already names",
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
    if pep.sen_status != SENStatus.ehcp or blank(ctx, pep.sen_details):
        return
    in_plan = {m.text.lower() for m in phrases(ctx, "ehcp_provision", pep.sen_details)}
    if not in_plan:
        return
    for i, line in enumerate(pep.pp_spend):
        same = [m for m in phrases(ctx, "ehcp_provision", line.description) if m.text.lower() in in_plan]
        if not same:
            continue
        m = same[0]
        yield Hit(f"Spend line {line.number or i + 1} pays for {quote(m.text)}, which {possessive(pep)} EHCP "
                  f"details already name ({quote(pep.sen_details, 80)}).",
                  field=f"pp_spend[{i}].description", item=line.number or i + 1, evidence=line.description,
                  span=(m.start_char, m.end_char),
                  suggestion="PP+ must not pay for provision the EHCP funds. If this is extra to the plan, say how (e.g. "
                             "'one extra session a week beyond the EHCP's fortnightly therapy'); otherwise fund it from "
                             "the EHCP and use PP+ for a different target.")


@check(
    code="SN004", vocab=("statutory.wellbeing_strategies", "statutory.wellbeing_areas",), needs=('targets',), name="sdq-without-strategies", title="A high SDQ score has no wellbeing strategies in the PEP",
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
    if find_phrase(ctx, "wellbeing_strategies", pep.wellbeing, *target_texts(pep), *spend_texts(pep)):
        return
    if any(find_phrase(ctx, "wellbeing_areas", t.area) for t in pep.targets):
        return
    yield Hit(f"{cap(possessive(pep))} SDQ score is "
              f"{score}, above the {limit} that signals concern, and the PEP does not say what is being done to support "
              f"{their(pep)} emotional wellbeing.", field="sdq_score", section="sen", evidence=f"SDQ: {score}"
              + (f"; wellbeing: {quote(pep.wellbeing, 80)}" if pep.wellbeing else ""),
              suggestion="Record the strategies in place (e.g. a key adult, ELSA or counselling sessions, a referral to "
                         "CAMHS) in the wellbeing section, or set a wellbeing target with who does what and how often.")
