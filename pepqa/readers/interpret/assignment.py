"""Assigning each single-value field once, from every candidate the document offered.

Why: a field can be offered more than once (a banner and a details table both name the child; a concept
match on a header row is read before the exact label further down; a document holding several meetings
repeats 'Date of PEP meeting'). Reading first-come let the weakest reading win. Instead every candidate is
kept with how strongly its label matched, and once the whole document is read:

- the strongest candidate wins (an exact label beats a concept match, a concept match beats prose);
- candidates of near-equal strength that agree are one value; the same label repeated with different dates
  (one per meeting or term) gives the latest date: the document is read for its latest meeting;
- candidates of near-equal strength that disagree are left *uncertain*: the field is not set, the part is
  reported partly read (an officer finding, never an absence finding for the school) and ``uncertain.<field>``
  in the provenance names where the first candidate was. A near-tie is never guessed.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from ...labels import normalise
from ...model import Provenance
from .. import periods
from .patterns import _FIELD_PART, _PAST
from .wording import alt

# The fields a PEP holds once, that checks judge: these are assigned all at once.
SINGLE = ("child.name", "child.date_of_birth", "child.year_group", "school.name", "meeting_date", "completed_date",
          "attendance_percent")
NEAR = 0.1
_DATES = {"child.date_of_birth", "meeting_date", "completed_date"}
# A label naming an earlier period than the plan's (_PAST: 'attendance last year', 'previous term'): its figure is
# history beside the current one, not a rival reading of it.


def strength(how: Optional[str], score: Optional[float]) -> float:
    """How strongly a label named its field: exact 3, a concept 2 + its score / 10, prose or derived 1."""
    if how in (None, "exact", "latest"):
        return 3.0
    if how == "concept":
        return 2.0 + min(score or 0.0, 3.0) / 10
    return 1.0


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        wa, wb = set(normalise(a).split()), set(normalise(b).split())
        # 'Jordan' (a later 'Pupil: Jordan') and 'Jordan Pike' name the same child: the fuller one is kept.
        return normalise(a) == normalise(b) or bool(wa and wb) and (wa <= wb or wb <= wa)
    return a == b


_MEETING_NO = re.compile(r"\b(?:meeting|pep|review|phase)\s*\d|\b(?:first|second|third)\s+(?:pep|meeting|review)\b", re.I)


def _latest_period(tops: list[tuple]) -> Optional[tuple]:
    """The candidate whose label names the latest period, when the labels are one label told apart only by the
    period each names ('Attendance (PEP 1)', 'Attendance (PEP 2)'; 'Attendance autumn', '... spring').

    Why general: a form that repeats a field per meeting or term is read for its latest meeting, whatever the
    field; labels that differ in more than the period are different things and stay a near-tie."""
    if not all(_MEETING_NO.search(c[7]) for c in tops):
        return None  # 'Autumn term: 91%' beside 'Spring term: 88%': a term's figure, not the field per meeting
    ranks = [periods.period_rank(c[7]) for c in tops]
    if None in ranks or len(set(ranks)) != len(ranks):
        return None
    if len(rest := {normalise(periods.without_period(c[7])) for c in tops}) != 1 or not rest.pop():
        return None
    return tops[max(range(len(tops)), key=lambda i: ranks[i])]


def _latest_block(tops: list[tuple]) -> Optional[tuple]:
    """The candidate read under the latest meeting's heading, when every rival was read under a heading naming only
    its meeting ('Second review - January to April' above 'First review - September to December'), each a different
    one. Why general: a document holding several meetings is judged on its latest, whichever comes first in it."""
    ranks = [c[8] if len(c) > 8 else None for c in tops]
    if None in ranks or len(set(ranks)) < 2:
        return None
    best = max(ranks)
    mine = [c for c, r in zip(tops, ranks) if r == best]
    return mine[0] if all(_same(c[0], mine[0][0]) for c in mine) else None


def _full_name(cands: list[tuple]) -> Optional[tuple]:
    """The one candidate for the child's name that every other one begins: the others are the same child by forename
    (a booklet's 'Name: Reuben' beside a report's 'Re: Reuben Achterberg'). None when the names differ otherwise."""
    names = [str(c[0]).split() for c in cands if c[0]]
    longest = max(range(len(cands)), key=lambda i: len(str(cands[i][0]).split()))
    full = str(cands[longest][0]).split()
    if len(full) < 2 or any(n != full[:len(n)] for n in names) or all(len(n) == len(full) for n in names):
        return None
    return cands[longest]


class AssignmentMixin:
    def _candidate(self, key: str, value: Any, prov: Provenance, label: str, how: Optional[str],
                   score: Optional[float], said: str = "") -> None:
        if key in SINGLE and value not in (None, "", []):
            power = strength(how, score)
            if key == "child.name" and getattr(self, "part", None) == "qa":
                power = 1.0  # 'Pupil | Harvey' among the signatures: the child signing, not the form naming them
            # ``said``: the value as written ('this term 97.9%' under 'Attendance'), for the words round the figure;
            # last, the label as written, lower case ('attendance (pep 2)'), for the meeting it names
            self.candidates.setdefault(key, []).append((value, power, normalise(label or ""), prov, how, score,
                                                        normalise(said or ""), " ".join((label or "").lower().split()),
                                                        getattr(self, "block_period", None)))

    def _assign_all(self) -> None:
        for key, cands in self.candidates.items():
            if len(cands) < 2:
                continue
            if key == "child.name" and (full := _full_name(cands)) is not None:
                self._put(key, full)  # 'Reuben' on the booklet, 'Reuben Achterberg' on the report: one child, named in full
                continue
            if key == "completed_date":
                cands = self._after_meeting(cands)  # however strong, a date before the meeting is a stage
            top = max(c[1] for c in cands)
            tops = [c for c in cands if c[1] >= top - NEAR]
            now = [c for c in tops if not _PAST.search(c[2])]
            if key not in _DATES and now and len(now) < len(tops):
                tops = now  # 'Attendance last year %' beside 'Attendance this year %': the earlier period's
            here = [c for c in tops if not self._elsewhere(c[2])]
            if key not in _DATES and key != "school.name" and here and len(here) < len(tops):
                tops = here  # 'Attendance at AP %' beside 'Attendance (year to date) %': the other place's
            if key == "attendance_percent":
                tops = self._whole_year(tops)
            if key == "completed_date":
                tops = self._after_meeting(tops)
            chosen = max(tops, key=lambda c: len(str(c[0]).split()) if isinstance(c[0], str) else 0)
            if any(not _same(c[0], chosen[0]) for c in tops):
                labels = {c[2] for c in tops}
                if key in _DATES and len(labels) == 1:
                    chosen = max(tops, key=lambda c: c[0])  # one label per meeting: the latest meeting's
                elif (later := _latest_period(tops)) is not None:
                    chosen = later  # 'Attendance (PEP 1)' beside 'Attendance (PEP 2)': the later meeting's
                elif (later := _latest_block(tops)) is not None:
                    chosen = later  # each under its meeting's heading ('Second review - ...'): the later meeting's
                else:
                    self._uncertain(key, tops)
                    continue
            self._put(key, chosen)

    def _after_meeting(self, tops: list[tuple]) -> list[tuple]:
        """A plan is completed on or after its meeting: a rival date before the meeting ('Submitted by your designated
        teacher on 02/10/2026' in the pre-meeting part, beside 'Final document issued on 22 October 2026' after a
        meeting on 9 October) is a stage before it. Left as they are when the meeting's date is not known for sure
        or no rival falls on or after it."""
        meeting = self.pep.meeting_date
        if meeting is None:
            dates = {c[0] for c in self.candidates.get("meeting_date", [])}
            meeting = dates.pop() if len(dates) == 1 else None
        after = [c for c in tops if meeting is not None and hasattr(c[0], "year") and c[0] >= meeting]
        return after if after and len(after) < len(tops) else tops

    def _whole_year(self, tops: list[tuple]) -> list[tuple]:
        """'Attendance - this term 97.9%' beside 'Attendance - year to date 95.4%': the PEP records the school year's
        attendance, so the figure labelled for the whole year so far is it, and a term's is a part of it ([prose]
        year_words, part_year_words). General: a reader asked for this year's attendance takes the year-to-date
        figure on any form; figures that name no period, or two that both name the year, stay rivals."""
        def has(words: str, label: str) -> bool:
            ws = self.labels.prose.get(words, ())
            return bool(ws) and bool(re.search(r"\b(?:" + alt(ws) + r")\b", label or ""))
        said = [f"{c[2]} {c[6]}" for c in tops]  # the label and the words written beside the figure
        year = [c for c, x in zip(tops, said) if has("year_words", x)]
        part = [c for c, x in zip(tops, said) if has("part_year_words", x) and not has("year_words", x)]
        return year if year and part and len(year) + len(part) == len(tops) else tops

    def _elsewhere(self, label: str) -> bool:
        """A label naming another place than the school ([prose] elsewhere_words: 'attendance at ap %', 'attendance
        at previous school'): its figure is that place's."""
        words = self.labels.prose.get("elsewhere_words", ())
        return bool(words) and bool(re.search(r"\b(?:" + alt(words) + r")\b", label or ""))

    def _put(self, key: str, cand: tuple) -> None:
        value, _, label, prov, how, score = cand[:6]
        obj: Any = self.pep
        *path, attr = key.split(".")
        for p in path:
            obj = getattr(obj, p)
        if _same(getattr(obj, attr), value) and getattr(obj, attr) == value:
            return
        setattr(obj, attr, value)
        upd: dict = {"label": label or None}
        if how and how != "exact":
            upd.update(match=how, score=score)
        self.pep.provenance[key] = prov.model_copy(update=upd)
        self.claims.append((prov, key, how or "exact"))

    def _uncertain(self, key: str, tops: list[tuple]) -> None:
        """Equally good readings that disagree: none is taken; the officer is told where they were."""
        obj: Any = self.pep
        *path, attr = key.split(".")
        for p in path:
            obj = getattr(obj, p)
        setattr(obj, attr, None)
        self.pep.provenance.pop(key, None)
        head = key.split(".")[0]
        part = _FIELD_PART.get(head, _FIELD_PART.get(key, head))
        for c in tops:
            self.unclaimed.setdefault(part, []).append(c[3])
        self.pep.provenance[f"uncertain.{key}"] = tops[0][3].model_copy(update={"match": "uncertain"})
        self.claims = [c for c in self.claims if c[1] != key]  # `pepqa inspect` shows each reading as uncertain
        for c in tops:
            self.claims.append((c[3], f"uncertain.{key}", "uncertain"))
