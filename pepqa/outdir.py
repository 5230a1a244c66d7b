"""The output folder: checked before any work starts, locked while a run writes into it.

Why: a read-only disk, a ``--out`` that is a file, or a full disk used to surface as a traceback after
every PEP had been checked (and exit 1, the "findings" code); two runs into one folder deleted each
other's temporary files. Now each fault is one line naming the folder and the reason, with its own exit
code (:data:`EXIT_OUTPUT`), and a second run waits briefly for the first, then says which run holds it.
"""
from __future__ import annotations

import contextlib
import errno
import os
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from .errors import PepqaError
from .safe import shown

EXIT_OUTPUT = 3
LOCK_NAME = ".pepqa-lock"
LOCK_WAIT = 10.0  # seconds a second run waits for the first before saying which run holds the folder
_PROBE_BYTES = 64 * 1024  # written and removed once: a disk with less room than this cannot take the reports


class OutputError(PepqaError):
    """The output folder cannot be written: one line naming it and the reason."""

    def __init__(self, folder, reason: str):
        self.folder = str(folder)
        self.reason = reason
        super().__init__(f"{shown(folder)}: {reason}")


def reason(e: BaseException) -> str:
    """Plain words for an output fault (no file name: the caller names the folder)."""
    code = getattr(e, "errno", None)
    if code == errno.EROFS:
        return "read-only (the disk or folder cannot be written)"
    if code in (errno.EACCES, errno.EPERM):
        return "permission denied (the folder cannot be written)"
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "disk full (free some space or choose another --out)"
    if code in (errno.ENOTDIR, errno.EEXIST):
        return "not a folder (a file has that name, or is on its path)"
    if code == errno.ENAMETOOLONG:
        return "a name is too long for this disk"
    if isinstance(e, MemoryError):
        return "out of memory while writing"
    return f"cannot be written ({getattr(e, 'strerror', None) or type(e).__name__})"


def prepare(folder: Path) -> Path:
    """Create ``folder`` if needed and prove it takes a file; raise :class:`OutputError` if not."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError(folder, "not a folder (a file has that name)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".pepqa-probe-{os.getpid()}.part"
        try:
            with open(probe, "wb") as f:
                f.write(b"\0" * _PROBE_BYTES)
                f.flush()
                os.fsync(f.fileno())
        finally:
            with contextlib.suppress(OSError):
                probe.unlink()
    except OSError as e:
        raise OutputError(folder, reason(e)) from None
    return folder


@contextlib.contextmanager
def locked(folder: Path, wait: float | None = None, what: str = "pepqa") -> Iterator[Path]:
    """Hold ``folder``'s lock for a run; another run waits up to ``wait`` seconds, then is told who holds it.

    An advisory ``flock`` on ``folder/.pepqa-lock``: the kernel drops it when the holder exits, even by kill -9,
    so a crashed run never leaves the folder locked.
    """
    import fcntl

    wait = LOCK_WAIT if wait is None else wait
    folder = prepare(folder)
    path = folder / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise OutputError(folder, reason(e)) from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another pepqa run"
                    raise OutputError(folder, f"busy: {holder} is writing there; wait for it to finish "
                                              "or choose another --out") from None
                time.sleep(0.1)
        stamp = datetime.now(timezone.utc).strftime("%H:%M:%S UTC")
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pepqa {what} (process {os.getpid()}, started {stamp})".encode(), 0)
        yield folder
    finally:
        os.close(fd)  # releases the lock


def clean_stale_parts(folder: Path) -> None:
    """Remove temporary files left by a killed run. Only called while holding the folder's lock: no other
    run can be writing there, so no live run's temporary file is touched."""
    for sub in (folder, folder / ".pepqa-cache", folder / "letters"):
        if sub.is_dir():
            for stale in sub.glob(".*.part"):
                with contextlib.suppress(OSError):
                    stale.unlink()
