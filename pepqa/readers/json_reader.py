"""The documented JSON form of the PEP model (``pepqa schema`` prints its JSON Schema).

For platforms that can export data, and for tests. A JSON file must carry
``"schema_version"`` (1.x); parts it does not mention are marked ``not_found`` unless it holds
their data (``read``, or ``empty`` when all it holds there is empty), so an export that leaves out the targets never passes as a PEP without targets.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from pydantic import ValidationError

from ..errors import ReadError
from ..model import PART_KEYS, PEP, SCHEMA_VERSION, PartStatus

# Which JSON keys show that a part is present.
PART_DATA = {
    "child": ("child",), "school": ("school",), "meeting": ("meeting_date", "completed_date", "next_pep_date"),
    "attendees": ("attendees",), "social_worker": ("sections.social_worker",),
    "designated_teacher": ("sections.designated_teacher",), "attainment": ("attainment",),
    "attendance": ("attendance_percent", "exclusions"), "sen": ("sen_status",), "pupil_voice": ("pupil_voice",),
    "previous_targets": ("previous_targets",), "targets": ("targets",), "pp_plus": ("pp_spend", "pp_requested"),
    "aspirations": ("aspirations",), "virtual_school": ("sections.virtual_school", "roni"), "qa": ("sections.qa",),
}


def _has(data: dict, dotted: str) -> bool:
    node = data
    for k in dotted.split("."):
        if not isinstance(node, dict) or k not in node:
            return False
        node = node[k]
    return node is not None


def schema() -> dict:
    s = PEP.model_json_schema()
    s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    s["$id"] = f"pepqa-pep-{SCHEMA_VERSION}"
    return s


def _short(key: str, limit: int = 60) -> str:
    """A key or value from the file, fit for a one-line message: no control characters, not too long."""
    key = "".join(ch if ch.isprintable() else "?" for ch in key)
    return key if len(key) <= limit else key[: limit - 1] + "…"


class _BadValue(ValueError):
    """A JSON value pepqa refuses (the message names no key: keys can be a child's name)."""


def _not_finite(name: str):
    raise _BadValue(f"not valid JSON: {name} is not a number (use null for a value not known)")


def _no_duplicates(pairs):
    out = {}
    for k, v in pairs:
        if k in out:
            raise _BadValue("not valid JSON for a PEP: the same key appears twice in one object "
                            "(which value is meant is not known)")
        out[k] = v
    return out


def _field_names() -> frozenset[str]:
    """Every field name of the PEP model: the only keys a message may quote (other keys can be a child's name)."""
    names: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "properties" and isinstance(v, dict):
                    names.update(v)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(PEP.model_json_schema())
    return frozenset(names)


def _where(loc) -> str:
    known = _field_names()
    # An unknown key is quoted only when it looks like a misspelt field ("favourite_colour"); any other key
    # ("Jayden Smith", "jayden") may be a child's name and is never quoted.
    parts = [str(x) if isinstance(x, int) or x in known or re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", str(x))
             else "(a key)" for x in loc]
    return _short(".".join(parts))


def read_json(path: Path) -> PEP:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ReadError(path, f"cannot open: {e.strerror or e}") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(path, "JSON is not UTF-8 encoded (it is UTF-16 or UTF-32): save it as UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReadError(path, "JSON is not UTF-8 encoded") from None
    try:
        data = json.loads(text, parse_constant=_not_finite, object_pairs_hook=_no_duplicates)
    except _BadValue as e:
        raise ReadError(path, str(e)) from None
    except json.JSONDecodeError as e:
        raise ReadError(path, f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    except RecursionError:
        raise ReadError(path, "JSON nested too deeply") from None
    except ValueError:  # e.g. an integer of more than 4300 digits
        raise ReadError(path, "not valid JSON (a number is too long)") from None
    if not isinstance(data, dict):
        raise ReadError(path, "JSON must be an object holding one PEP")
    version = data.get("schema_version")
    if version is None:
        raise ReadError(path, "JSON has no schema_version: not a pepqa PEP export (see `pepqa schema`)")
    if str(version).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        shown = version if isinstance(version, (int, float)) else _short(str(version))
        raise ReadError(path, f"JSON schema_version {shown!r} is not supported (this pepqa reads {SCHEMA_VERSION})")
    data.pop("provenance", None)
    try:
        pep = PEP.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        where = _where(err["loc"]) or "(top level)"
        raise ReadError(path, f"JSON does not match the PEP schema: '{where}': {err['msg']} "
                              f"({e.error_count()} problem{'s' if e.error_count() > 1 else ''})") from None
    given = dict(pep.parts)
    pep.parts = {k: given[k] if k in given else _status(data, PART_DATA[k]) for k in PART_KEYS}
    return pep


def content_status(pep: PEP, key: str) -> PartStatus:
    """``read`` when the PEP holds data for the part, else ``empty`` (for a part known to be in the file)."""
    return _status(pep.model_dump(mode="json", warnings=False), PART_DATA[key], absent=PartStatus.empty)


def _status(data: dict, keys: tuple[str, ...], absent: PartStatus = PartStatus.not_found) -> PartStatus:
    """A part the JSON gives data for is read (or empty, when all it gives is empty); one it never mentions
    was not exported, so it is not found: an export that leaves out the targets is not a PEP without targets."""
    present = [k for k in keys if _has(data, k)]
    if not present:
        return absent
    values = [_get(data, k) for k in present]
    return PartStatus.read if any(v not in (None, "", [], {}) for v in values) else PartStatus.empty


def _get(data: dict, dotted: str):
    node = data
    for k in dotted.split("."):
        node = node.get(k) if isinstance(node, dict) else None
    return node
