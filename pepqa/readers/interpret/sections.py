"""Segmenting: a heading that names a part starts that part (and the signed section it belongs to)."""
from __future__ import annotations

from typing import Optional

from ...model import SECTION_KEYS, Provenance
from .. import periods
from .patterns import _SUBPART_OF_DT


class SectionsMixin:
    def _enter(self, part: str, prov: Provenance, heading: str) -> None:
        self.part = part
        self.found.add(part)
        self.pending = None
        self.slot = self.sub_col = None
        # 'PEP 2 - Spring term 2026: next steps and PP+': the part's items are that period's (the latest kept)
        self.period = periods.period_rank(heading) if part in ("targets", "pp_plus") else None
        if part in SECTION_KEYS:
            self.section = part
        elif part not in _SUBPART_OF_DT and part != "pupil_voice":
            self.section = None
        self._note(f"parts.{part}", prov, heading)

    def _heading_part(self, text: str, loose: bool = False) -> Optional[str]:
        if len(text) > 90 or "\n" in text.strip():
            return None
        return self.labels.match_part(self._expand(text), loose)
