"""Two shapes of a line that look like 'Label: value' and are not one pair: a lettered or numbered section's
heading with its subtitle ('Section F - Young Person's View: what my actions will be'), and pairs run together
without colons before a labelled one ('DOB 03/02/2015 NCY 6 School: St Barnabas CE Primary School'). Moved out of
paragraphs.py, which reads each line once its shape is known.

Why general: a section's mark makes a line a heading on any form, and a value of its own (a date, a figure) inside
a colon's label means other pairs ran into it.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import idioms
from ...model import Provenance

# 'Tab 4 ...', 'Section 3 ...', 'Part B ...': a section numbered or lettered as such.
_NUMBERED = re.compile(r"^\s*(?:part|section|page|tab|step)\s+(?:\d{1,2}|[a-h]|one|two|three|four|five|six|seven|"
                       r"eight|nine|ten)\b", re.I)
# A section's own number or letter before its name ('Section F -', 'Part 2:'): the line is a heading, whatever follows.
_SECTION_MARK = re.compile(r"^\s*(?:section|part|page|step)\s+(?:\d{1,2}[a-z]?|(?-i:[A-H]))\b\s*[-–—:.)]", re.I)


class LineShapesMixin:
    def _tail_label(self, label: str) -> Optional[tuple[str, str]]:
        """(head, tail) of a colon's label whose last words are a field's label and whose words before hold a
        value of their own (a figure or date): other pairs run into it, without colons. None otherwise."""
        words = label.split()
        if len(words) < 3 or self._field_for(label) or re.search(r"[()\[\]]", label) or _NUMBERED.match(label):
            return None
        if not any(self._field_for(" ".join(words[:j])) for j in (1, 2, 3)):
            return None  # the line opens with a label of its own ('DOB 03/02/2015 ...')
        for k in range(min(4, len(words) - 1), 0, -1):
            head, tail = " ".join(words[:-k]), " ".join(words[-k:])
            if re.search(r"[.!?](?:\s|$)", head):
                return None  # 'Academic year 2026/27, autumn term. Year 10. Report date: ...': sentences, read as such
            if re.search(r"\d", head) and not re.search(r"\d", tail) and tail[:1].isupper() and self._field_for(tail):
                pairs = idioms.unmarked_all(head, self._unmarked_score, lambda a, b: False)
                tail_field = self._field_for(tail)
                if pairs and all((fm := self._field_match(lb)) and fm[0] != tail_field for lb, _ in pairs) \
                        and " ".join(f"{lb} {v}" for lb, v in pairs).split() == head.split():
                    return head, tail  # the head is wholly pairs of other fields ('DOB 03/02/2015 NCY 6')
                return None
        return None

    def _subtitled_section(self, label: str, value: str, prov: Provenance) -> bool:
        """A numbered or lettered section's name, a colon and a few words in lower case that say what it is
        about: the section's heading, not its name as a label with a value."""
        v = value.strip()
        if not (_SECTION_MARK.match(label) and v and len(v.split()) <= 10 and v[:1].islower()
                and not re.search(r"[.!?]\s*$", v)):
            return False
        # the section's mark vouches that the line is a heading; its subtitle may name the part better
        part = self._heading_part(f"{label}: {v}", loose=True) or self._heading_part(label, loose=True)
        if part:
            self._enter(part, prov, f"{label.strip()}: {v}")
        return bool(part)

