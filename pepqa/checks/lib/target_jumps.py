"""ST005: how far a target expects the child to move (reading age, GCSE grade, phonics phase, KS1/KS2 teacher
assessment) against the time to its deadline.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ...model import PEP, Target
from .books import book
from .child import phase as _phase
from .subjects import attainment_row, parse_grade, target_subjects
from .text import has_word
from .timeframes import deadline, next_on

_AGE_RES = re.compile(
    r"(?P<y1>\d{1,2})\s*(?:years?|yrs?|y)\s*(?:and\s*)?(?P<m1>\d{1,2})\s*(?:months?|mths?|m)\b"
    r"|(?P<y2>\d{1,2})[.:](?P<m2>\d{1,2})\b"
    r"|(?P<y3>\d{1,2})\s*(?:years?|yrs?|y)\b"
    r"|\b(?:from|to|of|is|currently)\s+(?P<y4>\d{1,2})\b(?![.:/%\d])", re.I)
_GRADE_RES = re.compile(
    r"\bgrades?\s*(?P<g1>[1-9])\b|\b(?:a|an)\s+(?P<g2>[1-9])\b(?=\s+(?:in|at|or)\b)"
    r"|\bfrom\s+(?:a\s+)?(?P<g3>[1-9])\b(?=\s+to\b)|\bto\s+(?:a\s+)?(?P<g4>[1-9])\b(?=\s+(?:in|by)\b)", re.I)
# after a current_markers phrase, before the value: "currently: at", "now working at grade"
_CURRENT_REST = re.compile(r"[\s:]*(?:is\s+|at\s+|a\s+|grade\s+|working\s+at\s+)*", re.I)


def _age_value(m: re.Match) -> Optional[float]:
    if m.group("y1"):
        return int(m.group("y1")) + int(m.group("m1")) / 12
    if m.group("y2"):
        y, mm = int(m.group("y2")), m.group("m2")
        mo = int(mm)
        return y + (mo / 12 if mo < 12 else float("0." + mm))
    y = m.group("y3") or m.group("y4")
    return float(y) if y else None


def _marked_current(before: str, vocab: dict) -> bool:
    """Does the text just before a value mark it as the child's current level ("currently 7.8", "now at grade")?"""
    b = book(vocab, ("current_markers",), "targets vocabulary")
    return any(_CURRENT_REST.fullmatch(before, sp.end_char) for sp in b.find(before, "current_markers"))


def _values(text: str, regex, conv, lo: float, hi: float, vocab: dict) -> list[tuple[float, bool, int]]:
    """(value, marked as current, position) for each value found."""
    out = []
    for m in regex.finditer(text):
        v = conv(m)
        if v is None or not lo <= v <= hi:
            continue
        before = text[max(0, m.start() - 25):m.start()]
        current = _marked_current(before, vocab) or m.group(0).lower().startswith("currently")
        out.append((v, current, m.start()))
    return out


def _from_to(vals: list[tuple[float, bool, int]], text: str) -> tuple[Optional[float], Optional[float]]:
    if not vals:
        return None, None
    cur = [v for v in vals if v[1]]
    if cur:
        others = [v for v in vals if not v[1]]
        return cur[0][0], (others[0][0] if others else None)
    if len(vals) >= 2:
        return vals[0][0], vals[1][0]
    return None, vals[0][0]


def _fmt_age(v: float, dot: bool = False) -> str:
    """A reading age as the PEP writes it: '8.2' (8 years 2 months) or '8y 2m'."""
    y = int(v + 1e-9)
    m = round((v - y) * 12)
    if m == 12:
        y, m = y + 1, 0
    return f"{y}.{m}" if dot else f"{y}y {m}m"


def jump(pep: PEP, t: Target, j, sv: dict, vocab: dict, today: Optional[date] = None) -> Optional[dict]:
    """The implausible jump the target expects (what, from, to, a reasonable step), or None."""
    text = " ".join(x for x in (t.text, t.success_criteria) if x)
    ref = pep.meeting_date or today
    if ref is None:
        return None  # no date to measure the time to the deadline from
    due = deadline([t.by_when or "", t.text, t.success_criteria or ""], pep, ref, vocab)
    if due is None and t.term is not None:
        due = next_on(ref, 7, 15) if t.term.value == "long" else (pep.next_pep_date or ref + timedelta(days=120))
    months = max(0.5, ((due - ref).days if due else 120) / 30.4)
    when = "by the date set" if due else "within the term"
    ages = book(vocab, ("age_measures",), "targets vocabulary").find(text, "age_measures")
    if ages:
        return _age_jump(pep, text, ages[0], months, due, when, vocab)
    ph = _phonics_jump(text, months, due, when)
    if ph:
        return ph
    if _phase(pep) == "primary":
        return _standard_jump(pep, t, text, months, due, when, sv, vocab)
    if _phase(pep) not in ("secondary", "post16"):
        return None
    return _grade_jump(pep, t, text, months, due, when, sv, vocab)


