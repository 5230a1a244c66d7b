"""Paragraphs: a heading, a 'Label: value' line, a label above its value, pairs run together or behind
dotted leaders, first-person sentences; what none of these read goes to the voice, the aspirations or
the part's unread text."""
from __future__ import annotations

import re
from typing import Optional

from ...labels import normalise
from ...model import Provenance
from .. import grid, idioms, periods
from ..blocks import Para
from ..concepts import parse_typed
from . import sign_off
from .item_groups import ItemGroupsMixin, asked
from .period_figures import PeriodFiguresMixin
from .patterns import _INSTRUCTION, _LABEL_VALUE, _MUST, _QUOTE, _TYPED_ABOVE, YEAR_ALONE
from .prose_facts import ProseFactsMixin
from .meetings import held_date
from .prose import _word_in, sentences
from .line_shapes import _NUMBERED, LineShapesMixin
from .voice import _FIRST_PERSON, VIEW_WORDS, _is_prompt
from .wording import pattern

_VIEWS_WORD = re.compile(r"\b" + VIEW_WORDS + r"\b", re.I)  # a box's title ('Views of carer')
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_ITEM_MARK = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})?[.)]?\s+\S")  # '3.3 Careers', '2) Maths'
_NUMBERED_TITLE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})?[.)]\s*[A-Z][^.!?:]{2,60}$")  # '3. Strengths and Challenges'
_FIGURES = {"attendance_percent", "meeting_date", "completed_date", "pp_requested", "child.date_of_birth"}
_STATE_DATE = re.compile(r"^(?:\[\s*[xX✓✔]\s*\]\s*|[☒☑✓✔]\s*)?([A-Za-z][A-Za-z ]{2,30}?)\s+(?:on\s+)?(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|"
                         r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}-[A-Z][a-z]{2}-\d{4})\b")  # '[X] Completed 21-Oct-2026
_PRICED = re.compile(r"^(.*?)\s*[-–—:(]?\s*(£\s*\d[\d,]*(?:\.\d{1,2})?)\)?\s*$")  # 'Tablet for the class £200'
_PIPE = re.compile(r"\s+\|\s+")
# A date written out may start with the day's or the month's name ('Thursday 9th October 2025').
_DATE_WORD = re.compile(r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d", re.I)


_PIECES = re.compile(r"\s+[-–—]\s+|;\s+|(?<=[.!?])\s+(?=[A-Z])")
_LABEL_FIGURE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z'’ ]{2,50}?)\s*:?\s+(?P<value>\d{1,3}(?:\.\d+)?\s?%|£\s?\d[\d,]*(?:\.\d\d)?|"
                           r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})(?P<rest>\s*\([^)]*\))?\s*[.;]?\s*$")  # a piece may end its sentence


# The form's hint under a question, printed between the question and its answer box: an input mask
# ('dd/mm/yyyy', 'DD-MM-YY', 'hh:mm'), or a short note on what to type ('Numbers only', 'Whole numbers only',
# 'e.g. 94.5', 'Format: dd/mm/yyyy', '(optional)').
_MASK = re.compile(r"^\(?\s*(?:format\s*:?\s*)?(?:dd|d|mm|m|yy|yyyy|hh)(?:\s*[/.\-:]\s*(?:dd|d|mm|m|mmm|yy|yyyy|hh|mm))+"
                   r"(?:\s+(?:hh\s*:\s*mm))?\s*\)?$", re.I)
_HINT = re.compile(r"^\(?\s*(?:(?:\w+\s+){0,2}(?:numbers?|digits?|figures?|numeric|whole numbers?)\s+only|"
                   r"e\.\s?g\.?\s.{1,30}|for example\b.{1,30}|optional|required|mandatory|max(?:imum)?\s+\d+\s+\w+|"
                   r"\d+\s+(?:characters|words)\s+max(?:imum)?)\s*\)?\.?$", re.I)


# '4. The young person's views. Tariq attended ...': a number, a short topic ending in a full stop, then prose.
_NUMBERED_LEAD = re.compile(r"^\s*\d{1,2}[.)]\s+([A-Z][^.!?:\n]{2,60})\.\s+(\S.{10,})$", re.S)


def _is_hint(text: str) -> bool:
    """A line of the form's own help under a question (see _MASK, _HINT), not the answer."""
    t = text.strip()
    return len(t) <= 40 and bool(_MASK.match(t) or _HINT.match(t))


