"""Helpers the renderers share: where a finding is in the PEP, the text around it, and names.

Kept apart from the templates so the letter, the clean PEP and the moderation pack describe a
place in the PEP the same way ("SMART targets, target 2, page 3").
"""
from __future__ import annotations

import re
from typing import Any, Optional

from ..anonymise import name_replacements, redact
from ..findings import Finding
from ..model import PEP, Role

SECTION_LABELS = {
    "child": "Personal details", "school": "School details", "meeting": "Meeting details",
    "attendees": "Attendees", "sections": "Sign-off", "social_worker": "Social worker section",
    "designated_teacher": "Designated teacher section", "attainment": "Attainment and progress",
    "attendance": "Attendance and exclusions", "sen": "SEN and wellbeing", "wellbeing": "SEN and wellbeing",
    "sen_details": "SEN and wellbeing", "pupil_voice": "Pupil voice", "previous_targets": "Review of previous targets",
    "targets": "SMART targets", "pp_plus": "PP+ plan", "aspirations": "Aspirations and careers",
    "transition": "Transition", "roni": "Virtual School section", "virtual_school": "Virtual School section",
    "qa": "Quality assurance", "part_time_timetable": "Attendance and exclusions",
    "alternative_provision": "Attendance and exclusions", "provision_review_date": "Attendance and exclusions",
}
_ITEM_WORD = {"targets": "target", "previous_targets": "previous target", "pp_plus": "spend line",
              "attendance": "exclusion", "attainment": "row"}

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def field_value(pep: PEP, path: Optional[str]) -> Any:
    """The value at a model path such as ``targets[1].text`` or ``pupil_voice.text`` (None if absent)."""
    if not path:
        return None
    node: Any = pep
    for m in _STEP.finditer(path):
        try:
            if m[2] is not None:
                node = node[int(m[2])]
            elif isinstance(node, dict):
                node = node.get(m[1])
            else:
                node = getattr(node, m[1])
        except (AttributeError, IndexError, KeyError, TypeError):
            return None
        if node is None:
            return None
    return node


def where(f: Finding) -> str:
    """'SMART targets, target 2 (page 3)': a pointer a designated teacher can follow in their own PEP."""
    loc = f.location
    bits = []
    label = SECTION_LABELS.get(loc.section or "", (loc.section or "").replace("_", " ").capitalize())
    if label:
        bits.append(label)
    if loc.item is not None:
        bits.append(f"{_ITEM_WORD.get(loc.section or '', 'item')} {loc.item}")
    text = ", ".join(bits)
    if loc.source and loc.source.page:
        text += f" (page {loc.source.page})"
    return text


def context_text(pep: PEP, f: Finding) -> tuple[str, Optional[tuple[int, int]]]:
    """The text of the field a finding points at, and the evidence's span in it (None if not locatable)."""
    value = field_value(pep, f.location.field)
    text = value if isinstance(value, str) else None
    ev = f.evidence or ""
    if text is None:
        return ev, ((0, len(ev)) if ev else None)
    span = f.location.span
    if span and 0 <= span[0] < span[1] <= len(text) and (not ev or text[span[0]:span[1]] == ev):
        return text, (span[0], span[1])
    if ev:
        i = text.find(ev)
        if i < 0:
            i = text.lower().find(ev.lower())
        if i >= 0:
            return text, (i, i + len(ev))
        return text, None
    return text, None


def designated_teacher(pep: PEP) -> Optional[str]:
    for a in pep.attendees:
        if a.role is Role.designated_teacher and a.name:
            return a.name
    s = pep.sections.get("designated_teacher")
    return s.signed_by if s and s.signed_by else None


