"""PV: pupil voice. Is the child's own voice in the PEP, specific, fresh, and does the plan answer it?

Coventry: "Capturing pupil voice is non-negotiable. It is never acceptable for the PEP to say:
'No pupil views shared' or 'Pupil didn't want to give their views.'" The checks read
``pep.pupil_voice`` with rule-based phrase matching (phrases in ``data/vocab/voice.toml``, which an
authority can extend), so every finding names the words that triggered it.

One analysis of the voice text (:func:`read_voice`) is shared by the checks. The checks are
graded so that one weakness gives one comment: when the voice is empty (PV001) or a non-answer
(PV002), the checks on its quality stay silent; when it is a generic summary (PV003), the themes
check (PV006) stands aside. A generic summary written about the child ("Maya is happy at school")
gets both PV003 and PV004: nothing specific, and none of the child's own words, are two problems.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..errors import ConfigError
from ..model import PEP, Role
from ..nlp import doc as nlp_doc, stem
from ..matching import PhraseBook, straight
from ..vocab import load_vocab
from .registry import Example, Hit, check

FIELD = "pupil_voice.text"
COVENTRY = "seeds/coventry-pep-guidance.txt (Pupil voice)"

# ---------------------------------------------------------------------------------------------
# Phrase lists: compiled by the shared matcher (pepqa/matching.py; syntax at the top of voice.toml).

_PART = re.compile(r"\([^()]*\)[?*+]?|\S+")


class _Phrases:
    """Matchers for each phrase list of the voice vocabulary."""

    LISTS = ("unacceptable", "perspective", "generic", "adult_first_person", "observation", "capture_methods",
             "capture_contact", "capture_people", "capture_occasions", "concern_cues", "theme_neutral")

    def __init__(self, vocab: dict):
        self.vocab = vocab
        slots = {k: list(v) for k, v in vocab["slots"].items()}
        lists = {name: vocab.get(name, []) for name in self.LISTS}
        lists.update({f"theme:{t}": v for t, v in vocab["themes"].items()})
        # concept groups (PV008): single words match by stem (below); entries of several words are phrases
        concepts = {f"concept:{i}": [w for w in group if len(_PART.findall(w)) > 1]
                    for i, group in enumerate(vocab["topic_synonyms"])}
        self.concept_names = tuple(concepts)
        self.book = PhraseBook({**lists, **concepts}, slots, where="voice vocabulary")
        # concept phrases again on their own: target texts are searched for concepts only (PV008), and
        # the whole book over every target costs more than reading the PEP
        self.concept_book = PhraseBook(concepts, slots, where="voice vocabulary")
        self.themes = list(vocab["themes"])
        self.placeholders = {_flat(p) for p in vocab["placeholders"]}
        self.non_answers = {_flat(p) for p in vocab["non_answers"]}
        self.filler = set(vocab["filler"])
        self.reported_verbs = set(vocab.get("reported_verbs", []))
        self.prompt_words = set(vocab.get("prompt_words", []))
        self.target_ignore = {stem(w) for w in vocab.get("target_ignore", [])}
        self.vague = set(vocab["vague_words"])
        self.concern_ignore = set(vocab["concern_ignore"])
        self.key_topics = {stem(w) for w in vocab["key_topics"]}
        self.child_words = {w for w in slots.get("child", [])}
        self.synonyms: dict[str, set[str]] = {}
        self.word_concepts: dict[str, set[int]] = {}  # stem -> concept groups it belongs to
        for i, group in enumerate(vocab["topic_synonyms"]):
            stems = {stem(w) for w in group if len(_PART.findall(w)) == 1}
            for s in stems:
                self.synonyms.setdefault(s, set()).update(stems)
                self.word_concepts.setdefault(s, set()).add(i)

    def concepts_in(self, d: Doc, start: int = 0, end: Optional[int] = None) -> dict[int, str]:
        """Concept group -> the words of ``d[start:end]`` that belong to it (phrases and single words)."""
        end = len(d) if end is None else end
        out: dict[int, str] = {}
        # the whole book when it has already run on ``d`` (its matches are cached), else the concepts alone
        book = self.book if id(self.book) in d.user_data.get("pepqa_matches", {}) else self.concept_book
        for m in book.find_all(d, self.concept_names):
            if start <= m.span.start and m.span.end <= end:
                out.setdefault(int(m.name.split(":")[1]), m.text)
        for t in d[start:end]:
            if t.is_alpha:
                for i in self.word_concepts.get(stem(t.lower_), ()):
                    out.setdefault(i, t.text)
        return out

    def find(self, d: Doc, name: str) -> list:
        """Longest non-overlapping matches of one list, in text order."""
        return self.book.find(d, name)


@lru_cache(maxsize=8)
def phrases_for(vocab_dir: str) -> _Phrases:
    return _Phrases(load_vocab("voice", vocab_dir))


def _phrases(ctx) -> _Phrases:
    return phrases_for(ctx.policy.get("data.vocab_dir") or "")


# ---------------------------------------------------------------------------------------------
# Reading the voice once

_FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
_JOINERS = {"and", "but", "then", ","}
_THIRD_PERSON = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
_TITLES = {"mr", "mrs", "miss", "ms", "dr", "sir", "mx"}
# double quotes, or single quotes that may hold a contraction ('it's better this year')
_QUOTES = re.compile(r'"([^"\n]{1,400})"|(?<![\w])\'((?:[^\'\n]|(?<=[A-Za-z])\'(?=[A-Za-z])){1,400}?)\'(?![\w])')


_straight = straight


def _flat(text: str) -> str:
    """Lower case, letters/digits/spaces only: 'N/A.' -> 'na', 'T.B.C' -> 'tbc'."""
    t = re.sub(r"[^a-z0-9 ]+", "", _straight(text).lower())
    return re.sub(r"\s+", " ", t).strip()


def _is_word(tok) -> bool:
    return tok.is_alpha or tok.like_num


@dataclass
class VoiceReading:
    text: str
    doc: Optional[Doc]
    empty: bool = False
    placeholder: Optional[str] = None
    non_answer: Optional[tuple[int, int]] = None  # span of the non-answer phrase (or the whole text)
    non_answer_text: Optional[str] = None
    quotes: list[tuple[int, int]] = field(default_factory=list)
    child_words: list = field(default_factory=list)  # first-person tokens that are the child's, outside quotes
    name_tokens: set = field(default_factory=set)

    @property
    def substantive(self) -> bool:
        return not self.empty and self.non_answer is None

    def in_quote(self, i: int) -> bool:
        return any(s <= i < e for s, e in self.quotes)


def _name_tokens(pep: PEP) -> set[str]:
    name = f"{pep.child.name or ''} {pep.child.first_name or ''}"
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]+", name)}


def _is_name(word: str, names: set[str]) -> bool:
    """The child's name, also as a possessive written without an apostrophe ('Mayas views')."""
    w = word.lower()
    return w in names or (len(w) > 3 and w.endswith("s") and w[:-1] in names)


def _only_form_words(text: str, names: set[str], ph: "_Phrases") -> bool:
    """The text is made only of form-prompt words, the child's name and child words: a prompt or heading."""
    words = [w for w in re.findall(r"[a-z0-9]+", _straight(text).lower().replace("'s", " s"))]
    return bool(words) and all(w in ph.prompt_words or w in ph.child_words or _is_name(w, names) for w in words)


