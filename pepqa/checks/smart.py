"""ST: SMART targets (ST001-ST005) and how many there are (ST007).

Each target (with its actions, success criteria, who and by-when columns) is read once and judged on
the SMART letters; each letter is a separate check so each can be measured and switched off alone,
but every message opens with the same one-line summary for the target ("Target 2 is not Measurable or
Time-bound"), so an officer reading the findings for one target sees the whole picture.

Rule-based and explainable: the reading and judging live in ``lib/target_*.py`` (reading, measures, judging,
jumps, rewrite) and ``lib/timeframes.py``, the wording in ``data/vocab/targets.toml`` (an authority extends it);
numbers in digits and dates are found by pattern. Phase-aware: in early years an observable "Ava will put on her
coat" is a measurable outcome; at school age a target needs a number, a frequency, a defined standard or an
observable marker ("independently").

ST001, ST002 and ST004 say something is missing (a measure, a time frame, an owner), so they run only when the
targets were read completely (``needs``), and never on a target one of whose own fields was left unread
(``Target.unread``): the missing 'who' or 'by when' may be in it ('WHO WILL HELP | English teacher' in a box the
reader did not know). RD004 and RD005 tell the officer.
"""
from __future__ import annotations

from .baseline import DELETE
from .lib.child import first_name as _name
from .lib.target_judging import judgements
from .lib.target_reading import EMPTY_VOCAB, empty_cells
from .lib.target_rewrite import owner_hint as _owner_hint, rewrite_elsewhere as _rewrite_elsewhere, \
    suggest_rewrite as _suggest_rewrite, summary, time_phrase
from .lib.text import quote as _quote
from .lib.timeframes import fmt_date as _fmt_date
from .registry import Example, Hit, check

_T = "targets[{}].{}"


@check(
    code="ST001", needs=("targets",), name="target-not-measurable", title="A target has no measure: nobody can tell whether it was met",
    vocab=("targets.number_words", "targets.frequency", "targets.measure_words", "targets.observable_words",
           "targets.not_observable_verbs", "targets.not_measures", "targets.scope_prepositions",
           "targets.product_verbs", "targets.product_determiners", "targets.product_not_objects",
           "targets.change_verbs", "targets.change_amounts", "targets.change_units", "targets.swaps",
           "targets.grade_verbs", "targets.input_verbs", "targets.owners", "targets.rewrite_generic",
           "targets.vague", "targets.rewrites"),
    severity="must-fix", group="ST",
    rationale="""A target is reviewed at the next PEP. If it has no number, score, level, frequency or observable
result ("will be able to ..."), the review can only say "some progress", and PP+ cannot be shown to have made a
difference. In early years an observable outcome ("will put on her coat independently") is a measure; at school
age the target or its success criteria need something that can be counted or seen: a number, a frequency, a
defined standard, an observable marker ('independently'), or one defined product made or done ('write a letter to
her new tutor with paragraphs', 'give a presentation to her tutor group'; targets.toml product_verbs). Scope words
such as 'in all subjects' look like quantities but measure nothing (targets.toml not_measures).""",
    source="seeds/coventry-pep-guidance.txt (SMART targets); seeds/walsall-pep-handbook.txt (Sample PEP targets: "
           "'D to move up 3 points on maths continuum by the next PEP'); domain.md 2",
    good="'Maya will add and subtract fractions with different denominators, scoring 8 out of 10 on the unit test "
         "by 19 December 2025 (currently 4/10).'",
    bad=[Example({"targets[0].text": "To improve reading.", "targets[0].success_criteria": None},
                 "no number, score or observable result"),
         Example({"targets[1].text": "To work harder in maths.", "targets[1].success_criteria": "Maya will try harder."},
                 "the success criteria are vague too"),
         Example({"targets[2].text": "Continue to make good progress in all subjects", "targets[2].success_criteria": None},
                 "'all subjects' says where, not how much (targets.toml not_measures)"),
         Example({"targets[1].text": "Mr Ahmed to provide 1:1 tuition weekly.", "targets[1].success_criteria": None},
                 "an adult's action and its frequency: an input, not an outcome (targets.toml input_verbs)")],
    ok=[Example({"targets[0].text": "To improve reading.",
                 "targets[0].success_criteria": "Reading age from 7.8 to 8.6 years by February half-term."},
                "vague statement but measured success criteria"),
        Example({"targets[0].text": "Maya will write a letter to her new form tutor with paragraphs and correct "
                                    "punctuation by February half-term.", "targets[0].success_criteria": None},
                "one defined product (a letter) is seen to exist or not: measurable by observation"),
        Example({"child.phase": "post16", "child.year_group": 13, "child.key_stage": "KS5",
                 "targets[0].text": "Maya will achieve a B in her sociology mock in March 2026 (currently C).",
                 "targets[0].success_criteria": None}, "a letter grade is a measure"),
        Example({"child.phase": "post16", "child.year_group": 13, "child.key_stage": "KS5",
                 "targets[1].text": "Maya will submit her UCAS application by 14 January 2026.",
                 "targets[1].success_criteria": None}, "her one defined product, submitted or not"),
        Example({"targets[1].text": "Mr Ahmed to provide 1:1 tuition weekly.",
                 "targets[1].success_criteria": "Maya scores 8/10 on the fractions unit test by Christmas."},
                "an input, but the success criteria measure the outcome"),
        Example({"child.phase": "early_years", "child.year_group": 0, "child.key_stage": "EYFS",
                 "targets[2].text": "Maya will be able to put on her coat independently by Christmas.",
                 "targets[2].success_criteria": None}, "early years observable outcome")],
)
def target_not_measurable(pep, ctx):
    for j in judgements(pep, ctx):
        if j.measurable or j.target.unread:  # a field of the target left unread may hold it: the officer is told (RD005)
            continue
        where = "the target or its success criteria" if j.target.success_criteria else "the target"
        crit = (f" The success criteria ('{_quote(j.target.success_criteria, 80)}') do not measure it either."
                if j.target.success_criteria else "")
        if j.statement.measures:  # measured, but only the input (is_input)
            why = (f"it says what an adult will do and how often, not what will change for {_name(pep)}: the "
                   f"support is an input, not an outcome anyone could check.")
        else:
            why = (f"nothing in {where} says how anyone will know it has been met — no number, score, level, "
                   f"frequency or observable result.")
        yield Hit(
            f"{summary(j)} Not measurable: {why}{crit}",
            field=_T.format(j.index, "text"), item=j.number, evidence=j.target.text,
            suggestion=f"Add what {pep.child.first_name or 'the child'} will be able to do and how much or how often, e.g. "
                       f"'{_suggest_rewrite(pep, j, ctx)}'",
        )


