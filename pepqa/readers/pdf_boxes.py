"""Paper forms printed to PDF: values written in drawn boxes under their labels, sections drawn as frames.

A paper form (or one made to look like paper) draws each answer as a box with its label printed just above
it, and draws each section as a frame round its title and boxes. Table search sees a frame as a one-column
table whose one body cell swallows every box (and every real table) inside it, flattened into one text; and
sees a lone box as no table at all, so its value becomes a line unrelated to the label above it. Here:

- a one-column table that holds other ruled cells is a frame, not a table: its title and the words between
  its boxes are read as lines, the tables inside it as tables;
- a lone box with a label line just above it is a label/value row (boxes side by side: one row of
  label, value, label, value), and rows stacked one under another form one table, the way a Word form's
  label/value grid reads. A box with no label of its own (a boxed heading, a frame round a note) is read
  as lines, as before.
"""
from __future__ import annotations

import re

# How far above a box its label may stand, in font sizes of the label (a label line sits just over it).
_LABEL_GAP = 1.2
# The gap between one row of boxes and the next label, in font sizes, within which they are one table.
_ROW_GAP = 2.5


def _inside(a, b) -> bool:
    return a[0] >= b[0] - 1 and a[1] >= b[1] - 1 and a[2] <= b[2] + 1 and a[3] <= b[3] + 1


def split_frames(tables: list, boxes: list) -> tuple[list, list]:
    """(tables without the frames, the frames' boxes): a frame is a one-column table with another table
    or box inside it."""
    others = [t.bbox for t in tables] + list(boxes)

    def frame(t) -> bool:
        if any(len(r.cells) != 1 for r in t.rows):
            return False
        return any(o != t.bbox and _inside(o, t.bbox) for o in others)

    return [t for t in tables if not frame(t)], [t.bbox for t in tables if frame(t)]


def _centre_in(w, b) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return b[0] <= cx <= b[2] and b[1] <= cy <= b[3]


def box_rows(boxes: list, frames: list, tables: list, words: list, lines_of) -> tuple[list, list]:
    """(tables made of the labelled boxes, the words left over). ``lines_of`` groups words into lines.
    Only boxes inside a section frame are a paper form's answers: a web form's input boxes (no frames)
    read well as lines, labels paired with the values under them by column. A box inside a table is that
    table's business; an empty box is an unanswered question (its label still pairs with the empty value,
    so the reader knows the answer was left blank)."""
    # a box round other boxes or tables (the page's tint, a frame round a section) is not an answer box
    free = [b for b in boxes if not any(_inside(b, t.bbox) for t in tables) and any(_inside(b, f) for f in frames)
            and not any(o is not b and _inside(o, b) for o in list(boxes) + [t.bbox for t in tables])]
    if not free:
        return [], words
    in_box: dict[int, list] = {}
    rest = []
    for w in words:
        for b in free:
            if _centre_in(w, b):
                in_box.setdefault(id(b), []).append(w)
                break
        else:
            rest.append(w)
    # a label: the words of the line just above a box, starting within the box's width
    taken: set[int] = set()
    found = []  # (box, label words)
    for b in free:
        cand = [i for i, w in enumerate(rest) if i not in taken and -1 <= b[1] - w["bottom"] <= _LABEL_GAP * w["size"]
                and b[0] - 4 <= w["x0"] < b[2] - 4]
        label = []
        inner = in_box.get(id(b), [])
        if inner and all(w["bold"] for w in inner):
            cand = []  # a bold box is a heading bar, not an answer
        if cand:
            low = max(rest[i]["bottom"] for i in cand)
            label = [i for i in cand if rest[i]["bottom"] >= low - 0.5 * rest[i]["size"]]
            text = " ".join(rest[i]["text"] for i in sorted(label, key=lambda i: rest[i]["x0"]))
            if re.search(r":\s*\S", text):
                label = []  # 'Living with: foster carer' answers itself: a line, not a label
            taken.update(label)
        found.append((b, label))
    # rows: boxes whose tops agree (side by side), top to bottom, left to right
    found.sort(key=lambda f: (round(f[0][1]), f[0][0]))
    rows: list[list] = []
    for f in found:
        if rows and abs(rows[-1][0][0][1] - f[0][1]) <= 3:
            rows[-1].append(f)
        else:
            rows.append([f])
    tabs: list[list] = []  # each: [top, bottom, rows of (text, bold)]
    for row in rows:
        labelled = all(lab for _, lab in row)
        top = min((min(rest[i]["top"] for i in lab) if lab else b[1]) for b, lab in row)
        near = bool(tabs) and top - tabs[-1][1] <= _ROW_GAP * 10
        if not labelled:  # a box with no label of its own (a boxed heading, a frame round text): lines
            for b, lab in row:
                taken.difference_update(lab)
                rest.extend(in_box.get(id(b), []))
            continue
        cells = []
        for b, lab in row:
            if lab:
                ws = sorted((rest[i] for i in lab), key=lambda w: w["x0"])
                cells.append((" ".join(w["text"] for w in ws), all(w["bold"] for w in ws)))
            cells.append(("\n".join(ln.text for ln in lines_of(in_box.get(id(b), []))), False))
        if near:
            tabs[-1][2].append(cells)
            tabs[-1][1] = max(b[3] for b, _ in row)
        else:
            tabs.append([top, max(b[3] for b, _ in row), [cells]])
    return tabs, [w for i, w in enumerate(rest) if i not in taken]


