"""A second look before anything is reported missing. When a part was read as lacking what a PEP records (the
child's views, this year's attendance, enough targets, the meeting's date, a PP+ request), the rest of the file
is searched for text nothing read that looks like it. If some is found the part is not complete: the officer is
told where that text is (RD004) and the school is never told the thing is missing.

Why it generalises: it needs nothing of the layout. Whatever shape kept the child's words or a figure from the
reader (a heading it does not know, a pasted MIS summary, answers to numbered questions), the words still look
like what they are: 'I like ...', 'Attendance ... 94.2%', 'Ava will ...' under a heading about targets. The
cost is a real gap left to the officer, not the school, when such text stands elsewhere in the file; it is
counted by scripts/zoo_score.py ("real gaps flagged").
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ...labels import normalise
from ...model import COMPLETE, PartStatus, Provenance
from ..blocks import Para, Table
from ..concepts import _ALL_DATES
from .patterns import _INSTRUCTION, _MUST, _PAST, _PERCENT_FIGURE, smart_guidance
from .voice import _is_prompt
from .wording import alt

# The child speaking: a sentence that starts with the first person ('I like the quiet room', 'My favourite ...').
_I_START = re.compile(r"^\W{0,3}(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|My|Me)\s+\w+", re.I)
# First-person lines that are a form's declaration, not views: 'I confirm that ...', 'I agree to ...'.
_DECLARATION = re.compile(r"^\W{0,3}I\s+(?:confirm|agree|consent|declare|certify|understand that|have read|give|"
                          r"acknowledge|am happy for|authorise|authorize)\b", re.I)
_ATTENDANCE = re.compile(r"\b(?:attendance|attended|attending|present|presence|register)\b", re.I)
_MEETING = re.compile(r"\b(?:meeting|met|held|pep|review)\b", re.I)
_NOT_THIS_MEETING = re.compile(r"\b(?:next|birth|born|dob|due|entered care|into care|start(?:ed)?|admission|"
                               r"until|deadline|exclu\w*|appointment|review date)\b", re.I)
_MONEY = re.compile(r"£\s?\d")
_FUNDING = re.compile(r"\b(?:pp\+|ppp|ppg|pepsa|eypp|pupil premium|funding|request(?:ed)?|spend)\b", re.I)
_RATE = re.compile(r"\b(?:per (?:year|annum|term|child|pupil)|p\.?a\.?|a year|each term|a term|is currently|"
                   r"currently|up to|maximum|allocation of|is paid|are paid)\b", re.I)
_WH = re.compile(r"^\W{0,3}(?:what|how|who|when|where|why|which)\b", re.I)
_NUMBER_COLUMN = re.compile(r"^(?:no\.?|#|ref\.?|number|target\s+no\.?|item)$", re.I)
_WILL = re.compile(r"\b(?:will|is going to|are going to|to be able to)\s+[a-z]+", re.I)


class SecondLookMixin:
    def _second_look(self) -> None:
        """Parts read as lacking their core content, made partial (read) or unread (empty) when text nothing
        read, elsewhere in the file, looks like that content. Runs after the parts' statuses are set."""
        pep = self.pep
        wanted = {k: test for k, test in self._second_look_tests().items() if pep.parts.get(k) in COMPLETE}
        if not wanted:
            return
        # A row or line read only as a part's heading ('Goals for next term | Ava will ...') is not read: its
        # other cells may hold the content.
        claimed = {(p.page, p.paragraph, p.table, p.row) for p, path, _ in self.claims if not path.startswith("parts.")}
        # Only the blocks read as this PEP: an earlier meeting's words in a running record are history (meetings.py)
        for text, prov, heading in _unread_texts(getattr(self, "read_blocks", self.doc.blocks), claimed):
            for key, test in list(wanted.items()):
                # line by line too: a pasted summary holds this year's figure and last year's in one box
                if test(text, heading) or ("\n" in text and any(test(x, heading) for x in text.splitlines())):
                    self.unclaimed.setdefault(key, []).insert(0, prov.model_copy(update={"match": "second look"}))
                    pep.parts[key] = PartStatus.partial if pep.parts[key] is PartStatus.read else PartStatus.unread
                    del wanted[key]
            if not wanted:
                return

    def _second_look_tests(self) -> dict:
        """part -> test(text, heading) for each part whose core content was not read."""
        pep, tests = self.pep, {}
        if not (pep.pupil_voice.text or "").strip():
            tests["pupil_voice"] = self._looks_like_views
        if pep.attendance_percent is None:
            tests["attendance"] = _looks_like_attendance
        if pep.meeting_date is None:
            tests["meeting"] = _looks_like_meeting_date
        # targets: any complete targets part, since too few, or none in English or maths, may be told to the school
        tests["targets"] = self._looks_like_target
        if not pep.pp_spend and pep.pp_requested is None:
            tests["pp_plus"] = _looks_like_request
        return tests

    def _looks_like_views(self, text: str, heading: Optional[str]) -> bool:
        """The child speaking ('I like drawing with Miss Kaur.'), not under a box another person fills ('Carer's
        views'), not a prompt printed on the form nor a declaration."""
        t = text.strip()
        if len(t.split()) < 4 or t.endswith("?") or not _I_START.match(t) or _DECLARATION.match(t) or _is_prompt(t):
            return False
        return not (heading and self.labels.names_other_voice(normalise(heading)))

    def _looks_like_target(self, text: str, heading: Optional[str]) -> bool:
        """A sentence of what someone will do ('Ava will read ...', 'To learn her 6 times table') under a heading
        or question about targets (item words: target, next step, outcome, goal ...), not the review of earlier
        ones nor the form's rule ('Targets must be SMART')."""
        t = text.strip()
        if not heading or len(t.split()) < 7 or "?" in t or _INSTRUCTION.match(t) or _MUST.search(t) \
                or _WH.match(t) or smart_guidance(t):
            return False  # a column's label or a question ('How the adults will help'), not a target
        if not (_WILL.search(t) or re.match(r"^\W{0,3}(?:to|by)\s+[a-z]+", t, re.I)):
            return False
        h = heading.lower()
        items = self._prose_words("item_words") or ["target"]
        if not re.search(r"\b(?:" + alt(items) + r")s?\b", h):
            return False
        past = self._prose_words("past_words") + self._prose_words("review_words")
        return not (past and re.search(r"\b(?:" + alt(past) + r")\b", h))


