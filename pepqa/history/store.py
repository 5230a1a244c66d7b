"""The history store: one SQLite file holding each child's PEPs, term by term.

Why SQLite (stdlib ``sqlite3``): one file the authority keeps beside its policy, transactions (a
batch killed mid-write leaves every PEP recorded whole or not at all), and locking, so two batches
writing at once wait for each other instead of corrupting the file (WAL journal; a busy store is
waited on for ``history.busy_timeout_seconds``, then reported in one line).

Rows are keyed by the child's identifier and the term. One row per version of a PEP: re-recording
the same content updates it (re-running a batch never duplicates); a different version for the same
child and term becomes the current one if its dates are as late or later, and the other is kept as
superseded. The schema is versioned (``meta.schema_version``) and :data:`MIGRATIONS` bring an older
file up to date when it is opened for writing.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Optional

from ..errors import PepqaError

SCHEMA_VERSION = 1
MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE peps (
        id INTEGER PRIMARY KEY,
        child_id TEXT NOT NULL,
        term_key INTEGER NOT NULL,
        term_label TEXT NOT NULL,
        pep_sha TEXT NOT NULL,
        school TEXT,
        meeting_date TEXT,
        completed_date TEXT,
        file TEXT,
        pep_json TEXT NOT NULL,
        result_json TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        superseded_at TEXT,
        superseded_by INTEGER REFERENCES peps(id)
    );
    CREATE UNIQUE INDEX peps_one_current ON peps(child_id, term_key) WHERE superseded_at IS NULL;
    CREATE UNIQUE INDEX peps_one_version ON peps(child_id, term_key, pep_sha);
    CREATE INDEX peps_by_sha ON peps(pep_sha);
    """,
}


class StoreError(PepqaError):
    """The store cannot be used: one line naming the file and the reason."""


class StoreBusy(StoreError):
    pass


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def pep_sha(pep) -> str:
    """The content of a PEP version (its reading, not the file's name or format)."""
    data = pep.model_dump(mode="json", exclude={"provenance", "source_file", "layout", "source_format"})
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:32]


def _explain(path: Path, e: sqlite3.Error) -> StoreError:
    msg = str(e).lower()
    if "locked" in msg or "busy" in msg:
        return StoreBusy(f"{path}: the history store is busy (another pepqa run is writing to it); "
                         "try again when it has finished")
    if "not a database" in msg or "malformed" in msg:
        return StoreError(f"{path}: not a pepqa history store, or damaged ({e})")
    if "readonly" in msg or "unable to open" in msg:
        return StoreError(f"{path}: cannot open the history store for writing ({e})")
    return StoreError(f"{path}: history store error ({e})")


