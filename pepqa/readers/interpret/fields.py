"""Single fields: a label matched to a field (an exact synonym, else the concept its words score as) and its
value converted to the field's type. A concept match whose value does not parse is rejected."""
from __future__ import annotations

import re
from datetime import date

from typing import Any, Optional

from ...labels import bilingual_halves, normalise
from ...model import Provenance, Section
from ...values import _NCY, checked_option, parse_bool, parse_date, parse_int, parse_money, parse_percent, parse_year_group
from .. import periods
from ..concepts import is_remark, parse_typed, stem
from . import sign_off
from .wording import pattern
from .patterns import _ACADEMIC_YEAR, _FIELD_PART, _clean


_PAST_YEAR = re.compile(r"\b(?:last|previous|prior|preceding)\s+(?:academic\s+|school\s+)?year\b", re.I)
_SINCE_PAST = re.compile(r"\b(?:since|from|after)\s+(?:the\s+)?(?:last|previous|prior)\b", re.I)


_DETERMINER = re.compile(r"^(?:our|the|this|your)\s+(?=\S)")  # a label addressing its reader

class FieldsMixin:
    def _field_for(self, label: str) -> Optional[str]:
        if pattern(self.labels, "past").search(label or ""):
            return None  # 'Attendance % (last academic year)': the same field for a past period, not this PEP's
        n = normalise(label)
        if not n or len(n) > 70:
            return None
        cands = [k for k, syns in self.labels.fields.items() if n in syns]
        if not cands and (bare := _DETERMINER.sub("", n)) != n:
            # 'Our Young Person', 'The school': a label's leading determiner says whose, not what
            cands = [k for k, syns in self.labels.fields.items() if bare in syns]
        if not cands:
            return self._half_for(label, self._field_for)
        part = self.part or ""

        def rank(k: str) -> int:
            head = k.split(".")[0]
            if head == part or (part == "pupil_voice" and k.startswith("pupil_voice.")):
                return 0
            if k.startswith("section."):
                return 2 if self.section else 9
            if k.startswith("pupil_voice."):
                return 3  # voice-only labels ('completed by', 'views') elsewhere are weaker
            return 1

        best = min(cands, key=rank)
        return None if rank(best) == 9 else best

    def _field_match(self, label: str) -> Optional[tuple[str, str, Optional[float]]]:
        """(field, how, score) for a label: an exact synonym first, then the concept its words score as."""
        key = self._field_for(label)
        if key:
            return key, "exact", None
        if pattern(self.labels, "past").search(label or ""):
            return None
        n = normalise(self._expand(label))
        if not n or len(n) > 90:
            return None
        # 'Setting section submitted on': the setting's (the school's) own section is the school's part of the PEP,
        # so its submission is the completion; another's section ('Social worker section completed') stays ruled out
        n = _SCHOOLS_SECTION.sub(r"\1", n)
        m = self.labels.concepts.best(n)
        if m and not self._bracket_rules_out(label, m.key):
            return m.key, "concept", m.score
        if "(" in (label or "") and self._item_title(label):
            return None  # 'Priority 3 (Options / careers)': an item's title, its bracket the item's area, no field
        abbr = _TRAIL_ABBR.search(label or "")
        if abbr and not self._field_for(re.sub(r"\(.*", "", label)):
            key = self._field_for(abbr[1])  # 'Year of study (NCY)': the abbreviation in brackets names the field
            if key and not key.startswith("section."):
                return key, "exact", None
        head = _GLOSS_END.sub("", label or "")
        if head != label and head.strip() and len(head.split()) <= 5:
            got = self._field_match(head)
            if got and not got[0].startswith("section.") and not _ASKED_IN_BRACKET.search(label):
                # 'My attendance (sessions attended out of sessions booked, and any reasons for absence):': the
                # bracket says what to write in the box; the words before it name the field
                return got
        asked = _ASKED_IN_BRACKET.search(label or "")
        if asked and (key := self._field_for(asked[1])) and not key.startswith("section."):
            # 'My school is a (please enter type of school):': the bracket says what the box asks for. Why
            # general: a form's own instruction naming what to enter names the field better than its prompt.
            return key, "exact", None
        half = self._half_for(label, self._field_match)
        if half is None and self.part in _PART_WORD and len(n.split()) <= 6 and _PART_WORD[self.part] not in n \
                and re.match(r"^[^\W\d]{3,}", n):
            # 'This academic year % | Last academic year %' under the heading 'Attendance': a label inside a part
            # is read with the part's name before it when alone it names nothing (its value must still parse)
            m = self.labels.concepts.best(f"{_PART_WORD[self.part]} {n}")
            if m and m.key.startswith(self.part):
                return m.key, "concept", m.score
        return half

    def _item_title(self, label: str) -> bool:
        """Does a label open as a numbered item's title ('Priority 3', 'Target Two (academic)')?"""
        title = pattern(self.labels, "title").match(label or "")
        return bool(title and title[1])

    def _half_for(self, label: str, match):
        """A label in two languages ('Ysgol / School', 'Presenoldeb eleni / Attendance this year') names what
        one of its halves names; when both halves name different fields ('Name / Date of birth') it names
        neither."""
        if self._item_title(label):
            return None  # 'Priority 3 (Options / careers)': an item's title with its area, not two languages
        halves = bilingual_halves(label)
        if not halves or any(self._known_elsewhere(h) for h in halves):
            return None  # 'Name / Signature', 'Name / Role': two things asked in one language, not one in two
        got = [g for g in (match(h) for h in halves) if g]
        keys = {g[0] if isinstance(g, tuple) else g for g in got}
        return got[0] if len(keys) == 1 else None

    def _known_elsewhere(self, half: str) -> bool:
        """A half that is a label of something else the labels know (an ignored label, a column of a table)."""
        n = normalise(half)
        return self.labels.is_ignored(half) or any(n in syns for syns in self.labels.columns.values())

    def _bracket_rules_out(self, label: str, key: str) -> bool:
        """Matching ignores a trailing bracket, but a negative word inside it still rules the concept out
        ('My school is a (please enter type of school)' asks for the type, not the name)."""
        c = self.labels.concepts.by_key.get(key)
        inside = " ".join(re.findall(r"\(([^)]*)\)", label or ""))
        if not c or not inside:
            return False
        return any(stem(w) in c.negative or w in c.negative for w in re.findall(r"[a-z]+", inside.lower()))

    def _ncy_answer(self, label: str, value: str, prov: Provenance) -> bool:
        """'Year of study | Year 1 of 2 (NCY 12)': a label about a year whose value names the national curriculum
        year as such gives the year group, though the label alone names no field (a course's year is not one).
        General: 'NCY 12' written out is the year group on any form."""
        if len(label.split()) > 6 or not re.search(r"(?i)\byear\b", label) or not _NCY.search(value or ""):
            return False
        return self.set_field("child.year_group", value, prov, label.strip(), "concept", 1.0)

    def _is_label(self, label: str) -> bool:
        return self._field_match(label) is not None

    def _earlier_school_year(self, label: str) -> bool:
        """Does a label name a school year ('2025/26', '2025-2026') before the one of the meeting read so far?"""
        m = _ACADEMIC_YEAR.search(label)
        when = [c[0] for c in self.candidates.get("meeting_date", []) if isinstance(c[0], date)]
        if not m or not when:
            return False
        held = max(when)
        return int(m[1]) < (held.year if held.month >= 9 else held.year - 1)

    def set_match(self, fm: tuple[str, str, Optional[float]], raw: str, prov: Provenance, label: str) -> bool:
        """Set the field a matched label names. A concept match whose value does not parse as the concept's
        type is rejected (returns False) so the text can be read another way."""
        key, how, score = fm
        note = _LEAD_NOTE.match(raw or "") if key in _FIGURE_FIELDS else None
        if note and not pattern(self.labels, "past").search(note[0].strip()):
            raw = raw[note.end():]  # '(year to date, from the register) 94.2'; '(last year) 93%' is another year's
        if how == "exact":
            return self.set_field(key, raw, prov, label)
        c = self.labels.concepts.by_key[key]
        raw = self._name_over_address(key, raw)
        typed = parse_typed(c.type, raw, c.latest)
        if typed is None:
            return False
        if key in ("child.forename", "child.surname"):
            self.found.add("child")
            self.filled.add("child")
            if key not in self.name_parts:
                self.name_parts[key] = typed
                self._note(key.replace("child.", "child.name_"), prov, label, how, score)
            return True
        text = typed.isoformat() if hasattr(typed, "isoformat") else str(typed)
        if c.type == "year_group":
            text = f"Year {typed}" if typed > 0 else ("Reception" if typed == 0 else "Nursery")
        return self.set_field(key, text, prov, label, how, score)

    def _typed_concept(self, label: str, value: str) -> Optional[tuple[str, str, Optional[float]]]:
        """The one concept among those a label could name whose type its value parses as ('Attendance (%) at date
        of meeting | 92.5%': attendance, not the meeting date), when the label alone was too close to call."""
        if pattern(self.labels, "past").search(label or "") or self._elsewhere(normalise(label)):
            return None
        bare = _AS_AT.sub(" ", label)
        if bare != label and (fm := self._field_match(bare)) and (c := self.labels.concepts.by_key.get(fm[0])) \
                and c.type != "text" and parse_typed(c.type, value, c.latest) is not None:
            return fm  # 'Attendance (%) at date of meeting': the figure as at the meeting, not the meeting's date
        n = normalise(self._expand(label))
        fits = [m for m in self.labels.concepts.rank(n) if (c := self.labels.concepts.by_key.get(m.key))
                and c.type != "text" and parse_typed(c.type, value, c.latest) is not None]
        if len(fits) == 1 or len(fits) > 1 and fits[0].score - fits[1].score >= 0.3:
            return fits[0].key, "concept", fits[0].score
        return None

    def _name_then_pair(self, value: str, prov: Provenance) -> str:
        """'Amara Okonjo-Reeve Academic year 2026-27' after 'Pupil:': another field's label and value run on after
        the name, without a colon. The pair is read as that field and the name is what comes before it."""
        words = value.split()
        for k in range(2, len(words) - 1):
            for j in range(k + 1, min(k + 5, len(words))):
                label, rest = " ".join(words[k:j]), " ".join(words[j:])
                fm = self._field_for(label)
                if not fm or fm.startswith(("child.", "section.")) or not label[:1].isupper():
                    continue
                c = self.labels.concepts.by_key.get(fm)
                typed = parse_typed(c.type, rest, c.latest) is not None if c and c.type != "text" else \
                    fm == "academic_year" and bool(_ACADEMIC_YEAR.fullmatch(rest.strip()))
                if typed:
                    self.set_field(fm, rest, prov, label, "derived")
                    return " ".join(words[:k])
        return value

    def _name_over_address(self, key: str, raw: str) -> str:
        """'Little Acorns Day Nursery\nPark Lane, ...\n15 funded hours': a setting's name over its address and
        hours in one box is the name on its first line."""
        if key == "school.name" and raw and "\n" in raw.strip() and self._names_school(raw.strip().split("\n")[0].strip()) \
                and not self._names_school(" ".join(raw.split())):
            return raw.strip().split("\n")[0]
        return raw

    def set_field(self, key: str, raw: str, prov: Provenance, label: str, how: Optional[str] = None,
                  score: Optional[float] = None) -> bool:
        """Set a single field from text; returns False if the label/value did not fit."""
        raw = self._name_over_address(key, raw)
        value = _clean(raw)
        pep = self.pep
        if self.past_section and key in _PER_PEP and value:
            # 'PEP held on 30 June 2026. Attendance at that time: 86.0%' under 'Summary of the previous PEP': that
            # PEP's, never this one's
            self.claims.append((prov, "set aside: an earlier PEP's", "exact"))
            return True
        if key.startswith("section."):
            sec = self.section
            if not sec:
                return False
            s = pep.sections.setdefault(sec, Section())
            attr = key.split(".", 1)[1]
            if attr == "completed":
                v = parse_bool(value)
            elif attr == "signed_date":
                v = parse_date(value)
            else:
                v = value
            if getattr(s, attr) is None and v is not None:
                setattr(s, attr, v)
                self._note(f"sections.{sec}.{attr}", prov, label)
                if attr == "signed_date" and (self.signer == "designated_teacher"
                                              or sign_off.dt_signature_line(self.labels, self.prev_text)):
                    # the date under 'Designated Teacher sign-off' is the school's signature: the weakest
                    # reading of the completion date, as in a sign-off grid (sign_off.py)
                    self.set_field("completed_date", value, prov, "designated teacher's signature date", "derived")
            self.found.add(sec)
            if v is not None:
                self.filled.add(sec)
            return True
        if key in ("child.name", "school.name") and value and (not re.search(r"[A-Za-z]", value) or _STATE_WORD.fullmatch(value)):
            return False  # 'Young person | ☒' in a row of who attended, '| Young person | Completed' in a task list
        if key == "child.name" and value:
            # 'Tobias Okonjo (7KW)': a school system prints the registration group after the name; not the name
            value = _surname_first(re.sub(r"\s*\((?=[^)\s]*\d)[A-Za-z0-9/\-]{1,8}\)\s*$", "", value))
            value = self._name_then_pair(value, prov)
            value = _name_before_phrase(value)
            year = _NAME_THEN_YEAR.search(value)
            if year and len(value[:year.start()].split()) >= 2:
                # 'Pupil: Maisie Oyelaran Year 5': the child's year after the name, on the same line
                self.set_field("child.year_group", year[1], prov, label, "derived")
                value = value[:year.start()].strip(" ,-–")
        head = key.split(".")[0]
        if key == "aspirations" and self.part == "pupil_voice" and value and len(value.split()) >= 2:
            self._voice_text(raw, prov)  # 'What I want to be' answered in the child's own words is their voice too
        part = _FIELD_PART.get(head, _FIELD_PART.get(key, head))
        self.found.add(part)
        if value is None:
            return True
        if key == "pupil_voice.text" and value and re.fullmatch(r"[\d\s.,]+", value):
            self.unclaimed.setdefault(part, []).append(prov)  # 'Views | 3': a figure whose meaning is not known
            return True
        if key == "pupil_voice.text" and value and all(self._form_line(x) for x in value.split("\n") if x.strip()):
            return True  # '0 / 2 (0%)' beside 'Young Person's Views': the form's count of its fields, not the words
        if key == "pupil_voice.text" and value and all(self._about_the_voice(x) and not self._no_views(x)
                                                       for x in value.split("\n") if x.strip()):
            # 'Pupil voice: Tayo's own words are marked with his name above.': a note on where the words stand,
            # never the words; the part holds content, so if no words are read elsewhere it is partly read (the
            # officer told), never empty (the school told)
            self._fill("pupil_voice")
            return True
        conv = self._convert(key, value)
        if conv is None:
            if key in _DATE_FIELDS and periods.period_rank(value) is not None \
                    or key == "next_pep_date" and _MONTH_YEAR.match(value):
                return True  # 'Next PEP: summer term 2026': a term, not a date; nothing was missed
            if key != "school.type" and not self._none_value([label or "", value]):
                # a value that does not parse as its type was not read; 'N/A - started 3 November' says none
                self.unclaimed.setdefault(part, []).append(prov)
            return True
        if key == "attendance_percent" and self._earlier_school_year(label or ""):
            # 'Attendance 2025/26: 84.0%' beside 'Attendance this year to date' in a 2026/27 PEP: last year's figure
            self.claims.append((prov, "set aside: an earlier year's attendance", "exact"))
            return True
        if key == "attendance_percent" and _PAST_YEAR.search(label or "") \
                and not _SINCE_PAST.search(label or ""):
            # 'Previous academic year attendance %: 97.00': last year's figure is history, never this year's, even
            # when it stands alone (this year's not yet given): a form of any layout labels the year it reports.
            self.claims.append((prov, "set aside: an earlier year's attendance", "exact"))
            return True
        self.filled.add(part)
        obj: Any = pep
        *path, attr = key.split(".")
        for p in path:
            obj = getattr(obj, p)
        if key == "pp_requested" and self.period is not None and getattr(obj, attr) is not None \
                and self.period > (getattr(self, "_req_period", None) or 0):
            setattr(obj, attr, None)  # 'PP+ requested at PEP 2' after 'at PEP 1': the latest period's amount
            self.pep.provenance.pop(key, None)
        if getattr(obj, attr) in (None, "", []):
            setattr(obj, attr, conv)
            self._note(key, prov, label, how, score)
            if key == "pp_requested":
                self._req_period = self.period
        self._candidate(key, conv, prov, label, how, score, value if isinstance(value, str) else "")
        if key == "term":
            m = _ACADEMIC_YEAR.search(value)
            if m and not pep.academic_year:
                pep.academic_year = f"{m[1]}-{m[2]}"
                self._note("academic_year", prov, label)
        if key == "school.type" and not pep.school.type_text:
            pep.school.type_text = value
        return True

    def _sen_question(self, label: str) -> Optional[str]:
        """A yes/no question naming a SEN status ('EHCP in place', 'Does the child have an EHC plan?', 'On SEN
        support?'): the status it asks about, else None."""
        n = normalise(label)
        if not n or len(n.split()) > 10 or self._field_for(label):
            return None
        status = self.labels.match_value("sen_status", n)
        return status if status in ("ehcp", "sen_support") else None

    def _sen_answer(self, label: str, value: str, prov: Provenance) -> bool:
        """The yes/no answer to a SEN question is read, so it is not left as unread text, but sets nothing: a
        form that asks 'EHCP in place?' keeps the needs and provision in the EHCP (or beside its outcomes),
        where the SEN checks would not find them, and would tell the school they are missing. 'No' says only
        that this status does not apply. Returns False when the label is no such question or the value no
        yes/no answer."""
        words = (value or "").strip().split()
        ans = parse_bool(re.sub(r"[^\w]+$", "", words[0])) if words else None
        if self._sen_question(label) is None or ans is None:
            return False
        self.claims.append((prov, "sen_status (a yes/no question, not set)", "question"))
        return True

    def _convert(self, key: str, value: str) -> Any:
        L = self.labels
        if key in ("child.date_of_birth", "child.date_entered_care", "meeting_date", "completed_date",
                   "next_pep_date", "provision_review_date"):
            return parse_date(value)
        if key == "child.year_group":
            return parse_year_group(value)
        if key == "school.name":
            # 'Kingsmead College, Riverside Campus': a site of the college; 'Hexley Brook School (Maintained special
            # school - ASC/SLD)': the kind of school after its name, which is not part of it
            if is_remark(value):
                return None  # 'School | Settled in class; good friendships.': the school's view, not its name
            value = _KIND_AFTER.sub("", _CAMPUS.sub("", value) or value) or value
            head, sep, rest = value.partition(",")
            if sep and _ADDRESS.search(rest) and self._names_school(head.strip()):
                return head.strip()  # 'Little Acorns Day Nursery, Brinscall Road': the name, then its street
            return value
        if key == "school.type":
            return L.match_value("school_type", value)
        if key == "term":
            # 'Second review (January to April)': a term named by the months it starts in (general: English school
            # terms run September-December, January-Easter, Easter-July on every authority's calendar)
            return L.match_value("term", value.split()[0]) or L.match_value("term", value) or term_of_months(value)
        if key == "academic_year":
            m = _ACADEMIC_YEAR.search(value)
            return f"{m[1]}-{m[2]}" if m else value
        if key == "attendance_percent":
            return parse_percent(value)
        if key in ("part_time_timetable", "pupil_voice.child_attended"):
            return parse_bool(value)
        if key == "sen_status":
            return L.match_value("sen_status", checked_option(value) or "")
        if key == "sdq_score":
            return parse_int(value)
        if key == "pp_requested":
            return parse_money(value)
        return value


