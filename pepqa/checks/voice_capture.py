"""PV005-PV006: does the PEP say how the views were gathered, and do they cover the guidance's themes?

Both are about the conversation behind the voice (who asked, when, about what), not about its wording.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc
from spacy.util import filter_spans

from ..matching import straight
from ..model import PEP, Role
from ..nlp import doc as nlp_doc
from .lib.voice_reading import (CLAUSE_VOCAB, COVENTRY, FIELD, GENERIC_VOCAB, VoicePhrases, VoiceReading, clauses,
                                flat, is_generic, is_name, name_tokens, negated, phrases, reading)
from .lib.voice_messages import (First as _First, first as _first, other_ways as _other_ways, poss as _poss,
                                 quote_list as _quote_list, short as _short)
from .registry import Example, Hit, check

PV005_VOCAB = ("voice.capture_methods", "voice.capture_contact", "voice.capture_people", "voice.capture_occasions",
               "voice.child_refs", "voice.contact_particles", "voice.placeholders", "voice.non_answers",
               "empty.form_placeholders",
               "voice.unacceptable", "voice.negations", "voice.degree_words", "voice.slots") + CLAUSE_VOCAB
PV006_VOCAB = ("voice.themes", "voice.theme_neutral", "voice.theme_prompts") + GENERIC_VOCAB


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


def _methods(d: Doc, ph: VoicePhrases, names: set[str], field: bool) -> list:
    """Spans of ``d`` naming how views were gathered, outside any non-answer phrase. In the voice text only a
    method counts (or a contact with the child: "met Maya"); the "how gathered" field may also name just a
    person ("Keyworker obs") or an occasion ("tutor time on 6 Oct")."""
    unacceptable = ph.find(d, "unacceptable")
    bad = {i for s in unacceptable for i in range(s.start, s.end)}
    found = list(ph.find(d, "capture_methods"))
    for s in ph.find(d, "capture_contact"):
        j = s.end
        while j < len(d) and d[j].lower_ in ph.contact_particles:
            j += 1
        if j >= len(d):
            continue
        # "met Maya"; "met her" only when an adult is named before it ("Miss Price met her"), since in the
        # child's own words "I saw her" is about someone else
        adult_before = any(p.sent.start == s.sent.start and p.end <= s.start for p in ph.find(d, "capture_people"))
        if is_name(d[j].lower_, names) or (d[j].lower_ in ph.child_refs and (field or adult_before)):
            found.append(d[s.start:j + 1])
    if field:
        # a person or an occasion, but not in a clause giving a non-answer ("did not want to come on 6 Oct")
        refusing = {i for cl in clauses(d, ph) if any(cl.start <= i < cl.end for i in bad)
                    for i in range(cl.start, cl.end)}
        who_when = list(ph.find(d, "capture_people")) + list(ph.find(d, "capture_occasions"))
        who_when += [d[t.i:t.i + 1] for t in d if t.like_num and any(c.isdigit() for c in t.text)]  # a date
        found += [s for s in who_when if s.start not in refusing]
    # "Not recorded", "no phone call": a method denied is not a method
    return sorted((s for s in found if not any(i in bad for i in range(s.start, s.end)) and not negated(s, ph)),
                  key=lambda s: s.start)


def _how_recorded(pep: PEP, r: VoiceReading, ph: VoicePhrases) -> Optional[str]:
    names = name_tokens(pep)
    how = (pep.pupil_voice.captured_how or "").strip()
    if how:
        f = flat(how)
        if f and not ph.empty(how) and f not in ph.non_answers and _methods(
                nlp_doc(straight(how)), ph, names, field=True):
            return how
    found = _methods(r.doc, ph, names, field=False) if r.doc is not None else []
    return found[0].text if found else None


@check(
    code="PV005", vocab=PV005_VOCAB, needs=('pupil_voice',), name="pupil-voice-how-not-recorded",
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
    if not why or _how_recorded(pep, r, phrases(ctx)):
        return
    first = _first(pep)
    by = (pep.pupil_voice.captured_by or "").strip()
    who = by if by and not phrases(ctx).empty(by) and flat(by) not in phrases(ctx).non_answers else "[who]"
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


def themes_found(r: VoiceReading, ph: VoicePhrases) -> dict[str, list[str]]:
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
    code="PV006", vocab=PV006_VOCAB, needs=('pupil_voice',), name="pupil-voice-themes", title="The pupil voice covers few of the themes the guidance lists",
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
    ph = phrases(ctx)
    r = reading(pep, ctx)
    if not r.substantive or is_generic(r, ph, ctx)[0]:
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
