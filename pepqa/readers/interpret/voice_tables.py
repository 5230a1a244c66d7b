"""The child's voice in tables: a column of the child's words in a grid (wherever it stands), titled boxes over
the child's answers, a row per person round the table, points tagged with who raised them, and a profile table
under a heading that names the voice.
What a piece of the voice is (prompts, remarks, no views) is voice.py's."""
from __future__ import annotations

import re

from ..blocks import Para
from .patterns import _QUOTE
from .voice import _FIRST_PERSON, _ME, _PROMPT, _is_prompt


class VoiceTablesMixin:
    def _spoken_column(self, rows, j: int) -> bool:
        """Is every answer in a column the child speaking ('What are we worried about?' over 'I'm worried about the
        English exam ...' in the young person's own section)? Then the column is the child's, whatever its title."""
        cells = [r[j].text.strip() for r in rows[1:] if j < len(r) and r[j].text.strip()]
        return bool(cells) and all(_FIRST_PERSON.search(x) or _QUOTE.search(x) for x in cells)

    def _voice_titles_over_answers(self, t) -> bool:
        """In the child's part, a table whose top row is only short titles ('My worries | My hopes', three named
        boxes of a drawing tool) over rows of what was written in each box: the titles are the boxes' names, each
        cell below is the child's answer to its column's title (a question in it is the child's). General: a row
        of column headings is never content on any form; what stands under a heading answers it. Not a table of
        labels down the side ('What I like | ...' over 'What I find hard | ...'): a row below whose first cell is a
        prompt or a label is a label beside its value. Returns False when the table has no such shape."""
        rows = t.rows
        if self.part != "pupil_voice" or len(rows) < 2:
            return False
        head = [c.text.strip() for c in rows[0]]
        names = [h for i, h in enumerate(head) if h and h not in head[:i]]
        if len(names) < 2 or any(len(h.split()) > 8 or "\n" in h or h.endswith((".", "!", ":", '"', "”"))
                                 or _FIRST_PERSON.search(h) and not _PROMPT.match(h) or re.search(r"[\d☐☒☑✓✔]", h)
                                 or self._voice_meta(h)
                                 or (self._field_match(h) and not self._voice_prompt(h)) for h in names):
            return False
        for row in rows[1:]:
            side = row[0].text.strip() if row else ""
            if len(row) != len(head) or side and len(side.split()) <= 8 and (
                    _is_prompt(side) or side.endswith(":") or self._field_match(side) or self._voice_meta(side)):
                return False
        # a column headed for the adults' reading ('What we think this means', 'Carer's view') is not the child's
        theirs = {j for j, h in enumerate(head) if h and (self._other_writer(h) or re.search(r"(?i)\b(?:we|us|our)\b", h))
                  and not self._spoken_column(rows, j)}
        # a column of quotations beside a column of short plain notes ('"Maths is my favourite." | Tutor time, 2
        # March'): quotation marks mark the child's words, the note says where or when (label_rows.py reads it)
        cells = [[r[j].text.strip() for r in rows[1:] if j < len(r) and r[j].text.strip()] for j in range(len(head))]
        if any(cs and all(_WHOLE_QUOTE.match(x) for x in cs) for cs in cells) and any(
                cs and all(len(x.split()) <= 8 and not _QUOTE.search(x) and not _FIRST_PERSON.search(x) for x in cs)
                for cs in cells):
            return False
        if len(theirs) == len(head):
            # 'What my carer thinks | What my Designated Teacher thinks' over their words: the adults' views, side by
            # side in the child's part; none of it is the child's (the model holds no adult's view)
            self.claims.append((rows[0][0].prov, "the adults' views", "exact"))
            return True
        # whose words: the answers are in the first person or quoted, or a title asks for the child's words, or
        # every box says there are none ('N/A'); 'Strengths | Challenges' over 'Good at sport.' may be anyone's
        answers = [_unwrap(c.text) for r in rows[1:] for j, c in enumerate(r) if j not in theirs and c.text.strip()]
        if not (any(_FIRST_PERSON.search(a) or _QUOTE.search(a) for a in answers)
                or any(self._voice_prompt(h) for j, h in enumerate(head) if j not in theirs)
                or all(self._no_views(a) or self.labels.is_placeholder(a) for a in answers)):
            return False
        self.found.add("pupil_voice")
        self._note("parts.pupil_voice", rows[0][0].prov, names[0])
        if answers and all(self._no_views(a) or self.labels.is_placeholder(a) for a in answers):
            self.voice_none_said = True  # each box read, each saying there is nothing: empty, not missed
        for row in rows[1:]:
            for j, cell in enumerate(row):
                if j in theirs:
                    continue
                text = _unwrap(cell.text)
                if text and text not in (row[k].text.strip() for k in range(j)) and not self.labels.is_placeholder(text):
                    self._voice_text(text, cell.prov, answer=True)
        return True

    def _voice_columns(self, t) -> bool:
        """A grid with a column for the child's words: a week ('Day | What happens | What I think about it'),
        subjects or activities down the side, and a header over one column that asks for the child's views.
        Each cell of that column is a piece of the voice; the other columns describe the grid's rows (the
        school day, a lesson), which the PEP model does not hold. A voice column left blank is a voice part
        found empty. Returns False when the table has no such column."""
        rows = t.rows
        # A title row above the header ('2. Friends and feelings' across the table), even over a single row of
        # answers. Why general: a merged first row is a table's title on any form, however few its rows.
        top = 1 if len(rows) >= 3 and len({c.text for c in rows[0]}) == 1 else 0
        if len(rows) < top + 2:
            return False
        head = [c.text.strip() for c in rows[top]]
        if len(set(head)) < 2 or any(len(h.split()) > 10 or h.endswith((".", "!")) for h in head):
            return False  # a header is short words, not a sentence ('Pupil's views | Jasmine is happy.')
        cols = [j for j, h in enumerate(head) if j and self._voice_prompt(h) and h not in head[:j]]
        if not cols and self._first_column_voice(rows, top, head):
            cols = [0]
        if not cols or len(cols) == len(head) or any(self._field_match(h) and not self._voice_prompt(h)
                                                     for h in head if h):
            return False  # every column a prompt (answers side by side), or a row of labels over values
        side = [r[0].text.strip() for r in rows[top + 1:] if r and r[0].text.strip()]
        if cols != [0] and sum(1 for x in side if self._field_match(x) or x.endswith("?")) * 2 >= max(len(side), 1):
            return False  # labels down the side: a table of labels and values, not a grid
        if sum(1 for x in side if len(x.split()) <= 6 and self.labels.match_value("role", x) not in (None, "child")) \
                * 2 >= max(len(side), 1):
            # 'Carer | ...', 'Teacher | ...': the views of the adults round the table. A side cell that is a
            # sentence mentioning a carer is what the adults said, not a role label (general: labels are short).
            return False
        self.found.add("pupil_voice")
        self._note("parts.pupil_voice", rows[top][cols[0]].prov, head[cols[0]])
        for row in rows[top + 1:]:
            for j in cols:
                cell = row[j] if j < len(row) else None
                if cell is not None and cell.text.strip() and not self.labels.is_placeholder(cell.text.strip()):
                    self._voice_text(cell.text, cell.prov)
        return True

    def _views_side_by_side(self, t) -> bool:
        """A header row naming the child's box beside other people's ('Pupil voice * / What do you want ...? |
        Carer's views') over what each wrote: only the child's column is the voice, and a box left with its
        placeholder is empty. General: forms set the adults' views beside the child's; the header says whose."""
        rows = t.rows
        if len(rows) < 2 or len(rows[0]) < 2 or len({c.text for c in rows[0]}) != len(rows[0]):
            return False
        head = [c.text.strip().split("\n")[0].strip(" *") for c in rows[0]]
        # 'My voice: what I say, and how I show you ...': the box's name, then what it asks for
        head = [m[1].strip() if (m := _TITLE_GLOSS.match(h)) else h for h in head]
        mine = [j for j, h in enumerate(head) if h and len(h.split()) <= 8 and not self._other_writer(h)
                and self._heading_part(h, loose=True) == "pupil_voice"]
        others = [j for j, h in enumerate(head) if h and len(h.split()) <= 6 and self._other_writer(h)]
        if len(mine) != 1 or not others or len(mine) + len(others) != len(head):
            return False
        self.found.add("pupil_voice")
        self._note("parts.pupil_voice", rows[0][mine[0]].prov, head[mine[0]])
        for row in rows[1:]:
            cell = row[mine[0]] if mine[0] < len(row) else None
            if cell is not None and cell.text.strip() and not self.labels.is_placeholder(cell.text.strip()):
                self._voice_text(cell.text, cell.prov)
            else:
                self.set_field("pupil_voice.text", "", rows[0][mine[0]].prov, head[mine[0]])  # the box, left empty
        return True

    def _details_table(self, t) -> bool:
        """Under a heading that names the voice ('About me'), a table of labels beside values most of which are
        the child's or the setting's details ('My name | ...', 'Date of birth | ...', 'My setting | ...'): the
        child's details, read as such; its other rows holding a figure ('My age at this plan | 3 years 11 months',
        'Hours I attend | 30 hours') are details the model does not hold, never the child's words (a prompt
        answered in words, 'Things I like | Dinosaurs', stays the child's answer). If no voice is read
        afterwards, the voice is unread, not empty (assemble.py). General: a profile table is a profile
        whatever its section is called."""
        if self.part != "pupil_voice" or len(t.rows) < 3 or any(len({c.text for c in r}) > 2 for r in t.rows):
            return False
        title = {c.text.strip() for c in t.rows[0]} - {""}
        if len(title) == 1 and self._heading_part(title.pop()) not in (None, "pupil_voice"):
            return False  # 'STUDENT DETAILS' over the rows: the table starts a part of its own, it is not in the voice
        # Rows of things the model does not hold ('Social worker | ...') or of a figure ('Age | 4 years 1 month')
        # say nothing either way (general: they are details on any form, never the child's views).
        labels = [r[0].text.strip() for r in t.rows if len(r) >= 2 and r[0].text.strip()
                  and not self.labels.is_ignored(r[0].text.strip()) and not re.search(r"\d", r[-1].text)]
        known = [fm for r in t.rows if len(r) >= 2 and (x := r[0].text.strip()) and (fm := self._field_match(x))
                 and fm[0].split(".")[0] in ("child", "school")]
        if len(known) < 3 or len(known) * 2 < len(labels):
            return False
        keep = self.part
        # '(social worker to complete from the records)' after the heading: an adult fills the profile in, so
        # its first-person prompts ('Where I live') hold that adult's record, not the child's words. Why general:
        # a form saying who completes a box says whose words are in it.
        by_adult = _by_adult(self.labels, getattr(self, "part_heading", "") or "")
        try:
            for row in t.rows:
                label, value = row[0].text.strip(), row[-1].text.strip()
                # a prompt to the child the model holds no field for, answered in words ('Things I like |
                # Dinosaurs and painting'), is still the child's answer; a figure ('3 years 11 months') is a detail
                answer = len(row) >= 2 and bool(value) and not re.search(r"\d", value) \
                    and bool(_ME.search(label) or self._voice_prompt(label)) \
                    and not self._field_match(label) and not self.labels.is_ignored(label) and not by_adult
                self.part = keep if answer else "child"
                self._label_value_row(row)
        finally:
            self.part = keep
        self.found.add("child")
        self.details_in_voice.append(t.prov)
        return True

    def _first_column_voice(self, rows: list, top: int, head: list[str]) -> bool:
        """A grid whose first column is the child's words and whose other columns are what the adults make of
        them ('What the child said / chose | What we think this means' over 'swimming good | Ellis chose the
        good side...'): the header over the first column asks for the child's words, the other headers are
        short titles (no answer: nothing in the first person) and no cell down the first column is itself a
        prompt or a label, so the rows are answers, not questions beside their answers. General: a table with
        a header row is read by its columns wherever the child's column stands, as a reader reads it."""
        if len(head) < 2 or not head[0] or not self._voice_prompt(head[0]) or self._voice_meta(head[0]):
            return False
        if any(not h or _FIRST_PERSON.search(h) or self._voice_prompt(h) for h in head[1:]):
            return False
        firsts = [r[0].text.strip() for r in rows[top + 1:] if r and r[0].text.strip()]
        return bool(firsts) and not any(_is_prompt(x) or self._voice_prompt(x) or self._field_match(x)
                                        or _LABEL_END.search(x) for x in firsts)

    def _voice_rows(self, t) -> bool:
        """A grid with a row per person round the table ('Lily said | ... ', 'Carer said | ...', 'School said |
        ...'), the columns the questions all were asked: the child's row is the child's voice, the others' rows
        are theirs. The side cell names who spoke (a role, or the child by name, with 'said', 'views' or
        'comments' after it). Needs the child's row and another person's row; returns False otherwise."""
        rows = t.rows
        if len(rows) < 3 or len(rows[0]) < 2:
            return False
        whose = [self._speaker(r[0].text) if r and r[0].text.strip() else None for r in rows[1:]]
        if "child" not in whose:  # ' | Strengths | Challenges' over 'Me | ...', 'School | ...', 'Carer | ...'
            bare = [self._speaker(r[0].text, bare=True) if r and r[0].text.strip() else None for r in rows[1:]]
            said = [r for r, w in zip(rows[1:], bare) if w == "child" and any(len(c.text.split()) >= 3 for c in r[1:])]
            if said:  # the child's row says something ('Pupil | Harvey' in a sign-off grid is a signature)
                whose = bare
        named = [w for w in whose if w]
        if "child" not in named or len(named) < 2 or len(named) * 2 < len(whose) or named.count("child") > 1:
            return False
        self.found.add("pupil_voice")
        for row, who in zip(rows[1:], whose):
            if who != "child":
                continue
            self._note("parts.pupil_voice", row[0].prov, row[0].text.strip())
            for cell in row[1:]:
                text = cell.text.strip()
                if text and not self.labels.is_placeholder(text) and text != row[0].text.strip():
                    self._voice_text(_unwrap(cell.text), cell.prov)  # a narrow box's wrapped lines, joined
        return True

    def _sentence_starters(self, t) -> bool:
        """In the child's part, rows of a sentence the form starts and the child finishes ('My name is | Niamh and
        I am 9.', 'Something I find tricky is | long division, I forget the steps.'): the child's words are the
        endings. General: a booklet's starters end on the word the answer follows ('is', 'with', 'because') and
        the answers run on from them; every row must be so, or the table is read another way."""
        if self.part not in ("pupil_voice", None) or len(t.rows) < 2 or any(len({c.text for c in r}) != 2 for r in t.rows):
            return False
        pairs = [(r[0].text.strip(), r[-1].text.strip()) for r in t.rows]
        if self.part is None and sum(bool(_ME.search(a)) for a, _ in pairs) < 2:
            return False  # outside the child's part: only a booklet's starters in the child's own person
        if not all(_STARTER_END.search(a) and len(a.split()) <= 10 and not a.endswith((".", "?", "!", ":"))
                   for a, _ in pairs):
            return False
        filled = [(a, b) for a, b in pairs if b and not self.labels.is_placeholder(b)]
        if len(filled) < len(pairs) // 2 + 1 or not all(b[:1].islower() or b[:1].isdigit() or _FIRST_PERSON.search(b)
                                                          or b.split()[0].strip(",") == self._child_first()
                                                          for _, b in filled):
            return False  # 'Name of school is | Hollybank Primary': a form's field, not a sentence finished
        self.found.add("pupil_voice")
        for r in t.rows:
            b = r[-1].text.strip()
            if b and not self.labels.is_placeholder(b):
                self._voice_text(_unwrap(b), r[-1].prov)
        return True

    def _speaker_led_points(self, t) -> bool:
        """A grid of the three questions whose cells hold points each led by who made it ('Mrs Nyland (DT): Tayo has
        settled ...', 'Tayo: I am good at times tables now, ...', 'Carer: Homework is done ...'), wrapped in narrow
        columns: the points led by the child are the voice; the adults' are theirs. Needs the child leading at least
        one point and two or more speakers in the grid."""
        first = self._child_first()
        points = [(c, who, said) for r in t.rows for c in r for who, said in _led_points(c.text)]
        if not first or len({who for _, who, _ in points}) < 2:
            return False
        if any(self._field_match(who) and not self.labels.match_value("role", who) for _, who, _ in points):
            return False  # 'Name: Tayo Okafor' over 'School: Hillside': a box of fields, not who said what
        mine = [(c, said) for c, who, said in points if len(said.split()) >= 3  # ('Pupil: Tayo Okafor' names him)
                and (who.split()[0].lower() == first.lower() or self.labels.match_value("role", who) == "child")]
        if not mine:
            return False
        self.found.add("pupil_voice")
        for c, said in mine:
            self._voice_text(said, c.prov)
        return True

    def _tagged_lines(self, t) -> bool:
        """A grid whose cells are lists of points, each tagged with who raised it ('• "I like the quiet room."
        (Ellis)', '• Attendance this year: 97.9% (DT)'), as in a record of discussion: a point tagged with the
        child is the child's words (the quotation, if any); every other point is read as a line of its own (a
        figure with its label). Needs a cell of two or more bulleted lines, one of them tagged."""
        cells = [c for r in t.rows for c in r]
        bulleted = [c for c in cells if len(_BULLET_LINES.findall(c.text)) >= 2]
        if not bulleted or not any(_TAG.search(x) for c in bulleted for x in c.text.split("\n")):
            return False
        first = self._child_first()
        seen: set[int] = set()
        for c in cells:
            if id(c) in seen or not c.text.strip():
                continue
            seen.add(id(c))
            if len(_BULLET_LINES.findall(c.text)) < 1:
                continue  # a question heading the column ('What is working well?'): the form's
            for point in _points(c.text):
                tag = _TAG.search(point)
                who = tag[1].strip() if tag else None
                body = point[:tag.start()].strip() if tag else point
                if who and (first and who.split()[0].lower() == first.lower() or
                            self.labels.match_value("role", who) == "child"):
                    quoted = [a or b for a, b in _QUOTE.findall(body)]
                    for q in quoted or [body.strip("\"“”' ")]:
                        self._voice_text(q, c.prov)
                    continue
                self.para(Para(body, c.prov))
        return True


