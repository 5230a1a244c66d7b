"""A finding: what a check (or a reader) says about one place in a PEP.

The fields follow what mature linters converge on (ruff, Vale, LanguageTool): a stable code,
a kebab-case name, a severity, a message naming the matched words, a structural location with
a character span, the evidence text, and a concrete suggestion.
"""
from __future__ import annotations

from enum import Enum
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict

from .model import Provenance


class Severity(str, Enum):
    """Three levels. must-fix blocks PP+ release by default; should-fix needs attention; advice is good practice."""

    must_fix = "must-fix"
    should_fix = "should-fix"
    advice = "advice"

    @property
    def rank(self) -> int:
        return {"must-fix": 3, "should-fix": 2, "advice": 1}[self.value]


class Location(BaseModel):
    model_config = ConfigDict(extra="forbid")

    section: Optional[str] = None  # PEP part key, e.g. "targets", "pupil_voice"
    item: Optional[int] = None  # target / spend line / previous target number (1-based as in the PEP)
    field: Optional[str] = None  # model field path, e.g. "targets[0].text"
    span: Optional[tuple[int, int]] = None  # character span of the evidence within that field's text
    source: Optional[Provenance] = None  # where in the file

    def describe(self) -> str:
        bits = []
        if self.section:
            bits.append(self.section.replace("_", " "))
        if self.item is not None:
            bits.append(f"#{self.item}")
        if self.source:
            bits.append(f"({self.source.describe()})")
        return " ".join(bits)


AUDIENCES = ("school", "officer")


class Finding(BaseModel):
    """One finding. ``audience`` keeps the two readers apart: a *school* finding is something the school is
    asked to change (it may go into a letter); an *officer* finding is for the QA officer only (what pepqa
    could not read, policy notes) and never reaches a school, nor counts towards the grade.
    Messages and suggestions of school findings are in plain words for the school; tool and policy wording goes in
    ``officer_note``."""

    model_config = ConfigDict(extra="forbid")

    code: str
    name: str
    severity: Severity
    message: str
    audience: Literal["school", "officer"] = "school"
    location: Location = Location()
    evidence: Optional[str] = None
    suggestion: Optional[str] = None
    # The officer-side remark a school finding needs (a reading or policy note, e.g. "no completion-date field
    # in this layout"). Shown in the workbook, `check` and packs; never in a letter.
    officer_note: Optional[str] = None
