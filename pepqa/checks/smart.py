"""ST: SMART targets, and the review of last term's targets.

Each target (with its actions, success criteria, who and by-when columns) is read once and judged on
the SMART letters; each letter is a separate check so each can be measured and switched off alone,
but every message opens with the same one-line summary for the target ("Target 2 is not Measurable or
Time-bound"), so an officer reading the findings for one target sees the whole picture.

Rule-based and explainable: phrase lists live in ``data/vocab/targets.toml`` (an authority extends
them); numbers, dates and durations are found by pattern. Phase-aware: in early years an observable
"Ava will put on her coat" is a measurable outcome; at school age a target needs a number, a
frequency, a defined standard or an observable marker ("independently").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from spacy.util import filter_spans

from ..model import PEP, Target
from ..nlp import doc
from ..values import parse_date, phase_for
from .baseline import DELETE
from .registry import Example, Hit, check
from .subjects import _matcher, attainment_row, parse_grade, subject_matches, target_subjects

# -- phrase finding ---------------------------------------------------------------------------------

_LISTS = ("vague", "hedges", "number_words", "frequency", "measure_words", "observable_words",
          "not_observable_verbs", "time_phrases", "not_deadlines", "owners", "not_measures", "product_verbs")


def _find(text: str | None, vocab: dict, names=_LISTS) -> dict[str, list[tuple[int, int, str]]]:
    """Phrase matches in ``text`` per vocabulary list: ``{name: [(start, end, text), ...]}``, longest wins."""
    out: dict[str, list] = {n: [] for n in names}
    if not text:
        return out
    m = _matcher(tuple((n, tuple(vocab.get(n, ()))) for n in names))
    d = doc(text)
    strings = d.vocab.strings
    spans: dict[str, list] = {}
    for mid, s, e in m(d):
        spans.setdefault(strings[mid], []).append(d[s:e])
    for n, sps in spans.items():
        out[n] = [(sp.start_char, sp.end_char, sp.text) for sp in sorted(filter_spans(sps), key=lambda x: x.start)]
    return out


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip().lower())


def is_placeholder(text: str | None, vocab: dict) -> bool:
    """Empty, or a form placeholder / non-answer ('Click here to enter text.', 'N/A', 'TBC', '-')."""
    t = _norm(text)
    return not t or t in {p.lower() for p in vocab.get("placeholders", ())}


# -- patterns ---------------------------------------------------------------------------------------

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|" \
          "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
_DATE_RES = [
    re.compile(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"),
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTHS + r")\.?(?:\s+\d{4})?\b", re.I),
    re.compile(r"\b(?:" + _MONTHS + r")\.?\s+(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?)\b", re.I),
    re.compile(r"\b(?:may|march)\s+half[\s\-]?term\b", re.I),
    re.compile(r"\b20\d\d(?:\s*[-/]\s*\d{2,4})?\b"),
    # "within six weeks" is a time frame; "no walk-outs in a week" is a rate (a week or a day is too short to be a
    # PEP target's deadline), while "in a month" / "in a term" may be either and stays a time frame
    re.compile(r"\b(?!in\s+(?:a|one)\s+(?:school\s+)?(?:weeks?|days?)\b)(?:within|in|over|after|for|during|by)\s+(?:the\s+)?(?:next\s+|first\s+)?(?:\d+|a|one|two|three|four|"
               r"five|six|seven|eight|nine|ten|twelve)\s+(?:school\s+)?(?:weeks?|months?|terms?|half[\s\-]?terms?|days?)\b",
               re.I),
    re.compile(r"\b(?:end|start|beginning)\s+of\s+(?:the\s+)?(?:year|yr|y)\s*\d{1,2}\b", re.I),
    re.compile(r"\b(?:by|before|until|in)\s+(?:the\s+)?(?:start\s+of\s+)?(?:year|yr|y)\s*\d{1,2}\b", re.I),
    re.compile(r"\bweek\s+\d{1,2}\b", re.I),
    # a named day or the week as the deadline: "by next Wednesday", "on Friday", "by the end of next week"
    re.compile(r"\b(?:by|on|before|until|this|next)\s+(?:next\s+|this\s+|the\s+end\s+of\s+(?:next\s+|this\s+)?)?"
               r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week)\b", re.I),
]
_NUMBER_WORD = r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half\s+a)"
# A quantified change: a change verb, then "by <amount> <unit>" ("raise her reading age by six months", "increase
# attendance by 5%", "move up 3 points"). The amount is the measure; "by six months" there is not a deadline.
_CHANGE = re.compile(
    r"\b(?:raise|raises|raising|increase|increases|increasing|improve|improves|improving|reduce|reduces|reducing|"
    r"decrease|decreases|lift|lifts|move|moves|moving|rise|rises|gain|gains|grow|grows|boost|boosts|cut|cuts|"
    r"progress|progresses|climb|climbs|go up|goes up|drop|drops)\b[^.;:]{0,60}?\b(?:by\s+|up\s+)?"
    r"(" + _NUMBER_WORD + r"\s*(?:%|per\s*cent|percent|months?|years?|points?|marks?|grades?|levels?|steps?|"
    r"sub-?levels?|bands?|phases?|words?|books?|sessions?|days?|percentage\s+points?))", re.I)
# A behaviour swapped for another ("put up her hand instead of calling out"): seen, or not, each time.
_INSTEAD = re.compile(r"\b(\w+(?:\s+\w+){0,5}\s+(?:instead\s+of|rather\s+than)\s+\w+ing\b(?:\s+\w+){0,3})", re.I)
# Numbers that are labels, not measures: year groups, key stages, one-to-one.
_LABEL_RES = [
    re.compile(r"\b(?:year|yr|y|ncy)\s*\d{1,2}\b", re.I),
    re.compile(r"\b(?:ks|key\s+stage)\s*\d\b", re.I),
    re.compile(r"\b1\s*:\s*1\b|\bone[\s\-]to[\s\-]one\b", re.I),
    re.compile(r"\b\d{1,2}(?:\.\d\d)?\s*(?:am|pm)\b", re.I),
]
_NUM = re.compile(r"\d+(?:[.,]\d+)?%?")
# A-level / letter grades: "achieve a B in her sociology mock", "(currently C)", "grade A*"
_LETTER_GRADE = re.compile(r"\b(?i:achieve|achieves|achieving|get|gets|gain|gains|reach|reaches|score|scores|grade|"
                           r"grades|currently|predicted|at)\s+(?:an?\s+)?(?:A\*|[A-EU])(?![\w*])")
_TITLE = re.compile(r"\b(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+[A-Z][a-zA-Z'\-]+")


def _regex_spans(text: str, res) -> list[tuple[int, int, str]]:
    out = []
    for r in res:
        out.extend((m.start(), m.end(), m.group(0)) for m in r.finditer(text))
    return out


def _merge(text: str, spans: list) -> list[tuple[int, int, str]]:
    """Overlapping or adjacent spans joined ('February' + 'half-term' -> 'February half-term')."""
    out: list[list] = []
    for s, e, *_ in sorted(spans):
        if out and (s <= out[-1][1] or not text[out[-1][1]:s].strip(" -")):
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e, text[s:e]) for s, e in out]


def _cut(spans: list, holes: list, text: str) -> list:
    """``spans`` with the parts inside ``holes`` removed (what is left keeps its text)."""
    out = []
    for s, e, *_ in spans:
        pieces = [(s, e)]
        for hs, he in holes:
            nxt = []
            for ps, pe in pieces:
                if he <= ps or pe <= hs:
                    nxt.append((ps, pe))
                    continue
                if ps < hs:
                    nxt.append((ps, hs))
                if he < pe:
                    nxt.append((he, pe))
            pieces = nxt
        for ps, pe in pieces:
            seg = text[ps:pe]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if re.search(r"[A-Za-z0-9]", seg) and not re.fullmatch(r"(?i)(?:by|in|within|over|for|the|up)", seg):
                out.append((ps + lead, ps + lead + len(seg), seg))
    return out


def _inside(span, spans) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e, *_ in spans)


def _overlaps(span, spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e, *_ in spans)


# -- reading one text ---------------------------------------------------------------------------------

@dataclass
class Reading:
    """What one text (a target statement, a success criterion, a by-when cell) says."""

    text: str
    times: list = field(default_factory=list)       # (start, end, text)
    measures: list = field(default_factory=list)    # (start, end, text, kind) kind: number|word|frequency|observable
    vague: list = field(default_factory=list)
    hedges: list = field(default_factory=list)
    owners: list = field(default_factory=list)
    not_deadlines: list = field(default_factory=list)

    @property
    def strong(self) -> list:
        """Measures that make wording specific: numbers, quantities and defined standards."""
        return [m for m in self.measures if m[3] in ("number", "word")]


def read_text(text: str | None, vocab: dict, early_years: bool = False) -> Reading:
    t = text or ""
    r = Reading(t)
    if not t.strip():
        return r
    found = _find(t, vocab)
    change = [(m.start(1), m.end(1), m.group(1)) for m in _CHANGE.finditer(t)]
    raw_times = _regex_spans(t, _DATE_RES) + found["time_phrases"]
    # "by six months" right after a change verb is how much, not by when: cut it out of any time span
    raw_times = _cut(raw_times, [(max(0, cs - 3), ce) for cs, ce, _ in change], t)
    r.times = _merge(t, raw_times)
    # year groups, key stages and scope words ("in all subjects") look like quantities but measure nothing
    labels = _regex_spans(t, _LABEL_RES) + found["not_measures"]
    r.vague = [v for v in found["vague"]]
    r.hedges = found["hedges"]
    r.not_deadlines = found["not_deadlines"]
    masked = r.times + labels
    meas = []
    for m in _NUM.finditer(t):
        sp = (m.start(), m.end(), m.group(0))
        if not _overlaps(sp, masked):
            meas.append(sp + ("number",))
    meas += [sp + ("word",) for sp in _regex_spans(t, [_LETTER_GRADE])]
    for kind, key in (("number", "number_words"), ("word", "measure_words"), ("frequency", "frequency"),
                      ("observable", "observable_words")):
        for sp in found[key]:
            # "every" inside "every day" is a frequency, not a quantity
            if not _overlaps(sp, masked) and not (kind == "word" and _overlaps(sp, found["frequency"])):
                meas.append(sp + (kind,))
    # "will put on her coat" / "able to explain": an observable action, unless the verb is a vague one.
    d = doc(t)
    not_obs = {(s, e) for s, e, _ in found["not_observable_verbs"]}
    not_obs_starts = {s for s, _ in not_obs}
    toks = list(d)
    for i, tok in enumerate(toks):
        low = tok.lower_
        j = None
        if low == "able" and i + 1 < len(toks) and toks[i + 1].lower_ == "to":
            j = i + 2
        elif early_years and low in ("will", "can") or (early_years and low == "to" and i <= 3):
            j = i + 1
        if j is None or j >= len(toks):
            continue
        while j < len(toks) and toks[j].lower_ in ("now", "also", "then", "always", "be", "able", "to", "then"):
            if toks[j].lower_ == "be" and not (j + 2 < len(toks) and toks[j + 1].lower_ == "able"):
                break
            j += 1
        if j >= len(toks) or not toks[j].is_alpha:
            continue
        if toks[j].idx in not_obs_starts or _inside((toks[j].idx, toks[j].idx + len(toks[j])), r.vague):
            continue
        if not (low == "able" or early_years):
            continue
        end = toks[min(j + 4, len(toks) - 1)]
        meas.append((toks[j].idx, end.idx + len(end), t[toks[j].idx:end.idx + len(end)], "observable"))
    # "in all lessons", "across all areas": scope, not quantity (vocab scope_prepositions)
    scope = {w.lower() for w in vocab.get("scope_prepositions", ())}

    def _scope(m) -> bool:
        before = re.search(r"(\w+)\s+$", t[max(0, m[0] - 80):m[0]])  # a window: not the whole text per measure
        return m[3] == "word" and m[2].lower() in ("all", "every") and bool(before) and before.group(1).lower() in scope

    meas = [m for m in meas if not _scope(m)]
    # "will write a letter with paragraphs": one defined product, seen to exist or not (vocab product_verbs).
    not_obj = {w.lower() for w in vocab.get("product_not_objects", ())}
    for s, e, _ in found["product_verbs"]:
        k = next((i for i, tok in enumerate(toks) if tok.idx >= e), None)
        # "a"/"an" one thing; "her UCAS application": her own one thing
        if k is None or k + 1 >= len(toks) or toks[k].lower_ not in ("a", "an", "her", "his", "their", "my", "the",
                                                                      "your", "our", "this"):
            continue
        obj = toks[k + 1]
        if not obj.is_alpha or obj.lower_ in not_obj or _overlaps((s, e), r.vague + r.hedges):
            continue
        end = toks[min(k + 3, len(toks) - 1)]
        meas.append((s, end.idx + len(end), t[s:end.idx + len(end)], "observable"))
    meas += [sp + ("number",) for sp in change]
    meas += [(m.start(1), m.end(1), m.group(1), "observable") for m in _INSTEAD.finditer(t)]
    if change:  # "raise ... by six months": the change verb has its measure, so it is not vague
        r.vague = [v for v in r.vague if not any(v[0] <= c[0] <= v[1] + 60 for c in change)]
    # A measure inside a vague phrase ("her target grade") does not count.
    r.measures = sorted(m for m in meas if not _inside(m, r.vague))
    r.owners = found["owners"] + _regex_spans(t, [_TITLE])
    return r


# -- judging a target -------------------------------------------------------------------------------

@dataclass
class Judgement:
    index: int
    number: int
    target: Target
    statement: Reading
    criteria: Reading
    by_when: Reading
    actions: Reading
    who_ok: bool
    by_when_placeholder: bool
    measurable: bool
    timed: bool
    specific: bool
    vague_hit: Optional[tuple] = None
    owner: bool = True
    jump: Optional[dict] = None

    @property
    def letters_failed(self) -> list[str]:
        out = []
        if not self.specific:
            out.append("Specific")
        if not self.measurable:
            out.append("Measurable")
        if self.jump:
            out.append("Achievable")
        if not self.timed:
            out.append("Time-bound")
        return out


def _phase(pep: PEP) -> str:
    if pep.child.phase:
        return pep.child.phase.value
    if pep.child.year_group is not None:
        return phase_for(pep.child.year_group) or "secondary"
    ks = (pep.child.key_stage or "").upper().replace(" ", "")
    return {"EYFS": "early_years", "KS1": "primary", "KS2": "primary", "KS3": "secondary", "KS4": "secondary",
            "KS5": "post16"}.get(ks, "secondary")


_CONNECTORS = {"and", "&", "/", "+", ",", "the", "with", "of", "her", "his", "their", "own", "to", "by", "in", "at",
               "'s", "’s", "-", "(", ")", ";", ".", "all", "plus", "also"}


def names_owner(who: str | None, pep: PEP, vocab: dict) -> bool:
    """Does the 'who' column name someone who can deliver and check the target?

    Not when it names only the child ("Maya") or everyone at once ("School", "All staff"): the words in
    vocab ``not_owners`` and the child's own names are taken out, and something else must remain."""
    if not who or not who.strip():
        return False
    d = doc(who)
    skip = [(s, e) for s, e, _ in _find(who, vocab, ("not_owners",))["not_owners"]]
    names: set[str] = set()
    if "{child}" in vocab.get("not_owners", ()):
        names = {w.lower() for w in re.findall(r"[A-Za-z'\-]+", pep.child.name or "")}
        if pep.child.first_name:
            names.add(pep.child.first_name.lower())
    for tok in d:
        if tok.is_space or tok.is_punct or tok.lower_ in _CONNECTORS or tok.lower_ in names:
            continue
        if any(s <= tok.idx < e for s, e in skip):
            continue
        return True
    return False