# the word a printed sentence starter ends on, the child's answer to follow ('The best thing about school is')
_STARTER_END = re.compile(r"\b(?:is|are|am|was|with|because|about|like|to|when|feel|feels|me|want|wish|enjoy|"
                          r"love|hate|would|could|think)\s*(?:\.{2,}|…)?$", re.I)
_TITLE_GLOSS = re.compile(r"^([^:]{3,40}):\s+[a-z(]")  # 'My voice: what I say ...'
_WHOLE_QUOTE = re.compile(r"^\s*[\"“‘'][^\"“”]{3,400}[\"”’']\s*$", re.S)  # a cell that is one quotation
_BULLET = r"^\s*[•▪●◦\-–*]\s+"  # a bulleted line's mark
_BULLET_LINES = re.compile(r"(?m)" + _BULLET + r"\S")
_TAG = re.compile(r"\(([A-Z][\w'’\-]*(?:[ /][A-Za-z][\w'’\-]*){0,2})\)\s*$")  # '(Ellis)', '(DT)', '(VS/DT)'


def _led_points(text: str) -> list[tuple[str, str]]:
    """(speaker, words) for each point of a cell whose points each open with who made it ('Tayo: I am good at ...',
    'Mrs Nyland (DT): ...'); a line with no such opening continues the point above. [] unless every point is led."""
    out: list[list[str]] = []
    for line in (x.strip() for x in (text or "").split("\n")):
        if not line:
            continue
        m = _LEAD_SPEAKER.match(line)
        if m:
            out.append([m[1].strip(), m[2].strip()])
        elif out:
            out[-1][1] += " " + line
        else:
            return []
    return [(a, b) for a, b in out] if len(out) >= 2 else []


