"""The child's voice: what is the child's words, what is the form's prompt, what is about the voice (who
wrote it down, when), and a term-by-term voice cell read for its latest term."""
from __future__ import annotations

import re

from ...labels import normalise
from ...model import Provenance
from .. import periods


class VoiceMixin:
    def _voice_meta(self, label: str) -> bool:
        """A label about the voice (who wrote it down, how it was gathered, when), not a prompt the child
        answered: its value is not the child's words."""
        n = normalise(label)
        near = self.labels.concepts.nearest(n, floor=0.8)  # 'How I feel' is a prompt, 'How views were gathered' meta
        return bool(near and near.startswith("pupil_voice.")) or n.endswith(" by") or bool(
            re.search(r"\b(?:date|signed|signature|completed)\b", n))

    def _voice_text(self, text: str, prov: Provenance) -> None:
        """A piece of the child's voice: a term-by-term cell gives its latest term; prompts are dropped."""
        lat = periods.latest_line(text)
        if lat is not None:
            text = lat[1]
        lines = [x for x in text.split("\n") if x.strip() and not _is_prompt(x) and not self._no_views(x)]
        if not lines:
            self.found.add("pupil_voice")
            return
        self.voice.append("\n".join(lines))
        self._fill("pupil_voice")
        self._note("pupil_voice.text", prov, None)

    def _no_views(self, line: str) -> bool:
        """A line saying there are no views, not the child's words: 'Did not want to give views', 'N/A',
        'Kieran chose not to share his views this time' ([prose] no_views; never a line in the first person,
        'I did not want to go to the meeting' is the child's)."""
        t = line.strip()
        if len(t.split()) <= 3 and self._not_given(t):
            return True
        if len(t.split()) > 20 or _FIRST_PERSON.search(t):
            return False
        words = self.labels.prose.get("no_views", ())
        low = f" {normalise(t)} "
        return any(f" {normalise(w)} " in low for w in words)

    def _aspiration(self, text: str, prov: Provenance, label: str | None = None) -> None:
        """The child's hopes for the future; written in the child's own words ('When I grow up I want to be a
        vet') they are the child's voice too."""
        self.aspirations.append(text)
        self._fill("aspirations")
        self._note("aspirations", prov, label)
        if _FIRST_PERSON.search(text) and len(text.split()) >= 4 and not _is_prompt(text):
            self._voice_text(text, prov)


_FIRST_PERSON = re.compile(r"(?:^|[\s\"'“‘(])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)(?=[\s,.!?])")
_PROMPT = re.compile(r"^\s*(?:what|how|who|why|when|where|which|is there|are there|do you|does|did|anything|tell us)\b", re.I)


def _is_prompt(text: str) -> bool:
    """A question or sentence starter printed on the form ('What I find hard', 'I like playing with...'),
    not the child's words."""
    t = re.sub(r"\s*\*\s*$", "", text.strip())  # 'Where do you see yourself in a year? *': a mandatory mark
    if not re.search(r"[A-Za-z]", t):
        return True  # a row of empty boxes ('☐'), a dash
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", t)  # 'How did we find out? (tick all that apply)'
    if t.endswith("?") or bare.endswith("?") or t.endswith(("...", "…")) and len(t.split()) <= 8:
        return True
    if t.endswith(":") and len(t.split()) <= 8:
        return True  # 'Views collected by:' left blank: a label, not an answer
    return len(t.split()) <= 8 and bool(_PROMPT.match(t)) and not t.endswith((".", "!", '"', "'"))