@check(
    code="ST002", needs=("targets",), name="target-no-time-frame", title="A target has no time frame",
    vocab=("targets.time_phrases", "targets.period_frames", "targets.ambiguous_months", "targets.month_leads",
           "targets.half_term_dates", "targets.day_frames", "targets.month_half_terms",
           "targets.week_numbers", "targets.months", "targets.not_deadlines") + EMPTY_VOCAB,
    severity="should-fix", group="ST",
    rationale="""Short-term targets should be achievable by the next PEP and long-term targets by the end of the
academic year. Without a date, term or "by the next PEP", nobody knows when to review the target, and it tends
to roll over from PEP to PEP. A frequency ('weekly', 'ongoing', 'no walk-outs in a week') says how often, not by
when; 'within a week' or 'in six weeks' is a time frame.""",
    source="seeds/walsall-pep-handbook.txt (Section B: short term targets by the next PEP meeting, long term by the "
           "end of the academic year); domain.md 2",
    good="'... by February half-term 2026' or 'by the next PEP (4 February 2026)'; long-term targets 'by July 2026'.",
    bad=[Example({"targets[1].text": "Maya will score 8/10 on the weekly fractions quiz.",
                  "targets[1].success_criteria": "8/10 on the quiz.", "targets[1].by_when": "Ongoing",
                  "targets[1].term": None}, "'Ongoing' is not a date"),
         Example({"targets[2].text": "Maya will talk to Ms Carter when she feels anxious instead of walking out, with "
                                     "no walk-outs in a week.", "targets[2].by_when": None, "targets[2].term": None,
                  "targets[2].success_criteria": None},
                 "'in a week' is a rate (how often), not a time frame")],
    ok=[Example({"targets[1].text": "Maya will score 8/10 on the weekly fractions quiz by the next PEP.",
                 "targets[1].by_when": None, "targets[1].term": None}, "'by the next PEP'"),
        Example({"targets[1].by_when": "12/12/2025", "targets[1].text": "Maya will score 8/10 on the fractions quiz.",
                 "targets[1].term": None}, "date in the by-when column")],
)
def target_no_time_frame(pep, ctx):
    for j in judgements(pep, ctx):
        if j.timed or j.target.unread:  # a field of the target left unread may hold it: the officer is told (RD005)
            continue
        bw = (j.target.by_when or "").strip()
        why = (f" The 'by when' column says '{bw}', which is how often or a placeholder, not a date."
               if bw else "")
        fld = _T.format(j.index, "by_when") if bw else _T.format(j.index, "text")
        yield Hit(
            f"{summary(j)} No time frame: the target{', success criteria' if j.target.success_criteria else ''} and "
            f"'by when' do not say when it should be achieved.{why}",
            field=fld, item=j.number, evidence=bw or j.target.text,
            suggestion=(f"Add a date: short-term targets by the next PEP, long-term by the end of the year, e.g. "
                        + (f"'{time_phrase(pep, j)}' (the full rewrite is under 'no measure' for this target)."
                           if _rewrite_elsewhere(pep, j, ctx) else f"'{_suggest_rewrite(pep, j, ctx, keep=j.measurable)}'")),
        )


