"""Table shapes: which table holds items (targets, spend lines...) and how its columns map to fields.

Why apart from the interpreter: the shapes are geometry, not wording. A table of items may have its header
in any of its first rows, columns named in words no synonym lists ("What I will learn next"), or be
*transposed*: one small table per item, its fields as rows ("Target 1 | ...", "How will we know? | ...",
"By when | ..."). Tables compete by how well their columns score; the words come from ``[columns]``.
"""
from __future__ import annotations

import re
from typing import Optional

from ..labels import Labels, normalise
from .periods import period_rank

TABLE_KINDS = ("targets", "previous_targets", "pp_spend", "attendees", "attainment", "exclusions")
# A table kind is recognised only if its header has these columns (any one of each tuple).
REQUIRED = {
    "targets": (("text",), ("actions", "success_criteria", "who", "by_when", "area", "term", "number")),
    "previous_targets": (("text",), ("outcome", "status")),
    "pp_spend": (("description",), ("cost", "target_ref", "intended_impact")),
    "attendees": (("name",), ("role", "attended")),
    "attainment": (("subject",), ("current", "expected", "progress")),
    "exclusions": (("kind", "date", "days"), ("reason", "support")),
}
_MAIN = {"targets": "text", "previous_targets": "text", "pp_spend": "description"}
_PERIOD_PREFIX = re.compile(r"^\s*(?:autumn|spring|summer|(?:meeting|pep|term)\s*\d)\s*(?:term)?\s*[:\-–]\s*", re.I)
# Words too common in questions to name a column when found inside a longer header ("What I need to do").
_TOO_GENERIC = frozenset({"what", "how", "when", "item", "line", "date", "type", "by", "now", "area"})
_MONEY = re.compile(r"£|\b(?:money|cost|costs|funding|funded|spend|budget)\b|\bpp\+|\bppg\b|\bpepsa\b|\beypp\b", re.I)
_DETAIL = {"success_criteria", "outcome", "actions"}  # a main column may be named as one of these
_EXPLAINED = re.compile(r"^\s*([^\-–—:]{2,30}?)\s+[\-–—:]\s+\S")  # 'Goal - what, by when, how we will know'
_SMART_LETTER = re.compile(r"^\s*((?-i:[SMART]))\s*[-–—:.]\s+(\S.*)$", re.I | re.S)
_SMART_WORDS = {"S": "specific", "M": "measurable", "A": "achievable", "R": "relevant", "T": "time bound"}
# A SMART grid's row named by its letter and word, then perhaps what the letter asks ('S Specific', 'M Measurable How
# will we know ...?', 'A - Agreed'). General: every SMART form spells the same five letters, whatever it asks under them.
_SMART_NAMED = re.compile(r"^\s*(?-i:[SMART])\s*[-–—:.]?\s*(specific|measurable|achievable|attainable|agreed|assigned|"
                          r"realistic|relevant|time[- ]?bound|time[- ]related|timed)\b\s*[-–—:.?]?\s*(.*)$", re.I | re.S)
# A question asking what the money buys, whatever the fund is called ('What will PP+ buy?', 'What will the
# PEPSA fund?', 'What is the EYPP being spent on?'). General: the verb says the column is the thing bought.
_BUYS = re.compile(r"^\s*what\s+(?:(?:will|does|is|would|should)\s+(?:the\s+|this\s+|our\s+)?[\w+£&/-]+(?:\s+[\w+£&/-]+){0,3}?|"
                   r"(?:the\s+|this\s+|our\s+)?[\w+£&/-]+(?:\s+[\w+£&/-]+){0,3}?\s+(?:will|would|should|is\s+to))\s+"
                   r"(?:buy|purchase|fund|pay\s+for|be\s+spent\s+on|being\s+spent\s+on|be\s+used\s+for|being\s+used\s+for)"
                   r"\s*\??\s*$", re.I)  # 'What will PP+ buy?', 'What the EYPP will buy'
_TRAILING_NUMBER = re.compile(r"^(.*?)\s*(?:no\.?\s*)?(\d{1,2})\s*[:.)]?\s*$", re.I)


def column_for(labels: Labels, header: str, kind: str) -> Optional[str]:
    """The field a header cell names: an exact synonym, else the longest synonym inside it as whole words.
    A period prefix ('Autumn: EYPP spend') is ignored. Cached: the same headers recur in every PEP."""
    key = ("column_for", header, kind)
    if key in labels._memo:
        return labels._memo[key]
    return labels._remember(key, _column_for(labels, header, kind))


