"""Atomic file output: write to a temporary file in the same folder, then rename over the target.

An interrupted run (Ctrl-C, kill, power cut) leaves either the old file or the new one, never
half of one. Input files are only ever opened for reading.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterator


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yields a temporary path to write; on success it replaces ``target`` atomically."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def write_bytes(target: str | os.PathLike, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text(target: str | os.PathLike, text: str) -> None:
    # backslashreplace: a file name with bytes that were not UTF-8 (lone surrogates) is written escaped, not refused
    write_bytes(target, text.encode("utf-8", errors="backslashreplace"))


def write_with(target: str | os.PathLike, writer: Callable[[Path], None]) -> None:
    """Atomic write for libraries that want a path (openpyxl, python-docx, WeasyPrint)."""
    with atomic_path(target) as tmp:
        writer(tmp)
