"""PP005-PP008, PP011, PP013: the money. Each line costed, its working adding up (Walsall: "£30 per hour x 6
weeks £180.00"), the request within the termly amount and equal to the lines, no request where the authority
does not pay PP+, no negative amounts.

Working that cannot be read with confidence is not judged: a false alarm on a designated teacher's arithmetic
costs more trust than it saves (the reading is :mod:`pepqa.checks.lib.cost_working`).
"""
from __future__ import annotations

import re

from .lib.spend import COST_EMPTY_VOCAB, COST_VOCAB, LINES_VOCAB, eligible, line_amount, line_label, line_no, money, short, spend_lines, voc as spend_vocab, total as spend_total
from .lib.cost_working import cost_workings, fmt_factors, tolerance
from .registry import Example, Hit, check


@check(
    code="PP005", vocab=LINES_VOCAB + COST_EMPTY_VOCAB, needs=('pp_plus',), name="spend-cost-missing", title="A spend line has no cost",
    severity="must-fix", group="PP",
    rationale="""The Virtual School cannot agree spend without its cost, and next term's review cannot judge value for
money. Each line needs an amount, ideally worked out (Walsall: '£30 per hour x 6 weeks £180.00'). 'TBC' or an
empty cell is treated as no cost. Lines that say no PP+ is needed ('funding from school budget') are not flagged.""",
    source="seeds/walsall-pep-handbook.txt (Sample PEP targets: 'Pupil premium to be used to fund 1:1 tuition £30 per hour x 6 weeks £180.00'); domain.md 4",
    good="'£15 per session x 12 sessions = £180' in the cost column.",
    bad=[Example({"pp_spend[0].cost": None, "pp_spend[0].cost_text": None, "pp_requested": None}),
         Example({"pp_spend[1].cost": None, "pp_spend[1].cost_text": "TBC", "pp_requested": None})],
    ok=[Example({"pp_spend[0].cost": None, "pp_requested": None}, "the cost cell holds the working"),
        Example({"pp_spend[1]": {"number": 2, "description": "Small group transition visits. No pupil premium needed - funding from school budget",
                                 "target_ref": "Target 3", "intended_impact": "Maya answers aloud in 4 of 5 lessons."}, "pp_requested": 180.0},
                "a line that asks for nothing"),
        Example({"pp_spend[1].cost": None, "pp_spend[1].cost_text": "School funded", "pp_requested": 180.0},
                "paid from the school's budget: asks PP+ for nothing")],
)
def spend_cost_missing(pep, ctx):
    voc = spend_vocab(ctx)
    for i, line in spend_lines(pep, ctx):
        if line_amount(line) is not None:
            continue
        ct = (line.cost_text or "").strip()
        if re.search(r"\d", ct) and not voc.cost_empty(ct):
            continue  # some figure we could not read as money; PP006 judges the working
        said = f" (the cost column says '{ct}')" if ct else ""
        yield Hit(
            f"{line_label(line, i)} has no cost{said}.",
            field=f"pp_spend[{i}].cost_text" if ct else f"pp_spend[{i}]", item=line_no(line, i),
            evidence=ct or None, span=(0, len(ct)) if ct else None,
            suggestion=("Give the cost with its working, e.g. '£15 per session x 12 sessions = £180'; if a quote is "
                        "awaited, give the estimate and say so."),
        )