@check(
    code="ST003", name="target-vague-wording", title="A target is worded vaguely (not Specific)",
    vocab=("targets.vague", "targets.hedges", "targets.vague_unless_criteria"),
    severity="should-fix", group="ST",
    rationale="""Words such as "improve", "work on", "continue to", "try to", "be more", "engage with", "develop"
or "work harder" say that something should get better without saying what the child will do. Even when the
success criteria carry a measure, the target itself should name the skill and the amount, so the child, the
carer and the next teacher all read the same goal. "Try to" always weakens a target.""",
    source="domain.md 2 (weak: 'to improve behaviour', 'to work harder in maths', 'continue to make progress', "
           "'try to'); seeds/walsall-pep-handbook.txt (Review targets and make them SMART)",
    good="'Kai will recall the 3, 4 and 8 times tables with 90% accuracy by Easter' rather than 'To improve his "
         "times tables'.",
    bad=[Example({"targets[1].text": "To improve his times tables.",
                  "targets[1].success_criteria": "25 of 30 correct in 3 minutes by February half-term."},
                 "measured criteria, vague target"),
         Example({"targets[2].text": "Maya will try to attend school every day."}, "'try to' weakens any target"),
         Example({"targets[2].text": "Continue to make good progress in all subjects"},
                 "'all subjects' is scope, not a measure that would make the wording specific"),
         Example({"targets[0].text": "Support with reading."}, "the support named, not what the child will do"),
         Example({"targets[1].text": "Maya will know her fractions."}, "which fractions, known how?")],
    ok=[Example({"targets[2].text": "Maya will improve her attendance to 96% by Christmas."},
                "'improve' with the measure in the target"),
        Example({"targets[1].text": "Maya will know her 3, 4 and 8 times tables, 25/30 in 3 minutes by Easter."},
                "'know her' with the measure in the target")],
)
def target_vague_wording(pep, ctx):
    for j in judgements(pep, ctx):
        if j.specific or not j.vague_hit:
            continue
        s, e, phrase = j.vague_hit[:3]
        hedge = j.vague_hit in j.statement.hedges
        reason = (f"'{phrase}' makes it optional: a target says what {_name(pep)} will do."
                  if hedge else
                  f"'{phrase}' does not say what {_name(pep)} will do differently or how much.")
        yield Hit(
            f"{summary(j)} Vague wording: {reason}",
            field=_T.format(j.index, "text"), item=j.number, span=(s, e), evidence=phrase,
            suggestion=(f"Replace '{phrase}' with the skill and the amount"
                        + (" (a rewrite in its own words is under 'no measure' for this target)."
                           if _rewrite_elsewhere(pep, j, ctx) else f", e.g. '{_suggest_rewrite(pep, j, ctx)}'")),
        )