def _looks_like_attendance(text: str, heading: Optional[str]) -> bool:
    """A percentage beside an attendance word ('Attendance YTD 94.2%', 'Present: 93%'), not last year's."""
    t = text.strip()
    scope = f"{heading or ''} {t}"
    return bool(_PERCENT_FIGURE.search(t)) and bool(_ATTENDANCE.search(scope)) and not _PAST.search(t.lower()) \
        and not t.endswith("?")


def _looks_like_request(text: str, heading: Optional[str]) -> bool:
    """An amount beside a word for the funding ('PP+ requested £450', 'EYPP: £300 for Language Explorers'), not the
    rate the form prints ('PP+ is currently £2,570 per year') nor money from another fund or another term."""
    t = text.strip()
    scope = f"{heading or ''} {t}"
    return bool(_MONEY.search(t)) and bool(_FUNDING.search(scope)) and not _RATE.search(t) \
        and not _PAST.search(t.lower()) and not t.endswith("?")


def _looks_like_meeting_date(text: str, heading: Optional[str]) -> bool:
    """A date beside a meeting word ('PEP held 14/10/2025', 'We met on 3rd November 2025'), not the next PEP's,
    a birth date or a deadline."""
    t = text.strip()
    return bool(_ALL_DATES.search(t)) and bool(_MEETING.search(t)) and not _NOT_THIS_MEETING.search(t) \
        and not _PAST.search(t.lower())


def _label_like(text: str) -> bool:
    """A column's label, not an answer: a few words with no full stop ('How will we know?', 'Cost (£)')."""
    return len(text.split()) <= 8 and not text.rstrip().endswith((".", "!"))


def _unread_texts(blocks, claimed: set) -> Iterator[tuple[str, Provenance, Optional[str]]]:
    """(text, where, the heading above it) for every paragraph and table row nothing was read from."""
    heading: Optional[str] = None
    for b in blocks:
        if isinstance(b, Para):
            t = b.text.strip()
            if not t:
                continue
            if b.heading_level or (b.bold and len(t.split()) <= 12) or (t.endswith("?") and len(t) < 200):
                heading = t
                continue
            if (b.prov.page, b.prov.paragraph, b.prov.table, b.prov.row) not in claimed:
                yield t, b.prov, heading
        elif isinstance(b, Table):
            heading = yield from _table_rows(b, claimed, heading)


def _table_rows(t: Table, claimed: set, heading: Optional[str]):
    header_seen = False
    for r, row in enumerate(t.rows):
        filled = [c for c in row if c.text.strip()]
        if not filled:
            continue
        distinct = list(dict.fromkeys(c.text.strip() for c in filled))
        if len(distinct) == 1 and (len(distinct[0].split()) <= 12 or distinct[0].endswith("?")):
            heading = distinct[0]  # a one-cell row: a band heading or a question
            continue
        if not header_seen and (len(distinct) >= 3 or _NUMBER_COLUMN.match(distinct[0])) \
                and all(_label_like(x) for x in distinct):
            header_seen = True  # a table's header row ('No. | What I will learn next | Who will help'): labels
            continue
        key = (row[0].prov.page, row[0].prov.paragraph, row[0].prov.table, r)
        first = distinct[0]
        for c in filled:
            for inner in c.tables:
                heading = yield from _table_rows(inner, claimed, heading)
        if key in claimed:
            continue
        for text in distinct[1:] if len(distinct) > 1 and len(first.split()) <= 12 else distinct:
            yield text, row[0].prov.model_copy(update={"row": r}), f"{heading or ''} {first}".strip() \
                if len(distinct) > 1 else heading
    return heading
