"""What the reader read and what it left: provenance notes, parts found and filled, text left unread under
a part, and each part's read status. A part counts as read only when content was read from it (issue 11),
so a school is never told something is missing that the reader could not understand."""
from __future__ import annotations

import re
from typing import Optional

from ...labels import Labels, normalise
from ...model import PEP, PartStatus, Provenance
from .voice import _is_prompt
from ..concepts import _ALL_DATES, parse_typed
from ...values import parse_year_group
from .patterns import (_FIELD_PART, _INSTRUCTION, _ITEM_PARTS, _ITEM_START, _MUST, _PERCENT_FIGURE, _PROSE_ITEM_PARTS,
                       _VALUE_LIKE, _XREF, smart_guidance)


# 'are numbered T1, T2 ...', 'is lettered A, B or C': the form saying how it numbers its items (general: the codes
# in such a note are the form's numbering, no value of the PEP's)
_CODE = r"(?:[A-Za-z]{0,2}\d{1,2}|(?-i:[A-H]))"
_NUMBERING_NOTE = re.compile(r"\b(?:are|is|be|were|was)\s+(?:numbered|lettered|labelled|labeled)\s+" + _CODE
                             + r"(?:\s*(?:,|and|&|or|to|-|–)\s*" + _CODE + r")*(?:\s*(?:\.{2,}|…))?", re.I)
_DASH_PAIR = re.compile(r"^\s*([A-Za-z][^:]{1,60}?)\s+[-–—]\s+(\S.{0,60})$")  # 'Suspensions this year - 0'
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")  # a time of day, whose colon is no label's
# Why general: every authority's form prints the SMART mnemonic and a rating scale's options the same way; neither
# is something the school wrote, so neither leaves a part unread.
_SCALE_OPTIONS = re.compile(r"\s*[\w+\-]{1,4}(?:\s*/\s*[\w+\-]{1,4}){1,5}\s*")
_SCALE_KEY = re.compile(r"(?:^|[\s,;(])[\dA-Z][+\-]?\s*=\s*[A-Za-z]")  # '1 = excellent', 'A = above'
_MINUTE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\s+")  # '8.1 None.': a minute item's number
# A count ('Number of ...', 'Suspensions this year'): a zero is an answer, there are none.
_COUNT_LABEL = re.compile(r"^\s*(?:number of|no\.? of|how many|total number of)\b|\b(?:suspensions?|exclusions?|"
                          r"fixed[- ]term exclusions?|sessions missed|days missed|absences)\b", re.I)
# 'see section 3', 'Targets 1 and 2 must be academic': a reference to a part or an item by number, not a value
_SECTION_REF = re.compile(r"\b(?:section|part|page|question|box|step|tab|targets?|next\s+steps?|outcomes?)\s+"
                          r"\d{1,2}(?:\s*(?:,|and|&|or|-|to)\s*\d{1,2})*\b", re.I)
