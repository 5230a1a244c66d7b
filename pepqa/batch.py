"""Batch QA of a term's PEPs: every core, per-file isolation, resumable, deterministic output.

How a batch stays safe:
- Each file is read and checked in a worker process with a time limit (SIGALRM) and an
  address-space limit; a file that fails, hangs or blows up becomes a row with the reason.
  A worker that dies outright is replaced and the files it held are retried one by one.
- Each finished file's record is cached (atomically) in ``DIR/.pepqa-cache`` under the hash
  of its content, the policy and pepqa's version, so re-running skips unchanged files and
  an interrupted run resumes where it stopped. Final outputs are written atomically at the end.
- Memory stays flat in the number of files: each worker writes its file's cache entry itself and
  sends back a small head (ok, grade, PP+ decision); the outputs read the full records back from
  the cache one at a time (:class:`Records`).
- Progress and logs never show a child's name or PEP text.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import signal
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
import tempfile
from collections.abc import Sequence
from typing import Any, Callable, Iterable, Optional

from . import __version__
from .atomic import write_text
from .guard import Timeout, prepare_worker

EXTENSIONS = {".docx", ".pdf", ".json", ".doc"}  # .doc: read only to say "save it as .docx"
SIDECARS = (".expected.json", ".findings.json")  # expected values stored beside samples, not PEPs
CACHE_DIR = ".pepqa-cache"


@dataclass
class Limits:
    max_bytes: int = 50 * 1024 * 1024
    seconds: int = 60
    memory_mb: int = 4096


class Records(Sequence):
    """A run's records in input order, read back from their cache files when used.

    A record (findings, verdict, letter context) is ~20 KB of JSON and ~50 KB as Python objects:
    holding 10,000 of them in the parent would take ~500 MB. The parent keeps a small head per file
    (ok, grade, PP+ decision) and reads each full record from disk when an output needs it.
    """

    def __init__(self) -> None:
        self._items: list[tuple[str, dict[str, Any], Optional[Path], Optional[dict[str, Any]]]] = []

    def add(self, file: str, head: dict[str, Any], cached: Optional[Path] = None,
            record: Optional[dict[str, Any]] = None) -> None:
        self._items.append((file, head, cached, record))

    def heads(self) -> list[dict[str, Any]]:
        return [h for _, h, _, _ in self._items]

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        file, _, cached, rec = self._items[i]
        if rec is None:
            try:
                rec = json.loads(cached.read_text(encoding="utf-8"))
            except (OSError, ValueError, AttributeError, MemoryError):
                rec = error_record(file, "its result could not be read back from the cache folder (disk full?)")
        rec["file"] = file
        if cached is not None:
            rec["cache_key"] = cached.stem  # letters written for it are kept while it is unchanged
        return rec


def head(rec: dict[str, Any]) -> dict[str, Any]:
    """What the run's summary line needs from a record (and, with a history store, its history status)."""
    return {"ok": rec["ok"], "grade": rec.get("grade"), "pp_decision": rec.get("pp_decision"),
            "read": (rec.get("coverage") or {}).get("status"), "history": rec.get("history"),
            "skipped": bool(rec.get("skipped"))}