def _column_for(labels: Labels, header: str, kind: str) -> Optional[str]:
    col = labels.match_column(header, kind)
    if col:
        return col
    h = _PERIOD_PREFIX.sub("", header or "")
    if h != header:
        col = labels.match_column(h, kind)
        if col:
            return col
    smart = _SMART_LETTER.match(h)
    if smart:  # 'S - what exactly?', 'T - by when?': a SMART grid's letter, then what the letter asks
        col = _column_for(labels, smart[2], kind) or labels.match_column(_SMART_WORDS[smart[1]], kind)
        if col:
            return col
    word = _SMART_NAMED.match(h)
    if word:  # 'M Measurable How will we know ...?': the letter's word names the column, else what it asks
        # ('A Achievable: Who will help?'); 'R Relevant' alone names none
        return labels.match_column(word[1], kind) or labels.match_column(word[1].replace("-", " "), kind) \
            or (_column_for(labels, word[2], kind) if word[2].strip() else None)
    named = _EXPLAINED.match(h)
    if named:  # 'Goal - what, by when, how we will know': the words after the dash explain the column it names
        col = labels.match_column(named[1], kind)
        if col:
            return col
    if kind == "pp_spend" and _BUYS.match(h):
        return "description"  # 'What will PP+ buy?', 'What will the EYPP fund?': what the money buys, any fund's name
    gloss = re.match(r"^\s*(?:what|which|who|how|when)\b[^()]{0,20}\(([^()]{2,30})\)\s*[:?]?\s*$", h, re.I)
    if gloss:  # 'What (target)', 'Who (responsible)': a question word glossed with the column it names
        col = labels.match_column(gloss[1], kind)
        if col:
            return col
    n = normalise(h)
    if not n or len(n.split()) > 10:
        return None
    padded = f" {n} "
    best = None
    for key, syns in labels.columns.items():
        if not key.startswith(kind + "."):
            continue
        for s in syns:
            if len(s) >= 3 and s not in _TOO_GENERIC and f" {s} " in padded and (best is None or len(s) > best[1]):
                best = (key.split(".", 1)[1], len(s))
    if best:
        return best[0]
    if len(n) >= 8:  # a typing error in a longer header ('How will be know')
        from rapidfuzz import fuzz

        for key, syns in labels.columns.items():
            if key.startswith(kind + ".") and any(len(s) >= 8 and fuzz.ratio(n, s) >= 90 for s in syns):
                return key.split(".", 1)[1]
    return None


def column_strength(labels: Labels, header: str, kind: str, col: str) -> float:
    """2 for a column named exactly, 1 for a phrase inside it, 0.5 for a single word inside it."""
    if labels.match_column(header, kind) == col or labels.match_column(_PERIOD_PREFIX.sub("", header or ""), kind) == col:
        return 2.0
    n = f" {normalise(_PERIOD_PREFIX.sub('', header or ''))} "
    syns = labels.columns.get(f"{kind}.{col}", ())
    return 1.0 if any(" " in s and f" {s} " in n for s in syns) else 0.5


def header_map(labels: Labels, cells: list[str], kind: str, rows: list[list[str]]) -> Optional[tuple[dict[int, str], float]]:
    """(column index -> field, how well the header scores as ``kind``) for a header row, or None if the row is
    not a header of ``kind``. A column named exactly scores 2, by a word inside it 1; a guessed main column
    costs 3.

    When everything but the main text column matched (number, who, by when...), the unmatched column whose
    cells are longest is taken as the main column ('What I will learn next' holds the targets)."""
    colmap: dict[int, str] = {}
    strength = 0.0

    def cell_len(i: int) -> float:  # a column's mean cell length over the rows below the header
        vals = [len(r[i]) for r in rows if i < len(r) and r[i].strip()]
        return sum(vals) / len(vals) if vals else 0.0
    for i, text in enumerate(cells):
        col = column_for(labels, text, kind)
        if col and col not in colmap.values():
            colmap[i] = col
            strength += column_strength(labels, text, kind, col)
        elif col:
            # Two columns name one field ('Type of intervention (pastoral or learning) | Description of
            # intervention'): the better-named one holds it; named as well, the one with more to say (a
            # category is a word, the thing itself a phrase). The other is left, not read as the field.
            j = next(k for k, c in colmap.items() if c == col)
            new, old = column_strength(labels, text, kind, col), column_strength(labels, cells[j], kind, col)
            if col == _MAIN.get(kind) and rows and cell_len(j) <= 4 and cell_len(i) >= 15:
                # 'Target | Area | Target for this term': a column of short codes (T1, T2) numbers the items and
                # the column of phrases holds them, however well the codes' header names the items.
                del colmap[j]
                colmap[i] = col
                strength += max(new - old, 0.0)
                if "number" not in colmap.values():
                    colmap[j] = "number"
            elif new > old or new == old and cell_len(i) > 2 * max(cell_len(j), 1.0):
                del colmap[j]
                colmap[i] = col
                strength += new - old
    main = _MAIN.get(kind)
    _numbers_main(colmap, kind, rows, cell_len, len(cells))
    if kind == "pp_spend" and "cost" not in colmap.values():
        _amounts_column(colmap, cells, rows)
    cols = set(colmap.values())
    guessed = False
    if main and main not in cols and len(colmap) >= 2 and all(any(c in cols for c in req) for req in REQUIRED[kind][1:]):
        # A target is not a column named for money ('What the money buys', 'PP+ (£)'): that is its funding.
        free = [i for i in range(len(cells)) if i not in colmap and cells[i].strip()
                and not (kind == "targets" and _MONEY.search(cells[i]))]
        avg = cell_len
        best = max(free, key=avg) if free else None
        # A column named as the items' detail ('Outcome') whose phrases are far the longest is the items
        # themselves ('# | Outcome | Subject | Who | By when' lists the targets under 'Outcome').
        named = [i for i, c in colmap.items() if kind == "targets" and c in _DETAIL and avg(i) >= 40
                 and avg(i) >= 1.5 * (avg(best) if best is not None else 0.0)]
        if named and sum(1 for c in colmap.values() if c not in _DETAIL) >= 2:
            best = max(named, key=avg)
            del colmap[best]
            cols = set(colmap.values())
        if best is not None and avg(best) >= 15:
            colmap[best] = main
            cols.add(main)
            guessed = True
    if kind == "targets" and "text" in cols and not any(c in cols for c in REQUIRED[kind][1]) and any(
            i not in colmap and (column_for(labels, c, "pp_spend") == "cost" or labels.match_part(c) == "pp_plus")
            for i, c in enumerate(cells) if c.strip()):
        return colmap, strength  # 'Next step | EYPP (£)': a target and what funds it is a table of targets
    if not all(any(c in cols for c in req) for req in REQUIRED[kind]):
        return None
    return colmap, strength - (3.0 if guessed else 0.0)


