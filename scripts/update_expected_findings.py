"""Write samples/<stem>.findings.json: the flaws each sample was generated with, and the findings pepqa gives.

The findings part is a snapshot, reviewed like LanguageTool's corpus diff: tests fail when a change to a
check alters what it says about the samples, and this script is re-run (and the diff read) when that
change is intended. The flaws part is the truth the tests hold the checks to.

    python scripts/update_expected_findings.py
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pepqa.pipeline import check_file  # noqa: E402
from pepqa.policy import load_policy  # noqa: E402
from samplegen.__main__ import plan  # noqa: E402
from samplegen.content import make_case  # noqa: E402

SAMPLES = ROOT / "samples"
TODAY = date(2026, 7, 1)  # after every sample's meeting, so "in the future" never depends on the day tests run


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir()
                  if p.suffix in (".docx", ".pdf", ".json") and not p.name.endswith((".expected.json", ".findings.json")))


def flaws_by_number() -> dict[int, dict]:
    out = {}
    for i, (layout, phase, quality, seed) in enumerate(plan(), start=1):
        out[i] = {"phase": phase, "quality": quality, "flaws": sorted(make_case(seed, phase, quality).flaws)}
    return out


def snapshot(path: Path, policy) -> dict:
    r = check_file(str(path), policy, TODAY)
    return {
        "grade": r.verdict.grade,
        "pp_plus": r.verdict.pp_plus.recommendation,
        "findings": [{"code": f.code, "severity": f.severity.value, "section": f.location.section,
                      "item": f.location.item, "field": f.location.field} for f in r.findings],
    }


def main() -> int:
    policy = load_policy(None)
    truth = flaws_by_number()
    for p in sample_files():
        n = int(p.name.split("-")[0])
        data = {**truth[n], **snapshot(p, policy)}
        p.with_name(p.stem + ".findings.json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"{p.name:40} {data['grade']:6} {len(data['findings']):3} findings, {len(data['flaws'])} flaws")
    return 0


if __name__ == "__main__":
    sys.exit(main())
