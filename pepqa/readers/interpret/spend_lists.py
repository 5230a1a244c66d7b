"""PP+ spend written as a list of sentences, each a thing then its price: 'Weekly phonics group with the TA,
twelve sessions costing £180, for target 2. Reading books for home (£35).' (the other spend idiom, '£300 will
pay for ...', is prose.py's).

Why general: a request listed one purchase per sentence names the purchase first and its cost after it on any
form; a careful reader takes each sentence as a line, its cost the last amount outside brackets (a rate in
brackets, '(£32 an hour)', is how it was worked out), and the target it names. A sentence with neither a cost
nor a target is not taken for a line, nor one about what was bought ('The tutoring last term cost £300'), which is
the impact review; a total ('Total requested: £580') is left to the amount requested (prose.py). ``_target_ref``
(the target a spend line names) is shared with prose.py and prose_items.py.
"""
from __future__ import annotations

import re
from typing import Optional

from ...model import Provenance, SpendLine
from ...values import parse_money
from .prose import _NUM_WORDS
from .wording import pattern

# where a line's description ends: its cost ('costing £320', 'at £100 for the term', '(£75)', '£40') or the
# target it serves ('for target 1', '(target 2)')
_DESC_END = re.compile(r"\s*(?:,\s*)?(?:\bat\s+a\s+(?:total\s+)?cost\s+of\s+£|\b(?:costing|cost|at|@|totalling|=)\s+£|\(\s*£|£|\(?\s*\b(?:for|linked to|towards)"
                       r"\s+target\b|\(\s*target\b)", re.I)
_TOTAL = re.compile(r"\b(?:total|in all|altogether|overall)\b", re.I)
_MADE_UP = re.compile(r",?\s*\b(?:made\s+up\s+of|comprising|consisting\s+of|broken\s+down\s+as(?:\s+follows)?|"
                      r"to\s+cover|split\s+as\s+follows)\s*:?\s*", re.I)
_FUND_FOR = re.compile(r"^.{0,60}?\b(?:asked\s+for|asks\s+for|requested|requests|agreed)\s+(?:the\s+)?\S+(?:\s+\S+){0,2}?"
                       r"\s+(?:towards|for\s+(?!target|next\s+step))\s*", re.I)
_FOR_TARGET = re.compile(r"\bfor\s+(?:target|next\s+step)\s*(?:no\.?\s*)?(\d{1,2})\s*:\s*(?=\S)", re.I)
_ASKS = re.compile(r"\b(?:request(?:s|ed|ing)?|asks?\s+for|asked\s+for|asking\s+for|applied\s+for|is\s+seeking)\s*$", re.I)
_AFTER_PRICE = re.compile(r"(£\s?\d[\d,]*(?:\.\d{2})?(?:\s*\([^()]{0,30}\))?)[.,;]?\s+(?=[A-Z]|\d{1,2}[.)]\s)")
_BOUGHT = re.compile(r"\b(?:was|were|had|paid|helped|bought|spent|used|last (?:term|year)|previous)\b", re.I)


