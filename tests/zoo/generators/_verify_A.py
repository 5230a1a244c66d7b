"""Build the zA layouts and check every verbatim truth string appears in the extracted text.

Usage: python _verify_A.py [out_dir]   (default: ../files next to this folder)
"""
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def extract(path: Path) -> str:
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = []
        for sec in d.sections:
            for p in sec.header.paragraphs + sec.footer.paragraphs:
                parts.append(p.text)
        parts += [p.text for p in d.paragraphs]

        def walk(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.append(c.text)
                        walk(c.tables)
        walk(d.tables)
        return norm("\n".join(parts))
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return norm("\n".join((pg.extract_text() or "") for pg in pdf.pages))


def check(path: Path) -> list:
    truth = json.loads(path.with_name(path.stem + ".truth.json").read_text())
    text = extract(path)
    probs = []
    needles = list(truth["pupil_voice"])
    needles += [t["text"] for t in truth["targets"]]
    needles += [s["description"] for s in truth["pp_spend"]]
    for k in ("school", "child_name", "child_first_name"):
        if truth.get(k):
            needles.append(truth[k])
    if truth.get("child_name"):
        needles += truth["child_name"].split()
    for n in needles:
        if norm(n) not in text:
            probs.append(f"{path.name}: missing {n!r}")
    assert truth["file"] == path.name, (truth["file"], path.name)
    assert path.name.startswith(truth["layout"] + "-")
    return probs


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "files"
    out.mkdir(parents=True, exist_ok=True)
    allp = []
    for g in sorted(HERE.glob("zA0*_*.py")):
        spec = importlib.util.spec_from_file_location(g.stem, g)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        paths = m.build(out)
        assert len(paths) == 2, g
        for p in paths:
            probs = check(p)
            allp += probs
            print(("OK   " if not probs else "FAIL ") + p.name)
    for p in allp:
        print("  ", p)
    if allp:
        sys.exit(1)
    print("all verbatim truth strings found")


if __name__ == "__main__":
    main()
