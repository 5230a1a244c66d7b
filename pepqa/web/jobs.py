"""Reading, checking and rendering one PEP off the event loop, in worker processes with batch's limits.

Why processes, not threads: a PEP can be hostile (a PDF page that takes minutes to interpret, a
document that inflates to gigabytes). Each worker process gets the same per-file limits as
``pepqa batch`` (:class:`pepqa.batch.Limits`: time by SIGALRM, memory by RLIMIT_AS), so one bad
upload costs one worker a few seconds, never the server. While workers read and check, the event
loop goes on serving other teachers. A worker that dies is replaced and the upload gets one line;
a worker stuck past its own alarm is killed by the server (:meth:`Workers.run`).

The workers are started with ``spawn`` (a clean interpreter: the server's threads and sockets are
not copied into them) and warmed up once (checks loaded, spaCy pipeline built), so a check takes
well under a second.
"""
from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import shutil
import signal
import tempfile
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path
from typing import Any, Optional

from ..batch import Limits

_W: dict[str, Any] = {}


class JobFailed(Exception):
    """The file could not be handled; ``reason`` is one line for the page (no PEP text)."""

    def __init__(self, reason: str, status: int = 422):
        super().__init__(reason)
        self.reason = reason
        self.status = status


class _Timeout(BaseException):
    """The per-file alarm: a BaseException, so no ``except Exception`` in a reader swallows it."""


def _on_alarm(signum, frame):
    raise _Timeout()


def _init(policy_data: dict, policy_source: Optional[str], today: Optional[str], limits: Limits) -> None:
    from ..guard import prepare_worker
    from ..policy import Policy

    prepare_worker(limits.memory_mb, _on_alarm)  # the server handles Ctrl-C and shuts the pool down
    # Everything a first check and a first download would import, so the first teacher does not wait for it.
    from .. import pipeline, verdict  # noqa: F401
    from ..readers import docx_extract, pdf_extract, json_reader  # noqa: F401
    from ..render import docx_out, letters, pepdoc  # noqa: F401
    from . import view  # noqa: F401

    _W.update(policy=Policy(policy_data, policy_source), today=today, limits=limits)


def _ping() -> int:
    return os.getpid()


def _today() -> date:
    return date.fromisoformat(_W["today"]) if _W.get("today") else date.today()


def _limited(fn, *args):
    limits: Limits = _W["limits"]
    signal.alarm(max(1, limits.seconds))
    try:
        return fn(*args)
    except _Timeout:
        raise JobFailed(f"took longer than the {limits.seconds} s limit per file") from None
    except MemoryError:
        raise JobFailed(f"needed more than the {limits.memory_mb} MB memory limit per file") from None
    finally:
        signal.alarm(0)


def check_job(path: str, display_name: str) -> dict[str, Any]:
    """Read and check one uploaded file: ``{"error": reason}`` or ``{"view": ..., "payload": ...}``."""
    return _limited(_check, path, display_name)


def _check(path: str, display_name: str) -> dict[str, Any]:
    from ..pipeline import check_file
    from .view import build_view

    today = _today()
    r = check_file(path, _W["policy"], today)
    if r.error:
        return {"error": r.error}
    pep = r.pep
    pep.source_file = display_name  # the temporary path means nothing to the teacher
    for prov in pep.provenance.values():
        prov.file = None
    for f in r.findings:
        if f.location.source is not None:
            f.location.source.file = None
    view = build_view(pep, r.findings, r.verdict, _W["policy"])
    return {"view": view, "payload": {"pep": pep.model_dump(mode="json"), "today": today.isoformat(),
                                      "name": display_name}}


DOWNLOADS = {
    # kind: (what, format, media type)
    "feedback.docx": ("feedback", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "feedback.pdf": ("feedback", "pdf", "application/pdf"),
    "clean-pep.pdf": ("clean", "pdf", "application/pdf"),
    "clean-pep.docx": ("clean", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


def render_job(kind: str, payload: dict[str, Any]) -> tuple[bytes, str]:
    """One download (a feedback letter or the clean PEP, Word or PDF) for a PEP this server read: (bytes, stem)."""
    return _limited(_render, kind, payload)


def _render(kind: str, payload: dict[str, Any]) -> tuple[bytes, str]:
    from ..model import PEP
    from ..pipeline import check_pep
    from ..render.engine import safe_stem
    from ..render.letters import letter_context, write_letter
    from ..render.pepdoc import render_pep
    from .view import school_findings

    what, fmt, _media = DOWNLOADS[kind]
    policy = _W["policy"]
    pep = PEP.model_validate(payload["pep"])
    today = date.fromisoformat(payload["today"])
    base = safe_stem(Path(str(payload.get("name") or "pep")).stem, "pep")
    folder = Path(tempfile.mkdtemp(prefix="pepqa-web-"))
    try:
        if what == "feedback":
            findings, verdict = check_pep(pep, policy, today)
            letter = letter_context(pep, school_findings(findings), verdict, policy)
            if letter is None:
                raise JobFailed("we could not read enough of this PEP to write feedback: the Virtual School would "
                                "read it by hand", status=409)
            stem = f"{base}-feedback"
            paths = write_letter(letter, folder, stem, policy, today=today, formats=(fmt,))
        else:
            stem = f"{base}-clean"
            paths = render_pep(pep, folder, stem, policy, formats=(fmt,))
        return paths[0].read_bytes(), stem
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class Workers:
    """A small pool of warmed-up worker processes; :meth:`run` awaits a job without blocking the event loop."""

    def __init__(self, policy, today: Optional[date], limits: Limits, workers: int = 2):
        self.args = (policy.as_dict(), policy.source, today.isoformat() if today else None, limits)
        self.limits = limits
        self.n = max(1, workers)
        self.pool: Optional[ProcessPoolExecutor] = None

    def start(self) -> None:
        self.pool = ProcessPoolExecutor(max_workers=self.n, mp_context=mp.get_context("spawn"),
                                        initializer=_init, initargs=self.args)

    async def warm(self) -> None:
        """Start every worker now, so the first teacher does not wait for spaCy to load."""
        loop = asyncio.get_running_loop()
        try:
            await asyncio.gather(*(loop.run_in_executor(self.pool, _ping) for _ in range(self.n)))
        except BrokenProcessPool:  # pragma: no cover - reported at the first real job
            self._restart()

    async def run(self, fn, *args):
        if self.pool is None:
            self.start()
        pool = self.pool
        loop = asyncio.get_running_loop()
        fut = loop.run_in_executor(pool, fn, *args)
        try:
            # The worker's own alarm fires first; this is the backstop for a worker stuck where signals wait.
            return await asyncio.wait_for(fut, self.limits.seconds + 30)
        except asyncio.TimeoutError:
            self._kill(pool)
            raise JobFailed(f"took longer than the {self.limits.seconds} s limit per file") from None
        except BrokenProcessPool:
            if pool is self.pool:
                self._restart()
            raise JobFailed("the reader crashed on this file (worker process died)") from None
        except JobFailed:
            raise
        except Exception as e:  # noqa: BLE001 - a bug: one line on the page, never a traceback in the log
            raise JobFailed(f"internal error ({type(e).__name__}); please report it", status=500) from None

    def _kill(self, pool: ProcessPoolExecutor) -> None:
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            try:
                proc.kill()
            except (OSError, AttributeError):  # pragma: no cover
                pass
        if pool is self.pool:
            self._restart()

    def _restart(self) -> None:
        old = self.pool
        self.start()
        if old is not None:
            old.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