def read_voice(pep: PEP, ph: _Phrases) -> VoiceReading:
    text = pep.pupil_voice.text or ""
    names = _name_tokens(pep)
    flat = _flat(text)
    stripped = flat.strip()
    if not stripped:
        return VoiceReading(text, None, empty=True)
    if stripped in ph.placeholders:
        return VoiceReading(text, None, empty=True, placeholder=text.strip())
    if not [w for w in stripped.split() if not _is_name(w, names) and w not in ph.child_words]:
        return VoiceReading(text, None, empty=True)  # only the child's name
    if _only_form_words(text, names, ph):
        # a prompt left in ("Enter the young person's views here") or a bare heading ("Child's views:")
        return VoiceReading(text, None, empty=True, placeholder=_short(text.strip()))
    d = nlp_doc(_straight(text))
    r = VoiceReading(text, d, name_tokens=names)
    norm = _straight(text)
    for m in _QUOTES.finditer(norm):
        g = 1 if m.group(1) is not None else 2
        inner = m.group(g)
        words = re.findall(r"[A-Za-z']+", inner)
        if len(words) >= 2 or any(w.lower() in _FIRST_PERSON for w in words) or (words and g == 1):
            r.quotes.append((m.start(g), m.end(g)))

    # PV002: the whole field is a non-answer ("N/A", "Refused", "DNA")...
    core = " ".join(w for w in stripped.split() if not _is_name(w, names) and w not in ph.child_words)
    if core in ph.non_answers:
        r.non_answer, r.non_answer_text = (0, len(text.rstrip())), text.strip()
        return _find_child_words(r, ph)
    # ... or a non-answer phrase with nothing of the child's perspective in the rest.
    bad = ph.find(d, "unacceptable")
    if bad:
        # the rest: clauses other than those saying no views were given ("refused to come because she was
        # upset" explains the refusal; "..., but she told her carer she wants ..." records a view)
        covered = {i for s in bad for i in range(s.start, s.end)}
        for cl in _clauses(d):
            hits = [s for s in bad if s.start < cl.end and s.end > cl.start]
            if not hits:
                continue
            start = cl.start
            # "Maya says everything is 'ok' and did not want to say more": the refusal joined by 'and' is its own
            # part; what comes before it may still be a view
            first_bad = max(hits[0].start, cl.start)
            if first_bad - 1 > cl.start and d[first_bad - 1].lower_ in _JOINERS:
                start = first_bad - 1
            covered |= set(range(start, cl.end))
        rest = [t for t in d if t.i not in covered]
        content = [t for t in rest if t.is_alpha and t.lower_ not in STOP_WORDS and t.lower_ not in ph.filler
                   and not _is_name(t.lower_, names) and t.lower_ not in ph.child_words]
        cue = [s for s in ph.find(d, "perspective") if s.start not in covered]
        first = [t for t in rest if t.lower_ in _FIRST_PERSON]
        quoted = [q for q in r.quotes if not any(s.start_char <= q[0] < s.end_char for s in bad)
                  and re.search(r"[A-Za-z]{2,}", norm[q[0]:q[1]])]
        if not quoted and not ((cue or first) and len(content) >= 2):
            s, e = bad[0].sent.start_char, bad[-1].sent.end_char
            r.non_answer = (s, len(text[:e].rstrip()))
            r.non_answer_text = text[r.non_answer[0]:r.non_answer[1]]
    return _find_child_words(r, ph)


def _find_child_words(r: VoiceReading, ph: _Phrases) -> VoiceReading:
    d = r.doc
    adult = ph.find(d, "adult_first_person")
    adult_sents = set()
    for s in adult:
        sent = s.sent
        if any(t.lower_ in _THIRD_PERSON or t.lower_ in r.name_tokens for t in sent):
            adult_sents.add(sent.start)
    for t in d:
        if t.lower_ in _FIRST_PERSON and not r.in_quote(t.idx) and t.sent.start not in adult_sents:
            if t.lower_ == "i" and t.text == "i" and t.i > 0 and d[t.i - 1].text == ":":
                continue  # "1:1 i" style noise
            r.child_words.append(t)
    return r


@lru_cache(maxsize=1024)
def _cached_reading(text: str, name: str, vocab_dir: str) -> VoiceReading:
    pep = PEP.model_validate({"child": {"name": name or None}, "pupil_voice": {"text": text}})
    return read_voice(pep, phrases_for(vocab_dir))


def reading(pep: PEP, ctx) -> VoiceReading:
    return _cached_reading(pep.pupil_voice.text or "", pep.child.name or "", ctx.policy.get("data.vocab_dir") or "")


# ---------------------------------------------------------------------------------------------
# Helpers for messages


def _first(pep: PEP) -> str:
    return pep.child.first_name or ("the young person" if _phase(pep) == "post16" else "the child")


def _First(pep: PEP) -> str:
    f = _first(pep)
    return f[0].upper() + f[1:]


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _phase(pep: PEP) -> Optional[str]:
    if pep.child.phase:
        return pep.child.phase.value
    y = pep.child.year_group
    if y is None:
        return None
    return "early_years" if y <= 0 else "primary" if y <= 6 else "secondary" if y <= 11 else "post16"


def _short(text: str, limit: int = 140) -> str:
    """One line, at most ``limit`` characters, without a final full stop (it sits inside a quotation)."""
    text = " ".join(text.split())
    text = text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _quote_list(words: list[str], limit: int = 4) -> str:
    ws = [f"'{w}'" for w in dict.fromkeys(words)][:limit]
    return ws[0] if len(ws) == 1 else ", ".join(ws[:-1]) + " and " + ws[-1] if ws else ""


def _other_ways(pep: PEP) -> str:
    first = _first(pep)
    if _phase(pep) == "early_years":
        return (f"For a child of {_poss(first)} age, a keyworker's notes of what {first} chooses, does and says in play "
                "are a valid record of their voice.")
    return ("Ways the guidance lists: recent conversations, keyworker or mentor sessions, observations by school or "
            "carers, drawings, voice notes or written reflections, a letter, poem or video.")


_REPORT_VERBS = {"says", "said", "told", "tells", "reports", "reported", "explained", "feels", "felt", "thinks",
                 "stated", "states", "shared", "mentioned"}
_ADVERBS = {"sometimes", "really", "still", "always", "also", "often", "never", "usually", "now", "generally", "already"}
_CLAUSE_END = {",", ";", ".", "but", "because", "so", "although", "though", "!", "?", ":", "when", "as"}
_VERB_AFTER_AND = {"she", "he", "i", "they", "would", "will", "can", "could", "is", "has", "was", "does", "gets",
                   "finds", "likes", "enjoys", "loves", "wants", "says", "said", "feels", "thinks", "hates", "needs",
                   "goes", "sits", "plays", "works", "tries", "hopes", "knows", "struggles", "worries", "prefers",
                   "told", "explained", "gets", "becomes", "misses", "wishes"}


