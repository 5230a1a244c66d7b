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
import math
import re
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


SEVERITY_NAMES = ("must-fix", "should-fix", "advice")
# (dotted key, low, high): every number the checks use, with the range that makes sense.
RANGES = (
    ("pp_plus.termly_amount", 0, 100_000), ("targets.post16_grade_threshold", 1, 9), ("targets.min_targets", 0, 50),
    ("timeliness.submit_within_days", 0, 366), ("timeliness.first_pep_working_days", 0, 366),
    ("timeliness.first_pep_lookback_days", 0, 3660), ("attendance.challenge_below", 0, 100),
    ("attendance.persistent_absence_at_or_below", 0, 100), ("attendance.provision_review_days", 0, 366),
    ("wellbeing.sdq_concern_above", 0, 40), ("sections.require_virtual_school_from_year", -1, 14),
    ("sections.require_virtual_school_to_year", -1, 14), ("sections.aspirations_from_year", -1, 14),
    ("sections.careers_steps_from_year", -1, 14), ("grading.amber_should_fix_threshold", 0, 1000),
    ("grading.resubmit_within_days", 0, 366), ("voice.min_themes", 0, 5), ("voice.unchanged_similarity", 0, 1),
    ("voice.generic_max_specific_words", 0, 100),
)
YEAR_LISTS = ("timeliness.autumn_early_year_groups", "sections.transition_year_groups")
ENUMS = {"grading.mode": ("rag", "pass_fail"), "grading.withhold_on": SEVERITY_NAMES,
         "timeliness.first_pep_day_kind": ("working", "school")}
_CODE = re.compile(r"[A-Za-z]{2}\d{3}")


def check_key(name: str) -> str:
    """A check code or name as the registry spells it: 'pv002' -> 'PV002', 'Pupil-Voice-Themes' -> lower case."""
    name = str(name).strip()
    return name.upper() if _CODE.fullmatch(name) else name.lower()


def _get(data: dict, dotted: str):
    node = data
    for k in dotted.split("."):
        node = node[k]
    return node


def _validate(data: dict, file: str) -> None:
    """Every setting, when the policy loads: a bad value is one line naming the key (it used to pass here and
    then make every PEP an internal error)."""
    def bad(key: str, want: str):
        raise ConfigError(f"{file}: '{key}' must be {want}")

    for key in ("autumn_deadline", "autumn_deadline_early", "spring_deadline", "summer_deadline"):
        try:
            _month_day(data["timeliness"][key])
        except ValueError:
            raise ConfigError(f"{file}: 'timeliness.{key}' must be a day of the year MM-DD (every year) or a date "
                              "YYYY-MM-DD (one year)") from None
    for key in ("autumn_term_starts", "spring_term_starts", "summer_term_starts"):
        v = data["timeliness"][key]
        try:
            date.fromisoformat(f"2024-{v}")  # a leap year: 02-29 is a real day
            if not re.fullmatch(r"\d\d-\d\d", v):
                raise ValueError
        except ValueError:
            bad(f"timeliness.{key}", f"a month and day MM-DD, e.g. \"09-01\" (got {v!r})")
    for v in data["timeliness"]["school_closures"]:
        parts = str(v).split("..")
        try:
            if not isinstance(v, str) or len(parts) > 2:
                raise ValueError
            days = [date.fromisoformat(p.strip()) for p in parts]
        except ValueError:
            bad("timeliness.school_closures", f"a list of \"YYYY-MM-DD\" or \"YYYY-MM-DD..YYYY-MM-DD\" (got {v!r})")
        if days[-1] < days[0]:
            bad("timeliness.school_closures", f"ranges that end after they start (got {v!r})")
    for key, allowed in ENUMS.items():
        if _get(data, key) not in allowed:
            bad(key, " or ".join(f"'{a}'" for a in allowed))
    for key, lo, hi in RANGES:
        v = _get(data, key)
        if isinstance(v, float) and not math.isfinite(v) or not lo <= v <= hi:
            bad(key, f"between {lo} and {hi:,} (got {v!r})")
    for key in YEAR_LISTS:
        v = _get(data, key)
        if not all(isinstance(y, int) and not isinstance(y, bool) and -1 <= y <= 14 for y in v):
            bad(key, "a list of year groups (-1 nursery, 0 Reception, 1 to 14)")
    for key in ("checks.disable", "checks.enable_only"):
        v = _get(data, key)
        if not all(isinstance(x, str) and x.strip() for x in v):
            bad(key, "a list of check codes or names, e.g. [\"LC001\", \"pupil-voice-themes\"]")
        data["checks"][key.split(".")[1]] = [check_key(x) for x in v]
    sev = {}
    for code, level in data["checks"]["severity"].items():
        if not isinstance(level, str) or level.strip().lower() not in SEVERITY_NAMES:
            bad(f"checks.severity.{code}", "must-fix, should-fix or advice")
        sev[check_key(code)] = level.strip().lower()
    data["checks"]["severity"] = sev
    for key in ("name", "address", "contact", "signatory", "logo"):
        if len(data["authority"][key]) > 2000:
            bad(f"authority.{key}", "at most 2,000 characters")
    for key in ("labels_file", "vocab_dir"):
        data["data"][key] = data["data"][key].strip()
    labels = data["data"]["labels_file"]
    if labels and not Path(labels).exists():
        bad("data.labels_file", f"an existing file (not found: {labels})")
    if labels and not Path(labels).is_file():
        bad("data.labels_file", f"a regular file ({labels} is not a regular file)")
    vocab = data["data"]["vocab_dir"]
    if vocab and not Path(vocab).is_dir():
        bad("data.vocab_dir", f"an existing folder (not found: {vocab})")


def _check_logo(data: dict, file: str, base: Path) -> None:
    raw = data["authority"]["logo"].strip()
    if not raw:
        return
    from .datafiles import MAX_LOGO_BYTES, read_capped

    p = Path(raw).expanduser()
    p = p if p.is_absolute() else base / p
    head = read_capped(p, MAX_LOGO_BYTES, "logo")[:16]
    if not head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise ConfigError(f"{file}: 'authority.logo' must be a PNG, JPEG or GIF image ({p} is not)")


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
    _check_logo(data, file, Path(path).parent)
    return Policy(data, file)