@check(
    code="PP006", vocab=LINES_VOCAB + COST_VOCAB, name="spend-cost-arithmetic", title="A spend line's cost working does not add up",
    severity="should-fix", group="PP",
    rationale="""Where the cost is worked out ('£30/hour × 6 weeks = £180', '3 x £60 = £180', Walsall's '£15 per hour x
3 £45 x 6 weeks £270'), pepqa multiplies it out and compares it with the stated result and with the cost column.
A mismatch usually means a missing factor (sessions a week) or a typo, and the amount requested is then wrong.
Working pepqa cannot read with confidence (numbers outside the working, no £ rate) is left alone.""",
    source="seeds/walsall-pep-handbook.txt (Sample PEP targets: '£15 per hour x 3 £45 x 6 weeks £270'); domain.md 4",
    good="'£15 per session x 12 sessions = £180', and £180 in the cost column.",
    bad=[Example({"pp_spend[0].cost_text": "£15 per session x 12 sessions = £200", "pp_spend[0].cost": 200.0, "pp_requested": 450.0}),
         Example({"pp_spend[1].cost": 300.0, "pp_requested": 480.0}, "cost column £300, working gives £250")],
    ok=[Example({"pp_spend[0].cost_text": "£30 per hour x 1 hour a week x 6 weeks = £180"}),
        Example({"pp_spend[0].cost_text": "£15 per hour x 3 £45 x 4 weeks £180"}, "Walsall-style chained working")],
)
def spend_cost_arithmetic(pep, ctx):
    for i, line in spend_lines(pep, ctx):
        fld = "cost_text" if line.cost_text and line.cost_text.strip() else "description"
        text = getattr(line, fld) or ""
        works, outside = cost_workings(text, spend_vocab(ctx).cost)
        if outside:
            continue  # numbers we cannot place: don't guess
        reported = False
        for w in works:
            for computed, stated, (s, e), factors in w.checks:
                if abs(computed - stated) > tolerance(stated):
                    ev = text[w.start:e]
                    ratio = stated / computed if computed else 0
                    hint = ""
                    if ratio and ratio > 1 and abs(ratio - round(ratio)) < 0.01:
                        hint = f" If there are {round(ratio)} sessions (or hours) a week, show that factor in the working."
                    yield Hit(
                        f"{line_label(line, i)}: the working '{short(ev, 80)}' does not add up: "
                        f"{fmt_factors(factors, spend_vocab(ctx).cost)} = {money(computed)}, not {money(stated)}.",
                        field=f"pp_spend[{i}].{fld}", item=line_no(line, i), evidence=ev, span=(w.start, e),
                        suggestion=(f"Correct the total to {money(computed)}, or correct the factors if "
                                    f"{money(stated)} is right.{hint}"),
                    )
                    reported = True
        if reported or line.cost is None:
            continue
        judged = [w for w in works if w.judged() or w.checks]
        if len(judged) != 1 or len(works) != 1 or fld != "cost_text":
            continue
        w = judged[0]
        final = w.final
        if final is not None and abs(final - line.cost) > tolerance(final):
            ev = text[w.start:w.end]
            yield Hit(
                f"{line_label(line, i)}: the cost column says {money(line.cost)}, but the working "
                f"'{short(ev, 80)}' comes to {money(final)}.",
                field=f"pp_spend[{i}].cost_text", item=line_no(line, i), evidence=ev, span=(w.start, w.end),
                suggestion=f"Make the cost and its working agree: either {money(final)}, or change the working to give {money(line.cost)}.",
            )


@check(
    code="PP007", vocab=LINES_VOCAB, needs=('pp_plus',), name="spend-over-allocation", title="The PP+ requested is more than the termly amount",
    severity="should-fix", group="PP",
    rationale="""School-age PP+ is paid termly at the authority's rate (Coventry: 3 equal payments of £600; policy
pp_plus.termly_amount). A plan that costs more than one term's amount will not be paid in full: the PEP should say
which lines come first, or how the rest is funded.""",
    source="seeds/coventry-pep-guidance.txt ('For school age children PP+ will be paid in 3 equal payments of £600 each'); domain.md 4",
    good="The spend lines add up to no more than the termly amount (£600 by default), and match the amount requested.",
    bad=[Example({"pp_spend[1].cost": 500.0, "pp_spend[1].cost_text": "£50 x 10 sessions = £500", "pp_requested": 680.0})],
    ok=[Example({}, "£430 of £600")],
)
def spend_over_allocation(pep, ctx):
    amount = float(ctx.policy.get("pp_plus.termly_amount"))
    if amount <= 0:
        return
    total, rows = spend_total(pep, ctx)
    req = pep.pp_requested or 0.0
    top = max(total, req)
    if top <= amount + 0.5:
        return
    parts = ", ".join(f"line {line_no(l, i)} {money(a)}" for i, l, a in rows if a)
    which = f"the spend lines add up to {money(total)} ({parts})" if total >= req else f"the PP+ requested is {money(req)}"
    yield Hit(
        f"This term's plan asks for more than the termly PP+ of {money(amount)}: {which}.",
        field="pp_requested" if total < req else "pp_spend", section="pp_plus",
        evidence=money(top),
        suggestion=(f"Bring the request within {money(amount)} (e.g. fewer sessions, or fund a line from the school's "
                    "own pupil premium), or say which lines come first and how the rest will be paid for."),
    )


