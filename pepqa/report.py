"""Plain-text and JSON presentation of check results for the ``check`` command."""
from __future__ import annotations

import json
import textwrap
from typing import Any

from .model import PEP
from .pipeline import Result
from .safe import shown


def describe_parse(pep: PEP) -> list[str]:
    """What was read, in two or three lines a QA officer can scan."""
    cov = pep.coverage()
    missing = [k.replace("_", " ") for k in cov["not_read"]]
    c, s = pep.child, pep.school
    who = c.identifier or c.first_name or None
    year = {None: "year group unknown", -1: "Nursery", 0: "Reception"}.get(c.year_group, f"Year {c.year_group}")
    lines = [
        f"read as {pep.source_format}: {cov['read']}/{cov['expected']} parts read"
        + (f" (not read: {', '.join(missing)})" if missing else " (read in full)"),
        (f"child {who}" if who else "child not identified") + f", {year}" + (f" ({c.key_stage}, {c.phase.value.replace('_', ' ')})" if c.phase else "")
        + f"; school: {s.name or 'unknown'}" + (f" ({s.type.value.replace('_', ' ')})" if s.type else "")
        + f"; {pep.term.value if pep.term else 'term unknown'} {pep.academic_year or ''}".rstrip()
        + f"; meeting {pep.meeting_date or 'date unknown'}",
        f"{len(pep.targets)} targets, {len(pep.previous_targets)} previous targets, {len(pep.pp_spend)} PP+ lines"
        + (f" (£{pep.pp_requested:,.2f} requested)" if pep.pp_requested is not None else "")
        + f", pupil voice {len(pep.pupil_voice.text or '')} characters",
    ]
    return lines


def text_report(r: Result, width: int = 100) -> str:
    out = [shown(r.file)]  # escaped: a file name's control characters never reach the terminal raw
    if r.error:
        out.append(f"  cannot read: {r.error}")
        return "\n".join(out)
    out += ["  " + ln for ln in describe_parse(r.pep)]
    school = [f for f in r.findings if f.audience == "school"]
    officer = [f for f in r.findings if f.audience != "school"]
    if not school:
        out.append("  no findings for the school")
    for f in school + officer:
        if f is (officer[0] if officer else None):
            out.append("  for the officer (not sent to the school):")
        where = f.location.describe()
        out.append(f"  {f.severity.value:10} {f.code} {f.name}  [{where}]")
        out += textwrap.wrap(f.message, width, initial_indent="      ", subsequent_indent="      ")
        if f.evidence:
            ev = f.evidence if len(f.evidence) < 200 else f.evidence[:197] + "..."
            out += textwrap.wrap(f'evidence: "{ev}"', width, initial_indent="      ", subsequent_indent="        ")
        if f.suggestion:
            out += textwrap.wrap(f"fix: {f.suggestion}", width, initial_indent="      ", subsequent_indent="        ")
        if f.officer_note:  # the officer-side remark of a finding (never in a letter)
            out += textwrap.wrap(f"officer note: {f.officer_note}", width, initial_indent="      ",
                                 subsequent_indent="        ")
    if r.verdict is not None:
        out.append("  " + r.verdict.summary())
    return "\n".join(out)


def json_report(r: Result) -> dict[str, Any]:
    d: dict[str, Any] = {"file": shown(r.file), "ok": r.ok}
    if r.error:
        d["error"] = r.error
        return d
    d["pep"] = r.pep.model_dump(mode="json")
    d["findings"] = [f.model_dump(mode="json") for f in r.findings]
    d["verdict"] = _dump(r.verdict)
    return d


def _dump(v: Any) -> Any:
    if v is None:
        return None
    if hasattr(v, "model_dump"):
        return v.model_dump(mode="json")
    if hasattr(v, "__dataclass_fields__"):
        import dataclasses

        return json.loads(json.dumps(dataclasses.asdict(v), default=str))
    return v
