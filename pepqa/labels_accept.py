"""``pepqa labels accept``: add the labels an officer accepted in unread-labels.csv to the authority's labels file.

Why: a batch lists in unread-labels.csv every label it read with a value but could not place, with the field
each most resembles. Teaching pepqa the authority's wording must stay the officer's decision ("nothing is
applied that the officer has not accepted"), but copying lines by hand into TOML is where typos and lost
entries come from. So the officer marks each line in the CSV's ``accept`` column, and this module turns
exactly those lines into synonyms in the authority's own labels file (policy ``data.labels_file``), the file
:func:`pepqa.labels.load_labels` merges over pepqa's ``data/labels.toml``, which is never touched.

What the ``accept`` column may hold (case and spaces do not matter):

- empty, ``no`` or ``n``: not accepted (the line is left alone);
- ``yes`` or ``y``: the label names the field in the ``nearest field`` column;
- a field's name (``child.ethnicity``, ``attendance_percent``): the label names that field;
- ``column:TABLE.FIELD`` (``column:targets.text``): a table header; ``part:PART`` (``part:pupil_voice``): a
  heading that starts a part; ``field:NAME`` says a field explicitly (``aspirations`` is both a field and a
  part: the bare name is the field);
- ``ignore``: the label is of something pepqa does not hold ([ignored]): its value never makes a part
  partial again.

``pepqa labels fields`` lists every name. Every line is checked before anything is written: one wrong line
is one line of error naming the CSV and its line, and the labels file is left as it was.
"""
from __future__ import annotations

import copy
import csv
import difflib
import io
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .errors import ConfigError
from .labels import DEFAULT_LABELS, load_labels, normalise, parse_extra

MAX_CSV_BYTES = 10 * 1024 * 1024
MAX_LABEL_CHARS = 70  # the reader does not match a label longer than this (readers/interpret.py _field_for)
_YES = {"yes", "y"}
_NO = {"", "no", "n"}
_KINDS = {"field": "fields", "column": "columns", "part": "parts"}
_FORMULA_START = ("=", "+", "-", "@")
NEW_FILE_HEADER = """\
# This authority's labels for pepqa: the wording of its PEP forms, merged over pepqa's own
# pepqa/data/labels.toml (whose header says how labels are matched). Your entries are tried first.
# `pepqa labels accept unread-labels.csv` adds the labels an officer accepted; you can edit this file by hand.
"""


@dataclass(frozen=True)
class Target:
    """Where an accepted label goes: a section of the labels file and the key in it (None for [ignored])."""

    section: str  # "fields" | "columns" | "parts" | "ignored"
    key: Optional[str]

    def describe(self) -> str:
        if self.section == "ignored":
            return "ignored (not held by pepqa)"
        return f"{self.section[:-1]} {self.key}"


@dataclass
class Accepted:
    line: int
    label: str  # as written, with the CSV's formula guard taken off
    target: Target
    example: str = ""  # the CSV's example file: re-read with the new labels to say whether the label is read now


@dataclass
class Plan:
    """What accepting a CSV into a labels file does; :func:`write_plan` applies it."""

    csv_file: Path
    labels_file: Path
    created: bool
    added: list[Accepted] = field(default_factory=list)
    present: list[tuple[Accepted, str]] = field(default_factory=list)  # (line, where it already is)
    not_accepted: int = 0
    text: str = ""
    _stat: Optional[tuple] = None


def known_targets() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every field, column and part pepqa reads (the keys of its own labels.toml), with its synonyms."""
    data = tomllib.loads(DEFAULT_LABELS.read_text(encoding="utf-8"))
    return {sec: {k: tuple(v) for k, v in data[sec].items()} for sec in ("fields", "columns", "parts")}


def _concept_only() -> set[str]:
    """Concepts read from a label's words only (forename, surname): no list of labels exists for them."""
    data = tomllib.loads(DEFAULT_LABELS.read_text(encoding="utf-8"))
    return set(data.get("concepts", {})) - set(data["fields"])


def _unknown(name: str, known: dict, where: str) -> ConfigError:
    every = [k for sec in known.values() for k in sec]
    close = difflib.get_close_matches(name, every, n=1, cutoff=0.7)
    hint = f"did you mean {close[0]}? " if close else ""
    return ConfigError(f"{where}: '{name}' is not a field, column or part pepqa reads ({hint}see `pepqa labels fields`)")


