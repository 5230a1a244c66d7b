"""PP009, PP010, PP012: what PP+ buys and what it changes. Spend PP+ must not fund, last term's impact
reviewed, each line's intended impact.

Coventry: PP+ "must not be used to replace or subsidise a school's statutory duties" and "the impact of the PP+
spend must be reviewed"; Essex: PP+ "is not intended to replace services, support, or resources that the Local
Authority, schools ... carers ... already provide". Phrase lists are ``spend.toml`` ([not_fundable.*] with
allow-lists and context that makes a match questionable rather than ruled out), read through pepqa.matching.
"""
from __future__ import annotations

import re
from typing import Optional

from ..findings import Severity
from ..model import PEP
from .lib.spend import IMPACT_EMPTY_VOCAB, LINES_VOCAB, REFS_VOCAB, SpendVocab, child_name, eligible, is_blank, line_label, line_no, numbered_targets, short, spend_lines, subjects_vocab, voc as spend_vocab
from .lib.spend_links import explicit_refs, linked_existing
from .registry import Example, Hit, check


def _review_suggestion(pep: PEP, voc: SpendVocab, text: Optional[str]) -> str:
    """Point at evidence the PEP already has (a previous target's measured outcome), else give a template."""
    name = child_name(pep)
    for pt in pep.previous_targets:
        if pt.outcome and _has_measure(pt.outcome, voc):
            n = f"previous target {pt.number}" if pt.number is not None else "a previous target"
            return (f"Say what last term's PP+ paid for and what changed for {name}. The review of {n} already "
                    f"has a measure: '{short(pt.outcome, 90)}'. If PP+ paid for that support, say so: 'Last term's "
                    "PP+ paid for [what, who, how often]; [that outcome]'. If the spend did not help, say so and what "
                    "will change this term.")
    start = f"'{short(text, 60).rstrip('.')}: " if text else "'Last term's PP+ paid for [what, how often]: "
    return (f"Say what changed for {name} and how you know, e.g. {start}{name}'s [score / reading age / attendance] "
            "went from [before] to [after]'. If the spend did not help, say so and what will change this term.")


def _has_measure(text: str, voc: SpendVocab) -> Optional[str]:
    t = re.sub(r"£\s*\d[\d,]*(?:\.\d+)?", " ", text)
    for rx in voc.measures:
        m = rx.search(t)
        if m:
            return m[0]
    return None


def _outcome_words(text: str, voc: SpendVocab) -> list[str]:
    words = [m.text for m in voc.find(text, "outcome_words")]
    return words + [m[0] for rx in voc.outcomes for m in rx.finditer(text)]


@check(
    code="PP009", vocab=LINES_VOCAB + REFS_VOCAB + ("spend.not_fundable",), name="spend-not-fundable", title="Spend PP+ must not fund",
    severity="must-fix", group="PP",
    rationale="""PP+ is for additional, targeted support for this child's learning. It must not replace what the school,
the local authority or the carer already provides: uniform and clothing, food and meals, home-to-school transport,
trips, outings and holidays, social events and treats (a prom ticket, a party), personal items (a phone, a
haircut), meeting, admin or cover time, statutory SEND provision set out in an EHCP, resources every
pupil in the class receives, or salaries. The words that matched are quoted (lists in spend.toml, extendable).
Some matches are only questionable and reported as should-fix: transport to reach an intervention ('transport to
the tutor's centre for maths tuition'); a breakfast club; a bare mention of the EHCP; whole-school training (Coventry
allows pooling by agreement). A trip is must-fix, except that a visit with a curricular purpose that names a target
the PEP has ('trip to the science museum, Target 4 (science)') is should-fix: Coventry lists 'curriculum enrichment
activities' as a use of PP+, but a class trip every pupil goes on is the school's universal offer, so the officer
asks the DT to confirm it is an individual enrichment and what it produces for the target. Holidays and days out
are must-fix whatever they are linked to.""",
    source=("seeds/coventry-virtual-school-pages.txt (What can PP+ be used for?: 'must not be used to replace or subsidise "
            "a school's statutory duties', 'Curriculum enrichment activities'); seeds/essex-virtual-school-guide.txt (What is "
            "Pupil Premium Plus: 'not intended to replace services, support, or resources that the Local Authority, schools, "
            "... carers ... already provide'); domain.md 4"),
    good="Spend buys something additional for this child: tuition, a mentor, ELSA, a reading programme licence, her own revision guides.",
    bad=[Example({"pp_spend[1].description": "New school uniform and shoes", "pp_spend[1].cost_text": "£80", "pp_spend[1].cost": 80.0,
                  "pp_requested": 260.0}, "uniform"),
         Example({"pp_spend[0].description": "Transport to the tutor's centre for maths tuition"},
                 "questionable transport: should-fix"),
         Example({"pp_spend[1].description": "1:1 TA support as set out in her EHCP"}, "statutory SEND provision"),
         Example({"pp_spend[1].description": "Prom ticket and dress", "pp_spend[1].cost_text": "£40 + £80 = £120",
                  "pp_spend[1].cost": 120.0, "pp_requested": 300.0}, "a social event and clothing")],
    ok=[Example({}), Example({"pp_spend[1].description": "Easter holiday revision sessions for GCSE English"},
                            "holiday revision is tuition, not a holiday")],
)
def spend_not_fundable(pep, ctx):
    voc = spend_vocab(ctx)
    for i, line in spend_lines(pep, ctx):
        for cat, parts in _not_fundable_matches(line, voc).items():
            hit = _not_fundable_hit(pep, ctx, voc, i, line, voc.categories[cat], parts)
            if hit:
                yield hit


