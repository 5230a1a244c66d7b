"""HS: this term's PEP read beside the child's previous one (the history store).

What a QA officer finds by opening two documents: the voice copied from last term, last term's
targets pasted in again as new, "previous targets" that are not the targets last term set, PP+
impact "reviewed" for spend never requested, funded spend never reviewed, attendance falling term
after term without a plan. Every check here needs ``ctx.previous`` (looked up from the store by
the caller before the checks run) and simply does not run without it. Each finding cites both
PEPs: the location in this one, and the term and place in the previous one.

Thresholds are policy keys in ``[history]`` (pepqa/data/policy-defaults.toml); the similarity
measures are in :mod:`pepqa.history.compare`.
"""
from __future__ import annotations

from ..history.compare import amounts, content_words, longest_shared, overlap, ratio, same_text, words
from .baseline import PREVIOUS
from .registry import Example, Hit, check
from .lib.statutory import find_phrase, spend_texts, target_texts

_SRC_LIVING = "seeds/essex-virtual-school-guide.txt (The PEP is a 'living document' that 'responds' to changing needs)"
_SRC_TARGETS = "seeds/walsall-pep-handbook.txt (Section B: 'Previous targets must be reviewed and include comments on outcomes. ... New SMART targets must be agreed')"
_SRC_SPEND = ("seeds/coventry-virtual-school-pages.txt ('A commitment to reviewing the impact of the spend at the next PEP "
              "meeting'; PP+ is 'linked to individual progress, support strategies, and impact')")

_PREV_VOICE = PREVIOUS["pupil_voice"]["text"]
_TUITION = {"number": 2, "description": "1:1 maths tuition, weekly for 6 weeks", "cost": 180.0, "cost_text": "£180",
            "target_ref": "Target 2", "intended_impact": "Times tables to 90%."}


def _first(pep) -> str:
    return pep.child.first_name or "the child"


def _short(text: str, n: int = 90) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 1].rstrip() + "…"


def _num(i: int, item) -> int:
    return item.number if getattr(item, "number", None) is not None else i + 1


def _th(ctx, key: str) -> float:
    return float(ctx.policy.get(f"history.{key}"))


def _pairs(set_then: list[str], reviewed: list[str], drop: list[str], limit: float) -> tuple[set[int], set[int]]:
    """Last term's targets matched one to one with this PEP's reviewed previous targets, best matches first.

    One to one, because targets in one PEP often share most words ('grade 4 in GCSE English / Maths by the June
    resit'): a best match each way would let one review entry stand for two targets."""
    scored = sorted(((overlap(a, b, drop), j, i) for j, a in enumerate(set_then) for i, b in enumerate(reviewed)),
                    reverse=True)
    used_j: set[int] = set()
    used_i: set[int] = set()
    for score, j, i in scored:
        if score < limit:
            break
        if j not in used_j and i not in used_i:
            used_j.add(j)
            used_i.add(i)
    return used_j, used_i


# ---------------------------------------------------------------------------------------------
@check(
    code="HS001", name="voice-repeats-last-term", title="The pupil voice repeats the previous PEP's",
    severity="should-fix",
    rationale="""The PEP is a living document reviewed each term, and the child's views are gathered afresh before
each meeting. A voice that is the same as, or a light edit of, the voice recorded in the child's previous PEP
suggests the child was not asked again. pepqa compares the two voices as recorded (not only a 'previous' box
inside this PEP, which PV007 reads): the higher of word-order similarity and word-set similarity, at or above
history.voice_similarity, fires.""",
    source=f"{_SRC_LIVING}; seeds/walsall-pep-handbook.txt (Section C: the child's views before each meeting)",
    good="Fresh views each term that say what has changed: 'Since my last PEP I have joined the library club ...'.",
    bad=[Example({"pupil_voice.text": _PREV_VOICE.replace("horses", "animals")}, "last term's voice, one word changed",
                 previous={})],
    ok=[Example({}, "a new voice this term", previous={}),
        Example({"pupil_voice.text": _PREV_VOICE}, "no previous PEP recorded for the child")],
)
def voice_repeats_last_term(pep, ctx):
    prev = ctx.previous
    if prev is None or not pep.part_ok("pupil_voice"):
        return
    a, b = pep.pupil_voice.text or "", prev.pep.pupil_voice.text or ""
    if len(words(a)) < 8 or len(words(b)) < 8:
        return  # a missing or one-line voice is PV001/PV002's business
    sim = same_text(a, b)
    if sim < _th(ctx, "voice_similarity"):
        return
    shared = longest_shared(a, b)
    s = a.find(shared)
    first = _first(pep)
    yield Hit(
        f"The pupil voice is {round(sim * 100)}% the same as in {prev.cite('pupil_voice.text')}: '{_short(shared)}' "
        f"appears in both, so {first}'s views look carried forward rather than asked again.",
        field="pupil_voice.text", evidence=shared, span=(s, s + len(shared)) if s >= 0 else None,
        suggestion=f"Ask {first} again before this PEP and record what has changed since last term, in "
                   f"{first}'s words: 'Since my last PEP ... is going better because ...', 'I still find ... hard'.",
    )


