"""ST009: the R of SMART. A target is relevant when it answers a need the PEP itself records.

The needs read here are the structured ones: an attainment row below expectation, a special educational
need (SEN support or an EHCP), attendance below the policy line. The check is advice and deliberately
narrow: it fires only when *none* of the targets answers *any* recorded need, and names each need left
unaddressed. A worry the child raises that no target picks up is PV008's (one finding per worry), so it is
not repeated here. Words come from ``data/vocab/relevance.toml`` (and the attendance words of
``statutory.toml``); subjects are recognised by the same subject vocabulary as the English and maths checks.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import PEP, SENStatus
from .registry import Example, Hit, check
from .lib.books import book, word_set
from .lib.subjects import area_subjects, parse_grade, target_subjects


# the phrase lists read of each vocabulary (one book each, so one pass per text)
_LISTS = {"relevance": ("below_expected", "sen_words", "sen_literacy", "sen_numeracy"), "statutory": ("attendance",)}


def _has(ctx, vocab: str, name: str, text: str | None) -> bool:
    """Does ``text`` hold a phrase of list ``name`` of vocabulary ``vocab`` (pepqa.matching: whole words, any case)?"""
    lists = _LISTS.get(vocab, (name,))
    return bool(text) and book(ctx.vocab(vocab), lists, f"{vocab} vocabulary").any(text, name)


def _target_text(t) -> str:
    return " ".join(x for x in (t.area, t.text, t.actions, t.success_criteria) if x)


def _below(row, ctx) -> Optional[str]:
    """Why an attainment row is a gap ('Below expected', 'Grade 3, expected Grade 5'), or None."""
    if _has(ctx, "relevance", "below_expected", row.progress):
        return row.progress.strip()
    if (row.progress or "").strip():
        return None  # the school's own judgement ('On track') decides when it is given
    cur, exp = parse_grade(row.current), parse_grade(row.expected)
    if cur is not None and exp is not None and cur < exp and (row.current or "").strip()[:1].lower() in "g0123456789":
        return f"{row.current.strip()}, expected {row.expected.strip()}"
    return None


def _subject_key(subject: str, sv: dict) -> tuple[set[str], str]:
    """(english/maths keys the row's subject names, the subject as written in lower case)."""
    subs, _, _ = area_subjects(subject, sv)
    return subs, subject.strip().lower()


def _answers_subject(pep: PEP, subject: str, sv: dict, phase: Optional[str]) -> bool:
    keys, word = _subject_key(subject, sv)
    for t in pep.targets:
        if keys and keys & {s for s, *_ in target_subjects(t, sv, phase)}:
            return True
        if word and re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", _target_text(t), re.I):
            return True
    return False


def _needs(pep: PEP, ctx) -> list[tuple[str, str]]:
    """(kind, description) of each need the PEP records, read only from parts that were read."""
    out: list[tuple[str, str]] = []
    if pep.part_ok("attainment"):
        for row in pep.attainment:
            why = _below(row, ctx)
            if why and row.subject:
                out.append((f"subject:{row.subject}", f"{row.subject} is {why[0].lower() + why[1:]}"
                            if why[:1].isupper() and not why[:1].isdigit() and not why.lower().startswith("grade")
                            else f"{row.subject}: {why}"))
    if pep.part_ok("sen") and pep.sen_status in (SENStatus.sen_support, SENStatus.ehcp):
        label = "an EHCP" if pep.sen_status is SENStatus.ehcp else "SEN support"
        detail = f" ({pep.sen_details.strip().rstrip('.')})" if pep.sen_details and len(pep.sen_details) < 120 else ""
        out.append(("sen", f"{label}{detail}"))
    line = float(ctx.policy.get("attendance.challenge_below"))
    if pep.part_ok("attendance") and pep.attendance_percent is not None and pep.attendance_percent < line:
        out.append(("attendance", f"attendance is {pep.attendance_percent:g}%, below {line:g}%"))
    return out


def _answered(kind: str, pep: PEP, ctx) -> bool:
    texts = [_target_text(t) for t in pep.targets]
    if kind.startswith("subject:"):
        phase = pep.child.phase.value if pep.child.phase else None
        return _answers_subject(pep, kind.split(":", 1)[1], ctx.vocab("subjects"), phase)
    if kind == "attendance":
        return any(_has(ctx, "statutory", "attendance", t) for t in texts)
    if kind == "sen":
        if any(_has(ctx, "relevance", "sen_words", t) for t in texts):
            return True
        need = pep.sen_details or ""
        phase = pep.child.phase.value if pep.child.phase else None
        sv = ctx.vocab("subjects")
        for lst, subject in (("sen_literacy", "english"), ("sen_numeracy", "maths")):
            if _has(ctx, "relevance", lst, need) and any(
                    subject in {s for s, *_ in target_subjects(t, sv, phase)} for t in pep.targets):
                return True
        ignore = word_set(ctx.vocab("relevance"), "sen_detail_ignore")
        named = {w for w in re.findall(r"[a-z]{5,}", (pep.sen_details or "").lower()) if w not in ignore}
        return any(w in t.lower() for w in named for t in texts)
    return False


@check(
    code="ST009", name="targets-not-relevant",
    vocab=("relevance.below_expected", "relevance.sen_words", "relevance.sen_literacy", "relevance.sen_numeracy",
           "relevance.sen_detail_ignore", "statutory.attendance", "subjects.english", "subjects.maths"), title="No target answers a need the PEP records",
    severity="advice", group="ST", needs=("targets",),
    rationale="""The R of SMART: a target is relevant when it answers what this child needs now. The PEP itself
records those needs: attainment below what is expected, a special educational need, attendance below the line the
authority challenges. When none of the targets answers any of them, the plan is unlikely to make the difference
PP+ is paid for. This is advice and fires only when no target answers any recorded need: a plan may rightly put
one need first.""",
    source="seeds/coventry-pep-guidance.txt (SMART targets informed by attainment data); domain.md (2: SMART; 6: "
           "attendance); real-forms.md 15 (Lancashire's 'R Relevant' prompt)",
    good="At least one target answers the most pressing recorded need: 'Maya will add and subtract fractions with "
         "different denominators, scoring 8 out of 10 on the unit test by 19 December' beside maths below expected.",
    bad=[Example({"targets": [
        {"number": 1, "area": "PE", "text": "Maya will swim 25 metres front crawl by the end of the spring term.",
         "actions": "Weekly swimming club.", "success_criteria": "25 m unaided, recorded by the coach.",
         "who": "Mr Cole (PE)", "by_when": "End of spring term 2026", "term": "long"},
        {"number": 2, "area": "Art", "text": "Maya will finish her portfolio of five pieces by February half-term.",
         "actions": "Art club on Thursdays.", "success_criteria": "Five pieces mounted for the display.",
         "who": "Ms Dale (art)", "by_when": "February half-term 2026", "term": "short"}]},
        "maths is below expected, and neither target is about maths"),
        Example({"attendance_percent": 86.0, "attainment": [
            {"subject": "English", "current": "Grade 5", "expected": "Grade 5", "progress": "On track"},
            {"subject": "Maths", "current": "Grade 5", "expected": "Grade 5", "progress": "On track"}]},
            "attendance 86% and no target about attendance; English and maths on track")],
    ok=[Example({}, "maths below expected is answered by the fractions target"),
        Example({"attainment": [{"subject": "English", "current": "Grade 5", "expected": "Grade 5", "progress": "On track"},
                                {"subject": "Maths", "current": "Grade 6", "expected": "Grade 5", "progress": "Above"}]},
                "no need recorded: nothing to answer"),
        Example({"sen_status": "sen_support", "sen_details": "Dyslexic traits: coloured overlay and extra time.",
                 "attainment": [{"subject": "English", "current": "Grade 5", "expected": "Grade 5", "progress": "On track"}]},
                "a dyslexia need is answered by the English (writing) target")],
)
def targets_not_relevant(pep, ctx):
    if not pep.targets:
        return
    needs = _needs(pep, ctx)
    if not needs or any(_answered(kind, pep, ctx) for kind, _ in needs):
        return
    first = pep.child.first_name or "the child"
    said = "; ".join(desc for _, desc in needs)
    yield Hit(
        f"None of the targets answers a need the PEP records: {said}.",
        field="targets", evidence=said,
        suggestion=(f"Make at least one target answer the most pressing of these, e.g. '{first} will [what, measured "
                    "how] by [date], with [who], [how often]', or say in the plan why another priority comes first."),
    )
