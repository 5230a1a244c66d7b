"""PV008: is each worry the child raises picked up by a target?

On its own because it also reads the targets: it matches each worry's words and concepts with theirs.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..matching import straight
from ..model import PEP
from ..nlp import doc as nlp_doc, stem
from .lib.voice_reading import (CLAUSE_VOCAB, FIELD, VoicePhrases, VoiceReading, clauses, is_name, negated, phrases,
                                reading, trim_clause)
from .lib.voice_messages import First as _First, first as _first, quote_list as _quote_list, short as _short
from .registry import Example, Hit, check


# ---------------------------------------------------------------------------------------------
# PV008 voice the targets do not respond to

PV008_VOCAB = ("voice.concern_cues", "voice.support_works", "voice.concern_ignore", "voice.weak_topics", "voice.titles",
               "voice.third_person", "voice.first_person", "voice.key_topics", "voice.topic_synonyms",
               "voice.target_ignore", "voice.negations", "voice.degree_words", "voice.unacceptable",
               "voice.slots") + CLAUSE_VOCAB


def _target_stems(pep: PEP, ph: VoicePhrases) -> tuple[dict[str, str], dict[int, str]]:
    """stem -> a word as written in the targets (text, actions, success criteria, area), and concept group -> the
    targets' words for it."""
    out: dict[str, str] = {}
    concepts: dict[int, str] = {}
    for t in pep.targets:
        for part in (t.area, t.text, t.actions, t.success_criteria):
            d = nlp_doc(straight(part or ""))
            for tok in d:
                if tok.is_alpha and tok.lower_ not in STOP_WORDS and stem(tok.lower_) not in ph.target_ignore:
                    out.setdefault(stem(tok.lower_), tok.text)
            for i, w in ph.concepts_in(d).items():
                concepts.setdefault(i, w)
    return out, concepts


def concerns(pep: PEP, r: VoiceReading, ph: VoicePhrases) -> list[tuple]:
    """(clause span, concern words, matched words) for each clause that raises a worry, difficulty or wish for help."""
    d = r.doc
    cue_spans = [s for s in ph.find(d, "concern_cues") if not negated(s, ph)]  # "no worries", "isn't hard"
    if not cue_spans:
        return []
    cue_tokens = {i for s in cue_spans for i in range(s.start, s.end)}
    # "couldn't come because of an appointment" is about the meeting, not a worry for the plan
    about_meeting = {i for s in ph.find(d, "unacceptable") for i in range(s.start, s.end)}
    # a clause saying what already helps ("Ms Mensah gives me a cuddle") is support that works, not a worry
    helps = ph.find(d, "support_works")
    targets, target_concepts = _target_stems(pep, ph)
    out = []
    people = {w.lower() for a in pep.attendees for w in re.findall(r"[A-Za-z][A-Za-z'-]+", a.name or "")}
    for cl in clauses(d, ph):
        if not any(t.i in cue_tokens for t in cl) or any(t.i in about_meeting for t in cl):
            continue
        if any(cl.start <= s.start and s.end <= cl.end for s in helps):
            continue
        words = _topic_words(cl, r, ph, cue_tokens, people)
        if not words and out and out[-1][0].sent.start == cl.sent.start:
            continue  # "Times tables are hard, I always forget the 7s": the same worry, said again
        if not words:
            # "I keep getting detentions": the worry word is itself the topic when it is a known topic word,
            # or a concept phrase ("I fell out with Ellie")
            words = [t.text for t in cl if t.i in cue_tokens and t.is_alpha and stem(t.lower_) in ph.synonyms]
            words = words or list(dict.fromkeys(ph.concepts_in(d, cl.start, cl.end).values()))
        if words:
            out.append((cl, words, _answered(cl, words, ph, targets, target_concepts)))
    return out


def _topic_words(cl, r: VoiceReading, ph: VoicePhrases, cue_tokens: set[int], people: set[str]) -> list[str]:
    """The words of a worried clause that say what the worry is about (not the worry word, names or fillers)."""
    d = r.doc
    words = []
    for t in cl:
        lw = t.lower_
        if (t.i in cue_tokens or not t.is_alpha or lw in STOP_WORDS or lw in ph.concern_ignore
                or is_name(lw, r.name_tokens) or lw in people or lw in ph.weak_topics
                or lw in ph.third_person or len(lw) < 3):
            continue
        if t.i > 0 and d[t.i - 1].lower_.rstrip(".") in ph.titles:
            continue  # a person's name: "Mr Ahmed"
        if t.text[0].isupper() and t.i > cl.sent.start and stem(lw) not in ph.key_topics:
            continue  # another proper name (a friend, a book): not what the worry is about
        words.append(t.text)
    return words


def _answered(cl, words: list[str], ph: VoicePhrases, targets: dict[str, str],
              target_concepts: dict[int, str]) -> list[tuple[str, str]]:
    """(worry word, the targets' word) pairs: how the targets pick up this worry, if they do."""
    matched = []
    for w in words:
        sw = stem(w.lower())
        for s in ph.synonyms.get(sw, {sw}):
            if s in targets:
                matched.append((w, targets[s]))
                break
    # the same concept in other words: "putting my hand up" ~ a target to "answer aloud"
    for i, w in ph.concepts_in(cl.doc, cl.start, cl.end).items():
        if i in target_concepts and not any(m[0] == w for m in matched):
            matched.append((w, target_concepts[i]))
    # a concern about a subject ("the English exam") is answered by a target on that subject, not by one
    # that shares another word ("functional skills maths exam")
    keys = [w for w in words if stem(w.lower()) in ph.key_topics]
    if keys:
        matched = [(w, tw) for w, tw in matched if w in keys]
    return matched


@check(
    code="PV008", vocab=PV008_VOCAB, needs=('pupil_voice', 'targets'), name="pupil-voice-not-reflected", title="Something the child raised is not picked up by any target",
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
    ph = phrases(ctx)
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
        span = trim_clause(cl, ph)
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
