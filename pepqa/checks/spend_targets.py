"""PP001-PP004: each PP+ spend line names the target it serves, the target exists, and what the line buys
matches it.

Coventry allocates PP+ only with "a clear link between the pupil's educational targets and the proposed PP+
spend". How a line is tied to a target (explicit references, shared words) is in
:mod:`pepqa.checks.lib.spend_links`; the wording it reads is ``spend.toml``.
"""
from __future__ import annotations

from ..model import Target
from .lib.spend import LINES_VOCAB, LINKS_VOCAB, REFS_VOCAB, example_line, line_label, line_no, numbered_targets, short, spend_lines, voc as spend_vocab
from .lib.spend_links import best_link, explicit_refs, lexical_links, lines_without_reference, non_reference
from .registry import Example, Hit, check


_SRC_LINK = ("seeds/coventry-virtual-school-pages.txt (How is PP+ allocated?: 'A clear link between the pupil's "
             "educational targets and the proposed PP+ spend'); seeds/walsall-pep-handbook.txt (Sample PEP targets); domain.md 4")



@check(
    code="PP001", vocab=LINES_VOCAB + REFS_VOCAB + LINKS_VOCAB + ("spend.non_references",), needs=('pp_plus', 'targets'), name="spend-not-linked", title="A PP+ spend line is not linked to any target",
    severity="must-fix", group="PP",
    rationale="""PP+ is allocated for the needs the PEP identifies: each spend line must say which target it serves.
pepqa looks for an explicit reference ('Target 2', 'T2', 'targets 1 and 3', 'the maths target') and, failing that,
for words the line shares with a target (subject words from subjects.toml, content words, and programme names such
as 'Lexia' expanded to what they are for). A line with neither is spend the PEP does not justify. A line that does
share words with a target is not flagged here but by PP003 (advice), with the words shown, except when its target
column says something that points at no target ('See targets', 'Various', 'General'; spend.toml non_references)
and what it buys matches no target closely (a shared subject or two shared words): a claimed link that names
nothing is no link. A subject alone links only within the same strand of English: a reading programme does not
serve a writing target (spend.toml english_strands).""",
    source=_SRC_LINK,
    good="Every spend line names its target: 'Target 2 – 1:1 maths tuition with Mr Ahmed, 2 x 30 minutes a week for 6 weeks – £15 x 12 = £180'.",
    bad=[Example({"pp_spend[1]": {"number": 2, "description": "Guitar lessons", "cost": 200.0, "cost_text": "£20 x 10 = £200",
                                  "target_ref": None, "intended_impact": "Maya enjoys music."}, "pp_requested": 380.0},
                 "guitar lessons, no target named and no shared words"),
         Example({"pp_spend[1]": {"number": 2, "description": "Mentoring sessions with Mr Cole weekly", "cost": 200.0,
                                  "cost_text": "£20 x 10 = £200", "target_ref": "See targets",
                                  "intended_impact": "Maya is supported."}, "pp_requested": 380.0},
                 "'See targets' names no target, and 'mentoring' alone is a weak match"),
         Example({"pp_spend[1]": {"number": 2, "description": "Reading Plus subscription (12 months)", "cost": 60.0,
                                  "cost_text": "£60", "target_ref": None,
                                  "intended_impact": "Maya's reading speed and comprehension improve."},
                  "pp_requested": 240.0},
                 "a reading programme; the English target is about writing")],
    ok=[Example({}, "both lines name their target"),
        Example({"pp_spend[1].target_ref": "See targets"},
                "'See targets', but the writing mentor clearly matches the writing target (PP003 advises)"),
        Example({"pp_spend[0].target_ref": None}, "unnamed, but shares 'maths', 'tuition', 'fractions' with Target 2 (PP003 advises)")],
)
def spend_not_linked(pep, ctx):
    if not pep.part_ok("targets"):
        return
    voc, targets = spend_vocab(ctx), numbered_targets(pep)
    for i, line in lines_without_reference(pep, ctx):
        links = lexical_links(pep, line, ctx)
        best = best_link(links)
        nonref = non_reference(line, voc)
        if best and not (nonref and not best.strong):
            continue
        nums = ", ".join(str(n) for n, _ in targets)
        what = (f"names no target, and nothing it buys matches the words of Targets {nums}" if targets
                else "names no target, and the PEP has no targets for it to serve")
        if nonref:
            what = (f"says '{short(nonref, 40)}' where the target should be, which names no target"
                    + (f", and what it buys matches none closely (only {best.evidence()}, with Target {best.number})"
                       if best else f", and nothing it buys matches the words of Targets {nums}" if targets else ""))
        yield Hit(
            f"{line_label(line, i)} {what}. PP+ must pay for support that serves the PEP's targets.",
            field=f"pp_spend[{i}].description", item=line_no(line, i), evidence=line.description,
            span=(0, len(line.description)),
            suggestion=("Say which target this line serves and how, e.g. " + example_line(pep, line, None, None)
                        + " If it serves none of the targets, either add a target for the need it meets or fund it from "
                          "another budget."),
        )


