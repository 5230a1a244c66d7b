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


def _validate(data: dict, file: str) -> None:
    for key in ("autumn_deadline", "autumn_deadline_early", "spring_deadline", "summer_deadline"):
        try:
            date.fromisoformat(data["timeliness"][key])
        except ValueError:
            raise ConfigError(f"{file}: 'timeliness.{key}' must be a date YYYY-MM-DD") from None
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