_AMOUNT = re.compile(r"^\s*£?\s*\d{1,5}(?:,\d{3})?(?:\.\d{2})?\s*$")
_NOT_SPENT = re.compile(r"\b(?:balance|credit|received|income|in|remaining|left|total|allocation|budget)\b", re.I)


def _amounts_column(colmap: dict[int, str], cells: list[str], rows: list[list[str]]) -> None:
    """A spend table whose cost column's header names no cost ('Debit £', 'Out'): the one column of bare amounts
    left is the cost. Why general: in a table of things bought, the column holding their amounts is what they
    cost, whatever the form calls it; a running balance or money received is not (its header says so), and two
    such columns with nothing to tell them apart leave the cost unread rather than guessed."""
    found = []
    for i, head in enumerate(cells):
        if i in colmap or _NOT_SPENT.search(head or ""):
            continue
        vals = [r[i] for r in rows if i < len(r) and r[i].strip()]
        if len(vals) >= 2 and sum(1 for v in vals if _AMOUNT.match(v)) * 4 >= 3 * len(vals):
            found.append(i)
    if len(found) == 1:
        colmap[found[0]] = "cost"


def _numbers_main(colmap: dict[int, str], kind: str, rows: list[list[str]], cell_len, n_cols: int = 0) -> None:
    """'Goal | Area | What I will achieve, and by when' over '1 | English | Sam will ...': the column named for the
    items holds only their numbers, so it numbers them, and the column of sentences named for a detail (here
    'by when') holds the items themselves.

    Why general: on any form a column of '1', '2', '3' cannot be the targets, and the only column of whole
    sentences is; which field a header's words name first matters less than what its cells hold."""
    main = _MAIN.get(kind)
    j = next((k for k, c in colmap.items() if c == main), None)
    if j is None or "number" in colmap.values() or not rows:
        return
    cells = [r[j].strip() for r in rows if j < len(r) and r[j].strip()]
    if not cells or not all(_ITEM_NO.match(c) for c in cells):
        return
    long = [i for i, c in colmap.items() if i != j and c not in ("area", "who", "number") and cell_len(i) >= 40]
    if not long and n_cols:
        # 'Target | Area | What needs to happen': no header names the sentences' column, but it is the only one of
        # sentences, so it holds the items as surely as one named for a detail would.
        long = [i for i in range(n_cols) if i not in colmap and cell_len(i) >= 40]
    if len(long) != 1:
        return
    colmap[j] = "number"
    colmap[long[0]] = main


_ITEM_NO = re.compile(r"^(?:no\.?\s*)?[A-Za-z]?\d{1,2}[.)]?$|^[A-Ha-h][.)]?$", re.I)


def smart_row(label: str) -> bool:
    """A row named by a SMART letter's word ('A Achievable', 'R Relevant Has it taken ...?'): the target's own
    SMART breakdown, which the model holds only where the word names a field (measure, time frame)."""
    return bool(_SMART_NAMED.match(label or ""))