@check(
    code="PP002", vocab=LINES_VOCAB + REFS_VOCAB + LINKS_VOCAB, needs=('pp_plus', 'targets'), name="spend-target-not-found", title="A spend line names a target the PEP does not have",
    severity="must-fix", group="PP",
    rationale="""A spend line that names 'Target 4' in a PEP with three targets points at nothing: usually the targets
were renumbered, or the line was copied from last term's PEP. The reader cannot tell what the spend is for, so the
link fails. Where the line's words match one of the targets that does exist, the message says which.""",
    source=_SRC_LINK,
    good="The target named in each spend line exists in this PEP's targets table.",
    bad=[Example({"pp_spend[0].target_ref": "Target 4"}, "only targets 1-3 exist"),
         Example({"pp_spend[1].target_ref": "Targets 1 and 5"})],
    ok=[Example({"pp_spend[0].target_ref": "T2"}), Example({"pp_spend[1].target_ref": "target one"})],
)
def spend_target_not_found(pep, ctx):
    if not pep.part_ok("targets"):
        return
    voc = spend_vocab(ctx)
    targets = numbered_targets(pep)
    have = {n for n, _ in targets}
    for i, line in spend_lines(pep, ctx):
        for ref in explicit_refs(line, voc):
            missing = [n for n in ref.numbers if n not in have]
            if not missing:
                continue
            links = lexical_links(pep, line, ctx)
            best = best_link(links)
            hint = (f" What it buys matches Target {best.number} ({best.evidence()})." if best else "")
            listed = ", ".join(str(n) for n in sorted(have)) if have else "none"
            miss = " and ".join(f"Target {n}" for n in missing)
            fix_ref = f"Target {best.number}" if best else "the target it serves"
            yield Hit(
                f"{line_label(line, i)} names {miss} ('{ref.text}'), but this PEP's targets are numbered {listed}.{hint}",
                field=f"pp_spend[{i}].{ref.field}", item=line_no(line, i), evidence=ref.text, span=ref.span,
                suggestion=(f"Correct the reference to {fix_ref}"
                            + (f", e.g. {example_line(pep, line, best.number, dict(targets).get(best.number))}" if best else "")
                            + ", or add the missing target if the line serves a need the PEP has not yet set a target for."),
            )


@check(
    code="PP003", vocab=LINES_VOCAB + REFS_VOCAB + LINKS_VOCAB + ("spend.non_references",), needs=('pp_plus', 'targets'), name="spend-link-implicit", title="A spend line serves a target it does not name",
    severity="advice", group="PP",
    rationale="""The line names no target, but what it buys shares words with one (shown in the message), so the link
is probably clear to the people at the meeting. Naming the target makes it clear to the Virtual School and to next
term's review, which must report the impact against the target.""",
    source=_SRC_LINK,
    good="'Target 2 – fractions tuition with Mr Ahmed' rather than 'fractions tuition with Mr Ahmed'.",
    bad=[Example({"pp_spend[0].target_ref": None}, "serves Target 2 by 'maths', 'tuition', 'fractions'")],
    ok=[Example({}), Example({"pp_spend[0].target_ref": None, "pp_spend[0].description": "Target 2: 1:1 maths tuition"},
                             "the reference is in the description"),
        Example({"pp_spend[1].target_ref": "Eng target"}, "'Eng' names the English target by its subject")],
)
def spend_link_implicit(pep, ctx):
    if not pep.part_ok("targets"):
        return
    voc, targets = spend_vocab(ctx), numbered_targets(pep)
    for i, line in lines_without_reference(pep, ctx):
        best = best_link(lexical_links(pep, line, ctx))
        if not best or (non_reference(line, voc) and not best.strong):
            continue  # PP001 reports it: a weak match does not rescue "See targets"
        t = dict(targets).get(best.number)
        yield Hit(
            f"{line_label(line, i)} names no target, but it seems to serve Target {best.number} "
            f"(linked by {best.evidence()}).",
            field=f"pp_spend[{i}].description", item=line_no(line, i), evidence=line.description,
            span=(0, len(line.description)),
            suggestion=f"Name the target in the line: {example_line(pep, line, best.number, t)}",
        )


@check(
    code="PP004", vocab=LINES_VOCAB + REFS_VOCAB + LINKS_VOCAB, needs=('pp_plus', 'targets'), name="spend-target-mismatch", title="A spend line names one target but serves another",
    severity="should-fix", group="PP",
    rationale="""When a line names Target 1 but shares no words or subject with it, while it clearly matches another
target (a shared subject or at least two shared words), the reference is most likely wrong, e.g. maths tuition
entered against the English target. The next review would then report its impact against the wrong target.""",
    source=_SRC_LINK,
    good="Maths tuition is entered against the maths target; the writing mentor against the writing target.",
    bad=[Example({"pp_spend[0].target_ref": "Target 1"}, "maths tuition named against the English writing target")],
    ok=[Example({}), Example({"pp_spend[0].target_ref": "Targets 1 and 2"}, "one of the named targets matches")],
)
def spend_target_mismatch(pep, ctx):
    if not pep.part_ok("targets"):
        return
    voc = spend_vocab(ctx)
    targets = dict(numbered_targets(pep))
    for i, line in spend_lines(pep, ctx):
        refs = explicit_refs(line, voc)
        named = sorted({n for r in refs for n in r.numbers})
        if not named or any(n not in targets for n in named):
            continue
        links = {lk.number: lk for lk in lexical_links(pep, line, ctx)}
        # a named target counts as matched by a shared subject, or by a shared word that is not just a
        # subject word: maths tuition against a wellbeing target set "in maths lessons" does not match it
        if any(links[n].subjects or links[n].content >= 1 for n in named if n in links):
            continue
        others = [lk for lk in links.values() if lk.number not in named and lk.strong]
        if not others:
            continue
        best = max(others, key=lambda lk: lk.score)
        ref = refs[0]
        tn = targets[named[0]]
        yield Hit(
            f"{line_label(line, i)} is entered against Target {named[0]} ('{short(tn.text, 60)}'), but it shares "
            f"nothing with it; it matches Target {best.number} ({best.evidence()}).",
            field=f"pp_spend[{i}].{ref.field}", item=line_no(line, i), evidence=ref.text, span=ref.span,
            suggestion=(f"Check the reference: if the line serves Target {best.number}, write "
                        f"{example_line(pep, line, best.number, targets[best.number])}"),
        )
