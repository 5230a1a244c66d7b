"""The pupil voice read once, shared by the PV checks (``pepqa/checks/voice_*.py``).

Coventry: "Capturing pupil voice is non-negotiable. It is never acceptable for the PEP to say:
'No pupil views shared' or 'Pupil didn't want to give their views.'" The checks read
``pep.pupil_voice`` with rule-based phrase matching (wording in ``data/vocab/voice.toml``, which an
authority can extend), so every finding names the words that triggered it.

One analysis of the voice text (:func:`read_voice`) is shared by the checks, so they agree on what
is empty, a non-answer or the child's own words. The checks are graded so that one weakness gives
one comment: when the voice is empty (PV001) or a non-answer (PV002), the checks on its quality
stay silent; when it is a generic summary (PV003), the themes check (PV006) stands aside. A generic
summary written about the child ("Maya is happy at school") gets both PV003 and PV004: nothing
specific, and none of the child's own words, are two problems.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ...matching import PhraseBook, stems, straight, words
from ...model import PEP
from ...nlp import doc as nlp_doc, stem
from ...vocab import load_vocab
from .empties import FORM_VOCAB, EmptyCells, empty_cells_for
from .voice_messages import short

FIELD = "pupil_voice.text"
COVENTRY = "seeds/coventry-pep-guidance.txt (Pupil voice)"

# The lists the shared reading uses to tell an empty voice (PV001) and a non-answer (PV002): declared by
# those checks in ``vocab=``. The voice is empty with the form placeholders of every box (empty.toml) but not
# with its "empty answers": "N/A" in the voice is a non-answer (PV002), not an unfilled box.
EMPTY_VOCAB = FORM_VOCAB + ("voice.placeholders", "voice.prompt_words", "voice.slots")
NON_ANSWER_VOCAB = ("voice.unacceptable", "voice.non_answers", "voice.perspective", "voice.filler",
                    "voice.first_person", "voice.split_words", "voice.clause_subjects", "voice.slots")
CLAUSE_VOCAB = ("voice.split_words", "voice.clause_subjects")

_PART = re.compile(r"\([^()]*\)[?*+]?|\S+")
_JOINERS = {"and", "but", "then", ","}
# double quotes, or single quotes that may hold a contraction ('it's better this year')
_QUOTES = re.compile(r'"([^"\n]{1,400})"|(?<![\w])\'((?:[^\'\n]|(?<=[A-Za-z])\'(?=[A-Za-z])){1,400}?)\'(?![\w])')


class VoicePhrases:
    """The voice vocabulary compiled once: one phrase book for every phrase list, and the plain-word sets."""

    LISTS = ("unacceptable", "perspective", "generic", "adult_first_person", "observation", "capture_methods",
             "capture_contact", "capture_people", "capture_occasions", "concern_cues", "theme_neutral",
             "support_works")

    def __init__(self, vocab: dict, empty: EmptyCells):
        """``empty``: the whole texts that leave a voice field unfilled (form placeholders, voice.toml placeholders;
        :func:`phrases_for`)."""
        self.vocab = vocab
        self.empty = empty
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
        self.non_answers = {flat(p) for p in vocab["non_answers"]}
        w = lambda name: words(vocab.get(name, []))  # noqa: E731
        self.filler, self.reported_verbs, self.prompt_words = w("filler"), w("reported_verbs"), w("prompt_words")
        self.vague, self.concern_ignore = w("vague_words"), w("concern_ignore")
        self.first_person, self.third_person, self.child_refs = w("first_person"), w("third_person"), w("child_refs")
        self.contact_particles, self.titles = w("contact_particles"), w("titles")
        self.negations, self.degree = w("negations"), w("degree_words")
        self.year_words, self.year_abbreviations, self.place_preps = (w("year_words"), w("year_abbreviations"),
                                                                      w("place_preps"))
        self.split_words, self.clause_subjects = w("split_words"), w("clause_subjects")
        self.report_verbs, self.report_verb_forms = w("report_verbs"), w("report_verb_forms")
        self.example_adverbs, self.example_clause_end = w("example_adverbs"), w("example_clause_end")
        self.example_next_clause, self.weak_topics = w("example_next_clause"), w("weak_topics")
        self.target_ignore = stems(vocab.get("target_ignore", []))
        self.key_topics = stems(vocab["key_topics"])
        self.child_words = words(slots.get("child", []))
        self.synonyms: dict[str, set[str]] = {}
        self.word_concepts: dict[str, set[int]] = {}  # stem -> concept groups it belongs to
        for i, group in enumerate(vocab["topic_synonyms"]):
            group_stems = {stem(w) for w in group if len(_PART.findall(w)) == 1}
            for s in group_stems:
                self.synonyms.setdefault(s, set()).update(group_stems)
                self.word_concepts.setdefault(s, set()).add(i)

    def concepts_in(self, d: Doc, start: int = 0, end: Optional[int] = None) -> dict[int, str]:
        """Concept group -> the words of ``d[start:end]`` that belong to it (phrases and single words)."""
        end = len(d) if end is None else end
        out: dict[int, str] = {}
        # the whole book when it has already run on ``d`` (its matches are cached), else the concepts alone
        book = self.book if self.book.has_read(d) else self.concept_book
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
def phrases_for(vocab_dir: str) -> VoicePhrases:
    return VoicePhrases(load_vocab("voice", vocab_dir), empty_cells_for(vocab_dir, "voice.placeholders", answers=False))


def phrases(ctx) -> VoicePhrases:
    """The voice vocabulary of the policy's ``data.vocab_dir`` (pepqa's own when none)."""
    return phrases_for(ctx.policy.get("data.vocab_dir") or "")


def flat(text: str) -> str:
    """Lower case, letters/digits/spaces only: 'N/A.' -> 'na', 'T.B.C' -> 'tbc'."""
    t = re.sub(r"[^a-z0-9 ]+", "", straight(text).lower())
    return re.sub(r"\s+", " ", t).strip()


def name_tokens(pep: PEP) -> set[str]:
    name = f"{pep.child.name or ''} {pep.child.first_name or ''}"
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]+", name)}


def is_name(word: str, names: set[str]) -> bool:
    """The child's name, also as a possessive written without an apostrophe ('Mayas views')."""
    w = word.lower()
    return w in names or (len(w) > 3 and w.endswith("s") and w[:-1] in names)


