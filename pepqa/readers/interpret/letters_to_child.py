"""A PEP written as a letter to the child: 'Mia Kowalczyk / c/o Mr and Mrs Ellery / Year 10, Thornbury Hill School
/ Dear Mia, ... You wrote: "I'm proud I got into the netball team." ... Target 1 - You will go to ...'.

Why general: some authorities write the whole plan to the child in the second person (real-forms.md entries 23,
30); the letter's salutation names the child, its address block gives the year and school, 'you' is the child,
and each target, titled and numbered on its own line, is a target wherever in the letter it stands.
"""
from __future__ import annotations

import re
from typing import Optional

from ...model import Provenance
from .patterns import YEAR_ALONE
from .prose import _word_in
from .wording import item_number, pattern

_DEAR = re.compile(r"^\s*(?:dear|hello|hi)\s+([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s*[,!]?\s*$", re.I)
_FULL_NAME = re.compile(r"^([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*){1,2}$")


class LettersToChildMixin:
    def _salutation(self, text: str, prov: Provenance) -> bool:
        """'Dear Mia,' near the top: the letter is to the child. The address line above holding the same first
        name is the child's name; a line of the address giving a year and a school gives both."""
        m = _DEAR.match(text)
        if not m or self.addressee or prov.table is not None or (prov.paragraph or 0) > 12 or (prov.page or 1) > 1:
            return False  # (a 'Dear Jo,' further on is a letter to someone else, enclosed)
        self.addressee = m[1]
        for b in self.doc.blocks[:12]:
            t = (getattr(b, "text", "") or "").strip()
            if t is text or t == text.strip():
                break
            name = _FULL_NAME.match(t)
            if name and name[1] == m[1]:
                self._prose_fact("child.name", t, b.prov, "letter's address")
            pieces = [x.strip() for x in t.split(",")]
            years = [x for x in pieces if YEAR_ALONE.fullmatch(x)]
            schools = [x for x in pieces if self._names_school(x)]
            if len(pieces) == 2 and len(years) == 1 and len(schools) == 1:
                self._prose_fact("child.year_group", years[0], b.prov, "letter's address")
                self._prose_fact("school.name", schools[0], b.prov, "letter's address")
        return True

    def _titled_goal_line(self, text: str, prov: Provenance) -> bool:
        """'Target 1 - You will go to the chemistry catch-up club every Monday ...' on a line of its own, outside
        any targets heading: a numbered title and a goal sentence of five words or more is a target."""
        if self.part in ("targets", "previous_targets", "pp_plus") or len(text) > 400:
            return False
        m = pattern(self.labels, "title").match(text)
        if not m or not m[1] or not m[1].isdigit():
            return False
        body = re.sub(r"^\s*[\-–—:]\s*", "", m[2] or "").strip()
        goal = _word_in(self._prose_words("goal_words"), body)
        if len(body.split()) < 5 or not goal or goal.start() > 40:
            return False
        self.found.add("targets")
        keep = self.part
        self.part = "targets"
        self._add_target(body.rstrip("."), prov, item_number(m[1]), None, how="titled line")
        self.part = keep
        return True

    def _addressed_speaker(self, speaker: Optional[str]) -> bool:
        """'You wrote: "..."' in a letter to the child: the child is the one who wrote it."""
        return bool(self.addressee and speaker and speaker.lower() == "you")