@check(
    code="ST004", needs=("targets",), name="target-no-owner", title="A target names no one to deliver or check it",
    vocab=("targets.owners", "targets.titles", "targets.not_owners", "targets.owner_connectors") + EMPTY_VOCAB,
    severity="should-fix", group="ST",
    rationale="""Each intervention should say what, who, how often, where and when. A target with no 'who' and no
adult named in it, its actions or its success criteria belongs to nobody, and is the one most often found
untouched at the next PEP. A 'who' that names only the child ("Maya") or a whole institution or everyone at once
("School", "All staff", "Teachers") is no owner either: the child does the work, but an adult has to deliver the
support and check the target, and a job given to everyone is nobody's (the list is not_owners in targets.toml).""",
    source="domain.md 2 (each intervention says what, who, how often, where and when); "
           "seeds/walsall-pep-handbook.txt (Sample PEP targets: 'Key worker to meet twice a week')",
    good="Who: 'Miss Price (English teacher), weekly 30-minute session'; or the actions name the adult.",
    bad=[Example({"targets[0].who": None, "targets[0].actions": None, "targets[0].success_criteria": None},
                 "no who, no adult named"),
         Example({"targets[0].who": "Maya", "targets[0].actions": "Maya to practise at home."},
                 "the child alone: nobody delivers or checks it"),
         Example({"targets[0].who": "School / all staff", "targets[0].actions": None}, "everyone is no one")],
    ok=[Example({"targets[0].who": None, "targets[0].actions": "Miss Price to run a weekly writing session."},
                "the actions name the adult"),
        Example({"targets[0].who": "Maya and her carer"}, "the carer is named beside the child"),
        Example({"targets[0].who": "School", "targets[0].actions": "Mrs Lee checks the late register each Friday."},
                "'School' in the who column, but the actions name the adult"),
        Example({"targets[0].who": None, "targets[0].actions": None, "targets[0].success_criteria": None,
                 "parts.targets": "partial"}, "the targets were not all read: the 'who' may be in what was left")],
)
def target_no_owner(pep, ctx):
    for j in judgements(pep, ctx):
        if j.owner or j.target.unread:  # a field of the target left unread may hold it: the officer is told (RD005)
            continue
        who = (j.target.who or "").strip()
        if who and not empty_cells(ctx)(who):
            why = (f"the 'who' column says '{who}', which names no adult to deliver and check it (the child alone, "
                   f"or everyone at once, is nobody's job), and the actions and success criteria name no one either.")
        else:
            why = ("no one is named in the 'who' column, the actions or the success criteria."
                   + (f" The 'who' column says '{who}'." if who else ""))
        yield Hit(
            f"{summary(j)} No owner: {why}",
            field=_T.format(j.index, "who"), item=j.number, evidence=who or j.target.text,
            suggestion=(f"Name the adult who will deliver and check it, and how often, e.g. 'Who: "
                        f"{_owner_hint(pep, j)}, checked weekly'."),
        )


