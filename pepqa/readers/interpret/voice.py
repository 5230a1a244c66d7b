"""The child's voice: what is the child's words, what is the form's prompt, what is about the voice (who
wrote it down, when), and a term-by-term voice cell read for its latest term."""
from __future__ import annotations

import re

from ...labels import normalise
from ...model import Provenance
from .. import periods, tables


class VoiceMixin:
    def _voice_meta(self, label: str) -> bool:
        """A label about the voice (who wrote it down, how it was gathered, when), not a prompt the child
        answered: its value is not the child's words."""
        n = normalise(label)
        near = self.labels.concepts.nearest(n, floor=0.8)  # 'How I feel' is a prompt, 'How views were gathered' meta
        # 'Views recorded by' is meta; 'Grown-ups can help me by' is a sentence starter the child finishes
        by = n.endswith(" by") and not re.search(r"\b(?:i|me|my)\b", n)
        return bool(near and near.startswith("pupil_voice.")) or by or bool(
            re.search(r"\b(?:date|signed|signature|completed|reason|reasons)\b", n)) or bool(_IF_NOT.match(n))

    def _asked_about_voice(self, text: str, prov: Provenance) -> bool:
        """'How were the child's views gathered? Talking Mat with symbols, done with the therapist': a printed
        question about the voice with its answer on the same line is that field and its value, not the child's
        words. General: a question mark ends a printed question as a colon ends a label."""
        q = _ASKED_LINE.match(text)
        if not q or len(q[1].split()) > 12 or not self._voice_meta(q[1]) or _is_prompt(q[2]) \
                or re.match(r"\(?\s*(?:e\.\s?g\.?|for example)", q[2], re.I):
            return False  # '... gathered? (e.g. observation, photos)': the question's hint, not its answer
        fm = self._field_match(q[1])
        return bool(fm and fm[0].startswith("pupil_voice.") and fm[0] != "pupil_voice.text"
                    and self.set_match(fm, q[2], prov, q[1].strip()))

    def _voice_text(self, text: str, prov: Provenance, answer: bool = False) -> None:
        """A piece of the child's voice: a term-by-term cell gives its latest term; prompts are dropped.
        ``answer``: the text is known to answer a prompt printed elsewhere (a column's title), so a question in it
        is the child's ('What if they find out?'), not the form's."""
        lat = periods.latest_line(text)
        if lat is not None:
            text = lat[1]
        text = "\n".join(self._without_others(x) for x in text.split("\n"))
        lines = [x for x in text.split("\n") if x.strip() and not (_is_prompt(x) and not (answer and re.search(r"[A-Za-z]", x)))
                 and not self._no_views(x)
                 and not self._about_the_voice(x) and not _YES_NO_TICKS.fullmatch(x.strip())
                 and not self._voice_heading(x) and not self._form_line(x) and not self._reported_by_other(x)]
        if not lines:
            self.found.add("pupil_voice")
            return
        self.voice.append("\n".join(lines))
        self._fill("pupil_voice")
        self._note("pupil_voice.text", prov, None)

    def _without_others(self, line: str) -> str:
        """A line of several sentences, one saying there are no views: only the sentences where the child speaks
        ('No statement was received this term. The DT said Tia-Rose seems happy in class.' holds nothing of the
        child's). A line with no such sentence is left to the line rules."""
        sents = [x for x in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip()) if x]
        if len(sents) < 2 or not any(self._no_views(x) for x in sents) and (
                self._about_the_voice(line) or not any(self._about_the_voice(x) for x in sents)):
            return line  # (or one saying how the views were gathered: 'Shanice's views were gathered through ...';
            # a line wholly about the voice is dropped whole, later)
        # beside a sentence saying there are none, only the child speaking is the child's words ('SW to follow up.'
        # or 'The DT said Tia-Rose seems happy' are not)
        keep = [x for x in sents if not self._no_views(x) and not self._reported_by_other(x)
                and (_FIRST_PERSON.search(x) or _MINE.search(x) or re.search(r"[\"“”]", x))]
        return " ".join(keep)

    def _reported_by_other(self, sentence: str) -> bool:
        """'The DT said Tia-Rose seems happy', 'Her carer feels ...': an adult's account, not the child's words."""
        if _TITLED_SAYS.match(sentence) and not _FIRST_PERSON.search(sentence) and not re.search(r"[\"“”]", sentence):
            return True  # 'Mrs Pemberton said that home is calm': an adult, by title and name, speaking
        m = _REPORTED.match(sentence)
        if not m or _FIRST_PERSON.search(sentence) or _MINE.search(sentence) or re.search(r"[\"“”]", sentence):
            return False  # 'My carer says well done ...': the child telling what an adult says, in the child's words
        role = self.labels.match_value("role", m[2] or m[1])  # 'Lorna (carer) added that ...': the role in brackets
        return bool(role and role != "child")

    def _form_line(self, line: str) -> bool:
        """A line of the form, not the child's words: a figure with no words ('0 / 2 (0%)': a count of fields
        filled in), a section's title ('Section 3'), a question answered yes or no ('Makaton questions used: No'),
        a message to the child ('We missed you at the meeting, Jade, ...'). Never a line in the first person or
        one holding a quotation."""
        t = line.strip()
        if not re.search(r"[A-Za-z]", t) or _CODE.fullmatch(t):
            return True  # (a figure with no words, a system's code: 'EY-48212')
        if t.startswith("(") and t.endswith(")") and t.count("(") == 1 and not re.search(r"[\"“”]", t):
            return True  # '(Written by me before the meeting. An adult can write it for me.)': the form's note
        q, sep, answer = t.partition("?")
        if sep and len(q.split()) <= 16 and self._not_given(answer.strip(" *:")):
            return True  # 'What would you like to do after Year 11?*: N/A': a question left unanswered
        if _COMPLETES_FORM.search(t) and not re.search(r"[\"“”]", t):
            return True  # 'The Designated Teacher meets with me to complete this section.': how the box is filled in
        if _FIRST_PERSON.search(t) or _MINE.search(t) or re.search(r"[\"“”]", t):
            return False
        if _SECTION_LINE.match(t) and len(t.split()) <= 12 and not t.endswith((".", "!", "?")):
            return True
        head, sep, value = t.partition(":")
        if sep and len(head.split()) <= 6 and _YES_NO.fullmatch(value.strip()):
            return True
        first = self._child_first()
        return bool(_YOU.search(t)) and (t.lower().startswith(("we ", "you ")) or bool(
            first and re.search(r",\s*" + re.escape(first) + r"\s*[,.!]", t)))

    def _voice_prompt(self, header: str) -> bool:
        """A column header that asks for the child's words ('What I think about it', 'How I feel', 'My
        views', 'In your own words'), not for someone else's or about the voice ('Views gathered by')."""
        h = header.strip()
        if self.part == "pupil_voice" and _WHAT_WAS_SAID.match(h) and len(h.split()) <= 8:
            return True  # 'What was signed or said' in the child's own part: the child's words, said or signed
        if not h or len(h.split()) > 12 or h.endswith(".") or self._voice_meta(h):
            return False
        said = _SAID.match(h)  # 'What Maisie said', 'How Tyler feels about it': the child by name
        if said and said[1] == self._first_name():
            return True
        if _THE_CHILD_SAYS.match(h):
            return True  # 'What the young person says', 'How the child feels': the child named by role
        return self._heading_part(h, loose=True) == "pupil_voice" or self._field_for(h) == "pupil_voice.text"

    def _child_first(self) -> str | None:
        """The child's first name as read so far (a label's value waits for the assignment at the end)."""
        got = self._first_name()
        if got:
            return got
        cands = self.candidates.get("child.name") or self.candidates.get("child.forename") or []
        return str(cands[0][0]).split()[0] if cands and cands[0][0] else None

    def _speaker(self, side: str, bare: bool = False) -> str | None:
        """Who a row's side cell says spoke: 'Carer said' -> 'carer', 'Lily said' / 'Child's views' -> 'child'.
        ``bare``: the cell may name the speaker alone ('Me', 'School', 'Carer' down the side of a grid of views)."""
        m = _SPEAKER.match(side.strip())
        if not m and bare and _OWN_WORDS.search(side) and len(side.split()) <= 6:
            return "child"  # 'Ruby (own words)': the row of the child's own words
        if not m and bare and len(side.split()) <= 3:
            who = side.strip()
            if who.lower() in ("me", "i"):
                return "child"
            if who.lower() == "school":
                return "designated_teacher"  # the school's row of a grid of views: its staff's words
            return self.labels.match_value("role", who) or (
                self.labels.match_value("role", who[:-1]) if who.lower().endswith("s") else None)  # 'Carers'
        if not m:
            return None
        who = m[1].strip()
        role = self.labels.match_value("role", who)
        if role:
            return role
        first = self._first_name()
        if who in ("I", "Me") or first and who.split()[0].lower() == first.lower():
            return "child"
        return None

    def _other_writer(self, text: str) -> bool:
        """A heading naming whose box follows when that is not the child's: 'How I am getting on (teacher)',
        'Carer's comments'. It ends the child's voice."""
        if re.sub(r"\s*\([^)]*\)\s*$", "", text.strip()).endswith("?"):
            return False  # a question put to the child ('What do you do at weekends? (ask your carer)')
        mine = _MY_ADULT.match(text)
        if mine and (self.labels.match_value("role", mine[1]) not in (None, "child")
                     or self.labels.names_other_voice(normalise(mine[1]))):
            return True  # 'My carer says', 'What my carer thinks': the child's adult, speaking for themself
        inside = " ".join(re.findall(r"\(([^)]*)\)", text))
        if inside and len(inside.split()) <= 5 and self.labels.names_other_voice(normalise(inside).replace(" i ", " ")):
            return True
        n = normalise(text)
        return not re.search(r"\b(?:i|me|my|mine)\b", n) and self.labels.names_other_voice(n)

    def _voice_heading(self, line: str) -> bool:
        """A short line that is itself a heading of the voice ('In my words', 'My views' over a column of answers
        left 'N/A'): the column's or box's name, not the child's words."""
        t = line.strip()
        return len(t.split()) <= 5 and not t.endswith((".", "!", '"', "”")) and not _FIRST_PERSON.search(t) \
            and self._heading_part(t, loose=True) == "pupil_voice"

    def _no_views(self, line: str) -> bool:
        """A line saying there are no views, not the child's words: 'Did not want to give views', 'N/A',
        'Kieran chose not to share his views this time' ([prose] no_views; never a line in the first person,
        'I did not want to go to the meeting' is the child's)."""
        t = line.strip()
        if len(t.split()) <= 3 and self._not_given(t):
            return True
        if len(t.split()) > 20 or _FIRST_PERSON.search(t):
            return False
        if _NONE_RECEIVED.match(t) or _NOT_DONE.search(t):
            return True  # 'No statement received through the app this term', 'Nothing returned': none came back
        words = self.labels.prose.get("no_views", ())
        low = f" {normalise(t)} "
        return any(f" {normalise(w)} " in low for w in words)

    def _about_the_voice(self, line: str) -> bool:
        """A line about gathering the child's views, not the child's words: 'This section was sent to Jordan
        before the meeting', 'Views can be recorded in any form and uploaded to this page', 'QA comment: the
        pupil voice section is blank' ([prose] voice_remarks); a heading saying who wrote the words down
        ('Things I said (written down by my key person)'); a label naming another writer before its value ('What
        the grown-ups who know me best say: Tyler-James is settled'). Never a line in the first person outside
        such a heading, one holding a quotation, or one reporting what the child said ('Jordan said he ...')."""
        t = line.strip()
        head, sep, rest = t.partition(":")
        if sep and rest.strip() and len(head.split()) <= 12 and self.labels.names_other_voice(normalise(head)) \
                and not self._child_tells(head):
            return True  # another writer's label: the value is theirs
        tail = _TAIL_BRACKET.search(t)
        if tail and len(t.split()) <= 14 and not t[:tail.start()].rstrip().endswith((".", "!")) and (
                _WRITTEN_BY.search(tail[0]) or self.labels.names_other_voice(normalise(tail[1]))):
            return True  # a heading naming who writes the box ('... (written down by my key person)', '(keyperson to complete)')
        if _PROMPT.match(t) and len(t.split()) <= 16 and not t.endswith((".", "!", '"', "'", "”", "’")) \
                and self.labels.names_other_voice(normalise(t)):
            return True  # 'What my key person noticed about what I like': a prompt for another writer's box
        if _FIRST_PERSON.search(t) or re.search(r"[\"“”]", t) or len(t.split()) > 40:
            return False
        low = f" {normalise(t)} "
        if any(f" {normalise(w)} " in low for w in self.labels.prose.get("template_child_words", ())):
            return True  # 'Go through the child/young persons views and ask him/her to expand': the form's guidance
        says = [normalise(w) for w in self.labels.prose.get("say_verbs", ())]
        if any(f" {w} {d} " in low for w in says for d in ("these", "this", "them", "those", "the above")):
            return True  # 'Callum wrote these himself before the meeting': about the words above, not more words
        if any(f" {w} " in low for w in says):
            return False  # 'Jordan told us he likes football': what the child said, reported
        return any(f" {normalise(w)} " in low for w in self.labels.prose.get("voice_remarks", ()))

    def _voice_prompt_over_answer(self, rows: list) -> list:
        """In the child's part, a box's short title over its answer ('My school, my learning, what I want to
        happen' above a paragraph the child wrote): one row of a prompt and its answer, so the prompt is not taken
        for the child's words. The title is short and unpunctuated; the answer below it says more (or the box is
        empty: the child wrote nothing there)."""
        def joins(r, nxt) -> bool:
            head, body = r[0].text.strip(), nxt[0].text.strip()
            return bool(head) and len(head.split()) <= 12 and "\n" not in head \
                and not head.endswith((".", "!", '"', "”", "'", "’")) \
                and (not body or len(body.split()) > len(head.split())) and not self._field_match(head)
        return tables.pair_stacked(rows, joins)

    def _child_tells(self, head: str) -> bool:
        """'At story time she told her key person', 'Amira said to her carer': the child (by name, or he / she /
        they) says the words to another person, who is named as the listener, not as the writer."""
        first = (self._first_name() or "").lower()
        who = r"(?:he|she|they" + (r"|" + re.escape(first) if first else "") + r")"
        return any(re.search(r"\b" + who + r"\s+(?:\w+\s+)?" + re.escape(v) + r"\b", head, re.I)
                   for v in self.labels.prose.get("say_verbs", ()))

    def _aspiration(self, text: str, prov: Provenance, label: str | None = None) -> None:
        """The child's hopes for the future; written in the child's own words ('When I grow up I want to be a
        vet') they are the child's voice too."""
        self.aspirations.append(text)
        self._fill("aspirations")
        self._note("aspirations", prov, label)
        if _FIRST_PERSON.search(text) and len(text.split()) >= 4 and not _is_prompt(text):
            self._voice_text(text, prov)


