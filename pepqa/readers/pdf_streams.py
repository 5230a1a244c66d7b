"""PDF streams inflated with a ceiling, and pdfminer kept quiet.

Why apart: pdfminer inflates every stream whole (a 1 KB stream can inflate to gigabytes) and logs warnings
about damaged files that would reach a user's screen. This module patches both once, on import, for every
pdfminer reader in pepqa; :mod:`.pdf_extract` uses its budget and its one-line refusal.
"""
from __future__ import annotations

import logging
import zlib

from pdfminer import pdfinterp, pdftypes, psparser

MAX_STREAM_BYTES = 32 * 1024 * 1024  # one inflated stream (page contents, fonts; images are never inflated)
MAX_INFLATED_BYTES = 256 * 1024 * 1024  # all streams of one file


# pdfminer logs warnings about damaged files ("Data-loss while decompressing corrupted data") that
# would reach stderr through logging's last-resort handler: the one-line error is what a user sees.
for _name in ("pdfminer", "pdfplumber"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


class _NoDebug:
    """pdfminer's parser and interpreter call ``log.debug`` several times per token (~40,000 calls for a
    PEP, ~3% of reading it) though nothing listens: their module loggers get a no-op ``debug``."""

    def __init__(self, logger: logging.Logger) -> None:
        self._logger = logger

    def debug(self, *args, **kwargs) -> None:
        pass

    def __getattr__(self, name):
        return getattr(self._logger, name)


for _mod in (psparser, pdfinterp):
    if isinstance(_mod.log, logging.Logger):
        _mod.log = _NoDebug(_mod.log)


class _Inflation(Exception):
    """A stream inflates past MAX_STREAM_BYTES, or the file's streams past MAX_INFLATED_BYTES."""


_budget = [MAX_INFLATED_BYTES]


class _Inflater:
    def __init__(self) -> None:
        self.d = zlib.decompressobj()
        self.parts: list[bytes] = []
        self.size = 0

    def feed(self, data: bytes) -> None:
        cap = min(MAX_STREAM_BYTES, _budget[0])
        while data and not self.d.eof:
            chunk = self.d.decompress(data, cap - self.size + 1)
            self.size += len(chunk)
            self.parts.append(chunk)
            if self.size > cap:
                raise _Inflation()
            data = self.d.unconsumed_tail

    def result(self) -> bytes:
        _budget[0] -= self.size
        return b"".join(self.parts)


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``, which inflates every stream whole:
    a 1 KB stream can inflate to gigabytes (a decompression bomb). Same results, with a ceiling."""

    error = zlib.error

    def __getattr__(self, name):
        return getattr(zlib, name)

    @staticmethod
    def decompress(data: bytes, *args, **kwargs) -> bytes:
        inf = _Inflater()
        inf.feed(data)
        if not inf.d.eof:
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return inf.result()


def _decompress_corrupted(data: bytes) -> bytes:
    """pdfminer's fallback for a stream with a bad checksum (it feeds one byte at a time into a growing
    bytes object: quadratic); same rule: damage before the last 3 bytes is an error."""
    inf = _Inflater()
    inf.feed(data[:-3])
    for i in range(max(0, len(data) - 3), len(data)):
        try:
            inf.feed(data[i:i + 1])
        except zlib.error:
            break
    return inf.result()


pdftypes.zlib = _BoundedZlib()
pdftypes.decompress_corrupted = _decompress_corrupted
_BOMB = (f"a stream in the PDF expands to more than {MAX_STREAM_BYTES // (1024 * 1024)} MB "
         f"(or all of them to more than {MAX_INFLATED_BYTES // (1024 * 1024)} MB); refused as a possible "
         "decompression bomb")
