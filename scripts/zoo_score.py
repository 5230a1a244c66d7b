"""Score the reader on the layout zoo: field recall per layout and false absences.

The zoo (tests/zoo/files) holds PEPs in layouts written blind, by people who had not read the reader's code
or label files, each with ``<stem>.truth.json`` (format: tests/zoo/README.md). For every PEP:

- field recall over what the file holds (truth values that are not null / empty): the child's name, school,
  year group, meeting and completion dates, attendance, each piece of the child's voice, each target's text and
  each spend line (description, and cost where the truth gives one). A school's name matches with or without
  a trailing bracket saying what kind of school it is ('Brackenhow School (special school for ...)'): the truth
  writers disagree on whether that is part of the name;
- false absences: a school finding at must-fix or should-fix saying something is missing that the file holds
  (no English / maths target, too few targets, no voice, no attendance, no meeting or completion date, child not
  identified, spend without cost or target link);
- real gaps flagged: of the gaps the truth records (an empty voice, no English or maths target, too few targets,
  no attendance or meeting date, a spend line without a cost or a target), how many the school is
  told about, and how many are left to the officer because the part was not read. It is the cost of honesty:
  a rule that stops false absences by marking parts unread shows up here as gaps no longer flagged. (A missing
  completion date is never a school finding: many layouts have no field for it, so it is the officer's.)

    python scripts/zoo_score.py [DIR ...] [--json] [--details]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pepqa.pipeline import check_file  # noqa: E402
from pepqa.policy import load_policy  # noqa: E402

TODAY = date(2026, 7, 1)


def norm(s) -> str:
    s = str(s or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("–", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def _unbracketed(s: str) -> str:
    return re.sub(r"\s*\([^()]*\)\s*$", "", s)


def _contains(hay: str, needle: str) -> bool:
    h, n = norm(hay), norm(needle)
    if not n:
        return True
    if n in h:
        return True
    try:
        from rapidfuzz import fuzz

        return fuzz.partial_ratio(n, h) >= 92
    except ImportError:
        return False


def score_one(pep_path: Path, policy) -> dict:
    truth = json.loads(pep_path.with_name(pep_path.stem + ".truth.json").read_text(encoding="utf-8"))
    r = check_file(str(pep_path), policy, TODAY)
    fields: dict[str, tuple[int, int]] = {}
    miss: list[str] = []

    def field(name: str, ok: bool) -> None:
        got, tot = fields.get(name, (0, 0))
        fields[name] = (got + int(ok), tot + 1)
        if not ok:
            miss.append(name)

    if r.error:
        pep = None
    else:
        pep = r.pep
    if truth.get("child_name"):
        got = norm(pep.child.name) if pep else ""
        want = norm(truth["child_name"])
        field("name", bool(got) and (got == want or set(got.split()) == set(want.split())))
    if truth.get("school"):
        got, want = norm(pep.school.name) if pep else "", norm(truth["school"])
        field("school", bool(got) and (got == want or _unbracketed(got) == _unbracketed(want)))
    if truth.get("year_group") is not None:
        field("year_group", bool(pep) and pep.child.year_group == truth["year_group"])
    for k in ("meeting_date", "completed_date"):
        if truth.get(k):
            field(k, bool(pep) and str(getattr(pep, k) or "") == truth[k])
    if truth.get("attendance_percent") is not None:
        field("attendance", bool(pep) and pep.attendance_percent is not None
              and abs(pep.attendance_percent - float(truth["attendance_percent"])) < 0.05)
    voice = (pep.pupil_voice.text or "") if pep else ""
    for v in truth.get("pupil_voice") or []:
        field("voice", _contains(voice, v))
    read_targets = [t.text for t in pep.targets] if pep else []
    for t in truth.get("targets") or []:
        field("targets", any(_contains(x, t["text"]) or _contains(t["text"], x) and len(norm(x)) > 20
                             for x in read_targets))
    lines = pep.pp_spend if pep else []
    for s in truth.get("pp_spend") or []:
        hit = [x for x in lines if _contains(x.description, s["description"])
               or (len(norm(x.description)) > 15 and _contains(s["description"], x.description))]
        ok = bool(hit) and (s.get("cost") is None or any(x.cost is not None and abs(x.cost - s["cost"]) < 0.01
                                                          for x in hit))
        field("spend", ok)

    false_abs = []
    if pep:
        for f in r.findings:
            if getattr(f, "audience", "school") != "school" or f.severity.value == "advice" or f.code in ("RD001", "RD002"):
                continue
            claim = _false_absence(f, truth, policy)
            if claim:
                false_abs.append(f"{f.code}: {claim}")
    gaps = _real_gaps(truth, policy, r.findings if pep else [])
    # Reading something the file does not hold: a voice where the truth says the box is empty (the check
    # that would tell the school the voice is missing then stays silent).
    false_presence = []
    if pep and truth.get("pupil_voice") == [] and (pep.pupil_voice.text or "").strip():
        false_presence.append("voice read where the file holds none: " + (pep.pupil_voice.text or "").strip()[:60])
    got = sum(g for g, _ in fields.values())
    tot = sum(t for _, t in fields.values())
    return {"false_presence": false_presence, "empty_voice": truth.get("pupil_voice") == [], "file": pep_path.name, "layout": truth.get("layout") or pep_path.stem.rsplit("-", 1)[0],
            "error": r.error, "fields": fields, "got": got, "total": tot, "missed": miss,
            "false_absences": false_abs, "gaps": gaps, "grade": r.verdict.grade if r.verdict else None,
            "coverage": pep.coverage() if pep and hasattr(pep, "coverage") else None}


def _false_absence(f, truth: dict, policy):
    code, msg = f.code, f.message.lower()
    if code == "PV001" and truth.get("pupil_voice"):
        return "says the voice is missing"
    if code == "EM001" and truth.get("english_target"):
        return "says there is no English target"
    if code == "EM002" and truth.get("maths_target"):
        return "says there is no maths target"
    if code == "ST007" and len(truth.get("targets") or []) >= int(policy.get("targets.min_targets") or 3):
        return "says there are too few targets"
    if code == "CP005" and truth.get("attendance_percent") is not None:
        return "says attendance is not recorded"
    if code == "TL006" and truth.get("meeting_date"):
        return "says the meeting date is missing"
    if code == "TL002" and "no completion date" in msg and truth.get("completed_date"):
        return "says no completion date is recorded"
    if code == "RD003" and truth.get("child_name"):
        return "says the child is not identified"
    spend = truth.get("pp_spend") or []
    if code == "PP005" and spend and all(s.get("cost") is not None for s in spend):
        return "says a spend line has no cost"
    if code == "PP001" and spend and all(s.get("target") is not None for s in spend):
        return "says a spend line is not linked to a target"
    return None


# The finding that tells a school of each kind of gap, and whether the truth records that gap.
_GAPS = {
    "voice": ("PV001", lambda t, p: t.get("pupil_voice") == []),
    "english target": ("EM001", lambda t, p: t.get("targets") is not None and t.get("english_target") is False),
    "maths target": ("EM002", lambda t, p: t.get("targets") is not None and t.get("maths_target") is False),
    "too few targets": ("ST007", lambda t, p: len(t.get("targets") or []) < int(p.get("targets.min_targets") or 3)),
    "attendance": ("CP005", lambda t, p: t.get("attendance_percent") is None),
    "meeting date": ("TL006", lambda t, p: not t.get("meeting_date")),
    "spend cost": ("PP005", lambda t, p: any(s.get("cost") is None for s in t.get("pp_spend") or [])),
    "spend target": ("PP001", lambda t, p: any(s.get("target") is None for s in t.get("pp_spend") or [])),
}


def _real_gaps(truth: dict, policy, findings) -> dict[str, bool]:
    """Each gap the truth records -> whether a school finding at must-fix or should-fix names it."""
    said = {f.code for f in findings if getattr(f, "audience", "school") == "school" and f.severity.value != "advice"
}
    return {kind: code in said for kind, (code, has) in _GAPS.items() if has(truth, policy)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", default=[str(ROOT / "tests" / "zoo" / "files")])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--details", action="store_true", help="list missed fields and false absences per file")
    a = ap.parse_args()
    policy = load_policy(None)
    files = sorted(p for d in a.dirs for p in Path(d).iterdir()
                   if p.suffix in (".docx", ".pdf") and p.with_name(p.stem + ".truth.json").exists())
    results = [score_one(p, policy) for p in files]
    by_layout: dict[str, list] = defaultdict(list)
    for res in results:
        by_layout[res["layout"]].append(res)
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for res in results:
        for k, (g, t) in res["fields"].items():
            per_field[k][0] += g
            per_field[k][1] += t
    got = sum(r["got"] for r in results)
    tot = sum(r["total"] for r in results) or 1
    fa = sum(len(r["false_absences"]) for r in results)
    fp = sum(len(r["false_presence"]) for r in results)
    empty_voice = sum(1 for r in results if r["empty_voice"])
    gaps: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for res in results:
        for kind, told in res["gaps"].items():
            gaps[kind][0] += int(told)
            gaps[kind][1] += 1
    flagged, real = sum(g for g, _ in gaps.values()), sum(t for _, t in gaps.values())
    if a.json:
        print(json.dumps({"recall": round(got / tot, 3), "got": got, "total": tot, "false_absences": fa,
                          "false_presence": fp, "gaps_flagged": flagged, "gaps": real,
                          "per_gap": {k: v for k, v in sorted(gaps.items())},
                          "per_field": {k: v for k, v in per_field.items()},
                          "per_layout": {k: {"got": sum(r["got"] for r in v), "total": sum(r["total"] for r in v),
                                             "false_absences": sum(len(r["false_absences"]) for r in v)}
                                         for k, v in sorted(by_layout.items())},
                          "files": results}, indent=2, default=str))
        return 0
    print(f"{'layout':34} {'recall':>7} {'fields':>8} {'false abs':>9}  grades")
    for layout, rs in sorted(by_layout.items()):
        g, t = sum(r["got"] for r in rs), sum(r["total"] for r in rs)
        print(f"{layout:34} {g / (t or 1):7.2f} {g:>3}/{t:<4} {sum(len(r['false_absences']) for r in rs):9}  "
              + ", ".join(str(r["grade"] or "unreadable") for r in rs))
    print(f"{'ALL':34} {got / tot:7.3f} {got:>3}/{tot:<4} {fa:9}")
    print(f"voice read where the file holds none: {fp} of {empty_voice} PEPs whose voice box is empty")

    print(f"real gaps flagged to the school: {flagged}/{real} ("
          + ", ".join(f"{k} {g}/{t}" for k, (g, t) in sorted(gaps.items())) + ")")
    print("per field: " + ", ".join(f"{k} {g}/{t}" for k, (g, t) in sorted(per_field.items())))
    if a.details:
        for r in results:
            if r["missed"] or r["false_absences"] or r["false_presence"] or r["error"]:
                print(f"\n{r['file']}: {r['error'] or ''} missed {r['missed']}; false absences {r['false_absences']}; "
                      f"false presence {r['false_presence']}; "
                      f"not read {(r['coverage'] or {}).get('not_read')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