# ---------------------------------------------------------------------------------------------
@check(
    code="HS002", name="target-repeats-last-term", title="A target is last term's target again, unchanged",
    severity="should-fix",
    rationale="""New SMART targets are agreed at each PEP, building on the review of the previous ones. A target
copied word for word from the previous PEP, with the same wording and deadline, was not reviewed: if it was not
achieved, the new target should say what changes (a smaller step, new support, a new date). Word-order similarity
at or above history.target_similarity fires; a long-term target carried on as long-term is not flagged.""",
    source=_SRC_TARGETS,
    good="A target not met last term comes back revised: 'Maya will know the 7 and 8 times tables with 90% accuracy "
         "by February half-term (6 times table now secure); daily 10-minute practice with her carer'.",
    bad=[Example({"targets[1].text": "To know the 6, 7 and 8 times tables with 90% accuracy by July."},
                 "last term's maths target pasted in again", previous={})],
    ok=[Example({}, "new targets", previous={}),
        Example({"targets[1].text": "To know the 6, 7 and 8 times tables with 90% accuracy by July."},
                "no previous PEP recorded")],
)
def target_repeats_last_term(pep, ctx):
    prev = ctx.previous
    if prev is None or not pep.part_ok("targets"):
        return
    limit = _th(ctx, "target_similarity")
    for i, t in enumerate(pep.targets):
        for j, pt in enumerate(prev.pep.targets):
            if t.term is not None and t.term.value == "long" and pt.term is not None and pt.term.value == "long":
                continue
            sim = ratio(t.text, pt.text)
            if sim >= limit:
                yield Hit(
                    f"Target {_num(i, t)} ('{_short(t.text)}') is target {_num(j, pt)} of "
                    f"{prev.cite(f'targets[{j}].text')} again, {round(sim * 100)}% the same words.",
                    field=f"targets[{i}].text", item=_num(i, t), evidence=t.text, span=(0, len(t.text)),
                    suggestion="Review last term's target first (achieved, partly, not yet, with the evidence), then "
                               "set this term's next step: a smaller or further step, the support that will change, "
                               "and a new date.",
                )
                break


