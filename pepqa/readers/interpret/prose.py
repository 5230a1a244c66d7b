"""Reading a PEP written as running prose: meeting minutes, a Virtual School teacher's report, a plan
written to the child as "you".

Why apart from the form idioms: a narrative record has no labels to match. What carries the meaning is a
handful of words ([prose] in ``data/labels.toml``, so an authority extends them): a quotation after a
say-verb is the child's voice ('Leon said, "I like science."'); "First, ... Second, ..." in a paragraph about
targets are the targets; "£300 will pay for ..." in a paragraph about PP+ is a spend line; "the targets"
heading followed by plain sentences ("Jordan will complete ...") lists the targets one per paragraph; a
"Target 1 - academic (English)" heading with its text on the next line is a target. Everything read here is
marked ``match="prose"`` in its provenance, so an officer sees it was read from prose, not from a field.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from ...labels import normalise
from ...model import PreviousTarget, Provenance, SpendLine, Target
from ...values import money_amounts
from .. import tables
from ..concepts import stem
from . import sign_off
from .patterns import _ABOUT_MEETING, _INSTRUCTION, _LABEL_VALUE, _QUOTE, _clean
from .item_groups import asked
from .wording import alt, item_number, pattern

_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[A-Z£\"“])")
# "..." and “...”, and ‘...’ (British single quotes; a ’ followed by a letter is an apostrophe: ‘I don’t like it’)
_MONEY = re.compile(r"£\s?\d[\d,]*(?:\.\d{1,2})?")
# 'Completed by Mr Daniel Hollis on 22/10/2025', 'completed by Mrs K. Lindqvist (DT) on ...': who did it (their role
# in brackets), then when.
_FACT_BY = re.compile(r"(?P<label>\b[A-Za-z]+(?:\s+off)?)\s+by\s*:?\s+(?:[^;:()]|\([^(),;:]{1,30}\)){2,60}?,?\s+on\s+"
                      r"(?P<value>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|(?:\w+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})")
# 'The PEP meeting took place at Little Oaks on Wednesday 15th October 2025', 'We met on 3/11/2025': what
# happened on a date; the words before 'on' are scored as a label once a place ('at Little Oaks') is taken out.
_ON_DATE = re.compile(r"(?P<label>^[^;:]{3,120}?)\s+on\s+(?P<value>(?:\w+day,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
                      r"(?:of\s+)?[A-Z][a-z]+\s+\d{4}|"
                      r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})")
_NAMED_ORDINAL = re.compile(r"\bthe\s+([a-z]+)\s+(?:target|next\s+step|goal|outcome)\b[^.]{0,80}?\b(?:was|is|will\s+be)\s+"
                            r"(?:agreed\s+)?that\s+(.+)$", re.I)
_BRACKET = re.compile(r"\(([^()]*)\)")
_MINUTE_NO = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\s+(?=[A-Za-z])")
_PLACE = re.compile(r"\s+(?:at|in)\s+(?!.*\s(?:at|in)\s)[^,]*$")  # the last 'at ...' / 'in ...' before 'on <date>'
_JOINED = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?=(?:his|her|their|the|my)\s)")
_JOINING = re.compile(r"\s*(?:,|;|and|or|then|and then|and also|also)?\s*", re.I)  # between two quotations of one speaker
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ONLY_REF = re.compile(r"^(?:the\s+)?(?:target|next step)\s*\w{0,3}$", re.I)


def sentences(text: str) -> list[str]:
    """A paragraph cut into sentences (a full stop inside a quotation, after 'Mr' or after an initial does not end
    one)."""
    out: list[str] = []
    for piece in _SENTENCE.split(re.sub(r"\s+", " ", text.strip())):
        if out and re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|St|e\.g|i\.e|no|(?-i:[A-Z]))\.$", out[-1]):  # 'Mrs K. Lindqvist
            out[-1] += " " + piece
        else:
            out.append(piece)
    return [s.strip() for s in out if s.strip()]


def _word_in(words: tuple[str, ...], text: str) -> Optional[re.Match]:
    """The first of ``words`` (phrases) found in ``text`` as whole words."""
    best = None
    for w in words:
        m = re.search(r"(?<![\w£])" + re.escape(w) + r"(?![\w])", text, re.I)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


_CODE_AREA = re.compile(r"^\s*(?:[A-Z]{1,3}\s?)?(\d{1,2})[.):]?\s*\(([^()]{2,60})\)\s*[:\-–]?\s*(?=[A-Z])")
_LEAD_IN = re.compile(r"\s*(?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+){0,4}\s*:\s*")
# The people round a child who may be named speaking near the child's words ('her mum said', 'Later, the carer:')
_OTHERS = (r"mum|dad|carer|keyworker|key\s*person|teacher|nan|nanna|grandad|grandma|brother|sister|friend|worker|staff|"
           r"manager|practitioner")
_OTHER_SPEAKER = re.compile(r"(?i)\b(?:" + _OTHERS + r")\b")


_MARKED_AREA = re.compile(r"^\s*([A-H]|\d{1,2})[.)]\s+([A-Z][A-Za-z/&,' -]{1,40})$")  # 'A. English', '2) Social/emotional'

class ProseMixin:
    # -- what the prose words say ---------------------------------------------------------------
    def _other_fund(self, text: str) -> bool:
        """Text about a fund that is not PP+ ([prose] other_funds: an allowance, a bursary)."""
        other = self._prose_words("other_funds")
        return bool(other and _word_in(other, text))

    def _prose_words(self, key: str) -> tuple[str, ...]:
        return tuple(self.labels.prose.get(key, ()))

    def _ordinal(self, word: str) -> Optional[int]:
        w = word.lower().rstrip(",")
        ords = self._prose_words("ordinals")
        for i, o in enumerate(ords):
            if w in (o, o + "ly"):
                return i + 1
        return _NUM_WORDS.get(w)

    def _not_given(self, text: str) -> bool:
        """'Not set at this meeting - to be added by your class teacher': an answer saying there is none."""
        t = re.sub(r"^[^:]{1,40}:\s*", "", text.strip()) if ":" in text[:42] else text.strip()
        return any(re.match(re.escape(w) + r"\b", t, re.I) for w in self._prose_words("not_given"))

    def _first_name(self) -> Optional[str]:
        name = self.pep.child.name or self.name_parts.get("child.forename")
        return name.split()[0] if name else None

    def _mentions_pp(self, text: str) -> bool:
        n = f" {normalise(text).replace('/', ' ')} "
        return any(f" {ph} " in n for ph in self.labels.parts_contain.get("pp_plus", ()))

    # -- a heading that names one item ------------------------------------------------------
    def _item_heading(self, text: str, prov: Provenance) -> bool:
        """'Target 1 - academic (English)' alone on its line under the targets: the next paragraph is its
        text. Returns True when the line was taken as such a heading."""
        text = asked(text)  # '11. New target 1 (SMART) *': a questionnaire's numbered, mandatory question
        closed = pattern(self.labels, "title").match(text[:-1]) if text.endswith(".") and not text.endswith("..") else None
        if closed and closed[1] and len((closed[2] or "").split()) <= 4 \
                and not _word_in(self._prose_words("goal_words"), closed[2] or ""):
            text = text[:-1]  # 'Target 3 — Preparing for Adulthood.': a title closed with a full stop
        if self.part not in ("targets", "previous_targets") or len(text.split()) > 14 or text.endswith((".", "?")):
            return False
        new = pattern(self.labels, "new_lead").match(text)
        m = pattern(self.labels, "title").match(text[new.end():] if new else text)
        marked = _MARKED_AREA.match(text) if not (m and m[1]) and self.part == "targets" else None
        if marked and len(marked[2].split()) <= 3 and not _word_in(self._prose_words("goal_words"), marked[2]) \
                and not self._field_match(marked[2]) and not self._heading_part(marked[2]):
            # 'A. English' over 'Rhys will read aloud ...' under the targets: item A, its area; its text follows
            self.lettered = self.lettered or marked[1].isalpha()
            self.slot = (item_number(marked[1]), marked[2].strip(), prov, text)
            self.sub_col = None
            return True
        if not m or not m[1]:
            return False
        if new and self.part == "previous_targets":
            self._enter("targets", prov, text)  # 'New target 1' after the review of the last ones: this PEP's
        rest = m[2] or ""
        if rest.strip() and not re.search(r"\w", rest):
            return False  # 'Next step 1: …………': a blank left to fill in, not a heading over the item's text
        after = text.split(":", 1)[1] if ":" in text else ""
        titled = ":" in text and "(" not in text and len(after.split()) <= 4 and after.strip()[:1].isupper() \
            and not re.match(r"\s*(?:to|be|will|not|tbc|n/?a|none)\b", after, re.I) \
            and not _word_in(self._prose_words("goal_words"), after)  # 'Target 3: Moving to secondary', not ': To read more'
        if ":" in text and not titled and (len(rest.split()) > 6 or _word_in(self._prose_words("goal_words"), rest)
                            or re.search(r"\b(?:to|be|is|are|was|with|by|for|not|tbc)\b", after, re.I)):
            # 'Target 1: Jordan will read ...' is the target itself, 'Target 3 (holistic): to be agreed' an answer;
            # 'Next step A: Mathematics' a title
            return False
        area = _clean(re.sub(r"^\s*[\-–—]\s*", "", rest)) or None
        br = re.match(r"\s*\(\s*([^()]{2,40}?)\s*\)\s*(?:[:\-–—]|$)", rest)
        if br:
            area = br[1]  # 'Priority 1 (English): Planning extended writing': the bracket is the area, then a subtitle
        if m[1].isalpha():
            self.lettered = True
        self.slot = (item_number(m[1]), area, prov, text)
        self.sub_col = None
        return True

    def _item_heading_body(self, text: str, prov: Provenance) -> bool:
        """The paragraph after an item heading: the item's text."""
        slot, self.slot = self.slot, None
        if not slot or self.part not in ("targets", "previous_targets") or len(text.split()) < 3:
            return False
        number, area, hprov, heading = slot
        if self._not_given(text):
            return True  # the slot is empty on purpose: no target, and nothing left unread
        if len(text.split()) <= 10 and not text.endswith(".") and self._heading_part(text, loose=True):
            return False  # 'Question group 7: PP+ request' under a blank 'Target 2': the next part, not its text
        new = pattern(self.labels, "new_lead").match(text)
        titled = pattern(self.labels, "title").match(text[new.end():] if new else text)
        if titled and titled[1]:
            return False  # 'New target 1 (English)*: ...': the next item, titled, not this one's text
        self._add_target(text, prov, number, area, how="heading")
        return True

    def _sub_heading(self, text: str) -> bool:
        """'How will we know?' / 'Next steps' under a target read from prose: the next paragraph fills that
        field of the target (success criteria, actions), not a new target."""
        if not self.pending or self.part not in ("targets", "previous_targets"):
            return False
        col = tables.column_for(self.labels, text, self.pending[0])
        if not col or col in ("text", "number"):
            return False
        self.sub_col = col
        return True

    def _sub_heading_body(self, text: str, prov: Provenance) -> bool:
        col, self.sub_col = self.sub_col, None
        if not col or not self.pending:
            return False
        kind, obj, idx = self.pending
        self._set_row_attr(kind, obj, col, text)
        self._note(f"{kind}[{idx}].{col}", prov, None, "prose", None)
        return True

    # -- items in running prose --------------------------------------------------------------
    def _add_target(self, text: str, prov: Provenance, number: Optional[int], area: Optional[str], how: str) -> Any:
        kind = "previous_targets" if self.part == "previous_targets" else "targets"
        obj: Any = (PreviousTarget if kind == "previous_targets" else Target)(number=number, area=area,
                                                                             text=_clean(text) or text)
        items = getattr(self.pep, kind)
        items.append(obj)
        idx = len(items) - 1
        self.item_period[(kind, idx)] = self.period
        self.item_styles.setdefault(kind, set()).add(how)
        self._fill(kind)
        self._note(f"{kind}[{idx}]", prov, None, "prose", None)
        self._note(f"{kind}[{idx}].text", prov, None, "prose", None)
        self.pending = (kind, obj, idx)
        return obj

    def _goal_sentence(self, text: str, prov: Provenance) -> bool:
        """A plain paragraph under the targets heading that states a goal ('Jordan will complete ...',
        'To improve behaviour in lessons') is a target, when the targets are written one per paragraph (not
        when they were read another way and this is their commentary)."""
        kind = "previous_targets" if self.part == "previous_targets" else "targets"
        if self.part != "targets" or self.item_styles.get(kind, set()) - {"sentence"}:
            return False
        t = text.strip()
        words = t.split()
        if not 3 <= len(words) <= 70 or "?" in t or t.endswith(":") or len(sentences(t)) > 2 or _INSTRUCTION.match(t):
            return False  # a question ('How will we know? College register') is a prompt and its answer
        item = pattern(self.labels, "item_subject")
        if self._not_given(t) or any(item.match(x) for x in sentences(t)):
            return False  # 'Targets will be reviewed at the spring PEP': about the targets, not one of them
        if _ABOUT_MEETING.match(re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})?\s+", "", t)):
            return False  # '6.1 The next PEP will be held in the spring term.': the meeting, not a target
        if self._about_items(t):
            return False  # 'Agree 2-4 next steps.', "Maisie's targets will be as follows.": about the targets
        if _MONEY.search(t) and self._mentions_pp(t):
            return False
        starts = self._prose_words("goal_starts")
        first = words[0].lower()
        if not (_word_in(self._prose_words("goal_words"), t) or (first in starts and len(words) > 1
                                                                and words[1][:1].islower())):
            return False
        code = _CODE_AREA.match(t)
        if code:  # 'NS1 (Literacy) Ruby will ...': the item's code numbers it and the bracket is its area
            self._add_target(t[code.end():], prov, int(code[1]), code[2].strip(), how="sentence")
            return True
        self._add_target(t, prov, None, None, how="sentence")
        return True

    def _prose_paragraph(self, text: str, prov: Provenance) -> bool:
        """A paragraph of running prose: the child's quoted words, targets introduced by ordinals, PP+ spend
        sentences and the amount requested. Returns True when something was read from it."""
        done = self._quoted_voice(text, prov)
        sents = sentences(text)
        done = self._sentence_facts(sents, prov) or done
        done = self._ordinal_targets(sents, prov) or done
        if self._mentions_pp(text) or self.part == "pp_plus":
            # a request listed one purchase a sentence (spend_lists.py: all its sentences or none) first, then the
            # spend sentences of running prose ('£300 will pay for ...', 'Story sacks, costing £25'); a paragraph
            # opening on the PP+ ('The school will use your PP+ in three ways. First, ...') lists its purchases too
            keep = self.part
            ordinal = pattern(self.labels, "ordinal_lead")
            if self.part != "pp_plus" and sents and self._mentions_pp(sents[0]) and "£" not in sents[0] \
                    and sum(1 for x in sents[1:] if ordinal.match(x)) >= 2:
                self.part = "pp_plus"
            listed = self._priced_sentences(sents, prov)
            self.part = keep
            done = listed or self._spend_sentences(sents, prov) or done
        return done

    def _amount_item(self, desc: str, cost_text: str, prov: Provenance) -> bool:
        """A short line or a two-cell row under PP+ that is a thing and its price ('Tablet for the Reception
        class £200', 'Outdoor waterproof suits | £130'): a spend line linked to no target."""
        if self.part not in ("pp_plus", "targets") or self.pending:
            return False
        d = re.sub(r"[\s\-–—:,]+$", "", desc.strip())
        amounts = money_amounts(cost_text)
        if not amounts or len(d.split()) < 2 or len(d.split()) > 14 or _LABEL_VALUE.match(d) or d.endswith((".", "?")) \
                or self._field_match(d) or self._mentions_pp(d) or re.search(r"\b(?:total|requested|request)\b", d, re.I):
            return False
        self._add_spend(SpendLine(description=d, cost=amounts[-1], cost_text=cost_text.strip()), prov, "priced line")
        return True

    def _quoted_voice(self, text: str, prov: Provenance) -> bool:
        """'Leon said, "I like that we move classrooms."' / '"It's too loud," he told us.': the child's words.
        Only a quotation the child is the speaker of: the child's first name or, after the name was used in
        the paragraph, he / she / they."""
        verbs = self._prose_words("say_verbs")
        if not verbs or not _QUOTE.search(text):
            return False
        first = (self._first_name() or "").lower()
        got = False
        child_end = None  # where the child's last quotation ended: '"..." and "..."' goes on in the same voice
        for m in _QUOTE.finditer(text):
            if child_end is not None and (_JOINING.fullmatch(text[child_end:m.start()])
                                          or _LEAD_IN.fullmatch(text[child_end:m.start()])
                                          and not _OTHER_SPEAKER.search(text[child_end:m.start()])
                                          and not any(re.search(r"\b" + re.escape(v) + r"\b", text[child_end:m.start()], re.I)
                                                      for v in verbs)):
                # '"..." and "..."', or a short lead-in with a colon and no one else named ('Later at snack: "..."'):
                # the same speaker goes on
                words = (m[1] or m[2]).strip().rstrip(",")
                if len(words.split()) >= 2:
                    self.voice.append(words)
                    self._note("pupil_voice.text", prov.model_copy(update={"match": "prose"}), None, "prose", None)
                child_end = m.end()
                continue
            child_end = None
            before = text[max(0, m.start() - 80):m.start()]
            before = re.sub(r"\s*\([^()]*\)", "", re.split(r"[.!?]\s", before)[-1])  # '(sent 24/09/2026)': an aside
            after = text[m.end():m.end() + 40]
            speaker = None
            vb = None
            for v in verbs:
                mm = re.search(r"(\b[\w'’]+)(?:\s+(?:also|then|later|again|clearly))?\s+" + re.escape(v) + r"\b[^\"“]{0,20}$",
                               before, re.I)
                if mm:
                    speaker, vb = mm[1], v
                    break
            if speaker is None:
                for v in verbs:
                    mm = re.match(r"^\s*,?\s*" + re.escape(v) + r"\s+([\w'’]+)", after, re.I)
                    if mm:
                        speaker, vb = mm[1], v
                        break
            if speaker is not None and speaker.lower() in ("her", "him", "them") \
                    and re.search(r"\b(?:heard|hear|hears|overheard)\s+\w+\s+" + re.escape(vb) + r"\b", before, re.I):
                speaker = {"her": "she", "him": "he", "them": "they"}[speaker.lower()]  # 'I heard her say: "..."'
            if speaker is not None and speaker.lower() in ("and", "then", "so"):
                speaker = self._clause_subject(before, first)  # 'Freya pointed to the banana and said "..."'
            if speaker is None:
                continue
            s = speaker.lower().replace("’", "'")
            named_before = bool(first) and first in text[:m.start()].lower()
            # 'Ellis's Mind of My Own statement said: "..."': what the child sent, in the child's words
            sent = s in self._prose_words("child_media") and bool(first) \
                and (first + "'s") in before.lower().replace("’", "'")
            if not ((first and s in (first, first + "'s")) or (s in ("he", "she", "they") and named_before) or sent
                    or self._addressed_speaker(s)):
                continue
            words = (m[1] or m[2]).strip().rstrip(",")
            if len(words.split()) < 2:
                continue
            self.voice.append(words)
            self._fill("pupil_voice")
            self._note("pupil_voice.text", prov.model_copy(update={"match": "prose"}), vb, "prose", None)
            got = True
            child_end = m.end()
        return got

    def _clause_subject(self, before: str, first: str) -> Optional[str]:
        """Who says the words when the say-verb follows 'and' ('During snack time Freya pointed to the banana and
        said'): the child's name or he / she / they earlier in the sentence, if no one else (a capitalised name,
        'her mum') is named after it."""
        m = None
        for m in re.finditer(r"\b(" + (re.escape(first) + "|" if first else "") + r"he|she|they)\b", before, re.I):
            pass
        if m is None:
            return None
        between = before[m.end():]
        if re.search(r"\b[A-Z][a-z]+|\b(?:her|his|their|the)\s+(?:" + _OTHERS + r")\b", between):
            return None
        return m[1]

    def _sentence_facts(self, sents: list[str], prov: Provenance) -> bool:
        """'Leon's attendance this academic year is 97.1%, with two days' absence': a field stated in a
        sentence, its label before 'is' / 'was' / 'stands at' and a figure after. Only figures (a percentage
        or a date), whose type checks the reading; the child's name in the label counts for nothing."""
        first = (self._first_name() or "").lower()
        done = False
        if first and self.pep.child.year_group is None:
            said = re.search(r"\b" + re.escape(first) + r"(?:'s|’s)?,?\s+(?:who\s+)?(?:is|was)\s+(?:now\s+)?in\s+"
                             r"((?:Year|Yr|NCY)\s*\d{1,2}|Reception|Nursery)\b", " ".join(sents), re.I)
            if said:  # 'Mr Quinn reported that Lily-Mae, who is in Year 4, has settled well'
                self._prose_fact("child.year_group", said[1], prov, "is in")
                done = True
        clauses = [c for s in sents for c in ([s] + _JOINED.split(s)[1:])]  # '..., and her attendance is 96%'
        for s in clauses:
            s = _MINUTE_NO.sub("", s)  # '3.1 Attendance this year is 96.4%': a minute's number is not the label's
            m = pattern(self.labels, "fact").match(s) or _FACT_BY.search(s) or _ON_DATE.match(s)
            if not m:
                continue
            label = _PLACE.sub("", m["label"]) if m.re is _ON_DATE else m["label"]  # 'took place [at Little Oaks]'
            label += " on" if m.re in (_FACT_BY, _ON_DATE) else ""  # 'Completed ... on' a date
            if first:
                label = re.sub(r"(?i)\b" + re.escape(first) + r"(?:'s|’s)?\b", " ", label)
            label = re.sub(r"(?i)^\s*(?:his|her|their|your|my)\s+", "", label).strip()
            fm = self._field_match(label) if label else None
            if not fm and m.re is _FACT_BY and (noun := re.search(r"([A-Za-z]+)\s+$", s[:m.start("label")])):
                label = f"{noun[1]} {label}"  # 'Report written by: ... on 29 October 2026': the noun names the field
                fm = self._field_match(label)
            if not fm:
                continue
            if m.re is _FACT_BY and self._subject_rules_out(s[:m.start("label")], fm[0]):
                continue  # 'Pre-meeting information submitted by the DT on ...': the subject is not the PEP
            if m.re is _FACT_BY and fm[0] == "completed_date" and not label.lower().startswith("report") \
                    and sign_off.names_another_signer(
                    self.labels, m[0][len(m["label"]):m[0].rfind(" on ")]):
                continue  # 'Completed by Social Worker Tom Ferrand on 17/09/2026': that part of the form, not the PEP
                # (a report the Virtual School teacher wrote is the PEP itself: 'Report written by: ... on ...')
            c = self.labels.concepts.by_key.get(fm[0])
            if not c or c.type not in ("percent", "date"):
                continue
            if self.set_match(fm, m["value"], prov.model_copy(update={"match": "prose"}), label):
                done = True
        return done

    def _about_items(self, text: str) -> bool:
        """A sentence about the targets, not one of them: the form counting the items it asks for ('Agree 2-4 next
        steps'), or introducing their list ("Maisie's targets ... will be as follows", 'agreed the following
        targets')."""
        items = alt(self._prose_words("item_words") or ["target"])
        counted = re.compile(r"\b(?:\d{1,2}\s*(?:-|–|to)\s*\d{1,2}|\d{1,2}|two|three|four|five|six)\s+(?:new\s+)?(?:"
                             + items + r")s\b", re.I)
        listed = re.compile(r"\b(?:(?:" + items + r")s\b[^.]{0,60}?\b(?:as\s+follows|below|the\s+following|listed)|"
                            r"(?:the\s+following|these)\s+(?:new\s+)?(?:" + items + r")s|"
                            r"\b(?:these|those|here)\s+are\s+(?:the|your|our|his|her|their)\s+(?:new\s+)?(?:" + items + r")s|"
                            r"\beach\s+(?:one|" + items + r")\s+(?:says|shows|has|gives)\b)\b", re.I)
        return bool(counted.search(text) or listed.search(text))

    def _subject_rules_out(self, subject: str, key: str) -> bool:
        """A negative word of the field's concept in the words before the verb ('Pre-meeting information
        submitted by ...' for the completion date): what was done was not the field's thing."""
        c = self.labels.concepts.by_key.get(key)
        words = re.findall(r"[a-z]+", subject.lower())
        return bool(c) and any(stem(w) in c.negative or w in c.negative for w in words)

    def _ordinal_targets(self, sents: list[str], prov: Provenance) -> bool:
        """'Three targets were agreed. First, Leon will ... Second, ...': in a paragraph about targets (it
        names them, or stands under the targets heading) each sentence opened by an ordinal is a target."""
        sents = [x for x in sents if not re.fullmatch(r"\s*\d{1,2}(?:\.\d{1,2})?[.)]?\s*", x)]  # '6.' of a numbered paragraph
        if self.part not in ("targets",) and not any(re.search(r"\btargets?\b", s, re.I) for s in sents[:1]):
            return False
        found = []
        for s in sents:
            m = re.match(r"^\s*([A-Za-z]+),?\s+(.+)$", s)
            if not m:
                continue
            n = self._ordinal(m[1])
            if n and m[1].lower().rstrip(",") in {o for w in self._prose_words("ordinals") for o in (w, w + "ly")} \
                    and len(m[2].split()) >= 4:
                found.append((n, m[2].strip()))
        if len(found) < 2:
            found = self._counted_goals(sents)
        if len(found) < 2:
            found = self._named_ordinals(sents)
        if len(found) < 2:
            return False
        if self.part != "targets":
            self.found.add("targets")
        keep_part = self.part
        self.part = "targets"
        for n, body in found:
            self._add_target(body, prov, n, None, how="ordinal")
        self.part = keep_part
        return True

    def _named_ordinals(self, sents: list[str]) -> list[tuple[Optional[int], str]]:
        """'The first target agreed was that Ava-Rose will ...', 'The third target, which comes from what she told
        me, is that ...': each sentence naming a target by its ordinal, the clause after 'that' its text."""
        found = []
        for s in sents:
            m = _NAMED_ORDINAL.search(s)
            n = self._ordinal(m[1]) if m else None
            if n and len(m[2].split()) >= 4:
                found.append((n, m[2].strip().rstrip(".")))
        return found

    def _counted_goals(self, sents: list[str]) -> list[tuple[Optional[int], str]]:
        """'Two targets were agreed with Tanisha. Tanisha will be in school by 8.45am ... In English, Tanisha
        will complete ...': the sentences after the count that state goals, as many as the count says."""
        m = re.search(r"\b(\d|" + "|".join(_NUM_WORDS) + r")\s+(?:new\s+|smart\s+)?targets?\b", sents[0], re.I)
        if not m:
            return []
        want = int(m[1]) if m[1].isdigit() else _NUM_WORDS[m[1].lower()]
        goals = self._prose_words("goal_words")
        out: list[tuple[Optional[int], str]] = []
        for s in sents[1:]:
            if len(out) >= want:
                break
            if _word_in(goals, s) and len(s.split()) >= 5:
                out.append((len(out) + 1, s.rstrip(".")))
        return out if len(out) == want else []

    def _bracketed_prices(self, s: str, amounts: list, prov: Provenance) -> bool:
        """'... will use Pupil Premium Plus for daily phonics sessions with the TA (£190, for the first target) and for
        counting resources (£60, for the second target).': each price in brackets after what it buys, the bracket
        naming the target. Every amount of the sentence must stand so, or the sentence is read another way."""
        opens = [s.rfind("(", 0, a.start() + 1) for a in amounts]
        if any(o < 0 or s[o + 1:a.start()].strip() for o, a in zip(opens, amounts)):
            return False  # an amount not opening its bracket: priced another way
        brackets = [_BRACKET.match(s, o) for o in opens]
        if not all(brackets):
            return False
        start, lines = 0, []
        for a, o, b in zip(amounts, opens, brackets):
            before = s[start:o].strip(" ,.;")
            if start == 0:  # 'The school will use Pupil Premium Plus for ...': what follows the first 'for'
                first_for = re.search(r"\b(?:for|on|towards)\s+", before)
                before = before[first_for.end():] if first_for else before
            desc = re.sub(r"^(?:and\s+|also\s+|then\s+)*(?:for\s+|on\s+|towards\s+)?", "", before).strip()
            cost = money_amounts(a[0])
            if len(desc.split()) < 2 or not cost:
                return False
            lines.append(SpendLine(description=desc, cost=cost[0], cost_text=a[0].strip(" ,"),
                                   target_ref=self._target_ref(b[1])))
            start = o + len(b[0])
        for line in lines:
            self._add_spend(line, prov)
        return True

    def _spend_sentences(self, sents: list[str], prov: Provenance) -> bool:
        """'£300 will pay for 1:1 reading tuition with Mr Abiola, one hour a week (£30 x 10), linked to the first
        target.' is a spend line (its cost is the amount before the verb, its description what follows);
        'agreed to release Pupil Premium Plus of £420' is the amount requested."""
        fund = self._prose_words("fund_verbs")
        request = self._prose_words("request_words")
        done = False
        for s in sents:
            amounts = list(_MONEY.finditer(s))
            if not amounts:
                done = self._unpriced_sentence(s, prov) or done  # 'Some of the PP+ will go towards ...' (prose_items.py)
                continue
            if self._other_fund(s):
                done = True  # 'Personal Education Allowance (PEA) requested: guitar lessons £120': another fund, read
                continue
            if self._bracketed_prices(s, amounts, prov):
                done = True
                continue
            funded = []  # (amount, where its description starts): '£240 of PP+ for ...', '£60 for ...'
            for a in amounts:
                rest = s[a.end():]
                v = _word_in(fund, rest[:40]) if fund else None
                of_pp = pattern(self.labels, "of_pp").match(rest)
                if of_pp and not (v and v.start() < of_pp.end()):
                    v = of_pp
                if (v and len(rest[v.end():].split()) >= 2
                        and not re.match(r"\s*(?:the\s+|this\s+|next\s+)?(?:term|year|half)", rest[v.end():], re.I)):
                    funded.append((a, a.end() + v.end()))
            if not funded:
                first = amounts[0]
                if request and _word_in(request, s[:first.start()]) and self.pep.pp_requested is None:
                    cost = money_amounts(first[0])
                    if cost:
                        self.pep.pp_requested = cost[0]
                        self._fill("pp_plus")
                        self._note("pp_requested", prov, None, "prose", None)
                        done = True
                elif self._priced_sentence(s, amounts, prov):  # 'Story sacks, costing £25 (target 1).' (prose_items.py)
                    done = True
                continue
            first = funded[0][0]
            if request and _word_in(request, s[:first.start()]) and self.pep.pp_requested is None:
                self.pep.pp_requested = money_amounts(first[0])[0]
                self._note("pp_requested", prov, None, "prose", None)
            for k, (a, at) in enumerate(funded):
                upto = funded[k + 1][0].start() if k + 1 < len(funded) else len(s)
                segment = s[at:upto]
                desc = re.split(r"\s*\(|,\s*(?:linked|towards|for target|to support)\b|;\s|\s+and\s*$", segment)[0]
                desc = desc.strip(" .,")
                cost = money_amounts(a[0])
                if len(desc.split()) < 2 or not cost or _ONLY_REF.match(desc):
                    continue  # ('£320, for target 1': the target it serves, not what it buys)
                self._add_spend(SpendLine(description=desc, cost=cost[0], cost_text=a[0].strip(),
                                          target_ref=self._target_ref(segment)), prov)
                done = True
        return done
