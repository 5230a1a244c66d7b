"""Build the sample set: ``python -m samplegen --out samples [--count-per-layout N]``.

Why: readers and checks are tested against files a Virtual School would receive, each with
the parse a reader should produce beside it (``<stem>.expected.json``). Every layout gets every
phase, and good/poor/mixed qualities rotate across layouts so all combinations appear.
Layout writers are imported lazily; a layout whose writer does not exist yet is skipped with
a warning. Files are written atomically (temp file, then ``os.replace``).
"""
from __future__ import annotations

import argparse
import importlib
import os
import random
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

from pepqa.model import PEP
from samplegen.content import LAYOUTS, PHASES, QUALITIES, make_pep

MODULES = {"wordform": "samplegen.wordform", "epep_pdf": "samplegen.epep_pdf",
           "narrative": "samplegen.narrative", "json": "samplegen.jsonform"}
EXTENSIONS = {"wordform": ".docx", "epep_pdf": ".pdf", "narrative": ".docx", "json": ".json"}
SHORT_NAMES = {"wordform": "word", "epep_pdf": "epep", "narrative": "narrative", "json": "json"}
EXPECTED_EXCLUDE = {"provenance", "source_file", "layout", "source_format"}


def plan(count_per_layout: int = 8, seed: int = 2025, json_count: int = 2,
         layouts: Sequence[str] = LAYOUTS) -> list[tuple[str, str, str, int]]:
    """(layout, phase, quality, item seed) for each sample, in file-number order."""
    rng = random.Random(seed)
    items = []
    for li, layout in enumerate(layouts):
        for j in range(count_per_layout):
            items.append((layout, PHASES[j % len(PHASES)], QUALITIES[(j + li) % len(QUALITIES)]))
    for j in range(json_count):
        items.append(("json", PHASES[(j + 1) % len(PHASES)], QUALITIES[j % len(QUALITIES)]))
    return [(lay, ph, q, rng.getrandbits(32)) for lay, ph, q in items]


def make_many(n: int, seed: int = 2025, layouts: Sequence[str] = LAYOUTS) -> Iterator[tuple[str, PEP]]:
    """``n`` (layout, PEP) pairs cycling through layouts, phases and qualities (for benchmarks)."""
    rng = random.Random(seed)
    k = len(layouts)
    for i in range(n):
        phase = PHASES[(i // k) % len(PHASES)]
        quality = QUALITIES[(i // (k * len(PHASES))) % len(QUALITIES)]
        yield layouts[i % k], make_pep(rng.getrandbits(32), phase, quality)


_writers: dict[str, object] = {}


def writer_for(layout: str):
    """The layout's ``write`` function, or None (with a warning) if its module does not exist yet."""
    if layout not in _writers:
        name = MODULES[layout]
        try:
            _writers[layout] = importlib.import_module(name).write
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            warnings.warn(f"samplegen: no writer module {name} yet; skipping layout {layout!r}", stacklevel=2)
            _writers[layout] = None
    return _writers[layout]


def _atomic(path: Path, write) -> object:
    tmp = path.with_name(f".{path.stem}.tmp{os.getpid()}{path.suffix}")
    try:
        result = write(tmp)
        os.replace(tmp, path)
        return result
    finally:
        if tmp.exists():
            tmp.unlink()


def generate(out_dir: Path | str, count_per_layout: int = 8, seed: int = 2025, json_count: int = 2,
             layouts: Sequence[str] = LAYOUTS) -> list[Path]:
    """Write the sample set into ``out_dir``; return the sample files written (not the .expected.json)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    items = plan(count_per_layout, seed, json_count, layouts)
    width = max(2, len(str(len(items))))
    written = []
    for idx, (layout, phase, quality, item_seed) in enumerate(items, start=1):
        write = writer_for(layout)
        if write is None:
            continue
        pep = make_pep(item_seed, phase, quality)
        stem = f"{idx:0{width}d}-{SHORT_NAMES[layout]}-{phase.replace('_', '-')}-{quality}"
        path = out / (stem + EXTENSIONS[layout])
        expected = _atomic(path, lambda tmp: write(pep.model_copy(deep=True), tmp))
        if not isinstance(expected, PEP):
            raise TypeError(f"{MODULES[layout]}.write returned {type(expected).__name__}, not PEP")
        text = expected.model_dump_json(indent=2, exclude=EXPECTED_EXCLUDE)
        _atomic(out / f"{stem}.expected.json", lambda tmp: tmp.write_text(text, encoding="utf-8"))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samplegen", description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="samples", help="output directory (default: samples)")
    ap.add_argument("--count-per-layout", type=int, default=8, help="PEPs per document layout (default 8)")
    ap.add_argument("--json-count", type=int, default=2, help="PEPs in the JSON layout (default 2)")
    ap.add_argument("--seed", type=int, default=2025, help="seed of the whole set (default 2025)")
    args = ap.parse_args(argv)
    if args.count_per_layout < 0 or args.json_count < 0:
        ap.error("counts must not be negative")
    paths = generate(args.out, args.count_per_layout, args.seed, args.json_count)
    print(f"wrote {len(paths)} sample PEPs (+ .expected.json each) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
