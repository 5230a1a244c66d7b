"""Facts about the child stated in sentences: 'My name is Freya Lomas and I am 3 years 4 months old',
'Amelia is 2 years 9 months old and attends Little Oaks Nursery', 'I go to Ysgol y Waun in the Nursery room'.

Why apart from the label idioms: early-years learning stories, 'All about me' pages and narrative reports give
the child's name, age and setting only inside sentences, with no label to match. The verbs and phrases that
carry each fact are data ([prose] name_phrases, school_verbs in ``data/labels.toml``); the shapes are here: a
clause opened by one of them, then a proper name (capitalised words) that ends where the sentence goes on in
lower case ('... Day Nursery in the Nursery room'). Third-person sentences count only when their subject is
the child (the first name read elsewhere, or the name the sentence gives when none was). Everything read
here is marked ``match="prose"``, the weakest reading, so a labelled field always wins over it.
"""
from __future__ import annotations

import re
from typing import Optional

from ...labels import normalise
from ...model import Provenance
from ..concepts import parse_typed
from .prose import sentences
from .patterns import YEAR_ALONE
from .wording import alt, school_noun_end

# A proper name: capitalised words, with the small words names hold inside ('Church of England', 'y Waun').
_PROPER = (r"(?P<name>(?:[A-Z][\w'’&.\-]*|St\.?)(?:\s+(?:(?:of|the|and|de|la|y|yr|upon)\s+)?"
           r"(?:[A-Z][\w'’&.\-]*|\(?[A-Z]{1,4}\)?))*)")
# What may follow a setting's name in the same sentence: the end, punctuation, or a preposition or joining word
# ('... Day Nursery in the Nursery room', '... Pre-School, where ...', '... Primary since September').
_AFTER_NAME = re.compile(r"^\s*(?:$|[.,;:!?)(\-–—]|(?:in|on|at|and|where|since|with|from|which|who|for|every|each|"
                         r"full|part|five|four|three|two|one|\d)\b)")
_AGE = re.compile(r"\b(\d{1,2})(?:\s+|-)years?(?:-old)?(?:\s*,?\s*(?:and\s+)?(\d{1,2})\s+months?)?(?:\s+old|\s+of\s+age)?\b"
                  r"|\b(\d{2})\s+months?\s+old\b", re.I)
_HELD_AT = re.compile(r"\b(?i:meeting|pep|review)\s+(?i:was\s+)?(?i:held|took\s+place)\s+(?i:at)\s+" + _PROPER)
_DASHES = re.compile(r"\s+[-–—|]\s+")
_NAME_PIECE = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}")
_ATTENDED = re.compile(r"^(?:has\s+|have\s+)?(?:attended|attends)\s+(?:for\s+|on\s+)?(\d{1,3}(?:\.\d+)?)\s?%", re.I)
_RE_SURNAME_FIRST = re.compile(r"^\s*Re\s*:\s*(?P<sur>[A-Z][A-Z'’\-]+),\s*(?P<fore>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?)\b")
_RE_NAME = re.compile(r"^\s*Re\s*:\s*(?P<name>[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s+[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*){1,2})(?=\s*$|\s*[,(|]|\s+(?:DOB|D\.O\.B\.?|born|NCY|Year|UPN)\b)")
_YOUR_NAME = re.compile(r"^\s*your\s+(?:full\s+)?name\b", re.I)
_IN_YEAR = re.compile(r"^(?:am|is|are|'m|’m)\s+(?:now\s+)?in\s+((?:Year|Yr|NCY)\s*\d{1,2}|Reception|Nursery)\b", re.I)
_CLAUSE = re.compile(r"\s*(?:,\s*|\s)(?:(?:and|but)\s+(?=(?:I|I'm|I’m|she|he|they|[a-z]+s|[a-z]+\s+to)\b)|"
                     r"who\s+(?=(?:[a-z]+s|has|is)\b))")


