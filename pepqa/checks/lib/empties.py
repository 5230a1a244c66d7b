"""Whether a whole cell means empty: the one answer every check gives, from ``data/vocab/empty.toml``.

Why one helper: "N/A", "TBC", "Click here to enter text." mean an unfilled box in a cost cell, a by-when, an
aspirations answer or a spend line's impact alike. Kept in one list an authority extends once, the checks
cannot drift apart (issue 15 found six overlapping lists). What a box means empty on its own ("quote awaited"
in a cost cell, "see target" in an impact cell) stays in that check's file and is passed by name.

A cell is compared whole, the way the old lists were: quotes straightened, case and spacing ignored, and
punctuation at either end dropped ("N/A.", "(TBC)"); a cell with no letter or digit is empty. The pupil voice
reads only the form placeholders (``answers=False``): there "N/A" is a non-answer (PV002), not an empty box.
"""
from __future__ import annotations

import re
from typing import Optional

from ...matching import straight
from ...vocab import load_vocab

# the shared lists, for the ``vocab=`` of every check that reads them
VOCAB = ("empty.form_placeholders", "empty.empty_answers")
FORM_VOCAB = ("empty.form_placeholders",)

_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_ALNUM = re.compile(r"[^\W_]")


def cell_key(text: Optional[str]) -> str:
    """How a cell and a list entry are compared: 'N/A.' -> 'n/a', ' Click  here to enter text. ' -> 'click here
    to enter text'; '' for a cell with no letter or digit."""
    t = " ".join(straight(text or "").lower().split())
    return _EDGES.sub("", t) if _ALNUM.search(t) else ""


class EmptyCells:
    """The entries meaning empty for one kind of cell: the shared lists (answers too, unless ``answers`` is
    false) and the check's own list. Call it with a cell's text."""

    def __init__(self, shared: dict, own: tuple[str, ...] = (), answers: bool = True):
        entries = list(shared.get("form_placeholders", [])) + list(shared.get("empty_answers", []) if answers else [])
        self.keys = frozenset(k for k in map(cell_key, entries + list(own)) if k)

    def __call__(self, text: Optional[str]) -> bool:
        """True for None, blank, punctuation only, or a whole text that is one of the entries."""
        k = cell_key(text)
        return not k or k in self.keys


_CACHE: dict[tuple, tuple[tuple, EmptyCells]] = {}
_NO_LIST: dict = {}


def empty_cells_for(vocab_dir: Optional[str], own: str = "", answers: bool = True) -> EmptyCells:
    """The :class:`EmptyCells` of the vocabularies in ``vocab_dir`` (pepqa's own when empty) with the check's
    own list ``own`` ("targets.placeholders"). Kept while the vocabularies it was built from are the cached
    ones (``load_vocab`` is cached; tests and policies clear it)."""
    shared = load_vocab("empty", vocab_dir or "")
    file, _, name = own.partition(".")
    mine = load_vocab(file, vocab_dir or "") if own else _NO_LIST
    key = (vocab_dir or "", own, answers)
    hit = _CACHE.get(key)
    if hit is not None and hit[0][0] is shared and hit[0][1] is mine:
        return hit[1]
    if len(_CACHE) >= 64:
        _CACHE.clear()
    cells = EmptyCells(shared, tuple(mine[name]) if own else (), answers)  # a misspelt list fails loudly
    _CACHE[key] = ((shared, mine), cells)
    return cells


def empty_cells(ctx, own: str = "", answers: bool = True) -> EmptyCells:
    """:func:`empty_cells_for` the policy's ``data.vocab_dir``."""
    return empty_cells_for(ctx.policy.get("data.vocab_dir") or "", own, answers)