def is_input(text: str | None, r: Reading, vocab: dict) -> bool:
    """Is the statement an adult's action ("Mr Ahmed to provide 1:1 tuition weekly", "TA will support ...")
    rather than an outcome for the child? The statement opens with an owner followed by "to"/"will" and one of
    vocab ``input_verbs``."""
    t = text or ""
    first = min((o for o in r.owners if o[0] <= 4), key=lambda o: o[0], default=None)
    if first is None or re.match(r"\s*(?:the\s+|her\s+|his\s+|their\s+)?$", t[:first[0]], re.I) is None:
        return False
    verbs = "|".join(re.escape(v) for v in sorted(vocab.get("input_verbs", ()), key=len, reverse=True))
    if not verbs:
        return False
    rest = t[first[1]:]
    return bool(re.match(r"\s*(?:\([^)]*\)\s*)?(?:to|will|is to|are to|should)\s+(?:\w+ly\s+)?(?:" + verbs + r")\b",
                         rest, re.I))


def judge_target(pep: PEP, i: int, vocab: dict, subj_vocab: dict, today: Optional[date] = None) -> Judgement:
    """``today``: the run's date (the context's), used only when the PEP has no meeting date: never the wall clock."""
    t = pep.targets[i]
    ey = _phase(pep) == "early_years"
    st = read_text(t.text, vocab, ey)
    sc = read_text(t.success_criteria, vocab, ey)
    actions = read_text(t.actions, vocab, ey)
    bw_placeholder = is_placeholder(t.by_when, vocab)
    bw = read_text(None if bw_placeholder else t.by_when, vocab, ey)
    bw_timed = bool(bw.times) or (bool(bw.text.strip()) and not bw.not_deadlines and bool(re.search(r"\d", bw.text)))
    if bw.text.strip() and not bw.times and not bw.not_deadlines and not re.search(r"\d", bw.text):
        bw_timed = False
    timed = bool(st.times or sc.times or bw_timed or t.term is not None)
    # "Mr Ahmed to provide 1:1 tuition weekly": an adult's action (an input), whose frequency measures what is
    # given, not what changes for the child; only the success criteria can make it measurable
    measurable = bool((st.measures and not is_input(t.text, st, vocab)) or sc.measures)
    vague_hit = None
    if st.hedges:
        vague_hit = st.hedges[0]
    elif st.vague and not st.strong:
        # the whole row counts: "settle in class" with success criteria that say what settled looks like
        # ("in class and working within 5 minutes of the bell on 4 of 5 days") is specific; an aim the guidance
        # calls weak ("improve behaviour") is not, whatever the criteria say
        concrete = {w.lower() for w in vocab.get("vague_unless_criteria", ())}
        left = [v for v in st.vague if not (v[2].lower() in concrete and sc.strong)]
        vague_hit = left[0] if left else None
    who_ok = not is_placeholder(t.who, vocab) and names_owner(t.who, pep, vocab)
    owner = who_ok or bool(st.owners or sc.owners or actions.owners)
    j = Judgement(i, t.number or i + 1, t, st, sc, bw, actions, who_ok, bw_placeholder and bool(_norm(t.by_when)),
                  measurable, timed, vague_hit is None, vague_hit, owner)
    j.jump = _jump(pep, t, j, subj_vocab, vocab, today)
    return j


