"""PV001-PV002: is there any pupil voice at all, or does it say that no views were given?

These two come first: when either fires, the other PV checks stay silent (see lib/voice_reading.py), so
the school is asked for the views once, not told eight things about a voice that is not there.
"""
from __future__ import annotations

from .lib.voice_reading import COVENTRY, EMPTY_VOCAB, FIELD, NON_ANSWER_VOCAB, reading
from .lib.voice_messages import (First as _First, first as _first, other_ways as _other_ways, poss as _poss,
                                 short as _short)
from .registry import Example, Hit, check


# ---------------------------------------------------------------------------------------------
# PV001 missing or empty


@check(
    code="PV001", vocab=EMPTY_VOCAB, needs=('pupil_voice',), name="pupil-voice-missing", title="The pupil voice is missing or empty",
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
    code="PV002", vocab=NON_ANSWER_VOCAB, name="pupil-voice-non-answer", title="The pupil voice says no views were given, or points elsewhere",
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