# the word a part's own labels leave out, being under its heading ('Attendance' over 'This academic year %')
_PART_WORD = {"attendance": "attendance"}
_AS_AT = re.compile(r"(?i)\s*\b(?:as\s+)?(?:at|on|by)\s+(?:the\s+)?(?:date|time)\s+of\s+(?:the\s+)?(?:pep|meeting|review)\b(?:\s+meeting)?")


def _name_before_phrase(value: str) -> str:
    """'Reuben Filled in before my PEP meeting' (a booklet's 'Name:' run into the line after it): the name ends
    before the phrase, whose first word is capitalised and whose next ones are not ('de', 'van', 'bin' are a
    name's own)."""
    bare = re.sub(r"\s*\([^()\d]*\)\s*$", "", value)  # ('(Year 8)' after the name is read for the year)
    if bare != value and bare.strip():
        return _name_before_phrase(bare)  # 'Ruby-Mae Ashworth (known as Ruby)': the bracket is a note on the name
    words = value.split()
    low = next((i for i, w in enumerate(words) if w[:1].islower() and w.lower() not in _NAME_PARTICLES), None)
    if low is None or low < 1:
        return value
    cut = low - 1 if low >= 2 and words[low - 1][:1].isupper() else low
    return " ".join(words[:max(cut, 1)])