def judgements(pep: PEP, ctx) -> list[Judgement]:
    """All targets judged once per PEP and context (the ST checks share the work)."""
    key = "smart.judgements"
    hit = ctx.cache.get(key)
    if hit is not None and hit[0] is pep:
        return hit[1]
    vocab, sv = ctx.vocab("targets"), ctx.vocab("subjects")
    res = [judge_target(pep, i, vocab, sv, ctx.today) for i in range(len(pep.targets))]
    ctx.cache[key] = (pep, res)
    return res


# -- dates and implausible jumps --------------------------------------------------------------------

_MONTH_NUM = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                               "nov", "dec"])}


def _next(ref: date, month: int, day: int) -> date:
    d = date(ref.year, month, day)
    return d if d >= ref else date(ref.year + 1, month, day)


def deadline(texts: list[str], pep: PEP, ref: date) -> Optional[date]:
    """The earliest date the target's own time words point to (approximate: terms and festivals by convention)."""
    found: list[date] = []
    for text in texts:
        low = (text or "").lower()
        if not low.strip():
            continue
        d = parse_date(text)
        if d:
            found.append(d)
        for m in re.finditer(r"\b(" + _MONTHS + r")\b\.?(?:\s+(20\d\d))?", low):
            word = m.group(1)
            if word in ("may", "march") and not re.search(r"(?:by|in|until|before|end of)\s+$", low[:m.start()]) \
                    and not m.group(2) and not re.match(r"\s+half", low[m.end():]):
                continue
            mon = _MONTH_NUM[word[:3]]
            found.append(date(int(m.group(2)), mon, 15) if m.group(2) else _next(ref, mon, 15))
        for word, (mon, day) in {"christmas": (12, 20), "easter": (4, 1), "whitsun": (5, 25), "spring": (3, 31),
                                 "summer": (7, 15), "autumn": (12, 19), "end of the year": (7, 15),
                                 "end of year": (7, 15), "academic year": (7, 15), "exams": (6, 10),
                                 "sats": (5, 12), "mock": (1, 15)}.items():
            if re.search(r"\b" + word, low):
                found.append(_next(ref, mon, day))
        if re.search(r"\bhalf[\s\-]?term\b", low) and not re.search(_MONTHS, low):
            found.append(min(_next(ref, 10, 24), _next(ref, 2, 14), _next(ref, 5, 29)))
        if re.search(r"\bnext (?:pep|review|meeting)", low) and pep.next_pep_date:
            found.append(pep.next_pep_date)
        m = re.search(r"\b(\d+|one|two|three|four|five|six|eight|ten|twelve)\s+(weeks?|months?|terms?)\b", low)
        if m:
            n = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10,
                 "twelve": 12}.get(m.group(1)) or int(m.group(1))
            days = {"w": 7, "m": 30, "t": 91}[m.group(2)[0]] * n
            found.append(ref + timedelta(days=days))
        m = re.search(r"\bend of (?:the )?(?:year|yr|y)\s*(\d{1,2})\b", low)
        if m and pep.child.year_group is not None:
            ahead = max(0, int(m.group(1)) - pep.child.year_group)
            found.append(date(_next(ref, 7, 15).year + ahead, 7, 15))
    return min(found) if found else None


_AGE_RES = re.compile(
    r"(?P<y1>\d{1,2})\s*(?:years?|yrs?|y)\s*(?:and\s*)?(?P<m1>\d{1,2})\s*(?:months?|mths?|m)\b"
    r"|(?P<y2>\d{1,2})[.:](?P<m2>\d{1,2})\b"
    r"|(?P<y3>\d{1,2})\s*(?:years?|yrs?|y)\b"
    r"|\b(?:from|to|of|is|currently)\s+(?P<y4>\d{1,2})\b(?![.:/%\d])", re.I)
