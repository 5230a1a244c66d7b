"""Errors a user sees: one line naming the file and the reason, never a traceback."""
from __future__ import annotations


class PepqaError(Exception):
    """Base for every error pepqa reports to a person."""


class ReadError(PepqaError):
    """A file could not be read as a PEP. ``str()`` is the one-line reason (no PEP text in it)."""

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ConfigError(PepqaError):
    """The policy file or a data file is wrong (unknown key, bad value)."""
