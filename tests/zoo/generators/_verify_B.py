"""Verify zoo B instances: every verbatim string in each truth file must appear in the
extracted text of its PEP (whitespace-normalised).

Usage: python _verify_B.py [/work/sealed/zooB]
Extraction: python-docx body paragraphs + table cells (nested too) + headers/footers;
pdfplumber extract_text() per page.
"""
import json
import re
import sys
from pathlib import Path


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _docx_text(path: Path) -> str:
    import docx
    d = docx.Document(str(path))
    out = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    out.append(cell.text)
                    walk_tables(cell.tables)

    # body in document order
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for child in d.element.body.iterchildren():
        tag = child.tag.split("}")[-1]
        if tag == "p":
            out.append(Paragraph(child, d).text)
        elif tag == "tbl":
            walk_tables([Table(child, d)])
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part.paragraphs:
                out.append(p.text)
            walk_tables(part.tables)
    return "\n".join(out)


def _pdf_text(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def extract(path: Path) -> str:
    if path.suffix.lower() == ".docx":
        return _docx_text(path)
    return _pdf_text(path)


def check(truth_path: Path) -> list[str]:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    pep = truth_path.parent / truth["file"]
    problems = []
    if not pep.exists():
        return [f"missing PEP file {pep.name}"]
    text = norm(extract(pep))
    wanted = []
    for v in truth.get("pupil_voice", []):
        wanted.append(("voice", v))
    for t in truth.get("targets", []):
        wanted.append(("target", t["text"]))
    for s in truth.get("pp_spend", []):
        wanted.append(("spend", s["description"]))
    if truth.get("school"):
        wanted.append(("school", truth["school"]))
    if truth.get("child_first_name"):
        wanted.append(("first name", truth["child_first_name"]))
    if truth.get("child_name"):
        for part in truth["child_name"].split():
            wanted.append(("name part", part))
    for kind, s in wanted:
        if norm(s) not in text:
            problems.append(f"{kind} not found: {s!r}")
    att = truth.get("attendance_percent")
    if att is not None:
        forms = {f"{att:.1f}", f"{att:g}", f"{att:.2f}"}
        if not any(f in text for f in forms):
            problems.append(f"attendance {att} not found")
    # structural checks on the truth itself
    keys = ["layout", "file", "inspired_by", "quirks", "child_name", "child_first_name", "school",
            "year_group", "meeting_date", "completed_date", "attendance_percent", "pupil_voice",
            "targets", "english_target", "maths_target", "pp_spend", "pp_requested"]
    for k in keys:
        if k not in truth:
            problems.append(f"truth key missing: {k}")
    if not truth["file"].startswith(truth["layout"] + "-"):
        problems.append("file does not start with layout id")
    for s in truth.get("pp_spend", []):
        tg = s.get("target")
        if tg is not None and not (1 <= tg <= len(truth.get("targets", []))):
            problems.append(f"spend target {tg} out of range")
    return problems


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/sealed/zooB")
    truths = sorted(root.glob("*.truth.json"))
    bad = 0
    for tp in truths:
        probs = check(tp)
        status = "OK " if not probs else "FAIL"
        print(f"{status} {tp.name}")
        for p in probs:
            print("     -", p)
        bad += bool(probs)
    print(f"{len(truths)} truth files, {bad} failing")
    sys.exit(1 if bad or not truths else 0)


if __name__ == "__main__":
    main()
