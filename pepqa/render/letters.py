"""Feedback letters to the designated teacher: an editable DOCX and a PDF per PEP.

What a letter says, in this order (domain.md, "Feedback letters"): what is working well (3 to 5
strengths, taken from the groups of checks that passed and described with the PEP's own data);
what needs to change (must-fix) and what would make the plan stronger (should-fix), each quoting
the PEP's words and giving the suggested change; up to 5 optional "you might also consider"
points (advice); then the decision: grade, PP+ (amount and reasons) and, when needed, the date to
resubmit by (today + ``grading.resubmit_within_days``, moved off a weekend).

Tone and privacy: supportive and specific, never shaming. The child is named by first name only
(initials when anonymised). The letter goes to the designated teacher who wrote the PEP, so its quotes
are the PEP's words verbatim, so the school can find them; an anonymised letter removes every name,
in quotes and prose alike (see :class:`pepqa.render.common.Redactor`). Only school findings reach a
letter, and their wording never names the tool, its settings or check codes.

Two steps, so `pepqa batch --letters` can write letters from cached results:
:func:`letter_context` turns a PEP, its findings and verdict into a JSON-ready dict (stored in each
batch record), and :func:`write_letter` / :func:`letters_for_records` add the date, the deadline and
the authority's letterhead from the current policy and write the files.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import re
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterable, Optional

from ..findings import Finding, Severity
from ..model import PEP, OutcomeStatus, SENStatus
from .common import (
    Redactor, child_label, context_text, designated_teacher, field_value, highlighted, plain, sentences,
    strip_policy_refs, term_label, where,
)
from .engine import authority, engine, long_date, money, policy_logo, safe_stem, shorten

CONTEXT_VERSION = 1
MAX_STRENGTHS = 5
MAX_ADVICE = 5


# -- strengths ------------------------------------------------------------------------------------
# Each strength belongs to a group of checks; it is claimed only when at least one "core" check of
# the group ran and no check of the group found anything, and the PEP has the data to describe it.
_GROUPS: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    # key, heading, core code prefixes, other codes in the group
    ("voice", "Pupil voice", ("PV",), ("CP003",)),
    ("targets", "SMART targets", ("ST",), ()),
    ("english_maths", "English and maths", ("EM",), ()),
    ("pp", "PP+ plan", ("PP",), ("SN003",)),
    ("attendance", "Attendance", ("AT", "CP005"), ()),
    ("previous", "Last term's targets", ("CP006",), ()),
    ("sen", "SEN and wellbeing", ("SN",), ()),
    ("aspirations", "Aspirations", ("AS",), ()),
    ("timeliness", "Timeliness", ("TL",), ()),
    ("complete", "A complete plan", ("CP001", "CP002", "CP004"), ()),
]


def _group_of(code: str, name: str) -> Optional[str]:
    if "previous" in name and code.startswith("ST"):
        return "previous"
    for key, _h, core, other in _GROUPS:
        if code in other or any(code.startswith(p) for p in core):
            return key
    return None


def _ran_groups(policy) -> set[str]:
    """Groups with at least one core check that is registered and enabled under this policy."""
    from ..checks.registry import Context, all_checks

    ctx = Context(policy=policy)
    ran = set()
    for c in all_checks():
        if policy is None or ctx.enabled(c):
            g = _group_of(c.code, c.name)
            if g:
                ran.add(g)
    return ran


def _best_voice_quote(text: str, red: Redactor) -> Optional[str]:
    """A short sentence in the child's own words (first person), preferably one with no removed names."""
    cands = []
    for s in sentences(red(text) or ""):
        low = f" {s.lower()} "
        if not (20 <= len(s) <= 170) or not any(w in low for w in (" i ", " i'm ", " my ", " me ")):
            continue
        score = ("[" in s) * 10 + abs(len(s) - 80) / 40
        if any(w in low for w in ("want to", "when i leave", "helps me", "i like", "i enjoy")):
            score -= 2
        cands.append((score, s))
    return min(cands)[1] if cands else None