_SYSTEM_CODE = re.compile(r"^\s*[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}\s+(?:id|ref|reference|number|no\.?)\s*:\s*"
                          r"(?=[A-Za-z\-]*\d)[A-Za-z0-9][A-Za-z0-9/\-]{3,20}\s*$", re.I)
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}[.)]\s+[A-Z][A-Za-z'’]*(?:\s+[A-Za-z'’]+){0,2}\s*$")
_DAY_NUMBER = re.compile(r"(?<![\d/.\-])\d{1,2}(?![\d])(?!\s*%)")  # a day of a date, not a year ('2026') nor a figure
_AGE_LABEL = re.compile(r"^\s*(?:my\s+|the\s+|child'?s\s+|pupil'?s\s+|young person'?s\s+)?age\b", re.I)
_AGE_ONLY = re.compile(r"^\s*\d{1,2}\s*(?:years?|yrs?|y)\b\W{0,3}(?:(?:and\s+)?\d{1,2}\s*(?:months?|mths?|m)\b)?\s*(?:old)?\s*\.?\s*$", re.I)
_BLANK_END = re.compile(r"\s*(?:…+|\.{4,}|_{3,}|·{3,})[.…_·\s]*$")
_BLANK_IN = re.compile(r"…|\.{3,}|_{3,}|·{3,}")  # a leader inside: a value may stand between two leaders
_MONTH_ONLY = re.compile(r"^\s*(?:(?:autumn|spring|summer)(?:\s+term)?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                         r"\.?\s+(?:20)?\d{2}\s*$", re.I)
_TICKED_YES_NO = re.compile(r"(?:\s*[☐☒]\s*(?:yes|no|n/?a)\b)+\s*", re.I)
_ROOM_LABEL = re.compile(r"\b(?:room|class|stage|group|base)\b", re.I)
_YEAR_WORDS = re.compile(r"\b(?:nursery|pre-?school|reception|year\s+(?:\d{1,2}|r|n)|fs[12])\b", re.I)
_AGE = re.compile(r"\b(\d{1,2})\s*(?:years?|yrs?|y)\b(?:\W{0,3}(?:and\s+)?(\d{1,2})\s*(?:months?|mths?|m)\b)?", re.I)


# A form explaining its items rather than holding one: it speaks of them in general ('each target', 'at least one
# English target', 'Each column is one target', 'Targets 1 and 2 are academic', 'Targets 1-3 cover ...': items named
# by a list or a range of their numbers), spells out SMART, or says what the
# money cannot pay for. An item itself is about one thing the child will do; no form's item talks like this.
_FORM_EXPLAINS = re.compile(
    r"\b(?:each|every|all|at least one|any)\s+(?:[a-z+]+\s+){0,2}?(?:targets?|requests?|next steps?|outcomes?|"
    r"columns?|items?)\b|\btargets?\s+(?:\d|one|two|three)\s*(?:and|&|,|-|–|to)\s*(?:\d|one|two|three)\b|"
    r"\bspecific\b.{0,40}\bmeasur|\b(?:cannot|can ?not|can't|must not|may not|will not)\s+(?:be\s+)?"
    r"(?:fund|funded|used|pay|paid|spent)\b", re.I)


# A month or term named in words: a date written without a digit ('in the spring term', 'early March') may still be one.
_MONTH_WORD = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|autumn|spring|summer|"
                         r"next week|next month|next term|tomorrow|today)\b", re.I)


