"""Segmenting: a heading that names a part starts that part (and the signed section it belongs to)."""
from __future__ import annotations

import re
from typing import Optional

from ...labels import bilingual_halves
from ...model import SECTION_KEYS, Provenance
from ...values import parse_date
from .. import periods
from ..blocks import Para
from .patterns import _SUBPART_OF_DT, YEAR_ALONE
from .voice import _ME
from .wording import alt, pattern


class SectionsMixin:
    def _enter(self, part: str, prov: Provenance, heading: str) -> None:
        self.part = part
        self.found.add(part)
        self.also = self._also_named(heading, part)
        self.pending = None
        self.ignored_section = self.past_section = False
        self.slot = self.sub_col = None
        # 'PEP 2 - Spring term 2026: next steps and PP+': the part's items are that period's (the latest kept)
        # A part under a heading naming only a meeting ('First review - September to December'): that meeting's.
        # Why general: a running record's entries are each one meeting, whatever their parts are headed.
        named = periods.period_rank(heading)
        if part in ("targets", "pp_plus"):
            named = self._dated_period(heading, named)
        self.period = (named if named is not None else self.block_period) if part in ("targets", "pp_plus") else None
        if part == "pp_plus" and self.period is None and self._past_period_heading(heading):
            self.period = PAST  # 'Impact of last term's EYPP': what was bought then, not this PEP's request
        # 'Designated Teacher sign-off': whose signature the part's date is (sign_off.py)
        self.signer = _signer(self.labels, heading) if part == "qa" else None
        self.part_heading = heading
        if part == "pupil_voice":
            # A heading naming the voice again after a profile ('About me' held the child's details): the views
            # have their own box under it, so the details no longer say the views may be elsewhere.
            self.details_in_voice = []
        if part in SECTION_KEYS:
            self.section = part
        elif part not in _SUBPART_OF_DT and part != "pupil_voice":
            self.section = None
        self._note(f"parts.{part}", prov, heading)
        self._title_name(heading, prov)

    def _dated_period(self, heading: str, named: Optional[float]) -> Optional[float]:
        """The period of a targets or PP+ heading that dates its meeting ('Action Plan agreed at Meeting 1
        (17/09/2026)', then '... agreed at the Review (24/11/2026)'): a heading with a date and no ordinal comes
        after (or before) the dated headings seen so far, as its date does. General: a record of two meetings in
        one document may name its later meeting only by its date."""
        d = parse_date(heading)
        if d is None:
            return named
        seen = self.heading_dates
        if named is None:
            same = [r for dd, r in seen if dd == d]
            earlier = [r for dd, r in seen if dd < d]
            later = [r for dd, r in seen if dd > d]
            named = same[0] if same else 1.0 if not seen else max(earlier) + 0.5 if not later else \
                min(later) - 0.5 if not earlier else None
        if named is not None:
            seen.append((d, named))
        return named

    def _also_named(self, heading: str, part: str) -> set[str]:
        """The other parts a heading joining two with 'and', '&' or '/' names ('Targets and Pupil Premium Plus'
        starts the PP+ part, and names the targets too): items written under it that say what they are ('Target
        1 (Reading): ...') are read as what they say.

        Why general: a form that puts two parts under one heading holds both; the heading's longer phrase
        decides the part, but the other half is no less there."""
        halves = [h for h in re.split(r"\s+(?:and|&)\s+|\s*/\s*", heading.strip(), flags=re.I) if h.strip()]
        if len(halves) < 2:
            return set()
        got = {self.labels.match_part(self._expand(h), True) for h in halves}
        return {p for p in got if p and p != part}

    def _past_period_heading(self, heading: str) -> bool:
        """A heading naming an earlier term, year or review as its own ('Impact of last term's EYPP', 'Previous
        year's PP+ spend'), not one measured from it ('PP+ requested since the last PEP')."""
        past = self._prose_words("past_words")
        if not past:
            return False
        m = re.search(r"\b(?:" + alt(past) + r")\s+(?:academic\s+|school\s+)?"
                      r"(?:term|half[- ]term|year|review|pep|meeting|period)(?:'s|’s|s'|s’|s)?(?=\W|$)", heading, re.I)
        return bool(m) and not re.search(r"\b(?:since|from|after|until|before)\s+(?:the\s+)?$",
                                         heading[:m.start()], re.I)

    def _review_date_is_the_meeting(self) -> None:
        """A document whose own title names it a review ('Individual Learning Plan - Progress Review', 'PEP Review')
        and gives a 'Review date' but no meeting date, with no part-time timetable or alternative provision for that
        date to review: the review date is this review's, the meeting's. General: a form that is itself the review
        dates the review it records; a part-time timetable's review date needs a part-time timetable."""
        pep = self.pep
        if pep.meeting_date or not pep.provision_review_date or "meeting_date" in self.candidates \
                or pep.part_time_timetable or pep.alternative_provision:
            return
        title = next((b for b in self.doc.blocks[:6] if isinstance(b, Para) and ((b.heading_level or b.bold)
                      and _REVIEW_TITLE.search(b.text) or _REVIEW_N_OF.search(b.text))), None)
        if title is None and self.running_record:
            # A running record of reviews ('Second review - January to April'): the latest window's 'Date of
            # review' is that review's, the meeting's, as the title of a form that is itself a review says.
            title = next((b for b in getattr(self, "read_blocks", ()) if isinstance(b, Para)
                          and periods.is_period_heading(b.text.strip()) and re.search(r"\breview\b", b.text, re.I)), None)
        if title is None:
            return
        pep.meeting_date = pep.provision_review_date
        self._note("meeting_date", pep.provenance.get("provision_review_date") or title.prov, "review date of a review",
                   "derived", None)
        self._fill("meeting")

    def _title_name(self, heading: str, prov: Provenance) -> None:
        """'PEP meeting record for Lily Pemberton-Shaw', 'Personal Education Plan for Jayden Smith': a title naming
        whose plan it is names the child (the weakest reading: a labelled name wins)."""
        m = _TITLE_FOR.match(heading.strip()) or _TITLE_COLON.match(heading.strip())
        listed = _TITLE_FOR_LIST.match(heading.strip()) if not m else None
        if listed and _PLAN_WORDS.search(self._expand(listed[1])):
            # 'Report of the PEP meeting for Ava-Rose Penhaligon, Reception, Brook Lane Infant School': whose plan,
            # then the child's year and school
            m = listed
            for piece in (x.strip() for x in listed[3].split(",")):
                if YEAR_ALONE.fullmatch(piece):
                    self._prose_fact("child.year_group", piece, prov, "title")
                elif self._names_school(piece):
                    self._prose_fact("school.name", piece, prov, "title")
        if self.pep.child.name or not m or not _PLAN_WORDS.search(self._expand(m[1])):
            return
        words = m[2].split()
        if 2 <= len(words) <= 4 and not any(w.lower() in _NOT_NAME for w in words):
            self._prose_fact("child.name", m[2], prov, "title")

    def _heading_part(self, text: str, loose: bool = False) -> Optional[str]:
        if _TICKED.match(text):
            return None  # '☒ Attendance (recorded or printout attached)': an item of a checklist of what was brought
        if len(text) > 90:
            # 'Section C - Young person's views (these can be recorded in any form and uploaded)': a trailing
            # bracket is a note on the heading, not its length. Why general: any form may annotate a heading.
            text = _NOTE_AFTER.sub("", text)
        if len(text) > 90 or "\n" in text.strip():
            return None
        if self.part in ("targets", "previous_targets") and (t := pattern(self.labels, "title").match(text)) and t[1] \
                and re.match(r"\s*\(", t[2] or ""):
            return None  # 'Priority 3 (Options / careers): Year 9 options' among the targets: the next item, its area
        part = self.labels.match_part(self._expand(text), loose)
        halves = None if part else bilingual_halves(text)
        if halves:  # 'Llais y plentyn / Pupil voice': the half the labels know names the part
            got = {p for p in (self.labels.match_part(self._expand(h), loose) for h in halves) if p}
            part = got.pop() if len(got) == 1 else None
        if part is None and loose and _ADDRESSED.search(text) and not self._other_writer(text):
            return "pupil_voice"  # 'Anything else I want the grown-ups to know': the child speaking to the adults
        if part == "pupil_voice" and self._other_writer(text):
            bare = _LETTER_MARK.sub("", text)
            if bare != text and not self.labels.match_part(self._expand(bare), loose):
                return None  # 'Section C — Carer': the form's letter for the views, the words naming another's
            if not _CHILD_WORD.search(text) and not _ME.search(text):
                return None  # 'Carer / supported lodgings host views': another's views, nowhere the child's
        note = _TRAILING_NOTE.search(text) if part is None else None
        if note and text[:note.start()].strip():
            # 'C. How is it going? (young person's views)': a friendly title with the part's formal name in brackets
            # after it; the bracket says what the section is. General: forms gloss an informal title so.
            part = self.labels.match_part(self._expand(note[1]))
        bare = _NOTE_AFTER.sub("", text) if part is None else text
        if bare != text and bare.strip() and len(bare.split()) <= 8:
            # 'Targets agreed at this meeting (write each target in full; say who will help and by when).': the
            # form's instruction in brackets after the heading; the words before it name the part.
            part = self.labels.match_part(self._expand(bare), loose)
        return part


