"""Every sample's parse equals its expected values, field by field; the accuracy is reported."""
import json
from pathlib import Path

import pytest

from pepqa.compare import compare
from pepqa.readers import read_pep

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CASES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".docx", ".pdf", ".json") and not p.name.endswith(".expected.json")
               and not p.name.endswith(".findings.json")) if SAMPLES.is_dir() else []


def expected_for(p: Path) -> dict:
    return json.loads(p.with_name(p.stem + ".expected.json").read_text(encoding="utf-8"))


def test_there_are_enough_samples():
    assert len(CASES) >= 24
    layouts = {p.name.split("-")[1] for p in CASES}
    assert {"word", "epep", "narrative", "json"} <= layouts, layouts


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_sample_parses_as_expected(path):
    pep = read_pep(path)
    right, total, diffs = compare(expected_for(path), pep.comparable())
    assert not diffs, f"{path.name}: {right}/{total} fields right:\n" + "\n".join(diffs[:40])