class CoverageMixin:
    def _note(self, path: str, prov: Provenance, label: Optional[str] = None, match: Optional[str] = None,
              score: Optional[float] = None) -> None:
        upd: dict = {}
        if label:
            upd["label"] = label
        if match:
            upd["match"] = match
            upd["score"] = score
        p = prov.model_copy(update=upd) if upd else prov
        self.pep.provenance.setdefault(path, p)
        self.claims.append((prov, path, match or "exact"))

    def _fill(self, part: Optional[str]) -> None:
        if part:
            self.found.add(part)
            self.filled.add(part)

    def _labelled_age(self, text: str, prov: Provenance, labelled: bool = False) -> bool:
        """'Age: 4 years 8 months', 'Age | 2 years 10 months' (a row read as 'Age: ...'): the child's age, kept so
        the year group may follow from it when nothing states it. ``labelled``: the label stood on the line above."""
        age = _AGE.search(text)
        if not age or not (labelled or _AGE_LABEL.match(text)):
            return False
        if self.age is None:
            self.age = (int(age[1]), int(age[2] or 0), prov)
            self._note("child.age", prov, text.split(":", 1)[0].strip() if ":" in text else None, "exact", None)
        return True

    def _unclaimed(self, text: str, prov: Provenance) -> None:
        """Text under a part that nothing read: if it looks like content (not an instruction), the part was
        not read completely."""
        if self.past_section and self.part is None:
            return  # a line under 'Previous PEPs on record': an earlier plan's, nothing of this PEP left unread
        after_label = _AGE_LABEL.match(self.prev_text or "") and _AGE_ONLY.match(text)  # 'Age at the PEP meeting' / '6 years 11 months'
        if self._labelled_age(text, prov, bool(after_label)):
            return  # an age: the model holds none (the year group is worked out from it when nothing states it)
        if _AGE_ONLY.match(text):
            return  # '6 years 11 months' alone: a length of time, which the model does not hold
        if ":" in text and self.labels.is_ignored(text.split(":", 1)[0]):
            self._room_year(*text.split(":", 1), prov)
            return
        words = text.split()
        if ":" not in _CLOCK.sub("", text) and any(self.labels.is_ignored(" ".join(words[:k]))
                                                  for k in range(1, min(5, len(words)))):
            return  # 'My age 4 years 8 months', 'Exported by VS Caseworker 18/11/2025 16:20': a label not held
        if ":" in text and text.split(":", 1)[1].strip() and self._elsewhere(normalise(text.split(":", 1)[0])) \
                and not re.match(r"(?i)\s*(?:yes|no|y|n)\b", text.split(":", 1)[1]):
            return  # 'Attendance at previous school this year: 84.0%': another place's figure, which the model does
            # not hold (it holds this school's); general: a label naming another setting is about that setting.
            # ('Part-time timetable / alternative provision: No' answers a question the model holds: not this.)
        if len(_SCALE_KEY.findall(text)) >= 2:
            return  # 'Effort: 1 = excellent, 4 = cause for concern': the key to a scale, not a value
        if ":" in text and _MONTH_ONLY.match(text.split(":", 1)[1]) \
                and self.labels.concepts.nearest(normalise(text.split(":", 1)[0])) == "next_pep_date":
            return  # 'My next PEP will be on: February 2026': a month is all the form gives, nothing was missed
        head = _BLANK_END.sub("", text)
        if head != text and len(head.split()) <= 14 and not _BLANK_IN.search(head) and not _VALUE_LIKE.search(head):
            return  # 'Learning story finished by setting manager on ..........': a blank left unfilled, nothing to read
        if self._other_fund(text):
            return  # 'Other financial support (not PP+)': about a fund the model does not hold
        if ":" in text and "☐" in text.split(":", 1)[1] and "☒" not in text \
                and re.fullmatch(r"(?:\s*☐\s*[^☐:]{1,30})+\s*", text.split(":", 1)[1]):
            return  # 'EY adviser check: ☐ Good ☐ Requires improvement ☐ Inadequate': no box ticked, nothing answered
        if ":" in text and _TICKED_YES_NO.fullmatch(text.split(":", 1)[1]) and not self._field_match(text.split(":", 1)[0]):
            return  # 'Copy sent to carer?: ☒ Yes ☐ No': a ticked answer to a question the model has no field for is
            # not content left (general: as on a line of check boxes, paragraphs.py), on any form's grid
        bare = _MINUTE_NUMBER.sub("", text)
        if len(bare.split()) <= 4 and self._not_given(bare):
            return  # 'N/A' in a mandatory field, '8.1 None.' in minutes: empty, nothing was left unread
        if ":" in text and self._none_value(text.split(":", 1)):
            return  # 'Attendance last year (%): N/A - started in September', 'Number of suspensions: 0'
        dash = _DASH_PAIR.match(text) if ":" not in text else None
        if dash and self._none_value([dash[1], dash[2]]):
            return  # 'Suspensions this year - 0': a dash stands for the colon (general: forms use either)
        if _SYSTEM_CODE.match(text):
            return  # 'CareLink ID: CL-0448213': a record's number in a case system, not a part of the PEP
        if _NUMBERED_HEADING.match(text):
            return  # '7. Submission': a section heading the model has no part for
        if smart_guidance(text):
            return  # 'For each target think: S Specific ... M Measurable ...': the form's guidance on writing targets
        if ":" in text and _SCALE_OPTIONS.fullmatch(text.split(":", 1)[1]):
            return  # 'ELG: 1 / 2 / 3', 'Judgement: WTS / EXS / GDS': a rating grid's header printing its scale
        if self.period is not None and self.part in ("targets", "pp_plus"):
            self.period_left.append((self.period, text, prov))
            return
        if self._target_field_left(text, prov):
            return  # 'Who will help | Mrs Kaur' after a target: that target's own field (item_fields.py)
        if self.part and _looks_like_content(text, self.labels, self.part):
            self.unclaimed.setdefault(self.part, []).append(prov)
        if ":" in text:
            label, value = text.split(":", 1)
            if label.strip() and value.strip() and len(label.split()) <= 10 and not self.labels.is_placeholder(value) \
                    and not _INSTRUCTION.match(label) and re.search(r"[A-Za-z]{2}", label):
                self.left.append((prov, label.strip(), self.labels.concepts.nearest(normalise(label)), self.part))
        near = self._nearest_part(text)
        if near and near != self.part and _looks_like_content(text, self.labels, None) and self._could_be(text):
            self.unclaimed.setdefault(near, []).append(prov)

    def _room_year(self, label: str, value: str, prov: Provenance) -> None:
        """'Room / stage: Pre-school room (FS1)', 'Class: Year 3 Oak': a class or room the model does not hold,
        named by the year group it is; kept for when no label states the year group. Only a year named in words
        counts ('Class 3' is a class's number in many primaries, not Year 3)."""
        if self.room_year is None and _ROOM_LABEL.search(label) and _YEAR_WORDS.search(value):
            yg = parse_year_group(_YEAR_WORDS.search(value)[0])
            if yg is not None:
                self.room_year = (yg, prov)

    def _none_value(self, pair: list[str]) -> bool:
        """A value saying the field holds nothing: a not-given word with only its reason after it ('N/A -
        started Reception in September'), or a zero count ('Number of suspensions this year: 0')."""
        label, value = pair[0].strip(), pair[1].strip()
        if _COUNT_LABEL.search(label) and re.fullmatch(r"(?:0|nil|none|zero)\.?", value, re.I):
            return True
        if any(re.fullmatch(re.escape(w) + r"\W*(?:\([^()]*\))?\W*", value, re.I) for w in self._prose_words("no_data")):
            return True  # 'Data not yet entered': the system holds no figure yet (general: says none, in words)
        return any(re.match(re.escape(w) + r"\s*(?:$|[-–—(,;])", value, re.I)
                   for w in self._prose_words("not_given") if len(w) <= 4 or "/" in w)

    def _could_be(self, text: str) -> bool:
        """Could the value left under a label be a value of the field the label most resembles? 'Suspensions
        this year: None' resembles the year group, but 'None' is no year group: that field was not missed."""
        dash = _DASH_PAIR.match(text) if ":" not in text else None
        if dash:
            text = f"{dash[1]}: {dash[2]}"  # 'Suspensions this year - 2 days': the dash is the label's colon
        if ":" not in text:  # a value-like line ('Attendance 95.0'), not a numbered heading ('7. Submission (PEP 2)')
            bare = re.sub(r"\([^)]*\)", " ", re.sub(r"^\s*\d{1,2}[.)]\s*", "", text))
            key = self.labels.concepts.nearest(normalise(text))
            c = self.labels.concepts.by_key.get(key) if key else None
            if c and c.type == "date" and not _DAY_NUMBER.search(bare):
                return False  # 'Form finished by DT on   Next PEP spring term 2026': a blank and a term, no date
            return bool(_VALUE_LIKE.search(bare))
        label, value = text.split(":", 1)
        key = self.labels.concepts.nearest(normalise(label))
        c = self.labels.concepts.by_key.get(key) if key else None
        if not c or c.type in ("text", "prose", "name", "proper"):
            return True
        return parse_typed(c.type, value.strip(), c.latest) is not None

    def _nearest_part(self, text: str) -> Optional[str]:
        """The part of the field a 'label: value' left unread most resembles (its best concept, under the
        threshold): that part was not read completely either."""
        label = text.split(":", 1)[0] if ":" in text else text
        if len(label.split()) > 12:
            return None
        near = self.labels.concepts.nearest(normalise(label))
        if not near:
            return None
        head = near.split(".")[0]
        return _FIELD_PART.get(head, _FIELD_PART.get(near, head))

    def _status(self, k: str) -> PartStatus:
        """read / partial / unread / empty / not_found, from what was read under the part and what was left."""
        left = bool(self.unclaimed.get(k))
        if k == "targets" and k not in self.filled and self.unclaimed.get("previous_targets"):
            # Text left unread under the review of the last targets, with no new target read: an item the reader
            # could not place may be a new one (a form asks about last term's targets, then for the new ones in
            # a shape the reader does not know), so the new targets are unread, never empty (the school blamed).
            left = True
        if k in self.filled:
            if not left and _core_missing(self.pep, k) and not (k == "pupil_voice" and self.voice_none_said):
                # (every box of the child's views was read and said 'N/A': the views are not missed, they are none)
                return PartStatus.partial  # other fields read, the one every PEP records not: more likely missed
            if left and _judged_all_read(self.pep, k):
                # Everything the checks judge in this part was read: what is left ('Venue | At the setting', 'My
                # funded hours | 15') cannot make a finding say something is missing. It stays in the unread
                # labels for the officer (unread-labels.csv), but the part is read.
                return PartStatus.read
            return PartStatus.partial if left else PartStatus.read
        if k in self.found or left:
            return PartStatus.unread if left else PartStatus.empty
        return PartStatus.not_found


