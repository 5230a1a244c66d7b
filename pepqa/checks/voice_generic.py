"""PV003-PV004: is the voice specific, and is it in the child's own words?

Together because both judge an adult's summary ("Maya is happy at school" gets both) and both suggest
the school's own sentence rewritten in the first person (lib/voice_example.py).
"""
from __future__ import annotations

from .lib.voice_example import EXAMPLE_VOCAB, first_person_example
from .lib.voice_reading import (CLAUSE_VOCAB, COVENTRY, FIELD, GENERIC_VOCAB, VoicePhrases, VoiceReading, clauses,
                                is_generic, is_name, phrases, reading, trim_clause)
from .lib.voice_messages import (first as _first, phase as _phase, poss as _poss, quote_list as _quote_list,
                                 short as _short)
from ..matching import straight
from ..model import PEP
from ..nlp import doc as nlp_doc
from .registry import Example, Hit, check

PV004_VOCAB = ("voice.first_person", "voice.adult_first_person", "voice.third_person", "voice.reported_verbs",
               "voice.observation", "voice.perspective", "voice.report_verb_forms", "voice.unacceptable",
               "voice.slots") + CLAUSE_VOCAB + EXAMPLE_VOCAB


# ---------------------------------------------------------------------------------------------
# PV003 generic adult summaries


@check(
    code="PV003", vocab=GENERIC_VOCAB + ("voice.unacceptable", "voice.slots") + EXAMPLE_VOCAB,
    needs=('pupil_voice',), name="pupil-voice-generic", title="The pupil voice is a general summary with nothing specific",
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
    ph = phrases(ctx)
    r = reading(pep, ctx)
    fires, specific, generic = is_generic(r, ph, ctx)
    if not fires:
        return
    first = _first(pep)
    words = [s.text for s in generic]
    sent = generic[0].sent
    example = first_person_example(sent.text.strip(), pep, ph)
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


def _example_from(pep: PEP, r: VoiceReading, ph: VoicePhrases):
    """The clause to rewrite in the first person: one saying what the child likes / wants / finds, if any."""
    d = r.doc
    cue_at = {}
    for s in ph.find(d, "perspective"):
        reporting = s.text.lower() in ph.report_verbs or s.text.lower() in ph.report_verb_forms
        cue_at[s.start] = min(cue_at.get(s.start, 2), 1 if reporting else 0)
    bad = {i for s in ph.find(d, "unacceptable") for i in range(s.start, s.end)}
    cls = clauses(d, ph)

    def rank(cl):
        cues = [cue_at[t.i] for t in cl if t.i in cue_at]
        return (min(cues) if cues else 2, any(t.i in bad for t in cl), cl.start)

    for cl in sorted(cls, key=rank):
        s, e = trim_clause(cl, ph)
        ex = first_person_example(r.text[s:e], pep, ph)
        if ex:
            return ex, d.char_span(s, e, alignment_mode="expand") or cl
    first = list(d.sents)[0]
    return None, first


def _observation_record(pep: PEP, r: VoiceReading, ph: VoicePhrases) -> list[str]:
    """Why third-person writing is expected here (early years, observation, non-verbal), if it is."""
    if _phase(pep) == "early_years":
        return ["early years"]
    found = [s.text for s in ph.find(r.doc, "observation")]
    how = pep.pupil_voice.captured_how
    if how:
        found += [s.text for s in ph.find(nlp_doc(straight(how)), "observation")]
    return found


_SEGMENT_START = {".", ",", ";", ":", "-", "–", "—", "•", "*", "!", "?", "(", ")"}


def _about_child(r: VoiceReading, ph: VoicePhrases) -> bool:
    """Whether the text is written about the child: their name, he/she, 'the young person', an adult's 'I spoke
    with', or a note opening with a reporting verb ('likes school, no issues'). 'All good.' is none of these."""
    d = r.doc
    for t in d:
        lw = t.lower_
        if is_name(lw, r.name_tokens) or lw in ph.third_person or (lw in ph.child_words and lw not in ("'s", "s'")):
            return True
        if lw in ph.reported_verbs and (t.i == t.sent.start or d[t.i - 1].text in _SEGMENT_START
                                        or d[t.i - 1].text.endswith(("-", ":"))):
            return True
    return bool(ph.find(d, "adult_first_person"))


@check(
    code="PV004", vocab=PV004_VOCAB, needs=('pupil_voice',), name="pupil-voice-third-person", title="The pupil voice has none of the child's own words",
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
        Example({"child.year_group": 5, "pupil_voice.text": "Maya cannot tell us in words, so her TA watched her in "
                 "class: she looked uncomfortable and hunched up when the room was loud; this might mean noise "
                 "upsets her. Action: ear defenders in assembly."}, "observation of a non-verbal child, with what it may mean"),
        Example({"pupil_voice.text": "Everything is fine, no concerns."}, "whose words cannot be told: PV003 only")],
)
def pupil_voice_third_person(pep, ctx):
    if not pep.part_ok("pupil_voice"):
        return
    ph = phrases(ctx)
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