# 'If no, record a clear reason', 'If not, why not': the follow-up to a question about the child taking part;
# its answer is an adult's account of why there are no views, not the views.
_IF_NOT = re.compile(r"^if\s+(?:no|not|none|absent|declined)\b")
# '☐ Yes ☒ No': a yes/no question answered by a tick, which is no one's words.
_YES_NO_TICKS = re.compile(r"(?:[☐☒☑]\s*(?:yes|no|not sure|unsure|n/?a|partly|don't know)\s*[,/]?\s*)+", re.I)
# A line saying that nothing came back from the child: 'No statement received', 'Nothing returned this term',
# 'No response submitted via the app', 'None received'.
_NONE_RECEIVED = re.compile(r"^\W*(?:no|nothing|none)\b(?:\s+[\w'’-]+){0,6}?\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?"
                            r"(?:received|returned|submitted|provided|sent\s+back|given|recorded|uploaded|completed|"
                            r"gathered|collected|obtained)\b", re.I)
# 'Talking Mats not completed this term - staff absent', 'Views not gathered as Ella was unwell': the gathering
# was not done (never in the first person, checked by the caller).
_NOT_DONE = re.compile(r"\b(?:(?:not|never)\s+(?:been\s+|yet\s+)?|(?:still\s+)?to\s+be\s+|awaiting\s+)(?:completed|done|gathered|"
                       r"collected|captured|obtained|recorded|possible|carried\s+out|undertaken|held|added|uploaded)\b", re.I)
