"""ST006, ST008: the review of last term's targets (an outcome for each, with evidence, not a status word)."""
from __future__ import annotations

import re

from .lib.child import first_name as _name
from .lib.target_reading import EMPTY_VOCAB, empty_cells
from .lib.text import quote as _quote
from .registry import Example, Hit, check

@check(
    code="ST006", needs=('previous_targets',), name="previous-target-not-reviewed", title="A previous target has no reviewed outcome",
    vocab=EMPTY_VOCAB,
    severity="must-fix", group="ST",
    rationale="""Previous targets must be reviewed and include comments on outcomes. Without the outcome the new
targets cannot build on the last ones, and nobody can tell whether last term's PP+ made a difference.""",
    source="seeds/walsall-pep-handbook.txt (Section B: 'Previous targets must be reviewed and include comments on "
           "outcomes'); domain.md 5",
    good="'Partly achieved: 80% accuracy on the weekly tables check (was 55%); carried into this term's maths target.'",
    bad=[Example({"previous_targets[0].outcome": None, "previous_targets[0].status": None}, "no outcome"),
         Example({"previous_targets[1].outcome": "Click here to enter text.", "previous_targets[1].status": None},
                 "form placeholder")],
    ok=[Example({"previous_targets[0].outcome": "Not achieved: Maya moved home in June and missed 3 weeks; carried forward."})],
)
def previous_target_not_reviewed(pep, ctx):
    empty = empty_cells(ctx)
    for i, p in enumerate(pep.previous_targets):
        if not empty(p.outcome) or p.status is not None:
            continue
        n = p.number or i + 1
        written = (p.outcome or "").strip()
        yield Hit(
            f"Previous target {n} ('{_quote(p.text)}') has no reviewed outcome"
            + (f": the outcome says only '{written}'." if written else "."),
            field=f"previous_targets[{i}].outcome", item=n, evidence=p.text,
            suggestion=(f"Record whether it was achieved, partly achieved or not achieved, with the evidence and what "
                        f"happens next, e.g. 'Partly achieved: {_name(pep)} now [score/observation] (was [start]); "
                        f"carried into new target [N].'"),
        )


@check(
    code="ST008", needs=('previous_targets',), name="previous-outcome-no-evidence", title="A previous target's outcome is only a status word",
    vocab=("targets.status_words",) + EMPTY_VOCAB,
    severity="should-fix", group="ST",
    rationale="""'Achieved' or 'Ongoing' on its own is a status, not a review: it gives no evidence (a score, an
observation) and no next step, so the QA officer cannot see what changed or why a target is carried forward.""",
    source="seeds/walsall-pep-handbook.txt (Section B: previous targets 'include comments on outcomes'); domain.md 5 "
           "(previous targets reviewed with outcomes and evidence)",
    good="'Achieved: Maya finished Holes and Wonder and wrote reviews for the library.'",
    bad=[Example({"previous_targets[0].outcome": "Achieved"}), Example({"previous_targets[1].outcome": "Ongoing"}),
         Example({"previous_targets[1].outcome": "Ongoing - see new targets"}, "a pointer elsewhere is not evidence")],
    ok=[Example({"previous_targets[0].outcome": "Achieved - 9/10 on the final check."})],
)
def previous_outcome_no_evidence(pep, ctx):
    vocab = ctx.vocab("targets")
    words = {w.lower() for w in vocab.get("status_words", ())}
    empty = empty_cells(ctx)
    for i, p in enumerate(pep.previous_targets):
        written = (p.outcome or "").strip()
        if empty(p.outcome):
            if p.status is None:
                continue  # ST006
            written = ""
        toks = [t for t in re.findall(r"[a-z/\-]+|\d+", written.lower()) if re.search(r"[a-z\d]", t)]
        if written and not all(t in words for t in toks):
            continue
        n = p.number or i + 1
        status = written or p.status.value.replace("_", " ")
        yield Hit(
            f"Previous target {n} ('{_quote(p.text)}') is marked '{status}' with no evidence of what changed.",
            field=f"previous_targets[{i}].outcome", item=n, evidence=written or status,
            suggestion=(f"Add the evidence and the next step, e.g. '{status.capitalize()}: {_name(pep)} [scored / now "
                        f"does ...] (was [start]); [carried forward as target N / next step]'."),
        )
