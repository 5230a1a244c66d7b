"""Documents that log several meetings one after another, each under its own title ('Phase 1 PEP', 'Phase 2
PEP', 'Progression review PEP'), each with its own date: the meeting with the latest date is the PEP.

Why general: a running record (a plan reviewed phase after phase, a log written newest first or last) holds
every meeting's date, targets and views; a careful reader judges the latest meeting by its date, whatever
order the record keeps, and takes the earlier meetings as history, as the period rules do for terms
(periods.py). Only blocks opened by a title naming a meeting ([prose] meeting_words) on a table's first row
(a band of its own) are taken as meetings; each must state a date in its first rows under a label naming a
date, and the dates must differ, or the document is read whole.
"""
from __future__ import annotations

import re
from typing import Optional

from ...values import parse_date
from .. import periods
from ..blocks import Para, Table

_DATE_LABEL = re.compile(r"\bdate\b", re.I)


def _title(labels, b) -> Optional[str]:
    """The title a table opens with on a row of its own, when it names a meeting."""
    if not isinstance(b, Table) or len(b.rows) < 3:
        return None
    first = {c.text.strip() for c in b.rows[0] if c.text.strip()}
    if len(first) != 1:
        return None
    title = first.pop()
    words = labels.prose.get("meeting_words", ())
    if "\n" in title or len(title.split()) > 6 or not words:
        return None
    return title if re.search(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", title, re.I) else None


def _date(b: Table, first: int = 1):
    """The first date a block's opening rows give under a label naming a date ('PEP date | 15.10.2025'), from
    row ``first`` (below a title row, or from the top of a window's table)."""
    for row in b.rows[first:first + 5]:
        cells = [c.text.strip() for c in row]
        for i in range(0, len(cells) - 1):
            if _DATE_LABEL.search(cells[i]) and (d := parse_date(cells[i + 1])):
                return d
    return None


def _window(blocks: list, i: int) -> Optional[str]:
    """A line naming only a meeting by its order and months ('Second review - January to April') over a table:
    a portal's review window, which opens one meeting's blocks as a table's title row would."""
    b = blocks[i]
    if isinstance(b, Para) and len(b.text.split()) <= 10 and periods.is_period_heading(b.text.strip()) \
            and i + 1 < len(blocks) and isinstance(blocks[i + 1], Table):
        return b.text.strip()
    return None


def _windows(blocks: list) -> Optional[list]:
    """The blocks with only the latest dated review window kept, when two or more windows state a date. A window
    whose date is blank was not held yet ('Third review - May to July' left empty on the form): it is not the
    PEP, however late it stands; the window with the latest date is."""
    starts = [i for i in range(len(blocks)) if _window(blocks, i)]
    if len(starts) < 2:
        return None
    dates = [_date(blocks[i + 1], 0) for i in starts]
    dated = [j for j, d in enumerate(dates) if d is not None]
    if len(dated) < 2 or len({dates[j] for j in dated}) != len(dated):
        return None
    k = max(dated, key=lambda j: dates[j])
    end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
    return blocks[:starts[0]] + blocks[starts[k]:end]


def _line_date(labels, b):
    return _text_date(labels, b.text) if isinstance(b, Para) else None


def _text_date(labels, text: str):
    """The date a line naming a meeting by its number gives after a date label ('PEP MEETING 2 (Interim review) -
    Date: 24/11/2026') or after 'held' ('MEETING RECORD 2 of 2 - PEP meeting held 24/09/2026'), else None."""
    if len(text.split()) > 16:
        return None
    words = labels.prose.get("meeting_words", ())
    held = _HELD_LINE.match(text.strip())
    m = _MEETING_LINE.match(text.strip()) or held
    if not m or not words or not re.search(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", m[1], re.I):
        return None
    if m is held and re.search(r"\bnext\b", m[1], re.I):
        return None  # a meeting said to be held is this one, never the next
    if m is not held and periods.period_rank(m[1]) is None:
        return None  # a dated line names its meeting by number ('PEP MEETING 2')
    return parse_date(m[2])


def held_date(labels, text: str) -> Optional[str]:
    """The date in a meeting's own title line, 'MEETING RECORD 2 of 2 - PEP meeting held 24/09/2026 (autumn
    term, current)': the day this meeting was held (a log's earlier meetings are set aside before lines are read)."""
    held = _HELD_LINE.match(text.strip())
    if not held or not _text_date(labels, text):
        return None
    return held[2]


def _dated_lines(labels, blocks: list) -> Optional[list]:
    """The blocks with only the latest meeting's kept, when a record opens each meeting with a line naming it and
    its date ('PEP MEETING 1 (New PEP) - Date: 15/09/2026', later 'PEP MEETING 2 ... - Date: 24/11/2026'), the
    dates all different; else None."""
    dated = [(i, d) for i, b in enumerate(blocks) if (d := _line_date(labels, b))]
    starts, dates = [i for i, _ in dated], [d for _, d in dated]
    if len(starts) < 2 or len(set(dates)) != len(dates):
        return None
    k = max(range(len(starts)), key=lambda j: dates[j])
    end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
    return blocks[:starts[0]] + blocks[starts[k]:end]


# 'PEP MEETING 2 (Interim review) - Date: 24/11/2026': a meeting's name, then a date label and the date
# 'MEETING RECORD 2 of 2 - PEP meeting held 24/09/2026 (autumn term, current)': the meeting, 'held', its date
_HELD_LINE = re.compile(r"^(.{3,60}?)\s+held\s+(?:on\s+)?(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+"
                        r"[A-Za-z]{3,9}\s+\d{4})\s*(?:\([^()]*\))?\.?$", re.I)
_MEETING_LINE = re.compile(r"^(.{3,60}?)\s*[-–—,:]?\s*\bdate\b[^:]{0,20}:\s*(\S.{5,30})$", re.I)


def latest_meeting(labels, blocks: list) -> list:
    """The blocks with only the latest meeting's kept (the document's opening blocks, before the first meeting,
    stay: they describe the child), or the blocks unchanged."""
    starts = [i for i, b in enumerate(blocks) if _title(labels, b)]
    if len(starts) < 2:
        return _windows(blocks) or _dated_lines(labels, blocks) or blocks
    titles = [_title(labels, blocks[i]) for i in starts]
    dates = [_date(blocks[i]) for i in starts]
    if len(set(titles)) != len(titles) or any(d is None for d in dates) or len(set(dates)) != len(dates):
        return blocks
    k = max(range(len(starts)), key=lambda j: dates[j])
    end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
    return blocks[:starts[0]] + blocks[starts[k]:end]