def first_person_example(sentence: str, pep: PEP) -> Optional[str]:
    """A first-person pattern from a reported sentence: 'Maya said she finds fractions hard and ...' -> 'I find
    fractions hard because ...'. Only the first clause is kept; None when the sentence is not about the child."""
    names = _name_tokens(pep)
    toks = re.findall(r"[A-Za-z][A-Za-z'’-]*|[0-9]+|[^\sA-Za-z0-9]", _straight(sentence))
    low = [t.lower() for t in toks]
    i = 0
    while i < len(low) and low[i] in ("and", "but", "then", "also", "so", ",", "however", "although"):
        i += 1
    # subject: the child's name (possibly full name) or he/she; "then told us she ..." has none
    if i < len(low) and low[i] in _REPORT_VERBS:
        pass
    elif i < len(low) and (low[i] in names or low[i] in ("he", "she")):
        s0 = i
        while i < len(low) and low[i] in names:
            i += 1
        if i == s0:
            i += 1
    else:
        return None
    # a reporting verb, its object and "that", then the reported subject
    if i < len(low) and low[i] in _REPORT_VERBS:
        i += 1
        if i < len(low) and low[i] in ("her", "his", "the", "me", "us", "him") and low[i] not in ("she", "he"):
            j = i
            while j < len(low) and low[j] not in ("she", "he", "that", ":", ",") and j - i < 4:
                j += 1
            i = j
        if i < len(low) and low[i] in ("that", ":", ","):
            i += 1
        if i < len(low) and (low[i] in ("she", "he") or low[i] in names):
            i += 1
        else:
            return None
    out = ["I"]
    verb_done = False
    rest = low[i:]
    for k, (t, lt) in enumerate(zip(toks[i:], rest)):
        if lt in _CLAUSE_END:
            break
        if lt == "and" and k + 1 < len(rest) and rest[k + 1] in _VERB_AFTER_AND:
            break
        if not verb_done and lt in _ADVERBS:
            out.append(t)
            continue
        if not verb_done:
            verb_done = True
            out.append(_base_verb(lt))
            continue
        if lt == "his" or (lt == "her" and True):
            out.append("my")
        elif lt == "him":
            out.append("me")
        elif lt in ("himself", "herself"):
            out.append("myself")
        elif lt in ("he", "she"):
            out.append("I")
        else:
            out.append(t)
    if len(out) < 3:
        return None
    # "her" before a word that is not a noun-ish word reads as an object: "helps her" -> "helps me"
    for k in range(1, len(out)):
        if out[k] == "my" and (k + 1 >= len(out) or out[k + 1].lower() in STOP_WORDS and out[k + 1].lower() != "own"):
            out[k] = "me"
    return " ".join(out) + " because ..."


def _base_verb(v: str) -> str:
    irregular = {"is": "am", "'s": "am", "has": "have", "does": "do", "was": "was", "goes": "go", "says": "say"}
    if v in irregular:
        return irregular[v]
    if v.endswith("ies") and len(v) > 4:
        return v[:-3] + "y"
    if re.search(r"(ss|sh|ch|x|o)es$", v):
        return v[:-2]
    if v.endswith("s") and not v.endswith("ss") and len(v) > 2:
        return v[:-1]
    return v


# ---------------------------------------------------------------------------------------------
# PV001 missing or empty


@check(
    code="PV001", needs=('pupil_voice',), name="pupil-voice-missing", title="The pupil voice is missing or empty",
    severity="must-fix",
    rationale="""The child's views are a required part of every PEP: Coventry calls capturing pupil voice
"non-negotiable" and Walsall's Section C says the views "should be completed prior to the meeting". An empty
section (or one still holding the form's placeholder) means the plan was written without the child.""",
    source=f"{COVENTRY}; seeds/walsall-pep-handbook.txt (Section C - Young person's views)",
    good="""Section C holds the child's own words about school, learning, friendships, support and their hopes,
with a note of how and when they were gathered.""",
    bad=[Example({"pupil_voice.text": ""}, "empty"), Example({"pupil_voice.text": None}, "not filled in"),
         Example({"pupil_voice.text": "Click here to enter text."}, "Word placeholder left in"),
         Example({"pupil_voice.text": "Type the child's views here."}, "the form's prompt left in"),
         Example({"pupil_voice.text": "Young person's views:"}, "a heading with nothing under it"),
         Example({"pupil_voice.text": "Pupil's views (to be completed with the child before the meeting):"},
                 "the heading with the form's instruction")],
    ok=[Example({}, "the baseline's voice"),
        Example({"pupil_voice.text": "I like art."}, "short, but the child's own words"),
        Example({"parts.pupil_voice": False, "pupil_voice.text": None}, "section not found: RD001 reports it")],
)
def pupil_voice_missing(pep, ctx):
    if not pep.part_ok("pupil_voice"):
        return  # the reader could not find the section: RD001 says so
    r = reading(pep, ctx)
    if not r.empty:
        return
    first = _first(pep)
    what = (f"still holds the form's placeholder '{r.placeholder}'" if r.placeholder
            else "is empty" if pep.pupil_voice.text is None or not pep.pupil_voice.text.strip()
            else f"holds only '{pep.pupil_voice.text.strip()}'")
    raw = pep.pupil_voice.text or ""
    span = (len(raw) - len(raw.lstrip()), len(raw.rstrip())) if raw.strip() else None
    yield Hit(
        f"The pupil voice section {what}: the PEP does not record {_poss(first)} views.",
        field=FIELD, evidence=raw[span[0]:span[1]] if span else None, span=span,
        suggestion=(f"Ask {first} and record the answers in the first person before the PEP is submitted, e.g. "
                    f"'I like ... because ...', 'I find ... hard', 'I would like help with ...', 'When I leave school I "
                    f"want to ...'. If {first} did not come to the meeting, capture the views another way and say how. "
                    + _other_ways(pep)),
    )


# ---------------------------------------------------------------------------------------------
# PV002 non-answers


@check(
    code="PV002", vocab=("voice.unacceptable", "voice.non_answers", "voice.perspective"), name="pupil-voice-non-answer", title="The pupil voice says no views were given, or points elsewhere",
    severity="must-fix",
    rationale="""Coventry: "It is never acceptable for the PEP to say: 'No pupil views shared' or 'Pupil didn't
want to give their views.' Even if the young person does not attend the meeting or chooses not to complete a
form, the professionals involved are responsible for capturing their perspective." The same goes for 'N/A',
'as above', 'see last PEP', 'did not attend' or 'TBC': they record that the views are missing, not the views.""",
    source=COVENTRY,
    good="""Even when the child would not attend or fill in the form, the adults record what the child has said or
shown recently (conversations, keyworker sessions, observations, drawings, voice notes) and how it was gathered.""",
    bad=[Example({"pupil_voice.text": "No pupil views shared."}, "Coventry's first example"),
         Example({"pupil_voice.text": "Pupil didn't want to give their views."}, "Coventry's second example"),
         Example({"pupil_voice.text": "N/A"}), Example({"pupil_voice.text": "As above."}),
         Example({"pupil_voice.text": "Did not attend."}),
         Example({"pupil_voice.text": "See last PEP - views unchanged."}),
         Example({"pupil_voice.text": "N/A – Maya was on a school trip."}, "'N/A' with the reason for absence"),
         Example({"pupil_voice.text": "Views to be gathered by the social worker at the next visit."}, "deferred"),
         Example({"child.phase": "early_years", "child.year_group": -1, "child.name": "Leo Martin",
                  "pupil_voice.text": "Leo is too young to share his views."}, "'too young' is never a reason"),
         Example({"pupil_voice.text": "Pupil declined to take part in pupil voice this term."}, "declined"),
         Example({"pupil_voice.text": "Refer to SDQ."}, "points to another document")],
    ok=[Example({}, "the baseline's voice"),
        Example({"pupil_voice.text": "Maya didn't want to fill in the form, so Miss Price chatted with her at lunch. "
                 "She said: \"I hate fractions, but I like it when Mr Ahmed draws them as pizzas.\""},
                "refused the form, but her views were still captured"),
        Example({"pupil_voice.text": "As above, and I still want to be a vet. I like Mr Cole because he explains "
                 "things twice."}, "'as above' followed by fresh words"),
        Example({"pupil_voice.text": "Maya said school was 'fine' and did not want to say more."},
                "a minimal view, then a refusal: PV003 (generic), not a non-answer"),
        Example({"pupil_voice.text": "I want to be added to the netball team. I like PE and Ellie is my best friend."},
                "'to be added' in the child's own sentence is no deferral")],
)
def pupil_voice_non_answer(pep, ctx):
    if not pep.part_ok("pupil_voice"):
        return
    r = reading(pep, ctx)
    if r.empty or r.non_answer is None:
        return
    first = _first(pep)
    said = r.non_answer_text
    whole = r.non_answer == (0, len(r.text.rstrip()))
    yield Hit(
        (f"The pupil voice reads only '{_short(said)}'" if whole else
         f"The pupil voice says '{_short(said)}' and records nothing of {_poss(first)} own views")
        + ". The guidance is clear that a PEP must never say no views were shared; the adults "
        f"around {first} are responsible for capturing {_poss(first)} perspective.",
        field=FIELD, evidence=said, span=r.non_answer,
        suggestion=(f"Replace '{_short(said, 60)}' with what {first} has said or shown, and how it was gathered, e.g. "
                    f"'{_First(pep)} did not want to come to the meeting, so [who] talked with {first} at [where] on "
                    f"[date]. {first} said: \"I like ... because ...\", \"I find ... hard\".' " + _other_ways(pep)),
    )