def _best_target(pep: PEP, red: Redactor) -> Optional[tuple[int, str]]:
    best = None
    for i, t in enumerate(pep.targets):
        txt = " ".join((t.text or "").split())
        if not txt or len(txt) > 220:
            continue
        score = bool(re.search(r"\d", txt)) * 2 + bool(re.search(r"\bby\b", txt, re.I)) - len(txt) / 400
        if best is None or score > best[0]:
            best = (score, t.number or i + 1, red(txt))
    return (best[1], best[2]) if best else None


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _strengths(pep: PEP, findings: list[Finding], policy, red: Redactor, child: str) -> list[dict[str, str]]:
    fired = {_group_of(f.code, f.name) for f in findings}
    ran = _ran_groups(policy) if policy is not None else set()
    ok = lambda g: g in ran and g not in fired  # noqa: E731
    out: list[dict[str, str]] = []
    pv = pep.pupil_voice
    if ok("voice") and pv.text:
        quote = _best_voice_quote(pv.text, red)
        text = f"{child}'s views are recorded in their own words"
        text += f", for example: “{quote}”" if quote else "."
        if quote and not quote.endswith((".", "!", "?")):
            text += "."
        if pv.child_attended is False and pv.captured_how:
            text += f" The PEP also explains how the views were gathered ({shorten(red(pv.captured_how), 120)})."
        out.append({"key": "voice", "heading": "Pupil voice", "text": text})
    if ok("targets") and pep.targets:
        best = _best_target(pep, red)
        n = len(pep.targets)
        text = (f"The {n} new target{'s are' if n != 1 else ' is'} specific and measurable, with who will help and by "
                f"when")
        text += f"; for example, target {best[0]}: “{best[1]}”" if best else ""
        out.append({"key": "targets", "heading": "SMART targets", "text": text.rstrip(".") + "."})
    if ok("english_maths") and pep.targets:
        others = sorted({(t.area or "").strip() for t in pep.targets if t.area} - {""},
                        key=str.lower)
        others = [a for a in others if a.lower() not in {"english", "maths", "mathematics", "reading", "writing",
                                                         "numeracy", "literacy", "phonics", "spelling"}]
        early = pep.child.phase is not None and pep.child.phase.value == "early_years"
        text = ("The targets cover the early years areas of literacy and mathematics" if early
                else "The targets cover both English and maths")
        text += f", alongside {_and([a.lower() for a in others[:3]])}" if others else ""
        out.append({"key": "english_maths", "heading": "Early learning" if early else "English and maths",
                    "text": text + f", so {child}'s core learning is planned for."})
    if ok("pp") and pep.pp_spend:
        n = len(pep.pp_spend)
        total = pep.pp_requested if pep.pp_requested is not None else sum(s.cost or 0 for s in pep.pp_spend)
        text = (f"The PP+ plan links {'each of the ' + str(n) + ' spend lines' if n > 1 else 'the spend line'} to a "
                f"target and shows how the cost is worked out ({money(total)} in total)")
        if pep.pp_impact_review:
            text += ", and last term's PP+ spending is reviewed for its impact"
        out.append({"key": "pp", "heading": "PP+ plan", "text": text + "."})
    if ok("attendance") and pep.attendance_percent is not None:
        pct = f"{pep.attendance_percent:g}%"
        expected = float(policy.get("attendance.challenge_below")) if policy is not None else 95.0
        if pep.attendance_percent >= expected:
            text = f"{child}'s attendance is {pct}"
            text += " with no suspensions recorded" if not pep.exclusions else ""
            text += ", and the PEP records it clearly."
        else:
            text = f"{child}'s attendance of {pct} is recognised, and the plan includes action to improve it."
        out.append({"key": "attendance", "heading": "Attendance", "text": text})
    if ok("previous") and pep.previous_targets and all(p.outcome for p in pep.previous_targets):
        n = len(pep.previous_targets)
        done = sum(1 for p in pep.previous_targets if p.status is OutcomeStatus.achieved)
        text = f"All {n} of last term's targets are reviewed with their outcomes" if n > 1 else \
            "Last term's target is reviewed with its outcome"
        if done:
            text += f"; {done} {'was' if done == 1 else 'were'} achieved, which is good to see"
        out.append({"key": "previous", "heading": "Last term's targets", "text": text + "."})
    if ok("sen") and (pep.sen_status in (SENStatus.sen_support, SENStatus.ehcp) and pep.sen_details):
        kind = "EHCP" if pep.sen_status is SENStatus.ehcp else "SEN support"
        out.append({"key": "sen", "heading": "SEN and wellbeing",
                    "text": f"{child}'s needs ({kind}) and the provision in place are set out clearly."})
    elif ok("sen") and pep.wellbeing:
        out.append({"key": "sen", "heading": "Wellbeing",
                    "text": f"The PEP considers {child}'s wellbeing and the support that helps in school."})
    if ok("aspirations") and pep.aspirations:
        out.append({"key": "aspirations", "heading": "Aspirations",
                    "text": f"{child}'s hopes for the future are recorded: “{shorten(red(pep.aspirations), 160)}”"})
    if ok("timeliness") and pep.meeting_date and pep.completed_date:
        days = (pep.completed_date - pep.meeting_date).days
        when = "on the day of the meeting" if days == 0 else f"{days} day{'s' if days != 1 else ''} after the meeting"
        out.append({"key": "timeliness", "heading": "Timeliness",
                    "text": f"The PEP was completed promptly, {when} on {long_date(pep.meeting_date)}."})
    if ok("complete"):
        out.append({"key": "complete", "heading": "A complete plan",
                    "text": "Every section is completed and signed off, and the key people took part in the meeting."})
    if not out:
        out.append({"key": "thanks", "heading": "Thank you",
                    "text": f"Thank you for completing {child}'s PEP and sending it to us. The points below will help "
                            f"the plan do more for {child}."})
    return out[:MAX_STRENGTHS]