_CHILD_WORD = re.compile(r"(?i)\b(?:child|children|young\s+person|young\s+people|pupil|student|learner|yp|own\s+words)\b")
_LETTER_MARK = re.compile(r"^\s*(?:section|part)\s+[A-Za-z0-9]{1,2}\b\s*[-–—:.)]?\s*", re.I)
_TICKED = re.compile(r"^\s*[☐☒✓✔✗✘]\s*\S")
_NOTE_AFTER = re.compile(r"\s*\([^()]{3,}\)\s*[.:*]?\s*$")  # an instruction in brackets closing a heading
_TRAILING_NOTE = re.compile(r"\(([^()]{3,40})\)\s*[:*]?\s*$")  # 'Funding requested (PP+):
# A document's title naming it a review ('Progress Review', 'PEP review'), not a date or the next one
_REVIEW_TITLE = re.compile(r"^(?!.*\b(?:next|date|dates|of\s+(?:the\s+)?(?:last|previous))\b).{0,60}\breview\s*(?:\([^()]{1,20}\))?\s*$", re.I)
PAST = -1000  # the period of a section about an earlier term's items: older than any, never kept
_TITLE_FOR = re.compile(r"^(.{3,60}?)\s+for\s*:?\s+((?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*\s+){1,3}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*)\s*$")
_TITLE_FOR_LIST = re.compile(r"^(.{3,60}?)\s+for\s+((?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*\s+){1,3}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*)"
                             r"\s*,\s*(.{3,120})$")