@check(
    code="PP008", vocab=LINES_VOCAB, needs=('pp_plus',), name="spend-total-mismatch", title="The amount requested does not match the spend lines",
    severity="should-fix", group="PP",
    rationale="""The PP+ requested should be the sum of the costed spend lines. When they differ, the Virtual School
cannot tell which figure to pay, and the review next term cannot account for the difference. A request with no
spend lines at all says nothing about what the money buys.""",
    source="seeds/coventry-virtual-school-pages.txt (How is PP+ allocated?: 'The planned use of the PP+ funding'); seeds/walsall-pep-handbook.txt ('the amount of pupil premium requested'); domain.md 4",
    good="Total requested £430 = £180 (line 1) + £250 (line 2).",
    bad=[Example({"pp_requested": 600.0}, "lines add up to £430"), Example({"pp_spend": [], "pp_requested": 600.0}),
         Example({"pp_spend[1].cost": None, "pp_spend[1].cost_text": "TBC", "pp_requested": 600.0},
                 "£420 of the request rests on a line costed 'TBC'")],
    ok=[Example({}), Example({"pp_requested": None}, "no separate total stated"),
        Example({"pp_spend[1].cost": None, "pp_spend[1].cost_text": "TBC", "pp_requested": 180.0},
                "the request is what is costed; PP005 reports the TBC line")],
)
def spend_total_mismatch(pep, ctx):
    req = pep.pp_requested
    if req is None:
        return
    total, rows = spend_total(pep, ctx)
    if not rows:
        if req > 0 and pep.part_ok("pp_plus"):
            yield Hit(
                f"The PEP requests {money(req)} of PP+ but has no spend lines saying what it will buy.",
                field="pp_requested", evidence=money(req),
                suggestion=("Add a line for each thing the PP+ will pay for: the target it serves, what is bought, who "
                            "delivers it, how often, the cost worked out and the intended impact."),
            )
        return
    uncosted = [(i, l) for i, l, a in rows if a is None]
    if uncosted:
        # PP005 reports the line without a cost; here only the part of the request no costed line accounts for
        if req - total > 1.0 and total > 0:
            which = ", ".join(f"line {line_no(l, i)}" for i, l in uncosted)
            yield Hit(
                f"The PP+ requested is {money(req)}, but the costed lines add up to only {money(total)}; "
                f"{money(req - total)} rests on {which}, which has no cost.",
                field="pp_requested", evidence=money(req),
                suggestion=(f"Cost {which} so the lines add up to the {money(req)} requested, or request "
                            f"{money(total)}."),
            )
        return
    if abs(total - req) > 1.0:
        parts = " + ".join(f"{money(a)} (line {line_no(l, i)})" for i, l, a in rows)
        yield Hit(
            f"The PP+ requested is {money(req)}, but the spend lines add up to {money(total)}: {parts}.",
            field="pp_requested", evidence=money(req),
            suggestion=(f"Make the total requested {money(total)}, or add the line that accounts for the other "
                        f"{money(abs(req - total))}."),
        )


@check(
    code="PP011", vocab=LINES_VOCAB, name="pp-not-eligible", title="PP+ requested where the authority does not pay it",
    severity="must-fix", group="PP",
    rationale="""Coventry: 'Independent special schools do not receive PP+ as it is already accounted for in cost of
the school place'; Essex 'does not currently receive this grant for young people beyond Year 11' (post-16 is
supported through the 16-19 Bursary instead). Which settings are funded is policy (pp_plus.fund_independent_special,
pp_plus.fund_post16, pp_plus.fund_early_years). A request for these children will not be paid.""",
    source="seeds/coventry-pep-guidance.txt ('Independent special schools do not receive PP+'); seeds/essex-virtual-school-guide.txt (What is Pupil Premium Plus; Supporting Post 16); domain.md 4",
    good="No PP+ request for a child in an independent special school or post-16 (unless the authority's policy funds it); other funding named instead.",
    bad=[Example({"school.type": "independent_special"}),
         Example({"child.year_group": 12, "child.phase": "post16", "child.key_stage": "KS5"})],
    ok=[Example({}), Example({"school.type": "independent_special", "pp_spend": [], "pp_requested": 0.0})],
)
def pp_not_eligible(pep, ctx):
    funded, who, key = eligible(pep, ctx)
    if funded:
        return
    total, rows = spend_total(pep, ctx)
    req = pep.pp_requested or 0.0
    if not rows and req <= 0:
        return
    amount = money(max(total, req)) if max(total, req) > 0 else "PP+"
    yield Hit(
        f"This PEP requests {amount} of PP+ for {who}, which this authority does not fund.",
        field="pp_spend" if rows else "pp_requested", section="pp_plus", officer_note=f"Policy {key} = false.",
        suggestion=("Remove the PP+ request and name the funding that applies instead"
                    + (" (the school place cost already includes it)" if "independent" in who else "")
                    + (" (e.g. the 16-19 Bursary)" if "post-16" in who else "")
                    + "; keep the targets and the support, with who pays for it."),
    )


@check(
    code="PP013", vocab=LINES_VOCAB, name="spend-negative-amount", title="A PP+ amount is negative",
    severity="must-fix", group="PP",
    rationale="""A negative cost or amount requested is a typo or a refund entered in the wrong place; left alone it
makes the total requested, the allowed amount and the letter's 'we will release' figure wrong.""",
    source="domain.md 4 (PP+ spend lines and the amount requested)",
    good="Every cost and the amount requested are zero or more.",
    bad=[Example({"pp_spend[0].cost": -180.0}), Example({"pp_requested": -430.0}, "amount requested")],
    ok=[Example({}, "positive amounts")],
)
def spend_negative_amount(pep, ctx):
    for i, line in spend_lines(pep, ctx):
        if line.cost is not None and line.cost < 0:
            yield Hit(
                f"{line_label(line, i)} has a negative cost ({money(line.cost)}).",
                field=f"pp_spend[{i}].cost", item=line_no(line, i), evidence=line.cost_text or None,
                suggestion="Give the cost as a positive amount; a refund or underspend belongs in the review of last term's spend.",
            )
    if pep.pp_requested is not None and pep.pp_requested < 0:
        yield Hit(
            f"The amount of PP+ requested is negative ({money(pep.pp_requested)}).",
            field="pp_requested", suggestion="Give the total requested as a positive amount (the sum of the spend lines).",
        )