def _not_fundable_matches(line, voc: SpendVocab) -> dict[str, dict[str, list]]:
    """cat -> part -> [(field, start, end, words)], categories in the order their first match appears.

    Phrases are found per field (for the span); context words (soften, harden, unless) count anywhere in the line."""
    found: dict[str, dict[str, list]] = {}
    for fld in ("description", "intended_impact"):
        text = getattr(line, fld) or ""
        if not text:
            continue
        ms = sorted(voc.book.find_all(text, voc.nf_lists), key=lambda m: (m.span.start_char, -m.span.end_char))
        for m in ms:
            cat, part = m.name.split("|")
            found.setdefault(cat, {}).setdefault(part, []).append((fld, m.span.start_char, m.span.end_char, m.text))
    return found


def _inside(x, y) -> bool:
    """Match x lies within match y, in the same field."""
    return x[0] == y[0] and y[1] <= x[1] and x[2] <= y[2]


def _ruled_out(parts: dict[str, list]) -> tuple[list, list]:
    """(must-fix matches, questionable matches) once allow-listed phrases are taken out; where a must-fix and a
    questionable phrase overlap, the longer match decides ("breakfast club" is questionable although
    "breakfast" alone is food)."""
    allow = parts.get("allow", [])

    def ok(m):
        return any(_inside(m, a) for a in allow)

    hard = [m for m in parts.get("phrases", []) if not ok(m)]
    soft = [m for m in parts.get("questionable", []) if not ok(m)]
    return ([h for h in hard if not any(_inside(h, q) and q[2] - q[1] > h[2] - h[1] for q in soft)],
            [q for q in soft if not any(_inside(q, h) for h in hard)])


def _not_fundable_hit(pep, ctx, voc: SpendVocab, i: int, line, c, parts: dict[str, list]) -> Optional[Hit]:
    if parts.get("unless"):
        return None  # "over and above the provision in her EHCP"
    hard, soft = _ruled_out(parts)
    if not hard and not soft:
        return None
    name = child_name(pep)
    soft_sev = not hard
    softened_by: list[str] = []
    if hard and parts.get("soften") and not parts.get("harden"):
        if not c.soften_if_linked or linked_existing(pep, line, voc, subjects_vocab(ctx)):
            soft_sev = True
            softened_by = list(dict.fromkeys(f"'{m[3]}'" for m in parts["soften"]))
    use = hard or soft
    fld = use[0][0]
    use = [m for m in use if m[0] == fld]
    text = getattr(line, fld) or ""
    words = ", ".join(dict.fromkeys(f"'{m[3]}'" for m in use))
    s0, e0 = use[0][1], use[0][2]
    reason = (c.soft_reason if soft_sev else c.reason).replace("{name}", name)
    fix = (c.soft_fix if soft_sev else c.fix).replace("{name}", name)
    lead = "may be spend PP+ should not fund" if soft_sev else "is spend PP+ must not fund"
    because = f" (questionable rather than ruled out because of {', '.join(softened_by)})" if softened_by else ""
    return Hit(
        f"{line_label(line, i)} {lead}: {words}{because}. {reason[0].upper() + reason[1:]}.",
        field=f"pp_spend[{i}].{fld}", item=line_no(line, i), evidence=text[s0:e0], span=(s0, e0),
        suggestion=fix,
        severity=Severity.should_fix if soft_sev else (None if c.severity == Severity.must_fix else c.severity),
    )


