import json, re, copy, collections
import pv, em, st, pp, st9
from common import FR, BASE
VALID = {f"PV00{i}" for i in range(1,9)} | {f"ST00{i}" for i in range(1,10)} | {f"EM00{i}" for i in range(1,4)} | {f"PP0{i:02d}" for i in range(1,13)}
def exists(path):
    cur = BASE
    for part in path.split('.'):
        m = re.fullmatch(r'([A-Za-z_0-9]+)(?:\[(\d+)\])?', part)
        if not m: return False
        k, idx = m.group(1), m.group(2)
        if not isinstance(cur, dict) or k not in cur: return False
        cur = cur[k]
        if idx is not None:
            if not isinstance(cur, list) or int(idx) >= len(cur): return False
            cur = cur[int(idx)]
    return True
ids = set(); errs = []
for f in FR:
    if f["id"] in ids: errs.append("dup " + f["id"])
    ids.add(f["id"])
    for k in f["patch"]:
        if not exists(k): errs.append(f"{f['id']} bad path {k}")
    # whole-list + index conflict
    for k in f["patch"]:
        m = re.match(r'(\w+)\[\d+\]', k)
        if m and m.group(1) in f["patch"]: errs.append(f"{f['id']} index into replaced list {k}")
    if not (1 <= len(f["expect"]) <= 5): errs.append(f"{f['id']} n codes {len(f['expect'])}")
    for c in f["expect"]:
        if c not in VALID: errs.append(f"{f['id']} bad code {c}")
    p = f["patch"]
    if p.get("pupil_voice.child_attended") is False and "pupil_voice.captured_how" not in p:
        errs.append(f"{f['id']} absent but captured_how from baseline")
    if "child.phase" in p and "pupil_voice.captured_how" in p and "Maya" in str(p["pupil_voice.captured_how"]) and p.get("child.name") != "Maya Thompson":
        errs.append(f"{f['id']} maya how in other ctx")
print("\n".join(errs) or "ok")
with open('/work/sealed/blind3.jsonl', 'w') as fh:
    for f in FR: fh.write(json.dumps(f, ensure_ascii=False) + "\n")
cnt = collections.defaultdict(lambda: [0, 0])
for f in FR:
    for c, v in f["expect"].items(): cnt[c][0 if v else 1] += 1
print(len(FR))
for c in sorted(cnt): print(c, "true", cnt[c][0], "false", cnt[c][1])
print("total true", sum(v[0] for v in cnt.values()), "false", sum(v[1] for v in cnt.values()))