# ---------------------------------------------------------------------------------------------
# Clauses and negation: how the checks cut a sentence and turn a phrase round


def clauses(d: Doc, ph: VoicePhrases) -> list:
    """Clauses: sentences split at 'but', ';' and at ', and'/'and' before a new subject."""
    out = []
    for sent in d.sents:
        start = sent.start
        for t in sent:
            cut = False
            if t.lower_ in ph.split_words or t.text == ";":
                cut = True
            elif t.lower_ in ("and", ",") and t.i + 1 < sent.end and (d[t.i + 1].lower_ in ph.clause_subjects or (
                    t.lower_ == "," and d[t.i + 1].lower_ == "and")):
                cut = True
            if cut and t.i > start:
                out.append(d[start:t.i])
                start = t.i
        if start < sent.end:
            out.append(d[start:sent.end])
    return out


def trim_clause(cl, ph: VoicePhrases) -> tuple[int, int]:
    """Character span of a clause without a leading 'but'/'and'/comma or trailing punctuation."""
    toks = list(cl)
    while toks and (toks[0].lower_ in ph.split_words or toks[0].lower_ in ("and", ",", ";")):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return cl.start_char, cl.end_char
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def negated(span, ph: VoicePhrases) -> bool:
    """'not happy', "isn't keen", 'not really settled': a worry, not a stock summary."""
    d = span.doc
    i = span.start - 1
    while i >= span.sent.start and d[i].lower_ in ph.degree:
        i -= 1
    return i >= span.sent.start and d[i].lower_ in ph.negations


