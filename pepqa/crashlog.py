"""An unexpected error (a pepqa bug) as one line on the terminal and a log file for the report.

The log holds where in pepqa's code it happened (file, line, function for each frame) and the exception's
type, never its message or any local value: those can quote PEP text, a child's name or a file name.
It goes in the output folder when the command has one that can be written, else the system temp folder.
"""
from __future__ import annotations

import os
import platform
import sys
import tempfile
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from . import __version__


def crash_report(e: BaseException, command: str) -> str:
    lines = [f"pepqa {__version__} internal error in '{command}' at "
             f"{datetime.now(timezone.utc).isoformat(timespec='seconds')}",
             f"python {sys.version.split()[0]} on {platform.system()}", "", "Traceback (frames only; no values):"]
    seen: set[int] = set()
    exc: Optional[BaseException] = e
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        for fr in traceback.extract_tb(exc.__traceback__):
            where = fr.filename
            marker = f"{os.sep}pepqa{os.sep}"
            if marker in where:  # pepqa's own files by package path; library files by their package
                where = "pepqa" + os.sep + where.rsplit(marker, 1)[1]
            elif "site-packages" in where:
                where = where.split("site-packages" + os.sep, 1)[1]
            else:
                where = Path(where).name
            lines.append(f"  {where}:{fr.lineno} in {fr.name}")
        lines.append(f"{type(exc).__module__}.{type(exc).__qualname__}")
        exc = exc.__cause__ or exc.__context__
        if exc is not None:
            lines.append("caused by / while handling:")
    return "\n".join(lines) + "\n"


def write_crash_log(e: BaseException, command: str, out_dir: Optional[str] = None) -> str:
    """Write the report; returns where (or 'not written' when no folder takes it)."""
    text = crash_report(e, command)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    for folder in ([Path(out_dir)] if out_dir else []) + [Path(tempfile.gettempdir())]:
        target = folder / f"pepqa-error-{stamp}-{os.getpid()}.log"
        try:
            if folder.is_dir():
                target.write_text(text, encoding="utf-8")
                return str(target)
        except OSError:
            continue
    return "(no folder could take the log)"
