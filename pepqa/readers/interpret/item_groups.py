"""Repeated groups in a one-pair-per-line form: 'Target 1 - Area: Reading', 'Target 1 - Target:' (its value on
the next line), 'Funding item 2 - Cost (£): 120'. An online form printed from a browser (or any form built from
repeating field groups) names each field by its group and number; the pairs of one number are one item, the
field after the dash is its column (the same column synonyms as a table's header).

Why its own shape: read pair by pair, 'Target 1 - How will we know?: ...' looks like a new narrative target and
'Funding item 1 - Cost (£): 300' like nothing at all; one item per number is what the form means. An item is
added only once its main field (a target's text, a spend line's description) holds something, so a group the
school left blank is no item (its absence is real), and a group of fields the model does not hold is left
unread (the officer is told), never guessed."""
from __future__ import annotations

import re
from typing import Any, Optional

from ...model import PreviousTarget, Provenance, SpendLine, Target
from .. import tables
from .patterns import _clean
from .wording import pattern

_GROUP = re.compile(r"^\s*(?P<thing>[A-Za-z][A-Za-z+' ]{0,30}?)\s+(?:no\.?\s*)?(?P<n>\d{1,2})\s*[-–—]\s*"
                    r"(?P<field>[^:：\n]{1,60}?)\s*[:：]\s*(?P<value>.*)$", re.S | re.I)
# 'Target 1 (academic, maths): Tariq will ...': the item's field or area in brackets after its number.
_GROUP_PAREN = re.compile(r"^\s*(?P<thing>[A-Za-z][A-Za-z+' ]{0,30}?)\s+(?:no\.?\s*)?(?P<n>\d{1,2})(?P<sub>[a-h])?\s*\(\s*"
                          r"(?P<field>[^():：\n]{1,60}?)\s*\)\s*\*?\s*[:：]\s*(?P<value>.*)$", re.S | re.I)
# 'ACTION (Target 1, Maths): Leah will ...': a line headed by a word, the target's number and area in brackets.
_NAMED_IN_BRACKETS = re.compile(r"^\s*[A-Za-z]{2,20}\s*\(\s*(?:target|next\s+step|goal)\s*(?P<n>\d{1,2})\s*[,;:\-–]\s*"
                                r"(?P<field>[^():\n]{1,40}?)\s*\)\s*[:：\-–]\s*(?P<value>.+)$", re.S | re.I)
# An online questionnaire asks for each field of a group as its own numbered question, its answer in a box below:
# '17. PPP intervention 1: intended use of the funding *' / 'Maths tutoring ...'. The question's number and the
# mandatory mark are the form's, not the label's.
_ASKED = re.compile(r"^\s*(?:q(?:uestion)?\s*)?\d{1,2}[.):]?\s+(?=[A-Za-z])|\s*\*+\s*$", re.I)
_GROUP_ASKED = re.compile(r"^\s*(?P<thing>[A-Za-z][A-Za-z+' ]{0,30}?)\s+(?:no\.?\s*)?(?P<n>\d{1,2})\s*[:：]\s*"
                          r"(?P<field>[^:：\n]{1,70}?)\s*$", re.I)


_GROUP_DASHED = re.compile(r"^\s*(?P<thing>[A-Za-z][A-Za-z+' ]{0,30}?)\s+(?:no\.?\s*)?(?P<n>\d{1,2})\s*[-–—]\s*"
                           r"(?P<field>[^:：\n]{2,60}?)\s*\??\s*$", re.I)


def asked(text: str) -> str:
    """A question's label without its number and mandatory mark ('11. New target 1 (SMART) *' -> 'New target 1
    (SMART)')."""
    return _ASKED.sub("", text).strip()


_MAIN = {"targets": "text", "previous_targets": "text", "pp_spend": "description"}
_PART = {"targets": "targets", "previous_targets": "previous_targets", "pp_spend": "pp_plus"}
_NONE_SELECTED = re.compile(r"^\(?\s*(?:none selected|none chosen|not selected|please select|select)\s*\)?\s*$", re.I)


