"""Items written as prose: 'Target 1 (English): ...' with its 'Actions:' lines, numbered or bulleted targets
under a targets heading, spend lines with an amount under a PP+ heading, and attendee lines."""
from __future__ import annotations

import re
from typing import Any, Optional

from ...labels import normalise
from ...model import Attendee, PreviousTarget, Provenance, Role, SpendLine, Target
from ...values import money_amounts
from .. import tables
from .prose import sentences
from .patterns import _ABOUT_MEETING, _ATTENDEE_LINE, _INSTRUCTION, _LABEL_VALUE, _LIST_ITEM, _MUST, _NARR_TARGET, _clean
from .wording import alt, item_number


# An item's area before a colon at the start of its text ('English: Tobias will ...', 'Personal, social: ...').
_PAST_PAYMENT = re.compile(r"(?i)\b(?:paid|received|allocated|claimed)\s+(?:for|in|during)\s+(?:the\s+)?(?:last|previous|"
                           r"autumn|spring|summer)\b|\(for information\)")
_AREA_FIRST = re.compile(r"^([A-Z][A-Za-z,&/' ]{1,40}?)\s*:\s+(\S.*)$", re.S)


class ProseItemsMixin:
    def _add_spend(self, line: SpendLine, prov: Provenance, how: str = "prose", label: Optional[str] = None) -> int:
        """A spend line, however it was read: kept with the period it was read under, the PP+ part filled, its
        provenance noted (with the label it stood under, if any). Returns its index (-1: set aside).
        'PPP paid for Summer term 2026 (for information): £600.00' is an earlier term's payment, not this request."""
        if _PAST_PAYMENT.search(line.description or ""):
            self.claims.append((prov, "set aside: an earlier term's payment", "exact"))
            return -1
        several = self._priced_pieces(line.description or "")
        if several:  # 'Reading tutor - £300.00 (target 1) Times tables app - £15.00 (target 2)': a line each
            return [self._add_spend(x, prov, how, label) for x in several][0]
        self.pep.pp_spend.append(line)
        n = len(self.pep.pp_spend) - 1
        self.item_period[("pp_spend", n)] = self.period
        self._fill("pp_plus")
        self._note(f"pp_spend[{n}]", prov, label, how, None)
        return n

    def _narrative_item(self, text: str, prov: Provenance) -> bool:
        m = _NARR_TARGET.match(text)
        named = self.part == "pp_plus" and "targets" in self.also and m and not m[1] \
            and not money_amounts(m[5])  # 'Target 1 (Reading): ...' under 'Targets and PP+' (sections.py)
        if not m or self.part not in ("targets", "previous_targets") and not named:
            return False
        previous = bool(m[1]) or self.part == "previous_targets"
        self.lettered = self.lettered or m[2].isalpha()  # 'Target A (English): ...': spend may say 'A'
        area = _clean(m[3] or m[4] or "")
        body = _clean(m[5]) or ""
        if previous:
            t: Any = PreviousTarget(number=item_number(m[2]), area=area, text=body)
            self.pep.previous_targets.append(t)
            kind, idx = "previous_targets", len(self.pep.previous_targets) - 1
        else:
            t = Target(number=item_number(m[2]), area=area, text=body)
            self.pep.targets.append(t)
            kind, idx = "targets", len(self.pep.targets) - 1
        self._fill(kind)
        self.found.add(kind)
        self._note(f"{kind}[{idx}]", prov, None)
        self._note(f"{kind}[{idx}].text", prov, None)
        self.pending = (kind, t, idx)
        return True

    def _list_item(self, text: str, prov: Provenance, m) -> bool:
        """Items in prose: a numbered or bulleted line under a targets heading ('1. (English) Maya will...')
        is a target; under a PP+ heading, a line with an amount ('Lexia licence - £45') is a spend line."""
        if self.part not in ("targets", "previous_targets", "pp_plus"):
            return False
        # '3.1 English: ...' under 'Section 3': item 1 of section 3, numbered as '1.' would be
        li = _LIST_ITEM.match(re.sub(r"^\s*\d{1,2}\.(\d{1,2})\s+(?=\S)", r"\1. ", text))
        if self.part == "pp_plus":
            if m and self._field_match(m[1]):
                return False
            amounts = money_amounts(text)
            if not amounts and li and not li[1] and self._cost_to_come(li[3], prov):
                return True  # '• Amount TBC - Extra transition visits ...': a line whose cost is still to come
            if not amounts or len(text.split()) < 3 or normalise(text).startswith("total") or _MUST.search(text):
                return False
            if sum(bool(money_amounts(x)) for x in sentences(text)) >= 2:
                # 'We are requesting £600. £360 will pay for ... £150 will pay for ...': running prose, read
                # sentence by sentence (prose.py), not one line priced at its last amount. Why general: a
                # paragraph of several priced sentences is several things bought, on any form.
                return False
            if self._not_given(text):
                return False  # 'Pupil Premium Plus: not applicable (post-16). 16-19 Bursary ... £1,200
            if self._other_fund(text):
                return True  # 'Personal Education Allowance (PEA) requested: guitar lessons £120': not PP+
            if not li and len(sentences(text)) >= 2:
                return False  # 'The school requested £920.00 of PP+. The breakdown is at Appendix A.': prose, read by sentence
            desc = _clean(li[3] if li else text) or text
            desc = self._bought_after_lead(desc)  # 'The school asked for PP+ towards a tablet, at £180': the tablet
            self._add_spend(SpendLine(description=desc, cost=amounts[-1], cost_text=None,
                                      number=item_number(li[1]) if li and li[1] else None,
                                      target_ref=self._target_ref(text)), prov)
            return True
        if not li or len((li[3] or "").split()) < 4 or (m and self._field_match(m[1]) and not self._next_in_list(li)):
            return False
        if text.rstrip().endswith(":"):
            return False  # '6.1 The following targets were agreed:': the introduction to the items, not one
        body0 = li[3].strip()
        if li[1] and li[1].isdigit() and _NARR_TARGET.match(body0):
            return self._narrative_item(body0, prov)  # '3.2 Target 1 (English): Shannon will ...': the minute's item
        intro = _LABEL_VALUE.match(body0)
        other = self._heading_part(intro[1], loose=True) if intro and len(intro[1].split()) <= 5 else None
        if other and other not in ("targets", "previous_targets") and not self._card_goal(intro[2]):
            # '3.5 Pupil Premium Plus: the Virtual School agreed £400 ...': the next part, named in a minute
            self._enter(other, prov, intro[1].strip())
            self._prose_paragraph(intro[2], prov)
            return True
        if self._about_items(body0):
            return False  # '3.1 The meeting agreed the following targets.': the introduction to the items
        number = item_number(li[1]) if li[1] else None
        self.lettered = self.lettered or bool(li[1] and li[1].isalpha())  # 'A. Freya will ...': spend may say 'A'
        area, body = _clean(li[2] or ""), _clean(li[3]) or ""
        if _ABOUT_MEETING.match(body):
            return False  # '6.1 The next PEP will be held in the spring term.': the meeting, not an item
        named = _AREA_FIRST.match(body) if not area else None
        if named and len(named[2].split()) >= 4:
            area, body = named[1], named[2]  # '1. English: Tobias will write ...': the item's area, then its text
        kind = self.part
        obj: Any = (PreviousTarget if kind == "previous_targets" else Target)(number=number, area=area, text=body)
        items = getattr(self.pep, kind)
        items.append(obj)
        idx = len(items) - 1
        self.item_period[(kind, idx)] = self.period
        self._fill(kind)
        self._note(f"{kind}[{idx}]", prov, None, "prose", None)
        self._note(f"{kind}[{idx}].text", prov, None, "prose", None)
        self.pending = (kind, obj, idx)
        return True

    def _priced_sentence(self, s: str, amounts: list, prov: Provenance) -> bool:
        """'Story sacks for home, costing £25 (target 1).' in a paragraph under the PP+ heading: a sentence naming a
        thing and then its one price (joined by a [prose] price_link or a dash) is a spend line, its description the
        words before the price. Why general: a priced line under PP+ is a thing bought (_list_item); several such
        sentences run together in one paragraph are several things bought, on any form."""
        if self.part != "pp_plus" or len(amounts) != 1 or self._other_fund(s) or self._not_given(s):
            return False
        links = self._prose_words("price_links")
        before = s[:amounts[0].start()]
        joined = re.search(r"(?i)[\s,]*\b(?:" + alt(links) + r")\s*$", before) if links else None
        if not joined:  # only a link word or a dash joins a thing to its price ('The school asks for £400' is neither)
            joined = re.search(r"\s+[\-–—:]\s*$", before)
        if not joined:
            return False
        desc = _clean(re.sub(r"[\s,\-–—:]+$", "", before[:joined.start()])) or ""
        if len(desc.split()) < 3 or len(desc.split()) > 30 or self._mentions_pp(s) or _MUST.search(s) \
                or re.search(r"\b(?:total|request\w*|remaining|balance|we|i)\b", desc, re.I):
            return False
        cost = money_amounts(amounts[0][0])
        if not cost:
            return False
        self._add_spend(SpendLine(description=desc, cost=cost[0], cost_text=amounts[0][0].strip(),
                                  target_ref=self._target_ref(s[amounts[0].end():])), prov)
        return True

    def _unpriced_sentence(self, s: str, prov: Provenance) -> bool:
        """'Part of the PP+ will be used for a lunchtime club.' under the PP+ heading: a sentence naming the fund as
        what will pay for something ([prose] fund_verbs of the future, 'will ...' / 'to ...') with no amount is a
        spend line whose cost is not given (the officer's check then asks for it). Why general: on any form the
        school saying what the money will buy is a line of the request, priced or not; a past 'paid for' is not."""
        if self.part != "pp_plus" or s.rstrip().endswith("?") or not self._mentions_pp(s) or _MUST.search(s) \
                or self._other_fund(s) or self._not_given(s) or _INSTRUCTION.match(s):
            return False
        verbs = [v for v in self._prose_words("fund_verbs") if v.startswith(("will ", "to "))]
        m = re.search(r"(?i)\b(?:" + alt(verbs) + r")\b\s+(\S.*)$", s) if verbs else None
        if not m or len(m[1].split()) < 2 or len(s.split()) > 30:
            return False
        desc = _clean(s.strip().rstrip(".")) or s.strip()
        self._add_spend(SpendLine(description=desc, cost=None, cost_text=None, target_ref=self._target_ref(s)), prov)
        return True

    def _cost_to_come(self, body: str, prov: Provenance) -> bool:
        """A bulleted PP+ line whose amount is written as still to come ('Amount TBC – Extra transition visits with
        key worker'; [prose] cost_to_come): a spend line of the request with no cost, not text left unread. General:
        the line stands where the priced lines stand, and says its price is not known yet."""
        words = self._prose_words("cost_to_come")
        m = re.match(r"(?i)^\s*(?:(?:amount|cost|£)\s*:?\s*)?(?:" + alt(words) + r")\s*[-–—:]\s*(\S.+)$", body or "")
        if not words or not m or len(m[1].split()) < 3 or self._not_given(m[1]) or self._other_fund(m[1]):
            return False
        desc = _clean(re.sub(r"\s*\((?:[^()]*\b(?:target|not linked)\b[^()]*)\)\s*$", "", m[1], flags=re.I)) or m[1]
        self._add_spend(SpendLine(description=desc, cost=None, cost_text=None, target_ref=self._target_ref(m[1])), prov)
        return True

    def _item_runs_on(self, text: str) -> bool:
        """'a week this half term' under '3. Wellbeing: Noah will ... at least once': a line in lower case after an
        item whose text ends no sentence is the rest of that item, wrapped. General: a sentence cut mid-way goes on
        in the next line on any form."""
        if not self.pending or not text[:1].islower() or ":" in text:
            return False
        obj = self.pending[1]
        body = (getattr(obj, "text", None) or "").rstrip()
        if not body or body.endswith((".", "!", "?", ";", ")")) or len(text.split()) > 20:
            return False
        obj.text = f"{body} {text.strip()}"
        return True

    def _next_in_list(self, li) -> bool:
        """'3. Wellbeing: Noah will ...' after items 1 and 2 of the same numbered list: the next item, though its
        area is also a field's label. General: a list's numbering outranks the words of one entry."""
        items = getattr(self.pep, self.part, None) or []
        number = item_number(li[1]) if li[1] else None
        return bool(items) and number is not None and self.pending is not None and self.pending[1] is items[-1] \
            and items[-1].number is not None and number == items[-1].number + 1

    def _pending_field(self, label: str, value: str, prov: Provenance) -> bool:
        kind, obj, idx = self.pending
        col = tables.column_for(self.labels, label, kind)
        if not col or col in ("text", "number"):
            return False
        self._set_row_attr(kind, obj, col, value)
        self._note(f"{kind}[{idx}].{col}", prov, label)
        return True

    def _attendee_line(self, text: str, prov: Provenance) -> bool:
        if text.lstrip().startswith(("(", "[")) or _INSTRUCTION.match(text):
            return False  # '(name, role and contact details of all who attend)': the form's instruction
        m = _ATTENDEE_LINE.match(text)
        if not m:
            return False
        name, role_text = _clean(m[2]), _clean(m[3])
        role = self.labels.match_value("role", role_text or "") or "other"
        if not name or len(name.split()) > 5 or len((role_text or "").split()) > 8:
            return False
        self.pep.attendees.append(Attendee(name=name, role=Role(role), role_text=role_text, attended=not m[1]))
        self._fill("attendees")
        self._note(f"attendees[{len(self.pep.attendees) - 1}]", prov, None)
        return True