# ---------------------------------------------------------------------------------------------
# PV003 generic adult summaries


_YEAR_WORDS = {"year", "yr", "y", "years"}
_PLACE_PREPS = {"at", "into", "to", "from", "in"}
_NEGATIONS = {"not", "n't", "nt", "never", "no", "hardly"}
_DEGREE = {"really", "very", "that", "so", "too", "always", "still", "particularly", "quite", "all"}


def _negated(span) -> bool:
    """'not happy', "isn't keen", 'not really settled': a worry, not a stock summary."""
    d = span.doc
    i = span.start - 1
    while i >= span.sent.start and d[i].lower_ in _DEGREE:
        i -= 1
    return i >= span.sent.start and d[i].lower_ in _NEGATIONS


def _specific_words(r: VoiceReading, ph: _Phrases) -> tuple[list[str], list]:
    d = r.doc
    generic = [s for s in ph.find(d, "generic") if not _negated(s)]
    covered = {i for s in generic for i in range(s.start, s.end)}
    covered |= {i for s in ph.find(d, "unacceptable") for i in range(s.start, s.end)}
    specific = []
    places: set[int] = set()
    for t in d:
        if t.i in covered or not _is_word(t):
            continue
        lw = t.lower_
        if (lw in STOP_WORDS or lw in ph.vague or _is_name(lw, r.name_tokens) or lw in ph.child_words
                or lw in _THIRD_PERSON):
            continue
        prev = d[t.i - 1].lower_ if t.i > 0 else ""
        # a year group ("settled well into Year 9", "Y10") says nothing about the child's learning
        if (t.like_num and prev in _YEAR_WORDS) or re.fullmatch(r"(y|yr)\d{1,2}", lw):
            continue
        # a place named ("happy and settled at Riverside", "at Oak Tree Primary"): where, not what
        if (t.text[:1].isupper() and t.i > t.sent.start and stem(lw) not in ph.key_topics
                and (prev in _PLACE_PREPS or t.i - 1 in places)):
            places.add(t.i)
            continue
        specific.append(t.text)
    return specific, generic


def _is_generic(r: VoiceReading, ph: _Phrases, ctx) -> tuple[bool, list[str], list]:
    if not r.substantive:
        return False, [], []
    specific, generic = _specific_words(r, ph)
    limit = int(ctx.policy.get("voice.generic_max_specific_words"))
    # a subject or skill named ("finds spelling hard") is something the plan can respond to
    subject = any(stem(w.lower()) in ph.key_topics for w in specific)
    return bool(generic) and len(specific) <= limit and not subject, specific, generic


@check(
    code="PV003", needs=('pupil_voice',), name="pupil-voice-generic", title="The pupil voice is a general summary with nothing specific",
    severity="should-fix",
    rationale="""'X is happy at school', 'everything is fine', 'settled and doing well' could be written about any
child without asking them. Coventry asks for the child's "own thoughts, views, wishes, and goals" about school,
learning, friendships, support and aspirations; Walsall for "their views on their academic progress and wider
issues". A general summary gives the plan nothing to respond to.""",
    source=f"{COVENTRY}; seeds/walsall-pep-handbook.txt (Points to remember)",
    good="""Specific things in the child's words: which lessons they enjoy or find hard and why, who their friends
are, what or who helps, what they want to do next.""",
    bad=[Example({"pupil_voice.text": "Jayden is happy at school.", "child.name": "Jayden Clarke"}),
         Example({"pupil_voice.text": "Everything is fine, no concerns."}),
         Example({"pupil_voice.text": "Maya is settled and doing well."}),
         Example({"pupil_voice.text": "Maya is polite, helpful and a credit to her carers."}, "report praise"),
         Example({"pupil_voice.text": "Maya continues to be keen and wants to do well."}, "stock predicates only"),
         Example({"pupil_voice.text": "Maya is a lovely young lady who is happy and settled at Riverside."},
                 "a school's name is where, not what"),
         Example({"pupil_voice.text": "Maya has settled well into Year 9, she has good friendships and is working "
                  "hard in all lessons."}, "a year group and 'all lessons' are not specific"),
         Example({"child.name": "Kai Brown", "pupil_voice.text": "When asked, Kai shrugged and said 'dunno, it's ok'. "
                  "He didn't want to carry on."}, "a minimal quoted answer")],
    ok=[Example({}, "the baseline's voice"),
        Example({"pupil_voice.text": "I'm not keen on science because the experiments scare me."},
                "a negated stock word is a worry"),
        Example({"pupil_voice.text": "Maya is happy at school but finds spelling hard."}, "names a subject"),
        Example({"pupil_voice.text": "Maya says she is happy at school since she joined the Thursday netball team "
                 "with Ellie, and she is proud she moved up a set in maths."}, "positive, and specific")],
)
def pupil_voice_generic(pep, ctx):
    if not pep.part_ok("pupil_voice"):
        return
    ph = _phrases(ctx)
    r = reading(pep, ctx)
    fires, specific, generic = _is_generic(r, ph, ctx)
    if not fires:
        return
    first = _first(pep)
    words = [s.text for s in generic]
    sent = generic[0].sent
    example = first_person_example(sent.text.strip(), pep)
    extra = f" (apart from {_quote_list(specific)})" if specific else ""
    yield Hit(
        f"The pupil voice is a general summary ({_quote_list(words)}) with nothing specific{extra} about "
        f"{_poss(first)} learning, friendships, support or hopes: it could describe any child.",
        field=FIELD, evidence=r.text[sent.start_char:sent.end_char], span=(sent.start_char, sent.end_char),
        suggestion=(f"Ask {first} about particular things and write down the answers in {_poss(first)} words"
                    + (f", e.g. instead of '{_short(sent.text.strip(), 80)}' write '{example}'" if example else
                       ", e.g. 'The best thing about school is ... because ...'")
                    + ", 'I find ... hard', 'I would like help with ...', 'When I leave school I want to ...'."),
    )