_GRADE_RES = re.compile(
    r"\bgrades?\s*(?P<g1>[1-9])\b|\b(?:a|an)\s+(?P<g2>[1-9])\b(?=\s+(?:in|at|or)\b)"
    r"|\bfrom\s+(?:a\s+)?(?P<g3>[1-9])\b(?=\s+to\b)|\bto\s+(?:a\s+)?(?P<g4>[1-9])\b(?=\s+(?:in|by)\b)", re.I)
_CURRENT = re.compile(r"\b(?:currently|current|now|at present|presently|was)\b[\s:]*(?:is\s+|at\s+|a\s+|grade\s+|working\s+at\s+)*$",
                      re.I)


def _age_value(m: re.Match) -> Optional[float]:
    if m.group("y1"):
        return int(m.group("y1")) + int(m.group("m1")) / 12
    if m.group("y2"):
        y, mm = int(m.group("y2")), m.group("m2")
        mo = int(mm)
        return y + (mo / 12 if mo < 12 else float("0." + mm))
    y = m.group("y3") or m.group("y4")
    return float(y) if y else None


def _values(text: str, regex, conv, lo: float, hi: float) -> list[tuple[float, bool, int]]:
    """(value, marked as current, position) for each value found."""
    out = []
    for m in regex.finditer(text):
        v = conv(m)
        if v is None or not lo <= v <= hi:
            continue
        before = text[max(0, m.start() - 25):m.start()]
        current = bool(_CURRENT.search(before)) or m.group(0).lower().startswith("currently")
        out.append((v, current, m.start()))
    return out


def _from_to(vals: list[tuple[float, bool, int]], text: str) -> tuple[Optional[float], Optional[float]]:
    if not vals:
        return None, None
    cur = [v for v in vals if v[1]]
    if cur:
        others = [v for v in vals if not v[1]]
        return cur[0][0], (others[0][0] if others else None)
    if len(vals) >= 2:
        return vals[0][0], vals[1][0]
    return None, vals[0][0]


def _fmt_age(v: float, dot: bool = False) -> str:
    """A reading age as the PEP writes it: '8.2' (8 years 2 months) or '8y 2m'."""
    y = int(v + 1e-9)
    m = round((v - y) * 12)
    if m == 12:
        y, m = y + 1, 0
    return f"{y}.{m}" if dot else f"{y}y {m}m"