class Redactor:
    """Removes names from text for one PEP.

    ``mode="letter"``: for a letter to the designated teacher: the child's full name and surname become
    their first name, the DT's name stays, every other adult becomes their role ('[social worker]'),
    titled names (Mr Osborne) and common first names become '[name removed]'.
    ``mode="anonymise"``: for moderation packs and redacted PEPs: the child becomes initials and
    everyone else, the DT included, their role or '[name removed]'.
    ``extra``: further names to remove (e.g. every name in a moderation pack's sample).
    """

    def __init__(self, pep: PEP, mode: str = "anonymise", extra: tuple[str, ...] = ()):
        self.mode = mode
        reps = name_replacements(pep)
        self.keep: list[str] = []
        child = pep.child.name
        if mode == "letter":
            first = pep.child.first_name
            if child and first:
                for k in [child, *child.split()]:
                    if k in reps:
                        reps[k] = first
                self.keep.append(first)
            dt = designated_teacher(pep)
            if dt:
                self.keep.append(dt)
        self.reps = reps
        self.extra = tuple(extra)

    def __call__(self, text: Optional[str]) -> Optional[str]:
        if not text:
            return text
        return redact(text, self.reps, self.extra, keep=self.keep, free_names=True)


def child_label(pep: PEP, anonymise: bool) -> str:
    from ..anonymise import initials

    if anonymise:
        return initials(pep.child.name) if pep.child.name else "the child"
    return pep.child.first_name or "the child"


def term_label(pep: PEP) -> str:
    term = pep.term.value if pep.term else None
    if term and pep.academic_year:
        return f"{term} term {pep.academic_year}"
    if term:
        return f"{term} term"
    return pep.academic_year or "this term"


def strip_policy_refs(text: str) -> str:
    """Drop '(policy pp_plus.fund_post16 = false)' style references meant for QA officers."""
    return re.sub(r"\s*\(policy [^)]*\)", "", text).strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text or "") if s.strip()]


# -- quoting with highlights ----------------------------------------------------------------------
_OPEN, _CLOSE = "\x02", "\x03"


def highlighted(text: str, spans: list[tuple[int, int]], red=None, limit: int = 420) -> list[dict[str, Any]]:
    """``text`` cut to about ``limit`` characters around the spans, names removed by ``red``, as segments
    ``[{"t": "...", "m": False}, {"t": "evidence", "m": True}, ...]`` (``m`` = highlighted).

    Sentinel characters mark the spans before names are removed, so highlighting survives redaction.
    """
    text = text or ""
    merged: list[list[int]] = []
    for a, b in sorted((max(0, a), min(len(text), b)) for a, b in spans if b > a):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    start, end = 0, len(text)
    if len(text) > limit:
        first = merged[0][0] if merged else 0
        start = max(0, first - limit // 3)
        if start:
            sp = text.find(" ", start)
            start = sp + 1 if 0 <= sp < first else start
        end = min(len(text), max(start + limit, merged[-1][1] if merged else 0))
        if end < len(text):
            sp = text.rfind(" ", start, end)
            end = sp if sp > (merged[-1][1] if merged else start) else end
    out = []
    pos = start
    for a, b in merged:
        if b <= start or a >= end:
            continue
        a, b = max(a, start), min(b, end)
        out.append(text[pos:a])
        out.append(_OPEN + text[a:b] + _CLOSE)
        pos = b
    out.append(text[pos:end])
    s = ("…" if start > 0 else "") + "".join(out).strip() + ("…" if end < len(text) else "")
    s = " ".join(s.split(" "))
    if red is not None:
        s = red(s) or ""
    segs: list[dict[str, Any]] = []
    for part in re.split(f"({_OPEN}[^{_CLOSE}]*{_CLOSE})", s):
        if not part:
            continue
        if part.startswith(_OPEN):
            segs.append({"t": part[1:-1], "m": True})
        else:
            segs.append({"t": part.replace(_OPEN, "").replace(_CLOSE, ""), "m": False})
    return segs


def plain(segs: list[dict[str, Any]] | None) -> str:
    return "".join(s["t"] for s in segs or [])
