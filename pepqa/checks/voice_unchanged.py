"""PV007: is the voice copied from the previous PEP the export carries?

On its own because it compares two texts word by word and reads no vocabulary.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from ..matching import straight
from ..nlp import doc as nlp_doc
from .lib.voice_reading import FIELD, reading
from .lib.voice_messages import first as _first, poss as _poss, short as _short
from .registry import Example, Hit, check


# ---------------------------------------------------------------------------------------------
# PV007 unchanged from the previous PEP


def _words(text: str) -> list[str]:
    return [t.lower_ for t in nlp_doc(straight(text)) if t.is_alpha or t.like_num]


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
    toks = [t for t in nlp_doc(straight(r.text)) if t.is_alpha or t.like_num]
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
