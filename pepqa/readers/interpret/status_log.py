"""A PEP's status history: 'Status | Date | By' over 'Submitted | 24/10/2025 | DT', 'Review again | 29/10/2025 |
VS QA officer', 'Resubmitted | 05/11/2025 | DT', 'Complete | 07/11/2025 | VS'.

Why its own shape: the log says when the school completed this version of the PEP, which is the last time it
was submitted (a return for changes and a resubmission make the resubmission the completion). Later steps are
the Virtual School's (its QA, its 'Complete'), not the school's, and a log whose only rows are 'In progress' or
'Draft' records no completion. Read as a table of items it would pass for exclusions (a date and a reason).
"""
from __future__ import annotations

import re
from typing import Optional

from ...labels import normalise
from ...values import parse_date
from ..blocks import Table
from . import sign_off

_HEAD = re.compile(r"^(?:pep\s+)?(?:status|stage|state|event|step|workflow)(?:\s+history)?$")
_STATE = re.compile(r"^(?:re-?\s?submitted|submitted|returned|review again|sent back|amended|complete|completed|"
                    r"approved|authorised|authorized|in progress|draft|rejected|accepted|signed off|quality assured|"
                    r"qa(?:'d)?|started|not started|created|reopened|re-opened|opened|assigned|delegated|ready\s+(?:to|for)|"
                    r"awaiting|pending|outstanding|overdue|to\s+do|finali[sz]ed|locked|closed|with\s+(?:the\s+)?(?:vs|virtual\s+school))\b", re.I)
_OTHER_DATE = re.compile(r"\b(?:meeting|review|next|birth|due)\b", re.I)
_DONE = re.compile(r"^(?:completed|complete|done|signed(?:\s+off)?|submitted|finished)\b", re.I)
_DONE_COLUMN = re.compile(r"(?:date\s+)?(?:finali[sz]ed|completed|submitted|signed\s+off)(?:\s+(?:on|date))?")
_SIGNED_OFF = re.compile(r"^(?:signed\s+off|signed|completed?|finali[sz]ed)\b", re.I)
_SUBMITTED = re.compile(r"^(?:re-?\s?submitted|submitted)\b", re.I)


class StatusLogMixin:
    def _status_log(self, t: Table) -> bool:
        """Read a status history for the completion date; False when the table is not one."""
        texts = t.texts()
        if len(texts) < 2 or len(texts[0]) < 2:
            return False
        # the status column anywhere in the header ('Date | Status | Changed by | Reason'), beside a date column
        col = next((i for i, h in enumerate(texts[0]) if _HEAD.match(normalise(h))), None)
        if col is None or not any(re.search(r"\b(?:date|when|on)\b", h, re.I) and not _OTHER_DATE.search(h)
                                  for i, h in enumerate(texts[0]) if i != col):
            return False  # 'Status | Description | Designated Teacher | ...': what each state allows, not a log
        body = [r for r in t.rows[1:] if len(r) > col and r[col].text.strip()]
        if len(body) < (1 if col == 0 else 2) or not all(_STATE.match(r[col].text.strip()) for r in body):
            return False  # ('PPP window | Date of meeting | Status' over one row: the plan's banner, not its log)
        best: Optional[tuple] = None
        for r in body:
            if not _SUBMITTED.match(r[col].text.strip()):
                continue
            for c in r:
                d = parse_date(c.text.strip()) if c.text.strip() else None
                if d and (best is None or d >= best[0]):
                    best = (d, c, r[col].text.strip())
                    break
        if col and not best:
            best = self._task_list(body)
        if not col and not best:
            best = self._signed_by_school(body)
        if best:
            self.set_field("completed_date", best[1].text.strip(), best[1].prov, best[2], "concept", None)
        self.claims.append((t.rows[0][0].prov, "status history", "exact"))
        return True

    def _step_dates(self, t: Table) -> bool:
        """A case system's step history ('Step | Worker | Started | Finalised' over 'PEP - Parts B & D (Designated
        Teacher) | Mrs F. Sadiq | 16/10/2026 | 30/10/2026'): the date the designated teacher's step was finalised is
        the school completing the PEP. False when the table has no such column or no such row."""
        head = [normalise(c.text) for c in t.rows[0]] if t.rows else []
        col = next((j for j, h in enumerate(head) if _DONE_COLUMN.fullmatch(h)), None)
        if col is None or len(t.rows) < 2:
            return False
        best = None
        for r in t.rows[1:]:
            if col >= len(r) or not (d := parse_date(r[col].text.strip() or "")):
                continue
            if sign_off.names_dt(self.labels, r[:col]) and (best is None or d > best[0]):
                best = (d, r[col])
        if best is None:
            return False
        self.set_field("completed_date", best[1].text.strip(), best[1].prov, t.rows[0][col].text.strip(), "concept", None)
        self.claims.append((t.rows[0][0].prov, "step history", "exact"))
        return True

    def _signed_by_school(self, body: list) -> Optional[tuple]:
        """A status history with no 'Submitted' state ('Draft', 'Awaiting sign off', then 'Signed off | B. Teacher
        (DT) | 03/12/2025'): the designated teacher signing the plan off is the school completing it. Another
        signer's 'Complete' (the Virtual School's) is not."""
        best = None
        for r in body:
            if not _SIGNED_OFF.match(r[0].text.strip()) or not sign_off.names_dt(self.labels, r[1:]):
                continue
            dated = next((c for c in r[1:] if parse_date(c.text.strip() or "")), None)
            d = parse_date(dated.text.strip()) if dated is not None else None
            if d and (best is None or d >= best[0]):
                best = (d, dated, r[0].text.strip())
        return best

    def _task_list(self, body: list) -> Optional[tuple]:
        """A portal's task list ('Task | Owner | Status | Date' over 'PEP meeting | Designated Teacher | Completed |
        29/09/2026', 'DT sign-off | Designated Teacher | Completed | 05/10/2026'): the meeting task's date is the
        meeting's, the school's sign-off task's date the completion (sign_off.py). Returns the sign-off as the
        status log's best, or None."""
        signed = None
        for r in body:
            task = r[0].text.strip()
            dated = next((c for c in r[1:] if parse_date(c.text.strip() or "")), None)
            if dated is None or not any(_DONE.match(c.text.strip()) for c in r[1:]):
                continue  # a task not done, or done on no date given
            fm = self._field_match(task)
            if fm and fm[0] == "meeting_date":
                self.set_field("meeting_date", dated.text.strip(), dated.prov, task, "concept", None)
            elif signed is None and sign_off.signs_off(self.labels, task) \
                    and sign_off.sentence_sign_off(self.labels, " ".join(c.text.strip() for c in r)):
                signed = (parse_date(dated.text), dated, task)
        return signed