_NAME_PARTICLES = {"de", "da", "van", "von", "der", "den", "bin", "binti", "al", "el", "le", "la", "du", "del", "di", "dos", "y"}
_SCHOOLS_SECTION = re.compile(r"\b(setting|school|education|educational|dt|designated teacher)(?:'s)? section\b")
_ADDRESS = re.compile(r"(?i)\b(?:road|rd|street|st|lane|ln|avenue|ave|close|drive|way|crescent|place|court|grove|"
                      r"terrace|hill|gardens|square|park\s+road)\b|\b[A-Z]{1,2}\d{1,2}\s?\d[A-Z]{2}\b")
_PER_PEP = {"meeting_date", "completed_date", "attendance_percent", "pp_requested", "next_pep_date"}
_STATE_WORD = re.compile(r"(?i)\s*(?:completed?|submitted|outstanding|in progress|not started|draft|pending|awaiting"
                         r"|done|yes|no|n/?a|present|absent|attended|sent)\s*\.?\s*")
_NAME_THEN_YEAR = re.compile(r"[\s,\-–]+\(?((?:NCY|Year|Yr|Y)\s*\d{1,2}|Reception|Nursery)\)?\s*$", re.I)  # '... (Year 8)'
_DATE_FIELDS = {"child.date_of_birth", "child.date_entered_care", "meeting_date", "completed_date", "next_pep_date",
                "provision_review_date"}