_SAID = re.compile(r"^\s*(?i:what|how)\s+([A-Z][\w'’-]*)\s+(?i:said|says|say|thinks|thought|feels|felt|told us)\b")
_THE_CHILD_SAYS = re.compile(r"^\s*(?:what|how)\s+(?:the|this)\s+(?:child|young\s+person|pupil|student|learner)\s+"
                             r"(?:said|says|thinks|thought|feels|felt|wants|told\s+us)\b", re.I)
# a line saying how the form's box is filled in, not what the child thinks
_COMPLETES_FORM = re.compile(r"(?i)\b(?:complete|completes|completed|fill\s+in|fills\s+in|filled\s+in|write\s+in|writes\s+in)\s+"
                             r"(?:this|the)\s+(?:section|page|box|form|part)\b|^\W*this\s+(?:section|page|box|form|part)\s+is\s+for\b")
_TITLED_SAYS = re.compile(r"^\W*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:also\s+)?(?:said|says|reported|"
                          r"felt|feels|thinks|thought|explained|added|noted|shared)\b")
_RECORD_NOTE = re.compile(r"(?i)\b(?:own\s+words|written\s+(?:down\s+)?by|scribed?|write|draw|tick|recorded\s+by)\b")
_CODE = re.compile(r"[A-Z]{0,5}[-/]?\d[\dA-Z/-]{3,}")
_WHAT_WAS_SAID = re.compile(r"^\s*what\s+(?:was|were|(?:s?he|they)(?:\s+(?:has|have))?)\s+(?:[a-z]+\s+(?:or|and|/)\s+)?"
                            r"(?:said|signed|told\s+us|written|wrote|shared)\b", re.I)