def header_period(cells: list[str]) -> Optional[int]:
    """The term or meeting a table's header names ('Spring: EYPP spend' -> 2)."""
    for c in cells:
        if _PERIOD_PREFIX.match(c or ""):
            return period_rank(c)
    return None


def transposed(labels: Labels, rows: list[list[str]], part: Optional[str], titled: bool = False,
               states=None) -> Optional[tuple[str, list[tuple[int, str, Optional[int]]]]]:
    """A table whose fields are rows: ('targets', [(row, field, number-in-label)...]). Each column after the
    first is one item: one small table per target ('Target 1 | Kayden will...', 'How will we know? | ...',
    'By when | ...'), or several targets side by side. The first column must name the item's main field and
    at least one other. ``titled``: the table has a title row naming the item ('Target 1: English'), so the
    rows need not mostly name fields (SMART forms ask a question per letter). ``states``: the title numbers the
    item as a target, and ``states(text)`` says a value states a goal (see _lead_statement)."""
    if not 2 <= len(rows) <= (16 if titled else 12) or any(len(r) < 2 for r in rows):
        return None
    kinds = ("previous_targets", "targets") if part == "previous_targets" else ("targets", "previous_targets", "pp_spend")
    if titled:  # a titled table is one target (its PP+ rows are read apart as its spend line)
        kinds = tuple(k for k in kinds if k != "pp_spend")
    best = None
    for kind in kinds:
        found: list[tuple[int, str, Optional[int]]] = []
        used: set[str] = set()
        for r, row in enumerate(rows):
            if len(row) < 2:
                continue
            label = row[0]
            num = None
            m = _TRAILING_NUMBER.match(label.strip())
            col = column_for(labels, label, kind)
            if m and m[1].strip():
                col2 = column_for(labels, m[1], kind)
                if col2:
                    col, num = col2, int(m[2])
            if col and col not in used:
                used.add(col)
                found.append((r, col, num))
        cols = {c for _, c, _ in found}
        if states and kind in ("targets", "previous_targets") and "text" not in cols:
            lead = _lead_statement(rows, {r for r, _, _ in found}, states)
            if lead is not None:
                found.insert(0, (lead, "text", None))
                cols.add("text")
        required = REQUIRED[kind][:1] if titled else REQUIRED[kind]  # the title vouches for the rest
        if all(any(c in cols for c in req) for req in required) and (len(found) * 2 >= len(rows) or titled):
            if best is None or len(found) > len(best[1]):
                best = (kind, found)
    return best


def closed_row(head: list[str], row: list[str], words) -> bool:
    """Does the row's cell under a 'Status' column say the item is closed ('Closed - achieved June 2025', 'Met')?
    General: a plan that keeps its old targets on record beside the new ones tells them apart by their status."""
    if not words:
        return False
    # ('Outcome' over 'Met' / 'Not met - broken down': the outcome of a review, in the same words)
    return any(re.fullmatch(r"(?:target\s+)?(?:status(?:\s+history)?|outcome)", normalise(h)) and closed_status(v, words)
               for h, v in zip(head, row))


def closed_status(value: str, words) -> bool:
    """Does a Status cell close its item: it, or an entry of its history, opens with one of ``words`` ('Met', 'Set
    18/06/2026; Reviewed 01/10/2026: Not met - broken down')?"""
    if not words:
        return False
    rx = re.compile(r"^\W*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
                    + r")\b", re.I)
    return any(rx.match(piece) for piece in re.split(r"[;:]", value or ""))


def _lead_statement(rows: list[list[str]], named: set[int], states) -> Optional[int]:
    """The row holding a titled item's own text when no row's label names it ('Target 1 - Reading' over 'What we
    want to see | Leo will move from ...', 'How adults help | ...'): the first row whose label names no field and
    whose one value states a goal, six words or more ('... will ...'). General: a card titled as one target states
    the target first, whatever its form calls that box; the rows after it say how, who and when."""
    for r, row in enumerate(rows):
        cells = [c.strip() for c in row if c.strip()]
        if r in named:
            continue
        if len(set(cells)) == 2 and cells[0] == row[0].strip() and len(cells[1].split()) >= 6 and states(cells[1]):
            return r
        return None  # the first unnamed row is not a statement: no guess further down
    return None


def pair_stacked(rows: list, joins) -> list:
    """Rows of one cell each where ``joins(row, next_row)`` says the first is a question or title over its answer:
    each such pair becomes one two-cell row (question | answer), so it reads as a label beside its value."""
    out, i = [], 0
    while i < len(rows):
        r, nxt = rows[i], rows[i + 1] if i + 1 < len(rows) else None
        if nxt is not None and len({c.text for c in r}) == 1 and len({c.text for c in nxt}) == 1 and joins(r, nxt):
            out.append([r[0], nxt[0]])
            i += 2
            continue
        out.append(r)
        i += 1
    return out
