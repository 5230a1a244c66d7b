"""What the pipeline, the batch and the CLI call: find the previous PEP, record this one.

A :class:`History` is opened per process (the batch parent, each worker, ``pepqa check``). Lookups
happen before the checks run; the record is written after them, one transaction per PEP, so a
killed run leaves every PEP recorded whole or not at all. Each result carries a small ``info``
dict (status, term, content hash, the previous version it was compared with) that the batch uses
to tell whether a cached result is still right: when the previous PEP the checks saw has changed
(recorded, re-submitted or forgotten since), the file is checked again.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from . import Previous
from .store import Store, StoreBusy, StoreError, pep_sha
from .terms import term_of

NO_ID, NO_TERM, BUSY, RECORDED, LOOKED_UP = "no child ID", "no term", "busy", "recorded", "compared"


def store_path(policy, override: Optional[str] = None) -> Optional[Path]:
    """The store file: ``--history`` if given, else ``history.store`` beside the policy file in use.

    With no policy file (built-in defaults only) there is no store unless ``--history`` names one:
    a database of children's PEPs is never created in whatever folder pepqa happens to run in.
    """
    if override:
        return Path(override).expanduser()
    value = policy.get("history.store")
    if not value or policy.source is None:
        return None
    p = Path(value).expanduser()
    return p if p.is_absolute() else Path(policy.source).resolve().parent / p


def child_key(pep) -> Optional[str]:
    ident = (pep.child.identifier or "").strip()
    return ident or None


def result_summary(pep, findings, verdict) -> dict[str, Any]:
    """What the store keeps of a PEP's results (beside its full reading)."""
    pp = verdict.pp_plus
    return {
        "grade": verdict.grade, "pp_decision": pp.recommendation, "pp_requested": pp.requested,
        "pp_allowed": pp.allowed, "coverage": pep.coverage(), "state": getattr(verdict, "state", "graded"),
        "findings": [{"code": f.code, "severity": f.severity.value} for f in findings],
    }


class History:
    """Lookups and records against one store file, opened on first use."""

    def __init__(self, path: Path, policy, *, record: bool = True):
        self.path = Path(path)
        self.policy = policy
        self.recording = record
        self.timeout = float(policy.get("history.busy_timeout_seconds"))
        self._store: Optional[Store] = None

    @classmethod
    def for_run(cls, policy, override: Optional[str] = None, *, record: bool = True) -> Optional["History"]:
        path = store_path(policy, override)
        return cls(path, policy, record=record) if path is not None else None

    def store(self) -> Optional[Store]:
        if self._store is None:
            if not self.recording and not self.path.exists():
                return None  # look-ups only: never create the file
            self._store = Store(self.path, timeout=self.timeout)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # -- before the checks -------------------------------------------------------------------
    def lookup(self, pep) -> tuple[Optional[Previous], dict[str, Any]]:
        child = child_key(pep)
        if child is None:
            return None, {"status": NO_ID}
        term = term_of(pep, self.policy)
        if term is None:
            return None, {"status": NO_TERM}
        info: dict[str, Any] = {"status": LOOKED_UP, "term": term[1], "term_key": term[0], "sha": pep_sha(pep),
                                "previous": None}
        try:
            st = self.store()
            if st is None:
                return None, info
            rows = st.before(child, term[0])
        except StoreBusy:
            return None, {"status": BUSY}
        prev = _previous(rows)
        if prev is not None:
            info["previous"] = prev.sha
            info["previous_term"] = prev.term
        return prev, info

    # -- after the checks --------------------------------------------------------------------
    def record(self, pep, findings, verdict, info: dict[str, Any]) -> dict[str, Any]:
        if not self.recording or info.get("status") != LOOKED_UP:
            return info
        st = self.store()
        try:
            st.record(child_key(pep), info["term_key"], info["term"], pep, result_summary(pep, findings, verdict),
                      sha=info["sha"])
        except StoreBusy:
            return {**info, "status": BUSY}
        return {**info, "status": RECORDED}

    def still_valid(self, info: Optional[dict[str, Any]]) -> bool:
        """Is a cached result's history comparison still what the store would give now?"""
        if not info:
            return False
        if info.get("status") in (NO_ID, NO_TERM):
            return True
        if info.get("status") != RECORDED:
            return False
        st = self.store()
        rows = st.by_sha(info["sha"]) if st is not None else []
        if not rows:
            return False  # the store was deleted or the child forgotten: record again
        prev = st.before(rows[0]["child_id"], rows[0]["term_key"], limit=1)
        return (prev[0]["pep_sha"] if prev else None) == info.get("previous")