# ---------------------------------------------------------------------------------------------
@check(
    code="HS003", needs=("previous_targets",), name="last-term-target-not-reviewed", title="A target set last term is missing from the review",
    severity="should-fix",
    rationale="""Previous targets must be reviewed with comments on outcomes. When the PEP reviews some previous
targets but one that the previous PEP set is not among them, its outcome is lost. A target counts as reviewed when
at least history.review_match of the shorter text's content words appear in a reviewed target, matched one to one
(one review entry cannot stand for two targets). A PEP that reviews
no previous targets at all is CP006's finding, not this one.""",
    source=_SRC_TARGETS,
    good="Every target of the previous PEP appears in the review, with its outcome and evidence.",
    bad=[Example({"previous_targets[1]": {"number": 2, "area": "Wellbeing", "text": "To join a lunchtime club.",
                                          "outcome": "Achieved: Maya goes to chess club.", "status": "achieved"}},
                 "last term's maths target replaced in the review", previous={})],
    ok=[Example({}, "both of last term's targets reviewed", previous={}),
        Example({"previous_targets[1].text": "6, 7, 8 times tables to 90% accuracy"}, "a shortened review still counts",
                previous={})],
)
def last_term_target_not_reviewed(pep, ctx):
    prev = ctx.previous
    if prev is None or not pep.part_ok("previous_targets") or not pep.previous_targets:
        return
    drop = [_first(pep)]
    matched, _ = _pairs([t.text for t in prev.pep.targets], [pt.text for pt in pep.previous_targets], drop,
                        _th(ctx, "review_match"))
    for j, t in enumerate(prev.pep.targets):
        if j in matched or not content_words(t.text, drop):
            continue
        yield Hit(
            f"Target {_num(j, t)} of {prev.cite(f'targets[{j}].text')}, '{_short(t.text)}', is not among the "
            "previous targets reviewed in this PEP.",
            field="previous_targets", section="previous_targets", evidence=t.text,
            suggestion=f"Add it to the review of previous targets with its outcome and the evidence "
                       f"('Partly achieved: ... ; carried into target ...').",
        )


# ---------------------------------------------------------------------------------------------
@check(
    code="HS004", name="previous-target-never-set", title="A 'previous target' was not set in the previous PEP",
    severity="should-fix",
    rationale="""The review of previous targets is only evidence if it reviews the targets that were actually set.
A 'previous target' that matches none of the previous PEP's targets (fewer than history.review_match of the shorter
text's content words in common with every one of them) was rewritten, misremembered or taken from another
plan, and its outcome says nothing about last term.""",
    source=_SRC_TARGETS,
    good="The review lists the previous PEP's own targets, as set (numbers and wording), each with its outcome.",
    bad=[Example({"previous_targets[0].text": "To learn to swim 25 metres by the end of the year."},
                 "a previous target last term never set", previous={})],
    ok=[Example({}, "the review matches last term's targets", previous={}),
        Example({"previous_targets[0].text": "To learn to swim 25 metres by the end of the year."},
                "no previous PEP recorded")],
)
def previous_target_never_set(pep, ctx):
    prev = ctx.previous
    if prev is None or not pep.part_ok("previous_targets") or not prev.pep.targets or not prev.pep.part_ok("targets"):
        return
    drop = [_first(pep)]
    _, matched = _pairs([t.text for t in prev.pep.targets], [pt.text for pt in pep.previous_targets], drop,
                        _th(ctx, "review_match"))
    listed = "; ".join(f"{_num(j, t)}. {_short(t.text, 60)}" for j, t in enumerate(prev.pep.targets))
    for i, pt in enumerate(pep.previous_targets):
        if i in matched or not content_words(pt.text, drop):
            continue
        yield Hit(
            f"Previous target {_num(i, pt)} ('{_short(pt.text)}') is not one of the targets set in "
            f"{prev.cite('targets')}: {listed}.",
            field=f"previous_targets[{i}].text", item=_num(i, pt), evidence=pt.text, span=(0, len(pt.text)),
            suggestion="Review the targets the previous PEP actually set, in its words, each with its outcome and "
                       "evidence; a new aim belongs in this term's targets.",
        )


# ---------------------------------------------------------------------------------------------
def _spend_list(prev) -> str:
    lines = [f"£{line.cost:g} {_short(line.description, 50)}" if line.cost is not None else _short(line.description, 50)
             for line in prev.pep.pp_spend]
    return "; ".join(lines) or "no spend"