# the words that title someone's box of views ('Carer said', 'Teacher's comments'), shared with paragraphs.py
VIEW_WORDS = r"(?:said|says|say|views?|comments?|thinks?|thoughts)"
_SPEAKER = re.compile(r"^([A-Za-z][\w'’ \-]{0,30}?)(?:'s|’s)?\s+" + VIEW_WORDS + r"\s*:?\s*$", re.I)
_OWN_WORDS = re.compile(r"\((?:in\s+)?(?:(?:his|her|their|my)\s+)?own\s+words\)\s*$", re.I)  # '(own words)'
_ASKED_LINE = re.compile(r"^\s*([^?\n:]{3,90}\?)\s+(\S.*)$", re.S)  # 'How were they gathered? By ...'
_TAIL_BRACKET = re.compile(r"\(([^()]{2,60})\)\s*$")
_WRITTEN_BY = re.compile(r"\((?:[^()]*\b(?:(?:written|recorded|noted|typed|scribed|completed|filled in)\s+(?:down\s+)?by|to\s+complete|to\s+be\s+completed)\b[^()]*)\)", re.I)
_FIRST_PERSON = re.compile(r"(?:^|[\s\"'“‘(])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)(?=[\s,.!?])")
_REPORTED = re.compile(r"^\s*(?:the|her|his|their|our)?\s*([A-Za-z][\w/ ]{0,30}?)(?:\s*\(([^()]{2,30})\))?\s+(?:said|says|"
                       r"reported|reports|feels|felt|thinks|thought|noted|commented|added|explained)\b", re.I)
