"""Field accuracy of every sample's parse against its expected values, and the time to read them.

    python scripts/parse_accuracy.py [samples/]
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pepqa.compare import compare  # noqa: E402
from pepqa.readers import read_pep  # noqa: E402


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "samples"
    right = total = 0
    t0 = time.perf_counter()
    per_format: dict[str, list[float]] = {}
    for p in sorted(folder.iterdir()):
        if p.suffix not in (".docx", ".pdf", ".json") or p.name.endswith((".expected.json", ".findings.json")):
            continue
        s = time.perf_counter()
        pep = read_pep(p)
        per_format.setdefault(p.suffix, []).append(time.perf_counter() - s)
        exp = json.loads(p.with_name(p.stem + ".expected.json").read_text(encoding="utf-8"))
        r, t, diffs = compare(exp, pep.comparable())
        right += r
        total += t
        flag = "" if not diffs else f"  <- {len(diffs)} wrong: {diffs[0]}"
        print(f"{p.name:45} {r:4}/{t:<4}{flag}")
    elapsed = time.perf_counter() - t0
    n = sum(len(v) for v in per_format.values())
    print(f"\nfield accuracy: {right}/{total} = {right / max(total, 1):.2%} over {n} samples")
    print(f"read time: {elapsed:.2f} s total; " + ", ".join(
        f"{k} mean {sum(v) / len(v) * 1000:.0f} ms" for k, v in sorted(per_format.items())))
    return 0 if right == total else 1


if __name__ == "__main__":
    sys.exit(main())