# ---------------------------------------------------------------------------------------------
# PV004 third person only


def _example_from(pep: PEP, r: VoiceReading, ph: _Phrases):
    """The clause to rewrite in the first person: one saying what the child likes / wants / finds, if any."""
    d = r.doc
    cue_at = {}
    for s in ph.find(d, "perspective"):
        reporting = s.text.lower() in _REPORT_VERBS or s.text.lower() in ("say", "tell", "added", "wrote", "commented")
        cue_at[s.start] = min(cue_at.get(s.start, 2), 1 if reporting else 0)
    bad = {i for s in ph.find(d, "unacceptable") for i in range(s.start, s.end)}
    clauses = _clauses(d)

    def rank(cl):
        cues = [cue_at[t.i] for t in cl if t.i in cue_at]
        return (min(cues) if cues else 2, any(t.i in bad for t in cl), cl.start)

    for cl in sorted(clauses, key=rank):
        s, e = _trim_clause(cl)
        ex = first_person_example(r.text[s:e], pep)
        if ex:
            return ex, d.char_span(s, e, alignment_mode="expand") or cl
    first = list(d.sents)[0]
    return None, first


def _observation_record(pep: PEP, r: VoiceReading, ph: _Phrases) -> list[str]:
    """Why third-person writing is expected here (early years, observation, non-verbal), if it is."""
    if _phase(pep) == "early_years":
        return ["early years"]
    found = [s.text for s in ph.find(r.doc, "observation")]
    how = pep.pupil_voice.captured_how
    if how:
        found += [s.text for s in ph.find(nlp_doc(_straight(how)), "observation")]
    return found


_SEGMENT_START = {".", ",", ";", ":", "-", "–", "—", "•", "*", "!", "?", "(", ")"}


def _about_child(r: VoiceReading, ph: _Phrases) -> bool:
    """Whether the text is written about the child: their name, he/she, 'the young person', an adult's 'I spoke
    with', or a note opening with a reporting verb ('likes school, no issues'). 'All good.' is none of these."""
    d = r.doc
    for t in d:
        lw = t.lower_
        if _is_name(lw, r.name_tokens) or lw in _THIRD_PERSON or (lw in ph.child_words and lw not in ("'s", "s'")):
            return True
        if lw in ph.reported_verbs and (t.i == t.sent.start or d[t.i - 1].text in _SEGMENT_START
                                        or d[t.i - 1].text.endswith(("-", ":"))):
            return True
    return bool(ph.find(d, "adult_first_person"))


@check(
    code="PV004", needs=('pupil_voice',), name="pupil-voice-third-person", title="The pupil voice has none of the child's own words",
    severity="should-fix",
    rationale="""A voice written only about the child ("Maya said she likes art") is the adult's account. The
guidance wants the child to "feel heard" and their voice to be "central": their own words, first person or quoted,
carry what matters to them. Early years and non-verbal records made by observation, signing or symbols are
exempt: there, describing what the child chose, did and said is the voice.""",
    source=f"{COVENTRY}; domain.md (What QA officers look for, 1: third-person only is weak)",
    good="""The child's words, in the first person ('I like ...') or quoted ("I want help with fractions"); early
years or non-verbal children: what they chose, showed, signed or said during play or observation.""",
    bad=[Example({"pupil_voice.text": "Maya says she enjoys art and drama. She finds fractions difficult. She would "
                  "like to be a vet."}),
         Example({"pupil_voice.text": "I spoke with Maya on 3 October. She told me she likes PE but finds fractions "
                  "hard. She wants to be a vet."}, "the 'I' is the adult's"),
         Example({"pupil_voice.text": "Maya is settled and doing well."}, "generic and about her: PV003 as well"),
         Example({"pupil_voice.text": "likes art, finds maths hard, wants to be a vet"}, "notes with no subject")],
    ok=[Example({}, "the baseline: first person throughout"),
        Example({"pupil_voice.text": "When asked about school Maya said 'I love drama, it's the best lesson' and "
                 "'I want more help with fractions'."}, "quoted words"),
        Example({"child.phase": "early_years", "child.year_group": -1, "pupil_voice.text": "During play Maya chose "
                 "the train set every day and lined the trains up by colour. She hides behind her keyworker at "
                 "tidy-up time."}, "early years observation"),
        Example({"pupil_voice.text": "Everything is fine, no concerns."}, "whose words cannot be told: PV003 only")],
)
def pupil_voice_third_person(pep, ctx):
    if not pep.part_ok("pupil_voice"):
        return
    ph = _phrases(ctx)
    r = reading(pep, ctx)
    if not r.substantive or r.quotes or r.child_words:
        return
    if _observation_record(pep, r, ph) or not _about_child(r, ph):
        return
    first = _first(pep)
    d = r.doc
    example, src = _example_from(pep, r, ph)
    adult = ph.find(d, "adult_first_person")
    who = (f" (the first person here is the adult's: '{adult[0].text}')" if adult else "")
    yield Hit(
        f"The pupil voice is written about {first}, not by {first}: there are none of {_poss(first)} own words "
        f"(no 'I' or 'my' from {first} and no quoted speech){who}.",
        field=FIELD, evidence=r.text[src.start_char:src.end_char], span=(src.start_char, src.end_char),
        suggestion=(f"Record {_poss(first)} own words, first person or in quotation marks"
                    + (f", e.g. '{example}' rather than '{_short(src.text.strip(), 90)}'" if example
                       else ", e.g. 'I like ... because ...'")
                    + f". Write down what {first} actually says; keep the adult's summary separate if it is needed."),
    )


# ---------------------------------------------------------------------------------------------
# PV005 child absent and no record of how the views were gathered


def _child_absent(pep: PEP) -> Optional[str]:
    """Why we know the child was not at the meeting, or None if they were (or we cannot tell)."""
    pv = pep.pupil_voice
    if pv.child_attended is True:
        return None
    if pv.child_attended is False:
        return "recorded as not attending"
    kids = [a for a in pep.attendees if a.role == Role.child]
    if kids:
        if all(a.attended is False for a in kids):
            return "marked absent on the attendance list"
        return None
    if pep.attendees and pep.part_ok("attendees"):  # a list pepqa read only in part says nothing of who was missing
        return "not on the attendance list"
    return None


_CHILD_REFS = {"him", "her", "them", "he", "she", "they"}


def _methods(d: Doc, ph: _Phrases, names: set[str], field: bool) -> list:
    """Spans of ``d`` naming how views were gathered, outside any non-answer phrase. In the voice text only a
    method counts (or a contact with the child: "met Maya"); the "how gathered" field may also name just a
    person ("Keyworker obs") or an occasion ("tutor time on 6 Oct")."""
    unacceptable = ph.find(d, "unacceptable")
    bad = {i for s in unacceptable for i in range(s.start, s.end)}
    found = list(ph.find(d, "capture_methods"))
    for s in ph.find(d, "capture_contact"):
        j = s.end
        while j < len(d) and d[j].lower_ in ("with", "to", "up"):
            j += 1
        if j >= len(d):
            continue
        # "met Maya"; "met her" only when an adult is named before it ("Miss Price met her"), since in the
        # child's own words "I saw her" is about someone else
        adult_before = any(p.sent.start == s.sent.start and p.end <= s.start for p in ph.find(d, "capture_people"))
        if _is_name(d[j].lower_, names) or (d[j].lower_ in _CHILD_REFS and (field or adult_before)):
            found.append(d[s.start:j + 1])
    if field:
        # a person or an occasion, but not in a clause giving a non-answer ("did not want to come on 6 Oct")
        refusing = {i for cl in _clauses(d) if any(cl.start <= i < cl.end for i in bad)
                    for i in range(cl.start, cl.end)}
        who_when = list(ph.find(d, "capture_people")) + list(ph.find(d, "capture_occasions"))
        who_when += [d[t.i:t.i + 1] for t in d if t.like_num and any(c.isdigit() for c in t.text)]  # a date
        found += [s for s in who_when if s.start not in refusing]
    # "Not recorded", "no phone call": a method denied is not a method
    return sorted((s for s in found if not any(i in bad for i in range(s.start, s.end)) and not _negated(s)),
                  key=lambda s: s.start)