@check(
    code="PP010", vocab=IMPACT_EMPTY_VOCAB + ("spend.no_previous_spend", "spend.measure_patterns", "spend.outcome_words", "spend.outcome_patterns"), needs=('pp_plus',), name="pp-impact-not-reviewed", title="Last term's PP+ impact is not reviewed",
    severity="must-fix", group="PP",
    rationale="""Coventry: 'Each term, during the PEP review: the impact of the PP+ spend must be reviewed', and PP+ is
'linked to individual progress, support strategies, and impact'. An empty review is must-fix. A review that says
what happened but gives no outcome or measure ('tuition went well', 'Maya enjoyed the sessions') is should-fix: it
should say what changed, with a number where one exists (score, reading age, attendance, SDQ) or an observable
change ('now attends homework club every week', 'no longer walks out'; spend.toml outcome_words and
outcome_patterns: an action after 'now', but not a feeling such as 'now enjoys'). A first PEP, or a review that
says no PP+ was spent last term, needs no evidence.""",
    source="seeds/coventry-virtual-school-pages.txt (Monitoring and impact: 'The impact of the PP+ spend must be reviewed'); seeds/walsall-pep-handbook.txt ('Impact of pupil premium should also be discussed'); domain.md 4",
    good="'Last term's PP+ paid for reading mentoring (£300): Maya's reading age rose from 11.2 to 12.4 years and she completed two novels.'",
    bad=[Example({"pp_impact_review": None}), Example({"pp_impact_review": "Tuition went well and Maya enjoyed it."}, "no outcome")],
    ok=[Example({}), Example({"pp_impact_review": "No PP+ was requested last term: this is Maya's first PEP at Riverside."}),
        Example({"pp_impact_review": "ELSA sessions: Maya now goes to the library club every lunchtime instead of "
                                     "wandering the corridors."}, "an observable change, no number needed")],
)
def pp_impact_not_reviewed(pep, ctx):
    if not pep.part_ok("pp_plus"):
        return
    voc = spend_vocab(ctx)
    name = child_name(pep)
    text = pep.pp_impact_review
    funded, _, _ = eligible(pep, ctx)
    new_to_care = (pep.child.date_entered_care and pep.meeting_date
                   and (pep.meeting_date - pep.child.date_entered_care).days < 100)
    if is_blank(text, voc):
        if new_to_care or not funded:
            return
        yield Hit(
            "Last term's PP+ spend has no review of its impact.",
            field="pp_impact_review",
            suggestion=_review_suggestion(pep, voc, None),
        )
        return
    if voc.any(text, "no_previous_spend"):
        return
    if _has_measure(text, voc) or _outcome_words(text, voc):
        return
    yield Hit(
        f"The review of last term's PP+ says what happened but not what changed: '{short(text, 100)}'.",
        field="pp_impact_review", evidence=text, span=(0, len(text)), severity=Severity.should_fix,
        suggestion=_review_suggestion(pep, voc, text),
    )


@check(
    code="PP012", vocab=LINES_VOCAB + REFS_VOCAB + IMPACT_EMPTY_VOCAB + ("spend.impact_markers", "spend.vague_impact", "spend.vague_impact_max_words"), needs=('pp_plus',), name="spend-impact-missing", title="A spend line has no intended impact",
    severity="should-fix", group="PP",
    rationale="""Each spend line should say what it is meant to change, so that next term's review can tell whether it
worked (Coventry: spend 'designed to make a measurable difference'). A missing impact is should-fix; an impact made
only of general words ('to support her learning', 'to improve progress') is advice: it names no change anyone could
check. Where the description itself states the impact ('... so that Maya ...', 'Impact: ...'), that counts.""",
    source="seeds/coventry-virtual-school-pages.txt (What can PP+ be used for?: 'designed to make a measurable difference to the pupil's progress'); seeds/walsall-pep-handbook.txt (Sample PEP targets: 'Impact:'); domain.md 4",
    good="'Intended impact: Maya scores 8/10 on the fractions unit test (currently 4/10).'",
    bad=[Example({"pp_spend[0].intended_impact": None}), Example({"pp_spend[1].intended_impact": "To support her learning."}, "generic"),
         Example({"pp_spend[1].intended_impact": "Maya is supported."}, "the support restated, not a change"),
         Example({"pp_spend[1].intended_impact": "Mentor available for Maya."}, "the support restated, not a change"),
         Example({"pp_spend[1].intended_impact": "Maya will have more confidence."}, "a feeling, nothing observable")],
    ok=[Example({}), Example({"pp_spend[0].intended_impact": None,
                              "pp_spend[0].description": "1:1 maths tuition so that Maya scores 8/10 on the fractions test"},
                             "impact stated in the description")],
)
def spend_impact_missing(pep, ctx):
    voc = spend_vocab(ctx)
    targets = dict(numbered_targets(pep))
    name = child_name(pep)
    for i, line in spend_lines(pep, ctx):
        imp = line.intended_impact
        refs = [n for r in explicit_refs(line, voc) for n in r.numbers if n in targets]
        t = targets.get(refs[0]) if refs else None
        example = (t.success_criteria or t.text) if t else f"what {name} will be able to do, and how it will be measured"
        if is_blank(imp, voc):
            if voc.any(line.description, "impact_markers"):
                continue
            yield Hit(
                f"{line_label(line, i)} does not say what it is meant to change for {name}.",
                field=f"pp_spend[{i}].intended_impact", item=line_no(line, i),
                suggestion=(f"Add the intended impact, in the words of the target it serves, e.g. 'Intended impact: "
                            f"{short(example, 110)}'."),
            )
            continue
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", imp)
        if re.search(r"\d", imp) or len(words) > voc.vague_max_words:
            continue
        vague = [m.text for m in voc.find(imp, "vague_impact")]
        if not vague:
            continue
        yield Hit(
            f"{line_label(line, i)}: the intended impact '{short(imp, 80)}' names no change anyone could check "
            f"({', '.join(repr(w) for w in dict.fromkeys(vague))}).",
            field=f"pp_spend[{i}].intended_impact", item=line_no(line, i), evidence=imp, span=(0, len(imp)),
            severity=Severity.advice,
            suggestion=f"Say what will change and how it will be measured, e.g. 'Intended impact: {short(example, 110)}'.",
        )