class ItemGroupsMixin:
    def _group_kind(self, thing: str, field: str) -> Optional[str]:
        """Which items a group names: targets ([prose] item_words), previous targets (with a past word, or under
        the previous targets), spend lines ([prose] spend_item_words, or a spend column under the PP+ part)."""
        words = thing.lower().split()
        t = " ".join(words)
        if any(t == w or t.endswith(" " + w) for w in self._prose_words("item_words")):
            past = any(w in words for w in self._prose_words("past_words"))
            if not past and any(f" {w} " in f" {t} " for w in self._prose_words("new_words")):
                return "targets"  # 'New target 1: subject or area' after the review of the last ones
            return "previous_targets" if past or self.part == "previous_targets" else "targets"
        spend = self._prose_words("spend_item_words")
        if any(t == w or t.endswith(" " + w) for w in spend) or self.part == "pp_plus" and \
                tables.column_for(self.labels, field, "pp_spend") not in (None, "number"):
            return "pp_spend"
        return None

    def _paren_item(self, text: str, prov: Provenance) -> bool:
        """'Target 1 (academic, maths): Tariq will ...' when no other rule read the line: the item's area in
        brackets after its number, the sentence after the colon its text."""
        pm = _GROUP_PAREN.match(text)
        named = _NAMED_IN_BRACKETS.match(text) if not pm else None
        if named and len(named["value"].split()) >= 5:
            # 'ACTION (Target 1, Maths): Leah will ...': a minute's action naming the target it is, and its area
            self.found.add("targets")
            self._titled_item("targets", int(named["n"]), named["field"].strip(), named["value"].strip(), prov)
            return True
        if not pm:
            return False
        kind = self._group_kind(pm["thing"].strip(), pm["field"])
        value = pm["value"].strip()
        if kind not in ("targets", "previous_targets") or len(value.split()) < 5:
            return False
        if pattern(self.labels, "new_lead").match(pm["thing"].strip() + " "):
            kind = "targets"  # 'New target 1 (English)*: ...' under the review of the last ones: this PEP's
            if self.part != "targets":
                self._enter("targets", prov, pm["thing"].strip())
        self.found.add(_PART[kind])
        if pm["sub"]:
            # 'New target 2a (Maths)', '2b': an unmet target broken down, each part a target of its own
            self._add_target(value, prov, None, pm["field"].strip(), how="titled")
            return True
        self._titled_item(kind, int(pm["n"]), pm["field"].strip(), value, prov)
        return True

    def _titled_item(self, kind: str, n: int, area: str, text: str, prov: Provenance) -> None:
        """Item ``n`` whose title names its area ('Target 1 - English', 'Target 1 (academic, maths)') and text."""
        self._group_set(kind, n, "area", area, prov, "area in the item's title")
        self._group_set(kind, n, _MAIN[kind], text, prov, area)

    def _group_pair(self, text: str, prov: Provenance, label_like: bool = False) -> bool:
        """One 'Group N - Field: value' line; True when it was taken as a field of item N. A question set as a
        label (bold, or numbered with a mandatory mark) 'Group N: Field' alone on its line has its value on the
        next line, when the field is one of the item's columns."""
        m = _GROUP.match(text)
        q = asked(text)
        if not m and (label_like or q != text.strip()):
            g = _GROUP_ASKED.match(q)
            kind = self._group_kind(g["thing"].strip(), g["field"]) if g else None
            col = tables.column_for(self.labels, g["field"], kind) if kind else None
            if col and col != "number":
                self.found.add(_PART[kind])
                if kind == "targets" and self.part == "previous_targets":
                    self._enter("targets", prov, text.strip())
                self.group_slot = (kind, int(g["n"]), col, g["field"].strip())
                return True
        dashed = _GROUP_DASHED.match(q) if not m else None
        if dashed:
            # 'Next step 1 - what will the child be able to do? *' alone on its line, its answer on the next: the
            # group's field as a label above its value, with no colon (a web form's print)
            kind = self._group_kind(dashed["thing"].strip(), dashed["field"])
            col = tables.column_for(self.labels, dashed["field"], kind) if kind else None
            if col and col != "number":
                self.found.add(_PART[kind])
                self.group_slot = (kind, int(dashed["n"]), col, dashed["field"].strip())
                return True
        if not m:
            return False
        kind = self._group_kind(m["thing"].strip(), m["field"])
        if not kind:
            return False
        n, field, value = int(m["n"]), m["field"].strip(), m["value"].strip()
        col = tables.column_for(self.labels, field, kind)
        self.found.add(_PART[kind])
        if (not col or col == "number") and kind in ("targets", "previous_targets") and len(value.split()) >= 5 \
                and len(field.split()) <= 4 and not re.search(r"\d", field):
            # 'Target 1 - English: Kai will plan and finish a story ...': the title names the item's area, the
            # sentence after the colon is the target. General: a field's label is never followed by a sentence
            # of five words or more that is an item's text, an area's name is.
            self._titled_item(kind, n, field, value, prov)
            return True
        if not col or col == "number":
            if value:
                self._unclaimed(text, prov)  # a field of the group the model does not hold: left to the officer
            return True
        if not value:
            self.group_slot = (kind, n, col, field)  # its value is on the next line
            return True
        self._group_set(kind, n, col, value, prov, field)
        return True

    def _group_slot_body(self, text: str, prov: Provenance) -> bool:
        """The line after 'Target 1 - Target:': that field's value (unless it is the next label)."""
        slot, self.group_slot = self.group_slot, None
        g = _GROUP.match(text)
        if not slot or g and self._group_kind(g["thing"].strip(), g["field"]):
            return False  # the next group's label ('Daily 15-minute 1:1 reading' is a value)
        kind, n, col, field = slot
        self._group_set(kind, n, col, text, prov, field)
        return True

    def _group_item(self, kind: str, n: int) -> tuple[Any, Optional[int]]:
        """Item N of the group: one already read (by this shape or as 'Previous target 1: ...'), else a new one
        held back until its main field is filled."""
        items = getattr(self.pep, kind)
        for i in range(len(items) - 1, -1, -1):
            if items[i].number == n:
                return items[i], i
        held = self.group_held.get((kind, n))
        if held is None:
            cls = {"targets": Target, "previous_targets": PreviousTarget, "pp_spend": SpendLine}[kind]
            held = (cls(number=n, **{_MAIN[kind]: ""}), [])
            self.group_held[(kind, n)] = held
        return held[0], None

    def _group_set(self, kind: str, n: int, col: str, value: str, prov: Provenance, field: str) -> None:
        obj, idx = self._group_item(kind, n)
        if col == "target_ref" and _NONE_SELECTED.match(value):
            value = ""  # '(none selected)': the drop-down was left unset, no target named
        if col == _MAIN[kind]:
            v = _clean(value) or ""
            if not v or self._not_given(v) and len(v.split()) <= 4:
                return  # 'N/A', 'None': the group was left empty on purpose
            setattr(obj, col, v)
        else:
            self._set_row_attr(kind, obj, col, value)
        if idx is None:
            held = self.group_held[(kind, n)]
            held[1].append((col, prov, field))
            if col != _MAIN[kind]:
                return
            del self.group_held[(kind, n)]
            items = getattr(self.pep, kind)
            items.append(obj)
            idx = len(items) - 1
            self.item_period[(kind, idx)] = self.period
            self._fill(_PART[kind])
            self._note(f"{kind}[{idx}]", prov, None)
            for c, p, f in held[1]:
                self._note(f"{kind}[{idx}].{c}", p, f)
            return
        self._fill(_PART[kind])
        self._note(f"{kind}[{idx}].{col}", prov, field)

    def _title_statement(self, text: str) -> Optional[tuple[int, str, str]]:
        """(number, area, statement) of a target's title row that holds its statement ('Target 1 – academic: Noah
        will read a Year 3 book band fluently by February half-term'), else None. Over a grid of the target's
        S / M / A / R / T columns, the statement is the target; the columns break it down."""
        m = _GROUP.match(text or "") or _GROUP_PAREN.match(text or "")
        if not m or self._group_kind(m["thing"].strip(), m["field"]) != "targets":
            return None
        field, value = m["field"].strip(), _clean(m["value"])
        if len(value.split()) < 5 or len(field.split()) > 4 or re.search(r"\d", field) \
                or tables.column_for(self.labels, field, "targets") not in (None, "number", "area"):
            return None
        return int(m["n"]), field, value