# who made a point, before a colon: 'Tayo', 'Mrs Nyland (DT)', 'Class teacher', 'SW'
_LEAD_SPEAKER = re.compile(r"^((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|teacher|worker|carer|\([^()]{1,20}\))){0,3}):\s+(\S.*)$")


def _unwrap(text: str) -> str:
    """A cell's text with the lines a narrow box wrapped joined again: a line that ends no sentence runs on."""
    out: list[str] = []
    for line in (x.strip() for x in text.split("\n")):
        if not line:
            continue
        if out and not out[-1].endswith((".", "!", "?", '"', "”", "'", "’", ":")):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _points(text: str) -> list[str]:
    """A cell's bulleted points, a point's wrapped lines joined ('• Reading has improved ... at' / 'home (carer)')."""
    out: list[str] = []
    for line in text.split("\n"):
        m = re.match(_BULLET + r"(.*)$", line)
        if m or not out:
            out.append((m[1] if m else line).strip())
        else:
            out[-1] += " " + line.strip()
    return [x for x in out if x]


_LABEL_END = re.compile(r"[:?]\s*$")  # 'What I enjoy:', 'Anything else?': a prompt's ending


_COMPLETER = re.compile(r"\(([^()]*\b(?:to\s+complete|to\s+be\s+completed\s+by|completes?)\b[^()]*)\)", re.I)


def _by_adult(labels, heading: str) -> bool:
    """Does a heading's bracket say an adult, not the child, completes the part ('(social worker to complete before
    the meeting)')? Not when the child completes it with them ('(DT to complete with the young person)')."""
    m = _COMPLETER.search(heading)
    if not m or re.search(r"(?i)\b(?:with|child|young person|pupil|student|me)\b", m[1]):
        return False
    return labels.match_value("role", m[1]) not in (None, "child")