def _how_recorded(pep: PEP, r: VoiceReading, ph: _Phrases) -> Optional[str]:
    names = _name_tokens(pep)
    how = (pep.pupil_voice.captured_how or "").strip()
    if how:
        f = _flat(how)
        if f and f not in ph.placeholders and f not in ph.non_answers and _methods(
                nlp_doc(_straight(how)), ph, names, field=True):
            return how
    found = _methods(r.doc, ph, names, field=False) if r.doc is not None else []
    return found[0].text if found else None


@check(
    code="PV005", needs=('pupil_voice',), name="pupil-voice-how-not-recorded",
    title="The child was not at the meeting and the PEP does not say how their views were gathered",
    severity="must-fix",
    rationale="""Coventry: "Even if the young person does not attend the meeting or chooses not to complete a form,
the professionals involved are responsible for capturing their perspective", through conversations, keyworker or
mentor sessions, observations, drawings, voice notes or letters. When the child was not there, the reader cannot
tell whose words these are, or whether the child was asked at all, unless the PEP says how and when. A note of
how they were gathered must name a method, a person or an occasion: "Views below" or "Maya did not want to come
to the meeting" say neither how nor by whom.""",
    source=f"{COVENTRY}; seeds/walsall-pep-handbook.txt (Talk to the child/young person to gain their views)",
    good="""'Maya did not come to the meeting; her carer talked with her at home on 2 October and wrote down her
words.' or 'Keyworker observations over two weeks of free play.'""",
    bad=[Example({"pupil_voice.child_attended": False, "attendees[0].attended": False,
                  "pupil_voice.captured_how": None}, "absent, no method"),
         Example({"pupil_voice.child_attended": None, "attendees[0].attended": False,
                  "pupil_voice.captured_how": "N/A"}, "attendance list shows absence; method 'N/A'"),
         Example({"pupil_voice.child_attended": False, "pupil_voice.captured_how": "Maya refused to attend."},
                 "a reason for absence, not a method"),
         Example({"pupil_voice.child_attended": False, "pupil_voice.captured_how": "See below"},
                 "names no method, person or occasion")],
    ok=[Example({}, "child attended"),
        Example({"pupil_voice.child_attended": False, "attendees[0].attended": False,
                 "pupil_voice.captured_how": "Carer talked with Maya at home the evening before the meeting."}),
        Example({"pupil_voice.child_attended": False, "pupil_voice.captured_how": None,
                 "pupil_voice.text": "Views gathered by Miss Price in a 1:1 conversation on 6 October: I like "
                 "English and I want to be a vet."}, "method stated in the voice itself"),
        Example({"pupil_voice.child_attended": False, "pupil_voice.captured_how": None,
                 "pupil_voice.text": "Did not attend. Miss Price met Maya at lunch on 3 October and she said she "
                 "wants help with fractions and likes English."}, "an adult met the child: says how"),
        Example({"pupil_voice.child_attended": False, "pupil_voice.captured_how": "Keyworker, during free play"},
                "a person and an occasion")],
)
def pupil_voice_how_not_recorded(pep, ctx):
    if not pep.part_ok("pupil_voice"):
        return
    r = reading(pep, ctx)
    if not r.substantive:
        return  # PV001/PV002 already ask for the views and how they were gathered
    why = _child_absent(pep)
    if not why or _how_recorded(pep, r, _phrases(ctx)):
        return
    first = _first(pep)
    by = (pep.pupil_voice.captured_by or "").strip()
    who = by if by and _flat(by) not in _phrases(ctx).non_answers else "[who]"
    how = (pep.pupil_voice.captured_how or "").strip()
    said = (f"the note of how {_poss(first)} views were gathered ('{_short(how, 80)}') names no method, person or "
            f"occasion" if how else f"the PEP does not say how {_poss(first)} views were gathered")
    yield Hit(
        f"{_First(pep)} was not at the meeting ({why}), and {said}, so a reader cannot tell whose words these are "
        f"or whether {first} was asked.",
        field="pupil_voice.captured_how", section="pupil_voice",
        evidence=_short(how, 120) if how else _short(r.text, 120),
        suggestion=(f"Add how and when {_poss(first)} views were captured, e.g. '{who} talked with {first} at [place] on "
                    f"[date] and wrote down {_poss(first)} words.' " + _other_ways(pep)),
    )


# ---------------------------------------------------------------------------------------------
# PV006 themes


def themes_found(r: VoiceReading, ph: _Phrases) -> dict[str, list[str]]:
    """Theme -> the words that evidence it. Longest phrase wins across themes: 'homework club' is support."""
    d = r.doc
    spans = []
    for t in ph.themes + ["_neutral"]:
        for s in ph.find(d, f"theme:{t}" if t != "_neutral" else "theme_neutral"):
            spans.append(d[s.start:s.end])
            spans[-1].label_ = t
    out: dict[str, list[str]] = {}
    for s in sorted(filter_spans(spans), key=lambda s: s.start):
        if s.label_ != "_neutral":  # "after school" is a time, not a view about school
            out.setdefault(s.label_, []).append(s.text)
    return {t: out[t] for t in ph.themes if t in out}


@check(
    code="PV006", needs=('pupil_voice',), name="pupil-voice-themes", title="The pupil voice covers few of the themes the guidance lists",
    severity="advice",
    rationale="""Coventry's Section C is "where the young person's views are captured - about school, learning,
friendships, support, and future aspirations"; Walsall asks about what is going well, what is not, and long and
short term aspirations. A voice on one theme only suggests the conversation was narrow. This is advice, not a
fault: the child decides what matters to them, one heartfelt sentence is authentic, and a theme count is a coarse
measure, so it prompts a wider conversation next time rather than marking the PEP down.""",
    source=f"{COVENTRY} (Section C); seeds/walsall-pep-handbook.txt (Topics for discussion)",
    good="The child's views touch at least two of: school, learning, friendships, support, aspirations.",
    bad=[Example({"pupil_voice.text": "I want to be a hairdresser and have my own salon one day."}, "aspirations only"),
         Example({"pupil_voice.text": "My best friends are Priya and Jess. We go to the park on Saturdays."}),
         Example({"pupil_voice.text": "My best mates are Kai and Sam and we go to the park after school."},
                 "'after school' is a time, not a view about school"),
         Example({"pupil_voice.text": "My best friend is Keeley and we play tig and do each other's hair at break."},
                 "'at break' is a time too")],
    ok=[Example({}, "the baseline covers all five"),
        Example({"pupil_voice.text": "I like maths and science. I want to be an engineer like my uncle."}),
        Example({"pupil_voice.text": "skool is long. i only like PE and BTEC sport. dont see the point of english. "
                 "wanna be a boxer"}, "themes spelt as the child spells them")],
)
def pupil_voice_themes(pep, ctx):
    if not pep.part_ok("pupil_voice"):
        return
    ph = _phrases(ctx)
    r = reading(pep, ctx)
    if not r.substantive or _is_generic(r, ph, ctx)[0]:
        return
    need = int(ctx.policy.get("voice.min_themes"))
    found = themes_found(r, ph)
    if len(found) >= need:
        return
    first = _first(pep)
    missing = [t for t in ph.themes if t not in found]
    have = "; ".join(f"{t} ({_quote_list(w, 3)})" for t, w in found.items())
    prompts = ph.vocab.get("theme_prompts", {})
    asks = " ".join(f"'{prompts[t]}'" for t in missing if t in prompts)
    yield Hit(
        (f"{_poss(_First(pep))} views touch only on {have}" if found else
         f"{_poss(_First(pep))} views do not touch on any of the themes the guidance lists")
        + f"; nothing about {', '.join(missing[:-1]) + ' or ' + missing[-1] if len(missing) > 1 else missing[0]}.",
        field=FIELD, evidence=r.text[:len(r.text.rstrip())], span=(0, len(r.text.rstrip())),
        suggestion=f"Next time, widen the conversation with {first}, e.g. {asks}",
    )


