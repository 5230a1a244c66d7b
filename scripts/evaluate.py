"""Precision and recall of each check over the labelled evaluation set in tests/eval/*.jsonl.

Each line: {"id": "...", "patch": {<baseline patch>}, "expect": {"PV003": true, "ST002": false}, "split": "dev"|"holdout",
"note": "..."}. The patch is applied to the good baseline PEP (pepqa.checks.baseline); a code listed in
"expect" is a label: true = the check should fire on this fragment, false = it should not.

    python scripts/evaluate.py [--split dev|holdout|all] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pepqa.checks.baseline import baseline_pep  # noqa: E402
from pepqa.checks.registry import Context, all_checks  # noqa: E402
from pepqa.policy import load_policy  # noqa: E402

TODAY = date(2025, 10, 20)


def load_items(split: str = "all", sealed: bool = False) -> list[dict]:
    """The labelled fragments of ``split``; ``sealed`` reads the sealed blind set instead (tests/eval/sealed:
    score it once, see its README)."""
    items = []
    folder = ROOT / "tests" / "eval" / ("sealed" if sealed else "")
    for f in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                item = json.loads(line)
                item["_where"] = f"{f.name}:{n}"
                if split == "all" or item.get("split") == split:
                    items.append(item)
    return items


def evaluate(items: list[dict]) -> tuple[dict[str, dict], list[str]]:
    checks = {c.code: c for c in all_checks()}
    items = [i for i in items if all(code in checks for code in i["expect"])] + [
        {**i, "expect": {k: v for k, v in i["expect"].items() if k in checks}} for i in items
        if not all(code in checks for code in i["expect"])]  # a label for a check not yet written is skipped
    ctx = Context(policy=load_policy(None), today=TODAY)
    counts: dict[str, dict] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    errors = []
    for item in items:
        try:
            pep = baseline_pep(item["patch"])
        except (ValueError, KeyError, IndexError, TypeError) as e:  # pydantic's ValidationError is a ValueError
            # a fragment the PEP model cannot hold (a writer's guess at a value): skipped and counted, not scored
            counts.setdefault("_invalid", {"tp": 0, "fp": 0, "fn": 0, "tn": 0})["tn"] += 1
            errors.append(f"INVALID {item['_where']} {item.get('id', '')}: {str(e).splitlines()[0]}")
            continue
        for code, want in item["expect"].items():
            fired = any(True for _ in checks[code].run(pep, ctx))
            key = ("tp" if fired else "fn") if want else ("fp" if fired else "tn")
            counts[code][key] += 1
            if key in ("fp", "fn"):
                errors.append(f"{key.upper()} {code} {item['_where']} {item.get('id', '')}: {item.get('note', '')}")
    out = {}
    invalid = counts.pop("_invalid", None)
    if invalid:
        print(f"skipped {invalid['tn']} fragment(s) the PEP model cannot hold (see --errors)", file=sys.stderr)
    for code, c in sorted(counts.items()):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        out[code] = {**c, "precision": round(p, 3), "recall": round(r, 3), "n": sum(c.values())}
    return out, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all", choices=["dev", "holdout", "blind", "blind2", "blind3", "blind4", "all"])
    ap.add_argument("--sealed", action="store_true", help="score the sealed blind set (once: see tests/eval/sealed)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list the misjudged fragments")
    a = ap.parse_args()
    items = load_items(a.split, a.sealed)
    res, errors = evaluate(items)
    if a.json:
        print(json.dumps({"split": a.split, "fragments": len(items), "checks": res}, indent=2))
    else:
        print(f"split={a.split} fragments={len(items)}")
        print(f"{'check':8} {'n':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4} {'precision':>9} {'recall':>7}")
        for code, r in res.items():
            print(f"{code:8} {r['n']:5} {r['tp']:4} {r['fp']:4} {r['fn']:4} {r['tn']:4} {r['precision']:9.3f} {r['recall']:7.3f}")
    if a.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