_MINE = re.compile(r"\b(?:my|me|mine|myself)\b", re.I)
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)
_YES_NO = re.compile(r"(?i:yes|no|n/?a|none|not applicable)\.?")
_SECTION_LINE = re.compile(r"^\s*(?:section|part|tab|page|step)\s+(?:\d{1,2}[a-z]?|[a-h]|one|two|three|four|five|six)\b", re.I)
_PROMPT = re.compile(r"^\s*(?:what|how|who|why|when|where|which|is there|are there|do you|does|did|anything|tell us)\b", re.I)


_FORM_NOTE = re.compile(r"^\(?\s*(?:please|use|tick|write|record|include|give|describe|list|in (?:their|his|her|your) own words)\b",
                        re.I)
# A note in brackets asking the person filling the form ('(please follow your setting's policy)'); general: forms
# address the adult so, never the child's words.
_PLEASE_NOTE = re.compile(r"\((?:please|pls)\s+\w+(?:\s+[^()\s]+){1,}\)\s*$", re.I)
# An instruction to the adult ('Write the child's own words', 'Record how the young person took part'): an
# imperative opening and the child named in the third person; general: the child never calls itself 'the child'.
_ADULT_NOTE = re.compile(r"^\s*(?:please\s+)?(?:write|record|note|describe|include|give|list|add|explain|capture|"
                         r"summarise|summarize|use)\b", re.I)