# 'Personal Education Plan report: Tariq Abernethy', '... PEP report – Kai Brennan-Solis': the plan's title, a colon
# or a dash, whose plan it is.
_TITLE_COLON = re.compile(r"^(.{3,60}?)\s*(?::|\s[–—-])\s+((?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*\s+){1,3}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*)\s*$")
# 'Personal Progression Plan (PPP) - Review 1 of 3, 2026/27': a title counting the reviews, in any type.
_REVIEW_N_OF = re.compile(r"\breview\s+\d\s+of\s+\d\b", re.I)
_PLAN_WORDS = re.compile(r"\b(?:pep|plan|record|review|meeting|minutes|notes|report)\b", re.I)
_NOT_NAME = {"autumn", "spring", "summer", "term", "year", "children", "child", "care", "looked", "after", "young",
             "people", "person", "pupils", "pupil", "students", "student", "reception", "nursery", "school", "college",
             "the", "virtual", "education", "council", "january", "february", "march", "april", "june", "july",
             "september", "october", "november", "december", "years", "early", "primary", "secondary", "post", "post-16",
             "sixteen", "key", "stage", "foundation", "infant", "junior", "special", "review", "plan", "record", "form",
             "report", "summary", "draft", "final"}  # 'Personal Education Plan - Early Years': the plan's phase
_SIGN_WORDS = re.compile(r"[\s:\-–—]*(?:sign[\s-]*off|signatures?|signed|declaration|agreement)\b.*$", re.I)


# A heading that is only the form's mark for a section ('Section 3', 'Part B', 'Section D'), its title on the line
# below in plain type.
_BARE_MARK = re.compile(r"^\s*(?:section|part|tab|page|step)\s+[A-Za-z0-9]{1,2}\s*[-–—:.)]?\s*$", re.I)


def titled_marks(blocks: list) -> list:
    """Join a bare section mark to the plain title line under it ('Section D' over 'Targets agreed at this meeting
    (write each target in full ...).'), so the title names the part and the mark alone does not. Why general: paper
    forms set the section's letter in bold and its title in plain type on the next line; the title says what the
    section holds, the letter only where it sits in this form."""
    out: list = []
    for b in blocks:
        prev = out[-1] if out else None
        if isinstance(b, Para) and isinstance(prev, Para) and (prev.heading_level or prev.bold) \
                and _BARE_MARK.match(prev.text) and not (b.heading_level or b.bold) and len(b.text) <= 160 \
                and "\n" not in b.text.strip():
            title = _NOTE_AFTER.sub("", b.text.strip())
            if title and len(title.split()) <= 10 and not title.endswith((".", "!", "?")) and ":" not in title:
                out[-1] = Para(f"{prev.text.strip()} - {b.text.strip()}", prev.prov, prev.heading_level or 2, True)
                continue
        out.append(b)
    return out


def mark_banner(t) -> Optional[Para]:
    """'TAB 3 | My views [GREEN: completed with the child/young person]': a one-row table of a section's mark and
    its title, as a platform prints its tabs; read as the heading it is (None when the table is not one)."""
    if len(t.rows) != 1 or len(t.rows[0]) != 2:
        return None
    mark, title = (c.text.strip() for c in t.rows[0])
    if not _BARE_MARK.match(mark) or not title or "\n" in title or len(title) > 120:
        return None
    return Para(f"{mark} - {title}", t.rows[0][0].prov, 2, True)


def _signer(labels, heading: str) -> Optional[str]:
    """The role a sign-off heading names ('Designated Teacher sign-off', 'DT signature'), else None."""
    h = re.sub(r"^\s*(?:\d{1,2}[.)]?|part\s+\w|section\s+\w)\s+", "", heading.strip(), flags=re.I)
    return labels.match_value("role", _SIGN_WORDS.sub("", h).strip()) or labels.match_value("role", h)


# A heading in which the child addresses the adults: 'I want my teachers to know', 'Anything else I'd like to
# tell you', 'What I would like to say at my PEP'. What follows is the child's voice.
_ADDRESSED = re.compile(
    r"\bI\s*(?:want|would like|'d like|’d like|wish)\b(?:\s+[\w'’-]+){0,4}?\s+to\s+(?:know|hear|understand)\b|"
    r"\bI\s*(?:want|would like|'d like|’d like)\s+to\s+(?:tell|say|share|talk about)\b")