class ProseFactsMixin:
    def _child_facts(self, text: str, prov: Provenance) -> bool:
        """Read the child's name, age and setting from the sentences of a paragraph. Returns True when every
        sentence stated such a fact and nothing else ('My name is Freya. I go to Little Acorns.'): the paragraph
        is the child's details, not the child's views."""
        if len(text) > 600 or not re.search(r"[A-Za-z]", text):
            return False
        sents = sentences(text)
        if not sents:
            return False
        all_facts = True
        for s in sents:
            clauses = _CLAUSE.split(s.rstrip(".!"))
            subject: Optional[str] = None
            facts = 0
            for c in clauses:
                got, subject = self._clause_fact(c.strip(), subject, prov)
                facts += got
            if facts < len(clauses):
                all_facts = False
        return all_facts

    def _clause_fact(self, clause: str, subject: Optional[str], prov: Provenance) -> tuple[int, Optional[str]]:
        """(1 if the clause stated a fact, the clause's subject for the clauses after it)."""
        words = self.labels.prose
        m = re.match(r"^(?i:" + alt(words.get("name_phrases", ())) + r")\s+" + _PROPER, clause)
        if m and self._is_name(m["name"], clause[m.end():]):
            self._prose_fact("child.name", m["name"], prov, m[0][:m.start("name")].strip())
            return 1, "I"
        # 'Amelia, aged 3 years 4 months, attends ...' / 'Amelia (2 years 11 months) goes to ...': an age in apposition
        m = re.match(r"^(?P<subj>I|I'm|I’m|she|he|they|(?!(?:Mr|Mrs|Ms|Miss|Dr)\b)[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2}"
                     r"(?=\s|,|\())?\s*(?:,\s*(?i:aged)\s+(?P<app>[^,]{3,40}),|"
                     r"\(\s*(?:(?i:aged)\s+)?(?P<app2>[^)]{3,40})\))?\s*", clause)
        subj = m["subj"] if m and m["subj"] else subject
        rest = clause[m.end():] if m else clause
        if not self._child_subject(subj):
            return 0, subj
        got = 0
        app = (m["app"] or m["app2"]) if m else None
        age = _AGE.search(app) if app else None
        if not age and re.match(r"^(?:am|'m|’m|is|was|turned|has\s+just\s+turned)?\s*(?:now\s+|just\s+)?(?:aged\s+)?"
                                r"(?:an?\s+(?:[a-z]+\s+){0,2})?\d",
                                rest.lstrip(), re.I):
            age = _AGE.search(rest)
        if age:
            years, months = (int(age[1]), int(age[2] or 0)) if age[1] else divmod(int(age[3]), 12)
            if self.age is None:
                self.age = (years, months, prov.model_copy(update={"match": "prose"}))
                self._note("child.age", prov, None, "prose", None)
            if subj and subj[0].isupper() and subj not in ("I", "I'm", "I’m") and (
                    not self.pep.child.name or len(subj.split()) > len(self.pep.child.name.split())):
                self._prose_fact("child.name", subj, prov, "is ... old")
            got = 1
        yr = _IN_YEAR.match(rest)
        if yr:  # 'Kofi is in Year 6.', 'She is now in Reception'
            self._prose_fact("child.year_group", yr[1], prov, "is in")
            got = 1
        att = _ATTENDED.match(rest)
        if att:  # 'Freya has attended 95% of her sessions since September'
            self._prose_fact("attendance_percent", att[1] + "%", prov, "has attended")
            got = 1
        verbs = words.get("school_verbs", ())
        v = re.match(r"^(?i:(?:am\s+|is\s+|are\s+|has\s+|have\s+)?(?:" + alt(verbs) + r"))\s+" + _PROPER, rest) if verbs else None
        if v and _AFTER_NAME.match(rest[v.end():]) and self._is_setting(v["name"]):
            self._prose_fact("school.name", v["name"], prov, rest[:v.start("name")].strip())
            got = 1
        return got, subj

    def _regarding_line(self, text: str, prov: Provenance) -> Optional[str]:
        """'Re: BAPTISTE, Kofi DOB 03/02/2015 NCY 6': a report's or letter's subject line naming the child (surname
        first in capitals, or forename and surname before the child's other details). Reads the name; returns the
        rest of the line for reading as a line of its own, or None when the line is no such thing."""
        m = _RE_SURNAME_FIRST.match(text) or _RE_NAME.match(text)
        if not m:
            return None
        name = f"{m['fore']} {m['sur'].title()}" if m.re is _RE_SURNAME_FIRST else m["name"]
        self._prose_fact("child.name", name, prov, "Re:")
        return text[m.end():].strip(" ,;-–|")

    def _meeting_line_pair(self, label: str, value: str, prov: Provenance) -> bool:
        """A record's opening line of the meeting's facts ('Date: Thursday 12th November 2026. Year group: 9.
        Venue: Brampton Ridge Academy, meeting room 2.'): a bare 'Date' there is the meeting's, and a venue
        named as a school is the child's school (both the weakest readings: a labelled field wins)."""
        n = normalise(label)
        if n == "date" and prov.table is None and prov.paragraph is not None and prov.paragraph <= 3 \
                and parse_typed("date", value, False) is not None:
            return self.set_field("meeting_date", value, prov, label, "derived")
        place = value.split(",")[0].strip()
        if n in ("venue", "meeting venue", "location", "place of meeting", "held at") and self._names_school(place):
            self._prose_fact("school.name", place, prov, label)
            return True
        return False

    def _dash_run(self, text: str, prov: Provenance) -> Optional[list[str]]:
        """'Harvey Lindqvist - Elmstead Park School - Year 7 - PEP meeting held 16 Oct 2025': a title line of the
        plan's facts joined by dashes, read when it holds a year group and a setting's name: the name first is the
        child's. Returns the pieces it did not read (each read as its own line by the caller), or None."""
        pieces = [x.strip() for x in _DASHES.split(text.strip())]
        if len(pieces) < 2 or any(not x or len(x.split()) > 8 for x in pieces):
            return None  # (two pieces do when they are the year and the setting: 'Year 11 | Fulwell Park Academy')
        years = [x for x in pieces if YEAR_ALONE.fullmatch(x)]
        schools = [x for x in pieces if self._names_school(x)]
        if len(years) != 1 or len(schools) != 1:
            return None
        self._prose_fact("child.year_group", years[0], prov, "title line")
        self._prose_fact("school.name", schools[0], prov, "title line")
        rest = [x for x in pieces if x not in years and x not in schools]
        if rest and pieces[0] == rest[0] and _NAME_PIECE.fullmatch(rest[0]):
            self._prose_fact("child.name", rest.pop(0), prov, "title line")
        return rest

    def _names_school(self, name: str) -> bool:
        """A setting's name ending in a word for a school ([prose] school_nouns: 'Elmstead Park School')."""
        return self._is_setting(name) and bool(school_noun_end(self.labels).search(name))

    def _meeting_place(self, text: str, prov: Provenance) -> None:
        """'The PEP meeting was held at Fairholme Community College on ...': a meeting held at a place whose name
        ends in a word for a school names the child's school (the weakest reading: a labelled school wins)."""
        m = _HELD_AT.search(text)
        if m and not self.pep.school.name and self._names_school(m["name"]):
            self._prose_fact("school.name", m["name"], prov, "meeting held at")

    def _child_subject(self, subj: Optional[str]) -> bool:
        """Is the clause about the child? 'I' in the child's own pages; she / he / they, or the child's first
        name, in a third-person record; a capitalised name when the child's name is not known yet."""
        if not subj:
            return False
        if subj in ("I", "I'm", "I’m"):
            return True
        if subj.lower() == "you":
            return self._written_to_child()  # 'You are in Year 6 at ...' in a plan written to the child
        first = (self._first_name() or "").lower()
        if subj.lower() in ("she", "he", "they"):
            return bool(first)
        return subj.split()[0].lower() == first if first else subj[0].isupper()

    def _written_to_child(self) -> bool:
        """Is the plan written to the child: a letter's salutation, or the child's details asked as 'Your name'?"""
        if self.addressee:
            return True
        if self.to_child is None:  # worked out once, from the document's first blocks and first table cells
            texts = [getattr(b, "text", "") or "" for b in self.doc.blocks[:30]]
            texts += [c.text for b in self.doc.blocks[:30] for r in getattr(b, "rows", ()) for c in r[:1]]
            self.to_child = any(_YOUR_NAME.match(t) for t in texts)
        return self.to_child

    def _is_name(self, name: str, after: str) -> bool:
        n = len(name.split())
        return 1 <= n <= 4 and bool(_AFTER_NAME.match(after)) and not re.search(r"\d", name)

    def _is_setting(self, name: str) -> bool:
        """A setting's name: two words or more ('Little Acorns Day Nursery', 'Ysgol y Waun'), or one the school
        concept knows ('Nursery' alone is no name)."""
        ws = name.split()
        return len(ws) >= 2 and len(ws) <= 10 and not re.search(r"\d", name)

    def _prose_fact(self, key: str, value: str, prov: Provenance, label: str) -> None:
        fm = self._field_match(label)
        if fm and fm[0] == key and self.set_match(fm, value, prov, label):
            return  # 'My name is' names the field as a label would
        self.set_field(key, value, prov.model_copy(update={"match": "prose"}), label, "prose", None)