_ASK_ME = re.compile(r"^\W*(?:please\s+)?(?:ask|write|record|note|type|scribe|read|use|let)\b|^\W*if\b[^.!?]*,\s*(?:please\s+)?"
                     r"(?:write|record|note|type|ask)\b", re.I)
_THIRD_CHILD = re.compile(r"\b(?:the|this)\s+(?:child|young\s+person|pupil|student|learner)(?:'s|’s)?\b", re.I)
_ME = re.compile(r"\b(?:I|me|my|mine|I'm|I’m)\b")


# A topic and, in brackets, the three or more questions it covers separated by slashes: a box's printed heading.
# General: a child's words never list alternatives for the reader to choose among; forms title boxes so.
_TOPIC_AND_QUESTIONS = re.compile(r"[^()\n.!?]{3,80}\((?:[^()/]+/){2,}[^()/]+\)\s*:?")


# The form speaking to the child about how to fill the box ('In your own words.', 'You can write this yourself or
# tell your tutor', 'You might like to draw', 'Fill it in yourself, in your own words.'). General: a child's own words
# never tell the child how to answer.
_TO_THE_CHILD = re.compile(r"^\W*(?:in\s+your\s+own\s+words\b|(?:please\s+)?(?:fill|complete|write)\b[^.!?]{0,40}?\b(?:yourself|your\s+own\s+words)\b|you\s+(?:can|could|may|might|should|are\s+welcome\s+to)\s+"
                           r"(?:\w+\s+){0,2}?(?:write|draw|tell|ask|type|say|record|add|use|share|choose)\b)", re.I)


# A box's title naming only the answer it holds ('My answer', 'Your response', 'Child's words').
_BOX_TITLE = re.compile(r"\W*(?:(?:my|your|(?:the\s+)?(?:child|pupil|young\s+person|student|learner)(?:'s|’s))\s+)?(?:own\s+)?"
                        r"(?:answers?|response|reply|words|comments?|thoughts)(?:\s*\([^()]{1,30}\))?\W*", re.I)