# 'Next PEP | February 2026 (date to be set by DT)': a month is all a form gives for the next PEP
_MONTH_YEAR = re.compile(r"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:20)?\d{2}\b", re.I)
_GLOSS_END = re.compile(r"\s*\([^()]{3,120}\)\s*[:?*]?\s*$")
_ASKED_IN_BRACKET = re.compile(r"\(\s*(?:please\s+)?(?:enter|give|state|write|insert|add)\s+(?:the\s+|your\s+)?([^()]{3,40}?)"
                               r"\s*\)[\s*:]*$", re.I)
_TRAIL_ABBR = re.compile(r"\(\s*([A-Z][A-Z+.]{1,5})\s*\)[\s*:]*$")
_KIND_AFTER = re.compile(r"\s*\((?=[^()]*\b(?:maintained|mainstream|special|academy|independent|free school|PRU|pupil referral|"
                         r"alternative provision|resource base|out of (?:area|county)|ASC|SLD|MLD|SEMH)\b)[^()]{2,60}\)\s*$", re.I)
_CAMPUS = re.compile(r"\s*[,\-–—]\s*[^,]{2,40}\b(?:campus|site)\s*$", re.I)
# A figure's value may start with the form's note on what to enter, in brackets, before the figure itself.
_FIGURE_FIELDS = _DATE_FIELDS | {"attendance_percent", "pp_requested", "child.year_group"}
_LEAD_NOTE = re.compile(r"^\s*\([^()]{2,80}\)\s*(?=\S)")
_SURNAME_FIRST = re.compile(r"^([A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)*),\s*([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)$")


def _surname_first(name: str) -> str:
    """'LATHAM, Sophie-Mae' (case-management systems put the surname first, in capitals) -> 'Sophie-Mae Latham'."""
    m = _SURNAME_FIRST.match(name.strip())
    if not m:
        return name
    surname = "-".join(w.capitalize() for w in m[1].title().split("-"))
    return f"{m[2]} {surname}"


_TERM_MONTH = re.compile(r"\b(sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|jan(?:uary)?|feb(?:ruary)?|"
                         r"mar(?:ch)?|june?|july?)\b", re.I)
_MONTH_TERM = {"sep": "autumn", "oct": "autumn", "nov": "autumn", "dec": "autumn", "jan": "spring", "feb": "spring",
               "mar": "spring", "jun": "summer", "jul": "summer"}


def term_of_months(value: str):
    """The term a span of months starts in ('January to April' -> spring). April (Easter falls in it) and May (also
    a word) name no term alone."""
    m = _TERM_MONTH.search(value or "")
    return _MONTH_TERM[m[1][:3].lower()] if m else None
