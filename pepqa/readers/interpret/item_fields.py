"""A field of a target left unread: 'Who will help | Mrs Kaur', 'How will we know? The register', 'Steps: a) ...'
right after a target the reader did read. It is that target's detail, not another target: the count of targets,
and their subjects, stand; only the checks that would call the target's measure, time frame or owner missing
hold back for it (``Target.unread``), and the officer is told (RD005).

Why it generalises: every form follows a target with its own fields (who, when, how, how we will know), under
whatever labels it chooses. A labelled line whose label names no new item and whose value is not itself a goal
('Ava will ...') cannot be a target the reader missed.
"""
from __future__ import annotations

import re

from ...model import Provenance
from .patterns import _ITEM_START, _LABEL_VALUE
from .wording import alt

_ATTRIBUTE_COLUMNS = {"actions", "success_criteria", "who", "by_when", "term"}
_GOAL = re.compile(r"\b(?:will|shall|is going to|are going to|to be able to)\b", re.I)
_QUESTION_LABEL = re.compile(r"^\s*([^?\n]{3,60}\?)\s*(\S.*)$", re.S)  # 'How will we know? UCAS confirmation'


class ItemFieldsMixin:
    def _target_field_left(self, text: str, prov: Provenance) -> bool:
        """Text left under the targets right after a target that reads as one of its fields: kept on that target
        (``unread``) and for the officer's unread labels; returns False for anything else."""
        if self.part != "targets" or not self.pep.targets or self.period is not None:
            return False
        m = _LABEL_VALUE.match(text) or _QUESTION_LABEL.match(text)
        if not m or not m[2].strip() or len(m[1].split()) > 8 or _ITEM_START.match(m[1]):
            return False
        label, value = m[1].strip(), m[2].strip()
        col = self.labels.match_column(label.rstrip("?: "), "targets")
        if col not in _ATTRIBUTE_COLUMNS:
            items = self._prose_words("item_words") or ["target"]
            if col or re.search(r"\b(?:" + alt(items) + r")s?\b", label, re.I) or _GOAL.search(value):
                return False  # a new item's label, or a goal in the value ('English: Ava will ...'): maybe a target
        i = len(self.pep.targets) - 1
        self.pep.targets[i].unread.append(label)
        self._note(f"targets[{i}].unread", prov, label)
        self.left.append((prov, label, None, self.part))
        return True