def _judged_all_read(pep: PEP, part: str) -> bool:
    """Are all the values read that the checks judge as present or missing in this part? Only for the parts of
    single facts whose checks read nothing else (the child: whose plan and which year; the meeting: its date and
    the next one's). A part of items or prose (targets, the voice, PP+) can hide one more item in any unread text,
    and unread text under attendance may be the plan that answers low attendance (AT001), so those are never
    complete while text is left."""
    if part == "child":
        return bool(pep.child.name or pep.child.identifier) and pep.child.year_group is not None
    if part == "meeting":
        return pep.meeting_date is not None and pep.next_pep_date is not None
    return False


def _core_missing(pep: PEP, part: str) -> bool:
    """A document PEP always says whose plan it is and when the meeting was: when the reader read other details
    of the child or the meeting but not these, it missed them (a name in prose, a date in a strip it does not
    know) far more often than the PEP lacks them, so the part is partial and the officer, not the school, is told.
    (A JSON export states its fields, so this applies only to documents.)"""
    if part == "child":
        return not pep.child.name and not pep.child.identifier
    if part == "meeting":
        return pep.meeting_date is None
    if part == "pupil_voice":
        return not pep.pupil_voice.text  # how the views were gathered was read, the views themselves not
    return False


def _looks_like_content(text: str, labels: Labels, part: Optional[str] = None) -> bool:
    """Text left under a part that looks like something the reader should have read.

    In a part made of items (targets, spend lines, attendees, attainment rows) any answer-like text counts:
    it is probably an item laid out in a way the reader does not know. Elsewhere only field-like text counts
    ("Label: value", or a short line holding a number, date, amount or yes/no): longer prose is the
    writer's commentary, which the model does not hold, not a field left unread. Instructions, prompts
    and placeholders never count."""
    t = text.strip()
    if not t or labels.is_placeholder(t) or not re.search(r"[A-Za-z0-9]", t):
        return False
    if _INSTRUCTION.match(t) or (t.endswith("?") and len(t) < 160):
        return False
    if part == "meeting" and not re.search(r"\d", t) and not _MONTH_WORD.search(t):
        return False  # 'Present | Key person; carer', 'Venue | At the setting': no date, so none of the meeting's dates
    if part in _ITEM_PARTS and len(t.split()) >= 5 and _FORM_EXPLAINS.search(t):
        return False  # 'Each EYPP request should link to a next step', 'Targets 1 and 2 are drafted before the meeting'
    if _NUMBERING_NOTE.search(t) and not _VALUE_LIKE.search(_NUMBERING_NOTE.sub(" ", _SECTION_REF.sub(" ", t))):
        return False  # 'Targets are numbered T1, T2 ... in the order below.': how the form numbers its items
    if part == "attendance" and _PERCENT_FIGURE.search(t) and not t.endswith("?"):
        return True  # a percentage under the attendance heading, however it is laid out, is a figure left unread
    if ":" in t:
        label, value = t.split(":", 1)
        value = value.strip()
        if not value or labels.is_placeholder(value) or not re.search(r"[A-Za-z0-9]", value):
            return False
        if _XREF.match(value):
            return False  # 'Interventions: (must link to a next step)', 'see Pupil premium below'

        if part in _ITEM_PARTS or part in ("pupil_voice", "aspirations"):
            return True
        return len(label.split()) <= 8 and len(value.split()) <= 12
    if _MUST.search(t) and not _VALUE_LIKE.search(_SECTION_REF.sub(" ", t)):
        return False  # 'Each request must be linked to one of my next steps above.': the form's rule
    if part in _ITEM_PARTS and len(t.split()) <= 14 and not t.endswith(".") and labels.match_part(t, loose=True):
        return False  # a sub-heading ('New targets agreed at Meeting 2 (Review)')
    if part in _PROSE_ITEM_PARTS or (part in _ITEM_PARTS and _ITEM_START.match(t)):
        return True
    if part in ("pupil_voice", "aspirations") and len(t.split()) >= 4 and not _is_prompt(t):
        return True  # these parts ARE prose: an answer left unread means the part was not read
    if part == "meeting" and _ALL_DATES.search(t):
        return True  # 'We all met at the nursery on 3rd November 2025 ...': the meeting's date, left unread
    # "Attendance this academic year (%) 95.0": a label and its value with no colon. A sentence (ending in a
    # full stop) that mentions a number is commentary.
    return len(t.split()) <= 10 and bool(_VALUE_LIKE.search(t)) and not t.endswith((".", "!"))