# ---------------------------------------------------------------------------------------------
# PV007 unchanged from the previous PEP


def _words(text: str) -> list[str]:
    return [t.lower_ for t in nlp_doc(_straight(text)) if t.is_alpha or t.like_num]


def similarity(a: str, b: str) -> float:
    """Token-set overlap (Jaccard) of two texts' words."""
    wa, wb = set(_words(a)), set(_words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


@check(
    code="PV007", name="pupil-voice-unchanged", title="The pupil voice is copied from the previous PEP",
    severity="should-fix",
    rationale="""The PEP is a "living document" reviewed each term (Essex), and the child's views are to be gathered
before each meeting (Walsall). Views carried over word for word suggest the child was not asked again; a child's
views change as their term does.""",
    source="seeds/essex-virtual-school-guide.txt (Personal Education Plans: a 'living' document); "
           "seeds/walsall-pep-handbook.txt (Section C)",
    good="Fresh views each term, saying what has changed since the last PEP (even 'I still want to be a vet, and now ...').",
    bad=[Example({"pupil_voice.previous_text": "I like English because Miss Price lets us choose our own books and I "
                  "am reading Wonder. Maths is hard for me, especially fractions, and I get worried when I have to "
                  "answer in front of the class. My friends Ellie and Tom sit with me at lunch. The homework club "
                  "helps me because it is quiet. When I leave school I want to be a vet."}, "one word changed")],
    ok=[Example({}, "no previous voice carried"),
        Example({"pupil_voice.previous_text": "I want to be a vet. I like science."}, "one sentence repeated")],
)
def pupil_voice_unchanged(pep, ctx):
    if not pep.part_ok("pupil_voice"):
        return
    prev = pep.pupil_voice.previous_text
    r = reading(pep, ctx)
    if not prev or not prev.strip() or not r.substantive:
        return
    sim = similarity(r.text, prev)
    if sim < float(ctx.policy.get("voice.unchanged_similarity")):
        return
    first = _first(pep)
    a, b = _words(r.text), _words(prev)
    # point at the longest passage the two share
    toks = [t for t in nlp_doc(_straight(r.text)) if t.is_alpha or t.like_num]
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    if m.size:
        s, e = toks[m.a].idx, toks[m.a + m.size - 1].idx + len(toks[m.a + m.size - 1])
    else:
        s, e = 0, len(r.text)
    yield Hit(
        f"The pupil voice is {round(sim * 100)}% the same as the previous PEP's ('{_short(r.text[s:e], 90)}' "
        f"appears in both): {_poss(first)} views look carried forward rather than asked again.",
        field=FIELD, evidence=r.text[s:e], span=(s, e),
        suggestion=(f"Ask {first} again this term and record what has changed, e.g. 'Since my last PEP ... is going "
                    f"better because ...', 'I still find ... hard', and date when the views were gathered."),
    )


# ---------------------------------------------------------------------------------------------
# PV008 voice the targets do not respond to

_SPLIT_WORDS = {"but", "however", "although", "though", "whereas"}
# A clause saying what already helps ("Ms Mensah gives me a cuddle", "the writing frames help me start",
# "Miss Begum is the person I go to") is support that works, not a worry the plan has left unanswered.
_SUPPORT_WORKS = re.compile(
    r"\b(helps? me|helped me|gives? me|is the (person|one) i (go|talk) to|i (can )?(go|talk) to|makes? me feel "
    r"(better|safe|calm)|calms? me( down)?|cheers? me up)\b", re.I)
# Words too general to be what a worry is about: a target "mentioning" them, or not, says nothing.
_WEAK_TOPIC = {"gives", "give", "gave", "person", "someone", "big", "long", "little", "small", "short", "form",
               "cuddle", "cuddles", "start", "answers", "right", "wrong", "much", "many", "more", "most"}
_SUBJECTS = {"i", "he", "she", "they", "we", "it"}


def _clauses(d: Doc) -> list:
    """Clauses: sentences split at 'but', ';' and at ', and'/'and' before a new subject."""
    out = []
    for sent in d.sents:
        start = sent.start
        for t in sent:
            cut = False
            if t.lower_ in _SPLIT_WORDS or t.text == ";":
                cut = True
            elif t.lower_ in ("and", ",") and t.i + 1 < sent.end and (d[t.i + 1].lower_ in _SUBJECTS or (
                    t.lower_ == "," and d[t.i + 1].lower_ == "and")):
                cut = True
            if cut and t.i > start:
                out.append(d[start:t.i])
                start = t.i
        if start < sent.end:
            out.append(d[start:sent.end])
    return out


def _target_stems(pep: PEP, ph: _Phrases) -> tuple[dict[str, str], dict[int, str]]:
    """stem -> a word as written in the targets (text, actions, success criteria, area), and concept group -> the
    targets' words for it."""
    out: dict[str, str] = {}
    concepts: dict[int, str] = {}
    for t in pep.targets:
        for part in (t.area, t.text, t.actions, t.success_criteria):
            d = nlp_doc(_straight(part or ""))
            for tok in d:
                if tok.is_alpha and tok.lower_ not in STOP_WORDS and stem(tok.lower_) not in ph.target_ignore:
                    out.setdefault(stem(tok.lower_), tok.text)
            for i, w in ph.concepts_in(d).items():
                concepts.setdefault(i, w)
    return out, concepts


def concerns(pep: PEP, r: VoiceReading, ph: _Phrases) -> list[tuple]:
    """(clause span, concern words, matched words) for each clause that raises a worry, difficulty or wish for help."""
    d = r.doc
    cue_spans = [s for s in ph.find(d, "concern_cues") if not _negated(s)]  # "no worries", "isn't hard"
    if not cue_spans:
        return []
    cue_tokens = {i for s in cue_spans for i in range(s.start, s.end)}
    # "couldn't come because of an appointment" is about the meeting, not a worry for the plan
    about_meeting = {i for s in ph.find(d, "unacceptable") for i in range(s.start, s.end)}
    targets, target_concepts = _target_stems(pep, ph)
    out = []
    people = {w.lower() for a in pep.attendees for w in re.findall(r"[A-Za-z][A-Za-z'-]+", a.name or "")}
    for cl in _clauses(d):
        if not any(t.i in cue_tokens for t in cl) or any(t.i in about_meeting for t in cl):
            continue
        if _SUPPORT_WORKS.search(cl.text):
            continue
        words = []
        for t in cl:
            lw = t.lower_
            if (t.i in cue_tokens or not t.is_alpha or lw in STOP_WORDS or lw in ph.concern_ignore
                    or _is_name(lw, r.name_tokens) or lw in people or lw in _WEAK_TOPIC
                    or lw in _THIRD_PERSON or len(lw) < 3):
                continue
            if t.i > 0 and d[t.i - 1].lower_.rstrip(".") in _TITLES:
                continue  # a person's name: "Mr Ahmed"
            if t.text[0].isupper() and t.i > cl.sent.start and stem(lw) not in ph.key_topics:
                continue  # another proper name (a friend, a book): not what the worry is about
            words.append(t.text)
        if not words and out and out[-1][0].sent.start == cl.sent.start:
            continue  # "Times tables are hard, I always forget the 7s": the same worry, said again
        if not words:
            # "I keep getting detentions": the worry word is itself the topic when it is a known topic word,
            # or a concept phrase ("I fell out with Ellie")
            words = [t.text for t in cl if t.i in cue_tokens and t.is_alpha and stem(t.lower_) in ph.synonyms]
            words = words or list(dict.fromkeys(ph.concepts_in(d, cl.start, cl.end).values()))
        if not words:
            continue
        matched = []
        for w in words:
            sw = stem(w.lower())
            for s in ph.synonyms.get(sw, {sw}):
                if s in targets:
                    matched.append((w, targets[s]))
                    break
        # the same concept in other words: "putting my hand up" ~ a target to "answer aloud"
        for i, w in ph.concepts_in(d, cl.start, cl.end).items():
            if i in target_concepts and not any(m[0] == w for m in matched):
                matched.append((w, target_concepts[i]))
        # a concern about a subject ("the English exam") is answered by a target on that subject, not by one
        # that shares another word ("functional skills maths exam")
        keys = [w for w in words if stem(w.lower()) in ph.key_topics]
        if keys:
            matched = [(w, tw) for w, tw in matched if w in keys]
        out.append((cl, words, matched))
    return out


@check(
    code="PV008", needs=('pupil_voice', 'targets'), name="pupil-voice-not-reflected", title="Something the child raised is not picked up by any target",
    severity="advice",
    rationale="""Essex: "The views of the young person are at the heart of the PEP process, helping to shape the plan,
do, and review cycle"; Walsall: PEPs "are most likely to be effective when they are informed by and include the
voice of the child". When the child says something is hard or worrying and no target or action mentions it, the
child cannot see that they were heard. pepqa compares the words of each worry with the targets' words, so this is
advice: the plan may answer it elsewhere, or there may be a reason it is not a priority now.""",
    source="seeds/essex-virtual-school-guide.txt (Personal Education Plans); "
           "seeds/walsall-pep-handbook.txt (Points to remember); domain.md (1: no link between voice and plan)",
    good="Each worry the child raises is visibly answered by a target or action (\"voice strongly captured, with "
         "impact evidenced\").",
    bad=[Example({"pupil_voice.text": "I like English, but spelling is hard and I always get my spellings wrong. My "
                  "friends are Ellie and Tom. I want to be a vet."}, "no target mentions spelling"),
         Example({"pupil_voice.text": "I keep getting lost between lessons because the site is so big. I like PE "
                  "and my friend Sam."}, "getting lost"),
         Example({"pupil_voice.text": "I'm always tired because the taxi picks me up at 7. I like PE and my "
                  "friend Sam."}, "tiredness and the journey"),
         Example({"pupil_voice.text": "People keep saying stuff about me being in care and it makes me so angry I "
                  "end up kicking off. I like PE and my mate Sam."}, "what others say, and the anger it causes"),
         Example({"pupil_voice.text": "Tell them I'm not going back in the inclusion room, it's like a prison. I'm "
                  "alright in PE and construction."}, "a refusal to go somewhere"),
         Example({"child.name": "Sami Okoro", "pupil_voice.text": "Sami is non-verbal and uses PECS. He chose the "
                  "'swimming' symbol and pushed the 'assembly' card away with his hands over his ears."},
                 "shown, not said: hands over his ears")],
    ok=[Example({}, "fractions and answering in class are both picked up by targets"),
        Example({"pupil_voice.text": "I love drama and English. My friends are Tia and Ellie. I want to be an actor."},
                "no worry raised"),
        Example({"pupil_voice.text": "I go red when I have to put my hand up. I like PE and my friend Sam."},
                "'hand up' is the concept of target 3's 'answer aloud'"),
        Example({"pupil_voice.text": "I struggle with essays. I like PE and my friend Sam."},
                "essays are writing: target 1"),
        Example({"pupil_voice.text": "Times tables are hard, I always forget the 7s and 8s. I like art and my friend "
                 "Noah.", "targets[1]": {"number": 2, "area": "Maths", "text": "Maya will recall the 7 and 8 times "
                 "tables, 25 out of 30 correct in 3 minutes, by February half-term.", "actions": "TTRockstars 10 "
                 "mins daily.", "success_criteria": "25/30 on the Friday tables check.", "who": "Mrs Noor (TA)",
                 "by_when": "Feb half-term 2026", "term": "short"}},
                "'forget the 7s' restates the times-tables worry, which a target answers")],
)
def pupil_voice_not_reflected(pep, ctx):
    if not pep.part_ok("pupil_voice") or not pep.part_ok("targets") or not pep.targets:
        return
    ph = _phrases(ctx)
    r = reading(pep, ctx)
    if not r.substantive:
        return
    found = concerns(pep, r, ph)
    answered = [m for cl, w, m in found if m]
    first = _first(pep)
    # one finding per sentence: "spelling is hard and I always get my spellings wrong" is one worry
    groups: list[list] = []
    for cl, words, matched in found:
        if matched:
            continue
        if groups and groups[-1][0].sent.start == cl.sent.start:
            groups[-1] = [r.doc[groups[-1][0].start:cl.end], groups[-1][1] + words]
        else:
            groups.append([cl, list(words)])
    for cl, words in groups:
        span = _trim_clause(cl)
        said = r.text[span[0]:span[1]]
        also = ""
        if answered:
            also = f" (by contrast, '{answered[0][0][0]}' is picked up by the targets)"
        own = any(t in r.child_words for t in cl) or any(s <= cl.start_char < e for s, e in r.quotes)
        lead = f"{_First(pep)} says" if own else "The pupil voice records"
        topic = _quote_list(words, 2)
        yield Hit(
            f"{lead} '{_short(said, 160)}', but no target or action mentions {_quote_list(words)}{also}.",
            field=FIELD, evidence=said, span=span,
            suggestion=(f"Show {first} this was heard: add or adjust a target that responds to {topic}, e.g. "
                        f"'{_First(pep)} will [what, measured how] by [date], with [who], [how often]', or say in the "
                        f"plan why it is not the priority this term."),
        )


def _trim_clause(cl) -> tuple[int, int]:
    """Character span of a clause without a leading 'but'/'and'/comma or trailing punctuation."""
    toks = list(cl)
    while toks and (toks[0].lower_ in _SPLIT_WORDS | {"and", ",", ";"}):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return cl.start_char, cl.end_char
    return toks[0].idx, toks[-1].idx + len(toks[-1])