# ---------------------------------------------------------------------------------------------
# Reading the voice once


@dataclass
class VoiceReading:
    """What the voice text is: empty, a non-answer, or views; where its quotes and the child's own "I" are."""

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


def _only_form_words(text: str, names: set[str], ph: VoicePhrases) -> bool:
    """The text is made only of form-prompt words, the child's name and child words: a prompt or heading."""
    ws = [w for w in re.findall(r"[a-z0-9]+", straight(text).lower().replace("'s", " s"))]
    return bool(ws) and all(w in ph.prompt_words or w in ph.child_words or is_name(w, names) for w in ws)


def _empty(text: str, names: set[str], ph: VoicePhrases) -> Optional[VoiceReading]:
    """The reading of a voice that records nothing (PV001), or None."""
    stripped = flat(text).strip()
    if not stripped:
        return VoiceReading(text, None, empty=True)
    if ph.empty(text):  # a form's placeholder left in: the shared ones (empty.toml) and the voice's own
        return VoiceReading(text, None, empty=True, placeholder=text.strip())
    if not [w for w in stripped.split() if not is_name(w, names) and w not in ph.child_words]:
        return VoiceReading(text, None, empty=True)  # only the child's name
    if _only_form_words(text, names, ph):
        # a prompt left in ("Enter the young person's views here") or a bare heading ("Child's views:")
        return VoiceReading(text, None, empty=True, placeholder=short(text.strip()))
    return None


def read_voice(pep: PEP, ph: VoicePhrases) -> VoiceReading:
    """The one analysis of ``pep``'s voice every PV check reads (see :func:`reading` for the cached one)."""
    text = pep.pupil_voice.text or ""
    names = name_tokens(pep)
    empty = _empty(text, names, ph)
    if empty is not None:
        return empty
    norm = straight(text)
    d = nlp_doc(norm)
    r = VoiceReading(text, d, name_tokens=names)
    for m in _QUOTES.finditer(norm):
        g = 1 if m.group(1) is not None else 2
        inner = re.findall(r"[A-Za-z']+", m.group(g))
        if len(inner) >= 2 or any(w.lower() in ph.first_person for w in inner) or (inner and g == 1):
            r.quotes.append((m.start(g), m.end(g)))
    # PV002: the whole field is a non-answer ("N/A", "Refused", "DNA")...
    core = " ".join(w for w in flat(text).split() if not is_name(w, names) and w not in ph.child_words)
    if core in ph.non_answers:
        r.non_answer, r.non_answer_text = (0, len(text.rstrip())), text.strip()
    else:  # ... or a non-answer phrase with nothing of the child's perspective in the rest.
        _find_non_answer(r, ph, norm)
    return _find_child_words(r, ph)


def _find_non_answer(r: VoiceReading, ph: VoicePhrases, norm: str) -> None:
    d, names, text = r.doc, r.name_tokens, r.text
    bad = ph.find(d, "unacceptable")
    if not bad:
        return
    # the rest: clauses other than those saying no views were given ("refused to come because she was
    # upset" explains the refusal; "..., but she told her carer she wants ..." records a view)
    covered = {i for s in bad for i in range(s.start, s.end)}
    for cl in clauses(d, ph):
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
               and not is_name(t.lower_, names) and t.lower_ not in ph.child_words]
    cue = [s for s in ph.find(d, "perspective") if s.start not in covered]
    first = [t for t in rest if t.lower_ in ph.first_person]
    quoted = [q for q in r.quotes if not any(s.start_char <= q[0] < s.end_char for s in bad)
              and re.search(r"[A-Za-z]{2,}", norm[q[0]:q[1]])]
    if not quoted and not ((cue or first) and len(content) >= 2):
        s, e = bad[0].sent.start_char, bad[-1].sent.end_char
        r.non_answer = (s, len(text[:e].rstrip()))
        r.non_answer_text = text[r.non_answer[0]:r.non_answer[1]]


