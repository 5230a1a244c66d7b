"""The shapes of text the interpreter recognises, shared by its modules: 'Label: value', narrative
targets, list items, attendee lines, instructions and cross-references printed on forms."""
from __future__ import annotations

import re
from typing import Optional

from .. import tables

TABLE_KINDS = tables.TABLE_KINDS
_KIND_PART = {"targets": "targets", "previous_targets": "previous_targets", "pp_spend": "pp_plus",
              "attendees": "attendees", "attainment": "attainment", "exclusions": "attendance"}
# Which part a single field's value shows was located.
_FIELD_PART = {"child": "child", "school": "school", "meeting_date": "meeting", "completed_date": "meeting",
               "next_pep_date": "meeting", "term": "meeting", "academic_year": "meeting",
               "attendance_percent": "attendance", "sen_status": "sen", "pupil_voice": "pupil_voice",
               "pp_requested": "pp_plus", "pp_impact_review": "pp_plus", "aspirations": "aspirations",
               "roni": "virtual_school"}
_SUBPART_OF_DT = {"attainment", "attendance", "sen", "previous_targets", "targets", "pp_plus", "aspirations"}
_LABEL_VALUE = re.compile(r"^\s*([^:\n]{1,70}?)\s*[:：]\s*(.*)$", re.S)
_NARR_TARGET = re.compile(
    r"^\s*(previous\s+)?(?:target\s*|tgt\s*|t)(\d{1,2}|(?<=target\s)[A-H](?=\s*[(:\-–—]))\s*(?:\(([^)]{1,60})\)|[-–—]\s*([^:]{1,40}?))?\s*[:.]\s*(.+)$", re.I | re.S)
_ATTENDEE_LINE = re.compile(
    r"^\s*(?:(apologies|absent|sent apologies|not present)\s*[:\-–—]\s*)?(.+?)(?:\s+[-–—]\s+|\s*\(|,\s+)(.+?)\)?\s*$", re.I)
_ACADEMIC_YEAR = re.compile(r"\b(20\d{2})\s*[-/–]\s*(?:20)?(\d{2})\b")


def _clean(text: str) -> Optional[str]:
    """A field value on one line: line breaks in a cell are wrapping (PDF) or layout (Word), not meaning."""
    t = re.sub(r"\s+", " ", text or "").strip()
    return t or None


_INSTRUCTION = re.compile(
    r"^\s*(?:\(?\s*(?:please|to be completed|complete|record|list|describe|include|note|guidance|"
    r"this section|use this|tick|circle|delete as)\b|\[)", re.I)


_ITEM_PARTS = {"targets", "previous_targets", "pp_plus", "attendees", "attainment"}
_PROSE_ITEM_PARTS = {"targets", "previous_targets", "pp_plus"}  # where even plain sentences are the items
_ITEM_START = re.compile(r"^\s*(?:\d{1,2}\s*[.):]|[a-h]\s*[.)]|[•\-–*▪●]|(?:target|item|line)\s*\d)", re.I)
_VALUE_LIKE = re.compile(r"\d|£|%")
# Fields whose value under a lone label is accepted only when it parses as the field's type.
_TYPED_ABOVE = {"child.name", "child.date_of_birth", "child.year_group", "school.name", "meeting_date", "completed_date",
                "next_pep_date", "attendance_percent", "pp_requested", "child.forename", "child.surname"}
_LIST_ITEM = re.compile(
    r"^\s*(?:\(?(\d{1,2}|[a-h](?=\))|[A-H](?=[.)]\s)|(?<=\()(?:i{1,3}|iv|vi{0,3})(?=\)))\s*[.)]|[•\-–*▪●○◦])\s*(?:[(\[]([^)\]]{1,40})[)\]]\s*[:\-–]?\s*)?(.+)$",
    re.S)  # '1. (English) Maya will ...', '(a) [English] Kofi will ...', '• Maya will ...'
# 'The next PEP will be held in the spring term': a sentence about the meeting, never an item of the plan.
_ABOUT_MEETING = re.compile(r"^(?:the\s+)?(?:next|last|previous|this)\s+(?:pep|meeting|review|report)\b", re.I)
_SLOT = re.compile(r"^\s*(?:target|next step|step|outcome|aim)\s*(?:no\.?\s*)?\d{0,2}\s*[:.]?\s*$", re.I)
_XREF = re.compile(r"^\s*(?:\([^)]*\)\s*$|see\b|refer to\b|as (?:above|below|per)\b|n/?a\s*$)", re.I)
_MUST = re.compile(r"\b(?:must|should|will not be agreed|is claimed by)\b", re.I)

# A quotation in double or curly quotes ('"I like the quiet room."', '‘it is too loud’'): the words inside.
_QUOTE = re.compile(r"[\"“]([^\"“”]{3,400}?)[\"”]|‘([^‘]{3,400}?)’(?![A-Za-z])")
# A label or row naming a past period ('Attendance last year', 'Previous academic year'): that period's, not this one's.
_PAST = re.compile(r"\b(?:last|previous|prior|preceding)\s+(?:academic\s+)?(?:year|term|half[- ]term|pep)\b")

# The SMART mnemonic printed by the form ('S Specific ... M Measurable ... T Time-bound'): guidance, never a target.
_SMART_WORD = re.compile(r"\b(specific|measurable|achievable|attainable|realistic|relevant|time[- ]?bound|timed|time[- ]?limited)\b")


def smart_guidance(text: str) -> bool:
    """Four or more of the SMART words in one text: the form's guidance on writing targets."""
    return len(set(_SMART_WORD.findall((text or "").lower()))) >= 4
# A percentage written any way ('94.2%', '94 %', 'Attendance %: 94.93', '94 per cent').
_PERCENT_FIGURE = re.compile(r"\d\s?%|%\s*[:=]?\s*\d|\b\d{1,3}(?:\.\d+)?\s*per\s*cent\b", re.I)


# A year group standing alone ('Year 10', 'NCY 12', 'Reception'): a piece of a title line or a sentence of its own.
YEAR_ALONE = re.compile(r"(?:NCY|Year|Yr)\s*\d{1,2}|Reception|Nursery", re.I)

# A spend line's value saying there is none ('No PPG needed', 'N/A', 'Not this term'), and the price after what a
# cell buys ('Name cards - £25', 'Phonics sessions (£180)'): shared by the readers of spend inside item tables.
NO_ITEM = re.compile(r"^(?:no|none|n/?a|nil|not)\b", re.I)
TRAILING_PRICE = re.compile(r"[\s\-–—:,(]*£\s*\d[\d,]*(?:\.\d{1,2})?\)?[\s.]*$")