# 'My carer says', 'My key person's views': a box headed, in the child's voice, for an adult's words.
_MY_ADULT = re.compile(r"^\W*(?:(?:what|how)\s+)?my\s+([\w' -]{2,30}?)(?:'s|’s)?\s+(?:says|said|thinks|thought|views?|comments?|words)\b", re.I)
# Options each behind an empty box and none ticked ('☐ Great ☐ OK ☐ Not good'): the form's question left unanswered.
_UNTICKED_SCALE = re.compile(r"(?:\s*☐\s*[^☐☒☑✓✔\n]{1,25}?)+\s*")


def _is_prompt(text: str) -> bool:
    """A question or sentence starter printed on the form ('What I find hard', 'I like playing with...'),
    not the child's words."""
    t = re.sub(r"\s*\*\s*$", "", text.strip())  # 'Where do you see yourself in a year? *': a mandatory mark
    if not re.search(r"[A-Za-z]", t):
        return True  # a row of empty boxes ('☐'), a dash
    if _UNTICKED_SCALE.fullmatch(t):
        return True  # '☐ Great ☐ OK ☐ Not good': a scale printed for the child, none of it ticked
    if re.fullmatch(r"\([^()]*\)", t) and not _FIRST_PERSON.search(t):
        return True  # '(in the child's own words where possible - who gathered the views?)': the form's note
    if _PLEASE_NOTE.search(t):
        return True  # 'This is a photo of me (please follow your setting's photograph policy)': a caption and its note
    if _ADULT_NOTE.match(t) and _THIRD_CHILD.search(t) and not _ME.search(t):
        return True  # 'Write the child's own words. Say how you found out.': the form telling the adult what to do
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", t)  # 'How did we find out? (tick all that apply)'
    if bare != t and _RECORD_NOTE.search(t[len(bare):]) and _is_prompt(bare):
        return True  # 'What I have said about nursery (in my own words, written down by my key person)': a prompt and its note
    if _TOPIC_AND_QUESTIONS.fullmatch(t) and not _ME.search(t):
        return True  # 'Talking at the meeting (what went well / what worries us / next)': a box's topic and its questions
    q = t.rfind("?")
    if 0 < q and len(t.split()) <= 40 and _FORM_NOTE.match(t[q + 1:].strip()) and not _ME.search(t[q + 1:]):
        return True  # '9. What does the young person think ...? Please use their own words.': the question and its note
    if t.endswith("?") or bare.endswith("?") or t.endswith(("...", "…")) and len(t.split()) <= 8:
        return True
    if t.endswith(":") and len(t.split()) <= 8:
        return True  # 'Views collected by:' left blank: a label, not an answer
    if t.endswith(":") and len(t.split()) <= 30:
        return True  # 'Things I want the adults at my PEP to know (write, draw or ask someone to scribe):': a box's prompt
    said = [x for x in re.split(r"(?<=[.!?])\s+", t) if x.strip()]
    if len(said) >= 2 and all(_ASK_ME.match(x) for x in said) and any(re.search(r"\b(?:write|record|note|type)\b", x, re.I)
                                                                     for x in said):
        return True  # 'Ask me these in my own words. Write down exactly what I say.': the form, in the child's
        # voice, telling the adult how to take the answers down
    if not _ME.search(t) and any(_TO_THE_CHILD.match(x) for x in re.split(r"(?<=[.!?])\s+", t)):
        return True  # 'In your own words. You can write this yourself or tell your tutor.': the form speaking to the child
    if _BOX_TITLE.fullmatch(t):
        return True  # 'My answer', 'Your words': the box's title over an answer left blank
    return len(t.split()) <= 8 and bool(_PROMPT.match(t)) and not t.endswith((".", "!", '"', "'"))
