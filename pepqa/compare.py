"""Field-by-field comparison of a parse with its expected values (used by tests and accuracy reports)."""
from __future__ import annotations

import re
from typing import Any


def flatten(d: Any, prefix: str = "") -> dict[str, Any]:
    """{"targets[0].text": "...", ...}: leaves only; None and empty containers are dropped."""
    out: dict[str, Any] = {}
    if isinstance(d, dict):
        for k, v in d.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(d, list):
        for i, v in enumerate(d):
            out.update(flatten(v, f"{prefix}[{i}]"))
    elif d is not None and d != "":
        out[prefix] = d
    return out


def _norm(v: Any) -> Any:
    if isinstance(v, str):
        return re.sub(r"\s+", " ", v).strip()
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def compare(expected: dict, actual: dict) -> tuple[int, int, list[str]]:
    """(fields right, fields compared, differences). Fields read but not expected count as wrong."""
    e, a = flatten(expected), flatten(actual)
    keys = sorted(set(e) | set(a))
    diffs = []
    right = 0
    for k in keys:
        if _norm(e.get(k)) == _norm(a.get(k)):
            right += 1
        else:
            diffs.append(f"{k}: expected {e.get(k)!r}, read {a.get(k)!r}")
    return right, len(keys), diffs