def parse_accept(value: str, nearest: str, known: dict, where: str) -> Optional[Target]:
    """The target an ``accept`` cell names, None when the line is not accepted; a ConfigError for a name pepqa
    does not read (``where`` is "FILE: line N")."""
    v = " ".join((value or "").split())
    low = v.lower()
    if low in _NO:
        return None
    if low == "ignore":
        return Target("ignored", None)
    if low in _YES:
        v = (nearest or "").strip()
        if not v or v.lower() == "none":
            raise ConfigError(f"{where}: accept says '{value.strip()}' but the line has no nearest field: write the "
                              "field's name instead (see `pepqa labels fields`)")
        low = v.lower()
    kind, _, name = low.partition(":") if ":" in low else ("", "", low)
    name = name.strip()
    if kind:
        sec = _KINDS.get(kind.strip())
        if sec is None:
            raise ConfigError(f"{where}: '{v}': write field:NAME, column:TABLE.FIELD or part:PART (see `pepqa labels "
                              "fields`)")
        if name not in known[sec]:
            raise _unknown(name, known, where)
        return Target(sec, name)
    for sec in ("fields", "columns", "parts"):  # a bare name: a field first (the CSV lists field labels)
        if name in known[sec]:
            return Target(sec, name)
    if name in _concept_only():
        raise ConfigError(f"{where}: {name} is read only from the words of a label ([concepts]), not from a list of "
                          "labels: write another field's name (e.g. child.name) or leave the line unaccepted")
    raise _unknown(name, known, where)


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise ConfigError(f"{path}: is a spreadsheet workbook, not CSV: save it as CSV (comma-separated) and run again")
    if b"\x00" in raw:
        raise ConfigError(f"{path}: is not a CSV file (it holds binary data)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # Excel's "CSV (Comma delimited)" on an English Windows machine
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: is not UTF-8 or Windows text: save it as 'CSV UTF-8' and run again") from None


def _dialect(first_line: str) -> str:
    """The delimiter: a spreadsheet set up for another locale saves with ';' (or tabs)."""
    for delim in (",", ";", "\t"):
        cells = [c.strip().lower() for c in next(csv.reader([first_line], delimiter=delim), [])]
        if "label" in cells and "accept" in cells:
            return delim
    return ","


def _unguard(label: str) -> str:
    """The label as written: batch's CSV keeps a label that starts like a formula as text with a leading '."""
    if label.startswith("'") and (label[1:].startswith(_FORMULA_START) or label[1:].lstrip().startswith(("=", "+", "@"))):
        return label[1:]
    return label


def read_accepted(csv_path: str | os.PathLike) -> tuple[list[Accepted], int]:
    """The accepted lines of an unread-labels.csv and how many lines were not accepted. Every line is checked;
    the first wrong one is a ConfigError "FILE: line N: reason"."""
    from .datafiles import read_capped

    path = Path(csv_path)
    text = _decode(read_capped(path, MAX_CSV_BYTES, "CSV file"), path)
    if not text.strip():
        raise ConfigError(f"{path}: is empty (expected the unread-labels.csv a batch writes)")
    delim = _dialect(text.splitlines()[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    try:
        header = [c.strip().lower() for c in next(reader)]
        if "label" not in header:
            raise ConfigError(f"{path}: line 1: no 'label' column (expected the unread-labels.csv a batch writes)")
        if "accept" not in header:
            raise ConfigError(f"{path}: line 1: no 'accept' column: add one and write in it, for each label you "
                              "accept, the field it names (or yes for the nearest field); see `pepqa labels accept --help`")
        col = {name: header.index(name) for name in ("label", "accept", "nearest field", "example file") if name in header}
        known = known_targets()
        out: list[Accepted] = []
        skipped = 0
        for row in reader:
            where = f"{path}: line {reader.line_num}"
            if not any(c.strip() for c in row):
                continue
            if len(row) > len(header):
                raise ConfigError(f"{where}: {len(row)} cells but the header has {len(header)} (a comma inside a "
                                  "label needs the label in quotes)")

            def get(name: str) -> str:
                i = col.get(name)
                return row[i] if i is not None and i < len(row) else ""

            label = " ".join(_unguard(get("label").strip()).split())
            target = parse_accept(get("accept"), get("nearest field"), known, where)
            if target is None:
                skipped += 1
                continue
            if not label:
                raise ConfigError(f"{where}: the accept column is filled but the label is empty")
            n = _norm(label)
            if not n:
                raise ConfigError(f"{where}: the label '{label}' has no words pepqa can match")
            if len(n) > MAX_LABEL_CHARS:
                raise ConfigError(f"{where}: the label is longer than pepqa matches ({MAX_LABEL_CHARS} characters)")
            out.append(Accepted(reader.line_num, label, target, get("example file").strip()))
    except csv.Error as e:
        raise ConfigError(f"{path}: line {reader.line_num}: not valid CSV ({e})") from None
    return out, skipped


def _norm(label: str) -> str:
    """The label as the reader compares it (load_labels keeps an entry starting with '#' as written)."""
    return label if label.startswith("#") else normalise(label)


def _owners(n: str, lists: dict, table: Optional[str] = None) -> set[str]:
    """The keys of a section whose synonyms hold the normalised label ``n`` (columns: of the same table only)."""
    got = set()
    for k, syns in lists.items():
        if table is not None and not k.startswith(table + "."):
            continue
        if n in {normalise(s) if not s.startswith("#") else s for s in syns}:
            got.add(k)
    return got


def _existing(extra: dict, defaults: dict, a: Accepted, file: Path, where: str) -> Optional[str]:
    """Where the label already is for the same target (the line is then reported, not added); a ConfigError when
    it already names something else (a label names one field: two would be read by chance)."""
    n = _norm(a.label)
    t = a.target
    if t.section == "ignored":
        if n in {normalise(x) for x in extra.get("ignored", {}).get("labels", [])}:
            return f"already in {file}"
        if n in {normalise(x) for x in defaults.get("ignored", {}).get("labels", [])}:
            return "already one of pepqa's own labels"
        names = _owners(n, extra.get("fields", {})) | _owners(n, defaults["fields"])
        if names:
            raise ConfigError(f"{where}: '{a.label}' is a label of field {sorted(names)[0]}: a label pepqa reads "
                              "cannot be ignored")
        return None
    table = t.key.split(".")[0] if t.section == "columns" else None
    mine = _owners(n, extra.get(t.section, {}), table)
    theirs = _owners(n, defaults[t.section], table)
    if t.key in mine:
        return f"already in {file}"
    if t.key in theirs:
        return "already one of pepqa's own labels (left unread for its value or its layout, not its wording)"
    other = sorted((mine | theirs) - {t.key})
    if other:
        whose = f"in {file}" if other[0] in mine else "in pepqa's own labels"
        raise ConfigError(f"{where}: '{a.label}' already names {t.section[:-1]} {other[0]} {whose}: a label names one "
                          f"{t.section[:-1]} (leave the line unaccepted, or accept it as {other[0]})")
    if t.section == "fields" and n in {normalise(x) for x in extra.get("ignored", {}).get("labels", [])}:
        raise ConfigError(f"{where}: '{a.label}' is listed as ignored in {file}: take it out of [ignored] first")
    return None


def resolve_labels_file(labels_file: Optional[str], policy_path: Optional[str]) -> tuple[Path, Optional[str]]:
    """The authority's labels file to write, and a note for the officer when pepqa will not read it yet.

    ``--labels-file`` wins; else ``data.labels_file`` of ``--policy`` or ./pepqa.toml. The policy is read for
    that one key only: it may name a labels file that does not exist yet (this command creates it), which the
    full policy check refuses."""
    policy = Path(policy_path) if policy_path else (Path("pepqa.toml") if Path("pepqa.toml").is_file() else None)
    named = ""
    if policy is not None:
        from .datafiles import read_text_capped

        try:
            data = tomllib.loads(read_text_capped(policy, what="policy file"))
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{policy}: not valid TOML: {e}") from None
        named = data.get("data", {}).get("labels_file", "") if isinstance(data.get("data"), dict) else ""
        if not isinstance(named, str):
            raise ConfigError(f"{policy}: 'data.labels_file' must be a file name (text in quotes)")
        named = named.strip()
    if labels_file:
        target = Path(labels_file)
        if policy is None:
            note = f"note: pepqa reads {target} only once your pepqa.toml says: [data] labels_file = \"{target}\""
        elif not named or not _same(Path(named), target):
            note = f"note: {policy} does not name this file: set [data] labels_file = \"{target}\" there so pepqa reads it"
        else:
            note = None
        return target, note
    if policy is None:
        raise ConfigError("no labels file: give --labels-file FILE (and name it in pepqa.toml as [data] labels_file), "
                          "or --policy FILE whose data.labels_file names it")
    if not named:
        raise ConfigError(f"{policy}: sets no data.labels_file: give --labels-file FILE and name it there as "
                          "[data] labels_file")
    return Path(named), None


def _same(a: Path, b: Path) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def plan_accept(csv_path: str | os.PathLike, labels_file: str | os.PathLike) -> Plan:
    """Check every line and work out the new labels file; nothing is written (see :func:`write_plan`)."""
    from .datafiles import read_text_capped

    target = Path(labels_file)
    if _same(target, DEFAULT_LABELS) or Path(os.path.realpath(target)).parent == Path(os.path.realpath(DEFAULT_LABELS)).parent:
        raise ConfigError(f"{target}: is pepqa's own labels file: name the authority's own file (data.labels_file)")
    if target.exists() and not target.is_file():
        raise ConfigError(f"{target}: labels file is not a regular file")
    accepted, skipped = read_accepted(csv_path)
    created = not target.exists()
    old_text = "" if created else read_text_capped(target, what="labels file")
    st = None if created else os.stat(target)
    extra = parse_extra(old_text, str(target)) if old_text else {}
    defaults = tomllib.loads(DEFAULT_LABELS.read_text(encoding="utf-8"))
    plan = Plan(Path(csv_path), target, created, not_accepted=skipped,
                _stat=None if st is None else (st.st_ino, st.st_size, st.st_mtime_ns))
    seen: dict[tuple, Accepted] = {}
    for a in accepted:
        where = f"{csv_path}: line {a.line}"
        t = a.target
        space = ("columns", t.key.split(".")[0]) if t.section == "columns" else (
            ("parts",) if t.section == "parts" else ("fields",))  # a label is a field's or ignored, never both
        k = (*space, _norm(a.label))
        if k in seen:
            first = seen[k]
            if first.target != t:
                raise ConfigError(f"{where}: '{a.label}' is accepted as {t.describe()} here and as "
                                  f"{first.target.describe()} on line {first.line}: a label names one field")
            plan.present.append((a, f"repeats line {first.line}"))
            continue
        seen[k] = a
        already = _existing(extra, defaults, a, target, where)
        if already:
            plan.present.append((a, already))
        else:
            plan.added.append(a)
    plan.text = _new_text(old_text, extra, plan.added, target) if plan.added else old_text
    return plan


def _new_text(old_text: str, extra: dict, added: list[Accepted], target: Path) -> str:
    """The labels file with the accepted labels appended to their lists, everything else (comments, order,
    layout) as it was. Checked by reading it back: the old entries plus the new, nothing else."""
    import tomlkit

    doc = tomlkit.parse(old_text) if old_text.strip() else tomlkit.parse(NEW_FILE_HEADER)
    expected = copy.deepcopy(extra)
    for a in added:
        sec, key = (a.target.section, a.target.key) if a.target.section != "ignored" else ("ignored", "labels")
        label = normalise(a.label) if a.label.startswith("#") else a.label  # '#...' entries are kept as written
        if sec not in doc:
            doc.add(tomlkit.nl())
            doc.add(sec, tomlkit.table())
        table = doc[sec]
        if key not in table:
            table.add(key, tomlkit.array())
        table[key].append(label)
        expected.setdefault(sec, {}).setdefault(key, []).append(label)
    text = tomlkit.dumps(doc)
    try:
        back = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        back = None
    if back != expected:
        raise ConfigError(f"{target}: its layout is one pepqa cannot add to without changing other entries: add the "
                          "labels by hand (see --dry-run for what to add)")
    parse_extra(text, str(target))
    return text


def write_plan(plan: Plan) -> None:
    """Write the new labels file atomically (its mode kept); refused if the file changed since it was read."""
    from .atomic import atomic_path
    from .outdir import OutputError, reason

    real = Path(os.path.realpath(plan.labels_file))  # a link to the file: write the file it points to
    try:
        with atomic_path(real) as tmp:
            tmp.write_text(plan.text, encoding="utf-8")
            if real.exists():
                st = os.stat(real)
                if (st.st_ino, st.st_size, st.st_mtime_ns) != plan._stat:
                    raise ConfigError(f"{plan.labels_file}: changed while pepqa was reading it: run the command again")
                os.chmod(tmp, st.st_mode & 0o7777)
            elif plan._stat is not None:
                raise ConfigError(f"{plan.labels_file}: was removed while pepqa was reading it: run the command again")
            else:
                os.chmod(tmp, 0o644)
    except OSError as e:
        raise OutputError(real.parent, f"cannot write {real.name} there: {reason(e)}") from None
    load_labels.cache_clear()  # a long-lived process (serve, tests) reads the new file, not the one cached


def report_lines(plan: Plan, dry_run: bool, tried: Optional[dict[int, str]] = None) -> list[str]:
    """What the officer is told: each label added (or that would be) and each already there, then the counts."""
    verb = "would add" if dry_run else "added"
    out = []
    for a in plan.added:
        how = f"; {tried[a.line]}" if tried and a.line in tried else ""
        out.append(f"{verb}: '{a.label}' as {a.target.describe()} (line {a.line}){how}")
    for a, where in plan.present:
        out.append(f"not added: '{a.label}' as {a.target.describe()} (line {a.line}): {where}")
    n = len(plan.added)
    what = f"{n} label{'s' if n != 1 else ''}"
    if not n:
        out.append(f"nothing to add to {plan.labels_file}" + (f" ({plan.not_accepted} line(s) not accepted)"
                                                              if plan.not_accepted else ""))
    else:
        made = " (new file)" if plan.created else ""
        out.append(f"{verb} {what} to {plan.labels_file}{made}"
                   + (f"; {plan.not_accepted} line(s) not accepted" if plan.not_accepted else "")
                   + ("; nothing written (--dry-run)" if dry_run else ""))
    return out


def fields_listing() -> list[str]:
    """Every name the accept column can hold, with a few of the labels pepqa already knows for it."""
    known = known_targets()
    out = ["Fields (write the name; labels of single values):"]
    for sec, prefix in (("fields", ""), ("columns", "column:"), ("parts", "part:")):
        if sec == "columns":
            out.append("\nTable columns (write column:NAME; headers of a table of items):")
        elif sec == "parts":
            out.append("\nParts (write part:NAME; headings that start a part of the PEP):")
        for k, syns in known[sec].items():
            shown = ", ".join(f"'{s}'" for s in syns[:3]) + (", ..." if len(syns) > 3 else "")
            out.append(f"  {prefix}{k:28} {shown}")
    out.append("\nAlso: yes (the nearest field the CSV shows), ignore (pepqa does not hold it), no or empty (not accepted).")
    return out


def _example_path(example: str, csv_file: Path) -> Optional[Path]:
    """The example file as batch wrote it: relative to the folder batch ran in (the current folder, or the
    folder above its --out folder), or absolute. None when it is not there (moved, or a pseudonym)."""
    if not example:
        return None
    for p in (Path(example), csv_file.parent.parent / example, csv_file.parent / example):
        if p.is_file():
            return p
    return None


def try_examples(plan: Plan) -> dict[int, str]:
    """For each label to be added, whether its example file reads it with the new labels file (line -> words).

    Why: a label teaches pepqa wording, not layout. A label in a row pepqa cannot pair ("Date started | 06-Nov |
    Date finished | 28-Nov") stays unread however it is listed; the officer should hear that now, not after
    the next batch. Each file is read once, under the per-file limits of `check`; nothing is written but a
    temporary copy of the new labels file, and no file name is printed."""
    import tempfile

    from .errors import ReadError
    from .guard import guarded
    from .readers import read_pep

    out: dict[int, str] = {}
    with tempfile.TemporaryDirectory(prefix="pepqa-labels-") as d:
        trial = Path(d) / "labels.toml"
        trial.write_text(plan.text, encoding="utf-8")
        read: dict[Path, object] = {}
        for a in plan.added:
            path = _example_path(a.example, plan.csv_file)
            if path is None:
                out[a.line] = "its example file is not there, so it was not tried"
                continue
            if a.target.section == "columns":
                out[a.line] = "not tried (a table header is tried by the next batch)"
                continue
            if path not in read:
                try:
                    read[path], why = guarded(lambda: read_pep(path, str(trial)), doing="reading")
                except ReadError:
                    read[path], why = None, "unreadable"
                if why:
                    read[path] = None
            pep = read[path]
            if pep is None:
                out[a.line] = "its example file could not be read, so it was not tried"
                continue
            n = _norm(a.label)
            if a.target.section == "ignored":
                left = {_norm(label) for label, _ in getattr(pep, "_unread_labels", None) or []}
                out[a.line] = ("its example file no longer lists it as unread" if n not in left
                               else "its example file still lists it as unread")
                continue
            got = sorted(k for k, prov in pep.provenance.items() if prov.label and _norm(prov.label) == n)
            if got:
                out[a.line] = f"its example file now reads it as {got[0]}"
            else:
                out[a.line] = ("still not read in its example file: what stops it there is its value or its layout, "
                               "not its wording (see `pepqa inspect`)")
    load_labels.cache_clear()
    return out