def _segments(text: str) -> Optional[list[str]]:
    """A line whose pieces are divided by ' | ' (a banner of several fields): the pieces, when at least one
    is a 'Label: value' pair, else None (a '|' inside prose is left alone)."""
    if " | " not in text or "\n" in text:
        return None
    segs = [s.strip() for s in _PIPE.split(text) if s.strip()]
    pairs = [bool(_LABEL_VALUE.match(s)) for s in segs]
    if len(segs) < 2 or any(len(s) > 160 for s in segs) or not any(pairs):
        return None
    if pairs[0] and not any(pairs[1:]):
        return None  # 'PP+ item 1*: tutoring, 10 x 1 hour | £350 | for target 1': one value set out in columns
    return segs


# 'How were the views gathered? Wrote them herself.': a question and its answer on one line (as 'Label: value')


class ParagraphsMixin(PeriodFiguresMixin, ProseFactsMixin, ItemGroupsMixin, LineShapesMixin):  # figures under a period label, the child's
    # details in sentences, 'Target 1 - Area: Reading' groups
    def _take_above(self, text: str, prov: Provenance) -> bool:
        """The value under a label that stood alone on the line above ('Date of meeting' / '14/10/2025')."""
        above, self.above = self.above, None
        m = _LABEL_VALUE.match(text)
        if not above or m and not re.search(r"\d$", m[1]):  # '28/01/2026 10:05': a time, not 'Label: value'
            return False
        if above[0][1] != "question" and _is_hint(text):
            self.above = above  # 'dd/mm/yyyy', 'Numbers only' under the question: the answer is the next line
            return True
        if above[0][1] != "question" and _INSTRUCTION.match(text) and text.rstrip().endswith(".") \
                and self._convert(above[0][0], text) is None:
            # 'Include authorised and unauthorised absence, ...' between 'B5 Attendance this academic year (%)' and
            # its box: the form's guidance on what to enter, the answer still to come
            self.above = above
            return True
        if above[0][1] == "question":
            return self._sen_answer(above[1], text, prov)  # 'EHCP in place' over 'Yes - reviewed in October
        fm = self._field_match(text)
        if fm and (fm[1] == "exact" or fm[0] != above[0][0]):
            return False  # the next label, not this one's value ('Greenacre Infant and Nursery School' is a value)
        own = idioms.unmarked(text, self._unmarked_score)
        if own and (om := self._field_match(own[0])) and om[0] != above[0][0]:
            # 'Name of child Priya Sandhu-Walsh' under the heading '1.) Pupil and school': a line that is another
            # field's label with its value is that pair, not the value of the line above. General: a reader takes
            # a line as the value above only when it is not itself labelled.
            return False
        if self._own_label(text):
            return False  # 'Child' over 'Full name Noah Pemberton': the line has its own label
        return self.set_match(above[0], text, prov, above[1])

    def _aside_pair(self, text: str, above: tuple) -> bool:
        """A line that is a pair of its own between a label and the box under it ('B3 Date of this Education
        Review', then 'Date of last Education Review: 17/06/2026', then the box): another field's, or an earlier
        period's, so the label above still waits for its value."""
        m = _LABEL_VALUE.match(text.strip())
        if not m or not m[2].strip() or above[0][1] == "question":
            return False
        if pattern(self.labels, "past").search(m[1]) or _word_in(self._prose_words("past_words"), m[1]):
            return True
        fm = self._field_match(m[1])
        return bool(fm and fm[0] != above[0][0])

    def _note_above(self, text: str) -> bool:
        """A label alone on its line, of a field whose value can be checked by its type: its value may follow."""
        # a question's number, mandatory mark and trailing note are not words of the label ('26. Total amount
        # being requested this term (£) *')
        bare = re.sub(r"\s*\([^()]*\)\s*[:*]?\s*$", "", asked(text))
        fm = self._field_match(text) if len(bare.split()) <= 8 and not text.endswith((".", "?")) else None
        if fm and fm[0] in _TYPED_ABOVE:
            self.above = (fm, text)
            return True
        if not fm and len(text.split()) <= 10 and self._sen_question(text):
            self.above = (("sen_status", "question", None), text)  # 'Does the child have an EHCP?' / 'Yes'
            return True
        return False

    def _numbered_lead(self, text: str, p: Para) -> bool:
        """A report in numbered paragraphs, each opening with its topic as a short sentence ('6. Targets agreed.
        As required, ...'): the topic heads a part, the rest is that part's paragraph. General: minutes and
        reports number their items so on any form; a topic naming no part is left to the usual reading."""
        lead = _NUMBERED_LEAD.match(text)
        if not lead or len(lead[1].split()) > 8 or _ADVICE.search(lead[1]):
            return False  # ('4. Targets should be small steps.': a procedure's advice on the part, not its heading)
        part = self._heading_part(lead[1], loose=True)
        if not part:
            return False
        self._enter(part, p.prov, lead[1])
        self.para(Para(lead[2], p.prov))
        return True

    def _question_answer(self, text: str):
        """A form's question with its answer on the same line ('How were the child's views gathered? With the
        ELSA, using drawings.'): the question is the label, as 'Label: value' would be, when it names a field.
        General: a question mark ends a printed question the way a colon ends a label, on any form."""
        q = text.find("?")
        rest = text[q + 1:].strip()
        if q < 1 or not re.search(r"[A-Za-z0-9]", rest) or re.fullmatch(r"\([^()]*\)\W*", rest) \
                or len(text[:q].split()) > 14 or ":" in text[:q]:
            return None  # ('When was the meeting held? *', '... (tick one)': a mark or a note, no answer)
        fm = self._field_match(text[:q + 1])
        return _LABEL_VALUE.match(text[:q + 1] + ":" + text[q + 1:]) if fm else None

    def para(self, p: Para) -> None:
        text = p.text.strip()
        if not text or grid.is_sheet_line(text):
            return  # 'PEP_2025-26.xlsx  Sheet: Main': the workbook's running header
        segs = _segments(text)
        if segs:  # 'Review: Second review | Date of PEP meeting: 27 January 2026': each piece is its own line
            for seg in segs:
                self.para(Para(seg, p.prov, p.heading_level, p.bold))
            return
        if (held := held_date(self.labels, text)) is not None:  # 'PEP meeting held 24/09/2026' (meetings.py)
            self.set_field("meeting_date", held, p.prov, "meeting held", "derived")
        stamp = _SUBMITTED_STAMP.search(text)
        if stamp:  # 'Status: Submitted Submitted 03/11/2026 16:42 by Mrs A. Shorrock': a web form's submission stamp
            self.set_field("completed_date", stamp[1], p.prov, "submitted ... by", "derived")
        rest = self._regarding_line(text, p.prov) if p.prov.paragraph is not None and p.prov.paragraph <= 6 else None
        if rest is not None:  # 'Re: BAPTISTE, Kofi DOB 03/02/2015 NCY 6' (prose_facts.py)
            if rest:
                self.para(Para(rest, p.prov, p.heading_level, p.bold))
            return
        sub = _LABEL_VALUE.match(text)
        if sub and self._subtitled_section(sub[1], sub[2], p.prov):
            return  # 'Section F - Young Person's View: what my actions will be': a heading and its subtitle
        split = self._tail_label(sub[1]) if sub and sub[2].strip() else None
        if split:  # 'DOB 03/02/2015 NCY 6 School: St Barnabas ...': pairs without colons, then a labelled one
            self.para(Para(split[0], p.prov))
            self.para(Para(f"{split[1]}: {sub[2].strip()}", p.prov))
            return
        rest = self._dash_run(text, p.prov)  # 'Harvey Lindqvist - Elmstead Park School - Year 7 - ...' (prose_facts.py)
        if rest is not None:
            if rest:  # what is left, read as the line it was ('PEP meeting held 16 Oct 2025')
                self.para(Para(" - ".join(rest), p.prov))
            return
        if self._columns(p):
            return  # 'Student name *   College *' over 'Jade Whitcombe   Kingsmead College'
        if self._spaced_row(p):
            return  # 'Possible sessions   Present   Attendance %' over '56   53   94.6' (spaced_rows.py)
        # a bold paragraph of sentences ('Report written by ..., on 12 October 2026. Copies sent to all.') is prose
        heading_like = bool(p.heading_level or p.bold and not (len(text) > 90 and text.endswith(".")
                                                               and len(sentences(text)) >= 2))
        if heading_like and len(text) <= 90:
            self._title_name(text, p.prov)  # 'Personal Education Plan for Jayden Smith' (sections.py)
        if self.group_slot and self._group_slot_body(text, p.prov):
            return  # the value under 'Funding item 1 - Description:' (item_groups.py)
        if self.above and not heading_like and self._take_above(text, p.prov):
            return
        if not heading_like and (self.slot and self._item_heading_body(text, p.prov)
                                 or self.sub_col and self._sub_heading_body(text, p.prov)):
            return
        self.slot = self.sub_col = None
        self.above = None
        if self._group_pair(text, p.prov, heading_like):
            return  # 'Target 1 - Area: Reading', 'Funding item 2 - Cost (£): 120': a field of item N
        if self._numbered_lead(text, p):
            return  # '4. The young person's views. Tariq attended ...': a numbered paragraph headed by its first words
        m = _LABEL_VALUE.match(text) or self._question_answer(text)
        if m and self.part == "previous_targets" and pattern(self.labels, "new_item").match(text) \
                and self._paren_item(text, p.prov):
            return  # 'New target 1 (English)*: ...' after the review of the last ones: this PEP's target
        if m and self.part == "targets" and _ITEM_MARK.match(m[1]) and len(m[2].split()) >= 5 \
                and _word_in(self._prose_words("goal_words"), m[2]):
            m = None  # '3.3 Careers: Harvey will complete a careers interview ...': item 3.3, its area and its text
        if m and m[2].strip() and not self._field_for(m[1]) and self._labelled_spend(m[1], m[2], p.prov):
            return  # 'PP+ agreed: Maths mentor, ..., £320 (for Target 1).' (spend_lists.py)
        label_is_field = bool(m and (self._field_for(m[1]) or self._typed_pair(m[1], m[2])))
        part = None
        # 'Attendance since September (%): 93.1' is a field, not a heading; a voice line that starts with a
        # part word ('Attendance is better now.') does not end the voice.
        valued = bool(m and m[2].strip()) or text.endswith((".", "!")) or bool(re.search(r"\d\s*%?\s*$", text))
        # 'Tab 4 Review of previous targets Teacher/Lead': a numbered section heading, even in plain type.
        numbered = bool(_NUMBERED.match(text)) and len(text.split()) <= 12 and not text.endswith((".", "!", ":"))
        if not label_is_field and (heading_like or numbered or not valued):
            part = self._heading_part(text, loose=heading_like or numbered)
            if part and self.part == "pupil_voice" and not heading_like and not numbered and normalise(text) not in \
                    self.labels.parts.get(part, ()):
                part = None
        if part and not (heading_like or numbered) and self._own_label(text):
            part = None  # 'Current school Pellbridge Park Primary': a label without colon and its value, no heading
        if part and (heading_like or numbered or len(re.sub(r"\s*\([^()]*\)\s*$", "", text).split()) <= 6):
            # ('Young person's views (if the young person did not attend, a clear reason must be recorded)': the
            # heading is its words before the note)
            self._enter(part, p.prov, text)
            if heading_like and not m:
                self._note_above(text)  # a bold 'Current attendance (%)' over '93.8' heads a part and labels a value
            return
        if not part and self.part == "pupil_voice" and not m and (numbered or _NUMBERED_TITLE.match(text)) \
                and not _is_prompt(text) and not _FIRST_PERSON.search(text):
            # 'TAB 3 Early Years development', '3. Strengths and Challenges': the next numbered section of the
            # form, whatever it holds, is not the child's words
            self.part = None
            self.pending = None
            return
        if not m and self._salutation(text, p.prov):
            return  # 'Dear Mia,': a letter to the child (letters_to_child.py)
        if not m and not heading_like and self._titled_goal_line(text, p.prov):
            return  # 'Target 1 - You will go to ...' in a letter to the child
        if (not m or not label_is_field) and self._item_heading(text, p.prov):
            return  # 'Target 1 - academic (English)', 'Next step 1: Communication and Language': its text follows
        if m and not label_is_field and self._part_intro(m[1], m[2], p.prov):
            return
        if not m and (heading_like or text.endswith("?")) and self._sub_heading(text):
            return  # 'How will we know?' under a target: the next paragraph is its success criteria
        if heading_like and periods.is_period_heading(text):
            # 'Second review - January to April' over the meeting's lines: what follows, down to the next such
            # heading, is that meeting's, whatever parts its own labels start (sections.py, assignment.py)
            self.period = periods.period_rank(text)
            self.block_period = self.period if self.running_record else None
            return
        if heading_like and not m and self._note_above(text):
            return  # a bold label ('Date of PEP meeting') with its value on the next line
        if not m and len(text.split()) <= 6 and not text.endswith((".", "!")) \
                and self.labels.is_ignored(re.sub(r"^\s*\d{1,2}[.)]\s*", "", text)):
            self.part = None  # '8. Any other business', 'Action log': a section the model does not hold ends the part
            self.pending = None
            self.ignored_section = True
            return
        if (heading_like or _APPENDIX.match(text)) and not m and not part \
                and len(re.sub(r"\s*\([^()]*\)\s*$", "", text).split()) <= 10 and self._past_period_heading(text):
            # 'Previous PEPs on record': earlier plans listed with their dates, not this PEP's part. General: a
            # heading naming past plans or terms ends the part above it on any form.
            self.part, self.pending, self.ignored_section, self.past_section = None, None, True, True
            return
        # 'Worker: Jo Trinder (key worker)' in bold over the child's app statement names who sent it, with its
        # value: a field of the statement, not a heading for another writer's box.
        # A plain 'Views of carer' under the child's views: a title of another's box, even in plain type.
        titled_other = self.part == "pupil_voice" and not m and len(text.split()) <= 7 and _VIEWS_WORD.search(text) \
            and not text.endswith((".", "!", "?", '"', "”")) and self._other_writer(text)
        if (p.heading_level or titled_other or heading_like and self.part == "pupil_voice" and self._other_writer(text)
                and not (m and m[2].strip())) and not label_is_field:
            self.part = None  # an unknown heading ends the current part ('How she is doing (teacher)' the voice)
            self.pending = None
            return
        if not m and not heading_like and self._item_runs_on(text):
            return  # the wrapped rest of a numbered item's text (prose_items.py)
        if not m and (signed := sign_off.line_sign_off(self.labels, text, self.prev_text)):
            self.set_field("completed_date", signed, p.prov, "designated teacher's signature date", "derived")
            return  # 'Signed R. Achterberg (DT) Date 20/11/2025' (sign_off.py)
        if not m and not heading_like and self._unmarked_status(text, p.prov):
            return  # 'PEP status Submitted 30/01/2026'
        if self._narrative_item(text, p.prov):
            return
        if self._list_item(text, p.prov, m):
            return
        if not m and not heading_like and self._goal_sentence(text, p.prov):
            return
        if not heading_like and self._paren_item(text, p.prov):
            return  # 'Target 1 (academic, maths): ...' that no rule above read (item_groups.py)
        if self._idiom_pairs(text, p.prov):
            return
        if m:
            if self.pending and self._pending_field(m[1], m[2], p.prov):
                return
            fm = self._field_match(m[1])
            if fm and self.set_match(fm, m[2], p.prov, m[1].strip()):
                return
            if not fm and self._status_date(m[2], p.prov):
                return
            if (not fm or fm[1] != "exact") and self._period_percent(m[1], m[2], p.prov):
                return  # 'Autumn term 2025: 97.4%' (period_figures.py)
            if not fm and self._sen_answer(m[1], m[2], p.prov):
                return  # 'EHC plan in place: Yes'
            if not fm and self._labelled_age(f"{m[1]}: {m[2]}", p.prov):
                return  # 'Age: 3 years 4 months' (prose_facts.py)
            if self.part == "attendees" and self._attendee_line(text, p.prov):
                return
        if self.part == "attendees" and self._attendee_line(text, p.prov):
            return
        if not m and not heading_like and self._child_facts(text, p.prov):
            if self.part == "pupil_voice":
                self.details_in_voice.append(p.prov)
            return  # 'My name is Freya Lomas and I am 3 years 4 months old.': the child's details, not views
        if self.part not in ("pupil_voice", "aspirations"):
            self._meeting_place(text, p.prov)  # 'The PEP meeting was held at Fairholme College on ...' (prose_facts.py)
        if self.part not in ("pupil_voice", "aspirations") and self._sentence_field(text, p.prov):
            return
        if not m and not heading_like and self.part not in ("pupil_voice", "aspirations") and self._note_above(text):
            return
        if self.part not in ("pupil_voice", "aspirations") and not heading_like and len(text) > 60 \
                and self._prose_paragraph(text, p.prov):
            self._fields_in_sentences(text, p.prov)  # '... on 15th October 2025. Attendance since September: 95%.'
            return
        if self.part == "pp_plus" and not m and not heading_like and self._unpriced_sentence(text, p.prov):
            return  # a short line: 'Part of the PP+ will be used for a lunchtime club.' (prose_items.py)
        self._fields_in_sentences(text, p.prov)
        if self.part == "pupil_voice" and not m and self._asked_about_voice(text, p.prov):
            return  # 'How were the views gathered? Talking Mat ...': a question about the voice and its answer
        if self.part == "pupil_voice" and m and m[2].strip() and self._voice_meta(m[1]):
            self.unclaimed.setdefault("pupil_voice", []).append(p.prov)  # about the voice, not the voice
            self._unclaimed(text, p.prov)
            return
        if self.part == "pupil_voice" and not _FIRST_PERSON.search(text) and not _QUOTE.search(text) \
                and self._sentence_facts(sentences(text), p.prov):
            self.part = None  # 'Report written by: Faye Lindqvist, ..., on 29 October 2026': the report's sign-off
            return
        if self.part == "pupil_voice":
            if not _FIRST_PERSON.search(_QUOTE.sub(" ", text)) and self._quoted_voice(text, p.prov):
                return  # a key person's observation under the voice heading: the child's words are the quotes
            self._voice_text(text, p.prov)
        elif self.part == "aspirations":
            self._aspiration(text, p.prov)
        elif not ((pm := _PRICED.match(text)) and self._amount_item(pm[1], pm[2], p.prov)) \
                and not self._data_line(text, p.prov):
            self._unclaimed(text, p.prov)

    def _fields_in_sentences(self, text: str, prov: Provenance) -> None:
        """A paragraph of several sentences, one of them a 'Label: value' figure ('Orla is in P6 at St Columba's.
        Transport: walks with carer. Attendance to date this school year: 97%'): the figure is read too. Only
        figures (dates, percentages, amounts) whose value parses, so a sentence is never taken for a name."""
        sents = _SENTENCE.split(text.strip())
        if len(sents) < 2:
            return
        for sent in sents:
            if YEAR_ALONE.fullmatch(sent.strip().rstrip(".")) and self.pep.child.year_group is None:
                self._prose_fact("child.year_group", sent.strip().rstrip("."), prov, "year in a sentence")
                continue  # 'Academic year 2026/27, autumn term. Year 10. Report date: ...': the child's year
            m = _LABEL_VALUE.match(sent)
            if not m or not m[2].strip():
                continue
            fm = self._field_match(m[1])
            if not fm or fm[0] not in _FIGURES:
                continue
            value = m[2].strip().rstrip(".")
            if self._convert(fm[0], value) is not None:
                self.set_match(fm, value, prov, m[1].strip())

    def _data_line(self, text: str, prov: Provenance) -> bool:
        """A free-text data line of pieces ('Attendance 97.8% (autumn to date) - no suspensions - KS2 SATs May 2026'):
        a piece that is a label followed straight by its figure, with or without a colon, is that field. Only
        figures (a percentage, a date, an amount) whose label names a figure field, so prose is never read as
        a name."""
        done = False
        for piece in _PIECES.split(text.strip()):
            m = _LABEL_FIGURE.match(piece.strip())
            if not m or len(m["label"].split()) > 6:
                continue
            fm = self._field_match(m["label"])
            if not fm or fm[0] not in _FIGURES:
                continue
            value = (m["value"] + (m["rest"] or "")).strip().rstrip(".")
            if self._convert(fm[0], m["value"]) is not None and self.set_match(fm, value, prov, m["label"].strip()):
                done = True
        return done

    def _typed_pair(self, label: str, value: str) -> bool:
        """A label that scores as a figure's concept with a value of that type ('Total PP+ requested this
        cycle: £525.00', 'My name is: Oliver Penhale', even in bold) is that field, not a heading."""
        fm = self._field_match(label) if value.strip() else None
        c = self.labels.concepts.by_key.get(fm[0]) if fm else None
        return bool(c and c.type in ("date", "percent", "money", "name", "year_group")
                    and parse_typed(c.type, value.strip(), c.latest) is not None)

    def _status_date(self, value: str, prov: Provenance, label: str = "") -> bool:
        """A state with its date as the value of a label nothing names ('Status: Submitted 05/12/2025 16:41'):
        the state's word names the date ('Submitted' is when the PEP was completed). Under a label naming the
        designated teacher ('DT: Click when Completed | [X] Completed 21-Oct-2026 by ...') 'Completed' is the
        school completing the PEP, not a section's tick."""
        sm = _STATE_DATE.match(value.strip())
        if not sm:
            return False
        fm = self._field_match(sm[1])
        if fm and fm[0] == "section.completed" and label and sign_off.names_school_signer(self.labels, label):
            fm = ("completed_date", "concept", None)
        if not fm or fm[0] not in ("completed_date", "meeting_date"):
            return False
        return self.set_match(fm, sm[2], prov, sm[1])

    def _own_label(self, text: str) -> Optional[str]:
        """The field a line's own label names when it opens with one of two or more words and a value follows
        ('Full name Noah Pemberton', 'Current school Pellbridge Park Primary'). General: a line that starts with a
        whole label is that label's line, whatever stands above it; a one-word opening ('Year 4') may be a value."""
        words = text.split()
        for i in range(min(5, len(words) - 1), 1, -1):
            if sum(1 for w in words[:i] if re.search(r"[A-Za-z]", w)) < 2 or any(re.search(r"[/(]", w) for w in words[:i + 1]):
                continue  # '☒ SEN records received': a tick is no word of a label; 'Barn y disgybl / Pupil voice': two languages
            key = self._field_for(" ".join(words[:i]))
            if key and not key.startswith("section."):
                return key
        return None

    def _unmarked_status(self, text: str, prov: Provenance) -> bool:
        """'PEP status Submitted 30/01/2026': a short label naming no field, with no colon, then a state and its date,
        read as 'Status: Submitted 30/01/2026' is. General: labels without a colon are read everywhere else too."""
        words = text.split()
        if len(words) > 8 or len(re.findall(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", text)) > 1 or re.search(r"(?i)\bdate", text):
            return False  # 'Date signed off by DT 13/10/2025 10/02/2026': a labelled date per term, read elsewhere
        for i in range(1, min(4, len(words))):
            lead = " ".join(words[:i])
            if re.search(r"\d", lead) or self._field_match(lead):
                return False
            if _STATE_DATE.match(" ".join(words[i:])) and self._status_date(" ".join(words[i:]), prov):
                return True
        return False

    def _part_intro(self, label: str, value: str, prov: Provenance) -> bool:
        """'Pupil premium: we have asked the Virtual School to pay for:' or 'Pupil premium: (must link to the
        targets above)': a part's name as a label, followed by an introduction or the form's instruction,
        starts that part (its items follow)."""
        v = value.strip()
        # 'PP+: School asks for PP+ for: Maths tuition (£320). ...': the introduction, then its items run on. Why
        # general: words ending in a colon (not '1:1') introduce what follows, on one line or on the next.
        run_on = _RUN_ON_INTRO.match(v) if part_named(self, label) == "pp_plus" else None
        if not v or not (v.endswith(":") or v.startswith("(") or _INSTRUCTION.match(v) or _MUST.search(v) or run_on):
            return False
        part = self._heading_part(label)
        if not part:
            return False
        self._enter(part, prov, label.strip())
        if run_on and not v.endswith(":"):
            self._prose_paragraph(run_on[1], prov)
        return True

    def _idiom_pairs(self, text: str, prov: Provenance) -> bool:
        """Check-box questions, dotted leaders and several pairs run together on one line: each pair whose label
        names a field."""
        pairs: list[tuple[str, str]] = idioms.option_groups(text, lambda x: bool(self._field_match(x)))
        boxes = bool(pairs)  # a ticked answer to a question the model has no field for is not content left
        if not pairs and self.part != "pupil_voice" and idioms.LEADER.search(text):
            pairs = idioms.leader_pairs(text, self._leader_label, self._label_score)
        if not pairs and text.count(":") >= 2:
            # a label the labels name to be ignored ('Designated teacher:') still ends the value before it
            pairs = idioms.run_together(text, self._is_label,
                                        lambda x: bool(self._field_for(x)) or self.labels.is_ignored(x))
        done = False
        for label, value in pairs:
            fm = self._field_match(label)
            if fm and self.set_match(fm, value, prov, label):
                done = True
            elif not fm and self._meeting_line_pair(label, value, prov):
                done = True
            elif not fm and value and self._sentence_facts(sentences(f"{label}: {value}"), prov):
                done = True  # 'Report written by: Faye Lindqvist, ..., on 29 October 2026': a sentence with its date
            elif value and not (boxes and not fm):
                self._unclaimed(f"{label}: {value}", prov)
        return done

    def _leader_label(self, text: str) -> bool:
        """A label on a line of dotted leaders: one the labels know, or one they name to be ignored ('Key person')."""
        return self._label_score(text) is not None

    def _label_score(self, text: str) -> Optional[float]:
        """How surely a text is a label: a label the labels name (a field's own, or one to ignore: 'Key person')
        above any concept score ('School Key person' scores as a school label, but 'Key person' is named)."""
        if self._field_for(text):
            return 10.0
        if self.labels.is_ignored(text):
            return 5.0
        fm = self._field_match(text)
        return (fm[2] or 1.0) if fm else None

    def _unmarked_score(self, label: str, value: str) -> Optional[float]:
        """How well a label with no colon and the words after it read as a field and its value (None: not)."""
        fm = self._field_match(label)
        if not fm or not value[:1].isalnum() and value[:1] not in "£(":
            return None
        if _LABEL_GOES_ON.match(value):
            return None  # 'Views of the child/young person (in their own words)': the label goes on, no value follows
        key, how, sc = fm
        c = self.labels.concepts.by_key.get(key)
        kind = c.type if c else ("date" if key.endswith("date") else "text")
        if kind in ("date", "percent", "money", "year_group") and not re.match(r"[\d£(]|(?:year|reception|nursery)", value, re.I) \
                and not (kind == "date" and _DATE_WORD.match(value)):
            return None
        if parse_typed(kind, value, bool(c and c.latest)) is None:
            return None
        return (sc or 1.5) + 0.01 * len(label.split())

    def _sentence_field(self, text: str, prov: Provenance) -> bool:
        """'My setting is Kind Hands Nursery', 'I am in Year 8', 'Attendance this academic year (%) 95.0'."""
        if len(text) > 160 or _LABEL_VALUE.match(text):
            return False  # a 'Label: value' line whose label named nothing is not read another way
        if self._field_for(text):
            return False  # 'School year (please circle)' is a whole label, not 'School' with a value
        fp = idioms.first_person(text)
        if fp and self.labels.is_ignored(fp[0]):
            return False  # 'My room is the Pre-school room': a thing the model does not hold, not the setting
        if fp:
            fm = self._field_match(fp[0])
            if fm and self.set_match(fm, fp[1], prov, fp[0]):
                return True

        score = self._unmarked_score
        done = False
        def same(a: str, b: str) -> bool:
            fa, fb = self._field_match(a), self._field_match(b)
            return bool(fa and fb and fa[0] == fb[0])

        for label, value in idioms.unmarked_all(text, score, same):
            if label.rstrip().endswith((".", "!", "?")):
                continue  # '... at St Barnabas CE Primary School. Kofi is in Year 6.': a sentence's end, no label
            fm = self._field_match(label)
            if fm and self.set_match(fm, value, prov, label):
                done = True
        pieces = _DASH_PIECES.split(text)
        if not done and 2 <= len(pieces) <= 4:
            # 'Autumn term 2026 – plan meeting held Tuesday 13 October 2026': a title's pieces joined by dashes, one
            # of them a label and its date. General: a dash between phrases parts them as a comma would.
            for piece in pieces[1:]:
                for label, value in idioms.unmarked_all(piece, score, same):
                    fm = self._field_match(label)
                    if fm and fm[0] in _FIGURES and self.set_match(fm, value, prov, label):
                        done = True
        return done


_SUBMITTED_STAMP = re.compile(r"(?i)(?<!not )\bsubmitted\s+(?:on\s+)?(\d{1,2}[/.]\d{1,2}[/.]\d{4})(?:,?\s+(?:at\s+)?\d{1,2}:\d{2})?\s+by\s+\S")
_LABEL_GOES_ON = re.compile(r"(?:of|for|from|about|by|to|with|and|or|in|on)\s", re.S)
_APPENDIX = re.compile(r"(?i)^\s*(?:appendix|annex|attachment|enclosure)\s+[A-Z0-9]{1,2}\b")
_ADVICE = re.compile(r"(?i)\b(?:should|must|need\s+to|needs\s+to|ought\s+to|are\s+to\s+be|is\s+to\s+be)\b"
                     # 'Talk to me, not about me', 'Ask me where ...': a child's tip to the adults, not a topic
                     r"|^\s*(?:talk|ask|tell|let|listen|help|give|show|don'?t|do\s+not)\b(?=.*\bme\b)")
_DASH_PIECES = re.compile(r"\s+[–—-]\s+")
_RUN_ON_INTRO = re.compile(r"^[^:£\d]{3,80}(?<!\d):(?!\d)\s+(\S.*)$", re.S)


def part_named(reader, label: str):
    """The part a label names, if any (for an introduction whose items follow on the same line)."""
    return reader._heading_part(label) if label and len(label.split()) <= 6 else None
