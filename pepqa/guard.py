"""Per-file limits for every command, not only ``batch``: time (SIGALRM), memory (RLIMIT_AS), and workers
that die with their parent.

Why: ``check`` once took 141 s on a 15 MB JSON and ``render`` 172 s and 1 GB on a 95 KB Word file; with
no limit outside batch, one file could hold a terminal for minutes or take the machine's memory. Each
command now gives each file the batch's limits and turns a breach into that file's one-line reason.
"""
from __future__ import annotations

import contextlib
import resource
import signal
import threading
from typing import Callable, Optional, TypeVar

T = TypeVar("T")
SECONDS, MEMORY_MB = 60, 4096


class Timeout(BaseException):
    """The per-file alarm. Not an Exception: a reader's ``except Exception`` must not turn it into a read error."""


def _on_alarm(signum, frame):
    raise Timeout()


def set_memory_limit(memory_mb: int) -> None:
    """Cap this process's address space (soft and hard: a worker; soft only: the command's own process)."""
    if not memory_mb:
        return
    lim = memory_mb * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if soft == resource.RLIM_INFINITY or soft > lim:
            resource.setrlimit(resource.RLIMIT_AS, (lim, hard))


@contextlib.contextmanager
def memory_limit(memory_mb: int):
    """The address-space cap for one file, lifted again afterwards: a command's process (or a test runner that
    calls commands in-process, then starts a browser) keeps its own limit."""
    try:
        before = resource.getrlimit(resource.RLIMIT_AS)
    except (ValueError, OSError):
        yield
        return
    set_memory_limit(memory_mb)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, before)


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (a killed batch left workers running ~60 s)."""
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG


def prepare_worker(memory_mb: int, on_alarm) -> None:
    """Set up a process that checks files for a parent (a batch, the web page): Ctrl-C is the parent's, it
    dies with its parent, SIGALRM is the per-file time limit, its address space is capped, and the checks and
    the NLP pipeline are built once, not per file."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    signal.signal(signal.SIGALRM, on_alarm)
    if memory_mb:
        lim = memory_mb * 1024 * 1024
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
    from .checks import load_all
    from .nlp import get_nlp

    load_all()
    get_nlp()


@contextlib.contextmanager
def time_limit(seconds: int):
    """Raise :class:`Timeout` after ``seconds`` (main thread, and only when no other alarm is set)."""
    usable = (seconds and threading.current_thread() is threading.main_thread()
              and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(max(1, int(seconds)))
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def guarded(fn: Callable[[], T], seconds: Optional[int] = None, memory_mb: Optional[int] = None,
            doing: str = "reading and checking") -> tuple[Optional[T], Optional[str]]:
    """``(fn(), None)``, or ``(None, reason)`` when the file breaks the time or memory limit."""
    seconds = SECONDS if seconds is None else seconds
    memory_mb = MEMORY_MB if memory_mb is None else memory_mb
    try:
        with time_limit(seconds), memory_limit(memory_mb):
            return fn(), None
    except Timeout:
        return None, f"took longer than the {seconds} s limit per file ({doing})"
    except MemoryError:
        return None, f"needed more than the {memory_mb} MB memory limit per file ({doing})"