# -- findings -------------------------------------------------------------------------------------
def _titles() -> dict[str, str]:
    try:
        from ..checks.registry import all_checks

        return {c.code: c.title for c in all_checks()}
    except Exception:  # pragma: no cover  (a broken check module must not stop a letter)
        return {}


_SECTION_ORDER = ["child", "school", "meeting", "attendees", "sections", "social_worker", "designated_teacher",
                  "attainment", "attendance", "sen", "wellbeing", "sen_details", "previous_targets", "targets",
                  "pp_plus", "pupil_voice", "aspirations", "transition", "roni", "virtual_school", "qa"]


# Short names for the points about one target, so a target's points read as one line ("no measure; no time
# frame; vague wording") and a poor PEP's letter stays short; the "What to do" list carries the detail.
_SHORT = {
    "ST001": "no measure", "ST002": "no time frame", "ST003": "vague wording", "ST004": "no one named to lead it",
    "ST005": "an unlikely jump from where the child is now",
}


def _first_sentence(msg: str) -> tuple[str, str]:
    parts = sentences(msg)
    return (parts[0], " ".join(parts[1:])) if len(parts) > 1 else (msg, "")


def _pep_words(pep: PEP) -> str:
    """Every piece of text the PEP holds, whitespace folded: a letter puts in quotation marks only what is here."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(pep.model_dump(mode="json", exclude={"provenance"}))
    return " ".join(" ".join(out).split())


def _groups(findings: list[Finding], pep: PEP, red: Redactor, titles: dict[str, str]) -> list[dict[str, Any]]:
    """Findings grouped by the place in the PEP they point at (e.g. target 1), so each place is quoted once,
    with its points (most severe first) and the suggested changes. Evidence is quoted only when it is the
    PEP's own words; a check's summary ("Target 1 (Maths): maths ...") is not put in quotation marks."""
    source = _pep_words(pep)
    by: dict[tuple, list[Finding]] = {}
    for f in findings:
        loc = f.location
        key = (loc.section or "", loc.item if loc.item is not None else (loc.field if loc.section is None else None))
        by.setdefault(key, []).append(f)

    def order(key):
        sec = key[0]
        idx = _SECTION_ORDER.index(sec) if sec in _SECTION_ORDER else len(_SECTION_ORDER)
        item = key[1] if isinstance(key[1], int) else 0
        return (idx, item, str(key[1]))

    groups = []
    for key in sorted(by, key=order):
        fs = sorted(by[key], key=lambda f: (-f.severity.rank, f.code))
        # The quote: the text field most of the group points at, with every located piece of evidence marked.
        fields: dict[str, list[tuple[int, int]]] = {}
        for f in fs:
            _text, span = context_text(pep, f)
            if f.location.field and isinstance(field_value(pep, f.location.field), str):
                spans = fields.setdefault(f.location.field, [])
                if span:
                    spans.append(span)
        quote = None
        main_field = max(fields, key=lambda k: (len(fields[k]), -len(k))) if fields else None
        if main_field:
            text = field_value(pep, main_field)
            # Evidence that is the whole field says nothing more than the quote; mark only the parts.
            spans = [sp for sp in fields[main_field] if sp[1] - sp[0] < 0.9 * len(text)]
            quote = highlighted(text, spans, red, limit=360)
        qtext = plain(quote).lower()
        firsts = [_first_sentence(f.message)[0] for f in fs]
        shared = next((s for s in firsts if firsts.count(s) > 1), None)
        points, todo = [], []
        for f, first in zip(fs, firsts):
            reason = _first_sentence(f.message)[1] if shared and first == shared else f.message
            own = bool(f.evidence) and " ".join(f.evidence.split()) in source
            ev = red(f.evidence) if own else None
            probe = (ev or "").strip(" .…").lower()[:60]
            ev = None if not ev or probe in qtext else shorten(ev, 240)
            points.append({"code": f.code, "title": titles.get(f.code, f.name.replace("-", " ").capitalize()),
                           "short": _SHORT.get(f.code),
                           "level": "must" if f.severity is Severity.must_fix else "should",
                           "reason": red(reason) or "", "evidence": ev})
            sug = red(f.suggestion) if f.suggestion else None
            if sug and sug not in todo:
                todo.append(sug)
        # A target's points read as one line of short names when each has one: the quote shows the words,
        # the "What to do" list says how to fix them.
        compact = all(p["short"] for p in points)
        if todo:
            for p in points:
                if p["level"] == "should":
                    p["reason"] = ""  # the title says what is wrong, the "What to do" list how to fix it
        groups.append({"where": where(fs[0]) or "The PEP", "quote": quote, "summary": red(shared) if shared else None,
                       "same_as": [], "compact": compact,
                       "points": points, "todo": todo, "has_must": any(p["level"] == "must" for p in points),
                       "mixed": len({p["level"] for p in points}) > 1})
    _drop_repeats(groups)
    return groups


def _drop_repeats(groups: list[dict[str, Any]]) -> None:
    """A reason or a suggested change already given for an earlier place is not repeated word for word;
    the later place points back to it instead (e.g. four vague targets get one explanation of 'no time frame')."""
    reasons: set[str] = set()
    todos: dict[str, str] = {}
    for g in groups:
        for pt in g["points"]:
            pt["repeat"] = bool(pt["reason"]) and pt["reason"] in reasons
            if pt["repeat"]:
                pt["reason"] = ""
            elif pt["reason"]:
                reasons.add(pt["reason"])
        kept, earlier = [], []
        for t in g["todo"]:
            if t in todos:
                if todos[t] not in earlier:
                    earlier.append(todos[t])
            else:
                short = re.sub(r" \(page \d+\)$", "", g["where"])
                todos[t] = short.split(", ", 1)[1] if ", " in short else short
                kept.append(t)
        g["todo"] = kept
        g["same_as"] = earlier


_EXAMPLE = re.compile(r"^(.*?)[,:]? e\.g\.,? '(.+)'\.?$")
_POINTER = re.compile(r"\s*\((the full rewrite|a rewrite in its own words) is under [^)]*\)\.?$")


def _target_table(groups: list[dict[str, Any]]) -> Optional[dict[str, Any]]:
    """The targets' points as one short table: each target as written, what to change, and a stronger version
    in its own words; the changes every target needs are listed once below it. None for fewer than 2 targets."""
    rows = [g for g in groups if g.get("compact") and re.match(r"SMART targets, target \d+", g["where"])]
    if len(rows) < 2:
        return None
    common: list[str] = []
    out = []
    for g in rows:
        rewrite = None
        for t in g["todo"]:
            m = _EXAMPLE.match(_POINTER.sub("", t))
            if m and rewrite is None and " will " in m[2]:
                rewrite, t = m[2], m[1]
            else:
                t = _POINTER.sub(".", t)
                t = re.sub(r"^(Replace '[^']+' with the skill and the amount)\.?$", r"\1.", t)
            if re.match(r"^Replace '", t):
                continue  # the stronger version shows it; the word itself is marked in the target
            t = t.rstrip(".") + "."
            key = re.split(r",? e\.g\.", t)[0].rstrip(".")
            if not any(re.split(r",? e\.g\.", c)[0].rstrip(".") == key for c in common):
                common.append(t)
        out.append({"where": re.sub(r"^SMART targets, t", "T", g["where"]), "quote": g["quote"],
                    "points": g["points"], "rewrite": rewrite, "has_must": g["has_must"]})
    for g in rows:
        groups.remove(g)
    for g in groups:
        if g["where"] == "SMART targets":
            g["where"] = "SMART targets, across the targets"  # the table above has the heading "SMART targets"
    return {"rows": out, "common": common, "has_must": any(r["has_must"] for r in out)}


_SENTENCE_END = re.compile(r"(?<!e\.g\.)(?<!i\.e\.)(?<!etc\.)(?:(?<=[.!?])|(?<=[.!?]['’”]))\s+(?=[A-Z“\"'(])")


def _sentences_upto(text: str, limit: int) -> str:
    """Whole sentences of ``text`` up to about ``limit`` characters (at least the first); 'e.g.' ends none."""
    out = ""
    for s in (x.strip() for x in _SENTENCE_END.split(text or "") if x.strip()):
        if out and len(out) + len(s) + 1 > limit:
            break
        out = f"{out} {s}".strip()
    return out


def _tighten(groups: list[dict[str, Any]]) -> None:
    """A letter with points that must change keeps to two pages: in it, what would make the plan stronger
    is given without the quote and reasons, and each place keeps its two main changes, in whole sentences."""
    for g in groups:
        g["todo"] = [_sentences_upto(t, 170) for t in g["todo"][:2]]
        if not g["has_must"]:
            g["quote"] = None if g.get("compact") is False else g["quote"]
            for p in g["points"]:
                p["reason"] = ""
        for p in g["points"]:
            if p["reason"]:
                p["reason"] = _sentences_upto(p["reason"], 0)
        minor = [p for p in g["points"] if p["level"] == "should" and not p["reason"] and not p["evidence"]]
        if g["has_must"] and not g.get("compact") and len(minor) > 1:
            # "Also: the pupil voice is a general summary...; it has none of the child's own words" on one line
            also = "; ".join(p["title"][:1].lower() + p["title"][1:] for p in minor)
            g["points"] = [p for p in g["points"] if p not in minor] + [
                {"code": "", "title": f"Also: {also}", "short": None, "level": "should", "reason": "",
                 "evidence": None, "repeat": False}]


def _brief(groups: list[dict[str, Any]]) -> list[dict[str, str]]:
    """In a letter with points that must change, each place that would only make the plan stronger is one
    line: where, what, and the first change to make."""
    out = []
    for g in groups:
        what = "; ".join(p["title"] for p in g["points"])
        todo = g["todo"][0] if g["todo"] else (f"As for {', '.join(g['same_as'])} above." if g["same_as"] else "")
        out.append({"where": g["where"], "text": f"{what}. {todo}".strip()})
    return out


def _advice(findings: list[Finding], red: Redactor, pep: PEP) -> list[dict[str, str]]:
    out, seen = [], set()
    source = _pep_words(pep)
    for f in findings:
        if f.code in seen:
            continue
        seen.add(f.code)
        body = red(f.suggestion or f.message) or ""
        own = f.evidence and len(f.evidence) <= 60 and " ".join(f.evidence.split()) in source
        ev = red(f.evidence) if own else None
        out.append({"code": f.code, "text": (f"“{ev}”: " if ev else "") + _sentences_upto(body, 260)})
        if len(out) == MAX_ADVICE:
            break
    return out


def _grade(verdict, n_must: int, n_should: int) -> dict[str, str]:
    g = verdict.grade
    css = g.lower().replace(" ", "-")
    if g in ("Red", "review again"):
        text = (f"We cannot approve the PEP yet: {'the point' if n_must == 1 else f'the {n_must} points'} under "
                f"“What needs to change” must be put right first.")
    elif g == "Amber":
        text = (f"The PEP meets the essentials. Working on the {n_should} points under “What would make the plan "
                f"stronger” would lift it to Green.")
    elif n_should:
        text = "The PEP meets the standard. The suggestions above would make it stronger still."
    else:
        text = "The PEP meets the standard. Thank you."
    label = g if verdict.mode == "rag" else g.capitalize()
    return {"label": label, "css": css, "text": text}


def _pp(verdict, child: str, titles: dict[str, str], red: Redactor) -> dict[str, Any]:
    pp = verdict.pp_plus
    req = money(pp.requested) if pp.requested else None
    reasons: list[str] = []
    if not pp.funded:
        why = next((strip_policy_refs(r.message) for r in pp.reasons if r.code is None), "")
        text = why or f"PP+ is not paid through the PEP for {pp.not_funded}."
        if req:
            text += f" The {req} requested cannot be released."
    elif pp.recommendation == "release":
        if pp.allowed:
            text = f"We will release {money(pp.allowed)} of PP+ for this term"
            text += f" ({req} was requested)." if req and pp.requested != pp.allowed else "."
        else:
            text = (f"No PP+ was requested in this PEP, so there is nothing to release this term. If {child} would "
                    f"benefit from extra support, please add a costed plan linked to the targets.")
    else:
        if pp.requested:
            text = (f"The PP+ request ({req}) is on hold until the points under “What needs to change” are put "
                    f"right; we will then release {money(pp.allowed)}.")
        else:
            text = ("No PP+ amount was requested, and the points under “What needs to change” need to be put right "
                    "before any PP+ can be released.")
    # The amount to be released is in the text; "requested is more than the termly amount" repeats it.
    notes = [strip_policy_refs(n) for n in pp.notes if "withhold_on" not in n and "withheld while" not in n
             and "more than the termly amount" not in n]
    return {"decision": pp.recommendation, "text": text, "reasons": reasons, "notes": [n for n in notes if n],
            "requested": pp.requested, "allowed": pp.allowed, "funded": pp.funded}


def _verbatim(text: Optional[str]) -> Optional[str]:
    return text


def letter_context(pep: PEP, findings: list[Finding], verdict, policy,
                   anonymise: bool = False) -> Optional[dict[str, Any]]:
    """Everything a feedback letter says about this PEP, as a JSON-ready dict (no date, no letterhead).

    None when the PEP needs reading by hand: a letter from what pepqa could read would judge the school on
    what pepqa missed. Only school findings reach a letter; what pepqa could not read is the officer's."""
    if getattr(verdict, "state", "graded") == "manual":
        return None
    findings = [f for f in findings if f.audience == "school"]
    # A letter to the designated teacher quotes their own PEP word for word, so they can find it; names come
    # out only in an anonymised letter (consistently, by the one Redactor).
    red = Redactor(pep, "anonymise") if anonymise else _verbatim
    child = child_label(pep, anonymise)
    titles = _titles()
    must = [f for f in findings if f.severity is Severity.must_fix]
    should = [f for f in findings if f.severity is Severity.should_fix]
    # The Virtual School's own sign-off is not the designated teacher's to fix: left out of their advice.
    advice = [f for f in findings if f.severity is Severity.advice
              and not (f.location.field or "").startswith(("sections.qa", "sections.virtual_school"))]
    dt = None if anonymise else designated_teacher(pep)
    term = term_label(pep)
    known_term = term != "this term"
    grade = _grade(verdict, len(must), len(should))
    pp = _pp(verdict, child, titles, red)
    resubmit = bool(must) or verdict.grade in ("Red", "Amber", "review again") or (
        pp["decision"] == "withhold" and pp["funded"])
    days = int(policy.get("grading.resubmit_within_days")) if policy is not None else 10
    school = pep.school.name
    groups = _groups(must + should, pep, red, titles)
    table = _target_table(groups)
    brief: list[dict[str, str]] = []
    if must:
        _tighten(groups)
        brief = _brief([g for g in groups if not g["has_must"]])
    return _no_policy_refs({
        "version": CONTEXT_VERSION,
        "anonymised": anonymise,
        "child": child,
        "source_stem": None if anonymise or not pep.source_file else Path(pep.source_file).stem,
        "school": school,
        "recipient_name": dt,
        "recipient_line": f"{dt}, Designated Teacher" if dt else "The Designated Teacher",
        "salutation": f"Dear {dt}" if dt else "Dear Designated Teacher",
        "term": term,
        "subject": f"Feedback on {child}'s Personal Education Plan" + (f", {term}" if known_term else ""),
        "opening": [
            f"Thank you for {child}'s Personal Education Plan (PEP) for {'the ' if known_term else ''}{term}. "
            "We have read it against our quality standards: this letter sets out what is working well, what "
            "needs to change and our decision on Pupil Premium Plus (PP+).",
        ],
        "strengths": _strengths(pep, findings, policy, red, child)[:3 if must else MAX_STRENGTHS],
        "must": [g for g in groups if g["has_must"]],
        "targets_table": table,
        "must_intro": ("These points need to be put right before we can approve the PEP"
                       + (" and release PP+" if pp["decision"] == "withhold" and pp["funded"] else "") + "; "
                       "each quotes the PEP so you can find it."),
        "should": [] if brief else [g for g in groups if not g["has_must"]],
        "should_brief": brief,
        "should_intro": (f"These would make the plan work harder for {child}: please pick them up in the updated "
                         "PEP or at the next PEP meeting."),
        # A letter with points that must change keeps to them: the optional extras wait for the next PEP
        # (the officer still sees them in the workbook).
        "advice": [] if must else _advice(advice, red, pep),
        "grade": grade,
        "pp": pp,
        "needs_resubmit": resubmit,
        "resubmit_within_days": days,
        "resubmit_text": "Please send us the updated PEP with the changes above; there is no need for another "
                         f"meeting unless the changes affect the targets agreed with {child}.",
        "no_resubmit_text": "No resubmission is needed. Please carry the suggestions into the next PEP meeting.",
        "closing": [
            f"Thank you for the care you are taking over {child}'s education; we are glad to help with any of this.",
        ],
        "counts": dict(verdict.counts),
    })


