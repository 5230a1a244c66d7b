"""Two-column pages (a newsletter or brochure layout): each column read whole, left then right.

Why: lines are grouped by height across the whole page, so two columns of text side by side interleave
('Name: Ruby Castellanos  Hollie wrote down what Ruby said while they'): every label/value line gets the
other column's words, and neither column's paragraphs hold together. A run of lines that all leave the same
vertical gutter empty, several with words on both sides, is two columns: the right column's words are moved
(in reading order, not on the page) to after the left column's last line, and everything below the run
moves down by the right column's height. A line that crosses the gutter (a heading across the page, a
table) ends the run. Tables and label/value grids are not touched: their cells are read on their own.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

# A run is two columns when it has at least this many lines, this many of them with words on both sides.
_MIN_LINES = 6
_MIN_BOTH = 4


def _groups(words: list) -> list[list]:
    out: list[list] = []
    bottom = None
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if out and w["top"] < bottom - 0.5 * (w["bottom"] - w["top"]):
            out[-1].append(w)
            bottom = max(bottom, w["bottom"])
        else:
            out.append([w])
            bottom = w["bottom"]
    return out


class _Line:
    """A line's word edges, sorted once, so where a vertical line at ``x`` falls is found by bisection (a page
    is tried at forty-one gutters)."""

    def __init__(self, line: list):
        by_x0 = sorted(line, key=lambda w: w["x0"])
        self.x0s = [w["x0"] for w in by_x0]
        self.reach = []  # the furthest right edge of the words starting at or before each x0
        far = float("-inf")
        for w in by_x0:
            far = max(far, w["x1"])
            self.reach.append(far)
        self.x1s = sorted(w["x1"] for w in line)
        self.size = max(w["size"] for w in line)

    def side(self, x: float) -> str | None:
        """'L', 'R', 'B' (both sides) or None when a word crosses ``x``."""
        k = bisect_left(self.x0s, x)  # words starting left of x
        if k and self.reach[k - 1] > x:
            return None
        n_left = bisect_right(self.x1s, x)
        left = self.x1s[n_left - 1] if n_left else None
        right = self.x0s[k] if k < len(self.x0s) else None
        if left is not None and right is not None:
            return "B" if right - left >= 1.5 * self.size else None  # a word space is no gutter: one line across
        return "L" if left is not None else "R"


def _wrapped(lines: list, x: float) -> bool:
    """Both sides hold wrapped prose: several lines on each side run to (near) that column's right edge. A
    form's pairs side by side ('Student name' over 'Jade', 'College' over 'Kingsmead') are short pieces that
    pair by column; read across, as they are."""
    ends_l = [max(w["x1"] for w in ln if w["x1"] <= x) for ln in lines if any(w["x1"] <= x for w in ln)]
    ends_r = [max(w["x1"] for w in ln if w["x0"] >= x) for ln in lines if any(w["x0"] >= x for w in ln)]
    if not ends_l or not ends_r:
        return False
    size = max(w["size"] for ln in lines for w in ln)
    full_l = sum(1 for e in ends_l if e >= max(ends_l) - 3 * size)
    full_r = sum(1 for e in ends_r if e >= max(ends_r) - 3 * size)
    return full_l >= 3 and full_r >= 3


def reorder(words: list, tables: list, width: float) -> None:
    """Move the right column of each two-column run after its left column (words and ``tables``' tops are
    shifted in place). ``tables`` are objects with a ``top`` attribute."""
    if len(words) < 2 * _MIN_LINES or width <= 0:
        return
    lines = _groups(words)
    edges = [_Line(ln) for ln in lines]
    xs = [width * f / 100 for f in range(30, 71, 1)]
    best = None  # (both-count, start, end, x)
    for x in xs:
        sides = [e.side(x) for e in edges]
        i = 0
        while i < len(sides):
            if sides[i] is None:
                i += 1
                continue
            j = i
            while j < len(sides) and sides[j] is not None:
                j += 1
            run = sides[i:j]
            both = run.count("B")
            if j - i >= _MIN_LINES and both >= _MIN_BOTH and "L" in run + ["B"] and (best is None or both > best[0]):
                best = (both, i, j, x)
            i = j
    if best is None:
        return
    _, i, j, x = best
    if not _wrapped(lines[i:j], x):
        return
    run = [w for ln in lines[i:j] for w in ln]
    left = [w for w in run if w["x1"] <= x]
    right = [w for w in run if w["x0"] >= x]
    if not left or not right:
        return
    l_bottom = max(w["bottom"] for w in left)
    r_top = min(w["top"] for w in right)
    r_bottom = max(w["bottom"] for w in right)
    shift = l_bottom - r_top + 2.0
    height = r_bottom - r_top + 2.0
    run_bottom = max(w["bottom"] for w in run)
    run_ids = {id(w) for w in run}
    for w in right:
        w["top"] += shift
        w["bottom"] += shift
    below = [w for w in words if id(w) not in run_ids and w["top"] >= run_bottom - 0.5]
    for w in below:
        w["top"] += height
        w["bottom"] += height
    for t in tables:
        if t.top >= run_bottom - 0.5:
            t.top += height