def mark_ringed(words: list, edges: list) -> None:
    """'Please circle' options printed on one line ('7  8  9  10  11') with a ring drawn round the chosen one:
    the ring is short segments above, below, left and right of that one word and nowhere else. The line is
    written as check boxes ('☐ 7 ☒ 8 ☐ 9 ...'), the way every extractor writes a choice, so the reader takes
    the choice and not the whole list. Only one ring on a line of three or more short words, the others bare
    (no segment near them: a spreadsheet's cells are ruled round every word), is a choice."""
    short = [e for e in edges if (e["width"] if e["orientation"] == "h" else e["height"]) <= 40]
    if not short:
        return
    ringed = []
    touched = set()  # words with any drawn segment close round them (a grid's cells, a box)

    def near_of(w):
        pad = max(8.0, 0.8 * w["size"])
        return [e for e in short if w["x0"] - pad <= e["x0"] and e["x1"] <= w["x1"] + pad
                and w["top"] - pad / 2 <= e["top"] and e["bottom"] <= w["bottom"] + pad / 2]

    for w in words:
        if len(w["text"]) > 12:
            continue
        x0, x1, top, bottom = w["x0"], w["x1"], w["top"], w["bottom"]
        cx = (x0 + x1) / 2
        near = near_of(w)
        if near:
            touched.add(id(w))
        above = any(e["orientation"] == "h" and e["top"] <= top + 2 and e["x0"] <= cx <= e["x1"] + 3 for e in near)
        below = any(e["orientation"] == "h" and e["top"] >= bottom - 2 and e["x0"] - 3 <= cx <= e["x1"] + 3 for e in near)
        left = any(e["orientation"] == "v" and e["x0"] <= x0 + 1 for e in near)
        right = any(e["orientation"] == "v" and e["x0"] >= x1 - 1 for e in near)
        if above and below and left and right:
            ringed.append(w)
    for w in ringed:
        line = [o for o in words if abs(o["top"] - w["top"]) < 0.5 * w["size"] and abs(o["bottom"] - w["bottom"]) < 0.5 * w["size"]]
        if len(line) < 3 or sum(1 for o in line if o in ringed) != 1 or any(len(o["text"]) > 12 for o in line):
            continue
        if any(o is not w and (id(o) in touched or near_of(o)) for o in line):
            continue  # the other options are ruled round too: a grid's cells, not one ring
        for o in line:
            o["text"] = ("☒ " if o is w else "☐ ") + o["text"]
