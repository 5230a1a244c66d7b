"""A time limit for reading one file, for callers that have none of their own (``pepqa check``).

Why: a small file can take minutes to read (a PDF page whose content stream is millions of drawing
operators; a Word file with a hundred thousand paragraphs). ``pepqa batch`` gives each file an alarm
in its worker; a single ``check`` gets this one, so no input makes pepqa hang.

The timer is set only in the main thread and only when no other timer runs, so a batch worker's own
per-file alarm is left alone. :class:`TooSlow` is a BaseException so that no ``except Exception``
in a parsing library swallows it.
"""
from __future__ import annotations

import contextlib
import signal
import threading

READ_SECONDS = 60


class TooSlow(BaseException):
    """The time limit ran out while reading."""


@contextlib.contextmanager
def deadline(seconds: float):
    usable = (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
              and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise TooSlow()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