@dataclass
class BatchSummary:
    records: Sequence = field(default_factory=list)
    skipped_cached: int = 0
    elapsed: float = 0.0
    file_key: Optional[bytes] = None  # set when anonymised: outputs name files by pseudonymous id, never by path

    def _heads(self) -> Sequence:
        return self.records.heads() if isinstance(self.records, Records) else self.records

    @property
    def checked(self) -> int:
        return sum(1 for r in self._heads() if r["ok"])

    @property
    def failed(self) -> int:
        return sum(1 for r in self._heads() if not r["ok"] and not r.get("skipped"))

    @property
    def skipped(self) -> int:
        return sum(1 for r in self._heads() if r.get("skipped"))

    def grades(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self._heads():
            if r["ok"]:
                out[r["grade"]] = out.get(r["grade"], 0) + 1
        return out

    def line(self) -> str:
        g = self.grades()
        withheld = sum(1 for r in self._heads() if r["ok"] and r["pp_decision"] == "withhold")
        grades = ", ".join(f"{k} {v}" for k, v in sorted(g.items())) or "none graded"
        n = self.checked + self.failed
        fresh = n - self.skipped_cached
        rate = f"; {fresh / self.elapsed:.1f} files/s checked" if self.elapsed and fresh > 0 else ""
        partly = sum(1 for r in self._heads() if r["ok"] and r.get("read") == "partial")
        skipped = f", {self.skipped} other path{'s' if self.skipped != 1 else ''} skipped" if self.skipped else ""
        return (f"{n} file{'s' if n != 1 else ''}: {self.checked - partly} read in full, {partly} partly read, "
                f"{self.failed} unreadable{skipped}; {grades}; PP+ withheld {withheld}; "
                f"{self.skipped_cached} unchanged since last run; {self.elapsed:.1f} s{rate}")


# -- inputs ------------------------------------------------------------------------------------
@dataclass
class Collected:
    """What the paths given name: PEP files to check, inputs that matched nothing, and every path passed over
    with its reason (each becomes a row: a PEP left out silently is a PEP nobody reviews)."""
    files: list[Path] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


_MAGIC = re.compile(r"[*?[]")


def _skip_reason(p: Path) -> Optional[str]:
    """None for a file to check; else why it is not one. pepqa's own sidecar files are passed over silently."""
    if p.name.endswith(SIDECARS):
        return ""
    if p.name.startswith("~$"):
        return "a Word lock file (~$...), not a PEP"
    if p.suffix.lower() not in EXTENSIONS:
        what = f"'{p.suffix.lower()}' file" if p.suffix else "file without an extension"
        return f"skipped: a {what}, not a PEP export (pepqa reads .docx, .pdf and .json)"
    return None


def _walk(root: Path, out: Collected, add_file: Callable[[Path], None], keep: Callable[[Path], bool]) -> None:
    """Every file under ``root``, in name order, never following a symbolic link to a folder (two links
    pointing at each other would otherwise be walked for ever); each such link and each folder that cannot be
    opened is listed as skipped."""
    def onerror(e: OSError) -> None:
        out.skipped.append((str(e.filename or root), f"skipped: a folder that could not be opened "
                                                     f"({(e.strerror or type(e).__name__).lower()})"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=False):
        d = Path(dirpath)
        dirnames.sort()
        for name in list(dirnames):
            sub = d / name
            if name == CACHE_DIR:
                dirnames.remove(name)
            elif sub.is_symlink():
                dirnames.remove(name)
                out.skipped.append((str(sub), "skipped: a link to another folder (not followed; "
                                              "name that folder itself to check it)"))
        for name in sorted(filenames):
            f = d / name
            if not keep(f):
                continue
            if f.is_file():
                add_file(f)
            elif not f.is_symlink() or f.exists():  # a pipe would block the reader for ever; a device never ends
                out.skipped.append((str(f), "skipped: not a regular file (a pipe, device or socket)"))
            else:
                out.skipped.append((str(f), "skipped: a broken link (it points at nothing)"))


def _glob_regex(parts: list[str]) -> re.Pattern:
    """A pattern's components ('**', '*.docx') as one regex over '/'-joined relative paths."""
    rx = ""
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            rx += ".*" if last else "(?:[^/]*/)*"
            continue
        j, comp = 0, ""
        while j < len(part):
            ch = part[j]
            if ch == "*":
                comp += "[^/]*"
            elif ch == "?":
                comp += "[^/]"
            elif ch == "[" and part.find("]", j + 2) > 0:
                k = part.find("]", j + 2)
                body = part[j + 1:k]
                comp += "[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\") + "]"
                j = k
            else:
                comp += re.escape(ch)
            j += 1
        rx += comp + ("" if last else "/")
    return re.compile(rx + r"\Z", re.S)


def _glob(raw: str, out: Collected, add_file: Callable[[Path], None]) -> bool:
    """Files matching ``raw``; a '**' pattern is matched over a walk that never follows folder links."""
    parts = Path(raw).parts
    if "**" not in parts:
        files = [Path(m) for m in sorted(glob.glob(raw))]
        files = [f for f in files if f.is_file()]  # regular files only (never a pipe or device)
        for f in files:
            add_file(f)
        return bool(files)
    i = next(k for k, part in enumerate(parts) if _MAGIC.search(part) or part == "**")
    base = Path(*parts[:i]) if i else Path(".")
    rx = _glob_regex(list(parts[i:]))
    before = len(out.files) + len(out.skipped)
    if base.is_dir():
        _walk(base, out, add_file, lambda f: bool(rx.match(f.relative_to(base).as_posix())))
    return len(out.files) + len(out.skipped) > before


def collect_all(paths: Iterable[str]) -> Collected:
    """Files to check from folders (recursive), globs and file names, with everything passed over and why."""
    out = Collected()
    seen: set[str] = set()

    def add(p: Path, explicit: bool = False) -> None:
        try:
            key = str(p.resolve())
        except (OSError, RuntimeError):  # a link loop on the file itself
            out.skipped.append((str(p), "skipped: a link that points back at itself"))
            return
        if key in seen:
            return
        seen.add(key)
        why = None if explicit else _skip_reason(p)
        if why is None:
            out.files.append(p)
        elif why:
            out.skipped.append((str(p), why))

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            _walk(p, out, add, lambda f: True)
        elif p.is_file():
            add(p, explicit=True)  # named explicitly: always tried, whatever its extension
        elif not _MAGIC.search(raw) and (p.is_symlink() or os.path.lexists(raw)):
            out.skipped.append((raw, "skipped: not a regular file or folder (a pipe, device, socket or broken link)"))
        elif not _glob(raw, out, add):
            out.unmatched.append(raw)
    out.files.sort(key=str)
    return out


def collect(paths: Iterable[str]) -> tuple[list[Path], list[str]]:
    """Files to check and the inputs that matched nothing (see :func:`collect_all` for what was skipped)."""
    c = collect_all(paths)
    return c.files, c.unmatched


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# -- worker ------------------------------------------------------------------------------------
_W: dict[str, Any] = {}


_Timeout = Timeout  # the per-file alarm (a BaseException: no reader's ``except Exception`` swallows it)


def _on_alarm(signum, frame):
    raise _Timeout()


def _init_worker(policy_data: dict, today: Optional[str], limits: Limits, anonymise_key: Optional[bytes],
                 history_path: Optional[str] = None) -> None:
    prepare_worker(limits.memory_mb, _on_alarm)  # a killed batch must not leave workers running on
    from .policy import Policy

    _W.update(policy=Policy(policy_data), today=date.fromisoformat(today) if today else None, limits=limits,
              key=anonymise_key)
    if history_path:
        from .history.hook import History

        _W["history"] = History(Path(history_path), _W["policy"])


def _work(path: str, cache_file: Optional[str] = None) -> dict[str, Any]:
    """The file's record; with ``cache_file``, the record is written there (by the worker, in parallel) and
    only its head comes back, so the parent neither unpickles nor holds it.

    Every per-file step (reading, checking, the record and its letter context, the cache write) runs inside
    this guard and under the time limit: whatever one file does, it becomes its own row."""
    limits: Limits = _W["limits"]
    signal.alarm(max(1, limits.seconds))
    try:
        rec = process_file(Path(path), _W["policy"], _W["today"], limits, _W["key"], _W.get("history"))
        if cache_file is not None:
            rec["file"] = _cached_name(str(path), _W["key"])
            try:
                write_cache(Path(cache_file), rec)
            except OSError:
                return {"record": rec}  # the parent tries again, or keeps it in memory
            return {"head": head(rec)}
    except _Timeout:
        rec = error_record(path, f"took longer than the {limits.seconds} s limit per file")
    except MemoryError:
        rec = error_record(path, f"needed more than the {limits.memory_mb} MB memory limit per file")
    except Exception as e:  # noqa: BLE001 - e.g. a record that cannot be stored; one row, never the batch
        rec = error_record(path, f"internal error while storing the result ({type(e).__name__}); please report it")
    finally:
        signal.alarm(0)
    return rec if cache_file is None else {"record": rec}


def write_cache(target: Path, rec: dict[str, Any]) -> None:
    """Atomic (temp file, then rename) but not fsync'd: a cache entry torn by a power cut fails to parse
    and the file is simply checked again; an fsync per file would cost more than reading a DOCX."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            # ASCII JSON: a file name with bytes that are not UTF-8 (lone surrogates) survives the round trip
            f.write(json.dumps(rec, ensure_ascii=True, allow_nan=False))
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def error_record(path: str, reason: str) -> dict[str, Any]:
    return {"file": str(path), "ok": False, "error": reason}


def process_file(path: Path, policy, today: Optional[date], limits: Limits, key: Optional[bytes],
                 history=None) -> dict[str, Any]:
    """Read, check and summarise one file into a JSON-ready record (never raises for bad input)."""
    from .pipeline import check_file

    try:
        size = path.stat().st_size
    except OSError as e:
        return error_record(path, f"cannot open: {e.strerror or e}")
    if size > limits.max_bytes:
        return error_record(path, f"file too large ({size / 1048576:.1f} MB; limit {limits.max_bytes / 1048576:.0f} MB)")
    try:
        result = check_file(str(path), policy, today, history)
    except (_Timeout, MemoryError):
        raise
    except Exception as e:  # a bug in a check must not stop the batch; the row says what happened
        return error_record(path, f"internal error while checking ({type(e).__name__}); please report it")
    if result.error:
        return error_record(path, result.error)
    try:
        return make_record(result, key, policy)
    except (_Timeout, MemoryError):
        raise
    except Exception as e:  # noqa: BLE001 - e.g. a value the record or the letter cannot format
        return error_record(path, f"internal error while summarising ({type(e).__name__}); please report it")


def _cached_name(path: str, key: Optional[bytes]) -> str:
    """The file as the cache entry names it: its path, or its pseudonymous id when the run is anonymised (the
    parent keeps the path in memory, for reading it back)."""
    if key is None:
        return path
    from .anonymise import file_pseudonym

    return file_pseudonym(path, key)


def make_record(result, key: Optional[bytes], policy=None) -> dict[str, Any]:
    from .anonymise import initials, name_replacements, pseudonym, redact

    pep, v = result.pep, result.verdict
    counts = {"must-fix": 0, "should-fix": 0, "advice": 0}
    for f in result.findings:
        counts[f.severity.value] += 1
    findings = [f.model_dump(mode="json") for f in result.findings]
    rec: dict[str, Any] = {
        "file": result.file, "ok": True, "error": None,
        "child_id": pep.child.identifier, "child_name": pep.child.name,
        "school": pep.school.name, "school_type": pep.school.type.value if pep.school.type else None,
        "year_group": pep.child.year_group, "phase": pep.child.phase.value if pep.child.phase else None,
        "term": pep.term.value if pep.term else None, "academic_year": pep.academic_year,
        "meeting_date": pep.meeting_date.isoformat() if pep.meeting_date else None,
        "grade": v.grade, "grade_rule": v.rule, "pp_decision": v.pp_plus.recommendation,
        "pp_requested": v.pp_plus.requested, "pp_allowed": v.pp_plus.allowed,
        "pp_reasons": [r.message for r in v.pp_plus.reasons], "verdict": v.to_json(),
        "counts": counts, "findings": findings,
        "parts_not_found": [k for k, st in pep.parts.items() if st.value == "not_found"],
        "coverage": pep.coverage(), "verdict_state": v.state,
        "completed_date": pep.completed_date.isoformat() if pep.completed_date else None,
        "designated_teacher": _designated_teacher(pep),
        "pp_blocked_by": _pp_blocked_by(result),
        "letter": _letter_context(result, key is not None, policy),
        "history": result.history,
        # Labels read with a value but placed nowhere, and the field each most resembles: unread-labels.csv.
        "unread_labels": [[label, near] for label, near in getattr(pep, "_unread_labels", None) or []],
    }
    if key is not None:
        reps = name_replacements(pep)
        rec["child_name"] = None
        rec["child_initials"] = initials(pep.child.name)
        rec["designated_teacher"] = initials(rec["designated_teacher"]) if rec["designated_teacher"] else None
        rec["pp_blocked_by"] = [redact(m, reps) for m in rec["pp_blocked_by"]]
        rec["child_id"] = pseudonym(pep, key)
        for f in findings:
            for k in ("message", "evidence", "suggestion"):
                f[k] = redact(f[k], reps)
            if f["location"].get("source"):
                f["location"]["source"]["file"] = None
        rec["grade_rule"] = redact(rec["grade_rule"], reps)
        rec["pp_reasons"] = [redact(m, reps) for m in rec["pp_reasons"]]
        for r in rec["verdict"]["pp_plus"]["reasons"]:
            r["message"] = redact(r["message"], reps)
        rec["verdict"]["rule"] = rec["grade_rule"]
        rec["unread_labels"] = [[redact(label, reps), near] for label, near in rec["unread_labels"]]
    return rec


def _designated_teacher(pep) -> Optional[str]:
    """The designated teacher: an attendee with that role, else who signed the designated teacher's section."""
    for a in pep.attendees:
        role = getattr(a.role, "value", a.role)
        if role == "designated_teacher" and a.name:
            return a.name
    sec = pep.sections.get("designated_teacher")
    return sec.signed_by if sec and sec.signed_by else None


def _pp_blocked_by(result) -> list[str]:
    """Why PP+ is withheld, shortest first: the check code and its name, or the reason given."""
    names = {f.code: f.name.replace("-", " ") for f in result.findings}
    out: list[str] = []
    for r in result.verdict.pp_plus.reasons:
        item = f"{r.code} {names.get(r.code, '')}".strip() if r.code else r.message
        if item not in out:
            out.append(item)
    return out


def _letter_context(result, anonymised: bool, policy) -> Optional[dict[str, Any]]:
    """What a feedback letter needs, kept with the record so letters can be written from cached results."""
    try:
        from .render.letters import letter_context
    except ImportError:
        return None
    return letter_context(result.pep, result.findings, result.verdict, policy, anonymise=anonymised)


# -- the run -----------------------------------------------------------------------------------
def _cache_key(sha: str, policy_fp: str, today: Optional[str], anonymised: bool) -> str:
    return hashlib.sha256(f"{sha}|{policy_fp}|{__version__}|{today}|{anonymised}".encode()).hexdigest()[:32]


def run_batch(
    files: list[Path], out_dir: Path, policy, *, today: Optional[date] = None, limits: Limits = Limits(),
    workers: Optional[int] = None, force: bool = False, anonymise: bool = False,
    progress: Optional[Callable[[int, int, float], None]] = None, history=None,
    skipped: Iterable[tuple[str, str]] = (), notice: Optional[Callable[[str], None]] = None,
) -> BatchSummary:
    """Check ``files`` into ``out_dir``. ``history``: a :class:`pepqa.history.hook.History` (the store each PEP
    is compared with and recorded in). ``skipped``: (path, reason) of paths passed over when collecting; each
    becomes a row after the files. ``notice``: told "resuming: N of M already done" when a run resumes."""
    start = time.perf_counter()
    cache = out_dir / CACHE_DIR
    cache.mkdir(parents=True, exist_ok=True)
    key = _pseudonym_key(cache) if anonymise else None
    # Without an explicit date, the run's own date goes into the cache key so a stale day's timeliness is not reused.
    today_s = (today or date.today()).isoformat()
    from .datafiles import data_fingerprint

    # + pepqa's version and every data file's content
    fp = policy.fingerprint() + data_fingerprint(policy) + (f"|history:{history.path.resolve()}" if history is not None else "")
    if history is not None:
        history.store()  # created (and migrated) here, once, before any worker opens it
    entries: dict[str, tuple[dict[str, Any], Optional[Path], Optional[dict[str, Any]]]] = {}
    todo: list[tuple[Path, str]] = []
    summary = BatchSummary()
    for p in files:
        try:
            sha = file_hash(p)
        except OSError as e:
            rec = error_record(str(p), f"cannot open: {e.strerror or e}")
            entries[str(p)] = (head(rec), None, rec)
            continue
        ck = _cache_key(sha, fp, today_s, anonymise)
        cached = cache / f"{ck}.json"
        if not force and cached.is_file():
            try:
                rec = json.loads(cached.read_text(encoding="utf-8"))
                if history is not None and not history.still_valid(rec.get("history")):
                    raise ValueError("the previous PEP it was compared with has changed")
                entries[str(p)] = (head(rec), cached, None)
                summary.skipped_cached += 1
                continue
            except (OSError, ValueError, KeyError, TypeError):
                pass
        todo.append((p, ck))
    total = len(files)
    done = len(entries)
    if summary.skipped_cached and notice:
        notice(f"resuming: {summary.skipped_cached} of {total} already done (unchanged since the last run)")
    if progress:
        progress(done, total, time.perf_counter() - start)

    def finish(p: Path, ck: str, got: dict) -> None:
        """``got`` is {"head": ...} when the worker wrote the cache entry, else {"record": ...} or a record."""
        nonlocal done
        target = cache / f"{ck}.json"
        if "head" in got:
            entries[str(p)] = (got["head"], target, None)
        else:
            rec = got.get("record", got)
            rec["file"] = _cached_name(str(p), key)
            try:
                write_cache(target, rec)
                entries[str(p)] = (head(rec), target, None)
            except OSError:
                entries[str(p)] = (head(rec), None, rec)
            except Exception as e:  # noqa: BLE001 - a record that cannot be stored is still a row
                rec = error_record(str(p), f"internal error while storing the result ({type(e).__name__})")
                entries[str(p)] = (head(rec), None, rec)
        done += 1
        if progress:
            progress(done, total, time.perf_counter() - start)

    n_workers = max(1, min(workers or os.cpu_count() or 1, len(todo) or 1))
    init_args = (policy.as_dict(), today_s, limits, key, str(history.path) if history is not None else None)
    if todo:
        _run_pool(todo, n_workers, init_args, finish, cache)
    if history is not None:  # a PEP checked before its child's earlier-term PEP was recorded in this run: again
        from .history.hook import stale

        for _ in range(3):
            again = stale(history, files, entries, lambda p: _cache_key(file_hash(p), fp, today_s, anonymise))
            if not again:
                break
            done -= len(again)
            _run_pool(again, n_workers, init_args, finish, cache)
    records = Records()
    for p in files:
        if str(p) in entries:
            records.add(str(p), *entries[str(p)])
    for path, why in skipped:
        rec = {**error_record(path, why), "skipped": True}
        records.add(path, head(rec), None, rec)
    summary.records = records
    summary.file_key = key
    summary.elapsed = time.perf_counter() - start
    return summary


def _run_pool(todo, n_workers, init_args, finish, cache: Path) -> None:
    pending = list(todo)
    suspects: list[tuple[Path, str]] = []
    while pending or suspects:
        if suspects:  # files in flight when a worker died: one at a time, so the culprit is known
            batch, pending_after, solo = [suspects.pop(0)], pending, True
        else:
            batch, pending_after, solo = pending, [], False
        pool = ProcessPoolExecutor(max_workers=1 if solo else n_workers, initializer=_init_worker, initargs=init_args)
        inflight = {}
        queue = list(batch)
        try:
            while queue or inflight:
                while queue and len(inflight) < (1 if solo else n_workers * 2):
                    p, ck = queue.pop(0)
                    inflight[pool.submit(_work, str(p), str(cache / f"{ck}.json"))] = (p, ck)
                done_set, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
                for fut in done_set:
                    p, ck = inflight.pop(fut)
                    try:
                        rec = fut.result()
                    except BrokenProcessPool:
                        if solo:
                            rec = error_record(str(p), "the reader crashed on this file (worker process died)")
                        else:
                            inflight[fut] = (p, ck)  # a suspect like the others in flight, not lost
                            raise
                    finish(p, ck, rec)
        except BrokenProcessPool:
            suspects.extend(inflight.values())
            suspects.extend(queue)
            inflight.clear()
            queue.clear()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        pending = pending_after if solo else []


def _pseudonym_key(cache: Path) -> bytes:
    """A random key kept beside the cache, so pseudonyms are stable across runs into the same folder."""
    kf = cache / "pseudonym.key"
    if not kf.is_file():
        write_text(kf, os.urandom(32).hex())
    return bytes.fromhex(kf.read_text().strip())


def run_settings(policy, files: list[Path], args: dict[str, Any]) -> dict[str, Any]:
    return {
        "pepqa_version": __version__,
        "run_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "policy_file": policy.source, "policy_fingerprint": policy.fingerprint(), "policy": policy.as_dict(),
        "inputs": len(files), "options": args,
        "python": sys.version.split()[0],
    }


class Progress:
    """A one-line progress display on stderr for each phase (checking, outputs, letters): done/total, the
    rate of work done in this phase (files already done on a resume are not counted as speed) and an ETA
    only once there is a rate to base it on. Silent when stderr is not a terminal."""

    def __init__(self, stream=sys.stderr, force: bool = False):
        self.stream = stream
        self.enabled = force or stream.isatty()
        self.last = 0.0
        self.phase = "checking"
        self.base: Optional[int] = None
        self.t0 = time.monotonic()

    def start(self, phase: str) -> None:
        """A new phase: its own count, rate and ETA."""
        self.phase, self.base, self.last = phase, None, 0.0

    def __call__(self, done: int, total: int, elapsed: float = 0.0) -> None:
        if self.base is None:
            self.base, self.t0 = done, time.monotonic()
        if not self.enabled or (time.monotonic() - self.last < 0.2 and done < total):
            return
        self.last = time.monotonic()
        work, spent = done - self.base, time.monotonic() - self.t0
        rate = work / spent if work > 0 and spent > 0 else None
        if done >= total:
            eta = "done"
        elif rate:
            left = (total - done) / rate
            eta = f"ETA {int(left // 60)}:{int(left % 60):02d}"
        else:
            eta = "ETA --:--"
        width = 30
        filled = int(width * done / total) if total else width
        speed = f"{rate:5.1f}/s" if rate else "   --/s"
        self.stream.write(f"\r{self.phase:9} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}  {speed}  {eta} ")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()