def _find_child_words(r: VoiceReading, ph: VoicePhrases) -> VoiceReading:
    d = r.doc
    adult = ph.find(d, "adult_first_person")
    adult_sents = set()
    for s in adult:
        sent = s.sent
        if any(t.lower_ in ph.third_person or t.lower_ in r.name_tokens for t in sent):
            adult_sents.add(sent.start)
    for t in d:
        if t.lower_ in ph.first_person and not r.in_quote(t.idx) and t.sent.start not in adult_sents:
            if t.lower_ == "i" and t.text == "i" and t.i > 0 and d[t.i - 1].text == ":":
                continue  # "1:1 i" style noise
            r.child_words.append(t)
    return r


@lru_cache(maxsize=1024)
def _cached_reading(text: str, name: str, vocab_dir: str) -> VoiceReading:
    pep = PEP.model_validate({"child": {"name": name or None}, "pupil_voice": {"text": text}})
    return read_voice(pep, phrases_for(vocab_dir))


def reading(pep: PEP, ctx) -> VoiceReading:
    """The shared reading of ``pep``'s voice (cached: every PV check asks for it)."""
    return _cached_reading(pep.pupil_voice.text or "", pep.child.name or "", ctx.policy.get("data.vocab_dir") or "")


# ---------------------------------------------------------------------------------------------
# Generic summaries: PV003 reports them, PV006 stands aside for them

GENERIC_VOCAB = ("voice.generic", "voice.vague_words", "voice.key_topics", "voice.negations", "voice.degree_words",
                 "voice.year_words", "voice.year_abbreviations", "voice.place_preps", "voice.third_person")


_YEAR_ATTACHED = re.compile(r"([a-z]+)\d{1,2}")  # "y10", "yr9": the letters must be a year_abbreviations word


def _is_word(tok) -> bool:
    return tok.is_alpha or tok.like_num


def specific_words(r: VoiceReading, ph: VoicePhrases) -> tuple[list[str], list]:
    """The words outside stock phrases that say something particular, and the stock phrases found."""
    d = r.doc
    generic = [s for s in ph.find(d, "generic") if not negated(s, ph)]
    covered = {i for s in generic for i in range(s.start, s.end)}
    covered |= {i for s in ph.find(d, "unacceptable") for i in range(s.start, s.end)}
    specific = []
    places: set[int] = set()
    for t in d:
        if t.i in covered or not _is_word(t):
            continue
        lw = t.lower_
        if (lw in STOP_WORDS or lw in ph.vague or is_name(lw, r.name_tokens) or lw in ph.child_words
                or lw in ph.third_person):
            continue
        prev = d[t.i - 1].lower_ if t.i > 0 else ""
        # a year group ("settled well into Year 9", "Y10") says nothing about the child's learning
        attached = _YEAR_ATTACHED.fullmatch(lw)
        if (t.like_num and prev in ph.year_words) or (attached and attached.group(1) in ph.year_abbreviations):
            continue
        # a place named ("happy and settled at Riverside", "at Oak Tree Primary"): where, not what
        if (t.text[:1].isupper() and t.i > t.sent.start and stem(lw) not in ph.key_topics
                and (prev in ph.place_preps or t.i - 1 in places)):
            places.add(t.i)
            continue
        specific.append(t.text)
    return specific, generic


def is_generic(r: VoiceReading, ph: VoicePhrases, ctx) -> tuple[bool, list[str], list]:
    """Whether the voice is a general summary: stock phrases and at most a few specific words, no subject."""
    if not r.substantive:
        return False, [], []
    specific, generic = specific_words(r, ph)
    limit = int(ctx.policy.get("voice.generic_max_specific_words"))
    # a subject or skill named ("finds spelling hard") is something the plan can respond to
    subject = any(stem(w.lower()) in ph.key_topics for w in specific)
    return bool(generic) and len(specific) <= limit and not subject, specific, generic
