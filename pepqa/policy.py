"""The authority's policy: values and which checks run, from a TOML file over documented defaults.

Why a file: authorities differ (deadlines, PP+ amounts, grading). ``data/policy-defaults.toml``
is both the defaults and their documentation; a user file may only set keys that exist there,
with values of the same type, so a typo is an error rather than a setting that silently fails
to apply.
"""
from __future__ import annotations

import copy
import hashlib
import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULTS_FILE = Path(__file__).parent / "data" / "policy-defaults.toml"
_FREE_TABLES = {("checks", "severity")}  # tables whose keys are user-chosen (check codes)


class Policy:
    """Read-only access: ``policy["pp_plus"]["termly_amount"]`` or ``policy.get("pp_plus.termly_amount")``."""

    def __init__(self, data: dict[str, Any], source: str | None = None):
        self._data = data
        self.source = source

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def get(self, dotted: str) -> Any:
        node: Any = self._data
        for part in dotted.split("."):
            node = node[part]
        return node

    def date(self, dotted: str) -> date:
        return date.fromisoformat(self.get(dotted))

    def term_deadline(self, dotted: str, year: int) -> tuple[date, int | None]:
        """The deadline ``dotted`` (e.g. ``timeliness.spring_deadline``) for the academic year starting in ``year``.

        A deadline is a rule: "MM-DD" is that day every year, in the autumn term's calendar year for a date from
        August on and in the next calendar year before it. A full date "YYYY-MM-DD" is one year's date; for another
        academic year the same day and month apply, and the second value is the academic year it was set for
        (None when it applied as set), so the officer can be told the date was carried over."""
        raw = str(self.get(dotted))
        md, set_for = _month_day(raw)
        when = date(year if md[0] >= 8 else year + 1, md[0], min(md[1], 28) if md == (2, 29) else md[1])
        if set_for is None or set_for == year:
            return when, None
        return when, set_for

    def as_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self._data)

    def fingerprint(self) -> str:
        """Stable hash of the effective policy, so a batch can tell when results must be recomputed."""
        return hashlib.sha256(json.dumps(self._data, sort_keys=True).encode()).hexdigest()[:16]


def _merge(defaults: dict, user: dict, path: tuple[str, ...], file: str) -> dict:
    out = copy.deepcopy(defaults)
    for key, value in user.items():
        here = path + (key,)
        if path in _FREE_TABLES:
            out[key] = value
            continue
        if key not in defaults:
            raise ConfigError(f"{file}: unknown setting '{'.'.join(here)}' (see pepqa/data/policy-defaults.toml)")
        want = defaults[key]
        if isinstance(want, dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{file}: '{'.'.join(here)}' must be a table")
            out[key] = _merge(want, value, here, file)
            continue
        ok = isinstance(value, type(want)) or (isinstance(want, float) and isinstance(value, int) and not isinstance(value, bool))
        if isinstance(want, bool) != isinstance(value, bool):
            ok = False
        if not ok:
            raise ConfigError(f"{file}: '{'.'.join(here)}' must be {type(want).__name__}, got {value!r}")
        out[key] = float(value) if isinstance(want, float) else value
    return out


def deadline_warning(policy: "Policy", academic_years) -> str | None:
    """One line for the run when a deadline the policy dates for one year (YYYY-MM-DD) is applied to PEPs of
    another academic year ("2026-27"): they are judged by the same day and month, and the officer should know."""
    starts = set()
    for y in academic_years:
        try:
            starts.add(int(str(y)[:4]))
        except (TypeError, ValueError):
            continue
    off = set()
    for key in ("autumn_deadline", "autumn_deadline_early", "spring_deadline", "summer_deadline"):
        set_for = _month_day(str(policy.get(f"timeliness.{key}")))[1]
        if set_for is not None:
            off |= {s for s in starts if s != set_for}
    if not off:
        return None
    years = ", ".join(f"{s}-{str(s + 1)[-2:]}" for s in sorted(off))
    return (f"pepqa: the [timeliness] deadlines are dated for another year than these PEPs ({years}); the same day "
            "and month were used. Set them as MM-DD rules, or this year's dates, in the policy file.")


def _month_day(raw: str) -> tuple[tuple[int, int], int | None]:
    """("MM-DD" or "YYYY-MM-DD") -> ((month, day), academic year start the date was set for, or None)."""
    if len(raw) == 5 and raw[2] == "-":
        d = date.fromisoformat("2000-" + raw)  # a leap year, so 02-29 is a valid rule
        return (d.month, d.day), None
    d = date.fromisoformat(raw)
    return (d.month, d.day), (d.year if d.month >= 8 else d.year - 1)


def _validate(data: dict, file: str) -> None:
    for key in ("autumn_deadline", "autumn_deadline_early", "spring_deadline", "summer_deadline"):
        try:
            _month_day(data["timeliness"][key])
        except ValueError:
            raise ConfigError(f"{file}: 'timeliness.{key}' must be a day of the year MM-DD (every year) or a date "
                              "YYYY-MM-DD (one year)") from None
    if data["grading"]["mode"] not in ("rag", "pass_fail"):
        raise ConfigError(f"{file}: 'grading.mode' must be 'rag' or 'pass_fail'")
    for code, sev in data["checks"]["severity"].items():
        if sev not in ("must-fix", "should-fix", "advice"):
            raise ConfigError(f"{file}: 'checks.severity.{code}' must be must-fix, should-fix or advice")
    if data["timeliness"]["first_pep_day_kind"] not in ("working", "school"):
        raise ConfigError(f"{file}: 'timeliness.first_pep_day_kind' must be 'working' or 'school'")


def load_policy(path: str | Path | None = None) -> Policy:
    """Defaults, overlaid with ``path`` (or ./pepqa.toml if it exists)."""
    defaults = tomllib.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))
    if path is None and Path("pepqa.toml").is_file():
        path = Path("pepqa.toml")
    if path is None:
        _validate(defaults, str(DEFAULTS_FILE))
        return Policy(defaults, None)
    file = str(path)
    try:
        user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"{file}: cannot read policy file: {e.strerror or e}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{file}: not valid TOML: {e}") from None
    data = _merge(defaults, user, (), file)
    _validate(data, file)
    return Policy(data, file)