def _jump(pep: PEP, t: Target, j: "Judgement", sv: dict, vocab: dict, today: Optional[date] = None) -> Optional[dict]:
    text = " ".join(x for x in (t.text, t.success_criteria) if x)
    low = text.lower()
    ref = pep.meeting_date or today
    if ref is None:
        return None  # no date to measure the time to the deadline from
    due = deadline([t.by_when or "", t.text, t.success_criteria or ""], pep, ref)
    if due is None and t.term is not None:
        due = _next(ref, 7, 15) if t.term.value == "long" else (pep.next_pep_date or ref + timedelta(days=120))
    months = max(0.5, ((due - ref).days if due else 120) / 30.4)
    when = "by the date set" if due else "within the term"
    m = re.search(r"\b(reading|spelling|maths|mathematics|math|number)\s+age\b", low)
    if m:
        kind = m.group(1)
        vals = _values(text[m.start():], _AGE_RES, _age_value, 3, 18)
        cur, tgt = _from_to(vals, text)
        if cur is None and tgt is not None:
            row = next((r for r in pep.attainment if kind in (r.subject or "").lower() or f"{kind} age" in (r.current or "").lower()), None)
            if row and row.current:
                mm = _AGE_RES.search(row.current) or re.search(r"(?P<y4>\d{1,2}(?:\.\d{1,2})?)", row.current)
                if mm:
                    cur = _age_value(mm) if "y1" in mm.re.groupindex else float(mm.group(0))
        if cur is not None and tgt is not None:
            gain = tgt - cur
            allowed = max(1.0, 0.2 * months)
            if gain > allowed:
                dot = bool(re.search(r"\b\d{1,2}[.:]\d{1,2}\b", text))
                gy, gm = int(gain + 1e-9), round((gain - int(gain + 1e-9)) * 12)
                return {"kind": f"{kind} age", "from": _fmt_age(cur, dot), "to": _fmt_age(tgt, dot),
                        "gain": f"{gy} year{'s' if gy != 1 else ''} {gm} month{'s' if gm != 1 else ''}",
                        "months": months, "due": due, "cur": cur, "tgt": tgt,
                        "reasonable": _fmt_age(cur + max(2 * months / 12, 0.25), dot), "when": when}
        return None
    ph = _phonics_jump(text, months, due, when)
    if ph:
        return ph
    if _phase(pep) == "primary":
        return _standard_jump(pep, t, text, months, due, when, sv, vocab)
    if _phase(pep) not in ("secondary", "post16"):
        return None
    vals = _values(text, _GRADE_RES, lambda m: float(next(g for g in m.groups() if g)), 1, 9)
    cur, tgt = _from_to(vals, text)
    if tgt is not None and cur is None:
        subjects = {s for s, *_ in target_subjects(t, sv, _phase(pep))}
        for s in subjects:
            row = attainment_row(pep, s, sv)
            g = parse_grade(row.current) if row else None
            if g is not None:
                cur = g
                break
    if cur is not None and tgt is not None:
        gain = tgt - cur
        allowed = max(2.0, months / 3)
        if gain > allowed:
            step = int(cur) + max(1, int(months // 4))
            return {"kind": "GCSE grade", "from": f"{int(cur)}", "to": f"{int(tgt)}",
                    "gain": f"{int(gain)} grades", "months": months, "due": due, "cur": cur, "tgt": tgt,
                    "reasonable": f"{step}", "when": when}
    return None


_PHASE_RES = re.compile(r"\bphase\s*([1-6])\b", re.I)


def _phonics_jump(text: str, months: float, due, when: str) -> Optional[dict]:
    """Letters and Sounds phases: 'from Phase 2 to secure Phase 5 by Christmas' is three phases in a term.
    A phase takes a child about a term (Phase 5 most of Year 1), so more than one phase a term is not achievable."""
    if not re.search(r"\bphonics?\b|\bphase\s*[1-6]\b.*\bphase\s*[1-6]\b", text, re.I):
        return None
    found = [int(m.group(1)) for m in _PHASE_RES.finditer(text)]
    if len(found) < 2:
        return None
    cur, tgt = found[0], found[-1]
    gain = tgt - cur
    allowed = max(1.0, months / 4)
    if gain <= allowed:
        return None
    return {"kind": "phonics phase", "from": f"Phase {cur}", "to": f"Phase {tgt}",
            "gain": f"{gain} phonics phases", "months": months, "due": due, "cur": cur, "tgt": tgt,
            "reasonable": f"Phase {cur + 1}", "when": when}


def has_word(hay: str, needle: str) -> bool:
    """``needle`` in ``hay`` as whole words (like ``\\bneedle\\b``) without compiling a regex from PEP text:
    a regex per attainment subject cost a compile per row, and subjects can be as long as any text field."""
    if not needle:
        return False
    start = 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return False
        j = i + len(needle)
        left_ok = i == 0 or not (hay[i - 1].isalnum() or hay[i - 1] == "_") or not (needle[0].isalnum() or needle[0] == "_")
        right_ok = j == len(hay) or not (hay[j].isalnum() or hay[j] == "_") or not (needle[-1].isalnum() or needle[-1] == "_")
        if left_ok and right_ok:
            return True
        start = i + 1


def _standard_steps(text: str, vocab: dict) -> list[tuple[int, int]]:
    """(step on the KS1/KS2 teacher-assessment scale, position) for each standard named in ``text``."""
    out = []
    for step, entry in enumerate(vocab.get("standard_scale", ())):
        for w in entry.get("words", ()):
            for m in re.finditer(r"(?<![\w\-])" + re.escape(w) + r"(?![\w\-])", text, re.I):
                out.append((step, m.start(), m.end()))
    # the longest name wins where two overlap ("working at greater depth" over "greater depth")
    out.sort(key=lambda x: (x[1], -(x[2] - x[1])))
    kept, last_end = [], -1
    for step, a, b in out:
        if a >= last_end:
            kept.append((step, a))
            last_end = b
    return kept


def _standard_jump(pep: PEP, t: Target, text: str, months: float, due, when: str, sv: dict,
                   vocab: dict) -> Optional[dict]:
    """KS1/KS2: 'from working towards to greater depth by Christmas' is two steps in one term."""
    scale = vocab.get("standard_scale", ())
    found = _standard_steps(text, vocab)
    if not found:
        return None
    cur: Optional[int] = None
    if len(found) >= 2 and found[0][0] != found[-1][0]:
        cur, tgt = found[0][0], found[-1][0]
    else:
        tgt = found[-1][0]
        subjects = {s for s, *_ in target_subjects(t, sv, "primary")}
        hay = " ".join(x for x in (t.area, t.text) if x).lower()
        rows = [r for r in pep.attainment if r.subject and has_word(hay, r.subject.lower())]
        rows += [attainment_row(pep, s, sv) for s in sorted(subjects)]
        for row in rows:
            steps = _standard_steps(row.current or "", vocab) if row else []
            if steps:
                cur = steps[0][0]
                break
    if cur is None or tgt <= cur:
        return None
    gain = tgt - cur
    allowed = max(1.0, months / 6)  # about one step in two terms is already ambitious
    if gain <= allowed:
        return None
    area = (t.area or "").strip().lower()
    kind = f"{area} teacher assessment" if area and len(area) < 20 else "teacher assessment"
    return {"kind": kind, "from": scale[cur]["label"], "to": scale[tgt]["label"],
            "gain": f"{gain} steps on the teacher-assessment scale", "months": months, "due": due, "cur": cur,
            "tgt": tgt, "reasonable": scale[cur + 1]["label"], "when": when}


# -- messages and suggestions -----------------------------------------------------------------------

def _quote(text: str, n: int = 110) -> str:
    t = re.sub(r"\s+", " ", text or "").strip()
    return t if len(t) <= n else t[: n - 1].rsplit(" ", 1)[0] + "…"


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def summary(j: Judgement) -> str:
    """The one-line SMART summary that opens every ST message about this target."""
    head = f"Target {j.number} ('{_quote(j.target.text)}')"
    failed = j.letters_failed
    s = f"{head} is not {_join(failed)}" if failed else f"{head} is SMART"
    if not j.owner:
        s += (", and names no one to deliver it" if failed else " but names no one to deliver it")
    return s + "."


def _name(pep: PEP) -> str:
    return pep.child.first_name or "The child"


def _pronoun(pep: PEP) -> tuple[str, str]:
    g = (pep.child.gender or "").lower()
    if g.startswith("f") or g.startswith("g"):
        return "her", "she"
    if g.startswith("m") or g.startswith("b"):
        return "his", "he"
    return "their", "they"


def _fmt_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def time_phrase(pep: PEP, j: Judgement) -> str:
    """The target's own time words if it has some, else the next PEP date (short term) or the end of the year."""
    for r in (j.statement, j.criteria):
        if r.times:
            s, e, txt = r.times[0][:3]
            pre = r.text[max(0, s - 7):s].lower()
            lead = re.search(r"\b(by|until|before|in|within|this|next)\s+(?:the\s+)?$", pre)
            if not lead and re.match(r"(?i)(for|over|during|every|each|within|until|before|in|by|this|next)\b", txt):
                return txt  # "for three weeks", not "by for three weeks"
            return (lead.group(0) if lead else "by ") + txt
    if j.by_when.times:
        bw = j.by_when.text.strip().rstrip(".")
        return bw if re.match(r"(?i)(by|until|before|within|in)\b", bw) else "by " + bw
    if j.target.term is not None and j.target.term.value == "long":
        return "by the end of the summer term"
    if pep.next_pep_date:
        return f"by the next PEP on {_fmt_date(pep.next_pep_date)}"
    return "by [a date, e.g. the next PEP]"


def _year(pep: PEP) -> str:
    yg = pep.child.year_group
    if yg is None:
        return "age-appropriate"
    return "Reception" if yg == 0 else ("Nursery" if yg < 0 else f"Year {yg}")


def _currently(pep: PEP, subjects: set[str], sv: dict, hay: str = "") -> str:
    """'(currently Grade 4 in English)' from the attainment row that fits the target best."""
    low = hay.lower()
    rows = [r for r in pep.attainment if r.subject and r.current and has_word(low, r.subject.lower())]
    rows += [attainment_row(pep, s, sv) for s in sorted(subjects)]
    for row in rows:
        if row and row.current:
            cur = row.current.strip()
            if re.fullmatch(r"[1-9]", cur) and _phase(pep) in ("secondary", "post16"):
                cur = f"grade {cur}"
            words = {w for w in re.findall(r"[a-z]+", (row.subject or "").lower()) if len(w) > 2}
            if words & set(re.findall(r"[a-z]+", cur.lower())):
                return f" (currently {cur})"
            return f" (currently {cur} in {row.subject})"
    return ""


_GENERIC = {"english", "literacy", "maths", "math", "mathematics", "numeracy"}


def rewrite(pep: PEP, t: Target, vocab: dict, sv: dict, when: str, subjects: Optional[set] = None,
            keep_statement: bool = False) -> str:
    """A target rewritten from its own words with a measure and a date: the heart of every ST suggestion."""
    name = _name(pep)
    poss, _ = _pronoun(pep)
    phase = _phase(pep)
    if subjects is None:
        subjects = {s for s, *_ in target_subjects(t, sv, phase)}
    hay_text = " ".join(x for x in (t.text, t.success_criteria) if x)
    now = _currently(pep, subjects, sv, " ".join(x for x in (t.area, hay_text) if x))
    if keep_statement:
        body = re.sub(r"[.\s]+$", "", t.text.strip())
        body = re.sub(r"^(?i:to)\s+", f"{name} will ", body)
        # the date goes after the main clause: "read 3 books by ...; she may need support"
        m = re.search(r";|, so that | so that |, to | to build ", body)
        head, sep, rest = (body[:m.start()], m.group(0), body[m.end():]) if m else (body, "", "")
        return f"{head} {when}{now}{sep}{rest}."
    measure, chosen = None, None
    # The target's own specific words choose the measure ("confident", "spelling"); then the area column;
    # then generic subject words in the text ("English", "maths").
    for hay, generic_ok in ((hay_text, False), (t.area or "", True), (hay_text, True)):
        low_words = set(re.findall(r"[a-z][a-z\-]*", hay.lower()))
        for entry in vocab.get("rewrites", ()):
            ph = entry.get("phase")
            if ph and phase not in ([ph] if isinstance(ph, str) else ph):
                continue
            hits = [w.lower() for w in entry.get("words", ())
                    if (" " in w and w.lower() in hay.lower()) or w.lower() in low_words]
            if not generic_ok:
                hits = [w for w in hits if w not in _GENERIC]
            if hits:
                measure, chosen = entry["measure"], entry
                break
        if measure:
            break
    if chosen is not None:
        # "(currently ...)" only when the measure is about a subject the attainment table records
        words = " ".join(chosen.get("words", ()))
        subj = {s for s, *_ in subject_matches(words, sv)}
        now = _currently(pep, subj, sv, words) if subj else ""
    if measure is None:
        core = re.sub(r"[.\s]+$", "", t.text.strip())
        core = re.sub(r"(?i)^(to|for \w+ to|\w+ (?:will|to))\s+", "", core)
        return (f"{name} will [an action you can see or count, e.g. '... on 4 of 5 days' or '8 out of 10 ...'] "
                f"to {core[:1].lower() + core[1:]}, {when}{now}.")
    measure = measure.replace("{year}", _year(pep)).replace("their", poss)
    measure = re.sub(r"\ba (?=[aeiou])", "an ", measure)  # "read a age-appropriate book"
    return f"{name} will {measure} {when}{now}."


def _suggest_rewrite(pep: PEP, j: Judgement, ctx, keep=False) -> str:
    vocab, sv = ctx.vocab("targets"), ctx.vocab("subjects")
    return rewrite(pep, j.target, vocab, sv, time_phrase(pep, j), keep_statement=keep)


def _rewrite_elsewhere(pep: PEP, j: Judgement, ctx) -> bool:
    """True when the Measurable finding (ST001) for this target already carries the full rewrite."""
    from .registry import REGISTRY

    st1 = REGISTRY.get("ST001")
    return (not j.measurable) and st1 is not None and ctx.enabled(st1)


def _owner_hint(pep: PEP, j: Judgement) -> str:
    for t in pep.targets:
        if t is not j.target and t.who and t.area and j.target.area and t.area.lower() == j.target.area.lower():
            return t.who
    dt = next((a for a in pep.attendees if a.role.value == "designated_teacher" and a.name), None)
    if dt:
        return f"{dt.name} (designated teacher)"
    return "the class teacher or key person"


# -- the checks -------------------------------------------------------------------------------------

_T = "targets[{}].{}"


@check(
    code="ST001", name="target-not-measurable", title="A target has no measure: nobody can tell whether it was met",
    severity="must-fix", group="ST",
    rationale="""A target is reviewed at the next PEP. If it has no number, score, level, frequency or observable
result ("will be able to ..."), the review can only say "some progress", and PP+ cannot be shown to have made a
difference. In early years an observable outcome ("will put on her coat independently") is a measure; at school
age the target or its success criteria need something that can be counted or seen: a number, a frequency, a
defined standard, an observable marker ('independently'), or one defined product made or done ('write a letter to
her new tutor with paragraphs', 'give a presentation to her tutor group'; targets.toml product_verbs). Scope words
such as 'in all subjects' look like quantities but measure nothing (targets.toml not_measures).""",
    source="seeds/coventry-pep-guidance.txt (SMART targets); seeds/walsall-pep-handbook.txt (Sample PEP targets: "
           "'D to move up 3 points on maths continuum by the next PEP'); domain.md 2",
    good="'Maya will add and subtract fractions with different denominators, scoring 8 out of 10 on the unit test "
         "by 19 December 2025 (currently 4/10).'",
    bad=[Example({"targets[0].text": "To improve reading.", "targets[0].success_criteria": None},
                 "no number, score or observable result"),
         Example({"targets[1].text": "To work harder in maths.", "targets[1].success_criteria": "Maya will try harder."},
                 "the success criteria are vague too"),
         Example({"targets[2].text": "Continue to make good progress in all subjects", "targets[2].success_criteria": None},
                 "'all subjects' says where, not how much (targets.toml not_measures)"),
         Example({"targets[1].text": "Mr Ahmed to provide 1:1 tuition weekly.", "targets[1].success_criteria": None},
                 "an adult's action and its frequency: an input, not an outcome (targets.toml input_verbs)")],
    ok=[Example({"targets[0].text": "To improve reading.",
                 "targets[0].success_criteria": "Reading age from 7.8 to 8.6 years by February half-term."},
                "vague statement but measured success criteria"),
        Example({"targets[0].text": "Maya will write a letter to her new form tutor with paragraphs and correct "
                                    "punctuation by February half-term.", "targets[0].success_criteria": None},
                "one defined product (a letter) is seen to exist or not: measurable by observation"),
        Example({"child.phase": "post16", "child.year_group": 13, "child.key_stage": "KS5",
                 "targets[0].text": "Maya will achieve a B in her sociology mock in March 2026 (currently C).",
                 "targets[0].success_criteria": None}, "a letter grade is a measure"),
        Example({"child.phase": "post16", "child.year_group": 13, "child.key_stage": "KS5",
                 "targets[1].text": "Maya will submit her UCAS application by 14 January 2026.",
                 "targets[1].success_criteria": None}, "her one defined product, submitted or not"),
        Example({"targets[1].text": "Mr Ahmed to provide 1:1 tuition weekly.",
                 "targets[1].success_criteria": "Maya scores 8/10 on the fractions unit test by Christmas."},
                "an input, but the success criteria measure the outcome"),
        Example({"child.phase": "early_years", "child.year_group": 0, "child.key_stage": "EYFS",
                 "targets[2].text": "Maya will be able to put on her coat independently by Christmas.",
                 "targets[2].success_criteria": None}, "early years observable outcome")],
)
def target_not_measurable(pep, ctx):
    for j in judgements(pep, ctx):
        if j.measurable:
            continue
        where = "the target or its success criteria" if j.target.success_criteria else "the target"
        crit = (f" The success criteria ('{_quote(j.target.success_criteria, 80)}') do not measure it either."
                if j.target.success_criteria else "")
        if j.statement.measures:  # measured, but only the input (is_input)
            why = (f"it says what an adult will do and how often, not what will change for {_name(pep)}: the "
                   f"support is an input, not an outcome anyone could check.")
        else:
            why = (f"nothing in {where} says how anyone will know it has been met — no number, score, level, "
                   f"frequency or observable result.")
        yield Hit(
            f"{summary(j)} Not measurable: {why}{crit}",
            field=_T.format(j.index, "text"), item=j.number, evidence=j.target.text,
            suggestion=f"Add what {pep.child.first_name or 'the child'} will be able to do and how much or how often, e.g. "
                       f"'{_suggest_rewrite(pep, j, ctx)}'",
        )


@check(
    code="ST002", name="target-no-time-frame", title="A target has no time frame",
    severity="should-fix", group="ST",
    rationale="""Short-term targets should be achievable by the next PEP and long-term targets by the end of the
academic year. Without a date, term or "by the next PEP", nobody knows when to review the target, and it tends
to roll over from PEP to PEP. A frequency ('weekly', 'ongoing', 'no walk-outs in a week') says how often, not by
when; 'within a week' or 'in six weeks' is a time frame.""",
    source="seeds/walsall-pep-handbook.txt (Section B: short term targets by the next PEP meeting, long term by the "
           "end of the academic year); domain.md 2",
    good="'... by February half-term 2026' or 'by the next PEP (4 February 2026)'; long-term targets 'by July 2026'.",
    bad=[Example({"targets[1].text": "Maya will score 8/10 on the weekly fractions quiz.",
                  "targets[1].success_criteria": "8/10 on the quiz.", "targets[1].by_when": "Ongoing",
                  "targets[1].term": None}, "'Ongoing' is not a date"),
         Example({"targets[2].text": "Maya will talk to Ms Carter when she feels anxious instead of walking out, with "
                                     "no walk-outs in a week.", "targets[2].by_when": None, "targets[2].term": None,
                  "targets[2].success_criteria": None},
                 "'in a week' is a rate (how often), not a time frame")],
    ok=[Example({"targets[1].text": "Maya will score 8/10 on the weekly fractions quiz by the next PEP.",
                 "targets[1].by_when": None, "targets[1].term": None}, "'by the next PEP'"),
        Example({"targets[1].by_when": "12/12/2025", "targets[1].text": "Maya will score 8/10 on the fractions quiz.",
                 "targets[1].term": None}, "date in the by-when column")],
)
def target_no_time_frame(pep, ctx):
    for j in judgements(pep, ctx):
        if j.timed:
            continue
        bw = (j.target.by_when or "").strip()
        why = (f" The 'by when' column says '{bw}', which is how often or a placeholder, not a date."
               if bw else "")
        fld = _T.format(j.index, "by_when") if bw else _T.format(j.index, "text")
        yield Hit(
            f"{summary(j)} No time frame: the target{', success criteria' if j.target.success_criteria else ''} and "
            f"'by when' do not say when it should be achieved.{why}",
            field=fld, item=j.number, evidence=bw or j.target.text,
            suggestion=(f"Add a date: short-term targets by the next PEP, long-term by the end of the year, e.g. "
                        + (f"'{time_phrase(pep, j)}' (the full rewrite is under 'no measure' for this target)."
                           if _rewrite_elsewhere(pep, j, ctx) else f"'{_suggest_rewrite(pep, j, ctx, keep=j.measurable)}'")),
        )


@check(
    code="ST003", name="target-vague-wording", title="A target is worded vaguely (not Specific)",
    severity="should-fix", group="ST",
    rationale="""Words such as "improve", "work on", "continue to", "try to", "be more", "engage with", "develop"
or "work harder" say that something should get better without saying what the child will do. Even when the
success criteria carry a measure, the target itself should name the skill and the amount, so the child, the
carer and the next teacher all read the same goal. "Try to" always weakens a target.""",
    source="domain.md 2 (weak: 'to improve behaviour', 'to work harder in maths', 'continue to make progress', "
           "'try to'); seeds/walsall-pep-handbook.txt (Review targets and make them SMART)",
    good="'Kai will recall the 3, 4 and 8 times tables with 90% accuracy by Easter' rather than 'To improve his "
         "times tables'.",
    bad=[Example({"targets[1].text": "To improve his times tables.",
                  "targets[1].success_criteria": "25 of 30 correct in 3 minutes by February half-term."},
                 "measured criteria, vague target"),
         Example({"targets[2].text": "Maya will try to attend school every day."}, "'try to' weakens any target"),
         Example({"targets[2].text": "Continue to make good progress in all subjects"},
                 "'all subjects' is scope, not a measure that would make the wording specific"),
         Example({"targets[0].text": "Support with reading."}, "the support named, not what the child will do"),
         Example({"targets[1].text": "Maya will know her fractions."}, "which fractions, known how?")],
    ok=[Example({"targets[2].text": "Maya will improve her attendance to 96% by Christmas."},
                "'improve' with the measure in the target"),
        Example({"targets[1].text": "Maya will know her 3, 4 and 8 times tables, 25/30 in 3 minutes by Easter."},
                "'know her' with the measure in the target")],
)
def target_vague_wording(pep, ctx):
    for j in judgements(pep, ctx):
        if j.specific or not j.vague_hit:
            continue
        s, e, phrase = j.vague_hit[:3]
        hedge = j.vague_hit in j.statement.hedges
        reason = (f"'{phrase}' makes it optional: a target says what {_name(pep)} will do."
                  if hedge else
                  f"'{phrase}' does not say what {_name(pep)} will do differently or how much.")
        yield Hit(
            f"{summary(j)} Vague wording: {reason}",
            field=_T.format(j.index, "text"), item=j.number, span=(s, e), evidence=phrase,
            suggestion=(f"Replace '{phrase}' with the skill and the amount"
                        + (" (a rewrite in its own words is under 'no measure' for this target)."
                           if _rewrite_elsewhere(pep, j, ctx) else f", e.g. '{_suggest_rewrite(pep, j, ctx)}'")),
        )


@check(
    code="ST004", name="target-no-owner", title="A target names no one to deliver or check it",
    severity="should-fix", group="ST",
    rationale="""Each intervention should say what, who, how often, where and when. A target with no 'who' and no
adult named in it, its actions or its success criteria belongs to nobody, and is the one most often found
untouched at the next PEP. A 'who' that names only the child ("Maya") or a whole institution or everyone at once
("School", "All staff", "Teachers") is no owner either: the child does the work, but an adult has to deliver the
support and check the target, and a job given to everyone is nobody's (the list is not_owners in targets.toml).""",
    source="domain.md 2 (each intervention says what, who, how often, where and when); "
           "seeds/walsall-pep-handbook.txt (Sample PEP targets: 'Key worker to meet twice a week')",
    good="Who: 'Miss Price (English teacher), weekly 30-minute session'; or the actions name the adult.",
    bad=[Example({"targets[0].who": None, "targets[0].actions": None, "targets[0].success_criteria": None},
                 "no who, no adult named"),
         Example({"targets[0].who": "Maya", "targets[0].actions": "Maya to practise at home."},
                 "the child alone: nobody delivers or checks it"),
         Example({"targets[0].who": "School / all staff", "targets[0].actions": None}, "everyone is no one")],
    ok=[Example({"targets[0].who": None, "targets[0].actions": "Miss Price to run a weekly writing session."},
                "the actions name the adult"),
        Example({"targets[0].who": "Maya and her carer"}, "the carer is named beside the child"),
        Example({"targets[0].who": "School", "targets[0].actions": "Mrs Lee checks the late register each Friday."},
                "'School' in the who column, but the actions name the adult")],
)
def target_no_owner(pep, ctx):
    for j in judgements(pep, ctx):
        if j.owner:
            continue
        who = (j.target.who or "").strip()
        if who and not is_placeholder(who, ctx.vocab("targets")):
            why = (f"the 'who' column says '{who}', which names no adult to deliver and check it (the child alone, "
                   f"or everyone at once, is nobody's job), and the actions and success criteria name no one either.")
        else:
            why = ("no one is named in the 'who' column, the actions or the success criteria."
                   + (f" The 'who' column says '{who}'." if who else ""))
        yield Hit(
            f"{summary(j)} No owner: {why}",
            field=_T.format(j.index, "who"), item=j.number, evidence=who or j.target.text,
            suggestion=(f"Name the adult who will deliver and check it, and how often, e.g. 'Who: "
                        f"{_owner_hint(pep, j)}, checked weekly'."),
        )


@check(
    code="ST005", name="target-implausible-jump", title="A target expects an implausible jump",
    severity="advice", group="ST",
    rationale="""Targets should be aspirational, but a reading age rising by years in one term, or a GCSE grade
jumping from 2 to 7 by the mocks, sets the child up to fail and makes the review meaningless. Double the usual
rate of progress (about two months of reading age a month) is already ambitious. In KS1/KS2 teacher assessment
(working towards, expected standard, greater depth; targets.toml standard_scale) one step in about two terms is
ambitious: working towards to greater depth by Christmas is not achievable. A maths age is judged like a reading
age; a phonics phase takes about a term, so Phase 2 to Phase 5 by Christmas is not achievable.""",
    source="seeds/walsall-pep-handbook.txt (Sample PEP targets: 'Current reading age 7.8 years ... By next PEP P "
           "would have made at least double the rate of progress'; 'Targets should be aspirational'); domain.md 2",
    good="'Reading age from 7.8 to 8.6 years by February half-term' (double the usual rate), with the long-term aim "
         "stated separately.",
    bad=[Example({"targets[0].text": "Maya's reading age will rise from 8.2 to 11.5 by February half-term."},
                 "over three years in one term"),
         Example({"targets[1].text": "Maya will achieve grade 8 in maths by Christmas."}, "grade 3 to 8 in a term"),
         Example({"targets[0].text": "Maya's reading age will increase from 8y 2m to 12y by the next PEP."},
                 "years-and-months format"),
         Example({"child.phase": "primary", "child.year_group": 5, "child.key_stage": "KS2",
                  "targets[0].area": "Writing",
                  "targets[0].text": "Maya will move from working towards (WTS) to greater depth (GDS) in writing by "
                                     "Christmas."}, "KS2: two steps of teacher assessment in one term"),
         Example({"targets[1].text": "Maya's maths age will rise from 9y 0m to 13y 0m by the summer."},
                 "maths age: four years in under a year"),
         Example({"child.phase": "primary", "child.year_group": 1, "child.key_stage": "KS1",
                  "targets[0].area": "Phonics",
                  "targets[0].text": "Maya will move from Phase 2 to secure Phase 5 by Christmas."},
                 "phonics: three phases in one term")],
    ok=[Example({"targets[0].text": "Maya's reading age will rise from 8.2 to 8.10 by February half-term."}),
        Example({"child.phase": "primary", "child.year_group": 5, "child.key_stage": "KS2",
                 "attainment[0]": {"subject": "Writing", "current": "WTS", "expected": "EXS", "progress": "Below"},
                 "targets[0].area": "Writing",
                 "targets[0].text": "Maya will write at the expected standard (EXS) by the end of the summer term, "
                                    "using paragraphs in 4 of 5 pieces."},
                "KS2: one step (WTS to EXS) over the year"),
        Example({"child.phase": "primary", "child.year_group": 1, "child.key_stage": "KS1",
                 "targets[0].area": "Phonics",
                 "targets[0].text": "Maya will move from Phase 3 to Phase 4 phonics by Christmas, reading 8 of 10 "
                                    "Phase 4 words."}, "phonics: one phase in a term")],
)
def target_implausible_jump(pep, ctx):
    for j in judgements(pep, ctx):
        if not j.jump:
            continue
        jp = j.jump
        due = f"by {_fmt_date(jp['due'])}" if jp["due"] else "within the term"
        yield Hit(
            f"{summary(j)} Not achievable as written: it expects {_name(pep)}'s {jp['kind']} to rise from {jp['from']} "
            f"to {jp['to']} ({jp['gain']}) {due}, about {round(jp['months'])} months away. That is far beyond even "
            f"rapid progress.",
            field=_T.format(j.index, "text"), item=j.number, evidence=j.target.text,
            suggestion=(f"Set a stretching but reachable step, e.g. '{_name(pep)}'s {jp['kind']} will rise from "
                        f"{jp['from']} to {jp['reasonable']} {time_phrase(pep, j)}', and keep {jp['to']} as the "
                        f"longer-term aim."),
        )


@check(
    code="ST006", needs=('previous_targets',), name="previous-target-not-reviewed", title="A previous target has no reviewed outcome",
    severity="must-fix", group="ST",
    rationale="""Previous targets must be reviewed and include comments on outcomes. Without the outcome the new
targets cannot build on the last ones, and nobody can tell whether last term's PP+ made a difference.""",
    source="seeds/walsall-pep-handbook.txt (Section B: 'Previous targets must be reviewed and include comments on "
           "outcomes'); domain.md 5",
    good="'Partly achieved: 80% accuracy on the weekly tables check (was 55%); carried into this term's maths target.'",
    bad=[Example({"previous_targets[0].outcome": None, "previous_targets[0].status": None}, "no outcome"),
         Example({"previous_targets[1].outcome": "Click here to enter text.", "previous_targets[1].status": None},
                 "form placeholder")],
    ok=[Example({"previous_targets[0].outcome": "Not achieved: Maya moved home in June and missed 3 weeks; carried forward."})],
)
def previous_target_not_reviewed(pep, ctx):
    vocab = ctx.vocab("targets")
    for i, p in enumerate(pep.previous_targets):
        if not is_placeholder(p.outcome, vocab) or p.status is not None:
            continue
        n = p.number or i + 1
        written = (p.outcome or "").strip()
        yield Hit(
            f"Previous target {n} ('{_quote(p.text)}') has no reviewed outcome"
            + (f": the outcome says only '{written}'." if written else "."),
            field=f"previous_targets[{i}].outcome", item=n, evidence=p.text,
            suggestion=(f"Record whether it was achieved, partly achieved or not achieved, with the evidence and what "
                        f"happens next, e.g. 'Partly achieved: {_name(pep)} now [score/observation] (was [start]); "
                        f"carried into new target [N].'"),
        )


@check(
    code="ST007", needs=('targets',), name="too-few-targets", title="Fewer targets than the authority expects",
    severity="should-fix", group="ST",
    rationale="""A PEP sets short- and long-term targets covering English, maths and the child's wider needs
(wellbeing, attendance). Fewer than the authority's minimum usually means one of these has been left out.""",
    source="seeds/walsall-pep-handbook.txt (Section B: targets 'should be both short and long term'; one English "
           "and maths target); domain.md 3",
    good="At least three targets: English, maths, and one for the child's wider needs (e.g. wellbeing).",
    bad=[Example({"targets[2]": DELETE}, "two targets")],
    ok=[Example({}, "three targets")],
)
def too_few_targets(pep, ctx):
    need = int(ctx.policy.get("targets.min_targets"))
    n = len(pep.targets)
    if not pep.part_ok("targets") or n >= need:
        return
    have = (f"only {n} target{'s' if n != 1 else ''}" if n else "no targets")
    areas = [t.area for t in pep.targets if t.area]
    listed = f" ({', '.join(areas)})" if areas else ""
    yield Hit(
        f"This PEP has {have}{listed}; the Virtual School expects at least {need}.",
        section="targets", field="targets", evidence=", ".join(_quote(t.text, 60) for t in pep.targets) or None,
        suggestion=(f"Add {need - n} more: each PEP needs an English and a maths target, and one for "
                    f"{_name(pep)}'s wider needs (wellbeing, attendance or confidence), each with a measure, a date "
                    f"and who will deliver it."),
    )


@check(
    code="ST008", needs=('previous_targets',), name="previous-outcome-no-evidence", title="A previous target's outcome is only a status word",
    severity="should-fix", group="ST",
    rationale="""'Achieved' or 'Ongoing' on its own is a status, not a review: it gives no evidence (a score, an
observation) and no next step, so the QA officer cannot see what changed or why a target is carried forward.""",
    source="seeds/walsall-pep-handbook.txt (Section B: previous targets 'include comments on outcomes'); domain.md 5 "
           "(previous targets reviewed with outcomes and evidence)",
    good="'Achieved: Maya finished Holes and Wonder and wrote reviews for the library.'",
    bad=[Example({"previous_targets[0].outcome": "Achieved"}), Example({"previous_targets[1].outcome": "Ongoing"}),
         Example({"previous_targets[1].outcome": "Ongoing - see new targets"}, "a pointer elsewhere is not evidence")],
    ok=[Example({"previous_targets[0].outcome": "Achieved - 9/10 on the final check."})],
)
def previous_outcome_no_evidence(pep, ctx):
    vocab = ctx.vocab("targets")
    words = {w.lower() for w in vocab.get("status_words", ())}
    for i, p in enumerate(pep.previous_targets):
        written = (p.outcome or "").strip()
        if is_placeholder(p.outcome, vocab):
            if p.status is None:
                continue  # ST006
            written = ""
        toks = [t for t in re.findall(r"[a-z/\-]+|\d+", written.lower()) if re.search(r"[a-z\d]", t)]
        if written and not all(t in words for t in toks):
            continue
        n = p.number or i + 1
        status = written or p.status.value.replace("_", " ")
        yield Hit(
            f"Previous target {n} ('{_quote(p.text)}') is marked '{status}' with no evidence of what changed.",
            field=f"previous_targets[{i}].outcome", item=n, evidence=written or status,
            suggestion=(f"Add the evidence and the next step, e.g. '{status.capitalize()}: {_name(pep)} [scored / now "
                        f"does ...] (was [start]); [carried forward as target N / next step]'."),
        )