@check(
    code="HS005", name="impact-for-spend-not-requested", title="The PP+ review covers spend last term did not request",
    severity="should-fix",
    rationale="""The impact review is of the spend the previous PEP requested. A review that reports on an amount no
spend line of the previous PEP asked for (nor its total), or on PP+ spend when the previous PEP requested none,
describes spend that was not agreed, or was copied from another plan: the release of this term's PP+ relies on
that review. Amounts are compared to the pound with last term's line costs, the rates written in its cost cells
('£30 x 10 sessions') and its total.""",
    source=_SRC_SPEND,
    good="The review names last term's spend lines and their cost: 'Reading mentoring (£300): reading age 11.2 -> 12.4'.",
    bad=[Example({"pp_impact_review": "Last term's PP+ paid for a laptop (£450): Maya's homework completion rose from "
                                      "50% to 90%."}, "an amount last term never requested", previous={}),
         Example({}, "last term requested no PP+", previous={"pp_spend": [], "pp_requested": None})],
    ok=[Example({}, "the £300 reviewed is last term's reading mentoring", previous={}),
        Example({"pp_impact_review": "Reading mentoring at £30 a session: Maya's reading age rose from 11.2 to 12.4."},
                "the rate written in last term's cost cell", previous={}),
        Example({"pp_impact_review": "Last term's PP+ paid for a laptop (£450): homework completion rose from 50% to 90%."},
                "no previous PEP recorded")],
)
def impact_for_spend_not_requested(pep, ctx):
    prev = ctx.previous
    text = pep.pp_impact_review or ""
    if prev is None or not pep.part_ok("pp_plus") or not prev.pep.part_ok("pp_plus") or not text.strip():
        return
    found = amounts(text)
    lines = prev.pep.pp_spend
    if not lines and not prev.pep.pp_requested:
        if found:
            v, (s, e) = found[0]
            yield Hit(
                f"The PP+ review reports on spend ('{_short(text[max(0, s - 40):e + 40])}'), but "
                f"{prev.cite('pp_spend')} requested no PP+.",
                field="pp_impact_review", evidence=text[s:e], span=(s, e),
                suggestion="Review only the spend the previous PEP requested; if PP+ was agreed some other way, say "
                           "when and by whom, or say that no PP+ was spent last term.",
            )
        return
    known = [line.cost for line in lines if line.cost is not None]
    total = prev.pep.pp_requested if prev.pep.pp_requested is not None else sum(known)
    # the rates and sums written in last term's cost cells count too ('£30 x 10 sessions = £300')
    written = [a for line in lines for a, _ in amounts(line.cost_text)]
    for v, (s, e) in found:
        if any(abs(v - k) < 1.0 for k in [*known, total, *written]):
            continue
        yield Hit(
            f"The PP+ review reports on £{v:g} of spend ('{_short(text[max(0, s - 40):e + 40])}'), which "
            f"{prev.cite('pp_spend')} did not request (it asked for {_spend_list(prev)}).",
            field="pp_impact_review", evidence=text[s:e], span=(s, e),
            suggestion="Review the impact of the spend the previous PEP requested, line by line, with its cost; "
                       "explain any other spend and who agreed it.",
        )


_GENERIC_SPEND = frozenset("session sessions weekly week weeks minutes minute hour hours term terms per cost costs "
                           "lesson lessons with for".split())


def _reviewed(line, text: str, found: list[float], drop: list[str]) -> bool:
    if line.cost is not None and any(abs(v - line.cost) < 1.0 for v, _ in ((a, s) for a, s in found)):
        return True
    key = {w for w in content_words(line.description, drop) if w.isalpha() and len(w) >= 4} - _GENERIC_SPEND
    if not key:
        return True  # nothing to recognise the line by
    have = content_words(text, drop)
    stems = {w[:5] for w in have}
    shared = {w for w in key if w in have or w[:5] in stems}
    return len(shared) >= min(2, len(key))


