"""One PEP file through the whole flow: reader -> PEP -> checks -> findings -> verdict.

The CLI and the batch runner both call :func:`check_file`; neither knows how a file is read
or how a check works.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

from .checks import run_checks
from .errors import ReadError
from .findings import Finding
from .model import PEP
from .readers import read_pep


@dataclass
class Result:
    file: str
    pep: Optional[PEP] = None
    findings: list[Finding] = field(default_factory=list)
    verdict: Any = None  # pepqa.verdict.Verdict
    error: Optional[str] = None  # one-line reason the file could not be read
    history: Optional[dict] = None  # with a history store: term, status, the previous version compared with

    @property
    def ok(self) -> bool:
        return self.error is None


def check_pep(pep: PEP, policy, today: date | None = None, previous=None) -> tuple[list[Finding], Any]:
    findings = run_checks(pep, policy, today=today, previous=previous)
    from .verdict import decide

    return findings, decide(pep, findings, policy)


def check_file(path: str, policy, today: date | None = None, history=None) -> Result:
    """``history`` (a :class:`pepqa.history.hook.History`): the child's previous PEP is looked up before the
    checks and this PEP recorded after them."""
    try:
        pep = read_pep(path, policy.get("data.labels_file") or None)
    except ReadError as e:
        return Result(file=str(path), error=e.reason)
    except Exception as e:  # noqa: BLE001 - a reader bug: one line for the person, the tests find the bug
        return Result(file=str(path), error=f"internal error while reading ({type(e).__name__}); please report it")
    previous, info = history.lookup(pep) if history is not None else (None, None)
    try:
        findings, verdict = check_pep(pep, policy, today, previous)
    except Exception as e:  # noqa: BLE001
        # A check that fails on odd input is a bug to fix (the fuzz tests look for them), but a person
        # checking files still gets one line, not a traceback; the type name says where to start looking.
        return Result(file=str(path), pep=pep, error=f"internal error while checking ({type(e).__name__}); "
                                                     "please report it")
    if history is not None:
        info = history.record(pep, findings, verdict, info)
    return Result(file=str(path), pep=pep, findings=findings, verdict=verdict, history=info)