def _no_policy_refs(node: Any) -> Any:
    """Every string of the letter without '(policy pp_plus.fund_post16 = false)' style notes, which are for
    the officer: a school is never pointed at the Virtual School's settings."""
    if isinstance(node, str):
        return strip_policy_refs(node) if "(policy" in node else node
    if isinstance(node, list):
        return [_no_policy_refs(x) for x in node]
    if isinstance(node, dict):
        return {k: _no_policy_refs(v) for k, v in node.items()}
    return node


# -- writing --------------------------------------------------------------------------------------
def deadline(today: date, days: int) -> date:
    """``today + days``, moved to the Monday when it falls on a weekend."""
    d = today + timedelta(days=days)
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def _render_context(letter: dict[str, Any], policy, today: Optional[date], logo_url: Optional[str]) -> dict[str, Any]:
    today = today or date.today()
    auth = authority(policy)
    due = deadline(today, int(letter.get("resubmit_within_days") or 10))
    return {
        "title": letter["subject"], "letter": letter, "authority": auth, "logo_url": logo_url,
        "date_text": long_date(today), "deadline_text": long_date(due, weekday=True),
        "resubmit": bool(letter.get("needs_resubmit")),
    }


def write_letter(letter: dict[str, Any], out_dir: Path, stem: str, policy, today: Optional[date] = None,
                 templates: Optional[Path] = None, formats: Iterable[str] = ("docx", "pdf")) -> list[Path]:
    """Write ``STEM.docx`` and ``STEM.pdf`` into ``out_dir``; returns the paths written."""
    from .docx_out import write_letter_docx

    eng = engine(templates, policy_logo(policy))
    ctx = _render_context(letter, policy, today, eng.logo_url())
    return eng.write_documents(out_dir, stem, "letter.html.j2", ctx, write_letter_docx, formats)