def _previous(rows) -> Optional[Previous]:
    from pydantic import ValidationError

    from ..model import PEP
    import json

    if not rows:
        return None
    try:
        pep = PEP.model_validate_json(rows[0]["pep_json"])
    except (ValidationError, ValueError):
        return None
    earlier = []
    for r in rows[1:]:
        try:
            earlier.append((r["term_label"], json.loads(r["pep_json"]).get("attendance_percent")))
        except ValueError:
            continue
    res = json.loads(rows[0]["result_json"])
    return Previous(pep=pep, term=rows[0]["term_label"], term_key=rows[0]["term_key"], sha=rows[0]["pep_sha"],
                    pp_decision=res.get("pp_decision"), earlier=earlier)


def summary(infos) -> dict[str, Any]:
    """run.json's history entry: how many PEPs were recorded, and why the others were not."""
    from collections import Counter

    c = Counter((i or {}).get("status") for i in infos)
    return {"recorded": c.get(RECORDED, 0),
            "not_recorded": {k: c[k] for k in (NO_ID, NO_TERM, BUSY) if c.get(k)}}


def summary_line(path: Path, s: dict[str, Any]) -> str:
    why = ", ".join(f"{n} {k}" for k, n in s["not_recorded"].items())
    line = f"history: {s['recorded']} PEP{'s' if s['recorded'] != 1 else ''} recorded in {path}"
    if why:
        line += f"; not recorded: {why}"
    return line


def busy_warning(path: Path, s: dict[str, Any]) -> Optional[str]:
    n = s["not_recorded"].get(BUSY)
    if not n:
        return None
    return (f"pepqa: {path}: the history store was busy (another pepqa run is writing to it): {n} PEP"
            f"{'s' if n != 1 else ''} not compared with last term or recorded; run the batch again when it has finished")


__all__ = ["History", "StoreError", "StoreBusy", "store_path"]


def stale(history: History, files, entries: dict, cache_key) -> list:
    """(file, cache key) of the batch's results whose previous PEP has changed since they were checked."""
    out = []
    for p in files:
        got = entries.get(str(p))
        if got is None or not got[0].get("ok"):
            continue
        info = got[0].get("history")
        if info and info.get("status") in (NO_ID, NO_TERM, BUSY):  # busy: said once at the end, not retried now
            continue
        if not history.still_valid(info):
            try:
                out.append((p, cache_key(p)))
            except OSError:
                continue
    return out


def batch_extras(history: Optional[History], records, settings: dict[str, Any]) -> tuple[list, str, Optional[str]]:
    """After a batch: run.json's history entry (in ``settings``), the workbook's Trends sheet, the summary line
    and a warning for stderr when the store was busy."""
    if history is None:
        settings["history"] = {"store": None}
        return [], ("history: no store (set history.store in pepqa.toml, or --history FILE), so no term-over-term "
                    "checks"), None
    s = summary(r.get("history") for r in (records.heads() if hasattr(records, "heads") else records))
    settings["history"] = {"store": str(history.path), **s}
    from .views import term_rows

    cols, rows = term_rows(history.store())
    history.close()
    return [("Trends", cols, rows)], summary_line(history.path, s), busy_warning(history.path, s)
