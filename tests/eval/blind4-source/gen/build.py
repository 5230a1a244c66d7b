#!/usr/bin/env python3
"""Build and validate /work/sealed/blind4/blind4.jsonl."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pv, st, em, pp, rel, more, more2, more3, more4  # noqa: F401  (each module appends to common.FRAGS)
from common import FRAGS
from extra_labels import ADD
for _f in FRAGS:
    if _f['id'] in ADD:
        _lab, _why = ADD[_f['id']]
        for _c in _lab:
            assert _c not in _f['expect'], (_f['id'], _c)
        _f['expect'].update(_lab)
        _f['note'] += ' Also labelled: ' + _why + '.'
FRAGS.sort(key=lambda f: (['pv','st','em','pp','rel'].index(f['id'].split('-')[1]), f['id']))

BASE = json.load(open("/work/sealed/brief/baseline.json"))
CODES = set(re.findall(r"^## ([A-Z]{2}\d{3}) ", open("/work/sealed/brief/checks.md").read(), re.M))
OUT = os.path.join(os.path.dirname(HERE), "blind4.jsonl")

def path_exists(obj, path):
    for part in path.split("."):
        if isinstance(obj, dict) and part in obj:
            obj = obj[part]
        else:
            return False
    return True

def shape_ok(base_list, new_list):
    if not base_list:
        return True
    keys = set(base_list[0].keys())
    return all(isinstance(x, dict) and set(x.keys()) == keys for x in new_list)

errors = []
ids = collections.Counter(f["id"] for f in FRAGS)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
for f in FRAGS:
    for p, v in f["patch"].items():
        if not path_exists(BASE, p):
            errors.append(f"{f['id']}: bad path {p}")
        elif isinstance(v, list):
            b = BASE
            for part in p.split("."): b = b[part]
            if isinstance(b, list) and not shape_ok(b, v):
                errors.append(f"{f['id']}: list {p} not shaped like baseline")
    if not f["expect"]:
        errors.append(f"{f['id']}: empty expect")
    if not (2 <= len(f["expect"]) <= 5):
        errors.append(f"{f['id']}: {len(f['expect'])} labels")
    for c, v in f["expect"].items():
        if c not in CODES: errors.append(f"{f['id']}: unknown code {c}")
        if not isinstance(v, bool): errors.append(f"{f['id']}: non-bool label {c}")
    # targets numbering must be 1..n
    ts = f["patch"].get("targets")
    if ts is not None and [t["number"] for t in ts] != list(range(1, len(ts) + 1)):
        errors.append(f"{f['id']}: target numbering {[t['number'] for t in ts]}")
if errors:
    print("\n".join(errors)); sys.exit(1)

with open(OUT, "w") as fh:
    for f in FRAGS:
        fh.write(json.dumps(f, ensure_ascii=False) + "\n")

pos = collections.Counter(); neg = collections.Counter(); groups = collections.Counter()
for f in FRAGS:
    groups[f["id"].split("-")[1]] += 1
    for c, v in f["expect"].items():
        (pos if v else neg)[c] += 1
tp, tn = sum(pos.values()), sum(neg.values())
print(f"wrote {len(FRAGS)} fragments to {OUT}")
print("by group:", dict(groups))
print(f"labels: {tp} positive / {tn} negative ({100*tp/(tp+tn):.0f}% positive)")
for c in sorted(CODES):
    print(f"  {c}: {pos[c]:3d} pos {neg[c]:3d} neg")