def _unique(stem: str, used: set[str]) -> str:
    s, n = stem, 2
    while s.lower() in used:
        s, n = f"{stem}-{n}", n + 1
    used.add(s.lower())
    return s


def letters_for_records(records: list[dict[str, Any]], out_dir, policy, anonymise: bool = False,
                        today: Optional[date] = None, templates: Optional[Path] = None,
                        workers: Optional[int] = None, formats: tuple[str, ...] = ("docx", "pdf"),
                        progress=None, resume: bool = False, errors: Optional[list] = None) -> list[Path]:
    """Letters (DOCX and PDF) for batch records that carry a ``letter`` context; unreadable files are skipped.

    Files are named after the PEP file (``<file>-letter``) or, when anonymised, after the child's
    pseudonymous ID, so no name reaches a file name. Many letters are written by a few worker
    processes (each with its own engine); a handful are written in this process.

    ``resume``: a letter already written for the same record (same cache key: same file content, policy,
    data files and date) is kept, not written again; ``letters/.pepqa-letters.json`` remembers which.
    A letter that cannot be written (a bug on odd input) is left out and named in ``errors``; an OSError
    (disk full, read-only) stops the run as an output fault.
    """
    out_dir = Path(out_dir)
    used: set[str] = set()
    jobs: list[tuple[dict[str, Any], str]] = []
    keys: dict[str, Optional[str]] = {}
    for i, rec in enumerate(records, 1):
        letter = rec.get("letter")
        if not rec.get("ok") or not letter:
            continue
        if anonymise or letter.get("anonymised"):
            base = rec.get("child_id") or f"pep-{i}"
        else:
            base = Path(rec.get("file") or f"pep-{i}").stem
        stem = _unique(safe_stem(f"{base}-letter", f"pep-{i}-letter"), used)
        keys[stem] = rec.get("cache_key")
        jobs.append((letter, stem))
    manifest_p = out_dir / MANIFEST
    manifest: dict[str, str] = _read_manifest(manifest_p) if resume else {}
    total = len(jobs)
    kept: dict[str, list[Path]] = {}
    if resume:
        todo = []
        for letter, stem in jobs:
            paths = [out_dir / f"{stem}.{ext}" for ext in formats]
            if keys.get(stem) and manifest.get(stem) == keys[stem] and all(p.is_file() for p in paths):
                kept[stem] = paths
            else:
                todo.append((letter, stem))
        jobs = todo
    done = total - len(jobs)
    start = time.perf_counter()
    if progress:
        progress(done, total, 0.0)
    found: dict[str, list[Path]] = {}

    def finished(stem: str, paths: list[Path], err: Optional[str]) -> None:
        nonlocal done
        done += 1
        if err:
            if errors is not None:
                errors.append((stem, err))
        else:
            found[stem] = paths
            if keys.get(stem):
                manifest[stem] = keys[stem]
        if progress:
            progress(done, total, time.perf_counter() - start)

    n = workers if workers is not None else min(os.cpu_count() or 1, 4)
    try:
        if n <= 1 or len(jobs) < PARALLEL_FROM or "fork" not in mp.get_all_start_methods():
            for letter, stem in jobs:
                paths, err = _write_one(letter, out_dir, stem, policy, today, templates, formats)
                finished(stem, paths, err)
        else:
            # fork: the children inherit the loaded modules (fast start); each builds its own WeasyPrint engine.
            ctx = mp.get_context("fork")
            size = max(1, min(10, len(jobs) // (n * 4) or 1))  # small chunks: progress, and resume after Ctrl-C
            chunks = [jobs[k:k + size] for k in range(0, len(jobs), size)]
            pool = ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_fresh_engines)
            try:
                futs = [pool.submit(_write_chunk, chunk, out_dir, policy, today, templates, formats) for chunk in chunks]
                for fut in as_completed(futs):
                    for stem, paths, err in fut.result():
                        finished(stem, paths, err)
            except BaseException:  # Ctrl-C or an output fault: stop now, keep what is done (the manifest below)
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            pool.shutdown(wait=True)
    finally:
        if resume or manifest_p.exists():
            _write_manifest(manifest_p, manifest)
    return [p for stem in keys for p in found.get(stem) or kept.get(stem, [])]


PARALLEL_FROM = 6
MANIFEST = ".pepqa-letters.json"


def _read_manifest(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_manifest(path: Path, manifest: dict[str, str]) -> None:
    from ..atomic import write_text

    write_text(path, json.dumps(manifest, sort_keys=True, indent=0))


def _fresh_engines() -> None:
    from . import engine as _engine
    from ..guard import die_with_parent

    import signal

    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C (and exits 130)
    _engine._ENGINES.clear()


def _write_one(letter, out_dir, stem, policy, today, templates, formats) -> tuple[list[Path], Optional[str]]:
    """One letter, or why it could not be written (no PEP text in the reason). OSError is an output fault."""
    try:
        return write_letter(letter, out_dir, stem, policy, today, templates, formats), None
    except (OSError, MemoryError, KeyboardInterrupt):
        raise
    except Exception as e:  # noqa: BLE001 - one odd letter must not cost the others
        return [], f"the letter could not be written ({type(e).__name__})"


def _write_chunk(chunk, out_dir, policy, today, templates, formats) -> list[tuple[str, list[Path], Optional[str]]]:
    return [(stem, *_write_one(letter, out_dir, stem, policy, today, templates, formats)) for letter, stem in chunk]


def letters_for_files(paths: Iterable[str], out_dir, policy, today: Optional[date] = None, anonymise: bool = False,
                      templates: Optional[Path] = None) -> tuple[list[Path], list[tuple[str, str]]]:
    """Read and check each PEP file, then write its letter; returns (paths written, [(file, reason)] not read)."""
    from ..anonymise import pseudonym
    from ..batch import CACHE_DIR, _pseudonym_key, collect
    from ..guard import guarded
    from ..pipeline import check_file

    files, unmatched = collect(paths)
    errors = [(u, "no such file, folder or matching files") for u in unmatched]
    key = _pseudonym_key(Path(out_dir) / CACHE_DIR) if anonymise else None
    records = []
    for f in files:
        r, why = guarded(lambda: check_file(str(f), policy, today))
        if r is None:
            errors.append((str(f), why))
            continue
        if r.error:
            errors.append((str(f), r.error))
            continue
        if r.verdict.state == "manual":
            errors.append((str(f), "needs reading by hand (pepqa could not read all of it): no letter written"))
            continue
        records.append({"file": str(f), "ok": True, "child_id": pseudonym(r.pep, key) if key else r.pep.child.identifier,
                        "letter": letter_context(r.pep, r.findings, r.verdict, policy, anonymise=anonymise)})
    failed: list = []
    written = letters_for_records(records, out_dir, policy, anonymise=anonymise, today=today, templates=templates,
                                  errors=failed)
    stems = {}
    for rec in records:  # name the input, not the letter's stem, in what could not be written
        stems.setdefault(safe_stem(f"{Path(rec['file']).stem}-letter"), rec["file"])
    errors += [(stems.get(stem, stem), why) for stem, why in failed]
    return written, errors