class SpendListsMixin:
    def _priced_sentences(self, sents: list[str], prov: Provenance) -> bool:
        """Under PP+, sentences each naming a purchase then its cost or target: a spend line each."""
        if self.part != "pp_plus":
            return False
        lines: list[tuple[str, Optional[float], Optional[str], str]] = []
        sents = [x for s in sents for x in self._breakdown(s, prov)]
        for s in sents:
            s = s.strip()
            if not s or _TOTAL.search(s) or _BOUGHT.search(s) or self._not_given(s) or self._other_fund(s):
                continue
            s = pattern(self.labels, "ordinal_lead").sub("", s)  # 'First, chemistry tutoring ...': the list's order
            end = _DESC_END.search(s)
            desc = (s[:end.start()] if end else s).strip(" .,;:-")
            cost = parse_money(s) if "£" in s else None
            ref = self._target_ref(s[end.start():]) if end else None
            if cost is None and ref is None:
                continue
            if _ASKS.search(desc):
                continue  # 'The school requested £920.00 of PP+ for this term': the amount asked for, not a purchase
            if not desc or len(desc.split()) < 2 or len(desc.split()) > 30 or self._field_match(desc) \
                    or self._mentions_pp(desc) or pattern(self.labels, "of_pp").match(desc):
                return False  # not a list of purchases: a sentence about PP+ whose shape is not read here
            lines.append((desc, cost, ref, s))
        if not lines:
            return False
        for desc, cost, ref, s in lines:
            self._add_spend(SpendLine(description=desc, cost=cost, cost_text=s if cost is not None else None,
                                      target_ref=ref), prov)
        return True

    def _breakdown(self, s: str, prov: Provenance) -> list[str]:
        """'The Virtual School agreed £400 for this term, made up of tuition (£300, Target 1); a calculator (£40,
        Target 2)': an amount, then the purchases it is made up of, one per ';'. The amount is the request; each
        purchase is read as a sentence of its own. Other sentences come back whole."""
        lead = _FUND_FOR.search(s)
        if lead and "£" in s[lead.end():] and self._mentions_pp(lead[0]) and ";" not in s:
            return [s[lead.end():]]  # 'The school asked for PP+ towards a tablet, at £180.00': what it is towards
        clauses = [c.strip() for c in s.split(";")]
        linked = [_FOR_TARGET.search(c) for c in clauses]
        if len(clauses) >= 2 and all(linked):
            # 'PP+ was agreed for target 1: a maths tutor at a cost of £350; and for target 3: a snack pack (£30).':
            # each clause names its target, then the purchase and its price
            return [f"{c[m.end():].strip()} (target {m[1]})" for c, m in zip(clauses, linked)]
        m = _MADE_UP.search(s)
        if not m or ";" not in s[m.end():] or "£" not in s[:m.start()]:
            return [s]
        if self.pep.pp_requested is None and (total := parse_money(s[:m.start()])) is not None:
            self.pep.pp_requested = total
            self._fill("pp_plus")
            self._note("pp_requested", prov, None, "prose", None)
        return [x.strip() for x in s[m.end():].split(";") if x.strip()]

    def _priced_pieces(self, text: str) -> list[SpendLine]:
        """'Lexia licence - £95.00 (target 1)  Maths catch-up - £360.00 (target 2)': one box holding several
        purchases, each with its price, set apart by line breaks, wide gaps or ';'. A line each; [] when the box
        is one purchase (or any piece has no price of its own)."""
        # a break after a price (and its bracket) where the next purchase starts with a capital or its number
        cut = _AFTER_PRICE.sub(lambda m: m[1] + "\n", text)
        pieces = [x.strip(" .,;") for x in re.split(r"\n|\s{2,}|;\s+", cut) if x.strip(" .,;")]
        if len(pieces) < 2 or any(len(re.findall(r"£\s?\d", x)) != 1 or _TOTAL.search(x) for x in pieces):
            return []
        lines = []
        for x in pieces:
            x = re.sub(r"^\s*(?:\d{1,2}[.)]|[-•*])\s+", "", x)  # '1. Lexia licence ...': the list's own numbering
            end = _DESC_END.search(x)
            desc = (x[:end.start()] if end else x).strip(" .,;:-–—")
            if not desc or len(desc.split()) > 30:
                return []
            lines.append(SpendLine(description=desc, cost=parse_money(x), cost_text=x,
                                   target_ref=self._target_ref(x[end.start():]) if end else None))
        return lines

    def _bought_after_lead(self, desc: str) -> str:
        """The thing bought in 'The school asked for PP+ towards a tablet for home learning, at £180.00': the words
        after the request for the fund, up to the price; ``desc`` unchanged when it has no such lead."""
        lead = _FUND_FOR.search(desc)
        if not lead or not self._mentions_pp(lead[0]):
            return desc
        rest = desc[lead.end():]
        end = _DESC_END.search(rest)
        got = (rest[:end.start()] if end else rest).strip(" .,;:-")
        return got if len(got.split()) >= 2 else desc

    def _target_ref(self, text: str) -> Optional[str]:
        """'(target 2)', 'linked to the first target', 'for next step 3': the target a spend line serves."""
        m = re.search(r"\b(?:target|next step|step)\s*(?:no\.?\s*)?(\d{1,2}|[a-h](?=\W|$))", text, re.I)
        if m:
            return m[1] if m[1].isdigit() else str(ord(m[1].lower()) - 96)  # 'target b' is the second
        m = re.search(r"\b([a-z]+)\s+(?:target|next step)\b", text, re.I)
        if m:
            n = self._ordinal(m[1])
            if n and m[1].lower() not in _NUM_WORDS:
                return str(n)
        return None

    def _labelled_spend(self, label: str, value: str, prov: Provenance) -> bool:
        """'PP+ agreed: Maths mentor, 1 x 40 minutes a week for 10 weeks, £320 (for Target 1).': a label naming the
        fund (not a total) over one purchase and its price or target, anywhere in the record: a spend line."""
        if not self._mentions_pp(label) or _TOTAL.search(label) or len(label.split()) > 5 or _BOUGHT.search(value):
            return False
        if len(re.findall(r"£\s?\d", value)) > 1 or re.search(r"[.!?:]\s+[A-Z0-9]", value.strip()):
            return False  # several purchases or sentences after the label: a list, read as one (prose.py)
        if re.match(r"\s*(?:not|no|n/?a|none|nil)\b", value, re.I) or self._other_fund(value):
            return False  # 'not applicable (post-16). 16-19 Bursary confirmed, £1,200 a year': no PP+ line
        end = _DESC_END.search(value)
        desc = (value[:end.start()] if end else "").strip(" .,;:-|")
        cost = parse_money(value) if "£" in value else None
        ref = self._target_ref(value[end.start():]) if end else None
        if len(desc.split()) < 2 or cost is None and ref is None or self._mentions_pp(desc):
            return False
        self._add_spend(SpendLine(description=desc, cost=cost, cost_text=value.strip() if cost is not None else None,
                                  target_ref=ref), prov)
        return True