@check(
    code="HS006", needs=("pp_plus",), name="funded-spend-not-reviewed", title="Last term's funded PP+ spend is not reviewed",
    severity="should-fix",
    rationale="""Schools commit to 'reviewing the impact of the spend at the next PEP meeting'. When the previous PEP's
PP+ was released, each of its spend lines should be reviewed: a line whose cost and whose key words (its
description's content words, e.g. 'tuition', 'mentor') do not appear in this PEP's PP+ review was funded and never
accounted for. An empty review is PP010's finding; a previous PEP whose PP+ was withheld is not checked.""",
    source=_SRC_SPEND,
    good="Each funded line is reviewed: 'Reading mentoring (£300): reading age up 1.2 years; maths tuition (£180): "
         "fractions test 4/10 -> 8/10'.",
    bad=[Example({}, "last term's maths tuition (£180) is not reviewed",
                 previous={"pp_spend": [*PREVIOUS["pp_spend"], _TUITION], "pp_requested": 480.0})],
    ok=[Example({}, "the one line last term funded is reviewed", previous={}),
        Example({}, "last term's PP+ was withheld",
                previous={"pp_spend": [*PREVIOUS["pp_spend"], _TUITION], "pp_requested": 480.0,
                          "@pp_decision": "withhold"})],
)
def funded_spend_not_reviewed(pep, ctx):
    prev = ctx.previous
    text = pep.pp_impact_review or ""
    if prev is None or not pep.part_ok("pp_plus") or not prev.pep.part_ok("pp_plus") or not text.strip():
        return
    if prev.pp_decision == "withhold":
        return
    found = amounts(text)
    drop = [_first(pep)]
    for j, line in enumerate(prev.pep.pp_spend):
        if _reviewed(line, text, found, drop):
            continue
        cost = f" (£{line.cost:g})" if line.cost is not None else ""
        yield Hit(
            f"Spend line {_num(j, line)} of {prev.cite(f'pp_spend[{j}].description')}, "
            f"'{_short(line.description, 70)}'{cost}, is not reviewed in this PEP's PP+ review.",
            field="pp_impact_review", item=_num(j, line), evidence=line.description,
            suggestion=f"Add what the {_short(line.description, 40)} changed for {_first(pep)}, with a measure "
                       "(score, reading age, attendance) or an observable change, or say why it did not happen.",
        )


# ---------------------------------------------------------------------------------------------
@check(
    code="HS007", needs=("attendance", "targets"), name="attendance-falling", title="Attendance has fallen two terms running and nothing addresses it",
    severity="should-fix",
    rationale="""The Virtual School tracks attendance term by term. Attendance that has fallen at each of the last
two PEPs (by history.attendance_fall_points or more in all) is a trend to act on even while it is above 95%, before
it becomes persistent absence. pepqa looks for attendance words (vocab statutory.attendance) in the targets, their
actions, the wellbeing section and the PP+ spend, as AT001 does.""",
    source="seeds/essex-virtual-school-guide.txt (the Virtual School tracks progress and attendance; attendance "
           "'collected daily'); domain.md 6",
    good="A falling trend is named with a plan: 'Attendance has fallen from 99% to 97% over two terms: weekly check-in "
         "with her key adult; carer and school review it at half-term.'",
    bad=[Example({"attendance_percent": 96.0}, "99% -> 98% -> 96%",
                 previous={"attendance_percent": 98.0, "@earlier": [["spring 2024-25", 99.0]]})],
    ok=[Example({"attendance_percent": 96.0}, "down once only", previous={"attendance_percent": 98.0}),
        Example({"attendance_percent": 96.0, "targets[2].actions": "Weekly attendance check-in with her key adult."},
                "a falling trend with an attendance action",
                previous={"attendance_percent": 98.0, "@earlier": [["spring 2024-25", 99.0]]})],
)
def attendance_falling(pep, ctx):
    prev = ctx.previous
    if prev is None or not prev.earlier:
        return
    now, last, before = pep.attendance_percent, prev.pep.attendance_percent, prev.earlier[0][1]
    if None in (now, last, before) or not (now < last < before):
        return
    if before - now < _th(ctx, "attendance_fall_points"):
        return
    if find_phrase(ctx, "attendance", *target_texts(pep), pep.wellbeing, *spend_texts(pep)):
        return
    first = _first(pep)
    yield Hit(
        f"Attendance has fallen two terms running: {before:g}% ({prev.earlier[0][0]}), {last:g}% in "
        f"{prev.cite('attendance_percent')}, {now:g}% now, and no target or action in this PEP addresses it.",
        field="attendance_percent", section="attendance", evidence=f"Attendance: {now:g}%",
        suggestion=f"Name the trend and what is behind it, and add an action, e.g. '{first}'s attendance to return "
                   f"to {min(before, 100):g}% by the next PEP: weekly check-in with a key adult; carer and school review "
                   "it at half-term.'",
    )

