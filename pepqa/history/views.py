"""What the store shows a QA officer: one child's PEPs term by term, and the authority's trends.

``pepqa history CHILD_ID`` prints :func:`child_report`; ``pepqa trends`` writes :func:`write_trends`;
the batch workbook gains a "Trends" sheet from :func:`term_rows`. Trends hold counts and school
names only, never a child's name or PEP text.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .store import Store

ON_TIME_CODES = ("TL001", "TL002", "TL003")  # termly deadline, completed within 21 days, first PEP in time


def _money(v) -> str:
    return "-" if v is None else f"£{v:,.2f}".replace(".00", "")


def child_report(store: Store, child_id: str) -> str:
    rows = store.child(child_id, include_superseded=True)
    if not rows:
        return f"No PEPs recorded for {child_id} in {store.path}."
    current = [r for r in rows if r["superseded_at"] is None]
    old = Counter(r["term_key"] for r in rows if r["superseded_at"] is not None)
    out = [f"{child_id}: {len(current)} term{'s' if len(current) != 1 else ''} recorded in {store.path}"
           + (f" ({sum(old.values())} superseded version{'s' if sum(old.values()) != 1 else ''} kept)" if old else "")]
    for r in current:
        pep, res = json.loads(r["pep_json"]), json.loads(r["result_json"])
        cov = res.get("coverage") or {}
        att = pep.get("attendance_percent")
        out.append("")
        out.append(f"== {r['term_label']} ==  meeting {r['meeting_date'] or 'not recorded'}; "
                   f"{r['school'] or 'school not recorded'}")
        out.append(f"  grade: {res.get('grade')}; read {cov.get('read', '?')} of {cov.get('expected', '?')} parts"
                   + (f" (not read: {', '.join(cov['not_read'])})" if cov.get("not_read") else "")
                   + f"; attendance {'not recorded' if att is None else f'{att:g}%'}")
        decision = res.get("pp_decision")
        released = (f"{_money(res.get('pp_allowed'))} released" if decision == "release" else
                    "withheld" if decision == "withhold" else f"decision left to the officer ({decision})")
        out.append(f"  PP+: {_money(res.get('pp_requested'))} requested, {released}")
        prev = pep.get("previous_targets") or []
        out.append(f"  previous targets reviewed ({len(prev)}):")
        for i, t in enumerate(prev, 1):
            outcome = t.get("outcome") or (t.get("status") or "no outcome recorded").replace("_", " ")
            out.append(f"    {t.get('number') or i}. {t['text']}  -> {outcome}")
        tg = pep.get("targets") or []
        out.append(f"  targets set ({len(tg)}):")
        for i, t in enumerate(tg, 1):
            out.append(f"    {t.get('number') or i}. {t['text']}" + (f"  (by {t['by_when']})" if t.get("by_when") else ""))
        spend = pep.get("pp_spend") or []
        if spend:
            out.append("  PP+ spend requested:")
            for i, line in enumerate(spend, 1):
                out.append(f"    {line.get('number') or i}. {line['description']}  {_money(line.get('cost'))}")
        codes = Counter(f["code"] for f in res.get("findings") or [])
        out.append("  findings: " + (", ".join(f"{c}" + (f" x{n}" if n > 1 else "") for c, n in sorted(codes.items()))
                                    or "none"))
        if old.get(r["term_key"]):
            out.append(f"  superseded versions this term: {old[r['term_key']]}")
    return "\n".join(out)


# -- trends ------------------------------------------------------------------------------------
def _gather(store: Store) -> tuple[list[str], dict, dict, list[str]]:
    """Per term and per (school, term): counts of PEPs, grades, on time, PP+ and finding codes."""
    terms: list[str] = []
    by_term: dict[str, dict] = {}
    by_school: dict[tuple[str, str], dict] = {}
    grades: set[str] = set()

    def bucket() -> dict:
        return {"peps": 0, "grades": Counter(), "on_time": 0, "release": 0, "withhold": 0, "requested": 0.0,
                "allowed": 0.0, "codes": Counter()}

    for r in store.current():
        label = r["term_label"]
        if label not in by_term:
            terms.append(label)
            by_term[label] = bucket()
        res = json.loads(r["result_json"])
        codes = {f["code"] for f in res.get("findings") or []}
        school = r["school"] or "(school unknown)"
        for b in (by_term[label], by_school.setdefault((school, label), bucket())):
            b["peps"] += 1
            b["grades"][res.get("grade")] += 1
            b["on_time"] += not (codes & set(ON_TIME_CODES))
            decision = res.get("pp_decision")
            if decision in ("release", "withhold"):
                b[decision] += 1
            b["requested"] += res.get("pp_requested") or 0.0
            if decision == "release":
                b["allowed"] += res.get("pp_allowed") or 0.0
            b["codes"].update(codes)
        grades.add(res.get("grade"))
    order = ["Green", "Amber", "Red", "approved", "review again"]
    grade_cols = sorted((g for g in grades if g), key=lambda g: (order.index(g) if g in order else 99, g))
    return terms, by_term, by_school, grade_cols


def _row(b: dict, grade_cols: list[str]) -> dict[str, Any]:
    row = {"peps": b["peps"], "on_time": b["on_time"],
           "on_time_share": round(b["on_time"] / b["peps"], 3) if b["peps"] else None,
           "release": b["release"], "withhold": b["withhold"], "requested": round(b["requested"], 2),
           "allowed": round(b["allowed"], 2),
           "top": "; ".join(f"{c} ({n})" for c, n in sorted(b["codes"].items(), key=lambda x: (-x[1], x[0]))[:5])}
    for g in grade_cols:
        row[f"g:{g}"] = b["grades"].get(g, 0)
    return row


def _cols(grade_cols: list[str]) -> list[tuple[str, str, int]]:
    return ([("peps", "PEPs", 8)] + [(f"g:{g}", g, 10) for g in grade_cols]
            + [("on_time", "On time", 9), ("on_time_share", "On time (share)", 10), ("release", "PP+ released", 10),
               ("withhold", "PP+ withheld", 10), ("requested", "PP+ requested (£)", 12),
               ("allowed", "PP+ released (£)", 12), ("top", "Commonest findings (PEPs)", 60)])


def term_rows(store: Store) -> tuple[list[tuple[str, str, int]], list[dict[str, Any]]]:
    """The authority's terms, oldest first: one row per term (the batch workbook's Trends sheet)."""
    terms, by_term, _, grade_cols = _gather(store)
    cols = [("term", "Term", 16)] + _cols(grade_cols)
    return cols, [{"term": t, **_row(by_term[t], grade_cols)} for t in terms]


def trend_sheets(store: Store) -> list[tuple[str, list, list]]:
    """(sheet title, columns, rows) of the trends workbook: Terms, Findings, Schools."""
    terms, by_term, by_school, grade_cols = _gather(store)
    t_cols = [("term", "Term", 16)] + _cols(grade_cols)
    t_rows = [{"term": t, **_row(by_term[t], grade_cols)} for t in terms]
    total: Counter = Counter()
    for t in terms:
        total.update(by_term[t]["codes"])
    f_cols = [("code", "Check", 8)] + [(f"t:{t}", f"{t} (PEPs)", 14) for t in terms] + [("all", "All terms", 10)]
    f_rows = [{"code": c, **{f"t:{t}": by_term[t]["codes"].get(c, 0) for t in terms}, "all": n}
              for c, n in sorted(total.items(), key=lambda x: (-x[1], x[0]))]
    s_cols = [("school", "School", 28)] + t_cols
    s_rows = [{"school": s, "term": t, **_row(by_school[(s, t)], grade_cols)}
              for s, t in sorted(by_school, key=lambda k: (k[0], terms.index(k[1])))]
    return [("Terms", t_cols, t_rows), ("Findings", f_cols, f_rows), ("Schools", s_cols, s_rows)]


def write_trends(store: Store, path: Path) -> list[str]:
    """The trends workbook (atomic); returns its sheet names."""
    from openpyxl import Workbook

    from ..atomic import write_with
    from ..outputs import _sheet

    wb = Workbook(write_only=True)
    sheets = trend_sheets(store)
    for title, cols, rows in sheets:
        _sheet(wb.create_sheet(title), rows, cols)
    wb.properties.creator = "pepqa"
    write_with(Path(path), lambda tmp: wb.save(tmp))
    return [t for t, _, _ in sheets]