def _age_jump(pep: PEP, text: str, age, months: float, due, when: str, vocab: dict) -> Optional[dict]:
    """A reading, spelling or maths age: about two months of progress a month is already ambitious."""
    kind = age[:-1].text.lower()
    vals = _values(text[age.start_char:], _AGE_RES, _age_value, 3, 18, vocab)
    cur, tgt = _from_to(vals, text)
    if cur is None and tgt is not None:
        row = next((r for r in pep.attainment if kind in (r.subject or "").lower()
                    or f"{kind} age" in (r.current or "").lower()), None)
        if row and row.current:
            mm = _AGE_RES.search(row.current) or re.search(r"(?P<y4>\d{1,2}(?:\.\d{1,2})?)", row.current)
            if mm:
                cur = _age_value(mm) if "y1" in mm.re.groupindex else float(mm.group(0))
    if cur is None or tgt is None:
        return None
    gain = tgt - cur
    if gain <= max(1.0, 0.2 * months):
        return None
    dot = bool(re.search(r"\b\d{1,2}[.:]\d{1,2}\b", text))
    gy, gm = int(gain + 1e-9), round((gain - int(gain + 1e-9)) * 12)
    return {"kind": f"{kind} age", "from": _fmt_age(cur, dot), "to": _fmt_age(tgt, dot),
            "gain": f"{gy} year{'s' if gy != 1 else ''} {gm} month{'s' if gm != 1 else ''}",
            "months": months, "due": due, "cur": cur, "tgt": tgt,
            "reasonable": _fmt_age(cur + max(2 * months / 12, 0.25), dot), "when": when}


def _grade_jump(pep: PEP, t: Target, text: str, months: float, due, when: str, sv: dict,
                vocab: dict) -> Optional[dict]:
    """A GCSE grade (secondary, post-16): more than two grades, or one a term, is beyond rapid progress."""
    vals = _values(text, _GRADE_RES, lambda m: float(next(g for g in m.groups() if g)), 1, 9, vocab)
    cur, tgt = _from_to(vals, text)
    if tgt is not None and cur is None:
        subjects = {s for s, *_ in target_subjects(t, sv, _phase(pep))}
        for s in subjects:
            row = attainment_row(pep, s, sv)
            g = parse_grade(row.current) if row else None
            if g is not None:
                cur = g
                break
    if cur is None or tgt is None:
        return None
    gain = tgt - cur
    if gain <= max(2.0, months / 3):
        return None
    step = int(cur) + max(1, int(months // 4))
    return {"kind": "GCSE grade", "from": f"{int(cur)}", "to": f"{int(tgt)}",
            "gain": f"{int(gain)} grades", "months": months, "due": due, "cur": cur, "tgt": tgt,
            "reasonable": f"{step}", "when": when}


_PHASE_RES = re.compile(r"\bphase\s*([1-6])\b", re.I)


def _phonics_jump(text: str, months: float, due, when: str) -> Optional[dict]:
    """Letters and Sounds phases: 'from Phase 2 to secure Phase 5 by Christmas' is three phases in a term.
    A phase takes a child about a term (Phase 5 most of Year 1), so more than one phase a term is not achievable."""
    if not re.search(r"\bphonics?\b|\bphase\s*[1-6]\b.*\bphase\s*[1-6]\b", text, re.I):
        return None
    found = [int(m.group(1)) for m in _PHASE_RES.finditer(text)]
    if len(found) < 2:
        return None
    cur, tgt = found[0], found[-1]
    gain = tgt - cur
    allowed = max(1.0, months / 4)
    if gain <= allowed:
        return None
    return {"kind": "phonics phase", "from": f"Phase {cur}", "to": f"Phase {tgt}",
            "gain": f"{gain} phonics phases", "months": months, "due": due, "cur": cur, "tgt": tgt,
            "reasonable": f"Phase {cur + 1}", "when": when}


def _standard_steps(text: str, vocab: dict) -> list[tuple[int, int]]:
    """(step on the KS1/KS2 teacher-assessment scale, position) for each standard named in ``text``."""
    scale = vocab.get("standard_scale", ())
    names = tuple(f"step{i}" for i in range(len(scale)))
    if not text or not names:
        return []
    b = book(vocab, names, where="targets vocabulary (standard_scale)",
             lists={n: entry.get("words", ()) for n, entry in zip(names, scale)})
    out = [(int(m.name[4:]), m.span.start_char, m.span.end_char) for m in b.find_all(text)]
    # the longest name wins where two overlap ("working at greater depth" over "greater depth")
    out.sort(key=lambda x: (x[1], -(x[2] - x[1])))
    kept, last_end = [], -1
    for step, a, e in out:
        if a >= last_end:
            kept.append((step, a))
            last_end = e
    return kept


def _standard_jump(pep: PEP, t: Target, text: str, months: float, due, when: str, sv: dict,
                   vocab: dict) -> Optional[dict]:
    """KS1/KS2: 'from working towards to greater depth by Christmas' is two steps in one term."""
    scale = vocab.get("standard_scale", ())
    found = _standard_steps(text, vocab)
    if not found:
        return None
    cur: Optional[int] = None
    if len(found) >= 2 and found[0][0] != found[-1][0]:
        cur, tgt = found[0][0], found[-1][0]
    else:
        tgt = found[-1][0]
        subjects = {s for s, *_ in target_subjects(t, sv, "primary")}
        hay = " ".join(x for x in (t.area, t.text) if x).lower()
        rows = [r for r in pep.attainment if r.subject and has_word(hay, r.subject.lower())]
        rows += [attainment_row(pep, s, sv) for s in sorted(subjects)]
        for row in rows:
            steps = _standard_steps(row.current or "", vocab) if row else []
            if steps:
                cur = steps[0][0]
                break
    if cur is None or tgt <= cur:
        return None
    gain = tgt - cur
    allowed = max(1.0, months / 6)  # about one step in two terms is already ambitious
    if gain <= allowed:
        return None
    area = (t.area or "").strip().lower()
    kind = f"{area} teacher assessment" if area and len(area) < 20 else "teacher assessment"
    return {"kind": kind, "from": scale[cur]["label"], "to": scale[tgt]["label"],
            "gain": f"{gain} steps on the teacher-assessment scale", "months": months, "due": due, "cur": cur,
            "tgt": tgt, "reasonable": scale[cur + 1]["label"], "when": when}