@check(
    code="ST005", name="target-implausible-jump", title="A target expects an implausible jump",
    vocab=("targets.age_measures", "targets.current_markers", "targets.standard_scale", "targets.deadline_dates",
           "targets.months", "targets.half_term", "targets.next_pep", "targets.number_values", "targets.period_days",
           "subjects.english", "subjects.maths", "subjects.english_areas", "subjects.maths_areas"),
    severity="advice", group="ST",
    rationale="""Targets should be aspirational, but a reading age rising by years in one term, or a GCSE grade
jumping from 2 to 7 by the mocks, sets the child up to fail and makes the review meaningless. Double the usual
rate of progress (about two months of reading age a month) is already ambitious. In KS1/KS2 teacher assessment
(working towards, expected standard, greater depth; targets.toml standard_scale) one step in about two terms is
ambitious: working towards to greater depth by Christmas is not achievable. A maths age is judged like a reading
age; a phonics phase takes about a term, so Phase 2 to Phase 5 by Christmas is not achievable.""",
    source="seeds/walsall-pep-handbook.txt (Sample PEP targets: 'Current reading age 7.8 years ... By next PEP P "
           "would have made at least double the rate of progress'; 'Targets should be aspirational'); domain.md 2",
    good="'Reading age from 7.8 to 8.6 years by February half-term' (double the usual rate), with the long-term aim "
         "stated separately.",
    bad=[Example({"targets[0].text": "Maya's reading age will rise from 8.2 to 11.5 by February half-term."},
                 "over three years in one term"),
         Example({"targets[1].text": "Maya will achieve grade 8 in maths by Christmas."}, "grade 3 to 8 in a term"),
         Example({"targets[0].text": "Maya's reading age will increase from 8y 2m to 12y by the next PEP."},
                 "years-and-months format"),
         Example({"child.phase": "primary", "child.year_group": 5, "child.key_stage": "KS2",
                  "targets[0].area": "Writing",
                  "targets[0].text": "Maya will move from working towards (WTS) to greater depth (GDS) in writing by "
                                     "Christmas."}, "KS2: two steps of teacher assessment in one term"),
         Example({"targets[1].text": "Maya's maths age will rise from 9y 0m to 13y 0m by the summer."},
                 "maths age: four years in under a year"),
         Example({"child.phase": "primary", "child.year_group": 1, "child.key_stage": "KS1",
                  "targets[0].area": "Phonics",
                  "targets[0].text": "Maya will move from Phase 2 to secure Phase 5 by Christmas."},
                 "phonics: three phases in one term")],
    ok=[Example({"targets[0].text": "Maya's reading age will rise from 8.2 to 8.10 by February half-term."}),
        Example({"child.phase": "primary", "child.year_group": 5, "child.key_stage": "KS2",
                 "attainment[0]": {"subject": "Writing", "current": "WTS", "expected": "EXS", "progress": "Below"},
                 "targets[0].area": "Writing",
                 "targets[0].text": "Maya will write at the expected standard (EXS) by the end of the summer term, "
                                    "using paragraphs in 4 of 5 pieces."},
                "KS2: one step (WTS to EXS) over the year"),
        Example({"child.phase": "primary", "child.year_group": 1, "child.key_stage": "KS1",
                 "targets[0].area": "Phonics",
                 "targets[0].text": "Maya will move from Phase 3 to Phase 4 phonics by Christmas, reading 8 of 10 "
                                    "Phase 4 words."}, "phonics: one phase in a term")],
)
def target_implausible_jump(pep, ctx):
    for j in judgements(pep, ctx):
        if not j.jump:
            continue
        jp = j.jump
        due = f"by {_fmt_date(jp['due'])}" if jp["due"] else "within the term"
        yield Hit(
            f"{summary(j)} Not achievable as written: it expects {_name(pep)}'s {jp['kind']} to rise from {jp['from']} "
            f"to {jp['to']} ({jp['gain']}) {due}, about {round(jp['months'])} months away. That is far beyond even "
            f"rapid progress.",
            field=_T.format(j.index, "text"), item=j.number, evidence=j.target.text,
            suggestion=(f"Set a stretching but reachable step, e.g. '{_name(pep)}'s {jp['kind']} will rise from "
                        f"{jp['from']} to {jp['reasonable']} {time_phrase(pep, j)}', and keep {jp['to']} as the "
                        f"longer-term aim."),
        )


@check(
    code="ST007", needs=('targets',), name="too-few-targets", title="Fewer targets than the authority expects",
    severity="should-fix", group="ST",
    rationale="""A PEP sets short- and long-term targets covering English, maths and the child's wider needs
(wellbeing, attendance). Fewer than the authority's minimum usually means one of these has been left out.""",
    source="seeds/walsall-pep-handbook.txt (Section B: targets 'should be both short and long term'; one English "
           "and maths target); domain.md 3",
    good="At least three targets: English, maths, and one for the child's wider needs (e.g. wellbeing).",
    bad=[Example({"targets[2]": DELETE}, "two targets")],
    ok=[Example({}, "three targets")],
)
def too_few_targets(pep, ctx):
    need = int(ctx.policy.get("targets.min_targets"))
    n = len(pep.targets)
    if not pep.part_ok("targets") or n >= need:
        return
    have = (f"only {n} target{'s' if n != 1 else ''}" if n else "no targets")
    areas = [t.area for t in pep.targets if t.area]
    listed = f" ({', '.join(areas)})" if areas else ""
    yield Hit(
        f"This PEP has {have}{listed}; the Virtual School expects at least {need}.",
        section="targets", field="targets", evidence=", ".join(_quote(t.text, 60) for t in pep.targets) or None,
        suggestion=(f"Add {need - n} more: each PEP needs an English and a maths target, and one for "
                    f"{_name(pep)}'s wider needs (wellbeing, attendance or confidence), each with a measure, a date "
                    f"and who will deliver it."),
    )