class Store:
    """A connection to the store. ``readonly`` connections (batch workers) never create or change the file."""

    def __init__(self, path: Path, *, readonly: bool = False, timeout: float = 10.0):
        self.path = Path(path)
        self.readonly = readonly
        try:
            if readonly:
                self.conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout,
                                            isolation_level=None)
            else:
                new = not self.path.exists()
                if new:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)  # personal data: owner only
                    os.close(fd)
                self.conn = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
                self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            self.conn.row_factory = sqlite3.Row
            self._migrate()
        except sqlite3.Error as e:
            raise _explain(self.path, e) from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------------
    def version(self) -> int:
        has = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if not has:
            return 0
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        v = self.version()
        if v > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: the history store was written by a newer pepqa (schema {v}); upgrade pepqa")
        if v == SCHEMA_VERSION:
            return
        if self.readonly:
            raise StoreError(f"{self.path}: the history store needs upgrading; run a batch (or `pepqa history`) first")
        with self.transaction():
            v = self.version()  # another process may have migrated while we waited for the lock
            for n in range(v + 1, SCHEMA_VERSION + 1):
                for stmt in MIGRATIONS[n].split(";"):
                    if stmt.strip():
                        self.conn.execute(stmt)
                self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(n),))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT: the write lock is taken up front, so a busy store fails before any change."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise _explain(self.path, e) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as e:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            if isinstance(e, sqlite3.Error):
                raise _explain(self.path, e) from None
            raise

    # -- writing -----------------------------------------------------------------------------
    def record(self, child_id: str, term_key: int, term_label: str, pep, result: dict[str, Any],
               sha: Optional[str] = None) -> int:
        """Record one PEP version (one transaction); returns its row id."""
        sha = sha or pep_sha(pep)
        pep_json = pep.model_dump_json()
        res_json = json.dumps(result, ensure_ascii=False, sort_keys=True)
        when = (pep.completed_date or pep.meeting_date)
        when_s = when.isoformat() if when else ""
        now = _now()
        with self.transaction() as c:
            same = c.execute("SELECT id FROM peps WHERE child_id=? AND term_key=? AND pep_sha=?",
                             (child_id, term_key, sha)).fetchone()
            if same:
                c.execute("UPDATE peps SET result_json=?, file=?, updated_at=? WHERE id=?",
                          (res_json, pep.source_file, now, same["id"]))
                return int(same["id"])
            cur = c.execute("SELECT id, completed_date, meeting_date FROM peps WHERE child_id=? AND term_key=? "
                            "AND superseded_at IS NULL", (child_id, term_key)).fetchone()
            newer = cur is None or when_s >= (cur["completed_date"] or cur["meeting_date"] or "")
            if cur is not None and newer:
                c.execute("UPDATE peps SET superseded_at=? WHERE id=?", (now, cur["id"]))
            row = c.execute(
                "INSERT INTO peps(child_id, term_key, term_label, pep_sha, school, meeting_date, completed_date, file, "
                "pep_json, result_json, recorded_at, updated_at, superseded_at, superseded_by) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (child_id, term_key, term_label, sha, pep.school.name,
                 pep.meeting_date.isoformat() if pep.meeting_date else None,
                 pep.completed_date.isoformat() if pep.completed_date else None, pep.source_file, pep_json,
                 res_json, now, now, None if newer else now, None if newer else cur["id"]))
            new_id = int(row.lastrowid)
            if cur is not None and newer:
                c.execute("UPDATE peps SET superseded_by=? WHERE id=?", (new_id, cur["id"]))
            return new_id

    def forget(self, child_id: str) -> int:
        """Delete every record of a child (all terms, all versions); returns how many rows went."""
        with self.transaction() as c:
            n = c.execute("DELETE FROM peps WHERE child_id=?", (child_id,)).rowcount
        self.conn.execute("VACUUM")  # so the deleted text does not linger in free pages of the file
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return n

    def prune(self, keep_terms: int) -> int:
        """Delete records more than ``keep_terms`` terms older than the latest term in the store."""
        with self.transaction() as c:
            top = c.execute("SELECT MAX(term_key) FROM peps").fetchone()[0]
            if top is None:
                return 0
            n = c.execute("DELETE FROM peps WHERE term_key <= ?", (top - keep_terms,)).rowcount
        if n:
            self.conn.execute("VACUUM")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return n

    # -- reading -----------------------------------------------------------------------------
    def _q(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.Error as e:
            raise _explain(self.path, e) from None

    def before(self, child_id: str, term_key: int, limit: int = 3) -> list[sqlite3.Row]:
        """The child's current PEPs of earlier terms, newest first."""
        return self._q("SELECT * FROM peps WHERE child_id=? AND term_key<? AND superseded_at IS NULL "
                       "ORDER BY term_key DESC LIMIT ?", (child_id, term_key, limit))

    def by_sha(self, sha: str) -> list[sqlite3.Row]:
        return self._q("SELECT id, child_id, term_key FROM peps WHERE pep_sha=?", (sha,))

    def child(self, child_id: str, include_superseded: bool = False) -> list[sqlite3.Row]:
        extra = "" if include_superseded else " AND superseded_at IS NULL"
        return self._q(f"SELECT * FROM peps WHERE child_id=?{extra} ORDER BY term_key, id", (child_id,))

    def current(self) -> Iterator[sqlite3.Row]:
        """Every current record, by term (for trends); one row at a time."""
        try:
            yield from self.conn.execute("SELECT term_key, term_label, school, result_json FROM peps "
                                         "WHERE superseded_at IS NULL ORDER BY term_key, id")
        except sqlite3.Error as e:
            raise _explain(self.path, e) from None

    def check_integrity(self) -> list[str]:
        """Problems found (empty when consistent): SQLite's own check plus pepqa's invariants."""
        probs = [r[0] for r in self._q("PRAGMA integrity_check") if r[0] != "ok"]
        dup = self._q("SELECT child_id, term_key, COUNT(*) n FROM peps WHERE superseded_at IS NULL "
                      "GROUP BY child_id, term_key HAVING n > 1")
        probs += [f"{r['child_id']} {r['term_key']}: {r['n']} current versions" for r in dup]
        for r in self._q("SELECT id, pep_json, result_json FROM peps"):
            try:
                json.loads(r["pep_json"]), json.loads(r["result_json"])
            except ValueError:
                probs.append(f"row {r['id']}: damaged JSON")
        return probs
